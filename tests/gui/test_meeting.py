"""Review meeting mode: choose people, walk through them with PageDown, rate, save the minutes."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from asn_desktop.domain.rating import Predikat, Rating
from asn_desktop.services import assessment as asm
from asn_desktop.services import realisation as real_svc
from asn_desktop.services.meetings_read import list_meetings
from tests.gui.helpers import click_in_next_box
from tests.unit.services.helpers import approved_skp, head_skp
from ui.views.meeting_runner import MEETING_POINT_SIZE
from ui.views.meeting_view import MeetingPage


def png_bytes() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def team_with_evidence(org, period_key: str) -> None:
    """Both staff have approved SKPs; Staf Satu has a realisation with a photo this period."""
    kasi_rhk = approved_skp(org, "kasi", parent_rhk=head_skp(org))[1]
    _, _, indicator = approved_skp(org, "staff1", parent_rhk=kasi_rhk)
    approved_skp(org, "staff2", parent_rhk=kasi_rhk)
    real = real_svc.record_realisation(
        org.ctx["staff1"], indicator_id=indicator, period_key=period_key, value="3"
    )
    real_svc.attach_evidence(org.ctx["staff1"], realisation_id=real, filename="foto.png", data=png_bytes())


def open_page(qtbot, org) -> MeetingPage:
    page = MeetingPage(org.ctx["kasi"])
    qtbot.addWidget(page)
    page.resize(1200, 780)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def check_all(page: MeetingPage) -> None:
    model = page.participants
    for row in range(model.rowCount()):
        assert model.setData(model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def test_participant_list_is_checkable_searchable_and_a_sound_model(qtbot, org, qtmodeltester) -> None:
    page = open_page(qtbot, org)
    model = page.participants
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    qtbot.keyClicks(page.search, "Satu")
    assert [model.index(r).data() for r in range(model.rowCount())] == ["Staf Satu"]
    model.setData(model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert page.checked_count.text() == "1 dipilih"
    page.search.clear()
    assert model.rowCount() == 2
    checked = [
        model.index(r).data()
        for r in range(2)
        if model.index(r).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    ]
    assert checked == ["Staf Satu"], "a check survives a new search"
    page.findChild(type(page.start_button), "checkAll").click()
    assert page.checked_count.text() == "2 dipilih"
    qtmodeltester.check(model)
    page.findChild(type(page.start_button), "checkNone").click()
    assert model.checked_rows() == []


def test_start_needs_a_participant(qtbot, org) -> None:
    page = open_page(qtbot, org)
    assert not page.start()
    assert page.setup_message.text() == "Pilih paling sedikit satu pegawai peserta rapat."
    assert page.stack.currentWidget() is page.setup


def test_walk_through_with_page_down_rate_and_save_minutes(qtbot, org) -> None:
    page = open_page(qtbot, org)
    period = page.period.currentData()
    team_with_evidence(org, period)
    page.refresh()
    page.place.setText("Ruang Rapat Seksi")
    check_all(page)
    assert page.start()
    runner = page.runner
    assert page.stack.currentWidget() is runner
    assert runner.font().pointSize() >= MEETING_POINT_SIZE
    assert runner.minutes.font().pointSize() >= MEETING_POINT_SIZE
    assert runner.progress.font().pointSize() >= MEETING_POINT_SIZE
    assert runner.name.text() == "Staf PPPK"
    assert runner.counter.text() == "Pegawai 1 dari 2"
    assert runner.progress.model_.rowCount() == 1
    assert not runner.previous_button.isEnabled()

    qtbot.keyClicks(runner.minutes, "Rapat evaluasi triwulan dibuka.")
    qtbot.keyClicks(runner.note, "Perlu melengkapi bukti.")
    assert page.dirty
    qtbot.keyClick(runner.note, Qt.Key.Key_PageDown)
    assert runner.name.text() == "Staf Satu"
    assert runner.counter.text() == "Pegawai 2 dari 2"
    assert runner.note.toPlainText() == "", "each person has their own note"
    assert runner.thumbs.count() == 1
    assert runner.thumbs.item(0).text() == "foto.png"
    assert not runner.thumbs.item(0).icon().isNull()
    ratio = runner.progress.model_.rows[0].ratio
    assert ratio is not None
    assert abs(ratio - 0.25) < 1e-9
    qtbot.keyClicks(runner.note, "Capaian baik.")
    runner.ratings.hasil.setCurrentIndex(runner.ratings.hasil.findData(Rating.DI_ATAS.value))
    runner.ratings.perilaku.setCurrentIndex(runner.ratings.perilaku.findData(Rating.SESUAI.value))
    assert Predikat.BAIK.label in runner.ratings.predikat.text()
    assert runner.rating_status.text() == "Rating belum disimpan."
    qtbot.keyClick(runner.minutes, Qt.Key.Key_PageDown)  # already the last: stays
    assert runner.name.text() == "Staf Satu"
    qtbot.keyClick(runner.minutes, Qt.Key.Key_PageUp)
    assert runner.name.text() == "Staf PPPK"
    assert runner.note.toPlainText() == "Perlu melengkapi bukti."
    qtbot.keyClick(runner.minutes, Qt.Key.Key_PageDown)
    assert runner.ratings.ratings() == (Rating.DI_ATAS, Rating.SESUAI), "the unsaved rating is kept"

    qtbot.keyClicks(runner.decisions, "Laporan bukti dikumpulkan Jumat.")
    meeting_id = runner.save()
    assert meeting_id is not None
    assert not page.dirty
    assert page.stack.currentWidget() is runner, "Simpan notulen does not end the meeting"
    assert page.history_model.rowCount() == 1
    assert runner.finish() == meeting_id, "the same record, not a second meeting"
    assert page.stack.currentWidget() is page.setup
    assert page.setup_message.text() == "Notulen rapat terakhir tersimpan."
    assert page.history_model.rowCount() == 1
    [meeting] = list_meetings(org.ctx["kasi"])
    assert meeting.id == meeting_id
    assert (meeting.period_key, meeting.place) == (period, "Ruang Rapat Seksi")
    assert meeting.minutes == "Rapat evaluasi triwulan dibuka."
    assert meeting.decisions == "Laporan bukti dikumpulkan Jumat."
    notes = {p.name: p.note for p in meeting.participants}
    assert notes == {"Staf PPPK": "Perlu melengkapi bukti.", "Staf Satu": "Capaian baik."}
    rated = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key=period)
    assert rated is not None
    assert rated.predikat is Predikat.BAIK
    assert asm.get_assessment(org.ctx["kasi"], employee_id=org.staff2, period_key=period) is None
    page.history_search.setText("PPPK")
    assert page.history_proxy.rowCount() == 1
    page.history_search.setText("tidak ada")
    assert page.history_proxy.rowCount() == 0


def test_rating_saved_during_the_meeting_and_empty_minutes_refused(qtbot, org) -> None:
    page = open_page(qtbot, org)
    check_all(page)
    page.start()
    runner = page.runner
    runner.ratings.hasil.setCurrentIndex(runner.ratings.hasil.findData(Rating.DI_BAWAH.value))
    assert not runner.save_rating()
    assert "Lengkapi kedua rating untuk Staf PPPK" in runner.rating_status.text()
    runner.ratings.perilaku.setCurrentIndex(runner.ratings.perilaku.findData(Rating.SESUAI.value))
    assert runner.save_rating()
    assert runner.rating_status.text() == "Tersimpan: Butuh Perbaikan"
    saved = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff2, period_key=page.period.currentData())
    assert saved is not None
    assert saved.predikat is Predikat.BUTUH_PERBAIKAN
    assert runner.save() is None
    assert runner.message.text() == "Notulen rapat wajib diisi."
    assert page.stack.currentWidget() is runner
    assert list_meetings(org.ctx["kasi"]) == []


def test_a_final_assessment_is_shown_read_only_in_the_meeting(qtbot, org) -> None:
    page = open_page(qtbot, org)
    period = page.period.currentData()
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff2,
        period_key=period,
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
    )
    view = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff2, period_key=period)
    assert view is not None
    asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)
    check_all(page)
    page.start()
    runner = page.runner
    assert runner.name.text() == "Staf PPPK"
    assert not runner.ratings.hasil.isEnabled()
    assert not runner.rate_button.isEnabled()
    assert runner.rating_status.text().startswith("Penilaian kinerja yang sudah final tidak dapat diubah")
    assert Predikat.BAIK.label in runner.ratings.predikat.text()


def test_back_to_setup_asks_before_dropping_the_minutes(qtbot, org, monkeypatch) -> None:

    page = open_page(qtbot, org)
    check_all(page)
    page.start()
    qtbot.keyClicks(page.runner.minutes, "Catatan")
    click_in_next_box("unsavedCancel")
    page.runner.back_requested.emit()
    assert page.stack.currentWidget() is page.runner
    click_in_next_box("unsavedDiscard")
    page.runner.back_requested.emit()
    assert page.stack.currentWidget() is page.setup


def test_minutes_save_themselves_and_the_meeting_goes_on(qtbot, org) -> None:
    """Finding 14 of issue 12: autosave a few seconds after typing stops; ratings never by themselves."""
    page = open_page(qtbot, org)
    check_all(page)
    page.start()
    runner = page.runner
    runner.autosave_timer.setInterval(50)
    qtbot.keyClicks(runner.minutes, "Rapat dibuka pukul 09.00.")
    runner.ratings.hasil.setCurrentIndex(2)
    runner.ratings.perilaku.setCurrentIndex(2)
    qtbot.waitUntil(lambda: runner.meeting_id is not None, timeout=5000)
    [meeting] = list_meetings(org.ctx["kasi"])
    assert meeting.minutes == "Rapat dibuka pukul 09.00."
    assert runner.message.text().startswith("Tersimpan otomatis")
    assert page.stack.currentWidget() is runner
    assert page.dirty, "the chosen rating is not saved by the autosave"
    person = runner.current
    assert person is not None
    assert asm.get_assessment(org.ctx["kasi"], employee_id=person.id, period_key=runner.period_key) is None
    qtbot.keyClicks(runner.minutes, " Capaian dibahas.")
    qtbot.waitUntil(
        lambda: list_meetings(org.ctx["kasi"])[0].minutes.endswith("Capaian dibahas."), timeout=5000
    )
    assert len(list_meetings(org.ctx["kasi"])) == 1, "the autosave updates the one record"
