"""Dates and numbers the Indonesian way (14 Maret 2026, 1.250,5), whatever the OS locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, QTranslator

from asn_desktop.resources import resource_path

ID = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def current() -> QLocale:
    return QLocale()


def to_date(value: QDate) -> date:
    """A ``QDate`` as a ``datetime.date`` (``toPython`` is typed as returning ``object``)."""
    return date(value.year(), value.month(), value.day())


def fmt_number(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return current().toString(int(value))
    return current().toString(float(value), "f", decimals)


def fmt_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
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
