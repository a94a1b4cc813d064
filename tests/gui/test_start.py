"""First run: create an agency workspace (with its share), or join one from an enrolment file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QLineEdit

from asn_desktop.services import sync as sync_svc
from asn_desktop.services.workspace import login, open_workspace
from tests.conftest import PASSWORD
from tests.gui.helpers import child, on_next_dialog
from ui.views.start_dialog import StartDialog


def test_create_new_workspace_with_share(qtbot, tmp_path: Path) -> None:
    start = StartDialog()
    qtbot.addWidget(start)
    target = tmp_path / "instansi"

    def fill(dialog: QDialog) -> None:
        child(dialog, QLineEdit, "newFolder").setText(str(target))
        child(dialog, QLineEdit, "newAgency").setText("Dinas Pendidikan")
        child(dialog, QLineEdit, "newAdminPassword").setText("pendek")
        child(dialog, QLineEdit, "newPassphrase").setText("frasa-baru-1")
        child(dialog, QLineEdit, "newShare").setText(str(tmp_path / "share"))
        dialog._submit()
        assert "minimal 8" in dialog.message.text(), "the core's refusal shows inline"
        assert not target.exists()
        child(dialog, QLineEdit, "newAdminPassword").setText(PASSWORD)
        dialog._submit()

    on_next_dialog(fill)
    start.create_new()
    assert start.chosen == target
    ws = open_workspace(target, passphrase="frasa-baru-1")
    try:
        assert sync_svc.sync_share(login(ws, "admin", PASSWORD)) == str(tmp_path / "share")
    finally:
        ws.close()


def test_join_an_agency_from_an_enrolment_file(qtbot, org, tmp_path: Path) -> None:
    share = tmp_path / "share"
    share.mkdir()
    sync_svc.sync_workspace(org.admin, str(share))
    enrolment = tmp_path / "laptop-b.asnenrol"
    enrolment.write_bytes(sync_svc.make_enrolment(org.admin, passphrase="daftar-laptop-b"))
    start = StartDialog()
    qtbot.addWidget(start)
    target = tmp_path / "laptop-b"

    def fill(dialog: QDialog) -> None:
        child(dialog, QLineEdit, "joinFile").setText(str(enrolment))
        child(dialog, QLineEdit, "joinEnrolPassphrase").setText("daftar-laptop-b")
        child(dialog, QLineEdit, "joinShare").setText(str(share))
        child(dialog, QLineEdit, "joinFolder").setText(str(target))
        child(dialog, QLineEdit, "joinPassphrase").setText("frasa-laptop-b")
        dialog._submit()

    on_next_dialog(fill)
    start.join()
    assert start.chosen == target
    ws = open_workspace(target, passphrase="frasa-laptop-b")
    try:
        kasi = login(ws, "kasi", PASSWORD)  # the users came with the data
        assert kasi.actor.employee_id == org.kasi
        assert sync_svc.sync_share(login(ws, "admin", PASSWORD)) == str(share)
    finally:
        ws.close()
