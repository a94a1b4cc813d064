"""Start-up (issue 12, finding 16): the first window before the store, the unlock behind it,
the password checked off the GUI thread, and a main window that builds only what it shows."""

from __future__ import annotations

import gc
import subprocess
import sys
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from asn_desktop.errors import KeyUnavailable
from asn_desktop.security import keystore
from asn_desktop.services import startup
from tests.conftest import PASSPHRASE, PASSWORD
from ui.main_window import MainWindow
from ui.views.admin.admin_page import AdminPage
from ui.views.login_dialog import LoginDialog

HEAVY = (
    "sqlalchemy",
    "sqlcipher3",
    "asn_desktop.store",
    "pyhanko",
    "pypdfium2",
    "keyring",
    "argon2",
    "reportlab",
)


def test_the_entry_point_imports_nothing_heavy_before_the_first_window() -> None:
    """SQLAlchemy and the store were 0.7 s of the 1.06 s of imports before any window showed."""
    code = (
        "import sys, ui.__main__, ui.views.login_dialog, ui.views.unlock_dialog, asn_desktop.services.startup;"
        f"print(sorted({{m.split('.')[0] if not m.startswith('asn_desktop') else m for m in sys.modules}}"
        f" & set({HEAVY!r}) | {{m for m in sys.modules if m.startswith('asn_desktop.store')}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert result.stdout.strip() == "[]", result.stdout


def test_the_keys_file_name_is_the_keystores() -> None:
    assert startup.KEYS_FILE == keystore.KEYS_FILE


def _ok(dialog: LoginDialog):  # type: ignore[no-untyped-def]
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def test_login_shows_before_the_workspace_is_open_and_waits_for_it(qtbot, org, tasks) -> None:
    opening: Future[object] = Future()
    dialog = LoginDialog(opening, username="kasi", tasks=tasks)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.password.hasFocus() or dialog.focusWidget() is dialog.password, "ready for typing"
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert dialog.busy.isVisibleTo(dialog)
    assert dialog.context is None, "submitted before the unlock ended: it waits, busy"
    opening.set_result(org.ws)
    qtbot.waitUntil(lambda: dialog.context is not None, timeout=10_000)
    assert dialog.context.username == "kasi"


def test_a_workspace_that_needs_its_passphrase_after_all_gives_way_to_the_unlock(qtbot, tasks) -> None:
    opening: Future[object] = Future()
    opening.set_exception(KeyUnavailable("Tidak ada keyring sistem; masukkan frasa sandi ruang kerja."))
    dialog = LoginDialog(opening, username="admin", tasks=tasks)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.rejected, timeout=10_000):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert isinstance(dialog.unlock_error, KeyUnavailable)


def test_open_for_login_unlocks_and_knows_a_passphrase_workspace(workspace) -> None:
    path = workspace.path
    workspace.close()
    assert startup.needs_passphrase(path)
    ws = startup.open_for_login(path, PASSPHRASE)
    try:
        assert ws.workspace_id == workspace.workspace_id
    finally:
        ws.close()


def test_the_main_window_builds_only_the_page_it_shows(qtbot, org) -> None:
    window = MainWindow(org.admin)
    qtbot.addWidget(window)
    assert len(window.pages) == window.nav.count() == 5
    assert [type(p).__name__ for p in window.pages.built()] == ["UnitPage"]
    assert window.stack.currentWidget() is window.pages[0], "the first page shows, not a placeholder"
    page = window.show_page(AdminPage)
    assert isinstance(page, AdminPage)
    assert window.stack.currentWidget() is page
    assert window.nav.currentRow() == 4
    assert len(window.pages.built()) == 5  # the rows before it were looked at on the way
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is window.pages[1]


def test_preloading_the_screens_freezes_what_the_imports_made() -> None:
    import ui.__main__ as gui

    gc.unfreeze()
    gui.preload_screens()
    try:
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
