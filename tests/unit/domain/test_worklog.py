from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain.worklog import (
    MAX_TEXT,
    EntryFact,
    EvidenceRef,
    InvalidEntry,
    check_comment,
    check_entry,
    entry_is_editable,
    format_quantity,
    parse_quantity,
    roll_up,
    week_start,
    weekly_summary,
)

TODAY = date(2026, 3, 18)  # a Wednesday


def _check(text: str = "Menyusun laporan", quantity: str = "", work_date: date = TODAY, skp_year: int = 2026):
    return check_entry(text=text, quantity=quantity, work_date=work_date, today=TODAY, skp_year=skp_year)


@pytest.mark.parametrize(
    ("typed", "value"),
    [("", None), ("   ", None), ("2", 2.0), ("1,5", 1.5), (" 1.250 ", 1250.0), ("0", 0.0)],
)
def test_quantity_is_read_the_indonesian_way(typed: str, value: float | None) -> None:
    assert parse_quantity(typed) == value


@pytest.mark.parametrize("typed", ["dua", "2 dokumen", "1,5x", "--1"])
def test_non_numeric_quantity_is_refused(typed: str) -> None:
    with pytest.raises(InvalidEntry, match="harus berupa angka"):
        parse_quantity(typed)


def test_negative_quantity_is_refused() -> None:
    with pytest.raises(InvalidEntry, match="negatif"):
        parse_quantity("-1")


def test_valid_entry_is_cleaned() -> None:
    assert _check(text="  Rapat koordinasi \n", quantity="1,5") == ("Rapat koordinasi", 1.5)
    assert _check(text="x" * MAX_TEXT) == ("x" * MAX_TEXT, None)


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"text": ""}, "wajib diisi"),
        ({"text": " \t\n"}, "wajib diisi"),
        ({"text": "x" * (MAX_TEXT + 1)}, "paling panjang 2.000 karakter"),
        ({"work_date": date(2026, 3, 19)}, "masa depan"),
        ({"work_date": date(2025, 12, 31)}, "tahun SKP 2026"),
        ({"skp_year": 2025}, "tahun SKP 2025"),
        ({"quantity": "-2"}, "negatif"),
        ({"quantity": "banyak"}, "angka"),
    ],
)
def test_bad_entries_are_refused(kwargs: dict[str, object], reason: str) -> None:
    with pytest.raises(InvalidEntry, match=reason) as info:
        _check(**kwargs)  # type: ignore[arg-type]
    assert info.value.code == "invalid_worklog_entry"


def test_rolled_up_entry_is_not_editable() -> None:
    entry = EntryFact("e1", "i1", TODAY, "x")
    assert entry_is_editable(entry)
    assert not entry_is_editable(EntryFact("e1", "i1", TODAY, "x", realisation_id="r1"))


@given(st.dates(min_value=date(2000, 1, 3), max_value=date(2099, 12, 31)))
def test_week_starts_on_the_monday_before(day: date) -> None:
    monday = week_start(day)
    assert monday.weekday() == 0
    assert 0 <= (day - monday).days < 7


@pytest.mark.parametrize(
    ("value", "text"), [(12, "12"), (1.5, "1,5"), (1250, "1.250"), (0.25, "0,25"), (0, "0")]
)
def test_quantity_is_written_the_indonesian_way(value: float, text: str) -> None:
    assert format_quantity(value) == text


def test_weekly_summary_counts_per_indicator_and_days() -> None:
    entries = [
        EntryFact("a", "i1", date(2026, 3, 16), "x", 2),
        EntryFact("b", "i1", date(2026, 3, 16), "y", 1.5),
        EntryFact("c", "i2", date(2026, 3, 17), "z"),
        EntryFact("d", "i1", date(2026, 3, 9), "w", 1),
    ]
    first, second = weekly_summary(entries)
    assert (first.week_start, first.entries, first.days) == (date(2026, 3, 9), 1, 1)
    assert second.week_start == date(2026, 3, 16)
    assert (second.entries, second.days) == (3, 2)
    by_ind = {row.indicator_id: row for row in second.indicators}
    assert (by_ind["i1"].entries, by_ind["i1"].quantity, by_ind["i1"].days) == (2, 3.5, 1)
    assert (by_ind["i2"].entries, by_ind["i2"].quantity, by_ind["i2"].days) == (1, 0.0, 1)
    assert weekly_summary([]) == []


PDF = EvidenceRef("sha-a", "laporan.pdf", "application/pdf", 100)


def _period_entries() -> list[EntryFact]:
    return [
        EntryFact("e3", "i1", date(2026, 2, 3), "Rapat  koordinasi", 1, PDF),
        EntryFact("e1", "i1", date(2026, 2, 2), "Menyusun laporan", 2),
        EntryFact("e2", "i1", date(2026, 2, 2), "Memeriksa data", None, PDF),
        EntryFact("old", "i1", date(2026, 1, 5), "Sudah masuk", 4, realisation_id="r1"),
        EntryFact("other", "i1", date(2026, 1, 6), "Realisasi lain", 9, realisation_id="r-other"),
        EntryFact("x", "i2", date(2026, 2, 2), "Indikator lain", 5),
        EntryFact("late", "i1", date(2026, 4, 1), "Di luar periode", 5),
    ]


def test_roll_up_sums_new_and_earlier_entries_of_the_same_realisation() -> None:
    result = roll_up(
        _period_entries(),
        indicator_id="i1",
        start=date(2026, 1, 1),
        end=date(2026, 3, 31),
        quantitative=True,
        realisation_id="r1",
    )
    assert result.entry_ids == ("e1", "e2", "e3")
    assert (result.entries, result.days, result.value) == (4, 3, 7.0)
    assert result.evidence == (PDF,)
    assert result.note == (
        "5 Jan: Sudah masuk (4)\n2 Feb: Menyusun laporan (2); Memeriksa data\n3 Feb: Rapat koordinasi (1)"
    )


def test_roll_up_of_a_qualitative_indicator_has_no_value() -> None:
    result = roll_up(
        _period_entries(),
        indicator_id="i1",
        start=date(2026, 2, 1),
        end=date(2026, 2, 28),
        quantitative=False,
    )
    assert result.value is None
    assert result.entry_ids == ("e1", "e2", "e3")
    empty = roll_up([], indicator_id="i1", start=date(2026, 2, 1), end=date(2026, 2, 28), quantitative=True)
    assert (empty.entry_ids, empty.value, empty.note, empty.evidence) == ((), 0.0, "", ())


def test_long_roll_up_note_is_cut_with_a_count_of_the_rest() -> None:
    entries = [
        EntryFact(f"e{i:03d}", "i1", date(2026, 1, 1 + i % 28).replace(month=1 + i // 28), "x" * 300)
        for i in range(60)
    ]
    result = roll_up(
        entries, indicator_id="i1", start=date(2026, 1, 1), end=date(2026, 12, 31), quantitative=True
    )
    assert len(result.note) < 4100
    assert result.note.endswith("hari lainnya")
    assert result.entries == 60


def test_comment_text_is_required_and_bounded() -> None:
    assert check_comment("  Bagus, lanjutkan. ") == "Bagus, lanjutkan."
    with pytest.raises(InvalidEntry, match="wajib"):
        check_comment("  ")
    with pytest.raises(InvalidEntry, match="paling panjang"):
        check_comment("x" * (MAX_TEXT + 1))
