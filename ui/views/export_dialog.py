"""Exporting PDF forms (one unit or the agency) into an archive, off the GUI thread with Cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asn_desktop import paths
from asn_desktop.progress import CancelToken
from asn_desktop.services.context import AppContext
from asn_desktop.services.overview import list_units
from ui.errors import show_error
from ui.tasks import TaskRunner, run_with_progress


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.result_text = ""
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Ekspor formulir PDF"))
        self.setMinimumWidth(560)
        self.year = QSpinBox(
            objectName="exportYear", minimum=2020, maximum=2100, value=ctx.workspace.now().year
        )
        self.unit = QComboBox(objectName="exportUnit")
        self.unit.addItem(self.tr("Seluruh instansi"), None)
        for u in list_units(ctx):
            self.unit.addItem(u.name, u.id)
        default = paths.data_dir() / "arsip" / f"arsip-{self.year.value()}.zip"
        self.target = QLineEdit(str(default), objectName="exportTarget")
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        self.sign = QCheckBox(self.tr("Tandatangani (kunci para penanda tangan)"), objectName="exportSign")
        self.passphrase = QLineEdit(objectName="exportPassphrase", echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setEnabled(False)
        self.sign.toggled.connect(self.passphrase.setEnabled)
        self.appendix = QCheckBox(
            self.tr("Lampirkan ringkasan umpan balik 360° dan rencana tindak lanjut pada evaluasi"),
            objectName="exportAppendix",
        )
        self.message = QLabel(objectName="exportMessage", wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Tahun"), self.year)
        form.addRow(self.tr("Unit kerja"), self.unit)
        form.addRow(self.tr("Simpan ke (folder atau .zip)"), target_row)
        form.addRow("", self.appendix)
        form.addRow("", self.sign)
        form.addRow(self.tr("Frasa sandi kunci tanda tangan"), self.passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ekspor"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.accepted.connect(self.run_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan arsip"), self.target.text(), "Arsip (*.zip)"
        )
        if name:
            self.target.setText(name)

    def run_export(self, on_finished: Callable[[], None] | None = None) -> None:
        from asn_desktop.services.export import BatchResult, export_batch  # noqa: PLC0415 - pyHanko is heavy

        out, year, unit = Path(self.target.text()), self.year.value(), self.unit.currentData()
        sign, passphrase = self.sign.isChecked(), self.passphrase.text() or None
        appendix = self.appendix.isChecked()

        def job(progress: Callable[[int, int, str], None], token: CancelToken) -> BatchResult:
            out.parent.mkdir(parents=True, exist_ok=True)
            return export_batch(
                self.ctx,
                year=year,
                out=out,
                sign=sign,
                unit=unit,
                default_passphrase=passphrase,
                progress=progress,
                cancel=token,
                appendix=appendix,
            )

        def done(result: BatchResult) -> None:
            lines = [
                self.tr("{n} formulir ditulis ke {target}.").format(
                    n=len(result.written), target=result.target
                )
            ]
            lines += [f"{s.label} ({s.form}): {s.reason}" for s in result.skipped]
            self.result_text = "\n".join(lines)
            self.message.setText(self.result_text)
            if on_finished:
                on_finished()

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            if on_finished:
                on_finished()

        run_with_progress(self, self.tasks, self.tr("Mengekspor formulir…"), job, done, failed)
