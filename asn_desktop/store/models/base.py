"""Declarative base and the mixin of synced tables."""

from __future__ import annotations

from sqlalchemy import MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from asn_desktop.domain.ids import new_id

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
    """Rows of this table travel through sync: UUIDv7 key, changes recorded field by field."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
