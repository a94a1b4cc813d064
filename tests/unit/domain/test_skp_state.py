"""SKP and assessment workflows: every edge, every refused edge, and the edit locks."""

from __future__ import annotations

import itertools

import pytest

from asn_desktop.domain.errors import DocumentLocked, DomainError, InvalidTransition
from asn_desktop.domain.skp_state import (
    ASSESSMENT_ACTION_LABELS,
    ASSESSMENT_TRANSITIONS,
    SKP_ACTION_LABELS,
    SKP_TRANSITIONS,
    AssessmentStatus,
    SkpStatus,
    assessment_actions,
    assessment_is_editable,
    assessment_next,
    ensure_editable_assessment,
    ensure_editable_skp,
    skp_actions,
    skp_is_editable,
    skp_next,
)
from asn_desktop.domain.skp_state import DocumentLocked as ReExportedDocumentLocked

SKP_EDGES = [
    (SkpStatus.DRAFT, "submit", SkpStatus.SUBMITTED),
    (SkpStatus.SUBMITTED, "approve", SkpStatus.APPROVED),
    (SkpStatus.SUBMITTED, "return", SkpStatus.DRAFT),
    (SkpStatus.APPROVED, "revise", SkpStatus.SUPERSEDED),
]
ASSESSMENT_EDGES = [
    (AssessmentStatus.DRAFT, "finalize", AssessmentStatus.FINAL),
    (AssessmentStatus.FINAL, "reopen", AssessmentStatus.DRAFT),
    (AssessmentStatus.FINAL, "sign", AssessmentStatus.SIGNED),
]


def test_tables_are_exactly_the_edges() -> None:
    assert dict(SKP_TRANSITIONS) == {(s, a): t for s, a, t in SKP_EDGES}
    assert dict(ASSESSMENT_TRANSITIONS) == {(s, a): t for s, a, t in ASSESSMENT_EDGES}


@pytest.mark.parametrize(("status", "action", "target"), SKP_EDGES)
def test_skp_edges(status: SkpStatus, action: str, target: SkpStatus) -> None:
    assert skp_next(status, action) is target
    assert skp_next(status.value, action) is target  # type: ignore[arg-type]


@pytest.mark.parametrize(("status", "action", "target"), ASSESSMENT_EDGES)
def test_assessment_edges(status: AssessmentStatus, action: str, target: AssessmentStatus) -> None:
    assert assessment_next(status, action) is target


SKP_REFUSED = [
    (s, a) for s, a in itertools.product(SkpStatus, SKP_ACTION_LABELS) if (s, a) not in SKP_TRANSITIONS
]
ASSESSMENT_REFUSED = [
    (s, a)
    for s, a in itertools.product(AssessmentStatus, ASSESSMENT_ACTION_LABELS)
    if (s, a) not in ASSESSMENT_TRANSITIONS
]


@pytest.mark.parametrize(("status", "action"), SKP_REFUSED)
def test_skp_refused_edges(status: SkpStatus, action: str) -> None:
    with pytest.raises(InvalidTransition) as excinfo:
        skp_next(status, action)
    assert excinfo.value.message == f"SKP berstatus {status.label} tidak dapat {SKP_ACTION_LABELS[action]}"
    assert excinfo.value.code == "invalid_transition"


@pytest.mark.parametrize(("status", "action"), ASSESSMENT_REFUSED)
def test_assessment_refused_edges(status: AssessmentStatus, action: str) -> None:
    with pytest.raises(InvalidTransition, match=f"^Penilaian kinerja berstatus {status.label} tidak dapat "):
        assessment_next(status, action)


def test_refusal_wording_example() -> None:
    with pytest.raises(InvalidTransition, match=r"^SKP berstatus Disetujui tidak dapat diajukan$"):
        skp_next(SkpStatus.APPROVED, "submit")
    with pytest.raises(
        InvalidTransition, match=r"^Penilaian kinerja berstatus Ditandatangani tidak dapat dibuka"
    ):
        assessment_next(AssessmentStatus.SIGNED, "reopen")


def test_unknown_actions() -> None:
    with pytest.raises(InvalidTransition, match="Tindakan 'delete' tidak dikenal untuk SKP"):
        skp_next(SkpStatus.DRAFT, "delete")
    with pytest.raises(InvalidTransition, match="Tindakan 'submit' tidak dikenal untuk penilaian kinerja"):
        assessment_next(AssessmentStatus.DRAFT, "submit")


def test_unknown_status_is_refused() -> None:
    with pytest.raises(ValueError, match="archived"):
        skp_next("archived", "submit")  # type: ignore[arg-type]


def test_actions_offered_per_state() -> None:
    assert skp_actions(SkpStatus.DRAFT) == ["submit"]
    assert skp_actions(SkpStatus.SUBMITTED) == ["approve", "return"]
    assert skp_actions(SkpStatus.APPROVED) == ["revise"]
    assert skp_actions(SkpStatus.SUPERSEDED) == []
    assert assessment_actions(AssessmentStatus.DRAFT) == ["finalize"]
    assert assessment_actions(AssessmentStatus.FINAL) == ["reopen", "sign"]
    assert assessment_actions(AssessmentStatus.SIGNED) == []


@pytest.mark.parametrize("status", list(SkpStatus))
def test_skp_editable_only_as_draft(status: SkpStatus) -> None:
    assert skp_is_editable(status) == (status is SkpStatus.DRAFT)


@pytest.mark.parametrize("status", list(AssessmentStatus))
def test_assessment_editable_only_as_draft(status: AssessmentStatus) -> None:
    assert assessment_is_editable(status) == (status is AssessmentStatus.DRAFT)


def test_ensure_editable_passes_drafts() -> None:
    ensure_editable_skp(SkpStatus.DRAFT)
    ensure_editable_assessment(AssessmentStatus.DRAFT)
    ensure_editable_skp("draft")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (SkpStatus.APPROVED, "SKP yang sudah disetujui tidak dapat diubah; buat revisi (versi baru)"),
        (SkpStatus.SUBMITTED, "SKP yang sudah diajukan tidak dapat diubah; minta pejabat penilai"),
        (SkpStatus.SUPERSEDED, "SKP ini sudah digantikan oleh versi yang lebih baru"),
    ],
)
def test_locked_skp(status: SkpStatus, message: str) -> None:
    with pytest.raises(DocumentLocked) as excinfo:
        ensure_editable_skp(status)
    assert excinfo.value.message.startswith(message)
    assert excinfo.value.code == "document_locked"
    assert isinstance(excinfo.value, DomainError)


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (AssessmentStatus.FINAL, "Penilaian kinerja yang sudah final tidak dapat diubah; buka kembali"),
        (AssessmentStatus.SIGNED, "Penilaian kinerja yang sudah ditandatangani tidak dapat diubah"),
    ],
)
def test_locked_assessment(status: AssessmentStatus, message: str) -> None:
    with pytest.raises(DocumentLocked, match=f"^{message}"):
        ensure_editable_assessment(status)


def test_document_locked_is_reexported() -> None:
    assert ReExportedDocumentLocked is DocumentLocked


def test_labels_and_values() -> None:
    assert [(s.value, s.label) for s in SkpStatus] == [
        ("draft", "Draf"),
        ("submitted", "Diajukan"),
        ("approved", "Disetujui"),
        ("superseded", "Digantikan"),
    ]
    assert [(s.value, s.label) for s in AssessmentStatus] == [
        ("draft", "Draf"),
        ("final", "Final"),
        ("signed", "Ditandatangani"),
    ]
