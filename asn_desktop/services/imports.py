"""Importing employees from CSV or XLSX: every row checked, all or nothing.

A file with one bad row imports nothing; the report lists each bad row with its reason, so the
admin fixes the sheet and runs the import again (re-running after a success changes nothing:
employees already present with the same NIP are updated, not duplicated).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.nip import parse_nip
from asn_desktop.domain.permissions import can_manage_master_data, require
from asn_desktop.errors import ImportRejected, ValidationFailed
from asn_desktop.progress import CancelToken, ProgressSink, null_progress
from asn_desktop.services.context import AppContext
from asn_desktop.services.unit_of_work import unit_of_work
from asn_desktop.store.models import Employee, Position, Unit

COLUMNS = ("nip", "nama", "jenis", "unit", "jabatan", "pangkat", "golongan", "nip_atasan", "email")
REQUIRED = ("nip", "nama", "unit")
MAX_ROWS = 50_000  # one agency workspace; a larger file is refused while it is read


@dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int


def _read_rows(path: Path) -> Iterator[dict[str, str]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        text = path.read_bytes().decode("utf-8-sig")
        dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;\t")
        for row in csv.DictReader(io.StringIO(text), dialect=dialect):
            yield {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
    elif suffix == ".xlsx":
        from openpyxl import load_workbook  # noqa: PLC0415 - heavy, and only an import needs it

        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            rows = wb.worksheets[0].iter_rows(values_only=True)
            header = [str(h or "").strip().lower() for h in next(rows, ())]
            for values in rows:
                yield {h: "" if v is None else str(v).strip() for h, v in zip(header, values, strict=False)}
        finally:
            wb.close()
    else:
        raise ValidationFailed(f"Format berkas {path.name} tidak didukung; gunakan CSV atau XLSX.")


def _lookup_units(session: Session) -> dict[str, str]:
    units: dict[str, str] = {}
    for uid, name, code in session.execute(select(Unit.id, Unit.name, Unit.code)):
        units[name.strip().lower()] = uid
        if code:
            units[code.strip().lower()] = uid
    return units


@dataclass(frozen=True)
class _Row:
    line: int
    values: dict[str, str]
    nip: str
    kind: str
    unit_id: str

    @property
    def boss(self) -> str:
        return self.values.get("nip_atasan", "").replace(" ", "")


def _load(path: Path) -> list[dict[str, str]]:
    try:
        rows = list(_read_rows(path))
    except ValidationFailed:
        raise
    except (OSError, UnicodeDecodeError, csv.Error, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise ValidationFailed(f"Berkas {path.name} tidak dapat dibaca: {exc}") from exc
    if not rows:
        raise ValidationFailed(f"Berkas {path.name} tidak berisi baris data.")
    if len(rows) > MAX_ROWS:
        raise ValidationFailed(f"Berkas terlalu besar: paling banyak {MAX_ROWS} baris.")
    missing = [c for c in REQUIRED if c not in rows[0]]
    if missing:
        raise ValidationFailed(f"Kolom wajib tidak ada: {', '.join(missing)} (kolom: {', '.join(COLUMNS)}).")
    return rows


def _check_rows(
    rows: list[dict[str, str]],
    units: dict[str, str],
    existing: set[str],
    progress: ProgressSink,
    token: CancelToken,
) -> list[_Row]:
    """Every row checked; all problems collected, then refused together."""
    errors: list[tuple[int, str]] = []
    parsed: list[_Row] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(rows, start=2):
        if line % 500 == 0:
            token.check()
            progress(line - 1, len(rows), "Memeriksa baris")
        try:
            if not row.get("nama"):
                raise ValidationFailed("nama wajib diisi")
            nip = parse_nip(row["nip"], row.get("jenis", "").upper() or None)
            unit_id = units.get(row.get("unit", "").lower())
            if unit_id is None:
                raise ValidationFailed(f"unit {row.get('unit')!r} tidak dikenal")
            if nip.text in seen:
                raise ValidationFailed(f"NIP sama dengan baris {seen[nip.text]}")
            seen[nip.text] = line
            parsed.append(_Row(line, row, nip.text, nip.kind, unit_id))
        except (DomainError, ValidationFailed) as exc:
            errors.append((line, exc.message))
    known = existing | set(seen)
    errors += [
        (r.line, f"nip_atasan {r.boss} tidak ditemukan") for r in parsed if r.boss and r.boss not in known
    ]
    if errors:
        errors.sort()
        raise ImportRejected(
            f"Impor dibatalkan: {len(errors)} baris bermasalah, tidak ada data yang disimpan.", errors
        )
    return parsed


def _apply(session: Session, parsed: list[_Row]) -> ImportReport:
    positions = {(p.unit_id, p.name.lower()): p.id for p in session.scalars(select(Position))}
    by_nip = {e.nip: e for e in session.scalars(select(Employee))}
    created = updated = 0
    for r in parsed:
        emp = by_nip.get(r.nip)
        if emp is None:
            emp = Employee(nip=r.nip, employee_type=r.kind, name=r.values["nama"], unit_id=r.unit_id)
            session.add(emp)
            by_nip[r.nip] = emp
            created += 1
        else:
            updated += 1
        emp.employee_type, emp.name, emp.unit_id = r.kind, r.values["nama"], r.unit_id
        emp.pangkat = r.values.get("pangkat") or emp.pangkat
        emp.golongan = r.values.get("golongan") or emp.golongan
        emp.email = r.values.get("email") or emp.email
        emp.position_id = positions.get((r.unit_id, r.values.get("jabatan", "").lower()), emp.position_id)
    session.flush()
    for r in parsed:
        if r.boss:
            by_nip[r.nip].supervisor_id = by_nip[r.boss].id
    return ImportReport(created=created, updated=updated)


def import_employees(
    ctx: AppContext, path: Path, *, progress: ProgressSink = null_progress, token: CancelToken | None = None
) -> ImportReport:
    """Import or update employees from ``path``; raise ``ImportRejected`` listing bad rows.

    Cancelling (``token``) before the end rolls everything back: an import is all or nothing.
    """
    require(can_manage_master_data(ctx.actor), "mengimpor data pegawai")
    token = token or CancelToken()
    rows = _load(path)
    with unit_of_work(ctx, "employee.import") as uow:
        existing = set(uow.session.scalars(select(Employee.nip)))
        parsed = _check_rows(rows, _lookup_units(uow.session), existing, progress, token)
        progress(len(rows), len(rows), "Menyimpan")
        token.check()
        report = _apply(uow.session, parsed)
        token.check()
        uow.audit("employee", "import", file=path.name, created=report.created, updated=report.updated)
        return report
