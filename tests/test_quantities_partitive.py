"""A fronted partitive ("Of the 40 passengers, 21 survived") gives the group's size first
and the count of the outcome after the comma, as "21 of the 40 passengers survived" does:
the size is the base, never the count of those the verb happened to."""

from __future__ import annotations

import pytest

from factcheck.match.relation import claim_features, compare, fronted_partitive
from factcheck.normalize import find_quantities


@pytest.mark.parametrize(
    ("text", "size", "part", "group"),
    [
        ("Of the 60 ferry passengers, 38 were rescued.", "60", "38", "passenger"),
        ("Among the 250 evacuees, 9 needed oxygen.", "250", "9", "evacuee"),
        ("Out of 75 samples tested, 11 were positive.", "75", "11", "sample"),
        ("Amongst its 30 branches, 4 will close.", "30", "4", "branch"),
        ("Of the 80 staff, the firm kept 20.", "80", "20", "staff"),
        ("Inspectors said that of the 18 lifts, 5 were unsafe.", "18", "5", "lift"),
    ],
)
def test_a_fronted_partitive_reads_the_size_and_the_part(
    text: str, size: str, part: str, group: str
) -> None:
    quantities = find_quantities(text)
    found = fronted_partitive(text, quantities)
    assert found is not None
    k_size, k_part, words = found
    assert quantities[k_size].text == size
    assert k_part is not None and quantities[k_part].text == part
    assert group in words
    features = claim_features(text)
    assert features.group_sizes[k_size]
    assert not features.group_sizes[k_part]


@pytest.mark.parametrize(
    "text",
    [
        "Of course, 40 people died.",
        "Of the injured, 12 were children.",
        "Of the 40 buses and 12 trams, 9 broke down.",
        "Of the $4 million raised, $1 million went to the clinic.",
        "Forty people died.",
    ],
)
def test_no_fronted_partitive(text: str) -> None:
    assert fronted_partitive(text, find_quantities(text)) is None


def test_a_fronted_partitive_without_a_figure_after_it_still_marks_the_size() -> None:
    text = "Of the 40 passengers, most survived."
    found = fronted_partitive(text, find_quantities(text))
    assert found is not None and found[1] is None
    assert claim_features(text).group_sizes[found[0]]


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # the size is not the count of the outcome
        ("Of the 60 ferry passengers, 38 were rescued.", "60 passengers were rescued.",
         "conflicts"),
        ("Among the 250 evacuees, 9 needed oxygen.", "250 evacuees needed oxygen.",
         "conflicts"),
        ("Out of 75 samples tested, 11 were positive.", "75 samples were positive.",
         "conflicts"),
        # the part is the count of the outcome
        ("Of the 60 ferry passengers, 38 were rescued.", "38 passengers were rescued.",
         "corroborates"),
        ("Out of 75 samples tested, 11 were positive.", "11 samples were positive.",
         "corroborates"),
        # fronted and postposed say the same
        ("Of the 60 ferry passengers, 38 were rescued.",
         "38 of the 60 ferry passengers were rescued.", "corroborates"),
        ("Of the 60 ferry passengers, 38 were rescued.",
         "Of the 60 ferry passengers, 31 were rescued.", "conflicts"),
    ],
)
def test_a_fronted_partitive_is_compared_like_a_postposed_one(
    a: str, b: str, relation: str
) -> None:
    assert compare(a, b).relation == relation
    assert compare(b, a).relation == relation


def test_the_size_of_the_group_never_corroborates_the_count_of_the_outcome() -> None:
    result = compare("Of the 90 wells in the valley, 30 were dry.", "90 wells were dry.")
    assert result.relation != "corroborates"
