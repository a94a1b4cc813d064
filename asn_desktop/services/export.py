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

What is planned, and what is refused or skipped with which reason, is decided in
``export_plan``; in a batch, every form not made is listed, never silently dropped.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Generator, Mapping
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.atomic import write_atomically
from asn_desktop.domain.mutasi import skp_range, skp_range_label
from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import Subject, can_view, require
from asn_desktop.domain.skp_state import AssessmentStatus, SkpStatus, assessment_next
from asn_desktop.errors import NotFound, ValidationFailed
from asn_desktop.pdf.archive import ManifestEntry, open_archive, os_error_message
from asn_desktop.pdf.model import FORM_DOKUMEN, FORM_EVALUASI, FORM_SKP
from asn_desktop.pdf.produce import Job, Produced, produce, warm_up
from asn_desktop.progress import CancelToken, ProgressSink, null_progress
from asn_desktop.services import export_data as data
from asn_desktop.services.assessment import may_open_assessment
from asn_desktop.services.context import AppContext
from asn_desktop.services.export_plan import (
    BATCH_FORMS,
    EMPLOYEE_FORMS,
    Plan,
    Planned,
    Skipped,
    attach_signers,
    forms_for,
    plan_batch,
    plan_employee_form,
)
from asn_desktop.services.signing import refresh_trust_store, unlock_signers
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Assessment, Employee, SignedDocument, Skp

_RECORD_EVERY = 25
_SIGN_LOCKS = (FORM_EVALUASI, FORM_DOKUMEN)  # signing these locks the assessment


@dataclass(frozen=True)
class BatchResult:
    target: Path
    written: tuple[ManifestEntry, ...]
    skipped: tuple[Skipped, ...]

    @property
    def signed(self) -> int:
        return sum(1 for e in self.written if e.signers)

    def skipped_by_kind(self) -> list[tuple[str, int, str]]:
        """(kind, count, an example reason) per kind, the largest first: the summary's lines."""
        counts: dict[str, list[Skipped]] = {}
        for s in self.skipped:
            counts.setdefault(s.kind, []).append(s)
        return sorted(((k, len(v), v[0].reason) for k, v in counts.items()), key=lambda t: (-t[1], t[0]))


def _unlock(
    ctx: AppContext, plan: Plan, snap: data.Snapshot, passphrases: Mapping[str, str], default: str | None
) -> None:
    needed = {i for item in plan.items for i in item.signer_ids}
    if not needed:
        return
    identities, problems = unlock_signers(ctx, needed, passphrases, default)
    attach_signers(plan, identities, problems, snap)


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


def _record_signed(ctx: AppContext, batch: list[tuple[Planned, Produced]]) -> None:
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
            if item.assessment_id and item.entry.form in _SIGN_LOCKS:
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


def _jobs(plan: Plan) -> list[Job]:
    return [item.job for item in plan.items if item.job is not None]


def _write_batch(
    ctx: AppContext,
    plan: Plan,
    out: Path,
    produced_iter: Generator[Produced, None, None],
    progress: ProgressSink,
) -> list[ManifestEntry]:
    """Write every planned form into the archive, recording signed ones as they arrive."""
    total = len(plan.items)
    progress(0, total, "Menyiapkan")
    written: list[ManifestEntry] = []
    to_record: list[tuple[Planned, Produced]] = []
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
    forms: tuple[str, ...] | None = None,
    period_key: str | None = None,
    passphrases: Mapping[str, str] | None = None,
    default_passphrase: str | None = None,
    workers: int | None = None,
    progress: ProgressSink = null_progress,
    cancel: CancelToken | None = None,
    appendix: bool = False,
    place: str | None = None,
) -> BatchResult:
    """Export the forms of a unit (with its sub-units) or the agency into a folder or a zip.

    ``forms`` defaults to every form the period has (no SKP for a periodic period); ``appendix``
    adds the 360° summary and follow-up plan to each evaluation form; ``place`` overrides the
    place printed in the closing (otherwise the unit's or the agency's city; refused when none).
    """
    cancel = cancel or CancelToken()
    period = _period(year, period_key)
    chosen = forms_for(period, forms or BATCH_FORMS, explicit=forms is not None)
    workers = workers or os.cpu_count() or 1
    pool = _start_pool(workers)
    try:
        plan, snap = plan_batch(
            ctx, period=period, unit=unit, forms=chosen, sign=sign, appendix=appendix, place=place
        )
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


