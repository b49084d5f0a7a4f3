"""Status refreshes at a realistic size: more superseded claims than SQLite's default
limit of bound parameters (32,766) would take four times over in one statement."""

from __future__ import annotations

from factcheck.match import matcher
from factcheck.store import Store
from tests.superseded_fixture import SQLITE_LIMIT, limit_parameters, superseded_store


def test_rematch_of_more_superseded_claims_than_one_statement_binds(store: Store) -> None:
    """``factcheck rematch`` refreshes every stored claim in one go; with 8,500 claims
    superseded by their own outlet the old refresh bound each of them four times in one
    statement (34,000 parameters, over SQLite's default limit)."""
    early, late = superseded_store(store, 8_500)
    limit_parameters(store, SQLITE_LIMIT)
    summary = store.rematch()
    assert summary["claims"] == 17_000
    with store.transaction() as conn:
        assert len(matcher.superseded(conn, early + late)) == 8_500
        got = matcher.statuses(conn, early + late)
    assert set(got.values()) == {"unverified"}
