"""The demo's Matriks Pembagian Peran dan Hasil: one leader shares his RHK out among his staff,
as their SKP already intervene them (the first pegawai on a result answers for it)."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import datetime
from typing import Any

from asn_desktop.domain.ids import new_id
from asn_desktop.domain.matrix import MatrixRole
from asn_desktop.store import models as m

Rows = dict[type[m.Synced], list[dict[str, Any]]]


def seed(rows: Rows, rng: random.Random, now: datetime, year: int) -> None:
    skps = {s["id"]: s for s in rows.get(m.Skp, []) if s["year"] == year and s["status"] != "superseded"}
    rhk_skp = {r["id"]: r["skp_id"] for r in rows.get(m.Rhk, [])}
    supervisor = {e["id"]: e.get("supervisor_id") for e in rows.get(m.Employee, [])}
    taken: dict[str, dict[str, list[str]]] = defaultdict(
        lambda: defaultdict(list)
    )  # leader skp → rhk → staff
    for r in rows.get(m.Rhk, []):
        own, parent = skps.get(r["skp_id"]), r.get("parent_rhk_id")
        leader_skp = skps.get(rhk_skp.get(parent, "")) if parent else None
        if own and leader_skp and supervisor.get(own["employee_id"]) == leader_skp["employee_id"]:
            staff = taken[leader_skp["id"]][str(parent)]
            if own["employee_id"] not in staff:
                staff.append(own["employee_id"])
    if not taken:
        return
    chosen = max(sorted(taken), key=lambda s: sum(len(v) for v in taken[s].values()))
    out = rows.setdefault(m.RoleMatrixEntry, [])
    for rhk_id, staff in sorted(taken[chosen].items()):
        for n, employee_id in enumerate(staff):
            role = MatrixRole.PENANGGUNG_JAWAB if n == 0 else MatrixRole.ANGGOTA
            out.append(
                {
                    "id": new_id(),
                    "skp_id": chosen,
                    "rhk_id": rhk_id,
                    "employee_id": employee_id,
                    "role": role.value,
                    "hasil": "Laporan pelaksanaan bagian tugasnya"
                    if n
                    else "Hasil kerja tersusun tepat waktu",
                }
            )
