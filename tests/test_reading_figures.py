"""Issue #10, figures written in forms other than plain English digits (tester10c F2):
continental decimals and grouping, German scale abbreviations, South Asian grouping, and
figures no reader takes whole. Every sentence here is our own."""

from __future__ import annotations

import pytest

from factcheck.match.relation import compare
from factcheck.normalize import find_quantities, unreadable_figures
from factcheck.segment import segment

# (text, figure as written, value, unit)
CONTINENTAL = [
    ("Unemployment stood at 5,7% in June.", "5,7%", 5.7, "%"),
    ("Prices rose 0,3 percent last month.", "0,3 percent", 0.3, "%"),
    ("The levy is 12,75 euros a tonne.", "12,75 euros", 12.75, "EUR"),
    ("Exports fell 0,125 percent.", "0,125 percent", 0.125, "%"),
    ("The grant was 1.234,56 euros.", "1.234,56 euros", 1234.56, "EUR"),
    ("The fund paid out 2.750.000 euros.", "2.750.000 euros", 2_750_000, "EUR"),
    ("The region spent 4,2 Mio Euro on roads.", "4,2 Mio Euro", 4_200_000, "EUR"),
    ("The state raised 7,5 Mrd. Euro in bonds.", "7,5 Mrd. Euro", 7_500_000_000, "EUR"),
    ("The city borrowed 2 Mrd euros.", "2 Mrd euros", 2_000_000_000, "EUR"),
    ("The port handled 1.5 Mio. tonnes.", "1.5 Mio. tonnes", 1_500_000_000, "kg"),
    ("The scheme cost 2,40,000 rupees.", "2,40,000 rupees", 240_000, "INR"),
    ("The plant used 3,5 million litres.", "3,5 million litres", 3_500_000, "l"),
]


@pytest.mark.parametrize(("text", "written", "value", "unit"), CONTINENTAL)
def test_continental_figures_are_read_with_their_unit(
    text: str, written: str, value: float, unit: str
) -> None:
    (quantity,) = find_quantities(text)
    assert quantity.text == written
    assert quantity.value == pytest.approx(value)
    assert quantity.unit == unit


def test_a_decimal_comma_keeps_the_precision_of_its_digits() -> None:
    (quantity,) = find_quantities("Unemployment stood at 5,7% in June.")
    assert quantity.precision == pytest.approx(0.05)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A comma before three digits groups thousands in English copy; a single stop is a
        # decimal point: both stay English, the reader's language.
        ("The club sold 2,500 tickets.", 2500),
        ("The rod is 1.500 metres long.", 1.5),
        ("It cost 3,250,000 euros.", 3_250_000),
        ("It cost 3,250,000.50 euros.", 3_250_000.5),
    ],
)
def test_ambiguous_forms_keep_the_english_reading(text: str, value: float) -> None:
    assert find_quantities(text)[0].value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["Rates rose to 4,1,2% in May.", "Output was 12.345,6.7 tonnes.", "Build 3.12.110 shipped."],
)
def test_a_figure_no_reader_takes_is_no_figure(text: str) -> None:
    assert unreadable_figures(text)
    assert find_quantities(text) == ()


def test_dates_and_times_with_stops_are_not_unreadable_figures() -> None:
    assert unreadable_figures("The talks open on 14.05.2026 at 9.30.") == ()


