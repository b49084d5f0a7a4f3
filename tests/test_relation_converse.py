"""One two-party act told with converse verbs (#9, tester9d fault 1): "X beat Y" and "Y
lost to X" say the same thing, "X beat Y" and "X lost to Y" give the outcome to the
other party. The roles decide, not the verbs (``[[converse]]`` of match_antonyms.toml)."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare


def _both_orders(a: str, b: str) -> list[tuple[str, str]]:
    return [(a, b), (b, a)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Lomond City beat Kessel Rovers 3-1 on Sunday.",
            "Kessel Rovers lost to Lomond City 3-1 on Sunday.",
        ),
        (
            "Ines Moro defeated Piet Hale in the Tarnby election.",
            "Piet Hale lost to Ines Moro in the Tarnby election.",
        ),
        (
            "Lomond City won against Kessel Rovers on Sunday.",
            "Kessel Rovers fell to Lomond City on Sunday.",
        ),
        (
            "Corvane Foods bought the Ellis depot from Pellin Dairy.",
            "Pellin Dairy sold the Ellis depot to Corvane Foods.",
        ),
        (
            "Astor Bank lent 8 million to Ruddock Mills.",
            "Ruddock Mills borrowed 8 million from Astor Bank.",
        ),
        (
            "Ines Moro led Piet Hale by six points in the poll.",
            "Piet Hale trailed Ines Moro by six points in the poll.",
        ),
        # one side's verbs in the same order: one act in other words
        ("Lomond City defeated Kessel Rovers.", "Lomond City beat Kessel Rovers."),
        # a passive of one side against the other side
        ("Kessel Rovers were beaten by Lomond City.", "Kessel Rovers lost to Lomond City."),
    ],
)
def test_converse_verbs_with_swapped_parties_corroborate(a: str, b: str) -> None:
    for x, y in _both_orders(a, b):
        result = compare(x, y)
        assert result.relation == "corroborates", result
        assert not result.needs_review, result
        names = {p.name for p in result.parts}
        assert "one act told from both sides" in names
        assert not names & {"different words", "opposite verbs", "roles reversed"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Lomond City beat Kessel Rovers 3-1 on Sunday.",
            "Lomond City lost to Kessel Rovers 3-1 on Sunday.",
        ),
        (
            "Ines Moro defeated Piet Hale in the Tarnby election.",
            "Ines Moro lost to Piet Hale in the Tarnby election.",
        ),
        (
            "Corvane Foods bought the Ellis depot from Pellin Dairy.",
            "Corvane Foods sold the Ellis depot to Pellin Dairy.",
        ),
        (
            "Astor Bank lent 8 million to Ruddock Mills.",
            "Astor Bank borrowed 8 million from Ruddock Mills.",
        ),
        (
            "Ines Moro led Piet Hale by six points in the poll.",
            "Ines Moro trailed Piet Hale by six points in the poll.",
        ),
        # one side's verbs with the parties swapped
        ("Lomond City defeated Kessel Rovers.", "Kessel Rovers beat Lomond City."),
    ],
)
def test_converse_verbs_in_the_same_order_conflict(a: str, b: str) -> None:
    for x, y in _both_orders(a, b):
        result = compare(x, y)
        assert result.relation == "conflicts", result
        reason = next(p for p in result.parts if p.name == "roles reversed")
        assert " vs " in reason.detail


def test_the_converse_reason_names_the_other_party_with_its_word() -> None:
    result = compare("Lomond City beat Kessel Rovers.", "Lomond City lost to Kessel Rovers.")
    reason = next(p for p in result.parts if p.name == "roles reversed")
    assert reason.detail == "Lomond City beat Kessel Rovers vs Lomond City lost to Kessel Rovers"


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # one party's two outcomes stay opposite verbs
        ("Lomond City won on Sunday.", "Lomond City lost on Sunday.", "conflicts"),
        # without the other party named there is no act of two parties to turn round
        ("Lomond City won the Ardmore Cup.", "Kessel Rovers lost the Ardmore Cup.", "unrelated"),
    ],
)
def test_without_both_parties_the_verbs_keep_their_reading(a: str, b: str, relation: str) -> None:
    for x, y in _both_orders(a, b):
        result = compare(x, y)
        assert result.relation == relation, result
        assert not any(p.name == "one act told from both sides" for p in result.parts)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tave beat Ormo in the final.", "Tave lost to Ormo in the final."),
        ("Tave beat Ormo.", "Tave lost to Ormo."),
    ],
)
def test_converse_reversal_of_one_word_names_decides_like_a_plain_one(a: str, b: str) -> None:
    """The two verbs are one act's words, so they cost the wording score nothing: the
    reversal decides as "Tave beat Ormo" / "Ormo beat Tave" does, and the reason writes
    the names as the claims do, also when both open their sentences."""
    plain = compare(a, b.replace("Tave lost to Ormo", "Ormo beat Tave"))
    assert (plain.relation, plain.needs_review) == ("conflicts", False)
    for x, y in _both_orders(a, b):
        result = compare(x, y)
        assert (result.relation, result.needs_review) == ("conflicts", False), result
        reason = next(p for p in result.parts if p.name == "roles reversed")
        assert "Tave" in reason.detail and "tave" not in reason.detail


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # something of a party is another party (reader F2): "Arden's coach" is not Arden
        ("Arden's coach beat Velm in the final.", "Velm lost to Arden in the final."),
        ("The brother of Ola Brandt sued Kai Lund.", "Kai Lund lost to Ola Brandt."),
    ],
)
def test_a_party_of_a_party_is_not_that_party(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert not any(r.startswith("one act told from both sides") for r in result.reasons)
        assert not (result.relation == "corroborates" and not result.needs_review), (
            x,
            y,
            result.reasons,
        )


def test_the_same_owned_party_reversed_conflicts() -> None:
    result = compare("Arden's coach sued Velm.", "Velm sued Arden's coach.")
    assert result.relation == "conflicts", result.reasons
    # an organisation is its owner's name: "the Fenwick council" is Fenwick
    council = compare("The Fenwick council sued Halberd.", "Halberd sued Fenwick.")
    assert council.relation == "conflicts", council.reasons
