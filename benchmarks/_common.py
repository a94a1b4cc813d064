"""Helpers the benchmarks share: timing, the result table, demo workspaces, plaintext copies.

Import this module before any ``asn_desktop`` module: it imports ``_env`` first, which sets
``ASN_FAST_HASH=1`` and disables the keyring.
"""

from __future__ import annotations

import argparse
import math
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import _env  # noqa: F401  (side effects: ASN_FAST_HASH=1 and no keyring, before the project loads)
import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from asn_desktop.services.context import AppContext, Workspace
from asn_desktop.services.demo import DEMO_PASSPHRASE, DEMO_PASSWORD, build_demo
from asn_desktop.services.workspace import init_workspace
from asn_desktop.store.engine import connect_raw

Driver = Literal["sqlcipher3", "sqlite3"]
YEAR = 2026  # build_demo's default year: SKPs and the annual assessments belong to it


# --- timing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stats:
    """Wall-clock samples of one figure, in seconds."""

    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        ordered = sorted(self.samples)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]

    @property
    def minimum(self) -> float:
        return min(self.samples)


def time_calls(fn: Callable[[], object], reps: int, *, warmup: int = 2) -> Stats:
    """Call ``fn`` ``warmup`` times untimed, then ``reps`` times timed."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return Stats(tuple(samples))


def time_pair(
    ours: Callable[[], object], baseline: Callable[[], object], reps: int, *, warmup: int = 2
) -> tuple[Stats, Stats]:
    """Time two callables interleaved (alternating which goes first), so drift hits both alike."""
    for _ in range(warmup):
        ours()
        baseline()
    a: list[float] = []
    b: list[float] = []
    for i in range(reps):
        pair = ((ours, a), (baseline, b)) if i % 2 == 0 else ((baseline, b), (ours, a))
        for fn, out in pair:
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return Stats(tuple(a)), Stats(tuple(b))


# --- the table ----------------------------------------------------------------------------------


def fmt_time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.0f} µs"


@dataclass(frozen=True)
class Row:
    """One line of a result table; ``ok`` is None for a figure that has no goal of its own."""

    figure: str
    ours: str
    baseline: str
    ratio: float | None
    goal: str
    ok: bool | None


def ratio_row(figure: str, ours: Stats, baseline: Stats, goal: float | None, *, p95: bool = False) -> Row:
    """Medians (and p95 when asked) of both sides and their ratio, checked against ``goal``×."""
    ratio = ours.median / baseline.median
    if p95:
        o = f"{fmt_time(ours.median)} (p95 {fmt_time(ours.p95)})"
        b = f"{fmt_time(baseline.median)} (p95 {fmt_time(baseline.p95)})"
    else:
        o, b = fmt_time(ours.median), fmt_time(baseline.median)
    if goal is None:
        return Row(figure, o, b, ratio, "-", None)
    return Row(figure, o, b, ratio, f"≤ {goal:g}×", ratio <= goal)


def print_table(title: str, rows: list[Row], notes: list[str] | None = None) -> None:
    header = ("figure", "ours", "baseline", "ratio", "goal", "verdict")
    cells = [
        (
            r.figure,
            r.ours,
            r.baseline,
            "-" if r.ratio is None else f"{r.ratio:.2f}×",
            r.goal,
            "" if r.ok is None else ("ok" if r.ok else "MISSED"),
        )
        for r in rows
    ]
    widths = [max(len(str(c[i])) for c in [header, *cells]) for i in range(len(header))]

    def line(cols: tuple[str, ...]) -> str:
        return "  ".join(
            c.ljust(w) if i in {0, 4, 5} else c.rjust(w)
            for i, (c, w) in enumerate(zip(cols, widths, strict=True))
        ).rstrip()

    print(f"\n{title}")
    print(line(header))
    print(line(tuple("-" * w for w in widths)))
    for c in cells:
        print(line(c))
    for note in notes or []:
        print(f"note: {note}")


# --- the employee list, written by hand ----------------------------------------------------------

EMPLOYEE_FROM = """
FROM employee AS e
JOIN unit AS u ON u.id = e.unit_id
LEFT OUTER JOIN position AS p ON p.id = e.position_id
LEFT OUTER JOIN employee AS s ON s.id = e.supervisor_id
WHERE e.active IS 1"""
EMPLOYEE_COLUMNS = (
    "SELECT e.id, e.nip, e.name, e.employee_type, e.unit_id, u.name, p.name, e.supervisor_id, s.name"
)


def employee_where(text: str, supervisor_id: str | None) -> tuple[str, list[Any]]:
    """The WHERE tail ``store.queries._employee_select`` builds, by hand (``ilike``: lower() LIKE lower())."""
    sql, params = "", []
    if supervisor_id:
        sql += " AND e.supervisor_id = ?"
        params.append(supervisor_id)
    text = text.strip()
    if text:
        digits = text.replace(" ", "")
        if digits.isdigit():
            sql += " AND e.nip >= ? AND e.nip < ?"
            params += [digits, digits[:-1] + chr(ord(digits[-1]) + 1)]
        else:
            sql += " AND lower(e.name) LIKE lower(?)"
            params.append(f"%{text}%")
    return sql, params


def employee_list_sql(
    text: str = "", supervisor_id: str | None = None, limit: int = 200
) -> tuple[str, tuple[Any, ...]]:
    """``list_employees``' statement by hand: same joins, where, order, limit."""
    where, params = employee_where(text, supervisor_id)
    sql = f"{EMPLOYEE_COLUMNS}{EMPLOYEE_FROM}{where}\nORDER BY e.name, e.id LIMIT ? OFFSET ?"
    return sql, (*params, limit, 0)


