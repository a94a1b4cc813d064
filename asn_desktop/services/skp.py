"""Planning: draft, submit, review (approve/return) and revise the SKP with its RHK and IKI."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.berakhlak import core_value
from asn_desktop.domain.matrix import assigned_rhk, check_intervensi
from asn_desktop.domain.permissions import (
    can_edit_own_plan,
    can_review_skp,
    can_view,
    is_supervisor_of,
    require,
)
from asn_desktop.domain.skp_state import SkpStatus, ensure_editable_skp, skp_next
from asn_desktop.domain.target import check_aspect, parse_target
from asn_desktop.errors import ValidationFailed
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import BehaviourExpectation, Employee, Indicator, Rhk, RoleMatrixEntry, Skp

APPROACHES = ("kualitatif", "kuantitatif")
RHK_KINDS = ("utama", "tambahan")


@dataclass(frozen=True)
class IndicatorView:
    id: str
    aspect: str
    text: str
    target_value: float | None
    target_unit: str | None
    target_text: str | None


@dataclass(frozen=True)
class RhkView:
    id: str
    kind: str
    text: str
    parent_rhk_id: str | None
    parent_text: str | None
    indicators: tuple[IndicatorView, ...]


@dataclass(frozen=True)
class SkpView:
    id: str
    employee_id: str
    year: int
    version: int
    status: SkpStatus
    approach: str
    penilai_id: str | None
    review_note: str | None
    rhk: tuple[RhkView, ...]
    expectations: dict[str, str]
    lampiran: dict[str, str | None]
    content_hash: str | None


def active_skp(session: Session, employee_id: str, year: int) -> Skp | None:
    """The employee's SKP of the year in force: the newest version not superseded."""
    return session.scalars(
        select(Skp)
        .where(Skp.employee_id == employee_id, Skp.year == year, Skp.status != SkpStatus.SUPERSEDED)
        .order_by(Skp.version.desc())
    ).first()


def _own_editable_skp(ctx: AppContext, session: Session, skp_id: str) -> Skp:
    skp = get_or_fail(session, Skp, skp_id, "SKP")
    require(can_edit_own_plan(ctx.actor, subject_of(session, skp.employee_id)), "mengubah SKP pegawai lain")
    ensure_editable_skp(SkpStatus(skp.status))
    return skp


def create_skp(
    ctx: AppContext, *, year: int, approach: str = "kualitatif", employee_id: str | None = None
) -> str:
    """A new draft SKP (version 1) for the actor's own year."""
    employee_id = employee_id or ctx.actor.employee_id
    if employee_id is None:
        raise ValidationFailed("Pengguna ini tidak terhubung dengan data pegawai.")
    if approach not in APPROACHES:
        raise ValidationFailed(f"Pendekatan tidak dikenal: {approach!r} (pilihan: kualitatif, kuantitatif).")
    with unit_of_work(ctx, "skp.create") as uow:
        require(
            can_edit_own_plan(ctx.actor, subject_of(uow.session, employee_id)), "menyusun SKP pegawai lain"
        )
        current = active_skp(uow.session, employee_id, year)
        if current is not None and current.end_on is None:
            raise ValidationFailed(f"SKP tahun {year} sudah ada; ubah atau revisi SKP tersebut.")
        emp = get_or_fail(uow.session, Employee, employee_id, "Pegawai")
        # After a mutasi the closed SKP stays; the new one covers the rest of the year.
        start_on = current.end_on + timedelta(days=1) if current and current.end_on else None
        versions = uow.session.scalars(
            select(Skp.version).where(Skp.employee_id == employee_id, Skp.year == year)
        ).all()
        skp = Skp(
            employee_id=employee_id,
            year=year,
            version=max(versions, default=0) + 1,
            start_on=start_on,
            status=SkpStatus.DRAFT.value,
            approach=approach,
            penilai_id=emp.supervisor_id,
        )
        uow.session.add(skp)
        uow.session.flush()
        uow.audit("skp", skp.id, year=year)
        return skp.id


