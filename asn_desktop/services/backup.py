"""Backup and restore of a whole workspace into one file.

A backup is a ZIP holding an encrypted copy of the database (SQLite backup API, same key), the
encrypted evidence blobs, ``device.json``, and the workspace secrets sealed with a passphrase
(``keys.enc``), so that the backup can be restored on another laptop without the original
keyring. A ``manifest.json`` (format, workspace id, schema revision, SHA-256 of each member) lets
``restore`` refuse a foreign, truncated or altered file before touching anything.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
import zipfile
from pathlib import Path

from asn_desktop.atomic import atomic_writer
from asn_desktop.domain.permissions import can_manage_master_data, require
from asn_desktop.errors import WorkspaceError
from asn_desktop.security.keystore import PassphraseStore, choose_keystore
from asn_desktop.services.context import BLOB_DIR, DB_FILE, DEVICE_FILE, AppContext, DeviceInfo
from asn_desktop.store import migrate
from asn_desktop.store.backup import copy_database
from asn_desktop.untrusted import json_of

BACKUP_FORMAT = "asn-backup/1"
KEYS_FILE = "keys.enc"
MANIFEST = "manifest.json"
# The backup's own layout, and nothing else: a name is restored only when it is one of these, so
# no drive (``C:\\x``), root (``/x``, ``\\x``), UNC (``\\\\srv\\share``) or ``..`` path can be
# written, whatever the platform's path rules are. Blobs are ``blobs/<2 hex>/<64 hex>``, as the
# blob store names them.
_MEMBER = re.compile(
    rf"(?:{re.escape(DB_FILE)}|{re.escape(KEYS_FILE)}|{re.escape(DEVICE_FILE)}"
    rf"|{re.escape(BLOB_DIR)}/(?P<fan>[0-9a-f]{{2}})/(?P<sha>[0-9a-f]{{64}}))"
)


def is_backup_member(name: object) -> bool:
    """Whether ``name`` belongs to the backup layout (the blob's fan-out folder must match it too)."""
    if not isinstance(name, str):
        return False
    match = _MEMBER.fullmatch(name)
    return match is not None and (match["sha"] is None or match["sha"].startswith(match["fan"]))


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def backup_workspace(ctx: AppContext, target: Path, *, passphrase: str) -> Path:
    """Write a backup of the open workspace to ``target`` (atomically)."""
    require(can_manage_master_data(ctx.actor), "membuat cadangan ruang kerja")
    ws = ctx.workspace
    secrets = ws.secrets
    with tempfile.TemporaryDirectory(prefix="asn-backup-") as tmp_name:
        tmp = Path(tmp_name)
        copy_database(ws.path / DB_FILE, secrets["db_key"], tmp / DB_FILE)
        PassphraseStore(tmp / KEYS_FILE, passphrase).save(ws.workspace_id, secrets)
        members: dict[str, Path] = {
            DB_FILE: tmp / DB_FILE,
            KEYS_FILE: tmp / KEYS_FILE,
            DEVICE_FILE: ws.path / DEVICE_FILE,
        }
        for blob in sorted((ws.path / BLOB_DIR).rglob("*")):
            if blob.is_file() and not blob.name.startswith("."):
                members[blob.relative_to(ws.path).as_posix()] = blob
        manifest = {
            "format": BACKUP_FORMAT,
            "workspace_id": ws.workspace_id,
            "schema": migrate.head_revision(),
            "created": ws.now().isoformat(),
            "files": {name: _sha256(p) for name, p in members.items()},
        }
        with atomic_writer(target) as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, indent=2))
            for name, p in members.items():
                zf.write(p, name)
    return target


def _read_manifest(zf: zipfile.ZipFile, source: Path) -> dict[str, object]:
    try:
        manifest = json_of(zf.read(MANIFEST))
    except (KeyError, ValueError) as exc:
        raise WorkspaceError(f"{source.name} bukan berkas cadangan ASN Kinerja.") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        raise WorkspaceError(f"Format cadangan {found!r} tidak dikenal.")
    files = manifest.get("files")
    if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
        raise WorkspaceError(f"{source.name}: manifes cadangan rusak.")
    _check_layout(zf, files, source)
    return dict(manifest)


