"""A position's competencies (kind, name, required level), kept by the admin; the 360° rounds
rate exactly these. Re-exported by ``services.competency``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.domain.competency import CompetencyKind, ItemKind, check_comment, check_score
from asn_desktop.domain.permissions import can_manage_master_data, require
from asn_desktop.errors import ValidationFailed
from asn_desktop.services.competency_read import competency_counts
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import FeedbackAnswer, FollowUp, Position, PositionCompetency, Unit


@dataclass(frozen=True)
class CompetencyView:
    id: str
    position_id: str
    kind: CompetencyKind
    name: str
    required_level: int
    description: str | None


@dataclass(frozen=True)
class PositionRow:
    id: str
    name: str
    unit_name: str
    competencies: int


def positions_for_competencies(ctx: AppContext) -> list[PositionRow]:
    """Every position with its unit and how many competencies it has, for the admin's list."""
    require(can_manage_master_data(ctx.actor), "mengelola kompetensi jabatan")
    with read_session(ctx) as session:
        rows = session.execute(
            select(Position.id, Position.name, Unit.name)
            .join(Unit, Unit.id == Position.unit_id)
            .order_by(Position.name, Unit.name)
        ).all()
        counts = competency_counts(session)
        return [PositionRow(pid, name, unit, counts.get(pid, 0)) for pid, name, unit in rows]


def list_position_competencies(ctx: AppContext, *, position_id: str) -> list[CompetencyView]:
    require(can_manage_master_data(ctx.actor), "mengelola kompetensi jabatan")
    with read_session(ctx) as session:
        get_or_fail(session, Position, position_id, "Jabatan")
        rows = session.scalars(
            select(PositionCompetency).where(PositionCompetency.position_id == position_id)
        ).all()
        order = {kind: i for i, kind in enumerate(CompetencyKind)}
        views = [
            CompetencyView(
                c.id, c.position_id, CompetencyKind(c.kind), c.name, c.required_level, c.description
            )
            for c in rows
        ]
        return sorted(views, key=lambda v: (order[v.kind], v.name.lower()))


def _competency_fields(
    kind: CompetencyKind | str, name: str, required_level: int, description: str | None
) -> tuple[CompetencyKind, str, int, str | None]:
    try:
        k = CompetencyKind(kind)
    except ValueError:
        raise ValidationFailed(f"Jenis kompetensi tidak dikenal: {kind!r}.") from None
    clean = " ".join(name.split())
    if not clean:
        raise ValidationFailed("Nama kompetensi wajib diisi.")
    if len(clean) > 200:
        raise ValidationFailed("Nama kompetensi paling banyak 200 karakter.")
    check_score(required_level, "Level yang dipersyaratkan")
    return k, clean, required_level, check_comment(description, "Uraian kompetensi")


def _ensure_unique(
    session: Session, position_id: str, kind: CompetencyKind, name: str, own: str | None
) -> None:
    clash = session.scalars(
        select(PositionCompetency.id).where(
            PositionCompetency.position_id == position_id,
            PositionCompetency.kind == kind.value,
            func.lower(PositionCompetency.name) == name.lower(),
        )
    ).first()
    if clash is not None and clash != own:
        raise ValidationFailed(f'Jabatan ini sudah memiliki {kind.label.lower()} "{name}".')


def add_position_competency(
    ctx: AppContext,
    *,
    position_id: str,
    kind: CompetencyKind | str,
    name: str,
    required_level: int,
    description: str | None = None,
) -> str:
    """A competency the position requires, at a level of the scale (1–5)."""
    k, clean, level, desc = _competency_fields(kind, name, required_level, description)
    with unit_of_work(ctx, "competency.add") as uow:
        require(can_manage_master_data(ctx.actor), "mengelola kompetensi jabatan")
        get_or_fail(uow.session, Position, position_id, "Jabatan")
        _ensure_unique(uow.session, position_id, k, clean, None)
        row = PositionCompetency(
            position_id=position_id, kind=k.value, name=clean, required_level=level, description=desc
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit("position_competency", row.id, position=position_id, kind=k.value)
        return row.id


def update_position_competency(
    ctx: AppContext,
    *,
    competency_id: str,
    kind: CompetencyKind | str,
    name: str,
    required_level: int,
    description: str | None = None,
) -> None:
    k, clean, level, desc = _competency_fields(kind, name, required_level, description)
    with unit_of_work(ctx, "competency.update") as uow:
        require(can_manage_master_data(ctx.actor), "mengelola kompetensi jabatan")
        row = get_or_fail(uow.session, PositionCompetency, competency_id, "Kompetensi jabatan")
        _ensure_unique(uow.session, row.position_id, k, clean, row.id)
        row.kind, row.name, row.required_level, row.description = k.value, clean, level, desc
        uow.audit("position_competency", row.id, kind=k.value, required_level=level)


def remove_position_competency(ctx: AppContext, *, competency_id: str) -> None:
    """Remove a competency nobody has rated and no follow-up refers to (else it is history)."""
    with unit_of_work(ctx, "competency.remove") as uow:
        require(can_manage_master_data(ctx.actor), "mengelola kompetensi jabatan")
        row = get_or_fail(uow.session, PositionCompetency, competency_id, "Kompetensi jabatan")
        rated = uow.session.scalars(
            select(FeedbackAnswer.id).where(
                FeedbackAnswer.item_kind == ItemKind.KOMPETENSI.value, FeedbackAnswer.item_key == row.id
            )
        ).first()
        followed = uow.session.scalars(select(FollowUp.id).where(FollowUp.competency_id == row.id)).first()
        if rated is not None or followed is not None:
            raise ValidationFailed(
                f'Kompetensi "{row.name}" sudah dinilai dalam umpan balik 360° atau dipakai tindak lanjut; '
                "ubah uraiannya, jangan dihapus."
            )
        uow.session.delete(row)
        uow.audit("position_competency", row.id, removed=True)
