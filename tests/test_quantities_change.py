"""A change and the level it led to ("rose by 5% to 2 million", "rose from 12 to 40") are
two figures, never one range from the first to the second."""

from __future__ import annotations

import pytest

from factcheck.match.frames import frame
from factcheck.match.relation import compare
from factcheck.normalize import find_quantities


def _read(text: str) -> list[tuple[float, str, str]]:
    return [(round(q.value, 3), q.unit, q.approx) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # by X to Y: the size of the change, then the new level
        ("Exports grew by 8% to 3 million tonnes.", [(8.0, "%", "exact"), (3e9, "kg", "exact")]),
        ("The council cut its staff by 20% to 1,600.",
         [(20.0, "%", "exact"), (1600.0, "", "exact")]),
        ("The council cut its staff by a quarter to 1,600.",
         [(25.0, "%", "exact"), (1600.0, "", "exact")]),
        ("Bonds rose by $3 to $95.", [(3.0, "USD", "exact"), (95.0, "USD", "exact")]),
        ("The fleet shrank by 12 to 140 ships.", [(12.0, "", "exact"), (140.0, "", "exact")]),
        # from X to Y after a verb of change: the level before, the level after
        ("The toll climbed from 9 to 31.", [(9.0, "", "exact"), (31.0, "", "exact")]),
        ("Beds were increased from 200 to 350.", [(200.0, "", "exact"), (350.0, "", "exact")]),
        ("Fees went up from $4 to $6.", [(4.0, "USD", "exact"), (6.0, "USD", "exact")]),
        # the unit written once after the second level is the first's too
        ("Output fell from 90 to 70 tonnes.",
         [(90000.0, "kg", "exact"), (70000.0, "kg", "exact")]),
        ("Turnout rose from 12 to 40 percent.", [(12.0, "%", "exact"), (40.0, "%", "exact")]),
    ],
)
def test_a_change_and_its_level_are_two_figures(
    text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        # a range writes its unit once, after the second figure
        ("Fares rose by 10 to 15%.", 10.0, 15.0, "%"),
        ("Prices ranged from 12 to 40 dollars.", 12.0, 40.0, "USD"),
        ("Volunteers aged from 18 to 25 signed up.", 18.0, 25.0, ""),
        ("The dunes run from 2 to 5 km inland.", 2000.0, 5000.0, "m"),
        ("The ward holds 10 to 15 patients.", 10.0, 15.0, ""),
    ],
)
def test_a_range_stays_a_range(text: str, low: float, high: float, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.approx, q.value, q.high, q.unit) == ("range", low, high, unit)


def test_the_level_a_change_started_from_is_its_base() -> None:
    measures = frame("The toll climbed from 9 to 31.").measures
    assert [(m.quantity.value, m.base) for m in measures] == [(9.0, True), (31.0, False)]


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("The council cut its staff by a quarter to 1,600.",
         "The council cut its staff by a half.", "conflicts"),
        ("The council cut its staff by a quarter to 1,600.",
         "The council cut its staff to 900.", "conflicts"),
        ("The council cut its staff by a quarter to 1,600.",
         "The council cut its staff to 1,600.", "corroborates"),
        ("The council cut its staff by a quarter to 1,600.",
         "The council cut its staff by a quarter.", "corroborates"),
        ("Exports grew by 8% to 3 million tonnes.",
         "Exports grew by 11% to 3 million tonnes.", "conflicts"),
        ("The toll climbed from 9 to 31.", "The toll climbed to 31.", "corroborates"),
        ("The toll climbed from 9 to 31.", "The toll climbed to 25.", "conflicts"),
        # the earlier level is no value the claim states now
        ("The toll climbed from 9 to 31.", "The toll climbed to 9.", "conflicts"),
    ],
)
def test_a_change_and_its_level_are_compared_each_with_its_own(
    a: str, b: str, relation: str
) -> None:
    assert compare(a, b).relation == relation
    assert compare(b, a).relation == relation


# The size of a change and the level it led to are two measures of one series: "by 20"
# is never held against "to 20", whatever the numbers (tester10b F-N6a).
@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("The number of dead rose by 20 to 64.", "The number of dead rose to 64.", "corroborates"),
        ("The number of dead rose by 20 to 64.", "The number of dead rose to 20.", "conflicts"),
        ("The toll rose by 12 to 57 overnight.", "The toll rose to 57.", "corroborates"),
        ("Fares rose by 5%.", "Fares rose 7%.", "conflicts"),
    ],
)
def test_a_change_is_compared_with_a_change_and_a_level_with_a_level(
    a: str, b: str, relation: str
) -> None:
    assert compare(a, b).relation == relation
    assert compare(b, a).relation == relation


def test_a_change_and_a_level_of_one_figure_do_not_agree() -> None:
    result = compare("Fares rose by 5%.", "Fares rose to 5%.")
    assert result.relation != "corroborates"
    assert not any(r.startswith("numbers agree") for r in result.reasons)


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("The toll rose by 20 to 64.", ["change", "level"]),
        ("Shares fell 3% to $40.", ["change", "level"]),
        ("The firm cut 200 jobs.", ["change"]),
        ("Shares closed at $40.", [None]),
        ("64 people died.", [None]),
    ],
)
def test_change_role(text: str, roles: list[str | None]) -> None:
    from factcheck.normalize import change_role, find_quantities

    assert [change_role(text, q) for q in find_quantities(text)] == roles
