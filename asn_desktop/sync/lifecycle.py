"""A device's life on the share: its single-use enrolment claim, its key-exchange key, new sync keys.

* **Claim.** An enrolment file makes one laptop; the first laptop to use it writes
  ``devices/<id>.joined`` (signed with the device key, naming a random installation id). A second
  use of the same file finds the claim and is refused; a laptop that finds somebody else's
  installation id in its own claim stops pushing (two laptops writing one folder would overwrite
  each other's bundles).
* **Key exchange.** Each laptop publishes an X25519 key (``devices/<id>.kx``, signed by its
  device key) so that a new sync key can be wrapped for it alone (``sync.keys``).
* **New sync keys.** When an admin revokes a laptop, the admin's laptop draws a new key
  generation and leaves it on the share wrapped for every other laptop, signed with the admin's
  own key; each laptop takes its copy on its next sync, after checking that an admin of the
  directory signed it. A laptop that joins later gets its copy on the next sync an admin makes.
"""

from __future__ import annotations

import base64
import os
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from asn_desktop.domain.permissions import Role
from asn_desktop.security.userkeys import UserKey
from asn_desktop.store.models import User
from asn_desktop.sync.keys import KeyWrapInvalid, kx_public, new_kx, unwrap, wrap
from asn_desktop.sync.share import SignedFileInvalid, open_signed, path, sign_file
from asn_desktop.sync.transports.base import MAX_SMALL_FILE, FileTooLarge
from asn_desktop.untrusted import json_of

if TYPE_CHECKING:
    from asn_desktop.sync.engine import SyncEngine

__all__ = ["check_claim", "claim", "hand_out_keys", "publish_kx", "receive_keys", "rotate_key"]

CLAIM_FORMAT = "asn-claim/1"
KX_FORMAT = "asn-kx/1"
KEY_FORMAT = "asn-key/1"


def claim(engine: SyncEngine) -> None:
    """First use of an enrolment file: refuse a second, else write this installation's claim."""
    from asn_desktop.sync.engine import EnrolmentError  # noqa: PLC0415 - engine imports this module

    where = path("devices", f"{engine.r.device_id}.joined")
    if engine.t.exists(where):
        raise EnrolmentError(
            "Berkas pendaftaran ini sudah dipakai laptop lain; minta admin membuat berkas baru."
        )
    _write_claim(engine)


def _write_claim(engine: SyncEngine) -> None:
    # One installation id for the laptop's whole life: a replica of the share that lacks the claim
    # (or a share restored from a copy) gets the same id back, never a rival one.
    installation = engine.get("sync.installation") or os.urandom(16).hex()
    body = {
        "format": CLAIM_FORMAT,
        "workspace": engine.r.workspace_id,
        "device": engine.r.device_id,
        "installation": installation,
        "at": engine.r.now().isoformat(),
    }
    engine.t.write_atomically(
        path("devices", f"{engine.r.device_id}.joined"), sign_file(body, engine.r.signing_key)
    )
    with engine._txn() as s:
        engine.put(s, "sync.installation", installation)


def check_claim(engine: SyncEngine) -> None:
    """This installation still holds its device's claim (a copy of the laptop would not)."""
    from asn_desktop.sync.engine import EnrolmentError  # noqa: PLC0415 - engine imports this module

    ours = engine.get("sync.installation")
    where = path("devices", f"{engine.r.device_id}.joined")
    try:
        data = engine.t.read(where, limit=MAX_SMALL_FILE)
    except FileNotFoundError:
        _write_claim(engine)  # the first laptop, or an upgrade from before claims
        return
    except FileTooLarge:
        data = b""  # not a claim: rewritten below, as any claim that is not valid
    try:
        body = open_signed(data, engine.r.public_key)
    except SignedFileInvalid:
        engine.event(
            "claim",
            engine.r.device_id,
            "Berkas klaim laptop ini di penyimpanan bersama tidak sah; ditulis ulang.",
        )
        _write_claim(engine)
        return
    if not ours:
        _write_claim(engine)
        return
    if body.get("installation") != ours:
        raise EnrolmentError(
            "Identitas laptop ini dipakai laptop lain (berkas pendaftaran dipakai dua kali, atau ruang "
            "kerja disalin). Sinkronisasi dihentikan; minta admin mendaftarkan ulang laptop ini."
        )


def publish_kx(engine: SyncEngine) -> None:
    """Make (once) and publish this laptop's X25519 key for wrapped sync keys."""
    private = engine.get("sync.kx")
    if not private:
        with engine._txn() as s:
            private = base64.b64encode(new_kx()).decode()
            engine.put(s, "sync.kx", private)
    where = path("devices", f"{engine.r.device_id}.kx")
    if engine.t.exists(where):
        return
    body = {
        "format": KX_FORMAT,
        "workspace": engine.r.workspace_id,
        "device": engine.r.device_id,
        "x25519": kx_public(base64.b64decode(private)),
    }
    engine.t.write_atomically(where, sign_file(body, engine.r.signing_key))


