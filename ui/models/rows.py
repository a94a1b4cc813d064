"""A table model over a list of frozen rows, with columns declared once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from ui.models.roles import RowRole, SortRole

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header and text; optionally a sort key, a tooltip, and a muted look.

    ``muted`` marks a value that is not final (a draft predikat): drawn in the palette's
    placeholder colour, so it reads as provisional on light and dark desktops alike.
    """

    header: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None
    muted: Callable[[R], bool] | None = None


def _alignment(col: Column[Any], _row: Any) -> int | None:
    return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if col.align_right else None


def _foreground(col: Column[Any], row: Any) -> Any:
    if col.muted is not None and col.muted(row):
        return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
    return None


_ROLE_READERS: dict[int, Callable[[Column[Any], Any], Any]] = {
    Qt.ItemDataRole.DisplayRole: lambda col, row: col.text(row),
    SortRole: lambda col, row: col.sort(row) if col.sort else col.text(row),
    Qt.ItemDataRole.TextAlignmentRole: _alignment,
    Qt.ItemDataRole.ToolTipRole: lambda col, row: (col.tooltip(row) or None) if col.tooltip else None,
    Qt.ItemDataRole.ForegroundRole: _foreground,
}


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Rows are replaced as a whole by ``set_rows`` (one reset), as Vorta's table models do."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R:
        return self.rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role == RowRole:
            return row
        reader = _ROLE_READERS.get(role)
        return reader(col, row) if reader else None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None
