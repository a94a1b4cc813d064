"""Recording: realisations per indicator and period, with evidence (bukti dukung)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import can_edit_own_plan, can_view, require
from asn_desktop.domain.skp_state import SkpStatus
from asn_desktop.domain.target import InvalidTarget, parse_realisation
from asn_desktop.errors import ValidationFailed
from asn_desktop.evidence.checks import MAX_EVIDENCE_BYTES, check_file, sniff
from asn_desktop.evidence.names import safe_display_name
from asn_desktop.services import evidence_guard
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.periods import is_closed
from asn_desktop.services.unit_of_work import UnitOfWork, read_session, unit_of_work
from asn_desktop.store.models import Assessment, Evidence, Indicator, Realisation, Rhk, Skp


@dataclass(frozen=True)
class EvidenceView:
    id: str
    filename: str
    mime: str
    size: int
    sha256: str
    uploaded_at: datetime
    # Why this laptop refuses to show the file (it came by sync and failed the check), or None.
    problem: str | None = None


def _skp_of_indicator(session: Session, indicator_id: str) -> tuple[Indicator, Skp]:
    ind = get_or_fail(session, Indicator, indicator_id, "Indikator")
    rhk = get_or_fail(session, Rhk, ind.rhk_id, "RHK")
    return ind, get_or_fail(session, Skp, rhk.skp_id, "SKP")


def record_realisation(
    ctx: AppContext, *, indicator_id: str, period_key: str, value: str, note: str | None = None
) -> str:
    """The pegawai's realisation of one indicator in one period (created or updated)."""
    period = Period.parse(period_key)
    with unit_of_work(ctx, "realisation.record") as uow:
        row = record_in(uow, indicator_id=indicator_id, period=period, value=value, note=note)
        uow.audit("realisation", row.id, period=period.key)
        return row.id


def record_in(
    uow: UnitOfWork, *, indicator_id: str, period: Period, value: str, note: str | None
) -> Realisation:
    """``record_realisation``'s rules and write inside an open unit of work (the caller audits).

    The work log's roll-up calls this too, so the realisation, the evidence links and the
    entries' marks are one transaction and obey the same rules as a realisation typed by hand.
    """
    ctx = uow.ctx
    ind, skp = _skp_of_indicator(uow.session, indicator_id)
    require(
        can_edit_own_plan(ctx.actor, subject_of(uow.session, skp.employee_id)),
        "mencatat realisasi pegawai lain",
    )
    if skp.status != SkpStatus.APPROVED:
        raise ValidationFailed("Realisasi hanya dapat dicatat pada SKP yang sudah disetujui.")
    if period.year != skp.year:
        raise ValidationFailed(f"Periode {period.label} di luar tahun SKP {skp.year}.")
    if is_closed(uow.session, period):
        raise ValidationFailed(f"Periode {period.label} sudah ditutup; realisasi tidak dapat diubah.")
    try:
        number = parse_realisation(value, numeric=ind.target_value is not None, unit=ind.target_unit)
    except InvalidTarget as exc:
        raise ValidationFailed(f'Indikator "{ind.text}": {exc.message}') from exc
    row = uow.session.scalars(
        select(Realisation).where(
            Realisation.indicator_id == indicator_id, Realisation.period_key == period.key
        )
    ).one_or_none()
    if row is None:
        row = Realisation(
            indicator_id=indicator_id,
            period_key=period.key,
            recorded_by=ctx.actor.user_id,
            recorded_at=ctx.workspace.now(),
        )
        uow.session.add(row)
    row.value = number
    row.text = None if number is not None else value.strip() or None
    row.note, row.recorded_at = note, ctx.workspace.now()
    uow.session.flush()
    return row


def attach_evidence(
    ctx: AppContext,
    *,
    realisation_id: str,
    filename: str,
    data: bytes,
    description: str | None = None,
    max_bytes: int = MAX_EVIDENCE_BYTES,
) -> str:
    """Check, encrypt and store a file as evidence of a realisation (under its safe display name)."""
    mime = sniff(data, filename, max_bytes=max_bytes)
    filename = safe_display_name(filename)
    with unit_of_work(ctx, "evidence.attach") as uow:
        real = get_or_fail(uow.session, Realisation, realisation_id, "Realisasi")
        _, skp = _skp_of_indicator(uow.session, real.indicator_id)
        require(
            can_edit_own_plan(ctx.actor, subject_of(uow.session, skp.employee_id)),
            "melampirkan bukti dukung pegawai lain",
        )
        sha = ctx.workspace.blobs.put(data)
        ev = Evidence(
            realisation_id=realisation_id,
            filename=filename,
            mime=mime,
            size=len(data),
            sha256=sha,
            description=description,
            uploaded_by=ctx.actor.user_id,
            uploaded_at=ctx.workspace.now(),
        )
        uow.session.add(ev)
        evidence_guard.accepted(ctx, uow.session, evidence_guard.StoredFile(sha, filename, mime))
        uow.session.flush()
        uow.audit("evidence", ev.id, sha256=sha, size=len(data))
        return ev.id


