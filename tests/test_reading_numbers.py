"""Issue #10, numbers and dates: proportions, compound and vague amounts, relative dates.

Every example of the issue is a row here with the value a careful reader gets, beside
sentences of our own for each kind.
"""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.checkworthy import assess
from factcheck.match.relation import compare, figure_clauses
from factcheck.normalize import (
    AnchoredDate,
    anchor_dates,
    bound_kind,
    find_dates,
    find_quantities,
    parse_number_words,
)

# (text, proportion 0..1, approximator, quoted words)
SHARES = [
    ("Half of staff backed the deal.", 0.5, "exact", "Half"),
    ("Half of the voters stayed at home.", 0.5, "exact", "Half"),
    ("Two-thirds of the members voted against.", 2 / 3, "exact", "Two-thirds"),
    ("Three-quarters of the town lost power.", 0.75, "exact", "Three-quarters"),
    ("A quarter of the harvest was lost.", 0.25, "exact", "A quarter"),
    ("One in five adults in the county smokes.", 0.2, "exact", "One in five"),
    ("Nearly a third of the ferries were cancelled.", 1 / 3, "nearly", "Nearly a third"),
    ("Nine out of ten doctors signed the letter.", 0.9, "exact", "Nine out of ten"),
    ("3 in 4 tenants said rents had risen.", 0.75, "exact", "3 in 4"),
    ("Seven out of every ten drivers slowed down.", 0.7, "exact", "Seven out of every ten"),
    ("One in every four pupils walks to school.", 0.25, "exact", "One in every four"),
    ("Turnout fell by half in the northern wards.", 0.5, "exact", "half"),
    ("Sales fell by a third.", 1 / 3, "exact", "a third"),
    ("More than a third of the staff left.", 1 / 3, "more_than", "More than a third"),
    ("A fifth of the crop was ruined by frost.", 0.2, "exact", "A fifth"),
    ("Two thirds of the budget goes on salaries.", 2 / 3, "exact", "Two thirds"),
]


@pytest.mark.parametrize(("text", "share", "approx", "words"), SHARES)
def test_proportions_in_words_are_shares(text: str, share: float, approx: str, words: str) -> None:
    (q,) = find_quantities(text)
    assert q.unit == "%"
    assert q.proportion == pytest.approx(share, abs=1e-9)
    assert q.approx == approx
    assert q.text == words == text[q.span[0] : q.span[1]]


@pytest.mark.parametrize(
    "text",
    [
        "The plant reported losses in the third quarter.",
        "The meeting lasted half an hour.",
        "The road runs for a third of a mile.",
        "The contract was signed by a third party.",
        "It was his third attempt.",
        "One in 2020 and another in 2021.",
    ],
)
def test_fractions_of_one_thing_and_ordinals_are_no_shares(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.unit == "%"]


def test_share_in_words_conflicts_with_a_different_percentage() -> None:
    result = compare("Half of staff backed the deal.", "80% of staff backed the deal.")
    assert result.relation == "conflicts"
    # shown as written; compared as 50%
    assert any("half vs 80%" in r.casefold() for r in result.reasons)


# (text, low %, high %, quoted words): quantifiers that name a share without a figure.
MAJORITIES = [
    ("A majority of the tenants signed the petition.", 50.0, 100.0, "A majority"),
    ("The majority of ferries sailed late.", 50.0, 100.0, "The majority"),
    ("Most of the wells ran dry in August.", 50.0, 100.0, "Most"),
    ("Most growers sold at a loss.", 50.0, 100.0, "Most"),
    ("Polls show most people oppose the toll.", 50.0, 100.0, "most"),
    ("The vast majority of the claims were paid.", 66.7, 100.0, "The vast majority"),
    ("A narrow majority of members backed the merger.", 50.0, 60.0, "A narrow majority"),
    ("A minority of the shops stayed open.", 0.0, 50.0, "A minority"),
    # few / very few / many of / almost all: one home for shares in words (tester10c F6)
    ("Few of the 30 wells ran dry in August.", 0.0, 25.0, "Few"),
    ("Few growers sold at a loss.", 0.0, 25.0, "Few"),
    ("Very few growers sold at a loss.", 0.0, 10.0, "Very few"),
    ("Many of the growers sold at a loss.", 25.0, 100.0, "Many"),
    ("Almost all growers sold at a loss.", 85.0, 100.0, "Almost all"),
    ("Nearly all of the ferries sailed late.", 85.0, 100.0, "Nearly all"),
]


@pytest.mark.parametrize(("text", "low", "high", "words"), MAJORITIES)
def test_majority_and_most_are_share_ranges(text: str, low: float, high: float, words: str) -> None:
    [q] = [q for q in find_quantities(text) if q.unit == "%"]
    assert (q.unit, q.approx, q.value, q.high, q.text) == ("%", "range", low, high, words)


@pytest.mark.parametrize(
    "text",
    [
        # a small count, a bound, or a count of a group not named: no share
        "A few growers sold at a loss.",
        "Quite a few growers sold at a loss.",
        "The few growers who stayed sold at a loss.",
        "As many as 40 growers sold at a loss.",
        "Many growers sold at a loss.",
        "How many of them sold at a loss?",
        "So many of them sold at a loss.",
    ],
)
def test_small_counts_and_bounds_are_no_vague_shares(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.unit == "%"]


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Few of the 30 miners survived.", "Most of the 30 miners survived.", "conflicts"),
        ("Few growers sold at a loss.", "Most growers sold at a loss.", "conflicts"),
        ("Almost all growers sold at a loss.", "Few growers sold at a loss.", "conflicts"),
        ("Almost all growers sold at a loss.", "30% of growers sold at a loss.", "conflicts"),
        ("Very few growers sold at a loss.", "Half of the growers sold at a loss.", "conflicts"),
        ("Few of the growers sold at a loss.", "Many of the growers sold at a loss.",
         "conflicts"),
        ("Most growers sold at a loss.", "A majority of growers sold at a loss.",
         "corroborates"),
        ("Almost all growers sold at a loss.", "Most growers sold at a loss.", "corroborates"),
        ("Few growers sold at a loss.", "A minority of growers sold at a loss.",
         "corroborates"),
        ("Few growers sold at a loss.", "10% of growers sold at a loss.", "corroborates"),
    ],
)
def test_vague_shares_are_compared_as_bands(a: str, b: str, relation: str) -> None:
    for x, y in ((a, b), (b, a)):
        result = compare(x, y)
        assert result.relation == relation, (x, y, result.reasons)
    if relation == "conflicts":
        assert any(r.startswith("figures differ") for r in compare(a, b).reasons)


