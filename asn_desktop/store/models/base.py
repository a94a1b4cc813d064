"""Declarative base and the mixin of synced tables."""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from asn_desktop.domain.ids import new_id
from asn_desktop.domain.write_rules import Facts

# Named constraints keep Alembic batch migrations on SQLite deterministic.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Rows of this table travel through sync: UUIDv7 key, changes recorded field by field.

    Each synced model declares beside itself who may write it (``write_rule``, from
    ``domain.write_rules``) and whose record a row is (``owner``: a column naming the employee, or
    a parent row's key whose owner it shares). The merge refuses every change to a table that
    declares no rule, so a table added later cannot be forgotten.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    write_rule: ClassVar[staticmethod[[Facts], str | None] | None] = None
    owner: ClassVar[str | None] = None
