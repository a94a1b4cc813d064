"""Matriks Pembagian Peran dan Hasil: a leader shares out his RHK among the people he rates.

The leader (a unit head, a ketua tim: whoever rates subordinates) lays out, for each RHK of his
current SKP of the year, which subordinate takes it, in which role (``domain.matrix``) and with
which expected result; the matrix prints as a one-page form with the closing. Once it has an
entry, each subordinate's RHK intervenes only a leader RHK it gives him (``services.skp`` offers
and checks that; the write rules ``rhk`` and ``role_matrix_entry`` judge the same on every laptop).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.atomic import write_atomically
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.matrix import MatrixRole, parse_role
from asn_desktop.domain.period import Period
from asn_desktop.domain.permissions import can_share_results, can_view, require
from asn_desktop.domain.skp_state import SkpStatus
from asn_desktop.errors import ValidationFailed
from asn_desktop.pdf.archive import os_error_message
from asn_desktop.pdf.forms import render
from asn_desktop.pdf.model import MatrixDoc, MatrixLine
from asn_desktop.services.context import AppContext
from asn_desktop.services.export_data import Snapshot, load_snapshot
from asn_desktop.services.export_docs import slot
from asn_desktop.services.lookups import acting_subordinates, get_or_fail, subject_of
from asn_desktop.services.skp import active_skp
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Employee, Rhk, RoleMatrixEntry, Skp

__all__ = [
    "MatrixCell",
    "MatrixResult",
    "RoleMatrix",
    "get_matrix",
    "matrix_for_archive",
    "matrix_people",
    "print_matrix",
    "remove_matrix_entry",
    "set_matrix_entry",
]


@dataclass(frozen=True)
class MatrixCell:
    id: str
    employee_id: str
    name: str
    role: MatrixRole
    hasil: str | None


@dataclass(frozen=True)
class MatrixResult:
    rhk_id: str
    kind: str
    text: str
    cells: tuple[MatrixCell, ...]


@dataclass(frozen=True)
class RoleMatrix:
    leader_id: str
    skp_id: str
    year: int
    results: tuple[MatrixResult, ...]
    members: tuple[tuple[str, str], ...]  # (employee id, name) of the people he rates, by name


def _members(session: Session, leader_id: str) -> list[Employee]:
    """The active people ``leader_id`` rates today (with those he rates as Plt./Plh.)."""
    ids = set(session.scalars(select(Employee.id).where(Employee.supervisor_id == leader_id)))
    ids |= acting_subordinates(session, leader_id) or set()
    rated = [e for e in (session.get(Employee, i) for i in ids) if e is not None and e.active]
    return sorted(
        (e for e in rated if subject_of(session, e.id).supervisor_id == leader_id),
        key=lambda e: (e.name, e.nip),
    )


def _leader_skp(session: Session, leader_id: str, year: int) -> Skp:
    skp = active_skp(session, leader_id, year)
    if skp is None:
        raise ValidationFailed(f"Pimpinan belum memiliki SKP tahun {year}; susun SKP-nya lebih dulu.")
    return skp


def set_matrix_entry(
    ctx: AppContext, *, rhk_id: str, employee_id: str, role: MatrixRole | str, hasil: str | None = None
) -> str:
    """Give one of the leader's RHK to a subordinate in a role (again: change the role/result)."""
    try:
        chosen = parse_role(str(role))
    except DomainError as exc:
        raise ValidationFailed(exc.message) from exc
    text = (hasil or "").strip() or None
    with unit_of_work(ctx, "matrix.set") as uow:
        s = uow.session
        result = get_or_fail(s, Rhk, rhk_id, "RHK pimpinan")
        skp = get_or_fail(s, Skp, result.skp_id, "SKP pimpinan")
        require(
            can_share_results(ctx.actor, subject_of(s, skp.employee_id), subject_of(s, employee_id)),
            "menyusun matriks pembagian peran dan hasil bagi pegawai ini",
        )
        if skp.status == SkpStatus.SUPERSEDED:
            raise ValidationFailed("SKP pimpinan ini sudah diganti versi baru; gunakan SKP yang berlaku.")
        row = s.scalars(
            select(RoleMatrixEntry).where(
                RoleMatrixEntry.rhk_id == rhk_id, RoleMatrixEntry.employee_id == employee_id
            )
        ).one_or_none()
        if row is None:
            row = RoleMatrixEntry(
                skp_id=skp.id, rhk_id=rhk_id, employee_id=employee_id, role=chosen.value, hasil=text
            )
            s.add(row)
            s.flush()
        else:
            row.role, row.hasil = chosen.value, text
        uow.audit("role_matrix_entry", row.id, rhk_id=rhk_id, employee_id=employee_id, role=chosen.value)
        return row.id


def remove_matrix_entry(ctx: AppContext, *, entry_id: str) -> None:
    with unit_of_work(ctx, "matrix.remove") as uow:
        row = get_or_fail(uow.session, RoleMatrixEntry, entry_id, "Isian matriks")
        skp = get_or_fail(uow.session, Skp, row.skp_id, "SKP pimpinan")
        require(skp.employee_id == ctx.actor.employee_id, "mengubah matriks pimpinan lain")
        uow.session.delete(row)
        uow.audit("role_matrix_entry", entry_id, removed=True)


