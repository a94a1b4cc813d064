"""The merge and its authorisation: changes from "another laptop", signed by people, judged here.

A real workspace holds a small directory made through the services (an admin, a head of office
who rates, a staff member). Changes that "arrive" are written as another device would send
them: entries with HLCs of that device, in batches signed by an author's key (or by a key that
is not the author's), applied through ``apply_changes`` as a pull does.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import bindparam, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from asn_desktop.domain.ids import new_id
from asn_desktop.security.userkeys import UserKey
from asn_desktop.services import employees as emp
from asn_desktop.services.workspace import login
from asn_desktop.store.models import ChangeBatch, ChangeLog, SyncPending, SyncQuarantine
from asn_desktop.sync import authz, merge
from asn_desktop.sync.batch import LEGACY_LOCAL, digest_of, signing_message
from asn_desktop.sync.changelog import SYNC_APPLY
from asn_desktop.sync.merge import Change, apply_changes, log_changes
from tests.conftest import PASSWORD

NOW = datetime(2026, 5, 1, 12, 0)
DEV_B = "01900000-0000-7000-8000-00000000000b"
DEV_C = "01900000-0000-7000-8000-00000000000c"
_last = [0]


def _next_wall() -> int:
    # A minute ahead of now (after the directory the fixture made), and always increasing.
    _last[0] = max(_last[0] + 1, int(time.time() * 1000) + 60_000)
    return _last[0]


def h(dev: str = DEV_B, wall: int | None = None) -> str:
    return f"{wall if wall is not None else _next_wall():013d}-00000-{dev}"


@dataclass
class World:
    ws: Any
    admin: Any
    kepala: Any
    staf: Any
    unit: str
    head: str
    staff: str

    def key(self, who: str) -> UserKey:
        return getattr(self, who).signer


@pytest.fixture
def world(workspace) -> World:
    admin = login(workspace, "admin", PASSWORD)
    unit = emp.create_unit(admin, name="Kantor")
    head = emp.create_employee(
        admin, emp.EmployeeInput(nip="197001012000031001", name="Kepala", unit_id=unit)
    )
    staff = emp.create_employee(
        admin, emp.EmployeeInput(nip="199001012015031003", name="Staf", unit_id=unit, supervisor_id=head)
    )
    emp.create_user(admin, username="kepala", password=PASSWORD, role="penilai", employee_id=head)
    emp.create_user(admin, username="staf", password=PASSWORD, role="pegawai", employee_id=staff)
    return World(
        workspace,
        admin,
        login(workspace, "kepala", PASSWORD),
        login(workspace, "staf", PASSWORD),
        unit,
        head,
        staff,
    )


def signed(
    w: World,
    signer: UserKey,
    entries: list[tuple[str, str, dict[str, Any]] | tuple[str, str, dict[str, Any], bool]],
    *,
    dev: str = DEV_B,
    author: str | None = None,
    seq: int | None = 1,
    kind: str = "user",
    after: tuple[dict[str, Any], list[Change]] | bool | None = False,
    forged: bool = False,
) -> tuple[dict[str, Any], list[Change]]:
    """A batch as another device sends it: its row for ``change_batch`` and its changes.

    ``after``: a format-2 batch chained to that batch (``None``: the first of a chain; the default
    ``False`` makes a format-1 batch); ``forged``: its own signature is broken."""
    rows = [(e[0], e[1], h(dev), e[2], bool(e[3]) if len(e) > 3 else False) for e in entries]
    who = author if author is not None else signer.user_id
    if kind == "legacy":
        who = None
    version = 1 if after is False else 2
    prev = after[0]["digest"] if isinstance(after, tuple) else None
    digest = digest_of(w.ws.workspace_id, kind, who, rows, version=version, prev=prev)
    sig = "" if kind == "legacy" else signer.sign(signing_message(w.ws.workspace_id, digest)).hex()
    if forged:
        sig = sig[:-2] + f"{int(sig[-2:], 16) ^ 1:02x}"
    meta = {
        "digest": digest,
        "kind": kind,
        "author": who,
        "signature": sig,
        "origin": dev,
        "hlc": rows[0][2],
        "bundle_seq": seq,
        "version": version,
        "prev": prev,
    }
    return meta, [Change(t, r, hlc, f, d, who, digest) for t, r, hlc, f, d in rows]


def deliver(w: World, *batches: tuple[dict[str, Any], list[Change]], rejudge: tuple[str, ...] = ()):
    with w.ws.sessions() as s, s.begin():
        s.info[SYNC_APPLY] = True
        for meta, _ in batches:
            s.execute(sqlite_insert(ChangeBatch).values(**meta).on_conflict_do_nothing())
        changes = [c for _, cs in batches for c in cs]
        return apply_changes(s, changes, now=NOW, workspace_id=w.ws.workspace_id, rejudge=rejudge)


def row(w: World, table: str, rid: str) -> dict[str, Any] | None:
    with w.ws.sessions() as s:
        found = s.execute(text(f"select * from {table} where id = :i"), {"i": rid}).mappings().one_or_none()
    return dict(found) if found else None


def quarantine(w: World) -> dict[str, str]:
    with w.ws.sessions() as s:
        return {q.row_id: q.reason for q in s.scalars(select(SyncQuarantine))}


def pending(w: World) -> dict[str, str]:
    with w.ws.sessions() as s:
        return dict(s.execute(select(SyncPending.row_id, SyncPending.reason)).all())


def draft_plan(w: World, employee_id: str) -> dict[str, Any]:
    """An SKP draft of ``employee_id`` rated by the fixture's head."""
    return {
        "employee_id": employee_id,
        "year": 2026,
        "version": 1,
        "status": "draft",
        "approach": "kualitatif",
        "penilai_id": w.head,
    }


def unit_fields(name: str, w: World) -> dict[str, Any]:
    return {"agency_id": w.ws.agency_id, "parent_id": None, "name": name, "code": None}


def test_an_admins_change_from_another_laptop_applies_once(world) -> None:
    uid = new_id()
    batch = signed(world, world.key("admin"), [("unit", uid, unit_fields("Bidang", world))])
    report = deliver(world, batch)
    assert (report.applied, report.quarantined) == (1, 0)
    assert row(world, "unit", uid)["name"] == "Bidang"
    again = deliver(world, batch)
    assert (again.applied, again.duplicates) == (0, 1)
    assert deliver(world, ({**batch[0]}, [Change("rahasia", uid, h(), {})])).unknown == 1


def test_nobody_but_an_admin_changes_the_directory(world) -> None:
    staff_user = world.staf.actor.user_id
    forged = signed(
        world,
        world.key("staf"),
        [
            ("user_account", staff_user, {"role": "admin"}),
            ("employee", world.staff, {"supervisor_id": world.staff, "name": "Peretas"}),
            ("unit", world.unit, {"name": "Diambil alih"}),
        ],
    )
    report = deliver(world, forged)
    assert report.quarantined == 3
    assert row(world, "user_account", staff_user)["role"] == "pegawai"
    assert row(world, "employee", world.staff)["name"] == "Staf"
    reasons = quarantine(world)
    assert reasons[staff_user].startswith("hanya admin")
    assert reasons[world.unit] == "hanya admin yang boleh mengubah data ini"


