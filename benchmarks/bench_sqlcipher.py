"""SQLCipher vs plain SQLite on the app's own workload. Goal: ≤ 1.15× at the median.

The demo agency is built once, encrypted, by the normal path. The baseline is an unencrypted copy
of the same database (``sqlcipher_export`` into a ``KEY ''`` attachment), opened by default with
the same ``sqlcipher3`` driver and no key, so that only encryption differs (``--baseline sqlite3``
uses the standard library's sqlite3 instead, which also changes the SQLite build). Both engines
get the same pool, PRAGMAs and BEGIN hook; the same query functions run on both, interleaved.

    python benchmarks/bench_sqlcipher.py [--employees 5000] [--reps 40] [--build-employees 2000]
"""

from __future__ import annotations

import random
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from _common import (
    YEAR,
    Driver,
    Row,
    Stats,
    connect_plain,
    export_plaintext,
    new_demo_workspace,
    page_info,
    plain_engine,
    print_table,
    ratio_row,
    time_pair,
    work_dir,
)
from _common import base_parser as make_parser
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from asn_desktop.services.context import DB_FILE, AppContext
from asn_desktop.services.demo import DEMO_PASSWORD, build_demo
from asn_desktop.services.workspace import init_workspace
from asn_desktop.store.engine import connect_raw, make_engine, make_session_factory
from asn_desktop.store.models import Employee, Unit
from asn_desktop.store.queries import (
    EmployeeFilter,
    count_employees,
    list_employees,
    predikat_counts,
    unit_status,
)
from asn_desktop.sync.changelog import track_changes

GOAL = 1.15
PERIOD = str(YEAR)  # Period.annual(YEAR).key
UPDATES = 500


def read_workload(enc: Engine) -> list[tuple[str, Callable[[Session], object]]]:
    with Session(enc) as s:
        busiest_unit = s.execute(
            select(Employee.unit_id).group_by(Employee.unit_id).order_by(func.count().desc()).limit(1)
        ).scalar_one()
        all_units = list(s.scalars(select(Unit.id)))
    return [
        ("list_employees, no filter", lambda s: list_employees(s, EmployeeFilter())),
        ("list_employees, name 'Sari'", lambda s: list_employees(s, EmployeeFilter(text="Sari"))),
        ("list_employees, NIP '1985'", lambda s: list_employees(s, EmployeeFilter(text="1985"))),
        ("list_employees, one unit", lambda s: list_employees(s, EmployeeFilter(unit_id=busiest_unit))),
        ("count_employees, no filter", lambda s: count_employees(s, EmployeeFilter())),
        ("unit_status, one unit", lambda s: unit_status(s, busiest_unit, YEAR, PERIOD)),
        (f"predikat_counts, {len(all_units)} units", lambda s: predikat_counts(s, all_units, PERIOD)),
    ]


def in_session(engine: Engine, fn: Callable[[Session], object]) -> Callable[[], object]:
    sessions = make_session_factory(engine)

    def run() -> object:
        with sessions() as s:
            return fn(s)

    return run


def one_update_per_txn(engine: Engine, ids: list[str], tag: str) -> list[float]:
    samples = []
    for i, emp in enumerate(ids):
        start = time.perf_counter()
        with engine.begin() as conn:
            conn.execute(update(Employee).where(Employee.id == emp).values(email=f"{tag}{i}@bench.example"))
        samples.append(time.perf_counter() - start)
    return samples


def updates_in_one_txn(engine: Engine, ids: list[str], tag: str) -> Callable[[], object]:
    def run() -> None:
        with engine.begin() as conn:
            for i, emp in enumerate(ids):
                conn.execute(update(Employee).where(Employee.id == emp).values(email=f"{tag}{i}@b.example"))

    return run


