"""Exporting forms: one form to a file, or a batch for a unit or the agency into an archive.

The shape of a batch, and why:

1. **Gather** in the main process, in one read session, into frozen ``pdf.model`` documents
   (``export_data``). Workers never open the database: SQLCipher connections cannot cross a
   process boundary, and one session gives one consistent view of the year.
2. **Unlock** the signers' keys (each once, however many forms they sign), in the main
   process, because only it has the passphrases; a signer whose key cannot be used is
   reported and that signer's forms are skipped, the rest of the batch goes on.
3. **Render and sign** in a ``ProcessPoolExecutor`` (``pdf.produce.produce``, a pure
   function): drawing and signing are CPU-bound Python, so threads would serialize on the
   GIL. The pool uses ``spawn`` on every OS so what is tested on Linux is what runs on Windows.
4. **Record** each signed form as results arrive (``SignedDocument`` + the encrypted PDF in
   the blob store + the assessment moved to *signed*), in small transactions, and write it
   into the archive. Cancelling stops between forms: what was recorded stays consistent.

Decision — an employee with no approved SKP: the **SKP** form is printed with a *DRAF*
watermark when unsigned (a draft on paper is what the penilai and pegawai discuss before
approval), but **signing it is refused**, since a signature must attest to a document that
can no longer change. The **evaluation** is refused outright: there is nothing approved to
evaluate against. In a batch these are skipped and listed, never silently dropped.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
from collections.abc import Generator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.atomic import write_atomically
from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import Subject, can_view, require
from asn_desktop.domain.skp_state import AssessmentStatus, assessment_next
from asn_desktop.errors import AsnError, NotFound, ValidationFailed
from asn_desktop.pdf.archive import ManifestEntry, open_archive, os_error_message
from asn_desktop.pdf.certs import Identity
from asn_desktop.pdf.model import (
    FORM_EVALUASI,
    FORM_PENETAPAN,
    FORM_SKP,
    Document,
    SignatureSlot,
    content_hash,
)
from asn_desktop.pdf.produce import Job, Produced, produce, warm_up
from asn_desktop.pdf.sign import SignAction
from asn_desktop.progress import CancelToken, ProgressSink, null_progress
from asn_desktop.services import export_data as data
from asn_desktop.services.context import AppContext
from asn_desktop.services.export_appendix import appendix_for
from asn_desktop.services.signing import refresh_trust_store, unlock_signers
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Assessment, Employee, SignedDocument, Unit

EMPLOYEE_FORMS = (FORM_SKP, FORM_EVALUASI)
BATCH_FORMS = (FORM_SKP, FORM_EVALUASI, FORM_PENETAPAN)
_RECORD_EVERY = 25
_REASON = {
    FORM_SKP: "Sasaran Kinerja Pegawai",
    FORM_EVALUASI: "Evaluasi Kinerja Pegawai",
    FORM_PENETAPAN: "Penetapan Predikat Kinerja",
}


@dataclass(frozen=True)
class Skipped:
    label: str
    form: str
    reason: str


@dataclass(frozen=True)
class BatchResult:
    target: Path
    written: tuple[ManifestEntry, ...]
    skipped: tuple[Skipped, ...]


@dataclass(frozen=True)
class _Planned:
    """One form to write: either a job to run, or a signed PDF already on record."""

    entry: ManifestEntry  # sha256 filled in once produced
    job: Job | None
    stored: bytes | None
    subject_id: str
    employee_id: str | None
    assessment_id: str | None
    signer_ids: tuple[str, ...]


@dataclass
class _Plan:
    items: list[_Planned] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:60] or "unit"


def _slots(
    doc: Document, signers: list[tuple[str, str | None]], snap: data.Snapshot
) -> tuple[SignatureSlot, ...]:
    slots: list[SignatureSlot] = []
    for caption, emp_id in signers:
        person = snap.person(emp_id)
        if emp_id and person:
            slots.append(SignatureSlot(f"TTD_{len(slots) + 1}_{_slug(caption)}", caption, emp_id, person))
    return tuple(slots)


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


def _plan_employee_form(
    ctx: AppContext,
    session: Session,
    snap: data.Snapshot,
    emp_id: str,
    form: str,
    *,
    sign: bool,
    appendix: bool = False,
) -> _Planned | Skipped:
    """Plan one form; ``appendix`` adds the 360° summary and follow-up plan to an evaluation."""
    emp = snap.employees[emp_id]
    label = f"{emp.name} (NIP {emp.nip})"
    period = snap.period
    skp = snap.skp.get(emp_id)
    if skp is None:
        return Skipped(label, form, f"belum memiliki SKP tahun {period.year}")
    doc: Document | None
    assessment = snap.assessments.get(emp_id) if form == FORM_EVALUASI else None
    if form == FORM_SKP:
        doc = data.skp_doc(snap, emp_id)
        subject_id = skp.id
        signers = [("Pegawai yang Dinilai", emp_id), ("Pejabat Penilai Kinerja", skp.penilai_id)]
    else:
        doc = data.evaluasi_doc(snap, emp_id)
        if doc is None:
            return Skipped(label, form, f"belum memiliki SKP yang disetujui untuk tahun {period.year}")
        if appendix:
            doc = replace(doc, appendix=appendix_for(ctx, employee_id=emp_id, period=period))
        subject_id = assessment.id if assessment else skp.id
        penilai = (assessment.assessor_id if assessment else None) or skp.penilai_id or emp.supervisor_id
        signers = [("Pejabat Penilai Kinerja", penilai), ("Pegawai yang Dinilai", emp_id)]
    assert doc is not None
    file_name = f"{emp.nip}_{form}_{period.key}.pdf"
    record = _signed_on_record(session, form, subject_id, period.key)
    entry = ManifestEntry(file_name, "", form, emp.nip, period.key, (), content_hash(doc))
    if record is not None:
        stored = ctx.workspace.blobs.get(record.file_sha256)
        signed_by = tuple(json.loads(record.signers))
        entry = ManifestEntry(
            file_name, record.file_sha256, form, emp.nip, period.key, signed_by, record.content_hash
        )
        return _Planned(entry, None, stored, subject_id, emp_id, None, ())
    slots: tuple[SignatureSlot, ...] = ()
    if sign:
        if doc.draft:
            what = "SKP belum disetujui" if form == FORM_SKP else "penilaian kinerja belum final"
            return Skipped(label, form, f"dokumen draf tidak dapat ditandatangani ({what})")
        slots = _slots(doc, signers, snap)
        if len(slots) < 2:
            return Skipped(label, form, "pejabat penilai kinerja tidak diketahui")
    doc = _with_slots(doc, slots)
    job = Job(doc, file_name, (), _REASON[form], snap.agency.city or snap.agency.name, snap.agency.timezone)
    return _Planned(
        entry,
        job,
        None,
        subject_id,
        emp_id,
        assessment.id if assessment else None,
        tuple(s.employee_id for s in slots),
    )


def _with_slots(doc: Document, slots: tuple[SignatureSlot, ...]) -> Document:
    return replace(doc, slots=slots)


def _plan_penetapan(
    ctx: AppContext, session: Session, snap: data.Snapshot, unit_id: str, *, sign: bool
) -> _Planned | Skipped | None:
    made = data.penetapan_doc(snap, unit_id)
    if made is None:
        return None
    doc, leader = made
    unit = snap.units[unit_id]
    period = snap.period
    file_name = f"penetapan_{_slug(unit.code or unit.name)}_{period.key}.pdf"
    doc_hash = content_hash(doc)
    record = _signed_on_record(session, FORM_PENETAPAN, unit_id, period.key)
    if record is not None and record.content_hash == doc_hash:
        entry = ManifestEntry(
            file_name,
            record.file_sha256,
            FORM_PENETAPAN,
            "",
            period.key,
            tuple(json.loads(record.signers)),
            doc_hash,
        )
        return _Planned(entry, None, ctx.workspace.blobs.get(record.file_sha256), unit_id, None, None, ())
    slots: tuple[SignatureSlot, ...] = ()
    if sign:
        slots = _slots(doc, [("Pimpinan Unit Kerja", leader)], snap)
        if not slots:
            return Skipped(unit.name, FORM_PENETAPAN, "pimpinan unit kerja tidak diketahui")
    signed_doc = _with_slots(doc, slots)
    entry = ManifestEntry(file_name, "", FORM_PENETAPAN, "", period.key, (), doc_hash)
    job = Job(
        signed_doc,
        file_name,
        (),
        _REASON[FORM_PENETAPAN],
        snap.agency.city or snap.agency.name,
        snap.agency.timezone,
    )
    return _Planned(entry, job, None, unit_id, None, None, tuple(s.employee_id for s in slots))


def _attach_signers(
    plan: _Plan, identities: Mapping[str, Identity], problems: Mapping[str, AsnError], snap: data.Snapshot
) -> None:
    """Give each job its signing actions, or skip it when one of its signers cannot sign."""
    kept: list[_Planned] = []
    for item in plan.items:
        if item.job is None or not item.signer_ids:
            kept.append(item)
            continue
        missing = [i for i in item.signer_ids if i not in identities]
        if missing:
            who = snap.employees[missing[0]]
            reason = problems[missing[0]].message if missing[0] in problems else "kunci tidak tersedia"
            plan.skipped.append(
                Skipped(item.entry.file, item.entry.form, f"{who.name}: {reason.rstrip('.')}")
            )
            continue
        actions = tuple(
            SignAction(slot.field_name, identities[slot.employee_id], slot.person.name, slot.person.nip)
            for slot in item.job.doc.slots
        )
        kept.append(_replace_job(item, replace(item.job, actions=actions)))
    plan.items = kept


def _replace_job(item: _Planned, job: Job) -> _Planned:
    return replace(item, job=job)


def _scope(ctx: AppContext, session: Session, unit: str | None) -> tuple[set[str], list[str]]:
    """Employees (visible to the actor) and units of the batch: a unit with its sub-units, or all."""
    units = list(session.scalars(select(Unit)))
    if unit is None:
        chosen = {u.id for u in units}
    else:
        match = [u for u in units if unit in (u.id, u.code, u.name)]
        if not match:
            raise NotFound(f"Unit kerja {unit!r} tidak ditemukan (sebutkan nama, kode, atau id unit).")
        chosen = {match[0].id}
        grew = True
        while grew:
            extra = {u.id for u in units if u.parent_id in chosen} - chosen
            chosen |= extra
            grew = bool(extra)
    employees = session.scalars(select(Employee).where(Employee.active, Employee.unit_id.in_(sorted(chosen))))
    visible = {e.id for e in employees if can_view(ctx.actor, Subject(e.id, e.supervisor_id))}
    order = [u.id for u in sorted(units, key=lambda u: u.name) if u.id in chosen]
    return visible, order


def _plan_batch(
    ctx: AppContext,
    *,
    period: Period,
    unit: str | None,
    forms: tuple[str, ...],
    sign: bool,
    appendix: bool = False,
) -> tuple[_Plan, data.Snapshot]:
    plan = _Plan()
    with read_session(ctx) as session:
        scope, unit_order = _scope(ctx, session, unit)
        snap = data.load_snapshot(session, ctx.workspace.agency_id, period, scope)
        by_unit: dict[str, list[Employee]] = {}
        for emp_id in scope:
            emp = snap.employees[emp_id]
            by_unit.setdefault(emp.unit_id, []).append(emp)
        for unit_id in unit_order:
            for emp in sorted(by_unit.get(unit_id, []), key=lambda e: (e.name, e.nip)):
                for form in forms:
                    if form in EMPLOYEE_FORMS:
                        _add(
                            plan,
                            _plan_employee_form(
                                ctx, session, snap, emp.id, form, sign=sign, appendix=appendix
                            ),
                        )
            if FORM_PENETAPAN in forms and by_unit.get(unit_id):
                _add(plan, _plan_penetapan(ctx, session, snap, unit_id, sign=sign))
    return plan, snap


def _add(plan: _Plan, item: _Planned | Skipped | None) -> None:
    if isinstance(item, Skipped):
        plan.skipped.append(item)
    elif item is not None:
        plan.items.append(item)


def _unlock(
    ctx: AppContext, plan: _Plan, snap: data.Snapshot, passphrases: Mapping[str, str], default: str | None
) -> None:
    needed = {i for item in plan.items for i in item.signer_ids}
    if not needed:
        return
    identities, problems = unlock_signers(ctx, needed, passphrases, default)
    _attach_signers(plan, identities, problems, snap)


def _start_pool(workers: int) -> ProcessPoolExecutor | None:
    """Start the workers before the gathering, so their start-up (a spawned interpreter importing
    ReportLab and pyHanko, about a second) overlaps the main process's reading of the year."""
    if workers <= 1:
        return None
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    for _ in range(workers):
        pool.submit(warm_up)
    return pool


