"""Planning an SKP: cascading, submission checks, review, revision, and who may do what."""

from __future__ import annotations

import pytest

from asn_desktop.domain.errors import DocumentLocked, InvalidTransition, PermissionDenied
from asn_desktop.domain.skp_state import SkpStatus
from asn_desktop.domain.target import InvalidTarget
from asn_desktop.errors import ValidationFailed
from asn_desktop.services import skp as skp_svc
from tests.unit.services.helpers import approved_skp, head_skp


def test_cascaded_plan_from_draft_to_approved(org) -> None:
    parent = head_skp(org)
    kasi_skp, kasi_rhk, _ = approved_skp(org, "kasi", parent_rhk=parent)
    view = skp_svc.get_skp(org.ctx["kasi"], kasi_skp)
    assert view.status is SkpStatus.APPROVED
    assert view.rhk[0].parent_text == "Meningkatnya kinerja dinas"
    assert view.content_hash
    assert len(view.content_hash) == 64
    staff_skp = skp_svc.create_skp(org.ctx["staff1"], year=2026)
    assert skp_svc.supervisor_rhk_options(org.ctx["staff1"], skp_id=staff_skp) == [
        (kasi_rhk, "Tersusunnya laporan kasi")
    ]


def test_submit_refuses_utama_rhk_without_supervisor_rhk(org) -> None:
    ctx = org.ctx["staff1"]
    skp_id = skp_svc.create_skp(ctx, year=2026)
    rhk = skp_svc.add_rhk(ctx, skp_id=skp_id, kind="utama", text="Terlaksananya verifikasi")
    skp_svc.add_indicator(ctx, rhk_id=rhk, aspect="waktu", text="Tepat waktu", target="12 bulan")
    with pytest.raises(ValidationFailed, match="belum dikaitkan dengan RHK pimpinan"):
        skp_svc.submit_skp(ctx, skp_id=skp_id)
    assert skp_svc.get_skp(ctx, skp_id).status is SkpStatus.DRAFT


def test_submit_refuses_empty_plan(org) -> None:
    ctx = org.ctx["head"]
    skp_id = skp_svc.create_skp(ctx, year=2026)
    with pytest.raises(ValidationFailed, match="paling sedikit satu RHK utama"):
        skp_svc.submit_skp(ctx, skp_id=skp_id)


def test_parent_rhk_must_be_the_supervisors(org) -> None:
    parent = head_skp(org)
    ctx = org.ctx["staff1"]
    skp_id = skp_svc.create_skp(ctx, year=2026)
    with pytest.raises(ValidationFailed, match="SKP pejabat penilai"):
        skp_svc.add_rhk(ctx, skp_id=skp_id, kind="utama", text="X", parent_rhk_id=parent)


def test_quantitative_target_must_be_a_number(org) -> None:
    ctx = org.ctx["head"]
    skp_id = skp_svc.create_skp(ctx, year=2026, approach="kuantitatif")
    rhk = skp_svc.add_rhk(ctx, skp_id=skp_id, kind="utama", text="Meningkatnya layanan")
    with pytest.raises(InvalidTarget, match="harus berupa angka"):
        skp_svc.add_indicator(ctx, rhk_id=rhk, aspect="kuantitas", text="Layanan", target="banyak sekali")
    assert skp_svc.get_skp(ctx, skp_id).rhk[0].indicators == ()
    ind = skp_svc.add_indicator(ctx, rhk_id=rhk, aspect="kuantitas", text="Layanan", target="1.200 layanan")
    assert skp_svc.get_skp(ctx, skp_id).rhk[0].indicators[0].target_value == 1200
    assert ind


