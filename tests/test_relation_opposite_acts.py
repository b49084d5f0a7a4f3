"""Opposite acts on one object and figure conflict, whichever verb of each side the
claims use (the ``[[sides]]`` of match_antonyms.toml, keyed on lemmas and phrases):
"created 200 jobs" / "shed 200 jobs". Two objects are two acts. Our own sentences."""

from __future__ import annotations

import pytest

from factcheck.match.frames import frame
from factcheck.match.relation import compare
from factcheck.normalize import lexicon


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The firm shed 200 jobs.", "The firm created 200 jobs."),
        ("Harlow Motors axed 300 jobs.", "Harlow Motors created 300 jobs."),
        ("The Pell group slashed 120 posts.", "The Pell group added 120 posts."),
        (
            "Ostwick Mining will eliminate 450 jobs at its Harl smelter.",
            "Ostwick Mining will create 450 jobs at its Harl smelter.",
        ),
        (
            "The ministry expanded the tutoring scheme to 40 towns.",
            "The ministry scaled back the tutoring scheme to 40 towns.",
        ),
        (
            "The council increased the parks budget by 5%.",
            "The council reduced the parks budget by 5%.",
        ),
        ("Halden Bank raised its rate to 4%.", "Halden Bank lowered its rate to 4%."),
        ("The carmaker opened its Varnby plant.", "The carmaker closed its Varnby plant."),
        ("The Greens won 12 seats.", "The Greens lost 12 seats."),
    ],
)
def test_opposite_acts_on_one_object_conflict(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "conflicts", (x, y, result.reasons)
        assert any(r.startswith("opposite verbs") for r in result.reasons), result.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The firm shed 200 jobs.", "The firm created 200 apprenticeships."),
        ("The firm shed 200 jobs in 2024.", "The firm created 200 jobs in 2026."),
    ],
)
def test_opposite_acts_on_two_objects_or_times_are_unrelated(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert compare(x, y).relation == "unrelated", compare(x, y).reasons


def test_an_opposite_verb_in_a_side_clause_is_no_conflict() -> None:
    # "cut" is the main verb of neither claim's statement about the jobs.
    result = compare("The firm cut costs and created 200 jobs.", "The firm created 200 jobs.")
    assert result.relation == "corroborates", result.reasons


def test_a_phrase_of_the_sides_table_is_read_as_its_verb() -> None:
    assert frame("The council scaled back the bus service.").predicate == "reduce"
    assert frozenset({"reduce", "expand"}) in lexicon().antonyms


def test_a_change_verb_with_an_object_measures_the_object() -> None:
    # "increased the budget by 5%" changes the budget, as "cut the budget by 5%" does;
    # "Sales increased by 5%" and an adverb ("grew sharply by 5%") change the subject.
    assert [m.what for m in frame("The council increased the budget by 5%.").measures] == [
        ("budget",)
    ]
    assert [m.what for m in frame("Output grew sharply by 5%.").measures] == [("output",)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Tarn mill is the company's oldest.", "The Tarn mill is the company's newest."),
        (
            "The Kell bridge is the longest in the region.",
            "The Kell bridge is the shortest in the region.",
        ),
        ("Orlin station is the busiest on the line.", "Orlin station is the quietest on the line."),
        ("The Brask depot is the firm's largest.", "The Brask depot is the firm's smallest."),
    ],
)
def test_one_thing_ranked_at_both_ends_of_a_scale_conflicts(a: str, b: str) -> None:
    for result in (compare(a, b), compare(b, a)):
        assert result.relation == "conflicts", result.reasons
        assert any(r.startswith("opposite ends") for r in result.reasons), result.reasons


def test_one_superlative_in_both_claims_agrees() -> None:
    a = "The Tarn mill is the company's oldest."
    assert compare(a, a).relation == "corroborates"
    result = compare("The Tarn mill is the company's oldest.", "The Tarn mill is the oldest.")
    assert result.relation != "conflicts", result.reasons
