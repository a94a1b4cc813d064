"""Driving modal dialogs from tests: act on the next dialog once its event loop runs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QWidget


def on_next_dialog(act: Callable[[QDialog], None]) -> list[QDialog]:
    """Schedule ``act`` on the next modal dialog; the list receives the dialog for later checks."""
    seen: list[QDialog] = []

    def run() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, run)
            return
        assert isinstance(widget, QDialog), widget
        seen.append(widget)
        act(widget)

    QTimer.singleShot(0, run)
    return seen


def child(widget: QWidget, kind: type, name: str):  # type: ignore[no-untyped-def]
    found = widget.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r} in {widget}"
    return found


def click_in_next_box(button: str) -> list[QDialog]:
    """Click the button named ``button`` (objectName) in the next modal box, as a user would."""
    from PySide6.QtWidgets import QAbstractButton

    def act(dialog: QDialog) -> None:
        found = dialog.findChild(QAbstractButton, button)
        assert found is not None, f"no button {button!r} in {dialog.objectName()}"
        found.click()

    return on_next_dialog(act)


def click_row(view: QAbstractItemView, row: int, column: int = 1) -> None:
    """A left click in the middle of a cell, on the viewport, as the user's mouse does it."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
