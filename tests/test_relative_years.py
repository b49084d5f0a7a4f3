"""A relative year anchored to its article's date ("last year", "this year") is a year
like a written one ("in 2024"): compared with it, a periodic measure of two different
years is two times (unrelated), one event dated to two years is a conflict, and the
same year agrees."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.match.frames import FrameContext, TimeSlot, frame
from factcheck.match.relation import Comparison, compare

PUBLISHED = date(2026, 6, 2)


def compared(a: str, b: str, published_a: date = PUBLISHED) -> Comparison:
    fa = frame(a, FrameContext("", published_a))
    fb = frame(b, FrameContext("", PUBLISHED))
    return compare(a, b, frames=(fa, fb))


@pytest.mark.parametrize(
    ("relative", "written", "published", "relation"),
    [
        # a periodic figure: another year is another measurement, not a contradiction
        ("Wool sales rose 7% last year.", "Wool sales rose 7% in 2023.", PUBLISHED, "unrelated"),
        ("Wool sales rose 7% last year.", "Wool sales rose 7% in 2025.", PUBLISHED, "corroborates"),
        (
            "Wool sales rose 7% this year.",
            "Wool sales rose 7% in 2025.",
            date(2027, 2, 1),
            "unrelated",
        ),
        ("Wool sales rose 9% last year.", "Wool sales rose 7% in 2025.", PUBLISHED, "conflicts"),
        # one event dated to two years
        ("The mill closed last year.", "The mill closed in 2023.", PUBLISHED, "conflicts"),
        ("The mill closed last year.", "The mill closed in May 2025.", PUBLISHED, "corroborates"),
    ],
)
def test_a_relative_year_is_compared_with_a_written_year(
    relative: str, written: str, published: date, relation: str
) -> None:
    for a, b in ((relative, written), (written, relative)):
        pa = published if a == relative else PUBLISHED
        fa = frame(a, FrameContext("", pa))
        fb = frame(b, FrameContext("", published if b == relative else PUBLISHED))
        result = compare(a, b, frames=(fa, fb))
        assert result.relation == relation, result.reasons


def test_two_years_of_a_periodic_figure_name_the_time_that_differs() -> None:
    result = compared("Wool sales rose 7% last year.", "Wool sales rose 7% in 2023.")
    assert any(r.startswith("different time: last year") for r in result.reasons)


def test_written_days_of_a_calendar_date() -> None:
    assert TimeSlot("2024", year=2024).written_days() == (date(2024, 1, 1), date(2024, 12, 31))
    feb = TimeSlot("February 2024", year=2024, month=2)
    assert feb.written_days() == (date(2024, 2, 1), date(2024, 2, 29))
    assert TimeSlot("March", month=3).written_days() is None
    anchored = TimeSlot("last year", start=date(2025, 1, 1), end=date(2025, 12, 31))
    assert anchored.calendar_year == 2025
    assert anchored.differs(TimeSlot("2024", year=2024))
    assert not anchored.differs(feb.__class__("May 2025", year=2025, month=5))
