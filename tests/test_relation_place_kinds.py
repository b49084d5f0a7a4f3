"""A feature named inside the scene (a river, a street, a bridge) and the town named in
the other claim are no evidence of two places: only two places of one kind are."""

from __future__ import annotations

import pytest

from factcheck.match.relation import _place_kind, compare


@pytest.mark.parametrize(
    ("place", "text", "kind"),
    [
        ("orla", "Two boys were swept into the Orla river on Monday.", "river"),
        ("orla", "Two boys were swept into the river Orla on Monday.", "river"),
        ("brandt", "The crash closed Brandt Road at noon.", "road"),
        ("kestrow", "The crash happened in Kestrow at noon.", ""),
        # a longer name that only begins like the place is not it
        ("orla", "The flood reached Orlaby on Monday.", ""),
    ],
)
def test_the_kind_of_a_named_place(place: str, text: str, kind: str) -> None:
    assert _place_kind(place, text) == kind


def test_a_river_in_one_claim_and_a_town_in_the_other_are_one_scene() -> None:
    result = compare(
        "Nine people were killed when the Hollin footbridge fell into the Orla river on "
        "Sunday night, police said.",
        "At least 14 people died when the Hollin footbridge in Orlaby fell on Sunday "
        "night, officials said on Monday.",
    )
    assert not any(r.startswith("different place") for r in result.reasons), result.reasons
    assert result.relation == "conflicts", result.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two towns
        (
            "A fire destroyed 20 homes in Kestrow on Sunday.",
            "A fire destroyed 20 homes in Lisdale on Sunday.",
        ),
        # two rivers
        (
            "Three anglers drowned in the Orla river on Sunday.",
            "Three anglers drowned in the Tamsin river on Sunday.",
        ),
    ],
)
def test_two_places_of_one_kind_still_differ(a: str, b: str) -> None:
    result = compare(a, b)
    assert result.relation == "unrelated", result.reasons
    assert any(r.startswith("different") for r in result.reasons), result.reasons
