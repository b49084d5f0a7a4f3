"""The review band: true paraphrases are decided, not held at 0.50-0.70, when the words
that differ agree in meaning: one time written two ways ("last year" / "in 2025"), a
speaker the other claim names in its statement, a rate as a phrase or a word ("each
day" / "daily"), a state told as lasting ("remain" / "were still"), synonyms. Values
that differ still decide a conflict or keep two things apart (#9, tester9d fault 5).
Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.match.frames import FrameContext, frame
from factcheck.match.relation import Comparison, compare

MAY4, MAY5 = date(2026, 5, 4), date(2026, 5, 5)


def _dated(a: str, b: str) -> tuple[Comparison, Comparison]:
    fa, fb = frame(a, FrameContext(published=MAY4)), frame(b, FrameContext(published=MAY5))
    return compare(a, b, frames=(fa, fb)), compare(b, a, frames=(fb, fa))


PARAPHRASES = [
    # a relative year and the year it resolves to, the company as speaker and as owner
    ("Velm Foods said profits rose 12% last year.", "Profits at Velm Foods rose 12% in 2025."),
    # a rate as a phrase and as a word
    (
        "About 14,000 vehicles cross the Harl bridge each day.",
        "Around 14,000 vehicles cross the Harl bridge daily.",
    ),
    # a state told as lasting two ways
    ("Six climbers remain missing.", "Six climbers were still missing on Friday."),
    # a toll and a count of its dead
    ("The death toll rose to 8 on Monday.", "At least 8 people were killed."),
]


@pytest.mark.parametrize(("a", "b"), PARAPHRASES)
def test_paraphrases_are_decided(a: str, b: str) -> None:
    for result in _dated(a, b):
        assert result.relation == "corroborates", result.reasons
        assert not result.needs_review, (result.score, result.reasons)


def test_another_year_is_still_another_time() -> None:
    a, b = "Velm Foods said profits rose 12% last year.", "Profits at Velm Foods rose 12% in 2024."
    for result in _dated(a, b):
        assert result.relation == "unrelated", result.reasons
        assert any(r.startswith("different time") for r in result.reasons)


def test_another_figure_of_the_same_year_still_conflicts() -> None:
    a, b = "Velm Foods said profits rose 12% last year.", "Profits at Velm Foods rose 15% in 2025."
    for result in _dated(a, b):
        assert result.relation == "conflicts", result.reasons
        assert not result.needs_review


def test_another_count_of_a_lasting_state_still_conflicts() -> None:
    a, b = "Six climbers remain missing.", "Four climbers were still missing on Friday."
    for x, y in ((a, b), (b, a)):
        assert compare(x, y).relation == "conflicts"
