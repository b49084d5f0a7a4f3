"""Negative-leaning words deny (tester10c F5): near-negators ("hardly", "scarcely",
"seldom", "rarely") and negative-leaning hedges ("unlikely to", "doubt that") are
negation cues of their own list in match_cues.toml, so such a claim never corroborates
the plain claim. Sentences are our own."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare
from factcheck.normalize import find_negations, lexicon, polarity


@pytest.mark.parametrize(
    "sentence",
    [
        "The night bus hardly ever stops at the depot.",
        "The archive is scarcely used by students.",
        "Trains seldom run on time in the valley.",
        "The commissioner rarely answers questions.",
        "The board is unlikely to raise the fee.",
        "It is unlikely that the board will raise the fee.",
        "Engineers doubt that the pier will survive the winter.",
        "Engineers doubt the pier will survive the winter.",
        "It is doubtful whether the pier will survive the winter.",
    ],
)
def test_a_negative_leaning_word_negates_the_claim(sentence: str) -> None:
    assert polarity(sentence) == -1
    assert find_negations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # Two negations cancel: a possibility granted.
        "The board is not unlikely to raise the fee.",
        # The adjective before a noun, the noun "doubt" and "barely" deny nothing.
        "The goalkeeper was an unlikely hero on Sunday.",
        "There is little doubt that the pier was unsafe.",
        "The pier was beyond doubt unsafe.",
        "The ferry barely reached the harbour.",
    ],
)
def test_what_only_looks_negative_is_affirmed(sentence: str) -> None:
    assert polarity(sentence) == 1


def test_the_leaning_words_have_one_home_in_the_cue_lexicon() -> None:
    cues = set(lexicon().negation_cues)
    assert {"hardly", "seldom", "unlikely to", "doubt that"} <= cues
    assert "barely" not in cues and "unlikely" not in cues


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The board is unlikely to raise the fee.", "The board raised the fee."),
        ("The board is unlikely to raise the fee.", "The board will raise the fee."),
        ("Engineers doubt that the pier will survive.", "The pier will survive."),
    ],
)
def test_a_negative_leaning_hedge_is_a_held_conflict_with_the_plain_claim(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        found = compare(x, y)
        assert found.relation == "conflicts"
        assert found.needs_review


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The commissioner rarely answers questions.", "The commissioner answers questions."),
        ("The archive is scarcely used by students.", "The archive is used by students."),
        ("The firm hardly paid any tax.", "The firm paid tax."),
    ],
)
def test_a_near_negator_conflicts_with_the_plain_claim_held_for_a_person(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        found = compare(x, y)
        assert found.relation == "conflicts"
        assert found.needs_review


@pytest.mark.parametrize(
    "other",
    [
        # one dated occurrence: "rarely" allows it
        "Storms closed the coast road in March.",
        # a habit: a conflict, still held, as the leaning word is no plain "not"
        "Storms often close the coast road.",
        "Storms close the coast road every winter.",
    ],
)
def test_a_habit_put_as_rare_never_decides_a_conflict(other: str) -> None:
    found = compare("Storms rarely close the coast road.", other)
    assert found.relation != "corroborates"
    assert found.relation == "unrelated" or found.needs_review


def test_a_plain_negation_still_decides() -> None:
    found = compare("The firm did not pay the fine.", "The firm paid the fine.")
    assert found.relation == "conflicts"
    assert not any(p.name == "leaning denial" for p in found.parts)


def test_a_negative_leaning_hedge_agrees_with_the_denial() -> None:
    found = compare("The board is unlikely to raise the fee.", "The board will not raise the fee.")
    assert found.relation == "corroborates"


def test_a_double_negation_keeps_its_affirmation() -> None:
    found = compare("The board is not unlikely to raise the fee.", "The board will raise the fee.")
    assert found.relation == "corroborates"
    assert compare("There is little doubt that the pier failed.", "The pier failed.").relation == (
        "corroborates"
    )
