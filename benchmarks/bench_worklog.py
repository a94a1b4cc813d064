"""The daily work log's reads vs the raw SQL they run, on the same encrypted engine.

One pegawai with ``--entries`` entries (default 5,000) spread over the working days of a year on
the indicators of their approved SKP, in a demo agency. Goal: ≤ 2× at the median.

* ``list_entries`` of one week (as the pegawai) vs the same SELECT (entries joined to their
  indicator's text, ordered) by hand;
* ``propose_realisation`` of a quarter for the indicator with the most entries vs its statements
  by hand (indicator, RHK, SKP, employee, the period's realisation, the entries) followed by the
  same pure ``domain.worklog.roll_up`` — so the ratio is what the service layer adds.

Both baselines run on a DB-API connection checked out of the workspace's own engine (same
SQLCipher key and PRAGMAs), fetchall, no explicit transaction. Calls are interleaved.

    python benchmarks/bench_worklog.py [--employees 200] [--entries 5000] [--reps 100]
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from _common import YEAR, Row, new_demo_workspace, print_table, ratio_row, time_calls, time_pair, work_dir
from _common import base_parser as make_parser
from sqlalchemy import func, select

from asn_desktop.domain import worklog as rules
from asn_desktop.domain.ids import new_id
from asn_desktop.domain.period import Period
from asn_desktop.services import worklog as wl
from asn_desktop.services import worklog_rollup as rollup
from asn_desktop.services.demo import DEMO_PASSWORD
from asn_desktop.services.workspace import login
from asn_desktop.store.models import Employee, Indicator, Rhk, Skp, User, WorklogEntry
from asn_desktop.sync.changelog import bulk_insert

GOAL = 2.0
QUARTER = Period.parse(f"{YEAR}-Q2")
WEEK = rules.week_start(date(YEAR, 5, 13))

SUBJECT_SQL = "SELECT id, supervisor_id FROM employee WHERE id = ?"
LIST_SQL = """
SELECT e.id, e.indicator_id, i.text, e.work_date, e.text, e.quantity, e.evidence_filename,
       e.evidence_size, e.realisation_id
FROM worklog_entry AS e JOIN indicator AS i ON i.id = e.indicator_id
WHERE e.employee_id = ? AND e.work_date >= ? AND e.work_date <= ?
ORDER BY e.work_date, e.created_at"""
PROPOSE_SQL = (
    ("SELECT *, rhk_id FROM indicator WHERE id = ?", "ind"),
    ("SELECT *, skp_id FROM rhk WHERE id = ?", "rhk"),
    ("SELECT *, employee_id FROM skp WHERE id = ?", "skp"),
    ("SELECT * FROM employee WHERE id = ?", "emp"),
    ("SELECT * FROM realisation WHERE indicator_id = ? AND period_key = ?", "real"),
)
ENTRIES_SQL = """
SELECT id, indicator_id, work_date, text, quantity, evidence_sha256, evidence_filename,
       evidence_mime, evidence_size, realisation_id
