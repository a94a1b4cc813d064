"""Nomor Induk Pegawai: the 18-digit number of a PNS and of a PPPK.

Both carry the birth date, the appointment, the gender and a serial, but in different layouts: a PNS
NIP has the year *and month* of CPNS appointment (TMT), an NI PPPK has the appointment year and a
2-digit code that is not a month. A validator that demands a month would reject every PPPK, so the
kind is part of the parsed value and validation follows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.period import MONTHS_ID, format_date_id

__all__ = [
    "KIND_PNS",
    "KIND_PPPK",
    "NIP_KINDS",
    "NIP_LABELS",
    "InvalidNip",
    "Nip",
    "format_nip",
    "is_valid_nip",
    "nip_label",
    "parse_nip",
]

KIND_PNS: Final = "PNS"
KIND_PPPK: Final = "PPPK"
NIP_KINDS: Final = (KIND_PNS, KIND_PPPK)
NIP_LABELS: Final = {KIND_PNS: "NIP", KIND_PPPK: "NI PPPK"}

NIP_LENGTH: Final = 18
ADULT_AGE: Final = 18
_DIGITS: Final = frozenset("0123456789")
_GENDERS: Final = {"1": "L", "2": "P"}


class InvalidNip(DomainError):
    """The text is not a NIP of the stated (or any) kind; the message says which part is wrong."""

    code = "invalid_nip"


@dataclass(frozen=True)
class Nip:
    """A validated NIP with its parts already read out, so no caller re-slices the digits."""

    text: str
    kind: str
    birth_date: date
    tmt_cpns: date | None
    appointment_year: int
    appointment_code: str | None
    gender: str
    serial: int

    @property
    def formatted(self) -> str:
        """The grouped form printed on forms and cards, which people also type back in.

        A PNS NIP and an NI PPPK are grouped alike, 8 + 6 + 1 + 3 (``19900913 202524 2 014``):
        the PPPK's year and code form one group just as the PNS's year and month do.
        """
        t = self.text
        return f"{t[:8]} {t[8:14]} {t[14]} {t[15:]}"

    @property
    def label(self) -> str:
        """What the number is called on forms: "NIP" for a PNS, "NI PPPK" for a PPPK."""
        return NIP_LABELS[self.kind]

    def __str__(self) -> str:
        return self.text


def _month_year(year: int, month: int) -> str:
    return f"{MONTHS_ID[month - 1]} {year:04d}"


def _parse_birth(digits: str, today: date) -> date:
    try:
        birth = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise InvalidNip(f"Tanggal lahir pada NIP tidak valid ({digits[:8]})") from None
    if birth > today:
        raise InvalidNip(f"Tanggal lahir pada NIP ({format_date_id(birth)}) berada di masa depan")
    return birth


def _is_month(two_digits: str) -> bool:
    return 1 <= int(two_digits) <= 12


def _check_pns_appointment(digits: str, birth: date, today: date) -> date:
    year, month_text = int(digits[8:12]), digits[12:14]
    if not _is_month(month_text):
        raise InvalidNip(f"Bulan TMT CPNS pada NIP tidak valid ({month_text}); harus 01 sampai 12")
    month = int(month_text)
    if (year, month) < (birth.year + ADULT_AGE, birth.month):
        raise InvalidNip(
            f"TMT CPNS pada NIP ({_month_year(year, month)}) sebelum pegawai berusia {ADULT_AGE} tahun "
            f"(lahir {format_date_id(birth)})"
        )
    if (year, month) > (today.year, today.month):
        raise InvalidNip(f"TMT CPNS pada NIP ({_month_year(year, month)}) berada di masa depan")
    return date(year, month, 1)


def _check_pppk_appointment(digits: str, birth: date, today: date) -> int:
    year = int(digits[8:12])
    if year < birth.year + ADULT_AGE:
        raise InvalidNip(
            f"Tahun pengangkatan PPPK pada NIP ({year:04d}) sebelum pegawai berusia {ADULT_AGE} tahun "
            f"(lahir {format_date_id(birth)})"
        )
    if year > today.year:
        raise InvalidNip(f"Tahun pengangkatan PPPK pada NIP ({year:04d}) berada di masa depan")
    return year


def parse_nip(text: str, kind: str | None = None, *, today: date | None = None) -> Nip:
    """Read and validate a NIP, typed plain or grouped with spaces.

    ``kind`` is the employee type when it is known (then the NIP must match that layout); ``None``
    guesses: a PNS layout unless digits 13–14 cannot be a month, then a PPPK. ``today`` is for
    deterministic checks of future dates. Raises ``InvalidNip`` naming the first broken rule.
    """
    if kind is not None and kind not in NIP_KINDS:
        raise ValueError(f"kind must be None, 'PNS' or 'PPPK', not {kind!r}")
    today = date.today() if today is None else today
    digits = "".join(text.split())
    bad = sorted({c for c in digits if c not in _DIGITS})
    if bad:
        shown = ", ".join(repr(c) for c in bad)
        raise InvalidNip(f"NIP hanya boleh berisi angka (ditemukan {shown})")
    if len(digits) != NIP_LENGTH:
        raise InvalidNip(f"NIP harus {NIP_LENGTH} digit (tertulis {len(digits)})")
    birth = _parse_birth(digits, today)
    if kind is None:
        kind = KIND_PNS if _is_month(digits[12:14]) else KIND_PPPK
    gender_digit = digits[14]
    if gender_digit not in _GENDERS:
        raise InvalidNip(
            f"Digit jenis kelamin pada NIP harus 1 (laki-laki) atau 2 (perempuan), tertulis {gender_digit}"
        )
    if digits[15:] == "000":
        raise InvalidNip("Nomor urut pada NIP (tiga digit terakhir) tidak boleh 000")
    if kind == KIND_PNS:
        tmt = _check_pns_appointment(digits, birth, today)
        return Nip(digits, KIND_PNS, birth, tmt, tmt.year, None, _GENDERS[gender_digit], int(digits[15:]))
    year = _check_pppk_appointment(digits, birth, today)
    return Nip(digits, KIND_PPPK, birth, None, year, digits[12:14], _GENDERS[gender_digit], int(digits[15:]))


def is_valid_nip(text: str, kind: str | None = None, *, today: date | None = None) -> bool:
    """``parse_nip`` as a yes/no, for form fields that only need to light up red."""
    try:
        parse_nip(text, kind, today=today)
    except InvalidNip:
        return False
    return True


def nip_label(kind: str | None) -> str:
    """ "NI PPPK" for a PPPK, "NIP" otherwise (an unknown type prints as the common case)."""
    return NIP_LABELS.get(kind or KIND_PNS, NIP_LABELS[KIND_PNS])


def format_nip(text: str, kind: str | None = None) -> str:
    """The grouped number for forms; a legacy or broken number prints as stored, never hidden."""
    try:
        return parse_nip(text, kind).formatted
    except InvalidNip:
        return text
