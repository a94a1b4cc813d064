"""Field-level change recording, hooked into the session so no write can skip it.

``track_changes(sessions, clock, device_id)`` installs a ``before_flush`` hook: for every new,
changed or deleted row of a ``Synced`` table it adds a ``ChangeLog`` entry holding the changed
columns, an HLC timestamp and the *author* — the user on whose behalf the session writes
(``session.info[AUTHOR]``, set by ``services.unit_of_work``). The entry joins the same flush, hence
the same transaction, as the change itself: either both are on disk or neither is. Before the
transaction commits, ``sign_session`` has the author sign the entries (``sync.batch``); a change
without an author cannot be recorded at all, since no other laptop would accept it.

The hook also applies the table's write rule (``domain.write_rules``) to each change, as the
other laptops will: a service that let an actor write what the rules forbid fails here, on the
laptop where it happened, instead of quietly diverging from every other laptop.

A session flagged ``session.info["sync_apply"]`` (the merge applying other laptops' changes) is
skipped: the merge writes those entries itself, with their original HLC, author and batch.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, event, insert, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.domain.ids import new_id
from asn_desktop.domain.permissions import Actor
from asn_desktop.security.userkeys import UserKey
from asn_desktop.store.models import ChangeBatch, ChangeLog, RowOwner, Synced
from asn_desktop.sync.batch import MAX_BATCH, VERSION, digest_of, fields_text, signing_message
from asn_desktop.sync.hlc import HybridClock
from asn_desktop.sync.local_facts import LocalFacts

SYNC_APPLY = "sync_apply"
AUTHOR = "author"  # session.info: the Actor writing
SIGNERS = "signers"  # session.info: user id → UserKey of everyone who may sign in this session
ENTRIES = "entries"  # session.info: the ChangeLog objects this transaction recorded

__all__ = [
    "AUTHOR",
    "SIGNERS",
    "SYNC_APPLY",
    "UnsignedWrite",
    "bulk_insert",
    "encode_value",
    "insert_rows",
    "record_entries",
    "sign_session",
    "track_changes",
]


class UnsignedWrite(PermissionDenied):
    """A synced row was written with nobody logged in to sign it."""


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


def _changed_fields(obj: Synced, *, new: bool) -> dict[str, Any]:
    state = inspect(obj)
    fields: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key == "id":
            continue
        hist = state.attrs[key].history
        if new or hist.has_changes():
            fields[attr.columns[0].name] = encode_value(getattr(obj, key))
    return fields


def _actor(sess: Session) -> Actor:
    actor = sess.info.get(AUTHOR)
    if not isinstance(actor, Actor):
        raise UnsignedWrite(
            "Perubahan data perlu dibuat oleh pengguna yang masuk (dengan kunci tanda tangannya)."
        )
    return actor


def _check(
    sess: Session, obj: Synced, actor: Actor, fields: dict[str, Any], *, new: bool, deleted: bool
) -> None:
    facts = LocalFacts(sess, obj, actor, fields, new=new, deleted=deleted)
    rule = type(obj).write_rule
    reason = "tabel ini tidak menerima perubahan" if rule is None else facts.owner_moved() or rule(facts)
    if reason is not None:
        raise PermissionDenied(f"Perubahan ditolak: {reason}.")
    if new:
        owner = facts.owner_id()
        if owner is not None:
            sess.merge(RowOwner(row_id=obj.id, employee_id=owner))


def _pending_work(sess: Session) -> list[tuple[Synced, dict[str, Any], bool, bool]]:
    """(row, changed fields, new, deleted) for every synced row the flush will write."""
    work: list[tuple[Synced, dict[str, Any], bool, bool]] = []
    for obj in list(sess.new):
        if isinstance(obj, Synced):
            if getattr(obj, "id", None) is None:
                # Column defaults apply at INSERT, after this hook; the log needs the key now.
                obj.id = new_id()
            _fill_defaults(obj)
            work.append((obj, _changed_fields(obj, new=True), True, False))
    for obj in list(sess.dirty):
        if isinstance(obj, Synced) and sess.is_modified(obj, include_collections=False):
            fields = _changed_fields(obj, new=False)
            if fields:
                work.append((obj, fields, False, False))
    work.extend((obj, {}, False, True) for obj in list(sess.deleted) if isinstance(obj, Synced))
    return work


def track_changes(target: Session | sessionmaker[Session], clock: HybridClock, device_id: str) -> None:
    """Record and check each synced row change made through ``target`` (module docstring)."""

    @event.listens_for(target, "before_flush")
    def _record(sess: Session, _ctx: Any, _instances: Any) -> None:
        if sess.info.get(SYNC_APPLY):
            return
        work = _pending_work(sess)
        if not work:
            return
        actor = _actor(sess)
        entries = sess.info.setdefault(ENTRIES, [])
        with sess.no_autoflush:
            for obj, fields, new, deleted in work:
                _check(sess, obj, actor, fields, new=new, deleted=deleted)
                entry = _entry(obj, fields, clock, device_id, actor.user_id, deleted=deleted)
                sess.add(entry)
                entries.append(entry)


def _entry(
    obj: Synced, fields: dict[str, Any], clock: HybridClock, device_id: str, author: str, *, deleted: bool
) -> ChangeLog:
    return ChangeLog(
        hlc=str(clock.tick()),
        table_name=type(obj).__table__.name,  # type: ignore[attr-defined]
        row_id=obj.id,
        fields=fields_text(fields),
        deleted=deleted,
        origin=device_id,
        author=author,
    )


def _sign(
    sess: Session,
    workspace_id: str,
    signer: UserKey,
    device_id: str,
    rows: list[tuple[str, str, str, dict[str, Any], bool]],
    *,
    tails: dict[str, str | None],
) -> str:
    """Sign one batch, linked to the author's last batch on this laptop (``tails`` remembers it
    within a transaction, where the batch just signed is not flushed yet)."""
    if signer.user_id not in tails:
        tails[signer.user_id] = _tail(sess, signer.user_id, device_id) if VERSION >= 2 else None
    prev = tails[signer.user_id]
    digest = digest_of(workspace_id, "user", signer.user_id, rows, version=VERSION, prev=prev)
    sess.add(
        ChangeBatch(
            digest=digest,
            kind="user",
            author=signer.user_id,
            signature=signer.sign(signing_message(workspace_id, digest)).hex(),
            origin=device_id,
            hlc=rows[0][2],
            version=VERSION,
            prev=prev,
        )
    )
    tails[signer.user_id] = digest
    return digest


def _tail(sess: Session, author: str, device_id: str) -> str | None:
    """The author's last batch signed on this laptop: the link the next one names (``sync.batch``).

    The newest row first (``rowid``: the order this laptop stored them). A wrong or missing
    answer only forks the chain, which costs the receiver one more signature check, never trust.
    The unary ``+`` keeps SQLite on the author's index: left to itself it picks the origin index,
    which on this laptop's own batches means reading nearly all of them (10 ms a transaction on a
    10,000-employee workspace instead of 0.1 ms).
    """
    with sess.no_autoflush:
        found = sess.scalar(_TAIL, {"author": author, "origin": device_id})
    return None if found is None else str(found)


_TAIL = text(
    "SELECT digest FROM change_batch WHERE author = :author AND +origin = :origin AND +kind = 'user' "
    "ORDER BY rowid DESC LIMIT 1"
)


def sign_session(sess: Session, workspace_id: str, device_id: str) -> None:
    """Have each author sign the entries this transaction recorded (before it commits)."""
    entries: list[ChangeLog] = sess.info.pop(ENTRIES, [])
    if not entries:
        return
    signers: dict[str, UserKey] = sess.info.get(SIGNERS, {})
    by_author: dict[str, list[ChangeLog]] = {}
    for e in entries:
        by_author.setdefault(e.author or "", []).append(e)
    tails: dict[str, str | None] = {}
    for author, group in by_author.items():
        signer = signers.get(author)
        if signer is None:
            raise UnsignedWrite("Kunci tanda tangan pengguna ini tidak terbuka; masuk kembali.")
        for start in range(0, len(group), MAX_BATCH):
            part = group[start : start + MAX_BATCH]
            rows = [(e.table_name, e.row_id, e.hlc, json.loads(e.fields), bool(e.deleted)) for e in part]
            digest = _sign(sess, workspace_id, signer, device_id, rows, tails=tails)
            for e in part:
                e.batch = digest
    sess.flush()


def bulk_insert(
    session: Session,
    model: type[Synced],
    rows: list[dict[str, Any]],
    clock: HybridClock,
    device_id: str,
    *,
    signer: UserKey,
    workspace_id: str,
) -> None:
    """Insert many rows at once (imports) with their change-log entries, signed by ``signer``.

    The ORM's per-object bookkeeping (and the per-row write-rule check) is skipped for speed, but
    every row still gets its change-log entry in the same transaction, signed; every other laptop
    judges those entries like any others.
    """
    if not rows:
        return
    insert_rows(session, model, rows)
    table = model.__table__.name  # type: ignore[attr-defined]
    record_entries(
        session,
        [(table, row["id"], {k: v for k, v in row.items() if k != "id"}, signer) for row in rows],
        clock,
        device_id,
        workspace_id=workspace_id,
    )


def insert_rows(session: Session, model: type[Synced], rows: list[dict[str, Any]]) -> None:
    """Core executemany on the connection: the ORM's bulk path costs more than the inserts."""
    if rows:
        session.connection().execute(insert(cast(Table, model.__table__)), rows)  # type: ignore[attr-defined]


