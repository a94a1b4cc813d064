"""Planning an export: which forms to write, from which documents, signed by whom — or why not.

Everything here runs in the main process inside one read session (``export`` then renders and
signs the plan in workers). A form that cannot be made is a ``Skipped`` with its reason; a unit
that gets no penetapan is one too, so nothing disappears from an archive without a word.

Decisions:

* **The SKP is annual.** A periodic export (``--period 2026-Q1``) writes the periodic forms only
  (evaluasi, dokumen, penetapan); asking for the SKP of a quarter is refused by name.
* **An employee with no approved SKP:** the SKP prints with a *DRAF* watermark when unsigned (a
  draft on paper is what the penilai and pegawai discuss), but signing it is refused; the
  evaluation and the dokumen are refused outright — there is nothing approved to evaluate.
* **Signing locks:** a signed evaluasi or dokumen moves its assessment to *signed*; a draft is
  never signed, and a penetapan is signed only once every member's assessment is final.
* **The matrix** (Matriks Pembagian Peran dan Hasil) is annual, like the SKP: one per leader in
  scope whose current SKP shares something out, after his unit's other forms; a leader with an
  empty matrix gets none, as ``print_matrix`` refuses one (there is nothing to archive).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.mutasi import skp_range
from asn_desktop.domain.period import Period, PeriodKind
from asn_desktop.domain.permissions import Subject, can_view
from asn_desktop.domain.skp_state import SkpStatus
from asn_desktop.errors import AsnError, NotFound, ValidationFailed
from asn_desktop.pdf.archive import ManifestEntry
from asn_desktop.pdf.certs import Identity
from asn_desktop.pdf.model import (
    FORM_DOKUMEN,
    FORM_EVALUASI,
    FORM_MATRIKS,
    FORM_PENETAPAN,
    FORM_SKP,
    Document,
    MatrixDoc,
    content_hash,
)
from asn_desktop.pdf.produce import Job
from asn_desktop.pdf.sign import SignAction
from asn_desktop.services import export_data as data
from asn_desktop.services import export_docs as docs
from asn_desktop.services.context import AppContext
from asn_desktop.services.export_appendix import appendix_for
from asn_desktop.services.export_penetapan import NoPenetapan, penetapan_doc
from asn_desktop.services.lookups import unit_subtree
from asn_desktop.services.role_matrix import matrix_for_archive, matrix_people
from asn_desktop.services.unit_of_work import read_session
from asn_desktop.store.models import Employee, Position, SignedDocument, Skp, Unit

EMPLOYEE_FORMS = (FORM_SKP, FORM_EVALUASI, FORM_DOKUMEN)
BATCH_FORMS = (FORM_SKP, FORM_EVALUASI, FORM_DOKUMEN, FORM_PENETAPAN, FORM_MATRIKS)
REASON = {
    FORM_SKP: "Sasaran Kinerja Pegawai",
    FORM_EVALUASI: "Evaluasi Kinerja Pegawai",
    FORM_DOKUMEN: "Dokumen Evaluasi Kinerja Pegawai",
    FORM_PENETAPAN: "Penetapan Predikat Kinerja",
    FORM_MATRIKS: "Matriks Pembagian Peran dan Hasil",
}
SKP_IS_ANNUAL = "SKP disusun untuk satu tahun; ekspor SKP tanpa --period (periode tahunan)."
MATRIKS_IS_ANNUAL = (
    "Matriks pembagian peran dan hasil disusun untuk satu tahun; ekspor matriks tanpa --period "
    "(periode tahunan)."
)
ANNUAL_FORMS = {FORM_SKP: SKP_IS_ANNUAL, FORM_MATRIKS: MATRIKS_IS_ANNUAL}


# Why a form was skipped, as a code a summary can count by (the reason text names the person).
SKIP_NO_SKP = "no_skp"
SKIP_NOT_APPROVED = "skp_not_approved"
SKIP_DRAFT = "draft"
SKIP_NO_SIGNER = "no_signer"
SKIP_NO_PENETAPAN = "no_penetapan"
SKIP_SIGNER = "signer:"  # + the signer's error code: no_certificate, wrong_passphrase, …
SKIP_LABELS = {
    SKIP_NO_SKP: "belum memiliki SKP",
    SKIP_NOT_APPROVED: "SKP belum disetujui",
    SKIP_DRAFT: "dokumen masih draf (SKP belum disetujui atau penilaian belum final)",
    SKIP_NO_SIGNER: "penanda tangan tidak diketahui",
    SKIP_NO_PENETAPAN: "unit tanpa penetapan predikat",
    SKIP_SIGNER + "no_certificate": "penanda tangan belum memiliki sertifikat",
    SKIP_SIGNER + "pending_approval": "sertifikat penanda tangan menunggu persetujuan admin",
    SKIP_SIGNER + "wrong_passphrase": "frasa sandi kunci penanda tangan salah",
    SKIP_SIGNER + "key_unavailable": "frasa sandi kunci penanda tangan tidak diberikan",
    SKIP_SIGNER + "certificate": "sertifikat penanda tangan tidak dapat dipakai",
}


@dataclass(frozen=True)
class Skipped:
    label: str
    form: str
    reason: str
    kind: str = ""


@dataclass(frozen=True)
class Planned:
    """One form to write: either a job to run, or a signed PDF already on record."""

    entry: ManifestEntry  # sha256 filled in once produced
    job: Job | None
    stored: bytes | None
    subject_id: str
    employee_id: str | None
    assessment_id: str | None
    signer_ids: tuple[str, ...]


@dataclass
class Plan:
    items: list[Planned] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:60] or "unit"


def forms_for(period: Period, forms: tuple[str, ...], *, explicit: bool) -> tuple[str, ...]:
    """The forms a period has: no SKP and no matrix for a periodic period (refused when asked
    for by name)."""
    unknown = set(forms) - set(BATCH_FORMS)
    if unknown:
        raise ValidationFailed(f"Jenis formulir tidak dikenal: {', '.join(sorted(unknown))}.")
    annual = [f for f in forms if f in ANNUAL_FORMS]
    if period.kind is PeriodKind.ANNUAL or not annual:
        return forms
    if explicit:
        raise ValidationFailed(ANNUAL_FORMS[annual[0]])
    return tuple(f for f in forms if f not in ANNUAL_FORMS)


def _signed_on_record(session: Session, form: str, subject_id: str, period_key: str) -> SignedDocument | None:
    return session.scalars(
        select(SignedDocument)
        .where(
            SignedDocument.form == form,
            SignedDocument.subject_id == subject_id,
            SignedDocument.period_key == period_key,
        )
        .order_by(SignedDocument.signed_at.desc())
    ).first()


def _job(snap: data.Snapshot, doc: Document, file_name: str, form: str) -> Job:
    return Job(doc, file_name, (), REASON[form], snap.agency.city or snap.agency.name, snap.agency.timezone)


def _employee_doc(
    ctx: AppContext, snap: data.Snapshot, emp_id: str, form: str, *, appendix: bool
) -> Document | None:
    if form == FORM_SKP:
        return docs.skp_doc(snap, emp_id)
    if form == FORM_DOKUMEN:
        return docs.dokumen_doc(snap, emp_id)
    doc = docs.evaluasi_doc(snap, emp_id)
    if doc is not None and appendix:
        doc = replace(doc, appendix=appendix_for(ctx, employee_id=emp_id, period=snap.period))
    return doc


def _signable(doc: Document, form: str) -> str:
    """Why ``doc`` cannot be signed, or "" when it can."""
    if doc.draft:
        what = "SKP belum disetujui" if form == FORM_SKP else "penilaian kinerja belum final"
        return f"dokumen draf tidak dapat ditandatangani ({what})"
    missing = [s.caption.lower() for s in doc.slots if not s.employee_id or s.person is None]
    return f"{missing[0]} tidak diketahui" if missing else ""


def plan_employee_form(
    ctx: AppContext,
    session: Session,
    snap: data.Snapshot,
    emp_id: str,
    form: str,
    *,
    sign: bool,
    appendix: bool = False,
    suffix: str = "",
) -> Planned | Skipped:
    """Plan one form; ``appendix`` adds the 360° summary and follow-up plan to an evaluation;
    ``suffix`` tells a mutasi year's SKPs apart in the file name (``_v2``)."""
    emp = snap.employees[emp_id]
    label = f"{emp.name} ({emp.nip})"
    period = snap.period
    skp = snap.skp.get(emp_id)
    if skp is None:
        return Skipped(label, form, f"belum memiliki SKP tahun {period.year}", SKIP_NO_SKP)
    doc = _employee_doc(ctx, snap, emp_id, form, appendix=appendix)
    if doc is None:
        return Skipped(
            label, form, f"belum memiliki SKP yang disetujui untuk tahun {period.year}", SKIP_NOT_APPROVED
        )
    assessment = snap.assessments.get(emp_id) if form != FORM_SKP else None
    subject_id = skp.id if form == FORM_SKP else (assessment.id if assessment else skp.id)
    file_name = f"{emp.nip}_{form}_{period.key}{suffix}.pdf"
    record = _signed_on_record(session, form, subject_id, period.key)
    if record is not None:
        stored = ctx.workspace.blobs.get(record.file_sha256)
        signed_by = tuple(json.loads(record.signers))
        entry = ManifestEntry(
            file_name, record.file_sha256, form, emp.nip, period.key, signed_by, record.content_hash
        )
        return Planned(entry, None, stored, subject_id, emp_id, None, ())
    if sign and (why := _signable(doc, form)):
        return Skipped(label, form, why, SKIP_DRAFT if doc.draft else SKIP_NO_SIGNER)
    entry = ManifestEntry(file_name, "", form, emp.nip, period.key, (), content_hash(doc))
    signers = tuple(s.employee_id for s in doc.slots) if sign else ()
    return Planned(
        entry,
        _job(snap, doc, file_name, form),
        None,
        subject_id,
        emp_id,
        assessment.id if assessment else None,
        signers,
    )


