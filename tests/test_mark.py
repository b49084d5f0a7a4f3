"""Epistemic markers: tables of our own news-style sentences and their expected markers."""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.mark import (
    KINDS,
    LexiconEntry,
    LexiconError,
    Marker,
    assertiveness,
    find_markers,
    is_hedged,
    load_lexicon,
    marker_table,
    strip_certainty,
)


def pairs(text: str, **kwargs: object) -> set[tuple[str, str]]:
    return {(m.kind, m.text) for m in find_markers(text, **kwargs)}  # type: ignore[arg-type]


# Every marker the sentence should carry, no more: (sentence, {(kind, text)}).
EXACT = [
    # hedges
    ("The new levy may push rents higher.", {("hedge", "may")}),
    ("The storm might reach the coast by Friday.", {("hedge", "might")}),
    ("The strike could delay the harvest.", {("hedge", "could")}),
    ("The senator appears to have changed her mind.", {("hedge", "appears to")}),
    ("The figures seem inflated.", {("hedge", "seem")}),
    ("The singer reportedly cancelled the tour.", {("hedge", "reportedly")}),
    ("The driver allegedly ignored a red light.", {("hedge", "allegedly")}),
    ("The fire was possibly caused by a cigarette.", {("hedge", "possibly")}),
    ("A recession is likely next year.", {("hedge", "likely")}),
    ("The poll suggests a narrow race.", {("hedge", "suggests")}),
    ("The wreck is thought to date from the 1700s.", {("hedge", "thought to")}),
    ("The report of a second blast is unconfirmed.", {("hedge", "unconfirmed")}),
    ("The cause of the outage remains unknown.", {("hedge", "remains unknown")}),
    ("A link to the mine cannot be ruled out.", {("hedge", "cannot be ruled out")}),
    (
        "The video could not be independently verified.",
        {("hedge", "could not be independently verified")},
    ),
    # boosters
    ("It is evident that the audit was rushed.", {("booster", "It is evident that")}),
    ("It is clear that the law was broken.", {("booster", "It is clear that")}),
    ("It was obvious that the team was tired.", {("booster", "It was obvious that")}),
    ("The mayor clearly misjudged the mood.", {("booster", "clearly")}),
    ("The ruling will undoubtedly be appealed.", {("booster", "undoubtedly")}),
    ("The deal certainly helps the exporters.", {("booster", "certainly")}),
    ("Without question, the dam needs repairs.", {("booster", "Without question")}),
    ("It is well known that the bridge is unsafe.", {("booster", "It is well known that")}),
    # approximators
    ("The hall seats about 900 people.", {("approximator", "about")}),
    ("Around 40 flights were cancelled.", {("approximator", "Around")}),
    ("The project is nearly finished.", {("approximator", "nearly")}),
    ("The tunnel cost roughly twice the estimate.", {("approximator", "roughly")}),
    ("At least 12 houses were damaged.", {("approximator", "At least")}),
    ("More than 3,000 fans attended.", {("approximator", "More than")}),
    ("Some 200 workers lost their jobs.", {("approximator", "Some")}),
    ("The harbour is mostly empty in winter.", {("approximator", "mostly")}),
    ("The delay was partly caused by snow.", {("approximator", "partly")}),
    ("The rise was driven in part by fuel costs.", {("approximator", "in part")}),
    ("Up to 5,000 homes lost power.", {("approximator", "Up to")}),
    # attribution
    ("The ministry said exports fell in March.", {("attribution", "The ministry said")}),
    (
        "According to the regional transport authority, delays doubled.",
        {("attribution", "According to the regional transport authority")},
    ),
    (
        "Mayor Ruth Okafor declared the park closed.",
        {("attribution", "Mayor Ruth Okafor declared")},
    ),
    (
        "The head of the port authority told reporters the quay was safe.",
        {("attribution", "The head of the port authority told")},
    ),
    (
        '"The vote was fair," said the electoral commission.',
        {("attribution", "said the electoral commission")},
    ),
    ("Exports fell, she said.", {("attribution", "she said")}),
    ("The agency warned that the river would rise.", {("attribution", "The agency warned")}),
    # weasels
    ("It is believed that the painting was stolen in 1990.", {("weasel", "It is believed")}),
    ("It is said that the castle is haunted.", {("weasel", "It is said")}),
    ("It has been claimed that the count was rigged.", {("weasel", "It has been claimed")}),
    ("Critics argue that the tax hurts farmers.", {("weasel", "Critics argue")}),
    ("Some experts say the bridge is unsafe.", {("weasel", "Some experts say")}),
    ("Many people think the fares are too high.", {("weasel", "Many people think")}),
    ("Sources say the coach will resign.", {("weasel", "Sources say")}),
    ("The ruins are said to be Roman.", {("weasel", "are said to")}),
    (
        "The lake is widely regarded as the cleanest in the region.",
        {("approximator", "widely"), ("weasel", "is widely regarded as")},
    ),
    ("Officials said the road would reopen.", {("weasel", "Officials said")}),
    # flat assertions
    ("The bridge opened in 1931.", set()),
    ("The council approved the budget on Monday.", set()),
]

# Readings that must not be marked: (sentence, kind, text).
NEGATIVE = [
    ("The ferry resumes service in May.", "hedge", "May"),
    ("Crowds lined the streets for the May Day parade.", "hedge", "May"),
    ("May was the wettest month on record.", "hedge", "May"),
    ("Reporters could not reach the owner for comment.", "hedge", "could"),
    ("Protesters marched around the parliament.", "approximator", "around"),
    ("She wrote a book about the war.", "approximator", "about"),
    ("The talks were about water rights.", "approximator", "about"),
    ("Port Said handled more ships this year.", "attribution", "Port Said"),
    ("The museum hired Said Karimi as curator.", "attribution", "Said"),
    ("That said, the plan has critics.", "attribution", "That said"),
    ("The said property was sold in June.", "attribution", "The said"),
    ("It is not clear that the drug works.", "booster", "clear"),
    ("It is not clear that the drug works.", "booster", "It is not clear that"),
    ("The results are not clearly better.", "booster", "clearly"),
    ("The company added 300 jobs.", "attribution", "The company added"),
    ("The airline reported a loss.", "attribution", "The airline reported"),
    ("Prices rose over the weekend.", "approximator", "over"),
    ("Turnout was higher than ever, more than ever before.", "approximator", "more than"),
    ("The army showed its might in the parade.", "hedge", "might"),
    ("The crew worked as fast as possible.", "hedge", "possible"),
    ("What kind of permit is needed?", "hedge", "kind of"),
    ("It is thought to be the oldest mill.", "weasel", "is thought to"),
    ("The wreck was seen at dawn.", "weasel", "was seen"),
    ("The band is known as the Harbour Boys.", "weasel", "is known as"),
    ("She was considered for the role of mayor.", "weasel", "was considered"),
    ("The roof was held up by some beams.", "weasel", "by some"),
    ("There are other kinds of tax.", "hedge", "kinds of"),
]


