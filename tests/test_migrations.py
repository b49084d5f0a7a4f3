"""Migrations: they build exactly the schema the models describe, step by step or at once."""

from __future__ import annotations

import pytest
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


# -- every past revision, with data, upgrades to the schema of a fresh database ------------


def _revisions() -> list[str]:
    """Every revision from the first to the one before head, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    chain = [r.revision for r in script.walk_revisions("base", "heads")]
    return list(reversed(chain))[:-1]


def _value(column: sa.Column, n: int) -> object:
    """A plausible value of the column's type; ``n`` keeps unique columns unique."""
    kind = column.type
    if isinstance(kind, sa.Boolean):
        return n % 2 == 0
    if isinstance(kind, sa.Integer):
        return n
    if isinstance(kind, sa.Float | sa.Numeric):
        return 0.5 + n
    if isinstance(kind, sa.DateTime):
        import datetime as dt

        return dt.datetime(2026, 1, n, 12, tzinfo=dt.UTC)
    if isinstance(kind, sa.Date):
        import datetime as dt

        return dt.date(2026, 1, n)
    return f"{column.name} {n} ‘é’"


def _fill(conn: sa.Connection, rows_per_table: int = 2) -> dict[str, int]:
    """Put rows in every table the schema has, parents first; return the counts."""
    meta = sa.MetaData()
    meta.reflect(conn)
    counts: dict[str, int] = {}
    for table in meta.sorted_tables:
        if table.name == "alembic_version":
            continue
        rows = []
        for n in range(1, rows_per_table + 1):
            row: dict[str, object] = {}
            for column in table.columns:
                if column.foreign_keys:
                    # Nullable links stay empty; required ones point at the parent's row n.
                    row[column.name] = None if column.nullable else n
                else:
                    row[column.name] = _value(column, n)
            rows.append(row)
        conn.execute(table.insert(), rows)
        counts[table.name] = rows_per_table
    return counts


@pytest.mark.parametrize("revision", _revisions())
def test_every_past_revision_upgrades_with_data_to_the_fresh_schema(
    db_url: str, revision: str
) -> None:
    store = Store(db_url, upgrade=False)
    with store.transaction() as conn:
        command.upgrade(_alembic_config(conn), revision)
    with store.transaction() as conn:
        counts = _fill(conn)
        texts = {
            name: conn.execute(sa.text(f"SELECT * FROM {name}")).all() for name in counts
        }
    store.upgrade()
    assert store.current_revision() == store.head_revision()
    assert _diff(store) == []
    with store.connect() as conn:
        for name, count in counts.items():
            assert conn.execute(sa.text(f"SELECT count(*) FROM {name}")).scalar_one() == count
            after = conn.execute(sa.text(f"SELECT * FROM {name}")).all()
            # Every value stored before is still there (new columns may follow).
            for old, new in zip(sorted(texts[name], key=str), sorted(after, key=str), strict=True):
                assert tuple(new._mapping[k] for k in old._mapping) == tuple(old)
    fresh = Store(_sibling(db_url))
    assert _schema(store) == _schema(fresh)
    fresh.engine.dispose()
    store.engine.dispose()


def _sibling(db_url: str) -> str:
    """Another empty database on the same backend, for the fresh schema."""
    url = sa.engine.make_url(db_url)
    if url.get_backend_name() == "sqlite":
        return url.set(database=str(url.database) + ".fresh").render_as_string(False)
    admin = sa.create_engine(db_url, isolation_level="AUTOCOMMIT")
    name = f"{url.database}_fresh"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return url.set(database=name).render_as_string(False)


def _schema(store: Store) -> dict[str, object]:
    """Tables, columns (name, type, nullability), indexes, unique and foreign keys."""
    with store.connect() as conn:
        inspector = sa.inspect(conn)
        out: dict[str, object] = {}
        for table in sorted(inspector.get_table_names()):
            out[table] = {
                "columns": sorted(
                    (c["name"], str(c["type"]), c["nullable"]) for c in inspector.get_columns(table)
                ),
                "indexes": sorted(
                    (tuple(i["column_names"]), bool(i["unique"]))
                    for i in inspector.get_indexes(table)
                ),
                "unique": sorted(
                    tuple(u["column_names"]) for u in inspector.get_unique_constraints(table)
                ),
                "foreign": sorted(
                    (tuple(f["constrained_columns"]), f["referred_table"])
                    for f in inspector.get_foreign_keys(table)
                ),
            }
    return out


