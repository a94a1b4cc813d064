"""An employee list as SIASN (or the app's simple layout) writes it, read into checked rows.

SIASN's download is taken as it is (DOMAIN.md §7): ``NIP BARU`` with or without the apostrophe
Excel users type to keep 18 digits, ``NAMA`` with ``GELAR DEPAN``/``GELAR BELAKANG``, ``TANGGAL
LAHIR`` as text or an Excel serial number, ``JENIS PEGAWAI NAMA`` (PNS/PPPK), ``GOL AKHIR NAMA``,
``JENIS JABATAN NAMA``, ``JABATAN NAMA``, ``UNOR ID``/``UNOR NAMA`` and ``EMAIL GOV``. Which header
means which field is data (``resources/siasn/employee_columns.json``), and so is the mapping of
SIASN's words to the app's values (``reference.json``). Any other layout is read with a mapping
the person chose (field → header); when the fields cannot be found, ``ColumnsUnknown`` carries
the headers so that the GUI can ask.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from asn_desktop.domain.period import MONTHS_ID
from asn_desktop.errors import ValidationFailed
from asn_desktop.progress import CancelToken, ProgressSink, null_progress
from asn_desktop.resources import resource_path
from asn_desktop.tabular import Table, read_table

__all__ = [
    "FIELDS",
    "REQUIRED",
    "ColumnsUnknown",
    "EmployeeSheet",
    "SheetRow",
    "compose_name",
    "excel_date",
    "read_employee_sheet",
]

MAX_ROWS = 50_000  # one agency workspace; a larger file is refused while it is read
REQUIRED = ("nip", "nama")
FIELD_LABELS = {
    "nip": "NIP / NI PPPK",
    "nama": "Nama",
    "gelar_depan": "Gelar depan",
    "gelar_belakang": "Gelar belakang",
    "tanggal_lahir": "Tanggal lahir",
    "jenis": "Jenis pegawai (PNS/PPPK)",
    "golongan": "Golongan",
    "pangkat": "Pangkat",
    "jenis_jabatan": "Jenis jabatan",
    "eselon": "Eselon",
    "jabatan": "Jabatan",
    "unor_id": "ID unit (UNOR ID)",
    "unit": "Unit kerja",
    "email": "Email",
    "nip_atasan": "NIP atasan",
    "siasn_id": "PNS ID SIASN",
}
FIELDS = tuple(FIELD_LABELS)


class ColumnsUnknown(ValidationFailed):
    """The required fields were not found among the headers; ``headers`` lets the person map them."""

    def __init__(self, message: str, headers: list[str], found: dict[str, str]) -> None:
        super().__init__(message)
        self.headers = headers
        self.found = found


def _norm(header: str) -> str:
    return " ".join(header.replace("_", " ").upper().split())


@cache
def _aliases() -> dict[str, tuple[str, ...]]:
    raw = json.loads(resource_path("siasn/employee_columns.json").read_text(encoding="utf-8"))
    return {field: tuple(_norm(a) for a in raw[field]) for field in FIELDS}


@cache
def reference() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("siasn/reference.json").read_text(encoding="utf-8"))
    return data


def first_match(table: str, text: str) -> str | None:
    """The value of the first rule of ``reference()[table]`` whose ``contains`` is in ``text``."""
    upper = _norm(text)
    for rule in reference()[table]:
        if rule["contains"] in upper:
            return str(rule["value"])
    return None


def detect_columns(headers: list[str]) -> dict[str, str]:
    """field → header, from the known names; each header is used once, the first name wins."""
    by_norm = {_norm(h): h for h in reversed(headers) if h}
    found: dict[str, str] = {}
    for field, names in _aliases().items():
        for name in names:
            header = by_norm.get(name)
            if header is not None and header not in found.values():
                found[field] = header
                break
    return found


def excel_date(text: str) -> date | None:
    """A date as ``1987-03-14``, ``14-03-1987``, ``14/03/1987``, ``14 Maret 1987`` or an Excel serial."""
    text = text.strip()
    if not text:
        return None
    if re.fullmatch(r"\d{1,5}(\.0+)?", text):
        serial = int(float(text))
        # Excel's day 1 is 1900-01-01 and it counts a 29 February 1900 that never was.
        return date(1899, 12, 30) + timedelta(days=serial) if 1 <= serial <= 2_958_465 else None
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?", text):
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text):
        d, mo, y = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{1,2})\s+(\w+)\s+(\d{4})", text):
        months = [name.lower() for name in MONTHS_ID]
        if m[2].lower() not in months:
            return None
        d, mo, y = int(m[1]), months.index(m[2].lower()) + 1, int(m[3])
    else:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def compose_name(nama: str, depan: str = "", belakang: str = "") -> str:
    """``Dr. Budi Santoso, S.Kom., M.T.``: the name as forms print it, titles included."""
    name = " ".join(f"{depan.strip()} {nama.strip()}".split())
    belakang = belakang.strip().lstrip(",").strip()
    return f"{name}, {belakang}" if belakang else name


@dataclass(frozen=True)
class SheetRow:
    line: int
    values: dict[str, str]  # field → text, for the mapped fields

    def get(self, field: str) -> str:
        return self.values.get(field, "").strip()


@dataclass(frozen=True)
class EmployeeSheet:
    headers: list[str]
    mapping: dict[str, str]
    rows: list[SheetRow]
    problems: list[tuple[int, str]]


def _rows(table: Table, mapping: Mapping[str, str]) -> list[SheetRow]:
    index = {field: table.header.index(h) for field, h in mapping.items() if h in table.header}
    return [SheetRow(r.line, {f: r.values[i] for f, i in index.items()}) for r in table.rows]


def read_employee_sheet(
    path: Path,
    *,
    mapping: Mapping[str, str] | None = None,
    progress: ProgressSink = null_progress,
    token: CancelToken | None = None,
) -> EmployeeSheet:
    """The rows of ``path`` by field; ``mapping`` (field → header) overrides what is detected."""
    table = read_table(path, max_rows=MAX_ROWS, progress=progress, token=token)
    if not table.rows and not table.problems:
        raise ValidationFailed(f"Berkas {path.name} tidak berisi baris data.")
    found = detect_columns(table.header)
    if mapping:
        unknown = [h for h in mapping.values() if h not in table.header]
        if unknown:
            raise ValidationFailed(f"Kolom {unknown[0]!r} tidak ada di berkas {path.name}.")
        found = {**found, **{f: h for f, h in mapping.items() if f in FIELD_LABELS}}
    missing = [f for f in REQUIRED if f not in found]
    if "unit" not in found and "unor_id" not in found:
        missing.append("unit")
    if missing:
        raise ColumnsUnknown(
            f"Kolom wajib tidak ada: {', '.join(missing)} (nip, nama, unit — atau unduhan SIASN: "
            "NIP BARU, NAMA, UNOR ID/UNOR NAMA). Pilih kolom yang sesuai.",
            table.header,
            found,
        )
    return EmployeeSheet(table.header, found, _rows(table, found), table.problems)
