import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain.target import (
    InvalidTarget,
    check_aspect,
    parse_number,
    parse_realisation,
    parse_target,
)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("12 dokumen", 12.0, "dokumen"),
        ("100 %", 100.0, "%"),
        ("2,5 jam", 2.5, "jam"),
        ("1.250,5 m", 1250.5, "m"),
        ("7", 7.0, None),
    ],
)
def test_numeric_targets_read_the_indonesian_way(text: str, value: float, unit: str | None) -> None:
    target = parse_target(text, numeric_required=True)
    assert (target.value, target.unit, target.is_numeric) == (value, unit, True)


def test_text_target_only_in_qualitative_approach() -> None:
    target = parse_target("Laporan diterima tepat waktu", numeric_required=False)
    assert target.text == "Laporan diterima tepat waktu"
    assert not target.is_numeric
    with pytest.raises(InvalidTarget, match="harus berupa angka"):
        parse_target("Laporan diterima tepat waktu", numeric_required=True)


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_target_refused(text: str) -> None:
    with pytest.raises(InvalidTarget, match="wajib"):
        parse_target(text, numeric_required=False)


def test_negative_target_refused() -> None:
    with pytest.raises(InvalidTarget, match="negatif"):
        parse_target("-3 dokumen", numeric_required=True)


def test_parse_number_none_for_text() -> None:
    assert parse_number("dua belas") is None


def test_aspects() -> None:
    assert check_aspect("waktu") == "waktu"
    with pytest.raises(InvalidTarget, match="tidak dikenal"):
        check_aspect("kecepatan")


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_formatted_numbers_round_trip(whole: int, cents: int) -> None:
    grouped = f"{whole:,}".replace(",", ".")
    value, rest = parse_number(f"{grouped},{cents:02d} unit") or (None, None)
    assert value == pytest.approx(whole + cents / 100)
    assert rest == "unit"


@pytest.mark.parametrize(
    ("text", "value"),
    [("57", 57.0), ("57 layanan", 57.0), ("57 Layanan", 57.0), ("5,5", 5.5), ("1.250,5", 1250.5), ("0", 0.0)],
)
def test_realisation_takes_a_number_with_or_without_the_target_unit(text: str, value: float) -> None:
    assert parse_realisation(text, numeric=True, unit="layanan") == value


@pytest.mark.parametrize(
    ("text", "unit", "reason"),
    [
        ("", "layanan", "harus berupa angka"),
        ("hampir", "layanan", 'mis. "4" atau "4,5 layanan"'),
        ("57 dokumen", "layanan", '"dokumen" setelah angka tidak sesuai dengan satuan target "layanan"'),
        ("5.5", "layanan", "tulis desimal dengan koma"),
        ("3 kali", None, "target tanpa satuan"),
        ("tiga", None, 'mis. "4" atau "4,5".'),
        ("-2", "layanan", "negatif"),
    ],
)
def test_realisation_that_would_be_misread_is_refused(text: str, unit: str | None, reason: str) -> None:
    with pytest.raises(InvalidTarget, match=re.escape(reason)) as caught:
        parse_realisation(text, numeric=True, unit=unit)
    assert caught.value.code == "invalid_realisation"


def test_realisation_in_words_for_a_qualitative_indicator() -> None:
    assert parse_realisation("Selesai tepat waktu", numeric=False, unit=None) is None
    assert parse_realisation("", numeric=False, unit=None) is None
    assert parse_realisation("3 laporan", numeric=False, unit=None) == 3.0
