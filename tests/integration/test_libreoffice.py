"""Our spreadsheets through a real spreadsheet program (LibreOffice Calc, headless), both ways."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from asn_desktop.tabular.writing import Sheet, write_csv, write_xlsx
from tests.libreoffice import CSV_UTF8_SEMICOLON, to_csv, to_xlsx

HOSTILE = ["=1+1", '=HYPERLINK("http://contoh.invalid","klik")', "+62 812 555", "@SUM(A1)", "José Müller"]


def _read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))


def test_our_xlsx_reads_back_as_the_same_text_in_libreoffice(tmp_path: Path) -> None:
    ours = tmp_path / "ekspor.xlsx"
    write_xlsx(
        ours, [Sheet("Data", ["teks", "angka", "tanggal"], [[t, 7, date(2026, 3, 14)] for t in HOSTILE])]
    )
    rows = _read_csv(to_csv(ours, tmp_path / "lo"))
    assert rows[0] == ["teks", "angka", "tanggal"]
    assert [r[0] for r in rows[1:]] == HOSTILE  # not "2", not a link: the text as typed
    assert [r[1] for r in rows[1:]] == ["7"] * len(HOSTILE)
    assert rows[1][2] == "14/03/2026"


def test_our_csv_opens_in_libreoffice_without_a_formula(tmp_path: Path) -> None:
    ours = tmp_path / "ekspor.csv"
    write_csv(ours, ["teks"], [[t] for t in HOSTILE])
    converted = to_xlsx(ours, tmp_path / "lo", infilter=f"CSV:{CSV_UTF8_SEMICOLON}")
    cells = [row[0] for row in load_workbook(converted).active.iter_rows(min_row=2)]
    assert {c.data_type for c in cells} == {"s"}
    assert [c.value for c in cells] == ["'=1+1", "'" + HOSTILE[1], "'+62 812 555", "'@SUM(A1)", "José Müller"]


def test_an_xlsx_and_a_semicolon_csv_saved_by_libreoffice_import(org, tmp_path: Path) -> None:
    """HR opens SIASN's download in LibreOffice and saves it again, as XLSX or as a ';' CSV."""
    from asn_desktop.services.imports import import_employees, preview_employees
    from tests.unit.services.siasn_samples import siasn_workbook

    original = siasn_workbook(tmp_path / "siasn.xlsx")
    resaved = to_xlsx(original, tmp_path / "lo")  # opened in Calc and saved again
    semicolon = to_csv(resaved, tmp_path / "csv2")
    assert semicolon.read_text(encoding="utf-8").splitlines()[0].startswith('"PNS ID";"NIP BARU";"NAMA"')
    for path in (resaved, semicolon):
        preview = preview_employees(org.admin, path)
        assert [r.action for r in preview.rows] == ["baru", "baru", "baru"], preview.rows
        assert [r.message for r in preview.rows] == ["", "", ""]
    report = import_employees(org.admin, resaved)
    assert (report.created, report.units_created) == (3, 2)
    assert import_employees(org.admin, semicolon).updated == 3
