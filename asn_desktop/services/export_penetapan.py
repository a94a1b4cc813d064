"""The Dokumen Penetapan Predikat Kinerja of a unit, per period and per year, from a ``Snapshot``.

Every active member of the unit is listed: the ones whose assessment is not final yet are marked,
and the document is a DRAF until all are final — a penetapan that silently counted only the
final ones would look complete while a third of the unit is missing. The distribution counts
every member with a predikat, so the draft shows where the unit stands. It is signed by the
*pimpinan yang berwenang*: the one set for the unit, otherwise the head of the unit above —
never the unit head, who is rated by it himself.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from asn_desktop.domain.curve import DISTRIBUTION_RULES, MAX, PredikatOrganisasi, allowed_range
from asn_desktop.domain.formatting import format_number, local_date
from asn_desktop.domain.nip import format_nip, nip_label
from asn_desktop.domain.period import PeriodKind
from asn_desktop.domain.pola import DistributionCheck, evaluate_distribution
from asn_desktop.domain.rating import Predikat
from asn_desktop.domain.skp_state import AssessmentStatus
from asn_desktop.pdf.model import DistributionLine, PenetapanDoc, PredikatLine
from asn_desktop.services.export_data import Snapshot
from asn_desktop.services.export_docs import pola_for, slot
from asn_desktop.store.models import Assessment, Employee

PIMPINAN = "Pimpinan yang Berwenang"
NOT_FINAL = "belum final"
NOT_RATED = "belum dinilai"


@dataclass(frozen=True)
class NoPenetapan:
    """Why a unit gets no penetapan (reported beside the archive, never dropped silently)."""

    reason: str


def pimpinan_of(snap: Snapshot, unit_id: str) -> tuple[str | None, str | None]:
    """(employee, position) of the unit's pimpinan yang berwenang: the one configured, or the head
    of the unit above — or the Plt./Plh. acting in that head's position today."""
    unit = snap.units[unit_id]
    if unit.pimpinan_id:
        boss = snap.employees.get(unit.pimpinan_id)
        return unit.pimpinan_id, boss.position_id if boss else None
    parent = snap.units.get(unit.parent_id or "")
    if parent is None:
        return None, None
    head_position = snap.lead_position.get(parent.id)
    acting = snap.acting_in(head_position, local_date(snap.now, snap.zone))
    if acting is not None:
        member = snap.employees.get(acting.employee_id)
        if member is not None and member.unit_id == unit_id:
            return None, head_position  # he would set his own unit's predikat: the admin names one
        return acting.employee_id, head_position
    leader = snap.leader_of(parent.id)
    return (leader.id if leader else None), head_position


def _status(a: Assessment | None) -> str:
    if a is None or not a.predikat:
        return NOT_RATED
    if a.status in (AssessmentStatus.FINAL, AssessmentStatus.SIGNED):
        return ""
    return NOT_FINAL


def _allowed_text(org: PredikatOrganisasi | None, p: Predikat, total: int) -> str:
    bounds = []
    for rule in DISTRIBUTION_RULES.get(org, ()) if org else ():
        if p not in rule.predikats:
            continue
        low, high = allowed_range(rule, total)
        shown = f"{rule.percent} %" if rule.percent is not None else f"{rule.count} orang"
        limit = (
            f"paling banyak {shown} (≤ {high} orang)"
            if rule.bound == MAX
            else f"paling sedikit {shown} (≥ {low} orang)"
        )
        if len(rule.predikats) > 1:
            limit += f" bersama {rule.subject}"
        bounds.append(limit)
    return "; ".join(bounds) or "-"


def _pending(statuses: list[str]) -> str:
    parts = []
    for status in (NOT_FINAL, NOT_RATED):
        n = statuses.count(status)
        if n:
            parts.append(f"{n} pegawai {status}")
    return ", ".join(parts)


def _pending_text(
    statuses: list[str], org: PredikatOrganisasi | None, check: DistributionCheck | None
) -> str:
    """Why the penetapan is still a draft: members not final, no organisation predikat, a breach."""
    reasons = [_pending(statuses)]
    if org is None:
        reasons.append("predikat kinerja organisasi belum ditetapkan")
    elif check is not None and check.breaches:
        reasons.append("distribusi predikat belum sesuai pola distribusi")
    return "; ".join(r for r in reasons if r)


def members_of(snap: Snapshot, unit_id: str) -> list[Employee]:
    return snap.members.get(unit_id, [])


def penetapan_doc(snap: Snapshot, unit_id: str) -> tuple[PenetapanDoc, str | None] | NoPenetapan:
    """The unit's Dokumen Penetapan and its signer's employee id, or why there is none."""
    unit = snap.units[unit_id]
    members = members_of(snap, unit_id)
    if not members:
        return NoPenetapan("unit ini tidak memiliki pegawai aktif")
    rated = [(e, snap.assessments.get(e.id)) for e in members]
    statuses = [_status(a) for _, a in rated]
    counts = {p: sum(1 for _, a in rated if a and a.predikat == p.value) for p in Predikat}
    total = sum(counts.values())
    org_value, _ = snap.org_predikat_of(unit_id)
    org = PredikatOrganisasi(org_value) if org_value else None
    check = evaluate_distribution(org, counts) if org else None
    lines = tuple(
        DistributionLine(
            p.label,
            counts[p],
            f"{format_number(counts[p] * 100 / total if total else 0, decimals=0)} %",
            _allowed_text(org, p, total),
        )
        for p in Predikat
    )
    employees = []
    for (e, a), status in zip(rated, statuses, strict=True):
        person = snap.person(e.id)
        predikat = Predikat(a.predikat).label if a and a.predikat else ""
        jabatan = person.jabatan if person else "-"
        nip = format_nip(e.nip, e.employee_type)
        employees.append(PredikatLine(e.name, nip, jabatan, predikat, status, nip_label(e.employee_type)))
    signer, signer_position = pimpinan_of(snap, unit_id)
    pimpinan = snap.acting_person(signer, signer_position, local_date(snap.now, snap.zone))
    doc = PenetapanDoc(
        header=snap.header(unit_id, None),
        unit=unit.name,
        pimpinan=pimpinan,
        org_predikat=org.label if org else "",
        distribution=lines,
        breaches=check.breaches if check else (),
        employees=tuple(employees),
        draft=any(statuses) or org is None or bool(check and check.breaches),
        slots=(replace(slot(snap, PIMPINAN, signer), person=pimpinan),),
        warnings=check.warnings if check else (),
        pola=pola_for(snap, unit_id, counts),
        periodic=snap.period.kind is not PeriodKind.ANNUAL,
        pending=_pending_text(statuses, org, check),
    )
    return doc, signer
