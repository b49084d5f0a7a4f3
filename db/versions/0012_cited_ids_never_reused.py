"""Ids people cite are never handed out again: SQLite's AUTOINCREMENT on every such table.

Documents, claims, matches and sources are cited by people (``show 42``, notes, reports)
and by ``audit_log`` rows, which outlive the rows they name; reviews and verdicts are the
records of people's decisions. Without AUTOINCREMENT SQLite gives a new row the highest
id plus one, so after the newest document was deleted the next ingest took its id, and
its history rows, notes and citations pointed at another article. AUTOINCREMENT keeps the
highest id ever used in ``sqlite_sequence``. PostgreSQL's sequences already never go
back, so only SQLite's tables are rebuilt (rows, ids, indexes and foreign keys kept).

``audit_log`` itself is left as it is: its rows are never deleted (revision 0008), so its
ids cannot come back, and rebuilding it would drop its append-only triggers.
``sentences`` and ``markers`` ids are nobody's reference and go with their claim.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

#: The tables rebuilt, each with the ``audit_log`` columns that cite its ids.
CITED: dict[str, tuple[str, ...]] = {
    "sources": ("source_id",),
    "documents": ("document_id",),
    "claims": ("claim_id", "other_claim_id"),
    "matches": ("match_id",),
    "reviews": (),
    "verdicts": (),
}


def upgrade() -> None:
    if op.get_context().dialect.name != "sqlite":
        return
    # Foreign-key enforcement is off during migrations (factcheck.database.run_write), so
    # dropping the old table cascades nothing; the upgrade ends with foreign_key_check.
    for table in CITED:
        # Copying the rows into the new table sets sqlite_sequence to the highest id kept.
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass
    conn = op.get_bind()
    for table, columns in CITED.items():
        _raise_sequence_to_history(conn, table, columns)


def _raise_sequence_to_history(conn: sa.Connection, table: str, columns: tuple[str, ...]) -> None:
    """Start ``table``'s ids after every id ``audit_log`` cites, not only the rows kept.

    A document deleted before this upgrade while it was the newest left only its history
    rows behind; without this its id would still be handed to the next ingest once.
    """
    if not columns:
        return
    cited = conn.execute(
        sa.text(
            "SELECT max(v) FROM ("
            + " UNION ALL ".join(f"SELECT max({c}) AS v FROM audit_log" for c in columns)
            + ")"
        )
    ).scalar()
    if cited is None:
        return
    current = conn.execute(
        sa.text("SELECT seq FROM sqlite_sequence WHERE name = :t"), {"t": table}
    ).scalar()
    if current is None:
        conn.execute(
            sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :seq)"),
            {"t": table, "seq": cited},
        )
    elif current < cited:
        conn.execute(
            sa.text("UPDATE sqlite_sequence SET seq = :seq WHERE name = :t"),
            {"t": table, "seq": cited},
        )


def downgrade() -> None:
    if op.get_context().dialect.name != "sqlite":
        return
    for table in reversed(list(CITED)):
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": False}
        ):
            pass
