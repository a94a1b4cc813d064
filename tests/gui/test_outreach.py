"""Public feedback and follow-up screens: the page with import and chart, the line in the assessment
and meeting views, the follow-up tab of the team page, and HR's list with the XLSX export."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QPlainTextEdit, QPushButton

from asn_desktop.services import assessment as asm
from asn_desktop.services import followup as fu
from asn_desktop.services import public_feedback as pf
from tests.gui.helpers import child, on_next_dialog
from tests.gui.test_meeting import check_all
from tests.gui.test_meeting import open_page as open_meeting
from tests.gui.test_team import open_page as open_team
from ui.tasks import TaskRunner
from ui.views.follow_up_dialogs import AddFollowUpDialog
from ui.views.follow_up_page import FollowUpAgencyPage
from ui.views.public_feedback_page import FeedbackDialog, PublicFeedbackPage
from ui.widgets.form_dialog import FormDialog


def _feedback(org, scores=(4, 5, 4), day=date(2026, 5, 4)) -> None:
    for score in scores:
        pf.record_public_feedback(
            org.ctx["kasi"],
            unit_id=org.seksi,
            employee_id=org.staff1,
            received_on=day,
            channel="kiosk",
            score=score,
        )


def _final(org, who: str = "staff1", period: str = "2026") -> str:
    asm.assess(
        org.ctx["kasi"],
        employee_id=getattr(org, who),
        period_key=period,
        rating_hasil="di_bawah",
        rating_perilaku="sesuai",
    )
    view = asm.get_assessment(org.ctx["kasi"], employee_id=getattr(org, who), period_key=period)
    asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)
    return view.id


def feedback_page(qtbot, org, who: str = "kasi") -> PublicFeedbackPage:
    tasks = TaskRunner()
    page = PublicFeedbackPage(org.ctx[who], tasks)
    qtbot.addWidget(page, before_close_func=lambda _: tasks.shutdown())
    page.resize(1200, 700)
    page.refresh()
    tasks.wait_idle()
    return page


def test_feedback_page_lists_filters_and_charts(qtbot, qtmodeltester, org) -> None:
    _feedback(org)
    pf.record_public_feedback(
        org.ctx["kasi"], unit_id=org.seksi, received_on=date(2026, 2, 1), channel="surat", score=2
    )
    page = feedback_page(qtbot, org)
    assert page.model.rowCount() == 4
    qtmodeltester.check(page.model)
    assert page.count.text() == "4 tanggapan"
    assert page.model.index(0, 3).data() == "Kios survei"
    # The kasi sees only the seksi; choosing it lists its employees.
    assert [page.unit_filter.itemText(i) for i in range(page.unit_filter.count())] == [
        "Semua unit",
        "Seksi Program",
    ]
    page.unit_filter.setCurrentIndex(1)
    page.tasks.wait_idle()
    page.employee_filter.setCurrentIndex(page.employee_filter.findData(org.staff1))
    page.tasks.wait_idle()
    assert page.model.rowCount() == 3
    page.employee_filter.setCurrentIndex(0)
    page.tasks.wait_idle()
    page.start.setDate(date(2026, 3, 1))
    page.tasks.wait_idle()
    assert page.model.rowCount() == 3
    page.start.setDate(page.start.minimumDate())
    page.tasks.wait_idle()
    # The chart: one bar set of 12 months and a mean line with the two months that had responses.
    chart = page.chart.chart()
    assert len(chart.series()) == 2
    line = chart.series()[1]
    assert [(p.x(), p.y()) for p in line.points()] == [(1.0, 2.0), (4.0, 13 / 3)]
    assert "Seksi Program, 2026: 4 tanggapan" in chart.title()
    page.grouping.setCurrentIndex(1)
    page.tasks.wait_idle()
    assert len(page.chart.chart().axes()[0].categories()) == 4


def test_add_feedback_through_the_dialog_and_refusal_inline(qtbot, org) -> None:
    page = feedback_page(qtbot, org)
    seen = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FeedbackDialog)
        seen.append([dialog.employee.itemText(i) for i in range(dialog.employee.count())])
        dialog.employee.setCurrentIndex(dialog.employee.findData(org.staff2))
        dialog.score.setValue(5)
        dialog.comment.setPlainText("Sangat membantu")
        dialog.buttons.accepted.emit()

    on_next_dialog(fill)
    page.add_feedback()
    page.tasks.wait_idle()
    assert seen[0][0] == "(tanpa pegawai tertentu)"
    assert len(seen[0]) == 4
    assert page.model.rowCount() == 1
    assert page.model.index(0, 2).data() == "Staf PPPK"
    assert page.status.text() == "Umpan balik tersimpan."
    # A future date cannot be picked; the core would refuse it anyway: the message stays in the dialog.
    messages = []

    def refused(dialog: QDialog) -> None:
        dialog.day.setMaximumDate(dialog.day.date().addDays(30))
        dialog.day.setDate(dialog.day.date().addDays(3))
        dialog.buttons.accepted.emit()
        messages.append(dialog.message.text())
        dialog.reject()

    on_next_dialog(refused)
    page.add_feedback()
    page.tasks.wait_idle()
    assert "masa depan" in messages[0]
    assert page.model.rowCount() == 1


def test_import_with_bad_rows_shows_the_report_then_a_good_import(
    qtbot, qtmodeltester, org, tmp_path: Path
) -> None:
    page = feedback_page(qtbot, org)
    bad = tmp_path / "kios.csv"
    bad.write_text(
        "tanggal;unit;nip;kanal;skor;komentar\n"
        "05/03/2026;Seksi Program;;kios;4;Baik\n"
        "05/03/2026;Seksi Program;;kios;9;\n"
        "05/03/2026;Kantor Kepala;;kios;4;\n",
        encoding="utf-8",
    )
    page.start_import(bad)
    qtbot.waitUntil(lambda: page.report_dialog is not None and page.report_dialog.isVisible())
    report = page.report_dialog
    qtmodeltester.check(report.model)
    assert [report.model.index(r, 0).data() for r in range(report.model.rowCount())] == ["3", "4"]
    assert "di luar wewenang" in report.model.index(1, 1).data()
    assert "2 baris bermasalah" in page.status.text()
    report.close()
    assert page.model.rowCount() == 0
    good = tmp_path / "kios-baik.csv"
    good.write_text("tanggal,unit,kanal,skor\n05/03/2026,Seksi Program,web,5\n", encoding="utf-8")
    page.start_import(good)
    qtbot.waitUntil(lambda: page.import_button.isEnabled() and page.model.rowCount() == 1)
    assert page.status.text() == "Impor selesai: 1 tanggapan baru, 0 sudah ada."
    page.start_import(good)
    qtbot.waitUntil(lambda: "sudah ada" in page.status.text() and "1 sudah ada" in page.status.text())
    assert page.model.rowCount() == 1


def test_public_feedback_line_in_the_assessment_form_and_the_meeting(qtbot, org) -> None:
    team = open_team(qtbot, org, "staff1", period="2026-Q2")
    line = team.form.public_feedback
    assert line.text() == "<b>Umpan balik masyarakat:</b> belum ada tanggapan pada periode ini."
    _feedback(org)
    team.reload()
    assert line.text() == "<b>Umpan balik masyarakat:</b> 4,3 dari 5 (3 tanggapan)"
    meeting = open_meeting(qtbot, org)
    meeting.period.setCurrentIndex(meeting.period.findData("2026-Q2"))
    check_all(meeting)
    assert meeting.start()
    runner = meeting.runner
    while runner.name.text() != "Staf Satu":
        runner.next()
    assert runner.public_feedback.text().endswith("4,3 dari 5 (3 tanggapan)")
    runner.dirty = False


def test_follow_up_tab_add_sessions_status(qtbot, qtmodeltester, org) -> None:
    team = open_team(qtbot, org, "staff1", period="2026-Q2")
    tab = team.follow_up
    assert team.tabs.tabText(team.tabs.indexOf(tab)) == "Tindak Lanjut"
    assert not tab.add_button.isEnabled()
    assert "sudah final" in tab.hint.text()
    _final(org)
    team.period.setCurrentIndex(team.period.findData("2026"))
    assert tab.add_button.isEnabled()
    assert "Butuh Perbaikan" in tab.hint.text()
    assert "pembinaan" in tab.hint.text()

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, AddFollowUpDialog)
        assert dialog.kind.currentData() == "pembinaan", "pre-filled from the predikat"
        child(dialog, QLineEdit, "followUpTitle").setText("Bimbingan laporan")
        dialog.buttons.accepted.emit()
        assert "wajib memiliki tujuan" in dialog.message.text()
        child(dialog, QPlainTextEdit, "followUpGoalText").setPlainText("Laporan tepat waktu")
        dialog.buttons.accepted.emit()

    on_next_dialog(add)
    tab.add_follow_up()
    assert tab.model.rowCount() == 1
    qtmodeltester.check(tab.model)
    assert tab.model.index(0, 1).data() == "Pembinaan"
    assert tab.model.index(0, 3).data() == "Rencana"
    assert "Laporan tepat waktu" in tab.goal.text()
    assert tab.plan_button.isEnabled()

    def plan(dialog: QDialog) -> None:
        dialog.buttons.accepted.emit()

    on_next_dialog(plan)
    tab.plan_session()
    assert tab.sessions.rowCount() == 1
    qtmodeltester.check(tab.sessions)
    tab.session_table.selectRow(0)
    assert tab.record_button.isEnabled()

    def record(dialog: QDialog) -> None:
        child(dialog, QPlainTextEdit, "sessionNote").setPlainText("Rencana kerja disepakati")
        dialog.buttons.accepted.emit()

    on_next_dialog(record)
    tab.record_session()
    assert tab.sessions.index(0, 2).data() == "Rencana kerja disepakati"
    assert tab.model.index(0, 5).data() == "1 dari 1"

    refusals = []

    def finish_without_outcome(dialog: QDialog) -> None:
        assert isinstance(dialog, FormDialog)
        status = child(dialog, QComboBox, "followUpNewStatus")
        status.setCurrentIndex(status.findData("selesai"))
        dialog.buttons.accepted.emit()
        refusals.append(dialog.message.text())
        child(dialog, QPlainTextEdit, "followUpStatusOutcome").setPlainText("Tepat waktu 3 bulan")
        dialog.buttons.accepted.emit()

    on_next_dialog(finish_without_outcome)
    tab.change_status()
    assert "setelah hasilnya diisi" in refusals[0]
    assert tab.model.index(0, 3).data() == "Selesai"
    assert not tab.status_button.isEnabled()
    assert not tab.plan_button.isEnabled()
    # The pegawai sees the same follow-up read-only through the service the lead puts on Kinerja Saya.
    assert [v.title for v in fu.list_for_employee(org.ctx["staff1"], org.staff1)] == ["Bimbingan laporan"]


def test_hr_page_lists_open_follow_ups_and_exports(qtbot, qtmodeltester, org, tmp_path: Path) -> None:
    aid = _final(org)
    for title, due in (("Diklat analisis data", None), ("Diklat pelayanan", date(2027, 3, 1))):
        fu.add_follow_up(org.ctx["kasi"], assessment_id=aid, kind="pelatihan", title=title, due_on=due)
    other = _final(org, "staff2")
    fu.add_follow_up(
        org.ctx["kasi"], assessment_id=other, kind="pelatihan", title="Kursus", due_on=date(2027, 1, 15)
    )
    page = FollowUpAgencyPage(org.admin, TaskRunner())
    qtbot.addWidget(page, before_close_func=lambda p: p.tasks.shutdown())
    page.refresh()
    page.tasks.wait_idle()
    assert page.model.rowCount() == 3
    qtmodeltester.check(page.model)
    assert page.count.text() == "3 tindak lanjut terbuka"
    # Nearest due date first, the ones without a date last.
    titles = [page.proxy.index(r, 7).data() for r in range(3)]
    assert titles == ["Kursus", "Diklat pelayanan", "Diklat analisis data"]
    assert page.proxy.index(0, 2).data() == "Staf PPPK"
    page.unit_filter.setCurrentIndex(page.unit_filter.findData(org.seksi))
    assert page.model.rowCount() == 3
    out = tmp_path / "tl.xlsx"
    page.start_export(out)
    qtbot.waitUntil(page.export_button.isEnabled)
    assert page.status.text() == "3 tindak lanjut diekspor ke tl.xlsx."
    assert [r[1] for r in load_workbook(out).active.iter_rows(values_only=True)] == [
        "Nama",
        "Staf PPPK",
        "Staf Satu",
        "Staf Satu",
    ]


def test_hr_export_cancelled_leaves_no_file(qtbot, org, tmp_path: Path) -> None:
    aid = _final(org)
    for i in range(300):
        fu.add_follow_up(org.ctx["kasi"], assessment_id=aid, kind="pelatihan", title=f"Diklat {i}")
    page = FollowUpAgencyPage(org.admin, TaskRunner())
    qtbot.addWidget(page, before_close_func=lambda p: p.tasks.shutdown())
    page.refresh()
    page.tasks.wait_idle()
    folder = tmp_path / "ekspor"
    folder.mkdir()
    # A job ahead of the export holds the worker, so Cancel is pressed before the export runs.
    page.tasks.run(lambda progress, token: time.sleep(0.3), on_done=lambda _: None, on_error=pytest.fail)
    page.start_export(folder / "tl.xlsx")
    child(page.progress_dialog, QPushButton, "").click()
    qtbot.waitUntil(page.export_button.isEnabled)
    assert page.status.text() == "Ekspor dibatalkan; tidak ada berkas yang ditulis."
    assert list(folder.iterdir()) == []
