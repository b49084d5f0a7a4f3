"""Claim extraction: splits, spans, reasons and types, one table row per case."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.analyze import analyze
from factcheck.checkworthy import WEIGHTS, assess, claim_type, reasons_of
from factcheck.claim_lexicon import tokenize
from factcheck.extract import (
    CLAIM_TYPES,
    Claim,
    _offsetless_tokens,
    _with_offsets,
    contrast_readings,
    extract_claims,
    gapped_readings,
    speaker_readings,
    split_sentence,
)
from factcheck.segment import segment


def claims_of(document: str, threshold: float = 0.5) -> list[Claim]:
    return extract_claims(document, segment(document), threshold=threshold)


def texts(document: str) -> list[str]:
    return [c.text for c in claims_of(document)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a series of coordinated predicates keeps the shared time and subject
        (
            "During this session, the parliament passed a budget, approved a new tax, "
            "and rejected a mining bill.",
            [
                "During this session, the parliament passed a budget.",
                "During this session, the parliament approved a new tax.",
                "During this session, the parliament rejected a mining bill.",
            ],
        ),
        (
            "The storm destroyed 400 homes and left 20,000 people without power.",
            ["The storm destroyed 400 homes.", "The storm left 20,000 people without power."],
        ),
        # a shared auxiliary stays with every predicate
        (
            "The company has cut 200 jobs and closed three plants.",
            ["The company has cut 200 jobs.", "The company has closed three plants."],
        ),
        # coordinated clauses each keep their own subject
        (
            "The river rose two metres and the town flooded.",
            ["The river rose two metres.", "The town flooded."],
        ),
        (
            "Ticket sales fell 8 percent, but profits rose.",
            ["Ticket sales fell 8 percent.", "Profits rose."],
        ),
        ("The bridge collapsed; two workers died.", ["The bridge collapsed.", "Two workers died."]),
        # a bare figure, with or without a focus word, is a second clause's subject
        (
            "The hall seats 900, but only 120 came.",
            ["The hall seats 900.", "Only 120 came."],
        ),
        (
            "The club had 80 members, but seven resigned and twelve left.",
            ["The club had 80 members.", "Seven resigned.", "Twelve left."],
        ),
        # a speaker never reaches past a semicolon: each side keeps its own
        (
            "Hospital admissions fell 12%, the trust said; bed numbers grew.",
            ["Hospital admissions fell 12%, the trust said.", "Bed numbers grew."],
        ),
        (
            "Wheat prices fell 3%, traders said; barley rose 1%, a broker said.",
            ["Wheat prices fell 3%, traders said.", "Barley rose 1%, a broker said."],
        ),
        # attribution stays with what it attributes, before or after it
        (
            "Police said the suspect fled north and the car was found in a lake.",
            ["Police said the suspect fled north.", "Police said the car was found in a lake."],
        ),
        (
            "The flood killed 12 people and injured 30, officials said.",
            [
                "The flood killed 12 people, officials said.",
                "The flood injured 30, officials said.",
            ],
        ),
        # a clause with its own reporting verb does not take the first speaker
        (
            "The mayor said the dam was safe, but an engineer warned that it could fail.",
            ["The mayor said the dam was safe.", "An engineer warned that it could fail."],
        ),
        # a verb phrase with a quotation still splits outside the quotation
        (
            'The mayor called it "the worst night in years" and promised a review.',
            [
                'The mayor called it "the worst night in years".',
                "The mayor promised a review.",
            ],
        ),
        # a clause set against the reported one is the writer's, not the speaker's
        (
            "The minister said the bridge was safe, but engineers disagreed.",
            ["The minister said the bridge was safe.", "Engineers disagreed."],
        ),
        (
            "Her lawyer said she had been called but that no date was set.",
            ["Her lawyer said she had been called.", "Her lawyer said that no date was set."],
        ),
        # after a copula the next verb of the same form belongs to the speaker ...
        (
            'The airline confirmed that the route was "under review" but declined to comment.',
            [
                'The airline confirmed that the route was "under review".',
                "The airline declined to comment.",
            ],
        ),
        # ... and a modal to the reported subject
        (
            "The port authority said it was disappointed and would seek another operator.",
            [
                "The port authority said it was disappointed.",
                "The port authority said it would seek another operator.",
            ],
        ),
        # any verb with a "that" clause frames every claim split from the clause
        (
            "It is understood that the ferry is 31 years old and would need a refit.",
            [
                "It is understood that the ferry is 31 years old.",
                "It is understood that the ferry would need a refit.",
            ],
        ),
        (
            "The audit found that costs rose by 8% and that staff numbers fell.",
            [
                "The audit found that costs rose by 8%.",
                "The audit found that staff numbers fell.",
            ],
        ),
        # a reporting verb with an object only is a predicate like any other
        (
            "He denied the charges and said he would appeal.",
            ["He denied the charges.", "He said he would appeal."],
        ),
        # a quotation closed after the final stop keeps its closing mark
        (
            'The firm said refunds were paid, and that it would write to customers "soon."',
            [
                "The firm said refunds were paid.",
                'The firm said that it would write to customers "soon".',
            ],
        ),
        # a participle after the object describes it; the subject is what comes before
        # the main verb, and a finite auxiliary after "and" opens a predicate of its own
        (
            "The rule covers pupils aged 16 and under and was approved in May.",
            ["The rule covers pupils aged 16 and under.", "The rule was approved in May."],
        ),
        (
            "The scheme covers drivers aged 70 or over and was extended in June.",
            ["The scheme covers drivers aged 70 or over.", "The scheme was extended in June."],
        ),
        (
            "The fund pays workers laid off in 2020 and was set up by the state.",
            ["The fund pays workers laid off in 2020.", "The fund was set up by the state."],
        ),
        (
            "The plan covers children aged five years and under and was agreed on Monday.",
            [
                "The plan covers children aged five years and under.",
                "The plan was agreed on Monday.",
            ],
        ),
        (
            "The tax hits firms based in Wales and was raised in 2021.",
            ["The tax hits firms based in Wales.", "The tax was raised in 2021."],
        ),
        (
            "The club signs players born after 2005 and has won two titles.",
            ["The club signs players born after 2005.", "The club has won two titles."],
        ),
        (
            "The insurer refunds customers charged twice and has apologised.",
            ["The insurer refunds customers charged twice.", "The insurer has apologised."],
        ),
        (
            "The board runs schools rated good or better and has 40 staff.",
            ["The board runs schools rated good or better.", "The board has 40 staff."],
        ),
        (
            "The levy applies to firms employing 250 or more and was cut in March.",
            ["The levy applies to firms employing 250 or more.", "The levy was cut in March."],
        ),
        (
            "The ban covers shops selling alcohol and was extended in June.",
            ["The ban covers shops selling alcohol.", "The ban was extended in June."],
        ),
        (
            "The grant supports homes worth £1m or more and will end in 2026.",
            ["The grant supports homes worth £1m or more.", "The grant will end in 2026."],
        ),
        (
            "The bridge opened in 1998 and is now closed.",
            ["The bridge opened in 1998.", "The bridge is now closed."],
        ),
        # ... with a trailing attribution and inside a reported clause
        (
            "The scheme covers drivers aged 70 or over and was extended in June, officials said.",
            [
                "The scheme covers drivers aged 70 or over, officials said.",
                "The scheme was extended in June, officials said.",
            ],
        ),
        (
            "The council said the scheme covers drivers aged 70 or older and was extended in June.",
            [
                "The council said the scheme covers drivers aged 70 or older.",
                "The council said the scheme was extended in June.",
            ],
        ),
        # a past form after a noun stays the main verb when the earlier word may take a
        # clause ("shows"), may head the subject ("costs in"), or it is no participle
        (
            "The survey shows prices increased and fell.",
            ["The survey shows prices increased.", "The survey shows prices fell."],
        ),
        (
            "Fuel costs in the north increased and were higher in May.",
            ["Fuel costs in the north increased.", "Fuel costs in the north were higher in May."],
        ),
        (
            "The data shows prices rose and fell.",
            ["The data shows prices rose.", "The data shows prices fell."],
        ),
        # a word after a slash is part of a path, not a verb
        (
            "The datasets stay in `../shared/eval` and are never copied into the project.",
            [
                "The datasets stay in `../shared/eval`.",
                "The datasets are never copied into the project.",
            ],
        ),
    ],
)
def test_split(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the death toll rose to 12.",  # attribution is one claim
        "The death toll rose to 12, officials said.",
        "The mine closed in 2019, according to the ministry.",
        "The team toured Bosnia and Herzegovina in June.",  # a name
        "Marks and Spencer opened a store in Leeds.",  # a name before the verb
        "The festival played rock and roll until dawn.",  # a fixed pair
        "Prices rose by between 4 and 6 percent last year.",  # compared items
        "Both the army and the police denied the report.",
        "She bought bread and milk.",  # coordinated objects
        "The mayor, who won in 2018 and lost in 2022, opened the school.",  # relative clause
        '"We raised taxes and cut spending," the governor said.',  # inside a quotation
        "The fund (which grew and shrank) closed in May.",  # inside brackets
        "Exports rose 4% in March.",
        "The study enrolled 1,200 people aged 65 and over.",  # a bound
        "There were 13 admissions in one group and 21 in the other group.",  # gapped
        "The council asked for more sandbags and temporary flood barriers.",
        "The trial, published on Tuesday, enrolled 300 people.",  # participle aside
        "A doctor called by the state, Dr. Amal Reyes, told jurors the figures were wrong.",
        "Rising fuel costs and port charges are to blame.",  # nouns that look like verbs
        "The paper reports that 21% had side effects, compared with 9% on placebo.",
        "The answer depends on price, uptake and how long protection lasts.",
        "About 140 staff work on the route, according to the union, which was not consulted.",
        # after a passive the verb may go with the speaker or the passive: left whole
        "Lee, who has led the party since 2015, said the vote was rigged and called for a recount.",
        # a participle before a noun modifies it: "and dates" is no predicate
        "The score mixes lemmas plus normalised numbers and dates.",
        # an auxiliary that cannot agree with the subject of "covers" opens no predicate
        "The rule covers pupils and were approved.",
        # bounds after a participle phrase
        "The rule covers pupils aged 16 and under.",
        "The scheme covers drivers aged 70 or over.",
    ],
)
def test_no_split(sentence: str) -> None:
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "The vaccine cut admissions among people aged 65 years and over by 38 per cent.",
        "The jab reduced admissions in those aged sixty-five and over by a third.",
        "The drug cut admissions for patients 80 years and older by 12% compared with care.",
        "The scheme lowered absences among pupils aged 18 and under by 7 percent.",
        "The booster lowered deaths among residents 70 and older by a quarter, the study found.",
        "The clinic treated children 12 and younger and adults 60 and above without charge.",
        "The change helped workers aged 50 and above in four regions.",
    ],
)
def test_age_bound_is_not_a_claim(sentence: str) -> None:
    """ "and over" after a quantity bounds it; "Over by 38 per cent" is no claim."""
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "The trial recruited 2,310 adults at 22 sites over the 2021-22 and 2022-23 flu seasons.",
        "The club won 12 titles in the 1998-99 and 1999-2000 seasons, the league said.",
        "Engineers repainted the green and yellow lines at the depot last week.",
        "Revenue fell in the third and fourth quarters, the company said.",
        "Turnout fell in the 2015 and 2019 elections.",
        "Rescuers evacuated the injured and displaced residents on Sunday.",
        "The council published the revised and expanded plan in March.",
        "Georgia has a long and close relationship with its neighbours.",
        "There are faults in the statistical and scientific analyses used by the board.",
    ],
)
def test_coordinated_modifiers_of_one_noun_are_not_split(sentence: str) -> None:
    """Two modifiers of one noun name one thing; neither makes a claim alone."""
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a noun after the determiner, and a predicate after "and": still split
        (
            "The firm closed the factory and moved production abroad.",
            ["The firm closed the factory.", "The firm moved production abroad."],
        ),
        (
            "He bought the house and sold it in 2020.",
            ["He bought the house.", "He sold it in 2020."],
        ),
        # a bound first, a predicate later
        (
            "Ridership fell on the red and blue lines and rose on the green line.",
            ["Ridership fell on the red and blue lines.", "Ridership rose on the green line."],
        ),
        (
            "Cases fell among those aged 18 and under and rose among adults.",
            ["Cases fell among those aged 18 and under.", "Cases rose among adults."],
        ),
    ],
)
def test_guards_leave_real_predicates_split(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


def test_split_claim_spans_cover_their_words() -> None:
    document = "Before noon, the quake killed 1,100 people and injured more than 3,000."
    first, second = claims_of(document)
    assert first.quote == "Before noon, the quake killed 1,100 people"
    assert second.quote == document.rstrip(".")
    assert second.text == "Before noon, the quake injured more than 3,000."
    for claim in (first, second):
        assert document[claim.start : claim.end] == claim.quote
        assert claim.sentence_index == 0
    assert [document[a:b] for a, b in second.parts] == [
        "Before noon, the quake",
        "injured more than 3,000",
    ]
    assert [document[a:b] for a, b in first.parts] == ["Before noon, the quake killed 1,100 people"]


@pytest.mark.parametrize(
    ("document", "first_quote", "second_parts"),
    [
        (
            "The rule covers pupils aged 16 and under and was approved in May.",
            "The rule covers pupils aged 16 and under",
            ["The rule", "was approved in May"],
        ),
        (
            "The fund pays workers laid off in 2020 and was set up by the state.",
            "The fund pays workers laid off in 2020",
            ["The fund", "was set up by the state"],
        ),
    ],
)
def test_participle_phrase_leaves_the_subject_shared(
    document: str, first_quote: str, second_parts: list[str]
) -> None:
    """The second claim is the subject before the main verb plus its own predicate."""
    first, second = claims_of(document)
    assert first.quote == first_quote
    assert first.parts == ((first.start, first.end),)
    assert [document[a:b] for a, b in second.parts] == second_parts
    assert second.quote == document.rstrip(".")
    for claim in (first, second):
        assert document[claim.start : claim.end] == claim.quote
        assert claim.parts[0][0] == claim.start
        assert claim.parts[-1][1] == claim.end


def test_unsplit_claim_is_the_sentence() -> None:
    document = "Intro line\nThe council approved 3 new schools. Good evening."
    claims = claims_of(document)
    sentences = segment(document)
    assert [(c.start, c.end) for c in claims] == [(s.start, s.end) for s in sentences]
    assert [c.sentence_index for c in claims] == [0, 1, 2]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Exports rose 4% in the year.", "number"),
        ("The plant employs three thousand workers.", "number"),
        ("The bridge opened in 1998.", "date"),
        ("The vote took place on Tuesday.", "date"),
        ("The board met with officials from Oslo.", "named_entity"),
        ("The report was published by the WHO.", "named_entity"),
        ("The senator voted against the bill.", "factual_verb"),
        ("The senator voted against the bill.", "past_tense"),
        ("Inflation is higher than it was before.", "comparison"),
        ("The new stadium is the largest in the region.", "comparison"),
        ("Prices rose because demand surged.", "causal"),
        ("The drought led to crop losses.", "causal"),
        ("The ministry said the dam was safe.", "attribution"),
        ("The dam was safe, according to engineers.", "attribution"),
        ("Did the dam fail?", "question"),
        ("Look at the figures again.", "imperative"),
        ("Please vote for the new plan.", "imperative"),
        ("I think the plan is a disaster.", "first_person_opinion"),
        ("In my view the tax is unfair.", "first_person_opinion"),
        ("The factory will open next year.", "prediction"),
        ("Growth is expected to slow.", "prediction"),
        ("Thank you all for coming tonight.", "greeting_or_transition"),
        ("Good evening.", "greeting_or_transition"),
        ("Profits rose.", "too_short"),
        ("The plan is a disgrace.", "evaluative"),
        ("We visited the site.", "first_person"),
        ("You raised the tax.", "second_person"),
        ("The council could close the pool.", "modal"),
        ("We need to build more homes.", "modal"),
        ("Author: Ann Lee", "no_verb"),
        ("The deficit grew last year.", "statistic"),
    ],
)
def test_reason(text: str, reason: str) -> None:
    assert reason in reasons_of(text)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The plan is a disgrace.", "number"),
        ("The ministry may review it.", "date"),  # "may" the modal, not the month
        ("The bridge opened.", "named_entity"),
        ("The dam held, and the town is safe.", "question"),
        ("The price of bread doubled.", "prediction"),
        ("Officials counted the votes.", "first_person_opinion"),
        ("Votes were counted by hand.", "imperative"),  # a noun that looks like a verb
        ("It is one the jury may never answer.", "number"),
        ("The levee broke.", "no_verb"),
    ],
)
def test_reason_absent(text: str, reason: str) -> None:
    assert reason not in reasons_of(text)


@pytest.mark.parametrize(
    ("text", "expected_type"),
    [
        ("Exports rose 4% in the year.", "quantity"),
        ("The senator voted against the bill.", "event"),
        ("The ministry said the dam was safe.", "attribution"),
        ("Prices rose because demand surged.", "causal"),
        ("The factory will open next year.", "prediction"),
        ("I think the plan is a disaster.", "opinion"),
        ("The plan is a disgrace.", "opinion"),
        ("Thank you all for coming tonight.", "other"),
        ("Did the dam fail?", "other"),
    ],
)
def test_type(text: str, expected_type: str) -> None:
    assessment = assess(text)
    assert assessment.type == expected_type
    assert assessment.type in CLAIM_TYPES


def test_every_reason_has_a_weight() -> None:
    assert set(reasons_of("The senator voted against the 2019 budget, I think.")) <= set(WEIGHTS)
    assert claim_type(()) == "other"


@pytest.mark.parametrize(
    ("higher", "lower"),
    [
        ("The storm destroyed 400 homes in March.", "I think the storm was awful."),
        ("Unemployment fell to 4 percent in 2019.", "Thank you very much."),
        ("The senator voted against the 2019 budget.", "Will the senator vote for it?"),
        ("Officials said 12 people died.", "Look at the sky."),
        # same reasons, same length: specific wording ranks above everyday wording
        ("The tariffs hurt soybean farmers.", "The thing hurt some people."),
        ("The deficit grew.", "The garden grew."),
    ],
)
def test_checkworthiness_orders_claims(higher: str, lower: str) -> None:
    assert assess(higher).score > assess(lower).score


def test_threshold_decides_checkworthy() -> None:
    document = "Unemployment fell to 4 percent in 2019. Thank you very much."
    strict = claims_of(document, threshold=0.99)
    lenient = claims_of(document, threshold=0.0)
    assert [c.checkworthy for c in claims_of(document)] == [True, False]
    assert not any(c.checkworthy for c in strict)
    assert all(c.checkworthy for c in lenient)
    assert all(0.0 <= c.checkworthiness <= 1.0 for c in lenient)


_WORDS = st.sampled_from(
    [
        "and",
        "but",
        ",",
        ";",
        "said",
        "officials",
        "The",
        "quake",
        "killed",
        "1,100",
        "people",
        "injured",
        "rose",
        "between",
        "2",
        "5",
        "percent",
        "Bosnia",
        "Herzegovina",
        "“",
        "”",
        '"',
        "(",
        ")",
        "who",
        "has",
        "will",
        ".",
        "?",
        "\n",
        "according",
        "to",
        "I",
        "think",
        "é",
        "U.S.",
        "Dr.",
        "—",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=40).map(" ".join))
def test_claim_spans_slice_back_on_any_text(document: str) -> None:
    for claim in claims_of(document):
        assert document[claim.start : claim.end] == claim.quote
        assert claim.quote
        assert 0.0 <= claim.checkworthiness <= 1.0
        assert claim.type in CLAIM_TYPES
        assert set(claim.reasons) <= set(WEIGHTS)
        assert claim.parts[0][0] == claim.start
        assert claim.parts[-1][1] == claim.end
        assert all(a < b <= c < d for (a, b), (c, d) in itertools.pairwise(claim.parts))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(max_size=6)), max_size=40).map(" ".join))
def test_shortcuts_agree_with_the_full_path(document: str) -> None:
    """The speed-ups decide nothing on their own: each agrees with the slower path.

    A sentence without a coordinating token is never split, so extraction skips the
    rules for it; a claim that is its sentence reuses its tokens;
    multi-word cues are matched on the lower-cased joined words; the rules run on tokens
    whose offsets are found afterwards, only for sentences that split.
    """
    for sentence in segment(document):
        tokens = tokenize(document, sentence.start, sentence.end)
        if not any(t.lower in ("and", "but") or t.text == ";" for t in tokens):
            assert len(split_sentence(tokens)) == 1
        words = [t.text for t in tokens]
        assert assess(sentence.text, words) == assess(sentence.text)
        assert " ".join(words).lower() == " ".join(w.lower() for w in words)
        offsetless = _offsetless_tokens(words, [w.lower() for w in words])
        assert [(t.text, t.lower) for t in offsetless] == [(t.text, t.lower) for t in tokens]
        assert _with_offsets(document, sentence.start, offsetless) == tokens


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "The mayor, a former teacher, opened the school and cut the ribbon.",
            "The mayor, a former teacher, cut the ribbon.",
        ),
        (
            "The ferry, the Kittiwake Star, is 31 years old and would need a refit.",
            "The ferry, the Kittiwake Star, would need a refit.",
        ),
        (
            "During the session, the council raised rents and cut the parks budget.",
            "During the session, the council cut the parks budget.",
        ),
    ],
)
def test_an_apposition_in_the_shared_subject_keeps_its_closing_comma(
    sentence: str, second: str
) -> None:
    claims = claims_of(sentence)
    assert [c.text for c in claims][1] == second
    assert all(sentence[c.start : c.end] == c.quote for c in claims)


# Issue 13: a verb joined under an infinitive, a gerund or a relative clause stays in
# that clause; splitting it off would give the main subject a claim it never made.
@pytest.mark.parametrize(
    "sentence",
    [
        "These actions signify the country's determination to assert its military "
        "capabilities and pursue its strategic objectives.",
        "The firm is considering selling the port and cutting 200 jobs.",
        "The rebels vowed to seize the airport and hold it until spring.",
        "The council will raise fees to repair the roads and extend the tram line.",
        "The mayor was accused of taking bribes and hiding the payments.",
        "The agency praised the firm that built the bridge and ran the ferry.",
        "Ministers want to cut the deficit and lower taxes.",
    ],
)
def test_conjunct_of_an_embedded_verb_is_not_split_off(sentence: str) -> None:
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the conjunct's form matches only the main verb: it is the main verb's
        (
            "The rebels agreed to withdraw and released 40 prisoners.",
            ["The rebels agreed to withdraw.", "The rebels released 40 prisoners."],
        ),
        (
            "The storm cut power to 9,000 homes and closed two schools.",
            ["The storm cut power to 9,000 homes.", "The storm closed two schools."],
        ),
    ],
)
def test_conjunct_of_the_main_verb_still_splits(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


# Issue 10, "Claims nobody made": a conjunct never gets the wrong subject, a rebuilt claim
# is grammatical, and a list of places is one claim.
@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the toll rose and warned it could climb.",
        "The minister said the report criticised the plan and warned of cuts.",
        "Police said the driver fled and feared he was armed.",
        "The agency reported that exports fell and noted that imports held steady.",
    ],
)
def test_a_verb_of_saying_after_reported_content_is_not_given_its_subject(
    sentence: str,
) -> None:
    assert texts(sentence) == [sentence]


# Any verb in the speaker's form may be the speaker's act ("Police said … and urged …"),
# so after a reported clause such a conjunct is never given the reported subject.
@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the suspect fled and urged witnesses to come forward.",
        "The minister said the economy grew and promised more jobs.",
        "Officials said the fire spread and ordered an inquiry.",
        "The mayor said the firm failed and blamed the bank.",
        "The coach said the team won and thanked the fans.",
        "Police said the fire spread and destroyed two homes.",
    ],
)
def test_a_conjunct_that_may_be_the_speakers_keeps_the_sentence_whole(sentence: str) -> None:
    assert texts(sentence) == [sentence]


# A conjunct opened by auxiliaries ("did not", "didn't", "had") is read by its verb: one
# of saying or thinking may be the speaker's, so it is not given the reported subject.
@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the toll rose and didn't expect it to fall.",
        "Officials said the toll rose and did not expect it to fall.",
        "Officials said the toll rose and had warned it could climb.",
        "Wardens said the river rose and don't think it will burst.",
        "Officials said the toll rose and didn't want it to fall.",
    ],
)
def test_an_auxiliary_conjunct_of_a_speakers_verb_keeps_the_sentence_whole(
    sentence: str,
) -> None:
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ferry didn't sail on Monday and was cancelled on Tuesday.",
            ["The ferry didn't sail on Monday.", "The ferry was cancelled on Tuesday."],
        ),
        (
            "The council can't raise rates and won't cut services.",
            ["The council can't raise rates.", "The council won't cut services."],
        ),
        (
            "Police said the ferry sank and wasn't found.",
            ["Police said the ferry sank.", "Police said the ferry wasn't found."],
        ),
    ],
)
def test_contracted_auxiliaries_split_like_written_out_ones(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


# The sentences the splitter keeps whole for a conjunct that may be the speaker's are
# read, for matching, as the reported clause and the speaker's own act: one rule.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lifeguards said the swimmer drowned and closed the beach.",
            ("Lifeguards said the swimmer drowned.", "Lifeguards closed the beach."),
        ),
        (
            "The league said the club cheated and fined it heavily.",
            ("The league said the club cheated.", "The league fined it heavily."),
        ),
        (
            "Engineers said the dam was safe and expected no leaks.",
            ("Engineers said the dam was safe.", "Engineers expected no leaks."),
        ),
        (
            "On Friday, the regulator said fares rose 6% and promised a review.",
            (
                "On Friday, the regulator said fares rose 6%.",
                "On Friday, the regulator promised a review.",
            ),
        ),
    ],
)
def test_a_speakers_conjunct_gives_two_readings(sentence: str, expected: tuple[str, str]) -> None:
    assert texts(sentence) == [sentence]
    assert speaker_readings(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the flood killed 6 people and injured 25.",  # the reported subject's
        "The swimmer drowned and the beach closed, lifeguards said.",  # own subjects
        "Lifeguards said the swimmer who slipped and fell had drowned.",  # relative clause
        "The swimmer drowned and lifeguards closed the beach.",  # no reported clause
    ],
)
def test_no_speakers_conjunct_no_readings(sentence: str) -> None:
    assert speaker_readings(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a conjunct with its own subject, or in a form the speaker's verb is not in
        (
            "Police said the suspect fled and a deputy urged calm.",
            ["Police said the suspect fled.", "Police said a deputy urged calm."],
        ),
        (
            "Police say the suspect fled and hid in a barn.",
            ["Police say the suspect fled.", "Police say the suspect hid in a barn."],
        ),
        (
            "The minister denied the reports and resigned.",
            ["The minister denied the reports.", "The minister resigned."],
        ),
    ],
)
def test_a_conjunct_that_cannot_be_the_speakers_still_splits(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The planes were grounded and flew again on Monday.",
            ["The planes were grounded.", "The planes flew again on Monday."],
        ),
        (
            "Prices have risen and fell again in May.",
            ["Prices have risen.", "Prices fell again in May."],
        ),
        (
            "The company was sold and moved its offices to Leeds.",
            ["The company was sold.", "The company moved its offices to Leeds."],
        ),
        (
            "The man was arrested and charged with theft.",
            ["The man was arrested.", "The man was charged with theft."],
        ),
        (
            "The company has closed three plants and fired 200 workers.",
            ["The company has closed three plants.", "The company has fired 200 workers."],
        ),
        (
            "The council will raise taxes and cut spending.",
            ["The council will raise taxes.", "The council will cut spending."],
        ),
        (
            "Officials said the quake killed 10 people and injured 30.",
            [
                "Officials said the quake killed 10 people.",
                "Officials said the quake injured 30.",
            ],
        ),
        # a count in words is a bare number as digits are (the lexicon's number words)
        (
            "Officials said the quake killed ten people and injured thirty.",
            [
                "Officials said the quake killed ten people.",
                "Officials said the quake injured thirty.",
            ],
        ),
    ],
)
def test_rebuilt_claims_are_grammatical(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a past form with an object after it (a figure behind an approximator, a
        # determiner, a number) is active: it takes the subject and no "was"/"were"
        (
            "The ferry was launched in 1988 and carried about 400 cars a day.",
            ["The ferry was launched in 1988.", "The ferry carried about 400 cars a day."],
        ),
        (
            "The dams were finished in 1961 and supplied more than 30 towns.",
            ["The dams were finished in 1961.", "The dams supplied more than 30 towns."],
        ),
        (
            "The mill was sold in 2004 and made its last sale in 2019.",
            ["The mill was sold in 2004.", "The mill made its last sale in 2019."],
        ),
        # the same form with no object stays passive, the auxiliary carried over
        (
            "The ferry was launched in 1988 and renamed in 1996.",
            ["The ferry was launched in 1988.", "The ferry was renamed in 1996."],
        ),
        (
            "The dams were finished in 1961 and inspected about twice a year.",
            ["The dams were finished in 1961.", "The dams were inspected about twice a year."],
        ),
        # a noun phrase of time is no object: the passive stays
        (
            "The ferry was seized and searched two days later.",
            ["The ferry was seized.", "The ferry was searched two days later."],
        ),
        # a third-person present cannot follow "was" (nor does the splitter part verbs of
        # two tenses): the sentence stays whole, never "was carries"
        (
            "The ferry was launched in 1988 and carries about 400 cars a day.",
            ["The ferry was launched in 1988 and carries about 400 cars a day."],
        ),
        # "has"/"had" take a participle with its object (an irregular one too)
        (
            "The club has sold its ground and bought about 20 acres of farmland.",
            [
                "The club has sold its ground.",
                "The club has bought about 20 acres of farmland.",
            ],
        ),
        (
            "The firm had been fined in 2010 and paid nearly 4 million pounds.",
            ["The firm had been fined in 2010.", "The firm had paid nearly 4 million pounds."],
        ),
        # "will" takes a bare infinitive; "will be" a passive participle
        (
            "The tunnel will be widened and carry about 900 trucks a day.",
            ["The tunnel will be widened.", "The tunnel will carry about 900 trucks a day."],
        ),
        (
            "The tunnel will be widened and reopened in May.",
            ["The tunnel will be widened.", "The tunnel will be reopened in May."],
        ),
        # an irregular simple past is never passive; a participle that is no simple past
        # ("given") cannot stand alone: a verb with two objects keeps one in the passive
        (
            "The ferry was refitted in 1990 and drove the old boats off the route.",
            [
                "The ferry was refitted in 1990.",
                "The ferry drove the old boats off the route.",
            ],
        ),
        (
            "The driver was stopped at noon and given a fine of 90 pounds.",
            ["The driver was stopped at noon.", "The driver was given a fine of 90 pounds."],
        ),
    ],
)
def test_an_auxiliary_is_carried_only_to_a_form_that_fits_it(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Harbour fees rose 9% while landing charges fell 4%.",
            ["Harbour fees rose 9%.", "Landing charges fell 4%."],
        ),
        (
            "Ticket sales doubled, while attendance grew only slightly.",
            ["Ticket sales doubled.", "Attendance grew only slightly."],
        ),
        (
            "The east ward has 40 beds whereas the west ward has 25.",
            ["The east ward has 40 beds.", "The west ward has 25."],
        ),
        (
            "Whereas the ferry took 90 minutes, the tunnel takes 12.",
            ["The ferry took 90 minutes.", "The tunnel takes 12."],
        ),
        (
            "While exports grew 6%, imports fell 2% and the deficit shrank.",
            ["Exports grew 6%.", "Imports fell 2%.", "The deficit shrank."],
        ),
        # the frame of a reported clause goes with each clause
        (
            "The agency said tourism rose 8% while farming fell 3%.",
            ["The agency said tourism rose 8%.", "The agency said farming fell 3%."],
        ),
        # a fronted adverbial keeps its comma on each clause
        (
            "In 2025, bus use rose 6% while car use fell 2%.",
            ["In 2025, bus use rose 6%.", "In 2025, car use fell 2%."],
        ),
        # after a semicolon the clause's subject may carry an aside
        (
            "Wheat yields fell 9%; barley yields, by contrast, rose 4%.",
            ["Wheat yields fell 9%.", "Barley yields, by contrast, rose 4%."],
        ),
        # "rate", "majority" and "half" take a verb; they are no numerals before a noun
        (
            "The vacancy rate fell to 2% whereas rents rose to a record.",
            ["The vacancy rate fell to 2%.", "Rents rose to a record."],
        ),
        (
            "Half of the members voted for the plan and a third abstained.",
            ["Half of the members voted for the plan.", "A third abstained."],
        ),
    ],
)
def test_contrasted_clauses_with_figures_are_claims_each(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a place or time phrase fronted in the contrasting clause
        (
            "Bus use rose 6% in the towns, while in the villages it fell 3%.",
            ["Bus use rose 6% in the towns.", "In the villages it fell 3%."],
        ),
        (
            "Harbour fees rose 9%, whereas at the river port, fees fell.",
            ["Harbour fees rose 9%.", "At the river port, fees fell."],
        ),
        (
            "The clinic hired six doctors; in the spring two of them left.",
            ["The clinic hired six doctors.", "In the spring two of them left."],
        ),
        # a semicolon joins two clauses without figures too; a participle may open the
        # second one's subject
        (
            "The depot closed; rising rents were blamed.",
            ["The depot closed.", "Rising rents were blamed."],
        ),
        (
            "The pier reopened; the ferry stayed in dock.",
            ["The pier reopened.", "The ferry stayed in dock."],
        ),
    ],
)
def test_fronted_phrases_and_semicolons_open_clauses(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # "while" + a phrase with no clause after it is of time or place, not a contrast
        "The mayor read the report while on the train to the coast.",
        # a semicolon in a list joins no clauses
        "The route stops at Kell, Norway; Ardo, Finland; and Vest.",
        # a verbless contrast: its verb is not the first clause's ("promised twelve,
        # but [delivered] only nine"), so rebuilding it would make a claim nobody made
        "The ministry promised forty new wards, but only eleven.",
        "The board expected 5,000 visitors, but fewer than 3,000.",
    ],
)
def test_no_clause_to_split_off(sentence: str) -> None:
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # "while" of time: one event during another
        "The guard slept while the thieves emptied the safe.",
        "While the council met, protesters gathered outside.",
        # no subject after "while": a participle phrase
        "The driver was hurt while crossing the bridge at 6 am.",
        "She cut taxes by 3% while in office.",
        # after a comma, a pronoun for the main clause's person and no figure: "during"
        "Auditors say Vell paid the firm twice between 2020 and 2022, while she was treasurer.",
        "The bridge was repainted in May, while it was closed to traffic.",
    ],
)
def test_a_while_of_time_keeps_the_sentence_whole(sentence: str) -> None:
    assert texts(sentence) == [sentence]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "have" + "been": the conjunct's auxiliary needs the tensed one before it
        (
            "The director has retired and been succeeded by her deputy.",
            ["The director has retired.", "The director has been succeeded by her deputy."],
        ),
        (
            "The old mill had burned down and been rebuilt twice.",
            ["The old mill had burned down.", "The old mill had been rebuilt twice."],
        ),
        # a modal + "be"
        (
            "The depot will shut and be sold next spring.",
            ["The depot will shut.", "The depot will be sold next spring."],
        ),
        (
            "The clinic could expand and be moved to Harbour Street.",
            ["The clinic could expand.", "The clinic could be moved to Harbour Street."],
        ),
        # the whole chain when the conjunct follows its last auxiliary
        (
            "The ferry company has been fined and ordered to refund passengers.",
            [
                "The ferry company has been fined.",
                "The ferry company has been ordered to refund passengers.",
            ],
        ),
        (
            "The footbridge is being widened and resurfaced.",
            ["The footbridge is being widened.", "The footbridge is being resurfaced."],
        ),
        # a progressive keeps its voice: the conjunct goes back to "have", not "been"
        (
            "Fares have been climbing and reached a record in June.",
            ["Fares have been climbing.", "Fares have reached a record in June."],
        ),
        # the conjunct's own base form after the modal, past the passive
        (
            "The pool will be drained and reopen in April.",
            ["The pool will be drained.", "The pool will reopen in April."],
        ),
        # a tensed auxiliary of its own that agrees with the subject
        (
            "The courier was stopped and has been charged with fraud.",
            ["The courier was stopped.", "The courier has been charged with fraud."],
        ),
        (
            "Three wardens were hurt and have left hospital.",
            ["Three wardens were hurt.", "Three wardens have left hospital."],
        ),
        (
            "The ferry could have capsized and been lost.",
            ["The ferry could have capsized.", "The ferry could have been lost."],
        ),
    ],
)
def test_a_rebuilt_conjunct_carries_the_auxiliary_it_needs(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb that takes no object has no passive: "was … and sailed" is active
        (
            "The trawler was repaired and sailed on Monday.",
            ["The trawler was repaired.", "The trawler sailed on Monday."],
        ),
        (
            "The hostages were freed and arrived home on Sunday.",
            ["The hostages were freed.", "The hostages arrived home on Sunday."],
        ),
        (
            "The minister was censured and resigned a week later.",
            ["The minister was censured.", "The minister resigned a week later."],
        ),
        # a transitive verb still shares the passive
        (
            "The car was stolen and returned to its owner.",
            ["The car was stolen.", "The car was returned to its owner."],
        ),
    ],
)
def test_an_intransitive_conjunct_is_not_made_passive(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Not only did rents climb but wages fell.", ["Rents climbed.", "Wages fell."]),
        (
            "Not only has the council shut two libraries, but it has also raised fares.",
            ["The council has shut two libraries.", "It has also raised fares."],
        ),
        (
            "Not only were the roads closed but the trains stopped.",
            ["The roads were closed.", "The trains stopped."],
        ),
        (
            "Not only will the depot close but 300 jobs will go.",
            ["The depot will close.", "300 jobs will go."],
        ),
        (
            "Not only is the pier unsafe but the tunnel is flooded.",
            ["The pier is unsafe.", "The tunnel is flooded."],
        ),
        (
            "The gale not only flooded the harbour but also cut power.",
            ["The gale flooded the harbour.", "The gale cut power."],
        ),
        (
            "The mayor said not only did rents climb but wages fell.",
            ["The mayor said rents climbed.", "Wages fell."],
        ),
        # after a subject pronoun a noun-like word is the verb ("takes", "cut")
        (
            "Not only does the toll cost more, but it also takes longer.",
            ["The toll costs more.", "It also takes longer."],
        ),
        (
            "Not only did the mill lose money, but it also cut 200 jobs.",
            ["The mill lost money.", "It also cut 200 jobs."],
        ),
        # the "do" that carried "not just" goes with it
        (
            "The ferry line did not just raise fares but cut three routes.",
            ["The ferry line raised fares.", "The ferry line cut three routes."],
        ),
        (
            "The gale did not only flood the harbour but also sank two boats.",
            ["The gale flooded the harbour.", "The gale sank two boats."],
        ),
    ],
)
def test_not_only_but_asserts_both_clauses_plainly(sentence: str, expected: list[str]) -> None:
    claims = claims_of(sentence)
    assert [c.text for c in claims] == expected
    for claim in claims:
        assert claim.quote == sentence[claim.start : claim.end]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A present "does"/"do" gives the verbs its own tense and number.
        (
            "The depot does not merely store grain but dries it.",
            ["The depot stores grain.", "The depot dries it."],
        ),
        (
            "The guards do not just check tickets but search bags.",
            ["The guards check tickets.", "The guards search bags."],
        ),
        # After the frame, "but" opens the second predicate even when its verb could
        # start a noun phrase ("runs trials", "trains staff").
        (
            "The lab does not only test samples but runs trials, the agency said.",
            [
                "The lab tests samples, the agency said.",
                "The lab runs trials, the agency said.",
            ],
        ),
        (
            "The quarry not merely closed but flooded.",
            ["The quarry closed.", "The quarry flooded."],
        ),
    ],
)
def test_not_merely_with_a_present_do(sentence: str, expected: list[str]) -> None:
    claims = claims_of(sentence)
    assert [c.text for c in claims] == expected
    for claim in claims:
        assert claim.quote == sentence[claim.start : claim.end]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "It was not only the frost but the drought that ruined the harvest.",
            ["The frost ruined the harvest.", "The drought ruined the harvest."],
        ),
        (
            "It was not just the coach but also three players who left the club.",
            ["The coach left the club.", "Three players left the club."],
        ),
        # The clause's verb agrees with each focus in turn.
        (
            "It is not only the fares but the timetable that annoys commuters.",
            ["The fares annoy commuters.", "The timetable annoys commuters."],
        ),
        (
            "It was not merely the judges but the clerk who was late.",
            ["The judges were late.", "The clerk was late."],
        ),
        # A cleft without the pair asserts one thing: it stays whole.
        (
            "It was the drought that ruined the harvest.",
            ["It was the drought that ruined the harvest."],
        ),
    ],
)
def test_a_not_only_cleft_says_its_clause_of_each_focus(sentence: str, expected: list[str]) -> None:
    claims = claims_of(sentence)
    assert [c.text for c in claims] == expected
    for claim in claims:
        assert claim.quote == sentence[claim.start : claim.end]


def test_an_attribution_stays_with_the_conjunct_that_has_its_verb() -> None:
    from factcheck.analyze import analyze

    sentence = "The operator confirmed that the line was under review but declined to comment."
    claims = analyze(sentence).claims
    assert [c.claim.text for c in claims] == [
        "The operator confirmed that the line was under review.",
        "The operator declined to comment.",
    ]
    assert [m.kind for m in claims[0].markers] == ["attribution"]
    assert [m.kind for m in claims[1].markers] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Protests spread to Lyon, Marseille and Nice on Friday.",
        "The train stops at Reading, Bath and Bristol.",
        "Tourists flocked to Split and Dubrovnik.",
        "Rain fell across Wales and the north of England.",
        "Troops were deployed to the border and the capital.",
        "Flooding closed roads in the north and east of the county.",
        "Shops in Leeds and Sheffield and Hull stayed shut.",
        "The storm hit Kent, Sussex and Essex overnight.",
    ],
)
def test_a_list_of_places_is_one_claim(sentence: str) -> None:
    assert texts(sentence) == [sentence]


# Issue 10, "Sentences and quotes": a quotation of several sentences gives one claim per
# quoted sentence, each with the speaker named after or before it.
@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            '"Prices rose in March. Wages fell by 2%," the minister said.',
            [
                '"Prices rose in March," the minister said.',
                '"Wages fell by 2%," the minister said.',
            ],
        ),
        (
            "The minister said: “Prices rose in March. Wages fell by 2%.”",
            [
                "The minister said: “Prices rose in March.”",
                "The minister said: “Wages fell by 2%.”",
            ],
        ),
        (
            "“The bridge is safe. It will reopen on Monday,” said Mayor Ruth Okafor.",
            [
                "“The bridge is safe,” said Mayor Ruth Okafor.",
                "“It will reopen on Monday,” said Mayor Ruth Okafor.",
            ],
        ),
        (
            '"Is the dam safe? Nobody knows," the engineer told reporters.',
            [
                '"Is the dam safe?" the engineer told reporters.',
                '"Nobody knows," the engineer told reporters.',
            ],
        ),
        # one quoted sentence, or no speaker: as before
        ('"Prices rose in March," the minister said.', None),
        # no speaker: each quoted sentence is still a claim of its own (tester10c F7)
        (
            '"Prices rose. Wages fell." That was the headline.',
            ['"Prices rose."', '"Wages fell."', "That was the headline."],
        ),
        ('She said "no" twice.', None),
    ],
)
def test_a_quotation_gives_one_claim_per_quoted_sentence(
    document: str, expected: list[str] | None
) -> None:
    assert texts(document) == (expected or [document])


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # single quotes, straight and curly, speaker after or before
        (
            "'The ferry is late. The crew is sick,' the harbour master said.",
            [
                "'The ferry is late,' the harbour master said.",
                "'The crew is sick,' the harbour master said.",
            ],
        ),
        (
            "‘The ferry is late. The crew is sick,’ said Tomas Breen.",
            ["‘The ferry is late,’ said Tomas Breen.", "‘The crew is sick,’ said Tomas Breen."],
        ),
        (
            "The harbour master said: 'The ferry is late. The crew is sick.'",
            [
                "The harbour master said: 'The ferry is late.'",
                "The harbour master said: 'The crew is sick.'",
            ],
        ),
        # an apostrophe inside the quotation is part of a word
        (
            "‘The crew’s pay is late. Nobody’s happy,’ the union said.",
            ["‘The crew’s pay is late,’ the union said.", "‘Nobody’s happy,’ the union said."],
        ),
        # "according to" names the source without a reporting verb
        (
            "“The ferry is late. The crew is sick,” according to the harbour master.",
            [
                "“The ferry is late,” according to the harbour master.",
                "“The crew is sick,” according to the harbour master.",
            ],
        ),
        (
            'According to the harbour master, "The ferry is late. The crew is sick."',
            [
                'According to the harbour master, "The ferry is late."',
                'According to the harbour master, "The crew is sick."',
            ],
        ),
        # single-quoted paragraphs reopened after the speaker's first quotation
        (
            "'The pumps failed,' Varga said. 'Two streets flooded.\n\n'The school shut.'",
            [
                "'The pumps failed,' Varga said.",
                "'Two streets flooded,' Varga said.",
                "'The school shut,' Varga said.",
            ],
        ),
        # scare quotes and possessives open no quotation
        (
            "The so-called 'green' levy rose 4%. 'It is unfair,' the mayor said.",
            ["The so-called 'green' levy rose 4%.", "'It is unfair,' the mayor said."],
        ),
        (
            "The dockers' pay rose 3%. Their union's leader said so.",
            ["The dockers' pay rose 3%.", "Their union's leader said so."],
        ),
    ],
)
def test_single_quotes_and_according_to_attribute_each_quoted_sentence(
    document: str, expected: list[str]
) -> None:
    assert texts(document) == expected


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            '"The roof held," the warden said, "and the cellar stayed dry."',
            ['"The roof held," the warden said.', '"The cellar stayed dry," the warden said.'],
        ),
        (
            "“The tide peaked at six. Nobody drowned,” Ilse Maar said, “but two boats sank.”",
            [
                "“The tide peaked at six,” Ilse Maar said.",
                "“Nobody drowned,” Ilse Maar said.",
                "“Two boats sank,” Ilse Maar said.",
            ],
        ),
        # words between the parts that name no speaker: one claim as before
        (
            '"The roof held," we hoped, and "the cellar stayed dry."',
            ['"The roof held," we hoped, and "the cellar stayed dry."'],
        ),
    ],
)
def test_a_quotation_interrupted_by_its_speaker_gives_a_claim_per_part(
    document: str, expected: list[str]
) -> None:
    assert texts(document) == expected


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # the speaker interrupts one quoted sentence: its parts are one claim
        (
            '"The ferry," the port captain said, "leaves at nine. The bus waits."',
            [
                '"The ferry leaves at nine," the port captain said.',
                '"The bus waits," the port captain said.',
            ],
        ),
        (
            "“Most of the orchard,” said Jonas Pel, “was lost to frost in April.”",
            ["“Most of the orchard was lost to frost in April,” said Jonas Pel."],
        ),
        (
            '"After the flood," the mayor said, "the school reopened in a tent."',
            ['"After the flood the school reopened in a tent," the mayor said.'],
        ),
        # in single quotes too, where an apostrophe inside a word opens nothing
        (
            "'The ferry,' the port captain said, 'leaves at nine. The bus waits.'",
            [
                "'The ferry leaves at nine,' the port captain said.",
                "'The bus waits,' the port captain said.",
            ],
        ),
        (
            "‘The captain’s ferry,’ said Jonas Pel, ‘hasn’t left.’",
            ["‘The captain’s ferry hasn’t left,’ said Jonas Pel."],
        ),
        # one sentence ends before the speaker, the next begins after: a claim each
        (
            '"The ferry left at nine," the port captain said, "The bus waited."',
            [
                '"The ferry left at nine," the port captain said.',
                '"The bus waited," the port captain said.',
            ],
        ),
    ],
)
def test_a_quotation_interrupted_mid_sentence_joins_its_parts(
    document: str, expected: list[str]
) -> None:
    assert texts(document) == expected


def test_the_rest_of_an_interrupted_quotation_keeps_the_speaker() -> None:
    from factcheck.analyze import analyze

    document = (
        '"The ferry," the port captain said, "leaves at nine. The bus waits. '
        'Nobody is stranded."\n\n"Tickets are free," the port captain said.'
    )
    claims = analyze(document).claims
    assert [c.frame.speaker for c in claims] == ["the port captain"] * 4
    assert [[m.kind for m in c.markers] for c in claims] == [["attribution"]] * 4
    first = claims[0].claim
    # its parts: the two quoted pieces and the speaker between them, in source order
    assert [document[a:b] for a, b in first.parts] == [
        "The ferry",
        "the port captain said",
        "leaves at nine",
    ]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            'As the warden put it: "The roof held. The cellar stayed dry."',
            [
                'As the warden put it: "The roof held."',
                'As the warden put it: "The cellar stayed dry."',
            ],
        ),
        (
            '"The roof held. The cellar stayed dry," as the warden put it.',
            [
                '"The roof held," as the warden put it.',
                '"The cellar stayed dry," as the warden put it.',
            ],
        ),
    ],
)
def test_as_the_speaker_put_it_introduces_a_quotation(
    document: str, expected: list[str]
) -> None:
    assert texts(document) == expected


def test_each_part_of_an_interrupted_quotation_carries_the_speaker() -> None:
    from factcheck.analyze import analyze

    document = '"The roof held," the warden said, "and the cellar stayed dry."'
    claims = analyze(document).claims
    assert [[m.kind for m in c.markers] for c in claims] == [["attribution"], ["attribution"]]
    for c in claims:
        assert c.claim.quote == document[c.claim.start : c.claim.end]
        assert list(c.claim.parts) == sorted(c.claim.parts)


def test_each_claim_of_an_according_to_quotation_carries_the_attribution() -> None:
    from factcheck.analyze import analyze

    document = "'The ferry is late. The crew is sick,' according to the harbour master."
    kinds = [[m.kind for m in c.markers] for c in analyze(document).claims]
    assert kinds == [["attribution"], ["attribution"]]


# A quotation the segmenter cuts into several sentences (news style reopens a long
# quotation at each paragraph and closes it only at the last) is attributed as a whole.
@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            "“The pumps failed at dawn.\n\n“Two streets flooded. The school shut,” "
            "the fire chief, Ines Varga, told reporters.",
            [
                "“The pumps failed at dawn,” the fire chief, Ines Varga, told reporters.",
                "“Two streets flooded,” the fire chief, Ines Varga, told reporters.",
                "“The school shut,” the fire chief, Ines Varga, told reporters.",
            ],
        ),
        (
            "The fire chief said: “The pumps failed at dawn.\n\n“Two streets flooded.”",
            [
                "The fire chief said: “The pumps failed at dawn.”",
                "The fire chief said: “Two streets flooded.”",
            ],
        ),
        (
            "“The pumps failed at dawn,” Varga said. “Two streets flooded.\n\n“The school shut.”",
            [
                "“The pumps failed at dawn,” Varga said.",
                "“Two streets flooded,” Varga said.",
                "“The school shut,” Varga said.",
            ],
        ),
        (
            '"The pumps failed," Varga said. "Two streets flooded."',
            ['"The pumps failed," Varga said.', '"Two streets flooded," Varga said.'],
        ),
        # a paragraph that is one quotation and nothing else continues the speaker the
        # paragraph before named last; a sentence in between ends the speaker's turn
        (
            '"The pumps failed," Varga said.\n\n"Two streets flooded."',
            ['"The pumps failed," Varga said.', '"Two streets flooded," Varga said.'],
        ),
        (
            '"The pumps failed," Varga said. The river fell. "Two streets flooded."',
            ['"The pumps failed," Varga said.', "The river fell.", '"Two streets flooded."'],
        ),
        # a quotation never closed names nobody
        (
            "“The pumps failed at dawn.\n\nThe river fell by noon.",
            ["“The pumps failed at dawn.", "The river fell by noon."],
        ),
    ],
)
def test_a_quotation_over_several_sentences_is_attributed_throughout(
    document: str, expected: list[str]
) -> None:
    claims = claims_of(document)
    assert [c.text for c in claims] == expected
    for claim in claims:
        assert claim.quote == document[claim.start : claim.end]


def test_a_continued_quotation_carries_the_speakers_marker() -> None:
    from factcheck.analyze import analyze

    document = (
        "“The pumps failed at dawn,” Ines Varga said. “Two streets may flood.\n\n“We were lucky.”"
    )
    claims = analyze(document).claims
    assert len(claims) == 3
    for claim in claims:
        speakers = {m.speaker for m in claim.markers if m.kind == "attribution"}
        assert speakers == {"Ines Varga"}
        # the quote is the claim's own words, inside its own sentence
        assert "Varga" not in claim.claim.quote or claim is claims[0]
    assert [m.kind for m in claims[1].markers if m.kind == "hedge"] == ["hedge"]
    assert not [m for m in claims[2].markers if m.kind == "hedge"]


def test_each_quoted_claim_carries_the_speaker() -> None:
    from factcheck.analyze import analyze

    document = '"Prices rose in March. Wages may fall," the minister said.'
    claims = analyze(document).claims
    assert len(claims) == 2
    for claim in claims:
        speakers = {m.speaker for m in claim.markers if m.kind == "attribution"}
        assert speakers == {"the minister"}
        assert claim.claim.quote == document[claim.claim.start : claim.claim.end]
    assert [m.text for m in claims[1].markers if m.kind == "hedge"] == ["may"]
    assert not [m for m in claims[0].markers if m.kind == "hedge"]


def test_direct_questions_are_no_claims() -> None:
    document = (
        "Would a 40% cut in fares be worth it? The council cut fares by 40%. "
        'Is the ferry safe? "We checked the hull," the captain said.'
    )
    got = texts(document)
    assert not any(t.rstrip("\"'”’").endswith("?") for t in got)
    assert "The council cut fares by 40%." in got
    assert len(segment(document)) == 4  # the questions stay sentences


@pytest.mark.parametrize(
    "sentence",
    [
        "The militia, having burned the depot and blocked the road, retreated.",
        "Having burned the depot and blocked the road, the militia retreated.",
        "The bridge, being inspected and repainted, stayed shut.",
    ],
)
def test_a_verb_coordinated_in_a_participle_clause_stays_there(sentence: str) -> None:
    assert texts(sentence) == [sentence]


def test_a_participle_clause_goes_with_each_main_predicate() -> None:
    assert texts("The mill, having lost money, cut jobs and closed two plants.") == [
        "The mill, having lost money, cut jobs.",
        "The mill, having lost money, closed two plants.",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Wardens said a hiker, 45, had been found, and a dog was missing.",
            ["Wardens said a hiker, 45, had been found.", "Wardens said a dog was missing."],
        ),
        (
            "The clinic said a patient, aged 80, was discharged and two nurses were ill.",
            [
                "The clinic said a patient, aged 80, was discharged.",
                "The clinic said two nurses were ill.",
            ],
        ),
        (
            "The owner, a retired teacher, was unhurt and the barn burned, firefighters said.",
            [
                "The owner, a retired teacher, was unhurt, firefighters said.",
                "The barn burned, firefighters said.",
            ],
        ),
    ],
)
def test_an_age_or_description_between_commas_is_an_aside_of_its_noun(
    sentence: str, expected: list[str]
) -> None:
    # neither a clause boundary nor a series: each part keeps the speaker
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a kept comma meets the attribution's own comma: one comma
        (
            "Bread rose 2.5% over the month, while milk rose 1.1%, the bureau said.",
            [
                "Bread rose 2.5% over the month, the bureau said.",
                "Milk rose 1.1%, the bureau said.",
            ],
        ),
        # the closing mark of a quotation in the other claim is not left behind
        (
            'The coach said his team "played without fear" and would win the cup.',
            [
                'The coach said his team "played without fear".',
                "The coach said his team would win the cup.",
            ],
        ),
    ],
)
def test_split_claims_carry_no_stray_punctuation(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("document", "quotes"),
    [
        (
            '"The roof leaked. Two classes moved. Lessons resumed," the head teacher said.',
            ["The roof leaked.", "Two classes moved.", 'Lessons resumed," the head teacher said'],
        ),
        (
            'The pilot said: "We lost an engine. Everyone is safe."',
            ['The pilot said: "We lost an engine.', "Everyone is safe."],
        ),
    ],
)
def test_a_quoted_sentence_stores_its_own_words_as_its_quote(
    document: str, quotes: list[str]
) -> None:
    # the speaker still goes with every claim (its parts), but the stored quote of one
    # sentence does not run over its siblings to the end of the quotation
    claims = claims_of(document)
    assert [c.quote for c in claims] == quotes
    assert all(len(c.parts) == 2 for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry hit the pier, injuring 14 passengers.",
            ("The ferry hit the pier", "14 passengers were injured"),
        ),
        ("A wall fell, killing a horse.", ("A wall fell", "a horse was killed")),
        (
            "The blaze spread, forcing 90 people from their flats.",
            ("The blaze spread", "90 people were forced from their flats"),
        ),
        (
            "A tanker ran aground, spilling 30 tonnes of oil.",
            ("A tanker ran aground", "30 tonnes of oil were spilled"),
        ),
        (
            "Fuel rose, pushing the fare up to 5 euros.",
            ("Fuel rose", "the fare was pushed up to 5 euros"),
        ),
        # prepositions and framing participles, or no participle clause: none
        ("Nine roads closed, including the ring road.", None),
        ("The council met, saying little.", None),
        ("The ferry hit the pier on Monday.", None),
    ],
)
def test_participle_clause_reads_as_a_passive(text: str, expected: tuple[str, str] | None) -> None:
    from factcheck.extract import participle_clause

    assert participle_clause(text) == expected


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            'The ferry was late.\n<img src="pier-2026.jpg" alt="The pier at 6 a.m.">\n'
            "It carried 40 cars.",
            ["The ferry was late.", "It carried 40 cars."],
        ),
        ("<p>The dam held overnight.</p>", ["The dam held overnight."]),
        ("The levy rose <b>3%</b> in May.", ["The levy rose 3% in May."]),
        ("<!-- 2025 draft -->\nThe dam held.", ["The dam held."]),
        ("<script>var total = 40;</script>\nThe dam held.", ["The dam held."]),
        ("Turnout was 3 < 4 of the wards' target.", ["Turnout was 3 < 4 of the wards' target."]),
    ],
)
def test_markup_in_plain_text_is_no_claim(text: str, claims: list[str]) -> None:
    found = extract_claims(text, segment(text))
    assert [c.text for c in found] == claims
    for claim in found:
        assert claim.quote == text[claim.start : claim.end]


def test_a_closing_role_for_an_organisation_attributes_every_conjunct() -> None:
    text = "The depot hired 30 drivers and bought 12 buses, a spokeswoman for the council said."
    claims = [c.text for c in extract_claims(text, segment(text))]
    assert claims == [
        "The depot hired 30 drivers, a spokeswoman for the council said.",
        "The depot bought 12 buses, a spokeswoman for the council said.",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the subject of a clause may join two noun phrases: its "and" splits nothing
        (
            "Trains stopped, and the coast road and two ferries were halted.",
            ["Trains stopped.", "The coast road and two ferries were halted."],
        ),
        (
            "The council met and the mayor and her deputy resigned.",
            ["The council met.", "The mayor and her deputy resigned."],
        ),
        # an object joined by "and" stays the first verb's
        (
            "He sold the house and the car and bought a boat.",
            ["He sold the house and the car.", "He bought a boat."],
        ),
    ],
)
def test_clause_with_a_joined_subject(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ferries were cancelled and flights grounded.", "Flights were grounded."),
        ("Two people were killed and 12 injured.", "12 were injured."),
        ("The mayors were arrested and the clerk questioned.", "The clerk was questioned."),
        ("The school has been closed and its pupils sent home.", "Its pupils have been sent home."),
        ("The mayor is being questioned and his aides detained.", "His aides are being detained."),
        ("The road will be closed and drivers warned.", "Drivers will be warned."),
        # active as written: a verb that alternates, one with an object, a past form
        # that is no participle, a main clause that is no passive
        ("Roads were closed and schools shut on Monday.", "Schools shut on Monday."),
        ("Four men were arrested and police searched three homes.", "Police searched three homes."),
        ("The ship was repaired and the crew flew home.", "The crew flew home."),
        ("The bridge is safe and engineers agreed.", "Engineers agreed."),
    ],
)
def test_gapped_passive_takes_its_auxiliary_back(sentence: str, expected: str) -> None:
    assert texts(sentence)[1] == expected


def test_borrowed_auxiliary_is_no_part_of_the_claims_source() -> None:
    document = "Ferries were cancelled and flights grounded, the port said."
    second = claims_of(document)[1]
    assert second.text == "Flights were grounded, the port said."
    assert [document[a:b] for a, b in second.parts] == ["flights grounded", ", the port said"]
    assert second.quote == "flights grounded, the port said"


def test_quotation_after_a_sentence_reporting_its_speaker() -> None:
    document = (
        "Warden Lise Ohm said the gate had been forced. "
        '"Two locks were cut. Nothing was taken."'
    )
    assert texts(document) == [
        "Warden Lise Ohm said the gate had been forced.",
        'Warden Lise Ohm said: "Two locks were cut."',
        'Warden Lise Ohm said: "Nothing was taken."',
    ]


@pytest.mark.parametrize(
    "first",
    [
        "After the vote, the mayor spoke to reporters.",  # no reporting verb
        "The man who fled said nothing.",  # a verb before the reporting verb
    ],
)
def test_quotation_after_a_sentence_without_a_speaker_stays_unattributed(first: str) -> None:
    assert texts(f'{first} "We lost the vote."')[-1] == '"We lost the vote."'


def test_quotation_speaker_with_an_aside_speaks_each_sentence() -> None:
    document = (
        '"The lift is broken. The stairs are unlit," a tenant of the block, who gave only '
        "her first name, told the Ledger."
    )
    tail = "a tenant of the block, who gave only her first name, told the Ledger."
    assert texts(document) == [f'"The lift is broken," {tail}', f'"The stairs are unlit," {tail}']


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The budget is not only late but also incomplete.",
            ["The budget is late.", "The budget is incomplete."],
        ),
        (
            "The plan was not only costly but unpopular, critics said.",
            ["The plan was costly, critics said.", "The plan was unpopular, critics said."],
        ),
        (
            "The new bridge is not only a landmark but also a lifeline.",
            ["The new bridge is a landmark.", "The new bridge is a lifeline."],
        ),
        # a fronted copula goes back after its subject before a second noun phrase
        (
            "Not only is the bridge a hazard, but it is also an eyesore.",
            ["The bridge is a hazard.", "It is also an eyesore."],
        ),
    ],
)
def test_not_only_with_a_copula_asserts_both_complements(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a subject of a series of noun phrases, commas and all
        (
            "Rain fell, and schools, shops and offices were shut.",
            ["Rain fell.", "Schools, shops and offices were shut."],
        ),
        (
            "Trains stopped, and the A2, the A3 and two bridges were closed.",
            ["Trains stopped.", "The A2, the A3 and two bridges were closed."],
        ),
        # clauses in a series that a conjunction and a clause close
        (
            "The mayor resigned, the council collapsed and new elections were called.",
            ["The mayor resigned.", "The council collapsed.", "New elections were called."],
        ),
        # an attribution set off inside the sentence is no clause of the series
        (
            "Rail services resumed, a spokeswoman said, but the A2 remains closed.",
            ["Rail services resumed, a spokeswoman said.", "The A2 remains closed."],
        ),
        # a list of objects stays the verb's
        (
            "Police arrested the driver, the owner and two passengers.",
            ["Police arrested the driver, the owner and two passengers."],
        ),
    ],
)
def test_series_of_subjects_and_of_clauses(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb that may be a noun ("cut") stays the main verb before a series
        (
            "The firm cut 200 jobs, closed two plants and sold its fleet.",
            ["The firm cut 200 jobs.", "The firm closed two plants.", "The firm sold its fleet."],
        ),
        # after a clause of another subject the predicate may be either subject's
        (
            "The mayor resigned, the council collapsed and called elections.",
            ["The mayor resigned, the council collapsed and called elections."],
        ),
        # an attribution set off by commas is no such clause
        (
            "The bridge closed on Monday, officials said, and reopened on Friday.",
            ["The bridge closed on Monday, officials said.", "The bridge reopened on Friday."],
        ),
    ],
)
def test_predicate_series_and_a_clause_of_another_subject(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # the speaker the paragraph before named last, after its last comma …
        (
            "The ferry will run again in June, the harbourmaster said.\n\n"
            '"We have ordered two new engines."',
            [
                "The ferry will run again in June, the harbourmaster said.",
                '"We have ordered two new engines," the harbourmaster said.',
            ],
        ),
        # … before its reporting verb, one claim per quoted sentence
        (
            "Councillor Ada Brenn said the library would stay open.\n\n"
            '"Nobody will lose a reading room. The hours stay the same."',
            [
                "Councillor Ada Brenn said the library would stay open.",
                'Councillor Ada Brenn said: "Nobody will lose a reading room."',
                'Councillor Ada Brenn said: "The hours stay the same."',
            ],
        ),
        # a paragraph naming its own speaker keeps it
        (
            "The ferry will run again in June, the harbourmaster said.\n\n"
            '"We will be late," the captain said.',
            [
                "The ferry will run again in June, the harbourmaster said.",
                '"We will be late," the captain said.',
            ],
        ),
        # nobody named before, or a sentence of the paragraph's own after the quote
        (
            'The ferry will run again in June.\n\n"We have ordered two new engines."',
            ["The ferry will run again in June.", '"We have ordered two new engines."'],
        ),
        (
            "The ferry will run again in June, the harbourmaster said.\n\n"
            '"We have ordered two new engines." The yard opened in May.',
            [
                "The ferry will run again in June, the harbourmaster said.",
                '"We have ordered two new engines."',
                "The yard opened in May.",
            ],
        ),
    ],
)
def test_a_paragraph_of_one_quotation_takes_the_speaker_named_just_before(
    document: str, expected: list[str]
) -> None:
    assert texts(document) == expected


@pytest.mark.parametrize(
    ("document", "quoted"),
    [
        # the sentence after points back at the quotation and names who said it
        (
            "The tanker ran aground at dawn, the port authority said.\n\n"
            '"The hull cracked open. We lost power."\n\n'
            "That was the account of Tomas Brell, a deckhand on the tanker.",
            ['Tomas Brell said: "The hull cracked open."', 'Tomas Brell said: "We lost power."'],
        ),
        (
            '"The roof gave way," Varga said.\n\n"We ran."\n\n'
            "Those were the words of the caretaker.",
            ['The caretaker said: "We ran."'],
        ),
        (
            '"The gates held."\n\nSo said Ines Roth, the lock keeper.',
            ['Ines Roth said: "The gates held."'],
        ),
        (
            'Officials said the mill closed. "Nobody warned us." That is what the union '
            "told members on Friday.",
            ['The union said: "Nobody warned us."'],
        ),
        # … or points back and names nobody definite: the quotation stays unattributed
        (
            "The tanker ran aground at dawn, the port authority said.\n\n"
            '"Utter panic."\n\nThat was how one deckhand described the night.',
            ['"Utter panic."'],
        ),
        (
            'The mill closed, the owners said.\n\n"We were betrayed."\n\n'
            "That was the view of many workers.",
            ['"We were betrayed."'],
        ),
        # another person opens the sentence after: two people in reach, none chosen
        (
            'Police said on Sunday that the driver had fled.\n\n"It is a scandal."\n\n'
            "The mayor visited the crossing later.",
            ['"It is a scandal."'],
        ),
        (
            'Police said the driver had fled. "It is a scandal." Councillor Ana Pell '
            "called for a review.",
            ['"It is a scandal."'],
        ),
        # the same speaker goes on: named again, a pronoun, or nobody after
        (
            'Police said on Sunday that the driver had fled.\n\n"He took the van."\n\n'
            "Police named him on Monday.",
            ['Police said: "He took the van."'],
        ),
        (
            '"The roof gave way," Varga said.\n\n"We ran."\n\nShe left at noon.',
            ['"We ran," Varga said.'],
        ),
        (
            '"The roof gave way," Ines Varga said.\n\n"We ran."\n\nVarga left at noon.',
            ['"We ran," Ines Varga said.'],
        ),
        # a pointer to something else is no pointer to the quotation
        (
            'The mill closed, the owners said.\n\n"It was over in a week."\n\n'
            "That was the end of the dispute.",
            ['"It was over in a week," the owners said.'],
        ),
    ],
)
def test_a_free_standing_quotation_takes_no_speaker_the_text_after_rules_out(
    document: str, quoted: list[str]
) -> None:
    """Issue #10, "claims nobody made" (tester10b F-Q1): a quotation with no speech tag
    is never given a speaker the sentence after it contradicts."""
    # the claims read from inside a quotation (one of several sentences is cut into
    # them by the segmenter, tester10c F7)
    alone = r'(?:^|(?<=[.!?]\s)|(?<=\n))"[^"]*[.!?]"(?=\s|$)'
    inside = [m.span() for m in re.finditer(alone, document)]
    claims = extract_claims(document, segment(document), threshold=0.0)
    assert [c.text for c in claims if any(a <= c.start < b for a, b in inside)] == quoted


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # the lead-in ends its paragraph; each quoted sentence below is the speaker's
        (
            'Ice closed the canal. The lock keeper said:\n\n"The gates held. One barge sank."',
            [
                "Ice closed the canal.",
                'The lock keeper said: "The gates held."',
                'The lock keeper said: "One barge sank."',
            ],
        ),
        # the audience of "told" stays; a time after the verb is part of the lead-in
        (
            "The warden told the volunteers on Friday:\n\n“The dunes close in April.”",
            ["The warden told the volunteers on Friday: “The dunes close in April.”"],
        ),
        (
            "Later the coach warned parents:\r\n\r\n\"Two buses are off the road.\"",
            ['Later the coach warned parents: "Two buses are off the road."'],
        ),
        # a fronted participle phrase, a place and a time; the paragraph goes on after
        # the quotation, which is still the lead-in's
        (
            "Asked about the delay, Ines Roth wrote in a statement:\n\n"
            '"The tender failed." Work stopped.',
            [
                'Asked about the delay, Ines Roth wrote in a statement: "The tender failed."',
                "Work stopped.",
            ],
        ),
        # a quotation over two paragraphs, reopened, keeps the lead-in's speaker
        (
            'The chief has said:\n\n"The blaze is out.\n\n"Two homes were lost."',
            [
                'The chief has said: "The blaze is out."',
                'The chief has said: "Two homes were lost."',
            ],
        ),
        # a lead-in with nothing after it claims nothing either
        ("The port closed at noon. The harbour master said:", ["The port closed at noon."]),
    ],
)
def test_a_lead_in_is_no_claim_and_its_quotation_is_the_speakers(
    document: str, expected: list[str]
) -> None:
    assert texts(document) == expected


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # an object before the colon: a claim, and the quotation keeps the object
        (
            'The board announced three closures:\n\n"The depot will shut."',
            [
                "The board announced three closures:",
                'The board announced three closures: "The depot will shut."',
            ],
        ),
        # a clause after the verb, or a clause of its own before the speaker
        ("The engineer said the levee broke:", ["The engineer said the levee broke:"]),
        ("The levee broke, the engineer said:", ["The levee broke, the engineer said:"]),
    ],
)
def test_a_sentence_with_more_than_a_lead_in_stays_a_claim(
    document: str, expected: list[str]
) -> None:
    assert texts(document) == expected


def quoted_claims(document: str) -> list[tuple[str, str]]:
    """(claim text, the claim's source span) of every claim."""
    return [(c.text, c.quote) for c in claims_of(document)]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # the segmenter cuts a quotation interrupted by its speaker inside its first
        # part: each quoted sentence is the speaker's; the span of each is its own words
        # (with the speaker only across marks alone), never the speaker and another
        # sentence
        (
            '"Fares rose in June. Buses ran late," the operator said, '
            '"and two routes closed. Drivers quit."',
            [
                ('"Fares rose in June," the operator said.', "Fares rose in June"),
                ('"Buses ran late," the operator said.', 'Buses ran late," the operator said'),
                ('"Two routes closed," the operator said.', "two routes closed"),
                ('"Drivers quit," the operator said.', "Drivers quit"),
            ],
        ),
        # the second part left open goes on in the next paragraph with the same speaker
        (
            '"Fares rose in June. Buses ran late," the operator said, "and two routes closed.'
            '\n\n"Drivers quit."',
            [
                ('"Fares rose in June," the operator said.', "Fares rose in June"),
                ('"Buses ran late," the operator said.', 'Buses ran late," the operator said'),
                ('"Two routes closed," the operator said.', "two routes closed"),
                ('"Drivers quit," the operator said.', "Drivers quit"),
            ],
        ),
        # one sentence interrupted, then more sentences in its second part
        (
            '"Fares rose in June," the operator said, "and two routes closed. Drivers quit."',
            [
                (
                    '"Fares rose in June," the operator said.',
                    'Fares rose in June," the operator said',
                ),
                ('"Two routes closed," the operator said.', "two routes closed"),
                ('"Drivers quit," the operator said.', "Drivers quit"),
            ],
        ),
    ],
)
def test_each_sentence_of_a_quotation_has_its_own_span_and_the_speaker(
    document: str, expected: list[tuple[str, str]]
) -> None:
    assert quoted_claims(document) == expected


