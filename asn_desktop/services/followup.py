"""Tindak lanjut: the supervisor's follow-up of a final assessment, its sessions, and HR's overview.

Only the assessed employee's direct supervisor decides and updates a follow-up, and only from an
assessment that is final or signed; the pegawai sees their own (read-only), HR (the admin role)
sees every open follow-up of the agency and exports them to XLSX.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from asn_desktop.atomic import atomic_writer
from asn_desktop.domain.followup import (
    FollowUpKind,
    FollowUpStatus,
    InvalidFollowUp,
    check_follow_up,
    check_held_on,
    check_session_date,
    follow_up_next,
    next_statuses,
)
from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import (
    can_manage_follow_up,
    can_view,
    can_view_agency_follow_ups,
    require,
)
from asn_desktop.domain.public_feedback import units_within
from asn_desktop.domain.skp_state import AssessmentStatus
from asn_desktop.errors import ValidationFailed
from asn_desktop.progress import CancelToken, ProgressSink, null_progress
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import (
    Assessment,
    Employee,
    FollowUp,
    FollowUpSession,
    PositionCompetency,
    Unit,
)

__all__ = [
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


@dataclass(frozen=True)
class SessionView:
    id: str
    planned_on: date
    held_on: date | None
    note: str | None


@dataclass(frozen=True)
class FollowUpView:
    id: str
    assessment_id: str
    employee_id: str
    period_key: str
    kind: FollowUpKind
    title: str
    goal: str | None
    competency_id: str | None
    competency_name: str | None
    status: FollowUpStatus
    due_on: date | None
    outcome: str | None
    created_at: datetime
    sessions: tuple[SessionView, ...]

    @property
    def next_statuses(self) -> frozenset[FollowUpStatus]:
        return next_statuses(self.status)


@dataclass(frozen=True)
class FollowUpRow:
    """One open follow-up in HR's agency list and export."""

    id: str
    employee_id: str
    nip: str
    employee_name: str
    unit_name: str
    supervisor_name: str | None
    period_key: str
    kind: FollowUpKind
    title: str
    status: FollowUpStatus
    due_on: date | None
    sessions_planned: int
    sessions_held: int


@dataclass(frozen=True)
class FollowUpPlanItem:
    """What the evaluation PDF's appendix prints for one follow-up."""

    kind_label: str
    title: str
    goal: str | None
    status_label: str
    due_on: date | None
    sessions: tuple[SessionView, ...]
    outcome: str | None


@dataclass(frozen=True)
class TrainingSuggestion:
    competency_id: str
    kind: str
    name: str
    required_level: int
    gap: float | None  # from the 360° round, when known; larger is further below the required level
    is_gap: bool


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


# -- reading -------------------------------------------------------------------------------------


def _views(session: Session, rows: list[tuple[FollowUp, str, str | None]]) -> list[FollowUpView]:
    ids = [r.id for r, _, _ in rows]
    sessions: dict[str, list[SessionView]] = {}
    if ids:
        stmt = (
            select(FollowUpSession)
            .where(FollowUpSession.follow_up_id.in_(ids))
            .order_by(FollowUpSession.planned_on, FollowUpSession.id)
        )
        for s in session.scalars(stmt):
            sessions.setdefault(s.follow_up_id, []).append(SessionView(s.id, s.planned_on, s.held_on, s.note))
    return [
        FollowUpView(
            r.id,
            r.assessment_id,
            r.employee_id,
            period_key,
            FollowUpKind(r.kind),
            r.title,
            r.goal,
            r.competency_id,
            comp_name,
            FollowUpStatus(r.status),
            r.due_on,
            r.outcome,
            r.created_at,
            tuple(sessions.get(r.id, ())),
        )
        for r, period_key, comp_name in rows
    ]


def _employee_follow_ups(session: Session, employee_id: str, period_key: str | None) -> list[FollowUpView]:
    stmt = (
        select(FollowUp, Assessment.period_key, PositionCompetency.name)
        .join(Assessment, Assessment.id == FollowUp.assessment_id)
        .outerjoin(PositionCompetency, PositionCompetency.id == FollowUp.competency_id)
        .where(FollowUp.employee_id == employee_id)
        .order_by(Assessment.period_key.desc(), FollowUp.created_at, FollowUp.id)
    )
    if period_key is not None:
        stmt = stmt.where(Assessment.period_key == period_key)
    return _views(session, list(session.execute(stmt)))


def list_for_employee(
    ctx: AppContext, employee_id: str, *, period_key: str | None = None
) -> list[FollowUpView]:
    """The employee's follow-ups with their sessions: for the pegawai, the supervisor and the admin."""
    with read_session(ctx) as session:
        require(can_view(ctx.actor, subject_of(session, employee_id)), "melihat tindak lanjut pegawai ini")
        return _employee_follow_ups(session, employee_id, period_key)


def follow_up_plan_for_pdf(ctx: AppContext, *, employee_id: str, period_key: str) -> list[FollowUpPlanItem]:
    """The follow-up plan of one assessment, as the evaluation PDF's appendix prints it."""
    Period.parse(period_key)
    return [
        FollowUpPlanItem(v.kind.label, v.title, v.goal, v.status.label, v.due_on, v.sessions, v.outcome)
        for v in list_for_employee(ctx, employee_id, period_key=period_key)
    ]


