"""Signing from the GUI: the admin's CA and certificates, approving an import, a person's own
passphrase, and a signed export whose result fits the screen (issue 12, finding 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QPushButton
from sqlalchemy import select

from asn_desktop.pdf.certs import Identity
from asn_desktop.pdf.verify import verify_pdf
from asn_desktop.services import signing, signing_batch
from asn_desktop.services.context import AppContext
from asn_desktop.services.demo import DEMO_PASSWORD, build_demo
from asn_desktop.services.export import BatchResult, Skipped
from asn_desktop.services.overview import list_units
from asn_desktop.services.workspace import init_workspace, login
from asn_desktop.store.models import TrustAnchor
from tests.conftest import PASSPHRASE
from tests.gui.helpers import on_next_dialog
from tests.unit.pdf.fake_ca import as_p12, fake_bssn_root, leaf
from ui.tasks import TaskRunner
from ui.views.admin.signing import SCOPE_UNIT, SigningTab
from ui.views.export_dialog import ExportDialog
from ui.views.signing_key_dialog import SigningKeyDialog

INITIAL = "awal-12345"


@pytest.fixture
def tasks():  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def _click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible(), button.objectName()
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _click_row(qtbot, table, row: int) -> None:  # type: ignore[no-untyped-def]
    rect = table.visualRect(table.model().index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_admin_creates_the_ca_and_issues_to_a_unit(qtbot, org, tasks) -> None:
    tab = SigningTab(org.admin, tasks)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: "belum memiliki CA" in tab.ca_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: "0 dari 4 pegawai" in tab.counts.text(), timeout=10_000)

    def fill(dialog: QDialog) -> None:
        dialog.findChild(QLineEdit, "caWorkspacePassphrase").setText(PASSPHRASE)
        dialog._submit()  # type: ignore[attr-defined]

    on_next_dialog(fill)
    _click(qtbot, tab.create_ca)
    qtbot.waitUntil(lambda: "SHA-256" in tab.ca_label.text(), timeout=10_000)
    assert "tersimpan di laptop ini" in tab.ca_label.text()
    assert tab.create_ca.isHidden()
    tab.scope.setCurrentIndex(tab.scope.findData(SCOPE_UNIT))
    tab.unit.setCurrentIndex(tab.unit.findData(org.seksi))
    qtbot.keyClicks(tab.initial, INITIAL)
    qtbot.keyClicks(tab.again, "lain")
    _click(qtbot, tab.issue_button)
    assert "tidak sama" in tab.issue_message.text()
    tab.again.setText(INITIAL)
    _click(qtbot, tab.issue_button)
    qtbot.waitUntil(lambda: "diterbitkan" in tab.issue_message.text(), timeout=60_000)
    assert "3 sertifikat diterbitkan" in tab.issue_message.text()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=10_000)
    assert "3 dari 4 pegawai memiliki sertifikat aktif" in tab.counts.text()
    assert {tab.model.row_at(i).employee_name for i in range(3)} == {"Kasi Program", "Staf Satu", "Staf PPPK"}
    signing.unlock_signer(org.admin, employee_id=org.staff2, passphrase=INITIAL)


def test_a_pegawai_imports_and_the_admin_approves_in_the_gui(qtbot, org, tasks, tmp_path: Path) -> None:
    fake = fake_bssn_root()
    key, cert = leaf(fake, "Staf Satu")
    p12 = tmp_path / "ttd.p12"
    p12.write_bytes(as_p12(fake, key, cert, b"p12"))
    mine = SigningKeyDialog(org.ctx["staff1"], tasks)
    qtbot.addWidget(mine)
    mine.show()
    assert "belum memiliki sertifikat" in mine.status.text()
    mine.file.setText(str(p12))
    qtbot.keyClicks(mine.p12_password, "p12")
    qtbot.keyClicks(mine.import_passphrase, "milik-saya-1")
    _click(qtbot, mine.import_button)
    qtbot.waitUntil(lambda: "menunggu persetujuan admin" in mine.message.text(), timeout=30_000)
    assert "menunggu persetujuan admin" in mine.status.text()

    tab = SigningTab(org.admin, tasks)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    assert "1 menunggu persetujuan" in tab.counts.text()
    assert not tab.approve_button.isEnabled()
    _click_row(qtbot, tab.table, 0)
    assert "Badan Siber dan Sandi Negara Root CA" in tab.selected_label.text()
    assert "belum tepercaya" in tab.selected_label.text()
    seen = on_next_dialog(lambda box: box.reject())  # Escape: Batal is the default, nothing changes
    _click(qtbot, tab.approve_button)
    assert seen
    assert isinstance(seen[0], QMessageBox)
    assert fake.fingerprint[:2].upper() in seen[0].text()
    assert tab.model.row_at(0).status == "pending"

    def approve(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        assert box.defaultButton().text() == "Batal"
        next(b for b in box.buttons() if b.text() == "Setujui").click()

    on_next_dialog(approve)
    _click(qtbot, tab.approve_button)
    qtbot.waitUntil(
        lambda: tab.model.rowCount() == 1 and tab.model.row_at(0).status == "active", timeout=10_000
    )
    with org.ws.sessions() as session:
        assert fake.fingerprint in set(session.scalars(select(TrustAnchor.fingerprint)))
    unlocked = signing.unlock_signer(org.admin, employee_id=org.staff1, passphrase="milik-saya-1")
    assert isinstance(unlocked, Identity)


def test_a_person_sets_their_own_passphrase(qtbot, org, tasks) -> None:
    signing.init_ca(org.admin, workspace_passphrase=PASSPHRASE)
    signing_batch.issue_certificates(org.admin, passphrase=INITIAL)
    dialog = SigningKeyDialog(org.ctx["kasi"], tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "frasa sandi awal dari admin" in dialog.status.text()
    qtbot.keyClicks(dialog.current, "keliru-9999")
    qtbot.keyClicks(dialog.new, "kasi-rahasia-1")
    qtbot.keyClicks(dialog.again, "kasi-rahasia-1")
    _click(qtbot, dialog.change_button)
    assert dialog.busy.isVisible()
    qtbot.waitUntil(lambda: bool(dialog.message.text()), timeout=30_000)
    assert "saat ini salah" in dialog.message.text()
    assert dialog.new.text() == "kasi-rahasia-1", "input kept after a refusal"
    dialog.current.setText(INITIAL)
    _click(qtbot, dialog.change_button)
    qtbot.waitUntil(lambda: "sudah diganti" in dialog.message.text(), timeout=30_000)
    assert "sudah Anda tetapkan sendiri" in dialog.status.text()
    signing.unlock_signer(org.admin, employee_id=org.kasi, passphrase="kasi-rahasia-1")
    # An account that is not an employee has no key to manage.
    admin = SigningKeyDialog(org.admin, tasks)
    qtbot.addWidget(admin)
    assert "tidak terhubung dengan data pegawai" in admin.status.text()
    assert not admin.change_button.isEnabled()


@pytest.fixture
def demo(tmp_path: Path) -> AppContext:  # type: ignore[misc]
    ws = init_workspace(
        tmp_path / "demo",
        agency="Badan Demo",
        admin_password=DEMO_PASSWORD,
        passphrase=PASSPHRASE,
        prefer_keyring=False,
    )
    build_demo(AppContext.system(ws), employees=60, seed=1, workspace_passphrase=PASSPHRASE)
    yield login(ws, "admin", DEMO_PASSWORD)
    ws.close()


class _UrlCatcher(QObject):
    """Receives file:// URLs instead of the desktop's file manager (QDesktopServices.setUrlHandler)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_the_gui_signs_the_demo_and_opens_the_folder(qtbot, demo, tasks, tmp_path: Path) -> None:
    dialog = ExportDialog(demo, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    seksi = next(u for u in list_units(demo) if u.name.startswith("Seksi"))
    dialog.unit.setCurrentIndex(dialog.unit.findData(seksi.id))
    target = tmp_path / "arsip"
    dialog.target.setText(str(target))
    dialog.year.setValue(2026)
    assert not dialog.open_folder.isEnabled()
    _click(qtbot, dialog.sign)
    qtbot.keyClicks(dialog.passphrase, DEMO_PASSWORD)
    finished: list[bool] = []
    dialog.run_export(on_finished=lambda: finished.append(True))
    qtbot.waitUntil(lambda: bool(finished), timeout=180_000)
    assert dialog.batch is not None
    assert dialog.batch.signed > 5
    assert f"({dialog.batch.signed} bertanda tangan)" in dialog.message.text()
    signed = next(e for e in dialog.batch.written if e.form == "evaluasi" and e.signers)
    assert [(r.intact, r.trusted) for r in verify_pdf((target / signed.file).read_bytes())] == [
        (True, True)
    ] * 2
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        _click(qtbot, dialog.open_folder)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in catcher.urls] == [target]
    dialog.target.setText(str(tmp_path / "x" / "arsip.zip"))
    assert Path(dialog.folder_url().toLocalFile()) == tmp_path / "x"


