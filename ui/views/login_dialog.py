"""Logging in to a workspace (several people may share one laptop).

The dialog is the app's first window, so it shows before the workspace is open: it takes the
workspace or a ``Future`` of it (being unlocked on a worker while the person types), and imports
nothing of the store. Checking the password (Argon2id, deliberately slow) runs on the worker too,
behind a busy bar, so the window never freezes and a wrong password keeps the user name typed.
"""

from __future__ import annotations

from concurrent.futures import Future
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
    from collections.abc import Callable

    from asn_desktop.services.context import AppContext, Workspace


class UnlockFailed(Exception):
    """The workspace could not be opened behind the login window (its keys need a passphrase)."""


class LoginDialog(QDialog):
    """Log in; ``context`` is set on success, ``unlock_error`` when the workspace itself failed."""

    def __init__(
        self,
        workspace: Workspace | Future[Workspace],
        parent: QWidget | None = None,
        *,
        username: str = "",
        hint: str = "",
        tasks: TaskRunner,
    ) -> None:
        super().__init__(parent)
        self.source = workspace
        self.tasks = tasks  # the start phase's runner, shared with the unlock and the window's start
        self.context: AppContext | None = None
        self.unlock_error: BaseException | None = None
        self.setWindowTitle(self.tr("Masuk — ASN Kinerja"))
        self.setObjectName("loginDialog")
        self.username = QLineEdit(username, objectName="username")
        self.username.setPlaceholderText(self.tr("nama pengguna atau NIP"))
        self.password = QLineEdit(echoMode=QLineEdit.EchoMode.Password, objectName="password")
        self.message = QLabel(objectName="message", wordWrap=True)
        self.message.setStyleSheet("color: #b00020")
        self.busy = QProgressBar(objectName="loginBusy", minimum=0, maximum=0, textVisible=False)
        self.busy.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("Pengguna"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Masuk"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        if hint:
            note = QLabel(hint, objectName="loginHint")
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        (self.password if username else self.username).setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.username, self.password, self.buttons.button(QDialogButtonBox.StandardButton.Ok)):
            widget.setEnabled(not busy)

    def try_login(self) -> None:
        """Check the password off the GUI thread (after the unlock, if it is still running)."""
        if self.busy.isVisible():
            return
        source, username, password = self.source, self.username.text(), self.password.text()

        def job(_progress: Callable[[int, int, str], None], _token: CancelToken) -> AppContext:
            from asn_desktop.services.workspace import login  # noqa: PLC0415 - not before the window shows

            try:
                ws = source.result() if isinstance(source, Future) else source
            except Exception as exc:
                raise UnlockFailed from exc
            return login(ws, username, password)

        self._set_busy(True)
        self.message.clear()
        self.tasks.run(job, on_done=self._signed_in, on_error=self._refused)

    def _signed_in(self, ctx: Any) -> None:
        self._set_busy(False)
        self.context = ctx
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, UnlockFailed):
            self.unlock_error = exc.__cause__
            self.reject()
            return
        message = user_message(exc)
        if message is None:
            show_crash(self, exc)
            self.reject()
            return
        self.message.setText(message)
        self.password.clear()
        self.password.setFocus()
