"""Reasons quote the claims' own words, never the lemmas or lower-cased keys that
matching compares (issue #9 point 3: "same subject: Harbor Bridge; same measure: people
killed")."""

from __future__ import annotations

import re

import pytest

from factcheck.match.relation import _DETAIL_WORDS, compare, in_claims_words

# Pairs of our own, each reading to reasons built from lemmas, synonym heads or name keys.
PAIRS = [
    (
        "No fatalities were recorded after the flood.",
        "No fatalities were recorded after the flood.",
    ),
    ("No deaths have been reported in Orsk.", "No deaths have been reported in Orsk."),
    (
        "All 80 climbers were rescued from the ridge.",
        "All 80 climbers were rescued by helicopters.",
    ),
    (
        "The landslide in Pell killed four people.",
        "The death toll from the landslide in Pell has risen to six.",
    ),
    (
        "Brannock Mills cut 300 jobs at its Varde site.",
        "Brannock Mills added 300 jobs at its Varde site.",
    ),
    ("Nine divers were trapped in the cave.", "Nine divers were rescued from the cave."),
    (
        "The crash on the Oxley road killed 3 people.",
        "The crash on the Oxley road killed 5 people.",
    ),
    (
        "Auditors inspected the depot on Monday.",
        "Auditors inspected the depot on Monday, officials said.",
    ),
    ("Demand reached its evening peak at 7pm.", "Demand hit its evening peak at 7pm."),
    (
        "About 60 people in Tolve were evacuated.",
        "About 60 people in Tolve were evacuated on Sunday.",
    ),
    ("The bank told savers it went under.", "The bank told savers it went under on Friday."),
    (
        "Ferrin Air carried 2 million passengers in 2024.",
        "Ferrin Air carried 3 million passengers in 2024.",
    ),
    ("The storm destroyed 30 homes in Sorrel.", "The storm damaged 30 homes in Sorrel."),
]

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_every_word_of_a_reason_detail_is_a_word_of_a_claim(a: str, b: str) -> None:
    said = _words(a) | _words(b)
    for order in ((a, b), (b, a)):
        result = compare(*order)
        for part in result.parts:
            if part.weight and part.name in {"shared words", "fuzzy text"}:
                continue  # the score's arithmetic, not a reading of the claims
            stray = {w for w in _words(part.detail) if w not in said and w not in _DETAIL_WORDS}
            assert not stray, (part.name, part.detail, stray)


def test_lemmas_and_synonym_heads_are_shown_as_written() -> None:
    reasons = compare(*PAIRS[1]).reasons
    assert "same subject: deaths" in reasons
    assert "opposite verbs: cut vs added" in compare(*PAIRS[4]).reasons
    assert "different words: reached vs hit" in compare(*PAIRS[8]).reasons


def test_name_keys_keep_the_claims_capitals_and_common_words_stay_lower() -> None:
    assert "same subject: Brannock Mills" in compare(*PAIRS[4]).reasons
    # a common word that opens the sentence is not a name
    assert in_claims_words("death", "Deaths rose to 9.", "Nine died.") == "deaths"
    # each side of "vs" is read from its own claim first
    assert in_claims_words("die vs die", "Four were killed.", "Four died.") == "killed vs died"


def test_words_no_claim_reads_to_and_figures_are_left_alone() -> None:
    assert (
        in_claims_words("score 0.85", "Halden scored 3 goals.", "Halden scored 4.") == "score 0.85"
    )
    assert in_claims_words("12 vs 15", "12 died.", "15 died.") == "12 vs 15"


def test_the_words_of_a_detail_itself_are_never_a_claims_words() -> None:
    """ "to be one fact" is the reason's own wording: "be" is no "was" of a claim that
    writes "Attendance was 38,000" (tester9c: "too little else in common to was one
    fact")."""
    detail = "too little else in common to be one fact (score 0.31 < 0.50)"
    assert in_claims_words(detail, "Attendance was 38,000.", "A crowd of 41,200 watched.") == detail
    strong = "the difference is not strong enough to call the claims a conflict"
    assert in_claims_words(strong, "The strongest side called off the match.", "It is.") == strong
