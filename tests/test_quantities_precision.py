"""A figure is as precise as the digits it stands for, whether written in digits or words.

"Three thousand" opening a sentence is how "3,000" is written there; "two and a half
million" is "2.5 million". Neither is a looser figure for being spelled out.
"""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare
from factcheck.normalize import find_quantities, written_precision


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("Three thousand jobs were cut.", "3,000 jobs were cut."),
        ("Seven thousand homes lost power.", "7,000 homes lost power."),
        ("Four hundred thousand people fled.", "400,000 people fled."),
        ("Two and a half million people live there.", "2.5 million people live there."),
        ("Three and a half thousand jobs were cut.", "3,500 jobs were cut."),
        ("Half a million tourists came.", "0.5 million tourists came."),
        ("Nine million barrels were shipped.", "9 million barrels were shipped."),
        ("Twelve lakh pilgrims arrived.", "12 lakh pilgrims arrived."),
        ("The tanker spilled 1 1/2 million litres.", "The tanker spilled 1.5 million litres."),
        ("Inflation hit 2 1/2 percent.", "Inflation hit 2.5 percent."),
        ("Officials counted 3 thousand ballots.", "Officials counted 3,000 ballots."),
    ],
)
def test_words_have_the_precision_of_the_same_figure_in_digits(words: str, digits: str) -> None:
    (spelled,) = find_quantities(words)
    (written,) = find_quantities(digits)
    assert spelled.value == pytest.approx(written.value)
    assert spelled.precision == pytest.approx(written.precision)


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Three thousand jobs were cut.", "3,400 jobs were cut.", "conflicts"),
        ("Three thousand jobs were cut.", "2,600 jobs were cut.", "conflicts"),
        ("Three thousand jobs were cut.", "3,000 jobs were cut.", "corroborates"),
        ("Forty thousand fans attended.", "44,000 fans attended.", "conflicts"),
        (
            "Two and a half million people live in the delta.",
            "Three million people live in the delta.",
            "conflicts",
        ),
        (
            "Two and a half million people live in the delta.",
            "Two million people live in the delta.",
            "conflicts",
        ),
        (
            "Two and a half million people live in the delta.",
            "2.5 million people live in the delta.",
            "corroborates",
        ),
        ("Three and a half thousand jobs were cut.", "Three thousand jobs were cut.", "conflicts"),
        ("Half a million tourists visited.", "600,000 tourists visited.", "conflicts"),
        ("Half a million tourists visited.", "500,000 tourists visited.", "corroborates"),
        ("One and a half million barrels were shipped.", "2 million barrels were shipped.",
         "conflicts"),
        # the scale "million" is kept in digits too: "nine million" is "9 million"
        ("Nine million barrels were shipped.", "9.3 million barrels were shipped.",
         "corroborates"),
        # a figure with a bound or an approximator keeps its slack
        ("About three thousand jobs were cut.", "3,200 jobs were cut.", "corroborates"),
    ],
)
def test_a_spelled_out_figure_is_compared_like_its_digits(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation
    assert compare(b, a).relation == relation


def test_written_precision_is_half_the_last_written_place() -> None:
    assert written_precision(2.5, 1_000_000, "million") == pytest.approx(50_000)
    assert written_precision(3, 1_000_000, "million") == pytest.approx(500_000)
    assert written_precision(2.25, 1_000_000, "million") == pytest.approx(5_000)
    assert written_precision(3, 1_000, "thousand") == pytest.approx(0.5)
    assert written_precision(3.5, 1_000, "thousand") == pytest.approx(0.5)
    assert written_precision(2.5, 1) == pytest.approx(0.05)
    # a third has no short decimal: the caller keeps the fraction's own grain
    assert written_precision(2 + 1 / 3, 1_000_000, "million") is None


def test_a_third_of_a_million_keeps_its_grain() -> None:
    (q,) = find_quantities("Two and a third million people voted.")
    assert q.value == pytest.approx(2_333_333.33, rel=1e-6)
    assert q.precision == pytest.approx(1_000_000 / 6)
