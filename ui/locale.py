"""Dates and numbers in widgets: Indonesian by default, from the core's one formatter.

Numbers keep the digits that were typed (``domain.formatting``: "10.000.000", "2,5", never
"1e+07" or a rounded "2,3" for 2,25); a fixed number of decimals is only for computed figures.
With the English interface the separators and month names follow Qt's English locale, the
digits stay the same.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QLocale

from asn_desktop.domain.formatting import format_date, format_number, format_quantity, to_decimal

ID = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def current() -> QLocale:
    return QLocale()


def _indonesian() -> bool:
    return current().language() == QLocale.Language.Indonesian


def fmt_number(value: float | Decimal | None, decimals: int | None = None) -> str:
    """A number as typed (``decimals=None``) or rounded to ``decimals`` places; a whole number is
    written without decimals either way (a mean of 3 is "3", not "3,0")."""
    if value is None:
        return ""
    if to_decimal(value) == to_decimal(value).to_integral_value():
        decimals = 0
    if _indonesian():
        return format_number(value, decimals=decimals)
    exact = to_decimal(value)
    places = decimals if decimals is not None else max(0, -int(exact.normalize().as_tuple().exponent))
    if places == 0:
        return current().toString(round(exact))
    return current().toString(float(exact), "f", places)


def fmt_quantity(value: float | Decimal | None, unit: str | None) -> str:
    """A target or realisation with its unit ("10.000.000 rupiah"); "" when there is none."""
    if value is None:
        return ""
    if _indonesian():
        return format_quantity(value, unit)
    return f"{fmt_number(value)} {unit or ''}".strip()


def fmt_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if _indonesian():
        return format_date(value)
    d = value.date() if isinstance(value, datetime) else value
    return current().toString(d, "d MMMM yyyy")


def fmt_percent(ratio: float | None) -> str:
    return "" if ratio is None else f"{fmt_number(ratio * 100, 0)} %"
