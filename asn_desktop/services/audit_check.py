"""``audit-verify``: this laptop's chain, signed by its authors, against what the others received.

Three checks, each naming the first bad event it finds:

1. **this laptop's chain** — hashes linked, each event signed by its author (a user's key, past
   keys included, or this laptop's device key for events of nobody) — rebuilding the chain with
   the database key alone fails here;
2. **what this laptop pushed** (with the share) — the events in its own bundles must be the events
   it holds now: a laptop that rewrote its history, even re-signed with keys it holds, no longer
   matches the copies it already handed out;
3. **the other laptops' chains** as this laptop received them: linked, and never contradicted by a
   later copy (the merge records a contradiction as a security event when it arrives).
"""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from asn_desktop.errors import AuditChainBroken
from asn_desktop.security.audit import device_public, digest_body, verify_chain
from asn_desktop.services.context import AppContext
from asn_desktop.services.unit_of_work import read_session
from asn_desktop.store.models import AuditEvent, ChangeLog, RemoteAuditEvent, SecurityEvent, User
from asn_desktop.sync import bundle
from asn_desktop.sync.share import bundle_path, path, seq_of_bundle
from asn_desktop.sync.transports import Transport, open_transport
from asn_desktop.sync.transports.base import MAX_BUNDLE_FILE, FileTooLarge
from asn_desktop.untrusted import json_of

__all__ = ["AuditReport", "verify_audit"]


@dataclass
class AuditReport:
    events: int = 0
    head_hash: str = ""
    remote_chains: int = 0
    remote_events: int = 0
    problems: list[str] = field(default_factory=list)


def _keys_of(ctx: AppContext) -> dict[str, set[str]]:
    """Every public key each user has had: the current one, a pending one, and past ones in the log."""
    keys: dict[str, set[str]] = defaultdict(set)
    with read_session(ctx) as session:
        for uid, public, pending in session.execute(select(User.id, User.public_key, User.pending_key)):
            keys[uid].update(k for k in (public, pending) if k)
        for row_id, fields in session.execute(
            select(ChangeLog.row_id, ChangeLog.fields).where(ChangeLog.table_name == "user_account")
        ):
            data = json.loads(fields)
            keys[row_id].update(
                data[k] for k in ("public_key", "pending_key") if isinstance(data.get(k), str)
            )
    return keys


def verify_audit(ctx: AppContext, share: str | Transport | None = None) -> AuditReport:
    """All three checks (module docstring); the report lists every problem found."""
    ws = ctx.workspace
    report = AuditReport()
    keys = _keys_of(ctx)
    with read_session(ctx) as session:
        try:
            chain = verify_chain(
                session,
                keys_of=lambda uid: keys.get(uid, set()),
                device=device_public(ws.secrets["device_signing_key"]),
            )
            report.events, report.head_hash = chain.events, chain.head_hash
        except AuditChainBroken as exc:
            report.problems.append(exc.message)
        _remote(session, report)
    if share is not None:
        _against_share(ctx, open_transport(share) if isinstance(share, str) else share, report)
    return report


def _remote(session, report: AuditReport) -> None:  # type: ignore[no-untyped-def]
    by_chain: dict[str, list[RemoteAuditEvent]] = defaultdict(list)
    for ev in session.scalars(
        select(RemoteAuditEvent).order_by(RemoteAuditEvent.device, RemoteAuditEvent.seq)
    ):
        by_chain[ev.device].append(ev)
    report.remote_chains = len(by_chain)
    for chain, events in by_chain.items():
        report.remote_events += len(events)
        bodies = {ev.seq: _body_of(ev) for ev in events}
        broken = next((ev for ev in events if bodies[ev.seq] is None), None)
        if broken is not None:  # kept cut by an earlier version, or written past the app
            report.problems.append(f"Peristiwa #{broken.seq} perangkat {chain[:8]} tersimpan rusak.")
            continue
        for before, ev in itertools.pairwise(events):
            body = bodies[ev.seq]
            assert body is not None
            if ev.seq == before.seq + 1 and body.get("prev") != before.hash:
                report.problems.append(f"Rantai audit perangkat {chain[:8]} putus pada peristiwa #{ev.seq}.")
                break
        for ev in events:
            body = bodies[ev.seq]
            assert body is not None
            fields = {
                k: body.get(k)
                for k in ("seq", "at", "user", "action", "entity", "entity_id", "details", "prev")
            }
            if digest_body(fields) != ev.hash:
                report.problems.append(
                    f"Peristiwa #{ev.seq} perangkat {chain[:8]} tidak cocok dengan hash-nya."
                )
                break
    for message in session.scalars(select(SecurityEvent.message).where(SecurityEvent.kind == "audit")):
        report.problems.append(message)


def _body_of(ev: RemoteAuditEvent) -> dict[str, Any] | None:
    try:
        body = json_of(ev.body)
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def _against_share(ctx: AppContext, transport: Transport, report: AuditReport) -> None:
    ws = ctx.workspace
    from asn_desktop.services.sync import replica_of  # noqa: PLC0415 - sync imports services of its own
    from asn_desktop.sync.engine import SyncEngine, value_problem  # noqa: PLC0415

    engine = SyncEngine(replica_of(ws), transport)
    pushed: dict[int, str] = {}
    for name in sorted(transport.list(path("log", ws.device_id))):
        seq = seq_of_bundle(name)
        if seq is None:
            continue
        try:
            _, body = bundle.decode(
                transport.read(bundle_path(ws.device_id, seq), limit=MAX_BUNDLE_FILE),
                key=engine.r.public_key,
                sync_keys=engine.sync_keys(),
                expect_workspace=ws.workspace_id,
                expect_device=ws.device_id,
                expect_seq=seq,
                check=value_problem,
                name=name,
            )
        except (bundle.BundleRejected, FileNotFoundError, FileTooLarge):
            continue
        if body.epoch != int(engine.get("sync.epoch", "1")):
            continue  # an earlier epoch (before a restore) is another chain
        pushed.update({ev["seq"]: ev["hash"] for ev in body.audit if isinstance(ev.get("seq"), int)})
    with read_session(ctx) as session:
        local = dict(session.execute(select(AuditEvent.seq, AuditEvent.hash)).all())
    for seq in sorted(pushed):
        if local.get(seq) != pushed[seq]:
            report.problems.append(
                f"Log audit laptop ini ditulis ulang: peristiwa #{seq} tidak sama dengan yang sudah dikirim "
                "ke penyimpanan bersama."
            )
            return