def test_signatures_authors_and_batches_are_checked(world) -> None:
    uid = new_id()
    stranger = UserKey(world.admin.actor.user_id, Ed25519PrivateKey.generate())
    deliver(world, signed(world, stranger, [("unit", uid, unit_fields("Palsu", world))]))
    assert quarantine(world)[uid] == "tanda tangan penulis tidak sah atau kunci penulis tidak dikenal"
    ghost = UserKey(new_id(), Ed25519PrivateKey.generate())
    other = new_id()
    deliver(world, signed(world, ghost, [("unit", other, unit_fields("Hantu", world))]))
    assert "tanda tangan penulis tidak sah" in quarantine(world)[other]
    meta, changes = signed(world, world.key("admin"), [("unit", new_id(), unit_fields("Tanpa", world))])
    lost = [Change(c.table, c.row_id, c.hlc, c.fields, c.deleted, c.author, "0" * 64) for c in changes]
    deliver(world, (meta, lost))
    assert quarantine(world)[lost[0].row_id] == "perubahan tanpa tanda tangan penulis"
    assert row(world, "unit", uid) is None


def test_signatures_checked_up_front_give_the_lazy_answers(world, monkeypatch) -> None:
    """A large apply checks its batches' signatures on every core first; the fold then decides
    with those answers exactly as it would have alone (the stranger's key is still refused, a
    batch of an author with no key on record still waits for the lazy path)."""
    monkeypatch.setattr(authz, "PREVERIFY_MIN", 2)
    monkeypatch.setattr(authz, "_VERIFIED", {})
    made: list[int] = []
    real = authz._verify_all
    monkeypatch.setattr(authz, "_verify_all", lambda checks: made.append(len(checks)) or real(checks))
    good, forged = new_id(), new_id()
    stranger = UserKey(world.admin.actor.user_id, Ed25519PrivateKey.generate())
    report = deliver(
        world,
        signed(world, world.key("admin"), [("unit", good, unit_fields("Asli", world))]),
        signed(world, world.key("admin"), [("unit", new_id(), unit_fields("Asli 2", world))]),
        signed(world, stranger, [("unit", forged, unit_fields("Palsu", world))]),
    )
    assert made
    assert made[0] >= 3
    assert report.quarantined == 1
    assert row(world, "unit", good)["name"] == "Asli"
    assert quarantine(world)[forged] == "tanda tangan penulis tidak sah atau kunci penulis tidak dikenal"
    assert len(authz._VERIFIED) == made[0], "the fold only looked up the checks made up front"
    made.clear()
    deliver(world, rejudge=(good, forged))  # a later apply of the same pull: nothing checked twice
    assert made == []
    assert quarantine(world)[forged] == "tanda tangan penulis tidak sah atau kunci penulis tidak dikenal"
    monkeypatch.setattr(authz, "PREVERIFY_MIN", 10**6)
    other = new_id()
    deliver(world, signed(world, world.key("admin"), [("unit", other, unit_fields("Kecil", world))]))
    assert made == []
    assert row(world, "unit", other)["name"] == "Kecil"


def test_batches_read_in_one_pass_answer_as_the_indexed_reads(world, monkeypatch) -> None:
    monkeypatch.setattr(authz, "PRIME_SCAN", 0)
    good = new_id()
    meta, changes = signed(world, world.key("admin"), [("unit", new_id(), unit_fields("Tanpa", world))])
    lost = [Change(c.table, c.row_id, c.hlc, c.fields, c.deleted, c.author, "1" * 64) for c in changes]
    deliver(
        world, signed(world, world.key("admin"), [("unit", good, unit_fields("Satu", world))]), (meta, lost)
    )
    assert row(world, "unit", good)["name"] == "Satu"
    assert quarantine(world)[lost[0].row_id] == "perubahan tanpa tanda tangan penulis"


def test_a_change_whose_author_is_not_yet_known_waits_for_the_directory(world) -> None:
    # A new user, made on laptop C, writes on laptop C before this laptop has their account.
    key = Ed25519PrivateKey.generate()
    new_user = new_id()
    newcomer = UserKey(new_user, key)
    uid = new_id()
    deliver(world, signed(world, newcomer, [("unit", uid, unit_fields("Awal", world))], dev=DEV_C))
    assert quarantine(world)[uid] == "tanda tangan penulis tidak sah atau kunci penulis tidak dikenal"
    from asn_desktop.security.userkeys import public_hex

    account = {
        "username": "baru",
        "password_hash": "x",
        "role": "admin",
        "employee_id": None,
        "active": True,
        "public_key": public_hex(key),
        "sealed_key": None,
        "pending_key": None,
    }
    # The admin's account change is older than the user's change: it settles it.
    meta, changes = signed(world, world.key("admin"), [("user_account", new_user, account)], dev=DEV_B)
    older = [
        Change(c.table, c.row_id, f"{10**12 - 5:013d}-00000-{DEV_B}", c.fields, c.deleted, c.author, c.batch)
        for c in changes
    ]
    meta["hlc"] = older[0].hlc
    report = deliver(world, (meta, older))
    assert report.quarantined == 0
    assert row(world, "unit", uid)["name"] == "Awal"
    assert uid not in quarantine(world)


def test_the_same_set_of_changes_gives_the_same_state_in_any_order(world) -> None:
    uid = new_id()
    edits = [
        signed(world, world.key("admin"), [("unit", uid, unit_fields("A", world))], dev=DEV_B),
        signed(world, world.key("staf"), [("unit", uid, {"name": "B"})], dev=DEV_C),
        signed(world, world.key("admin"), [("unit", uid, {"code": "K1"})], dev=DEV_B),
    ]
    deliver(world, edits[2], edits[1])
    deliver(world, edits[0])
    assert (row(world, "unit", uid)["name"], row(world, "unit", uid)["code"]) == ("A", "K1")
    assert quarantine(world)[uid] == "hanya admin yang boleh mengubah data ini"


def test_two_different_changes_under_one_clock_count_for_neither(world) -> None:
    uid = new_id()
    meta, first = signed(world, world.key("admin"), [("unit", uid, unit_fields("Satu", world))])
    meta2, second = signed(world, world.key("admin"), [("unit", uid, unit_fields("Dua", world))])
    twin = [Change(c.table, c.row_id, first[0].hlc, c.fields, c.deleted, c.author, c.batch) for c in second]
    meta2["hlc"] = first[0].hlc
    deliver(world, (meta, first), (meta2, twin))
    assert row(world, "unit", uid) is None
    assert quarantine(world)[uid] == "dua perubahan berbeda dengan cap waktu yang sama"


def test_legacy_history_counts_once_an_admin_attests_it(world) -> None:
    uid = new_id()
    legacy = signed(world, world.key("admin"), [("unit", uid, unit_fields("Lama", world))], kind="legacy")
    deliver(world, legacy)
    assert quarantine(world)[uid] == "riwayat lama yang belum disahkan admin"
    attestation = signed(
        world,
        world.key("admin"),
        [("legacy_attestation", new_id(), {"digest": legacy[0]["digest"], "note": None})],
    )
    deliver(world, attestation)
    assert row(world, "unit", uid)["name"] == "Lama"
    assert uid not in quarantine(world)


def test_this_laptops_own_history_from_before_the_upgrade_counts(world) -> None:
    uid = new_id()
    change = Change("unit", uid, h(), unit_fields("Lokal", world), False, None, LEGACY_LOCAL)
    with world.ws.sessions() as s, s.begin():
        s.info[SYNC_APPLY] = True
        apply_changes(s, [change], now=NOW, workspace_id=world.ws.workspace_id)
    assert row(world, "unit", uid)["name"] == "Lokal"


