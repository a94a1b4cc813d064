"""Schema upgrades of real old workspaces, and the appraisal calendar added by 0002."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.domain.period import PeriodKind
from asn_desktop.errors import ValidationFailed
from asn_desktop.services import periods
from asn_desktop.services import realisation as real_svc
from asn_desktop.services.backup import restore_workspace
from asn_desktop.services.directory import count_visible_employees
from asn_desktop.services.workspace import login, open_workspace
from asn_desktop.store import migrate
from asn_desktop.store.engine import connect_raw
from asn_desktop.store.models import Agency
from tests.unit.services.helpers import approved_skp, head_skp

DATA = Path(__file__).parent.parent.parent / "data"


@pytest.mark.parametrize(
    ("fixture", "passphrase", "revision"), [("workspace-schema-0001.asnbak", "fixture-0001", "0001")]
)
def test_old_workspace_upgrades_after_a_backup_copy(
    tmp_path: Path, fixture: str, passphrase: str, revision: str
) -> None:
    source = tmp_path / fixture
    shutil.copy(DATA / fixture, source)
    restore_workspace(source, tmp_path / "ws", passphrase=passphrase, prefer_keyring=False)
    ws = open_workspace(tmp_path / "ws", passphrase=passphrase)
    try:
        assert migrate.current_revision(ws.engine) == migrate.head_revision()
        backups = list((tmp_path / "ws").glob("asn.db.before-migration-*"))
        assert len(backups) == 1
        conn = connect_raw(backups[0], ws.secrets["db_key"])
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
        conn.close()
        admin = login(ws, "admin", "demo12345")
        assert count_visible_employees(admin) == 12
        with ws.sessions() as s:
            assert s.scalars(select(Agency.periodic_kind)).one() == "triwulan"
    finally:
        ws.close()
    reopened = open_workspace(tmp_path / "ws", passphrase=passphrase)
    reopened.close()
    assert len(list((tmp_path / "ws").glob("asn.db.before-migration-*"))) == 1, (
        "no second backup when current"
    )


def test_periodic_kind_and_closed_periods(org) -> None:
    assert periods.periodic_kind(org.admin) is PeriodKind.QUARTERLY
    periods.set_periodic_kind(org.admin, kind="bulanan")
    assert len(periods.evaluation_periods(org.admin, year=2026)) == 13
    with pytest.raises(ValidationFailed, match="bulanan atau triwulanan"):
        periods.set_periodic_kind(org.admin, kind="tahunan")
    with pytest.raises(PermissionDenied):
        periods.set_periodic_kind(org.ctx["kasi"], kind="triwulan")
    _, _, ind = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    real_svc.record_realisation(org.ctx["kasi"], indicator_id=ind, period_key="2026-M01", value="1")
    periods.set_period_closed(org.admin, period_key="2026-M01", closed=True)
    with pytest.raises(ValidationFailed, match="sudah ditutup"):
        real_svc.record_realisation(org.ctx["kasi"], indicator_id=ind, period_key="2026-M01", value="2")
    periods.set_period_closed(org.admin, period_key="2026-M01", closed=False)
    real_svc.record_realisation(org.ctx["kasi"], indicator_id=ind, period_key="2026-M01", value="2")


def test_head_constant_matches_the_migration_files() -> None:
    assert migrate.alembic_head() == migrate.HEAD


def test_0014_keeps_every_assessment_of_a_0013_workspace(org) -> None:
    """A workspace made at 0013 with assessments, upgraded: every row and field is kept, and the
    unique rule is now per SKP (two assessments of one period after a mutasi)."""
    from alembic import command
    from sqlalchemy import text

    from asn_desktop.services import assessment as asm
    from asn_desktop.services.workspace import open_workspace
    from tests.conftest import PASSPHRASE

    skp, _, _ = approved_skp(org, "kasi", parent_rhk=head_skp(org))
    for key in ("2026-Q1", "2026"):
        asm.assess(
            org.ctx["head"],
            employee_id=org.kasi,
            period_key=key,
            rating_hasil="sesuai",
            rating_perilaku="di_atas",
        )
    asm.self_assess(org.ctx["staff1"], period_key="2026", rating_hasil="sesuai", note="tanpa SKP")
    cfg, ws = migrate.alembic_config(), org.ws
    with ws.engine.connect() as conn:
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        conn.begin()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0013")
        conn.commit()
        conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0013"
        before = sorted(conn.execute(text("SELECT * FROM assessment")).all())
    assert len(before) == 3
    path = ws.path
    ws.close()
    upgraded = open_workspace(path, passphrase=PASSPHRASE)
    try:
        assert migrate.current_revision(upgraded.engine) == migrate.HEAD
        with upgraded.engine.connect() as conn:
            assert sorted(conn.execute(text("SELECT * FROM assessment")).all()) == before
            sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'assessment'")).scalar()
            assert "uq_assessment_skp_period_version" in sql
            assert "uq_assessment_period_version" not in sql
            # the same pegawai, period and version under another SKP is now allowed
            conn.execute(
                text(
                    "INSERT INTO assessment (id, employee_id, skp_id, period_key, status, version) "
                    "SELECT 'copy', employee_id, (SELECT id FROM skp WHERE id != :skp LIMIT 1), period_key, "
                    "status, version FROM assessment "
                    "WHERE skp_id = :skp AND period_key = '2026'"
                ),
                {"skp": skp},
            )
    finally:
        upgraded.close()


def test_0015_keeps_every_batch_of_a_0014_workspace_as_format_1(org) -> None:
    """Batches signed before the author chains keep their names (their digests are format 1);
    the first batch signed after the upgrade names the last one signed before it."""
    from alembic import command
    from sqlalchemy import text

    from asn_desktop.services.employees import create_unit
    from asn_desktop.services.workspace import open_workspace
    from asn_desktop.store.models import ChangeBatch
    from tests.conftest import PASSPHRASE, PASSWORD

    cfg, ws = migrate.alembic_config(), org.ws
    with ws.engine.connect() as conn:
        conn.begin()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0014")
        conn.commit()
        before = sorted(conn.execute(text("SELECT * FROM change_batch")).all())
        assert "prev" not in str(
            conn.execute(text("SELECT sql FROM sqlite_master WHERE name='change_batch'")).scalar()
        )
    assert len(before) > 5
    path = ws.path
    ws.close()
    upgraded = open_workspace(path, passphrase=PASSPHRASE)
    try:
        assert migrate.current_revision(upgraded.engine) == "0015"
        with upgraded.engine.connect() as conn:
            after = conn.execute(
                text(
                    "SELECT digest, kind, author, signature, origin, hlc, bundle_seq, version, prev FROM change_batch"
                )
            ).all()
        assert sorted(tuple(r[:7]) for r in after) == before
        assert {(r[7], r[8]) for r in after} == {(1, None)}
        admin = login(upgraded, "admin", PASSWORD)
        unit = create_unit(admin, name="Sesudah 0015")
        with upgraded.sessions() as s:
            digest = s.scalar(text("SELECT batch FROM change_log WHERE row_id = :r"), {"r": unit})
            batch = s.get(ChangeBatch, digest)
            assert batch.version == 2
            assert batch.prev in {r[0] for r in before}
    finally:
        upgraded.close()
