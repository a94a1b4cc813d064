import pytest

from asn_desktop.domain.competency import (
    MAX_COMMENT_CHARS,
    MIN_PEERS_SHOWN,
    SCALE,
    CompetencyKind,
    ItemKind,
    RaterRelation,
    RoundClosed,
    RoundStatus,
    Spread,
    aggregate,
    check_comment,
    check_peers,
    check_score,
    ensure_round_open,
    gap_of,
    observed_level,
    peers_visible,
    round_next,
    scale_level,
    spread,
)
from asn_desktop.domain.errors import DomainError, InvalidTransition


def test_kinds_relations_and_statuses_have_indonesian_labels() -> None:
    assert [k.label for k in CompetencyKind] == [
        "Kompetensi Teknis",
        "Kompetensi Manajerial",
        "Kompetensi Sosial Kultural",
    ]
    assert [r.label for r in RaterRelation] == ["Diri Sendiri", "Rekan Kerja", "Atasan"]
    assert [s.label for s in RoundStatus] == ["Terbuka", "Ditutup"]
    assert [k.value for k in ItemKind] == ["berakhlak", "kompetensi"]


def test_scale_is_one_to_five_with_labels() -> None:
    assert [level.score for level in SCALE] == [1, 2, 3, 4, 5]
    assert scale_level(1).label == "Sangat Kurang"
    assert scale_level(5).label == "Sangat Baik"
    assert all(level.description for level in SCALE)


@pytest.mark.parametrize("bad", [0, 6, -1, 2.5, "3", None, True])
def test_scores_outside_the_scale_are_refused(bad: object) -> None:
    with pytest.raises(DomainError, match="bilangan bulat 1 sampai 5") as info:
        check_score(bad, "Skor Akuntabel")
    assert info.value.code == "score_out_of_scale"
    assert "Skor Akuntabel" in info.value.message


def test_comment_is_optional_stripped_and_bounded() -> None:
    assert check_comment(None) is None
    assert check_comment("   ") is None
    assert check_comment("  baik  ") == "baik"
    assert check_comment("x" * MAX_COMMENT_CHARS) == "x" * MAX_COMMENT_CHARS
    with pytest.raises(DomainError, match="terlalu panjang .1001 karakter; paling banyak 1000"):
        check_comment("x" * (MAX_COMMENT_CHARS + 1))


def test_a_round_closes_once() -> None:
    assert round_next(RoundStatus.OPEN, "close") is RoundStatus.CLOSED
    with pytest.raises(InvalidTransition, match="berstatus Ditutup tidak dapat ditutup lagi"):
        round_next(RoundStatus.CLOSED, "close")
    with pytest.raises(InvalidTransition, match="tidak dikenal"):
        round_next(RoundStatus.OPEN, "reopen")


def test_answers_only_while_open() -> None:
    ensure_round_open(RoundStatus.OPEN)
    with pytest.raises(RoundClosed, match="sudah ditutup; jawaban tidak dapat diisi"):
        ensure_round_open(RoundStatus.CLOSED)
    with pytest.raises(RoundClosed, match="rekan tidak dapat ditambah"):
        ensure_round_open("closed", "rekan tidak dapat ditambah")


def test_peers_are_never_the_subject_nor_the_supervisor() -> None:
    assert check_peers("s", "boss", ["a", "b", "a"]) == ("a", "b")
    assert check_peers("s", None, ["a"]) == ("a",)
    with pytest.raises(DomainError, match="paling sedikit satu rekan") as info:
        check_peers("s", "boss", [])
    assert info.value.code == "no_peers"
    with pytest.raises(DomainError, match="rekan penilai dirinya sendiri"):
        check_peers("s", "boss", ["a", "s"])
    with pytest.raises(DomainError, match="sebagai atasan"):
        check_peers("s", "boss", ["boss"])


def test_peers_shown_from_three() -> None:
    assert MIN_PEERS_SHOWN == 3
    assert not peers_visible(2)
    assert peers_visible(3)


def test_spread_counts_mean_extremes_and_distribution() -> None:
    assert spread([4, 2, 4]) == Spread(3, 10 / 3, 2, 4, (0, 1, 0, 2, 0))
    assert spread([]) == Spread(0, None, None, None, (0, 0, 0, 0, 0))
    with pytest.raises(DomainError):
        spread([7])


def test_aggregate_per_item_and_relation() -> None:
    result = aggregate(
        [
            ("akuntabel", RaterRelation.REKAN, 3),
            ("akuntabel", RaterRelation.REKAN, 5),
            ("akuntabel", RaterRelation.ATASAN, 4),
            ("c1", "diri", 2),
        ]
    )
    assert result["akuntabel"][RaterRelation.REKAN].mean == 4
    assert result["akuntabel"][RaterRelation.ATASAN].count == 1
    assert set(result["c1"]) == {RaterRelation.DIRI}


def test_observed_level_counts_peers_only_from_three() -> None:
    assert observed_level([4], [1, 1]) == 4
    assert observed_level([4], [1, 1, 1]) == pytest.approx(1.75)
    assert observed_level([], [2, 3, 4]) == 3
    assert observed_level([], [2]) is None


def test_gap_is_required_minus_observed() -> None:
    assert gap_of(4, 3.0) == 1.0
    assert gap_of(2, 3.5) == -1.5
    assert gap_of(3, None) is None
    with pytest.raises(DomainError, match="Level yang dipersyaratkan"):
        gap_of(9, 3.0)


def test_answers_count_only_when_submitted_before_the_close() -> None:
    from datetime import datetime

    from asn_desktop.domain.competency import counts_as_answered

    close = datetime(2026, 9, 10, 8, 0)
    assert not counts_as_answered(None, None)
    assert not counts_as_answered(None, close)
    assert counts_as_answered(datetime(2026, 9, 1), None), "an open round counts every submitted answer"
    assert counts_as_answered(datetime(2026, 9, 10, 8, 0), close)
    assert not counts_as_answered(datetime(2026, 9, 11), close), "given after the close, e.g. offline"
