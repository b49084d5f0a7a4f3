"""Bounds and vague small counts: "as many as 40" is a ceiling like "up to 40"; "a few"
is a small count like "a handful of" (2..5, as "a few hundred" is 200..500)."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare
from factcheck.normalize import find_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("As many as 60 trucks were stuck.", 60.0, ""),
        ("Officials said as many as 300 homes flooded.", 300.0, ""),
        ("As much as 4% of the crop was lost.", 4.0, "%"),
    ],
)
def test_as_many_as_is_a_ceiling(text: str, value: float, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.approx) == (value, unit, "at_most")


@pytest.mark.parametrize(
    "text",
    ["Twice as many as 60 trucks were expected.", "Three times as much as $2m was spent."],
)
def test_a_multiple_is_no_ceiling(text: str) -> None:
    assert all(q.approx == "exact" for q in find_quantities(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A few councillors walked out.", "A few"),
        ("Only a few of the staff stayed.", "a few"),
    ],
)
def test_a_few_is_a_small_count(text: str, span: str) -> None:
    (q,) = find_quantities(text)
    assert (q.text, q.approx, q.value, q.high) == (span, "range", 2.0, 5.0)


@pytest.mark.parametrize(
    "text",
    [
        "Quite a few councillors walked out.",  # many, not a few
        "A few more councillors walked out.",  # a comparison
        "The bridge reopened a few days ago.",  # a date said loosely
        "The fire burned for a few hours.",  # a span of time
    ],
)
def test_a_few_that_counts_nothing(text: str) -> None:
    assert find_quantities(text) == ()


def test_a_few_dozen_keeps_its_own_range() -> None:
    (q,) = find_quantities("A few dozen protesters gathered.")
    assert (q.value, q.high) == (24.0, 60.0)


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("As many as 60 trucks were stuck.", "Fifteen trucks were stuck.", "corroborates"),
        ("As many as 60 trucks were stuck.", "Up to 60 trucks were stuck.", "corroborates"),
        ("As many as 60 trucks were stuck.", "Ninety trucks were stuck.", "conflicts"),
        ("A few councillors walked out.", "Three councillors walked out.", "corroborates"),
        ("A few councillors walked out.", "A handful of councillors walked out.",
         "corroborates"),
        # a small count against a figure far outside it, as "a handful of" is
        ("A few councillors walked out.", "Thirty councillors walked out.", "conflicts"),
    ],
)
def test_bounds_and_small_counts_against_exact_figures(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation
    assert compare(b, a).relation == relation
