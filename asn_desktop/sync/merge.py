"""Apply other laptops' changes: store them, judge them, and fold each row from its whole log.

The change log *is* the merge state. Every change received is stored in ``change_log`` with its
original HLC, author and batch; the row in its table is then recomputed by folding *all* log
entries of that row through ``sync.authz.Judge``, which decides entry by entry — as of the entry's
own HLC — whether its signature, its author and the table's write rule let it count. Hence:

* **idempotent** — an entry already in the log (same HLC, same batch) is dropped at once;
* **commutative** — the fold sorts a row's entries by HLC and judges against the directory as it
  stood at each entry's time, so the state (and the quarantine) is a function of the *set* of
  changes, not of the order in which bundles arrived;
* **cost grows with the changes**: a pull touches the log entries of the rows it changes (and of
  the few rows their judgement reads), never the whole database;
* **refused changes stay visible**: an entry that does not count is listed in ``sync_quarantine``
  with its reason; a change to the directory (roles, supervision, keys, revoked devices, attested
  history) re-judges the rows it affects, so a late-arriving admin change settles them;
* **deletes win**: an accepted tombstone ends a row for good (UUIDs are never reused);
* **locks**: a signed assessment or an approved SKP keeps its content (``sync.conflicts``); an
  authorised edit made after the lock becomes a conflict record, identical on every laptop.

Rows may arrive before their parents, or never (a damaged bundle). Foreign keys are deferred for
the transaction; afterwards every touched row's parents are checked, and a row whose parent is
absent — or whose judgement needs a row not received yet — is kept out of its table and listed in
``sync_pending``; it is retried on every apply. The same holds for a row that would break a
unique rule (two laptops registering one NIP).
"""

from __future__ import annotations

import functools
import gc
import hashlib
import itertools
import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Table,
    bindparam,
    delete,
    func,
    insert,
    literal_column,
    select,
    text,
    update,
)
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnClause

from asn_desktop.store.models import (
    ActingAssignment,
    Assessment,
    Base,
    ChangeBatch,
    ChangeLog,
    Employee,
    MeetingParticipant,
    Rhk,
    RoleMatrixEntry,
    RowOwner,
    SyncPending,
    SyncQuarantine,
    User,
)
from asn_desktop.sync.authz import (
    DEPENDENTS,
    Change,
    Judge,
    Root,
    RowState,
    Undecidable,
    load_entries,
    load_tables,
)
from asn_desktop.sync.batch import fields_text
from asn_desktop.sync.conflicts import record_conflicts

__all__ = [
    "ApplyReport",
    "Change",
    "RowState",
    "apply_changes",
    "log_changes",
    "store_batches",
    "synced_tables",
]

CHUNK = 400  # bound parameters per IN (...) query, well under SQLite's limit


@dataclass
class ApplyReport:
    applied: int = 0
    duplicates: int = 0
    unknown: int = 0
    conflicts: int = 0
    pending: int = 0
    quarantined: int = 0
    rows: int = 0


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


def _decoder(column: Column[Any]) -> Any:
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
_FK_COLUMNS = {name: tuple(column for column, _ in meta.parents) for name, meta in _TABLES.items()}

# Rows are written parents first, so that SQLite's count of deferred foreign-key violations stays
# at zero: while it is not, *every* row written to a table that others point at makes SQLite look
# for children waiting on it in each of those tables (for ``employee``, some 25, several of them
# without an index on the column), and a 10,000-employee join spent most of its writes there.
# Rows of one table that point at each other (a supervisor, a parent unit, a previous version) are
# ordered; a column pointing at a table written later (a unit's pimpinan) is set once that table is.
_SELF_FKS = {
    name: tuple(column for column, target in meta.parents if target == name) for name, meta in _TABLES.items()
}
_LATER_FKS = {
    name: tuple(column for column, target in meta.parents if _ORDER.index(target) > _ORDER.index(name))
    for name, meta in _TABLES.items()
}


