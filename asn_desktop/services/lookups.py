"""Loading records inside a unit of work, with the clear error a missing one deserves, and the
subject every permission check judges — with its supervisor *as of today*, which is the Plt./Plh.
while one acts in the supervisor's position (``services.acting``)."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from asn_desktop.domain.permissions import Subject
from asn_desktop.errors import NotFound
from asn_desktop.store.models import ActingAssignment, Base, Employee, Position

T = TypeVar("T", bound=Base)


def get_or_fail(session: Session, model: type[T], row_id: str, what: str) -> T:
    row = session.get(model, row_id)
    if row is None:
        raise NotFound(f"{what} tidak ditemukan.")
    return row


def _acting_in(db: Session | Connection, position_id: str, day: date) -> str | None:
    return db.execute(
        select(ActingAssignment.employee_id).where(
            ActingAssignment.position_id == position_id,
            ActingAssignment.start_on <= day,
            ActingAssignment.end_on >= day,
        )
    ).scalar()


def _supervising_position(session: Session, emp: Employee) -> str | None:
    """The position that supervises ``emp``: his supervisor's, or — with none (a vacancy) — the
    leading position of his unit, unless he holds it."""
    if emp.supervisor_id:
        sup = session.get(Employee, emp.supervisor_id)
        return sup.position_id if sup else None
    lead = session.scalars(
        select(Position.id).where(Position.unit_id == emp.unit_id, Position.leads_unit.is_(True))
    ).first()
    return lead if lead and lead != emp.position_id else None


def effective_supervisor(session: Session, emp: Employee, day: date | None = None) -> str | None:
    """The pejabat penilai of ``emp`` on ``day`` (today): the acting official of the supervising
    position while one acts, otherwise the supervisor on record."""
    if session.execute(select(ActingAssignment.id).limit(1)).first() is None:
        return emp.supervisor_id  # no Plt./Plh. anywhere: nothing more to read
    position = _supervising_position(session, emp)
    acting = _acting_in(session, position, day or date.today()) if position else None
    return acting if acting and acting != emp.id else emp.supervisor_id


def subject_of(session: Session, employee_id: str) -> Subject:
    emp = get_or_fail(session, Employee, employee_id, "Pegawai")
    return Subject(employee_id=emp.id, supervisor_id=effective_supervisor(session, emp))


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
