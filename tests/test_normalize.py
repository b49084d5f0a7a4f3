"""Normalisation: numbers, units, approximators, dates, cues, lemmas — one case per row."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.match.frames import frame
from factcheck.match.relation import claim_features
from factcheck.normalize import (
    DateMention,
    Quantity,
    bound_kind,
    find_dates,
    find_negations,
    find_quantities,
    lexicon,
    negation_scopes,
    normalize_text,
    parse_number_words,
    polarity,
    tokenize,
)

# (text, value, unit, approx)
QUANTITIES = [
    ("Officials counted 1,100 ballots.", 1100, "", "exact"),
    ("Officials counted 1100 ballots.", 1100, "", "exact"),
    ("Officials counted 1.1 thousand ballots.", 1100, "", "exact"),
    ("The fund holds two million dollars.", 2_000_000, "USD", "exact"),
    ("The fund lost $3.5bn in a year.", 3_500_000_000, "USD", "exact"),
    ("The fund lost $40m in a year.", 40_000_000, "USD", "exact"),
    ("Tickets cost €25 each.", 25, "EUR", "exact"),
    ("Nearly forty-two families moved out.", 42, "", "nearly"),
    ("A dozen boats were lost.", 12, "", "exact"),
    ("About 2,500 residents left.", 2500, "", "about"),
    ("Roughly 300 workers walked out.", 300, "", "about"),
    ("At least 15 people died.", 15, "", "at_least"),
    ("More than 4,000 homes flooded.", 4000, "", "more_than"),
    ("Over 60 flights were cancelled.", 60, "", "more_than"),
    ("Fewer than 20 beds remain.", 20, "", "less_than"),
    ("Up to 30 trucks a day crossed.", 30, "", "at_most"),
    ("15+ fires were reported.", 15, "", "at_least"),
    ("The river peaked at 6.2 metres.", 6.2, "m", "exact"),
    ("The river peaked at 6.2 m.", 6.2, "m", "exact"),
    ("The river peaked at 6.2m on Friday.", 6.2, "m", "exact"),
    ("The trail is 12 km long.", 12_000, "m", "exact"),
    ("The trail is 3 miles long.", 3 * 1609.344, "m", "exact"),
    ("The load weighed 4 tonnes.", 4000, "kg", "exact"),
    ("Gusts reached 90 km/h.", 25, "m/s", "exact"),
    ("Support stood at 38%.", 38, "%", "exact"),
    ("Support stood at 38 per cent.", 38, "%", "exact"),
    ("Support stood at 38 percent.", 38, "%", "exact"),
    ("Support rose 3 percentage points.", 3, "pp", "exact"),
    ("The outage lasted 3 hours.", 3 * 3600, "s", "exact"),
    # A number word joined by a hyphen to its unit reads as the digits do ("a 7-year").
    ("The court handed down a nine-year term.", 9 * 12, "month", "exact"),
    ("The union called a two-day stoppage.", 2, "day", "exact"),
    ("An eight-hour shift was added.", 8 * 3600, "s", "exact"),
]


@pytest.mark.parametrize(("text", "value", "unit", "approx"), QUANTITIES)
def test_quantity(text: str, value: float, unit: str, approx: str) -> None:
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.approx == approx
    assert text[q.span[0] : q.span[1]] == q.text


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("between 10 and 15 km", 10_000, 15_000),
        ("10-15 people", 10, 15),
        ("from 20 to 25 metres", 20, 25),
    ],
)
def test_ranges(text: str, low: float, high: float) -> None:
    (q,) = find_quantities(text)
    assert q.approx == "range"
    lo, hi = q.bounds()
    assert lo <= low <= hi
    assert lo <= high <= hi


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("about 2,500", "2,430", True),
        ("12", "at least 15", False),
        ("38%", "83%", False),
        ("1,184", "nearly 1,200", True),
        ("$212 million", "more than $200 million", True),
        ("$190 million", "more than $200 million", False),
        ("1.1 million", "1,134,000", True),
        ("2.3%", "2.34%", True),
        # Two plain figures: the finer must lie strictly inside the coarser's rounding,
        # so a whole number is not +-0.5 of itself ("4.5%" is a stated half step).
        ("5%", "4.5%", False),
        ("5%", "5.5%", False),
        ("5%", "5.0%", True),
        ("5 million", "4.5 million", False),
        ("3 million", "3.2 million", True),
        ("2.3%", "2.25%", False),
        ("12", "12.5", False),
        ("about 5%", "4.5%", True),
        ("6.2 m", "6.2 metres", True),
        ("6.2 m", "6.2 km", False),
        ("up to 40", "31", True),
        ("less than 30", "30", False),
        ("12%", "12", False),
        ("52", "51", False),
        ("dozens of", "99", True),
        # A bound is read at the finer precision of the figure it meets: "just over 4%"
        # admits 4.2% but not 4.0%, "under 9%" admits 8.8% but not 9.0%.
        ("just over 4%", "4.2%", True),
        ("just over 4%", "4.0%", False),
        ("just over 4%", "4%", False),
        ("under 9%", "8.8%", True),
        ("under 9%", "9.0%", False),
        ("at least 7%", "6.7%", False),
        ("at least 7%", "7.0%", True),
        ("almost 3%", "3.3%", False),
        ("almost 3%", "2.9%", True),
        ("up to 3.4%", "3.4%", True),
        ("more than 25", "25", False),
        ("more than 25", "26", True),
        ("about 60", "58", True),
        # Two estimates agree only when one figure lies in the other's interval: the
        # slack of two approximators is not added up.
        ("about 700", "around 800", False),
        ("roughly 2,000", "about 2,400", False),
        ("some 340", "around 300", False),
        ("about 70", "some 85", False),
        ("around 700", "about 740", True),
        ("nearly 2,000", "about 2,000", True),
        ("approximately 45", "about 48", True),
    ],
)
def test_compatibility(a: str, b: str, compatible: bool) -> None:
    (qa,) = find_quantities(a)
    (qb,) = find_quantities(b)
    assert qa.compatible(qb) is compatible
    assert qb.compatible(qa) is compatible


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("one", 1),
        ("twelve", 12),
        ("twenty-five", 25),
        ("one hundred and twenty", 120),
        ("two million", 2_000_000),
        ("a hundred", 100),
        ("three thousand four hundred", 3400),
        ("a dozen", 12),
        ("banana", None),
    ],
)
def test_number_words(phrase: str, value: int | None) -> None:
    assert parse_number_words(phrase) == value


def test_bounds_per_approximator() -> None:
    q = Quantity(100, "", "more_than", (0, 3), "100")
    assert q.bounds() == (100, math.inf)
    assert Quantity(100, "", "at_most", (0, 3), "100").bounds()[0] == -math.inf
    lo, hi = Quantity(100, "", "about", (0, 3), "100").bounds(about=0.1)
    assert (lo, hi) == pytest.approx((90, 110))


@pytest.mark.parametrize(
    "text",
    [
        "No one drowned in the flood.",
        "Not one passenger was hurt.",
        "Not a single one of the boats sank.",
        "No-one answered the door.",
    ],
)
def test_no_one_denies_any_figure_and_states_none(text: str) -> None:
    assert find_quantities(text) == ()


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        # "up" is the particle of a verb of change: the level reached.
        ("The drought drove the price of rice up to $1.80 a kilo.", "exact"),
        ("Bus fares went up to 2.5 euros in May.", "exact"),
        ("The bank revised its estimate up to 1.9%.", "exact"),
        ("Wage growth picked up to 4.1% in June.", "exact"),
        ("Output sped up to 2% a year.", "exact"),
        # A ceiling: no verb of change, or a modal before it.
        ("Up to 80 flights were cancelled.", "at_most"),
        ("The driver faces up to ten years in jail.", "at_most"),
        ("Tolls could go up to 9 euros next year.", "at_most"),
        ("Crews cleared snow up to 2 metres deep.", "at_most"),
    ],
)
def test_up_to_after_a_verb_of_change_is_a_level(text: str, approx: str) -> None:
    (q,) = find_quantities(text)
    assert q.approx == approx
    assert ("up to" in q.text.lower()) is (approx == "at_most")


def test_one_after_other_words_is_still_a_figure() -> None:
    (q,) = find_quantities("Only one worker was hurt.")
    assert q.value == 1


def test_dates_are_not_quantities() -> None:
    assert find_quantities("The levee broke on March 10, 2026.") == ()
    assert find_quantities("It was last inspected in 2019.") == ()


def test_and_joins_number_words_only_after_a_scale() -> None:
    assert [q.value for q in find_quantities("children aged three and four")] == [3, 4]
    assert [q.value for q in find_quantities("one hundred and twenty boats")] == [120]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Dozens were injured.", 24, 99),
        ("Thousands of people marched.", 2000, 9999),
        ("Tens of thousands of homes lost power.", 20_000, 99_999),
    ],
)
def test_vague_plural_numbers_are_ranges(text: str, low: float, high: float) -> None:
    (q,) = find_quantities(text)
    assert (q.approx, q.value, q.high) == ("range", low, high)


def test_clock_times_are_not_pence() -> None:
    (q,) = find_quantities("The storm arrives at 3 p.m. on Friday.")
    assert (q.unit, q.value) == ("clock", 15 * 60)


def test_year_followed_by_noun_is_a_count() -> None:
    (q,) = find_quantities("Police said 2000 people marched.")
    assert q.value == 2000


# (text, year, month, day, weekday)
DATES = [
    ("The vote was held on 2026-03-10.", 2026, 3, 10, None),
    ("The vote was held on 10 March 2026.", 2026, 3, 10, None),
    ("The vote was held on March 10, 2026.", 2026, 3, 10, None),
    ("The vote was held on March 10th.", None, 3, 10, None),
    ("The vote was held on the 10th of March.", None, 3, 10, None),
    ("The vote was held on Tuesday, March 10.", None, 3, 10, 1),
    ("The vote was held on Tuesday.", None, None, None, 1),
    ("The vote was held in September 2024.", 2024, 9, None, None),
    ("The vote was held in Sept. 2024.", 2024, 9, None, None),
    ("The vote has not been held since 2019.", 2019, None, None, None),
    ("The vote was held on 13/04/2026.", 2026, 4, 13, None),
    ("The vote was held on 04/13/2026.", 2026, 4, 13, None),
    ("The vote was held on 03/04/2026.", 2026, None, None, None),
    ("The vote was held in May.", None, 5, None, None),
]


@pytest.mark.parametrize(("text", "year", "month", "day", "weekday"), DATES)
def test_dates(
    text: str, year: int | None, month: int | None, day: int | None, weekday: int | None
) -> None:
    (d,) = find_dates(text)
    assert (d.year, d.month, d.day, d.weekday) == (year, month, day, weekday)
    assert text[d.span[0] : d.span[1]] == d.text


def test_modal_may_is_not_a_month() -> None:
    assert find_dates("The fire may spread overnight.") == ()


def test_date_compatibility() -> None:
    full = DateMention((0, 1), "x", 2026, 3, 10, 1)
    assert full.compatible(DateMention((0, 1), "x", None, 3, 10))
    assert not full.compatible(DateMention((0, 1), "x", None, 3, 11))
    assert not full.compatible(DateMention((0, 1), "x", weekday=2))
    assert not DateMention((0, 1), "x", 2024).comparable(DateMention((0, 1), "x", weekday=2))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("The minister raised taxes.", 1),
        ("The minister never raised taxes.", -1),
        ("The minister did not raise taxes.", -1),
        ("The minister didn't raise taxes.", -1),
        ("The minister denied raising taxes.", -1),
        ("The minister failed to raise taxes.", -1),
        ("The minister refused to raise taxes.", -1),
        ("The minister did not deny raising taxes.", 1),
        ("Not only did the minister raise taxes, he cut benefits.", 1),
        ("No fewer than 12 people were hurt.", 1),
        ("The minister was unable to raise taxes.", -1),
    ],
)
def test_polarity(text: str, sign: int) -> None:
    assert polarity(text) == sign


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The assembly voted down a plan to widen the canal.", "voted down a plan to"),
        ("The rector rejected calls to quit.", "rejected calls to"),
        (
            "Owners turned down the city's latest offer to buy the mill.",
            "turned down the city's latest offer to",
        ),
        ("The senate blocked a bill to lower the voting age.", "blocked a bill to"),
        ("Ministers vetoed a move to cap rents.", "vetoed a move to"),
        # the passive: the cue is "<proposal> to", the rejection comes after
        ("The plan to close the mill was rejected.", "plan to"),
        ("A bid to sell the port has been voted down by the board.", "bid to"),
    ],
)
def test_rejecting_a_proposal_negates_its_verb(text: str, cue: str) -> None:
    """A verb that rejects its complement ("voted down a plan to X") denies X, as
    "refused to X" does: one cue, ending at its "to"."""
    assert [c.text for c in find_negations(text)] == [cue]
    assert polarity(text) == -1


@pytest.mark.parametrize(
    "text",
    [
        "The assembly rejected the plan.",
        "Floods blocked roads to the harbour.",
        "The rector rejected claims that he had quit.",
        "The assembly rejected the plan, to the relief of boatmen.",
        # the passive of another verb, or a rejection in another clause
        "The plan to close the mill was approved.",
        "The plan to close the mill was popular, but the mayor rejected it.",
    ],
)
def test_rejection_without_a_proposal_to_is_no_cue(text: str) -> None:
    """Without "<proposal noun> to" the verb is left to the antonym table."""
    assert not [
        c for c in find_negations(text) if c.text.endswith(" to") or "reject" in c.text
    ]


def test_negation_spans_slice_back() -> None:
    text = "The board did not approve it and never will."
    for cue in find_negations(text):
        assert text[cue.start : cue.end] == cue.text


# Matching reads hedges from the marker lexicon, their one home (factcheck.mark).
@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("The leak may have exposed records.", "may"),
        ("The suspect reportedly fled.", "reportedly"),
        ("The fire appears to have started in the kitchen.", "appears to"),
        ("The fire is believed to have started in the kitchen.", "is believed to"),
    ],
)
def test_hedges(text: str, hedge: str) -> None:
    assert [c.text for c in claim_features(text).hedges] == [hedge]


def test_a_hedged_claim_frames_as_hedged() -> None:
    assert frame("The suspect reportedly fled.").modality == "hedged"
    assert frame("The suspect fled.").modality == "asserted"


@pytest.mark.parametrize(
    "text", ["The plant closed in May.", "The clerk could not possibly have known."]
)
def test_the_month_may_and_an_emphatic_denial_are_no_hedges(text: str) -> None:
    assert claim_features(text).hedges == ()


@pytest.mark.parametrize(
    ("word", "lemma", "norm"),
    [
        ("rose", "rise", "increase"),
        ("fell", "fall", "decrease"),
        ("won", "win", "win"),
        ("residents", "resident", "people"),
        ("killed", "kill", "die"),
        ("crested", "crest", "peak"),
        ("hospitalisations", "hospitalization", "hospitalization"),
    ],
)
def test_lemmas_and_synonyms(word: str, lemma: str, norm: str) -> None:
    (tok,) = tokenize(f"They {word}")[1:]
    assert (tok.lemma, tok.norm) == (lemma, norm)


def test_abbreviation_only_in_capitals() -> None:
    assert [t.norm for t in tokenize("the US")][1:] == ["unite", "state"]
    assert "unite" not in [t.norm for t in tokenize("told us")]


def test_normalize_text() -> None:
    assert normalize_text("Officials counted 1,100 ballots.") == normalize_text(
        "officials counted one thousand one hundred ballots"
    )
    assert normalize_text("It hit 6.2 m") == normalize_text("It hit 6.2 metres")
    assert normalize_text("on 10 March 2026") == normalize_text("on March 10, 2026")


def test_lexicon_entries_are_well_formed() -> None:
    lex = lexicon()
    assert all(len(pair) == 2 for pair in lex.antonyms)
    assert set(lex.approximators.values()) <= {
        "about",
        "nearly",
        "at_least",
        "more_than",
        "at_most",
        "less_than",
    }
    # A word may not be both a synonym head's member and its antonym's.
    for pair in lex.antonyms:
        x, y = tuple(pair)
        assert lex.synonyms.get(x, x) != lex.synonyms.get(y, y) or x == y, pair


def test_opposed_synonym_groups_pair_every_member() -> None:
    """A [[group_pair]] of match_antonyms.toml opposes each member of one synonym group to
    each of the other, except the members it names (match_synonyms.toml groups)."""
    from factcheck.normalize import _group_antonyms

    lex = lexicon()
    for x, y in (("accept", "refuse"), ("endorse", "dismiss"), ("grant", "reject")):
        assert frozenset((x, y)) in lex.antonyms
    assert frozenset(("start", "finish")) not in lex.antonyms  # "the end of March"
    assert not any("turn" in pair and "approve" in pair for pair in lex.antonyms)
    groups = [{"words": ["up", "rise"]}, {"words": ["down", "fall", "sink"]}]
    pairs = _group_antonyms([{"heads": ["up", "down"], "except": ["sink"]}], groups)
    assert pairs == {
        frozenset(p) for p in (("up", "down"), ("up", "fall"), ("rise", "down"), ("rise", "fall"))
    }
    with pytest.raises(KeyError):
        _group_antonyms([{"heads": ["up", "nowhere"]}], groups)


@given(st.text(max_size=120))
def test_spans_slice_back(text: str) -> None:
    for q in find_quantities(text):
        assert text[q.span[0] : q.span[1]] == q.text
    for d in find_dates(text):
        assert text[d.span[0] : d.span[1]] == d.text
    for cue in find_negations(text) + claim_features(text).hedges:
        assert text[cue.start : cue.end] == cue.text


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        # ages say who a figure is about, not what it measures
        ("Visits fell among children aged 6 and under by 27%.", "6", "age"),
        ("The drug helped patients over 70 by 12%.", "over 70", "age"),
        ("Dana Keller, 61, is accused of fraud.", "61", "age"),
        # spans of time frame a figure
        ("Donations were inflated over three fiscal years.", "over three", "duration"),
        ("The survey followed 900 adults through two winters.", "two", "duration"),
        # seasons, years used as adjectives, list numbers, product codes (a time of day
        # is a figure of its own unit: test_times_of_day.py)
        ("It ran over the 2022-23 school year.", "23", "season"),
        ("It ran over the 2022-23 school year.", "2022", "season"),
        ("The judge excluded the fiscal 2021 accounts.", "2021", "year"),
        ("1. four charges of fraud;", "1", "list"),
        ("The trial tested the spray KX-310 on adults.", "310", "code"),
        # measured quantities
        ("Over 300 people were evacuated.", "Over 300", ""),
        ("Shares rose 4.1% on Monday.", "4.1%", ""),
        ("The trial enrolled 2,047 adults.", "2,047", ""),
        ("The driver, 34, was unhurt, but 2000 people lost power.", "2000", ""),
    ],
)
def test_bound_kind(text: str, number: str, kind: str) -> None:
    quantity = next(q for q in find_quantities(text) if q.text == number)
    assert bound_kind(text, quantity) == kind


# Issue 10, "Negation and hedges": what each negation cue negates, as spans.
@pytest.mark.parametrize(
    ("text", "members"),
    [
        ("Rescuers found no survivors or bodies.", ["survivors", "bodies"]),
        ("Neither the mayor nor the council approved the plan.", ["the mayor", "the council"]),
        ("No survivors or bodies were found in the rubble.", ["survivors", "bodies"]),
        ("There was no food, water or shelter.", ["food", "water", "shelter"]),
        ("The ministry did not confirm or deny the report.", ["confirm", "deny"]),
        ("Inspectors found no faults or leaks in the pipe.", ["faults", "leaks"]),
        ("No survivors of the crash or bodies were found.", ["survivors", "bodies"]),
        ("Police did not arrest or question the driver.", ["arrest", "question"]),
        ("The camp had no doctors and no medicine.", []),
        ("Rescuers found no survivors and two bodies.", []),
        ("The firm did not sign the deal.", []),
    ],
)
def test_negation_covers_a_coordinated_list(text: str, members: list[str]) -> None:
    first = negation_scopes(text)[0]
    assert [text[a:b] for a, b in first.members] == members


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Rescuers found no survivors and two bodies.", "no survivors"),
        ("He didn't sign the treaty and left.", "n't sign the treaty"),
        ("He did not attend, but his aide did.", "not attend"),
        ("There was no food and water for days.", "no food and water for days"),
    ],
)
def test_negation_scope_ends_with_its_clause(text: str, scope: str) -> None:
    negation = negation_scopes(text)[0]
    assert text[negation.scope[0] : negation.scope[1]] == scope
    assert text[negation.cue.start : negation.cue.end] == negation.cue.text


@pytest.mark.parametrize(
    ("text", "emphatic", "modal"),
    [
        ("He could not possibly have known.", True, "could"),
        ("She couldn't possibly have signed it.", True, "could"),
        ("The plan is by no means finished.", True, None),
        ("The council was not consulted at all.", True, None),
        ("The drug may not work in children.", False, "may"),
        ("The firm might never recover.", False, "might"),
        ("The mayor did not attend.", False, None),
    ],
)
def test_emphatic_and_modal_negation(text: str, emphatic: bool, modal: str | None) -> None:
    negation = negation_scopes(text)[0]
    assert (negation.emphatic, negation.modal) == (emphatic, modal)


@pytest.mark.parametrize(
    "text",
    [
        "Not only did prices rise but wages fell.",
        "The storm not only flooded the town but also cut power.",
        "Only three people attended.",
        "Only the mayor approved the plan.",
        # the same focus on "all of it", in other words: X still happened
        "The flood not just closed the school but also wrecked the gym.",
        "The board did not merely delay the vote; it scrapped it.",
        "The fire was not simply an accident.",
        "The rise is not solely due to fuel prices.",
    ],
)
def test_restrictive_only_and_not_only_are_no_negation(text: str) -> None:
    assert negation_scopes(text) == ()
    assert polarity(text) == 1


@pytest.mark.parametrize(
    ("text", "contrastive"),
    [
        ("Rents climbed 6%, not 3%.", True),
        ("The goalkeeper was injured, not the captain.", True),
        ("The pool was shut — not sold.", True),
        # No statement before the comma: "not" negates the subject or the verb.
        ("However, not all drivers stopped.", False),
        ("The pool was not sold.", False),
    ],
)
def test_a_not_set_off_after_a_statement_denies_only_the_alternative(
    text: str, contrastive: bool
) -> None:
    from factcheck.normalize import contrastive_negation, find_negations

    cues = [c for c in find_negations(text) if c.text.lower() == "not"]
    assert [contrastive_negation(text, c) for c in cues] == [contrastive]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The audit in no way faults the pilots.", "in no way"),
        ("The cure is by no means proven.", "by no means"),
        ("At no time did the crew sound the alarm.", "At no time"),
        ("Under no circumstances will fares rise.", "Under no circumstances"),
        ("There is no way that the vote was rigged.", "There is no way that"),
        # A "no" that denies a thing is no adverbial.
        ("The firm had no means of paying.", None),
        ("No time was lost.", None),
    ],
)
def test_a_negative_adverbial_negates_the_clause_not_its_noun(
    text: str, phrase: str | None
) -> None:
    from factcheck.normalize import adverbial_negation_end, find_negations, negation_scopes

    cue = next(c for c in find_negations(text) if c.text.lower() == "no")
    end = adverbial_negation_end(text, cue)
    assert (text[text.index(phrase) : end] if end is not None else None) == phrase
    if phrase is not None:
        assert next(n for n in negation_scopes(text) if n.cue == cue).emphatic


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("No, the ferry won't sail on Sunday.", ["n't"]),
        ("Fact check: No, the Tarrow dam did not burst.", ["not"]),
        ("Verdict: No — the mill is still open.", []),
        ('The mayor said: "No, we did not sign it."', ["not"]),
        # "no" before its noun, and "no" inside a clause, still negate
        ("No deaths were reported.", ["No"]),
        ("There were no, or very few, injuries.", ["no"]),
    ],
)
def test_an_answer_no_is_no_negation_cue(text: str, cues: list[str]) -> None:
    """ "No," answering before a statement is a reply, not a negation of what follows:
    it must not cancel the statement's own "not" (two cues read as affirmed)."""
    assert [c.text for c in find_negations(text)] == cues
    assert polarity(text) == (-1 if cues else 1)


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("season", ["spring", "summer", "autumn", "winter"])
def test_next_season_is_the_one_that_next_begins_after_publication(month: int, season: str) -> None:
    # the rule: "next <season>" is the season that next begins after the publication date
    # (a season that began on or before it, the current one included, is not "next")
    from datetime import date

    from factcheck.normalize import anchor_dates

    for day in (1, 15, 28):
        published = date(2026, month, day)
        first_month = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}[season]
        begins = date(2026, first_month, 1)
        if begins <= published:
            begins = date(2027, first_month, 1)
        found = anchor_dates(f"The ferry will return next {season}.", published)
        assert [(d.grain, d.start) for d in found] == [("season", begins)]


