"""Training suggestions follow the competency gaps the period's 360° round found."""

from __future__ import annotations

from asn_desktop.services import competency as comp
from asn_desktop.services import followup as fu
from tests.unit.services.competency_setup import PERIOD, answer, setup_360


def test_suggestions_rank_the_gaps_of_the_closed_round(org) -> None:
    team = setup_360(org)
    before = fu.suggested_trainings(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD)
    assert {s.name for s in before} == {"Analisis Data Program", "Perekat Bangsa"}
    assert not any(s.is_gap for s in before), "no round yet: nothing is marked as a gap"

    round_id = comp.open_round(
        org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD, peer_ids=team.peers[:3]
    )
    answer(org.ctx["kasi"], round_id, 2)
    for ctx in team.peer_ctx[:3]:
        answer(ctx, round_id, 2)
    answer(org.ctx["staff1"], round_id, 5)  # the self-rating never hides a gap
    comp.close_round(org.ctx["kasi"], round_id=round_id)

    ranked = fu.suggested_trainings(org.ctx["kasi"], employee_id=org.staff1, period_key=PERIOD)
    assert [(s.name, s.is_gap) for s in ranked] == [
        ("Analisis Data Program", True),
        ("Perekat Bangsa", False),
    ]
    assert ranked[0].gap == 2.0  # required level 4, observed 2
    yearly = fu.suggested_trainings(org.ctx["kasi"], employee_id=org.staff1, period_key="2026")
    assert yearly[0].name == "Analisis Data Program"
    assert yearly[0].is_gap, "an annual follow-up sees the year's latest round"
