"""Sync of signed changes through a share folder, against bare baselines in the same run.

    .venv/bin/python benchmarks/bench_sync.py [--employees 600] [--authors 200] [--entries 3]
        [--reps 3] [--workdir DIR] [--skip-default]
        [--big-rows 1000000 --small-rows 10000 --big-employees 60 --big-batch 1 --big-reps 5]
        [--snapshot-employees 10000]

Two laptops of one agency, each a real SQLCipher workspace (``init_workspace``, ``join_agency``),
syncing through a share folder with ``services.sync.sync_workspace``, as the app does. Every
change is signed: a bundle by its device's Ed25519 key, each batch (one author's transaction) by
its author's key; the receiver verifies both and runs the write rules (``sync.authz``) before
``sync.merge`` applies anything.

1. **Join.** Laptop *a* builds the demo agency (``build_demo``: every row logged in the name of the
   person who would have written it, each batch signed by that person). *a* pushes; *b* joins with
   an enrolment file and pulls the whole log. Baseline: the rows *b* ends with (every synced
   table, then also its ``change_log`` and ``change_batch`` rows), inserted with ``executemany``
   into a new SQLCipher database with *b*'s schema, in one transaction.
2. **A day of edits.** ``--authors`` demo people log in on *a*; each records ``--entries``
   work-log entries with ``services.worklog.log_work`` and edits one with ``edit_entry`` (each call
   a transaction of its own: one signed batch and one signed audit event). *a* syncs (push), then
   *b* syncs (pull). Baseline: the same final rows, their ``change_log`` and ``change_batch`` rows,
   ``executemany``-inserted into *b*'s own database just before the pull, in a transaction that is
   rolled back (so it pays no commit). ``--reps`` days; medians.
3. **Signatures.** During the pulls, each Ed25519 verify is timed where it runs
   (``authz.verify_signature``: authors' batch signatures; ``bundle.verify_header``: the device's
   signature of each bundle). Baseline: the same signatures checked again afterwards with
   ``Ed25519PublicKey.verify`` on keys loaded beforehand, interleaved with ``verify_signature``.

4. **Big vs small** (``--big-rows``, off by default). Two laptops join a small demo; each is
   filled with its own people's work-log entries (rows, signed change-log entries, owners; never
   pushed) to ``--small-rows`` / ``--big-rows`` synced rows. One ``log_work`` on *a*, pushed, is
   pulled by both (``SyncEngine.pull``, interleaved). Ours: the big one; baseline: the small one.
5. **Snapshot join** (``--snapshot-employees``, off by default). *a* builds the demo, pushes and
   writes a snapshot (``sync_workspace(..., snapshot=True)``); *b*'s ``join_agency`` is timed.
   Baseline: the bare insert of the rows *b* ends with, as in 1.

No assertions: a table (ratios are ours / baseline) and notes.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, cast

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's code, not an installed one

from _common import Row, base_parser, fmt_time, print_table, work_dir  # _env first: fast hashes, no keyring
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Table, insert

from asn_desktop.domain.ids import new_id
from asn_desktop.security import userkeys
from asn_desktop.services import sync as sy
from asn_desktop.services import worklog
from asn_desktop.services.context import AppContext, Workspace
from asn_desktop.services.demo import DEMO_PASSWORD, build_demo
from asn_desktop.services.workspace import init_workspace, login
from asn_desktop.store.engine import connect_raw
from asn_desktop.store.models import ChangeBatch, ChangeLog, RowOwner, WorklogEntry
from asn_desktop.sync import authz, bundle, snapshot
from asn_desktop.sync.batch import digest_of, signing_message
from asn_desktop.sync.changelog import encode_value
from asn_desktop.sync.engine import SyncEngine, SyncReport
from asn_desktop.sync.merge import synced_tables

YEAR = 2026  # build_demo's year: its SKPs are approved for it
APPLY_GOAL = 5000  # changes/s: "apply changes" in README.md, "Benchmarks (latest run)"
ROWS: list[Row] = []
NOTES: list[str] = []

# (INSERT statement, parameter rows): what a bare insert of "the same rows" runs.
Data = list[tuple[str, list[tuple[Any, ...]]]]


def _say(what: str) -> None:
    """Progress on stderr (the table goes to stdout)."""
    sys.stderr.write(f"[{time.strftime('%H:%M:%S')}] {what}\n")
    sys.stderr.flush()


def _row(figure: str, ours: str, baseline: str = "", ratio: float | None = None) -> None:
    ROWS.append(Row(figure, ours, baseline, ratio, "-", None))
    _say(f"  {figure}: {ours}  {baseline}")


def _rate_row(figure: str, changes: int, seconds: float) -> None:
    """Changes per second, against the README's goal for applying changes."""
    rate = changes / seconds
    ROWS.append(Row(figure, f"{rate:,.0f} changes/s", "", None, f"≥ {APPLY_GOAL:,}/s", rate >= APPLY_GOAL))
    _say(f"  {figure}: {rate:,.0f} changes/s")


