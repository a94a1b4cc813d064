"""Issuing certificates to many people at once: a unit (with its sub-units) or the whole agency.

Why it looks like this:

* One initial passphrase for the batch, as an admin hands out initial passwords: the admin
  tells each person, and each person then sets their own (``signing_owner``), which re-seals
  their key. The whole batch is sealed by one ``kdf.Sealer`` — one Argon2id derivation instead of
  one per person (10,000 people: 0.3 s instead of 50 minutes). The boxes share the key only
  while they share the passphrase; a person's own passphrase gives their box its own salt.
* People who already have an approved, active certificate keep it unless ``reissue`` is asked:
  issuing to "everyone" again after hiring three people gives those three a certificate and
  leaves the others' keys (and passphrases) alone.
* Written in transactions of ``CHUNK`` people, with Cancel checked between them: a cancelled
  batch leaves whole identities only, each with its change-log entry and audit event.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select

from asn_desktop.domain.permissions import can_manage_users, require
from asn_desktop.errors import NotFound
from asn_desktop.pdf.certs import USER_YEARS
from asn_desktop.progress import CancelToken, ProgressSink, null_progress
from asn_desktop.security.kdf import Sealer
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import unit_subtree
from asn_desktop.services.signing import (
    SOURCE_WORKSPACE,
    agency_name,
    check_passphrase,
    identity_row,
    retire_active,
    seal_params,
    workspace_issuer,
)
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Employee, SigningIdentity, Unit

CHUNK = 250


@dataclass(frozen=True)
class IssueReport:
    """How many got a new certificate, and how many kept the one they had."""

    issued: int
    kept: int


def _targets(
    ctx: AppContext, unit_id: str | None, employee_ids: list[str] | None
) -> list[tuple[str, str, str]]:
    """(id, name, NIP) of the active employees in scope, in NIP order."""
    with read_session(ctx) as session:
        query = select(Employee.id, Employee.name, Employee.nip).where(Employee.active)
        if employee_ids is not None:
            query = query.where(Employee.id.in_(employee_ids))
        elif unit_id is not None:
            units = list(session.scalars(select(Unit)))
            if all(u.id != unit_id for u in units):
                raise NotFound("Unit kerja tidak ditemukan.")
            query = query.where(Employee.unit_id.in_(sorted(unit_subtree(units, unit_id))))
        rows = [(r.id, r.name, r.nip) for r in session.execute(query.order_by(Employee.nip))]
    if employee_ids is not None and len(rows) != len(set(employee_ids)):
        raise NotFound("Sebagian pegawai yang dipilih tidak ditemukan atau tidak aktif.")
    return rows


def _having_certificates(ctx: AppContext) -> set[str]:
    with read_session(ctx) as session:
        return set(
            session.scalars(
                select(SigningIdentity.employee_id).where(
                    SigningIdentity.active, SigningIdentity.approved_by.is_not(None)
                )
            )
        )


def _chunks(rows: list[tuple[str, str, str]]) -> Iterator[list[tuple[str, str, str]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def issue_certificates(
    ctx: AppContext,
    *,
    passphrase: str,
    unit_id: str | None = None,
    employee_ids: list[str] | None = None,
    reissue: bool = False,
    valid_days: int = 365 * USER_YEARS,
    progress: ProgressSink = null_progress,
    cancel: CancelToken | None = None,
) -> IssueReport:
    """Certificates for the employees of a unit (and its sub-units), the listed ones, or everyone.

    With neither ``unit_id`` nor ``employee_ids`` the batch is the whole agency (admin only).
    """
    require(can_manage_users(ctx.actor), "menerbitkan sertifikat tanda tangan")
    check_passphrase(passphrase)
    cancel = cancel or CancelToken()
    ws = ctx.workspace
    issuer = workspace_issuer(ws)
    targets = _targets(ctx, unit_id, employee_ids)
    having = set() if reissue else _having_certificates(ctx)
    todo = [t for t in targets if t[0] not in having]
    progress(0, len(todo), "Menyiapkan kunci")
    sealer = Sealer(passphrase, params=seal_params())
    done = 0
    for chunk in _chunks(todo):
        cancel.check()
        with unit_of_work(ctx, "pki.issue_batch") as uow:
            agency = agency_name(uow.session, ws)
            retire_active(uow.session, [emp_id for emp_id, _, _ in chunk])
            for emp_id, name, nip in chunk:
                identity = issuer.issue(
                    name=name, nip=nip, agency=agency, now=ws.now(), valid_days=valid_days
                )
                row = identity_row(
                    ctx,
                    emp_id,
                    identity,
                    sealer.seal(identity.key_pem),
                    source=SOURCE_WORKSPACE,
                    approved=True,
                )
                uow.session.add(row)
            uow.audit("signing_identity", chunk[-1][0], count=len(chunk), source=SOURCE_WORKSPACE)
        done += len(chunk)
        progress(done, len(todo), f"{done} dari {len(todo)} sertifikat")
    return IssueReport(issued=done, kept=len(targets) - len(todo))
