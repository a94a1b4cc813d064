"""Push and pull through the share (DESIGN §4–§5): signed bundles, signed HEADs, cursors, blobs.

The layout of the share is in ``sync.share``. Nothing read from it is trusted before a
signature over it holds: a HEAD, a bundle's header and every batch inside it. Each device is the
single writer of its folder, and crash safety comes from ordering, not locks:

* **push** uploads blobs, then the bundle (temp name + rename), then HEAD, and only then records
  locally what it pushed. After a crash in between, the next push verifies the bundle it finds
  at its next seq: its own (its key signed it) and its changes are in the local log → it was
  written, continue after it; its own but its changes are *not* here → this laptop was restored
  from an older backup: its lost changes come back from the share, and it carries on as a new
  epoch; not its own (a forgery, a half-written copy) → the slot is written again.
* **pull** applies each bundle and advances that device's cursor in *one* local transaction, so
  a crash either applied the bundle and moved the cursor or did neither; applying is idempotent
  anyway. A HEAD is only a hint (it is signed; an unsigned or forged one is ignored): readers walk
  the device's seqs from their cursor, bounded per sync, so a HEAD claiming a huge seq costs
  nothing and piles up nothing.
* A bundle that is refused (unknown or revoked device, bad signature, damaged, replayed, from
  the future) is named in the report and in the security events; its seq is retried on later
  syncs, and the bundles after it are applied, since merges commute. A bad batch inside a good
  bundle is refused by name and the rest of the bundle is applied.

Cursors and push state are rows in the local ``meta`` table (key ``sync.*``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from asn_desktop.errors import AsnError, EvidenceRejected, NotFound
from asn_desktop.evidence.blobstore import BlobStore
from asn_desktop.progress import CancelToken, ProgressSink, null_progress
from asn_desktop.security.audit import event_body
from asn_desktop.security.userkeys import UserKey
from asn_desktop.store.models import (
    AuditEvent,
    BundleSeen,
    ChangeBatch,
    ChangeLog,
    Device,
    Meta,
    RemoteAuditEvent,
    SecurityEvent,
)
from asn_desktop.sync import bundle
from asn_desktop.sync.batch import LEGACY_LOCAL, SignedBatch, digest_of
from asn_desktop.sync.changelog import SYNC_APPLY
from asn_desktop.sync.hlc import Hlc, HybridClock
from asn_desktop.sync.merge import (
    ApplyReport,
    Change,
    apply_changes,
    log_changes,
    store_batches,
    synced_tables,
)
from asn_desktop.sync.share import (
    SignedFileInvalid,
    bundle_path,
    open_signed,
    path,
    sign_file,
)
from asn_desktop.sync.transports.base import (
    MAX_BLOB_FILE,
    MAX_BUNDLE_FILE,
    MAX_SMALL_FILE,
    FileTooLarge,
    ShareUnavailable,
    Transport,
)
from asn_desktop.sync.values import check_entry, column_checks
from asn_desktop.untrusted import json_of

DEVICE_FORMAT = "asn-device/1"
HEAD_FORMAT = "asn-head/2"
MAX_BUNDLE_CHANGES = 20_000  # one bundle stays a few MB, decrypted in memory at once
MAX_BUNDLE_BATCHES = 2_000  # the signed header lists them: it stays well under its 1 MiB bound
MAX_AUDIT = 5_000
MAX_AUDIT_SEQ = 2**62  # well inside SQLite's integer
MAX_AUDIT_BODY = 20_000  # characters of one audit event as kept
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")
MAX_GAP = 50  # seqs missing in a row before a reader stops walking a device's folder this sync
MAX_PER_SYNC = 5_000  # bundles read from one device in one sync
GROUP_CHANGES = 60_000  # changes held in memory and applied at once while catching up on a device
MAX_SKIPPED = 1_000

_CHECKS = {name: column_checks(table) for name, table in synced_tables().items()}


def value_problem(table: str, row_id: str, fields: Any) -> str | None:
    """Why a change from another laptop is malformed (``sync.values``), or None.

    A blob's name is also a path, on the share and in the blob store: it must be a SHA-256.
    """
    problem = check_entry(_CHECKS, table, row_id, fields)
    column = BLOB_FIELDS.get(table)
    if problem is None and column is not None:
        name = fields.get(column)
        if name is not None and _HEX_DIGEST.fullmatch(name) is None:
            problem = f"{table}.{column} bukan sidik SHA-256"
    return problem


class EnrolmentError(AsnError):
    """This laptop may not enrol others, or an enrolment record is not valid."""

    code = "enrolment"


@dataclass
class Replica:
    """What the engine needs of an unlocked workspace (services build it; no Qt, no services import)."""

    sessions: sessionmaker[Session]
    workspace_id: str
    device_id: str
    device_name: str
    sync_key: bytes
    signing_key: bytes
    clock: HybridClock
    blobs: BlobStore
    now: Callable[[], datetime]

    @property
    def public_key(self) -> bytes:
        key = Ed25519PrivateKey.from_private_bytes(self.signing_key).public_key()
        return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass
class SyncReport:
    """What a sync did, and everything it skipped, by name."""

    pushed: int = 0
    bundles_written: int = 0
    bytes_written: int = 0
    pulled: int = 0
    bundles_read: int = 0
    conflicts: int = 0
    pending: int = 0
    quarantined: int = 0
    blobs_up: int = 0
    blobs_down: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One Indonesian line for a status bar or the CLI."""
        text = (
            f"Sinkronisasi selesai: {self.pushed} perubahan dikirim, {self.pulled} perubahan diterima"
            f" dari {self.bundles_read} kiriman"
        )
        if self.conflicts:
            text += f", {self.conflicts} konflik perlu diputuskan"
        if self.quarantined:
            text += f", {self.quarantined} perubahan ditolak (lihat Peristiwa Keamanan)"
        if self.problems:
            text += f", {len(self.problems)} masalah"
        return text + "."


