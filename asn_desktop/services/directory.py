"""Who may see whom: employee lists filtered in SQL and scoped by the actor's role."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Connection, and_, or_, select

from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import Role
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import acting_subordinates
from asn_desktop.store.models import Assessment, Employee, Skp
from asn_desktop.store.queries import (
    EmployeeFilter,
    EmployeeRow,
    count_employees,
    is_current_assessment,
    is_latest_version,
    list_employees,
)

__all__ = [
    "EmployeeFilter",
    "EmployeeRow",
    "TeamMember",
    "count_visible_employees",
    "team_status",
    "visible_employees",
]


@dataclass(frozen=True)
class TeamMember:
    """A direct subordinate with where their year and period stand (the penilai's list)."""

    id: str
    name: str
    nip: str
    skp_status: str | None  # draft, submitted, approved; None: no SKP this year
    assessment_status: str | None  # draft, final, signed; None: not assessed in the period
    predikat: str | None
    # A pegawai who moved on after a mutasi: the last day of the SKP the actor still evaluates.
    until: date | None = None


def _scoped(ctx: AppContext, conn: Connection, flt: EmployeeFilter) -> EmployeeFilter:
    actor = ctx.actor
    if actor.role is Role.ADMIN:
        return flt
    if actor.role is Role.PENILAI and actor.employee_id:
        # A penilai's list is their direct subordinates (the people they rate), and, while acting
        # as Plt./Plh., the people of the position they act in.
        acting = acting_subordinates(conn, actor.employee_id, ctx.workspace.now().date())
        if not acting:
            return replace(flt, supervisor_id=actor.employee_id)
        own = conn.execute(select(Employee.id).where(Employee.supervisor_id == actor.employee_id)).scalars()
        return replace(flt, only_ids=tuple(sorted(acting | set(own))))
    return replace(flt, only_ids=(actor.employee_id,) if actor.employee_id else ())


def visible_employees(
    ctx: AppContext, flt: EmployeeFilter | None = None, *, limit: int = 200, offset: int = 0
) -> list[EmployeeRow]:
    # A Core connection, not an ORM session: these are plain column reads, and a list is called
    # on every keystroke of the filter box.
    with ctx.workspace.reader.connect() as conn:
        return list_employees(conn, _scoped(ctx, conn, flt or EmployeeFilter()), limit=limit, offset=offset)


def count_visible_employees(
    ctx: AppContext, flt: EmployeeFilter | None = None, *, cap: int | None = None
) -> int:
    """The number of matching employees, or ``cap`` when there are at least that many."""
    with ctx.workspace.reader.connect() as conn:
        return count_employees(conn, _scoped(ctx, conn, flt or EmployeeFilter()), cap=cap)


def team_status(ctx: AppContext, *, year: int, period_key: str) -> list[TeamMember]:
    """The actor's direct subordinates (active; for a Plt./Plh., the position's people too), with
    the year's SKP and the period's assessment.

    One statement for the whole list: a penilai sees at a glance whose SKP waits for review and
    whom is still to be rated, without opening each person.
    """
    supervisor = ctx.actor.employee_id
    if supervisor is None or ctx.actor.role not in (Role.PENILAI, Role.ADMIN):
        return []
    period = Period.parse(period_key)
    stmt = (
        select(Employee.id, Employee.name, Employee.nip, Skp.status, Assessment.status, Assessment.predikat)
        .outerjoin(  # after a mutasi, the SKP in force at the year's end and the period's result
            Skp,
            and_(
                Skp.employee_id == Employee.id,
                Skp.year == year,
                Skp.status != "superseded",
                Skp.end_on.is_(None),
            ),
        )
        .outerjoin(
            Assessment,
            and_(
                Assessment.employee_id == Employee.id,
                Assessment.period_key == period.key,
                is_current_assessment(),
            ),
        )
        .order_by(Employee.name)
    )
    with ctx.workspace.reader.connect() as conn:
        acting = acting_subordinates(conn, supervisor, ctx.workspace.now().date()) or set()
        mine = or_(Employee.supervisor_id == supervisor, Employee.id.in_(sorted(acting)))
        team = [TeamMember(*row) for row in conn.execute(stmt.where(mine, Employee.active.is_(True)))]
        seen = {m.id for m in team}
        moved = [m for m in _moved_on(conn, supervisor, year, period.key) if m.id not in seen]
    return sorted([*team, *moved], key=lambda m: m.name)


def _moved_on(conn: Connection, penilai: str, year: int, period_key: str) -> list[TeamMember]:
    """People whose SKP of the year a mutasi closed while ``penilai`` rated them: he still
    evaluates those months (``domain.mutasi.penilai_of_skp``), with that SKP's own result."""
    stmt = (
        select(
            Employee.id,
            Employee.name,
            Employee.nip,
            Skp.status,
            Assessment.status,
            Assessment.predikat,
            Skp.end_on,
        )
        .join(
            Skp,
            and_(
                Skp.employee_id == Employee.id,
                Skp.year == year,
                Skp.status != "superseded",
                Skp.end_on.is_not(None),
                Skp.penilai_id == penilai,
            ),
        )
        .outerjoin(
            Assessment,
            and_(
                Assessment.employee_id == Employee.id,
                Assessment.period_key == period_key,
                Assessment.skp_id == Skp.id,
                is_latest_version(),
            ),
        )
        .where(Employee.active.is_(True))
    )
    return [TeamMember(*row) for row in conn.execute(stmt)]