def test_a_revoked_laptops_later_bundles_never_count(world) -> None:
    early, late = new_id(), new_id()
    first = signed(
        world, world.key("admin"), [("unit", early, unit_fields("Sebelum", world))], dev=DEV_C, seq=1
    )
    second = signed(
        world, world.key("admin"), [("unit", late, unit_fields("Sesudah", world))], dev=DEV_C, seq=2
    )
    unsent = signed(
        world, world.key("admin"), [("unit", new_id(), unit_fields("Belum", world))], dev=DEV_C, seq=None
    )
    deliver(world, first, second, unsent)
    assert row(world, "unit", late)["name"] == "Sesudah"
    deliver(world, _revoke_c(world))
    assert row(world, "unit", early)["name"] == "Sebelum"
    assert row(world, "unit", late) is None
    assert quarantine(world)[late] == "dikirim oleh perangkat yang sudah dicabut"


def _revoke_c(w: World) -> tuple[dict[str, Any], list[Change]]:
    """The admin revokes laptop C after its first bundle."""
    device = {
        "name": "laptop C",
        "public_key": "00" * 32,
        "enrolled_at": NOW.isoformat(),
        "expires_at": None,
        "revoked_after": 1,
        "revoked_at": NOW.isoformat(),
        "revoked_reason": "hilang",
    }
    return signed(w, w.key("admin"), [("device", DEV_C, device)])


def _assessment_row(w: World, **fields: Any) -> dict[str, Any]:
    base = {
        "employee_id": w.staff,
        "period_key": "2026",
        "status": "draft",
        "assessor_id": w.head,
        "skp_id": None,
    }
    return base | fields


def test_ratings_are_the_penilais_and_a_locked_assessment_never_changes(world) -> None:
    aid = new_id()
    deliver(
        world,
        signed(world, world.key("staf"), [("assessment", aid, _assessment_row(world, self_note="saya"))]),
    )
    mine = signed(
        world,
        world.key("staf"),
        [
            (
                "assessment",
                aid,
                {"rating_hasil": "di_atas", "rating_perilaku": "di_atas", "predikat": "sangat_baik"},
            )
        ],
    )
    deliver(world, mine)
    assert row(world, "assessment", aid)["rating_hasil"] is None
    assert "tidak diizinkan" in quarantine(world)[aid]
    rated = {"rating_hasil": "sesuai", "rating_perilaku": "sesuai", "predikat": "baik"}
    deliver(world, signed(world, world.key("kepala"), [("assessment", aid, rated)]))
    deliver(
        world,
        signed(
            world,
            world.key("kepala"),
            [("assessment", aid, {"status": "final", "finalized_at": NOW.isoformat()})],
        ),
    )
    deliver(
        world,
        signed(
            world, world.key("kepala"), [("assessment", aid, {"status": "signed", "signed_hash": "ab" * 32})]
        ),
    )
    late = signed(world, world.key("kepala"), [("assessment", aid, {"notes": "sesudah tanda tangan"})])
    report = deliver(world, late)
    assert report.conflicts == 1
    gone = signed(world, world.key("kepala"), [("assessment", aid, {}, True)])
    deliver(world, gone)
    final = row(world, "assessment", aid)
    assert (final["status"], final["notes"], final["predikat"]) == ("signed", None, "baik")
    assert quarantine(world)[aid] == "dokumen yang terkunci tidak dapat dihapus"


def test_supervision_is_judged_as_it_stood_when_the_change_was_made(world) -> None:
    aid = new_id()
    rated = {
        "rating_hasil": "sesuai",
        "rating_perilaku": "sesuai",
        "predikat": "baik",
        "notes": "oleh kepala",
    }
    rating = signed(world, world.key("kepala"), [("assessment", aid, _assessment_row(world) | rated)])
    # The admin had moved the staff member to another supervisor just before (older clock).
    meta, moved = signed(world, world.key("admin"), [("employee", world.staff, {"supervisor_id": None})])
    before = [
        Change(
            c.table,
            c.row_id,
            f"{rating[1][0].key[0] - 1:013d}-00000-{DEV_C}",
            c.fields,
            c.deleted,
            c.author,
            c.batch,
        )
        for c in moved
    ]
    meta.update(hlc=before[0].hlc, origin=DEV_C)
    deliver(world, rating)
    assert row(world, "assessment", aid)["notes"] == "oleh kepala"
    deliver(world, (meta, before))
    assert row(world, "assessment", aid) is None
    assert aid in quarantine(world)


def test_plan_rows_follow_their_skp_and_wait_for_it(world) -> None:
    skp, rhk = new_id(), new_id()
    plan = draft_plan(world, world.staff)
    rhk_row = {
        "skp_id": skp,
        "kind": "utama",
        "text": "RHK",
        "parent_rhk_id": None,
        "perspektif": None,
        "position": 0,
    }
    drafted = signed(world, world.key("staf"), [("skp", skp, plan)])
    deliver(world, signed(world, world.key("staf"), [("rhk", rhk, rhk_row)]))  # arrives first
    assert rhk in pending(world)  # its SKP has not arrived
    deliver(world, drafted)
    assert row(world, "rhk", rhk)["text"] == "RHK"
    deliver(world, signed(world, world.key("staf"), [("skp", skp, {"status": "submitted"})]))
    deliver(
        world,
        signed(world, world.key("kepala"), [("skp", skp, {"status": "approved", "content_hash": "c" * 64})]),
    )
    edit = signed(world, world.key("staf"), [("rhk", rhk, {"text": "diubah sesudah disetujui"})])
    deliver(world, edit)
    assert row(world, "rhk", rhk)["text"] == "RHK"
    assert "tidak dapat diubah" in quarantine(world)[rhk]
    stolen = signed(world, world.key("staf"), [("skp", skp, {}, True)])
    deliver(world, stolen)
    assert row(world, "skp", skp)["status"] == "approved"


def test_rows_are_written_parents_first_and_a_units_pimpinan_once_employees_are(world) -> None:
    """Children listed before their parents, a unit headed by an employee of the same batch, and
    a unit whose head never arrived: every honest row lands, the dangling one waits."""
    top, sub, lost_unit = new_id(), new_id(), new_id()
    boss, staff = new_id(), new_id()

    def person(nip: str, unit: str, supervisor: str | None) -> dict[str, Any]:
        return {
            "nip": nip,
            "employee_type": "PNS",
            "name": nip[-4:],
            "unit_id": unit,
            "supervisor_id": supervisor,
            "active": True,
        }

    batch = signed(
        world,
        world.key("admin"),
        [
            ("unit", sub, {**unit_fields("Sub", world), "parent_id": top, "pimpinan_id": boss}),
            ("unit", top, {**unit_fields("Atas", world), "pimpinan_id": None}),
            ("unit", lost_unit, {**unit_fields("Hilang", world), "pimpinan_id": new_id()}),
            ("employee", staff, person("199201012015031009", sub, boss)),
            ("employee", boss, person("197501012000031008", top, None)),
        ],
    )
    report = deliver(world, batch)
    assert report.quarantined == 0
    assert row(world, "unit", sub)["pimpinan_id"] == boss
    assert row(world, "unit", sub)["parent_id"] == top
    assert row(world, "unit", top)["pimpinan_id"] is None
    assert row(world, "employee", staff)["supervisor_id"] == boss
    assert row(world, "unit", lost_unit) is None
    assert "induk" in pending(world)[lost_unit]


def test_parents_first_orders_chains_diamonds_and_survives_cycles() -> None:
    rows = [
        {"id": "c", "up": "b", "side": None},
        {"id": "b", "up": "a", "side": None},
        {"id": "d", "up": "c", "side": "b"},
        {"id": "a", "up": "outside", "side": None},
        {"id": "x", "up": "y", "side": None},
        {"id": "y", "up": "x", "side": None},
    ]
    ordered = [r["id"] for r in merge._parents_first(rows, ("up", "side"))]
    assert sorted(ordered) == sorted(r["id"] for r in rows)
    assert ordered.index("a") < ordered.index("b") < ordered.index("c") < ordered.index("d")
    assert merge._parents_first(rows, ()) is rows


