"""Status refreshes stay within every backend's bound-parameter limit, however many
claims are superseded (issue #12: bounded work)."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa

from factcheck.match import matcher
from factcheck.read import RawDocument
from factcheck.store import Store
from tests.superseded_fixture import (
    EARLY,
    OLD_SQLITE_LIMIT,
    limit_parameters,
    superseded_store,
)


def test_refreshing_many_superseded_claims_binds_a_bounded_number_of_parameters(
    store: Store,
) -> None:
    early, late = superseded_store(store, 600)
    limit_parameters(store, OLD_SQLITE_LIMIT)
    with store.transaction() as conn:
        assert len(matcher.superseded(conn, early + late)) == len(early)
        # Make every status wrong, so only a real recompute puts them back.
        conn.execute(sa.update(matcher.claims_t).values(status="disputed"))
        matcher.refresh_status(conn, early + late)
        got = matcher.statuses(conn, early + late)
    # A same-outlet update disputes nothing and corroborates nothing.
    assert set(got.values()) == {"unverified"}
    assert len(got) == 1200


def test_a_superseded_link_still_reads_superseded_after_the_change(store: Store) -> None:
    """The flag moved from SQL to Python: a conflict with an independent outlet counts
    for neither side exactly when one of the two is superseded, as before."""
    early, late = superseded_store(store, 3)
    other = store.ingest(
        RawDocument(text=EARLY, source="Harbour Post", title="Ferry", published=date(2026, 3, 1))
    ).id
    with store.transaction() as conn:
        mine = list(
            conn.execute(
                sa.select(matcher.claims_t.c.id).where(matcher.claims_t.c.document_id == other)
            ).scalars()
        )
        m = matcher.matches_t
        mine_q = sa.or_(m.c.claim_id.in_(mine), m.c.other_claim_id.in_(mine))
        conn.execute(sa.delete(m).where(mine_q))
        now = matcher._now()
        rows = [
            # The independent outlet's 120 agrees with the radio's superseded 120 ...
            (early[0], mine[0], "corroborates"),
            # ... and conflicts with the radio's current 150.
            (late[1], mine[0], "conflicts"),
        ]
        conn.execute(
            sa.insert(matcher.matches_t),
            [
                {
                    "claim_id": min(a, b),
                    "other_claim_id": max(a, b),
                    "relation": relation,
                    "score": 0.9,
                    "independent": True,
                    "created_at": now,
                }
                for a, b, relation in rows
            ],
        )
        matcher.refresh_status(conn, early + late + mine)
        got = matcher.statuses(conn, early + late + mine)
    assert got[early[0]] == "unverified"  # superseded: its agreement counts for no one
    assert got[late[1]] == "disputed"
    assert got[mine[0]] == "disputed"
    assert got[late[0]] == got[early[1]] == "unverified"


def test_rematch_of_many_superseded_claims_fits_the_limit(store: Store) -> None:
    """``factcheck rematch`` refreshes every claim at once: the widest refresh there is."""
    early, _late = superseded_store(store, 600)
    limit_parameters(store, OLD_SQLITE_LIMIT)
    summary = store.rematch()
    assert summary["claims"] == 1200
    assert store.claim(early[0])["status"] == "unverified"