def _check_parent(session: Session, skp: Skp, parent_rhk_id: str | None) -> None:
    if parent_rhk_id is None:
        return
    parent = get_or_fail(session, Rhk, parent_rhk_id, "RHK pimpinan")
    parent_skp = get_or_fail(session, Skp, parent.skp_id, "SKP pimpinan")
    if parent_skp.employee_id != skp.penilai_id or parent_skp.year != skp.year:
        raise ValidationFailed("RHK pimpinan harus berasal dari SKP pejabat penilai pada tahun yang sama.")
    refused = check_intervensi(_matrix(session, parent_skp.id), skp.employee_id, parent_rhk_id)
    if refused is not None:
        raise ValidationFailed(refused)


def _matrix(session: Session, leader_skp_id: str) -> list[tuple[str, str]]:
    """(leader RHK, pegawai) pairs of the leader's Matriks Pembagian Peran dan Hasil."""
    rows = session.execute(
        select(RoleMatrixEntry.rhk_id, RoleMatrixEntry.employee_id).where(
            RoleMatrixEntry.skp_id == leader_skp_id
        )
    )
    return [(r, e) for r, e in rows]


def add_rhk(
    ctx: AppContext,
    *,
    skp_id: str,
    kind: str,
    text: str,
    parent_rhk_id: str | None = None,
    perspektif: str | None = None,
) -> str:
    if kind not in RHK_KINDS:
        raise ValidationFailed(f"Jenis RHK tidak dikenal: {kind!r} (pilihan: utama, tambahan).")
    if not text.strip():
        raise ValidationFailed("Uraian RHK wajib diisi.")
    with unit_of_work(ctx, "rhk.add") as uow:
        skp = _own_editable_skp(ctx, uow.session, skp_id)
        _check_parent(uow.session, skp, parent_rhk_id)
        count = len(uow.session.scalars(select(Rhk.id).where(Rhk.skp_id == skp_id)).all())
        rhk = Rhk(
            skp_id=skp_id,
            kind=kind,
            text=text.strip(),
            parent_rhk_id=parent_rhk_id,
            perspektif=perspektif,
            position=count,
        )
        uow.session.add(rhk)
        uow.session.flush()
        uow.audit("rhk", rhk.id, skp_id=skp_id)
        return rhk.id


def update_rhk(ctx: AppContext, *, rhk_id: str, text: str, parent_rhk_id: str | None) -> None:
    if not text.strip():
        raise ValidationFailed("Uraian RHK wajib diisi.")
    with unit_of_work(ctx, "rhk.update") as uow:
        rhk = get_or_fail(uow.session, Rhk, rhk_id, "RHK")
        skp = _own_editable_skp(ctx, uow.session, rhk.skp_id)
        _check_parent(uow.session, skp, parent_rhk_id)
        rhk.text, rhk.parent_rhk_id = text.strip(), parent_rhk_id
        uow.audit("rhk", rhk.id)


def remove_rhk(ctx: AppContext, *, rhk_id: str) -> None:
    with unit_of_work(ctx, "rhk.remove") as uow:
        rhk = get_or_fail(uow.session, Rhk, rhk_id, "RHK")
        _own_editable_skp(ctx, uow.session, rhk.skp_id)
        for ind in uow.session.scalars(select(Indicator).where(Indicator.rhk_id == rhk_id)):
            uow.session.delete(ind)
        uow.session.delete(rhk)
        uow.audit("rhk", rhk_id)


def add_indicator(ctx: AppContext, *, rhk_id: str, aspect: str, text: str, target: str) -> str:
    """An IKI with its target; the quantitative approach requires a number ("12 dokumen")."""
    check_aspect(aspect)
    if not text.strip():
        raise ValidationFailed("Uraian indikator wajib diisi.")
    with unit_of_work(ctx, "indicator.add") as uow:
        rhk = get_or_fail(uow.session, Rhk, rhk_id, "RHK")
        skp = _own_editable_skp(ctx, uow.session, rhk.skp_id)
        parsed = parse_target(target, numeric_required=skp.approach == "kuantitatif")
        count = len(uow.session.scalars(select(Indicator.id).where(Indicator.rhk_id == rhk_id)).all())
        ind = Indicator(
            rhk_id=rhk_id,
            aspect=aspect,
            text=text.strip(),
            target_value=parsed.value,
            target_unit=parsed.unit,
            target_text=parsed.text,
            position=count,
        )
        uow.session.add(ind)
        uow.session.flush()
        uow.audit("indicator", ind.id, rhk_id=rhk_id)
        return ind.id


