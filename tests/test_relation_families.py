"""Words of one predicate family meet as one predicate, verb or noun: what a side of a
dispute asks for (want / demand / seek / call for) and the direction of a change
(rise / increase / jump against fall / drop / decline), including a noun of change after
a support verb ("saw a rise of 4%" says "rose 4%")."""

from __future__ import annotations

import pytest

from factcheck.match.frames import frame
from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Porters are demanding 8%.", "Porters want 8%."),
        ("Porters are seeking an 8% rise.", "Porters are calling for an 8% rise."),
        ("Tenants are pushing for a rent freeze.", "Tenants want a rent freeze."),
    ],
)
def test_asking_words_are_one_predicate(a: str, b: str) -> None:
    assert compare(a, b).relation == "corroborates"
    assert compare(b, a).relation == "corroborates"


def test_asking_for_two_figures_conflicts() -> None:
    result = compare("Porters want an 8% rise.", "Porters are demanding a 6% rise.")
    assert result.relation == "conflicts"
    assert any(r.startswith("figures differ: 8% vs 6%") for r in result.reasons)


def test_a_support_verb_takes_the_predicate_of_its_noun_of_change() -> None:
    f = frame("Rents saw a rise of 7%.")
    assert f.predicate == "rise"
    assert [m.what for m in frame("Rents posted a 7% increase.").measures] == [("rent",)]


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Rents saw a rise of 7%.", "Rents increased by 4%.", "conflicts"),
        ("Rents posted a 7% increase.", "Rents rose 7%.", "corroborates"),
        ("Rents recorded a 7% drop.", "Rents fell 7%.", "corroborates"),
        # the two directions of a change, from either family word
        ("Rents fell 7%.", "Rents increased 7%.", "conflicts"),
        ("Rents posted a 7% increase.", "Rents dropped 7%.", "conflicts"),
        # nouns of change after another verb keep their figures compared
        ("The board offered a 6% increase.", "The board offered a rise of 4%.", "conflicts"),
    ],
)
def test_nouns_and_verbs_of_change_are_one_family(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation
    assert compare(b, a).relation == relation


def test_opposite_directions_are_named_in_the_reasons() -> None:
    result = compare("Rents fell 7%.", "Rents increased 7%.")
    assert "opposite verbs: fell vs increased" in result.reasons


def test_face_tells_of_a_prospect_not_a_change_that_happened() -> None:
    f = frame("Porters face a 6% pay cut next spring.")
    assert f.modality == "planned"
    assert frame("Porters faced a 6% pay cut.").modality == "asserted"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Porters face a 6% pay cut next spring.", "Porters' pay was cut by 6% last spring."),
        ("Libraries face a 12% cut in funding.", "Libraries suffered a 12% cut in funding."),
    ],
)
def test_a_prospect_does_not_corroborate_what_happened(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation != "corroborates", result.reasons
        assert any(r.startswith("plan vs finding") for r in result.reasons), result.reasons
