"""Python's cycle collector runs on the GUI thread only.

A collection runs wherever an allocation trips its threshold, a worker thread included. When it
frees a Qt wrapper caught in a reference cycle there, the C++ object is destroyed off the thread
that owns it, and the GUI thread later crashes inside Qt's event loop (seen as a segfault in a GUI
test while the job worker hashed a password). Anki hit the same and does the same: automatic
collection off, a timer on the GUI thread collects instead. Reference counting still frees
everything that is not in a cycle at once; only cycles wait for the timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_EVERY_MS = 1_000
"""The young generations: a few hundred microseconds each time."""
FULL_EVERY = 60
"""A full collection every minute (tens of milliseconds; ``gc.freeze`` keeps the imports out)."""


class GuiThreadCollector(QObject):
    """Turns automatic collection off for as long as it lives, and collects on its timer."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.ticks = 0
        self._timer = QTimer(self)
        self._timer.setInterval(YOUNG_EVERY_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()
        self.destroyed.connect(gc.enable)

    def collect(self) -> None:
        self.ticks += 1
        gc.collect(2 if self.ticks % FULL_EVERY == 0 else 1)
