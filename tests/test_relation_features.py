"""Two named features of one kind near one town are two places (#9): "the River Aln
near Kestrow" / "the River Tyde near Kestrow" share the town, not the river."""

from __future__ import annotations

import pytest

from factcheck.match.frames import named_heads
from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "A kayaker drowned in the River Aln near Kestrow.",
            "A kayaker drowned in the River Tyde near Kestrow.",
        ),
        (
            "Two boys were rescued from Cole Lake near Varnby.",
            "Two boys were rescued from Mere Lake near Varnby.",
        ),
        (
            "A lorry overturned on Sorrel Lane in Hathby.",
            "A lorry overturned on Mill Lane in Hathby.",
        ),
        (
            "A body was found in the Aln river near Kestrow.",
            "A body was found in the Tyde river near Kestrow.",
        ),
        (
            "The Orrin bridge near Kestrow was closed on Monday.",
            "The Dunmoor bridge near Kestrow was closed on Monday.",
        ),
    ],
)
def test_two_features_of_one_kind_near_one_town_are_two_places(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "unrelated", result.reasons
        # the feature is the subject in one row: a different subject says as much
        assert any(
            r.startswith(("different named thing", "different subject")) for r in result.reasons
        )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one river written two ways
        (
            "A body was found in the Aln river near Kestrow.",
            "A body was found in the River Aln near Kestrow.",
        ),
        # the feature's name in the other claim: one place
        ("A kayaker drowned in the River Aln.", "A kayaker drowned in the Aln at Kestrow."),
    ],
)
def test_one_feature_told_two_ways_stays_comparable(a: str, b: str) -> None:
    result = compare(a, b)
    assert result.relation == "corroborates", result.reasons
    assert not any(r.startswith("different named thing") for r in result.reasons)


def test_kind_written_before_its_name() -> None:
    assert ("aln", "river") in named_heads("Flooding hit the River Aln near Kestrow.")
    assert ("cole", "lake") in named_heads("They swam in Cole Lake.")
    assert ("orrin", "lake") in named_heads("They swam in Lake Orrin.")
