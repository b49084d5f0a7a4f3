"""Claim frames: claims.frame holds each claim's frame as JSON.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: claims stored before this revision have no frame, and matching reads
    # their text without document context instead.
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("frame", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("frame")
