"""The command line end to end, as a separate process: exit codes and one-line errors."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSWORD


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {
        **os.environ,
        "ASN_PASSPHRASE": "frasa-cli",
        "ASN_ADMIN_PASSWORD": PASSWORD,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "asn_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=300,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def _error_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert lines, "a failing command must say why on stderr"
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo"
    result = run("demo", str(path), "--employees", "120", "--seed", "7")
    assert result.returncode == 0, result.stderr
    assert "120 pegawai" in result.stdout
    return path


def test_demo_database_is_encrypted(demo_ws: Path) -> None:
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(demo_ws / "asn.db").execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert run("audit-verify", str(demo_ws)).returncode == 0


def test_wrong_passphrase_is_one_clear_line(demo_ws: Path) -> None:
    result = run("audit-verify", str(demo_ws), env={"ASN_PASSPHRASE": "salah"})
    assert result.returncode == 1
    assert _error_line(result) == "galat: Frasa sandi salah, atau berkas kunci rusak."


def test_init_then_import_with_bad_rows(tmp_path: Path) -> None:
    ws = tmp_path / "baru"
    assert run("init", str(ws), "--agency", "Dinas Baru", "--no-keyring").returncode == 0
    again = run("init", str(ws), "--agency", "Dinas Baru")
    assert again.returncode == 1
    assert "sudah berisi" in _error_line(again)
    csv_file = tmp_path / "pegawai.csv"
    csv_file.write_text("nip,nama,unit\n12345,Salah,Unit A\n", encoding="utf-8")
    result = run("import-employees", str(ws), str(csv_file))
    assert result.returncode == 2
    assert "Impor dibatalkan" in _error_line(result)
    assert "baris 2" in result.stderr


def test_audit_verify_names_the_first_bad_event(tmp_path: Path) -> None:
    ws = tmp_path / "audit"
    assert run("init", str(ws), "--agency", "Dinas Audit", "--no-keyring").returncode == 0
    from asn_desktop.services.workspace import open_workspace
    from asn_desktop.store.models import AuditEvent

    opened = open_workspace(ws, passphrase="frasa-cli")
    with opened.sessions() as s, s.begin():
        s.get(AuditEvent, 1).action = "workspace.palsu"
    opened.close()
    result = run("audit-verify", str(ws))
    assert result.returncode == 1
    assert "#1" in _error_line(result)


def test_backup_and_restore_commands(demo_ws: Path, tmp_path: Path) -> None:
    target = tmp_path / "demo.asnbak"
    assert run("backup", str(demo_ws), str(target)).returncode == 0
    restored = tmp_path / "pulih"
    result = run("restore", str(target), str(restored), "--no-keyring")
    assert result.returncode == 0, result.stderr
    assert run("audit-verify", str(restored)).returncode == 0
    broken = tmp_path / "rusak.asnbak"
    broken.write_bytes(b"bukan cadangan")
    bad = run("restore", str(broken), str(tmp_path / "x"), "--no-keyring")
    assert bad.returncode == 1
    assert "bukan berkas cadangan" in _error_line(bad)


def test_not_a_workspace(tmp_path: Path) -> None:
    result = run("audit-verify", str(tmp_path))
    assert result.returncode == 1
    assert "bukan ruang kerja" in _error_line(result)


def test_kiosk_import_and_follow_up_export(demo_ws: Path, tmp_path: Path) -> None:
    bad = tmp_path / "kios-salah.csv"
    bad.write_text(
        "tanggal;unit;nip;kanal;skor;komentar\n"
        "01/03/2026;Kantor Kepala Badan;;kios;5;Cepat\n"
        "02/03/2026;Kantor Kepala Badan;;kios;6;Skor di luar skala\n",
        encoding="utf-8-sig",
    )
    rejected = run("import-public-feedback", str(demo_ws), str(bad))
    assert rejected.returncode == 2
    assert "baris 3" in rejected.stderr
    good = tmp_path / "kios.csv"
    good.write_text(
        "tanggal,unit,nip,kanal,skor,komentar\n"
        "01/03/2026,Kantor Kepala Badan,,kios,5,Cepat\n"
        "2026-03-02,Kantor Kepala Badan,,langsung,4,\n",
        encoding="utf-8",
    )
    first = run("import-public-feedback", str(demo_ws), str(good))
    assert first.returncode == 0, first.stderr
    assert "2 tanggapan baru, 0 sudah ada" in first.stdout
    again = run("import-public-feedback", str(demo_ws), str(good))
    assert "0 tanggapan baru, 2 sudah ada" in again.stdout

    out = tmp_path / "tindak-lanjut.xlsx"
    exported = run("export-follow-ups", str(demo_ws), "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    count = int(exported.stdout.split()[0])
    from openpyxl import load_workbook

    book = load_workbook(out, read_only=True)
    try:
        sheet = book.active
        assert sheet is not None
        assert sum(1 for _ in sheet.iter_rows(min_row=2)) >= count > 0
    finally:
        book.close()
    missing = run("export-follow-ups", str(demo_ws), "--out", str(out), "--unit", "Unit Tidak Ada")
    assert missing.returncode == 1
    assert "tidak ditemukan" in _error_line(missing)


def test_agency_unit_and_org_predikat_settings(demo_ws: Path, tmp_path: Path) -> None:
    """Issue 13: the place, zone, logo and predikat organisasi per period, from the command line."""
    result = run("agency-settings", str(demo_ws), "--city", "Makassar", "--timezone", "WITA")
    assert result.returncode == 0, result.stderr
    assert "kota Makassar, zona WITA" in result.stdout
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"bukan gambar")
    result = run("agency-settings", str(demo_ws), "--logo", str(bad))
    assert result.returncode == 1
    assert _error_line(result) == "galat: Berkas logo bukan gambar yang dapat dibaca (PNG atau JPEG)."
    result = run(
        "org-predikat",
        str(demo_ws),
        "--unit",
        "Kantor Kepala Badan",
        "--period",
        "2026-Q3",
        "--predikat",
        "baik",
    )
    assert result.returncode == 0, result.stderr
    assert "Triwulan III 2026: Baik" in result.stdout
    result = run("unit-settings", str(demo_ws), "--unit", "Tidak Ada", "--city", "X")
    assert result.returncode == 1
    assert "tidak ditemukan" in _error_line(result)
    out = tmp_path / "q3"
    result = run(
        "export-batch",
        str(demo_ws),
        "--year",
        "2026",
        "--period",
        "2026-Q3",
        "--form",
        "dokumen",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    names = [p.name for p in out.glob("*.pdf")]
    assert names
    assert all(n.endswith("_dokumen_2026-Q3.pdf") for n in names)


def test_angka_kredit_for_hr_and_printed(demo_ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "ak.xlsx"
    result = run("export-angka-kredit", str(demo_ws), "--year", "2026", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "pemegang jabatan fungsional" in result.stdout
    assert out.read_bytes()[:2] == b"PK"
    result = run(
        "print-angka-kredit",
        str(demo_ws),
        "--nip",
        "197001012000031099",
        "--year",
        "2026",
        "--out",
        str(tmp_path / "x.pdf"),
    )
    assert result.returncode == 1
    assert "tidak ditemukan" in _error_line(result)