@pytest.mark.parametrize(
    "text",
    [
        "The most serious damage was on the coast.",
        "At most 40 tenants signed.",
        "The fire was most likely started by a heater.",
        "Its most famous export is tin.",
        "The party won a majority in the assembly.",
        "She won by a majority of 40 votes.",
        "Rain fell for the majority of a day.",
    ],
)
def test_superlatives_and_majorities_of_one_thing_are_no_shares(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.unit == "%"]


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (
            "A majority of tenants backed the rent cap.",
            "40% of tenants backed the rent cap.",
            "conflicts",
        ),
        (
            "A majority of tenants backed the rent cap.",
            "62% of tenants backed the rent cap.",
            "corroborates",
        ),
        (
            "Most of the growers sold at a loss.",
            "Only 20% of the growers sold at a loss.",
            "conflicts",
        ),
        (
            "Most growers sold at a loss.",
            "Three-quarters of growers sold at a loss.",
            "corroborates",
        ),
        (
            "A minority of members backed the merger.",
            "A majority of members backed the merger.",
            "conflicts",
        ),
    ],
)
def test_majorities_compare_with_percentages(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation


def test_share_in_words_fits_a_close_percentage() -> None:
    assert compare("Half of staff backed the deal.", "51% of staff backed the deal.").relation == (
        "corroborates"
    )


# (text, value, unit, high for a range or None)
AMOUNTS = [
    ("Two and a half million people live in the delta.", 2_500_000, "", None),
    ("Half a million people signed the petition.", 500_000, "", None),
    ("A million and a half visitors came.", 1_500_000, "", None),
    ("A quarter of a million homes lost power.", 250_000, "", None),
    # several of a fraction of a scale word
    ("Three quarters of a million ballots were counted.", 750_000, "", None),
    ("Two-thirds of a billion litres leaked.", 2 / 3 * 1_000_000_000, "l", None),
    ("Three and a quarter million tonnes were shipped.", 3_250_000_000, "kg", None),
    ("Several dozen protesters gathered at the gate.", 36, "", 108),
    ("A few dozen residents stayed.", 24, "", 60),
    ("A couple of firefighters were treated for smoke.", 2, "", 3),
    ("A handful of residents refused to leave.", 2, "", 6),
    ("Scores of homes were flooded.", 40, "", 199),
    ("Several hundred workers walked out.", 300, "", 999),
    ("The strike cost the port 1.5m visitors.", 1_500_000, "", None),
    ("Exports reached 1.5 mln barrels a day.", 1_500_000, "", None),
    ("The fund holds 2 bln euros.", 2_000_000_000, "EUR", None),
    ("The state paid 12 lakh rupees in relief.", 1_200_000, "INR", None),
    ("The scheme cost 3 crore.", 30_000_000, "", None),
    ("Twelve lakh people were moved.", 1_200_000, "", None),
    ("A 6.2m wall was built.", 6.2, "m", None),
    ("The river rose 2m overnight.", 2, "m", None),
]


@pytest.mark.parametrize(("text", "value", "unit", "high"), AMOUNTS)
def test_compound_vague_and_abbreviated_amounts(
    text: str, value: float, unit: str, high: float | None
) -> None:
    q = find_quantities(text)[0]
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.high == high
    assert (q.approx == "range") == (high is not None)


def test_two_and_a_half_million_is_not_one_million() -> None:
    result = compare(
        "Two and a half million people live in the delta.",
        "About one million people live in the delta.",
    )
    assert result.relation == "conflicts"


def test_several_dozen_is_a_range_not_twelve() -> None:
    q = find_quantities("Several dozen protesters gathered.")[0]
    assert q.bounds() == (36, 108)


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("Thirty-one people were hurt.", "31 people were hurt."),
        ("Twelve flights were cancelled.", "12 flights were cancelled."),
        ("The fire destroyed forty-five homes.", "The fire destroyed 45 homes."),
        ("Two hundred jobs were cut.", "200 jobs were cut."),
        ("Seventeen schools closed on Monday.", "17 schools closed on Monday."),
    ],
)
def test_spelled_out_numbers_score_like_digits(words: str, digits: str) -> None:
    spelled, figures = assess(words), assess(digits)
    assert "number" in spelled.reasons
    assert "figure" in spelled.reasons
    assert spelled.score == pytest.approx(figures.score, abs=0.05)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("One point five million people voted in the north.", 1_500_000.0, ""),
        ("Two point three billion dollars went unspent.", 2_300_000_000.0, "USD"),
        ("Turnout was three point two percent higher.", 3.2, "%"),
        ("Rents rose by zero point eight five percent.", 0.85, "%"),
        ("The dam holds twelve point five million litres.", 12_500_000.0, "l"),
    ],
)
def test_spoken_decimals(text: str, value: float, unit: str) -> None:
    (q,) = find_quantities(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert "point" in q.text


def test_a_spoken_decimal_keeps_the_precision_of_its_last_place() -> None:
    (q,) = find_quantities("One point five million people voted.")
    assert q.precision == pytest.approx(50_000)
    # "one point five million" conflicts with 5 million, fits 1.5 million
    assert compare("One point five million people voted.", "5 million people voted.").relation == (
        "conflicts"
    )
    assert (
        compare("One point five million people voted.", "1.5 million people voted.").relation
        == "corroborates"
    )


def test_point_without_a_digit_word_after_it_is_a_score() -> None:
    (q,) = find_quantities("The team lost by one point on Sunday.")
    assert (q.value, q.unit) == (1.0, "points")


@pytest.mark.parametrize(
    "text",
    [
        "Three-quarters of residents oppose the plan.",
        "A handful of residents refused to leave.",
        "Two-thirds of the members voted against.",
        "Scores of homes were flooded overnight.",
        "A couple of firefighters were treated for smoke.",
    ],
)
def test_proportions_and_vague_amounts_in_words_are_numbers_for_checkworthiness(
    text: str,
) -> None:
    assert "number" in assess(text).reasons


def test_a_word_that_only_looks_like_an_amount_is_no_number() -> None:
    assert "number" not in assess("The couple opened a bakery near the quay.").reasons


def test_small_number_mid_sentence_is_a_number_but_no_figure() -> None:
    # Talk counts things with small words ("two things"); they are no reported figure.
    assert "figure" not in assess("There are two things I want to say about the plan.").reasons


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (
            "Fuel prices rose 5% and wages rose 7%.",
            "Wages rose 7% and fuel prices rose 5%.",
            "corroborates",
        ),
        ("Fuel prices rose 5% last year.", "Wages rose 7% last year.", "unrelated"),
        # The counted noun elided after the second figure: "injured 40" counts people.
        (
            "The landslide buried 6 houses and damaged 30.",
            "The landslide damaged 30 houses.",
            "corroborates",
        ),
        (
            "The flood destroyed 9 bridges and closed 14.",
            "The flood closed 20 bridges.",
            "conflicts",
        ),
    ],
)
def test_numbers_about_different_things_do_not_conflict(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation


SATURDAY = date(2026, 3, 7)
# (text, reference, phrase, grain, first day, last day)
RELATIVE = [
    ("The bridge reopened yesterday.", SATURDAY, "yesterday", "day", "2026-03-06", "2026-03-06"),
    ("The council met on Tuesday.", SATURDAY, "on Tuesday", "day", "2026-03-03", "2026-03-03"),
    (
        "The council will meet on Tuesday.",
        SATURDAY,
        "on Tuesday",
        "day",
        "2026-03-10",
        "2026-03-10",
    ),
    ("The vote was held on Saturday.", SATURDAY, "on Saturday", "day", "2026-03-07", "2026-03-07"),
    (
        "The vote took place last Saturday.",
        SATURDAY,
        "last Saturday",
        "day",
        "2026-02-28",
        "2026-02-28",
    ),
    ("The vote is next Saturday.", SATURDAY, "next Saturday", "day", "2026-03-14", "2026-03-14"),
    ("Prices rose last week.", SATURDAY, "last week", "week", "2026-02-23", "2026-03-01"),
    ("Sales fell last year.", SATURDAY, "last year", "year", "2025-01-01", "2025-12-31"),
    ("Rents have risen this month.", SATURDAY, "this month", "month", "2026-03-01", "2026-03-31"),
    (
        "The road will reopen next spring.",
        SATURDAY,
        "next spring",
        "season",
        "2027-03-01",
        "2027-05-31",
    ),
    (
        "The road reopened last spring.",
        date(2026, 7, 1),
        "last spring",
        "season",
        "2026-03-01",
        "2026-05-31",
    ),
    (
        "The plant opens this winter.",
        date(2026, 10, 1),
        "this winter",
        "season",
        "2026-12-01",
        "2027-02-28",
    ),
    (
        "The mine closed three days ago.",
        SATURDAY,
        "three days ago",
        "day",
        "2026-03-04",
        "2026-03-04",
    ),
    (
        "Ferries stopped running last night.",
        SATURDAY,
        "last night",
        "day",
        "2026-03-06",
        "2026-03-06",
    ),
    ("The dam failed last March.", SATURDAY, "last March", "month", "2025-03-01", "2025-03-31"),
    (
        "The survey came out last month.",
        date(2026, 1, 15),
        "last month",
        "month",
        "2025-12-01",
        "2025-12-31",
    ),
    (
        "The talks resume tomorrow.",
        date(2026, 12, 31),
        "tomorrow",
        "day",
        "2027-01-01",
        "2027-01-01",
    ),
    (
        "Earlier this year, rents rose.",
        SATURDAY,
        "Earlier this year",
        "year",
        "2026-01-01",
        "2026-03-07",
    ),
    (
        "Talks were held over the weekend.",
        date(2026, 3, 9),
        "over the weekend",
        "weekend",
        "2026-03-07",
        "2026-03-08",
    ),
]


# Spans said loosely are the day that long back, give or take what they are rounded to;
# "the past fortnight" and "a decade ago" are read too.
RELATIVE += [
    ("The mill closed a year ago.", SATURDAY, "a year ago", "month", "2025-02-07", "2025-04-07"),
    (
        "Rents doubled three years ago.",
        SATURDAY,
        "three years ago",
        "month",
        "2023-02-07",
        "2023-04-07",
    ),
    ("The pier shut a month ago.", SATURDAY, "a month ago", "week", "2026-01-31", "2026-02-14"),
    (
        "The plant opened a decade ago.",
        SATURDAY,
        "a decade ago",
        "year",
        "2015-03-07",
        "2017-03-07",
    ),
    (
        "The lake froze two decades ago.",
        SATURDAY,
        "two decades ago",
        "year",
        "2005-03-07",
        "2007-03-07",
    ),
    (
        "Prices rose in the past fortnight.",
        SATURDAY,
        "past fortnight",
        "week",
        "2026-02-21",
        "2026-03-07",
    ),
    (
        "The ferry sank a fortnight ago.",
        SATURDAY,
        "a fortnight ago",
        "day",
        "2026-02-21",
        "2026-02-21",
    ),
    (
        "Wages stalled over the past decade.",
        SATURDAY,
        "past decade",
        "year",
        "2016-03-07",
        "2026-03-07",
    ),
    (
        "The vote was held a year ago.",
        date(2028, 2, 29),
        "a year ago",
        "month",
        "2027-01-28",
        "2027-03-28",
    ),
]
# A bare weekday in the present tense of a scheduled event is the coming one; the past
# tense, or a past verb right after the weekday, keeps the latest one.
RELATIVE += [
    ("Talks resume on Monday.", SATURDAY, "on Monday", "day", "2026-03-09", "2026-03-09"),
    ("The trial opens on Tuesday.", SATURDAY, "on Tuesday", "day", "2026-03-10", "2026-03-10"),
    (
        "Officials said talks resume on Monday.",
        SATURDAY,
        "on Monday",
        "day",
        "2026-03-09",
        "2026-03-09",
    ),
    (
        "Crews are clearing the road on Monday.",
        SATURDAY,
        "on Monday",
        "day",
        "2026-03-09",
        "2026-03-09",
    ),
    ("The road is closed on Monday.", SATURDAY, "on Monday", "day", "2026-03-09", "2026-03-09"),
    # The object of a past verb is no present verb, whatever else its words can be
    # ("plan", "age"), and the noun "plan" is no plan to come (tester9e F1).
    (
        "The board approved the plan on Monday.",
        SATURDAY,
        "on Monday",
        "day",
        "2026-03-02",
        "2026-03-02",
    ),
    (
        "Members backed raising the retirement age to 67 on Tuesday.",
        SATURDAY,
        "on Tuesday",
        "day",
        "2026-03-03",
        "2026-03-03",
    ),
    (
        "The board plans to vote on Monday.",
        SATURDAY,
        "on Monday",
        "day",
        "2026-03-09",
        "2026-03-09",
    ),
    ("Talks resumed on Monday.", SATURDAY, "on Monday", "day", "2026-03-02", "2026-03-02"),
    (
        "Officials said on Monday that talks would resume.",
        SATURDAY,
        "on Monday",
        "day",
        "2026-03-02",
        "2026-03-02",
    ),
    ("The vote on Monday was close.", SATURDAY, "on Monday", "day", "2026-03-02", "2026-03-02"),
    # A noun that could be a verb is no verb after a singular noun or a name: the tense is
    # that of "were" / "burned", not of "quarry" / "yard".
    (
        "Nine workers were hurt at the Selby granite quarry on Friday.",
        SATURDAY,
        "on Friday",
        "day",
        "2026-03-06",
        "2026-03-06",
    ),
    (
        "Two sheds burned at the Orlan timber yard on Friday.",
        SATURDAY,
        "on Friday",
        "day",
        "2026-03-06",
        "2026-03-06",
    ),
    ("The talks resume on Monday.", SATURDAY, "on Monday", "day", "2026-03-09", "2026-03-09"),
    # After a past form a base form is its object, not a present verb: "was granted
    # leave", "was refused entry" are past.
    (
        "The striker was granted leave on Monday.",
        SATURDAY,
        "on Monday",
        "day",
        "2026-03-02",
        "2026-03-02",
    ),
    (
        "The envoy was refused entry on Monday.",
        SATURDAY,
        "on Monday",
        "day",
        "2026-03-02",
        "2026-03-02",
    ),
    (
        "Crews were clearing the road on Monday.",
        SATURDAY,
        "on Monday",
        "day",
        "2026-03-02",
        "2026-03-02",
    ),
    (
        "The council has agreed on Monday to sell it.",
        SATURDAY,
        "on Monday",
        "day",
        "2026-03-02",
        "2026-03-02",
    ),
]


@pytest.mark.parametrize(("text", "reference", "phrase", "grain", "first", "last"), RELATIVE)
def test_relative_dates_are_anchored_to_the_publication_date(
    text: str, reference: date, phrase: str, grain: str, first: str, last: str
) -> None:
    (found,) = anchor_dates(text, reference)
    assert found.text == phrase == text[found.span[0] : found.span[1]]
    assert found.grain == grain
    assert (found.start, found.end) == (date.fromisoformat(first), date.fromisoformat(last))


def test_without_a_reference_relative_dates_are_found_but_unanchored() -> None:
    (found,) = anchor_dates("The bridge reopened yesterday.", None)
    assert found == AnchoredDate((20, 29), "yesterday", "day", None, None)
    assert found.iso() == ""


@pytest.mark.parametrize(
    "text",
    [
        "The bridge reopened in March 2025.",
        "The tuesday market reopened.",
        "The shop may close.",
    ],
)
def test_written_dates_and_lower_case_words_are_not_relative(text: str) -> None:
    assert anchor_dates(text, SATURDAY) == ()


def test_an_elided_counted_noun_is_the_one_before_but_a_level_keeps_its_subject() -> None:
    from factcheck.match.frames import frame

    measures = frame("The storm sank 3 boats and stranded 25.").measures
    assert [(m.what, m.predicate) for m in measures][1][0] == ("boat",)
    # "wages rose 7%" measures wages, not the fuel prices of the clause before.
    levels = frame("Fuel prices rose 5% and wages rose 7%.").measures
    assert levels[1].what == ("wage",)


@pytest.mark.parametrize(
    ("text", "approx", "words"),
    [
        ("A dozen or so lorries were stuck.", "about", "A dozen or so"),
        ("The repairs took 40 minutes or so.", "about", "40 minutes or so"),
        ("The fee is $15 or thereabouts.", "about", "$15 or thereabouts"),
        ("The queue held 300, give or take.", "about", "300, give or take"),
        ("Forty-odd cyclists finished.", "at_least", "Forty-odd"),
    ],
)
def test_approximators_after_the_figure(text: str, approx: str, words: str) -> None:
    [q] = find_quantities(text)
    assert (q.approx, q.text) == (approx, words)


def test_an_approximate_figure_after_the_fact_fits_close_figures_only() -> None:
    assert compare("Forty-odd cyclists finished.", "43 cyclists finished.").relation == (
        "corroborates"
    )
    assert compare("Forty-odd cyclists finished.", "31 cyclists finished.").relation == (
        "conflicts"
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The fund raised £5 million.", "The fund raised $5 million."),
        ("The fund raised £5 million.", "The fund raised $6.3 million."),
        ("The port paid €12 million for the cranes.", "The port paid ¥12 million for the cranes."),
        ("The tunnel will cost 2.4 million crowns.", "The tunnel will cost 2.4 million euros."),
        ("The mill was sold for 900,000 zloty.", "The mill was sold for 900,000 roubles."),
        ("The fine came to 40,000 rand.", "The fine came to 40,000 rupees."),
    ],
)
def test_amounts_in_different_currencies_never_corroborate_and_wait_for_a_person(
    a: str, b: str
) -> None:
    for first, second in ((a, b), (b, a)):
        found = compare(first, second)
        assert found.relation == "conflicts"
        assert found.needs_review
        assert found.parts[0].name == "different currencies"