@pytest.mark.parametrize(("text", "expected"), EXACT)
def test_exact_markers(text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "kind", "phrase"), NEGATIVE)
def test_not_marked(text: str, kind: str, phrase: str) -> None:
    assert (kind, phrase) not in pairs(text)


def test_negated_booster_is_a_hedge() -> None:
    found = pairs("It is not clear that the drug works.")
    assert ("hedge", "is not clear") in found
    assert not {kind for kind, _ in found} & {"booster"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The decline is largely attributed to the drought.",
            {("approximator", "largely"), ("weasel", "is largely attributed to")},
        ),
        (
            "The fire is widely blamed on faulty wiring.",
            {("approximator", "widely"), ("weasel", "is widely blamed on")},
        ),
        (
            "Some analysts say the deal could collapse.",
            {("weasel", "Some analysts say"), ("hedge", "could")},
        ),
        (
            "The ministry said about 40 schools may close.",
            {("attribution", "The ministry said"), ("approximator", "about"), ("hedge", "may")},
        ),
    ],
)
def test_multi_kind_and_overlapping(text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(text) == expected


# Reduced (participial) clauses that attribute a fact to nobody: the same weasel as the
# full "is largely attributed to", with its span; the degree word stays an approximator.
REDUCED = [
    # issue 13's own examples
    (
        "The outage, widely blamed on a software update, lasted six hours.",
        {("approximator", "widely"), ("weasel", "widely blamed on")},
    ),
    (
        "The decline, largely attributed to drought, continued in 2024.",
        {("approximator", "largely"), ("weasel", "largely attributed to")},
    ),
    ("The plant, said to employ 3,000 people, closed on Friday.", {("weasel", "said to")}),
    (
        "The rebels, believed to number about 500, withdrew.",
        {("weasel", "believed to"), ("approximator", "about")},
    ),
    (
        "In the north, food shortages have been a longstanding issue, largely attributed to "
        "natural disasters and economic challenges.",
        {("approximator", "largely"), ("weasel", "largely attributed to")},
    ),
    (
        "The mill suffered a shortfall, reportedly caused by late payments, in May.",
        {("hedge", "reportedly")},
    ),
    # our own: after a noun, a dash, a bracket; other attribution verbs
    (
        "A man believed to be the owner was questioned.",
        {("weasel", "believed to")},
    ),
    ("Ruins said to be Roman lie under the car park.", {("weasel", "said to")}),
    (
        "The ferry — widely regarded as the safest on the coast — sank.",
        {("approximator", "widely"), ("weasel", "widely regarded as")},
    ),
    (
        "The scheme (credited with halving the waiting lists) ends in June.",
        {("weasel", "credited with")},
    ),
    (
        "The fire, blamed on faulty wiring, gutted the hall.",
        {("weasel", "blamed on")},
    ),
    (
        "The floods, mostly ascribed to a blocked culvert, ruined 40 homes.",
        {("approximator", "mostly"), ("weasel", "mostly ascribed to")},
    ),
    (
        "The bridge, reported to have cost $40m, opened in 2019.",
        {("weasel", "reported to")},
    ),
    (
        "The painting, long held to be a forgery, sold for a record sum.",
        {("weasel", "long held to be")},
    ),
    (
        "Prices, expected to rise again in the spring, fell in March.",
        {("hedge", "expected to")},
    ),
    # after a determiner and a noun that is not the subject; more attribution verbs; an
    # adverb the pattern does not list between the comma and the participle
    (
        "Doctors prescribed a drug said to reduce deaths by half.",
        {("weasel", "said to")},
    ),
    (
        "The village, reputed to be the oldest in Wales, flooded.",
        {("weasel", "reputed to")},
    ),
    (
        "The mine, considered the deepest in Europe, flooded in 1998.",
        {("weasel", "considered")},
    ),
    (
        "The painting, once attributed to Rembrandt, sold for $2 million.",
        {("weasel", "attributed to")},
    ),
    (
        "The tower, now widely regarded as an eyesore, stays.",
        {("approximator", "widely"), ("weasel", "widely regarded as")},
    ),
    # a verb after "said to" that is also a noun ("cut", "head"), and a subject that opens
    # the sentence with its own verb after the infinitive
    ("Nurses gave him a pill said to cut fevers overnight.", {("weasel", "said to")}),
    ("A gang believed to head the smuggling ring was broken up.", {("weasel", "believed to")}),
    ("A tonic said to cure colds went on sale.", {("weasel", "said to")}),
    ("A firm said to supply weapons has closed.", {("weasel", "said to")}),
    ("The ferry, expected to dock at noon, ran late.", {("hedge", "expected to")}),
    # fronted before the subject, with or without an adverb of its own
    ("Believed to date from 1350, the tower was badly damaged.", {("weasel", "Believed to")}),
    (
        "Largely blamed on a cold spring, the shortfall grew.",
        {("approximator", "Largely"), ("weasel", "Largely blamed on")},
    ),
    ("Once thought to be extinct, the frog was found in 2021.", {("hedge", "thought to")}),
    ("Expected to close in May, the pit stayed open.", {("hedge", "Expected to")}),
    ("Said to hold 9,000 books, the library burned.", {("weasel", "Said to")}),
    # the full clause with one more adverb before the entry's own
    (
        "The fresco is now widely attributed to Giotto.",
        {("approximator", "widely"), ("weasel", "widely attributed to")},
    ),
    (
        "The poet is today largely seen as a rebel.",
        {("approximator", "largely"), ("weasel", "largely seen as")},
    ),
]

# Past forms of the same verbs that attribute nothing to anybody: (sentence, marker text).
NOT_REDUCED = [
    ("The crime was reported to police on Monday.", "reported to"),
    ("A burglary reported to police was solved.", "reported to"),
    ("The man claimed to be a doctor.", "claimed to"),
    ("The firm expected to lose money.", "expected to"),
    ("Police said to avoid the area.", "said to"),
    ("He said to wait outside.", "said to"),
    ("A rally held to protest the closure drew 300 people.", "held to"),
    ("The cell line was originally described as a clone.", "described as"),
    ("All the options were considered.", "were considered"),
    ("The bridge, built in 1932, closed.", "built"),
    ("The board considered the plan on Monday.", "considered"),
    ("The court deemed the search lawful.", "deemed"),
    ("The two samples, considered separately, differ.", "considered"),
    ("The critics regarded the film highly.", "regarded"),
    ("The spokesman said to call the hotline.", "said to"),
    ("The cell line was once described as a clone.", "described as"),
    # the subject's own verb: "said to" gives an order, nothing follows for a main clause
    ("The spokesman said to expect delays.", "said to"),
    ("The guide said to expect delays that were long.", "said to"),
    ("A theft reported to police officers was solved.", "reported to"),
    ("Reported to police on Monday, the theft was solved.", "Reported to"),
    ("Considered separately, the two samples differ.", "Considered"),
]


@pytest.mark.parametrize(("text", "expected"), REDUCED)
def test_reduced_clauses_attribute_to_nobody(text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(("text", "phrase"), NOT_REDUCED)
def test_past_forms_that_attribute_nothing(text: str, phrase: str) -> None:
    assert phrase not in {m.text for m in find_markers(text) if m.kind in ("weasel", "hedge")}


def test_reduced_clause_marks_the_claim_like_the_full_clause() -> None:
    reduced = find_markers("The decline, largely attributed to drought, continued.")
    full = find_markers("The decline is largely attributed to drought.")
    assert assertiveness(reduced) == assertiveness(full) == "weasel"
    assert is_hedged(reduced)


def test_reduced_needs_a_pattern_opening_with_be(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(
        '[[entry]]\npattern = "widely tipped to"\nkind = "weasel"\nrationale = "r"\n'
        "reduced = true\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="opens with 'be'"):
        load_lexicon(path)


def test_user_entry_can_be_reduced() -> None:
    lexicon = load_lexicon(
        extra=[
            {
                "pattern": "be widely tipped to",
                "kind": "weasel",
                "rationale": "Whose tip?",
                "reduced": True,
                "reduced_next": ["VERB"],
            }
        ]
    )
    assert ("weasel", "widely tipped to") in pairs(
        "The coach, widely tipped to resign, stayed.", lexicon=lexicon
    )
    assert ("weasel", "is widely tipped to") in pairs(
        "The coach is widely tipped to resign.", lexicon=lexicon
    )


# Negation that makes a modal or an adverb of possibility firm, and negation that leaves
# the hedge in place (issue 10, "Negation and hedges").
@pytest.mark.parametrize(
    ("text", "expected", "level"),
    [
        (
            "He could not possibly have known about the leak.",
            {("booster", "not possibly")},
            "boosted",
        ),
        ("She couldn't possibly have signed it.", {("booster", "n't possibly")}, "boosted"),
        (
            "The mayor cannot possibly have approved it.",
            {("booster", "cannot possibly")},
            "boosted",
        ),
        ("No survivors could be found.", set(), "asserted"),
        ("Nobody could explain the delay.", set(), "asserted"),
        ("No trace of the ship could be found.", set(), "asserted"),
        ("The drug may not work in children.", {("hedge", "may")}, "hedged"),
        ("The firm might never recover.", {("hedge", "might")}, "hedged"),
        ("The dam could fail.", {("hedge", "could")}, "hedged"),
        ("No one doubts the dam could fail.", {("hedge", "could")}, "hedged"),
        # a clause denied outright: its modal is the denial's (tester10 G4)
        ("There is no way the dam could fail.", set(), "asserted"),
    ],
)
def test_emphatic_negation_is_no_hedge(
    text: str, expected: set[tuple[str, str]], level: str
) -> None:
    found = find_markers(text)
    assert {(m.kind, m.text) for m in found} == expected
    assert assertiveness(found) == level


# A negation that leaves a possibility open is a hedge in every form: the active and
# perfect forms of "cannot be ruled out", litotes, and a matter stated to be unsettled;
# an affirmative "ruled out", a past "could not say" and an appointment are not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Divers could not rule out a second wreck.", {("hedge", "not rule out")}),
        ("The firm refused to rule it out.", {("hedge", "refused to rule it out")}),
        ("A leak has not been ruled out.", {("hedge", "not been ruled out")}),
        ("The board has never ruled out a sale.", {("hedge", "never ruled out")}),
        ("A sale is not inconceivable.", {("hedge", "not inconceivable")}),
        ("Nobody knows why the alarm failed.", {("hedge", "Nobody knows why")}),
        ("No one can say how many sheep drowned.", {("hedge", "No one can say how")}),
        ("It is hard to tell who fired first.", {("hedge", "hard to tell")}),
        ("The count has not yet been verified.", {("hedge", "not yet been verified")}),
        ("The panel ruled out a recount.", set()),
        ("Nobody could say when the bus would come.", set()),
        ("He was not confirmed as mayor.", set()),
        ("So many people came that the gates shut.", set()),
        ("Women were not excluded from the ballot.", set()),
    ],
)
def test_negation_that_leaves_a_possibility_open(text: str, expected: set[tuple[str, str]]) -> None:
    assert pairs(text) == expected


# A subject that names nobody reports nothing: no source, named or vague.
@pytest.mark.parametrize(
    "text",
    [
        "Nobody said whether the pool would reopen.",
        "No official told the families about the delay.",
        "None of the witnesses said the car was speeding.",
        "Neither the coach nor the club said the player was injured.",
        "Neither side claimed the island.",
    ],
)
def test_negative_subject_is_no_source(text: str) -> None:
    assert not [m for m in find_markers(text) if m.kind in ("attribution", "weasel")]


def test_overlapping_markers_keep_their_own_spans() -> None:
    text = "The decline is largely attributed to the drought."
    markers = find_markers(text)
    weasel = next(m for m in markers if m.kind == "weasel")
    approx = next(m for m in markers if m.kind == "approximator")
    assert weasel.start < approx.start < approx.end < weasel.end


@pytest.mark.parametrize(
    ("text", "marker", "speaker"),
    [
        ("The ministry said exports fell.", "The ministry said", "The ministry"),
        (
            "Delays doubled, according to the regional transport authority.",
            "according to the regional transport authority",
            "the regional transport authority",
        ),
        (
            "Mayor Ruth Okafor declared the park closed.",
            "Mayor Ruth Okafor declared",
            "Mayor Ruth Okafor",
        ),
        (
            '"We will appeal," said the club\'s lawyer.',
            "said the club's lawyer",
            "the club's lawyer",
        ),
        (
            "The central bank has also said rates will stay low.",
            "The central bank has also said",
            "The central bank",
        ),
        ("Critics argue the tax is unfair.", "Critics argue", "Critics"),
        (
            "Sources close to the cabinet said the minister would resign.",
            "Sources close to the cabinet said",
            "Sources close to the cabinet",
        ),
        ("The fund's director, Ana Ruiz, said costs rose.", None, None),
        (
            'As the harbourmaster put it: "The quay is sinking."',
            "As the harbourmaster put it",
            "the harbourmaster",
        ),
        (
            "The quay is sinking, as Ola Finch put it.",
            "as Ola Finch put it",
            "Ola Finch",
        ),
    ],
)
def test_speakers(text: str, marker: str | None, speaker: str | None) -> None:
    found = {m.text: m.speaker for m in find_markers(text) if m.speaker}
    if marker is None:
        assert all(s != "Ana Ruiz," for s in found.values())
    else:
        assert found.get(marker) == speaker


@pytest.mark.parametrize(
    ("text", "marker", "speaker"),
    [
        (
            "Dr. Mara Lind, a chemist at the state laboratory, said the samples were clean.",
            "Dr. Mara Lind, a chemist at the state laboratory, said",
            "Dr. Mara Lind",
        ),
        (
            "An engineer hired by the council, Piet Olsen, told the inquiry the beams were weak.",
            "Piet Olsen, told",
            "Piet Olsen",
        ),
        (
            "Prof. Ada Brenn said the survey was too small.",
            "Prof. Ada Brenn said",
            "Prof. Ada Brenn",
        ),
        (
            "The ferry will stop, according to the dockers' union.",
            "according to the dockers' union",
            "the dockers' union",
        ),
        (
            "Talks stalled, according to two people familiar with the negotiations.",
            "according to two people familiar with the negotiations",
            "two people familiar with the negotiations",
        ),
        (
            "Mr. Holt allegedly told staff to shred the files.",
            "Mr. Holt allegedly told",
            "Mr. Holt",
        ),
        (
            "Researchers at the university told the panel the sample was small.",
            "Researchers at the university told",
            "Researchers at the university",
        ),
        (
            "The report, which was published in June, says exports fell.",
            "The report, which was published in June, says",
            "The report",
        ),
        (
            "The governor, speaking in the capital, said the roads were open.",
            "The governor, speaking in the capital, said",
            "The governor",
        ),
        (
            "Farmers have long argued that the quota is unfair.",
            "Farmers have long argued",
            "Farmers",
        ),
        (
            "The dam, which officials estimated to be 90 years old, failed.",
            "officials estimated",
            "officials",
        ),
        # an aside in brackets between the speaker and the verb, as between commas
        (
            "Greta Lind (who chairs the board) said the vote stands.",
            "Greta Lind (who chairs the board) said",
            "Greta Lind",
        ),
        (
            "The survey (published on Monday) says rents rose.",
            "The survey (published on Monday) says",
            "The survey",
        ),
        # a stop left inside the bracket: the capital after it is no name
        (
            "The warden (who retired in May.) Said the gates held.",
            "The warden (who retired in May.) Said",
            "The warden",
        ),
    ],
)
def test_speakers_in_longer_phrases(text: str, marker: str, speaker: str) -> None:
    found = {m.text: m.speaker for m in find_markers(text) if m.speaker}
    assert found.get(marker) == speaker


# A reporting clause set off by commas or dashes without quotation marks: the speaker
# after the verb is still the source, with the span of the clause.
@pytest.mark.parametrize(
    ("text", "marker", "kind", "speaker"),
    [
        ("The barge, said Ms Ode, was overloaded.", "said Ms Ode", "attribution", "Ms Ode"),
        ("The barge was overloaded, said Ms. Ode.", "said Ms. Ode", "attribution", "Ms. Ode"),
        (
            "The ferry ran late, said the harbour master on Friday.",
            "said the harbour master",
            "attribution",
            "the harbour master",
        ),
        (
            "The pier is unsafe, says Ann Toft, an engineer at the port.",
            "says Ann Toft",
            "attribution",
            "Ann Toft",
        ),
        (
            "The levy — said the treasurer — will rise.",
            "said the treasurer",
            "attribution",
            "the treasurer",
        ),
        ("The barge was overloaded, said officials.", "said officials", "weasel", "officials"),
        # verbs that also take plain objects, after a quotation or before a name
        ('"We will rebuild," added the mayor.', "added the mayor", "attribution", "the mayor"),
        ("The barge was overloaded, added Ms Ode.", "added Ms Ode", "attribution", "Ms Ode"),
        # the subject before the verb, variants the rule already read
        ("The barge was overloaded, Ms Ode said.", "Ms Ode said", "attribution", "Ms Ode"),
        (
            "The barge, the skipper said on Monday, was overloaded.",
            "the skipper said",
            "attribution",
            "the skipper",
        ),
        # a source addressed after "said to" is still reported speech
        (
            "The skipper said to reporters that the barge was overloaded.",
            "The skipper said",
            "attribution",
            "The skipper",
        ),
    ],
)
def test_speaker_after_the_verb_without_quotes(
    text: str, marker: str, kind: str, speaker: str
) -> None:
    found = {m.text: (m.kind, m.speaker) for m in find_markers(text) if m.speaker}
    assert found.get(marker) == (kind, speaker)
    m = next(m for m in find_markers(text) if m.text == marker)
    assert text[m.start : m.end] == marker


@pytest.mark.parametrize(
    "text",
    [
        "The cook tasted it, said the sauce was bland, and left.",
        "The guard nodded, said the words, and walked off.",
        "Ms. Varga paused, said nothing, then left.",
        "The bakery cut prices, added a late shift.",
    ],
)
def test_coordinated_said_has_no_inverted_speaker(text: str) -> None:
    assert not [m for m in find_markers(text) if m.kind in ("attribution", "weasel")]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # What follows "said" here is what was said, not who said it.
        ("Ms. Varga said the vaccine may help.", "said the vaccine"),
        # "report" after "its annual" is a noun.
        ("The firm said in its annual report that sales fell.", "its annual report"),
        # "states" after a number is a noun.
        ("The chain has shops in three states.", "three states"),
        # "widely" is an adverb of a passive, not a speaker.
        ("It is widely assumed that the mine will close.", "widely assumed"),
        ("There is no doubt that the dam leaked.", "no doubt"),
        # "that" before a name is the conjunction, not a determiner.
        ("The critic argued that Shakespeare wrote it.", "that Shakespeare wrote"),
        # "in accordance with", not a source.
        ("The trains ran according to the timetable plan.", "according to the timetable plan"),
        ("The station closed, all told, for six weeks.", "all told"),
        ("A man thought to be the owner was arrested.", "A man thought"),
        ("The essay is a defence of liberal thought.", "a defence of liberal thought"),
        ("Officials at least twice received written complaints.", "written"),
    ],
)
def test_not_a_speaker(text: str, phrase: str) -> None:
    assert all(m.kind != "attribution" or m.text != phrase for m in find_markers(text))


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Critics of the plan argue it is costly.", "Critics of the plan argue"),
        ("Experts at a think tank said the fund would fail.", "Experts at a think tank said"),
        ("There were reports of looting in the port.", "There were reports of"),
        ("Some residents say the water smells.", "Some residents say"),
    ],
)
def test_vague_sources_are_weasels(text: str, marker: str) -> None:
    assert ("weasel", marker) in pairs(text)


