"""Kirim ke SIASN: what would be sent, written to a folder off the GUI thread; e-Kinerja history in."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QPushButton

from tests.unit.services.test_ekinerja import ROWS, _report
from tests.unit.services.test_history import _decide
from ui.main_window import MainWindow
from ui.views.siasn_page import SiasnPage


def test_page_lists_final_evaluations_and_writes_the_files(
    qtbot, qtmodeltester, org, tasks, tmp_path: Path
) -> None:
    _decide(org, "2026", "di_atas", "sesuai")
    page = SiasnPage(org.admin, tasks)
    qtbot.addWidget(page)
    page.year.setValue(2026)
    page.refresh()
    tasks.wait_idle()
    qtmodeltester.check(page.model)
    assert [(r.nip, r.predikat) for r in page.model.rows] == [("199001012015031003", "Baik")]
    assert page.count.text() == "1 evaluasi final, 1 siap dikirim"
    out = tmp_path / "siasn"
    out.mkdir()
    page.start_export(out)
    qtbot.waitUntil(lambda: "ditulis ke" in page.status.text(), timeout=10_000)
    body = json.loads((out / "skp22" / "199001012015031003-2026.json").read_text(encoding="utf-8"))
    assert body["penilaiNama"] == "Kasi Program"
    assert (out / "siasn-2026.xlsx").is_file()
    page.period.setCurrentIndex(page.period.findData("Q1"))
    tasks.wait_idle()
    assert page.model.rows == []
    assert not page.export_button.isEnabled()


def test_ekinerja_history_import_from_the_page(qtbot, org, tasks, tmp_path: Path) -> None:
    page = SiasnPage(org.admin, tasks)
    qtbot.addWidget(page)
    page.start_history(_report(tmp_path / "lap.xlsx", ROWS))
    qtbot.waitUntil(lambda: "Riwayat e-Kinerja" in page.status.text(), timeout=10_000)
    assert page.status.text() == "Riwayat e-Kinerja: 4 predikat baru, 0 diperbarui, 1 dilewati."


def test_hr_reaches_the_page_by_the_navigation(qtbot, org) -> None:
    window = MainWindow(org.admin)
    qtbot.addWidget(window)
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert "Kirim ke SIASN" in names
    window.nav.setCurrentRow(names.index("Kirim ke SIASN"))
    page = window.stack.currentWidget()
    assert isinstance(page, SiasnPage)
    assert isinstance(page.findChild(QPushButton, "exportSiasn"), QPushButton)
    staff = MainWindow(org.ctx["kasi"])
    qtbot.addWidget(staff)
    assert "Kirim ke SIASN" not in [staff.nav.item(i).text() for i in range(staff.nav.count())]
