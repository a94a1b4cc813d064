"""Tindak Lanjut (HR, the admin role): every open follow-up of the agency, by unit, exported to XLSX."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.progress import CancelToken, ProgressSink
from asn_desktop.services import followup as fu
from asn_desktop.services.context import AppContext
from asn_desktop.services.overview import list_units
from ui.errors import show_error
from ui.locale import fmt_date, fmt_number
from ui.models.roles import SortRole
from ui.models.rows import Column, RowTableModel
from ui.tasks import TaskRunner, run_with_progress
from ui.views.admin.units import fill_unit_combo
from ui.views.follow_up_tab import period_label
from ui.views.page import Page
from ui.widgets.file_dialogs import save_file
from ui.widgets.filter_box import FilterProxy, filter_box
from ui.widgets.names import named


def agency_columns(widget: QWidget) -> list[Column[fu.FollowUpRow]]:
    return [
        Column(
            widget.tr("Tenggat"),
            lambda r: fmt_date(r.due_on),
            sort=lambda r: r.due_on.isoformat() if r.due_on else "9999",
        ),
        Column(widget.tr("NIP"), lambda r: r.nip),
        Column(widget.tr("Nama"), lambda r: r.employee_name),
        Column(widget.tr("Unit"), lambda r: r.unit_name),
        Column(widget.tr("Pejabat penilai"), lambda r: r.supervisor_name or ""),
        Column(
            widget.tr("Periode"), lambda r: period_label(widget, r.period_key), sort=lambda r: r.period_key
        ),
        Column(widget.tr("Jenis"), lambda r: r.kind.label),
        Column(widget.tr("Judul"), lambda r: r.title),
        Column(widget.tr("Status"), lambda r: r.status.label),
        Column(
            widget.tr("Sesi"),
            lambda r: f"{r.sessions_held}/{r.sessions_planned}" if r.sessions_planned else "",
            sort=lambda r: r.sessions_planned,
        ),
    ]


class FollowUpAgencyPage(Page):
    """HR's list of open follow-ups (rencana, berjalan) with a unit filter and an XLSX export."""

    def __init__(self, ctx: AppContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tasks = tasks  # the agency's list is loaded, and exported, on the window's workers
        self.model: RowTableModel[fu.FollowUpRow] = RowTableModel(agency_columns(self), self)
        self.proxy = FilterProxy(self.model, self)
        self.proxy.setSortRole(SortRole)
        self.unit_filter = named(QComboBox(), "followUpUnit")
        self.unit_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit_filter.currentIndexChanged.connect(self.reload)
        self.table = named(QTableView(), "agencyFollowUps")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # the nearest due date first
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.count = named(QLabel(), "followUpCount")
        self.status = named(QLabel(wordWrap=True), "followUpExportStatus")
        self.export_button = named(QPushButton(self.tr("&Ekspor XLSX…")), "exportFollowUps")
        self.export_button.clicked.connect(self.ask_export)
        top = QHBoxLayout()
        unit_label = QLabel(self.tr("&Unit"))
        unit_label.setBuddy(self.unit_filter)
        top.addWidget(unit_label)
        top.addWidget(self.unit_filter)
        top.addWidget(filter_box(self.proxy, self, "followUpSearch"), 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Tindak lanjut yang masih terbuka di seluruh instansi</b>")))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        fill_unit_combo(self.unit_filter, list_units(self.ctx), empty=self.tr("Semua unit"))
        self.reload()

    def reload(self) -> None:
        ctx, unit_id = self.ctx, self.unit_filter.currentData()
        self.count.setText(self.tr("Memuat…"))
        self.tasks.load(self, "rows", lambda: fu.list_open_for_agency(ctx, unit_id=unit_id), self._show_rows)

    def _show_rows(self, rows: list[fu.FollowUpRow]) -> None:
        self.model.set_rows(rows)
        self.count.setText(self.tr("{n} tindak lanjut terbuka").format(n=fmt_number(len(rows))))

    def ask_export(self) -> None:
        path = save_file(
            self, self.tr("Ekspor tindak lanjut"), "export", "tindak-lanjut.xlsx", self.tr("Excel (*.xlsx)")
        )
        if path:
            self.start_export(path if path.suffix.lower() == ".xlsx" else path.with_name(f"{path.name}.xlsx"))

    def start_export(self, path: Path) -> None:
        """Write the file on the worker with progress and Cancel; a cancelled export leaves no file."""
        self.export_button.setEnabled(False)
        unit_id = self.unit_filter.currentData()

        def job(progress: ProgressSink, token: CancelToken) -> int:
            return fu.export_follow_ups_xlsx(self.ctx, path, unit_id=unit_id, progress=progress, token=token)

        self.progress_dialog = run_with_progress(
            self,
            self.tasks,
            self.tr("Ekspor tindak lanjut"),
            job,
            lambda n: self._done(n, path),
            self._failed,
            self._cancelled,
        )

    def _done(self, count: Any, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(
            self.tr("{n} tindak lanjut diekspor ke {name}.").format(n=fmt_number(count), name=path.name)
        )

    def _cancelled(self) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Ekspor dibatalkan; tidak ada berkas yang ditulis."))

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Ekspor gagal."))
        show_error(self, exc, self.tr("Ekspor tindak lanjut"))
