"""A toll ("The death toll rose to 14", "Fourteen people are now dead") is one measure
with a count of its outcome whatever the other claim's subject ("The crash killed 12
people", "…, killing 12"): the figures are compared, so an outlet's later toll conflicts
with its earlier count and supersedes it (#9). Our own sentences and articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.match.frames import FrameContext, frame
from factcheck.match.relation import compare
from factcheck.read import RawDocument
from factcheck.store import Store

_EARLY, _LATE = date(2026, 6, 8), date(2026, 6, 10)


def _dated(a: str, b: str):  # type: ignore[no-untyped-def]
    fa, fb = frame(a, FrameContext(published=_EARLY)), frame(b, FrameContext(published=_LATE))
    return compare(a, b, frames=(fa, fb)), compare(b, a, frames=(fb, fa))


@pytest.mark.parametrize(
    ("early", "late"),
    [
        ("The crash killed 12 people.", "The death toll from the crash rose to 14."),
        ("A lorry hit a bus on the Harl road on Monday, killing 12.", "The death toll rose to 14."),
        ("Twelve people died in the crash.", "Fourteen people are now dead."),
        ("The blast left 12 dead.", "At least 14 people are now dead after the blast."),
        ("The fire killed 12 people.", "The number of dead in the fire has risen to 14."),
    ],
)
def test_a_later_toll_conflicts_with_an_earlier_count(early: str, late: str) -> None:
    for result in _dated(early, late):
        assert result.relation == "conflicts", result.reasons
        assert any(r.startswith("later count") for r in result.reasons), result.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("A lorry hit a bus on the Harl road on Monday, killing 14.", "The death toll rose to 14."),
        ("Fourteen people died in the crash.", "Fourteen people are now dead."),
    ],
)
def test_a_toll_agrees_with_the_same_count(a: str, b: str) -> None:
    for result in _dated(a, b):
        assert result.relation == "corroborates", result.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The crash injured 12 people.", "The death toll rose to 14."),
        (
            "A lorry hit a bus on the Harl road on Monday, injuring 12.",
            "The death toll rose to 14.",
        ),
    ],
)
def test_a_toll_and_a_count_of_another_outcome_are_no_conflict(a: str, b: str) -> None:
    for result in _dated(a, b):
        assert result.relation != "conflicts", result.reasons


@pytest.mark.parametrize(
    ("count", "toll"),
    [
        ("A landslide in Kestrow killed 12 people.", "The death toll from the floods rose to 14."),
        ("Police said the gunman killed 2 people.", "The death toll rose to 14."),
    ],
)
def test_a_partial_count_is_no_rival_of_a_total_toll(count: str, toll: str) -> None:
    # one incident, one place or a named agent the toll does not name: a part of it
    for result in _dated(count, toll):
        assert result.relation == "unrelated", result.reasons


def test_an_outlets_later_toll_supersedes_its_earlier_count(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'tolls.sqlite3'}")
    first = store.ingest(
        RawDocument(
            text="A lorry hit a bus on the A40 near Kestrow on Monday, killing 12.",
            source="Kestrow Ledger",
            published=_EARLY,
        )
    ).id
    store.ingest(
        RawDocument(
            text="The death toll rose to 14 on Wednesday.",
            source="Kestrow Ledger",
            published=_LATE,
        )
    )
    [earlier] = store.claims(document=first)
    [match] = store.matches(earlier["id"])
    assert match["relation"] == "conflicts", match
    assert match["revision"].startswith("superseded by a later report from the same source")
