"""The daily work log (laporan kinerja harian): short notes of the day's work per indicator.

Entries roll up into the period's realisation proposal; once the pegawai confirms it, the
entries keep the id of the realisation they went into, so a second roll-up does not count them
twice. Evidence attached to an entry is a blob in the same encrypted store as bukti dukung; the
roll-up links the same blob to the realisation without copying it.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asn_desktop.domain import write_rules as wr
from asn_desktop.store.models.base import Base, Synced


class WorklogEntry(Synced, Base):
    __tablename__ = "worklog_entry"
    write_rule = staticmethod(wr.worklog_entry)
    owner = "employee_id"
    __table_args__ = (Index("ix_worklog_entry_employee_date", "employee_id", "work_date"),)
    employee_id: Mapped[str] = mapped_column(ForeignKey("employee.id"))
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicator.id"), index=True)
    work_date: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    quantity: Mapped[float | None] = mapped_column(Float)
    evidence_filename: Mapped[str | None] = mapped_column(String(255))
    evidence_mime: Mapped[str | None] = mapped_column(String(100))
    evidence_size: Mapped[int | None] = mapped_column(Integer)
    evidence_sha256: Mapped[str | None] = mapped_column(String(64))
    realisation_id: Mapped[str | None] = mapped_column(ForeignKey("realisation.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class WorklogComment(Synced, Base):
    """The supervisor's comment on a subordinate's week (``entry_id`` empty) or on one entry."""

    __tablename__ = "worklog_comment"
    write_rule = staticmethod(wr.worklog_comment)
    owner = "employee_id"
    __table_args__ = (Index("ix_worklog_comment_employee_week", "employee_id", "week_start"),)
    employee_id: Mapped[str] = mapped_column(ForeignKey("employee.id"))
    week_start: Mapped[date] = mapped_column(Date)
    entry_id: Mapped[str | None] = mapped_column(ForeignKey("worklog_entry.id"), index=True)
    author_id: Mapped[str] = mapped_column(ForeignKey("employee.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
