"""A dialog whose OK runs a core action and shows the core's refusal inline, keeping the input."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from asn_desktop.errors import user_message


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None, *, ok_text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel(objectName="message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text or self.tr("Simpan"))
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

    def _submit(self) -> None:
        assert self.action is not None
        try:
            self.result_value = self.action()
        except Exception as exc:
            message = user_message(exc)
            if message is None:
                raise
            self.message.setText(message)
            return
        self.accept()
