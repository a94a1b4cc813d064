"""The "Kinerja Saya" dashboard: progress bars, predikat history chart, latest feedback."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from asn_desktop.services import assessment as asm
from asn_desktop.services import followup as fu
from asn_desktop.services import realisation as real
from asn_desktop.services import skp as skp_svc
from asn_desktop.services.overview import progress
from tests.unit.services.helpers import approved_skp, head_skp
from ui.views.my_performance import MyPerformancePage
from ui.widgets.predikat_chart import level, short_label


def test_dashboard_shows_progress_history_and_feedback(qtbot: QtBot, qtmodeltester, org) -> None:
    year = org.ws.now().year
    kasi_rhk = approved_skp(org, "kasi", year=year, parent_rhk=head_skp(org, year))[1]
    skp_id, _rhk, indicator = approved_skp(org, "staff1", year=year, parent_rhk=kasi_rhk)
    for period, hasil in ((f"{year - 1}", "di_bawah"), (f"{year}-Q1", "di_atas")):
        asm.assess(
            org.ctx["kasi"],
            employee_id=org.staff1,
            period_key=period,
            rating_hasil=hasil,
            rating_perilaku="sesuai",
        )
        view = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key=period)
        assert view is not None
        asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)
    q1 = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key=f"{year}-Q1")
    assert q1 is not None
    coaching = fu.add_follow_up(
        org.ctx["kasi"],
        assessment_id=q1.id,
        kind="pembinaan",
        title="Pendampingan penyusunan laporan",
        goal="Laporan tanpa revisi",
        due_on=date(year, 12, 31),
    )
    fu.add_session(org.ctx["kasi"], follow_up_id=coaching, planned_on=date(year, 12, 1))
    done = fu.add_follow_up(org.ctx["kasi"], assessment_id=q1.id, kind="penghargaan", title="Piagam")
    fu.set_status(org.ctx["kasi"], follow_up_id=done, status="selesai", outcome="Diserahkan")
    asm.give_feedback(
        org.ctx["kasi"],
        employee_id=org.staff1,
        source="atasan",
        period_key=f"{year}-Q1",
        text="Laporan rapi.",
    )
    first_quarter = progress(org.ctx["staff1"], skp_id=skp_id, period_key=f"{year}-Q1")[0]
    real.record_realisation(
        org.ctx["staff1"],
        indicator_id=indicator,
        period_key=f"{year}-Q1",
        value=f"{first_quarter.target_value / 4:g}".replace(".", ","),
    )

    page = MyPerformancePage(org.ctx["staff1"])
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.refresh()
    qtmodeltester.check(page.table.model_)

    assert skp_svc.current_skp_id(org.ctx["staff1"], employee_id=org.staff1, year=year) == skp_id
    model = page.table.model_
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Realisasi s.d. periode" in header, "the dashboard shows the running total, not one period"
    assert model.rowCount() >= 1
    ratio = model.row_at(0).ratio
    assert ratio is not None
    assert ratio > 0
    assert page.table.isColumnHidden(0), "the RHK text is left to the Realisasi screen"

    assert [short_label(p.period) for p in page.chart.points] == [str(year - 1), f"TW I {year}"]
    assert [level(p.predikat) for p in page.chart.points] == [3, 4]  # Butuh Perbaikan, then Baik
    assert "Butuh Perbaikan" in page.history.text()
    assert page.feedback.count() == 1
    assert "Laporan rapi." in page.feedback.item(0).text()
    assert page.follow_ups.count() == 1, "a finished follow-up is no longer listed"
    line = page.follow_ups.item(0).text()
    assert "Pembinaan: Pendampingan penyusunan laporan" in line
    assert f"tenggat 31 Desember {year}" in line
    assert f"sesi berikutnya 1 Desember {year}" in line


def test_dashboard_without_skp_or_history_says_so(qtbot: QtBot, org) -> None:
    page = MyPerformancePage(org.ctx["staff2"])
    qtbot.addWidget(page)
    page.refresh()
    assert "belum memiliki SKP" in page.summary.text()
    assert page.chart.points == []
    assert page.history.text() == "Belum ada predikat yang ditetapkan."
    assert page.feedback.count() == 0
    assert page.follow_ups.item(0).text() == "Tidak ada tindak lanjut yang masih berjalan."
