"""Doing and judging the work: realisations, evidence, feedback, assessments, meetings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from asn_desktop.domain import write_rules as wr
from asn_desktop.store.models.base import Base, Synced


class Realisation(Synced, Base):
    __tablename__ = "realisation"
    write_rule = staticmethod(wr.realisation)
    owner = "indicator_id"
    __table_args__ = (UniqueConstraint("indicator_id", "period_key", name="uq_realisation_period"),)
    indicator_id: Mapped[str] = mapped_column(ForeignKey("indicator.id"), index=True)
    period_key: Mapped[str] = mapped_column(String(8))
    value: Mapped[float | None] = mapped_column(Float)
    text: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(36))
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class Evidence(Synced, Base):
    __tablename__ = "evidence"
    write_rule = staticmethod(wr.evidence)
    owner = "realisation_id"
    realisation_id: Mapped[str] = mapped_column(ForeignKey("realisation.id"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    mime: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    uploaded_by: Mapped[str] = mapped_column(String(36))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime)


class Feedback(Synced, Base):
    __tablename__ = "feedback"
    write_rule = staticmethod(wr.feedback)
    owner = "employee_id"
    __table_args__ = (Index("ix_feedback_subject_period", "employee_id", "period_key"),)
    employee_id: Mapped[str] = mapped_column(ForeignKey("employee.id"))
    author_user_id: Mapped[str | None] = mapped_column(String(36))
    source: Mapped[str] = mapped_column(String(12))  # diri, atasan, rekan, masyarakat
    period_key: Mapped[str] = mapped_column(String(8))
    rhk_id: Mapped[str | None] = mapped_column(ForeignKey("rhk.id"))
    core_value: Mapped[str | None] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)
    score: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Assessment(Synced, Base):
    """The assessment of one SKP's months in a period. A keberatan that changes the result adds a
    new version (``previous_id`` names the one it replaces); the old row is kept untouched — signed
    or not. After a mutasi a period may hold one assessment per SKP (0014); the one that counts for
    the period is that of the SKP in force at its end (``store.queries.is_current_assessment``)."""

    __tablename__ = "assessment"
    write_rule = staticmethod(wr.assessment)
    owner = "employee_id"
    __table_args__ = (
        UniqueConstraint(
            "employee_id", "skp_id", "period_key", "version", name="uq_assessment_skp_period_version"
        ),
        Index("ix_assessment_period_predikat", "period_key", "predikat"),
    )
    employee_id: Mapped[str] = mapped_column(ForeignKey("employee.id"))
    skp_id: Mapped[str | None] = mapped_column(ForeignKey("skp.id"))
    assessor_id: Mapped[str | None] = mapped_column(ForeignKey("employee.id"))
    period_key: Mapped[str] = mapped_column(String(8))
    rating_hasil: Mapped[str | None] = mapped_column(String(10))
    rating_perilaku: Mapped[str | None] = mapped_column(String(10))
    predikat: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)
    self_rating_hasil: Mapped[str | None] = mapped_column(String(10))
    self_note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    finalized_at: Mapped[datetime | None] = mapped_column(DateTime)
    signed_hash: Mapped[str | None] = mapped_column(String(64))
    objection: Mapped[str | None] = mapped_column(Text)
    objection_decision: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    previous_id: Mapped[str | None] = mapped_column(ForeignKey("assessment.id"), index=True)


class Objection(Synced, Base):
    """A keberatan: the pegawai's objection to one version of an assessment, and its decision.

    Filed by the pegawai; decided once, finally, by the atasan pejabat penilai. When the decision
    changes the ratings, ``revised_id`` is the new version of the assessment it made.
    """

    __tablename__ = "objection"
    write_rule = staticmethod(wr.objection)
    owner = "employee_id"
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id"), unique=True)
    employee_id: Mapped[str] = mapped_column(ForeignKey("employee.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    filed_at: Mapped[datetime] = mapped_column(DateTime)
    decider_id: Mapped[str | None] = mapped_column(ForeignKey("employee.id"), index=True)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    decision: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(12))  # ditolak / dikabulkan
    rating_hasil: Mapped[str | None] = mapped_column(String(10))
    rating_perilaku: Mapped[str | None] = mapped_column(String(10))
    revised_id: Mapped[str | None] = mapped_column(ForeignKey("assessment.id"))


class ReviewMeeting(Synced, Base):
    __tablename__ = "review_meeting"
    write_rule = staticmethod(wr.review_meeting)
    owner = "organiser_id"
    organiser_id: Mapped[str] = mapped_column(ForeignKey("employee.id"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    period_key: Mapped[str] = mapped_column(String(8))
    place: Mapped[str | None] = mapped_column(String(200))
    minutes: Mapped[str | None] = mapped_column(Text)
    decisions: Mapped[str | None] = mapped_column(Text)


class MeetingParticipant(Synced, Base):
    __tablename__ = "meeting_participant"
    write_rule = staticmethod(wr.meeting_participant)
    owner = "meeting_id"
    __table_args__ = (UniqueConstraint("meeting_id", "employee_id", name="uq_meeting_participant"),)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("review_meeting.id"), index=True)
    employee_id: Mapped[str] = mapped_column(ForeignKey("employee.id"))
    note: Mapped[str | None] = mapped_column(Text)


class OrgPredikat(Synced, Base):
    __tablename__ = "org_predikat"
    write_rule = staticmethod(wr.ADMIN_ONLY)
    __table_args__ = (UniqueConstraint("unit_id", "year", name="uq_org_predikat_unit_year"),)
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"))
    year: Mapped[int] = mapped_column(Integer)
    predikat: Mapped[str] = mapped_column(String(20))


class PastPredikat(Synced, Base):
    """A predikat decided outside this app (e.g. e-Kinerja BKN), imported for the history."""

    __tablename__ = "past_predikat"
    write_rule = staticmethod(wr.ADMIN_ONLY)
    __table_args__ = (UniqueConstraint("employee_id", "period_key", name="uq_past_predikat_period"),)
    employee_id: Mapped[str] = mapped_column(ForeignKey("employee.id"), index=True)
    period_key: Mapped[str] = mapped_column(String(8))
    predikat: Mapped[str] = mapped_column(String(20))
    source: Mapped[str] = mapped_column(String(20))  # "e-Kinerja"
    source_text: Mapped[str | None] = mapped_column(Text)  # the value as the source wrote it
    imported_at: Mapped[datetime] = mapped_column(DateTime)


class OrgPredikatPeriod(Synced, Base):
    """The predikat kinerja organisasi of a unit for one periodic period (a quarter or a month);
    without one, the periodic evaluation reads the year's (``OrgPredikat``)."""

    __tablename__ = "org_predikat_period"
    write_rule = staticmethod(wr.ADMIN_ONLY)
    __table_args__ = (UniqueConstraint("unit_id", "period_key", name="uq_org_predikat_period_unit"),)
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id"))
    period_key: Mapped[str] = mapped_column(String(8))
    predikat: Mapped[str] = mapped_column(String(20))
