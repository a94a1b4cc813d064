"""The application object: names, style, translations (Indonesian first), crash dialog."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from asn_desktop import __version__
from asn_desktop.resources import resource_path
from ui import settings
from ui.errors import show_crash
from ui.garbage import GuiThreadCollector
from ui.locale import EN, ID, QT_TEXTS

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}


class Application(QApplication):
    def __init__(self, argv: Sequence[str], *, language: str | None = None) -> None:
        super().__init__(list(argv))
        self.setOrganizationName("ASN Kinerja")
        self.setOrganizationDomain("asn-kinerja.go.id")
        self.setApplicationName("ASN Kinerja Desktop")
        self.setApplicationVersion(__version__)
        self.setStyle("Fusion")
        style = resource_path("styles/app.qss")
        if style.exists():
            self.setStyleSheet(style.read_text(encoding="utf-8"))
        font = QFont(self.font())
        font.setPointSize(max(font.pointSize(), 10))
        self.setFont(font)
        self.translator = QTranslator(self)
        self.collector: GuiThreadCollector | None = None
        self.language = ""
        self.set_language(language or settings.LANGUAGE.get(settings.store()))

    def set_language(self, language: str) -> bool:
        """Indonesian is the source language; English comes from ``asn_desktop_en.qm``."""
        self.removeTranslator(self.translator)
        self.language = language if language in LANGUAGES else "id"
        QLocale.setDefault(EN if self.language == "en" else ID)
        QT_TEXTS.install(self, self.language)  # Qt's own buttons, file dialog and menus
        if self.language == "id":
            return True
        qm = resource_path(f"i18n/asn_desktop_{self.language}.qm")
        loaded = self.translator.load(str(qm))
        if loaded:
            self.installTranslator(self.translator)
        return loaded

    def collect_on_gui_thread(self) -> None:
        """Cycles are collected on the GUI thread only (see ``ui.garbage``)."""
        if self.collector is None:
            self.collector = GuiThreadCollector(self)

    def install_excepthook(self) -> None:
        """An unexpected error shows the crash dialog instead of silently ending the app."""

        def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
            if issubclass(kind, KeyboardInterrupt):
                sys.__excepthook__(kind, exc, tb)
                return
            show_crash(self.activeWindow(), exc.with_traceback(tb))

        sys.excepthook = hook
