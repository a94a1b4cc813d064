"""Hypothesis drives 3–5 laptops through random edits, deletes, locks, forgeries, syncs, partitions.

The last laptop belongs to an enrolled user who runs their own code: besides honest edits it
writes changes its user may not make (signed with that user's own key, as the rules would never
let the app write them) and malformed ones. At quiescence (everyone back online, two rounds of
syncs) every honest laptop holds identical data, records identical conflicts and the identical
quarantine, and nothing forged or malformed is in anybody's data.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.ids import new_id
from asn_desktop.errors import AsnError
from asn_desktop.services import assessment as asm
from asn_desktop.services import employees as emp
from asn_desktop.services import sync as sy
from asn_desktop.services.unit_of_work import unit_of_work
from asn_desktop.services.workspace import init_workspace, login
from asn_desktop.store.models import Assessment, Unit, User
from tests.conftest import PASSWORD
from tests.integration.sync.helpers import conflicts, craft, dump, quarantine

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
    st.tuples(st.just("reopen"), st.integers(0, 4)),
    st.tuples(st.just("notes"), st.integers(0, 4), st.text("xyz", min_size=1, max_size=3)),
    st.tuples(st.just("forge"), st.sampled_from(["role", "unit", "rating", "tombstone", "damaged"])),
    st.tuples(st.just("malformed"), st.sampled_from(["type", "column"])),
    st.tuples(st.just("sync"), st.integers(0, 4)),
    st.tuples(st.just("partition"), st.integers(0, 4)),
)


class Agency:
    def __init__(self, root: Path, n: int) -> None:
        self.share = root / "share"
        self.share.mkdir(parents=True)
        a = init_workspace(
            root / "r0", agency="Dinas", admin_password=PASSWORD, passphrase="frasa-0", prefer_keyring=False
        )
        admin = login(a, "admin", PASSWORD)
        self.units = [emp.create_unit(admin, name=f"Unit {i}") for i in range(UNITS)]
        office = emp.create_unit(admin, name="Kantor")
        head = emp.create_employee(
            admin, emp.EmployeeInput(nip="197001012000031001", name="Kepala", unit_id=office)
        )
        self.staff = emp.create_employee(
            admin,
            emp.EmployeeInput(nip="199001012015031003", name="Staf", unit_id=office, supervisor_id=head),
        )
        emp.create_user(admin, username="kepala", password=PASSWORD, role="penilai", employee_id=head)
        emp.create_user(admin, username="staf", password=PASSWORD, role="pegawai", employee_id=self.staff)
        asm.self_assess(login(a, "staf", PASSWORD), period_key="2026", rating_hasil="sesuai", note="awal")
        asm.assess(
            login(a, "kepala", PASSWORD),
            employee_id=self.staff,
            period_key="2026",
            rating_hasil="sesuai",
            rating_perilaku="sesuai",
        )
        with a.sessions() as s:
            self.assessment = s.scalars(select(Assessment.id)).one()
            self.staff_user = s.scalars(select(User.id).where(User.username == "staf")).one()
        sy.sync_workspace(admin, str(self.share))
        self.laptops, self.admins = [a], [admin]
        for i in range(1, n):
            file = sy.make_enrolment(admin, passphrase="daftar-uji-1")
            ws, _ = sy.join_agency(
                file,
                "daftar-uji-1",
                root / f"r{i}",
                str(self.share),
                workspace_passphrase=f"f-{i}",
                prefer_keyring=False,
            )
            self.laptops.append(ws)
            self.admins.append(login(ws, "admin", PASSWORD))
        self.kepala = [login(ws, "kepala", PASSWORD) for ws in self.laptops]
        self.rogue = login(self.laptops[-1], "staf", PASSWORD)  # the last laptop's user runs their own code
        self.offline: set[int] = set()

    @property
    def honest(self) -> list[object]:
        return self.laptops[:-1]

    def edit(self, who: int, change) -> None:
        # The services (and the local rule check) may refuse it here, as a user would see.
        with contextlib.suppress(AsnError, DomainError):
            change()

    def forge(self, what: str) -> None:
        ws = self.rogue.workspace
        entries = {
            "role": ("user_account", self.staff_user, {"role": "admin"}),
            "unit": ("unit", self.units[0], {"name": "DIAMBIL ALIH"}),
            "rating": (
                "assessment",
                self.assessment,
                {"rating_hasil": "di_atas", "rating_perilaku": "di_atas", "predikat": "sangat_baik"},
            ),
            "tombstone": ("assessment", self.assessment, {}),
            # its own signature broken: refused for that, or — once a later forgery of the same
            # chain arrives and vouches for it — for what it does; the same on every laptop
            "damaged": ("unit", self.units[0], {"name": "RUSAK"}),
            "type": ("unit", self.units[1], {"name": 12345}),
            "column": ("unit", self.units[2], {"tidak_ada": "x"}),
        }
        table, row_id, fields = entries[what]
        craft(
            ws,
            self.rogue.signer,
            table,
            row_id,
            fields,
            deleted=what == "tombstone",
            chained=True,
            damaged=what == "damaged",
        )

    def apply(self, o) -> None:
        kind = o[0]
        if kind in ("forge", "malformed"):
            self.forge(o[1])
            return
        who = o[1] % len(self.laptops)
        admin, kepala = self.admins[who], self.kepala[who]
        if kind == "edit":
            self.edit(who, lambda: _edit_unit(admin, self.units[o[2]], o[3], o[4]))
        elif kind == "delete":
            self.edit(who, lambda: _delete_unit(admin, self.units[o[2]]))
        elif kind == "sign":
            self.edit(who, lambda: _finish_and_sign(kepala, self.assessment))
        elif kind == "reopen":
            self.edit(who, lambda: asm.reopen_assessment(kepala, assessment_id=self.assessment))
        elif kind == "notes":
            self.edit(who, lambda: _edit_assessment(kepala, self.assessment, notes=o[2]))
        elif kind == "sync" and who not in self.offline:
            sy.sync_workspace(admin, str(self.share))
        elif kind == "partition":
            self.offline ^= {who}


def _edit_unit(ctx, unit: str, field: str, value: str) -> None:
    with unit_of_work(ctx, "uji.unit") as uow:
        row = uow.session.get(Unit, unit)
        if row is not None:
            setattr(row, field, value or None if field == "code" else value or "x")


def _delete_unit(ctx, unit: str) -> None:
    with unit_of_work(ctx, "uji.hapus") as uow:
        row = uow.session.get(Unit, unit)
        if row is not None:
            uow.session.delete(row)


def _edit_assessment(ctx, assessment: str, **values) -> None:
    with unit_of_work(ctx, "uji.penilaian") as uow:
        row = uow.session.get(Assessment, assessment)
        if row is not None and row.status == "draft":
            for k, v in values.items():
                setattr(row, k, v)


def _finish_and_sign(ctx, assessment: str) -> None:
    with unit_of_work(ctx, "uji.final") as uow:
        row = uow.session.get(Assessment, assessment)
        if row is not None and row.status == "draft":
            row.status = "final"
    with unit_of_work(ctx, "uji.tanda_tangan") as uow:
        row = uow.session.get(Assessment, assessment)
        if row is not None and row.status == "final":
            row.status, row.signed_hash = "signed", "ab" * 32


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(n=st.integers(3, 5), ops=st.lists(op, max_size=25))
def test_replicas_converge_and_refuse_the_same_forgeries(tmp_path_factory, n, ops) -> None:
    ag = Agency(tmp_path_factory.mktemp("prop"), n)
    try:
        for o in ops:
            ag.apply(o)
        ag.offline.clear()
        for _ in range(2):
            for admin in ag.admins:
                sy.sync_workspace(admin, str(ag.share))
        first = dump(ag.honest[0])
        for ws in ag.honest[1:]:
            assert dump(ws) == first
            assert conflicts(ws) == conflicts(ag.honest[0])
            assert quarantine(ws) == quarantine(ag.honest[0])
        with ag.honest[0].sessions() as s:
            assert (
                s.scalar(text("select role from user_account where id = :u"), {"u": ag.staff_user})
                == "pegawai"
            )
            assert (
                s.scalar(text("select count(*) from unit where name in ('DIAMBIL ALIH', '12345', 'RUSAK')"))
                == 0
            )
            row = s.execute(text("select rating_hasil, predikat from assessment")).one()
            assert row == ("sesuai", "baik")
    finally:
        for ws in ag.laptops:
            ws.close()


def test_a_forgery_example_is_refused_everywhere(tmp_path) -> None:
    """The same as one fixed example, so a failure shows plainly without shrinking."""
    ag = Agency(tmp_path, 3)
    try:
        for what in ("damaged", "role", "unit", "rating", "tombstone", "type", "column"):
            ag.forge(what)
        for _ in range(2):
            for admin in ag.admins:
                sy.sync_workspace(admin, str(ag.share))
        assert dump(ag.honest[0]) == dump(ag.honest[1])
        reasons = {r[3] for r in quarantine(ag.honest[0])}
        assert any(r.startswith("hanya admin") for r in reasons)
        assert not any("tanda tangan" in r for r in reasons), "the later forgeries vouch for the damaged one"
        assert quarantine(ag.honest[0]) == quarantine(ag.honest[1])
        with ag.honest[0].sessions() as s:
            assert s.scalar(text("select count(*) from assessment")) == 1
            assert s.scalar(text("select name from unit where id = :u"), {"u": ag.units[1]}) == "Unit 1"
        new_id()
    finally:
        for ws in ag.laptops:
            ws.close()