def _many_skipped(tmp_path: Path) -> BatchResult:
    kinds = ["no_skp"] * 80 + ["draft"] * 30 + ["signer:wrong_passphrase"] * 17
    skipped = tuple(
        Skipped(f"Pegawai Contoh Nomor {i} (NIP 19900101201503{i:04d})", "evaluasi", f"alasan {i}", k)
        for i, k in enumerate(kinds)
    )
    return BatchResult(tmp_path / "arsip.zip", (), skipped)


def test_the_result_is_a_short_summary_that_never_outgrows_the_screen(
    qtbot, org, tasks, tmp_path: Path
) -> None:
    """127 skipped forms once made this dialog 778×2337 px; now at most the screen, on 1366×768 too."""
    dialog = ExportDialog(org.admin, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_result(_many_skipped(tmp_path))
    text = dialog.message.text()
    assert "127 formulir dilewati" in text
    assert "80 × belum memiliki SKP" in text
    assert "17 × frasa sandi kunci penanda tangan salah" in text
    assert "Pegawai Contoh Nomor 5 " not in text, "the names are behind the toggle"
    assert dialog.details.isHidden()
    _click(qtbot, dialog.details_toggle)
    assert dialog.details.isVisible()
    assert dialog.details.toPlainText().count("\n") == 126
    screen = dialog.screen().availableGeometry()
    for height in (screen.height(), 768 - 40):  # this screen, and a 1366×768 laptop with a taskbar
        assert dialog.frameGeometry().height() <= height
    buttons = dialog.open_folder.mapTo(dialog, dialog.open_folder.rect().bottomRight())
    assert buttons.y() <= dialog.height()
    _click(qtbot, dialog.details_toggle)
    assert dialog.details.isHidden()


def test_cancel_is_reported_as_cancelled_not_as_an_error(qtbot, demo, tasks, tmp_path: Path) -> None:
    dialog = ExportDialog(demo, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.target.setText(str(tmp_path / "batal.zip"))
    boxes: list[str] = []

    def watch() -> None:  # any message box (error or crash) would be recorded and closed
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            boxes.append(box.objectName())
            box.reject()

    from PySide6.QtCore import QTimer

    timer = QTimer(dialog, interval=20)
    timer.timeout.connect(watch)
    timer.start()
    finished: list[bool] = []
    dialog.run_export(on_finished=lambda: finished.append(True))
    progress = dialog.findChild(QDialog, "progressDialog")
    assert progress is not None
    batal = next(b for b in progress.findChildren(QPushButton) if b.text() == "Batal")
    _click(qtbot, batal)
    qtbot.waitUntil(lambda: bool(finished), timeout=120_000)
    timer.stop()
    assert boxes == []
    assert "dibatalkan" in dialog.message.text()
    assert not (tmp_path / "batal.zip").exists()


def test_the_certificate_list_is_searched_not_listed_whole(qtbot, org, tasks) -> None:
    signing.init_ca(org.admin, workspace_passphrase=PASSPHRASE)
    signing_batch.issue_certificates(org.admin, passphrase=INITIAL)
    tab = SigningTab(org.admin, tasks)
    qtbot.addWidget(tab)
    tab.show()
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4, timeout=10_000)
    qtbot.keyClicks(tab.search, "staf")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10_000)
    tab.search.setText("19800101")  # a NIP prefix
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    assert tab.model.row_at(0).employee_name == "Kasi Program"


def test_the_issuer_column_is_the_one_that_stretches(qtbot, org, tasks) -> None:
    from PySide6.QtWidgets import QHeaderView

    from ui.views.admin.signing import ISSUER_COLUMN

    tab = SigningTab(org.admin, tasks)
    qtbot.addWidget(tab)
    assert tab.model.headerData(ISSUER_COLUMN, Qt.Orientation.Horizontal) == "Penerbit"
    header = tab.table.horizontalHeader()
    assert header.sectionResizeMode(ISSUER_COLUMN) == QHeaderView.ResizeMode.Stretch
