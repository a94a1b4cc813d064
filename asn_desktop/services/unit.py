"""A unit's overview: its members' status and predikat, and the distribution that follows from them,
for the year or any periodic period: the curve its org predikat allows, the breaches, and the
"sebagian besar" warnings beside them.

The member list and the distribution come from one query (``unit_status``): the chart counts
exactly the members the table shows with a final predikat, so the two can never disagree (they
did when the chart counted assessments of inactive employees and the table showed drafts as if
they were final). A unit too small for its minima gets a notice instead of a breach
(``distribution_findings``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from asn_desktop.domain.curve import DistributionRule, PredikatOrganisasi, distribution_findings
from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import can_view_unit, require
from asn_desktop.domain.pola import distribution_warnings
from asn_desktop.domain.rating import Predikat
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, require_unit_scope
from asn_desktop.services.org_predikat import org_predikat_for
from asn_desktop.services.unit_of_work import read_session
from asn_desktop.store.models import Unit
from asn_desktop.store.queries import SkpStatusRow, unit_status


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
    notices: list[str] = field(default_factory=list)
    rules: tuple[DistributionRule, ...] = ()  # the rules checked (the chart draws their bounds)
    drafts: int = 0  # members with a predikat that is not final yet (not counted)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class UnitOverview:
    members: list[SkpStatusRow]
    report: DistributionReport


def unit_overview(ctx: AppContext, *, unit_id: str, year: int, period_key: str | None = None) -> UnitOverview:
    """The unit's active members with SKP status and the period's predikat (the year by default),
    and their distribution against the unit's organisation predikat for that period."""
    require(can_view_unit(ctx.actor), "melihat distribusi predikat unit")
    period = Period.parse(period_key) if period_key else Period.annual(year)
    with read_session(ctx) as session:
        unit = get_or_fail(session, Unit, unit_id, "Unit kerja")
        require_unit_scope(session, ctx.actor, unit_id)
        members = unit_status(session, unit_id, year, period.key)
        org, from_year = org_predikat_for(session, unit_id, period)
    counts = {p: 0 for p in Predikat}
    for row in members:
        if row.predikat is not None and row.predikat_is_final:
            counts[Predikat(row.predikat)] += 1
    drafts = sum(1 for row in members if row.predikat is not None and not row.predikat_is_final)
    found = distribution_findings(org, counts) if org else None
    report = DistributionReport(
        unit_id,
        unit.name,
        period.key,
        org,
        counts,
        found.breaches if found else [],
        warnings=list(distribution_warnings(org, counts)) if org else [],
        org_from_year=from_year,
        notices=found.notices if found else [],
        rules=found.checked if found else (),
        drafts=drafts,
    )
    return UnitOverview(members, report)


def check_unit_distribution(
    ctx: AppContext, *, unit_id: str, year: int, period_key: str | None = None
) -> DistributionReport:
    """Count the unit's final predikat of the period and check them against its org predikat."""
    return unit_overview(ctx, unit_id=unit_id, year=year, period_key=period_key).report


__all__ = ["DistributionReport", "SkpStatusRow", "UnitOverview", "check_unit_distribution", "unit_overview"]
