"""Dates and numbers in widgets: Indonesian by default, from the core's one formatter.

Numbers keep the digits that were typed (``domain.formatting``: "10.000.000", "2,5", never
"1e+07" or a rounded "2,3" for 2,25); a fixed number of decimals is only for computed figures.
With the English interface the separators and month names follow Qt's English locale, the
digits stay the same.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, QTranslator

from asn_desktop.domain.formatting import format_date, format_number, format_quantity, to_decimal
from asn_desktop.resources import resource_path

ID = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def current() -> QLocale:
    return QLocale()


def to_date(value: QDate) -> date:
    """A ``QDate`` as a ``datetime.date`` (``toPython`` is typed as returning ``object``)."""
    return date(value.year(), value.month(), value.day())


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
    return current().toString(QDate(d.year, d.month, d.day), "d MMMM yyyy")


def fmt_percent(ratio: float | None) -> str:
    return "" if ratio is None else f"{fmt_number(ratio * 100, 0)} %"


def fmt_time(value: datetime) -> str:
    """ "10.42": the Indonesian way of writing a time of day."""
    return current().toString(QTime(value.hour, value.minute), "HH.mm")


def fmt_datetime(value: datetime | None) -> str:
    """ "14 Maret 2026 10.42": a day and a time (the last sync, an autosave)."""
    if value is None:
        return ""
    return f"{fmt_date(value)} {fmt_time(value)}"


class QtTexts:
    """Qt's own texts (standard buttons, file dialog, context menus) in the app's language.

    Indonesian comes from our ``qtbase_id.qm`` (PySide6 ships none); English needs nothing. One
    translator per application, swapped when the language changes.
    """

    def __init__(self) -> None:
        self.translator: QTranslator | None = None

    def install(self, app: QCoreApplication, language: str) -> bool:
        if self.translator is not None:
            app.removeTranslator(self.translator)
            self.translator = None
        if language != "id":
            return True
        translator = QTranslator(app)
        if not translator.load(str(resource_path("i18n/qtbase_id.qm"))):
            return False
        app.installTranslator(translator)
        self.translator = translator
        return True


QT_TEXTS = QtTexts()
