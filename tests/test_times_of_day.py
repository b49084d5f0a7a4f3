"""A time of day ("at 3 a.m.", "at 14:30", "0300 GMT") says when, never how many: it is no
count, it never meets a count, and two reports of one event at different times differ
only as times (issue #10)."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare
from factcheck.normalize import CLOCK, HALF_DAY_MINUTES, find_quantities, times_of_day


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
    ("text", "written", "minutes"),
    [
        # the half of the day is unsaid: a time of day with two readings, h and h + 12
        ("The ferry sank at 3 o'clock.", "3 o'clock", 3 * 60),
        ("The fire started at half past three.", "half past three", 3 * 60 + 30),
        ("It began at a quarter to ten on Monday.", "a quarter to ten", 9 * 60 + 45),
        ("The vote closed at twenty minutes past six.", "twenty minutes past six", 380),
        ("The ferry sank at 10:30.", "10:30", 10 * 60 + 30),
        ("The ferry sank at 12:15.", "12:15", 15),
        # no word of time before it, and nothing saying it is anything else
        ("The night bus leaves 11:45 from the square.", "11:45", 11 * 60 + 45),
        ("On Monday 9:20 was the last departure.", "9:20", 9 * 60 + 20),
    ],
)
def test_a_time_without_its_half_of_the_day_has_two_readings(
    text: str, written: str, minutes: int
) -> None:
    [q] = find_quantities(text)
    assert (q.text, q.unit, q.value, q.modulo) == (written, CLOCK, minutes, HALF_DAY_MINUTES)
    assert [r.value for r in q.readings()] == [minutes, minutes + HALF_DAY_MINUTES]


@pytest.mark.parametrize(
    "text",
    [
        # a colon between numbers whose context makes it no time of day: a duration,
        # a score, a ratio, a chapter and verse
        "He ran the race in 2:05.",
        "She clocked 3:52:10 over the full course.",
        "The champion's time was 2:08:44 that day.",
        "Rovers beat Leeds 2:10 after extra time.",
        "It was a 3:15 win for the home side.",
        "The ward kept a ratio of nurses to patients of 1:50.",
        "The sermon quoted John 3:16 and nothing else.",
        "Read chapter 3:16 again.",
        "The procedure takes 1:30 hours.",
    ],
)
def test_a_colon_figure_whose_context_says_otherwise_is_no_time(text: str) -> None:
    assert find_quantities(text) == ()
    assert all(not q.unit for q in times_of_day(text))


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # two times of one act, half of the day unsaid: no reading of one fits the other
        ("The train leaves at 10:30.", "The train leaves at 11:30.", "conflicts"),
        ("The shop opens 9:15 on Monday.", "The shop opens 9:45 on Monday.", "conflicts"),
        ("The meeting began at 3 o'clock.", "The meeting began at 4 o'clock.", "conflicts"),
        ("The meeting began at half past three.", "The meeting began at 4 p.m.", "conflicts"),
        ("The train leaves at 10:30.", "The train leaves at 23:30.", "conflicts"),
        # one of the readings is the other's time: they agree
        ("The train leaves at 10:30.", "The train leaves at 10:30 am.", "corroborates"),
        ("The train leaves at 10:30.", "The train leaves at 10.30pm.", "corroborates"),
        ("The train leaves at 10:30.", "The train leaves at 22:30.", "corroborates"),
        ("The meeting began at 3 o'clock.", "The meeting began at 3 p.m.", "corroborates"),
        ("The meeting began at half past three.", "The meeting began at 15:30.", "corroborates"),
        # what is no time stays out of the comparison
        ("The pastor read John 3:16 on Sunday.", "The pastor read John 3:16 on Sunday.",
         "corroborates"),
    ],
)
def test_times_without_their_half_of_the_day_are_compared_by_both_readings(
    a: str, b: str, relation: str
) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == relation, result.reasons
    if relation == "conflicts":
        assert any(r.startswith("figures differ") for r in compare(a, b).reasons)


def test_about_a_time_is_half_an_hour_either_side_at_any_hour() -> None:
    [late] = find_quantities("The blast came at about 9 p.m.")
    [early] = find_quantities("The blast came at about 3 a.m.")
    assert late.bounds() == (21 * 60 - 30, 21 * 60 + 30)
    assert early.bounds() == (3 * 60 - 30, 3 * 60 + 30)
    [eleven] = find_quantities("The blast came at 11 p.m.")
    [ten] = find_quantities("The blast came at 9.20pm.")
    assert not late.compatible(eleven)
    assert late.compatible(ten)


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