def _run_jobs(
    jobs: list[Job], pool: ProcessPoolExecutor | None, workers: int, cancel: CancelToken
) -> Generator[Produced, None, None]:
    """Produce the jobs, in the pool when there is one; results come back in job order."""
    if pool is None:
        for job in jobs:
            cancel.check()
            yield produce(job)
        return
    with pool:
        pending: dict[int, Future[Produced]] = {}
        done_results: dict[int, Produced] = {}
        next_submit = next_yield = 0
        window = workers * 4
        try:
            while next_yield < len(jobs):
                cancel.check()
                while next_submit < len(jobs) and len(pending) < window:
                    pending[next_submit] = pool.submit(produce, jobs[next_submit])
                    next_submit += 1
                finished, _ = wait(pending.values(), timeout=0.5, return_when=FIRST_COMPLETED)
                for index in [i for i, f in pending.items() if f in finished]:
                    done_results[index] = pending.pop(index).result()
                while next_yield in done_results:
                    yield done_results.pop(next_yield)
                    next_yield += 1
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def _record_signed(ctx: AppContext, batch: list[tuple[_Planned, Produced]]) -> None:
    """Keep the signed PDFs and lock their records, in one transaction per batch of forms.

    The assessment moves FINAL → SIGNED with the same transition table ``mark_assessment_signed``
    uses; it is applied here directly because the export may be run by the admin, whose
    authority to sign comes from the signers' own keys, not from being the penilai.
    """
    if not batch:
        return
    with unit_of_work(ctx, "export.sign") as uow:
        for item, produced in batch:
            sha = ctx.workspace.blobs.put(produced.pdf)
            row = SignedDocument(
                form=item.entry.form,
                subject_id=item.subject_id,
                employee_id=item.employee_id,
                period_key=item.entry.period,
                content_hash=produced.content_hash,
                file_sha256=sha,
                signers=json.dumps(list(produced.signers), ensure_ascii=False),
                signed_at=ctx.workspace.now(),
            )
            uow.session.add(row)
            if item.assessment_id:
                assessment = uow.session.get_one(Assessment, item.assessment_id)
                if assessment.status != AssessmentStatus.SIGNED:
                    assessment.status = assessment_next(AssessmentStatus(assessment.status), "sign").value
                    assessment.signed_hash = produced.content_hash
        uow.audit("signed_document", batch[-1][0].subject_id, count=len(batch))