def test_first_person_belief_is_a_hedge_not_a_source() -> None:
    assert pairs("I think the bridge will hold.") == {("hedge", "I think")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reportedly the mine reopened.", ("hedge", "Reportedly", 0)),
        ("The mine reopened, allegedly", ("hedge", "allegedly", 19)),
        ("Possibly", ("hedge", "Possibly", 0)),
        ("the ministry said", ("attribution", "the ministry said", 0)),
    ],
)
def test_start_and_end_of_text(text: str, expected: tuple[str, str, int]) -> None:
    kind, phrase, start = expected
    [marker] = find_markers(text)
    assert (marker.kind, marker.text, marker.start) == (kind, phrase, start)
    assert marker.end == start + len(phrase)


def test_slice_offsets_point_into_the_whole_document() -> None:
    text = "First line. The plan may fail. It is evident that costs rose."
    start = text.index("The plan")
    end = text.index(" It is")
    markers = find_markers(text, start, end)
    assert [(m.kind, m.text) for m in markers] == [("hedge", "may")]
    assert text[markers[0].start : markers[0].end] == "may"
    assert markers[0].start == text.index("may")


def test_markers_sorted_by_start() -> None:
    text = "Officials said nearly 50 homes may have been damaged, possibly more."
    starts = [m.start for m in find_markers(text)]
    assert starts == sorted(starts)
    assert len(starts) == 4


