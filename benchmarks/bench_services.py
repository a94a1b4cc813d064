"""The services' list and filter calls vs the raw SQL they run, on the same encrypted database.

Goal: ≤ 2× at the median. Ours: ``visible_employees`` / ``count_visible_employees`` as admin and
as a penilai, and ``check_unit_distribution``, each through the workspace's sessions. Baseline:
the same SQL written by hand (same joins, where, order, limit) on one raw ``connect_raw``
DB-API connection, ``fetchall``, no explicit transaction. Calls are interleaved.

    python benchmarks/bench_services.py [--employees 5000] [--reps 100]
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from _common import EMPLOYEE_FROM as _FROM
from _common import (
    YEAR,
    Row,
    employee_list_sql,
    employee_where,
    new_demo_workspace,
    print_table,
    ratio_row,
    time_pair,
    work_dir,
)
from _common import base_parser as make_parser
from sqlalchemy import func, select

from asn_desktop.services.context import DB_FILE, AppContext
from asn_desktop.services.demo import DEMO_PASSWORD
from asn_desktop.services.directory import EmployeeFilter, count_visible_employees, visible_employees
from asn_desktop.services.unit import check_unit_distribution
from asn_desktop.services.workspace import login
from asn_desktop.store.engine import connect_raw
from asn_desktop.store.models import Employee

GOAL = 2.0
LIMIT = 200


def raw_list(conn: Any, text: str = "", supervisor_id: str | None = None) -> Callable[[], list[Any]]:
    sql, args = employee_list_sql(text, supervisor_id, LIMIT)
    return lambda: conn.execute(sql, args).fetchall()


def raw_count(conn: Any, text: str = "", supervisor_id: str | None = None) -> Callable[[], list[Any]]:
    where, params = employee_where(text, supervisor_id)
    sql = f"SELECT count(*){_FROM}{where}"
    args = tuple(params)
    return lambda: conn.execute(sql, args).fetchall()


def raw_distribution(conn: Any, unit_id: str) -> Callable[[], object]:
    """The statements ``check_unit_distribution`` runs: the unit, its members' status, the org predikat."""
    period = str(YEAR)

    def run() -> object:
        unit = conn.execute("SELECT * FROM unit WHERE id = ?", (unit_id,)).fetchall()
        members = conn.execute(
            "SELECT e.id, e.name, e.nip, s.status, a.predikat, a.status FROM employee AS e "
            "LEFT OUTER JOIN skp AS s ON s.employee_id = e.id AND s.year = ? AND s.status != 'superseded' "
            "LEFT OUTER JOIN assessment AS a ON a.employee_id = e.id AND a.period_key = ? "
            "WHERE e.unit_id = ? AND e.active = 1 ORDER BY e.name",
            (YEAR, period, unit_id),
        ).fetchall()
        org = conn.execute(
            "SELECT predikat FROM org_predikat WHERE unit_id = ? AND year = ?", (unit_id, YEAR)
        ).fetchall()
        return unit, members, org

    return run


def main(argv: list[str] | None = None) -> int:
    p = make_parser("Service list/filter calls vs their raw SQL", employees=5000, reps=100)
    args = p.parse_args(argv)
    reps = max(50, args.reps)

    with work_dir(args.workdir) as root:
        started = time.perf_counter()
        ws = new_demo_workspace(root / "ws", args.employees)
        built = time.perf_counter() - started
        with ws.sessions() as s:
            boss, subordinates = s.execute(
                select(Employee.supervisor_id, func.count())
                .where(Employee.supervisor_id.is_not(None))
                .group_by(Employee.supervisor_id)
                .order_by(func.count().desc())
                .limit(1)
            ).one()
            boss_nip = s.scalars(select(Employee.nip).where(Employee.id == boss)).one()
            unit_id, unit_size = s.execute(
                select(Employee.unit_id, func.count())
                .group_by(Employee.unit_id)
                .order_by(func.count().desc())
                .limit(1)
            ).one()
        admin = login(ws, "admin", DEMO_PASSWORD)
        penilai = login(ws, boss_nip, DEMO_PASSWORD)
        conn = connect_raw(ws.path / DB_FILE, ws.secrets["db_key"])

        def ours_list(ctx: AppContext, text: str = "") -> Callable[[], object]:
            return lambda: visible_employees(ctx, EmployeeFilter(text=text), limit=LIMIT)

        def ours_count(ctx: AppContext, text: str = "") -> Callable[[], object]:
            return lambda: count_visible_employees(ctx, EmployeeFilter(text=text))

        cases: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
            ("admin: list, no filter", ours_list(admin), raw_list(conn)),
            ("admin: list, name 'Sari'", ours_list(admin, "Sari"), raw_list(conn, "Sari")),
            ("admin: list, NIP '1985'", ours_list(admin, "1985"), raw_list(conn, "1985")),
            ("admin: count, no filter", ours_count(admin), raw_count(conn)),
            ("admin: count, name 'Sari'", ours_count(admin, "Sari"), raw_count(conn, "Sari")),
            ("penilai: list, no filter", ours_list(penilai), raw_list(conn, supervisor_id=boss)),
            ("penilai: list, name 'Sari'", ours_list(penilai, "Sari"), raw_list(conn, "Sari", boss)),
            ("penilai: count, no filter", ours_count(penilai), raw_count(conn, supervisor_id=boss)),
            (
                "check_unit_distribution",
                lambda: check_unit_distribution(admin, unit_id=unit_id, year=YEAR),
                raw_distribution(conn, unit_id),
            ),
        ]
        mismatches = []
        for name, ours, base in cases[:-1]:
            got, want = ours(), base()
            same = (
                [r.id for r in got] == [r[0] for r in want]  # type: ignore[attr-defined]
                if isinstance(got, list)
                else got == want[0][0]  # type: ignore[index]
            )
            if not same:
                mismatches.append(name)
        rows: list[Row] = []
        for name, ours, base in cases:
            o, b = time_pair(ours, base, reps)
            rows.append(ratio_row(name, o, b, GOAL, p95=True))
        conn.close()
        ws.close()

    notes = [
        f"{args.employees} employees (demo built in {built:.1f} s), {reps} interleaved reps per figure, "
        f"list limit {LIMIT}",
        f"penilai: the supervisor with the most direct reports ({subordinates}); "
        f"unit: the largest ({unit_size} employees)",
        "baseline: hand-written SQL on one raw connect_raw connection, fetchall, autocommit (no BEGIN)",
        "results of ours and baseline compared once before timing: "
        + (f"MISMATCH in {', '.join(mismatches)}" if mismatches else "identical"),
    ]
    print_table("Services vs raw SQL, same encrypted database (medians, p95)", rows, notes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
