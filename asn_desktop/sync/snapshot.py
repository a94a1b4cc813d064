"""Snapshots: everything a new laptop needs in one file, verified like the bundles it replaces.

A snapshot is not a compacted state that its writer vouches for — an enrolled laptop's user could
write anything into one. It carries the *signed* pieces themselves: every change batch, still
signed by its author, and the device-signed headers of the bundles those batches came in. The new
laptop verifies each header with its device's key, accepts a batch only where a verified header
of its device lists it, and judges every change like any other (``sync.authz``). Its cursor for a
device moves only past bundles whose every listed batch is present, in an unbroken run from the
first; the rest it reads from the share. So a snapshot can save time, never make a laptop start
with less than the share holds.

Legacy history (bundles of the old format) travels as legacy batches; a run of them counts only
if the admin's attestations name every one, else the new laptop reads those bundles itself.
"""

from __future__ import annotations

import base64
import json
from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import select

from asn_desktop.store.models import BundleSeen, ChangeBatch, ChangeLog, LegacyAttestation
from asn_desktop.sync import bundle
from asn_desktop.sync.batch import SignedBatch
from asn_desktop.sync.merge import collection_paused
from asn_desktop.sync.share import path
from asn_desktop.sync.transports.base import MAX_FILE, FileTooLarge

if TYPE_CHECKING:
    from asn_desktop.sync.engine import SyncEngine

__all__ = ["bootstrap", "write_snapshot"]

MAX_SNAPSHOT_FILE = MAX_FILE


def _batches(engine: SyncEngine) -> tuple[list[SignedBatch], dict[str, str]]:
    out: list[SignedBatch] = []
    origins: dict[str, str] = {}
    entries: dict[str, list[tuple[str, str, str, dict[str, object], bool]]] = defaultdict(list)
    with engine.r.sessions() as s:
        cols = (
            ChangeLog.batch,
            ChangeLog.table_name,
            ChangeLog.row_id,
            ChangeLog.hlc,
            ChangeLog.fields,
            ChangeLog.deleted,
        )
        for digest, t, r, h, f, d in s.execute(select(*cols).order_by(ChangeLog.seq)):
            if digest:
                entries[digest].append((t, r, h, json.loads(f), bool(d)))
        for row in s.scalars(select(ChangeBatch).where(ChangeBatch.bundle_seq.is_not(None))):
            rows = entries.get(row.digest)
            if rows:
                signature = bytes.fromhex(row.signature)
                out.append(
                    SignedBatch(
                        row.kind, row.author, tuple(rows), signature, row.digest, row.version, row.prev
                    )
                )
                origins[row.digest] = row.origin
    return out, origins


def write_snapshot(engine: SyncEngine) -> str:
    """Push, then write every signed batch with the headers that vouch for them; returns its path."""
    engine.push()
    with engine.r.sessions() as s:
        covered = [(row.device, row.seq, _header_bytes(row.header)) for row in s.scalars(select(BundleSeen))]
    batches, origins = _batches(engine)
    seq = int(engine.get("sync.push_seq", "0"))
    header = bundle.BundleHeader(
        workspace=engine.r.workspace_id,
        device=engine.r.device_id,
        seq=seq,
        count=sum(len(b.entries) for b in batches),
        batches=(),
        kind="snapshot",
        key_epoch=engine.key_epoch(),
    )
    blob = bundle.encode(
        header,
        batches,
        sync_key=engine.sync_keys()[header.key_epoch],
        signing_key=engine.r.signing_key,
        covered=covered,
        origins=origins,
    )
    where = path("snapshots", f"{engine.r.device_id}-{seq:012d}.snap")
    engine.t.write_atomically(where, blob)
    engine.report.bytes_written += len(blob)
    return where


def _header_bytes(stored: str) -> bytes:
    return stored.encode() if stored.startswith("v1:") else base64.b64decode(stored)


def _verify_covered(
    engine: SyncEngine, body: bundle.Body, keys: dict[str, bytes]
) -> tuple[dict[tuple[str, int], set[str]], dict[str, tuple[str, int]], dict[tuple[str, int], str]]:
    """(listed digests per verified bundle, digest → its bundle, stored header per bundle)."""
    listed: dict[tuple[str, int], set[str]] = {}
    home: dict[str, tuple[str, int]] = {}
    stored: dict[tuple[str, int], str] = {}
    for device, seq, raw in body.covered:
        key = keys.get(device)
        if key is None:
            continue
        if raw.startswith(b"v1:"):
            digest = raw[3:].decode("ascii", "replace")
            listed[(device, seq)] = {digest}
            home.setdefault(digest, (device, seq))
            stored[(device, seq)] = raw.decode("ascii", "replace")
            continue
        try:
            # Checked as any header (its writer signed it, but may have signed anything).
            header, _, _ = bundle.signed_header(
                raw,
                key=key,
                expect_workspace=engine.r.workspace_id,
                expect_device=device,
                name=f"kepala {device[:8]}/{seq}",
            )
        except bundle.BundleRejected:
            continue
        if header.seq != seq:
            continue
        digests = set(header.batches)
        listed[(device, seq)] = digests
        for d in digests:
            home.setdefault(d, (device, seq))
        stored[(device, seq)] = base64.b64encode(raw).decode()
    return listed, home, stored


