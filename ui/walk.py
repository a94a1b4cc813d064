"""Visiting every screen of a main window: each page, each of its tabs, with something chosen.

One walk serves the screenshot suite (a picture per state), the checks that walk every visible
widget (elided text, English standard texts) and the threading contract's test and benchmark
(which service calls each screen makes). A page shows most when a row is chosen, so the walk picks
the first subordinate on *Penilaian Bawahan* and starts the meeting with everyone on *Rapat
Evaluasi*; a state is reached through the same calls a user's clicks make.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from ui.views.meeting_view import MeetingPage
from ui.views.team_page import TeamPage

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _tab_widgets(root: QWidget) -> list[QTabWidget]:
    """The tab widgets of ``root`` that are the page's own (not inside another tab widget's tab)."""
    return [t for t in root.findChildren(QTabWidget) if t.isVisibleTo(root)]


def _tabs(name: str, root: QWidget) -> Iterator[str]:
    for tabs in _tab_widgets(root):
        for index in range(1, tabs.count()):
            if not tabs.isTabEnabled(index) or not tabs.isVisibleTo(root):
                continue
            tabs.setCurrentIndex(index)
            settle()
            label = tabs.tabText(index).replace("&&", "+").replace("&", "")
            yield f"{name} / {tabs.objectName() or 'tab'} / {label}"
        tabs.setCurrentIndex(0)
        settle()


def every_screen(window: MainWindow) -> Iterator[str]:
    """Show each state in turn and yield its name; the window ends on its first page."""
    for row, page in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        settle()
        name = window.nav.item(row).text()
        if isinstance(page, TeamPage) and page.model.rowCount():
            page.list.selectRow(0)
            settle()
        yield name
        yield from _tabs(name, page)
        if isinstance(page, MeetingPage) and page.participants.rowCount():
            page.participants.set_all_visible(True)
            page.start()
            settle()
            yield f"{name} / rapat berjalan"
            page.runner.forget()
            page.mark_dirty(False)
            page.stack.setCurrentWidget(page.setup)
    window.nav.setCurrentRow(0)
    settle()
