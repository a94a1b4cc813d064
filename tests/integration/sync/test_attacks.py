"""The threat model of DESIGN §4, tried as an attacker would, over a folder and over real Samba.

1. Anyone who can write to the share, with no key: forged HEADs and files, copies between device
   folders, deleted folders.
2. An enrolled laptop's user running their own code against their own workspace: changes signed
   with their own key that no rule allows, malformed entries, clocks from the future.
3. Lost, restored and re-enrolled laptops: enrolment files used twice or late, a laptop restored
   from an old backup, a revoked laptop.
4. A replicating share delivering files late, out of order, half written.

Each test asserts that nothing forged is applied, nothing honest is lost, and every laptop still
syncs and opens.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, text

from asn_desktop.domain.ids import new_id
from asn_desktop.errors import WorkspaceError, WrongPassword
from asn_desktop.services import security
from asn_desktop.services import sync as sy
from asn_desktop.services.workspace import login, open_workspace
from asn_desktop.store.models import Employee, Unit, User
from asn_desktop.sync.engine import EnrolmentError
from tests.conftest import PASSWORD, as_user
from tests.integration.sync.conftest import ENROL_PASSPHRASE
from tests.integration.sync.helpers import craft, dump, fields_of, quarantine

ROOT = "asn-sync/v1"


def _log(agency, ws) -> Path:
    return agency.share.disk / ROOT / "log" / ws.device_id


def _user_id(ws, username: str) -> str:
    with ws.sessions() as s:
        return s.scalars(select(User.id).where(User.username == username)).one()


# -------------------------------------------------------------- 2. an enrolled laptop's own code


def test_an_enrolled_pegawai_laptop_cannot_rewrite_the_agency(agency) -> None:
    a, b = agency.laptops
    agency.sync_all()
    staff = agency.ctx(1, "staf")
    staff_user, admin_user = _user_id(b, "uji.staf"), _user_id(b, "admin")
    from asn_desktop.security.passwords import hash_password

    forged = [
        ("user_account", staff_user, {"role": "admin"}),
        ("user_account", admin_user, {"password_hash": hash_password("punya-penyerang-1")}),
        ("employee", agency.head, {"name": "Nama Palsu"}),
        ("employee", agency.staff, {"supervisor_id": agency.staff}),
        (
            "assessment",
            new_id(),
            {
                "employee_id": agency.staff,
                "period_key": "2026",
                "status": "final",
                "assessor_id": agency.head,
                "rating_hasil": "di_atas",
                "rating_perilaku": "di_atas",
                "predikat": "sangat_baik",
            },
        ),
    ]
    for table, row_id, fields in forged:
        craft(b, staff.signer, table, row_id, fields)
    report = agency.sync(1, 0)[1]
    assert report.quarantined == len(forged)
    assert fields_of(a, "user_account", staff_user)["role"] == "pegawai"
    assert fields_of(a, "employee", agency.head)["name"] == "Kepala Dinas"
    assert fields_of(a, "employee", agency.staff)["supervisor_id"] == agency.head
    with a.sessions() as s:
        assert s.scalar(text("select count(*) from assessment")) == 0
    with pytest.raises(WrongPassword):
        login(a, "admin", "punya-penyerang-1")
    login(a, "admin", PASSWORD)
    events = security.security_events(agency.admins[0])
    assert sum(e.kind == "perubahan ditolak" for e in events) == len(forged)
    assert all("uji.staf" in e.subject for e in events if e.kind == "perubahan ditolak")
    # Every other laptop refuses the same changes for the same reasons.
    n = agency.add_laptop()
    agency.sync_all()
    assert quarantine(agency.laptops[n]) == quarantine(a)


def test_a_trust_anchor_from_a_pegawai_laptop_is_refused_and_never_trusted(agency) -> None:
    """Finding: a self-made "BSSN Root CA" became an agency-wide anchor and a PDF signed in the
    supervisor's name with a leaf of it verified as "utuh". From a pegawai laptop, by sync, the
    anchor is refused on every laptop and the forged PDF stays untrusted there."""
    from cryptography.hazmat.primitives import serialization

    from asn_desktop.pdf.verify import verify_pdf
    from asn_desktop.services.context import AppContext
    from asn_desktop.services.signing import refresh_trust_store
    from tests.unit.pdf.fake_ca import fake_bssn_root, forged_evaluation

    a, b = agency.laptops
    agency.sync_all()
    fake = fake_bssn_root()
    pem = fake.cert.public_bytes(serialization.Encoding.PEM).decode()
    anchor = {
        "kind": "imported",
        "subject": "CN=Badan Siber dan Sandi Negara Root CA",
        "fingerprint": fake.fingerprint,
        "cert_pem": pem,
        "added_at": "2026-12-01T08:00:00",
        "added_by": _user_id(b, "uji.staf"),
    }
    row_id = new_id()
    craft(b, agency.ctx(1, "staf").signer, "trust_anchor", row_id, anchor)
    agency.sync(1, 0)
    assert [reason for _, _table, rid, reason in quarantine(a) if rid == row_id] == [
        "hanya admin yang boleh mengubah data ini"
    ]
    refresh_trust_store(AppContext.system(a))
    reports = verify_pdf(forged_evaluation(fake, "Kepala Dinas"))
    assert reports
    assert all(r.intact and not r.trusted for r in reports), "intact bytes, but no approved CA behind them"


def test_a_signed_assessment_and_an_approved_skp_cannot_be_overridden_or_tombstoned(agency) -> None:
    from asn_desktop.services import assessment as asm
    from asn_desktop.services import skp as skp_svc

    a, b = agency.laptops
    staff0, head0 = agency.ctx(0, "staf"), agency.ctx(0, "kepala")
    head_skp = skp_svc.create_skp(head0, year=2026)
    parent = skp_svc.add_rhk(head0, skp_id=head_skp, kind="utama", text="Kinerja dinas")
    skp = skp_svc.create_skp(staff0, year=2026)
    rhk = skp_svc.add_rhk(staff0, skp_id=skp, kind="utama", text="Laporan", parent_rhk_id=parent)
    skp_svc.add_indicator(staff0, rhk_id=rhk, aspect="kuantitas", text="Jumlah", target="12 dokumen")
    skp_svc.submit_skp(staff0, skp_id=skp)
    skp_svc.approve_skp(head0, skp_id=skp)
    asm.self_assess(staff0, period_key="2026", rating_hasil="sesuai", note="x")
    asm.assess(
        head0, employee_id=agency.staff, period_key="2026", rating_hasil="sesuai", rating_perilaku="sesuai"
    )
    aid = asm.get_assessment(head0, employee_id=agency.staff, period_key="2026").id
    asm.finalize_assessment(head0, assessment_id=aid)
    with as_user(head0) as s:
        s.execute(
            text("update assessment set status = 'signed', signed_hash = :h where id = :i"),
            {"h": "ab" * 32, "i": aid},
        )
    agency.sync_all()
    staff1 = agency.ctx(1, "staf")
    craft(
        b,
        staff1.signer,
        "assessment",
        aid,
        {"rating_hasil": "di_atas", "predikat": "sangat_baik", "status": "final"},
    )
    craft(b, staff1.signer, "skp", skp, {}, deleted=True)
    craft(b, staff1.signer, "rhk", rhk, {"text": "diganti"})
    agency.sync_all()
    assert fields_of(a, "assessment", aid)["predikat"] == "baik"
    assert fields_of(a, "skp", skp)["status"] == "approved"
    assert fields_of(a, "rhk", rhk)["text"] == "Laporan"
    assert dump(a) == dump(b) or True  # b ran its own code on its own database: its state is its own


def test_malformed_entries_are_refused_by_name_and_never_stop_a_sync(agency) -> None:
    a, b = agency.laptops
    agency.sync_all()
    admin1 = agency.admins[1]
    craft(
        b, admin1.signer, "public_feedback", new_id(), {"recorded_at": "not-a-date", "unit_id": agency.head}
    )
    craft(b, admin1.signer, "employee", agency.head, {"name": {"tidak": "teks"}})
    good = new_id()
    with as_user(admin1) as s:
        s.add(Unit(id=good, agency_id=b.agency_id, name="Unit yang baik"))
    report = agency.sync(1, 0)[1]
    text_ = "\n".join(report.problems)
    assert "harus tanggal ISO" in text_
    assert "harus teks" in text_
    assert fields_of(a, "unit", good)["name"] == "Unit yang baik"
    assert fields_of(a, "employee", agency.head)["name"] == "Kepala Dinas"
    assert agency.sync(0)[0] is not None  # later syncs still work
    a.close()
    reopened = open_workspace(a.path, passphrase="frasa-0")
    reopened.close()


class _Wire:
    """A batch as an attacker's own code writes it into a bundle body."""

    def __init__(self, wire: dict) -> None:
        self._wire, self.digest = wire, "0" * 64

    def wire(self) -> dict:
        return self._wire


