"""A dialog whose OK runs a core action and shows the core's refusal inline, keeping the input.

The refusal stays only while it is true: the first edit after it runs ``validate`` again, which
clears the message (or, in a dialog that checks as one types, replaces it with the current reason).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.errors import user_message
from ui.widgets import elide
from ui.widgets.names import named
from ui.widgets.tone import Tone, set_tone


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None, *, ok_text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = named(QLabel(), "message")
        self.message.setWordWrap(True)
        set_tone(self.message, Tone.ERROR)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button.setText(ok_text or self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.action: Callable[[], Any] | None = None
        self.result_value: Any = None
        self.setMinimumWidth(520)
        self._watching = False

    @property
    def ok_button(self) -> QPushButton:
        """Asked of the button box each time: a wrapper kept from construction was found dead
        inside a test's modal loop after earlier tests, while the button itself was alive."""
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def showEvent(self, event: QShowEvent) -> None:
        """The inputs are added after construction, so they are watched once the dialog shows."""
        if not self._watching:
            self._watching = True
            elide.install(self)
            for edit in self.findChildren(QLineEdit):
                edit.textEdited.connect(self.validate)
            for text in self.findChildren(QPlainTextEdit):
                text.textChanged.connect(self.validate)
            for combo in self.findChildren(QComboBox):
                combo.currentIndexChanged.connect(self.validate)
            for day in self.findChildren(QDateEdit):
                day.dateChanged.connect(self.validate)
        super().showEvent(event)

    def validate(self) -> bool:
        """Check the input as it stands; True when OK may be pressed. Clears an old refusal."""
        self.message.clear()
        self.ok_button.setEnabled(True)
        return True

    def _submit(self) -> None:
        assert self.action is not None
        if not self.validate():
            return
        try:
            self.result_value = self.action()
        except Exception as exc:
            message = user_message(exc)
            if message is None:
                raise
            self.message.setText(message)
            return
        self.accept()
