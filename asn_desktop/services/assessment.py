"""Judging: feedback, self-assessment, the supervisor's two ratings, finalising, signing."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from asn_desktop.domain.berakhlak import core_value
from asn_desktop.domain.mutasi import in_force, penilai_of_skp, skp_range, skp_range_label
from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import (
    FeedbackSource,
    Subject,
    can_assess,
    can_edit_own_plan,
    can_give_feedback,
    can_view,
    can_view_objected_assessment,
    require,
)
from asn_desktop.domain.rating import Predikat, Rating, predikat_kinerja
from asn_desktop.domain.skp_state import (
    AssessmentStatus,
    SkpStatus,
    assessment_next,
    ensure_editable_assessment,
)
from asn_desktop.errors import ValidationFailed
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.objection import decide_objection, file_objection, is_objected
from asn_desktop.services.org_predikat import enforce_leader_rule
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Assessment, Employee, Feedback, Objection, Rhk, SignedDocument, Skp
from asn_desktop.store.queries import is_current_assessment, is_latest_version

__all__ = [
    "AssessmentView",
    "assess",
    "decide_objection",
    "file_objection",
    "finalize_assessment",
    "get_assessment",
    "give_feedback",
    "mark_assessment_signed",
    "reopen_assessment",
    "self_assess",
]


@dataclass(frozen=True)
class AssessmentView:
    id: str
    employee_id: str
    period_key: str
    status: AssessmentStatus
    rating_hasil: Rating | None
    rating_perilaku: Rating | None
    predikat: Predikat | None
    notes: str | None
    self_rating_hasil: Rating | None
    self_note: str | None
    signed_hash: str | None
    version: int = 1
    previous_id: str | None = None  # the version this one replaced after a keberatan
    skp_id: str | None = None  # the SKP whose months it evaluates (two in a mutasi year)


def give_feedback(
    ctx: AppContext,
    *,
    employee_id: str,
    source: FeedbackSource | str,
    period_key: str,
    text: str,
    rhk_id: str | None = None,
    core_value_key: str | None = None,
    score: int | None = None,
) -> str:
    """Continuous feedback on an RHK or a core value, from self, supervisor, peer or the public."""
    src = FeedbackSource(source)
    period = Period.parse(period_key)
    if not text.strip():
        raise ValidationFailed("Isi umpan balik wajib diisi.")
    if core_value_key is not None:
        core_value(core_value_key)
    if score is not None and not 1 <= score <= 5:
        raise ValidationFailed("Skor kepuasan harus 1 sampai 5.")
    with unit_of_work(ctx, "feedback.give") as uow:
        require(
            can_give_feedback(ctx.actor, subject_of(uow.session, employee_id), src),
            f"memberi umpan balik sebagai {src.label.lower()}",
        )
        if rhk_id is not None:
            rhk = get_or_fail(uow.session, Rhk, rhk_id, "RHK")
            if get_or_fail(uow.session, Skp, rhk.skp_id, "SKP").employee_id != employee_id:
                raise ValidationFailed("RHK tersebut bukan milik pegawai yang diberi umpan balik.")
        fb = Feedback(
            employee_id=employee_id,
            author_user_id=ctx.actor.user_id,
            source=src.value,
            period_key=period.key,
            rhk_id=rhk_id,
            core_value=core_value_key,
            text=text.strip(),
            score=score,
            created_at=ctx.workspace.now(),
        )
        uow.session.add(fb)
        uow.session.flush()
        uow.audit("feedback", fb.id, source=src.value)
        return fb.id


def year_skps(session: Session, employee_id: str, year: int) -> list[Skp]:
    """The pegawai's approved SKPs of the year, earliest first (two after a mutasi)."""
    rows = session.scalars(
        select(Skp).where(Skp.employee_id == employee_id, Skp.year == year, Skp.status == SkpStatus.APPROVED)
    ).all()
    return sorted(rows, key=lambda s: skp_range(s.year, s.start_on, s.end_on))


