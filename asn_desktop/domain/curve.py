"""The distribution curve (pola distribusi) that a unit's predikat organisasi imposes.

The employees' predikat in a unit may not be spread freely: the better the unit performed, the more
top grades it may give, and a weak unit must show its weakness in its employees' grades. The
thresholds sit in one table (``DISTRIBUTION_RULES``) because their reading is still to be confirmed
with the agency; code never repeats a number from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from asn_desktop.domain.rating import Predikat

__all__ = [
    "DISTRIBUTION_RULES",
    "DistributionRule",
    "PredikatOrganisasi",
    "allowed_range",
    "check_distribution",
    "distribution_findings",
    "unmeetable_minimums",
]

MIN: Final = "min"
MAX: Final = "max"


class PredikatOrganisasi(StrEnum):
    """Predikat Kinerja Organisasi of a unit (satuan organisasi)."""

    ISTIMEWA = "istimewa"
    BAIK = "baik"
    BUTUH_PERBAIKAN = "butuh_perbaikan"
    KURANG = "kurang"
    SANGAT_KURANG = "sangat_kurang"

    @property
    def label(self) -> str:
        """The wording of the regulation, as the Dokumen Penetapan prints it."""
        return _ORG_LABELS[self]


_ORG_LABELS: Final = {
    PredikatOrganisasi.ISTIMEWA: "Istimewa",
    PredikatOrganisasi.BAIK: "Baik",
    PredikatOrganisasi.BUTUH_PERBAIKAN: "Butuh Perbaikan",
    PredikatOrganisasi.KURANG: "Kurang",
    PredikatOrganisasi.SANGAT_KURANG: "Sangat Kurang",
}


@dataclass(frozen=True)
class DistributionRule:
    """A bound on how many employees hold any of ``predikats``.

    Either a share of the employees evaluated in the unit (``percent``) or an absolute number
    (``count``), because the regulation uses both ("at most 70 %", "at least one").
    """

    predikats: frozenset[Predikat]
    bound: str
    percent: int | None = None
    count: int | None = None

    def __post_init__(self) -> None:
        if self.bound not in (MIN, MAX):
            raise ValueError(f"bound must be 'min' or 'max', not {self.bound!r}")
        if (self.percent is None) == (self.count is None):
            raise ValueError("exactly one of percent and count must be given")
        if self.percent is not None and not 0 <= self.percent <= 100:
            raise ValueError(f"percent must be within 0..100, not {self.percent}")
        if self.count is not None and self.count < 0:
            raise ValueError(f"count must not be negative, not {self.count}")
        if not self.predikats:
            raise ValueError("a rule needs at least one predikat")

    @property
    def subject(self) -> str:
        """The predikat(s) the rule counts, in the regulation's order, for messages."""
        names = [p.label for p in Predikat if p in self.predikats]
        return " atau ".join(names)


def _rule(
    bound: str, *predikats: Predikat, percent: int | None = None, count: int | None = None
) -> DistributionRule:
    return DistributionRule(frozenset(predikats), bound, percent, count)


DISTRIBUTION_RULES: Final[Mapping[PredikatOrganisasi, tuple[DistributionRule, ...]]] = MappingProxyType(
    {
        PredikatOrganisasi.ISTIMEWA: (_rule(MAX, Predikat.SANGAT_BAIK, percent=70),),
        PredikatOrganisasi.BAIK: (
            _rule(MAX, Predikat.BAIK, percent=70),
            _rule(MIN, Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, count=1),
        ),
        PredikatOrganisasi.BUTUH_PERBAIKAN: (
            _rule(MIN, Predikat.BUTUH_PERBAIKAN, percent=60),
            _rule(MAX, Predikat.SANGAT_BAIK, percent=10),
        ),
        PredikatOrganisasi.KURANG: (
            _rule(MIN, Predikat.KURANG, percent=60),
            _rule(MIN, Predikat.BUTUH_PERBAIKAN, percent=10),
            _rule(MAX, Predikat.SANGAT_BAIK, percent=10),
        ),
        PredikatOrganisasi.SANGAT_KURANG: (
            _rule(MIN, Predikat.SANGAT_KURANG, percent=60),
            _rule(MIN, Predikat.KURANG, Predikat.BUTUH_PERBAIKAN, percent=10),
            _rule(MAX, Predikat.SANGAT_BAIK, count=0),
        ),
    }
)


