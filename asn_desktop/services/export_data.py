"""Gathering what the forms print, in one read session, into ``pdf.model`` parts.

Everything for a batch is read with a handful of year-wide queries (employees, SKPs, RHK,
indicators, realisations, feedback, assessments, keberatan) and assembled in memory, so exporting
an agency of thousands costs a few queries, not a few per employee. The worker processes then get
plain frozen data and never touch the database. The documents themselves are assembled in
``export_docs`` (SKP, evaluasi, dokumen) and ``export_penetapan``.
"""

from __future__ import annotations

import base64
import binascii
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.acting import acting_title, is_active
from asn_desktop.domain.berakhlak import CORE_VALUES
from asn_desktop.domain.formatting import TimeZoneId, format_date, format_number, format_quantity, local_date
from asn_desktop.domain.mutasi import clip, in_force, skp_range, skp_range_label
from asn_desktop.domain.nip import format_nip, nip_label
from asn_desktop.domain.period import Period, PeriodKind
from asn_desktop.domain.skp_state import SkpStatus
from asn_desktop.domain.target import achievement_percent, realisation_total
from asn_desktop.errors import ValidationFailed
from asn_desktop.pdf.model import BehaviourLine, Header, IndicatorLine, Person, RhkLine
from asn_desktop.store.models import (
    ActingAssignment,
    Agency,
    Assessment,
    BehaviourExpectation,
    Employee,
    Feedback,
    Indicator,
    Objection,
    OrgPredikat,
    OrgPredikatPeriod,
    Position,
    Realisation,
    Rhk,
    Skp,
    Unit,
)

NO_PLACE = (
    "Tempat penandatanganan formulir belum diatur: isi kota instansi (Administrasi → Pengaturan → "
    "Instansi, atau asn-desktop-cli agency-settings --city) atau kota unit kerja, atau sebutkan tempatnya "
    "saat mengekspor (--place)."
)


