"""The open workspace and the person using it, passed in explicitly (no singletons)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from asn_desktop.domain.permissions import Actor, Role
from asn_desktop.evidence.blobstore import BlobStore
from asn_desktop.security.userkeys import UserKey
from asn_desktop.sync.hlc import HybridClock

DEVICE_FILE = "device.json"
DB_FILE = "asn.db"
BLOB_DIR = "blobs"
DEVICE_FORMAT = "asn-device/1"


def utcnow() -> datetime:
    # Stored naive in UTC: SQLite has no time zones and every laptop must agree.
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class DeviceInfo:
    workspace_id: str
    device_id: str
    device_name: str
    public_key: str

    @classmethod
    def read(cls, folder: Path) -> DeviceInfo:
        raw = json.loads((folder / DEVICE_FILE).read_text(encoding="utf-8"))
        if raw.get("format") != DEVICE_FORMAT:
            raise ValueError(f"unknown device file format {raw.get('format')!r}")
        return cls(raw["workspace_id"], raw["device_id"], raw["device_name"], raw["public_key"])

    def to_json(self) -> bytes:
        body = {"format": DEVICE_FORMAT, **self.__dict__}
        return json.dumps(body, indent=2, ensure_ascii=False).encode()


@dataclass(eq=False)
class Workspace:
    """One agency's data on this laptop, unlocked."""

    path: Path
    device: DeviceInfo
    engine: Engine
    sessions: sessionmaker[Session]
    clock: HybridClock
    blobs: BlobStore
    key_backend: str
    agency_id: str
    # Held while unlocked (the engine needs the key anyway); sync, backup and signing use them.
    secrets: dict[str, bytes] = field(repr=False, default_factory=dict)
    now: Callable[[], datetime] = field(default=utcnow)

    @property
    def reader(self) -> Engine:
        """The engine for single-statement reads: autocommit, so no BEGIN/ROLLBACK round trip."""
        return self.engine.execution_options(isolation_level="AUTOCOMMIT")

    @property
    def workspace_id(self) -> str:
        return self.device.workspace_id

    @property
    def device_id(self) -> str:
        return self.device.device_id

    def close(self) -> None:
        """Lock: drop the pooled connections and forget the keys held in memory."""
        self.engine.dispose()
        self.secrets.clear()


SYSTEM_USER = "system"


@dataclass(frozen=True)
class AppContext:
    """A workspace plus the actor on whose behalf services act, with their unsealed signing key.

    ``signer`` is what makes the actor's changes count on other laptops (``sync.batch``); the
    command line's ``system`` context has none, so it can read and do local chores but cannot
    change synced data.
    """

    workspace: Workspace
    actor: Actor
    username: str = ""
    signer: UserKey | None = field(default=None, repr=False, compare=False)

    @classmethod
    def system(cls, workspace: Workspace) -> AppContext:
        """The holder of the workspace key acting from the command line (admin rights)."""
        return cls(workspace, Actor(user_id=SYSTEM_USER, role=Role.ADMIN, employee_id=None), "system")
