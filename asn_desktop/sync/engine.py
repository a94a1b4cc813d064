"""Push and pull through the share (DESIGN §5): bundles, HEAD files, cursors, blobs, snapshots.

Share layout, below the transport's root::

    asn-sync/v1/devices/<device>.json          enrolled key, signed by the enrolment authority
    asn-sync/v1/log/<device>/<seq:012d>.bundle  written only by that device
    asn-sync/v1/log/<device>/HEAD               latest seq written
    asn-sync/v1/blobs/<sha[:2]>/<sha>           evidence as stored locally (already encrypted)
    asn-sync/v1/snapshots/<device>-<seq:012d>.snap

Crash safety comes from ordering, not locks (each device is the single writer of its folder):

* **push** uploads blobs, then the bundle (temp name + rename), then HEAD, and only then records
  locally what it pushed. A crash in between leaves a bundle the laptop has not recorded; the
  next push first looks past its own seq on the share, re-reads the header of any bundle found
  there (``extra.upto`` = the last change-log seq it holds) and continues after it. A written
  seq is never rewritten, so a reader that already took it misses nothing.
* **pull** applies each bundle and advances that device's cursor in *one* local transaction, so
  a crash either applied the bundle and moved the cursor or did neither; applying is idempotent
  anyway. Readers also look one past HEAD, for a bundle whose HEAD update was lost.
* A bundle that is refused (unknown device, bad signature, damaged, replayed) is named in the
  report and skipped; its seq is remembered and retried on later syncs, and the bundles after
  it are applied, since merges commute.

Cursors and push state are rows in the local ``meta`` table (key ``sync.*``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from asn_desktop.errors import AsnError, EvidenceRejected, NotFound
from asn_desktop.evidence.blobstore import BlobStore
from asn_desktop.progress import CancelToken, ProgressSink, null_progress
from asn_desktop.store.models import Meta
from asn_desktop.sync import bundle
from asn_desktop.sync.changelog import SYNC_APPLY
from asn_desktop.sync.hlc import Hlc, HybridClock
from asn_desktop.sync.merge import ApplyReport, Change, apply_changes, compact_state, log_changes
from asn_desktop.sync.transports.base import ShareUnavailable, Transport

ROOT = "asn-sync/v1"
DEVICE_FORMAT = "asn-device/1"
MAX_BUNDLE_CHANGES = 20_000  # one bundle stays a few MB, decrypted in memory at once


def _path(*parts: str) -> str:
    return "/".join((ROOT, *parts))


def _bundle_path(device: str, seq: int) -> str:
    return _path("log", device, f"{seq:012d}.bundle")


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
    blobs_up: int = 0
    blobs_down: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One Indonesian line for a status bar or the CLI."""
        text = (
            f"Sinkronisasi selesai: {self.pushed} perubahan dikirim, {self.pulled} perubahan diterima"
            f" dari {self.bundles_read} bundel"
        )
        if self.conflicts:
            text += f", {self.conflicts} konflik perlu diputuskan"
        if self.problems:
            text += f", {len(self.problems)} masalah"
        return text + "."


# ---------------------------------------------------------------- local state in ``meta``


def _get(session: Session, key: str, default: str = "") -> str:
    value = session.get(Meta, key)
    return value.value if value is not None else default


def _put(session: Session, key: str, value: str) -> None:
    stmt = sqlite_insert(Meta).values(key=key, value=value)
    session.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": value}))


