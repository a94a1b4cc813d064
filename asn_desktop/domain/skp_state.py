"""The life cycle of an SKP and of an assessment, as data.

Transitions are tables rather than if-chains so that the UI can ask which actions a state offers,
the sync merge can refuse to change a locked document, and tests can walk every edge.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from asn_desktop.domain.errors import DocumentLocked, InvalidTransition

__all__ = [
    "ASSESSMENT_ACTION_LABELS",
    "ASSESSMENT_TRANSITIONS",
    "SKP_ACTION_LABELS",
    "SKP_TRANSITIONS",
    "AssessmentStatus",
    "DocumentLocked",
    "SkpStatus",
    "assessment_actions",
    "assessment_is_editable",
    "assessment_next",
    "ensure_editable_assessment",
    "ensure_editable_skp",
    "skp_actions",
    "skp_is_editable",
    "skp_next",
]


class SkpStatus(StrEnum):
    """Where an SKP version stands; a change after approval is a new version, the old one superseded."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    SUPERSEDED = "superseded"

    @property
    def label(self) -> str:
        """Indonesian name for lists and forms."""
        return _SKP_LABELS[self]


class AssessmentStatus(StrEnum):
    """Where a period's assessment stands; a signed one is the record and never changes."""

    DRAFT = "draft"
    FINAL = "final"
    SIGNED = "signed"

    @property
    def label(self) -> str:
        """Indonesian name for lists and forms."""
        return _ASSESSMENT_LABELS[self]


_SKP_LABELS: Final = {
    SkpStatus.DRAFT: "Draf",
    SkpStatus.SUBMITTED: "Diajukan",
    SkpStatus.APPROVED: "Disetujui",
    SkpStatus.SUPERSEDED: "Digantikan",
}
_ASSESSMENT_LABELS: Final = {
    AssessmentStatus.DRAFT: "Draf",
    AssessmentStatus.FINAL: "Final",
    AssessmentStatus.SIGNED: "Ditandatangani",
}

SKP_TRANSITIONS: Final[Mapping[tuple[SkpStatus, str], SkpStatus]] = MappingProxyType(
    {
        (SkpStatus.DRAFT, "submit"): SkpStatus.SUBMITTED,
        (SkpStatus.SUBMITTED, "approve"): SkpStatus.APPROVED,
        (SkpStatus.SUBMITTED, "return"): SkpStatus.DRAFT,
        (SkpStatus.APPROVED, "revise"): SkpStatus.SUPERSEDED,
    }
)
ASSESSMENT_TRANSITIONS: Final[Mapping[tuple[AssessmentStatus, str], AssessmentStatus]] = MappingProxyType(
    {
        (AssessmentStatus.DRAFT, "finalize"): AssessmentStatus.FINAL,
        (AssessmentStatus.FINAL, "reopen"): AssessmentStatus.DRAFT,
        (AssessmentStatus.FINAL, "sign"): AssessmentStatus.SIGNED,
    }
)

# The passive verb completes "… tidak dapat <verb>" in refusal messages.
SKP_ACTION_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {"submit": "diajukan", "approve": "disetujui", "return": "dikembalikan", "revise": "direvisi"}
)
ASSESSMENT_ACTION_LABELS: Final[Mapping[str, str]] = MappingProxyType(
    {"finalize": "difinalkan", "reopen": "dibuka kembali", "sign": "ditandatangani"}
)


def skp_next(status: SkpStatus, action: str) -> SkpStatus:
    """The status an SKP reaches by ``action``; refuses, in Indonesian, a move the cycle does not have."""
    status = SkpStatus(status)
    if action not in SKP_ACTION_LABELS:
        raise InvalidTransition(f"Tindakan {action!r} tidak dikenal untuk SKP")
    try:
        return SKP_TRANSITIONS[(status, action)]
    except KeyError:
        raise InvalidTransition(
            f"SKP berstatus {status.label} tidak dapat {SKP_ACTION_LABELS[action]}"
        ) from None


def assessment_next(status: AssessmentStatus, action: str) -> AssessmentStatus:
    """The status an assessment reaches by ``action``; refuses a move the cycle does not have."""
    status = AssessmentStatus(status)
    if action not in ASSESSMENT_ACTION_LABELS:
        raise InvalidTransition(f"Tindakan {action!r} tidak dikenal untuk penilaian kinerja")
    try:
        return ASSESSMENT_TRANSITIONS[(status, action)]
    except KeyError:
        raise InvalidTransition(
            f"Penilaian kinerja berstatus {status.label} tidak dapat {ASSESSMENT_ACTION_LABELS[action]}"
        ) from None


def skp_actions(status: SkpStatus) -> list[str]:
    """Actions the workflow offers from ``status`` (before any permission check), for menus."""
    status = SkpStatus(status)
    return [action for (source, action) in SKP_TRANSITIONS if source is status]


def assessment_actions(status: AssessmentStatus) -> list[str]:
    """Actions the workflow offers from ``status`` (before any permission check), for menus."""
    status = AssessmentStatus(status)
    return [action for (source, action) in ASSESSMENT_TRANSITIONS if source is status]


def skp_is_editable(status: SkpStatus) -> bool:
    """Only a draft may be edited: what was submitted or approved is what the supervisor saw."""
    return SkpStatus(status) is SkpStatus.DRAFT


def assessment_is_editable(status: AssessmentStatus) -> bool:
    """Only a draft assessment may be edited; a final one must be reopened first."""
    return AssessmentStatus(status) is AssessmentStatus.DRAFT


_SKP_LOCKED: Final = {
    SkpStatus.SUBMITTED: (
        "SKP yang sudah diajukan tidak dapat diubah; minta pejabat penilai mengembalikannya ke draf"
    ),
    SkpStatus.APPROVED: "SKP yang sudah disetujui tidak dapat diubah; buat revisi (versi baru)",
    SkpStatus.SUPERSEDED: "SKP ini sudah digantikan oleh versi yang lebih baru; ubahlah versi terbaru",
}
_ASSESSMENT_LOCKED: Final = {
    AssessmentStatus.FINAL: (
        "Penilaian kinerja yang sudah final tidak dapat diubah; buka kembali terlebih dahulu"
    ),
    AssessmentStatus.SIGNED: (
        "Penilaian kinerja yang sudah ditandatangani tidak dapat diubah; "
        "keberatan diajukan kepada atasan pejabat penilai"
    ),
}


def ensure_editable_skp(status: SkpStatus) -> None:
    """Guard for every edit of an SKP; the message tells the user the way that is open instead."""
    status = SkpStatus(status)
    if not skp_is_editable(status):
        raise DocumentLocked(_SKP_LOCKED[status])


def ensure_editable_assessment(status: AssessmentStatus) -> None:
    """Guard for every edit of an assessment; the message tells the user the way that is open."""
    status = AssessmentStatus(status)
    if not assessment_is_editable(status):
        raise DocumentLocked(_ASSESSMENT_LOCKED[status])
