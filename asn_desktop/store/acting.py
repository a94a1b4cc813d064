"""Who supervises an employee today, with Plt./Plh. (``domain.acting``), read from the database.

Shared by the services (every permission check's subject) and by the local write-rule check of
``sync.changelog``, so that what a laptop allows itself is what its services allowed. The merge
answers the same question from the change log as of each change's clock (``sync.authz``).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from asn_desktop.store.models import ActingAssignment, Employee, Position

__all__ = ["acting_in", "effective_supervisor", "supervising_position"]


def acting_in(db: Session | Connection, position_id: str, day: date) -> str | None:
    """The employee acting in ``position_id`` on ``day``, if anyone."""
    return db.execute(
        select(ActingAssignment.employee_id).where(
            ActingAssignment.position_id == position_id,
            ActingAssignment.start_on <= day,
            ActingAssignment.end_on >= day,
        )
    ).scalar()


def supervising_position(session: Session, emp: Employee) -> str | None:
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
    with session.no_autoflush:
        if session.execute(select(ActingAssignment.id).limit(1)).first() is None:
            return emp.supervisor_id  # no Plt./Plh. anywhere: nothing more to read
        position = supervising_position(session, emp)
        acting = acting_in(session, position, day or date.today()) if position else None
    return acting if acting and acting != emp.id else emp.supervisor_id
