"""``in_ids``: an id list of any length bound as one parameter, on both engines, and the
callers whose lists grow with the store or a session (issue #12: bounded work)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from factcheck import review
from factcheck.errors import InputError
from factcheck.match import matcher
from factcheck.sqlbounds import in_ids
from factcheck.store import Store
from tests.superseded_fixture import OLD_SQLITE_LIMIT, limit_parameters, superseded_store


def test_in_ids_selects_exactly_the_listed_ids_past_the_parameter_limit(store: Store) -> None:
    early, late = superseded_store(store, 700)
    limit_parameters(store, OLD_SQLITE_LIMIT)
    claims_t = matcher.claims_t
    # More ids than the limit, most of them unknown, one twice.
    wanted = [*early[::2], *late[:300], early[0], *range(10**9, 10**9 + 2_000)]
    with store.connect() as conn:
        got = set(
            conn.execute(sa.select(claims_t.c.id).where(in_ids(claims_t.c.id, wanted))).scalars()
        )
        rest = set(
            conn.execute(
                sa.select(claims_t.c.id).where(sa.not_(in_ids(claims_t.c.id, wanted)))
            ).scalars()
        )
        none = conn.execute(
            sa.select(sa.func.count()).select_from(claims_t).where(in_ids(claims_t.c.id, []))
        ).scalar_one()
        flagged = conn.execute(
            sa.select(sa.func.sum(sa.case((in_ids(claims_t.c.id, late), 1), else_=0)))
        ).scalar_one()
    assert got == set(early[::2]) | set(late[:300])
    assert rest == (set(early) | set(late)) - got
    assert none == 0
    assert flagged == len(late)


def test_a_review_session_may_skip_more_claims_than_one_statement_binds(store: Store) -> None:
    early, late = superseded_store(store, 700)
    limit_parameters(store, OLD_SQLITE_LIMIT)
    everything = set(early) | set(late)
    waiting = review.queue_size(store)
    assert waiting > OLD_SQLITE_LIMIT
    skipped = set(sorted(everything)[: OLD_SQLITE_LIMIT + 100])
    assert review.queue_size(store, exclude=skipped) == waiting - len(skipped & everything)
    left = {item.claim_id for item in review.queue(store, exclude=skipped)}
    assert not left & skipped
    item = review.next_item(store, exclude=skipped)
    assert item is not None and item["claim"]["id"] not in skipped
    assert item["left"] == waiting - len(skipped)
    listed = store.claims(ids=sorted(everything))
    assert {c["id"] for c in listed} == everything


def test_an_id_beyond_64_bits_is_refused_as_a_bound_one_would_be(store: Store) -> None:
    early, _late = superseded_store(store, 2)
    with pytest.raises(InputError, match="64-bit"):
        store.claims(ids=[early[0], 2**70])
    with pytest.raises(InputError, match="64-bit"):
        store.claims(ids=[-(2**64)])
    assert [c["id"] for c in store.claims(ids=[early[0], 2**63 - 1])] == [early[0]]


@pytest.mark.parametrize("bad", [3.7, 3.0, "12", True, None])
def test_in_ids_refuses_what_is_not_an_integer_rather_than_converting_it(bad: object) -> None:
    column = sa.column("id", sa.Integer)
    with pytest.raises(ValueError, match="an id must be an integer"):
        in_ids(column, [1, bad])  # type: ignore[list-item]


def test_in_ids_takes_integer_types_as_ints() -> None:
    class Index:
        def __index__(self) -> int:
            return 7

    statement = sa.select(sa.column("id")).where(in_ids(sa.column("id", sa.Integer), [Index(), 2]))
    assert "[2, 7]" in str(statement.compile(compile_kwargs={"literal_binds": True}))
