"""Issue 13, item 8, mutasi: a mid-year change of supervisor closes one SKP period and opens
another; the year then holds two SKPs, each for its own months."""

from __future__ import annotations

from datetime import date

import pytest

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.errors import ValidationFailed
from asn_desktop.services import mutasi
from asn_desktop.services import skp as skp_svc
from tests.unit.services.helpers import approved_skp, head_skp, move_under_head, mutasi_year


def test_a_mutasi_closes_the_skp_and_the_rest_of_the_year_gets_its_own(org) -> None:
    _, kasi_rhk, _ = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    old, _, _ = approved_skp(org, "staff1", parent_rhk=kasi_rhk)
    with pytest.raises(PermissionDenied):
        mutasi.record_mutasi(
            org.ctx["kasi"], employee_id=org.staff1, day=date(2026, 7, 1), supervisor_id=org.head
        )
    with pytest.raises(ValidationFailed, match="harus mengubah atasan atau jabatan"):
        mutasi.record_mutasi(org.admin, employee_id=org.staff1, day=date(2026, 7, 1), supervisor_id=org.kasi)
    with pytest.raises(ValidationFailed, match="atasannya sendiri"):
        mutasi.record_mutasi(
            org.admin, employee_id=org.staff1, day=date(2026, 7, 1), supervisor_id=org.staff1
        )
    with pytest.raises(ValidationFailed, match=r"Tanggal mutasi \(1 Januari 2026\)"):
        mutasi.record_mutasi(org.admin, employee_id=org.staff1, day=date(2026, 1, 1), supervisor_id=org.head)

    closed = mutasi.record_mutasi(
        org.admin, employee_id=org.staff1, day=date(2026, 7, 1), supervisor_id=org.head
    )
    assert closed == old
    staff = org.ctx["staff1"]
    with pytest.raises(ValidationFailed, match="ditutup karena mutasi"):
        skp_svc.revise_skp(staff, skp_id=old)
    new = skp_svc.create_skp(staff, year=2026)
    view = skp_svc.get_skp(staff, new)
    assert (view.version, view.penilai_id) == (2, org.head)
    periods = mutasi.skp_periods(staff, employee_id=org.staff1, year=2026)
    assert [(p.skp_id, p.label, p.months, p.penilai_id) for p in periods] == [
        (old, "1 Januari s.d. 30 Juni 2026", 6, org.kasi),
        (new, "1 Juli s.d. 31 Desember 2026", 6, org.head),
    ]
    with pytest.raises(ValidationFailed, match="SKP tahun 2026 sudah ada"):
        skp_svc.create_skp(staff, year=2026)


def test_a_mutasi_before_any_skp_only_moves_the_pegawai(org) -> None:
    assert (
        mutasi.record_mutasi(org.admin, employee_id=org.staff2, day=date(2026, 3, 1), supervisor_id=org.head)
        is None
    )
    assert mutasi.skp_periods(org.admin, employee_id=org.staff2, year=2026) == []


def _flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def test_each_skp_is_evaluated_and_printed_for_its_own_months(org, tmp_path) -> None:
    from asn_desktop.services import assessment as asm
    from asn_desktop.store.models import Assessment
    from tests.unit.forms.helpers import exported_text

    head_rhk = head_skp(org)
    _, kasi_rhk, _ = approved_skp(org, "kasi", parent_rhk=head_rhk)
    old, _, _ = approved_skp(org, "staff1", parent_rhk=kasi_rhk)
    q1 = asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key="2026-Q1",
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
    )
    assert q1.value == "baik"
    new = move_under_head(org, date(2026, 7, 1), head_rhk)
    asm.assess(
        org.ctx["head"],
        employee_id=org.staff1,
        period_key="2026",
        rating_hasil="sesuai",
        rating_perilaku="sesuai",
    )
    with org.ws.sessions() as s:
        by_period = {a.period_key: a.skp_id for a in s.query(Assessment).filter_by(employee_id=org.staff1)}
    assert by_period == {"2026-Q1": old, "2026": new}

    annual = _flat(exported_text(org, tmp_path, nip="199001012015031003", form="evaluasi"))
    assert "1 JULI S.D. 31 DESEMBER 2026" in annual.upper()
    first = _flat(exported_text(org, tmp_path, nip="199001012015031003", form="skp", skp_id=old))
    assert "1 JANUARI S.D. 30 JUNI 2026" in first.upper()
    assert "Kasi Program" in first
    quarter = _flat(exported_text(org, tmp_path, nip="199001012015031003", form="evaluasi", period="2026-Q1"))
    assert "1 JANUARI S.D. 31 MARET 2026" in quarter.upper()


