"""Signing identities: the workspace CA, users' certificates, PKCS#12 import, unlocking keys.

Key protection, and why:

* The CA's private key is one of the workspace secrets (``ca_key``), saved through the same
  keystore as the database key — the OS keyring, or ``keys.enc`` under the workspace
  passphrase — so it is exactly as protected as the data it vouches for.
* A user's signing key is sealed with *that user's* passphrase (``kdf.seal``, Argon2id) and
  stored beside the certificate. The admin who issues it never learns the passphrase; opening
  the workspace does not unseal it. A signature therefore proves the signer typed the
  passphrase, which the workspace key alone cannot fake. A wrong passphrase is a
  ``WrongPassphrase`` naming whose key it was; nothing changes.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.permissions import can_manage_users, is_self, require
from asn_desktop.errors import AsnError, KeyUnavailable, NotFound, ValidationFailed, WrongPassphrase
from asn_desktop.pdf import certs
from asn_desktop.pdf.certs import CertificateError, Identity
from asn_desktop.pdf.verify import TRUST_IMPORTED, TRUST_OURS, TrustStore
from asn_desktop.security.kdf import FAST_TEST_PARAMS, KdfParams, seal, unseal
from asn_desktop.security.keystore import KEYS_FILE, KeyringStore, KeyStore, PassphraseStore
from asn_desktop.security.passwords import FAST_HASH_ENV
from asn_desktop.services.context import AppContext, Workspace
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Agency, Employee, SigningIdentity, TrustAnchor

CA_KEY = "ca_key"
CA_CERT = "ca_cert"


@dataclass(frozen=True)
class CertificateInfo:
    id: str
    employee_id: str
    source: str
    subject: str
    fingerprint: str
    not_before: str
    not_after: str


def _seal_params() -> KdfParams | None:
    # Same switch as password hashing: tests and demos seal hundreds of keys.
    return FAST_TEST_PARAMS if os.environ.get(FAST_HASH_ENV) == "1" else None


def _naive(cert: x509.Certificate) -> tuple[datetime, datetime]:
    return cert.not_valid_before_utc.replace(tzinfo=None), cert.not_valid_after_utc.replace(tzinfo=None)


def _keystore(ws: Workspace, passphrase: str | None) -> KeyStore:
    """The store the workspace secrets came from, proven by reloading them before any save."""
    store: KeyStore
    if ws.key_backend == "passphrase":
        if not passphrase:
            raise ValidationFailed("Frasa sandi ruang kerja diperlukan untuk menyimpan kunci CA.")
        store = PassphraseStore(ws.path / KEYS_FILE, passphrase)
    else:
        store = KeyringStore()
    if store.load(ws.workspace_id).get("db_key") != ws.secrets.get("db_key"):
        raise WrongPassphrase("Frasa sandi ruang kerja salah.")
    return store


def _agency(session: Session, ws: Workspace) -> Agency:
    return get_or_fail(session, Agency, ws.agency_id, "Instansi")


def init_ca(ctx: AppContext, *, workspace_passphrase: str | None) -> str:
    """Create the workspace CA (admin); returns its certificate's SHA-256 fingerprint."""
    require(can_manage_users(ctx.actor), "membuat CA tanda tangan ruang kerja")
    ws = ctx.workspace
    if CA_KEY in ws.secrets:
        raise ValidationFailed("CA tanda tangan ruang kerja ini sudah ada.")
    store = _keystore(ws, workspace_passphrase)
    with unit_of_work(ctx, "pki.init_ca") as uow:
        ca = certs.create_ca(_agency(uow.session, ws).name, now=ws.now())
        fp = certs.fingerprint(ca.cert_pem)
        uow.session.add(
            TrustAnchor(
                kind=TRUST_OURS,
                subject=ca.certificate.subject.rfc4514_string(),
                fingerprint=fp,
                cert_pem=ca.cert_pem.decode(),
                added_at=ws.now(),
            )
        )
        uow.audit("trust_anchor", fp[:36], kind=TRUST_OURS)
        # Saved inside the transaction: if the keystore refuses, the anchor is not committed.
        updated = {**ws.secrets, CA_KEY: ca.key_pem, CA_CERT: ca.cert_pem}
        store.save(ws.workspace_id, updated)
        ws.secrets.update(updated)
    TrustStore().add(TRUST_OURS, ca.cert_pem)
    return fp


def _store_identity(
    ctx: AppContext,
    uow_session: Session,
    employee_id: str,
    identity: Identity,
    *,
    source: str,
    passphrase: str,
) -> str:
    cert = identity.certificate
    not_before, not_after = _naive(cert)
    for old in uow_session.scalars(
        select(SigningIdentity).where(SigningIdentity.employee_id == employee_id, SigningIdentity.active)
    ):
        old.active = False
    row = SigningIdentity(
        employee_id=employee_id,
        source=source,
        subject=cert.subject.rfc4514_string(),
        fingerprint=certs.fingerprint(identity.cert_pem),
        not_before=not_before,
        not_after=not_after,
        cert_pem=identity.cert_pem.decode(),
        chain_pem=identity.chain_pem.decode(),
        sealed_key=base64.b64encode(seal(identity.key_pem, passphrase, params=_seal_params())).decode(),
        active=True,
        created_at=ctx.workspace.now(),
    )
    uow_session.add(row)
    uow_session.flush()
    return row.id