def skp_of_period(
    session: Session, employee_id: str, period: Period, skp_id: str | None = None
) -> Skp | None:
    """The SKP whose months an assessment of ``period`` evaluates: ``skp_id`` when given (one of
    the pegawai's approved SKPs of that year overlapping the period), else the SKP in force at the
    period's end — None while the pegawai has no approved SKP for it (as before 0014)."""
    approved = year_skps(session, employee_id, period.year)
    spans = {s.id: skp_range(s.year, s.start_on, s.end_on) for s in approved}
    if skp_id is None:
        skp_id = in_force([(k, *v) for k, v in spans.items()], period.start, period.end)
        if skp_id is None:
            return None
    elif skp_id not in spans:
        raise ValidationFailed("SKP itu bukan SKP pegawai ini yang disetujui untuk tahun periode ini.")
    first, last = spans[skp_id]
    if first > period.end or last < period.start:
        raise ValidationFailed(f"SKP itu ({skp_range_label(first, last)}) tidak mencakup periode ini.")
    return next(s for s in approved if s.id == skp_id)


def assessment_subject(session: Session, employee_id: str, plan: Skp | None) -> Subject:
    """The pegawai with the pejabat penilai of ``plan``'s months: a closed SKP's own penilai after
    a mutasi, otherwise the supervisor as of today (``domain.mutasi.penilai_of_skp``)."""
    subject = subject_of(session, employee_id)
    if plan is None:
        return subject
    return Subject(employee_id, penilai_of_skp(plan.end_on, plan.penilai_id, subject.supervisor_id))


def _assessment_for(
    session: Session, employee_id: str, period: Period, skp_id: str | None = None
) -> tuple[Assessment, Subject]:
    get_or_fail(session, Employee, employee_id, "Pegawai")
    plan = skp_of_period(session, employee_id, period, skp_id)
    # one made without an SKP (none approved yet, or before 0014): the default SKP takes it over
    mine = Assessment.skp_id.is_(None) if plan is None else Assessment.skp_id == plan.id
    if plan is not None and skp_id is None:
        mine = or_(mine, Assessment.skp_id.is_(None))
    row = session.scalars(
        select(Assessment)
        .where(Assessment.employee_id == employee_id, Assessment.period_key == period.key, mine)
        .where(is_latest_version())
        .order_by(Assessment.skp_id.is_(None))
    ).first()
    subject = assessment_subject(session, employee_id, plan)
    if row is None:
        row = Assessment(
            employee_id=employee_id,
            period_key=period.key,
            status=AssessmentStatus.DRAFT.value,
            assessor_id=subject.supervisor_id,  # a Plt./Plh. while one acts; a closed SKP's own
            skp_id=plan.id if plan else None,
        )
        session.add(row)
    elif row.skp_id is None and plan is not None:
        row.skp_id = plan.id
    return row, subject


def self_assess(
    ctx: AppContext,
    *,
    period_key: str,
    rating_hasil: Rating | str | None,
    note: str | None,
    employee_id: str | None = None,
    skp_id: str | None = None,
) -> str:
    """The pegawai's *penilaian diri*: an input the supervisor sees, never the rating itself.

    ``skp_id`` names which SKP's months (after a mutasi); by default the SKP in force at the end.
    """
    employee_id = employee_id or ctx.actor.employee_id
    if employee_id is None:
        raise ValidationFailed("Pengguna ini tidak terhubung dengan data pegawai.")
    period = Period.parse(period_key)
    with unit_of_work(ctx, "assessment.self") as uow:
        require(
            can_edit_own_plan(ctx.actor, subject_of(uow.session, employee_id)),
            "mengisi penilaian diri pegawai lain",
        )
        row, _ = _assessment_for(uow.session, employee_id, period, skp_id)
        ensure_editable_assessment(AssessmentStatus(row.status))
        row.self_rating_hasil = Rating(rating_hasil).value if rating_hasil else None
        row.self_note = note
        uow.session.flush()
        uow.audit("assessment", row.id, by="self")
        return row.id


