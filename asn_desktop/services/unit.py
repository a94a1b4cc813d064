"""A unit's overview: statuses, predikat distribution and the curve allowed by its org predikat,
for the year or any periodic period; the breaches, and the "sebagian besar" warnings beside them."""

from __future__ import annotations

from dataclasses import dataclass, field

from asn_desktop.domain.curve import PredikatOrganisasi
from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import can_view_unit, require
from asn_desktop.domain.pola import evaluate_distribution
from asn_desktop.domain.rating import Predikat
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, require_unit_scope
from asn_desktop.services.org_predikat import org_predikat_for
from asn_desktop.services.unit_of_work import read_session
from asn_desktop.store.models import Unit
from asn_desktop.store.queries import predikat_counts


@dataclass(frozen=True)
class DistributionReport:
    unit_id: str
    unit_name: str
    period_key: str
    org_predikat: PredikatOrganisasi | None
    counts: dict[Predikat, int]
    breaches: list[str]
    warnings: list[str] = field(default_factory=list)
    org_from_year: bool = False  # a periodic period without its own predikat reads the year's

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def check_unit_distribution(
    ctx: AppContext, *, unit_id: str, year: int, period_key: str | None = None
) -> DistributionReport:
    """Count the unit's decided predikat of the period (the year by default) and check them against
    the unit's organisation predikat for that period."""
    require(can_view_unit(ctx.actor), "melihat distribusi predikat unit")
    period = Period.parse(period_key) if period_key else Period.annual(year)
    with read_session(ctx) as session:
        unit = get_or_fail(session, Unit, unit_id, "Unit kerja")
        require_unit_scope(session, ctx.actor, unit_id)
        raw = predikat_counts(session, [unit_id], period.key)
        org, from_year = org_predikat_for(session, unit_id, period)
    counts = {p: raw.get(p.value, 0) for p in Predikat}
    check = evaluate_distribution(org, counts) if org else None
    return DistributionReport(
        unit_id,
        unit.name,
        period.key,
        org,
        counts,
        list(check.breaches) if check else [],
        list(check.warnings) if check else [],
        from_year,
    )
