"""Sync use cases: sync with the share, enrol another laptop, join an agency, settle conflicts.

The GUI runs ``sync_workspace`` in a worker with a ``ProgressSink`` and a ``CancelToken``; a
cancel lands between bundles, never inside a transaction (``sync.engine``). A share that cannot
be reached raises ``ShareUnavailable`` with a plain message: nothing local has changed, and the
next sync picks up where this one stopped.
"""

from __future__ import annotations

import base64
import binascii
import json
import platform
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from sqlalchemy import delete, select

from asn_desktop.domain.ids import new_id
from asn_desktop.domain.permissions import Role
from asn_desktop.errors import NotFound, PermissionDenied, ValidationFailed, WorkspaceError
from asn_desktop.progress import CancelToken, ProgressSink, null_progress
from asn_desktop.security.kdf import seal, unseal
from asn_desktop.services.context import AppContext, Workspace, utcnow
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.services.workspace import create_joined_workspace
from asn_desktop.store.models import Device, Meta, SyncConflict
from asn_desktop.sync import lifecycle, snapshot
from asn_desktop.sync.authz import ROOT_META
from asn_desktop.sync.conflicts import Resolution, open_conflicts
from asn_desktop.sync.engine import (
    DEVICE_FORMAT,
    EnrolmentError,
    Replica,
    SyncEngine,
    SyncReport,
    sign_device_record,
)
from asn_desktop.sync.root import RootInvalid, verify_root
from asn_desktop.sync.share import path as share_path
from asn_desktop.sync.transports import Transport, open_transport
from asn_desktop.untrusted import json_of

ENROL_FORMAT = "asn-enrol/1"
ROTATE_PENDING = "sync.rotate_pending"  # services.security.revoke_device sets it

__all__ = [
    "ConflictView",
    "Resolution",
    "SyncReport",
    "join_agency",
    "last_sync",
    "list_conflicts",
    "make_enrolment",
    "record_last_sync",
    "replica_of",
    "resolve_conflict",
    "set_sync_share",
    "sync_share",
    "sync_workspace",
]


def replica_of(ws: Workspace) -> Replica:
    return Replica(
        sessions=ws.sessions,
        workspace_id=ws.workspace_id,
        device_id=ws.device_id,
        device_name=ws.device.device_name,
        sync_key=ws.secrets["sync_key"],
        signing_key=ws.secrets["device_signing_key"],
        clock=ws.clock,
        blobs=ws.blobs,
        now=ws.now,
    )


def _transport(share: str | Transport) -> Transport:
    return open_transport(share) if isinstance(share, str) else share


def sync_workspace(
    ctx: AppContext,
    share: str | Transport,
    *,
    progress: ProgressSink = null_progress,
    cancel: CancelToken | None = None,
    snapshot: bool = False,
) -> SyncReport:
    """Push this laptop's changes, pull everyone else's; see ``sync.engine`` for the guarantees."""
    admin = ctx.signer if ctx.actor.role is Role.ADMIN else None
    engine = SyncEngine(
        replica_of(ctx.workspace), _transport(share), progress=progress, cancel=cancel, admin_signer=admin
    )
    report = engine.run(snapshot=snapshot)
    if report.pulled:
        _refresh_trust(ctx.workspace)
    if admin is not None and engine.get(ROTATE_PENDING):
        # A laptop was revoked: the others move to a new sync key it never receives.
        epoch = lifecycle.rotate_key(engine, admin)
        with ctx.workspace.sessions() as session, session.begin():
            session.execute(delete(Meta).where(Meta.key == ROTATE_PENDING))
        report.warnings.append(f"Kunci sinkronisasi diganti (generasi {epoch}) setelah pencabutan perangkat.")
    return report


def _refresh_trust(ws: Workspace) -> None:
    """The CAs an admin approved may have arrived: ``verify`` reads them from the trust store."""
    from asn_desktop.services.signing import refresh_trust_store  # noqa: PLC0415 - pyHanko is heavy

    refresh_trust_store(AppContext.system(ws))


