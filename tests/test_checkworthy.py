"""The reasons added for figures, shares, money, existence, sweeping words, records and
conditions: each fires on our own sentences, and stays quiet where the words mean
something else."""

from __future__ import annotations

import pytest

from factcheck.checkworthy import WEIGHTS, assess, reasons_of


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The quake killed 1,100 people.", "figure"),
        ("Crime fell to 20-year lows.", "figure"),
        ("Fares rose 4% in the spring.", "percentage"),
        ("Fares rose four percent in the spring.", "percentage"),
        ("Fares rose four per cent in the spring.", "percentage"),
        ("The bridge cost $40 million.", "money"),
        ("The bridge cost €40m.", "money"),
        ("The bridge cost forty million dollars.", "money"),
        ("The deal is worth two billion.", "money"),
        ("There are 300 beds in the hospital.", "existential"),
        ("There were no arrests that night.", "existential"),
        ("There's a gap of ten points.", "existential"),
        ("There has been a rise in thefts.", "existential"),
        ("The mayor has never raised the levy.", "generalization"),
        ("It is the only county without a library.", "generalization"),
        ("No one was hurt in the fire.", "generalization"),
        ("Rents went up every single year.", "generalization"),
        ("The senator voted against the levy.", "record"),
        ("The governor signed the bill in March.", "record"),
        ("The council cut the parks budget.", "record"),
        ("She vetoed the plan twice.", "record"),
        ("If rates fall, sales would recover.", "hypothetical"),
        ("Suppose the dam fails tomorrow.", "hypothetical"),
        ("Unless the board agrees, the pool closes.", "hypothetical"),
        ("What if the council says no?", "hypothetical"),
    ],
)
def test_new_reason(text: str, reason: str) -> None:
    assert reason in reasons_of(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The bridge opened in 1998.", "figure"),  # a year is a date, not a figure
        ("The vote is on 12/05/2024.", "figure"),
        ("She came 3rd in the race.", "figure"),  # an ordinal
        ("The plan is a disgrace.", "percentage"),
        ("It fell four per cent.", "money"),  # "cent" of "per cent" is not money
        ("The pound of apples was heavy.", "money"),
        ("The hall is here.", "existential"),  # "there" is not needed to be here
        ("They went there yesterday.", "existential"),
        ("The mayor raised the levy.", "generalization"),
        ("The vote was close.", "record"),  # a noun after a determiner
        ("The river flooded the town.", "record"),
        ("The dam failed in May.", "hypothetical"),
    ],
)
def test_new_reason_absent(text: str, reason: str) -> None:
    assert reason not in reasons_of(text)


def test_every_new_reason_has_a_weight_and_sign() -> None:
    for reason in ("figure", "percentage", "money", "existential", "generalization", "record"):
        assert WEIGHTS[reason] > 0, reason
    assert WEIGHTS["hypothetical"] < 0


@pytest.mark.parametrize(
    ("higher", "lower"),
    [
        ("Rents rose 12% last year.", "If rents rise, people would move."),
        ("The senator voted against the levy.", "The senator talked about the levy."),
        ("There are 300 beds in the hospital.", "The hospital is a place for the sick."),
        ("The bridge cost $40 million.", "The bridge looks lovely."),
    ],
)
def test_new_reasons_order_claims(higher: str, lower: str) -> None:
    assert assess(higher).score > assess(lower).score


@pytest.mark.parametrize(
    "text",
    [
        "Published: 2026-02-24",
        "URL: https://example.org/news/2026/02/24/ferry-route-closure",
        "Author: Ann Lee",
        "Filed under: Transport",
    ],
)
def test_field_labels_are_not_claims(text: str) -> None:
    """The label's word ("Published") is no verb, and an address holds no figure."""
    assessment = assess(text)
    assert "no_verb" in assessment.reasons
    assert "past_tense" not in assessment.reasons
    assert assessment.score < 0.5


def test_a_label_before_a_sentence_leaves_the_sentence_scored() -> None:
    assert assess("Update: The council voted to close 3 schools.").score > 0.9


def test_a_web_address_is_not_a_figure_or_a_date() -> None:
    reasons = reasons_of("The data is at https://example.org/2024/05/report-17.csv online.")
    assert not {"number", "figure", "date", "named_entity"} & set(reasons)


