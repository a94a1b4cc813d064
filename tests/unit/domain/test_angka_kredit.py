from __future__ import annotations

from decimal import Decimal

import pytest

from asn_desktop.domain.angka_kredit import (
    DEFAULT_KOEFISIEN,
    DEFAULT_PERCENTAGES,
    angka_kredit,
    parse_koefisien,
    parse_percentages,
)
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.rating import Predikat


def test_the_example_of_domain_md() -> None:
    """An Ahli Pertama, 3 months, Baik: (3 / 12) × 12,5 × 100 % = 3,125 → 3,13."""
    assert angka_kredit(3, DEFAULT_KOEFISIEN["ahli_pertama"], DEFAULT_PERCENTAGES[Predikat.BAIK]) == Decimal(
        "3.13"
    )
    assert angka_kredit(
        12, DEFAULT_KOEFISIEN["ahli_muda"], DEFAULT_PERCENTAGES[Predikat.SANGAT_BAIK]
    ) == Decimal("37.50")
    assert angka_kredit(6, Decimal("37.5"), Decimal(25)) == Decimal("4.69")
    for months in (0, 13):
        with pytest.raises(DomainError, match="1 sampai 12 bulan"):
            angka_kredit(months, Decimal(1), Decimal(100))


def test_tables_are_checked() -> None:
    raw = {p.value: str(v) for p, v in DEFAULT_PERCENTAGES.items()}
    assert parse_percentages(raw) == dict(DEFAULT_PERCENTAGES)
    assert parse_percentages({**raw, "baik": "100,5"})[Predikat.BAIK] == Decimal("100.5")
    with pytest.raises(DomainError, match="pemetaan"):
        parse_percentages([])
    with pytest.raises(DomainError, match="harus berupa angka"):
        parse_percentages({**raw, "baik": "banyak"})
    with pytest.raises(DomainError, match="antara 0 dan 1000"):
        parse_percentages({**raw, "baik": "-1"})
    with pytest.raises(DomainError, match="antara 0 dan 1000"):
        parse_percentages({**raw, "baik": "NaN"})
    with pytest.raises(DomainError, match="tidak sah"):
        parse_percentages({**raw, "istimewa": "10"})
    del raw["kurang"]
    with pytest.raises(DomainError, match="belum memuat: Kurang/Misconduct"):
        parse_percentages(raw)
    assert parse_koefisien({"ahli_pertama": "12,5"}) == {"ahli_pertama": Decimal("12.5")}
    with pytest.raises(DomainError, match="pemetaan"):
        parse_koefisien("12,5")
    with pytest.raises(DomainError, match="tidak dikenal: ahli_super"):
        parse_koefisien({"ahli_super": "99"})
