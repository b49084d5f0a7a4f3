"""Restrictive "only X": a listed member that is X's own part ("its airport", "Varn's
harbour", "the harbour of Varn") is no rival member of X's kind (reviewer F10)."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare


@pytest.mark.parametrize(
    "other",
    [
        "The militia holds Varn and its harbour.",
        "The militia holds Varn and Varn's harbour.",
        "The militia holds Varn and the harbour of Varn.",
    ],
)
def test_a_part_of_the_focus_is_no_rival_member(other: str) -> None:
    for result in (
        compare("The militia holds only Varn.", other),
        compare(other, "The militia holds only Varn."),
    ):
        assert result.relation != "conflicts", result.reasons
        assert not any(r.startswith("only one of them") for r in result.reasons)


@pytest.mark.parametrize(
    "other",
    ["The militia holds Varn and Tusk.", "The militia holds Varn and the harbour of Tusk."],
)
def test_a_rival_member_still_conflicts(other: str) -> None:
    result = compare("The militia holds only Varn.", other)
    assert result.relation == "conflicts", result.reasons
    assert any(r.startswith("only one of them") for r in result.reasons)


@pytest.mark.parametrize(
    ("only", "listed"),
    [
        ("The rebels hold only Orsk.", "The rebels hold Orsk and the bridge."),
        ("The rebels hold only Orsk.", "The rebels hold the bridge and Orsk."),
        ("The law applies only to cars.", "The law applies to cars and vans."),
        ("The fund pays only for repairs.", "The fund pays for repairs and insurance."),
    ],
)
def test_a_listed_member_of_another_kind_holds_the_conflict(only: str, listed: str) -> None:
    """A rival made by the word list alone (restrictive "only" and a joiner) is decided
    only when the added member is of the focus's kind; anything else may be a thing the
    "only" never excluded, and a person decides (reviewer F10)."""
    for result in (compare(only, listed), compare(listed, only)):
        assert result.relation == "conflicts" and result.needs_review, result.reasons


@pytest.mark.parametrize(
    ("only", "listed"),
    [
        ("The rebels hold only Orsk.", "The rebels hold Orsk and Velm."),
        ("The rebels hold only Orsk.", "The rebels hold Velm and Orsk."),
        ("Only Ruiz was charged.", "Ruiz and Lind were charged."),
        ("Only the mayor voted against.", "The mayor and two councillors voted against."),
    ],
)
def test_a_listed_member_of_the_focus_kind_decides_the_conflict(only: str, listed: str) -> None:
    # two names, or two persons: another member of the kind "only" excludes
    for result in (compare(only, listed), compare(listed, only)):
        assert result.relation == "conflicts" and not result.needs_review, result.reasons
