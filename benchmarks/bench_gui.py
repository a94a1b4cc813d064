"""GUI speed: filter-as-you-type on 50,000 employees, start-up to a usable main window, peak memory.

(a) ``EmployeeTableModel.set_filter`` for each prefix of a name and of a NIP typed one character at
    a time, as admin on a 50,000-employee demo (goal p95 ≤ 50 ms). Baseline: the same two
    statements (count + first page of 200) on a raw DB-API connection of the same engine.
(b) Process start to a shown MainWindow that has run its first event-loop turn, on a
    10,000-employee demo (unlock with the passphrase, login as admin, build the window), against a
    bare PySide6 ``QMainWindow`` in the same run; each in a fresh subprocess, interleaved (goal ≤ 2×).
(c) Peak RSS (``ru_maxrss``) of the main-window process (goal ≤ 300 MB), and of this process
    after the 50,000-employee filtering.

Workspaces are made with ``asn-desktop-cli demo DIR --employees N`` when not given. The passphrase
is ``ASN_PASSPHRASE`` or the demo's ``demo-asn``.

    python benchmarks/bench_gui.py [--filter-workspace DIR] [--start-workspace DIR] [--reps 3]
        [--starts 5] [--workdir DIR] [--platform offscreen|xcb]
"""

# ruff: noqa: PLC0415  (imports are timed: they happen inside the measured child, after _common)

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FILTER_GOAL_S = 0.050
START_GOAL = 2.0
RSS_GOAL_MB = 300


# --- the subprocesses of (b) ----------------------------------------------------------------------