def test_a_refused_row_among_many_keeps_the_rows_before_and_after_it(world) -> None:
    # The rows are written by one executemany with no savepoint (merge._upsert): the refused row
    # must be the one named, and the others must all land, with the model's insert defaults.
    def person(nip: str, name: str) -> dict[str, Any]:
        return {"nip": nip, "employee_type": "PNS", "name": name, "unit_id": world.unit}

    ids = [new_id() for _ in range(5)]
    people = [
        person("198001012005011001", "Satu"),
        person("198001012005011002", "Dua"),
        person("197001012000031001", "Kembar kepala"),  # the NIP of the fixture's head
        person("198001012005011002", "Kembar dua"),  # the NIP of "Dua", one row earlier
        person("198001012005011005", "Lima"),
    ]
    deliver(world, signed(world, world.key("admin"), list(zip(["employee"] * 5, ids, people, strict=True))))
    assert set(pending(world)) == {ids[2], ids[3]}
    assert all("unik" in pending(world)[i] for i in ids[2:4])
    for i, who in ((0, "Satu"), (1, "Dua"), (4, "Lima")):
        written = row(world, "employee", ids[i])
        assert written is not None
        assert written["name"] == who
        assert written["active"] == 1  # the model's default, as an ORM insert gives it
    assert row(world, "employee", ids[2]) is None
    assert row(world, "employee", ids[3]) is None


def test_unique_rules_and_missing_parents_keep_rows_pending(world, monkeypatch) -> None:
    nip_twin = new_id()
    clash = {
        "nip": "197001012000031001",
        "employee_type": "PNS",
        "name": "Kembar",
        "unit_id": world.unit,
        "active": True,
    }
    deliver(world, signed(world, world.key("admin"), [("employee", nip_twin, clash)]))
    assert "unik" in pending(world)[nip_twin]
    orphan = new_id()
    child = {"unit_id": new_id(), "name": "Analis", "kind": "pelaksana", "leads_unit": False}
    monkeypatch.setattr(merge, "BULK_FK_CHECK", 1)
    deliver(world, signed(world, world.key("admin"), [("position", orphan, child)]))
    assert "induk" in pending(world)[orphan]


def test_a_large_apply_reads_the_log_and_the_directory_in_one_pass(world, monkeypatch) -> None:
    monkeypatch.setattr(merge, "DIRECTORY_PRELOAD", 0)
    ids = [new_id() for _ in range(5)]
    deliver(
        world,
        signed(
            world, world.key("admin"), [("unit", i, unit_fields(f"U{n}", world)) for n, i in enumerate(ids)]
        ),
    )
    assert all(row(world, "unit", i) for i in ids)


def test_rows_owned_by_an_employee_are_judged_again_when_the_employee_changes(world) -> None:
    meeting, part = new_id(), new_id()
    held = {
        "organiser_id": world.head,
        "held_on": "2026-03-01",
        "period_key": "2026",
        "place": None,
        "minutes": "x",
        "decisions": None,
    }
    deliver(
        world,
        signed(
            world,
            world.key("kepala"),
            [
                ("review_meeting", meeting, held),
                (
                    "meeting_participant",
                    part,
                    {"meeting_id": meeting, "employee_id": world.staff, "note": None},
                ),
            ],
        ),
    )
    assert row(world, "meeting_participant", part) is not None
    assert merge.affected_by(world.ws.sessions(), []) == set()


def test_log_changes_pages_by_sequence(world) -> None:
    with world.ws.sessions() as s:
        everything = log_changes(s, origin=world.ws.device_id, after_seq=0)
        first = log_changes(s, origin=world.ws.device_id, after_seq=0, limit=2)
    assert [c.hlc for _, c in first] == [c.hlc for _, c in everything[:2]]
    assert all(c.batch for _, c in everything)


def test_pending_key_requests_are_signed_by_the_key_they_name(world) -> None:
    from asn_desktop.security.userkeys import public_hex

    key = Ed25519PrivateKey.generate()
    staff_user = world.staf.actor.user_id
    request = signed(
        world, UserKey(staff_user, key), [("user_account", staff_user, {"pending_key": public_hex(key)})]
    )
    assert deliver(world, request).quarantined == 0
    assert row(world, "user_account", staff_user)["pending_key"] == public_hex(key)
    wider = signed(
        world,
        UserKey(staff_user, key),
        [("user_account", staff_user, {"pending_key": public_hex(key), "role": "admin"})],
    )
    assert deliver(world, wider).quarantined == 1


def test_judge_helpers_answer_for_rows_never_seen(world) -> None:
    with world.ws.sessions() as s:
        judge = authz.Judge(s, workspace_id=world.ws.workspace_id, root=authz.Root.load(s))
        assert judge.final(new_id()) is None
        assert judge.fold(new_id()).exists is False
        assert judge.actor_at(None, (0, 0, "")) is None
        with pytest.raises(authz.Undecidable):
            judge.state_at(new_id(), (0, 0, ""), table="unit")
        assert judge.owner_of("unit", world.unit, {}) is None


def test_every_synced_table_declares_who_may_write_it() -> None:
    from asn_desktop.sync.merge import synced_tables

    assert set(authz.rules()) == set(synced_tables())


def test_a_table_without_a_rule_accepts_nothing(world, monkeypatch) -> None:
    uid = new_id()
    monkeypatch.setattr(authz, "_RULES", {k: v for k, v in authz._RULES.items() if k != "unit"})
    deliver(world, signed(world, world.key("admin"), [("unit", uid, unit_fields("Tanpa aturan", world))]))
    assert quarantine(world)[uid] == "tabel unit tidak menerima perubahan dari laptop lain"


def test_deleted_rows_stay_deleted_and_inactive_or_odd_authors_count_for_nothing(world) -> None:
    uid = new_id()
    deliver(world, signed(world, world.key("admin"), [("unit", uid, unit_fields("Sebentar", world))]))
    deliver(world, signed(world, world.key("admin"), [("unit", uid, {}, True)]))
    deliver(world, signed(world, world.key("admin"), [("unit", uid, {"name": "Hidup lagi"})]))
    assert row(world, "unit", uid) is None
    staff_user = world.staf.actor.user_id
    deliver(world, signed(world, world.key("admin"), [("user_account", staff_user, {"active": False})]))
    later = new_id()
    deliver(
        world,
        signed(
            world,
            world.key("staf"),
            [
                (
                    "feedback",
                    later,
                    {
                        "employee_id": world.staff,
                        "author_user_id": staff_user,
                        "source": "diri",
                        "period_key": "2026",
                        "rhk_id": None,
                        "core_value": None,
                        "text": "x",
                        "score": None,
                        "created_at": NOW.isoformat(),
                    },
                )
            ],
        ),
    )
    assert quarantine(world)[later] == "penulis tidak dikenal atau tidak aktif pada saat itu"
    kepala_user = world.kepala.actor.user_id
    deliver(world, signed(world, world.key("admin"), [("user_account", kepala_user, {"role": "raja"})]))
    odd = new_id()
    deliver(world, signed(world, world.key("kepala"), [("unit", odd, unit_fields("Raja", world))]))
    assert quarantine(world)[odd] == "penulis tidak dikenal atau tidak aktif pada saat itu"