@pytest.mark.parametrize("text", [row[0] for row in EXACT] + [row[0] for row in NEGATIVE])
def test_spans_slice_back(text: str) -> None:
    for m in find_markers(text):
        assert text[m.start : m.end] == m.text
        assert m.kind in KINDS


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *"abcdeimorstuy MAYSaid.,'’\"-0123456789\n",
                *("may ", "about ", "said ", "could not ", "it is clear that ", "some 40 "),
            ]
        ),
        max_size=40,
    ).map("".join),
    st.integers(min_value=0, max_value=130),
    st.integers(min_value=0, max_value=130),
)
def test_spans_always_slice_back(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    markers = find_markers(text, start, end)
    for m in markers:
        assert start <= m.start < m.end <= end
        assert text[m.start : m.end] == m.text
    assert [m.start for m in markers] == sorted(m.start for m in markers)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_breaks(text: str) -> None:
    for m in find_markers(text):
        assert text[m.start : m.end] == m.text


# --------------------------------------------------------------------------- claim level


@pytest.mark.parametrize(
    ("kinds", "hedged", "level"),
    [
        ((), False, "asserted"),
        (("booster",), False, "boosted"),
        (("attribution",), False, "attributed"),
        (("attribution", "booster"), False, "attributed"),
        (("hedge", "attribution"), True, "hedged"),
        (("weasel", "hedge"), True, "weasel"),
        (("approximator",), False, "asserted"),
    ],
)
def test_claim_level(kinds: tuple[str, ...], hedged: bool, level: str) -> None:
    markers = [Marker(kind, "x", 0, 1) for kind in kinds]
    assert is_hedged(markers) is hedged
    assert assertiveness(markers) == level


def test_claim_level_from_text() -> None:
    assert assertiveness(find_markers("It is believed the dam may fail.")) == "weasel"
    assert assertiveness(find_markers("The dam clearly failed.")) == "boosted"


# --------------------------------------------------------------------------- lexicon


def _builtin() -> dict[str, object]:
    return tomllib.loads(
        resources.files("factcheck").joinpath("data/markers.toml").read_text(encoding="utf-8")
    )


def test_builtin_lexicon_is_versioned_and_documented() -> None:
    doc = _builtin()
    assert isinstance(doc["version"], str)
    entries = doc["entry"]
    assert isinstance(entries, list)
    for raw in entries:
        assert raw.get("rationale"), raw
        kinds = raw.get("kinds", [raw.get("kind")])
        assert set(kinds) <= set(KINDS) - {"attribution"}, raw
    assert load_lexicon().version == doc["version"]


def _sample_phrase(pattern: str) -> str:
    words = []
    for raw in pattern.split():
        if raw.endswith("?"):
            continue
        word = raw.split("|")[0].lstrip("=")
        words.append({"NUM": "40", "be": "is", "have": "has"}.get(word, word))
    return " ".join(words)


@pytest.mark.parametrize("entry", load_lexicon().entries, ids=lambda e: e.pattern[:40])
def test_each_entry_matches_its_own_phrase(entry: object) -> None:
    """Every built-in entry fires on the plainest phrase its pattern describes."""
    assert isinstance(entry, LexiconEntry)
    phrase = _sample_phrase(entry.pattern)
    before = sorted(entry.require_prev)[0] if entry.require_prev else "Then"
    after = "the plan" if "the" not in entry.unless_next else "officials"
    if "NUM" in entry.require_next:
        after = "40 units"
    elif "VERB" in entry.require_next:
        after = "be the plan"
    elif entry.require_next:
        after = sorted(entry.require_next)[0] + " the plan"
    text = f"{before} {phrase} {after}."
    found = find_markers(text)
    # A reporting-verb rule may claim the same span first, with the speaker filled in.
    assert any(
        m.pattern == entry.pattern or (m.kind in entry.kinds and m.text == phrase) for m in found
    ), text


def test_user_lexicon_adds_disables_and_extends(tmp_path: Path) -> None:
    path = tmp_path / "newsroom.toml"
    path.write_text(
        """
version = "local-1"
disable = ["seem"]

[[entry]]
pattern = "word on the street"
kind = "weasel"
rationale = "Rumour without a source."

[[entry]]
pattern = "ballpark"
kinds = ["approximator", "hedge"]
rationale = "A rough figure."
require_next = ["NUM"]

[attribution]
speech_verbs = ["quip"]
""",
        encoding="utf-8",
    )
    lexicon = load_lexicon(path)
    assert pairs("Word on the street is that the mill will close.", lexicon=lexicon) == {
        ("weasel", "Word on the street")
    }
    assert pairs("The figures seem inflated.", lexicon=lexicon) == set()
    assert pairs("A ballpark 40 units.", lexicon=lexicon) == {
        ("approximator", "ballpark"),
        ("hedge", "ballpark"),
    }
    assert pairs("The coach quipped that the pitch was wet.", lexicon=lexicon) == {
        ("attribution", "The coach quipped")
    }
    # The built-in lexicon is untouched by loading a user file.
    assert pairs("The figures seem inflated.") == {("hedge", "seem")}


def test_extra_entries_and_optional_groups() -> None:
    lexicon = load_lexicon(
        extra=[{"pattern": "rumour has it", "kind": "weasel", "rationale": "No source."}]
    )
    assert ("weasel", "Rumour has it") in pairs(
        "Rumour has it the mill will close.", lexicon=lexicon
    )
    assert pairs("Many residents left.") == set()
    vague = load_lexicon(groups={"core", "vague"})
    assert pairs("Many residents left.", lexicon=vague) == {("approximator", "Many")}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[[entry]]\npattern = "x"\nkind = "maybe"\nrationale = "r"\n', "kind must be one of"),
        ('[[entry]]\nkind = "hedge"\n', "pattern"),
        ('[[entry]]\npattern = "x"\nkind = "hedge"\ncolour = "red"\n', "unknown key"),
        ('[[entry]]\npattern = "x"\nkind = "attribution"\n', "attribution"),
        ("[[entry]\n", "not a valid TOML"),
    ],
)
def test_bad_user_lexicon(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        load_lexicon(path)


def test_missing_user_lexicon(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match="cannot read"):
        load_lexicon(tmp_path / "nope.toml")


# --------------------------------------------------------------------------- per source


def test_marker_table_counts_per_source() -> None:
    docs = {
        "Harbour Post": [
            "Officials said the quay may close.",
            "Some experts say the cranes could fail.",
        ],
        "Daily Ledger": [
            "The port authority said the quay will close.",
            "It is clear that it must.",
        ],
    }
    markers = {
        src: [m for text in texts for m in find_markers(text)] for src, texts in docs.items()
    }
    rows = marker_table(markers, {src: len(texts) for src, texts in docs.items()}, top=3)
    assert [r.source for r in rows] == ["Daily Ledger", "Harbour Post"]
    ledger, post = rows
    assert post.counts["weasel"] == 2 and post.counts["hedge"] == 2
    assert post.per_claim("weasel") == 1.0
    assert ledger.counts == {
        "hedge": 0,
        "booster": 1,
        "approximator": 0,
        "attribution": 1,
        "weasel": 0,
    }
    assert ("attribution", "the port authority", 1) in ledger.top
    assert len(post.top) == 3


def test_every_marker_can_explain_itself() -> None:
    lexicon = load_lexicon()
    text = "Officials said about 40 homes may flood; I think it is clear that the levee failed."
    for m in find_markers(text, lexicon=lexicon):
        assert lexicon.rationale(m.pattern), m


def test_docs_name_the_lexicon_version_they_measured() -> None:
    """docs/markers.md reports figures for the lexicon the code ships, not an older one."""
    docs = Path(__file__).resolve().parents[1] / "docs" / "markers.md"
    text = docs.read_text(encoding="utf-8")
    named = set(re.findall(r"Measured \S+ with lexicon (\S+?)[ ,(]", text))
    assert named == {load_lexicon().version}


def test_docs_example_is_current() -> None:
    """The example output in docs/markers.md is what the code prints."""
    docs = Path(__file__).resolve().parents[1] / "docs" / "markers.md"
    lines = [
        line.removeprefix("# ")
        for line in docs.read_text(encoding="utf-8").splitlines()
        if line.startswith("# ") and line.split()[1] in KINDS
    ]
    text = "The ministry said the new tariff may raise prices by about 4 percent."
    printed = [
        f"{m.kind} {m.text!r} {m.start} {m.end} {m.speaker} {m.pattern}" for m in find_markers(text)
    ]
    assert lines == printed


@pytest.mark.parametrize(
    ("text", "phrase", "speaker"),
    [
        ("The ferry left late, said harbour master Tom Okafor.", "said harbour master Tom Okafor",
         "harbour master Tom Okafor"),
        ("Two wells ran dry, added deputy water minister Sara Lind, on Friday.",
         "added deputy water minister Sara Lind", "deputy water minister Sara Lind"),
        ("THE BRIDGE WILL REOPEN IN JUNE, SAID MRS OYELARAN.", "SAID MRS OYELARAN",
         "MRS OYELARAN"),
    ],
)
def test_speaker_after_the_verb_behind_a_title_or_in_capitals(
    text: str, phrase: str, speaker: str
) -> None:
    found = [m for m in find_markers(text) if m.kind == "attribution"]
    assert [(m.text, m.speaker) for m in found] == [(phrase, speaker)]


def test_capitals_keep_other_markers_and_vague_sources() -> None:
    found = pairs("THE DAM MAY FAIL, WARNED SOME ENGINEERS.")
    assert ("hedge", "MAY") in found
    assert ("weasel", "WARNED SOME ENGINEERS") in found


@pytest.mark.parametrize(
    "text",
    [
        "The old quarry is widely believed to hold water.",
        "Her first novel, widely regarded as her best, sold poorly.",
        "It is widely believed that the mayor will stand again.",
    ],
)
def test_widely_is_a_degree_word_besides_the_weasel(text: str) -> None:
    found = pairs(text)
    assert ("approximator", "widely") in found
    assert any(kind == "weasel" and "widely" in phrase for kind, phrase in found)


def test_widely_measuring_spread_is_no_marker() -> None:
    assert pairs("Ticket prices varied widely across the region.") == set()


@pytest.mark.parametrize(
    ("text", "weasel"),
    [
        ("Two guards, alleged to have taken bribes, were suspended.", "alleged to"),
        ("The treasurer is alleged to have moved the funds.", "is alleged to"),
    ],
)
def test_participle_inside_its_passive_is_one_weasel(text: str, weasel: str) -> None:
    assert pairs(text) == {("weasel", weasel)}


def test_any_hedging_participle_inside_its_passive_is_one_weasel() -> None:
    lexicon = load_lexicon(
        extra=[{"pattern": "be =suspected to", "kind": "weasel", "reduced": True}]
    )
    text = "A clerk, suspected to have leaked the memo, resigned."
    assert pairs(text, lexicon=lexicon) == {("weasel", "suspected to")}
    # Outside a passive the participle keeps its hedge.
    assert pairs("The suspected leak closed the plant.", lexicon=lexicon) == {
        ("hedge", "suspected")
    }


@pytest.mark.parametrize(
    ("text", "kind", "phrase", "speaker"),
    [
        ("Marchers, said by stewards to number 4,000, blocked the bridge.", "weasel",
         "said by stewards", "stewards"),
        ("The flood—described by hydrologists as 'a one-off'—closed the road.", "weasel",
         "described by hydrologists", "hydrologists"),
        ("The blast was described by the coroner as accidental.", "attribution",
         "described by the coroner", "the coroner"),
        ("The vase is regarded by Ms Adeyemi as a forgery.", "attribution",
         "regarded by Ms Adeyemi", "Ms Adeyemi"),
        ("The well was said by some experts to be poisoned.", "weasel",
         "said by some experts", "some experts"),
    ],
)
def test_passive_with_its_agent_names_the_source(
    text: str, kind: str, phrase: str, speaker: str
) -> None:
    found = [(m.kind, m.text, m.speaker) for m in find_markers(text) if m.speaker]
    assert found == [(kind, phrase, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The levy, backed by farmers, passed.",
        "The driver was told by phone to stop.",
        "The guard was told by the warden to lock the gate.",
    ],
)
def test_passive_agent_that_reports_no_claim(text: str) -> None:
    assert not [m for m in find_markers(text) if m.kind in ("attribution", "weasel")]


@pytest.mark.parametrize(
    "text",
    [
        "Has the harbour really reopened?",
        "Is it true that 300 jobs were cut?",
        "Did officials say the water was safe?",
    ],
)
def test_a_direct_question_is_asked_not_asserted(text: str) -> None:
    assert assertiveness(find_markers(text), text) == "asked"


def test_statement_keeps_its_level_with_its_text() -> None:
    text = "The harbour may reopen in June."
    assert assertiveness(find_markers(text), text) == "hedged"
    assert assertiveness(find_markers("The harbour reopened."), "The harbour reopened.") == (
        "asserted"
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('disable = ["mgiht"]\n', r"disable: no entry has the pattern 'mgiht'"),
        ('groups = ["peacok"]\n', r"groups: unknown group 'peacok'"),
        ('[[entry]]\npattern = "b|"\nkind = "hedge"\n', r"entry 1: pattern 'b\|'.*empty"),
        ('[[entry]]\npattern = "|=b"\nkind = "hedge"\n', r"empty alternative"),
        ('[[entry]]\npattern = "quite? so?"\nkind = "hedge"\n', r"every word is optional"),
    ],
)
def test_typos_in_a_user_lexicon_are_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "typo.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError, match=message) as caught:
        load_lexicon(path)
    assert str(caught.value).startswith(str(path))