@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("season", ["spring", "summer", "autumn", "winter"])
def test_this_season_in_the_past_is_never_one_to_come(month: int, season: str) -> None:
    # the rule: with a past verb "this <season>" is the latest season begun on or before
    # the publication date; with a future verb, the current one or the next
    from datetime import date

    from factcheck.normalize import anchor_dates

    first_month = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}[season]
    for day in (1, 15, 28):
        published = date(2026, month, day)
        begun = date(2026 if first_month <= month else 2025, first_month, 1)
        past = anchor_dates(f"The lido reopened this {season}.", published)
        assert [(d.grain, d.start) for d in past] == [("season", begun)]
        ahead = anchor_dates(f"The lido will reopen this {season}.", published)
        (found,) = ahead
        assert found.end is not None and found.end >= published


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # published Wednesday 15 July 2026
        ("The lido reopened this spring.", date(2026, 3, 1), date(2026, 5, 31)),
        ("The levy was cut this winter.", date(2025, 12, 1), date(2026, 2, 28)),
        ("The levy will be cut this winter.", date(2026, 12, 1), date(2027, 2, 28)),
        ("Fares rose this summer.", date(2026, 6, 1), date(2026, 8, 31)),
        ("The mill shut this September.", date(2025, 9, 1), date(2025, 9, 30)),
        ("The mill will shut this March.", date(2027, 3, 1), date(2027, 3, 31)),
        ("The board met this Friday.", date(2026, 7, 10), date(2026, 7, 10)),
        ("The board will meet this Monday.", date(2026, 7, 20), date(2026, 7, 20)),
        ("The pool closed this weekend.", date(2026, 7, 11), date(2026, 7, 12)),
        ("The pool will close this weekend.", date(2026, 7, 18), date(2026, 7, 19)),
        # a week, a month or a year said with "this" holds the day whatever the tense
        ("The board met this week.", date(2026, 7, 13), date(2026, 7, 19)),
        ("Sales will fall this month.", date(2026, 7, 1), date(2026, 7, 31)),
    ],
)
def test_this_before_a_recurring_period_follows_the_tense(
    sentence: str, start: date, end: date
) -> None:
    from factcheck.normalize import anchor_dates

    (found,) = anchor_dates(sentence, date(2026, 7, 15))
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a decade of age as a noun counts nobody: "Eleven thirty-somethings" are 11
        ("Eleven thirty-somethings were hired.", [11.0]),
        ("Two twenty-somethings ran the stall.", [2.0]),
        ("A 40-something driver was fined.", []),
        # "forty-two" stays a number
        ("Forty-two drivers were fined.", [42.0]),
    ],
)
def test_a_decade_of_age_as_a_noun_is_no_quantity(sentence: str, values: list[float]) -> None:
    from factcheck.normalize import find_quantities

    assert [q.value for q in find_quantities(sentence)] == values