def _open_rows(session: Session, unit_id: str | None) -> list[FollowUpRow]:
    boss = aliased(Employee)
    stmt = (
        select(FollowUp, Employee.nip, Employee.name, Unit.name, boss.name, Assessment.period_key)
        .join(Employee, Employee.id == FollowUp.employee_id)
        .join(Unit, Unit.id == Employee.unit_id)
        .outerjoin(boss, boss.id == Employee.supervisor_id)
        .join(Assessment, Assessment.id == FollowUp.assessment_id)
        .where(FollowUp.status.in_([s.value for s in FollowUpStatus if s.is_open]))
        .order_by(FollowUp.due_on.is_(None), FollowUp.due_on, Unit.name, Employee.name, FollowUp.id)
    )
    if unit_id is not None:
        get_or_fail(session, Unit, unit_id, "Unit kerja")
        parents = dict(session.execute(select(Unit.id, Unit.parent_id)).all())
        stmt = stmt.where(Employee.unit_id.in_(units_within(unit_id, parents)))
    rows = list(session.execute(stmt))
    counts: dict[str, tuple[int, int]] = {}
    ids = [r[0].id for r in rows]
    for i in range(0, len(ids), 500):
        stmt_s = select(FollowUpSession.follow_up_id, FollowUpSession.held_on).where(
            FollowUpSession.follow_up_id.in_(ids[i : i + 500])
        )
        for fid, held in session.execute(stmt_s):
            planned, done = counts.get(fid, (0, 0))
            counts[fid] = (planned + 1, done + (held is not None))
    return [
        FollowUpRow(
            f.id,
            f.employee_id,
            nip,
            name,
            unit_name,
            boss_name,
            period_key,
            FollowUpKind(f.kind),
            f.title,
            FollowUpStatus(f.status),
            f.due_on,
            *counts.get(f.id, (0, 0)),
        )
        for f, nip, name, unit_name, boss_name, period_key in rows
    ]


def list_open_for_agency(ctx: AppContext, *, unit_id: str | None = None) -> list[FollowUpRow]:
    """Every open follow-up (rencana, berjalan) of the agency, or of one unit with its sub-units."""
    require(can_view_agency_follow_ups(ctx.actor), "melihat tindak lanjut seluruh instansi")
    with read_session(ctx) as session:
        return _open_rows(session, unit_id)


EXPORT_HEADERS = (
    "NIP",
    "Nama",
    "Unit kerja",
    "Pejabat penilai",
    "Periode",
    "Jenis",
    "Judul",
    "Status",
    "Tenggat",
    "Sesi direncanakan",
    "Sesi terlaksana",
)


def export_follow_ups_xlsx(
    ctx: AppContext,
    path: Path,
    *,
    unit_id: str | None = None,
    progress: ProgressSink = null_progress,
    token: CancelToken | None = None,
) -> int:
    """Write the open follow-ups to an XLSX file; cancelling leaves no file behind. Returns the row count."""
    from openpyxl import Workbook  # noqa: PLC0415 - heavy, and only the export needs it

    token = token or CancelToken()
    rows = list_open_for_agency(ctx, unit_id=unit_id)
    # A normal workbook, not write_only: a write-only sheet abandoned by a cancel leaves a writer
    # behind that fails when collected.
    wb = Workbook()
    sheet = wb.active
    sheet.title = "Tindak lanjut"
    sheet.append(list(EXPORT_HEADERS))
    for n, r in enumerate(rows, start=1):
        if n % 200 == 0:
            token.check()
            progress(n, len(rows), "Menulis baris")
        sheet.append(
            [
                r.nip,
                r.employee_name,
                r.unit_name,
                r.supervisor_name or "",
                Period.parse(r.period_key).label,
                r.kind.label,
                r.title,
                r.status.label,
                r.due_on,
                r.sessions_planned,
                r.sessions_held,
            ]
        )
    token.check()
    progress(len(rows), len(rows), "Menyimpan berkas")
    with atomic_writer(path, 0o600) as fh:
        wb.save(fh)
        token.check()
    return len(rows)


def suggested_trainings(
    ctx: AppContext, *, employee_id: str, period_key: str, gaps: Mapping[str, float] | None = None
) -> list[TrainingSuggestion]:
    """The competencies of the employee's position, as training suggestions.

    ``gaps`` maps a position_competency id to its gap from the 360° round (required level minus
    observed); when given, competencies with a positive gap come first, largest gap first, marked
    ``is_gap``. This is the one place where ``services.competency.competency_gaps`` plugs in:
    ``{g.competency_id: g.gap for g in competency_gaps(ctx, employee_id=…, period_key=…)}``.
    """
    Period.parse(period_key)
    with read_session(ctx) as session:
        require(can_view(ctx.actor, subject_of(session, employee_id)), "melihat kompetensi pegawai ini")
        emp = get_or_fail(session, Employee, employee_id, "Pegawai")
        if emp.position_id is None:
            return []
        comps = list(
            session.scalars(
                select(PositionCompetency)
                .where(PositionCompetency.position_id == emp.position_id)
                .order_by(PositionCompetency.kind, PositionCompetency.name)
            )
        )
    gaps = gaps or {}
    out = [
        TrainingSuggestion(c.id, c.kind, c.name, c.required_level, gaps.get(c.id), gaps.get(c.id, 0.0) > 0)
        for c in comps
    ]
    out.sort(key=lambda s: (not s.is_gap, -(s.gap or 0.0)))
    return out
