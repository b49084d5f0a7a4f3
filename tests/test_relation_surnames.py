"""A surname alone is the person its article, or the other claim's, names in full, unless
an article names two people of that surname; two given names are two people (#9). Our
own sentences and articles."""

from __future__ import annotations

import json

import pytest

from factcheck.match.frames import Frame, FrameContext, frame, namesakes
from factcheck.match.relation import compare

_ONE = "Ann Morrow, the chief executive of Harl Bank, faced shareholders on Monday."
_TWO = "Ann Morrow and her brother Ben Morrow have run Harl Bank since 2019."


def _compare(a: str, b: str, ctx_a: str = "", ctx_b: str = ""):  # type: ignore[no-untyped-def]
    fa, fb = frame(a, FrameContext(ctx_a)), frame(b, FrameContext(ctx_b))
    return compare(a, b, frames=(fa, fb)), compare(b, a, frames=(fb, fa))


@pytest.mark.parametrize(
    ("a", "b", "ctx_a"),
    [
        ("Morrow resigned.", "Ann Morrow resigned.", ""),
        ("Morrow resigned on Tuesday.", "Ann Morrow resigned on Tuesday.", _ONE),
        ("Ms Lund was charged with fraud.", "Kai Lund was charged with fraud.", ""),
        ("Police arrested Hale on Friday.", "Police arrested Tom Hale on Friday.", ""),
    ],
)
def test_a_surname_alone_is_the_full_name(a: str, b: str, ctx_a: str) -> None:
    for result in _compare(a, b, ctx_a):
        assert result.relation == "corroborates", result.reasons


def test_a_surname_is_resolved_to_the_one_full_name_of_its_article() -> None:
    f = frame("Morrow resigned on Tuesday.", FrameContext(_ONE))
    assert (f.subject, f.resolved, f.namesakes) == ("ann morrow", True, ())
    # so it is not the other Morrow another article names
    forward, backward = _compare(
        "Morrow resigned on Tuesday.", "Ben Morrow resigned on Tuesday.", _ONE
    )
    assert forward.relation == backward.relation == "unrelated", forward.reasons


@pytest.mark.parametrize("side", ["own", "other"])
def test_two_people_of_the_surname_leave_it_open(side: str) -> None:
    a, b = "Morrow resigned on Tuesday.", "Ann Morrow resigned on Tuesday."
    ctx_a, ctx_b = (_TWO, "") if side == "own" else ("", _TWO)
    for result in _compare(a, b, ctx_a, ctx_b):
        assert result.relation == "unrelated", result.reasons
        assert result.needs_review
        assert "may be another person: Morrow may be Ben Morrow" in result.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ann Morrow resigned on Tuesday.", "Ben Morrow resigned on Tuesday."),
        ("Ann Morrow was paid $2 million last year.", "Ben Morrow was paid $3 million last year."),
        ("Ada Brook won the seat.", "Lena Brook won the seat."),
    ],
)
def test_two_given_names_of_one_surname_are_two_people(a: str, b: str) -> None:
    for result in _compare(a, b):
        assert result.relation == "unrelated", result.reasons
        assert any(r.startswith("different subject") for r in result.reasons), result.reasons


def test_namesakes_are_people_only_and_survive_storage() -> None:
    assert namesakes("morrow", _TWO) == ("ann morrow", "ben morrow")
    assert namesakes("harl bank", _TWO) == ()
    f = frame("Morrow resigned.", FrameContext(_TWO))
    assert f.namesakes == ("ann morrow", "ben morrow") and not f.resolved
    again = Frame.from_dict(json.loads(json.dumps(f.to_dict())), f.text)
    assert again.namesakes == f.namesakes