# --- Ed25519 verifies, timed where they run ---------------------------------------------------------


# (public key, signature, message) of one Ed25519 verify the pull made.
Verify = tuple[bytes, bytes, bytes]


@dataclass
class Tally:
    calls: int = 0
    seconds: float = 0.0
    seen: list[Verify] = field(default_factory=list)


@contextmanager
def timed(owner: Any, attr: str, keep: Callable[..., Verify] | None = None) -> Iterator[Tally]:
    """Count and time every call of ``owner.attr`` (a module function or a method) in the block;
    ``keep(*args)`` names the verify a call made, to replay it afterwards (``bare_verify``)."""
    original = getattr(owner, attr)
    tally = Tally()

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            tally.seconds += time.perf_counter() - start
            tally.calls += 1
            if keep is not None:
                tally.seen.append(keep(*args, **kwargs))

    setattr(owner, attr, wrapper)
    try:
        yield tally
    finally:
        setattr(owner, attr, original)


@contextmanager
def verifies() -> Iterator[tuple[Tally, Tally]]:
    """(authors' batch signatures, devices' bundle signatures) checked in the block."""
    with (
        timed(
            authz, "verify_signature", lambda public, sig, msg: (bytes.fromhex(public), sig, msg)
        ) as author,
        timed(bundle, "verify_header", lambda signed, sig, key, _name: (key, sig, signed)) as device,
    ):
        yield author, device


def replay(seen: list[Verify], most: int = 2000) -> tuple[float, float, float]:
    """The pull's signature checks again (up to ``most``), in alternating chunks of 50: seconds per
    call of ``verify_signature`` (key from hex, then verify: what the Judge runs) and of a bare
    ``Ed25519PublicKey.verify`` with the keys loaded beforehand, and the median of the chunks'
    ratios. A check against a key that does not match costs the same as in the pull."""
    seen = seen[:most]
    keys = {public: Ed25519PublicKey.from_public_bytes(public) for public, _, _ in seen}
    full: list[float] = []
    bare: list[float] = []
    for n, start in enumerate(range(0, len(seen), 50)):
        chunk = seen[start : start + 50]
        hexed = [(public.hex(), signature, message) for public, signature, message in chunk]

        def ours(hexed: list[tuple[str, bytes, bytes]] = hexed) -> None:
            for public, signature, message in hexed:
                userkeys.verify_signature(public, signature, message)

        def baseline(chunk: list[Verify] = chunk) -> None:
            for public, signature, message in chunk:
                with suppress(InvalidSignature):
                    keys[public].verify(signature, message)

        for fn, out in ((ours, full), (baseline, bare)) if n % 2 == 0 else ((baseline, bare), (ours, full)):
            t = time.perf_counter()
            fn()
            out.append((time.perf_counter() - t) / len(chunk))
    ratio = statistics.median(f / b for f, b in zip(full, bare, strict=True))
    return statistics.median(full), statistics.median(bare), ratio


@dataclass
class Pull:
    seconds: float  # the whole sync_workspace of the receiver
    pull: float  # of which SyncEngine.pull
    report: SyncReport
    author: Tally  # authz.verify_signature: the authors' batch signatures
    device: Tally  # bundle.verify_header: the device signature of each bundle


def sync_pull(ctx: AppContext, share: str) -> Pull:
    with timed(SyncEngine, "pull") as pull, verifies() as (author, device):
        start = time.perf_counter()
        report = sy.sync_workspace(ctx, share)
        seconds = time.perf_counter() - start
    if report.quarantined or report.pending or report.problems:
        NOTES.append(
            f"a pull refused {report.quarantined}, left {report.pending} pending, problems {report.problems[:3]}"
        )
    return Pull(seconds, pull.seconds, report, author, device)


# --- bare inserts of the same rows --------------------------------------------------------------------


def _select(conn: Any, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple[Any, ...]]]:
    cur = conn.cursor()
    cur.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return cols, [tuple(r) for r in cur.fetchall()]


def _insert(table: str, cols: list[str], rows: list[tuple[Any, ...]]) -> tuple[str, list[tuple[Any, ...]]]:
    names = ", ".join(f'"{c}"' for c in cols)
    return f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(cols))})', rows


