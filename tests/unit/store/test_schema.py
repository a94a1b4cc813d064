"""A new workspace gets the models' schema at once; the migrations must build exactly that."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from asn_desktop.store import migrate
from asn_desktop.store.engine import make_engine
from asn_desktop.store.models import Base


def _schema(engine: Any) -> dict[str, Any]:
    """Every table's columns, indexes and foreign keys as SQLite reports them (names of SQLite's
    own automatic indexes left out: they number themselves)."""
    out: dict[str, Any] = {}
    with engine.connect() as conn:
        tables = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            columns = sorted(
                (r[1], r[2].upper(), r[3], r[4], r[5])
                for r in conn.exec_driver_sql(f"PRAGMA table_info('{table}')")
            )
            indexes = set()
            for _, name, unique, origin, _partial in conn.exec_driver_sql(f"PRAGMA index_list('{table}')"):
                cols = tuple(r[2] for r in conn.exec_driver_sql(f"PRAGMA index_info('{name}')"))
                indexes.add((None if name.startswith("sqlite_autoindex") else name, unique, origin, cols))
            keys = sorted(
                (r[2], r[3], r[4], r[5], r[6])
                for r in conn.exec_driver_sql(f"PRAGMA foreign_key_list('{table}')")
            )
            out[table] = (columns, indexes, keys)
    return out


def test_a_new_database_has_the_schema_the_migrations_build(tmp_path: Path) -> None:
    created = make_engine(tmp_path / "created.db", os.urandom(32))
    migrated = make_engine(tmp_path / "migrated.db", os.urandom(32))
    try:
        migrate.create(created)
        migrate.upgrade(migrated)
        assert migrate.current_revision(created) == migrate.current_revision(migrated) == migrate.HEAD
        made, built = _schema(created), _schema(migrated)
        assert made.keys() == built.keys()
        for table in made:
            assert made[table] == built[table], table
        with migrated.connect() as conn:
            # defaults are compared above, as SQLite stores them (Alembic misreads an empty one)
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        migrate.upgrade(created)  # at head already: nothing to run
        assert _schema(created) == made
    finally:
        created.dispose()
        migrated.dispose()
