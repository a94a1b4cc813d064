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
    demo_admin = {"ASN_USER_PASSWORD": "demo12345"}  # the demo's admin signs the import
    rejected = run("import-public-feedback", str(demo_ws), str(bad), env=demo_admin)
    assert rejected.returncode == 2
    assert "baris 3" in rejected.stderr
    good = tmp_path / "kios.csv"
    good.write_text(
        "tanggal,unit,nip,kanal,skor,komentar\n"
        "01/03/2026,Kantor Kepala Badan,,kios,5,Cepat\n"
        "2026-03-02,Kantor Kepala Badan,,langsung,4,\n",
        encoding="utf-8",
    )
    first = run("import-public-feedback", str(demo_ws), str(good), env=demo_admin)
    assert first.returncode == 0, first.stderr
    assert "2 tanggapan baru, 0 sudah ada" in first.stdout
    again = run("import-public-feedback", str(demo_ws), str(good), env=demo_admin)
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


def test_siasn_download_dry_run_then_import(tmp_path: Path) -> None:
    from tests.unit.services.siasn_samples import siasn_workbook

    ws = tmp_path / "ws"
    assert run("init", str(ws), "--agency", "BKD Uji").returncode == 0
    book = siasn_workbook(tmp_path / "siasn.xlsx")
    dry = run("import-employees", str(ws), str(book), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "baris 2: baru 198503212010011001 Budi Santoso, S.Kom (Bidang Informasi Kepegawaian)" in dry.stdout
    assert "Pratinjau: 3 baru, 0 diperbarui, 0 ditolak, 2 unit baru; belum ada yang disimpan." in dry.stdout
    again = run("import-employees", str(ws), str(book), "--dry-run")
    assert "3 baru" in again.stdout  # the dry run wrote nothing
    done = run("import-employees", str(ws), str(book))
    assert done.stdout.strip() == "Impor selesai: 3 pegawai baru, 0 diperbarui, 2 unit baru."
    other = tmp_path / "lain.csv"
    other.write_text("Nomor Induk;Nama Lengkap;UNOR\n198503212010011001;Budi;Bidang Informasi Kepegawaian\n")
    refused = run("import-employees", str(ws), str(other), "--dry-run")
    assert refused.returncode == 1
    assert "Kolom wajib tidak ada" in _error_line(refused)
    mapped = run(
        "import-employees",
        str(ws),
        str(other),
        "--dry-run",
        "--kolom",
        "nip=Nomor Induk",
        "--kolom",
        "nama=Nama Lengkap",
        "--kolom",
        "unit=UNOR",
    )
    assert "baris 2: diperbarui 198503212010011001 Budi" in mapped.stdout, mapped.stderr


def test_export_siasn_writes_bodies_and_a_review_sheet(demo_ws: Path, tmp_path: Path) -> None:
    out = tmp_path / "siasn"
    result = run("export-siasn", str(demo_ws), "--year", "2026", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "hasil kinerja ditulis ke" in result.stdout
    assert list((out / "skp22").glob("*-2026.json"))
    assert (out / "siasn-2026.xlsx").is_file()
    first = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert run("export-siasn", str(demo_ws), "--year", "2026", "--out", str(out)).returncode == 0
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == first
    bad = run("export-siasn", str(demo_ws), "--year", "2026", "--period", "2025-Q1", "--out", str(out))
    assert bad.returncode == 1
    assert "bukan bagian tahun 2026" in _error_line(bad)


def test_demo_signs_and_an_imported_ca_is_trusted_only_after_cert_approve(tmp_path: Path) -> None:
    """On a fresh demo `export-batch --sign` signs with the demo's keys; an imported PKCS#12 of a
    self-made "BSSN" root is not trusted (verify exits 3) until an admin runs `cert-approve`."""
    from asn_desktop.pdf.archive import read_manifest
    from tests.unit.pdf.fake_ca import as_p12, fake_bssn_root, forged_evaluation, leaf

    env = {"ASN_DESKTOP_HOME": str(tmp_path / "home")}
    ws, out = tmp_path / "demo", tmp_path / "arsip"
    assert run("demo", str(ws), "--employees", "40", env=env).returncode == 0
    signed = run(
        "export-batch",
        str(ws),
        "--year",
        "2026",
        "--sign",
        "--out",
        str(out),
        "--workers",
        "1",
        env={**env, "ASN_SIGN_PASSPHRASE": "demo12345"},
    )
    assert signed.returncode == 0, signed.stderr
    entries = read_manifest((out / "manifest.json").read_bytes())
    evaluation = next(e for e in entries if e.form == "evaluasi" and len(e.signers) == 2)
    assert run("verify", str(out / evaluation.file), env=env).returncode == 0

    fake = fake_bssn_root()
    key, cert = leaf(fake, "Pegawai Impor")
    p12 = tmp_path / "bssn.p12"
    p12.write_bytes(as_p12(fake, key, cert, b"p12"))
    nip = evaluation.nip
    imported = run(
        "cert-import",
        str(ws),
        str(p12),
        "--nip",
        nip,
        env={**env, "ASN_P12_PASSWORD": "p12", "ASN_SIGN_PASSPHRASE": "frasa-impor-1"},
    )
    assert imported.returncode == 0, imported.stderr
    assert "menunggu persetujuan admin" in imported.stdout
    forged = tmp_path / "palsu.pdf"
    forged.write_bytes(forged_evaluation(fake, evaluation.signers[0].split(" (")[0]))
    untrusted = run("verify", str(forged), "--workspace", str(ws), env=env)
    assert untrusted.returncode == 3
    assert "TIDAK DIPERCAYA" in untrusted.stdout
    assert "TIDAK DIPERCAYA" in _error_line(untrusted)

    wrong = run("cert-approve", str(ws), "--nip", nip, "--fingerprint", "00ff", env=env)
    assert wrong.returncode == 1
    assert "tidak cocok" in _error_line(wrong)
    fingerprint = fake.fingerprint
    approved = run("cert-approve", str(ws), "--nip", nip, "--fingerprint", fingerprint[:16], env=env)
    assert approved.returncode == 0, approved.stderr
    assert fingerprint in approved.stdout
    assert run("verify", str(forged), env=env).returncode == 0  # the admin chose to trust that CA

    again = run("cert-issue", str(ws), "--all", env={**env, "ASN_SIGN_PASSPHRASE": "awal-12345"})
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("0 sertifikat tanda tangan diterbitkan; 40 pegawai tetap")


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


def test_ekinerja_history_import_acts_as_the_admin(demo_ws: Path, tmp_path: Path) -> None:
    """A write from the command line is signed by a user (the demo's admin here), like the app's."""
    from sqlalchemy import select

    from asn_desktop.services.workspace import open_workspace
    from asn_desktop.store.models import Employee
    from tests.unit.services.test_ekinerja import _report

    ws = open_workspace(demo_ws, passphrase="frasa-cli")
    with ws.sessions() as s:
        nip = s.scalars(select(Employee.nip).order_by(Employee.nip).limit(1)).one()
    ws.close()
    row = [1, nip, "Pegawai", "Analis", "2023-01-01", "2023-12-31", "", "", "BAIK"]
    result = run("import-ekinerja", str(demo_ws), str(_report(tmp_path / "lap.xlsx", [row])))
    assert result.returncode == 0, result.stderr
    assert "1 predikat baru" in result.stdout, result.stdout
    refused = run("import-ekinerja", str(demo_ws), str(tmp_path / "lap.xlsx"), env={"ASN_USER": "tidak.ada"})
    assert refused.returncode == 1