def test_approved_skp_is_locked_and_revision_is_the_way(org) -> None:
    parent = head_skp(org)
    skp_id, rhk, _ = approved_skp(org, "kasi", parent_rhk=parent)
    ctx = org.ctx["kasi"]
    with pytest.raises(DocumentLocked, match="buat revisi"):
        skp_svc.update_rhk(ctx, rhk_id=rhk, text="Diubah diam-diam", parent_rhk_id=parent)
    with pytest.raises(DocumentLocked):
        skp_svc.add_indicator(ctx, rhk_id=rhk, aspect="waktu", text="Baru", target="1 bulan")
    new_id = skp_svc.revise_skp(ctx, skp_id=skp_id)
    old, new = skp_svc.get_skp(ctx, skp_id), skp_svc.get_skp(ctx, new_id)
    assert (old.status, new.status, new.version) == (SkpStatus.SUPERSEDED, SkpStatus.DRAFT, 2)
    assert old.rhk[0].text == "Tersusunnya laporan kasi"
    assert [r.text for r in new.rhk] == [r.text for r in old.rhk]
    skp_svc.update_rhk(ctx, rhk_id=new.rhk[0].id, text="Tersusunnya laporan revisi", parent_rhk_id=parent)
    assert skp_svc.get_skp(ctx, skp_id).rhk[0].text == "Tersusunnya laporan kasi"
    assert skp_svc.current_skp_id(ctx, employee_id=org.kasi, year=2026) == new_id


def test_review_permissions(org) -> None:
    parent = head_skp(org)
    ctx = org.ctx["kasi"]
    skp_id = skp_svc.create_skp(ctx, year=2026)
    rhk = skp_svc.add_rhk(ctx, skp_id=skp_id, kind="utama", text="R", parent_rhk_id=parent)
    skp_svc.add_indicator(ctx, rhk_id=rhk, aspect="kuantitas", text="I", target="3 laporan")
    skp_svc.submit_skp(ctx, skp_id=skp_id)
    for who in ("kasi", "staff1", "admin"):
        with pytest.raises(PermissionDenied, match="tidak berwenang"):
            skp_svc.approve_skp(org.ctx[who], skp_id=skp_id)
    with pytest.raises(PermissionDenied):
        skp_svc.add_rhk(org.ctx["staff1"], skp_id=skp_id, kind="tambahan", text="Sisipan")
    with pytest.raises(ValidationFailed, match="alasan"):
        skp_svc.return_skp(org.ctx["head"], skp_id=skp_id, note=" ")
    skp_svc.return_skp(org.ctx["head"], skp_id=skp_id, note="Perjelas indikator")
    view = skp_svc.get_skp(ctx, skp_id)
    assert (view.status, view.review_note) == (SkpStatus.DRAFT, "Perjelas indikator")
    with pytest.raises(InvalidTransition):
        skp_svc.approve_skp(org.ctx["head"], skp_id=skp_id)


def test_peer_cannot_view_or_create_for_others(org) -> None:
    skp_id = skp_svc.create_skp(org.ctx["staff1"], year=2026)
    with pytest.raises(PermissionDenied):
        skp_svc.get_skp(org.ctx["staff2"], skp_id)
    with pytest.raises(PermissionDenied):
        skp_svc.create_skp(org.ctx["staff2"], year=2026, employee_id=org.staff1)
    assert skp_svc.get_skp(org.ctx["kasi"], skp_id).employee_id == org.staff1


def test_one_active_skp_per_year_and_expectations(org) -> None:
    ctx = org.ctx["staff1"]
    skp_id = skp_svc.create_skp(ctx, year=2026)
    with pytest.raises(ValidationFailed, match="sudah ada"):
        skp_svc.create_skp(ctx, year=2026)
    skp_svc.set_expectation(
        org.ctx["kasi"],
        skp_id=skp_id,
        core_value_key="akuntabel",
        expectation="Laporan keuangan tanpa koreksi",
    )
    with pytest.raises(PermissionDenied):
        skp_svc.set_expectation(ctx, skp_id=skp_id, core_value_key="akuntabel", expectation="Saya sendiri")
    skp_svc.set_lampiran(ctx, skp_id=skp_id, sumber_daya="Laptop", skema="Laporan bulanan", konsekuensi=None)
    view = skp_svc.get_skp(ctx, skp_id)
    assert view.expectations == {"akuntabel": "Laporan keuangan tanpa koreksi"}
    assert view.lampiran["sumber_daya"] == "Laptop"
