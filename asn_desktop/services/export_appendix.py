"""The evaluation form's optional appendix: the 360° summary and the follow-up plan.

Built from the same read services the screens use (``round_summary_for_pdf``,
``follow_up_plan_for_pdf``), so the paper obeys the screens' rules: the peers only as a mean
over at least three answers and never by name, answers given after the close left out. The
appendix prints a round only once it is closed.
"""

from __future__ import annotations

from asn_desktop.domain.competency import RaterRelation, RoundStatus, peers_visible
from asn_desktop.domain.formatting import format_number
from asn_desktop.domain.period import Period, format_date_id
from asn_desktop.pdf.model import EvaluasiAppendix, FeedbackItemLine, FollowUpLine
from asn_desktop.services.competency_results import PdfItem, PdfSummary, round_summary_for_pdf
from asn_desktop.services.context import AppContext
from asn_desktop.services.followup_read import FollowUpPlanItem, follow_up_plan_for_pdf

NO_ROUND = "Tidak ada putaran umpan balik 360° pada periode ini."
OPEN_ROUND = "Putaran umpan balik 360° periode ini belum ditutup; ringkasannya dicetak setelah ditutup."


def _decimal(value: float) -> str:
    return format_number(value, decimals=1)


def _score(value: int | None) -> str:
    return "" if value is None else str(value)


def _feedback_line(item: PdfItem, peers_shown: bool) -> FeedbackItemLine:
    if not peers_shown:
        peers = "< 3 tanggapan"
    elif item.peer_mean is None:
        peers = "-"
    else:
        peers = f"{_decimal(item.peer_mean)} ({item.peer_count})"
    required = "" if item.required_level is None else str(item.required_level)
    return FeedbackItemLine(
        item.group, item.label, required, _score(item.self_score), _score(item.supervisor_score), peers
    )


def _round_note(summary: PdfSummary) -> str:
    raters = summary.raters
    return (
        f"Putaran umpan balik 360° {Period.parse(summary.period_key).label} (ditutup): "
        f"diri {raters[RaterRelation.DIRI].submitted}, atasan {raters[RaterRelation.ATASAN].submitted}, "
        f"rekan kerja {raters[RaterRelation.REKAN].submitted} dari {raters[RaterRelation.REKAN].invited}. "
        "Skala 1–5; nilai rekan kerja adalah rata-rata tanpa nama dan dicetak bila paling sedikit "
        "3 rekan menjawab."
    )


def _follow_up_line(item: FollowUpPlanItem) -> FollowUpLine:
    sessions = tuple(
        f"{format_date_id(s.held_on or s.planned_on)}: "
        + ("dilaksanakan" if s.held_on else "direncanakan")
        + (f" — {s.note}" if s.note else "")
        for s in item.sessions
    )
    due = format_date_id(item.due_on) if item.due_on else ""
    return FollowUpLine(
        item.kind_label, item.title, item.goal or "", item.status_label, due, sessions, item.outcome or ""
    )


def appendix_for(ctx: AppContext, *, employee_id: str, period: Period) -> EvaluasiAppendix:
    """The appendix of one employee's evaluation for ``period``."""
    summary = round_summary_for_pdf(ctx, employee_id=employee_id, period_key=period.key)
    lines: tuple[FeedbackItemLine, ...] = ()
    if summary is None:
        note = NO_ROUND
    elif summary.status is not RoundStatus.CLOSED:
        note = OPEN_ROUND
    else:
        shown = peers_visible(summary.raters[RaterRelation.REKAN].submitted)
        note, lines = _round_note(summary), tuple(_feedback_line(i, shown) for i in summary.items)
    plan = follow_up_plan_for_pdf(ctx, employee_id=employee_id, period_key=period.key)
    return EvaluasiAppendix(note, lines, tuple(_follow_up_line(p) for p in plan))