def _decide(org, who: str, period: str, hasil: str, skp_id: str | None = None) -> str:
    from asn_desktop.services import assessment as asm

    ctx = org.ctx[who]
    asm.assess(
        ctx,
        employee_id=org.staff1,
        period_key=period,
        rating_hasil=hasil,
        rating_perilaku=hasil,
        skp_id=skp_id,
    )
    view = asm.get_assessment(ctx, employee_id=org.staff1, period_key=period, skp_id=skp_id)
    asm.finalize_assessment(ctx, assessment_id=view.id)
    return view.id


def test_each_skp_of_a_mutasi_year_is_finalised_by_its_own_penilai(org) -> None:
    from asn_desktop.services import assessment as asm
    from asn_desktop.store.models import Assessment

    old, new = mutasi_year(org)
    first = _decide(org, "kasi", "2026", "di_atas", skp_id=old)  # the old penilai, after the mutasi
    last = _decide(org, "head", "2026", "sesuai")  # by default: the SKP in force at the year's end
    with org.ws.sessions() as s:
        rows = {
            (a.skp_id, a.assessor_id, a.status, a.predikat)
            for a in s.query(Assessment).filter_by(period_key="2026")
        }
    assert rows == {(old, org.kasi, "final", "sangat_baik"), (new, org.head, "final", "baik")}
    assert (
        asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026", skp_id=old).id == first
    )
    assert asm.get_assessment(org.ctx["staff1"], employee_id=org.staff1, period_key="2026").id == last
    # the wrong penilai is refused by the core, both ways round
    with pytest.raises(PermissionDenied):
        asm.assess(
            org.ctx["head"],
            employee_id=org.staff1,
            period_key="2026",
            rating_hasil="di_bawah",
            rating_perilaku="di_bawah",
            skp_id=old,
        )
    with pytest.raises(PermissionDenied):
        asm.assess(
            org.ctx["kasi"],
            employee_id=org.staff1,
            period_key="2026",
            rating_hasil="di_bawah",
            rating_perilaku="di_bawah",
        )
    with pytest.raises(PermissionDenied):
        asm.reopen_assessment(org.ctx["head"], assessment_id=first)
    with pytest.raises(PermissionDenied):
        asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key="2026", skp_id=new)


def test_the_old_penilai_still_sees_and_lists_the_pegawai_whose_months_he_evaluates(org) -> None:
    from asn_desktop.services import assessment as asm
    from asn_desktop.services.directory import team_status

    old, new = mutasi_year(org)
    kasi, head = org.ctx["kasi"], org.ctx["head"]
    assert skp_svc.get_skp(kasi, old).id == old, "the SKP he evaluates, after the pegawai moved on"
    listed = {m.id: m for m in team_status(kasi, year=2026, period_key="2026")}
    assert listed[org.staff1].until == date(2026, 5, 14)
    assert listed[org.staff1].skp_status == "approved"
    assert listed[org.staff1].assessment_status is None
    assert listed[org.staff2].until is None, "his own staff are listed as before"
    _decide(org, "kasi", "2026", "di_atas", skp_id=old)
    moved = {m.id: m for m in team_status(kasi, year=2026, period_key="2026")}[org.staff1]
    assert (moved.assessment_status, moved.predikat) == ("final", "sangat_baik")
    now = {m.id: m for m in team_status(head, year=2026, period_key="2026")}[org.staff1]
    assert now.until is None
    assert now.assessment_status is None, "the new penilai's own evaluation is still to come"
    _decide(org, "head", "2026", "sesuai")
    with pytest.raises(PermissionDenied):  # the new penilai's rating is not the old one's to read
        asm.get_assessment(kasi, employee_id=org.staff1, period_key="2026", skp_id=new)
    with pytest.raises(PermissionDenied):
        asm.get_assessment(kasi, employee_id=org.staff1, period_key="2026")
    q1 = asm.get_assessment(kasi, employee_id=org.staff1, period_key="2026-Q1")
    assert q1 is None, "a quarter of the old SKP alone is his to open (not rated yet)"
    assert org.staff1 not in {m.id for m in team_status(kasi, year=2025, period_key="2025")}
    with pytest.raises(PermissionDenied):
        skp_svc.get_skp(org.ctx["staff2"], old)