def test_a_short_quoted_sentence_keeps_its_speaker_in_the_frame() -> None:
    from factcheck.analyze import analyze

    document = '"Fares rose. Drivers quit," Ines Roth said. "Buses ran late. Nobody came."'
    assert [c.frame.speaker for c in analyze(document).claims] == ["Ines Roth"] * 4


@pytest.mark.parametrize(
    "sentence",
    [
        # "it" may be the court or the fine; the sentence stays whole
        "The court upheld the fine, but it set aside the ban.",
        # "it" is the library, not the council that is the first clause's subject
        "The council cut the budget of the library, but it stayed open.",
        # "it" stands for nothing
        "The mayor resigned on Friday, but it was too late.",
        # after a speaker, and with "they" and "she"
        "Officials said the board approved the levy, but it delayed the vote.",
        "The mayor thanked the volunteers, and they refused the award.",
        "The judge praised the jury, but she set aside the verdict.",
    ],
)
def test_a_clause_with_a_pronoun_for_subject_keeps_the_sentence_whole(sentence: str) -> None:
    assert texts(sentence) == [sentence]


def test_a_clause_with_its_own_named_subject_still_splits() -> None:
    assert texts("The court upheld the fine, and the council appealed.") == [
        "The court upheld the fine.",
        "The council appealed.",
    ]


