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
BUSY_YOUNG = 50_000
"""Container objects made, and still alive, since the last collection, above which a worker is
building something large — a join's parsed batches and changes, a batch export. They die by
reference counting when the work ends, so walking them now is wasted, and it stops the window:
during a 10,000-employee join a young collection took up to 0.49 s and a full one 0.9–1.9 s, on
this (GUI) thread. Such a tick is skipped."""
MAX_SKIPPED = 120
"""Ticks skipped in a row at most: cycles wait two minutes at worst, however long the work."""


class GuiThreadCollector(QObject):
    """Turns automatic collection off for as long as it lives, and collects on its timer."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.ticks = 0
        self.skipped = 0
        self._last_full = 0
        self._timer = QTimer(self)
        self._timer.setInterval(YOUNG_EVERY_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()
        self.destroyed.connect(gc.enable)

    def collect(self) -> None:
        self.ticks += 1
        if gc.get_count()[0] > BUSY_YOUNG and self.skipped < MAX_SKIPPED:
            self.skipped += 1
            return
        self.skipped = 0
        full = self.ticks - self._last_full >= FULL_EVERY
        gc.collect(2 if full else 1)
        if full:
            self._last_full = self.ticks
