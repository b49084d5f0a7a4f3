"""`factcheck db copy`: a whole store moved between SQLite and PostgreSQL, ids and all."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from factcheck import review
from factcheck.cli import app
from factcheck.errors import InputError
from factcheck.read import RawDocument
from factcheck.store import Store
from factcheck.transfer import copy_store, table_checksums

ARTICLES = [
    (
        "Harbour Gazette",
        "Ferry strike",
        "The ferry union said 340 crew members joined the strike on Tuesday. "
        "Sailings to the islands were cancelled until Friday.",
    ),
    (
        "Island Courier",
        "Strike halts ferries",
        "About 340 crew members joined the ferry strike on Tuesday, the union said. "
        "The operator expects sailings to resume on Friday.",
    ),
    (
        "Morning Ledger",
        "Ferry walkout",
        "Some 410 crew members walked out on Tuesday, the operator said. "
        "No sailings left the mainland port.",
    ),
]


def _fill(url: str) -> Store:
    """A store with rows in most tables: documents, claims, matches, a decision, a verdict."""
    store = Store(url)
    for source, title, text in ARTICLES:
        store.ingest(
            RawDocument(
                text=text,
                source=source,
                title=title,
                url=f"https://example.org/{source.split()[0].lower()}/ferry",
                published=date(2026, 5, 12),
            )
        )
    pairs = store.match_pairs()
    assert pairs, "the ferry articles are meant to match"
    review.decide(store, pairs[0]["match_id"], "conflicts", reviewer="Desk A", note="figures")
    first = store.claims()[0]["id"]
    review.give_verdict(store, first, "true", reviewer="Desk A", note="union notice seen")
    return store


def _checksums(url: str) -> dict[str, str]:
    engine = Store(url, upgrade=False).engine
    try:
        with engine.connect() as conn:
            return table_checksums(conn)
    finally:
        engine.dispose()


def test_sqlite_to_postgresql_and_back_keeps_every_row(tmp_path: Path, postgres_url: str) -> None:
    origin = f"sqlite:///{tmp_path / 'laptop.sqlite3'}"
    _fill(origin).engine.dispose()
    before = _checksums(origin)

    there = copy_store(origin, postgres_url)
    assert there.equal and there.rows > 0
    counts = {t.name: t.rows for t in there.tables}
    assert counts["documents"] == 3 and counts["verdicts"] == 1 and counts["audit_log"] >= 2
    assert counts["matches"] >= 1 and counts["reviews"] == 1
    assert _checksums(postgres_url) == before

    back = f"sqlite:///{tmp_path / 'back.sqlite3'}"
    again = copy_store(postgres_url, back)
    assert again.equal
    assert _checksums(back) == before
    assert [t.to_dict()["rows"] for t in again.tables] == [t.rows for t in there.tables]


def test_copied_store_keeps_ids_and_takes_new_rows_after_them(tmp_path: Path, db_url: str) -> None:
    """Ids survive (a claim cited by id stays that claim) and the next ingest gets a new id."""
    origin = f"sqlite:///{tmp_path / 'origin.sqlite3'}"
    source = _fill(origin)
    claims = {c["id"]: c["text"] for c in source.claims()}
    statuses = {c["id"]: c["status"] for c in source.claims()}
    source.engine.dispose()

    copy_store(origin, db_url)
    copied = Store(db_url)
    assert {c["id"]: c["text"] for c in copied.claims()} == claims
    assert {c["id"]: c["status"] for c in copied.claims()} == statuses
    result = copied.ingest(
        RawDocument(text="The port reopened to freight on Saturday.", source="Harbour Gazette")
    )
    assert result.status == "ingested"
    assert result.id == 4
    assert max(c["id"] for c in copied.claims()) > max(claims)
    copied.engine.dispose()


def test_refuses_a_target_with_rows_unless_replace(tmp_path: Path, db_url: str) -> None:
    origin = f"sqlite:///{tmp_path / 'origin.sqlite3'}"
    _fill(origin).engine.dispose()
    target = Store(db_url)
    target.ingest(RawDocument(text="The library closes at noon on Sundays.", source="Town Crier"))
    target.engine.dispose()

    with pytest.raises(InputError, match=r"already holds rows.*--replace"):
        copy_store(origin, db_url)
    # Refused before anything was written: the target's own document is still there alone.
    assert [d["source"] for d in Store(db_url).documents()] == ["Town Crier"]

    result = copy_store(origin, db_url, replace=True)
    assert result.equal and result.replaced
    assert _checksums(db_url) == _checksums(origin)


def test_self_referencing_rows_are_copied_whatever_their_order(tmp_path: Path, db_url: str) -> None:
    """A document may cite a later document as the copy it follows (ids out of order)."""
    origin = f"sqlite:///{tmp_path / 'origin.sqlite3'}"
    store = _fill(origin)
    with store.transaction() as conn:
        conn.execute(sa.text("UPDATE documents SET copy_of_id = 3 WHERE id = 1"))
    store.engine.dispose()

    assert copy_store(origin, db_url, batch_size=1).equal
    with Store(db_url).connect() as conn:
        assert conn.execute(sa.text("SELECT copy_of_id FROM documents WHERE id = 1")).scalar() == 3


def test_same_database_and_bad_batch_are_refused(tmp_path: Path) -> None:
    origin = f"sqlite:///{tmp_path / 'origin.sqlite3'}"
    with pytest.raises(InputError, match="same database"):
        copy_store(origin, f"sqlite:///{tmp_path}/./origin.sqlite3")
    with pytest.raises(InputError, match="batch size"):
        copy_store(origin, f"sqlite:///{tmp_path / 'other.sqlite3'}", batch_size=0)


def test_cli_copy_prints_counts_and_json(tmp_path: Path) -> None:
    origin = tmp_path / "origin.sqlite3"
    _fill(f"sqlite:///{origin}").engine.dispose()
    runner = CliRunner()
    target = tmp_path / "copy.sqlite3"
    done = runner.invoke(app, ["--db", str(origin), "db", "copy", "--to", str(target)])
    assert done.exit_code == 0, done.output
    assert "row counts and checksums equal" in done.output
    assert "documents" in done.output
    # The target is printed whole on its own line, however long and however narrow the
    # terminal (a table title would be cut to the table's width).
    assert f"copied to: sqlite:///{target}" in done.output.splitlines()

    refused = runner.invoke(app, ["--db", str(origin), "db", "copy", "--to", str(target)])
    assert refused.exit_code == 2
    assert "already holds rows" in refused.output

    as_json = runner.invoke(
        app, ["--db", str(origin), "db", "copy", "--to", str(target), "--replace", "--json"]
    )
    assert as_json.exit_code == 0, as_json.output
    data = json.loads(as_json.stdout)
    assert data["equal"] is True and data["replaced"] is True
    by_table = {t["table"]: t for t in data["tables"]}
    assert by_table["documents"]["rows"] == by_table["documents"]["target_rows"] == 3
    assert by_table["claims"]["checksum"] == by_table["claims"]["target_checksum"]


def test_cli_copy_hides_the_password(tmp_path: Path) -> None:
    origin = tmp_path / "origin.sqlite3"
    done = CliRunner().invoke(
        app,
        ["--db", str(origin), "db", "copy", "--to", "postgres://desk:s3cret@localhost/claims"],
    )
    assert done.exit_code == 2
    assert "s3cret" not in done.output
    assert "postgresql+psycopg://" in done.output
