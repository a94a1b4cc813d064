"""Signing identities: the workspace CA, users' certificates, trust anchors, unlocking keys.

Key protection, and why:

* The CA's private key is one of the workspace secrets (``ca_key``), saved through the same
  keystore as the database key — the OS keyring, or ``keys.enc`` under the workspace
  passphrase — so it is exactly as protected as the data it vouches for.
* A user's signing key is sealed with a passphrase (``kdf``, Argon2id) and stored beside the
  certificate; opening the workspace does not unseal it. The admin who issues a certificate
  seals it with an *initial* passphrase, as with an initial password; the person then sets their
  own (``signing_owner.change_signing_passphrase``), which re-seals the same key and which only
  they can do. From then on a signature proves its signer typed the passphrase. A wrong
  passphrase is a ``WrongPassphrase`` naming whose key it was; nothing changes.

Trust, and why it is the admin's: a trusted CA vouches for every name it certifies, the
supervisor's included. So only an admin adds a trust anchor (creating the workspace CA here, or
approving an imported PKCS#12 in ``signing_approval``), and a key signs only when its identity
is approved *and* its chain verifies up to one of those anchors (``unlock_signers``).
"""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.permissions import can_manage_trust_anchors, can_manage_users, require
from asn_desktop.errors import AsnError, KeyUnavailable, NotFound, ValidationFailed, WrongPassphrase
from asn_desktop.pdf import certs
from asn_desktop.pdf.certs import CertificateError, Identity
from asn_desktop.pdf.trust import TRUST_OURS, TrustStore
from asn_desktop.security.kdf import FAST_TEST_PARAMS, KdfParams, Sealer, unseal
from asn_desktop.security.keystore import KEYS_FILE, KeyringStore, KeyStore, PassphraseStore
from asn_desktop.security.passwords import FAST_HASH_ENV
from asn_desktop.services.context import AppContext, Workspace
from asn_desktop.services.lookups import get_or_fail
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Agency, Employee, SigningIdentity, TrustAnchor

CA_KEY = "ca_key"
CA_CERT = "ca_cert"
SOURCE_WORKSPACE = "workspace"
SOURCE_PKCS12 = "pkcs12"
MIN_PASSPHRASE = 8
# Error codes of a signer who cannot sign (the export groups skipped forms by them).
NO_CERTIFICATE = "no_certificate"
PENDING_APPROVAL = "pending_approval"


@dataclass(frozen=True)
class CaInfo:
    """The workspace CA as the admin sees it; ``key_here`` says whether this laptop can issue."""

    subject: str
    fingerprint: str
    not_after: date
    key_here: bool


def seal_params() -> KdfParams | None:
    # Same switch as password hashing: tests and demos seal hundreds of keys.
    return FAST_TEST_PARAMS if os.environ.get(FAST_HASH_ENV) == "1" else None


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationFailed(
            f"Frasa sandi kunci tanda tangan terlalu pendek: minimal {MIN_PASSPHRASE} karakter."
        )


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


def keep_ca_key(ws: Workspace, ca: Identity, workspace_passphrase: str | None) -> None:
    """Save the CA key with the workspace secrets; call inside the transaction that records it,
    so that if the keystore refuses, the anchor is not committed either."""
    store = _keystore(ws, workspace_passphrase)
    updated = {**ws.secrets, CA_KEY: ca.key_pem, CA_CERT: ca.cert_pem}
    store.save(ws.workspace_id, updated)
    ws.secrets.update(updated)


def agency_name(session: Session, ws: Workspace) -> str:
    return get_or_fail(session, Agency, ws.agency_id, "Instansi").name


def anchor_row(ctx: AppContext, kind: str, cert: x509.Certificate) -> TrustAnchor:
    """A trust anchor added by the acting admin (the caller has checked the role)."""
    pem = cert.public_bytes(certs.KEY_PEM)
    return TrustAnchor(
        kind=kind,
        subject=cert.subject.rfc4514_string(),
        fingerprint=certs.fingerprint(pem),
        cert_pem=pem.decode(),
        added_at=ctx.workspace.now(),
        added_by=ctx.actor.user_id,
    )


