"""Feedback beside the evidence: its columns, and a filter by text and by source."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QWidget,
)

from asn_desktop.domain.berakhlak import core_value
from asn_desktop.domain.permissions import FeedbackSource
from asn_desktop.services.overview import FeedbackRow
from ui.locale import fmt_date
from ui.models.roles import RowRole
from ui.models.rows import Column

Index = QModelIndex | QPersistentModelIndex


class FeedbackFilter(QSortFilterProxyModel):
    """Feedback rows narrowed by source and by a text typed in the search box."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.source_value: str | None = None
        self.text = ""

    def set_source(self, value: str | None) -> None:
        self.beginFilterChange()
        self.source_value = value
        self.endFilterChange()

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self.text = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        row = model.index(source_row, 0, source_parent).data(RowRole)
        if not isinstance(row, FeedbackRow):
            return True
        if self.source_value and row.source != self.source_value:
            return False
        if not self.text:
            return True
        cells = (
            str(model.index(source_row, c, source_parent).data() or "") for c in range(model.columnCount())
        )
        return any(self.text in cell.casefold() for cell in cells)


def feedback_columns(widget: QWidget, rhk_texts: dict[str, str]) -> list[Column[FeedbackRow]]:
    def about(fb: FeedbackRow) -> str:
        if fb.core_value:
            return core_value(fb.core_value).label
        if fb.rhk_id:
            return rhk_texts.get(fb.rhk_id, widget.tr("RHK"))
        return widget.tr("Umum")

    def author(fb: FeedbackRow) -> str:
        # The core withholds peers' names; say so instead of leaving a blank.
        return widget.tr("(anonim)") if fb.source == FeedbackSource.PEER else fb.author or ""

    return [
        Column(widget.tr("Tanggal"), lambda fb: fmt_date(fb.created_at), sort=lambda fb: fb.created_at),
        Column(widget.tr("Sumber"), lambda fb: FeedbackSource(fb.source).label),
        Column(widget.tr("Dari"), author),
        Column(widget.tr("Tentang"), about),
        Column(widget.tr("Isi"), lambda fb: fb.text),
        Column(widget.tr("Skor"), lambda fb: "" if fb.score is None else str(fb.score), align_right=True),
    ]
