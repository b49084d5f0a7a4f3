"""The value of a thing in three wordings (tester9e F7): "is valued at $X", "is worth
$X" and "a $X <noun>" give one measure, the noun's value (``value`` in the ``[[group]]``
table of match_synonyms.toml, reached through relation.same_verb), whatever verb the
attributive sum stands beside. Different figures conflict, equal ones corroborate; a sum
that is no value of the noun ("paid $3m of its debt") is left as it was. Our own
sentences."""

from __future__ import annotations

import pytest

from factcheck.match.frames import frame
from factcheck.match.relation import compare, same_verb


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("The merger is valued at $75 million.", ("merger",)),
        ("The merger is worth $75 million.", ("merger",)),
        ("The takeover was valued at about £2bn.", ("takeover",)),
        ("Velm Rail signed a $75m merger.", ("merger",)),
        ("The ministry awarded a €12m cleaning contract.", ("clean", "contract")),
    ],
)
def test_a_value_in_any_wording_is_the_value_of_its_noun(
    text: str, what: tuple[str, ...]
) -> None:
    m = frame(text).measures[0]
    assert m.what == what
    assert same_verb(m.predicate, "worth")


def test_a_sum_after_its_verb_keeps_its_verb() -> None:
    m = frame("The port authority paid $3m to the contractor.").measures[0]
    assert not same_verb(m.predicate, "value")


PAIRS = [
    ("The merger is valued at $75 million.", "The merger is worth $90 million.", "conflicts"),
    ("The merger is valued at $75 million.", "The merger is worth $75 million.", "corroborates"),
    (
        "Velm Rail signed a $75m freight merger with Osk Cargo.",
        "Velm Rail's freight merger with Osk Cargo is worth $90 million.",
        "conflicts",
    ),
    (
        "Velm Rail signed a $75m freight merger with Osk Cargo.",
        "The freight merger between Velm Rail and Osk Cargo is valued at $90 million.",
        "conflicts",
    ),
    (
        "Velm Rail signed a $75m freight merger with Osk Cargo.",
        "Velm Rail's freight merger with Osk Cargo is worth $75 million.",
        "corroborates",
    ),
    # the neighbours that must not change: two sums of one act, an opposite act
    (
        "Tarn Foods won a $30m catering contract.",
        "Tarn Foods won a $45m catering contract.",
        "conflicts",
    ),
    (
        "Tarn Foods won a $30m catering contract.",
        "Tarn Foods lost a $30m catering contract.",
        "conflicts",
    ),
]


@pytest.mark.parametrize(("a", "b", "relation"), PAIRS)
def test_values_in_two_wordings(a: str, b: str, relation: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == relation, (x, y, result.reasons)


def test_two_values_that_differ_are_a_decided_conflict() -> None:
    result = compare("The merger is valued at $75 million.", "The merger is worth $90 million.")
    assert not result.needs_review
    assert "figures differ: $75 million vs $90 million" in result.reasons
