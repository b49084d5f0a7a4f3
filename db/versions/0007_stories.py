"""Stories (documents grouped by event) and where a document's reporting comes from.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("first_published", sa.Date(), nullable=True),
        sa.Column("last_published", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "story_terms",
        sa.Column("term", sa.String(), nullable=False),
        sa.Column("story_id", sa.Integer(), sa.ForeignKey("stories.id"), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("term", "story_id"),
    )
    op.create_index("ix_story_terms_story_id", "story_terms", ["story_id"])
    op.create_table(
        "story_term_stats",
        sa.Column("term", sa.String(), primary_key=True),
        sa.Column("stories", sa.Integer(), nullable=False),
    )
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("story_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("story_score", sa.Float(), nullable=True))
        batch.add_column(sa.Column("story_reason", sa.String(), nullable=True))
        batch.add_column(sa.Column("story_set_by", sa.String(), nullable=True))
        batch.add_column(sa.Column("depends_on_source_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("credit", sa.String(), nullable=True))
        batch.create_foreign_key("fk_documents_story_id", "stories", ["story_id"], ["id"])
        batch.create_foreign_key(
            "fk_documents_depends_on_source_id", "sources", ["depends_on_source_id"], ["id"]
        )
        batch.create_index("ix_documents_story_id", ["story_id"])
        batch.create_index("ix_documents_depends_on_source_id", ["depends_on_source_id"])


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_depends_on_source_id")
        batch.drop_index("ix_documents_story_id")
        batch.drop_constraint("fk_documents_depends_on_source_id", type_="foreignkey")
        batch.drop_constraint("fk_documents_story_id", type_="foreignkey")
        for column in (
            "credit",
            "depends_on_source_id",
            "story_set_by",
            "story_reason",
            "story_score",
            "story_id",
        ):
            batch.drop_column(column)
    op.drop_table("story_term_stats")
    op.drop_table("story_terms")
    op.drop_table("stories")