def test_a_rows_owner_never_moves_and_odd_fields_are_dropped(world) -> None:
    skp = new_id()
    plan = {
        "employee_id": world.staff,
        "year": 2026,
        "version": 1,
        "status": "draft",
        "approach": "kualitatif",
    }
    deliver(world, signed(world, world.key("staf"), [("skp", skp, plan)]))
    deliver(world, signed(world, world.key("staf"), [("skp", skp, {"employee_id": world.head})]))
    assert quarantine(world)[skp] == "pemilik baris tidak dapat dipindahkan"
    uid = new_id()
    deliver(
        world, signed(world, world.key("admin"), [("unit", uid, unit_fields("Rapi", world) | {"__x": 1})])
    )
    assert row(world, "unit", uid)["name"] == "Rapi"


def _hlc_wall(batch: tuple[dict[str, Any], list[Change]]) -> int:
    return batch[1][-1].key[0]


def test_public_feedback_is_scoped_to_the_recorders_units(world) -> None:
    inside, outside = new_id(), new_id()
    other_unit = new_id()
    deliver(world, signed(world, world.key("admin"), [("unit", other_unit, unit_fields("Lain", world))]))

    def response(unit: str) -> dict[str, Any]:
        return {
            "unit_id": unit,
            "employee_id": None,
            "received_on": "2026-03-01",
            "channel": "kios",
            "score": 4,
            "comment": None,
            "recorded_by": "x",
            "recorded_at": NOW.isoformat(),
            "source_key": None,
        }

    outside_batch = signed(
        world,
        world.key("kepala"),
        [
            ("public_feedback", inside, response(world.unit)),
            ("public_feedback", outside, response(other_unit)),
        ],
    )
    deliver(world, outside_batch)
    assert row(world, "public_feedback", inside) is not None
    assert quarantine(world)[outside] == "unit ini di luar wewenang pencatat"
    # The unit had been moved under the head's unit before (an older change, arriving late): the
    # response is judged again and counts.
    meta, moved = signed(world, world.key("admin"), [("unit", other_unit, {"parent_id": world.unit})])
    older = f"{_hlc_wall(outside_batch) - 1:013d}-00000-{DEV_C}"
    meta.update(hlc=older, origin=DEV_C)
    deliver(
        world,
        (meta, [Change(c.table, c.row_id, older, c.fields, c.deleted, c.author, c.batch) for c in moved]),
    )
    assert row(world, "public_feedback", outside) is not None


def test_unit_documents_and_rows_that_point_at_nothing(world) -> None:
    doc = new_id()
    deliver(
        world,
        signed(
            world,
            world.key("kepala"),
            [
                (
                    "signed_document",
                    doc,
                    {
                        "form": "penetapan",
                        "subject_id": world.unit,
                        "employee_id": None,
                        "period_key": "2026",
                        "content_hash": "a" * 64,
                        "file_sha256": "b" * 64,
                        "signers": "[]",
                        "signed_at": NOW.isoformat(),
                    },
                )
            ],
        ),
    )
    assert quarantine(world)[doc] == "dokumen unit dicatat oleh admin"
    part = new_id()
    deliver(
        world,
        signed(
            world,
            world.key("kepala"),
            [("meeting_participant", part, {"meeting_id": None, "employee_id": world.staff})],
        ),
    )
    assert part in pending(world) or part in quarantine(world)


def test_the_small_log_is_read_in_one_pass(world, monkeypatch) -> None:
    uid = new_id()
    batch = signed(world, world.key("admin"), [("unit", uid, unit_fields("Sekali", world))])
    with world.ws.sessions() as s:
        seq = s.scalar(select(ChangeLog.seq).order_by(ChangeLog.seq.desc()).limit(1))
    many = (world.unit, *(new_id() for _ in range(seq + 1)))  # more rows named than the log holds
    deliver(world, batch, rejudge=many)
    assert row(world, "unit", uid)["name"] == "Sekali"


def test_a_workspace_without_a_root_trusts_no_pinned_admin(world) -> None:
    with world.ws.sessions() as s, s.begin():
        s.execute(text("delete from meta where key = 'directory.root'"))
    with world.ws.sessions() as s:
        assert authz.Root.load(s) is None
    uid = new_id()
    deliver(world, signed(world, world.key("admin"), [("unit", uid, unit_fields("Tanpa akar", world))]))
    # Nobody made the admin an admin: without the pinned root, the directory has no start.
    assert row(world, "unit", uid) is None
    assert "kunci penulis tidak dikenal" in quarantine(world)[uid]


def test_a_row_whose_parent_never_arrived_waits_and_odd_rows_are_refused(world) -> None:
    ev = new_id()
    evidence = {
        "realisation_id": new_id(),
        "filename": "a.pdf",
        "mime": "application/pdf",
        "size": 1,
        "sha256": "a" * 64,
        "description": None,
        "uploaded_by": "x",
        "uploaded_at": NOW.isoformat(),
    }
    deliver(world, signed(world, world.key("staf"), [("evidence", ev, evidence)]))
    assert "menunggu data yang belum tiba" in pending(world)[ev]
    nobody = new_id()
    deliver(
        world,
        signed(
            world,
            world.key("staf"),
            [
                (
                    "feedback",
                    nobody,
                    {
                        "employee_id": None,
                        "author_user_id": world.staf.actor.user_id,
                        "source": "diri",
                        "period_key": "2026",
                        "text": "x",
                        "created_at": NOW.isoformat(),
                    },
                )
            ],
        ),
    )
    assert quarantine(world)[nobody] == "sumber umpan balik tidak dikenal"
    # An attestation nobody may make, and a device nobody revoked, change nothing.
    legacy = signed(
        world, world.key("admin"), [("unit", new_id(), unit_fields("Lama", world))], kind="legacy"
    )
    deliver(world, legacy)
    deliver(
        world,
        signed(
            world,
            world.key("staf"),
            [("legacy_attestation", new_id(), {"digest": legacy[0]["digest"], "note": None})],
        ),
    )
    device = {"name": "laptop D", "public_key": "00" * 32, "enrolled_at": NOW.isoformat()}
    deliver(world, signed(world, world.key("admin"), [("device", DEV_C, device)]))
    assert row(world, "unit", legacy[1][0].row_id) is None
    assert row(world, "device", DEV_C)["revoked_after"] is None


def _assessment_by(w: World, who: str, assessor: str) -> tuple[dict[str, Any], list[Change]]:
    fields = {"employee_id": w.staff, "period_key": "2026", "status": "draft", "assessor_id": assessor}
    fields |= {"skp_id": None, "version": 1, "previous_id": None}
    return signed(w, w.key(who), [("assessment", new_id(), fields)])


