"""Demo rows of the daily work log: a few weeks of entries for some employees, a few comments.

About one employee in ten with an approved SKP gets 5–15 entries over the last four weeks on
indicators of that SKP; one in ten of their entries carries a file the demo already stored as
evidence (same blob, no new file); some supervisors commented on a week.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from asn_desktop.domain.ids import new_id
from asn_desktop.domain.worklog import week_start
from asn_desktop.store import models as m

Rows = dict[type[m.Synced], list[dict[str, Any]]]

SHARE = 0.10
DAYS_BACK = 28
ACTIVITIES = (
    "Menyusun draf {x}",
    "Memeriksa kelengkapan {x}",
    "Rapat koordinasi tentang {x}",
    "Memperbarui data {x}",
    "Mengolah masukan untuk {x}",
    "Menyampaikan {x} kepada atasan",
    "Mendampingi pemohon terkait {x}",
)
SUBJECTS = (
    "laporan bulanan",
    "surat dinas",
    "rekap kehadiran",
    "dokumen anggaran",
    "usulan kegiatan",
    "notulen",
)
COMMENTS = (
    "Pekan yang produktif, pertahankan.",
    "Mohon lampirkan bukti untuk kegiatan rapat.",
    "Perhatikan tenggat laporan bulanan.",
)


def _indicators_by_employee(rows: Rows) -> dict[str, list[tuple[str, bool]]]:
    """(indicator id, quantitative) of each employee's approved SKP."""
    skp_owner = {s["id"]: s["employee_id"] for s in rows.get(m.Skp, []) if s["status"] == "approved"}
    rhk_owner = {r["id"]: skp_owner[r["skp_id"]] for r in rows.get(m.Rhk, []) if r["skp_id"] in skp_owner}
    result: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for ind in rows.get(m.Indicator, []):
        owner = rhk_owner.get(ind["rhk_id"])
        if owner is not None:
            result[owner].append((ind["id"], ind["target_value"] is not None))
    return result


def _days(now: datetime, year: int) -> list[date]:
    today = now.date()
    days = [today - timedelta(days=n) for n in range(DAYS_BACK)]
    return [d for d in days if d.year == year and d.weekday() < 5] or [date(year, 1, 2)]


def seed(rows: Rows, rng: random.Random, now: datetime, year: int) -> None:
    indicators = _indicators_by_employee(rows)
    supervisor = {e["id"]: e["supervisor_id"] for e in rows.get(m.Employee, [])}
    evidence = rows.get(m.Evidence, [])
    days = _days(now, year)
    entries, comments = rows.setdefault(m.WorklogEntry, []), rows.setdefault(m.WorklogComment, [])
    for employee_id in sorted(indicators):
        if rng.random() >= SHARE:
            continue
        weeks: set[date] = set()
        for _ in range(rng.randint(5, 15)):
            indicator_id, quantitative = rng.choice(indicators[employee_id])
            day = rng.choice(days)
            weeks.add(week_start(day))
            entry: dict[str, Any] = {
                "id": new_id(),
                "employee_id": employee_id,
                "indicator_id": indicator_id,
                "work_date": day,
                "text": rng.choice(ACTIVITIES).format(x=rng.choice(SUBJECTS)),
                "quantity": float(rng.randint(1, 3)) if quantitative else None,
                "evidence_filename": None,
                "evidence_mime": None,
                "evidence_size": None,
                "evidence_sha256": None,
                "realisation_id": None,
                "created_at": datetime.combine(day, datetime.min.time())
                + timedelta(hours=rng.randint(8, 16)),
            }
            entry["updated_at"] = entry["created_at"]
            if evidence and rng.random() < 0.1:
                ev = rng.choice(evidence)
                entry.update(
                    evidence_filename=ev["filename"],
                    evidence_mime=ev["mime"],
                    evidence_size=ev["size"],
                    evidence_sha256=ev["sha256"],
                )
            entries.append(entry)
        boss = supervisor.get(employee_id)
        if boss and rng.random() < 0.3:
            comments.append(
                {
                    "id": new_id(),
                    "employee_id": employee_id,
                    "week_start": max(weeks),
                    "entry_id": None,
                    "author_id": boss,
                    "text": rng.choice(COMMENTS),
                    "created_at": now,
                }
            )
