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