def test_a_plt_rates_in_the_position_only_while_acting(world) -> None:
    """Plt./Plh.: the merge reads the acting assignment as of each change's day, as the writer did."""
    from datetime import date, timedelta

    lead = emp.create_position(
        world.admin, unit_id=world.unit, name="Kepala Kantor", kind="jpt", leads_unit=True
    )
    emp.update_employee(
        world.admin,
        world.head,
        emp.EmployeeInput(nip="197001012000031001", name="Kepala", unit_id=world.unit, position_id=lead),
    )
    plt = emp.create_employee(
        world.admin, emp.EmployeeInput(nip="198001012005011002", name="Pelaksana", unit_id=world.unit)
    )
    emp.create_user(world.admin, username="plt", password=PASSWORD, role="penilai", employee_id=plt)
    world.plt = login(world.ws, "plt", PASSWORD)  # type: ignore[attr-defined]

    before = _assessment_by(world, "plt", plt)
    deliver(world, before)
    assert (
        quarantine(world)[before[1][0].row_id]
        == "pejabat penilai pada penilaian harus atasan langsung pegawai"
    )

    today = datetime.fromtimestamp(_next_wall() / 1000).date()
    span = {
        "start_on": (today - timedelta(days=1)).isoformat(),
        "end_on": (today + timedelta(days=5)).isoformat(),
    }
    assignment = {"position_id": lead, "employee_id": plt, "kind": "plt", "note": None, **span}
    deliver(world, signed(world, world.key("admin"), [("acting_assignment", new_id(), assignment)]))
    # Judged again, the earlier rating stays refused: it was written before the assignment existed
    # (a laptop that had received it would have stamped a later clock).
    assert before[1][0].row_id in quarantine(world)
    while_acting = _assessment_by(world, "plt", plt)
    holder = _assessment_by(world, "kepala", world.head)  # the holder waits while a Plt. acts
    deliver(world, while_acting, holder)
    assert row(world, "assessment", while_acting[1][0].row_id) is not None
    assert holder[1][0].row_id in quarantine(world)

    # Someone with no supervisor on record (a vacancy above him) is rated by the Plt. of his unit's
    # leading position; the Plt. never becomes his own pejabat penilai.
    alone = emp.create_employee(
        world.admin, emp.EmployeeInput(nip="199201012015031004", name="Sendiri", unit_id=world.unit)
    )
    vacancy = signed(
        world,
        world.key("plt"),
        [
            (
                "assessment",
                new_id(),
                {"employee_id": alone, "period_key": "2026", "status": "draft", "assessor_id": plt},
            )
        ],
    )
    own = signed(
        world,
        world.key("plt"),
        [
            (
                "assessment",
                new_id(),
                {"employee_id": plt, "period_key": "2026", "status": "draft", "assessor_id": plt},
            )
        ],
    )
    of_the_holder = signed(
        world,
        world.key("plt"),
        [("assessment", new_id(), {"employee_id": world.head, "period_key": "2026", "status": "draft"})],
    )
    deliver(world, vacancy, own, of_the_holder)
    assert row(world, "assessment", vacancy[1][0].row_id) is not None
    assert own[1][0].row_id in quarantine(world)
    assert of_the_holder[1][0].row_id in quarantine(world)  # a Plt. does not rate the holder

    # An assignment that ended long ago gives nothing.
    old = {**assignment, "start_on": date(2020, 1, 1).isoformat(), "end_on": date(2020, 2, 1).isoformat()}
    other = emp.create_employee(
        world.admin, emp.EmployeeInput(nip="198101012005011003", name="Lain", unit_id=world.unit)
    )
    emp.create_user(world.admin, username="lain", password=PASSWORD, role="penilai", employee_id=other)
    world.lain = login(world.ws, "lain", PASSWORD)  # type: ignore[attr-defined]
    deliver(
        world,
        signed(world, world.key("admin"), [("acting_assignment", new_id(), {**old, "employee_id": other})]),
    )
    late = _assessment_by(world, "lain", other)
    deliver(world, late)
    assert late[1][0].row_id in quarantine(world)


def test_remembered_signature_checks_never_change_an_answer(monkeypatch) -> None:
    """The pull's memory of checked signatures: a forged message under a good signature is still
    refused, and a full memory starts again without a wrong answer."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from asn_desktop.security.userkeys import public_hex
    from asn_desktop.sync import authz

    key = Ed25519PrivateKey.generate()
    public, message = public_hex(key), b"batch: rating_hasil=sesuai"
    signature = key.sign(message)
    monkeypatch.setattr(authz, "VERIFIED_MAX", 2)
    monkeypatch.setattr(authz, "_VERIFIED", {})
    assert authz._verified(public, signature, message)
    assert not authz._verified(public, signature, b"batch: rating_hasil=di_atas")
    assert len(authz._VERIFIED) == 2
    assert authz._verified(public, signature, message), "remembered"
    assert not authz._verified(public, key.sign(b"x"), message)  # full: the memory starts again
    assert len(authz._VERIFIED) == 1


def test_clocks_compare_as_numbers_not_as_text() -> None:
    """Finding: a counter past five digits (a large import) ordered two edits wrongly as strings."""
    from asn_desktop.sync.hlc import hlc_key

    earlier, later = "1764547200000-99999-aaaa", "1764547200000-100000-aaaa"
    assert earlier > later, "as text the later edit sorts first"
    assert hlc_key(earlier) < hlc_key(later)
    assert hlc_key("999-0-zzzz") < hlc_key("1000-0-aaaa")


def test_the_log_insert_binds_its_values_in_column_order() -> None:
    columns = merge._LOG_INSERT.split("(", 1)[1].split(")", 1)[0].split(", ")
    assert tuple(columns) == merge._LOG_COLUMNS
    assert merge._LOG_INSERT.count("?") == len(merge._LOG_COLUMNS)


def test_after_a_mutasi_the_closed_skp_is_rated_on_merge_by_its_own_penilai_only(world) -> None:
    """A forged rating of the closed SKP by the new supervisor is refused on every laptop; the
    old pejabat penilai's own rating of those months is applied."""
    baru = emp.create_employee(
        world.admin, emp.EmployeeInput(nip="198001012005011002", name="Atasan Baru", unit_id=world.unit)
    )
    emp.create_user(world.admin, username="baru", password=PASSWORD, role="penilai", employee_id=baru)
    world.baru = login(world.ws, "baru", PASSWORD)  # type: ignore[attr-defined]
    skp = new_id()
    plan = draft_plan(world, world.staff)
    deliver(world, signed(world, world.key("staf"), [("skp", skp, plan)]))
    deliver(world, signed(world, world.key("staf"), [("skp", skp, {"status": "submitted"})]))
    approved = {"status": "approved", "content_hash": "c" * 64}
    deliver(world, signed(world, world.key("kepala"), [("skp", skp, approved)]))
    deliver(
        world,
        signed(
            world,
            world.key("admin"),
            [("employee", world.staff, {"supervisor_id": baru}), ("skp", skp, {"end_on": "2026-05-14"})],
        ),
    )
    assert row(world, "skp", skp)["end_on"] is not None
    rated = {
        "rating_hasil": "di_atas",
        "rating_perilaku": "di_atas",
        "predikat": "sangat_baik",
        "skp_id": skp,
    }
    forged, honest = new_id(), new_id()
    deliver(
        world,
        signed(
            world,
            world.key("baru"),
            [("assessment", forged, _assessment_row(world, assessor_id=baru) | rated)],
        ),
    )
    deliver(
        world, signed(world, world.key("kepala"), [("assessment", honest, _assessment_row(world) | rated)])
    )
    assert row(world, "assessment", forged) is None
    assert quarantine(world)[forged] == "pejabat penilai pada penilaian harus atasan langsung pegawai"
    assert row(world, "assessment", honest)["predikat"] == "sangat_baik"
    # nor may the new supervisor take the old penilai's rating over
    retouch = {"rating_hasil": "di_bawah", "rating_perilaku": "di_bawah", "predikat": "kurang"}
    deliver(world, signed(world, world.key("baru"), [("assessment", honest, retouch)]))
    assert row(world, "assessment", honest)["predikat"] == "sangat_baik"


# ---------------------------------------------------------------- author chains (batch format 2)

BAD_SIGNATURE = "tanda tangan penulis tidak sah atau kunci penulis tidak dikenal"