@pytest.mark.parametrize(
    ("text", "tallies", "values"),
    [
        # a tally is two counts, for and against, whichever is larger: never a range
        ("The board voted 7-2 to sell the depot.", [(7, 2)], [7.0, 2.0]),
        ("The board voted 2-7 to sell the depot.", [(2, 7)], [2.0, 7.0]),
        ("The court ruled 4-5 against the firm.", [(4, 5)], [4.0, 5.0]),
        ("Kessel lost 1-3 on Sunday.", [(1, 3)], [1.0, 3.0]),
        ("The motion passed in a 4-5 vote.", [(4, 5)], [4.0, 5.0]),
        # a range stays one: a unit, a count after it, or no verb or noun of a tally
        ("Rents rose 5-7% in May.", [], [5.0]),
        ("The plan was voted on 30-40 times.", [], [30.0]),
        ("The shop hired 10-15 staff.", [], [10.0]),
    ],
)
def test_a_tally_is_a_pair_of_counts_never_a_range(
    text: str, tallies: list[tuple[int, int]], values: list[float]
) -> None:
    from factcheck.normalize import find_tallies

    assert [(t.first, t.second) for t in find_tallies(text)] == tallies
    assert [q.value for q in find_quantities(text)] == values
    if not tallies:
        assert find_quantities(text)[0].approx == "range"


