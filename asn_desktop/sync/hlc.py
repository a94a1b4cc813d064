"""Hybrid logical clock (Kulkarni et al., 2014).

Timestamps order every change across laptops even when their wall clocks disagree: the wall
part never goes backwards and the counter breaks ties inside one millisecond; the device id
breaks ties between devices. The string form sorts in the same order as the tuple, so the change
log can be indexed and compared as text.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

# A remote timestamp this far ahead of our wall clock means one of the two clocks is wrong.
MAX_DRIFT_MS = 60 * 60 * 1000


@dataclass(frozen=True, order=True)
class Hlc:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:05d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter), device)


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """The clock of one device; thread-safe because the GUI's workers share it."""

    def __init__(self, device: str, *, now_ms: Callable[[], int] = _wall_ms, last: Hlc | None = None):
        self.device = device
        self._now_ms = now_ms
        self._wall = last.wall_ms if last else 0
        self._counter = last.counter if last else 0
        self._lock = threading.Lock()

    def tick(self) -> Hlc:
        """A timestamp for a local event, later than every timestamp seen before."""
        with self._lock:
            now = self._now_ms()
            if now > self._wall:
                self._wall, self._counter = now, 0
            else:
                self._counter += 1
            return Hlc(self._wall, self._counter, self.device)

    def observe(self, remote: Hlc) -> bool:
        """Fold in a timestamp received from another device; True if it is suspiciously far ahead."""
        with self._lock:
            now = self._now_ms()
            drift = remote.wall_ms - now > MAX_DRIFT_MS
            if remote.wall_ms > self._wall:
                self._wall, self._counter = remote.wall_ms, remote.counter
            elif remote.wall_ms == self._wall:
                self._counter = max(self._counter, remote.counter)
            return drift
