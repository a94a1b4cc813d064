"""Plt. and Plh.: an acting official set for a position and a date range (DOMAIN.md §7).

A *Pelaksana Tugas* (Plt., for a vacancy or a long absence) or a *Pelaksana Harian* (Plh., for a
short one) acts in the position for the dates the admin sets: as pejabat penilai of the people the
position supervises, and as the signer of what the position signs. Forms print the office as it is
held: "Plt. Kepala Seksi Program". Both ends of the range are included.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Final

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.period import format_date_id

__all__ = ["MAX_DAYS", "ActingKind", "acting_title", "check_acting_range", "is_active", "overlaps"]

MAX_DAYS: Final = 366 * 2  # an assignment is renewed, not open-ended


class ActingKind(StrEnum):
    PLT = "plt"
    PLH = "plh"

    @property
    def label(self) -> str:
        """The abbreviation printed before the position's name."""
        return _LABELS[self]


_LABELS: Final = {ActingKind.PLT: "Plt.", ActingKind.PLH: "Plh."}


def check_acting_range(start: date, end: date) -> None:
    """Refuse an empty, reversed or overlong assignment, naming the dates the Indonesian way."""
    if end < start:
        raise DomainError(
            f"Akhir penugasan ({format_date_id(end)}) sebelum awalnya ({format_date_id(start)}).",
            code="acting_range",
        )
    if (end - start).days >= MAX_DAYS:
        raise DomainError(
            "Penugasan pelaksana tugas paling lama dua tahun; perpanjang bila perlu.", code="acting_range"
        )


def is_active(start: date, end: date, day: date) -> bool:
    return start <= day <= end


def overlaps(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Whether two inclusive date ranges share a day (one position has one acting official a day)."""
    return a[0] <= b[1] and b[0] <= a[1]


def acting_title(kind: ActingKind | str, position_name: str) -> str:
    """ "Plt. Kepala Seksi Program"."""
    return f"{ActingKind(kind).label} {position_name}"
