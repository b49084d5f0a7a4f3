"""Each figure keeps its own time, and a plan is no rival date of an earlier event (#9):
"fell to 5.2% in October from 5.6% in September" holds its 5.2% against October only;
"will close in 2027" / "closed in 2024" are two occasions."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # the earlier figure is the other claim's month: no rival of the later one
        (
            "Joblessness fell to 6.1% in May from 6.4% in April.",
            "Joblessness was 6.4% in April.",
            "unrelated",
        ),
        (
            "Inflation rose to 3.3% in March from 2.9% in February.",
            "Inflation was 2.9% in February.",
            "unrelated",
        ),
        # the month of the later figure: compared as ever
        (
            "Joblessness fell to 6.1% in May from 6.4% in April.",
            "Joblessness was 6.3% in May.",
            "conflicts",
        ),
        (
            "Joblessness fell to 6.1% in May from 6.4% in April.",
            "Joblessness was 6.1% in May.",
            "corroborates",
        ),
    ],
)
def test_a_figure_of_another_month_is_no_rival(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation, compare(a, b).reasons
    assert compare(b, a).relation == relation


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("The Orme works will close in 2028.", "The Orme works closed in 2023.", "unrelated"),
        ("The depot is expected to reopen in 2029.", "The depot reopened in 2025.", "unrelated"),
        # two plans, or an event after the year planned: a date disputed
        ("The Orme works will close in 2028.", "The Orme works will close in 2027.", "conflicts"),
        ("The Orme works closed in 2026.", "The Orme works will close in 2024.", "conflicts"),
    ],
)
def test_a_plan_for_a_later_year_is_no_rival_of_an_earlier_event(
    a: str, b: str, relation: str
) -> None:
    assert compare(a, b).relation == relation, compare(a, b).reasons
    assert compare(b, a).relation == relation


def test_two_names_of_one_day_keep_the_figures_comparable() -> None:
    """ "on Tuesday … on the morning of June 2" names one day twice, not a second time
    of another figure: the counts still disagree."""
    a = (
        "Water filled the Orme valley on Tuesday after the dam failed on the morning of "
        "June 2, forcing about 900 people from their homes, officials said."
    )
    b = "More than 2,000 residents were evacuated after the dam failed late on Wednesday, June 3."
    result = compare(a, b)
    assert any(r.startswith("figures differ:") for r in result.reasons), result.reasons
    assert not any(r.startswith("numbers on different things") for r in result.reasons)