def plan_penetapan(
    ctx: AppContext, session: Session, snap: data.Snapshot, unit_id: str, *, sign: bool
) -> Planned | Skipped:
    unit = snap.units[unit_id]
    made = penetapan_doc(snap, unit_id)
    if isinstance(made, NoPenetapan):
        return Skipped(unit.name, FORM_PENETAPAN, made.reason, SKIP_NO_PENETAPAN)
    doc, _signer = made
    period = snap.period
    file_name = f"penetapan_{slug(unit.code or unit.name)}_{period.key}.pdf"
    doc_hash = content_hash(doc)
    record = _signed_on_record(session, FORM_PENETAPAN, unit_id, period.key)
    if record is not None and record.content_hash == doc_hash:
        signed_by = tuple(json.loads(record.signers))
        entry = ManifestEntry(
            file_name, record.file_sha256, FORM_PENETAPAN, "", period.key, signed_by, doc_hash
        )
        return Planned(entry, None, ctx.workspace.blobs.get(record.file_sha256), unit_id, None, None, ())
    if sign:
        if doc.draft:
            return Skipped(
                unit.name,
                FORM_PENETAPAN,
                f"dokumen draf tidak dapat ditandatangani ({doc.pending})",
                SKIP_DRAFT,
            )
        if not doc.slots[0].employee_id or doc.slots[0].person is None:
            return Skipped(
                unit.name,
                FORM_PENETAPAN,
                "pimpinan yang berwenang belum diatur untuk unit ini",
                SKIP_NO_SIGNER,
            )
    entry = ManifestEntry(file_name, "", FORM_PENETAPAN, "", period.key, (), doc_hash)
    signers = (doc.slots[0].employee_id,) if sign else ()
    return Planned(entry, _job(snap, doc, file_name, FORM_PENETAPAN), None, unit_id, None, None, signers)


