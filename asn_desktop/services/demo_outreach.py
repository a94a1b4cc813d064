"""Demo rows of public feedback and follow-up (``seed`` is one of the demo's extra seeders).

Public feedback: each seksi over the last 12 months, from the kiosk and at the counter, 3–20
responses a month, scores weighted towards 4, some naming an employee. Follow-up: for part of the
final annual assessments — a reward for Sangat Baik, a coaching plan with 2–3 sessions for Butuh
Perbaikan and below, a few training recommendations — in mixed statuses.
"""

from __future__ import annotations

import hashlib
import random
from datetime import date, datetime, timedelta
from typing import Any, Final

from asn_desktop.domain.followup import FollowUpKind, FollowUpStatus
from asn_desktop.domain.ids import new_id
from asn_desktop.domain.public_feedback import Channel
from asn_desktop.domain.rating import Predikat
from asn_desktop.services.context import SYSTEM_USER
from asn_desktop.store import models as m

DemoRows = dict[type[m.Synced], list[dict[str, Any]]]

# A large demo keeps its cost bounded: the first seksi get the full year of responses.
MAX_UNITS_WITH_FEEDBACK: Final = 60
_CHANNELS: Final = (Channel.KIOSK, Channel.LANGSUNG, Channel.DARING, Channel.TELEPON, Channel.SURAT)
_CHANNEL_WEIGHTS: Final = (55, 30, 8, 5, 2)
_SCORE_WEIGHTS: Final = (2, 5, 15, 50, 28)
_COMMENTS: Final = (
    "Pelayanan cepat dan ramah.",
    "Petugas menjelaskan persyaratan dengan jelas.",
    "Antrean terlalu lama.",
    "Ruang tunggu nyaman.",
    "Mohon informasi di papan pengumuman diperbarui.",
    "Terima kasih, urusan selesai hari ini.",
    "Petugas sulit dihubungi lewat telepon.",
)
_COACHING: Final = (
    ("Bimbingan penyusunan laporan", "Laporan bulanan selesai tepat waktu dan lengkap"),
    ("Pendampingan disiplin kerja", "Kehadiran dan ketepatan waktu sesuai ketentuan"),
    ("Bimbingan kualitas layanan", "Keluhan layanan berkurang separuhnya"),
)
_REWARDS: Final = ("Piagam penghargaan kinerja", "Usulan pegawai teladan", "Kesempatan tugas belajar")
_TRAININGS: Final = ("Pelatihan analisis data", "Pelatihan pelayanan prima", "Pelatihan penulisan laporan")


def _months_back(now: datetime, n: int) -> list[tuple[date, date]]:
    """(first day, last day) of the last ``n`` months, this month last, never past today."""
    out = []
    year, month = now.year, now.month
    for _ in range(n):
        first = date(year, month, 1)
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        out.append((first, min(nxt - timedelta(days=1), now.date())))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return out[::-1]


def _public_feedback(rows: DemoRows, rng: random.Random, now: datetime) -> None:
    units = [u["id"] for u in rows.get(m.Unit, []) if str(u["name"]).startswith("Seksi")]
    staff: dict[str, list[str]] = {}
    for e in rows.get(m.Employee, []):
        staff.setdefault(e["unit_id"], []).append(e["id"])
    out = rows.setdefault(m.PublicFeedback, [])
    months = _months_back(now, 12)
    for unit in units[:MAX_UNITS_WITH_FEEDBACK]:
        people = staff.get(unit, [])
        for first, last in months:
            span = (last - first).days
            for _ in range(rng.randint(3, 20)):
                channel = rng.choices(_CHANNELS, _CHANNEL_WEIGHTS)[0]
                fid = new_id()
                out.append(
                    {
                        "id": fid,
                        "unit_id": unit,
                        "employee_id": rng.choice(people) if people and rng.random() < 0.5 else None,
                        "received_on": first + timedelta(days=rng.randint(0, span)),
                        "channel": channel.value,
                        "score": rng.choices(range(1, 6), _SCORE_WEIGHTS)[0],
                        "comment": rng.choice(_COMMENTS) if rng.random() < 0.4 else None,
                        "recorded_by": SYSTEM_USER,
                        "recorded_at": now,
                        # Kiosk rows came from an import: they carry the key that stops a re-import.
                        "source_key": hashlib.sha256(fid.encode()).hexdigest()
                        if channel is Channel.KIOSK
                        else None,
                    }
                )


def _kind_for(predikat: Predikat, rng: random.Random) -> FollowUpKind | None:
    """Every low predikat gets a coaching plan, most Sangat Baik a reward, a few Baik a training."""
    if predikat is Predikat.SANGAT_BAIK:
        return FollowUpKind.PENGHARGAAN if rng.random() < 0.8 else None
    if predikat is Predikat.BAIK:
        return FollowUpKind.PELATIHAN if rng.random() < 0.15 else None
    return FollowUpKind.PEMBINAAN


def _follow_up(
    rows: DemoRows, rng: random.Random, now: datetime, assessment: dict[str, Any], kind: FollowUpKind
) -> None:
    today = now.date()
    status = rng.choices(list(FollowUpStatus), (35, 40, 20, 5))[0]
    title, goal = rng.choice(_COACHING) if kind is FollowUpKind.PEMBINAAN else (None, None)
    if kind is FollowUpKind.PENGHARGAAN:
        title = rng.choice(_REWARDS)
    elif kind is FollowUpKind.PELATIHAN:
        title = rng.choice(_TRAININGS)
    fid = new_id()
    rows.setdefault(m.FollowUp, []).append(
        {
            "id": fid,
            "assessment_id": assessment["id"],
            "employee_id": assessment["employee_id"],
            "kind": kind.value,
            "title": title,
            "goal": goal,
            "competency_id": None,
            "status": status.value,
            "due_on": today + timedelta(days=rng.randint(30, 120)),
            "outcome": "Tercapai sesuai rencana" if status is FollowUpStatus.SELESAI else None,
            "created_by": assessment["assessor_id"],
            "created_at": now,
            "updated_at": now,
        }
    )
    if kind is not FollowUpKind.PEMBINAAN:
        return
    start = today - timedelta(days=rng.randint(20, 50))
    for n in range(rng.randint(2, 3)):
        planned = start + timedelta(days=21 * n)
        held = planned if planned <= today and status is not FollowUpStatus.RENCANA else None
        rows.setdefault(m.FollowUpSession, []).append(
            {
                "id": new_id(),
                "follow_up_id": fid,
                "planned_on": planned,
                "held_on": held,
                "note": "Sesi berjalan baik; rencana perbaikan disepakati" if held else None,
            }
        )


def seed(rows: DemoRows, rng: random.Random, now: datetime, year: int) -> None:
    """Add the demo's public feedback and follow-up rows to ``rows`` (see demo.build_demo)."""
    _public_feedback(rows, rng, now)
    annual = str(year)
    for a in rows.get(m.Assessment, []):
        if a["status"] != "final" or a["period_key"] != annual or not a.get("assessor_id"):
            continue
        kind = _kind_for(Predikat(a["predikat"]), rng)
        if kind is not None:
            _follow_up(rows, rng, now, a, kind)
