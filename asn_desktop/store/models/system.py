"""Local-only tables: the hash-chained audit log, the change log sync reads, and settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asn_desktop.store.models.base import Base


class AuditEvent(Base):
    """One event of the append-only audit log; ``hash`` covers the event and ``prev_hash``."""

    __tablename__ = "audit_event"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    user_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(36))
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # Ed25519 signature of ``hash`` by its author (a user's key, or the device key for events no
    # person caused, such as a sync), so rewriting the chain needs every author's password.
    signer: Mapped[str | None] = mapped_column(String(80))
    signature: Mapped[str | None] = mapped_column(String(128))


class ChangeLog(Base):
    """One changed row: the changed fields (JSON) at a hybrid logical clock timestamp.

    Written in the same transaction as the change itself; the sync engine pushes entries past
    its cursor. ``deleted`` marks a tombstone.
    """

    __tablename__ = "change_log"
    # The merge asks for every row of a few tables (trust anchors, laptops, acting officials) on
    # each pull; without this index each question scanned the whole log (0013: a pull of one change
    # into 1,000,000 rows took 282× that into 10,000, benchmarks/bench_sync.py --big-rows).
    __table_args__ = (Index("ix_change_log_table_row", "table_name", "row_id"),)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hlc: Mapped[str] = mapped_column(String(40), index=True)
    table_name: Mapped[str] = mapped_column(String(40))
    # Indexed for the merge, which folds all entries of a row (sync.merge); 0003 adds the index.
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    fields: Mapped[str] = mapped_column(Text)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    origin: Mapped[str] = mapped_column(String(36))
    # Who made the change (a user id) and the signed batch that covers it (``sync.batch``); a
    # change without a valid batch is never applied on another laptop.
    author: Mapped[str | None] = mapped_column(String(36), index=True)
    batch: Mapped[str | None] = mapped_column(String(80), index=True)


class ChangeBatch(Base):
    """One author's signed set of changes (one transaction, or a part of a large one).

    ``digest`` is the SHA-256 of the batch's canonical form (``sync.batch``), so the same batch
    has the same name on every laptop; the bundle header that carried it lists that name.
    """

    __tablename__ = "change_batch"
    digest: Mapped[str] = mapped_column(String(80), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # user / legacy
    author: Mapped[str | None] = mapped_column(String(36), index=True)
    signature: Mapped[str] = mapped_column(String(128))
    origin: Mapped[str] = mapped_column(String(36), index=True)
    hlc: Mapped[str] = mapped_column(String(80))  # its first change's HLC: when it was signed
    bundle_seq: Mapped[int | None] = mapped_column(Integer)  # the origin's bundle that carried it
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # sync.batch format
    prev: Mapped[str | None] = mapped_column(String(80), index=True)  # the author's batch before, same laptop


class EvidenceVerdict(Base):
    """This laptop's verdict on one evidence file as it is named and typed (local: each laptop checks).

    ``key`` is the SHA-256 of the blob's hash, the display name and the recorded MIME type, so a row
    renamed or retyped by sync is checked again. ``problem`` is the refusal shown to the penilai.
    """

    __tablename__ = "evidence_verdict"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    problem: Mapped[str | None] = mapped_column(Text)
    checked_at: Mapped[datetime] = mapped_column(DateTime)


class Meta(Base):
    """Workspace settings and identities (workspace id, device id, clock state)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
