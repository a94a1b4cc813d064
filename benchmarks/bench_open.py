"""Opening a 10,000-employee workspace: goal under 0.5 s to an unlocked session.

An unlocked session is ``open_workspace(path, passphrase=...)`` + ``login`` as admin + one list
query (the first page of ``visible_employees``). The workspace is built once (or given with
``--workspace``, e.g. one made by ``asn-desktop-cli demo DIR --employees 10000``), then opened
``--reps`` times. The breakdown comes from timing wrappers put around the functions
``open_workspace`` calls (in this process only; nothing is changed on disk). Baseline: a bare
``sqlcipher3.connect`` + ``PRAGMA key`` + the same first-page SELECT on the same file.

The passphrase KDF (Argon2id, 64 MiB) is deliberately slow and reported on its own line. With
``ASN_FAST_HASH=1`` the admin's password hash is cheap, so the login line understates a real
login; the verify cost at production parameters is measured apart and added in a projected line.

    python benchmarks/bench_open.py [--employees 10000] [--reps 7] [--workspace DIR]
"""

from __future__ import annotations

import os
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3
from _common import (
    Row,
    Stats,
    employee_list_sql,
    fmt_time,
    new_demo_workspace,
    print_table,
    time_calls,
    work_dir,
)
from _common import base_parser as make_parser
from argon2 import PasswordHasher

import asn_desktop.services.workspace as workspace_module
from asn_desktop.security.kdf import DEFAULT_PARAMS
from asn_desktop.services.context import DB_FILE
from asn_desktop.services.demo import DEMO_PASSPHRASE, DEMO_PASSWORD
from asn_desktop.services.directory import EmployeeFilter, visible_employees
from asn_desktop.services.workspace import login, open_workspace
from asn_desktop.store import migrate
from asn_desktop.store.engine import connect_raw

GOAL_S = 0.5
PHASES = (
    "key unseal (open_keystore)",
    "engine open (make_engine)",
    "migration check",
    "assemble (clock, hooks)",
)


