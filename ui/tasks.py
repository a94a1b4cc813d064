"""Long work off the GUI thread: one serialized worker, progress and Cancel through signals.

The core reports progress through a plain ``ProgressSink`` and checks a ``CancelToken`` between
units of work (Anki's taskman habit: one worker for everything that touches the database, so two
jobs never write at once). Results come back to the GUI thread through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from asn_desktop.progress import CancelToken


class _Bridge(QObject):
    """Carries worker events to the GUI thread.

    Signals:
        progressed(done, total, text): the job's progress.
        finished(future): the job ended (result or exception inside the future).
    """

    progressed = Signal(int, int, str)
    finished = Signal(object)


class TaskRunner(QObject):
    """Runs jobs one at a time on a worker thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="asn-db")
        self._bridges: set[_Bridge] = set()  # alive until their job has reported back

    def run(
        self,
        job: Callable[[Callable[[int, int, str], None], CancelToken], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int, str], None] | None = None,
        token: CancelToken | None = None,
    ) -> CancelToken:
        """Start ``job(progress, token)``; the callbacks run on the GUI thread."""
        token = token or CancelToken()
        bridge = _Bridge()
        if on_progress is not None:
            bridge.progressed.connect(on_progress, Qt.ConnectionType.QueuedConnection)

        @Slot(object)
        def _finished(future: Future[Any]) -> None:
            self._bridges.discard(bridge)
            bridge.deleteLater()
            exc = future.exception()
            if exc is not None:
                on_error(exc)
            else:
                on_done(future.result())

        bridge.finished.connect(_finished, Qt.ConnectionType.QueuedConnection)
        self._bridges.add(bridge)
        future = self._pool.submit(job, bridge.progressed.emit, token)
        future.add_done_callback(bridge.finished.emit)
        return token

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)


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
    dialog.canceled.connect(token.cancel)
    dialog.show()
    return dialog
