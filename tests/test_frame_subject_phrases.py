"""A phrase of place or time after the subject's head is no part of the subject (#9):
"An explosion at the Orrin Chemicals plant in Tarrow killed 9 people" is about the
explosion, "The fire in March 2025 destroyed 40 homes" about the fire."""

from __future__ import annotations

import pytest

from factcheck.match.frames import frame
from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("An explosion at the Orrin Chemicals plant in Tarrow killed 9 people.", "explosion"),
        ("A fire at the Kelby warehouse destroyed stock worth £2m.", "fire"),
        ("The fire in March 2025 destroyed 40 homes.", "fire"),
        ("The strike on Monday closed 30 schools.", "strike"),
        ("The flood in 2019 damaged 200 homes.", "flood"),
        # a place phrase without a name after an unnamed head stays as it was
        ("Fuel prices in Dalmark rose 4%.", "fuel price"),
        # a named subject keeps its name
        ("The Brenmoor council approved the budget.", "brenmoor council"),
    ],
)
def test_the_subject_is_the_head_before_a_place_or_time(text: str, subject: str) -> None:
    assert frame(text).subject == subject


def test_the_place_of_the_subject_stays_a_place() -> None:
    f = frame("An explosion at the Orrin Chemicals plant in Tarrow killed 9 people.")
    assert "tarrow" in f.place


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (
            "An explosion at the Orrin Chemicals plant killed 9 people.",
            "The blast killed 9 people.",
            "corroborates",
        ),
        (
            "An explosion at the Orrin Chemicals plant killed 9 people.",
            "The blast killed 14 people.",
            "conflicts",
        ),
    ],
)
def test_a_subject_told_with_its_place_meets_one_told_without(
    a: str, b: str, relation: str
) -> None:
    assert compare(a, b).relation == relation, compare(a, b).reasons
    assert compare(b, a).relation == relation