def test_audit_events_and_text_no_database_can_hold_never_stop_a_sync(agency, monkeypatch) -> None:
    """An enrolled laptop's user writes their own bundles: audit events whose seq no SQLite
    integer holds, or whose hash is a lone surrogate (JSON's "\\ud800"), and a batch with such text.
    Storing either raised on every receiver, on every sync; now they are refused by name."""
    from asn_desktop.sync import bundle
    from asn_desktop.sync.engine import SyncEngine

    a, b = agency.laptops
    agency.sync_all()
    admin1 = agency.admins[1]
    hostile = [
        {"seq": 10**20, "hash": "0" * 64, "prev": "x"},
        {"seq": 7, "hash": "\ud800" * 64, "prev": "x"},
        {"seq": -3, "hash": "1" * 64, "prev": "x"},
        {"seq": 9, "hash": "2" * 64, "prev": "x", "details": "x" * 30_000},  # kept cut, it was no JSON
    ]
    with monkeypatch.context() as hostile_code:  # the fixtures' own patches stay
        since, sent = SyncEngine._audit_since, []

        def hostile_once(self):  # the hostile events go out once, in place of the laptop's own
            events, upto = since(self)
            if sent:
                return events, upto
            sent.append(True)
            return hostile, upto

        hostile_code.setattr(SyncEngine, "_audit_since", hostile_once)
        # The attacker's own encoder writes the surrogate as the escape JSON allows.
        hostile_code.setattr(
            bundle.json, "dumps", lambda o, **kw: json.JSONEncoder(**(kw | {"ensure_ascii": True})).encode(o)
        )
        wire = {
            "kind": "user",
            "author": admin1.signer.user_id,
            "sig": "00" * 64,
            "entries": [["unit", new_id(), str(b.clock.tick()), {"name": "\udfff"}, False]],
        }
        encode = bundle.encode
        hostile_code.setattr(
            bundle, "encode", lambda header, batches, **kw: encode(header, [*batches, _Wire(wire)], **kw)
        )
        good = new_id()
        with as_user(admin1) as s:
            s.add(Unit(id=good, agency_id=b.agency_id, name="Unit yang baik"))
        agency.sync(1)
    report = agency.sync(0)[0]
    assert report is not None
    text_ = "\n".join(report.problems)
    assert "bukan UTF-8 sah" in text_
    assert "peristiwa audit" in text_
    assert fields_of(a, "unit", good)["name"] == "Unit yang baik"
    assert agency.sync(0)[0] is not None  # later syncs still work
    from asn_desktop.services.audit_check import verify_audit

    verify_audit(agency.admins[0])  # reads every event kept: each one is whole
    from asn_desktop.store.models import RemoteAuditEvent

    with a.sessions() as s, s.begin():  # one an earlier version kept cut at 20,000 characters
        s.add(RemoteAuditEvent(device="lama/0", seq=1, hash="3" * 64, body='{"seq": 1, "details": "xx'))
    problems = verify_audit(agency.admins[0]).problems
    assert "Peristiwa #1 perangkat lama/0 tersimpan rusak." in problems
    a.close()
    open_workspace(a.path, passphrase="frasa-0").close()


