"""Umpan Balik Masyarakat (penilai, admin): the responses with filters, typed in or imported from a
survey kiosk's CSV, and the unit's summary over the year as a chart."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.public_feedback import Channel, SummaryBy
from asn_desktop.errors import ImportRejected
from asn_desktop.progress import CancelToken, ProgressSink
from asn_desktop.services import public_feedback as pf
from asn_desktop.services.context import AppContext
from asn_desktop.services.overview import UnitRow, list_units
from ui.errors import show_error
from ui.locale import fmt_date, fmt_number, to_date
from ui.models.rows import Column, RowTableModel
from ui.tasks import TaskRunner, run_with_progress
from ui.views.admin.employees import ImportReportDialog
from ui.views.admin.units import fill_unit_combo
from ui.views.page import Page
from ui.views.public_feedback_chart import PublicFeedbackChart
from ui.widgets.file_dialogs import open_file
from ui.widgets.form_dialog import FormDialog
from ui.widgets.names import named, with_popup

NO_DATE = QDate(2000, 1, 1)


def feedback_columns(widget: QWidget) -> list[Column[pf.PublicFeedbackRow]]:
    return [
        Column(
            widget.tr("Tanggal"), lambda r: fmt_date(r.received_on), sort=lambda r: r.received_on.isoformat()
        ),
        Column(widget.tr("Unit"), lambda r: r.unit_name),
        Column(widget.tr("Pegawai"), lambda r: r.employee_name or ""),
        Column(widget.tr("Kanal"), lambda r: r.channel.label),
        Column(widget.tr("Skor"), lambda r: str(r.score), sort=lambda r: r.score, align_right=True),
        Column(widget.tr("Komentar"), lambda r: r.comment or ""),
    ]


def _date_filter(name: str, widget: QWidget) -> QDateEdit:
    edit = QDateEdit(NO_DATE)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(widget.tr("(semua)"))
    edit.setDate(NO_DATE)
    return edit


def _picked(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else to_date(edit.date())


class FeedbackDialog(FormDialog):
    """Type in one response: unit, optionally an employee of it, date, channel, score, comment."""

    def __init__(self, ctx: AppContext, units: list[UnitRow], unit_id: str | None, parent: QWidget) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Catat umpan balik masyarakat"))
        self.setObjectName("publicFeedbackDialog")
        self.ctx = ctx
        self.unit = named(QComboBox(), "feedbackUnit")
        fill_unit_combo(self.unit, units)
        if unit_id:
            self.unit.setCurrentIndex(max(0, self.unit.findData(unit_id)))
        self.employee = named(QComboBox(), "feedbackEmployee")
        self.unit.currentIndexChanged.connect(self._fill_employees)
        today = ctx.workspace.now().date()
        self.day = named(with_popup(QDateEdit(QDate(today))), "feedbackDate")
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setMaximumDate(QDate(today))
        self.channel = named(QComboBox(), "feedbackChannel")
        for c in Channel:
            self.channel.addItem(c.label, c.value)
        self.score = named(QSpinBox(minimum=1, maximum=5, value=4), "feedbackScore")
        self.comment = named(QPlainTextEdit(), "feedbackComment")
        self.comment.setTabChangesFocus(True)
        self.form.addRow(self.tr("&Unit"), self.unit)
        self.form.addRow(self.tr("Pe&gawai (opsional)"), self.employee)
        self.form.addRow(self.tr("&Tanggal diterima"), self.day)
        self.form.addRow(self.tr("&Kanal"), self.channel)
        self.form.addRow(self.tr("&Skor kepuasan (1–5)"), self.score)
        self.form.addRow(self.tr("K&omentar"), self.comment)
        self._fill_employees()
        self.action = self.save

    def _fill_employees(self) -> None:
        self.employee.clear()
        self.employee.addItem(self.tr("(tanpa pegawai tertentu)"), None)
        unit_id = self.unit.currentData()
        if unit_id:
            for eid, name, nip in pf.unit_members(self.ctx, unit_id=unit_id):
                self.employee.addItem(f"{name} · {nip}", eid)

    def save(self) -> str:
        return pf.record_public_feedback(
            self.ctx,
            unit_id=self.unit.currentData(),
            employee_id=self.employee.currentData(),
            received_on=to_date(self.day.date()),
            channel=self.channel.currentData(),
            score=self.score.value(),
            comment=self.comment.toPlainText(),
        )


class PublicFeedbackPage(Page):
    """Left, the filtered list with add and import; right, the chosen unit's year as a chart."""

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.units: list[UnitRow] = []
        self.tasks = tasks  # the list and the summary grow with the agency: loaded on its read worker
        self.report_dialog: ImportReportDialog | None = None
        self.model: RowTableModel[pf.PublicFeedbackRow] = RowTableModel(feedback_columns(self), self)
        splitter = named(QSplitter(Qt.Orientation.Horizontal), "publicFeedbackSplitter")
        splitter.addWidget(self._list_side())
        splitter.addWidget(self._chart_side())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters())
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    # -- building -------------------------------------------------------------------------------

    def _filters(self) -> QHBoxLayout:
        self.unit_filter = named(QComboBox(), "publicFeedbackUnit")
        # Unit paths can be long: a fixed width, the full path in the open list.
        self.unit_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_filter.setMinimumContentsLength(26)
        self.unit_filter.currentIndexChanged.connect(self._unit_changed)
        self.employee_filter = named(QComboBox(), "publicFeedbackEmployee")
        self.employee_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.employee_filter.setMinimumContentsLength(16)
        self.employee_filter.currentIndexChanged.connect(self.reload)
        self.start = _date_filter("publicFeedbackStart", self)
        self.end = _date_filter("publicFeedbackEnd", self)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.reload)
        row = QHBoxLayout()
        for text, widget in (
            (self.tr("&Unit"), self.unit_filter),
            (self.tr("Pe&gawai"), self.employee_filter),
            (self.tr("&Dari"), self.start),
            (self.tr("&Sampai"), self.end),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _list_side(self) -> QWidget:
        self.table = named(QTableView(), "publicFeedbackTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((135, 170, 140, 95, 45)):
            self.table.setColumnWidth(column, width)
        self.add_button = named(QPushButton(self.tr("&Tambah…")), "addPublicFeedback")
        self.add_button.clicked.connect(self.add_feedback)
        self.import_button = named(QPushButton(self.tr("&Impor CSV…")), "importPublicFeedback")
        self.import_button.setToolTip(
            self.tr("Berkas CSV dari kios survei: kolom tanggal, unit, nip, kanal, skor, komentar.")
        )
        self.import_button.clicked.connect(self.ask_import)
        self.count = named(QLabel(), "publicFeedbackCount")
        self.status = named(QLabel(wordWrap=True), "publicFeedbackStatus")
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.add_button)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return side

    def _chart_side(self) -> QWidget:
        year = self.ctx.workspace.now().year
        self.year = named(QSpinBox(minimum=2000, maximum=year + 1, value=year), "publicFeedbackYear")
        self.grouping = named(QComboBox(), "publicFeedbackGrouping")
        self.grouping.addItem(self.tr("Per bulan"), SummaryBy.MONTH.value)
        self.grouping.addItem(self.tr("Per triwulan"), SummaryBy.QUARTER.value)
        self.year.valueChanged.connect(self.show_summary)
        self.grouping.currentIndexChanged.connect(self.show_summary)
        self.chart = PublicFeedbackChart(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Ringkasan unit</b>")), 1)
        top.addWidget(self.grouping)
        top.addWidget(self.year)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        return side

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        ctx = self.ctx

        def read() -> list[UnitRow]:
            allowed = {uid for uid, _ in pf.recordable_units(ctx)}
            return [u for u in list_units(ctx) if u.id in allowed]

        self.tasks.load(self, "units", read, self._show_units)

    def _show_units(self, units: list[UnitRow]) -> None:
        self.units = units
        self.unit_filter.blockSignals(True)
        fill_unit_combo(self.unit_filter, self.units, empty=self.tr("Semua unit"))
        self.unit_filter.blockSignals(False)
        self.table.setColumnHidden(1, len(self.units) <= 1)  # one unit: the column says nothing
        self._unit_changed()

    def _unit_changed(self) -> None:
        unit_id = self.unit_filter.currentData()
        chosen = self.employee_filter.currentData()
        self.employee_filter.blockSignals(True)
        self.employee_filter.clear()
        self.employee_filter.addItem(self.tr("Semua pegawai"), None)
        if unit_id:
            for eid, name, _ in pf.unit_members(self.ctx, unit_id=unit_id):
                self.employee_filter.addItem(name, eid)
        self.employee_filter.setCurrentIndex(max(0, self.employee_filter.findData(chosen)))
        self.employee_filter.blockSignals(False)
        self.reload()
        self.show_summary()

    def reload(self) -> None:
        ctx, unit_id, employee_id = (
            self.ctx,
            self.unit_filter.currentData(),
            self.employee_filter.currentData(),
        )
        start, end = _picked(self.start), _picked(self.end)
        self.count.setText(self.tr("Memuat…"))
        self.tasks.load(
            self,
            "rows",
            lambda: pf.list_public_feedback(
                ctx, unit_id=unit_id, employee_id=employee_id, start=start, end=end
            ),
            self._show_rows,
        )

    def _show_rows(self, rows: list[pf.PublicFeedbackRow]) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("{n} tanggapan").format(n=fmt_number(len(rows))))

    def summary_unit(self) -> str | None:
        """The chosen unit, or else the top of the units the user may see."""
        if self.unit_filter.currentData():
            return str(self.unit_filter.currentData())
        ids = {u.id for u in self.units}
        roots = [u.id for u in self.units if u.parent_id not in ids]
        return roots[0] if roots else None

    def show_summary(self) -> None:
        unit_id, ctx, year, by = self.summary_unit(), self.ctx, self.year.value(), self.grouping.currentData()
        if unit_id is None:
            self.chart.show_summary(None)
            return
        self.tasks.load(
            self,
            "summary",
            lambda: pf.unit_summary(ctx, unit_id=unit_id, year=year, by=by),
            self.chart.show_summary,
        )

    # -- acts -----------------------------------------------------------------------------------

    def add_feedback(self) -> None:
        dialog = FeedbackDialog(self.ctx, self.units, self.unit_filter.currentData(), self)
        if dialog.exec():
            self.status.setText(self.tr("Umpan balik tersimpan."))
            self.reload()
            self.show_summary()

    def ask_import(self) -> None:
        path = open_file(
            self, self.tr("Impor umpan balik dari kios survei"), "import", self.tr("CSV (*.csv)")
        )
        if path:
            self.start_import(path)

    def start_import(self, path: Path) -> None:
        """Run the import on the worker: all rows are checked, nothing is kept on a bad one."""
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Mengimpor {name}…").format(name=path.name))
        label = self.tr("Memeriksa dan menyimpan {name}…").format(name=path.name)

        def job(progress: ProgressSink, token: CancelToken) -> pf.PublicFeedbackImport:
            progress(0, 0, label)
            return pf.import_public_feedback(self.ctx, path, progress=progress, token=token)

        run_with_progress(
            self,
            self.tasks,
            self.tr("Impor umpan balik masyarakat"),
            job,
            self._import_done,
            lambda exc: self._import_failed(exc, path),
            self._import_cancelled,
        )

    def _import_cancelled(self) -> None:
        self.import_button.setEnabled(True)
        self.status.setText(self.tr("Impor dibatalkan; tidak ada data yang disimpan."))

    def _import_done(self, report: Any) -> None:  # pf.PublicFeedbackImport
        self.import_button.setEnabled(True)
        self.status.setText(
            self.tr("Impor selesai: {added} tanggapan baru, {existing} sudah ada.").format(
                added=fmt_number(report.added), existing=fmt_number(report.existing)
            )
        )
        self.reload()
        self.show_summary()

    def _import_failed(self, exc: BaseException, path: Path) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, ImportRejected):
            self.status.setText(exc.message)
            self.report_dialog = ImportReportDialog(exc, path, self)
            self.report_dialog.open()
            return
        self.status.setText(self.tr("Impor gagal; tidak ada data yang disimpan."))
        show_error(self, exc, self.tr("Impor umpan balik masyarakat"))
