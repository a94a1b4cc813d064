"""Issue 13, item 8, mutasi: a mid-year change of supervisor closes one SKP period and opens
another; the year then holds two SKPs, each for its own months."""

from __future__ import annotations

from datetime import date

import pytest

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.errors import ValidationFailed
from asn_desktop.services import mutasi
from asn_desktop.services import skp as skp_svc
from tests.unit.services.helpers import approved_skp, head_skp


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
    mutasi.record_mutasi(org.admin, employee_id=org.staff1, day=date(2026, 7, 1), supervisor_id=org.head)
    staff = org.ctx["staff1"]
    new = skp_svc.create_skp(staff, year=2026)
    rhk = skp_svc.add_rhk(
        staff, skp_id=new, kind="utama", text="Mendukung kepala dinas", parent_rhk_id=head_rhk
    )
    skp_svc.add_indicator(staff, rhk_id=rhk, aspect="kuantitas", text="Laporan", target="6 laporan")
    skp_svc.submit_skp(staff, skp_id=new)
    skp_svc.approve_skp(org.ctx["head"], skp_id=new)
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
