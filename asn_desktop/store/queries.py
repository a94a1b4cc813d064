"""Read queries for lists and reports, returning frozen rows (never live ORM objects).

They select only the columns a list shows and filter and page in SQL, so a list of 50,000
employees costs one indexed query per page, not a load of the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from asn_desktop.store.models import Assessment, Employee, Position, Skp, Unit


@dataclass(frozen=True)
class EmployeeRow:
    id: str
    nip: str
    name: str
    employee_type: str
    unit_id: str
    unit_name: str
    position_name: str | None
    supervisor_id: str | None
    supervisor_name: str | None


@dataclass(frozen=True)
class EmployeeFilter:
    text: str = ""
    unit_id: str | None = None
    supervisor_id: str | None = None
    only_ids: tuple[str, ...] | None = None


def _employee_select(flt: EmployeeFilter) -> Select[*tuple[Any, ...]]:
    sup = aliased(Employee)
    stmt = (
        select(
            Employee.id,
            Employee.nip,
            Employee.name,
            Employee.employee_type,
            Employee.unit_id,
            Unit.name,
            Position.name,
            Employee.supervisor_id,
            sup.name,
        )
        .join(Unit, Unit.id == Employee.unit_id)
        .outerjoin(Position, Position.id == Employee.position_id)
        .outerjoin(sup, sup.id == Employee.supervisor_id)
        .where(Employee.active.is_(True))
    )
    if flt.unit_id:
        stmt = stmt.where(Employee.unit_id == flt.unit_id)
    if flt.supervisor_id:
        stmt = stmt.where(Employee.supervisor_id == flt.supervisor_id)
    if flt.only_ids is not None:
        stmt = stmt.where(Employee.id.in_(flt.only_ids))
    text = flt.text.strip()
    if text:
        digits = text.replace(" ", "")
        conditions: list[ColumnElement[bool]] = [Employee.name.ilike(f"%{text}%")]
        if digits.isdigit():
            conditions.append(Employee.nip.startswith(digits))
        stmt = stmt.where(or_(*conditions))
    return stmt


def list_employees(
    session: Session, flt: EmployeeFilter, *, limit: int = 200, offset: int = 0
) -> list[EmployeeRow]:
    stmt = _employee_select(flt).order_by(Employee.name, Employee.id).limit(limit).offset(offset)
    return [EmployeeRow(*row) for row in session.execute(stmt)]


def count_employees(session: Session, flt: EmployeeFilter) -> int:
    stmt = select(func.count()).select_from(_employee_select(flt).subquery())
    return int(session.execute(stmt).scalar_one())


@dataclass(frozen=True)
class SkpStatusRow:
    employee_id: str
    name: str
    nip: str
    skp_status: str | None
    predikat: str | None


def unit_status(session: Session, unit_id: str, year: int, period_key: str) -> list[SkpStatusRow]:
    """Each active employee of the unit with the current SKP status and the period's predikat."""
    stmt = (
        select(Employee.id, Employee.name, Employee.nip, Skp.status, Assessment.predikat)
        .outerjoin(Skp, and_(Skp.employee_id == Employee.id, Skp.year == year, Skp.status != "superseded"))
        .outerjoin(
            Assessment, and_(Assessment.employee_id == Employee.id, Assessment.period_key == period_key)
        )
        .where(Employee.unit_id == unit_id, Employee.active.is_(True))
        .order_by(Employee.name)
    )
    return [SkpStatusRow(*row) for row in session.execute(stmt)]


def predikat_counts(session: Session, unit_ids: Sequence[str], period_key: str) -> dict[str, int]:
    """How many employees of the units got each predikat in the period (final or signed only)."""
    stmt = (
        select(Assessment.predikat, func.count())
        .join(Employee, Employee.id == Assessment.employee_id)
        .where(
            Employee.unit_id.in_(unit_ids),
            Assessment.period_key == period_key,
            Assessment.predikat.is_not(None),
            Assessment.status.in_(("final", "signed")),
        )
        .group_by(Assessment.predikat)
    )
    return {str(p): int(n) for p, n in session.execute(stmt)}
