"""Signing: users' certificates with their sealed keys, trusted CAs, and signed documents.

All three are synced tables: a certificate and the sealed key travel to the user's other
laptops (the key stays sealed with the user's own passphrase, which no laptop stores), and a
signed document recorded on one laptop makes the assessment immutable on every laptop.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asn_desktop.domain import write_rules as wr
from asn_desktop.store.models.base import Base, Synced


class SigningIdentity(Synced, Base):
    """A user's signing certificate and the private key sealed with the user's passphrase.

    ``approved_by``/``approved_at`` name the admin who made it usable: a certificate issued by the
    workspace CA is approved as it is issued (only an admin issues); an imported PKCS#12 waits,
    inactive, until an admin approves it and its root. ``passphrase_set_at`` is when the person
    last set their own passphrase (``None``: still the one the issuer sealed it with).
    """

    __tablename__ = "signing_identity"
    write_rule = staticmethod(wr.signing_identity)
    owner = "employee_id"
    # Covers "whose certificate is active, or waiting": the admin's list of 10,000 is searched
    # and counted from this index, without reading the keys and certificates beside it.
    __table_args__ = (Index("ix_signing_identity_state", "employee_id", "active", "approved_by", "id"),)
    employee_id: Mapped[str] = mapped_column(ForeignKey("employee.id"), index=True)
    source: Mapped[str] = mapped_column(String(12))  # workspace / pkcs12
    subject: Mapped[str] = mapped_column(String(300))
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    not_before: Mapped[datetime] = mapped_column(DateTime)
    not_after: Mapped[datetime] = mapped_column(DateTime)
    cert_pem: Mapped[str] = mapped_column(Text)
    chain_pem: Mapped[str] = mapped_column(Text, default="")
    # base64 of a kdf.seal box: the change log (and sync) carries JSON, so text, not bytes.
    sealed_key: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    approved_by: Mapped[str | None] = mapped_column(String(36), default=None)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    passphrase_set_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class TrustAnchor(Synced, Base):
    """A CA certificate the agency trusts: its own workspace CA or an approved imported root.

    Only an admin adds one (``added_by``): creating the workspace CA, or approving an imported
    PKCS#12 whose chain ends in this root. Importing a PKCS#12 never creates an anchor.
    """

    __tablename__ = "trust_anchor"
    write_rule = staticmethod(wr.trust_anchor)
    kind: Mapped[str] = mapped_column(String(10))  # ours / imported
    subject: Mapped[str] = mapped_column(String(300))
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    cert_pem: Mapped[str] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(36), default="", server_default="")  # as 0010 added it


class SignedDocument(Synced, Base):
    """A signed form as it was signed: the PDF (encrypted blob), its hashes and its signers.

    Re-exporting a signed form returns these exact bytes, so an archive run twice holds the
    same files and the record never drifts from what people signed.
    """

    __tablename__ = "signed_document"
    write_rule = staticmethod(wr.signed_document)
    owner = "employee_id"
    __table_args__ = (Index("ix_signed_document_subject", "form", "subject_id", "period_key"),)
    form: Mapped[str] = mapped_column(String(12))
    subject_id: Mapped[str] = mapped_column(String(36))  # skp, assessment or unit id
    employee_id: Mapped[str | None] = mapped_column(ForeignKey("employee.id"))
    period_key: Mapped[str] = mapped_column(String(8))
    content_hash: Mapped[str] = mapped_column(String(64))
    file_sha256: Mapped[str] = mapped_column(String(64))
    signers: Mapped[str] = mapped_column(Text)  # JSON list of "Name (NIP)"
    signed_at: Mapped[datetime] = mapped_column(DateTime)
