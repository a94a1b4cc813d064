"""Exporting PDF forms (one unit or the agency) into an archive, off the GUI thread with Cancel.

The result is a short summary — forms written (how many signed), skipped forms counted by
reason — with the full list behind *Tampilkan rincian*, in a scrolling box of bounded height:
a batch of the whole agency can skip hundreds of forms, and a dialog that grew with them once
reached 2,337 px with its buttons off the screen. *Buka folder* opens where the archive went.
Cancel stops between forms and is reported as such, not as an error.

The user picks the period (the year or one of its periodic periods), the forms (SKP, Evaluasi,
Dokumen Evaluasi, Penetapan, Matriks Pembagian Peran dan Hasil — the SKP and the matrix only for
the year) and the place printed in the closing, prefilled from the agency; an empty place is
asked for before anything runs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
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
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.period import Period
from asn_desktop.progress import CancelToken
from asn_desktop.services import periods
from asn_desktop.services.agency import agency_settings
from asn_desktop.services.context import AppContext
from asn_desktop.services.overview import list_units
from ui.errors import show_error
from ui.tasks import TaskRunner, run_with_progress

if TYPE_CHECKING:
    from asn_desktop.services.export import BatchResult

DETAILS_MAX_HEIGHT = 220
SUMMARY_KINDS = 6  # reasons listed in the summary; the rest are counted as "lainnya"


def default_archive(year: int) -> Path:
    """In the user's Documents (a folder people find), not the app's hidden data folder."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(docs) if docs else Path.home()
    return base / "ASN Kinerja" / f"arsip-{year}.zip"


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tasks = ctx, tasks
        self.result_text = ""
        self.batch: BatchResult | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Ekspor formulir PDF"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addLayout(self._what_form())
        layout.addLayout(self._where_form())
        layout.addLayout(self._build_result())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ekspor"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Tutup"))
        self.open_folder = buttons.addButton(self.tr("Buka &folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder.setObjectName("exportOpenFolder")
        self.open_folder.setEnabled(False)
        self.open_folder.clicked.connect(self.show_folder)
        buttons.accepted.connect(self.run_export)
        buttons.rejected.connect(self.reject)
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
            "matriks": QCheckBox(self.tr("Matriks Peran dan Hasil"), objectName="exportFormMatriks"),
        }
        self.forms["matriks"].setToolTip(
            self.tr("Matriks Pembagian Peran dan Hasil: satu per pimpinan yang telah membagikan RHK-nya")
        )
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
        self.target = QLineEdit(str(default_archive(self.year.value())), objectName="exportTarget")
        browse = QPushButton(self.tr("Pilih…"))
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        self.sign = QCheckBox(self.tr("Tandatangani (kunci para penanda tangan)"), objectName="exportSign")
        self.passphrase = QLineEdit(objectName="exportPassphrase", echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("satu frasa sandi untuk semua penanda tangan"))
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
        """The SKP and the matrix are annual: their boxes are off and disabled for a periodic period."""
        key = self.period.currentData()
        annual = key is None or Period.parse(key).key.isdigit()
        for name in ("skp", "matriks"):
            self.forms[name].setEnabled(annual)
            if not annual:
                self.forms[name].setChecked(False)

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

    def _build_result(self) -> QVBoxLayout:
        self.message = QLabel(objectName="exportMessage", wordWrap=True)
        self.details_toggle = QPushButton(objectName="exportDetailsToggle", checkable=True)
        self.details_toggle.setVisible(False)
        self.details_toggle.toggled.connect(self._show_details)
        self.details = QPlainTextEdit(objectName="exportDetails", readOnly=True)
        self.details.setMaximumHeight(DETAILS_MAX_HEIGHT)
        self.details.setVisible(False)
        box = QVBoxLayout()
        box.addWidget(self.message)
        box.addWidget(self.details_toggle)
        box.addWidget(self.details)
        return box

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan arsip"), self.target.text(), self.tr("Arsip (*.zip)")
        )
        if name:
            self.target.setText(name)

    def folder(self) -> Path:
        """The folder the archive is in: the target itself, or the folder of a .zip."""
        target = Path(self.target.text())
        return target.parent if target.suffix.lower() == ".zip" else target

    def folder_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.folder()))

    def show_folder(self) -> None:
        """Open the archive's folder in the desktop's file manager."""
        QDesktopServices.openUrl(self.folder_url())

    def run_export(self, on_finished: Callable[[], None] | None = None) -> None:
        from asn_desktop.services.export import export_batch  # noqa: PLC0415 - pyHanko is heavy

        out, year, unit = Path(self.target.text()), self.year.value(), self.unit.currentData()
        sign, passphrase = self.sign.isChecked(), self.passphrase.text() or None
        appendix, forms, place = self.appendix.isChecked(), self.chosen_forms(), self.place.text().strip()
        period_key = self.period.currentData()
        missing = self._missing(place, forms)
        if missing:
            self._set_message(missing, [])
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
            self.show_result(result)
            if on_finished:
                on_finished()

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            if on_finished:
                on_finished()

        def cancelled() -> None:  # Batal is not an error: said in the dialog, no box
            self._set_message(self.tr("Ekspor dibatalkan; arsip tidak ditulis."), [])
            if on_finished:
                on_finished()

        self._set_message("", [])
        run_with_progress(self, self.tasks, self.tr("Mengekspor formulir…"), job, done, failed, cancelled)

    def show_result(self, result: BatchResult) -> None:
        """The summary in the dialog, the full list of skipped forms behind the toggle."""
        self.batch = result
        lines = [
            self.tr("{n} formulir ditulis ke {target} ({signed} bertanda tangan).").format(
                n=len(result.written), target=result.target, signed=result.signed
            )
        ]
        kinds = result.skipped_by_kind()
        if kinds:
            lines.append(self.tr("{n} formulir dilewati:").format(n=len(result.skipped)))
            for kind, count, _example in kinds[:SUMMARY_KINDS]:
                lines.append(f"  • {count} × {self.skip_label(kind)}")
            rest = sum(count for _, count, _ in kinds[SUMMARY_KINDS:])
            if rest:
                lines.append("  • " + self.tr("{n} × alasan lain").format(n=rest))
        details = [f"{s.label} ({s.form}): {s.reason}" for s in result.skipped]
        self._set_message("\n".join(lines), details)
        self.open_folder.setEnabled(True)

    def _set_message(self, text: str, details: list[str]) -> None:
        self.result_text = text
        self.message.setText(text)
        self.details.setPlainText("\n".join(details))
        self.details_toggle.setVisible(bool(details))
        self.details_toggle.setChecked(False)
        self.details_toggle.setText(self.tr("Tampilkan rincian ({n})").format(n=len(details)))
        self.details.setVisible(False)
        self.adjustSize()

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        count = self.details.blockCount() if self.details.toPlainText() else 0
        self.details_toggle.setText(
            (self.tr("Sembunyikan rincian ({n})") if shown else self.tr("Tampilkan rincian ({n})")).format(
                n=count
            )
        )
        self.adjustSize()
        self._keep_on_screen()

    def _keep_on_screen(self) -> None:
        """Never taller than the screen the dialog is on (its buttons stay reachable)."""
        screen = self.screen().availableGeometry()
        frame = self.frameGeometry().height() - self.geometry().height()
        if self.height() + frame > screen.height():
            self.resize(self.width(), screen.height() - frame)
        if self.frameGeometry().bottom() > screen.bottom():
            self.move(self.x(), max(screen.top(), screen.bottom() - self.frameGeometry().height()))

    def skip_label(self, kind: str) -> str:
        """The reason of a group of skipped forms, in the UI's language."""
        labels = {
            "no_skp": self.tr("belum memiliki SKP"),
            "skp_not_approved": self.tr("SKP belum disetujui"),
            "draft": self.tr("dokumen masih draf (SKP belum disetujui atau penilaian belum final)"),
            "no_signer": self.tr("penanda tangan tidak diketahui"),
            "signer:no_certificate": self.tr("penanda tangan belum memiliki sertifikat"),
            "signer:pending_approval": self.tr("sertifikat penanda tangan menunggu persetujuan admin"),
            "signer:wrong_passphrase": self.tr("frasa sandi kunci penanda tangan salah"),
            "signer:key_unavailable": self.tr("frasa sandi kunci penanda tangan tidak diberikan"),
            "signer:certificate": self.tr("sertifikat penanda tangan tidak dapat dipakai"),
        }
        return labels.get(kind, kind or self.tr("alasan lain"))
