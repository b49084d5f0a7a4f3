"""Alembic environment.

factcheck runs migrations itself (``factcheck db upgrade`` and on first use), handing
Alembic an open connection through ``config.attributes``; plain ``alembic`` with a URL in
``sqlalchemy.url`` works too, for people who manage the database by hand.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from factcheck.models import SQLModel

config = context.config
target_metadata = SQLModel.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)
