"""A "since YEAR" start is a time of the claim: two different starts of one thing never
agree. Without figures they disagree (one start told two ways); figures counted from two
starts are figures of two periods, unrelated whatever their values (#9). Our own
sentences."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Prices have risen since 2019.", "Prices have risen since 2021."),
        (
            "Kai Lund has led the Orlin council since 2015.",
            "Kai Lund has led the Orlin council since 2018.",
        ),
        (
            "House prices in Varnby have doubled since 2010.",
            "House prices in Varnby have doubled since 2012.",
        ),
        (
            "Food prices have climbed every year since 2019.",
            "Food prices have climbed every year since 2021.",
        ),
    ],
)
def test_two_starts_of_one_thing_disagree(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "conflicts", (x, y, result.reasons)
        assert any(r.startswith("dates differ") for r in result.reasons), result.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Rents have risen 40% since 2019.", "Rents have risen 40% since 2021."),
        ("Rents have risen 40% since 2019.", "Rents have risen 25% since 2021."),
        (
            "The Pell group has cut 900 jobs since 2022.",
            "The Pell group has cut 900 jobs since 2024.",
        ),
    ],
)
def test_figures_from_two_starts_are_two_periods(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "unrelated", (x, y, result.reasons)
        assert any(r.startswith("different periods") for r in result.reasons), result.reasons


def test_one_start_and_a_date_inside_its_span_are_compared_as_before() -> None:
    assert compare("Prices have risen since 2019.", "Prices have risen since 2019.").relation == (
        "corroborates"
    )
    assert (
        compare("Prices have risen since 2019.", "Prices rose in 2022.").relation == "corroborates"
    )
    assert compare(
        "Rents have risen 40% since 2019.", "Rents have risen 25% since 2019."
    ).relation == ("conflicts")
