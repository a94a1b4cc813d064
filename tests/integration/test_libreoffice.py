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
