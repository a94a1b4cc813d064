"""When no workspace is known: open the demo, open a folder, or create a new agency workspace."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop import paths
from asn_desktop.errors import WorkspaceError
from asn_desktop.progress import Cancelled, CancelToken, ProgressSink
from asn_desktop.services import sync as sync_svc
from asn_desktop.services.context import AppContext
from asn_desktop.services.demo import DEMO_PASSPHRASE, DEMO_PASSWORD, build_demo
from asn_desktop.services.workspace import init_workspace, login
from ui.errors import show_error
from ui.tasks import TaskRunner, run_with_progress
from ui.widgets.file_dialogs import choose_folder, open_file
from ui.widgets.form_dialog import FormDialog
from ui.widgets.names import named


def _run_blocking(
    parent: QWidget | None,
    title: str,
    job: Callable[[ProgressSink, CancelToken], Any],
    runner: TaskRunner | None = None,
) -> str:
    """Run ``job`` off the GUI thread with a progress dialog, waiting in a local event loop.

    "done", "failed" (the error was shown) or "cancelled" (nothing to show: the user pressed
    Batal). Before any main window exists there is no window runner: the start
    dialog's own one is used, or, when none is given (``asn-desktop --demo``), one for this call.
    """
    own = runner is None
    tasks = runner or TaskRunner()
    loop = QEventLoop()
    outcome: list[str] = []

    def done(_: Any) -> None:
        outcome.append("done")
        loop.quit()

    def failed(exc: BaseException) -> None:
        show_error(parent, exc)
        outcome.append("failed")
        loop.quit()

    def cancelled() -> None:
        outcome.append("cancelled")
        loop.quit()

    host = parent or QWidget()
    run_with_progress(host, tasks, title, job, done, failed, cancelled)
    loop.exec()
    if own:
        tasks.shutdown()
    return outcome[0] if outcome else "failed"


def build_demo_workspace(
    path: Path, parent: QWidget | None = None, employees: int = 60, *, tasks: TaskRunner | None = None
) -> bool:
    """Build the demo workspace in ``path``; Batal stops it and leaves no half-built folder."""
    fresh = not path.exists()

    def job(progress: ProgressSink, token: CancelToken) -> None:
        def step(done: int, total: int, text: str) -> None:
            token.check()  # the demo is built in stages; Batal ends it at the next one
            progress(done, total, text)

        try:
            ws = init_workspace(
                path,
                agency="Badan Kepegawaian Daerah Provinsi Contoh",
                admin_password=DEMO_PASSWORD,
                passphrase=DEMO_PASSPHRASE,
                prefer_keyring=False,
            )
            try:
                build_demo(
                    AppContext.system(ws),
                    employees=employees,
                    seed=1,
                    year=ws.now().year,
                    progress=step,
                    workspace_passphrase=DEMO_PASSPHRASE,
                )
            finally:
                ws.close()
        except Cancelled:
            if fresh:
                shutil.rmtree(path, ignore_errors=True)
            raise

    title = QCoreApplication.translate("StartDialog", "Menyiapkan ruang kerja demo…")
    return _run_blocking(parent, title, job, tasks) == "done"


class StartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startDialog")
        self.setWindowTitle(self.tr("ASN Kinerja — mulai"))
        self.chosen: Path | None = None
        self.passphrase: str | None = None
        self.tasks = TaskRunner(self)  # the start phase's runner: there is no main window yet
        intro = QLabel(self.tr("<h3>Selamat datang di ASN Kinerja</h3>Pilih ruang kerja yang akan dibuka."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for name, text, slot in (
            ("openDemo", self.tr("Buka ruang kerja demo"), self.open_demo),
            ("openFolder", self.tr("Buka ruang kerja yang ada…"), self.open_folder),
            ("createNew", self.tr("Buat ruang kerja instansi baru…"), self.create_new),
            ("joinAgency", self.tr("Gabung dengan instansi (berkas pendaftaran)…"), self.join),
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(slot)
            layout.addWidget(button)

    def open_demo(self) -> None:
        path = paths.demo_workspace()
        if not (path / "device.json").exists() and not build_demo_workspace(path, self, tasks=self.tasks):
            return
        self.chosen, self.passphrase = path, DEMO_PASSPHRASE
        self.accept()

    def open_folder(self) -> None:
        folder = choose_folder(self, self.tr("Pilih folder ruang kerja"), "workspace")
        if folder:
            self.chosen = folder
            self.accept()

    def create_new(self) -> None:
        dialog = FormDialog(self.tr("Ruang kerja instansi baru"), self, ok_text=self.tr("Buat"))
        folder = named(QLineEdit(str(paths.default_workspace())), "newFolder")
        agency = named(QLineEdit(), "newAgency")
        password = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "newAdminPassword")
        passphrase = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "newPassphrase")
        passphrase.setPlaceholderText(self.tr("dipakai bila tidak ada keyring sistem"))
        dialog.form.addRow(self.tr("Folder"), folder)
        dialog.form.addRow(self.tr("Nama instansi"), agency)
        dialog.form.addRow(self.tr("Kata sandi admin"), password)
        dialog.form.addRow(self.tr("Frasa sandi ruang kerja"), passphrase)
        share = named(QLineEdit(), "newShare")
        share.setPlaceholderText(self.tr("opsional: folder berbagi atau smb://server/share/folder"))
        dialog.form.addRow(self.tr("Lokasi berbagi sinkronisasi"), share)

        def create() -> Path:
            ws = init_workspace(
                Path(folder.text()),
                agency=agency.text(),
                admin_password=password.text(),
                passphrase=passphrase.text() or None,
            )
            try:
                if share.text().strip():
                    sync_svc.set_sync_share(login(ws, "admin", password.text()), share.text())
            finally:
                ws.close()
            return Path(folder.text())

        dialog.action = create
        if dialog.exec():
            self.chosen, self.passphrase = dialog.result_value, passphrase.text() or None
            self.accept()

    def join(self) -> None:
        """This laptop becomes a device of an existing agency, from the admin's enrolment file."""
        dialog = FormDialog(self.tr("Gabung dengan instansi"), self, ok_text=self.tr("Gabung"))
        file = named(QLineEdit(), "joinFile")
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(
            lambda: file.setText(
                str(open_file(self, self.tr("Berkas pendaftaran"), "enrolment") or file.text())
            )
        )
        row = QHBoxLayout()
        row.addWidget(file, 1)
        row.addWidget(browse)
        enrol_pass = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "joinEnrolPassphrase")
        share = named(QLineEdit(), "joinShare")
        share.setPlaceholderText(self.tr("folder berbagi atau smb://server/share/folder"))
        folder = named(QLineEdit(str(paths.default_workspace())), "joinFolder")
        passphrase = named(QLineEdit(echoMode=QLineEdit.EchoMode.Password), "joinPassphrase")
        passphrase.setPlaceholderText(self.tr("dipakai bila tidak ada keyring sistem"))
        dialog.form.addRow(self.tr("Berkas pendaftaran"), row)
        dialog.form.addRow(self.tr("Frasa sandi berkas"), enrol_pass)
        dialog.form.addRow(self.tr("Lokasi berbagi sinkronisasi"), share)
        dialog.form.addRow(self.tr("Folder ruang kerja di laptop ini"), folder)
        dialog.form.addRow(self.tr("Frasa sandi ruang kerja"), passphrase)

        def run() -> Path:
            enrolment = Path(file.text()).read_bytes()
            target = Path(folder.text())

            def job(progress: ProgressSink, token: CancelToken) -> None:
                ws, _ = sync_svc.join_agency(
                    enrolment,
                    enrol_pass.text(),
                    target,
                    share.text().strip(),
                    workspace_passphrase=passphrase.text() or None,
                    progress=progress,
                    cancel=token,
                )
                ws.close()

            outcome = _run_blocking(self, self.tr("Bergabung dan mengambil data instansi…"), job, self.tasks)
            if outcome == "cancelled":
                raise WorkspaceError(self.tr("Penggabungan dibatalkan; tekan Gabung untuk mencoba lagi."))
            if outcome != "done":
                raise WorkspaceError(
                    self.tr("Gagal bergabung; periksa berkas, frasa sandi dan lokasi berbagi.")
                )
            return target

        dialog.action = run
        if dialog.exec():
            self.chosen, self.passphrase = dialog.result_value, passphrase.text() or None
            self.accept()