def _period(year: int, period_key: str | None) -> Period:
    period = Period.parse(period_key) if period_key else Period.annual(year)
    if period.year != year:
        raise ValidationFailed(f"Periode {period.label} tidak berada di tahun {year}.")
    return period


def _jobs(plan: _Plan) -> list[Job]:
    return [item.job for item in plan.items if item.job is not None]


def _write_batch(
    ctx: AppContext,
    plan: _Plan,
    out: Path,
    produced_iter: Generator[Produced, None, None],
    progress: ProgressSink,
) -> list[ManifestEntry]:
    """Write every planned form into the archive, recording signed ones as they arrive."""
    total = len(plan.items)
    progress(0, total, "Menyiapkan")
    written: list[ManifestEntry] = []
    to_record: list[tuple[_Planned, Produced]] = []
    with open_archive(out) as archive:
        try:
            for done, item in enumerate(plan.items, 1):
                if item.job is None:
                    assert item.stored is not None
                    entry, pdf = item.entry, item.stored
                else:
                    produced = next(produced_iter)
                    pdf = produced.pdf
                    entry = replace(item.entry, sha256=produced.sha256, signers=produced.signers)
                    entry = replace(entry, content_hash=produced.content_hash)
                    if produced.signers:
                        to_record.append((item, produced))
                if len(to_record) >= _RECORD_EVERY:
                    _record_signed(ctx, to_record)
                    to_record = []
                archive.add(entry, pdf)
                written.append(entry)
                progress(done, total, entry.file)
        finally:
            _record_signed(ctx, to_record)
            produced_iter.close()
    return written


