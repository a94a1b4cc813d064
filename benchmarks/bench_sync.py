"""Sync of signed changes through a share folder, against bare baselines in the same run.

    .venv/bin/python benchmarks/bench_sync.py [--employees 600] [--authors 200] [--entries 3]
        [--reps 3] [--workdir DIR]

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

No assertions: a table (ratios are ours / baseline) and notes.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's code, not an installed one

from _common import Row, base_parser, fmt_time, print_table, work_dir  # _env first: fast hashes, no keyring
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from asn_desktop.security import userkeys
from asn_desktop.services import sync as sy
from asn_desktop.services import worklog
from asn_desktop.services.context import AppContext, Workspace
from asn_desktop.services.demo import DEMO_PASSWORD, build_demo
from asn_desktop.services.workspace import init_workspace, login
from asn_desktop.store.engine import connect_raw
from asn_desktop.sync import authz, bundle
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


def office(ws: Workspace, authors: int) -> list[Person]:
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
    if len(people) < authors:
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


def main() -> None:
    p = base_parser(__doc__ or "", employees=600, reps=3)  # --reps: days synced, for the medians
    p.add_argument("--authors", type=int, default=600, help="people who log work on the day (default 600)")
    p.add_argument("--entries", type=int, default=2, help="entries each logs, plus one edit (default 2)")
    args = p.parse_args()
    started = time.perf_counter()
    load = os.getloadavg()
    with work_dir(args.workdir) as root:
        _say(f"join: demo of {args.employees:,} employees")
        a, b, share = join(root, args.employees)
        _say("day of edits")
        day_of_edits(a, b, share, authors=args.authors, entries=args.entries, rounds=args.reps)
        a.close()
        b.close()
    NOTES.append(
        f"whole run {time.perf_counter() - started:.0f} s; load average at start {load[0]:.2f}, at end "
        f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores; arguments {vars(args)}"
    )
    print_table("bench_sync.py: sync of signed changes through a share folder", ROWS, NOTES)


if __name__ == "__main__":
    main()
