"""Long work off the GUI thread: one serialized worker, progress and Cancel, no Qt in the worker.

The core reports progress through a plain ``ProgressSink`` and checks a ``CancelToken`` between
units of work (Anki's taskman habit: one worker for everything that touches the database, so two
jobs never write at once). The worker never touches a Qt object: it puts events on a plain
queue that a timer on the GUI thread drains. Emitting Qt signals from a Python thread can
deadlock (the worker holds a Qt connection lock while it waits for the GIL, the GUI thread holds
the GIL while it waits for that lock), as a test once showed.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from asn_desktop.progress import CancelToken

POLL_MS = 25


@dataclass
class _Job:
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]
    on_progress: Callable[[int, int, str], None] | None


class TaskRunner(QObject):
    """Runs jobs one at a time on a worker thread; callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="asn-db")
        self._events: queue.SimpleQueue[tuple[_Job, str, Any]] = queue.SimpleQueue()
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._drain)
        self._running = 0

    def run(
        self,
        job: Callable[[Callable[[int, int, str], None], CancelToken], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int, str], None] | None = None,
        token: CancelToken | None = None,
    ) -> CancelToken:
        """Start ``job(progress, token)``."""
        token = token or CancelToken()
        entry = _Job(on_done, on_error, on_progress)

        def progress(done: int, total: int, text: str) -> None:
            self._events.put((entry, "progress", (done, total, text)))

        future = self._pool.submit(job, progress, token)
        future.add_done_callback(lambda f: self._events.put((entry, "finished", f)))
        self._running += 1
        self._timer.start()
        return token

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
        if exc is not None:
            entry.on_error(exc)
        else:
            entry.on_done(future.result())

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
        self._drain()


def run_with_progress(
    parent: QWidget,
    runner: TaskRunner,
    title: str,
    job: Callable[[Callable[[int, int, str], None], CancelToken], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> QProgressDialog:
    """A modal-less progress dialog with a Cancel button around ``runner.run``."""
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

    def finish(fn: Callable[[Any], None]) -> Callable[[Any], None]:
        def inner(value: Any) -> None:
            dialog.close()
            fn(value)

        return inner

    token = runner.run(job, on_done=finish(on_done), on_error=finish(on_error), on_progress=progress)
    # Not ``connect(token.cancel)``: PySide disconnects a bound method's connection when its object
    # dies, and the worker thread may drop the token's last reference. That disconnect, run in the
    # worker, takes Qt's connection lock and then waits for the GIL, while the GUI thread, holding
    # the GIL, closes this dialog and waits for the same lock: a deadlock (seen in the test suite).
    # A lambda is kept by the dialog, and with it the token, so the connection dies with the dialog
    # in the GUI thread.
    dialog.canceled.connect(lambda: token.cancel())  # noqa: PLW0108 - see above
    dialog.show()
    return dialog
