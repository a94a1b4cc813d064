"""``asn-desktop [WORKSPACE] [--demo]``: unlock, log in, and show the main window.

Start-up, and why it is shaped like this: the first window (unlock or login) shows as soon as Qt
is up — about what a bare window costs — because this module imports nothing of the store,
SQLAlchemy, pyHanko or the screens at module level. While the person types, a worker unlocks the
workspace (when the passphrase is known: the demo, or keys in the keyring) and imports the main
window's modules; the password check runs there too, behind a busy bar. What is left after the
password is building the window. ``benchmarks/bench_gui.py`` measures both halves.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import threading
from collections.abc import Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from asn_desktop import paths
from asn_desktop.services.demo_credentials import DEMO_PASSPHRASE, DEMO_PASSWORD
from asn_desktop.services.startup import needs_passphrase
from ui import settings
from ui.app import Application
from ui.errors import show_error
from ui.tasks import TaskRunner
from ui.views.login_dialog import LoginDialog
from ui.views.unlock_dialog import UnlockDialog

if TYPE_CHECKING:
    from asn_desktop.services.context import AppContext, Workspace
    from ui.main_window import MainWindow


def start_logging() -> None:
    from asn_desktop.logging_setup import setup_logging  # noqa: PLC0415 - after the first window

    setup_logging()


def preload_screens() -> None:
    """Import the main window and its screens (on the worker, while the person types).

    Then ``gc.freeze()``: the objects the imports made (modules, classes, SQLAlchemy's tables,
    Qt's wrappers — a few hundred thousand) live as long as the app, yet the first full
    collection would walk them all, and it came in the middle of building the window (60–80 ms
    measured). Frozen, they are never scanned again; everything made later is collected as usual.
    """
    import ui.main_window  # noqa: F401, PLC0415 - the point: import it off the GUI thread

    gc.freeze()


def preload_in_background() -> None:
    """Start importing the screens on a thread of their own, so the login's check need not wait."""
    threading.Thread(target=preload_screens, name="asn-preload", daemon=True).start()


def open_in_background(tasks: TaskRunner, path: Path, passphrase: str | None) -> Future[Workspace]:
    """Start unlocking ``path`` on the worker; the future's result is the open workspace.

    The future resolves as soon as the workspace is open — a password submitted by then is
    checked at once — and the screens' imports go on beside it (``preload_in_background``).
    """
    future: Future[Workspace] = Future()

    def job(*_: object) -> Workspace:
        from asn_desktop.services.startup import open_for_login  # noqa: PLC0415 - on the worker

        try:
            ws = open_for_login(path, passphrase)
        except BaseException as exc:
            future.set_exception(exc)
            raise
        future.set_result(ws)
        preload_in_background()
        return ws

    tasks.run(job, on_done=lambda _ws: None, on_error=lambda _exc: None)
    return future


def unlock(path: Path, parent: QWidget | None = None, *, tasks: TaskRunner) -> Workspace | None:
    """Ask for the passphrase; the unlock runs off the GUI thread."""
    dialog = UnlockDialog(path, parent, tasks=tasks, preload=preload_in_background)
    return dialog.workspace if dialog.exec() == QDialog.DialogCode.Accepted else None


def login_hint(path: Path) -> str:
    if path != paths.demo_workspace():
        return ""
    return QCoreApplication.translate(
        "LoginDialog",
        "Ruang kerja demo: masuk sebagai <b>admin</b> atau NIP pegawai, kata sandi <b>{pw}</b>.",
    ).format(pw=DEMO_PASSWORD)


def sign_in(
    ws: Workspace | Future[Workspace],
    path: Path,
    parent: QWidget | None = None,
    *,
    tasks: TaskRunner,
) -> tuple[AppContext | None, BaseException | None]:
    """The login window; returns the context, or the error that kept the workspace from opening."""
    store = settings.store()
    dialog = LoginDialog(
        ws, parent, username=settings.LAST_USER.get(store), hint=login_hint(path), tasks=tasks
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.context is None:
        return None, dialog.unlock_error
    settings.LAST_USER.set(store, dialog.context.username)
    return dialog.context, None


class Session:
    """Keeps the workspace and the current window; "Ganti pengguna" logs in again on the same workspace."""

    def __init__(self, ws: Workspace, tasks: TaskRunner) -> None:
        self.ws = ws
        self.tasks = tasks
        self.window: MainWindow | None = None

    def start(self, ctx: AppContext | None = None) -> bool:
        from ui.main_window import MainWindow  # noqa: PLC0415 - preloaded while the person typed

        if ctx is None:
            ctx, _ = sign_in(self.ws, self.ws.path, tasks=self.tasks)
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
    from ui.views.start_dialog import StartDialog  # noqa: PLC0415 - only without a workspace

    dialog = StartDialog()
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return None
    return dialog.chosen, dialog.passphrase


def open_and_sign_in(path: Path, passphrase: str | None, tasks: TaskRunner) -> AppContext | None:
    """The first window at once: login while the workspace opens behind it, or unlock first."""
    source: Workspace | Future[Workspace] | None
    if passphrase is None and needs_passphrase(path):
        source = unlock(path, tasks=tasks)
    else:
        source = open_in_background(tasks, path, passphrase)
    if source is None:
        return None
    ctx, error = sign_in(source, path, tasks=tasks)
    if error is not None:
        if not (isinstance(error, Exception) and _is_key_problem(error)):
            show_error(None, error)
            return None
        source = unlock(path, tasks=tasks)  # no keyring after all: the keys need the passphrase
        if source is None:
            return None
        ctx, _ = sign_in(source, path, tasks=tasks)
    if ctx is None:
        _close(source)
    return ctx


def _close(source: Workspace | Future[Workspace]) -> None:
    """Lock the workspace again after a cancelled login, now or when its opening ends."""
    if not isinstance(source, Future):
        source.close()
        return

    def close(done: Future[Workspace]) -> None:
        if done.exception() is None:
            done.result().close()

    source.add_done_callback(close)


def _is_key_problem(exc: Exception) -> bool:
    from asn_desktop.errors import KeyUnavailable, WrongPassphrase  # noqa: PLC0415 - light, but only here

    return isinstance(exc, KeyUnavailable | WrongPassphrase)


def self_test(app: Application, path: Path) -> int:
    """For the packaging test: unlock with ASN_PASSPHRASE, log in as ASN_USER, show every screen.

    It exercises what a frozen build can miss (Qt plugins, translations, fonts, migrations,
    keyring backends) without a person at the keyboard, and exits 0 only if all of it worked.
    """
    from asn_desktop.services.workspace import login, open_workspace  # noqa: PLC0415
    from ui.main_window import MainWindow  # noqa: PLC0415

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
    app.collect_on_gui_thread()
    QTimer.singleShot(0, start_logging)  # once the first window shows (logging.handlers: 15 ms)
    if args.self_test:
        start_logging()
        return self_test(app, Path(args.workspace))
    choice = choose_workspace(args)
    if choice is None:
        return 0
    path, passphrase = choice
    if args.demo and not (path / "device.json").exists():
        from ui.views.start_dialog import build_demo_workspace  # noqa: PLC0415 - the demo's first run only

        if not build_demo_workspace(path):
            return 1
    tasks = TaskRunner()
    ctx = open_and_sign_in(path, passphrase, tasks)
    if ctx is None:
        tasks.shutdown()
        return 0
    ws = ctx.workspace
    settings.LAST_WORKSPACE.set(settings.store(), str(path))
    session = Session(ws, tasks)
    session.start(ctx)
    code = app.exec()
    ws.close()
    tasks.shutdown()
    return code


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["QMessageBox", "Session", "main", "sign_in", "unlock"]
