"""The demo's signing: its own workspace CA and a certificate for every demo employee.

So that ``ASN_SIGN_PASSPHRASE=demo12345 asn-desktop-cli export-batch DEMO --year 2026 --sign``
signs on a fresh demo, and so does the GUI, every key is sealed with the demo password
``demo12345`` — the passphrase a real person would set for themselves (the demo marks it as set).

Speed, and why it is safe here: every demo user shares that password, so the keys are sealed by
one ``kdf.Sealer`` — one Argon2id derivation for the whole demo instead of one per user (at the
default cost, 10,000 users would take about 50 minutes; this takes 0.3 s). The CA key loads once
(``certs.Issuer``); what remains is making 10,000 key pairs and certificates, about 0.4 ms each.
The rows go through the demo's bulk insert with their change-log entries, like the rest.
"""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives import hashes

from asn_desktop.domain.ids import new_id
from asn_desktop.pdf import certs
from asn_desktop.pdf.trust import TRUST_OURS
from asn_desktop.security.kdf import Sealer
from asn_desktop.services.signing import SOURCE_WORKSPACE, seal_params
from asn_desktop.store import models as m

DemoRows = dict[type[m.Synced], list[dict[str, Any]]]


def seed(
    rows: DemoRows, *, agency: str, now: datetime, password: str, admin_id: str, sealer: Sealer | None = None
) -> certs.Identity:
    """Add the CA's anchor and every employee's identity to ``rows``; returns the CA (with key)."""
    ca = certs.create_ca(agency, now=now)
    issuer = certs.Issuer(ca)
    sealer = sealer or Sealer(password, params=seal_params())
    naive = now.replace(tzinfo=None)
    rows.setdefault(m.TrustAnchor, []).append(
        {
            "id": new_id(),
            "kind": TRUST_OURS,
            "subject": ca.certificate.subject.rfc4514_string(),
            "fingerprint": certs.fingerprint(ca.cert_pem),
            "cert_pem": ca.cert_pem.decode(),
            "added_at": naive,
            "added_by": admin_id,
        }
    )
    identities = rows.setdefault(m.SigningIdentity, [])
    for emp in rows.get(m.Employee, []):
        ident = issuer.issue(name=emp["name"], nip=emp["nip"], agency=agency, now=now)
        cert = ident.certificate
        identities.append(
            {
                "id": new_id(),
                "employee_id": emp["id"],
                "source": SOURCE_WORKSPACE,
                "subject": cert.subject.rfc4514_string(),
                "fingerprint": cert.fingerprint(hashes.SHA256()).hex(),
                "not_before": cert.not_valid_before_utc.replace(tzinfo=None),
                "not_after": cert.not_valid_after_utc.replace(tzinfo=None),
                "cert_pem": ident.cert_pem.decode(),
                "chain_pem": ident.chain_pem.decode(),
                "sealed_key": base64.b64encode(sealer.seal(ident.key_pem)).decode(),
                "active": True,
                "created_at": naive,
                "approved_by": admin_id,
                "approved_at": naive,
                "passphrase_set_at": naive,
            }
        )
    return ca
