"""Keberatan: the pegawai may object to an evaluation within 14 days (DOMAIN.md §6, §7).

The objection goes to the atasan pejabat penilai, whose decision is final. A decision either
rejects the objection (the result stands) or grants it with new ratings; a granted objection
that changes the ratings makes a new version of the assessment, the old one kept, and the
predikat follows from the matrix as for any rating. Nothing here knows about storage: the
service asks these rules and writes what they allow.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Final

from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.period import format_date_id
from asn_desktop.domain.rating import Predikat, Rating, predikat_kinerja

OBJECTION_DAYS: Final = 14


class ObjectionClosed(DomainError):
    code = "objection_closed"


class ObjectionOutcome(StrEnum):
    """How the atasan pejabat penilai decided; the value is stored."""

    DITOLAK = "ditolak"
    DIKABULKAN = "dikabulkan"

    @property
    def label(self) -> str:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS: Final = {ObjectionOutcome.DITOLAK: "Ditolak", ObjectionOutcome.DIKABULKAN: "Dikabulkan"}


def objection_deadline(finalized_on: date) -> date:
    return finalized_on + timedelta(days=OBJECTION_DAYS)


def ensure_objection_open(finalized_on: date | None, today: date) -> None:
    """Refuse an objection before the evaluation is final or after the 14 days have passed."""
    if finalized_on is None:
        raise ObjectionClosed("Keberatan hanya dapat diajukan atas penilaian yang sudah final.")
    deadline = objection_deadline(finalized_on)
    if today > deadline:
        raise ObjectionClosed(
            f"Batas waktu keberatan ({OBJECTION_DAYS} hari) telah lewat pada {format_date_id(deadline)}."
        )


@dataclass(frozen=True)
class Decision:
    """What a decision does to the assessment: its outcome and, when changed, the new result."""

    outcome: ObjectionOutcome
    hasil: Rating
    perilaku: Rating
    predikat: Predikat
    changed: bool  # a new version of the assessment is needed


def decide(
    outcome: ObjectionOutcome | str,
    current: tuple[Rating, Rating],
    proposed: tuple[Rating | str | None, Rating | str | None],
    *,
    locked_hasil: Rating | None = None,
) -> Decision:
    """The result a decision leaves: rejected keeps ``current``; granted needs new ratings.

    ``locked_hasil`` is the Rating Hasil Kerja the leader rule fixes for a unit head; a decision
    cannot set another one (the unit's own performance decides it, not the appeal).
    """
    outcome = ObjectionOutcome(outcome)
    if outcome is ObjectionOutcome.DITOLAK:
        hasil, perilaku = current
        return Decision(outcome, hasil, perilaku, predikat_kinerja(hasil, perilaku), changed=False)
    if proposed[0] is None or proposed[1] is None:
        raise DomainError(
            "Keberatan yang dikabulkan memerlukan Rating Hasil Kerja dan Rating Perilaku Kerja yang baru.",
            code="objection_ratings",
        )
    hasil, perilaku = Rating(proposed[0]), Rating(proposed[1])
    if locked_hasil is not None and hasil is not locked_hasil:
        raise DomainError(
            f"Rating Hasil Kerja pimpinan unit mengikuti predikat kinerja organisasi ({locked_hasil.label}); "
            "keputusan keberatan hanya dapat mengubah Rating Perilaku Kerja.",
            code="leader_rule",
        )
    if (hasil, perilaku) == current:
        raise DomainError(
            "Rating yang baru sama dengan hasil semula; pilih Ditolak bila hasil penilaian tetap.",
            code="objection_unchanged",
        )
    return Decision(outcome, hasil, perilaku, predikat_kinerja(hasil, perilaku), changed=True)


def outcome_text(outcome: ObjectionOutcome | str | None, hasil: str | None, perilaku: str | None) -> str:
    """The line the forms print under the decision."""
    if outcome is None:
        return "Belum diputus"
    outcome = ObjectionOutcome(outcome)
    if outcome is ObjectionOutcome.DITOLAK or hasil is None or perilaku is None:
        return f"{outcome.label}: hasil penilaian tetap"
    h, p = Rating(hasil), Rating(perilaku)
    return (
        f"{outcome.label}: Rating Hasil Kerja {h.label}, Rating Perilaku Kerja {p.label}, "
        f"Predikat {predikat_kinerja(h, p).label}"
    )
