"""Targets and realisations as people type them: "12 dokumen", "100 %", "2,5 jam", or a text.

Numbers are read the Indonesian way (decimal comma, dot for thousands), so "1.250,5 m" is
1250.5 and "1,5" is 1.5.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from asn_desktop.domain.errors import DomainError

ASPECTS: Final = ("kuantitas", "kualitas", "waktu", "biaya")

_NUMBER = re.compile(r"^\s*(-?\d{1,3}(?:\.\d{3})+|-?\d+)(?:,(\d+))?\s*(.*?)\s*$")


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
    number = parse_number(cleaned) if cleaned else None
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
