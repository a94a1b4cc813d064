"""Gathering what the forms print, in one read session, into ``pdf.model`` dataclasses.

Everything for a batch is read with a handful of year-wide queries (employees, SKPs, RHK,
indicators, realisations, feedback, assessments) and assembled in memory, so exporting an
agency of thousands costs a few queries, not a few per employee. The worker processes then get
plain frozen data and never touch the database.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.berakhlak import CORE_VALUES
from asn_desktop.domain.curve import DISTRIBUTION_RULES, PredikatOrganisasi, allowed_range, check_distribution
from asn_desktop.domain.formatting import format_quantity
from asn_desktop.domain.nip import InvalidNip, parse_nip
from asn_desktop.domain.period import Period, format_date_id
from asn_desktop.domain.rating import Predikat, Rating
from asn_desktop.domain.skp_state import AssessmentStatus, SkpStatus
from asn_desktop.domain.target import realisation_total
from asn_desktop.pdf.model import (
    BehaviourLine,
    DistributionLine,
    EvaluasiDoc,
    Header,
    IndicatorLine,
    PenetapanDoc,
    Person,
    PredikatLine,
    RhkLine,
    SkpDoc,
)
from asn_desktop.store.models import (
    Agency,
    Assessment,
    BehaviourExpectation,
    Employee,
    Feedback,
    Indicator,
    OrgPredikat,
    Position,
    Realisation,
    Rhk,
    Skp,
    Unit,
)

_LAMPIRAN = (
    ("sumber_daya", "Dukungan sumber daya"),
    ("skema", "Skema pertanggungjawaban"),
    ("konsekuensi", "Konsekuensi"),
)


def format_nip(nip: str) -> str:
    try:
        return parse_nip(nip).formatted
    except InvalidNip:
        return nip


@dataclass
class Snapshot:
    """The year's data for the employees in scope, indexed for assembling forms."""

    agency: Agency
    period: Period
    employees: dict[str, Employee]
    positions: dict[str, Position]
    units: dict[str, Unit]
    skp: dict[str, Skp]  # employee id → the current (non-superseded) SKP of the year
    rhk: dict[str, list[Rhk]] = field(default_factory=dict)  # skp id → RHK
    indicators: dict[str, list[Indicator]] = field(default_factory=dict)  # rhk id → IKI
    realisations: dict[str, list[Realisation]] = field(default_factory=dict)  # indicator id → rows
    feedback: dict[str, list[Feedback]] = field(default_factory=dict)  # employee id → supervisor's
    expectations: dict[str, dict[str, str]] = field(default_factory=dict)  # skp id → value → text
    assessments: dict[str, Assessment] = field(default_factory=dict)  # employee id → the period's
    org_predikat: dict[str, str] = field(default_factory=dict)  # unit id → predikat
    rhk_text: dict[str, str] = field(default_factory=dict)  # rhk id → text, for parent RHK

    def person(self, employee_id: str | None) -> Person | None:
        emp = self.employees.get(employee_id or "")
        if emp is None:
            return None
        pos = self.positions.get(emp.position_id or "")
        unit = self.units.get(emp.unit_id)
        pangkat = ", ".join(x for x in (emp.pangkat, emp.golongan) if x) or "-"
        return Person(
            emp.name, format_nip(emp.nip), pangkat, pos.name if pos else "-", unit.name if unit else "-"
        )


def _with_supervisors(employees: dict[str, Employee], scope: set[str] | None) -> set[str]:
    """The employees in scope plus their supervisors and the supervisors' supervisors."""
    wanted = set(employees) if scope is None else set(scope)
    for emp_id in list(wanted):  # penilai and atasan penilai print in identity blocks
        boss = employees[emp_id].supervisor_id if emp_id in employees else None
        for _ in range(2):
            if boss:
                wanted.add(boss)
                boss = employees[boss].supervisor_id if boss in employees else None
    return wanted


