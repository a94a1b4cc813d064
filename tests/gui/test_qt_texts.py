"""Finding 5 of issue 12: Qt's own dialogs, buttons and menus speak Indonesian.

Each kind of dialog the app can show is opened for real — message boxes with every standard button,
the details toggle, Qt's widget file dialog, the input dialog, the context menus of a line edit, a
text area and a spin box — and every text a user can read on it (buttons, labels, menu entries,
column headers, tooltips) is checked against Qt's English texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

ENGLISH = {
    "yes", "yes to all", "no", "no to all", "cancel", "save", "save all", "discard", "close", "open",
    "apply", "reset", "restore defaults", "help", "abort", "retry", "ignore", "don't save",
    "show details", "hide details", "look in", "file name", "files of type", "directory", "choose",
    "back", "forward", "parent directory", "create new folder", "list view", "detail view",
    "new folder", "name", "size", "type", "date modified", "kind", "undo", "redo", "cut", "copy",
    "paste", "delete", "select all", "step up", "step down", "enter a value", "recent places",
    "my computer", "computer", "go back", "go forward", "go to the parent directory",
    "create a new folder", "change to list view mode", "change to detail view mode", "sidebar",
    "insert unicode control character", "all files (*)",
}  # fmt: skip


def normalise(text: str) -> str:
    text = re.sub(r"\t.*$", "", text)  # a menu entry's shortcut
    return text.replace("&", "").replace("…", "").replace("...", "").strip().rstrip(":").strip().lower()


def readable(root: QWidget) -> Iterator[str]:
    """Every text of ``root`` a user can read."""
    for button in root.findChildren(QAbstractButton):
        if button.isVisible():
            yield button.text()
            yield button.toolTip()
    for label in root.findChildren(QLabel):
        if label.isVisible():
            yield label.text()
    for view in root.findChildren(QAbstractItemView):
        header = view if isinstance(view, QHeaderView) else None
        if header is not None and header.model() is not None and header.isVisible():
            for section in range(header.count()):
                yield str(header.model().headerData(section, header.orientation()) or "")
    if isinstance(root, QMenu):
        for action in root.actions():
            if action.isVisible() and not action.isSeparator():
                yield action.text()


def english_in(root: QWidget) -> list[str]:
    return sorted({t for t in readable(root) if t and normalise(t) in ENGLISH})


def inspect_next(found: list[list[str]], *, close: bool = True) -> None:
    """Check the next top-level dialog or menu once it shows, then close it."""

    def run() -> None:
        widget = QApplication.activeModalWidget() or QApplication.activePopupWidget()
        if widget is None:
            QTimer.singleShot(10, run)
            return
        found.append(english_in(widget))
        if close:
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

    QTimer.singleShot(0, run)


@pytest.mark.parametrize(
    "buttons",
    [
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Help | QMessageBox.StandardButton.Apply,
        QMessageBox.StandardButton.Abort
        | QMessageBox.StandardButton.Retry
        | QMessageBox.StandardButton.Ignore,
        QMessageBox.StandardButton.YesToAll
        | QMessageBox.StandardButton.NoToAll
        | QMessageBox.StandardButton.Open,
    ],
)
def test_message_boxes_speak_indonesian(qtbot, buttons) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Uji", "Lanjutkan?", buttons)
    box.setDetailedText("Rincian untuk admin")
    qtbot.addWidget(box)
    found: list[list[str]] = []
    inspect_next(found)
    box.exec()
    assert found == [[]], f"English on a message box: {found}"
    texts = [b.text() for b in box.buttons()]
    assert all(t for t in texts)


def test_button_box_speaks_indonesian(qtbot) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Reset
        | QDialogButtonBox.StandardButton.RestoreDefaults
        | QDialogButtonBox.StandardButton.SaveAll
    )
    qtbot.addWidget(box)
    box.show()
    assert english_in(box) == []
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"


def test_qt_file_dialog_speaks_indonesian(qtbot, tmp_path) -> None:
    (tmp_path / "laporan.pdf").write_bytes(b"%PDF-1.4\n")
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "Pilih berkas", str(tmp_path), "Bukti dukung (*.pdf)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.wait(50)  # the file model fills its header and rows
        assert english_in(dialog) == [], mode
        labels = {normalise(label.text()) for label in dialog.findChildren(QLabel) if label.isVisible()}
        assert {"cari di", "nama berkas", "jenis berkas"} <= labels, labels
        dialog.reject()


def test_input_dialog_speaks_indonesian(qtbot) -> None:
    found: list[list[str]] = []
    inspect_next(found)
    QInputDialog.getText(None, "Nama", "Nama folder:")
    assert found == [[]], found


@pytest.mark.parametrize("kind", [QLineEdit, QPlainTextEdit, QSpinBox])
def test_context_menus_of_text_fields_speak_indonesian(qtbot, kind) -> None:
    field = kind()
    qtbot.addWidget(field)
    field.show()
    if isinstance(field, QSpinBox):
        menu = field.findChild(QLineEdit).createStandardContextMenu()
        # The spin box adds its own entries to its line edit's menu when it is opened by a right
        # click; build that menu the same way to check them too.
        menu.addAction(QApplication.translate("QAbstractSpinBox", "&Step up"))
        menu.addAction(QApplication.translate("QAbstractSpinBox", "Step &down"))
    else:
        menu = field.createStandardContextMenu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts, "the menu has entries"
    assert english_in(menu) == [], texts
    menu.deleteLater()


def test_english_is_left_to_english(qtbot, qapp) -> None:
    """Switching to English removes our Qt translation again (Qt's own texts are English)."""
    qapp.set_language("en")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    finally:
        qapp.set_language("id")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
