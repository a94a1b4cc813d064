"""360° feedback, results: what the rated pegawai sees, the supervisor's spread, gaps, the PDF appendix.

Anonymity of peers is enforced here, in the core: the pegawai's summary carries no peer answer at
all (not even a comment) unless at least ``MIN_PEERS_SHOWN`` peers answered, and then only in
aggregate; no result ever names the peer behind an answer. Only submitted answers count.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.competency import (
    MIN_PEERS_SHOWN,
    CompetencyKind,
    ItemKind,
    RaterRelation,
    RoundStatus,
    Spread,
    counts_as_answered,
    gap_of,
    observed_level,
    peers_visible,
    spread,
)
from asn_desktop.domain.period import Period, PeriodKind
from asn_desktop.domain.permissions import Actor, Subject, can_view, is_self, require
from asn_desktop.domain.rating import Rating
from asn_desktop.errors import ValidationFailed
from asn_desktop.services.competency_read import (
    FeedbackItem,
    items_for,
    may_run_round,
    round_and_subject,
)
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.unit_of_work import read_session
from asn_desktop.store.models import Assessment, Employee, FeedbackAnswer, FeedbackRater, FeedbackRound
from asn_desktop.store.queries import is_current_assessment

PEERS_TOO_FEW = "Belum cukup tanggapan rekan (minimal {n}); jawaban rekan kerja tidak ditampilkan."


@dataclass(frozen=True)
class _Answer:
    relation: RaterRelation
    item_key: str
    score: int
    comment: str | None


@dataclass(frozen=True)
class _Collected:
    round: FeedbackRound
    items: list[FeedbackItem]
    answers: list[_Answer]
    invited: dict[RaterRelation, int]
    submitted: dict[RaterRelation, int]

    def scores(self, item: FeedbackItem, relation: RaterRelation) -> list[int]:
        return [a.score for a in self.answers if a.item_key == item.item_key and a.relation is relation]

    def comments(self, item: FeedbackItem, relation: RaterRelation) -> list[str]:
        return sorted(
            a.comment
            for a in self.answers
            if a.item_key == item.item_key and a.relation is relation and a.comment
        )

    @property
    def peers_shown(self) -> bool:
        return peers_visible(self.submitted[RaterRelation.REKAN])

    def gap(self, item: FeedbackItem) -> tuple[float | None, float | None]:
        """(observed, gap) of a competency: the non-self raters' mean against the required level."""
        if item.required_level is None:
            return None, None
        observed = observed_level(
            self.scores(item, RaterRelation.ATASAN), self.scores(item, RaterRelation.REKAN)
        )
        return observed, gap_of(item.required_level, observed)


def _collect(session: Session, rnd: FeedbackRound) -> _Collected:
    emp = get_or_fail(session, Employee, rnd.employee_id, "Pegawai")
    items = items_for(session, emp)
    known = {(i.item_kind.value, i.item_key) for i in items}
    invited = dict.fromkeys(RaterRelation, 0)
    submitted = dict.fromkeys(RaterRelation, 0)
    counted: set[str] = set()
    for rater in session.scalars(select(FeedbackRater).where(FeedbackRater.round_id == rnd.id)):
        relation = RaterRelation(rater.relation)
        invited[relation] += 1
        if counts_as_answered(rater.submitted_at, rnd.closed_at):
            submitted[relation] += 1
            counted.add(rater.id)
    rows = session.execute(
        select(FeedbackRater.relation, FeedbackAnswer)
        .join(FeedbackAnswer, FeedbackAnswer.rater_row_id == FeedbackRater.id)
        .where(FeedbackRater.round_id == rnd.id, FeedbackRater.submitted_at.is_not(None))
    ).all()
    answers = [
        _Answer(RaterRelation(rel), a.item_key, a.score, a.comment)
        for rel, a in rows
        # an answer to a competency since removed is dropped, as is one given after the close
        if (a.item_kind, a.item_key) in known and a.rater_row_id in counted
    ]
    return _Collected(rnd, items, answers, invited, submitted)


T = TypeVar("T")


def _first(values: list[T]) -> T | None:
    return values[0] if values else None


# -- the rated pegawai ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SubjectItemResult:
    item: FeedbackItem
    own_score: int | None
    own_comment: str | None
    supervisor_score: int | None
    supervisor_comment: str | None
    peers: Spread | None  # None unless enough peers answered
    peer_comments: tuple[str, ...]


