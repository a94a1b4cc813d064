"""Upgrading from the release before signed changes (issue 11, item 7), with what it really wrote.

``tests/data/legacy`` was made by that release (``make_legacy.py``, commit 02db66b): the admin's
laptop A as a backup, and the share A and laptop B synced with, holding only v1 bundles. The test
upgrades A as the README says and checks that nothing made before the upgrade is lost — on A, and
on a laptop that joins afterwards and has only the share to learn the old history from.
"""

from __future__ import annotations

import shutil
import tarfile
from pathlib import Path

from sqlalchemy import func, select

from asn_desktop.services import security
from asn_desktop.services import sync as sy
from asn_desktop.services.backup import restore_workspace
from asn_desktop.services.employees import create_unit
from asn_desktop.services.workspace import login, open_workspace
from asn_desktop.store.models import ChangeLog, Employee, Realisation, Skp, SyncQuarantine, Unit, User

DATA = Path(__file__).resolve().parents[2] / "data" / "legacy"
PASSWORD = "demo12345"  # every user's, in the fixture
BACKUP_PASSPHRASE = "frasa-cadangan"


def _counts(ws) -> dict[str, int]:
    with ws.sessions() as s:
        return {
            m.__tablename__: s.scalar(select(func.count()).select_from(m))
            for m in (Unit, Employee, User, Skp, Realisation)
        }


def _upgraded_laptop_a(tmp_path: Path):
    source = tmp_path / "laptop-a.asnbak"
    shutil.copy(DATA / "laptop-a.asnbak", source)
    restore_workspace(source, tmp_path / "a", passphrase=BACKUP_PASSPHRASE, prefer_keyring=False)
    with tarfile.open(DATA / "share.tar.gz") as tar:
        tar.extractall(tmp_path, filter="data")
    return open_workspace(tmp_path / "a", passphrase=BACKUP_PASSPHRASE), tmp_path / "share"


def test_an_upgraded_agency_keeps_its_history_and_a_new_laptop_accepts_it(tmp_path: Path) -> None:
    a, share = _upgraded_laptop_a(tmp_path)
    indicator, username = (DATA / "realisation.txt").read_text().split()
    try:
        before = _counts(a)
        with a.sessions() as s:
            legacy = s.scalar(
                select(func.count()).select_from(ChangeLog).where(ChangeLog.batch == "legacy:local")
            )
            from_b = s.scalars(select(Realisation.note).where(Realisation.indicator_id == indicator)).all()
        assert legacy, "the old history is kept as this laptop's own, trusted here"
        assert "dari laptop B" in from_b, "laptop B's change, pulled before the upgrade, is still there"

        admin = login(a, "admin", PASSWORD)  # the first admin login makes the admin's key and the root
        pegawai = login(a, username, PASSWORD)  # a user's first login asks for a key to be bound
        assert security.sign_directory(admin) >= 1
        attested = security.attest_legacy(admin, str(share))
        assert attested >= 2, "A's and B's v1 bundles on the share"
        assert security.attest_legacy(admin, str(share)) == 0, "attesting twice adds nothing"
        create_unit(admin, name="Unit Sesudah Pembaruan")  # a signed change after the upgrade
        sy.sync_workspace(admin, str(share))
        assert _counts(a) == {**before, "unit": before["unit"] + 1}

        enrolment = sy.make_enrolment(admin, passphrase="daftar-baru-1")
        c, _ = sy.join_agency(
            enrolment,
            "daftar-baru-1",
            tmp_path / "c",
            str(share),
            workspace_passphrase="frasa-c",
            prefer_keyring=False,
        )
        try:
            with c.sessions() as s:
                refused = [(q.table_name, q.reason) for q in s.scalars(select(SyncQuarantine))]
                notes = s.scalars(select(Realisation.note).where(Realisation.indicator_id == indicator)).all()
            assert refused == [], refused[:5]
            assert _counts(c) == _counts(a), "the new laptop has the whole history"
            assert "dari laptop B" in notes
            # The pegawai's key, bound by the admin, signs on the new laptop too.
            assert login(c, username, PASSWORD).signer is not None
        finally:
            c.close()
        del pegawai
    finally:
        a.close()


def test_without_the_attestation_a_new_laptop_refuses_the_unsigned_history(tmp_path: Path) -> None:
    """The old bundles carry no author: only the admin's attestation makes them count on laptops
    that did not have them before — a writer on the share cannot slip in an "old" bundle."""
    a, share = _upgraded_laptop_a(tmp_path)
    try:
        admin = login(a, "admin", PASSWORD)
        sy.sync_workspace(admin, str(share))
        enrolment = sy.make_enrolment(admin, passphrase="daftar-baru-1")
        c, _ = sy.join_agency(
            enrolment,
            "daftar-baru-1",
            tmp_path / "c",
            str(share),
            workspace_passphrase="frasa-c",
            prefer_keyring=False,
        )
        try:
            assert _counts(c)["employee"] < _counts(a)["employee"]
        finally:
            c.close()
    finally:
        a.close()
