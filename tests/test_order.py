"""Statuses and decided matches are a function of the set of documents, not of the order
they were ingested in (issues #9 and #12), on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import itertools
import random
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from factcheck.match import matcher
from factcheck.models import StoryRow
from factcheck.read import RawDocument
from factcheck.store import Store
from tests.order_corpus import documents, snapshot

stories_t = StoryRow.__table__  # type: ignore[attr-defined]


def _ingest_one_by_one(db_url: str, docs: list[RawDocument]) -> dict[str, Any]:
    store = Store(db_url)
    for doc in docs:
        store.ingest(doc)
    store.engine.dispose()
    return snapshot(db_url)


def _ingest_in_batches(db_url: str, *batches: list[RawDocument]) -> dict[str, Any]:
    store = Store(db_url)
    for batch in batches:
        results = list(store.ingest_batch((doc, None) for doc in batch))
        assert all(not isinstance(r, Exception) and r is not None for _, r in results)
    store.engine.dispose()
    return snapshot(db_url)


@pytest.fixture
def corpus() -> list[RawDocument]:
    return documents(events=8, outlets=6)


def test_the_order_of_ingest_changes_no_status_no_match_and_no_story(
    db_url: str, corpus: list[RawDocument], tmp_path: Any
) -> None:
    """Eight events by six outlets, each outlet with its own figure for every measure and
    the same figures repeated across events: forward, reversed, shuffled, outlet by
    outlet, and in two batches (odd then even documents) give the same statuses, the
    same decided matches with the same independence (by claim content, never by id),
    the same matches held for review and the same stories. Before, which pairs of two
    look-alike events were held turned on the order (9 and 3 of about 30 held rows
    differed reversed): a report was set apart from the look-alike event it met on
    arrival, and only that report, so a pair was set apart when its later report was
    the one judged and compared when an earlier one was. Before that, a report of another town
    held as a conflict with the same outlet's earlier report counted as the outlet
    updating itself, and whether that look-alike pair was compared turned on the order:
    5 of 144 statuses differed reversed; and a report that was a near-copy of versions
    of two families joined the one stored first, so which matches counted as
    independent turned on the order too (36 decided matches differed reversed)."""
    shuffled = corpus[:]
    random.Random(12).shuffle(shuffled)
    orders = {
        "reverse": corpus[::-1],
        "shuffled": shuffled,
        "by outlet": sorted(corpus, key=lambda d: (d.source, corpus.index(d))),
    }
    first = _ingest_one_by_one(db_url, corpus)
    assert {"disputed", "unverified"} <= set(first["statuses"].values())
    # Its held pairs were later counts of one event by two outlets a day apart, now
    # stored as updates of the tally (unrelated, not held: docs/matching.md), with the
    # decided matches.
    assert first["decided"], "the corpus holds decided matches"
    seen = {}
    for name, docs in orders.items():
        seen[name] = _fresh(db_url, tmp_path, name, lambda url, d=docs: _ingest_one_by_one(url, d))
    seen["two batches"] = _fresh(
        db_url, tmp_path, "batches", lambda url: _ingest_in_batches(url, corpus[1::2], corpus[::2])
    )
    for name, other in seen.items():
        assert other["statuses"] == first["statuses"], name
        assert other["decided"] == first["decided"], name
        assert other["held"] == first["held"], name
        assert other["apart"] == first["apart"], name
        assert other["stories"] == first["stories"], name
    assert first["apart"], "the corpus holds look-alike events set apart"


def test_stories_judged_apart_share_no_match(store: Store, corpus: list[RawDocument]) -> None:
    """Once any report of a story is judged another event than a story, no claim of the
    one is matched with a claim of the other, however the pair was stored: reports
    stored before the judgment lose their pairs with the other story, reports joining
    after it make none."""
    for doc in corpus[::-1]:
        store.ingest(doc)
    with store.transaction() as conn:
        apart = matcher.stories_apart(
            conn, conn.execute(sa.select(stories_t.c.id)).scalars()
        )
        assert any(apart.values())
        story_of = dict(
            conn.execute(
                sa.select(matcher.claims_t.c.id, matcher.documents_t.c.story_id).join(
                    matcher.documents_t,
                    matcher.documents_t.c.id == matcher.claims_t.c.document_id,
                )
            ).all()
        )
        pairs = conn.execute(
            sa.select(matcher.matches_t.c.claim_id, matcher.matches_t.c.other_claim_id)
        ).all()
    assert pairs
    for a, b in pairs:
        assert story_of[b] not in apart.get(story_of[a], frozenset()), (a, b)
        assert story_of[a] not in apart.get(story_of[b], frozenset()), (a, b)


def _fresh(db_url: str, tmp_path: Any, name: str, run: Any) -> dict[str, Any]:
    """``run(url)`` on a new empty database of ``db_url``'s kind."""
    if db_url.startswith("sqlite"):
        return run(f"sqlite:///{tmp_path / f'{name}.sqlite3'}")  # type: ignore[no-any-return]
    from tests.conftest import _postgres_database

    base = sa.engine.make_url(db_url).set(database="postgres").render_as_string(
        hide_password=False
    )
    made = _postgres_database(base)
    url = next(made)
    try:
        return run(url)  # type: ignore[no-any-return]
    finally:
        made.close()