def test_one_currency_in_two_spellings_is_one_amount() -> None:
    found = compare("The fund raised €5 million.", "The fund raised 5 million euros.")
    assert (found.relation, found.needs_review) == ("corroborates", False)
    # a converted figure given beside the original pairs with the other claim's figure
    both = compare("The fund raised £5 million ($6.3 million).", "The fund raised $6.3 million.")
    assert both.relation == "corroborates"
    assert "different currencies" not in [p.name for p in both.parts]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The storm killed scores of cattle.", True),
        ("Scores of homes were flooded.", True),
        ("There were scores of complaints at the depot.", True),
        ("Test scores of pupils improved this year.", False),
        ("The scores of the two teams were close.", False),
        ("Their scores of last year stood.", False),
        ("Exam scores of 90 or more rose.", False),
    ],
)
def test_scores_of_counts_things_only_where_no_noun_owns_the_scores(
    text: str, counted: bool
) -> None:
    ranges = [q for q in find_quantities(text) if q.text.lower() == "scores"]
    assert bool(ranges) == counted


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The depot cost 2.5 mln zloty to rebuild.", 2_500_000, "PLN"),
        ("The council spent three point two million crowns on roads.", 3_200_000, "crown"),
        ("Tickets went up to 450 koruna.", 450, "CZK"),
        ("The ferry fare is 120 Swedish kronor.", 120, "SEK"),
        ("The grant was 80 million Norwegian kroner.", 80_000_000, "NOK"),
        ("A bowl of noodles costs 900 yen.", 900, "JPY"),
        ("The loan was 5 billion yuan.", 5_000_000_000, "CNY"),
        ("The stall owner earned 600 rupees a day.", 600, "INR"),
        ("The farm was fined 20,000 pesos.", 20_000, "peso"),
        ("The fee rose to 35 reais.", 35, "BRL"),
        ("Bread now costs 18 lira.", 18, "lira"),
        ("The deposit was 4,000 shekels.", 4_000, "ILS"),
        ("A ticket costs 1,500 won in Busan.", 1_500, "KRW"),
        ("The tender was worth 7 million ringgit.", 7_000_000, "MYR"),
        ("The kiosk charged 10 dirhams.", 10, "dirham"),
        ("Rent is 3,000 riyals a month.", 3_000, "riyal"),
        ("He was paid 200 rand for the job.", 200, "ZAR"),
        ("The court fined him 500 Swiss francs.", 500, "CHF"),
    ],
)
def test_currency_names_are_units_of_money(text: str, value: float, unit: str) -> None:
    found = [q for q in find_quantities(text) if q.unit]
    assert [(q.value, q.unit) for q in found][:1] == [(value, unit)]