def assess(
    ctx: AppContext,
    *,
    employee_id: str,
    period_key: str,
    rating_hasil: Rating | str,
    rating_perilaku: Rating | str,
    notes: str | None = None,
    skp_id: str | None = None,
) -> Predikat:
    """The pejabat penilai sets the two ratings; the predikat follows from the matrix.

    An assessment evaluates one SKP's months: ``skp_id`` (after a mutasi, the closed SKP, rated by
    its own penilai), by default the SKP in force at the period's end, rated by the supervisor.

    For a unit head the Rating Hasil Kerja is not the penilai's to choose: the leader rule takes it
    from the unit's predikat organisasi (``org_predikat.enforce_leader_rule``).
    """
    hasil, perilaku = Rating(rating_hasil), Rating(rating_perilaku)
    period = Period.parse(period_key)
    with unit_of_work(ctx, "assessment.rate") as uow:
        row, subject = _assessment_for(uow.session, employee_id, period, skp_id)
        require(can_assess(ctx.actor, subject), "menilai pegawai ini")
        ensure_editable_assessment(AssessmentStatus(row.status))
        enforce_leader_rule(uow.session, employee_id, period, hasil)
        predikat = predikat_kinerja(hasil, perilaku)
        row.rating_hasil, row.rating_perilaku, row.predikat = hasil.value, perilaku.value, predikat.value
        row.notes, row.assessor_id = notes, ctx.actor.employee_id
        uow.session.flush()
        uow.audit("assessment", row.id, predikat=predikat.value)
        return predikat


def _transition(ctx: AppContext, assessment_id: str, action: str, signed_hash: str | None = None) -> None:
    with unit_of_work(ctx, f"assessment.{action}") as uow:
        row = get_or_fail(uow.session, Assessment, assessment_id, "Penilaian kinerja")
        plan = uow.session.get(Skp, row.skp_id) if row.skp_id else None
        subject = assessment_subject(uow.session, row.employee_id, plan)
        require(can_assess(ctx.actor, subject), "mengubah penilaian ini")
        new_status = assessment_next(AssessmentStatus(row.status), action)
        if action == "reopen":
            _ensure_no_keberatan(uow.session, row)
        if action == "finalize" and (row.rating_hasil is None or row.rating_perilaku is None):
            raise ValidationFailed("Kedua rating (hasil kerja dan perilaku kerja) wajib diisi sebelum final.")
        row.status = new_status.value
        if action == "finalize":
            row.finalized_at = ctx.workspace.now()
        if action == "sign":
            row.signed_hash = signed_hash
        uow.audit("assessment", row.id, status=new_status.value)


def _ensure_no_keberatan(session: Session, row: Assessment) -> None:
    """A decided keberatan is final, and one being decided holds the result it objects to."""
    if row.previous_id:
        raise ValidationFailed("Penilaian ini adalah hasil keputusan keberatan, yang bersifat final.")
    if session.scalars(select(Objection.id).where(Objection.assessment_id == row.id)).first():
        raise ValidationFailed(
            "Penilaian ini sudah diajukan keberatan; hasilnya diputus oleh atasan pejabat penilai."
        )


def finalize_assessment(ctx: AppContext, *, assessment_id: str) -> None:
    _transition(ctx, assessment_id, "finalize")


def reopen_assessment(ctx: AppContext, *, assessment_id: str) -> None:
    _transition(ctx, assessment_id, "reopen")


def mark_assessment_signed(ctx: AppContext, *, assessment_id: str, document_id: str) -> None:
    """Lock the assessment by the signed evaluation kept for it; from here on it is immutable.

    Only a signed evaluation this workspace keeps (``signed_document``) can lock an assessment,
    and only when it is that assessment's: the same period, signed by its pegawai and its pejabat
    penilai, printing the content hash it is recorded with — and its signatures verify, intact
    and chaining to a trust anchor an admin added. A made-up hash locks nothing.
    """
    with read_session(ctx) as session:
        doc = session.get(SignedDocument, document_id)
        row = session.get(Assessment, assessment_id)
        if row is None or doc is None or doc.subject_id != assessment_id or doc.form != "evaluasi":
            raise ValidationFailed("Dokumen bertanda tangan itu bukan evaluasi penilaian ini.")
        names = {
            e.name
            for e in session.scalars(
                select(Employee).where(Employee.id.in_([row.employee_id, row.assessor_id or ""]))
            )
        }
        if doc.period_key != row.period_key:
            raise ValidationFailed("Dokumen bertanda tangan itu untuk periode lain.")
        content_hash, file_sha = doc.content_hash, doc.file_sha256
    _verified_evaluation(ctx, ctx.workspace.blobs.get(file_sha), content_hash, names)
    _transition(ctx, assessment_id, "sign", content_hash)


