"""Angka kredit of the jabatan fungsional holders, per year, from the agency's configuration tables.

For a JF holder and a year: when the annual assessment is decided, one line for the year (12
months) — after a mutasi, one line per SKP of the year with its annual evaluation decided,
prorated by the months that SKP covers (Peraturan BKN 3/2023: koefisien × months ÷ 12 × the
percentage of that SKP's predikat; a month split by the mutasi counts for the SKP in force at its
end, ``domain.mutasi.months_in_force``); otherwise one line per decided periodic assessment
(its months) — never both, so no month counts twice. The jenjang comes from the position, the
koefisien and percentages from ``services.settings`` (DOMAIN.md §7 as default). Shown on
*Kinerja Saya* and the team page, exported for HR as XLSX, printed on request as a one-page form.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.atomic import atomic_writer, write_atomically
from asn_desktop.domain.angka_kredit import JENJANG_LABELS, AngkaKreditLine, angka_kredit
from asn_desktop.domain.formatting import format_number
from asn_desktop.domain.mutasi import months_in_force, skp_range, skp_range_label
from asn_desktop.domain.nip import format_nip
from asn_desktop.domain.period import Period, PeriodKind
from asn_desktop.domain.permissions import Subject, can_manage_master_data, can_view, require
from asn_desktop.domain.rating import Predikat
from asn_desktop.domain.skp_state import AssessmentStatus
from asn_desktop.errors import ValidationFailed
from asn_desktop.pdf.archive import os_error_message
from asn_desktop.pdf.forms import render
from asn_desktop.pdf.model import AngkaKreditDoc, CreditLine
from asn_desktop.progress import CancelToken, ProgressSink, null_progress
from asn_desktop.services.context import AppContext
from asn_desktop.services.employees import check_jenjang
from asn_desktop.services.export_data import Snapshot, load_snapshot
from asn_desktop.services.export_docs import slot
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.settings import ak_tables
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Assessment, Employee, Position, Skp, Unit
from asn_desktop.store.queries import is_current_assessment, is_latest_version

DECIDED = (AssessmentStatus.FINAL.value, AssessmentStatus.SIGNED.value)
_MONTHS = {PeriodKind.ANNUAL: 12, PeriodKind.QUARTERLY: 3, PeriodKind.MONTHLY: 1}


@dataclass(frozen=True)
class AngkaKreditSummary:
    """One JF holder's year: the lines it adds up, their total, and a word when there is none."""

    employee_id: str
    name: str
    nip: str
    nip_label: str
    jabatan: str
    unit: str
    jenjang: str  # the label ("Ahli Pertama")
    year: int
    lines: tuple[AngkaKreditLine, ...]
    total: Decimal
    note: str


def set_position_jenjang(ctx: AppContext, *, position_id: str, jenjang: str | None) -> None:
    """Set the jenjang of a jabatan fungsional (what its angka kredit koefisien is looked up by)."""
    require(can_manage_master_data(ctx.actor), "mengelola data induk")
    with unit_of_work(ctx, "position.jenjang") as uow:
        pos = get_or_fail(uow.session, Position, position_id, "Jabatan")
        pos.jf_jenjang = check_jenjang(pos.kind, jenjang)
        uow.audit("position", pos.id, jf_jenjang=pos.jf_jenjang)


def _decided(session: Session, emp: Employee, year: int, *which: Any) -> list[Assessment]:
    return list(
        session.scalars(
            select(Assessment).where(
                Assessment.employee_id == emp.id,
                Assessment.period_key.startswith(str(year)),
                Assessment.status.in_(DECIDED),
                Assessment.predikat.is_not(None),
                *which,
            )
        )
    )


