"""Apply other laptops' changes: field-level last-writer-wins on HLC, tombstones, domain guards.

The change log *is* the merge state. Every change received is stored in ``change_log`` with its
original HLC and origin (the HLC string ends with the device id, so it is unique across
laptops); the row in its table is then recomputed by folding *all* log entries of that row
(``fold``). Hence:

* **idempotent** — an entry whose HLC is already in the log is dropped before anything happens;
* **commutative** — the fold sorts a row's entries by HLC, so the state is a function of the set
  of changes, not of the order in which bundles arrived;
* **cost grows with the changes**: a pull touches only the log entries of the rows it changes
  (``change_log.row_id`` is indexed), never the whole database;
* **per-field clock**: a field's clock is the HLC of the entry that last wrote it, derived by the
  fold; no second table can drift from the log;
* **deletes win**: a tombstone ends a row for good (UUIDs are never reused), so a late update
  cannot resurrect it;
* **guards**: a locked SKP or assessment keeps its content (``sync.conflicts``); a refused change
  becomes a conflict record, identical on every laptop.

Rows may arrive before their parents (device C may read B's bundle, which refers to A's new unit,
in the same pull as A's, in any order), or never (a damaged bundle). Foreign keys are deferred
for the transaction; afterwards every touched row's parents are checked, and a row whose parent
is absent is kept out of its table and listed in ``sync_pending``; it is retried on every apply.
The same holds for a row that would break a unique rule (two laptops registering one NIP).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain
from typing import Any, cast

from sqlalchemy import Column, Date, DateTime, Table, delete, func, insert, literal_column, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnClause

from asn_desktop.store.models import Base, ChangeLog, SyncPending
from asn_desktop.sync.conflicts import (
    GUARDS,
    OVERRIDE,
    RESOLVES,
    ConflictRecord,
    conflict_id,
    mark_resolved,
    record_conflicts,
)

CHUNK = 400  # bound parameters per IN (...) query, well under SQLite's limit


@dataclass(frozen=True)
class Change:
    """One log entry: the fields a device wrote to one row at one HLC (or a tombstone)."""

    table: str
    row_id: str
    hlc: str
    fields: Mapping[str, Any]
    deleted: bool = False

    @property
    def origin(self) -> str:
        return self.hlc.split("-", 2)[2]


@dataclass
class RowState:
    """The fold of a row's entries: its values, the clock of each field, and what was refused."""

    deleted: bool = False
    values: dict[str, Any] = field(default_factory=dict)
    clocks: dict[str, str] = field(default_factory=dict)
    conflicts: list[ConflictRecord] = field(default_factory=list)
    resolved: set[str] = field(default_factory=set)


@dataclass
class ApplyReport:
    applied: int = 0
    duplicates: int = 0
    unknown: int = 0
    conflicts: int = 0
    pending: int = 0
    rows: int = 0


def fold(table: str, row_id: str, changes: Iterable[Change]) -> RowState:
    """The state of one row from all its entries, in any order (module docstring)."""
    ordered = sorted(changes, key=lambda c: c.hlc)
    state = RowState()
    if any(c.deleted for c in ordered):
        state.deleted = True
        return state
    guard = GUARDS.get(table)
    lock = None
    if guard is not None:
        lock = min((c.hlc for c in ordered if c.fields.get("status") in guard.locked), default=None)
    refused: list[tuple[str, Change]] = []
    for change in ordered:
        override = bool(change.fields.get(OVERRIDE))
        for name, value in change.fields.items():
            if name.startswith("__"):
                continue
            if guard and lock and change.hlc > lock and not override and guard.refuses(name, value):
                refused.append((name, change))
                continue
            state.values[name] = value
            state.clocks[name] = change.hlc
        state.resolved.update(change.fields.get(RESOLVES, ()))
    for name, change in refused:
        value = change.fields[name]
        cid = conflict_id(table, row_id, name, change.hlc)
        if value != state.values.get(name) and cid not in state.resolved:
            state.conflicts.append(
                ConflictRecord(
                    cid,
                    table,
                    row_id,
                    name,
                    state.values.get(name),
                    state.clocks.get(name),
                    value,
                    change.hlc,
                    change.origin,
                )
            )
    return state


def synced_tables() -> dict[str, Table]:
    """The tables sync carries, by name, parents before children."""
    return {t.name: t for t in Base.metadata.sorted_tables if "id" in t.c and t.name in _SYNCED}


def _synced_names() -> frozenset[str]:
    from asn_desktop.store.models import Synced  # noqa: PLC0415 - the mixin is only needed here

    return frozenset(
        m.local_table.name  # type: ignore[attr-defined]
        for m in Base.registry.mappers
        if issubclass(m.class_, Synced)
    )


