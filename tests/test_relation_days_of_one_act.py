"""One act, one figure, two days in two outlets' reports of one event: a conflict on the
date, whatever form the days take, with the reason naming both (#9, tester9 fault 3b).
Two dates a week apart, each within its own report's week, are two occasions. Our own
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.match.frames import FrameContext, frame
from factcheck.match.relation import compare

OPENING = "The strike shut 30 schools in Orvel "
WED = date(2026, 3, 4)


@pytest.mark.parametrize(
    ("day_a", "day_b", "pa", "pb", "named"),
    [
        ("on Monday.", "on Tuesday.", None, None, ("Monday", "Tuesday")),
        ("on 2 March.", "on 3 March.", None, None, ("2 March", "3 March")),
        ("on March 2.", "on March 3.", None, None, ("March 2", "March 3")),
        ("on Monday.", "on 3 March.", WED, WED, ("Monday", "3 March")),
        ("yesterday.", "on Monday.", WED, WED, ("yesterday", "Monday")),
    ],
)
def test_two_days_of_one_act_conflict_in_every_date_form(
    day_a: str, day_b: str, pa: date | None, pb: date | None, named: tuple[str, str]
) -> None:
    a, b = OPENING + day_a, OPENING + day_b
    fa, fb = frame(a, FrameContext(published=pa)), frame(b, FrameContext(published=pb))
    for result in (compare(a, b, frames=(fa, fb)), compare(b, a, frames=(fb, fa))):
        assert result.relation == "conflicts", result.reasons
        [dates] = [r for r in result.reasons if r.startswith("dates differ")]
        assert all(day in dates for day in named), dates


def test_the_same_day_in_two_forms_agrees() -> None:
    a, b = OPENING + "on Monday.", OPENING + "on 2 March."
    fa, fb = frame(a, FrameContext(published=WED)), frame(b, FrameContext(published=WED))
    assert compare(a, b, frames=(fa, fb)).relation == "corroborates"


def test_days_a_week_apart_in_reports_a_week_apart_are_two_occasions() -> None:
    a, b = OPENING + "on Monday.", OPENING + "on Monday."
    fa = frame(a, FrameContext(published=WED))
    fb = frame(b, FrameContext(published=date(2026, 3, 11)))
    assert compare(a, b, frames=(fa, fb)).relation == "unrelated"
