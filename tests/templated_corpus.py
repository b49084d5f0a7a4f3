"""A templated corpus (#9): ``events`` bus crashes in as many towns, each reported by
``outlets`` outlets, every outlet writing each measure with one sentence template (in
one of a few wordings) and only the places, roads, rivers and names changed between
events. Figures repeat across events, and the events fall in one fortnight, so only
the names tell one crash from another. No decided match may link claims of two events.
All text is invented for these tests.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from factcheck.read import RawDocument

# (town, road, river, fire chief, council leader): each event's own names.
EVENTS = [
    ("Harlowick", "A614", "Tiver", "Nadia Orme", "Colm Brady"),
    ("Stenmouth", "B2201", "Aln", "Petra Vance", "Ivo Marsh"),
    ("Corrby Dale", "A38", "Wenn", "Joel Ashdown", "Rhea Tull"),
    ("Pellham", "M62", "Tyde", "Sara Quint", "Owen Falk"),
    ("Marrowfield", "A1079", "Lusk", "Ilse Brandt", "Tomas Ruane"),
]
OUTLETS = [
    "Eastern Courier", "Dale Gazette", "Northline News", "County Herald",
    "Valley Post", "Harbour Times",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

# One template per measure, in the wordings outlets use for it.
DEAD = [
    "{dead} people were killed when a coach overturned on the {road} near {town} on {day}.",
    "{dead} people died when a coach overturned on the {road} near {town} on {day}.",
    "{dead} people lost their lives when a coach overturned on the {road} near {town} on {day}.",
]
HURT = [
    "{hurt} passengers were injured, {care} of whom are in hospital.",
    "{hurt} passengers were hurt, {care} of whom remain in hospital.",
    "{hurt} passengers sustained injuries, and {care} are in hospital.",
]
CREWS = [
    "{chief}, the {town} fire chief, said crews reached the scene within {minutes} minutes.",
    "Crews reached the scene within {minutes} minutes, said {chief}, the {town} fire chief.",
]
RIVER = [
    "The coach came to rest on the bank of the River {river} near {town}.",
    "The coach stopped on the bank of the River {river}, near {town}.",
]
ROAD = [
    "The {road} was closed for {hours} hours while investigators worked.",
    "The {road} stayed closed for {hours} hours while investigators worked.",
]
AID = [
    "{leader}, the leader of {town} council, pledged {aid} euros to the families.",
    "The leader of {town} council, {leader}, pledged {aid} euros to the families.",
]
BARE = ["No arrests have been made.", "The driver survived."]


def templated_corpus(
    events: int = 5, outlets: int = 6, one_day: bool = False
) -> list[dict[str, Any]]:
    """The documents as ``RawDocument`` keyword arguments, event by event, outlet by
    outlet (deterministic). ``events`` ≤ 5, ``outlets`` ≤ 6. Within an event most
    outlets agree and one gives other figures; across events the figures repeat. With
    ``one_day`` every event happens on the same weekday and is reported on the same
    dates, so nothing but the names tells the events apart."""
    docs = []
    for e in range(events):
        town, road, river, chief, leader = EVENTS[e]
        day = WEEKDAYS[0 if one_day else e % len(WEEKDAYS)]
        for o in range(outlets):
            odd = o == outlets - 1  # the outlet that reports other figures
            values = {
                "town": town,
                "road": road,
                "river": river,
                "chief": chief,
                "leader": leader,
                "day": day,
                "dead": ["Three", "Four", "Three", "Five", "Four"][e] if not odd else "Six",
                "hurt": ["12", "15", "12", "9", "15"][e] if not odd else "20",
                "care": ["five", "six", "five", "four", "six"][e],
                "minutes": 10 + e % 2 * 5,
                "hours": 6 + e % 3,
                "aid": "50,000" if e % 2 else "80,000",
            }
            sentences = [
                DEAD[o % len(DEAD)],
                HURT[o % len(HURT)],
                CREWS[o % len(CREWS)],
                RIVER[o % len(RIVER)],
                ROAD[o % len(ROAD)],
                AID[o % len(AID)],
                BARE[o % len(BARE)],
            ]
            text = "\n\n".join(s.format(**values) for s in sentences)
            outlet = OUTLETS[o]
            docs.append(
                {
                    "text": text,
                    "source": outlet,
                    "title": f"Coach crash near {town}",
                    "published": date(2026, 10, 5 + (0 if one_day else e * 2) + o % 2),
                    "url": f"https://{outlet.split()[0].lower()}.example/crash-{e}-{o}",
                }
            )
    return docs


def documents(events: int = 5, outlets: int = 6, one_day: bool = False) -> list[RawDocument]:
    """:func:`templated_corpus` as documents to ingest."""
    return [RawDocument(**doc) for doc in templated_corpus(events, outlets, one_day)]


def event_of(url: str) -> int:
    """The event a document of this corpus reports, from its url."""
    return int(url.rsplit("-", 2)[-2])
