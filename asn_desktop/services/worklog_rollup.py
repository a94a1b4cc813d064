"""From the daily log to the period's realisation: a proposal, and the pegawai's confirmation.

Confirming writes the realisation by the same rules as one typed by hand (``realisation.record_in``),
links each entry's evidence blob to it as bukti dukung (the same sha256, no second copy) and marks
the entries, all in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from asn_desktop.domain import worklog as rules
from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import can_log_work, require
from asn_desktop.errors import ValidationFailed
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.realisation import record_in
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.services.worklog import loggable_indicators
from asn_desktop.store.models import Evidence, Indicator, Realisation, Rhk, Skp, WorklogEntry

__all__ = ["Proposal", "confirm_proposal", "period_proposals", "propose_realisation"]

EVIDENCE_NOTE = "Dari catatan harian"
_AUTO_TEXT = "Tercatat"


@dataclass(frozen=True)
class Proposal:
    """The realisation the log proposes for one indicator and period (see ``domain.worklog.RollUp``)."""

    indicator_id: str
    indicator_text: str
    quantitative: bool
    period_key: str
    period_label: str
    start: date
    end: date
    entry_ids: tuple[str, ...]
    entries: int
    days: int
    value_text: str
    note: str
    evidence: tuple[rules.EvidenceRef, ...]
    current_value: str | None

    @property
    def new_entries(self) -> int:
        return len(self.entry_ids)


_FACT_COLUMNS = (
    WorklogEntry.id,
    WorklogEntry.indicator_id,
    WorklogEntry.work_date,
    WorklogEntry.text,
    WorklogEntry.quantity,
    WorklogEntry.evidence_sha256,
    WorklogEntry.evidence_filename,
    WorklogEntry.evidence_mime,
    WorklogEntry.evidence_size,
    WorklogEntry.realisation_id,
)


def _fact(row: Sequence[Any]) -> rules.EntryFact:
    """An entry's facts from a row of ``_FACT_COLUMNS`` (plain tuples: no ORM objects to build)."""
    entry_id, indicator_id, work_date, text, quantity, sha, filename, mime, size, realisation_id = row
    evidence = None
    if sha and filename and mime and size is not None:
        evidence = rules.EvidenceRef(sha, filename, mime, size)
    return rules.EntryFact(entry_id, indicator_id, work_date, text, quantity, evidence, realisation_id)


def _current(session: Session, indicator_id: str, period: Period) -> Realisation | None:
    return session.scalars(
        select(Realisation).where(
            Realisation.indicator_id == indicator_id, Realisation.period_key == period.key
        )
    ).one_or_none()


def _value_text(roll: rules.RollUp, current: Realisation | None) -> str:
    if roll.value is not None:
        return rules.format_quantity(roll.value)
    if current is not None and current.text and not current.text.startswith(_AUTO_TEXT):
        return current.text  # the pegawai's own wording of an earlier confirmation stays
    # Not starting with a digit: a realisation text that starts with a number is read as a value.
    return f"{_AUTO_TEXT} {roll.entries} kegiatan dalam {roll.days} hari kerja"


def _proposal(ctx: AppContext, session: Session, indicator_id: str, period: Period) -> Proposal:
    ind = get_or_fail(session, Indicator, indicator_id, "Indikator")
    rhk = get_or_fail(session, Rhk, ind.rhk_id, "RHK")
    skp = get_or_fail(session, Skp, rhk.skp_id, "SKP")
    require(
        can_log_work(ctx.actor, subject_of(session, skp.employee_id)), "mengusulkan realisasi pegawai lain"
    )
    current = _current(session, indicator_id, period)
    linked: ColumnElement[bool] = WorklogEntry.realisation_id.is_(None)
    if current is not None:
        linked = or_(linked, WorklogEntry.realisation_id == current.id)
    entries = session.execute(
        select(*_FACT_COLUMNS).where(
            WorklogEntry.indicator_id == indicator_id,
            WorklogEntry.work_date >= period.start,
            WorklogEntry.work_date <= period.end,
            linked,
        )
    )
    roll = rules.roll_up(
        (_fact(e) for e in entries),
        indicator_id=indicator_id,
        start=period.start,
        end=period.end,
        quantitative=ind.target_value is not None,
        realisation_id=current.id if current else None,
    )
    shown = None
    if current is not None:
        shown = rules.format_quantity(current.value) if current.value is not None else current.text
    return Proposal(
        indicator_id,
        ind.text,
        ind.target_value is not None,
        period.key,
        period.label,
        period.start,
        period.end,
        roll.entry_ids,
        roll.entries,
        roll.days,
        _value_text(roll, current),
        roll.note,
        roll.evidence,
        shown,
    )


def propose_realisation(ctx: AppContext, *, indicator_id: str, period_key: str) -> Proposal:
    """What the log's entries of the period add up to for one of the pegawai's own indicators."""
    period = Period.parse(period_key)
    with read_session(ctx) as session:
        return _proposal(ctx, session, indicator_id, period)


def period_proposals(ctx: AppContext, *, period_key: str) -> list[Proposal]:
    """The proposals of the actor's indicators that have entries not yet in a realisation."""
    period = Period.parse(period_key)
    indicators = loggable_indicators(ctx, year=period.year)
    with read_session(ctx) as session:
        proposals = [_proposal(ctx, session, ind.id, period) for ind in indicators]
    return [p for p in proposals if p.entry_ids]


def confirm_proposal(
    ctx: AppContext,
    *,
    indicator_id: str,
    period_key: str,
    entry_ids: Sequence[str],
    value: str | None = None,
    note: str | None = None,
) -> str:
    """Record the proposal as the period's realisation; returns the realisation's id.

    ``entry_ids`` are those of the proposal the pegawai saw: when the log changed meanwhile (an
    entry added on another laptop and synced), nothing is written and the proposal is to be
    reloaded. ``value`` and ``note`` replace the proposed ones when the pegawai edited them.
    """
    period = Period.parse(period_key)
    with unit_of_work(ctx, "worklog.confirm") as uow:
        proposal = _proposal(ctx, uow.session, indicator_id, period)
        if not proposal.entry_ids:
            raise ValidationFailed("Tidak ada catatan harian baru untuk periode ini.")
        if sorted(entry_ids) != sorted(proposal.entry_ids):
            raise ValidationFailed("Catatan harian berubah sejak usulan dibuat; buka usulan lagi.")
        row = record_in(
            uow,
            indicator_id=indicator_id,
            period=period,
            value=proposal.value_text if value is None else value,
            note=proposal.note if note is None else note,
        )
        have = set(uow.session.scalars(select(Evidence.sha256).where(Evidence.realisation_id == row.id)))
        now = ctx.workspace.now()
        for ref in proposal.evidence:
            if ref.sha256 not in have:
                uow.session.add(
                    Evidence(
                        realisation_id=row.id,
                        filename=ref.filename,
                        mime=ref.mime,
                        size=ref.size,
                        sha256=ref.sha256,
                        description=EVIDENCE_NOTE,
                        uploaded_by=ctx.actor.user_id,
                        uploaded_at=now,
                    )
                )
        for entry in uow.session.scalars(select(WorklogEntry).where(WorklogEntry.id.in_(proposal.entry_ids))):
            entry.realisation_id = row.id
        uow.audit("realisation", row.id, period=period.key, worklog_entries=len(proposal.entry_ids))
        return row.id
