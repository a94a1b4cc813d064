"""The year's (or a period's) results in the shape SIASN takes, for HR to upload or an integration to post.

One JSON object per final or signed evaluation, in the body of SIASN's ``skp22/save`` (annual) or
``kinerjaperiodik/save`` (periodic) with exactly the field names of DOMAIN.md §7, under
``OUT/skp22/`` or ``OUT/kinerjaperiodik/``; the numeric codes come from
``resources/siasn/codes.json`` (not published by BKN: configuration, never constants). Beside them
an XLSX lists every evaluation for HR to review, with what was not exported and why. No network.

The same data gives the same bytes: JSON is written with a fixed layout and an unchanged file is
not rewritten, the XLSX is deterministic (``tabular.writing``). The export is audited (how many
files, and a hash of what they hold).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select

from asn_desktop.atomic import atomic_writer
from asn_desktop.domain.period import Period, PeriodKind
from asn_desktop.domain.permissions import can_manage_master_data, require
from asn_desktop.domain.rating import Predikat, Rating
from asn_desktop.progress import CancelToken, ProgressSink, null_progress
from asn_desktop.resources import resource_path
from asn_desktop.services.context import AppContext
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Assessment, Employee, Position, Unit
from asn_desktop.store.queries import is_current_assessment
from asn_desktop.tabular import Sheet
from asn_desktop.tabular.writing import xlsx_bytes

__all__ = ["SiasnRecord", "export_siasn", "siasn_period", "siasn_records"]

REVIEW_HEADER = (
    "NIP",
    "Nama",
    "Periode",
    "Predikat",
    "Rating hasil kerja",
    "Rating perilaku kerja",
    "hasilKinerjaNilai",
    "perilakuKerjaNilai",
    "kuadranKinerjaNilai",
    "Pejabat penilai",
    "Berkas",
    "Catatan",
)


@cache
def codes() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("siasn/codes.json").read_text(encoding="utf-8"))
    return data


@dataclass(frozen=True)
class SiasnRecord:
    """One evaluation: its SIASN body, or why it cannot be sent (``body`` None)."""

    nip: str
    name: str
    period: Period
    predikat: str
    body: dict[str, Any] | None
    note: str = ""
    ratings: tuple[str, str] = ("", "")

    @property
    def service(self) -> str:
        return "skp22" if self.period.kind is PeriodKind.ANNUAL else "kinerjaperiodik"

    @property
    def filename(self) -> str:
        return f"{self.service}/{self.nip}-{self.period.key}.json"


def siasn_period(year: int, period: str | None) -> Period:
    """The annual period of ``year``, or ``period`` (``2026-Q1`` or ``Q1``) within it."""
    if not period:
        return Period(year, PeriodKind.ANNUAL)
    parsed = Period.parse(period if period[:4].isdigit() else f"{year}-{period}")
    if parsed.year != year:
        raise ValueError(f"Periode {parsed.label} bukan bagian tahun {year}.")
    return parsed


def _body(
    a: Assessment, emp: Employee, boss: Employee | None, names: dict[str, str], period: Period
) -> dict[str, Any]:
    table = codes()
    assert boss is not None
    body: dict[str, Any] = {
        "hasilKinerjaNilai": table["rating"][Rating(a.rating_hasil or "").value],
        "perilakuKerjaNilai": table["rating"][Rating(a.rating_perilaku or "").value],
        "kuadranKinerjaNilai": table["kuadran"][Predikat(a.predikat or "").value],
        "penilaiNipNrp": boss.nip,
        "penilaiNama": boss.name,
        "penilaiGolongan": table["golongan"].get(boss.golongan or "", ""),
        "penilaiJabatan": names.get(boss.position_id or "", ""),
        "penilaiUnorNama": names[boss.unit_id],
        "statusPenilai": table["status_penilai"]["ASN"],
        "pnsDinilaiOrang": emp.siasn_id or emp.nip,
        "tahun": period.year,
    }
    if period.kind is not PeriodKind.ANNUAL:
        body |= {
            "bulanMulaiPenilaian": period.start.month,
            "bulanSelesaiPenilaian": period.end.month,
            "tahunMulaiPenilaian": period.start.year,
            "tahunSelesaiPenilaian": period.end.year,
            "periodikId": table["periodik"][period.kind.value],
        }
    return body


def _record(
    a: Assessment, emp: Employee, people: dict[str, Employee], names: dict[str, str], period: Period
) -> SiasnRecord:
    boss = people.get(a.assessor_id or "") or people.get(emp.supervisor_id or "")
    predikat = Predikat(a.predikat).label if a.predikat else ""
    ratings = (
        Rating(a.rating_hasil).label if a.rating_hasil else "",
        Rating(a.rating_perilaku).label if a.rating_perilaku else "",
    )
    base = SiasnRecord(emp.nip, emp.name, period, predikat, None, "", ratings)
    if boss is None:
        return replace(base, note="tidak diekspor: pejabat penilai tidak ada")
    if not (a.rating_hasil and a.rating_perilaku and a.predikat):
        return replace(base, note="tidak diekspor: rating belum lengkap")
    notes = [] if emp.siasn_id else ["PNS ID SIASN belum ada: NIP dipakai sebagai pnsDinilaiOrang"]
    if boss.golongan and boss.golongan not in codes()["golongan"]:
        notes.append(f"golongan penilai {boss.golongan!r} tidak ada di tabel kode")
    return replace(base, body=_body(a, emp, boss, names, period), note="; ".join(notes))


def siasn_records(ctx: AppContext, *, year: int, period: str | None = None) -> list[SiasnRecord]:
    """Every final or signed evaluation of the period, by NIP, as SIASN would receive it."""
    require(can_manage_master_data(ctx.actor), "mengekspor hasil kinerja ke SIASN")
    target = siasn_period(year, period)
    with read_session(ctx) as session:
        rows = session.scalars(
            select(Assessment).where(
                Assessment.period_key == target.key,
                Assessment.status.in_(("final", "signed")),
                is_current_assessment(),  # after a mutasi, the SKP in force at the period's end
            )
        ).all()
        people = {e.id: e for e in session.scalars(select(Employee))}
        names: dict[str, str] = {uid: name for uid, name in session.execute(select(Unit.id, Unit.name))}
        names |= {pid: name for pid, name in session.execute(select(Position.id, Position.name))}
        records = [_record(a, people[a.employee_id], people, names, target) for a in rows]
    return sorted(records, key=lambda r: r.nip)


def _json(body: dict[str, Any]) -> bytes:
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _write_if_changed(path: Path, data: bytes) -> None:
    if path.is_file() and path.read_bytes() == data:
        return  # same bytes already there: a re-export leaves the file as it is
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_writer(path, 0o600) as fh:
        fh.write(data)


def _review_row(r: SiasnRecord) -> list[str | int | None]:
    b = r.body or {}
    return [
        r.nip,
        r.name,
        r.period.label,
        r.predikat,
        *r.ratings,
        b.get("hasilKinerjaNilai"),
        b.get("perilakuKerjaNilai"),
        b.get("kuadranKinerjaNilai"),
        b.get("penilaiNama", ""),
        r.filename if r.body else "",
        r.note,
    ]


def export_siasn(
    ctx: AppContext,
    *,
    year: int,
    out: Path,
    period: str | None = None,
    progress: ProgressSink = null_progress,
    token: CancelToken | None = None,
) -> list[SiasnRecord]:
    """Write the JSON bodies and the review XLSX under ``out``; returns every record (sent or not)."""
    token = token or CancelToken()
    records = siasn_records(ctx, year=year, period=period)
    target = siasn_period(year, period)
    digest = hashlib.sha256()
    sent = [r for r in records if r.body is not None]
    for n, r in enumerate(sent, start=1):
        if n % 100 == 0:
            token.check()
            progress(n, len(sent), "Menulis berkas SIASN")
        data = _json(r.body or {})
        digest.update(r.filename.encode() + b"\0" + data)
        _write_if_changed(out / r.filename, data)
    token.check()
    review = Sheet(
        "Kirim ke SIASN", REVIEW_HEADER, [_review_row(r) for r in records], widths=(20, 30, 28, 16)
    )
    _write_if_changed(out / f"siasn-{target.key}.xlsx", xlsx_bytes([review]))
    progress(len(sent), len(sent), "Selesai")
    with unit_of_work(ctx, "siasn.export") as uow:
        uow.audit(
            "siasn",
            target.key,
            files=len(sent),
            refused=len(records) - len(sent),
            sha256=digest.hexdigest(),
            folder=out.name,
        )
    return records