def test_known_names_in_a_user_lexicon_still_load(tmp_path: Path) -> None:
    path = tmp_path / "ok.toml"
    path.write_text('disable = ["might"]\ngroups = ["peacock"]\n', encoding="utf-8")
    lexicon = load_lexicon(path)
    assert "peacock" in lexicon.groups
    assert ("hedge", "might") not in pairs("The pier might close.", lexicon=lexicon)


def test_cli_refuses_a_lexicon_typo_with_one_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    lexicon = tmp_path / "typo.toml"
    lexicon.write_text('groups = ["vauge"]\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("The pier may close.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", "--lexicon", str(lexicon), str(article)])
    assert result.exit_code == 2
    assert "typo.toml: groups: unknown group 'vauge'" in result.output


@pytest.mark.parametrize(
    "text",
    [
        "By nightfall the militia declared a ceasefire.",
        "The council, criticised by residents for months, denied the accusations.",
        "The cartel claimed responsibility for the blast.",
    ],
)
def test_an_act_on_a_plain_object_reports_no_claim(text: str) -> None:
    assert not [m for m in find_markers(text) if m.kind in ("attribution", "weasel")]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The referee declared the pitch unplayable.", "The referee declared"),
        ("The airline denied that the jet was overloaded.", "The airline denied"),
        ("The union claimed the ballot was rigged.", "The union claimed"),
        ('"The dam held," the engineers declared.', "the engineers declared"),
    ],
)
def test_the_same_verbs_reporting_a_claim(text: str, phrase: str) -> None:
    assert ("attribution", phrase) in pairs(text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "An aide who spoke on condition of anonymity said the talks had stalled.",
            [("weasel", "An aide")],
        ),
        (
            "The governor's adviser, who asked not to be named, said the plan was dead.",
            [("weasel", "The governor's adviser")],
        ),
        (
            "The governor's adviser — who asked not to be named — said the plan was dead.",
            [("weasel", "The governor's adviser")],
        ),
        ("A senior rail source said the line would shut.", [("weasel", "A senior rail source")]),
        (
            "Dr. Oda Brenn of St. Kilian's Clinic said six patients were treated.",
            [("attribution", "Oda Brenn")],
        ),
        ("The union dismissed claims that it had split.", []),
    ],
)
def test_withheld_sources_affiliations_and_refuted_reports(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    found = [
        (m.kind, m.speaker) for m in find_markers(sentence) if m.kind in ("attribution", "weasel")
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a verb of change "up to" is the level reached, as the number reader says.
        ("Dearer feed pushed milk prices up to 4.2%.", set()),
        ("The shares went up to $31 by noon.", set()),
        # A ceiling stays an approximator: no verb of change, or a modal before it.
        ("Up to 60 families lost their homes.", {("approximator", "Up to")}),
        ("The fine could rise up to 9,000 euros.", {("hedge", "could"), ("approximator", "up to")}),
        ("Each driver faces up to two years in jail.", {("approximator", "up to")}),
    ],
)
def test_up_to_after_a_verb_of_change_is_no_bound(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert {p for p in pairs(text) if p[0] in ("approximator", "hedge")} == expected


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        # A role for an organisation speaks; the organisation is where it speaks from.
        (
            "A spokesman for the harbour board said two cranes failed.",
            "attribution",
            "A spokesman for the harbour board",
        ),
        (
            "A spokeswoman for Tarn Rail said the line would reopen.",
            "attribution",
            "A spokeswoman for Tarn Rail",
        ),
        ("A lawyer for the cyclist said she slipped.", "attribution", "A lawyer for the cyclist"),
        ("Lawyers for the tenants said rents doubled.", "attribution", "Lawyers for the tenants"),
        # A vague head stays vague whatever it serves.
        ("A source for the union said talks stalled.", "weasel", "A source for the union"),
        ("A source close to the coach said he quit.", "weasel", "A source close to the coach"),
    ],
)
def test_role_for_an_organisation_is_the_speaker(text: str, kind: str, speaker: str) -> None:
    found = [(m.kind, m.speaker) for m in find_markers(text) if m.speaker]
    assert found == [(kind, speaker)]