@pytest.mark.parametrize(
    "text",
    ["Labour said 12 won seats in the north.", "The panel found 3 real problems in the plan."],
)
def test_a_currency_name_that_is_an_everyday_word_is_money_only_where_the_amount_ends(
    text: str,
) -> None:
    assert [q.unit for q in find_quantities(text)] == [""]


def test_one_currency_named_two_ways_corroborates() -> None:
    found = compare("The depot cost 2.5 mln zloty.", "The depot cost 2.5 million zlotys.")
    assert (found.relation, found.needs_review) == ("corroborates", False)


@pytest.mark.parametrize(
    ("text", "claim_type", "measured"),
    [
        ("The quarry reopened two years ago.", "event", []),
        ("The ferry sank three weeks ago.", "event", []),
        ("The library moved here 40 years ago.", "event", []),
        ("Nine miners died five years ago.", "quantity", ["Nine"]),
        ("The plant closed ten days ago after 3 years of losses.", "quantity", ["3 years"]),
    ],
)
def test_a_number_in_n_units_ago_dates_the_claim_and_measures_nothing(
    text: str, claim_type: str, measured: list[str]
) -> None:
    quantities = find_quantities(text)
    assert [q.text for q in quantities if not bound_kind(text, q)] == measured
    assert assess(text).type == claim_type
    # the phrase is still read as a date, anchored to the publication date
    assert anchor_dates(text, date(2026, 3, 7))


def test_a_relative_date_in_a_report_is_shown_as_the_date_not_as_a_count() -> None:
    from factcheck.report.gather import claim_figures

    assert claim_figures("The quarry reopened two years ago.") == ("two years ago",)


