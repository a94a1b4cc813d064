"""Umpan balik masyarakat: recorded by hand or imported from a survey kiosk, listed and summarised.

A penilai records for their own unit and the units below it, an admin for any unit. An import is
all or nothing, like the employee import: one bad row imports nothing and every bad row is listed;
a row imported before (same file again) is counted as "sudah ada" and not added twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import Role, can_record_public_feedback, can_view, require
from asn_desktop.domain.public_feedback import (
    Channel,
    InvalidFeedback,
    KioskRow,
    SummaryBy,
    SummaryRow,
    can_record_for_unit,
    check_comment,
    check_received_on,
    check_score,
    parse_channel,
    parse_kiosk_rows,
    read_kiosk_csv,
    source_keys,
    summarise,
    units_within,
)
from asn_desktop.errors import ImportRejected, ValidationFailed
from asn_desktop.progress import CancelToken, ProgressSink, null_progress
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Employee, PublicFeedback, Unit

__all__ = [
    "EmployeePublicSummary",
    "PublicFeedbackImport",
    "PublicFeedbackRow",
    "UnitSummary",
    "employee_public_summary",
    "import_public_feedback",
    "list_public_feedback",
    "record_public_feedback",
    "recordable_units",
    "unit_members",
    "unit_summary",
]

MAX_ROWS = 100_000
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class PublicFeedbackRow:
    id: str
    unit_id: str
    unit_name: str
    employee_id: str | None
    employee_name: str | None
    received_on: date
    channel: Channel
    score: int
    comment: str | None
    imported: bool


@dataclass(frozen=True)
class PublicFeedbackImport:
    added: int
    existing: int  # rows imported before ("sudah ada"), not added again


@dataclass(frozen=True)
class UnitSummary:
    unit_id: str
    unit_name: str
    year: int
    by: SummaryBy
    rows: list[SummaryRow]

    @property
    def count(self) -> int:
        return sum(r.count for r in self.rows)


@dataclass(frozen=True)
class EmployeePublicSummary:
    count: int
    mean: float


# -- scope ---------------------------------------------------------------------------------------


def _parents(session: Session) -> dict[str, str | None]:
    return dict(session.execute(select(Unit.id, Unit.parent_id)).all())


def _actor_unit(ctx: AppContext, session: Session) -> str | None:
    if ctx.actor.employee_id is None:
        return None
    emp = session.get(Employee, ctx.actor.employee_id)
    return emp.unit_id if emp else None


@dataclass(frozen=True)
class _Scope:
    parents: dict[str, str | None]
    actor_unit: str | None

    def allows(self, ctx: AppContext, unit_id: str) -> bool:
        return can_record_for_unit(ctx.actor, self.actor_unit, unit_id, self.parents)


def _scope(ctx: AppContext, session: Session) -> _Scope:
    return _Scope(_parents(session), _actor_unit(ctx, session))


def _require_unit(ctx: AppContext, scope: _Scope, unit_id: str, what: str) -> None:
    require(scope.allows(ctx, unit_id), what)


def recordable_units(ctx: AppContext) -> list[tuple[str, str]]:
    """(id, name) of the units the actor may record for and see, by name (empty for a pegawai)."""
    with read_session(ctx) as session:
        scope = _scope(ctx, session)
        units = session.execute(select(Unit.id, Unit.name).order_by(Unit.name)).all()
        return [(uid, name) for uid, name in units if scope.allows(ctx, uid)]


def unit_members(ctx: AppContext, *, unit_id: str) -> list[tuple[str, str, str]]:
    """(id, name, nip) of the unit's employees, for naming one in a response; by name."""
    with read_session(ctx) as session:
        require(can_record_public_feedback(ctx.actor), "mencatat umpan balik masyarakat")
        _require_unit(ctx, _scope(ctx, session), unit_id, "mencatat umpan balik masyarakat untuk unit ini")
        stmt = (
            select(Employee.id, Employee.name, Employee.nip)
            .where(Employee.unit_id == unit_id, Employee.active.is_(True))
            .order_by(Employee.name)
        )
        return [(eid, name, nip) for eid, name, nip in session.execute(stmt)]


# -- recording -----------------------------------------------------------------------------------


def _check_employee(session: Session, employee_id: str, unit_id: str) -> None:
    emp = get_or_fail(session, Employee, employee_id, "Pegawai")
    if emp.unit_id != unit_id:
        raise ValidationFailed("Pegawai tersebut bukan anggota unit yang diberi umpan balik.")