def issue_certificate(
    ctx: AppContext,
    *,
    employee_id: str,
    passphrase: str,
    valid_days: int = 365 * certs.USER_YEARS,
    valid_from: datetime | None = None,
) -> str:
    """A new key and certificate for an employee, signed by the workspace CA (admin)."""
    require(can_manage_users(ctx.actor), "menerbitkan sertifikat tanda tangan")
    ws = ctx.workspace
    if CA_KEY not in ws.secrets:
        raise ValidationFailed("Belum ada CA tanda tangan; jalankan cert-init-ca terlebih dahulu.")
    ca = Identity(ws.secrets[CA_KEY], ws.secrets[CA_CERT], b"")
    with unit_of_work(ctx, "pki.issue") as uow:
        emp = get_or_fail(uow.session, Employee, employee_id, "Pegawai")
        identity = certs.issue_certificate(
            ca,
            name=emp.name,
            nip=emp.nip,
            agency=_agency(uow.session, ws).name,
            now=ws.now(),
            valid_from=valid_from,
            valid_days=valid_days,
        )
        row_id = _store_identity(
            ctx, uow.session, employee_id, identity, source="workspace", passphrase=passphrase
        )
        uow.audit("signing_identity", row_id, employee_id=employee_id, source="workspace")
        return row_id


def import_pkcs12(
    ctx: AppContext, *, employee_id: str, data: bytes, p12_password: str | None, passphrase: str
) -> str:
    """Take over a key and certificate issued by a certification authority (admin or self)."""
    identity = certs.load_pkcs12(data, p12_password)
    certs.check_validity(identity.cert_pem, ctx.workspace.now(), who="di berkas PKCS#12")
    root = certs.chain_root(identity)
    with unit_of_work(ctx, "pki.import") as uow:
        subject = subject_of(uow.session, employee_id)
        require(can_manage_users(ctx.actor) or is_self(ctx.actor, subject), "mengimpor sertifikat ini")
        row_id = _store_identity(
            ctx, uow.session, employee_id, identity, source="pkcs12", passphrase=passphrase
        )
        if root is not None:
            pem = root.public_bytes(certs.KEY_PEM)
            fp = certs.fingerprint(pem)
            if uow.session.scalars(select(TrustAnchor).where(TrustAnchor.fingerprint == fp)).first() is None:
                uow.session.add(
                    TrustAnchor(
                        kind=TRUST_IMPORTED,
                        subject=root.subject.rfc4514_string(),
                        fingerprint=fp,
                        cert_pem=pem.decode(),
                        added_at=ctx.workspace.now(),
                    )
                )
        uow.audit("signing_identity", row_id, employee_id=employee_id, source="pkcs12")
    if root is not None:
        TrustStore().add(TRUST_IMPORTED, root.public_bytes(certs.KEY_PEM))
    return row_id


def list_certificates(ctx: AppContext) -> list[CertificateInfo]:
    require(can_manage_users(ctx.actor), "melihat daftar sertifikat")
    with read_session(ctx) as session:
        rows = session.scalars(select(SigningIdentity).where(SigningIdentity.active)).all()
        return [
            CertificateInfo(
                r.id,
                r.employee_id,
                r.source,
                r.subject,
                r.fingerprint,
                f"{r.not_before:%Y-%m-%d}",
                f"{r.not_after:%Y-%m-%d}",
            )
            for r in rows
        ]


def refresh_trust_store(ctx: AppContext) -> None:
    """Copy the agency's trust anchors to this laptop's trust store, for ``verify``."""
    with read_session(ctx) as session:
        anchors = [(a.kind, a.cert_pem.encode()) for a in session.scalars(select(TrustAnchor))]
    store = TrustStore()
    for kind, pem in anchors:
        store.add(kind, pem)


def unlock_signers(
    ctx: AppContext, employee_ids: set[str], passphrases: Mapping[str, str], default: str | None
) -> tuple[dict[str, Identity], dict[str, AsnError]]:
    """Unseal the active keys of these employees; returns (identities, problem per employee).

    ``passphrases`` is keyed by NIP; ``default`` serves everyone not listed. A wrong passphrase
    or an unusable certificate is reported per employee so a batch can go on without them.
    """
    found: dict[str, Identity] = {}
    problems: dict[str, AsnError] = {}
    with read_session(ctx) as session:
        rows = session.execute(
            select(SigningIdentity, Employee.nip, Employee.name)
            .join(Employee, Employee.id == SigningIdentity.employee_id)
            .where(SigningIdentity.active, SigningIdentity.employee_id.in_(sorted(employee_ids)))
        ).all()
    by_employee = {ident.employee_id: (ident, nip, name) for ident, nip, name in rows}
    for emp_id in sorted(employee_ids):
        if emp_id not in by_employee:
            problems[emp_id] = NotFound("Pegawai ini belum memiliki sertifikat tanda tangan.")
            continue
        ident, nip, name = by_employee[emp_id]
        passphrase = passphrases.get(nip, default)
        if not passphrase:
            problems[emp_id] = KeyUnavailable(
                f"Frasa sandi kunci tanda tangan {name} (NIP {nip}) tidak diberikan."
            )
            continue
        try:
            key_pem = unseal(base64.b64decode(ident.sealed_key), passphrase)
            certs.check_validity(ident.cert_pem.encode(), ctx.workspace.now(), who=f"{name} (NIP {nip})")
        except WrongPassphrase:
            problems[emp_id] = WrongPassphrase(f"Frasa sandi kunci tanda tangan {name} (NIP {nip}) salah.")
            continue
        except CertificateError as exc:
            problems[emp_id] = exc
            continue
        found[emp_id] = Identity(key_pem, ident.cert_pem.encode(), ident.chain_pem.encode())
    return found, problems


def unlock_signer(ctx: AppContext, *, employee_id: str, passphrase: str) -> Identity:
    """One employee's key, or the precise error (``WrongPassphrase``, ``CertificateError``...)."""
    found, problems = unlock_signers(ctx, {employee_id}, {}, passphrase)
    if employee_id in found:
        return found[employee_id]
    raise problems[employee_id]
