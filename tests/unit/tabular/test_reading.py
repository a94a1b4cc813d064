"""Reading spreadsheets that are hostile until checked: bombs, broken CSV, foreign encodings."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from asn_desktop.errors import ValidationFailed
from asn_desktop.tabular.reading import read_table
from tests.unit.tabular.bombs import xlsx_bomb

ROOT = Path(__file__).resolve().parents[3]

_MEASURE = """
import json, sys, time
from pathlib import Path
from asn_desktop.errors import ValidationFailed
from asn_desktop.tabular.reading import read_table
from asn_desktop.services.imports import MAX_ROWS
started = time.perf_counter()
try:
    read_table(Path(sys.argv[1]), max_rows=MAX_ROWS)
    outcome = "accepted"
except ValidationFailed as exc:
    outcome = exc.message
# VmHWM is this process image's own peak (ru_maxrss would include the forking pytest's).
status = Path("/proc/self/status").read_text()
peak_kb = int(next(line for line in status.splitlines() if line.startswith("VmHWM:")).split()[1])
print(json.dumps({"outcome": outcome, "seconds": time.perf_counter() - started, "max_rss_mb": peak_kb / 1024}))
"""


@pytest.mark.parametrize("dimension", ["A1:C2", None, "A1:C3000001"])
def test_an_xlsx_bomb_is_refused_while_reading(tmp_path: Path, dimension: str | None) -> None:
    """3 million rows in a small file: refused at the row limit, in bounded memory.

    Run in a fresh interpreter so that its peak memory is the reader's; the time and memory are
    printed for the record, the memory bound is asserted (time is not, per the project's rule).
    """
    bomb = xlsx_bomb(tmp_path / "bom.xlsx", dimension=dimension)
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(bomb)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    measured = json.loads(result.stdout)
    print(f"\nbomb {bomb.stat().st_size / 1e6:.2f} MB, dimension {dimension}: {measured}")
    assert "terlalu besar" in measured["outcome"]
    assert measured["max_rss_mb"] < 200


def _csv(tmp_path: Path, data: bytes, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_quoted_quotes_and_unquoted_commas_become_row_reports(tmp_path: Path) -> None:
    text = (
        "nip,nama,unit\n"
        '198503212010011001,"a ""b"" c",Seksi Program\n'
        "198503212010011002,Budi Santoso, S.Kom,Seksi Program\n"
        '198503212010011003,"tanpa penutup,Seksi Program\n'
    )
    table = read_table(_csv(tmp_path, text.encode()), max_rows=10)
    assert table.header == ["nip", "nama", "unit"]
    assert [r.values for r in table.rows] == [("198503212010011001", 'a "b" c', "Seksi Program")]
    lines = dict(table.problems)
    assert set(lines) == {3, 4}
    assert "pemisah di dalam nilai" in lines[3]
    assert "tanda kutip" in lines[4]


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("cp1252", b""),
    ],
)
@pytest.mark.parametrize("sep", [",", ";"])
def test_encodings_and_separators_are_sniffed(tmp_path: Path, encoding: str, bom: bytes, sep: str) -> None:
    text = f"nip{sep}nama{sep}unit\r\n198503212010011001{sep}José Müller{sep}Seksi Été\r\n"
    table = read_table(_csv(tmp_path, bom + text.encode(encoding)), max_rows=10)
    assert table.rows[0].values == ("198503212010011001", "José Müller", "Seksi Été")
    assert not table.problems


def test_undecodable_bytes_give_a_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed, match="Pengodean berkas .* tidak dikenal"):
        read_table(_csv(tmp_path, b"nip;nama\n1;\x81\x8d\x8f\x90\x9d\n"), max_rows=10)
    with pytest.raises(ValidationFailed, match="rusak"):
        read_table(_csv(tmp_path, b"\xff\xfe" + b"n\x00i\x00p"[:5]), max_rows=10)


def test_csv_row_limit_and_nul_bytes(tmp_path: Path) -> None:
    rows = "".join(f"{i};x\n" for i in range(30))
    with pytest.raises(ValidationFailed, match="paling banyak 20 baris"):
        read_table(_csv(tmp_path, f"a;b\n{rows}".encode()), max_rows=20)
    table = read_table(_csv(tmp_path, b"a;b\n1;\x00\n2;y\n"), max_rows=20)
    assert [r.values for r in table.rows] == [("2", "y")]
    assert table.problems[0][0] == 2


def test_xlsx_values_as_text(tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Laporan"])
    ws.append([])
    ws.append(["nip", "tanggal", "nilai", "kosong"])
    ws.append(["'198503212010011001", date(1985, 3, 21), 31850.0, None])
    ws.append([None, None, None, None])
    path = tmp_path / "a.xlsx"
    wb.save(path)
    table = read_table(path, max_rows=10, header_within=5, is_header=lambda v: "nip" in v)
    assert table.header_line == 3
    assert table.preamble == [("Laporan",)]
    assert [r.values for r in table.rows] == [("'198503212010011001", "1985-03-21", "31850", "")]


def test_header_not_found_and_damaged_files(tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed, match="judul kolom"):
        read_table(_csv(tmp_path, b"a;b\n1;2\n"), max_rows=10, header_within=2, is_header=lambda v: False)
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 bukan excel")
    with pytest.raises(ValidationFailed, match="XLSX"):
        read_table(broken, max_rows=10)
    with pytest.raises(ValidationFailed, match="tidak didukung"):
        read_table(_csv(tmp_path, b"x", "a.txt"), max_rows=10)
