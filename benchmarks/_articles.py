"""Generated news articles for the ingest benchmarks: varied topics, shared events, reprints.

A desk's intake is not independent random sentences: several outlets cover the same
event (agreeing on most facts, sometimes reporting another figure), wire stories are
reprinted with a new headline and a few words changed, and most sentences around the
facts are context, quotes and background. ``newsroom(n, seed)`` yields ``n`` such
articles of 300–600 words, deterministic for a seed:

* about 30 % cover an event an earlier article covered (another phrasing of its facts;
  one figure in five reported differently, as conflicting reports do);
* about 5 % are reprints of an earlier article under another outlet;
* the rest are new events over twelve topics, with invented places, people and firms.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field

_SYL = (
    "ar bel cor dun el fen gar hol ist jor kel lom mar nor ost pel quin ros sal tor ul ven "
    "wes yar bra cli dro fra gle hur ivo kra lin mol nua pri rek sto tam vir zel"
)
_SYLLABLES = _SYL.split(" ")
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["March", "April", "May", "June", "July", "September", "October", "November"]
_ROLES = [
    "mayor",
    "interior minister",
    "police chief",
    "health officer",
    "port director",
    "fire chief",
    "union leader",
    "company spokeswoman",
    "regional governor",
]
OUTLETS = [
    "Coastal Wire",
    "Northern Courier",
    "Valley Times",
    "The Harbour Post",
    "Metro Daily",
    "Capital Ledger",
    "River Gazette",
    "Morning Star Online",
    "The Upland Record",
    "Eastern Herald",
    "Bay Observer",
    "Plains Tribune",
]

# Each topic: the event's facts in three phrasings. Slots: {place} {thing} {day} {n}
# {m} {person} {firm} {month} {pct}. Facts are what outlets covering one event share.
_TOPICS: dict[str, list[tuple[str, str, str]]] = {
    "flood": [
        (
            "Floods in {place} forced {n:,} residents from their homes on {day}.",
            "About {n:,} people in {place} had to leave their homes because of flooding on {day}.",
            "On {day}, flooding drove {n:,} {place} residents out of their houses.",
        ),
        (
            "The river in {place} peaked at {pct:.1f} metres, the highest level since 1998.",
            "River levels at {place} crested at {pct:.1f} metres, a record since 1998.",
            "The {place} river rose to {pct:.1f} metres, its highest since 1998.",
        ),
        (
            "The {person} said damage could cost {m} million euros.",
            "Repairs may cost {m} million euros, according to the {person}.",
            "Damage was put at {m} million euros by the {person}.",
        ),
    ],
    "fire": [
        (
            "A fire at the {thing} in {place} killed {small} workers on {day}.",
            "{small} workers died when the {thing} in {place} caught fire on {day}.",
            "On {day} a blaze at the {place} {thing} left {small} workers dead.",
        ),
        (
            "Firefighters needed {hours} hours to bring the blaze under control.",
            "It took firefighters {hours} hours to control the fire.",
            "The fire burned for {hours} hours before crews contained it.",
        ),
        (
            "The {person} said the {thing} had failed a safety inspection in {month}.",
            "According to the {person}, the {thing} failed an inspection in {month}.",
            "The {thing} did not pass a safety check in {month}, the {person} said.",
        ),
    ],
    "election": [
        (
            "{cand} won the {place} mayoral election with {pct:.1f}% of the vote.",
            "In the {place} mayoral race, {cand} took {pct:.1f}% of the vote and won.",
            "{cand} was elected mayor of {place}, winning {pct:.1f}% of votes cast.",
        ),
        (
            "Turnout was {turnout}%, down from the previous election.",
            "Only {turnout}% of voters took part, fewer than last time.",
            "Participation fell to {turnout}% of registered voters.",
        ),
        (
            "{cand} promised to build {n:,} new homes by {year}.",
            "{cand} has pledged {n:,} new homes by {year}.",
            "By {year}, {cand} said, the town would have {n:,} new homes.",
        ),
    ],
    "plant": [
        (
            "{firm} will close its {thing} in {place}, cutting {n:,} jobs.",
            "{firm} is shutting the {place} {thing}, with the loss of {n:,} jobs.",
            "The closure of the {firm} {thing} in {place} will cost {n:,} jobs.",
        ),
        (
            "The {thing} opened in {year0} and employed {m:,} people at its peak.",
            "At its peak the {thing}, opened in {year0}, had {m:,} employees.",
            "Opened in {year0}, the {thing} once employed {m:,} workers.",
        ),
        (
            "The {person} called the decision a betrayal of the town.",
            "The decision betrayed the town, the {person} said.",
            "It is a betrayal of {place}, the {person} told reporters.",
        ),
    ],
    "strike": [
        (
            "{n:,} {workers} in {place} went on strike on {day} over pay.",
            "On {day}, {n:,} {place} {workers} walked out in a dispute over wages.",
            "A pay dispute led {n:,} {workers} in {place} to strike on {day}.",
        ),
        (
            "The union is demanding a raise of {pct:.1f}%.",
            "Workers want wages to rise by {pct:.1f}%, the union said.",
            "The union has asked for a {pct:.1f}% pay increase.",
        ),
        (
            "The {person} said talks would resume in {month}.",
            "Negotiations are due to restart in {month}, according to the {person}.",
            "Talks will continue in {month}, the {person} said.",
        ),
    ],
    "crash": [
        (
            "A bus crash near {place} injured {small} passengers on {day}.",
            "{small} passengers were hurt when a bus crashed near {place} on {day}.",
            "On {day} a bus left the road near {place}, injuring {small} people.",
        ),
        (
            "The bus was carrying {m} people from {place2} to {place}.",
            "There were {m} people on the bus, which was travelling from {place2}.",
            "The coach had left {place2} with {m} passengers.",
        ),
        (
            "Police said the driver had not been drinking.",
            "The driver had not consumed alcohol, police said.",
            "According to police, alcohol played no part.",
        ),
    ],
    "budget": [
        (
            "{place} council approved a budget of {m} million euros for {year}.",
            "The council of {place} passed a {m} million euro budget for {year}.",
            "A {year} budget of {m} million euros was approved by {place} council.",
        ),
        (
            "Spending on schools will rise by {pct:.1f}%.",
            "School spending goes up {pct:.1f}% under the plan.",
            "The plan raises education spending by {pct:.1f}%.",
        ),
        (
            "The {person} said property taxes would not increase.",
            "Property taxes will stay the same, according to the {person}.",
            "There will be no rise in property tax, the {person} said.",
        ),
    ],
    "court": [
        (
            "A court in {place} fined {firm} {m} million euros on {day}.",
            "On {day}, {firm} was fined {m} million euros by a {place} court.",
            "{firm} must pay a {m} million euro fine, a {place} court ruled on {day}.",
        ),
        (
            "The court found that {firm} had polluted the river for {hours} years.",
            "Judges ruled that {firm} polluted the river over {hours} years.",
            "{firm} contaminated the river for {hours} years, the court found.",
        ),
        (
            "{firm} said it would appeal the ruling.",
            "The company plans to appeal, a {firm} spokeswoman said.",
            "An appeal will be filed, {firm} said.",
        ),
    ],
    "outbreak": [
        (
            "Health officials in {place} confirmed {n:,} cases of measles on {day}.",
            "{n:,} measles cases have been confirmed in {place}, officials said on {day}.",
            "On {day}, {place} reported {n:,} confirmed measles infections.",
        ),
        (
            "{small} children were admitted to hospital.",
            "Hospitals have admitted {small} children with the disease.",
            "{small} children needed hospital treatment.",
        ),
        (
            "The {person} urged parents to vaccinate their children.",
            "Parents should vaccinate their children, the {person} said.",
            "The {person} called on parents to have children vaccinated.",
        ),
    ],
    "transport": [
        (
            "The new tram line in {place} will open in {month} {year}.",
            "{place}'s new tram line is due to open in {month} {year}.",
            "Trams will start running on the new {place} line in {month} {year}.",
        ),
        (
            "The line cost {m} million euros, {pct:.0f}% more than planned.",
            "Building the line cost {m} million euros, {pct:.0f}% over budget.",
            "At {m} million euros, the line ran {pct:.0f}% over its budget.",
        ),
        (
            "The {person} expects {n:,} passengers a day.",
            "Some {n:,} daily passengers are expected, according to the {person}.",
            "The line should carry {n:,} people a day, the {person} said.",
        ),
    ],
    "storm": [
        (
            "A storm cut power to {n:,} homes in {place} on {day}.",
            "{n:,} households in {place} lost power in a storm on {day}.",
            "On {day}, a storm left {n:,} {place} homes without electricity.",
        ),
        (
            "Wind gusts reached {m} kilometres per hour.",
            "Gusts of up to {m} km/h were recorded.",
            "The wind blew at up to {m} kilometres an hour.",
        ),
        (
            "Power should be restored by {day2}, {firm} said.",
            "{firm} expects to restore electricity by {day2}.",
            "According to {firm}, power will be back by {day2}.",
        ),
    ],
    "research": [
        (
            "University of {place} researchers found that {pct:.0f}% of rivers were polluted.",
            "A University of {place} study found {pct:.0f}% of rivers polluted.",
            "{pct:.0f}% of rivers are polluted, according to University of {place} researchers.",
        ),
        (
            "The study examined {n:,} water samples taken over {hours} years.",
            "Scientists tested {n:,} samples collected over {hours} years.",
            "Over {hours} years, the team analysed {n:,} water samples.",
        ),
        (
            "The {person} said the results were alarming.",
            "The findings are alarming, the {person} said.",
            "The {person} described the results as alarming.",
        ),
    ],
}
_THINGS = [
    "chemical plant",
    "paper mill",
    "steel works",
    "warehouse",
    "grain terminal",
    "textile factory",
    "printing works",
    "bottling plant",
    "car plant",
    "shipyard",
]
_WORKERS = ["nurses", "teachers", "bus drivers", "dock workers", "cleaners", "postal workers"]

# Context around the facts: the body of a real article. Slots as above plus {other}.
_CONTEXT = [
    "Residents of {place} have complained for years about the state of local services.",
    "“We were not told anything until it was too late,” said {resident}, who lives nearby.",
    "The {person} declined to comment further when contacted on {day}.",
    "Opposition councillors called for an independent inquiry.",
    "The town of {place} has about {pop:,} inhabitants.",
    "Critics say the regional government was slow to respond.",
    "A spokesman for {firm} did not respond to a request for comment.",
    "Similar problems were reported in {other} last year.",
    "It was not immediately clear how many people were affected in surrounding villages.",
    "Local businesses said they expected losses in the coming weeks.",
    "Experts warned that such events are likely to become more frequent.",
    "“This is the worst I have seen in thirty years,” {resident} said.",
    "The regional assembly is expected to debate the matter in {month}.",
    "Some residents questioned whether the warnings had come early enough.",
    "Volunteers from {other} arrived on {day} to help.",
    "The government has promised to publish a full report within {small} months.",
    "Figures from the statistics office show unemployment in {place} at {pctc:.1f}%.",
    "Schools in the area remained open, the education office said.",
    "Insurance companies have been asked to speed up claims.",
    "The last comparable event in the region was in {year0}.",
]


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_ROLES)} {_word(rng, 2)} {_word(rng, 3)}"


@dataclass
class Event:
    topic: str
    slots: dict[str, object]
    covered_by: list[int] = field(default_factory=list)


def _new_event(rng: random.Random) -> Event:
    topic = rng.choice(sorted(_TOPICS))
    slots: dict[str, object] = {
        "place": _word(rng, 2),
        "place2": _word(rng, 2),
        "other": _word(rng, 2),
        "thing": rng.choice(_THINGS),
        "day": rng.choice(_DAYS),
        "day2": rng.choice(_DAYS),
        "month": rng.choice(_MONTHS),
        "n": rng.randint(120, 60_000),
        "m": rng.randint(12, 900),
        "small": rng.randint(3, 40),
        "hours": rng.randint(3, 30),
        "pct": rng.uniform(2, 70),
        "turnout": rng.randint(28, 74),
        "year": rng.randint(2027, 2034),
        "year0": rng.randint(1950, 2015),
        "person": _person(rng),
        "firm": f"{_word(rng, 2)} {rng.choice(['Industries', 'Energy', 'Group', 'Holdings'])}",
        "cand": f"{_word(rng, 2)} {_word(rng, 3)}",
        "workers": rng.choice(_WORKERS),
    }
    return Event(topic, slots)


def _article(rng: random.Random, event: Event, *, report_change: bool) -> str:
    """300–600 words: the event's facts in some phrasing, spread through context."""
    slots = dict(event.slots)
    if report_change:
        # Conflicting reports: one outlet has another figure.
        key = rng.choice(["n", "m", "small"])
        value = slots[key]
        assert isinstance(value, int)
        slots[key] = value + max(1, value // rng.choice([3, 5, 10]))
    facts = [rng.choice(variants) for variants in _TOPICS[event.topic]]
    target_words = rng.randint(300, 600)
    sentences: list[str] = []
    words = 0
    fact_iter = iter(facts)
    while words < target_words:
        if len(sentences) % 4 == 0:
            template = next(fact_iter, None) or rng.choice(_CONTEXT)
        else:
            template = rng.choice(_CONTEXT)
        extra = {
            "resident": f"{_word(rng, 2)} {_word(rng, 3)}",
            "pop": rng.randint(4_000, 400_000),
            "pctc": rng.uniform(3, 15),
        }
        line = template.format(**slots, **extra)
        sentences.append(line)
        words += len(line.split())
    paragraphs = []
    i = 0
    while i < len(sentences):
        step = rng.randint(2, 4)
        paragraphs.append(" ".join(sentences[i : i + step]))
        i += step
    return "\n\n".join(paragraphs) + "\n"


def _reprint(rng: random.Random, text: str) -> str:
    """A wire reprint: first sentence rewritten, a few words swapped, a line added."""
    words = text.split(" ")
    for _ in range(8):
        i = rng.randrange(len(words))
        if words[i].isalpha() and words[i].islower():
            words[i] = rng.choice(["local", "regional", "officials", "also", "now"])
    return " ".join(words) + "\n\nThis article first appeared on a partner site.\n"


@dataclass(frozen=True)
class Article:
    text: str
    source: str
    title: str
    kind: str  # "new", "follow-up" (same event, another outlet) or "reprint"


def newsroom(n: int, seed: int = 7) -> Iterator[Article]:
    """``n`` articles in arrival order; see the module docstring for the mix."""
    rng = random.Random(seed)
    events: list[Event] = []
    texts: list[str] = []
    for i in range(n):
        roll = rng.random()
        outlet = OUTLETS[rng.randrange(len(OUTLETS))]
        if roll < 0.05 and texts:
            original = rng.randrange(max(0, len(texts) - 200), len(texts))
            text = _reprint(rng, texts[original])
            kind = "reprint"
            title = f"Reprint {i}"
        elif roll < 0.35 and events:
            event = events[rng.randrange(max(0, len(events) - 300), len(events))]
            text = _article(rng, event, report_change=rng.random() < 0.2)
            kind = "follow-up"
            title = f"{event.topic.capitalize()} in {event.slots['place']}, update {i}"
        else:
            event = _new_event(rng)
            events.append(event)
            text = _article(rng, event, report_change=False)
            kind = "new"
            title = f"{event.topic.capitalize()} in {event.slots['place']}"
        texts.append(text)
        yield Article(text, outlet, title, kind)
