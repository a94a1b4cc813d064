"""A unit's overview: statuses, predikat distribution and the curve allowed by its org predikat."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from asn_desktop.domain.curve import PredikatOrganisasi, check_distribution
from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import can_view_unit, require
from asn_desktop.domain.rating import Predikat
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, require_unit_scope
from asn_desktop.services.unit_of_work import read_session
from asn_desktop.store.models import OrgPredikat, Unit
from asn_desktop.store.queries import predikat_counts


@dataclass(frozen=True)
class DistributionReport:
    unit_id: str
    unit_name: str
    period_key: str
    org_predikat: PredikatOrganisasi | None
    counts: dict[Predikat, int]
    breaches: list[str]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def check_unit_distribution(ctx: AppContext, *, unit_id: str, year: int) -> DistributionReport:
    """Count the unit's annual predikat and check them against its organisation predikat."""
    require(can_view_unit(ctx.actor), "melihat distribusi predikat unit")
    period = Period.annual(year)
    with read_session(ctx) as session:
        unit = get_or_fail(session, Unit, unit_id, "Unit kerja")
        require_unit_scope(session, ctx.actor, unit_id)
        raw = predikat_counts(session, [unit_id], period.key)
        org = session.scalars(
            select(OrgPredikat.predikat).where(OrgPredikat.unit_id == unit_id, OrgPredikat.year == year)
        ).first()
    counts = {p: raw.get(p.value, 0) for p in Predikat}
    org_value = PredikatOrganisasi(org) if org else None
    breaches = check_distribution(org_value, counts) if org_value else []
    return DistributionReport(unit_id, unit.name, period.key, org_value, counts, breaches)
