"""A search box over any table: filters rows on every column as the user types."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QLineEdit, QWidget


class FilterProxy(QSortFilterProxyModel):
    def __init__(self, source: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)


def filter_box(proxy: QSortFilterProxyModel, parent: QWidget, name: str = "filter") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(parent.tr("Cari…"))
    edit.setClearButtonEnabled(True)
    edit.textChanged.connect(proxy.setFilterFixedString)
    return edit
