"""Claim frames: tables of our own sentences, slot by slot."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.match.frames import (
    Frame,
    FrameContext,
    build_frame,
    frame,
    frames_for_document,
    named_heads,
    owned_heads,
    person_surnames,
    strip_attribution,
    tallied,
)
from factcheck.match.relation import compare

SUBJECTS = [
    ("The Brenmoor council approved a $42 million budget on Tuesday.", "brenmoor council"),
    ("The Lisdale council approved a $57 million budget on Tuesday.", "lisdale council"),
    ("Ada Brook won the seat in 2018.", "ada brook"),
    ("The blast killed 9 people.", "blast"),
    ("Inflation fell to 3.1%.", "inflation"),
    ("Unemployment fell to 5.2% in March.", "unemployment"),
    ("On Tuesday, the Marrow Valley dam released water.", "marrow valley dam"),
    ("Shares of Quillon Foods rose 4% on Monday.", "quillon foods"),
    # A place phrase after the head says where the thing is measured, not what it is.
    ("Bus fares in Corlan went up 12% in January.", "bus fare"),
    ("Vacancy rates in the Ostby district climbed to 9.5%.", "vacancy rate"),
    # A fronted place and the names of a relative clause are not the subject either.
    ("In Tamsey, where the Orvell plant opened in May, the jobless rate was 5.1%.", "jobless rate"),
]


@pytest.mark.parametrize(("text", "subject"), SUBJECTS)
def test_subject(text: str, subject: str) -> None:
    assert frame(text).subject == subject


@pytest.mark.parametrize(
    ("text", "speaker", "subject"),
    [
        ('"Bus fares rose in June," the transport board said.', "the transport board", "bus fare"),
        ("“The levee will hold,” said Commissioner Ana Vey.", "Commissioner Ana Vey", "levee"),
        ("'Ferry trips fell by 9%,' the harbour office said.", "the harbour office", "ferry trip"),
        ('The coroner said: "Three victims drowned near the weir."', "The coroner", "victim"),
    ],
)
def test_quotation_claim_carries_its_speaker(text: str, speaker: str, subject: str) -> None:
    f = frame(text)
    assert (f.speaker, f.subject) == (speaker, subject)


@pytest.mark.parametrize(
    ("text", "speaker", "subject"),
    [
        # a name beside a description between commas: the name speaks
        ("The ferry operator, Nils Brandt, said the ferry was late.", "Nils Brandt", "ferry"),
        ("Nils Brandt, the ferry operator, said the ferry was late.", "Nils Brandt", "ferry"),
        ('Nils Brandt, who runs the ferry, said: "The ferry was late."', "Nils Brandt", "ferry"),
        ("The ferry was late, said Nils Brandt, the ferry operator.", "Nils Brandt", "ferry"),
        ("The ferry was late, said the ferry operator, Nils Brandt.", "Nils Brandt", "ferry"),
        ("The ferry was late, Nils Brandt, the operator, told reporters.", "Nils Brandt", "ferry"),
        ("The ferry was late, the operator, Nils Brandt, said.", "Nils Brandt", "ferry"),
        # "told" after a comma names the listener: the rest is no speaker
        ("The operator, Nils Brandt, told reporters the ferry was late.", "Nils Brandt", "ferry"),
        # "as X put it"
        ('As the operator put it: "The ferry was late."', "the operator", "ferry"),
        ("The ferry was late, as the operator put it.", "the operator", "ferry"),
    ],
)
def test_speaker_named_with_an_apposition_or_put_it(
    text: str, speaker: str, subject: str
) -> None:
    f = frame(text)
    assert (f.speaker, f.subject) == (speaker, subject)


@pytest.mark.parametrize(
    "text",
    [
        "As the mayor said goodbye, the roof fell in.",
        "The ferry, the bus and the tram stopped.",
        "Nils Brandt, the ferry operator, sold the ferry.",
    ],
)
def test_no_speaker_where_nobody_reports(text: str) -> None:
    assert frame(text).speaker == ""


@pytest.mark.parametrize(
    ("text", "speaker", "subject"),
    [
        ("The pilot's colleague, who asked not to be named, said the ferry was late.",
         "The pilot's colleague", "ferry"),
        ("A port official — speaking anonymously — said the ferry was late.",
         "A port official", "ferry"),
        ("An engineer who spoke on condition of anonymity said the ferry was late.",
         "An engineer", "ferry"),
        ("A senior port source told the paper the ferry was late.",
         "A senior port source", "ferry"),
    ],
)
def test_a_speaker_described_by_an_aside_leaves_the_reported_clause(
    text: str, speaker: str, subject: str
) -> None:
    f = frame(text)
    assert (f.speaker, f.subject) == (speaker, subject)



def test_a_first_person_quotation_keeps_we_and_names_the_speaker() -> None:
    # The speaker's organisation is not known: "we" stays the subject (unresolved), and
    # the speaker is kept beside it.
    f = frame('Nils Brandt, the ferry operator, said: "We cancelled nine crossings."')
    assert (f.subject_text, f.speaker) == ("We", "Nils Brandt")


def test_quoted_claim_and_reported_claim_read_the_same() -> None:
    quoted = frame('"Bus fares rose 4% in June," the transport board said.')
    reported = frame("The transport board said bus fares rose 4% in June.")
    assert (quoted.subject, quoted.predicate) == (reported.subject, reported.predicate)
    assert quoted.speaker.lower() == reported.speaker.lower()


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Next Monday the ferry board will meet.", "the ferry board"),
        ("On 4 June the museum reopened.", "the museum"),
        ("In 2023 the orchard lost its pears.", "the orchard"),
        ("Yesterday the depot shut.", "the depot"),
        ("This month our clinic hired nine nurses.", "our clinic"),
        ("Early on Friday Pellham council approved the plan.", "Pellham council"),
        # a bare day or month before a noun is a name or a modifier, not a time phrase
        ("Tuesday Mills closed a plant.", "Tuesday Mills"),
        ("April rainfall doubled.", "April rainfall"),
        # a time phrase that is all there is before the verb stays the subject
        ("Last winter was the wettest on record.", "Last winter"),
    ],
)
def test_fronted_time_phrase_is_not_the_subject(text: str, written: str) -> None:
    assert frame(text).subject_text == written


@pytest.mark.parametrize(
    ("text", "subject", "place"),
    [
        # A place phrase opening the clause without a comma is where, not who.
        ("In Tarrow the council hired 40 nurses.", "council", ("tarrow",)),
        ("In Orlin pensioners received 300 euros.", "pensioner", ("orlin",)),
        ("At the Harl depot a fire destroyed 12 buses.", "fire", ("harl",)),
        ("In Tarrow 40 nurses were hired.", "nurse", ("tarrow",)),
        # A place after the head is no part of the subject; without a name, no place.
        ("Residents in the old town lost power.", "people", ()),
        ("Fuel prices in Dalmark rose 5%.", "fuel price", ("dalmark",)),
        # Not a place phrase.
        ("At least 15 people died.", "people", ()),
    ],
)
def test_a_place_phrase_is_not_the_subject(
    text: str, subject: str, place: tuple[str, ...]
) -> None:
    f = frame(text)
    assert (f.subject, f.place) == (subject, place)


PREDICATES = [
    ("The blast killed 9 people.", "kill", 1, "active"),
    ("He has pleaded not guilty.", "plead", -1, "active"),
    ("No deaths have been reported.", "report", -1, "passive"),
    ("Arsenal was beaten by Chelsea.", "beat", 1, "passive"),
    ("The border remained closed in August.", "close", 1, "active"),
    ("The border reopened in August.", "reopen", 1, "active"),
    ("Heat kills more people than cold.", "kill", 1, "active"),
    ("The minister did not resign.", "resign", -1, "active"),
]


@pytest.mark.parametrize(("text", "lemma", "polarity", "voice"), PREDICATES)
def test_predicate(text: str, lemma: str, polarity: int, voice: str) -> None:
    f = frame(text)
    assert (f.predicate, f.polarity, f.voice) == (lemma, polarity, voice)


MODALITY = [
    ("The plant will reopen in May.", "planned"),
    ("The ferry is scheduled to sail on Friday.", "planned"),
    # Someone's forecast or expectation of a figure pins no figure yet.
    ("Analysts expected bread prices to fall below 2% by the autumn.", "planned"),
    ("The ministry forecast that exports would recover.", "planned"),
    ("Forecasters predicted rainfall to top 80 mm.", "planned"),
    ("Bread prices fell below 2% in the autumn, as analysts had expected.", "asserted"),
    # "planned" before a noun names a plan the sentence asserts something about.
    ("The planned strike went ahead.", "asserted"),
    ("The storm may have killed 12 people.", "possible"),
    ("The suspect reportedly fled to Oskar Bay.", "hedged"),
    ("The suspect fled to Oskar Bay.", "asserted"),
    # "due to" before a noun phrase gives a cause; before a verb, a plan.
    ("Half of the shortfall was due to a slump in orders.", "asserted"),
    ("The new Brisk ferry is due to enter service in May.", "planned"),
    # A pledge or a target is a plan: its figure is not a finding.
    ("The Ashby council pledged to plant 900 trees.", "planned"),
    ("The ministry set a target of 40% wind power.", "planned"),
    ("The club announced a goal of 300 members.", "planned"),
]


@pytest.mark.parametrize(("text", "modality"), MODALITY)
def test_modality(text: str, modality: str) -> None:
    assert frame(text).modality == modality


# A negated contraction is the auxiliary and "not": every slot reads as the written-out
# form does ("don't think" is "do not think", "won't" "will not", "can't" "can not").
CONTRACTIONS = [
    ("The Orrin council didn't approve the levy.", "The Orrin council did not approve the levy."),
    ("The ferry won't sail on Friday.", "The ferry will not sail on Friday."),
    ("The Tamsey pier isn't open.", "The Tamsey pier is not open."),
    ("The haulier hasn't paid the fine.", "The haulier has not paid the fine."),
    ("We don't think the ferry will sail.", "We do not think the ferry will sail."),
    ("The tram firm can't run trams on Sunday.", "The tram firm can not run trams on Sunday."),
    ("The tram firm cannot run trams on Sunday.", "The tram firm can not run trams on Sunday."),
    ("The Lisdale board wasn’t told of the leak.", "The Lisdale board was not told of the leak."),
    ("The lido shouldn't reopen before May.", "The lido should not reopen before May."),
    ("The mayor didn't say the depot would close.", "The mayor did not say the depot would close."),
    ("Ministers aren't planning a fuel levy.", "Ministers are not planning a fuel levy."),
    ("Wardens wouldn't open the gates.", "Wardens would not open the gates."),
]


@pytest.mark.parametrize(("contracted", "written_out"), CONTRACTIONS)
def test_a_negated_contraction_reads_as_its_auxiliary_and_not(
    contracted: str, written_out: str
) -> None:
    slots = ("subject", "predicate", "polarity", "modality", "voice", "agent", "patient")
    short, full = frame(contracted).to_dict(), frame(written_out).to_dict()
    assert {k: short[k] for k in slots} == {k: full[k] for k in slots}
    assert short["polarity"] == -1


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "modality"),
    [
        ("We don't think the ferry will sail.", "we", "think", "planned"),
        ("The ferry won't sail on Friday.", "ferry", "sail", "planned"),
        ("The tram operator can't run trams on Sunday.", "tram operator", "run", "possible"),
        ("Ministers aren't planning a fuel levy.", "minister", "plan", "asserted"),
    ],
)
def test_a_contraction_is_no_part_of_the_subject_and_keeps_its_modal(
    text: str, subject: str, predicate: str, modality: str
) -> None:
    f = frame(text)
    assert (f.subject, f.predicate, f.polarity, f.modality) == (subject, predicate, -1, modality)


MEASURES = [
    ("The blast killed 9 people.", ("people",), "die", 9.0),
    ("The blast injured 31 people.", ("people",), "injure", 31.0),
    ("Inflation fell to 3.1%.", ("inflation",), "", 3.1),
    ("Turnout was 61% in 2019.", ("turnout",), "", 61.0),
    ("The firm cut 500 jobs.", ("job",), "decrease", 500.0),
    ("At least 15 people died when the bridge collapsed.", ("people",), "die", 15.0),
    # After a level verb a phrase led by a preposition says where or among whom; the
    # figure still measures the subject ("of" leads the counted thing: "12% of voters").
    ("Home prices fell 2% in the capital.", ("home", "price"), "", 2.0),
    ("Wages rose 3% among nurses.", ("wage",), "", 3.0),
    ("Turnout rose to 12% of voters.", ("voter",), "", 12.0),
    # A light verb's complement says what happened to the counted thing.
    ("The quake left 2,000 people injured.", ("people",), "injure", 2000.0),
    ("The landslide left 300 villagers homeless.", ("villager",), "homeless", 300.0),
    ("The heatwave put 1,500 people in hospital.", ("people",), "hospital", 1500.0),
    ("The crash left 3 people dead.", ("people",), "die", 3.0),
    # The counted thing is the noun phrase the figure heads, read to its head noun past
    # compound and hyphenated modifiers, and no further than a preposition.
    ("Storms grounded 120 Brisk Air regional flights.", ("regional", "flight"), "ground", 120.0),
    (
        "The ward logged 13 flu-related hospital admissions.",
        ("hospital", "hospitalization"),
        "log",
        13.0,
    ),
    ("Police arrested 12 protesters outside the embassy.", ("protester",), "arrest", 12.0),
    ("The tremor damaged 40 homes in Marrow Lane.", ("home",), "damage", 40.0),
    # "listed as missing" counts the missing (match_predicates.toml)
    ("Officials say 1,216 residents remain listed as missing.", ("people",), "miss", 1216.0),
    ("The raid seized 14 suspected smuggling boats.", ("smuggle", "boat"), "seize", 14.0),
    # A word after a count that can be a noun is what is counted ("crew" is also a past
    # tense of "crow"), not the verb.
    ("Six crew members were hurt in the collision.", ("crew", "member"), "injure", 6.0),
    # An amount in a unit after a verb measures the action, not its doer; a passive
    # verb's subject is what it acted on.
    ("Ostrel Bank was fined $8 million by the watchdog.", (), "fine", 8e6),
    ("The watchdog fined Ostrel Bank $8 million.", (), "fine", 8e6),
    ("Ostrel Bank was fined 3 times by the watchdog.", (), "fine", 3.0),
]


@pytest.mark.parametrize(("text", "what", "predicate", "value"), MEASURES)
def test_measure(text: str, what: tuple[str, ...], predicate: str, value: float) -> None:
    (m,) = frame(text).measures
    assert (m.what, m.predicate, m.quantity.value) == (what, predicate, value)


SEVERAL_MEASURES = [
    (
        "The cyclone killed 7 people and injured 52 others.",
        [(("people",), "die", 7.0), (("people",), "injure", 52.0)],
    ),
    (
        "Eleven miners died and 30 were rescued.",
        [(("miner",), "die", 11.0), (("miner",), "rescue", 30.0)],
    ),
    ("Bread prices rose 4% but wages 9%.", [(("bread", "price"), "", 4.0), (("wage",), "", 9.0)]),
    ("Exports fell 3% while imports grew 6%.", [(("export",), "", 3.0), (("import",), "", 6.0)]),
    # A change "by" a figure counts what the verb changed, past an age bound and a
    # compound adjective ("cholera-linked" is no verb).
    (
        "The vaccine lowered cholera-linked admissions among people aged 60 and over by 46%.",
        [(("hospitalization",), "decrease", 46.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEVERAL_MEASURES)
def test_each_figure_has_its_own_verb_and_counted_thing(
    text: str, expected: list[tuple[tuple[str, ...], str, float]]
) -> None:
    got = [(m.what, m.predicate, m.quantity.value) for m in frame(text).measures]
    assert got == expected


def test_age_is_no_measure() -> None:
    assert frame("Ada Brook, 54, won the seat.").measures == ()


@pytest.mark.parametrize(
    "text",
    [
        "The Harlow theft was one of the largest in the region.",
        "Tarvik is one of several ports hit by the strike.",
    ],
)
def test_one_of_picks_a_member_and_counts_nothing(text: str) -> None:
    assert frame(text).measures == ()


def test_a_count_after_by_in_the_passive_is_the_agent_not_a_change() -> None:
    (m,) = frame("The mayor is being investigated by two federal agencies.").measures
    assert (m.what, m.predicate) == (("federal", "agency"), "investigate")
    (m,) = frame("The scheme cut the waiting list by 400 cases.").measures
    assert m.predicate == "decrease"


@pytest.mark.parametrize(
    ("text", "subject", "predicate"),
    [
        ("The technology-laced Varn index slid 2.1 percent.", "varn index", "slide"),
        ("Shares of Kestrow-based Brisk Air rose 5%.", "brisk air", "rise"),
        ("The long-awaited bypass carried 9,000 cars.", "bypass", "carry"),
        # After an abbreviation's stop too.
        ("The deal gives Ont.-based Harl Foods 900 stores.", "deal", "give"),
        # A compound after its subject, or with a bound prefix, is the verb.
        ("Kestrow test-fired a missile.", "kestrow test", "fire"),
    ],
)
def test_a_hyphenated_participle_before_a_noun_is_a_modifier(
    text: str, subject: str, predicate: str
) -> None:
    f = frame(text)
    assert (f.subject, f.predicate) == (subject, predicate)


@pytest.mark.parametrize(
    "text",
    [
        "He raised $150 million for the campaign.",  # a pronoun says nothing
        "Ostrel Bank paid $5 million to settle the case.",  # an amount of the action
        "The fire burned 8,000 hectares of forest since Monday.",
    ],
)
def test_no_doer_is_read_as_what_an_amount_measures(text: str) -> None:
    (m,) = frame(text).measures
    assert "he" not in m.what and "ostrel" not in m.what and "fire" not in m.what


def test_a_bare_count_with_its_noun_left_out_counts_the_noun_before() -> None:
    text = "There were 9 admissions in the treated group and 17 in the untreated group."
    got = [(m.what, m.quantity.value) for m in frame(text).measures]
    assert got == [(("hospitalization",), 9.0), (("hospitalization",), 17.0)]


TIMES = [
    ("Turnout was 54% in 2023.", {"year": 2023}),
    ("The bridge reopened on March 10, 2026.", {"year": 2026, "month": 3, "day": 10}),
    ("The border remained closed in August.", {"month": 8}),
]


@pytest.mark.parametrize(("text", "fields"), TIMES)
def test_absolute_time(text: str, fields: dict[str, int]) -> None:
    (slot,) = frame(text).time
    assert slot.fields() == fields


PLACES = [
    ("A ferry sank off the coast of Yemen.", ("yemen",)),
    ("Two people died in a fire in Kestrow on Monday.", ("kestrow",)),
    ("The blast killed 9 people.", ()),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_place(text: str, place: tuple[str, ...]) -> None:
    assert frame(text).place == place


# (article before the claim, claim, places read)
PEOPLE_NOT_PLACES = [
    # a surname of a person the article names in full and then alone
    (
        "Police arrested Jonas Sandvik on Monday. Sandvik, 34, is a former soldier.",
        "Officers searched a flat in Sandvik on Tuesday.",
        (),
    ),
    # a person title before the name
    ("Mayor Bo Tolle of Arvik was questioned.", "Investigators found cash at Tolle's home.", ()),
    # a name owning the noun after it, never a bare place in the article
    ("", "The panel ruled 2-1 in Varga's favour.", ()),
    ("", "Officers took the laptop from Sandvik's car in Ostby.", ("ostby",)),
    # ... but a place the article names on its own stays one with its possessive
    ("Flights from Lendal were cut.", "The fire started in Lendal's old town.", ("lendal",)),
    # "in favour of", "in the custody of" locate nothing
    ("", "The court ruled in favour of Ilse Varga.", ()),
    ("", "The fund was placed in the custody of Lena Holm.", ()),
    # places stay places
    ("A landslide blocked the road to Dovrin.", "Crews worked in Dovrin all night.", ("dovrin",)),
    ("", "Fighting broke out in the north of Kestrow.", ("kestrow",)),
]


@pytest.mark.parametrize(("preceding", "text", "place"), PEOPLE_NOT_PLACES)
def test_a_person_is_no_place(preceding: str, text: str, place: tuple[str, ...]) -> None:
    """A capitalised word after "in/at/from" that names a person (a surname of the
    article, after a title, or owning the noun after it) is no place."""
    assert frame(text, FrameContext(preceding)).place == place


def test_person_surnames_need_a_full_name_and_a_second_mention() -> None:
    text = (
        "Former harbour master Ilse Varga appealed. Varga, 58, denies it. "
        "New Lendal banned fireworks in Port Arne. Judge Marten Osei presided."
    )
    assert person_surnames(text) == frozenset({"varga", "osei"})


ROLES = [
    ("Arsenal was beaten by Chelsea.", "chelsea", "arsenal"),
    ("Chelsea beat Arsenal on Saturday.", "chelsea", "arsenal"),
]


@pytest.mark.parametrize(("text", "agent", "patient"), ROLES)
def test_roles(text: str, agent: str, patient: str) -> None:
    f = frame(text)
    assert (f.agent, f.patient) == (agent, patient)


def test_comparison_order() -> None:
    assert frame("Heat kills more people than cold.").comparison == ("heat", "more people", "cold")
    assert frame("Cold kills more people than heat.").comparison == ("cold", "more people", "heat")


REFUTING = [
    ("Claims that the mayor resigned are false.", "the mayor resigned"),
    ("Officials dismissed reports that 40 people died in the fire.", "40 people died in the fire"),
    ("The ministry denied that the dam had been breached.", "the dam had been breached"),
    ("There is no evidence that the vaccine causes memory loss.", "the vaccine causes memory loss"),
    ("Reports that the airport was closed are incorrect.", "the airport was closed"),
    ("The story that the zoo's tiger escaped is a hoax.", "the zoo's tiger escaped"),
    (
        "A viral post claims the Orra dam collapsed overnight, but this is false.",
        "the Orra dam collapsed overnight",
    ),
    ("The rumour that the senator quit the party has been debunked.", "the senator quit the party"),
]


@pytest.mark.parametrize(("text", "refuted"), REFUTING)
def test_refuting_frame(text: str, refuted: str) -> None:
    f = frame(text)
    assert f.refutes is not None
    assert f.refutes.text == refuted


@pytest.mark.parametrize(
    "text",
    [
        "The mayor resigned.",
        "The report is false.",  # rejects a thing, not a statement
        "The council approved the plan that residents had opposed.",
    ],
)
def test_not_refuting(text: str) -> None:
    assert frame(text).refutes is None


SELF_CONTAINED = [
    ("Ada Brook won the seat in 2018.", True),
    ("The Brenmoor council approved a $42 million budget on Tuesday.", True),
    ("Two people died in a fire in Kestrow on Monday.", True),
    ("No deaths have been reported.", False),
    ("He has pleaded not guilty.", False),
    ("The company said sales fell.", False),
    ("Inflation fell to 3.1%.", False),
    ("The blast killed 9 people.", False),
    # A number written in words opening the sentence names nothing: which shelters, where?
    ("Four rest centres have been opened, the council said.", False),
    ("Twenty volunteers were still searching the dunes.", False),
    ("Four rest centres have been opened in Pellham.", True),
    ("Nine Elms council reopened the depot.", True),
]


@pytest.mark.parametrize(("text", "expected"), SELF_CONTAINED)
def test_self_contained(text: str, expected: bool) -> None:
    assert frame(text).self_contained is expected


RESOLUTION = [
    (
        "Ada Brook, 54, was charged on Monday. Brook appeared in court.",
        "He has pleaded not guilty.",
        "ada brook",
    ),
    (
        "Norvane Industries reported results on Friday.",
        "The company said sales fell.",
        "norvane industries",
    ),
    (
        "The Brenmoor District Council met on Tuesday.",
        "The council approved the budget.",
        "brenmoor district council",
    ),
    # Two people named before: a pronoun stays unresolved.
    ("Ada Brook and Tom Vell were charged.", "He has pleaded not guilty.", "he"),
    # No context at all.
    ("", "She resigned on Friday.", "she"),
]


@pytest.mark.parametrize(("preceding", "claim", "subject"), RESOLUTION)
def test_subject_resolution(preceding: str, claim: str, subject: str) -> None:
    f = frame(claim, FrameContext(preceding, date(2026, 3, 11)))
    assert f.subject == subject
    assert f.resolved is (subject not in ("he", "she"))


def test_frames_for_document_reads_each_claim_with_what_precedes_it() -> None:
    text = "Ada Brook was charged on Monday. She denied the charges."
    claims = [(0, "Ada Brook was charged on Monday."), (33, "She denied the charges.")]
    frames = frames_for_document(text, claims, date(2026, 3, 11))
    assert frames[1].subject == "ada brook"
    assert frames[1].self_contained is False


PERIODS_READ = [
    # (claim, [(figure as written, period)])
    ("Bread prices rose 0.4% on the month.", [("0.4%", "m/m")]),
    ("Bread prices rose 3.1% year on year.", [("3.1%", "y/y")]),
    ("Bread prices rose 0.4% month-on-month and 3.1% from a year earlier.", [
        ("0.4%", "m/m"), ("3.1%", "y/y"),
    ]),
    # The figure a change started from is a value of the same series: its period.
    ("Annual inflation in Orsk eased to 2.7% from 2.9%.", [("2.7%", "y/y"), ("2.9%", "y/y")]),
    ("Bus fares rose 0.2% on the month, down from 0.5% in June.", [
        ("0.2%", "m/m"), ("0.5%", "m/m"),
    ]),
    ("The Tarn economy grew 0.7% in the quarter.", [("0.7%", "q/q")]),
    ("The Tarn economy grew 2.8% at an annualised rate.", [("2.8%", "annualised")]),
    ("Car sales in Brede are up 11% so far this year.", [("11%", "year to date")]),
    ("Bread prices rose 0.4% in March.", [("0.4%", "")]),
    # A change from a month named without a year is over a month, not a year.
    ("Bus fares in Orsk rose 0.6% in May from April.", [("0.6%", "m/m")]),
    ("Rents climbed 1.2% compared with July.", [("1.2%", "m/m")]),
    ("Rents climbed 1.2% from July last year.", [("1.2%", "")]),
    ("Rents climbed 9% from January to June.", [("9%", "")]),
    ("Rents climbed more than may be usual, by 2%.", [("2%", "")]),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS_READ)
def test_each_figure_reads_its_period(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.quantity.text, m.period) for m in frame(text).measures] == expected


def test_a_period_phrase_after_a_figure_is_not_what_it_counts() -> None:
    (m,) = frame("The Tarn economy grew 0.9% quarter on quarter.").measures
    assert m.period == "q/q"
    assert "quarter" not in m.what


TIMES_READ = [
    ("Cinema visits fell 4% in January and 6% in February.", ["January", "February"]),
    ("In January cinema visits fell 4%, in February 6%.", ["January", "February"]),
    ("Turnout in Vell fell from 64% in 2019 to 57% in 2023.", ["2019", "2023"]),
    # A second date with no figure of its own goes with none.
    ("Bread prices rose 2% in March, the most since June 2021.", ["March"]),
    ("Exports from Senna rose 3% in June.", ["June"]),
]


@pytest.mark.parametrize(("text", "times"), TIMES_READ)
def test_each_figure_keeps_the_time_written_next_to_it(text: str, times: list[str]) -> None:
    read = [m.time.text for m in frame(text).measures if m.time is not None]
    assert read == times


@pytest.mark.parametrize(
    "text",
    [
        *(t for t, _ in SUBJECTS),
        *(t for t, *_ in PREDICATES),
        *(t for t, _ in REFUTING),
        "The Harbor Bridge collapse killed about 12 people on March 3, 2026 in Kestrow.",
        "Cinema visits fell 4% in January and 6% year on year in February.",
    ],
)
def test_frame_round_trips_through_json(text: str) -> None:
    import json

    f = build_frame(text)
    again = Frame.from_dict(json.loads(json.dumps(f.to_dict())), text)
    assert again == f


ANCHORED = [
    # (anchored day, written date fields, differs)
    (date(2026, 3, 9), {"month": 3, "day": 9}, False),
    (date(2026, 3, 9), {"month": 3, "day": 7}, True),
    (date(2026, 3, 9), {"weekday": 0}, False),  # March 9, 2026 is a Monday
    (date(2026, 3, 9), {"weekday": 1}, True),
    (date(2026, 3, 9), {"year": 2025}, True),
]


@pytest.mark.parametrize(("day", "fields", "differs"), ANCHORED)
def test_anchored_day_against_written_date(
    day: date, fields: dict[str, int], differs: bool
) -> None:
    from factcheck.match.frames import TimeSlot

    anchored = TimeSlot("yesterday", start=day, end=day)
    written = TimeSlot("written", **fields)  # type: ignore[arg-type]
    assert anchored.differs(written) is differs
    assert written.differs(anchored) is differs


def test_anchored_ranges_meet_or_not() -> None:
    from factcheck.match.frames import TimeSlot

    week = TimeSlot("last week", start=date(2026, 3, 2), end=date(2026, 3, 8))
    assert not week.differs(TimeSlot("Tuesday", start=date(2026, 3, 3), end=date(2026, 3, 3)))
    assert week.differs(TimeSlot("today", start=date(2026, 3, 12), end=date(2026, 3, 12)))


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        # Scope, not parity: two negated parts of one clause stay a denial.
        ("Divers found no survivors and no bodies.", -1),
        ("Nobody was hurt and nothing was taken.", -1),
        ("Neither the union nor the owners signed the deal.", -1),
        # A negated list followed by an asserted member leaves the verb asserted.
        ("Divers found no survivors and two bodies.", 1),
        # A cue negating the next cue cancels with it.
        ("The minister did not deny the report.", 1),
        # A negation in another clause is not the main statement's.
        ("The ferry docked and no one was hurt.", 1),
        ("No deaths have been reported.", -1),
    ],
)
def test_polarity_follows_negation_scope(text: str, polarity: int) -> None:
    assert frame(text).polarity == polarity


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The harbour master stepped down on Friday.", "resign"),
        ("The regatta was called off.", "cancel"),
        ("The regatta went ahead.", "proceed"),
        ("The smelter was shut down in 2019.", "close"),
        ("The walk-out was put off until June.", "postpone"),
        ("The ferry levy was voted down by commissioners.", "reject"),
        ("Commissioners voted down the ferry levy.", "reject"),
        # a verb of state before a plural noun keeps its object, no state is handed over
        ("The bank will keep rates on hold.", "keep"),
        ("The gates remained closed.", "close"),
    ],
)
def test_phrasal_predicate_reads_as_one_verb(text: str, lemma: str) -> None:
    assert frame(text).predicate == lemma


# The main clause's verb, not that of an aside, a relative clause, a reduced relative
# or a participle before the noun; the subject stops where the aside starts.
MAIN_CLAUSE = [
    ("The mill, reported to owe 2 million pounds, shut down.", "mill", "close"),
    ("The strikers, thought to total about 800, went back.", "striker", "go"),
    ("The depot, which stored 400 buses, burned.", "depot", "burn"),
    ("The senator, who chaired the panel, resigned.", "senator", "resign"),
    ("Villagers, most of whom lost their homes, rebuilt the school.", "villager", "rebuild"),
    ("The survey of 900 farmers, carried out in June, found rising debts.", "survey", "find"),
    ("The tower (completed in 1962) collapsed.", "tower", "collapse"),
    ("The ferry - launched in 1988 - sank.", "ferry", "sink"),
    ("Nurses who worked night shifts protested.", "nurse", "protest"),
    ("The road that flooded was closed.", "road", "close"),
    ("The flooded road reopened.", "road", "reopen"),
    ("The storm mostly spared the harbour.", "storm", "spare"),
    ("Having blocked the road for a week, the farmers left.", "farmer", "leave"),
    # A participle after a quantifier, a count or a possessive modifies the noun after
    # it; after its subject it is the verb.
    ("All scheduled matches were postponed on Sunday.", "match", "postpone"),
    ("Three flooded cellars were pumped dry.", "cellar", "pump"),
    ("Several injured hikers were airlifted to Brask.", "hiker", "airlift"),
    ("The club's planned stadium was scrapped.", "stadium", "scrap"),
    ("The trust planned two clinics in Ovel.", "trust", "plan"),
    ("Both unions planned a strike in May.", "union", "plan"),
]


@pytest.mark.parametrize(("text", "subject", "lemma"), MAIN_CLAUSE)
def test_predicate_is_the_main_clause_verb(text: str, subject: str, lemma: str) -> None:
    f = frame(text)
    assert f.predicate == lemma
    assert subject in f.subject.split()


def test_negation_inside_an_aside_does_not_deny_the_main_verb() -> None:
    assert frame("The depot, which did not store fuel, burned.").polarity == 1
    assert frame("The depot, which stored fuel, did not burn.").polarity == -1


@pytest.mark.parametrize(
    "text",
    [
        "The referee could not possibly have seen the foul.",
        "The driver can't possibly have known the road was shut.",
        "The clerk might never ever have read the letter.",
    ],
)
def test_emphatic_negation_is_a_firm_denial(text: str) -> None:
    f = frame(text)
    assert (f.polarity, f.modality) == (-1, "asserted")


def test_plain_modal_negation_stays_possible() -> None:
    assert frame("The referee could not have seen the foul.").modality == "possible"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("There were no confirmed injuries.", "No injuries were confirmed."),
        ("There were three arrests at the stadium on Saturday.", "Three arrests were made."),
        ("There is no sign that the tunnel was flooded.", "No sign was found."),
    ],
)
def test_existential_there_takes_its_noun_as_subject(text: str, plain: str) -> None:
    """ "There were no X": what exists (or does not) is the subject, so the frame lines up
    with "No X were …"; participles, negation and figures before the noun are left out."""
    assert frame(text).subject
    assert frame(text).subject == frame(plain).subject


def test_a_copula_with_an_opposed_adjective_states_it() -> None:
    """ "is alive" states the property, which has an opposite ("dead"); a copula with a
    figure keeps "be"."""
    assert frame("Dara Vell is alive.").predicate == "alive"
    assert frame("The suspect was innocent.").predicate == "innocent"
    assert frame("Turnout was 61%.").predicate == "be"


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # A noun after its count or its modifier is no verb; a past form that takes an
        # object after the subject's aside is the main verb, not a reduced clause.
        (
            "The randomised study of 240 nurses, published in March in a staffing journal, "
            "compared a new rota with the old one.",
            "compare",
        ),
        ("The scientist, awarded the prize in 2001, retired on Monday.", "retire"),
    ],
)
def test_main_verb_after_an_aside(text: str, predicate: str) -> None:
    assert frame(text).predicate == predicate


@pytest.mark.parametrize(
    "text",
    ["There have been no confirmed cases in the valley.", "Two thefts were not reported at first."],
)
def test_a_negated_passive_is_the_claim_not_an_attribution(text: str) -> None:
    """ "have been no confirmed", "were not reported": a passive with a negation between
    auxiliary and participle states the claim; nobody is quoted."""
    f = frame(text)
    assert not f.speaker
    assert f.polarity == -1


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("Engineers said 9,000 trucks cross the Velm viaduct each week.", (("velm", "viaduct"),)),
        ("The Brenmoor council approved the budget.", (("brenmoor", "council"),)),
        ("Traffic on Harbor Bridge fell by a third.", (("harbor", "bridge"),)),
        ("Nurses at the Dunmere hospital treated 60 patients.", (("dunmere", "hospital"),)),
        # bare names modify nothing; a verb after a name is no head
        ("Smith won the election in Kestrow.", ()),
        ("Jane Okafor said the Thames flooded.", ()),
        ("The viaduct carries 9,000 trucks a week.", ()),
    ],
)
def test_named_heads(text: str, heads: tuple[tuple[str, str], ...]) -> None:
    assert named_heads(text) == heads


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        # a pronoun in the subject is the named speaker's; after the verb, the subject's
        ("Varrow Foods said its plant packs 3,000 crates a day.", (("varrow foods", "plant"),)),
        ("Keldon Mills expanded its plant last year.", (("keldon mills", "plant"),)),
        ("Regulators paused Ostrin's study of 600 volunteers.", (("ostrin", "study"),)),
        (
            "Senator Ada Brook said her bill would fund 300 nurses.",
            (("senator ada brook", "bill"),),
        ),
        # a generic owner, or one not named in the claim, owns nothing we can tell apart
        ("The firm said its plant packs 2,400 crates a day.", ()),
        ("Its plant packs 2,400 crates a day.", ()),
        ("Ada Brook said the council approved its budget.", ()),
    ],
)
def test_owned_heads(text: str, owned: tuple[tuple[str, str], ...]) -> None:
    assert owned_heads(text, frame(text)) == owned


# A bare weekday in news copy is the day of that name in the week around publication.
_MON_9_MARCH = FrameContext(published=date(2026, 3, 9))
_MON_16_MARCH = FrameContext(published=date(2026, 3, 16))


def test_bare_weekday_is_anchored_and_not_kept_as_any_such_weekday() -> None:
    f = frame("The Kestrow ferry was cancelled on Thursday.", _MON_9_MARCH)
    assert [(t.start, t.end, t.weekday) for t in f.time] == [
        (date(2026, 3, 5), date(2026, 3, 5), None)
    ]


def test_bare_weekday_without_publication_date_stays_a_weekday() -> None:
    f = frame("The Kestrow ferry was cancelled on Thursday.")
    assert [(t.weekday, t.start) for t in f.time] == [(3, None)]


@pytest.mark.parametrize(
    ("b", "ctx_b", "relation"),
    [
        # a week later: another Thursday, another day — each report dates its own occasion
        # (reports a week apart, each day near its report), so it is another cancellation,
        # "different time", never a conflict of dates (docs/matching.md, own occasions)
        ("The Kestrow ferry was cancelled on Thursday 12 March.", _MON_16_MARCH, "unrelated"),
        ("The Kestrow ferry was cancelled on Thursday.", _MON_16_MARCH, "unrelated"),
        # the same Thursday, written out or anchored from the same week
        ("The Kestrow ferry was cancelled on Thursday 5 March.", _MON_16_MARCH, "corroborates"),
        ("The Kestrow ferry was cancelled on Thursday.", _MON_9_MARCH, "corroborates"),
    ],
)
def test_bare_weekday_agrees_only_with_its_own_day(
    b: str, ctx_b: FrameContext, relation: str
) -> None:
    from factcheck.match.relation import compare

    a = "The Kestrow ferry was cancelled on Thursday."
    result = compare(a, b, frames=(frame(a, _MON_9_MARCH), frame(b, ctx_b)))
    assert result.relation == relation, result.parts
    if relation == "unrelated":
        assert any(r.name == "different time" for r in result.parts)


def test_a_word_the_article_writes_in_lower_case_is_no_name_at_the_sentence_start() -> None:
    claim = "Cocoa exports fell 3% in May."
    about_cocoa = FrameContext("Growers say dry weather has cut the cocoa harvest.")
    read = frame(claim, about_cocoa)
    assert (read.subject_kind, read.names, read.self_contained) == ("noun", (), False)
    # A place name the article never writes in lower case stays a name.
    named = frame("Velta exports fell 3% in May.", about_cocoa)
    assert named.subject_kind == "name" and named.self_contained


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("However, to check the figures, the port board says it will hire auditors.", "port board"),
        ("Faced with rising costs, the harbour board raised its fees.", "harbour board"),
        ("Hoping to cut delays, the airline added 12 flights.", "airline"),
    ],
)
def test_a_fronted_clause_of_purpose_or_circumstance_is_not_the_subject(
    text: str, subject: str
) -> None:
    assert frame(text).subject == subject


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The day a source spoke is not when what it says happened.
        ("Bread prices rose 4% in May, the Velta statistics office said on Friday.", ["May"]),
        ("The agency said on Monday that exports fell 3% in April.", ["April"]),
        # The base of a comparison is not the claim's period.
        ("Rents rose 7% in 2025 compared with 2024.", ["2025"]),
        ("Rents rose 7% in March compared with March last year.", ["March"]),
        ("The harvest was 12% larger than last year.", []),
        # A date of the event itself stays.
        ("The bridge reopened on Friday.", ["on Friday"]),
    ],
)
def test_speech_day_and_comparison_base_are_no_time_of_the_claim(
    text: str, kept: list[str]
) -> None:
    f = frame(text, FrameContext("", date(2026, 6, 20)))
    assert [t.text for t in f.time] == kept


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("The senate voted down a bill to lower the voting age.", "reject"),
        ("The rector rejected calls to quit.", "reject"),
    ],
)
def test_a_rejection_of_a_proposal_is_asserted(text: str, predicate: str) -> None:
    """The rejecting verb is the statement, asserted; only its complement is denied."""
    f = frame(text)
    assert (f.predicate, f.polarity) == (predicate, 1)


@pytest.mark.parametrize(
    ("preceding", "expected"),
    [
        # the one person named in the claim's paragraph
        ("Coach Ivo Marek watched from the stand. ", "Coach Ivo Marek"),
        # none in the claim's paragraph: the paragraph before
        ("Judge Ana Sole adjourned the case.\n\nThe court rose at noon. ", "Judge Ana Sole"),
        # two persons: left as written
        ("Dana Holt met Piet Aas on Friday. ", "he"),
        # nobody named: left as written
        ("The court rose at noon. ", "he"),
    ],
)
def test_he_said_is_the_person_named_just_before(preceding: str, expected: str) -> None:
    f = frame('"We did not deserve to lose," he said.', FrameContext(preceding))
    assert f.speaker == expected
    assert f.polarity == -1


def test_a_person_named_two_paragraphs_back_is_not_the_speaker() -> None:
    preceding = "Mayor Jo Vik opened the fair.\n\nRain fell.\n\nThe stalls closed early. "
    assert frame('"It was a success," she said.', FrameContext(preceding)).speaker == "she"


@pytest.mark.parametrize(
    ("claim", "speaker", "core_negated"),
    [
        ('Asked about the levy, Rosa Vane said: "I cannot say when."', "Rosa Vane", True),
        (
            'Speaking on Monday, the harbourmaster said: "The quay is not safe."',
            "the harbourmaster",
            True,
        ),
        ("On Friday, officials said the bridge would reopen in May.", "officials", False),
        (
            '"The lift is broken," a tenant of the block, who gave only her first name, '
            "told the Ledger.",
            "a tenant of the block",
            False,
        ),
    ],
)
def test_speaker_after_a_fronted_phrase_or_with_an_aside(
    claim: str, speaker: str, core_negated: bool
) -> None:
    f = frame(claim)
    assert f.speaker == speaker
    assert (f.polarity == -1) == core_negated


def test_a_fronted_place_stays_with_the_claim() -> None:
    # where the reported thing happened may be in it: the frame keeps the place
    assert frame("In Tarrow, police said the road was closed.").speaker == ""


def test_a_passive_rejection_is_asserted() -> None:
    """"The plan to close the mill was rejected": the rejection is the statement (its
    cue "plan to" denies "close", not "rejected")."""
    f = frame("The plan to close the Arden mill was rejected.")
    assert (f.predicate, f.polarity) == ("reject", 1)


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "value"),
    [
        ("The number of injured has risen to 31.", "people", "injure", 31),
        ("The number of people injured now stands at 31.", "people", "injure", 31),
        ("The number of evacuated residents has climbed to 900.", "people", "evacuate", 900),
        ("The total number of arrests rose to 40.", "arrest", "", 40),
    ],
)
def test_a_tally_counts_what_it_tallies(
    text: str, subject: str, predicate: str, value: float
) -> None:
    """ "The number of injured has risen to 31" is a count of people injured (an update of
    the tally), as "31 people were injured" is: the subject is the counted thing, the
    measure takes the tallied verb, and the frame still says it was a tally."""
    f = frame(text)
    assert f.subject == subject
    assert tallied(f)
    assert [(m.predicate, m.quantity.value) for m in f.measures] == [(predicate, value)]
    assert not tallied(frame("31 people were injured."))


@pytest.mark.parametrize(
    ("text", "subject", "predicate"),
    [
        # "crew" is also the past of "crow": right before a verb it is the subject's head
        ("The lifeboat crew saved 9 sailors.", "The lifeboat crew", "save"),
        ("The harbour crew has reached 14 passengers.", "The harbour crew", "reach"),
        ("The crew left at dawn.", "The crew", "leave"),
        # a past form that is the verb stays the verb
        ("The rose fell.", "The rose", "fall"),
        ("Prices rose sharply in May.", "Prices", "rise"),
    ],
)
def test_a_noun_that_reads_as_a_past_tense_before_a_verb_is_the_subject(
    text: str, subject: str, predicate: str
) -> None:
    f = frame(text)
    assert (f.subject_text, f.predicate) == (subject, predicate)


@pytest.mark.parametrize(
    ("text", "core", "speaker"),
    [
        # a plural speaker in the present tense is set aside like "claimed"/"warned"
        (
            "Residents claim the council ignored complaints.",
            "the council ignored complaints.",
            "Residents",
        ),
        ("Unions insist the strike will go ahead.", "the strike will go ahead.", "Unions"),
        ("The pier is unsafe, divers warn.", "The pier is unsafe", "divers"),
        # "say" and "believe" report as well, before or after the claim
        ("Critics say the toll will lose money.", "the toll will lose money.", "Critics"),
        ("Divers believe the wreck is Dutch.", "the wreck is Dutch.", "Divers"),
        ("The wreck is Dutch, divers say.", "The wreck is Dutch", "divers"),
        # before a pronoun too: the speaker is no part of the subject
        ("Officials say they expect delays.", "they expect delays.", "Officials"),
        # a plain object after the verb is an act, not speech
        (
            "Workers claim compensation for the injuries.",
            "Workers claim compensation for the injuries.",
            None,
        ),
    ],
)
def test_a_plural_speaker_in_the_present_is_set_aside(
    text: str, core: str, speaker: str | None
) -> None:
    from factcheck.match.frames import strip_attribution

    assert strip_attribution(text) == (core, speaker)


@pytest.mark.parametrize(
    ("text", "core", "speaker"),
    [
        # one capitalised word in -ing alone before the speaker is a place
        (
            "Woking, the council said 40 buses would be added.",
            "In Woking, 40 buses would be added.",
            "the council",
        ),
        # a participle takes words of its own and goes with the speaker
        (
            "Speaking to reporters, the mayor said the ferry would resume.",
            "the ferry would resume.",
            "the mayor",
        ),
    ],
)
def test_a_place_named_like_a_participle_stays_with_the_statement(
    text: str, core: str, speaker: str
) -> None:
    from factcheck.match.frames import strip_attribution

    assert strip_attribution(text) == (core, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The death toll has risen to 14.",
        "The toll has climbed to 8.",
        "The death toll from the mudslide has risen to 31.",
    ],
)
def test_a_death_toll_counts_the_people_who_died(text: str) -> None:
    f = frame(text)
    assert f.subject == "people"
    [m] = f.measures
    assert m.what == ("die", "toll") and m.predicate == "die"
    assert tallied(f)


def test_another_toll_is_no_count_of_deaths() -> None:
    f = frame("The bridge toll rose to 4 on Friday.")
    assert f.subject == "bridge toll"
    assert not tallied(f)
    other = compare("The bridge toll rose to 4 on Friday.", "Four people died on Friday.")
    assert other.relation == "unrelated"


def test_a_death_toll_and_a_count_of_deaths_are_one_measure() -> None:
    result = compare("The death toll has risen to 19.", "Eleven people died.")
    assert result.relation == "conflicts"
    assert "figures differ: 19 vs eleven" in result.reasons
    assert compare("The toll has climbed to 8.", "Eight people have died.").relation == (
        "corroborates"
    )
    assert compare("The death toll rose to 5.", "Five people were injured.").relation == (
        "unrelated"
    )


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # auxiliaries before the verb are skipped ...
        ("The number of homes that have been flooded in Orrin has risen to 60.", "flood"),
        ("The number of climbers who are missing on Brask has risen to five.", "miss"),
        # ... and a negated clause names no outcome ("not" is no verb)
        ("The number of climbers who have not been found on Brask has risen to five.", ""),
        ("The number of passengers who did not survive the sinking rose to six.", ""),
        ("The number of climbers who were never found rose to two.", ""),
    ],
)
def test_a_tallys_relative_clause_reads_its_verb_past_auxiliaries_and_negation(
    text: str, predicate: str
) -> None:
    [m] = frame(text).measures
    assert m.predicate == predicate
    assert m.predicate not in ("not", "never", "do", "be", "have")


def test_a_tallys_relative_clause_says_what_happened_to_the_counted_thing() -> None:
    f = frame("The number of people who died in the Orrin floods has risen to four.")
    [m] = f.measures
    assert (m.what, m.predicate) == (("people",), "die")
    result = compare(
        "The number of people who died in the Orrin floods has risen to four.",
        "Three people died in the Orrin floods.",
    )
    assert result.relation == "conflicts"
    assert "figures differ: four vs three" in result.reasons


@pytest.mark.parametrize(
    ("text", "subject", "predicate"),
    [
        # the negation is the believer's: no speaker is set aside and the claim is not
        # read as asserted; the negated verb is the frame's predicate
        ("I do not think the tally is right.", "I", "think"),
        ("Critics do not believe the pier will hold.", "Critics", "believe"),
        ("The mayor never said the pier would hold.", "The mayor", "say"),
    ],
)
def test_a_negated_attitude_keeps_its_speaker_and_negation(
    text: str, subject: str, predicate: str
) -> None:
    f = frame(text)
    assert (f.speaker, f.subject_text, f.predicate, f.polarity) == ("", subject, predicate, -1)


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # A known noun or pronoun in -ing before an interrupting speaker is the subject ...
        ("Nothing, the harbour master said on Monday, had been moved.", "Nothing had been moved."),
        ("Everything, the owner said on Friday, was insured.", "Everything was insured."),
        # ... a place named like a participle stays a place, a participle a frame
        (
            "Reading, the council said 40 buses would be bought.",
            "In Reading, 40 buses would be bought.",
        ),
        ("Speaking on Monday, the mayor said taxes would rise.", "taxes would rise."),
    ],
)
def test_an_ing_word_before_a_speaker_is_a_place_only_when_no_noun(
    text: str, statement: str
) -> None:
    assert strip_attribution(text)[0] == statement


# A sentence adverb opening the sentence, with or without its comma, is no part of the
# subject or the speaker: "Later the mayor said …" is the mayor's.
@pytest.mark.parametrize(
    ("text", "subject_text", "speaker"),
    [
        ("Later the harbour master said the quay would reopen.", "the quay", "the harbour master"),
        ("Earlier Ines Roth said the quay would reopen.", "the quay", "Ines Roth"),
        ("Later the harbour master closed the quay.", "the harbour master", ""),
        ("Earlier the firm cut 200 jobs.", "the firm", ""),
        ("Afterwards Ines Roth resigned.", "Ines Roth", ""),
        ("Meanwhile the council cut the budget.", "the council", ""),
        ("Yesterday the council cut the budget.", "the council", ""),
    ],
)
def test_a_sentence_adverb_is_no_part_of_the_subject_or_speaker(
    text: str, subject_text: str, speaker: str
) -> None:
    f = frame(text)
    assert (f.subject_text, f.speaker) == (subject_text, speaker)


def test_a_sentence_adverbs_word_as_an_adjective_stays_in_the_subject() -> None:
    # "overall" before a noun is its adjective, not an adverb opening the sentence
    assert frame("Overall turnout was 61%.").subject_text == "Overall turnout"


@pytest.mark.parametrize(
    ("text", "subject", "predicate"),
    [
        ("The central bank meets on Monday.", "central bank", "meet"),
        ("The federal reserve sets rates on Monday.", "federal reserve", "set"),
        ("The national team plays on Sunday.", "national team", "play"),
        ("The local police plan cuts.", "local police", "plan"),
        # a plural subject before a base form is its verb's
        ("Residents fear floods.", "people", "fear"),
    ],
)
def test_the_head_noun_after_an_adjective_is_no_verb(
    text: str, subject: str, predicate: str
) -> None:
    f = frame(text)
    assert (f.subject, f.predicate) == (subject, predicate)


@pytest.mark.parametrize(
    ("text", "predicate", "polarity"),
    [
        # a negation inside a relative clause after the main verb is that clause's
        ("Vell is accused of fraud through a housing scheme that was never built.", "accuse", 1),
        ("The depot hired drivers who never returned.", "hire", 1),
        ("The depot did not hire the drivers who were sacked.", "hire", -1),
        # "that" before a clause of its own verb is no relative pronoun
        ("The audit showed that no funds were lost.", "lose", -1),
        # a past form whose lemma simplemma misses ("thanke") takes the verb's
        ("Ines Brook thanked the volunteers.", "thank", 1),
        # "have" before a noun phrase is the main verb, not an auxiliary
        ("The town had no doctors.", "have", -1),
        ("The mill has 300 staff.", "have", 1),
    ],
)
def test_parse_kinds_of_the_tester_report(text: str, predicate: str, polarity: int) -> None:
    f = frame(text)
    assert (f.predicate, f.polarity) == (predicate, polarity)


def test_an_adverb_before_a_trailing_speakers_verb_is_no_part_of_the_speaker() -> None:
    assert frame("The levy is illegal, officials now say.").speaker == "officials"
    assert frame("The levy is illegal, the union later said.").speaker == "the union"


def test_a_hyphened_modifier_is_part_of_the_counted_phrase() -> None:
    (measure,) = frame("Two water-bombing aircraft have been sent to the fire.").measures
    assert measure.what[-1] == "aircraft"
    assert measure.quantity.value == 2.0


# A fronted time phrase with its comma ("Shortly after midnight,", "Late on Friday,",
# "Moments later,") is when, not who: the subject is the noun phrase after it; "Early
# results, released …" is a noun phrase and keeps its subject.
@pytest.mark.parametrize(
    ("claim", "subject"),
    [
        ("Shortly after midnight, the levee broke.", "levee"),
        ("Late on Sunday, rangers closed the park.", "ranger"),
        ("Early this morning, the ferry ran aground.", "ferry"),
        ("Moments later, the roof fell in.", "roof"),
        ("Overnight, gunmen raided the depot.", "gunman"),
        ("Early results, released on Monday, showed a lead.", "result"),
    ],
)
def test_a_fronted_time_phrase_is_no_subject(claim: str, subject: str) -> None:
    assert frame(claim).subject == subject
