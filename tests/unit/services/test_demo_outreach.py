"""The demo's public feedback and follow-up rows: plausible, consistent with the predikat, deterministic."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select

from asn_desktop.domain.followup import FollowUpKind
from asn_desktop.services import followup as fu
from asn_desktop.services import public_feedback as pf
from asn_desktop.services.demo import build_demo
from asn_desktop.services.demo_outreach import _months_back
from asn_desktop.services.workspace import login
from asn_desktop.store.models import Assessment, FollowUp, FollowUpSession, PublicFeedback, Unit
from tests.conftest import PASSWORD


def test_demo_has_public_feedback_and_follow_up(workspace) -> None:
    ctx = login(workspace, "admin", PASSWORD)
    counts = build_demo(ctx, employees=60, seed=3, year=workspace.now().year)
    today = workspace.now().date()
    with workspace.sessions() as s:
        seksi = {u.id for u in s.scalars(select(Unit)) if u.name.startswith("Seksi")}
        feedback = list(s.scalars(select(PublicFeedback)))
        follow_ups = list(s.scalars(select(FollowUp)))
        predikat = {a.id: a.predikat for a in s.scalars(select(Assessment))}
        sessions = Counter(x.follow_up_id for x in s.scalars(select(FollowUpSession)))
    assert counts["public_feedback"] == len(feedback) > 0
    assert {f.unit_id for f in feedback} == seksi
    per_month = Counter((f.unit_id, f.received_on.year, f.received_on.month) for f in feedback)
    assert len(per_month) == 12 * len(seksi)
    assert all(3 <= n <= 20 for n in per_month.values())
    assert max(f.received_on for f in feedback) <= today
    assert Counter(f.score for f in feedback).most_common(1)[0][0] == 4
    assert {f.channel for f in feedback} >= {"kiosk", "langsung"}
    assert any(f.employee_id for f in feedback)
    assert follow_ups
    for f in follow_ups:
        p = predikat[f.assessment_id]
        expected = {"sangat_baik": "penghargaan", "baik": "pelatihan"}.get(p, "pembinaan")
        assert f.kind == expected
        if f.kind == FollowUpKind.PEMBINAAN.value:
            assert 2 <= sessions[f.id] <= 3
            assert f.goal
    assert len({f.status for f in follow_ups}) >= 2
    # The services read the demo rows without trouble.
    assert fu.list_open_for_agency(ctx)
    unit = next(iter(seksi))
    assert pf.unit_summary(ctx, unit_id=unit, year=today.year).count > 0


def test_months_back_never_past_today() -> None:
    from datetime import datetime

    months = _months_back(datetime(2026, 1, 15, 9), 12)
    assert months[0] == (date(2025, 2, 1), date(2025, 2, 28))
    assert months[-2] == (date(2025, 12, 1), date(2025, 12, 31))
    assert months[-1] == (date(2026, 1, 1), date(2026, 1, 15))