def _log_rows(conn: Any, where: str, params: Sequence[Any] = ()) -> tuple[str, list[tuple[Any, ...]]]:
    """``change_log`` rows without ``seq`` (the receiver numbers its own)."""
    cols, rows = _select(
        conn,
        "SELECT hlc, table_name, row_id, fields, deleted, origin, author, batch FROM change_log " + where,
        params,
    )
    return _insert("change_log", cols, rows)


def everything_of(ws: Workspace) -> tuple[list[str], Data, Data]:
    """(schema, every synced row, the change_log and change_batch rows) of ``ws``, parents first."""
    conn = ws.engine.raw_connection()
    try:
        _, schema = _select(
            conn,
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND type IN ('table', 'index')"
            " AND name NOT LIKE 'sqlite_%' ORDER BY type DESC",  # tables, then indexes
        )
        data = [_insert(name, *_select(conn, f'SELECT * FROM "{name}"')) for name in synced_tables()]
        log = [_log_rows(conn, ""), _insert("change_batch", *_select(conn, "SELECT * FROM change_batch"))]
    finally:
        conn.close()
    return [s for (s,) in schema], data, log


def insert_fresh(folder: Path, schema: list[str], data: Data) -> float:
    """Seconds of one transaction of ``executemany`` into a new SQLCipher file with ``schema``."""
    path = folder / f"bare-{time.monotonic_ns()}.db"
    conn = connect_raw(path, os.urandom(32))  # the app's driver, cipher settings and PRAGMAs
    try:
        for sql in schema:
            conn.execute(sql)
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("PRAGMA defer_foreign_keys = ON")  # self-references (units, supervisors)
        for sql, rows in data:
            conn.executemany(sql, rows)
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def insert_rolled_back(ws: Workspace, data: Data) -> float:
    """Seconds of ``executemany`` of ``data`` into ``ws``'s own database, then rolled back."""
    conn = ws.engine.raw_connection()
    try:
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("PRAGMA defer_foreign_keys = ON")
        for sql, rows in data:
            conn.executemany(sql, rows)
        seconds = time.perf_counter() - start
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    return seconds


def written_since(ws: Workspace, seq: int) -> tuple[Data, Data, int]:
    """(final rows, their log and batch rows, count of log rows) of ``ws``'s changes after ``seq``."""
    conn = ws.engine.raw_connection()
    try:
        _, touched = _select(conn, "SELECT DISTINCT table_name, row_id FROM change_log WHERE seq > ?", (seq,))
        by_table: dict[str, list[str]] = {}
        for table, row_id in touched:
            by_table.setdefault(table, []).append(row_id)
        data = []
        for table in synced_tables():  # parents first
            ids = by_table.get(table)
            if ids:
                marks = ", ".join("?" * len(ids))
                data.append(
                    _insert(table, *_select(conn, f'SELECT * FROM "{table}" WHERE id IN ({marks})', ids))
                )
        log_sql, log = _log_rows(conn, "WHERE seq > ?", (seq,))
        batches = _insert(
            "change_batch",
            *_select(
                conn,
                "SELECT * FROM change_batch WHERE digest IN (SELECT batch FROM change_log WHERE seq > ?)",
                (seq,),
            ),
        )
    finally:
        conn.close()
    return data, [(log_sql, log), batches], len(log)


def last_seq(ws: Workspace) -> int:
    conn = ws.engine.raw_connection()
    try:
        return int(_select(conn, "SELECT coalesce(max(seq), 0) FROM change_log")[1][0][0])
    finally:
        conn.close()


# --- the measures -------------------------------------------------------------------------------------


