"""A denial withheld is no denial (issue #10, negation over a refuting verb).

"The board did not deny that X", "has never disputed reports that X", "declined to deny
that X", "neither confirmed nor denied that X": nobody calls X false there, and nobody
asserts it either, so the claim never conflicts with X (read as X carried by the one who
withheld the denial). "It is not untrue that X" is a double negation: it asserts X.
"""

from __future__ import annotations

import pytest

from factcheck.match.frames import frame
from factcheck.match.relation import compare

STATEMENT = "Inspectors found cracks in the Velm bridge."

WITHHELD = [
    "The operator did not deny that inspectors found cracks in the Velm bridge.",
    "The operator has not denied that inspectors found cracks in the Velm bridge.",
    "The operator didn't dispute reports that inspectors found cracks in the Velm bridge.",
    "The operator never disputed that inspectors found cracks in the Velm bridge.",
    "The operator declined to deny that inspectors found cracks in the Velm bridge.",
    "The operator refused to deny that inspectors found cracks in the Velm bridge.",
    "The operator did not immediately deny that inspectors found cracks in the Velm bridge.",
    "The operator neither confirmed nor denied that inspectors found cracks in the Velm bridge.",
]


@pytest.mark.parametrize("claim", WITHHELD)
def test_a_withheld_denial_never_conflicts_with_the_clause(claim: str) -> None:
    assert frame(claim).refutes is None
    for a, b in ((claim, STATEMENT), (STATEMENT, claim)):
        result = compare(a, b)
        assert result.relation != "conflicts", result.reasons
        assert not (result.relation == "corroborates" and not result.needs_review)


@pytest.mark.parametrize(
    "claim",
    [
        "The operator did not deny that inspectors found cracks in the Velm bridge.",
        "The operator has never disputed that inspectors found cracks in the Velm bridge.",
    ],
)
def test_a_withheld_denial_names_who_withheld_it(claim: str) -> None:
    carrier = frame(claim).carrier
    assert carrier.startswith("The operator")
    assert "no denial" in carrier


def test_the_denial_itself_still_conflicts() -> None:
    claim = "The operator denied that inspectors found cracks in the Velm bridge."
    assert frame(claim).refutes is not None
    assert compare(claim, STATEMENT).relation == "conflicts"


def test_a_negated_false_word_calls_nothing_false() -> None:
    claim = "Reports that inspectors found cracks in the Velm bridge are not false."
    assert frame(claim).refutes is None
    assert compare(claim, STATEMENT).relation != "conflicts"


@pytest.mark.parametrize(
    "claim",
    [
        "It is not untrue that inspectors found cracks in the Velm bridge.",
        "It was not false that inspectors found cracks in the Velm bridge.",
    ],
)
def test_a_double_negation_asserts_its_clause(claim: str) -> None:
    f = frame(claim)
    assert f.refutes is None
    assert f.polarity == 1
    assert compare(claim, STATEMENT).relation == "corroborates"
    assert compare(claim, "Inspectors found no cracks in the Velm bridge.").relation == (
        "conflicts"
    )