def test_audit_log_triggers_come_with_their_migration_and_go_with_its_downgrade(
    db_url: str,
) -> None:
    """History written before the guard becomes append-only; a downgrade lifts only it."""
    before = _before_audit_guard()
    store = Store(db_url, upgrade=False)
    with store.transaction() as conn:
        command.upgrade(_alembic_config(conn), before)
        conn.execute(
            sa.text(
                "INSERT INTO audit_log (recorded_at, reviewer, action, reason) "
                "VALUES (:t, 'ana', 'note', 'before the guard')"
            ),
            {"t": "2026-01-01 00:00:00"},
        )
    store.upgrade()
    with pytest.raises(sa.exc.DBAPIError, match="append-only"), store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_log SET reason = 'rewritten'"))
    with store.transaction() as conn:
        command.downgrade(_alembic_config(conn), before)
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE audit_log SET reason = 'rewritten'"))
        assert conn.execute(sa.text("SELECT reason FROM audit_log")).scalar_one() == "rewritten"
    store.engine.dispose()


def _before_audit_guard() -> str:
    """The revision just before the one that makes audit_log append-only."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    [guard] = [r for r in script.walk_revisions("base", "heads") if "append-only" in (r.doc or "")]
    return str(guard.down_revision)


def test_0017_indexes_the_sentences_of_documents_stored_before_it(db_url: str) -> None:
    """A brief ingested after the upgrade finds the long story stored before it."""
    from factcheck.match.syndication import find_copy_of, sentence_hashes

    story = (
        "Floodwater closed the Amsel ring road on Friday, the county said.\n\n"
        "About 300 homes in the lower town lost power overnight.\n\n"
        "Pumps from three counties were brought in to drain the underpass, and the army "
        "sent two lorries of sandbags to the river wall by the old mill.\n\n"
        "The road should reopen on Monday if the river keeps falling, engineers said."
    )
    brief = (
        "About 300 homes in the lower town lost power overnight.\n\n"
        "The road should reopen on Monday if the river keeps falling, engineers said."
    )
    store = Store(db_url, upgrade=False)
    with store.transaction() as conn:
        command.upgrade(_alembic_config(conn), "0016")
    with store.transaction() as conn:
        conn.execute(
            sa.text("INSERT INTO sources (id, name, created_at) VALUES (1, 'Amsel Post', :t)"),
            {"t": "2026-01-01 00:00:00"},
        )
        conn.execute(
            sa.text(
                "INSERT INTO documents (id, source_id, retrieved_at, ingested_at, sha256, "
                "language, format, text) VALUES (1, 1, :t, :t, 'x', 'en', 'text', :body)"
            ),
            {"t": "2026-01-01 00:00:00", "body": story},
        )
    store.upgrade()
    with store.connect() as conn:
        stored = conn.execute(
            sa.text("SELECT sentence FROM document_sentences WHERE document_id = 1")
        ).scalars()
        assert sorted(stored) == sorted(sentence_hashes(story))
        found = find_copy_of(conn, brief)
        assert found is not None and found.document_id == 1
    store.engine.dispose()


def test_0018_keys_each_stored_sentence_by_its_documents_sha256(db_url: str) -> None:
    """The sentences stored before 0018 take their document's SHA-256, the order their
    postings are read in (syndication._SENTENCE_POSTINGS_QUERY), filled in SQL."""
    from factcheck.match.syndication import find_copy_of

    story = (
        "Floodwater closed the Amsel ring road on Friday, the county said.\n\n"
        "About 300 homes in the lower town lost power overnight.\n\n"
        "The road should reopen on Monday if the river keeps falling, engineers said."
    )
    brief = (
        "About 300 homes in the lower town lost power overnight.\n\n"
        "The road should reopen on Monday if the river keeps falling, engineers said."
    )
    store = Store(db_url, upgrade=False)
    with store.transaction() as conn:
        command.upgrade(_alembic_config(conn), "0017")
    with store.transaction() as conn:
        conn.execute(
            sa.text("INSERT INTO sources (id, name, created_at) VALUES (1, 'Amsel Post', :t)"),
            {"t": "2026-01-01 00:00:00"},
        )
        conn.execute(
            sa.text(
                "INSERT INTO documents (id, source_id, retrieved_at, ingested_at, sha256, "
                "language, format, text) VALUES (1, 1, :t, :t, 'abc123', 'en', 'text', :body)"
            ),
            {"t": "2026-01-01 00:00:00", "body": story},
        )
        conn.execute(
            sa.text("INSERT INTO document_sentences (sentence, document_id) VALUES ('s1', 1)")
        )
    store.upgrade()
    with store.connect() as conn:
        keys = conn.execute(sa.text("SELECT document_key FROM document_sentences")).scalars()
        assert set(keys) == {"abc123"}
    with store.transaction() as conn:
        conn.execute(sa.text("DELETE FROM document_sentences"))
        from factcheck.match.syndication import add_document

        add_document(conn, 1, story)
        found = find_copy_of(conn, brief)
        assert found is not None and found.document_id == 1
    store.engine.dispose()
