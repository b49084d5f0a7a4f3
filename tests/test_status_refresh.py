"""Which claims a status refresh recomputes: the claims named, the partners of those
whose superseded state may move, and what the caller read before its change — not the
neighbours of neighbours (issue #14: status recomputed only where links changed)."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from factcheck.match import matcher
from factcheck.read import RawDocument
from factcheck.store import Store
from tests.superseded_fixture import EARLY, superseded_store

#: A status no claim here can have: what a refresh did not touch keeps it.
UNTOUCHED = "not refreshed"


def _chain(store: Store) -> dict[str, int]:
    """``early`` superseded by ``late`` (same outlet), ``late`` matched with ``other``
    (an independent outlet), whose own update ``other_late`` depends on it."""
    early, late = superseded_store(store, 1)
    doc = store.ingest(
        RawDocument(text=EARLY, source="Harbour Post", title="Ferry", published=date(2026, 3, 1))
    ).id
    claims_t, m = matcher.claims_t, matcher.matches_t
    with store.transaction() as conn:
        other = conn.execute(
            sa.select(claims_t.c.id).where(claims_t.c.document_id == doc)
        ).scalar_one()
        row = dict(conn.execute(sa.select(claims_t).where(claims_t.c.id == other)).mappings().one())
        row.pop("id")
        conn.execute(sa.insert(claims_t).values(**row | {"position": row["position"] + 1}))
        other_late = conn.execute(
            sa.select(sa.func.max(claims_t.c.id)).where(claims_t.c.document_id == doc)
        ).scalar_one()
        mine = sa.or_(m.c.claim_id.in_([other, other_late]), m.c.other_claim_id.in_([other]))
        conn.execute(sa.delete(m).where(mine))
        now = matcher._now()
        conn.execute(
            sa.insert(m),
            [
                {
                    "claim_id": late[0],
                    "other_claim_id": other,
                    "relation": "conflicts",
                    "score": 0.9,
                    "independent": True,
                    "created_at": now,
                },
                {
                    "claim_id": other,
                    "other_claim_id": other_late,
                    "relation": "corroborates",
                    "score": 0.9,
                    "independent": False,
                    "created_at": now,
                },
            ],
        )
        conn.execute(sa.update(claims_t).values(status=UNTOUCHED))
    return {"early": early[0], "late": late[0], "other": other, "other_late": other_late}


def _refreshed(store: Store, ids: list[int], also: list[int]) -> set[int]:
    with store.transaction() as conn:
        conn.execute(sa.update(matcher.claims_t).values(status=UNTOUCHED))
        matcher.refresh_status(conn, ids, also=also)
        got = {
            int(cid)
            for cid, status in conn.execute(
                sa.select(matcher.claims_t.c.id, matcher.claims_t.c.status)
            )
            if status != UNTOUCHED
        }
    return got


def test_the_named_claims_are_widened_to_their_neighbours_once(store: Store) -> None:
    c = _chain(store)
    # ``early`` has a match with its own outlet: its partner ``late`` reads its state.
    # ``late`` depends on ``early`` too, but its partner ``other`` is a neighbour of a
    # neighbour: its links did not change, so it is not recomputed.
    assert _refreshed(store, [c["early"]], []) == {c["early"], c["late"]}
    # ``other`` has a match with its own outlet's ``other_late``: every partner of it
    # reads its state, ``late`` included.
    assert _refreshed(store, [c["other"]], []) == {c["late"], c["other"], c["other_late"]}


def test_what_the_caller_read_before_is_refreshed_as_it_is(store: Store) -> None:
    c = _chain(store)
    assert _refreshed(store, [], [c["late"]]) == {c["late"]}
    assert _refreshed(store, [c["early"]], [c["other"]]) == {c["early"], c["late"], c["other"]}


def test_a_refresh_computes_the_statuses_a_full_recompute_gives(store: Store) -> None:
    c = _chain(store)
    with store.transaction() as conn:
        matcher.refresh_status(conn, list(c.values()))
        full = matcher.statuses(conn, c.values())
    # The radio's 120 is superseded: its conflict with the post's 120 … is its own
    # update's; the post's 120 conflicts with the radio's current 150, independently.
    assert full[c["late"]] == full[c["other"]] == "disputed"
    assert full[c["early"]] == "unverified"
    with store.transaction() as conn:
        conn.execute(sa.update(matcher.claims_t).values(status=UNTOUCHED))
        matcher.refresh_status(conn, [c["late"]], also=matcher.status_neighbours(conn, [c["late"]]))
        assert matcher.statuses(conn, [c["late"], c["other"]]) == {
            c["late"]: full[c["late"]],
            c["other"]: full[c["other"]],
        }
