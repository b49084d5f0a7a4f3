"""A running tally reported again as it grew ("About 900 people were evacuated" on
Wednesday, "About 2,500 people have now been evacuated" on Friday) is an update of an
ongoing count, not a dispute: between two outlets no link is stored, within one outlet the
later report supersedes the earlier figure. Two shares of one group told of different
things are two measures, and a vague or added count holds a dispute for a person (#9,
tester fault 8). Our own sentences and articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.match.frames import FrameContext, frame
from factcheck.match.relation import Comparison, compare
from factcheck.read import RawDocument
from factcheck.store import Store

WED, FRI = date(2026, 9, 16), date(2026, 9, 18)


def _dated(a: str, b: str, pa: date | None, pb: date | None) -> tuple[Comparison, Comparison]:
    fa, fb = frame(a, FrameContext(published=pa)), frame(b, FrameContext(published=pb))
    return compare(a, b, frames=(fa, fb)), compare(b, a, frames=(fb, fa))


# (earlier count, later count): one tally each, the later one higher
GROWING = [
    (
        "About 900 residents of Brask were evacuated as the river rose.",
        "About 2,500 residents of Brask have now been evacuated as the river rose.",
    ),
    (
        "Police arrested 40 protesters in Harwick.",
        "Police have now arrested 95 protesters in Harwick.",
    ),
    (
        "Health officials confirmed 120 cases of cholera in Dunmore.",
        "Health officials have confirmed 340 cases of cholera in Dunmore so far.",
    ),
    (
        "The floods displaced 2,000 families in Orran.",
        "The floods have displaced 5,500 families in Orran.",
    ),
    (
        "The death toll from the Orran floods stood at 14.",
        "The death toll from the Orran floods has risen to 31.",
    ),
    # each count dated on its own day: the days differ because the count was taken again
    (
        "Doctors confirmed 9 cases of mumps in Keld on Monday.",
        "Confirmed mumps cases in Keld rose to 17 on Friday, the board said.",
    ),
]


@pytest.mark.parametrize(("early", "late"), GROWING)
def test_a_higher_count_on_a_later_day_is_a_later_count(early: str, late: str) -> None:
    for result in _dated(early, late, WED, FRI):
        assert result.relation == "conflicts" and result.needs_review, result.reasons
        assert result.later_count, result.reasons


@pytest.mark.parametrize(("early", "late"), GROWING[:-1])
def test_different_counts_of_one_day_or_a_falling_count_stay_a_dispute(
    early: str, late: str
) -> None:
    for pa, pb in ((FRI, FRI), (FRI, WED), (None, None)):
        for result in _dated(early, late, pa, pb):
            assert result.relation == "conflicts", result.reasons
            assert not result.later_count, result.reasons


EARLY_COUNT = "About 900 residents of Brask were evacuated as the river rose, officials said."
LATE_COUNT = "About 2,500 residents of Brask have now been evacuated as the river rose."


def _ingest(tmp_path: Path, docs: list[tuple[str, str, date]]) -> Store:
    store = Store(f"sqlite:///{tmp_path / 'tallies.sqlite3'}")
    for text, source, published in docs:
        store.ingest(RawDocument(text=text, source=source, title="Brask", published=published))
    return store


def test_another_outlets_later_count_is_an_update_not_a_dispute(tmp_path: Path) -> None:
    store = _ingest(tmp_path, [(EARLY_COUNT, "Brask Courier", WED), (LATE_COUNT, "Valley FM", FRI)])
    for claim in store.claims():
        [match] = store.matches(claim["id"])
        assert match["relation"] == "unrelated" and not match["needs_review"], match
        assert any(r.startswith("later count") for r in match["reasons"]), match
        assert claim["status"] == "unverified"
    # One owner group: the later count is the group's own revision, superseding.
    store.update_source("Brask Courier", owner_group="Brask Media")
    store.update_source("Valley FM", owner_group="Brask Media")
    earlier = next(c for c in store.claims() if "900" in c["text"])
    [match] = store.matches(earlier["id"])
    assert match["relation"] == "conflicts" and not match["needs_review"], match
    assert match["revision"].startswith("superseded by a later report from the same source")
    # Apart again: an update of the tally once more.
    store.update_source("Valley FM", owner_group=None)
    [match] = store.matches(earlier["id"])
    assert match["relation"] == "unrelated" and not match["needs_review"], match


def test_an_outlets_own_later_count_still_supersedes_its_earlier_one(tmp_path: Path) -> None:
    # decided, not held: a held conflict would move no status
    store = _ingest(
        tmp_path, [(EARLY_COUNT, "Brask Courier", WED), (LATE_COUNT, "Brask Courier", FRI)]
    )
    earlier = next(c for c in store.claims() if "900" in c["text"])
    [match] = store.matches(earlier["id"])
    assert match["relation"] == "conflicts" and not match["needs_review"], match
    assert match["revision"].startswith("superseded by a later report from the same source")


def test_two_outlets_counts_of_one_day_dispute_each_other(tmp_path: Path) -> None:
    store = _ingest(tmp_path, [(EARLY_COUNT, "Brask Courier", FRI), (LATE_COUNT, "Valley FM", FRI)])
    assert {c["status"] for c in store.claims()} == {"disputed"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "About 3% of the treated patients were admitted to hospital with pneumonia.",
            "The trial found that 19% of the treated patients had mild headaches.",
        ),
        (
            "In the survey, 12% of the farmers said they had sold land, the ministry said.",
            "The ministry said 44% of the farmers owned a tractor.",
        ),
        (
            "Some 8% of the pupils failed the test.",
            "The report says 60% of the pupils walked to school.",
        ),
    ],
)
def test_shares_of_one_group_doing_different_things_are_two_measures(a: str, b: str) -> None:
    for result in (compare(a, b), compare(b, a)):
        assert result.relation == "unrelated" and not result.needs_review, result.reasons
        assert any(r.startswith("different measure") for r in result.reasons), result.reasons


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "12% of the surveyed drivers were fined for speeding.",
            "40% of the surveyed drivers were fined for speeding.",
        ),
        ("21% of the patients had mild headaches.", "30% of the patients reported mild headaches."),
    ],
)
def test_shares_of_one_group_doing_one_thing_conflict(a: str, b: str) -> None:
    for result in (compare(a, b), compare(b, a)):
        assert result.relation == "conflicts", result.reasons


@pytest.mark.parametrize(
    ("a", "b", "note"),
    [
        (
            "The blast injured 23 people.",
            "Dozens of people were hurt in the blast.",
            "vague figure",
        ),
        (
            "The storm at Pellow destroyed 40 homes.",
            "The storm at Pellow destroyed 12 more homes.",
            "added count",
        ),
        (
            "An explosion at the Tarn Paints depot in Mossley injured 23 on Tuesday.",
            "One worker died in the explosion at the Tarn Paints depot in Mossley. Dozens more"
            " were hurt.",
            "vague figure",
        ),
    ],
)
def test_a_dispute_resting_on_a_vague_or_added_count_is_held(a: str, b: str, note: str) -> None:
    for result in (compare(a, b), compare(b, a)):
        assert result.relation != "corroborates", result.reasons
        if result.relation == "conflicts":
            assert result.needs_review, result.reasons
            assert any(r.startswith(note) for r in result.reasons), result.reasons


def test_more_than_is_a_comparison_not_an_added_count() -> None:
    a, b = "The storm at Pellow destroyed 40 homes.", "The storm at Pellow destroyed 12 homes."
    result = compare(a, b)
    assert result.relation == "conflicts" and not result.needs_review, result.reasons
    longer = compare(a, "The storm at Pellow destroyed 12 more homes than the last one.")
    assert not any(r.startswith("added count") for r in longer.reasons), longer.reasons


def test_a_later_plain_count_dated_by_its_event_is_a_dispute() -> None:
    # No tally word: the later report's day dates the event ("after the dam broke on
    # Thursday"), and the two disagree on when as on how many.
    early = "About 1,500 residents of Brask had been evacuated by Wednesday evening."
    late = "More than 3,000 residents of Brask were evacuated after the dam broke on Thursday."
    for result in _dated(early, late, WED, FRI):
        assert result.relation == "conflicts", result.reasons
        assert not result.later_count and not result.needs_review, result.reasons


def test_a_later_report_dating_its_higher_count_earlier_is_a_dispute() -> None:
    # The later report's count is dated before the earlier report's: the two disagree on
    # the figure and on when, no count taken again.
    early = "Roughly 300 residents of Brask were evacuated on Wednesday, officials said."
    late = "More than 800 residents of Brask were evacuated after the flood on Tuesday."
    for result in _dated(early, late, date(2026, 9, 17), FRI):
        assert result.relation == "conflicts", result.reasons
        assert not result.later_count and not result.needs_review, result.reasons
