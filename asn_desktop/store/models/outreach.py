"""After and around the assessment: feedback from the public served, and follow-up (tindak lanjut)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from asn_desktop.domain import write_rules as wr
from asn_desktop.store.models.base import Base, Synced


class PublicFeedback(Synced, Base):
    """One response from the public (umpan balik masyarakat), about a unit and optionally one employee.

    ``source_key`` identifies a row imported from a kiosk export, so importing the same file
    twice adds nothing.
    """

    __tablename__ = "public_feedback"
    write_rule = staticmethod(wr.public_feedback)
    __table_args__ = (Index("ix_public_feedback_unit_date", "unit_id", "received_on"),)
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"))
    employee_id: Mapped[str | None] = mapped_column(ForeignKey("employee.id"), index=True)
    received_on: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(12))
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(36))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    source_key: Mapped[str | None] = mapped_column(String(64), unique=True)


class FollowUp(Synced, Base):
    """A tindak lanjut decided from an assessment: reward, coaching plan, training or sanction."""

    __tablename__ = "follow_up"
    write_rule = staticmethod(wr.follow_up)
    owner = "employee_id"
    __table_args__ = (Index("ix_follow_up_status", "status", "due_on"),)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), index=True)
    employee_id: Mapped[str] = mapped_column(ForeignKey("employee.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # penghargaan, pembinaan, pelatihan, sanksi
    title: Mapped[str] = mapped_column(String(300))
    goal: Mapped[str | None] = mapped_column(Text)
    competency_id: Mapped[str | None] = mapped_column(ForeignKey("position_competency.id"))
    status: Mapped[str] = mapped_column(String(10), default="rencana")
    due_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(ForeignKey("employee.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class FollowUpSession(Synced, Base):
    """One session of a coaching plan (pembinaan): planned date, and what happened once held."""

    __tablename__ = "follow_up_session"
    write_rule = staticmethod(wr.follow_up_session)
    owner = "follow_up_id"
    follow_up_id: Mapped[str] = mapped_column(ForeignKey("follow_up.id"), index=True)
    planned_on: Mapped[date] = mapped_column(Date)
    held_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
