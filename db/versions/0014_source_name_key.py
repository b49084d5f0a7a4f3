"""Outlets are found by a stored, indexed case-folded name, not by reading them all.

Every ingest read the name of every outlet to recognise a credited one ("(Kallisto) —")
and then looked the credited outlet up with ``lower(name) = ?``, which no index serves
and which SQLite folds for ASCII letters only. ``sources.name_key`` holds the name as
Python's ``str.casefold`` reads it (``provenance.outlet_key``), with an index, so both
are one indexed lookup however many outlets the store holds.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlite3

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _key(name: str) -> str:
    # Kept here, not imported: a migration must not change when the package does.
    return name.casefold().strip()


def upgrade() -> None:
    op.add_column("sources", sa.Column("name_key", sa.String(), nullable=True))
    conn = op.get_bind()
    sources = sa.table("sources", sa.column("id", sa.Integer), sa.column("name", sa.String))
    rows = conn.execute(sa.select(sources.c.id, sources.c.name)).all()
    if rows:
        conn.execute(
            sa.text("UPDATE sources SET name_key = :key WHERE id = :id"),
            [{"key": _key(row.name), "id": row.id} for row in rows],
        )
    op.create_index("ix_sources_name_key", "sources", ["name_key"])


def downgrade() -> None:
    op.drop_index("ix_sources_name_key", table_name="sources")
    if op.get_bind().dialect.name == "sqlite" and sqlite3.sqlite_version_info < (3, 35):
        # Older SQLite cannot drop a column: the table is copied without it.
        with op.batch_alter_table("sources") as batch:
            batch.drop_column("name_key")
    else:
        # A plain DROP COLUMN keeps the table (and SQLite's AUTOINCREMENT, 0012) as it is.
        op.execute("ALTER TABLE sources DROP COLUMN name_key")