FROM worklog_entry
WHERE indicator_id = ? AND work_date >= ? AND work_date <= ? AND realisation_id IS NULL"""


def _pegawai(ws: Any) -> tuple[str, str, list[tuple[str, bool]]]:
    """(employee id, NIP, [(indicator id, quantitative)]) of a pegawai with an approved SKP."""
    with ws.sessions() as s:
        emp_id, nip = s.execute(
            select(Employee.id, Employee.nip)
            .join(User, User.employee_id == Employee.id)
            .join(Skp, Skp.employee_id == Employee.id)
            .where(User.role == "pegawai", Skp.status == "approved", Skp.year == YEAR)
            .order_by(Employee.nip)
            .limit(1)
        ).one()
        indicators = s.execute(
            select(Indicator.id, Indicator.target_value.is_not(None))
            .join(Rhk, Rhk.id == Indicator.rhk_id)
            .join(Skp, Skp.id == Rhk.skp_id)
            .where(Skp.employee_id == emp_id, Skp.status == "approved")
        ).all()
    return emp_id, nip, [(i, bool(q)) for i, q in indicators]


def _fill(ws: Any, emp_id: str, indicators: list[tuple[str, bool]], n: int) -> str:
    """``n`` entries over the year's working days (bulk, with change-log rows); the busiest indicator."""
    rng = random.Random(7)
    days = [date(YEAR, 1, 1) + timedelta(days=d) for d in range(365)]
    days = [d for d in days if d.weekday() < 5]
    weights = [3, *[1] * (len(indicators) - 1)]
    rows = []
    for k in range(n):
        ind, quantitative = rng.choices(indicators, weights)[0]
        day = days[k * len(days) // n]
        at = datetime.combine(day, datetime.min.time()) + timedelta(hours=8, minutes=k % 480)
        rows.append(
            {
                "id": new_id(),
                "employee_id": emp_id,
                "indicator_id": ind,
                "work_date": day,
                "text": f"Kegiatan ke-{k}: menyusun bahan dan memeriksa data",
                "quantity": float(rng.randint(1, 3)) if quantitative else None,
                "evidence_filename": None,
                "evidence_mime": None,
                "evidence_size": None,
                "evidence_sha256": None,
                "realisation_id": None,
                "created_at": at,
                "updated_at": at,
            }
        )
    with ws.sessions() as s, s.begin():
        bulk_insert(s, WorklogEntry, rows, ws.clock, ws.device_id)
    with ws.sessions() as s:
        return str(
            s.execute(
                select(WorklogEntry.indicator_id)
                .where(WorklogEntry.work_date.between(QUARTER.start, QUARTER.end))
                .group_by(WorklogEntry.indicator_id)
                .order_by(func.count().desc())
                .limit(1)
            ).scalar_one()
        )


def raw_list(conn: Any, emp_id: str) -> Callable[[], list[Any]]:
    """The two statements ``list_entries`` runs: the employee (for the permission check), the week."""
    args = (emp_id, WEEK.isoformat(), (WEEK + timedelta(days=6)).isoformat())

    def run() -> list[Any]:
        conn.execute(SUBJECT_SQL, (emp_id,)).fetchall()
        return conn.execute(LIST_SQL, args).fetchall()

    return run


def raw_propose(conn: Any, indicator_id: str) -> Callable[[], rules.RollUp]:
    start, end = QUARTER.start.isoformat(), QUARTER.end.isoformat()

    def run() -> rules.RollUp:
        ind = conn.execute(PROPOSE_SQL[0][0], (indicator_id,)).fetchall()[0]
        rhk = conn.execute(PROPOSE_SQL[1][0], (ind[-1],)).fetchall()[0]
        skp = conn.execute(PROPOSE_SQL[2][0], (rhk[-1],)).fetchall()[0]
        conn.execute(PROPOSE_SQL[3][0], (skp[-1],)).fetchall()
        conn.execute(PROPOSE_SQL[4][0], (indicator_id, QUARTER.key)).fetchall()
        facts = [
            rules.EntryFact(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4])
            for r in conn.execute(ENTRIES_SQL, (indicator_id, start, end)).fetchall()
        ]
        return rules.roll_up(
            facts, indicator_id=indicator_id, start=QUARTER.start, end=QUARTER.end, quantitative=True
        )

    return run


def main(argv: list[str] | None = None) -> int:
    p = make_parser("Work-log reads vs their raw SQL", employees=200, reps=100)
    p.add_argument("--entries", type=int, default=5000, help="entries of the one pegawai (default 5000)")
    args = p.parse_args(argv)
    with work_dir(args.workdir) as root:
        ws = new_demo_workspace(root / "ws", args.employees)
        emp_id, nip, indicators = _pegawai(ws)
        started = time.perf_counter()
        busiest = _fill(ws, emp_id, indicators, args.entries)
        filled = time.perf_counter() - started
        ctx = login(ws, nip, DEMO_PASSWORD)
        fairy = ws.engine.raw_connection()
        conn = fairy.driver_connection

        def ours_list() -> object:
            return wl.list_entries(ctx, employee_id=emp_id, start=WEEK, end=WEEK + timedelta(days=6))

        def ours_propose() -> object:
            return rollup.propose_realisation(ctx, indicator_id=busiest, period_key=QUARTER.key)

        week = ours_list()
        proposal = rollup.propose_realisation(ctx, indicator_id=busiest, period_key=QUARTER.key)
        same_list = [e.id for e in week] == [r[0] for r in raw_list(conn, emp_id)()]  # type: ignore[attr-defined]
        base = raw_propose(conn, busiest)()
        same_roll = (proposal.entry_ids, proposal.note) == (base.entry_ids, base.note)
        rows: list[Row] = []
        o, b = time_pair(ours_list, raw_list(conn, emp_id), args.reps)
        rows.append(ratio_row(f"list_entries, one week ({len(week)} entries)", o, b, GOAL, p95=True))  # type: ignore[arg-type]
        o, b = time_pair(ours_propose, raw_propose(conn, busiest), args.reps)
        rows.append(
            ratio_row(f"propose_realisation, a quarter ({proposal.entries} entries)", o, b, GOAL, p95=True)
        )
        sql_only = time_calls(
            lambda: conn.execute(ENTRIES_SQL, (busiest, str(QUARTER.start), str(QUARTER.end))).fetchall(),
            args.reps,
        )
        fairy.close()
        ws.close()
    notes = [
        f"one pegawai, {args.entries} entries over {YEAR} on {len(indicators)} indicators "
        f"(inserted in {filled:.2f} s); demo of {args.employees} employees; {args.reps} interleaved reps",
        "baseline: hand-written SQL on a DB-API connection of the same engine, fetchall, no BEGIN; the "
        "proposal's baseline also runs the same pure roll_up",
        f"the quarter's entry SELECT alone: median {sql_only.median * 1e3:.2f} ms",
        "results compared once before timing: "
        + ("identical" if same_list and same_roll else f"MISMATCH (list {same_list}, roll-up {same_roll})"),
    ]
    print_table("Work log vs raw SQL, same encrypted engine (medians, p95)", rows, notes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
