"""Numbers as typed, Indonesian dates, and times in the agency's zone (never UTC)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.formatting import (
    TimeZoneId,
    format_date,
    format_datetime,
    format_number,
    format_quantity,
    local_date,
    sum_exact,
    to_decimal,
    to_local,
)
from asn_desktop.domain.target import (
    InvalidTarget,
    achievement_percent,
    parse_number,
    parse_target,
    realisation_total,
)


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("10.000.000 rupiah", "10.000.000 rupiah"),
        ("1.234.567 transaksi", "1.234.567 transaksi"),
        ("2,5 jam", "2,5 jam"),
        ("49,8 layanan", "49,8 layanan"),
        ("19,4 %", "19,4 %"),
        ("0,05 detik", "0,05 detik"),
        ("999.999.999.999.999 rupiah", "999.999.999.999.999 rupiah"),
        ("12 dokumen", "12 dokumen"),
    ],
)
def test_a_typed_number_prints_back_as_typed(typed: str, printed: str) -> None:
    """The issue's findings: 1e+07, 1.23457e+06 and 2.5 came from f"{value:g}"."""
    target = parse_target(typed, numeric_required=True)
    assert format_quantity(target.value, target.unit) == printed


def test_number_formats() -> None:
    assert format_number(None) == ""
    assert format_number(1250.5) == "1.250,5"
    assert format_number(-1234.25) == "-1.234,25"
    assert format_number(12) == "12"
    assert format_number(12.0) == "12"
    assert format_number(Decimal("7.70")) == "7,7"
    assert format_number(1e7) == "10.000.000"
    assert format_number(3.125, decimals=2) == "3,13"  # half up, as the angka kredit rule prints
    assert format_number(2.5, decimals=0) == "3"
    assert format_number(999, decimals=0) == "999"
    assert format_quantity(None, "dokumen") == "-"
    assert format_quantity(7, None) == "7"


def test_exact_decimal_sums() -> None:
    assert sum_exact([0.1, 0.2]) == Decimal("0.3")
    assert format_number(sum_exact([2.6, 2.6, 2.5])) == "7,7"
    assert to_decimal(Decimal("1.5")) == Decimal("1.5")
    assert to_decimal(3) == Decimal(3)


@given(st.integers(min_value=0, max_value=10**11), st.integers(min_value=0, max_value=999))
def test_any_typed_number_round_trips(whole: int, thousandths: int) -> None:
    typed = f"{whole:,}".replace(",", ".") + (f",{thousandths:03d}".rstrip("0") if thousandths else "")
    value, _ = parse_number(typed) or (None, "")
    assert format_number(value) == typed.removesuffix(",")


def test_ambiguous_or_too_long_numbers_are_refused() -> None:
    with pytest.raises(InvalidTarget, match="desimal dengan koma"):
        parse_number("3.1 bulan")
    with pytest.raises(InvalidTarget, match="desimal dengan koma"):
        parse_number("12.5%")
    with pytest.raises(InvalidTarget, match="terlalu panjang"):
        parse_number("1.234.567.890.123.456 rupiah")
    with pytest.raises(InvalidTarget, match="terlalu panjang"):
        parse_number("0,1234567890123456 m")
    assert parse_number("0,000000000000001 m") == (1e-15, "m")


def test_realisation_total_and_achievement() -> None:
    assert realisation_total(None, []) is None
    assert realisation_total(40.0, [1.0, 2.0]) == Decimal(40)
    assert realisation_total(None, [2.6, 2.6, 2.5]) == Decimal("7.7")
    assert achievement_percent(Decimal(6), 12.0) == Decimal(50)
    assert achievement_percent(None, 12.0) is None
    assert achievement_percent(Decimal(6), None) is None
    assert achievement_percent(Decimal(6), 0.0) is None
    assert achievement_percent(Decimal(6), -1.0) is None


def test_dates_and_times_in_the_agency_zone() -> None:
    moment = datetime(2026, 12, 1, 7, 36, 4)  # as stored: naive UTC
    assert format_date(date(2026, 3, 14)) == "14 Maret 2026"
    assert format_date(datetime(2026, 3, 14, 23, 0)) == "14 Maret 2026"
    assert format_datetime(moment, TimeZoneId.WIB) == "1 Desember 2026 pukul 14.36 WIB"
    assert format_datetime(moment, TimeZoneId.WITA, seconds=True) == "1 Desember 2026 pukul 15.36.04 WITA"
    assert format_datetime(moment, TimeZoneId.WIT) == "1 Desember 2026 pukul 16.36 WIT"
    assert format_datetime(moment, None) == "1 Desember 2026 pukul 07.36 UTC"
    aware = datetime(2026, 12, 1, 14, 36, tzinfo=timezone(timedelta(hours=7)))
    assert to_local(aware, TimeZoneId.WIB) == datetime(2026, 12, 1, 14, 36)
    assert to_local(moment.replace(tzinfo=UTC), None) == moment
    assert local_date(datetime(2026, 12, 31, 20, 0), TimeZoneId.WIB) == date(2027, 1, 1)


def test_time_zone_setting() -> None:
    assert TimeZoneId.parse(None) is TimeZoneId.WIB
    assert TimeZoneId.parse(" wita ") is TimeZoneId.WITA
    assert TimeZoneId.WIT.offset == timedelta(hours=9)
    assert "UTC+8" in TimeZoneId.WITA.label
    with pytest.raises(DomainError, match="Zona waktu tidak dikenal"):
        TimeZoneId.parse("UTC")
