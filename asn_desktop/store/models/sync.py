"""Local-only tables of the sync engine: conflicts waiting for a person, rows waiting for a parent.

Neither travels through sync. A conflict is derived from the change log by the merge (the same
set of changes yields the same conflicts on every laptop), so each laptop records its own copy;
a resolution travels as an ordinary change and marks the copies elsewhere as resolved.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, String, Text
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