ENROL_DAYS = 7


def make_enrolment(
    ctx: AppContext, *, passphrase: str, device_name: str = "laptop", valid_days: int = ENROL_DAYS
) -> bytes:
    """A passphrase-sealed, single-use, expiring file that makes another laptop a device of this agency.

    Trust chain: the agency's first laptop (the one ``init`` made) is the enrolment authority; its
    device key signs every ``devices/<id>.json`` on the share and the root statement of the
    directory, and every laptop learns the authority's public key and the root from its own
    enrolment file (sealed, so it can be trusted). The admin chooses the new device's id and key
    here and records the device (a synced, admin-signed row, which a revocation later updates);
    the file expires after ``valid_days`` and its first use claims it on the share (``sync.lifecycle``).
    """
    if ctx.actor.role is not Role.ADMIN:
        raise PermissionDenied("Hanya admin yang dapat mendaftarkan laptop baru.")
    if len(passphrase) < 8:
        raise ValidationFailed("Frasa sandi berkas pendaftaran minimal 8 karakter.")
    if not 1 <= valid_days <= 90:
        raise ValidationFailed("Masa berlaku berkas pendaftaran 1 sampai 90 hari.")
    ws = ctx.workspace
    engine = SyncEngine(replica_of(ws), _NoShare())
    authority_device, _ = engine.authority()
    if authority_device != ws.device_id:
        raise EnrolmentError(
            "Hanya laptop admin pertama instansi (otoritas pendaftaran) "
            "yang dapat membuat berkas pendaftaran."
        )
    with read_session(ctx) as session:
        root = session.get(Meta, ROOT_META)
    if root is None:
        raise EnrolmentError(
            "Direktori belum memiliki admin utama; masuk sebagai admin sekali di laptop ini."
        )
    key = Ed25519PrivateKey.generate()
    device_id = new_id()
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    record = sign_device_record(
        {
            "format": DEVICE_FORMAT,
            "workspace_id": ws.workspace_id,
            "device_id": device_id,
            "device_name": device_name,
            "public_key": public,
        },
        ws.secrets["device_signing_key"],
    )
    expires = ws.now() + timedelta(days=valid_days)
    payload = {
        "format": ENROL_FORMAT,
        "workspace_id": ws.workspace_id,
        "agency_id": ws.agency_id,
        "sync_keys": {str(n): base64.b64encode(k).decode() for n, k in engine.sync_keys().items()},
        "sync_key": base64.b64encode(ws.secrets["sync_key"]).decode(),
        "device_signing_key": base64.b64encode(
            key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        ).decode(),
        "device": record,
        "authority_device": ws.device_id,
        "authority": engine.r.public_key.hex(),
        "root": json.loads(root.value),
        "expires_at": expires.isoformat(),
    }
    with unit_of_work(ctx, "sync.enrol") as uow:
        uow.session.add(
            Device(
                id=device_id, name=device_name, public_key=public, enrolled_at=ws.now(), expires_at=expires
            )
        )
        uow.audit("device", device_id, name=device_name)
    return seal(json.dumps(payload).encode(), passphrase)


def _open_enrolment(enrolment: bytes, passphrase: str, now: datetime) -> dict[str, Any]:
    try:
        data = json_of(unseal(enrolment, passphrase))
        if not isinstance(data, dict) or data.get("format") != ENROL_FORMAT:
            raise ValueError("format")
        data["_signing_key"] = base64.b64decode(data["device_signing_key"], validate=True)
        data["_sync_key"] = base64.b64decode(data["sync_key"], validate=True)
        expired = now > datetime.fromisoformat(data["expires_at"])  # TypeError if it names a zone
        record, keys = data["device"], data.get("sync_keys", {})
        if not isinstance(record, dict) or not isinstance(record.get("device_id"), str):
            raise ValueError("device")
        if not isinstance(data["workspace_id"], str) or not isinstance(data["agency_id"], str):
            raise ValueError("ids")
        if not isinstance(keys, dict) or not all(
            isinstance(e, str) and e.isascii() and e.isdigit() and isinstance(k, str) for e, k in keys.items()
        ):
            raise ValueError("sync_keys")
        root = verify_root(data["root"], bytes.fromhex(data["authority"]), data["workspace_id"])
    except (ValueError, KeyError, TypeError, binascii.Error, RootInvalid) as exc:
        raise WorkspaceError("Berkas pendaftaran tidak dikenal atau rusak.") from exc
    if expired:
        raise WorkspaceError("Berkas pendaftaran ini sudah kedaluwarsa; minta admin membuat berkas baru.")
    data["_root"] = root
    return dict(data)


