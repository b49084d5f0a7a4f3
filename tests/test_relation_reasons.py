"""Reasons a reporter can read, and that agree with the decision (tester's fault 8).

No reason sets one word against itself ("different statement: resign vs resign") or
names its subject twice ("figures on turnout of turnout"); a decided relation's reasons
include the one that decided it, and a disagreement shown with its weight on a pair
called unrelated comes with the line that says why it decided nothing.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from factcheck.match.relation import _DISAGREEMENTS, compare, versus

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import pairs

ROWS = pairs.read_pairs()

# Pairs of our own whose wording went wrong: a wire tail on one side, a subject that is
# also its measure, figures on one measure of two subjects.
PROBES = [
    (
        "Claims that Mayor Tessa Orme resigned are false.",
        "Mayor Tessa Orme resigned on Friday, sources close to the council said.",
    ),
    ("The flood killed 6 people.", "Six people were killed in the flood, officials said."),
    ("Turnout was 58%.", "Turnout was 63%."),
    ("Retail sales grew 2.4% last quarter.", "Factory output grew 1.1% last quarter."),
    ("The storm killed 9 people.", "The storm killed 11 people, officials now say."),
]


def _all_comparisons() -> list:
    out = []
    for r in ROWS:
        fa = pairs.context_frame(r["a"], r.get("context_a"))
        fb = pairs.context_frame(r["b"], r.get("context_b"))
        out.append(compare(r["a"], r["b"], frames=(fa, fb)))
    out.extend(compare(a, b) for a, b in PROBES)
    return out


@pytest.fixture(scope="module")
def comparisons() -> list:
    return _all_comparisons()


def test_no_reason_sets_a_word_against_itself(comparisons: list) -> None:
    bad = []
    for result in comparisons:
        for p in result.parts:
            if " vs " in p.detail:
                left, _, right = p.detail.partition(" vs ")
                if left.strip().casefold() == right.strip().casefold():
                    bad.append(f"{p.name}: {p.detail}")
    assert bad == []


def test_no_reason_names_its_subject_twice(comparisons: list) -> None:
    bad = [
        f"{p.name}: {p.detail}"
        for result in comparisons
        for p in result.parts
        if re.search(r"\b(\w[\w ]*) of \1$", p.detail)
    ]
    assert bad == []


def test_each_decided_relation_names_what_decided_it(comparisons: list) -> None:
    for result in comparisons:
        names = {p.name for p in result.parts}
        if result.relation == "conflicts":
            assert names & (_DISAGREEMENTS | {"refuted claim asserted"}), result.reasons
        elif result.relation == "corroborates":
            assert any(n.startswith(("same ", "both ")) for n in names), result.reasons
        elif any(p.name in _DISAGREEMENTS and p.weight < 0 for p in result.parts):
            # a disagreement shown on an unrelated pair says why it did not count
            assert names & {
                "disagreement not decisive",
                "only reported",
                "refutes",
                "asked, not stated",
            } or any(p.name.startswith("different") for p in result.parts), result.reasons


def test_versus_never_sets_a_word_against_itself() -> None:
    assert versus("resign", "resign") == "resign in both, read as different statements"
    assert versus("cut", "add") == "cut vs add"


def test_a_figure_of_a_measure_named_as_its_subject_is_said_once() -> None:
    reasons = compare("Turnout was 58%.", "Turnout was 63%.").reasons
    assert not any("turnout of turnout" in r for r in reasons), reasons


def test_a_disagreement_that_decided_nothing_says_why() -> None:
    result = compare(
        "Retail sales grew 2.4% last quarter.", "Factory output grew 1.1% last quarter."
    )
    assert result.relation == "unrelated"
    assert any(r.startswith("disagreement not decisive: ") for r in result.reasons) or any(
        r.startswith("different") for r in result.reasons
    ), result.reasons


def test_every_result_says_why_in_words(comparisons: list) -> None:
    """No result, unrelated ones included, comes with an empty reason list (tester9 fault
    6): a pair decided on shared words alone says how few or how many it shares."""
    assert [r for r in comparisons if not r.reasons] == []


def test_a_pair_with_little_in_common_says_so_with_its_word_count() -> None:
    result = compare(
        "Harbour pilot Ada Venn said 30 tugs worked the channel for a day.",
        "Harbour pilot Ada Venn said about 30 tugs were sent to the wreck.",
    )
    assert result.relation == "unrelated"
    assert len(result.reasons) == 1
    assert re.fullmatch(
        r"too little in common: \d+ of \d+ key words, score 0\.\d\d < 0\.50", result.reasons[0]
    )


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        (
            "Only Ines Moro and Piet Hale voted against.",
            "Ines Moro, Piet Hale and Oda Brekke voted against.",
            "only one of them: only Ines Moro and Piet Hale, not Oda Brekke",
        ),
        (
            "The yard builds only ferries and tugs.",
            "The yard builds tugs, barges and ferries.",
            "only one of them: only ferries and tugs, not barges",
        ),
        (
            "The market opens only on Tuesday and Saturday.",
            "The market opens on Tuesday.",
            "restricted by 'only': only Tuesday and Saturday vs no Saturday",
        ),
        (
            "Ines Moro is a niece of Piet Hale.",
            "Piet Hale is a niece of Ines Moro.",
            "roles reversed: Ines Moro is a niece of Piet Hale"
            " vs Piet Hale is a niece of Ines Moro",
        ),
    ],
)
def test_reasons_quote_lists_and_roles_as_written(a: str, b: str, reason: str) -> None:
    """Reader F12: a reason quotes the members of an "only" list with their "and", a
    name whole, and two parties with the claim's own words between them."""
    assert reason in compare(a, b).reasons
