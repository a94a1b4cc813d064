"""Append-only, hash-chained, signed audit log.

Each event's hash covers its own fields and the previous event's hash, and the head of the chain
(last seq and hash) is kept in ``meta``; so an event altered, removed from the middle, or cut from
the end is detected by ``verify_chain``, which names the first bad event.

A hash chain alone can be rebuilt by whoever holds the database key. So each event is also
*signed by its author*: a user's own key (sealed with their password), or — for events no person
caused, such as a sync — the device key, which may only sign events of no user. Rewriting the
chain therefore needs every author's password. Events are also pushed to the share with the
bundles (``sync.engine``), and every other laptop keeps what it received
(``store.models.RemoteAuditEvent``): a laptop that rewrites its own history, even re-signing it,
no longer matches what the others hold.

Events written before signatures existed (an upgraded workspace) carry none; ``meta``'s
``audit.legacy_until`` names the last of them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.errors import AuditChainBroken
from asn_desktop.security.userkeys import UserKey, verify_signature
from asn_desktop.store.models import AuditEvent, Meta

__all__ = ["GENESIS", "HEAD_KEY", "ChainReport", "append_event", "event_body", "verify_chain"]

GENESIS = "0" * 64
HEAD_KEY = "audit_head"
LEGACY_KEY = "audit.legacy_until"
SYSTEM_USERS = frozenset({None, "system"})


def _body(ev: AuditEvent) -> dict[str, Any]:
    return {
        "seq": ev.seq,
        "at": ev.at.isoformat(),
        "user": ev.user_id,
        "action": ev.action,
        "entity": ev.entity,
        "entity_id": ev.entity_id,
        "details": ev.details,
        "prev": ev.prev_hash,
    }


def digest_body(body: dict[str, Any]) -> str:
    canon = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canon.encode()).hexdigest()


def _digest(ev: AuditEvent) -> str:
    return digest_body(_body(ev))


def _message(event_hash: str) -> bytes:
    return f"asn-audit/1\x00{event_hash}".encode()


def event_body(ev: AuditEvent) -> dict[str, Any]:
    """The event as it travels to other laptops (body, hash, signer, signature)."""
    return {**_body(ev), "hash": ev.hash, "signer": ev.signer, "signature": ev.signature}


def append_event(
    session: Session,
    *,
    at: datetime,
    user_id: str | None,
    action: str,
    entity: str | None = None,
    entity_id: str | None = None,
    details: dict[str, Any] | None = None,
    signer: UserKey | None = None,
    device_key: bytes | None = None,
    device_id: str | None = None,
) -> AuditEvent:
    """Add the next event of the chain to ``session`` (committed with the caller's transaction)."""
    head = session.get(Meta, HEAD_KEY)
    if head is None:
        prev_seq, prev_hash = 0, GENESIS
        head = Meta(key=HEAD_KEY, value="")
        session.add(head)
    else:
        seq_text, prev_hash = head.value.split(":", 1)
        prev_seq = int(seq_text)
    ev = AuditEvent(
        seq=prev_seq + 1,
        at=at,
        user_id=user_id,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=json.dumps(details or {}, sort_keys=True, ensure_ascii=False, default=str),
        prev_hash=prev_hash,
    )
    ev.hash = _digest(ev)
    if signer is not None and signer.user_id == user_id:
        ev.signer, ev.signature = f"user:{signer.user_id}", signer.sign(_message(ev.hash)).hex()
    elif device_key is not None and user_id in SYSTEM_USERS:
        key = Ed25519PrivateKey.from_private_bytes(device_key)
        ev.signer, ev.signature = f"device:{device_id}", key.sign(_message(ev.hash)).hex()
    head.value = f"{ev.seq}:{ev.hash}"
    session.add(ev)
    return ev


@dataclass(frozen=True)
class ChainReport:
    events: int
    head_hash: str


KeysOf = Callable[[str], Iterable[str]]


def device_public(device_key: bytes) -> str:
    key = Ed25519PrivateKey.from_private_bytes(device_key).public_key()
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def signature_problem(
    body: dict[str, Any], signer: str | None, signature: str | None, keys_of: KeysOf, device: str | None
) -> str | None:
    """Why an event's signature does not hold, or None; ``device`` is the public key of its laptop."""
    if signer is None or signature is None:
        return "tidak bertanda tangan"
    kind, _, who = signer.partition(":")
    try:
        raw = bytes.fromhex(signature)
    except ValueError:
        return "tanda tangan rusak"
    message = _message(digest_body(body))
    if kind == "user" and who == body.get("user"):
        ok = any(verify_signature(k, raw, message) for k in keys_of(who))
    elif kind == "device" and body.get("user") in SYSTEM_USERS and device is not None:
        ok = verify_signature(device, raw, message)
    else:
        ok = False
    return None if ok else "tanda tangan tidak sah"


def verify_chain(
    session: Session, *, keys_of: KeysOf | None = None, device: str | None = None
) -> ChainReport:
    """Walk the whole chain; raise ``AuditChainBroken`` naming the first bad event.

    With ``keys_of`` (user id → that user's public keys, past ones included) and ``device`` (this
    laptop's public key), each event's signature is checked too; events up to
    ``audit.legacy_until`` (written before the upgrade that signs them) may have none.
    """
    legacy_row = session.get(Meta, LEGACY_KEY)
    legacy_until = int(legacy_row.value) if legacy_row else 0
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).yield_per(2000):
        if ev.seq != expected_seq:
            raise AuditChainBroken(
                f"Log audit rusak: peristiwa #{expected_seq} hilang (berikutnya #{ev.seq})."
            )
        if ev.prev_hash != prev_hash or _digest(ev) != ev.hash:
            raise AuditChainBroken(f"Log audit rusak: peristiwa #{ev.seq} ({ev.action}) telah diubah.")
        if keys_of is not None and ev.seq > legacy_until:
            problem = signature_problem(_body(ev), ev.signer, ev.signature, keys_of, device)
            if problem:
                raise AuditChainBroken(
                    f"Log audit rusak: peristiwa #{ev.seq} ({ev.action}) {problem}; "
                    "riwayat ditulis ulang tanpa kunci penulisnya."
                )
        prev_hash, expected_seq, count = ev.hash, expected_seq + 1, count + 1
    head = session.get(Meta, HEAD_KEY)
    head_value = head.value if head else f"0:{GENESIS}"
    if head_value != f"{count}:{prev_hash}":
        raise AuditChainBroken(
            f"Log audit rusak: peristiwa setelah #{count} telah dihapus (kepala rantai tidak cocok)."
        )
    return ChainReport(events=count, head_hash=prev_hash)
