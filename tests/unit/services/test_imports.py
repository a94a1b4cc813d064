"""Employee import: per-row errors, all or nothing, CSV and XLSX, idempotent re-runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.errors import ImportRejected, ValidationFailed
from asn_desktop.services.directory import EmployeeFilter, count_visible_employees, visible_employees
from asn_desktop.services.imports import import_employees

GOOD = """nip;nama;jenis;unit;jabatan;nip_atasan
198503212010011001;Budi Santoso;PNS;Seksi Program;;198001012005012002
199009132025242014;Sari PPPK Kedua;PPPK;Seksi Program;;198503212010011001
"""


def _write(tmp_path: Path, text: str, name: str = "pegawai.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_import_then_rerun_updates_without_duplicates(org, tmp_path: Path) -> None:
    good = GOOD.replace("199009132025242014", "199109132025242015")
    before = count_visible_employees(org.admin)
    report = import_employees(org.admin, _write(tmp_path, good))
    assert (report.created, report.updated) == (2, 0)
    again = import_employees(org.admin, _write(tmp_path, good))
    assert (again.created, again.updated) == (0, 2)
    assert count_visible_employees(org.admin) == before + 2
    budi = visible_employees(org.admin, EmployeeFilter(text="Budi"))[0]
    assert (budi.supervisor_name, budi.unit_name) == ("Kasi Program", "Seksi Program")


def test_bad_rows_are_all_reported_and_nothing_is_imported(org, tmp_path: Path) -> None:
    bad = (
        GOOD.replace("199009132025242014", "199009132025242015")
        + "19850321201001100;Terlalu Pendek;PNS;Seksi Program;;\n"
        + "198503212010013001;Gender Salah;PNS;Seksi Program;;\n"
        + "198503212010011009;Unit Hilang;PNS;Seksi Antah;;\n"
        + "198503212010011001;Kembar;PNS;Seksi Program;;\n"
        + "198503212010011011;Atasan Hilang;PNS;Seksi Program;;196501011990031099\n"
    )
    before = count_visible_employees(org.admin)
    with pytest.raises(ImportRejected) as info:
        import_employees(org.admin, _write(tmp_path, bad))
    lines = [line for line, _ in info.value.row_errors]
    assert lines == [4, 5, 6, 7, 8]
    reasons = dict(info.value.row_errors)
    assert "18 digit" in reasons[4]
    assert "jenis kelamin" in reasons[5].lower()
    assert "tidak dikenal" in reasons[6]
    assert "baris 2" in reasons[7]
    assert "tidak ditemukan" in reasons[8]
    assert count_visible_employees(org.admin) == before


def test_xlsx_import(org, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["NIP", "Nama", "Unit"])
    ws.append(["198503212010011001", "Dewi Lestari", "Kantor Kepala"])
    path = tmp_path / "pegawai.xlsx"
    wb.save(path)
    assert import_employees(org.admin, path).created == 1
    assert visible_employees(org.admin, EmployeeFilter(text="19850321"))[0].name == "Dewi Lestari"


def test_unreadable_or_wrong_files(org, tmp_path: Path) -> None:
    with pytest.raises(ValidationFailed, match="tidak didukung"):
        import_employees(org.admin, _write(tmp_path, "x", "pegawai.txt"))
    with pytest.raises(ValidationFailed, match="Kolom wajib"):
        import_employees(org.admin, _write(tmp_path, "nama,unit\nA,B\n"))
    with pytest.raises(ValidationFailed, match="tidak berisi"):
        import_employees(org.admin, _write(tmp_path, "nip,nama,unit\n"))
    (tmp_path / "rusak.xlsx").write_bytes(b"PK\x03\x04 bukan excel")
    with pytest.raises(ValidationFailed, match="bukan lembar kerja XLSX yang utuh"):
        import_employees(org.admin, tmp_path / "rusak.xlsx")


def test_only_admin_imports(org, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        import_employees(org.ctx["kasi"], _write(tmp_path, GOOD))


def test_lists_are_scoped_by_role(org) -> None:
    assert {r.name for r in visible_employees(org.ctx["kasi"])} == {"Staf Satu", "Staf PPPK"}
    assert [r.name for r in visible_employees(org.ctx["staff1"])] == ["Staf Satu"]
    assert count_visible_employees(org.admin) == 4
    assert [r.nip for r in visible_employees(org.admin, EmployeeFilter(text="1990 0913"))] == [
        "199009132025242014"
    ]


def test_cancelled_import_saves_nothing(org, tmp_path: Path) -> None:
    from asn_desktop.progress import Cancelled, CancelToken

    rows = "".join(
        f"19850321201001{1000 + i:04d}"[:14] + f"1{i % 999 + 1:03d};Pegawai {i};PNS;Seksi Program;;\n"
        for i in range(1200)
    )
    before = count_visible_employees(org.admin)
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int, text: str) -> None:
        seen.append(done)
        token.cancel()

    with pytest.raises(Cancelled):
        import_employees(
            org.admin,
            _write(tmp_path, "nip;nama;jenis;unit;jabatan;nip_atasan\n" + rows),
            progress=progress,
            token=token,
        )
    assert seen
    assert count_visible_employees(org.admin) == before
