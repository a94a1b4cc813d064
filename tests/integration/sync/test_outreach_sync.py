"""Public feedback and a follow-up with its session, made on laptop A, arrive on laptop B by a folder share."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from asn_desktop.services import assessment as asm
from asn_desktop.services import employees as emp
from asn_desktop.services import followup as fu
from asn_desktop.services import public_feedback as pf
from asn_desktop.services.workspace import login
from tests.conftest import PASSWORD
from tests.integration.sync.conftest import Share
from tests.integration.sync.helpers import dump


@pytest.fixture
def share(tmp_path: Path) -> Share:
    """A plain folder share only (the transports themselves are tested in test_sync.py)."""
    disk = tmp_path / "share"
    disk.mkdir()
    return Share("folder", str(disk), disk)


def test_public_feedback_and_follow_up_travel(agency) -> None:
    a, b = agency.laptops
    admin_a, admin_b = agency.admins
    seksi = emp.create_unit(admin_a, name="Seksi Layanan", code="SL")
    kasi = emp.create_employee(
        admin_a, emp.EmployeeInput(nip="198001012005012002", name="Kasi", unit_id=seksi)
    )
    staff = emp.create_employee(
        admin_a, emp.EmployeeInput(nip="199001012015031003", name="Staf", unit_id=seksi, supervisor_id=kasi)
    )
    emp.create_user(admin_a, username="kasi", password=PASSWORD, role="penilai", employee_id=kasi)
    kasi_a = login(a, "kasi", PASSWORD)
    fid = pf.record_public_feedback(
        kasi_a, unit_id=seksi, employee_id=staff, received_on=date(2026, 4, 2), channel="kiosk", score=5
    )
    asm.assess(
        kasi_a, employee_id=staff, period_key="2026", rating_hasil="di_bawah", rating_perilaku="sesuai"
    )
    view = asm.get_assessment(kasi_a, employee_id=staff, period_key="2026")
    asm.finalize_assessment(kasi_a, assessment_id=view.id)
    follow_up = fu.add_follow_up(
        kasi_a, assessment_id=view.id, kind="pembinaan", title="Bimbingan", goal="Tepat waktu"
    )
    fu.add_session(kasi_a, follow_up_id=follow_up, planned_on=date(2027, 1, 5))

    agency.sync_all()

    assert dump(a) == dump(b)
    [row] = pf.list_public_feedback(admin_b)
    assert (row.id, row.unit_name, row.employee_name, row.score) == (fid, "Seksi Layanan", "Staf", 5)
    [plan] = fu.list_for_employee(admin_b, staff)
    assert (plan.id, plan.title, plan.goal, plan.status.value) == (
        follow_up,
        "Bimbingan",
        "Tepat waktu",
        "rencana",
    )
    assert [s.planned_on for s in plan.sessions] == [date(2027, 1, 5)]
    # And back: the kasi logs in on laptop B and finishes the plan; A sees it after the next sync.
    kasi_b = login(b, "kasi", PASSWORD)
    fu.set_status(kasi_b, follow_up_id=follow_up, status="selesai", outcome="Sudah tepat waktu")
    agency.sync_all()
    assert fu.list_for_employee(admin_a, staff)[0].outcome == "Sudah tepat waktu"
