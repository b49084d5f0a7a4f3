"""An ordered tally (for, then against; one side's score, then the other's; a ratio) is
compared in order, whatever form it is written in ("7-2", "7 to 2", "7 votes to 2",
"3:1"): the same two figures the other way round say the vote went the other way, a
conflict, unless the words around them say which side differently (#9, reader F7). Our
own sentences."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare
from factcheck.normalize import find_tallies


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
        # the same in every form a tally is written in (reader F7)
        ("The vote was 7 to 2.", "The vote was 2 to 7."),
        (
            "The Harl council voted 6 to 3 to sell the depot.",
            "The Harl council voted 3 to 6 to sell the depot.",
        ),
        ("The motion passed by nine votes to four.", "The motion passed by four votes to nine."),
        (
            "The Orlin board approved the merger by a margin of 8-1.",
            "The Orlin board approved the merger by a margin of 1-8.",
        ),
        ("The ballot ended 14-9.", "The ballot ended 9-14."),
        # after the verb's object (reader F3)
        ("The Harl council approved the budget 7-2.", "The Harl council approved the budget 2-7."),
        ("The senate passed the new bill 52-48.", "The senate passed the new bill 48-52."),
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
        ("The motion passed by 22 votes to 5.", "The motion passed 22 to 5."),
        ("The vote was 7 to 2.", "The vote was 7-2."),
        ("Harl Rovers won 3:1 on Sunday.", "Harl Rovers won 3-1 on Sunday."),
        ("The ratio of nurses to patients was 1:8.", "The ratio of nurses to patients was 1 to 8."),
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


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        # a game's score names the sides, never votes for and against (reader F7)
        ("Harl Rovers beat Velm 3-1.", "Harl Rovers beat Velm 1-3.",
         "Harl Rovers 3, Velm 1 vs Harl Rovers 1, Velm 3"),
        ("Harl Rovers won 3:1 on Sunday.", "Harl Rovers won 1:3 on Sunday.",
         "Harl Rovers 3, the other side 1 vs Harl Rovers 1, the other side 3"),
        ("The score was 3-1.", "The score was 1-3.", "3-1 vs 1-3"),
        # a ratio, and a pair the words say only is ordered, as written
        ("The ratio of nurses to patients was 1-8.", "The ratio of nurses to patients was 8-1.",
         "1:8 vs 8:1"),
        ("The ratio of nurses to patients was 1:8.", "The ratio of nurses to patients was 8:1.",
         "1:8 vs 8:1"),
        ("The final tally stood at 11-4.", "The final tally stood at 4-11.", "11-4 vs 4-11"),
        ("The result was 2-0.", "The result was 0-2.", "2-0 vs 0-2"),
    ],
)
def test_a_reversed_score_or_ratio_says_what_the_pair_is(a: str, b: str, reason: str) -> None:
    result = compare(a, b)
    assert result.relation == "conflicts", result.reasons
    assert f"figures differ: {reason}" in result.reasons
    assert not any("against" in r for r in result.reasons)
    assert [r for r in result.reasons if r.startswith("figures differ")] == [
        f"figures differ: {reason}"
    ]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The vote was 7 to 2.", [(7, 2, "vote")]),
        ("The council voted 7 to 2 to close the pier.", [(7, 2, "vote")]),
        ("It passed by seven votes to two.", [(7, 2, "vote")]),
        ("The plan was approved by a margin of 7-2.", [(7, 2, "vote")]),
        ("The ballot ended 14–9.", [(14, 9, "vote")]),
        ("Harl Rovers beat Velm 3-1.", [(3, 1, "score")]),
        ("Harl Rovers won 3:1 on Sunday.", [(3, 1, "score")]),
        ("It was a 2-0 win.", [(2, 0, "score")]),
        ("The ratio of nurses to patients was 1:8.", [(1, 8, "ratio")]),
        ("The result was 2-0.", [(2, 0, "pair")]),
        # no word of a vote, a score or a ratio: a range or two figures, no tally
        ("The shop is open from 9 to 5.", []),
        ("Some 10-12 people were hurt.", []),
        ("Prices rose 2 to 7 percent.", []),
        ("The train leaves at 10:30.", []),
        ("Councillors voted 30-40 times on the plan.", []),
        ("The board approved the plan for 10-12 homes.", []),
        ("The board approved the budget 7-2.", [(7, 2, "vote")]),
    ],
)
def test_a_tally_is_read_in_every_written_form(
    text: str, pairs: list[tuple[int, int, str]]
) -> None:
    assert [(t.first, t.second, t.kind) for t in find_tallies(text)] == pairs
