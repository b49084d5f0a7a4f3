"""A templated corpus (#9): five coach crashes in five towns, six outlets each, every
measure written with one sentence template and only the places, roads, rivers and names
changed between events. No match, decided or held, may link claims of two events, and
each event's own reports still corroborate each other."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from factcheck.store import Store
from tests.templated_corpus import documents, event_of


def _ingest(db_url: str, one_day: bool) -> tuple[list[tuple[int, int, str, bool]], Any]:
    store = Store(db_url)
    try:
        for doc in documents(one_day=one_day):
            store.ingest(doc)
        docs = {d["id"]: d for d in store.documents()}
        claims = {c["id"]: c for c in store.claims(limit=None)}
        event = {cid: event_of(docs[c["document_id"]]["url"]) for cid, c in claims.items()}
        links = [
            (event[m["claim_id"]], event[m["other_claim_id"]], m["relation"], m["needs_review"])
            for m in store.match_pairs()
        ]
        statuses = Counter(
            (event[cid], c["status"])
            for cid, c in claims.items()
            if "coach overturned" in c["text"]
        )
        return links, statuses
    finally:
        store.engine.dispose()


@pytest.mark.parametrize("one_day", [False, True], ids=["a fortnight", "one day"])
def test_no_match_links_two_events_of_one_template(db_url: str, one_day: bool) -> None:
    links, statuses = _ingest(db_url, one_day)
    across = [link for link in links if link[0] != link[1]]
    assert across == []
    # not vacuous: each event's reports meet each other, in every wording of a measure
    assert {e for e, _, relation, _ in links if relation == "corroborates"} == set(range(5))
    for e in range(5):
        # five outlets agree on the dead; the sixth reports a higher count a day later
        assert statuses[(e, "corroborated")] == 5


def test_self_contained_sentences_of_two_events_are_unrelated() -> None:
    """The sentences that name their own town, road, river or person may be compared
    across stories: each pair of two events is unrelated, whatever figures it shares."""
    from factcheck.match.frames import frame
    from factcheck.match.relation import compare
    from tests.templated_corpus import templated_corpus

    sentences = sorted(
        {
            (event_of(doc["url"]), s)
            for doc in templated_corpus(one_day=True)
            for s in doc["text"].split("\n\n")
        }
    )
    own = [(e, s) for e, s in sentences if frame(s).self_contained]
    assert len({e for e, _ in own}) == 5
    for i, (ea, a) in enumerate(own):
        for eb, b in own[i + 1 :]:
            if ea != eb:
                assert compare(a, b).relation == "unrelated", (a, b, compare(a, b).reasons)
