"""Angka kredit of a jabatan fungsional from the predikat (Peraturan BKN 3/2023, DOMAIN.md §7).

AK = (months in the period ÷ 12) × koefisien of the jenjang × the predikat's percentage. Both
tables differ by regulation and agency, so they are configuration (read from the agency's
settings, checked here) with the values of DOMAIN.md as the default. Arithmetic is decimal and
the result is shown to two places, half up: an Ahli Pertama, 3 months, Baik gets 3,13.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any, Final

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.rating import Predikat

__all__ = [
    "DEFAULT_KOEFISIEN",
    "DEFAULT_PERCENTAGES",
    "JENJANG_LABELS",
    "AngkaKreditLine",
    "angka_kredit",
    "parse_koefisien",
    "parse_percentages",
]

DEFAULT_PERCENTAGES: Final[Mapping[Predikat, Decimal]] = MappingProxyType(
    {
        Predikat.SANGAT_BAIK: Decimal(150),
        Predikat.BAIK: Decimal(100),
        Predikat.BUTUH_PERBAIKAN: Decimal(75),
        Predikat.KURANG: Decimal(50),
        Predikat.SANGAT_KURANG: Decimal(25),
    }
)
# Keahlian levels as in Peraturan BKN 3/2023; the keterampilan levels are unconfirmed (DOMAIN.md).
DEFAULT_KOEFISIEN: Final[Mapping[str, Decimal]] = MappingProxyType(
    {
        "ahli_pertama": Decimal("12.5"),
        "ahli_muda": Decimal(25),
        "ahli_madya": Decimal("37.5"),
        "ahli_utama": Decimal(50),
        "pemula": Decimal("3.75"),
        "terampil": Decimal(5),
        "mahir": Decimal("12.5"),
        "penyelia": Decimal(25),
    }
)
JENJANG_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "ahli_pertama": "Ahli Pertama",
        "ahli_muda": "Ahli Muda",
        "ahli_madya": "Ahli Madya",
        "ahli_utama": "Ahli Utama",
        "pemula": "Pemula",
        "terampil": "Terampil",
        "mahir": "Mahir",
        "penyelia": "Penyelia",
    }
)
_MONTHS_IN_YEAR: Final = 12
_CENT: Final = Decimal("0.01")


@dataclass(frozen=True)
class AngkaKreditLine:
    """One period's credit: what it was computed from, and the result to two decimals."""

    period_label: str
    months: int
    jenjang: str
    koefisien: Decimal
    predikat: Predikat
    percent: Decimal
    value: Decimal


def angka_kredit(months: int, koefisien: Decimal, percent: Decimal) -> Decimal:
    """(months ÷ 12) × koefisien × percent ÷ 100, rounded half up to two decimals."""
    if not 0 < months <= _MONTHS_IN_YEAR:
        raise DomainError(f"Masa penilaian angka kredit harus 1 sampai 12 bulan, tertulis {months}.")
    raw = Decimal(months) / _MONTHS_IN_YEAR * koefisien * percent / 100
    return raw.quantize(_CENT, rounding=ROUND_HALF_UP)


def _number(value: Any, what: str) -> Decimal:
    try:
        number = Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        raise DomainError(f"{what} harus berupa angka, tertulis {value!r}.") from None
    if not number.is_finite() or number < 0 or number > 1000:
        raise DomainError(f"{what} harus antara 0 dan 1000, tertulis {value!r}.")
    return number


def parse_percentages(raw: Any) -> dict[Predikat, Decimal]:
    """The stored table {predikat: percent}: every predikat, each a number from 0 to 1000."""
    if not isinstance(raw, Mapping):
        raise DomainError("Tabel persentase angka kredit harus berupa pemetaan predikat → persen.")
    try:
        table = {Predikat(k): _number(v, f"Persentase {Predikat(k).label}") for k, v in raw.items()}
    except ValueError as exc:
        raise DomainError(f"Tabel persentase angka kredit tidak sah: {exc}") from None
    missing = [p.label for p in Predikat if p not in table]
    if missing:
        raise DomainError(f"Tabel persentase angka kredit belum memuat: {', '.join(missing)}.")
    return table


def parse_koefisien(raw: Any) -> dict[str, Decimal]:
    """The stored table {jenjang: koefisien}: known jenjang only, each a number from 0 to 1000."""
    if not isinstance(raw, Mapping):
        raise DomainError("Tabel koefisien angka kredit harus berupa pemetaan jenjang → koefisien.")
    unknown = sorted(str(k) for k in raw if k not in JENJANG_LABELS)
    if unknown:
        raise DomainError(f"Jenjang jabatan fungsional tidak dikenal: {', '.join(unknown)}.")
    return {str(k): _number(v, f"Koefisien {JENJANG_LABELS[k]}") for k, v in raw.items()}
