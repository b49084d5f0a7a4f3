"""Storing a document with matching reads the store through indexes only (SQLite).

Ingest must not slow down as the store grows beyond the candidate index's bounded reads
(issue #14, docs/scale.md "Ingest: one document, bounded work"). A statement whose plan
scans a whole table costs time in proportion to that table, so every statement one
ingest sends is captured — those SQLAlchemy runs and the candidate search's reads from
the driver's cursor — and its ``EXPLAIN QUERY PLAN`` must search through an index.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from factcheck.match import candidates, matcher
from factcheck.read import RawDocument
from factcheck.store import Store

# Invented reports of one council vote by three outlets; the last one is the document
# whose statements are checked: it finds candidates, joins the story of the first two
# and has a claim that needs its article ("No objections were recorded."), so the story
# pool is read too.
REPORTS = [
    (
        "Valley Post",
        "The Kestrow council approved a budget of $42 million on Tuesday. Mayor Lina "
        "Ostrand said the plan would pay for two new clinics in the Harl district. "
        "No objections were recorded.",
    ),
    (
        "Harbour Times",
        "Kestrow's council approved a $42 million budget on Tuesday, officials said. "
        "Mayor Lina Ostrand said two new clinics would open in the Harl district. "
        "No objections were recorded.",
    ),
    (
        "Coast Radio",
        "The Kestrow council passed a $45 million budget on Tuesday. Lina Ostrand, the "
        "mayor, said two clinics would be built in the Harl district. "
        "No objections were recorded.\n(Kallisto)\n",
    ),
]

# Tables a full scan of which is accepted: none. Even the outlets are looked up by their
# indexed case-folded name when a credit line ("(Kallisto)", the last report's sign-off)
# is recognised, not read in full (migration 0014).
SMALL_TABLES: set[str] = set()


@contextmanager
def _capture(store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    """Record each distinct reading statement (and its parameters) sent while active."""
    seen: dict[str, Any] = {}

    def grab(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE", "WITH")):
            # A statement run for many rows (executemany) is planned with its first row.
            first = parameters[0] if isinstance(parameters, list) else parameters
            seen.setdefault(statement, first)

    read = candidates._driver_rows

    def driver_rows(conn: Any, sql: str, args: Sequence[Any]) -> list[Any]:
        seen.setdefault(sql, tuple(args))
        return read(conn, sql, args)

    event.listen(store.engine, "before_cursor_execute", grab)
    monkeypatch.setattr(candidates, "_driver_rows", driver_rows)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", grab)
        monkeypatch.setattr(candidates, "_driver_rows", read)


def _plan(store: Store, sql: str, parameters: Any) -> list[str]:
    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("EXPLAIN QUERY PLAN " + sql, parameters)
        return [str(row[3]) for row in cursor.fetchall()]
    finally:
        raw.close()


def test_one_ingest_with_matching_reads_through_indexes_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(f"sqlite:///{tmp_path / 'plans.sqlite3'}")
    try:
        for source, text in REPORTS[:-1]:
            store.ingest(RawDocument(text=text, source=source))
        source, text = REPORTS[-1]
        with _capture(store, monkeypatch) as seen:
            result = store.ingest(RawDocument(text=text, source=source))
        # The document was matched: the statements include the whole matching path
        # (candidate search, story search, the story pool, status refresh).
        assert result.story_id is not None
        joined = "\n".join(seen)
        for table in ("claim_terms", "term_stats", "matches", "story_terms", "story_term_stats"):
            assert f"FROM {table}" in joined, table
        assert "documents.story_id = ?" in joined
        assert "sources.name_key = ?" in joined, "the credit line's outlet was looked up"
        scans = {}
        for sql, parameters in seen.items():
            full = [
                line
                for line in _plan(store, sql, parameters)
                if line.startswith("SCAN ")
                and line.split()[1] not in SMALL_TABLES
                and not line.startswith("SCAN CONSTANT ROW")
            ]
            if full:
                scans[" ".join(sql.split())[:160]] = full
        assert scans == {}
    finally:
        store.engine.dispose()


def test_story_label_refresh_reads_a_few_rows_not_the_whole_story(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each ingest refreshes its story's label from the story's earliest document and
    most shared terms: both are read in index order (a partial sort at most), never by
    sorting every document and term of the story, which made each document of a long
    batch on one event slower than the one before."""
    store = Store(f"sqlite:///{tmp_path / 'label.sqlite3'}")
    try:
        for source, text in REPORTS[:-1]:
            store.ingest(RawDocument(text=text, source=source))
        source, text = REPORTS[-1]
        with _capture(store, monkeypatch) as seen:
            result = store.ingest(RawDocument(text=text, source=source))
        assert result.story_id is not None
        ordered = {
            sql: parameters
            for sql, parameters in seen.items()
            if "ORDER BY documents.published" in sql
            or "ORDER BY story_terms.documents DESC" in sql
        }
        # The label's earliest document and most shared terms, and the story's earliest
        # documents' record of the stories it was judged apart from (a bounded read too).
        assert len(ordered) >= 2, list(ordered)
        plans = {" ".join(sql.split())[:160]: _plan(store, sql, p) for sql, p in ordered.items()}
        sorts = {
            sql: plan
            for sql, plan in plans.items()
            if any(line.startswith("USE TEMP B-TREE FOR ORDER BY") for line in plan)
        }
        assert sorts == {}
    finally:
        store.engine.dispose()


