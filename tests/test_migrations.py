"""Migrations: they build exactly the schema the models describe, step by step or at once."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from factcheck.models import SQLModel
from factcheck.store import Store, _alembic_config


def _diff(store: Store) -> list[object]:
    with store.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)


def test_fresh_database_matches_models(db_url: str) -> None:
    store = Store(db_url)
    assert store.current_revision() == store.head_revision()
    assert _diff(store) == []


def test_upgrade_from_first_revision_keeps_data(db_url: str) -> None:
    store = Store(db_url, upgrade=False)
    with store.transaction() as conn:
        command.upgrade(_alembic_config(conn), "0001")
    with store.transaction() as conn:
        conn.execute(
            sa.text("INSERT INTO sources (id, name, created_at) VALUES (1, 'Old Wire', :t)"),
            {"t": "2026-01-01 00:00:00"},
        )
    store.upgrade()
    assert store.current_revision() == store.head_revision()
    assert _diff(store) == []
    with store.connect() as conn:
        assert conn.execute(sa.text("SELECT name FROM sources")).scalar_one() == "Old Wire"


def test_downgrade_to_base_and_back(db_url: str) -> None:
    store = Store(db_url)
    with store.transaction() as conn:
        command.downgrade(_alembic_config(conn), "base")
    with store.connect() as conn:
        tables = set(sa.inspect(conn).get_table_names()) - {"alembic_version"}
    assert tables == set()
    store.upgrade()
    assert _diff(store) == []
