"""Targets and realisations as people type them: "12 dokumen", "100 %", "2,5 jam", or a text.

Numbers are read the Indonesian way (decimal comma, dot for thousands), so "1.250,5 m" is
1250.5 and "1,5" is 1.5. Two readings are refused rather than guessed: a dot that cannot be a
thousands separator ("3.1 bulan" would otherwise become 3 with the unit ".1 bulan"), and more
than 15 significant digits, which a float cannot hold exactly — what is stored must print back
as it was typed (``formatting.format_number``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.formatting import sum_exact, to_decimal

ASPECTS: Final = ("kuantitas", "kualitas", "waktu", "biaya")

_NUMBER = re.compile(r"^\s*(-?\d{1,3}(?:\.\d{3})+|-?\d+)(?:,(\d+))?\s*(.*?)\s*$")
_DOT_DECIMAL = re.compile(r"^[.,]\d")
MAX_DIGITS: Final = 15  # a float holds every decimal number of up to 15 significant digits exactly


class InvalidTarget(DomainError):
    code = "invalid_target"


@dataclass(frozen=True)
class Target:
    value: float | None
    unit: str | None
    text: str | None

    @property
    def is_numeric(self) -> bool:
        return self.value is not None


def parse_number(text: str) -> tuple[float, str] | None:
    """(value, rest) when ``text`` starts with an Indonesian-format number, else None."""
    m = _NUMBER.match(text)
    if m is None:
        return None
    whole = m.group(1).replace(".", "")
    frac = m.group(2)
    if _DOT_DECIMAL.match(m.group(3)):
        raise InvalidTarget(
            f"Angka {text.strip()!r} tidak dapat dibaca: tulis desimal dengan koma (mis. 3,1) dan "
            "titik hanya sebagai pemisah ribuan (mis. 1.234.567)."
        )
    significant = (whole.lstrip("-") + (frac or "")).lstrip("0").rstrip("0") if frac else whole.lstrip("-0")
    if len(significant) > MAX_DIGITS:
        raise InvalidTarget(f"Angka {text.strip()!r} terlalu panjang: paling banyak {MAX_DIGITS} digit.")
    value = float(f"{whole}.{frac}") if frac else float(whole)
    return value, m.group(3)


def parse_target(text: str, *, numeric_required: bool) -> Target:
    """Read a target; in the quantitative approach a number is required."""
    cleaned = text.strip()
    if not cleaned:
        raise InvalidTarget("Target wajib diisi.")
    number = parse_number(cleaned)
    if number is None:
        if numeric_required:
            raise InvalidTarget(
                f'Target harus berupa angka dengan satuan (mis. "12 dokumen"), bukan {cleaned!r}.'
            )
        return Target(value=None, unit=None, text=cleaned)
    value, unit = number
    if value < 0:
        raise InvalidTarget("Target tidak boleh negatif.")
    return Target(value=value, unit=unit or None, text=None)


def parse_realisation(text: str, *, numeric: bool, unit: str | None) -> float | None:
    """The number a realisation states (None: a realisation in words); refuses what does not fit.

    For a quantitative indicator the realisation is a number, written alone or followed by the
    target's own unit ("57" or "57 layanan" for a target in layanan). Anything else after the
    number — another unit ("57 dokumen"), an English decimal point ("5.5" reads as 5 and ".5") —
    would be stored as a different quantity, so it is refused with what to type instead. The UI
    checks each keystroke with this same function, and the service checks again on save.
    """
    cleaned = text.strip()
    try:
        number = parse_number(cleaned) if cleaned else None
    except InvalidTarget as exc:  # "5.5", too many digits: said as a realisation's problem
        raise InvalidTarget(exc.message, code="invalid_realisation") from exc
    if not numeric:
        return number[0] if number else None
    example = f'"4" atau "4,5 {unit}"' if unit else '"4" atau "4,5"'
    if number is None:
        raise InvalidTarget(f"Realisasi harus berupa angka, mis. {example}.", code="invalid_realisation")
    value, rest = number
    if value < 0:
        raise InvalidTarget("Realisasi tidak boleh negatif.", code="invalid_realisation")
    if rest and rest.casefold() != (unit or "").casefold():
        expected = f'satuan target "{unit}"' if unit else "target tanpa satuan"
        raise InvalidTarget(
            f'"{rest}" setelah angka tidak sesuai dengan {expected}; tulis angkanya saja, mis. {example} '
            "(desimal memakai koma).",
            code="invalid_realisation",
        )
    return value


def check_aspect(aspect: str) -> str:
    if aspect not in ASPECTS:
        raise InvalidTarget(f"Aspek indikator tidak dikenal: {aspect!r} (pilihan: {', '.join(ASPECTS)}).")
    return aspect


def realisation_total(own: float | None, inner: Sequence[float]) -> Decimal | None:
    """The realisation of a numeric indicator over a period, in exact decimal arithmetic.

    ``own`` is the figure recorded for the period itself (an annual figure for the year), ``inner``
    the figures of the shorter periods inside it (the quarters or months). A figure recorded for the
    period wins; otherwise the inner figures add up — the running total *Kinerja Saya* shows, so
    the screen and the annual form print the same number. ``None`` when nothing was recorded.
    """
    if own is not None:
        return to_decimal(own)
    if not inner:
        return None
    return sum_exact(list(inner))


def achievement_percent(total: Decimal | None, target: float | None) -> Decimal | None:
    """The realisation as a percentage of a positive numeric target (``None`` when either is missing)."""
    if total is None or not target or target <= 0:
        return None
    return total * 100 / to_decimal(target)
