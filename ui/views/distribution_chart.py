"""The distribution chart of Unit Kerja: how many hold each predikat, and what the curve allows.

Per predikat (and per group of predikat that one rule counts together) a bar of the members with
that final predikat, green within the pattern and red outside it, with markers for the allowed
minimum and maximum of the rules the core checked (never a threshold of our own). A click on a bar
or its marker says which bar (``bucket_clicked``), so the page can list its members.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QScatterSeries, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from asn_desktop.domain.curve import DistributionRule, allowed_range
from asn_desktop.domain.rating import Predikat
from asn_desktop.services.unit import DistributionReport
from ui.widgets.chart_theme import ThemedChartView

OK_COLOR = QColor("#2e7d32")
BREACH_COLOR = QColor("#c62828")
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