def test_a_mid_quarter_mutasi_gives_the_quarter_two_evaluations(org, tmp_path) -> None:
    from asn_desktop.services import assessment as asm
    from tests.unit.forms.helpers import exported_text

    old, new = mutasi_year(org)
    _decide(org, "kasi", "2026-Q2", "sesuai", skp_id=old)  # 1 April – 14 May
    _decide(org, "head", "2026-Q2", "di_atas")  # 15 May – 30 June
    views = [
        asm.get_assessment(org.ctx["staff1"], employee_id=org.staff1, period_key="2026-Q2", skp_id=s)
        for s in (old, new)
    ]
    assert [(v.skp_id, v.predikat.value) for v in views] == [(old, "baik"), (new, "sangat_baik")]
    with pytest.raises(ValidationFailed, match="tidak mencakup periode ini"):
        asm.assess(
            org.ctx["kasi"],
            employee_id=org.staff1,
            period_key="2026-Q3",
            rating_hasil="sesuai",
            rating_perilaku="sesuai",
            skp_id=old,
        )
    nip = "199001012015031003"
    printed = _flat(
        exported_text(org, tmp_path, nip=nip, form="evaluasi", period="2026-Q2", skp_id=old)
    ).upper()
    assert "1 APRIL S.D. 14 MEI 2026" in printed
    assert "KASI PROGRAM" in printed
    assert "BAIK" in printed
    default = _flat(exported_text(org, tmp_path, nip=nip, form="evaluasi", period="2026-Q2")).upper()
    assert "15 MEI S.D. 30 JUNI 2026" in default


def test_the_years_predikat_is_the_last_skps(org) -> None:
    from asn_desktop.domain.rating import Predikat
    from asn_desktop.services.history import predikat_history
    from asn_desktop.services.unit import check_unit_distribution

    old, _ = mutasi_year(org)
    _decide(org, "kasi", "2026", "di_atas", skp_id=old)  # Sangat Baik, January – mid-May
    report = check_unit_distribution(org.admin, unit_id=org.seksi, year=2026)
    assert report.counts.get(Predikat.SANGAT_BAIK, 0) == 0, "the closed SKP's result does not count"
    _decide(org, "head", "2026", "sesuai")  # Baik, in force at the year's end
    report = check_unit_distribution(org.admin, unit_id=org.seksi, year=2026)
    assert (report.counts.get(Predikat.BAIK, 0), report.counts.get(Predikat.SANGAT_BAIK, 0)) == (1, 0)
    history = predikat_history(org.ctx["staff1"], employee_id=org.staff1, annual_only=True)
    assert [p.predikat for p in history] == [Predikat.BAIK]
    from asn_desktop.domain.period import Period
    from asn_desktop.services import export_data as data
    from asn_desktop.services.export_penetapan import penetapan_doc

    with org.ws.sessions() as s:
        snap = data.load_snapshot(
            s, org.ws.agency_id, Period.annual(2026), {org.kasi, org.staff1, org.staff2}
        )
    doc, _ = penetapan_doc(snap, org.seksi)
    assert {line.name: line.predikat for line in doc.employees}["Staf Satu"] == Predikat.BAIK.label


def test_angka_kredit_is_prorated_by_the_months_of_each_skp(org) -> None:
    from decimal import Decimal

    from asn_desktop.services import angka_kredit as ak
    from tests.unit.forms.helpers import with_positions

    ids = with_positions(org)
    ak.set_position_jenjang(org.admin, position_id=ids["staff"], jenjang="ahli_pertama")
    old, _ = mutasi_year(org)
    _decide(org, "kasi", "2026", "di_atas", skp_id=old)  # Sangat Baik 150 %, January – April
    _decide(org, "head", "2026", "sesuai")  # Baik 100 %, May (split: in force at its end) – December
    summary = ak.angka_kredit_for(org.ctx["staff1"], employee_id=org.staff1, year=2026)
    assert [(line.months, line.predikat.value, str(line.value)) for line in summary.lines] == [
        (4, "sangat_baik", "6.25"),  # 12,5 × 4/12 × 150 %
        (8, "baik", "8.33"),  # 12,5 × 8/12 × 100 %
    ]
    assert summary.total == Decimal("14.58")


def test_export_batch_writes_both_skps_forms_of_amutasi_year(org, tmp_path) -> None:
    from asn_desktop.services import export

    old, _ = mutasi_year(org)
    _decide(org, "kasi", "2026", "di_atas", skp_id=old)
    _decide(org, "head", "2026", "sesuai")
    result = export.export_batch(org.admin, year=2026, out=tmp_path / "arsip", forms=("skp", "evaluasi"))
    names = sorted(e.file for e in result.written if e.nip == "199001012015031003")
    assert names == [
        "199001012015031003_evaluasi_2026_v1.pdf",
        "199001012015031003_evaluasi_2026_v2.pdf",
        "199001012015031003_skp_2026_v1.pdf",
        "199001012015031003_skp_2026_v2.pdf",
    ]
    others = [e.file for e in result.written if e.nip == "198001012005012002"]
    assert all("_v" not in name for name in others), "one SKP: today's names"
