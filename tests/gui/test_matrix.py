"""The team page's Matriks Peran dan Hasil tab: the kasi shares an RHK with the chosen staff
member by mouse, removes it again, and prints the matrix."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from asn_desktop.services import skp as skp_svc
from tests.unit.services.test_role_matrix import kasi_plan  # noqa: F401 - the fixture
from ui.views.team_page import TeamPage


def _names(panel) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    m = panel.model
    return [(m.index(r, 2).data(), m.index(r, 3).data(), m.index(r, 4).data()) for r in range(m.rowCount())]


def test_the_kasi_shares_removes_and_prints(qtbot, kasi_plan, tmp_path: Path) -> None:  # noqa: F811
    org = kasi_plan
    page = TeamPage(org.ctx["kasi"])
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.show_employee(org.staff1)
    page.tabs.setCurrentWidget(page.matrix)
    panel = page.matrix
    assert panel.member.currentText() == "Staf Satu"
    assert [n for n, _, _ in _names(panel)] == ["(belum dibagikan)", "(belum dibagikan)"]
    panel.role.setCurrentIndex(panel.role.findText("Penanggung Jawab"))
    qtbot.keyClicks(panel.hasil, "Draf rencana")
    qtbot.mouseClick(panel.share_button, Qt.MouseButton.LeftButton)
    assert _names(panel)[0] == ("Staf Satu", "Penanggung Jawab", "Draf rencana")
    staff_skp = skp_svc.create_skp(org.ctx["staff1"], year=2026)
    assert [r for r, _ in skp_svc.supervisor_rhk_options(org.ctx["staff1"], skp_id=staff_skp)] == [
        org.plan_rhk
    ]

    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert [n for n, _, _ in _names(panel)] == ["(belum dibagikan)", "(belum dibagikan)"]
    panel.result.setCurrentIndex(1)
    panel.role.setCurrentIndex(panel.role.findText("Anggota"))
    qtbot.mouseClick(panel.share_button, Qt.MouseButton.LeftButton)
    assert _names(panel)[1] == ("Staf Satu", "Anggota", "")
    out = tmp_path / "matriks.pdf"
    assert panel.print_to(out)
    assert out.read_bytes().startswith(b"%PDF")
    assert "matriks.pdf" in panel.message.text()
