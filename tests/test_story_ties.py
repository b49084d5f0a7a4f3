"""Ties in story code go by content, never by row id (issue #9): which of two documents
or claims that tie is read first, or kept at a cut, is the same for any order of ingest,
so stories and statuses are too. All texts are invented for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factcheck.match import matcher
from factcheck.match import stories as stories_mod
from factcheck.match.stories import StoryConfig, find_stories, key_terms
from factcheck.read import RawDocument
from factcheck.store import Store
from tests.order_corpus import snapshot

DAY = date(2026, 5, 4)
NEXT = date(2026, 5, 5)


def _store(tmp_path: Path, name: str, docs: list[RawDocument]) -> Store:
    store = Store(f"sqlite:///{tmp_path / f'{name}.sqlite3'}")
    for doc in docs:
        store.ingest(doc)
    return store


# Two reports of one depot fire, one day, opening with the same sentence.
_TWINS = [
    RawDocument(
        text="A fire hit the Orrin depot in Kestrow on Monday.\n"
        "Fire chief Ilse Marrow said crews stayed until dawn.",
        source="Alder Post",
        title="Orrin depot fire",
        published=DAY,
    ),
    RawDocument(
        text="A fire hit the Orrin depot in Kestrow on Monday.\n"
        "Ilse Marrow, the fire chief, said the roof fell in.",
        source="Birch News",
        title="Kestrow depot burns",
        published=DAY,
    ),
]


def _pool_source(tmp_path: Path, name: str, docs: list[RawDocument]) -> str:
    store = _store(tmp_path, name, docs)
    try:
        sources = {d["id"]: d["source"] for d in store.documents()}
        story_ids = {d["story_id"] for d in store.documents()}
        assert len(story_ids) == 1 and None not in story_ids
        with store.transaction() as conn:
            [pool] = matcher._story_claims(conn, story_ids).values()
        claims = {c["id"]: c for c in store.claims(limit=None)}
        [kept] = pool
        assert claims[kept]["text"] == "A fire hit the Orrin depot in Kestrow on Monday."
        return sources[claims[kept]["document_id"]]
    finally:
        store.engine.dispose()


def test_a_storys_pool_keeps_the_same_one_of_two_claims_tied_at_its_cut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two claims of one date worded alike tie for the last place in a story's pool
    (``STORY_POOL``); the one kept is the same whichever document came first (by claim
    id it was the one stored first)."""
    monkeypatch.setattr(matcher, "STORY_POOL", 1)
    forward = _pool_source(tmp_path, "forward", _TWINS)
    assert forward == _pool_source(tmp_path, "backward", _TWINS[::-1])


def _lead_source(tmp_path: Path, name: str, docs: list[RawDocument]) -> str:
    store = _store(tmp_path, name, docs)
    try:
        [story_id] = {d["story_id"] for d in store.documents()}
        with store.transaction() as conn:
            [row] = stories_mod._earliest_heads(conn, story_id)
        return str(row.name)
    finally:
        store.engine.dispose()


