"""Findings 6 and 17 of issue 12: Cancel is never an error, and the threading contract of
``ui.tasks`` holds on every screen (one runner per window; the GUI thread makes only the calls the
contract lists; long work and slow reads run on the workers)."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from asn_desktop.progress import Cancelled
from asn_desktop.services import employees as emp
from tests.gui.conftest import three_indicators
from ui import errors
from ui.main_window import MainWindow
from ui.service_calls import recording
from ui.tasks import GUI_THREAD_CALLS, LOADED_CALLS, WORKER_CALLS, TaskRunner
from ui.walk import every_screen

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def crashes(monkeypatch) -> list[BaseException]:
    """The crash dialog is recorded instead of shown: a test fails if anything lands there."""
    seen: list[BaseException] = []
    monkeypatch.setattr(errors, "show_crash", lambda parent, exc: seen.append(exc))
    return seen


def hold_the_worker(runner: TaskRunner) -> threading.Event:
    """A job ahead in the queue keeps the worker busy until released: Batal is pressed first."""
    release = threading.Event()
    runner.run(lambda progress, token: release.wait(10), on_done=lambda _: None, on_error=pytest.fail)
    return release


def press_batal_then(release: threading.Event) -> None:
    """Click the progress dialog's Batal as soon as it is there, then let the worker go on."""

    def act() -> None:
        boxes = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        if not boxes:
            QTimer.singleShot(10, act)
            return
        boxes[0].findChild(QPushButton).click()
        release.set()

    QTimer.singleShot(0, act)