def _best(engine: SyncEngine, keys: dict[str, bytes]) -> tuple[str, bundle.Body] | None:
    """The valid snapshot with the most changes, opening as few as that takes.

    Candidates are ranked by their signed headers; bodies are opened in that order until no
    header left claims more than the best body holds. A share keeps every laptop's snapshots,
    and each of a 10,000-employee agency takes 12 s to decrypt, inflate and check: on an honest
    share one is opened. A header that claims more than its body holds is named (its writer
    lied or the file is damaged) and costs one opening, never a worse start.
    """
    ranked: list[tuple[int, str]] = []
    kept: tuple[int, str, bytes] | None = None  # the file of the best claim so far: not read twice
    for name in engine.t.list(path("snapshots")):
        writer = name.rsplit("-", 1)[0]
        if not name.endswith(".snap") or writer not in keys or writer in engine.revoked():
            continue
        try:
            blob = engine.t.read(path("snapshots", name), limit=MAX_SNAPSHOT_FILE)
            header, _, _ = bundle.signed_header(
                blob,
                key=keys[writer],
                expect_workspace=engine.r.workspace_id,
                expect_device=writer,
                name=f"snapshot {name}",
            )
        except (bundle.BundleRejected, FileNotFoundError, FileTooLarge) as exc:
            engine.event("snapshot", name[:80], getattr(exc, "message", f"snapshot {name} hilang"))
            continue
        if header.kind == "snapshot":
            ranked.append((header.count, name))
            if kept is None or (-header.count, name) < (-kept[0], kept[1]):
                kept = (header.count, name, blob)
    best: tuple[int, str, bundle.Body] | None = None
    # Most changes first; among equals the name decides, the same way on every laptop.
    for claimed, name in sorted(ranked, key=lambda c: (-c[0], c[1])):
        if best is not None and claimed <= best[0]:
            break
        read = kept[2] if kept is not None and kept[1] == name else None
        kept = None
        body = _open(engine, name, keys[name.rsplit("-", 1)[0]], read)
        if body is None:
            continue
        held = sum(len(b.entries) for b in body.batches)
        if held < claimed:
            engine.event(
                "snapshot",
                name[:80],
                f"snapshot {name}: isinya lebih sedikit daripada yang disebut kepalanya.",
            )
        if best is None or held > best[0]:
            best = (held, name, body)
    return None if best is None else (best[1], best[2])


def _open(engine: SyncEngine, name: str, key: bytes, blob: bytes | None) -> bundle.Body | None:
    """The snapshot's checked body (``blob``, if already read), or None with the reason named."""
    try:
        _, body = bundle.decode(
            engine.t.read(path("snapshots", name), limit=MAX_SNAPSHOT_FILE) if blob is None else blob,
            key=key,
            sync_keys=engine.sync_keys(),
            expect_workspace=engine.r.workspace_id,
            expect_device=name.rsplit("-", 1)[0],
            expect_seq=None,
            check=engine_check,
            name=f"snapshot {name}",
        )
    except (bundle.BundleRejected, FileNotFoundError, FileTooLarge) as exc:
        engine.event("snapshot", name[:80], getattr(exc, "message", f"snapshot {name} hilang"))
        return None
    return body


def engine_check(table: str, row_id: str, fields: object) -> str | None:
    from asn_desktop.sync.engine import value_problem  # noqa: PLC0415 - engine imports this module

    return value_problem(table, row_id, fields)


def bootstrap(engine: SyncEngine) -> bool:
    """Start from the most complete valid snapshot on the share, if there is one (a new laptop)."""
    with collection_paused():  # all of it: decoding makes as many objects as applying
        return _bootstrap(engine)


def _bootstrap(engine: SyncEngine) -> bool:
    keys = engine.devices()
    found = _best(engine, keys)
    if found is None:
        return False
    name, body = found
    listed, home, stored = _verify_covered(engine, body, keys)
    by_bundle: dict[tuple[str, int], list[SignedBatch]] = defaultdict(list)
    for b in body.batches:
        where = home.get(b.digest)
        if where is None:
            engine.event(
                "snapshot",
                name[:80],
                f"snapshot {name}: kumpulan {b.digest[:12]} tanpa kiriman yang menjaminnya; diabaikan.",
            )
            continue
        by_bundle[where].append(b)
    engine.progress(0, len(body.batches), "Memuat snapshot…")
    applied = engine.ingest_many([(d, s, batches) for (d, s), batches in sorted(by_bundle.items())])
    engine.report.pulled += applied.applied
    engine.report.quarantined += applied.quarantined
    _set_cursors(engine, listed, by_bundle, stored)
    return True


def _set_cursors(
    engine: SyncEngine,
    listed: dict[tuple[str, int], set[str]],
    by_bundle: dict[tuple[str, int], list[SignedBatch]],
    stored: dict[tuple[str, int], str],
) -> None:
    with engine.r.sessions() as s:
        attested = {d for d in s.scalars(select(LegacyAttestation.digest))}
    complete: dict[str, set[int]] = defaultdict(set)
    for (device, seq), digests in listed.items():
        have = {b.digest for b in by_bundle.get((device, seq), [])}
        legacy = stored[(device, seq)].startswith("v1:")
        if digests <= have and (not legacy or digests <= attested):
            complete[device].add(seq)
    with engine._txn() as s:
        for device, seqs in complete.items():
            cursor = 0
            while cursor + 1 in seqs:
                cursor += 1
                s.merge(BundleSeen(device=device, seq=cursor, header=stored[(device, cursor)]))
            if device != engine.r.device_id:
                current = int(engine.get(f"sync.cursor.{device}", "0"))
                engine.put(s, f"sync.cursor.{device}", str(max(current, cursor)))
