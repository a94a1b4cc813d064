"""The supervisor's comments on a subordinate's work log: on a week, or on one entry of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from asn_desktop.domain import worklog as rules
from asn_desktop.domain.permissions import can_comment_worklog, require
from asn_desktop.errors import ValidationFailed
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.services.worklog import require_view
from asn_desktop.store.models import Employee, WorklogComment, WorklogEntry

__all__ = ["CommentView", "comment_week", "list_comments"]


@dataclass(frozen=True)
class CommentView:
    id: str
    week_start: date
    entry_id: str | None
    author_name: str
    text: str
    created_at: datetime


def comment_week(
    ctx: AppContext, *, employee_id: str, week_start: date, text: str, entry_id: str | None = None
) -> str:
    """The supervisor's comment on a subordinate's week, or on one entry of that week."""
    clean = rules.check_comment(text)
    monday = rules.week_start(week_start)
    with unit_of_work(ctx, "worklog.comment") as uow:
        require(
            can_comment_worklog(ctx.actor, subject_of(uow.session, employee_id)),
            "mengomentari catatan harian pegawai yang bukan bawahan langsung",
        )
        if entry_id is not None:
            entry = get_or_fail(uow.session, WorklogEntry, entry_id, "Catatan harian")
            if entry.employee_id != employee_id or rules.week_start(entry.work_date) != monday:
                raise ValidationFailed("Catatan yang dikomentari bukan milik pegawai ini pada minggu ini.")
        comment = WorklogComment(
            employee_id=employee_id,
            week_start=monday,
            entry_id=entry_id,
            author_id=str(ctx.actor.employee_id),  # a supervisor is an employee (checked above)
            text=clean,
            created_at=ctx.workspace.now(),
        )
        uow.session.add(comment)
        uow.session.flush()
        uow.audit("worklog_comment", comment.id, employee_id=employee_id, week=monday.isoformat())
        return comment.id


def list_comments(ctx: AppContext, *, employee_id: str, week_start: date) -> list[CommentView]:
    """The comments on one week of an employee's log, oldest first."""
    monday = rules.week_start(week_start)
    with read_session(ctx) as session:
        require_view(ctx, session, employee_id)
        rows = session.execute(
            select(WorklogComment, Employee.name)
            .join(Employee, Employee.id == WorklogComment.author_id)
            .where(WorklogComment.employee_id == employee_id, WorklogComment.week_start == monday)
            .order_by(WorklogComment.created_at)
        ).all()
        return [CommentView(c.id, c.week_start, c.entry_id, name, c.text, c.created_at) for c, name in rows]
