"""``asn-desktop [WORKSPACE] [--demo]``: unlock, log in, and show the main window."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from asn_desktop import paths
from asn_desktop.errors import KeyUnavailable, WrongPassphrase
from asn_desktop.logging_setup import setup_logging
from asn_desktop.services.context import AppContext, Workspace
from asn_desktop.services.demo import DEMO_PASSPHRASE, DEMO_PASSWORD
from asn_desktop.services.workspace import login, open_workspace
from ui import settings
from ui.app import Application
from ui.errors import show_error
from ui.main_window import MainWindow
from ui.views.login_dialog import LoginDialog
from ui.views.start_dialog import StartDialog, build_demo_workspace
from ui.views.unlock_dialog import UnlockDialog


def unlock(path: Path, parent: QWidget | None = None, *, passphrase: str | None = None) -> Workspace | None:
    """Keyring first (or the given passphrase); otherwise ask for the passphrase."""
    try:
        return open_workspace(path, passphrase=passphrase)
    except (KeyUnavailable, WrongPassphrase):
        pass
    except Exception as exc:
        show_error(parent, exc)
        return None
    dialog = UnlockDialog(path, parent)
    return dialog.workspace if dialog.exec() == QDialog.DialogCode.Accepted else None


def sign_in(ws: Workspace, parent: QWidget | None = None) -> AppContext | None:
    store = settings.store()
    hint = ""
    if ws.path == paths.demo_workspace():
        hint = QCoreApplication.translate(
            "LoginDialog",
            "Ruang kerja demo: masuk sebagai <b>admin</b> atau NIP pegawai, kata sandi <b>{pw}</b>.",
        ).format(pw=DEMO_PASSWORD)
    dialog = LoginDialog(ws, parent, username=settings.LAST_USER.get(store), hint=hint)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.context is None:
        return None
    settings.LAST_USER.set(store, dialog.context.username)
    return dialog.context


class Session:
    """Keeps the workspace and the current window; "Ganti pengguna" logs in again on the same workspace."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.window: MainWindow | None = None

    def start(self) -> bool:
        ctx = sign_in(self.ws)
        if ctx is None:
            return False
        self.window = MainWindow(ctx)
        self.window.logout_requested.connect(self._switch_user)
        self.window.show()
        return True

    def _switch_user(self) -> None:
        if not self.start():
            self.ws.close()
            Application.instance().quit()


def choose_workspace(args: argparse.Namespace) -> tuple[Path, str | None] | None:
    if args.demo:
        return paths.demo_workspace(), DEMO_PASSPHRASE
    if args.workspace:
        return Path(args.workspace), None
    last = settings.LAST_WORKSPACE.get(settings.store())
    if last and (Path(last) / "device.json").exists():
        return Path(last), None
    dialog = StartDialog()
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return None
    return dialog.chosen, dialog.passphrase


def self_test(app: Application, path: Path) -> int:
    """For the packaging test: unlock with ASN_PASSPHRASE, log in as ASN_USER, show every screen.

    It exercises what a frozen build can miss (Qt plugins, translations, fonts, migrations,
    keyring backends) without a person at the keyboard, and exits 0 only if all of it worked.
    """
    ws = open_workspace(path, passphrase=os.environ.get("ASN_PASSPHRASE"))
    try:
        ctx = login(ws, os.environ["ASN_USER"], os.environ["ASN_PASSWORD"])
        window = MainWindow(ctx)
        window.show()
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            app.processEvents()
        QTimer.singleShot(500, app.quit)
        app.exec()
        print(f"self-test ok: {window.nav.count()} layar, bahasa {app.language}")
        window.close()
    finally:
        ws.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="asn-desktop", description="ASN Kinerja Desktop")
    parser.add_argument("workspace", nargs="?", help="folder ruang kerja")
    parser.add_argument("--demo", action="store_true", help="buka (atau buat) ruang kerja demo")
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    args, qt_args = parser.parse_known_args(argv if argv is not None else sys.argv[1:])
    app = Application([sys.argv[0], *qt_args])
    app.install_excepthook()
    setup_logging()
    if args.self_test:
        return self_test(app, Path(args.workspace))
    choice = choose_workspace(args)
    if choice is None:
        return 0
    path, passphrase = choice
    if args.demo and not (path / "device.json").exists() and not build_demo_workspace(path):
        return 1
    ws = unlock(path, passphrase=passphrase)
    if ws is None:
        return 1
    settings.LAST_WORKSPACE.set(settings.store(), str(path))
    session = Session(ws)
    if not session.start():
        ws.close()
        return 0
    code = app.exec()
    ws.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["QMessageBox", "Session", "main", "sign_in", "unlock"]