def allowed_range(rule: DistributionRule, total: int) -> tuple[int, int]:
    """The inclusive range of employees the rule allows among ``total`` evaluated.

    A maximum rounds down and a minimum rounds up to whole employees (integer arithmetic, so 70 %
    of 10 is exactly 7 and never 6.999…). An absolute minimum may exceed a tiny unit's total; the
    range is then empty and the rule cannot be met, which is what the regulation implies.
    """
    if total < 0:
        raise ValueError(f"total must not be negative, not {total}")
    if rule.percent is not None:
        limit_down = total * rule.percent // 100
        limit_up = -(-total * rule.percent // 100)
    else:
        assert rule.count is not None  # guaranteed by DistributionRule.__post_init__
        limit_down = limit_up = rule.count
    if rule.bound == MAX:
        return 0, min(limit_down, total)
    return limit_up, total


def _message(rule: DistributionRule, total: int, limit: int, actual: int) -> str:
    wording = "paling banyak" if rule.bound == MAX else "paling sedikit"
    if rule.percent is not None:
        return f"{rule.subject} {wording} {rule.percent} % ({limit} dari {total} pegawai), tercatat {actual}"
    if rule.bound == MAX and limit == 0:
        return f"{rule.subject} tidak diperbolehkan (0 dari {total} pegawai), tercatat {actual}"
    return f"{rule.subject} {wording} {limit} pegawai (dari {total} pegawai), tercatat {actual}"


def check_distribution(org: PredikatOrganisasi, counts: Mapping[Predikat, int]) -> list[str]:
    """Every breach of the unit's distribution rules, as Indonesian sentences; empty when allowed.

    ``counts`` maps each predikat to the number of employees holding it; a missing predikat counts
    as zero and the total is the sum. All breaches are reported at once so the meeting sees the
    whole picture rather than fixing one complaint at a time.
    """
    org = PredikatOrganisasi(org)
    return _breaches(_normalise(counts), DISTRIBUTION_RULES[org])


def _normalise(counts: Mapping[Predikat, int]) -> dict[Predikat, int]:
    normalised: dict[Predikat, int] = {}
    for key, value in counts.items():
        if value < 0:
            raise ValueError(f"count for {key!s} must not be negative, not {value}")
        predikat = Predikat(key)
        normalised[predikat] = normalised.get(predikat, 0) + value
    return normalised


def _breaches(normalised: Mapping[Predikat, int], rules: tuple[DistributionRule, ...]) -> list[str]:
    total = sum(normalised.values())
    if total == 0:
        return []
    breaches: list[str] = []
    for rule in rules:
        actual = sum(normalised.get(p, 0) for p in rule.predikats)
        low, high = allowed_range(rule, total)
        if actual < low:
            breaches.append(_message(rule, total, low, actual))
        elif actual > high:
            breaches.append(_message(rule, total, high, actual))
    return breaches


def unmeetable_minimums(org: PredikatOrganisasi, total: int) -> tuple[DistributionRule, ...]:
    """The minimum rules that no spread of ``total`` employees' predikat could meet together.

    The minima of one organisation predikat count disjoint sets of predikat (a test holds the
    table to that), so they can all be met only when their lows add up to no more than the unit:
    a one-person unit of a *Kurang* organisation would need one Kurang *and* one Butuh Perbaikan.
    Then every minimum is returned (which one to give up is not the unit's choice); otherwise none.
    """
    minima = tuple(rule for rule in DISTRIBUTION_RULES[PredikatOrganisasi(org)] if rule.bound == MIN)
    need = sum(allowed_range(rule, total)[0] for rule in minima)
    return minima if need > total else ()


@dataclass(frozen=True)
class DistributionFindings:
    """Breaches of the rules that apply, and notices for the rules the unit is too small for."""

    breaches: list[str]
    notices: list[str]
    checked: tuple[DistributionRule, ...]


def distribution_findings(org: PredikatOrganisasi, counts: Mapping[Predikat, int]) -> DistributionFindings:
    """``check_distribution`` for a unit's overview: impossible minima become a notice, not a breach.

    A breach asks the penilai to change an assessment; for a rule no assessment could satisfy
    (``unmeetable_minimums``) that request is wrong, so the overview names the rule as not
    applicable to a unit of that size instead. The maxima and any minimum that can be met are
    checked exactly as ``check_distribution`` does.
    """
    org = PredikatOrganisasi(org)
    normalised = _normalise(counts)
    total = sum(normalised.values())
    skipped = unmeetable_minimums(org, total)
    checked = tuple(rule for rule in DISTRIBUTION_RULES[org] if rule not in skipped)
    notices = [
        f"{rule.subject} paling sedikit {allowed_range(rule, total)[0]} pegawai tidak dapat dipenuhi "
        f"bersama batas bawah lainnya oleh unit dengan {total} pegawai dinilai; tidak diperiksa."
        for rule in skipped
    ]
    return DistributionFindings(_breaches(normalised, checked), notices, checked)
