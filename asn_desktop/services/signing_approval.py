"""Imported PKCS#12 certificates wait for an admin, who approves the certificate and its root CA.

The attack this stops: a pegawai imported a PKCS#12 whose root was a self-made "Badan Siber dan
Sandi Negara Root CA"; the import made that root an agency-wide trust anchor, and a PDF signed
in the supervisor's name with another certificate of the same fake CA verified as intact and
trusted. Now:

* ``import_pkcs12`` (the person, or an admin) checks the chain link by link and stores it with
  the identity, inactive and unapproved; it never creates a trust anchor.
* ``approve_import`` (admin only) shows what it trusts — the root's name and SHA-256, which the
  admin compares with the fingerprint the CA publishes — then adds the root as an anchor, if it
  is not one yet, and makes the certificate the person's active one.
* ``reject_import`` removes a pending import (the admin, or its owner withdrawing it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from cryptography import x509
from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from asn_desktop.domain.permissions import (
    can_manage_trust_anchors,
    can_manage_users,
    is_self,
    require,
)
from asn_desktop.errors import ValidationFailed
from asn_desktop.pdf import certs
from asn_desktop.pdf.certs import Identity
from asn_desktop.pdf.trust import TRUST_IMPORTED
from asn_desktop.security.kdf import seal
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.signing import (
    SOURCE_PKCS12,
    anchor_row,
    approved_anchors,
    check_passphrase,
    identity_row,
    refresh_trust_store,
    retire_active,
    seal_params,
)
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Employee, SigningIdentity

STATUS_ACTIVE = "active"
STATUS_PENDING = "pending"


@dataclass(frozen=True)
class RootInfo:
    """The root CA an import chains to, as the admin must check it before approving."""

    subject: str
    fingerprint: str
    trusted: bool  # already an agency trust anchor


@dataclass(frozen=True)
class CertificateRow:
    id: str
    employee_id: str
    employee_name: str
    nip: str
    source: str
    status: str  # STATUS_ACTIVE or STATUS_PENDING
    holder: str  # the certificate's common name
    issuer: str
    not_after: date
    passphrase_set: bool
    root: RootInfo | None  # pending imports only


def _root_of(row: SigningIdentity) -> x509.Certificate:
    return certs.chain_root(Identity(b"", row.cert_pem.encode(), row.chain_pem.encode()))


def _root_info(root: x509.Certificate, anchors: set[str]) -> RootInfo:
    fp = certs.fingerprint(root.public_bytes(certs.KEY_PEM))
    return RootInfo(certs.common_name(root), fp, fp in anchors)


def import_pkcs12(
    ctx: AppContext, *, employee_id: str, data: bytes, p12_password: str | None, passphrase: str
) -> str:
    """Keep a key and certificate from a certification authority, pending an admin's approval."""
    identity = certs.load_pkcs12(data, p12_password)
    certs.check_validity(identity.cert_pem, ctx.workspace.now(), who="di berkas PKCS#12")
    certs.chain_to_root(identity)  # a broken chain is refused now, not at approval
    check_passphrase(passphrase)
    with unit_of_work(ctx, "pki.import") as uow:
        subject = subject_of(uow.session, employee_id)
        require(can_manage_users(ctx.actor) or is_self(ctx.actor, subject), "mengimpor sertifikat ini")
        for older in uow.session.scalars(_pending(employee_id)):
            uow.session.delete(older)  # the newest import replaces one still waiting
        sealed = seal(identity.key_pem, passphrase, params=seal_params())
        row = identity_row(ctx, employee_id, identity, sealed, source=SOURCE_PKCS12, approved=False)
        row.passphrase_set_at = ctx.workspace.now() if is_self(ctx.actor, subject) else None
        uow.session.add(row)
        uow.session.flush()
        uow.audit("signing_identity", row.id, employee_id=employee_id, source=SOURCE_PKCS12, pending=True)
        return row.id


def _is_pending() -> ColumnElement[bool]:
    return and_(SigningIdentity.approved_by.is_(None), SigningIdentity.active.is_(False))


def _pending(employee_id: str) -> Select[SigningIdentity]:
    return select(SigningIdentity).where(_is_pending(), SigningIdentity.employee_id == employee_id)


def pending_root(ctx: AppContext, *, identity_id: str) -> RootInfo:
    """What approving this import would trust (admin)."""
    require(can_manage_trust_anchors(ctx.actor), "memeriksa sertifikat impor")
    with read_session(ctx) as session:
        row = get_or_fail(session, SigningIdentity, identity_id, "Sertifikat")
        return _root_info(_root_of(row), set(approved_anchors(session)))


def approve_import(ctx: AppContext, *, identity_id: str) -> RootInfo:
    """Approve a pending import: its root becomes a trust anchor, the certificate the active one."""
    require(can_manage_trust_anchors(ctx.actor), "menyetujui sertifikat impor dan CA-nya")
    ws = ctx.workspace
    with unit_of_work(ctx, "pki.approve") as uow:
        row = get_or_fail(uow.session, SigningIdentity, identity_id, "Sertifikat")
        if row.approved_by:
            raise ValidationFailed("Sertifikat ini sudah disetujui.")
        certs.check_validity(row.cert_pem.encode(), ws.now(), who="ini")
        root = _root_of(row)
        anchors = set(approved_anchors(uow.session))
        info = _root_info(root, anchors)
        if not info.trusted:
            uow.session.add(anchor_row(ctx, TRUST_IMPORTED, root))
        row.approved_by, row.approved_at, row.active = ctx.actor.user_id, ws.now(), True
        retire_active(uow.session, [row.employee_id], keep=row.id)
        uow.audit("signing_identity", row.id, root=info.fingerprint, new_anchor=not info.trusted)
    refresh_trust_store(ctx)
    return info