# A bulleted or numbered list under a line ending in a colon says what that line
# introduces: each item is a claim of its own, rendered after the introducing words (the
# speaker of a lead-in is the item's speaker), without its marker; never a credit line.
@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            "The Orrin council said:\n- the pier will close in May\n- fares will rise by 5%\n",
            [
                "The Orrin council said: the pier will close in May.",
                "The Orrin council said: fares will rise by 5%.",
            ],
        ),
        (
            "The ferry ran late. The harbour master told reporters:\n\n"
            "1. Two boats were damaged.\n2. Ann Lee will lead the review.\n",
            [
                "The ferry ran late.",
                "The harbour master told reporters: Two boats were damaged.",
                "The harbour master told reporters: Ann Lee will lead the review.",
            ],
        ),
        (
            "The plan has two parts:\n• Tolls rise by 4%.\n• The depot is sold.\n",
            [
                "The plan has two parts:",
                "The plan has two parts: Tolls rise by 4%.",
                "The plan has two parts: The depot is sold.",
            ],
        ),
        (
            "The tram line reopened.\n\n- Fares rose by 4%.\n- The depot was sold.\n",
            ["The tram line reopened.", "Fares rose by 4%.", "The depot was sold."],
        ),
    ],
)
def test_list_items_are_claims_of_what_introduces_them(document: str, expected: list[str]) -> None:
    assert texts(document) == expected


