"""Loading records inside a unit of work, with the clear error a missing one deserves."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.permissions import Actor, Role, Subject, can_view_unit_within, require
from asn_desktop.errors import NotFound
from asn_desktop.store.models import Base, Employee, Unit

T = TypeVar("T", bound=Base)


def get_or_fail(session: Session, model: type[T], row_id: str, what: str) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(f"{what} tidak ditemukan.")
    return row


def subject_of(session: Session, employee_id: str) -> Subject:
    emp = get_or_fail(session, Employee, employee_id, "Pegawai")
    return Subject(employee_id=emp.id, supervisor_id=emp.supervisor_id)


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