def join_agency(
    enrolment: bytes,
    enrolment_passphrase: str,
    path: Path,
    share: str | Transport,
    *,
    workspace_passphrase: str | None = None,
    prefer_keyring: bool = True,
    progress: ProgressSink = null_progress,
    cancel: CancelToken | None = None,
) -> tuple[Workspace, SyncReport]:
    """Create a workspace on this laptop from an enrolment file, claim it, and pull the data."""
    data = _open_enrolment(enrolment, enrolment_passphrase, utcnow())
    record = data["device"]
    transport = _transport(share)
    # The claim is checked before anything is created here: a second use changes nothing.
    if transport.exists(share_path("devices", f"{record['device_id']}.joined")):
        raise EnrolmentError(
            "Berkas pendaftaran ini sudah dipakai laptop lain; minta admin membuat berkas baru."
        )
    ws = create_joined_workspace(
        path,
        workspace_id=data["workspace_id"],
        agency_id=data["agency_id"],
        device_id=record["device_id"],
        device_name=record.get("device_name") or platform.node() or "laptop",
        signing_key=data["_signing_key"],
        sync_key=data["_sync_key"],
        passphrase=workspace_passphrase,
        prefer_keyring=prefer_keyring,
    )
    with ws.sessions() as session, session.begin():
        session.merge(Meta(key=ROOT_META, value=json.dumps(data["_root"])))
        for epoch, key in data.get("sync_keys", {}).items():
            if epoch != "0":
                session.merge(Meta(key=f"sync.key.{int(epoch)}", value=key))
                ws.blobs.add_key(int(epoch), base64.b64decode(key))
        if isinstance(share, str):
            # The laptop keeps syncing where it joined (an admin may change it later).
            session.merge(Meta(key=SHARE_KEY, value=share.strip()))
    engine = SyncEngine(replica_of(ws), transport, progress=progress, cancel=cancel)
    engine.trust(data["authority_device"], data["authority"])
    engine.register(record)
    lifecycle.claim(engine)
    snapshot.bootstrap(engine)
    report = engine.run()
    _refresh_trust(ws)
    return ws, report


class _NoShare:
    """A transport for engine calls that never touch the share (the authority lookup)."""

    label = "(tanpa penyimpanan bersama)"

    def read(self, path: str, *, limit: int = 0) -> bytes:  # pragma: no cover - never called
        raise FileNotFoundError(path)

    def write_atomically(self, path: str, data: bytes) -> None:  # pragma: no cover - never called
        raise FileNotFoundError(path)

    def exists(self, path: str) -> bool:  # pragma: no cover - never called
        return False

    def list(self, path: str) -> list[str]:  # pragma: no cover - never called
        return []

    def remove(self, path: str) -> None:  # pragma: no cover - never called
        return None


@dataclass(frozen=True)
class ConflictView:
    """A conflict as the UI shows it: which document, which field, both values (JSON text)."""

    id: str
    table: str
    row_id: str
    field: str
    local_value: object
    remote_value: object
    remote_device: str
    detected_at: datetime

    @property
    def description(self) -> str:
        what = {"skp": "SKP yang sudah disetujui", "assessment": "penilaian yang sudah ditandatangani"}
        return (
            f"Perubahan {self.field} pada {what.get(self.table, self.table)} dari perangkat "
            f"{self.remote_device[:8]} ditahan karena dokumen sudah terkunci."
        )


