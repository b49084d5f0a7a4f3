"""document_sentences: a hash of each sentence of each document's body, to find briefs.

A short brief cut from a long story shares almost none of the long story's 5-word
shingles (their Jaccard is the brief's share of the story), so the LSH bands of
``document_bands`` rarely bring the two together and the brief was stored as no copy
(docs/scale.md, "Short bodies"). ``document_sentences(sentence, document_id)`` holds a
64-bit hash (16 hex digits) of each sentence's lowercased words
(``syndication.sentence_hashes``); a short text looks up the documents holding its
sentences, a long one the stored briefs whose sentences it holds, each lookup an index
search bounded per sentence (``syndication._sentence_candidates``).

The table is filled here for the documents already stored, a chunk of documents at a
time, with the package's own sentence hashing: the index must read sentences as ingest
reads them.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# Documents read per chunk while filling the table (their texts are held at once).
_CHUNK = 200


def upgrade() -> None:
    op.create_table(
        "document_sentences",
        sa.Column("sentence", sa.String(), nullable=False),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id"), nullable=False),
        sa.PrimaryKeyConstraint("sentence", "document_id"),
    )
    op.create_index("ix_document_sentences_document_id", "document_sentences", ["document_id"])
    from factcheck.match.syndication import sentence_hashes

    conn = op.get_bind()
    documents = sa.table(
        "documents", sa.column("id", sa.Integer), sa.column("text"), sa.column("language")
    )
    sentences = sa.table(
        "document_sentences", sa.column("sentence", sa.String), sa.column("document_id")
    )
    after = 0
    while True:
        rows = conn.execute(
            sa.select(documents.c.id, documents.c.text, documents.c.language)
            .where(documents.c.id > after)
            .order_by(documents.c.id)
            .limit(_CHUNK)
        ).all()
        if not rows:
            break
        values = [
            {"sentence": h, "document_id": row.id}
            for row in rows
            for h in sentence_hashes(row.text or "", row.language or "en")
        ]
        if values:
            conn.execute(sa.insert(sentences), values)
        after = rows[-1].id


def downgrade() -> None:
    op.drop_index("ix_document_sentences_document_id", table_name="document_sentences")
    op.drop_table("document_sentences")
