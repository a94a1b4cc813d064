"""Evidence is checked again before it is shown, opened or saved: rows that came by sync included.

A file attached on this laptop was checked when it was attached; one that arrived by sync was
checked on the laptop that sent it, which this laptop does not have to trust. So every service that
returns evidence bytes (realisation and work-log evidence) goes through ``checked_bytes``: the
blob is decrypted, the recorded name is reduced to a safe display name and the content is checked
like a new upload (``evidence.checks.sniff``), and its type must be the one recorded. A refusal is
remembered for this laptop (``EvidenceVerdict``, local) and audited, so the list can flag the row
for the penilai without decrypting it again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.errors import EvidenceRejected, NotFound
from asn_desktop.evidence.checks import sniff
from asn_desktop.evidence.names import safe_display_name
from asn_desktop.services.context import AppContext
from asn_desktop.services.unit_of_work import unit_of_work
from asn_desktop.store.models import EvidenceVerdict


@dataclass(frozen=True)
class StoredFile:
    """One evidence file as a row records it."""

    sha256: str
    filename: str
    mime: str

    @property
    def key(self) -> str:
        return hashlib.sha256(f"{self.sha256}\0{self.filename}\0{self.mime}".encode()).hexdigest()


def _problem(data: bytes, item: StoredFile) -> str | None:
    try:
        found = sniff(data, item.filename)
    except EvidenceRejected as exc:
        return exc.message
    if found != item.mime:
        return f"Jenis tercatat ({item.mime}) tidak sesuai dengan isi berkas ({found})."
    return None


def _remember(ctx: AppContext, item: StoredFile, problem: str | None) -> None:
    now = ctx.workspace.now()
    if problem is None:
        with ctx.workspace.sessions() as session, session.begin():
            session.merge(EvidenceVerdict(key=item.key, problem=None, checked_at=now))
        return
    with unit_of_work(ctx, "evidence.refused") as uow:
        uow.session.merge(EvidenceVerdict(key=item.key, problem=problem, checked_at=now))
        uow.audit("evidence", item.sha256, filename=item.filename, mime=item.mime, problem=problem)


def refusal(name: str, problem: str) -> str:
    return f"Bukti dukung {name} tidak dibuka. {problem} Baris ini ditandai untuk pejabat penilai."


def checked_bytes(ctx: AppContext, *, sha256: str, filename: str, mime: str) -> tuple[str, bytes]:
    """(safe display name, plaintext) of a stored evidence file, or ``EvidenceRejected``."""
    item = StoredFile(sha256, safe_display_name(filename), mime)
    data = ctx.workspace.blobs.get(sha256)
    problem = _problem(data, item)
    _remember(ctx, item, problem)
    if problem is not None:
        raise EvidenceRejected(refusal(item.filename, problem))
    return item.filename, data


def accepted(ctx: AppContext, session: Session, item: StoredFile) -> None:
    """Record, inside the attaching transaction, that a file checked at upload is fine."""
    session.merge(EvidenceVerdict(key=item.key, problem=None, checked_at=ctx.workspace.now()))


def problems(ctx: AppContext, items: Iterable[StoredFile]) -> dict[str, str | None]:
    """The problem of each file by ``key`` (None when fine or not on this laptop yet).

    Files without a verdict (they came by sync) are checked now, once; the verdict is kept.
    """
    wanted = {i.key: i for i in items}
    if not wanted:
        return {}
    with ctx.workspace.sessions() as session:
        known = dict(
            session.execute(
                select(EvidenceVerdict.key, EvidenceVerdict.problem).where(EvidenceVerdict.key.in_(wanted))
            ).all()
        )
    for key, item in wanted.items():
        if key in known or not ctx.workspace.blobs.has(item.sha256):
            continue
        try:
            data = ctx.workspace.blobs.get(item.sha256)
        except (EvidenceRejected, NotFound) as exc:
            known[key] = exc.message
            continue
        known[key] = _problem(data, item)
        _remember(ctx, item, known[key])
    return {key: known.get(key) for key in wanted}
