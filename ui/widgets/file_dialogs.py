"""File and folder dialogs that open where the user was last time, per purpose.

Attaching evidence one file after another from the same folder, or importing next month's CSV,
should not start from the home folder each time. Each purpose ("evidence", "import", "export",
"sync"…) remembers its own last folder in this laptop's settings; the first time it starts in the
user's Documents folder. The platform's own dialog is used where there is one (it speaks the
desktop's language); Qt's widget dialog, used elsewhere, is translated by ``qtbase_id``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from ui import settings


def _setting(purpose: str) -> settings.Setting[str]:
    return settings.Setting(f"folders/{purpose}", "", f"Folder terakhir ({purpose})")


def last_folder(purpose: str) -> str:
    """The folder this purpose used last, if it still exists; else the user's Documents folder."""
    folder = _setting(purpose).get(settings.store())
    if folder and Path(folder).is_dir():
        return str(folder)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def remember(purpose: str, chosen: Path) -> None:
    folder = chosen if chosen.is_dir() else chosen.parent
    _setting(purpose).set(settings.store(), str(folder))


def open_file(parent: QWidget | None, title: str, purpose: str, file_filter: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, last_folder(purpose), file_filter)
    if not name:
        return None
    remember(purpose, Path(name))
    return Path(name)


def save_file(
    parent: QWidget | None, title: str, purpose: str, suggested: str, file_filter: str = ""
) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(last_folder(purpose)) / suggested), file_filter
    )
    if not name:
        return None
    remember(purpose, Path(name))
    return Path(name)


def choose_folder(parent: QWidget | None, title: str, purpose: str, start: str = "") -> Path | None:
    """A folder; ``start`` (e.g. the folder already typed) wins over the remembered one."""
    begin = start if start and Path(start).is_dir() else last_folder(purpose)
    name = QFileDialog.getExistingDirectory(parent, title, begin)
    if not name:
        return None
    remember(purpose, Path(name))
    return Path(name)