def join(root: Path, employees: int) -> tuple[Workspace, Workspace, str]:
    share = root / "share"
    share.mkdir()
    a = init_workspace(
        root / "a",
        agency="Dinas Demo",
        admin_password=DEMO_PASSWORD,
        passphrase="frasa-a",
        prefer_keyring=False,
    )
    admin_a = login(a, "admin", DEMO_PASSWORD)
    start = time.perf_counter()
    build_demo(admin_a, employees=employees)
    built = time.perf_counter() - start
    start = time.perf_counter()
    push = sy.sync_workspace(admin_a, str(share))
    pushed = time.perf_counter() - start
    file = sy.make_enrolment(admin_a, passphrase="daftar-uji-1")
    with timed(SyncEngine, "pull") as pull, verifies() as (author, device):
        start = time.perf_counter()
        b, report = sy.join_agency(
            file, "daftar-uji-1", root / "b", str(share), workspace_passphrase="frasa-b", prefer_keyring=False
        )
        seconds = time.perf_counter() - start
    if report.quarantined or report.pending or report.problems:
        NOTES.append(f"join: {report.quarantined} refused, {report.pending} pending, {report.problems[:3]}")
    _say("join: bare inserts of the same rows")
    schema, data, log = everything_of(b)
    rows_only = statistics.median(insert_fresh(root, schema, data) for _ in range(3))
    with_log = statistics.median(insert_fresh(root, schema, data + log) for _ in range(3))
    n, rows, batches = report.pulled, sum(len(r) for _, r in data), len(log[1][1])
    _row(
        f"join a {employees:,}-employee agency: {n:,} changes, {batches:,} batches, "
        f"{report.bundles_read} bundles (join_agency)",
        fmt_time(seconds),
        f"bare insert of the {rows:,} rows {fmt_time(rows_only)}",
        seconds / rows_only,
    )
    _row("  of which SyncEngine.pull", fmt_time(pull.seconds), fmt_time(rows_only), pull.seconds / rows_only)
    _row(
        "  pull vs bare insert of rows + change_log + change_batch",
        fmt_time(pull.seconds),
        fmt_time(with_log),
        pull.seconds / with_log,
    )
    _rate_row("  join rate (changes / join_agency)", n, seconds)
    _signature_rows("join", pull.seconds, report.bundles_read, batches, author, device)
    _row(
        f"  bytes on the share per change (push of {push.pushed:,})",
        f"{push.bytes_written / push.pushed:.0f} B",
        f"push took {fmt_time(pushed)}",
    )
    NOTES.append(
        f"join: the demo took {built:.1f} s to build, its push {pushed:.1f} s; join_agency's time beyond "
        "the pull is creating the workspace (Argon2id of its passphrase, schema) and the claim"
    )
    return a, b, str(share)


def _signature_rows(  # noqa: PLR0917 - one row group, its figures
    tag: str, pull: float, bundles: int, batches: int, author: Tally, device: Tally
) -> None:
    """The pull's Ed25519 verifies: timed in place, and replayed against bare verifies."""
    spent = author.seconds + device.seconds
    full, bare, ratio = replay(author.seen)
    verifies = author.calls + device.calls
    _row(
        f"  {tag}: one author signature check, replayed (verify_signature; {author.calls:,} in the pull)",
        f"{full * 1e6:.1f} µs",
        f"Ed25519PublicKey.verify {bare * 1e6:.1f} µs",
        ratio,
    )
    _row(
        f"  {tag}: signature checks per bundle, in the pull ({batches / bundles:,.1f} batches; "
        f"{verifies / bundles:,.1f} verifies incl. the device's)",
        fmt_time(spent / bundles),
        f"as many bare verifies {fmt_time(bare * verifies / bundles)}",
        spent / (bare * verifies),
    )
    _row(f"  {tag}: share of the pull in Ed25519 verifies", f"{100 * spent / pull:.1f} %", fmt_time(spent))


@dataclass
class Person:
    ctx: AppContext
    indicator: str


def office(ws: Workspace, authors: int, *, note: bool = True) -> list[Person]:
    """Up to ``authors`` demo people (by NIP) with an indicator of their approved SKP, logged in."""
    conn = ws.engine.raw_connection()
    try:
        _, users = _select(
            conn,
            "SELECT username FROM user_account WHERE employee_id IS NOT NULL AND active ORDER BY username",
        )
    finally:
        conn.close()
    people = []
    for (username,) in users:
        ctx = login(ws, username, DEMO_PASSWORD)
        indicators = worklog.loggable_indicators(ctx, year=YEAR)
        if indicators:
            people.append(Person(ctx, indicators[0].id))
        if len(people) == authors:
            break
    if note and len(people) < authors:
        NOTES.append(f"day: only {len(people)} demo people have an approved SKP to log on (asked {authors})")
    return people


def write_day(people: list[Person], entries: int, day: int) -> tuple[int, float]:
    """Each person logs ``entries`` entries and edits the first; (transactions, seconds)."""
    start = time.perf_counter()
    txns = 0
    for p in people:
        today = worklog.today_for(p.ctx)
        first = ""
        for i in range(entries):
            entry = worklog.log_work(
                p.ctx,
                indicator_id=p.indicator,
                work_date=today,
                text=f"Menyusun laporan kegiatan hari {day}, bagian {i + 1}",
                quantity="1",
            )
            first = first or entry
        worklog.edit_entry(p.ctx, entry_id=first, text=f"Menyusun laporan kegiatan hari {day} (diperbaiki)")
        txns += entries + 1
    return txns, time.perf_counter() - start


