"""Create, open (unlock), log in to, and lock a workspace."""

from __future__ import annotations

import base64
import json
import logging
import os
import platform
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Engine, func, select

from asn_desktop.atomic import write_atomically
from asn_desktop.domain.ids import new_id
from asn_desktop.domain.permissions import Actor, Role
from asn_desktop.errors import WorkspaceError, WrongPassword
from asn_desktop.evidence.blobstore import BlobStore
from asn_desktop.security.keystore import choose_keystore, new_secrets, open_keystore
from asn_desktop.security.passwords import check_password_strength, hash_password, verify_password
from asn_desktop.security.userkeys import UserKey, new_user_key, unseal_user_key
from asn_desktop.services.context import (
    BLOB_DIR,
    DB_FILE,
    DEVICE_FILE,
    AppContext,
    DeviceInfo,
    Workspace,
    utcnow,
)
from asn_desktop.services.unit_of_work import unit_of_work
from asn_desktop.store import migrate
from asn_desktop.store.backup import copy_database
from asn_desktop.store.engine import make_engine, make_session_factory
from asn_desktop.store.models import Agency, ChangeLog, Meta, User
from asn_desktop.sync.authz import ROOT_META
from asn_desktop.sync.changelog import track_changes
from asn_desktop.sync.hlc import Hlc, HybridClock
from asn_desktop.sync.root import make_root

log = logging.getLogger(__name__)


def _private_files() -> None:
    # Everything the app creates (database, WAL, blobs, keys, exports) is for this user only.
    os.umask(0o077)


def _public_key_hex(raw_private: bytes) -> str:
    key = Ed25519PrivateKey.from_private_bytes(raw_private)
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def init_workspace(
    path: Path,
    *,
    agency: str,
    admin_password: str,
    admin_username: str = "admin",
    passphrase: str | None = None,
    prefer_keyring: bool = True,
) -> Workspace:
    """Create a new, empty agency workspace in ``path`` with one admin user."""
    _private_files()
    if path.exists() and any(path.iterdir()):
        raise WorkspaceError(f"Folder {path} sudah berisi berkas; pilih folder kosong.")
    if not agency.strip():
        raise WorkspaceError("Nama instansi wajib diisi.")
    check_password_strength(admin_password)
    path.mkdir(parents=True, exist_ok=True)
    (path / BLOB_DIR).mkdir(exist_ok=True)

    workspace_id, device_id = new_id(), new_id()
    secrets = new_secrets()
    store = choose_keystore(path, passphrase, prefer_keyring=prefer_keyring)
    store.save(workspace_id, secrets)
    device = DeviceInfo(
        workspace_id=workspace_id,
        device_id=device_id,
        device_name=platform.node() or "laptop",
        public_key=_public_key_hex(secrets["device_signing_key"]),
    )
    write_atomically(path / DEVICE_FILE, device.to_json())

    engine = make_engine(path / DB_FILE, secrets["db_key"])
    migrate.create(engine)
    agency_id = new_id()
    ws = _assemble(
        path, device=device, engine=engine, secrets=secrets, backend=store.backend, agency_id=agency_id
    )
    admin_id = new_id()
    key, public, sealed = new_user_key(admin_password)
    with ws.sessions() as session, session.begin():
        session.add_all(
            [
                Meta(key="workspace_id", value=workspace_id),
                Meta(key="agency_id", value=agency_id),
                Meta(key=ROOT_META, value=json.dumps(root_statement(ws, admin_id, public))),
            ]
        )
    ctx = AppContext(ws, Actor(admin_id, Role.ADMIN, None), admin_username, UserKey(admin_id, key))
    with unit_of_work(ctx, "workspace.init") as uow:
        uow.session.add_all(
            [
                Agency(id=agency_id, name=agency.strip()),
                User(
                    id=admin_id,
                    username=admin_username,
                    password_hash=hash_password(admin_password),
                    role=Role.ADMIN,
                    public_key=public,
                    sealed_key=sealed,
                ),
            ]
        )
        uow.audit("agency", agency_id, name=agency.strip())
    return ws


def root_statement(ws: Workspace, user_id: str, public_key: str) -> dict[str, str]:
    """The agency's root admin, signed by this laptop's device key as the enrolment authority."""
    return make_root(ws.workspace_id, user_id, public_key, ws.secrets["device_signing_key"], ws.device_id)


def create_joined_workspace(
    path: Path,
    *,
    workspace_id: str,
    agency_id: str,
    device_id: str,
    device_name: str,
    signing_key: bytes,
    sync_key: bytes,
    passphrase: str | None = None,
    prefer_keyring: bool = True,
) -> Workspace:
    """An empty workspace that is another device of an existing agency (sync ``join``).

    It shares the agency's ids and sync key but has its own database key and device key (from the
    enrolment file), so losing one laptop exposes no other laptop's database. Its data, users
    included, arrive by the first pull.
    """
    _private_files()
    if path.exists() and any(path.iterdir()):
        raise WorkspaceError(f"Folder {path} sudah berisi berkas; pilih folder kosong.")
    path.mkdir(parents=True, exist_ok=True)
    (path / BLOB_DIR).mkdir(exist_ok=True)
    secrets = {**new_secrets(), "device_signing_key": signing_key, "sync_key": sync_key}
    store = choose_keystore(path, passphrase, prefer_keyring=prefer_keyring)
    store.save(workspace_id, secrets)
    device = DeviceInfo(
        workspace_id=workspace_id,
        device_id=device_id,
        device_name=device_name,
        public_key=_public_key_hex(signing_key),
    )
    write_atomically(path / DEVICE_FILE, device.to_json())
    engine = make_engine(path / DB_FILE, secrets["db_key"])
    migrate.create(engine)
    ws = _assemble(
        path, device=device, engine=engine, secrets=secrets, backend=store.backend, agency_id=agency_id
    )
    with ws.sessions() as session, session.begin():
        session.add_all(
            [Meta(key="workspace_id", value=workspace_id), Meta(key="agency_id", value=agency_id)]
        )
    return ws


