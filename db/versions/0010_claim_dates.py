"""Claim dates: claims.dates holds each claim's relative dates anchored at ingest, as JSON.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable: claims stored before this revision have none stored; reading them anchors
    # their sentence's relative dates to the document's publication date on the fly.
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("dates", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("dates")