def _parents_first(rows: list[dict[str, Any]], columns: Sequence[str]) -> list[dict[str, Any]]:
    """``rows`` with each row after the rows of this list it points at through ``columns``."""
    if not columns:
        return rows
    by_id = {r["id"]: r for r in rows}
    out: list[dict[str, Any]] = []
    placed: set[str] = set()
    visiting: set[str] = set()
    for row in rows:
        # Depth first, parents before children, without recursion (a chain of versions or of
        # supervisors can be long). A cycle (two rows naming each other) is cut; SQLite settles it.
        stack = [(row, False)]
        while stack:
            current, ready = stack.pop()
            rid = current["id"]
            if rid in placed:
                continue
            if ready:
                placed.add(rid)
                out.append(current)
                continue
            if rid in visiting:
                continue
            visiting.add(rid)
            stack.append((current, True))
            refs = (current.get(column) for column in columns)
            stack.extend((by_id[ref], False) for ref in refs if isinstance(ref, str) and ref in by_id)
    return out


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _load_log(session: Session, row_ids: Sequence[str]) -> dict[str, list[Change]]:
    # A new laptop's log is nearly empty while its snapshot names every row: one pass over the
    # whole log is then cheaper than a thousand indexed IN (...) queries. max(seq) bounds the
    # log's size in O(1), so an ordinary pull still reads only the rows it touches.
    if (session.scalar(select(func.max(ChangeLog.seq))) or 0) > len(row_ids):
        return load_entries(session, row_ids)
    found: dict[str, list[Change]] = defaultdict(list)
    wanted = set(row_ids)
    cols = (
        ChangeLog.table_name,
        ChangeLog.row_id,
        ChangeLog.hlc,
        ChangeLog.fields,
        ChangeLog.deleted,
        ChangeLog.author,
        ChangeLog.batch,
    )
    for table, row_id, hlc, fields, deleted, author, batch in session.execute(select(*cols)):
        if row_id in wanted:
            found[row_id].append(Change(table, row_id, hlc, json.loads(fields), bool(deleted), author, batch))
    return found


def _positional(stmt: Any, columns: Sequence[str]) -> str:
    """``stmt`` compiled for the DB-API, whose parameters must come in ``columns`` order."""
    compiled = stmt.compile(dialect=sqlite_dialect(paramstyle="qmark"))
    if tuple(compiled.positiontup or ()) != tuple(columns):
        raise RuntimeError(f"parameter order {compiled.positiontup} is not {columns}")
    return str(compiled)


_LOG_COLUMNS = ("hlc", "table_name", "row_id", "fields", "deleted", "origin", "author", "batch")
# Plain text and integer columns: the DB-API's own executemany, without SQLAlchemy compiling the
# parameters of each of a new laptop's half a million entries (~8 µs each).
_LOG_INSERT = _positional(
    insert(cast(Table, ChangeLog.__table__)).values({c: bindparam(c) for c in _LOG_COLUMNS}), _LOG_COLUMNS
)


def store_log(session: Session, fresh: list[Change]) -> None:
    """Add entries to the change log."""
    if fresh:
        with _indexes_built_after(session, cast(Table, ChangeLog.__table__), len(fresh)):
            session.connection().exec_driver_sql(
                _LOG_INSERT,
                [
                    (
                        c.hlc,
                        c.table,
                        c.row_id,
                        fields_text(_plain(c.fields)) if c.text is None else c.text,
                        int(c.deleted),
                        c.origin,
                        c.author,
                        c.batch,
                    )
                    for c in fresh
                ],
            )


def _plain(fields: Mapping[str, Any]) -> dict[str, Any]:
    return fields if type(fields) is dict else dict(fields)  # no copy of a dict per entry


_BATCH_COLUMNS = ("digest", "kind", "author", "signature", "origin", "hlc", "bundle_seq", "version", "prev")
_BATCH_INSERT = _positional(
    sqlite_insert(cast(Table, ChangeBatch.__table__))
    .values({c: bindparam(c) for c in _BATCH_COLUMNS})
    .on_conflict_do_nothing(),
    _BATCH_COLUMNS,
)


def store_batches(session: Session, rows: list[tuple[Any, ...]]) -> None:
    """Add ``change_batch`` rows (values in ``_BATCH_COLUMNS`` order); a batch already kept stays."""
    if rows:
        with _indexes_built_after(session, cast(Table, ChangeBatch.__table__), len(rows)):
            session.connection().exec_driver_sql(_BATCH_INSERT, rows)


# A new laptop's log arrives at once: half a million entries inserted into the log's five indexes
# of random keys (row ids, digests) took 4.5-6.9 s; inserted bare, with each index then built once
# by sorting, 2.9 s. Worth it only when the new rows outnumber those already there.
BULK_INDEX_ROWS = 20_000