@pytest.mark.parametrize(
    ("text", "modal"),
    [
        ("Prices rose 5% in May.", False),  # the month
        ("The dam failed in May.", False),
        ("Prices may rise.", True),
        ("May I ask a question?", True),
        ("Engineers may inspect the deck in May.", True),
    ],
)
def test_may_the_month_is_not_a_modal(text: str, modal: bool) -> None:
    assert ("modal" in reasons_of(text)) is modal


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The lock gates were replaced 12 years ago.", False),
        ("The depot closed 3 weeks ago.", False),
        ("Twenty years ago the quay was rebuilt.", False),
        ("The depot closed 3 weeks ago with 140 jobs lost.", True),
        ("The depot has shed 140 jobs since it opened 3 years ago.", True),
        ("The depot closed in 2019 after 40 years.", True),
    ],
)
def test_a_number_that_only_dates_the_claim_is_no_figure(text: str, figure: bool) -> None:
    # "12 years ago" says when, as a year does; the date reason stays.
    reasons = assess(text).reasons
    assert ("figure" in reasons) is figure
    assert "date" in reasons or "2019" in text


@pytest.mark.parametrize(
    "text",
    [
        "The ferry operator paid 90 million yuan for two ships.",
        "The levy raised 4 billion rupees.",
        "A ticket costs 35 zloty.",
        "Imports were priced at 2 million PLN.",
        "The fine was 800 shekels.",
        "The mill was sold for 3 million kronor.",
    ],
)
def test_every_currency_the_number_reader_knows_is_money(text: str) -> None:
    assert "money" in assess(text).reasons


@pytest.mark.parametrize(
    "text",
    [
        "Senator Rand spoke for an hour.",  # a name in title case, not the currency
        "The party won three seats.",  # an everyday word that also names a currency
        "He has a real chance of winning.",
        "The cad left without paying.",  # an ISO code is money only in capitals
    ],
)
def test_words_that_only_look_like_currencies_are_no_money(text: str) -> None:
    assert "money" not in assess(text).reasons


def test_the_money_cues_come_from_the_one_list_of_currencies() -> None:
    from factcheck.claim_lexicon import LEXICON
    from factcheck.normalize import CURRENCY_WORDS

    # One home: the lexicon keeps only the cues that are no currency ("billion", "cents").
    assert not LEXICON["money_words"] & CURRENCY_WORDS
    assert {"dollars", "euros", "yen", "yuan", "rupees", "zloty"} <= CURRENCY_WORDS


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Ferries for the island leave from Pier 7 every hour.", False),
        ("The levy will be lifted in 6 weeks.", False),
        ("For bookings call 01632 960 555 after noon.", False),
        ("The new bridge was built in 6 weeks.", True),  # a past duration measures
        ("Ferries from Pier 7 carried 260 people.", True),
    ],
)
def test_numbers_that_name_or_date_a_claim_give_no_figure_reason(
    text: str, figure: bool
) -> None:
    assert ("figure" in assess(text).reasons) is figure


@pytest.mark.parametrize("text", ["The dam cost Rs 12 crore.", "Each family got Rp. 9,000."])
def test_a_currency_abbreviation_before_an_amount_is_money(text: str) -> None:
    assert "money" in assess(text).reasons


# An interjection opener ("No, …", "Well, …") is talk; the same word inside the sentence
# ("found no wreckage", "well over 300", "voted yes") is part of what it states.
@pytest.mark.parametrize(
    "text",
    [
        "Divers found no wreckage.",
        "Inspectors saw no cracks in the hull.",
        "Crews pumped well over 300 tonnes of water.",
        "Members voted yes to the merger.",
        "No ballots were missing.",
        "Now 40 staff remain at the plant.",
    ],
)
def test_a_word_of_the_sentence_is_no_greeting(text: str) -> None:
    assert "greeting_or_transition" not in assess(text).reasons


@pytest.mark.parametrize(
    "text",
    ["No, the depot never closed.", "Well, we built the depot.", "Yes! We won the seat."],
)
def test_a_set_off_interjection_is_a_greeting(text: str) -> None:
    assert "greeting_or_transition" in assess(text).reasons


def test_a_share_in_words_is_a_figure_like_its_percentage() -> None:
    words = assess("Almost one in five tenants is behind on rent.")
    digits = assess("Almost 20% of tenants are behind on rent.")
    assert {"figure", "percentage"} <= set(words.reasons)
    assert abs(words.score - digits.score) < 0.15
    assert "percentage" not in assess("A handful of tenants left.").reasons