# (text, value, high, unit, approximator, quoted words): a sign belongs to the figure.
SIGNED = [
    ("The gauge on the ridge read minus 11 degrees.", -11.0, None, "", "exact", "minus 11"),
    ("Frost brought the field to -7C overnight.", -7.0, None, "°C", "exact", "-7C"),
    ("Output growth was negative 1.2% in spring.", -1.2, None, "%", "exact", "negative 1.2%"),
    ("The utility reported minus 4.5 billion kroner.", -4.5e9, None, "krone", "exact", None),
    ("The balance sank to \u2212$2m.", -2e6, None, "USD", "exact", "\u2212$2m"),
    ("Expect lows of minus 3 to minus 8 tonight.", -8.0, -3.0, "", "range", None),
    ("Temperatures will range from -4 to 2 degrees.", -4.0, 2.0, "", "range", "-4 to 2"),
    ("about minus 20 degrees at the summit", -20.0, None, "", "about", "about minus 20"),
]


@pytest.mark.parametrize(("text", "value", "high", "unit", "approx", "words"), SIGNED)
def test_a_sign_is_part_of_the_figure(
    text: str, value: float, high: float | None, unit: str, approx: str, words: str | None
) -> None:
    q = find_quantities(text)[0]
    assert (q.value, q.high, q.unit, q.approx) == (pytest.approx(value), high, unit, approx)
    if words is not None:
        assert q.text == words


@pytest.mark.parametrize(
    "text",
    [
        "The margin is plus or minus 4%.",  # a tolerance, not a value below zero
        "Thirty minus 8 is what remains.",  # arithmetic
        "The Comets won 5-2 away.",  # a score
        "Roadworks closed the M-6 at noon.",  # a code
        "They counted 10-12 boats.",  # a range
    ],
)
def test_a_hyphen_or_minus_inside_other_writing_is_no_sign(text: str) -> None:
    assert all(q.value >= 0 for q in find_quantities(text))


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("The river froze at minus 5 degrees.", "The river froze at 5 degrees.", "conflicts"),
        ("Night lows reached -9C.", "Night lows reached 9C.", "conflicts"),
        ("Night lows reached -9C.", "Night lows reached minus 9C.", "corroborates"),
        ("The bank lost minus 2.5 billion euros.", "The bank lost 2.5 billion euros.", "conflicts"),
    ],
)
def test_a_sign_changes_the_figure(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mortgage rates rose by 3 per cent.", "Mortgage rates rose by 3 percentage points."),
        ("The jobless rate climbed 2 pct.", "The jobless rate climbed 2 percentage points."),
        ("Support for the plan fell 5 percentage points.", "Support for the plan fell 8%."),
    ],
)
def test_per_cent_and_percentage_points_never_corroborate(a: str, b: str) -> None:
    result = compare(a, b)
    assert result.relation != "corroborates"
    assert any(r.name == "different measures" for r in result.parts)
    assert compare(b, a).relation != "corroborates"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Approx. 70 pupils missed the exam.", "Approx. 70"),
        ("Repairs will cost approx. \u00a34m.", "approx. \u00a34m"),
        ("The ferry carries approx 300 cars.", "approx 300"),
    ],
)
def test_approx_abbreviated_marks_an_approximate_figure(text: str, words: str) -> None:
    q = find_quantities(text)[0]
    assert (q.approx, q.text) == ("about", words)


@pytest.mark.parametrize(
    ("text", "published", "days"),
    [
        # Saturday: Friday is the day before; the Monday told after it is the coming one.
        ("The depot closed on Friday and reopened on Monday.", date(2026, 3, 7), [6, 9]),
        # "a.m." does not end the sentence; Wednesday follows the Tuesday it comes after.
        (
            "The tug left at 7 a.m. on Tuesday and berthed on Wednesday.",
            date(2026, 3, 10),
            [10, 11],
        ),
        # Already in order: nothing moves.
        ("The fair opened on Monday and closed on Thursday.", date(2026, 3, 7), [2, 5]),
        # Two sentences: each weekday is read on its own.
        ("The depot closed on Friday. It reopened on Monday.", date(2026, 3, 7), [6, 2]),
    ],
)
def test_a_later_weekday_in_one_sentence_is_not_dated_before_the_earlier(
    text: str, published: date, days: list[int]
) -> None:
    found = anchor_dates(text, published)
    assert [d.start.day for d in found if d.start] == days


@pytest.mark.parametrize(
    ("text", "published", "iso"),
    [
        # Past or neutral: the nearest such day to the publication date.
        ("On Tuesday, March 10, the bridge reopened.", SATURDAY, "2026-03-10"),
        ("The depot flooded on 28 December.", date(2026, 1, 6), "2025-12-28"),
        ("The levy was raised on Feb. 3.", date(2026, 3, 7), "2026-02-03"),
        ("Ice closed the pass in mid-January.", date(2026, 3, 7), "2026-01-01/2026-01-31"),
        # About the future: the first such day on or after it.
        ("The new levy takes effect on 1 February.", date(2026, 3, 7), "2027-02-01"),
        ("The depot will reopen on Jan. 4.", date(2025, 12, 20), "2026-01-04"),
        # A weekday picks the year in which the day falls on it.
        ("The race was held on Sunday, March 8.", date(2027, 1, 5), "2026-03-08"),
        # "in three weeks" about the future is a day counted forward.
        ("The inquiry opens in three weeks.", date(2026, 3, 7), "2026-03-28"),
        ("The ferry will return in 10 days' time.", date(2026, 3, 7), "2026-03-17"),
    ],
)
def test_dates_without_a_year_take_it_from_the_publication_date(
    text: str, published: date, iso: str
) -> None:
    assert [d.iso() for d in anchor_dates(text, published)] == [iso]


TUESDAY = date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "published", "iso"),
    [
        # A phrase of the past reporting verb dates the saying, not the quoted future.
        ('"The levy will stay," the treasurer said on Wednesday.', TUESDAY, "2026-03-04"),
        ('"Nobody shall be evicted," the mayor insisted on Friday.', TUESDAY, "2026-03-06"),
        # Inside the quote, the quote's own tense dates it.
        ('"The ferry will sail on Thursday," the captain said.', TUESDAY, "2026-03-12"),
        # A modal of possibility speaks of the coming weekend; a past verb of the last one.
        ("Gales might batter the coast over the weekend, forecasters warned.", TUESDAY,
         "2026-03-14/2026-03-15"),
        ("Ferries were cancelled over the weekend.", TUESDAY, "2026-03-07/2026-03-08"),
        ("The ministry said over the weekend that the levy will stay.", TUESDAY,
         "2026-03-07/2026-03-08"),
        # A number word counts the noun after it, which is no present-tense verb.
        ("The storm has left 4 lakh people without power since Friday.", date(2026, 7, 8),
         "2026-07-03"),
        ("Rains have flooded two million homes since Sunday.", date(2026, 7, 8), "2026-07-05"),
        # A past event's month has begun by publication: last year's, not the coming one.
        ("Exports slumped 4 pct. in August, the bureau said.", TUESDAY, "2025-08-01/2025-08-31"),
        ("Rents have risen since July.", TUESDAY, "2025-07-01/2025-07-31"),
        ("The port reopened in Sept.", TUESDAY, "2025-09-01/2025-09-30"),
        ("Rents rose in February.", TUESDAY, "2026-02-01/2026-02-28"),
        ("The port will reopen in August.", TUESDAY, "2026-08-01/2026-08-31"),
    ],
)
def test_the_clause_a_date_phrase_belongs_to_sets_its_tense(
    text: str, published: date, iso: str
) -> None:
    assert [d.iso() for d in anchor_dates(text, published)] == [iso]