def test_a_scale_abbreviation_before_a_currency_does_not_end_the_sentence() -> None:
    texts = [s.text for s in segment("The state raised 7,5 Mrd. Euro in bonds. Yields fell.")]
    assert texts == ["The state raised 7,5 Mrd. Euro in bonds.", "Yields fell."]
    texts = [s.text for s in segment("The fund lost 2 Mio. Investors were told on Monday.")]
    assert texts == ["The fund lost 2 Mio.", "Investors were told on Monday."]


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("Unemployment stood at 5,7% in June.", "Unemployment stood at 4.2% in June.", "conflicts"),
        (
            "Unemployment stood at 5,7% in June.",
            "Unemployment stood at 5.7% in June.",
            "corroborates",
        ),
        (
            "Prices rose 0,3 percent, officials said.",
            "Prices rose 2.1 percent, officials said.",
            "conflicts",
        ),
        ("The fund paid 2.750.000 euros.", "The fund paid 2,750,000 euros.", "corroborates"),
        ("The fund paid 2.750.000 euros.", "The fund paid 4,100,000 euros.", "conflicts"),
        ("The state raised 7,5 Mrd. Euro.", "The state raised 7.5 billion euros.", "corroborates"),
        ("The state raised 7,5 Mrd. Euro.", "The state raised 3 billion euros.", "conflicts"),
    ],
)
def test_continental_figures_are_compared(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation


def test_an_unreadable_figure_never_corroborates_a_figure() -> None:
    result = compare("Rates rose to 4,1,2% in May.", "Rates rose to 3.5% in May.")
    assert result.relation != "corroborates"
    assert any(p.name == "figure not read" for p in result.parts)


# Ranges after an approximator or a bound (tester10c F1): (text, value, high, approx)
BOUNDED_RANGES = [
    ("Some 30-35 firemen fought the blaze.", 30, 35, "range"),
    ("About 20,000-25,000 fans filled the square.", 20_000, 25_000, "range"),
    ("Nearly 60 to 70 boats left the harbour.", 60, 70, "range"),
    ("Roughly 8–9 tonnes of grain were lost.", 8_000, 9_000, "range"),
    ("Up to 30-35 homes were flooded.", 35, None, "at_most"),
    ("Fewer than 12-15 buses ran.", 15, None, "less_than"),
    ("At least 200-300 sheep drowned.", 200, None, "at_least"),
    ("More than 6-8 villages were cut off.", 6, None, "more_than"),
]


@pytest.mark.parametrize(("text", "value", "high", "approx"), BOUNDED_RANGES)
def test_a_range_after_an_approximator_is_one_figure(
    text: str, value: float, high: float | None, approx: str
) -> None:
    (quantity,) = find_quantities(text)
    assert quantity.value == pytest.approx(value)
    assert quantity.high == (pytest.approx(high) if high is not None else None)
    assert quantity.approx == approx


@pytest.mark.parametrize(
    ("text", "value", "high"),
    [
        ("Some 4-6 million people voted.", 4_000_000, 6_000_000),
        ("Between 7 and 9 billion euros was lent.", 7e9, 9e9),
        ("Between 300 and 2 million bees died.", 300, 2_000_000),
    ],
)
def test_a_range_shares_the_scale_written_after_its_second_figure(
    text: str, value: float, high: float
) -> None:
    (quantity,) = find_quantities(text)
    assert (quantity.value, quantity.high) == (pytest.approx(value), pytest.approx(high))


def test_a_change_and_its_level_stay_two_figures_after_an_approximator() -> None:
    assert len(find_quantities("Rents rose by about 4% to 1,200 euros.")) == 2


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (
            "Some 30-35 firemen fought the blaze.",
            "About 32 firemen fought the blaze.",
            "corroborates",
        ),
        ("Some 30-35 firemen fought the blaze.", "About 80 firemen fought the blaze.", "conflicts"),
        (
            "About 20,000-25,000 fans filled the square.",
            "Some 22,000 fans filled the square.",
            "corroborates",
        ),
        ("Up to 30-35 homes were flooded.", "About 33 homes were flooded.", "corroborates"),
        ("Some 4-6 million people voted.", "About 9,000 people voted.", "conflicts"),
    ],
)
def test_bounded_ranges_are_compared_whole(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation


# Unit words of wire copy (tester10c F3): (text, value, unit)
WIRE_UNITS = [
    ("Sales climbed 7pc in April.", 7, "%"),
    ("Sales climbed 7 pc in April.", 7, "%"),
    ("The bank cut rates by 50bp.", 0.5, "pp"),
    ("Yields rose 15 bps on the week.", 0.15, "pp"),
    ("Spreads widened by 120 basis points.", 1.2, "pp"),
    ("The rate moved one basis point.", 0.01, "pp"),
]


@pytest.mark.parametrize(("text", "value", "unit"), WIRE_UNITS)
def test_wire_unit_words_are_read(text: str, value: float, unit: str) -> None:
    (quantity,) = find_quantities(text)
    assert quantity.value == pytest.approx(value)
    assert quantity.unit == unit


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (
            "The bank cut rates by 50bp.",
            "The bank cut rates by 0.5 percentage points.",
            "corroborates",
        ),
        (
            "The bank cut rates by 50bp.",
            "The bank cut rates by 0.25 percentage points.",
            "conflicts",
        ),
        ("Sales climbed 7pc in April.", "Sales climbed 7% in April.", "corroborates"),
        ("Sales climbed 7pc in April.", "Sales climbed 3% in April.", "conflicts"),
    ],
)
def test_wire_unit_words_are_compared(a: str, b: str, relation: str) -> None:
    assert compare(a, b).relation == relation


def test_basis_points_never_corroborate_a_percentage_of_the_same_digits() -> None:
    assert compare("The bank cut rates by 50bp.", "The bank cut rates by 50%.").relation != (
        "corroborates"
    )