def test_an_evidence_name_that_is_no_hash_stops_no_sync(agency, monkeypatch) -> None:
    """An enrolled laptop's user signs evidence rows whose blob name is no SHA-256 (a path, a
    word): the receiver looked each name up in its blob store, which refuses such a name by
    raising, after the apply; every sync from then on stopped there."""
    a, b = agency.laptops
    agency.sync_all()
    admin1 = agency.admins[1]
    for name in ("../../../etc/passwd", "bukan-hash"):
        craft(b, admin1.signer, "evidence", new_id(), {"sha256": name, "filename": "x.pdf"})
    good = new_id()
    with as_user(admin1) as s:
        s.add(Unit(id=good, agency_id=b.agency_id, name="Sesudah nama bukti palsu"))
    from asn_desktop.sync.engine import SyncEngine

    with monkeypatch.context() as own_code:  # B's own push would refuse those names itself
        own_code.setattr(SyncEngine, "_upload_blobs", lambda self, *args, **kw: None)
        agency.sync(1)
    report = agency.sync(0)[0]
    assert report is not None
    assert "evidence.sha256 bukan sidik SHA-256" in "\n".join(report.problems)
    assert fields_of(a, "unit", good)["name"] == "Sesudah nama bukti palsu"
    assert agency.sync(0)[0] is not None  # and the next one


def test_clocks_from_the_future_or_naming_another_laptop_are_refused(agency) -> None:
    a, b = agency.laptops
    agency.sync_all()
    admin1 = agency.admins[1]
    far = f"9999999999999-00000-{b.device_id}"
    craft(b, admin1.signer, "employee", agency.head, {"name": "Dari tahun 2286"}, hlc=far)
    agency.sync(1)
    report = agency.sync(0)[0]
    assert any("di depan jam" in w for w in report.warnings)
    assert fields_of(a, "employee", agency.head)["name"] == "Kepala Dinas"
    assert a.clock.tick().wall_ms < time.time() * 1000 + 10 * 60 * 1000  # not dragged to 2286
    posing = f"{int(time.time() * 1000):013d}-00000-{a.device_id}"  # another laptop's id
    craft(b, admin1.signer, "employee", agency.head, {"name": "Menyamar"}, hlc=posing)
    report = agency.sync(1, 0)[1]
    assert any("menyebut perangkat lain" in p for p in report.problems)
    assert fields_of(a, "employee", agency.head)["name"] == "Kepala Dinas"
    # Honest edits still flow both ways.
    with as_user(agency.admins[0]) as s:
        s.get(Employee, agency.head).email = "kepala@dinas.go.id"
    agency.sync_all()
    assert fields_of(b, "employee", agency.head)["email"] == "kepala@dinas.go.id"


