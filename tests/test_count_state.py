"""An opener that says how far a count has got ("With 60 percent of ballots counted, …")
holds no figure of the claim, and the claim's figures after it are interim: a final
figure that differs is a conflict a person decides (tester9c fault 8)."""

from __future__ import annotations

import pytest

from factcheck.match.frames import count_state, frame
from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("text", "state", "subject", "figures"),
    [
        (
            "With 60 percent of ballots counted, Mira Holt led with 48 percent of the vote.",
            "With 60 percent of ballots counted",
            "Mira Holt",
            [48.0],
        ),
        (
            "With 80% of precincts reporting, Ada Brook had 52% of the vote.",
            "With 80% of precincts reporting",
            "Ada Brook",
            [52.0],
        ),
        (
            "With all but three wards declared, the Greens had won 14 seats.",
            "With all but three wards declared",
            "green",
            [14.0],
        ),
    ],
)
def test_a_count_under_way_is_no_figure_and_no_subject(
    text: str, state: str, subject: str, figures: list[float]
) -> None:
    assert count_state(text) == state
    f = frame(text)
    assert subject.lower() in f.subject.lower()
    assert [m.quantity.value for m in f.measures if not m.base] == figures


@pytest.mark.parametrize(
    "text",
    [
        "With 300 staff, the plant is the town's largest employer.",
        "Ada Brook won with 55% of the vote.",
    ],
)
def test_other_openers_are_no_count_state(text: str) -> None:
    assert count_state(text) == ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "With 60 percent of ballots counted, Mira Holt led with 48 percent of the vote.",
            "Mira Holt won with 51.3 percent of the vote, according to final results.",
        ),
        (
            "With 80% of precincts reporting, Ada Brook had 52% of the vote.",
            "Ada Brook won with 55% of the vote.",
        ),
    ],
)
def test_an_interim_figure_against_a_final_one_is_held(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "conflicts"
        assert result.needs_review
        # the share counted is not compared with the share of the vote
        assert not any(r.startswith("figures differ: 60") for r in result.reasons)
        assert not any(r.startswith("figures differ: 80") for r in result.reasons)
        assert any(r.startswith("interim count: With") for r in result.reasons)


def test_an_interim_figure_agrees_with_the_same_figure() -> None:
    result = compare(
        "With 80% of precincts reporting, Ada Brook had 52% of the vote.",
        "Ada Brook had 52% of the vote.",
    )
    assert result.relation == "corroborates"


@pytest.mark.parametrize(
    "text",
    [
        "With all ballots counted, Ruiz had 52 percent of the vote.",
        "With 100 percent of precincts reporting, Ruiz had 52 percent of the vote.",
        "With every precinct reporting, Ruiz had 52 percent of the vote.",
        "With the last ballots counted, Ruiz had 52 percent of the vote.",
    ],
)
def test_a_complete_count_is_no_count_under_way(text: str) -> None:
    """The whole count counted is final: its figures dispute another final figure,
    decided (reviewer F9)."""
    assert count_state(text) == ""
    result = compare(text, "Ruiz won 48 percent of the vote.")
    assert result.relation == "conflicts"
    assert not any(p.name == "interim count" for p in result.parts)