def test_for_inside_a_clause_before_the_speaker_stays_out() -> None:
    text = "Demand for the vaccine rose, the clinic said."
    found = [m.speaker for m in find_markers(text) if m.speaker]
    assert found == ["the clinic"]


@pytest.mark.parametrize(
    ("text", "booster"),
    [
        ("The coach absolutely did not pick the team.", "absolutely did not"),
        ("The bank categorically never lent them money.", "categorically never"),
        ("The builder flatly denied cutting corners.", "flatly denied"),
    ],
)
def test_emphatic_negation_is_a_booster(text: str, booster: str) -> None:
    markers = find_markers(text)
    assert [m.text for m in markers if m.kind == "booster"] == [booster]
    assert assertiveness(markers, text) == "boosted"
    assert not is_hedged(markers)


def test_an_intensifier_without_negation_is_no_booster() -> None:
    assert not [m for m in find_markers("The crowd was absolutely huge.") if m.kind == "booster"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("There is no doubt the bridge was unsafe.", "The bridge was unsafe."),
        ("There is no question that the count was wrong.", "The count was wrong."),
        ("It is widely known that the mill closed.", "The mill closed."),
        ("Undoubtedly, the tide turned early.", "The tide turned early."),
        ("There is little doubt that the ferry was late.", "The ferry was late."),
        ("There can be no doubt the ferry was late.", "The ferry was late."),
        # No frame at the start, or no clause after it: the text as it is.
        ("The bridge was unsafe, no doubt.", "The bridge was unsafe, no doubt."),
        ("It was clear.", "It was clear."),
        ("The count was wrong.", "The count was wrong."),
    ],
)
def test_strip_certainty_keeps_the_framed_clause(text: str, expected: str) -> None:
    assert strip_certainty(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("https://tips.example/x","Open") said the dam had failed.',
        "=CONCAT(B2,C2) said the ferry sank.",
        "@SUM(A1:A9) claimed 300 homes flooded.",
    ],
)
def test_a_formula_is_no_speaker(text: str) -> None:
    assert [m for m in find_markers(text) if m.kind == "attribution"] == []


