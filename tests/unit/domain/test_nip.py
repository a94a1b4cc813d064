"""NIP parsing: both layouts, every rejection reason, and round trips of the grouped form."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.nip import InvalidNip, Nip, format_nip, is_valid_nip, nip_label, parse_nip

TODAY = date(2026, 3, 14)


def test_pns_example_from_the_regulation() -> None:
    nip = parse_nip("198703142010011002", today=TODAY)
    assert nip == Nip(
        text="198703142010011002",
        kind="PNS",
        birth_date=date(1987, 3, 14),
        tmt_cpns=date(2010, 1, 1),
        appointment_year=2010,
        appointment_code=None,
        gender="L",
        serial=2,
    )
    assert nip.formatted == "19870314 201001 1 002"
    assert str(nip) == "198703142010011002"


def test_pppk_example() -> None:
    nip = parse_nip("199009132025242014", today=TODAY)
    assert nip == Nip(
        text="199009132025242014",
        kind="PPPK",
        birth_date=date(1990, 9, 13),
        tmt_cpns=None,
        appointment_year=2025,
        appointment_code="24",
        gender="P",
        serial=14,
    )
    # grouped like a NIP, 8 + 6 + 1 + 3 (issue 13: it was "19900913 2025 24 2 014"), labelled NI PPPK
    assert nip.formatted == "19900913 202524 2 014"
    assert nip.label == "NI PPPK"
    assert str(nip) == "199009132025242014"


def test_labels_and_grouping_for_forms() -> None:
    assert nip_label("PPPK") == "NI PPPK"
    assert nip_label("PNS") == "NIP"
    assert nip_label(None) == "NIP"
    assert nip_label("ASING") == "NIP"
    assert format_nip("198703142010011002") == "19870314 201001 1 002"
    assert format_nip("199009132025242014", "PPPK") == "19900913 202524 2 014"
    assert format_nip("123456789") == "123456789"  # a legacy number prints as stored


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  19870314 201001 1 002\n", "198703142010011002"),
        ("19900913 2025 24 2 014", "199009132025242014"),
        ("\t198703142010011002 ", "198703142010011002"),
    ],
)
def test_grouped_form_and_surrounding_whitespace_are_accepted(text: str, expected: str) -> None:
    assert parse_nip(text, today=TODAY).text == expected


def test_explicit_kind_matching_the_layout() -> None:
    assert parse_nip("198703142010011002", "PNS", today=TODAY).kind == "PNS"
    assert parse_nip("199009132025242014", "PPPK", today=TODAY).kind == "PPPK"


def test_pppk_code_that_looks_like_a_month_needs_the_kind() -> None:
    # Auto-detection reads "01" as January (a PNS); with the stored type it is a PPPK code.
    assert parse_nip("199009132021012014", today=TODAY).kind == "PNS"
    nip = parse_nip("199009132021012014", "PPPK", today=TODAY)
    assert (nip.kind, nip.appointment_year, nip.appointment_code, nip.tmt_cpns) == ("PPPK", 2021, "01", None)


@pytest.mark.parametrize(("month", "kind"), [("01", "PNS"), ("12", "PNS"), ("00", "PPPK"), ("13", "PPPK")])
def test_auto_detection_by_digits_13_and_14(month: str, kind: str) -> None:
    assert parse_nip(f"198703142010{month}1002", today=TODAY).kind == kind


@pytest.mark.parametrize("kind", ["pns", "ASN", ""])
def test_unknown_kind_is_a_programming_error(kind: str) -> None:
    with pytest.raises(ValueError, match="kind must be") as excinfo:
        parse_nip("198703142010011002", kind, today=TODAY)
    assert not isinstance(excinfo.value, InvalidNip)
    with pytest.raises(ValueError, match="kind must be"):
        is_valid_nip("198703142010011002", kind, today=TODAY)


@pytest.mark.parametrize(
    ("text", "kind", "message"),
    [
        ("19870314201001100", None, "NIP harus 18 digit (tertulis 17)"),
        ("1987031420100110021", None, "NIP harus 18 digit (tertulis 19)"),
        ("", None, "NIP harus 18 digit (tertulis 0)"),
        ("19870314201001100A", None, "NIP hanya boleh berisi angka (ditemukan 'A')"),
        ("1987-03-14-201001-1-002", None, "NIP hanya boleh berisi angka (ditemukan '-')"),
        ("19870314201001100²", None, "NIP hanya boleh berisi angka (ditemukan '²')"),
        ("198702302010011002", None, "Tanggal lahir pada NIP tidak valid (19870230)"),
        ("198713012010011002", None, "Tanggal lahir pada NIP tidak valid (19871301)"),
        ("000001012010011002", None, "Tanggal lahir pada NIP tidak valid (00000101)"),
        ("202703142010011002", None, "Tanggal lahir pada NIP (14 Maret 2027) berada di masa depan"),
        ("200804012026031002", None, "TMT CPNS pada NIP (Maret 2026) sebelum pegawai berusia 18 tahun"),
        (
            "198703142005021002",
            None,
            "TMT CPNS pada NIP (Februari 2005) sebelum pegawai berusia 18 tahun (lahir 14 Maret 1987)",
        ),
        ("198703140000011002", "PNS", "TMT CPNS pada NIP (Januari 0000) sebelum pegawai berusia 18 tahun"),
        ("198703142026041002", None, "TMT CPNS pada NIP (April 2026) berada di masa depan"),
        ("199009132025242014", "PNS", "Bulan TMT CPNS pada NIP tidak valid (24); harus 01 sampai 12"),
        ("198703142010001002", "PNS", "Bulan TMT CPNS pada NIP tidak valid (00)"),
        (
            "199009132007242014",
            None,
            "Tahun pengangkatan PPPK pada NIP (2007) sebelum pegawai berusia 18 tahun "
            "(lahir 13 September 1990)",
        ),
        ("199009132027242014", None, "Tahun pengangkatan PPPK pada NIP (2027) berada di masa depan"),
        (
            "198703142010013002",
            None,
            "Digit jenis kelamin pada NIP harus 1 (laki-laki) atau 2 (perempuan), tertulis 3",
        ),
        ("198703142010010002", None, "tertulis 0"),
        ("199009132025249014", "PPPK", "tertulis 9"),
        ("198703142010011000", None, "Nomor urut pada NIP (tiga digit terakhir) tidak boleh 000"),
        ("199009132025242000", "PPPK", "tidak boleh 000"),
    ],
)
def test_each_invalid_reason_has_its_own_message(text: str, kind: str | None, message: str) -> None:
    with pytest.raises(InvalidNip) as excinfo:
        parse_nip(text, kind, today=TODAY)
    error = excinfo.value
    assert message in error.message
    assert str(error) == error.message
    assert error.code == "invalid_nip"
    assert isinstance(error, DomainError)
    assert isinstance(error, ValueError)
    assert not is_valid_nip(text, kind, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "198703142005031002",  # CPNS in the month of the 18th birthday
        "198703142026031002",  # CPNS in the current month
        "199009132008242014",  # PPPK in the year of the 18th birthday
        "199009132026242014",  # PPPK this year
        "200803142026031002",  # turned 18 today, appointed this month
    ],
)
def test_boundaries_that_are_allowed(text: str) -> None:
    assert is_valid_nip(text, today=TODAY)


def test_born_today_is_not_in_the_future_but_too_young() -> None:
    with pytest.raises(InvalidNip, match="sebelum pegawai berusia 18 tahun"):
        parse_nip("202603142026031002", today=TODAY)


def test_default_today_is_the_real_date() -> None:
    assert is_valid_nip("198703142010011002")
    assert not is_valid_nip("199009139999242014", "PPPK")
    with pytest.raises(InvalidNip, match="berada di masa depan"):
        parse_nip("199009139999242014", "PPPK")


def test_is_valid_nip_true_for_both_kinds() -> None:
    assert is_valid_nip("198703142010011002", today=TODAY)
    assert is_valid_nip("19900913 2025 24 2 014", "PPPK", today=TODAY)


def test_nip_is_immutable() -> None:
    nip = parse_nip("198703142010011002", today=TODAY)
    with pytest.raises(AttributeError):
        nip.serial = 3  # type: ignore[misc]


# --- properties ---------------------------------------------------------------------------------

births = st.dates(min_value=date(1940, 1, 1), max_value=date(2005, 12, 31))
serials = st.integers(min_value=1, max_value=999)
genders = st.sampled_from(["1", "2"])


@st.composite
def pns_nips(draw: st.DrawFn) -> tuple[str, date, date, str, int]:
    birth = draw(births)
    first = (birth.year + 18) * 12 + birth.month - 1
    last = TODAY.year * 12 + TODAY.month - 1
    month_index = draw(st.integers(min_value=first, max_value=last))
    tmt = date(month_index // 12, month_index % 12 + 1, 1)
    gender, serial = draw(genders), draw(serials)
    text = f"{birth:%Y%m%d}{tmt:%Y%m}{gender}{serial:03d}"
    return text, birth, tmt, gender, serial


@st.composite
def pppk_nips(draw: st.DrawFn) -> tuple[str, date, int, str, str, int]:
    birth = draw(births)
    year = draw(st.integers(min_value=birth.year + 18, max_value=TODAY.year))
    code = draw(st.integers(min_value=0, max_value=99).map(lambda n: f"{n:02d}"))
    gender, serial = draw(genders), draw(serials)
    text = f"{birth:%Y%m%d}{year:04d}{code}{gender}{serial:03d}"
    return text, birth, year, code, gender, serial


@given(pns_nips())
def test_pns_round_trip(case: tuple[str, date, date, str, int]) -> None:
    text, birth, tmt, gender, serial = case
    nip = parse_nip(text, today=TODAY)
    assert (nip.kind, nip.birth_date, nip.tmt_cpns, nip.appointment_year, nip.serial) == (
        "PNS",
        birth,
        tmt,
        tmt.year,
        serial,
    )
    assert nip.gender == {"1": "L", "2": "P"}[gender]
    assert parse_nip(nip.formatted, today=TODAY) == nip
    assert parse_nip(nip.formatted, "PNS", today=TODAY) == nip
    assert nip.formatted.replace(" ", "") == text


@given(pppk_nips())
def test_pppk_round_trip(case: tuple[str, date, int, str, str, int]) -> None:
    text, birth, year, code, _gender, serial = case
    nip = parse_nip(text, "PPPK", today=TODAY)
    assert (nip.kind, nip.birth_date, nip.tmt_cpns, nip.appointment_year, nip.appointment_code) == (
        "PPPK",
        birth,
        None,
        year,
        code,
    )
    assert nip.serial == serial
    assert parse_nip(nip.formatted, "PPPK", today=TODAY) == nip
    assert nip.formatted.replace(" ", "") == text
    if not 1 <= int(code) <= 12:
        assert parse_nip(nip.formatted, today=TODAY) == nip


@given(st.text(max_size=30))
def test_arbitrary_text_either_parses_or_raises_invalid_nip(text: str) -> None:
    if is_valid_nip(text, today=TODAY):
        nip = parse_nip(text, today=TODAY)
        assert len(nip.text) == 18
        assert set(nip.text) <= set("0123456789")
    else:
        with pytest.raises(InvalidNip, match=r"\S"):
            parse_nip(text, today=TODAY)
