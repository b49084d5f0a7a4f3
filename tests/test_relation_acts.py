"""Two different acts on one figure or object are two facts, not one told twice (#9):
"demanding 9%" / "rejected 9%", "offered 4%" / "accepted 4%", "proposed the budget" /
"approved the budget" agree on nothing; only the two sides of one decision ("accepted" /
"rejected") conflict."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Porters are demanding an 8% rise.", "Porters rejected an 8% rise."),
        ("The hospital trust offered a 3% rise.", "The hospital trust accepted a 3% rise."),
        ("The board proposed a £40m budget.", "The board approved a £40m budget."),
        ("Ministers rejected the 6% claim.", "Ministers are considering the 6% claim."),
        ("Cleaners demanded a 7% raise.", "Cleaners were offered a 7% raise."),
        ("The mayor pledged 500 new homes.", "The mayor approved 500 new homes."),
    ],
)
def test_two_acts_on_one_figure_are_unrelated(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "unrelated", result.reasons
        assert any(r.startswith("different act") for r in result.reasons)
        # two facts, both true at once: nothing for a person to settle
        assert not result.needs_review


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # one act in two words still agrees
        ("Porters are demanding an 8% rise.", "Porters are seeking an 8% rise.", "corroborates"),
        # the two sides of one decision are exclusive
        ("The union accepted the 5% offer.", "The union rejected the 5% offer.", "conflicts"),
        (
            "Shareholders agreed to sell the mill.",
            "Shareholders rejected a plan to sell the mill.",
            "conflicts",
        ),
        # one act, two figures: a real disagreement
        ("Porters are demanding an 8% rise.", "Porters are demanding a 10% rise.", "conflicts"),
    ],
)
def test_one_act_or_two_sides_of_a_decision(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation, compare(a, b).reasons
    assert compare(b, a).relation == relation