_SYNCED = _synced_names()


def _decoder(column: Column[Any]) -> Callable[[Any], Any] | None:
    if isinstance(column.type, DateTime):
        return lambda v: None if v is None else datetime.fromisoformat(v)
    if isinstance(column.type, Date):
        return lambda v: None if v is None else date.fromisoformat(v)
    return None


class _Table:
    """What the merge needs to know about one synced table, computed once."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.columns = {c.name for c in table.c}
        self.decoders = {c.name: d for c in table.c if (d := _decoder(c)) is not None}
        # (column, parent table) of every foreign key, for the check after the apply.
        self.parents = [
            (fk.parent.name, fk.column.table.name) for fk in table.foreign_keys if fk.column.name == "id"
        ]

    def row(self, row_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        out = {"id": row_id}
        for name, value in values.items():
            if name in self.columns and name != "id":
                decode = self.decoders.get(name)
                out[name] = decode(value) if decode else value
        return out


_TABLES = {name: _Table(t) for name, t in synced_tables().items()}
_ORDER = list(_TABLES)


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _load_log(session: Session, row_ids: Sequence[str]) -> dict[str, list[Change]]:
    found: dict[str, list[Change]] = defaultdict(list)
    cols = (ChangeLog.table_name, ChangeLog.row_id, ChangeLog.hlc, ChangeLog.fields, ChangeLog.deleted)
    # A new laptop's log is nearly empty while its snapshot names every row: one pass over the
    # whole log is then cheaper than a thousand indexed IN (...) queries. max(seq) bounds the
    # log's size in O(1), so an ordinary pull still reads only the rows it touches.
    if (session.scalar(select(func.max(ChangeLog.seq))) or 0) <= len(row_ids):
        wanted = set(row_ids)
        rows: Iterable[Any] = (r for r in session.execute(select(*cols)) if r[1] in wanted)
    else:
        rows = chain.from_iterable(
            session.execute(select(*cols).where(ChangeLog.row_id.in_(part))) for part in _chunks(row_ids)
        )
    for table, row_id, hlc, fields, deleted in rows:
        found[row_id].append(Change(table, row_id, hlc, json.loads(fields), bool(deleted)))
    return found


def _store_log(session: Session, fresh: list[Change]) -> None:
    if fresh:
        # Core executemany on the table: the ORM's bulk path costs more than the insert itself.
        session.connection().execute(
            insert(cast(Table, ChangeLog.__table__)),
            [
                {
                    "hlc": c.hlc,
                    "table_name": c.table,
                    "row_id": c.row_id,
                    "fields": json.dumps(dict(c.fields), sort_keys=True, ensure_ascii=False),
                    "deleted": c.deleted,
                    "origin": c.origin,
                }
                for c in fresh
            ],
        )


def _upsert(session: Session, meta: _Table, rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Write rows (insert or update the given columns); returns (row id, reason) of refused rows."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(sorted(row))].append(row)
    refused: list[tuple[str, str]] = []
    for cols, batch in groups.items():
        stmt = sqlite_insert(meta.table)
        stmt = stmt.on_conflict_do_update(
            index_elements=["id"], set_={c: stmt.excluded[c] for c in cols if c != "id"}
        )
        try:
            with session.begin_nested():
                session.execute(stmt, batch)
        except IntegrityError:
            # One bad row spoils the batch: find it (them) one by one.
            for row in batch:
                try:
                    with session.begin_nested():
                        session.execute(stmt, [row])
                except IntegrityError as exc:
                    refused.append((row["id"], f"melanggar aturan unik/isi: {exc.orig}"[:200]))
    return refused


def _present(session: Session, table: Table, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in _chunks(ids):
        found.update(session.scalars(select(table.c.id).where(table.c.id.in_(part))))
    return found


# Written rows from which the foreign keys of a table are checked by SQLite in one pass, when they
# are also at least half of the table (a new laptop's snapshot): one scan instead of thousands of
# IN (...) lookups per foreign key.
BULK_FK_CHECK = 5000


def _bulk_orphans(session: Session, name: str, ids: set[str]) -> dict[str, str] | None:
    """The table's orphans by ``PRAGMA foreign_key_check``, or None when row-wise checks are cheaper."""
    table = _TABLES[name].table
    rowid: ColumnClause[int] = literal_column("rowid")
    # max(rowid) bounds the table's size without counting it.
    if len(ids) < BULK_FK_CHECK or 2 * len(ids) < (
        session.scalar(select(func.max(rowid)).select_from(table)) or 0
    ):
        return None
    # The table name comes from the models, never from input.
    rowids = [r[1] for r in session.execute(text(f'PRAGMA foreign_key_check("{name}")'))]
    found: dict[str, str] = {}
    for start in range(0, len(rowids), CHUNK):
        part = rowids[start : start + CHUNK]
        found.update({rid: name for rid in session.scalars(select(table.c.id).where(rowid.in_(part)))})
    return found