def test_runner_sends_cancelled_to_on_cancelled_never_to_on_error(qtbot) -> None:
    runner = TaskRunner()
    outcome: list[str] = []

    def job(progress: Callable[[int, int, str], None], token) -> None:
        raise Cancelled("Dibatalkan oleh pengguna.")

    runner.run(job, on_done=lambda _: outcome.append("done"), on_error=lambda e: outcome.append("error"))
    runner.run(
        job,
        on_done=lambda _: outcome.append("done"),
        on_error=lambda e: outcome.append("error"),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    runner.wait_idle()
    runner.shutdown()
    assert outcome == ["cancelled"], "without on_cancelled a cancel is simply over, never an error"


def test_cancelling_a_sync_is_not_an_error(qtbot, org, tmp_path: Path, crashes) -> None:
    from ui.views.sync_dialog import SyncDialog

    share = tmp_path / "share"
    share.mkdir()
    runner = TaskRunner()
    dialog = SyncDialog(org.admin, runner)
    qtbot.addWidget(dialog)
    dialog.share.setText(str(share))
    release = hold_the_worker(runner)
    press_batal_then(release)
    finished: list[bool] = []
    dialog.run_sync(on_finished=lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=20_000)
    runner.shutdown()
    assert crashes == []
    assert dialog.report is None
    assert "dibatalkan" in dialog.outcome.toPlainText()
    assert dialog.start.isEnabled()


def test_cancelling_an_employee_import_keeps_nothing_and_says_so(qtbot, org, tmp_path: Path, crashes) -> None:
    from ui.views.admin.employees import EmployeesTab

    source = tmp_path / "pegawai.csv"
    source.write_text("nip,nama,unit\n199203152019031004,Pegawai Baru,Seksi Program\n", encoding="utf-8")
    runner = TaskRunner()
    tab = EmployeesTab(org.admin, runner)
    qtbot.addWidget(tab)
    tab.refresh()
    release = hold_the_worker(runner)
    press_batal_then(release)
    tab.start_import(source)
    qtbot.waitUntil(lambda: not tab.import_running, timeout=20_000)
    runner.shutdown()
    assert crashes == []
    assert tab.status.text() == "Impor dibatalkan; tidak ada yang disimpan."
    assert tab.import_button.isEnabled()
    assert not any(r.name == "Pegawai Baru" for r in emp_list(org))


def emp_list(org):  # type: ignore[no-untyped-def]
    from asn_desktop.services.directory import EmployeeFilter, visible_employees

    return visible_employees(org.admin, EmployeeFilter(text="Pegawai Baru"))


def test_cancelling_the_demo_build_leaves_no_half_workspace(qtbot, tmp_path: Path, crashes) -> None:
    from ui.views.start_dialog import build_demo_workspace

    runner = TaskRunner()
    target = tmp_path / "demo"
    release = hold_the_worker(runner)
    press_batal_then(release)
    assert not build_demo_workspace(target, employees=30, tasks=runner)
    runner.shutdown()
    assert crashes == []
    assert not target.exists(), "Batal reached the build and took its folder away"


def test_a_callback_delivered_by_shutdown_starts_nothing(qtbot) -> None:
    """Closing a window delivers the last results; one that asks for more must not raise."""
    runner = TaskRunner()
    owner = QPushButton()
    qtbot.addWidget(owner)
    again: list[str] = []

    def next_page(_value: object) -> None:
        runner.load(owner, "more", lambda: again.append("ran"), on_done=lambda _: again.append("done"))

    runner.load(owner, "first", lambda: 1, on_done=next_page)
    runner.shutdown()
    assert again == [], "the load asked for by the last callback never started"
    assert not runner.busy


def test_cycles_are_collected_on_the_gui_thread_only(qtbot, qapp) -> None:
    import gc
    import weakref

    from ui.garbage import GuiThreadCollector

    class Node:
        pass

    collector = GuiThreadCollector(qapp)
    try:
        assert not gc.isenabled(), "no automatic collection, on any thread"
        node = Node()
        node.self = node  # type: ignore[attr-defined]
        alive = weakref.ref(node)
        del node
        collected_on: list[str] = []
        gc.callbacks.append(lambda phase, info: collected_on.append(threading.current_thread().name))
        qtbot.waitUntil(lambda: alive() is None, timeout=5_000)
        assert set(collected_on) == {threading.main_thread().name}
    finally:
        gc.callbacks.pop()
        collector.deleteLater()
        qtbot.waitUntil(gc.isenabled, timeout=5_000)
    gc.disable()  # the test fixture's rule again until its end


def test_the_collector_waits_while_a_worker_builds_something_large(qapp, monkeypatch) -> None:
    """Walking a join's millions of live objects on the GUI thread stopped the window for up to
    two seconds; while that many young objects are alive a tick is skipped — at most
    ``MAX_SKIPPED`` in a row — and the cycle is collected once the work's objects are gone."""
    import gc
    import weakref

    from ui import garbage

    class Node:
        pass

    monkeypatch.setattr(garbage, "MAX_SKIPPED", 3)
    collector = garbage.GuiThreadCollector(qapp)
    collector._timer.stop()  # ticks by hand
    try:
        node = Node()
        node.self = node  # type: ignore[attr-defined]
        alive = weakref.ref(node)
        del node
        work = [[i] for i in range(garbage.BUSY_YOUNG + 10_000)]  # a worker's live objects
        for _ in range(3):
            collector.collect()
            assert alive() is not None  # skipped
        collector.collect()  # the fourth in a row runs, busy or not
        assert alive() is None
        assert collector.skipped == 0
        more = [[i] for i in range(garbage.BUSY_YOUNG + 10_000)]  # the work goes on
        node = Node()
        node.self = node  # type: ignore[attr-defined]
        alive = weakref.ref(node)
        del node
        collector.collect()
        assert alive() is not None  # busy again: skipped
        del more, work
        collector.collect()  # the work's objects are gone: collected at once
        assert alive() is None
    finally:
        collector.deleteLater()
    gc.disable()


# -- the contract --------------------------------------------------------------------------------


def test_every_screen_keeps_the_threading_contract(qtbot, org) -> None:
    three_indicators(org, "staff1")
    emp.create_user(org.admin, username="kepala-seksi", password="sandi-rahasia-1", role="admin")
    seen: dict[str, set[str]] = {"gui": set(), "worker": set()}
    for who in ("staff1", "kasi", "head", "admin"):
        window = MainWindow(org.ctx[who])
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        with recording() as recorder:
            for _state in every_screen(window):
                window.tasks.wait_idle()
        runners = window.findChildren(TaskRunner)
        assert runners == [window.tasks], f"{who}: one runner per window, injected, no private ones"
        for call in recorder.calls:
            if call.gui_thread:
                seen["gui"].add(call.name)
            else:
                seen["worker"].add(call.name)
                assert call.thread.startswith(("asn-job", "asn-read")), call
        window.close()
    not_listed = seen["gui"] - GUI_THREAD_CALLS
    assert not not_listed, f"service calls on the GUI thread that the contract does not list: {not_listed}"
    assert not seen["gui"] & (WORKER_CALLS | LOADED_CALLS), "long work or a slow read ran on the GUI thread"
    assert LOADED_CALLS & seen["worker"], "the slow reads were loaded on the read worker"
    unused = GUI_THREAD_CALLS - seen["gui"]
    known = {f"{m}.{f}" for m, f in _service_functions()}
    assert unused <= known, f"the contract lists calls that do not exist: {unused - known}"


def _service_functions() -> set[tuple[str, str]]:
    import importlib
    import inspect
    import pkgutil

    import asn_desktop.services

    out = set()
    for info in pkgutil.iter_modules(asn_desktop.services.__path__):
        module = importlib.import_module(f"asn_desktop.services.{info.name}")
        for name, value in vars(module).items():
            if inspect.isfunction(value) and value.__module__ == module.__name__:
                out.add((info.name, name))
    return out


def test_no_view_makes_a_runner_of_its_own() -> None:
    makers = {
        str(path.relative_to(ROOT))
        for path in (ROOT / "ui").rglob("*.py")
        if re.search(r"(?<!class )\bTaskRunner\(", path.read_text(encoding="utf-8"))
    }
    # The window's runner, and the start phase's one (there is no window yet: the app's start in
    # ``ui/__main__.py`` hands it to the unlock and login dialogs, the start dialog makes its own
    # when shown alone); nothing else.
    assert makers == {"ui/main_window.py", "ui/views/start_dialog.py", "ui/__main__.py"}, makers
