"""SIASN person id, past predikat (e-Kinerja), local evidence verdicts

Revision ID: 0008
Revises: 0005
Create Date: 2026-11-27 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("employee", schema=None) as batch_op:
        batch_op.add_column(sa.Column("siasn_id", sa.String(length=64), nullable=True))

    op.create_table(
        "past_predikat",
        sa.Column("employee_id", sa.String(length=36), nullable=False),
        sa.Column("period_key", sa.String(length=8), nullable=False),
        sa.Column("predikat", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employee.id"], name=op.f("fk_past_predikat_employee_id_employee")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_past_predikat")),
        sa.UniqueConstraint("employee_id", "period_key", name="uq_past_predikat_period"),
    )
    with op.batch_alter_table("past_predikat", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_past_predikat_employee_id"), ["employee_id"], unique=False)

    op.create_table(
        "evidence_verdict",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("problem", sa.Text(), nullable=True),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_evidence_verdict")),
    )


def downgrade() -> None:
    op.drop_table("evidence_verdict")
    with op.batch_alter_table("past_predikat", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_past_predikat_employee_id"))
    op.drop_table("past_predikat")
    with op.batch_alter_table("employee", schema=None) as batch_op:
        batch_op.drop_column("siasn_id")
