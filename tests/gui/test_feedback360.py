"""360° screens: the supervisor's tab, the rater's form (keys 1–5), my results, the admin's competencies."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit

from asn_desktop.domain.competency import RoundStatus
from asn_desktop.services import assessment as asm
from asn_desktop.services import competency as comp
from tests.gui.helpers import child, click_in_next_box, on_next_dialog
from tests.unit.services.competency_setup import PERIOD, answer, setup_360
from ui.main_window import MainWindow
from ui.models.feedback360 import AnswerModel, ResultModel, SpreadModel, SpreadRole
from ui.models.roles import RowRole
from ui.views.admin.admin_page import AdminPage
from ui.views.admin.competencies import CompetenciesTab
from ui.views.feedback360_page import Feedback360Page
from ui.views.feedback360_team import Feedback360Tab, PeerPickerDialog
from ui.views.team_page import TeamPage
from ui.widgets.form_dialog import FormDialog


@pytest.fixture
def team(org):
    return setup_360(org)


def team_tab(qtbot, org) -> tuple[TeamPage, Feedback360Tab]:
    page = TeamPage(org.ctx["kasi"])
    qtbot.addWidget(page)
    page.refresh()
    page.period.setCurrentIndex(page.period.findData(PERIOD))
    for row in range(page.model.rowCount()):
        if page.model.index(row, 0).data(RowRole).id == org.staff1:
            page.list.selectRow(row)
    assert page.employee_id == org.staff1
    page.tabs.setCurrentWidget(page.feedback360)
    return page, page.feedback360


def test_supervisor_opens_a_round_picking_peers_by_name(qtbot, org, team) -> None:
    _page, tab = team_tab(qtbot, org)
    assert "Belum ada putaran" in tab.header.text()
    assert tab.open_button.isEnabled()
    assert not tab.close_button.isEnabled()
    seen: list[str] = []

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, PeerPickerDialog)
        names = [dialog.results.item(i).text() for i in range(dialog.results.count())]
        assert not any(n.startswith(("Staf Satu", "Kasi Program")) for n in names), "never self or supervisor"
        dialog.search.setText("rekan")
        dialog.search_now()
        for name in ("Rekan 1", "Rekan 2", "Rekan 3"):
            dialog.pick(name)
        dialog.search.setText("rekan 4")
        dialog.search_now()
        dialog.pick("Rekan 4")
        seen.append(dialog.summary.text())
        dialog._submit()

    on_next_dialog(pick)
    tab.open_round()
    assert seen == ["Rekan 1, Rekan 2, Rekan 3, Rekan 4"]
    assert "0 dari 6 penilai" in tab.header.text()
    assert "Nilai rekan kerja tampil setelah paling sedikit 3 rekan menjawab." in tab.header.text()
    assert tab.raters.rowCount() == 6
    assert tab.spread.rowCount() == 9
    assert not tab.open_button.isEnabled()
    # remove an unanswered peer: select them, the button enables
    row = next(r for r in range(tab.raters.rowCount()) if tab.raters.row_at(r).name == "Rekan 4")
    tab.rater_table.selectRow(row)
    assert tab.remove_button.isEnabled()
    tab.remove_button.click()
    assert tab.raters.rowCount() == 5


def test_spread_beside_perilaku_and_closing(qtbot, qtmodeltester, org, team, monkeypatch) -> None:
    round_id = comp.open_round(
        org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD, peer_ids=team.peers[:3]
    )
    answer(org.ctx["staff1"], round_id, 5)
    for ctx, score in zip(team.peer_ctx[:3], (2, 3, 4), strict=True):
        answer(ctx, round_id, score, f"catatan {score}")
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key="2026",
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
    )
    _page, tab = team_tab(qtbot, org)
    qtmodeltester.check(tab.spread)
    assert "4 dari 5 penilai" in tab.header.text()
    assert "Sesuai Ekspektasi" in tab.perilaku.text()
    first = tab.spread.index(0, SpreadModel.PEERS)
    assert first.data() == "2–3–4 (3)"
    assert first.data(SpreadRole).count == 3
    assert tab.spread.index(0, SpreadModel.SELF).data() == "5"
    assert tab.spread.index(0, SpreadModel.SUPERVISOR).data() == "—"
    teknis = next(
        r for r in range(tab.spread.rowCount()) if tab.spread.row_at(r).item.item_key == team.teknis
    )
    assert tab.spread.index(teknis, SpreadModel.GAP).data() == "+1"
    texts = [tab.spread.index(r, c).data() for r in range(tab.spread.rowCount()) for c in range(6)]
    assert not any("Rekan" in (t or "") for t in texts), "peers are never named in the spread"
    tab.spread_table.viewport().repaint()  # the bar delegate paints without error
    assert "Rekan Kerja</i>: catatan 2" in tab.spread.index(0, SpreadModel.ITEM).data(
        Qt.ItemDataRole.ToolTipRole
    )
    click_in_next_box("confirmAction")
    tab.close_round()
    assert comp.get_round(org.ctx["kasi"], round_id).status is RoundStatus.CLOSED
    assert "Ditutup" in tab.header.text()
    assert not tab.close_button.isEnabled()
    assert not tab.add_button.isEnabled()


def test_rater_answers_with_keys_one_to_five(qtbot, qtmodeltester, org, team) -> None:
    round_id = comp.open_round(
        org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD, peer_ids=team.peers[:3]
    )
    page = Feedback360Page(team.peer_ctx[0])
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.pending.rowCount() == 1
    assert page.pending.index(0, 0).data() == "Staf Satu"
    panel = page.answers
    assert panel.round_id == round_id
    qtmodeltester.check(panel.model)
    assert "Rekan Kerja".lower() in panel.header.text()
    panel.table.setFocus()
    qtbot.keyClicks(panel.table, "4444444")  # the seven core values
    assert panel.model.missing() == 2
    panel.save_button.click()
    assert "belum dinilai: Analisis Data Program, Perekat Bangsa" in panel.message.text()
    qtbot.keyClicks(panel.table, "39")  # 9 is not a score: ignored
    assert panel.model.missing() == 1
    qtbot.keyClicks(panel.table, "2")
    assert page.dirty
    model = panel.model
    model.setData(model.index(0, AnswerModel.COMMENT), "Ramah kepada pemohon")
    assert not model.setData(model.index(0, AnswerModel.SCORE), 6)
    assert not model.setData(model.index(0, AnswerModel.REQUIRED), 3)
    assert model.index(7, AnswerModel.LEVEL).data() == "Cukup"
    assert panel.save()
    assert not page.dirty
    assert "Jawaban tersimpan" in panel.message.text()
    assert page.pending.index(0, 3).data() == "sudah dijawab"
    form = comp.round_form(team.peer_ctx[0], round_id)
    assert [a.score for a in form.answers if a.item_kind == "kompetensi"] == [3, 2]
    assert form.answer_for(form.items[0]).comment == "Ramah kepada pemohon"
    comp.close_round(org.ctx["kasi"], round_id=round_id)
    page.answers.load(round_id)
    assert not panel.save_button.isEnabled()
    assert not (model.flags(model.index(0, AnswerModel.SCORE)) & Qt.ItemFlag.ItemIsEditable)


def test_my_results_show_peers_only_from_three(qtbot, qtmodeltester, org, team) -> None:
    few = comp.open_round(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD, peer_ids=team.peers[:3])
    for ctx in (org.ctx["staff1"], org.ctx["kasi"], *team.peer_ctx[:2]):
        answer(ctx, few, 3, "catatan")
    comp.close_round(org.ctx["kasi"], round_id=few)
    page = Feedback360Page(org.ctx["staff1"])
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.results)
    results = page.results
    assert results.rounds.count() == 1
    assert "Belum cukup tanggapan rekan (2 menjawab, minimal 3)" in results.notice.text()
    qtmodeltester.check(results.model)
    assert results.model.index(0, 4).data() == "—"
    assert "Rekan Kerja" not in results.comments.toPlainText()
    many = comp.open_round(
        org.ctx["kasi"], employee_id=org.staff1, period_key="2026-Q4", peer_ids=team.peers[:3]
    )
    for ctx, score in zip(team.peer_ctx[:3], (1, 2, 4), strict=True):
        answer(ctx, many, score, f"saran {score}")
    comp.close_round(org.ctx["kasi"], round_id=many)
    results.refresh()
    results.rounds.setCurrentIndex(results.rounds.findData(many))
    assert "3 rekan menjawab" in results.notice.text()
    assert results.model.index(0, 4).data() == "1–2,3–4 (3)"
    assert isinstance(results.model, ResultModel)
    assert "saran 1" in results.comments.toPlainText()


def test_page_in_main_window_for_every_employee_and_admin_tab(qtbot, org, team) -> None:
    window = MainWindow(team.peer_ctx[0])
    qtbot.addWidget(window)
    assert window.page(Feedback360Page) is not None
    admin = MainWindow(org.ctx["admin"])
    qtbot.addWidget(admin)
    assert admin.page(Feedback360Page) is None, "the admin account is not an employee"
    page = admin.show_page(AdminPage)
    assert isinstance(page, AdminPage)
    assert page.tabs is not None
    assert isinstance(page.competencies, CompetenciesTab)


def test_admin_adds_edits_and_removes_competencies(qtbot, qtmodeltester, org, team, tasks) -> None:
    tab = CompetenciesTab(org.ctx["admin"], tasks)
    qtbot.addWidget(tab)
    tab.refresh()
    tasks.wait_idle()
    qtmodeltester.check(tab.positions)
    tab.select_position(team.position)
    assert tab.competencies.rowCount() == 2
    messages: list[str] = []

    def add(dialog: QDialog) -> None:
        assert isinstance(dialog, FormDialog)
        child(dialog, QComboBox, "competencyKind").setCurrentIndex(1)
        child(dialog, QLineEdit, "competencyName").setText("Perekat Bangsa")
        child(dialog, QComboBox, "competencyKind").setCurrentIndex(2)
        dialog._submit()  # a duplicate of the sosial kultural one: refused inline
        messages.append(dialog.message.text())
        child(dialog, QComboBox, "competencyKind").setCurrentIndex(1)
        child(dialog, QLineEdit, "competencyName").setText("Kerja Sama")
        child(dialog, QComboBox, "competencyLevel").setCurrentIndex(3)
        dialog._submit()

    on_next_dialog(add)
    tab.add()
    tasks.wait_idle()
    assert messages == ['Jabatan ini sudah memiliki kompetensi sosial kultural "Perekat Bangsa".']
    rows = [(tab.competencies.index(r, 0).data(), tab.competencies.index(r, 1).data()) for r in range(3)]
    assert ("Kompetensi Manajerial", "Kerja Sama") in rows
    qtmodeltester.check(tab.competencies)
    assert tab.positions.row_at(0).competencies in (0, 3)
    row = next(r for r in range(3) if tab.competencies.row_at(r).name == "Kerja Sama")
    tab.table.selectRow(row)

    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, FormDialog)
        child(dialog, QLineEdit, "competencyName").setText("Kerja Sama Tim")
        dialog._submit()

    on_next_dialog(rename)
    tab.edit()
    tasks.wait_idle()
    names = {tab.competencies.row_at(r).name for r in range(tab.competencies.rowCount())}
    assert "Kerja Sama Tim" in names
    row = next(r for r in range(3) if tab.competencies.row_at(r).name == "Kerja Sama Tim")
    tab.table.selectRow(row)
    click_in_next_box("confirmAction")
    tab.remove()
    tasks.wait_idle()
    assert tab.competencies.rowCount() == 2