def _view(session: Session, skp: Skp) -> RoleMatrix:
    entries = session.scalars(select(RoleMatrixEntry).where(RoleMatrixEntry.skp_id == skp.id)).all()
    # Only the names the matrix shows: a batch asks this once per leader of a large agency.
    wanted = sorted({e.employee_id for e in entries})
    names = {
        i: n for i, n in session.execute(select(Employee.id, Employee.name).where(Employee.id.in_(wanted)))
    }
    results = []
    rhks = session.scalars(select(Rhk).where(Rhk.skp_id == skp.id).order_by(Rhk.kind.desc(), Rhk.position))
    for r in rhks:
        cells = sorted(
            (
                MatrixCell(e.id, e.employee_id, names.get(e.employee_id, "-"), MatrixRole(e.role), e.hasil)
                for e in entries
                if e.rhk_id == r.id
            ),
            key=lambda c: (list(MatrixRole).index(c.role), c.name),
        )
        results.append(MatrixResult(r.id, r.kind, r.text, tuple(cells)))
    members = tuple((e.id, e.name) for e in _members(session, skp.employee_id))
    return RoleMatrix(skp.employee_id, skp.id, skp.year, tuple(results), members)


def _may_see(ctx: AppContext, session: Session, leader_id: str) -> bool:
    """The leader, whoever may see his records, and the people he rates (what he gave them)."""
    mine = ctx.actor.employee_id
    if can_view(ctx.actor, subject_of(session, leader_id)):
        return True
    return mine is not None and subject_of(session, mine).supervisor_id == leader_id


def get_matrix(ctx: AppContext, *, employee_id: str, year: int) -> RoleMatrix:
    """The matrix of ``employee_id``'s current SKP of ``year`` (empty cells where none is set)."""
    with read_session(ctx) as session:
        require(_may_see(ctx, session, employee_id), "melihat matriks pembagian peran dan hasil ini")
        return _view(session, _leader_skp(session, employee_id, year))


def _doc(session: Session, ctx: AppContext, matrix: RoleMatrix, place: str | None) -> MatrixDoc:
    people = {c.employee_id for r in matrix.results for c in r.cells} | {matrix.leader_id}
    snap = load_snapshot(
        session,
        ctx.workspace.agency_id,
        Period.annual(matrix.year),
        people,
        now=ctx.workspace.now(),
        place=place,
    )
    return _doc_from(snap, matrix)


def _doc_from(snap: Snapshot, matrix: RoleMatrix) -> MatrixDoc:
    """The form from a snapshot that holds the leader and everyone in his matrix (one for a
    single print, the batch's own for an archive, so both print the same document)."""
    leader = snap.employees[matrix.leader_id]
    lines = []
    for n, r in enumerate(matrix.results, 1):
        if not r.cells:
            lines.append(MatrixLine(str(n), r.text, "-", "", "", "Belum dibagikan"))
        for c in r.cells:
            person = snap.person(c.employee_id)
            lines.append(
                MatrixLine(
                    str(n),
                    r.text,
                    c.name,
                    f"{person.nip_label} {person.nip}" if person else "",
                    c.role.label,
                    c.hasil or "",
                )
            )
    pimpinan = snap.person(matrix.leader_id)
    assert pimpinan is not None
    return MatrixDoc(
        header=snap.header(leader.unit_id, None),
        pimpinan=pimpinan,
        year=matrix.year,
        lines=tuple(lines),
        slots=(slot(snap, "Pimpinan", matrix.leader_id),),
    )


def matrix_people(session: Session, year: int) -> dict[str, set[str]]:
    """Who has a matrix in ``year`` and who is in it: {leader: the people his entries name}. A
    batch reads this before its snapshot, so the snapshot holds every person the forms print."""
    rows = session.execute(
        select(Skp.employee_id, RoleMatrixEntry.employee_id)
        .join(RoleMatrixEntry, RoleMatrixEntry.skp_id == Skp.id)
        .where(Skp.year == year, Skp.status != SkpStatus.SUPERSEDED)
    )
    out: dict[str, set[str]] = {}
    for leader, member in rows:
        out.setdefault(leader, set()).add(member)
    return out


def matrix_for_archive(session: Session, snap: Snapshot, leader_id: str) -> tuple[str, MatrixDoc] | None:
    """(the leader's SKP id, his matrix form) for the snapshot's year, or None when his current
    SKP shares nothing out. The caller has checked who may see the leader, as for his SKP."""
    skp = active_skp(session, leader_id, snap.period.year)
    if skp is None:
        return None
    matrix = _view(session, skp)
    if not any(r.cells for r in matrix.results):
        return None
    return skp.id, _doc_from(snap, matrix)


def print_matrix(
    ctx: AppContext, *, employee_id: str, year: int, out: Path, place: str | None = None
) -> Path:
    """The matrix as a PDF form, with the closing for the leader's signature (paper or not)."""
    with read_session(ctx) as session:
        require(_may_see(ctx, session, employee_id), "mencetak matriks pembagian peran dan hasil ini")
        matrix = _view(session, _leader_skp(session, employee_id, year))
        if not any(r.cells for r in matrix.results):
            raise ValidationFailed(
                "Matriks pembagian peran dan hasil ini belum berisi; bagikan RHK lebih dulu."
            )
        doc = _doc(session, ctx, matrix, place)
    pdf = render(doc).pdf
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(out, pdf, mode=0o644)
    except OSError as exc:
        raise os_error_message(exc, out.parent) from exc
    return out