def load_snapshot(session: Session, agency_id: str, period: Period, scope: set[str] | None) -> Snapshot:
    """Read the year once; ``scope`` limits employees (their supervisors are always included)."""
    employees = {e.id: e for e in session.scalars(select(Employee))}
    wanted = _with_supervisors(employees, scope)
    snap = Snapshot(
        agency=session.get_one(Agency, agency_id),
        period=period,
        employees={k: v for k, v in employees.items() if k in wanted},
        positions={p.id: p for p in session.scalars(select(Position))},
        units={u.id: u for u in session.scalars(select(Unit))},
        skp={},
    )
    _load_plans(session, snap)
    _load_work(session, snap)
    session.expunge_all()  # plain objects from here on: the session may close
    return snap


def _load_plans(session: Session, snap: Snapshot) -> None:
    year = snap.period.year
    in_year = Skp.year == year
    for skp in session.scalars(
        select(Skp).where(in_year, Skp.status != SkpStatus.SUPERSEDED).order_by(Skp.version)
    ):
        if skp.employee_id in snap.employees:
            snap.skp[skp.employee_id] = skp
    skp_ids = {s.id for s in snap.skp.values()}
    for r in session.scalars(
        select(Rhk).join(Skp, Skp.id == Rhk.skp_id).where(in_year).order_by(Rhk.position)
    ):
        snap.rhk_text[r.id] = r.text  # a parent RHK may belong to an SKP out of scope
        if r.skp_id in skp_ids:
            snap.rhk.setdefault(r.skp_id, []).append(r)
    rhk_ids = {r.id for rs in snap.rhk.values() for r in rs}
    stmt = select(Indicator).join(Rhk, Rhk.id == Indicator.rhk_id).join(Skp, Skp.id == Rhk.skp_id)
    for ind in session.scalars(stmt.where(in_year).order_by(Indicator.position)):
        if ind.rhk_id in rhk_ids:
            snap.indicators.setdefault(ind.rhk_id, []).append(ind)
    for e in session.scalars(select(BehaviourExpectation)):
        if e.skp_id in skp_ids:
            snap.expectations.setdefault(e.skp_id, {})[e.core_value] = e.expectation
    for o in session.scalars(select(OrgPredikat).where(OrgPredikat.year == year)):
        snap.org_predikat[o.unit_id] = o.predikat


def _load_work(session: Session, snap: Snapshot) -> None:
    period, prefix = snap.period, str(snap.period.year)
    ind_ids = {i.id for inds in snap.indicators.values() for i in inds}
    stmt = (
        select(Realisation).where(Realisation.period_key.startswith(prefix)).order_by(Realisation.period_key)
    )
    for real in session.scalars(stmt):
        if real.indicator_id in ind_ids and _within(real.period_key, period):
            snap.realisations.setdefault(real.indicator_id, []).append(real)
    fb_stmt = select(Feedback).where(Feedback.source == "atasan", Feedback.period_key.startswith(prefix))
    for fb in session.scalars(fb_stmt.order_by(Feedback.created_at)):
        if fb.employee_id in snap.employees and _within(fb.period_key, period):
            snap.feedback.setdefault(fb.employee_id, []).append(fb)
    for a in session.scalars(select(Assessment).where(Assessment.period_key == period.key)):
        if a.employee_id in snap.employees:
            snap.assessments[a.employee_id] = a


def _within(period_key: str, period: Period) -> bool:
    try:
        inner = Period.parse(period_key)
    except ValueError:
        return False
    return period.start <= inner.start and inner.end <= period.end


def _header(snap: Snapshot, on: date | datetime | None) -> Header:
    city = snap.agency.city or ""
    day = on.date() if isinstance(on, datetime) else (on or snap.period.end)
    place_date = f"{city}, {format_date_id(day)}" if city else format_date_id(day)
    return Header(snap.agency.name, city or "-", snap.period.label, place_date)