def record_public_feedback(
    ctx: AppContext,
    *,
    unit_id: str,
    employee_id: str | None = None,
    received_on: date,
    channel: Channel | str,
    score: int,
    comment: str | None = None,
) -> str:
    """Type in one response from the public, about a unit and optionally one of its employees."""
    require(can_record_public_feedback(ctx.actor), "mencatat umpan balik masyarakat")
    try:
        chan = parse_channel(channel)
        check_score(score)
        text = check_comment(comment)
        check_received_on(received_on, ctx.workspace.now().date())
    except InvalidFeedback as exc:
        raise ValidationFailed(exc.message[:1].upper() + exc.message[1:] + ".") from None
    with unit_of_work(ctx, "public_feedback.record") as uow:
        get_or_fail(uow.session, Unit, unit_id, "Unit kerja")
        _require_unit(
            ctx, _scope(ctx, uow.session), unit_id, "mencatat umpan balik masyarakat untuk unit ini"
        )
        if employee_id is not None:
            _check_employee(uow.session, employee_id, unit_id)
        row = PublicFeedback(
            unit_id=unit_id,
            employee_id=employee_id,
            received_on=received_on,
            channel=chan.value,
            score=score,
            comment=text,
            recorded_by=ctx.actor.user_id,
            recorded_at=ctx.workspace.now(),
            source_key=None,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit("public_feedback", row.id, unit_id=unit_id, score=score)
        return row.id


# -- import --------------------------------------------------------------------------------------


def _load(path: Path) -> list[dict[str, str]]:
    if path.suffix.lower() != ".csv":
        raise ValidationFailed(f"Format berkas {path.name} tidak didukung; gunakan CSV dari kios survei.")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValidationFailed(f"Berkas {path.name} terlalu besar.")
        rows = read_kiosk_csv(path.read_bytes())
    except OSError as exc:
        raise ValidationFailed(f"Berkas {path.name} tidak dapat dibaca: {exc}") from exc
    except InvalidFeedback as exc:
        raise ValidationFailed(exc.message) from None
    if len(rows) > MAX_ROWS:
        raise ValidationFailed(f"Berkas terlalu besar: paling banyak {MAX_ROWS} baris.")
    return rows


@dataclass(frozen=True)
class _Refs:
    units: dict[str, str]  # code or name (lower case) → id
    employees: dict[str, tuple[str, str]]  # nip → (id, unit id)


def _refs(session: Session) -> _Refs:
    units: dict[str, str] = {}
    for uid, name, code in session.execute(select(Unit.id, Unit.name, Unit.code)):
        units[name.strip().lower()] = uid
        if code:
            units[code.strip().lower()] = uid
    employees = {
        nip: (eid, uid)
        for eid, nip, uid in session.execute(select(Employee.id, Employee.nip, Employee.unit_id))
    }
    return _Refs(units, employees)


def _resolve(ctx: AppContext, row: KioskRow, refs: _Refs, scope: _Scope) -> tuple[str, str | None]:
    unit_id = refs.units.get(row.unit_ref.lower())
    if unit_id is None:
        raise ValidationFailed(f"unit {row.unit_ref!r} tidak dikenal")
    if not scope.allows(ctx, unit_id):
        raise ValidationFailed(f"unit {row.unit_ref!r} di luar wewenang Anda")
    if row.nip is None:
        return unit_id, None
    emp = refs.employees.get(row.nip)
    if emp is None:
        raise ValidationFailed(f"NIP {row.nip} tidak ditemukan")
    if emp[1] != unit_id:
        raise ValidationFailed(f"pegawai NIP {row.nip} bukan anggota unit {row.unit_ref}")
    return unit_id, emp[0]


def _check_all(
    ctx: AppContext,
    session: Session,
    raw: list[dict[str, str]],
    progress: ProgressSink,
    token: CancelToken,
) -> list[tuple[KioskRow, str, str | None]]:
    good, errors = parse_kiosk_rows(raw, ctx.workspace.now().date())
    refs, scope = _refs(session), _scope(ctx, session)
    resolved: list[tuple[KioskRow, str, str | None]] = []
    for n, row in enumerate(good, start=1):
        if n % 500 == 0:
            token.check()
            progress(n, len(good), "Memeriksa baris")
        try:
            unit_id, employee_id = _resolve(ctx, row, refs, scope)
        except ValidationFailed as exc:
            errors.append((row.line, exc.message))
            continue
        resolved.append((row, unit_id, employee_id))
    if errors:
        errors.sort()
        raise ImportRejected(
            f"Impor dibatalkan: {len(errors)} baris bermasalah, tidak ada data yang disimpan.", errors
        )
    return resolved


def _existing_keys(session: Session, keys: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        found.update(
            k
            for k in session.scalars(
                select(PublicFeedback.source_key).where(PublicFeedback.source_key.in_(chunk))
            )
            if k is not None
        )
    return found


def import_public_feedback(
    ctx: AppContext,
    path: Path,
    *,
    progress: ProgressSink = null_progress,
    token: CancelToken | None = None,
) -> PublicFeedbackImport:
    """Import a kiosk CSV (tanggal, unit, nip, kanal, skor, komentar); ``ImportRejected`` lists bad rows.

    All or nothing: a bad row, or cancelling before the end, keeps nothing.
    """
    require(can_record_public_feedback(ctx.actor), "mengimpor umpan balik masyarakat")
    token = token or CancelToken()
    raw = _load(path)
    with unit_of_work(ctx, "public_feedback.import") as uow:
        resolved = _check_all(ctx, uow.session, raw, progress, token)
        keys = source_keys([r for r, _, _ in resolved])
        existing = _existing_keys(uow.session, keys)
        progress(len(raw), len(raw), "Menyimpan")
        token.check()
        now, added = ctx.workspace.now(), 0
        for (row, unit_id, employee_id), key in zip(resolved, keys, strict=True):
            if key in existing:
                continue
            uow.session.add(
                PublicFeedback(
                    unit_id=unit_id,
                    employee_id=employee_id,
                    received_on=row.received_on,
                    channel=row.channel.value,
                    score=row.score,
                    comment=row.comment,
                    recorded_by=ctx.actor.user_id,
                    recorded_at=now,
                    source_key=key,
                )
            )
            added += 1
        uow.session.flush()
        token.check()
        report = PublicFeedbackImport(added=added, existing=len(existing))
        uow.audit("public_feedback", "import", file=path.name, added=added, existing=report.existing)
        return report


# -- reading -------------------------------------------------------------------------------------


def _visible_units(ctx: AppContext, scope: _Scope, unit_id: str | None) -> set[str] | None:
    """The units the actor may see (None: every unit); refuses a unit outside them."""
    require(can_record_public_feedback(ctx.actor), "melihat umpan balik masyarakat")
    if unit_id is not None:
        _require_unit(ctx, scope, unit_id, "melihat umpan balik masyarakat unit ini")
        return units_within(unit_id, scope.parents)
    if ctx.actor.role is Role.ADMIN:
        return None
    return units_within(scope.actor_unit, scope.parents) if scope.actor_unit else set()


def list_public_feedback(
    ctx: AppContext,
    *,
    unit_id: str | None = None,
    employee_id: str | None = None,
    start: date | None = None,
    end: date | None = None,
    limit: int = 5000,
) -> list[PublicFeedbackRow]:
    """Responses, newest first, of a unit (with its sub-units) or of all the units the actor may see."""
    with read_session(ctx) as session:
        scope = _scope(ctx, session)
        units = _visible_units(ctx, scope, unit_id)
        stmt = (
            select(PublicFeedback, Unit.name, Employee.name)
            .join(Unit, Unit.id == PublicFeedback.unit_id)
            .outerjoin(Employee, Employee.id == PublicFeedback.employee_id)
            .order_by(PublicFeedback.received_on.desc(), PublicFeedback.id.desc())
            .limit(limit)
        )
        if units is not None:
            stmt = stmt.where(PublicFeedback.unit_id.in_(units))
        if employee_id is not None:
            stmt = stmt.where(PublicFeedback.employee_id == employee_id)
        if start is not None:
            stmt = stmt.where(PublicFeedback.received_on >= start)
        if end is not None:
            stmt = stmt.where(PublicFeedback.received_on <= end)
        return [
            PublicFeedbackRow(
                fb.id,
                fb.unit_id,
                unit_name,
                fb.employee_id,
                emp_name,
                fb.received_on,
                Channel(fb.channel),
                fb.score,
                fb.comment,
                fb.source_key is not None,
            )
            for fb, unit_name, emp_name in session.execute(stmt)
        ]


def unit_summary(ctx: AppContext, *, unit_id: str, year: int, by: SummaryBy | str = "month") -> UnitSummary:
    """Count, mean and score distribution per month (or quarter) of a unit with its sub-units."""
    grouping = SummaryBy(by) if by in tuple(SummaryBy) else None
    if grouping is None:
        raise ValidationFailed(f"Ringkasan per {by!r} tidak dikenal; pilih month atau quarter.")
    with read_session(ctx) as session:
        unit = get_or_fail(session, Unit, unit_id, "Unit kerja")
        units = _visible_units(ctx, _scope(ctx, session), unit_id)
        assert units is not None
        pairs = session.execute(
            select(PublicFeedback.received_on, PublicFeedback.score).where(
                PublicFeedback.unit_id.in_(units),
                PublicFeedback.received_on >= date(year, 1, 1),
                PublicFeedback.received_on <= date(year, 12, 31),
            )
        )
        rows = summarise(pairs, year=year, by=grouping)
    return UnitSummary(unit_id, unit.name, year, grouping, rows)


def employee_public_summary(
    ctx: AppContext, *, employee_id: str, period_key: str
) -> EmployeePublicSummary | None:
    """Count and mean of the responses naming the employee within the period; None when none."""
    period = Period.parse(period_key)
    with read_session(ctx) as session:
        require(can_view(ctx.actor, subject_of(session, employee_id)), "melihat umpan balik pegawai ini")
        count, mean = session.execute(
            select(func.count(), func.avg(PublicFeedback.score)).where(
                PublicFeedback.employee_id == employee_id,
                PublicFeedback.received_on >= period.start,
                PublicFeedback.received_on <= period.end,
            )
        ).one()
    return EmployeePublicSummary(int(count), float(mean)) if count else None
