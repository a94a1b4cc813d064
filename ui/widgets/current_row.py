"""The row a table is on, read the one way that is right for mouse and keyboard alike.

Qt moves the *current* index before it updates the *selection*: on a mouse press,
``currentRowChanged`` fires while ``selectionModel().selectedRows()`` still names the row selected
before (the keyboard happens to update both first, which hid the bug). A handler of that signal that
read the selection showed the previous row's evidence, and a file attached then went to that other
realisation. Every view that follows "the row the user is on" goes through these two functions, so
the rule lives here once: follow the current index, never the selection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView

from ui.models.roles import RowRole


def row_of(index: QModelIndex) -> Any | None:
    """The row object (``RowRole``) of an index, through any proxy; None for no row."""
    return index.data(RowRole) if index.isValid() else None


def current_row(view: QAbstractItemView) -> Any | None:
    """The row object the view is on (its current index), or None."""
    return row_of(view.currentIndex())


def on_current_row(view: QAbstractItemView, slot: Callable[[Any | None], object]) -> None:
    """Call ``slot(row)`` whenever the view's current row changes, with the row it changed *to*.

    The row comes from the signal's own ``current`` argument, which is already right when a mouse
    press emits it. Connect again after ``setModel`` (a new model brings a new selection model).
    """
    selection = view.selectionModel()
    selection.currentRowChanged.connect(lambda current, _previous: slot(row_of(current)))
