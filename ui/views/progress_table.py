"""Targets against realisations per indicator, with progress bars (shared by several screens)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QLineEdit, QTableView, QWidget

from asn_desktop.services.overview import IndicatorProgress
from ui.locale import fmt_percent, fmt_quantity
from ui.models.rows import Column, RowTableModel
from ui.widgets.current_row import current_row
from ui.widgets.filter_box import FilterProxy, filter_box
from ui.widgets.progress_delegate import ProgressDelegate


def _target(p: IndicatorProgress) -> str:
    if p.target_value is not None:
        return fmt_quantity(p.target_value, p.target_unit)
    return p.target_text or ""


def _value(p: IndicatorProgress) -> str:
    if p.value is not None:
        return fmt_quantity(p.value, p.target_unit)
    return p.value_text or ""


def _total(p: IndicatorProgress) -> str:
    if p.target_value is None:
        return p.value_text or ""
    return fmt_quantity(p.total_value, p.target_unit)


def progress_columns(widget: QWidget, *, cumulative: bool = False) -> list[Column[IndicatorProgress]]:
    """``cumulative`` shows the year's running total instead of the period's own realisation."""
    realised = (
        Column(widget.tr("Realisasi s.d. periode"), _total)
        if cumulative
        else Column(widget.tr("Realisasi periode"), _value)
    )
    return [
        Column(widget.tr("Rencana Hasil Kerja"), lambda p: p.rhk_text),
        Column(
            widget.tr("Indikator"),
            lambda p: f"{p.text} ({p.aspect})",
            # The whole indicator too: at 1280 px the column may cut it.
            tooltip=lambda p: widget.tr("{indicator}\nRHK: {rhk}").format(
                indicator=f"{p.text} ({p.aspect})", rhk=p.rhk_text
            ),
        ),
        Column(widget.tr("Target tahunan"), _target),
        realised,
        Column(widget.tr("Capaian s.d. periode"), lambda p: fmt_percent(p.ratio), sort=lambda p: p.ratio),
        Column(widget.tr("Bukti"), lambda p: str(p.evidence_count), align_right=True),
    ]


class ProgressTable(QTableView):
    def __init__(self, parent: QWidget | None = None, *, cumulative: bool = False) -> None:
        super().__init__(parent)
        self.model_: RowTableModel[IndicatorProgress] = RowTableModel(
            progress_columns(self, cumulative=cumulative), self
        )
        self.proxy = FilterProxy(self.model_, self)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.setItemDelegateForColumn(4, ProgressDelegate(self))
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.setColumnWidth(0, 280)
        self.setColumnWidth(1, 260)
        self.setColumnWidth(2, 120)
        self.setColumnWidth(3, 140)
        self.setColumnWidth(4, 160)

    def set_rows(self, rows: list[IndicatorProgress]) -> None:
        self.model_.set_rows(rows)
        self.resizeRowsToContents()

    def selected(self) -> IndicatorProgress | None:
        """The indicator the table is on (its current row: right for a mouse click too)."""
        row: IndicatorProgress | None = current_row(self)
        return row

    def search_box(self, parent: QWidget) -> QLineEdit:
        return filter_box(self.proxy, parent, "progressFilter")