EARLY = "The Vellmar ferry carried 120 passengers on Sunday, the harbour office said."
LATE = "The Vellmar ferry carried 150 passengers on Sunday, the harbour office said."


@pytest.mark.parametrize(
    ("held", "other_story", "superseded"),
    [
        (False, False, True),
        (True, False, False),  # held for review: no status moves until a person decides
        (False, True, True),  # a decided conflict counts across stories
        (True, True, False),  # a held look-alike of another event's story updates nothing
    ],
)
def test_a_held_conflict_supersedes_nothing(
    store: Store, held: bool, other_story: bool, superseded: bool
) -> None:
    early = store.ingest(
        RawDocument(text=EARLY, source="Vellmar Radio", title="Ferry", published=date(2026, 3, 1))
    ).id
    late = store.ingest(
        RawDocument(text=LATE, source="Vellmar Radio", title="Ferry", published=date(2026, 3, 2))
    ).id
    with store.transaction() as conn:
        [early_claim] = conn.execute(
            sa.select(matcher.claims_t.c.id).where(matcher.claims_t.c.document_id == early)
        ).scalars()
        [row] = conn.execute(sa.select(matcher.matches_t)).mappings()
        assert row["relation"] == "conflicts" and not row["independent"]
        conn.execute(sa.update(matcher.matches_t).values(needs_review=held))
        if other_story:
            now = matcher._now()
            story = conn.execute(
                sa.insert(stories_t)
                .values(title="Another event", created_at=now, updated_at=now)
                .returning(stories_t.c.id)
            ).scalar_one()
            conn.execute(
                sa.update(matcher.documents_t)
                .where(matcher.documents_t.c.id == late)
                .values(story_id=story)
            )
        assert (early_claim in matcher.superseded(conn, [early_claim])) is superseded


