"""The predikat kinerja organisasi of a unit for a period, and the leader rule that follows from it.

A unit's predikat is set for the year (``OrgPredikat``) and, where the agency measures it, for a
periodic period (``OrgPredikatPeriod``); a periodic evaluation without its own reads the year's.
When the evaluated pegawai leads a unit, that predikat sets his Rating Hasil Kerja through the
agency's leader rule (``domain.leader``): the service refuses another rating, and the screen shows
it prefilled and locked (``leader_rating``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.curve import PredikatOrganisasi
from asn_desktop.domain.leader import check_leader_rating
from asn_desktop.domain.period import Period, PeriodKind
from asn_desktop.domain.permissions import can_manage_master_data, can_view, require
from asn_desktop.domain.rating import Rating
from asn_desktop.errors import ValidationFailed
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail, subject_of
from asn_desktop.services.settings import leader_rule
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Employee, OrgPredikat, OrgPredikatPeriod, Position, Unit


def org_predikat_for(
    session: Session, unit_id: str, period: Period
) -> tuple[PredikatOrganisasi | None, bool]:
    """(predikat, whether it is the year's standing in for a periodic period)."""
    if period.kind is not PeriodKind.ANNUAL:
        own = session.scalars(
            select(OrgPredikatPeriod.predikat).where(
                OrgPredikatPeriod.unit_id == unit_id, OrgPredikatPeriod.period_key == period.key
            )
        ).first()
        if own is not None:
            return PredikatOrganisasi(own), False
    year = session.scalars(
        select(OrgPredikat.predikat).where(OrgPredikat.unit_id == unit_id, OrgPredikat.year == period.year)
    ).first()
    return (PredikatOrganisasi(year) if year else None), period.kind is not PeriodKind.ANNUAL


def set_org_predikat_for_period(
    ctx: AppContext, *, unit_id: str, period_key: str, predikat: PredikatOrganisasi | str | None
) -> None:
    """Set (or, with ``None``, clear) a unit's predikat organisasi for one periodic period."""
    require(can_manage_master_data(ctx.actor), "menetapkan predikat kinerja organisasi")
    period = Period.parse(period_key)
    if period.kind is PeriodKind.ANNUAL:
        raise ValidationFailed("Predikat organisasi tahunan ditetapkan per tahun (set_org_predikat).")
    value = PredikatOrganisasi(predikat) if predikat is not None else None
    with unit_of_work(ctx, "org_predikat.period") as uow:
        get_or_fail(uow.session, Unit, unit_id, "Unit kerja")
        row = uow.session.scalars(
            select(OrgPredikatPeriod).where(
                OrgPredikatPeriod.unit_id == unit_id, OrgPredikatPeriod.period_key == period.key
            )
        ).first()
        if value is None:
            if row is not None:
                uow.session.delete(row)
        elif row is None:
            uow.session.add(OrgPredikatPeriod(unit_id=unit_id, period_key=period.key, predikat=value.value))
        else:
            row.predikat = value.value
        uow.audit("org_predikat_period", unit_id, period=period.key, predikat=value.value if value else None)


@dataclass(frozen=True)
class LeaderRating:
    """The Rating Hasil Kerja the leader rule sets for a unit head in a period, with its reason."""

    unit_name: str
    org_predikat: PredikatOrganisasi | None
    rating: Rating | None  # None while the unit's predikat organisasi is not set
    note: str


def leader_rating_in(session: Session, employee_id: str, period: Period) -> LeaderRating | None:
    """None for a pegawai who leads no unit; otherwise what his Rating Hasil Kerja must be."""
    emp = get_or_fail(session, Employee, employee_id, "Pegawai")
    pos = session.get(Position, emp.position_id) if emp.position_id else None
    if pos is None or not pos.leads_unit:
        return None
    unit = get_or_fail(session, Unit, pos.unit_id, "Unit kerja")
    org, from_year = org_predikat_for(session, unit.id, period)
    if org is None:
        note = (
            f"{emp.name} memimpin {unit.name}: Rating Hasil Kerjanya mengikuti predikat kinerja organisasi "
            f"unit itu untuk {period.label}, yang belum ditetapkan (Administrasi → Pengaturan)."
        )
        return LeaderRating(unit.name, None, None, note)
    rating = leader_rule(session)[org]
    source = f"tahun {period.year}" if from_year else period.label
    note = (
        f"Pimpinan {unit.name}: Rating Hasil Kerja mengikuti predikat kinerja organisasi "
        f"{org.label} ({source}) → {rating.label}."
    )
    return LeaderRating(unit.name, org, rating, note)


def enforce_leader_rule(session: Session, employee_id: str, period: Period, hasil: Rating) -> Rating | None:
    """Refuse a Rating Hasil Kerja the leader rule does not allow; the locked rating, if any."""
    rule = leader_rating_in(session, employee_id, period)
    if rule is None:
        return None
    if rule.rating is None or rule.org_predikat is None:
        raise ValidationFailed(rule.note)
    check_leader_rating(hasil, rule.rating, org=rule.org_predikat)
    return rule.rating


def leader_rating(ctx: AppContext, *, employee_id: str, period_key: str) -> LeaderRating | None:
    """For the assessment screen: prefill and lock the Rating Hasil Kerja of a unit head."""
    period = Period.parse(period_key)
    with read_session(ctx) as session:
        require(can_view(ctx.actor, subject_of(session, employee_id)), "melihat penilaian pegawai ini")
        return leader_rating_in(session, employee_id, period)