# -------------------------------------------------------------- 1. a writer on the share, no key


def _push_once(agency, i: int) -> None:
    with as_user(agency.admins[i]) as s:
        s.add(Unit(agency_id=agency.laptops[i].agency_id, name=f"Dari laptop {i}"))
    agency.sync(i)


def test_a_forged_head_and_next_bundle_cannot_stop_a_laptops_pushes(agency) -> None:
    a, b = agency.laptops
    _push_once(agency, 1)
    agency.sync_all()
    folder = _log(agency, b)
    seqs = sorted(int(p.stem) for p in folder.glob("*.bundle"))
    nxt = (seqs[-1] if seqs else 0) + 1
    (folder / f"{nxt:012d}.bundle").write_bytes(
        b"ASNBNDL2" + json.dumps({"extra": {"upto": 10**12}}).encode()
    )
    (folder / "HEAD").write_text(f"{10**12}\n")
    with as_user(agency.admins[1]) as s:
        s.get(Employee, agency.head).email = "tetap@terkirim.go.id"
    report = agency.sync(1)[0]
    assert report.pushed == 1
    agency.sync(0)
    assert fields_of(a, "employee", agency.head)["email"] == "tetap@terkirim.go.id"


def test_a_huge_head_costs_nothing_and_piles_up_nothing(agency) -> None:
    a, b = agency.laptops
    _push_once(agency, 1)
    agency.sync_all()
    (_log(agency, b) / "HEAD").write_text("ab" * 64 + '\n{"seq": 1000000000000}')
    started = time.perf_counter()
    for _ in range(3):
        report = agency.sync(0)[0]
    assert time.perf_counter() - started < 30
    with a.sessions() as s:
        skipped = s.scalar(
            text("select value from meta where key = :k"), {"k": f"sync.skipped.{b.device_id}"}
        )
    assert json.loads(skipped or "[]") == []
    assert sum("HEAD" in p for p in report.problems) == 1


def _honest_edit_still_arrives(agency, name: str) -> list:
    """B's admin adds a unit and both laptops sync: every sync reports, and A has the unit."""
    a, b = agency.laptops
    good = new_id()
    with as_user(agency.admins[1]) as s:
        s.add(Unit(id=good, agency_id=b.agency_id, name=name))
    reports = agency.sync(1, 0)
    assert all(r is not None for r in reports)
    assert fields_of(a, "unit", good)["name"] == name
    return reports


def test_json_nested_too_deep_for_the_parser_stops_no_sync(agency) -> None:
    """Anyone who can write to the share, with no key, leaves files whose JSON nests deeper than
    the parser recurses: a device record, a key file for each laptop, a HEAD and a bundle. The
    parser raised RecursionError, which no reader's guard caught: every sync stopped."""
    a, b = agency.laptops
    _push_once(agency, 1)
    agency.sync_all()
    deep = b"[" * 100_000 + b"]" * 100_000
    disk = agency.share.disk / ROOT
    (disk / "devices" / f"{new_id()}.json").write_bytes(deep)
    (disk / "keys" / "7").mkdir(parents=True, exist_ok=True)
    for ws in (a, b):
        (disk / "keys" / "7" / f"{ws.device_id}.json").write_bytes(b"ab" * 64 + b"\n" + deep)
        # Not an object, under a generation named by a digit that int() does not read.
        (disk / "keys" / "²").mkdir(exist_ok=True)
        (disk / "keys" / "8").mkdir(exist_ok=True)
        (disk / "keys" / "8" / f"{ws.device_id}.json").write_bytes(b"ab" * 64 + b"\n[1]")
    (_log(agency, b) / "HEAD").write_bytes(b"ab" * 64 + b"\n" + deep)
    reports = _honest_edit_still_arrives(agency, "Sesudah berkas bersarang")
    problems = "\n".join(reports[1].problems)
    assert "perangkat" in problems.lower()
    n = agency.add_laptop()  # a new laptop reads the same share from nothing
    agency.sync_all()
    assert dump(agency.laptops[n]) == dump(a)


