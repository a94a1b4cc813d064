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


def check_aspect(aspect: str) -> str:
    if aspect not in ASPECTS:
        raise InvalidTarget(f"Aspek indikator tidak dikenal: {aspect!r} (pilihan: {', '.join(ASPECTS)}).")
    return aspect
