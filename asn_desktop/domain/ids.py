"""Record identifiers: UUID version 7 (RFC 9562).

Records are created offline on several laptops and merged later, so ids must be unique without a
central counter; version 7 also starts with a millisecond timestamp, so ids sort by creation time,
which keeps database indexes compact and makes sync logs readable.
"""

from __future__ import annotations

import os
import re
import threading
import time
import uuid
from collections.abc import Callable
from typing import Final

from asn_desktop.domain.errors import DomainError

__all__ = ["id_timestamp_ms", "is_uuid7", "new_id"]

# Python 3.14+ ships a monotonic uuid7; earlier versions use the implementation below.
_STDLIB_UUID7: Callable[[], uuid.UUID] | None = getattr(uuid, "uuid7", None)

_CANONICAL: Final = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
_TS_MASK: Final = (1 << 48) - 1
_SEQ_MAX: Final = 0xFFF  # rand_a is 12 bits
_SEQ_SEED_MASK: Final = 0x7FF  # a fresh millisecond starts in the lower half, leaving room to count
_RAND_B_MASK: Final = (1 << 62) - 1


class _Clock:
    """The last (millisecond, counter) pair handed out, so ids of one process never go backwards.

    Within one millisecond the 12-bit ``rand_a`` field counts up (RFC 9562 §6.2, method 1); when it
    overflows, or when the wall clock steps back, the timestamp is carried forward instead.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.last_ms = -1
        self.last_seq = 0

    def next(self, now_ms: int) -> tuple[int, int]:
        with self._lock:
            if now_ms > self.last_ms:
                ms, seq = now_ms, int.from_bytes(os.urandom(2), "big") & _SEQ_SEED_MASK
            else:
                ms, seq = self.last_ms, self.last_seq + 1
                if seq > _SEQ_MAX:
                    ms, seq = ms + 1, 0
            self.last_ms, self.last_seq = ms, seq
            return ms, seq


_CLOCK: Final = _Clock()


def _build_uuid7(ms: int, seq: int, rand_b: int) -> uuid.UUID:
    value = (
        (ms & _TS_MASK) << 80
        | 0x7 << 76  # version
        | (seq & _SEQ_MAX) << 64
        | 0b10 << 62  # variant
        | (rand_b & _RAND_B_MASK)
    )
    return uuid.UUID(int=value)


def _now_ms() -> int:
    """Wall-clock milliseconds; a seam so tests can freeze or rewind the clock."""
    return time.time_ns() // 1_000_000


def new_id() -> str:
    """A fresh UUID v7 in canonical form (36 lowercase characters), later than any before it here."""
    if _STDLIB_UUID7 is not None:
        return str(_STDLIB_UUID7())
    ms, seq = _CLOCK.next(_now_ms())
    return str(_build_uuid7(ms, seq, int.from_bytes(os.urandom(8), "big")))


def is_uuid7(text: str) -> bool:
    """Whether ``text`` is a version-7 UUID in the canonical lowercase form ``new_id`` produces.

    Other spellings (upper case, braces, no hyphens) are refused because ids are compared and
    sorted as strings.
    """
    return _CANONICAL.fullmatch(text) is not None


def id_timestamp_ms(id: str) -> int:
    """Unix time in milliseconds at which the id was made, e.g. to show when a record was created."""
    if not is_uuid7(id):
        raise DomainError(f"ID tidak valid (bukan UUID versi 7): {id!r}", code="invalid_id")
    return int(id[:8] + id[9:13], 16)
