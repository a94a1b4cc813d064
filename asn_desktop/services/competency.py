"""360° competency feedback: a position's competencies, rounds, raters, answers (the writes).

The admin keeps each position's competencies (kind, name, required level). For a period the
supervisor opens a round for a subordinate with chosen peers; the pegawai (self) and the supervisor
are added as raters automatically. Each rater scores every item (the seven BerAKHLAK values and
the position's competencies) on the scale of ``domain.competency``, with optional comments, while
the round is open; the supervisor closes it. The admin part lives in ``competency_positions``, the
reads in ``competency_read`` and ``competency_results``; all are re-exported here, so this module
is the one to import.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.domain.competency import (
    SCALE_MAX,
    SCALE_MIN,
    ItemKind,
    RaterRelation,
    RoundStatus,
    check_comment,
    check_peers,
    check_score,
    ensure_round_open,
    round_next,
)
from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import can_open_feedback_round, require
from asn_desktop.errors import ValidationFailed
from asn_desktop.services.competency_positions import (
    CompetencyView,
    PositionRow,
    add_position_competency,
    list_position_competencies,
    positions_for_competencies,
    remove_position_competency,
    update_position_competency,
)
from asn_desktop.services.competency_read import (
    AnswerView,
    FeedbackItem,
    PeerCandidate,
    PendingRound,
    RaterStatus,
    RoundForm,
    RoundView,
    get_round,
    items_for,
    my_pending_rounds,
    peer_candidates,
    rater_row,
    round_and_subject,
    round_for,
    round_form,
    rounds_about,
)
from asn_desktop.services.competency_results import (
    CompetencyGap,
    PdfItem,
    PdfSummary,
    RaterCount,
    SpreadRow,
    SubjectItemResult,
    SubjectSummary,
    SupervisorSummary,
    competency_gaps,
    round_summary_for_pdf,
    round_summary_for_subject,
    round_summary_for_supervisor,
)
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.unit_of_work import unit_of_work
from asn_desktop.store.models import (
    Employee,
    FeedbackAnswer,
    FeedbackRater,
    FeedbackRound,
)

__all__ = [
    "AnswerInput",
    "AnswerView",
    "CompetencyGap",
    "CompetencyView",
    "FeedbackItem",
    "PdfItem",
    "PdfSummary",
    "PeerCandidate",
    "PendingRound",
    "PositionRow",
    "RaterCount",
    "RaterStatus",
    "RoundForm",
    "RoundView",
    "SpreadRow",
    "SubjectItemResult",
    "SubjectSummary",
    "SupervisorSummary",
    "add_peer",
    "add_position_competency",
    "close_round",
    "competency_gaps",
    "get_round",
    "list_position_competencies",
    "my_pending_rounds",
    "open_round",
    "peer_candidates",
    "positions_for_competencies",
    "remove_peer",
    "remove_position_competency",
    "round_for",
    "round_form",
    "round_summary_for_pdf",
    "round_summary_for_subject",
    "round_summary_for_supervisor",
    "rounds_about",
    "submit_answers",
    "update_position_competency",
]

# -- rounds (the supervisor) ----------------------------------------------------------------------


def _active_employee(session: Session, employee_id: str, what: str) -> Employee:
    emp = get_or_fail(session, Employee, employee_id, what)
    if not emp.active:
        raise ValidationFailed(f"{emp.name} tidak aktif dan tidak dapat menjadi penilai.")
    return emp


def open_round(
    ctx: AppContext, *, employee_id: str, period_key: str, peer_ids: Sequence[str], note: str | None = None
) -> str:
    """The supervisor opens the round of a subordinate for a period, with chosen peers."""
    period = Period.parse(period_key)
    with unit_of_work(ctx, "feedback360.open") as uow:
        subject = subject_of(uow.session, employee_id)
        require(can_open_feedback_round(ctx.actor, subject), "membuka putaran umpan balik 360° pegawai ini")
        boss = ctx.actor.employee_id
        assert boss is not None  # the supervisor is an employee
        peers = check_peers(employee_id, boss, list(peer_ids))
        for peer in peers:
            _active_employee(uow.session, peer, "Rekan kerja")
        existing = uow.session.scalars(
            select(FeedbackRound.id).where(
                FeedbackRound.employee_id == employee_id, FeedbackRound.period_key == period.key
            )
        ).first()
        if existing is not None:
            raise ValidationFailed(
                f"Putaran umpan balik 360° untuk periode {period.label} sudah ada; "
                "tambahkan rekan pada putaran itu."
            )
        rnd = FeedbackRound(
            employee_id=employee_id,
            period_key=period.key,
            opened_by=boss,
            status=RoundStatus.OPEN.value,
            opened_at=ctx.workspace.now(),
            note=check_comment(note, "Catatan"),
        )
        uow.session.add(rnd)
        uow.session.flush()
        raters = [(employee_id, RaterRelation.DIRI), (boss, RaterRelation.ATASAN)]
        for rater_id, relation in [*raters, *((p, RaterRelation.REKAN) for p in peers)]:
            uow.session.add(FeedbackRater(round_id=rnd.id, rater_id=rater_id, relation=relation.value))
        uow.audit("feedback_round", rnd.id, period=period.key, peers=len(peers))
        return rnd.id


def _runnable_round(uow_session: Session, ctx: AppContext, round_id: str, what: str) -> FeedbackRound:
    rnd, subject = round_and_subject(uow_session, round_id)
    require(can_open_feedback_round(ctx.actor, subject), what)
    return rnd


def add_peer(ctx: AppContext, *, round_id: str, peer_id: str) -> str:
    with unit_of_work(ctx, "feedback360.add_peer") as uow:
        rnd = _runnable_round(uow.session, ctx, round_id, "mengubah penilai putaran umpan balik ini")
        ensure_round_open(RoundStatus(rnd.status), "rekan tidak dapat ditambah")
        check_peers(rnd.employee_id, rnd.opened_by, [peer_id])
        emp = _active_employee(uow.session, peer_id, "Rekan kerja")
        listed = uow.session.scalars(
            select(FeedbackRater.id).where(
                FeedbackRater.round_id == round_id, FeedbackRater.rater_id == peer_id
            )
        ).first()
        if listed is not None:
            raise ValidationFailed(f"{emp.name} sudah menjadi penilai dalam putaran ini.")
        row = FeedbackRater(round_id=round_id, rater_id=peer_id, relation=RaterRelation.REKAN.value)
        uow.session.add(row)
        uow.session.flush()
        uow.audit("feedback_round", round_id, added_peer=peer_id)
        return row.id


def remove_peer(ctx: AppContext, *, round_id: str, peer_id: str) -> None:
    """Take back an invitation while the peer has not answered (what was answered stays)."""
    with unit_of_work(ctx, "feedback360.remove_peer") as uow:
        rnd = _runnable_round(uow.session, ctx, round_id, "mengubah penilai putaran umpan balik ini")
        ensure_round_open(RoundStatus(rnd.status), "rekan tidak dapat dihapus")
        row = uow.session.scalars(
            select(FeedbackRater).where(
                FeedbackRater.round_id == round_id,
                FeedbackRater.rater_id == peer_id,
                FeedbackRater.relation == RaterRelation.REKAN.value,
            )
        ).one_or_none()
        if row is None:
            raise ValidationFailed("Pegawai tersebut bukan rekan penilai dalam putaran ini.")
        if row.submitted_at is not None:
            raise ValidationFailed("Rekan ini sudah mengisi jawabannya; penilai tidak dapat dihapus lagi.")
        peers_left = uow.session.scalars(
            select(func.count()).where(
                FeedbackRater.round_id == round_id, FeedbackRater.relation == RaterRelation.REKAN.value
            )
        ).one()
        if peers_left <= 1:
            raise ValidationFailed("Putaran memerlukan paling sedikit satu rekan penilai.")
        uow.session.delete(row)
        uow.audit("feedback_round", round_id, removed_peer=peer_id)


def close_round(ctx: AppContext, *, round_id: str) -> None:
    with unit_of_work(ctx, "feedback360.close") as uow:
        rnd = _runnable_round(uow.session, ctx, round_id, "menutup putaran umpan balik 360° ini")
        rnd.status = round_next(RoundStatus(rnd.status), "close").value
        rnd.closed_at = ctx.workspace.now()
        uow.audit("feedback_round", rnd.id, status=rnd.status)


# -- answers (each rater) -------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerInput:
    item_kind: ItemKind | str
    item_key: str
    score: int
    comment: str | None = None


def _checked_answers(
    items: list[FeedbackItem], answers: Sequence[AnswerInput]
) -> list[tuple[FeedbackItem, int, str | None]]:
    by_key = {(i.item_kind.value, i.item_key): i for i in items}
    given: dict[tuple[str, str], tuple[FeedbackItem, int, str | None]] = {}
    for a in answers:
        try:
            key = (ItemKind(a.item_kind).value, a.item_key)
        except ValueError:
            raise ValidationFailed(f"Jenis butir penilaian tidak dikenal: {a.item_kind!r}.") from None
        item = by_key.get(key)
        if item is None:
            raise ValidationFailed(f"Butir penilaian tidak dikenal: {a.item_key!r}.")
        if key in given:
            raise ValidationFailed(f'Butir "{item.label}" dinilai lebih dari sekali.')
        score = check_score(a.score, f'Skor "{item.label}"')
        given[key] = (item, score, check_comment(a.comment, f'Komentar "{item.label}"'))
    missing = [i.label for key, i in by_key.items() if key not in given]
    if missing:
        raise ValidationFailed(
            f"Semua butir wajib diberi skor {SCALE_MIN}–{SCALE_MAX}; belum dinilai: "
            + ", ".join(missing)
            + "."
        )
    return list(given.values())


def submit_answers(ctx: AppContext, *, round_id: str, answers: Sequence[AnswerInput]) -> None:
    """A rater's answers to every item (given again while open, they replace the earlier ones)."""
    with unit_of_work(ctx, "feedback360.answer") as uow:
        rnd = get_or_fail(uow.session, FeedbackRound, round_id, "Putaran umpan balik")
        rater = rater_row(uow.session, round_id, ctx.actor)
        if rater.relation == RaterRelation.REKAN.value and rater.rater_id == rnd.employee_id:
            raise ValidationFailed(
                "Pegawai yang dinilai tidak dapat menjawab sebagai rekan bagi dirinya sendiri."
            )
        ensure_round_open(RoundStatus(rnd.status))
        emp = get_or_fail(uow.session, Employee, rnd.employee_id, "Pegawai")
        checked = _checked_answers(items_for(uow.session, emp), answers)
        earlier = {
            (a.item_kind, a.item_key): a
            for a in uow.session.scalars(
                select(FeedbackAnswer).where(FeedbackAnswer.rater_row_id == rater.id)
            )
        }
        for item, score, comment in checked:
            row = earlier.pop((item.item_kind.value, item.item_key), None)
            if row is None:
                row = FeedbackAnswer(
                    rater_row_id=rater.id, item_kind=item.item_kind.value, item_key=item.item_key
                )
                uow.session.add(row)
            row.score, row.comment = score, comment
        for stale in earlier.values():  # a competency removed from the position since
            uow.session.delete(stale)
        rater.submitted_at = ctx.workspace.now()
        uow.audit("feedback_round", rnd.id, answered_as=rater.relation, items=len(checked))
