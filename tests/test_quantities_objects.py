"""A coordinated object list "N passengers and M crew" is one object of the verb, never
split into a verbless "M crew." that then counts passengers; each figure counts its own
noun."""

from __future__ import annotations

import pytest

from factcheck.claim_lexicon import noun_over_rare_past
from factcheck.extract import extract_claims
from factcheck.match.frames import frame
from factcheck.match.relation import compare
from factcheck.segment import segment


def _claims(text: str) -> list[str]:
    return [c.text for c in extract_claims(text, segment(text), threshold=0.0)]


@pytest.mark.parametrize(
    "text",
    [
        "The lifeboat carried thirty-two tourists and six crew.",
        "The trawler had 21 anglers and 3 crew aboard.",
        "The yacht took on eleven guests and two crew.",
    ],
)
def test_a_counted_object_list_is_not_split_into_a_verbless_fragment(text: str) -> None:
    claims = _claims(text)
    assert claims == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a real second clause keeps its split
        ("The bus carried 40 pupils and three crew drowned.",
         ["The bus carried 40 pupils.", "Three crew drowned."]),
        ("Divers found 12 survivors and three left the hull.",
         ["Divers found 12 survivors.", "Three left the hull."]),
    ],
)
def test_a_clause_after_a_counted_object_still_splits(text: str, expected: list[str]) -> None:
    assert _claims(text) == expected


def test_each_figure_of_an_object_list_counts_its_own_noun() -> None:
    measures = frame("The lifeboat carried thirty-two tourists and six crew.").measures
    assert [(m.quantity.value, m.what, m.predicate) for m in measures] == [
        (32.0, ("tourist",), "carry"),
        (6.0, ("crew",), "carry"),
    ]


@pytest.mark.parametrize(
    ("text", "predicates", "claims"),
    [
        ("Five arrived and three left.", ["arrive", "leave"], 1),
        # "left" is mostly the past of "leave": a clause, whatever stands before "and"
        ("The depot hired 40 drivers and nine left.", ["hire", "leave"], 2),
    ],
)
def test_a_verb_after_a_figure_keeps_its_verb(
    text: str, predicates: list[str], claims: int
) -> None:
    assert [m.predicate for m in frame(text).measures] == predicates
    assert len(_claims(text)) == claims


def test_a_noun_wins_only_over_a_much_rarer_past() -> None:
    assert noun_over_rare_past("crew")
    assert not noun_over_rare_past("left")
    assert not noun_over_rare_past("rose")
    assert not noun_over_rare_past("saw")
    assert not noun_over_rare_past("passengers")


@pytest.mark.parametrize(
    ("other", "relation"),
    [
        # six crew are not six tourists: the tourists' own figure is compared
        ("The lifeboat carried six tourists.", "conflicts"),
        ("The lifeboat carried thirty-two tourists.", "corroborates"),
        ("The lifeboat carried six crew.", "corroborates"),
        ("The lifeboat carried nine crew.", "conflicts"),
    ],
)
def test_crew_and_passengers_are_never_compared_across(other: str, relation: str) -> None:
    text = "The lifeboat carried thirty-two tourists and six crew."
    assert compare(text, other).relation == relation
    assert compare(other, text).relation == relation