def test_a_name_before_a_spaced_bracket_still_speaks() -> None:
    found = [m.speaker for m in find_markers("Ines Vale (the warden) said the dam held.")]
    assert found == ["Ines Vale"]


@pytest.mark.parametrize(
    ("text", "approximators"),
    [
        ("The grant was not nearly enough to rebuild the hall.", []),
        ("The queue wasn't nearly as long as last year.", []),
        ("The hall is nearly finished.", ["nearly"]),
    ],
)
def test_nearly_after_not_is_no_approximator(text: str, approximators: list[str]) -> None:
    """"not nearly" means far from: emphatic negation, not a blurred extent."""
    found = [m.text for m in find_markers(text) if m.kind == "approximator"]
    assert found == approximators


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a group nobody names puts the claim on its word alone
        ("Shopkeepers claim trade has halved.", ("weasel", "Shopkeepers claim")),
        ("Nurses claimed they were not paid.", ("weasel", "Nurses claimed")),
        ("Local anglers alleged the lake was poisoned.", ("weasel", "Local anglers alleged")),
        # a body the reader can identify, or another verb: an attribution
        ("The farmers claimed the river was polluted.", ("attribution", "The farmers claimed")),
        ("Police claimed the driver fled.", ("attribution", "Police claimed")),
        ("Farmers said the river was polluted.", ("attribution", "Farmers said")),
    ],
)
def test_claim_after_an_unnamed_group_is_a_weasel(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert expected in pairs(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "claim" also names an act ("claimed responsibility"); a noun with a verb of its
        # own after it is the subject of the reported clause, so the verb reports
        ("Neighbours claimed the fire started in the kitchen.", [("weasel", "Neighbours claimed")]),
        ("Fishermen claim the harbour wall has cracked.", [("weasel", "Fishermen claim")]),
        ("The co-op claimed the lorry blocked its gate.", [("attribution", "The co-op claimed")]),
        # a plain object is the act, whatever follows it
        ("The rebels claimed responsibility for the blast.", []),
        ("The runner claimed victory in the last lap.", []),
        # a participle that describes the object keeps the act
        ("The firm denied the charges filed by the regulator.", []),
    ],
)
def test_claim_with_a_clause_after_its_first_noun_reports_it(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    found = [(m.kind, m.text) for m in find_markers(sentence)]
    assert [f for f in found if f[0] in ("attribution", "weasel")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the participle's object ("reports", "claims") is a noun, not a reporting verb
        ("The mayor resigned on Friday, denying earlier reports of a feud.", []),
        ("The pool will stay shut, the board said, denying earlier reports.", ["the board"]),
        ("The depot will close in May, citing rival claims.", []),
        # a reporting verb that cannot be a noun keeps its speaker after a comma
        ("The levy will rise, leading economists said.", ["leading economists"]),
    ],
)
def test_a_participle_clause_after_a_comma_is_no_speaker(
    sentence: str, expected: list[str]
) -> None:
    speakers = [
        m.speaker for m in find_markers(sentence) if m.kind in ("attribution", "weasel")
    ]
    assert speakers == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a belief verb negated by "do not" is the believer's attitude, marked as the
        # verb alone would be: the writer's own doubt is a hedge, a vague source a weasel
        (
            "I don't believe the tally is right.",
            [("hedge", "I don't believe", "self:not believe")],
        ),
        ("We do not think the pier will hold.", [("hedge", "We do not think", "self:not think")]),
        (
            "Critics do not believe the pier will hold.",
            [("weasel", "Critics do not believe", "reporting:not believe")],
        ),
        (
            "Warden Ola Lind did not think the pier would hold.",
            [("attribution", "Warden Ola Lind did not think", "reporting:not think")],
        ),
        # "Nobody" is no source, negated or not
        ("Nobody does not believe it.", []),
    ],
)
def test_a_negated_belief_is_the_attitude_not_the_claim(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    found = [(m.kind, m.text, m.pattern) for m in find_markers(sentence)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "marked"),
    [
        ("Approx. 300 people queued.", "Approx."),
        ("The hall seats approx. 300 people.", "approx."),
        ("Ca. 40 boats sank.", "Ca."),
        ("The wall is c. 300 years old.", "c."),
    ],
)
def test_an_abbreviated_approximator_keeps_its_stop(sentence: str, marked: str) -> None:
    assert [(m.kind, m.text) for m in find_markers(sentence)] == [("approximator", marked)]


