"""Logging in to an unlocked workspace (several people may share one laptop)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from asn_desktop.errors import AsnError
from asn_desktop.services.context import AppContext, Workspace
from asn_desktop.services.workspace import login


class LoginDialog(QDialog):
    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, username: str = "", hint: str = ""
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.context: AppContext | None = None
        self.setWindowTitle(self.tr("Masuk — ASN Kinerja"))
        self.setObjectName("loginDialog")
        self.username = QLineEdit(username, objectName="username")
        self.username.setPlaceholderText(self.tr("nama pengguna atau NIP"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="password")
        self.message = QLabel(objectName="message")
        self.message.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Masuk"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        if hint:
            note = QLabel(hint, objectName="loginHint")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def try_login(self) -> None:
        try:
            self.context = login(self.workspace, self.username.text(), self.password.text())
        except AsnError as exc:
            self.message.setText(exc.message)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
