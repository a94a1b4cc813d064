"""Reading back review meetings: the records ``meeting.record_meeting`` keeps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from asn_desktop.domain.permissions import Role
from asn_desktop.services.context import AppContext
from asn_desktop.services.unit_of_work import read_session
from asn_desktop.store.models import Employee, MeetingParticipant, ReviewMeeting


@dataclass(frozen=True)
class ParticipantRow:
    employee_id: str
    name: str
    note: str | None


@dataclass(frozen=True)
class MeetingRow:
    id: str
    held_on: date
    period_key: str
    place: str | None
    minutes: str | None
    decisions: str | None
    participants: tuple[ParticipantRow, ...]


def list_meetings(ctx: AppContext, *, limit: int = 100) -> list[MeetingRow]:
    """The meetings the actor organised (all of them for an admin), newest first."""
    with read_session(ctx) as session:
        stmt = select(ReviewMeeting).order_by(ReviewMeeting.held_on.desc()).limit(limit)
        if ctx.actor.role is not Role.ADMIN:
            stmt = stmt.where(ReviewMeeting.organiser_id == (ctx.actor.employee_id or ""))
        meetings = session.scalars(stmt).all()
        rows = session.execute(
            select(MeetingParticipant, Employee.name)
            .join(Employee, Employee.id == MeetingParticipant.employee_id)
            .where(MeetingParticipant.meeting_id.in_([m.id for m in meetings]))
            .order_by(Employee.name)
        ).all()
        people: dict[str, list[ParticipantRow]] = {}
        for part, name in rows:
            people.setdefault(part.meeting_id, []).append(ParticipantRow(part.employee_id, name, part.note))
        return [
            MeetingRow(
                m.id, m.held_on, m.period_key, m.place, m.minutes, m.decisions, tuple(people.get(m.id, []))
            )
            for m in meetings
        ]
