"""The predikat history as a small line chart: one point per decided evaluation, oldest left.

The y axis is the predikat scale itself (Sangat Kurang at the bottom, Sangat Baik at the top), so
the chart reads without numbers; the exact predikat and period are in each point's tooltip text
and in the list beside it for screen readers.
"""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis, QChart, QLineSeries, QScatterSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from asn_desktop.domain.period import Period, PeriodKind
from asn_desktop.domain.rating import Predikat
from asn_desktop.services.history import PredikatPoint
from ui.widgets.chart_theme import ThemedChartView
from ui.widgets.tone import is_dark

# Bottom to top.
SCALE = [
    Predikat.SANGAT_KURANG,
    Predikat.KURANG,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.BAIK,
    Predikat.SANGAT_BAIK,
]
_ROMAN = ("I", "II", "III", "IV")


def level(predikat: Predikat) -> int:
    """Height of a predikat on the chart, 1 (Sangat Kurang) to 5 (Sangat Baik)."""
    return SCALE.index(predikat) + 1


def short_label(period: Period) -> str:
    """Axis text: "2025", "TW II 2026", "03/2026"."""
    if period.kind is PeriodKind.ANNUAL:
        return str(period.year)
    if period.kind is PeriodKind.QUARTERLY:
        return f"TW {_ROMAN[period.index - 1]} {period.year}"
    return f"{period.index:02d}/{period.year}"


class PredikatChart(ThemedChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        chart.setMargins(chart.margins() * 0)
        self.setChart(chart)
        self.points: list[PredikatPoint] = []

    def set_points(self, points: list[PredikatPoint]) -> None:
        self.points = points
        chart = self.themed()
        chart.legend().hide()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        line = QLineSeries()
        blue = QColor("#6ea8fe" if is_dark(self.palette()) else "#1f6feb")
        line.setPen(QPen(blue, 2))
        dots = QScatterSeries()
        dots.setMarkerSize(10)
        dots.setColor(blue)
        for i, p in enumerate(points):
            line.append(QPointF(i, level(p.predikat)))
            dots.append(QPointF(i, level(p.predikat)))
        chart.addSeries(line)
        chart.addSeries(dots)
        x_axis = QBarCategoryAxis()
        x_axis.append([short_label(p.period) for p in points] or [""])
        y_axis = QCategoryAxis()
        y_axis.setRange(0.5, len(SCALE) + 0.5)
        y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for i, predikat in enumerate(SCALE, start=1):
            y_axis.append(predikat.label, i)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (line, dots):
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        # A category axis puts category i at x = i, so keep the ends half a step inside.
        x_axis.setRange(x_axis.at(0), x_axis.at(max(0, len(points) - 1)))
        self.finish_theme()

    def redraw(self) -> None:
        self.set_points(self.points)
