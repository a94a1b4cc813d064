"""``sync``, ``enrol`` and ``join`` from the command line (DESIGN §7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_desktop.cli import main


def test_enrol_join_sync_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    share = tmp_path / "bersama"
    share.mkdir()
    monkeypatch.setenv("ASN_PASSPHRASE", "frasa-uji-cli")
    monkeypatch.setenv("ASN_ADMIN_PASSWORD", "sandi-rahasia-1")
    monkeypatch.setenv("ASN_ENROL_PASSPHRASE", "daftar-uji-cli")
    assert main(["init", str(tmp_path / "a"), "--agency", "Dinas CLI", "--no-keyring"]) == 0
    assert main(["sync", str(tmp_path / "a"), str(share)]) == 0
    assert "Sinkronisasi selesai: 2 perubahan dikirim" in capsys.readouterr().out
    assert (
        main(["enrol", str(tmp_path / "a"), "--out", str(tmp_path / "b.asnenrol"), "--name", "Laptop B"]) == 0
    )
    assert main(["join", str(tmp_path / "b.asnenrol"), str(tmp_path / "b"), str(share), "--no-keyring"]) == 0
    out = capsys.readouterr().out
    assert "perangkat instansi yang sama" in out
    assert "2 perubahan diterima" in out
    assert main(["sync", str(tmp_path / "b"), str(share), "--snapshot"]) == 0
    assert main(["sync", str(tmp_path / "a"), str(tmp_path / "tidak-ada")]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    monkeypatch.setenv("ASN_ENROL_PASSPHRASE", "salah-frasa-sandi")
    assert main(["join", str(tmp_path / "b.asnenrol"), str(tmp_path / "c"), str(share), "--no-keyring"]) == 1
