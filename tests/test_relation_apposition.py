"""A definite role noun and the name its article sets beside it are one subject within
that article: "The driver was charged." after "The driver, Ilse Marrow, 41, …" states
what "Ilse Marrow was charged." states (issue #9)."""

from __future__ import annotations

import pytest

from factcheck.match.frames import FrameContext, appositive_name, frame
from factcheck.match.relation import compare


@pytest.mark.parametrize(
    ("preceding", "expected"),
    [
        ("The driver, Ilse Marrow, was hurt.", "ilse marrow"),
        ("The van driver, Ilse Marrow, 41, was hurt.", "ilse marrow"),
        ("Ilse Marrow, the driver, was hurt.", "ilse marrow"),
        ("Ilse Marrow, 41, the driver of the van, was hurt.", "ilse marrow"),
        ("Police named driver Ilse Marrow.", "ilse marrow"),
        # no name beside the role, or two
        ("The driver was hurt.", ""),
        ("The driver, Ilse Marrow, was hurt. A second driver, Ada Penn, was not.", ""),
        # another role
        ("The passenger, Ilse Marrow, was hurt.", ""),
    ],
)
def test_appositive_name(preceding: str, expected: str) -> None:
    assert appositive_name("The driver", preceding) == expected


def test_the_role_is_resolved_in_the_frame() -> None:
    f = frame("The driver was charged.", FrameContext("The driver, Ilse Marrow, was hurt."))
    assert (f.subject, f.resolved) == ("ilse marrow", True)
    assert frame("The driver was charged.").subject == "driver"


_NAMED = FrameContext("A van hit a post. The driver, Ilse Marrow, 41, was treated there.")
_PLAIN = FrameContext("A van hit a post on Sunday.")


@pytest.mark.parametrize(
    ("role", "other", "relation"),
    [
        ("The driver was charged.", "Ilse Marrow was charged.", "corroborates"),
        ("The driver was charged.", "Ilse Marrow was not charged.", "conflicts"),
        ("The driver was charged.", "Ada Penn was charged.", "unrelated"),
        # the role as written still meets the same role in an article naming no one
        ("The driver was charged.", "The driver was charged.", "corroborates"),
    ],
)
def test_a_resolved_role_meets_the_name(role: str, other: str, relation: str) -> None:
    fr, fo = frame(role, _NAMED), frame(other, _PLAIN)
    assert compare(role, other, frames=(fr, fo)).relation == relation
    assert compare(other, role, frames=(fo, fr)).relation == relation


def test_the_appositive_claim_itself_meets_both() -> None:
    both = "The driver, Ilse Marrow, was charged."
    assert compare(both, "Ilse Marrow was charged.").relation == "corroborates"
    assert compare(both, "The driver was charged.").relation == "corroborates"


def test_a_resolved_role_is_read_as_the_name_is_written() -> None:
    # "McLean", "O'Neill": capitalising each lower-cased word would give "Mclean".
    from factcheck.match.relation import _named_reading

    for name in ("Ewan McLean", "Ros O'Neill"):
        ctx = FrameContext(f"A van hit a post. The driver, {name}, 41, was treated there.")
        role, other = "The driver was charged.", f"{name} was charged."
        reading = _named_reading(role, frame(role, ctx), frame(other))
        assert reading == f"{name} was charged."