def reject_import(ctx: AppContext, *, identity_id: str) -> None:
    """Remove a pending import: the admin refuses it, or its owner withdraws it."""
    with unit_of_work(ctx, "pki.reject") as uow:
        row = get_or_fail(uow.session, SigningIdentity, identity_id, "Sertifikat")
        owner = subject_of(uow.session, row.employee_id)
        require(can_manage_trust_anchors(ctx.actor) or is_self(ctx.actor, owner), "menolak sertifikat ini")
        if row.approved_by:
            raise ValidationFailed(
                "Sertifikat yang sudah disetujui tidak dapat ditolak; terbitkan yang baru."
            )
        uow.session.delete(row)
        uow.audit("signing_identity", row.id, rejected=True)


LIST_LIMIT = 200  # rows a table shows: 10,000 certificates are searched, never all listed


@dataclass(frozen=True)
class CertificateCounts:
    active: int
    pending: int
    employees: int  # active employees, with or without a certificate


def _text_filter(text: str) -> ColumnElement[bool] | None:
    text = text.strip()
    if not text:
        return None
    digits = text.replace(" ", "")
    if digits.isdigit():  # a NIP prefix, as the employee search reads it
        return Employee.nip.startswith(digits)
    return func.lower(Employee.name).contains(text.lower())


def list_certificates(
    ctx: AppContext, *, pending_only: bool = False, text: str = "", limit: int = LIST_LIMIT
) -> list[CertificateRow]:
    """Imports waiting for approval first, then active certificates, matching ``text`` (admin)."""
    require(can_manage_users(ctx.actor), "melihat daftar sertifikat")
    condition = _is_pending() if pending_only else or_(SigningIdentity.active, _is_pending())
    match = _text_filter(text)
    if match is not None:
        condition = and_(condition, match)
    # Pick the page from the index (employee, state), then read only its rows' certificates.
    ids = (
        select(SigningIdentity.id)
        .join(Employee, Employee.id == SigningIdentity.employee_id)
        .where(condition)
        .order_by(SigningIdentity.approved_by.is_not(None), Employee.name, Employee.nip)
        .limit(limit)
    )
    with read_session(ctx) as session:
        chosen = list(session.scalars(ids))
        rows = session.execute(
            select(
                SigningIdentity.id,
                SigningIdentity.employee_id,
                SigningIdentity.source,
                SigningIdentity.cert_pem,
                SigningIdentity.chain_pem,
                SigningIdentity.not_after,
                SigningIdentity.passphrase_set_at,
                SigningIdentity.approved_by,
                Employee.name,
                Employee.nip,
            )
            .join(Employee, Employee.id == SigningIdentity.employee_id)
            .where(SigningIdentity.id.in_(chosen))
        ).all()
        anchors = set(approved_anchors(session)) if any(r.approved_by is None for r in rows) else set()
    order = {row_id: i for i, row_id in enumerate(chosen)}
    return [_row(r, anchors) for r in sorted(rows, key=lambda r: order[r.id])]


def certificate_counts(ctx: AppContext) -> CertificateCounts:
    require(can_manage_users(ctx.actor), "melihat daftar sertifikat")
    with read_session(ctx) as session:
        active = session.scalar(
            select(func.count()).where(SigningIdentity.active, SigningIdentity.approved_by.is_not(None))
        )
        pending = session.scalar(select(func.count()).select_from(SigningIdentity).where(_is_pending()))
        employees = session.scalar(select(func.count()).select_from(Employee).where(Employee.active))
    return CertificateCounts(active or 0, pending or 0, employees or 0)


def _row(r: Any, anchors: set[str]) -> CertificateRow:
    cert = x509.load_pem_x509_certificate(r.cert_pem.encode())
    pending = not r.approved_by
    root: RootInfo | None = None
    if pending:
        try:
            root = _root_info(
                certs.chain_root(Identity(b"", r.cert_pem.encode(), r.chain_pem.encode())), anchors
            )
        except certs.CertificateError:
            root = RootInfo("(rantai sertifikat tidak sah)", "", False)
    issuer = cert.issuer.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
    return CertificateRow(
        r.id,
        r.employee_id,
        r.name,
        r.nip,
        r.source,
        STATUS_PENDING if pending else STATUS_ACTIVE,
        certs.common_name(cert),
        str(issuer[0].value) if issuer else cert.issuer.rfc4514_string(),
        r.not_after.date(),
        r.passphrase_set_at is not None,
        root,
    )


__all__ = [
    "STATUS_ACTIVE",
    "STATUS_PENDING",
    "CertificateCounts",
    "CertificateRow",
    "RootInfo",
    "approve_import",
    "certificate_counts",
    "import_pkcs12",
    "list_certificates",
    "pending_root",
    "reject_import",
]
