"""Custom item roles shared by the models."""

from PySide6.QtCore import Qt

RowRole = Qt.ItemDataRole.UserRole + 1  # the frozen row object behind a table row
SortRole = Qt.ItemDataRole.UserRole + 2