class PhaseTimer:
    """Wraps module attributes so each call adds its wall time to a named phase."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = defaultdict(float)
        self._undo: list[tuple[Any, str, Any]] = []

    def wrap(self, owner: Any, name: str, phase: str) -> None:
        original: Callable[..., Any] = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.spent[phase] += time.perf_counter() - start

        setattr(owner, name, timed)
        self._undo.append((owner, name, original))

    def take(self) -> dict[str, float]:
        spent, self.spent = dict(self.spent), defaultdict(float)
        return spent

    def restore(self) -> None:
        for owner, name, original in reversed(self._undo):
            setattr(owner, name, original)
        self._undo.clear()


def unlock_once(path: Path, passphrase: str, timer: PhaseTimer) -> dict[str, float]:
    """One full unlock; returns the seconds of each phase and the total."""
    t0 = time.perf_counter()
    ws = open_workspace(path, passphrase=passphrase)
    t1 = time.perf_counter()
    ctx = login(ws, "admin", DEMO_PASSWORD)
    t2 = time.perf_counter()
    rows = visible_employees(ctx, EmployeeFilter(), limit=200)
    t3 = time.perf_counter()
    ws.close()
    assert len(rows) == 200, "the first page should be full"
    spent = timer.take()
    spent["open_workspace, the rest (device.json, agency id)"] = (t1 - t0) - sum(spent.values())
    spent["login admin (fast hash)"] = t2 - t1
    spent["first list query (200 rows)"] = t3 - t2
    spent["total"] = t3 - t0
    return spent


def main(argv: list[str] | None = None) -> int:
    p = make_parser("Open a workspace to an unlocked session", employees=10000, reps=7)
    p.add_argument("--workspace", help="an existing demo workspace to open (skips the build)")
    args = p.parse_args(argv)
    reps = max(5, args.reps)
    passphrase = os.environ.get("ASN_PASSPHRASE") or DEMO_PASSPHRASE

    with work_dir(args.workdir) as root:
        if args.workspace:
            path, built = Path(args.workspace), "given"
        else:
            path = root / "ws"
            started = time.perf_counter()
            new_demo_workspace(path, args.employees, passphrase=passphrase).close()
            built = f"built in {time.perf_counter() - started:.1f} s"
        db = path / DB_FILE

        timer = PhaseTimer()
        timer.wrap(workspace_module, "open_keystore", PHASES[0])
        timer.wrap(workspace_module, "make_engine", PHASES[1])
        timer.wrap(migrate, "current_revision", PHASES[2])
        timer.wrap(migrate, "head_revision", PHASES[2])
        timer.wrap(workspace_module, "_assemble", PHASES[3])
        try:
            unlock_once(path, passphrase, timer)  # warm-up: imports, OS file cache
            runs = [unlock_once(path, passphrase, timer) for _ in range(reps)]
        finally:
            timer.restore()

        ws = open_workspace(path, passphrase=passphrase)
        key = bytes(ws.secrets["db_key"])
        with ws.engine.connect() as conn:
            employees = conn.exec_driver_sql("SELECT count(*) FROM employee").scalar_one()
        ws.close()
        size_mb = db_size_mb(db)
        sql, params = employee_list_sql()

        def bare() -> None:
            conn = sqlcipher3.connect(str(db))
            conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
            conn.execute(sql, params).fetchall()
            conn.close()

        baseline = time_calls(bare, reps * 3)
        one_connect = time_calls(lambda: connect_raw(db, key).close(), reps * 3)
        fast = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        prod = PasswordHasher()
        fast_hash, prod_hash = fast.hash(DEMO_PASSWORD), prod.hash(DEMO_PASSWORD)
        fast_verify = time_calls(lambda: fast.verify(fast_hash, DEMO_PASSWORD), reps, warmup=1)
        prod_verify = time_calls(lambda: prod.verify(prod_hash, DEMO_PASSWORD), reps, warmup=1)

    def stats(name: str) -> Stats:
        return Stats(tuple(r.get(name, 0.0) for r in runs))

    total = stats("total")
    kdf = stats(PHASES[0])
    without_kdf = Stats(tuple(r["total"] - r[PHASES[0]] for r in runs))
    extra_login = prod_verify.median - fast_verify.median
    projected = total.median + extra_login
    ratio = total.median / baseline.median
    rows = [
        Row(
            "open + login + first list: total",
            f"{fmt_time(total.median)} (p95 {fmt_time(total.p95)})",
            fmt_time(baseline.median),
            ratio,
            f"< {GOAL_S:g} s",
            total.median < GOAL_S,
        ),
    ]
    for name in (*PHASES, *(k for k in runs[0] if k not in PHASES and k != "total")):
        rows.append(Row(f"  {name}", fmt_time(stats(name).median), "", None, "", None))
    rows += [
        Row(
            "total without the KDF",
            fmt_time(without_kdf.median),
            fmt_time(baseline.median),
            without_kdf.median / baseline.median,
            "-",
            None,
        ),
        Row(
            "projected total, production password hash",
            fmt_time(projected),
            "",
            None,
            f"< {GOAL_S:g} s",
            projected < GOAL_S,
        ),
        Row("one connect_raw (key, schema read, PRAGMAs)", fmt_time(one_connect.median), "", None, "", None),
    ]
    notes = [
        f"workspace: {employees} employees, {built}, asn.db {size_mb:.0f} MB; "
        f"{reps} opens after one warm-up; OS file cache warm",
        f"KDF: Argon2id t={DEFAULT_PARAMS.time_cost}, m={DEFAULT_PARAMS.memory_cost // 1024} MiB, "
        f"p={DEFAULT_PARAMS.parallelism}: median {fmt_time(kdf.median)} of the open "
        "(the whole key unseal line)",
        f"password verify: fast (ASN_FAST_HASH) {fmt_time(fast_verify.median)}, production argon2-cffi "
        f"default {fmt_time(prod_verify.median)}; the projected line adds the difference "
        f"({fmt_time(extra_login)})",
        f"spread of totals: min {fmt_time(total.minimum)}, max {fmt_time(max(total.samples))}, "
        f"stdev {fmt_time(statistics.pstdev(total.samples))}",
        "baseline: sqlcipher3.connect + PRAGMA key (raw key) + the first-page SELECT, fetchall, close",
    ]
    print_table("Open a workspace to an unlocked session (medians)", rows, notes)
    return 0


def db_size_mb(db: Path) -> float:
    return sum(f.stat().st_size for f in db.parent.glob(db.name + "*")) / 1e6


if __name__ == "__main__":
    raise SystemExit(main())
