"""The review queue asks a question once for an original and its reprints, and a person's
answer decides both.

Our own invented articles: Fenwick Post reports a storm, Lark Radio reprints the report
word for word the same day (the syndication module finds the copy), and Marsh Courier
reports it on its own. The matcher holds the Courier's "Fishing boats stayed in port …"
against the Post's "40 fishing boats stayed in port" and, again, against Lark Radio's
reprint of it: one question asked twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from factcheck import review
from factcheck.read import RawDocument
from factcheck.store import Store

_POST = (
    "Storms closed the Fenwick harbour on Tuesday. "
    "The harbour master said 40 fishing boats stayed in port. "
    "Crews expect the harbour to reopen on Friday, the harbour master said. "
    "The coastguard asked walkers to keep away from the sea wall until the wind drops. "
    "Ferry services to the islands were also cancelled for the rest of the week."
)
_COURIER = (
    "Fishing boats stayed in port at Fenwick on Tuesday as storms hit the coast. "
    "The harbour master said 40 boats stayed in port. "
    "Local traders said the closure would cost them dearly."
)


@pytest.fixture
def storm_store(db_url: str) -> Iterator[Store]:
    store = Store(db_url)
    store.ingest(RawDocument(text=_POST, source="Fenwick Post", published=date(2026, 6, 2)))
    store.ingest(RawDocument(text=_POST, source="Lark Radio", published=date(2026, 6, 2)))
    store.ingest(RawDocument(text=_COURIER, source="Marsh Courier", published=date(2026, 6, 2)))
    yield store
    store.engine.dispose()


def _ids(store: Store) -> tuple[int, int, int, int, int]:
    """The Post's boats claim, Lark Radio's reprint of it, the Courier's held claim, and
    the held matches of the first two with the third."""
    claims = store.claims()
    boats = [c["id"] for c in claims if c["text"].startswith("The harbour master said 40 f")]
    original, reprint = sorted(boats)
    [courier] = [c["id"] for c in claims if c["text"].startswith("Fishing boats stayed")]
    held = {
        frozenset((p["claim_id"], p["other_claim_id"])): p["match_id"]
        for p in store.match_pairs()
        if p["needs_review"]
    }
    return (
        original,
        reprint,
        courier,
        held[frozenset((original, courier))],
        held[frozenset((reprint, courier))],
    )


def test_the_queue_asks_a_reprints_question_once_on_its_original(storm_store: Store) -> None:
    original, reprint, courier, _, _ = _ids(storm_store)
    queued = [q.claim_id for q in review.queue(storm_store)]
    assert original in queued and courier in queued
    assert reprint not in queued
    assert review.queue_size(storm_store) == len(queued)
    first = review.next_item(storm_store)
    assert first is not None and first["queue_size"] == len(queued)


@pytest.mark.parametrize("decision", ["corroborates", "conflicts"])
def test_deciding_the_originals_match_decides_the_reprints_twin(
    storm_store: Store, decision: str
) -> None:
    original, reprint, courier, asked, twin = _ids(storm_store)
    result = review.decide(storm_store, asked, decision, reviewer="desk", note="read both")
    assert result["also_decided"] == [twin]
    pairs = {p["match_id"]: p for p in storm_store.match_pairs()}
    assert pairs[twin]["decision"] == decision and not pairs[twin]["needs_review"]
    # Both claims of the twin follow the decision, as the pair's own do.
    status = {c["id"]: c["status"] for c in storm_store.claims()}
    expected = "disputed" if decision == "conflicts" else "corroborated"
    assert status[courier] == status[reprint] == status[original] == expected
    # The twin's decision is in the reprint's history, saying which match it came with.
    entries = [h for h in review.history(storm_store, reprint) if h.get("match_id") == twin]
    assert entries and f"decided with match {asked}" in (entries[0].get("reason") or "")
    # Nothing of the question is left to ask.
    assert courier not in [q.claim_id for q in review.queue(storm_store)]


def test_a_decided_twin_keeps_its_own_decision(storm_store: Store) -> None:
    _, _, _, asked, twin = _ids(storm_store)
    review.decide(storm_store, twin, "unrelated", reviewer="desk")
    result = review.decide(storm_store, asked, "corroborates", reviewer="desk")
    assert result["also_decided"] == []
    pairs = {p["match_id"]: p for p in storm_store.match_pairs()}
    assert pairs[twin]["decision"] == "unrelated"


def _decision(store: Store, match_id: int) -> str | None:
    return {p["match_id"]: p.get("decision") for p in store.match_pairs()}[match_id]


def test_a_changed_decision_reaches_the_twins_it_was_copied_to(storm_store: Store) -> None:
    original, reprint, courier, asked, twin = _ids(storm_store)
    expected = {"conflicts": "disputed", "unrelated": None, "corroborates": "corroborated"}
    for decision in ("conflicts", "unrelated", "corroborates"):
        result = review.decide(storm_store, asked, decision, reviewer="desk")
        assert result["also_decided"] == [twin]
        assert _decision(storm_store, twin) == decision
        status = {c["id"]: c["status"] for c in storm_store.claims()}
        # The reprint's claim says what its original says, after every answer.
        assert status[reprint] == status[original]
        if expected[decision]:
            assert status[original] == status[courier] == expected[decision]
        else:
            assert status[reprint] != "disputed" and status[courier] != "disputed"
    # Each copied decision's entry names the match it followed and what it replaced.
    entries = [
        h
        for h in review.history(storm_store, reprint)
        if h.get("match_id") == twin and h.get("other_claim_id") is not None
    ]
    assert [(e["old"]["decision"], e["new"]["decision"]) for e in entries] == [
        (None, "conflicts"),
        ("conflicts", "unrelated"),
        ("unrelated", "corroborates"),
    ]
    assert all(e["new"]["decided_with"] == asked for e in entries)


def test_a_twin_decided_on_its_own_later_stops_following(storm_store: Store) -> None:
    _, _, _, asked, twin = _ids(storm_store)
    review.decide(storm_store, asked, "conflicts", reviewer="desk")
    review.decide(storm_store, twin, "corroborates", reviewer="second desk")
    result = review.decide(storm_store, asked, "unrelated", reviewer="desk")
    assert result["also_decided"] == []
    assert _decision(storm_store, twin) == "corroborates"


def test_a_standing_twin_is_not_a_question_and_is_left_alone(storm_store: Store) -> None:
    import sqlalchemy as sa

    from factcheck.models import MatchRow

    _, reprint, _, asked, twin = _ids(storm_store)
    # The reprint's link stands on its own (not held): matching decided it, no person.
    matches = MatchRow.__table__  # type: ignore[attr-defined]
    with storm_store.transaction() as conn:
        conn.execute(sa.update(matches).where(matches.c.id == twin).values(needs_review=False))
    result = review.decide(storm_store, asked, "conflicts", reviewer="desk")
    assert result["also_decided"] == []
    assert _decision(storm_store, twin) is None
    assert all(h.get("match_id") != twin for h in review.history(storm_store, reprint))


@pytest.mark.parametrize(
    "filters", [{}, {"source": "Lark Radio"}, {"source": "Marsh Courier"}, {"status": "unverified"}]
)
def test_the_count_equals_the_listed_items_under_filters(
    storm_store: Store, filters: dict[str, str]
) -> None:
    _, reprint, _, _, _ = _ids(storm_store)
    queued = [q.claim_id for q in review.queue(storm_store, **filters)]
    # The reprint's question is asked on its original even when the filter leaves the
    # original out of the page.
    assert reprint not in queued
    assert review.queue_size(storm_store, **filters) == len(queued)
    first = review.next_item(storm_store, **filters)
    if queued:
        assert first is not None and first["queue_size"] == len(queued)
        assert first["claim"]["id"] == queued[0]
    else:
        assert first is None


def _status_rows(store: Store, claim_id: int) -> int:
    """How many history rows of the claim say its status moved."""
    count = 0
    for h in review.history(store, claim_id):
        old, new = h.get("old") or {}, h.get("new") or {}
        was, now = old.get("status"), new.get("status")
        if isinstance(was, dict) or isinstance(now, dict):
            was, now = (was or {}).get(str(claim_id)), (now or {}).get(str(claim_id))
        count += was != now and now is not None
    return count


def test_one_decision_writes_one_status_row_per_claim_it_moved(storm_store: Store) -> None:
    # The courier's claim is an end of the decided match and of its twin; the reprint's
    # claim moves by the twin and by the refresh around the pair: each says so once.
    original, reprint, courier, asked, _ = _ids(storm_store)
    before = {c["id"]: c["status"] for c in storm_store.claims()}
    review.decide(storm_store, asked, "conflicts", reviewer="desk")
    after = {c["id"]: c["status"] for c in storm_store.claims()}
    moved = [cid for cid in after if before[cid] != after[cid]]
    assert {original, reprint, courier} <= set(moved)
    assert {cid: _status_rows(storm_store, cid) for cid in moved} == {cid: 1 for cid in moved}


_WIRE = (
    "The ferry Orla was carrying 48 passengers when it capsized off Hewn Point on Tuesday. "
    "The ferry Orla was overloaded when it capsized off Hewn Point on Tuesday, the harbour "
    "master said. "
    "The ferry Orla sank in 20 minutes after it capsized off Hewn Point on Tuesday."
)


def test_an_originals_sentence_is_never_paired_with_its_copys_other_sentence(
    db_url: str,
) -> None:
    """A reprint and its original are one voice: within one family of copies the matcher
    pairs a sentence with its reprint, and with a copy's edit of it, never one sentence of
    the article with another (which the queue would ask as "do sentence 1 and sentence 2
    of this wire story agree?", through the reprint). Two sentences of the wire story
    that share most of their words are held against each other when they stand in two
    independent outlets' own reports, so the pairs are there to be made."""
    edited = _WIRE.replace("48 passengers", "52 passengers")
    store = Store(db_url)
    try:
        for text, source, day in (
            (_WIRE, "Skerry Wire", 2),
            (_WIRE, "Tarn Herald", 2),
            (edited, "Hale Times", 3),
        ):
            store.ingest(RawDocument(text=text, source=source, published=date(2026, 6, day)))
        claims = {c["id"]: c for c in store.claims()}
        docs = {d["id"]: d for d in store.documents()}
        assert {d["copy_of"] for d in docs.values()} == {None, 1}  # one family of copies
        sentence = {
            cid: next(i for i, s in enumerate(("carrying", "overloaded", "sank")) if s in c["text"])
            for cid, c in claims.items()
        }
        pairs = {frozenset((p["claim_id"], p["other_claim_id"])): p for p in store.match_pairs()}
        for key in pairs:
            a, b = sorted(key)
            assert sentence[a] == sentence[b], (claims[a]["text"], claims[b]["text"])
        # the reprints and the copy's edit are still paired with their sentence
        for a, b in ((1, 4), (2, 5), (3, 6), (1, 7), (2, 8)):
            assert frozenset((a, b)) in pairs
    finally:
        store.engine.dispose()


@pytest.mark.parametrize("note", [None, "read both"])
def test_a_twin_decided_before_decided_with_existed_follows_its_match(
    storm_store: Store, note: str | None
) -> None:
    """Twins decided before the audit entry carried ``decided_with`` (their reason said
    "decided with match N: the same words in a reprint", nothing else) follow the later
    decisions of their match like any twin decided with it; a decision a person gave the
    twin on its own, whatever its note, does not."""
    import sqlalchemy as sa

    from factcheck import audit
    from factcheck.match import matcher
    from factcheck.models import ReviewRow

    reviews = ReviewRow.__table__  # type: ignore[attr-defined]
    original, reprint, courier, asked, twin = _ids(storm_store)
    # What decide wrote before the field existed: both reviews, the pair's entry and the
    # twin's, whose only link to the match is its reason.
    with storm_store.transaction() as conn:
        for match_id in (asked, twin):
            conn.execute(
                sa.insert(reviews).values(
                    match_id=match_id,
                    decision="conflicts",
                    note=note,
                    reviewer="desk",
                    decided_at=datetime(2026, 6, 3, tzinfo=UTC),
                )
            )
        for match_id, a, b in ((asked, original, courier), (twin, reprint, courier)):
            audit.record(
                conn,
                reviewer="desk",
                action="decide",
                claim_id=a,
                other_claim_id=b,
                match_id=match_id,
                old={"decision": None},
                new={"decision": "conflicts", "status": {}},
                reason=note if match_id == asked else _old_twin_reason(note, asked),
            )
        matcher.refresh_status(conn, [original, reprint, courier])
    result = review.decide(storm_store, asked, "unrelated", reviewer="desk")
    assert result["also_decided"] == [twin]
    assert _decision(storm_store, twin) == "unrelated"
    status = {c["id"]: c["status"] for c in storm_store.claims()}
    assert status[reprint] == status[original] != "disputed"
    # Decided on its own afterwards, the twin stops following.
    review.decide(storm_store, twin, "corroborates", reviewer="desk", note="own answer")
    assert review.decide(storm_store, asked, "conflicts", reviewer="desk")["also_decided"] == []
    assert _decision(storm_store, twin) == "corroborates"


def _old_twin_reason(note: str | None, match_id: int) -> str:
    said = f"decided with match {match_id}: the same words in a reprint"
    return f"{note} ({said})" if note else said


def test_a_held_pair_of_an_original_and_its_own_reprint_is_not_asked(db_url: str) -> None:
    """No answer about an original against its own reprint changes a status (the pair is
    not independent, and a reprint's edit supersedes nothing), so the queue does not ask
    it; the claims wait only as what they are otherwise (check-worthy)."""
    import sqlalchemy as sa

    from factcheck.review import matches_t

    edited = _POST.replace("said 40 fishing boats", "said 45 fishing boats")
    store = Store(db_url)
    try:
        store.ingest(RawDocument(text=_POST, source="Fenwick Post", published=date(2026, 6, 2)))
        store.ingest(RawDocument(text=edited, source="Lark Radio", published=date(2026, 6, 2)))
        [pair] = [p for p in store.match_pairs() if p["relation"] == "conflicts"]
        assert not pair["independent"]
        with store.engine.begin() as conn:  # held, as an edited reprint's pair can be
            conn.execute(
                sa.update(matches_t)
                .where(matches_t.c.id == pair["match_id"])
                .values(needs_review=True)
            )
        reasons = {q.claim_id: q.reason for q in review.queue(store)}
        for claim in (pair["claim_id"], pair["other_claim_id"]):
            assert reasons.get(claim) != "held-match"
        assert review.queue_size(store) == len(reasons)
    finally:
        store.engine.dispose()