def _check_layout(zf: zipfile.ZipFile, files: dict[str, str], source: Path) -> None:
    """Refuse a backup holding any name outside the layout, in the manifest or in the archive."""
    stray = [n for n in files if not is_backup_member(n)]
    stray += [n for n in zf.namelist() if n != MANIFEST and not is_backup_member(n)]
    if stray:
        raise WorkspaceError(f"Cadangan {source.name} berisi nama berkas tidak sah: {stray[0]!r:.120}")
    for required in (DB_FILE, KEYS_FILE, DEVICE_FILE):
        if required not in files:
            raise WorkspaceError(f"Cadangan {source.name} tidak lengkap: {required} tidak ada.")


def _check_room(zf: zipfile.ZipFile, files: dict[str, str], where: Path, source: Path) -> None:
    """Refuse, before writing, a backup that says it unpacks to more than the disk has free.

    Each member is read no further than the size it declares (``zipfile`` checks its CRC at the
    end), so the declared sizes bound what a restore writes, a crafted archive's included.
    """
    try:
        declared = sum(zf.getinfo(name).file_size for name in files)
    except KeyError as exc:
        raise WorkspaceError(f"Cadangan rusak: {exc.args[0]!r:.120} tidak ada di arsip.") from None
    where.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(where).free
    if declared > free:
        raise WorkspaceError(
            f"Ruang disk tidak cukup untuk memulihkan {source.name}: perlu {declared // 2**20:,} MB, "
            f"tersedia {free // 2**20:,} MB.".replace(",", ".")
        )


def _copy_hashed(zf: zipfile.ZipFile, name: str, out: Path) -> str:
    """Unpack one member in pieces (a database of a large agency is most of a gigabyte, never
    all in memory at once); returns the SHA-256 of what was written."""
    h = hashlib.sha256()
    with zf.open(name) as src, out.open("wb") as dst:
        for chunk in iter(lambda: src.read(1 << 20), b""):
            h.update(chunk)
            dst.write(chunk)
    return h.hexdigest()


def restore_workspace(source: Path, target: Path, *, passphrase: str, prefer_keyring: bool = True) -> None:
    """Restore a backup into the empty folder ``target``; nothing is written if the file is bad."""
    if target.exists() and any(target.iterdir()):
        raise WorkspaceError(f"Folder tujuan {target} tidak kosong; pulihkan ke folder baru.")
    try:
        zf = zipfile.ZipFile(source)
    except (OSError, zipfile.BadZipFile) as exc:
        raise WorkspaceError(f"{source.name} bukan berkas cadangan yang utuh: {exc}") from exc
    with zf, tempfile.TemporaryDirectory(prefix="asn-restore-", dir=target.parent) as tmp_name:
        tmp = Path(tmp_name) / "ws"
        manifest = _read_manifest(zf, source)
        files = manifest["files"]
        assert isinstance(files, dict)
        _check_room(zf, files, target.parent, source)
        for name, digest in files.items():
            out = tmp.joinpath(*name.split("/"))
            out.parent.mkdir(parents=True, exist_ok=True)
            try:
                written = _copy_hashed(zf, name, out)
            except (KeyError, zipfile.BadZipFile) as exc:
                raise WorkspaceError(f"Cadangan rusak: {name} tidak dapat dibaca.") from exc
            if written != digest:
                raise WorkspaceError(f"Cadangan rusak: isi {name} tidak cocok dengan manifes.")
        device = DeviceInfo.read(tmp)
        secrets = PassphraseStore(tmp / KEYS_FILE, passphrase).load(device.workspace_id)
        store = choose_keystore(tmp, passphrase, prefer_keyring=prefer_keyring)
        if store.backend == "keyring":
            store.save(device.workspace_id, secrets)
            (tmp / KEYS_FILE).unlink()
        (tmp / BLOB_DIR).mkdir(exist_ok=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            target.rmdir()
        shutil.move(str(tmp), str(target))
