"""``named(widget, "name")``: a widget with its object name, typed as the widget it is.

Object names are how tests, the screenshots and the style find a widget. Passing ``objectName=``
to a constructor works at run time, but PySide6's stubs declare only each class's own properties,
so mypy saw every such call as an error and typed its result ``Any``; this keeps the type.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDateEdit

W = TypeVar("W", bound=QObject)


def named(obj: W, name: str) -> W:
    obj.setObjectName(name)
    return obj


def with_popup(edit: QDateEdit) -> QDateEdit:
    """A date field that opens a calendar (``calendarPopup=`` is another property the stubs omit)."""
    edit.setCalendarPopup(True)
    return edit
