"""A change's base level dated to an earlier time ("up from 49% in 2022", "from 5.6% last
year", "compared with $3 million a year earlier") is the claim's word on that time: it is
compared with a claim of that time, and the level now is another time's figure, no
conflict with it (issue #10, reviewer item 3). Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.match.frames import FrameContext, earlier_level, frame
from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        (
            "Turnout in Harl was 61%, up from 52% in 2021.",
            ("Turnout in Harl was 52% in 2021.", "in 2021"),
        ),
        (
            "The Velm jobless rate fell to 4.2% from 4.9% last year.",
            ("The Velm jobless rate was 4.9% last year.", "last year"),
        ),
        (
            "Orsk port revenue reached $8 million, compared with $6 million a year earlier.",
            ("Orsk port revenue was $6 million a year earlier.", "a year earlier"),
        ),
        (
            "Ferry bookings climbed to 900, up from 700 in March.",
            ("Ferry bookings were 700 in March.", "in March"),
        ),
        # no time of the base's own, or no base: no reading
        ("The Velm jobless rate rose to 4.2%, from 3.9%.", None),
        ("Turnout in Harl was 61% in 2021.", None),
    ],
)
def test_a_dated_base_level_has_a_reading_of_its_own(
    text: str, reading: tuple[str, str] | None
) -> None:
    assert earlier_level(frame(text)) == reading


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # the base and a claim of its time: the same figure agrees, another conflicts
        ("Turnout in Harl was 61%, up from 52% in 2021.", "Turnout in Harl was 52% in 2021.",
         "corroborates"),
        ("Turnout in Harl was 61%, up from 52% in 2021.", "Turnout in Harl was 57% in 2021.",
         "conflicts"),
        ("Turnout in Harl was 61%, up from 52% in 2021.", "Turnout in Harl was 61% in 2021.",
         "conflicts"),
        ("The Velm jobless rate fell to 4.2% from 4.9% last year.",
         "The Velm jobless rate was 4.9% last year.", "corroborates"),
        ("The Velm jobless rate fell to 4.2% from 4.9% last year.",
         "The Velm jobless rate was 5.5% last year.", "conflicts"),
        ("Orsk port revenue reached $8 million, compared with $6 million a year earlier.",
         "Orsk port revenue was $6 million a year earlier.", "corroborates"),
        # the level now still meets a claim of now
        ("Turnout in Harl was 61%, up from 52% in 2021.", "Turnout in Harl was 61%.",
         "corroborates"),
        # another place's figure of that time is another place's
        ("Turnout in Harl was 61%, up from 52% in 2021.", "Turnout in Velm was 52% in 2021.",
         "unrelated"),
    ],
)
def test_a_claim_of_the_earlier_time_meets_the_base(a: str, b: str, relation: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == relation, (x, y, result.reasons)
    if relation == "corroborates" and "61%." not in b:
        assert any(r.startswith("clause compared") for r in compare(a, b).reasons)


def test_a_relative_time_of_two_articles_of_other_days_is_not_one_time() -> None:
    # "last year" in articles a year apart are two years: the whole claims are compared
    a = "The Velm jobless rate fell to 4.2% from 4.9% last year."
    b = "The Velm jobless rate was 4.9% last year."
    fa = frame(a, FrameContext(published=date(2026, 3, 2)))
    fb = frame(b, FrameContext(published=date(2024, 3, 2)))
    result = compare(a, b, frames=(fa, fb))
    assert not any(r.startswith("clause compared") for r in result.reasons)