def _annual_lines(session: Session, rows: list[Assessment]) -> list[tuple[str, int, Predikat]]:
    """One line per SKP of the year with a decided annual evaluation, prorated by its months:
    after a mutasi, (koefisien × months of that SKP ÷ 12 × the percentage of its predikat)."""
    out = []
    for a in rows:
        period, plan = Period.parse(a.period_key), session.get(Skp, a.skp_id) if a.skp_id else None
        if plan is None or (plan.start_on is None and plan.end_on is None):
            out.append((period.label, 12, Predikat(a.predikat or "")))
            continue
        first, last = skp_range(plan.year, plan.start_on, plan.end_on)
        months = months_in_force(first, last)
        if months:
            out.append(
                (f"{period.label} (SKP {skp_range_label(first, last)})", months, Predikat(a.predikat or ""))
            )
    return sorted(out, key=lambda line: line[0])


def _lines(session: Session, emp: Employee, jenjang: str, year: int) -> tuple[list[AngkaKreditLine], str]:
    percentages, koefisien = ak_tables(session)
    if jenjang not in koefisien:
        return [], f"Koefisien jenjang {JENJANG_LABELS[jenjang]} belum ada di tabel konfigurasi."
    annual = [
        a
        for a in _decided(session, emp, year, is_latest_version())
        if Period.parse(a.period_key).kind is PeriodKind.ANNUAL
    ]
    chosen = _annual_lines(session, annual)
    if not chosen:
        periodic = sorted(
            _decided(session, emp, year, is_current_assessment()),
            key=lambda a: Period.parse(a.period_key).start,
        )
        for a in periodic:
            p = Period.parse(a.period_key)
            if p.year == year:
                chosen.append((p.label, _MONTHS[p.kind], Predikat(a.predikat or "")))
    lines = []
    for label, months, predikat in chosen:
        koef, percent = koefisien[jenjang], percentages[predikat]
        value = angka_kredit(months, koef, percent)
        lines.append(AngkaKreditLine(label, months, JENJANG_LABELS[jenjang], koef, predikat, percent, value))
    return lines, "" if lines else f"Belum ada penilaian kinerja yang final pada tahun {year}."


def _summary(session: Session, emp: Employee, year: int) -> AngkaKreditSummary | None:
    pos = session.get(Position, emp.position_id) if emp.position_id else None
    if pos is None or not pos.jf_jenjang:
        return None
    unit = session.get(Unit, emp.unit_id)
    lines, note = _lines(session, emp, pos.jf_jenjang, year)
    total = sum((line.value for line in lines), Decimal("0.00"))
    label = "NI PPPK" if emp.employee_type == "PPPK" else "NIP"
    return AngkaKreditSummary(
        emp.id,
        emp.name,
        format_nip(emp.nip, emp.employee_type),
        label,
        pos.name,
        unit.name if unit else "-",
        JENJANG_LABELS[pos.jf_jenjang],
        year,
        tuple(lines),
        total,
        note,
    )


def angka_kredit_for(ctx: AppContext, *, employee_id: str, year: int) -> AngkaKreditSummary | None:
    """The employee's angka kredit of the year; None when his position is not a jabatan fungsional."""
    with read_session(ctx) as session:
        require(can_view(ctx.actor, subject_of(session, employee_id)), "melihat angka kredit pegawai ini")
        return _summary(session, get_or_fail(session, Employee, employee_id, "Pegawai"), year)


def angka_kredit_rows(ctx: AppContext, *, year: int, unit_id: str | None = None) -> list[AngkaKreditSummary]:
    """Every JF holder the actor may see (HR: the agency, or one unit), by unit and name."""
    with read_session(ctx) as session:
        stmt = (
            select(Employee)
            .join(Position, Position.id == Employee.position_id)
            .where(Employee.active, Position.jf_jenjang.is_not(None))
            .order_by(Employee.unit_id, Employee.name)
        )
        if unit_id is not None:
            stmt = stmt.where(Employee.unit_id == unit_id)
        out = []
        for emp in session.scalars(stmt):
            if can_view(ctx.actor, Subject(emp.id, emp.supervisor_id)):
                summary = _summary(session, emp, year)
                if summary is not None:
                    out.append(summary)
        return out