def open_workspace(path: Path, *, passphrase: str | None = None) -> Workspace:
    """Unlock the workspace in ``path``: key from the keyring or ``keys.enc``, then migrate."""
    _private_files()
    try:
        device = DeviceInfo.read(path)
    except FileNotFoundError:
        raise WorkspaceError(
            f"Folder {path} bukan ruang kerja ASN Kinerja (tidak ada {DEVICE_FILE})."
        ) from None
    except (ValueError, KeyError) as exc:
        raise WorkspaceError(f"Berkas {DEVICE_FILE} di {path} rusak: {exc}") from exc
    if not (path / DB_FILE).exists():
        raise WorkspaceError(f"Basis data {DB_FILE} tidak ditemukan di {path}.")
    store, secrets = open_keystore(path, device.workspace_id, passphrase)
    engine = make_engine(path / DB_FILE, secrets["db_key"])
    if migrate.current_revision(engine) != migrate.head_revision():
        stamp = utcnow().strftime("%Y%m%d-%H%M%S")
        copy_database(path / DB_FILE, secrets["db_key"], path / f"asn.db.before-migration-{stamp}")
        migrate.upgrade(engine)
    with engine.connect() as conn:
        agency_id = conn.execute(select(Meta.value).where(Meta.key == "agency_id")).scalar_one()
    log.info("ruang kerja %s dibuka (kunci: %s)", path, store.backend)
    return _assemble(
        path, device=device, engine=engine, secrets=secrets, backend=store.backend, agency_id=agency_id
    )


def _assemble(
    path: Path,
    *,
    device: DeviceInfo,
    engine: Engine,
    secrets: dict[str, bytes],
    backend: str,
    agency_id: str,
) -> Workspace:
    sessions = make_session_factory(engine)
    with engine.connect() as conn:
        # Only this laptop's own stamps set its clock: a stamp that arrived from elsewhere was
        # checked (never far ahead), but one written by code bypassing the app need not parse.
        last = conn.execute(
            select(func.max(ChangeLog.hlc)).where(
                ChangeLog.origin == device.device_id, ChangeLog.hlc.op("GLOB")("[0-9]*")
            )
        ).scalar_one()
    clock = HybridClock(device.device_id, last=_parsed(last))
    track_changes(sessions, clock, device.device_id)
    # Blobs use the agency-wide sync key, so sync can ship them to the share as they are.
    blobs = BlobStore(path / BLOB_DIR, secrets["sync_key"])
    with engine.connect() as conn:
        for key, value in conn.execute(select(Meta.key, Meta.value).where(Meta.key.like("sync.key.%"))):
            # Later sync key generations (after a laptop was revoked) live in the encrypted database.
            blobs.add_key(int(key.removeprefix("sync.key.")), base64.b64decode(value))
    return Workspace(path, device, engine, sessions, clock, blobs, backend, agency_id, secrets)


def _parsed(stamp: str | None) -> Hlc | None:
    try:
        return Hlc.parse_local(stamp) if stamp else None
    except ValueError:
        return None


def login(ws: Workspace, username: str, password: str) -> AppContext:
    """Check a user's password and unseal their signing key; one message for every failure.

    A user's password opens their sealed key (which proves the password). A user who has no key
    yet — an account from before changes were signed — is checked against the password hash and
    gets a key now: the agency's first admin on the enrolment authority's laptop becomes the root
    of the directory; anybody else asks for their key to be bound (an admin confirms it,
    *Administrasi → Pengguna*, or ``asn-desktop-cli sign-directory``).
    """
    with ws.sessions() as session:
        user = session.scalars(select(User).where(User.username == username.strip())).one_or_none()
    if user is None or not user.active:
        raise WrongPassword("Nama pengguna atau kata sandi salah.")
    actor = Actor(user_id=user.id, role=Role(user.role), employee_id=user.employee_id)
    bound = user.public_key or user.pending_key
    if user.sealed_key and bound:
        key = unseal_user_key(user.sealed_key, password, expected_public=bound)
        return AppContext(ws, actor, user.username, UserKey(user.id, key))
    if not verify_password(user.password_hash, password):
        raise WrongPassword("Nama pengguna atau kata sandi salah.")
    return _first_key(ws, actor, user.username, password)


def _first_key(ws: Workspace, actor: Actor, username: str, password: str) -> AppContext:
    key, public, sealed = new_user_key(password)
    ctx = AppContext(ws, actor, username, UserKey(actor.user_id, key))
    with ws.sessions() as session:
        has_root = session.get(Meta, ROOT_META) is not None
        authority = session.get(Meta, "sync.authority_device")
    is_authority = authority is None or authority.value == ws.device_id
    if actor.role is Role.ADMIN and not has_root and is_authority:
        with ws.sessions() as session, session.begin():
            session.add(Meta(key=ROOT_META, value=json.dumps(root_statement(ws, actor.user_id, public))))
        fields = {"public_key": public, "sealed_key": sealed}
    else:
        fields = {"pending_key": public, "sealed_key": sealed}
    with unit_of_work(ctx, "user.key") as uow:
        row = uow.session.get(User, actor.user_id)
        assert row is not None
        for name, value in fields.items():
            setattr(row, name, value)
        uow.audit("user", actor.user_id, key=public)
    return ctx
