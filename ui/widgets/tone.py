"""Colours that mean something (error, done, warning, predikat), readable on light and dark desktops.

The app takes its palette from the desktop (Fusion follows the system's light or dark scheme), so a
fixed dark red on a dark grey window was unreadable. Each tone has a light-desktop and a
dark-desktop shade, both at least 4.5:1 against the window colour of their kind; which one applies
is read from the palette at the moment it is set, and ``retone`` sets them again when the desktop
switches while the app runs. Text colour goes through the palette, not a style sheet: a style sheet
would stop the font propagation that the large-font meeting view relies on.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from asn_desktop.domain.rating import Predikat


class Tone(Enum):
    ERROR = "error"
    OK = "ok"
    WARNING = "warning"
    MUTED = "muted"


# (light desktop, dark desktop)
_SHADES: dict[Tone, tuple[str, str]] = {
    Tone.ERROR: ("#b00020", "#ff8a80"),
    Tone.OK: ("#1b6e20", "#81c995"),
    Tone.WARNING: ("#a84300", "#ffb74d"),
    Tone.MUTED: ("#555555", "#b8b8b8"),
}
_PREDIKAT: dict[Predikat, tuple[str, str]] = {
    Predikat.SANGAT_BAIK: ("#1b5e20", "#a5d6a7"),
    Predikat.BAIK: ("#2e7d32", "#81c995"),
    Predikat.BUTUH_PERBAIKAN: ("#a84300", "#ffb74d"),
    Predikat.KURANG: ("#c62828", "#ff8a80"),
    Predikat.SANGAT_KURANG: ("#8e0000", "#ffab91"),
}
_PROPERTY = "asnTone"


def is_dark(palette: QPalette | None = None) -> bool:
    """A dark desktop: the window colour is darker than its text."""
    pal = palette or QApplication.palette()
    return (
        pal.color(QPalette.ColorRole.Window).lightness()
        < pal.color(QPalette.ColorRole.WindowText).lightness()
    )


def colour(tone: Tone, palette: QPalette | None = None) -> QColor:
    light, dark = _SHADES[tone]
    return QColor(dark if is_dark(palette) else light)


def predikat_colour(predikat: Predikat, palette: QPalette | None = None) -> QColor:
    light, dark = _PREDIKAT[predikat]
    return QColor(dark if is_dark(palette) else light)


def set_tone(widget: QWidget, tone: Tone | Predikat | None) -> None:
    """Colour a label's text by meaning; None returns it to the palette's own text colour."""
    widget.setProperty(_PROPERTY, None if tone is None else f"{type(tone).__name__}:{tone.value}")
    _apply(widget, tone)


def _apply(widget: QWidget, tone: Tone | Predikat | None) -> None:
    if tone is None:
        widget.setPalette(QPalette())  # inherit again, and so follow the desktop
        return
    palette = QPalette(widget.palette())
    app = QApplication.palette()
    shade = predikat_colour(tone, app) if isinstance(tone, Predikat) else colour(tone, app)
    palette.setColor(QPalette.ColorRole.WindowText, shade)
    palette.setColor(QPalette.ColorRole.Text, shade)
    widget.setPalette(palette)


def retone(root: QWidget | None = None) -> None:
    """Set every toned widget's colour again (the desktop switched between light and dark)."""
    widgets = root.findChildren(QWidget) if root is not None else QApplication.allWidgets()
    for widget in widgets:
        value = widget.property(_PROPERTY)
        if not value:
            continue
        kind, _, key = str(value).partition(":")
        _apply(widget, Predikat(key) if kind == "Predikat" else Tone(key))
