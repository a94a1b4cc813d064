"""Authorise every change as of its own clock: signatures, the directory, the write rules, the locks.

The merge folds a row's change-log entries in HLC order; ``Judge`` decides, entry by entry,
whether the entry counts:

1. **its batch** (``sync.batch``) — the author's signature verifies under the key the directory
   bound to that author when the batch was made; or it is legacy history an admin attested; and
   the laptop that carried it was not revoked for that bundle;
2. **its author** — as the directory stood at the entry's HLC (role, employee, active), the
   directory being itself the fold of admin-signed ``user_account`` and ``employee`` rows, judged
   the same way; the agency's root admin (pinned in every laptop's enrolment) is where it starts;
3. **the write rule** of its table (``domain.write_rules``, declared beside the model) against the
   row as it stood just before, its owner and the owner's supervisor at that time, and the parent
   rows it depends on at that time;
4. **the lock** of a signed or approved document (``sync.conflicts``).

Everything is computed from the set of entries alone, so every laptop that holds the same entries
reaches the same decisions, whatever order the files arrived in. Refused entries are kept (the
change log holds them) and listed in the quarantine with their reason; a later directory change
can make them count (the merge re-judges the rows it affects).

A row that refers to a row this laptop has not received yet cannot be judged: it waits
(``Undecidable`` → ``sync_pending``) and is judged again on the next apply.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
from collections import defaultdict
from collections.abc import Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from functools import cached_property
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.orm import Session

from asn_desktop.domain.permissions import Actor, Role, Subject
from asn_desktop.domain.write_rules import WriteRule
from asn_desktop.security.userkeys import verify_signature
from asn_desktop.store.models import Base, ChangeBatch, ChangeLog, Meta, Synced
from asn_desktop.sync.batch import LEGACY_LOCAL, signing_message
from asn_desktop.sync.conflicts import GUARDS, ConflictRecord, conflict_id
from asn_desktop.sync.hlc import hlc_key

__all__ = [
    "ROOT_META",
    "Change",
    "Judge",
    "RowState",
    "Undecidable",
    "owner_tables",
    "rules",
]

ROOT_META = "directory.root"
Key = tuple[int, int, str]


_VERIFIED: dict[tuple[str, bytes, bytes], bool] = {}
VERIFIED_MAX = 1 << 15
"""About 6 MB of remembered answers (the key holds the message's SHA-256, not the message)."""


def _verified(public: str, signature: bytes, message: bytes) -> bool:
    """``verify_signature``, remembered: a pull's applies (one per bundle) each fold the rows they
    touch from their whole log, so a batch of an earlier bundle is judged again; its signature is
    checked once per process. The answer is a pure function of key, signature and message."""
    key = _verified_key(public, signature, message)
    known = _VERIFIED.get(key)
    if known is None:
        known = verify_signature(public, signature, message)
        _remember(key, known)
    return known


def _verified_key(public: str, signature: bytes, message: bytes) -> tuple[str, bytes, bytes]:
    return (public, signature, hashlib.sha256(message).digest())


def _remember(key: tuple[str, bytes, bytes], ok: bool) -> None:
    if len(_VERIFIED) >= VERIFIED_MAX:
        _VERIFIED.clear()  # a new start costs one verify per batch, never a wrong answer
    _VERIFIED[key] = ok


# A large apply (a new laptop's snapshot: one batch per author per transaction, ~12 per employee
# in the demo) checks its signatures up front on every core: Ed25519 verification releases the
# GIL, and it is the largest single cost of a join. Below this many checks the lazy path is cheaper.
PREVERIFY_MIN = 512
PRIME_SCAN = 20_000  # batches wanted at once above which the judge reads change_batch in one pass


def _verify_all(checks: list[tuple[str, bytes, bytes]]) -> list[bool]:
    """``verify_signature`` of each (public, signature, message), on a thread per core."""
    workers = max(1, min(4, os.cpu_count() or 1))
    size = -(-len(checks) // workers)
    parts = [checks[i : i + size] for i in range(0, len(checks), size)]
    with ThreadPoolExecutor(workers, thread_name_prefix="asn-verify") as pool:
        done = pool.map(lambda part: [verify_signature(*c) for c in part], parts)
        return [ok for part in done for ok in part]


@dataclass
class Change:
    """One log entry: the fields one author wrote to one row at one HLC (or a tombstone).

    Never changed once made, but not ``frozen``: a frozen dataclass sets each field through
    ``object.__setattr__``, and a new laptop makes half a million of these (0.5 s more).
    """

    table: str
    row_id: str
    hlc: str
    fields: Mapping[str, Any]
    deleted: bool = False
    author: str | None = None
    batch: str | None = None
    # ``fields`` as ``batch.fields_text`` encodes them, when the wire parse already did.
    text: str | None = field(default=None, compare=False, repr=False)

    @property
    def origin(self) -> str:
        return self.hlc.split("-", 2)[2]

    @cached_property
    def key(self) -> Key:
        return hlc_key(self.hlc)


@dataclass
class RowState:
    """The fold of a row's entries: its values, each field's clock, what was refused and why."""

    deleted: bool = False
    values: dict[str, Any] = field(default_factory=dict)
    clocks: dict[str, str] = field(default_factory=dict)
    conflicts: list[ConflictRecord] = field(default_factory=list)
    quarantined: list[tuple[Change, str]] = field(default_factory=list)
    exists: bool = False


@dataclass(frozen=True)
class BatchRow:
    """A ``change_batch`` row as the judge reads it (plain values: no ORM objects in the session)."""

    digest: str
    kind: str
    author: str | None
    signature: str
    origin: str
    hlc: str
    bundle_seq: int | None
    version: int = 1
    prev: str | None = None


_BATCH_COLUMNS = (
    ChangeBatch.digest,
    ChangeBatch.kind,
    ChangeBatch.author,
    ChangeBatch.signature,
    ChangeBatch.origin,
    ChangeBatch.hlc,
    ChangeBatch.bundle_seq,
    ChangeBatch.version,
    ChangeBatch.prev,
)


# Every batch, read through the DB-API when a new laptop wants nearly all of them (their columns
# need no conversion): SQLAlchemy's rows cost a second more for 120,000 batches.
_BATCH_SCAN = str(select(*_BATCH_COLUMNS).compile(dialect=sqlite_dialect()))


class Undecidable(Exception):
    """The row depends on a row that has not arrived; it waits for the next apply."""


def _models() -> dict[str, type[Synced]]:
    return {
        m.local_table.name: m.class_  # type: ignore[attr-defined]
        for m in Base.registry.mappers
        if issubclass(m.class_, Synced)
    }


_MODELS = _models()


def rules() -> dict[str, WriteRule]:
    """Each synced table's declared write rule (a table without one is absent: default deny)."""
    return {name: rule for name, model in _MODELS.items() if (rule := model.write_rule) is not None}


def owner_tables() -> dict[str, tuple[str, str]]:
    """table → (owner column, table that column points to), for tables whose rows have an owner."""
    out: dict[str, tuple[str, str]] = {}
    for name, model in _MODELS.items():
        if model.owner is None:
            continue
        column = model.__table__.c[model.owner]  # type: ignore[attr-defined]
        (fk,) = column.foreign_keys
        out[name] = (model.owner, fk.column.table.name)
    return out


_RULES = rules()
_OWNERS = owner_tables()
# Tables whose rule reads a parent row's state: a change to the parent re-judges these children.
DEPENDENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "skp": (("rhk", "skp_id"), ("behaviour_expectation", "skp_id")),
    "rhk": (("indicator", "rhk_id"),),
    "review_meeting": (("meeting_participant", "meeting_id"),),
    "feedback_rater": (("feedback_answer", "rater_row_id"),),
}


@dataclass(frozen=True)
class Root:
    """The agency's root admin: pinned on every laptop, where the directory starts."""

    user_id: str
    public_key: str

    @classmethod
    def load(cls, session: Session) -> Root | None:
        row = session.get(Meta, ROOT_META)
        if row is None:
            return None
        data = json.loads(row.value)
        return cls(str(data["user_id"]), str(data["public_key"]))


class _Timeline:
    """One row's entries, judged in HLC order as far as anyone has needed."""

    def __init__(self, table: str, row_id: str, entries: list[Change]) -> None:
        self.table, self.row_id = table, row_id
        # Most rows have one entry: a new laptop folds hundreds of thousands of them.
        self.entries = entries if len(entries) == 1 else sorted(entries, key=lambda c: (c.key, c.batch or ""))
        self.pos = 0
        self.accepted: list[tuple[Key, Change]] = []
        self.state = RowState()
        self.lock: Key | None = None
        self.busy = False

    def equivocal(self, i: int) -> bool:
        """Whether a neighbour has the same HLC and other content (asked for every entry folded)."""
        entries = self.entries
        if len(entries) == 1:
            return False
        e = entries[i]
        for j in (i - 1, i + 1):
            if 0 <= j < len(entries) and entries[j].hlc == e.hlc and _content(entries[j]) != _content(e):
                return True
        return False


def _state_of(tl: _Timeline, accepted: int) -> dict[str, Any] | None:
    """The row as its first ``accepted`` accepted entries leave it (a tombstone is always last)."""
    if accepted == len(tl.accepted) and accepted:
        return None if tl.state.deleted or not tl.state.exists else dict(tl.state.values)
    values: dict[str, Any] = {}
    for _, change in tl.accepted[:accepted]:
        values.update(change.fields)
    return values if accepted else None


def _field_of(tl: _Timeline, accepted: int, name: str) -> Any:
    """``_state_of(tl, accepted).get(name)``, without building the row."""
    if accepted == len(tl.accepted) and accepted:
        return None if tl.state.deleted or not tl.state.exists else tl.state.values.get(name)
    for _, change in reversed(tl.accepted[:accepted]):
        if name in change.fields:
            return change.fields[name]
    return None


def _first(item: tuple[Key, Change]) -> Key:
    return item[0]


def _content(c: Change) -> tuple[Any, ...]:
    return (c.table, json.dumps(dict(c.fields), sort_keys=True), c.deleted, c.author)


# The calendar day of a change, for a Plt./Plh.'s dates: the laptop that wrote it read its own
# local date, somewhere between WIB (UTC+7) and WIT (UTC+9); the merge accepts either end, the
# same way on every laptop.
_ZONES = (timezone(timedelta(hours=7)), timezone(timedelta(hours=9)))


def _days_of(key: Key) -> tuple[str, str]:
    when = datetime.fromtimestamp(key[0] / 1000, tz=UTC)
    first, last = (when.astimezone(z).date().isoformat() for z in _ZONES)
    return first, last


class _Facts:
    """``domain.write_rules.Facts`` for one entry, answered from the judge's timelines."""

    def __init__(self, judge: Judge, tl: _Timeline, change: Change, actor: Actor) -> None:
        self._j, self._tl, self._c = judge, tl, change
        self.actor = actor
        self.deleted = change.deleted
        fields = change.fields
        # Built once per entry a new laptop folds (half a million): one copy of the row before,
        # none for a new row.
        if tl.state.exists:
            before = dict(tl.state.values)
            self.before: Mapping[str, Any] | None = before
            self.after: Mapping[str, Any] = {"id": tl.row_id, **before, **fields}
            self.changed = frozenset(k for k, v in fields.items() if before.get(k) != v)
        else:
            self.before = None
            self.after = {"id": tl.row_id, **fields}
            self.changed = frozenset(k for k, v in fields.items() if v is not None)

    def subject(self) -> Subject | None:
        owner = self._j.owner_of(self._tl.table, self._tl.row_id, self.after)
        if owner is None:
            return None
        return Subject(owner, self.supervisor_of(owner))

    def supervisor_of(self, employee_id: str) -> str | None:
        return self._j.supervisor_at(employee_id, self._c.key)

    def row(self, table: str, row_id: str | None) -> Mapping[str, Any] | None:
        if row_id is None:
            return None
        return self._j.state_at(row_id, self._c.key, table=table)

    def unit_of(self, employee_id: str | None) -> str | None:
        emp = self.row("employee", employee_id)
        return None if emp is None else emp.get("unit_id")

    def rows_of(self, table: str, column: str, value: str) -> list[Mapping[str, Any]]:
        return self._j.rows_of(table, column, value, self._c.key)


class Judge:
    """Decides which entries count, for one apply (it caches; make a new one per apply)."""

    def __init__(
        self,
        session: Session,
        *,
        workspace_id: str,
        root: Root | None,
        trust: tuple[dict[str, int], set[str]] | None = None,
    ) -> None:
        self.s = session
        self.workspace_id = workspace_id
        self.root = root
        self._timelines: dict[str, _Timeline | None] = {}
        self._batches: dict[str, BatchRow | None] = {}
        self._next: dict[str, list[str]] = {}  # digest → batches naming it as prev (sync.batch)
        self._linked: set[str] = set()  # digests whose successors are all in _next
        self._walked: set[str] = set()  # passed by _chained without an answer: not walked again
        self._verified: dict[str, bool] = {}
        self._checked: dict[tuple[str, str], bool] = {}  # (batch digest, public key) → verifies
        self._owners: dict[str, str | None] = {}
        self._acting: list[str] | None = None
        self._actors: dict[tuple[str, int], Actor | None] = {}
        self._by_owner: dict[tuple[str, str], dict[str, set[str]]] = {}
        self._revoked: dict[str, int] | None = None if trust is None else trust[0]
        self._attested: set[str] | None = None if trust is None else trust[1]

    # ------------------------------------------------------------------ loading

    def preload(self, log: Mapping[str, list[Change]]) -> None:
        """Entries already read for the rows being folded (one query for many rows), and their batches."""
        timelines = self._timelines
        for row_id, entries in log.items():
            timelines[row_id] = _Timeline(entries[0].table, row_id, entries)
        self._prime({e.batch for entries in log.values() for e in entries if e.batch})

    def _prime(self, digests: Iterable[str]) -> None:
        """Read the wanted batches, and the batches that name each of them as their ``prev``."""
        wanted = sorted(set(digests) - self._batches.keys() - {LEGACY_LOCAL})
        if len(wanted) > PRIME_SCAN:
            # A new laptop wants nearly every batch: one pass instead of hundreds of IN (...) queries.
            want = set(wanted)
            for r in self.s.connection().exec_driver_sql(_BATCH_SCAN):
                row = BatchRow(*r)
                if row.digest in want:
                    self._batches[row.digest] = row
                if row.prev in want:
                    self._link(row)
            for d in wanted:
                self._batches.setdefault(d, None)
            self._linked.update(wanted)
            return
        for start in range(0, len(wanted), 400):
            part = wanted[start : start + 400]
            query = select(*_BATCH_COLUMNS).where(ChangeBatch.digest.in_(part))
            found = {r[0]: BatchRow(*r) for r in self.s.execute(query)}
            for d in part:
                self._batches[d] = found.get(d)
            for r in self.s.execute(select(*_BATCH_COLUMNS).where(ChangeBatch.prev.in_(part))):
                self._link(BatchRow(*r))
            self._linked.update(part)

    def _link(self, row: BatchRow) -> None:
        assert row.prev is not None
        self._next.setdefault(row.prev, []).append(row.digest)
        self._batches.setdefault(row.digest, row)

    def _successors(self, row: BatchRow) -> list[BatchRow]:
        """The batches that may vouch for ``row``: naming it as prev, same author, same laptop,
        and not refused for their device's revocation (``sync.batch``)."""
        if row.digest not in self._linked:
            for r in self.s.execute(select(*_BATCH_COLUMNS).where(ChangeBatch.prev == row.digest)):
                self._link(BatchRow(*r))
            self._linked.add(row.digest)
        out: list[BatchRow] = []
        for digest in self._next.get(row.digest, ()):
            s = self._batches.get(digest)
            if (
                s is not None
                and s.kind == "user"
                and s.version >= 2
                and s.author == row.author
                and s.origin == row.origin
                and not self._revoked_out(s)
            ):
                out.append(s)
        return out

    def _revoked_out(self, row: BatchRow) -> bool:
        after = self.revoked().get(row.origin)
        return after is not None and (row.bundle_seq is None or row.bundle_seq > after)

    def preverify(self) -> int:
        """Check the primed batches' signatures at once, against every key their author's
        directory entries ever named (and the root's): the fold then only looks the answers up,
        still choosing the key that counted at each batch's time. Returns the checks made."""
        wanted: list[tuple[str, str]] = []
        for digest, row in list(self._batches.items()):
            if row is None or row.kind != "user" or not row.author or digest in self._verified:
                continue
            if digest in self._linked and self._successors(row):
                continue  # a later batch of its chain vouches for it: only chain ends are checked
            wanted.extend((digest, public) for public in self._candidate_keys(row.author))
        if len(wanted) < PREVERIFY_MIN:
            return 0
        todo: list[tuple[tuple[str, str], tuple[str, bytes, bytes]]] = []
        for digest, public in wanted:
            row = self._batches[digest]
            assert row is not None
            check = (public, bytes.fromhex(row.signature), signing_message(self.workspace_id, digest))
            known = _VERIFIED.get(_verified_key(*check))
            if known is None:
                todo.append(((digest, public), check))
            else:
                self._checked[(digest, public)] = known  # an earlier apply of this pull checked it
        if not todo:
            return 0
        for (pair, check), ok in zip(todo, _verify_all([c for _, c in todo]), strict=True):
            self._checked[pair] = ok
            _remember(_verified_key(*check), ok)
        return len(todo)

    def _candidate_keys(self, author: str) -> set[str]:
        keys: set[str] = set()
        if self.root is not None and author == self.root.user_id:
            keys.add(self.root.public_key)
        tl = self._timelines.get(author)
        if tl is not None and tl.table == "user_account":
            keys.update(v for e in tl.entries if isinstance(v := e.fields.get("public_key"), str))
        return keys

    def _check(self, digest: str, public: str, signature: bytes, message: bytes) -> bool:
        known = self._checked.get((digest, public))
        return _verified(public, signature, message) if known is None else known

    def _timeline(self, row_id: str) -> _Timeline | None:
        if row_id in self._timelines:
            return self._timelines[row_id]
        entries = load_entries(self.s, [row_id]).get(row_id, [])
        tl = _Timeline(entries[0].table, row_id, entries) if entries else None
        self._timelines[row_id] = tl
        if tl is not None:
            self._prime(e.batch for e in entries if e.batch)
        return tl

    def _batch(self, digest: str) -> BatchRow | None:
        # Every timeline primes its batches when it is loaded (``preload``, ``_timeline``).
        return self._batches.get(digest)

    def _rows_of(self, table: str) -> list[str]:
        # From the log, not the table: rows that arrived in this very apply are not written yet.
        return list(self.s.scalars(select(ChangeLog.row_id).where(ChangeLog.table_name == table).distinct()))

    def _trust(self) -> None:
        """Revoked devices and attested history, decided before anything they judge.

        Device and attestation rows are themselves changes whose batches would be checked against
        revocations and attestations: they are folded by a scratch judge that knows none yet, so
        no half-computed answer is ever cached here.
        """
        scratch = Judge(self.s, workspace_id=self.workspace_id, root=self.root, trust=({}, set()))
        attested: set[str] = set()
        for row_id in scratch._rows_of("legacy_attestation"):
            state = scratch.final(row_id)
            if state is not None and state.get("digest"):
                attested.add(str(state["digest"]))
        revoked: dict[str, int] = {}
        for row_id in scratch._rows_of("device"):
            state = scratch.final(row_id)
            after = None if state is None else state.get("revoked_after")
            if isinstance(after, int):
                revoked[row_id] = after
        self._revoked, self._attested = revoked, attested

    def attested(self) -> set[str]:
        if self._attested is None:
            self._trust()
        assert self._attested is not None
        return self._attested

    def revoked(self) -> dict[str, int]:
        if self._revoked is None:
            self._trust()
        assert self._revoked is not None
        return self._revoked

    # ------------------------------------------------------------------ questions

    def fold(self, row_id: str) -> RowState:
        """The row's final state after judging every entry (raises ``Undecidable``)."""
        tl = self._timeline(row_id)
        if tl is None:
            return RowState()
        self._advance(tl, None)
        return tl.state

    def final(self, row_id: str) -> dict[str, Any] | None:
        tl = self._timeline(row_id)
        if tl is None:
            return None
        self._advance(tl, None)
        return None if tl.state.deleted or not tl.state.exists else dict(tl.state.values)

    def state_at(self, row_id: str, key: Key, *, table: str) -> dict[str, Any] | None:
        """The row as its accepted entries before ``key`` left it; ``Undecidable`` if never seen."""
        tl = self._timeline(row_id)
        if tl is None or tl.table != table:
            raise Undecidable(f"{table} {row_id} belum diterima")
        return _state_of(tl, self._accepted_before(tl, key))

    def _accepted_before(self, tl: _Timeline, key: Key) -> int:
        """How many of the row's entries before ``key`` count: its state at ``key`` is theirs."""
        self._advance(tl, key)
        accepted = tl.accepted
        if accepted and accepted[-1][0] < key:
            return len(accepted)
        return bisect.bisect_left(accepted, key, key=_first)

    def supervisor_at(self, employee_id: str, key: Key) -> str | None:
        """The employee's pejabat penilai at ``key``: a Plt./Plh. acting in the supervising position
        that day (``store.acting`` answers the same on the laptop that wrote), else the supervisor
        on record."""
        tl = self._timeline(employee_id)
        if tl is None or tl.table != "employee":
            raise Undecidable(f"employee {employee_id} belum diterima")
        accepted = self._accepted_before(tl, key)
        if self._acting is None:
            self._acting = self._rows_of("acting_assignment")
        if not self._acting:
            # Asked for nearly every entry judged: one field, without a copy of the row.
            return cast(str | None, _field_of(tl, accepted, "supervisor_id"))
        emp = _state_of(tl, accepted) or {}
        recorded = emp.get("supervisor_id")
        sup = self.state_at(recorded, key, table="employee") if isinstance(recorded, str) else None
        held = sup.get("position_id") if sup else None
        first, last = _days_of(key)
        for row_id in self._acting:
            a = self.state_at(row_id, key, table="acting_assignment")
            if a is None or not (str(a.get("start_on")) <= last and str(a.get("end_on")) >= first):
                continue
            acting, position = a.get("employee_id"), a.get("position_id")
            if acting == employee_id or not isinstance(acting, str):
                continue
            vacancy = recorded is None and position != emp.get("position_id")
            if (recorded is not None and position == held) or (
                vacancy and self._leads(position, emp.get("unit_id"), key)
            ):
                return acting
        return recorded if isinstance(recorded, str) else None

    def rows_of(self, table: str, column: str, value: str, key: Key) -> list[Mapping[str, Any]]:
        """The rows of ``table`` whose owner column holds ``value`` as their entries before ``key``
        left them. Indexed once from the log (rows of this very apply are not written yet); an
        entry naming another value only widens the candidates, each judged as of ``key``."""
        index = self._by_owner.get((table, column))
        if index is None:
            index = defaultdict(set)
            logged = select(ChangeLog.row_id, ChangeLog.fields).where(ChangeLog.table_name == table)
            for row_id, fields in self.s.execute(logged):
                named = json.loads(fields).get(column)
                if isinstance(named, str):
                    index[named].add(row_id)
            self._by_owner[(table, column)] = index
        out: list[Mapping[str, Any]] = []
        for row_id in sorted(index.get(value, ())):
            state = self.state_at(row_id, key, table=table)
            if state is not None and state.get(column) == value:
                out.append(state)
        return out

    def _leads(self, position_id: Any, unit_id: Any, key: Key) -> bool:
        """Whether the position leads that unit (a vacancy's supervising position)."""
        pos = self.state_at(str(position_id), key, table="position") or {}
        return bool(pos.get("leads_unit")) and pos.get("unit_id") == unit_id

    def owner_of(self, table: str, row_id: str, row: Mapping[str, Any]) -> str | None:
        """The employee a row belongs to (immutable once made), through its parents; cached."""
        if row_id in self._owners:
            return self._owners[row_id]
        spec = _OWNERS.get(table)
        owner: str | None = None
        if spec is not None:
            column, target = spec
            link = row.get(column)
            if isinstance(link, str):
                if target == "employee":
                    owner = link
                else:
                    parent = self._timeline(link)
                    if parent is None or parent.table != target:
                        raise Undecidable(f"{target} {link} belum diterima")
                    self._advance(parent, None)
                    owner = self.owner_of(target, link, parent.state.values)
        self._owners[row_id] = owner
        return owner

    def _user_at(self, user_id: str, key: Key) -> dict[str, Any] | None:
        try:
            return self.state_at(user_id, key, table="user_account")
        except Undecidable:
            return None

    def actor_at(self, user_id: str | None, key: Key) -> Actor | None:
        """The author as the directory stood at ``key``: active, with a role; the root is always admin.

        Asked for every entry judged; the answer depends only on how many of the user's entries
        counted before ``key``, so it is kept by that number."""
        if user_id is None:
            return None
        tl = self._timeline(user_id)
        if tl is None or tl.table != "user_account":
            tl, version = None, -1  # not received (yet): no user
        else:
            version = self._accepted_before(tl, key)
        memo = (user_id, version)
        if memo not in self._actors:
            self._actors[memo] = self._actor(user_id, None if tl is None else _state_of(tl, version))
        return self._actors[memo]

    def _actor(self, user_id: str, user: Mapping[str, Any] | None) -> Actor | None:
        root = self.root is not None and user_id == self.root.user_id
        if root:
            return Actor(user_id, Role.ADMIN, None if user is None else user.get("employee_id"))
        if user is None or not user.get("active", True):
            return None
        try:
            return Actor(user_id, Role(str(user.get("role"))), user.get("employee_id"))
        except ValueError:
            return None

    def _keys_at(self, user_id: str, key: Key) -> set[str]:
        keys: set[str] = set()
        if self.root is not None and user_id == self.root.user_id:
            keys.add(self.root.public_key)
        user = self._user_at(user_id, key)
        if user and isinstance(user.get("public_key"), str):
            keys.add(user["public_key"])
        return keys

    def batch_reason(self, change: Change) -> str | None:
        """Why the batch carrying ``change`` does not count, or None (see ``is_legacy``)."""
        digest = change.batch
        if digest == LEGACY_LOCAL:
            return None
        row = None if digest is None else self._batch(digest)
        if row is None or digest is None:
            return "perubahan tanpa tanda tangan penulis"
        if row.kind == "legacy":
            return None if digest in self.attested() else "riwayat lama yang belum disahkan admin"
        if self._revoked_out(row):
            return "dikirim oleh perangkat yang sudah dicabut"
        if not self._signed(row, change):
            return "tanda tangan penulis tidak sah atau kunci penulis tidak dikenal"
        return None

    def is_legacy(self, change: Change) -> bool:
        """History from before changes were signed: it counts as it was (its batch said so)."""
        if change.batch == LEGACY_LOCAL:
            return True
        row = None if change.batch is None else self._batch(change.batch)
        return row is not None and row.kind == "legacy"

    def _signed(self, row: BatchRow, change: Change) -> bool:
        """Whether the author signed ``row``: its own signature, by a key the author held at its
        time, or that of a later batch in the same chain (``sync.batch``), which vouches for every
        batch before it. Which batches vouch is a fact of the stored set, so every laptop that
        holds the same batches gives the same answer."""
        known = self._verified.get(row.digest)
        if known is not None:
            return known
        if self._chained(row):
            return True
        ok = self._own(row)
        if not ok:
            message = signing_message(self.workspace_id, row.digest)
            ok = self._self_request(row, change, bytes.fromhex(row.signature), message)
        if not ok:
            ok = self._vouched(row)
        self._verified[row.digest] = ok
        return ok

    def _own(self, row: BatchRow, *, known_only: bool = False) -> bool:
        """The batch's own signature holds under a key its author held at its time.

        ``known_only``: answer from checks already made (``preverify``), never verify now."""
        message = signing_message(self.workspace_id, row.digest)
        signature = bytes.fromhex(row.signature)
        keys = self._keys_at(row.author or "", hlc_key(row.hlc))
        if known_only:
            return any(self._checked.get((row.digest, k)) for k in keys)
        return any(self._check(row.digest, k, signature, message) for k in keys)

    def _chained(self, row: BatchRow) -> bool:
        """The cheap way: follow the chain forward through what is loaded to a batch whose own
        signature is known to hold — or, at the last one loaded, is checked now — or to one an
        earlier walk decided. True only if that answer is yes (then every batch passed is vouched
        for); a walk never passes a batch twice."""
        path: list[str] = []
        cur = row
        while cur.digest not in self._walked:
            path.append(cur.digest)
            self._walked.add(cur.digest)
            nxt = self._successors(cur) if cur.digest in self._linked else []
            if self._own(cur, known_only=bool(nxt)):
                break
            if not nxt:
                return False
            cur = nxt[0]
        else:
            if not self._verified.get(cur.digest):
                return False
        for digest in path:
            self._verified[digest] = True
        return True

    def _vouched(self, row: BatchRow) -> bool:
        """The exact way, when ``row``'s own signature fails: is any later batch of its chain
        signed? (Every successor, read from the database where not loaded.)"""
        # Each batch names one predecessor, so the successors form a tree: nothing is met twice.
        frontier, seen = [row], []
        while frontier:
            for s in self._successors(frontier.pop()):
                known = self._verified.get(s.digest)
                if known is False:
                    continue  # neither it nor anything after it is signed
                if known or self._own(s):
                    self._verified[s.digest] = True
                    return True
                seen.append(s.digest)
                frontier.append(s)
        for digest in seen:
            self._verified[digest] = False  # neither signed nor vouched for by anything after it
        return False

    def _self_request(self, row: BatchRow, change: Change, signature: bytes, message: bytes) -> bool:
        # A user without a bound key asks for one: a batch of exactly that request, signed by the
        # key it names (proof of possession). It binds nothing until an admin copies it.
        if change.table != "user_account" or change.row_id != row.author:
            return False
        count = self.s.scalar(select(func.count()).where(ChangeLog.batch == row.digest))
        if count != 1 or not set(change.fields) <= {"pending_key", "sealed_key"}:
            return False
        pending = change.fields.get("pending_key")
        return isinstance(pending, str) and verify_signature(pending, signature, message)

    # ------------------------------------------------------------------ the fold

    def _advance(self, tl: _Timeline, until: Key | None) -> None:
        if tl.busy:
            return
        tl.busy = True
        try:
            while tl.pos < len(tl.entries):
                change = tl.entries[tl.pos]
                key = change.key
                if until is not None and key >= until:
                    return
                self._step(tl, tl.pos, change, key)
                tl.pos += 1
        finally:
            tl.busy = False

    def _step(self, tl: _Timeline, i: int, change: Change, key: Key) -> None:
        state = tl.state
        if state.deleted:
            return  # a tombstone ends a row for good: later entries are moot, not suspicious
        reason, facts = self._identity(tl, i, change)
        if reason is None and facts is not None and self._locked_out(tl, change, key):
            return  # an edit made after the lock, unaware of it: a conflict, not an intrusion
        if reason is None and facts is not None:
            reason = self._rule(tl, facts)
        if reason is not None:
            state.quarantined.append((change, reason))
            return
        tl.accepted.append((key, change))
        if change.deleted:
            state.deleted = True
            return
        state.exists = True
        for name, value in change.fields.items():
            state.values[name] = value
            state.clocks[name] = change.hlc
        guard = GUARDS.get(tl.table)
        if guard is not None and tl.lock is None and change.fields.get("status") in guard.locked:
            tl.lock = key

    def _locked_out(self, tl: _Timeline, change: Change, key: Key) -> bool:
        """Whether a signed author's change hits a locked document (recorded as conflicts)."""
        guard = GUARDS.get(tl.table)
        if guard is None or tl.lock is None or key <= tl.lock:
            return False
        state = tl.state
        if change.deleted:
            state.quarantined.append((change, "dokumen yang terkunci tidak dapat dihapus"))
            return True
        refused = [n for n, v in change.fields.items() if guard.refuses(n, v) and state.values.get(n) != v]
        for name in refused:
            state.conflicts.append(_conflict(tl, change, name))
        return bool(refused)

    def _identity(self, tl: _Timeline, i: int, change: Change) -> tuple[str | None, _Facts | None]:
        """(reason, facts): whether the entry is well signed by a known author; legacy counts as is."""
        if tl.equivocal(i):
            return "dua perubahan berbeda dengan cap waktu yang sama", None
        if tl.table not in _RULES:
            return f"tabel {tl.table} tidak menerima perubahan dari laptop lain", None
        reason = self.batch_reason(change)
        if reason is not None or self.is_legacy(change):
            return reason, None
        actor = self.actor_at(change.author, change.key)
        if actor is None:
            return "penulis tidak dikenal atau tidak aktif pada saat itu", None
        return None, _Facts(self, tl, change, actor)

    def _rule(self, tl: _Timeline, facts: _Facts) -> str | None:
        spec = _OWNERS.get(tl.table)
        if spec is not None and facts.before is not None and spec[0] in facts.changed:
            return "pemilik baris tidak dapat dipindahkan"
        return _RULES[tl.table](facts)


def _conflict(tl: _Timeline, change: Change, name: str) -> ConflictRecord:
    return ConflictRecord(
        conflict_id(tl.table, tl.row_id, name, change.hlc),
        tl.table,
        tl.row_id,
        name,
        tl.state.values.get(name),
        tl.state.clocks.get(name),
        change.fields[name],
        change.hlc,
        change.origin,
    )


def load_entries(session: Session, row_ids: Iterable[str]) -> dict[str, list[Change]]:
    """Every log entry of these rows (indexed by ``change_log.row_id``)."""
    found: dict[str, list[Change]] = defaultdict(list)
    ids = sorted(set(row_ids))
    cols = (
        ChangeLog.table_name,
        ChangeLog.row_id,
        ChangeLog.hlc,
        ChangeLog.fields,
        ChangeLog.deleted,
        ChangeLog.author,
        ChangeLog.batch,
    )
    for start in range(0, len(ids), 400):
        part = ids[start : start + 400]
        for table, row_id, hlc, fields, deleted, author, batch in session.execute(
            select(*cols).where(ChangeLog.row_id.in_(part))
        ):
            found[row_id].append(Change(table, row_id, hlc, json.loads(fields), bool(deleted), author, batch))
    return found


def load_tables(session: Session, tables: Iterable[str]) -> dict[str, list[Change]]:
    """Every log entry of the rows of these tables (one scan, for a large apply)."""
    found: dict[str, list[Change]] = defaultdict(list)
    cols = (
        ChangeLog.table_name,
        ChangeLog.row_id,
        ChangeLog.hlc,
        ChangeLog.fields,
        ChangeLog.deleted,
        ChangeLog.author,
        ChangeLog.batch,
    )
    for table, row_id, hlc, fields, deleted, author, batch in session.execute(
        select(*cols).where(ChangeLog.table_name.in_(list(tables)))
    ):
        found[row_id].append(Change(table, row_id, hlc, json.loads(fields), bool(deleted), author, batch))
    return found
