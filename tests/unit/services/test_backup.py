"""Backup and restore: a whole workspace in one file; a bad file restores nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from asn_desktop.errors import WorkspaceError, WrongPassphrase
from asn_desktop.evidence.specimen import simple_pdf
from asn_desktop.services.backup import backup_workspace, restore_workspace
from asn_desktop.services.directory import count_visible_employees
from asn_desktop.services.realisation import attach_evidence, read_evidence, record_realisation
from asn_desktop.services.workspace import login, open_workspace
from tests.conftest import PASSWORD
from tests.unit.services.helpers import approved_skp, head_skp


def test_backup_restore_round_trip_with_evidence(org, tmp_path: Path) -> None:
    _, _, ind = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    real = record_realisation(org.ctx["kasi"], indicator_id=ind, period_key="2026-Q1", value="2")
    ev = attach_evidence(org.ctx["kasi"], realisation_id=real, filename="a.pdf", data=simple_pdf("bukti"))
    target = tmp_path / "cadangan.asnbak"
    backup_workspace(org.admin, target, passphrase="sandi-cadangan")
    restored = tmp_path / "pulih"
    restore_workspace(target, restored, passphrase="sandi-cadangan")
    ws = open_workspace(restored, passphrase="sandi-cadangan")
    try:
        ctx = login(ws, "kasi", PASSWORD)
        assert read_evidence(ctx, evidence_id=ev) == ("a.pdf", simple_pdf("bukti"))
        assert count_visible_employees(login(ws, "admin", PASSWORD)) == 4
    finally:
        ws.close()


def test_restore_refuses_bad_files_and_writes_nothing(org, tmp_path: Path) -> None:
    target = tmp_path / "cadangan.asnbak"
    backup_workspace(org.admin, target, passphrase="sandi-cadangan")
    with pytest.raises(WrongPassphrase):
        restore_workspace(target, tmp_path / "a", passphrase="salah-sandi")
    assert not (tmp_path / "a").exists()
    truncated = tmp_path / "potong.asnbak"
    truncated.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
    with pytest.raises(WorkspaceError, match="utuh|rusak"):
        restore_workspace(truncated, tmp_path / "b", passphrase="sandi-cadangan")
    assert not (tmp_path / "b").exists()
    altered = tmp_path / "ubah.asnbak"
    with zipfile.ZipFile(target) as src, zipfile.ZipFile(altered, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data + b"x" if item.filename == "device.json" else data)
    with pytest.raises(WorkspaceError, match="tidak cocok"):
        restore_workspace(altered, tmp_path / "c", passphrase="sandi-cadangan")
    assert not (tmp_path / "c").exists()
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x").write_text("ada")
    with pytest.raises(WorkspaceError, match="tidak kosong"):
        restore_workspace(target, tmp_path / "d", passphrase="sandi-cadangan")


_ESCAPES = (
    "C:\\evil",
    "C:evil",
    "\\evil",
    "\\\\srv\\share\\x",
    "//srv/share/x",
    "/etc/evil",
    "../evil",
    "blobs/../../evil",
    "blobs\\ab\\" + "ab" * 32,
    "blobs/ab/" + "cd" * 32,  # fan-out folder that does not match the hash
    "asn.db/../x",
    "notes.txt",
)


@pytest.mark.parametrize("name", _ESCAPES)
def test_restore_accepts_only_the_backup_layout(org, tmp_path: Path, name: str) -> None:
    """A name from the manifest that is not one of the backup's own names is refused, on any OS."""
    import json

    target = tmp_path / "cadangan.asnbak"
    backup_workspace(org.admin, target, passphrase="sandi-cadangan")
    evil = tmp_path / "jahat.asnbak"
    with zipfile.ZipFile(target) as src, zipfile.ZipFile(evil, "w") as dst:
        manifest = json.loads(src.read("manifest.json"))
        manifest["files"][name] = "0" * 64
        dst.writestr("manifest.json", json.dumps(manifest))
        for item in src.infolist():
            if item.filename != "manifest.json":
                dst.writestr(item, src.read(item))
        dst.writestr(name, b"jahat")
    with pytest.raises(WorkspaceError, match="tidak sah"):
        restore_workspace(evil, tmp_path / "pulih", passphrase="sandi-cadangan")
    assert not (tmp_path / "pulih").exists()
    assert not list(tmp_path.parent.glob("evil*"))
    assert not (tmp_path / "evil").exists()


def test_restore_refuses_a_stray_archive_member(org, tmp_path: Path) -> None:
    target = tmp_path / "cadangan.asnbak"
    backup_workspace(org.admin, target, passphrase="sandi-cadangan")
    with zipfile.ZipFile(target, "a") as zf:
        zf.writestr("..\\..\\autorun.bat", b"@echo jahat")
    with pytest.raises(WorkspaceError, match="tidak sah"):
        restore_workspace(target, tmp_path / "pulih", passphrase="sandi-cadangan")


def test_restore_refuses_a_backup_larger_than_the_free_disk_and_writes_nothing(
    org, tmp_path: Path, monkeypatch
) -> None:
    """What a restore writes is bounded by the sizes its archive declares (a crafted one's
    included: a member is read no further): more than the disk has free is refused up front."""
    import shutil
    from collections import namedtuple

    from asn_desktop.services import backup

    target = tmp_path / "cadangan.asnbak"
    backup_workspace(org.admin, target, passphrase="sandi-cadangan")
    declared = sum(i.file_size for i in zipfile.ZipFile(target).infolist())
    usage = namedtuple("usage", "total used free")
    real = shutil.disk_usage
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda p: usage(*real(p)[:2], declared // 2))
    with pytest.raises(WorkspaceError, match="Ruang disk tidak cukup"):
        restore_workspace(target, tmp_path / "pulih", passphrase="sandi-cadangan")
    assert not (tmp_path / "pulih").exists()
    monkeypatch.setattr(backup.shutil, "disk_usage", real)
    restore_workspace(target, tmp_path / "pulih", passphrase="sandi-cadangan")
    assert (tmp_path / "pulih" / "asn.db").stat().st_size > 0
