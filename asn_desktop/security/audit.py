"""Append-only, hash-chained audit log.

Each event's hash covers its own fields and the previous event's hash, and the head of the
chain (last seq and hash) is kept in ``meta``; so an event altered, removed from the middle, or
cut from the end is detected by ``verify_chain``, which names the first bad event.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.errors import AuditChainBroken
from asn_desktop.store.models import AuditEvent, Meta

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


def _digest(ev: AuditEvent) -> str:
    body = {
        "seq": ev.seq,
        "at": ev.at.isoformat(),
        "user": ev.user_id,
        "action": ev.action,
        "entity": ev.entity,
        "entity_id": ev.entity_id,
        "details": ev.details,
        "prev": ev.prev_hash,
    }
    canon = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canon.encode()).hexdigest()


def append_event(
    session: Session,
    *,
    at: datetime,
    user_id: str | None,
    action: str,
    entity: str | None = None,
    entity_id: str | None = None,
    details: dict[str, Any] | None = None,
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
    head.value = f"{ev.seq}:{ev.hash}"
    session.add(ev)
    return ev


@dataclass(frozen=True)
class ChainReport:
    events: int
    head_hash: str


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole chain; raise ``AuditChainBroken`` naming the first bad event."""
    prev_hash, expected_seq, count = GENESIS, 1, 0
    for ev in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).yield_per(2000):
        if ev.seq != expected_seq:
            raise AuditChainBroken(
                f"Log audit rusak: peristiwa #{expected_seq} hilang (berikutnya #{ev.seq})."
            )
        if ev.prev_hash != prev_hash or _digest(ev) != ev.hash:
            raise AuditChainBroken(f"Log audit rusak: peristiwa #{ev.seq} ({ev.action}) telah diubah.")
        prev_hash, expected_seq, count = ev.hash, expected_seq + 1, count + 1
    head = session.get(Meta, HEAD_KEY)
    head_value = head.value if head else f"0:{GENESIS}"
    if head_value != f"{count}:{prev_hash}":
        raise AuditChainBroken(
            f"Log audit rusak: peristiwa setelah #{count} telah dihapus (kepala rantai tidak cocok)."
        )
    return ChainReport(events=count, head_hash=prev_hash)