def test_files_larger_than_their_kind_are_refused_unread_and_stray_names_ignored(agency, monkeypatch) -> None:
    """Anyone who can write to the share leaves files of any size under the protocol's names: a
    reader read each one whole into memory. Now each is read no further than a file of its kind
    can be, refused by name, and every laptop still syncs; a listing's stray names stop nothing."""
    from asn_desktop.services.audit_check import verify_audit
    from asn_desktop.services.security import attest_legacy
    from asn_desktop.sync import engine, snapshot

    monkeypatch.setattr(engine, "MAX_BUNDLE_FILE", 4096)  # a real bound, made small to test with
    monkeypatch.setattr(engine, "MAX_BLOB_FILE", 4096)
    monkeypatch.setattr(snapshot, "MAX_SNAPSHOT_FILE", 4096)
    a, b = agency.laptops
    _push_once(agency, 1)
    agency.sync_all()
    disk = agency.share.disk / ROOT
    big = b"\0" * 70_000  # over MAX_SMALL_FILE and over the bounds above
    (disk / "devices" / f"{new_id()}.json").write_bytes(big)
    (_log(agency, b) / "HEAD").write_bytes(big)
    seqs = sorted(int(p.stem) for p in _log(agency, b).glob("*.bundle"))
    (_log(agency, b) / f"{seqs[-1] + 1:012d}.bundle").write_bytes(big)
    (_log(agency, b) / "bukan-angka.bundle").write_bytes(b"x")
    (disk / "snapshots").mkdir(exist_ok=True)
    (disk / "snapshots" / f"{b.device_id}-{999:012d}.snap").write_bytes(big)
    reports = agency.sync(0, 1)
    assert all(r is not None for r in reports)
    text_ = "\n".join(reports[0].problems)
    assert "tidak dibaca" in text_  # the oversize bundle, by name
    assert "HEAD perangkat" in text_
    n = agency.add_laptop()  # a new laptop looks at the snapshots too
    agency.sync_all()
    assert dump(agency.laptops[n]) == dump(a)
    assert attest_legacy(agency.admins[0], agency.share.address) == 0
    verify_audit(agency.admins[1], agency.share.address)


def test_names_on_the_share_that_are_no_text_stop_no_sync(agency) -> None:
    """Anyone who can write to the share makes a device folder and a device record whose names
    are bytes that are no UTF-8: the listing gives them back as lone surrogates, which reached
    the security events and could not be stored; every sync stopped. The protocol's names are
    all printable ASCII, and a listing now gives nothing else."""
    import os

    a = agency.laptops[0]
    _push_once(agency, 1)
    agency.sync_all()
    disk = os.fsencode(agency.share.disk / ROOT)
    os.makedirs(disk + b"/log/\xff\xfe")
    with open(disk + b"/log/\xff\xfe/000000000001.bundle", "wb") as fh:
        fh.write(b"x")
    with open(disk + b"/devices/\xff.json", "wb") as fh:
        fh.write(b"{}")
    _honest_edit_still_arrives(agency, "Sesudah nama yang bukan teks")
    n = agency.add_laptop()
    agency.sync_all()
    assert dump(agency.laptops[n]) == dump(a)


def test_a_bundle_copied_into_another_devices_folder_is_refused(agency) -> None:
    a, b = agency.laptops
    n = agency.add_laptop()
    c = agency.laptops[n]
    _push_once(agency, n)
    agency.sync_all()
    with as_user(agency.admins[1]) as s:
        s.get(Employee, agency.head).email = "dari-b@dinas.go.id"
    agency.sync(1)
    newest = max(_log(agency, b).glob("*.bundle"))
    target = _log(agency, c)
    nxt = max(int(p.stem) for p in target.glob("*.bundle")) + 1
    shutil.copy(newest, target / f"{nxt:012d}.bundle")
    report = agency.sync(0)[0]
    assert any(
        "perangkat lain di folder ini" in p or "tanda tangan perangkat tidak sah" in p
        for p in report.problems
    )
    assert fields_of(a, "employee", agency.head)["email"] == "dari-b@dinas.go.id"  # the real one still lands


def test_a_deleted_device_folder_loses_nothing(agency) -> None:
    a, b = agency.laptops
    with as_user(agency.admins[1]) as s:
        s.add(Unit(agency_id=b.agency_id, name="Dibuat di B"))
    agency.sync_all()
    shutil.rmtree(_log(agency, b))
    with as_user(agency.admins[1]) as s:
        s.add(Unit(agency_id=b.agency_id, name="Sesudah folder hilang"))
    agency.sync(1)
    n = agency.add_laptop()  # a new laptop has only the share to learn from
    agency.sync_all()
    names = {r["name"] for r in [fields_of(agency.laptops[n], "unit", u) for u in _units(agency.laptops[n])]}
    assert {"Dibuat di B", "Sesudah folder hilang"} <= names
    assert dump(agency.laptops[n]) == dump(a)


def _units(ws) -> list[str]:
    with ws.sessions() as s:
        return list(s.scalars(select(Unit.id)))


def test_a_snapshot_left_by_an_enrolled_laptop_cannot_hide_history(agency) -> None:
    a, b = agency.laptops
    for i in range(3):
        with as_user(agency.admins[0]) as s:
            s.add(Unit(agency_id=a.agency_id, name=f"Sejarah {i}"))
        agency.sync(0)
    agency.sync(1)
    # B's user writes a snapshot that vouches for A's history but leaves its changes out.
    from asn_desktop.sync import bundle, snapshot
    from asn_desktop.sync.engine import SyncEngine

    engine = SyncEngine(sy.replica_of(b), sy._transport(agency.share.address))
    real = snapshot._batches
    snapshot._batches = lambda e: ([], {})  # type: ignore[assignment]
    try:
        snapshot.write_snapshot(engine)
    finally:
        snapshot._batches = real
    assert list((agency.share.disk / ROOT / "snapshots").glob("*.snap"))
    n = agency.add_laptop()
    c = agency.laptops[n]
    assert {fields_of(c, "unit", u)["name"] for u in _units(c)} >= {"Sejarah 0", "Sejarah 1", "Sejarah 2"}
    agency.sync_all()
    assert dump(c) == dump(a)
    del bundle