def test_a_list_item_under_a_lead_in_has_the_lead_ins_speaker() -> None:
    document = "Mayor Ines Roth said:\n- the Orrin pier will close in May\n"
    (claim,) = analyze(document).claims
    assert claim.claim.text == "Mayor Ines Roth said: the Orrin pier will close in May."
    assert claim.frame.speaker == "Mayor Ines Roth"
    assert claim.frame.subject == "orrin pier"


# A passive that keeps an object (naming and electing, two objects): split only where its
# voice is plain, whole where the object may be the passive's or the active's.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ines Roth was born in Tamsey and elected mayor in 2022.",
            ["Ines Roth was born in Tamsey.", "Ines Roth was elected mayor in 2022."],
        ),
        (
            "Lund was sacked in March and appointed coach of Ostby in May.",
            ["Lund was sacked in March.", "Lund was appointed coach of Ostby in May."],
        ),
        (
            "The crew was rescued and shown the wreck.",
            ["The crew was rescued.", "The crew was shown the wreck."],
        ),
        (
            "The crossing was built in 1975 and named the Kestrow Bridge.",
            ["The crossing was built in 1975 and named the Kestrow Bridge."],
        ),
        (
            "The team was beaten in May and awarded the cup in June.",
            ["The team was beaten in May and awarded the cup in June."],
        ),
        (
            "The trawler was repaired and renamed the Silver Gull.",
            ["The trawler was repaired and renamed the Silver Gull."],
        ),
        (
            "Roth was elected mayor and named Lund her deputy.",
            ["Roth was elected mayor and named Lund her deputy."],
        ),
    ],
)
def test_a_passive_that_keeps_an_object_keeps_its_voice(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


# One object test (_object_follows) for every conjunct: a pronoun, a name or a bare noun
# after a past form makes it active, in a predicate conjunct as in a gapped passive.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lund was elected mayor and said taxes would rise.",
            ["Lund was elected mayor.", "Lund said taxes would rise."],
        ),
        (
            "The pier was sold and housed boats until 1990.",
            ["The pier was sold.", "The pier housed boats until 1990."],
        ),
        (
            "Roads were closed and police searched homes.",
            ["Roads were closed.", "Police searched homes."],
        ),
        (
            "The dock was closed and reopened weeks later.",
            ["The dock was closed.", "The dock was reopened weeks later."],
        ),
        (
            "The pier was damaged and closed again.",
            ["The pier was damaged.", "The pier was closed again."],
        ),
    ],
)
def test_one_object_test_reads_every_conjuncts_voice(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


# A word that may be a noun ("set", "cut", "hit") before a determiner, or a particle and
# a determiner, is the verb of a clause after ", but" or ";": no noun phrase takes them.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The tribunal upheld the fine, but the judge set aside the ban.",
            ["The tribunal upheld the fine.", "The judge set aside the ban."],
        ),
        (
            "The tribunal upheld the fine; the judge set aside the ban.",
            ["The tribunal upheld the fine.", "The judge set aside the ban."],
        ),
        (
            "Rents rose, but the panel cut the fee.",
            ["Rents rose.", "The panel cut the fee."],
        ),
        (
            "The mill closed, but the town set up a fund.",
            ["The mill closed.", "The town set up a fund."],
        ),
        (
            "The tribunal upheld the fine, but it set aside the ban.",
            ["The tribunal upheld the fine, but it set aside the ban."],
        ),
    ],
)
def test_a_clause_whose_verb_may_be_a_noun_is_a_claim_of_its_own(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


# A sentence adverb or a time phrase fronted without its comma ("Later", "On Monday",
# "Last week") is shared by every clause split off, as one with its comma is.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Later the quay reopened and the ferry sailed.",
            ["Later the quay reopened.", "Later the ferry sailed."],
        ),
        (
            "On Monday the quay reopened and the ferry sailed.",
            ["On Monday the quay reopened.", "On Monday the ferry sailed."],
        ),
        (
            "In May the quay reopened and the ferry sailed.",
            ["In May the quay reopened.", "In May the ferry sailed."],
        ),
        (
            "Earlier this year the mill cut 200 jobs and closed two plants.",
            [
                "Earlier this year the mill cut 200 jobs.",
                "Earlier this year the mill closed two plants.",
            ],
        ),
        (
            "On the quay the crowd cheered and the band played.",
            ["On the quay the crowd cheered.", "The band played."],
        ),
    ],
)
def test_a_fronted_adverbial_without_its_comma_is_shared(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


# A split conjunct takes the subject and the auxiliaries of the first, but a negation
# only where it covers both: "not A but B" asserts B, "A but not B" denies B, and a
# "not" of the conjunct's own stays with it. A negation fused into the shared
# auxiliary ("wasn't") cannot be left behind, so that sentence stays whole.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The warehouse was not looted but burned.",
            ["The warehouse was not looted.", "The warehouse was burned."],
        ),
        (
            "The ferry was not scrapped, but sold.",
            ["The ferry was not scrapped.", "The ferry was sold."],
        ),
        (
            "The bridge has not been widened but rebuilt.",
            ["The bridge has not been widened.", "The bridge has been rebuilt."],
        ),
        (
            "The warehouse was looted but not burned.",
            ["The warehouse was looted.", "The warehouse was not burned."],
        ),
        (
            "The envoy resigned but never left the capital.",
            ["The envoy resigned.", "The envoy never left the capital."],
        ),
        (
            "The drivers were questioned and not charged.",
            ["The drivers were questioned.", "The drivers were not charged."],
        ),
        ("The warehouse wasn't looted but burned.", ["The warehouse wasn't looted but burned."]),
        ("The warehouse wasn't looted and burned.", ["The warehouse wasn't looted and burned."]),
    ],
)
def test_a_negation_stays_in_its_own_conjunct(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


# The attribution before a reported clause keeps its adjuncts (where, when, to whom) in
# every claim split from the clause, so the second "that"-clause keeps its date.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The council said in a letter on Tuesday that 14 homes were empty and that "
            "six were sold.",
            [
                "The council said in a letter on Tuesday that 14 homes were empty.",
                "The council said in a letter on Tuesday that six were sold.",
            ],
        ),
        (
            "The coach told players in Lund that the match was off and that it would be replayed.",
            [
                "The coach told players in Lund that the match was off.",
                "The coach told players in Lund that it would be replayed.",
            ],
        ),
        (
            "Rangers said early on Sunday that two hikers were found and that one was missing.",
            [
                "Rangers said early on Sunday that two hikers were found.",
                "Rangers said early on Sunday that one was missing.",
            ],
        ),
    ],
)
def test_a_split_reported_clause_keeps_the_whole_attribution(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


# Two verbs sharing one object ("seized and burned two trucks") are not split into a
# verb without its object; a verb that stands alone, or a passive, still splits.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rebels seized and burned two trucks.", ["Rebels seized and burned two trucks."]),
        ("The firm builds and leases cranes.", ["The firm builds and leases cranes."]),
        (
            "The envoy resigned and left the capital.",
            ["The envoy resigned.", "The envoy left the capital."],
        ),
        (
            "The driver was stopped and fined 200 euros.",
            ["The driver was stopped.", "The driver was fined 200 euros."],
        ),
        (
            "The wounded were treated in Lund and the dead taken to a morgue.",
            ["The wounded were treated in Lund.", "The dead were taken to a morgue."],
        ),
    ],
)
def test_a_shared_object_is_not_cut_off(sentence: str, expected: list[str]) -> None:
    assert texts(sentence) == expected