@pytest.mark.parametrize(
    "sentence",
    [
        "Two workers died at the Tarrow Chemicals plant on Wednesday.",
        "Two welders died at the Kessel Steel works on Wednesday.",
        "Police arrested two men at the Orrin Docks on Wednesday.",
        "Fans gathered outside the Lisdale Sports Centre on Wednesday.",
        "The mayor resigned after violent protests on Wednesday.",
        "Crews were helped by cooler winds on Wednesday night.",
    ],
)
def test_a_noun_in_s_after_a_past_verb_never_dates_the_clause_ahead(sentence: str) -> None:
    # the clause's tense is its verb's ("died"), never that of a noun in a phrase after it
    # read as a present verb ("plant", "works", "Docks"): published Thursday 2 July 2026,
    # the Wednesday is the one before
    from factcheck.normalize import anchor_dates

    (found,) = anchor_dates(sentence, date(2026, 7, 2))
    assert found.start == date(2026, 7, 1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks resume on Wednesday.",
        "Crews are clearing the quay on Wednesday.",
        "The bank meets on Wednesday.",
    ],
)
def test_a_present_verb_still_dates_the_coming_day(sentence: str) -> None:
    from factcheck.normalize import anchor_dates

    (found,) = anchor_dates(sentence, date(2026, 7, 2))
    assert found.start == date(2026, 7, 8)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Some two-and-a-half million voters stayed home.", [2_500_000.0]),
        ("About three-and-a-half thousand people came.", [3_500.0]),
        ("A million-and-a-half people came.", [1_500_000.0]),
        # a share after "and" that follows no number stays a share
        ("Half of staff and a third of managers left.", [50.0, 100 / 3]),
    ],
)
def test_hyphened_compound_amounts_are_one_figure(text: str, values: list[float]) -> None:
    assert [q.value for q in find_quantities(text)] == pytest.approx(values)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Only 3/4 of the seats were filled.", 75.0, "%"),
        ("The tanker spilled 1 1/2 million litres of oil.", 1_500_000.0, "l"),
        ("Inflation hit 2 1/2 percent in May.", 2.5, "%"),
    ],
)
def test_a_fraction_in_digits_is_a_figure(text: str, value: float, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text", ["The shop opens 24/7.", "The vote was 50/50.", "After 9/11 it changed."]
)
def test_slashed_names_are_still_no_figures(text: str) -> None:
    assert find_quantities(text) == ()


def test_weekday_and_month_names_are_the_date_readers_own() -> None:
    # One home with the date patterns, never the locale's (calendar.month_name follows
    # LC_TIME): every full name the date reader reads, and no bare abbreviation that is
    # a word ("mar", "sat", "wed").
    from factcheck.normalize import WEEKDAY_AND_MONTH_NAMES, find_dates

    for name in ("monday", "sunday", "january", "may", "september", "sept"):
        assert name in WEEKDAY_AND_MONTH_NAMES
        assert find_dates(f"on {name.title()} 3") or find_dates(f"on {name.title()}")
    assert not {"mar", "sat", "wed", "jan"} & WEEKDAY_AND_MONTH_NAMES
