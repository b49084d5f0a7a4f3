"""A refutation conflicts only with a claim that states what it calls false (#9, tester9d
fault 6): "Paul Brandt denied that the plant would be sold" against "The carmaker will
cut 1,200 jobs at its plant" shares the plant, not the sale, and was a conflict ("refuted
claim asserted"). The refuted proposition is compared with the other claim as a pair;
a claim of another act on the same subject is unrelated."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("refuting", "other"),
    [
        (
            "Ada Korr denied that the Marlow depot would be sold.",
            "Velden Freight will cut 300 jobs at its Marlow depot, the company said.",
        ),
        (
            "Reports that the Tarnby mayor resigned are untrue.",
            "The Tarnby mayor opened a new school on Monday.",
        ),
        (
            "The board denied reports that Orvin Group bought the Selby mill.",
            "Orvin Group will close the Selby mill in May.",
        ),
        (
            "Ministers dismissed claims that the Kesh port would be privatised.",
            "The Kesh port handled 3 million tonnes last year.",
        ),
    ],
)
def test_a_refutation_and_another_act_of_its_subject_are_unrelated(
    refuting: str, other: str
) -> None:
    for a, b in ((refuting, other), (other, refuting)):
        result = compare(a, b)
        assert result.relation == "unrelated", result
        names = {p.name for p in result.parts}
        assert "refutes" in names
        assert "refuted claim asserted" not in names


@pytest.mark.parametrize(
    ("refuting", "stated"),
    [
        ("Ada Korr denied that the Marlow depot would be sold.", "The Marlow depot will be sold."),
        # a synonym of the refuted act is the act
        (
            "The board denied reports that Orvin Group bought the Selby mill.",
            "Orvin Group acquired the Selby mill in May.",
        ),
        (
            "Officials dismissed reports that 30 people died in the Hollin fire.",
            "30 people died in the Hollin fire.",
        ),
    ],
)
def test_a_refutation_still_conflicts_with_what_it_calls_false(refuting: str, stated: str) -> None:
    for a, b in ((refuting, stated), (stated, refuting)):
        result = compare(a, b)
        assert result.relation == "conflicts", result
        assert any(p.name == "refuted claim asserted" for p in result.parts)
