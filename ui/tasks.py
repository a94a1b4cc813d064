"""The GUI's threading contract, and the one runner that keeps it.

The contract, as the code keeps it (``tests/gui/test_threading.py`` walks every screen and checks
each service call against it; ``benchmarks/bench_gui_calls.py`` times the calls):

1. **One runner per window.** ``MainWindow`` makes one ``TaskRunner`` and hands it to every page
   and dialog that needs it (the start dialog, before any main window exists, has one for its own
   lifetime). No view makes a runner of its own.
2. **Long work runs on the job worker**, one job at a time: sync, joining an agency, building the
   demo, batch export, imports, the XLSX export (``WORKER_CALLS``). It reports progress through a
   plain ``ProgressSink`` and checks a ``CancelToken`` between units of work; the window stays
   usable. Cancelling is not an error: the job's ``on_cancelled`` runs (never ``on_error`` and
   never the crash dialog), and what was committed before stays.
3. **Reads too slow for the GUI thread run on the read worker** (``TaskRunner.load``): the lists
   that grow with the agency (users, all follow-ups, public feedback). Only the newest load of a
   view delivers its rows, and none after the view is gone. SQLite in WAL mode lets these reads
   run while a job writes.
4. **Everything else runs on the GUI thread**: the calls in ``GUI_THREAD_CALLS``, each a short read
   or a single-record write whose median was measured under ``GUI_BUDGET_MS`` on the
   10,000-employee demo. A single-record write made while a job holds the write lock waits for the
   job's current transaction (each commits in small steps; ``busy_timeout`` is 5 s).

No worker touches a Qt object: each puts its events on a plain queue that a timer on the GUI thread
drains. Emitting Qt signals from a Python thread can deadlock (the worker holds a Qt connection
lock while it waits for the GIL, the GUI thread holds the GIL while it waits for that lock), as a
test once showed.
"""

from __future__ import annotations

import queue
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from asn_desktop.progress import Cancelled, CancelToken, ProgressSink

T = TypeVar("T")
POLL_MS = 25
GUI_BUDGET_MS = 8  # half a frame at 60 Hz: a call this short never makes the window stutter

Job = Callable[[ProgressSink, CancelToken], Any]

#: Long work: only ever on the job worker (the contract's test fails if one runs on the GUI thread).
WORKER_CALLS = frozenset(
    {
        "sync.sync_workspace",
        "sync.join_agency",
        "demo.build_demo",
        "export.export_batch",
        "imports.import_employees",
        "public_feedback.import_public_feedback",
        "followup_read.export_follow_ups_xlsx",
    }
)
#: Reads loaded on the read worker (``TaskRunner.load``): their median is over the budget.
LOADED_CALLS = frozenset(
    {
        "overview.list_users",
        "followup_read.list_open_for_agency",
        "public_feedback.list_public_feedback",
        "public_feedback.unit_summary",
        "public_feedback.recordable_units",
        "competency_positions.positions_for_competencies",
        "objection.objections_to_decide",
        "siasn_export.siasn_records",
        "signing.ca_status",
        "security.security_events",
        "security.list_devices",
    }
)
#: Reads the GUI thread may make: each one's median measured under GUI_BUDGET_MS on the
#: 10,000-employee demo by ``benchmarks/bench_gui_calls.py`` (the walk of every screen, and the
#: reads behind a click: evidence, proposals, conflicts). Writes of one record also run on the GUI
#: thread (one transaction of a few rows); everything else is a job or a load.
GUI_THREAD_CALLS = frozenset(
    {
        "acting.list_acting",
        "agency.agency_settings",
        "agency.logo_png",
        "agency.unit_settings",
        "angka_kredit.angka_kredit_for",
        "assessment.get_assessment",
        "competency_read.my_pending_rounds",
        "competency_read.round_for",
        "competency_read.round_form",
        "competency_read.rounds_about",
        "directory.count_visible_employees",
        "directory.team_status",
        "directory.visible_employees",
        "followup_read.list_for_employee",
        "history.predikat_history",
        "meetings_read.list_meetings",
        "mutasi.skp_periods",  # behind the mutasi dialog's OK: one employee's SKPs of one year
        "objection.my_decided_assessments",
        "objection.my_objections",
        "org_predikat.leader_rating",
        "overview.employee_card",
        "overview.feedback_for",
        "overview.list_positions",
        "overview.list_units",
        "overview.profile",
        "overview.progress",
        "periods.evaluation_periods",
        "periods.periodic_kind",
        "public_feedback.employee_public_summary",
        "public_feedback.unit_members",
        "realisation.list_evidence",
        "role_matrix.get_matrix",
        "settings.get_setting",
        "realisation.read_evidence",
        "skp.current_skp_id",
        "skp.get_skp",
        "sync.last_sync",
        "sync.list_conflicts",
        "sync.open_conflict_count",
        "sync.sync_share",
        "unit.check_unit_distribution",
        "unit.unit_overview",
        "worklog.list_entries",
        "worklog.loggable_indicators",
        "worklog.read_entry_evidence",
        "worklog.today_for",
        "worklog.weekly_summary",
        "worklog_comments.list_comments",
        "worklog_rollup.period_proposals",
    }
)


