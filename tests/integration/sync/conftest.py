"""Fixtures for the sync tests: a real Samba server, a share (folder or smb://), an agency of laptops."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.samba import PASSWORD as SMB_PASSWORD
from tests.samba import Samba, start_samba

ENROL_PASSPHRASE = "berkas-daftar-uji"
_counter = itertools.count()


@pytest.fixture(scope="session")
def samba(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Samba]:
    server = start_samba(tmp_path_factory.mktemp("samba"))
    yield server
    server.stop()


@dataclass
class Share:
    kind: str
    address: str  # what the user types: a path or smb://…
    disk: Path  # the same folder seen from this machine, for tampering with files


@pytest.fixture(params=["folder", "smb"])
def share(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Share:
    if request.param == "folder":
        disk = tmp_path / "share"
        disk.mkdir()
        return Share("folder", str(disk), disk)
    server: Samba = request.getfixturevalue("samba")
    monkeypatch.setenv("ASN_SMB_PASSWORD", SMB_PASSWORD)
    sub = f"t{next(_counter)}-{tmp_path.name}"
    (server.share_dir / sub).mkdir(mode=0o777)
    return Share("smb", server.url(sub), server.share_dir / sub)


@dataclass
class Agency:
    """Laptops of one agency: ``laptops[0]`` is the admin's (enrolment authority).

    The directory holds the admin, a head of office (user ``uji.kepala``, penilai) and a staff
    member (``uji.staf``, pegawai) supervised by the head; ``ctx(i, name)`` is that person logged in on
    laptop ``i``.
    """

    root: Path
    share: Share
    laptops: list[object] = field(default_factory=list)
    admins: list[object] = field(default_factory=list)
    head: str = ""
    staff: str = ""
    _contexts: dict[tuple[int, str], object] = field(default_factory=dict)

    def ctx(self, laptop: int, name: str) -> object:
        from asn_desktop.services.workspace import login

        key = (laptop, name)
        if key not in self._contexts:
            username = {"kepala": "uji.kepala", "staf": "uji.staf"}.get(name, name)
            self._contexts[key] = login(self.laptops[laptop], username, PASSWORD)  # type: ignore[arg-type]
        return self._contexts[key]

    def add_laptop(self) -> int:
        from asn_desktop.services import sync as sy
        from asn_desktop.services.workspace import login

        file = sy.make_enrolment(self.admins[0], passphrase=ENROL_PASSPHRASE)  # type: ignore[arg-type]
        n = len(self.laptops)
        ws, _ = sy.join_agency(
            file,
            ENROL_PASSPHRASE,
            self.root / f"laptop{n}",
            self.share.address,
            workspace_passphrase=f"frasa-laptop-{n}",
            prefer_keyring=False,
        )
        self.laptops.append(ws)
        self.admins.append(login(ws, "admin", PASSWORD))
        return n

    def sync(self, *which: int) -> list[object]:
        from asn_desktop.services import sync as sy

        return [sy.sync_workspace(self.admins[i], self.share.address) for i in which]  # type: ignore[arg-type]

    def sync_all(self, rounds: int = 2) -> None:
        for _ in range(rounds):
            self.sync(*range(len(self.laptops)))

    def close(self) -> None:
        for ws in self.laptops:
            ws.close()  # type: ignore[attr-defined]


@pytest.fixture
def agency(tmp_path: Path, share: Share) -> Iterator[Agency]:
    from asn_desktop.services import employees as emp
    from asn_desktop.services.workspace import init_workspace, login

    ws = init_workspace(
        tmp_path / "laptop0",
        agency="Dinas Uji",
        admin_password=PASSWORD,
        passphrase="frasa-0",
        prefer_keyring=False,
    )
    admin = login(ws, "admin", PASSWORD)
    unit = emp.create_unit(admin, name="Kantor Kepala")
    head = emp.create_employee(
        admin, emp.EmployeeInput(nip="197001012000031001", name="Kepala Dinas", unit_id=unit)
    )
    staff = emp.create_employee(
        admin, emp.EmployeeInput(nip="199505052020121001", name="Staf Satu", unit_id=unit, supervisor_id=head)
    )
    emp.create_user(admin, username="uji.kepala", password=PASSWORD, role="penilai", employee_id=head)
    emp.create_user(admin, username="uji.staf", password=PASSWORD, role="pegawai", employee_id=staff)
    ag = Agency(tmp_path, share, [ws], [admin], head=head, staff=staff)
    ag.sync(0)
    ag.add_laptop()
    yield ag
    ag.close()
