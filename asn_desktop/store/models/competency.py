"""360° competency feedback: the position's required competencies and the rounds of ratings.

A round belongs to one pegawai and one period; its raters are the pegawai (self), chosen peers
(rekan kerja) and the supervisor, each answering the seven BerAKHLAK values and the position's
competencies on the scale of ``domain.competency``. Who answered what is stored (the supervisor
needs the spread); the services decide what the rated pegawai may see.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from asn_desktop.domain import write_rules as wr
from asn_desktop.store.models.base import Base, Synced


class PositionCompetency(Synced, Base):
    __tablename__ = "position_competency"
    write_rule = staticmethod(wr.ADMIN_ONLY)
    __table_args__ = (UniqueConstraint("position_id", "kind", "name", name="uq_position_competency"),)
    position_id: Mapped[str] = mapped_column(ForeignKey("position.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # teknis, manajerial, sosial_kultural
    name: Mapped[str] = mapped_column(String(200))
    required_level: Mapped[int] = mapped_column(Integer)
    description: Mapped[str | None] = mapped_column(Text)


class FeedbackRound(Synced, Base):
    __tablename__ = "feedback_round"
    write_rule = staticmethod(wr.feedback_round)
    owner = "employee_id"
    __table_args__ = (UniqueConstraint("employee_id", "period_key", name="uq_feedback_round_period"),)
    employee_id: Mapped[str] = mapped_column(ForeignKey("employee.id"), index=True)
    period_key: Mapped[str] = mapped_column(String(8))
    opened_by: Mapped[str] = mapped_column(ForeignKey("employee.id"))
    status: Mapped[str] = mapped_column(String(8), default="open")  # open / closed
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)


class FeedbackRater(Synced, Base):
    __tablename__ = "feedback_rater"
    write_rule = staticmethod(wr.feedback_rater)
    owner = "round_id"
    __table_args__ = (UniqueConstraint("round_id", "rater_id", name="uq_feedback_rater_round"),)
    round_id: Mapped[str] = mapped_column(ForeignKey("feedback_round.id"), index=True)
    rater_id: Mapped[str] = mapped_column(ForeignKey("employee.id"), index=True)
    relation: Mapped[str] = mapped_column(String(8))  # diri, rekan, atasan
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)


class FeedbackAnswer(Synced, Base):
    __tablename__ = "feedback_answer"
    write_rule = staticmethod(wr.feedback_answer)
    owner = "rater_row_id"
    __table_args__ = (
        UniqueConstraint("rater_row_id", "item_kind", "item_key", name="uq_feedback_answer_item"),
    )
    rater_row_id: Mapped[str] = mapped_column(ForeignKey("feedback_rater.id"), index=True)
    item_kind: Mapped[str] = mapped_column(String(10))  # berakhlak / kompetensi
    item_key: Mapped[str] = mapped_column(String(36))  # core value key or position_competency id
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
