"""Reversed roles and reversed comparisons are disagreements whatever the names look
like (#9, tester9c): two-word names ("Dunmore Town"), a common-noun party ("the
council"), a compound subject ("The coast line carries …") and a side of a comparison
that is a phrase ("exports to Spain"). Acts done with one another ("met") stay one
statement in either order."""

from __future__ import annotations

import pytest

from factcheck.match.frames import claim_tokens, entity_chunks, frame
from factcheck.match.relation import compare
from factcheck.normalize import lexicon


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Kelby Town beat Orrin Athletic on Saturday.",
            "Orrin Athletic beat Kelby Town on Saturday.",
        ),
        (
            "Kelby Town lost to Orrin Athletic on Saturday.",
            "Orrin Athletic lost to Kelby Town on Saturday.",
        ),
        ("Varrow Foods sued the Tove council.", "The Tove council sued Varrow Foods."),
        ("Varrow sued the council over the closure.", "The council sued Varrow over the closure."),
        ("The visitors beat the home side.", "The home side beat the visitors."),
        (
            "The Alder Valley line carries more passengers than the coast line.",
            "The coast line carries more passengers than the Alder Valley line.",
        ),
        (
            "Exports to Norway grew faster than exports to Spain.",
            "Exports to Spain grew faster than exports to Norway.",
        ),
        (
            "Rail strikes cost the economy more than road closures.",
            "Road closures cost the economy more than rail strikes.",
        ),
        ("The harbour is busier than the airport.", "The airport is busier than the harbour."),
    ],
)
def test_reversed_roles_and_sides_conflict(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "conflicts", result
        assert any(p.name == "roles reversed" for p in result.parts)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Varrow was sued by the council.", "The council sued Varrow."),
        ("The home side was beaten by the visitors.", "The visitors beat the home side."),
        ("Police arrested the man.", "The man was arrested by police."),
        # acts done with one another hold in both directions
        ("Kelby Town met Orrin Athletic on Monday.", "Orrin Athletic met Kelby Town on Monday."),
        ("Kelby Town drew with Orrin Athletic.", "Orrin Athletic drew with Kelby Town."),
    ],
)
def test_the_same_roles_in_other_words_agree(a: str, b: str) -> None:
    assert compare(a, b).relation == "corroborates"
    assert not any(p.name == "roles reversed" for p in compare(a, b).parts)


def test_a_sentence_with_long_names_is_no_title_case_headline() -> None:
    stop = lexicon().stopwords
    names = [
        c[0]
        for c in entity_chunks(claim_tokens("Kelby Town beat Orrin Athletic on Saturday."), stop)
    ]
    assert names == ["kelby town", "orrin athletic"]
    assert entity_chunks(claim_tokens("Second Storm In A Week Hits Pellow Coast"), stop) == ()


@pytest.mark.parametrize(
    ("text", "comparison"),
    [
        (
            "Exports to Norway grew faster than exports to Spain.",
            ("export norway", "faster", "export spain"),
        ),
        ("Heat kills more people than cold in winter.", ("heat", "more people", "cold")),
        ("More than 2,000 people fled.", None),
        ("The fire destroyed more than a dozen homes.", None),
        ("Fewer than half of the members voted.", None),
    ],
)
def test_the_sides_of_a_comparison(text: str, comparison: tuple[str, str, str] | None) -> None:
    assert frame(text).comparison == comparison


def test_a_noun_before_a_word_that_is_only_a_verb_ends_the_subject() -> None:
    f = frame("The coast line carries more passengers than it did.")
    assert f.subject == "coast line" and f.predicate == "carry"
    assert frame("Crowds line the streets.").predicate == "line"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # acts done with one another
        ("Anna Lee worked with Tom Reed.", "Tom Reed worked with Anna Lee."),
        ("Anna Lee argued with Tom Reed.", "Tom Reed argued with Anna Lee."),
        ("Norway traded with Spain.", "Spain traded with Norway."),
        ("Anna Lee spoke to Tom Reed.", "Tom Reed spoke to Anna Lee."),
    ],
)
def test_mutual_acts_are_never_reversed_roles(a: str, b: str) -> None:
    result = compare(a, b)
    assert result.relation == "corroborates"
    assert not any(p.name == "roles reversed" for p in result.parts)


def test_a_reversal_of_common_noun_parties_waits_for_a_person() -> None:
    """Names in both roles decide; a party read from a common noun may be told from
    either side ("the bus hit the tram"), so the conflict is held."""
    assert compare("The bus hit the tram.", "The tram hit the bus.").needs_review
    assert compare("Halberd sued the council.", "The council sued Halberd.").needs_review
    named = compare("Kelby Town beat Orrin Athletic.", "Orrin Athletic beat Kelby Town.")
    assert named.relation == "conflicts" and not named.needs_review


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a copula or "with": the words, not the order, say whether the link runs one way
        ("Anna Lee is a cousin of Tom Reed.", "Tom Reed is a cousin of Anna Lee."),
        ("Anna Lee is the mother of Tom Reed.", "Tom Reed is the mother of Anna Lee."),
        ("Anna Lee sided with Tom Reed.", "Tom Reed sided with Anna Lee."),
    ],
)
def test_a_reversal_over_a_copula_or_with_waits_for_a_person(a: str, b: str) -> None:
    result = compare(a, b)
    assert result.relation == "conflicts" and result.needs_review


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Smith sued Jones.", "Jones sued Smith."),
        ("Heat kills more people than cold.", "Cold kills more people than heat."),
        (
            "Exports to Norway grew faster than exports to Spain.",
            "Exports to Spain grew faster than exports to Norway.",
        ),
    ],
)
def test_names_and_reversed_comparisons_still_decide(a: str, b: str) -> None:
    """Names in both roles, even a surname at a sentence's start, and a comparison with
    its sides swapped are decided conflicts, as before this session's broadening."""
    result = compare(a, b)
    assert result.relation == "conflicts" and not result.needs_review


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Halden City signed winger Tomas Vik.", "Winger Tomas Vik has signed for Halden City."),
        ("Orvik Rovers signed Ada Moen.", "Ada Moen signed for Orvik Rovers."),
    ],
)
def test_a_verb_with_and_without_a_preposition_is_no_reversal(a: str, b: str) -> None:
    """"X signed Y" and "Y signed for X" are one act told from either party: a reversal
    needs one verb frame with the parties swapped, the same word (or none) before the
    patient in both."""
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "corroborates", result
        assert not any(p.name == "roles reversed" for p in result.parts)