def _orphans(session: Session, written: dict[str, set[str]], removed: dict[str, set[str]]) -> dict[str, str]:
    """Rows (id → table) that now point at a parent that is not there."""
    orphans: dict[str, str] = {}
    for name, ids in written.items():
        meta = _TABLES[name]
        if meta.parents and (bulk := _bulk_orphans(session, name, ids)) is not None:
            orphans.update(bulk)
            continue
        for column, parent in meta.parents:
            col = meta.table.c[column]
            for part in _chunks(sorted(ids)):
                refs = session.execute(
                    select(meta.table.c.id, col).where(meta.table.c.id.in_(part), col.is_not(None))
                ).all()
                have = _present(session, _TABLES[parent].table, sorted({r[1] for r in refs}))
                orphans.update({r[0]: name for r in refs if r[1] not in have})
    for parent, ids in removed.items():
        for child in _ORDER:
            for column, target in _TABLES[child].parents:
                if target != parent:
                    continue
                col = _TABLES[child].table.c[column]
                for part in _chunks(sorted(ids)):
                    orphans.update(
                        {
                            rid: child
                            for rid in session.scalars(select(_TABLES[child].table.c.id).where(col.in_(part)))
                        }
                    )
    return orphans


def _materialize(session: Session, states: dict[str, tuple[str, RowState]]) -> dict[str, tuple[str, str]]:
    """Bring the tables in line with the folded states; returns rows kept out (id → (table, reason))."""
    pending: dict[str, tuple[str, str]] = {}
    written: dict[str, set[str]] = defaultdict(set)
    removed: dict[str, set[str]] = defaultdict(set)
    by_table: dict[str, list[tuple[str, RowState]]] = defaultdict(list)
    for row_id, (table, state) in states.items():
        by_table[table].append((row_id, state))
    for name in _ORDER:
        meta = _TABLES[name]
        gone = [rid for rid, st in by_table.get(name, ()) if st.deleted]
        for part in _chunks(gone):
            session.execute(delete(meta.table).where(meta.table.c.id.in_(part)))
        removed[name].update(gone)
        rows = [meta.row(rid, st.values) for rid, st in by_table.get(name, ()) if not st.deleted]
        for rid, reason in _upsert(session, meta, rows):
            pending[rid] = (name, reason)
        written[name].update(r["id"] for r in rows if r["id"] not in pending)
    while orphans := _orphans(session, written, removed):
        written, removed = defaultdict(set), defaultdict(set)
        for rid, name in orphans.items():
            pending[rid] = (name, "menunggu data induk yang belum tiba atau sudah dihapus")
            removed[name].add(rid)
        for name, ids in removed.items():
            for part in _chunks(sorted(ids)):
                session.execute(delete(_TABLES[name].table).where(_TABLES[name].table.c.id.in_(part)))
    return pending


# Page cache (KiB, as SQLite's negative cache_size) while a merge runs. A snapshot for a new
# laptop rewrites the whole database in one transaction; with the 64 MiB of an ordinary
# connection its index pages are evicted, re-read and decrypted again and again (a 3,000-employee
# join took 234 s instead of 14 s). The memory is taken only as pages are touched and given back
# when the merge ends.
MERGE_CACHE_KIB = 512 * 1024


@contextmanager
def _large_cache(session: Session) -> Iterator[None]:
    before = session.execute(text("PRAGMA cache_size")).scalar()
    session.execute(text(f"PRAGMA cache_size = -{MERGE_CACHE_KIB}"))
    try:
        yield
    finally:
        session.execute(text(f"PRAGMA cache_size = {int(before or -2000)}"))


def apply_changes(session: Session, changes: Iterable[Change], *, now: datetime) -> ApplyReport:
    """Merge ``changes`` into the workspace inside the caller's transaction (module docstring).

    The caller flags the session ``sync_apply`` so the change-log hook leaves these writes alone.
    """
    with _large_cache(session):
        return _apply(session, changes, now=now)


