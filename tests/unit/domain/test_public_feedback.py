"""Umpan balik masyarakat, pure rules: channels, score, dates, kiosk rows, keys, summary, unit scope."""

from __future__ import annotations

from datetime import date

import pytest

from asn_desktop.domain.permissions import Actor, Role
from asn_desktop.domain.public_feedback import (
    Channel,
    InvalidFeedback,
    SummaryBy,
    can_record_for_unit,
    check_comment,
    check_received_on,
    check_score,
    mean_score,
    parse_channel,
    parse_day,
    parse_kiosk_row,
    parse_kiosk_rows,
    read_kiosk_csv,
    source_keys,
    summarise,
    units_within,
)

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("KIOSK", Channel.KIOSK),
        (" Kios ", Channel.KIOSK),
        ("tatap_muka", Channel.LANGSUNG),
        ("Tatap-Muka", Channel.LANGSUNG),
        ("Telp.", Channel.TELEPON),
        ("ONLINE", Channel.DARING),
        ("e-mail", Channel.DARING),
        ("Kotak  Saran", Channel.SURAT),
        (Channel.SURAT, Channel.SURAT),
    ],
)
def test_channel_parsed_case_insensitively_with_aliases(text, channel) -> None:
    assert parse_channel(text) is channel


def test_unknown_channel_names_the_choices() -> None:
    with pytest.raises(InvalidFeedback, match="kanal 'merpati' tidak dikenal.*kiosk, langsung"):
        parse_channel(" merpati ")


def test_every_channel_has_an_indonesian_label() -> None:
    assert [c.label for c in Channel] == [
        "Kios survei",
        "Langsung",
        "Telepon",
        "Daring",
        "Surat",
    ]


@pytest.mark.parametrize("score", [0, 6, -1, True, 4.0, "4"])
def test_score_outside_one_to_five_refused(score) -> None:
    with pytest.raises(InvalidFeedback, match="di luar rentang 1–5"):
        check_score(score)


def test_scores_one_to_five_accepted() -> None:
    assert [check_score(s) for s in range(1, 6)] == [1, 2, 3, 4, 5]


def test_comment_blank_is_none_and_long_is_refused() -> None:
    assert check_comment(None) is None
    assert check_comment("   ") is None
    assert check_comment("  Cepat  ") == "Cepat"
    with pytest.raises(InvalidFeedback, match="terlalu panjang"):
        check_comment("x" * 2001)


@pytest.mark.parametrize(
    ("text", "day"),
    [("05/03/2026", date(2026, 3, 5)), ("5/3/2026", date(2026, 3, 5)), ("2026-03-05", date(2026, 3, 5))],
)
def test_dates_day_first_or_iso(text, day) -> None:
    assert parse_day(text) == day


def test_bad_dates_refused_with_reason() -> None:
    with pytest.raises(InvalidFeedback, match="tidak dikenali"):
        parse_day("March 5, 2026")
    with pytest.raises(InvalidFeedback, match="tidak ada di kalender"):
        parse_day("31/02/2026")


def test_future_date_refused() -> None:
    assert check_received_on(TODAY, TODAY) == TODAY
    with pytest.raises(InvalidFeedback, match="masa depan"):
        check_received_on(date(2026, 6, 16), TODAY)


PARENTS = {"root": None, "bidang": "root", "seksi": "bidang", "seksi2": "bidang", "lain": "root"}


def test_units_within_is_the_subtree() -> None:
    assert units_within("bidang", PARENTS) == {"bidang", "seksi", "seksi2"}
    assert units_within("seksi", PARENTS) == {"seksi"}
    # A loop in bad data does not hang.
    assert units_within("a", {"a": "b", "b": "a"}) == {"a", "b"}


def test_who_records_for_which_unit() -> None:
    admin = Actor("u0", Role.ADMIN, None)
    penilai = Actor("u1", Role.PENILAI, "e1")
    pegawai = Actor("u2", Role.PEGAWAI, "e2")
    assert can_record_for_unit(admin, None, "lain", PARENTS)
    assert can_record_for_unit(penilai, "bidang", "seksi", PARENTS)
    assert can_record_for_unit(penilai, "bidang", "bidang", PARENTS)
    assert not can_record_for_unit(penilai, "bidang", "lain", PARENTS)
    assert not can_record_for_unit(penilai, "bidang", "root", PARENTS)
    assert not can_record_for_unit(penilai, None, "seksi", PARENTS)
    assert not can_record_for_unit(pegawai, "seksi", "seksi", PARENTS)


def test_csv_with_bom_and_semicolons() -> None:
    data = "\ufeffTanggal;Unit;NIP;Kanal;Skor;Komentar\n05/03/2026;SP;;kios;4;Ramah\n".encode()
    rows = read_kiosk_csv(data)
    assert rows == [
        {"tanggal": "05/03/2026", "unit": "SP", "nip": "", "kanal": "kios", "skor": "4", "komentar": "Ramah"}
    ]


def test_csv_with_commas_and_a_short_row() -> None:
    data = b"tanggal,unit,kanal,skor\n2026-03-05,SP,web,5\n2026-03-06,SP\n"
    rows = read_kiosk_csv(data)
    assert rows[1] == {"tanggal": "2026-03-06", "unit": "SP", "kanal": "", "skor": ""}


