"""A prepositional phrase after the measured noun, and a "by" of time (tester9e F5).

"Turnout in Sunday's referendum was 61%" measures turnout: a phrase that names one
occasion or place ("in Sunday's referendum", "at the city's port") modifies the head
noun and never becomes what is measured; a bare noun there still says which kind
("Spending on roads"). "Forty homes had been evacuated by Monday morning" says when,
not who: a "by" before a time is never the agent of a passive.
"""

from __future__ import annotations

import pytest

from factcheck.match.frames import frame
from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Turnout in Sunday's referendum was 61%.", ("turnout",)),
        ("Turnout in last year's mayoral race was 48%.", ("turnout",)),
        ("Attendance at Saturday's final was 41,000.", ("attendance",)),
        ("Delays at the city's port rose 12%.", ("postpone",)),
        ("Turnout in the by-election was 39%.", ("turnout",)),
        # a bare noun after the preposition names a kind: it stays part of the measure
        ("Investment in railways rose 5%.", ("investment", "railway")),
    ],
)
def test_a_phrase_after_the_measured_noun_is_no_measure(text: str, what: tuple[str, ...]) -> None:
    assert frame(text).measures[0].what == what


@pytest.mark.parametrize(
    "text",
    [
        "Forty homes had been evacuated by Monday morning.",
        "The coastal road was cleared by noon.",
        "The wreck was located by the end of the week.",
        "Twelve climbers were rescued by 4 p.m.",
        "Most ballots had been counted by the weekend.",
        "The levee was repaired by early Thursday.",
        "The rail line will be reopened by 2031.",
        "Nine patients were discharged by then.",
    ],
)
def test_a_by_of_time_is_no_agent(text: str) -> None:
    f = frame(text)
    assert f.voice == "passive"
    assert f.agent == ""


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("The dam was inspected by engineers on Tuesday.", "engineer"),
        ("The bill was passed by the Senate last week.", "senate"),
        ("Harlow was beaten by Velm by Sunday evening.", "velm"),
        ("The trophy was lifted by Ada Brook in May.", "ada brook"),
    ],
)
def test_a_by_of_a_doer_is_still_the_agent(text: str, agent: str) -> None:
    assert frame(text).agent == agent


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (
            "Turnout in Sunday's referendum was 61%.",
            "Turnout was 54% in Sunday's referendum.",
            "conflicts",
        ),
        (
            "Turnout in Sunday's referendum was 61%.",
            "Turnout was 61% in Sunday's referendum.",
            "corroborates",
        ),
        # another measure of the same occasion is another thing
        (
            "Turnout in Sunday's referendum was 61%.",
            "Support in Sunday's referendum was 54%.",
            "unrelated",
        ),
        (
            "Forty homes had been evacuated by Monday morning.",
            "Sixty homes had been evacuated by Monday morning.",
            "conflicts",
        ),
        (
            "Forty homes had been evacuated by Monday morning.",
            "Forty homes were evacuated.",
            "corroborates",
        ),
    ],
)
def test_relations_through_the_measure(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation, compare(a, b).reasons
    assert compare(b, a).relation == relation