def _target(ind: Indicator) -> str:
    if ind.target_value is not None:
        return format_quantity(ind.target_value, ind.target_unit)
    return ind.target_text or "-"


def _realisation(snap: Snapshot, ind: Indicator) -> str:
    """The period's realisation: its own figure, or the shorter periods' figures added up.

    The annual form thus prints the year's realisation against the target (the running total
    *Kinerja Saya* shows), not the quarters side by side; a text realisation prints the period's
    own text, or the latest one recorded inside it.
    """
    rows = snap.realisations.get(ind.id, [])
    own = next((r for r in rows if r.period_key == snap.period.key), None)
    if own is not None and own.value is None:
        return own.text or "-"
    inner = [r.value for r in rows if r is not own and r.value is not None]
    total = realisation_total(own.value if own else None, inner)
    if total is not None:
        return format_quantity(total, ind.target_unit)
    texts = [r.text for r in rows if r.text]
    return texts[-1] if texts else "-"


def _rhk_lines(snap: Snapshot, skp: Skp, emp_id: str, *, evaluation: bool) -> tuple[RhkLine, ...]:
    parent_text = snap.rhk_text
    fb_by_rhk: dict[str, list[str]] = defaultdict(list)
    for fb in snap.feedback.get(emp_id, []):
        if fb.rhk_id:
            fb_by_rhk[fb.rhk_id].append(fb.text)
    ordered = sorted(snap.rhk.get(skp.id, []), key=lambda r: (r.kind != "utama", r.position))
    return tuple(
        RhkLine(
            r.kind,
            r.text,
            parent_text.get(r.parent_rhk_id or "", ""),
            tuple(
                IndicatorLine(i.aspect, i.text, _target(i), _realisation(snap, i) if evaluation else "")
                for i in snap.indicators.get(r.id, [])
            ),
            "; ".join(fb_by_rhk.get(r.id, [])) if evaluation else "",
        )
        for r in ordered
    )


def _behaviour(
    snap: Snapshot, skp: Skp | None, emp_id: str, *, evaluation: bool
) -> tuple[BehaviourLine, ...]:
    expectations = snap.expectations.get(skp.id, {}) if skp else {}
    fb: dict[str, list[str]] = defaultdict(list)
    for f in snap.feedback.get(emp_id, []):
        if f.core_value:
            fb[f.core_value].append(f.text)
    return tuple(
        BehaviourLine(
            cv.label, cv.guidance, expectations.get(cv.key, ""), "; ".join(fb[cv.key]) if evaluation else ""
        )
        for cv in CORE_VALUES
    )


def skp_doc(snap: Snapshot, emp_id: str) -> SkpDoc | None:
    """The SKP form of an employee, or None when there is no SKP of the year at all."""
    skp = snap.skp.get(emp_id)
    pegawai = snap.person(emp_id)
    if skp is None or pegawai is None:
        return None
    lampiran = {
        "sumber_daya": skp.lampiran_sumber_daya,
        "skema": skp.lampiran_skema,
        "konsekuensi": skp.lampiran_konsekuensi,
    }
    approved = skp.status == SkpStatus.APPROVED
    return SkpDoc(
        header=_header(snap, skp.approved_at),
        approach=skp.approach,
        version=skp.version,
        pegawai=pegawai,
        penilai=snap.person(skp.penilai_id),
        rhk=_rhk_lines(snap, skp, emp_id, evaluation=False),
        behaviour=_behaviour(snap, skp, emp_id, evaluation=False),
        lampiran=tuple((label, lampiran[key] or "") for key, label in _LAMPIRAN),
        draft=not approved,
        record_hash=(skp.content_hash or "") if approved else "",
    )


def _label(enum: type[Rating] | type[Predikat], value: str | None) -> str:
    return enum(value).label if value else "-"


