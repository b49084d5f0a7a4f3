"""A hedged date of an act ("may", "could", "might", "is expected to", "is likely to") is
compared like any other date: the same act on another day is a conflict, on the same day
an agreement; whether the pair is held for review is the hedge's business
(test_relation_hedges.py), not the date's (issue #10, item 5). Our own sentences."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("The Velm ferry may resume on April 9.", "The Velm ferry will resume on May 2.",
         "conflicts"),
        ("The Velm ferry could resume on April 9.", "The Velm ferry will resume on May 2.",
         "conflicts"),
        ("The Velm ferry might resume on April 9.", "The Velm ferry will resume on May 2.",
         "conflicts"),
        ("The Velm ferry is expected to resume on April 9.",
         "The Velm ferry will resume on May 2.", "conflicts"),
        ("The Velm ferry is likely to resume in April.", "The Velm ferry will resume in June.",
         "conflicts"),
        ("The Velm ferry may resume on April 9.",
         "The Velm ferry is expected to resume on May 2.", "conflicts"),
        # the same day: no dispute
        ("The Velm ferry may resume on April 9.", "The Velm ferry will resume on April 9.",
         "corroborates"),
        ("The Velm ferry is expected to resume on April 9.",
         "The Velm ferry will resume on April 9.", "corroborates"),
    ],
)
def test_a_hedged_date_is_compared_like_any_date(a: str, b: str, relation: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == relation, (x, y, result.reasons)
    if relation == "conflicts":
        assert any(r.startswith("dates differ") for r in compare(a, b).reasons)