def _units(w: World, *names: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [("unit", new_id(), unit_fields(n, w)) for n in names]


def _counting_checks(monkeypatch) -> list[bytes]:
    """Every signature check the judge makes, as the message checked (up front or lazily)."""
    monkeypatch.setattr(authz, "_VERIFIED", {})
    checked: list[bytes] = []
    real = authz.verify_signature

    def counting(public: str, signature: bytes, message: bytes) -> bool:
        checked.append(message)
        return real(public, signature, message)

    monkeypatch.setattr(authz, "verify_signature", counting)
    return checked


def test_one_signature_at_the_end_of_a_chain_vouches_for_every_batch_before_it(world, monkeypatch) -> None:
    """An author's batches from one laptop name their predecessor: the newest batch's signature
    covers the whole chain, so a join checks one signature per chain, not one per transaction —
    and a batch whose own signature was damaged still counts, because its successor vouches."""
    monkeypatch.setattr(authz, "PREVERIFY_MIN", 1)
    checked = _counting_checks(monkeypatch)
    admin = world.key("admin")
    first = signed(world, admin, _units(world, "Satu"), after=None, forged=True)
    second = signed(world, admin, _units(world, "Dua"), after=first)
    third = signed(world, admin, _units(world, "Tiga"), after=second)
    report = deliver(world, first, second, third)
    assert report.quarantined == 0
    for batch, name in [(first, "Satu"), (second, "Dua"), (third, "Tiga")]:
        assert row(world, "unit", batch[1][0].row_id)["name"] == name
    messages = {
        b[0]["digest"]: signing_message(world.ws.workspace_id, b[0]["digest"]) for b in (first, second, third)
    }
    assert messages[third[0]["digest"]] in checked
    assert messages[first[0]["digest"]] not in checked, "only the end of the chain was checked"
    assert messages[second[0]["digest"]] not in checked


def test_a_chain_vouches_only_for_the_authors_own_unaltered_batches(world) -> None:
    admin, staf = world.key("admin"), world.key("staf")
    rid = new_id()
    original = signed(world, admin, [("unit", rid, unit_fields("Asli", world))], after=None)
    # The same batch edited on the way: its digest is recomputed from what arrived, so it is not
    # the one its successor names, and the original's signature does not cover it.
    meta, changes = signed(world, admin, [("unit", rid, unit_fields("Diubah", world))], after=None)
    edited = ({**meta, "signature": original[0]["signature"]}, changes)
    honest_next = signed(world, admin, _units(world, "Sesudah"), after=original)
    deliver(world, edited, honest_next)
    assert quarantine(world)[rid] == BAD_SIGNATURE
    assert row(world, "unit", rid) is None
    assert row(world, "unit", honest_next[1][0].row_id)["name"] == "Sesudah"

    broken = signed(world, admin, _units(world, "Rusak"), after=None, forged=True)
    other_author = signed(world, staf, _units(world, "Staf"), author=world.admin.actor.user_id, after=broken)
    other_laptop = signed(world, admin, _units(world, "Laptop C"), after=broken, dev=DEV_C)
    other_kind = signed(world, staf, _units(world, "Staf 2"), after=broken)
    deliver(world, broken, other_author, other_laptop, other_kind)
    assert quarantine(world)[broken[1][0].row_id] == BAD_SIGNATURE, (
        "neither a forged successor, another author's, nor the author's on another laptop vouches"
    )
    assert quarantine(world)[other_author[1][0].row_id] == BAD_SIGNATURE
    assert row(world, "unit", other_laptop[1][0].row_id)["name"] == "Laptop C"


def test_a_successor_that_arrives_later_settles_the_refusal_as_if_both_came_at_once(world) -> None:
    admin = world.key("admin")
    first = signed(world, admin, _units(world, "Awal"), after=None, forged=True)
    deliver(world, first)
    rid = first[1][0].row_id
    assert quarantine(world)[rid] == BAD_SIGNATURE
    deliver(world, signed(world, admin, _units(world, "Lanjutan"), after=first))
    assert rid not in quarantine(world)
    assert row(world, "unit", rid)["name"] == "Awal"


def test_a_broken_end_of_chain_falls_back_to_each_batchs_own_signature(world, monkeypatch) -> None:
    monkeypatch.setattr(authz, "PREVERIFY_MIN", 1)
    _counting_checks(monkeypatch)
    admin = world.key("admin")
    first = signed(world, admin, _units(world, "Pertama"), after=None, forged=True)
    middle = signed(world, admin, _units(world, "Tengah"), after=first)
    last = signed(world, admin, _units(world, "Terakhir"), after=middle, forged=True)
    deliver(world, first, middle, last)
    assert row(world, "unit", first[1][0].row_id)["name"] == "Pertama", "the middle one vouches"
    assert row(world, "unit", middle[1][0].row_id)["name"] == "Tengah"
    assert quarantine(world) == {last[1][0].row_id: BAD_SIGNATURE}


def test_the_answer_does_not_depend_on_which_batchs_row_is_judged_first(world) -> None:
    """Rows are folded in id order: here a later batch's row comes first, so the walk from the
    earlier batch meets a batch already decided — for it (vouched) or against it (refused)."""
    admin = world.key("admin")
    low, high = sorted(new_id() for _ in range(2))
    first = signed(world, admin, [("unit", high, unit_fields("Kemudian", world))], after=None, forged=True)
    second = signed(world, admin, [("unit", low, unit_fields("Dulu", world))], after=first)
    third = signed(world, admin, _units(world, "Akhir"), after=second)
    deliver(world, first, second, third)
    assert row(world, "unit", high)["name"] == "Kemudian"
    assert quarantine(world) == {}
    low, high = sorted(new_id() for _ in range(2))
    first = signed(world, admin, [("unit", high, unit_fields("Palsu 1", world))], after=None, forged=True)
    second = signed(world, admin, [("unit", low, unit_fields("Palsu 2", world))], after=first, forged=True)
    deliver(world, first, second)
    assert quarantine(world) == {high: BAD_SIGNATURE, low: BAD_SIGNATURE}


def test_a_revoked_laptops_later_batch_vouches_for_nothing(world) -> None:
    admin = world.key("admin")
    early = signed(world, admin, _units(world, "Sebelum"), after=None, forged=True, dev=DEV_C, seq=1)
    late = signed(world, admin, _units(world, "Sesudah"), after=early, dev=DEV_C, seq=2)
    deliver(world, early, late)
    assert row(world, "unit", early[1][0].row_id)["name"] == "Sebelum"
    deliver(world, _revoke_c(world))
    assert quarantine(world) == {
        early[1][0].row_id: BAD_SIGNATURE,
        late[1][0].row_id: "dikirim oleh perangkat yang sudah dicabut",
    }


def test_this_laptop_signs_chained_batches(world) -> None:
    first = emp.create_unit(world.admin, name="Rantai 1")
    second = emp.create_unit(world.admin, name="Rantai 2")
    with world.ws.sessions() as s:
        batches = {
            rid: s.get(ChangeBatch, s.scalar(select(ChangeLog.batch).where(ChangeLog.row_id == rid)))
            for rid in (first, second)
        }
    one, two = batches[first], batches[second]
    assert (one.version, two.version) == (2, 2)
    assert two.prev == one.digest
    assert one.prev is not None, "the fixture's earlier writes by the admin come before it"


def test_the_chain_tail_is_found_through_the_authors_index(world) -> None:
    """Every signed transaction looks up its author's last batch on this laptop: through the
    author's index, never by reading this laptop's own batches (nearly all of them)."""
    from asn_desktop.sync.changelog import _TAIL

    with world.ws.sessions() as s:
        plan = s.execute(
            text(f"EXPLAIN QUERY PLAN {_TAIL.text}"), {"author": world.admin.actor.user_id, "origin": "x"}
        ).all()
    details = " ".join(str(r[-1]) for r in plan)
    assert "ix_change_batch_author" in details, details
    assert "TEMP B-TREE" not in details, details


def _log_indexes(w: World) -> list[tuple[str, str]]:
    with w.ws.sessions() as s:
        found = s.execute(
            text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                " AND tbl_name IN ('change_log', 'change_batch') ORDER BY name"
            )
        ).all()
    return [(str(n), str(q)) for n, q in found]


