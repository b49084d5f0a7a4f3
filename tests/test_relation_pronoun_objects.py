"""A pronoun object does not switch off the different-time test: opposite acts told of
one thing, named on one side and a pronoun on the other, in two years are two occasions;
in one year they conflict (tester9 fault 3). Our own sentences."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The council approved the plan in 2018.", "The council rejected it in 2022."),
        ("Ada Brook won the seat in 2018.", "Ada Brook lost it in 2022."),
        ("The board approved the merger in March 2024.", "The board rejected it in May 2024."),
        ("Halden Bank raised its rate in 2021.", "Halden Bank lowered it in 2023."),
    ],
)
def test_opposite_acts_in_two_years_are_two_occasions(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "unrelated", (x, y, result.reasons)
        assert any(r.startswith("different time") for r in result.reasons), result.reasons


def test_opposite_acts_in_one_year_still_conflict() -> None:
    result = compare("The council approved the plan in 2018.", "The council rejected it in 2018.")
    assert result.relation == "conflicts", result.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ada Brook won the Grennock seat in 2018.", "Colm Rees won the Grennock seat in 2022."),
        ("Halden United won the cup in 2015.", "Halden United won the cup in 2016."),
        ("Varnby hosted the games in 2014.", "Orlin hosted the games in 2018."),
    ],
)
def test_an_exclusive_role_in_two_years_is_two_occasions(a: str, b: str) -> None:
    # elections and finals recur: another year is another occasion (tester9 fault 3b)
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "unrelated", (x, y, result.reasons)
        assert any(r.startswith("different time") for r in result.reasons), result.reasons


def test_rival_holders_in_one_year_still_conflict() -> None:
    a, b = "Ada Brook won the Grennock seat in 2018.", "Colm Rees won the Grennock seat in 2018."
    assert compare(a, b).relation == "conflicts"