def _check_chosen_skp(session: Session, emp: Employee, year: int, skp_id: str) -> None:
    """Refuse an SKP id that is not one of the pegawai's SKPs of the year: without this check an
    unknown or foreign id would silently fall back to the SKP in force, and the caller would get
    a form other than the one he asked for."""
    mine = session.scalars(
        select(Skp)
        .where(Skp.employee_id == emp.id, Skp.year == year, Skp.status != SkpStatus.SUPERSEDED)
        .order_by(Skp.version)
    ).all()
    if any(s.id == skp_id for s in mine):
        return
    choices = "; ".join(f"{s.id} ({skp_range_label(*skp_range(s.year, s.start_on, s.end_on))})" for s in mine)
    where = (
        f"SKP NIP {emp.nip} tahun {year}: {choices}"
        if mine
        else f"NIP {emp.nip} belum memiliki SKP tahun {year}"
    )
    if session.get(Skp, skp_id) is None:
        raise NotFound(f"SKP {skp_id} tidak ditemukan ({where}).")
    raise ValidationFailed(f"SKP {skp_id} bukan SKP yang berlaku bagi NIP {emp.nip} tahun {year} ({where}).")


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
    place: str | None = None,
    skp_id: str | None = None,
) -> ManifestEntry:
    """Export one employee's SKP, evaluation or dokumen evaluasi to ``out``; refuses with a reason.

    ``appendix`` adds the 360° summary and follow-up plan to an evaluation form; ``place`` as
    for ``export_batch``; ``skp_id`` picks which of a year's SKPs the form prints after a
    mutasi — the SKP form, or that SKP's evaluation with its own months and penilai (otherwise the
    one in force at the period's end); an id that is not one of them is refused rather than ignored.
    """
    if form not in EMPLOYEE_FORMS:
        raise ValidationFailed(f"Jenis formulir tidak dikenal: {form!r} (pilihan: skp, evaluasi, dokumen).")
    period = _period(year, period_key)
    forms_for(period, (form,), explicit=True)
    with read_session(ctx) as session:
        emp = session.scalars(select(Employee).where(Employee.nip == nip.replace(" ", ""))).one_or_none()
        if emp is None:
            raise NotFound(f"Pegawai dengan NIP {nip} tidak ditemukan.")
        # The atasan pejabat penilai may open the evaluation forms once the pegawai objected.
        picked = session.get(Skp, skp_id) if skp_id else None
        # After a mutasi the closed SKP's own penilai exports its evaluation forms too.
        allowed = can_view(ctx.actor, Subject(emp.id, emp.supervisor_id)) or (
            form != FORM_SKP
            and may_open_assessment(
                ctx, session, emp.id, period.key, picked if picked and picked.employee_id == emp.id else None
            )
        )
        require(allowed, "mengekspor formulir pegawai ini")
        if skp_id is not None:
            _check_chosen_skp(session, emp, year, skp_id)
        snap = data.load_snapshot(
            session,
            ctx.workspace.agency_id,
            period,
            {emp.id},
            now=ctx.workspace.now(),
            place=place,
            skp_id=skp_id,
        )
        planned = plan_employee_form(ctx, session, snap, emp.id, form, sign=sign, appendix=appendix)
    if isinstance(planned, Skipped):
        raise ValidationFailed(f"Formulir {form} {planned.label} tidak dapat dibuat: {planned.reason}.")
    plan = Plan([planned])
    if sign and planned.signer_ids:
        identities, problems = unlock_signers(
            ctx, set(planned.signer_ids), passphrases or {}, default_passphrase
        )
        for emp_id in planned.signer_ids:
            if emp_id in problems:
                raise problems[emp_id]
        attach_signers(plan, identities, problems, snap)
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
