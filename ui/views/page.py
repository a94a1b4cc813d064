"""The base of every screen: refresh on show, and an unsaved-changes guard."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from asn_desktop.services.context import AppContext


class Page(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dirty = False

    def refresh(self) -> None:
        """Reload what the screen shows (called each time it is shown)."""

    def mark_dirty(self, dirty: bool = True) -> None:
        self.dirty = dirty

    def confirm_leave(self) -> bool:
        """Ask before unsaved changes are lost; True when it is fine to leave."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Perubahan belum disimpan"),
            self.tr("Ada perubahan yang belum disimpan. Tinggalkan tanpa menyimpan?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            return True
        return False
