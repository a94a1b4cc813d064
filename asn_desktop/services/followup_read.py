"""Reading follow-ups: one employee's (with sessions), the plan for the evaluation PDF, HR's agency
list and its XLSX export, and training suggestions from the position's competencies.

The writers are in ``services.followup``, which re-exports everything here, so callers import
from one place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from asn_desktop.domain.followup import FollowUpKind, FollowUpStatus, next_statuses
from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import can_view, can_view_agency_follow_ups, require
from asn_desktop.domain.public_feedback import units_within
from asn_desktop.progress import CancelToken, ProgressSink, null_progress
from asn_desktop.services.competency_results import competency_gaps
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.unit_of_work import read_session
from asn_desktop.store.models import (
    Assessment,
    Employee,
    FollowUp,
    FollowUpSession,
    PositionCompetency,
    Unit,
)
from asn_desktop.tabular import Sheet, write_xlsx

__all__ = [
    "EXPORT_HEADERS",
    "FollowUpPlanItem",
    "FollowUpRow",
    "FollowUpView",
    "SessionView",
    "TrainingSuggestion",
    "export_follow_ups_xlsx",
    "follow_up_plan_for_pdf",
    "list_for_employee",
    "list_open_for_agency",
    "suggested_trainings",
]


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
    """Write the open follow-ups to an XLSX file; cancelling leaves no file behind. Returns the row count.

    Written by ``tabular.write_xlsx``: a title or a name typed as ``=…`` stays text, never a formula.
    """
    token = token or CancelToken()
    rows = list_open_for_agency(ctx, unit_id=unit_id)
    values: list[list[str | int | date | None]] = []
    for n, r in enumerate(rows, start=1):
        if n % 200 == 0:
            token.check()
            progress(n, len(rows), "Menulis baris")
        values.append(
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
    progress(len(rows), len(rows), "Menyimpan berkas")
    token.check()
    write_xlsx(path, [Sheet("Tindak lanjut", EXPORT_HEADERS, values, widths=(20, 28, 24, 24))])
    return len(rows)


def suggested_trainings(
    ctx: AppContext, *, employee_id: str, period_key: str, gaps: Mapping[str, float] | None = None
) -> list[TrainingSuggestion]:
    """The competencies of the employee's position, as training suggestions.

    ``gaps`` maps a position_competency id to its gap from the 360° round (required level minus
    observed); when given, competencies with a positive gap come first, largest gap first, marked
    ``is_gap``. Without ``gaps``, they are those the period's 360° round found
    (``services.competency.competency_gaps``; none when there is no round the actor may read).
    """
    Period.parse(period_key)
    if gaps is None:
        found = competency_gaps(ctx, employee_id=employee_id, period_key=period_key)
        gaps = {g.competency_id: g.gap for g in found if g.gap is not None}
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