def plan_matriks(
    ctx: AppContext, session: Session, snap: data.Snapshot, skp_id: str, doc: MatrixDoc, *, sign: bool
) -> Planned | Skipped:
    """One leader's matrix: signed by the leader (the Pimpinan slot) when the batch signs; a
    signed copy on record is reused while the form still says the same, as for a penetapan. The
    matrix has no decision date, so its closing prints the day of the export and a batch signed
    on a later day signs a new copy (both stay on record)."""
    leader_id = doc.slots[0].employee_id
    leader = snap.employees[leader_id]
    period = snap.period
    file_name = f"{leader.nip}_{FORM_MATRIKS}_{period.key}.pdf"
    doc_hash = content_hash(doc)
    record = _signed_on_record(session, FORM_MATRIKS, skp_id, period.key)
    if record is not None and record.content_hash == doc_hash:
        signed_by = tuple(json.loads(record.signers))
        entry = ManifestEntry(
            file_name, record.file_sha256, FORM_MATRIKS, leader.nip, period.key, signed_by, doc_hash
        )
        return Planned(entry, None, ctx.workspace.blobs.get(record.file_sha256), skp_id, leader_id, None, ())
    if sign and doc.slots[0].person is None:
        return Skipped(
            f"{leader.name} ({leader.nip})", FORM_MATRIKS, "pimpinan tidak diketahui", SKIP_NO_SIGNER
        )
    entry = ManifestEntry(file_name, "", FORM_MATRIKS, leader.nip, period.key, (), doc_hash)
    signers = (leader_id,) if sign else ()
    return Planned(entry, _job(snap, doc, file_name, FORM_MATRIKS), None, skp_id, leader_id, None, signers)


