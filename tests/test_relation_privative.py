"""A privative before the noun of a verb denies the verb: "released without charge" is
"not charged", so it never corroborates a claim that the same person was charged."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("asserted", "denied", "detail"),
    [
        (
            "Ada Lund was charged with fraud.",
            "Ada Lund was released without charge.",
            "'charged' vs 'without charge'",
        ),
        (
            "The driver was injured in the crash.",
            "The driver walked away from the crash without injury.",
            "'injured' vs 'without injury'",
        ),
        ("Ada Lund was charged with fraud.", "Ada Lund was freed without being charged.", ""),
    ],
)
def test_without_the_noun_of_a_verb_denies_it(asserted: str, denied: str, detail: str) -> None:
    for a, b in ((asserted, denied), (denied, asserted)):
        result = compare(a, b)
        assert result.relation == "conflicts", result.reasons
        assert any(r.startswith("asserted vs denied") for r in result.reasons), result.reasons
    if detail:
        assert f"asserted vs denied: {detail}" in compare(asserted, denied).reasons


def test_two_privatives_of_one_act_still_agree() -> None:
    result = compare("Ada Lund was released without charge.", "Ada Lund was freed without charge.")
    assert result.relation == "corroborates", result.reasons


def test_a_privative_about_another_person_is_no_denial() -> None:
    result = compare("Ada Lund was charged with fraud.", "Ben Ross was released without charge.")
    assert not any(r.startswith("asserted vs denied") for r in result.reasons)
    assert result.relation != "corroborates"
