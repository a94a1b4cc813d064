"""Draws a spread of scores (lowest–mean–highest on the 1–5 scale) as a small bar under the text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from asn_desktop.domain.competency import SCALE, Spread
from ui.widgets.tone import is_dark

BAR_HEIGHT = 4


class SpreadDelegate(QStyledItemDelegate):
    """Reads the ``Spread`` from ``role``; the cell's text is drawn as usual above the bar."""

    def __init__(self, role: int, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.role = role

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(max(size.width(), 120), size.height() + BAR_HEIGHT + 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().paint(painter, option, index)
        value = index.data(self.role)
        if not isinstance(value, Spread) or value.mean is None or value.low is None or value.high is None:
            return
        rect = option.rect
        low_end, high_end = SCALE[0].score, SCALE[-1].score
        left, width = rect.left() + 6, max(10, rect.width() - 12)
        top = rect.bottom() - BAR_HEIGHT - 2

        def x(score: float) -> float:
            return left + width * (score - low_end) / (high_end - low_end)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(0, 0, 0, 0))
        palette = option.palette
        painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
        painter.drawRoundedRect(QRectF(left, top, width, BAR_HEIGHT), 2, 2)
        painter.setBrush(QColor("#6ea8fe" if is_dark(palette) else "#4a7fc1"))
        span = max(x(value.high) - x(value.low), BAR_HEIGHT)
        painter.drawRoundedRect(QRectF(x(value.low), top, span, BAR_HEIGHT), 2, 2)
        painter.setBrush(palette.color(QPalette.ColorRole.Text))
        painter.drawEllipse(QRectF(x(value.mean) - 4, top - 2, 8, 8))
        painter.restore()
