"""The seven BerAKHLAK core values and their guidance behaviours (DOMAIN.md §2)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from asn_desktop.domain.errors import DomainError


@dataclass(frozen=True)
class CoreValue:
    key: str
    label: str
    guidance: tuple[str, ...]


CORE_VALUES: Final[tuple[CoreValue, ...]] = (
    CoreValue(
        "berorientasi_pelayanan",
        "Berorientasi Pelayanan",
        (
            "memahami dan memenuhi kebutuhan masyarakat",
            "ramah, cekatan, solutif dan dapat diandalkan",
            "melakukan perbaikan tiada henti",
        ),
    ),
    CoreValue(
        "akuntabel",
        "Akuntabel",
        (
            "melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi",
            "menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif dan efisien",
            "tidak menyalahgunakan kewenangan jabatan",
        ),
    ),
    CoreValue(
        "kompeten",
        "Kompeten",
        (
            "meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "membantu orang lain belajar",
            "melaksanakan tugas dengan kualitas terbaik",
        ),
    ),
    CoreValue(
        "harmonis",
        "Harmonis",
        (
            "menghargai setiap orang apapun latar belakangnya",
            "suka menolong orang lain",
            "membangun lingkungan kerja yang kondusif",
        ),
    ),
    CoreValue(
        "loyal",
        "Loyal",
        (
            "memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah",
            "menjaga nama baik sesama ASN, pimpinan, instansi dan negara",
            "menjaga rahasia jabatan dan negara",
        ),
    ),
    CoreValue(
        "adaptif",
        "Adaptif",
        (
            "cepat menyesuaikan diri menghadapi perubahan",
            "terus berinovasi dan mengembangkan kreativitas",
            "bertindak proaktif",
        ),
    ),
    CoreValue(
        "kolaboratif",
        "Kolaboratif",
        (
            "memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
        ),
    ),
)

_BY_KEY: Final = {cv.key: cv for cv in CORE_VALUES}


def core_value(key: str) -> CoreValue:
    """The core value named ``key``; an unknown key is refused in Indonesian."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise DomainError(
            f"Nilai dasar BerAKHLAK tidak dikenal: {key!r}.", code="unknown_core_value"
        ) from None
