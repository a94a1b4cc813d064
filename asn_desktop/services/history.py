"""An employee's predikat over the years: the history the "Kinerja Saya" chart draws.

Only final or signed assessments count: a draft rating is the supervisor's work in progress and
is not shown to the pegawai before it is decided. Years before the app was used come from
e-Kinerja BKN (``services.ekinerja``, ``PastPredikat``); for a period decided in the app as well,
the app's assessment is the one shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from asn_desktop.domain.period import Period, PeriodKind
from asn_desktop.domain.permissions import can_view, require
from asn_desktop.domain.rating import Predikat
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import subject_of
from asn_desktop.services.unit_of_work import read_session
from asn_desktop.store.models import Assessment, PastPredikat
from asn_desktop.store.queries import is_current_assessment

DECIDED = ("final", "signed")


@dataclass(frozen=True)
class PredikatPoint:
    period: Period
    predikat: Predikat
    status: str  # final, signed, or "impor" (from e-Kinerja)
    source: str = "aplikasi"


def _order(period: Period) -> tuple[int, bool, int]:
    # The annual result closes its year, after the year's periodic evaluations.
    return (period.year, period.kind is PeriodKind.ANNUAL, period.index)


def predikat_history(ctx: AppContext, *, employee_id: str, annual_only: bool = False) -> list[PredikatPoint]:
    """Decided predikat of one employee, oldest first."""
    with read_session(ctx) as session:
        require(can_view(ctx.actor, subject_of(session, employee_id)), "melihat riwayat predikat pegawai ini")
        rows = session.execute(
            select(Assessment.period_key, Assessment.predikat, Assessment.status).where(
                Assessment.employee_id == employee_id,
                Assessment.status.in_(DECIDED),
                Assessment.predikat.is_not(None),
                is_current_assessment(),  # after a keberatan, the version in force
            )
        ).all()
        past = session.execute(
            select(PastPredikat.period_key, PastPredikat.predikat, PastPredikat.source).where(
                PastPredikat.employee_id == employee_id
            )
        ).all()
    points = [
        PredikatPoint(Period.parse(key), Predikat(str(predikat)), status) for key, predikat, status in rows
    ]
    decided = {p.period.key for p in points}
    points += [
        PredikatPoint(Period.parse(key), Predikat(predikat), "impor", source)
        for key, predikat, source in past
        if key not in decided
    ]
    if annual_only:
        points = [p for p in points if p.period.kind is PeriodKind.ANNUAL]
    return sorted(points, key=lambda p: _order(p.period))