XLSX_HEADERS = (
    "NIP / NI PPPK",
    "Nama",
    "Jabatan",
    "Jenjang",
    "Unit kerja",
    "Periode",
    "Bulan",
    "Predikat",
    "Persentase",
    "Koefisien",
    "Angka kredit",
)


def export_angka_kredit_xlsx(
    ctx: AppContext,
    path: Path,
    *,
    year: int,
    unit_id: str | None = None,
    progress: ProgressSink = null_progress,
    token: CancelToken | None = None,
) -> int:
    """HR's sheet: one row per line, then each holder's total; every text cell stored as text (a
    name typed "=1+1" stays that text, never a formula) and the NIP as text, not a number."""
    from openpyxl import Workbook  # noqa: PLC0415 - heavy, and only the export needs it

    token = token or CancelToken()
    summaries = angka_kredit_rows(ctx, year=year, unit_id=unit_id)
    wb = Workbook()
    sheet = wb.active
    sheet.title = f"Angka kredit {year}"
    sheet.append(list(XLSX_HEADERS))
    for n, s in enumerate(summaries, start=1):
        if n % 200 == 0:
            token.check()
            progress(n, len(summaries), "Menulis baris")
        who = (s.nip, s.name, s.jabatan, s.jenjang, s.unit)
        for line in s.lines:
            _append(
                sheet,
                (
                    *who,
                    line.period_label,
                    line.months,
                    line.predikat.label,
                    line.percent,
                    line.koefisien,
                    line.value,
                ),
            )
        _append(sheet, (*who, f"Jumlah {s.year}" if s.lines else s.note, None, None, None, None, s.total))
    token.check()
    with atomic_writer(path, 0o600) as fh:
        wb.save(fh)
    return len(summaries)


def _append(sheet: object, values: tuple[object, ...]) -> None:
    sheet.append(list(values))  # type: ignore[attr-defined]
    for cell in sheet[sheet.max_row]:  # type: ignore[attr-defined,index]
        if isinstance(cell.value, str):
            cell.data_type = "s"  # openpyxl reads a leading "=" as a formula otherwise
            cell.number_format = "@"


def _credit_doc(snap: Snapshot, summary: AngkaKreditSummary) -> AngkaKreditDoc:
    emp = snap.employees[summary.employee_id]
    pegawai = snap.person(emp.id)
    assert pegawai is not None
    lines = tuple(
        CreditLine(
            line.period_label,
            str(line.months),
            line.predikat.label,
            f"{format_number(line.percent)} %",
            format_number(line.koefisien),
            format_number(line.value, decimals=2),
        )
        for line in summary.lines
    )
    return AngkaKreditDoc(
        header=snap.header(emp.unit_id, None),
        pegawai=pegawai,
        penilai=snap.person(emp.supervisor_id),
        jenjang=summary.jenjang,
        lines=lines,
        total=format_number(summary.total, decimals=2),
        note=summary.note,
        year=summary.year,
        slots=(slot(snap, "Pejabat Penilai Kinerja", emp.supervisor_id),),
    )


def print_angka_kredit(
    ctx: AppContext, *, employee_id: str, year: int, out: Path, place: str | None = None
) -> Path:
    """The holder's angka kredit of the year as a one-page PDF, with the closing for signatures."""
    period = Period.annual(year)
    with read_session(ctx) as session:
        require(can_view(ctx.actor, subject_of(session, employee_id)), "mencetak angka kredit pegawai ini")
        summary = _summary(session, get_or_fail(session, Employee, employee_id, "Pegawai"), year)
        if summary is None:
            raise ValidationFailed(
                "Angka kredit hanya untuk pemegang jabatan fungsional yang jenjangnya diatur pada jabatannya."
            )
        snap = load_snapshot(
            session, ctx.workspace.agency_id, period, {employee_id}, now=ctx.workspace.now(), place=place
        )
    doc = _credit_doc(snap, summary)
    pdf = render(doc).pdf
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(out, pdf, mode=0o644)
    except OSError as exc:
        raise os_error_message(exc, out.parent) from exc
    return out