# A contrastive correction "not X but Y" denies X and asserts Y in its place: two claims,
# the denial and the assertion, each with the closing attribution; what follows Y after
# a comma is said of Y. A clause after "but", "not only … but also" and a "do" that puts
# the verb inside X keep the sentence as the other rules have it.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fare is not 3 but 4 euros.", ["The fare is not 3.", "The fare is 4 euros."]),
        (
            "The blaze was not an accident but arson, the fire service said.",
            [
                "The blaze was not an accident, the fire service said.",
                "The blaze was arson, the fire service said.",
            ],
        ),
        (
            "The militia shelled not Varn but Tusk.",
            ["The militia shelled not Varn.", "The militia shelled Tusk."],
        ),
        (
            "The vote takes place not on Monday but rather on Thursday.",
            ["The vote takes place not on Monday.", "The vote takes place on Thursday."],
        ),
        (
            "Police said the crash was not a hit-and-run but a tyre failure.",
            [
                "Police said the crash was not a hit-and-run.",
                "Police said the crash was a tyre failure.",
            ],
        ),
        (
            "Turnout was not 40% but 52%, up from 48% in 2022.",
            ["Turnout was not 40%.", "Turnout was 52%, up from 48% in 2022."],
        ),
        (
            "The levy is not a tax but a fee (officials insist).",
            ["The levy is not a tax.", "The levy is a fee (officials insist)."],
        ),
        (
            "The cause was not a bomb but a gas leak.",
            ["The cause was not a bomb.", "The cause was a gas leak."],
        ),
        (
            "The storm hit not only Varn but also Tusk.",
            ["The storm hit not only Varn but also Tusk."],
        ),
        ("The militia did not shell Varn but Tusk.", ["The militia did not shell Varn but Tusk."]),
        (
            "The toll is not final but officials expect it to rise.",
            ["The toll is not final.", "Officials expect it to rise."],
        ),
    ],
)
def test_a_contrastive_not_x_but_y_denies_x_and_asserts_y(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


# "Not X but Y" opening the subject (tester10b F-G2a) is the same correction: X is denied
# with the predicate (sharing Y's noun when X only counts), Y asserted with it; "not one
# but two" stresses Y and denies nothing; a "but" after the verb joins clauses.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Not 30 but 45 sheep drowned in the flood.",
            ["Not 30 sheep drowned in the flood.", "45 sheep drowned in the flood."],
        ),
        (
            "Not 30, but about 45 sheep drowned, the farmers' union said.",
            [
                "Not 30 sheep drowned, the farmers' union said.",
                "About 45 sheep drowned, the farmers' union said.",
            ],
        ),
        (
            "Not the warden but his deputy locked the gate.",
            ["Not the warden locked the gate.", "His deputy locked the gate."],
        ),
        (
            "Rangers said not 30 but 45 sheep drowned.",
            ["Rangers said not 30 sheep drowned.", "Rangers said 45 sheep drowned."],
        ),
        (
            "Not all but most cabins were cleared.",
            ["Not all cabins were cleared.", "Most cabins were cleared."],
        ),
        ("Not one but three barns burned.", ["Three barns burned."]),
        ("Not only Varn but also Tusk was shelled.", ["Not only Varn but also Tusk was shelled."]),
        ("Not until May did the ferry sail.", ["Not until May did the ferry sail."]),
        # X and Y that say when, why or how often are no subject (reviewer F3): the
        # clause is asserted with Y, and X denied as after the verb ("The ferry sails not
        # on Friday"); never a denial of the whole (reader, older fault)
        (
            "Not in May but in June the bridge reopened.",
            ["The bridge reopened not in May.", "The bridge reopened in June."],
        ),
        (
            "Not on Monday but on Friday, the jury returned its verdict.",
            [
                "The jury returned its verdict not on Monday.",
                "The jury returned its verdict on Friday.",
            ],
        ),
        (
            "Not once but twice the river flooded the town.",
            ["Twice the river flooded the town."],
        ),
        ("Not Italy but Spain won the cup.", ["Not Italy won the cup.", "Spain won the cup."]),
    ],
)
def test_a_fronted_not_x_but_y_in_the_subject_denies_x_and_asserts_y(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


# "did not V1 but V2" (tester10b F-G2b): the "do" supports the denial only, so the
# predicate set against it keeps the subject and its own tense, whatever else its word
# may be ("rose", "fell" are a noun and a base form too); never a subjectless "Rose 3%."
# or "Rents did fell".
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Fares did not fall but rose 4% in March.",
            ["Fares did not fall.", "Fares rose 4% in March."],
        ),
        (
            "Rents did not rise, but fell 2% in June.",
            ["Rents did not rise.", "Rents fell 2% in June."],
        ),
        (
            "The board did not scrap the scheme but paused it.",
            ["The board did not scrap the scheme.", "The board paused it."],
        ),
        (
            "The board didn't scrap the scheme but paused it.",
            ["The board didn't scrap the scheme.", "The board paused it."],
        ),
        ("The kiosk did not close but moved.", ["The kiosk did not close.", "The kiosk moved."]),
        (
            "The club does not sell seats but gives them away.",
            ["The club does not sell seats.", "The club gives them away."],
        ),
        # no verb of the do's tense after "but": as before
        ("The militia did not shell Varn but Tusk.", ["The militia did not shell Varn but Tusk."]),
    ],
)
def test_a_predicate_set_against_a_denied_do_keeps_its_subject(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


# A clause whose predicate is elided after its auxiliary ("but most were") is completed
# from the first clause's predicate, without its negation; after a "do" the verb takes
# the form the "do" asks for (tester10c F9: "Some did not stay."), and no claim of a bare
# "Some did not." is made.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Not all of the 60 pupils were moved, but most were.",
            ["Not all of the 60 pupils were moved.", "Most were moved."],
        ),
        (
            "Some of the barns were saved, but many were not.",
            ["Some of the barns were saved.", "Many were not saved."],
        ),
        (
            "The pier was not damaged, but the jetty was.",
            ["The pier was not damaged.", "The jetty was damaged."],
        ),
        (
            "The bakery will open on Sunday, but the cafe will not.",
            ["The bakery will open on Sunday.", "The cafe will not open on Sunday."],
        ),
        ("Most guards stayed, but some did not.", ["Most guards stayed.", "Some did not stay."]),
        (
            "Two guards were hurt, but none were killed.",
            ["Two guards were hurt.", "None were killed."],
        ),
    ],
)
def test_a_clause_with_an_elided_predicate_is_completed_or_left_out(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


# After "but", a clause with a verb of its own ("but sent a deputy", "but police expect
# an arrest") is no phrase standing in X's place: the sentence splits as two clauses,
# and no claim splices the clause after X's verb ("The minister was sent a deputy").
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The mayor was not at the hearing but sent a deputy.",
            ["The mayor was not at the hearing.", "The mayor sent a deputy."],
        ),
        (
            "The suspect is not in custody but police expect an arrest soon.",
            ["The suspect is not in custody.", "Police expect an arrest soon."],
        ),
        (
            "The ferry was not in port but crews reached it by boat.",
            ["The ferry was not in port.", "Crews reached it by boat."],
        ),
    ],
)
def test_a_clause_after_but_is_no_contrast_phrase(sentence: str, expected: list[str]) -> None:
    got = texts(sentence)
    assert got == expected
    # every word of every claim is a word of the sentence: nothing spliced in
    words = set(re.findall(r"[a-z0-9]+", sentence.lower()))
    for claim in got:
        assert set(re.findall(r"[a-z0-9]+", claim.lower())) <= words, claim


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        ("The fare is not 3 but 4 euros.", ("The fare is not 3.", "The fare is 4 euros.")),
        (
            "The depot was not sold but leased.",
            ("The depot was not sold.", "The depot was leased."),
        ),
        (
            "The depot was sold but not leased.",
            ("The depot was not leased.", "The depot was sold."),
        ),
        ("The depot was sold and leased.", None),
        ("The fare is not 3 euros.", None),
        ("The storm hit not only Varn but also Tusk.", None),
    ],
)
def test_contrast_readings_are_the_denied_and_the_asserted_claim(
    claim: str, expected: tuple[str, str] | None
) -> None:
    assert contrast_readings(claim) == expected