def _drop(session: Session, key: str) -> None:
    session.execute(delete(Meta).where(Meta.key == key))


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
        return bytes.fromhex(record["public_key"])
    except (InvalidSignature, ValueError, KeyError, TypeError) as exc:
        raise EnrolmentError(
            f"Catatan perangkat {str(record.get('device_id'))[:36]} tidak ditandatangani admin pendaftar; "
            "perangkat itu dianggap tidak terdaftar."
        ) from exc


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
    ) -> None:
        self.r = replica
        self.t = transport
        self.progress = progress
        self.cancel = cancel or CancelToken()
        self.report = SyncReport()

    @contextmanager
    def _txn(self, *, applying: bool = False) -> Iterator[Session]:
        with self.r.sessions() as session, session.begin():
            if applying:
                session.info[SYNC_APPLY] = True
            yield session

    # ------------------------------------------------------------ enrolment / trust

    def authority(self) -> tuple[str, bytes]:
        """(device id, public key) of the enrolment authority; the agency's first device if unset."""
        with self._txn() as s:
            device, key = _get(s, "sync.authority_device"), _get(s, "sync.authority")
            if not key:
                # No enrolment file made this workspace: it is the agency's first laptop.
                device, key = self.r.device_id, self.r.public_key.hex()
                _put(s, "sync.authority_device", device)
                _put(s, "sync.authority", key)
        return device, bytes.fromhex(key)

    def trust(self, device: str, public_key_hex: str) -> None:
        """Record the enrolment authority named by this laptop's (sealed) enrolment file."""
        with self._txn() as s:
            _put(s, "sync.authority_device", device)
            _put(s, "sync.authority", public_key_hex)

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
        path = _path("devices", f"{self.r.device_id}.json")
        if record is None:
            if self.t.exists(path):
                return
            authority, _ = self.authority()
            if authority != self.r.device_id:
                raise EnrolmentError("Catatan perangkat ini belum ada di penyimpanan bersama; daftar ulang.")
            record = self.own_record()
        self.t.write_atomically(path, json.dumps(record, indent=1, sort_keys=True).encode())

    def devices(self) -> dict[str, bytes]:
        """Enrolled devices (id → public key): cached ones plus new verified records on the share."""
        _, authority = self.authority()
        with self._txn() as s:
            cached = {
                k.removeprefix("sync.device."): bytes.fromhex(v)
                for k, v in s.execute(select(Meta.key, Meta.value).where(Meta.key.like("sync.device.%")))
            }
        for name in self.t.list(_path("devices")):
            device = name.removesuffix(".json")
            if not name.endswith(".json") or device in cached:
                continue
            try:
                record = json.loads(self.t.read(_path("devices", name)))
                cached[device] = verify_device_record(record, authority, self.r.workspace_id)
                if record["device_id"] != device:
                    raise EnrolmentError(f"Catatan perangkat {device} memuat id lain; ditolak.")
            except EnrolmentError as exc:
                cached.pop(device, None)
                self.report.problems.append(exc.message)
                continue
            except (ValueError, FileNotFoundError):
                self.report.problems.append(
                    f"Catatan perangkat {device} rusak; perangkat dianggap tidak terdaftar."
                )
                continue
            with self._txn() as s:
                _put(s, f"sync.device.{device}", cached[device].hex())
        cached[self.r.device_id] = self.r.public_key
        return cached

    # ------------------------------------------------------------ push

    def _recover_push(self) -> tuple[int, int]:
        """Local (seq, upto), moved past any bundle this device wrote but did not record (crash)."""
        with self._txn() as s:
            seq, upto = int(_get(s, "sync.push_seq", "0")), int(_get(s, "sync.pushed_upto", "0"))
        moved = False
        while self.t.exists(_bundle_path(self.r.device_id, seq + 1)):
            header = bundle.read_header(self.t.read(_bundle_path(self.r.device_id, seq + 1)))
            seq, upto, moved = seq + 1, int(header.extra["upto"]), True
        if moved:
            self.t.write_atomically(_path("log", self.r.device_id, "HEAD"), f"{seq}\n".encode())
            self._record_push(seq, upto)
        return seq, upto

    def _record_push(self, seq: int, upto: int) -> None:
        with self._txn() as s:
            _put(s, "sync.push_seq", str(seq))
            _put(s, "sync.pushed_upto", str(upto))

    def push(self) -> None:
        """Write this laptop's changes since the last push as bundles (module docstring)."""
        seq, upto = self._recover_push()
        while True:
            self.cancel.check()
            with self._txn() as s:
                batch = log_changes(s, origin=self.r.device_id, after_seq=upto, limit=MAX_BUNDLE_CHANGES)
            if not batch:
                return
            changes = [c for _, c in batch]
            self.progress(0, len(changes), "Mengirim perubahan…")
            self._upload_blobs(changes)
            seq, upto = seq + 1, batch[-1][0]
            header = bundle.BundleHeader(
                workspace=self.r.workspace_id,
                device=self.r.device_id,
                seq=seq,
                hlc_min=min(c.hlc for c in changes),
                hlc_max=max(c.hlc for c in changes),
                count=len(changes),
                extra={"upto": upto},
            )
            blob = bundle.encode(header, changes, sync_key=self.r.sync_key, signing_key=self.r.signing_key)
            self.t.write_atomically(_bundle_path(self.r.device_id, seq), blob)
            self.t.write_atomically(_path("log", self.r.device_id, "HEAD"), f"{seq}\n".encode())
            self._record_push(seq, upto)
            self.report.pushed += len(changes)
            self.report.bundles_written += 1
            self.report.bytes_written += len(blob)
            self.progress(len(changes), len(changes), "Perubahan terkirim")

    def _upload_blobs(self, changes: list[Change]) -> None:
        for sha in _blob_refs(changes):
            path = _path("blobs", sha[:2], sha)
            if not self.r.blobs.has(sha) or self.t.exists(path):
                continue
            data = self.r.blobs.read_encrypted(sha)
            self.t.write_atomically(path, data)
            self.report.blobs_up += 1
            self.report.bytes_written += len(data)

    # ------------------------------------------------------------ pull

    def _head(self, device: str) -> int:
        try:
            head = int(self.t.read(_path("log", device, "HEAD")).strip() or 0)
        except FileNotFoundError:
            head = 0
        except ValueError:
            self.report.problems.append(
                f"Berkas HEAD perangkat {device} rusak; bundelnya diperiksa satu per satu."
            )
            head = 0
        while self.t.exists(_bundle_path(device, head + 1)):  # a HEAD update lost in a crash
            head += 1
        return head

    def pull(self) -> None:
        """Apply the bundles of every other enrolled device past its cursor."""
        keys = self.devices()
        for device in self.t.list(_path("log")):
            if device not in keys and self.t.list(_path("log", device)):
                self.report.problems.append(
                    f"Bundel dari perangkat {device} ditolak: perangkat itu tidak terdaftar."
                )
        for device in sorted(keys):
            if device != self.r.device_id:
                self.cancel.check()
                self._pull_device(device, keys)
        self._fetch_missing_blobs([])

    def _pull_device(self, device: str, keys: dict[str, bytes]) -> None:
        with self._txn() as s:
            cursor = int(_get(s, f"sync.cursor.{device}", "0"))
            skipped = set(json.loads(_get(s, f"sync.skipped.{device}", "[]")))
        head = self._head(device)
        todo = sorted(skipped | set(range(cursor + 1, head + 1)))
        for done, seq in enumerate(todo):
            self.cancel.check()
            self.progress(done, len(todo), f"Menerima bundel {seq} dari {device[:8]}…")
            changes = self._read_bundle(device, seq, keys)
            if changes is None:
                skipped.add(seq)
            else:
                skipped.discard(seq)
            with self._txn(applying=True) as s:
                applied = apply_changes(s, changes or [], now=self.r.now())
                cursor = max(cursor, seq)
                _put(s, f"sync.cursor.{device}", str(cursor))
                _put(s, f"sync.skipped.{device}", json.dumps(sorted(skipped)))
            self._count(applied)
            if changes:
                self._fetch_missing_blobs(changes)

    def _count(self, applied: ApplyReport) -> None:
        self.report.pulled += applied.applied
        self.report.conflicts += applied.conflicts
        self.report.pending = applied.pending

    def _read_bundle(self, device: str, seq: int, keys: dict[str, bytes]) -> list[Change] | None:
        name = f"bundel {seq} perangkat {device[:8]}"
        try:
            blob = self.t.read(_bundle_path(device, seq))
            header, changes = bundle.decode(
                blob,
                keys=keys,
                sync_key=self.r.sync_key,
                expect_workspace=self.r.workspace_id,
                expect_device=device,
                expect_seq=seq,
                name=name,
            )
        except FileNotFoundError:
            self.report.problems.append(
                f"{name}: berkas tidak ada di penyimpanan bersama; dicoba lagi nanti."
            )
            return None
        except bundle.BundleRejected as exc:
            self.report.problems.append(exc.message)
            return None
        self._observe(device, header.hlc_max)
        self.report.bundles_read += 1
        return changes

    def _observe(self, device: str, hlc: str) -> None:
        if self.r.clock.observe(Hlc.parse(hlc)):
            warning = (
                f"Jam perangkat {device[:8]} atau jam laptop ini berselisih lebih dari satu jam; "
                "urutan perubahan tetap terjaga, tetapi periksa pengaturan tanggal dan jam."
            )
            if warning not in self.report.warnings:
                self.report.warnings.append(warning)

    def _fetch_missing_blobs(self, changes: list[Change]) -> None:
        with self._txn() as s:
            missing = set(json.loads(_get(s, "sync.missing_blobs", "[]")))
        missing |= {sha for sha in _blob_refs(changes) if not self.r.blobs.has(sha)}
        still: set[str] = set()
        for sha in sorted(missing):
            try:
                self.r.blobs.put_encrypted(sha, self.t.read(_path("blobs", sha[:2], sha)))
                self.report.blobs_down += 1
            except (FileNotFoundError, EvidenceRejected, NotFound):
                still.add(sha)
        if still:
            self.report.warnings.append(f"{len(still)} berkas bukti belum tersedia di penyimpanan bersama.")
        with self._txn() as s:
            if still:
                _put(s, "sync.missing_blobs", json.dumps(sorted(still)))
            else:
                _drop(s, "sync.missing_blobs")

    # ------------------------------------------------------------ snapshots

    def write_snapshot(self) -> str:
        """Push, then write the compacted state with the cursors it covers; returns its share path."""
        self.push()
        keys = self.devices()
        with self._txn() as s:
            changes = compact_state(s)
            cursors = {d: int(_get(s, f"sync.cursor.{d}", "0")) for d in keys if d != self.r.device_id}
            cursors[self.r.device_id] = int(_get(s, "sync.push_seq", "0"))
        seq = cursors[self.r.device_id]
        hlcs = [c.hlc for c in changes] or [str(self.r.clock.tick())]
        header = bundle.BundleHeader(
            workspace=self.r.workspace_id,
            device=self.r.device_id,
            seq=seq,
            hlc_min=min(hlcs),
            hlc_max=max(hlcs),
            count=len(changes),
            kind="snapshot",
            extra={"cursors": cursors},
        )
        blob = bundle.encode(header, changes, sync_key=self.r.sync_key, signing_key=self.r.signing_key)
        path = _path("snapshots", f"{self.r.device_id}-{seq:012d}.snap")
        self.t.write_atomically(path, blob)
        self.report.bytes_written += len(blob)
        return path

    def bootstrap(self) -> bool:
        """Start from the newest snapshot on the share, if there is one (a new laptop)."""
        keys = self.devices()
        names = [n for n in self.t.list(_path("snapshots")) if n.endswith(".snap")]
        best = _best_snapshot(names)
        if best is None:
            return False
        try:
            header, changes = bundle.decode(
                self.t.read(_path("snapshots", best)),
                keys=keys,
                sync_key=self.r.sync_key,
                expect_workspace=self.r.workspace_id,
                name=f"snapshot {best}",
            )
        except (bundle.BundleRejected, FileNotFoundError) as exc:
            self.report.problems.append(getattr(exc, "message", f"snapshot {best} hilang"))
            return False
        self.progress(0, len(changes), "Memuat snapshot…")
        with self._txn(applying=True) as s:
            applied = apply_changes(s, changes, now=self.r.now())
            for device, seq in header.extra["cursors"].items():
                if device != self.r.device_id:
                    current = int(_get(s, f"sync.cursor.{device}", "0"))
                    _put(s, f"sync.cursor.{device}", str(max(current, int(seq))))
        self._observe(header.device, header.hlc_max)
        self._count(applied)
        self._fetch_missing_blobs(changes)
        return True

    # ------------------------------------------------------------ whole sync

    def run(self, *, snapshot: bool = False) -> SyncReport:
        """Push, then pull (and optionally leave a snapshot). Raises ShareUnavailable if unreachable."""
        self.register()
        self.push()
        self.pull()
        if snapshot:
            self.write_snapshot()
        self.progress(1, 1, self.report.summary())
        return self.report


def _best_snapshot(names: list[str]) -> str | None:
    """The snapshot covering the most: the highest seq of its writer (names sort by seq)."""
    if not names:
        return None
    return max(names, key=lambda n: (int(n.rsplit("-", 1)[1].split(".")[0]), n))


# The columns that name an evidence blob (sha256 of the plaintext), per table: a row that
# arrives with one needs the blob too, so push uploads it and pull fetches it.
BLOB_FIELDS: dict[str, str] = {"evidence": "sha256", "worklog_entry": "evidence_sha256"}


def _blob_refs(changes: list[Change]) -> list[str]:
    refs = set()
    for c in changes:
        column = BLOB_FIELDS.get(c.table)
        if column is not None and not c.deleted and isinstance(c.fields.get(column), str):
            refs.add(str(c.fields[column]))
    return sorted(refs)


__all__ = ["EnrolmentError", "Replica", "ShareUnavailable", "SyncEngine", "SyncReport"]
