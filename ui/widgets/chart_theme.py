"""Charts in the desktop's colours: background, titles, labels and grid from the palette.

Qt Charts draw with their own light theme whatever the widgets use, so on a dark desktop every
chart was a white box. ``ThemedChartView`` sets the chart's theme and colours from its palette and
draws its content again when the palette changes (the desktop switched light/dark), through the
subclass's ``redraw``; series colours are set by the subclass after the theme, which resets them.
"""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from ui.widgets.tone import is_dark


def ink(palette: QPalette) -> QColor:
    """The colour of text and lines drawn on the chart."""
    return palette.color(QPalette.ColorRole.WindowText)


def apply_palette(chart: QChart, palette: QPalette) -> None:
    chart.setTheme(
        QChart.ChartTheme.ChartThemeDark if is_dark(palette) else QChart.ChartTheme.ChartThemeLight
    )
    text = ink(palette)
    chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
    chart.setPlotAreaBackgroundVisible(False)
    chart.setTitleBrush(text)
    chart.legend().setLabelColor(text)
    grid = QColor(palette.color(QPalette.ColorRole.Mid))
    for axis in chart.axes():
        axis.setLabelsColor(text)
        axis.setTitleBrush(text)
        axis.setLinePenColor(grid)
        axis.setGridLineColor(grid)


class ThemedChartView(QChartView):
    """A chart view whose chart follows the palette; subclasses draw in ``redraw``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theming = False

    def themed(self) -> QChart:
        """The chart with the palette's theme applied; call first when (re)drawing the content."""
        chart = self.chart()
        apply_palette(chart, self.palette())
        return chart

    def finish_theme(self) -> None:
        """Colour the axes added since ``themed`` (the theme only reaches axes that exist)."""
        palette = self.palette()
        text, grid = ink(palette), QColor(palette.color(QPalette.ColorRole.Mid))
        for axis in self.chart().axes():
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)

    def redraw(self) -> None:
        """Draw the last content again (the palette changed)."""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (
            event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
            and not self._theming
        ):
            self._theming = True
            try:
                self.redraw()
            finally:
                self._theming = False
