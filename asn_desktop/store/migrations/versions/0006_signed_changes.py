"""signed changes: user keys, change batches, quarantine, devices, attested history, signed audit

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 10:00:00

Every change already in the log was made before changes were signed: it is marked as this
laptop's legacy history (``legacy:local``), which this laptop keeps as it is. Other laptops accept
legacy history only where an admin attested it (``sync.batch``, README "Upgrade").
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.add_column(sa.Column("public_key", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("sealed_key", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("pending_key", sa.String(length=64), nullable=True))
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("author", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("batch", sa.String(length=80), nullable=True))
        batch_op.create_index(batch_op.f("ix_change_log_author"), ["author"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_batch"), ["batch"], unique=False)
    op.execute("UPDATE change_log SET batch = 'legacy:local'")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signer", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("signature", sa.String(length=128), nullable=True))
    # Events up to here were written before events were signed (security.audit).
    op.execute(
        "INSERT INTO meta (key, value) SELECT 'audit.legacy_until', CAST(COALESCE(MAX(seq), 0) AS TEXT)"
        " FROM audit_event"
    )

    op.create_table(
        "change_batch",
        sa.Column("digest", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("author", sa.String(length=36), nullable=True),
        sa.Column("signature", sa.String(length=128), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("bundle_seq", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("digest", name=op.f("pk_change_batch")),
    )
    with op.batch_alter_table("change_batch", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_batch_author"), ["author"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_batch_origin"), ["origin"], unique=False)
    op.create_table(
        "sync_quarantine",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("hlc", sa.String(length=80), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("author", sa.String(length=36), nullable=True),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_quarantine")),
    )
    with op.batch_alter_table("sync_quarantine", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_quarantine_row_id"), ["row_id"], unique=False)
    op.create_table(
        "security_event",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("subject", sa.String(length=80), nullable=True),
        sa.Column("message", sa.String(length=400), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_security_event")),
    )
    op.create_table(
        "row_owner",
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("employee_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("row_id", name=op.f("pk_row_owner")),
    )
    with op.batch_alter_table("row_owner", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_row_owner_employee_id"), ["employee_id"], unique=False)
    op.create_table(
        "remote_audit_event",
        sa.Column("device", sa.String(length=60), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("device", "seq", name=op.f("pk_remote_audit_event")),
    )
    op.create_table(
        "bundle_seen",
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("header", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("device", "seq", name=op.f("pk_bundle_seen")),
    )
    op.create_table(
        "device",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("enrolled_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_after", sa.Integer(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_reason", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device")),
    )
    op.create_table(
        "legacy_attestation",
        sa.Column("digest", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legacy_attestation")),
        sa.UniqueConstraint("digest", name=op.f("uq_legacy_attestation_digest")),
    )


def downgrade() -> None:
    op.drop_table("legacy_attestation")
    op.drop_table("device")
    op.drop_table("bundle_seen")
    op.drop_table("remote_audit_event")
    with op.batch_alter_table("row_owner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_row_owner_employee_id"))
    op.drop_table("row_owner")
    op.drop_table("security_event")
    with op.batch_alter_table("sync_quarantine", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_quarantine_row_id"))
    op.drop_table("sync_quarantine")
    with op.batch_alter_table("change_batch", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_batch_origin"))
        batch_op.drop_index(batch_op.f("ix_change_batch_author"))
    op.drop_table("change_batch")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_column("signature")
        batch_op.drop_column("signer")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_log_batch"))
        batch_op.drop_index(batch_op.f("ix_change_log_author"))
        batch_op.drop_column("batch")
        batch_op.drop_column("author")
    with op.batch_alter_table("user_account", schema=None) as batch_op:
        batch_op.drop_column("pending_key")
        batch_op.drop_column("sealed_key")
        batch_op.drop_column("public_key")
