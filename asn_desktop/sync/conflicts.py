"""Domain guards the merge keeps, and the conflict records a person acknowledges.

A *guarded* document is one whose content must never change by merge once it is locked: an
approved (or superseded) SKP, a signed assessment. These locks are terminal — no workflow step
unlocks them — which is what lets the merge decide from the change log alone, identically on
every laptop (``sync.authz``):

* the lock moment ``K`` of a row is the smallest HLC of an accepted change that set its status
  to a locked value;
* a later change by an author who was allowed to make it before the lock (an edit made on a
  laptop that had not seen the lock yet) is *refused* and, when it would alter the content,
  becomes a conflict record — the same on every laptop, since its id is derived from the change;
* nothing resolves a conflict by changing the document: the person acknowledges it, and the
  change is made again the regular way (a new SKP version, an objection).

A final (not signed) assessment can be reopened, so merge treats it as ordinary data; the write
rules still refuse to edit it without reopening.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from asn_desktop.store.models import SyncConflict


@dataclass(frozen=True)
class Guard:
    """Which status values lock a table's rows, and which fields may still change after the lock."""

    table: str
    locked: frozenset[str]
    free_fields: frozenset[str]

    def refuses(self, field: str, value: Any) -> bool:
        """Whether a change of ``field`` to ``value`` after the lock would alter locked content."""
        if field == "status":
            return value not in self.locked  # approved → superseded is fine; back to draft is not
        return field not in self.free_fields


GUARDS: dict[str, Guard] = {
    # A mutasi closes an approved SKP on a day (its content stays as approved).
    "skp": Guard("skp", frozenset({"approved", "superseded"}), frozenset({"end_on"})),
    "assessment": Guard("assessment", frozenset({"signed"}), frozenset({"objection", "objection_decision"})),
}


def locks(table: str, status: Any) -> bool:
    """Whether setting ``status`` on a row of ``table`` locks it (the change log then snapshots it)."""
    guard = GUARDS.get(table)
    return guard is not None and status in guard.locked


def conflict_id(table: str, row_id: str, field: str, hlc: str) -> str:
    """The same conflict gets the same id on every laptop."""
    return hashlib.sha256(f"{table}\x00{row_id}\x00{field}\x00{hlc}".encode()).hexdigest()


@dataclass(frozen=True)
class ConflictRecord:
    id: str
    table: str
    row_id: str
    field: str
    kept_value: Any
    kept_hlc: str | None
    rejected_value: Any
    rejected_hlc: str
    rejected_origin: str


class Resolution(StrEnum):
    """``keep_local``: the locked document stays as it is (the only resolution since changes are
    signed); ``take_remote`` is kept so an older caller's request is refused by name."""

    KEEP_LOCAL = "keep_local"
    TAKE_REMOTE = "take_remote"


def _dump(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def record_conflicts(
    session: Session, found: Iterable[ConflictRecord], now: datetime, *, folded: Iterable[str] = ()
) -> int:
    """Make the conflicts of the ``folded`` rows exactly ``found``; returns how many were offered.

    A conflict found while some changes had not arrived yet may vanish once they do (an earlier
    reopen moves the lock): it is dropped, so every laptop ends with the same conflicts.
    """
    found = list(found)
    keep = {c.id for c in found}
    # Only rows that have a conflict can lose one: a new laptop folds 380,000 rows, and a DELETE
    # per 400 of them against a table with none took a second.
    ids = sorted(set(session.scalars(select(SyncConflict.row_id).distinct())).intersection(folded))
    for start in range(0, len(ids), 400):
        part = ids[start : start + 400]
        session.execute(
            delete(SyncConflict).where(SyncConflict.row_id.in_(part), SyncConflict.id.not_in(keep or {""}))
        )
    rows = [
        {
            "id": c.id,
            "table_name": c.table,
            "row_id": c.row_id,
            "field": c.field,
            "kept_value": _dump(c.kept_value),
            "kept_hlc": c.kept_hlc,
            "rejected_value": _dump(c.rejected_value),
            "rejected_hlc": c.rejected_hlc,
            "rejected_origin": c.rejected_origin,
            "detected_at": now,
        }
        for c in found
    ]
    if rows:
        session.execute(sqlite_insert(SyncConflict).on_conflict_do_nothing(), rows)
    return len(rows)


def open_conflicts(session: Session) -> list[SyncConflict]:
    return list(
        session.scalars(
            select(SyncConflict)
            .where(SyncConflict.resolved_at.is_(None))
            .order_by(SyncConflict.detected_at, SyncConflict.id)
        )
    )