def remove_indicator(ctx: AppContext, *, indicator_id: str) -> None:
    with unit_of_work(ctx, "indicator.remove") as uow:
        ind = get_or_fail(uow.session, Indicator, indicator_id, "Indikator")
        rhk = get_or_fail(uow.session, Rhk, ind.rhk_id, "RHK")
        _own_editable_skp(ctx, uow.session, rhk.skp_id)
        uow.session.delete(ind)
        uow.audit("indicator", indicator_id)


def set_lampiran(
    ctx: AppContext, *, skp_id: str, sumber_daya: str | None, skema: str | None, konsekuensi: str | None
) -> None:
    with unit_of_work(ctx, "skp.lampiran") as uow:
        skp = _own_editable_skp(ctx, uow.session, skp_id)
        skp.lampiran_sumber_daya, skp.lampiran_skema, skp.lampiran_konsekuensi = (
            sumber_daya,
            skema,
            konsekuensi,
        )
        uow.audit("skp", skp_id)


def set_expectation(ctx: AppContext, *, skp_id: str, core_value_key: str, expectation: str) -> None:
    """The supervisor's *ekspektasi khusus pimpinan* for one core value, before approval."""
    core_value(core_value_key)
    with unit_of_work(ctx, "skp.expectation") as uow:
        skp = get_or_fail(uow.session, Skp, skp_id, "SKP")
        require(
            is_supervisor_of(ctx.actor, subject_of(uow.session, skp.employee_id)),
            "menetapkan ekspektasi khusus pimpinan",
        )
        if skp.status not in (SkpStatus.DRAFT, SkpStatus.SUBMITTED):
            ensure_editable_skp(SkpStatus(skp.status))
        row = uow.session.scalars(
            select(BehaviourExpectation).where(
                BehaviourExpectation.skp_id == skp_id, BehaviourExpectation.core_value == core_value_key
            )
        ).one_or_none()
        if row is None:
            uow.session.add(
                BehaviourExpectation(
                    skp_id=skp_id, core_value=core_value_key, expectation=expectation.strip()
                )
            )
        else:
            row.expectation = expectation.strip()
        uow.audit("skp", skp_id, core_value=core_value_key)


def _completeness_problems(session: Session, skp: Skp) -> list[str]:
    problems: list[str] = []
    rhks = session.scalars(select(Rhk).where(Rhk.skp_id == skp.id).order_by(Rhk.position)).all()
    if not any(r.kind == "utama" for r in rhks):
        problems.append("SKP harus memiliki paling sedikit satu RHK utama.")
    for r in rhks:
        label = r.text if len(r.text) <= 40 else r.text[:37] + "..."
        if skp.penilai_id and r.kind == "utama" and r.parent_rhk_id is None:
            problems.append(f'RHK utama "{label}" belum dikaitkan dengan RHK pimpinan yang diintervensi.')
        elif r.parent_rhk_id and not _still_allowed(session, skp, r.parent_rhk_id):
            problems.append(f'RHK "{label}" mengintervensi RHK pimpinan yang tidak dibagikan kepadanya.')
        if session.scalars(select(Indicator.id).where(Indicator.rhk_id == r.id)).first() is None:
            problems.append(f'RHK "{label}" belum memiliki indikator kinerja.')
    return problems


def submit_skp(ctx: AppContext, *, skp_id: str) -> None:
    with unit_of_work(ctx, "skp.submit") as uow:
        skp = get_or_fail(uow.session, Skp, skp_id, "SKP")
        require(can_edit_own_plan(ctx.actor, subject_of(uow.session, skp.employee_id)), "mengajukan SKP ini")
        new_status = skp_next(SkpStatus(skp.status), "submit")
        problems = _completeness_problems(uow.session, skp)
        if problems:
            raise ValidationFailed("SKP belum lengkap: " + " ".join(problems))
        skp.status, skp.submitted_at = new_status.value, ctx.workspace.now()
        uow.audit("skp", skp_id)


