"""Showing the core's errors: its Indonesian message in a box; anything else is a bug report."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from asn_desktop.errors import user_message


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Expected errors (AsnError, DomainError) show their message; others open the crash dialog."""
    message = user_message(exc)
    if message is None:
        show_crash(parent, exc)
        return
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("errors", "Tidak dapat dilanjutkan"),
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorBox")
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("errors", "Tutup"))
    box.exec()


def show_crash(parent: QWidget | None, exc: BaseException) -> None:
    details = "".join(traceback.format_exception(exc))
    logging.getLogger("ui.crash").error("kesalahan tak terduga:\n%s", details)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("errors", "Terjadi kesalahan"),
        QCoreApplication.translate(
            "errors",
            "Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan aman. "
            "Kirimkan rincian di bawah ini kepada admin.",
        ),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("crashBox")
    box.setDetailedText(details)
    box.exec()
