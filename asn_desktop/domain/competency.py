"""360° competency feedback: the kinds of competency, the rating scale, raters, rounds, aggregation.

A round (*putaran umpan balik 360°*) is opened by the supervisor for one pegawai and one period.
The pegawai (self), chosen peers (*rekan kerja*) and the supervisor rate the seven BerAKHLAK values
and the position's competencies on one scale. Peers are shown to the rated pegawai only in
aggregate and only when at least ``MIN_PEERS_SHOWN`` answered, so no single peer can be recognised.

The rules that depend on who is who within a round (a peer is never the rated pegawai nor the
supervisor; only a listed rater answers) live here too, beside ``domain.permissions``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from asn_desktop.domain.errors import DomainError, InvalidTransition

__all__ = [
    "MAX_COMMENT_CHARS",
    "MIN_PEERS_SHOWN",
    "ROUND_TRANSITIONS",
    "SCALE",
    "CompetencyKind",
    "ItemKind",
    "RaterRelation",
    "RoundClosed",
    "RoundStatus",
    "ScaleLevel",
    "Spread",
    "aggregate",
    "check_comment",
    "check_peers",
    "check_score",
    "ensure_round_open",
    "gap_of",
    "observed_level",
    "peers_visible",
    "round_next",
    "scale_level",
    "spread",
]

MIN_PEERS_SHOWN: Final = 3
"""Peers' answers reach the rated pegawai only when at least this many peers answered."""

MAX_COMMENT_CHARS: Final = 1000


class CompetencyKind(StrEnum):
    """The three groups of a position's competency standard; the value is what storage keeps."""

    TEKNIS = "teknis"
    MANAJERIAL = "manajerial"
    SOSIAL_KULTURAL = "sosial_kultural"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS: Final = {
    CompetencyKind.TEKNIS: "Kompetensi Teknis",
    CompetencyKind.MANAJERIAL: "Kompetensi Manajerial",
    CompetencyKind.SOSIAL_KULTURAL: "Kompetensi Sosial Kultural",
}


class ItemKind(StrEnum):
    """What an answer is about: a BerAKHLAK core value or one of the position's competencies."""

    BERAKHLAK = "berakhlak"
    KOMPETENSI = "kompetensi"


class RaterRelation(StrEnum):
    """How a rater stands to the rated pegawai."""

    DIRI = "diri"
    REKAN = "rekan"
    ATASAN = "atasan"

    @property
    def label(self) -> str:
        return _RELATION_LABELS[self]


_RELATION_LABELS: Final = {
    RaterRelation.DIRI: "Diri Sendiri",
    RaterRelation.REKAN: "Rekan Kerja",
    RaterRelation.ATASAN: "Atasan",
}


@dataclass(frozen=True)
class ScaleLevel:
    score: int
    label: str
    description: str


# The scale is data: an agency that words its levels differently changes this table only.
SCALE: Final[tuple[ScaleLevel, ...]] = (
    ScaleLevel(1, "Sangat Kurang", "belum menunjukkan perilaku atau kemampuan yang diharapkan"),
    ScaleLevel(2, "Kurang", "sesekali menunjukkannya, masih memerlukan bimbingan"),
    ScaleLevel(3, "Cukup", "menunjukkannya secara konsisten dalam tugas sehari-hari"),
    ScaleLevel(4, "Baik", "menunjukkannya dalam situasi sulit dan membantu rekan lain"),
    ScaleLevel(5, "Sangat Baik", "menjadi teladan dan menggerakkan unit kerja"),
)
_SCALE_BY_SCORE: Final = {level.score: level for level in SCALE}
SCALE_MIN: Final = SCALE[0].score
SCALE_MAX: Final = SCALE[-1].score


def scale_level(score: int) -> ScaleLevel:
    """The level of ``score``; a score outside the scale is refused in Indonesian."""
    check_score(score)
    return _SCALE_BY_SCORE[score]


def check_score(score: object, what: str = "Skor") -> int:
    """``score`` as an int of the scale, or a refusal naming the item."""
    if isinstance(score, bool) or not isinstance(score, int) or score not in _SCALE_BY_SCORE:
        raise DomainError(
            f"{what} harus bilangan bulat {SCALE_MIN} sampai {SCALE_MAX}, tertulis {score!r}.",
            code="score_out_of_scale",
        )
    return score


def check_comment(comment: str | None, what: str = "Komentar") -> str | None:
    """A comment stripped, ``None`` when empty; too long a comment is refused."""
    text = (comment or "").strip()
    if len(text) > MAX_COMMENT_CHARS:
        raise DomainError(
            f"{what} terlalu panjang ({len(text)} karakter; paling banyak {MAX_COMMENT_CHARS}).",
            code="comment_too_long",
        )
    return text or None


# -- rounds ---------------------------------------------------------------------------------------


class RoundStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS: Final = {RoundStatus.OPEN: "Terbuka", RoundStatus.CLOSED: "Ditutup"}

ROUND_TRANSITIONS: Final[Mapping[tuple[RoundStatus, str], RoundStatus]] = MappingProxyType(
    {(RoundStatus.OPEN, "close"): RoundStatus.CLOSED}
)
_ACTION_LABELS: Final = {"close": "ditutup"}


class RoundClosed(DomainError):
    """A closed round is the record of what was answered: nobody answers or changes raters any more."""

    code = "round_closed"


def round_next(status: RoundStatus, action: str) -> RoundStatus:
    """The status a round reaches by ``action``; closing a closed round is refused."""
    status = RoundStatus(status)
    if action not in _ACTION_LABELS:
        raise InvalidTransition(f"Tindakan {action!r} tidak dikenal untuk putaran umpan balik")
    try:
        return ROUND_TRANSITIONS[(status, action)]
    except KeyError:
        raise InvalidTransition(
            f"Putaran umpan balik berstatus {status.label} tidak dapat {_ACTION_LABELS[action]} lagi"
        ) from None


def ensure_round_open(status: RoundStatus, what: str = "jawaban tidak dapat diisi atau diubah") -> None:
    """Refuse an act that only an open round allows; ``what`` says which act."""
    if RoundStatus(status) is not RoundStatus.OPEN:
        raise RoundClosed(f"Putaran umpan balik sudah ditutup; {what}.")


def check_peers(subject_id: str, supervisor_id: str | None, peer_ids: Sequence[str]) -> tuple[str, ...]:
    """The chosen peers, in order and without repeats: never the rated pegawai nor the supervisor."""
    peers = tuple(dict.fromkeys(peer_ids))
    if not peers:
        raise DomainError("Pilih paling sedikit satu rekan kerja sebagai penilai.", code="no_peers")
    if subject_id in peers:
        raise DomainError(
            "Pegawai yang dinilai tidak dapat menjadi rekan penilai dirinya sendiri.", code="peer_is_subject"
        )
    if supervisor_id is not None and supervisor_id in peers:
        raise DomainError(
            "Atasan sudah menjadi penilai sebagai atasan; pilih rekan kerja lain.", code="peer_is_supervisor"
        )
    return peers


def counts_as_answered(submitted_at: datetime | None, closed_at: datetime | None) -> bool:
    """Whether a rater's answers count: submitted, and not after the round was closed.

    A laptop offline when the supervisor closed the round can still send answers given later;
    they arrive by sync, but every laptop leaves them out the same way, so the closed round's
    result never changes.
    """
    return submitted_at is not None and (closed_at is None or submitted_at <= closed_at)


def peers_visible(peers_answered: int) -> bool:
    """Whether the peers' answers may be shown to the rated pegawai (aggregated, without names)."""
    return peers_answered >= MIN_PEERS_SHOWN


# -- aggregation ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Spread:
    """The answers of one group to one item: how many, their mean, lowest and highest, and how many
    gave each score of the scale (``distribution[0]`` counts the lowest score)."""

    count: int
    mean: float | None
    low: int | None
    high: int | None
    distribution: tuple[int, ...]


def spread(scores: Iterable[int]) -> Spread:
    values = [check_score(s) for s in scores]
    distribution = tuple(values.count(level.score) for level in SCALE)
    if not values:
        return Spread(0, None, None, None, distribution)
    return Spread(len(values), sum(values) / len(values), min(values), max(values), distribution)


def aggregate(
    answers: Iterable[tuple[str, RaterRelation, int]],
) -> dict[str, dict[RaterRelation, Spread]]:
    """Per item key, the spread of each relation that answered it."""
    scores: dict[str, dict[RaterRelation, list[int]]] = {}
    for item_key, relation, score in answers:
        scores.setdefault(item_key, {}).setdefault(RaterRelation(relation), []).append(score)
    return {
        key: {relation: spread(values) for relation, values in by_relation.items()}
        for key, by_relation in scores.items()
    }


def observed_level(supervisor_scores: Sequence[int], peer_scores: Sequence[int]) -> float | None:
    """The level the others see: the mean of the non-self raters.

    Peers count only when at least ``MIN_PEERS_SHOWN`` answered: a figure the rated pegawai may
    read must not reveal what a single peer said.
    """
    values = [check_score(s) for s in supervisor_scores]
    if peers_visible(len(peer_scores)):
        values += [check_score(s) for s in peer_scores]
    return sum(values) / len(values) if values else None


def gap_of(required_level: int, observed: float | None) -> float | None:
    """Required level minus the observed level: positive is a gap to close, ``None`` when unrated."""
    check_score(required_level, "Level yang dipersyaratkan")
    return None if observed is None else required_level - observed