def attach_signers(
    plan: Plan, identities: Mapping[str, Identity], problems: Mapping[str, AsnError], snap: data.Snapshot
) -> None:
    """Give each job its signing actions, or skip it when one of its signers cannot sign."""
    kept: list[Planned] = []
    for item in plan.items:
        if item.job is None or not item.signer_ids:
            kept.append(item)
            continue
        missing = [i for i in item.signer_ids if i not in identities]
        if missing:
            who = snap.employees[missing[0]]
            problem = problems.get(missing[0])
            reason = problem.message if problem else "kunci tidak tersedia"
            kind = SKIP_SIGNER + (problem.code if problem else "key_unavailable")
            plan.skipped.append(
                Skipped(item.entry.file, item.entry.form, f"{who.name}: {reason.rstrip('.')}", kind)
            )
            continue
        actions = tuple(
            SignAction(
                s.field_name, identities[s.employee_id], s.person.name, s.person.nip, s.person.nip_label
            )
            for s in item.job.doc.slots
            if s.person is not None
        )
        kept.append(replace(item, job=replace(item.job, actions=actions)))
    plan.items = kept


def _chosen_units(units: list[Unit], unit: str | None) -> set[str]:
    if unit is None:
        return {u.id for u in units}
    match = [u for u in units if unit in (u.id, u.code, u.name)]
    if not match:
        raise NotFound(f"Unit kerja {unit!r} tidak ditemukan (sebutkan nama, kode, atau id unit).")
    return unit_subtree(units, match[0].id)


def _signers_of_units(session: Session, units: list[Unit]) -> set[str]:
    """Who may sign the units' penetapan: configured pimpinan and the heads of every unit."""
    heads = session.scalars(
        select(Employee.id).join(Position, Position.id == Employee.position_id).where(Position.leads_unit)
    )
    return {u.pimpinan_id for u in units if u.pimpinan_id} | set(heads)


