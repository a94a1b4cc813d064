"""Who may see whom: employee lists filtered in SQL and scoped by the actor's role."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection, select

from asn_desktop.domain.permissions import Role
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import acting_subordinates
from asn_desktop.store.models import Employee
from asn_desktop.store.queries import EmployeeFilter, EmployeeRow, count_employees, list_employees

__all__ = ["EmployeeFilter", "EmployeeRow", "count_visible_employees", "visible_employees"]


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