def test_a_letter_with_a_stop_before_no_number_is_no_approximator() -> None:
    assert find_markers("See appendix c. The hall is big.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # the stop of a company's abbreviation is no end of the speaker
        ("A spokesperson for Acme Ltd. said the weir held.", "A spokesperson for Acme Ltd."),
        ("Brenmoor Water Co. said the weir held.", "Brenmoor Water Co."),
        ("A lawyer for Harl Inc. told reporters the weir held.", "A lawyer for Harl Inc."),
    ],
)
def test_a_company_abbreviation_stays_in_the_speaker(sentence: str, speaker: str) -> None:
    assert [(m.kind, m.speaker) for m in find_markers(sentence)] == [("attribution", speaker)]


# A frame that denies the clause after it outright ("There is no way …", "It is
# impossible that …") makes the clause's modal part of a firm denial: no hedge. The
# same modal without the frame, or after a litotes ("not impossible"), keeps its doubt.
@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("There is no way the levee could have failed.", False),
        ("There's no chance the ferry will sail on Friday.", False),
        ("It is impossible that the audit could have missed it.", False),
        ("But there is simply no way the pump could have been fixed.", False),
        ("The levee could have failed.", True),
        ("It is not impossible that the levee failed.", True),
        ("Engineers said the levee could have failed; there is no way to know.", True),
    ],
)
def test_a_modal_in_a_clause_denied_outright_is_no_hedge(text: str, hedged: bool) -> None:
    assert is_hedged(find_markers(text)) is hedged