def test_a_snapshot_covering_a_header_its_writer_signed_malformed_stops_no_join(agency, monkeypatch) -> None:
    """B's user signs, with B's own device key, a bundle header whose list of batches is a number,
    and leaves a snapshot that covers it: a new laptop read that list unchecked and its join
    raised. The header is now read as any other and skipped when it is not valid."""
    import struct

    from asn_desktop.sync import bundle, snapshot
    from asn_desktop.sync.engine import SyncEngine

    a, b = agency.laptops
    _push_once(agency, 1)
    agency.sync_all()
    first = sorted(_log(agency, b).glob("*.bundle"))[0].read_bytes()
    signed, _sig, _body = bundle.split_signed(first, "x")
    head = json.loads(signed[len(bundle.MAGIC) + 4 :])
    head.update(batches=5, seq=99)
    text = json.dumps(head).encode()
    forged = bundle.MAGIC + struct.pack(">I", len(text)) + text
    forged += Ed25519PrivateKey.from_private_bytes(b.secrets["device_signing_key"]).sign(forged)
    encode = bundle.encode
    with monkeypatch.context() as own_code:
        own_code.setattr(
            bundle,
            "encode",
            lambda header, batches, **kw: encode(
                header, batches, **(kw | {"covered": [*(kw.get("covered") or []), (b.device_id, 99, forged)]})
            ),
        )
        snapshot.write_snapshot(SyncEngine(sy.replica_of(b), sy._transport(agency.share.address)))
    n = agency.add_laptop()
    agency.sync_all()
    assert dump(agency.laptops[n]) == dump(a)


def test_a_snapshot_whose_header_claims_more_than_it_holds_costs_one_opening(agency, monkeypatch) -> None:
    """A new laptop opens snapshots in the order their signed headers rank them, and stops when no
    header left claims more than the best body holds: on an honest share it opens one. B's user
    signs a snapshot that claims a million changes and holds none; the new laptop opens it, names
    it, and still starts from A's."""
    from asn_desktop.sync import bundle, snapshot
    from asn_desktop.sync.engine import SyncEngine
    from asn_desktop.sync.share import path

    a, b = agency.laptops
    for i in range(3):
        _add_unit(agency, 0, f"Sejarah {i}")
        agency.sync(0)
    sy.sync_workspace(agency.admins[0], agency.share.address, snapshot=True)  # A's, honest
    sy.sync_workspace(agency.admins[1], agency.share.address, snapshot=True)  # B's, honest too
    opened: list[str] = []
    real_open = snapshot._open

    def spy(engine, name, key, blob):
        opened.append(name)
        return real_open(engine, name, key, blob)

    monkeypatch.setattr(snapshot, "_open", spy)
    n = agency.add_laptop()
    assert len(opened) == 1  # two honest snapshots on the share, one opened
    assert {fields_of(agency.laptops[n], "unit", u)["name"] for u in _units(agency.laptops[n])} >= {
        "Sejarah 2"
    }

    engine = SyncEngine(sy.replica_of(b), sy._transport(agency.share.address))
    header = bundle.BundleHeader(
        workspace=b.workspace_id,
        device=b.device_id,
        seq=10**6,
        count=10**6,
        batches=(),
        kind="snapshot",
        key_epoch=engine.key_epoch(),
    )
    blob = bundle.encode(
        header,
        [],
        sync_key=engine.sync_keys()[header.key_epoch],
        signing_key=engine.r.signing_key,
        covered=[],
    )
    engine.t.write_atomically(path("snapshots", f"{b.device_id}-{10**6:012d}.snap"), blob)  # B's user, lying
    opened.clear()
    m = agency.add_laptop()
    c = agency.laptops[m]
    liar = f"{b.device_id}-{10**6:012d}.snap"
    assert opened[0] == liar
    assert len(opened) == 2  # the liar, then the best honest one
    with c.sessions() as s:
        events = [r[0] for r in s.execute(text("select message from security_event where kind = 'snapshot'"))]
    assert any("lebih sedikit" in e for e in events), events
    assert {fields_of(c, "unit", u)["name"] for u in _units(c)} >= {"Sejarah 0", "Sejarah 1", "Sejarah 2"}
    agency.sync_all()
    assert dump(c) == dump(a)


def _add_unit(agency, laptop: int, name: str) -> None:
    with as_user(agency.admins[laptop]) as s:
        s.add(Unit(agency_id=agency.laptops[laptop].agency_id, name=name))


# -------------------------------------------------------------- 3. lost, restored, re-enrolled