def init_ca(ctx: AppContext, *, workspace_passphrase: str | None) -> str:
    """Create the workspace CA (admin); returns its certificate's SHA-256 fingerprint."""
    require(can_manage_trust_anchors(ctx.actor), "membuat CA tanda tangan ruang kerja")
    ws = ctx.workspace
    if CA_KEY in ws.secrets:
        raise ValidationFailed("CA tanda tangan ruang kerja ini sudah ada.")
    with unit_of_work(ctx, "pki.init_ca") as uow:
        ca = certs.create_ca(agency_name(uow.session, ws), now=ws.now())
        anchor = anchor_row(ctx, TRUST_OURS, ca.certificate)
        uow.session.add(anchor)
        uow.audit("trust_anchor", anchor.fingerprint[:36], kind=TRUST_OURS)
        keep_ca_key(ws, ca, workspace_passphrase)
    TrustStore().add(TRUST_OURS, ca.cert_pem, actor=ctx.actor, scope=ws.workspace_id)
    return anchor.fingerprint


def ca_status(ctx: AppContext) -> CaInfo | None:
    """The newest workspace CA of the agency, or ``None`` when there is none yet (admin)."""
    require(can_manage_users(ctx.actor), "melihat CA tanda tangan")
    ws = ctx.workspace
    with read_session(ctx) as session:
        rows = session.scalars(select(TrustAnchor).where(TrustAnchor.kind == TRUST_OURS)).all()
    if not rows:
        return None
    here = ws.secrets.get(CA_CERT)
    here_fp = certs.fingerprint(here) if here else ""
    chosen = next((r for r in rows if r.fingerprint == here_fp), max(rows, key=lambda r: r.added_at))
    cert = x509.load_pem_x509_certificate(chosen.cert_pem.encode())
    return CaInfo(
        certs.common_name(cert),
        chosen.fingerprint,
        cert.not_valid_after_utc.date(),
        chosen.fingerprint == here_fp,
    )


def identity_row(
    ctx: AppContext, employee_id: str, identity: Identity, sealed: bytes, *, source: str, approved: bool
) -> SigningIdentity:
    """The row for a new identity; approved (and active) only when an admin issues it."""
    cert = identity.certificate
    not_before, not_after = _naive(cert)
    now = ctx.workspace.now()
    return SigningIdentity(
        employee_id=employee_id,
        source=source,
        subject=cert.subject.rfc4514_string(),
        fingerprint=certs.fingerprint(identity.cert_pem),
        not_before=not_before,
        not_after=not_after,
        cert_pem=identity.cert_pem.decode(),
        chain_pem=identity.chain_pem.decode(),
        sealed_key=base64.b64encode(sealed).decode(),
        active=approved,
        created_at=now,
        approved_by=ctx.actor.user_id if approved else None,
        approved_at=now if approved else None,
        passphrase_set_at=None,
    )


def retire_active(session: Session, employee_ids: list[str], keep: str | None = None) -> None:
    """Only one identity of a person signs: the others of these employees stop being active."""
    for old in session.scalars(
        select(SigningIdentity).where(SigningIdentity.employee_id.in_(employee_ids), SigningIdentity.active)
    ):
        if old.id != keep:
            old.active = False


def workspace_issuer(ws: Workspace) -> certs.Issuer:
    if CA_KEY not in ws.secrets:
        raise ValidationFailed(
            "Kunci CA tanda tangan tidak ada di laptop ini: buat CA instansi (cert-init-ca) atau "
            "terbitkan sertifikat dari laptop admin tempat CA dibuat."
        )
    return certs.Issuer(Identity(ws.secrets[CA_KEY], ws.secrets[CA_CERT], b""))


def issue_certificate(
    ctx: AppContext,
    *,
    employee_id: str,
    passphrase: str,
    valid_days: int = 365 * certs.USER_YEARS,
    valid_from: datetime | None = None,
) -> str:
    """A new key and certificate for one employee, sealed with an initial passphrase (admin)."""
    require(can_manage_users(ctx.actor), "menerbitkan sertifikat tanda tangan")
    check_passphrase(passphrase)
    ws = ctx.workspace
    issuer = workspace_issuer(ws)
    with unit_of_work(ctx, "pki.issue") as uow:
        emp = get_or_fail(uow.session, Employee, employee_id, "Pegawai")
        identity = issuer.issue(
            name=emp.name,
            nip=emp.nip,
            agency=agency_name(uow.session, ws),
            now=ws.now(),
            valid_from=valid_from,
            valid_days=valid_days,
        )
        retire_active(uow.session, [employee_id])
        sealed = Sealer(passphrase, params=seal_params()).seal(identity.key_pem)
        row = identity_row(ctx, employee_id, identity, sealed, source=SOURCE_WORKSPACE, approved=True)
        uow.session.add(row)
        uow.session.flush()
        uow.audit("signing_identity", row.id, employee_id=employee_id, source=SOURCE_WORKSPACE)
        return row.id


