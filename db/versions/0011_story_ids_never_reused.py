"""Story ids are never handed out again: SQLite's AUTOINCREMENT on ``stories``.

A story id is cited by people (``claims --story 7``, reports, notes). SQLite gives a new
row the highest id plus one, so after ``stories merge`` or a rebuild deleted the newest
story, the next story took its id and an old citation pointed at another event.
AUTOINCREMENT keeps the highest id ever used (``sqlite_sequence``); PostgreSQL's sequence
already never goes back, so only SQLite's table is rebuilt (rows and ids kept).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_context().dialect.name != "sqlite":
        return
    # Copying the rows into the new table sets sqlite_sequence to the highest id kept.
    with op.batch_alter_table(
        "stories", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ):
        pass


def downgrade() -> None:
    if op.get_context().dialect.name != "sqlite":
        return
    with op.batch_alter_table(
        "stories", recreate="always", table_kwargs={"sqlite_autoincrement": False}
    ):
        pass
