"""Tindak lanjut: what the supervisor decides after an assessment, and how it is followed.

Kinds, statuses and the transitions between them are data, as in ``skp_state``; so is the table
that suggests a kind from the predikat (DOMAIN.md §1.4 leaves the exact policy to the agency, so
the table is configuration that an agency may replace, not a rule buried in code).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from asn_desktop.domain.errors import DomainError, InvalidTransition
from asn_desktop.domain.period import format_date_id
from asn_desktop.domain.rating import Predikat

__all__ = [
    "FOLLOW_UP_TRANSITIONS",
    "PREDIKAT_SUGGESTIONS",
    "SESSION_YEARS_AFTER",
    "FollowUpKind",
    "FollowUpStatus",
    "InvalidFollowUp",
    "check_follow_up",
    "check_held_on",
    "check_session_date",
    "follow_up_next",
    "next_statuses",
    "suggested_kinds",
]

TITLE_MAX: Final = 300
# A coaching session is planned no earlier than the assessed period's start and no later than
# the end of the year this many years after the period's year (configuration: longer programmes
# are possible).
SESSION_YEARS_AFTER: Final = 2


class InvalidFollowUp(DomainError):
    """A follow-up or one of its sessions breaks a rule of form."""

    code = "invalid_follow_up"


class FollowUpKind(StrEnum):
    PENGHARGAAN = "penghargaan"
    PEMBINAAN = "pembinaan"
    PELATIHAN = "pelatihan"
    SANKSI = "sanksi"

    @property
    def label(self) -> str:
        """Indonesian name for lists, forms and the PDF appendix."""
        return _KIND_LABELS[self]

    @property
    def has_sessions(self) -> bool:
        """A coaching plan or a training is followed session by session."""
        return self in (FollowUpKind.PEMBINAAN, FollowUpKind.PELATIHAN)


class FollowUpStatus(StrEnum):
    RENCANA = "rencana"
    BERJALAN = "berjalan"
    SELESAI = "selesai"
    BATAL = "batal"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        """Still to be done: what HR follows across the agency."""
        return self in (FollowUpStatus.RENCANA, FollowUpStatus.BERJALAN)


_KIND_LABELS: Final = {
    FollowUpKind.PENGHARGAAN: "Penghargaan",
    FollowUpKind.PEMBINAAN: "Pembinaan",
    FollowUpKind.PELATIHAN: "Rekomendasi pelatihan",
    FollowUpKind.SANKSI: "Sanksi",
}
_STATUS_LABELS: Final = {
    FollowUpStatus.RENCANA: "Rencana",
    FollowUpStatus.BERJALAN: "Berjalan",
    FollowUpStatus.SELESAI: "Selesai",
    FollowUpStatus.BATAL: "Batal",
}

FOLLOW_UP_TRANSITIONS: Final[Mapping[FollowUpStatus, frozenset[FollowUpStatus]]] = MappingProxyType(
    {
        FollowUpStatus.RENCANA: frozenset(
            {FollowUpStatus.BERJALAN, FollowUpStatus.SELESAI, FollowUpStatus.BATAL}
        ),
        FollowUpStatus.BERJALAN: frozenset({FollowUpStatus.SELESAI, FollowUpStatus.BATAL}),
        FollowUpStatus.SELESAI: frozenset(),
        FollowUpStatus.BATAL: frozenset(),
    }
)

# Suggested kinds per predikat, first one pre-selected (to confirm with the agency: configuration).
PREDIKAT_SUGGESTIONS: Final[Mapping[Predikat, tuple[FollowUpKind, ...]]] = MappingProxyType(
    {
        Predikat.SANGAT_BAIK: (FollowUpKind.PENGHARGAAN,),
        Predikat.BAIK: (FollowUpKind.PELATIHAN,),
        Predikat.BUTUH_PERBAIKAN: (FollowUpKind.PEMBINAAN, FollowUpKind.PELATIHAN),
        Predikat.KURANG: (FollowUpKind.PEMBINAAN, FollowUpKind.SANKSI),
        Predikat.SANGAT_KURANG: (FollowUpKind.PEMBINAAN, FollowUpKind.SANKSI),
    }
)


def suggested_kinds(
    predikat: Predikat | str | None,
    table: Mapping[Predikat, tuple[FollowUpKind, ...]] = PREDIKAT_SUGGESTIONS,
) -> tuple[FollowUpKind, ...]:
    """What the predikat suggests (possibly nothing: a Baik needs no follow-up of its own)."""
    if predikat is None:
        return ()
    return table.get(Predikat(predikat), ())


def next_statuses(status: FollowUpStatus | str) -> frozenset[FollowUpStatus]:
    """The statuses a follow-up may move to next (for the UI's buttons)."""
    return FOLLOW_UP_TRANSITIONS[FollowUpStatus(status)]


def follow_up_next(
    current: FollowUpStatus | str, wanted: FollowUpStatus | str, outcome: str | None
) -> FollowUpStatus:
    """Check a status change; *selesai* needs the outcome written down."""
    cur, new = FollowUpStatus(current), FollowUpStatus(wanted)
    if new not in FOLLOW_UP_TRANSITIONS[cur]:
        raise InvalidTransition(
            f"Status tindak lanjut tidak dapat diubah dari {cur.label} menjadi {new.label}."
        )
    if new is FollowUpStatus.SELESAI and not (outcome and outcome.strip()):
        raise InvalidFollowUp("Tindak lanjut baru dapat dinyatakan selesai setelah hasilnya diisi.")
    return new


def check_follow_up(
    kind: FollowUpKind | str, title: str, goal: str | None
) -> tuple[FollowUpKind, str, str | None]:
    """Title required (and not too long); a coaching plan needs a goal. Returns the cleaned values."""
    try:
        k = FollowUpKind(kind)
    except ValueError:
        raise InvalidFollowUp(f"Jenis tindak lanjut tidak dikenal: {kind!r}.") from None
    clean_title = title.strip()
    if not clean_title:
        raise InvalidFollowUp("Judul tindak lanjut wajib diisi.")
    if len(clean_title) > TITLE_MAX:
        raise InvalidFollowUp(f"Judul tindak lanjut paling banyak {TITLE_MAX} karakter.")
    clean_goal = goal.strip() if goal and goal.strip() else None
    if k is FollowUpKind.PEMBINAAN and clean_goal is None:
        raise InvalidFollowUp("Rencana pembinaan wajib memiliki tujuan.")
    return k, clean_title, clean_goal


def check_session_date(planned_on: date, period_start: date, period_end: date) -> date:
    """A session falls between the assessed period's start and a few years after its end."""
    latest = date(period_end.year + SESSION_YEARS_AFTER, 12, 31)
    if planned_on < period_start:
        raise InvalidFollowUp(f"Tanggal sesi {format_date_id(planned_on)} sebelum awal periode penilaian.")
    if planned_on > latest:
        raise InvalidFollowUp(
            f"Tanggal sesi {format_date_id(planned_on)} terlalu jauh "
            f"(paling lambat {format_date_id(latest)})."
        )
    return planned_on


def check_held_on(held_on: date, period_start: date, today: date) -> date:
    """A session is recorded as held on a real past day, not before the period began (it may be
    held earlier or later than planned)."""
    if held_on > today:
        raise InvalidFollowUp("Tanggal pelaksanaan sesi tidak boleh di masa depan.")
    if held_on < period_start:
        raise InvalidFollowUp(
            f"Tanggal pelaksanaan {format_date_id(held_on)} sebelum awal periode penilaian."
        )
    return held_on
