"""Writing XLSX and CSV so that no cell is ever a formula, and the same data gives the same bytes.

A name typed as ``=HYPERLINK("http://…")`` or a follow-up titled ``=1+1`` must reach HR's
spreadsheet as the text it is. OWASP's advice for CSV is followed: a value starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'`` (spreadsheet programs show
it as text and hide the quote). In XLSX every string is written as a string cell, whatever it
starts with, and such a value also gets Excel's *quote prefix* style, so editing the cell keeps it
text; the value itself stays exactly as the user typed it.

The workbook's timestamps and the zip entries' dates are fixed, so a re-export of unchanged data
writes identical bytes (the SIASN export relies on it).
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from asn_desktop.atomic import atomic_writer

__all__ = ["FORMULA_TRIGGERS", "Sheet", "neutralise", "write_csv", "write_xlsx"]

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
Cell = str | int | float | date | None
_FIXED = datetime(2000, 1, 1)
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def neutralise(text: str) -> str:
    """OWASP: a leading ``'`` on a value a spreadsheet would read as a formula (for CSV)."""
    return f"'{text}" if text.startswith(FORMULA_TRIGGERS) else text


@dataclass(frozen=True)
class Sheet:
    title: str
    header: Sequence[str]
    rows: Iterable[Sequence[Cell]]
    widths: Sequence[int] = field(default_factory=tuple)


def _illegal() -> object:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # noqa: PLC0415

    return ILLEGAL_CHARACTERS_RE


def _put(ws: object, row: int, col: int, value: Cell, illegal: object) -> None:
    cell = ws.cell(row=row, column=col)  # type: ignore[attr-defined]
    if isinstance(value, str):
        text = illegal.sub("", value)  # type: ignore[attr-defined]
        cell.value = text
        cell.data_type = "s"  # openpyxl would make "=…" a formula: a string it stays
        if text.startswith(FORMULA_TRIGGERS):
            cell.quotePrefix = True
    else:
        cell.value = value
        if isinstance(value, date):
            cell.number_format = "DD/MM/YYYY"


def _deterministic(raw: bytes) -> bytes:
    """The same zip with fixed entry dates (openpyxl stamps them with the current time)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, _ZIP_DATE), src.read(info), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def xlsx_bytes(sheets: Sequence[Sheet]) -> bytes:
    """The workbook as bytes: header row bold, user text as string cells (module docstring)."""
    from openpyxl import Workbook  # noqa: PLC0415 - heavy, and only an export needs it
    from openpyxl.styles import Font  # noqa: PLC0415
    from openpyxl.writer.excel import ExcelWriter  # noqa: PLC0415

    illegal = _illegal()
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in sheets:
        ws = wb.create_sheet(sheet.title[:31])
        for col, name in enumerate(sheet.header, start=1):
            _put(ws, 1, col, name, illegal)
            ws.cell(row=1, column=col).font = Font(bold=True)
        for r, values in enumerate(sheet.rows, start=2):
            for col, value in enumerate(values, start=1):
                _put(ws, r, col, value, illegal)
        for col, width in enumerate(sheet.widths, start=1):
            ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = width
        ws.freeze_panes = "A2"
    wb.properties.created = wb.properties.modified = _FIXED
    wb.properties.creator = "ASN Kinerja Desktop"
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(wb, archive).save()  # not save_workbook: it stamps "modified" with now
    return _deterministic(raw.getvalue())


def write_xlsx(path: Path, sheets: Sequence[Sheet]) -> None:
    """Write ``sheets`` to ``path`` atomically (private file)."""
    data = xlsx_bytes(sheets)
    with atomic_writer(path, 0o600) as fh:
        fh.write(data)


def _csv_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return neutralise(value) if isinstance(value, str) else str(value)


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Cell]], *, delimiter: str = ";") -> bytes:
    """UTF-8 with BOM (Excel then reads the accents right), ``;`` by default (Indonesian Excel)."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([_csv_text(h) for h in header])
    writer.writerows([_csv_text(v) for v in row] for row in rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def write_csv(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[Cell]], *, delimiter: str = ";"
) -> None:
    data = csv_bytes(header, rows, delimiter=delimiter)
    with atomic_writer(path, 0o600) as fh:
        fh.write(data)
