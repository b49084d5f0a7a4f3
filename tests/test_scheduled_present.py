"""A scheduled event told in the present tense ("Prices rise on Wednesday", news English
for what is to come) is a plan, as "Prices will rise on Wednesday" is: its date is the
coming day, its frame is planned, and a past report of a figure is another event."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.analyze import analyze
from factcheck.match.frames import frame
from factcheck.match.relation import compare
from factcheck.normalize import scheduled_date

MONDAY = date(2026, 3, 9)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Tram fares rise on Wednesday.", "on Wednesday"),
        ("The new levy takes effect on Friday.", "on Friday"),
        ("Talks resume tomorrow.", "tomorrow"),
        ("The toll road opens next week.", "next week"),
        ("Rail fares rise this Friday, the operator said.", "this Friday"),
        # not scheduled: a past, a future form (a plan of its own), a state, today
        ("Tram fares rose on Wednesday.", ""),
        ("Tram fares will rise on Wednesday.", ""),
        ("Inflation stands at 3% this month.", ""),
        ("Tram fares rise today.", ""),
        ("Police arrested 12 people on Monday.", ""),
    ],
)
def test_scheduled_date(text: str, when: str) -> None:
    assert scheduled_date(text) == when


@pytest.mark.parametrize(
    "text",
    ["Tram fares rise on Wednesday.", "Tram fares will rise on Wednesday."],
)
def test_present_and_future_of_a_scheduled_event_read_alike(text: str) -> None:
    [claim] = analyze(text, published=MONDAY).claims
    assert claim.frame is not None and claim.frame.modality == "planned"
    assert [(d.start, d.end) for d in claim.dates] == [(date(2026, 3, 11), date(2026, 3, 11))]
    assert not claim.hedged


def test_a_past_tense_with_a_weekday_stays_a_report() -> None:
    assert frame("Tram fares rose on Wednesday.").modality == "asserted"


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # one plan in two tenses
        (
            "Tram fares rise 5% on Wednesday.",
            "Tram fares will rise 5% on Wednesday.",
            "corroborates",
        ),
        ("Tram fares rise 5% on Wednesday.", "Tram fares will rise 8% on Wednesday.", "conflicts"),
        # a plan and a past finding of the same figure are two events
        ("Tram fares rise 5% on Wednesday.", "Tram fares rose 5% last month.", "unrelated"),
        ("Rail fares rise 4% next week.", "Rail fares rose 4% in March.", "unrelated"),
    ],
)
def test_a_scheduled_present_is_compared_as_a_plan(a: str, b: str, relation: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == relation, result.reasons
    if relation == "unrelated":
        assert any(r.startswith("plan vs finding") for r in compare(a, b).reasons)


@pytest.mark.parametrize(
    "text",
    [
        # a clause told in the past: a later word read as a present ("near", "motion",
        # "bank") is no scheduled event
        "Police arrested 12 protesters near the Tarvik embassy on Friday.",
        "The court rejected the creditors' motion against Tolver Bank on Friday.",
        "Officials said police arrested 12 men near the port on Friday.",
    ],
)
def test_a_clause_told_in_the_past_is_no_schedule(text: str) -> None:
    assert scheduled_date(text) == ""


@pytest.mark.parametrize(
    "text",
    [
        "Officials said prices rise on Wednesday.",
        "The council announced that fares rise next week.",
    ],
)
def test_a_reporting_verb_in_the_past_leaves_the_reported_schedule(text: str) -> None:
    assert scheduled_date(text) != ""


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # a present tense dated to the day the other says it happened: one event
        ("Fuel prices fall 3% on Monday.", "Fuel prices fell 3% on Monday.", "corroborates"),
        (
            "Shares jump 10% on Tuesday after results.",
            "Shares jumped 10% on Tuesday after results.",
            "corroborates",
        ),
        ("Fuel prices fall 3% on Monday.", "Fuel prices fell 4% on Monday.", "conflicts"),
    ],
)
def test_a_schedule_of_the_very_day_a_finding_names_is_that_event(
    a: str, b: str, relation: str
) -> None:
    result = compare(a, b)
    assert result.relation == relation
    assert not any(p.name == "plan vs finding" for p in result.parts)
