"""Exclusive outcomes of one scheduled event are opposites (#9): called off or put off
against went ahead, took place, sailed or departed conflict when subject and day align;
on two different days they are two occasions, each of which may be true."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Tuesday ferry to Orrin was cancelled.", "The Tuesday ferry to Orrin sailed."),
        ("The evening ferry was cancelled on Monday.", "The evening ferry sailed on Monday."),
        ("The charity gala was called off on Friday.", "The charity gala took place on Friday."),
        ("The 9am flight was postponed on Sunday.", "The 9am flight departed on Sunday."),
        ("The cup final was scrapped on Saturday.", "The cup final went ahead on Saturday."),
    ],
)
def test_exclusive_outcomes_on_one_day_conflict(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "conflicts", result.reasons
        assert any(r.startswith("opposite verbs") for r in result.reasons)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The evening ferry was cancelled on Monday.", "The evening ferry sailed on Tuesday."),
        ("The charity gala was called off on Friday.", "The charity gala took place on Saturday."),
        ("The library was closed on Sunday.", "The library was open on Monday."),
    ],
)
def test_opposites_on_two_days_are_two_occasions(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "unrelated", result.reasons
        assert any(r.startswith("different time") for r in result.reasons)


def test_one_outcome_in_two_words_agrees() -> None:
    result = compare(
        "The charity gala went ahead on Friday.", "The charity gala took place on Friday."
    )
    assert result.relation == "corroborates", result.reasons
