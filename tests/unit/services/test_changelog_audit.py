"""Every write leaves its change-log entry and audit event in the same transaction."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, func, select, update

from asn_desktop.errors import AuditChainBroken, ValidationFailed
from asn_desktop.security.audit import verify_chain
from asn_desktop.services import employees as emp
from asn_desktop.store.models import AuditEvent, ChangeLog, Employee


def _count(ws, model) -> int:
    with ws.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)))


def test_write_records_changed_fields_with_hlc(org) -> None:
    ws = org.ws
    before = _count(ws, ChangeLog)
    emp.update_employee(
        org.admin,
        org.staff1,
        emp.EmployeeInput(
            nip="199001012015031003", name="Staf Satu Baru", unit_id=org.seksi, supervisor_id=org.kasi
        ),
    )
    with ws.sessions() as s:
        entries = s.scalars(select(ChangeLog).where(ChangeLog.seq > before)).all()
    assert len(entries) == 1
    assert entries[0].row_id == org.staff1
    assert json.loads(entries[0].fields) == {"name": "Staf Satu Baru"}
    assert entries[0].origin == ws.device_id
    with ws.sessions() as s:
        hlcs = s.scalars(select(ChangeLog.hlc).order_by(ChangeLog.seq)).all()
    assert hlcs == sorted(hlcs)


def test_refused_write_leaves_no_trace(org) -> None:
    ws = org.ws
    logs, events = _count(ws, ChangeLog), _count(ws, AuditEvent)
    with pytest.raises(ValidationFailed, match="sudah terdaftar"):
        emp.create_employee(
            org.admin, emp.EmployeeInput(nip="199001012015031003", name="Kembar", unit_id=org.seksi)
        )
    assert (_count(ws, ChangeLog), _count(ws, AuditEvent)) == (logs, events)


def test_audit_chain_verifies_and_names_altered_event(org) -> None:
    ws = org.ws
    with ws.sessions() as s:
        report = verify_chain(s)
    assert report.events == _count(ws, AuditEvent) > 5
    with ws.sessions() as s, s.begin():
        s.execute(update(AuditEvent).where(AuditEvent.seq == 3).values(details='{"nip": "palsu"}'))
    with ws.sessions() as s, pytest.raises(AuditChainBroken, match="#3 .* telah diubah"):
        verify_chain(s)


def test_audit_chain_detects_removed_event_in_middle_and_at_end(org) -> None:
    ws = org.ws
    last = _count(ws, AuditEvent)
    with ws.sessions() as s, s.begin():
        s.execute(delete(AuditEvent).where(AuditEvent.seq == last))
    with ws.sessions() as s, pytest.raises(AuditChainBroken, match="dihapus"):
        verify_chain(s)
    with ws.sessions() as s, s.begin():
        s.execute(delete(AuditEvent).where(AuditEvent.seq == 2))
    with ws.sessions() as s, pytest.raises(AuditChainBroken, match="#2 hilang"):
        verify_chain(s)


def test_audit_event_names_actor_and_entity(org) -> None:
    with org.ws.sessions() as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.action == "employee.create")).first()
        emp_row = s.get(Employee, ev.entity_id)
    assert ev.user_id == org.admin.actor.user_id
    assert emp_row is not None
