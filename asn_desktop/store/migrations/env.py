"""Alembic environment: always run programmatically, on the open encrypted connection."""

from __future__ import annotations

from alembic import context

from asn_desktop.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable from the alembic command line
    raise RuntimeError("migrations run from asn_desktop.store.migrate, with an open connection")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