def approved_anchors(session: Session) -> dict[str, TrustAnchor]:
    """The agency's trust anchors by fingerprint: each was added by an admin (see the model)."""
    return {a.fingerprint: a for a in session.scalars(select(TrustAnchor)) if a.added_by}


def refresh_trust_store(ctx: AppContext) -> None:
    """Make this laptop's trust store hold exactly the agency's anchors, for ``verify``."""
    with read_session(ctx) as session:
        anchors = [(a.kind, a.cert_pem.encode()) for a in approved_anchors(session).values()]
    TrustStore().mirror(ctx.workspace.workspace_id, anchors)


def _usable(ident: SigningIdentity, anchors: Mapping[str, TrustAnchor], who: str) -> None:
    """Refuse an identity no admin approved, or whose chain does not reach an agency anchor."""
    if not ident.approved_by:
        raise CertificateError(f"Sertifikat {who} belum disetujui admin.")
    root = certs.chain_root(Identity(b"", ident.cert_pem.encode(), ident.chain_pem.encode()))
    if certs.fingerprint(root.public_bytes(certs.KEY_PEM)) not in anchors:
        raise CertificateError(f"Sertifikat {who} tidak berujung pada CA yang disetujui admin instansi.")


def _load_signers(
    session: Session, employee_ids: set[str]
) -> tuple[dict[str, tuple[SigningIdentity, str, str]], set[str]]:
    rows = session.execute(
        select(SigningIdentity, Employee.nip, Employee.name)
        .join(Employee, Employee.id == SigningIdentity.employee_id)
        .where(SigningIdentity.employee_id.in_(sorted(employee_ids)))
    ).all()
    active = {ident.employee_id: (ident, nip, name) for ident, nip, name in rows if ident.active}
    pending = {ident.employee_id for ident, _, _ in rows if not ident.active and not ident.approved_by}
    return active, pending


def unlock_signers(
    ctx: AppContext, employee_ids: set[str], passphrases: Mapping[str, str], default: str | None
) -> tuple[dict[str, Identity], dict[str, AsnError]]:
    """Unseal the active keys of these employees; returns (identities, problem per employee).

    ``passphrases`` is keyed by NIP; ``default`` serves everyone not listed. A missing, pending
    or untrusted certificate, or a wrong passphrase, is reported per employee so a batch can go
    on without them. Keys sealed together (``kdf.Sealer``) are derived once for the whole call.
    """
    found: dict[str, Identity] = {}
    problems: dict[str, AsnError] = {}
    with read_session(ctx) as session:
        by_employee, pending = _load_signers(session, employee_ids)
        anchors = approved_anchors(session)
    derived: dict[tuple[object, ...], bytes] = {}
    for emp_id in sorted(employee_ids):
        if emp_id not in by_employee:
            problems[emp_id] = (
                NotFound("Sertifikat impor pegawai ini menunggu persetujuan admin.", code=PENDING_APPROVAL)
                if emp_id in pending
                else NotFound("Pegawai ini belum memiliki sertifikat tanda tangan.", code=NO_CERTIFICATE)
            )
            continue
        ident, nip, name = by_employee[emp_id]
        who = f"{name} (NIP {nip})"
        passphrase = passphrases.get(nip, default)
        if not passphrase:
            problems[emp_id] = KeyUnavailable(f"Frasa sandi kunci tanda tangan {who} tidak diberikan.")
            continue
        try:
            _usable(ident, anchors, who)
            certs.check_validity(ident.cert_pem.encode(), ctx.workspace.now(), who=who)
            key_pem = unseal(base64.b64decode(ident.sealed_key), passphrase, derived=derived)
        except WrongPassphrase:
            problems[emp_id] = WrongPassphrase(f"Frasa sandi kunci tanda tangan {who} salah.")
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
