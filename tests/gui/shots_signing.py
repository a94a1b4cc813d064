"""Screenshots of the signing screens in real X11 windows (run under Xvfb), at the screen's size.

    python -m tests.gui.shots_signing OUTDIR      (DISPLAY set; QT_SCALE_FACTOR=1.5 for 150 %)

The admin's *Tanda Tangan* tab with an import waiting, the approval question, a pegawai's
*Kunci tanda tangan saya*, and the export dialog after a signed batch (summary, then details),
and the first windows of the start-up (login, busy login, unlock). Each window is sized to the screen's available area, as a
maximised window would be on a 1366×768 laptop.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("ASN_FAST_HASH", "1")

import keyring
import keyring.backends.fail
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from asn_desktop.services import signing_approval
from asn_desktop.services.context import AppContext
from asn_desktop.services.demo import DEMO_PASSWORD, build_demo
from asn_desktop.services.directory import EmployeeFilter, visible_employees
from asn_desktop.services.overview import list_units
from asn_desktop.services.workspace import init_workspace, login
from tests.unit.pdf.fake_ca import as_p12, fake_bssn_root, leaf
from ui.app import Application

PASS = "shots-pass"


def _settle(app: QApplication, ms: int = 200) -> None:
    # A local loop: QApplication.quit() would close every window (a progress dialog so cancels).
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _save(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.raise_()
    widget.activateWindow()
    _settle(app)
    widget.grab().save(str(path))
    geo = widget.frameGeometry()
    print(
        f"{path.name}: {geo.width()}×{geo.height()} on {widget.screen().availableGeometry().size().toTuple()}"
    )


def _demo(tmp: Path) -> AppContext:
    ws = init_workspace(
        tmp / "ws",
        agency="Badan Kepegawaian Daerah Provinsi Contoh",
        admin_password=DEMO_PASSWORD,
        passphrase=PASS,
        prefer_keyring=False,
    )
    build_demo(AppContext.system(ws), employees=60, seed=1, year=2026, workspace_passphrase=PASS)
    return login(ws, "admin", DEMO_PASSWORD)


def _staff(admin: AppContext) -> list[object]:
    rows = visible_employees(admin, EmployeeFilter(text=""), limit=500)
    return [r for r in rows if r.position_name and r.position_name.startswith("Analis")]


def _pending_import(admin: AppContext, tmp: Path) -> None:
    staff = _staff(admin)[0]
    fake = fake_bssn_root()
    key, cert = leaf(fake, staff.name)
    signing_approval.import_pkcs12(
        login(admin.workspace, staff.nip, DEMO_PASSWORD),
        employee_id=staff.id,
        data=as_p12(fake, key, cert, b"p12"),
        p12_password="p12",
        passphrase="frasa-sendiri-1",
    )


def _admin_shots(app: QApplication, admin: AppContext, outdir: Path) -> None:
    from ui.main_window import MainWindow
    from ui.views.admin.admin_page import AdminPage

    window = MainWindow(admin)
    window.setGeometry(window.screen().availableGeometry())
    window.show()
    page = window.show_page(AdminPage)
    assert isinstance(page, AdminPage)
    assert page.tabs is not None
    page.tabs.setCurrentWidget(page.signing)
    tab = page.signing
    tab.pending_only.setChecked(True)
    while tab.model.rowCount() == 0:  # the list loads on the worker
        _settle(app, 50)
    tab.table.selectRow(0)
    _save(app, window, outdir / "01-admin-TandaTangan.png")

    def shoot_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        _save(app, box, outdir / "02-admin-approve-question.png")
        box.reject()

    QTimer.singleShot(300, shoot_box)
    tab.approve_selected()
    window.close()


def _person_shots(app: QApplication, admin: AppContext, outdir: Path) -> None:
    from ui.tasks import TaskRunner
    from ui.views.signing_key_dialog import SigningKeyDialog

    staff = _staff(admin)[1]
    tasks = TaskRunner()
    dialog = SigningKeyDialog(login(admin.workspace, staff.nip, DEMO_PASSWORD), tasks)
    dialog.show()
    _save(app, dialog, outdir / "03-pegawai-KunciTandaTanganSaya.png")
    dialog.close()
    tasks.shutdown()


def _export_shots(app: QApplication, admin: AppContext, outdir: Path, tmp: Path) -> None:
    from ui.tasks import TaskRunner
    from ui.views.export_dialog import ExportDialog

    tasks = TaskRunner()
    dialog = ExportDialog(admin, tasks)
    dialog.show()
    seksi = next(u for u in list_units(admin) if u.name.startswith("Seksi"))
    dialog.unit.setCurrentIndex(dialog.unit.findData(seksi.id))
    dialog.sign.setChecked(True)
    dialog.passphrase.setText(DEMO_PASSWORD)
    dialog.target.setText(str(tmp / "arsip-seksi"))
    _save(app, dialog, outdir / "04-export-form.png")
    for name, unit, passphrase in (
        ("05-export-signed-unit", seksi.id, DEMO_PASSWORD),
        ("06-export-agency-wrong", None, "keliru-sekali"),
    ):
        dialog.unit.setCurrentIndex(dialog.unit.findData(unit))
        dialog.passphrase.setText(passphrase)
        dialog.target.setText(str(tmp / f"{name}.zip"))
        done: list[bool] = []
        dialog.run_export(on_finished=lambda done=done: done.append(True))
        while not done:
            _settle(app, 100)
        _save(app, dialog, outdir / f"{name}.png")
    dialog.details_toggle.click()
    _save(app, dialog, outdir / "07-export-agency-details.png")
    dialog.close()
    tasks.shutdown()


def _start_shots(app: QApplication, admin: AppContext, outdir: Path) -> None:
    """The first windows: the login (busy while the password is checked) and the unlock."""
    from concurrent.futures import Future

    import ui.__main__ as gui
    from ui.tasks import TaskRunner
    from ui.views.login_dialog import LoginDialog
    from ui.views.unlock_dialog import UnlockDialog

    tasks = TaskRunner()
    pending: Future[object] = Future()  # the workspace still opening behind the window
    login_window = LoginDialog(
        pending,
        username="admin",
        hint=gui.login_hint(admin.workspace.path)
        or ("Ruang kerja demo: masuk sebagai <b>admin</b> atau NIP pegawai, kata sandi <b>demo12345</b>."),
        tasks=tasks,
    )  # type: ignore[arg-type]
    login_window.show()
    _save(app, login_window, outdir / "08-start-login.png")
    login_window.password.setText(DEMO_PASSWORD)
    login_window.try_login()
    _save(app, login_window, outdir / "09-start-login-busy.png")
    pending.set_result(admin.workspace)
    while login_window.isVisible():
        _settle(app, 50)
    unlock_window = UnlockDialog(admin.workspace.path, tasks=tasks)
    unlock_window.show()
    _save(app, unlock_window, outdir / "10-start-unlock.png")
    unlock_window.close()
    tasks.shutdown()


def main(outdir: Path) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    app = Application(["asn-shots"], language="id")
    app.collect_on_gui_thread()
    tmp = Path(tempfile.mkdtemp(prefix="asn-shots-signing-"))
    admin = _demo(tmp)
    _pending_import(admin, tmp)
    _admin_shots(app, admin, outdir)
    _person_shots(app, admin, outdir)
    _export_shots(app, admin, outdir, tmp)
    _start_shots(app, admin, outdir)
    admin.workspace.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