@contextmanager
def _indexes_built_after(session: Session, table: Table, rows: int) -> Iterator[None]:
    """Drop ``table``'s secondary indexes for a large insert and build them again after it.

    Inside the caller's transaction: if the insert fails, the rollback brings the indexes back.
    """
    rowid: ColumnClause[int] = literal_column("rowid")
    if rows < BULK_INDEX_ROWS or rows < (session.scalar(select(func.max(rowid)).select_from(table)) or 0):
        yield
        return
    connection = session.connection()
    indexes = sorted(table.indexes, key=lambda index: str(index.name))
    for index in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{index.name}"')  # names from the models, never input
    yield
    for index in indexes:
        index.create(connection)


def _upsert(session: Session, meta: _Table, rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Write rows (insert or update the given columns); returns (row id, reason) of refused rows.

    Through the DB-API's own ``executemany``, with no savepoint: SQLite undoes a failed row's
    statement alone and keeps the rows before it, and the driver reads parameters one row at a
    time, so counting what it has read names the refused row — the rest go on after it. (With
    SQLAlchemy compiling each row's parameters and a savepoint per 500 rows, a new laptop's
    380,000 rows took 13.7 s to write instead of 4.7 s.)
    """
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(sorted(row))].append(row)
    refused: list[tuple[str, str]] = []
    raw = session.connection().connection.driver_connection
    for cols, rows_of_cols in groups.items():
        sql, order, processors, defaults = _upsert_statement(meta, cols)
        params = [
            tuple(
                defaults[c] if c not in row else p(row[c]) if (p := processors[c]) is not None else row[c]
                for c in order
            )
            for row in rows_of_cols
        ]
        for bad, reason in _execute_each(raw, sql, params):
            refused.append((rows_of_cols[bad]["id"], f"melanggar aturan unik/isi: {reason}"[:200]))
    return refused


def _execute_each(raw: Any, sql: str, params: list[tuple[Any, ...]]) -> list[tuple[int, str]]:
    """Run ``sql`` for every row of ``params``; returns (index, error) of the rows SQLite refused."""
    refused: list[tuple[int, str]] = []
    done = 0
    while done < len(params):
        read = [0]
        try:
            raw.executemany(sql, _counted(params, done, read))
            done = len(params)
        except raw.IntegrityError as exc:
            bad = done + read[0] - 1  # the row the driver had just read
            refused.append((bad, str(exc)))
            done = bad + 1
    return refused


def _counted(params: list[tuple[Any, ...]], start: int, read: list[int]) -> Iterator[tuple[Any, ...]]:
    for item in itertools.islice(params, start, None):
        read[0] += 1
        yield item


# Bounded: which columns a row names is up to the laptops that wrote it.
@functools.lru_cache(maxsize=512)
def _upsert_statement(
    meta: _Table, cols: tuple[str, ...]
) -> tuple[str, tuple[str, ...], dict[str, Any], dict[str, Any]]:
    """(SQL, parameter order, each column's bind processor, the insert's defaults) of an upsert
    of these columns: what SQLAlchemy would run for them, compiled once."""
    stmt = sqlite_insert(meta.table)
    stmt = stmt.on_conflict_do_update(
        index_elements=["id"], set_={c: stmt.excluded[c] for c in cols if c != "id"}
    )
    compiled = stmt.values({c: bindparam(c) for c in cols}).compile(dialect=_QMARK)
    order = tuple(compiled.positiontup or ())
    processors = {c: _bind_processor(meta.table.c[c]) for c in order}
    # A column the change does not name gets its model default on insert (``active``, ``status``):
    # only scalar ones exist besides ``id``'s, and every row names its id.
    defaults: dict[str, Any] = {}
    for c in order:
        if c not in cols:
            default = meta.table.c[c].default
            if default is None or not default.is_scalar:
                raise TypeError(f"{meta.table.name}.{c}: no scalar default to insert")
            value = default.arg  # type: ignore[attr-defined]
            process = processors[c]
            defaults[c] = value if process is None else process(value)
    return str(compiled), order, processors, defaults


_QMARK = sqlite_dialect(paramstyle="qmark")


def _bind_processor(column: Column[Any]) -> Any:
    """SQLAlchemy's bind processor of ``column`` for SQLite, with a quicker one for datetimes.

    SQLite's ``DATETIME`` stores ``YYYY-MM-DD HH:MM:SS.ffffff`` formatted in Python from a dict of
    the parts (~1.5 µs; a new laptop writes 600,000 of them); a naive datetime's ``isoformat``
    with a space and microseconds is that text, in C. Any other value goes to SQLAlchemy's
    (``test_merge.py::test_datetimes_are_written_as_sqlalchemy_writes_them``).
    """
    process = column.type._cached_bind_processor(_QMARK)
    if not isinstance(column.type, DateTime) or process is None:
        return process

    def datetime_text(value: Any) -> Any:
        if type(value) is datetime and value.tzinfo is None:
            return value.isoformat(" ", "microseconds")
        return process(value)

    return datetime_text


def _set_later(session: Session, rows: list[tuple[str, dict[str, Any]]]) -> None:
    """The columns held back for a table written later (``_LATER_FKS``), now that it is."""
    groups: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = defaultdict(list)
    for name, row in rows:
        groups[(name, tuple(sorted(row)))].append({f"v_{k}": v for k, v in row.items()})
    for (name, cols), params in groups.items():
        table = _TABLES[name].table
        stmt = (
            update(table)
            .where(table.c.id == bindparam("v_id"))
            .values({c: bindparam(f"v_{c}") for c in cols if c != "id"})
        )
        session.connection().execute(stmt, params)


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
    later: list[tuple[str, dict[str, Any]]] = []
    for name in _ORDER:
        meta = _TABLES[name]
        rows_here = by_table.get(name, ())
        gone = [rid for rid, st in rows_here if st.deleted or not st.exists]
        for part in _chunks(gone):
            session.execute(delete(meta.table).where(meta.table.c.id.in_(part)))
        removed[name].update(gone)
        rows = [meta.row(rid, st.values) for rid, st in rows_here if st.exists and not st.deleted]
        for row in rows:
            held = {c: row.pop(c) for c in _LATER_FKS[name] if c in row}
            if held:
                later.append((name, {"id": row["id"], **held}))
        for rid, reason in _upsert(session, meta, _parents_first(rows, _SELF_FKS[name])):
            pending[rid] = (name, reason)
        written[name].update(r["id"] for r in rows if r["id"] not in pending)
    _set_later(session, [(name, row) for name, row in later if row["id"] not in pending])
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
# when the merge ends. A 10,000-employee agency's database is ~760 MB: with 512 MiB its join
# spilled and re-read pages (the rows' writes took 26 s; with 1 GiB, 12.6 s).
MERGE_CACHE_KIB = 1024 * 1024


@contextmanager
def _large_cache(session: Session) -> Iterator[None]:
    before = session.execute(text("PRAGMA cache_size")).scalar()
    session.execute(text(f"PRAGMA cache_size = -{MERGE_CACHE_KIB}"))
    try:
        yield
    finally:
        session.execute(text(f"PRAGMA cache_size = {int(before or -2000)}"))


# Changes in one apply from which Python's automatic cycle collection pauses (``collection_paused``).
LARGE_APPLY = 20_000


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cycle collector off for a bulk of work, as it was found after it.

    The collector walks every live container each time enough new ones have outlived a
    collection. A new laptop's join holds millions of them at once (parsed batches, changes,
    timelines, rows) and frees them by reference counting when it ends; walking them again and
    again took 15-23 s of a 60-88 s 10,000-employee join. The GUI runs with automatic collection
    off anyway (``ui/garbage.py``), so there this changes nothing.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def apply_changes(
    session: Session,
    changes: Iterable[Change],
    *,
    now: datetime,
    workspace_id: str,
    rejudge: Iterable[str] = (),
) -> ApplyReport:
    """Merge ``changes`` into the workspace inside the caller's transaction (module docstring).

    The caller flags the session ``sync_apply`` so the change-log hook leaves these writes alone.
    ``rejudge`` names rows to fold again although no entry of theirs arrived.
    """
    changes = list(changes)
    with _large_cache(session), collection_paused() if len(changes) >= LARGE_APPLY else nullcontext():
        return _apply(session, changes, now=now, workspace_id=workspace_id, rejudge=set(rejudge))


def _dedupe(incoming: list[Change], log: dict[str, list[Change]], report: ApplyReport) -> list[Change]:
    # One set of (row, hlc, batch), not one set per row: a new laptop brings 380,000 rows.
    known = {(row_id, e.hlc, e.batch) for row_id, entries in log.items() for e in entries}
    fresh: list[Change] = []
    for change in incoming:
        mark = (change.row_id, change.hlc, change.batch)
        if mark in known:
            report.duplicates += 1
            continue
        known.add(mark)
        fresh.append(change)
        log[change.row_id].append(change)
    return fresh


def _apply(
    session: Session, incoming_all: list[Change], *, now: datetime, workspace_id: str, rejudge: set[str]
) -> ApplyReport:
    report = ApplyReport()
    session.execute(text("PRAGMA defer_foreign_keys = ON"))
    incoming = [c for c in incoming_all if c.table in _TABLES]
    report.unknown = len(incoming_all) - len(incoming)
    pending_rows: dict[str, str] = {
        r: t for r, t in session.execute(select(SyncPending.row_id, SyncPending.table_name))
    }
    wanted = {c.row_id for c in incoming} | set(pending_rows) | rejudge
    log = _load_log(session, sorted(wanted))
    fresh = _dedupe(incoming, log, report)
    touched = {c.row_id for c in fresh} | set(pending_rows) | rejudge
    # Before the fresh entries are logged: their own rows are touched anyway, so the log queries
    # need only the entries before them (a new laptop's 472,000 came back from one of them).
    touched |= affected_by(session, fresh)
    store_log(session, fresh)
    report.applied = len(fresh)
    # The rows the judgement will read — parents, authors, owners — in one pass, not one by one.
    frontier = touched
    for _ in range(4):  # an evidence row's owner is four parents up (realisation, indicator, rhk, skp)
        missing = (frontier | _references(log, frontier)) - log.keys()
        if not missing:
            break
        log.update(load_entries(session, sorted(missing)))
        frontier = missing
    if len(touched) > DIRECTORY_PRELOAD:
        # A large apply (a new laptop) asks about most employees and users: read them in one go.
        log.update(
            {k: v for k, v in load_tables(session, ("user_account", "employee")).items() if k not in log}
        )
    judge = Judge(session, workspace_id=workspace_id, root=Root.load(session))
    judge.preload(log)
    judge.preverify()
    states: dict[str, tuple[str, RowState]] = {}
    owners: dict[str, str] = {}
    waiting: dict[str, tuple[str, str]] = {}
    for row_id in sorted(touched & log.keys()):  # a pending row without entries has nothing to fold
        table = log[row_id][0].table
        try:
            state = judge.fold(row_id)
            # Refused rows get an owner too: a later change of that owner's supervisor re-judges them.
            owner = judge.owner_of(table, row_id, state.values or log[row_id][0].fields)
        except Undecidable as exc:
            waiting[row_id] = (table, f"menunggu data yang belum tiba ({exc})"[:200])
            continue
        states[row_id] = (table, state)
        if owner is not None:
            owners[row_id] = owner
    report.rows = len(states)
    pending = _materialize(session, states)
    pending.update(waiting)
    _save_pending(session, pending, pending_rows)
    report.pending = len(pending)
    report.quarantined = _save_quarantine(session, states, now)
    _save_owners(session, owners)
    found = [c for _, st in states.values() for c in st.conflicts]
    report.conflicts = record_conflicts(session, found, now, folded=states)
    return report


DIRECTORY_PRELOAD = 2000


def _references(log: Mapping[str, list[Change]], rows: Iterable[str]) -> set[str]:
    """Ids the rows' entries point at (foreign keys, authors): what judging them will read."""
    refs: set[str] = set()
    add, columns_of, none = refs.add, _FK_COLUMNS.get, ()  # a new laptop runs this 472,000 times
    for row_id in rows:
        for c in log.get(row_id, none):
            if c.author:
                add(c.author)
            columns = columns_of(c.table)
            if columns:
                get = c.fields.get
                for column in columns:
                    value = get(column)
                    if isinstance(value, str):
                        add(value)
    return refs


def affected_by(session: Session, fresh: Sequence[Change]) -> set[str]:
    """Rows whose judgement the ``fresh`` entries may change, besides their own rows.

    A parent's state (an SKP's status) is read by its children's rules; a directory change (a
    user's role or key, an employee's supervisor, a revoked device, an attested batch) is read by
    the judgement of everything its subject wrote or owns.
    """
    by_table: dict[str, set[str]] = defaultdict(set)
    for c in fresh:
        by_table[c.table].add(c.row_id)
    rows: set[str] = set()
    frontier = dict(by_table)
    while frontier:
        nxt: dict[str, set[str]] = defaultdict(set)
        for parent, ids in frontier.items():
            for child, column in DEPENDENTS.get(parent, ()):
                col = _TABLES[child].table.c[column]
                for part in _chunks(sorted(ids)):
                    nxt[child].update(session.scalars(select(_TABLES[child].table.c.id).where(col.in_(part))))
        for ids in nxt.values():
            rows |= ids
        frontier = {t: ids for t, ids in nxt.items() if t in DEPENDENTS and ids}
    rows |= _directory_affected(session, by_table, fresh)
    rows |= _matrix_affected(session, by_table.get("role_matrix_entry", set()), fresh)
    rows |= _chain_affected(session, fresh)
    return rows


def _chain_affected(session: Session, fresh: Sequence[Change]) -> set[str]:
    """A batch vouches for the batches before it in its author's chain (``sync.batch``): one that
    arrives after them may turn a refusal for a bad signature into an acceptance, so the refused
    rows of the batches it chains back to are judged again (nothing, when nothing is refused)."""
    if session.scalar(select(SyncQuarantine.id).limit(1)) is None:
        return set()
    digests = {c.batch for c in fresh if c.batch}
    seen = set(digests)
    prevs = _prevs(session, digests) - seen
    rows: set[str] = set()
    while prevs:
        seen |= prevs
        written = _ids_where(session, ChangeLog.batch, prevs, ChangeLog.row_id)
        refused = _ids_where(session, SyncQuarantine.row_id, written, SyncQuarantine.row_id)
        if not refused:
            break
        rows |= refused
        prevs = _prevs(session, prevs) - seen
    return rows


def _prevs(session: Session, digests: set[str]) -> set[str]:
    return {p for p in _ids_where(session, ChangeBatch.digest, digests, ChangeBatch.prev) if p}


def _matrix_affected(session: Session, entries: set[str], fresh: Sequence[Change]) -> set[str]:
    """A leader's matrix decides which of his RHK a subordinate may intervene: the RHK linked to
    his SKP, and whatever the people it names wrote (a refused link may now be allowed), are
    judged again."""
    if not entries:
        return set()
    named = [c for c in fresh if c.table == "role_matrix_entry"]
    skps = {str(c.fields["skp_id"]) for c in named if c.fields.get("skp_id")}
    people = {str(c.fields["employee_id"]) for c in named if c.fields.get("employee_id")}
    skps |= _ids_where(session, RoleMatrixEntry.id, entries, RoleMatrixEntry.skp_id)
    people |= _ids_where(session, RoleMatrixEntry.id, entries, RoleMatrixEntry.employee_id)
    results = _ids_where(session, Rhk.skp_id, skps, Rhk.id)
    rows = _ids_where(session, Rhk.parent_rhk_id, results, Rhk.id)
    return rows | _ids_where(session, RowOwner.employee_id, people, RowOwner.row_id)


def _ids_where(session: Session, column: Any, values: Iterable[str], select_col: Any) -> set[str]:
    out: set[str] = set()
    for part in _chunks(sorted(set(values))):
        out.update(session.scalars(select(select_col).where(column.in_(part)).distinct()))
    return out


def _directory_affected(session: Session, by_table: dict[str, set[str]], fresh: Sequence[Change]) -> set[str]:
    rows: set[str] = set()
    users = by_table.get("user_account", set())
    if users:
        rows |= _ids_where(session, ChangeLog.author, users, ChangeLog.row_id)
    employees = by_table.get("employee", set())
    if employees:
        rows |= _ids_where(session, RowOwner.employee_id, employees, RowOwner.row_id)
        rows |= _ids_where(session, MeetingParticipant.employee_id, employees, MeetingParticipant.id)
        rows |= _ids_where(session, Assessment.assessor_id, employees, Assessment.id)
    digests = {
        str(c.fields["digest"]) for c in fresh if c.table == "legacy_attestation" and c.fields.get("digest")
    }
    if digests:
        rows |= _ids_where(session, ChangeLog.batch, digests, ChangeLog.row_id)
    devices = by_table.get("device", set())
    if devices:
        batches = _ids_where(session, ChangeBatch.origin, devices, ChangeBatch.digest)
        rows |= _ids_where(session, ChangeLog.batch, batches, ChangeLog.row_id)
    acting = by_table.get("acting_assignment", set())
    if acting:
        # A Plt./Plh. changes who may rate whom: what the acting official and the holder of the
        # position wrote is judged again.
        fresh_acting = [c for c in fresh if c.table == "acting_assignment"]
        people = {str(c.fields["employee_id"]) for c in fresh_acting if c.fields.get("employee_id")}
        positions = {str(c.fields["position_id"]) for c in fresh_acting if c.fields.get("position_id")}
        people |= _ids_where(session, ActingAssignment.id, acting, ActingAssignment.employee_id)
        positions |= _ids_where(session, ActingAssignment.id, acting, ActingAssignment.position_id)
        people |= _ids_where(session, Employee.position_id, positions, Employee.id)
        users = _ids_where(session, User.employee_id, people, User.id)
        rows |= _ids_where(session, ChangeLog.author, users, ChangeLog.row_id)
    if by_table.get("unit"):
        # The unit tree scopes public feedback: every response is judged again, refused ones too.
        rows |= set(
            session.scalars(
                select(ChangeLog.row_id).where(ChangeLog.table_name == "public_feedback").distinct()
            )
        )
    return rows


def _save_pending(session: Session, pending: dict[str, tuple[str, str]], before: dict[str, str]) -> None:
    settled = [rid for rid in before if rid not in pending]
    for part in _chunks(settled):
        session.execute(delete(SyncPending).where(SyncPending.row_id.in_(part)))
    rows = [{"row_id": rid, "table_name": table, "reason": why} for rid, (table, why) in pending.items()]
    if rows:
        stmt = sqlite_insert(cast(Table, SyncPending.__table__))
        session.connection().execute(
            stmt.on_conflict_do_update(index_elements=["row_id"], set_={"reason": stmt.excluded.reason}),
            rows,
        )


def quarantine_id(change: Change) -> str:
    return hashlib.sha256(f"{change.hlc}\x00{change.batch}\x00{change.row_id}".encode()).hexdigest()


def _save_quarantine(session: Session, states: dict[str, tuple[str, RowState]], now: datetime) -> int:
    """Replace the quarantine of every folded row with what its fold refused."""
    # An empty quarantine (a new laptop, most pulls) has nothing to replace: no thousand-id DELETEs.
    if session.scalar(select(SyncQuarantine.id).limit(1)) is not None:
        for part in _chunks(sorted(states)):
            session.execute(delete(SyncQuarantine).where(SyncQuarantine.row_id.in_(part)))
    rows = [
        {
            "id": quarantine_id(change),
            "hlc": change.hlc,
            "table_name": table,
            "row_id": row_id,
            "author": change.author,
            "origin": change.origin,
            "reason": reason[:300],
            "fields": json.dumps(dict(change.fields), sort_keys=True, ensure_ascii=False)[:4000],
            "detected_at": now,
        }
        for row_id, (table, state) in states.items()
        for change, reason in state.quarantined
    ]
    if rows:
        session.connection().execute(
            sqlite_insert(cast(Table, SyncQuarantine.__table__)).on_conflict_do_nothing(), rows
        )
    return len(rows)


_OWNER_INSERT = sqlite_insert(cast(Table, RowOwner.__table__)).values(
    row_id=bindparam("row_id"), employee_id=bindparam("employee_id")
)
_OWNER_UPSERT = _positional(
    _OWNER_INSERT.on_conflict_do_update(
        index_elements=["row_id"], set_={"employee_id": _OWNER_INSERT.excluded.employee_id}
    ),
    ("row_id", "employee_id"),
)


def _save_owners(session: Session, owners: dict[str, str]) -> None:
    if owners:
        session.connection().exec_driver_sql(_OWNER_UPSERT, list(owners.items()))


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
            ChangeLog.author,
            ChangeLog.batch,
        )
        .where(ChangeLog.seq > after_seq, ChangeLog.origin == origin)
        .order_by(ChangeLog.seq)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        (seq, Change(table, row_id, hlc, json.loads(fields), bool(deleted), author, batch))
        for seq, table, row_id, hlc, fields, deleted, author, batch in session.execute(stmt)
    ]
