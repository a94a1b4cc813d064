"""Keberatan end to end: filed by the pegawai, opened and decided by the atasan pejabat penilai.

* The pegawai files it within 14 days (in the agency's zone) of the final evaluation, once per
  assessment, offline like everything else (a synced ``objection`` row).
* The atasan pejabat penilai — the supervisor of the pejabat penilai who assessed — may then open
  the assessment (``get_assessment`` and the forms) and decides, once: *ditolak* (the result
  stands) or *dikabulkan* with new ratings. The leader rule still holds for a unit head.
* A changed result is a **new version** of the assessment (``previous_id`` → the old one, which is
  kept untouched, signed or not); the predikat follows from the matrix; the new version is final
  and cannot be reopened or objected to again: the decision is final.

Who may write (for the merge rules): the ``objection`` row is created by the pegawai it names
(``employee_id`` = author's employee; ``text``, ``filed_at``), and its decision fields
(``decider_id``, ``decided_at``, ``decision``, ``outcome``, ``rating_*``, ``revised_id``) are
written once by the atasan pejabat penilai; the new assessment version is created by that same
atasan, only with a decided objection naming it as ``revised_id``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.formatting import TimeZoneId, local_date
from asn_desktop.domain.objection import ObjectionOutcome, decide, ensure_objection_open, objection_deadline
from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import Subject, can_decide_objection, can_file_objection, require
from asn_desktop.domain.rating import Predikat, Rating
from asn_desktop.domain.skp_state import AssessmentStatus
from asn_desktop.errors import ValidationFailed
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.org_predikat import LeaderRating, leader_rating_in
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Agency, Assessment, Employee, Objection
from asn_desktop.store.queries import is_latest_version

DECIDED = (AssessmentStatus.FINAL, AssessmentStatus.SIGNED)


@dataclass(frozen=True)
class ObjectionView:
    id: str
    assessment_id: str
    employee_id: str
    employee_name: str
    period_key: str
    text: str
    filed_at: datetime
    rating_hasil: Rating | None  # of the objected version
    rating_perilaku: Rating | None
    predikat: Predikat | None
    outcome: ObjectionOutcome | None
    decision: str | None
    decided_at: datetime | None
    revised_id: str | None
    leader: LeaderRating | None = None  # a unit head: the Rating Hasil Kerja the leader rule fixes


def _zone(session: Session, ctx: AppContext) -> TimeZoneId:
    return TimeZoneId.parse(session.get_one(Agency, ctx.workspace.agency_id).timezone)


def _later_version(session: Session, assessment_id: str) -> str | None:
    return session.scalars(select(Assessment.id).where(Assessment.previous_id == assessment_id)).first()


def objection_deadline_of(ctx: AppContext, *, assessment_id: str) -> date | None:
    """The last day a keberatan may be filed (in the agency's zone), or None before it is final."""
    with read_session(ctx) as session:
        row = get_or_fail(session, Assessment, assessment_id, "Penilaian kinerja")
        require(
            can_file_objection(ctx.actor, subject_of(session, row.employee_id)), "melihat batas keberatan ini"
        )
        if row.finalized_at is None or AssessmentStatus(row.status) not in DECIDED:
            return None
        return objection_deadline(local_date(row.finalized_at, _zone(session, ctx)))


def file_objection(ctx: AppContext, *, assessment_id: str, text: str) -> str:
    """The pegawai's *keberatan*, within 14 days of the final evaluation; returns its id."""
    reason = text.strip()
    if not reason:
        raise ValidationFailed("Uraikan alasan keberatan.")
    with unit_of_work(ctx, "assessment.objection") as uow:
        s = uow.session
        row = get_or_fail(s, Assessment, assessment_id, "Penilaian kinerja")
        require(can_file_objection(ctx.actor, subject_of(s, row.employee_id)), "mengajukan keberatan ini")
        if s.scalars(select(Objection.id).where(Objection.assessment_id == row.id)).first() or row.objection:
            raise ValidationFailed("Keberatan atas penilaian ini sudah diajukan.")
        if row.previous_id or _later_version(s, row.id):
            raise ValidationFailed("Penilaian ini adalah hasil keputusan keberatan, yang bersifat final.")
        if AssessmentStatus(row.status) not in DECIDED:
            ensure_objection_open(None, ctx.workspace.now().date())
        zone = _zone(s, ctx)
        finalized = local_date(row.finalized_at, zone) if row.finalized_at else None
        ensure_objection_open(finalized, local_date(ctx.workspace.now(), zone))
        obj = Objection(
            assessment_id=row.id, employee_id=row.employee_id, text=reason, filed_at=ctx.workspace.now()
        )
        s.add(obj)
        row.objection = reason  # a free field of a signed assessment: older readers see it too
        s.flush()
        uow.audit("objection", obj.id, assessment_id=row.id)
        return obj.id


def _new_version(
    s: Session, old: Assessment, *, hasil: Rating, perilaku: Rating, predikat: Predikat, now: datetime
) -> Assessment:
    new = Assessment(
        employee_id=old.employee_id,
        skp_id=old.skp_id,
        assessor_id=old.assessor_id,
        period_key=old.period_key,
        rating_hasil=hasil.value,
        rating_perilaku=perilaku.value,
        predikat=predikat.value,
        notes=old.notes,
        self_rating_hasil=old.self_rating_hasil,
        self_note=old.self_note,
        status=AssessmentStatus.FINAL.value,
        finalized_at=now,
        version=old.version + 1,
        previous_id=old.id,
    )
    s.add(new)
    s.flush()
    return new


def decide_objection(
    ctx: AppContext,
    *,
    assessment_id: str,
    decision: str,
    outcome: ObjectionOutcome | str = ObjectionOutcome.DITOLAK,
    rating_hasil: Rating | str | None = None,
    rating_perilaku: Rating | str | None = None,
) -> str:
    """The atasan pejabat penilai decides, finally; returns the id of the assessment now in force
    (a new version when the ratings change)."""
    text = decision.strip()
    if not text:
        raise ValidationFailed("Keputusan atas keberatan wajib diisi.")
    with unit_of_work(ctx, "assessment.objection_decision") as uow:
        s = uow.session
        row = get_or_fail(s, Assessment, assessment_id, "Penilaian kinerja")
        if row.assessor_id is None:
            raise ValidationFailed("Penilaian ini tidak memiliki pejabat penilai.")
        require(
            can_decide_objection(ctx.actor, subject_of(s, row.assessor_id)),
            "memutus keberatan ini (hanya atasan pejabat penilai)",
        )
        obj = s.scalars(select(Objection).where(Objection.assessment_id == row.id)).first()
        if obj is None:
            raise ValidationFailed("Tidak ada keberatan yang diajukan atas penilaian ini.")
        if obj.decided_at is not None:
            raise ValidationFailed(
                "Keberatan ini sudah diputus; keputusan atasan pejabat penilai bersifat final."
            )
        leader = leader_rating_in(s, row.employee_id, Period.parse(row.period_key))
        current = (Rating(row.rating_hasil or "sesuai"), Rating(row.rating_perilaku or "sesuai"))
        result = decide(
            outcome, current, (rating_hasil, rating_perilaku), locked_hasil=leader.rating if leader else None
        )
        now = ctx.workspace.now()
        in_force = row.id
        if result.changed:
            in_force = _new_version(
                s, row, hasil=result.hasil, perilaku=result.perilaku, predikat=result.predikat, now=now
            ).id
            obj.rating_hasil, obj.rating_perilaku, obj.revised_id = (
                result.hasil.value,
                result.perilaku.value,
                in_force,
            )
        obj.decider_id, obj.decided_at, obj.decision, obj.outcome = (
            ctx.actor.employee_id,
            now,
            text,
            result.outcome.value,
        )
        row.objection_decision = text  # free field, as ``objection``
        uow.audit("objection", obj.id, outcome=result.outcome.value, revised=in_force != row.id)
        return in_force


def _view(s: Session, obj: Objection) -> ObjectionView:
    a = s.get_one(Assessment, obj.assessment_id)
    emp = s.get_one(Employee, obj.employee_id)
    return ObjectionView(
        obj.id,
        a.id,
        emp.id,
        emp.name,
        a.period_key,
        obj.text,
        obj.filed_at,
        Rating(a.rating_hasil) if a.rating_hasil else None,
        Rating(a.rating_perilaku) if a.rating_perilaku else None,
        Predikat(a.predikat) if a.predikat else None,
        ObjectionOutcome(obj.outcome) if obj.outcome else None,
        obj.decision,
        obj.decided_at,
        obj.revised_id,
        leader_rating_in(s, a.employee_id, Period.parse(a.period_key)),
    )


def objections_to_decide(ctx: AppContext, *, include_decided: bool = True) -> list[ObjectionView]:
    """The keberatan the actor decides: on assessments made by the pejabat penilai he supervises."""
    me = ctx.actor.employee_id
    if me is None:
        return []
    if not can_decide_objection(ctx.actor, Subject("", me)):  # the role allows deciding at all
        return []
    with read_session(ctx) as s:
        assessors = set(s.scalars(select(Employee.id).where(Employee.supervisor_id == me)))
        rows = s.scalars(
            select(Objection)
            .join(Assessment, Assessment.id == Objection.assessment_id)
            .where(Assessment.assessor_id.in_(sorted(assessors)))
            .order_by(Objection.filed_at.desc())
        )
        return [_view(s, o) for o in rows if include_decided or o.decided_at is None]


def my_objections(ctx: AppContext) -> list[ObjectionView]:
    """The pegawai's own keberatan, newest first."""
    me = ctx.actor.employee_id
    if me is None:
        return []
    with read_session(ctx) as s:
        rows = s.scalars(
            select(Objection).where(Objection.employee_id == me).order_by(Objection.filed_at.desc())
        )
        return [_view(s, o) for o in rows]


def is_objected(session: Session, employee_id: str, period_key: str) -> bool:
    """Whether any version of the period's assessment has a keberatan (the atasan may then open it)."""
    return (
        session.scalars(
            select(Objection.id)
            .join(Assessment, Assessment.id == Objection.assessment_id)
            .where(Assessment.employee_id == employee_id, Assessment.period_key == period_key)
        ).first()
        is not None
    )


@dataclass(frozen=True)
class MyAssessmentRow:
    """One decided assessment of the pegawai, with where its keberatan stands."""

    assessment_id: str
    period: Period
    predikat: Predikat | None
    status: AssessmentStatus
    version: int
    deadline: date | None  # last day to object; None once objected or for a decided version
    objection: str  # "" / "diajukan" / "ditolak" / "dikabulkan"


def my_decided_assessments(ctx: AppContext) -> list[MyAssessmentRow]:
    """The pegawai's final or signed assessments in force, newest period first."""
    me = ctx.actor.employee_id
    if me is None:
        return []
    with read_session(ctx) as s:
        zone = _zone(s, ctx)
        rows = s.scalars(
            select(Assessment).where(
                Assessment.employee_id == me,
                Assessment.status.in_([d.value for d in DECIDED]),
                is_latest_version(),  # after a mutasi, each SKP's evaluation is his to object to
            )
        ).all()
        objections = {
            o.assessment_id: o for o in s.scalars(select(Objection).where(Objection.employee_id == me))
        }
        out = []
        for a in rows:
            own = objections.get(a.id) or (objections.get(a.previous_id) if a.previous_id else None)
            state = "" if own is None else (own.outcome or "diajukan")
            deadline = None
            if own is None and not a.previous_id and a.finalized_at:
                deadline = objection_deadline(local_date(a.finalized_at, zone))
            predikat = Predikat(a.predikat) if a.predikat else None
            out.append(
                MyAssessmentRow(
                    a.id,
                    Period.parse(a.period_key),
                    predikat,
                    AssessmentStatus(a.status),
                    a.version,
                    deadline,
                    state,
                )
            )
    return sorted(
        out, key=lambda r: (r.period.year, r.period.kind.value != "tahunan", r.period.index), reverse=True
    )
