"""Later counts of a state: a count told of a present state ("remain missing", "were
still in hospital", "are now") or of a running tally ("rose to") on another day than the
other claim's count is an update, not a dispute: held with its ``later count`` reason,
which matching stores as unrelated between two independent outlets. A state may end for
some (the missing are found), so its later count may be lower; a death toll may not. The
day is the article's, else the weekday the claim writes for its count, never the day of
the event a possessive names ("Sunday's landslide"). One day with two counts stays a
dispute (#9, tester9d fault 2). Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.match.frames import FrameContext, frame
from factcheck.match.matcher import stored_relation
from factcheck.match.relation import Comparison, compare

TUE, WED = date(2026, 6, 9), date(2026, 6, 10)


def _dated(a: str, b: str, pa: date | None, pb: date | None) -> tuple[Comparison, Comparison]:
    fa, fb = frame(a, FrameContext(published=pa)), frame(b, FrameContext(published=pb))
    return compare(a, b, frames=(fa, fb)), compare(b, a, frames=(fb, fa))


# (earlier count, later count) of a state that can end: the later one may be lower
STATES = [
    (
        "Twelve climbers remain missing on the Orsk ridge.",
        "Eight climbers remain missing on the Orsk ridge.",
    ),
    (
        "Fourteen people were still in hospital after the Kell crash.",
        "Nine people are still in hospital after the Kell crash.",
    ),
    ("Six fishermen remain missing off Brask.", "Ten fishermen remain missing off Brask."),
    (
        "About 300 residents of Varn remain evacuated.",
        "About 120 residents of Varn remain evacuated.",
    ),
]


@pytest.mark.parametrize(("early", "late"), STATES)
def test_a_count_of_a_state_on_a_later_day_is_a_later_count(early: str, late: str) -> None:
    for result in _dated(early, late, TUE, WED):
        assert result.relation == "conflicts", result.reasons
        assert result.later_count, result.reasons
        assert result.needs_review
        # between two independent outlets: an update, stored unrelated and never shown
        # as a dispute
        assert stored_relation(result.relation, result.needs_review, True, True) == (
            "unrelated",
            False,
        )


@pytest.mark.parametrize(("early", "late"), STATES)
def test_two_counts_of_a_state_on_one_day_still_conflict(early: str, late: str) -> None:
    for result in _dated(early, late, WED, WED):
        assert result.relation == "conflicts", result.reasons
        assert not result.later_count, result.reasons


def test_a_death_toll_that_falls_a_day_later_is_no_later_count() -> None:
    early, late = (
        "Eleven people are now dead after the Kell crash.",
        "Nine people are now dead after the Kell crash.",
    )
    for result in _dated(early, late, TUE, WED):
        assert result.relation == "conflicts", result.reasons
        assert not result.later_count, result.reasons


def test_weekdays_written_in_undated_claims_date_their_counts() -> None:
    # read without their articles: the weekday each writes is the day of its count
    a, b = (
        "The death toll in Orsk rose to 8 on Monday.",
        "The death toll in Orsk rose to 10 on Wednesday.",
    )
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == "conflicts", result.reasons
        assert result.later_count, result.reasons
        later = [r for r in result.reasons if r.startswith("later count: ")]
        assert later and "8 on Monday" in later[0] and "10 on Wednesday" in later[0]
    # one day, two counts: a dispute, decided
    same = compare(
        "The death toll in Orsk rose to 8 on Monday.",
        "The death toll in Orsk rose to 10 on Monday.",
    )
    assert same.relation == "conflicts" and not same.later_count and not same.needs_review


def test_an_event_day_in_a_possessive_is_not_the_day_of_the_count() -> None:
    # "Saturday's flood" dates the flood; the count was given on Monday and Wednesday
    a = "The death toll from Saturday's flood rose to 8 on Monday."
    b = "The death toll from the flood rose to 10 on Wednesday."
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.later_count, result.reasons
    # a lower toll on a later day is a dispute whatever day the flood was
    c = "The death toll from the flood rose to 6 on Wednesday."
    assert not compare(a, c).later_count


def test_a_state_after_remain_is_what_a_count_counts() -> None:
    (measure,) = frame("Nine people remain missing.").measures
    assert measure.predicate == "miss"
    assert frame("Nine people remain missing.").measures[0].text == "people missing"


def test_a_count_said_on_a_later_day_is_still_a_later_count() -> None:
    # The day a source spoke dates the saying, not the count: no day of the count.
    early = "Nine people remain missing, police said on Tuesday."
    late = "Seven people remain missing, police said on Wednesday."
    for result in _dated(early, late, TUE, WED):
        assert result.later_count, result.reasons


def test_weekdays_alone_are_ordered_the_nearer_way_round() -> None:
    # Read without their articles, Saturday then Monday is two days, not five back:
    # a toll that fell over the weekend is a dispute, one that rose a later count
    # (reader F6).
    fell = compare(
        "The death toll in Varn rose to 14 on Saturday.",
        "The death toll in Varn stood at 12 on Monday.",
    )
    assert fell.relation == "conflicts" and not fell.later_count, fell.reasons
    rose = compare(
        "The death toll in Varn rose to 12 on Saturday.",
        "The death toll in Varn rose to 14 on Monday.",
    )
    assert rose.later_count, rose.reasons


# The day of the count and the day of the event (tester9e F4). A day attached to the
# counted verb in the figure's own clause dates the count itself: two reports a day
# apart that date their counts to one day tell that day's count two ways, a dispute.
COUNT_DAYS = [
    (
        "Two lifeguards were injured on Tuesday off the Brask pier.",
        "Three lifeguards were injured on Tuesday off the Brask pier.",
    ),
    ("Police detained 14 protesters on Tuesday.", "Police detained 19 protesters on Tuesday."),
    (
        "By Tuesday evening, 31 homes in Varn had flooded.",
        "By Tuesday evening, 44 homes in Varn had flooded.",
    ),
    (
        "The death toll in Orsk rose to 8 on Tuesday.",
        "The death toll in Orsk rose to 10 on Tuesday.",
    ),
]

# A day of the event whose toll is counted: the toll is counted again as reports come
# in, whatever day the event was, so a higher count a day later is a later count.
EVENT_DAYS = [
    # a clause of time or cause names the event
    (
        "Four people died when a ferry capsized off Brask on Tuesday.",
        "Six people died when a ferry capsized off Brask on Tuesday.",
    ),
    (
        "Two lifeguards were injured after a pier collapsed on Tuesday.",
        "Three lifeguards were injured after a pier collapsed on Tuesday.",
    ),
    # the day right after a noun of the event
    (
        "Five people were killed in the blast on Tuesday.",
        "Seven people were killed in the blast on Tuesday.",
    ),
    # a possessive, as before
    ("Five people died in Tuesday's fire.", "Eight people died in Tuesday's fire."),
]


@pytest.mark.parametrize(("early", "late"), COUNT_DAYS)
def test_counts_dated_to_one_day_are_a_dispute(early: str, late: str) -> None:
    for result in _dated(early, late, TUE, WED):
        assert result.relation == "conflicts", result.reasons
        assert not result.later_count, result.reasons
        stored = stored_relation(result.relation, result.needs_review, result.later_count, True)
        assert stored[0] == "conflicts"


@pytest.mark.parametrize(("early", "late"), EVENT_DAYS)
def test_a_toll_of_an_event_dated_to_its_day_is_a_later_count(early: str, late: str) -> None:
    for result in _dated(early, late, TUE, WED):
        assert result.relation == "conflicts", result.reasons
        assert result.later_count, result.reasons


@pytest.mark.parametrize(("early", "late"), COUNT_DAYS + EVENT_DAYS)
def test_two_counts_of_one_day_reported_on_one_day_stay_a_dispute(early: str, late: str) -> None:
    for result in _dated(early, late, TUE, TUE):
        assert result.relation == "conflicts", result.reasons
        assert not result.later_count, result.reasons


def test_counts_dated_to_two_days_are_still_a_later_count() -> None:
    # each report dates its tally to its own day: the count was taken again
    early = "The death toll in Orsk rose to 8 on Tuesday."
    late = "The death toll in Orsk rose to 10 on Wednesday."
    for result in _dated(early, late, TUE, WED):
        assert result.later_count, result.reasons


def test_which_day_dates_the_count() -> None:
    from factcheck.match.relation import _days_counted

    def counted(text: str) -> set[date]:
        return set(_days_counted(frame(text, FrameContext(published=WED))))

    assert counted("Two lifeguards were injured on Tuesday.") == {TUE}
    assert counted("On Tuesday, two lifeguards were injured at the pier.") == {TUE}
    assert counted("Two lifeguards were injured when a pier collapsed on Tuesday.") == set()
    assert counted("Five people were killed in the crash on Tuesday.") == set()
    assert counted("Five people died in Tuesday's crash.") == set()
    assert counted("Nine people remain missing, police said on Tuesday.") == set()
