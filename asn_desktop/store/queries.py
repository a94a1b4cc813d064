"""Read queries for lists and reports, returning frozen rows (never live ORM objects).

They select only the columns a list shows and filter and page in SQL, so a list of 50,000
employees costs one indexed query per page, not a load of the table.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Integer, Select, String, and_, bindparam, case, func, select
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


# Statements are built once per *shape* of filter, with bound parameters, and reused: building
# a select with three joins costs more in Python than SQLite needs to answer it, and the filter
# box asks on every keystroke (benchmarks/bench_services.py).
_SUPERVISOR = aliased(Employee, name="supervisor")


@dataclass(frozen=True)
class _Shape:
    unit: bool
    supervisor: bool
    only_ids: bool
    text: str  # "", "nip" or "name"


def _shape_and_params(flt: EmployeeFilter) -> tuple[_Shape, dict[str, Any]]:
    params: dict[str, Any] = {
        "unit_id": flt.unit_id,
        "supervisor_id": flt.supervisor_id,
        "only_ids": list(flt.only_ids or ()),
    }
    text, kind = flt.text.strip(), ""
    if text:
        digits = text.replace(" ", "")
        if digits.isdigit():
            # Names hold no digits: a typed number is a NIP prefix, answered by the NIP index
            # as a range (SQLite's LIKE is case-insensitive and so cannot use that index).
            kind = "nip"
            params.update(nip_low=digits, nip_high=digits[:-1] + chr(ord(digits[-1]) + 1))
        else:
            kind = "name"
            params["name_like"] = f"%{text.lower()}%"
    shape = _Shape(bool(flt.unit_id), bool(flt.supervisor_id), flt.only_ids is not None, kind)
    return shape, params


def _where(shape: _Shape) -> list[ColumnElement[bool]]:
    """The filter on the employee table alone (the joins only add display columns)."""
    clauses: list[ColumnElement[bool]] = [Employee.active.is_(True)]
    if shape.unit:
        clauses.append(Employee.unit_id == bindparam("unit_id"))
    if shape.supervisor:
        clauses.append(Employee.supervisor_id == bindparam("supervisor_id"))
    if shape.only_ids:
        clauses.append(Employee.id.in_(bindparam("only_ids", expanding=True)))
    if shape.text == "nip":
        clauses += [Employee.nip >= bindparam("nip_low"), Employee.nip < bindparam("nip_high")]
    elif shape.text == "name":
        clauses.append(func.lower(Employee.name).like(bindparam("name_like")))
    return clauses


@functools.cache
def _list_statement(shape: _Shape) -> Select[*tuple[Any, ...]]:
    sup = _SUPERVISOR
    # Typing a NIP lists in NIP order: the NIP index then answers both the filter and the order.
    order = (Employee.nip,) if shape.text == "nip" else (Employee.name, Employee.id)
    return (
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
        .where(*_where(shape))
        .order_by(*order)
        .limit(bindparam("limit"))
        .offset(bindparam("offset"))
    )


@functools.cache
def _count_statement(shape: _Shape) -> Select[int]:
    inner = select(Employee.id).where(*_where(shape)).limit(bindparam("cap"))
    return select(func.count()).select_from(inner.subquery())


def list_employees(
    session: Session | Connection, flt: EmployeeFilter, *, limit: int = 200, offset: int = 0
) -> list[EmployeeRow]:
    shape, params = _shape_and_params(flt)
    rows = session.execute(_list_statement(shape), {**params, "limit": limit, "offset": offset})
    return [EmployeeRow(*row) for row in rows]


def count_employees(session: Session | Connection, flt: EmployeeFilter, *, cap: int | None = None) -> int:
    """How many employees match; with ``cap``, counting stops there (a list only needs "1.000+")."""
    shape, params = _shape_and_params(flt)
    return int(
        session.execute(_count_statement(shape), {**params, "cap": -1 if cap is None else cap}).scalar_one()
    )


def is_latest_version(row: type[Assessment] | Any = Assessment) -> ColumnElement[bool]:
    """True for the version of an assessment that no later version replaces (keberatan, 0007).

    A decided keberatan that changes the result adds a version and keeps the old row untouched.
    """
    later = aliased(Assessment)
    return ~select(later.id).where(later.previous_id == row.id).exists()


def _period_end(key: Any) -> ColumnElement[Any]:
    """The last day of the period a ``period_key`` names, in SQL ('2026', '2026-Q2', '2026-M05')."""
    year = func.substr(key, 1, 4)
    month_after = case(
        (func.length(key) == 4, 12),
        (func.substr(key, 6, 1) == "Q", func.cast(func.substr(key, 7, 1), Integer) * 3),
        else_=func.cast(func.substr(key, 7, 2), Integer),
    )
    return func.date(year + "-01-01", "+" + func.cast(month_after, String) + " months", "-1 day")


def is_current_assessment(row: type[Assessment] | Any = Assessment) -> ColumnElement[bool]:
    """True for *the* assessment of a pegawai's period: the version in force (``is_latest_version``)
    of the evaluation of the SKP in force at the period's end.

    After a mutasi a period may hold one assessment per SKP (each evaluates its own months,
    ``services.assessment``). The rule applied: the predikat that counts for the period — the
    distribution check and its curve, the penetapan, the SIASN export, the history (*Kinerja
    Saya*), the leader rule — is the evaluation of the SKP in force at the period's end; an SKP a
    mutasi closed before that day counts for no period past it, and its evaluation is kept, shown,
    printed and archived as its own document. An assessment without an SKP (before 0014) counts.
    """
    plan = aliased(Skp)
    closed_before = (
        select(plan.id)
        .where(plan.id == row.skp_id, plan.end_on.is_not(None))
        .where(plan.end_on < _period_end(row.period_key))
    )
    return and_(is_latest_version(row), ~closed_before.exists())


@dataclass(frozen=True)
class SkpStatusRow:
    employee_id: str
    name: str
    nip: str
    skp_status: str | None
    predikat: str | None
    assessment_status: str | None = None  # draft, final, signed; only final and signed count

    @property
    def predikat_is_final(self) -> bool:
        return self.predikat is not None and self.assessment_status in ("final", "signed")


def unit_status(session: Session, unit_id: str, year: int, period_key: str) -> list[SkpStatusRow]:
    """Each active employee of the unit with the current SKP status and the period's predikat."""
    stmt = (
        select(Employee.id, Employee.name, Employee.nip, Skp.status, Assessment.predikat, Assessment.status)
        .outerjoin(
            Skp,  # after a mutasi, the SKP in force at the year's end (no end of its own)
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
                Assessment.period_key == period_key,
                is_current_assessment(),
            ),
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
            is_current_assessment(),
        )
        .group_by(Assessment.predikat)
    )
    return {str(p): int(n) for p, n in session.execute(stmt)}