def export_batch(
    ctx: AppContext,
    *,
    year: int,
    out: Path,
    sign: bool = False,
    unit: str | None = None,
    forms: tuple[str, ...] = BATCH_FORMS,
    period_key: str | None = None,
    passphrases: Mapping[str, str] | None = None,
    default_passphrase: str | None = None,
    workers: int | None = None,
    progress: ProgressSink = null_progress,
    cancel: CancelToken | None = None,
    appendix: bool = False,
) -> BatchResult:
    """Export the forms of a unit (with its sub-units) or the agency into a folder or a zip.

    ``appendix`` adds the 360° summary and follow-up plan to each evaluation form.
    """
    cancel = cancel or CancelToken()
    unknown = set(forms) - set(BATCH_FORMS)
    if unknown:
        raise ValidationFailed(f"Jenis formulir tidak dikenal: {', '.join(sorted(unknown))}.")
    period = _period(year, period_key)
    workers = workers or os.cpu_count() or 1
    pool = _start_pool(workers)
    try:
        plan, snap = _plan_batch(ctx, period=period, unit=unit, forms=forms, sign=sign, appendix=appendix)
        if sign:
            _unlock(ctx, plan, snap, passphrases or {}, default_passphrase)
            refresh_trust_store(ctx)
    except BaseException:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
        raise
    try:
        written = _write_batch(ctx, plan, out, _run_jobs(_jobs(plan), pool, workers, cancel), progress)
    finally:
        if pool is not None:  # also when no job ever reached the pool
            pool.shutdown(wait=True, cancel_futures=True)
    return BatchResult(out, tuple(written), tuple(plan.skipped))


