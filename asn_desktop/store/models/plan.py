"""The plan: SKP versions, their RHK (cascaded from the supervisor's), indicators, expectations."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from asn_desktop.domain import write_rules as wr
from asn_desktop.store.models.base import Base, Synced


class AppraisalPeriod(Synced, Base):
    """A period the agency has opened or closed; a closed period takes no more realisations."""

    __tablename__ = "appraisal_period"
    write_rule = staticmethod(wr.ADMIN_ONLY)
    key: Mapped[str] = mapped_column(String(8), unique=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    kind: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(8), default="open")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)


class Skp(Synced, Base):
    __tablename__ = "skp"
    write_rule = staticmethod(wr.skp)
    owner = "employee_id"
    __table_args__ = (
        UniqueConstraint("employee_id", "year", "version", name="uq_skp_employee_year_version"),
        Index("ix_skp_year_status", "year", "status"),
    )
    employee_id: Mapped[str] = mapped_column(ForeignKey("employee.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(12))
    approach: Mapped[str] = mapped_column(String(12), default="kualitatif")
    # The pejabat penilai at the time of drafting (a later move of the employee keeps this).
    penilai_id: Mapped[str | None] = mapped_column(ForeignKey("employee.id"))
    previous_id: Mapped[str | None] = mapped_column(ForeignKey("skp.id"))
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    review_note: Mapped[str | None] = mapped_column(Text)
    lampiran_sumber_daya: Mapped[str | None] = mapped_column(Text)
    lampiran_skema: Mapped[str | None] = mapped_column(Text)
    lampiran_konsekuensi: Mapped[str | None] = mapped_column(Text)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    # A mutasi (``domain.mutasi``): the SKP's own first and last day when it does not cover the
    # whole year — the new SKP starts on the mutasi day, the old one ends the day before.
    start_on: Mapped[date | None] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)


class Rhk(Synced, Base):
    __tablename__ = "rhk"
    write_rule = staticmethod(wr.rhk)
    owner = "skp_id"
    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # utama / tambahan
    text: Mapped[str] = mapped_column(Text)
    parent_rhk_id: Mapped[str | None] = mapped_column(ForeignKey("rhk.id"), index=True)
    perspektif: Mapped[str | None] = mapped_column(String(50))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Indicator(Synced, Base):
    __tablename__ = "indicator"
    write_rule = staticmethod(wr.owner_while_skp_draft("rhk", "rhk_id"))
    owner = "rhk_id"
    rhk_id: Mapped[str] = mapped_column(ForeignKey("rhk.id"), index=True)
    aspect: Mapped[str] = mapped_column(String(10))  # kuantitas, kualitas, waktu, biaya
    text: Mapped[str] = mapped_column(Text)
    target_value: Mapped[float | None] = mapped_column(Float)
    target_unit: Mapped[str | None] = mapped_column(String(50))
    target_text: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class BehaviourExpectation(Synced, Base):
    __tablename__ = "behaviour_expectation"
    write_rule = staticmethod(wr.behaviour_expectation)
    owner = "skp_id"
    __table_args__ = (UniqueConstraint("skp_id", "core_value", name="uq_behaviour_skp_value"),)
    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"), index=True)
    core_value: Mapped[str] = mapped_column(String(30))
    expectation: Mapped[str] = mapped_column(Text)


class RoleMatrixEntry(Synced, Base):
    """One cell of a leader's Matriks Pembagian Peran dan Hasil (``domain.matrix``): which of the
    people he rates takes one of his RHK, in which role, and the result he expects of them."""

    __tablename__ = "role_matrix_entry"
    write_rule = staticmethod(wr.role_matrix_entry)
    owner = "skp_id"
    __table_args__ = (UniqueConstraint("rhk_id", "employee_id", name="uq_role_matrix_entry_rhk_employee"),)
    skp_id: Mapped[str] = mapped_column(ForeignKey("skp.id"), index=True)  # the leader's SKP
    rhk_id: Mapped[str] = mapped_column(ForeignKey("rhk.id"), index=True)  # the leader's RHK
    employee_id: Mapped[str] = mapped_column(ForeignKey("employee.id"), index=True)  # who takes it
    role: Mapped[str] = mapped_column(String(20))
    hasil: Mapped[str | None] = mapped_column(Text)  # the result expected of him, in his words
