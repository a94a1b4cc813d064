"""The write rules of the Matriks Pembagian Peran dan Hasil: the leader's own entries among the
people he rates, and a subordinate's intervensi limited to what the matrix gives him."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from asn_desktop.domain import write_rules as wr
from asn_desktop.domain.matrix import NOT_ASSIGNED
from tests.unit.domain.test_write_rules import ADMIN, OTHER, OTHER_PENILAI, OWN, OWNER, PENILAI, SUP, F

ENTRY = {"skp_id": "s-sup", "rhk_id": "r-sup", "employee_id": OWN, "role": "anggota"}
LEADER_RHK = {"skp_id": "s-sup"}


@dataclass
class M(F):
    entries: list[dict[str, Any]] = field(default_factory=list)

    def rows_of(self, table: str, column: str, value: str) -> list[Mapping[str, Any]]:
        assert (table, column) == ("role_matrix_entry", "skp_id")
        return [e for e in self.entries if e["skp_id"] == value]


def _entry(actor: Any, **kw: Any) -> M:
    """An entry owned by the supervisor SUP (the leader) about OWN, whom SUP rates."""
    kw.setdefault("fields", dict(ENTRY))
    kw.setdefault("rows", {("rhk", "r-sup"): LEADER_RHK})
    return M(actor, owner=SUP, **kw)


def test_only_the_leader_shares_out_his_results_among_those_he_rates() -> None:
    assert wr.role_matrix_entry(_entry(PENILAI)) is None
    refused = "matriks pembagian peran dan hasil disusun oleh pimpinan sendiri bagi pegawai yang dinilainya"
    assert wr.role_matrix_entry(_entry(OTHER_PENILAI)) == refused  # not his matrix
    assert wr.role_matrix_entry(_entry(ADMIN)) == refused
    assert (
        wr.role_matrix_entry(_entry(PENILAI, fields={**ENTRY, "employee_id": OTHER.employee_id})) == refused
    )
    assert wr.role_matrix_entry(_entry(PENILAI, fields={**ENTRY, "employee_id": None})) == refused
    assert wr.role_matrix_entry(M(PENILAI, owner=None, fields=dict(ENTRY))) == refused


def test_an_entry_keeps_its_rhk_and_pegawai_and_names_a_known_role() -> None:
    assert wr.role_matrix_entry(_entry(PENILAI, before=dict(ENTRY), fields={"role": "ketua_tim"})) is None
    moved = _entry(PENILAI, before=dict(ENTRY), fields={"rhk_id": "r-other"})
    assert (
        wr.role_matrix_entry(moved) == "pada matriks hanya peran dan hasil yang diharapkan yang dapat diubah"
    )
    assert (
        wr.role_matrix_entry(_entry(PENILAI, fields={**ENTRY, "role": "bos"}))
        == "peran pada matriks tidak dikenal"
    )
    foreign = _entry(PENILAI, rows={("rhk", "r-sup"): {"skp_id": "s-oth"}})
    assert wr.role_matrix_entry(foreign) == "hasil kerja pada matriks harus RHK dari SKP pimpinan itu"
    assert (
        wr.role_matrix_entry(_entry(PENILAI, rows={}))
        == "hasil kerja pada matriks harus RHK dari SKP pimpinan itu"
    )


def test_the_leader_removes_his_own_entries() -> None:
    assert wr.role_matrix_entry(_entry(PENILAI, before=dict(ENTRY), deleted=True)) is None
    assert wr.role_matrix_entry(_entry(OTHER_PENILAI, before=dict(ENTRY), deleted=True)) is not None


DRAFT = {("skp", "s-own"): {"status": "draft"}, ("rhk", "r-sup"): LEADER_RHK, ("rhk", "r-sup2"): LEADER_RHK}


def _rhk(parent: str | None, entries: list[dict[str, Any]], **kw: Any) -> M:
    return M(
        OWNER, fields={"skp_id": "s-own", "parent_rhk_id": parent}, rows=dict(DRAFT), entries=entries, **kw
    )


def test_a_subordinates_intervensi_follows_the_matrix() -> None:
    assert wr.rhk(_rhk("r-sup", [])) is None  # no matrix: any RHK of the leader
    assert wr.rhk(_rhk("r-sup", [ENTRY])) is None
    assert wr.rhk(_rhk("r-sup2", [ENTRY])) == NOT_ASSIGNED
    assert wr.rhk(_rhk(None, [ENTRY])) is None  # no link at all
    assert wr.rhk(_rhk("r-gone", [ENTRY])) == "RHK pimpinan yang diintervensi tidak ditemukan"
    same = _rhk("r-sup2", [ENTRY], before={"skp_id": "s-own", "parent_rhk_id": "r-sup2"})
    assert wr.rhk(same) is None  # an unchanged link is not judged again
    gone = _rhk("r-sup2", [ENTRY], before={"skp_id": "s-own", "parent_rhk_id": "r-sup2"}, deleted=True)
    assert wr.rhk(gone) is None
    assert wr.rhk(M(OTHER, fields={"skp_id": "s-own"}, rows=dict(DRAFT))) == wr._OWNER


def test_a_mutasi_lets_the_admin_close_an_skp_and_nothing_more() -> None:
    approved = {"status": "approved", "employee_id": OWN, "year": 2026}
    assert wr.skp(F(ADMIN, before=approved, fields={"end_on": "2026-06-30"})) is None
    assert wr.skp(F(ADMIN, before=approved, fields={"end_on": "2026-06-30", "status": "draft"})) is not None
    assert wr.skp(F(ADMIN, fields={"end_on": "2026-06-30"})) is not None