def export_form(
    ctx: AppContext,
    *,
    nip: str,
    year: int,
    form: str,
    out: Path,
    sign: bool = False,
    period_key: str | None = None,
    passphrases: Mapping[str, str] | None = None,
    default_passphrase: str | None = None,
    appendix: bool = False,
) -> ManifestEntry:
    """Export one employee's SKP or evaluation to ``out``; refuses with a clear reason.

    ``appendix`` adds the 360° summary and follow-up plan to an evaluation form.
    """
    if form not in EMPLOYEE_FORMS:
        raise ValidationFailed(f"Jenis formulir tidak dikenal: {form!r} (pilihan: skp, evaluasi).")
    period = _period(year, period_key)
    with read_session(ctx) as session:
        emp = session.scalars(select(Employee).where(Employee.nip == nip.replace(" ", ""))).one_or_none()
        if emp is None:
            raise NotFound(f"Pegawai dengan NIP {nip} tidak ditemukan.")
        require(can_view(ctx.actor, Subject(emp.id, emp.supervisor_id)), "mengekspor formulir pegawai ini")
        snap = data.load_snapshot(session, ctx.workspace.agency_id, period, {emp.id})
        planned = _plan_employee_form(ctx, session, snap, emp.id, form, sign=sign, appendix=appendix)
    if isinstance(planned, Skipped):
        raise ValidationFailed(f"Formulir {form} {planned.label} tidak dapat dibuat: {planned.reason}.")
    plan = _Plan([planned])
    if sign and planned.signer_ids:
        identities, problems = unlock_signers(
            ctx, set(planned.signer_ids), passphrases or {}, default_passphrase
        )
        for emp_id in planned.signer_ids:
            if emp_id in problems:
                raise problems[emp_id]
        _attach_signers(plan, identities, problems, snap)
        refresh_trust_store(ctx)
    item = plan.items[0]
    entry, pdf = item.entry, item.stored
    if item.job is not None:
        produced = produce(item.job)
        pdf = produced.pdf
        entry = ManifestEntry(
            out.name, produced.sha256, form, emp.nip, period.key, produced.signers, produced.content_hash
        )
        if produced.signers:
            _record_signed(ctx, [(item, produced)])
    assert pdf is not None
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(out, pdf, mode=0o644)
    except OSError as exc:
        raise os_error_message(exc, out.parent) from exc
    return entry
