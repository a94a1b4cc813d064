"""Unlocking a workspace with its passphrase (when the keys are not in the OS keyring).

The dialog may be the app's first window, so it imports nothing of the store. The unlock — an
Argon2id derivation, the migration check, the ORM's set-up — runs on a worker behind a busy bar;
``preload``, when given, runs there too (the app imports the main window's modules with it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.errors import user_message
from asn_desktop.progress import CancelToken
from ui.errors import show_crash
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.context import Workspace


class UnlockDialog(QDialog):
    """Asks for the passphrase until it opens the workspace or the user gives up.

    A wrong passphrase shows the core's message in the dialog and changes nothing on disk.
    """

    def __init__(
        self,
        path: Path,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner,
        preload: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.tasks = tasks  # the start phase's runner, shared with the unlock and the window's start
        self.preload = preload
        self.workspace: Workspace | None = None
        self._gave_up = False
        self.setWindowTitle(self.tr("Buka ruang kerja"))
        self.setObjectName("unlockDialog")
        intro = QLabel(self.tr("Ruang kerja di {path} dikunci dengan frasa sandi.").format(path=path))
        intro.setWordWrap(True)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="passphrase")
        self.message = QLabel(objectName="message")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)
        self.busy = QProgressBar(objectName="unlockBusy", minimum=0, maximum=0, textVisible=False)
        self.busy.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Frasa sandi"), self.passphrase)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buka"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def try_unlock(self) -> None:
        if self.busy.isVisible():
            return
        path, passphrase, preload = self.path, self.passphrase.text(), self.preload

        def job(_progress: Callable[[int, int, str], None], _token: CancelToken) -> Workspace:
            from asn_desktop.services.startup import open_for_login  # noqa: PLC0415 - after the window

            ws = open_for_login(path, passphrase)
            if preload is not None:
                preload()
            return ws

        self._set_busy(True)
        self.message.clear()
        self.tasks.run(job, on_done=self._opened, on_error=self._refused)

    def reject(self) -> None:
        self._gave_up = True  # an unlock still running is closed when it ends
        super().reject()

    def _opened(self, ws: Any) -> None:
        self._set_busy(False)
        if self._gave_up:
            ws.close()
            return
        self.workspace = ws
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        message = user_message(exc)
        if message is None:
            show_crash(self, exc)
            self.reject()
            return
        self.message.setText(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
