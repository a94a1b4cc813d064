"""The pola distribusi in words and shares, and the "sebagian besar" warnings beside the breaches.

``curve.check_distribution`` stays the public contract (DESIGN.md §7): it returns the *breaches*
of the hard thresholds. The regulation also says a unit rated Istimewa has "sebagian besar" of
its employees at Sangat Baik (and a Baik unit most at Baik); whether "sebagian besar" is a rule
or a reading is still to be confirmed, so it is a *warning*, never a breach, and its thresholds
sit in one table (``MAJORITY_RULES``) like the others. ``evaluate_distribution`` returns both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from asn_desktop.domain.curve import (
    DISTRIBUTION_RULES,
    MAX,
    DistributionRule,
    PredikatOrganisasi,
    check_distribution,
)
from asn_desktop.domain.rating import Predikat

__all__ = [
    "MAJORITY_RULES",
    "DistributionCheck",
    "distribution_warnings",
    "evaluate_distribution",
    "percent_bounds",
    "rule_texts",
]

# "Sebagian besar" read as more than half (to confirm with the agency; DOMAIN.md §4, §7).
MAJORITY_RULES: Final[Mapping[PredikatOrganisasi, Predikat]] = MappingProxyType(
    {PredikatOrganisasi.ISTIMEWA: Predikat.SANGAT_BAIK, PredikatOrganisasi.BAIK: Predikat.BAIK}
)
_HALF: Final = 50


@dataclass(frozen=True)
class DistributionCheck:
    """The hard breaches (as ``check_distribution``) and the softer warnings, both in Indonesian."""

    breaches: tuple[str, ...]
    warnings: tuple[str, ...]

    @property
    def allowed(self) -> bool:
        """Warnings never make a distribution disallowed; only breaches do."""
        return not self.breaches


def _normalised(counts: Mapping[Predikat, int]) -> dict[Predikat, int]:
    out: dict[Predikat, int] = {}
    for key, value in counts.items():
        out[Predikat(key)] = out.get(Predikat(key), 0) + value
    return out


def distribution_warnings(org: PredikatOrganisasi, counts: Mapping[Predikat, int]) -> list[str]:
    """A warning when the predikat the unit's rating calls "sebagian besar" holds half or fewer."""
    org = PredikatOrganisasi(org)
    normalised = _normalised(counts)
    total = sum(normalised.values())
    majority = MAJORITY_RULES.get(org)
    if majority is None or total == 0:
        return []
    actual = normalised.get(majority, 0)
    if actual * 100 > total * _HALF:
        return []
    return [
        f"{majority.label} sebaiknya sebagian besar (lebih dari separuh, > {total // 2} dari "
        f"{total} pegawai) untuk unit berpredikat {org.label}, tercatat {actual}"
    ]


def evaluate_distribution(org: PredikatOrganisasi, counts: Mapping[Predikat, int]) -> DistributionCheck:
    """Breaches (``check_distribution``) and warnings (``distribution_warnings``) in one result."""
    return DistributionCheck(
        tuple(check_distribution(org, counts)), tuple(distribution_warnings(org, counts))
    )


def _rule_text(rule: DistributionRule) -> str:
    wording = "paling banyak" if rule.bound == MAX else "paling sedikit"
    if rule.percent is not None:
        return f"{rule.subject} {wording} {rule.percent} %"
    if rule.bound == MAX and rule.count == 0:
        return f"{rule.subject} tidak diperbolehkan"
    return f"{rule.subject} {wording} {rule.count} pegawai"


def rule_texts(org: PredikatOrganisasi) -> list[str]:
    """The unit's pola distribusi as the forms print it, one rule a line, then the warning rule."""
    org = PredikatOrganisasi(org)
    texts = [_rule_text(rule) for rule in DISTRIBUTION_RULES[org]]
    majority = MAJORITY_RULES.get(org)
    if majority is not None:
        texts.append(f"{majority.label} sebagian besar (lebih dari separuh; anjuran)")
    return texts


def percent_bounds(
    org: PredikatOrganisasi,
    rules: Mapping[PredikatOrganisasi, tuple[DistributionRule, ...]] = DISTRIBUTION_RULES,
) -> dict[Predikat, tuple[int, int]]:
    """For each predikat, the lowest and highest share (%) its own rules allow: the curve's shape.

    A rule that bounds several predikat together, or counts people rather than a share, bounds
    no single bar (it is printed as text); a rule that forbids a predikat (``count=0``) caps its
    bar at 0 %.
    """
    org = PredikatOrganisasi(org)
    bounds = {p: (0, 100) for p in Predikat}
    for rule in rules[org]:
        if len(rule.predikats) != 1:
            continue
        (p,) = rule.predikats
        low, high = bounds[p]
        if rule.bound == MAX:
            cap = rule.percent if rule.percent is not None else (0 if rule.count == 0 else 100)
            bounds[p] = (low, min(high, cap))
        elif rule.percent is not None:
            bounds[p] = (max(low, rule.percent), high)
    return bounds