# Gapping: a second conjunct that leaves out the shared verb is a claim of its own with
# that verb, its own subject ("Lind 41%") or its own object ("Orsk on Tuesday"), so each
# figure and date stays with what it is said of; a bare figure takes the first one's
# counted noun. Lists of one kind of phrase, negated clauses and "there were …" stay.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Vane won 48% and Holt 37%.", ["Vane won 48%.", "Holt won 37%."]),
        (
            "The gale struck Varn on Friday and Tusk on Sunday.",
            ["The gale struck Varn on Friday.", "The gale struck Tusk on Sunday."],
        ),
        (
            "Ada Pell got 3,100 votes, and Ivo Rask 2,800.",
            ["Ada Pell got 3,100 votes.", "Ivo Rask got 2,800 votes."],
        ),
        ("Rents rose 6% and fares 2%.", ["Rents rose 6%.", "Fares rose 2%."]),
        (
            "Officials said Vane won 48% and Holt 37%.",
            ["Officials said Vane won 48%.", "Officials said Holt won 37%."],
        ),
        (
            "The militia took Varn in May and the army Tusk in June.",
            ["The militia took Varn in May.", "The army took Tusk in June."],
        ),
        ("Vane has won 48% and Holt 37%.", ["Vane has won 48%.", "Holt has won 37%."]),
        ("Police questioned Vane and Holt.", ["Police questioned Vane and Holt."]),
        # a measure of the verb is no object a noun phrase may stand for: "imports" is a
        # subject there, and "Exports rose imports in June." a claim nobody made
        ("Exports rose 4% in May and imports in June.",
         ["Exports rose 4% in May and imports in June."]),
        # a bare figure takes what its counterpart counts, also inside a phrase, and a
        # figure with its own unit takes nothing ("41%", not "41% vote")
        (
            "The court sentenced Ruiz to 12 years and Lind to eight.",
            ["The court sentenced Ruiz to 12 years.", "The court sentenced Lind to eight years."],
        ),
        ("Ruiz won 52% of the vote and Lind 41%.", ["Ruiz won 52% of the vote.", "Lind won 41%."]),
        (
            "Police held 12 people in Orsk and 30 in Kestrow.",
            ["Police held 12 people in Orsk.", "Police held 30 people in Kestrow."],
        ),
        ("Fares rose 3 per cent in May and rents in June.",
         ["Fares rose 3 per cent in May and rents in June."]),
        (
            "Police found two guns in the car and a knife in the boot.",
            ["Police found two guns in the car.", "Police found a knife in the boot."],
        ),
        ("The board met on Friday and Sunday.", ["The board met on Friday and Sunday."]),
        (
            "Rain fell across Varn and the north of Tusk.",
            ["Rain fell across Varn and the north of Tusk."],
        ),
        ("Vane did not win Varn and Holt Tusk.", ["Vane did not win Varn and Holt Tusk."]),
        (
            "The firm is weighing selling the yard and cutting 90 jobs.",
            ["The firm is weighing selling the yard and cutting 90 jobs."],
        ),
    ],
)
def test_a_gapped_conjunct_is_a_claim_with_the_shared_verb(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


# A comma series of gapped remnants, the usual form of a result, gives one claim per
# member (with or without a comma before the final "and"); when one remnant is no
# remnant of the first conjunct's kinds, nothing is split.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Okafor took 55%, Brandt 30% and Quill 15%.",
            ["Okafor took 55%.", "Brandt took 30%.", "Quill took 15%."],
        ),
        (
            "Okafor took 55%, Brandt 30%, and Quill 15%.",
            ["Okafor took 55%.", "Brandt took 30%.", "Quill took 15%."],
        ),
        (
            "Okafor took 50%, Brandt 30%, Quill 12% and Mero 8%.",
            ["Okafor took 50%.", "Brandt took 30%.", "Quill took 12%.", "Mero took 8%."],
        ),
        (
            "The flood reached Pilsby on Monday, Carrow on Tuesday, and Dunmere on Friday.",
            [
                "The flood reached Pilsby on Monday.",
                "The flood reached Carrow on Tuesday.",
                "The flood reached Dunmere on Friday.",
            ],
        ),
        (
            "Okafor got 4,100 votes, Brandt 2,300 and Quill 900.",
            ["Okafor got 4,100 votes.", "Brandt got 2,300 votes.", "Quill got 900 votes."],
        ),
        (
            "The judge sentenced Okafor to 12 years, Brandt to eight and Quill to five.",
            [
                "The judge sentenced Okafor to 12 years.",
                "The judge sentenced Brandt to eight years.",
                "The judge sentenced Quill to five years.",
            ],
        ),
        # a plain list of one kind of phrase is one claim
        (
            "Police detained Okafor, Brandt and Quill.",
            ["Police detained Okafor, Brandt and Quill."],
        ),
        (
            "Police detained Okafor, Brandt, Quill and Mero.",
            ["Police detained Okafor, Brandt, Quill and Mero."],
        ),
        # one member that is no remnant (an apposition) and nothing splits
        (
            "The flood reached Pilsby, a mill town, on Monday and Carrow on Tuesday.",
            ["The flood reached Pilsby, a mill town, on Monday and Carrow on Tuesday."],
        ),
        (
            "There were 40 in the first ward, 12 in the second and 9 in the last.",
            ["There were 40 in the first ward, 12 in the second and 9 in the last."],
        ),
    ],
)
def test_a_series_of_gapped_conjuncts_is_a_claim_per_member(
    sentence: str, expected: list[str]
) -> None:
    assert texts(sentence) == expected


