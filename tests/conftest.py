"""Shared fixtures: every test gets its own folders, a real SQLCipher workspace, no keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from hypothesis import settings

# No per-example deadline: a deadline is a timing assertion, and on a loaded CI machine
# it fails a correct property (timings belong in benchmarks/). Failures print their blob
# so a counterexample found in CI can be replayed here.
settings.register_profile("suite", deadline=None, print_blob=True)
settings.load_profile("suite")

# Argon2 at production cost for hundreds of users would dominate the suite's time; the
# algorithm is the same, only the memory/time parameters shrink (see security.passwords).
os.environ.setdefault("ASN_FAST_HASH", "1")

PASSPHRASE = "frasa-sandi-uji"
PASSWORD = "sandi-rahasia-1"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Private app folders and no system keyring: the passphrase path is the default here."""
    from asn_desktop import paths

    monkeypatch.setenv("ASN_DESKTOP_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("ASN_PASSPHRASE", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    paths.set_base_dir(None)
    yield
    keyring.set_keyring(previous)


@dataclass
class Org:
    """A small agency built through the services: a head, a kasi (penilai) and two staff."""

    ws: object
    admin: object
    unit: str
    seksi: str
    head: str
    kasi: str
    staff1: str
    staff2: str
    ctx: dict[str, object]


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[object]:
    from asn_desktop.services.workspace import init_workspace

    ws = init_workspace(
        tmp_path / "ws",
        agency="Dinas Uji",
        admin_password=PASSWORD,
        passphrase=PASSPHRASE,
        prefer_keyring=False,
    )
    yield ws
    ws.close()


@pytest.fixture
def org(workspace: object) -> Org:
    from asn_desktop.services import employees as emp
    from asn_desktop.services.agency import set_agency
    from asn_desktop.services.context import AppContext
    from asn_desktop.services.workspace import login

    admin = login(workspace, "admin", PASSWORD)  # type: ignore[arg-type]
    set_agency(admin, city="Kota Uji")  # the place every form's closing prints
    unit = emp.create_unit(admin, name="Kantor Kepala")
    seksi = emp.create_unit(admin, name="Seksi Program", parent_id=unit)
    head = emp.create_employee(
        admin, emp.EmployeeInput(nip="197001012000031001", name="Kepala Dinas", unit_id=unit)
    )
    kasi = emp.create_employee(
        admin,
        emp.EmployeeInput(nip="198001012005012002", name="Kasi Program", unit_id=seksi, supervisor_id=head),
    )
    staff1 = emp.create_employee(
        admin,
        emp.EmployeeInput(nip="199001012015031003", name="Staf Satu", unit_id=seksi, supervisor_id=kasi),
    )
    staff2 = emp.create_employee(
        admin,
        emp.EmployeeInput(nip="199009132025242014", name="Staf PPPK", unit_id=seksi, supervisor_id=kasi),
    )
    contexts: dict[str, object] = {"admin": admin}
    for name, emp_id, role in (
        ("head", head, "penilai"),
        ("kasi", kasi, "penilai"),
        ("staff1", staff1, "pegawai"),
        ("staff2", staff2, "pegawai"),
    ):
        emp.create_user(admin, username=name, password=PASSWORD, role=role, employee_id=emp_id)
        contexts[name] = login(workspace, name, PASSWORD)  # type: ignore[arg-type]
    assert isinstance(admin, AppContext)
    return Org(workspace, admin, unit, seksi, head, kasi, staff1, staff2, contexts)


@contextmanager
def as_user(ctx: object) -> Iterator[object]:
    """A session that writes as ``ctx``'s user, checked and signed like a service's (for tests that
    set up data no service makes, e.g. an employee made inactive)."""
    from asn_desktop.services.unit_of_work import unit_of_work

    with unit_of_work(ctx, "uji.ubah") as uow:  # type: ignore[arg-type]
        yield uow.session


@contextmanager
def arrived(ws: object) -> Iterator[object]:
    """A session that writes rows as if they had arrived from another laptop (no change log)."""
    from asn_desktop.sync.changelog import SYNC_APPLY

    with ws.sessions() as s, s.begin():  # type: ignore[attr-defined]
        s.info[SYNC_APPLY] = True
        yield s
