"""A 360° round opened on one laptop is answered on another, through a folder share."""

from __future__ import annotations

from datetime import datetime

import pytest

from asn_desktop.domain.competency import RaterRelation
from asn_desktop.services import competency as comp
from asn_desktop.services import employees as emp
from asn_desktop.services.workspace import login
from tests.conftest import PASSWORD
from tests.integration.sync.helpers import dump

PERIOD = "2026-Q3"


@pytest.mark.parametrize("share", ["folder"], indirect=True)
def test_round_made_on_a_arrives_on_b_and_answers_come_back(agency) -> None:
    a, b = agency.laptops
    for ws in (a, b):
        ws.now = lambda: datetime(2026, 9, 1, 8, 0)
    admin = agency.admins[0]
    unit = emp.create_unit(admin, name="Seksi Sinkron")
    position = emp.create_position(admin, unit_id=unit, name="Analis", kind="pelaksana")
    kasi = emp.create_employee(admin, emp.EmployeeInput(nip="198001012005012002", name="Kasi", unit_id=unit))
    staff = emp.create_employee(
        admin,
        emp.EmployeeInput(
            nip="199001012015031003", name="Staf", unit_id=unit, supervisor_id=kasi, position_id=position
        ),
    )
    peers = [
        emp.create_employee(
            admin, emp.EmployeeInput(nip=nip, name=f"Rekan {i}", unit_id=unit, supervisor_id=kasi)
        )
        for i, nip in enumerate(("199102022016031004", "199203032017032005", "199304042018031006"), 1)
    ]
    emp.create_user(admin, username="kasi", password=PASSWORD, role="penilai", employee_id=kasi)
    emp.create_user(admin, username="staf", password=PASSWORD, role="pegawai", employee_id=staff)
    emp.create_user(admin, username="rekan1", password=PASSWORD, role="pegawai", employee_id=peers[0])
    competency = comp.add_position_competency(
        admin, position_id=position, kind="teknis", name="Analisis Data", required_level=4
    )
    round_id = comp.open_round(
        login(a, "kasi", PASSWORD), employee_id=staff, period_key=PERIOD, peer_ids=peers
    )

    agency.sync_all()
    assert dump(a) == dump(b)
    staff_on_b = login(b, "staf", PASSWORD)
    pending = comp.my_pending_rounds(staff_on_b)
    assert [(p.round_id, p.relation) for p in pending] == [(round_id, RaterRelation.DIRI)]
    form = comp.round_form(staff_on_b, round_id)
    assert form.items[-1].item_key == competency
    comp.submit_answers(
        staff_on_b,
        round_id=round_id,
        answers=[comp.AnswerInput(i.item_kind, i.item_key, 4, "dari laptop B") for i in form.items],
    )

    agency.sync_all()
    assert dump(a) == dump(b)
    kasi_on_a = login(a, "kasi", PASSWORD)
    view = comp.get_round(kasi_on_a, round_id)
    assert [r.relation for r in view.raters if r.submitted_at is not None] == [RaterRelation.DIRI]
    spread = comp.round_summary_for_supervisor(kasi_on_a, round_id)
    assert spread.rows[-1].by_relation[RaterRelation.DIRI].mean == 4

    # The supervisor closes the round on A while B is offline; a peer then answers on B, which
    # still sees the round open. After sync both laptops agree, and the late answer does not count.
    a.now = lambda: datetime(2026, 9, 10, 8, 0)
    comp.close_round(kasi_on_a, round_id=round_id)
    b.now = lambda: datetime(2026, 9, 11, 8, 0)
    late = login(b, "rekan1", PASSWORD)
    form = comp.round_form(late, round_id)
    comp.submit_answers(
        late,
        round_id=round_id,
        answers=[comp.AnswerInput(i.item_kind, i.item_key, 1, None) for i in form.items],
    )
    agency.sync_all()
    assert dump(a) == dump(b)
    for ws in (a, b):
        closed = comp.round_summary_for_supervisor(login(ws, "kasi", PASSWORD), round_id)
        assert closed.submitted[RaterRelation.REKAN] == 0
        assert closed.submitted[RaterRelation.DIRI] == 1
        assert closed.rows[-1].by_relation[RaterRelation.DIRI].mean == 4