def test_gapped_readings_are_the_two_claims() -> None:
    assert gapped_readings("Vane won 48% and Holt 37%.") == ("Vane won 48%.", "Holt won 37%.")
    assert gapped_readings("Police questioned Vane and Holt.") is None
    assert gapped_readings("Vane won 48%, Holt 37% and Oda 15%.") == (
        "Vane won 48%.",
        "Holt won 37%.",
        "Oda won 15%.",
    )
    assert gapped_readings("Police questioned Vane, Holt and Oda.") is None


@pytest.mark.parametrize(
    "document",
    [
        # a sentence of another act lends no speaker, whoever its subject is
        'Storm Ciara flooded 300 homes in Varn on Monday. "We lost everything in one night."',
        'The victim died at the scene on Monday. "This was a cowardly attack on our town."',
        'Varn City Council voted to close the pool. "It is a sad day for the town."',
        'The driver fled the scene on foot. "He ran towards the river."',
        # a copula with more than a manner of speaking says where or what, not how one spoke
        'The mayor was in Varn on 12 May. "We were lied to."',
    ],
)
def test_a_quotation_after_a_sentence_of_another_act_keeps_no_speaker(document: str) -> None:
    quoted = [c for c in analyze(document).claims if '"' in c.claim.text]
    assert quoted, "the quotation is a claim"
    assert all(" said:" not in c.claim.text for c in quoted)
    assert all(not (c.frame and c.frame.speaker) for c in quoted)


