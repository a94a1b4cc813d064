"""The pegawai's flow through the GUI: draft an SKP, submit, record a realisation, attach evidence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QMessageBox, QPlainTextEdit

from asn_desktop.domain.skp_state import SkpStatus
from asn_desktop.evidence.specimen import simple_pdf
from asn_desktop.services import skp as skp_svc
from tests.gui.helpers import child, on_next_dialog
from tests.unit.services.helpers import approved_skp, head_skp
from ui.views.realisation_page import RealisationPage
from ui.views.skp_editor import SkpPage
from ui.widgets.form_dialog import FormDialog

PDF = simple_pdf("bukti")


def test_draft_and_submit_an_skp(qtbot, org) -> None:
    kasi_rhk = approved_skp(org, "kasi", parent_rhk=head_skp(org))[1]
    page = SkpPage(org.ctx["staff1"])
    qtbot.addWidget(page)
    page.refresh()
    assert page.buttons["create"].isVisibleTo(page)
    page.create_skp()
    assert page.view is not None
    assert page.view.status is SkpStatus.DRAFT

    def fill_rhk(dialog: QDialog) -> None:
        child(dialog, QPlainTextEdit, "rhkText").setPlainText("Tersusunnya laporan verifikasi")
        parent = child(dialog, QComboBox, "rhkParent")
        assert parent.currentData() == kasi_rhk, "the supervisor's RHK is offered and preselected"
        dialog._submit()

    on_next_dialog(fill_rhk)
    page.add_rhk()
    page.panel.table.selectRow(0)
    errors: list[str] = []

    def fill_indicator(dialog: QDialog) -> None:
        child(dialog, QLineEdit, "indicatorText").setText("Jumlah laporan")
        child(dialog, QLineEdit, "indicatorTarget").setText("")
        dialog._submit()
        assert isinstance(dialog, FormDialog)
        errors.append(dialog.message.text())
        child(dialog, QLineEdit, "indicatorTarget").setText("12 laporan")
        dialog._submit()

    on_next_dialog(fill_indicator)
    page.add_indicator()
    assert errors == ["Target wajib diisi."], "the core's message is shown inline and the dialog stays open"
    assert page.panel.model.rowCount() == 1
    assert page.panel.model.row_at(0).target == "12 laporan"
    page.submit()
    assert page.view.status is SkpStatus.SUBMITTED
    assert not page.buttons["add_rhk"].isEnabled()


def test_submit_refusal_is_shown_in_plain_indonesian(qtbot, org, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    page = SkpPage(org.ctx["staff1"])
    qtbot.addWidget(page)
    page.refresh()
    page.create_skp()
    page.submit()
    assert shown == ["SKP belum lengkap: SKP harus memiliki paling sedikit satu RHK utama."]


def test_record_realisation_and_drop_evidence(qtbot, org, tmp_path: Path, monkeypatch) -> None:
    approved_skp(org, "kasi", parent_rhk=head_skp(org))
    page = RealisationPage(org.ctx["kasi"])
    qtbot.addWidget(page)
    page.refresh()
    index = page.period.findData("2026-Q2")
    page.period.setCurrentIndex(index)
    page.table.selectRow(0)

    def fill(dialog: QDialog) -> None:
        child(dialog, QLineEdit, "realisationValue").setText("4,5")
        dialog._submit()

    on_next_dialog(fill)
    page.record()
    row = page.table.selected()
    assert row is not None
    assert row.value == 4.5
    assert page.table.model_.data(page.table.model_.index(0, 3)) == "4,5 dokumen"
    assert page.evidence.realisation_id == row.realisation_id
    good = tmp_path / "laporan.pdf"
    good.write_bytes(PDF)
    bad = tmp_path / "foto.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 20)
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: refused.append(box.text()) or 0)
    for path in (good, bad):
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(path))])
        event = QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        page.evidence.dropEvent(event)
    assert [e.filename for e in page.evidence.model.rows] == ["laporan.pdf"]
    assert len(refused) == 1
    assert "bukan PDF" in refused[0]
    assert page.table.selected() is not None
    assert page.table.model_.rows[0].evidence_count == 1


def test_pegawai_cannot_act_on_an_approved_skp(qtbot, org) -> None:
    skp_id, _, _ = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    page = SkpPage(org.ctx["kasi"])
    qtbot.addWidget(page)
    page.refresh()
    assert not page.buttons["add_rhk"].isEnabled()
    assert not page.buttons["submit"].isEnabled()
    assert page.buttons["revise"].isEnabled()
    page.revise()
    assert page.view is not None
    assert (page.view.version, page.view.status) == (2, SkpStatus.DRAFT)
    assert skp_svc.get_skp(org.ctx["kasi"], skp_id).status is SkpStatus.SUPERSEDED