def _review(ctx: AppContext, skp_id: str, action: str, note: str | None) -> None:
    with unit_of_work(ctx, f"skp.{action}") as uow:
        skp = get_or_fail(uow.session, Skp, skp_id, "SKP")
        require(can_review_skp(ctx.actor, subject_of(uow.session, skp.employee_id)), "meninjau SKP ini")
        new_status = skp_next(SkpStatus(skp.status), action).value
        skp.review_note = note
        if action == "approve":
            skp.approved_at = ctx.workspace.now()
            uow.session.flush()
            # The hash is set in the same flush as the approval: that change locks the SKP and
            # carries the whole row to other laptops; a later write would be refused there as an
            # edit of a locked document (and show up as a conflict).
            skp.content_hash = _content_hash(_view(uow.session, skp))
        skp.status = new_status
        uow.audit("skp", skp_id, note=note)


def approve_skp(ctx: AppContext, *, skp_id: str, note: str | None = None) -> None:
    """The pejabat penilai *menetapkan* the SKP; from now on it changes only by revision."""
    _review(ctx, skp_id, "approve", note)


def return_skp(ctx: AppContext, *, skp_id: str, note: str) -> None:
    if not note.strip():
        raise ValidationFailed("Sampaikan alasan pengembalian SKP.")
    _review(ctx, skp_id, "return", note.strip())


def revise_skp(ctx: AppContext, *, skp_id: str) -> str:
    """A change during the year: the approved version is kept, a new draft version copies it."""
    with unit_of_work(ctx, "skp.revise") as uow:
        old = get_or_fail(uow.session, Skp, skp_id, "SKP")
        require(can_edit_own_plan(ctx.actor, subject_of(uow.session, old.employee_id)), "merevisi SKP ini")
        if old.end_on is not None:
            raise ValidationFailed("SKP ini sudah ditutup karena mutasi; susun SKP untuk sisa tahun.")
        old.status = skp_next(SkpStatus(old.status), "revise").value
        new = Skp(
            employee_id=old.employee_id,
            year=old.year,
            version=old.version + 1,
            status=SkpStatus.DRAFT.value,
            approach=old.approach,
            penilai_id=old.penilai_id,
            previous_id=old.id,
            start_on=old.start_on,
            lampiran_sumber_daya=old.lampiran_sumber_daya,
            lampiran_skema=old.lampiran_skema,
            lampiran_konsekuensi=old.lampiran_konsekuensi,
        )
        uow.session.add(new)
        uow.session.flush()
        copies: dict[str, str] = {}
        for r in uow.session.scalars(select(Rhk).where(Rhk.skp_id == old.id)).all():
            copy = Rhk(
                skp_id=new.id,
                kind=r.kind,
                text=r.text,
                parent_rhk_id=r.parent_rhk_id if _still_allowed(uow.session, old, r.parent_rhk_id) else None,
                perspektif=r.perspektif,
                position=r.position,
            )
            uow.session.add(copy)
            uow.session.flush()
            copies[r.id] = copy.id
            for i in uow.session.scalars(select(Indicator).where(Indicator.rhk_id == r.id)).all():
                uow.session.add(
                    Indicator(
                        rhk_id=copy.id,
                        aspect=i.aspect,
                        text=i.text,
                        target_value=i.target_value,
                        target_unit=i.target_unit,
                        target_text=i.target_text,
                        position=i.position,
                    )
                )
        for e in uow.session.scalars(
            select(BehaviourExpectation).where(BehaviourExpectation.skp_id == old.id)
        ):
            uow.session.add(
                BehaviourExpectation(skp_id=new.id, core_value=e.core_value, expectation=e.expectation)
            )
        _copy_matrix(uow.session, old, new, copies)
        uow.audit("skp", new.id, previous=old.id, version=new.version)
        return new.id


def _still_allowed(session: Session, skp: Skp, parent_rhk_id: str | None) -> bool:
    """Whether a revision keeps an RHK's intervensi: the leader's matrix may have changed since
    (the pegawai then picks again from what it gives him)."""
    parent = session.get(Rhk, parent_rhk_id) if parent_rhk_id else None
    if parent is None:
        return False
    return check_intervensi(_matrix(session, parent.skp_id), skp.employee_id, parent.id) is None