def _view(row: SyncConflict) -> ConflictView:
    return ConflictView(
        row.id,
        row.table_name,
        row.row_id,
        row.field,
        json.loads(row.kept_value),
        json.loads(row.rejected_value),
        row.rejected_origin,
        row.detected_at,
    )


def _may_resolve(ctx: AppContext) -> None:
    if ctx.actor.role not in (Role.ADMIN, Role.PENILAI):
        raise PermissionDenied("Hanya admin atau pejabat penilai yang dapat memutuskan konflik sinkronisasi.")


def list_conflicts(ctx: AppContext) -> list[ConflictView]:
    """Open conflicts, oldest first."""
    _may_resolve(ctx)
    with read_session(ctx) as session:
        return [_view(row) for row in open_conflicts(session)]


def resolve_conflict(ctx: AppContext, *, conflict_id: str, resolution: Resolution) -> None:
    """Acknowledge a conflict: the locked document keeps its content, on every laptop.

    A signed or approved document never changes (DESIGN §4), so the only resolution is to keep
    it; the refused change stays in the log and the quarantine, and the person who made it
    revises the document the regular way (a new SKP version, an objection). Every laptop derives
    the same conflict from the same changes; each acknowledges its own copy.
    """
    _may_resolve(ctx)
    if Resolution(resolution) is not Resolution.KEEP_LOCAL:
        raise ValidationFailed(
            "Dokumen yang terkunci tidak dapat diubah; perubahan yang ditolak dibuat ulang lewat revisi."
        )
    with unit_of_work(ctx, "sync.resolve_conflict") as uow:
        row = uow.session.get(SyncConflict, conflict_id)
        if row is None or row.resolved_at is not None:
            raise NotFound("Konflik itu tidak ada atau sudah diputuskan.")
        row.resolved_at, row.resolution = ctx.workspace.now(), Resolution.KEEP_LOCAL.value
        uow.audit(row.table_name, row.row_id, field=row.field, resolution=Resolution.KEEP_LOCAL.value)


def open_conflict_count(ctx: AppContext) -> int:
    with read_session(ctx) as session:
        return len(session.scalars(select(SyncConflict.id).where(SyncConflict.resolved_at.is_(None))).all())


SHARE_KEY = "sync_share"
LAST_SYNC_KEY = "sync_last"


def sync_share(ctx: AppContext) -> str | None:
    """Where this laptop syncs (a folder or smb://…); kept on the laptop, not synced."""
    with read_session(ctx) as session:
        row = session.get(Meta, SHARE_KEY)
        return row.value if row else None


def set_sync_share(ctx: AppContext, share: str) -> None:
    """Set this laptop's share location; checked for form only (the share may be away now)."""
    if ctx.actor.role is not Role.ADMIN:
        raise PermissionDenied("Hanya admin yang dapat mengubah lokasi berbagi sinkronisasi.")
    share = share.strip()
    if not share:
        raise ValidationFailed("Lokasi berbagi wajib diisi (folder atau smb://server/share/folder).")
    with unit_of_work(ctx, "sync.share") as uow:
        row = uow.session.get(Meta, SHARE_KEY)
        if row is None:
            uow.session.add(Meta(key=SHARE_KEY, value=share))
        else:
            row.value = share
        uow.audit("meta", SHARE_KEY, share=share)


def record_last_sync(ctx: AppContext, summary: str) -> None:
    with ctx.workspace.sessions() as session, session.begin():
        value = json.dumps({"at": ctx.workspace.now().isoformat(), "summary": summary})
        row = session.get(Meta, LAST_SYNC_KEY)
        if row is None:
            session.add(Meta(key=LAST_SYNC_KEY, value=value))
        else:
            row.value = value


def last_sync(ctx: AppContext) -> tuple[datetime, str] | None:
    """When this laptop last synced successfully, and what it said."""
    with read_session(ctx) as session:
        row = session.get(Meta, LAST_SYNC_KEY)
    if row is None:
        return None
    data = json.loads(row.value)
    return datetime.fromisoformat(data["at"]), str(data["summary"])
