"""A corpus whose statuses used to depend on the order of ingest (issues #9 and #12).

``events`` incidents in as many towns, each reported by ``outlets`` outlets in one house
template; every outlet gives its own small figure for each measure (people hurt, minutes
until crews arrived, an aid sum, an hour), and the figures of people hurt repeat across
events. So each claim has dozens of look-alikes of other events, more than a shortlist
holds, some of them held as conflicts with a report of the same outlet about another
town. All text is invented for these tests.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from factcheck.read import RawDocument

TOWNS = [
    "Durnhollow", "Pellingford", "Oster Vale", "Brackwater", "Lindqvist Ford", "Marrowby",
    "Quenton Hill", "Saltmere", "Yarrowgate", "Elsworth Cross", "Tamblin", "Corvey Bay",
]  # fmt: skip
KINDS = [
    ("a quarry collapsed", "mine rescue service", "hurt"),
    ("a tram derailed", "transport police", "injured"),
    ("a chemical leak", "hazard unit", "evacuated"),
    ("a school roof fell in", "fire brigade", "injured"),
]
OUTLETS = [
    "Upland Courier", "Riverside Ledger", "Coast Bulletin", "Metro Sentinel",
    "Valley Echo", "Northgate Press", "Fenway Record", "Summit Daily",
]  # fmt: skip


def figures_corpus(events: int = 8, outlets: int = 6) -> list[dict[str, Any]]:
    """The documents as ``RawDocument`` keyword arguments, event by event, outlet by
    outlet (deterministic). ``events`` ≤ 12, ``outlets`` ≤ 8."""
    docs = []
    for e in range(events):
        town = TOWNS[e]
        what, agency, verb = KINDS[e % len(KINDS)]
        for o in range(outlets):
            outlet = OUTLETS[o]
            text = (
                f"{what.capitalize()} in {town} on Tuesday left {12 + (o + e) % 5} people "
                f"{verb}, the {agency} said.\n"
                f"The {agency} said crews arrived within {8 + o} minutes of the first call.\n"
                f"{town} mayor Ida Voss said the town would pay {1 + o}.{e % 3} million euros "
                "in emergency aid.\n"
                f"Witnesses said the siren sounded at about {3 + o % 4} pm."
            )
            docs.append(
                {
                    "text": text,
                    "source": outlet,
                    "title": f"{what.capitalize()} in {town} ({o})",
                    "published": date(2026, 9, 1 + e * 2 + o % 2),
                    "url": f"https://{outlet.split()[0].lower()}.example/{e}-{o}",
                }
            )
    return docs


def documents(events: int = 8, outlets: int = 6) -> list[RawDocument]:
    return [RawDocument(**doc) for doc in figures_corpus(events, outlets)]


def write_folder(folder: Path, events: int = 8, outlets: int = 6) -> list[Path]:
    """The corpus as header files (``ingest --source-from-header``), ``NN.txt`` in corpus
    order."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, doc in enumerate(figures_corpus(events, outlets)):
        path = folder / f"{n:03d}.txt"
        path.write_text(
            f"Title: {doc['title']}\nOutlet: {doc['source']}\n"
            f"Published: {doc['published'].isoformat()}\nURL: {doc['url']}\n\n{doc['text']}\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def snapshot(db_url: str) -> dict[str, Any]:
    """What must not depend on the order of ingest, keyed by content, never by row ids:
    ``statuses`` ((url, claim text) → status), ``decided`` (the set of automatic matches
    not held for review: (the two claims' keys sorted, relation, independent)),
    ``held`` (the same for matches held for review), ``stories`` (each document's
    story-mates, by url) and ``apart`` (the pairs of stories, as sets of their documents'
    urls, judged two events: ``matcher.stories_apart``)."""
    from factcheck.match import matcher
    from factcheck.store import Store

    store = Store(db_url)
    try:
        docs = {d["id"]: d for d in store.documents()}
        claims = store.claims(limit=None)
        key = {c["id"]: (docs[c["document_id"]]["url"], c["text"]) for c in claims}
        decided: set[tuple[Any, ...]] = set()
        held: set[tuple[Any, ...]] = set()
        for m in store.match_pairs():
            pair = tuple(sorted((key[m["claim_id"]], key[m["other_claim_id"]])))
            (held if m["needs_review"] else decided).add((pair, m["relation"], m["independent"]))
        by_story: dict[Any, set[str]] = {}
        for d in docs.values():
            by_story.setdefault(d["story_id"], set()).add(d["url"])
        stories = {
            d["url"]: frozenset(by_story[d["story_id"]]) if d["story_id"] is not None else None
            for d in docs.values()
        }
        with store.transaction() as conn:
            apart = matcher.stories_apart(conn, by_story)
        urls = {sid: frozenset(found) for sid, found in by_story.items()}
        return {
            "apart": {
                frozenset((urls[sid], urls[other]))
                for sid, others in apart.items()
                for other in others
                if other in urls
            },
            "statuses": {key[c["id"]]: c["status"] for c in claims},
            "decided": decided,
            "held": held,
            "stories": stories,
        }
    finally:
        store.engine.dispose()