# --- workspaces and databases -----------------------------------------------------------------


def base_parser(description: str, *, employees: int, reps: int) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--employees", type=int, default=employees, help=f"demo size (default {employees})")
    p.add_argument("--reps", type=int, default=reps, help=f"timed repetitions per figure (default {reps})")
    p.add_argument("--workdir", help="build in this (empty or new) folder and keep it; default: a temp dir")
    return p


@contextmanager
def work_dir(path: str | None) -> Iterator[Path]:
    """``path`` (created, kept afterwards), or a temporary folder removed at the end."""
    if path:
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        yield folder
        return
    with tempfile.TemporaryDirectory(prefix="asn-bench-") as tmp:
        yield Path(tmp)


def new_demo_workspace(
    path: Path, employees: int, *, seed: int = 1, passphrase: str = DEMO_PASSPHRASE
) -> Workspace:
    """The normal path: ``init_workspace`` with a passphrase (no keyring), then ``build_demo``."""
    ws = init_workspace(
        path,
        agency="Badan Demo Benchmark",
        admin_password=DEMO_PASSWORD,
        passphrase=passphrase,
        prefer_keyring=False,
    )
    build_demo(AppContext.system(ws), employees=employees, seed=seed)
    return ws


def export_plaintext(encrypted: Path, key: bytes, target: Path) -> None:
    """An unencrypted copy of ``encrypted`` through ``sqlcipher_export`` (SQLCipher's documented way)."""
    conn = connect_raw(encrypted, key)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()


def connect_plain(path: Path, driver: Driver = "sqlcipher3") -> Any:
    """``connect_raw`` without the key: the same driver flags and PRAGMAs, no encryption."""
    module: Any = sqlcipher if driver == "sqlcipher3" else sqlite3
    conn = module.connect(str(path), check_same_thread=False, isolation_level=None)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def plain_engine(path: Path, driver: Driver = "sqlcipher3") -> Engine:
    """``store.engine.make_engine`` for an unencrypted file: same pool, same BEGIN hook."""
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect_plain(path, driver),
        module=sqlcipher if driver == "sqlcipher3" else sqlite3,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def page_info(conn: Any) -> str:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    return f"{pages} pages of {size} B, {free} free"
