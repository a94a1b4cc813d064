"""The employee forms from a ``Snapshot``: SKP, Evaluasi Kinerja Pegawai, Dokumen Evaluasi.

Pure assembly of frozen ``pdf.model`` documents: no session, no permission check (the export
service has made both before). Each form carries its closing signers whether or not it will be
signed electronically; signing only adds the fields.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from asn_desktop.domain.curve import PredikatOrganisasi
from asn_desktop.domain.form_rules import audience_line, lampiran_items
from asn_desktop.domain.formatting import format_date, local_date
from asn_desktop.domain.objection import outcome_text
from asn_desktop.domain.period import PeriodKind
from asn_desktop.domain.pola import percent_bounds, rule_texts
from asn_desktop.domain.rating import Predikat, Rating
from asn_desktop.domain.skp_state import AssessmentStatus, SkpStatus
from asn_desktop.pdf.model import (
    CurveBar,
    DokumenDoc,
    EvaluasiDoc,
    ObjectionLine,
    Person,
    PolaDistribusi,
    SignatureSlot,
    SkpDoc,
)
from asn_desktop.services.export_data import Snapshot, behaviour_lines, rhk_lines
from asn_desktop.store.models import Assessment

PEGAWAI = "Pegawai yang Dinilai"
PENILAI = "Pejabat Penilai Kinerja"
_LAMPIRAN = (
    ("sumber_daya", "Dukungan sumber daya"),
    ("skema", "Skema pertanggungjawaban"),
    ("konsekuensi", "Konsekuensi"),
)


def slot(snap: Snapshot, caption: str, employee_id: str | None) -> SignatureSlot:
    """A closing signer; the field name is stable for a caption (signing adds the field there)."""
    name = "TTD_" + "".join(ch for ch in caption.title() if ch.isalnum())
    return SignatureSlot(name, caption, employee_id or "", snap.person(employee_id))


def pola_for(snap: Snapshot, unit_id: str, counts: dict[Predikat, int] | None = None) -> PolaDistribusi:
    """The unit's predikat organisasi for the period and the curve it imposes."""
    value, from_year = snap.org_predikat_of(unit_id)
    if value is None:
        return PolaDistribusi("", (), (), "Predikat kinerja organisasi unit ini belum ditetapkan.")
    org = PredikatOrganisasi(value)
    bounds = percent_bounds(org)
    bars = tuple(
        CurveBar(p.label, counts.get(p, 0) if counts is not None else None, *bounds[p]) for p in Predikat
    )
    note = (
        f"Predikat kinerja organisasi tahun {snap.period.year} (belum ditetapkan untuk periode ini)."
        if from_year
        else ""
    )
    return PolaDistribusi(org.label, tuple(rule_texts(org)), bars, note)


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
        header=snap.header(snap.employees[emp_id].unit_id, skp.approved_at, skp),
        approach=skp.approach,
        version=skp.version,
        pegawai=pegawai,
        penilai=snap.person(skp.penilai_id),
        rhk=rhk_lines(snap, skp, emp_id, evaluation=False),
        behaviour=behaviour_lines(snap, skp, emp_id, evaluation=False),
        lampiran=tuple((label, lampiran_items(lampiran[key])) for key, label in _LAMPIRAN),
        draft=not approved,
        record_hash=(skp.content_hash or "") if approved else "",
        slots=(slot(snap, PEGAWAI, emp_id), slot(snap, PENILAI, skp.penilai_id)),
        audience=audience_line(snap.position_kind(emp_id)),
    )


def _label(enum: type[Rating] | type[Predikat], value: str | None) -> str:
    return enum(value).label if value else "-"


def objection_line(snap: Snapshot, a: Assessment | None) -> ObjectionLine | None:
    """The keberatan to print with the assessment ``a`` (its own, or the one that made it)."""
    if a is None:
        return None
    row = snap.objections.get(a.id) or (snap.objections.get(a.previous_id) if a.previous_id else None)
    if row is None:
        return None
    zone = snap.zone
    decider = snap.person(row.decider_id)
    return ObjectionLine(
        format_date(local_date(row.filed_at, zone)),
        row.text,
        format_date(local_date(row.decided_at, zone)) if row.decided_at else "",
        f"{decider.name} ({decider.nip_label} {decider.nip})" if decider else "",
        row.decision or "",
        outcome_text(row.outcome, row.rating_hasil, row.rating_perilaku),
    )


def _version_note(snap: Snapshot, a: Assessment | None) -> str:
    if a is None or not a.previous_id or a.previous_id not in snap.versions:
        return ""
    old = snap.versions[a.previous_id]
    return (
        f"Versi {a.version}: hasil keputusan keberatan; menggantikan versi {old.version} "
        f"(Rating Hasil Kerja {_label(Rating, old.rating_hasil)}, Rating Perilaku Kerja "
        f"{_label(Rating, old.rating_perilaku)}, Predikat {_label(Predikat, old.predikat)}), "
        "yang tetap disimpan."
    )