def _child_env(home: Path, platform: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=platform,
        ASN_DESKTOP_HOME=str(home / "asn"),
        XDG_CONFIG_HOME=str(home / "config"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PYTHONPATH=str(ROOT),
    )
    return env


def child_main(kind: str, started: float, workspace: str | None) -> None:
    """Run in a fresh interpreter: build the window, wait until it is exposed, report as JSON."""
    marks: dict[str, float] = {"interpreter": time.time() - started}
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    def mark(name: str) -> None:
        marks[name] = time.time() - started

    if kind == "bare":
        app = QApplication(["bare"])
        mark("QApplication")
        window = QMainWindow()
        window.resize(1200, 780)
    else:
        from asn_desktop.services.workspace import login, open_workspace
        from ui.app import Application
        from ui.main_window import MainWindow

        mark("imports")
        app = Application(["asn-desktop"], language="id")
        mark("QApplication")
        assert workspace is not None
        ws = open_workspace(Path(workspace), passphrase=os.environ.get("ASN_PASSPHRASE", "demo-asn"))
        mark("unlock")
        ctx = login(ws, "admin", "demo12345")  # the demo's (services.demo is not imported by the app)
        mark("login")
        window = MainWindow(ctx)
        mark("window built")
    window.show()

    def ready() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(1, ready)
            return
        mark("shown")
        marks["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(marks), flush=True)
        app.quit()

    QTimer.singleShot(0, ready)
    app.exec()


def run_child(kind: str, workspace: Path | None, home: Path, platform: str) -> dict[str, float]:
    started = time.time()
    args = [sys.executable, __file__, "--child", kind, "--started", repr(started)]
    if workspace:
        args += ["--child-workspace", str(workspace)]
    out = subprocess.run(args, env=_child_env(home, platform), capture_output=True, text=True, check=False)
    wall = time.time() - started
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"{kind} child failed ({out.returncode}):\n{out.stderr[-3000:]}")
    result: dict[str, float] = json.loads(lines[-1])
    result["process"] = wall  # until the child exited, for reference
    return result


# --- (a) filtering --------------------------------------------------------------------------------


def typed_prefixes(text: str) -> list[str]:
    return [text[:i] for i in range(1, len(text) + 1)]


def bench_filter(path: Path, reps: int) -> tuple[dict[str, list[float]], dict[str, list[float]], list[str]]:
    """Per kind of typing: set_filter seconds, baseline seconds; and notes with the query plans."""
    from _common import EMPLOYEE_FROM, employee_list_sql, employee_where
    from PySide6.QtWidgets import QApplication

    from asn_desktop.services.demo import DEMO_PASSPHRASE, DEMO_PASSWORD
    from asn_desktop.services.directory import EmployeeFilter, count_visible_employees, visible_employees
    from asn_desktop.services.workspace import login, open_workspace
    from ui.models.employee_table import EmployeeTableModel

    _app = QApplication.instance() or QApplication(["bench"])
    ws = open_workspace(path, passphrase=os.environ.get("ASN_PASSPHRASE", DEMO_PASSPHRASE))
    ctx = login(ws, "admin", DEMO_PASSWORD)
    total = count_visible_employees(ctx, EmployeeFilter())
    middle = visible_employees(ctx, EmployeeFilter(), limit=1, offset=total // 2)[0]
    rare = visible_employees(ctx, EmployeeFilter(), limit=1, offset=total * 49 // 50)[0]
    typing = {
        f"name {middle.name!r}": typed_prefixes(middle.name),
        f"surname {rare.name.split()[-1].lower()!r}": typed_prefixes(rare.name.split()[-1].lower()),
        f"NIP {middle.nip}": typed_prefixes(middle.nip),
    }
    notes = [f"{total} employees; {sum(len(v) for v in typing.values())} keystrokes per round"]
    model = EmployeeTableModel(ctx)
    model.set_filter(EmployeeFilter())
    raw = ws.engine.raw_connection()
    ours: dict[str, list[float]] = {k: [] for k in typing}
    base: dict[str, list[float]] = {k: [] for k in typing}

    def baseline(text: str) -> None:
        where, params = employee_where(text, None)
        cur = raw.cursor()
        cur.execute(f"SELECT count(*) FROM (SELECT e.id{EMPLOYEE_FROM}{where})", params)
        cur.fetchall()
        sql, list_params = employee_list_sql(text)
        cur.execute(sql, list_params)
        cur.fetchall()

    slowest: dict[str, float] = {}
    for _ in range(reps):
        for kind, prefixes in typing.items():
            for text in prefixes:
                start = time.perf_counter()
                model.set_filter(EmployeeFilter(text=text))
                ours[kind].append(time.perf_counter() - start)
                slowest[text] = max(slowest.get(text, 0.0), ours[kind][-1])
                start = time.perf_counter()
                baseline(text)
                base[kind].append(time.perf_counter() - start)
            model.set_filter(EmployeeFilter())
    worst = sorted(slowest.items(), key=lambda kv: -kv[1])[:6]
    notes.append("slowest keystrokes: " + ", ".join(f"{t!r} {v * 1e3:.0f} ms" for t, v in worst))
    notes += _plans(raw, employee_list_sql, EMPLOYEE_FROM, employee_where, middle.nip[:6])
    raw.close()
    ws.close()
    return ours, base, notes


def _plans(raw: Any, list_sql: Any, from_: str, where_fn: Any, nip_prefix: str) -> list[str]:
    notes = []
    cur = raw.cursor()
    for label, text in (("name 'an'", "an"), (f"NIP {nip_prefix!r}", nip_prefix)):
        sql, params = list_sql(text)
        plan = " | ".join(r[-1] for r in cur.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall())
        notes.append(f"plan, page, {label}: {plan}")
        where, wparams = where_fn(text, None)
        plan = " | ".join(
            r[-1]
            for r in cur.execute(
                f"EXPLAIN QUERY PLAN SELECT count(*) FROM (SELECT e.id{from_}{where})", wparams
            ).fetchall()
        )
        notes.append(f"plan, count, {label}: {plan}")
    indexes = cur.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='employee'"
    ).fetchall()
    notes.append("employee indexes: " + "; ".join(f"{n}" for n, _ in indexes))
    return notes


# --- driver -------------------------------------------------------------------------------------


def ensure_demo(path: Path | None, workdir: Path, employees: int) -> Path:
    if path is not None:
        return path
    target = workdir / f"demo-{employees}"
    if not (target / "device.json").exists():
        print(f"building a {employees}-employee demo in {target} (asn-desktop-cli demo)…", flush=True)
        env = _child_env(workdir / "home", "offscreen")
        env["ASN_FAST_HASH"] = "1"
        cli = Path(sys.executable).with_name("asn-desktop-cli")
        subprocess.run([str(cli), "demo", str(target), "--employees", str(employees)], env=env, check=True)
    return target


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]


def median(samples: list[float]) -> float:
    ordered = sorted(samples)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filter-workspace", type=Path, help="a 50,000-employee demo workspace")
    parser.add_argument("--start-workspace", type=Path, help="a 10,000-employee demo workspace")
    parser.add_argument("--reps", type=int, default=3, help="rounds of typing (default 3)")
    parser.add_argument("--starts", type=int, default=5, help="process starts per side (default 5)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/asn-bench-gui"))
    parser.add_argument("--platform", default="offscreen" if not os.environ.get("DISPLAY") else "xcb")
    parser.add_argument("--child", choices=("bare", "window"), help=argparse.SUPPRESS)
    parser.add_argument("--started", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--child-workspace", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(args.child, args.started, args.child_workspace)
        return

    os.environ.setdefault("QT_QPA_PLATFORM", args.platform)
    import _common  # noqa: F401  (ASN_FAST_HASH=1, fail keyring: before the project loads)

    args.workdir.mkdir(parents=True, exist_ok=True)
    start_ws = ensure_demo(args.start_workspace, args.workdir, 10_000)
    filter_ws = ensure_demo(args.filter_workspace, args.workdir, 50_000)

    window_runs: list[dict[str, float]] = []
    bare_runs: list[dict[str, float]] = []
    run_child("window", start_ws, args.workdir / "home", args.platform)  # warm the OS file cache
    run_child("bare", None, args.workdir / "home", args.platform)
    for i in range(args.starts):
        pair = (
            (("window", window_runs), ("bare", bare_runs))
            if i % 2 == 0
            else (("bare", bare_runs), ("window", window_runs))
        )
        for kind, out in pair:
            out.append(
                run_child(kind, start_ws if kind == "window" else None, args.workdir / "home", args.platform)
            )

    ours, base, plan_notes = bench_filter(filter_ws, args.reps)
    print_report(ours, base, window_runs, bare_runs, plan_notes)


def print_report(
    ours: dict[str, list[float]],
    base: dict[str, list[float]],
    window_runs: list[dict[str, float]],
    bare_runs: list[dict[str, float]],
    plan_notes: list[str],
) -> None:
    from _common import Row, fmt_time, print_table

    rows: list[Row] = []
    every_ours = [s for v in ours.values() for s in v]
    every_base = [s for v in base.values() for s in v]
    for kind, samples in ours.items():
        o, b = p95(samples), p95(base[kind])
        rows.append(Row(f"set_filter p95, {kind}", fmt_time(o), fmt_time(b), o / b, "-", None))
    o, b = p95(every_ours), p95(every_base)
    rows.append(
        Row(
            f"set_filter p95, all {len(every_ours)} keystrokes (50k)",
            fmt_time(o),
            fmt_time(b),
            o / b,
            f"≤ {FILTER_GOAL_S * 1e3:g} ms",
            o <= FILTER_GOAL_S,
        )
    )
    rows.append(
        Row(
            "set_filter median, all keystrokes",
            fmt_time(median(every_ours)),
            fmt_time(median(every_base)),
            median(every_ours) / median(every_base),
            "-",
            None,
        )
    )
    win, bare = median([r["shown"] for r in window_runs]), median([r["shown"] for r in bare_runs])
    rows.append(
        Row(
            "start → usable main window (10k), median",
            fmt_time(win),
            fmt_time(bare),
            win / bare,
            f"≤ {START_GOAL:g}×",
            win / bare <= START_GOAL,
        )
    )
    for phase in ("imports", "QApplication", "unlock", "login", "window built", "shown"):
        values = [r[phase] - r[_previous(phase)] for r in window_runs]
        rows.append(Row(f"  of which {phase}", fmt_time(median(values)), "-", None, "-", None))
    rss, bare_rss = max(r["rss_mb"] for r in window_runs), max(r["rss_mb"] for r in bare_runs)
    rows.append(
        Row(
            "peak RSS, main-window process (10k)",
            f"{rss:.0f} MB",
            f"{bare_rss:.0f} MB",
            rss / bare_rss,
            f"≤ {RSS_GOAL_MB} MB",
            rss <= RSS_GOAL_MB,
        )
    )
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append(
        Row(
            "peak RSS, this process after 50k filtering",
            f"{own:.0f} MB",
            "-",
            None,
            f"≤ {RSS_GOAL_MB} MB",
            own <= RSS_GOAL_MB,
        )
    )
    print_table("GUI: filter-as-you-type (50k), start-up (10k), memory", rows, plan_notes)


PHASES = ("interpreter", "imports", "QApplication", "unlock", "login", "window built", "shown")


def _previous(phase: str) -> str:
    return PHASES[PHASES.index(phase) - 1]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