def plan_batch(
    ctx: AppContext,
    *,
    period: Period,
    unit: str | None,
    forms: tuple[str, ...],
    sign: bool,
    appendix: bool = False,
    place: str | None = None,
) -> tuple[Plan, data.Snapshot]:
    plan = Plan()
    with read_session(ctx) as session:
        units = list(session.scalars(select(Unit)))
        chosen = _chosen_units(units, unit)
        employees = session.scalars(
            select(Employee).where(Employee.active, Employee.unit_id.in_(sorted(chosen)))
        )
        scope = {e.id for e in employees if can_view(ctx.actor, Subject(e.id, e.supervisor_id))}
        extra = _signers_of_units(session, units) if FORM_PENETAPAN in forms else set()
        matrices: dict[str, set[str]] = {}
        if FORM_MATRIKS in forms:  # the leaders in scope; the people they name print on the form
            matrices = {k: v for k, v in matrix_people(session, period.year).items() if k in scope}
            extra |= {person for people in matrices.values() for person in people}
        snap = data.load_snapshot(
            session,
            ctx.workspace.agency_id,
            period,
            scope,
            now=ctx.workspace.now(),
            place=place,
            extra=extra or None,
        )
        by_unit: dict[str, list[Employee]] = {}
        for emp_id in scope:
            by_unit.setdefault(snap.employees[emp_id].unit_id, []).append(snap.employees[emp_id])
        for unit_id in [u.id for u in sorted(units, key=lambda u: u.name) if u.id in chosen]:
            for emp in sorted(by_unit.get(unit_id, []), key=lambda e: (e.name, e.nip)):
                for one, suffix in _snapshots_of(session, ctx, snap, emp.id, place):
                    for form in forms:
                        if form in EMPLOYEE_FORMS:
                            planned = plan_employee_form(
                                ctx, session, one, emp.id, form, sign=sign, appendix=appendix, suffix=suffix
                            )
                            _add(plan, planned)
            if FORM_PENETAPAN in forms:
                _add(plan, plan_penetapan(ctx, session, snap, unit_id, sign=sign))
            for emp in sorted(by_unit.get(unit_id, []), key=lambda e: (e.name, e.nip)):
                found = matrix_for_archive(session, snap, emp.id) if emp.id in matrices else None
                if found is not None:
                    _add(plan, plan_matriks(ctx, session, snap, *found, sign=sign))
    return plan, snap


def _snapshots_of(
    session: Session, ctx: AppContext, snap: data.Snapshot, emp_id: str, place: str | None
) -> list[tuple[data.Snapshot, str]]:
    """The snapshots a pegawai's forms print from, with their file-name suffix: the batch's own;
    after a mutasi, one per SKP of the year the period overlaps — each SKP's forms print its own
    months and penilai, named ``{nip}_{form}_{period}_v{version}.pdf``."""
    period = snap.period
    plans = [
        s
        for s in session.scalars(
            select(Skp)
            .where(Skp.employee_id == emp_id, Skp.year == period.year, Skp.status != SkpStatus.SUPERSEDED)
            .order_by(Skp.version)
        )
        if (r := skp_range(s.year, s.start_on, s.end_on))[0] <= period.end and r[1] >= period.start
    ]
    if len(plans) < 2:
        return [(snap, "")]
    out = []
    for plan in plans:
        own = snap.skp.get(emp_id)
        one = snap
        if own is None or own.id != plan.id:
            one = data.load_snapshot(
                session, ctx.workspace.agency_id, period, {emp_id}, now=snap.now, place=place, skp_id=plan.id
            )
        out.append((one, f"_v{plan.version}"))
    return out


def _add(plan: Plan, item: Planned | Skipped) -> None:
    if isinstance(item, Skipped):
        plan.skipped.append(item)
    else:
        plan.items.append(item)
