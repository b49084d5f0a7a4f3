"""A state going on, or a party joining, on a later day does not deny that the thing
began earlier: "were still on strike on Wednesday" / "went on strike on Monday" is no
date conflict. An end, one party's joining dated twice, two beginnings, or a state
dated before the beginning still disagree. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.match.frames import FrameContext, frame
from factcheck.match.relation import compare

# Both published Saturday 13 June 2026: "on Wednesday" is 10 June, "on Monday" 8 June.
_SAT = FrameContext(published=date(2026, 6, 13))


def _dated(a: str, b: str, context: FrameContext = _SAT) -> tuple[str, str, object]:
    return a, b, (frame(a, context), frame(b, context))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Nurses at Brill hospital were still on strike on Wednesday.",
            "Nurses at Brill hospital went on strike on Monday.",
        ),
        (
            "About 900 porters at Wenlow station stayed off work on Friday.",
            "About 900 porters at Wenlow station walked out on Thursday.",
        ),
        (
            "Ostra Marsh joined the Pellin bus strike on Tuesday.",
            "The Pellin bus strike began on Monday.",
        ),
        ("The Ardle road remained closed on Friday.", "The Ardle road was closed on Tuesday."),
        (
            "The Tarn teachers' strike continued on Thursday.",
            "The Tarn teachers' strike started on Tuesday.",
        ),
    ],
)
def test_a_later_day_of_what_began_is_no_date_conflict(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        for result in (compare(x, y), compare(x, y, frames=(frame(x, _SAT), frame(y, _SAT)))):
            assert result.relation != "conflicts", (x, y, result.reasons)
            assert not any(r.startswith("dates differ") for r in result.reasons)


def test_the_reason_says_which_day_follows_which() -> None:
    a = "Nurses at Brill hospital were still on strike on Wednesday."
    b = "Nurses at Brill hospital went on strike on Monday."
    for x, y in ((a, b), (b, a)):
        assert "continues after it began: Wednesday after Monday" in compare(x, y).reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # an end: going on after it ended is a dispute
        (
            "Nurses at Brill hospital were still on strike on Wednesday.",
            "Nurses at Brill hospital called off their strike on Monday.",
        ),
        # one party's joining, dated twice
        (
            "Ostra Marsh joined the Pellin bus strike on Tuesday.",
            "Ostra Marsh joined the Pellin bus strike on Monday.",
        ),
        # two beginnings
        (
            "Nurses at Brill hospital went on strike on Wednesday.",
            "Nurses at Brill hospital went on strike on Monday.",
        ),
    ],
)
def test_ends_joinings_and_beginnings_still_differ(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "conflicts", (x, y, result.reasons)
        assert any(r.startswith("dates differ") for r in result.reasons)


def test_a_state_dated_before_the_beginning_still_differs() -> None:
    # Anchored to Saturday 13 June: still on strike on Monday 8 June, begun Wednesday 10.
    a = "Nurses at Brill hospital were still on strike on Monday."
    b = "Nurses at Brill hospital went on strike on Wednesday."
    for x, y in ((a, b), (b, a)):
        result = compare(x, y, frames=(frame(x, _SAT), frame(y, _SAT)))
        assert any(r.startswith("dates differ") for r in result.reasons), result.reasons
        assert not any(r.startswith("continues after it began") for r in result.reasons)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Workers at the Kestrow plant joined the strike over pay on Tuesday.",
            "Workers at the Kestrow plant began the strike over pay on Monday.",
        ),
        (
            "Bus drivers in Lisdale joined the strike on Tuesday",
            "Bus drivers in Lisdale went on strike on Monday",
        ),
        (
            "Nurses at Brill hospital were still on strike on Wednesday.",
            "Nurses at Brill hospital went on strike on Monday.",
        ),
        ("The Ardle road remained closed on Friday.", "The Ardle road was closed on Tuesday."),
        (
            "Dock workers in Orlin kept up their walkout on Friday.",
            "Dock workers in Orlin began a walkout on Wednesday.",
        ),
    ],
)
def test_a_later_day_never_corroborates_the_start(a: str, b: str) -> None:
    # Going on (or joining) on a later day neither confirms nor denies the start:
    # unrelated, held at most, whatever the two sentences share.
    for x, y in ((a, b), (b, a)):
        for result in (compare(x, y), compare(x, y, frames=(frame(x, _SAT), frame(y, _SAT)))):
            assert result.relation == "unrelated", (x, y, result.reasons)
            assert any(r.startswith("continues after it began") for r in result.reasons)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Workers joined the strike on Tuesday", "The strike began on Tuesday"),
        ("Teachers joined the walkout on Thursday.", "The walkout started on Monday."),
        ("Two more unions joined the Harl protest.", "The Harl protest began on Friday."),
    ],
)
def test_joining_a_thing_is_another_act_than_its_start(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "unrelated", (x, y, result.reasons)
        assert any(
            r.startswith("different act: join")
            or r.startswith("different act: began")
            or r.startswith("different act: started")
            for r in result.reasons
        ), result.reasons


def test_one_party_joining_on_the_day_it_went_on_strike_agrees() -> None:
    result = compare(
        "Bus drivers joined the strike on Tuesday", "Bus drivers went on strike on Tuesday"
    )
    assert result.relation == "corroborates", result.reasons