def _verified_evaluation(ctx: AppContext, pdf: bytes, content_hash: str, signers: set[str]) -> None:
    from asn_desktop.pdf.trust import TrustStore  # noqa: PLC0415 - pyHanko and pypdf only when locking
    from asn_desktop.pdf.verify import verify_pdf  # noqa: PLC0415
    from asn_desktop.services.signing import refresh_trust_store  # noqa: PLC0415

    refresh_trust_store(ctx)
    reports = verify_pdf(pdf, TrustStore())
    if not reports or not all(r.intact and r.trusted for r in reports):
        raise ValidationFailed(
            "Tanda tangan dokumen itu tidak utuh atau tidak dipercaya; penilaian tidak dikunci."
        )
    if not signers <= {r.signer for r in reports}:
        raise ValidationFailed("Dokumen itu tidak ditandatangani pegawai dan pejabat penilainya.")
    import io  # noqa: PLC0415

    from pypdf import PdfReader  # noqa: PLC0415

    printed = "".join((page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)
    if content_hash not in printed.replace(" ", "").replace("\n", ""):
        raise ValidationFailed("Hash isi yang tercetak pada dokumen itu tidak cocok dengan catatannya.")


def may_open_assessment(
    ctx: AppContext, session: Session, employee_id: str, period_key: str, plan: Skp | None = None
) -> bool:
    """The pegawai, the pejabat penilai (of ``plan``'s months: a closed SKP's own penilai after a
    mutasi), the admin — and, once it is objected to, the atasan pejabat penilai who decides the
    keberatan."""
    subject = subject_of(session, employee_id)
    # A closed SKP's penilai sees the pegawai's records, but of the assessments only those of the
    # SKP he evaluates: the new penilai's ratings are not his to read.
    if can_view(ctx.actor, replace(subject, former_penilai=frozenset())):
        return True
    plan = plan or skp_of_period(session, employee_id, Period.parse(period_key), None)
    if plan is not None and can_view(ctx.actor, assessment_subject(session, employee_id, plan)):
        return True
    if subject.supervisor_id is None:
        return False
    assessor = subject_of(session, subject.supervisor_id)
    return can_view_objected_assessment(
        ctx.actor, assessor, objected=is_objected(session, employee_id, period_key)
    )


def get_assessment(
    ctx: AppContext, *, employee_id: str, period_key: str, skp_id: str | None = None
) -> AssessmentView | None:
    """The assessment in force for the period (the latest version after a keberatan): that of
    ``skp_id`` when given (after a mutasi, each SKP has its own), else the one that counts for the
    period — the evaluation of the SKP in force at its end (``store.queries.is_current_assessment``)."""
    period = Period.parse(period_key)
    with read_session(ctx) as session:
        plan = get_or_fail(session, Skp, skp_id, "SKP") if skp_id else None
        if plan is not None and plan.employee_id != employee_id:
            raise ValidationFailed("SKP itu bukan SKP pegawai ini.")
        require(
            may_open_assessment(ctx, session, employee_id, period.key, plan), "melihat penilaian pegawai ini"
        )
        mine = [Assessment.skp_id == skp_id, is_latest_version()] if skp_id else [is_current_assessment()]
        row = session.scalars(
            select(Assessment).where(
                Assessment.employee_id == employee_id, Assessment.period_key == period.key, *mine
            )
        ).one_or_none()
        if row is None:
            return None

        def rating(value: str | None) -> Rating | None:
            return Rating(value) if value else None

        return AssessmentView(
            row.id,
            row.employee_id,
            row.period_key,
            AssessmentStatus(row.status),
            rating(row.rating_hasil),
            rating(row.rating_perilaku),
            Predikat(row.predikat) if row.predikat else None,
            row.notes,
            rating(row.self_rating_hasil),
            row.self_note,
            row.signed_hash,
            row.version,
            row.previous_id,
            row.skp_id,
        )
