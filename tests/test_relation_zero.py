"""A zero against a count of one outcome is a conflict, however short the claims and
however the zero is said: a negated subject ("Nobody was hurt"), a negated existential
("There were no injuries") or a report so far ("No deaths have been reported")."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("zero", "count", "detail"),
    [
        ("Nobody was hurt.", "Three people were hurt.", "none hurt vs Three people hurt"),
        ("No one was injured.", "Six people were injured.", "none injured vs Six people injured"),
        ("There were no injuries.", "Five people were injured.", "no injuries vs Five people"),
        ("There have been no deaths.", "One resident has died.", "no deaths vs One resident"),
        ("No deaths have been reported.", "One man has died.", "no deaths reported vs"),
    ],
)
def test_a_zero_conflicts_with_a_count_of_its_outcome(zero: str, count: str, detail: str) -> None:
    for a, b in ((zero, count), (count, zero)):
        result = compare(a, b)
        assert result.relation == "conflicts", result.reasons
    shown = compare(zero, count).reasons
    assert any(r.startswith(f"figures differ: {detail}") for r in shown), shown


@pytest.mark.parametrize(
    ("zero", "count"),
    [
        ("Nobody was hurt.", "Three people were killed."),
        ("There were no injuries.", "Two people were arrested."),
        ("No deaths have been reported.", "Two people were hurt."),
    ],
)
def test_a_zero_of_another_outcome_is_no_conflict(zero: str, count: str) -> None:
    assert compare(zero, count).relation == "unrelated"
