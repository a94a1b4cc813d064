"""Exporting PDF forms (one unit or the agency) into an archive, off the GUI thread with Cancel.

The user picks the period (the year or one of its periodic periods), the forms (SKP, Evaluasi,
Dokumen Evaluasi, Penetapan — the SKP only for the year) and the place printed in the closing,
prefilled from the agency; an empty place is asked for before anything runs.
"""

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
from asn_desktop.domain.period import Period
from asn_desktop.progress import CancelToken
from asn_desktop.services import periods
from asn_desktop.services.agency import agency_settings
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
        self.message = QLabel(objectName="exportMessage", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ekspor"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        buttons.accepted.connect(self.run_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._what_form())
        layout.addLayout(self._where_form())
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _what_form(self) -> QFormLayout:
        """Year, period and forms: what to export."""
        self.year = QSpinBox(
            objectName="exportYear", minimum=2020, maximum=2100, value=self.ctx.workspace.now().year
        )
        self.period = QComboBox(objectName="exportPeriod")
        self.year.valueChanged.connect(lambda *_: self._fill_periods())
        self.period.currentIndexChanged.connect(lambda *_: self._annual_only())
        self.forms = {
            "skp": QCheckBox(self.tr("SKP"), objectName="exportFormSkp"),
            "evaluasi": QCheckBox(self.tr("Evaluasi Kinerja"), objectName="exportFormEvaluasi"),
            "dokumen": QCheckBox(self.tr("Dokumen Evaluasi Kinerja"), objectName="exportFormDokumen"),
            "penetapan": QCheckBox(self.tr("Penetapan Predikat Kinerja"), objectName="exportFormPenetapan"),
        }
        form_row = QHBoxLayout()
        for box in self.forms.values():
            box.setChecked(True)
            form_row.addWidget(box)
        form_row.addStretch(1)
        self._fill_periods()
        self.unit = QComboBox(objectName="exportUnit")
        self.unit.addItem(self.tr("Seluruh instansi"), None)
        for u in list_units(self.ctx):
            self.unit.addItem(u.name, u.id)
        form = QFormLayout()
        form.addRow(self.tr("Tahun"), self.year)
        form.addRow(self.tr("Periode"), self.period)
        form.addRow(self.tr("Formulir"), form_row)
        form.addRow(self.tr("Unit kerja"), self.unit)
        return form

    def _where_form(self) -> QFormLayout:
        """Place of signing, target, appendix and signing."""
        self.place = QLineEdit(agency_settings(self.ctx).city or "", objectName="exportPlace")
        self.place.setPlaceholderText(self.tr("kota tempat penandatanganan, mis. Palembang"))
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
        form = QFormLayout()
        form.addRow(self.tr("Tempat penandatanganan"), self.place)
        form.addRow(self.tr("Simpan ke (folder atau .zip)"), target_row)
        form.addRow("", self.appendix)
        form.addRow("", self.sign)
        form.addRow(self.tr("Frasa sandi kunci tanda tangan"), self.passphrase)
        return form

    def _fill_periods(self) -> None:
        current = self.period.currentData()
        self.period.clear()
        for p in reversed(periods.evaluation_periods(self.ctx, year=self.year.value())):
            label = self.tr("Tahunan ({label})").format(label=p.label) if p.key.isdigit() else p.label
            self.period.addItem(label, p.key)
        self.period.setCurrentIndex(max(self.period.findData(current), 0))

    def _annual_only(self) -> None:
        """The SKP is annual: its box is off and disabled for a periodic period."""
        key = self.period.currentData()
        annual = key is None or Period.parse(key).key.isdigit()
        self.forms["skp"].setEnabled(annual)
        if not annual:
            self.forms["skp"].setChecked(False)

    def chosen_forms(self) -> tuple[str, ...]:
        return tuple(name for name, box in self.forms.items() if box.isChecked() and box.isEnabled())

    def _missing(self, place: str, forms: tuple[str, ...]) -> str:
        """What must be filled in before exporting (the dialog asks rather than the core refusing)."""
        if not place:
            self.place.setFocus()
            return self.tr("Isi tempat penandatanganan (kota) yang dicetak pada penutup setiap formulir.")
        if not forms:
            return self.tr("Pilih paling sedikit satu formulir.")
        return ""

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
        appendix, forms, place = self.appendix.isChecked(), self.chosen_forms(), self.place.text().strip()
        period_key = self.period.currentData()
        if not place:
            self.message.setText(
                self.tr("Isi tempat penandatanganan (kota) yang dicetak pada setiap formulir.")
            )
            self.place.setFocus()
            if on_finished:
                on_finished()
            return
        if not forms:
            self.message.setText(self.tr("Pilih paling sedikit satu formulir."))
            if on_finished:
                on_finished()
            return

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
                forms=forms,
                period_key=None if period_key == str(year) else period_key,
                place=place,
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
