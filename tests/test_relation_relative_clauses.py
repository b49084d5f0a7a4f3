"""A relative clause set off by commas after a claim's subject states a second fact
about it (#9, tester9c): "The plant, which opened in 1978, is the company's oldest" says
when the plant opened, and "in 1978" is not the time of being the oldest. Each reading
is compared with the claim it is about."""

from __future__ import annotations

import pytest

from factcheck.extract import relative_readings
from factcheck.match.relation import compare

PLANT = "The Varrow plant, which opened in 1978, is the company's oldest."
KEEL = "Dana Keel, who was harbour engineer until 2019, testified on Monday."


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        (PLANT, ("The Varrow plant is the company's oldest.", "The Varrow plant opened in 1978.")),
        (KEEL, ("Dana Keel testified on Monday.", "Dana Keel was harbour engineer until 2019.")),
        (
            "The Tove bridge, which once carried 20,000 cars a day, will reopen in May.",
            (
                "The Tove bridge will reopen in May.",
                "The Tove bridge once carried 20,000 cars a day.",
            ),
        ),
        # the pronoun is the clause's object: no second statement of the subject's own
        ("The levy, which the council approved, raises $5 million.", None),
        # the words before the comma are no subject: a verb in them
        ("Police said the plant, which opened in 1978, had closed.", None),
        # a list, not a subject with its clause
        ("Ruiz, Lind and Moor voted against the budget.", None),
        ("The plant opened in 1978.", None),
    ],
)
def test_a_subjects_relative_clause_is_a_reading_of_its_own(
    text: str, readings: tuple[str, str] | None
) -> None:
    assert relative_readings(text) == readings


@pytest.mark.parametrize(
    ("other", "relation", "compared"),
    [
        ("The Varrow plant opened in 1987.", "conflicts", "The Varrow plant opened in 1978"),
        ("The Varrow plant opened in 1978.", "corroborates", "The Varrow plant opened in 1978"),
        (
            "The Varrow plant is the company's oldest.",
            "corroborates",
            "The Varrow plant is the company's oldest",
        ),
    ],
)
def test_the_other_claim_meets_the_reading_it_is_about(
    other: str, relation: str, compared: str
) -> None:
    for a, b in ((PLANT, other), (other, PLANT)):
        result = compare(a, b)
        assert result.relation == relation
        assert not result.needs_review
        assert any(p.name == "clause compared" and p.detail == compared for p in result.parts)


def test_a_denial_of_the_main_statement_conflicts_whatever_the_clause_dates() -> None:
    result = compare(KEEL, "Dana Keel did not testify on Monday.")
    assert result.relation == "conflicts"
    assert not any(p.name.startswith("different time") for p in result.parts)


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # both carry a clause, one not read as a reading: compared as written
        (
            "Mara Keel, 54, who was elected in 2019, denied the report.",
            "Mara Keel, who was elected in 2019, denied the report.",
            "corroborates",
        ),
        # another subject: the whole sentences tell them apart, as before (reviewer F5)
        (
            "The bridge, which was built in 1990, collapsed on Monday.",
            "The tunnel was built in 1990.",
            "unrelated",
        ),
        (
            "The bridge, which was built in 1990, collapsed on Monday.",
            "The tunnel collapsed on Monday.",
            "unrelated",
        ),
        (
            "The ferry, which carried 300 people, sank on Monday.",
            "The tug carried 300 people.",
            "unrelated",
        ),
    ],
)
def test_the_clause_reading_never_loses_what_the_whole_sentences_tell(
    a: str, b: str, relation: str
) -> None:
    result = compare(a, b)
    assert result.relation == relation
    assert not any(p.name == "clause compared" for p in result.parts)