@pytest.mark.parametrize(
    "text",
    ["The bridge was built in three weeks.", "Crews cleared the road in two days."],
)
def test_in_n_weeks_in_the_past_is_a_duration_not_a_date(text: str) -> None:
    assert anchor_dates(text, SATURDAY) == ()


def _measured(text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in find_quantities(text) if not bound_kind(text, q)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a noun that names one of a series: never a count
        ("The night ferry docks at Pier 9 before dawn.", []),
        ("Boarding moved to gate 31 at short notice.", []),
        ("Route 66 reopened after the repairs.", []),
        ("Ward 4 took 18 patients overnight.", [(18.0, "")]),
        ("Article 12 of the charter was suspended.", []),
        ("Day 3 of the hearing began with 9 witnesses.", [(9.0, "")]),
        ("Boarding for the ferry is at Berth 7A.", []),
        ("Berths 2 and 3 stayed empty all week.", []),
        ("Wards 4, 6 or 9 may close.", []),
        ("Tram 11 struck 2 bollards.", [(2.0, "")]),  # a past tense after it: a name
        # a name no dictionary knows, followed by its verb
        ("The Dornier 228 landed on the beach.", []),
        ("The Halden 7 were cleared by the court.", []),
        # a count stays a count: a noun after it, an approximator or a month before it
        ("In Tarnow 60 volunteers cleared the river bank.", [(60.0, "")]),
        ("Roughly 25 boats left the harbour.", [(25.0, "")]),
        ("In the week 14 people were treated for burns.", [(14.0, "")]),
    ],
)
def test_a_number_that_names_something_is_no_figure(
    text: str, figures: list[tuple[float, str]]
) -> None:
    assert _measured(text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The minutes at https://council.example/2023/minutes list 8 votes.", [(8.0, "")]),
        ("Tips go to news1999@paper.example, which got 20 replies.", [(20.0, "")]),
        ("Ring 01632 960 123 to book a seat; 40 remain.", [(40.0, "")]),
        ("Dial (028) 9018 1234 before noon.", []),
        ("Text 555-0199 to vote.", []),
        ("The shelter now opens 24/7.", []),
        ("Crowds fell by 1000-2000 a day.", [(1000.0, "")]),  # a range, not a phone
    ],
)
def test_digits_of_an_address_or_a_phone_number_are_no_figure(
    text: str, figures: list[tuple[float, str]]
) -> None:
    assert _measured(text) == figures


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("The car park hit 31C by noon.", 31.0, "°C"), ("Lows of 28F were forecast.", 28.0, "°F")],
)
def test_a_capital_glued_to_digits_is_a_temperature_scale(
    text: str, value: float, unit: str
) -> None:
    q = find_quantities(text)[0]
    assert (q.value, q.unit) == (value, unit)


def test_a_spaced_capital_after_digits_is_no_temperature() -> None:
    assert find_quantities("Pupils in set 2 C sat the paper.")[0].unit == ""


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        (
            "Trains from Platform 2 carried 900 fans home.",
            "Trains from Platform 5 carried 900 fans home.",
            "corroborates",
        ),
        (
            "Trains from Platform 2 carried 900 fans home.",
            "Trains from Platform 2 carried 1,400 fans home.",
            "conflicts",
        ),
        (
            "The Cessna 172 flew 3 patients to the island.",
            "The Cessna 152 flew 3 patients to the island.",
            "corroborates",
        ),
    ],
)
def test_names_with_numbers_do_not_decide_a_relation(
    first: str, second: str, relation: str
) -> None:
    assert str(compare(first, second).relation) == relation


@pytest.mark.parametrize(
    ("text", "value", "unit", "words"),
    [
        ("The insurer paid out CHF 12 million.", 12_000_000.0, "CHF", "CHF 12 million"),
        ("A seat costs NOK 900.", 900.0, "NOK", "NOK 900"),
        ("The levy raised Rs 3 lakh.", 300_000.0, "INR", "Rs 3 lakh"),
        ("The mine sold Rp. 2,000 of tin.", 2_000.0, "IDR", "Rp. 2,000"),
        ("Tolls brought in GBP 6m.", 6_000_000.0, "GBP", "GBP 6m"),
    ],
)
def test_a_currency_code_before_the_amount_is_its_unit(
    text: str, value: float, unit: str, words: str
) -> None:
    q = find_quantities(text)[0]
    assert (q.value, q.unit, q.text) == (value, unit, words)



@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Four dozen crates washed ashore.", 48.0),
        ("Half a dozen crates washed ashore.", 6.0),
        ("A dozen and a half crates washed ashore.", 18.0),
        ("Two and a half dozen crates washed ashore.", 30.0),
        ("A dozen crates washed ashore.", 12.0),
    ],
)
def test_a_dozen_counts_in_twelves(text: str, value: float) -> None:
    assert find_quantities(text)[0].value == value


def test_two_dozen_conflicts_with_fourteen() -> None:
    pair = ("Two dozen crates washed ashore.", "14 crates washed ashore.")
    assert str(compare(*pair).relation) == "conflicts"
    pair = ("Two dozen crates washed ashore.", "24 crates washed ashore.")
    assert str(compare(*pair).relation) == "corroborates"


# Verbs of crossing a figure bound it from below, like "more than"; the figure of a
# counted object ("passed 12 bills") and a vote ("passed 52-48") stay exact.
THRESHOLD_VERBS = [
    ("Insured losses exceeded 18 million euros.", "more_than", 18e6),
    ("The charity appeal topped 250,000 pounds.", "more_than", 250_000),
    ("Visitor numbers surpassed 40,000 in August.", "more_than", 40_000),
    ("The tally of confirmed cases passed 600 on Sunday.", "more_than", 600),
    ("Spending could exceed 3 billion dollars next year.", "more_than", 3e9),
    ("The council passed 9 bylaws in the spring.", "exact", 9),
    ("The motion passed 61-40.", "exact", 61),
]


