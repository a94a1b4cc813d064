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