@dataclass(frozen=True)
class SubjectSummary:
    round_id: str
    employee_id: str
    period_key: str
    closed_at: datetime | None
    peers_answered: int
    peers_shown: bool
    peer_notice: str | None
    items: tuple[SubjectItemResult, ...]


def round_summary_for_subject(ctx: AppContext, round_id: str) -> SubjectSummary:
    """What the pegawai sees of a closed round about them: own and supervisor's answers, and the
    peers aggregated without names, only when at least three peers answered."""
    with read_session(ctx) as session:
        rnd, subject = round_and_subject(session, round_id)
        require(can_view(ctx.actor, subject), "melihat hasil umpan balik 360° pegawai ini")
        if RoundStatus(rnd.status) is not RoundStatus.CLOSED:
            raise ValidationFailed("Hasil umpan balik 360° dapat dilihat setelah putaran ditutup atasan.")
        data = _collect(session, rnd)
        shown = data.peers_shown
        results = []
        for item in data.items:
            own = data.scores(item, RaterRelation.DIRI)
            boss = data.scores(item, RaterRelation.ATASAN)
            results.append(
                SubjectItemResult(
                    item,
                    _first(own),
                    _first(data.comments(item, RaterRelation.DIRI)),
                    _first(boss),
                    _first(data.comments(item, RaterRelation.ATASAN)),
                    spread(data.scores(item, RaterRelation.REKAN)) if shown else None,
                    tuple(data.comments(item, RaterRelation.REKAN)) if shown else (),
                )
            )
        return SubjectSummary(
            rnd.id,
            rnd.employee_id,
            rnd.period_key,
            rnd.closed_at,
            data.submitted[RaterRelation.REKAN],
            shown,
            None if shown else PEERS_TOO_FEW.format(n=MIN_PEERS_SHOWN),
            tuple(results),
        )


# -- the supervisor -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpreadRow:
    item: FeedbackItem
    by_relation: Mapping[RaterRelation, Spread]
    observed: float | None
    gap: float | None
    comments: tuple[tuple[RaterRelation, str], ...]


@dataclass(frozen=True)
class SupervisorSummary:
    round_id: str
    employee_id: str
    period_key: str
    status: RoundStatus
    invited: Mapping[RaterRelation, int]
    submitted: Mapping[RaterRelation, int]
    rating_perilaku: Rating | None
    rating_period_key: str | None
    rows: tuple[SpreadRow, ...]


def _perilaku(session: Session, employee_id: str, period: Period) -> tuple[Rating | None, str | None]:
    """The supervisor's Rating Perilaku Kerja of the period itself, else of its year."""
    keys = [period.key] + ([] if period.kind is PeriodKind.ANNUAL else [Period.annual(period.year).key])
    for key in keys:
        value = session.scalars(
            select(Assessment.rating_perilaku).where(
                Assessment.employee_id == employee_id, Assessment.period_key == key, is_current_assessment()
            )
        ).one_or_none()
        if value:
            return Rating(value), key
    return None, None


def round_summary_for_supervisor(ctx: AppContext, round_id: str) -> SupervisorSummary:
    """Per item the spread of each relation beside the Rating Perilaku Kerja; the peers anonymous
    and only from three answers, as for the pegawai."""
    with read_session(ctx) as session:
        rnd, subject = round_and_subject(session, round_id)
        require(may_run_round(ctx.actor, subject, rnd), "melihat sebaran umpan balik 360° pegawai ini")
        data = _collect(session, rnd)
        rows = []
        for item in data.items:
            # Fewer than three peers would let the supervisor, who sees who answered, tell one
            # peer's scores: their spread stays empty until enough have answered.
            by_relation = {
                rel: spread(
                    data.scores(item, rel) if rel is not RaterRelation.REKAN or data.peers_shown else ()
                )
                for rel in RaterRelation
            }
            relations = [RaterRelation.DIRI, RaterRelation.ATASAN]
            relations += [RaterRelation.REKAN] if data.peers_shown else []
            comments = tuple((rel, c) for rel in relations for c in data.comments(item, rel))
            rows.append(SpreadRow(item, by_relation, *data.gap(item), comments))
        rating, rating_key = _perilaku(session, rnd.employee_id, Period.parse(rnd.period_key))
        return SupervisorSummary(
            rnd.id,
            rnd.employee_id,
            rnd.period_key,
            RoundStatus(rnd.status),
            data.invited,
            data.submitted,
            rating,
            rating_key,
            tuple(rows),
        )