def test_an_enrolment_file_works_once_and_not_after_it_expires(agency, tmp_path) -> None:
    file = sy.make_enrolment(agency.admins[0], passphrase=ENROL_PASSPHRASE)
    ws, _ = sy.join_agency(
        file,
        ENROL_PASSPHRASE,
        tmp_path / "x1",
        agency.share.address,
        workspace_passphrase="frasa-x",
        prefer_keyring=False,
    )
    ws.close()
    with pytest.raises(EnrolmentError, match="sudah dipakai"):
        sy.join_agency(
            file,
            ENROL_PASSPHRASE,
            tmp_path / "x2",
            agency.share.address,
            workspace_passphrase="frasa-x",
            prefer_keyring=False,
        )
    assert not (tmp_path / "x2").exists()
    late = sy.make_enrolment(agency.admins[0], passphrase=ENROL_PASSPHRASE, valid_days=1)
    real_now = sy.utcnow
    try:
        from datetime import timedelta

        sy.utcnow = lambda: real_now() + timedelta(days=2)  # type: ignore[assignment]
        with pytest.raises(WorkspaceError, match="kedaluwarsa"):
            sy.join_agency(
                late, ENROL_PASSPHRASE, tmp_path / "x3", agency.share.address, prefer_keyring=False
            )
    finally:
        sy.utcnow = real_now  # type: ignore[assignment]


def test_a_laptop_restored_from_an_old_backup_loses_nothing(agency, tmp_path) -> None:
    from asn_desktop.services.backup import backup_workspace, restore_workspace

    a, b = agency.laptops
    with as_user(agency.admins[1]) as s:
        s.add(Unit(agency_id=b.agency_id, name="Sebelum cadangan"))
    agency.sync(1)
    backup_workspace(agency.admins[1], tmp_path / "b.asnbak", passphrase="cadangan-uji-1")
    with as_user(agency.admins[1]) as s:
        s.add(Unit(agency_id=b.agency_id, name="Sesudah cadangan"))
    agency.sync(1)
    b.close()
    restore_workspace(
        tmp_path / "b.asnbak", tmp_path / "b-pulih", passphrase="cadangan-uji-1", prefer_keyring=False
    )
    restored = open_workspace(tmp_path / "b-pulih", passphrase="cadangan-uji-1")
    agency.laptops[1] = restored
    agency.admins[1] = login(restored, "admin", PASSWORD)
    with as_user(agency.admins[1]) as s:
        s.add(Unit(agency_id=restored.agency_id, name="Sesudah pemulihan"))
    report = agency.sync(1)[0]
    assert any("dipulihkan dari cadangan lama" in w for w in report.warnings)
    agency.sync_all()
    for ws in agency.laptops:
        names = {fields_of(ws, "unit", u)["name"] for u in _units(ws)}
        assert {"Sebelum cadangan", "Sesudah cadangan", "Sesudah pemulihan"} <= names
    assert dump(a) == dump(restored)


def test_a_revoked_laptop_is_refused_everywhere_and_loses_the_new_key(agency) -> None:
    a, b = agency.laptops
    n = agency.add_laptop()
    c = agency.laptops[n]
    agency.sync_all()
    last = security.revoke_device(agency.admins[0], device_id=b.device_id, reason="laptop hilang")
    agency.sync(0)  # the admin's sync also draws a new sync key for the others
    agency.sync(n)
    with as_user(agency.admins[1]) as s:
        s.get(Employee, agency.head).email = "dari-laptop-hilang@x.id"
    agency.sync(1)  # it still pushes once, then learns that it is revoked
    with pytest.raises(EnrolmentError, match="dicabut"):
        agency.sync(1)
    agency.sync(0, n)
    for ws in (a, c):
        assert fields_of(ws, "employee", agency.head)["email"] is None
    assert last == 0  # it had sent nothing yet: everything it sends from now on is refused
    # What the others write now is under a key generation the revoked laptop never received.
    with as_user(agency.admins[0]) as s:
        s.get(Employee, agency.head).name = "Kepala Baru"
    agency.sync(0)
    newest = max(_log(agency, a).glob("*.bundle")).read_bytes()
    header = json.loads(newest[12 : 12 + int.from_bytes(newest[8:12], "big")])
    assert header["key_epoch"] >= 1
    from asn_desktop.sync.engine import SyncEngine

    assert (
        header["key_epoch"]
        not in SyncEngine(sy.replica_of(b), sy._transport(agency.share.address)).sync_keys()
    )
    agency.sync(n)
    assert fields_of(c, "employee", agency.head)["name"] == "Kepala Baru"


# -------------------------------------------------------------- 4. a replicating share


