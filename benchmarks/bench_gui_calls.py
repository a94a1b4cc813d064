"""The service calls each screen makes on the GUI thread, timed on a large workspace.

``ui.tasks`` lets the GUI thread make only the calls in ``GUI_THREAD_CALLS`` (everything long runs
on the one worker); this measures them. A main window per role (admin, a kasi with subordinates, a
pegawai) walks every screen and tab (``ui.walk.every_screen``) with ``ServiceCallRecorder``
installed; each call's wall time is recorded where it ran. Baseline: one ``SELECT 1`` round trip on
the same workspace's sessions, measured in the same run (what any call costs at least). The goal is
the contract's budget per call (``GUI_BUDGET_MS``) at the median; the maximum is printed too (on a
shared machine it mostly measures the neighbours).

    python benchmarks/bench_gui_calls.py [--workspace DIR] [--employees 10000] [--workdir DIR]
"""

# ruff: noqa: PLC0415  (Qt and the UI load after _env has set the environment)

from __future__ import annotations

import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import _env  # noqa: F401 - sets ASN_FAST_HASH and the keyring before the project loads
from _common import base_parser, new_demo_workspace, work_dir

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    p = base_parser("GUI-thread service calls per screen", employees=10000, reps=3)
    p.add_argument("--workspace", help="an existing demo workspace (passphrase ASN_PASSPHRASE or demo-asn)")
    args = p.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from asn_desktop.services.demo import DEMO_PASSPHRASE, DEMO_PASSWORD
    from asn_desktop.services.directory import EmployeeFilter, visible_employees
    from asn_desktop.services.workspace import login, open_workspace
    from ui.app import Application
    from ui.main_window import MainWindow
    from ui.service_calls import recording
    from ui.tasks import GUI_BUDGET_MS, GUI_THREAD_CALLS
    from ui.walk import every_screen

    app = Application(["bench"], language="id")
    with work_dir(args.workdir) as tmp:
        if args.workspace:
            ws = open_workspace(
                Path(args.workspace), passphrase=os.environ.get("ASN_PASSPHRASE", DEMO_PASSPHRASE)
            )
        else:
            ws = new_demo_workspace(tmp / "ws", args.employees)
        admin = login(ws, "admin", DEMO_PASSWORD)
        people = visible_employees(admin, EmployeeFilter(text=""), limit=400)
        kasi = next(r for r in people if (r.position_name or "").startswith("Kepala Seksi"))
        staff = visible_employees(admin, EmployeeFilter(supervisor_id=kasi.id), limit=1)[0]
        roles = {
            "admin": admin,
            "kasi": login(ws, kasi.nip, DEMO_PASSWORD),
            "pegawai": login(ws, staff.nip, DEMO_PASSWORD),
        }
        seconds: dict[str, list[float]] = defaultdict(list)
        with ws.sessions() as s:
            from sqlalchemy import text

            started = time.perf_counter()
            for _ in range(200):
                s.execute(text("SELECT 1")).all()
            round_trip = (time.perf_counter() - started) / 200
        for _ in range(args.reps):
            for ctx in roles.values():
                window = MainWindow(ctx)
                window.resize(1366, 768)
                window.show()
                with recording() as recorder:
                    for _state in every_screen(window):
                        pass
                for call in recorder.on_gui_thread():
                    seconds[call.name].append(call.seconds)
                window.close()
                window.deleteLater()
                QApplication.processEvents()
        ws.close()
    rows = sorted(seconds.items(), key=lambda kv: -max(kv[1]))
    print(f"\nGUI-thread service calls, {len(roles)} roles × every screen × {args.reps} walks")
    print(f"baseline: SELECT 1 round trip {round_trip * 1000:.3f} ms; budget {GUI_BUDGET_MS} ms per call")
    print(f"{'call':44} {'n':>5} {'median':>9} {'max':>9} {'×base':>7}  verdict")
    over = 0
    for name, values in rows:
        worst, median = max(values), statistics.median(values)
        listed = name in GUI_THREAD_CALLS
        ok = listed and median * 1000 <= GUI_BUDGET_MS
        over += not ok
        verdict = "ok" if ok else "MISSED"
        label = name if listed else f"{name} (not in GUI_THREAD_CALLS)"
        print(
            f"{label:44} {len(values):5d} {statistics.median(values) * 1000:8.2f}m {worst * 1000:8.2f}m "
            f"{statistics.median(values) / round_trip:6.1f}×  {verdict}"
        )
    print(f"note: {len(rows)} distinct calls, {over} over the budget or not listed")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
