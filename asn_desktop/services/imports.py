"""Importing employees from SIASN's download (or a simple CSV/XLSX): preview first, all or nothing.

``preview_employees`` reads and checks every row and says, per row, what would happen (new,
updated, refused, with the reason and any warning) and which units would be created; nothing is
written. ``import_employees`` does the same checks and, only when no row is refused, writes it all
in one unit of work. A re-import updates by NIP (employees) and by ``UNOR ID`` (units, then by
name), so running it twice changes nothing the second time. Cancelling rolls everything back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.nip import parse_nip
from asn_desktop.domain.period import format_date_id
from asn_desktop.domain.permissions import can_manage_master_data, require
from asn_desktop.errors import ImportRejected, ValidationFailed
from asn_desktop.progress import CancelToken, ProgressSink, null_progress
from asn_desktop.services.context import AppContext
from asn_desktop.services.employee_sheet import (
    MAX_ROWS,
    SheetRow,
    compose_name,
    excel_date,
    first_match,
    read_employee_sheet,
    reference,
)
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Agency, Employee, Position, Unit

__all__ = ["MAX_ROWS", "ImportPreview", "ImportReport", "PreviewRow", "import_employees", "preview_employees"]


@dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int
    units_created: int = 0


@dataclass(frozen=True)
class PreviewRow:
    line: int
    nip: str
    name: str
    unit: str
    action: str  # "baru", "diperbarui", "ditolak"
    message: str = ""


@dataclass(frozen=True)
class ImportPreview:
    rows: list[PreviewRow]
    new_units: list[str]
    mapping: dict[str, str]

    @property
    def errors(self) -> list[tuple[int, str]]:
        return [(r.line, r.message) for r in self.rows if r.action == "ditolak"]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)


@dataclass(frozen=True)
class _Checked:
    line: int
    nip: str
    kind: str
    name: str
    unit_key: str  # UNOR ID or unit name (lower case)
    unit_name: str
    row: SheetRow
    warning: str = ""

    @property
    def boss(self) -> str:
        return self.row.get("nip_atasan").replace(" ", "").lstrip("'")


@dataclass
class _Units:
    """Units by UNOR ID (code) and by name; the ones a SIASN row brings that are not there yet."""

    by_code: dict[str, str]
    by_name: dict[str, str]
    new: dict[str, str] = field(default_factory=dict)  # key → name

    @classmethod
    def load(cls, session: Session) -> _Units:
        by_code, by_name = {}, {}
        for uid, name, code in session.execute(select(Unit.id, Unit.name, Unit.code)):
            by_name[name.strip().lower()] = uid
            if code:
                by_code[code.strip().lower()] = uid
        return cls(by_code, by_name)

    def resolve(self, row: SheetRow) -> tuple[str, str]:
        """(key, name) of the row's unit; a SIASN unit not yet known is noted as new."""
        unor, name = row.get("unor_id"), row.get("unit")
        if unor:
            key = unor.lower()
            if key not in self.by_code:
                self.new.setdefault(key, name or unor)
            return key, name or unor
        if name.lower() in self.by_name:
            return name.lower(), name
        raise ValidationFailed(f"unit {name!r} tidak dikenal" if name else "unit wajib diisi")


def _kind(row: SheetRow) -> str | None:
    text = row.get("jenis")
    if not text:
        return None
    kind = first_match("jenis_pegawai", text)
    if kind is None:
        raise ValidationFailed(f"jenis pegawai {text!r} tidak dikenal (PNS atau PPPK)")
    return kind


def _birth_warning(row: SheetRow, birth: date) -> str:
    text = row.get("tanggal_lahir")
    if not text:
        return ""
    given = excel_date(text)
    if given is None:
        return f"tanggal lahir {text!r} tidak dikenali"
    if given != birth:
        return f"tanggal lahir {format_date_id(given)} tidak sesuai NIP ({format_date_id(birth)})"
    return ""


def _check_row(row: SheetRow, units: _Units, seen: dict[str, int]) -> _Checked:
    if not row.get("nama"):
        raise ValidationFailed("nama wajib diisi")
    nip = parse_nip(row.get("nip").lstrip("'").strip(), _kind(row))
    if nip.text in seen:
        raise ValidationFailed(f"NIP sama dengan baris {seen[nip.text]}")
    key, unit_name = units.resolve(row)
    name = compose_name(row.get("nama"), row.get("gelar_depan"), row.get("gelar_belakang"))
    return _Checked(
        row.line, nip.text, nip.kind, name, key, unit_name, row, _birth_warning(row, nip.birth_date)
    )


def _check_all(
    sheet_rows: list[SheetRow], units: _Units, existing: set[str], progress: ProgressSink, token: CancelToken
) -> tuple[list[_Checked], dict[int, str]]:
    checked: list[_Checked] = []
    errors: dict[int, str] = {}
    seen: dict[str, int] = {}
    for n, row in enumerate(sheet_rows, start=1):
        if n % 500 == 0:
            token.check()
            progress(n, len(sheet_rows), "Memeriksa baris")
        try:
            item = _check_row(row, units, seen)
        except (DomainError, ValidationFailed) as exc:
            errors[row.line] = exc.message
            continue
        seen[item.nip] = item.line
        checked.append(item)
    known = existing | set(seen)
    for item in checked:
        if item.boss and item.boss not in known:
            errors[item.line] = f"nip_atasan {item.boss} tidak ditemukan"
    return [c for c in checked if c.line not in errors], errors


