"""The plan commands end to end: the kasi shares an RHK out and prints his matrix; the admin
records a mutasi. In-process ``main`` on a real workspace, each error one line on stderr."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_desktop.cli import main
from asn_desktop.services import mutasi
from tests.conftest import PASSPHRASE, PASSWORD
from tests.unit.pdf.tools import run_tool
from tests.unit.services.test_role_matrix import kasi_plan  # noqa: F401 - the fixture

KASI, STAFF1, STAFF2, HEAD = (
    "198001012005012002",
    "199001012015031003",
    "199009132025242014",
    "197001012000031001",
)


@pytest.fixture
def as_kasi(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ASN_USER", "kasi")
    monkeypatch.setenv("ASN_USER_PASSWORD", PASSWORD)


def test_share_print_and_mutasi(kasi_plan, as_kasi, tmp_path: Path, capsys, monkeypatch) -> None:  # noqa: F811
    ws = str(tmp_path / "ws")
    base = ["matrix-set", ws, "--year", "2026", "--nip", STAFF1]
    assert main([*base, "--rhk", "1", "--role", "penanggung_jawab", "--hasil", "Draf rencana"]) == 0
    assert "sebagai Penanggung Jawab" in capsys.readouterr().out
    assert main([*base, "--rhk", "5"]) == 1
    assert capsys.readouterr().err.strip() == "galat: RHK nomor 5 tidak ada (SKP ini memiliki 2 RHK)."
    out = tmp_path / "matriks.pdf"
    assert main(["print-matrix", ws, "--nip", KASI, "--year", "2026", "--out", str(out)]) == 0
    text = " ".join(run_tool("pdftotext", out, "-").stdout.split())
    assert "MATRIKS PEMBAGIAN PERAN DAN HASIL" in text
    assert "Draf rencana" in text

    monkeypatch.setenv("ASN_USER", "admin")
    assert main(["mutasi", ws, "--nip", STAFF2, "--date", "2026-07-01", "--supervisor", HEAD]) == 0
    assert "belum ada SKP tahun itu" in capsys.readouterr().out
    assert main(["mutasi", ws, "--nip", STAFF2, "--date", "2026-07-01", "--supervisor", HEAD]) == 1
    assert "harus mengubah atasan atau jabatan" in capsys.readouterr().err
    assert mutasi.skp_periods(kasi_plan.admin, employee_id=kasi_plan.staff2, year=2026) == []


def test_export_batch_form_matriks(kasi_plan, as_kasi, tmp_path: Path, capsys, monkeypatch) -> None:  # noqa: F811
    """``export-batch --form matriks`` writes the leader's matrix into the archive and its manifest."""
    import json

    ws = str(tmp_path / "ws")
    assert (
        main(["matrix-set", ws, "--year", "2026", "--nip", STAFF1, "--rhk", "2", "--hasil", "Laporan pantau"])
        == 0
    )
    monkeypatch.setenv("ASN_USER", "admin")
    out = tmp_path / "arsip"
    assert (
        main(["export-batch", ws, "--year", "2026", "--form", "matriks", "--out", str(out), "--workers", "1"])
        == 0
    )
    assert capsys.readouterr().out.splitlines()[-1].startswith("1 formulir ditulis (0 bertanda tangan)")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert [(f["file"], f["form"], f["nip"]) for f in manifest["files"]] == [
        (f"{KASI}_matriks_2026.pdf", "matriks", KASI)
    ]
    text = " ".join(run_tool("pdftotext", out / f"{KASI}_matriks_2026.pdf", "-").stdout.split())
    assert "MATRIKS PEMBAGIAN PERAN DAN HASIL" in text
    assert "Terlaksananya monitoring program" in text
    assert "Laporan pantau" in text
    bad = [
        "export-batch",
        ws,
        "--year",
        "2026",
        "--period",
        "2026-Q1",
        "--form",
        "matriks",
        "--out",
        str(out),
    ]
    assert main(bad) == 1
    assert "disusun untuk satu tahun" in capsys.readouterr().err
