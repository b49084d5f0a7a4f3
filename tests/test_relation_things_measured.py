"""Opposite verbs and figures about different things of one subject are no conflict
(#9): "cut 500 jobs" / "shares rose 4%" act on two things; "revenue" and "profit" of one
company, and "households" and "people" evacuated, are two measures."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (
            "Varrick Steel cut 400 jobs at its Orme works on Monday.",
            "Varrick Steel shares rose 3% on Monday.",
            "different object",
        ),
        (
            "Dunmore Foods raised prices by 5% on Friday.",
            "Dunmore Foods profits fell on Friday.",
            "different object",
        ),
        (
            "The firm's revenue rose 9% last year.",
            "The firm's profit rose 25% last year.",
            "different measure",
        ),
        (
            "The council's budget grew 4% this year.",
            "The council's debt grew 11% this year.",
            "different measure",
        ),
        (
            "About 250 households were evacuated from Lessby.",
            "About 900 people were evacuated from Lessby.",
            "different measure",
        ),
        (
            "Floods forced 60 families from Arnton.",
            "Floods forced 210 people from Arnton.",
            "different measure",
        ),
    ],
)
def test_different_things_of_one_subject_are_unrelated(a: str, b: str, reason: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "unrelated", result.reasons
        assert any(r.startswith(reason) for r in result.reasons), result.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one thing acted on both ways: a conflict
        ("Varrick Steel cut 400 jobs on Monday.", "Varrick Steel added 400 jobs on Monday."),
        ("400 jobs were cut at Varrick Steel on Monday.", "Varrick Steel added 400 jobs."),
        ("Varrick Steel shares rose 3% on Monday.", "Varrick Steel shares fell 3% on Monday."),
        # one subject, the object of one verb no second thing
        ("The ferry captain survived the storm.", "The ferry captain was killed in the storm."),
        # a synonym of the head is one measure
        ("The firm's revenue rose 9% last year.", "The firm's sales rose 12% last year."),
        # people under two words of people are one count
        ("About 250 residents were evacuated.", "About 900 people were evacuated."),
    ],
)
def test_one_thing_told_two_ways_still_conflicts(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert compare(x, y).relation == "conflicts", compare(x, y).reasons