def _plan(
    session: Session,
    path: Path,
    *,
    mapping: Mapping[str, str] | None,
    progress: ProgressSink,
    token: CancelToken,
) -> tuple[ImportPreview, list[_Checked], _Units]:
    sheet = read_employee_sheet(path, mapping=mapping, progress=progress, token=token)
    units = _Units.load(session)
    existing = set(session.scalars(select(Employee.nip)))
    checked, errors = _check_all(sheet.rows, units, existing, progress, token)
    errors.update({line: msg for line, msg in sheet.problems})
    status = {c.nip: "diperbarui" if c.nip in existing else "baru" for c in checked}
    rows = [PreviewRow(c.line, c.nip, c.name, c.unit_name, status[c.nip], c.warning) for c in checked]
    raw = {r.line: r for r in sheet.rows}
    for line, message in errors.items():
        got = raw.get(line, SheetRow(line, {}))
        rows.append(PreviewRow(line, got.get("nip"), got.get("nama"), got.get("unit"), "ditolak", message))
    rows.sort(key=lambda r: r.line)
    return ImportPreview(rows, sorted(units.new.values()), dict(sheet.mapping)), checked, units


def preview_employees(
    ctx: AppContext,
    path: Path,
    *,
    mapping: Mapping[str, str] | None = None,
    progress: ProgressSink = null_progress,
    token: CancelToken | None = None,
) -> ImportPreview:
    """What importing ``path`` would do, row by row; nothing is written (``--dry-run``)."""
    require(can_manage_master_data(ctx.actor), "mengimpor data pegawai")
    with read_session(ctx) as session:
        return _plan(session, path, mapping=mapping, progress=progress, token=token or CancelToken())[0]


def _apply_units(session: Session, ctx: AppContext, units: _Units, checked: list[_Checked]) -> int:
    agency = session.get(Agency, ctx.workspace.agency_id)
    assert agency is not None
    renamed = {c.unit_key: c.unit_name for c in checked if c.unit_key in units.by_code}
    for key, name in renamed.items():
        unit = session.get(Unit, units.by_code[key])
        if unit is not None and name and unit.name != name:
            unit.name = name
    codes = {c.unit_key: c.row.get("unor_id") for c in checked if c.unit_key in units.new}
    for key, name in units.new.items():
        unit = Unit(agency_id=agency.id, name=name, code=codes.get(key, key))
        session.add(unit)
        session.flush()
        units.by_code[key] = unit.id
    return len(units.new)


def _position(
    session: Session, positions: dict[tuple[str, str], str], unit_id: str, row: SheetRow
) -> str | None:
    title = row.get("jabatan")
    if not title:
        return None
    key = (unit_id, title.lower())
    if key not in positions:
        kind = (first_match("eselon", row.get("eselon")) if row.get("eselon") else None) or first_match(
            "jenis_jabatan", row.get("jenis_jabatan")
        )
        pos = Position(unit_id=unit_id, name=title, kind=kind or "pelaksana", leads_unit=False)
        session.add(pos)
        session.flush()
        positions[key] = pos.id
    return positions[key]


def _apply(session: Session, ctx: AppContext, checked: list[_Checked], units: _Units) -> ImportReport:
    new_units = _apply_units(session, ctx, units, checked)
    positions = {(p.unit_id, p.name.lower()): p.id for p in session.scalars(select(Position))}
    by_nip = {e.nip: e for e in session.scalars(select(Employee))}
    pangkat_pns: dict[str, str] = reference()["pangkat_pns"]
    created = updated = 0
    for c in checked:
        unit_id = units.by_code.get(c.unit_key) or units.by_name[c.unit_key]
        emp = by_nip.get(c.nip)
        if emp is None:
            emp = Employee(nip=c.nip, employee_type=c.kind, name=c.name, unit_id=unit_id)
            session.add(emp)
            by_nip[c.nip] = emp
            created += 1
        else:
            updated += 1
        emp.employee_type, emp.name, emp.unit_id = c.kind, c.name, unit_id
        golongan = c.row.get("golongan")
        emp.golongan = golongan or emp.golongan
        emp.pangkat = c.row.get("pangkat") or pangkat_pns.get(golongan) or emp.pangkat
        emp.email = c.row.get("email") or emp.email
        emp.siasn_id = c.row.get("siasn_id") or emp.siasn_id
        emp.position_id = _position(session, positions, unit_id, c.row) or emp.position_id
    session.flush()
    for c in checked:
        if c.boss:
            by_nip[c.nip].supervisor_id = by_nip[c.boss].id
    return ImportReport(created=created, updated=updated, units_created=new_units)


def import_employees(
    ctx: AppContext,
    path: Path,
    *,
    mapping: Mapping[str, str] | None = None,
    progress: ProgressSink = null_progress,
    token: CancelToken | None = None,
) -> ImportReport:
    """Import or update employees from ``path``; ``ImportRejected`` lists the refused rows."""
    require(can_manage_master_data(ctx.actor), "mengimpor data pegawai")
    token = token or CancelToken()
    with unit_of_work(ctx, "employee.import") as uow:
        preview, checked, units = _plan(uow.session, path, mapping=mapping, progress=progress, token=token)
        if preview.errors:
            raise ImportRejected(
                f"Impor dibatalkan: {len(preview.errors)} baris bermasalah, tidak ada data yang disimpan.",
                preview.errors,
            )
        progress(len(checked), len(checked), "Menyimpan")
        token.check()
        report = _apply(uow.session, ctx, checked, units)
        token.check()
        uow.audit(
            "employee",
            "import",
            file=path.name,
            created=report.created,
            updated=report.updated,
            units_created=report.units_created,
        )
        return report
