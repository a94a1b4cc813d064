"""Tindak lanjut, pure rules: kinds, statuses and transitions, suggestions from the predikat, checks."""

from __future__ import annotations

from datetime import date

import pytest

from asn_desktop.domain.errors import InvalidTransition
from asn_desktop.domain.followup import (
    FOLLOW_UP_TRANSITIONS,
    PREDIKAT_SUGGESTIONS,
    FollowUpKind,
    FollowUpStatus,
    InvalidFollowUp,
    check_follow_up,
    check_held_on,
    check_session_date,
    follow_up_next,
    next_statuses,
    suggested_kinds,
)
from asn_desktop.domain.rating import Predikat

K, S = FollowUpKind, FollowUpStatus


def test_labels_and_flags() -> None:
    assert [k.label for k in K] == ["Penghargaan", "Pembinaan", "Rekomendasi pelatihan", "Sanksi"]
    assert [s.label for s in S] == ["Rencana", "Berjalan", "Selesai", "Batal"]
    assert [k for k in K if k.has_sessions] == [K.PEMBINAAN, K.PELATIHAN]
    assert [s for s in S if s.is_open] == [S.RENCANA, S.BERJALAN]


def test_suggestions_from_the_predikat() -> None:
    assert suggested_kinds(Predikat.SANGAT_BAIK) == (K.PENGHARGAAN,)
    assert suggested_kinds("baik") == (K.PELATIHAN,)
    for p in (Predikat.BUTUH_PERBAIKAN, Predikat.KURANG, Predikat.SANGAT_KURANG):
        assert suggested_kinds(p)[0] is K.PEMBINAAN
    assert suggested_kinds(None) == ()
    # The table is configuration: an agency may give Baik no suggestion at all.
    assert suggested_kinds(Predikat.BAIK, {**PREDIKAT_SUGGESTIONS, Predikat.BAIK: ()}) == ()
    assert suggested_kinds(Predikat.BAIK, {}) == ()


@pytest.mark.parametrize(
    ("current", "wanted"),
    [(c, w) for c, targets in FOLLOW_UP_TRANSITIONS.items() for w in targets],
)
def test_every_allowed_transition(current, wanted) -> None:
    assert follow_up_next(current, wanted, "Sudah dilaksanakan") is wanted
    assert wanted in next_statuses(current.value)


@pytest.mark.parametrize(
    ("current", "wanted"),
    [(c, w) for c in S for w in S if w not in FOLLOW_UP_TRANSITIONS[c]],
)
def test_every_other_transition_refused(current, wanted) -> None:
    with pytest.raises(InvalidTransition, match="tidak dapat diubah"):
        follow_up_next(current, wanted, "hasil")


def test_batal_to_berjalan_refused_by_name() -> None:
    with pytest.raises(InvalidTransition, match="dari Batal menjadi Berjalan"):
        follow_up_next("batal", "berjalan", None)


@pytest.mark.parametrize("outcome", [None, "", "   "])
def test_selesai_needs_an_outcome(outcome) -> None:
    with pytest.raises(InvalidFollowUp, match="setelah hasilnya diisi"):
        follow_up_next(S.BERJALAN, S.SELESAI, outcome)


def test_check_follow_up_cleans_and_validates() -> None:
    assert check_follow_up("penghargaan", "  Piagam  ", "  ") == (K.PENGHARGAAN, "Piagam", None)
    assert check_follow_up(K.PEMBINAAN, "Bimbingan", " Tepat waktu ") == (
        K.PEMBINAAN,
        "Bimbingan",
        "Tepat waktu",
    )
    with pytest.raises(InvalidFollowUp, match="tidak dikenal"):
        check_follow_up("hadiah", "x", None)
    with pytest.raises(InvalidFollowUp, match="Judul tindak lanjut wajib diisi"):
        check_follow_up("pelatihan", "  ", None)
    with pytest.raises(InvalidFollowUp, match="paling banyak 300"):
        check_follow_up("pelatihan", "x" * 301, None)
    with pytest.raises(InvalidFollowUp, match="wajib memiliki tujuan"):
        check_follow_up("pembinaan", "Bimbingan", None)


def test_session_dates_within_reason() -> None:
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    assert check_session_date(date(2027, 2, 1), start, end) == date(2027, 2, 1)
    assert check_session_date(date(2028, 12, 31), start, end) == date(2028, 12, 31)
    with pytest.raises(InvalidFollowUp, match="sebelum awal periode"):
        check_session_date(date(2025, 12, 31), start, end)
    with pytest.raises(InvalidFollowUp, match=r"terlalu jauh \(paling lambat 31 Desember 2028\)"):
        check_session_date(date(2029, 1, 1), start, end)


def test_held_on_not_in_future_nor_before_the_period() -> None:
    start, today = date(2026, 1, 1), date(2026, 6, 1)
    assert check_held_on(today, start, today) == today
    with pytest.raises(InvalidFollowUp, match="masa depan"):
        check_held_on(date(2026, 6, 2), start, today)
    with pytest.raises(InvalidFollowUp, match="sebelum awal periode"):
        check_held_on(date(2025, 6, 2), start, today)
