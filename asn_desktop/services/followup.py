"""Tindak lanjut: the supervisor's follow-up of a final assessment, its sessions, and HR's overview.

The reads, the XLSX export and the training suggestions live in ``services.followup_read`` and
are re-exported here, so callers import every follow-up use case from this module.

Only the assessed employee's direct supervisor decides and updates a follow-up, and only from an
assessment that is final or signed; the pegawai sees their own (read-only), HR (the admin role)
sees every open follow-up of the agency and exports them to XLSX.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from asn_desktop.domain.followup import (
    FollowUpKind,
    FollowUpStatus,
    InvalidFollowUp,
    check_follow_up,
    check_held_on,
    check_session_date,
    follow_up_next,
)
from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import (
    can_manage_follow_up,
    require,
)
from asn_desktop.domain.skp_state import AssessmentStatus
from asn_desktop.errors import ValidationFailed
from asn_desktop.services.context import AppContext
from asn_desktop.services.followup_read import (
    EXPORT_HEADERS,
    FollowUpPlanItem,
    FollowUpRow,
    FollowUpView,
    SessionView,
    TrainingSuggestion,
    export_follow_ups_xlsx,
    follow_up_plan_for_pdf,
    list_for_employee,
    list_open_for_agency,
    suggested_trainings,
)
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.unit_of_work import unit_of_work
from asn_desktop.store.models import (
    Assessment,
    Employee,
    FollowUp,
    FollowUpSession,
    PositionCompetency,
)

__all__ = [
    "EXPORT_HEADERS",
    "FollowUpPlanItem",
    "FollowUpRow",
    "FollowUpView",
    "SessionView",
    "TrainingSuggestion",
    "add_follow_up",
    "add_session",
    "export_follow_ups_xlsx",
    "follow_up_plan_for_pdf",
    "list_for_employee",
    "list_open_for_agency",
    "record_session",
    "set_outcome",
    "set_status",
    "suggested_trainings",
]

_CLOSED_ASSESSMENT = (AssessmentStatus.FINAL.value, AssessmentStatus.SIGNED.value)


# -- writing -------------------------------------------------------------------------------------


def _follow_up_for_edit(ctx: AppContext, session: Session, follow_up_id: str) -> FollowUp:
    row = get_or_fail(session, FollowUp, follow_up_id, "Tindak lanjut")
    require(
        can_manage_follow_up(ctx.actor, subject_of(session, row.employee_id)), "mengelola tindak lanjut ini"
    )
    return row


def add_follow_up(
    ctx: AppContext,
    *,
    assessment_id: str,
    kind: FollowUpKind | str,
    title: str,
    goal: str | None = None,
    due_on: date | None = None,
    competency_id: str | None = None,
) -> str:
    """The supervisor records a follow-up of a final (or signed) assessment."""
    try:
        k, clean_title, clean_goal = check_follow_up(kind, title, goal)
    except InvalidFollowUp as exc:
        raise ValidationFailed(exc.message) from None
    with unit_of_work(ctx, "follow_up.add") as uow:
        asm = get_or_fail(uow.session, Assessment, assessment_id, "Penilaian kinerja")
        require(
            can_manage_follow_up(ctx.actor, subject_of(uow.session, asm.employee_id)),
            "mencatat tindak lanjut penilaian pegawai ini",
        )
        if asm.status not in _CLOSED_ASSESSMENT:
            raise ValidationFailed("Tindak lanjut hanya dapat dicatat untuk penilaian yang sudah final.")
        period = Period.parse(asm.period_key)
        if due_on is not None and due_on < period.start:
            raise ValidationFailed("Tenggat tindak lanjut tidak boleh sebelum awal periode penilaian.")
        if competency_id is not None:
            emp = get_or_fail(uow.session, Employee, asm.employee_id, "Pegawai")
            comp = get_or_fail(uow.session, PositionCompetency, competency_id, "Kompetensi")
            if emp.position_id is None or comp.position_id != emp.position_id:
                raise ValidationFailed("Kompetensi tersebut bukan kompetensi jabatan pegawai ini.")
        now = ctx.workspace.now()
        row = FollowUp(
            assessment_id=asm.id,
            employee_id=asm.employee_id,
            kind=k.value,
            title=clean_title,
            goal=clean_goal,
            competency_id=competency_id,
            status=FollowUpStatus.RENCANA.value,
            due_on=due_on,
            outcome=None,
            created_by=ctx.actor.employee_id,
            created_at=now,
            updated_at=now,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit("follow_up", row.id, kind=k.value, assessment_id=asm.id)
        return row.id


def set_status(
    ctx: AppContext, *, follow_up_id: str, status: FollowUpStatus | str, outcome: str | None = None
) -> FollowUpStatus:
    """Move a follow-up along (rencana → berjalan → selesai, or batal); *selesai* needs the outcome."""
    with unit_of_work(ctx, "follow_up.status") as uow:
        row = _follow_up_for_edit(ctx, uow.session, follow_up_id)
        text = outcome.strip() if outcome and outcome.strip() else row.outcome
        try:
            new = follow_up_next(row.status, status, text)
        except InvalidFollowUp as exc:
            raise ValidationFailed(exc.message) from None
        row.status, row.outcome, row.updated_at = new.value, text, ctx.workspace.now()
        uow.audit("follow_up", row.id, status=new.value)
        return new


def set_outcome(ctx: AppContext, *, follow_up_id: str, outcome: str) -> None:
    """Write down what came of the follow-up (needed before it can be *selesai*)."""
    if not outcome.strip():
        raise ValidationFailed("Hasil tindak lanjut wajib diisi.")
    with unit_of_work(ctx, "follow_up.outcome") as uow:
        row = _follow_up_for_edit(ctx, uow.session, follow_up_id)
        if FollowUpStatus(row.status) is FollowUpStatus.BATAL:
            raise ValidationFailed("Tindak lanjut yang batal tidak dapat diubah.")
        row.outcome, row.updated_at = outcome.strip(), ctx.workspace.now()
        uow.audit("follow_up", row.id, outcome=True)


def _period_of(session: Session, row: FollowUp) -> Period:
    return Period.parse(get_or_fail(session, Assessment, row.assessment_id, "Penilaian kinerja").period_key)


def add_session(ctx: AppContext, *, follow_up_id: str, planned_on: date) -> str:
    """Plan one session of a coaching plan or training."""
    with unit_of_work(ctx, "follow_up.session_add") as uow:
        row = _follow_up_for_edit(ctx, uow.session, follow_up_id)
        if not FollowUpKind(row.kind).has_sessions:
            raise ValidationFailed(f"{FollowUpKind(row.kind).label} tidak memiliki sesi.")
        if not FollowUpStatus(row.status).is_open:
            raise ValidationFailed(
                "Tindak lanjut yang sudah selesai atau batal tidak dapat diberi sesi baru."
            )
        period = _period_of(uow.session, row)
        try:
            check_session_date(planned_on, period.start, period.end)
        except InvalidFollowUp as exc:
            raise ValidationFailed(exc.message) from None
        session_row = FollowUpSession(follow_up_id=row.id, planned_on=planned_on, held_on=None, note=None)
        uow.session.add(session_row)
        row.updated_at = ctx.workspace.now()
        uow.session.flush()
        uow.audit("follow_up_session", session_row.id, follow_up_id=row.id)
        return session_row.id


def record_session(ctx: AppContext, *, session_id: str, held_on: date, note: str | None) -> None:
    """Record that a session was held, when, and what was discussed."""
    with unit_of_work(ctx, "follow_up.session_record") as uow:
        session_row = get_or_fail(uow.session, FollowUpSession, session_id, "Sesi tindak lanjut")
        row = _follow_up_for_edit(ctx, uow.session, session_row.follow_up_id)
        if FollowUpStatus(row.status) is FollowUpStatus.BATAL:
            raise ValidationFailed("Tindak lanjut yang batal tidak dapat diubah.")
        period = _period_of(uow.session, row)
        try:
            check_held_on(held_on, period.start, ctx.workspace.now().date())
        except InvalidFollowUp as exc:
            raise ValidationFailed(exc.message) from None
        session_row.held_on = held_on
        session_row.note = note.strip() if note and note.strip() else None
        row.updated_at = ctx.workspace.now()
        uow.audit("follow_up_session", session_row.id, held_on=held_on.isoformat())
