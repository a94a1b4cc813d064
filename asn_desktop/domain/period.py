"""Evaluation periods: the year, its quarters and its months.

Agencies evaluate periodically (monthly or quarterly, as each one decides) and once a year; every
realisation, rating and form is filed under one period, so a period needs a stable text key for
storage and sync, and an Indonesian label for the forms.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from asn_desktop.domain.errors import InvalidPeriod

__all__ = [
    "MONTHS_ID",
    "InvalidPeriod",
    "Period",
    "PeriodKind",
    "format_date_id",
    "period_containing",
    "periods_of_year",
]

MONTHS_ID: Final[tuple[str, ...]] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

_ROMAN: Final[tuple[str, ...]] = ("I", "II", "III", "IV")
_MIN_YEAR: Final = 1
_MAX_YEAR: Final = 9999

_KEY_ANNUAL: Final = re.compile(r"(\d{4})")
_KEY_QUARTER: Final = re.compile(r"(\d{4})-Q(\d)")
_KEY_MONTH: Final = re.compile(r"(\d{4})-M(\d{2})")


def format_date_id(d: date) -> str:
    """Write a date the way Indonesian forms do ("14 Maret 2026"), independent of the OS locale."""
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"


class PeriodKind(StrEnum):
    """How long a period is; the value is what storage keeps, so it is in Indonesian and stable."""

    ANNUAL = "tahunan"
    QUARTERLY = "triwulan"
    MONTHLY = "bulanan"

    @property
    def label(self) -> str:
        """Name for menus and forms."""
        return _KIND_LABELS[self]

    @property
    def periods_per_year(self) -> int:
        """How many periods of this kind fit in a year: the upper bound of ``Period.index``."""
        return _KIND_COUNTS[self]


_KIND_LABELS: Final = {
    PeriodKind.ANNUAL: "Tahunan",
    PeriodKind.QUARTERLY: "Triwulanan",
    PeriodKind.MONTHLY: "Bulanan",
}
_KIND_COUNTS: Final = {PeriodKind.ANNUAL: 1, PeriodKind.QUARTERLY: 4, PeriodKind.MONTHLY: 12}


def _coerce_kind(kind: str) -> PeriodKind:
    """Accept the stored string as well as the enum, and say in Indonesian when it is neither."""
    try:
        return PeriodKind(kind)
    except ValueError:
        raise InvalidPeriod(f"Jenis periode tidak dikenal: {kind!r}") from None


@dataclass(frozen=True, order=True)
class Period:
    """One evaluation period, identified by year, kind and position within the year.

    Validated on construction so that an impossible period (month 13, quarter 5) can never reach
    storage or a printed form.
    """

    year: int
    kind: PeriodKind
    index: int = 1

    def __post_init__(self) -> None:
        kind = _coerce_kind(self.kind)
        # A plain string that names a kind is accepted, but the stored field is always the enum.
        object.__setattr__(self, "kind", kind)
        if not _MIN_YEAR <= self.year <= _MAX_YEAR:
            raise InvalidPeriod(f"Tahun periode tidak valid: {self.year}")
        last = kind.periods_per_year
        if not 1 <= self.index <= last:
            raise InvalidPeriod(
                f"Urutan periode {kind.label.lower()} harus 1 sampai {last}, tertulis {self.index}"
            )

    @classmethod
    def annual(cls, year: int) -> Period:
        """The yearly period, the one the SKP and the annual evaluation belong to."""
        return cls(year, PeriodKind.ANNUAL, 1)

    @classmethod
    def parse(cls, key: str) -> Period:
        """Read back a ``key``; only the exact form ``key`` writes is accepted, so keys stay unique."""
        if m := _KEY_ANNUAL.fullmatch(key):
            return cls(int(m[1]), PeriodKind.ANNUAL, 1)
        if m := _KEY_QUARTER.fullmatch(key):
            return cls(int(m[1]), PeriodKind.QUARTERLY, int(m[2]))
        if m := _KEY_MONTH.fullmatch(key):
            return cls(int(m[1]), PeriodKind.MONTHLY, int(m[2]))
        raise InvalidPeriod(f"Kode periode tidak dikenal: {key!r} (contoh: 2026, 2026-Q1, 2026-M03)")

    @staticmethod
    def periods_of_year(year: int, kind: PeriodKind) -> list[Period]:
        """Same as the module-level ``periods_of_year``; here too for callers holding only the class."""
        return periods_of_year(year, kind)

    @staticmethod
    def period_containing(day: date, kind: PeriodKind) -> Period:
        """Same as the module-level ``period_containing``."""
        return period_containing(day, kind)

    @property
    def _months(self) -> tuple[int, int]:
        """First and last month covered, the one fact from which start and end follow."""
        if self.kind is PeriodKind.ANNUAL:
            return 1, 12
        if self.kind is PeriodKind.QUARTERLY:
            return 3 * self.index - 2, 3 * self.index
        return self.index, self.index

    @property
    def start(self) -> date:
        """First day of the period (inclusive)."""
        return date(self.year, self._months[0], 1)

    @property
    def end(self) -> date:
        """Last day of the period (inclusive), as the forms print it."""
        last_month = self._months[1]
        return date(self.year, last_month, calendar.monthrange(self.year, last_month)[1])

    @property
    def key(self) -> str:
        """Stable, sortable text for storage and sync ("2026", "2026-Q1", "2026-M03")."""
        if self.kind is PeriodKind.ANNUAL:
            return f"{self.year:04d}"
        if self.kind is PeriodKind.QUARTERLY:
            return f"{self.year:04d}-Q{self.index}"
        return f"{self.year:04d}-M{self.index:02d}"

    @property
    def label(self) -> str:
        """How the period is written on forms and screens."""
        if self.kind is PeriodKind.ANNUAL:
            # The year is written once, as on the SKP header ("1 Januari s.d. 31 Desember 2026").
            return f"1 {MONTHS_ID[0]} s.d. {format_date_id(self.end)}"
        if self.kind is PeriodKind.QUARTERLY:
            return f"Triwulan {_ROMAN[self.index - 1]} {self.year}"
        return f"{MONTHS_ID[self.index - 1]} {self.year}"

    @property
    def range_label(self) -> str:
        """The period's dates as the forms' PERIODE PENILAIAN prints them, the year written once:
        "1 Januari s.d. 31 Maret 2026"."""
        return f"{self.start.day} {MONTHS_ID[self.start.month - 1]} s.d. {format_date_id(self.end)}"

    def contains(self, day: date) -> bool:
        """Whether ``day`` falls within the period, both ends included."""
        return self.start <= day <= self.end


def periods_of_year(year: int, kind: PeriodKind) -> list[Period]:
    """All periods of one kind in a year, in order: what a periodic-evaluation screen lists."""
    kind = _coerce_kind(kind)
    return [Period(year, kind, i) for i in range(1, kind.periods_per_year + 1)]


def period_containing(day: date, kind: PeriodKind) -> Period:
    """The period of ``kind`` a date belongs to, e.g. to file a realisation by its date."""
    kind = _coerce_kind(kind)
    if kind is PeriodKind.ANNUAL:
        return Period(day.year, kind, 1)
    if kind is PeriodKind.QUARTERLY:
        return Period(day.year, kind, (day.month - 1) // 3 + 1)
    return Period(day.year, kind, day.month)
