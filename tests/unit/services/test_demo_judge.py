"""Issue 13: the demo fills a past quarter with decided ratings, unit heads rated by the leader rule."""

from __future__ import annotations

from sqlalchemy import select

from asn_desktop.domain.curve import PredikatOrganisasi
from asn_desktop.domain.leader import DEFAULT_LEADER_RULE
from asn_desktop.domain.period import Period, PeriodKind, periods_of_year
from asn_desktop.services.demo import build_demo
from asn_desktop.services.workspace import login
from asn_desktop.store.models import Assessment, Employee, OrgPredikat, OrgPredikatPeriod, Position, Skp
from tests.conftest import PASSWORD


def test_periodic_forms_are_real_and_heads_follow_the_leader_rule(workspace) -> None:
    ctx = login(workspace, "admin", PASSWORD)  # the demo is written in its admin's name
    year = 2026
    build_demo(ctx, employees=60, seed=5, year=year)
    now = workspace.now().date()
    past = [p for p in periods_of_year(year, PeriodKind.QUARTERLY) if p.end < now] or [
        Period(year, "triwulan", 1)
    ]
    quarter = past[-1].key
    with workspace.sessions() as s:
        rated = list(s.scalars(select(Assessment).where(Assessment.period_key == quarter)))
        approved = {k.employee_id for k in s.scalars(select(Skp).where(Skp.status == "approved"))}
        heads = {
            e.id: p.unit_id
            for e, p in s.execute(
                select(Employee, Position).join(Position, Position.id == Employee.position_id)
            )
            if p.leads_unit
        }
        annual = {o.unit_id: o.predikat for o in s.scalars(select(OrgPredikat))}
        periodic = {
            o.unit_id: o.predikat
            for o in s.scalars(select(OrgPredikatPeriod).where(OrgPredikatPeriod.period_key == quarter))
        }
        year_rows = {
            a.employee_id: a for a in s.scalars(select(Assessment).where(Assessment.period_key == str(year)))
        }
        approaches = {k.approach for k in s.scalars(select(Skp))}
    assert rated
    assert {a.status for a in rated} == {"final"}
    assert {a.employee_id for a in rated} <= approved
    assert approaches == {"kualitatif", "kuantitatif"}
    checked = 0
    for a in rated:
        if a.employee_id in heads:
            unit = heads[a.employee_id]
            assert a.rating_hasil == DEFAULT_LEADER_RULE[PredikatOrganisasi(periodic[unit])]
            assert (
                year_rows[a.employee_id].rating_hasil == DEFAULT_LEADER_RULE[PredikatOrganisasi(annual[unit])]
            )
            checked += 1
    assert checked >= 5
