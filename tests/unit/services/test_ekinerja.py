"""e-Kinerja's Laporan Penilaian SKP imported as past predikat, and shown in the history."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.domain.rating import Predikat
from asn_desktop.errors import ImportRejected
from asn_desktop.services.ekinerja import import_ekinerja_history
from asn_desktop.services.history import predikat_history
from tests.unit.services.test_history import _decide

HEADER = [
    "no",
    "nip",
    "nama",
    "jabatan",
    "periode_awal",
    "periode_akhir",
    "hasil_kerja",
    "perilaku_kerja",
    "hasil_akhir",
]


def _report(path: Path, rows: list[list]) -> Path:
    """Laid out as e-Kinerja exports it: a title, the agency, a blank row, then the table."""
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "LAPORAN PENILAIAN SKP"
    ws["A2"] = "Instansi : Dinas Uji"
    ws.append([])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


ROWS = [
    [
        1,
        "'199001012015031003",
        "Staf Satu",
        "Pengelola",
        "2024-01-01",
        "2024-12-31",
        "SESUAI EKSPEKTASI",
        "DI ATAS EKSPEKTASI",
        "BAIK",
    ],
    [2, "199001012015031003", "Staf Satu", "Pengelola", "", "31-12-2023", "", "", "SANGAT BAIK"],
    [
        3,
        "199001012015031003",
        "Staf Satu",
        "Pengelola",
        "01/01/2025",
        "31/03/2025",
        "",
        "",
        "BUTUH PERBAIKAN",
    ],
    [
        4,
        "198001012005012002",
        "Kasi Program",
        "Kepala Seksi",
        "2024-01-01",
        "2024-12-31",
        "",
        "",
        "KURANG/MISCONDUCT",
    ],
    [5, "198503212010011001", "Sudah Pindah", "Pengelola", "2024-01-01", "2024-12-31", "", "", "BAIK"],
]


def test_report_becomes_past_predikat_in_the_history(org, tmp_path: Path) -> None:
    result = import_ekinerja_history(org.admin, _report(tmp_path / "lap.xlsx", ROWS))
    assert (result.added, result.updated, result.instansi) == (4, 0, "Dinas Uji")
    assert result.skipped == [(9, "NIP 198503212010011001 (Sudah Pindah) tidak terdaftar: dilewati")]
    _decide(org, "2026", "di_atas", "di_atas")
    points = predikat_history(org.ctx["staff1"], employee_id=org.staff1)
    assert [(p.period.key, p.predikat, p.source) for p in points] == [
        ("2023", Predikat.SANGAT_BAIK, "e-Kinerja"),
        ("2024", Predikat.BAIK, "e-Kinerja"),
        ("2025-Q1", Predikat.BUTUH_PERBAIKAN, "e-Kinerja"),
        ("2026", Predikat.SANGAT_BAIK, "aplikasi"),
    ]
    again = import_ekinerja_history(org.admin, _report(tmp_path / "lap.xlsx", ROWS))
    assert (again.added, again.updated) == (0, 0)


def test_the_app_wins_over_an_import_for_the_same_period(org, tmp_path: Path) -> None:
    _decide(org, "2024", "di_bawah", "sesuai")
    import_ekinerja_history(org.admin, _report(tmp_path / "lap.xlsx", ROWS[:1]))
    points = predikat_history(org.ctx["kasi"], employee_id=org.staff1)
    assert [(p.period.key, p.predikat, p.source) for p in points] == [
        ("2024", Predikat.BUTUH_PERBAIKAN, "aplikasi")
    ]


def test_bad_rows_refuse_the_import(org, tmp_path: Path) -> None:
    bad = [
        *ROWS[:1],
        [2, "199001012015031003", "Staf Satu", "", "", "kemarin", "", "", "BAIK"],
        [3, "199001012015031003", "Staf Satu", "", "2024-02-01", "2024-04-30", "", "", "BAIK"],
        [4, "199001012015031003", "Staf Satu", "", "", "2024-12-31", "", "", "ISTIMEWA"],
    ]
    with pytest.raises(ImportRejected) as err:
        import_ekinerja_history(org.admin, _report(tmp_path / "lap.xlsx", bad))
    reasons = dict(err.value.row_errors)
    assert set(reasons) == {6, 7, 8}
    assert "bukan tanggal" in reasons[6]
    assert "bukan satu tahun, triwulan, atau bulan" in reasons[7]
    assert "bukan predikat" in reasons[8]
    assert predikat_history(org.admin, employee_id=org.staff1) == []
    with pytest.raises(PermissionDenied):
        import_ekinerja_history(org.ctx["kasi"], tmp_path / "lap.xlsx")
