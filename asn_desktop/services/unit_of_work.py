"""One transaction per user action: the rows, their signed change-log entries, one audit event.

The change log is written by the session hook of ``sync.changelog`` (installed on the workspace's
session factory), so a service cannot forget it; the hook also applies the write rules every
other laptop will apply. Here the session learns who writes (the actor and their unsealed key),
the author signs the transaction's entries before it commits, and the audit event is appended.
Nothing is committed if the block raises.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from asn_desktop.security.audit import append_event
from asn_desktop.services.context import AppContext
from asn_desktop.sync.changelog import AUTHOR, SIGNERS, sign_session


class UnitOfWork:
    def __init__(self, ctx: AppContext, session: Session, action: str) -> None:
        self.ctx = ctx
        self.session = session
        self.action = action
        self.entity: str | None = None
        self.entity_id: str | None = None
        self.details: dict[str, Any] = {}

    def audit(self, entity: str, entity_id: str, **details: Any) -> None:
        """Name what the action touched; recorded in the audit event on commit."""
        self.entity, self.entity_id = entity, entity_id
        self.details.update(details)


@contextmanager
def unit_of_work(ctx: AppContext, action: str) -> Iterator[UnitOfWork]:
    ws = ctx.workspace
    with ws.sessions() as session, session.begin():
        if ctx.signer is not None:
            session.info[AUTHOR] = ctx.actor
            session.info[SIGNERS] = {ctx.actor.user_id: ctx.signer}
        uow = UnitOfWork(ctx, session, action)
        yield uow
        session.flush()
        sign_session(session, ws.workspace_id, ws.device_id)
        append_event(
            session,
            at=ws.now(),
            user_id=ctx.actor.user_id,
            action=action,
            entity=uow.entity,
            entity_id=uow.entity_id,
            details=uow.details,
            signer=ctx.signer,
            device_key=ws.secrets.get("device_signing_key"),
            device_id=ws.device_id,
        )


@contextmanager
def read_session(ctx: AppContext) -> Iterator[Session]:
    """A short read-only session for one query (no audit, no change log)."""
    with ctx.workspace.sessions() as session:
        yield session