def _kx_of(engine: SyncEngine, device: str, key: bytes) -> str | None:
    try:
        body = open_signed(engine.t.read(path("devices", f"{device}.kx"), limit=MAX_SMALL_FILE), key)
    except (FileNotFoundError, SignedFileInvalid, FileTooLarge):
        return None
    value = body.get("x25519")
    ok = body.get("device") == device and isinstance(value, str) and len(value) == 64
    return value if ok else None


def _admin_keys(engine: SyncEngine) -> dict[str, str]:
    """Public keys of the directory's active admins (as this laptop's merged directory has them)."""
    with engine.r.sessions() as s:
        rows = s.execute(
            select(User.id, User.public_key).where(
                User.role == Role.ADMIN.value, User.active.is_(True), User.public_key.is_not(None)
            )
        ).all()
    return {uid: key for uid, key in rows if key}


def _context(engine: SyncEngine, epoch: int, device: str) -> str:
    return f"{engine.r.workspace_id}/{epoch}/{device}"


def receive_keys(engine: SyncEngine) -> None:
    """Take this laptop's copy of every newer key generation an admin left on the share."""
    known = engine.sync_keys()
    private = engine.get("sync.kx")
    if not private:
        return
    for name in sorted(engine.t.list(path("keys"))):
        if not (name.isascii() and name.isdigit()) or int(name) in known:  # "²" is a digit to isdigit
            continue
        epoch = int(name)
        try:
            data = engine.t.read(path("keys", name, f"{engine.r.device_id}.json"), limit=MAX_SMALL_FILE)
        except FileNotFoundError:
            continue
        except FileTooLarge:
            data = b""  # refused below like any key file no admin signed
        key = _open_key_file(engine, data, epoch, base64.b64decode(private))
        if key is None:
            engine.event(
                "key_file",
                f"{epoch}",
                f"Kunci sinkronisasi generasi {epoch} tidak ditandatangani admin; diabaikan.",
            )
            continue
        with engine._txn() as s:
            engine.put(s, f"sync.key.{epoch}", base64.b64encode(key).decode())
        engine.r.blobs.add_key(epoch, key)


def _open_key_file(engine: SyncEngine, data: bytes, epoch: int, private: bytes) -> bytes | None:
    if b"\n" not in data:
        return None
    try:
        body = json_of(data.split(b"\n", 1)[1])
    except ValueError:
        return None
    author = body.get("author") if isinstance(body, dict) else None
    public = _admin_keys(engine).get(str(author))
    if public is None:
        return None
    try:
        body = open_signed(data, bytes.fromhex(public))
        if (
            body.get("format") != KEY_FORMAT
            or body.get("epoch") != epoch
            or body.get("device") != engine.r.device_id
        ):
            return None
        return unwrap(body["box"], private, _context(engine, epoch, engine.r.device_id))
    except (SignedFileInvalid, KeyWrapInvalid, KeyError, TypeError, ValueError):
        return None


def _wrap_for(engine: SyncEngine, signer: UserKey, *, epoch: int, key: bytes, device: str, kx: str) -> None:
    body: dict[str, Any] = {
        "format": KEY_FORMAT,
        "workspace": engine.r.workspace_id,
        "epoch": epoch,
        "device": device,
        "author": signer.user_id,
        "box": wrap(key, kx, _context(engine, epoch, device)),
    }
    engine.t.write_atomically(path("keys", f"{epoch:06d}", f"{device}.json"), sign_file(body, signer.private))


def hand_out_keys(engine: SyncEngine, signer: UserKey | None = None) -> None:
    """(An admin's laptop) wrap the newest key generation for laptops that have no copy yet."""
    signer = signer or engine.admin_signer
    if signer is None:
        return
    keys = engine.sync_keys()
    epoch = max(keys)
    if epoch == 0:
        return
    revoked = engine.revoked()
    have = set(engine.t.list(path("keys", f"{epoch:06d}")))
    for device, public in engine.devices().items():
        if device in revoked or f"{device}.json" in have:
            continue
        kx = _kx_of(engine, device, public)
        if kx is not None:
            _wrap_for(engine, signer, epoch=epoch, key=keys[epoch], device=device, kx=kx)


def rotate_key(engine: SyncEngine, signer: UserKey) -> int:
    """Draw a new sync key generation and hand it to every laptop but the revoked ones."""
    epoch = engine.key_epoch() + 1
    key = os.urandom(32)
    with engine._txn() as s:
        engine.put(s, f"sync.key.{epoch}", base64.b64encode(key).decode())
    engine.r.blobs.add_key(epoch, key)
    hand_out_keys(engine, signer)
    return epoch


def device_public_key(signing_key: bytes) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat  # noqa: PLC0415

    return (
        Ed25519PrivateKey.from_private_bytes(signing_key)
        .public_key()
        .public_bytes(Encoding.Raw, PublicFormat.Raw)
    )
