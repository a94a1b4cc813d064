"""Unit overview: the unit's employees with status and predikat, the distribution against the curve.

Table and chart come from one call (``unit_overview``): the chart counts the members the table
shows with a final predikat; a draft predikat is shown as a draft and not counted. The chart draws,
per predikat (and per group of predikat that one rule counts together), how many employees hold it
and the range the unit's organisation predikat allows (the rules the core checked, never a
threshold of our own); clicking a bar shows its members in the table. The breaches and notices
beside it are the core's own sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.nip import parse_nip
from asn_desktop.domain.permissions import Role
from asn_desktop.domain.rating import Predikat
from asn_desktop.domain.skp_state import SkpStatus
from asn_desktop.errors import DomainError
from asn_desktop.services import periods
from asn_desktop.services.context import AppContext
from asn_desktop.services.overview import UnitRow, list_units, profile
from asn_desktop.services.unit import DistributionReport, SkpStatusRow, unit_overview
from ui.errors import show_error
from ui.models.roles import RowRole
from ui.models.rows import Column, RowTableModel
from ui.views.distribution_chart import DistributionChart
from ui.views.page import Page
from ui.widgets.filter_box import FilterProxy, filter_box
from ui.widgets.names import named
from ui.widgets.tone import Tone, colour, set_tone


def _nip(text: str) -> str:
    try:
        return parse_nip(text).formatted
    except DomainError:
        return text


def _status(row: SkpStatusRow) -> str:
    return SkpStatus(row.skp_status).label if row.skp_status else "—"


def _predikat(row: SkpStatusRow) -> str:
    if not row.predikat:
        return "—"
    label = Predikat(row.predikat).label
    return label if row.predikat_is_final else f"{label} (draf)"


Index = QModelIndex | QPersistentModelIndex


class MemberFilter(FilterProxy):
    """The text filter, and the predikat of a clicked bar (final predikat only, as the bar counts)."""

    def __init__(self, source: RowTableModel[SkpStatusRow], parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        self.predikats: frozenset[Predikat] | None = None

    def set_predikats(self, predikats: frozenset[Predikat] | None) -> None:
        self.beginFilterChange()
        self.predikats = predikats
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.predikats is not None:
            row: SkpStatusRow = self.sourceModel().index(source_row, 0, source_parent).data(RowRole)
            if (
                row.predikat is None
                or not row.predikat_is_final
                or Predikat(row.predikat) not in self.predikats
            ):
                return False
        return super().filterAcceptsRow(source_row, source_parent)


class UnitPage(Page):
    """For a penilai (their own unit and the units below it) or the admin (any unit)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.units: list[UnitRow] = []
        self.report: DistributionReport | None = None
        self.unit = named(QComboBox(), "unitPicker")
        self.unit.setMinimumContentsLength(24)
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.year = named(QSpinBox(), "yearPicker")
        now = ctx.workspace.now().year
        self.year.setRange(2020, now + 1)
        self.year.setValue(now)
        self.period = named(QComboBox(), "periodPicker")
        self._fill_periods()
        self.model: RowTableModel[SkpStatusRow] = RowTableModel(
            [
                Column(self.tr("Nama"), lambda r: r.name),
                Column(self.tr("NIP / NI PPPK"), lambda r: _nip(r.nip)),
                Column(self.tr("Status SKP"), _status),
                Column(
                    self.tr("Predikat periode"),
                    _predikat,
                    tooltip=lambda r: (
                        self.tr("Penilaian belum final; belum dihitung dalam distribusi.")
                        if r.predikat and not r.predikat_is_final
                        else ""
                    ),
                    muted=lambda r: bool(r.predikat) and not r.predikat_is_final,
                ),
            ],
            self,
        )
        self.proxy = MemberFilter(self.model, self)
        self.table = self._table()
        self.filter = filter_box(self.proxy, self, "unitEmployeeFilter")
        self.filter.setPlaceholderText(self.tr("Cari pegawai, status atau predikat…"))
        self.chart = DistributionChart(self)
        self.chart.bucket_clicked.connect(self.show_bucket)
        self.bucket_label = named(QLabel(), "bucketFilter")
        set_tone(self.bucket_label, Tone.MUTED)
        self.bucket_clear = named(QPushButton(self.tr("Tampilkan semua")), "clearBucketFilter")
        self.bucket_clear.clicked.connect(lambda: self.show_bucket(None))
        self.org_label = named(QLabel(), "orgPredikat")
        self.org_label.setWordWrap(True)
        self.breaches = named(QListWidget(), "breaches")
        self.breaches.setWordWrap(True)
        self._layout()
        self.unit.currentIndexChanged.connect(lambda *_: self.load())
        self.year.valueChanged.connect(lambda *_: self._year_changed())
        self.period.currentIndexChanged.connect(lambda *_: self.load())

    def _fill_periods(self) -> None:
        """The year and its periodic periods: the distribution is checked for each (DOMAIN.md §7)."""
        self.period.blockSignals(True)
        current = self.period.currentData()
        self.period.clear()
        for p in reversed(periods.evaluation_periods(self.ctx, year=self.year.value())):
            self.period.addItem(self.tr("Tahunan") if p.key.isdigit() else p.label, p.key)
        self.period.setCurrentIndex(max(self.period.findData(current), 0))
        self.period.blockSignals(False)

    def _year_changed(self) -> None:
        self._fill_periods()
        self.load()

    def _table(self) -> QTableView:
        table = named(QTableView(), "unitEmployees")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _layout(self) -> None:
        top = QHBoxLayout()
        unit_label = QLabel(self.tr("&Unit kerja"))
        unit_label.setBuddy(self.unit)
        year_label = QLabel(self.tr("&Tahun"))
        year_label.setBuddy(self.year)
        for w in (unit_label, self.unit, year_label, self.year, self.period):
            top.addWidget(w)
        top.addStretch(1)
        self.count_label = named(QLabel(), "employeeCount")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.table)
        bucket_row = QHBoxLayout()
        bucket_row.addWidget(self.bucket_label, 1)
        bucket_row.addWidget(self.bucket_clear)
        left_layout.addLayout(bucket_row)
        left_layout.addWidget(self.count_label)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.org_label)
        right_layout.addWidget(self.chart, 3)
        breach_title = QLabel(self.tr("<b>Pelanggaran pola distribusi</b>"))
        right_layout.addWidget(breach_title)
        self.breaches.setMaximumHeight(150)
        right_layout.addWidget(self.breaches)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        left.setMinimumWidth(600)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.unit, self.year)
        self.setTabOrder(self.year, self.filter)
        self.setTabOrder(self.filter, self.table)
        self.setTabOrder(self.table, self.breaches)

    # --- data ---------------------------------------------------------------------------------

    def _offered_units(self) -> tuple[list[UnitRow], str | None]:
        """Admin: every unit. Penilai: their unit and the units below it, starting on their own."""
        units = list_units(self.ctx)
        if self.ctx.actor.role is Role.ADMIN:
            return units, None
        me = profile(self.ctx)
        own = next((u for u in units if u.name == me.unit_name), None)
        if own is None:
            return units, None
        keep, frontier = {own.id}, [own.id]
        while frontier:
            parent = frontier.pop()
            for u in units:
                if u.parent_id == parent and u.id not in keep:
                    keep.add(u.id)
                    frontier.append(u.id)
        return [u for u in units if u.id in keep], own.id

    def refresh(self) -> None:
        current = self.unit.currentData()
        self.units, own = self._offered_units()
        self.unit.blockSignals(True)
        self.unit.clear()
        for u in self.units:
            self.unit.addItem(u.name, u.id)
        wanted = current or own
        index = self.unit.findData(wanted) if wanted else 0
        self.unit.setCurrentIndex(max(index, 0))
        self.unit.blockSignals(False)
        self.load()

    def load(self) -> None:
        unit_id = self.unit.currentData()
        self.show_bucket(None)
        if unit_id is None:
            self.model.set_rows([])
            self.org_label.setText(self.tr("Belum ada unit kerja."))
            self.breaches.clear()
            return
        period_key = self.period.currentData()
        try:
            overview = unit_overview(self.ctx, unit_id=unit_id, year=self.year.value(), period_key=period_key)
        except Exception as exc:
            show_error(self, exc)
            return
        rows, report = overview.members, overview.report
        self.model.set_rows(rows)
        self.count_label.setText(
            self.tr("{n} pegawai · {final} predikat final · {draft} draf · {none} belum dinilai").format(
                n=len(rows),
                final=report.total,
                draft=report.drafts,
                none=len(rows) - report.total - report.drafts,
            )
        )
        self.chart.show_report(report)
        self._show_breaches(report)
        self.report = report

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        palette_events = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in palette_events and self.report is not None:
            self._show_breaches(self.report)  # their colours follow the desktop's scheme

    def show_bucket(self, index: int | None) -> None:
        """Only the members a bar counts (its final predikat), or everyone again."""
        bucket = self.chart.buckets[index] if index is not None and index < len(self.chart.buckets) else None
        self.proxy.set_predikats(bucket.predikats if bucket else None)
        self.bucket_label.setText(
            self.tr("Disaring menurut batang “{label}”: {n} pegawai").format(
                label=bucket.label, n=self.proxy.rowCount()
            )
            if bucket
            else ""
        )
        self.bucket_clear.setVisible(bucket is not None)

    def _show_breaches(self, report: DistributionReport) -> None:
        self.breaches.clear()
        if report.org_predikat is None:
            self.org_label.setText(self.tr("Predikat organisasi belum ditetapkan"))
            self.breaches.addItem(
                self.tr("Predikat organisasi belum ditetapkan; pola distribusi belum dapat diperiksa.")
            )
            return
        source = self.tr(" (predikat tahunan)") if report.org_from_year else ""
        self.org_label.setText(
            self.tr("Predikat kinerja organisasi {period}: <b>{predikat}</b>{source}").format(
                period=self.period.currentText(), predikat=report.org_predikat.label, source=source
            )
        )
        for text in report.notices:
            self.breaches.addItem(text)
            self.breaches.item(self.breaches.count() - 1).setForeground(colour(Tone.MUTED))
        if not report.breaches:
            self.breaches.addItem(self.tr("Distribusi sesuai pola"))
        for text in report.breaches:
            self.breaches.addItem(text)
            self.breaches.item(self.breaches.count() - 1).setForeground(colour(Tone.ERROR))
        for text in report.warnings:
            self.breaches.addItem(self.tr("Perhatian: {text}").format(text=text))

    def breach_texts(self) -> list[str]:
        return [self.breaches.item(i).text() for i in range(self.breaches.count())]
