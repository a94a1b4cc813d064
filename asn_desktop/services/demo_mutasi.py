"""The demo's mutasi: one pegawai moves to another pejabat penilai after the last past quarter.
His SKP of the year ends the day before (its quarters stay evaluated by the old penilai); a new
draft SKP covers the rest of the year under the new one (``services.mutasi``). ``demo_authors``
logs it in that order: the old supervisor first, then the admin's mutasi, then the new SKP."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from asn_desktop.domain.ids import new_id
from asn_desktop.domain.period import PeriodKind, periods_of_year
from asn_desktop.store import models as m

Rows = dict[type[m.Synced], list[dict[str, Any]]]


def mutasi_day(now: datetime, year: int) -> date | None:
    """The day after the last past quarter (the first quarter's end when none is past yet)."""
    quarters = periods_of_year(year, PeriodKind.QUARTERLY)
    past = [q for q in quarters if q.end < now.date()] or quarters[:1]
    day = past[-1].end + timedelta(days=1)
    return day if day.year == year else None


def _candidate(rows: Rows, year: int, taken: set[str]) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(SKP, its draft annual assessment) of a pegawai led by someone, with nothing hanging on it."""
    annual = str(year)
    drafts = {
        a["employee_id"]: a
        for a in rows.get(m.Assessment, [])
        if a["period_key"] == annual and a["status"] == "draft" and not a.get("objection")
    }
    hanging = {f["assessment_id"] for f in rows.get(m.FollowUp, [])}
    hanging |= {o["assessment_id"] for o in rows.get(m.Objection, [])}
    led = {e.get("supervisor_id") for e in rows.get(m.Employee, [])}
    for s in sorted(rows.get(m.Skp, []), key=lambda s: s["id"]):
        a = drafts.get(s["employee_id"])
        ok = s["year"] == year and s["status"] == "approved" and s.get("penilai_id")
        if ok and a and a["id"] not in hanging and s["employee_id"] not in led | taken:
            return s, a
    return None


def seed(rows: Rows, rng: random.Random, now: datetime, year: int) -> None:
    skps = rows.get(m.Skp, [])
    for s in skps:  # every SKP row carries the columns (one bulk insert)
        s.setdefault("start_on", None)
        s.setdefault("end_on", None)
    day = mutasi_day(now, year)
    leaders = {e["skp_id"] for e in rows.get(m.RoleMatrixEntry, [])}  # keep the matrix as it is
    taken = {r["employee_id"] for r in rows.get(m.RoleMatrixEntry, [])}
    found = _candidate(rows, year, taken) if day else None
    if found is None or day is None:
        return
    old, annual = found
    employees = {e["id"]: e for e in rows.get(m.Employee, [])}
    rhks = rows.get(m.Rhk, [])
    targets = [
        s
        for s in sorted(skps, key=lambda s: s["id"])
        if s["year"] == year
        and s["status"] == "approved"
        and s["employee_id"] not in (old["employee_id"], old["penilai_id"])
        and s["id"] not in leaders
        and any(e.get("supervisor_id") == s["employee_id"] for e in employees.values())
        and any(r["skp_id"] == s["id"] and r["kind"] == "utama" for r in rhks)
    ]
    if not targets:
        return
    boss_skp = targets[0]
    emp = employees[old["employee_id"]]
    parent = next(r for r in rhks if r["skp_id"] == boss_skp["id"] and r["kind"] == "utama")
    rows[m.Assessment].remove(annual)  # the year is evaluated against the new SKP, not yet approved
    old["end_on"] = day - timedelta(days=1)
    emp["supervisor_id"] = boss_skp["employee_id"]
    new_skp = {
        **old,
        "id": new_id(),
        "version": max(s["version"] for s in skps if s["employee_id"] == emp["id"] and s["year"] == year) + 1,
        "status": "draft",
        "penilai_id": boss_skp["employee_id"],
        "submitted_at": None,
        "approved_at": None,
        "review_note": None,
        "content_hash": None,
        "start_on": day,
        "end_on": None,
    }
    skps.append(new_skp)
    template = next(r for r in rhks if r["skp_id"] == old["id"])
    rhk = {
        **template,
        "id": new_id(),
        "skp_id": new_skp["id"],
        "kind": "utama",
        "text": "Terlaksananya tugas pada unit kerja baru sesuai arahan pimpinan",
        "parent_rhk_id": parent["id"],
        "position": 0,
    }
    rhks.append(rhk)
    ind_template = next(i for i in rows[m.Indicator] if i["rhk_id"] == template["id"])
    rows[m.Indicator].append({**ind_template, "id": new_id(), "rhk_id": rhk["id"], "position": 0})
