"""Issue 13: angka kredit on Kinerja Saya and the team page, printed on request, exported for HR."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from asn_desktop.services import angka_kredit as ak
from asn_desktop.services import assessment as asm
from tests.unit.forms.helpers import with_positions
from tests.unit.services.helpers import approved_skp, head_skp
from ui.tasks import TaskRunner
from ui.views.angka_kredit_export import AngkaKreditExport
from ui.views.my_performance import MyPerformancePage
from ui.views.team_page import TeamPage


def _setup(org) -> None:
    ids = with_positions(org)
    ak.set_position_jenjang(org.admin, position_id=ids["staff"], jenjang="ahli_pertama")
    _, kasi_rhk, _ = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    approved_skp(org, "staff1", parent_rhk=kasi_rhk)
    year = org.ws.now().year
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key=f"{year}-Q1",
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
    )
    view = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key=f"{year}-Q1")
    asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)


def test_kinerja_saya_shows_and_prints_the_credit(qtbot, org, tmp_path: Path) -> None:
    _setup(org)
    page = MyPerformancePage(org.ctx["staff1"])
    qtbot.addWidget(page)
    page.refresh()
    panel = page.credit
    assert "Ahli Pertama" in panel.summary_label.text()
    assert "3,13" in panel.summary_label.text()
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 5).data() == "3,13"
    out = tmp_path / "ak.pdf"
    assert panel.print_to(out)
    assert out.read_bytes().startswith(b"%PDF")
    kasi = MyPerformancePage(org.ctx["kasi"])
    qtbot.addWidget(kasi)
    kasi.refresh()
    assert "Bukan jabatan fungsional" in kasi.credit.summary_label.text()
    assert not kasi.credit.print_button.isEnabled()


def test_team_page_has_the_subordinates_credit(qtbot, org) -> None:
    _setup(org)
    page = TeamPage(org.ctx["kasi"])
    qtbot.addWidget(page)
    page.refresh()
    page.show_employee(org.staff1)
    page.tabs.setCurrentWidget(page.credit)
    assert "3,13" in page.credit.summary_label.text()


def test_hr_exports_the_sheet_in_the_background(qtbot, org, tmp_path: Path, monkeypatch) -> None:
    from ui.views import angka_kredit_export

    _setup(org)
    monkeypatch.setattr(angka_kredit_export.QMessageBox, "information", lambda *a: None)
    tasks = TaskRunner()
    host = MyPerformancePage(org.admin)
    qtbot.addWidget(host)
    export = AngkaKreditExport(host, org.admin, tasks)
    done: list[bool] = []
    out = tmp_path / "ak.xlsx"
    export.start(out, org.ws.now().year, on_finished=lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=60_000)
    tasks.shutdown()
    assert "2 pemegang jabatan fungsional" in export.result_text  # staff1 and staff2 (no decision yet)
    assert load_workbook(out).active.max_row == 4  # header, staff1 line and total, staff2 total
