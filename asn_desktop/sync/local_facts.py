"""The write rules' ``Facts`` for a change being flushed on this laptop (``sync.changelog``).

The merge answers the same questions from the change log as of a change's clock
(``sync.authz``); here the answers come from the session, which holds the state the service has
just read — the state the change is made against.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from asn_desktop.domain.permissions import Actor, Subject
from asn_desktop.store.acting import effective_supervisor
from asn_desktop.store.models import Base, Employee, Synced

__all__ = ["LocalFacts"]

_BY_TABLE: dict[str, type[Synced]] = {
    m.local_table.name: m.class_  # type: ignore[attr-defined]
    for m in Base.registry.mappers
    if issubclass(m.class_, Synced)
}


def _values(obj: object, *, committed: bool) -> dict[str, Any]:
    state = inspect(obj)
    out: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        hist = state.attrs[attr.key].history
        if committed and hist.has_changes():
            value = hist.deleted[0] if hist.deleted else None
        else:
            value = getattr(obj, attr.key)
        out[attr.columns[0].name] = value
    return out


def _jsonish(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


class LocalFacts:
    """Facts of one ORM object about to be flushed, read through ``session`` (no autoflush)."""

    def __init__(
        self, session: Session, obj: Synced, actor: Actor, fields: dict[str, Any], *, new: bool, deleted: bool
    ) -> None:
        self._s, self._obj = session, obj
        self.actor: Actor = actor
        self.deleted = deleted
        before = None if new else {k: _jsonish(v) for k, v in _values(obj, committed=True).items()}
        self.before: Mapping[str, Any] | None = before
        self.after: Mapping[str, Any] = {**(before or {}), "id": obj.id, **fields}
        if before is None:
            self.changed = frozenset(k for k, v in fields.items() if v is not None)
        else:
            self.changed = frozenset(k for k, v in fields.items() if before.get(k) != v)

    def _get(self, table: str, row_id: Any) -> Synced | None:
        model = _BY_TABLE.get(table)
        if model is None or not isinstance(row_id, str):
            return None
        return self._s.get(model, row_id)

    def owner_id(self) -> str | None:
        return self._owner(type(self._obj), self.after)

    def _owner(self, model: type[Synced], row: Mapping[str, Any]) -> str | None:
        if model.owner is None:
            return None
        link = row.get(model.owner)
        (fk,) = model.__table__.c[model.owner].foreign_keys  # type: ignore[attr-defined]
        target = fk.column.table.name
        if target == "employee" or not isinstance(link, str):
            return link if isinstance(link, str) else None
        parent = self._get(target, link)
        if parent is None:
            return None
        return self._owner(type(parent), _values(parent, committed=False))

    def owner_moved(self) -> str | None:
        column = type(self._obj).owner
        if column is not None and self.before is not None and column in self.changed:
            return "pemilik baris tidak dapat dipindahkan"
        return None

    def subject(self) -> Subject | None:
        owner = self.owner_id()
        return None if owner is None else Subject(owner, self.supervisor_of(owner))

    def supervisor_of(self, employee_id: str) -> str | None:
        emp = self._s.get(Employee, employee_id)
        return None if emp is None else effective_supervisor(self._s, emp)

    def row(self, table: str, row_id: str | None) -> Mapping[str, Any] | None:
        obj = self._get(table, row_id)
        if obj is None:
            return None
        return {k: _jsonish(v) for k, v in _values(obj, committed=False).items()}

    def unit_of(self, employee_id: str | None) -> str | None:
        emp = self._s.get(Employee, employee_id) if employee_id else None
        return None if emp is None else emp.unit_id

    def rows_of(self, table: str, column: str, value: str) -> list[Mapping[str, Any]]:
        model = _BY_TABLE[table]
        col = model.__table__.c[column]  # type: ignore[attr-defined]
        stored = self._s.scalars(select(model).where(col == value)).all()
        fresh = [o for o in self._s.new if isinstance(o, model) and getattr(o, column) == value]
        rows = [o for o in [*stored, *fresh] if o not in self._s.deleted]
        return [{k: _jsonish(v) for k, v in _values(o, committed=False).items()} for o in rows]
