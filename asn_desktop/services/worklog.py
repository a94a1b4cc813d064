"""The daily work log: a pegawai's entries per indicator, and the supervisor's comments on a week.

The roll-up of entries into a realisation is in ``services.worklog_rollup``, the supervisor's
comments in ``services.worklog_comments``; the rules themselves
(what a valid entry is, weeks, sums) are pure, in ``domain.worklog``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date
from pathlib import Path

from sqlalchemy import Connection, Date, bindparam, select
from sqlalchemy.orm import Session

from asn_desktop.domain import worklog as rules
from asn_desktop.domain.period import Period, PeriodKind, period_containing
from asn_desktop.domain.permissions import Subject, can_log_work, can_view, require
from asn_desktop.domain.skp_state import SkpStatus
from asn_desktop.errors import NotFound, ValidationFailed
from asn_desktop.evidence.checks import MAX_EVIDENCE_BYTES, check_file, sniff
from asn_desktop.evidence.names import safe_display_name
from asn_desktop.services import evidence_guard
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import former_penilai, get_or_fail, subject_of
from asn_desktop.services.periods import is_closed
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Agency, Employee, Indicator, Rhk, Skp, WorklogComment, WorklogEntry

__all__ = [
    "EntryView",
    "EvidenceFile",
    "LoggableIndicator",
    "WeekIndicatorRow",
    "WeekView",
    "delete_entry",
    "edit_entry",
    "evidence_from_path",
    "list_entries",
    "log_work",
    "loggable_indicators",
    "read_entry_evidence",
    "today_for",
    "weekly_summary",
]


@dataclass(frozen=True)
class EvidenceFile:
    """A file the pegawai attaches to an entry (checked before anything is stored)."""

    filename: str
    data: bytes


def evidence_from_path(path: Path, *, max_bytes: int = MAX_EVIDENCE_BYTES) -> EvidenceFile:
    """Read a picked or dropped file, refusing a too large or mistyped one before reading it all."""
    _, data = check_file(path, max_bytes=max_bytes)
    return EvidenceFile(path.name, data)


@dataclass(frozen=True)
class LoggableIndicator:
    """An indicator of the pegawai's approved SKP that work can be logged on."""

    id: str
    rhk_text: str
    text: str
    target: str
    quantitative: bool

    @property
    def label(self) -> str:
        return f"{self.text} — {self.rhk_text}"


@dataclass(frozen=True)
class EntryView:
    id: str
    employee_id: str
    indicator_id: str
    indicator_text: str
    work_date: date
    text: str
    quantity: float | None
    evidence_filename: str | None
    evidence_size: int | None
    rolled_up: bool


@dataclass(frozen=True)
class WeekIndicatorRow:
    indicator_id: str
    indicator_text: str
    entries: int
    quantity: float
    days: int


@dataclass(frozen=True)
class WeekView:
    week_start: date
    entries: int
    days: int
    rows: tuple[WeekIndicatorRow, ...]


def today_for(ctx: AppContext) -> date:
    """The laptop's local date of the workspace clock (an entry made at 06:00 WIB is today's)."""
    return ctx.workspace.now().replace(tzinfo=UTC).astimezone().date()


def _indicator_skp(session: Session, indicator_id: str) -> tuple[Indicator, Skp]:
    ind = get_or_fail(session, Indicator, indicator_id, "Indikator")
    rhk = get_or_fail(session, Rhk, ind.rhk_id, "RHK")
    return ind, get_or_fail(session, Skp, rhk.skp_id, "SKP")


def _check_open_day(session: Session, ctx: AppContext, day: date) -> None:
    """Refuse a day whose periodic or annual period the agency has closed."""
    agency = get_or_fail(session, Agency, ctx.workspace.agency_id, "Instansi")
    for period in (period_containing(day, PeriodKind(agency.periodic_kind)), Period.annual(day.year)):
        if is_closed(session, period):
            raise ValidationFailed(
                f"Periode {period.label} sudah ditutup; catatan harian tidak dapat diubah."
            )


def _checked_indicator(ctx: AppContext, session: Session, indicator_id: str, work_date: date) -> Skp:
    """The approved SKP the indicator belongs to, when the actor may log work on it that day."""
    _, skp = _indicator_skp(session, indicator_id)
    require(
        can_log_work(ctx.actor, subject_of(session, skp.employee_id)),
        "mencatat kegiatan pada SKP pegawai lain",
    )
    if skp.status != SkpStatus.APPROVED:
        raise ValidationFailed("Catatan harian hanya dapat dibuat pada indikator SKP yang sudah disetujui.")
    _check_open_day(session, ctx, work_date)
    return skp


