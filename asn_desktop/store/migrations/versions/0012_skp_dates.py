"""mutasi: an SKP's own first and last day

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 13:00:00

Two nullable columns: every existing SKP keeps covering its whole year (both empty).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("skp", schema=None) as batch_op:
        batch_op.add_column(sa.Column("start_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("end_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("skp", schema=None) as batch_op:
        batch_op.drop_column("end_on")
        batch_op.drop_column("start_on")
