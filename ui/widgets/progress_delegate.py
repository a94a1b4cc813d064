"""Draws a ratio (0–1) as a progress bar inside a table cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from ui.models.roles import SortRole


class ProgressDelegate(QStyledItemDelegate):
    """Reads the ratio from ``SortRole``; the display text is drawn on the bar."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        ratio = index.data(SortRole)
        if not isinstance(ratio, float):
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(2, 4, -2, -4)
        bar.minimum, bar.maximum = 0, 100
        bar.progress = max(0, min(100, round(ratio * 100)))
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bar.textVisible = True
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