def _checked_evidence(evidence: EvidenceFile | None, max_bytes: int) -> str | None:
    return None if evidence is None else sniff(evidence.data, evidence.filename, max_bytes=max_bytes)


def _store_evidence(ctx: AppContext, entry: WorklogEntry, evidence: EvidenceFile, mime: str) -> None:
    entry.evidence_sha256 = ctx.workspace.blobs.put(evidence.data)
    entry.evidence_filename = safe_display_name(evidence.filename)
    entry.evidence_mime, entry.evidence_size = mime, len(evidence.data)


def log_work(
    ctx: AppContext,
    *,
    indicator_id: str,
    work_date: date,
    text: str,
    quantity: str = "",
    evidence: EvidenceFile | None = None,
    max_bytes: int = MAX_EVIDENCE_BYTES,
) -> str:
    """Note what was done on ``work_date`` for one indicator of the pegawai's own approved SKP."""
    mime = _checked_evidence(evidence, max_bytes)
    with unit_of_work(ctx, "worklog.log") as uow:
        skp = _checked_indicator(ctx, uow.session, indicator_id, work_date)
        clean, qty = rules.check_entry(
            text=text, quantity=quantity, work_date=work_date, today=today_for(ctx), skp_year=skp.year
        )
        now = ctx.workspace.now()
        entry = WorklogEntry(
            employee_id=skp.employee_id,
            indicator_id=indicator_id,
            work_date=work_date,
            text=clean,
            quantity=qty,
            created_at=now,
            updated_at=now,
        )
        if evidence is not None and mime is not None:
            _store_evidence(ctx, entry, evidence, mime)
        uow.session.add(entry)
        uow.session.flush()
        uow.audit("worklog_entry", entry.id, work_date=work_date.isoformat())
        return entry.id


def _own_open_entry(ctx: AppContext, session: Session, entry_id: str) -> WorklogEntry:
    entry = get_or_fail(session, WorklogEntry, entry_id, "Catatan harian")
    require(
        can_log_work(ctx.actor, subject_of(session, entry.employee_id)),
        "mengubah catatan harian pegawai lain",
    )
    if entry.realisation_id is not None:
        raise ValidationFailed("Catatan ini sudah masuk realisasi yang dikonfirmasi dan tidak dapat diubah.")
    _check_open_day(session, ctx, entry.work_date)
    return entry


def edit_entry(
    ctx: AppContext,
    *,
    entry_id: str,
    text: str,
    quantity: str = "",
    work_date: date | None = None,
    indicator_id: str | None = None,
    evidence: EvidenceFile | None = None,
    max_bytes: int = MAX_EVIDENCE_BYTES,
) -> None:
    """Change an own entry that has not been rolled up yet (the evidence is replaced when given)."""
    mime = _checked_evidence(evidence, max_bytes)
    with unit_of_work(ctx, "worklog.edit") as uow:
        entry = _own_open_entry(ctx, uow.session, entry_id)
        day = work_date or entry.work_date
        skp = _checked_indicator(ctx, uow.session, indicator_id or entry.indicator_id, day)
        clean, qty = rules.check_entry(
            text=text, quantity=quantity, work_date=day, today=today_for(ctx), skp_year=skp.year
        )
        entry.indicator_id = indicator_id or entry.indicator_id
        entry.work_date, entry.text, entry.quantity = day, clean, qty
        entry.updated_at = ctx.workspace.now()
        if evidence is not None and mime is not None:
            _store_evidence(ctx, entry, evidence, mime)
        uow.audit("worklog_entry", entry.id, work_date=day.isoformat())


def delete_entry(ctx: AppContext, *, entry_id: str) -> None:
    """Remove an own entry that has not been rolled up yet (with the comments made on it)."""
    with unit_of_work(ctx, "worklog.delete") as uow:
        entry = _own_open_entry(ctx, uow.session, entry_id)
        for comment in uow.session.scalars(select(WorklogComment).where(WorklogComment.entry_id == entry_id)):
            uow.session.delete(comment)
        uow.session.delete(entry)
        uow.audit("worklog_entry", entry_id, deleted=True)


def loggable_indicators(ctx: AppContext, *, year: int) -> list[LoggableIndicator]:
    """The indicators of the actor's approved SKP of ``year``, in the SKP's order."""
    if ctx.actor.employee_id is None:
        return []
    with read_session(ctx) as session:
        rows = session.execute(
            select(Indicator, Rhk.text)
            .join(Rhk, Rhk.id == Indicator.rhk_id)
            .join(Skp, Skp.id == Rhk.skp_id)
            .where(
                Skp.employee_id == ctx.actor.employee_id,
                Skp.year == year,
                Skp.status == SkpStatus.APPROVED.value,
            )
            .order_by(Rhk.kind, Rhk.position, Indicator.position)
        ).all()
        return [
            LoggableIndicator(
                ind.id,
                rhk_text,
                ind.text,
                ind.target_text
                or f"{rules.format_quantity(ind.target_value or 0)} {ind.target_unit or ''}".strip(),
                ind.target_value is not None,
            )
            for ind, rhk_text in rows
        ]


