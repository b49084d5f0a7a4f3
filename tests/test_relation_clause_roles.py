"""Roles of an act told in a participle or relative clause (#9, tester9d fault 1): the
clause's act has the main subject as its agent and its object as its patient, so the
other claim's reversed roles conflict and the same roles corroborate, as they do between
two main clauses."""

from __future__ import annotations

import pytest

from factcheck.extract import participle_readings
from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("text", "main", "act"),
    [
        (
            "Kessel Rovers won the Ardmore Cup, beating Lomond City 3-1.",
            "Kessel Rovers won the Ardmore Cup.",
            "Kessel Rovers beat Lomond City 3-1.",
        ),
        (
            "Ines Moro won the Tarnby seat after defeating Piet Hale by 212 votes.",
            "Ines Moro won the Tarnby seat.",
            "Ines Moro defeated Piet Hale by 212 votes.",
        ),
        (
            "Corvane Foods grew fast, having acquired Pellin Dairy in 2022.",
            "Corvane Foods grew fast.",
            "Corvane Foods acquired Pellin Dairy in 2022.",
        ),
        (
            "Overtaking Mia Sand on the last lap, Rosa Vik took the title.",
            "Rosa Vik took the title.",
            "Rosa Vik overtook Mia Sand on the last lap.",
        ),
    ],
)
def test_participle_reading_keeps_the_main_subject_as_agent(text: str, main: str, act: str) -> None:
    assert participle_readings(text) == (main, act)


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain fell overnight, including 40 mm in Ostvik.",  # a list, no act
        "The mayor spoke on Monday, citing a new report.",  # a source
        "Dunfield Athletic beat Kessel Rovers 2-0.",  # no clause
    ],
)
def test_no_participle_reading_without_an_act(text: str) -> None:
    assert participle_readings(text) is None


@pytest.mark.parametrize(
    ("clause", "reversed_", "same"),
    [
        (
            "Kessel Rovers won the Ardmore Cup, beating Lomond City 3-1.",
            "Lomond City beat Kessel Rovers 3-1.",
            "Kessel Rovers beat Lomond City 3-1.",
        ),
        (
            "Ines Moro won the Tarnby seat, defeating Piet Hale by 212 votes.",
            "Piet Hale defeated Ines Moro by 212 votes.",
            "Ines Moro defeated Piet Hale by 212 votes.",
        ),
        (
            "Corvane Foods doubled its sales after acquiring Pellin Dairy in 2022.",
            "Pellin Dairy acquired Corvane Foods in 2022.",
            "Corvane Foods acquired Pellin Dairy in 2022.",
        ),
        (
            "Beating Lomond City 3-1, Kessel Rovers won the Ardmore Cup.",
            "Lomond City beat Kessel Rovers 3-1.",
            "Kessel Rovers beat Lomond City 3-1.",
        ),
        # a relative clause of the subject: its act is the subject's too
        (
            "Tomas Berg, who beat Lena Holt in May, won the Orvik title.",
            "Lena Holt beat Tomas Berg in May.",
            "Tomas Berg beat Lena Holt in May.",
        ),
        (
            "The Halden council, which sued Varrow Mining in 2021, lost its appeal.",
            "Varrow Mining sued the Halden council in 2021.",
            "The Halden council sued Varrow Mining in 2021.",
        ),
    ],
)
def test_roles_in_a_clause_decide_as_in_a_main_clause(
    clause: str, reversed_: str, same: str
) -> None:
    for x, y in ((clause, reversed_), (reversed_, clause)):
        result = compare(x, y)
        assert result.relation == "conflicts", result
        assert any(p.name == "roles reversed" for p in result.parts), result
        assert any(p.name == "clause compared" for p in result.parts), result
    for x, y in ((clause, same), (same, clause)):
        result = compare(x, y)
        assert result.relation == "corroborates", result
        assert not any(p.name == "roles reversed" for p in result.parts)


def test_a_clause_of_other_parties_leaves_the_whole_sentence() -> None:
    # The other claim's roles are not the clause's parties: the sentences are compared
    # whole, as before (the main clause's cup, not the clause's act).
    result = compare(
        "Kessel Rovers won the Ardmore Cup, beating Lomond City 3-1.",
        "Kessel Rovers won the Ardmore Cup.",
    )
    assert result.relation == "corroborates"
    assert not any(p.name == "clause compared" for p in result.parts)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # both claims tell the act in a clause, roles reversed (reader F4)
        (
            "Orla Finn won the Harl Cup, beating Ben Sato.",
            "Ben Sato won the Harl Cup, beating Orla Finn.",
        ),
        (
            "Having defeated Kessel Rovers, Lomond City reached the final.",
            "Having defeated Lomond City, Kessel Rovers reached the final.",
        ),
    ],
)
def test_two_clause_acts_with_reversed_roles_conflict(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "conflicts", (x, y, result.reasons)
        assert any(r.startswith("clause compared") for r in result.reasons)


def test_two_clause_acts_alike_are_compared_whole() -> None:
    result = compare(
        "Orla Finn won the Harl Cup, beating Ben Sato.",
        "Orla Finn won the Harl Cup on Sunday, beating Ben Sato.",
    )
    assert result.relation == "corroborates", result.reasons
