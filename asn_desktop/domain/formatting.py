"""Numbers, dates and times the way Indonesian forms write them, for every form and screen.

* **Numbers as typed.** A target or a realisation is read from Indonesian text ("10.000.000",
  "2,5") into a float, which holds those digits exactly up to 15 significant digits
  (``target.parse_number`` refuses longer ones). Python's ``repr`` of a float is the shortest text
  that reads back to the same float, so ``Decimal(repr(x))`` recovers exactly the digits that
  were typed — never ``1e+07`` or ``1.23457e+06`` as ``f"{x:g}"`` wrote. Sums of realisations
  are made in ``Decimal`` for the same reason (0,1 + 0,2 is 0,3, not 0,30000000000000004).
* **Dates** are written "14 Maret 2026" whatever the OS locale.
* **Times** are stored in UTC (every laptop must agree) and shown in the agency's zone —
  WIB, WITA or WIT, the three zones of Indonesia, none with daylight saving — so a fixed offset
  is exact and needs no tz database (which Windows lacks).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Final

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.period import format_date_id

__all__ = [
    "TimeZoneId",
    "format_date",
    "format_datetime",
    "format_number",
    "format_quantity",
    "local_date",
    "sum_exact",
    "to_decimal",
    "to_local",
]

Number = int | float | Decimal


class TimeZoneId(StrEnum):
    """Indonesia's three time zones; the value is what the agency setting stores."""

    WIB = "WIB"
    WITA = "WITA"
    WIT = "WIT"

    @property
    def offset(self) -> timedelta:
        """Hours ahead of UTC (WIB UTC+7, WITA UTC+8, WIT UTC+9)."""
        return timedelta(hours=_OFFSETS[self])

    @property
    def label(self) -> str:
        """For the settings list: the abbreviation with its offset and region."""
        return _ZONE_LABELS[self]

    @classmethod
    def parse(cls, value: str | None) -> TimeZoneId:
        """The stored value, or WIB (the most common zone) when none is set; others are refused."""
        if not value:
            return cls.WIB
        try:
            return cls(value.strip().upper())
        except ValueError:
            raise DomainError(
                f"Zona waktu tidak dikenal: {value!r} (pilihan: WIB, WITA, WIT).", code="invalid_timezone"
            ) from None


_OFFSETS: Final = {TimeZoneId.WIB: 7, TimeZoneId.WITA: 8, TimeZoneId.WIT: 9}
_ZONE_LABELS: Final = {
    TimeZoneId.WIB: "WIB (UTC+7) — Sumatra, Jawa, Kalimantan Barat dan Tengah",
    TimeZoneId.WITA: "WITA (UTC+8) — Bali, Nusa Tenggara, Sulawesi, Kalimantan lainnya",
    TimeZoneId.WIT: "WIT (UTC+9) — Maluku, Papua",
}


def to_decimal(value: Number) -> Decimal:
    """The exact decimal digits of a number as it was typed (see the module docstring)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    return Decimal(repr(value))


def sum_exact(values: list[Number]) -> Decimal:
    """The sum of typed numbers in decimal arithmetic, so no binary rounding error is printed."""
    return sum((to_decimal(v) for v in values), Decimal(0))


def _group(digits: str) -> str:
    """Thousands separated by dots: "10000000" → "10.000.000"."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ".".join(parts)


def format_number(value: Number | None, *, decimals: int | None = None) -> str:
    """An Indonesian number: dot for thousands, comma for decimals ("1.234.567", "2,5").

    ``decimals=None`` writes the digits as typed, no more and no fewer; a whole number of
    decimals rounds half up to exactly that many (for computed figures such as angka kredit or a
    percentage). ``None`` prints as an empty string, so a missing value stays visibly missing.
    """
    if value is None:
        return ""
    number = to_decimal(value)
    if decimals is not None:
        number = number.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    elif number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    else:
        number = number.normalize()
    sign = "-" if number < 0 else ""
    whole, _, fraction = f"{abs(number):f}".partition(".")
    text = sign + _group(whole)
    return f"{text},{fraction}" if fraction else text


def format_quantity(value: Number | None, unit: str | None) -> str:
    """A number with its unit as typed ("10.000.000 rupiah", "19,4 %"); "-" when there is none."""
    if value is None:
        return "-"
    return f"{format_number(value)} {unit or ''}".strip()


def format_date(day: date | datetime) -> str:
    """ "14 Maret 2026" (a datetime is taken as already local)."""
    return format_date_id(day.date() if isinstance(day, datetime) else day)


def to_local(utc: datetime, zone: TimeZoneId | None) -> datetime:
    """A stored UTC time (naive, as the database keeps it, or aware) as wall time in ``zone``.

    ``None`` keeps UTC: for a file checked outside any workspace, whose agency zone is unknown.
    """
    naive = utc.astimezone(UTC).replace(tzinfo=None) if utc.tzinfo is not None else utc
    return naive if zone is None else naive + zone.offset


def local_date(utc: datetime, zone: TimeZoneId) -> date:
    """The calendar day in the agency's zone: 31 December 20:00 UTC is 1 January in WIB."""
    return to_local(utc, zone).date()


def format_datetime(utc: datetime, zone: TimeZoneId | None, *, seconds: bool = False) -> str:
    """ "14 Maret 2026 pukul 09.05 WIB": the Indonesian time notation uses dots, not colons."""
    local = to_local(utc, zone)
    clock = f"{local:%H.%M.%S}" if seconds else f"{local:%H.%M}"
    return f"{format_date_id(local.date())} pukul {clock} {zone.value if zone else 'UTC'}"
