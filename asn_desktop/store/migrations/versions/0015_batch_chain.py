"""change_batch: version and prev, the author's hash chain (sync.batch format 2)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 19:45:00

Batches signed before this revision keep version 1 and no prev: their digests stay what they
were, so nothing already on the share changes name. ``prev`` is indexed because the judge asks
"which batches name this one as their predecessor".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change_batch") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("prev", sa.String(80), nullable=True))
    op.create_index("ix_change_batch_prev", "change_batch", ["prev"])


def downgrade() -> None:
    op.drop_index("ix_change_batch_prev", table_name="change_batch")
    with op.batch_alter_table("change_batch") as batch:
        batch.drop_column("prev")
        batch.drop_column("version")
