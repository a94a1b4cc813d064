"""Text cut short on a small screen is never lost: hovering it shows all of it.

At 1366×768 a table cell, a column header, a combo box or a label can be narrower than its text
("240 layana", two rows both reading "Ketepatan waktu penyelesaian …"). The layouts are made to fit
(see the screenshots), and where a text still does not, ``ElideTips`` shows the whole of it as a
tooltip: one event filter per screen, on every item view (its cells and column headers), combo
box, label, button and tab bar. A widget or cell with a tooltip of its own keeps it. ``clipped``
is the one measure, used here and by the test that walks every screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QToolTip,
    QWidget,
)

CELL_MARGIN = 4  # the style's text margin on each side of a cell, with a pixel to spare
SORT_ROOM = 14  # a header section also draws its sort arrow

Index = QModelIndex | QPersistentModelIndex


def plain(text: str) -> str:
    """The text a user reads: rich text without its tags, and without mnemonic ampersands."""
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def text_fits(text: str, rect: QRect, metrics: QFontMetrics, *, wrap: bool) -> bool:
    inner = rect.adjusted(CELL_MARGIN, 1, -CELL_MARGIN, -1)
    if not text:
        return True
    if inner.width() <= 0:
        return False
    if not wrap:
        return max(metrics.horizontalAdvance(line) for line in text.splitlines()) <= inner.width()
    needed = metrics.boundingRect(inner, int(Qt.TextFlag.TextWordWrap), text)
    return needed.height() <= inner.height() + 1 and needed.width() <= inner.width()


def cell_clipped(view: QAbstractItemView, index: QModelIndex) -> bool:
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text:
        return False
    rect = view.visualRect(index)
    wrap = bool(getattr(view, "wordWrap", lambda: False)())
    return not text_fits(text, rect, QFontMetrics(view.font()), wrap=wrap)


def header_clipped(header: QHeaderView, section: int) -> bool:
    model = header.model()
    text = model.headerData(section, header.orientation()) if model is not None else None
    if not isinstance(text, str) or not text or header.isSectionHidden(section):
        return False
    room = header.sectionSize(section) - 2 * CELL_MARGIN - SORT_ROOM
    return QFontMetrics(header.font()).horizontalAdvance(text) > room


def combo_clipped(combo: QComboBox) -> bool:
    text = combo.currentText()
    if not text:
        return False
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return QFontMetrics(combo.font()).horizontalAdvance(text) > field.width()


def label_clipped(label: QLabel) -> bool:
    if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return False
    if label.wordWrap():
        return label.height() + 1 < label.heightForWidth(label.width())
    return label.width() + 1 < label.sizeHint().width()


def button_clipped(button: QAbstractButton) -> bool:
    """The text (and icon) is wider than the button's inside (a style's minimum width is not a cut)."""
    text = plain(button.text())
    if not text:
        return False
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    indicator = 20 if button.isCheckable() and not isinstance(button, QPushButton | QToolButton) else 0
    need = QFontMetrics(button.font()).horizontalAdvance(text) + icon + indicator + 2 * CELL_MARGIN
    return need > button.width()


def tab_clipped(bar: QTabBar, index: int) -> bool:
    text = plain(bar.tabText(index))
    return QFontMetrics(bar.font()).horizontalAdvance(text) + 2 * CELL_MARGIN > bar.tabRect(index).width()


def clipped(widget: QWidget) -> bool:
    """A label, button or combo box whose own text does not fit it (cells: ``cell_clipped``)."""
    if isinstance(widget, QComboBox):
        return combo_clipped(widget)
    if isinstance(widget, QLabel):
        return label_clipped(widget)
    if isinstance(widget, QAbstractButton):
        return button_clipped(widget)
    return False


def full_text(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLabel | QAbstractButton):
        return plain(widget.text())
    return ""


class ElideTips(QObject):
    """The event filter of one screen: a ToolTip event over cut text shows the whole text."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        owner = watched.parent() if isinstance(watched.parent(), QAbstractItemView) else None
        if isinstance(owner, QHeaderView):
            return self._section(owner, event)
        if isinstance(owner, QAbstractItemView):
            return self._cell(owner, event)
        if isinstance(watched, QTabBar):
            return self._tab(watched, event)
        if isinstance(watched, QWidget) and not watched.toolTip() and clipped(watched):
            QToolTip.showText(event.globalPos(), full_text(watched), watched)
            return True
        return False

    @staticmethod
    def _cell(view: QAbstractItemView, event: QHelpEvent) -> bool:
        index = view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole) or not cell_clipped(view, index):
            return False  # the view shows the cell's own tooltip, or none
        QToolTip.showText(event.globalPos(), str(index.data()), view.viewport(), view.visualRect(index))
        return True

    @staticmethod
    def _section(header: QHeaderView, event: QHelpEvent) -> bool:
        section = header.logicalIndexAt(event.pos())
        if section < 0 or not header_clipped(header, section):
            return False
        text = str(header.model().headerData(section, header.orientation()))
        QToolTip.showText(event.globalPos(), text, header)
        return True

    @staticmethod
    def _tab(bar: QTabBar, event: QHelpEvent) -> bool:
        index = bar.tabAt(event.pos())
        if index < 0 or bar.tabToolTip(index) or not tab_clipped(bar, index):
            return False
        QToolTip.showText(event.globalPos(), plain(bar.tabText(index)), bar)
        return True


def install(root: QWidget) -> ElideTips:
    """Watch every view, header, combo box, label, button and tab bar under ``root``."""
    tips = root.findChild(ElideTips, "elideTips")
    if tips is None:
        tips = ElideTips(root)
        tips.setObjectName("elideTips")
    for view in root.findChildren(QAbstractItemView):
        view.viewport().installEventFilter(tips)
    labelled: list[QWidget] = [*root.findChildren(QComboBox), *root.findChildren(QLabel)]
    for widget in [*labelled, *root.findChildren(QAbstractButton)]:
        widget.installEventFilter(tips)
    for bar in root.findChildren(QTabBar):
        bar.installEventFilter(tips)
    return tips
