"""Reprints in the store: a short brief reprinted word for word is a copy, and a
reprinted claim reads its relative dates on its original's day (``claim_dates``), at
ingest in either order, after a corrected date and after its original is deleted."""

from __future__ import annotations

from datetime import date

from factcheck import corrections
from factcheck.read import RawDocument
from factcheck.store import Store

# Our own brief: two sentences, well under syndication.MIN_SHINGLES.
BRIEF = (
    "The Tolven council voted yesterday to shut the Ambry library for eight weeks.\n\n"
    "The library lent 300 books a week, the council said."
)
# A third outlet's own report of the vote, naming the day (6 April 2026 is a Monday).
OWN_REPORT = "Tolven councillors voted on Sunday to shut the Ambry library for eight weeks."
# A longer story of the wire's, and a reprint whose desk rewords the vote sentence.
STORY = BRIEF + (
    " Repairs to the roof will cost about 80,000 euros, the council said. Readers can "
    "borrow books from the Corlen branch in the meantime. The mayor said the work was "
    "long overdue and would be finished before the summer holidays."
)
EDITED = STORY.replace(
    "The Tolven council voted yesterday to shut",
    "Tolven councillors yesterday chose to shut",
)

WIRE, PAPER, HERALD = "Tolven Wire", "Ambry Gazette", "Northern Courier"


def _doc(text: str, source: str, day: int) -> RawDocument:
    return RawDocument(text=text, source=source, published=date(2026, 4, day))


def _vote(store: Store, source: str) -> dict:
    [claim] = [c for c in store.claims(source=source) if "voted" in c["text"]]
    return claim


def _days(claim: dict) -> list[str]:
    return [d["from"] for d in claim["dates"]]


def test_a_short_brief_reprinted_next_day_is_a_copy_and_keeps_its_originals_day(
    store: Store,
) -> None:
    wire = store.ingest(_doc(BRIEF, WIRE, 6))
    paper = store.ingest(_doc(BRIEF, PAPER, 7))
    assert paper.copy_of == wire.id
    store.ingest(_doc(OWN_REPORT, HERALD, 6))
    # "yesterday" in the reprint was written on the wire's day: Sunday 5 April.
    assert _days(_vote(store, PAPER)) == _days(_vote(store, WIRE)) == ["2026-04-05"]
    # So neither the reprint nor the third outlet is disputed by the reprint's later day.
    assert {_vote(store, s)["status"] for s in (WIRE, PAPER, HERALD)} == {"unverified"}
    # The passengers figure is said only by the wire and its reprint: no second source.
    assert {c["status"] for c in store.claims()} == {"unverified"}


def test_an_earlier_original_ingested_after_its_reprint_anchors_it(store: Store) -> None:
    paper = store.ingest(_doc(BRIEF, PAPER, 7))
    store.ingest(_doc(OWN_REPORT, HERALD, 6))
    assert _vote(store, PAPER)["status"] == "disputed"  # alone, it names Monday
    wire = store.ingest(_doc(BRIEF, WIRE, 6))
    assert wire.copies == (paper.id,)
    assert _days(_vote(store, PAPER)) == ["2026-04-05"]
    assert {_vote(store, s)["status"] for s in (WIRE, PAPER, HERALD)} == {"unverified"}


def test_a_reworded_claim_of_a_reprint_keeps_its_own_day(store: Store) -> None:
    store.ingest(_doc(STORY, WIRE, 6))
    paper = store.ingest(_doc(EDITED, PAPER, 8))
    assert paper.copy_of is not None
    [reworded] = [c for c in store.claims(source=PAPER) if "chose" in c["text"]]
    # Written by the paper's desk on its own day (8 April): "yesterday" is 7 April.
    assert _days(reworded) == ["2026-04-07"]
    assert _days(_vote(store, WIRE)) == ["2026-04-05"]


def test_a_corrected_date_that_turns_the_copy_moves_the_reprinted_days(store: Store) -> None:
    wire = store.ingest(_doc(BRIEF, WIRE, 6)).id
    paper = store.ingest(_doc(BRIEF, PAPER, 7)).id
    store.ingest(_doc(OWN_REPORT, HERALD, 6))
    # The wire's story is dated after the paper's now: the paper is the original, and
    # the wire's copy reads "yesterday" on the paper's day (6 April).
    result = corrections.edit_document(
        store, wire, {"published": date(2026, 4, 9)}, reviewer="ana"
    )
    assert store.document(wire)["copy_of"] == paper
    assert _days(_vote(store, WIRE)) == _days(_vote(store, PAPER)) == ["2026-04-06"]
    assert _vote(store, HERALD)["status"] == "disputed"
    assert result["status_changed"][_vote(store, HERALD)["id"]] == ["unverified", "disputed"]
    corrections.edit_document(store, wire, {"published": date(2026, 4, 6)}, reviewer="ana")
    assert store.document(paper)["copy_of"] == wire
    assert _days(_vote(store, PAPER)) == ["2026-04-05"]
    assert {_vote(store, s)["status"] for s in (WIRE, PAPER, HERALD)} == {"unverified"}


def test_a_copy_whose_original_is_deleted_reads_its_own_day(store: Store) -> None:
    wire = store.ingest(_doc(BRIEF, WIRE, 6)).id
    store.ingest(_doc(BRIEF, PAPER, 7))
    store.ingest(_doc(OWN_REPORT, HERALD, 6))
    result = corrections.delete_document(store, wire, reviewer="ana")
    assert _days(_vote(store, PAPER)) == ["2026-04-06"]
    herald = _vote(store, HERALD)
    assert herald["status"] == "disputed"
    assert result["status_changed"][herald["id"]] == ["unverified", "disputed"]


# Three short versions: the wire's brief (S1-S3), a paper's brief that shares only its
# first sentence (S1, S4: no copy of the wire's), and a later round-up of all four
# sentences, a near-copy of both, which joins the two families into one.
S1 = "The Tolven council voted yesterday to shut the Ambry library."
S2 = "The library lent 300 books a week."
S3 = "Repairs will cost about 80,000 euros."
S4 = "The mayor said the work was long overdue."


def test_a_version_that_joins_two_families_moves_the_reprinted_days(store: Store) -> None:
    wire = store.ingest(_doc(f"{S1} {S2} {S3}", WIRE, 5)).id
    paper = store.ingest(_doc(f"{S1} {S4}", PAPER, 6)).id
    assert store.document(paper)["copy_of"] is None
    [own] = [c for c in store.claims(source=PAPER) if "voted" in c["text"]]
    assert _days(own) == ["2026-04-05"]  # the paper's own day, 6 April
    roundup = store.ingest(_doc(f"{S1} {S2} {S3} {S4}", HERALD, 7))
    assert roundup.copy_of == wire
    assert store.document(paper)["copy_of"] == wire
    # The paper's first sentence is the wire's, written on 5 April: "yesterday" is 4 April.
    [reprinted] = [c for c in store.claims(source=PAPER) if "voted" in c["text"]]
    assert _days(reprinted) == _days(_vote(store, WIRE)) == ["2026-04-04"]
