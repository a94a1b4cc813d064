"""The unit overview: employees with status and predikat, the distribution chart and its breaches."""

from __future__ import annotations

import pytest
from PySide6.QtCharts import QScatterSeries, QStackedBarSeries

from asn_desktop.domain.curve import PredikatOrganisasi
from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.services import assessment as asm
from asn_desktop.services import employees as emp
from asn_desktop.services.unit import check_unit_distribution
from ui.main_window import MainWindow
from ui.views import unit_view
from ui.views.unit_view import UnitPage


def _rate_both_staff(org, year: int, hasil: str = "sesuai", perilaku: str = "sesuai") -> None:
    for staff in (org.staff1, org.staff2):
        asm.assess(
            org.ctx["kasi"],
            employee_id=staff,
            period_key=str(year),
            rating_hasil=hasil,
            rating_perilaku=perilaku,
        )
        view = asm.get_assessment(org.ctx["kasi"], employee_id=staff, period_key=str(year))
        asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)


def _series(page: UnitPage, kind: type, name: str | None = None):  # type: ignore[no-untyped-def]
    found = [
        s for s in page.chart.chart().series() if isinstance(s, kind) and (name is None or s.name() == name)
    ]
    assert len(found) == 1, [s.name() for s in page.chart.chart().series()]
    return found[0]


@pytest.fixture
def year(org) -> int:
    return org.ws.now().year


def test_breaking_distribution_shows_chart_and_breaches(qtbot, qtmodeltester, org, year) -> None:
    emp.set_org_predikat(org.admin, unit_id=org.seksi, year=year, predikat=PredikatOrganisasi.BAIK)
    _rate_both_staff(org, year)
    page = UnitPage(org.ctx["kasi"])
    qtbot.addWidget(page)
    page.refresh()

    assert page.unit.currentData() == org.seksi, "a penilai starts on their own unit"
    assert page.year.value() == year
    assert sorted(r.name for r in page.model.rows) == ["Kasi Program", "Staf PPPK", "Staf Satu"]
    qtmodeltester.check(page.model)
    qtbot.keyClicks(page.filter, "pppk")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 3).data() == "Baik"

    report = check_unit_distribution(org.ctx["kasi"], unit_id=org.seksi, year=year)
    assert len(report.breaches) == 2
    assert page.breach_texts() == report.breaches
    assert "Predikat kinerja organisasi" in page.org_label.text()
    assert "Baik" in page.org_label.text()

    labels = [b.label for b in page.chart.buckets]
    assert labels == [
        "Sangat Baik",
        "Baik",
        "Butuh Perbaikan",
        "Kurang",
        "Sangat Kurang",
        "Butuh Perbaikan + Kurang",
    ]
    bars = _series(page, QStackedBarSeries)
    within, outside = bars.barSets()
    assert [outside.at(i) for i in range(6)] == [0, 2, 0, 0, 0, 0], "Baik is over its maximum: drawn red"
    assert within.at(0) == 0
    highs = _series(page, QScatterSeries, "Batas atas")
    lows = _series(page, QScatterSeries, "Batas bawah")
    assert [(p.x(), p.y()) for p in highs.points()] == [(1, 1)], "Baik at most 70 % of 2 = 1"
    assert [(p.x(), p.y()) for p in lows.points()] == [(5, 1)], "at least one Butuh Perbaikan or Kurang"
    assert page.chart.buckets[5].breached
    assert "Baik: 2 (boleh 0–1)" in page.chart.accessibleDescription()


def test_no_org_predikat_and_a_distribution_within_the_pattern(qtbot, org, year) -> None:
    _rate_both_staff(org, year, hasil="di_atas", perilaku="di_atas")  # two Sangat Baik
    page = UnitPage(org.ctx["kasi"])
    qtbot.addWidget(page)
    page.refresh()
    assert page.org_label.text() == "Predikat organisasi belum ditetapkan"
    assert page.breach_texts()[0].startswith("Predikat organisasi belum ditetapkan")
    assert _series(page, QScatterSeries, "Batas atas").count() == 0

    emp.set_org_predikat(org.admin, unit_id=org.seksi, year=year, predikat=PredikatOrganisasi.ISTIMEWA)
    emp.set_org_predikat(org.admin, unit_id=org.seksi, year=year - 1, predikat=PredikatOrganisasi.KURANG)
    page.refresh()
    # Istimewa: Sangat Baik at most 70 % of 2 = 1, so two Sangat Baik break it.
    assert len(page.breach_texts()) == 1
    assert "Sangat Baik" in page.breach_texts()[0]
    page.year.setValue(year - 1)  # nobody was rated that year: nothing to break
    assert page.breach_texts() == ["Distribusi sesuai pola"]
    assert page.model.rowCount() == 3
    assert all(page.proxy.index(i, 3).data() == "—" for i in range(3))


def test_unit_choice_follows_the_role(qtbot, org) -> None:
    head = UnitPage(org.ctx["head"])
    qtbot.addWidget(head)
    head.refresh()
    offered = [head.unit.itemData(i) for i in range(head.unit.count())]
    assert offered == [org.unit, org.seksi], "their own unit and the units below it"
    assert head.unit.currentData() == org.unit, "the head starts on the Kantor Kepala"
    kasi = UnitPage(org.ctx["kasi"])
    qtbot.addWidget(kasi)
    kasi.refresh()
    assert [kasi.unit.itemData(i) for i in range(kasi.unit.count())] == [org.seksi], "no unit above one's own"
    admin = UnitPage(org.admin)
    qtbot.addWidget(admin)
    admin.refresh()
    assert admin.unit.count() == 2


