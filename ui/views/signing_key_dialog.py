"""Kunci tanda tangan saya: a person's own certificate, their passphrase, and PKCS#12 import.

The passphrase is the person's alone: the admin issues a key with an initial passphrase, and
only here, knowing it, does the person set their own (the same key, sealed anew). Both actions
derive Argon2id keys (about 0.3 s each), so they run off the GUI thread behind a busy indicator.
An imported PKCS#12 is kept until an admin approves it and its root CA (Administrasi → Tanda
Tangan); until then the person signs with the key they had.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.errors import NotFound, ValidationFailed, user_message
from asn_desktop.progress import CancelToken
from asn_desktop.services import signing_approval, signing_owner
from asn_desktop.services.context import AppContext
from ui.errors import show_crash
from ui.locale import fmt_date
from ui.tasks import TaskRunner
from ui.widgets.names import named


def _secret(name: str) -> QLineEdit:
    field = named(QLineEdit(), name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _left(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


class SigningKeyDialog(QDialog):
    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.setObjectName("signingKeyDialog")
        self.setWindowTitle(self.tr("Kunci tanda tangan saya"))
        self.setMinimumWidth(560)
        self.status = named(QLabel(), "signingKeyStatus")
        self.status.setWordWrap(True)
        self.busy = named(QProgressBar(), "signingKeyBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.message = named(QLabel(), "signingKeyMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self._build_change())
        layout.addWidget(self._build_import())
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.refresh()

    def _build_change(self) -> QGroupBox:
        box = named(QGroupBox(self.tr("Ganti frasa sandi kunci")), "changeBox")
        self.current = _secret("currentPassphrase")
        self.new = _secret("newPassphrase")
        self.new.setPlaceholderText(self.tr("minimal 8 karakter"))
        self.again = _secret("newPassphraseAgain")
        self.change_button = named(QPushButton(self.tr("&Ganti frasa sandi")), "changePassphrase")
        self.change_button.clicked.connect(self.change_passphrase)
        form = QFormLayout(box)
        form.addRow(self.tr("Frasa sandi &saat ini"), self.current)
        form.addRow(self.tr("Frasa sandi &baru"), self.new)
        form.addRow(self.tr("&Ulangi frasa sandi baru"), self.again)
        form.addRow("", _left(self.change_button))
        return box

    def _build_import(self) -> QGroupBox:
        box = named(
            QGroupBox(self.tr("Impor sertifikat dari penyelenggara sertifikasi (PKCS#12)")), "importBox"
        )
        self.file = named(QLineEdit(), "p12File")
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.p12_password = _secret("p12Password")
        self.import_passphrase = _secret("importPassphrase")
        self.import_passphrase.setPlaceholderText(self.tr("frasa sandi Anda untuk kunci ini"))
        self.import_button = named(QPushButton(self.tr("&Impor")), "importP12")
        self.import_button.clicked.connect(self.import_p12)
        form = QFormLayout(box)
        label = QLabel(self.tr("&Berkas .p12/.pfx"))
        label.setBuddy(self.file)
        form.addRow(label, row)
        form.addRow(self.tr("Kata sandi &berkas"), self.p12_password)
        form.addRow(self.tr("Frasa sandi &kunci"), self.import_passphrase)
        form.addRow("", _left(self.import_button))
        return box

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Berkas sertifikat"), self.file.text(), self.tr("PKCS#12 (*.p12 *.pfx)")
        )
        if name:
            self.file.setText(name)

    def refresh(self) -> None:
        try:
            mine = signing_owner.my_signing_key(self.ctx)
        except NotFound as exc:
            self.status.setText(exc.message)
            self.change_button.setEnabled(False)
            self.import_button.setEnabled(False)
            return
        lines = []
        if mine.holder:
            lines.append(
                self.tr("Sertifikat: {holder}, diterbitkan oleh {issuer}, berlaku sampai {until}.").format(
                    holder=mine.holder, issuer=mine.issuer, until=fmt_date(mine.not_after)
                )
            )
            lines.append(
                self.tr("Frasa sandi kunci sudah Anda tetapkan sendiri.")
                if mine.passphrase_set
                else self.tr("Kunci ini masih memakai frasa sandi awal dari admin: gantilah sekarang.")
            )
        else:
            lines.append(self.tr("Anda belum memiliki sertifikat tanda tangan; minta admin menerbitkannya."))
        if mine.pending_import:
            lines.append(self.tr("Sertifikat yang Anda impor menunggu persetujuan admin."))
        self.status.setText("\n".join(lines))
        self.change_button.setEnabled(bool(mine.holder) or mine.pending_import)

    def _run(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``job`` off the GUI thread; the core's refusal shows in the dialog, input kept."""
        self.busy.setVisible(True)
        self.change_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.message.clear()

        def finish(value: Any) -> None:
            self.busy.setVisible(False)
            self.import_button.setEnabled(True)
            done(value)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.busy.setVisible(False)
            self.import_button.setEnabled(True)
            self.refresh()
            message = user_message(exc)
            if message is None:
                show_crash(self, exc)
                return
            self.message.setText(message)

        def work(_progress: Callable[[int, int, str], None], _token: CancelToken) -> Any:
            return job()

        self.tasks.run(work, on_done=finish, on_error=failed)

    def change_passphrase(self) -> None:
        current, new = self.current.text(), self.new.text()
        if new != self.again.text():
            self.message.setText(self.tr("Kedua frasa sandi baru tidak sama."))
            return

        def done(_count: Any) -> None:
            for field in (self.current, self.new, self.again):
                field.clear()
            self.message.setText(self.tr("Frasa sandi kunci tanda tangan sudah diganti."))

        self._run(lambda: signing_owner.change_signing_passphrase(self.ctx, current=current, new=new), done)

    def import_p12(self) -> None:
        path, password, passphrase = (
            Path(self.file.text()),
            self.p12_password.text(),
            self.import_passphrase.text(),
        )
        employee_id = self.ctx.actor.employee_id
        assert employee_id is not None
        unreadable = self.tr("Berkas {path} tidak dapat dibaca.").format(path=path)

        def job() -> str:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise ValidationFailed(unreadable) from exc
            return signing_approval.import_pkcs12(
                self.ctx,
                employee_id=employee_id,
                data=data,
                p12_password=password or None,
                passphrase=passphrase,
            )

        def done(_row: Any) -> None:
            self.p12_password.clear()
            self.import_passphrase.clear()
            self.message.setText(self.tr("Sertifikat diimpor dan menunggu persetujuan admin."))

        self._run(job, done)
