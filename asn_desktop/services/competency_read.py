"""360° feedback, reading: the items of a round, the rounds waiting for me, a round's raters.

The summaries (what the rated pegawai and the supervisor see) are in ``competency_results``;
``services.competency`` re-exports everything, so callers import from there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.domain.berakhlak import CORE_VALUES
from asn_desktop.domain.competency import CompetencyKind, ItemKind, RaterRelation, RoundStatus
from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import (
    Actor,
    Role,
    Subject,
    can_open_feedback_round,
    can_view,
    require,
)
from asn_desktop.errors import ValidationFailed
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.unit_of_work import read_session
from asn_desktop.store.models import (
    Employee,
    FeedbackAnswer,
    FeedbackRater,
    FeedbackRound,
    PositionCompetency,
)
from asn_desktop.store.queries import EmployeeFilter, EmployeeRow, list_employees

BERAKHLAK_GROUP = "Perilaku Kerja BerAKHLAK"
_KIND_ORDER = {kind: i for i, kind in enumerate(CompetencyKind)}


@dataclass(frozen=True)
class FeedbackItem:
    """One thing raters score: a core value (``required_level`` None) or a position competency."""

    item_kind: ItemKind
    item_key: str
    label: str
    group: str
    guidance: tuple[str, ...]
    required_level: int | None
    competency_kind: CompetencyKind | None


@dataclass(frozen=True)
class AnswerView:
    item_kind: ItemKind
    item_key: str
    score: int
    comment: str | None


@dataclass(frozen=True)
class RoundForm:
    """What a rater fills in: the items, and the rater's earlier answers (empty before the first)."""

    round_id: str
    employee_id: str
    employee_name: str
    period_key: str
    relation: RaterRelation
    status: RoundStatus
    submitted_at: datetime | None
    items: tuple[FeedbackItem, ...]
    answers: tuple[AnswerView, ...]

    def answer_for(self, item: FeedbackItem) -> AnswerView | None:
        return next(
            (a for a in self.answers if (a.item_kind, a.item_key) == (item.item_kind, item.item_key)),
            None,
        )


@dataclass(frozen=True)
class PendingRound:
    round_id: str
    employee_id: str
    employee_name: str
    period_key: str
    relation: RaterRelation
    opened_at: datetime
    submitted_at: datetime | None


@dataclass(frozen=True)
class RaterStatus:
    """A rater and whether they answered (never what they answered)."""

    rater_row_id: str
    rater_id: str
    name: str
    relation: RaterRelation
    submitted_at: datetime | None


@dataclass(frozen=True)
class RoundView:
    id: str
    employee_id: str
    employee_name: str
    period_key: str
    status: RoundStatus
    opened_at: datetime
    closed_at: datetime | None
    note: str | None
    raters: tuple[RaterStatus, ...]

    @property
    def submitted(self) -> int:
        return sum(1 for r in self.raters if r.submitted_at is not None)


@dataclass(frozen=True)
class PeerCandidate:
    id: str
    nip: str
    name: str
    unit_name: str
    position_name: str | None


def items_for(session: Session, employee: Employee) -> list[FeedbackItem]:
    """The seven BerAKHLAK values, then the competencies of the pegawai's current position."""
    items = [
        FeedbackItem(ItemKind.BERAKHLAK, cv.key, cv.label, BERAKHLAK_GROUP, cv.guidance, None, None)
        for cv in CORE_VALUES
    ]
    if employee.position_id is None:
        return items
    comps = session.scalars(
        select(PositionCompetency).where(PositionCompetency.position_id == employee.position_id)
    ).all()
    for c in sorted(comps, key=lambda c: (_KIND_ORDER[CompetencyKind(c.kind)], c.name.lower())):
        kind = CompetencyKind(c.kind)
        items.append(
            FeedbackItem(
                ItemKind.KOMPETENSI,
                c.id,
                c.name,
                kind.label,
                (c.description,) if c.description else (),
                c.required_level,
                kind,
            )
        )
    return items


def raters_of(session: Session, round_id: str) -> list[tuple[FeedbackRater, str]]:
    """The round's raters with their names: supervisor, self, then peers by name."""
    order = {RaterRelation.ATASAN: 0, RaterRelation.DIRI: 1, RaterRelation.REKAN: 2}
    rows = session.execute(
        select(FeedbackRater, Employee.name)
        .join(Employee, Employee.id == FeedbackRater.rater_id)
        .where(FeedbackRater.round_id == round_id)
    ).all()
    return sorted(((r, n) for r, n in rows), key=lambda rn: (order[RaterRelation(rn[0].relation)], rn[1]))


def round_and_subject(session: Session, round_id: str) -> tuple[FeedbackRound, Subject]:
    rnd = get_or_fail(session, FeedbackRound, round_id, "Putaran umpan balik")
    return rnd, subject_of(session, rnd.employee_id)


def may_run_round(actor: Actor, subject: Subject, rnd: FeedbackRound) -> bool:
    """The round is run by the subject's supervisor (the one who opened it stays able to see it)."""
    return can_open_feedback_round(actor, subject) or (
        actor.role in (Role.PENILAI, Role.ADMIN) and actor.employee_id == rnd.opened_by
    )


def _round_view(session: Session, rnd: FeedbackRound) -> RoundView:
    emp = get_or_fail(session, Employee, rnd.employee_id, "Pegawai")
    raters = tuple(
        RaterStatus(r.id, r.rater_id, name, RaterRelation(r.relation), r.submitted_at)
        for r, name in raters_of(session, rnd.id)
    )
    return RoundView(
        rnd.id,
        rnd.employee_id,
        emp.name,
        rnd.period_key,
        RoundStatus(rnd.status),
        rnd.opened_at,
        rnd.closed_at,
        rnd.note,
        raters,
    )


