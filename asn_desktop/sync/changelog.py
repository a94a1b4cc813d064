"""Field-level change recording, hooked into the session so no write can skip it.

``track_changes(session, clock, device_id)`` installs a ``before_flush`` hook: for every new,
changed or deleted row of a ``Synced`` table it adds a ``ChangeLog`` entry holding the changed
columns and an HLC timestamp. The entry joins the same flush, hence the same transaction, as the
change itself: either both are on disk or neither is.

Two rules serve the sync merge:

* a session flagged ``session.info["sync_apply"]`` (the merge applying other laptops' changes)
  is skipped: the merge writes those entries itself, with their *original* HLC and origin, so
  they are never pushed again as this laptop's own and the change log stays the one record the
  merge folds;
* the change that locks a guarded document (SKP approved, assessment signed, see
  ``sync.conflicts``) records the whole row, not only the status: the lock is then a complete
  snapshot that every laptop can fall back to when a concurrent edit must be refused.

Scalar column defaults are filled in before recording a new row, so the entry carries the values
the INSERT will write (``active=True``, ``version=1``…) rather than ``None``.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker

from asn_desktop.domain.ids import new_id
from asn_desktop.store.models import ChangeLog, Synced
from asn_desktop.sync.conflicts import locks
from asn_desktop.sync.hlc import HybridClock

SYNC_APPLY = "sync_apply"


def encode_value(value: Any) -> Any:
    """JSON form of a column value; dates travel as ISO strings."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _fill_defaults(obj: Synced) -> None:
    for column in type(obj).__table__.columns:  # type: ignore[attr-defined]
        default = column.default
        if default is not None and default.is_scalar and getattr(obj, column.key, None) is None:
            setattr(obj, column.key, default.arg)


def _locking(obj: Synced) -> bool:
    state = inspect(obj)
    if "status" not in state.attrs or not state.attrs["status"].history.has_changes():
        return False
    return locks(type(obj).__table__.name, obj.status)  # type: ignore[attr-defined]


def _changed_fields(obj: Synced, *, new: bool) -> dict[str, Any]:
    state = inspect(obj)
    new = new or _locking(obj)
    fields: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key == "id":
            continue
        hist = state.attrs[key].history
        if new or hist.has_changes():
            fields[attr.columns[0].name] = encode_value(getattr(obj, key))
    return fields


def track_changes(target: Session | sessionmaker[Session], clock: HybridClock, device_id: str) -> None:
    """Record each synced row change made through ``target`` in the change log (module docstring)."""

    @event.listens_for(target, "before_flush")
    def _record(sess: Session, _ctx: Any, _instances: Any) -> None:
        if sess.info.get(SYNC_APPLY):
            return
        entries: list[ChangeLog] = []
        for obj in list(sess.new):
            if isinstance(obj, Synced):
                if getattr(obj, "id", None) is None:
                    # Column defaults apply at INSERT, after this hook; the log needs the key now.
                    obj.id = new_id()
                _fill_defaults(obj)
                entries.append(_entry(obj, _changed_fields(obj, new=True), clock, device_id))
        for obj in list(sess.dirty):
            if isinstance(obj, Synced) and sess.is_modified(obj, include_collections=False):
                fields = _changed_fields(obj, new=False)
                if fields:
                    entries.append(_entry(obj, fields, clock, device_id))
        for obj in list(sess.deleted):
            if isinstance(obj, Synced):
                entries.append(_entry(obj, {}, clock, device_id, deleted=True))
        sess.add_all(entries)


def _entry(
    obj: Synced, fields: dict[str, Any], clock: HybridClock, device_id: str, *, deleted: bool = False
) -> ChangeLog:
    return ChangeLog(
        hlc=str(clock.tick()),
        table_name=type(obj).__table__.name,  # type: ignore[attr-defined]
        row_id=obj.id,
        fields=json.dumps(fields, sort_keys=True, ensure_ascii=False),
        deleted=deleted,
        origin=device_id,
    )


def bulk_insert(
    session: Session, model: type[Synced], rows: list[dict[str, Any]], clock: HybridClock, device_id: str
) -> None:
    """Insert many rows at once (demo data, imports) with their change-log entries.

    The ORM's per-object bookkeeping is skipped for speed, but the rule holds: every row still
    gets its change-log entry, in the same transaction.
    """
    if not rows:
        return
    table = cast(Table, model.__table__)  # type: ignore[attr-defined]
    # Core executemany on the connection: the ORM's bulk path costs more than the inserts.
    conn = session.connection()
    conn.execute(insert(table), rows)
    log = [
        {
            "hlc": str(clock.tick()),
            "table_name": table.name,
            "row_id": row["id"],
            "fields": json.dumps(
                {k: encode_value(v) for k, v in row.items() if k != "id"}, sort_keys=True, ensure_ascii=False
            ),
            "deleted": False,
            "origin": device_id,
        }
        for row in rows
    ]
    conn.execute(insert(cast(Table, ChangeLog.__table__)), log)