def _ensure_evidence_changeable(session: Session, real: Realisation, employee_id: str) -> None:
    """Evidence may change until the supervisor has rated the period (or the year) it supports.

    A rating rests on the files the penilai saw; once it is given, removing or swapping one would
    change what the rating was based on, so the file stays (a keberatan is the way to dispute it).
    """
    period = Period.parse(real.period_key)
    if is_closed(session, period):
        raise ValidationFailed(f"Periode {period.label} sudah ditutup; bukti dukung tidak dapat diubah.")
    keys = {period.key, Period.annual(period.year).key}
    rated = session.scalars(
        select(Assessment.period_key).where(
            Assessment.employee_id == employee_id,
            Assessment.period_key.in_(keys),
            Assessment.rating_hasil.is_not(None),
        )
    ).first()
    if rated is not None:
        raise ValidationFailed(
            f"Bukti dukung tidak dapat diubah: realisasi {Period.parse(rated).label} sudah dinilai "
            "pejabat penilai."
        )


def _changeable_evidence(uow: UnitOfWork, evidence_id: str, doing: str) -> Evidence:
    ev = get_or_fail(uow.session, Evidence, evidence_id, "Bukti dukung")
    real = get_or_fail(uow.session, Realisation, ev.realisation_id, "Realisasi")
    employee_id = _skp_of_indicator(uow.session, real.indicator_id)[1].employee_id
    require(can_edit_own_plan(uow.ctx.actor, subject_of(uow.session, employee_id)), doing)
    _ensure_evidence_changeable(uow.session, real, employee_id)
    return ev


def remove_evidence(ctx: AppContext, *, evidence_id: str) -> None:
    """Remove a wrongly attached file while its realisation is not yet rated (audited, synced).

    The encrypted blob stays in the store: blobs are shared by content and other laptops may hold
    the same one; only the link to the realisation goes (a tombstone in the change log).
    """
    with unit_of_work(ctx, "evidence.remove") as uow:
        ev = _changeable_evidence(uow, evidence_id, "menghapus bukti dukung pegawai lain")
        uow.audit("evidence", ev.id, sha256=ev.sha256, filename=ev.filename, realisation=ev.realisation_id)
        uow.session.delete(ev)


def replace_evidence(
    ctx: AppContext, *, evidence_id: str, path: Path, max_bytes: int = MAX_EVIDENCE_BYTES
) -> str:
    """Swap one evidence file for another in one transaction (same rules as removing); the new id."""
    _, data = check_file(path, max_bytes=max_bytes)
    mime = sniff(data, path.name, max_bytes=max_bytes)
    with unit_of_work(ctx, "evidence.replace") as uow:
        old = _changeable_evidence(uow, evidence_id, "mengganti bukti dukung pegawai lain")
        sha = ctx.workspace.blobs.put(data)
        new = Evidence(
            realisation_id=old.realisation_id,
            filename=path.name,
            mime=mime,
            size=len(data),
            sha256=sha,
            description=old.description,
            uploaded_by=ctx.actor.user_id,
            uploaded_at=ctx.workspace.now(),
        )
        uow.session.add(new)
        uow.session.delete(old)
        uow.session.flush()
        uow.audit("evidence", new.id, sha256=sha, size=len(data), replaced=old.id, replaced_sha256=old.sha256)
        return new.id


def attach_evidence_file(
    ctx: AppContext,
    *,
    realisation_id: str,
    path: Path,
    description: str | None = None,
    max_bytes: int = MAX_EVIDENCE_BYTES,
) -> str:
    """As ``attach_evidence``, reading the file only after its size has been checked."""
    _, data = check_file(path, max_bytes=max_bytes)
    return attach_evidence(
        ctx,
        realisation_id=realisation_id,
        filename=path.name,
        data=data,
        description=description,
        max_bytes=max_bytes,
    )


def _evidence_subject(session: Session, ev: Evidence) -> str:
    real = get_or_fail(session, Realisation, ev.realisation_id, "Realisasi")
    return _skp_of_indicator(session, real.indicator_id)[1].employee_id


def list_evidence(ctx: AppContext, *, realisation_id: str) -> list[EvidenceView]:
    with read_session(ctx) as session:
        real = get_or_fail(session, Realisation, realisation_id, "Realisasi")
        _, skp = _skp_of_indicator(session, real.indicator_id)
        require(can_view(ctx.actor, subject_of(session, skp.employee_id)), "melihat bukti dukung ini")
        rows = list(
            session.scalars(
                select(Evidence)
                .where(Evidence.realisation_id == realisation_id)
                .order_by(Evidence.uploaded_at)
            )
        )
        files = [evidence_guard.StoredFile(e.sha256, safe_display_name(e.filename), e.mime) for e in rows]
        views = [(e.id, f, e.size, e.uploaded_at) for e, f in zip(rows, files, strict=True)]
    found = evidence_guard.problems(ctx, files)
    return [EvidenceView(i, f.filename, f.mime, size, f.sha256, at, found[f.key]) for i, f, size, at in views]


def read_evidence(ctx: AppContext, *, evidence_id: str) -> tuple[str, bytes]:
    """(safe display name, plaintext) of one evidence file, for preview or saving a copy.

    The content is checked again (``services.evidence_guard``): a file that came by sync and is not
    what it claims is refused here, and its row is flagged.
    """
    with read_session(ctx) as session:
        ev = get_or_fail(session, Evidence, evidence_id, "Bukti dukung")
        require(
            can_view(ctx.actor, subject_of(session, _evidence_subject(session, ev))),
            "melihat bukti dukung ini",
        )
        filename, sha, mime = ev.filename, ev.sha256, ev.mime
    return evidence_guard.checked_bytes(ctx, sha256=sha, filename=filename, mime=mime)
