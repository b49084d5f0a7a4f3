"""An ordered tally (for, then against) is compared in order: the same two figures the
other way round say the vote went the other way, a conflict, unless the words around
them say which side differently (#9). Our own sentences."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The council voted 2-7.", "The council voted 7-2."),
        (
            "The Lisdale council voted 7-2 to close the pier.",
            "The Lisdale council voted 2-7 to close the pier.",
        ),
        ("The motion passed by 22 votes to 5.", "The motion passed by 5 votes to 22."),
        ("The Orlin board voted 5-4 in favour.", "The Orlin board voted 4-5 in favour."),
        (
            "Councillors in Varnby voted 9-3 on Tuesday to sell the depot.",
            "Councillors in Varnby voted 3-9 on Tuesday to sell the depot.",
        ),
        # a tally said of its noun (tester10c)
        ("The vote was 7-2.", "The vote was 2-7."),
        (
            "The Harl council's vote on the depot was 6-3.",
            "The Harl council's vote on the depot was 3-6.",
        ),
        ("The final tally stood at 11-4.", "The final tally stood at 4-11."),
    ],
)
def test_a_reversed_tally_conflicts(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "conflicts", (x, y, result.reasons)
        assert any(r.startswith("figures differ") and "for," in r for r in result.reasons)
        assert not any(r.startswith("numbers agree") for r in result.reasons)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The council voted 7-2.", "The council voted 7-2."),
        ("The council voted 5-5.", "The council voted 5-5."),
        ("The motion passed by 22 votes to 5.", "The motion passed 22-5."),
    ],
)
def test_the_same_tally_in_order_agrees(a: str, b: str) -> None:
    assert compare(a, b).relation == "corroborates", compare(a, b).reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the words say which side each first figure is
        ("The council voted 7-2 against the plan.", "The council voted 2-7 in favour of the plan."),
        # the verb says whose score it is
        ("Harl beat Orlin 3-1.", "Orlin lost 1-3 to Harl."),
    ],
)
def test_a_reversed_tally_whose_words_say_the_side_is_no_conflict(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert compare(x, y).relation != "conflicts", compare(x, y).reasons
