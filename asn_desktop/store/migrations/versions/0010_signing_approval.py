"""signing: approval of identities and trust anchors, owner-set passphrases

Revision ID: 0010
Revises: 0005
Create Date: 2026-12-01 09:30:00

Upgrade, and why each step:

* ``signing_identity.approved_by/approved_at``: a certificate the workspace CA issued was issued
  by an admin, so it is approved as of its creation (``approved_by = 'upgrade'``). An imported
  PKCS#12 was never looked at by an admin: it becomes pending and inactive until one approves it.
* ``trust_anchor.added_by``: the workspace CA (kind ``ours``) was only ever created by an admin
  and stays. An ``imported`` anchor was created by whoever imported the PKCS#12 — anyone — so it is
  removed; approving the identity again adds it back, this time by an admin.
* ``ix_signing_identity_state`` lets the admin's certificate list of a 10,000-person agency be
  searched and counted from the index, without reading the sealed keys beside it.
* Every laptop runs the same steps on the same rows, so they stay in agreement after upgrading.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("signing_identity", schema=None) as batch_op:
        batch_op.add_column(sa.Column("approved_by", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("approved_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("passphrase_set_at", sa.DateTime(), nullable=True))
        batch_op.create_index(
            "ix_signing_identity_state", ["employee_id", "active", "approved_by", "id"], unique=False
        )
    with op.batch_alter_table("trust_anchor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("added_by", sa.String(length=36), nullable=False, server_default=""))
    op.execute(
        "UPDATE signing_identity SET approved_by = 'upgrade', approved_at = created_at "
        "WHERE source = 'workspace'"
    )
    op.execute("UPDATE signing_identity SET active = 0 WHERE source <> 'workspace'")
    op.execute("UPDATE trust_anchor SET added_by = 'upgrade' WHERE kind = 'ours'")
    op.execute("DELETE FROM trust_anchor WHERE kind <> 'ours'")


def downgrade() -> None:
    with op.batch_alter_table("trust_anchor", schema=None) as batch_op:
        batch_op.drop_column("added_by")
    with op.batch_alter_table("signing_identity", schema=None) as batch_op:
        batch_op.drop_index("ix_signing_identity_state")
        batch_op.drop_column("passphrase_set_at")
        batch_op.drop_column("approved_at")
        batch_op.drop_column("approved_by")
