"""role matrix: the Matriks Pembagian Peran dan Hasil of a leader's SKP

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-01 12:45:00

A new table only; no existing row changes, so every laptop upgrades to the same state.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "role_matrix_entry",
        sa.Column("skp_id", sa.String(length=36), nullable=False),
        sa.Column("rhk_id", sa.String(length=36), nullable=False),
        sa.Column("employee_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("hasil", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["employee_id"], ["employee.id"], name=op.f("fk_role_matrix_entry_employee_id_employee")
        ),
        sa.ForeignKeyConstraint(["rhk_id"], ["rhk.id"], name=op.f("fk_role_matrix_entry_rhk_id_rhk")),
        sa.ForeignKeyConstraint(["skp_id"], ["skp.id"], name=op.f("fk_role_matrix_entry_skp_id_skp")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_matrix_entry")),
        sa.UniqueConstraint("rhk_id", "employee_id", name="uq_role_matrix_entry_rhk_employee"),
    )
    with op.batch_alter_table("role_matrix_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_role_matrix_entry_employee_id"), ["employee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_role_matrix_entry_rhk_id"), ["rhk_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_role_matrix_entry_skp_id"), ["skp_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("role_matrix_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_role_matrix_entry_skp_id"))
        batch_op.drop_index(batch_op.f("ix_role_matrix_entry_rhk_id"))
        batch_op.drop_index(batch_op.f("ix_role_matrix_entry_employee_id"))
    op.drop_table("role_matrix_entry")
