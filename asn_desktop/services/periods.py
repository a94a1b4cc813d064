"""The agency's appraisal calendar: periodic kind (monthly/quarterly) and closing periods."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.period import Period, PeriodKind, periods_of_year
from asn_desktop.domain.permissions import can_manage_master_data, require
from asn_desktop.errors import ValidationFailed
from asn_desktop.services.context import AppContext
from asn_desktop.services.lookups import get_or_fail
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import Agency, AppraisalPeriod


def periodic_kind(ctx: AppContext) -> PeriodKind:
    with read_session(ctx) as session:
        return PeriodKind(get_or_fail(session, Agency, ctx.workspace.agency_id, "Instansi").periodic_kind)


def set_periodic_kind(ctx: AppContext, *, kind: PeriodKind | str) -> None:
    """Monthly or quarterly periodic evaluation, as the agency decides."""
    require(can_manage_master_data(ctx.actor), "mengubah pengaturan instansi")
    value = PeriodKind(kind)
    if value is PeriodKind.ANNUAL:
        raise ValidationFailed("Evaluasi periodik harus bulanan atau triwulanan.")
    with unit_of_work(ctx, "agency.periodic_kind") as uow:
        agency = get_or_fail(uow.session, Agency, ctx.workspace.agency_id, "Instansi")
        agency.periodic_kind = value.value
        uow.audit("agency", agency.id, periodic_kind=value.value)


def evaluation_periods(ctx: AppContext, *, year: int) -> list[Period]:
    """The year's periodic periods in the agency's kind, then the annual one."""
    return [*periods_of_year(year, periodic_kind(ctx)), Period.annual(year)]


def is_closed(session: Session, period: Period) -> bool:
    status = session.scalars(select(AppraisalPeriod.status).where(AppraisalPeriod.key == period.key)).first()
    return status == "closed"


def set_period_closed(ctx: AppContext, *, period_key: str, closed: bool) -> None:
    """Close a period (no more realisations may be recorded in it) or open it again."""
    require(can_manage_master_data(ctx.actor), "menutup atau membuka periode penilaian")
    period = Period.parse(period_key)
    with unit_of_work(ctx, "period.close" if closed else "period.open") as uow:
        row = uow.session.scalars(select(AppraisalPeriod).where(AppraisalPeriod.key == period.key)).first()
        if row is None:
            row = AppraisalPeriod(key=period.key, year=period.year, kind=period.kind.value)
            uow.session.add(row)
        row.status = "closed" if closed else "open"
        row.closed_at = ctx.workspace.now() if closed else None
        uow.session.flush()
        uow.audit("appraisal_period", row.id, key=period.key, status=row.status)