def write_rows(enc: Engine, plain: Engine, reps: int) -> list[Row]:
    with Session(enc) as s:
        ids = list(s.scalars(select(Employee.id).order_by(Employee.id)))
    picked = random.Random(7).choices(ids, k=UPDATES)
    ours: list[float] = []
    base: list[float] = []
    for rnd in range(3):  # three rounds of 500, alternating which side goes first
        first, second = ((enc, ours), (plain, base)) if rnd % 2 == 0 else ((plain, base), (enc, ours))
        for engine, out in (first, second):
            out.extend(one_update_per_txn(engine, picked, f"r{rnd}-"))
    many_ours, many_base = time_pair(
        updates_in_one_txn(enc, picked, "m"), updates_in_one_txn(plain, picked, "m"), max(5, reps // 8)
    )
    return [
        ratio_row("UPDATE employee, 1 per txn", Stats(tuple(ours)), Stats(tuple(base)), GOAL, p95=True),
        ratio_row(f"{UPDATES} UPDATEs in 1 txn", many_ours, many_base, GOAL),
    ]


def scan_row(enc_path: Path, key: bytes, plain_path: Path, driver: Driver, reps: int) -> Row:
    """Not part of the goal: a raw full read of change_log, larger than SQLite's page cache, so
    (unlike the app queries above) nearly every page is decrypted again on each pass."""
    enc_conn: Any = connect_raw(enc_path, key)
    plain_conn: Any = connect_plain(plain_path, driver)
    sql = "SELECT count(*), sum(length(fields)) FROM change_log"
    o, b = time_pair(
        lambda: enc_conn.execute(sql).fetchall(), lambda: plain_conn.execute(sql).fetchall(), reps
    )
    enc_conn.close()
    plain_conn.close()
    return ratio_row("info: full scan of change_log (raw SQL)", o, b, None)


def build_once(folder: Path, employees: int, *, encrypted: bool, driver: Driver) -> float:
    """Seconds ``build_demo`` takes into a fresh workspace, encrypted or an unencrypted copy.

    The unencrypted case reuses only public pieces: the new workspace's (empty) database is
    exported to plaintext, then the workspace gets an engine on that copy and its own
    change-tracking session factory; ``build_demo`` itself is unchanged.
    """
    ws = init_workspace(
        folder,
        agency="Badan Demo Benchmark",
        admin_password=DEMO_PASSWORD,
        passphrase="bench-passphrase",
        prefer_keyring=False,
    )
    if not encrypted:
        key = ws.secrets["db_key"]
        ws.engine.dispose()
        plain_path = folder / "plain.db"
        export_plaintext(folder / DB_FILE, key, plain_path)
        engine = plain_engine(plain_path, driver)
        sessions = make_session_factory(engine)
        track_changes(sessions, ws.clock, ws.device_id)
        ws = replace(ws, engine=engine, sessions=sessions, secrets=dict(ws.secrets))
    start = time.perf_counter()
    build_demo(AppContext.system(ws), employees=employees, seed=1)
    elapsed = time.perf_counter() - start
    ws.close()
    return elapsed


def build_rows(root: Path, employees: int, reps: int, driver: Driver) -> list[Row]:
    ours: list[float] = []
    base: list[float] = []
    for i in range(reps):
        order = (True, False) if i % 2 == 0 else (False, True)
        for encrypted in order:
            folder = root / f"build-{i}-{'enc' if encrypted else 'plain'}"
            (ours if encrypted else base).append(
                build_once(folder, employees, encrypted=encrypted, driver=driver)
            )
            shutil.rmtree(folder)
    return [ratio_row(f"build_demo, {employees} employees", Stats(tuple(ours)), Stats(tuple(base)), GOAL)]


def main(argv: list[str] | None = None) -> int:
    p = make_parser("SQLCipher vs plain SQLite on the app workload", employees=5000, reps=40)
    p.add_argument("--baseline", choices=["sqlcipher3", "sqlite3"], default="sqlcipher3")
    p.add_argument("--build-employees", type=int, default=2000, help="demo build size (0: skip)")
    p.add_argument("--build-reps", type=int, default=3)
    args = p.parse_args(argv)
    driver: Driver = args.baseline

    with work_dir(args.workdir) as root:
        started = time.perf_counter()
        ws = new_demo_workspace(root / "enc", args.employees)
        built = time.perf_counter() - started
        enc_path, key = ws.path / DB_FILE, ws.secrets["db_key"]
        ws.close()
        plain_path = root / "plain.db"
        export_plaintext(enc_path, key, plain_path)
        enc, plain = make_engine(enc_path, key), plain_engine(plain_path, driver)
        raw_enc: Any = connect_raw(enc_path, key)
        raw_plain: Any = connect_plain(plain_path, driver)
        layout = f"encrypted {page_info(raw_enc)}; plain {page_info(raw_plain)}"
        raw_enc.close()
        raw_plain.close()

        rows: list[Row] = []
        for name, fn in read_workload(enc):
            o, b = time_pair(in_session(enc, fn), in_session(plain, fn), args.reps)
            rows.append(ratio_row(name, o, b, GOAL))
        rows += write_rows(enc, plain, args.reps)
        ratios = [r.ratio for r in rows if r.ratio is not None]
        overall = statistics.median(ratios)
        scan = scan_row(enc_path, key, plain_path, driver, max(5, args.reps // 8))
        rows.append(
            Row("overall (median of the ratios above)", "", "", overall, f"≤ {GOAL:g}×", overall <= GOAL)
        )
        rows.append(scan)
        enc.dispose()
        plain.dispose()

        notes = [
            f"{args.employees} employees, demo built encrypted in {built:.1f} s; "
            f"{args.reps} reps per read query",
            f"baseline: unencrypted sqlcipher_export copy opened with {driver}"
            + (" without a key (only encryption differs)" if driver == "sqlcipher3" else ""),
            layout,
            f"writes: {UPDATES} single-row UPDATEs x 3 rounds, each its own transaction "
            "(WAL, synchronous=NORMAL)",
        ]
        if args.build_employees > 0:
            build = build_rows(root, args.build_employees, args.build_reps, driver)
            rows += build
            notes.append(
                f"build_demo: {args.build_reps} builds per side, timed without init_workspace; "
                "the plain side swaps in an engine on a plaintext export of the new workspace's "
                "database (no core change)"
            )
        print_table("SQLCipher vs plain SQLite (medians; ratio = encrypted / plain)", rows, notes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
