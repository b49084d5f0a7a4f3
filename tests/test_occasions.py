"""Figures in time: two claims whose values differ because they are about different
occasions (an earlier year on one side) are unrelated, not a conflict; approximate
figures are held to one figure's slack. Our own sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.match.frames import Frame, FrameContext, TimeSlot, frame
from factcheck.match.relation import compare
from factcheck.normalize import find_dates, find_quantities


def _framed(text: str, published: date | None) -> Frame:
    return frame(text, FrameContext("", published))


def _relation(a: str, b: str, pa: date | None = None, pb: date | None = None) -> str:
    frames = (_framed(a, pa), _framed(b, pb))
    one = compare(a, b, frames=frames)
    other = compare(b, a, frames=(frames[1], frames[0]))
    assert one.relation == other.relation
    return one.relation


NOV = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "In 2017, the assembly passed the levy by 40 votes to 12.",
            "The assembly passed the levy by 33 votes to 19.",
        ),
        ("The 2011 storm flattened 60 barns.", "The storm flattened 210 barns."),
        ("Last year the brewery shed 90 jobs.", "The brewery shed 35 jobs."),
        ("In 2022 the blockade lasted 15 days.", "The blockade lasted 4 days."),
        (
            "The earlier collapse of the quay, in 2004, injured 11 dockers.",
            "The collapse of the quay injured 3 dockers.",
        ),
    ],
)
def test_a_past_year_on_one_side_is_another_occasion(a: str, b: str) -> None:
    assert _relation(a, b, NOV, NOV) == "unrelated"
    reasons = " ".join(compare(a, b, frames=(_framed(a, NOV), _framed(b, NOV))).reasons)
    assert "different time" in reasons
    # With no date at all on the other side nothing says it is about a later time: the
    # values differ, and a person decides whether it is another occasion.
    undated = compare(a, b, frames=(_framed(a, None), _framed(b, None)))
    assert (undated.relation, undated.needs_review) == ("conflicts", True)
    assert any(r.startswith("year on one side only") for r in undated.reasons)
    assert not any(r.startswith("different time") for r in undated.reasons)


def test_a_year_of_the_claim_own_budget_is_no_other_time_against_an_undated_claim() -> None:
    """ "its 2026 budget" against an undated claim: no "different time" from the year."""
    a = "The Orrin council passed its 2026 budget by 23 votes to 6."
    b = "The Orrin council passed the budget by 17 votes to 12."
    result = compare(a, b)
    assert result.relation == "conflicts"
    assert not any(r.startswith("different time") for r in result.reasons)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The year of the other article: the same occasion, values in dispute.
        ("In 2026 the brewery shed 90 jobs.", "The brewery shed 35 jobs."),
        # A day before the other article's date is the same news cycle.
        ("On Monday the brewery shed 90 jobs.", "The brewery shed 35 jobs."),
        # A year in an aside dates the subject, not the claim.
        ("The brewery, founded in 1880, shed 90 jobs.", "The brewery shed 35 jobs."),
        ("The blockade, which began in 2019, lasted 15 days.", "The blockade lasted 4 days."),
        # A year after "since" bounds a record, it does not date the figure.
        ("Bread prices rose 7.2%, the fastest pace since 2008.", "Bread prices rose 6.4%."),
    ],
)
def test_the_same_occasion_keeps_its_conflict(a: str, b: str) -> None:
    assert _relation(a, b, NOV, NOV) == "conflicts"


def test_a_year_before_its_noun_is_a_date_not_a_figure() -> None:
    text = "The 1998 blaze destroyed 45 shops."
    assert [d.year for d in find_dates(text)] == [1998]
    assert [q.text for q in find_quantities(text)] == ["45"]
    # A count with a thousands separator stays a count.
    assert [q.value for q in find_quantities("The 1,998 runners set off.")] == [1998]


def test_the_frame_keeps_its_publication_date() -> None:
    f = _framed("Last year the brewery shed 90 jobs.", NOV)
    assert f.published == NOV
    back = Frame.from_dict(f.to_dict(), f.text)
    assert back.published == NOV
    assert (
        Frame.from_dict({k: v for k, v in f.to_dict().items() if k != "published"}).published
        is None
    )


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("About 700 tents were handed out.", "Around 800 tents were handed out.", "conflicts"),
        ("Some 90 boats were stranded.", "About 110 boats were stranded.", "conflicts"),
        (
            "Around 1,500 tents were handed out.",
            "About 1,560 tents were handed out.",
            "corroborates",
        ),
    ],
)
def test_two_estimates_share_one_slack(a: str, b: str, expected: str) -> None:
    assert _relation(a, b) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "The ferry link will resume in winter 2029.",
            "The ferry link will resume in summer 2029.",
            "conflicts",
        ),
        (
            "The ferry link will resume by the spring.",
            "The ferry link will resume by the autumn.",
            "conflicts",
        ),
        (
            "The ferry link will resume in mid-2029.",
            "The ferry link will resume at the start of 2029.",
            "conflicts",
        ),
        (
            "The ferry link will resume in autumn 2029.",
            "The ferry link will resume in September 2029.",
            "corroborates",
        ),
        (
            "The ferry link will resume in autumn 2029.",
            "The ferry link will resume in 2029.",
            "corroborates",
        ),
    ],
)
def test_seasons_and_parts_of_a_year_are_dates(a: str, b: str, expected: str) -> None:
    assert _relation(a, b) == expected


def test_a_season_is_a_part_of_its_year() -> None:
    (slot,) = frame("The ferry link will resume in winter 2029.").time
    assert (slot.year, slot.part, slot.grain) == (2029, "winter", "season")
    assert TimeSlot.from_dict(slot.to_dict()) == slot
    (bare,) = frame("The ferry link will resume by the autumn.").time
    assert (bare.year, bare.part) == (None, "autumn")
    # "fall" as a noun of change is no season.
    assert frame("Analysts expect a fall in rents.").time == ()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # A level of a series in two seasons: two readings, not one dated twice.
        ("Inflation was 2.9% in spring.", "Inflation was 3.2% in autumn.", "unrelated"),
        (
            "The jobless rate rose to 6.2% in the summer of 2025.",
            "The jobless rate rose to 6.6% in winter 2025.",
            "unrelated",
        ),
        ("Inflation was 2.9% in spring.", "Inflation was 3.2% in spring.", "conflicts"),
        ("Inflation was 2.9% in spring.", "Inflation was 2.9% in April.", "corroborates"),
    ],
)
def test_levels_in_two_seasons_are_two_readings(a: str, b: str, expected: str) -> None:
    assert _relation(a, b) == expected


_ORRIN = "The Orrin reservoir overflowed"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # Two thirds of one month are two occasions of what happened, not a date given
        # two ways ...
        (f"{_ORRIN} in early June.", f"{_ORRIN} in late June.", "unrelated"),
        (
            "Pickets went up at the Tessel plant in mid-June.",
            "Pickets went up at the Tessel plant at the end of June.",
            "unrelated",
        ),
        (f"{_ORRIN} in late June.", f"{_ORRIN} on June 27.", "corroborates"),
        (f"{_ORRIN} in early June.", f"{_ORRIN} on June 27.", "unrelated"),
        (f"{_ORRIN} in early June.", f"{_ORRIN} in early June.", "corroborates"),
        (f"{_ORRIN} in early June.", f"{_ORRIN} in August.", "conflicts"),
        # ... but a plan has one date.
        (
            "The Tessel plant will reopen in early June.",
            "The Tessel plant will reopen in late June.",
            "conflicts",
        ),
        # "since March" is a span up to the time of writing: a running total, not a
        # count of March.
        (
            "The food bank has handed out 900 parcels since March.",
            "The food bank handed out 700 parcels in March.",
            "unrelated",
        ),
        (
            "The food bank has handed out 900 parcels since March.",
            "The food bank has handed out 640 parcels since March.",
            "conflicts",
        ),
        (
            "The food bank has handed out 900 parcels since March.",
            "The food bank has handed out 900 parcels since March.",
            "corroborates",
        ),
    ],
)
def test_parts_of_a_month_and_spans_since_a_date(a: str, b: str, expected: str) -> None:
    assert _relation(a, b) == expected


def test_a_part_of_a_month_and_a_span_are_read_into_the_slot() -> None:
    (late,) = frame(f"{_ORRIN} at the end of June.").time
    assert (late.month, late.part, late.text, late.grain) == (6, "late", "the end of June", "month")
    assert TimeSlot.from_dict(late.to_dict()) == late
    (mid,) = frame(f"{_ORRIN} in mid-June.").time
    assert (mid.month, mid.part) == (6, "mid")
    (since,) = frame("Rents have risen 9% since 2024.").time
    assert (since.year, since.since) == (2024, True)
    assert TimeSlot.from_dict(since.to_dict()) == since
    (plain,) = frame("Rents rose 9% in 2024.").time
    assert not plain.since and "since" not in plain.to_dict()


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # The figure a change started from is an earlier period's value.
        (
            "The dropout rate stayed at 9.2% in spring.",
            "The dropout rate rose to 9.8% in spring, up from 9.2% a year before.",
            "conflicts",
        ),
        (
            "Tram ridership sat at 70% of normal in May.",
            "Tram ridership dipped to 66% of normal in May, down from 70% in April.",
            "conflicts",
        ),
        (
            "The dropout rate rose to 9.8%.",
            "The dropout rate climbed to 9.8%, from 9.2% a year before.",
            "corroborates",
        ),
        # Two levels of "X rate" with other nouns before "rate" are two measures.
        (
            "The dropout rate stayed at 9.2% in spring.",
            "The vacancy rate eased to 6.1% in spring, down from 6.5% in winter.",
            "unrelated",
        ),
    ],
)
def test_a_base_figure_is_no_value_of_the_claim(a: str, b: str, expected: str) -> None:
    assert _relation(a, b) == expected


def test_base_figures_are_marked_in_the_frame() -> None:
    f = frame("The dropout rate rose to 9.8% in spring, up from 9.2% a year before.")
    assert [(m.quantity.text, m.base) for m in f.measures] == [("9.8%", False), ("9.2%", True)]
    held = frame("Gunmen held 14 hostages.")
    assert [m.what for m in held.measures] == [("hostage",)]


MON, TUE = date(2026, 11, 23), date(2026, 11, 24)


def _held(a: str, b: str, pa: date, pb: date) -> tuple[str, bool, str]:
    result = compare(a, b, frames=(_framed(a, pa), _framed(b, pb)))
    later = " ".join(r for r in result.reasons if r.startswith("later count"))
    return result.relation, result.needs_review, later


def test_a_higher_toll_reported_a_day_later_is_held_as_a_later_count() -> None:
    a = "Five climbers were missing, rescuers said on Monday."
    b = "Seven climbers are missing, the mountain service said on Tuesday."
    relation, held, later = _held(a, b, MON, TUE)
    assert (relation, held) == ("conflicts", True)
    assert later == "later count: five on 2026-11-23 vs seven on 2026-11-24"
    # The day the source spoke counts, not only the article's date.
    relation, held, _ = _held(a, b, TUE, TUE)
    assert (relation, held) == ("conflicts", True)


def test_a_higher_total_so_far_reported_a_day_later_is_held_whatever_its_verb() -> None:
    # No toll word, no day in either sentence: the perfect ("have been cancelled") and
    # "now" tell a running total, and the articles' dates say which is later.
    a = "About 80 ferry sailings have been cancelled."
    b = "112 ferry sailings have now been cancelled."
    relation, held, later = _held(a, b, MON, TUE)
    assert (relation, held) == ("conflicts", True)
    assert later == "later count: about 80 on 2026-11-23 vs 112 on 2026-11-24"
    # Lower a day later, or both on one day: a dispute.
    assert _held(a, b, TUE, MON)[1:] == (False, "")
    assert _held(a, b, TUE, TUE)[1:] == (False, "")
    # Without the perfect or "now" a count of a one-off act is no running total.
    assert _held("The council approved 12 plans.", "The council approved 15 plans.", MON, TUE)[
        2
    ] == ""


@pytest.mark.parametrize(
    ("a", "b", "pa", "pb"),
    [
        # A lower count reported later is a dispute.
        ("Seven climbers were missing.", "Five climbers are missing.", MON, TUE),
        # Two counts of one day are a dispute.
        ("Five climbers were missing.", "Seven climbers are missing.", TUE, TUE),
        # A figure that is no running toll ("The bridge has 12 arches") is not updated.
        ("The new bridge has 12 arches.", "The new bridge has 14 arches.", MON, TUE),
    ],
)
def test_other_differing_counts_stay_conflicts(a: str, b: str, pa: date, pb: date) -> None:
    relation, _, later = _held(a, b, pa, pb)
    assert relation == "conflicts"
    assert later == ""


def test_two_tallies_pair_their_figures_in_order() -> None:
    a = "The committee passed the motion by 14 votes to 9."
    b = "The committee passed the motion by 12 votes to 11."
    for x, y, shown in ((a, b, ["14 vs 12", "9 vs 11"]), (b, a, ["12 vs 14", "11 vs 9"])):
        reasons = compare(x, y).reasons
        assert [r.split(": ", 1)[1] for r in reasons if r.startswith("figures differ")] == shown


MAY_4, MAY_11, MAY_12 = date(2026, 5, 4), date(2026, 5, 11), date(2026, 5, 12)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one weekday in each report: each report's own Monday
        ("The walkout began at 6am on Monday.", "The walkout began at 6am on Monday."),
        # written days as far apart as the reports
        ("The depot closed on 4 May.", "The depot closed on 11 May."),
        # a day after each report's own publication
        ("Talks will resume on Thursday.", "Talks will resume on Thursday."),
    ],
)
def test_reports_a_week_apart_dating_their_own_days_tell_two_occasions(a: str, b: str) -> None:
    result = compare(a, b, frames=(_framed(a, MAY_4), _framed(b, MAY_11)))
    assert _relation(a, b, MAY_4, MAY_11) == "unrelated"
    assert any(
        r.startswith("different time") and "in a report of 2026-05-04" in r
        for r in result.reasons
    )


@pytest.mark.parametrize(
    ("a", "b", "pa", "pb"),
    [
        # one report, two days: one occasion dated twice
        ("The walkout began on Monday.", "The walkout began on Tuesday.", MAY_12, MAY_12),
        # reports a day apart giving two days
        ("The depot closed on 11 May.", "The depot closed on 12 May.", MAY_11, MAY_12),
        # a week apart, but the later report dates the earlier week's day: one occasion
        ("The depot closed on 4 May.", "The depot closed on 5 May.", MAY_4, MAY_11),
    ],
)
def test_days_that_do_not_follow_their_reports_stay_a_conflict(
    a: str, b: str, pa: date, pb: date
) -> None:
    assert _relation(a, b, pa, pb) == "conflicts"
