"""Stores holding many superseded claims, written row by row in seconds, and a lowered
SQLite bound-parameter limit: what the status-bounds tests and their stress twin share."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

import sqlalchemy as sa

from factcheck.match import matcher
from factcheck.read import RawDocument
from factcheck.store import Store

#: The SQLite default before 3.32 and still what some builds ship: the smallest limit
#: the package must live within (sqlite.org/limits.html).
OLD_SQLITE_LIMIT = 999
#: The SQLite default since 3.32 (some distributions build with more).
SQLITE_LIMIT = 32_766

EARLY = "The Vellmar ferry carried 120 passengers on Sunday, the harbour office said."
LATE = "The Vellmar ferry carried 150 passengers on Sunday, the harbour office said."


def superseded_store(store: Store, count: int) -> tuple[list[int], list[int]]:
    """``count`` claims of one outlet, each updated (a conflict a day later) by its own
    claim of the same outlet: ``count`` superseded claims.

    Rows are written directly (a copy of one ingested claim per pair), so a test can
    hold thousands of superseded claims in seconds. Returns (earlier ids, later ids).
    """
    early = store.ingest(
        RawDocument(text=EARLY, source="Vellmar Radio", title="Ferry", published=date(2026, 3, 1))
    ).id
    late = store.ingest(
        RawDocument(text=LATE, source="Vellmar Radio", title="Ferry", published=date(2026, 3, 2))
    ).id
    claims_t, matches_t = matcher.claims_t, matcher.matches_t
    with store.transaction() as conn:
        conn.execute(sa.delete(matches_t))
        templates = {
            doc: conn.execute(sa.select(claims_t).where(claims_t.c.document_id == doc))
            .mappings()
            .first()
            for doc in (early, late)
        }
        made: dict[int, list[int]] = {}
        for doc, row in templates.items():
            assert row is not None
            values: dict[str, Any] = {k: v for k, v in row.items() if k != "id"}
            if count > 1:
                conn.execute(
                    sa.insert(claims_t),
                    [values | {"position": 1000 + n} for n in range(count - 1)],
                )
            made[doc] = list(
                conn.execute(
                    sa.select(claims_t.c.id)
                    .where(claims_t.c.document_id == doc)
                    .order_by(claims_t.c.id)
                ).scalars()
            )
        now = matcher._now()
        conn.execute(
            sa.insert(matches_t),
            [
                {
                    "claim_id": a,
                    "other_claim_id": b,
                    "relation": "conflicts",
                    "score": 0.9,
                    "needs_review": False,
                    "independent": False,
                    "created_at": now,
                }
                for a, b in zip(made[early], made[late], strict=True)
            ],
        )
    return made[early], made[late]


def limit_parameters(store: Store, limit: int) -> None:
    """Lower SQLite's bound-parameter limit on every connection the store opens from now
    on (PostgreSQL's own limit stays)."""

    def lower(raw: Any, _record: Any) -> None:
        if isinstance(raw, sqlite3.Connection):
            raw.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)

    sa.event.listen(store.engine, "connect", lower)
    store.engine.dispose()