def test_ui_offers_the_unit_view_only_where_the_core_allows_it(qtbot, org, monkeypatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(unit_view, "show_error", lambda _parent, exc, *a: shown.append(exc))
    for who in ("staff1", "staff2", "kasi", "head", "admin"):
        window = MainWindow(org.ctx[who])
        qtbot.addWidget(window)
        page = window.page(UnitPage)
        if who.startswith("staff"):
            assert page is None
            with pytest.raises(PermissionDenied):
                check_unit_distribution(org.ctx[who], unit_id=org.seksi, year=2026)
            continue
        assert isinstance(page, UnitPage)
        window.show_page(UnitPage)
        for i in range(page.unit.count()):
            page.unit.setCurrentIndex(i)
    assert shown == [], "every unit offered loads without a refusal"


def test_a_quarter_is_checked_with_its_own_predikat_and_warnings(qtbot, org, year) -> None:
    """Issue 13, periodic evaluation: the distribution of a quarter, and "sebagian besar" warnings."""
    from asn_desktop.services.org_predikat import set_org_predikat_for_period

    key = f"{year}-Q2"
    emp.set_org_predikat(org.admin, unit_id=org.seksi, year=year, predikat=PredikatOrganisasi.BAIK)
    set_org_predikat_for_period(org.admin, unit_id=org.seksi, period_key=key, predikat="istimewa")
    for staff in (org.staff1, org.staff2):
        asm.assess(
            org.ctx["kasi"],
            employee_id=staff,
            period_key=key,
            rating_hasil="sesuai",
            rating_perilaku="sesuai",
        )
        view = asm.get_assessment(org.ctx["kasi"], employee_id=staff, period_key=key)
        asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)
    page = UnitPage(org.ctx["kasi"])
    qtbot.addWidget(page)
    page.refresh()
    page.period.setCurrentIndex(page.period.findData(key))
    assert "Istimewa" in page.org_label.text()
    texts = page.breach_texts()
    assert "Distribusi sesuai pola" in texts
    assert any(t.startswith("Perhatian: Sangat Baik sebaiknya sebagian besar") for t in texts)
    assert page.proxy.index(0, 3).data() in ("Baik", "—")


def _bar_centre(page: UnitPage, index: int, height: float):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPointF

    chart = page.chart.chart()
    bars = _series(page, QStackedBarSeries)
    point = chart.mapToPosition(QPointF(index, height / 2), bars)
    return page.chart.mapFromScene(chart.mapToScene(point))


def test_table_and_chart_agree_drafts_show_as_drafts_and_a_bar_click_lists_its_members(
    qtbot, org, year
) -> None:
    """Finding 7 of issue 12: one source; a draft predikat reads as a draft and is not counted."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    emp.set_org_predikat(org.admin, unit_id=org.seksi, year=year, predikat=PredikatOrganisasi.BAIK)
    _rate_both_staff(org, year)  # two final Baik
    asm.assess(  # the kasi's own annual assessment by the head: Kurang, still a draft
        org.ctx["head"],
        employee_id=org.kasi,
        period_key=str(year),
        rating_hasil="di_bawah",
        rating_perilaku="di_bawah",
    )
    page = UnitPage(org.ctx["kasi"])
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    shown = {
        page.proxy.index(r, 0).data(): page.proxy.index(r, 3).data() for r in range(page.proxy.rowCount())
    }
    assert shown["Kasi Program"] == "Sangat Kurang (draf)"
    assert shown["Staf Satu"] == "Baik"
    kasi_row = next(
        r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == "Kasi Program"
    )
    assert "belum final" in page.proxy.index(kasi_row, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert page.chart.report is not None
    assert page.chart.report.total == 2, "the chart counts the two final predikat, not the draft"
    assert page.count_label.text() == "3 pegawai · 2 predikat final · 1 draf · 0 belum dinilai"
    sangat_kurang = [b.label for b in page.chart.buckets].index("Sangat Kurang")
    assert page.chart.buckets[sangat_kurang].count == 0
    baik = [b.label for b in page.chart.buckets].index("Baik")
    qtbot.wait(50)  # the chart lays its bars out when it paints
    QTest.mouseClick(
        page.chart.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_bar_centre(page, baik, page.chart.buckets[baik].count),
    )
    listed = sorted(page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount()))
    assert listed == ["Staf PPPK", "Staf Satu"], "the bar's members are the table's rows"
    assert len(listed) == page.chart.buckets[baik].count
    assert "Baik" in page.bucket_label.text()
    page.bucket_clear.click()
    assert page.proxy.rowCount() == 3


def test_one_person_unit_is_not_flagged_for_minima_it_cannot_meet(qtbot, org, year) -> None:
    small = emp.create_unit(org.admin, name="Seksi Kecil", parent_id=org.unit)
    emp.update_employee(
        org.admin,
        org.staff2,
        emp.EmployeeInput(nip="199009132025242014", name="Staf PPPK", unit_id=small, supervisor_id=org.kasi),
    )
    emp.set_org_predikat(org.admin, unit_id=small, year=year, predikat=PredikatOrganisasi.KURANG)
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff2,
        period_key=str(year),
        rating_hasil="di_bawah",
        rating_perilaku="sesuai",
    )
    view = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff2, period_key=str(year))
    asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)
    page = UnitPage(org.admin)
    qtbot.addWidget(page)
    page.refresh()
    page.unit.setCurrentIndex(page.unit.findData(small))
    texts = page.breach_texts()
    assert "Distribusi sesuai pola" in texts, texts
    assert any("tidak dapat dipenuhi" in t and "1 pegawai dinilai" in t for t in texts), texts
    assert not any("paling sedikit 10 %" in t and "tercatat 0" in t for t in texts)
    assert [(p.x(), p.y()) for p in _series(page, QScatterSeries, "Batas bawah").points()] == []