def _penilai_of(snap: Snapshot, emp_id: str) -> tuple[str | None, str | None]:
    """(pejabat penilai, atasan pejabat penilai) of the period's assessment; before anyone has
    assessed, the Plt./Plh. acting today in the supervising position is the pejabat penilai."""
    skp = snap.skp.get(emp_id)
    a = snap.assessments.get(emp_id)
    emp = snap.employees[emp_id]
    acting = snap.acting_in(snap.supervising_position(emp), local_date(snap.now, snap.zone))
    closed = skp is not None and skp.end_on is not None  # a mutasi closed it: its own penilai's
    penilai_id = (
        (a.assessor_id if a else None)
        or (skp.penilai_id if closed and skp else None)
        or (acting.employee_id if acting else None)
        or (skp.penilai_id if skp else None)
        or emp.supervisor_id
    )
    atasan_id = snap.employees[penilai_id].supervisor_id if penilai_id in snap.employees else None
    return penilai_id, atasan_id


def _penilai_person(
    snap: Snapshot, emp_id: str, penilai_id: str | None, when: datetime | None
) -> Person | None:
    """The pejabat penilai as he held the office when the assessment was decided (or today)."""
    day = local_date(when or snap.now, snap.zone)
    return snap.acting_person(penilai_id, snap.supervising_position(snap.employees[emp_id]), day)


def _is_final(a: Assessment | None) -> bool:
    return a is not None and a.status in (AssessmentStatus.FINAL, AssessmentStatus.SIGNED)


def evaluasi_doc(snap: Snapshot, emp_id: str) -> EvaluasiDoc | None:
    """The evaluation form, or None when the employee has no approved SKP for the year."""
    skp = snap.skp.get(emp_id)
    emp = snap.employees.get(emp_id)
    if skp is None or emp is None or skp.status != SkpStatus.APPROVED:
        return None
    a = snap.assessments.get(emp_id)
    penilai_id, atasan_id = _penilai_of(snap, emp_id)
    penilai = _penilai_person(snap, emp_id, penilai_id, a.finalized_at if a else None)
    pegawai = snap.person(emp_id)
    if penilai is None or pegawai is None:
        return None
    return EvaluasiDoc(
        header=snap.header(emp.unit_id, a.finalized_at if _is_final(a) and a else None, snap.skp.get(emp_id)),
        periodic=snap.period.kind is not PeriodKind.ANNUAL,
        pegawai=pegawai,
        penilai=penilai,
        atasan_penilai=snap.person(atasan_id),
        rhk=rhk_lines(snap, skp, emp_id, evaluation=True),
        behaviour=behaviour_lines(snap, skp, emp_id, evaluation=True),
        rating_hasil=_label(Rating, a.rating_hasil if a else None),
        rating_perilaku=_label(Rating, a.rating_perilaku if a else None),
        predikat=_label(Predikat, a.predikat if a else None),
        notes=(a.notes or "") if a else "",
        draft=not _is_final(a),
        slots=(replace(slot(snap, PENILAI, penilai_id), person=penilai), slot(snap, PEGAWAI, emp_id)),
        approach=skp.approach,
        audience=audience_line(snap.position_kind(emp_id)),
        pola=pola_for(snap, emp.unit_id),
        objection=objection_line(snap, a),
        version_note=_version_note(snap, a),
    )


def dokumen_doc(snap: Snapshot, emp_id: str) -> DokumenDoc | None:
    """The Dokumen Evaluasi Kinerja Pegawai, or None without an approved SKP (nothing to evaluate)."""
    skp = snap.skp.get(emp_id)
    emp = snap.employees.get(emp_id)
    if skp is None or emp is None or skp.status != SkpStatus.APPROVED:
        return None
    a = snap.assessments.get(emp_id)
    penilai_id, atasan_id = _penilai_of(snap, emp_id)
    penilai = _penilai_person(snap, emp_id, penilai_id, a.finalized_at if a else None)
    pegawai = snap.person(emp_id)
    if penilai is None or pegawai is None:
        return None
    pola = pola_for(snap, emp.unit_id)
    return DokumenDoc(
        header=snap.header(emp.unit_id, a.finalized_at if _is_final(a) and a else None, snap.skp.get(emp_id)),
        periodic=snap.period.kind is not PeriodKind.ANNUAL,
        pegawai=pegawai,
        penilai=penilai,
        atasan_penilai=snap.person(atasan_id),
        org_predikat=pola.org_predikat,
        predikat=_label(Predikat, a.predikat if a else None),
        notes=(a.notes or "") if a else "",
        draft=not _is_final(a),
        pola=pola,
        objection=objection_line(snap, a),
        slots=(slot(snap, PEGAWAI, emp_id), replace(slot(snap, PENILAI, penilai_id), person=penilai)),
    )
