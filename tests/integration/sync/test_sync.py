"""Sync end to end, the same tests over a folder and over a real Samba server (``share`` fixture)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from asn_desktop.domain.ids import new_id
from asn_desktop.errors import ValidationFailed
from asn_desktop.services import employees as emp
from asn_desktop.services import sync as sy
from asn_desktop.store.models import (
    Assessment,
    ChangeLog,
    Employee,
    Evidence,
    Indicator,
    Meta,
    Realisation,
    Rhk,
    Skp,
    Unit,
)
from asn_desktop.sync.transports import ShareFull, ShareUnavailable
from tests.conftest import as_user
from tests.integration.sync.helpers import conflicts, dump, fields_of, log_origins, quarantine, security_kinds

ROOT = "asn-sync/v1"


def _employee_id(ws) -> str:
    with ws.sessions() as s:
        return s.scalars(select(Employee.id).order_by(Employee.nip)).first()


def _edit(ctx, model, row_id, **values) -> None:
    with as_user(ctx) as s:
        row = s.get(model, row_id)
        for k, v in values.items():
            setattr(row, k, v)


def _add(ctx, obj) -> str:
    with as_user(ctx) as s:
        s.add(obj)
    return obj.id


def test_changes_travel_both_ways_and_converge(agency) -> None:
    a, b = agency.laptops
    unit = _add(agency.admins[1], Unit(agency_id=agency.laptops[0].agency_id, name="Bidang Baru"))
    emp.create_employee(
        agency.admins[0],
        emp.EmployeeInput(
            nip="199001012015031004",
            name="Staf A",
            unit_id=fields_of(a, "employee", _employee_id(a))["unit_id"],
        ),
    )
    agency.sync_all()
    assert dump(a) == dump(b)
    assert fields_of(a, "unit", unit)["name"] == "Bidang Baru"
    # Applied entries keep their origin: B never pushes A's changes as its own.
    assert set(log_origins(b)) == {a.device_id, b.device_id}
    reports = agency.sync(0, 1)
    assert [r.pushed for r in reports] == [0, 0]
    assert [r.pulled for r in reports] == [0, 0]
    assert quarantine(a) == quarantine(b) == []


def test_same_field_last_writer_wins_and_different_fields_both_kept(agency) -> None:
    a, b = agency.laptops
    eid = _employee_id(a)
    _edit(agency.admins[0], Employee, eid, name="Nama dari A", email="a@dinas.go.id")
    _edit(agency.admins[1], Employee, eid, name="Nama dari B", golongan="IV/a")  # later HLC: B's name wins
    agency.sync_all()
    row = fields_of(a, "employee", eid)
    assert (row["name"], row["email"], row["golongan"]) == ("Nama dari B", "a@dinas.go.id", "IV/a")
    assert dump(a) == dump(b)


def test_delete_wins_over_concurrent_edit(agency) -> None:
    a, b = agency.laptops
    unit = _add(agency.admins[0], Unit(agency_id=a.agency_id, name="Sementara"))
    agency.sync_all()
    with as_user(agency.admins[0]) as s:
        s.delete(s.get(Unit, unit))
    _edit(agency.admins[1], Unit, unit, name="Diubah B")
    agency.sync_all()
    assert fields_of(a, "unit", unit) == fields_of(b, "unit", unit) == {}
    assert dump(a) == dump(b)


def _final_assessment(agency) -> str:
    from asn_desktop.services import assessment as asm

    staff, head = agency.ctx(0, "staf"), agency.ctx(0, "kepala")
    asm.self_assess(staff, period_key="2026", rating_hasil="sesuai", note="catatan awal")
    asm.assess(
        head, employee_id=agency.staff, period_key="2026", rating_hasil="sesuai", rating_perilaku="sesuai"
    )
    view = asm.get_assessment(head, employee_id=agency.staff, period_key="2026")
    asm.finalize_assessment(head, assessment_id=view.id)
    return view.id


def test_signed_assessment_is_never_overwritten_and_conflict_is_acknowledged(agency) -> None:
    a, b = agency.laptops
    aid = _final_assessment(agency)
    agency.sync_all()
    # The penilai signs on laptop A; on laptop B, not yet aware, they reopen and change it.
    _edit(agency.ctx(0, "kepala"), Assessment, aid, status="signed", signed_hash="ab" * 32)
    _edit(agency.ctx(1, "kepala"), Assessment, aid, status="draft")
    _edit(agency.ctx(1, "kepala"), Assessment, aid, notes="diubah diam-diam")
    agency.sync_all()
    for ws in (a, b):
        row = fields_of(ws, "assessment", aid)
        assert (row["status"], row["notes"]) == ("signed", None)
    assert dump(a) == dump(b)
    assert conflicts(a) == conflicts(b)
    assert len(conflicts(a)) == 2
    views = sy.list_conflicts(agency.admins[0])
    notes = next(v for v in views if v.field == "notes")
    assert (notes.local_value, notes.remote_value) == (None, "diubah diam-diam")
    assert "ditandatangani" in notes.description
    with pytest.raises(ValidationFailed, match="tidak dapat diubah"):
        sy.resolve_conflict(agency.admins[0], conflict_id=notes.id, resolution=sy.Resolution.TAKE_REMOTE)
    for view in views:
        sy.resolve_conflict(agency.admins[0], conflict_id=view.id, resolution=sy.Resolution.KEEP_LOCAL)
    assert sy.list_conflicts(agency.admins[0]) == []
    agency.sync_all()
    assert fields_of(b, "assessment", aid)["notes"] is None
    assert dump(a) == dump(b)


def test_approved_skp_content_survives_concurrent_return_and_edit(agency) -> None:
    from asn_desktop.services import skp as skp_svc

    a, b = agency.laptops
    staff, head = agency.ctx(0, "staf"), agency.ctx(0, "kepala")
    head_skp = skp_svc.create_skp(head, year=2026)
    parent = skp_svc.add_rhk(head, skp_id=head_skp, kind="utama", text="Kinerja dinas")
    skp = skp_svc.create_skp(staff, year=2026)
    skp_svc.set_lampiran(staff, skp_id=skp, sumber_daya=None, skema="skema awal", konsekuensi=None)
    rhk = skp_svc.add_rhk(staff, skp_id=skp, kind="utama", text="Laporan", parent_rhk_id=parent)
    skp_svc.add_indicator(staff, rhk_id=rhk, aspect="kuantitas", text="Jumlah", target="12 dokumen")
    skp_svc.submit_skp(staff, skp_id=skp)
    agency.sync_all()
    skp_svc.approve_skp(agency.ctx(0, "kepala"), skp_id=skp)
    # Meanwhile on laptop B the same penilai returns it and the pegawai changes it.
    skp_svc.return_skp(agency.ctx(1, "kepala"), skp_id=skp, note="perbaiki")
    skp_svc.set_lampiran(
        agency.ctx(1, "staf"), skp_id=skp, sumber_daya=None, skema="diubah", konsekuensi=None
    )
    agency.sync_all()
    for ws in (a, b):
        row = fields_of(ws, "skp", skp)
        assert (row["status"], row["lampiran_skema"]) == ("approved", "skema awal")
    assert conflicts(a) == conflicts(b)
    assert {c for c in conflicts(a)}
    assert dump(a) == dump(b)


def _evidence(ctx, eid: str, data: bytes) -> str:
    ws = ctx.workspace
    sha = ws.blobs.put(data)
    skp = _add(ctx, Skp(employee_id=eid, year=2026, status="draft"))
    rhk = _add(ctx, Rhk(skp_id=skp, kind="utama", text="RHK"))
    ind = _add(ctx, Indicator(rhk_id=rhk, aspect="kuantitas", text="Jumlah"))
    now = datetime(2026, 3, 1, 8, 0)
    real = _add(ctx, Realisation(indicator_id=ind, period_key="2026-TW1", recorded_by="x", recorded_at=now))
    _add(
        ctx,
        Evidence(
            realisation_id=real,
            filename="bukti.pdf",
            mime="application/pdf",
            size=len(data),
            sha256=sha,
            uploaded_by="x",
            uploaded_at=now,
        ),
    )
    return sha


def test_evidence_blobs_travel_once(agency) -> None:
    a, b = agency.laptops
    sha = _evidence(agency.ctx(0, "staf"), agency.staff, b"%PDF-1.4 bukti dukung")
    first = agency.sync(0)[0]
    assert first.blobs_up == 1
    assert (agency.share.disk / ROOT / "blobs" / sha[:2] / sha).is_file()
    got = agency.sync(1)[0]
    assert got.blobs_down == 1
    assert b.blobs.get(sha) == b"%PDF-1.4 bukti dukung"
    _edit(agency.admins[0], Employee, _employee_id(a), name="Lagi")
    assert agency.sync(0)[0].blobs_up == 0
    agency.sync(1)
    assert dump(a) == dump(b)


def _bundles(agency, ws) -> Path:
    return agency.share.disk / ROOT / "log" / ws.device_id


def test_bad_bundles_are_named_and_skipped_the_rest_applied(agency, tmp_path) -> None:
    a, b = agency.laptops
    agency.sync_all()
    eid = _employee_id(a)
    for i, name in enumerate(["Satu", "Dua", "Tiga", "Empat"]):
        _edit(agency.admins[0], Employee, eid, **{"name" if i < 3 else "email": name})
        agency.sync(0)
    folder = _bundles(agency, a)
    seqs = sorted(p for p in folder.glob("*.bundle"))
    tampered, truncated, replayed, good = seqs[-4:]
    data = bytearray(tampered.read_bytes())
    data[len(data) // 2] ^= 1
    tampered.write_bytes(bytes(data))
    truncated.write_bytes(truncated.read_bytes()[:-100])
    shutil.copy(good, replayed)  # an old bundle under a new name
    # A laptop that was never enrolled writes into the log as well.
    from asn_desktop.security.keystore import new_secrets
    from asn_desktop.sync import bundle

    rogue = new_id()
    header = bundle.BundleHeader(a.workspace_id, rogue, 1, 0, ())
    fake = bundle.encode(
        header, [], sync_key=a.secrets["sync_key"], signing_key=new_secrets()["device_signing_key"]
    )
    (folder.parent / rogue).mkdir()
    (folder.parent / rogue / f"{1:012d}.bundle").write_bytes(fake)
    report = agency.sync(1)[0]
    text = "\n".join(report.problems)
    assert "tanda tangan perangkat tidak sah" in text or "tidak cocok dengan kepalanya" in text
    assert "tidak cocok dengan kepalanya" in text  # the truncated body
    assert "diputar ulang" in text
    assert f"perangkat {rogue} ditolak" in text
    assert "tidak terdaftar" in text
    assert fields_of(b, "employee", eid)["email"] == "Empat"
    assert report.bundles_read == 1
    # The writer repairs nothing, but a later good bundle still lands; skipped seqs are retried.
    again = agency.sync(1)[0]
    assert len([p for p in again.problems if "diputar ulang" in p]) == 1
    assert security_kinds(b) == {"bundle", "unknown_device"}


def _stop_share(agency, samba_or_none):
    if agency.share.kind == "folder":
        os.rename(agency.share.disk, str(agency.share.disk) + ".pergi")
    else:
        samba_or_none.stop()


def _restore_share(agency, samba_or_none):
    if agency.share.kind == "folder":
        os.rename(str(agency.share.disk) + ".pergi", agency.share.disk)
    else:
        samba_or_none.start()


def test_share_vanishing_mid_sync_then_next_sync_completes(agency, request) -> None:
    a, b = agency.laptops
    samba = request.getfixturevalue("samba") if agency.share.kind == "smb" else None
    eid = _employee_id(a)
    for i in range(3):
        _edit(agency.admins[0], Employee, eid, email=f"v{i}@dinas.go.id")
        agency.sync(0)
    _edit(agency.admins[1], Employee, eid, golongan="III/c")
    before = dump(b)
    calls = []

    def vanish(done, total, text):
        calls.append(text)
        if len(calls) == 2:
            _stop_share(agency, samba)

    try:
        with pytest.raises(ShareUnavailable, match="pekerjaan di laptop ini aman"):
            sy.sync_workspace(agency.admins[1], agency.share.address, progress=vanish)
    finally:
        _restore_share(agency, samba)
    # Local work is intact (what was applied is complete bundles only).
    assert fields_of(b, "employee", eid)["golongan"] == "III/c"
    assert set(before) == set(dump(b))
    agency.sync_all()
    assert dump(a) == dump(b)
    assert fields_of(a, "employee", eid)["golongan"] == "III/c"


def test_unreachable_share_is_a_clear_error(agency) -> None:
    address = agency.share.address + "-tidak-ada"
    if agency.share.kind == "smb":
        from tests.samba import _free_port

        address = address.replace(
            f":{agency.share.address.split(':')[2].split('/')[0]}/", f":{_free_port()}/"
        )
    with pytest.raises(ShareUnavailable, match="aman"):
        sy.sync_workspace(agency.admins[0], address)


def test_clock_hours_ahead_is_held_back_until_the_clocks_agree(agency) -> None:
    a, b = agency.laptops
    eid = _employee_id(a)
    real = b.clock._now_ms
    b.clock._now_ms = lambda: real() + 5 * 3600 * 1000  # B's clock is five hours fast
    _edit(agency.admins[1], Employee, eid, name="Dari B (jam maju)")
    agency.sync(1)
    report = agency.sync(0)[0]
    assert any("di depan jam" in w for w in report.warnings)
    assert fields_of(a, "employee", eid)["name"] == "Kepala Dinas"  # not taken, and A's clock not dragged
    assert a.clock.tick().wall_ms < real() + 60_000
    # Five hours later A's clock has caught up: the bundle is retried and applied.
    a_real = a.clock._now_ms
    a.clock._now_ms = lambda: a_real() + 5 * 3600 * 1000
    agency.sync_all()
    assert fields_of(a, "employee", eid)["name"] == "Dari B (jam maju)"
    assert dump(a) == dump(b)


def _mount_small(disk: Path, kb: int) -> bool:
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={kb}k,mode=0777", "tmpfs", str(disk)],
        check=False,
        capture_output=True,
    )
    return result.returncode == 0


def test_full_share_disk_is_reported_and_next_sync_completes(agency, request, monkeypatch) -> None:
    a, _b = agency.laptops
    agency.sync_all()
    disk = agency.share.disk / "penuh"
    disk.mkdir(mode=0o777)
    address = agency.share.address + "/penuh"
    mounted = _mount_small(disk, 64)
    try:
        if not mounted:  # pragma: no cover - a machine where tmpfs cannot be mounted: inject ENOSPC
            import errno

            from asn_desktop.sync.transports import folder

            def full(*_a, **_k):
                raise OSError(errno.ENOSPC, "No space left on device")

            monkeypatch.setattr(folder, "write_atomically", full)
            address = str(disk)
        sy.sync_workspace(agency.admins[0], address)  # the history fits
        eid = _employee_id(a)
        _edit(agency.admins[0], Employee, eid, name="x" * 150)
        filler = disk / "pengisi"
        with open(filler, "wb") as fh, contextlib.suppress(OSError):
            fh.write(os.urandom(200 * 1024))
        with pytest.raises(ShareFull, match="penuh"):
            sy.sync_workspace(agency.admins[0], address)
        assert fields_of(a, "employee", eid)["name"] == "x" * 150
        filler.unlink()
        monkeypatch.undo()
        if agency.share.kind == "smb":
            monkeypatch.setenv("ASN_SMB_PASSWORD", __import__("tests.samba", fromlist=["x"]).PASSWORD)
        assert sy.sync_workspace(agency.admins[0], address).pushed == 1
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(disk)], check=False)


def test_snapshot_lets_a_new_laptop_start_without_replaying(agency) -> None:
    a, b = agency.laptops
    eid = _employee_id(a)
    for i in range(5):
        _edit(agency.admins[0], Employee, eid, email=f"r{i}@dinas.go.id")
        agency.sync(0)
    report = sy.sync_workspace(agency.admins[0], agency.share.address, snapshot=True)
    assert report.problems == []
    assert list((agency.share.disk / ROOT / "snapshots").glob("*.snap"))
    n = agency.add_laptop()
    c = agency.laptops[n]
    agency.sync_all()
    assert dump(a) == dump(b) == dump(c)


def test_a_laptop_not_yet_updated_keeps_new_format_bundles_for_after_its_update(agency, monkeypatch) -> None:
    """Rolling upgrade: laptop A writes bundle format 3 (chained batches); B still runs the release
    that knows format 2. B refuses A's bundle by name — it never drops the chained batches it
    cannot name — and reads it once B is updated."""
    from asn_desktop.sync import bundle

    a, b = agency.laptops
    emp.create_unit(agency.admins[0], name="Unit Format Baru")
    agency.sync(0)
    magic, formats = bundle.MAGIC, bundle._FORMATS
    monkeypatch.setattr(bundle, "MAGIC", bundle.MAGIC_V2)
    monkeypatch.setattr(bundle, "_FORMATS", {bundle.MAGIC_V2: 2})
    (report,) = agency.sync(1)
    assert any("ASNBNDL3 belum dikenal" in p and "perbarui aplikasi" in p for p in report.problems), (
        report.problems
    )
    assert "Unit Format Baru" not in {u.name for u in _rows(b, Unit)}
    monkeypatch.setattr(bundle, "MAGIC", magic)  # B is updated
    monkeypatch.setattr(bundle, "_FORMATS", formats)
    agency.sync(1)
    assert "Unit Format Baru" in {u.name for u in _rows(b, Unit)}
    agency.sync_all()
    assert dump(a) == dump(b)
    assert quarantine(a) == quarantine(b) == []


def _rows(ws, model):
    with ws.sessions() as s:
        return list(s.scalars(select(model)))


def test_a_laptop_that_only_reads_does_not_read_what_it_pulled_again_on_each_push(agency) -> None:
    """The push looks for this laptop's own entries after its last pushed position; when the log
    past it holds only other laptops' entries, the position moves to the log's end (a laptop
    that has just joined with half a million entries read them all on every sync before)."""
    a, b = agency.laptops
    for i in range(3):
        _add(agency.admins[0], Unit(agency_id=a.agency_id, name=f"Bidang {i}"))
    agency.sync(0, 1, 1)  # B pulls A's units, then its next push finds nothing of its own
    with b.sessions() as s:
        end = s.scalar(select(func.max(ChangeLog.seq)))
        pushed = s.scalar(select(Meta.value).where(Meta.key == "sync.pushed_upto"))
    assert int(pushed) == end
    # What B writes after that is still pushed, and reaches A.
    unit = _add(agency.admins[1], Unit(agency_id=b.agency_id, name="Bidang dari B"))
    agency.sync(1, 0)
    assert fields_of(a, "unit", unit)["name"] == "Bidang dari B"
    assert dump(a) == dump(b)
