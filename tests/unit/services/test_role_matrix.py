"""Issue 13, item 8: the Matriks Pembagian Peran dan Hasil. The kasi shares his RHK out among the
staff he rates; each staff member's intervensi is picked from it; it prints with its closing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.domain.matrix import NOT_ASSIGNED, MatrixRole
from asn_desktop.errors import ValidationFailed
from asn_desktop.services import role_matrix as rm
from asn_desktop.services import skp as skp_svc
from tests.conftest import as_user
from tests.unit.pdf.tools import run_tool
from tests.unit.services.helpers import head_skp


@pytest.fixture
def kasi_plan(org):  # type: ignore[no-untyped-def]
    """The kasi's approved SKP with two RHK, both intervening the head's."""
    parent = head_skp(org)
    ctx = org.ctx["kasi"]
    skp_id = skp_svc.create_skp(ctx, year=2026)
    rhks = []
    for text in ("Tersusunnya rencana program", "Terlaksananya monitoring program"):
        rhk = skp_svc.add_rhk(ctx, skp_id=skp_id, kind="utama", text=text, parent_rhk_id=parent)
        skp_svc.add_indicator(ctx, rhk_id=rhk, aspect="kuantitas", text="Jumlah dokumen", target="2 dokumen")
        rhks.append(rhk)
    skp_svc.submit_skp(ctx, skp_id=skp_id)
    skp_svc.approve_skp(org.ctx["head"], skp_id=skp_id)
    org.kasi_skp, org.plan_rhk, org.monitor_rhk = skp_id, rhks[0], rhks[1]
    return org


def _share(org) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    kasi = org.ctx["kasi"]
    first = rm.set_matrix_entry(
        kasi, rhk_id=org.plan_rhk, employee_id=org.staff1, role="penanggung_jawab", hasil="Draf rencana"
    )
    second = rm.set_matrix_entry(
        kasi, rhk_id=org.monitor_rhk, employee_id=org.staff2, role=MatrixRole.ANGGOTA
    )
    return first, second


def test_the_intervensi_is_picked_from_the_matrix(kasi_plan) -> None:
    org = kasi_plan
    staff = org.ctx["staff1"]
    own = skp_svc.create_skp(staff, year=2026)
    both = [r for r, _ in skp_svc.supervisor_rhk_options(staff, skp_id=own)]
    assert both == [org.plan_rhk, org.monitor_rhk]  # no matrix yet: every RHK of the kasi
    _share(org)
    assert skp_svc.supervisor_rhk_options(staff, skp_id=own) == [
        (org.plan_rhk, "Tersusunnya rencana program")
    ]
    with pytest.raises(ValidationFailed, match="tidak dibagikan kepada pegawai tersebut"):
        skp_svc.add_rhk(staff, skp_id=own, kind="utama", text="Memantau", parent_rhk_id=org.monitor_rhk)
    rhk = skp_svc.add_rhk(
        staff, skp_id=own, kind="utama", text="Menyusun rencana", parent_rhk_id=org.plan_rhk
    )
    with pytest.raises(ValidationFailed, match="tidak dibagikan"):
        skp_svc.update_rhk(staff, rhk_id=rhk, text="Menyusun rencana", parent_rhk_id=org.monitor_rhk)


def test_the_local_write_rule_refuses_what_the_service_would(kasi_plan) -> None:
    """A session that skips the service is stopped at the flush, as another laptop would stop it."""
    org = kasi_plan
    _share(org)
    staff = org.ctx["staff1"]
    own = skp_svc.create_skp(staff, year=2026)
    rhk = skp_svc.add_rhk(
        staff, skp_id=own, kind="utama", text="Menyusun rencana", parent_rhk_id=org.plan_rhk
    )
    from asn_desktop.store.models import Rhk

    with pytest.raises(Exception, match=re.escape(NOT_ASSIGNED)), as_user(staff) as s:
        s.get(Rhk, rhk).parent_rhk_id = org.monitor_rhk


def test_only_the_leader_shares_his_rhk_among_those_he_rates(kasi_plan) -> None:
    org = kasi_plan
    with pytest.raises(PermissionDenied):
        rm.set_matrix_entry(org.ctx["staff1"], rhk_id=org.plan_rhk, employee_id=org.staff2, role="anggota")
    with pytest.raises(PermissionDenied):  # the head rates the kasi, but the RHK is the kasi's
        rm.set_matrix_entry(org.ctx["head"], rhk_id=org.plan_rhk, employee_id=org.kasi, role="anggota")
    with pytest.raises(PermissionDenied):  # the head is not someone the kasi rates
        rm.set_matrix_entry(org.ctx["kasi"], rhk_id=org.plan_rhk, employee_id=org.head, role="anggota")
    with pytest.raises(ValidationFailed, match="Peran tidak dikenal"):
        rm.set_matrix_entry(org.ctx["kasi"], rhk_id=org.plan_rhk, employee_id=org.staff1, role="bos")
    first, _ = _share(org)
    with pytest.raises(PermissionDenied):
        rm.remove_matrix_entry(org.ctx["head"], entry_id=first)
    with pytest.raises(PermissionDenied):
        rm.get_matrix(org.ctx["staff1"], employee_id=org.head, year=2026)


def test_the_matrix_reads_changes_and_follows_a_revision(kasi_plan) -> None:
    org = kasi_plan
    kasi = org.ctx["kasi"]
    first, second = _share(org)
    again = rm.set_matrix_entry(
        kasi, rhk_id=org.plan_rhk, employee_id=org.staff1, role="ketua_tim", hasil=" "
    )
    assert again == first
    seen = rm.get_matrix(org.ctx["staff2"], employee_id=org.kasi, year=2026)  # a subordinate sees it
    assert [(r.text, [(c.name, c.role, c.hasil) for c in r.cells]) for r in seen.results] == [
        ("Tersusunnya rencana program", [("Staf Satu", MatrixRole.KETUA_TIM, None)]),
        ("Terlaksananya monitoring program", [("Staf PPPK", MatrixRole.ANGGOTA, None)]),
    ]
    assert [n for _, n in seen.members] == ["Staf PPPK", "Staf Satu"]
    assert rm.get_matrix(org.ctx["head"], employee_id=org.kasi, year=2026) == seen

    new_skp = skp_svc.revise_skp(kasi, skp_id=org.kasi_skp)
    revised = rm.get_matrix(kasi, employee_id=org.kasi, year=2026)
    assert revised.skp_id == new_skp
    assert {r.rhk_id for r in revised.results}.isdisjoint({org.plan_rhk, org.monitor_rhk})
    assert [[c.name for c in r.cells] for r in revised.results] == [["Staf Satu"], ["Staf PPPK"]]
    with pytest.raises(ValidationFailed, match="sudah diganti versi baru"):
        rm.set_matrix_entry(kasi, rhk_id=org.plan_rhk, employee_id=org.staff2, role="anggota")

    rm.remove_matrix_entry(kasi, entry_id=second)
    left = rm.get_matrix(kasi, employee_id=org.kasi, year=2026)
    assert [[c.name for c in r.cells] for r in left.results] == [
        ["Staf Satu"],
        ["Staf PPPK"],
    ]  # the copy stays
    with pytest.raises(ValidationFailed, match="belum memiliki SKP tahun 2027"):
        rm.get_matrix(kasi, employee_id=org.kasi, year=2027)


def test_a_subordinates_revision_drops_a_link_the_matrix_no_longer_gives(kasi_plan) -> None:
    org = kasi_plan
    staff = org.ctx["staff1"]
    own = skp_svc.create_skp(staff, year=2026)
    skp_svc.add_rhk(staff, skp_id=own, kind="utama", text="Memantau", parent_rhk_id=org.monitor_rhk)
    rhk = skp_svc.get_skp(staff, own).rhk[0]
    skp_svc.add_indicator(staff, rhk_id=rhk.id, aspect="kuantitas", text="Laporan", target="4 laporan")
    skp_svc.submit_skp(staff, skp_id=own)
    skp_svc.approve_skp(org.ctx["kasi"], skp_id=own)
    _share(org)  # the matrix now gives him the plan, not the monitoring
    revised = skp_svc.get_skp(staff, skp_svc.revise_skp(staff, skp_id=own))
    assert [r.parent_rhk_id for r in revised.rhk] == [None]


def test_the_matrix_prints_with_its_closing(kasi_plan, tmp_path: Path) -> None:
    org = kasi_plan
    out = tmp_path / "matriks.pdf"
    with pytest.raises(ValidationFailed, match="belum berisi"):
        rm.print_matrix(org.ctx["kasi"], employee_id=org.kasi, year=2026, out=out)
    rm.set_matrix_entry(
        org.ctx["kasi"],
        rhk_id=org.plan_rhk,
        employee_id=org.staff1,
        role="penanggung_jawab",
        hasil="Draf rencana",
    )
    rm.set_matrix_entry(org.ctx["kasi"], rhk_id=org.plan_rhk, employee_id=org.staff2, role="anggota")
    rm.print_matrix(org.ctx["kasi"], employee_id=org.kasi, year=2026, out=out, place="Kota Uji")
    text = re.sub(r"\s+", " ", run_tool("pdftotext", out, "-").stdout.replace("\u00a0", " "))
    for expected in (
        "MATRIKS PEMBAGIAN PERAN DAN HASIL",
        "TAHUN 2026",
        "HASIL KERJA (RHK)",
        "HASIL KERJA YANG",
        "Tersusunnya rencana program",
        "Penanggung Jawab",
        "Anggota",
        "Draf rencana",
        "NI PPPK 19900913 202524 2 014",
        "NIP 19900101 201503 1 003",
        "Belum dibagikan",  # the monitoring RHK has nobody yet
        "Kota Uji,",
        "Pimpinan",
        "Kasi Program",
        "NIP 19800101 200501 2 002",
    ):
        assert expected in text, expected
    assert text.index("Penanggung Jawab") < text.index("Anggota")  # the order of the roles


def test_a_link_the_matrix_no_longer_gives_stops_the_submission(kasi_plan) -> None:
    org = kasi_plan
    staff = org.ctx["staff1"]
    own = skp_svc.create_skp(staff, year=2026)
    rhk = skp_svc.add_rhk(staff, skp_id=own, kind="utama", text="Memantau", parent_rhk_id=org.monitor_rhk)
    skp_svc.add_indicator(staff, rhk_id=rhk, aspect="kuantitas", text="Laporan", target="4 laporan")
    _share(org)  # made after the link: the monitoring now goes to Staf PPPK
    with pytest.raises(ValidationFailed, match="tidak dibagikan kepadanya"):
        skp_svc.submit_skp(staff, skp_id=own)
    skp_svc.update_rhk(staff, rhk_id=rhk, text="Menyusun rencana", parent_rhk_id=org.plan_rhk)
    skp_svc.submit_skp(staff, skp_id=own)


def _pdf_text(path: Path) -> str:
    return re.sub(r"\s+", " ", run_tool("pdftotext", path, "-").stdout.replace("\u00a0", " "))


def test_the_batch_archives_one_matrix_per_leader_with_entries(kasi_plan, tmp_path: Path) -> None:
    """``export-batch --form matriks``, and the archive by default: the kasi's matrix, in the zip
    and its manifest; the head shares nothing out, so he gets none; a quarter has no matrix."""
    import zipfile

    from asn_desktop.pdf.archive import read_manifest
    from asn_desktop.services import export

    org = kasi_plan
    kasi_nip = "198001012005012002"
    name = f"{kasi_nip}_matriks_2026.pdf"
    empty = export.export_batch(
        org.admin, year=2026, out=tmp_path / "kosong.zip", forms=("matriks",), workers=1
    )
    assert empty.written == ()  # nobody has shared anything out yet
    _share(org)
    only = export.export_batch(
        org.admin, year=2026, out=tmp_path / "matriks.zip", forms=("matriks",), workers=1
    )
    assert [(e.file, e.form, e.nip, e.period) for e in only.written] == [(name, "matriks", kasi_nip, "2026")]
    with zipfile.ZipFile(tmp_path / "matriks.zip") as zf:
        assert sorted(zf.namelist()) == [name, "manifest.json"]
        assert read_manifest(zf.read("manifest.json")) == list(only.written)
        (tmp_path / name).write_bytes(zf.read(name))
    text = _pdf_text(tmp_path / name)
    for expected in (
        "MATRIKS PEMBAGIAN PERAN DAN HASIL",
        "TAHUN 2026",
        "Tersusunnya rencana program",
        "Penanggung Jawab",
        "Draf rencana",
        "NIP 19900101 201503 1 003",
        "NI PPPK 19900913 202524 2 014",
        "Kasi Program",
        f"hash {only.written[0].content_hash[:16]}",  # the form prints the manifest's hash
    ):
        assert expected in text, expected

    everything = export.export_batch(org.admin, year=2026, out=tmp_path / "arsip", workers=1)
    assert [e.file for e in everything.written if e.form == "matriks"] == [name]
    assert name in {e.file for e in read_manifest((tmp_path / "arsip" / "manifest.json").read_bytes())}
    assert (tmp_path / "arsip" / name).read_bytes() == (tmp_path / name).read_bytes(), "deterministic"

    quarter = export.export_batch(org.admin, year=2026, period_key="2026-Q1", out=tmp_path / "q1", workers=1)
    assert not [e for e in quarter.written if e.form == "matriks"]
    with pytest.raises(ValidationFailed, match="Matriks pembagian peran dan hasil disusun untuk satu tahun"):
        export.export_batch(
            org.admin, year=2026, period_key="2026-Q1", out=tmp_path / "q1", forms=("matriks",), workers=1
        )


def test_a_signed_batch_has_the_leader_sign_his_matrix(kasi_plan, tmp_path: Path) -> None:
    from asn_desktop.pdf.verify import verify_pdf
    from asn_desktop.services import export, signing
    from tests.conftest import PASSPHRASE

    org = kasi_plan
    _share(org)
    signing.init_ca(org.admin, workspace_passphrase=PASSPHRASE)
    signing.issue_certificate(org.admin, employee_id=org.kasi, passphrase="kunci-ttd-1")
    folder = tmp_path / "arsip"
    first = export.export_batch(
        org.admin,
        year=2026,
        out=folder,
        forms=("matriks",),
        sign=True,
        default_passphrase="kunci-ttd-1",
        workers=1,
    )
    (entry,) = first.written
    assert entry.signers == ("Kasi Program (19800101 200501 2 002)",)
    signed = (folder / entry.file).read_bytes()
    assert [r.intact for r in verify_pdf(signed)] == [True]
    export.export_batch(org.admin, year=2026, out=tmp_path / "lagi", forms=("matriks",), workers=1)
    assert (tmp_path / "lagi" / entry.file).read_bytes() == signed, "the signed copy on record, not a new one"
