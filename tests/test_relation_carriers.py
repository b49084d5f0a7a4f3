"""A statement only carried by an unvetted carrier is reported, not asserted.

"A viral post claims that X", "Social media users say X", "A rumour circulating online
says X": no one vouches for X there, so such a claim never corroborates (nor disputes)
what is said of X. With a falsity adverb on the reporting verb ("Critics falsely claimed
X") the claim refutes X and conflicts with it, and so does a fact-check's "A post claims
X." followed by the sentence "This is false.": the claim's frame takes in the verdict of
the sentence after it.
"""

from __future__ import annotations

import pytest

from factcheck.analyze import analyze
from factcheck.match.frames import carried_claim, frame, frames_for_document
from factcheck.match.relation import compare, frames_differ

CARRIED = [
    ("A viral post claims that the Tolby dam burst.", "The Tolby dam burst."),
    ("Posts on social media say the Marrin school closed.", "The Marrin school closed."),
    ("Facebook users claimed that 30 sheep drowned.", "Thirty sheep drowned."),
    ("A rumour circulating online says the ferry sank.", "The ferry sank."),
    ("A doctored video shows the Estel tower collapsing.", "The Estel tower collapsed."),
    ("Messages shared on WhatsApp claim that the bank will close.", "The bank will close."),
]

FALSELY = [
    (
        "Posts on social media falsely claimed that the Marrin school closed.",
        "The Marrin school closed.",
    ),
    ("Critics wrongly claimed the new road doubled traffic.", "The new road doubled traffic."),
    ("A video falsely claims the Tolby dam burst.", "The Tolby dam burst."),
    ("Opponents baselessly alleged that the count was rigged.", "The count was rigged."),
]


@pytest.mark.parametrize(("carried", "statement"), CARRIED)
def test_a_carried_claim_never_corroborates_the_statement(carried: str, statement: str) -> None:
    for x, y in ((carried, statement), (statement, carried)):
        result = compare(x, y)
        assert result.relation == "unrelated", result.reasons
    assert frames_differ(carried, statement)
    assert frame(carried).carrier


def test_the_reason_names_the_carrier() -> None:
    result = compare("A viral post claims that the Tolby dam burst.", "The Tolby dam burst.")
    assert "only reported: by a viral post, asserted by no one" in result.reasons


def test_a_carried_claim_disputes_nothing_either() -> None:
    carried = "A viral post claims that the Tolby dam burst."
    assert compare(carried, "The Tolby dam did not burst.").relation == "unrelated"


@pytest.mark.parametrize(("falsely", "statement"), FALSELY)
def test_a_falsely_reported_claim_conflicts_with_the_statement(
    falsely: str, statement: str
) -> None:
    f = frame(falsely)
    assert f.refutes is not None and f.refuted_by.split()[0] in (
        "falsely",
        "wrongly",
        "baselessly",
    )
    assert "falsely" not in f.speaker and "wrongly" not in f.speaker
    for x, y in ((falsely, statement), (statement, falsely)):
        assert compare(x, y).relation == "conflicts", compare(x, y).reasons


def test_a_named_speaker_still_asserts() -> None:
    assert frame("Officials said the Tolby dam burst.").carrier == ""
    assert compare("Officials said the Tolby dam burst.", "The Tolby dam burst.").relation == (
        "corroborates"
    )
    # a carrier cited by a speaker is the speaker's report
    assert carried_claim("Police said a video shows the suspect fled.") is None


def test_a_carried_claim_of_two_sentences_takes_only_a_verdict() -> None:
    assert carried_claim("A post claims the ferry sank. This is false.") == (
        "A post",
        "the ferry sank.",
        "fact-check",
    )
    assert carried_claim("A post claims the ferry sank. Twelve people drowned.") is None


ARTICLE = (
    "Checkers looked at a claim about the Tolby dam.\n\n"
    "A post shared thousands of times online claims that the Tolby dam burst on Friday. "
    "That is untrue. Engineers inspected the dam on Saturday."
)


def test_the_verdict_of_the_next_sentence_makes_a_refutation_at_ingest() -> None:
    analysis = analyze(ARTICLE)
    [carried] = [a for a in analysis.claims if "claims that" in a.claim.text]
    assert carried.frame is not None and carried.frame.refutes is not None
    assert carried.frame.refutes.text.startswith("the Tolby dam burst on Friday")
    assert (
        compare(
            carried.claim.text,
            "The Tolby dam burst on Friday.",
            frames=(carried.frame, frame("The Tolby dam burst on Friday.")),
        ).relation
        == "conflicts"
    )
    start = ARTICLE.index("A post")
    [read] = frames_for_document(ARTICLE, [(start, carried.claim.text)])
    assert read.refutes is not None


@pytest.mark.parametrize(
    "after",
    [
        " Engineers inspected the dam on Saturday.",  # no verdict
        "\n\nThis is false.",  # a new paragraph is no verdict on this sentence
    ],
)
def test_only_a_verdict_right_after_the_claim_counts(after: str) -> None:
    text = "Officials said the Tolby dam burst on Friday." + after
    [read] = frames_for_document(text, [(0, "Officials said the Tolby dam burst on Friday.")])
    assert read.refutes is None
