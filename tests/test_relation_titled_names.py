"""A name after its title is the subject (#9, tester9c): "Former Ashgrove city engineer
Mara Keel testified" and "Former city engineer Mara Keel did not testify" are about one
person, whatever title words, place or capitalised "Former" stand before her name."""

from __future__ import annotations

import pytest

from factcheck.match.frames import frame
from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Former Ashgrove city engineer Mara Keel testified on Monday.", "mara keel"),
        ("Former city engineer Mara Keel did not testify on Monday.", "mara keel"),
        ("Ashgrove mayor Ilse Barrow resigned.", "ilse barrow"),
        ("Velm police chief Ada Roy retired in May.", "ada roy"),
        ("Acting harbour master Ola Brin closed the port.", "ola brin"),
        ("Ilse Barrow resigned.", "ilse barrow"),
        # no name at the end: the name and the head noun after it, as before
        ("The Brenmoor council approved the budget.", "brenmoor council"),
    ],
)
def test_a_name_after_its_title_is_the_subject(text: str, subject: str) -> None:
    assert frame(text).subject == subject


def test_former_and_acting_are_no_names() -> None:
    assert "former ashgrove" not in frame("Former Ashgrove engineer Mara Keel testified.").names
    assert not any("acting" in n for n in frame("Acting chief Ola Brin resigned.").names)


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (
            "Former Ashgrove city engineer Mara Keel testified on Monday.",
            "Former city engineer Mara Keel did not testify on Monday.",
            "conflicts",
        ),
        (
            "Ashgrove mayor Ilse Barrow resigned on Friday.",
            "Ilse Barrow resigned on Friday.",
            "corroborates",
        ),
        (
            "Ashgrove mayor Ilse Barrow resigned on Friday.",
            "Ashgrove mayor Tom Vell resigned on Friday.",
            "unrelated",
        ),
    ],
)
def test_two_reports_of_one_titled_person_meet(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation
    assert compare(b, a).relation == relation


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a title written in capitals is no word of the name (reader F10)
        ("Coach Tilde Maas was sacked.", "tilde maas"),
        ("Former President Oren Vale visited the dam.", "oren vale"),
        ("Prime Minister Ines Kort resigned.", "ines kort"),
        ("Police Chief Remi Sand retired in May.", "remi sand"),
        ("Captain Jory Pell scored twice.", "jory pell"),
        # two words at most: a name, not a title and a name
        ("General Motors cut 500 jobs.", "general motors"),
        ("King Harald visited Kestrow.", "king harald"),
        # a kind of organisation at the end: an organisation's name
        ("Judge Business School opened a campus.", "judge business school"),
    ],
)
def test_a_title_in_capitals_is_no_part_of_the_name(text: str, subject: str) -> None:
    assert frame(text).subject == subject


def test_one_person_with_and_without_a_capitalised_title() -> None:
    result = compare("Coach Tilde Maas was sacked.", "Tilde Maas was sacked.")
    assert result.relation == "corroborates"
    other = compare("Interim coach Bo Lunde was sacked.", "Coach Tilde Maas was sacked.")
    assert other.relation == "unrelated"
    assert "different subject: Bo Lunde vs Tilde Maas" in other.reasons
    # the title still says who holds it: "Judge Ola Brandt" meets "a judge"
    judge = compare(
        "Judge Arne Holt granted bail to the driver.", "A judge denied bail to the driver."
    )
    assert judge.relation == "conflicts"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Ashgrove mayor Ilse Barrow opened the school.",
            "Pellow mayor Ilse Barrow opened the school.",
        ),
        (
            "Former Velm city engineer Mara Keel testified on Tuesday.",
            "Orsk city engineer Mara Keel testified on Tuesday.",
        ),
        (
            "Kestrow Rovers striker Ivo Lind scored twice.",
            "Orsk City striker Ivo Lind scored twice.",
        ),
    ],
)
def test_one_name_titled_for_two_places_is_perhaps_two_people(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert (result.relation, result.needs_review) == ("unrelated", True), result
        assert any(p.name == "titles of two places" for p in result.parts)


@pytest.mark.parametrize(
    "other",
    [
        "Ilse Barrow opened the school.",  # no title: nothing against it
        "Mayor Ilse Barrow opened the school.",  # a title without its place
        "Ashgrove mayor Ilse Barrow opened the school on Monday.",  # the same place
    ],
)
def test_a_title_of_the_same_place_or_none_is_one_person(other: str) -> None:
    result = compare("Ashgrove mayor Ilse Barrow opened the school.", other)
    assert result.relation == "corroborates", result
    assert not any(p.name == "titles of two places" for p in result.parts)
