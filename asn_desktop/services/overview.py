"""Read models for screens: who am I, my team, progress per indicator, feedback, units.

Each function opens one short read session, checks that the actor may see what is asked, and
returns frozen rows — the UI never holds ORM objects or sessions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.domain.period import Period, PeriodKind
from asn_desktop.domain.permissions import Role, can_manage_master_data, can_view, can_view_unit, require
from asn_desktop.domain.target import achievement_percent, realisation_total
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import (
    acting_subordinates,
    get_or_fail,
    require_unit_scope,
    subject_of,
    visible_unit_ids,
)
from asn_desktop.services.unit_of_work import read_session
from asn_desktop.store.models import (
    Agency,
    Employee,
    Evidence,
    Feedback,
    Indicator,
    Position,
    Realisation,
    Rhk,
    Skp,
    Unit,
    User,
)
from asn_desktop.store.queries import SkpStatusRow, unit_status


@dataclass(frozen=True)
class Profile:
    """The logged-in person: shown in the title bar and used to pick the screens offered."""

    user_id: str
    username: str
    role: Role
    employee_id: str | None
    name: str
    nip: str | None
    unit_name: str | None
    position_name: str | None
    agency_name: str
    has_subordinates: bool


def profile(ctx: AppContext) -> Profile:
    with read_session(ctx) as session:
        agency = get_or_fail(session, Agency, ctx.workspace.agency_id, "Instansi")
        emp = session.get(Employee, ctx.actor.employee_id) if ctx.actor.employee_id else None
        unit = session.get(Unit, emp.unit_id) if emp else None
        pos = session.get(Position, emp.position_id) if emp and emp.position_id else None
        subs = bool(emp) and (
            session.scalars(
                select(Employee.id).where(Employee.supervisor_id == ctx.actor.employee_id).limit(1)
            ).first()
            is not None
            or (emp is not None and bool(acting_subordinates(session, emp.id, ctx.workspace.now().date())))
        )
        return Profile(
            ctx.actor.user_id,
            ctx.username,
            ctx.actor.role,
            ctx.actor.employee_id,
            emp.name if emp else ctx.username,
            emp.nip if emp else None,
            unit.name if unit else None,
            pos.name if pos else None,
            agency.name,
            subs,
        )


@dataclass(frozen=True)
class EmployeeCard:
    id: str
    nip: str
    name: str
    employee_type: str
    pangkat: str | None
    golongan: str | None
    position_name: str | None
    unit_name: str
    supervisor_id: str | None
    supervisor_name: str | None


def employee_card(ctx: AppContext, employee_id: str) -> EmployeeCard:
    with read_session(ctx) as session:
        require(can_view(ctx.actor, subject_of(session, employee_id)), "melihat data pegawai ini")
        emp = get_or_fail(session, Employee, employee_id, "Pegawai")
        unit = get_or_fail(session, Unit, emp.unit_id, "Unit kerja")
        pos = session.get(Position, emp.position_id) if emp.position_id else None
        sup = session.get(Employee, emp.supervisor_id) if emp.supervisor_id else None
        return EmployeeCard(
            emp.id,
            emp.nip,
            emp.name,
            emp.employee_type,
            emp.pangkat,
            emp.golongan,
            pos.name if pos else None,
            unit.name,
            emp.supervisor_id,
            sup.name if sup else None,
        )


@dataclass(frozen=True)
class IndicatorProgress:
    """One indicator in one period: target, realisation so far, and its evidence count."""

    indicator_id: str
    rhk_id: str
    rhk_kind: str
    rhk_text: str
    aspect: str
    text: str
    target_value: float | None
    target_unit: str | None
    target_text: str | None
    realisation_id: str | None
    value: float | None
    value_text: str | None
    total_value: Decimal  # exact decimal sum, so 0,1 + 0,2 prints 0,3
    evidence_count: int

    @property
    def ratio(self) -> float | None:
        """Share of the yearly target realised so far (0–1+), when the target is a number."""
        percent = achievement_percent(self.total_value, self.target_value)
        return None if percent is None else float(percent) / 100


def progress(ctx: AppContext, *, skp_id: str, period_key: str) -> list[IndicatorProgress]:
    """Each indicator of the SKP with the period's realisation and the year's running total."""
    period = Period.parse(period_key)
    with read_session(ctx) as session:
        skp = get_or_fail(session, Skp, skp_id, "SKP")
        require(can_view(ctx.actor, subject_of(session, skp.employee_id)), "melihat SKP ini")
        rows = session.execute(
            select(Indicator, Rhk)
            .join(Rhk, Rhk.id == Indicator.rhk_id)
            .where(Rhk.skp_id == skp_id)
            .order_by(Rhk.kind.desc(), Rhk.position, Indicator.position)
        ).all()
        ind_ids = [ind.id for ind, _ in rows]
        reals = session.scalars(select(Realisation).where(Realisation.indicator_id.in_(ind_ids))).all()
        current: dict[str, Realisation] = {}
        annual: dict[str, float | None] = {}
        inner: dict[str, list[float]] = defaultdict(list)
        for r in reals:
            p = Period.parse(r.period_key)
            if p.kind is PeriodKind.ANNUAL:
                annual[r.indicator_id] = r.value
            elif p.start <= period.end and r.value is not None:
                inner[r.indicator_id].append(r.value)
            if r.period_key == period.key:
                current[r.indicator_id] = r
        counts = dict(
            session.execute(
                select(Evidence.realisation_id, func.count())
                .where(Evidence.realisation_id.in_([r.id for r in current.values()]))
                .group_by(Evidence.realisation_id)
            ).all()
        )
        out = []
        for ind, rhk in rows:
            cur = current.get(ind.id)
            out.append(
                IndicatorProgress(
                    ind.id,
                    rhk.id,
                    rhk.kind,
                    rhk.text,
                    ind.aspect,
                    ind.text,
                    ind.target_value,
                    ind.target_unit,
                    ind.target_text,
                    cur.id if cur else None,
                    cur.value if cur else None,
                    cur.text if cur else None,
                    _running_total(annual.get(ind.id), inner[ind.id], period),
                    int(counts.get(cur.id, 0)) if cur else 0,
                )
            )
        return out


def _running_total(annual: float | None, inner: list[float], period: Period) -> Decimal:
    """The year's figure so far: the annual figure once recorded, else the periods' sum up to ``period``
    (the same rule the annual form prints, ``target.realisation_total``)."""
    own = annual if period.kind is PeriodKind.ANNUAL else None
    return realisation_total(own, inner) or Decimal(0)


@dataclass(frozen=True)
class FeedbackRow:
    id: str
    source: str
    author: str | None
    rhk_id: str | None
    core_value: str | None
    text: str
    score: int | None
    created_at: datetime


def feedback_for(ctx: AppContext, *, employee_id: str, period_key: str | None = None) -> list[FeedbackRow]:
    """Feedback received, newest first; peers are shown without names (they speak freely)."""
    with read_session(ctx) as session:
        require(can_view(ctx.actor, subject_of(session, employee_id)), "melihat umpan balik pegawai ini")
        stmt = (
            select(Feedback, User.username)
            .outerjoin(User, User.id == Feedback.author_user_id)
            .where(Feedback.employee_id == employee_id)
            .order_by(Feedback.created_at.desc())
        )
        if period_key:
            stmt = stmt.where(Feedback.period_key == Period.parse(period_key).key)
        return [
            FeedbackRow(
                fb.id,
                fb.source,
                None if fb.source == "rekan" else username,
                fb.rhk_id,
                fb.core_value,
                fb.text,
                fb.score,
                fb.created_at,
            )
            for fb, username in session.execute(stmt).all()
        ]


@dataclass(frozen=True)
class UnitRow:
    id: str
    name: str
    parent_id: str | None
    employees: int


def list_units(ctx: AppContext) -> list[UnitRow]:
    require(can_view_unit(ctx.actor) or can_manage_master_data(ctx.actor), "melihat daftar unit")
    # One Core connection and two column reads, not an ORM session of Unit objects: the unit
    # pickers call this on the GUI thread (ui.tasks), on an agency of hundreds of units.
    with ctx.workspace.reader.connect() as conn:
        counts = dict(conn.execute(select(Employee.unit_id, func.count()).group_by(Employee.unit_id)).all())
        rows = conn.execute(select(Unit.id, Unit.name, Unit.parent_id).order_by(Unit.name)).all()
    visible = None
    if not can_manage_master_data(ctx.actor):  # a penilai: their own unit and the units below it
        with read_session(ctx) as session:
            visible = visible_unit_ids(session, ctx.actor)
    return [
        UnitRow(uid, name, parent, int(counts.get(uid, 0)))
        for uid, name, parent in rows
        if visible is None or uid in visible
    ]


def unit_employees(
    ctx: AppContext, *, unit_id: str, year: int, period_key: str | None = None
) -> list[SkpStatusRow]:
    """The unit's employees with their SKP status and the period's predikat (the year's by default)."""
    require(can_view_unit(ctx.actor), "melihat status pegawai unit")
    with read_session(ctx) as session:
        get_or_fail(session, Unit, unit_id, "Unit kerja")
        require_unit_scope(session, ctx.actor, unit_id)
        return unit_status(session, unit_id, year, period_key or Period.annual(year).key)


def _positions(session: Session, unit_id: str) -> list[tuple[str, str]]:
    return [(p.id, p.name) for p in session.scalars(select(Position).where(Position.unit_id == unit_id))]


def list_positions(ctx: AppContext, *, unit_id: str) -> list[tuple[str, str]]:
    require(can_manage_master_data(ctx.actor), "melihat daftar jabatan")
    with read_session(ctx) as session:
        return _positions(session, unit_id)


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    role: str
    employee_name: str | None
    active: bool


def list_users(ctx: AppContext) -> list[UserRow]:
    require(can_manage_master_data(ctx.actor), "melihat daftar pengguna")
    with read_session(ctx) as session:
        rows = session.execute(
            select(User, Employee.name)
            .outerjoin(Employee, Employee.id == User.employee_id)
            .order_by(User.username)
            .limit(5000)
        ).all()
        return [UserRow(u.id, u.username, u.role, name, u.active) for u, name in rows]
