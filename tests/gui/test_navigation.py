"""Findings 8 and 9 of issue 12: the navigation shows the page that is showing, and the keyboard
reaches everything (page shortcuts, Shift+Tab back to the navigation, Delete on a log row)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from tests.gui.helpers import click_in_next_box
from ui.main_window import MainWindow
from ui.views.my_performance import MyPerformancePage
from ui.views.realisation_page import RealisationPage


def click_nav(window: MainWindow, row: int) -> None:
    nav = window.nav
    index = nav.model().index(row, 0)
    QTest.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualRect(index).center())


def shown_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window, before_close_func=_forget_changes)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _forget_changes(window: MainWindow) -> None:
    """A failed assertion must not leave an unsaved page that asks a question while closing."""
    for page in window.pages:
        page.dirty = False


def highlighted(window: MainWindow) -> list[str]:
    return [item.text() for item in window.nav.selectedItems()]


def test_cancel_in_unsaved_question_keeps_highlight_on_the_page_shown(qtbot, org) -> None:
    window = shown_window(qtbot, org.ctx["staff1"])
    page = window.show_page(RealisationPage)
    assert isinstance(page, RealisationPage)
    qtbot.keyClicks(page.self_note, "Sudah sesuai target")
    assert page.dirty
    click_in_next_box("unsavedCancel")
    click_nav(window, 0)  # Kinerja Saya
    qtbot.wait(20)  # the rest of the mouse press, and anything queued after it
    assert window.stack.currentWidget() is page
    assert window.nav.currentRow() == window.pages.index(page)
    assert highlighted(window) == ["Realisasi"], "the list highlights the page that is showing"
    assert page.self_note.toPlainText() == "Sudah sesuai target"
    click_in_next_box("unsavedDiscard")
    click_nav(window, 0)
    qtbot.wait(20)
    assert isinstance(window.stack.currentWidget(), MyPerformancePage)
    assert highlighted(window) == ["Kinerja Saya"]


def test_ctrl_number_and_ctrl_pagedown_change_page(qtbot, org) -> None:
    window = shown_window(qtbot, org.ctx["staff1"])
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.stack.currentWidget(), RealisationPage)
    QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 3
    QTest.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 2
    assert "Ctrl+3" in window.nav.item(2).toolTip()


def test_shift_tab_from_a_table_reaches_the_navigation(qtbot, org) -> None:
    from tests.gui.conftest import PERIOD, three_indicators

    three_indicators(org, "kasi")
    window = shown_window(qtbot, org.ctx["kasi"])
    page = window.show_page(RealisationPage)
    assert isinstance(page, RealisationPage)
    page.period.setCurrentIndex(page.period.findData(PERIOD))
    table = page.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(2, 5))  # the last cell: a table must not keep the key
    qtbot.waitUntil(table.hasFocus)
    visited = []
    for _ in range(8):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        visited.append(QApplication.focusWidget())
        if window.nav.hasFocus():
            break
    assert window.nav.hasFocus(), [w.objectName() or type(w).__name__ for w in visited]


def _luminance(rgb: int) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: int, b: int) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_keyboard_focus_has_a_visible_ring(qtbot, org) -> None:
    """A 2 px ring at 3:1 against what was there: at least twice the widget's perimeter changes."""
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

    from ui.widgets.keyboard import FocusRing

    FocusRing.install(QApplication.instance())
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    first, button, edit = QLineEdit(), QPushButton("Simpan"), QLineEdit()
    for w in (first, button, edit):
        layout.addWidget(w)
    host.resize(320, 160)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host)
    for target in (button, edit):
        first.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(first.hasFocus)
        before = host.grab().toImage()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if target is edit:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(target.hasFocus)
        after = host.grab().toImage()
        area = target.geometry().adjusted(-4, -4, 4, 4)
        changed = sum(
            1
            for x in range(area.left(), area.right() + 1)
            for y in range(area.top(), area.bottom() + 1)
            if contrast(before.pixel(x, y), after.pixel(x, y)) >= 3
        )
        perimeter = 2 * (target.width() + target.height())
        assert changed >= 2 * perimeter * 0.9, (type(target).__name__, changed, perimeter)


def test_delete_key_on_a_work_log_row_asks_then_deletes(qtbot, org) -> None:
    from datetime import datetime

    from asn_desktop.services import worklog as wl
    from tests.unit.services.helpers import approved_skp, head_skp
    from ui.views.worklog_page import WorklogPage

    org.ws.now = lambda: datetime(2026, 3, 18, 9, 0)
    kasi_rhk = approved_skp(org, "kasi", parent_rhk=head_skp(org))[1]
    indicator = approved_skp(org, "staff1", parent_rhk=kasi_rhk)[2]
    for text in ("Menyusun draf", "Rapat koordinasi"):
        wl.log_work(
            org.ctx["staff1"], indicator_id=indicator, work_date=datetime(2026, 3, 17).date(), text=text
        )
    window = shown_window(qtbot, org.ctx["staff1"])
    page = window.show_page(WorklogPage)
    assert isinstance(page, WorklogPage)
    page.table.setFocus()
    page.table.selectRow(1)
    qtbot.waitUntil(page.table.hasFocus)
    doomed = page.model.row_at(1).text
    click_in_next_box("confirmCancel")
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 2, "Batal (the default) keeps the entry"
    window.activateWindow()  # the offscreen platform does not give it back after the box
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    click_in_next_box("confirmAction")
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert [page.model.row_at(r).text for r in range(page.model.rowCount())] == [
        t for t in ("Menyusun draf", "Rapat koordinasi") if t != doomed
    ]


def test_simpan_in_the_unsaved_question_stores_then_moves_on(qtbot, org) -> None:
    from asn_desktop.services import assessment as asm
    from tests.gui.conftest import PERIOD, three_indicators

    three_indicators(org, "kasi")
    window = shown_window(qtbot, org.ctx["kasi"])
    page = window.show_page(RealisationPage)
    assert isinstance(page, RealisationPage)
    page.period.setCurrentIndex(page.period.findData(PERIOD))
    qtbot.keyClicks(page.self_note, "Target triwulan tercapai")
    boxes = click_in_next_box("unsavedSave")
    click_nav(window, 0)
    qtbot.wait(20)
    assert [b.objectName() for b in boxes] == ["unsavedBox"]
    assert "Simpan" in boxes[0].findChild(QPushButton, "unsavedSave").text()
    assert boxes[0].defaultButton().objectName() == "unsavedCancel", "Enter never loses work"
    assert isinstance(window.stack.currentWidget(), MyPerformancePage)
    view = asm.get_assessment(org.ctx["kasi"], employee_id=org.kasi, period_key=PERIOD)
    assert view is not None
    assert view.self_note == "Target triwulan tercapai"


def test_first_window_fits_a_laptop_screen(qtbot, org) -> None:
    """Finding 4: no saved geometry: on a screen smaller than 1440×900 the window opens maximised
    (a fixed 1200×780 put the status bar below a 1366×768 screen)."""
    window = MainWindow(org.ctx["staff1"])
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert (area.width(), area.height()) < (1440, 900), "the offscreen screen is small"
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert window.width() <= area.width()
    assert window.height() <= area.height()
