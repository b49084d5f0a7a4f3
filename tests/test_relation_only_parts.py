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