@pytest.mark.parametrize(("text", "approx", "value"), THRESHOLD_VERBS)
def test_verbs_of_crossing_a_figure_are_lower_bounds(
    text: str, approx: str, value: float
) -> None:
    q = find_quantities(text)[0]
    assert (q.approx, q.value) == (approx, value)


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Insured losses exceeded 18 million euros.", "Insured losses were 26 million euros.",
         "corroborates"),
        ("Insured losses exceeded 18 million euros.", "Insured losses were 11 million euros.",
         "conflicts"),
        ("Almost 900 pupils sat the exam.", "More than 900 pupils sat the exam.", "conflicts"),
        ("Fewer than 40 boats were damaged.", "At least 40 boats were damaged.", "conflicts"),
        ("Some 900 pupils sat the exam.", "More than 900 pupils sat the exam.", "corroborates"),
    ],
)
def test_bounds_that_exclude_each_other_do_not_agree(a: str, b: str, relation: str) -> None:
    """The same digits under a lower and an upper bound that cannot both hold are two
    figures; under compatible bounds they stay one figure rounded to the bound."""
    assert compare(a, b).relation == relation


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ("Bus fares climbed 9% as wages rose 3%.", ("Bus fares climbed 9%", "wages rose 3%")),
        ("Rents rose 6%, with incomes down 2%.", ("Rents rose 6%", "incomes down 2%")),
        (
            "Rice prices hit 11%, compared with 4% for bread.",
            ("Rice prices hit 11%", "bread hit 4%"),
        ),
        (
            "The firm shed 120 jobs in Derby and 80 in Crewe.",
            ("The firm shed 120 jobs in Derby", "The firm shed 80 jobs in Crewe"),
        ),
        (
            "The ward count was 44 and the Liberals won 9 of them.",
            ("The ward count was 44", "the Liberals won 9 of them"),
        ),
        # a clause opening with its figure and its own verb keeps its own subject
        (
            "The gale cut power to 2,000 homes while 30 people were hurt.",
            ("The gale cut power to 2,000 homes", "30 people were hurt"),
        ),
        (
            "The toll rose to 31 after six more deaths were confirmed.",
            ("The toll rose to 31", "six more deaths were confirmed"),
        ),
        ("Shares fell 5% after 3 days of gains.", ()),
        # one subject with two verbs, a range and a bound stay whole
        ("The storm killed 7 people and injured 52.", ()),
        ("Between 10 and 15 people were hurt.", ()),
        ("Prices rose as much as 5% in the north.", ()),
    ],
)
def test_each_figure_clause_has_its_own_subject(text: str, clauses: tuple[str, ...]) -> None:
    """"as", ", with", "compared with … for", "and" before a figure or a new subject join
    clauses of their own figures, as "while" and ", but" do."""
    assert figure_clauses(text) == clauses


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Bus fares climbed 9% as wages rose 3%.", "Bus fares climbed 3%.", "conflicts"),
        ("Bus fares climbed 9% as wages rose 3%.", "Wages rose 3%.", "corroborates"),
        ("Rents rose 6%, with incomes up 2%.", "Incomes rose 6%.", "conflicts"),
        ("Rice prices hit 11%, compared with 4% for bread.", "Rice prices hit 4%.", "conflicts"),
        ("The firm shed 120 jobs in Derby and 80 in Crewe.", "The firm shed 80 jobs in Derby.",
         "conflicts"),
        ("The ward count was 44 and the Liberals won 9 of them.", "The ward count was 9.",
         "conflicts"),
        ("The toll rose to 31 after six more deaths were confirmed.", "The toll rose to six.",
         "conflicts"),
    ],
)
def test_a_figure_of_another_thing_in_the_sentence_does_not_agree(
    a: str, b: str, relation: str
) -> None:
    assert compare(a, b).relation == relation


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Exports grew 4 p.c. in the second quarter.", 4, "%"),
        ("The port authority borrowed 25 million levs.", 25e6, "BGN"),
        ("The loan was 90 million nairas.", 90e6, "NGN"),
        ("The scheme will cost ₹3 lakh crore.", 3e12, "INR"),
        ("The state budget includes Rs 40 thousand crore for roads.", 4e11, "INR"),
        ("The state budget includes Rs 40 crore for roads.", 4e8, "INR"),
    ],
)
def test_per_cent_abbreviations_currency_plurals_and_lakh_crore(
    text: str, value: float, unit: str
) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text",
    ["Reporters waited outside No. 10 Downing Street.", "He will wear the No. 7 shirt again."],
)
def test_no_with_a_dot_names_one_of_a_series(text: str) -> None:
    assert find_quantities(text) == ()


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("Nineteen eighty-seven", 1987),
        ("twenty twenty-two", 2022),
        ("eighteen sixty", 1860),
        ("one hundred and twenty", 120),
        ("two thousand and twelve", 2012),
        ("fourteen hundred", 1400),
    ],
)
def test_a_year_said_aloud_is_read_by_its_digit_pairs(phrase: str, value: int) -> None:
    """"nineteen eighty-seven" is 1987, never 19 + 87; cardinals with "hundred" or
    "thousand" still add."""
    assert parse_number_words(phrase) == value


@pytest.mark.parametrize(
    ("text", "year", "words"),
    [
        ("The ferry line opened in twenty twenty-four.", 2024, "twenty twenty-four"),
        (
            "Nineteen ninety-eight was the last time the weir overflowed.",
            1998,
            "Nineteen ninety-eight",
        ),
        ("The tannery shut in nineteen oh five.", 1905, "nineteen oh five"),
        ("The chapel was built in eighteen hundred.", 1800, "eighteen hundred"),
        ("Rents have doubled since two thousand and eight.", 2008, "two thousand and eight"),
        ("In two thousand twenty-one the depot moved.", 2021, "two thousand twenty-one"),
    ],
)
def test_a_year_said_aloud_is_a_date_not_a_figure(text: str, year: int, words: str) -> None:
    (found,) = find_dates(text)
    assert (found.year, found.text, found.month) == (year, words, None)
    assert text[found.span[0] : found.span[1]] == words
    assert find_quantities(text) == ()
    # read as the same claim with the year in digits: a date, no figure
    digits = text.replace(words, str(year))
    assert assess(text) == assess(digits)
    assert "figure" not in assess(text).reasons and "date" in assess(text).reasons


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The depot hired two thousand and eight drivers.", 2008),  # a count of drivers
        ("Twenty twelve-year-olds sat the exam.", None),  # a compound, no year
        ("The choir sang nineteen hymns.", 19),
    ],
)
def test_number_words_that_count_are_no_spoken_year(text: str, value: int | None) -> None:
    assert find_dates(text) == ()
    if value is not None:
        assert [q.value for q in find_quantities(text)] == [value]


