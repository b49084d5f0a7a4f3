"""The match link indexes hold the claim at the other end of each pair again.

The status refresh reads, for each claim, its matches' kind of link (``relation``,
``independent``, ``needs_review``) and, since the superseded flag is decided in Python,
the partner's id too. ``ix_matches_claim_links`` and ``ix_matches_other_claim_links``
(0005) held the first three only, so each link read went from the index to the table row
(SQLite's plan said ``USING INDEX``, no longer ``USING COVERING INDEX``), a random page
read per link that grows with the ``matches`` table. Both indexes are rebuilt with the
partner's id as their last column (``other_claim_id`` and ``claim_id``), so the read and
the partners' look-up are served by the index alone again. The leading columns are
unchanged, so every query the old indexes served is served by the new ones.

The only migration of the twelfth work session (issue #14); the rebuild reads
``matches`` once per index, holding the write lock.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

_KINDS = ["relation", "independent", "needs_review"]


def upgrade() -> None:
    op.drop_index("ix_matches_claim_links", table_name="matches")
    op.create_index("ix_matches_claim_links", "matches", ["claim_id", *_KINDS, "other_claim_id"])
    op.drop_index("ix_matches_other_claim_links", table_name="matches")
    op.create_index(
        "ix_matches_other_claim_links", "matches", ["other_claim_id", *_KINDS, "claim_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_matches_other_claim_links", table_name="matches")
    op.create_index("ix_matches_other_claim_links", "matches", ["other_claim_id", *_KINDS])
    op.drop_index("ix_matches_claim_links", table_name="matches")
    op.create_index("ix_matches_claim_links", "matches", ["claim_id", *_KINDS])
