"""Reading a spreadsheet that is hostile until checked: bounded in rows, bytes and time.

XLSX is streamed (openpyxl ``read_only``) and the row limit is enforced while reading, so a small
file that unpacks to millions of rows is refused after the limit, not after building a list of
them; the parts openpyxl loads whole (shared strings, styles) are refused when their declared size
is too large (zipfile never inflates a member past its declared size). CSV is decoded by sniffing:
UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252 (what Excel saves as "CSV" in
Indonesia); the separator (``,``, ``;`` or tab) is the one that splits the header best. A record
the csv module cannot parse, or one with more fields than the header (``Budi Santoso, S.Kom``
unquoted), becomes a row report with its line number, never a traceback.

Every value is returned as text: numbers without a spurious ``.0``, dates as ``YYYY-MM-DD``.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from asn_desktop.errors import ValidationFailed
from asn_desktop.progress import CancelToken, ProgressSink, null_progress

__all__ = ["MAX_CSV_BYTES", "Row", "Table", "cell_text", "read_table"]

MAX_CSV_BYTES = 64 * 1024 * 1024
MAX_COLUMNS = 256
_MAX_PART = {"xl/sharedStrings.xml": 64 << 20, "xl/styles.xml": 16 << 20, "xl/workbook.xml": 4 << 20}
_MAX_MEMBERS = 2_000
_TICK = 1_000
HeaderTest = Callable[[Sequence[str]], bool]


@dataclass(frozen=True)
class Row:
    line: int
    values: tuple[str, ...]


@dataclass
class Table:
    """The header (as written), the data rows, and the rows that could not be read."""

    header: list[str]
    header_line: int
    rows: list[Row] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)
    preamble: list[tuple[str, ...]] = field(default_factory=list)  # rows above the header


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _too_many(limit: int) -> ValidationFailed:
    return ValidationFailed(f"Berkas terlalu besar: paling banyak {limit:,} baris data.".replace(",", "."))


# -- XLSX -------------------------------------------------------------------------------------


def _size_from_head(self: object) -> None:
    """openpyxl's read-only sheet looks for ``<dimension>`` until the *end* of ``<sheetData>``.

    A sheet without one is therefore parsed whole, and kept, before the first row is returned
    (a 0.5 MB file took 24 s and 340 MB). This version stops where the rows start; it replaces
    ``ReadOnlyWorksheet._get_size`` once, when this module is imported.
    """
    from xml.etree.ElementTree import iterparse  # noqa: PLC0415 - openpyxl's own parser

    from openpyxl.worksheet.dimensions import SheetDimension  # noqa: PLC0415
    from openpyxl.xml.constants import SHEET_MAIN_NS  # noqa: PLC0415

    src = self._get_source()  # type: ignore[attr-defined]
    try:
        for _event, element in iterparse(src, events=("start",)):  # noqa: S314
            if element.tag == f"{{{SHEET_MAIN_NS}}}dimension":
                bounds = SheetDimension.from_tree(element).boundaries
                self._min_column, self._min_row, self._max_column, self._max_row = bounds  # type: ignore[attr-defined]
                return
            if element.tag == f"{{{SHEET_MAIN_NS}}}sheetData":
                return
    except Exception:
        return  # no dimension readable: the rows are read without one
    finally:
        src.close()


def _patch_openpyxl() -> None:
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet  # noqa: PLC0415

    ReadOnlyWorksheet._get_size = _size_from_head


def _check_parts(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (OSError, zipfile.BadZipFile) as exc:
        raise ValidationFailed(f"Berkas {path.name} bukan lembar kerja XLSX yang utuh.") from exc
    if len(infos) > _MAX_MEMBERS:
        raise ValidationFailed(f"Berkas {path.name} berisi terlalu banyak bagian ({len(infos)}).")
    for info in infos:
        limit = _MAX_PART.get(info.filename)
        if limit is not None and info.file_size > limit:
            raise ValidationFailed(f"Berkas {path.name} terlalu besar untuk dibaca ({info.filename}).")


def _xlsx_rows(path: Path) -> Iterator[tuple[object, ...]]:
    from openpyxl import load_workbook  # noqa: PLC0415 - heavy, and only an import needs it

    _patch_openpyxl()
    _check_parts(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        # openpyxl fails in many ways on a damaged or foreign file; all mean "cannot be read".
        raise ValidationFailed(f"Berkas {path.name} tidak dapat dibaca sebagai XLSX: {exc}") from exc
    try:
        if not wb.worksheets:
            return
        ws = wb.worksheets[0]
        # The sheet's <dimension> is not trusted: too small, openpyxl would stop reading early; too
        # large, it would pad with millions of empty rows. Read the rows that are there.
        ws.reset_dimensions()
        # No ``max_col``: openpyxl would pad every row to it; a row is cut to MAX_COLUMNS instead.
        yield from ws.iter_rows(values_only=True)
    finally:
        wb.close()


# -- CSV --------------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (± BOM), UTF-16 with BOM, or Windows-1252, in that order of trust."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ValidationFailed(
                    f"Berkas {name} rusak: isi tidak sesuai pengodean {encoding}."
                ) from exc
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationFailed(
        f"Pengodean berkas {name} tidak dikenal; simpan ulang sebagai \u201cCSV UTF-8\u201d."
    )


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")

    def width(d: str) -> int:
        try:
            return len(next(csv.reader([first], delimiter=d)))
        except (csv.Error, StopIteration):
            return 0

    return max((";", ",", "\t"), key=width)


def _csv_rows(path: Path, problems: list[tuple[int, str]]) -> Iterator[tuple[int, tuple[str, ...]]]:
    with path.open("rb") as fh:
        data = fh.read(MAX_CSV_BYTES + 1)
    if len(data) > MAX_CSV_BYTES:
        raise ValidationFailed(f"Berkas {path.name} terlalu besar (paling besar {MAX_CSV_BYTES >> 20} MB).")
    text = decode_text(data, path.name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    last = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            problems.append((reader.line_num, f"baris tidak dapat dibaca ({exc}); periksa tanda kutip"))
            last = reader.line_num
            continue
        start, last = last + 1, reader.line_num
        if any("\x00" in v for v in record):
            problems.append((start, "baris berisi karakter NUL: berkas ini bukan teks CSV biasa"))
            continue
        yield start, tuple(v.strip() for v in record)


# -- both -------------------------------------------------------------------------------------


def _raw(path: Path, problems: list[tuple[int, str]]) -> Iterator[tuple[int, tuple[str, ...]]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        yield from _csv_rows(path, problems)
    elif suffix in (".xlsx", ".xlsm"):
        for line, values in enumerate(_xlsx_rows(path), start=1):
            yield line, tuple(cell_text(v) for v in values[:MAX_COLUMNS])
    else:
        raise ValidationFailed(f"Format berkas {path.name} tidak didukung; gunakan CSV atau XLSX.")


def _row(line: int, values: tuple[str, ...], width: int, problems: list[tuple[int, str]]) -> Row | None:
    end = len(values)
    while end and not values[end - 1]:
        end -= 1
    if not end:
        return None
    values = values[:end]
    if len(values) > width:
        problems.append(
            (
                line,
                f"{len(values)} kolom, padahal judul punya {width}: ada pemisah di dalam nilai? "
                "Beri tanda kutip pada nilai itu",
            )
        )
        return None
    return Row(line, values + ("",) * (width - len(values)))


def read_table(
    path: Path,
    *,
    max_rows: int,
    header_within: int = 1,
    is_header: HeaderTest | None = None,
    progress: ProgressSink = null_progress,
    token: CancelToken | None = None,
) -> Table:
    """The first sheet (or the CSV) of ``path`` as a ``Table``; more than ``max_rows`` data rows refused.

    The header is the first non-empty row, or, with ``is_header``, the first of the first
    ``header_within`` rows it accepts (a report with a title above its table).
    """
    token = token or CancelToken()
    try:
        return _collect(
            path,
            max_rows=max_rows,
            header_within=header_within,
            is_header=is_header,
            progress=progress,
            token=token,
        )
    except ValidationFailed:
        raise
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise ValidationFailed(f"Berkas {path.name} tidak dapat dibaca: {exc}") from exc


def _collect(
    path: Path,
    *,
    max_rows: int,
    header_within: int,
    is_header: HeaderTest | None,
    progress: ProgressSink,
    token: CancelToken,
) -> Table:
    problems: list[tuple[int, str]] = []
    table: Table | None = None
    preamble: list[tuple[str, ...]] = []
    for line, values in _raw(path, problems):
        if table is None:
            if not any(values):
                continue
            if is_header is None or is_header(values):
                table = Table([v.strip() for v in values], line, preamble=preamble)
                while table.header and not table.header[-1]:
                    table.header.pop()
                continue
            preamble.append(values)
            if line >= header_within:
                break
            continue
        if line % _TICK == 0:
            token.check()
            progress(len(table.rows), max_rows, "Membaca baris")
        row = _row(line, values, len(table.header), problems)
        if row is not None:
            if len(table.rows) >= max_rows:
                raise _too_many(max_rows)
            table.rows.append(row)
    if table is None:
        raise ValidationFailed(f"Berkas {path.name} tidak memuat baris judul kolom yang dikenal.")
    table.problems = [p for p in problems if p[0] > table.header_line]
    return table
