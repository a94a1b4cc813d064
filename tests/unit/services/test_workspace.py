"""Workspace creation, unlocking, and the ways it must fail without losing anything."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from asn_desktop.errors import KeyUnavailable, NotOurDatabase, WorkspaceError, WrongPassphrase, WrongPassword
from asn_desktop.services.workspace import init_workspace, login, open_workspace
from tests.conftest import PASSPHRASE, PASSWORD


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_workspace_is_private_and_unreadable_by_plain_sqlite(workspace) -> None:
    db = workspace.path / "asn.db"
    assert db.read_bytes()[:16] != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(db).execute("SELECT * FROM sqlite_master").fetchall()
    for entry in [workspace.path, *workspace.path.rglob("*")]:
        mode = entry.stat().st_mode & 0o777
        assert mode & 0o077 == 0, f"{entry} is readable by others ({oct(mode)})"


def test_reopen_with_passphrase_and_login(workspace) -> None:
    path = workspace.path
    workspace.close()
    ws = open_workspace(path, passphrase=PASSPHRASE)
    try:
        ctx = login(ws, "admin", PASSWORD)
        assert ctx.actor.role == "admin"
        assert ws.key_backend == "passphrase"
    finally:
        ws.close()


def test_wrong_passphrase_is_clear_and_changes_nothing(workspace) -> None:
    path = workspace.path
    workspace.close()
    before = {p.name: _digest(p) for p in path.iterdir() if p.is_file()}
    with pytest.raises(WrongPassphrase, match="Frasa sandi salah"):
        open_workspace(path, passphrase="bukan-ini")
    with pytest.raises(KeyUnavailable, match="frasa sandi"):
        open_workspace(path, passphrase=None)
    assert {p.name: _digest(p) for p in path.iterdir() if p.is_file()} == before


def test_missing_key_file_is_a_clear_error(workspace) -> None:
    path = workspace.path
    workspace.close()
    (path / "keys.enc").unlink()
    with pytest.raises(KeyUnavailable, match="keyring"):
        open_workspace(path, passphrase=PASSPHRASE)


@pytest.mark.parametrize("damage", ["foreign", "truncated"])
def test_database_that_is_not_ours_or_truncated(workspace, damage: str) -> None:
    path = workspace.path
    workspace.close()
    db = path / "asn.db"
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    if damage == "foreign":
        db.unlink()
        sqlite3.connect(db).execute("CREATE TABLE t(x)").connection.close()
    else:
        db.write_bytes(db.read_bytes()[:1000])
    with pytest.raises(NotOurDatabase, match="bukan basis data ASN Kinerja"):
        open_workspace(path, passphrase=PASSPHRASE)


def test_folder_that_is_not_a_workspace(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    with pytest.raises(WorkspaceError, match="bukan ruang kerja"):
        open_workspace(tmp_path / "x", passphrase=PASSPHRASE)


def test_init_refuses_a_folder_in_use(tmp_path: Path) -> None:
    (tmp_path / "w").mkdir()
    (tmp_path / "w" / "catatan.txt").write_text("penting")
    with pytest.raises(WorkspaceError, match="sudah berisi"):
        init_workspace(tmp_path / "w", agency="X", admin_password=PASSWORD, passphrase=PASSPHRASE)
    assert (tmp_path / "w" / "catatan.txt").read_text() == "penting"


def test_wrong_password_same_message_for_unknown_user(workspace) -> None:
    with pytest.raises(WrongPassword) as wrong:
        login(workspace, "admin", "salah-sandi")
    with pytest.raises(WrongPassword) as unknown:
        login(workspace, "siapa", PASSWORD)
    assert wrong.value.message == unknown.value.message


class _MemoryKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def test_keyring_is_used_when_present(tmp_path: Path) -> None:
    backend = _MemoryKeyring()
    keyring.set_keyring(backend)
    ws = init_workspace(tmp_path / "k", agency="Dinas K", admin_password=PASSWORD)
    assert ws.key_backend == "keyring"
    assert not (tmp_path / "k" / "keys.enc").exists()
    assert any(service == "asn-desktop" for service, _ in backend.store)
    ws.close()
    reopened = open_workspace(tmp_path / "k")
    assert reopened.workspace_id == ws.workspace_id
    reopened.close()


def test_no_keyring_and_no_passphrase(tmp_path: Path) -> None:
    with pytest.raises(KeyUnavailable, match="Tidak ada keyring"):
        init_workspace(tmp_path / "n", agency="X", admin_password=PASSWORD)
