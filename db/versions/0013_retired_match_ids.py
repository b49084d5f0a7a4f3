"""A pair of claims keeps its match id when matching drops it and finds it again.

Matching drops an undecided match it no longer finds: a document moved to another story,
``stories merge``, ``rematch``. Found again later (the document moved back), the pair was
inserted as a new row under a new id, so ``decide 12`` or a note citing match 12 named
nothing while the same pair lived on as match 31. ``retired_matches`` keeps the id of
each dropped pair whose two claims live on; the matcher gives it back when the pair
returns and deletes the row. Ids are still never handed to a different pair: a retired
id is only ever reused for its own pair, and the sequences never go back (0012).

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "retired_matches",
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claims.id"), nullable=False),
        sa.Column("other_claim_id", sa.Integer(), sa.ForeignKey("claims.id"), nullable=False),
        sa.Column("match_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("claim_id", "other_claim_id"),
        sa.UniqueConstraint("match_id", name="uq_retired_matches_match_id"),
    )
    op.create_index("ix_retired_matches_other_claim_id", "retired_matches", ["other_claim_id"])


def downgrade() -> None:
    op.drop_index("ix_retired_matches_other_claim_id", table_name="retired_matches")
    op.drop_table("retired_matches")