# A quotation standing alone (no speech tag of its own) right after a sentence about a
# person in the same paragraph is that person's: one claim per quoted sentence, each
# rendered with the speaker and "said", the frame's speaker set. A sentence about no
# person ("The gale hit Varn.") gives its quotation no speaker.
@pytest.mark.parametrize(
    ("document", "expected"),
    [
        (
            'Fire chief Lena Moss met reporters. "Two crews were hurt. One is in hospital."',
            [
                ("Fire chief Lena Moss met reporters.", ""),
                ('Fire chief Lena Moss said: "Two crews were hurt."', "Fire chief Lena Moss"),
                ('Fire chief Lena Moss said: "One is in hospital."', "Fire chief Lena Moss"),
            ],
        ),
        (
            'Lena Moss leads the crews.\n\nMoss gave no names. "The driver fled. He left the van."',
            [
                ("Lena Moss leads the crews.", ""),
                ("Moss gave no names.", ""),
                ('Moss said: "The driver fled."', "Moss"),
                ('Moss said: "He left the van."', "Moss"),
            ],
        ),
        (
            "The coroner was brief. 'The cause was smoke. Nobody else died.'",
            [
                ("The coroner was brief.", ""),
                ("The coroner said: 'The cause was smoke.'", "The coroner"),
                ("The coroner said: 'Nobody else died.'", "The coroner"),
            ],
        ),
        (
            'The gale hit Varn. "It was terrifying. We hid."',
            # nobody named: each quoted sentence a claim of its own (tester10c F7)
            [("The gale hit Varn.", ""), ('"It was terrifying."', ""), ('"We hid."', "")],
        ),
    ],
)
def test_a_free_standing_quotation_is_the_person_named_before(
    document: str, expected: list[tuple[str, str]]
) -> None:
    got = [(c.claim.text, c.frame.speaker if c.frame else "") for c in analyze(document).claims]
    assert got == expected


def test_a_quotation_paragraph_naming_nobody_gives_one_claim_per_sentence() -> None:
    # tester10c F7: it was one claim read from its first sentence.
    document = 'The pier shut.\n\n"The deck is rotten. Nobody may walk on it."'
    claims = claims_of(document)
    assert [c.text for c in claims] == [
        "The pier shut.",
        '"The deck is rotten."',
        '"Nobody may walk on it."',
    ]
    # each claim's span is its quoted words, inside the marks
    assert [c.quote for c in claims[1:]] == ["The deck is rotten.", "Nobody may walk on it."]
    assert all(document[c.start : c.end] == c.quote for c in claims)


def test_a_quotation_paragraph_keeps_the_speaker_the_paragraph_before_names() -> None:
    document = 'The pier shut, the engineer said.\n\n"The deck is rotten. Nobody may walk on it."'
    assert texts(document)[1:] == [
        '"The deck is rotten," the engineer said.',
        '"Nobody may walk on it," the engineer said.',
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The sea wall held but the dunes did not.",
            ["The sea wall held.", "The dunes did not hold."],
        ),
        (
            "The mill shut its gates on Friday, but the bakery didn't.",
            ["The mill shut its gates on Friday.", "The bakery didn't shut its gates on Friday."],
        ),
        ("Lena did not finish, but Ivo did.", ["Lena did not finish.", "Ivo finished."]),
        ("The pool reopened and the gym did too.", ["The pool reopened.", "The gym reopened."]),
        # a "do" cannot stand for "was re-elected": no claim with nothing but "did"
        ("The mayor was re-elected but the deputy did not.", ["The mayor was re-elected."]),
        # after a speaker's words, which open both claims
        (
            "The warden said the gate held but the fence did not.",
            ["The warden said the gate held.", "The warden said the fence did not hold."],
        ),
    ],
)
def test_an_elided_do_takes_the_first_verb_in_its_form(
    sentence: str, expected: list[str]
) -> None:
    """tester10c F9: "The levee did not." was a claim with no predicate; a rebuilt claim
    is grammatical."""
    assert texts(sentence) == expected
