"""Employees, fetched page by page and filtered in SQL, so 50,000 rows stay responsive."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from asn_desktop.domain.nip import parse_nip
from asn_desktop.errors import DomainError
from asn_desktop.services.context import AppContext
from asn_desktop.services.directory import (
    EmployeeFilter,
    EmployeeRow,
    count_visible_employees,
    visible_employees,
)
from ui.models.roles import RowRole

PAGE = 200
# Counting stops here: "1.000+" is all a list needs, and a full count of 50,000 rows on every
# keystroke of the filter box is the slowest part of filtering.
COUNT_CAP = 1000
Index = QModelIndex | QPersistentModelIndex


def _nip_text(nip: str) -> str:
    try:
        return parse_nip(nip).formatted
    except DomainError:
        return nip


class EmployeeTableModel(QAbstractTableModel):
    """Columns: Nama, NIP, Jabatan, Unit kerja, Atasan langsung."""

    NAME, NIP, POSITION, UNIT, SUPERVISOR = range(5)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = EmployeeFilter()
        self.rows: list[EmployeeRow] = []
        self.total = 0
        self.total_is_exact = True
        self._more = False
        self._fetching = False
        self.headers = [
            self.tr("Nama"),
            self.tr("NIP"),
            self.tr("Jabatan"),
            self.tr("Unit kerja"),
            self.tr("Atasan langsung"),
        ]

    def set_filter(self, flt: EmployeeFilter) -> None:
        """New filter: count in SQL, fetch the first page; the view asks for more as it scrolls."""
        self.beginResetModel()
        self.filter = flt
        self.total = count_visible_employees(self.ctx, flt, cap=COUNT_CAP + 1)
        self.total_is_exact = self.total <= COUNT_CAP
        self.rows = visible_employees(self.ctx, flt, limit=PAGE, offset=0)
        self._more = len(self.rows) == PAGE
        self.endResetModel()

    def total_text(self) -> str:
        """The count for a status line: exact, or "1.000+" past the cap."""
        count = QLocale().toString(self.total if self.total_is_exact else COUNT_CAP)
        return count if self.total_is_exact else f"{count}+"

    def refresh(self) -> None:
        self.set_filter(self.filter)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt API
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt API
        if parent.isValid() or self._fetching or not self.canFetchMore():
            return
        self._fetching = True  # views and testers may ask again from inside beginInsertRows
        try:
            self._fetch_page()
        finally:
            self._fetching = False

    def _fetch_page(self) -> None:
        more = visible_employees(self.ctx, self.filter, limit=PAGE, offset=len(self.rows))
        self._more = len(more) == PAGE
        if not more:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == RowRole:
            return row
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            row.name,
            _nip_text(row.nip),
            row.position_name or "",
            row.unit_name,
            row.supervisor_name or "",
        )[index.column()]

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None