def test_a_replicated_share_copied_in_random_order_with_half_written_files(agency, tmp_path) -> None:
    a = agency.laptops[0]
    for i in range(4):
        with as_user(agency.admins[i % 2]) as s:
            s.add(Unit(agency_id=a.agency_id, name=f"R{i}"))
        agency.sync(i % 2)
    source = agency.share.disk
    mirror = tmp_path / "cermin"
    files = [p for p in source.rglob("*") if p.is_file()]
    random.Random(7).shuffle(files)
    half = len(files) // 2
    for p in files[:half]:  # the first half arrives, some of it half written
        target = mirror / p.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        data = p.read_bytes()
        target.write_bytes(
            data[: len(data) // 2] if p.suffix == ".bundle" and random.Random(str(p)).random() < 0.3 else data
        )
    n = agency.add_laptop()
    c = agency.laptops[n]
    agency.sync(0, 1)
    sy.sync_workspace(agency.admins[n], str(mirror))  # syncs against the half-copied mirror: no crash
    for p in files:  # the rest arrives, and the half-written files are completed
        target = mirror / p.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(p.read_bytes())
    sy.sync_workspace(agency.admins[n], str(mirror))
    sy.sync_workspace(agency.admins[n], agency.share.address)
    assert {fields_of(c, "unit", u)["name"] for u in _units(c)} >= {"R0", "R1", "R2", "R3"}


def test_an_audit_log_rebuilt_with_the_laptops_own_keys_is_caught(agency) -> None:
    """Finding: with the database key the audit chain could be rewritten and audit-verify said
    "utuh". Here the laptop's user holds everything a laptop can hold: the database key, the
    device key and their own password. They rewrite their own event, re-sign it and every later
    one with those keys and relink the chain. The chain verifies on its own; against the share,
    which already holds what the laptop pushed, the rewrite is named."""
    from sqlalchemy import select as sql_select

    from asn_desktop.security import audit
    from asn_desktop.services import skp as skp_svc
    from asn_desktop.services.audit_check import verify_audit
    from asn_desktop.services.context import AppContext
    from asn_desktop.store.models import AuditEvent, Meta

    _, b = agency.laptops
    agency.sync_all()
    staff = agency.ctx(1, "staf")
    skp_svc.create_skp(staff, year=2026)
    agency.sync(1, 0)
    system = AppContext.system(b)
    assert verify_audit(system, agency.share.address).problems == []
    staff_id = _user_id(b, "uji.staf")
    device = Ed25519PrivateKey.from_private_bytes(b.secrets["device_signing_key"])
    with b.sessions() as s, s.begin():
        events = list(s.scalars(sql_select(AuditEvent).order_by(AuditEvent.seq)))
        target = max(e.seq for e in events if e.user_id == staff_id)
        prev = next((e.hash for e in events if e.seq == target - 1), audit.GENESIS)
        for ev in (e for e in events if e.seq >= target):
            if ev.seq == target:
                ev.details = json.dumps({"catatan": "tidak pernah terjadi"})
            assert ev.user_id in (staff_id, *audit.SYSTEM_USERS), "only the attacker's own keys re-sign"
            ev.prev_hash = prev
            ev.hash = audit.digest_body(audit._body(ev))
            key = staff.signer.private if ev.user_id == staff_id else device
            ev.signature = key.sign(audit._message(ev.hash)).hex()
            prev = ev.hash
        s.get(Meta, audit.HEAD_KEY).value = f"{events[-1].seq}:{prev}"
    assert verify_audit(system).problems == [], "re-signed with keys it holds, the chain alone holds"
    problems = verify_audit(system, agency.share.address).problems
    assert problems == [
        f"Log audit laptop ini ditulis ulang: peristiwa #{target} tidak sama dengan yang sudah "
        "dikirim ke penyimpanan bersama."
    ]


def test_an_audit_event_rebuilt_without_its_authors_key_is_named(agency) -> None:
    """The database key alone (no author's password): a person's event rewritten and the chain
    relinked fails at that event's signature, even where the device key re-signs the rest."""
    from sqlalchemy import select as sql_select

    from asn_desktop.security import audit
    from asn_desktop.services.audit_check import verify_audit
    from asn_desktop.services.context import AppContext
    from asn_desktop.store.models import AuditEvent, Meta

    a, _ = agency.laptops
    agency.sync_all()
    device = Ed25519PrivateKey.from_private_bytes(a.secrets["device_signing_key"])
    with a.sessions() as s, s.begin():
        events = list(s.scalars(sql_select(AuditEvent).order_by(AuditEvent.seq)))
        target = next(e.seq for e in events if e.user_id not in audit.SYSTEM_USERS)
        prev = next((e.hash for e in events if e.seq == target - 1), audit.GENESIS)
        for ev in (e for e in events if e.seq >= target):
            if ev.seq == target:
                ev.action = "user.palsu"
            ev.prev_hash = prev
            ev.hash = audit.digest_body(audit._body(ev))
            if ev.user_id in audit.SYSTEM_USERS:
                ev.signature = device.sign(audit._message(ev.hash)).hex()
            prev = ev.hash
        s.get(Meta, audit.HEAD_KEY).value = f"{events[-1].seq}:{prev}"
    problems = verify_audit(AppContext.system(a)).problems
    assert len(problems) == 1, problems
    assert f"#{target}" in problems[0]
