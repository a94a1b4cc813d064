"""Plt./Plh.: the admin sets an acting official for a position and dates; during them he is the
pejabat penilai of the people the position supervises and signs what the position signs.

How it takes effect: ``lookups.subject_of`` — the one place every service builds the ``Subject``
its permission predicates judge — names the acting official as the subject's supervisor on the
days he acts (``effective_supervisor``). So the unchanged predicates (``can_assess``,
``can_review_skp``, …) let the Plt. act and stop the holder he replaces, and the forms print
"Plt. Kepala Seksi …" (``export_data``). Write rule (for the merge): admin only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from asn_desktop.domain.acting import ActingKind, acting_title, check_acting_range, overlaps
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.permissions import can_manage_master_data, require
from asn_desktop.errors import ValidationFailed
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import ActingAssignment, Employee, Position, Unit


@dataclass(frozen=True)
class ActingRow:
    id: str
    position_id: str
    title: str  # "Plt. Kepala Seksi Program"
    unit_name: str
    employee_id: str
    employee_name: str
    kind: ActingKind
    start_on: date
    end_on: date


def assign_acting(
    ctx: AppContext,
    *,
    position_id: str,
    employee_id: str,
    kind: ActingKind | str,
    start_on: date,
    end_on: date,
    note: str | None = None,
) -> str:
    """Set a Plt./Plh. for a position; refused when the dates clash with another one for it."""
    require(can_manage_master_data(ctx.actor), "menetapkan pelaksana tugas")
    acting = ActingKind(kind)
    try:
        check_acting_range(start_on, end_on)
    except DomainError as exc:
        raise ValidationFailed(exc.message) from exc
    with unit_of_work(ctx, "acting.assign") as uow:
        s = uow.session
        pos = get_or_fail(s, Position, position_id, "Jabatan")
        emp = get_or_fail(s, Employee, employee_id, "Pegawai")
        if not emp.active:
            raise ValidationFailed(f"{emp.name} tidak aktif.")
        if emp.position_id == pos.id:
            raise ValidationFailed(f"{emp.name} adalah pemegang jabatan {pos.name} sendiri.")
        for other in s.scalars(select(ActingAssignment).where(ActingAssignment.position_id == pos.id)):
            if overlaps((start_on, end_on), (other.start_on, other.end_on)):
                raise ValidationFailed(
                    f"Jabatan {pos.name} sudah memiliki pelaksana tugas pada sebagian tanggal itu."
                )
        row = ActingAssignment(
            position_id=pos.id,
            employee_id=emp.id,
            kind=acting.value,
            start_on=start_on,
            end_on=end_on,
            note=note,
        )
        s.add(row)
        s.flush()
        uow.audit("acting_assignment", row.id, position_id=pos.id, employee_id=emp.id, kind=acting.value)
        return row.id


def remove_acting(ctx: AppContext, *, assignment_id: str) -> None:
    require(can_manage_master_data(ctx.actor), "mengubah pelaksana tugas")
    with unit_of_work(ctx, "acting.remove") as uow:
        row = get_or_fail(uow.session, ActingAssignment, assignment_id, "Penugasan pelaksana tugas")
        uow.session.delete(row)
        uow.audit("acting_assignment", assignment_id, removed=True)


def list_acting(ctx: AppContext) -> list[ActingRow]:
    """Every Plt./Plh. of the agency, latest start first."""
    with read_session(ctx) as s:
        rows = s.execute(
            select(ActingAssignment, Position, Unit, Employee)
            .join(Position, Position.id == ActingAssignment.position_id)
            .join(Unit, Unit.id == Position.unit_id)
            .join(Employee, Employee.id == ActingAssignment.employee_id)
            .order_by(ActingAssignment.start_on.desc())
        ).all()
    return [
        ActingRow(
            a.id,
            p.id,
            acting_title(a.kind, p.name),
            u.name,
            e.id,
            e.name,
            ActingKind(a.kind),
            a.start_on,
            a.end_on,
        )
        for a, p, u, e in rows
    ]
