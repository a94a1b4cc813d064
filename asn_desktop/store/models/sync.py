"""Local-only tables of the sync engine: conflicts waiting for a person, rows waiting for a parent.

Neither travels through sync. A conflict is derived from the change log by the merge (the same
set of changes yields the same conflicts on every laptop), so each laptop records its own copy;
a resolution travels as an ordinary change and marks the copies elsewhere as resolved.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asn_desktop.store.models.base import Base


class SyncConflict(Base):
    """A change that merge refused because it would alter a locked document.

    ``id`` is derived from (table, row, field, rejected hlc), so recording it twice is a no-op and
    every laptop names the same conflict the same way.
    """

    __tablename__ = "sync_conflict"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[str] = mapped_column(Text)
    kept_hlc: Mapped[str | None] = mapped_column(String(80))
    rejected_value: Mapped[str] = mapped_column(Text)
    rejected_hlc: Mapped[str] = mapped_column(String(80))
    rejected_origin: Mapped[str] = mapped_column(String(36))
    detected_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolution: Mapped[str | None] = mapped_column(String(20))


class SyncPending(Base):
    """A synced row known to the change log but not (yet) in its table: a parent is missing,
    or it would break a unique rule. Retried after every pull."""

    __tablename__ = "sync_pending"
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(String(200))


class SyncQuarantine(Base):
    """A change another laptop sent that this workspace refused to apply, with the reason.

    Derived from the change log by the merge's authorisation (``sync.authz``), so the same set
    of changes gives the same quarantine on every laptop; the admin reads it as security events.
    ``id`` names the change (its HLC and batch), so refusing it again is a no-op.
    """

    __tablename__ = "sync_quarantine"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(80))
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    author: Mapped[str | None] = mapped_column(String(36))
    origin: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(300))
    fields: Mapped[str] = mapped_column(Text)
    detected_at: Mapped[datetime] = mapped_column(DateTime)


class SecurityEvent(Base):
    """Something this laptop refused before it reached the change log: a bundle, a HEAD, a device.

    Unlike quarantined changes these depend on which files this laptop saw, so each laptop keeps
    its own; ``key`` folds repeats of the same event into one row with a count.
    """

    __tablename__ = "security_event"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    subject: Mapped[str | None] = mapped_column(String(80))
    message: Mapped[str] = mapped_column(String(400))
    first_seen: Mapped[datetime] = mapped_column(DateTime)
    last_seen: Mapped[datetime] = mapped_column(DateTime)
    count: Mapped[int] = mapped_column(Integer, default=1)


class RowOwner(Base):
    """Whose record a synced row is (the employee at the end of its parent chain), for the merge."""

    __tablename__ = "row_owner"
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    employee_id: Mapped[str] = mapped_column(String(36), index=True)


class RemoteAuditEvent(Base):
    """Another device's audit event as it arrived: kept to catch a laptop that rewrites its history."""

    __tablename__ = "remote_audit_event"
    # "<device>/<epoch>": a laptop restored from a backup continues as a new epoch, a new chain.
    device: Mapped[str] = mapped_column(String(60), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    hash: Mapped[str] = mapped_column(String(64))
    body: Mapped[str] = mapped_column(Text)


class BundleSeen(Base):
    """A bundle this laptop read or wrote, by its signed header: what its snapshots may vouch for.

    ``header`` is the device-signed header (base64 of the signed part and the signature) of a
    version-2 bundle, or ``v1:<legacy digest>`` for a bundle of the old format.
    """

    __tablename__ = "bundle_seen"
    device: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    header: Mapped[str] = mapped_column(Text)
