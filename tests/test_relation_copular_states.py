"""Two different states of one subject are two statements, not one told twice (#9):
"The barge was overloaded" / "The barge was insured" share a subject and a copula, not a
fact. Synonym heads are one state; opposite heads still conflict."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare

_DIFFERENT_STATES = [
    # passive participles
    ("The barge was overloaded.", "The barge was insured."),
    ("The warehouse was flooded.", "The warehouse was looted."),
    ("The old mill was damaged.", "The old mill was demolished."),
    # adjectives after a copula
    ("The footbridge was open.", "The footbridge was safe."),
    ("The clinic is busy.", "The clinic is understaffed."),
    # a verb of state against a copula
    ("The harbour remained closed.", "The harbour was flooded."),
    ("The old north tunnel stayed open.", "The old north tunnel was unsafe."),
]


@pytest.mark.parametrize(("a", "b"), _DIFFERENT_STATES)
def test_two_states_of_one_subject_are_unrelated(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "unrelated", result.reasons
        assert any(r.startswith("different state") for r in result.reasons), result.reasons
        # both may be true at once: nothing for a person to settle
        assert not result.needs_review


def test_denial_of_one_state_is_no_conflict_with_another() -> None:
    # the worst error of #9: denying one state read as disputing a different one
    result = compare("The barge was not insured.", "The barge was overloaded.")
    assert result.relation == "unrelated", result.reasons
    assert not result.needs_review


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The regatta was postponed.", "The regatta was delayed."),
        ("The stoker was injured.", "The stoker was hurt."),
        ("The sluice gate was repaired.", "The sluice gate was fixed."),
    ],
)
def test_synonym_states_still_agree(a: str, b: str) -> None:
    result = compare(a, b)
    assert result.relation == "corroborates", result.reasons
    assert not any(r.startswith("different state") for r in result.reasons)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The coast road was closed.", "The coast road was open."),
        ("The ferryman was alive.", "The ferryman was dead."),
        ("The barge was overloaded.", "The barge was not overloaded."),
    ],
)
def test_opposite_or_denied_state_still_conflicts(a: str, b: str) -> None:
    result = compare(a, b)
    assert result.relation == "conflicts", result.reasons


def test_a_state_named_in_both_claims_is_shared() -> None:
    # "overloaded and uninsured" also says "uninsured": not a different state
    result = compare("The barge was overloaded and uninsured.", "The barge was uninsured.")
    assert not any(r.startswith("different state") for r in result.reasons), result.reasons


def test_different_subjects_are_not_read_as_states() -> None:
    # a state verb with an active verb ("sank") is left to the other rules
    result = compare("The barge was overloaded.", "The barge sank.")
    assert not any(r.startswith("different state") for r in result.reasons), result.reasons


def test_a_shared_complement_leaves_two_participles_to_the_other_rules() -> None:
    # "without charge" in both: two words for one act the tables may lack
    a, b = "Ivo Marsh was released without charge.", "Ivo Marsh was freed without charge."
    result = compare(a, b)
    assert not any(r.startswith("different state") for r in result.reasons), result.reasons
    assert result.relation == "corroborates", result.reasons


def test_synonym_states_agree() -> None:
    """One state worded two ways is no 'different state' (the synonym groups decide)."""
    from factcheck.match.relation import compare

    assert compare("The coast road was closed.", "The coast road was shut.").relation == (
        "corroborates"
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The ferry was overloaded.", "The ferry was overcrowded."),
        (
            "The Brenn bus was overcrowded when it crashed.",
            "The Brenn bus was overloaded when it crashed.",
        ),
        (
            "The Tolle barge was badly overloaded, the harbour office said.",
            "The Tolle barge was overcrowded.",
        ),
    ],
)
def test_near_synonym_states_are_a_held_corroboration(a: str, b: str) -> None:
    """Overloaded and overcrowded ([[near]] in match_synonyms.toml) are often one state of
    a vessel, sometimes two (cargo, not people): neither decided as two states nor as
    one, the corroboration waits for a person."""
    for result in (compare(a, b), compare(b, a)):
        assert result.relation == "corroborates" and result.needs_review, result.reasons
        assert any(r.startswith("near synonyms") for r in result.reasons), result.reasons
        assert not any(r.startswith("different state") for r in result.reasons)


def test_a_near_synonym_is_no_synonym_of_another_state() -> None:
    result = compare("The ferry was overcrowded.", "The ferry was insured.")
    assert result.relation == "unrelated" and not result.needs_review, result.reasons