_VIEW = "melihat catatan harian pegawai ini"


def require_view(ctx: AppContext, session: Session, employee_id: str) -> None:
    """The log (entries, files, comments) is seen by the pegawai, the direct supervisor and admin."""
    require(can_view(ctx.actor, subject_of(session, employee_id)), _VIEW)


# Built once: the week's list is read on every PageUp/PageDown, and building a statement costs
# more than running it on one week of entries.
_SUBJECT = select(Employee.id, Employee.supervisor_id).where(Employee.id == bindparam("employee_id"))
_ENTRIES = (
    select(
        WorklogEntry.id,
        WorklogEntry.indicator_id,
        Indicator.text,
        WorklogEntry.work_date,
        WorklogEntry.text,
        WorklogEntry.quantity,
        WorklogEntry.evidence_filename,
        WorklogEntry.evidence_size,
        WorklogEntry.realisation_id,
    )
    .join(Indicator, Indicator.id == WorklogEntry.indicator_id)
    .where(
        WorklogEntry.employee_id == bindparam("employee_id"),
        WorklogEntry.work_date >= bindparam("start", type_=Date),
        WorklogEntry.work_date <= bindparam("end", type_=Date),
    )
    .order_by(WorklogEntry.work_date, WorklogEntry.created_at)
)


def _reader_subject(conn: Connection, employee_id: str) -> Subject:
    row = conn.execute(_SUBJECT, {"employee_id": employee_id}).first()
    if row is None:
        raise NotFound("Pegawai tidak ditemukan.")
    former = former_penilai(conn, row[0]) - {row[1] or ""}
    return Subject(employee_id=row[0], supervisor_id=row[1], former_penilai=former)


def _entries(conn: Connection, employee_id: str, start: date, end: date) -> list[EntryView]:
    rows = conn.execute(_ENTRIES, {"employee_id": employee_id, "start": start, "end": end}).all()
    return [EntryView(r[0], employee_id, *r[1:8], r[8] is not None) for r in rows]


def list_entries(ctx: AppContext, *, employee_id: str, start: date, end: date) -> list[EntryView]:
    """The entries of ``start``..``end`` (both included), oldest first: the pegawai, the supervisor, admin."""
    # A Core connection in autocommit, not an ORM session: plain column reads, called on every
    # week the pegawai pages through.
    with ctx.workspace.reader.connect() as conn:
        require(can_view(ctx.actor, _reader_subject(conn, employee_id)), _VIEW)
        return _entries(conn, employee_id, start, end)


def weekly_summary(ctx: AppContext, *, employee_id: str, start: date, end: date) -> list[WeekView]:
    """Per week of ``start``..``end``: per indicator the entries, the quantity and the days worked."""
    with ctx.workspace.reader.connect() as conn:
        require(can_view(ctx.actor, _reader_subject(conn, employee_id)), _VIEW)
        entries = _entries(conn, employee_id, rules.week_start(start), end)
    names = {e.indicator_id: e.indicator_text for e in entries}
    facts = [rules.EntryFact(e.id, e.indicator_id, e.work_date, e.text, e.quantity) for e in entries]
    return [
        WeekView(
            week.week_start,
            week.entries,
            week.days,
            tuple(
                WeekIndicatorRow(r.indicator_id, names[r.indicator_id], r.entries, r.quantity, r.days)
                for r in week.indicators
            ),
        )
        for week in rules.weekly_summary(facts)
    ]


def read_entry_evidence(ctx: AppContext, *, entry_id: str) -> tuple[str, bytes]:
    """(safe display name, plaintext) of the file attached to an entry, checked again first."""
    with read_session(ctx) as session:
        entry = get_or_fail(session, WorklogEntry, entry_id, "Catatan harian")
        require_view(ctx, session, entry.employee_id)
        if entry.evidence_sha256 is None or entry.evidence_filename is None:
            raise ValidationFailed("Catatan ini tidak berlampiran berkas.")
        filename, sha = entry.evidence_filename, entry.evidence_sha256
        mime = entry.evidence_mime or ""
    return evidence_guard.checked_bytes(ctx, sha256=sha, filename=filename, mime=mime)
