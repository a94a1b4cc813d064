"""Matriks Pembagian Peran dan Hasil: a leader's results shared out among his subordinates.

A unit head (JPT, or a ketua tim — whoever supervises subordinates) lays out, for each of his own
RHK, which subordinate takes it and in which role, with the result he expects of them. The
subordinate's RHK then *intervenes* a leader RHK assigned to him: once the leader has a matrix
(one entry or more on that SKP), a link to a leader RHK the matrix does not give him is refused.
Without a matrix any RHK of the pejabat penilai's SKP may be picked, as before.

Roles are the Lampiran's wording for collaborative work: *Penanggung Jawab* (answers for the
result), *Ketua Tim* (leads a team on it), *Anggota* (takes part).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Final

from asn_desktop.domain.errors import DomainError

__all__ = ["MatrixRole", "assigned_rhk", "check_intervensi", "parse_role"]


class MatrixRole(StrEnum):
    PENANGGUNG_JAWAB = "penanggung_jawab"
    KETUA_TIM = "ketua_tim"
    ANGGOTA = "anggota"

    @property
    def label(self) -> str:
        """The role as the matrix prints it."""
        return _LABELS[self]


_LABELS: Final = {
    MatrixRole.PENANGGUNG_JAWAB: "Penanggung Jawab",
    MatrixRole.KETUA_TIM: "Ketua Tim",
    MatrixRole.ANGGOTA: "Anggota",
}

NOT_ASSIGNED: Final = (
    "RHK pimpinan ini tidak dibagikan kepada pegawai tersebut dalam Matriks Pembagian Peran dan Hasil; "
    "pilih RHK pimpinan yang diberikan kepadanya."
)


def parse_role(value: str) -> MatrixRole:
    """The role from its stored value; an unknown one is refused with the choices."""
    try:
        return MatrixRole(value)
    except ValueError:
        choices = ", ".join(r.value for r in MatrixRole)
        raise DomainError(
            f"Peran tidak dikenal: {value!r} (pilihan: {choices}).", code="matrix_role"
        ) from None


def assigned_rhk(entries: Iterable[tuple[str, str]], employee_id: str) -> set[str]:
    """The leader RHK the matrix gives ``employee_id``, from its (rhk id, employee id) entries."""
    return {rhk for rhk, emp in entries if emp == employee_id}


def check_intervensi(entries: Iterable[tuple[str, str]], employee_id: str, parent_rhk_id: str) -> str | None:
    """Why a subordinate may not intervene ``parent_rhk_id``, or ``None``: with no matrix any RHK
    of the leader's SKP will do; with one, only those it assigns to him."""
    pairs = list(entries)
    if not pairs or parent_rhk_id in assigned_rhk(pairs, employee_id):
        return None
    return NOT_ASSIGNED