def test_status_refresh_reads_links_from_the_index_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The status refresh reads each claim's links (their kind and the claim at the other
    end) from ``ix_matches_claim_links`` / ``ix_matches_other_claim_links`` alone: a plan
    that visits the table row per link reads a random page per match, a cost that grows
    with the ``matches`` table (migration 0016 put the partner's id in both indexes)."""
    store = Store(f"sqlite:///{tmp_path / 'links.sqlite3'}")
    try:
        for source, text in REPORTS:
            store.ingest(RawDocument(text=text, source=source))
        with store.connect() as conn:
            claim_ids = [
                int(i) for i in conn.exec_driver_sql("SELECT claim_id FROM matches").scalars()
            ]
        assert claim_ids, "the reports were matched"
        with _capture(store, monkeypatch) as seen, store.engine.begin() as conn:
            matcher.refresh_status(conn, claim_ids)
        link_reads = {
            sql: parameters
            for sql, parameters in seen.items()
            if "FROM matches" in sql and "JOIN claims" not in sql
        }
        # The links of both sides, read once for the claims (partners and dependence
        # come from the same rows), as a UNION ALL of the two link indexes.
        assert len(link_reads) >= 1, list(link_reads)
        assert all("UNION ALL" in sql for sql in link_reads), list(link_reads)
        plans = {" ".join(sql.split())[:160]: _plan(store, sql, p) for sql, p in link_reads.items()}
        on_matches = {
            sql: [line for line in plan if " matches " in f" {line} "]
            for sql, plan in plans.items()
        }
        not_covered = {
            sql: lines
            for sql, lines in on_matches.items()
            if not lines or not all("USING COVERING INDEX" in line for line in lines)
        }
        assert not_covered == {}
    finally:
        store.engine.dispose()


def test_status_refresh_sends_a_few_statements_whatever_the_claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One refresh of many claims (of several statuses) reads their links once, who is
    superseded once and their statuses once, and writes the statuses that move in one
    statement: the count does not grow with the claims or with how many statuses they
    take. The statuses written are those a claim-by-claim refresh writes."""
    store = Store(f"sqlite:///{tmp_path / 'count.sqlite3'}")
    try:
        for source, text in REPORTS:
            store.ingest(RawDocument(text=text, source=source))
        with store.connect() as conn:
            claim_ids = [int(i) for i in conn.exec_driver_sql("SELECT id FROM claims").scalars()]
            expected = {
                int(i): status
                for i, status in conn.exec_driver_sql("SELECT id, status FROM claims")
            }
        assert len(set(expected.values())) >= 2, "the claims hold several statuses"
        with store.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE claims SET status = 'unverified'")
        sent: list[str] = []

        def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
            if statement.lstrip().upper().startswith(("SELECT", "UPDATE")):
                sent.append(statement)

        event.listen(store.engine, "before_cursor_execute", count)
        try:
            with store.engine.begin() as conn:
                matcher.refresh_status(conn, claim_ids)
        finally:
            event.remove(store.engine, "before_cursor_execute", count)
        # links, superseded, current statuses, one write of the moved ones
        assert len(sent) <= 4, sent
        assert sum(sql.lstrip().upper().startswith("UPDATE") for sql in sent) == 1
        with store.connect() as conn:
            after = {
                int(i): status
                for i, status in conn.exec_driver_sql("SELECT id, status FROM claims")
            }
        assert after == expected
    finally:
        store.engine.dispose()
