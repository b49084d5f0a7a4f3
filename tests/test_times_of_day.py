"""A time of day ("at 3 a.m.", "at 14:30", "0300 GMT") says when, never how many: it is no
count, it never meets a count, and two reports of one event at different times differ
only as times (issue #10)."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare
from factcheck.normalize import CLOCK, find_quantities, times_of_day


@pytest.mark.parametrize(
    ("text", "written", "minutes", "approx"),
    [
        ("The ferry sank at 3 a.m. on Tuesday.", "3 a.m.", 3 * 60, "exact"),
        ("The ferry sank at 3am.", "3am", 3 * 60, "exact"),
        ("The ferry sank at 3 P.M.", "3 P.M.", 15 * 60, "exact"),
        ("The fire started at 11.30pm on Friday.", "11.30pm", 23 * 60 + 30, "exact"),
        ("The fire started at 2:15 p.m. local time.", "2:15 p.m.", 14 * 60 + 15, "exact"),
        ("The blast came at 12 a.m.", "12 a.m.", 0, "exact"),
        ("The blast came at 12 p.m.", "12 p.m.", 12 * 60, "exact"),
        ("The ferry sank at 14:30.", "14:30", 14 * 60 + 30, "exact"),
        ("The ferry sank at 09:05.", "09:05", 9 * 60 + 5, "exact"),
        ("The ferry sank at 0300 GMT.", "0300 GMT", 3 * 60, "exact"),
        ("The quake struck at 2140 local time.", "2140 local time", 21 * 60 + 40, "exact"),
        (
            "It sank at three o'clock in the afternoon.",
            "three o'clock in the afternoon",
            900,
            "exact",
        ),
        ("Rescuers arrived by 9pm.", "9pm", 21 * 60, "at_most"),
        ("The ferry sank at about 3 a.m.", "3 a.m.", 3 * 60, "about"),
        ("The road reopened shortly after 6 a.m.", "6 a.m.", 6 * 60, "about"),
        ("The road stayed shut until 6 p.m.", "6 p.m.", 18 * 60, "at_most"),
        ("Shots were heard after 10pm.", "10pm", 22 * 60, "more_than"),
    ],
)
def test_a_time_of_day_is_a_figure_of_its_own_unit(
    text: str, written: str, minutes: int, approx: str
) -> None:
    [q] = [q for q in find_quantities(text) if q.unit == CLOCK]
    assert (q.text, q.value, q.approx) == (written, minutes, approx)
    # no count is read in it
    assert [q for q in find_quantities(text) if q.unit != CLOCK] == []


@pytest.mark.parametrize(
    "text",
    [
        # the half of the day is unsaid: neither a count nor a time to compare
        "The ferry sank at 3 o'clock.",
        "The fire started at half past three.",
        "It began at a quarter to ten on Monday.",
        "The ferry sank at 10:30.",
        # a colon between numbers with no word of time is no time: a score, a duration
        "He ran the race in 2:05.",
    ],
)
def test_a_time_without_its_half_of_the_day_is_no_figure(text: str) -> None:
    assert find_quantities(text) == ()
    assert all(not q.unit for q in times_of_day(text)) or "2:05" in text


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # figures near a time stay figures
        ("The council cut its staff by a quarter to 1,600.", [25.0, 1600.0]),
        ("Three people died at 3 a.m.", [3.0, 180.0]),
        ("Prices rose 3% a month.", [3.0]),
    ],
)
def test_times_leave_the_figures_around_them(text: str, values: list[float]) -> None:
    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # one event, two times: they differ as times
        (
            "The ferry sank at 3 a.m. on Tuesday.",
            "The ferry sank at 5 a.m. on Tuesday.",
            "conflicts",
        ),
        ("The ferry sank at 3 a.m.", "The ferry sank at 3 p.m.", "conflicts"),
        ("The ferry sank at 14:30.", "The ferry sank at 16:00.", "conflicts"),
        ("The ferry sank at 0300 GMT.", "The ferry sank at 3 a.m.", "corroborates"),
        ("The ferry sank at 3 a.m.", "The ferry sank at 03:00.", "corroborates"),
        # "by 3 p.m." allows 1 p.m., not 5 p.m.
        (
            "Rescuers reached the ferry by 3 p.m.",
            "Rescuers reached the ferry at 1 p.m.",
            "corroborates",
        ),
        (
            "Rescuers reached the ferry by 3 p.m.",
            "Rescuers reached the ferry at 5 p.m.",
            "conflicts",
        ),
    ],
)
def test_two_times_of_one_event_are_compared_as_times(a: str, b: str, relation: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert compare(x, y).relation == relation, compare(x, y).reasons


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # a time never meets a count: 3 a.m. is no "three"
        (
            "Three people died when the ferry sank at 3 a.m.",
            "Three people died when the ferry sank.",
            "corroborates",
        ),
        (
            "Five people died when the ferry sank at 3 a.m.",
            "Three people died when the ferry sank.",
            "conflicts",
        ),
        ("Police arrested 12 people at 3 a.m.", "Police arrested 3 people.", "conflicts"),
    ],
)
def test_a_time_is_never_compared_with_a_count(a: str, b: str, relation: str) -> None:
    result = compare(a, b)
    assert result.relation == relation, result.reasons
    if relation == "conflicts":
        assert not any("a.m." in r for r in result.reasons if r.startswith("figures differ"))
