"""Ids people cite and the history refers to are never handed out again after a delete.

SQLite without AUTOINCREMENT gives a new row the highest id plus one, so deleting the
newest document let the next ingest take its id, and the deleted document's history rows
and citations pointed at another article (migration 0012). PostgreSQL's sequences never
go back; the same tests run there.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command

from factcheck import corrections, review
from factcheck.database import run_write
from factcheck.read import RawDocument
from factcheck.store import Store, _alembic_config
from factcheck.transfer import copy_store

#: Tables whose ids are cited (by people, reports or audit_log) and must never come back.
CITED = ("sources", "documents", "claims", "matches", "reviews", "verdicts")

ARTICLES = [
    (
        "Tidewater Post",
        "Bridge closed",
        "The Kelby bridge was closed to lorries on Monday after inspectors found 14 cracked "
        "bearings, the county engineer said.",
    ),
    (
        "Vale Courier",
        "Cracks shut bridge",
        "Inspectors found 14 cracked bearings on the Kelby bridge, which was closed to lorries "
        "on Monday, the county engineer said.",
    ),
    (
        "Northgate Herald",
        "Bridge shut to lorries",
        "Inspectors found 41 cracked bearings on the Kelby bridge, which was closed to lorries "
        "on Monday, the county engineer said.",
    ),
]

LATER = (
    "Hollin Gazette",
    "Bridge repairs",
    "Repairs to the Kelby bridge will take six weeks, the county engineer said on Tuesday.",
)


def _ingest(store: Store, source: str, title: str, text: str) -> int:
    return store.ingest(
        RawDocument(text=text, source=source, title=title, published=date(2026, 4, 6))
    ).id


def _pairs_of(store: Store, document_id: int) -> list[dict[str, Any]]:
    """The stored matches with a claim of ``document_id`` on either side."""
    mine = {c["id"] for c in store.claims() if c["document_id"] == document_id}
    return [p for p in store.match_pairs() if {p["claim_id"], p["other_claim_id"]} & mine]


def _highest(store: Store) -> dict[str, int]:
    with store.connect() as conn:
        return {
            t: conn.execute(sa.text(f"SELECT coalesce(max(id), 0) FROM {t}")).scalar_one()
            for t in CITED
        }


def _fill_and_delete_newest(store: Store) -> tuple[int, dict[str, int]]:
    """Ingest, decide, give verdicts, then delete the newest document and its outlet's rows.

    Returns the deleted document's id and the highest id of each table before the delete.
    """
    ids = [_ingest(store, *article) for article in ARTICLES]
    newest = ids[-1]
    pairs = _pairs_of(store, newest)
    assert pairs, "the bridge articles are meant to match"
    review.decide(store, pairs[0]["match_id"], "conflicts", reviewer="Desk B", note="14 or 41")
    claim = next(c["id"] for c in store.claims() if c["document_id"] == newest)
    review.give_verdict(store, claim, "false", reviewer="Desk B", note="engineer's count is 14")
    before = _highest(store)
    corrections.delete_document(store, newest, reviewer="Desk B", reason="withdrawn")
    # The outlet goes too (merged into another), so its id is free as well.
    corrections.merge_sources(store, "Northgate Herald", "Vale Courier", reviewer="Desk B")
    return newest, before


def _assert_new_ids_after(
    store: Store, before: dict[str, int], tables: tuple[str, ...] = CITED
) -> None:
    """A new outlet, document, claims, match, decision and verdict get ids above ``before``."""
    new_doc = _ingest(store, *LATER)
    assert new_doc > before["documents"]
    fresh = _ingest(
        store,
        "Quarry Times",
        "Bridge count",
        "Inspectors found 14 cracked bearings on the Kelby bridge, the county engineer said.",
    )
    pairs = _pairs_of(store, fresh)
    assert pairs
    review.decide(store, pairs[0]["match_id"], "corroborates", reviewer="Desk B")
    claim = next(c["id"] for c in store.claims() if c["document_id"] == fresh)
    review.give_verdict(store, claim, "true", reviewer="Desk B")
    with store.connect() as conn:
        for table in tables:
            newest = conn.execute(sa.text(f"SELECT max(id) FROM {table}")).scalar_one()
            assert newest > before[table], table
        # The deleted document's history still names it alone.
        cited = conn.execute(
            sa.text("SELECT DISTINCT document_id FROM audit_log WHERE action = 'document.delete'")
        ).scalars()
        assert set(cited) <= {before["documents"]}


def test_ids_of_deleted_rows_are_never_handed_out_again(db_url: str) -> None:
    store = Store(db_url)
    deleted, before = _fill_and_delete_newest(store)
    assert deleted == before["documents"]
    _assert_new_ids_after(store, before)
    store.engine.dispose()


def test_upgrade_rebuilds_the_tables_with_rows_links_indexes_and_triggers(tmp_path: Path) -> None:
    """On SQLite 0012 rebuilds the tables: everything kept, and ids cited by history stay used."""
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    old = Store(url, upgrade=False)
    with old.transaction() as conn:
        command.upgrade(_alembic_config(conn), "0011")
    old.engine.dispose()
    # Fill the store with the code of today, then take the schema back to 0011: the data
    # is the same, only the AUTOINCREMENT goes.
    store = Store(url)
    deleted, before = _fill_and_delete_newest(store)
    _downgrade_to_0011(store)
    with store.connect() as conn:
        assert "AUTOINCREMENT" not in _table_sql(conn, "documents")
        rows = {t: _rows(conn, t) for t in CITED}
    store.engine.dispose()

    store = Store(url)  # upgrades to head
    fresh = Store(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    with store.connect() as conn, fresh.connect() as clean:
        for table in CITED:
            assert "AUTOINCREMENT" in _table_sql(conn, table), table
            # Columns later revisions add come after the 0011 ones; those rows stay as kept.
            after = _rows(conn, table)
            kept = [a[: len(b)] for a, b in zip(after, rows[table], strict=True)]
            assert kept == rows[table], table
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        # Indexes, unique constraints and triggers (audit_log's append-only guard) as fresh.
        assert _objects(conn) == _objects(clean)
        seq = dict(conn.execute(sa.text("SELECT name, seq FROM sqlite_sequence")).all())
        assert seq["documents"] >= deleted
    fresh.engine.dispose()
    # Rows deleted while the table had no AUTOINCREMENT are remembered only where
    # audit_log cites them (a decision's or verdict's own id it does not).
    _assert_new_ids_after(store, before, ("sources", "documents", "claims", "matches"))
    store.engine.dispose()


def test_upgrade_starts_ids_after_those_only_the_history_still_cites(tmp_path: Path) -> None:
    """A newest document deleted before 0012 left only audit rows: its id stays used."""
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    store = Store(url)
    deleted, _before = _fill_and_delete_newest(store)
    _downgrade_to_0011(store)
    store.engine.dispose()
    # Rebuilt without AUTOINCREMENT, the old table had no memory of the deleted id.
    with sa.create_engine(url).begin() as conn:
        assert conn.execute(sa.text("SELECT max(id) FROM documents")).scalar_one() < deleted
    store = Store(url)
    assert _ingest(store, *LATER) > deleted
    store.engine.dispose()


def test_copy_into_a_fresh_sqlite_store_keeps_deleted_ids_used(
    tmp_path: Path, db_url: str
) -> None:
    """``db copy`` carries the highest id ever used, not only the highest id kept."""
    origin = f"sqlite:///{tmp_path / 'origin.sqlite3'}"
    source = Store(origin)
    _deleted, before = _fill_and_delete_newest(source)
    source.engine.dispose()
    copy_store(origin, db_url)
    copied = Store(db_url)
    _assert_new_ids_after(copied, before)
    copied.engine.dispose()
    # And back into a fresh SQLite file: the sequences the copy used carry over too.
    back = f"sqlite:///{tmp_path / 'back.sqlite3'}"
    copy_store(db_url, back)
    with sa.create_engine(back).connect() as conn:
        seq = dict(conn.execute(sa.text("SELECT name, seq FROM sqlite_sequence")).all())
        for table in CITED:
            highest = conn.execute(sa.text(f"SELECT max(id) FROM {table}")).scalar_one()
            assert seq[table] >= highest, table
        assert seq["documents"] > before["documents"]


def _downgrade_to_0011(store: Store) -> None:
    """Take the schema back to 0011 the way factcheck migrates (foreign keys checked after)."""

    def down(conn: sa.Connection) -> None:
        command.downgrade(_alembic_config(conn), "0011")
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []

    run_write(store.engine, down, describe=str, foreign_keys=False)


def _table_sql(conn: sa.Connection, table: str) -> str:
    return str(
        conn.execute(
            sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :t"),
            {"t": table},
        ).scalar_one()
    )


def _rows(conn: sa.Connection, table: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.execute(sa.text(f"SELECT * FROM {table} ORDER BY id"))]


def _objects(conn: sa.Connection) -> list[tuple[str, str, str]]:
    """Every index and trigger SQLite holds: (type, name, table)."""
    return sorted(
        (str(t), str(n), str(tbl))
        for t, n, tbl in conn.execute(
            sa.text(
                "SELECT type, name, tbl_name FROM sqlite_master "
                "WHERE type IN ('index', 'trigger') AND name NOT LIKE 'sqlite_autoindex%'"
            )
        )
    )