def test_a_spoken_year_conflicts_with_another_year_and_agrees_with_its_own() -> None:
    same = compare("The ferry line opened in twenty twenty-four.", "The ferry line opened in 2024.")
    other = compare(
        "The ferry line opened in twenty twenty-four.", "The ferry line opened in 2023."
    )
    assert same.relation == "corroborates"
    assert other.relation == "conflicts"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a negated "could" tells a past inability: the Monday before publication
        ("Residents could not leave their homes on Monday.", "2026-03-02"),
        ("Residents couldn't leave their homes on Monday.", "2026-03-02"),
        ("Divers could never reach the hull on Tuesday.", "2026-03-03"),
        ("Ferries could no longer cross the strait on Monday.", "2026-03-02"),
        # the plain modal and the present denial still speak of what may come
        ("Storms could hit the coast on Monday.", "2026-03-09"),
        ("Residents cannot return to their homes until Monday.", "2026-03-09"),
    ],
)
def test_a_negated_past_modal_dates_its_weekday_in_the_past(text: str, day: str) -> None:
    (found,) = anchor_dates(text, SATURDAY)
    assert found.iso() == day


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a negated past auxiliary keeps its past: last Monday, last July
        ("The board did not meet on Monday.", "2026-03-02"),
        ("The board didn't meet on Monday.", "2026-03-02"),
        ("The board had not met on Monday.", "2026-03-02"),
        ("The ferry did not pass its safety check in July.", "2025-07-01/2025-07-31"),
        ("The ferry didn’t pass its safety check in July.", "2025-07-01/2025-07-31"),
        # the affirmative past agrees; present and future denials still look ahead
        ("The ferry passed its safety check in July.", "2025-07-01/2025-07-31"),
        ("The board does not meet on Monday.", "2026-03-09"),
        ("The ferry will not sail in July.", "2026-07-01/2026-07-31"),
    ],
)
def test_a_negated_past_dates_its_phrase_in_the_past(text: str, when: str) -> None:
    (found,) = anchor_dates(text, SATURDAY)
    assert found.iso() == when


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "would"/"should" before a bare verb: after the saying, so the coming weekday
        ("The mayor said the bridge would reopen on Tuesday.", "2026-03-10"),
        ("Dockers said they would not return to work until Monday.", "2026-03-09"),
        ("The ferry would be refloated on Wednesday, the harbour master said.", "2026-03-11"),
        ("Officials said the results should arrive on Thursday.", "2026-03-12"),
        # the past forms keep the past weekday
        ("The mayor said the bridge would have reopened on Tuesday.", "2026-03-03"),
        ("The mayor said the bridge had reopened on Tuesday.", "2026-03-03"),
        ("The ferry was refloated on Wednesday.", "2026-03-04"),
    ],
)
def test_a_weekday_after_would_or_should_is_the_coming_one(text: str, day: str) -> None:
    (found,) = anchor_dates(text, SATURDAY)
    assert found.iso() == day


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a name before a noun: the number is part of the name
        ("Windows 10 users lost their files.", []),
        ("Calls to the NHS 111 line tripled.", []),
        ("Platform 3 staff walked out at noon.", []),
        ("A Boeing 737 jet landed safely.", []),
        ("Calls to the NHS 111 line rose to 4,000.", [4000]),
        # a fronted place or time, or a lower-case label, before a count keeps it
        ("In Dunmore 40 nurses were hired.", [40]),
        ("In Dunmore 40 staff were hired.", [40]),
        ("Yesterday 40 nurses were hired.", [40]),
        ("On Monday 40 nurses were hired.", [40]),
        ("Guards said the gate 12 guards were armed.", [12]),
        ("Storm Kills 40", [40]),
    ],
)
def test_a_name_with_a_number_before_a_noun_is_no_count(text: str, counts: list[int]) -> None:
    found = [q.value for q in find_quantities(text) if not bound_kind(text, q)]
    assert found == counts


@pytest.mark.parametrize(
    ("text", "what", "predicate"),
    [
        # "N more" with its noun left out counts the verb's patient, never its doer
        ("Coastguards saved 9 more.", (), "save"),
        ("Divers pulled 4 more from the hull on Sunday.", (), "pull"),
        ("Wardens counted 12 more.", (), "count"),
        # "more" before a noun adds to a count of that noun
        ("Coastguards saved 9 more sailors.", ("sailor",), "save"),
        # after a figure of its own, "N more" counts what that one counted
        ("The gale sank 3 trawlers and wrecked 2 more.", ("trawler",), "wreck"),
        # a level verb's "more" measures the subject
        ("Rents rose 5% more than wages.", ("rent",), ""),
    ],
)
def test_n_more_counts_the_patient_not_the_doer(
    text: str, what: tuple[str, ...], predicate: str
) -> None:
    from factcheck.match.frames import frame

    last = frame(text).measures[-1]
    assert (last.what, last.predicate) == (what, predicate)


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # a verbless "down/up N%" reads its direction like the verb it leaves out
        (
            "Rents down 3% in the harbour wards, the survey found.",
            "Rents rose 3% in the harbour wards, the survey found.",
            "conflicts",
        ),
        ("Rents were down 3% last year.", "Rents rose 3% last year.", "conflicts"),
        ("Rents were down 3% last year.", "Rents fell 3% last year.", "corroborates"),
        ("Fares up by nearly 6% in June.", "Fares fell by nearly 6% in June.", "conflicts"),
        ("Ferry fares up 6% in June.", "Ferry fares rose 6% in June.", "corroborates"),
        ("Burglary is down 12%.", "Burglary is down 20%.", "conflicts"),
    ],
)
def test_a_verbless_change_reads_its_direction(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation


def test_a_toll_without_a_unit_counts_deaths() -> None:
    from factcheck.match.frames import frame

    assert frame("The toll rose to 27.").measures[0].what == ("die", "toll")
    assert frame("The death toll rose to 27.").measures[0].what == ("die", "toll")
    # with a unit a toll is a fee
    assert "die" not in frame("The bridge toll rose to £5.").measures[0].what
    reasons = [r.name for r in compare("The toll rose to 40.", "Deaths rose to 45.").parts]
    assert "different measure" not in reasons and "same measure" in reasons


@pytest.mark.parametrize(
    ("two_clauses", "other", "clause"),
    [
        (
            "The death toll rose to 40 while 200 people were injured.",
            "45 people have died.",
            "The death toll rose to 40",
        ),
        (
            "The death toll rose to 40 while 200 people were injured.",
            "250 people were injured.",
            "200 people were injured",
        ),
        (
            "Officials said 40 people died and 200 people were injured.",
            "The death toll rose to 45.",
            "40 people died",
        ),
    ],
)
def test_the_clause_compared_is_the_one_of_the_same_measure(
    two_clauses: str, other: str, clause: str
) -> None:
    notes = [r for r in compare(two_clauses, other).parts if r.name == "clause compared"]
    assert [r.detail for r in notes] == [clause]


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("The port hired two thousand dockers.", "The port hired 2,000 dockers."),
        ("The port hired two hundred dockers.", "The port hired 200 dockers."),
        ("The port hired three million dockers.", "The port hired 3,000,000 dockers."),
    ],
)
def test_a_scale_word_after_a_spelled_number_is_a_figure(words: str, digits: str) -> None:
    assert "figure" in assess(words).reasons
    assert "figure" in assess(digits).reasons


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the number word before the hyphen heads a compound; the words before it count
        ("Twenty twelve-year-olds were evacuated.", [20.0, 144.0]),
        ("Thirty five-storey blocks were cleared.", [30.0, 5.0]),
        ("Forty-two nine-year-olds sat the test.", [42.0, 108.0]),
        ("Twenty 12-year-olds were evacuated.", [20.0, 144.0]),
        # a number hyphened whole, and a scale word before the hyphen, stay one number
        ("Twenty-five-year-old men were stopped.", [300.0]),
        ("Two hundred-year-old oaks were felled.", [2400.0]),
    ],
)
def test_a_hyphened_compound_is_not_added_to_the_count_before_it(
    text: str, values: list[float]
) -> None:
    assert [q.value for q in find_quantities(text)] == pytest.approx(values)
    assert find_dates(text) == ()


def test_a_count_before_a_hyphened_compound_is_compared_as_the_count() -> None:
    assert compare(
        "Twenty twelve-year-olds were evacuated.", "20 pupils were evacuated."
    ).relation == "corroborates"
    assert compare(
        "Twenty twelve-year-olds were evacuated.", "Thirty 12-year-olds were evacuated."
    ).relation == "conflicts"