def _apply(session: Session, changes: Iterable[Change], *, now: datetime) -> ApplyReport:
    report = ApplyReport()
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    known: dict[str, set[str]] = defaultdict(set)
    incoming: list[Change] = []
    for change in changes:
        if change.table not in _TABLES:
            report.unknown += 1
            continue
        incoming.append(change)
    pending_rows: dict[str, str] = {
        r: t for r, t in session.execute(select(SyncPending.row_id, SyncPending.table_name))
    }
    row_ids = sorted({c.row_id for c in incoming} | set(pending_rows))
    log = _load_log(session, row_ids)
    for row_id, entries in log.items():
        known[row_id].update(e.hlc for e in entries)
    fresh: list[Change] = []
    for change in incoming:
        if change.hlc in known[change.row_id]:
            report.duplicates += 1
            continue
        known[change.row_id].add(change.hlc)
        fresh.append(change)
        log[change.row_id].append(change)
    _store_log(session, fresh)
    report.applied = len(fresh)
    touched = {c.row_id for c in fresh} | set(pending_rows)
    states: dict[str, tuple[str, RowState]] = {}
    for row_id in sorted(touched & log.keys()):  # a pending row without entries has nothing to fold
        entries = log[row_id]
        states[row_id] = (entries[0].table, fold(entries[0].table, row_id, entries))
    report.rows = len(states)
    pending = _materialize(session, states)
    _save_pending(session, states, pending, pending_rows)
    report.pending = len(pending)
    found = [c for _, st in states.values() for c in st.conflicts]
    report.conflicts = record_conflicts(session, found, now)
    for _, st in states.values():
        mark_resolved(session, st.resolved, "disinkronkan", now)
    return report


def _save_pending(
    session: Session,
    states: dict[str, tuple[str, RowState]],
    pending: dict[str, tuple[str, str]],
    before: dict[str, str],
) -> None:
    settled = [rid for rid in before if rid not in pending]
    for part in _chunks(settled):
        session.execute(delete(SyncPending).where(SyncPending.row_id.in_(part)))
    rows = [{"row_id": rid, "table_name": table, "reason": why} for rid, (table, why) in pending.items()]
    if rows:
        stmt = sqlite_insert(SyncPending)
        session.execute(
            stmt.on_conflict_do_update(index_elements=["row_id"], set_={"reason": stmt.excluded.reason}),
            rows,
        )


def log_changes(
    session: Session, *, origin: str, after_seq: int, limit: int | None = None
) -> list[tuple[int, Change]]:
    """This laptop's own entries after ``after_seq`` (change-log sequence), for a push."""
    stmt = (
        select(
            ChangeLog.seq,
            ChangeLog.table_name,
            ChangeLog.row_id,
            ChangeLog.hlc,
            ChangeLog.fields,
            ChangeLog.deleted,
        )
        .where(ChangeLog.seq > after_seq, ChangeLog.origin == origin)
        .order_by(ChangeLog.seq)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        (seq, Change(table, row_id, hlc, json.loads(fields), bool(deleted)))
        for seq, table, row_id, hlc, fields, deleted in session.execute(stmt)
    ]


def compact_state(session: Session) -> list[Change]:
    """The whole state as few entries as the fold needs: for a snapshot a new laptop starts from.

    Per row: a tombstone alone, or the winning value of each field grouped by its HLC, plus the
    lock entry of a guarded row (its HLC is the lock moment). Refused entries are left out; the
    conflicts they made stay recorded where they were found.
    """
    out: list[Change] = []
    rows: dict[str, list[Change]] = defaultdict(list)
    cols = (ChangeLog.table_name, ChangeLog.row_id, ChangeLog.hlc, ChangeLog.fields, ChangeLog.deleted)
    for table, row_id, hlc, fields, deleted in session.execute(select(*cols).order_by(ChangeLog.row_id)):
        rows[row_id].append(Change(table, row_id, hlc, json.loads(fields), bool(deleted)))
    for row_id, entries in rows.items():
        table = entries[0].table
        if any(e.deleted for e in entries):
            out.append(next(e for e in entries if e.deleted))
            continue
        state = fold(table, row_id, entries)
        by_hlc: dict[str, dict[str, Any]] = defaultdict(dict)
        for name, hlc in state.clocks.items():
            by_hlc[hlc][name] = state.values[name]
        guard = GUARDS.get(table)
        lock = None
        if guard is not None:
            lock = min((e.hlc for e in entries if e.fields.get("status") in guard.locked), default=None)
        if lock is not None:
            by_hlc[lock].setdefault("status", next(e for e in entries if e.hlc == lock).fields["status"])
            for hlc, group in by_hlc.items():
                if hlc > lock:
                    group[OVERRIDE] = True  # these won past the lock (overrides): keep them winning
        out.extend(Change(table, row_id, hlc, group) for hlc, group in sorted(by_hlc.items()))
    return out
