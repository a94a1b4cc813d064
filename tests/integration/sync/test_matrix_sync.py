"""The Matriks Pembagian Peran dan Hasil between laptops: the leader's entries travel and a
changed role with them; a forged entry, or a subordinate's link to a leader RHK the matrix does
not give him, is refused on every laptop alike."""

from __future__ import annotations

import pytest

from asn_desktop.domain.ids import new_id
from asn_desktop.domain.matrix import NOT_ASSIGNED
from asn_desktop.services import role_matrix as rm
from asn_desktop.services import skp as skp_svc
from tests.integration.sync.helpers import craft, dump, fields_of, quarantine


@pytest.mark.parametrize("share", ["folder"], indirect=True)
def test_the_matrix_travels_and_forged_links_are_refused(agency) -> None:
    a, b = agency.laptops
    head = agency.ctx(0, "kepala")
    lead_skp = skp_svc.create_skp(head, year=2026)
    plan = skp_svc.add_rhk(head, skp_id=lead_skp, kind="utama", text="Tersusunnya rencana")
    other = skp_svc.add_rhk(head, skp_id=lead_skp, kind="utama", text="Terpantaunya program")
    entry = rm.set_matrix_entry(head, rhk_id=plan, employee_id=agency.staff, role="anggota")
    rm.set_matrix_entry(head, rhk_id=plan, employee_id=agency.staff, role="ketua_tim", hasil="Draf")
    staff = agency.ctx(0, "staf")
    own = skp_svc.create_skp(staff, year=2026)
    linked = skp_svc.add_rhk(staff, skp_id=own, kind="utama", text="Menyusun rencana", parent_rhk_id=plan)
    agency.sync_all()
    assert fields_of(b, "role_matrix_entry", entry)["role"] == "ketua_tim"
    assert fields_of(b, "rhk", linked)["parent_rhk_id"] == plan

    forger = agency.ctx(1, "staf")
    craft(
        b,
        forger.signer,
        "rhk",
        new_id(),
        {"skp_id": own, "kind": "utama", "text": "x", "parent_rhk_id": other},
    )
    craft(
        b,
        forger.signer,
        "role_matrix_entry",
        new_id(),
        {"skp_id": lead_skp, "rhk_id": other, "employee_id": agency.staff, "role": "penanggung_jawab"},
    )
    agency.sync_all()
    reasons = sorted(r[-1] for r in quarantine(a))
    assert reasons == sorted(
        [
            NOT_ASSIGNED,
            "matriks pembagian peran dan hasil disusun oleh pimpinan sendiri bagi pegawai yang dinilainya",
        ]
    )
    assert dump(a) == dump(b)


@pytest.mark.parametrize("share", ["folder"], indirect=True)
def test_a_mutasi_closes_an_approved_skp_on_every_laptop(agency) -> None:
    """The admin's end_on reaches a locked (approved) SKP elsewhere without a conflict; a pegawai
    who tries to close or reopen it himself is refused."""
    from datetime import date

    from asn_desktop.services import employees as emp
    from asn_desktop.services import mutasi

    a, b = agency.laptops
    head = agency.ctx(0, "kepala")
    lead_skp = skp_svc.create_skp(head, year=2026)
    parent = skp_svc.add_rhk(head, skp_id=lead_skp, kind="utama", text="Tersusunnya rencana")
    staff = agency.ctx(0, "staf")
    own = skp_svc.create_skp(staff, year=2026)
    rhk = skp_svc.add_rhk(staff, skp_id=own, kind="utama", text="Menyusun", parent_rhk_id=parent)
    skp_svc.add_indicator(staff, rhk_id=rhk, aspect="kuantitas", text="Dokumen", target="2 dokumen")
    skp_svc.submit_skp(staff, skp_id=own)
    skp_svc.approve_skp(head, skp_id=own)
    other = emp.create_employee(
        agency.admins[0],
        emp.EmployeeInput(
            nip="198001012005012002",
            name="Kepala Baru",
            unit_id=fields_of(a, "employee", agency.head)["unit_id"],
        ),
    )
    agency.sync_all()
    mutasi.record_mutasi(
        agency.admins[1], employee_id=agency.staff, day=date(2026, 7, 1), supervisor_id=other
    )
    craft(b, agency.ctx(1, "staf").signer, "skp", own, {"end_on": "2026-12-30"})
    agency.sync_all()
    assert fields_of(a, "skp", own)["end_on"] == "2026-06-30"
    assert fields_of(a, "employee", agency.staff)["supervisor_id"] == other
    assert [r[1] for r in quarantine(a)] == ["skp"]
    with a.sessions() as s:
        from asn_desktop.store.models import SyncConflict

        assert s.query(SyncConflict).count() == 0