@dataclass
class _Job:
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    on_progress: Callable[[int, int, str], None] | None
    on_cancelled: Callable[[], None] | None


class TaskRunner(QObject):
    """The job worker and the read worker of one window; every callback runs on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = ThreadPoolExecutor(max_workers=1, thread_name_prefix="asn-job")
        self._reads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="asn-read")
        self._events: queue.SimpleQueue[tuple[_Job, str, Any]] = queue.SimpleQueue()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._drain)
        self._running = 0
        self._closed = False
        self._generation: dict[tuple[int, str], int] = {}

    def run(
        self,
        job: Job,
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        token: CancelToken | None = None,
    ) -> CancelToken:
        """Start ``job(progress, token)`` on the job worker; ``Cancelled`` goes to ``on_cancelled``."""
        token = token or CancelToken()
        entry = _Job(on_done, on_error, on_progress, on_cancelled)

        def progress(done: int, total: int, text: str) -> None:
            self._events.put((entry, "progress", (done, total, text)))

        self._submit(self._jobs, entry, lambda: job(progress, token))
        return token

    def load(
        self,
        owner: QObject,
        key: str,
        read: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a slow read on the read worker; only the newest load of ``(owner, key)`` delivers."""
        slot = (id(owner), key)
        generation = self._generation.get(slot, 0) + 1
        self._generation[slot] = generation

        def current() -> bool:
            return isValid(owner) and self._generation.get(slot) == generation

        def done(value: Any) -> None:
            if current():
                on_done(value)

        def failed(exc: BaseException) -> None:
            if not current():
                return
            if on_error is not None:
                on_error(exc)
                return
            from ui.errors import show_error  # noqa: PLC0415 - errors imports Qt widgets lazily

            show_error(owner if isinstance(owner, QWidget) else None, exc)

        self._submit(self._reads, _Job(done, failed, None, None), read)

    def _submit(self, pool: ThreadPoolExecutor, entry: _Job, call: Callable[[], Any]) -> None:
        if self._closed:
            # The window is closing: a callback delivered by ``shutdown`` (a load's result that
            # asks for the next page, say) starts nothing more; there is nobody left to show it to.
            return
        future = pool.submit(call)
        future.add_done_callback(lambda f: self._events.put((entry, "finished", f)))
        self._running += 1
        self._timer.start()

    @property
    def busy(self) -> bool:
        return self._running > 0

    def wait_idle(self, timeout: float = 30.0) -> None:
        """Process events until every job and load has delivered (tests, and closing a window)."""
        deadline = time.monotonic() + timeout
        while self._running and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            self._drain()
            time.sleep(0.005)
        if self._running:
            raise TimeoutError(f"{self._running} background tasks still running after {timeout} s")

    def _drain(self) -> None:
        while True:
            try:
                entry, kind, payload = self._events.get_nowait()
            except queue.Empty:
                return
            if kind == "progress":
                if entry.on_progress is not None:
                    entry.on_progress(*payload)
                continue
            self._running -= 1
            if self._running == 0:
                self._timer.stop()
            self._finish(entry, payload)

    @staticmethod
    def _finish(entry: _Job, future: Future[Any]) -> None:
        exc = future.exception()
        if isinstance(exc, Cancelled):
            if entry.on_cancelled is not None:
                entry.on_cancelled()
        elif exc is not None:
            entry.on_error(exc)
        else:
            entry.on_done(future.result())

    def shutdown(self) -> None:
        self._closed = True
        self._jobs.shutdown(wait=True)
        self._reads.shutdown(wait=True)
        self._drain()


def run_with_progress(
    parent: QWidget,
    runner: TaskRunner,
    title: str,
    job: Job,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_cancelled: Callable[[], None] | None = None,
) -> QProgressDialog:
    """A progress dialog with *Batal* around ``runner.run``; Batal ends in ``on_cancelled``."""
    dialog = QProgressDialog(title, parent.tr("Batal"), 0, 0, parent)
    dialog.setObjectName("progressDialog")
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(done: int, total: int, text: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(text)

    def finish(fn: Callable[..., None] | None) -> Callable[..., None]:
        def inner(*value: Any) -> None:
            dialog.close()
            if fn is not None:
                fn(*value)

        return inner

    token = runner.run(
        job,
        on_done=finish(on_done),
        on_error=finish(on_error),
        on_progress=progress,
        on_cancelled=finish(on_cancelled),
    )
    # Not ``connect(token.cancel)``: PySide disconnects a bound method's connection when its object
    # dies, and the worker thread may drop the token's last reference. That disconnect, run in the
    # worker, takes Qt's connection lock and then waits for the GIL, while the GUI thread, holding
    # the GIL, closes this dialog and waits for the same lock: a deadlock (seen in the test suite).
    # A lambda is kept by the dialog, and with it the token, so the connection dies with the dialog
    # in the GUI thread.
    dialog.canceled.connect(lambda: token.cancel())  # noqa: PLW0108 - see above
    dialog.show()
    return dialog
