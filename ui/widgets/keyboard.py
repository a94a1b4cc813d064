"""Keyboard use of the whole window: a focus ring one can see, and Tab that leaves tables.

Fusion marks the focused widget with a thin, low-contrast line that is almost invisible on a
laptop panel; ``FocusRing`` draws a 2 px ring in the palette's highlight colour around whatever
has the keyboard focus (WCAG 2.4.13's "at least 2 px, 3:1"), in every window and dialog, following
the widget as it moves or resizes (``QFocusFrame`` does the tracking). A focus that came from a
mouse click gets no ring: the pointer already shows where the user is.

A ``QTableView`` takes Tab and Shift+Tab for moving between its cells by default, so the keyboard
could enter a table but never leave it towards the navigation; ``tab_leaves_views`` turns that off
(arrow keys still move between cells).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFocusFrame, QWidget
from shiboken6 import isValid

RING_WIDTH = 2


class FocusRing(QFocusFrame):
    """The ring around the focused widget; one per application (see ``install``)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        painter.setPen(QPen(colour, RING_WIDTH))
        inset = RING_WIDTH / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(inset, inset, -inset, -inset), 3, 3)

    @staticmethod
    def install(app: QApplication) -> FocusRing:
        """The application's ring, made on the first call (later windows share it)."""
        follower = app.findChild(_Follower, "focusRingFollower")
        if follower is None:
            ring = FocusRing()
            ring.setObjectName("focusRing")
            follower = _Follower(app, ring)
        return follower.ring


class _Follower(QObject):
    """Moves the ring to the widget that receives the keyboard focus (owned by the app)."""

    def __init__(self, app: QApplication, ring: FocusRing) -> None:
        super().__init__(app)
        self.setObjectName("focusRingFollower")
        self.ring = ring
        app.focusChanged.connect(self._moved)

    def _moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self.ring):
            # The ring lives beside the widget it marks; a closed dialog takes it along.
            self.ring = FocusRing()
            self.ring.setObjectName("focusRing")
        from_mouse = QApplication.mouseButtons() != Qt.MouseButton.NoButton
        if new is None or from_mouse or new.isWindow() or new.parentWidget() is None:
            self.ring.setWidget(None)  # type: ignore[arg-type]  # None clears it; the stub omits it
            self.ring.hide()
            return
        self.ring.setWidget(new)
        self.ring.show()  # QFocusFrame keeps itself above the widget it marks


def tab_leaves_views(root: QWidget) -> None:
    """Tab and Shift+Tab move the focus out of every item view under ``root`` (arrows stay)."""
    for view in root.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
