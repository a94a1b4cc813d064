"""Ratings and the predikat kinerja pegawai (PermenPANRB 6/2022, kuadran kinerja).

The supervisor sets two ratings per period; the predikat is never chosen directly but read from the
matrix, so the matrix is data that can be printed, tested cell by cell and compared with the Lampiran.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Final

__all__ = ["PREDIKAT_MATRIX", "Predikat", "Rating", "predikat_kinerja"]


class Rating(StrEnum):
    """Rating Hasil Kerja and Rating Perilaku Kerja share these three levels."""

    DI_ATAS = "di_atas"
    SESUAI = "sesuai"
    DI_BAWAH = "di_bawah"

    @property
    def label(self) -> str:
        """The wording of the regulation, as forms print it."""
        return _RATING_LABELS[self]


class Predikat(StrEnum):
    """Predikat Kinerja Pegawai: what rewards, coaching or sanctions are decided from."""

    SANGAT_BAIK = "sangat_baik"
    BAIK = "baik"
    BUTUH_PERBAIKAN = "butuh_perbaikan"
    KURANG = "kurang"
    SANGAT_KURANG = "sangat_kurang"

    @property
    def label(self) -> str:
        """The wording of the regulation, as forms print it."""
        return _PREDIKAT_LABELS[self]


_RATING_LABELS: Final = {
    Rating.DI_ATAS: "Di Atas Ekspektasi",
    Rating.SESUAI: "Sesuai Ekspektasi",
    Rating.DI_BAWAH: "Di Bawah Ekspektasi",
}

_PREDIKAT_LABELS: Final = {
    Predikat.SANGAT_BAIK: "Sangat Baik",
    Predikat.BAIK: "Baik",
    Predikat.BUTUH_PERBAIKAN: "Butuh Perbaikan",
    Predikat.KURANG: "Kurang/Misconduct",
    Predikat.SANGAT_KURANG: "Sangat Kurang",
}

PREDIKAT_MATRIX: Final[Mapping[tuple[Rating, Rating], Predikat]] = MappingProxyType(
    {
        # (Rating Hasil Kerja, Rating Perilaku Kerja): Predikat — rows as in DOMAIN.md §3.
        (Rating.DI_ATAS, Rating.DI_BAWAH): Predikat.KURANG,
        (Rating.DI_ATAS, Rating.SESUAI): Predikat.BAIK,
        (Rating.DI_ATAS, Rating.DI_ATAS): Predikat.SANGAT_BAIK,
        (Rating.SESUAI, Rating.DI_BAWAH): Predikat.KURANG,
        (Rating.SESUAI, Rating.SESUAI): Predikat.BAIK,
        (Rating.SESUAI, Rating.DI_ATAS): Predikat.BAIK,
        (Rating.DI_BAWAH, Rating.DI_BAWAH): Predikat.SANGAT_KURANG,
        (Rating.DI_BAWAH, Rating.SESUAI): Predikat.BUTUH_PERBAIKAN,
        (Rating.DI_BAWAH, Rating.DI_ATAS): Predikat.BUTUH_PERBAIKAN,
    }
)


def predikat_kinerja(hasil: Rating, perilaku: Rating) -> Predikat:
    """The predikat for a pair of ratings.

    Accepts the stored string values too; an unknown value raises ``ValueError`` rather than
    silently producing a grade.
    """
    return PREDIKAT_MATRIX[(Rating(hasil), Rating(perilaku))]