def evaluasi_doc(snap: Snapshot, emp_id: str) -> EvaluasiDoc | None:
    """The evaluation form, or None when the employee has no approved SKP for the year."""
    skp = snap.skp.get(emp_id)
    emp = snap.employees.get(emp_id)
    if skp is None or emp is None or skp.status != SkpStatus.APPROVED:
        return None
    a = snap.assessments.get(emp_id)
    penilai_id = (a.assessor_id if a else None) or skp.penilai_id or emp.supervisor_id
    penilai = snap.person(penilai_id)
    if penilai is None:
        return None
    atasan_id = snap.employees[penilai_id].supervisor_id if penilai_id in snap.employees else None
    final = a is not None and a.status in (AssessmentStatus.FINAL, AssessmentStatus.SIGNED)
    return EvaluasiDoc(
        header=_header(snap, a.finalized_at if a else None),
        periodic=snap.period.kind != "tahunan",
        pegawai=snap.person(emp_id) or penilai,
        penilai=penilai,
        atasan_penilai=snap.person(atasan_id),
        rhk=_rhk_lines(snap, skp, emp_id, evaluation=True),
        behaviour=_behaviour(snap, skp, emp_id, evaluation=True),
        rating_hasil=_label(Rating, a.rating_hasil if a else None),
        rating_perilaku=_label(Rating, a.rating_perilaku if a else None),
        predikat=_label(Predikat, a.predikat if a else None),
        notes=(a.notes or "") if a else "",
        draft=not final,
    )


def penetapan_doc(snap: Snapshot, unit_id: str) -> tuple[PenetapanDoc, str | None] | None:
    """The unit's Dokumen Penetapan and its leader's employee id; None if nobody was evaluated."""
    unit = snap.units[unit_id]
    members = sorted(
        (e for e in snap.employees.values() if e.unit_id == unit_id and e.active), key=lambda e: e.name
    )
    rated = [
        (e, snap.assessments[e.id])
        for e in members
        if e.id in snap.assessments
        and snap.assessments[e.id].predikat
        and snap.assessments[e.id].status in (AssessmentStatus.FINAL, AssessmentStatus.SIGNED)
    ]
    if not rated:
        return None
    counts = {p: sum(1 for _, a in rated if a.predikat == p.value) for p in Predikat}
    total = len(rated)
    org_value = snap.org_predikat.get(unit_id)
    org = PredikatOrganisasi(org_value) if org_value else None
    rules = DISTRIBUTION_RULES.get(org, ()) if org else ()
    lines = []
    for p in Predikat:
        bounds = []
        for rule in rules:
            if p in rule.predikats:
                low, high = allowed_range(rule, total)
                shown = f"{rule.percent} %" if rule.percent is not None else f"{rule.count} orang"
                limit = (
                    f"paling banyak {shown} (≤ {high} orang)"
                    if rule.bound == "max"
                    else f"paling sedikit {shown} (≥ {low} orang)"
                )
                if len(rule.predikats) > 1:
                    limit += f" bersama {rule.subject}"
                bounds.append(limit)
        lines.append(
            DistributionLine(p.label, counts[p], f"{counts[p] * 100 / total:.0f} %", "; ".join(bounds) or "-")
        )
    leader = next(
        (
            e
            for e in members
            if e.position_id
            and snap.positions.get(e.position_id)
            and snap.positions[e.position_id].leads_unit
        ),
        None,
    )
    doc = PenetapanDoc(
        header=_header(snap, None),
        unit=unit.name,
        pimpinan=snap.person(leader.id) if leader else None,
        org_predikat=org.label if org else "",
        distribution=tuple(lines),
        breaches=tuple(check_distribution(org, counts)) if org else (),
        employees=tuple(
            PredikatLine(
                e.name,
                format_nip(e.nip),
                (snap.person(e.id) or Person("", "", "", "-", "")).jabatan,
                Predikat(a.predikat or "").label,
            )
            for e, a in rated
        ),
        draft=False,
    )
    return doc, leader.id if leader else None