def _copy_matrix(session: Session, old: Skp, new: Skp, copies: dict[str, str]) -> None:
    """A leader's revision carries his matrix onto the copied RHK, for the people he still rates."""
    for e in session.scalars(select(RoleMatrixEntry).where(RoleMatrixEntry.skp_id == old.id)).all():
        if subject_of(session, e.employee_id).supervisor_id != new.employee_id:
            continue
        session.add(
            RoleMatrixEntry(
                skp_id=new.id, rhk_id=copies[e.rhk_id], employee_id=e.employee_id, role=e.role, hasil=e.hasil
            )
        )


def _view(session: Session, skp: Skp) -> SkpView:
    rhks = session.scalars(select(Rhk).where(Rhk.skp_id == skp.id).order_by(Rhk.kind.desc(), Rhk.position))
    rhk_views = []
    for r in rhks.all():
        inds = session.scalars(select(Indicator).where(Indicator.rhk_id == r.id).order_by(Indicator.position))
        parent = session.get(Rhk, r.parent_rhk_id) if r.parent_rhk_id else None
        rhk_views.append(
            RhkView(
                r.id,
                r.kind,
                r.text,
                r.parent_rhk_id,
                parent.text if parent else None,
                tuple(
                    IndicatorView(i.id, i.aspect, i.text, i.target_value, i.target_unit, i.target_text)
                    for i in inds.all()
                ),
            )
        )
    expectations = {
        e.core_value: e.expectation
        for e in session.scalars(select(BehaviourExpectation).where(BehaviourExpectation.skp_id == skp.id))
    }
    return SkpView(
        skp.id,
        skp.employee_id,
        skp.year,
        skp.version,
        SkpStatus(skp.status),
        skp.approach,
        skp.penilai_id,
        skp.review_note,
        tuple(rhk_views),
        expectations,
        {
            "sumber_daya": skp.lampiran_sumber_daya,
            "skema": skp.lampiran_skema,
            "konsekuensi": skp.lampiran_konsekuensi,
        },
        skp.content_hash,
    )


def _content_hash(view: SkpView) -> str:
    body = asdict(view)
    for volatile in ("status", "content_hash", "review_note"):
        body.pop(volatile)
    return hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()


def get_skp(ctx: AppContext, skp_id: str) -> SkpView:
    with read_session(ctx) as session:
        skp = get_or_fail(session, Skp, skp_id, "SKP")
        require(can_view(ctx.actor, subject_of(session, skp.employee_id)), "melihat SKP ini")
        return _view(session, skp)


def current_skp_id(ctx: AppContext, *, employee_id: str, year: int) -> str | None:
    with read_session(ctx) as session:
        require(can_view(ctx.actor, subject_of(session, employee_id)), "melihat SKP pegawai ini")
        skp = active_skp(session, employee_id, year)
        return skp.id if skp else None


def supervisor_rhk_options(ctx: AppContext, *, skp_id: str) -> list[tuple[str, str]]:
    """The penilai's RHK of the same year that an utama RHK may intervene: (id, text) — those his
    Matriks Pembagian Peran dan Hasil gives this pegawai, once the penilai has one."""
    with read_session(ctx) as session:
        skp = get_or_fail(session, Skp, skp_id, "SKP")
        require(can_view(ctx.actor, subject_of(session, skp.employee_id)), "melihat SKP ini")
        if skp.penilai_id is None:
            return []
        parent_skp = active_skp(session, skp.penilai_id, skp.year)
        if parent_skp is None:
            return []
        rows = session.execute(
            select(Rhk.id, Rhk.text).where(Rhk.skp_id == parent_skp.id).order_by(Rhk.position)
        ).all()
        matrix = _matrix(session, parent_skp.id)
        if not matrix:
            return [(r.id, r.text) for r in rows]
        given = assigned_rhk(matrix, skp.employee_id)  # the matrix says which are his
        return [(r.id, r.text) for r in rows if r.id in given]
