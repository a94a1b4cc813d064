"""The leader rule: a unit head's Rating Hasil Kerja is his unit's performance (DOMAIN.md §3, §7).

When the evaluated pegawai leads a unit, the unit's predikat kinerja organisasi for the period
sets that pegawai's Rating Hasil Kerja; the penilai sees it prefilled and cannot set another. The
mapping is configuration — assumed, not yet confirmed by a source — so it is read from the
agency's settings, checked like any input, with this default.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from asn_desktop.domain.curve import PredikatOrganisasi
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.rating import Rating

__all__ = ["DEFAULT_LEADER_RULE", "LeaderRuleBroken", "check_leader_rating", "parse_leader_rule"]

DEFAULT_LEADER_RULE: Final[Mapping[PredikatOrganisasi, Rating]] = MappingProxyType(
    {
        PredikatOrganisasi.ISTIMEWA: Rating.DI_ATAS,
        PredikatOrganisasi.BAIK: Rating.SESUAI,
        PredikatOrganisasi.BUTUH_PERBAIKAN: Rating.DI_BAWAH,
        PredikatOrganisasi.KURANG: Rating.DI_BAWAH,
        PredikatOrganisasi.SANGAT_KURANG: Rating.DI_BAWAH,
    }
)


class LeaderRuleBroken(DomainError):
    code = "leader_rule"


def parse_leader_rule(raw: Any) -> dict[PredikatOrganisasi, Rating]:
    """A stored mapping {predikat organisasi: rating}, complete and with known values only."""
    if not isinstance(raw, Mapping):
        raise DomainError("Aturan pimpinan unit harus berupa pemetaan predikat organisasi → rating.")
    try:
        rule = {PredikatOrganisasi(k): Rating(v) for k, v in raw.items()}
    except (ValueError, TypeError):
        raise DomainError("Aturan pimpinan unit memuat predikat atau rating yang tidak dikenal.") from None
    missing = [p.label for p in PredikatOrganisasi if p not in rule]
    if missing:
        raise DomainError(f"Aturan pimpinan unit belum memetakan: {', '.join(missing)}.")
    return rule


def check_leader_rating(chosen: Rating, required: Rating, *, org: PredikatOrganisasi) -> None:
    """Refuse a Rating Hasil Kerja other than the one the unit's predikat organisasi sets."""
    if Rating(chosen) is not required:
        raise LeaderRuleBroken(
            f"Rating Hasil Kerja pimpinan unit mengikuti predikat kinerja organisasi unitnya ({org.label}): "
            f"{required.label}, bukan {Rating(chosen).label}."
        )
