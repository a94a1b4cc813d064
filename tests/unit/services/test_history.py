"""The predikat history: decided assessments only, in period order, seen only by those who may."""

from __future__ import annotations

import pytest

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.domain.rating import Predikat
from asn_desktop.services import assessment as asm
from asn_desktop.services.history import predikat_history


def _decide(org, period: str, hasil: str, perilaku: str, *, final: bool = True) -> None:
    asm.assess(
        org.ctx["kasi"],
        employee_id=org.staff1,
        period_key=period,
        rating_hasil=hasil,
        rating_perilaku=perilaku,
    )
    if final:
        view = asm.get_assessment(org.ctx["kasi"], employee_id=org.staff1, period_key=period)
        assert view is not None
        asm.finalize_assessment(org.ctx["kasi"], assessment_id=view.id)


def test_history_is_decided_predikat_oldest_first(org) -> None:
    _decide(org, "2026", "di_atas", "di_atas")
    _decide(org, "2026-Q2", "sesuai", "sesuai")
    _decide(org, "2025", "di_bawah", "sesuai")
    _decide(org, "2026-Q1", "di_bawah", "di_bawah")
    _decide(org, "2026-Q3", "di_atas", "di_atas", final=False)  # a draft is not shown
    points = predikat_history(org.ctx["staff1"], employee_id=org.staff1)
    assert [(p.period.key, p.predikat) for p in points] == [
        ("2025", Predikat.BUTUH_PERBAIKAN),
        ("2026-Q1", Predikat.SANGAT_KURANG),
        ("2026-Q2", Predikat.BAIK),
        ("2026", Predikat.SANGAT_BAIK),  # the annual result closes its year
    ]
    annual = predikat_history(org.ctx["kasi"], employee_id=org.staff1, annual_only=True)
    assert [p.period.key for p in annual] == ["2025", "2026"]


def test_history_is_private_to_the_employee_supervisor_and_admin(org) -> None:
    _decide(org, "2026", "sesuai", "sesuai")
    assert predikat_history(org.ctx["admin"], employee_id=org.staff1)
    for intruder in ("staff2", "head"):
        with pytest.raises(PermissionDenied):
            predikat_history(org.ctx[intruder], employee_id=org.staff1)
