"""Hypothesis drives 3–5 laptops through random edits, deletes, locks, syncs and partitions.

At quiescence (everyone back online, two rounds of syncs) every laptop holds identical data and
every laptop has recorded every conflict the merge finds in the shared history.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from asn_desktop.services import employees as emp
from asn_desktop.services import sync as sy
from asn_desktop.services.workspace import init_workspace, login
from asn_desktop.store.models import Assessment, ChangeLog, Unit
from asn_desktop.sync.merge import Change, fold
from tests.conftest import PASSWORD
from tests.integration.sync.helpers import conflicts, dump

UNITS = 3
op = st.one_of(
    st.tuples(
        st.just("edit"),
        st.integers(0, 4),
        st.integers(0, UNITS - 1),
        st.sampled_from(["name", "code"]),
        st.text("abc", max_size=3),
    ),
    st.tuples(st.just("delete"), st.integers(0, 4), st.integers(0, UNITS - 1)),
    st.tuples(st.just("sign"), st.integers(0, 4)),
    st.tuples(st.just("notes"), st.integers(0, 4), st.text("xyz", min_size=1, max_size=3)),
    st.tuples(st.just("sync"), st.integers(0, 4)),
    st.tuples(st.just("partition"), st.integers(0, 4)),
)


def _setup(root: Path, n: int):
    share = root / "share"
    share.mkdir(parents=True)
    a = init_workspace(
        root / "r0", agency="Dinas", admin_password=PASSWORD, passphrase="frasa-0", prefer_keyring=False
    )
    admin = login(a, "admin", PASSWORD)
    unit_ids = [emp.create_unit(admin, name=f"Unit {i}") for i in range(UNITS)]
    # The employee lives in a unit of its own: the units the ops delete are referenced by nothing,
    # so a delete is never refused by a foreign key on the laptop that makes it.
    office = emp.create_unit(admin, name="Kantor")
    head = emp.create_employee(
        admin, emp.EmployeeInput(nip="197001012000031001", name="Kepala", unit_id=office)
    )
    with a.sessions() as s, s.begin():
        row = Assessment(employee_id=head, period_key="2026", status="draft", notes="awal")
        s.add(row)
    sy.sync_workspace(admin, str(share))
    laptops, admins = [a], [admin]
    for i in range(1, n):
        file = sy.make_enrolment(admin, passphrase="daftar-uji-1")
        ws, _ = sy.join_agency(
            file,
            "daftar-uji-1",
            root / f"r{i}",
            str(share),
            workspace_passphrase=f"f-{i}",
            prefer_keyring=False,
        )
        laptops.append(ws)
        admins.append(login(ws, "admin", PASSWORD))
    return share, laptops, admins, unit_ids, row.id


def _apply_op(o, laptops, admins, unit_ids, assessment, share, offline) -> None:  # noqa: PLR0917
    kind, who = o[0], o[1] % len(laptops)
    ws = laptops[who]
    with ws.sessions() as s, s.begin():
        if kind == "edit":
            row = s.get(Unit, unit_ids[o[2]])
            if row is not None:
                setattr(row, o[3], o[4])
        elif kind == "delete":
            row = s.get(Unit, unit_ids[o[2]])
            if row is not None:
                s.delete(row)
        elif kind in ("sign", "notes"):
            row = s.get(Assessment, assessment)
            if row.status != "signed":  # the services refuse to edit a signed assessment locally
                if kind == "sign":
                    row.status, row.signed_hash = "signed", f"{who:064d}"
                else:
                    row.notes = o[2]
    if kind == "sync" and who not in offline:
        sy.sync_workspace(admins[who], str(share))
    elif kind == "partition":
        offline ^= {who}


def _expected_conflicts(ws) -> set[str]:
    with ws.sessions() as s:
        rows: dict[str, list[Change]] = {}
        for t, r, h, f, d in s.execute(
            select(ChangeLog.table_name, ChangeLog.row_id, ChangeLog.hlc, ChangeLog.fields, ChangeLog.deleted)
        ):
            rows.setdefault(r, []).append(Change(t, r, h, json.loads(f), bool(d)))
    return {c.id for r, entries in rows.items() for c in fold(entries[0].table, r, entries).conflicts}


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(n=st.integers(3, 5), ops=st.lists(op, max_size=25))
def test_replicas_converge_and_record_every_conflict(tmp_path_factory, n, ops) -> None:
    root = tmp_path_factory.mktemp("prop")
    share, laptops, admins, unit_ids, assessment = _setup(root, n)
    try:
        offline: set[int] = set()
        for o in ops:
            _apply_op(o, laptops, admins, unit_ids, assessment, share, offline)
        for _ in range(2):
            for admin in admins:
                sy.sync_workspace(admin, str(share))
        first = dump(laptops[0])
        for ws in laptops[1:]:
            assert dump(ws) == first
        expected = _expected_conflicts(laptops[0])
        for ws in laptops:
            assert _expected_conflicts(ws) == expected
            assert expected <= conflicts(ws)
    finally:
        for ws in laptops:
            ws.close()
