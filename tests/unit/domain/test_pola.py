"""The pola distribusi in words and bars, and "sebagian besar" as warnings beside the breaches."""

from __future__ import annotations

from asn_desktop.domain.curve import MAX, MIN, DistributionRule, PredikatOrganisasi, check_distribution
from asn_desktop.domain.pola import (
    DistributionCheck,
    distribution_warnings,
    evaluate_distribution,
    percent_bounds,
    rule_texts,
)
from asn_desktop.domain.rating import Predikat

SB, B, BP, K, SK = (
    Predikat.SANGAT_BAIK,
    Predikat.BAIK,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.KURANG,
    Predikat.SANGAT_KURANG,
)


def test_istimewa_with_half_or_fewer_sangat_baik_is_a_warning_never_a_breach() -> None:
    counts = {SB: 5, B: 5}
    assert check_distribution(PredikatOrganisasi.ISTIMEWA, counts) == []  # the contract is unchanged
    result = evaluate_distribution(PredikatOrganisasi.ISTIMEWA, counts)
    assert result.breaches == ()
    assert result.allowed
    assert result.warnings == (
        "Sangat Baik sebaiknya sebagian besar (lebih dari separuh, > 5 dari 10 pegawai) untuk unit "
        "berpredikat Istimewa, tercatat 5",
    )
    assert distribution_warnings(PredikatOrganisasi.ISTIMEWA, {SB: 6, B: 4}) == []


def test_breaches_and_warnings_together() -> None:
    result = evaluate_distribution(PredikatOrganisasi.BAIK, {B: 2, "sangat_baik": 8})
    assert isinstance(result, DistributionCheck)
    assert not result.allowed
    assert len(result.breaches) == 1  # no Butuh Perbaikan or Kurang at all
    assert result.warnings  # Baik is 2 of 10
    assert distribution_warnings(PredikatOrganisasi.KURANG, {B: 10}) == []  # no majority rule
    assert distribution_warnings(PredikatOrganisasi.ISTIMEWA, {}) == []


def test_rules_as_printed() -> None:
    assert rule_texts(PredikatOrganisasi.BAIK) == [
        "Baik paling banyak 70 %",
        "Butuh Perbaikan atau Kurang/Misconduct paling sedikit 1 pegawai",
        "Baik sebagian besar (lebih dari separuh; anjuran)",
    ]
    assert rule_texts(PredikatOrganisasi.SANGAT_KURANG)[-1] == "Sangat Baik tidak diperbolehkan"
    assert rule_texts(PredikatOrganisasi.KURANG) == [
        "Kurang/Misconduct paling sedikit 60 %",
        "Butuh Perbaikan paling sedikit 10 %",
        "Sangat Baik paling banyak 10 %",
    ]


def test_curve_shape_per_predikat() -> None:
    bounds = percent_bounds(PredikatOrganisasi.BUTUH_PERBAIKAN)
    assert bounds[BP] == (60, 100)
    assert bounds[SB] == (0, 10)
    assert bounds[B] == (0, 100)
    assert percent_bounds(PredikatOrganisasi.SANGAT_KURANG)[SB] == (0, 0)
    assert percent_bounds(PredikatOrganisasi.BAIK)[BP] == (0, 100)  # "at least one, with Kurang": text only
    odd = {
        PredikatOrganisasi.ISTIMEWA: (
            DistributionRule(frozenset({B}), MAX, count=3),
            DistributionRule(frozenset({K}), MIN, count=1),
        )
    }
    shape = percent_bounds(PredikatOrganisasi.ISTIMEWA, odd)
    assert shape[B] == (0, 100)  # a cap in people is no share
    assert shape[K] == (0, 100)
    assert shape[SK] == (0, 100)