# Three segments of one wire story: the full version holds all three, one reprint cuts
# the last, another the first. Each reprint is a near-copy of the full version (shingle
# Jaccard about 2/3), the two reprints are not near-copies of each other (about 1/3).
OPENING = (
    "Engineers from the Harrowgate water board began draining the old Fenmoor reservoir "
    "on Thursday morning after divers found a crack running along the foot of the northern "
    "embankment, close to the sluice house that was rebuilt after the storms of last winter."
)
MIDDLE = (
    "Pumps borrowed from three neighbouring districts were moving water into the canal at "
    "a steady rate, and the board said the level would fall by more than a metre before "
    "the weekend if the weather stayed dry and the canal locks could take the extra flow."
)
CLOSING = (
    "Families living below the dam in the hamlets of Brisk End and Copper Lane were told "
    "to keep a bag packed, although officials stressed that nobody had been asked to leave "
    "and that schools, shops and the village surgery would open as usual on Friday."
)


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_a_version_copied_by_two_reprints_joins_them_in_one_family_in_any_order(
    store: Store, order: tuple[int, ...]
) -> None:
    """Near-copies form one family when a chain of near-copy links joins them, with the
    first version by date (then SHA-256) its original, whatever order they arrive in.
    Before, the two reprints stored first made two families and the full version joined
    the one whose original sorted first, leaving the other apart: which outlets counted
    as independent turned on the order of ingest."""
    versions = [
        ("Fenmoor Gazette", f"{OPENING} {MIDDLE} {CLOSING}"),
        ("Harrowgate Echo", f"{OPENING} {MIDDLE}"),
        ("Canal Side Weekly", f"{MIDDLE} {CLOSING}"),
    ]
    ids = {}
    for n in order:
        source, text = versions[n]
        ids[n] = store.ingest(
            RawDocument(text=text, source=source, title="Reservoir", published=date(2026, 5, 7))
        ).id
    copy_of = {n: store.document(ids[n])["copy_of"] for n in range(3)}
    roots = [n for n in range(3) if copy_of[n] is None]
    assert len(roots) == 1, copy_of
    [root] = roots
    assert all(copy_of[n] == ids[root] for n in range(3) if n != root)
    first = min(range(3), key=lambda n: hashlib.sha256(versions[n][1].encode()).hexdigest())
    assert root == first


# A short wire report naming one place, a full report of the same event that shares
# little with it (another outlet's account: a person, another place), and a third report
# sharing with both; eight other towns' stories around them make the shared words common.
BRIEF = {
    "source": "Tollan Wire",
    "title": "Harwick ferry link restored, port confirms",
    "published": date(2026, 8, 4),
    "text": "HARWICK (Tollan Wire) — The Harwick ferry link was restored in July, port "
    "officials said.\n\nAbout 40 sailings a week now cross the sound.",
}
ACCOUNT = {
    "source": "Quayside Post",
    "title": "Harwick ferries still idle, skippers say",
    "published": date(2026, 8, 4),
    "text": "The Harwick ferry link remained suspended in July, skippers' guild chair Tilda "
    "Marsh said.\n\nPassengers are being sent round through Greyford Sound, adding three "
    "hours to journeys.",
}
BRIDGE = {
    "source": "Sound Gazette",
    "title": "Harwick ferry link back in service",
    "published": date(2026, 8, 3),
    "text": "The Harwick ferry link was restored in July after a three-month suspension, "
    "port officials said.\n\nAbout 40 sailings a week now cross the sound, though some "
    "skippers still route through Greyford Sound.",
}
TOWNS_AROUND = ["Amberlow", "Cressing", "Dunmere", "Eskdale Rise", "Fallowby", "Gorran Vale"]


def _around() -> list[RawDocument]:
    docs = []
    for i, town in enumerate(TOWNS_AROUND):
        docs.append(
            RawDocument(
                text=f"The {town} bypass was closed in July for resurfacing, council officials "
                f"said.\n\nAbout {20 + i} lorries a day are being sent through the town, "
                "adding an hour to journeys.",
                source=f"{town} Herald",
                title=f"{town} road works",
                published=date(2026, 7, 20 + i),
            )
        )
        docs.append(
            RawDocument(
                text=f"{town} bus services were restored in July after a strike, the operator "
                f"said.\n\nAbout {30 + i} journeys a week now run, officials said.",
                source=f"{town} Courier",
                title=f"{town} bus service",
                published=date(2026, 7, 21 + i),
            )
        )
    return docs


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_a_report_sharing_little_with_a_brief_joins_its_story_in_any_order(
    store: Store, order: tuple[int, ...]
) -> None:
    """The three reports of one ferry link are one story in all six orders. Before, the
    brief first, then the full account (which shares one name and a few words with it)
    started a story of its own — a full report was asked for two shared names or
    figures, which a brief cannot offer, though the brief would have joined the
    account's story on the brief rule had it come second — and the third report then
    qualified for neither: three stories in that order, one in the others."""
    for doc in _around():
        store.ingest(doc)
    three = [BRIEF, ACCOUNT, BRIDGE]
    for n in order:
        store.ingest(RawDocument(**three[n]))
    story_of = {d["title"]: d["story_id"] for d in store.documents()}
    assert len({story_of[str(doc["title"])] for doc in three}) == 1
    assert len({story_of[f"{town} road works"] for town in TOWNS_AROUND}) == len(TOWNS_AROUND)


