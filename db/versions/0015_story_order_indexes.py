"""Indexes that keep story assignment's per-document reads bounded as a story grows.

Each ingested document refreshes its story's label, which reads the story's earliest
document and its most shared terms. Served by ``story_id`` alone, both queries read and
sort every document (with its text) and every term of the story, so each document of a
long batch on one event cost more than the one before. ``(story_id, published, id)`` and
``(story_id, documents)`` let both be read in index order and stop after a few rows.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_documents_story_published", "documents", ["story_id", "published", "id"])
    op.create_index("ix_story_terms_story_documents", "story_terms", ["story_id", "documents"])


def downgrade() -> None:
    op.drop_index("ix_story_terms_story_documents", table_name="story_terms")
    op.drop_index("ix_documents_story_published", table_name="documents")
