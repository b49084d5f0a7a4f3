"""A trailing attribution clause is set aside whole: it never changes a relation.

Wire copy ends most sentences with who said it and where (", officials said", ", the
company said in a filing", ", according to a statement on Thursday", ", sources close to
the matter said"). Each probe pair below is decided right bare; with any of those tails on
either side, in either order, the relation must be the same. Before the tail was read as
an attribution, "…added 300 jobs …, the company said in a filing" read "added" as the
speech verb ("he added") and glued the tail's speaker to the subject, so a cut and an
addition of the same jobs corroborated each other.
"""

from __future__ import annotations

import pytest

from factcheck.match.frames import frame, strip_attribution
from factcheck.match.relation import compare

PROBES = [
    (
        "Corvel Foods cut 300 jobs at its Ashby bakery on Monday.",
        "Corvel Foods added 300 jobs at its Ashby bakery on Monday.",
        "conflicts",
    ),
    ("Fog causes more crashes than ice.", "Ice causes more crashes than fog.", "conflicts"),
    (
        "The Pellam bridge reopened in May.",
        "The Pellam bridge remained closed in May.",
        "conflicts",
    ),
    ("The storm killed 14 people.", "Fourteen people were killed in the storm.", "corroborates"),
    (
        "The Tessly council approved a $12 million plan on Friday.",
        "The Orbeck council approved a $19 million plan on Friday.",
        "unrelated",
    ),
    ("The landslide killed 6 people.", "The landslide injured 22 people.", "unrelated"),
    ("Rina Vale won the Carrow by-election.", "Tomas Eld won the Carrow by-election.", "conflicts"),
    ("Rents rose 4% in 2021.", "Rents rose 9% in 2024.", "unrelated"),
    (
        "The governor denied that he had vetoed the bill.",
        "The governor vetoed the bill.",
        "conflicts",
    ),
    ("Reports that the Hollin mine flooded are false.", "The Hollin mine flooded.", "conflicts"),
    ("The Dunmere ferry sank on Sunday.", "The Dunmere ferry sank on Sunday.", "corroborates"),
    ("Ostley Rail raised fares by 6%.", "Ostley Rail raised fares by 8%.", "conflicts"),
]

TAILS = (
    ", officials said.",
    ", according to a statement on Thursday.",
    ", sources close to the matter said.",
    ", the company said in a filing.",
)


def _tailed(text: str, tail: str) -> str:
    return text.rstrip(".") + tail


@pytest.mark.parametrize(("a", "b", "label"), PROBES, ids=lambda v: str(v)[:30])
def test_a_probe_is_decided_right_bare(a: str, b: str, label: str) -> None:
    assert compare(a, b).relation == label


@pytest.mark.parametrize("tail", TAILS)
@pytest.mark.parametrize(("a", "b", "label"), PROBES, ids=lambda v: str(v)[:30])
def test_a_tail_on_either_side_keeps_the_relation(a: str, b: str, label: str, tail: str) -> None:
    for x, y in ((_tailed(a, tail), b), (a, _tailed(b, tail))):
        assert compare(x, y).relation == label, (x, y, compare(x, y).reasons)
        assert compare(y, x).relation == label, (y, x, compare(y, x).reasons)


def test_a_tail_with_the_channel_is_set_aside_whole() -> None:
    core, who = strip_attribution("Fog causes more crashes than ice, the company said in a filing.")
    assert (core, who) == ("Fog causes more crashes than ice", "the company")
    core, who = strip_attribution(
        "The plant will close, officials said at a news conference on Thursday."
    )
    assert (core, who) == ("The plant will close", "officials")


def test_added_before_an_object_is_the_act_not_a_speech_verb() -> None:
    f = frame("Corvel Foods added 300 jobs at its Ashby bakery, the company said in a filing.")
    assert (f.subject, f.predicate, f.speaker) == ("corvel foods", "add", "the company")
    # as a reporting verb it still reports: "…, he added." and "added that …"
    assert frame("The bridge will reopen in May, he added.").predicate == "reopen"
    said = frame("The mayor added that the bridge would reopen in May.")
    assert (said.subject, said.predicate) == ("bridge", "reopen")
