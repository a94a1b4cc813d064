"""The main window's screens, each built the first time it is shown.

Building every screen at login cost 0.18 s on a 10,000-employee workspace (each screen reads its
data when made), all of it between the password and the window; a person sees one screen at a
time. The stack holds a placeholder per screen so rows and indexes never shift.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.views.page import Page


class LazyPages:
    """A sequence of the window's pages; ``pages[i]`` builds page ``i`` if it is not built yet."""

    def __init__(
        self,
        stack: QStackedWidget,
        factories: list[Callable[[], Page]],
        *,
        on_built: Callable[[Page], None] = lambda _page: None,
    ) -> None:
        self._stack, self._factories, self._on_built = stack, factories, on_built
        self._built: dict[int, Page] = {}
        for _ in factories:
            stack.addWidget(QWidget())

    def __len__(self) -> int:
        return len(self._factories)

    def __getitem__(self, row: int) -> Page:
        page = self._built.get(row)
        if page is None:
            page = self._factories[row]()
            page.setObjectName(type(page).__name__)
            self._on_built(page)
            placeholder = self._stack.widget(row)
            assert placeholder is not None  # every row has its placeholder until its page is built
            showing = self._stack.currentWidget() is placeholder
            self._stack.insertWidget(row, page)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if showing:  # the stack was already on this row: it shows the page, not a neighbour
                self._stack.setCurrentWidget(page)
            self._built[row] = page
        return page

    def __iter__(self) -> Iterator[Page]:
        return (self[row] for row in range(len(self)))

    def built(self) -> list[Page]:
        return [self._built[row] for row in sorted(self._built)]

    def index(self, page: Page) -> int:
        return next(row for row, built in self._built.items() if built is page)

    def find(self, kind: type[Page]) -> int | None:
        """The row of the first page of ``kind``: built ones first, then building in order."""
        for row, page in sorted(self._built.items()):
            if isinstance(page, kind):
                return row
        return next((row for row in range(len(self)) if isinstance(self[row], kind)), None)
