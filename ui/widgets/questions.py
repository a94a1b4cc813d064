"""Questions to the user with buttons that say what they do, and a safe default.

A bare Yes/No box reads "Yes" in an Indonesian screen and makes the destructive answer the
default, so Enter deletes. Every question here names its action on the button ("Hapus"), keeps
"Batal" as the default and the Escape answer of a destructive act, and the unsaved-changes question
offers Simpan / Buang / Batal, as desktop applications do.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, action: str, *, destructive: bool = True) -> bool:
    """True when the user chose ``action``; a destructive action is never the default button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("confirmBox")
    role = QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.AcceptRole
    go = box.addButton(action, role)
    go.setObjectName("confirmAction")
    cancel = box.addButton(
        QCoreApplication.translate("questions", "Batal"), QMessageBox.ButtonRole.RejectRole
    )
    cancel.setObjectName("confirmCancel")
    box.setDefaultButton(cancel if destructive else go)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, what: str = "") -> Unsaved:
    """Simpan / Buang / Batal before unsaved changes would be lost; Batal is the default."""
    text = QCoreApplication.translate("questions", "Ada perubahan yang belum disimpan.")
    if what:
        text = QCoreApplication.translate("questions", "Ada perubahan yang belum disimpan: {what}.").format(
            what=what
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("questions", "Perubahan belum disimpan"),
        text + " " + QCoreApplication.translate("questions", "Simpan sebelum pindah?"),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("unsavedBox")
    save = box.addButton(
        QCoreApplication.translate("questions", "&Simpan"), QMessageBox.ButtonRole.AcceptRole
    )
    save.setObjectName("unsavedSave")
    discard = box.addButton(
        QCoreApplication.translate("questions", "&Buang perubahan"), QMessageBox.ButtonRole.DestructiveRole
    )
    discard.setObjectName("unsavedDiscard")
    cancel = box.addButton(
        QCoreApplication.translate("questions", "Batal"), QMessageBox.ButtonRole.RejectRole
    )
    cancel.setObjectName("unsavedCancel")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return Unsaved.SAVE
    if clicked is discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL
