"""Kirim ke SIASN (HR, the admin role): the year's or a period's results in SIASN's shape, and
the e-Kinerja history in.

The table shows what would be sent, evaluation by evaluation, with the codes from the
configuration table and why a row cannot be sent; *Tulis ke folder…* writes the JSON bodies and the
review XLSX on the worker thread (progress, Cancel). *Impor riwayat e-Kinerja…* reads e-Kinerja's
Laporan Penilaian SKP as past predikat for Kinerja Saya's history.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.errors import ImportRejected
from asn_desktop.progress import Cancelled, CancelToken, ProgressSink
from asn_desktop.services.context import AppContext
from asn_desktop.services.siasn_export import SiasnRecord, export_siasn, siasn_records
from ui.errors import show_error
from ui.locale import fmt_number
from ui.models.rows import Column, RowTableModel
from ui.tasks import TaskRunner, run_with_progress
from ui.views.admin.employees import ImportReportDialog
from ui.views.page import Page
from ui.widgets.filter_box import FilterProxy, filter_box
from ui.widgets.names import named


def _code(r: SiasnRecord, key: str) -> str:
    return str(r.body[key]) if r.body else ""


class SiasnPage(Page):
    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tasks = tasks
        self.report_dialog: ImportReportDialog | None = None
        self.year = named(QSpinBox(), "siasnYear")
        self.year.setRange(2022, 2100)
        self.year.setValue(ctx.workspace.now().year)
        self.period = named(QComboBox(), "siasnPeriod")
        self.period.addItem(self.tr("Tahunan (skp22)"), None)
        for q in range(1, 5):
            self.period.addItem(self.tr("Triwulan {n} (kinerjaperiodik)").format(n=q), f"Q{q}")
        for m in range(1, 13):
            self.period.addItem(self.tr("Bulan {n} (kinerjaperiodik)").format(n=m), f"M{m:02d}")
        self.year.valueChanged.connect(lambda *_: self.reload())
        self.period.currentIndexChanged.connect(lambda *_: self.reload())
        self.model: RowTableModel[SiasnRecord] = RowTableModel(self._columns(), self)
        self.proxy = FilterProxy(self.model, self)
        self.table = named(QTableView(), "siasnRecords")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = named(QLabel(), "siasnCount")
        self.status = named(QLabel(), "siasnStatus")
        self.status.setWordWrap(True)
        self.export_button = named(QPushButton(self.tr("&Tulis ke folder…")), "exportSiasn")
        self.export_button.clicked.connect(self.ask_export)
        self.history_button = named(QPushButton(self.tr("Impor riwayat &e-Kinerja…")), "importEkinerja")
        self.history_button.clicked.connect(self.ask_history)
        self._layout()

    def _columns(self) -> list[Column[SiasnRecord]]:
        return [
            Column(self.tr("NIP"), lambda r: r.nip),
            Column(self.tr("Nama"), lambda r: r.name),
            Column(self.tr("Predikat"), lambda r: r.predikat),
            Column(self.tr("Hasil"), lambda r: _code(r, "hasilKinerjaNilai"), align_right=True),
            Column(self.tr("Perilaku"), lambda r: _code(r, "perilakuKerjaNilai"), align_right=True),
            Column(self.tr("Kuadran"), lambda r: _code(r, "kuadranKinerjaNilai"), align_right=True),
            Column(self.tr("Pejabat penilai"), lambda r: str(r.body["penilaiNama"]) if r.body else ""),
            Column(self.tr("Catatan"), lambda r: r.note),
        ]

    def _layout(self) -> None:
        top = QHBoxLayout()
        for text, widget in ((self.tr("&Tahun"), self.year), (self.tr("&Periode"), self.period)):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget)
        top.addWidget(filter_box(self.proxy, self, "siasnSearch"), 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.export_button)
        intro = QLabel(
            self.tr(
                "<b>Kirim ke SIASN</b> — hasil evaluasi yang final atau sudah ditandatangani, dalam bentuk "
                "layanan SIASN <i>skp22/save</i> (tahunan) atau <i>kinerjaperiodik/save</i> (periodik), "
                "satu berkas JSON per pegawai, ditambah lembar XLSX untuk ditinjau. Tanpa jaringan: "
                "berkas ini diunggah operator atau dikirim integrasi instansi."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        # On the read worker: every final evaluation of the year with its SIASN body (1.7 s on
        # the 10,000-employee demo, benchmarks/bench_gui_calls.py).
        ctx, year, period = self.ctx, self.year.value(), self.period.currentData()
        self.tasks.load(
            self, "records", lambda: siasn_records(ctx, year=year, period=period), self._show_rows
        )

    def _show_rows(self, rows: list[SiasnRecord]) -> None:
        self.model.set_rows(rows)
        sent = sum(1 for r in rows if r.body)
        self.count.setText(
            self.tr("{n} evaluasi final, {sent} siap dikirim").format(
                n=fmt_number(len(rows)), sent=fmt_number(sent)
            )
        )
        self.export_button.setEnabled(sent > 0)

    def ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder tujuan berkas SIASN"))
        if folder:
            self.start_export(Path(folder))

    def start_export(self, folder: Path) -> None:
        self.export_button.setEnabled(False)
        year, period = self.year.value(), self.period.currentData()

        def job(progress: ProgressSink, token: CancelToken) -> Any:
            return export_siasn(
                self.ctx, year=year, period=period, out=folder, progress=progress, token=token
            )

        run_with_progress(
            self,
            self.tasks,
            self.tr("Kirim ke SIASN"),
            job,
            lambda r: self._exported(r, folder),
            self._failed,
            self._cancelled,
        )

    def _exported(self, records: list[SiasnRecord], folder: Path) -> None:
        self.export_button.setEnabled(True)
        sent = sum(1 for r in records if r.body)
        self.status.setText(
            self.tr("{n} berkas SIASN dan lembar tinjauan ditulis ke {folder}.").format(
                n=fmt_number(sent), folder=str(folder)
            )
        )

    def _cancelled(self) -> None:
        self._failed(Cancelled())

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.history_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Dibatalkan."))
            return
        if isinstance(exc, ImportRejected):
            self.status.setText(exc.message)
            self.report_dialog = ImportReportDialog(exc, self._history_path, self)
            self.report_dialog.open()
            return
        self.status.setText(self.tr("Gagal."))
        show_error(self, exc, self.tr("Kirim ke SIASN"))

    def ask_history(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Laporan Penilaian SKP dari e-Kinerja"),
            "",
            self.tr("Excel atau CSV (*.xlsx *.csv)"),
        )
        if path:
            self.start_history(Path(path))

    def start_history(self, path: Path) -> None:
        from asn_desktop.services.ekinerja import import_ekinerja_history  # noqa: PLC0415

        self.history_button.setEnabled(False)
        self._history_path = path

        def job(progress: ProgressSink, token: CancelToken) -> Any:
            return import_ekinerja_history(self.ctx, path, progress=progress, token=token)

        run_with_progress(
            self,
            self.tasks,
            self.tr("Impor riwayat e-Kinerja"),
            job,
            self._history_done,
            self._failed,
            self._cancelled,
        )

    def _history_done(self, result: Any) -> None:  # ekinerja.HistoryImport
        self.history_button.setEnabled(True)
        self.status.setText(
            self.tr(
                "Riwayat e-Kinerja: {added} predikat baru, {updated} diperbarui, {skipped} dilewati."
            ).format(
                added=fmt_number(result.added),
                updated=fmt_number(result.updated),
                skipped=fmt_number(len(result.skipped)),
            )
        )
