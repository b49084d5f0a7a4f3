"""A count of those of a group something happened to (arrested, injured) and the size of
the group doing something else (went on strike, fought a fire, marched) are two
measures of one event, a part and the whole at most: never rival counts decided as a
dispute. A count told with a verb of undergoing ("lost their lives", "got hurt") may be
the outcome in other words and stays comparable."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Eight bus drivers were arrested outside the depot in Halvik on Friday.",
            "Around 600 bus drivers at the Halvik depot went on strike on Friday.",
        ),
        (
            "Two lifeguards were hurt at Pellan beach on Sunday.",
            "Thirty lifeguards searched the water at Pellan beach on Sunday.",
        ),
        (
            "Police said 45 farmers were detained in Ostrow on Wednesday.",
            "Some 3,000 farmers blocked the roads into Ostrow on Wednesday.",
        ),
        (
            "Eleven volunteers were injured at the Corrin dam on Monday.",
            "About 250 volunteers built flood walls at the Corrin dam on Monday.",
        ),
    ],
)
def test_an_outcome_of_some_is_no_rival_of_the_group_acting(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "unrelated", result.reasons
        assert not result.needs_review
        assert any(r.startswith("part of a group: ") for r in result.reasons), result.reasons
        assert not any(r.startswith("same fact") for r in result.reasons)


def test_the_reason_names_both_counts_in_the_callers_order() -> None:
    result = compare(
        "Eight bus drivers were arrested outside the depot in Halvik on Friday.",
        "Around 600 bus drivers at the Halvik depot went on strike on Friday.",
    )
    detail = next(r for r in result.reasons if r.startswith("part of a group: "))
    assert detail.index("eight") < detail.index(" vs ") < detail.index("600")


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # the same outcome told with a verb of undergoing: still one measure
        (
            "Twelve people were killed in the avalanche near Tarn on Thursday.",
            "At least 15 people lost their lives in the avalanche near Tarn on Thursday.",
            "conflicts",
        ),
        (
            "Three cyclists were injured in the race at Dunley on Sunday.",
            "Five cyclists got hurt in the race at Dunley on Sunday.",
            "conflicts",
        ),
        # two counts of one outcome still conflict
        (
            "Six fans were arrested at the Kessel stadium on Saturday.",
            "Nine fans were arrested at the Kessel stadium on Saturday.",
            "conflicts",
        ),
        # the same act counted twice still conflicts
        (
            "About 4,000 porters at the Brill market went on strike on Monday.",
            "Only 1,200 porters at the Brill market went on strike on Monday.",
            "conflicts",
        ),
    ],
)
def test_one_measure_stays_comparable(a: str, b: str, relation: str) -> None:
    result = compare(a, b)
    assert result.relation == relation, result.reasons
    assert not any(r.startswith("part of a group") for r in result.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Twelve officers were attacked during the riot in Kelby.",  # done to them
        "Three climbers went missing on the ridge on Sunday.",  # an outcome after "went"
        "Nine patients needed treatment at the clinic on Friday.",  # undergoing
    ],
)
def test_what_is_no_act_of_the_group(text: str) -> None:
    other = "Two people were injured at the scene on Friday."
    assert not any(r.startswith("part of a group") for r in compare(text, other).reasons)
