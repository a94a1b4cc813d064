"""Loading records inside a unit of work, with the clear error a missing one deserves, and the
subject every permission check judges — with its supervisor *as of today*, which is the Plt./Plh.
while one acts in the supervisor's position (``services.acting``)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TypeVar

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from asn_desktop.domain.permissions import Actor, Role, Subject, can_view_unit_within, require
from asn_desktop.domain.skp_state import SkpStatus
from asn_desktop.errors import NotFound
from asn_desktop.store.acting import effective_supervisor
from asn_desktop.store.models import ActingAssignment, Base, Employee, Position, Skp, Unit

T = TypeVar("T", bound=Base)


def get_or_fail(session: Session, model: type[T], row_id: str, what: str) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(f"{what} tidak ditemukan.")
    return row


# How far back a closed SKP keeps its penilai able to see the pegawai: the year's evaluation is
# made early the next year.
FORMER_PENILAI_YEARS = 1


def former_penilai(
    session: Session | Connection, employee_id: str, year: int | None = None
) -> frozenset[str]:
    """Penilai of the pegawai's SKPs that a mutasi closed, this year or the year before."""
    since = (year or date.today().year) - FORMER_PENILAI_YEARS
    rows = session.execute(
        select(Skp.penilai_id).where(
            Skp.employee_id == employee_id,
            Skp.end_on.is_not(None),
            Skp.year >= since,
            Skp.status != SkpStatus.SUPERSEDED,
            Skp.penilai_id.is_not(None),
        )
    ).scalars()
    return frozenset(r for r in rows if r)


def subject_of(session: Session, employee_id: str) -> Subject:
    emp = get_or_fail(session, Employee, employee_id, "Pegawai")
    supervisor = effective_supervisor(session, emp)
    return Subject(
        employee_id=emp.id,
        supervisor_id=supervisor,
        former_penilai=former_penilai(session, emp.id) - {supervisor or ""},
    )


def acting_subordinates(
    db: Session | Connection, employee_id: str, day: date | None = None
) -> set[str] | None:
    """The people ``employee_id`` supervises as Plt./Plh. today, or None when he acts nowhere."""
    day = day or date.today()
    positions = list(
        db.execute(
            select(ActingAssignment.position_id).where(
                ActingAssignment.employee_id == employee_id,
                ActingAssignment.start_on <= day,
                ActingAssignment.end_on >= day,
            )
        ).scalars()
    )
    if not positions:
        return None
    holders = set(db.execute(select(Employee.id).where(Employee.position_id.in_(positions))).scalars())
    units = set(
        db.execute(
            select(Position.unit_id).where(Position.id.in_(positions), Position.leads_unit.is_(True))
        ).scalars()
    )
    staff = db.execute(
        select(Employee.id, Employee.supervisor_id, Employee.unit_id, Employee.position_id).where(
            Employee.active
        )
    ).all()
    return {
        e_id
        for e_id, sup, unit, pos in staff
        if e_id != employee_id
        and (sup in holders or (sup is None and unit in units and pos not in positions))
    }


def unit_subtree(units: Iterable[Unit], root_id: str) -> set[str]:
    """A unit and every unit below it (a batch "for a unit" includes its sub-units)."""
    children: dict[str | None, list[str]] = {}
    for u in units:
        children.setdefault(u.parent_id, []).append(u.id)
    chosen, todo = {root_id}, [root_id]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in chosen:
                chosen.add(child)
                todo.append(child)
    return chosen


def _actor_unit(session: Session, actor: Actor) -> str | None:
    emp = session.get(Employee, actor.employee_id) if actor.employee_id else None
    return emp.unit_id if emp else None


def require_unit_scope(session: Session, actor: Actor, unit_id: str) -> None:
    """Refuse a penilai a unit outside their own unit and the units below it (admin: any)."""
    parents = {u: p for u, p in session.execute(select(Unit.id, Unit.parent_id))}
    allowed = can_view_unit_within(actor, _actor_unit(session, actor), unit_id, parents)
    require(allowed, "melihat unit di luar wewenang Anda")


def visible_unit_ids(session: Session, actor: Actor) -> set[str] | None:
    """The units a penilai may look at (their own and below); None for the admin (all)."""
    if actor.role is Role.ADMIN:
        return None
    parents = {u: p for u, p in session.execute(select(Unit.id, Unit.parent_id))}
    mine = _actor_unit(session, actor)
    return {u for u in parents if can_view_unit_within(actor, mine, u, parents)}
