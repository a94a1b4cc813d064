"""Mutasi: the admin records a pegawai's change of supervisor (and position) on a day during the
year. The SKP in force then ends the day before (``domain.mutasi``); the pegawai drafts a new SKP
for the rest of the year with the new pejabat penilai (``services.skp.create_skp``), so a year may
hold two SKPs, each for its own months. Write rules: the employee row is the admin's; on the SKP
the admin may set only ``end_on`` (``domain.write_rules.skp``), which a locked SKP still takes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.mutasi import check_mutasi, months_covered, skp_range, skp_range_label
from asn_desktop.domain.permissions import can_manage_master_data, can_view, require
from asn_desktop.domain.skp_state import SkpStatus
from asn_desktop.errors import ValidationFailed
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.skp import active_skp
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Employee, Position, Skp

__all__ = ["SkpPeriod", "record_mutasi", "skp_periods"]


@dataclass(frozen=True)
class SkpPeriod:
    skp_id: str
    version: int
    status: SkpStatus
    penilai_id: str | None
    first: date
    last: date
    label: str  # "1 Januari s.d. 30 Juni 2026"
    months: int


def record_mutasi(
    ctx: AppContext, *, employee_id: str, day: date, supervisor_id: str | None, position_id: str | None = None
) -> str | None:
    """Close the pegawai's SKP in force on the day before ``day`` and give him his new supervisor
    (and position); returns the closed SKP's id (None when he had no SKP that year yet)."""
    require(can_manage_master_data(ctx.actor), "mencatat mutasi pegawai")
    with unit_of_work(ctx, "employee.mutasi") as uow:
        s = uow.session
        emp = get_or_fail(s, Employee, employee_id, "Pegawai")
        if supervisor_id is not None:
            get_or_fail(s, Employee, supervisor_id, "Atasan baru")
            if supervisor_id == emp.id:
                raise ValidationFailed("Pegawai tidak dapat menjadi atasannya sendiri.")
        if position_id is not None:
            get_or_fail(s, Position, position_id, "Jabatan baru")
        if supervisor_id == emp.supervisor_id and position_id in (None, emp.position_id):
            raise ValidationFailed("Mutasi harus mengubah atasan atau jabatan pegawai.")
        current = active_skp(s, emp.id, day.year)
        if current is not None:
            try:
                end, _ = check_mutasi(current.year, current.start_on, current.end_on, day)
            except DomainError as exc:
                raise ValidationFailed(exc.message) from exc
            current.end_on = end
        emp.supervisor_id = supervisor_id
        if position_id is not None:
            emp.position_id = position_id
        uow.audit("employee", emp.id, mutasi=day.isoformat(), supervisor_id=supervisor_id)
        return current.id if current else None


def skp_periods(ctx: AppContext, *, employee_id: str, year: int) -> list[SkpPeriod]:
    """The pegawai's SKPs of the year in force, each with its own months (two after a mutasi)."""
    with read_session(ctx) as s:
        require(can_view(ctx.actor, subject_of(s, employee_id)), "melihat SKP pegawai ini")
        rows = s.scalars(
            select(Skp)
            .where(Skp.employee_id == employee_id, Skp.year == year, Skp.status != SkpStatus.SUPERSEDED)
            .order_by(Skp.version)
        ).all()
    out = []
    for r in rows:
        first, last = skp_range(r.year, r.start_on, r.end_on)
        out.append(
            SkpPeriod(
                r.id,
                r.version,
                SkpStatus(r.status),
                r.penilai_id,
                first,
                last,
                skp_range_label(first, last),
                months_covered(first, last),
            )
        )
    return out
