"""The admin's view of trust: security events, devices and their revocation, the directory's keys.

* **Security events** are what this laptop refused: changes another laptop sent that no rule
  allowed (the quarantine, the same on every laptop), and files on the share that failed their
  checks (bundles, HEADs, device records — per laptop, since each sees its own files).
* **Devices**: every enrolled laptop; revoking one (a lost laptop) makes every laptop refuse what
  it writes from then on, and the next sync of an admin moves the others to a new sync key.
* **Directory**: a user who logged in after the upgrade without a bound key asked for one; an
  admin binds it here. A password reset gives the user a new key; a user changing their own
  password keeps their key, re-sealed.
* **Legacy history**: changes made before changes were signed count on other laptops once an
  admin attests them (after an upgrade; see the README).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from asn_desktop.domain.permissions import Role, can_manage_users, require
from asn_desktop.errors import NotFound, ValidationFailed, WrongPassword
from asn_desktop.security.passwords import check_password_strength, hash_password
from asn_desktop.security.userkeys import new_user_key, reseal, unseal_user_key
from asn_desktop.services.context import AppContext
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import (
    ChangeBatch,
    Device,
    LegacyAttestation,
    Meta,
    SecurityEvent,
    SyncQuarantine,
    User,
)
from asn_desktop.sync import bundle
from asn_desktop.sync.engine import SyncEngine
from asn_desktop.sync.share import bundle_path, path, seq_of_bundle
from asn_desktop.sync.transports import Transport, open_transport
from asn_desktop.sync.transports.base import MAX_BUNDLE_FILE, FileTooLarge

__all__ = [
    "DeviceView",
    "SecurityEventView",
    "attest_legacy",
    "change_password",
    "list_devices",
    "reset_password",
    "revoke_device",
    "security_events",
    "sign_directory",
]

ROTATE_PENDING = "sync.rotate_pending"


@dataclass(frozen=True)
class SecurityEventView:
    """One line of the security events: when, what kind, who or which laptop, and why."""

    at: datetime
    kind: str  # "perubahan ditolak" or the file check that failed
    subject: str
    message: str
    count: int = 1


def _admin(ctx: AppContext, what: str) -> None:
    require(can_manage_users(ctx.actor), what)


def security_events(ctx: AppContext, *, limit: int = 2000) -> list[SecurityEventView]:
    """Refused changes (with author and reason) and refused files, newest first."""
    _admin(ctx, "melihat peristiwa keamanan")
    with read_session(ctx) as s:
        names = {uid: name for uid, name in s.execute(select(User.id, User.username))}
        out = [
            SecurityEventView(
                q.detected_at,
                "perubahan ditolak",
                f"{q.table_name} {q.row_id[:8]} oleh {names.get(q.author or '', q.author or 'tanpa penulis')}"
                f" dari perangkat {q.origin[:8]}",
                q.reason,
            )
            for q in s.scalars(
                select(SyncQuarantine).order_by(SyncQuarantine.detected_at.desc()).limit(limit)
            )
        ]
        out += [
            SecurityEventView(e.last_seen, e.kind, e.subject or "", e.message, e.count)
            for e in s.scalars(select(SecurityEvent).order_by(SecurityEvent.last_seen.desc()).limit(limit))
        ]
    return sorted(out, key=lambda e: e.at, reverse=True)


@dataclass(frozen=True)
class DeviceView:
    id: str
    name: str
    enrolled_at: datetime | None
    revoked: bool
    revoked_after: int | None
    this_laptop: bool


def list_devices(ctx: AppContext) -> list[DeviceView]:
    """The agency's laptops as the admins recorded them (and this one)."""
    _admin(ctx, "melihat daftar perangkat")
    ws = ctx.workspace
    with read_session(ctx) as s:
        rows = {d.id: d for d in s.scalars(select(Device))}
        known = [
            k.removeprefix("sync.device.")
            for k in s.scalars(select(Meta.key).where(Meta.key.like("sync.device.%")))
        ]
    out = []
    for device in sorted({*rows, *known, ws.device_id}):
        row = rows.get(device)
        out.append(
            DeviceView(
                device,
                row.name if row else (ws.device.device_name if device == ws.device_id else "laptop"),
                row.enrolled_at if row else None,
                bool(row and row.revoked_after is not None),
                row.revoked_after if row else None,
                device == ws.device_id,
            )
        )
    return out


