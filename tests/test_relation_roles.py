"""Who did an act and who received it: two bodies doing one act, or one act done for
two groups, are two facts (issue #9), however alike the rest of the wording."""

from __future__ import annotations

import pytest

from factcheck.match.frames import frame, org_head, recipient
from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board offered porters a 3% rise.", ("porter",)),
        ("The board offered a 3% rise to school cooks.", ("school", "cook")),
        ("The agency paid contractors a £200 bonus.", ("contractor",)),
        ("The judge granted bail to Ena Moss.", ("Ena", "Moss")),
        ("The board offered 3%.", ()),
        ("The board rejected the offer.", ()),
    ],
)
def test_recipient_is_read_after_a_verb_of_giving(text: str, expected: tuple[str, ...]) -> None:
    assert recipient(frame(text)) == expected


def test_org_head_reads_a_body_by_its_kind_only() -> None:
    assert org_head(frame("The health trust approved the plan.")) == "trust"
    assert org_head(frame("The driver approved the plan.")) == ""
    assert org_head(frame("Ena Moss approved the plan.")) == ""


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        # another body, same act, same recipient, same figure
        (
            "The county council offered porters a 3% rise.",
            "The health trust offered porters a 3% rise.",
            "different agent",
        ),
        # both differ
        (
            "The county council offered porters a 3% rise.",
            "The health trust offered cooks a 3% rise.",
            "different agent",
        ),
        # same body, two groups, the recipient written either way
        (
            "The board offered porters a 3% rise.",
            "The board offered a 3% rise to cooks.",
            "different recipient",
        ),
    ],
)
def test_another_agent_or_recipient_is_another_thing(a: str, b: str, reason: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "unrelated"
        assert any(r.startswith(f"{reason}:") for r in result.reasons), result.reasons


def test_a_group_that_may_include_the_other_is_held_for_a_person() -> None:
    result = compare("The board offered staff a 3% rise.", "The board offered porters a 3% rise.")
    assert result.relation == "unrelated"
    assert result.needs_review
    assert any(r.startswith("recipients may overlap: staff vs porter") for r in result.reasons)


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # one recipient, written before or after the thing given
        (
            "The board offered porters a 3% rise.",
            "The board offered a 3% rise to porters.",
            "corroborates",
        ),
        # one recipient, figures differ: still a conflict
        (
            "The board offered porters a 3% rise.",
            "The board offered porters a 5% rise.",
            "conflicts",
        ),
        # "the company" may be the airline: no evidence of two bodies
        (
            "The company offered pilots an 8% rise.",
            "The airline offered pilots an 8% rise.",
            "corroborates",
        ),
        # a role and a name may be one person
        (
            "A judge granted bail to the driver.",
            "A judge granted bail to Ena Moss, the driver.",
            "corroborates",
        ),
    ],
)
def test_one_agent_and_recipient_still_compare(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation
    assert compare(b, a).relation == relation


@pytest.mark.parametrize(
    ("a", "b", "name", "held"),
    [
        # the narrower group outnumbers the wider one: other people, or a wrong figure
        ("1,100 midwives walked out.", "700 staff walked out.", "groups may overlap", True),
        # the narrower group fits inside the wider one: a part and its whole
        ("700 midwives walked out.", "1,100 staff walked out.", "part and whole", False),
        (
            "Some 80 porters joined the strike.",
            "About 300 hospital staff joined the strike.",
            "part and whole",
            False,
        ),
    ],
)
def test_counts_of_a_group_and_a_wider_one_never_conflict(
    a: str, b: str, name: str, held: bool
) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "unrelated"
        assert result.needs_review is held
        assert any(r.startswith(f"{name}:") for r in result.reasons), result.reasons


def test_the_overlap_is_said_in_words() -> None:
    result = compare("1,100 midwives walked out.", "700 staff walked out.")
    assert "groups may overlap: 1,100 midwives outnumber 700 staff" in result.reasons[0]


def test_two_named_groups_are_two_measures() -> None:
    result = compare("1,100 midwives walked out.", "700 doctors walked out.")
    assert result.relation == "unrelated"
    assert any(r.startswith("different measure:") for r in result.reasons)


@pytest.mark.parametrize("when", ["", " on Monday", " at the city hospital on Monday"])
@pytest.mark.parametrize(
    ("a", "b", "name", "held"),
    [
        ("700 midwives walked out", "1,100 staff walked out", "part and whole", False),
        ("1,100 midwives walked out", "700 staff walked out", "groups may overlap", True),
        (
            "The board offered cooks a 3% rise",
            "The board offered porters a 3% rise",
            "different recipient",
            False,
        ),
        (
            "The board offered staff a 3% rise",
            "The board offered porters a 3% rise",
            "recipients may overlap",
            True,
        ),
    ],
)
def test_whether_a_pair_of_groups_is_held_goes_by_its_kind_not_its_length(
    a: str, b: str, name: str, held: bool, when: str
) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(f"{x}{when}.", f"{y}{when}.")
        assert result.relation == "unrelated", result.reasons
        assert any(r.startswith(f"{name}:") for r in result.reasons), result.reasons
        assert result.needs_review is held, (when, result.score)