def round_for(ctx: AppContext, *, employee_id: str, period_key: str) -> RoundView | None:
    """The supervisor's overview of the round of one pegawai and period: who must still answer."""
    period = Period.parse(period_key)
    with read_session(ctx) as session:
        subject = subject_of(session, employee_id)
        require(can_open_feedback_round(ctx.actor, subject), "melihat putaran umpan balik 360° pegawai ini")
        rnd = session.scalars(
            select(FeedbackRound).where(
                FeedbackRound.employee_id == employee_id, FeedbackRound.period_key == period.key
            )
        ).one_or_none()
        return None if rnd is None else _round_view(session, rnd)


def get_round(ctx: AppContext, round_id: str) -> RoundView:
    with read_session(ctx) as session:
        rnd, subject = round_and_subject(session, round_id)
        require(may_run_round(ctx.actor, subject, rnd), "melihat penilai putaran umpan balik ini")
        return _round_view(session, rnd)


def my_pending_rounds(ctx: AppContext, *, include_answered: bool = False) -> list[PendingRound]:
    """Open rounds in which I am a rater and have not answered yet (or all open ones, if asked)."""
    me = ctx.actor.employee_id
    if me is None:
        return []
    with read_session(ctx) as session:
        stmt = (
            select(FeedbackRater, FeedbackRound, Employee.name)
            .join(FeedbackRound, FeedbackRound.id == FeedbackRater.round_id)
            .join(Employee, Employee.id == FeedbackRound.employee_id)
            .where(FeedbackRater.rater_id == me, FeedbackRound.status == RoundStatus.OPEN.value)
            .order_by(FeedbackRound.opened_at.desc(), Employee.name)
        )
        if not include_answered:
            stmt = stmt.where(FeedbackRater.submitted_at.is_(None))
        return [
            PendingRound(
                rnd.id,
                rnd.employee_id,
                name,
                rnd.period_key,
                RaterRelation(rater.relation),
                rnd.opened_at,
                rater.submitted_at,
            )
            for rater, rnd, name in session.execute(stmt)
        ]


def rater_row(session: Session, round_id: str, actor: Actor) -> FeedbackRater:
    """The actor's place among the round's raters; anyone else is refused."""
    row = None
    if actor.employee_id is not None:
        row = session.scalars(
            select(FeedbackRater).where(
                FeedbackRater.round_id == round_id, FeedbackRater.rater_id == actor.employee_id
            )
        ).one_or_none()
    require(row is not None, "mengisi putaran umpan balik ini (Anda bukan penilai di dalamnya)")
    assert row is not None
    return row


def round_form(ctx: AppContext, round_id: str) -> RoundForm:
    """The items to answer and my earlier answers, for a rater of the round only."""
    with read_session(ctx) as session:
        rnd = get_or_fail(session, FeedbackRound, round_id, "Putaran umpan balik")
        rater = rater_row(session, round_id, ctx.actor)
        emp = get_or_fail(session, Employee, rnd.employee_id, "Pegawai")
        answers = session.scalars(select(FeedbackAnswer).where(FeedbackAnswer.rater_row_id == rater.id))
        return RoundForm(
            rnd.id,
            emp.id,
            emp.name,
            rnd.period_key,
            RaterRelation(rater.relation),
            RoundStatus(rnd.status),
            rater.submitted_at,
            tuple(items_for(session, emp)),
            tuple(AnswerView(ItemKind(a.item_kind), a.item_key, a.score, a.comment) for a in answers),
        )


def rounds_about(ctx: AppContext, *, employee_id: str | None = None) -> list[RoundView]:
    """The rounds about a pegawai (by default me), newest period first; the pegawai sees closed ones."""
    employee_id = employee_id or ctx.actor.employee_id
    if employee_id is None:
        raise ValidationFailed("Pengguna ini tidak terhubung dengan data pegawai.")
    with read_session(ctx) as session:
        subject = subject_of(session, employee_id)
        require(can_view(ctx.actor, subject), "melihat putaran umpan balik pegawai ini")
        stmt = (
            select(FeedbackRound)
            .where(FeedbackRound.employee_id == employee_id)
            .order_by(FeedbackRound.period_key.desc())
        )
        if not can_open_feedback_round(ctx.actor, subject) and ctx.actor.role is not Role.ADMIN:
            stmt = stmt.where(FeedbackRound.status == RoundStatus.CLOSED.value)
        return [_round_view(session, rnd) for rnd in session.scalars(stmt)]


def peer_candidates(
    ctx: AppContext, *, employee_id: str, text: str = "", limit: int = 30
) -> list[PeerCandidate]:
    """Active employees the supervisor may invite as peers of ``employee_id``: searched by name or
    NIP across the agency, or, before anything is typed, the pegawai's own unit."""
    with read_session(ctx) as session:
        subject = subject_of(session, employee_id)
        require(can_open_feedback_round(ctx.actor, subject), "memilih rekan penilai pegawai ini")
        excluded = {employee_id, ctx.actor.employee_id}
        unit = None if text.strip() else get_or_fail(session, Employee, employee_id, "Pegawai").unit_id
        flt = EmployeeFilter(text=text, unit_id=unit)
        rows: list[EmployeeRow] = list_employees(session, flt, limit=limit + 2)
        return [
            PeerCandidate(r.id, r.nip, r.name, r.unit_name, r.position_name)
            for r in rows
            if r.id not in excluded
        ][:limit]


def competency_counts(session: Session) -> dict[str, int]:
    """How many competencies each position has (positions without any are absent)."""
    rows = session.execute(
        select(PositionCompetency.position_id, func.count()).group_by(PositionCompetency.position_id)
    ).all()
    return {pid: int(n) for pid, n in rows}
