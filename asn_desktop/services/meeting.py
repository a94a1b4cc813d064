"""Review meetings: a supervisor goes through subordinates on one laptop and keeps the minutes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from asn_desktop.domain.errors import PermissionDenied
from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import can_run_meeting, is_supervisor_of, require
from asn_desktop.errors import ValidationFailed
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.unit_of_work import unit_of_work
from asn_desktop.store.models import MeetingParticipant, ReviewMeeting


def record_meeting(
    ctx: AppContext,
    *,
    held_on: date,
    period_key: str,
    participant_ids: list[str],
    minutes: str,
    decisions: str | None = None,
    place: str | None = None,
    notes: dict[str, str] | None = None,
) -> str:
    """Save a meeting record: date, place, participants (subordinates), minutes and decisions."""
    require(can_run_meeting(ctx.actor), "memimpin rapat evaluasi kinerja")
    period = Period.parse(period_key)
    if ctx.actor.employee_id is None:
        raise ValidationFailed("Pemimpin rapat harus terhubung dengan data pegawai.")
    if not participant_ids:
        raise ValidationFailed("Pilih paling sedikit satu pegawai peserta rapat.")
    if not minutes.strip():
        raise ValidationFailed("Notulen rapat wajib diisi.")
    notes = notes or {}
    with unit_of_work(ctx, "meeting.record") as uow:
        for emp_id in participant_ids:
            require(
                is_supervisor_of(ctx.actor, subject_of(uow.session, emp_id)),
                "mengikutsertakan pegawai yang bukan bawahan langsung",
            )
        meeting = ReviewMeeting(
            organiser_id=ctx.actor.employee_id,
            held_on=held_on,
            period_key=period.key,
            place=place,
            minutes=minutes.strip(),
            decisions=decisions,
        )
        uow.session.add(meeting)
        uow.session.flush()
        for emp_id in dict.fromkeys(participant_ids):
            uow.session.add(
                MeetingParticipant(meeting_id=meeting.id, employee_id=emp_id, note=notes.get(emp_id))
            )
        uow.audit("review_meeting", meeting.id, participants=len(participant_ids))
        return meeting.id


def update_meeting(
    ctx: AppContext,
    *,
    meeting_id: str,
    minutes: str,
    decisions: str | None = None,
    place: str | None = None,
    notes: dict[str, str] | None = None,
) -> None:
    """Store the meeting's minutes, decisions, place and notes again (autosave, *Simpan notulen*).

    Only the organiser changes their meeting; the participants stay those it was recorded with
    (a change of participants is a new meeting). A note for someone who is not a participant is
    refused, so a note can never land on another person's record.
    """
    require(can_run_meeting(ctx.actor), "memimpin rapat evaluasi kinerja")
    if not minutes.strip():
        raise ValidationFailed("Notulen rapat wajib diisi.")
    notes = notes or {}
    with unit_of_work(ctx, "meeting.update") as uow:
        meeting = get_or_fail(uow.session, ReviewMeeting, meeting_id, "Rapat evaluasi")
        if meeting.organiser_id != ctx.actor.employee_id:
            raise PermissionDenied("Hanya pemimpin rapat yang dapat mengubah notulennya.")
        rows = {
            p.employee_id: p
            for p in uow.session.scalars(
                select(MeetingParticipant).where(MeetingParticipant.meeting_id == meeting_id)
            )
        }
        if set(notes) - set(rows):
            raise ValidationFailed("Catatan hanya dapat dibuat untuk peserta rapat ini.")
        meeting.minutes, meeting.decisions, meeting.place = minutes.strip(), decisions, place
        for emp_id, row in rows.items():
            note = notes.get(emp_id)
            if row.note != note:
                row.note = note
        uow.audit("review_meeting", meeting.id, updated=True)
