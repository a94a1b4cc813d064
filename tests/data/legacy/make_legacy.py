"""Make the upgrade fixture with the release before signed changes (commit 02db66b on main).

    git worktree add --detach /tmp/old 02db66b
    PYTHONPATH=/tmp/old .venv/bin/python tests/data/legacy/make_legacy.py tests/data/legacy

Writes ``laptop-a.asnbak`` (the admin's laptop, backup passphrase ``frasa-cadangan``) and
``share.tar.gz`` (the share both laptops synced with: v1 bundles of laptop A and of laptop B,
whose pegawai recorded a realisation there). Every user's password is the demo's, ``demo12345``.
"""

from __future__ import annotations

import os
import sys
import tarfile
import tempfile
from pathlib import Path

os.environ.setdefault("ASN_FAST_HASH", "1")

import keyring
import keyring.backends.fail

keyring.set_keyring(keyring.backends.fail.Keyring())

from sqlalchemy import select  # noqa: E402 - after the keyring is switched off

from asn_desktop.services import sync as sy  # noqa: E402 - after the keyring is switched off
from asn_desktop.services.backup import backup_workspace  # noqa: E402 - after the keyring is switched off
from asn_desktop.services.context import AppContext  # noqa: E402 - after the keyring is switched off
from asn_desktop.services.demo import build_demo  # noqa: E402 - after the keyring is switched off
from asn_desktop.services.realisation import record_realisation  # noqa: E402 - after the keyring is switched off
from asn_desktop.services.workspace import init_workspace, login  # noqa: E402 - after the keyring is switched off
from asn_desktop.store.models import Employee, Indicator, Rhk, Skp, User  # noqa: E402 - after the keyring is switched off

PASSWORD = "demo12345"


def main(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        share = root / "share"
        share.mkdir()
        a = init_workspace(
            root / "a",
            agency="Dinas Lama",
            admin_password=PASSWORD,
            passphrase="frasa-a",
            prefer_keyring=False,
        )
        build_demo(AppContext.system(a), employees=10, seed=7, year=2026)
        admin = login(a, "admin", PASSWORD)
        sy.sync_workspace(admin, str(share))
        enrolment = sy.make_enrolment(admin, passphrase="daftar-lama-1", device_name="Laptop B")
        b, _ = sy.join_agency(
            enrolment,
            "daftar-lama-1",
            root / "b",
            str(share),
            workspace_passphrase="frasa-b",
            prefer_keyring=False,
        )
        with b.sessions() as s:
            indicator, username = s.execute(
                select(Indicator.id, User.username)
                .join(Rhk, Rhk.id == Indicator.rhk_id)
                .join(Skp, Skp.id == Rhk.skp_id)
                .join(Employee, Employee.id == Skp.employee_id)
                .join(User, User.employee_id == Employee.id)
                .where(Skp.status == "approved", User.role == "pegawai")
                .limit(1)
            ).one()
        pegawai = login(b, username, PASSWORD)
        record_realisation(
            pegawai, indicator_id=indicator, period_key="2026-Q4", value="7", note="dari laptop B"
        )
        sy.sync_workspace(login(b, "admin", PASSWORD), str(share))
        sy.sync_workspace(admin, str(share))  # A has B's change before it is upgraded (README step 1)
        out.mkdir(parents=True, exist_ok=True)
        backup_workspace(admin, out / "laptop-a.asnbak", passphrase="frasa-cadangan")
        with tarfile.open(out / "share.tar.gz", "w:gz") as tar:
            tar.add(share, arcname="share")
        (out / "realisation.txt").write_text(f"{indicator}\n{username}\n")
        a.close()
        b.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
