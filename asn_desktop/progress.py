"""Progress reporting and cancellation, plain Python so sync, pdf and services can use them.

The CLI adapts ``ProgressSink`` to a text bar; the GUI adapts it to Qt signals. A long job calls
``token.check()`` between units of work, so cancelling never interrupts a transaction halfway.
"""

from __future__ import annotations

import threading
from typing import Protocol


class Cancelled(Exception):
    """The user cancelled the job; whatever was committed before stays, nothing is half-done."""


class ProgressSink(Protocol):
    def __call__(self, done: int, total: int, text: str) -> None: ...


def null_progress(done: int, total: int, text: str) -> None:
    """A sink that ignores progress."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled("Dibatalkan oleh pengguna.")
