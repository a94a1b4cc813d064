"""The demo's 360° rows: competencies per position, rounds the services can read."""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime

from sqlalchemy import select

from asn_desktop.domain.competency import RaterRelation, RoundStatus
from asn_desktop.services import competency as comp
from asn_desktop.services import demo_competency
from asn_desktop.services.demo import DEMO_PASSWORD, build_demo
from asn_desktop.services.workspace import login
from asn_desktop.store import models as m
from tests.conftest import PASSWORD


def test_demo_makes_competencies_and_rounds_the_services_read(workspace) -> None:
    build_demo(login(workspace, "admin", PASSWORD), employees=60, seed=3, year=2026)
    with workspace.sessions() as s:
        per_position = Counter(s.scalars(select(m.PositionCompetency.position_id)))
        positions = s.scalars(select(m.Position.id)).all()
        levels = set(s.scalars(select(m.PositionCompetency.required_level)))
        rounds = s.scalars(select(m.FeedbackRound)).all()
        nips = dict(s.execute(select(m.Employee.id, m.Employee.nip)).all())
    assert set(per_position) == set(positions)
    assert set(per_position.values()) <= {2, 3, 4}
    assert levels <= {2, 3, 4}
    assert {r.status for r in rounds} == {"open", "closed"}
    assert len({r.period_key for r in rounds}) == 1
    # The first round is closed with only two peers answered: its pegawai sees no peer answers.
    first = min(rounds, key=lambda r: r.id)
    subject = login(workspace, nips[first.employee_id], DEMO_PASSWORD)
    summary = comp.round_summary_for_subject(subject, first.id)
    assert summary.peers_answered == 2
    assert not summary.peers_shown
    assert all(i.own_score is not None for i in summary.items)
    boss = login(workspace, nips[first.opened_by], DEMO_PASSWORD)
    spread = comp.round_summary_for_supervisor(boss, first.id)
    assert spread.status is RoundStatus.CLOSED
    assert 3 <= spread.invited[RaterRelation.REKAN] <= 5
    assert comp.competency_gaps(boss, employee_id=first.employee_id, period_key=first.period_key)


def test_demo_seed_is_deterministic_and_reads_only_what_it_is_given() -> None:
    def run() -> list[tuple[str, str]]:
        rows = {
            m.Position: [{"id": "p1"}, {"id": "p2"}],
            m.Employee: [
                {"id": f"e{i}", "supervisor_id": "boss", "active": True, "position_id": "p1"}
                for i in range(6)
            ],
        }
        demo_competency.seed(rows, random.Random(7), datetime(2026, 11, 1), 2026)  # type: ignore[arg-type]
        return [(r["status"], r["period_key"]) for r in rows[m.FeedbackRound]] + [
            (c["name"], str(c["required_level"])) for c in rows[m.PositionCompetency]
        ]

    first = run()
    assert first == run()
    assert first[0] == ("closed", "2026-Q3"), "the latest quarter ended before 1 November"
    assert sum(1 for _, key in first if key == "2026-Q3") == 2, "the first two members of the team"