# ---------------------------------------------------------------- device records


def _canonical(record: dict[str, Any]) -> bytes:
    body = {k: v for k, v in record.items() if k != "signature"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sign_device_record(record: dict[str, Any], authority_key: bytes) -> dict[str, Any]:
    """``record`` with the enrolment authority's signature added."""
    signature = Ed25519PrivateKey.from_private_bytes(authority_key).sign(_canonical(record))
    return {**record, "signature": signature.hex()}


def verify_device_record(record: dict[str, Any], authority_public: bytes, workspace_id: str) -> bytes:
    """The device's raw public key, if the record is signed by the authority for this workspace."""
    try:
        if record.get("format") != DEVICE_FORMAT or record.get("workspace_id") != workspace_id:
            raise ValueError("format")
        Ed25519PublicKey.from_public_bytes(authority_public).verify(
            bytes.fromhex(record["signature"]), _canonical(record)
        )
        key = bytes.fromhex(record["public_key"])
        if len(key) != 32:
            raise ValueError("key")
        return key
    except (InvalidSignature, ValueError, KeyError, TypeError) as exc:
        raise EnrolmentError(
            f"Catatan perangkat {str(record.get('device_id'))[:36]} tidak ditandatangani admin pendaftar; "
            "perangkat itu dianggap tidak terdaftar."
        ) from exc


class Deferred(Exception):
    """A bundle that cannot be applied yet (its clock is ahead, its key generation unknown)."""


# ---------------------------------------------------------------- the engine


class SyncEngine:
    """One sync of one replica over one transport; ``progress`` and ``cancel`` as in ``progress``."""

    def __init__(
        self,
        replica: Replica,
        transport: Transport,
        *,
        progress: ProgressSink = null_progress,
        cancel: CancelToken | None = None,
        admin_signer: UserKey | None = None,
    ) -> None:
        self.r = replica
        self.t = transport
        self.progress = progress
        self.cancel = cancel or CancelToken()
        self.report = SyncReport()
        # The logged-in admin's key, when there is one: lets this sync hand new key generations
        # to laptops that joined after a rotation (``sync.lifecycle``).
        self.admin_signer = admin_signer

    # ------------------------------------------------------------ local state

    @contextmanager
    def _txn(self, *, applying: bool = False) -> Iterator[Session]:
        with self.r.sessions() as session, session.begin():
            if applying:
                session.info[SYNC_APPLY] = True
            yield session

    def get(self, key: str, default: str = "") -> str:
        with self.r.sessions() as s:
            value = s.get(Meta, key)
            return value.value if value is not None else default

    @staticmethod
    def put(session: Session, key: str, value: str) -> None:
        stmt = sqlite_insert(Meta).values(key=key, value=value)
        session.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))

    def event(self, kind: str, subject: str | None, message: str, *, problem: bool = True) -> None:
        """A security event (kept, counted) and a line of the report."""
        (self.report.problems if problem else self.report.warnings).append(message)
        key = hashlib.sha256(f"{kind}\x00{subject}\x00{message}".encode()).hexdigest()
        now = self.r.now()
        with self._txn() as s:
            stmt = sqlite_insert(SecurityEvent).values(
                key=key,
                kind=kind,
                subject=subject,
                message=message[:400],
                first_seen=now,
                last_seen=now,
                count=1,
            )
            s.execute(
                stmt.on_conflict_do_update(
                    index_elements=["key"], set_={"last_seen": now, "count": SecurityEvent.count + 1}
                )
            )

    # ------------------------------------------------------------ keys

    def sync_keys(self) -> dict[int, bytes]:
        keys = {0: self.r.sync_key}
        with self.r.sessions() as s:
            for k, v in s.execute(select(Meta.key, Meta.value).where(Meta.key.like("sync.key.%"))):
                keys[int(k.removeprefix("sync.key."))] = base64.b64decode(v)
        return keys

    def key_epoch(self) -> int:
        return max(self.sync_keys())

    # ------------------------------------------------------------ enrolment / trust

    def authority(self) -> tuple[str, bytes]:
        """(device id, public key) of the enrolment authority; the agency's first device if unset."""
        with self._txn() as s:
            device = s.get(Meta, "sync.authority_device")
            key = s.get(Meta, "sync.authority")
            if key is None or device is None:
                # No enrolment file made this workspace: it is the agency's first laptop.
                self.put(s, "sync.authority_device", self.r.device_id)
                self.put(s, "sync.authority", self.r.public_key.hex())
                return self.r.device_id, self.r.public_key
            return device.value, bytes.fromhex(key.value)

    def trust(self, device: str, public_key_hex: str) -> None:
        """Record the enrolment authority named by this laptop's (sealed) enrolment file."""
        with self._txn() as s:
            self.put(s, "sync.authority_device", device)
            self.put(s, "sync.authority", public_key_hex)

    def own_record(self, authority_key: bytes | None = None) -> dict[str, Any]:
        record = {
            "format": DEVICE_FORMAT,
            "workspace_id": self.r.workspace_id,
            "device_id": self.r.device_id,
            "device_name": self.r.device_name,
            "public_key": self.r.public_key.hex(),
        }
        return sign_device_record(record, authority_key or self.r.signing_key)

    def register(self, record: dict[str, Any] | None = None) -> None:
        """Put this device's signed record on the share (the authority signs its own)."""
        where = path("devices", f"{self.r.device_id}.json")
        if record is None:
            if self.t.exists(where):
                return
            kept = self.get("sync.record")  # the record of this laptop's enrolment file
            authority, _ = self.authority()
            if kept:
                record = json.loads(kept)
            elif authority == self.r.device_id:
                record = self.own_record()
            else:
                raise EnrolmentError("Catatan perangkat ini belum ada di penyimpanan bersama; daftar ulang.")
        else:
            # Kept, so that a replica of the share (or a share rebuilt from a copy) gets it back.
            with self._txn() as s:
                self.put(s, "sync.record", json.dumps(record, sort_keys=True))
        self.t.write_atomically(where, json.dumps(record, indent=1, sort_keys=True).encode())

    def devices(self) -> dict[str, bytes]:
        """Enrolled devices (id → public key): cached ones plus new verified records on the share."""
        _, authority = self.authority()
        with self.r.sessions() as s:
            cached = {
                k.removeprefix("sync.device."): bytes.fromhex(v)
                for k, v in s.execute(select(Meta.key, Meta.value).where(Meta.key.like("sync.device.%")))
            }
        for name in self.t.list(path("devices")):
            device = name.removesuffix(".json")
            if not name.endswith(".json") or device in cached:
                continue
            try:
                record = json_of(self.t.read(path("devices", name), limit=MAX_SMALL_FILE))
                key = verify_device_record(record, authority, self.r.workspace_id)
                if record["device_id"] != device:
                    raise EnrolmentError(f"Catatan perangkat {device[:36]} memuat id lain; ditolak.")
            except EnrolmentError as exc:
                self.event("device_record", device[:36], exc.message)
                continue
            except (ValueError, FileNotFoundError, KeyError, TypeError):
                self.event(
                    "device_record",
                    device[:36],
                    f"Catatan perangkat {device[:36]} rusak; dianggap tidak terdaftar.",
                )
                continue
            cached[device] = key
            with self._txn() as s:
                self.put(s, f"sync.device.{device}", key.hex())
        cached[self.r.device_id] = self.r.public_key
        return cached

    def revoked(self) -> dict[str, int]:
        """Revoked devices (id → last bundle seq that still counts), as the admins decided."""
        with self.r.sessions() as s:
            return {d: n for d, n in s.execute(select(Device.id, Device.revoked_after)) if n is not None}

    # ------------------------------------------------------------ push

    def _recover_push(self) -> tuple[int, int]:
        """Local (seq, upto), moved past every bundle of this device already on the share."""
        seq, upto = int(self.get("sync.push_seq", "0")), int(self.get("sync.pushed_upto", "0"))
        moved = False
        while self.t.exists(bundle_path(self.r.device_id, seq + 1)):
            name = f"kiriman {seq + 1} laptop ini"
            try:
                header, body = bundle.decode(
                    self.t.read(bundle_path(self.r.device_id, seq + 1), limit=MAX_BUNDLE_FILE),
                    key=self.r.public_key,
                    sync_keys=self.sync_keys(),
                    expect_workspace=self.r.workspace_id,
                    expect_device=self.r.device_id,
                    expect_seq=seq + 1,
                    check=value_problem,
                    name=name,
                )
            except (bundle.BundleRejected, FileNotFoundError, FileTooLarge) as exc:
                # Not ours (a forgery or a damaged copy): our next bundle takes this slot.
                self.event(
                    "own_slot", self.r.device_id, f"{getattr(exc, 'message', exc)} Tempat ini ditulis ulang."
                )
                break
            seq, moved = seq + 1, True
            if self._have_locally(body.batches):
                upto = max(upto, int(header.extra.get("upto", upto)))
            else:
                self._restored(header, body, seq)
        if moved:
            self._write_head(seq)
            self._record_push(seq, upto)
        return seq, upto

    def _have_locally(self, batches: list[SignedBatch]) -> bool:
        if not batches:
            return True
        last = batches[-1].entries[-1][2]
        with self.r.sessions() as s:
            return s.scalar(select(func.count()).where(ChangeLog.hlc == last)) != 0

    def _restored(self, header: bundle.BundleHeader, body: bundle.Body, seq: int) -> None:
        """This laptop is older than its own bundles (restored from a backup): take them back."""
        self.ingest_many([(self.r.device_id, seq, body.batches)], audit={self.r.device_id: body.audit})
        with self._txn() as s:
            epoch = int(self.get("sync.epoch", "1"))
            self.put(s, "sync.epoch", str(max(epoch, header.epoch) + 1))
        warning = (
            "Laptop ini dipulihkan dari cadangan lama: perubahan yang dibuatnya setelah cadangan itu "
            "diambil kembali dari penyimpanan bersama, dan laptop melanjutkan sebagai epoch baru."
        )
        if warning not in self.report.warnings:
            self.report.warnings.append(warning)

    def _repair_own_folder(self, seq: int, upto: int) -> int:
        """If bundles this laptop wrote are gone from the share (its folder deleted, a file lost),
        send everything it ever wrote again, in new bundles; their HEAD's floor tells readers that
        nothing older is needed. Returns the change-log position to push from."""
        if seq == 0:
            return upto
        floor = int(self.get("sync.floor", "1"))
        names = set(self.t.list(path("log", self.r.device_id)))
        missing = [n for n in range(floor, seq + 1) if f"{n:012d}.bundle" not in names]
        if not missing:
            return upto
        self.event(
            "own_folder",
            self.r.device_id,
            f"{len(missing)} kiriman laptop ini hilang dari penyimpanan bersama; "
            "semua perubahan laptop ini dikirim ulang.",
            problem=False,
        )
        with self._txn() as s:
            self.put(s, "sync.floor", str(seq + 1))
        return 0

    def _record_push(self, seq: int, upto: int) -> None:
        with self._txn() as s:
            self.put(s, "sync.push_seq", str(seq))
            self.put(s, "sync.pushed_upto", str(upto))

    def _write_head(self, seq: int) -> None:
        body = {
            "format": HEAD_FORMAT,
            "workspace": self.r.workspace_id,
            "device": self.r.device_id,
            "seq": seq,
            "floor": int(self.get("sync.floor", "1")),
        }
        self.t.write_atomically(path("log", self.r.device_id, "HEAD"), sign_file(body, self.r.signing_key))

    def _batches_of(self, entries: list[tuple[int, Change]]) -> list[SignedBatch]:
        """The signed batches covering these entries, in order; legacy history as legacy batches."""
        out: list[SignedBatch] = []
        by_batch: dict[str, list[Change]] = {}
        order: list[str] = []
        for _, c in entries:
            key = c.batch or LEGACY_LOCAL
            if key not in by_batch:
                by_batch[key] = []
                order.append(key)
            by_batch[key].append(c)
        with self.r.sessions() as s:
            for key in order:
                changes = by_batch[key]
                rows = tuple((c.table, c.row_id, c.hlc, dict(c.fields), c.deleted) for c in changes)
                if key == LEGACY_LOCAL:
                    for start in range(0, len(rows), 5000):
                        part = rows[start : start + 5000]
                        digest = digest_of(self.r.workspace_id, "legacy", None, part)
                        out.append(SignedBatch("legacy", None, part, b"", digest))
                    continue
                meta = s.get(ChangeBatch, key)
                if meta is None:
                    continue
                signature = bytes.fromhex(meta.signature)
                out.append(SignedBatch(meta.kind, meta.author, rows, signature, key, meta.version, meta.prev))
        return out

    def _next_entries(self, upto: int) -> tuple[list[tuple[int, Change]], int]:
        """(this laptop's next entries to push, the log position a push may record when none).

        With none, every entry up to the log's end came from other laptops — and this laptop's
        own entries always get later positions — so the next push need not read them again: a
        laptop that only reads (or has just joined with half a million entries) otherwise went
        through everything pulled since its last bundle on every sync.
        """
        with self.r.sessions() as s:
            # Read first: an entry of this laptop at or below it is then seen by the read after.
            end = s.scalar(select(func.max(ChangeLog.seq))) or 0
            batch = log_changes(s, origin=self.r.device_id, after_seq=upto, limit=MAX_BUNDLE_CHANGES)
            if not batch:
                return batch, max(upto, end)
            # Keep the last batch whole: a bundle carries batches, never half of one.
            last = batch[-1][1].batch
            if last is not None and last != LEGACY_LOCAL:
                rest = (
                    s.execute(
                        select(ChangeLog.seq).where(ChangeLog.batch == last, ChangeLog.seq > batch[-1][0])
                    )
                    .scalars()
                    .all()
                )
                if rest:
                    batch += log_changes(s, origin=self.r.device_id, after_seq=batch[-1][0], limit=len(rest))
        digests: list[str] = []
        for i, (_, c) in enumerate(batch):
            if c.batch not in digests:
                digests.append(c.batch or LEGACY_LOCAL)
                if len(digests) > MAX_BUNDLE_BATCHES:
                    return batch[:i], batch[i - 1][0]
        return batch, batch[-1][0]

    def _audit_since(self) -> tuple[list[dict[str, Any]], int]:
        done = int(self.get("sync.audit_pushed", "0"))
        with self.r.sessions() as s:
            events = s.scalars(
                select(AuditEvent).where(AuditEvent.seq > done).order_by(AuditEvent.seq).limit(MAX_AUDIT)
            ).all()
            return [event_body(e) for e in events], (events[-1].seq if events else done)

    def push(self) -> None:
        """Write this laptop's changes since the last push as bundles (module docstring)."""
        seq, upto = self._recover_push()
        if self.r.device_id in self.revoked():
            raise EnrolmentError(
                "Laptop ini sudah dicabut admin; perubahannya tidak lagi diterima laptop lain."
            )
        upto = self._repair_own_folder(seq, upto)
        while True:
            self.cancel.check()
            entries, end = self._next_entries(upto)
            audit, audit_upto = self._audit_since()
            if not entries and not audit:
                if end > upto:
                    with self._txn() as s:
                        self.put(s, "sync.pushed_upto", str(end))
                return
            batches = self._batches_of(entries)
            changes = [c for _, c in entries]
            self.progress(0, len(changes), "Mengirim perubahan…")
            self._upload_blobs(changes)
            seq, upto = seq + 1, end
            self._write_bundle(seq, upto, batches, (audit, audit_upto), len(changes))
            self.progress(len(changes), len(changes), "Perubahan terkirim")

    def _write_bundle(
        self,
        seq: int,
        upto: int,
        batches: list[SignedBatch],
        audit_part: tuple[list[dict[str, Any]], int],
        count: int,
    ) -> None:
        audit, audit_upto = audit_part
        header = bundle.BundleHeader(
            workspace=self.r.workspace_id,
            device=self.r.device_id,
            seq=seq,
            count=count,
            batches=tuple(b.digest for b in batches),
            key_epoch=self.key_epoch(),
            epoch=int(self.get("sync.epoch", "1")),
            extra={"upto": upto},
        )
        blob = bundle.encode(
            header,
            batches,
            sync_key=self.sync_keys()[header.key_epoch],
            signing_key=self.r.signing_key,
            audit=audit,
        )
        self.t.write_atomically(bundle_path(self.r.device_id, seq), blob)
        self._write_head(seq)
        signed, signature, _ = bundle.split_signed(blob, "")
        with self._txn() as s:
            self.put(s, "sync.push_seq", str(seq))
            self.put(s, "sync.pushed_upto", str(upto))
            self.put(s, "sync.audit_pushed", str(audit_upto))
            s.merge(
                BundleSeen(
                    device=self.r.device_id, seq=seq, header=base64.b64encode(signed + signature).decode()
                )
            )
            for b in batches:
                if b.kind == "legacy":
                    s.execute(
                        sqlite_insert(ChangeBatch)
                        .values(
                            digest=b.digest,
                            kind="legacy",
                            author=None,
                            signature="",
                            origin=self.r.device_id,
                            hlc=b.first_hlc,
                            bundle_seq=seq,
                        )
                        .on_conflict_do_nothing()
                    )
                else:
                    s.execute(
                        ChangeBatch.__table__.update()  # type: ignore[attr-defined]
                        .where(ChangeBatch.digest == b.digest)
                        .values(bundle_seq=seq)
                    )
        self.report.pushed += count
        self.report.bundles_written += 1
        self.report.bytes_written += len(blob)

    def _upload_blobs(self, changes: list[Change]) -> None:
        for sha in blob_refs(changes):
            where = path("blobs", sha[:2], sha)
            if not self.r.blobs.has(sha) or self.t.exists(where):
                continue
            data = self.r.blobs.read_encrypted(sha)
            self.t.write_atomically(where, data)
            self.report.blobs_up += 1
            self.report.bytes_written += len(data)

    # ------------------------------------------------------------ pull

    def _head(self, device: str, key: bytes) -> tuple[int | None, int]:
        """(seq, floor) of a device's signed HEAD; (None, 1) when it is absent or not valid."""
        try:
            data = self.t.read(path("log", device, "HEAD"), limit=MAX_SMALL_FILE)
        except FileNotFoundError:
            return None, 1
        except FileTooLarge:
            self.event("head", device, f"Berkas HEAD perangkat {device[:8]} terlalu besar; diabaikan.")
            return None, 1
        try:
            head = open_signed(data, key)
            if head.get("format") != HEAD_FORMAT or head.get("device") != device:
                raise SignedFileInvalid("format")
            seq, floor = head["seq"], head.get("floor", 1)
            if type(seq) is not int or type(floor) is not int or seq < 0 or floor < 1:
                raise SignedFileInvalid("angka")
        except (SignedFileInvalid, KeyError):
            if not data.strip().isdigit():  # an old release's plain HEAD is no forgery
                self.event("head", device, f"Berkas HEAD perangkat {device[:8]} tidak sah; diabaikan.")
            return None, 1
        return seq, floor

    def pull(self) -> None:
        """Apply the bundles of every other enrolled device past its cursor."""
        keys = self.devices()
        for device in self.t.list(path("log")):
            if device not in keys and self.t.list(path("log", device)):
                self.event(
                    "unknown_device",
                    device[:36],
                    f"Kiriman dari perangkat {device[:36]} ditolak: perangkat itu tidak terdaftar.",
                )
        revoked = self.revoked()
        for device in sorted(keys):
            if device != self.r.device_id:
                self.cancel.check()
                self._pull_device(device, keys[device], revoked.get(device))
        self._fetch_missing_blobs([])

    def _todo(
        self, device: str, key: bytes, cursor: int, skipped: set[int], revoked_after: int | None
    ) -> list[int]:
        """The seqs to read from ``device`` this sync: past the cursor, retries, bounded."""
        head, floor = self._head(device, key)
        skipped = {s for s in skipped if s >= floor}
        todo: list[int] = []
        seq, gap = max(cursor + 1, floor), 0
        stop = seq + MAX_PER_SYNC if revoked_after is None else min(seq + MAX_PER_SYNC, revoked_after + 1)
        while seq < stop:
            if self.t.exists(bundle_path(device, seq)):
                todo.append(seq)
                gap = 0
            elif head is not None and seq <= head:
                skipped.add(seq)  # the signed HEAD says it was written: not here yet (replication)
            else:
                gap += 1
                # Past a valid HEAD one probe finds a HEAD update lost in a crash; without a HEAD
                # (an old release's, or a forged one) a short walk finds the bundles.
                if head is not None or gap >= MAX_GAP:
                    break
            seq += 1
        return sorted(skipped | set(todo))[:MAX_PER_SYNC]

    def _pull_device(self, device: str, key: bytes, revoked_after: int | None) -> None:
        cursor = int(self.get(f"sync.cursor.{device}", "0"))
        skipped = set(json.loads(self.get(f"sync.skipped.{device}", "[]")))
        todo = self._todo(device, key, cursor, skipped, revoked_after)
        group: list[tuple[int, bundle.Body, str]] = []
        size = 0
        for done, seq in enumerate(todo):
            self.cancel.check()
            self.progress(done, len(todo), f"Menerima kiriman {seq} dari {device[:8]}…")
            result = self._read_bundle(device, seq, key)
            if result is None:
                skipped.add(seq)
            else:
                skipped.discard(seq)
                group.append((seq, *result))
                size += sum(len(b.entries) for b in result[0].batches)
            cursor = max(cursor, seq)
            if size >= GROUP_CHANGES or done == len(todo) - 1:
                self._apply_group(device, group, cursor, skipped)
                group, size = [], 0

    def _apply_group(
        self, device: str, group: list[tuple[int, bundle.Body, str]], cursor: int, skipped: set[int]
    ) -> None:
        """Apply bundles read from one device in one go, then move its cursor past them.

        One apply per group, not per bundle: each apply folds the rows it touches from their whole
        log and reads the directory, so a laptop catching up on many bundles (a join, a week
        offline) pays that once. Crash-safe as before: the apply is one transaction, the cursor
        another, and bundles read again after a crash between them change nothing.
        """
        applied = None
        if group:
            audit = [event for _, body, _ in group for event in body.audit]
            applied = self.ingest_many(
                [(device, seq, body.batches) for seq, body, _ in group], audit={device: audit}
            )
        with self._txn() as s:
            for seq, _, signed in group:
                s.merge(BundleSeen(device=device, seq=seq, header=signed))
            self.put(s, f"sync.cursor.{device}", str(cursor))
            self.put(s, f"sync.skipped.{device}", json.dumps(sorted(skipped)[-MAX_SKIPPED:]))
        if applied is not None:
            self._count(applied)

    def _count(self, applied: ApplyReport) -> None:
        self.report.pulled += applied.applied
        self.report.conflicts += applied.conflicts
        self.report.pending = applied.pending
        self.report.quarantined += applied.quarantined

    def _read_bundle(self, device: str, seq: int, key: bytes) -> tuple[bundle.Body, str] | None:
        name = f"kiriman {seq} perangkat {device[:8]}"
        try:
            blob = self.t.read(bundle_path(device, seq), limit=MAX_BUNDLE_FILE)
            if blob.startswith(bundle.MAGIC_V1):
                legacy = bundle.decode_v1(
                    blob,
                    key=key,
                    sync_key=self.r.sync_key,
                    expect_workspace=self.r.workspace_id,
                    expect_device=device,
                    expect_seq=seq,
                    check=value_problem,
                    name=name,
                )
                self.report.bundles_read += 1
                return bundle.Body(batches=[legacy]), f"v1:{legacy.digest}"
            _header, body = bundle.decode(
                blob,
                key=key,
                sync_keys=self.sync_keys(),
                expect_workspace=self.r.workspace_id,
                expect_device=device,
                expect_seq=seq,
                check=value_problem,
                name=name,
            )
        except FileNotFoundError:
            self.report.problems.append(
                f"{name}: berkas tidak ada di penyimpanan bersama; dicoba lagi nanti."
            )
            return None
        except (bundle.BundleRejected, FileTooLarge) as exc:
            self.event("bundle", f"{device[:36]}/{seq}", exc.message)
            return None
        if self._ahead(body.batches):
            self.report.warnings.append(
                f"{name} bercap waktu di depan jam laptop ini; diterima setelah jam menyusul. "
                "Periksa pengaturan tanggal dan jam."
            )
            return None
        for reason in body.refused:
            self.event("batch", f"{device[:36]}/{seq}", reason)
        self.report.bundles_read += 1
        signed, signature, _ = bundle.split_signed(blob, name)
        return body, base64.b64encode(signed + signature).decode()

    def _ahead(self, batches: list[SignedBatch]) -> bool:
        latest = max((Hlc.parse(e[2]) for b in batches for e in b.entries), default=None)
        return latest is not None and self.r.clock.too_far_ahead(latest)

    def ingest_many(
        self,
        groups: list[tuple[str, int | None, list[SignedBatch]]],
        *,
        audit: dict[str, list[dict[str, Any]]] | None = None,
    ) -> ApplyReport:
        """Store batches (origin, bundle seq, batches) and apply all their changes at once."""
        changes: list[Change] = []
        rows: list[tuple[Any, ...]] = []
        for origin, bundle_seq, batches in groups:
            for b in batches:
                rows.append(
                    (
                        b.digest,
                        b.kind,
                        b.author,
                        b.signature.hex(),
                        origin,
                        b.first_hlc,
                        bundle_seq,
                        b.version,
                        b.prev,
                    )
                )
                if b.texts:
                    changes.extend(
                        Change(t, r, h, f, d, b.author, b.digest, text)
                        for (t, r, h, f, d), text in zip(b.entries, b.texts, strict=True)
                    )
                else:
                    changes.extend(Change(t, r, h, f, d, b.author, b.digest) for t, r, h, f, d in b.entries)
        with self._txn(applying=True) as s:
            store_batches(s, rows)
            applied = apply_changes(s, changes, now=self.r.now(), workspace_id=self.r.workspace_id)
            findings = [
                m for chain, events in (audit or {}).items() for m in self._store_audit(s, chain, events)
            ]
        for message in findings:  # after the commit: an event is a transaction of its own
            self.event("audit", message[:60], message)
        for _, _, batches in groups:
            for b in batches:
                self.r.clock.observe(Hlc.parse(b.entries[-1][2]))
        if changes:
            self._fetch_missing_blobs(changes)
        return applied

    def _store_audit(self, s: Session, chain: str, events: list[dict[str, Any]]) -> list[str]:
        """Keep another laptop's audit events as they arrived; return what contradicts the copy.

        The chain's stored hashes of these seqs (and of the seqs just before them) are read in a
        few ``IN (...)`` queries and the new events written with one executemany: an ORM ``get``
        per event (autoflushing the one added before it) cost ~1 ms each, half a day's pull.
        """
        found: list[str] = []
        device = chain.split("/", 1)[0][:8]
        # An event is input: a seq SQLite cannot hold or a hash that is no hex digest (a lone
        # surrogate cannot even be stored) raised here on every receiver, on every sync.
        # A body is kept whole or not at all: a cut one is no JSON, and audit-verify reads it.
        valid = [
            (seq, digest, text, ev)
            for ev in events
            if type(seq := ev.get("seq")) is int
            and 0 < seq <= MAX_AUDIT_SEQ
            and isinstance(digest := ev.get("hash"), str)
            and _HEX_DIGEST.fullmatch(digest) is not None
            and len(text := json.dumps(ev, sort_keys=True)) <= MAX_AUDIT_BODY
        ]
        if len(valid) < len(events):
            found.append(
                f"{len(events) - len(valid)} peristiwa audit perangkat {device} tidak sah "
                "(nomor urut, sidik atau ukuran di luar batas); diabaikan."
            )
        wanted = sorted({seq for seq, *_ in valid} | {seq - 1 for seq, *_ in valid})
        stored: dict[int, str] = {}
        for start in range(0, len(wanted), 400):
            part = wanted[start : start + 400]
            query = select(RemoteAuditEvent.seq, RemoteAuditEvent.hash).where(
                RemoteAuditEvent.device == chain, RemoteAuditEvent.seq.in_(part)
            )
            stored.update({n: h for n, h in s.execute(query)})
        rows: list[dict[str, Any]] = []
        for seq, digest, text, ev in valid:
            known = stored.get(seq)
            if known is not None:
                if known != digest:
                    found.append(
                        f"Riwayat audit perangkat {device} ditulis ulang: peristiwa #{seq} berbeda "
                        "dari yang diterima sebelumnya."
                    )
                continue
            before = stored.get(seq - 1)
            if before is not None and before != ev.get("prev"):
                found.append(
                    f"Riwayat audit perangkat {device} tidak bersambung pada peristiwa #{seq} "
                    "(ditulis ulang)."
                )
            stored[seq] = digest
            rows.append({"device": chain, "seq": seq, "hash": digest, "body": text})
        if rows:
            s.connection().execute(insert(cast(Table, RemoteAuditEvent.__table__)), rows)
        return found

    def _fetch_missing_blobs(self, changes: list[Change]) -> None:
        missing = set(json.loads(self.get("sync.missing_blobs", "[]")))
        missing |= {sha for sha in blob_refs(changes) if not self.r.blobs.has(sha)}
        still: set[str] = set()
        for sha in sorted(missing):
            try:
                self.r.blobs.put_encrypted(sha, self.t.read(path("blobs", sha[:2], sha), limit=MAX_BLOB_FILE))
                self.report.blobs_down += 1
            except (FileNotFoundError, EvidenceRejected, NotFound, FileTooLarge):
                still.add(sha)
        if still:
            self.report.warnings.append(f"{len(still)} berkas bukti belum tersedia di penyimpanan bersama.")
        with self._txn() as s:
            if still:
                self.put(s, "sync.missing_blobs", json.dumps(sorted(still)))
            else:
                s.execute(delete(Meta).where(Meta.key == "sync.missing_blobs"))

    # ------------------------------------------------------------ whole sync

    def run(self, *, snapshot: bool = False) -> SyncReport:
        """Push, then pull (and optionally leave a snapshot). Raises ShareUnavailable if unreachable."""
        from asn_desktop.sync import lifecycle  # noqa: PLC0415 - they build on this class
        from asn_desktop.sync import snapshot as snap  # noqa: PLC0415

        self.register()
        lifecycle.check_claim(self)
        lifecycle.publish_kx(self)
        lifecycle.receive_keys(self)
        self.push()
        self.pull()
        lifecycle.receive_keys(self)
        lifecycle.hand_out_keys(self)
        if snapshot:
            snap.write_snapshot(self)
        self.progress(1, 1, self.report.summary())
        return self.report


# The columns that name an evidence blob (sha256 of the plaintext), per table: a row that
# arrives with one needs the blob too, so push uploads it and pull fetches it.
BLOB_FIELDS: dict[str, str] = {"evidence": "sha256", "worklog_entry": "evidence_sha256"}


def blob_refs(changes: list[Change]) -> list[str]:
    refs = set()
    for c in changes:
        column = BLOB_FIELDS.get(c.table)
        name = None if column is None or c.deleted else c.fields.get(column)
        if isinstance(name, str) and _HEX_DIGEST.fullmatch(name) is not None:
            refs.add(name)
    return sorted(refs)


__all__ = ["EnrolmentError", "Replica", "ShareUnavailable", "SyncEngine", "SyncReport", "value_problem"]
