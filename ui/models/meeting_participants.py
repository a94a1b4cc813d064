"""The meeting's participant list: checkable subordinates, filtered as the supervisor types."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from asn_desktop.services.context import AppContext
from asn_desktop.services.directory import EmployeeFilter, EmployeeRow, visible_employees
from ui.models.roles import RowRole

Index = QModelIndex | QPersistentModelIndex


class ParticipantModel(QAbstractListModel):
    """The actor's direct subordinates, checkable; a check survives a new search.

    Signals:
        checks_did_change(): a person was checked or unchecked.
    """

    checks_did_change = Signal()
    LIMIT = 1000

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[EmployeeRow] = []
        self.checked: dict[str, EmployeeRow] = {}

    def set_filter(self, text: str) -> None:
        """Search in SQL among the direct subordinates (the only people a meeting may include)."""
        self.beginResetModel()
        flt = EmployeeFilter(text=text.strip(), supervisor_id=self.ctx.actor.employee_id or "")
        self.rows = visible_employees(self.ctx, flt, limit=self.LIMIT)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.name} — {row.position_name}" if row.position_name else row.name
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.id in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"NIP {row.nip} · {row.unit_name}"
        if role == RowRole:
            return row
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked[row.id] = row
        else:
            self.checked.pop(row.id, None)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_did_change.emit()
        return True

    def set_all_visible(self, checked: bool) -> None:
        for row in self.rows:
            if checked:
                self.checked[row.id] = row
            else:
                self.checked.pop(row.id, None)
        if self.rows:
            self.dataChanged.emit(
                self.index(0), self.index(len(self.rows) - 1), [Qt.ItemDataRole.CheckStateRole]
            )
        self.checks_did_change.emit()

    def checked_rows(self) -> list[EmployeeRow]:
        return sorted(self.checked.values(), key=lambda r: r.name.casefold())
