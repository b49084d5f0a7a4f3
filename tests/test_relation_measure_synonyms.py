"""Measure synonyms: one measure written with two words of one synonym group (the
``[[group]]`` table of match_synonyms.toml, the one home of measure and predicate
synonyms) or one predicate in two wordings compares its figures: two terms of one
sentence conflict, two equal lengths of one strike corroborate. Different measures of one
event (killed / injured, arrested / charged) stay two measures (#9, tester9d fault 3).
Our own sentences."""

from __future__ import annotations

import pytest

from factcheck.match.frames import frame
from factcheck.match.relation import compare, same_verb

SYNONYM_CONFLICTS = [
    # a prison sentence written as "sentenced … in prison" and as "jailed"
    ("Dara Quinn was sentenced to four years in prison.", "Dara Quinn was jailed for five years."),
    ("Teodor Vass was jailed for 30 months.", "Teodor Vass was sentenced to 36 months in jail."),
    # one strike called a walkout
    (
        "The walkout by bus drivers will last 72 hours.",
        "The bus drivers' strike will last 96 hours.",
    ),
    # the strikers counted with a phrase and with a verb
    ("About 300 porters walked out on Friday.", "Around 450 porters took part in the strike."),
    # an outbreak's cases and the people it infected
    ("The virus has infected 80 people.", "The virus has caused 95 cases."),
    # the size of a crowd and the attendance
    ("The attendance was 52,000.", "A crowd of 47,000 watched the game."),
]


@pytest.mark.parametrize(("a", "b"), SYNONYM_CONFLICTS)
def test_two_figures_of_one_measure_in_synonyms_conflict(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "conflicts", (x, y, result.reasons)
        assert any(r.startswith("figures differ") for r in result.reasons)


SYNONYM_AGREEMENTS = [
    ("Dara Quinn was sentenced to four years in prison.", "Dara Quinn was jailed for four years."),
    (
        "The walkout by bus drivers will last 72 hours.",
        "The bus drivers' strike will last 72 hours.",
    ),
    ("About 300 porters walked out on Friday.", "About 300 porters took part in the walkout."),
    ("The mumps outbreak has infected 80 people.", "The mumps outbreak has caused 80 cases."),
]


@pytest.mark.parametrize(("a", "b"), SYNONYM_AGREEMENTS)
def test_one_figure_of_one_measure_in_synonyms_corroborates(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "corroborates", (x, y, result.reasons)
        assert not any(r.startswith("numbers on different things") for r in result.reasons)


def test_a_synonym_pair_decides_without_review() -> None:
    # the wording differs only in synonyms: nothing for a person to settle
    a, b = (
        "Dara Quinn was sentenced to four years in prison.",
        "Dara Quinn was jailed for five years.",
    )
    assert not compare(a, b).needs_review
    a, b = (
        "The stoppage at the Kell plant will last 48 hours.",
        "The strike at the Kell plant will last 48 hours.",
    )
    assert not compare(a, b).needs_review


TWO_MEASURES = [
    # steps of justice: of those arrested, some are charged
    ("Police arrested 14 fans after the derby.", "Police charged 6 fans after the derby."),
    ("Nine people were detained in Orsk.", "Nine people were charged in Orsk."),
    # deaths and injuries of one event
    (
        "The fire at the Kell depot killed 3 workers.",
        "The fire at the Kell depot injured 3 workers.",
    ),
    # deaths and cases of one outbreak
    ("The outbreak has killed 12 people.", "The outbreak has caused 150 cases."),
]


@pytest.mark.parametrize(("a", "b"), TWO_MEASURES)
def test_different_measures_of_one_event_stay_apart(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "unrelated", (x, y, result.reasons)
        assert any(r.startswith("different measure") for r in result.reasons), result.reasons


def test_same_verb_reads_the_synonym_table() -> None:
    assert same_verb("sentence", "jail")
    assert same_verb("shed", "cut")
    assert same_verb("", "")
    assert not same_verb("arrest", "charge")
    assert not same_verb("kill", "injure")
    assert not same_verb("", "jail")


def test_a_crowd_of_a_figure_counts_the_crowd() -> None:
    (measure,) = frame("A crowd of 47,000 watched the game.").measures
    assert measure.what == ("attendance",)  # the head of the crowd's synonym group
