"""The penilai's team page: review an SKP, give feedback, rate, finalise; refusals shown, not raised."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialog, QPlainTextEdit, QWidget

from asn_desktop.domain.permissions import FeedbackSource
from asn_desktop.domain.rating import Predikat, Rating
from asn_desktop.domain.skp_state import AssessmentStatus, SkpStatus
from asn_desktop.services import assessment as asm
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.overview import feedback_for
from tests.gui.helpers import child, click_in_next_box, on_next_dialog
from tests.unit.services.helpers import approved_skp, head_skp, mutasi_year
from ui.models.feedback_filter import FeedbackFilter
from ui.models.roles import RowRole
from ui.views.team_page import TeamPage
from ui.widgets.form_dialog import FormDialog

PERIOD = "2026-Q2"


def submitted_skp(org, who: str = "staff1") -> str:
    """A complete SKP of ``who``, submitted to the kasi and waiting for review."""
    kasi_rhk = approved_skp(org, "kasi", parent_rhk=head_skp(org))[1]
    ctx = org.ctx[who]
    skp_id = skp_svc.create_skp(ctx, year=2026)
    rhk = skp_svc.add_rhk(
        ctx, skp_id=skp_id, kind="utama", text="Tersusunnya laporan", parent_rhk_id=kasi_rhk
    )
    skp_svc.add_indicator(ctx, rhk_id=rhk, aspect="kuantitas", text="Jumlah laporan", target="12 laporan")
    skp_svc.submit_skp(ctx, skp_id=skp_id)
    return skp_id


def open_page(qtbot, org, employee: str | None = None, period: str = PERIOD) -> TeamPage:
    page = TeamPage(org.ctx["kasi"])
    qtbot.addWidget(page)
    page.refresh()
    page.period.setCurrentIndex(page.period.findData(period))
    if employee is not None:
        select(page, getattr(org, employee))
    return page


def select(page: TeamPage, employee_id: str) -> None:
    for row in range(page.model.rowCount()):
        if page.model.index(row, 0).data(RowRole).id == employee_id:
            page.list.selectRow(row)
            break
    assert page.employee_id == employee_id


def choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_list_shows_direct_subordinates_with_a_search_box(qtbot, org) -> None:
    page = open_page(qtbot, org)
    names = sorted(page.model.index(r, 0).data() for r in range(page.model.rowCount()))
    assert names == ["Staf PPPK", "Staf Satu"]
    qtbot.keyClicks(page.search, "pppk")
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["Staf PPPK"]
    assert not page.tabs.isEnabled(), "nobody chosen yet"


def test_approve_an_skp_through_the_ui(qtbot, org) -> None:
    skp_id = submitted_skp(org)
    page = open_page(qtbot, org, "staff1")
    review = page.skp_review
    assert page.tabs.isEnabled()
    assert review.approve_button.isEnabled()
    assert review.return_button.isEnabled()
    assert "Diajukan" in review.panel.header.text()

    def approve(dialog: QDialog) -> None:
        child(dialog, QPlainTextEdit, "reviewNote").setPlainText("Sesuai arahan.")
        assert isinstance(dialog, FormDialog)
        dialog._submit()

    on_next_dialog(approve)
    review.approve()
    view = skp_svc.get_skp(org.ctx["kasi"], skp_id)
    assert view.status is SkpStatus.APPROVED
    assert view.review_note == "Sesuai arahan."
    assert "Disetujui" in review.panel.header.text()
    assert not review.approve_button.isEnabled()
    assert not review.return_button.isEnabled()
    assert not review.expectation_button.isEnabled()


def test_return_asks_for_a_note_and_sets_an_expectation(qtbot, org) -> None:
    skp_id = submitted_skp(org)
    page = open_page(qtbot, org, "staff1")
    messages: list[str] = []

    def expect(dialog: QDialog) -> None:
        choose(child(dialog, QComboBox, "expectationValue"), "kolaboratif")
        child(dialog, QPlainTextEdit, "expectationText").setPlainText("Aktif dalam tim lintas seksi")
        dialog._submit()

    on_next_dialog(expect)
    page.skp_review.set_expectation()
    assert skp_svc.get_skp(org.ctx["kasi"], skp_id).expectations == {
        "kolaboratif": "Aktif dalam tim lintas seksi"
    }
    assert "Kolaboratif" in page.skp_review.expectations.text()

    def give_back(dialog: QDialog) -> None:
        assert isinstance(dialog, FormDialog)
        dialog._submit()  # no note: the core refuses, the dialog stays open
        messages.append(dialog.message.text())
        child(dialog, QPlainTextEdit, "reviewNote").setPlainText("Target terlalu rendah.")
        dialog._submit()

    on_next_dialog(give_back)
    page.skp_review.return_()
    assert messages == ["Sampaikan alasan pengembalian SKP."]
    view = skp_svc.get_skp(org.ctx["kasi"], skp_id)
    assert (view.status, view.review_note) == (SkpStatus.DRAFT, "Target terlalu rendah.")
    assert not page.skp_review.approve_button.isEnabled()
    assert page.skp_review.expectation_button.isEnabled()


def test_rating_changes_update_the_predikat_live(qtbot, org) -> None:
    approved_skp(org, "staff1", parent_rhk=approved_skp(org, "kasi", parent_rhk=head_skp(org))[1])
    page = open_page(qtbot, org, "staff1")
    form = page.form
    ratings = form.ratings
    assert ratings.predikat.text() == "— (pilih kedua rating)"
    assert not form.finalize_button.isEnabled()
    choose(ratings.hasil, Rating.DI_ATAS.value)
    assert ratings.predikat.text() == "— (pilih kedua rating)"
    choose(ratings.perilaku, Rating.DI_ATAS.value)
    assert Predikat.SANGAT_BAIK.label in ratings.predikat.text()
    choose(ratings.perilaku, Rating.DI_BAWAH.value)
    assert Predikat.KURANG.label in ratings.predikat.text()
    choose(ratings.hasil, Rating.DI_BAWAH.value)
    assert Predikat.SANGAT_KURANG.label in ratings.predikat.text()
    assert form.finalize_button.isEnabled()
    assert page.dirty, "unsaved ratings arm the unsaved-changes guard"
    assert asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD) is None


def test_save_then_finalize_then_reopen(qtbot, org, monkeypatch) -> None:
    approved_skp(org, "staff1", parent_rhk=approved_skp(org, "kasi", parent_rhk=head_skp(org))[1])
    asm.self_assess(
        org.ctx["staff1"], period_key=PERIOD, rating_hasil="di_atas", note="Semua laporan tepat waktu"
    )
    page = open_page(qtbot, org, "staff1")
    form = page.form
    assert "Di Atas Ekspektasi" in form.self_assessment.text()
    assert "Semua laporan tepat waktu" in form.self_assessment.text()
    choose(form.ratings.hasil, Rating.SESUAI.value)
    choose(form.ratings.perilaku, Rating.DI_ATAS.value)
    form.notes.setPlainText("Konsisten.")
    assert form.save()
    saved = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD)
    assert saved is not None
    assert (saved.rating_hasil, saved.rating_perilaku, saved.predikat, saved.notes) == (
        Rating.SESUAI,
        Rating.DI_ATAS,
        Predikat.BAIK,
        "Konsisten.",
    )
    assert not page.dirty
    assert "Draf" in form.status.text()

    click_in_next_box("confirmAction")
    assert form.finalize()
    final = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD)
    assert final is not None
    assert final.status is AssessmentStatus.FINAL
    assert not form.ratings.hasil.isEnabled()
    assert not form.save_button.isEnabled()
    assert not form.finalize_button.isEnabled()
    assert form.notes.isReadOnly()
    assert form.reopen_button.isVisibleTo(form)
    assert form.message.text() == (
        "Penilaian kinerja yang sudah final tidak dapat diubah; buka kembali terlebih dahulu"
    )
    assert form.reopen()
    assert form.ratings.hasil.isEnabled()
    assert form.message.text() == ""
    assert asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD).status is (
        AssessmentStatus.DRAFT
    )


def test_finalize_without_ratings_is_not_offered_and_refused_inline(qtbot, org, monkeypatch) -> None:
    page = open_page(qtbot, org, "staff2")
    form = page.form
    assert not form.finalize_button.isEnabled()
    assert not form.save()
    assert form.message.text() == "Pilih rating hasil kerja dan rating perilaku kerja."


def test_feedback_is_saved_and_listed_with_peers_anonymous(qtbot, org, qtmodeltester) -> None:
    skp_id, rhk_id, _ = approved_skp(
        org, "staff1", parent_rhk=approved_skp(org, "kasi", parent_rhk=head_skp(org))[1]
    )
    asm.give_feedback(
        org.ctx["staff2"], employee_id=org.staff1, source="rekan", period_key=PERIOD, text="Suka membantu"
    )
    page = open_page(qtbot, org, "staff1")
    form = page.form
    assert form.feedback_proxy.rowCount() == 1
    assert form.feedback_proxy.index(0, 2).data() == "(anonim)"
    assert form.feedback_proxy.index(0, 1).data() == "Rekan Kerja"

    form.send_feedback_button.click()
    assert form.feedback_message.text() == "Isi umpan balik wajib diisi."
    choose(form.feedback_target, f"rhk:{rhk_id}")
    qtbot.keyClicks(form.feedback_text, "Laporan bulan ini rapi")
    assert page.dirty, "a feedback draft counts as unsaved"
    assert form.send_feedback()
    assert form.feedback_message.text() == "Umpan balik tersimpan."
    assert form.feedback_text.toPlainText() == ""
    assert not page.dirty
    rows = feedback_for(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD)
    mine = [r for r in rows if r.source == FeedbackSource.SUPERVISOR]
    assert [(r.text, r.rhk_id, r.author) for r in mine] == [("Laporan bulan ini rapi", rhk_id, "kasi")]
    assert form.feedback_proxy.rowCount() == 2
    texts = {form.feedback_proxy.index(r, 4).data(): form.feedback_proxy.index(r, 3).data() for r in range(2)}
    assert texts["Laporan bulan ini rapi"] == "Tersusunnya laporan staff1"

    choose(form.feedback_target, "cv:harmonis")
    form.feedback_text.setPlainText("Menjaga suasana kerja")
    assert form.send_feedback()
    qtbot.keyClicks(form.feedback_search, "suasana")
    assert form.feedback_proxy.rowCount() == 1
    assert form.feedback_proxy.index(0, 3).data() == "Harmonis"
    form.feedback_search.clear()
    choose(form.feedback_source, "rekan")
    assert form.feedback_proxy.rowCount() == 1
    qtmodeltester.check(form.feedback_model)
    qtmodeltester.check(form.feedback_proxy)
    assert skp_id


def test_feedback_filter_model_alone(qtmodeltester, qapp) -> None:
    from ui.models.rows import Column, RowTableModel

    source: RowTableModel[str] = RowTableModel([Column("Teks", lambda s: s)])
    source.set_rows(["satu", "dua"])
    proxy = FeedbackFilter()
    proxy.setSourceModel(source)
    proxy.set_text("du")
    assert proxy.rowCount() == 2, "rows that are not feedback pass (the filter only narrows feedback)"
    qtmodeltester.check(proxy)


@pytest.mark.parametrize("who", ["staff1", "kasi"])
def test_someone_not_a_subordinate_is_refused_with_the_core_message(qtbot, org, who) -> None:
    page = TeamPage(org.ctx[who])
    qtbot.addWidget(page)
    page.refresh()
    if who == "staff1":
        assert page.model.rowCount() == 0, "a pegawai has nobody to assess"
    target = org.staff2 if who == "staff1" else org.head
    assert page.show_employee(target) is False
    assert page.message.text() == "Anda tidak berwenang melihat data pegawai ini."
    assert not page.tabs.isEnabled()
    assert page.employee_id is None
    assert not page.dirty


def test_unsaved_ratings_keep_the_selection_when_the_user_cancels(qtbot, org, monkeypatch) -> None:
    page = open_page(qtbot, org, "staff1")
    choose(page.form.ratings.hasil, Rating.SESUAI.value)
    assert page.dirty
    click_in_next_box("unsavedCancel")
    other = next(
        r for r in range(page.model.rowCount()) if page.model.index(r, 0).data(RowRole).id == org.staff2
    )
    page.list.selectRow(other)
    assert page.employee_id == org.staff1
    assert page.form.ratings.ratings()[0] is Rating.SESUAI
    click_in_next_box("unsavedDiscard")
    page.list.selectRow(other)
    assert page.employee_id == org.staff2
    assert not page.dirty


def next_tab_stop(widget: QWidget) -> QWidget:
    """The widget Tab moves to (the focus chain also holds widgets that take no Tab focus)."""
    nxt = widget.nextInFocusChain()
    while not nxt.focusPolicy() & Qt.FocusPolicy.TabFocus:
        nxt = nxt.nextInFocusChain()
    return nxt


def test_tab_order_search_list_period_tabs(qtbot, org) -> None:
    page = open_page(qtbot, org)
    assert next_tab_stop(page.search) is page.list
    assert next_tab_stop(page.list) is page.period
    assert next_tab_stop(page.period) is page.tabs


def test_a_unit_heads_rating_hasil_is_prefilled_and_locked(qtbot, org) -> None:
    """Issue 13, leader rule: the head sees the kasi's Rating Hasil Kerja set by the seksi's predikat."""
    from asn_desktop.services import employees as emp_svc
    from tests.unit.forms.helpers import with_positions

    with_positions(org)
    approved_skp(org, "kasi", parent_rhk=head_skp(org))
    emp_svc.set_org_predikat(org.admin, unit_id=org.seksi, year=2026, predikat="istimewa")
    page = TeamPage(org.ctx["head"])
    qtbot.addWidget(page)
    page.refresh()
    page.period.setCurrentIndex(page.period.findData("2026"))
    select(page, org.kasi)
    ratings = page.form.ratings
    assert ratings.hasil.currentData() == Rating.DI_ATAS.value
    assert not ratings.hasil.isEnabled()
    assert ratings.perilaku.isEnabled()
    assert "Istimewa" in ratings.locked_note.text()
    assert not ratings.locked_note.isHidden()
    choose(ratings.perilaku, Rating.SESUAI.value)
    assert page.form.save()
    view = asm.get_assessment(org.ctx["head"], employee_id=org.kasi, period_key="2026")
    assert view.rating_hasil is Rating.DI_ATAS
    # a staff member is not locked
    page2 = open_page(qtbot, org, "staff1", period="2026")
    assert not page2.form.ratings.hasil_locked


def test_list_shows_skp_and_assessment_status_and_says_nothing_before_a_choice(qtbot, org) -> None:
    """Finding 13 of issue 12."""
    submitted_skp(org, "staff1")
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key=PERIOD,
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
    )
    page = open_page(qtbot, org)
    assert page.skp_review.panel.header.text() == "", "no verdict about an SKP before anyone is chosen"
    assert "Belum ada SKP" not in page.skp_review.panel.header.text()
    rows = {page.model.index(r, 0).data(): r for r in range(page.model.rowCount())}
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Nama", "SKP", "Penilaian periode"]
    assert page.model.index(rows["Staf Satu"], 1).data() == "Diajukan"
    assert page.model.index(rows["Staf Satu"], 2).data() == "Baik (draf)"
    assert page.model.index(rows["Staf PPPK"], 1).data() == "belum ada SKP"
    assert page.model.index(rows["Staf PPPK"], 2).data() == "belum dinilai"
    assert "SKP: Diajukan · Penilaian: Baik (draf)" in page.model.index(rows["Staf Satu"], 0).data(
        Qt.ItemDataRole.ToolTipRole
    )
    select(page, org.staff2)
    assert page.skp_review.panel.header.text() == "Staf PPPK belum memiliki SKP untuk tahun ini."
    page.period.setCurrentIndex(page.period.findData("2026-Q3"))
    rows = {page.model.index(r, 0).data(): r for r in range(page.model.rowCount())}
    assert page.model.index(rows["Staf Satu"], 2).data() == "belum dinilai", "the column follows the period"


def test_after_a_mid_quarter_mutasi_the_penilai_chooses_which_skp_he_opens(qtbot, org) -> None:
    from datetime import date

    from asn_desktop.services import mutasi

    head_rhk = head_skp(org)
    old, _, _ = approved_skp(org, "staff1", parent_rhk=approved_skp(org, "kasi", parent_rhk=head_rhk)[1])
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key=PERIOD,
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
        skp_id=old,
    )
    mutasi.record_mutasi(org.admin, employee_id=org.staff1, day=date(2026, 5, 15), supervisor_id=org.head)
    staff = org.ctx["staff1"]
    new = skp_svc.create_skp(staff, year=2026)
    rhk = skp_svc.add_rhk(staff, skp_id=new, kind="utama", text="Mendukung kepala", parent_rhk_id=head_rhk)
    skp_svc.add_indicator(staff, rhk_id=rhk, aspect="kuantitas", text="Laporan", target="6 laporan")
    skp_svc.submit_skp(staff, skp_id=new)
    skp_svc.approve_skp(org.ctx["head"], skp_id=new)

    page = TeamPage(org.ctx["head"])
    qtbot.addWidget(page)
    page.refresh()
    page.period.setCurrentIndex(page.period.findData(PERIOD))
    select(page, org.staff1)
    combo = child(page, QComboBox, "teamSkp")
    assert combo.isVisibleTo(page)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "SKP 1 Januari s.d. 14 Mei 2026",
        "SKP 15 Mei s.d. 31 Desember 2026",
    ]
    assert combo.currentData() == new, "by default the SKP in force at the period's end"
    assert page.form.view is None
    choose(page.form.ratings.hasil, Rating.DI_ATAS.value)
    choose(page.form.ratings.perilaku, Rating.DI_ATAS.value)
    assert page.form.save()
    assert asm.get_assessment(
        org.ctx["head"], employee_id=org.staff1, period_key=PERIOD, skp_id=new
    ).predikat is (Predikat.SANGAT_BAIK)
    choose(combo, old)  # the months the kasi rated: shown, not his to change
    assert page.form.view is not None
    assert page.form.view.skp_id == old
    assert page.form.view.predikat is Predikat.BAIK
    page.period.setCurrentIndex(page.period.findData("2026-Q3"))
    assert not combo.isVisibleTo(page), "one SKP in the quarter: no choice"


def test_after_a_mutasi_the_old_penilai_still_finds_and_rates_the_months_he_supervised(qtbot, org) -> None:
    old, new = mutasi_year(org)  # staff1 under the kasi until 14 May, then under the head

    page = TeamPage(org.ctx["kasi"])
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    page.period.setCurrentIndex(page.period.findData("2026"))
    rows = {page.model.index(r, 0).data(): r for r in range(page.model.rowCount())}
    assert "Staf Satu" in rows, "moved on, but his months are still the kasi's to evaluate"
    assert page.model.index(rows["Staf Satu"], 1).data() == "Disetujui, s.d. 14 Mei 2026 (mutasi)"
    shown = page.list.model()  # the view's own (filtered) model, as the mouse sees it
    at = next(r for r in range(shown.rowCount()) if shown.index(r, 0).data() == "Staf Satu")
    index = shown.index(at, 0)
    QTest.mouseClick(
        page.list.viewport(), Qt.MouseButton.LeftButton, pos=page.list.visualRect(index).center()
    )
    assert page.employee_id == org.staff1, page.message.text()
    combo = child(page, QComboBox, "teamSkp")
    assert combo.isVisibleTo(page)
    assert combo.currentData() == old, "the SKP he evaluates, not the one in force"
    choose(page.form.ratings.hasil, Rating.DI_ATAS.value)
    choose(page.form.ratings.perilaku, Rating.DI_ATAS.value)
    assert page.form.save()
    rated = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026", skp_id=old)
    assert rated.predikat is Predikat.SANGAT_BAIK
    assert asm.get_assessment(org.ctx["head"], employee_id=org.staff1, period_key="2026", skp_id=new) is None
