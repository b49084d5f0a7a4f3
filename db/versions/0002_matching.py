"""Matching: claim matches, the candidate index, near-copy detection.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("copy_of_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("copy_similarity", sa.Float(), nullable=True))
        batch.create_foreign_key("fk_documents_copy_of_id", "documents", ["copy_of_id"], ["id"])
        batch.create_index("ix_documents_copy_of_id", ["copy_of_id"])
    op.create_table(
        "matches",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claims.id"), nullable=False),
        sa.Column("other_claim_id", sa.Integer(), sa.ForeignKey("claims.id"), nullable=False),
        sa.Column("relation", sa.String(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("reasons", sa.String(), nullable=False),
        sa.Column("needs_review", sa.Boolean(), nullable=False),
        sa.Column("independent", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("claim_id", "other_claim_id", name="uq_matches_pair"),
    )
    op.create_index("ix_matches_claim_id", "matches", ["claim_id"])
    op.create_index("ix_matches_other_claim_id", "matches", ["other_claim_id"])
    op.create_table(
        "claim_terms",
        sa.Column("term", sa.String(), nullable=False),
        sa.Column("claim_id", sa.Integer(), sa.ForeignKey("claims.id"), nullable=False),
        sa.PrimaryKeyConstraint("term", "claim_id"),
    )
    op.create_index("ix_claim_terms_claim_id", "claim_terms", ["claim_id"])
    op.create_table(
        "term_stats",
        sa.Column("term", sa.String(), primary_key=True),
        sa.Column("claim_count", sa.Integer(), nullable=False),
    )
    op.create_table(
        "document_bands",
        sa.Column("band", sa.String(), nullable=False),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id"), nullable=False),
        sa.PrimaryKeyConstraint("band", "document_id"),
    )
    op.create_index("ix_document_bands_document_id", "document_bands", ["document_id"])


def downgrade() -> None:
    op.drop_table("document_bands")
    op.drop_table("term_stats")
    op.drop_table("claim_terms")
    op.drop_table("matches")
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_copy_of_id")
        batch.drop_constraint("fk_documents_copy_of_id", type_="foreignkey")
        batch.drop_column("copy_similarity")
        batch.drop_column("copy_of_id")
