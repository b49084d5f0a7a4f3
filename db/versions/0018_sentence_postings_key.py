"""document_sentences.document_key: a sentence's documents are read in an order of content.

A brief looks up each of its sentences and reads at most ``_SENTENCE_POSTINGS`` of the
documents holding it (``syndication._sentence_candidates``). Ordered by document id,
those were the earliest *stored*: for a sentence reprinted by more outlets than that,
which versions a brief met turned on the order of ingest (reviewer F11). Each row now
carries its document's ``sha256`` (the SHA-256 of the body, as ``documents.sha256``),
and the postings are read through ``ix_document_sentences_sentence_key`` (sentence,
document_key, document_id) in that order: an index search as before, and the same
documents whatever order they were stored in.

Filled here in SQL from ``documents.sha256``: the migration needs no package code (the
sentence hashes stored by 0017 are read as they are; see docs/scale.md, "Sentence
index", on the hashing's version).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document_sentences") as batch:
        batch.add_column(
            sa.Column("document_key", sa.String(), nullable=False, server_default="")
        )
    op.execute(
        "UPDATE document_sentences SET document_key = COALESCE("
        "(SELECT documents.sha256 FROM documents "
        "WHERE documents.id = document_sentences.document_id), '')"
    )
    op.create_index(
        "ix_document_sentences_sentence_key",
        "document_sentences",
        ["sentence", "document_key", "document_id"],
    )


def downgrade() -> None:
    op.drop_index("ix_document_sentences_sentence_key", table_name="document_sentences")
    with op.batch_alter_table("document_sentences") as batch:
        batch.drop_column("document_key")