# -- gaps and the PDF appendix --------------------------------------------------------------------


def _visible_round(session: Session, actor: Actor, subject: Subject, period_key: str) -> FeedbackRound | None:
    """The round of the period (for an annual key, the year's latest round), if the actor may read it:
    the rated pegawai only once it is closed."""
    period = Period.parse(period_key)
    stmt = select(FeedbackRound).where(FeedbackRound.employee_id == subject.employee_id)
    if period.kind is PeriodKind.ANNUAL:
        stmt = stmt.where(FeedbackRound.period_key.like(f"{period.year:04d}%"))
    else:
        stmt = stmt.where(FeedbackRound.period_key == period.key)
    rounds = session.scalars(stmt).all()
    exact = [r for r in rounds if r.period_key == period.key]
    candidates = exact or sorted(rounds, key=lambda r: r.period_key, reverse=True)
    if not candidates:
        return None
    rnd = candidates[0]
    if is_self(actor, subject) and RoundStatus(rnd.status) is not RoundStatus.CLOSED:
        return None
    return rnd


@dataclass(frozen=True)
class CompetencyGap:
    competency_id: str
    kind: CompetencyKind
    name: str
    required_level: int
    observed: float | None
    gap: float | None  # required − observed; positive is a gap to close, None when unrated


def competency_gaps(ctx: AppContext, *, employee_id: str, period_key: str) -> list[CompetencyGap]:
    """The position's competencies against what the non-self raters observed, largest gap first
    (unrated ones last). Empty when there is no round for the period (for an annual key: no round
    in that year) that the actor may read."""
    with read_session(ctx) as session:
        subject = subject_of(session, employee_id)
        require(can_view(ctx.actor, subject), "melihat kesenjangan kompetensi pegawai ini")
        rnd = _visible_round(session, ctx.actor, subject, period_key)
        if rnd is None:
            return []
        data = _collect(session, rnd)
        gaps = []
        for item in data.items:
            if item.item_kind is ItemKind.KOMPETENSI:
                assert item.competency_kind is not None
                assert item.required_level is not None
                observed, gap = data.gap(item)
                gaps.append(
                    CompetencyGap(
                        item.item_key, item.competency_kind, item.label, item.required_level, observed, gap
                    )
                )
        return sorted(gaps, key=lambda g: (g.gap is None, -(g.gap or 0.0)))


@dataclass(frozen=True)
class PdfItem:
    item_kind: ItemKind
    group: str
    label: str
    required_level: int | None
    self_score: int | None
    supervisor_score: int | None
    peer_mean: float | None  # None when fewer than three peers answered
    peer_count: int | None


@dataclass(frozen=True)
class RaterCount:
    invited: int
    submitted: int


@dataclass(frozen=True)
class PdfSummary:
    round_id: str
    employee_id: str
    period_key: str
    status: RoundStatus
    raters: Mapping[RaterRelation, RaterCount]
    items: tuple[PdfItem, ...]


def round_summary_for_pdf(ctx: AppContext, *, employee_id: str, period_key: str) -> PdfSummary | None:
    """The 360° appendix of the evaluation form: per item self, supervisor and (from three peers)
    the peers' mean; None when there is no round for the period the actor may read."""
    with read_session(ctx) as session:
        subject = subject_of(session, employee_id)
        require(can_view(ctx.actor, subject), "melihat hasil umpan balik 360° pegawai ini")
        rnd = _visible_round(session, ctx.actor, subject, period_key)
        if rnd is None:
            return None
        data = _collect(session, rnd)
        items = []
        for item in data.items:
            peers = spread(data.scores(item, RaterRelation.REKAN)) if data.peers_shown else None
            items.append(
                PdfItem(
                    item.item_kind,
                    item.group,
                    item.label,
                    item.required_level,
                    _first(data.scores(item, RaterRelation.DIRI)),
                    _first(data.scores(item, RaterRelation.ATASAN)),
                    peers.mean if peers else None,
                    peers.count if peers else None,
                )
            )
        return PdfSummary(
            rnd.id,
            rnd.employee_id,
            rnd.period_key,
            RoundStatus(rnd.status),
            {rel: RaterCount(data.invited[rel], data.submitted[rel]) for rel in RaterRelation},
            tuple(items),
        )
