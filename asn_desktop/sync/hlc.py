"""Hybrid logical clock (Kulkarni et al., 2014).

Timestamps order every change across laptops even when their wall clocks disagree: the wall
part never goes backwards and the counter breaks ties inside one millisecond; the device id
breaks ties between devices.

The text form has fixed widths — 13 digits of milliseconds, 5 digits of counter, a 36-character
UUID — so it sorts exactly like the tuple (SQL ``max(hlc)`` and an index on the column stay
right). The counter never grows past five digits: when it would, the clock lends itself the next
millisecond instead (a large import on a laptop whose wall clock lags behind an HLC it saw).
Everything read from another laptop goes through ``Hlc.parse``, which accepts only that exact
form, and code compares ``Hlc`` values (numbers), never the raw strings of untrusted input.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["MAX_AHEAD_MS", "MAX_DRIFT_MS", "Hlc", "HlcInvalid", "HybridClock", "hlc_key"]

# A remote timestamp this far ahead of our wall clock means one of the two clocks is wrong.
MAX_DRIFT_MS = 60 * 60 * 1000
# A remote timestamp further ahead than this is not accepted now (it is retried later): otherwise
# one laptop with a clock set to 2286 would win every field and drag every clock along with it.
MAX_AHEAD_MS = 5 * 60 * 1000
MAX_COUNTER = 99_999
_FORM = re.compile(
    r"(?P<wall>[0-9]{13})-(?P<counter>[0-9]{5})-"
    r"(?P<device>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"
)


class HlcInvalid(ValueError):
    """Text that is not an HLC in our exact form."""


@dataclass(frozen=True, order=True)
class Hlc:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:05d}-{self.device}"

    @classmethod
    def parse(cls, text: object) -> Hlc:
        """Strict: only ``<13 digits>-<5 digits>-<uuid>``; anything else raises ``HlcInvalid``."""
        if not isinstance(text, str):
            raise HlcInvalid(f"bukan cap waktu HLC: {text!r:.60}")
        match = _FORM.fullmatch(text)
        if match is None:
            raise HlcInvalid(f"cap waktu HLC tidak sah: {text!r:.60}")
        return cls(int(match["wall"]), int(match["counter"]), match["device"])

    @staticmethod
    def device_of(text: object) -> str:
        """The device of a strict HLC (``parse``'s check without building the value: a new laptop
        checks half a million of them)."""
        match = _FORM.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            return Hlc.parse(text).device  # the same check: raises, with the reason
        return match["device"]

    @classmethod
    def parse_local(cls, text: str) -> Hlc:
        """Lenient, for this laptop's own change log (old releases wrote wider counters)."""
        wall, counter, device = text.split("-", 2)
        return cls(int(wall), int(counter), device)


def hlc_key(text: str) -> tuple[int, int, str]:
    """Sort key of a stored HLC string, numeric in its parts (``Hlc.parse_local``'s, without the object)."""
    wall, counter, device = text.split("-", 2)
    return (int(wall), int(counter), device)


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """The clock of one device; thread-safe because the GUI's workers share it."""

    def __init__(self, device: str, *, now_ms: Callable[[], int] = _wall_ms, last: Hlc | None = None):
        self.device = device
        self._now_ms = now_ms
        self._wall = last.wall_ms if last else 0
        self._counter = min(last.counter, MAX_COUNTER) if last else 0
        self._lock = threading.Lock()

    def now_ms(self) -> int:
        """This laptop's wall clock, in the clock's milliseconds."""
        return self._now_ms()

    def tick(self) -> Hlc:
        """A timestamp for a local event, later than every timestamp seen before."""
        with self._lock:
            now = self._now_ms()
            if now > self._wall:
                self._wall, self._counter = now, 0
            elif self._counter >= MAX_COUNTER:
                self._wall, self._counter = self._wall + 1, 0
            else:
                self._counter += 1
            return Hlc(self._wall, self._counter, self.device)

    def too_far_ahead(self, remote: Hlc) -> bool:
        """Whether ``remote`` is further ahead of our wall clock than we accept now."""
        return remote.wall_ms - self._now_ms() > MAX_AHEAD_MS

    def observe(self, remote: Hlc) -> bool:
        """Fold in a verified remote timestamp; True if it is more than an hour ahead of our clock.

        Callers refuse timestamps that ``too_far_ahead`` first, so this can never drag the clock
        beyond a few minutes past this laptop's wall time.
        """
        with self._lock:
            now = self._now_ms()
            drift = remote.wall_ms - now > MAX_DRIFT_MS
            if remote.wall_ms > self._wall:
                self._wall, self._counter = remote.wall_ms, remote.counter
            elif remote.wall_ms == self._wall:
                self._counter = max(self._counter, remote.counter)
            return drift
