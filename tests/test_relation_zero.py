"""A zero against a count of one outcome is a conflict, however short the claims and
however the zero is said: a negated subject ("Nobody was hurt"), a negated existential
("There were no injuries") or a report so far ("No deaths have been reported")."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("zero", "count", "detail"),
    [
        ("Nobody was hurt.", "Three people were hurt.", "none hurt vs Three people hurt"),
        ("No one was injured.", "Six people were injured.", "none injured vs Six people injured"),
        ("There were no injuries.", "Five people were injured.", "no injuries vs Five people"),
        ("There have been no deaths.", "One resident has died.", "no deaths vs One resident"),
        ("No deaths have been reported.", "One man has died.", "no deaths reported vs"),
    ],
)
def test_a_zero_conflicts_with_a_count_of_its_outcome(zero: str, count: str, detail: str) -> None:
    for a, b in ((zero, count), (count, zero)):
        result = compare(a, b)
        assert result.relation == "conflicts", result.reasons
    shown = compare(zero, count).reasons
    assert any(r.startswith(f"figures differ: {detail}") for r in shown), shown


@pytest.mark.parametrize(
    ("zero", "count"),
    [
        ("Nobody was hurt.", "Three people were killed."),
        ("There were no injuries.", "Two people were arrested."),
        ("No deaths have been reported.", "Two people were hurt."),
    ],
)
def test_a_zero_of_another_outcome_is_no_conflict(zero: str, count: str) -> None:
    assert compare(zero, count).relation == "unrelated"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("There were no injuries.", "Nobody was injured."),
        ("There were no injuries.", "No one was hurt."),
        ("No one was hurt.", "No injuries were reported."),
        ("Nobody was injured.", "No one was hurt."),
        ("There have been no deaths.", "Nobody died."),
        ("No people were hurt.", "Nobody was hurt."),
    ],
)
def test_zeros_of_one_outcome_corroborate(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert compare(x, y).relation == "corroborates", compare(x, y).reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("There were no injuries.", "There were no deaths."),
        ("Nobody was hurt.", "Nobody was arrested."),
        ("No passengers were hurt.", "No crew members were hurt."),
        ("No staff were hurt.", "Nobody was hurt."),
    ],
)
def test_zeros_of_two_outcomes_or_groups_do_not_corroborate(a: str, b: str) -> None:
    assert compare(a, b).relation == "unrelated"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("A patient has died.", "One man died."),
        ("A patient has died.", "One person died."),
        ("A guard was injured.", "One woman was hurt."),
    ],
)
def test_an_indefinite_subject_is_a_count_of_one(one: str, other: str) -> None:
    for x, y in ((one, other), (other, one)):
        result = compare(x, y)
        assert result.relation == "corroborates", result.reasons
    assert "number in one claim only" not in " ".join(compare(one, other).reasons)


@pytest.mark.parametrize(
    ("one", "zero"),
    [
        ("A patient has died.", "Nobody died."),
        ("A patient has died.", "There were no deaths."),
        ("A man was arrested.", "Nobody was arrested."),
    ],
)
def test_an_indefinite_subject_conflicts_with_a_zero(one: str, zero: str) -> None:
    for x, y in ((one, zero), (zero, one)):
        assert compare(x, y).relation == "conflicts", compare(x, y).reasons


def test_an_indefinite_subject_of_another_outcome_is_no_count_of_it() -> None:
    assert compare("A patient has died.", "A man was injured.").relation == "unrelated"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("A cat died in the blaze.", "One man died in the blaze."),
        ("A pony was killed.", "One woman was killed."),
        ("A firefighter was hurt.", "One resident was hurt."),
        ("A nurse was injured.", "One passenger was injured."),
    ],
)
def test_an_indefinite_subject_meets_a_count_of_one_only_of_the_same_people(
    one: str, other: str
) -> None:
    # Both nouns must name people, and one of them be a word for a person of any kind
    # (or the same noun): an animal and a man, or two roles, are two counts.
    for x, y in ((one, other), (other, one)):
        result = compare(x, y)
        assert result.relation != "corroborates", result.reasons
        assert not any(r.startswith("same measure: one") for r in result.reasons)


def test_a_role_meets_the_general_word_for_a_person() -> None:
    for x, y in (("A cyclist has died.", "One person died."), ("One man died.", "A driver died.")):
        assert compare(x, y).relation == "corroborates", compare(x, y).reasons


# One denial said two ways is one polarity: a negated determiner on the object ("found
# no wells") is the verb negated with "any" ("did not find any wells"), and a denial
# verb over a clause ("denied that …") is that clause negated.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Divers found no wreckage.", "Divers did not find any wreckage."),
        ("Auditors found no errors.", "Auditors didn't find any errors."),
        ("The army denied that its jets bombed the depot.", "Its jets did not bomb the depot."),
    ],
)
def test_one_denial_worded_two_ways_is_no_conflict(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "corroborates", result.reasons


# A denial against an assertion still conflicts, whichever word carries the "not".
@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Auditors found no errors.", "Auditors found errors."),
        ("Auditors did not find any errors.", "Auditors found errors."),
    ],
)
def test_a_denial_against_an_assertion_still_conflicts(a: str, b: str) -> None:
    assert compare(a, b).relation == "conflicts"


# "found no X" against "N X were found": a zero against a count of what was found.
@pytest.mark.parametrize(
    ("zero", "count"),
    [
        ("Divers found no bodies.", "Three bodies were found."),
        ("Searchers did not find any hikers.", "Searchers found two hikers."),
        ("No cracks were found.", "Inspectors found four cracks."),
    ],
)
def test_nothing_found_conflicts_with_a_count_found(zero: str, count: str) -> None:
    for a, b in ((zero, count), (count, zero)):
        result = compare(a, b)
        assert result.relation == "conflicts", result.reasons
        assert any(r.startswith("figures differ:") for r in result.reasons), result.reasons


def test_nothing_found_is_no_count_of_another_thing() -> None:
    assert compare("Divers found no bodies.", "Three cars were found.").relation != "conflicts"
