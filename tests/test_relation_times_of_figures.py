"""Each figure keeps its own time, and a plan is no rival date of an earlier event (#9):
"fell to 5.2% in October from 5.6% in September" holds its 5.2% against October only
(and its 5.6% against September);
"will close in 2027" / "closed in 2024" are two occasions."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # the earlier figure is the other claim's month: no rival of the later one, but
        # the claim's word on that month (issue #10, reviewer item 3)
        (
            "Joblessness fell to 6.1% in May from 6.4% in April.",
            "Joblessness was 6.4% in April.",
            "corroborates",
        ),
        (
            "Inflation rose to 3.3% in March from 2.9% in February.",
            "Inflation was 2.9% in February.",
            "corroborates",
        ),
        (
            "Inflation rose to 3.3% in March from 2.9% in February.",
            "Inflation was 3.1% in February.",
            "conflicts",
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


@pytest.mark.parametrize(
    ("text", "part", "year"),
    [
        ("Orders rose 4% in the first quarter.", "first quarter", None),
        ("Orders rose 7% in Q2 2025.", "second quarter", 2025),
        ("Orders fell in the fourth quarter of 2024.", "fourth quarter", 2024),
        ("Orders fell in the final quarter.", "fourth quarter", None),
    ],
)
def test_quarters_are_times(text: str, part: str, year: int | None) -> None:
    from factcheck.match.frames import frame

    (slot,) = frame(text).time
    assert (slot.part, slot.year) == (part, year)


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (
            "Orders rose 4% in the first quarter.",
            "Orders rose 7% in the second quarter.",
            "unrelated",
        ),
        (
            "Orders rose 4% in the first quarter.",
            "Orders rose 7% in the first quarter.",
            "conflicts",
        ),
        (
            "Orders rose 4% in Q3 2025.",
            "Orders rose 4% in the third quarter of 2025.",
            "corroborates",
        ),
    ],
)
def test_figures_of_two_quarters(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation, compare(a, b).reasons
    assert compare(b, a).relation == relation
