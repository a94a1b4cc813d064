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