@dataclass
class Snapshot:
    """The period's data for the employees in scope, indexed for assembling forms."""

    agency: Agency
    period: Period
    employees: dict[str, Employee]
    positions: dict[str, Position]
    units: dict[str, Unit]
    skp: dict[str, Skp]  # employee id → the current (non-superseded) SKP of the year
    now: datetime = field(default_factory=datetime.now)  # UTC, naive: the printing moment
    place: str | None = None  # the exporter's override of every form's place
    rhk: dict[str, list[Rhk]] = field(default_factory=dict)  # skp id → RHK
    indicators: dict[str, list[Indicator]] = field(default_factory=dict)  # rhk id → IKI
    realisations: dict[str, list[Realisation]] = field(default_factory=dict)  # indicator id → rows
    feedback: dict[str, list[Feedback]] = field(default_factory=dict)  # employee id → supervisor's
    expectations: dict[str, dict[str, str]] = field(default_factory=dict)  # skp id → value → text
    assessments: dict[str, Assessment] = field(default_factory=dict)  # employee id → current version
    versions: dict[str, Assessment] = field(default_factory=dict)  # assessment id → any version
    objections: dict[str, Objection] = field(default_factory=dict)  # objected assessment id → row
    org_predikat: dict[str, str] = field(default_factory=dict)  # unit id → the year's predikat
    org_predikat_period: dict[str, str] = field(default_factory=dict)  # unit id → this period's
    rhk_text: dict[str, str] = field(default_factory=dict)  # rhk id → text, for parent RHK
    acting: list[ActingAssignment] = field(default_factory=list)  # every Plt./Plh. of the agency

    @property
    def zone(self) -> TimeZoneId:
        return TimeZoneId.parse(self.agency.timezone)

    @property
    def logo(self) -> bytes:
        """The agency's logo (checked when it was set, see ``services.agency``), or nothing."""
        if not self.agency.logo_png:
            return b""
        try:
            return base64.b64decode(self.agency.logo_png, validate=True)
        except (binascii.Error, ValueError):
            return b""

    def person(self, employee_id: str | None) -> Person | None:
        emp = self.employees.get(employee_id or "")
        if emp is None:
            return None
        pos = self.positions.get(emp.position_id or "")
        unit = self.units.get(emp.unit_id)
        pangkat = ", ".join(x for x in (emp.pangkat, emp.golongan) if x) or "-"
        return Person(
            emp.name,
            format_nip(emp.nip, emp.employee_type),
            pangkat,
            pos.name if pos else "-",
            unit.name if unit else "-",
            nip_label(emp.employee_type),
        )

    def acting_in(self, position_id: str | None, day: date) -> ActingAssignment | None:
        """The Plt./Plh. acting in the position on ``day``, if any."""
        return next(
            (a for a in self.acting if a.position_id == position_id and is_active(a.start_on, a.end_on, day)),
            None,
        )

    def supervising_position(self, emp: Employee) -> str | None:
        """The position supervising ``emp``: his supervisor's, or his unit's head's while vacant."""
        if emp.supervisor_id:
            sup = self.employees.get(emp.supervisor_id)
            return sup.position_id if sup else None
        lead = self.lead_position.get(emp.unit_id)
        return lead if lead != emp.position_id else None

    @cached_property
    def lead_position(self) -> dict[str, str]:
        """unit id → its leading position (indexed once: forms of thousands ask per person)."""
        return {p.unit_id: p.id for p in self.positions.values() if p.leads_unit}

    @cached_property
    def members(self) -> dict[str, list[Employee]]:
        """unit id → its active employees in scope, by name."""
        out: dict[str, list[Employee]] = defaultdict(list)
        for e in sorted(self.employees.values(), key=lambda e: (e.name, e.nip)):
            if e.active:
                out[e.unit_id].append(e)
        return out

    def acting_person(self, employee_id: str | None, position_id: str | None, day: date) -> Person | None:
        """The person, printed in the office he holds on ``day``: "Plt. Kepala Seksi …" when he acts
        in ``position_id`` then, otherwise with his own position."""
        person = self.person(employee_id)
        acting = self.acting_in(position_id, day)
        if person is None or acting is None or acting.employee_id != employee_id:
            return person
        pos = self.positions[acting.position_id]
        unit = self.units.get(pos.unit_id)
        return replace(
            person, jabatan=acting_title(acting.kind, pos.name), unit=unit.name if unit else person.unit
        )

    def position_kind(self, employee_id: str) -> str | None:
        emp = self.employees.get(employee_id)
        pos = self.positions.get(emp.position_id or "") if emp else None
        return pos.kind if pos else None

    def leader_of(self, unit_id: str) -> Employee | None:
        """The active employee holding the unit's leading position, if any."""
        lead = self.lead_position.get(unit_id)
        return next((e for e in self.members.get(unit_id, []) if lead and e.position_id == lead), None)

    def org_predikat_of(self, unit_id: str) -> tuple[str | None, bool]:
        """The unit's predikat organisasi for the period and whether it is the year's (a periodic
        evaluation without its own predikat reads the year's)."""
        own = self.org_predikat_period.get(unit_id)
        if own is not None:
            return own, False
        return self.org_predikat.get(unit_id), self.period.kind is not PeriodKind.ANNUAL

    def place_of(self, unit_id: str | None) -> str:
        """Where the unit's forms are signed: the override, the unit's (or a parent's) city, the
        agency's city. Refused, with what to set, when none is known."""
        if self.place and self.place.strip():
            return self.place.strip()
        seen: set[str] = set()
        unit = self.units.get(unit_id or "")
        while unit is not None and unit.id not in seen:
            if unit.city and unit.city.strip():
                return unit.city.strip()
            seen.add(unit.id)
            unit = self.units.get(unit.parent_id or "")
        if self.agency.city and self.agency.city.strip():
            return self.agency.city.strip()
        raise ValidationFailed(NO_PLACE)

    def header(self, unit_id: str | None, decided: datetime | None, skp: Skp | None = None) -> Header:
        """The top and the closing line: the decisive moment's day (or today) in the agency zone.
        With ``skp`` of a mutasi (its own dates), the period prints the months that SKP covers."""
        day = local_date(decided or self.now, self.zone)
        place = self.place_of(unit_id)
        period = self.period
        label, period_range = period.label, period.range_label
        if skp is not None and (skp.start_on or skp.end_on):
            first, last = clip((period.start, period.end), skp_range(skp.year, skp.start_on, skp.end_on))
            period_range = skp_range_label(first, last)
            label = period_range if period.kind is PeriodKind.ANNUAL else label
        return Header(
            self.agency.name,
            place,
            label,
            f"{place}, {format_date(day)}",
            period_range,
            self.logo,
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


def load_snapshot(
    session: Session,
    agency_id: str,
    period: Period,
    scope: set[str] | None,
    *,
    now: datetime | None = None,
    place: str | None = None,
    extra: set[str] | None = None,
    skp_id: str | None = None,
) -> Snapshot:
    """Read the period once; ``scope`` limits employees (their supervisors are always included,
    and ``extra`` people such as the pimpinan who sign a unit's penetapan)."""
    employees = {e.id: e for e in session.scalars(select(Employee))}
    wanted = _with_supervisors(employees, scope) | (extra or set())
    snap = Snapshot(
        agency=session.get_one(Agency, agency_id),
        period=period,
        employees={k: v for k, v in employees.items() if k in wanted},
        positions={p.id: p for p in session.scalars(select(Position))},
        units={u.id: u for u in session.scalars(select(Unit))},
        skp={},
        place=place,
    )
    if now is not None:
        snap.now = now
    _load_plans(session, snap, skp_id)
    for plan in snap.skp.values():  # the penilai an SKP names, also one left by a mutasi
        if plan.penilai_id in employees:
            snap.employees.setdefault(plan.penilai_id, employees[plan.penilai_id])
    _load_work(session, snap)
    snap.acting = list(session.scalars(select(ActingAssignment)))
    for a in snap.acting:  # the acting officials print in the identity blocks and closings
        if a.employee_id not in snap.employees:
            snap.employees[a.employee_id] = session.get_one(Employee, a.employee_id)
    session.expunge_all()  # plain objects from here on: the session may close
    return snap


def skp_in_force(skps: list[Skp], period: Period, chosen: str | None = None) -> Skp:
    """The SKP (of one pegawai's year, none superseded) a period's forms use: ``chosen`` when it is
    one of them, else the one in force at the period's end (after a mutasi, ``domain.mutasi``)."""
    by_id = {s.id: s for s in skps}
    if chosen in by_id:
        return by_id[chosen]
    spans = [(s.id, *skp_range(s.year, s.start_on, s.end_on)) for s in skps]
    found = in_force(spans, period.start, period.end)
    return by_id[found] if found else skps[-1]


def _load_plans(session: Session, snap: Snapshot, chosen: str | None = None) -> None:
    year = snap.period.year
    in_year = Skp.year == year
    mine: dict[str, list[Skp]] = defaultdict(list)
    for skp in session.scalars(
        select(Skp).where(in_year, Skp.status != SkpStatus.SUPERSEDED).order_by(Skp.version)
    ):
        if skp.employee_id in snap.employees:
            mine[skp.employee_id].append(skp)
    for emp_id, skps in mine.items():
        snap.skp[emp_id] = skp_in_force(skps, snap.period, chosen)
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
    for op in session.scalars(
        select(OrgPredikatPeriod).where(OrgPredikatPeriod.period_key == snap.period.key)
    ):
        snap.org_predikat_period[op.unit_id] = op.predikat


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
    rows = [a for a in session.scalars(select(Assessment).where(Assessment.period_key == period.key))]
    replaced = {a.previous_id for a in rows if a.previous_id}
    for a in sorted(rows, key=lambda r: r.skp_id is not None):
        snap.versions[a.id] = a
        plan = snap.skp.get(a.employee_id)
        mine = a.skp_id is None or (plan is not None and a.skp_id == plan.id)  # after a mutasi: its SKP's
        if a.employee_id in snap.employees and a.id not in replaced and mine:
            snap.assessments[a.employee_id] = a
    ids = list(snap.versions)
    for i in range(0, len(ids), 400):
        for o in session.scalars(select(Objection).where(Objection.assessment_id.in_(ids[i : i + 400]))):
            snap.objections[o.assessment_id] = o


def _within(period_key: str, period: Period) -> bool:
    try:
        inner = Period.parse(period_key)
    except ValueError:
        return False
    return period.start <= inner.start and inner.end <= period.end


def _target(ind: Indicator) -> str:
    if ind.target_value is not None:
        return format_quantity(ind.target_value, ind.target_unit)
    return ind.target_text or "-"


def _realisation(snap: Snapshot, ind: Indicator) -> tuple[str, str]:
    """The period's realisation and its capaian against a numeric target.

    Its own figure, or the shorter periods' figures added up: the annual form thus prints the
    year's realisation against the target (the running total *Kinerja Saya* shows), not the
    quarters side by side; a text realisation prints the period's own text, or the latest one.
    """
    rows = snap.realisations.get(ind.id, [])
    own = next((r for r in rows if r.period_key == snap.period.key), None)
    if own is not None and own.value is None:
        return own.text or "-", ""
    inner = [r.value for r in rows if r is not own and r.value is not None]
    total = realisation_total(own.value if own else None, inner)
    if total is not None:
        percent = achievement_percent(total, ind.target_value)
        capaian = f"capaian {format_number(percent, decimals=1)} %" if percent is not None else ""
        return format_quantity(total, ind.target_unit), capaian
    texts = [r.text for r in rows if r.text]
    return (texts[-1] if texts else "-"), ""


def rhk_lines(snap: Snapshot, skp: Skp, emp_id: str, *, evaluation: bool) -> tuple[RhkLine, ...]:
    fb_by_rhk: dict[str, list[str]] = defaultdict(list)
    for fb in snap.feedback.get(emp_id, []):
        if fb.rhk_id:
            fb_by_rhk[fb.rhk_id].append(fb.text)
    ordered = sorted(snap.rhk.get(skp.id, []), key=lambda r: (r.kind != "utama", r.position))
    lines = []
    for r in ordered:
        indicators = []
        for i in snap.indicators.get(r.id, []):
            realised, capaian = _realisation(snap, i) if evaluation else ("", "")
            indicators.append(IndicatorLine(i.aspect, i.text, _target(i), realised, capaian))
        feedback = "; ".join(fb_by_rhk.get(r.id, [])) if evaluation else ""
        parent = snap.rhk_text.get(r.parent_rhk_id or "", "")
        lines.append(RhkLine(r.kind, r.text, parent, tuple(indicators), feedback))
    return tuple(lines)


def behaviour_lines(
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
