"""Periods: keys, labels, bounds, parsing and the day-to-period mapping."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.period import (
    MONTHS_ID,
    InvalidPeriod,
    Period,
    PeriodKind,
    format_date_id,
    period_containing,
    periods_of_year,
)

ANNUAL, QUARTERLY, MONTHLY = PeriodKind.ANNUAL, PeriodKind.QUARTERLY, PeriodKind.MONTHLY


def test_format_date_id() -> None:
    assert format_date_id(date(2026, 3, 14)) == "14 Maret 2026"
    assert format_date_id(date(2026, 1, 1)) == "1 Januari 2026"
    assert format_date_id(date(2025, 12, 31)) == "31 Desember 2025"


def test_month_names() -> None:
    assert len(MONTHS_ID) == 12
    assert MONTHS_ID[0] == "Januari"
    assert MONTHS_ID[7] == "Agustus"
    assert MONTHS_ID[-1] == "Desember"


@pytest.mark.parametrize(
    ("period", "key", "label", "start", "end"),
    [
        (
            Period.annual(2026),
            "2026",
            "1 Januari s.d. 31 Desember 2026",
            date(2026, 1, 1),
            date(2026, 12, 31),
        ),
        (Period(2026, QUARTERLY, 1), "2026-Q1", "Triwulan I 2026", date(2026, 1, 1), date(2026, 3, 31)),
        (Period(2026, QUARTERLY, 2), "2026-Q2", "Triwulan II 2026", date(2026, 4, 1), date(2026, 6, 30)),
        (Period(2026, QUARTERLY, 3), "2026-Q3", "Triwulan III 2026", date(2026, 7, 1), date(2026, 9, 30)),
        (Period(2026, QUARTERLY, 4), "2026-Q4", "Triwulan IV 2026", date(2026, 10, 1), date(2026, 12, 31)),
        (Period(2026, MONTHLY, 3), "2026-M03", "Maret 2026", date(2026, 3, 1), date(2026, 3, 31)),
        (Period(2026, MONTHLY, 2), "2026-M02", "Februari 2026", date(2026, 2, 1), date(2026, 2, 28)),
        (Period(2024, MONTHLY, 2), "2024-M02", "Februari 2024", date(2024, 2, 1), date(2024, 2, 29)),
        (Period(2026, MONTHLY, 12), "2026-M12", "Desember 2026", date(2026, 12, 1), date(2026, 12, 31)),
        (Period(1, ANNUAL, 1), "0001", "1 Januari s.d. 31 Desember 1", date(1, 1, 1), date(1, 12, 31)),
    ],
)
def test_key_label_and_bounds(period: Period, key: str, label: str, start: date, end: date) -> None:
    assert period.key == key
    assert period.label == label
    assert (period.start, period.end) == (start, end)
    assert Period.parse(key) == period


def test_annual_index_defaults_to_one() -> None:
    assert Period(2026, ANNUAL) == Period.annual(2026)


def test_kind_given_as_stored_string_becomes_the_enum() -> None:
    period = Period(2026, "triwulan", 2)  # type: ignore[arg-type]
    assert period.kind is QUARTERLY
    assert period == Period(2026, QUARTERLY, 2)


@pytest.mark.parametrize(
    ("year", "kind", "index", "match"),
    [
        (2026, "semester", 1, "Jenis periode tidak dikenal"),
        (0, ANNUAL, 1, "Tahun periode tidak valid: 0"),
        (10000, ANNUAL, 1, "Tahun periode tidak valid: 10000"),
        (2026, ANNUAL, 2, "Urutan periode tahunan harus 1 sampai 1, tertulis 2"),
        (2026, QUARTERLY, 0, "Urutan periode triwulanan harus 1 sampai 4, tertulis 0"),
        (2026, QUARTERLY, 5, "harus 1 sampai 4, tertulis 5"),
        (2026, MONTHLY, 13, "Urutan periode bulanan harus 1 sampai 12, tertulis 13"),
        (2026, MONTHLY, 0, "tertulis 0"),
    ],
)
def test_invalid_periods(year: int, kind: PeriodKind, index: int, match: str) -> None:
    with pytest.raises(InvalidPeriod, match=match) as excinfo:
        Period(year, kind, index)
    assert excinfo.value.code == "invalid_period"
    assert isinstance(excinfo.value, DomainError)


@pytest.mark.parametrize(
    "key",
    [
        "",
        "26",
        "2026-Q5",
        "2026-Q0",
        "2026-M13",
        "2026-M00",
        "2026-M3",
        "2026-q1",
        " 2026",
        "2026-S1",
        "0000",
    ],
)
def test_bad_keys(key: str) -> None:
    with pytest.raises(InvalidPeriod):
        Period.parse(key)


def test_bad_key_message_gives_examples() -> None:
    with pytest.raises(InvalidPeriod, match="contoh: 2026, 2026-Q1, 2026-M03"):
        Period.parse("2026/03")


def test_periods_of_year() -> None:
    assert periods_of_year(2026, ANNUAL) == [Period.annual(2026)]
    assert [p.key for p in periods_of_year(2026, QUARTERLY)] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    months = periods_of_year(2026, MONTHLY)
    assert [p.label for p in months][:3] == ["Januari 2026", "Februari 2026", "Maret 2026"]
    assert len(months) == 12
    assert Period.periods_of_year(2026, QUARTERLY) == periods_of_year(2026, QUARTERLY)
    assert periods_of_year(2026, "bulanan") == months  # type: ignore[arg-type]
    with pytest.raises(InvalidPeriod):
        periods_of_year(2026, "mingguan")  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", list(PeriodKind))
def test_periods_of_a_year_tile_it_without_gaps(kind: PeriodKind) -> None:
    periods = periods_of_year(2024, kind)
    assert periods[0].start == date(2024, 1, 1)
    assert periods[-1].end == date(2024, 12, 31)
    for before, after in itertools.pairwise(periods):
        assert after.start == before.end + timedelta(days=1)
    assert sum((p.end - p.start).days + 1 for p in periods) == 366


def test_period_containing_examples() -> None:
    day = date(2026, 8, 17)
    assert period_containing(day, ANNUAL) == Period.annual(2026)
    assert period_containing(day, QUARTERLY) == Period(2026, QUARTERLY, 3)
    assert period_containing(day, MONTHLY) == Period(2026, MONTHLY, 8)
    assert Period.period_containing(date(2026, 3, 31), QUARTERLY).key == "2026-Q1"
    assert period_containing(date(2026, 4, 1), "triwulan").key == "2026-Q2"  # type: ignore[arg-type]


def test_contains_includes_both_ends() -> None:
    q1 = Period(2026, QUARTERLY, 1)
    assert q1.contains(date(2026, 1, 1))
    assert q1.contains(date(2026, 3, 31))
    assert not q1.contains(date(2025, 12, 31))
    assert not q1.contains(date(2026, 4, 1))


def test_ordering_within_a_kind_is_chronological() -> None:
    months = periods_of_year(2026, MONTHLY)
    assert sorted(reversed(months)) == months
    assert Period(2025, MONTHLY, 12) < Period(2026, MONTHLY, 1)


def test_kind_labels() -> None:
    assert [k.label for k in PeriodKind] == ["Tahunan", "Triwulanan", "Bulanan"]
    assert [k.periods_per_year for k in PeriodKind] == [1, 4, 12]
    assert [k.value for k in PeriodKind] == ["tahunan", "triwulan", "bulanan"]


def test_period_is_immutable() -> None:
    period = Period.annual(2026)
    with pytest.raises(AttributeError):
        period.year = 2027  # type: ignore[misc]


days = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
kinds = st.sampled_from(list(PeriodKind))


@given(days, kinds)
def test_period_containing_contains_the_day(day: date, kind: PeriodKind) -> None:
    period = period_containing(day, kind)
    assert period.contains(day)
    assert period.kind is kind
    assert period.start <= day <= period.end


@given(days, kinds)
def test_key_round_trips(day: date, kind: PeriodKind) -> None:
    period = period_containing(day, kind)
    assert Period.parse(period.key) == period
    assert len(period.key) in (4, 7, 8)


@given(days, days)
def test_keys_of_one_kind_sort_like_periods(a: date, b: date) -> None:
    pa, pb = period_containing(a, MONTHLY), period_containing(b, MONTHLY)
    assert (pa.key < pb.key) == (pa < pb)
