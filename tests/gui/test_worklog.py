"""The daily work log screens: quick entry by keyboard, weeks, proposal dialog, the supervisor's tab."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QLineEdit

from asn_desktop.evidence.specimen import simple_pdf
from asn_desktop.services import periods
from asn_desktop.services import worklog as wl
from asn_desktop.services import worklog_comments as wlc
from asn_desktop.services import worklog_rollup as rollup
from tests.gui.helpers import child, click_in_next_box, on_next_dialog
from tests.gui.test_team import open_page
from tests.unit.services.helpers import approved_skp, head_skp
from ui.models.worklog_tables import ProposalModel, WeekSummaryModel, WorklogEntryModel
from ui.views.worklog_page import WorklogPage
from ui.views.worklog_proposal import ProposalDialog
from ui.widgets.form_dialog import FormDialog

PDF = simple_pdf("bukti")
TODAY = date(2026, 3, 18)  # Wednesday
MONDAY = date(2026, 3, 16)


@pytest.fixture
def log(org):
    org.ws.now = lambda: datetime(2026, 3, 18, 2, 0)
    kasi_rhk = approved_skp(org, "kasi", parent_rhk=head_skp(org))[1]
    org.indicator = approved_skp(org, "staff1", parent_rhk=kasi_rhk)[2]
    return org


def open_worklog(qtbot, org, who: str = "staff1") -> WorklogPage:
    page = WorklogPage(org.ctx[who])
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def test_quick_entry_by_keyboard(qtbot, qtmodeltester, log) -> None:
    page = open_worklog(qtbot, log)
    bar = page.bar
    assert bar.work_date() == TODAY
    assert bar.indicator.currentData() == log.indicator
    bar.text.setFocus()
    qtbot.keyClicks(bar.text, "Menyusun notulen rapat")
    qtbot.keyClicks(bar.quantity, "1,5")
    bar.quantity.setFocus()
    assert page.focusWidget() is bar.quantity
    qtbot.keyClick(bar.quantity, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 1
    entry = page.model.row_at(0)
    assert (entry.text, entry.quantity, entry.work_date) == ("Menyusun notulen rapat", 1.5, TODAY)
    assert (bar.text.text(), bar.quantity.text()) == ("", "")
    assert page.focusWidget() is bar.text, "the cursor is back in the text"
    assert page.model.index(0, WorklogEntryModel.QUANTITY).data() == "1,5"
    assert "1 catatan" in page.summary.text()
    qtmodeltester.check(page.model)

    # Alt+Left moves the day back; the same keys save again, on Tuesday.
    qtbot.keyClick(bar.text, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert bar.work_date() == date(2026, 3, 17)
    qtbot.keyClick(bar.text, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(bar.text, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert bar.work_date() == TODAY, "no day after today"
    qtbot.keyClick(bar.text, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(bar.text, "Rapat koordinasi")
    qtbot.keyClick(bar.text, Qt.Key.Key_Enter, Qt.KeyboardModifier.ControlModifier)
    assert [r.work_date for r in page.model.rows] == [date(2026, 3, 17), TODAY]


def test_refusals_show_in_the_bar_and_keep_the_input(qtbot, log) -> None:
    page = open_worklog(qtbot, log)
    bar = page.bar
    qtbot.keyClicks(bar.text, "Menghitung")
    qtbot.keyClicks(bar.quantity, "-2")
    assert bar.save() is None
    assert "negatif" in bar.message.text()
    assert bar.text.text() == "Menghitung"
    bar.quantity.setText("dua")
    assert bar.save() is None
    assert "angka" in bar.message.text()
    bar.text.clear()
    bar.quantity.clear()
    assert bar.save() is None
    assert "wajib diisi" in bar.message.text()
    bar.indicator.setEditText("bukan indikator")
    assert bar.save() is None
    assert "Pilih indikator" in bar.message.text()
    assert page.model.rowCount() == 0


def test_evidence_by_drop_and_bad_file_refused(qtbot, log, tmp_path: Path) -> None:
    page = open_worklog(qtbot, log)
    bar = page.bar
    bad = tmp_path / "foto.pdf"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    assert not bar.attach(bad)
    assert "bukan PDF" in bar.message.text()
    good = tmp_path / "notulen.pdf"
    good.write_bytes(PDF)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good))])
    event = QDropEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    )
    bar.dropEvent(event)
    assert bar.evidence == wl.EvidenceFile("notulen.pdf", PDF)
    assert "notulen.pdf" in bar.file_label.text()
    bar.text.setText("Rapat dengan notulen")
    assert bar.save()
    assert page.model.row_at(0).evidence_filename == "notulen.pdf"
    assert bar.evidence is None


def test_page_up_and_down_move_weeks_and_comments_show(qtbot, log) -> None:
    wl.log_work(
        log.ctx["staff1"], indicator_id=log.indicator, work_date=date(2026, 3, 10), text="Minggu lalu"
    )
    wlc.comment_week(
        log.ctx["kasi"], employee_id=log.staff1, week_start=date(2026, 3, 9), text="Bagus & rapi"
    )
    page = open_worklog(qtbot, log)
    assert page.week.monday == MONDAY
    assert page.model.rowCount() == 0
    assert "Belum ada komentar" in page.comments.text()
    qtbot.keyClick(page.table, Qt.Key.Key_PageUp)
    assert page.week.monday == date(2026, 3, 9)
    assert page.model.row_at(0).text == "Minggu lalu"
    assert "Bagus &amp; rapi" in page.comments.text()
    assert "Kasi Program" in page.comments.text()
    qtbot.keyClick(page.table, Qt.Key.Key_PageDown)
    assert page.week.monday == MONDAY
    page.bar.day.setDate(date(2026, 3, 2))
    assert page.week.monday == date(2026, 3, 2), "the week follows the chosen day"


def test_edit_and_delete_through_the_page(qtbot, log, monkeypatch) -> None:
    wl.log_work(log.ctx["staff1"], indicator_id=log.indicator, work_date=TODAY, text="Draf", quantity="1")
    page = open_worklog(qtbot, log)
    page.table.selectRow(0)

    def fill(dialog) -> None:
        assert isinstance(dialog, FormDialog)
        child(dialog, QLineEdit, "editText").setText("Draf laporan")
        child(dialog, QLineEdit, "editQuantity").setText("2,5")
        dialog.buttons.accepted.emit()

    on_next_dialog(fill)
    page.edit()
    assert (page.model.row_at(0).text, page.model.row_at(0).quantity) == ("Draf laporan", 2.5)
    click_in_next_box("confirmAction")
    page.table.selectRow(0)
    page.delete()
    assert page.model.rowCount() == 0


def test_proposal_dialog_confirms_and_closed_period_is_refused(qtbot, qtmodeltester, log) -> None:
    ctx = log.ctx["staff1"]
    wl.log_work(ctx, indicator_id=log.indicator, work_date=date(2026, 2, 2), text="A", quantity="2")
    wl.log_work(ctx, indicator_id=log.indicator, work_date=TODAY, text="B", quantity="1,5")
    dialog = ProposalDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.period.currentData() == "2026-Q1"
    assert isinstance(dialog.model, ProposalModel)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 1
    assert dialog.value.text() == "3,5"
    assert "2 Feb: A (2)" in dialog.note.toPlainText()
    periods.set_period_closed(log.admin, period_key="2026-Q1", closed=True)
    assert not dialog.confirm()
    assert "sudah ditutup" in dialog.message.text()
    periods.set_period_closed(log.admin, period_key="2026-Q1", closed=False)
    dialog.value.setText("4")
    assert dialog.confirm()
    assert dialog.model.rowCount() == 0
    assert not dialog.empty.isHidden()
    page = open_worklog(qtbot, log)
    assert page.model.row_at(0).rolled_up
    assert page.model.index(0, WorklogEntryModel.STATUS).data() == "Masuk realisasi"
    assert rollup.period_proposals(ctx, period_key="2026-Q1") == []


def test_supervisor_tab_summary_and_comment(qtbot, qtmodeltester, log, monkeypatch, tmp_path: Path) -> None:
    ctx = log.ctx["staff1"]
    evidence = wl.EvidenceFile("notulen.pdf", PDF)
    wl.log_work(
        ctx, indicator_id=log.indicator, work_date=MONDAY, text="Senin", quantity="2", evidence=evidence
    )
    wl.log_work(ctx, indicator_id=log.indicator, work_date=TODAY, text="Rabu", quantity="1")
    page = open_page(qtbot, log, "staff1", period="2026-Q1")
    tab = page.worklog
    page.tabs.setCurrentWidget(tab)
    assert isinstance(tab.summary_model, WeekSummaryModel)
    qtmodeltester.check(tab.summary_model)
    qtmodeltester.check(tab.entry_model)
    assert tab.summary_model.rowCount() == 1
    assert [tab.summary_model.index(0, c).data() for c in range(4)] == ["Jumlah laporan", "2", "3", "2"]
    assert tab.entry_model.rowCount() == 2
    assert not tab.save_file.isEnabled()
    tab.entries.selectRow(0)
    assert tab.save_file.isEnabled()
    target = tmp_path / "salinan.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.save_evidence()
    assert target.read_bytes() == PDF
    tab.entries.clearSelection()
    tab.entries.setCurrentIndex(tab.entry_model.index(-1, -1))
    assert not tab.send_comment()
    assert "wajib" in tab.message.text()
    tab.comment.setPlainText("Pekan yang produktif.")
    assert tab.send_comment()
    assert "Pekan yang produktif." in tab.comments.text()
    tab.entries.selectRow(1)
    tab.comment.setPlainText("Lampirkan buktinya.")
    assert tab.send_comment()
    assert [
        c.entry_id is not None for c in wlc.list_comments(ctx, employee_id=log.staff1, week_start=MONDAY)
    ] == [
        False,
        True,
    ]
    assert "tentang “Rabu”" in tab.comments.text() or "tentang “Senin”" in tab.comments.text()
    tab.week.step(-1)
    assert tab.entry_model.rowCount() == 0
    assert tab.summary_model.rowCount() == 0


def test_proposal_names_the_recorded_value_before_replacing_it(qtbot, log) -> None:
    """Finding 2 of issue 12: a recorded 10 is not replaced by the log's 3,5 without a question."""
    from asn_desktop.services import realisation as real_svc
    from asn_desktop.services.overview import progress

    ctx = log.ctx["staff1"]
    real_svc.record_realisation(ctx, indicator_id=log.indicator, period_key="2026-Q1", value="10")
    wl.log_work(ctx, indicator_id=log.indicator, work_date=date(2026, 2, 2), text="A", quantity="2")
    wl.log_work(ctx, indicator_id=log.indicator, work_date=TODAY, text="B", quantity="1,5")
    dialog = ProposalDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.value.text() == "3,5"
    asked = click_in_next_box("confirmCancel")
    assert not dialog.confirm()
    text = asked[0].text()
    assert "10 dokumen (capaian 83 %)" in text, text
    assert "3,5 dokumen (capaian 29 %)" in text, text
    assert asked[0].defaultButton().objectName() == "confirmCancel"

    def recorded() -> float | None:
        skp = next(r for r in progress(ctx, skp_id=_skp_of(log), period_key="2026-Q1"))
        return skp.value

    assert recorded() == 10, "Batal keeps the recorded value"
    click_in_next_box("confirmAction")
    assert dialog.confirm()
    assert recorded() == 3.5


def _skp_of(log) -> str:
    from asn_desktop.services import skp as skp_svc

    skp_id = skp_svc.current_skp_id(log.ctx["staff1"], employee_id=log.staff1, year=2026)
    assert skp_id is not None
    return skp_id
