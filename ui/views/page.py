"""The base of every screen: refresh on show, and an unsaved-changes guard (Simpan/Buang/Batal)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from asn_desktop.services.context import AppContext
from ui.widgets.questions import Unsaved, ask_unsaved


class Page(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dirty = False

    def refresh(self) -> None:
        """Reload what the screen shows (called each time it is shown)."""

    def mark_dirty(self, dirty: bool = True) -> None:
        self.dirty = dirty

    def save_changes(self) -> bool:
        """Store what is unsaved, as the screen's own save button would; True when it is stored.

        A screen that can become dirty overrides this; a refusal by the core is shown by the
        screen (inline or in a box) and answered with False, so the user stays and loses nothing.
        """
        return False

    def unsaved_what(self) -> str:
        """A few words naming what is unsaved, for the question (empty: just "perubahan")."""
        return ""

    def confirm_leave(self) -> bool:
        """Ask before unsaved changes are lost; True when it is fine to leave."""
        if not self.dirty:
            return True
        answer = ask_unsaved(self, self.unsaved_what())
        if answer is Unsaved.SAVE:
            if not self.save_changes():
                return False
            self.dirty = False
            return True
        if answer is Unsaved.DISCARD:
            self.dirty = False
            return True
        return False
