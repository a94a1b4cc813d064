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