def test_stories_rebuild_assigns_in_one_order_whatever_the_stored_order(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``stories rebuild`` places the documents by publication date, then text (SHA-256),
    never in the order they were stored: two stores of one set of documents, stored in
    opposite orders, place them in the same sequence and rebuild the same stories. Before,
    each store placed its documents in id order, so a rebuild's stories could turn on
    the order of ingest."""
    from factcheck.match import rebuild, stories

    docs = documents(events=4, outlets=3)
    placed: list[Any] = []
    assign = stories.assign_stored_document

    def recording(conn: sa.Connection, document_id: int, *args: Any, **kw: Any) -> Any:
        row = conn.execute(
            sa.select(matcher.documents_t.c.url, matcher.documents_t.c.published).where(
                matcher.documents_t.c.id == document_id
            )
        ).one()
        placed.append((row.url, row.published))
        return assign(conn, document_id, *args, **kw)

    monkeypatch.setattr(rebuild.stories, "assign_stored_document", recording)
    seen = []
    for name, ordered in (("forward", docs), ("reverse", docs[::-1])):
        url = f"sqlite:///{tmp_path / f'{name}.sqlite3'}"
        store = Store(url)
        for doc in ordered:
            store.ingest(doc)
        placed.clear()
        summary = store.rebuild_stories(rematch=False)
        assert summary["complete"] and summary["reassigned"] == len(docs)
        store.engine.dispose()
        seen.append((list(placed), snapshot(url)["stories"]))
    (forward, forward_stories), (reverse, reverse_stories) = seen
    assert [u for u, _ in forward] == [u for u, _ in reverse]
    assert [p for _, p in forward] == sorted(p for _, p in forward)
    assert forward_stories == reverse_stories


WIRE_TEXT = (
    "Gales brought down power lines across the Kessock valley overnight, leaving 2,400 "
    "homes without electricity, the Kessock grid operator said.\n\n"
    "Crews restored power to 1,900 homes by the evening, the operator said, and expected "
    "to reconnect the rest by Thursday."
)
OTHER_TEXT = (
    "Storm damage cut electricity to homes in the Kessock valley overnight, the Kessock "
    "grid operator said.\n\nThe operator said crews restored power to 1,300 homes by the "
    "evening."
)


def test_two_outlets_printing_one_text_make_the_same_original_in_any_order(
    tmp_path: Any,
) -> None:
    """Two outlets print the very same undated text (one SHA-256, no credit line): the
    original is the one whose outlet's name sorts first, whichever is stored first, so
    which outlet the other depends on, and the statuses that reads, do not turn on the
    order. Before, the first stored was the original (on the wide twin set of
    ``benchmarks/reliability.py --order`` one storm's two wire twins swapped roles
    reversed)."""
    pair = [("Quarry Gazette", WIRE_TEXT), ("Anvil Courier", WIRE_TEXT)]
    seen = []
    for reverse in (False, True):
        store = Store(f"sqlite:///{tmp_path / f'{reverse}.sqlite3'}")
        docs = [*(pair[::-1] if reverse else pair), ("Lowfield Times", OTHER_TEXT)]
        for source, text in docs:
            store.ingest(RawDocument(text=text, source=source, title="Kessock storm"))
        by_source = {d["source"]: d for d in store.documents()}
        anvil, quarry = by_source["Anvil Courier"], by_source["Quarry Gazette"]
        assert anvil["copy_of"] is None and quarry["copy_of"] == anvil["id"]
        source_of = {d["id"]: d["source"] for d in store.documents()}
        seen.append(
            {(source_of[c["document_id"]], c["text"]): c["status"] for c in store.claims()}
        )
        store.engine.dispose()
    assert seen[0] == seen[1]


def test_claims_tied_at_the_cut_of_a_search_are_all_kept(store: Store) -> None:
    """Five outlets print one sentence and a sixth a variant: a search for three candidates
    gives the five twins, all tied, in the SQL index and in memory alike, not the three
    stored first. Before, the tie at the cut went to the lower ids, that is to the
    order of ingest: which of a group of twins wider than the 40 candidates were
    compared with a new claim turned on it (on the wide twin set of
    ``benchmarks/reliability.py --order`` one status of 365 differed reversed)."""
    from factcheck.match.candidates import CandidateIndex, find_candidates

    twin = "The Marlow depot closed on Friday after a fire in its paint store."
    variant = "The Marlow depot closed on Friday, the council said."
    texts = [twin] * 5 + [variant]
    for n, text in enumerate(texts):
        store.ingest(RawDocument(text=text, source=f"Outlet {n}", title="Depot"))
    memory = CandidateIndex(max_postings=matcher.POSTINGS_PER_CLAIM, pool=matcher.POOL_PER_CLAIM)
    with store.connect() as conn:
        rows = conn.execute(sa.select(matcher.claims_t.c.id, matcher.claims_t.c.text)).all()
        for claim_id, text in rows:
            memory.add(claim_id, text)
        twins = {claim_id for claim_id, text in rows if text == twin}
        found = find_candidates(
            conn,
            twin,
            limit=3,
            max_postings=matcher.POSTINGS_PER_CLAIM,
            pool=matcher.POOL_PER_CLAIM,
        )
    assert len(twins) == 5
    assert {claim_id for claim_id, _ in found} == twins
    assert found == memory.query(twin, limit=3)


def test_candidates_reranked_alike_keep_one_order_whatever_their_ids() -> None:
    """Two stored claims the rerank scores alike take their places by their wording,
    never by which was stored first (its lower id): the place decides whether a
    candidate makes the shortlist, so a tie settled by id made the pairs compared turn
    on the order of ingest."""
    from factcheck.match.candidates import rerank

    query = "The Marlow depot closed on Monday."
    first, second = "The Marlow depot closed on 12 May.", "The Marlow depot closed on 21 May."
    forward = rerank(query, [(1, first), (2, second)])
    reverse = rerank(query, [(1, second), (2, first)])
    assert forward[0][1] == forward[1][1]  # a tie
    text = {1: first, 2: second}, {1: second, 2: first}
    assert [text[0][cid] for cid, _ in forward] == [text[1][cid] for cid, _ in reverse]


# Three reports of one river spill, published the same day: one leads with the group
# it quotes ("according to the angling club …"), one dates the spill's start ("since
# Monday") and the third dates the day it reports ("on Thursday").
SPILL_QUOTED = {
    "title": "Marrow spill worse than agency says, anglers claim",
    "text": "The chemical spill in the River Marrow has killed 9,000 fish, according to the "
    "angling club Silver Marrow, far more than the water agency has admitted.\n\n"
    "About 300 residents of Brockwell were told not to drink tap water.",
    "source": "Lowfield Gazette",
    "published": date(2026, 10, 15),
}
SPILL_SINCE = {
    "title": "Chemical spill kills 2,000 fish in River Marrow",
    "text": "MARROW (Northern Wire) — A chemical spill has killed 2,000 fish in the River "
    "Marrow since Monday, the regional water agency said on Thursday.\n\n"
    "No illnesses have been reported. About 300 residents of the village of Brockwell "
    "were told not to drink tap water.",
    "source": "Northern Wire",
    "published": date(2026, 10, 15),
}
SPILL_DAY = {
    "title": "Marrow spill leaves 300 without tap water",
    "text": "About 300 residents of Brockwell were told not to drink tap water on Thursday "
    "as a chemical spill spread down the River Marrow. The spill has killed 2,000 fish, "
    "the regional water agency said.\n\nNo illnesses have been reported.",
    "source": "Eastbrook Post",
    "published": date(2026, 10, 15),
}


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_same_day_reports_of_one_spill_are_one_story_in_any_order(
    store: Store, order: tuple[int, ...]
) -> None:
    """Three same-day reports of one spill are one story in all six orders. Before, the
    quoted club's name ("according to the angling club Silver Marrow") was read as the
    lead's "who", and the start of the ongoing spill ("since Monday") as its only day:
    a report first naming Brockwell's residents "on Thursday" was "another event" (other
    people, three days apart) in the orders where the quoted report came first."""
    three = [SPILL_QUOTED, SPILL_SINCE, SPILL_DAY]
    for n in order:
        store.ingest(RawDocument(**three[n]))
    story_of = {d["title"]: d["story_id"] for d in store.documents()}
    assert len({story_of[str(doc["title"])] for doc in three}) == 1


def test_assignment_and_matching_read_one_set_of_stories_apart(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """"The stories a story is another event than" has one home (reviewer F4): a
    judgment carried by a story's later document, outside the few earliest documents its
    leads are read from, holds for a newcomer to that story as it does for matching."""
    from factcheck.match import stories
    from factcheck.models import DocumentRow

    documents_t = DocumentRow.__table__  # type: ignore[attr-defined]
    assert matcher.stories_apart is stories.stories_apart
    assert not hasattr(stories, "_story_apart")
    # Leads come from the earliest document only, so the judgment below is outside them.
    monkeypatch.setattr(stories, "_LEAD_DOCUMENTS", 1)
    store.ingest(RawDocument(**SPILL_SINCE))
    store.ingest(RawDocument(**{**SPILL_DAY, "published": date(2026, 10, 16)}))
    store.ingest(RawDocument(**BRIEF))
    docs = {d["title"]: d for d in store.documents()}
    spill = docs[SPILL_SINCE["title"]]["story_id"]
    other = docs[BRIEF["title"]]["story_id"]
    assert docs[SPILL_DAY["title"]]["story_id"] == spill != other
    with store.engine.begin() as conn:
        conn.execute(
            sa.update(documents_t)
            .where(documents_t.c.id == docs[SPILL_DAY["title"]]["id"])
            .values(story_reason=f'{{"apart_from": [{other}]}}')
        )
        assert matcher.stories_apart(conn, [spill]) == {spill: frozenset({other})}
    store.ingest(RawDocument(**{**SPILL_QUOTED, "published": date(2026, 10, 17)}))
    with store.engine.connect() as conn:
        story, reason = conn.execute(
            sa.select(documents_t.c.story_id, documents_t.c.story_reason).where(
                documents_t.c.title == SPILL_QUOTED["title"]
            )
        ).one()
    assert story == spill
    assert f'"apart_from": [{other}]' in reason


_LONG_STORY = [
    ("Floodwater closed the Brenn road bridge on Monday, the county said.", date(2026, 4, 6)),
    ("The Brenn road bridge stayed closed on Tuesday, the county said.", date(2026, 4, 7)),
    ("The Brenn road bridge reopened on Wednesday, the county said.", date(2026, 4, 8)),
]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_a_storys_pool_is_its_latest_claims_in_any_order_of_ingest(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch, order: tuple[int, ...]
) -> None:
    """A long story's pool for context-dependent claims (``STORY_POOL``) holds its most
    recent claims by publication date, never its last ingested ones (ids)."""
    monkeypatch.setattr(matcher, "STORY_POOL", 2)
    store = Store(f"sqlite:///{tmp_path / 'pool.sqlite3'}")
    for i in order:
        text, published = _LONG_STORY[i]
        doc = RawDocument(text=text, source=f"Outlet {i}", title="Brenn", published=published)
        store.ingest(doc)
    with store.transaction() as conn:
        stories = {d["story_id"] for d in store.documents()}
        assert len(stories) == 1 and None not in stories
        [pool] = matcher._story_claims(conn, stories).values()
        texts = matcher.claim_texts(conn, pool)
    assert [texts[c] for c in pool] == [_LONG_STORY[2][0], _LONG_STORY[1][0]]
