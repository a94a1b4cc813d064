"""Demo rows of the 360° part: each position's competencies, and rounds in the latest quarter.

Rounds are made for the first two members of every team of four or more (capped, so a demo of
10,000 employees stays cheap): the pegawai, the supervisor and three to five teammates as peers.
About half are closed; in the first round only two peers answered, so the pegawai's view shows
the "not enough peers" notice.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any, Final

from asn_desktop.domain.berakhlak import CORE_VALUES
from asn_desktop.domain.competency import CompetencyKind, ItemKind, RaterRelation, RoundStatus
from asn_desktop.domain.ids import new_id
from asn_desktop.domain.period import PeriodKind, periods_of_year
from asn_desktop.store import models as m

Rows = dict[type[m.Synced], list[dict[str, Any]]]

MAX_ROUNDS: Final = 150
_TEKNIS: Final = (
    ("Analisis Kebijakan", "Mengkaji masalah dan menyusun rekomendasi kebijakan"),
    ("Pengelolaan Data dan Informasi", "Menghimpun, mengolah dan menyajikan data kinerja"),
    ("Penyusunan Laporan Kinerja", "Menyusun laporan yang tepat waktu dan akurat"),
    ("Perencanaan Program dan Anggaran", "Menyusun rencana kegiatan dan kebutuhan anggaran"),
    ("Pengelolaan Arsip", "Menata dan menjaga arsip dinamis unit kerja"),
    ("Pelayanan Administrasi", "Melayani permohonan administrasi sesuai standar"),
)
_MANAJERIAL: Final = (
    "Integritas",
    "Kerja Sama",
    "Komunikasi",
    "Orientasi pada Hasil",
    "Pelayanan Publik",
    "Pengembangan Diri dan Orang Lain",
    "Mengelola Perubahan",
    "Pengambilan Keputusan",
)
_COMMENTS: Final = (
    "Konsisten dan dapat diandalkan.",
    "Perlu lebih aktif berbagi informasi dengan tim.",
    "Sangat membantu rekan yang baru bergabung.",
    "Kadang terlambat menyelesaikan laporan.",
    "Komunikasi dengan pemangku kepentingan baik.",
)


def _competencies(rows: Rows, rng: random.Random) -> dict[str, list[str]]:
    """2–4 competencies per position across the three kinds, required levels 2–4."""
    by_position: dict[str, list[str]] = {}
    out = rows.setdefault(m.PositionCompetency, [])
    for pos in rows.get(m.Position, []):
        teknis, what = rng.choice(_TEKNIS)
        chosen: list[tuple[CompetencyKind, str, str | None]] = [(CompetencyKind.TEKNIS, teknis, what)]
        chosen += [(CompetencyKind.MANAJERIAL, n, None) for n in rng.sample(_MANAJERIAL, rng.randint(1, 2))]
        if rng.random() < 0.5:
            chosen.append((CompetencyKind.SOSIAL_KULTURAL, "Perekat Bangsa", None))
        for kind, name, description in chosen:
            cid = new_id()
            out.append(
                {
                    "id": cid,
                    "position_id": pos["id"],
                    "kind": kind.value,
                    "name": name,
                    "required_level": rng.randint(2, 4),
                    "description": description,
                }
            )
            by_position.setdefault(pos["id"], []).append(cid)
    return by_position


def _answers(rows: Rows, rng: random.Random, rater_row: str, items: list[tuple[str, str]], base: int) -> None:
    out = rows.setdefault(m.FeedbackAnswer, [])
    for kind, key in items:
        out.append(
            {
                "id": new_id(),
                "rater_row_id": rater_row,
                "item_kind": kind,
                "item_key": key,
                "score": max(1, min(5, base + rng.choice((-1, 0, 0, 1)))),
                "comment": rng.choice(_COMMENTS) if rng.random() < 0.15 else None,
            }
        )


def seed(rows: Rows, rng: random.Random, now: datetime, year: int) -> None:
    comps = _competencies(rows, rng)
    quarters = periods_of_year(year, PeriodKind.QUARTERLY)
    period = ([q for q in quarters if q.end < now.date()] or quarters[:1])[-1]
    teams: dict[str, list[dict[str, Any]]] = {}
    for emp in rows.get(m.Employee, []):
        if emp["supervisor_id"] and emp["active"]:
            teams.setdefault(emp["supervisor_id"], []).append(emp)
    made = 0
    for boss, team in teams.items():
        if len(team) < 4:
            continue
        for subject in team[:2]:
            if made == MAX_ROUNDS:
                return
            peers = [e["id"] for e in team if e is not subject]
            peers = rng.sample(peers, min(len(peers), rng.randint(3, 5)))
            _round(
                rows,
                rng,
                now=now,
                period_key=period.key,
                subject=subject,
                boss=boss,
                peers=peers,
                comps=comps,
                first=made == 0,
            )
            made += 1


def _round(
    rows: Rows,
    rng: random.Random,
    *,
    now: datetime,
    period_key: str,
    subject: dict[str, Any],
    boss: str,
    peers: list[str],
    comps: dict[str, list[str]],
    first: bool,
) -> None:
    closed = first or rng.random() < 0.5
    round_id = new_id()
    rows.setdefault(m.FeedbackRound, []).append(
        {
            "id": round_id,
            "employee_id": subject["id"],
            "period_key": period_key,
            "opened_by": boss,
            "status": (RoundStatus.CLOSED if closed else RoundStatus.OPEN).value,
            "opened_at": now - timedelta(days=21),
            "closed_at": now - timedelta(days=2) if closed else None,
            "note": None,
        }
    )
    items = [(ItemKind.BERAKHLAK.value, cv.key) for cv in CORE_VALUES]
    items += [(ItemKind.KOMPETENSI.value, cid) for cid in comps.get(subject["position_id"] or "", [])]
    raters = [(subject["id"], RaterRelation.DIRI), (boss, RaterRelation.ATASAN)]
    raters += [(p, RaterRelation.REKAN) for p in peers]
    _raters(rows, rng, now=now, round_id=round_id, raters=raters, items=items, closed=closed, first=first)


def _raters(
    rows: Rows,
    rng: random.Random,
    *,
    now: datetime,
    round_id: str,
    raters: list[tuple[str, RaterRelation]],
    items: list[tuple[str, str]],
    closed: bool,
    first: bool,
) -> None:
    """Who answered: in a closed round self and supervisor always and most peers; in the first
    round exactly two peers."""
    base = rng.choice((3, 3, 4, 4, 2))
    peers_answered = 0
    for rater_id, relation in raters:
        if relation is RaterRelation.REKAN:
            answers = peers_answered < 2 if first else rng.random() < (0.9 if closed else 0.5)
            peers_answered += answers
        else:
            answers = closed or rng.random() < 0.6
        row_id = new_id()
        rows.setdefault(m.FeedbackRater, []).append(
            {
                "id": row_id,
                "round_id": round_id,
                "rater_id": rater_id,
                "relation": relation.value,
                "submitted_at": now - timedelta(days=rng.randint(3, 18)) if answers else None,
            }
        )
        if answers:
            bias = 1 if relation is RaterRelation.DIRI and rng.random() < 0.6 else 0
            _answers(rows, rng, row_id, items, min(5, base + bias))
