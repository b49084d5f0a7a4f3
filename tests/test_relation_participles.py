"""Counts in relative clauses and participle phrases (#9): "five of whom are in
hospital" counts those in care, not five more hurt; in "Nine people injured in the crash
were treated" the measure is "treated", and "injured" describes the group."""

from __future__ import annotations

import pytest

from factcheck.match.frames import frame
from factcheck.match.relation import compare
from factcheck.normalize import canonical


@pytest.mark.parametrize(
    ("text", "predicate", "subject"),
    [
        ("Nine people injured in the crash were treated at the scene.", "treat", "people"),
        (
            "Twelve passengers rescued from the ferry have been discharged.",
            "discharge",
            "passenger",
        ),
        ("Four miners trapped in the shaft were brought out on Friday.", "bring", "miner"),
        ("Thirty pupils evacuated from the school were sent home.", "send", "pupil"),
    ],
)
def test_the_finite_verb_after_a_participle_phrase_is_the_predicate(
    text: str, predicate: str, subject: str
) -> None:
    f = frame(text)
    assert f.predicate == predicate
    assert f.subject == subject  # the participle phrase is no part of the subject
    assert [canonical(m.predicate) for m in f.measures] == [canonical(predicate)]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said on Monday that nine were hurt.",  # a verb of saying reports
        "Nine people injured in the crash, police said.",  # a comma: no relative clause
        "The death toll from the slide has risen to 31.",  # no past form before "from"
        "Nine people were injured in the crash.",  # the past form follows an auxiliary
    ],
)
def test_no_participle_phrase_without_its_shape(text: str) -> None:
    f = frame(text)
    assert f.predicate in {"hurt", "injure", "rise"}


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # the measure is those treated, not those injured
        (
            "Nine people injured in the crash were treated at the scene.",
            "Nine people were treated at the scene.",
            "corroborates",
        ),
        (
            "Nine people injured in the crash were treated at the scene.",
            "Seven people were treated at the scene.",
            "conflicts",
        ),
        (
            "Nine people injured in the crash were treated at the scene.",
            "Twelve people were injured in the crash.",
            "unrelated",
        ),
        (
            "Nine people injured in the crash were treated at the scene.",
            "Nine people were injured in the crash.",
            "unrelated",
        ),
    ],
)
def test_participle_phrase_pairs(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation, compare(a, b).reasons
    assert compare(b, a).relation == relation


@pytest.mark.parametrize(
    "text",
    [
        "Eight people were hurt, five of whom are in hospital.",
        "Eight people were hurt, five of whom remain in hospital.",
        "Eight people were hurt, five of them still in hospital.",
    ],
)
def test_a_partitive_count_in_hospital_is_a_count_in_care(text: str) -> None:
    f = frame(text)
    first, second = f.measures
    assert canonical(first.predicate) == "injure"
    assert second.quantity.value == 5
    if "of whom" in text:
        assert second.predicate == "hospital"


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (
            "Five people are in hospital.",
            "Eight people were hurt, five of whom are in hospital.",
            "corroborates",
        ),
        (
            "Six people are in hospital.",
            "Eight people were hurt, five of whom are in hospital.",
            "conflicts",
        ),
        (
            "Five climbers remain in hospital.",
            "Eleven climbers were injured, five of whom remain in hospital.",
            "corroborates",
        ),
    ],
)
def test_counts_in_hospital(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation, compare(a, b).reasons
    assert compare(b, a).relation == relation


def test_a_count_of_the_hurt_is_not_the_count_in_hospital() -> None:
    a, b = "Five people were hurt.", "Eight people were hurt, five of whom are in hospital."
    # five hurt against eight hurt: never agreement because five are in hospital
    assert compare(a, b).relation != "corroborates"
    assert compare(b, a).relation != "corroborates"
