"""A count of people in a state keeps the state as what it counts ("Nine people are now
ill" counts the ill), and falling ill is no fall: "fell ill" never meets "rose" as an
opposite, nor "fell to 3%" as a change."""

from __future__ import annotations

import pytest

from factcheck.match.frames import frame
from factcheck.match.relation import compare
from factcheck.normalize import canonical


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Eleven guests are ill.", "ill"),
        ("Eleven guests are now ill.", "ill"),
        ("Eleven guests have fallen ill.", "ill"),
        ("Eleven guests were taken ill.", "ill"),
        ("Eleven guests are now unwell.", "ill"),
    ],
)
def test_the_state_is_the_predicate_and_the_measure(text: str, predicate: str) -> None:
    f = frame(text)
    assert canonical(f.predicate) == predicate
    assert [canonical(m.predicate) for m in f.measures] == [predicate]


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Eleven guests are ill.", "Sixteen guests are now ill.", "conflicts"),
        ("Eleven guests have fallen ill.", "Sixteen guests are ill.", "conflicts"),
        ("Eleven guests are ill.", "Eleven guests have fallen ill.", "corroborates"),
        # another state of the same people is another measure
        ("Eleven guests are ill.", "Sixteen guests are now injured.", "unrelated"),
        ("Eleven guests are dead.", "Sixteen guests are injured.", "unrelated"),
    ],
)
def test_counts_of_a_state(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation
    assert compare(b, a).relation == relation


def test_falling_ill_is_no_fall() -> None:
    result = compare("Sixteen guests fell ill on Friday.", "Sixteen guests rose early on Friday.")
    assert result.relation != "conflicts"
    assert not any(r.startswith("opposite verbs") for r in result.reasons)
    # while a fall of a figure still opposes a rise
    assert compare("Absence fell to 4%.", "Absence rose to 4%.").relation == "conflicts"
