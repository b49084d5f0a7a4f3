"""A determiner or quantifier before a figure opening a sentence ("All 12 miners",
"Both 2 pilots", "Another 12 homes", "The 12 remaining miners") goes with the count: the
figure is a quantity, compared with the other claim's, never part of a name or of the
subject (tester9 fault 0). Our own sentences."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare
from factcheck.normalize import find_quantities


@pytest.mark.parametrize(
    "opener", ["All", "Both", "Another", "The", "These", "Those", "Each", "Some", "Several"]
)
def test_a_determiner_before_a_figure_leaves_it_a_count(opener: str) -> None:
    text = f"{opener} 12 miners were rescued."
    assert [q.value for q in find_quantities(text)] == [12.0]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("All 12 miners were rescued.", "All 15 miners were rescued."),
        ("Both 2 pilots survived.", "Both 3 pilots survived."),
        ("Another 12 homes were flooded.", "Another 15 homes were flooded."),
        ("The 12 remaining miners were rescued.", "The 15 remaining miners were rescued."),
        ("All 12 miners were rescued.", "15 miners were rescued."),
    ],
)
def test_counts_after_a_determiner_are_compared(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "conflicts", (x, y, result.reasons)


def test_the_same_count_after_a_determiner_agrees_and_names_stay_names() -> None:
    assert compare(
        "All 12 miners were rescued.", "All 12 miners were rescued on Friday."
    ).relation == ("corroborates")
    assert find_quantities("Windows 10 users complained.") == ()
    assert find_quantities("The Kestrow 5 were freed.") == ()
