"""The per-unit summary of public feedback over a year: mean score (line) over response counts (bars)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from asn_desktop.domain.public_feedback import SummaryBy
from asn_desktop.services.public_feedback import UnitSummary
from ui.locale import current, fmt_number
from ui.widgets.chart_theme import ThemedChartView
from ui.widgets.tone import is_dark

COUNT_COLOR, COUNT_COLOR_DARK = QColor("#9ecae1"), QColor("#3f6f8f")
MEAN_COLOR, MEAN_COLOR_DARK = QColor("#08519c"), QColor("#9ecae1")


def short_label(key: str) -> str:
    """ "2026-M03" → "3", "2026-Q2" → "II": short enough for twelve bars in a narrow chart."""
    if "-M" in key:
        return str(int(key[-2:]))
    return ("I", "II", "III", "IV")[int(key[-1]) - 1]


class PublicFeedbackChart(ThemedChartView):
    """Bars: responses per month (or quarter), right axis; line: their mean score 1–5, left axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publicFeedbackChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 260)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its content is also in the table beside it
        self.summary: UnitSummary | None = None
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.setChart(chart)

    def show_summary(self, summary: UnitSummary | None) -> None:
        self.summary = summary
        chart = self.themed()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if summary is None:
            chart.setTitle(self.tr("Pilih unit untuk melihat ringkasan."))
            return
        chart.setTitle(
            self.tr("{unit}, {year}: {n} tanggapan").format(
                unit=summary.unit_name, year=summary.year, n=fmt_number(summary.count)
            )
        )
        counts = QBarSet(self.tr("Jumlah tanggapan"))
        dark = is_dark(self.palette())
        counts.setColor(COUNT_COLOR_DARK if dark else COUNT_COLOR)
        mean = QLineSeries()
        mean.setName(self.tr("Rata-rata skor"))
        mean.setPen(QPen(MEAN_COLOR_DARK if dark else MEAN_COLOR, 2.5))
        mean.setPointsVisible(True)
        for i, row in enumerate(summary.rows):
            counts.append(row.count)
            if row.mean is not None:
                mean.append(QPointF(i, row.mean))
        bars = QBarSeries()
        bars.append(counts)
        chart.addSeries(bars)
        chart.addSeries(mean)
        x_axis = QBarCategoryAxis()
        x_axis.append([short_label(r.key) for r in summary.rows])
        x_axis.setTitleText(self.tr("Bulan") if summary.by is SummaryBy.MONTH else self.tr("Triwulan"))
        score_axis = QValueAxis()
        score_axis.setRange(0, 5)
        score_axis.setTickCount(6)
        score_axis.setLabelFormat("%d")
        score_axis.setTitleText(self.tr("Skor"))
        count_axis = QValueAxis()
        count_axis.setRange(0, max([1, *(r.count for r in summary.rows)]))
        count_axis.setLabelFormat("%d")
        count_axis.applyNiceNumbers()
        count_axis.setTitleText(self.tr("Tanggapan"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(score_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(count_axis, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(x_axis)
        bars.attachAxis(count_axis)
        mean.attachAxis(x_axis)
        mean.attachAxis(score_axis)
        self.finish_theme()
        self.setAccessibleDescription(self.describe())
        self.setToolTip(self.describe())

    def redraw(self) -> None:
        self.show_summary(self.summary)

    def describe(self) -> str:
        """The chart in words, for screen readers and tooltips."""
        if self.summary is None:
            return ""
        parts = []
        for row in self.summary.rows:
            mean = current().toString(row.mean, "f", 1) if row.mean is not None else "–"
            parts.append(f"{row.label}: {fmt_number(row.count)} × {mean}")
        return "; ".join(parts)
