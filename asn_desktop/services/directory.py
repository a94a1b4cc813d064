"""Who may see whom: employee lists filtered in SQL and scoped by the actor's role."""

from __future__ import annotations

from dataclasses import replace

from asn_desktop.domain.permissions import Role
from asn_desktop.services.context import AppContext
from asn_desktop.services.unit_of_work import read_session
from asn_desktop.store.queries import EmployeeFilter, EmployeeRow, count_employees, list_employees

__all__ = ["EmployeeFilter", "EmployeeRow", "count_visible_employees", "visible_employees"]


def _scoped(ctx: AppContext, flt: EmployeeFilter) -> EmployeeFilter:
    actor = ctx.actor
    if actor.role is Role.ADMIN:
        return flt
    if actor.role is Role.PENILAI and actor.employee_id:
        # A penilai's list is their direct subordinates (the people they rate).
        return replace(flt, supervisor_id=actor.employee_id)
    return replace(flt, only_ids=(actor.employee_id,) if actor.employee_id else ())


def visible_employees(
    ctx: AppContext, flt: EmployeeFilter | None = None, *, limit: int = 200, offset: int = 0
) -> list[EmployeeRow]:
    with read_session(ctx) as session:
        return list_employees(session, _scoped(ctx, flt or EmployeeFilter()), limit=limit, offset=offset)


def count_visible_employees(ctx: AppContext, flt: EmployeeFilter | None = None) -> int:
    with read_session(ctx) as session:
        return count_employees(session, _scoped(ctx, flt or EmployeeFilter()))
