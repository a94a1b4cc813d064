"""The demo's history, written in bulk in its people's names, is judged on a joining laptop like
any other: every row arrives, nothing is refused or left waiting (issue 11).

The demo is the widest honest history we have — SKPs drafted and approved, ratings, keberatan,
Plt.-free unit heads rated by the leader rule, 360° rounds, public feedback, certificates — so a
write rule that refuses an honest step shows here as a quarantined row.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from asn_desktop.services import sync as sy
from asn_desktop.services.demo import DEMO_PASSWORD, build_demo
from asn_desktop.services.workspace import init_workspace, login
from asn_desktop.store.models import (
    Assessment,
    Evidence,
    Objection,
    RoleMatrixEntry,
    Skp,
    SyncPending,
    SyncQuarantine,
    User,
)


def _counts(ws) -> dict[str, int]:
    with ws.sessions() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model))
            for model in (Skp, Assessment, Evidence, Objection, User, RoleMatrixEntry)
        }


def _demo_laptop(tmp_path: Path, *, employees: int, seed: int):
    """The admin's laptop with a demo agency, pushed to a new share folder."""
    share = tmp_path / "share"
    share.mkdir()
    ws = init_workspace(
        tmp_path / "a",
        agency="Dinas Demo",
        admin_password=DEMO_PASSWORD,
        passphrase="frasa-a",
        prefer_keyring=False,
    )
    admin = login(ws, "admin", DEMO_PASSWORD)
    build_demo(admin, employees=employees, seed=seed)
    sy.sync_workspace(admin, str(share))
    return ws, admin, share


def _join(admin, share: Path, folder: Path):
    file = sy.make_enrolment(admin, passphrase="daftar-uji-1")
    return sy.join_agency(
        file, "daftar-uji-1", folder, str(share), workspace_passphrase="frasa-b", prefer_keyring=False
    )


def test_a_laptop_joining_the_demo_accepts_all_of_it(tmp_path: Path) -> None:
    ws, admin, share = _demo_laptop(tmp_path, employees=60, seed=3)
    joined, _ = _join(admin, share, tmp_path / "b")
    try:
        with joined.sessions() as s:
            refused = [(q.table_name, q.reason) for q in s.scalars(select(SyncQuarantine))]
            waiting = [(p.table_name, p.reason) for p in s.scalars(select(SyncPending))]
        assert refused == [], refused[:10]
        assert waiting == [], waiting[:10]
        counts = _counts(joined)
        assert counts == _counts(ws)
        assert counts["objection"] > 0, "the demo files keberatan: they must travel too"
        assert counts["role_matrix_entry"] > 0, "the demo has a matriks pembagian peran dan hasil"
        with joined.sessions() as s:
            closed = s.scalars(select(Skp).where(Skp.end_on.is_not(None))).all()
            assert len(closed) == 1, "the demo has one mutasi"
            after = s.scalars(
                select(Skp).where(Skp.employee_id == closed[0].employee_id, Skp.start_on.is_not(None))
            )
            (rest,) = after.all()
            assert rest.start_on == closed[0].end_on + timedelta(days=1)
            assert rest.penilai_id != closed[0].penilai_id
    finally:
        joined.close()
        ws.close()


def test_a_join_checks_one_signature_per_author_chain_not_one_per_transaction(
    tmp_path: Path, monkeypatch
) -> None:
    """The demo writes about a dozen transactions per person; each person's batches form a hash
    chain (``sync.batch`` format 2), so the joining laptop checks about one signature per person."""
    from asn_desktop.store.models import ChangeBatch
    from asn_desktop.sync import authz

    ws, admin, share = _demo_laptop(tmp_path, employees=40, seed=5)
    checks: list[bytes] = []
    real = authz.verify_signature
    monkeypatch.setattr(authz, "_VERIFIED", {})
    monkeypatch.setattr(authz, "verify_signature", lambda p, s, m: checks.append(m) or real(p, s, m))
    joined, report = _join(admin, share, tmp_path / "b")
    try:
        assert report.quarantined == 0
        with joined.sessions() as s:
            batches = s.scalar(
                select(func.count()).select_from(ChangeBatch).where(ChangeBatch.kind == "user")
            )
            authors = s.scalar(select(func.count(ChangeBatch.author.distinct())))
        assert batches > 4 * authors, "the demo's people write several transactions each"
        assert len(set(checks)) <= authors + 5, (len(set(checks)), authors, batches)
        assert _counts(joined) == _counts(ws)
    finally:
        joined.close()
        ws.close()


def test_history_signed_before_chains_and_after_them_is_accepted_by_new_laptops(
    tmp_path: Path, monkeypatch
) -> None:
    """Upgrade: batches signed by the version before chains (format 1) and after (format 2, the
    first of each chain naming a format-1 batch) are accepted by a laptop joining from the
    bundles and by one joining from a snapshot."""
    from asn_desktop.services.employees import create_unit
    from asn_desktop.store.models import ChangeBatch
    from asn_desktop.sync import changelog

    monkeypatch.setattr(changelog, "VERSION", 1)
    ws, admin, share = _demo_laptop(tmp_path, employees=20, seed=7)
    monkeypatch.undo()
    create_unit(admin, name="Unit Setelah Rantai")
    create_unit(admin, name="Unit Setelah Rantai 2")
    sy.sync_workspace(admin, str(share))
    joined = []
    try:
        for name in ("b", "c"):
            if name == "c":
                sy.sync_workspace(admin, str(share), snapshot=True)
            laptop, report = _join(admin, share, tmp_path / name)
            joined.append(laptop)
            assert report.quarantined == 0
            with laptop.sessions() as s:
                assert s.scalar(select(func.count()).select_from(SyncPending)) == 0
                versions = {v for v in s.scalars(select(ChangeBatch.version))}
                linked = s.scalars(select(ChangeBatch).where(ChangeBatch.prev.is_not(None))).all()
                assert versions == {1, 2}
                assert any(s.get(ChangeBatch, b.prev).version == 1 for b in linked), (
                    "the first chained batch names the last one signed before the upgrade"
                )
            assert _counts(laptop) == _counts(ws)
    finally:
        for laptop in joined:
            laptop.close()
        ws.close()
