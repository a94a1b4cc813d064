"""change_log: an index on (table_name, row_id)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 14:20:00

The merge's per-pull questions "every row of table T" read the index instead of the whole log.
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_change_log_table_row", "change_log", ["table_name", "row_id"])


def downgrade() -> None:
    op.drop_index("ix_change_log_table_row", table_name="change_log")
