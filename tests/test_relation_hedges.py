"""A hedge weighs the same for and against (#9, tester9d fault 4): a claim hedged on one
side only is weaker evidence whether it agrees with the firm claim or not. It was held
when it disagreed ("is expected to reopen on June 1" / "will reopen on May 4") and
decided when it agreed ("may reopen on May 4" / "will reopen on May 4"), so a date
another outlet contradicts showed as corroborated."""

from __future__ import annotations

import pytest

from factcheck.match.relation import DEFAULT_CONFIG, Comparison, Reason, compare


def _part(result: Comparison, name: str) -> Reason | None:
    return next((p for p in result.parts if p.name == name), None)


@pytest.mark.parametrize(
    ("hedged", "same", "other"),
    [
        (
            "The Orne ferry may resume on March 9.",
            "The Orne ferry will resume on March 9.",
            "The Orne ferry will resume on April 2.",
        ),
        (
            "The Kelby clinic could close 40 beds.",
            "The Kelby clinic will close 40 beds.",
            "The Kelby clinic will close 90 beds.",
        ),
        (
            "The Tarn fire may have destroyed 60 barns.",
            "The Tarn fire destroyed 60 barns.",
            "The Tarn fire destroyed 25 barns.",
        ),
    ],
)
def test_a_possibility_is_held_for_and_against(hedged: str, same: str, other: str) -> None:
    for x, y in ((hedged, same), (same, hedged)):
        agree = compare(x, y)
        assert (agree.relation, agree.needs_review) == ("corroborates", True), agree
        assert _part(agree, "possibility only") is not None
    for x, y in ((hedged, other), (other, hedged)):
        disagree = compare(x, y)
        assert (disagree.relation, disagree.needs_review) == ("conflicts", True), disagree
        assert _part(disagree, "possibility only") is not None


@pytest.mark.parametrize(
    ("hedged", "same", "other"),
    [
        (
            "The Orne ferry is expected to resume on March 9.",
            "The Orne ferry will resume on March 9.",
            "The Orne ferry will resume on April 2.",
        ),
        (
            "Turnout in Kelby reportedly reached 58%.",
            "Turnout in Kelby reached 58%.",
            "Turnout in Kelby reached 49%.",
        ),
        (
            "The Tarn fire probably destroyed 60 barns.",
            "The Tarn fire destroyed 60 barns.",
            "The Tarn fire destroyed 25 barns.",
        ),
    ],
)
def test_a_hedge_costs_the_same_for_and_against(hedged: str, same: str, other: str) -> None:
    agree, disagree = compare(hedged, same), compare(hedged, other)
    assert agree.relation == "corroborates" and disagree.relation == "conflicts"
    # the same rule on both: a scored part, and the same decision as the hedge-free pair
    # judged with every threshold raised by the hedge's cost
    for result, firm in ((agree, compare(same, same)), (disagree, compare(same, other))):
        hedge = _part(result, "hedged on one side")
        assert hedge is not None, result
        # the hedge only ever costs; reading without it is a part of its own
        assert hedge.weight == -DEFAULT_CONFIG.hedged
        assert result.score <= firm.score - DEFAULT_CONFIG.hedged + 1e-9
    assert agree.needs_review == disagree.needs_review
    # either order
    assert compare(same, hedged).needs_review == agree.needs_review
    assert compare(other, hedged).needs_review == disagree.needs_review


def test_the_hedge_words_cost_no_wording_score() -> None:
    """"may" and "is expected to" are modality, not content: a longer hedge costs no
    more than a short one against the same firm claim."""
    firm = "The Orne ferry will resume on April 2."
    short = compare("The Orne ferry likely resumes on March 9.", firm)
    long_ = compare("The Orne ferry is expected to resume on March 9.", firm)
    assert short.relation == long_.relation == "conflicts"
    assert abs(short.score - long_.score) < 0.1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both hedged: no weaker than each other
        ("The Orne ferry may resume on March 9.", "The Orne ferry could resume on March 9."),
        # a weasel names a vague source, not a weaker statement
        (
            "The Tarn fire destroyed 60 barns, according to a county official.",
            "The Tarn fire destroyed 60 barns.",
        ),
    ],
)
def test_no_one_sided_hedge(a: str, b: str) -> None:
    result = compare(a, b)
    assert _part(result, "hedged on one side") is None
    assert _part(result, "possibility only") is None