def revoke_device(ctx: AppContext, *, device_id: str, reason: str) -> int:
    """Revoke a laptop: what it writes after the last bundle this laptop has read from it is
    refused everywhere; the next sync of an admin rotates the sync key. Returns that last seq."""
    _admin(ctx, "mencabut perangkat")
    ws = ctx.workspace
    if device_id == ws.device_id:
        raise ValidationFailed(
            "Laptop ini tidak dapat mencabut dirinya sendiri; cabut dari laptop admin lain."
        )
    if not reason.strip():
        raise ValidationFailed("Tuliskan alasan pencabutan (mis. laptop hilang).")
    with unit_of_work(ctx, "device.revoke") as uow:
        cursor = uow.session.get(Meta, f"sync.cursor.{device_id}")
        key = uow.session.get(Meta, f"sync.device.{device_id}")
        row = uow.session.get(Device, device_id)
        if row is None and key is None:
            raise NotFound("Perangkat itu tidak dikenal laptop ini.")
        last = int(cursor.value) if cursor else 0
        if row is None:
            row = Device(
                id=device_id, name="laptop", public_key=key.value if key else "", enrolled_at=ws.now()
            )
            uow.session.add(row)
        if row.revoked_after is not None:
            raise ValidationFailed("Perangkat itu sudah dicabut.")
        row.revoked_after, row.revoked_at, row.revoked_reason = last, ws.now(), reason.strip()
        uow.session.merge(Meta(key=ROTATE_PENDING, value="1"))
        uow.audit("device", device_id, revoked_after=last, reason=reason.strip())
    return last


def sign_directory(ctx: AppContext) -> int:
    """Bind every key users asked for (after an upgrade) to their account; returns how many."""
    _admin(ctx, "mengesahkan kunci pengguna")
    with unit_of_work(ctx, "directory.sign") as uow:
        users = uow.session.scalars(select(User).where(User.pending_key.is_not(None))).all()
        for user in users:
            user.public_key, user.pending_key = user.pending_key, None
        uow.audit("directory", "users", bound=len(users))
        return len(users)


def change_password(ctx: AppContext, *, old: str, new: str) -> None:
    """The user's own new password; their signing key stays, sealed again with the new one."""
    check_password_strength(new)
    with unit_of_work(ctx, "user.password") as uow:
        user = uow.session.get(User, ctx.actor.user_id)
        if user is None or not user.sealed_key:
            raise NotFound("Akun ini tidak ditemukan.")
        try:
            key = unseal_user_key(user.sealed_key, old, expected_public=user.public_key or user.pending_key)
        except WrongPassword:
            raise WrongPassword("Kata sandi lama salah.") from None
        user.sealed_key, user.password_hash = reseal(key, new), hash_password(new)
        uow.audit("user", user.id, password=True)


def reset_password(ctx: AppContext, *, user_id: str, new: str) -> None:
    """(Admin) a forgotten password: a new password and a new key; the old key signs nothing more."""
    _admin(ctx, "mengatur ulang kata sandi pengguna")
    check_password_strength(new)
    with unit_of_work(ctx, "user.reset_password") as uow:
        user = uow.session.get(User, user_id)
        if user is None:
            raise NotFound("Pengguna itu tidak ditemukan.")
        _, public, sealed = new_user_key(new)
        user.public_key, user.sealed_key, user.pending_key = public, sealed, None
        user.password_hash = hash_password(new)
        uow.audit("user", user.id, reset=True)


def attest_legacy(ctx: AppContext, share: str | Transport) -> int:
    """(Admin, once after the upgrade) vouch for the history made before changes were signed.

    Every old-format bundle on the share (its device signature checked) and every legacy batch
    another laptop sent is attested, so that laptops that join later accept that history. What
    happened before the upgrade was trusted as it came; this makes it count on new laptops too.
    """
    require(ctx.actor.role is Role.ADMIN, "mengesahkan riwayat lama")
    transport = open_transport(share) if isinstance(share, str) else share
    from asn_desktop.services.sync import replica_of  # noqa: PLC0415 - sync imports this module's siblings

    engine = SyncEngine(replica_of(ctx.workspace), transport)
    keys = engine.devices()
    found: dict[str, str] = {}
    for device, key in keys.items():
        for name in transport.list(path("log", device)):
            seq = seq_of_bundle(name)
            if seq is None:
                continue
            try:
                data = transport.read(bundle_path(device, seq), limit=MAX_BUNDLE_FILE)
            except (FileNotFoundError, FileTooLarge):
                continue
            if not data.startswith(bundle.MAGIC_V1):
                continue
            try:
                legacy = bundle.decode_v1(
                    data,
                    key=key,
                    sync_key=ctx.workspace.secrets["sync_key"],
                    expect_workspace=ctx.workspace.workspace_id,
                    expect_device=device,
                    expect_seq=seq,
                    check=lambda *_: None,
                    name=name,
                )
            except bundle.BundleRejected:
                continue
            found[legacy.digest] = json.dumps({"device": device, "seq": seq})
    with read_session(ctx) as s:
        for digest in s.scalars(select(ChangeBatch.digest).where(ChangeBatch.kind == "legacy")):
            found.setdefault(digest, "{}")
        done = set(s.scalars(select(LegacyAttestation.digest)))
    fresh = {d: n for d, n in found.items() if d not in done}
    if fresh:
        with unit_of_work(ctx, "directory.attest_legacy") as uow:
            uow.session.add_all(LegacyAttestation(digest=d, note=n) for d, n in fresh.items())
            uow.audit("directory", "legacy", attested=len(fresh))
    return len(fresh)