def test_a_storys_leads_are_the_same_documents_when_dates_tie_at_the_cut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A story's leads are its ``_LEAD_DOCUMENTS`` earliest documents: of two of one
    date at the cut, the one read is the same in any order of ingest (by document id it
    was the one stored first)."""
    monkeypatch.setattr(stories_mod, "_LEAD_DOCUMENTS", 1)
    forward = _lead_source(tmp_path, "forward", _TWINS)
    assert forward == _lead_source(tmp_path, "backward", _TWINS[::-1])


# Two events in one town, each of one report; a third report shares as much with
# either (the town, and one word of each), so the two stories tie for it.
_TOWN_EVENTS = [
    RawDocument(
        text="Voters in Larkmoor backed the Senna harbour plan on Monday, clerk Ruth Amsel said.",
        source="Alder Post",
        title="Harbour plan backed",
        published=DAY,
    ),
    RawDocument(
        text="The Tolver mill in Larkmoor closed on Monday, owner Piet Grannis said.",
        source="Birch News",
        title="Mill closes",
        published=DAY,
    ),
]


def _ranked_by_first_document(tmp_path: Path, name: str, docs: list[RawDocument]) -> list[str]:
    store = _store(tmp_path, name, docs)
    try:
        sources = {d["story_id"]: d["source"] for d in store.documents()}
        assert len(sources) == 2, "two stories"
        terms = {"larkmoor": "name", "plan": "word", "mill": "word"}
        with store.transaction() as conn:
            ranked = find_stories(conn, terms, StoryConfig(), published=DAY)
        return [f"{sources[sid]} {score}" for sid, score, _ in ranked]
    finally:
        store.engine.dispose()


def test_stories_tied_on_score_rank_in_one_order_whatever_their_ids(tmp_path: Path) -> None:
    """Two stories scoring alike for a document rank in one order (their earliest
    documents' content), not by story id, which follows the order of ingest."""
    for terms in (key_terms(d.text, title=d.title) for d in _TOWN_EVENTS):
        assert "larkmoor" in terms
    forward = _ranked_by_first_document(tmp_path, "forward", _TOWN_EVENTS)
    backward = _ranked_by_first_document(tmp_path, "backward", _TOWN_EVENTS[::-1])
    assert len(forward) == 2 and forward[0].split()[-1] == forward[1].split()[-1], forward
    assert forward == backward


# One town, three events of two days (a mill fire, a library vote, a river flood), each
# reported by four outlets with some figures differing, plus a brief of the fire and a
# reprint of a flood report: documents of one date tie, and so do claims worded alike
# ("No one was killed.") across documents and stories.
FIRE = DAY
ARTICLES = [
    ("Wrenfield Gazette", "Fire guts Tallis mill on Lark Street", FIRE,
     "WRENFIELD — A fire gutted the old Tallis mill on Lark Street in Wrenfield on Monday night.\n"
     "Two firefighters were hurt, fire chief Omar Bellweather said.\n"
     "No one was killed.\n"
     "The cause of the fire is under investigation."),
    ("Fenmoor Post", "Tallis mill burns in Wrenfield", FIRE,
     "Flames tore through the Tallis mill on Lark Street in Wrenfield on Monday.\n"
     "Three firefighters were hurt, fire chief Omar Bellweather said.\n"
     "No one was killed.\n"
     "Crews from Dunsby helped fight the blaze."),
    ("Valley Courier", "Lark Street blaze in Wrenfield", FIRE,
     "The Tallis mill in Wrenfield burned on Monday after a fire broke out on Lark Street.\n"
     "Fire chief Omar Bellweather said 40 firefighters fought the blaze.\n"
     "No one was killed.\n"
     "The cause of the fire is under investigation."),
    ("Harbour Wire", "Wrenfield mill fire", FIRE,
     "A fire destroyed the Tallis mill on Lark Street in Wrenfield on Monday, "
     "fire chief Omar Bellweather said.\n"
     "Some 40 firefighters fought the blaze.\n"
     "No one was killed."),
    ("Wrenfield Gazette", "Council backs library budget", NEXT,
     "The Wrenfield council voted 7 to 2 on Tuesday to approve a budget of 4 million "
     "euros for the new Alder library.\n"
     "Mayor Petra Lindgaard said building would start in June.\n"
     "The vote followed a long debate."),
    ("Fenmoor Post", "Wrenfield approves Alder library", NEXT,
     "Wrenfield councillors approved 4 million euros for the Alder library on Tuesday, "
     "by 7 votes to 2.\n"
     "Mayor Petra Lindgaard said building would start in July.\n"
     "The vote followed a long debate."),
    ("Valley Courier", "Library budget passes in Wrenfield", NEXT,
     "The Alder library budget of 4 million euros passed the Wrenfield council on Tuesday.\n"
     "Mayor Petra Lindgaard said building would start in June.\n"
     "Two councillors voted against."),
    ("Harbour Wire", "Wrenfield council votes library money", NEXT,
     "Wrenfield council approved the Alder library plan on Tuesday, Mayor Petra Lindgaard said.\n"
     "The budget is 4 million euros.\n"
     "The vote followed a long debate."),
    ("Wrenfield Gazette", "Brill river floods Wrenfield homes", NEXT,
     "The Brill river burst its banks in Wrenfield on Tuesday, flooding 60 homes on Rook Lane.\n"
     "No one was killed.\n"
     "Council engineer Hanne Oduya said the water would fall by Thursday."),
    ("Fenmoor Post", "Floods hit Rook Lane", NEXT,
     "Floodwater from the Brill river reached 80 homes on Rook Lane in Wrenfield on Tuesday.\n"
     "No one was killed.\n"
     "Council engineer Hanne Oduya said the water would fall by Thursday."),
    ("Valley Courier", "Wrenfield flood", NEXT,
     "The Brill river flooded 60 homes on Rook Lane in Wrenfield on Tuesday, "
     "council engineer Hanne Oduya said.\n"
     "No one was killed.\n"
     "The cause of the flood is under investigation."),
    ("Harbour Wire", "Brill river bursts banks", NEXT,
     "The Brill river flooded Rook Lane in Wrenfield on Tuesday.\n"
     "Council engineer Hanne Oduya said 60 homes were flooded.\n"
     "No one was killed."),
    # a brief
    ("Dunsby Herald", "Wrenfield", FIRE,
     "Two firefighters were hurt in the Tallis mill fire in Wrenfield."),
]
# a reprint of the first flood article by another outlet
ARTICLES.append(("Coast Times", ARTICLES[8][1], NEXT, ARTICLES[8][3]))



def _town_documents() -> list[RawDocument]:
    return [
        RawDocument(
            text=text,
            source=source,
            title=title,
            published=published,
            url=f"https://{source.split()[0].lower()}.example/{n}",
        )
        for n, (source, title, published, text) in enumerate(ARTICLES)
    ]


def test_one_towns_events_make_the_same_stories_and_statuses_forward_and_reversed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ingested forward and reversed into two databases, the town's articles make the
    same three stories and give every claim the same status, with the bounds cut where
    documents and claims tie (a story's pool of 2 claims, its leads 2 documents)."""
    monkeypatch.setattr(matcher, "STORY_POOL", 2)
    monkeypatch.setattr(stories_mod, "_LEAD_DOCUMENTS", 2)
    docs = _town_documents()
    seen = []
    for name, ordered in (("forward", docs), ("reversed", docs[::-1])):
        _store(tmp_path, name, ordered).engine.dispose()
        seen.append(snapshot(f"sqlite:///{tmp_path / f'{name}.sqlite3'}"))
    forward, backward = seen
    groups = {group for group in forward["stories"].values() if group is not None}
    assert sorted(len(g) for g in groups) == [4, 5, 5]  # the brief with its fire
    assert {"corroborated", "disputed"} <= set(forward["statuses"].values())
    assert forward["stories"] == backward["stories"]
    assert forward["statuses"] == backward["statuses"]
    assert forward["decided"] == backward["decided"]