def record_entries(
    session: Session,
    entries: list[tuple[str, str, dict[str, Any], UserKey]],
    clock: HybridClock,
    device_id: str,
    *,
    workspace_id: str,
    owners: dict[str, str] | None = None,
) -> None:
    """Log (table, row id, fields, author) entries in this order, signed in runs of one author.

    For bulk writers (the demo, imports) whose rows are inserted by ``insert_rows``: the entries
    say who wrote what, in the order it was written, so that every laptop judges them the way it
    judges a person's edits. ``owners`` maps row id → owning employee (``RowOwner``).
    """
    log: list[dict[str, Any]] = []
    run: list[tuple[str, str, str, dict[str, Any], bool]] = []
    author: UserKey | None = None
    tails: dict[str, str | None] = {}

    def close() -> None:
        if not run or author is None:
            return
        digest = _sign(session, workspace_id, author, device_id, run, tails=tails)
        log.extend(
            {
                "hlc": h,
                "table_name": t,
                "row_id": r,
                "fields": fields_text(f),
                "deleted": False,
                "origin": device_id,
                "author": author.user_id,
                "batch": digest,
            }
            for t, r, h, f, _ in run
        )
        run.clear()

    for table, row_id, fields, signer in entries:
        if signer is not author or len(run) >= MAX_BATCH:
            close()
            author = signer
        run.append((table, row_id, str(clock.tick()), {k: encode_value(v) for k, v in fields.items()}, False))
    close()
    session.flush()
    conn = session.connection()
    if log:
        conn.execute(insert(cast(Table, ChangeLog.__table__)), log)
    if owners:
        conn.execute(
            insert(cast(Table, RowOwner.__table__)).prefix_with("OR REPLACE"),
            [{"row_id": r, "employee_id": e} for r, e in owners.items()],
        )