def day_of_edits(a: Workspace, b: Workspace, share: str, *, authors: int, entries: int, rounds: int) -> None:
    admin_a, admin_b = login(a, "admin", DEMO_PASSWORD), login(b, "admin", DEMO_PASSWORD)
    sy.sync_workspace(admin_b, share)  # b's own leftovers of the join (its admin's login, audit)
    sy.sync_workspace(admin_a, share)
    people = office(a, authors)
    sy.sync_workspace(admin_a, share)
    sy.sync_workspace(admin_b, share)  # the logins' side effects, so a day holds only the day
    pulls: list[Pull] = []
    bare_rows: list[float] = []
    bare_all: list[float] = []
    writes: list[float] = []
    pushes: list[float] = []
    txns = changes = batches = 0
    sent: list[int] = []
    for day in range(rounds):
        mark = last_seq(a)
        txns, took = write_day(people, entries, day)
        writes.append(took / txns)
        start = time.perf_counter()
        push = sy.sync_workspace(admin_a, share)
        pushes.append(time.perf_counter() - start)
        data, log, changes = written_since(a, mark)
        batches = len(log[1][1])
        sent.append(push.bytes_written)
        bare_rows.append(insert_rolled_back(b, data))
        bare_all.append(insert_rolled_back(b, data + log))
        pulled = sync_pull(admin_b, share)
        pulls.append(pulled)
        if pulled.report.pulled != changes:
            NOTES.append(f"day {day}: a logged {changes} changes, b pulled {pulled.report.pulled}")
        NOTES.append(
            f"day {day}: {txns} transactions, {changes} changes, {push.bundles_written} bundle(s), "
            f"{push.bytes_written:,} B; push {fmt_time(pushes[-1])}; b's sync {fmt_time(pulled.seconds)} "
            f"(pull {fmt_time(pulled.pull)}); bare {fmt_time(bare_rows[-1])} / {fmt_time(bare_all[-1])}"
        )
    sync = statistics.median(p.seconds for p in pulls)
    pull = statistics.median(p.pull for p in pulls)
    rows_only, with_log = statistics.median(bare_rows), statistics.median(bare_all)
    tag = f"day: {len(people)} people × {entries + 1} transactions ({changes:,} changes)"
    _row(
        f"{tag}, b's sync (median of {rounds})",
        fmt_time(sync),
        f"bare insert of the rows {fmt_time(rows_only)}",
        sync / rows_only,
    )
    _row("  same, its pull only (SyncEngine.pull)", fmt_time(pull), fmt_time(rows_only), pull / rows_only)
    _row(
        "  pull vs bare insert of rows + change_log + change_batch",
        fmt_time(pull),
        fmt_time(with_log),
        pull / with_log,
    )
    _row(
        f"  pull per batch ({batches:,} batches: one per transaction)",
        fmt_time(pull / batches),
        f"{changes / pull:,.0f} changes/s",
    )
    _row(
        "  bytes on the share per change (bundle, signatures, audit events)",
        f"{statistics.median(sent) / changes:.0f} B",
    )
    _row(f"  a's push (median of {rounds})", fmt_time(statistics.median(pushes)))
    _row("  a's writes: one log_work / edit_entry transaction (median)", fmt_time(statistics.median(writes)))
    mid = sorted(pulls, key=lambda p: p.pull)[len(pulls) // 2]
    _signature_rows("day", mid.pull, mid.report.bundles_read, batches, mid.author, mid.device)


# --- pull of one change into a big and a small workspace ---------------------------------------------

BIG_GOAL = 1.5  # issue 11: pull of 1 change into 1,000,000 rows ≤ 1.5× that into 10,000 rows
SNAPSHOT_GOAL = 30.0  # issue 11: a new laptop joins a 10,000-employee agency from a snapshot in < 30 s
FILL_CHUNK = 20_000  # filler rows per transaction


def synced_rows(ws: Workspace) -> int:
    """Rows in ``ws``'s synced tables."""
    conn = ws.engine.raw_connection()
    try:
        return sum(int(_select(conn, f'SELECT count(*) FROM "{name}"')[1][0][0]) for name in synced_tables())
    finally:
        conn.close()


def log_size(ws: Workspace) -> tuple[int, int]:
    """(change_log rows, change_batch rows) of ``ws``."""
    conn = ws.engine.raw_connection()
    try:
        log = int(_select(conn, "SELECT count(*) FROM change_log")[1][0][0])
        return log, int(_select(conn, "SELECT count(*) FROM change_batch")[1][0][0])
    finally:
        conn.close()


def fill_worklog(ws: Workspace, people: list[Person], rows: int, per_batch: int) -> float:
    """``rows`` work-log entries of ``people`` (logged in on ``ws``), written as ``log_work`` leaves
    them, in bulk: each row with its ``change_log`` entry (this laptop's origin and clock, the
    author the person), its ``row_owner`` row, and one ``change_batch`` per ``per_batch`` entries of
    one person, digest and Ed25519 signature computed by ``sync.batch`` with the person's own key.
    Never pushed: only this laptop's database grows. Returns the seconds it took."""
    rng = random.Random(11)
    days = [date(YEAR, 1, 1) + timedelta(days=d) for d in range(365)]
    days = [d for d in days if d.weekday() < 5]
    tables = {m: cast(Table, m.__table__) for m in (WorklogEntry, ChangeLog, ChangeBatch, RowOwner)}
    start = time.perf_counter()
    done = batch_no = 0
    while done < rows:
        entries: list[dict[str, Any]] = []
        log: list[dict[str, Any]] = []
        batches: list[dict[str, Any]] = []
        owners: list[dict[str, Any]] = []
        chunk = min(FILL_CHUNK, rows - done)
        while len(entries) < chunk:
            person = people[batch_no % len(people)]
            batch_no += 1
            signer, emp = person.ctx.signer, person.ctx.actor.employee_id
            assert signer is not None
            assert emp is not None
            run: list[tuple[str, str, str, dict[str, Any], bool]] = []
            for _ in range(min(per_batch, chunk - len(entries))):
                day = days[rng.randrange(len(days))]
                at = datetime.combine(day, datetime.min.time()) + timedelta(
                    hours=8, minutes=rng.randrange(480)
                )
                row = {
                    "id": new_id(),
                    "employee_id": emp,
                    "indicator_id": person.indicator,
                    "work_date": day,
                    "text": f"Menyusun laporan kegiatan dan memeriksa data, bagian {rng.randrange(1000)}",
                    "quantity": 1.0,
                    "evidence_filename": None,
                    "evidence_mime": None,
                    "evidence_size": None,
                    "evidence_sha256": None,
                    "realisation_id": None,
                    "created_at": at,
                    "updated_at": at,
                }
                entries.append(row)
                owners.append({"row_id": row["id"], "employee_id": emp})
                fields = {k: encode_value(v) for k, v in row.items() if k != "id"}
                run.append(("worklog_entry", row["id"], str(ws.clock.tick()), fields, False))
            digest = digest_of(ws.workspace_id, "user", signer.user_id, run)
            batches.append(
                {
                    "digest": digest,
                    "kind": "user",
                    "author": signer.user_id,
                    "signature": signer.sign(signing_message(ws.workspace_id, digest)).hex(),
                    "origin": ws.device_id,
                    "hlc": run[0][2],
                    "bundle_seq": None,
                }
            )
            log.extend(
                {
                    "hlc": h,
                    "table_name": t,
                    "row_id": r,
                    "fields": json.dumps(f, sort_keys=True, ensure_ascii=False),  # as the hook writes it
                    "deleted": False,
                    "origin": ws.device_id,
                    "author": signer.user_id,
                    "batch": digest,
                }
                for t, r, h, f, _ in run
            )
        with ws.sessions() as s, s.begin():
            conn = s.connection()
            conn.execute(insert(tables[WorklogEntry]), entries)
            conn.execute(insert(tables[ChangeBatch]), batches)
            conn.execute(insert(tables[ChangeLog]), log)
            conn.execute(insert(tables[RowOwner]).prefix_with("OR REPLACE"), owners)
        done += chunk
        if done % 200_000 < FILL_CHUNK or done == rows:
            _say(f"  filler: {done:,} of {rows:,} rows")
    return time.perf_counter() - start


def pull_only(ws: Workspace, share: str) -> tuple[float, SyncReport]:
    """Seconds of one ``SyncEngine.pull`` of ``ws`` (no push: its filler stays local)."""
    engine = SyncEngine(sy.replica_of(ws), sy.open_transport(share))
    start = time.perf_counter()
    engine.pull()
    return time.perf_counter() - start, engine.report


def big_pull(root: Path, *, employees: int, small: int, big: int, per_batch: int, reps: int) -> None:
    """One signed change made on *a* pulled into two joined laptops, of ``small`` and ``big`` rows."""
    share = root / "share"
    share.mkdir()
    a = init_workspace(
        root / "a",
        agency="Dinas Demo",
        admin_password=DEMO_PASSWORD,
        passphrase="frasa-a",
        prefer_keyring=False,
    )
    admin_a = login(a, "admin", DEMO_PASSWORD)
    build_demo(admin_a, employees=employees)
    sy.sync_workspace(admin_a, str(share))
    laptops: dict[str, Workspace] = {}
    for tag in ("small", "big"):
        file = sy.make_enrolment(admin_a, passphrase=f"daftar-{tag}-1", device_name=f"laptop-{tag}")
        laptops[tag], _ = sy.join_agency(
            file,
            f"daftar-{tag}-1",
            root / tag,
            str(share),
            workspace_passphrase=f"frasa-{tag}",
            prefer_keyring=False,
        )
    (author,) = office(a, 1)
    fillers = {tag: office(ws, 10**6, note=False) for tag, ws in laptops.items()}
    for _ in range(2):  # enrolments, logins: settled, so that a pull below holds only its one change
        sy.sync_workspace(admin_a, str(share))
        for ws in laptops.values():
            sy.sync_workspace(login(ws, "admin", DEMO_PASSWORD), str(share))
    sizes = {"small": small, "big": big}
    for tag, ws in laptops.items():
        have = synced_rows(ws)
        took = fill_worklog(ws, fillers[tag], max(0, sizes[tag] - have), per_batch)
        log, batches = log_size(ws)
        sizes[tag] = synced_rows(ws)
        NOTES.append(
            f"big/small: the {tag} laptop holds {sizes[tag]:,} synced rows ({have:,} from the "
            f"{employees}-employee demo), change_log {log:,} rows, change_batch {batches:,}; its filler of "
            f"{sizes[tag] - have:,} work-log entries by {len(fillers[tag])} people ({per_batch} per signed "
            f"batch) took {took:.0f} s"
        )
    times: dict[str, list[float]] = {"small": [], "big": []}
    for rep in range(reps + 1):  # the first round is a warm-up, reported in the notes only
        worklog.log_work(
            author.ctx,
            indicator_id=author.indicator,
            work_date=worklog.today_for(author.ctx),
            text=f"Memeriksa berkas usulan, putaran {rep}",
            quantity="1",
        )
        sy.sync_workspace(admin_a, str(share))  # a's push (its pull finds nothing new)
        order = ("small", "big") if rep % 2 == 0 else ("big", "small")
        for tag in order:
            seconds, report = pull_only(laptops[tag], str(share))
            if report.pulled != 1 or report.quarantined or report.pending or report.problems:
                NOTES.append(
                    f"big/small round {rep}, {tag}: pulled {report.pulled}, refused {report.quarantined}, "
                    f"pending {report.pending}, problems {report.problems[:2]}"
                )
            if rep == 0:
                NOTES.append(f"big/small warm-up round: {tag} pull {fmt_time(seconds)}")
            else:
                times[tag].append(seconds)
    s, b = statistics.median(times["small"]), statistics.median(times["big"])
    ROWS.append(
        Row(
            f"pull of 1 signed change (log_work on a) into {sizes['big']:,} rows vs {sizes['small']:,} "
            f"rows (SyncEngine.pull, median of {reps})",
            fmt_time(b),
            fmt_time(s),
            b / s,
            f"≤ {BIG_GOAL:g}×",
            b / s <= BIG_GOAL,
        )
    )
    _say(f"  pull of 1 change: big {fmt_time(b)}, small {fmt_time(s)}, {b / s:.2f}×")
    NOTES.append(
        "big/small pulls (s): small "
        + ", ".join(f"{t:.3f}" for t in times["small"])
        + "; big "
        + ", ".join(f"{t:.3f}" for t in times["big"])
    )
    for ws in (a, *laptops.values()):
        ws.close()


# --- a new laptop joins from a snapshot -----------------------------------------------------------------


def snapshot_join(root: Path, employees: int) -> None:
    """*a* builds a ``employees`` demo, pushes and leaves a snapshot; *b* joins from it, timed."""
    share = root / "share"
    share.mkdir()
    a = init_workspace(
        root / "a",
        agency="Dinas Demo",
        admin_password=DEMO_PASSWORD,
        passphrase="frasa-a",
        prefer_keyring=False,
    )
    admin_a = login(a, "admin", DEMO_PASSWORD)
    start = time.perf_counter()
    build_demo(admin_a, employees=employees)
    built = time.perf_counter() - start
    start = time.perf_counter()
    push = sy.sync_workspace(admin_a, str(share))
    pushed = time.perf_counter() - start
    _say(f"  snapshot: demo built in {built:.0f} s, pushed {push.pushed:,} changes in {pushed:.0f} s")
    start = time.perf_counter()
    snap = sy.sync_workspace(admin_a, str(share), snapshot=True)
    snapped = time.perf_counter() - start
    file = sy.make_enrolment(admin_a, passphrase="daftar-uji-1")
    _say("  snapshot: b joins")
    with (
        timed(SyncEngine, "pull") as pull,
        timed(snapshot, "bootstrap") as boot,
        verifies() as (author, device),
    ):
        start = time.perf_counter()
        b, report = sy.join_agency(
            file, "daftar-uji-1", root / "b", str(share), workspace_passphrase="frasa-b", prefer_keyring=False
        )
        seconds = time.perf_counter() - start
    if report.quarantined or report.pending or report.problems:
        NOTES.append(
            f"snapshot join: {report.quarantined} refused, {report.pending} pending, {report.problems[:3]}"
        )
    _say(f"  snapshot join {seconds:.1f} s; bare inserts of the same rows")
    schema, data, log = everything_of(b)
    rows_only = insert_fresh(root, schema, data)
    with_log = insert_fresh(root, schema, data + log)
    n, rows, batches = report.pulled, sum(len(r) for _, r in data), len(log[1][1])
    ROWS.append(
        Row(
            f"join a {employees:,}-employee agency from a snapshot: {n:,} changes, {batches:,} batches, "
            f"{report.bundles_read} bundles read (join_agency)",
            fmt_time(seconds),
            f"bare insert of the {rows:,} rows {fmt_time(rows_only)}",
            seconds / rows_only,
            f"< {SNAPSHOT_GOAL:g} s",
            seconds < SNAPSHOT_GOAL,
        )
    )
    _say(f"  snapshot join: {fmt_time(seconds)}")
    _row(
        "  of which snapshot.bootstrap", fmt_time(boot.seconds), fmt_time(rows_only), boot.seconds / rows_only
    )
    _row(
        "  bootstrap vs bare insert of rows + change_log + change_batch",
        fmt_time(boot.seconds),
        fmt_time(with_log),
        boot.seconds / with_log,
    )
    _row("  of which SyncEngine.pull after it (bundles past the snapshot)", fmt_time(pull.seconds))
    _rate_row("  snapshot join rate (changes / join_agency)", n, seconds)
    _signature_rows("snapshot", boot.seconds, 1, batches, author, device)
    NOTES.append(
        f"snapshot: the demo took {built:.0f} s to build, its push of {push.pushed:,} changes {pushed:.0f} s, "
        f"writing the snapshot {snapped:.0f} s ({snap.bytes_written:,} B, "
        f"{snap.bytes_written / max(1, push.pushed):.0f} B per change); bare inserts 1 run each"
    )
    a.close()
    b.close()


def main() -> None:
    p = base_parser(__doc__ or "", employees=600, reps=3)  # --reps: days synced, for the medians
    p.add_argument("--authors", type=int, default=600, help="people who log work on the day (default 600)")
    p.add_argument("--entries", type=int, default=2, help="entries each logs, plus one edit (default 2)")
    p.add_argument("--skip-default", action="store_true", help="skip the join and day measures")
    p.add_argument(
        "--big-rows", type=int, default=0, help="pull 1 change into a workspace of this many rows (0: off)"
    )
    p.add_argument(
        "--small-rows", type=int, default=10_000, help="… against one of this many (default 10,000)"
    )
    p.add_argument("--big-employees", type=int, default=60, help="demo under the filler (default 60)")
    p.add_argument("--big-batch", type=int, default=1, help="filler entries per signed batch (default 1)")
    p.add_argument("--big-reps", type=int, default=5, help="pulls of each, after a warm-up (default 5)")
    p.add_argument(
        "--snapshot-employees", type=int, default=0, help="join an agency this large from a snapshot (0: off)"
    )
    args = p.parse_args()
    started = time.perf_counter()
    load = os.getloadavg()
    with work_dir(args.workdir) as root:
        if not args.skip_default:
            _say(f"join: demo of {args.employees:,} employees")
            a, b, share = join(root, args.employees)
            _say("day of edits")
            day_of_edits(a, b, share, authors=args.authors, entries=args.entries, rounds=args.reps)
            a.close()
            b.close()
        if args.big_rows:
            _say(f"pull of 1 change: {args.big_rows:,} vs {args.small_rows:,} rows")
            (root / "big").mkdir()
            big_pull(
                root / "big",
                employees=args.big_employees,
                small=args.small_rows,
                big=args.big_rows,
                per_batch=args.big_batch,
                reps=args.big_reps,
            )
            NOTES.append(f"after the big/small pulls: load average {os.getloadavg()[0]:.2f}")
        if args.snapshot_employees:
            _say(f"snapshot join: demo of {args.snapshot_employees:,} employees")
            (root / "snap").mkdir()
            snapshot_join(root / "snap", args.snapshot_employees)
    NOTES.append(
        f"whole run {time.perf_counter() - started:.0f} s; load average at start {load[0]:.2f}, at end "
        f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; arguments {vars(args)}"
    )
    print_table("bench_sync.py: sync of signed changes through a share folder", ROWS, NOTES)


if __name__ == "__main__":
    main()
