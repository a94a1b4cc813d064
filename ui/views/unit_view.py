"""Unit overview: the unit's employees with status and predikat, the distribution against the curve.

Table and chart come from one call (``unit_overview``): the chart counts the members the table
shows with a final predikat; a draft predikat is shown as a draft and not counted. The chart draws,
per predikat (and per group of predikat that one rule counts together), how many employees hold it
and the range the unit's organisation predikat allows (the rules the core checked, never a
threshold of our own); clicking a bar shows its members in the table. The breaches and notices
beside it are the core's own sentences.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QScatterSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
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

from asn_desktop.domain.curve import DistributionRule, allowed_range
from asn_desktop.domain.nip import parse_nip
from asn_desktop.domain.permissions import Role
from asn_desktop.domain.rating import Predikat
from asn_desktop.domain.skp_state import SkpStatus
from asn_desktop.errors import DomainError
from asn_desktop.services.context import AppContext
from asn_desktop.services.overview import UnitRow, list_units, profile
from asn_desktop.services.unit import DistributionReport, SkpStatusRow, unit_overview
from ui.errors import show_error
from ui.models.roles import RowRole
from ui.models.rows import Column, RowTableModel
from ui.views.page import Page
from ui.widgets.chart_theme import ThemedChartView
from ui.widgets.filter_box import FilterProxy, filter_box
from ui.widgets.names import named
from ui.widgets.tone import Tone, colour, set_tone

OK_COLOR = QColor("#2e7d32")
BREACH_COLOR = QColor("#c62828")
Index = QModelIndex | QPersistentModelIndex
MAX_COLOR = QColor("#6a1b9a")
MIN_COLOR = QColor("#ef6c00")


@dataclass(frozen=True)
class Bucket:
    """One bar: the predikat it counts, how many hold them, and the allowed range (None: no rule)."""

    label: str
    count: int
    low: int | None
    high: int | None
    predikats: frozenset[Predikat] = frozenset()

    @property
    def breached(self) -> bool:
        return (self.low is not None and self.count < self.low) or (
            self.high is not None and self.count > self.high
        )


def _short(p: Predikat) -> str:
    return p.label.split("/")[0]


def _wrap(label: str) -> str:
    """A word per line under each bar, so six bars fit under a chart at 1366×768 untruncated."""
    return label.replace(" + ", "<br>+&nbsp;").replace(" ", "<br>")


def buckets(report: DistributionReport) -> list[Bucket]:
    """A bar per predikat, then one per rule that counts several predikat together."""
    total = report.total
    rules: Iterable[DistributionRule] = report.rules
    singles: dict[Predikat, list[tuple[int, int, str]]] = {p: [] for p in Predikat}
    out: list[Bucket] = []
    groups: list[Bucket] = []
    for rule in rules:
        low, high = allowed_range(rule, total)
        if len(rule.predikats) == 1:
            singles[next(iter(rule.predikats))].append((low, high, rule.bound))
            continue
        count = sum(report.counts.get(p, 0) for p in rule.predikats)
        label = " + ".join(_short(p) for p in Predikat if p in rule.predikats)
        groups.append(Bucket(label, count, *_bounds([(low, high, rule.bound)]), rule.predikats))
    for p in Predikat:
        out.append(Bucket(_short(p), report.counts.get(p, 0), *_bounds(singles[p]), frozenset({p})))
    return out + groups


def _bounds(ranges: list[tuple[int, int, str]]) -> tuple[int | None, int | None]:
    lows = [low for low, _, bound in ranges if bound == "min"]
    highs = [high for _, high, bound in ranges if bound == "max"]
    return (max(lows) if lows else None), (min(highs) if highs else None)


class DistributionChart(ThemedChartView):
    """Stacked bars (within / outside the pattern) with markers for the allowed minimum and maximum.

    Signals:
        bucket_clicked(int): the user clicked the bar of ``buckets[i]``.
    """

    bucket_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: DistributionReport | None = None
        self.setObjectName("distributionChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(380, 300)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its content is also in the breach list
        self.buckets: list[Bucket] = []
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)

    def redraw(self) -> None:
        if self.report is not None:
            self.show_report(self.report)

    def show_report(self, report: DistributionReport) -> None:
        self.report = report
        chart = self.themed()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.buckets = buckets(report)
        chart.setTitle(
            self.tr("Distribusi predikat {unit} ({n} pegawai dinilai)").format(
                unit=report.unit_name, n=report.total
            )
        )
        within = QBarSet(self.tr("Sesuai pola"))
        outside = QBarSet(self.tr("Di luar pola"))
        within.setColor(OK_COLOR)
        outside.setColor(BREACH_COLOR)
        for b in self.buckets:
            within.append(0 if b.breached else b.count)
            outside.append(b.count if b.breached else 0)
        for bar_set in (within, outside):
            bar_set.clicked.connect(self.bucket_clicked)
        bars = QStackedBarSeries()
        bars.append([within, outside])
        bars.setBarWidth(0.55)
        chart.addSeries(bars)
        highs = self._markers(
            self.tr("Batas atas"), MAX_COLOR, [(i, b.high) for i, b in enumerate(self.buckets)]
        )
        lows = self._markers(
            self.tr("Batas bawah"), MIN_COLOR, [(i, b.low) for i, b in enumerate(self.buckets)]
        )
        lows.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeTriangle)
        for markers in (highs, lows):  # a marker sits on its bar: a click on it means that bar
            markers.clicked.connect(lambda point: self.bucket_clicked.emit(round(point.x())))
        x_axis = QBarCategoryAxis()
        x_axis.append([_wrap(b.label) for b in self.buckets])
        small = QFont(self.font())
        small.setPointSizeF(max(7.5, self.font().pointSizeF() - 1.5))
        x_axis.setLabelsFont(small)
        y_axis = QValueAxis()
        top = max([report.total, 1, *(b.count for b in self.buckets)])
        y_axis.setRange(0, top)
        y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        y_axis.setTickAnchor(0)
        y_axis.setTickInterval(_nice_step(top))
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("Pegawai"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (bars, highs, lows):
            if series is not bars:
                chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        self.finish_theme()
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())

    def _markers(self, name: str, color: QColor, points: list[tuple[int, int | None]]) -> QScatterSeries:
        series = QScatterSeries()
        series.setName(name)
        series.setColor(color)
        series.setBorderColor(color)
        series.setMarkerSize(13)
        series.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        for x, y in points:
            if y is not None:
                series.append(x, y)
        return series

    def summary(self) -> str:
        """The chart in words, for screen readers and tooltips."""
        parts = []
        for b in self.buckets:
            rng = ""
            if b.low is not None or b.high is not None:
                rng = self.tr(" (boleh {low}–{high})").format(
                    low=b.low if b.low is not None else 0, high=b.high if b.high is not None else "…"
                )
            parts.append(f"{b.label}: {b.count}{rng}")
        return "; ".join(parts)


def _nice_step(top: int) -> int:
    if top <= 10:
        return 1
    raw = top / 8
    magnitude = 10 ** math.floor(math.log10(raw))
    return int(next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw))


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
        self.model: RowTableModel[SkpStatusRow] = RowTableModel(
            [
                Column(self.tr("Nama"), lambda r: r.name),
                Column(self.tr("NIP"), lambda r: _nip(r.nip)),
                Column(self.tr("Status SKP"), _status),
                Column(
                    self.tr("Predikat tahunan"),
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
        self.year.valueChanged.connect(lambda *_: self.load())

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
        for w in (unit_label, self.unit, year_label, self.year):
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
        try:
            overview = unit_overview(self.ctx, unit_id=unit_id, year=self.year.value())
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
        self.org_label.setText(
            self.tr("Predikat kinerja organisasi {year}: <b>{predikat}</b>").format(
                year=self.year.value(), predikat=report.org_predikat.label
            )
        )
        for text in report.notices:
            self.breaches.addItem(text)
            self.breaches.item(self.breaches.count() - 1).setForeground(colour(Tone.MUTED))
        if not report.breaches:
            self.breaches.addItem(self.tr("Distribusi sesuai pola"))
            return
        for text in report.breaches:
            self.breaches.addItem(text)
            self.breaches.item(self.breaches.count() - 1).setForeground(colour(Tone.ERROR))

    def breach_texts(self) -> list[str]:
        return [self.breaches.item(i).text() for i in range(self.breaches.count())]
