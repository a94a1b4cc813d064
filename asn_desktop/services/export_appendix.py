"""The evaluation form's optional appendix: the 360° summary and the follow-up plan.

Read in bulk for every employee of a batch from the export's own read session, like the rest of
the snapshot, so a 10,000-form batch does not run a query per form. What it prints obeys the
same rules as the screens: a round is summarised only once closed, and the peers only as a mean
over at least ``MIN_PEERS_SHOWN`` answers, never by name.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.berakhlak import CORE_VALUES
from asn_desktop.domain.competency import (
    MIN_PEERS_SHOWN,
    CompetencyKind,
    ItemKind,
    RaterRelation,
    counts_as_answered,
    peers_visible,
)
from asn_desktop.domain.followup import FollowUpKind, FollowUpStatus
from asn_desktop.domain.period import Period, format_date_id
from asn_desktop.pdf.model import EvaluasiAppendix, FeedbackItemLine, FollowUpLine
from asn_desktop.store.models import (
    Assessment,
    FeedbackAnswer,
    FeedbackRater,
    FeedbackRound,
    FollowUp,
    FollowUpSession,
    PositionCompetency,
)

NO_ROUND = "Tidak ada putaran umpan balik 360° pada periode ini."
OPEN_ROUND = "Putaran umpan balik 360° periode ini belum ditutup; ringkasannya dicetak setelah ditutup."


def _decimal(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


@dataclass
class _Round:
    row: FeedbackRound
    raters: dict[str, FeedbackRater] = field(default_factory=dict)  # rater row id → rater
    answers: list[FeedbackAnswer] = field(default_factory=list)


def _rounds(session: Session, employee_ids: set[str], period: Period) -> dict[str, _Round]:
    """Per employee, the round this evaluation reports: the latest within the period."""
    chosen: dict[str, _Round] = {}
    stmt = select(FeedbackRound).where(FeedbackRound.period_key.startswith(str(period.year)))
    for rnd in session.scalars(stmt.order_by(FeedbackRound.opened_at)):
        inner = Period.parse(rnd.period_key)
        if rnd.employee_id in employee_ids and period.start <= inner.start and inner.end <= period.end:
            chosen[rnd.employee_id] = _Round(rnd)  # later rounds replace earlier ones
    by_id = {r.row.id: r for r in chosen.values()}
    if not by_id:
        return chosen
    raters = session.scalars(select(FeedbackRater).where(FeedbackRater.round_id.in_(list(by_id))))
    rater_round: dict[str, _Round] = {}
    for rater in raters:
        by_id[rater.round_id].raters[rater.id] = rater
        rater_round[rater.id] = by_id[rater.round_id]
    for answer in session.scalars(
        select(FeedbackAnswer).where(FeedbackAnswer.rater_row_id.in_(list(rater_round)))
    ):
        rater_round[answer.rater_row_id].answers.append(answer)
    return chosen


def _feedback_lines(rnd: _Round, competencies: list[PositionCompetency]) -> tuple[FeedbackItemLine, ...]:
    scores: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for answer in rnd.answers:
        rater = rnd.raters[answer.rater_row_id]
        if not counts_as_answered(rater.submitted_at, rnd.row.closed_at):
            continue  # given after the close (sync from a laptop that was offline then)
        relation = rater.relation
        scores[(answer.item_kind, answer.item_key)][relation].append(answer.score)
    submitted_peers = sum(
        1
        for r in rnd.raters.values()
        if r.relation == RaterRelation.REKAN and counts_as_answered(r.submitted_at, rnd.row.closed_at)
    )

    def line(group: str, kind: str, key: str, label: str, required: str) -> FeedbackItemLine:
        by_relation = scores.get((kind, key), {})
        own = by_relation.get(RaterRelation.DIRI, [])
        boss = by_relation.get(RaterRelation.ATASAN, [])
        peers = by_relation.get(RaterRelation.REKAN, [])
        if not peers_visible(submitted_peers):
            peer_text = "< 3 tanggapan"
        elif peers:
            peer_text = f"{_decimal(sum(peers) / len(peers))} ({len(peers)})"
        else:
            peer_text = "-"
        return FeedbackItemLine(
            group,
            label,
            required,
            str(own[-1]) if own else "",
            str(boss[-1]) if boss else "",
            peer_text,
        )

    lines = [line("Perilaku Kerja BerAKHLAK", ItemKind.BERAKHLAK, cv.key, cv.label, "") for cv in CORE_VALUES]
    kinds = list(CompetencyKind)
    for comp in sorted(competencies, key=lambda c: (kinds.index(CompetencyKind(c.kind)), c.name)):
        kind = CompetencyKind(comp.kind)
        lines.append(line(kind.label, ItemKind.KOMPETENSI, comp.id, comp.name, str(comp.required_level)))
    return tuple(lines)


def _round_note(rnd: _Round) -> str:
    counts = {"diri": 0, "atasan": 0, "rekan": 0}
    invited = 0
    for rater in rnd.raters.values():
        invited += rater.relation == "rekan"
        if counts_as_answered(rater.submitted_at, rnd.row.closed_at):
            counts[rater.relation] = counts.get(rater.relation, 0) + 1
    period = Period.parse(rnd.row.period_key).label
    return (
        f"Putaran umpan balik 360° {period} (ditutup): diri {counts['diri']}, atasan {counts['atasan']}, "
        f"rekan kerja {counts['rekan']} dari {invited}. Skala 1–5; nilai rekan kerja adalah rata-rata "
        f"tanpa nama dan dicetak bila paling sedikit {MIN_PEERS_SHOWN} rekan menjawab."
    )


def _follow_ups(session: Session, assessment_ids: dict[str, str]) -> dict[str, list[FollowUpLine]]:
    """Per assessment id, its follow-ups with their sessions, in the order they were decided."""
    if not assessment_ids:
        return {}
    rows = list(
        session.scalars(
            select(FollowUp)
            .where(FollowUp.assessment_id.in_(list(assessment_ids.values())))
            .order_by(FollowUp.created_at)
        )
    )
    sessions: dict[str, list[FollowUpSession]] = defaultdict(list)
    if rows:
        for s in session.scalars(
            select(FollowUpSession)
            .where(FollowUpSession.follow_up_id.in_([r.id for r in rows]))
            .order_by(FollowUpSession.planned_on)
        ):
            sessions[s.follow_up_id].append(s)
    out: dict[str, list[FollowUpLine]] = defaultdict(list)
    for fu in rows:
        held = tuple(
            f"{format_date_id(s.held_on or s.planned_on)}: "
            + ("dilaksanakan" if s.held_on else "direncanakan")
            + (f" — {s.note}" if s.note else "")
            for s in sessions[fu.id]
        )
        out[fu.assessment_id].append(
            FollowUpLine(
                FollowUpKind(fu.kind).label,
                fu.title,
                fu.goal or "",
                FollowUpStatus(fu.status).label,
                format_date_id(fu.due_on) if fu.due_on else "",
                held,
                fu.outcome or "",
            )
        )
    return out


def load_appendices(
    session: Session,
    period: Period,
    employees: dict[str, str | None],
    assessments: dict[str, Assessment],
) -> dict[str, EvaluasiAppendix]:
    """The appendix of each employee (id → position id) for the evaluation of ``period``."""
    rounds = _rounds(session, set(employees), period)
    positions = {p for p in employees.values() if p}
    competencies: dict[str, list[PositionCompetency]] = defaultdict(list)
    if positions:
        for comp in session.scalars(
            select(PositionCompetency).where(PositionCompetency.position_id.in_(sorted(positions)))
        ):
            competencies[comp.position_id].append(comp)
    follow_ups = _follow_ups(session, {e: a.id for e, a in assessments.items() if e in employees})
    out: dict[str, EvaluasiAppendix] = {}
    for emp_id, position_id in employees.items():
        rnd = rounds.get(emp_id)
        lines: tuple[FeedbackItemLine, ...]
        if rnd is None:
            note, lines = NO_ROUND, ()
        elif rnd.row.status != "closed":
            note, lines = OPEN_ROUND, ()
        else:
            note, lines = _round_note(rnd), _feedback_lines(rnd, competencies.get(position_id or "", []))
        assessment = assessments.get(emp_id)
        plan = tuple(follow_ups.get(assessment.id, [])) if assessment else ()
        out[emp_id] = EvaluasiAppendix(note, lines, plan)
    return out
