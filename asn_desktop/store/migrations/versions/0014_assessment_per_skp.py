"""mutasi: an assessment belongs to one SKP

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 16:40:00

After a mutasi a pegawai has two SKPs in one year, each evaluated for its own months, so a period
may hold one assessment per SKP: the unique rule becomes (pegawai, SKP, period, version). Every
row is kept as it is; batch mode rebuilds the table on SQLite.
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_constraint("uq_assessment_period_version", type_="unique")
        batch_op.create_unique_constraint(
            "uq_assessment_skp_period_version", ["employee_id", "skp_id", "period_key", "version"]
        )


def downgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_constraint("uq_assessment_skp_period_version", type_="unique")
        batch_op.create_unique_constraint(
            "uq_assessment_period_version", ["employee_id", "period_key", "version"]
        )
