"""Unlocking a workspace with its passphrase (when the keys are not in the OS keyring)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from asn_desktop.errors import AsnError
from asn_desktop.services.context import Workspace
from asn_desktop.services.workspace import open_workspace


class UnlockDialog(QDialog):
    """Asks for the passphrase until it opens the workspace or the user gives up.

    A wrong passphrase shows the core's message in the dialog and changes nothing on disk.
    """

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("Buka ruang kerja"))
        self.setObjectName("unlockDialog")
        intro = QLabel(self.tr("Ruang kerja di {path} dikunci dengan frasa sandi.").format(path=path))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="passphrase")
        self.message = QLabel(objectName="message")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Frasa sandi"), self.passphrase)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buka"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def try_unlock(self) -> None:
        try:
            self.workspace = open_workspace(self.path, passphrase=self.passphrase.text())
        except AsnError as exc:
            self.message.setText(exc.message)
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.accept()
