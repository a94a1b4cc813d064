"""A person's own signing key: its state, and setting their own passphrase on it.

Changing the passphrase re-seals *the same key* (the certificate, and every document already
signed with it, stay valid); it needs the current passphrase, so it is the person's act only:
an admin who issued the key with an initial passphrase could re-issue a new key, but cannot
choose the person's passphrase for them (there is no ``employee_id`` parameter to name someone
else). The new box gets a salt of its own, leaving any batch ``Sealer`` it came from.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date

from cryptography import x509
from sqlalchemy import or_, select

from asn_desktop.domain.permissions import can_manage_own_signing_key, require
from asn_desktop.errors import NotFound, ValidationFailed, WrongPassphrase
from asn_desktop.pdf import certs
from asn_desktop.security.kdf import seal, unseal
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import subject_of
from asn_desktop.services.signing import check_passphrase, seal_params
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import SigningIdentity


@dataclass(frozen=True)
class MySigningKey:
    """What the person sees about their key; ``holder`` is empty when they have no certificate."""

    holder: str
    issuer: str
    not_after: date | None
    passphrase_set: bool  # set by the person (else still the issuer's initial passphrase)
    pending_import: bool  # an imported PKCS#12 waits for an admin


def _own_rows(ctx: AppContext) -> list[SigningIdentity]:
    emp_id = ctx.actor.employee_id
    if emp_id is None:
        raise NotFound(
            "Akun ini tidak terhubung dengan data pegawai, jadi tidak memiliki kunci tanda tangan."
        )
    with read_session(ctx) as session:
        return list(
            session.scalars(
                select(SigningIdentity).where(
                    SigningIdentity.employee_id == emp_id,
                    or_(SigningIdentity.active, SigningIdentity.approved_by.is_(None)),
                )
            )
        )


def my_signing_key(ctx: AppContext) -> MySigningKey:
    rows = _own_rows(ctx)
    active = next((r for r in rows if r.active and r.approved_by), None)
    pending = any(not r.approved_by and not r.active for r in rows)
    if active is None:
        return MySigningKey("", "", None, False, pending)
    cert = x509.load_pem_x509_certificate(active.cert_pem.encode())
    issuer = cert.issuer.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
    return MySigningKey(
        certs.common_name(cert),
        str(issuer[0].value) if issuer else cert.issuer.rfc4514_string(),
        active.not_after.date(),
        active.passphrase_set_at is not None,
        pending,
    )


def change_signing_passphrase(ctx: AppContext, *, current: str, new: str) -> int:
    """Re-seal the person's own key(s) — the active one and a pending import — under ``new``.

    Returns how many keys were re-sealed. A wrong ``current`` changes nothing.
    """
    rows = _own_rows(ctx)
    if not rows:
        raise NotFound("Anda belum memiliki kunci tanda tangan; minta admin menerbitkan sertifikat.")
    check_passphrase(new)
    if new == current:
        raise ValidationFailed("Frasa sandi baru harus berbeda dari yang sekarang.")
    opened: dict[str, bytes] = {}
    for row in rows:
        try:
            opened[row.id] = unseal(base64.b64decode(row.sealed_key), current)
        except WrongPassphrase:
            raise WrongPassphrase("Frasa sandi kunci tanda tangan saat ini salah.") from None
    with unit_of_work(ctx, "pki.passphrase") as uow:
        subject = subject_of(uow.session, rows[0].employee_id)
        require(can_manage_own_signing_key(ctx.actor, subject), "mengganti frasa sandi kunci ini")
        for row_id, key_pem in opened.items():
            row = uow.session.get_one(SigningIdentity, row_id)
            row.sealed_key = base64.b64encode(seal(key_pem, new, params=seal_params())).decode()
            row.passphrase_set_at = ctx.workspace.now()
        uow.audit("signing_identity", rows[0].id, resealed=len(opened))
    return len(opened)
