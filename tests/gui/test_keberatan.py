"""Issue 13, keberatan in the app: the pegawai files it on Kinerja Saya, the atasan decides it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QPushButton

from asn_desktop.services import assessment as asm
from asn_desktop.services import objection as obj_svc
from tests.gui.helpers import child, on_next_dialog
from tests.unit.forms.helpers import staff_skp
from ui.main_window import MainWindow
from ui.views.my_performance import MyPerformancePage
from ui.views.objection_page import ObjectionPage


def _final(org) -> str:
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key="2026",
        rating_hasil="di_bawah",
        rating_perilaku="sesuai",
    )
    view = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026")
    asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)
    return view.id


def test_pegawai_files_and_atasan_grants_with_new_ratings(qtbot, org) -> None:
    staff_skp(org)
    first = _final(org)
    page = MyPerformancePage(org.ctx["staff1"])
    qtbot.addWidget(page)
    page.refresh()
    panel = page.assessments
    assert panel.model.rowCount() == 1
    assert not panel.file_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.file_button.isEnabled()
    assert "dapat diajukan s.d." in panel.model.index(0, 3).data()

    def fill(dialog: QDialog) -> None:
        child(dialog, QPlainTextEdit, "objectionText").setPlainText("Bukti dukung belum dipertimbangkan")
        dialog._submit()  # type: ignore[attr-defined]  # OK: runs the core action, closes on success

    seen = on_next_dialog(fill)
    qtbot.mouseClick(panel.file_button, Qt.MouseButton.LeftButton)
    assert seen
    assert panel.model.index(0, 3).data() == "keberatan diajukan"
    assert not panel.file_button.isEnabled() or panel.selected() is None

    window = MainWindow(org.ctx["head"])
    qtbot.addWidget(window)
    atasan = window.show_page(ObjectionPage)
    assert isinstance(atasan, ObjectionPage)
    atasan.refresh()
    window.tasks.wait_idle()
    assert atasan.model.rowCount() == 1
    assert "Bukti dukung belum dipertimbangkan" in atasan.reason.text()
    assert "Butuh Perbaikan" in atasan.result.text()
    atasan.outcome.setCurrentIndex(atasan.outcome.findData("dikabulkan"))
    assert atasan.ratings.hasil.isEnabled()
    atasan.ratings.hasil.setCurrentIndex(atasan.ratings.hasil.findData("sesuai"))
    atasan.decision.setPlainText("Bukti diterima.")
    assert atasan.decide(confirm=False)
    window.tasks.wait_idle()
    assert "diputus" in atasan.message.text()
    assert not child(atasan, QPushButton, "decideObjection").isEnabled(), "final once decided"
    now = asm.get_assessment(org.ctx["staff1"], employee_id=org.staff1, period_key="2026")
    assert (now.version, now.previous_id, now.predikat) == (2, first, "baik")
    page.refresh()
    assert panel.model.index(0, 2).data() == "2"
    assert panel.model.index(0, 3).data() == "keberatan dikabulkan"
    assert "Bukti diterima." in panel.message.text()
    assert [o.outcome for o in obj_svc.my_objections(org.ctx["staff1"])] == ["dikabulkan"]


def test_the_atasans_refusal_is_shown_not_raised(qtbot, org, monkeypatch, tasks) -> None:
    from ui.views import objection_page

    staff_skp(org)
    first = _final(org)
    obj_svc.file_objection(org.ctx["staff1"], assessment_id=first, text="Keberatan")
    shown: list[BaseException] = []
    monkeypatch.setattr(objection_page, "show_error", lambda _p, exc, *a: shown.append(exc))
    page = ObjectionPage(org.ctx["head"], tasks)
    qtbot.addWidget(page)
    page.refresh()
    tasks.wait_idle()
    page.outcome.setCurrentIndex(page.outcome.findData("dikabulkan"))
    page.decision.setPlainText("Sama saja")
    assert not page.decide(confirm=False)  # the same ratings as before: the core refuses
    assert "sama dengan hasil semula" in str(shown[0])