def test_a_large_apply_builds_the_logs_indexes_once_after_its_insert(world, monkeypatch) -> None:
    """A new laptop's log arrives at once: its indexes are dropped for the insert and built after
    it, in the same transaction, so the workspace ends with the same indexes and the same answers."""
    from sqlalchemy import event

    before = _log_indexes(world)
    assert len(before) >= 8
    with world.ws.sessions() as s:
        logged = s.scalar(text("SELECT max(seq) FROM change_log"))
    monkeypatch.setattr(merge, "BULK_INDEX_ROWS", 2)
    statements: list[str] = []
    engine = world.ws.engine
    listen = lambda *a: statements.append(a[2])  # noqa: E731 - (conn, cursor, statement, …)
    event.listen(engine, "before_cursor_execute", listen)
    try:
        units = [("unit", new_id(), unit_fields(f"Bidang {i}", world)) for i in range(logged + 5)]
        deliver(world, signed(world, world.key("admin"), units))
    finally:
        event.remove(engine, "before_cursor_execute", listen)
    dropped = sorted(s.split('"')[1] for s in statements if s.startswith("DROP INDEX"))
    assert dropped == sorted(
        n for n, _ in before if n.startswith("ix_change_log")
    )  # the test's batch row is its own
    assert _log_indexes(world) == before
    assert all(row(world, "unit", rid) is not None for _, rid, _ in units)
    with world.ws.sessions() as s:
        plan = s.execute(text("EXPLAIN QUERY PLAN SELECT * FROM change_log WHERE row_id = 'x'")).all()
        assert "ix_change_log_row_id" in " ".join(str(r[-1]) for r in plan)
        assert s.scalar(text("PRAGMA integrity_check")) == "ok"


def test_a_failed_large_apply_keeps_the_logs_indexes(world, monkeypatch) -> None:
    before = _log_indexes(world)
    monkeypatch.setattr(merge, "BULK_INDEX_ROWS", 1)
    fresh = [Change("unit", new_id(), h(), {"name": "x"}, False, None, None) for _ in range(200)]

    def apply_that_fails() -> None:
        with world.ws.sessions() as s, s.begin():
            merge.store_log(s, fresh)
            raise RuntimeError("the apply fails after the insert")

    with pytest.raises(RuntimeError):
        apply_that_fails()
    assert _log_indexes(world) == before
    with world.ws.sessions() as s:
        assert (
            s.scalar(
                text(
                    "SELECT count(*) FROM change_log WHERE table_name = 'unit' AND fields = '{\"name\": \"x\"}'"
                )
            )
            == 0
        )


def test_the_db_api_statements_refuse_what_they_cannot_write_as_sqlalchemy_would(world) -> None:
    """The statements compiled once for the DB-API (merge._positional, _upsert_statement) stop
    at import or first use when they would bind values in the wrong order or leave out a value
    SQLAlchemy would have supplied; an empty list of batches writes nothing."""
    with pytest.raises(RuntimeError, match="parameter order"):
        merge._positional(
            sqlite_insert(ChangeBatch).values({c: bindparam(c) for c in ("kind", "digest")}),
            ("kind", "digest"),
        )
    with pytest.raises(TypeError, match="no scalar default"):
        merge._upsert_statement(merge._TABLES["employee"], ("name",))  # an upsert without the row's id
    with world.ws.sessions() as s, s.begin():
        before = s.scalar(text("SELECT count(*) FROM change_batch"))
        merge.store_batches(s, [])
        assert s.scalar(text("SELECT count(*) FROM change_batch")) == before


@settings(max_examples=300, deadline=None)
@given(
    value=st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59, 999999))
    | st.datetimes(timezones=st.timezones())
    | st.none()
)
def test_datetimes_are_written_as_sqlalchemy_writes_them(value) -> None:
    column = merge._TABLES["public_feedback"].table.c.recorded_at
    assert merge._bind_processor(column)(value) == column.type._cached_bind_processor(merge._QMARK)(value)


def test_a_large_apply_pauses_cycle_collection_and_leaves_it_as_it_found_it(world, monkeypatch) -> None:
    import gc

    seen: list[bool] = []
    real = merge._dedupe

    def spy(*args: Any) -> list[Change]:
        seen.append(gc.isenabled())
        return real(*args)

    monkeypatch.setattr(merge, "_dedupe", spy)
    units = [("unit", new_id(), unit_fields(f"Bagian {i}", world)) for i in range(3)]
    monkeypatch.setattr(merge, "LARGE_APPLY", 4)
    deliver(world, signed(world, world.key("admin"), units[:1]))  # small: collection stays on
    monkeypatch.setattr(merge, "LARGE_APPLY", 1)
    deliver(world, signed(world, world.key("admin"), units[1:2]))
    assert gc.isenabled()
    gc.disable()  # as the GUI runs (ui/garbage.py): the apply must not turn it on
    try:
        deliver(world, signed(world, world.key("admin"), units[2:]))
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert seen == [True, False, False]
    assert all(row(world, "unit", rid) is not None for _, rid, _ in units)


def test_an_skp_of_an_employee_not_received_waits_for_them(world) -> None:
    """The judge asks for the owner's pejabat penilai as of the change: an owner not received
    yet makes the row wait (pending), it is not refused and nothing fails."""
    skp, someone = new_id(), new_id()
    plan = draft_plan(world, someone)
    deliver(world, signed(world, world.key("staf"), [("skp", skp, plan)]))
    assert "menunggu data" in pending(world)[skp]
    assert skp not in quarantine(world)


def test_an_author_the_directory_has_not_received_is_nobody_but_the_root_is_admin(world) -> None:
    from asn_desktop.domain.permissions import Role
    from asn_desktop.sync.hlc import hlc_key

    root, stranger = new_id(), new_id()
    with world.ws.sessions() as s:
        judge = authz.Judge(s, workspace_id=world.ws.workspace_id, root=authz.Root(root, "ab" * 32))
        key = hlc_key(h())
        assert judge.actor_at(stranger, key) is None
        actor = judge.actor_at(root, key)
        assert actor is not None
        assert actor.role is Role.ADMIN
        assert actor.employee_id is None
        assert judge.actor_at(world.staff, key) is None  # an employee's id is no user


def test_one_field_at_a_time_reads_as_the_row_at_that_time() -> None:
    """``authz._field_of`` (the supervisor on record, asked for every entry judged) must give
    what ``_state_of`` gives, for every prefix of a row's accepted entries."""
    rid = new_id()
    entries = [
        Change("employee", rid, h(wall=1), {"name": "A"}),
        Change("employee", rid, h(wall=2), {"supervisor_id": "s1", "name": "B"}),
        Change("employee", rid, h(wall=3), {"name": "C"}),
        Change("employee", rid, h(wall=4), {"supervisor_id": None}),
    ]
    tl = authz._Timeline("employee", rid, entries)
    for change in entries:
        tl.accepted.append((change.key, change))
        tl.state.exists = True
        tl.state.values.update(change.fields)
    for n in range(len(entries) + 1):
        state = authz._state_of(tl, n)
        for name in ("supervisor_id", "name", "unit_id"):
            assert authz._field_of(tl, n, name) == (state or {}).get(name), (n, name)
    tl.state.deleted = True
    assert authz._state_of(tl, len(entries)) is None
    assert authz._field_of(tl, len(entries), "name") is None
