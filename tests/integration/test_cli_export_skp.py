"""``export --skp``: after a mutasi a pegawai has two SKPs in one year and the caller picks which
one the SKP form prints; an id that is not one of them is refused, never silently replaced by the
SKP in force. In-process ``main`` on a real workspace, as ``test_cli_plan`` does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from asn_desktop.cli import main
from asn_desktop.services import mutasi
from asn_desktop.services import skp as skp_svc
from tests.conftest import PASSPHRASE, PASSWORD
from tests.unit.pdf.tools import run_tool
from tests.unit.services.helpers import approved_skp, head_skp

STAFF1 = "199001012015031003"


@pytest.fixture
def moved(org, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """staff1's SKP under the kasi until June, then (mutasi on 1 July) a second one under the head."""
    head_rhk = head_skp(org)
    org.kasi_skp, kasi_rhk, _ = approved_skp(org, "kasi", parent_rhk=head_rhk)
    org.old_skp, _, _ = approved_skp(org, "staff1", parent_rhk=kasi_rhk)
    mutasi.record_mutasi(org.admin, employee_id=org.staff1, day=date(2026, 7, 1), supervisor_id=org.head)
    staff = org.ctx["staff1"]
    org.new_skp = skp_svc.create_skp(staff, year=2026)
    rhk = skp_svc.add_rhk(
        staff, skp_id=org.new_skp, kind="utama", text="Mendukung kepala dinas", parent_rhk_id=head_rhk
    )
    skp_svc.add_indicator(staff, rhk_id=rhk, aspect="kuantitas", text="Laporan", target="6 laporan")
    skp_svc.submit_skp(staff, skp_id=org.new_skp)
    skp_svc.approve_skp(org.ctx["head"], skp_id=org.new_skp)
    monkeypatch.setenv("ASN_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ASN_USER", "admin")
    monkeypatch.setenv("ASN_USER_PASSWORD", PASSWORD)
    return org


def _text(path: Path) -> str:
    return " ".join(run_tool("pdftotext", path, "-").stdout.replace("\u00a0", " ").split()).upper()


def test_export_skp_picks_one_of_the_years_two_skps(moved, tmp_path: Path, capsys) -> None:
    org = moved
    ws = str(tmp_path / "ws")
    base = ["export", ws, "--nip", STAFF1, "--year", "2026", "--form", "skp"]
    default, first, second = tmp_path / "bawaan.pdf", tmp_path / "pertama.pdf", tmp_path / "kedua.pdf"
    assert main([*base, "--out", str(default)]) == 0
    assert main([*base, "--out", str(first), "--skp", org.old_skp]) == 0
    assert main([*base, "--out", str(second), "--skp", org.new_skp]) == 0
    capsys.readouterr()
    assert "1 JANUARI S.D. 30 JUNI 2026" in _text(first)
    assert "KASI PROGRAM" in _text(first)  # the old pejabat penilai
    assert "1 JULI S.D. 31 DESEMBER 2026" in _text(second)
    assert default.read_bytes() == second.read_bytes(), "without --skp: the SKP in force at the year's end"


def test_export_refuses_an_skp_that_is_not_the_pegawais(moved, tmp_path: Path, capsys) -> None:
    org = moved
    ws = str(tmp_path / "ws")
    out = tmp_path / "skp.pdf"
    base = ["export", ws, "--nip", STAFF1, "--year", "2026", "--out", str(out)]

    assert main([*base, "--form", "skp", "--skp", "bukan-id-skp"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("galat: SKP bukan-id-skp tidak ditemukan"), err
    assert org.old_skp in err, "the refusal names the choices"
    assert "1 Januari s.d. 30 Juni 2026" in err

    assert main([*base, "--form", "skp", "--skp", org.kasi_skp]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"galat: SKP {org.kasi_skp} bukan SKP yang berlaku bagi NIP {STAFF1} tahun 2026"), (
        err
    )

    assert not out.exists(), "no form was written for a refused choice"


def test_export_skp_also_picks_the_evaluation_of_the_closed_skp(moved, tmp_path: Path, capsys) -> None:
    org = moved
    out = tmp_path / "evaluasi.pdf"
    base = ["export", str(tmp_path / "ws"), "--nip", STAFF1, "--year", "2026", "--out", str(out)]
    assert main([*base, "--form", "evaluasi", "--skp", org.old_skp]) == 0
    capsys.readouterr()
    assert "1 JANUARI S.D. 30 JUNI 2026" in _text(out)
    assert "KASI PROGRAM" in _text(out)  # evaluated by the old pejabat penilai
