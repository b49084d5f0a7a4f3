""" "it", "the company" and "the council" resolve to the one organisation named before,
and stay unresolved when two may be meant (#9): a wrong resolution is worse than none."""

from __future__ import annotations

import pytest

from factcheck.match.frames import FrameContext, frame


@pytest.mark.parametrize(
    ("claim", "preceding", "subject"),
    [
        # a company suffix makes a run a company
        (
            "The company shed 300 jobs on Friday.",
            "Pellam Foods Ltd is based in Orme.",
            "pellam foods",
        ),
        (
            "The firm shed 300 jobs on Friday.",
            "Varrick Steel Inc. reported a loss.",
            "varrick steel",
        ),
        (
            "It shed 300 jobs on Friday.",
            "Pellam Foods Ltd reported a loss on Thursday.",
            "pellam foods",
        ),
        # a kind of organisation in lower case after the name
        ("The council approved the plan.", "The Wexby council met on Monday.", "wexby council"),
        ("It approved the plan.", "The Wexby council met on Monday.", "wexby council"),
        ("It approved the plan.", "The Wexby Council met on Monday.", "wexby council"),
    ],
)
def test_one_organisation_named_before(claim: str, preceding: str, subject: str) -> None:
    f = frame(claim, FrameContext(preceding=preceding))
    assert f.resolved
    assert f.subject == subject


@pytest.mark.parametrize(
    ("claim", "preceding"),
    [
        # a council named before, and a company with no word saying it is one opening
        # the sentence just before: either may be "it"
        (
            "It shed 300 jobs on Friday.",
            "The Wexby Council met on Monday.\n\nPellam Foods is based in Orme.",
        ),
        # two companies
        ("The company shed 300 jobs.", "Pellam Foods Ltd bought Orme Mills Ltd last year."),
    ],
)
def test_two_candidates_leave_it_unresolved(claim: str, preceding: str) -> None:
    f = frame(claim, FrameContext(preceding=preceding))
    assert not f.resolved