def test_csv_extra_cells_are_ignored() -> None:
    rows = read_kiosk_csv(b"tanggal,unit,kanal,skor\n2026-03-05,SP,web,5,lebih,lagi\n")
    assert rows == [{"tanggal": "2026-03-05", "unit": "SP", "kanal": "web", "skor": "5"}]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "Berkas kosong"),
        (b"\n\n", "Berkas kosong"),
        ("tanggal;unit;skor\n".encode("utf-16"), "bukan teks UTF-8"),
        (b"tanggal;unit;skor\n01/01/2026;SP;4\n", "Kolom wajib tidak ada: kanal"),
        (b"tanggal,unit,kanal,skor\n", "tidak berisi baris data"),
    ],
)
def test_unreadable_files_refused(data, reason) -> None:
    with pytest.raises(InvalidFeedback, match=reason):
        read_kiosk_csv(data)


def test_a_good_row() -> None:
    row = parse_kiosk_row(
        2,
        {
            "tanggal": "05/03/2026",
            "unit": "SP",
            "nip": "1990 0101 2015 0310 03",
            "kanal": "Kios",
            "skor": "4",
        },
        TODAY,
    )
    assert (row.line, row.received_on, row.unit_ref, row.nip, row.channel, row.score, row.comment) == (
        2,
        date(2026, 3, 5),
        "SP",
        "199001012015031003",
        Channel.KIOSK,
        4,
        None,
    )


def test_a_bad_row_names_every_problem() -> None:
    with pytest.raises(InvalidFeedback) as err:
        parse_kiosk_row(
            3,
            {
                "tanggal": "",
                "unit": "",
                "nip": "123",
                "kanal": "merpati",
                "skor": "6",
                "komentar": "x" * 2001,
            },
            TODAY,
        )
    message = err.value.message
    for reason in ("tanggal wajib diisi", "unit wajib diisi", "NIP '123' harus 18 angka", "kanal", "skor 6"):
        assert reason in message
    assert "komentar terlalu panjang" in message


def test_bad_date_and_non_number_score_in_a_row() -> None:
    with pytest.raises(InvalidFeedback, match="masa depan; skor 'empat' bukan bilangan bulat"):
        parse_kiosk_row(2, {"tanggal": "2027-01-01", "unit": "SP", "kanal": "web", "skor": "empat"}, TODAY)


def test_rows_split_into_good_and_bad_with_line_numbers() -> None:
    rows = [
        {"tanggal": "05/03/2026", "unit": "SP", "kanal": "kios", "skor": "4"},
        {"tanggal": "05/03/2026", "unit": "SP", "kanal": "kios", "skor": "0"},
        {"tanggal": "05/03/2026", "unit": "SP", "kanal": "kios", "skor": "5"},
    ]
    good, bad = parse_kiosk_rows(rows, TODAY)
    assert [r.line for r in good] == [2, 4]
    assert bad == [(3, "skor 0 di luar rentang 1–5")]


def test_source_keys_stable_and_distinct_for_repeated_responses() -> None:
    row = {"tanggal": "05/03/2026", "unit": "SP", "kanal": "kios", "skor": "4"}
    good, _ = parse_kiosk_rows([row, row, {**row, "skor": "5"}], TODAY)
    keys = source_keys(good)
    assert len(set(keys)) == 3
    assert source_keys(good) == keys
    assert all(len(k) == 64 for k in keys)


def test_mean_score() -> None:
    assert mean_score([]) == (0, None)
    assert mean_score([4, 5, 3]) == (3, 4.0)


def test_summary_per_month_covers_every_month() -> None:
    data = [(date(2026, 1, 3), 4), (date(2026, 1, 20), 5), (date(2026, 3, 1), 2), (date(2025, 12, 31), 1)]
    rows = summarise(data, year=2026, by="month")
    assert len(rows) == 12
    jan, feb, mar = rows[:3]
    assert (jan.key, jan.label, jan.count, jan.mean, jan.distribution) == (
        "2026-M01",
        "Januari 2026",
        2,
        4.5,
        (0, 0, 0, 1, 1),
    )
    assert (feb.count, feb.mean, feb.distribution) == (0, None, (0, 0, 0, 0, 0))
    assert (mar.count, mar.mean) == (1, 2.0)


def test_summary_per_quarter() -> None:
    rows = summarise([(date(2026, 2, 3), 3), (date(2026, 5, 1), 5)], year=2026, by=SummaryBy.QUARTER)
    assert [(r.key, r.count, r.mean) for r in rows] == [
        ("2026-Q1", 1, 3.0),
        ("2026-Q2", 1, 5.0),
        ("2026-Q3", 0, None),
        ("2026-Q4", 0, None),
    ]


def test_summary_refuses_unknown_grouping_and_bad_scores() -> None:
    with pytest.raises(InvalidFeedback, match="ringkasan per 'week'"):
        summarise([], year=2026, by="week")
    with pytest.raises(InvalidFeedback):
        summarise([(date(2026, 1, 1), 9)], year=2026, by="month")
