"""The main window per role, the login and unlock dialogs, and the unsaved-changes guard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.conftest import PASSPHRASE, PASSWORD
from ui.main_window import MainWindow
from ui.views.login_dialog import LoginDialog
from ui.views.unlock_dialog import UnlockDialog


def _nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_each_role_sees_only_its_screens(qtbot, org) -> None:
    titles = {}
    for who in ("staff1", "kasi", "admin"):
        window = MainWindow(org.ctx[who])
        qtbot.addWidget(window)
        titles[who] = _nav_titles(window)
    assert titles["staff1"] == ["Kinerja Saya", "SKP Saya", "Realisasi", "Catatan Harian", "Umpan Balik 360°"]
    assert titles["kasi"] == [
        "Kinerja Saya",
        "SKP Saya",
        "Realisasi",
        "Catatan Harian",
        "Umpan Balik 360°",
        "Penilaian Bawahan",
        "Rapat Evaluasi",
        "Keberatan",
        "Unit Kerja",
        "Umpan Balik Masyarakat",
    ]
    assert titles["admin"] == [
        "Unit Kerja",
        "Umpan Balik Masyarakat",
        "Tindak Lanjut",
        "Kirim ke SIASN",
        "Administrasi",
    ]


def test_login_dialog_wrong_password_then_right(qtbot, org, tasks) -> None:
    dialog = LoginDialog(org.ws, tasks=tasks)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "kasi")
    qtbot.keyClicks(dialog.password, "salah-sandi")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisibleTo(dialog), "the password is checked off the GUI thread"
    assert not ok.isEnabled()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert dialog.context is None
    assert dialog.message.text() == "Nama pengguna atau kata sandi salah."
    assert dialog.password.text() == ""
    assert dialog.username.text() == "kasi"
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.context is not None, timeout=10_000)
    assert dialog.context.username == "kasi"


def test_unlock_dialog_wrong_passphrase_keeps_files(qtbot, workspace, tasks) -> None:
    path = workspace.path
    workspace.close()
    before = (path / "keys.enc").read_bytes()
    dialog = UnlockDialog(path, tasks=tasks)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("bukan-ini")
    dialog.try_unlock()
    assert dialog.busy.isVisibleTo(dialog), "the unlock runs off the GUI thread"
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=10_000)
    assert dialog.workspace is None
    assert "Frasa sandi salah" in dialog.message.text()
    assert (path / "keys.enc").read_bytes() == before
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: dialog.workspace is not None, timeout=10_000)
    dialog.workspace.close()


def test_window_state_is_remembered(qtbot, org) -> None:
    window = MainWindow(org.ctx["staff1"])
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)  # the user left the maximised window
    window.resize(700, 520)
    window.close()
    again = MainWindow(org.ctx["staff1"])
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 520)
