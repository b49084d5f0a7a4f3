"""Covering indexes for the status refresh over matches.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_COLUMNS = ["relation", "independent", "needs_review"]


def upgrade() -> None:
    # Each single-column index is the prefix of its replacement, so nothing loses an index.
    op.create_index("ix_matches_claim_links", "matches", ["claim_id", *_COLUMNS])
    op.create_index("ix_matches_other_claim_links", "matches", ["other_claim_id", *_COLUMNS])
    op.drop_index("ix_matches_claim_id", table_name="matches")
    op.drop_index("ix_matches_other_claim_id", table_name="matches")


def downgrade() -> None:
    op.create_index("ix_matches_claim_id", "matches", ["claim_id"])
    op.create_index("ix_matches_other_claim_id", "matches", ["other_claim_id"])
    op.drop_index("ix_matches_other_claim_links", table_name="matches")
    op.drop_index("ix_matches_claim_links", table_name="matches")
