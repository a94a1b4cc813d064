"""The agency's configuration tables, each declared once: key, Indonesian label, default, checker.

The rules DOMAIN.md marks as configuration (the leader rule's mapping, the angka kredit
percentages and koefisien) live in ``agency_setting`` rows as JSON; a row exists only when the
admin changed the default. A value is checked by its domain parser when it is set *and* when it
is read back (a row may arrive by sync from another laptop), so a broken table is refused by name
instead of silently changing a rating or a credit.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.domain.angka_kredit import (
    DEFAULT_KOEFISIEN,
    DEFAULT_PERCENTAGES,
    parse_koefisien,
    parse_percentages,
)
from asn_desktop.domain.curve import PredikatOrganisasi
from asn_desktop.domain.errors import DomainError
from asn_desktop.domain.leader import DEFAULT_LEADER_RULE, parse_leader_rule
from asn_desktop.domain.permissions import can_manage_master_data, require
from asn_desktop.domain.rating import Predikat, Rating
from asn_desktop.errors import NotFound, ValidationFailed
from asn_desktop.services.context import AppContext
from asn_desktop.services.unit_of_work import read_session, unit_of_work
from asn_desktop.store.models import AgencySetting

LEADER_RULE = "leader_rule"
AK_PERCENTAGES = "angka_kredit_persentase"
AK_KOEFISIEN = "angka_kredit_koefisien"
_MAX_JSON = 16 * 1024


@dataclass(frozen=True)
class Setting:
    key: str
    label: str
    default: Mapping[Any, Any]
    parse: Callable[[Any], Mapping[Any, Any]]


def _plain(table: Mapping[Any, Any]) -> dict[str, str]:
    """The JSON form of a table: enum keys by value, numbers as decimal text."""
    return {str(getattr(k, "value", k)): str(getattr(v, "value", v)) for k, v in table.items()}


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(
            LEADER_RULE,
            "Rating Hasil Kerja pimpinan unit menurut predikat organisasi",
            DEFAULT_LEADER_RULE,
            parse_leader_rule,
        ),
        Setting(
            AK_PERCENTAGES,
            "Persentase angka kredit menurut predikat kinerja",
            DEFAULT_PERCENTAGES,
            parse_percentages,
        ),
        Setting(
            AK_KOEFISIEN,
            "Koefisien angka kredit per jenjang jabatan fungsional",
            DEFAULT_KOEFISIEN,
            parse_koefisien,
        ),
    )
}


def _declared(key: str) -> Setting:
    try:
        return SETTINGS[key]
    except KeyError:
        raise NotFound(f"Pengaturan {key!r} tidak dikenal.") from None


def read_setting(session: Session, key: str) -> Mapping[Any, Any]:
    """The table in force (stored or default), checked; for services inside their own session."""
    setting = _declared(key)
    stored = session.scalars(select(AgencySetting.value).where(AgencySetting.key == key)).first()
    if stored is None:
        return setting.default
    try:
        if len(stored) > _MAX_JSON:
            raise DomainError("terlalu besar")
        return setting.parse(json.loads(stored))
    except (ValueError, DomainError) as exc:
        raise ValidationFailed(
            f"Pengaturan “{setting.label}” rusak ({exc}); setel ulang di Administrasi."
        ) from exc


def get_setting(ctx: AppContext, key: str) -> Mapping[Any, Any]:
    with read_session(ctx) as session:
        return read_setting(session, key)


def set_setting(ctx: AppContext, key: str, value: Mapping[Any, Any] | None) -> None:
    """Store a table (checked first), or go back to the default with ``None``."""
    require(can_manage_master_data(ctx.actor), "mengubah pengaturan instansi")
    setting = _declared(key)
    text = None
    if value is not None:
        try:
            text = json.dumps(_plain(setting.parse(_plain(value))), sort_keys=True)
        except DomainError as exc:
            raise ValidationFailed(exc.message) from exc
    with unit_of_work(ctx, "agency.setting") as uow:
        row = uow.session.scalars(select(AgencySetting).where(AgencySetting.key == key)).first()
        if text is None:
            if row is not None:
                uow.session.delete(row)
        elif row is None:
            uow.session.add(AgencySetting(key=key, value=text))
        else:
            row.value = text
        uow.audit("agency_setting", key, key=key, default=text is None)


def leader_rule(session: Session) -> Mapping[PredikatOrganisasi, Rating]:
    return read_setting(session, LEADER_RULE)


def ak_tables(session: Session) -> tuple[Mapping[Predikat, Decimal], Mapping[str, Decimal]]:
    return read_setting(session, AK_PERCENTAGES), read_setting(session, AK_KOEFISIEN)
