"""Refuting frames read as a reporter reads them (tester's fault 3).

- A pronoun subject of a denied clause is the denier's own: "Ilsa Morrow denied that
  she had resigned" refutes "Ilsa Morrow had resigned", so it meets "Ilsa Morrow
  resigned" (it was unrelated, the refuted clause "she had resigned").
- Two refutations of one claim agree; refutations never dispute each other.
- The singular "The report that X is a hoax" refutes X like the plural does (it was
  read as the speaker "The" and the assertion "X is").
"""

from __future__ import annotations

import pytest

from factcheck.match.frames import frame
from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("denial", "refuted"),
    [
        (
            "Senator Dana Ferris denied that she had voted for the levy.",
            "Senator Dana Ferris had voted for the levy",
        ),
        ("Carrow Mills denied that it had closed its Lenby plant.", "Carrow Mills had closed"),
        ("The council has denied that it sold the Wharf site.", "The council sold the Wharf"),
        ("The Ostley union rejected claims that they ended the strike.", "The Ostley union"),
    ],
)
def test_a_pronoun_in_a_denied_clause_is_the_denier(denial: str, refuted: str) -> None:
    f = frame(denial)
    assert f.refutes is not None
    assert f.refutes.text.startswith(refuted), f.refutes.text


def test_a_pronoun_that_cannot_be_the_denier_is_left_alone() -> None:
    # "he" is not the police; "it" is not a person with a title
    f = frame("Police denied reports that he had fled the country.")
    assert f.refutes is not None and f.refutes.text.startswith("he had fled")
    g = frame("Mayor Dana Ferris denied that it had been sold to a developer.")
    assert g.refutes is not None and g.refutes.text.startswith("it had been sold")


def test_a_denial_by_the_person_conflicts_with_the_statement() -> None:
    denial = "Senator Dana Ferris denied that she had voted for the levy."
    for statement in (
        "Senator Dana Ferris voted for the levy on Tuesday.",
        "Senator Dana Ferris voted for the levy on Tuesday, sources close to the matter said.",
    ):
        assert compare(denial, statement).relation == "conflicts"
        assert compare(statement, denial).relation == "conflicts"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "Claims that Senator Dana Ferris voted for the levy are false.",
            "Senator Dana Ferris denied that she had voted for the levy.",
        ),
        (
            "Reports that the Wharf site was sold are untrue.",
            "The report that the Wharf site was sold is a hoax.",
        ),
    ],
)
def test_two_refutations_of_one_claim_agree(one: str, other: str) -> None:
    for x, y in ((one, other), (other, one)):
        assert compare(x, y).relation == "corroborates", compare(x, y).reasons


def test_two_refutations_never_conflict() -> None:
    one = "Claims that 40 people died in the Orrin blast are false."
    other = "Officials dismissed reports that 12 people died in the Orrin blast."
    assert compare(one, other).relation != "conflicts"


@pytest.mark.parametrize(
    "singular",
    [
        "The report that the Wharf site was sold is a hoax.",
        "The claim that Dana Ferris resigned is false.",
        "The rumour that the mayor quit is untrue.",
    ],
)
def test_a_singular_report_called_false_refutes_its_clause(singular: str) -> None:
    f = frame(singular)
    assert f.refutes is not None, f
    assert f.speaker == ""
    assert " is" not in f.refutes.text.split()[-1:]


@pytest.mark.parametrize(
    "no_truth",
    [
        "Officials said there was no truth to reports that the Larch bridge will close.",
        "There is no truth in claims that the Larch bridge will close.",
        "There is not a shred of truth behind rumours that the Larch bridge will close.",
    ],
)
def test_no_truth_to_reports_refutes_them(no_truth: str) -> None:
    f = frame(no_truth)
    assert f.refutes is not None and f.refuted_by == "no truth"
    assert compare(no_truth, "The Larch bridge will close.").relation == "conflicts"


# A phrase between the report noun and its "that"-clause ("Rumours on social media that
# …") is no part of the clause called false; a reporting verb coordinated after a denied
# clause ("… and said he would stay") is the denier's act, not the clause (tester9c).
@pytest.mark.parametrize(
    ("claim", "other", "refuted"),
    [
        (
            "Rumours on social media that the weir collapsed are untrue.",
            "The weir collapsed.",
            "the weir collapsed",
        ),
        (
            "Reports in two local papers that the tannery shut are false.",
            "The tannery shut.",
            "the tannery shut",
        ),
        (
            "Councillor Ada Brenn denied that she had sold the land and said she would sue.",
            "Councillor Ada Brenn sold the land.",
            "Councillor Ada Brenn had sold the land",
        ),
        (
            "The warden denied that the gate was forced, and added that nothing was taken.",
            "The gate was forced.",
            "the gate was forced",
        ),
    ],
)
def test_the_refuted_clause_is_the_clause_alone(claim: str, other: str, refuted: str) -> None:
    for result in (compare(claim, other), compare(other, claim)):
        assert result.relation == "conflicts", result.reasons
    f = frame(claim)
    assert f.refutes is not None and f.refutes.text == refuted, f.refutes


def test_a_coordinated_verb_of_the_denied_clause_stays_in_it() -> None:
    f = frame("Police denied that officers had hit and kicked the man.")
    assert f.refutes is not None and f.refutes.text.endswith("hit and kicked the man")
