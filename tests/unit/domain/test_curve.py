"""The distribution curve: rounding, every organisation predikat allowed and breached, messages."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain.curve import (
    DISTRIBUTION_RULES,
    DistributionRule,
    PredikatOrganisasi,
    allowed_range,
    check_distribution,
    distribution_findings,
    unmeetable_minimums,
)
from asn_desktop.domain.rating import Predikat

SB = Predikat.SANGAT_BAIK
BA = Predikat.BAIK
BP = Predikat.BUTUH_PERBAIKAN
KU = Predikat.KURANG
SK = Predikat.SANGAT_KURANG
Org = PredikatOrganisasi


def rule(
    bound: str, *predikats: Predikat, percent: int | None = None, count: int | None = None
) -> DistributionRule:
    return DistributionRule(frozenset(predikats), bound, percent, count)


# --- rounding ---------------------------------------------------------------------------------------


def test_domain_examples_for_seven_employees() -> None:
    assert allowed_range(rule("max", SB, percent=70), 7) == (0, 4)  # 4.9 rounds down
    assert allowed_range(rule("min", BP, percent=10), 7) == (1, 7)  # 0.7 rounds up
    assert allowed_range(rule("min", BP, percent=60), 7) == (5, 7)  # 4.2 rounds up


def test_exact_percentages_do_not_round() -> None:
    assert allowed_range(rule("max", SB, percent=70), 10) == (0, 7)
    assert allowed_range(rule("min", SB, percent=60), 10) == (6, 10)
    assert allowed_range(rule("max", SB, percent=10), 9) == (0, 0)


def test_absolute_counts() -> None:
    assert allowed_range(rule("min", BP, KU, count=1), 7) == (1, 7)
    assert allowed_range(rule("max", SB, count=0), 7) == (0, 0)
    assert allowed_range(rule("max", SB, count=3), 2) == (0, 2)
    assert allowed_range(rule("min", SB, count=3), 2) == (3, 2)  # cannot be met


def test_zero_employees() -> None:
    assert allowed_range(rule("max", SB, percent=70), 0) == (0, 0)
    assert allowed_range(rule("min", SB, percent=60), 0) == (0, 0)


def test_negative_total_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        allowed_range(rule("max", SB, percent=70), -1)


@given(
    st.sampled_from(["min", "max"]),
    st.integers(min_value=0, max_value=100),
    st.integers(min_value=0, max_value=10_000),
)
def test_rounding_matches_exact_fractions(bound: str, percent: int, total: int) -> None:
    low, high = allowed_range(rule(bound, SB, percent=percent), total)
    exact = Fraction(total * percent, 100)
    if bound == "max":
        assert (low, high) == (0, exact.__floor__())
    else:
        assert (low, high) == (exact.__ceil__(), total)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"bound": "atmost", "percent": 70}, "bound"),
        ({"bound": "max"}, "exactly one"),
        ({"bound": "max", "percent": 70, "count": 1}, "exactly one"),
        ({"bound": "max", "percent": 101}, "percent"),
        ({"bound": "max", "percent": -1}, "percent"),
        ({"bound": "min", "count": -1}, "count"),
    ],
)
def test_rule_validation(kwargs: dict[str, object], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        DistributionRule(frozenset({SB}), **kwargs)  # type: ignore[arg-type]


def test_rule_needs_a_predikat() -> None:
    with pytest.raises(ValueError, match="at least one predikat"):
        DistributionRule(frozenset(), "max", 70)


def test_rule_subject_in_regulation_order() -> None:
    assert rule("min", KU, BP, percent=10).subject == "Butuh Perbaikan atau Kurang/Misconduct"


# --- the table --------------------------------------------------------------------------------------


def test_table_as_in_domain_md() -> None:
    assert dict(DISTRIBUTION_RULES) == {
        Org.ISTIMEWA: (rule("max", SB, percent=70),),
        Org.BAIK: (rule("max", BA, percent=70), rule("min", BP, KU, count=1)),
        Org.BUTUH_PERBAIKAN: (rule("min", BP, percent=60), rule("max", SB, percent=10)),
        Org.KURANG: (rule("min", KU, percent=60), rule("min", BP, percent=10), rule("max", SB, percent=10)),
        Org.SANGAT_KURANG: (
            rule("min", SK, percent=60),
            rule("min", KU, BP, percent=10),
            rule("max", SB, count=0),
        ),
    }


@pytest.mark.parametrize(
    ("org", "value", "label"),
    [
        (Org.ISTIMEWA, "istimewa", "Istimewa"),
        (Org.BAIK, "baik", "Baik"),
        (Org.BUTUH_PERBAIKAN, "butuh_perbaikan", "Butuh Perbaikan"),
        (Org.KURANG, "kurang", "Kurang"),
        (Org.SANGAT_KURANG, "sangat_kurang", "Sangat Kurang"),
    ],
)
def test_org_values_and_labels(org: PredikatOrganisasi, value: str, label: str) -> None:
    assert org == value
    assert org.label == label


# --- check_distribution ---------------------------------------------------------------------------

CASES = [
    # Istimewa: Sangat Baik at most 70 % (4 of 7); the rest anything.
    (Org.ISTIMEWA, {SB: 4, SK: 3}, []),
    (Org.ISTIMEWA, {SB: 5, BA: 2}, ["Sangat Baik paling banyak 70 % (4 dari 7 pegawai), tercatat 5"]),
    # Baik: Baik at most 70 %, at least one Butuh Perbaikan or Kurang/Misconduct.
    (Org.BAIK, {SB: 1, BA: 4, KU: 1, SK: 1}, []),
    (Org.BAIK, {BA: 6, BP: 1}, ["Baik paling banyak 70 % (4 dari 7 pegawai), tercatat 6"]),
    (
        Org.BAIK,
        {SB: 3, BA: 4},
        ["Butuh Perbaikan atau Kurang/Misconduct paling sedikit 1 pegawai (dari 7 pegawai), tercatat 0"],
    ),
    (
        Org.BAIK,
        {BA: 7},
        [
            "Baik paling banyak 70 % (4 dari 7 pegawai), tercatat 7",
            "Butuh Perbaikan atau Kurang/Misconduct paling sedikit 1 pegawai (dari 7 pegawai), tercatat 0",
        ],
    ),
    # Butuh Perbaikan: BP at least 60 % (5 of 7); SB at most 10 % (0 of 7).
    (Org.BUTUH_PERBAIKAN, {BP: 5, BA: 2}, []),
    (
        Org.BUTUH_PERBAIKAN,
        {BP: 4, BA: 3},
        ["Butuh Perbaikan paling sedikit 60 % (5 dari 7 pegawai), tercatat 4"],
    ),
    (Org.BUTUH_PERBAIKAN, {BP: 6, SB: 1}, ["Sangat Baik paling banyak 10 % (0 dari 7 pegawai), tercatat 1"]),
    # Kurang: K at least 60 %, BP at least 10 %, SB at most 10 %.
    (Org.KURANG, {KU: 5, BP: 1, BA: 1}, []),
    (
        Org.KURANG,
        {KU: 4, BA: 2, SB: 1},
        [
            "Kurang/Misconduct paling sedikit 60 % (5 dari 7 pegawai), tercatat 4",
            "Butuh Perbaikan paling sedikit 10 % (1 dari 7 pegawai), tercatat 0",
            "Sangat Baik paling banyak 10 % (0 dari 7 pegawai), tercatat 1",
        ],
    ),
    # Sangat Kurang: SK at least 60 %, K plus BP at least 10 %, no SB.
    (Org.SANGAT_KURANG, {SK: 5, KU: 1, BA: 1}, []),
    (Org.SANGAT_KURANG, {SK: 5, BP: 2}, []),
    (
        Org.SANGAT_KURANG,
        {SK: 4, BA: 3},
        [
            "Sangat Kurang paling sedikit 60 % (5 dari 7 pegawai), tercatat 4",
            "Butuh Perbaikan atau Kurang/Misconduct paling sedikit 10 % (1 dari 7 pegawai), tercatat 0",
        ],
    ),
    (
        Org.SANGAT_KURANG,
        {SK: 5, KU: 1, SB: 1},
        ["Sangat Baik tidak diperbolehkan (0 dari 7 pegawai), tercatat 1"],
    ),
]


@pytest.mark.parametrize(("org", "counts", "expected"), CASES)
def test_check_distribution(
    org: PredikatOrganisasi, counts: dict[Predikat, int], expected: list[str]
) -> None:
    assert check_distribution(org, counts) == expected


def test_missing_keys_count_as_zero_and_zero_keys_change_nothing() -> None:
    padded = {p: 0 for p in Predikat} | {SB: 5, BA: 2}
    assert check_distribution(Org.ISTIMEWA, padded) == check_distribution(Org.ISTIMEWA, {SB: 5, BA: 2})


def test_empty_unit_is_allowed() -> None:
    for org in Org:
        assert check_distribution(org, {}) == []
        assert check_distribution(org, {p: 0 for p in Predikat}) == []


def test_negative_count_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        check_distribution(Org.ISTIMEWA, {SB: -1, BA: 1})


def test_stored_string_values_are_accepted() -> None:
    counts = {"sangat_baik": 5, "baik": 2}
    assert check_distribution("istimewa", counts) == check_distribution(Org.ISTIMEWA, {SB: 5, BA: 2})  # type: ignore[arg-type]


def test_unknown_predikat_is_refused() -> None:
    with pytest.raises(ValueError, match="istimewa"):
        check_distribution(Org.ISTIMEWA, {"istimewa": 1})  # type: ignore[dict-item]


counts_strategy = st.dictionaries(st.sampled_from(list(Predikat)), st.integers(min_value=0, max_value=60))


@given(st.sampled_from(list(Org)), counts_strategy)
def test_breaches_agree_with_exact_arithmetic(org: PredikatOrganisasi, counts: dict[Predikat, int]) -> None:
    total = sum(counts.values())
    expected = 0
    if total:
        for r in DISTRIBUTION_RULES[org]:
            actual = sum(counts.get(p, 0) for p in r.predikats)
            limit = Fraction(total * r.percent, 100) if r.percent is not None else Fraction(r.count or 0)
            expected += actual > limit if r.bound == "max" else actual < limit
    messages = check_distribution(org, counts)
    assert len(messages) == expected
    assert all(f"dari {total} pegawai" in m for m in messages)


# --- units too small for their minima ---------------------------------------------------------------


def test_minima_of_each_org_predikat_count_disjoint_predikat() -> None:
    """``unmeetable_minimums`` relies on it: disjoint minima can all be met iff their lows fit."""
    for rules in DISTRIBUTION_RULES.values():
        minima = [r.predikats for r in rules if r.bound == "min"]
        assert sum(len(m) for m in minima) == len(frozenset().union(*minima))


def test_one_person_kurang_unit_cannot_meet_both_minima() -> None:
    assert unmeetable_minimums(Org.KURANG, 1) == tuple(
        r for r in DISTRIBUTION_RULES[Org.KURANG] if r.bound == "min"
    )
    assert unmeetable_minimums(Org.KURANG, 2) != (), "60 % of 2 is 2, plus one Butuh Perbaikan"
    assert unmeetable_minimums(Org.KURANG, 3) == ()
    assert unmeetable_minimums(Org.SANGAT_KURANG, 1) != ()
    assert unmeetable_minimums(Org.BAIK, 1) == (), "one Butuh Perbaikan or Kurang is possible"
    assert unmeetable_minimums(Org.ISTIMEWA, 1) == ()
    assert unmeetable_minimums(Org.KURANG, 0) == ()


def test_findings_turn_impossible_minima_into_notices_and_keep_the_rest() -> None:
    strict = check_distribution(Org.KURANG, {KU: 1})
    assert strict == ["Butuh Perbaikan paling sedikit 10 % (1 dari 1 pegawai), tercatat 0"]
    found = distribution_findings(Org.KURANG, {KU: 1})
    assert found.breaches == []
    assert len(found.notices) == 2
    assert "unit dengan 1 pegawai dinilai" in found.notices[0]
    assert [r.bound for r in found.checked] == ["max"]
    still = distribution_findings(Org.KURANG, {SB: 1})
    assert still.breaches == ["Sangat Baik paling banyak 10 % (0 dari 1 pegawai), tercatat 1"]
    big = distribution_findings(Org.KURANG, {KU: 6, BP: 1, BA: 3})
    assert big == type(big)(
        check_distribution(Org.KURANG, {KU: 6, BP: 1, BA: 3}), [], DISTRIBUTION_RULES[Org.KURANG]
    )
    assert distribution_findings(Org.BAIK, {}).breaches == []
