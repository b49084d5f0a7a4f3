"""The report's disputes agree with the claims' statuses: an outlet's superseded claim
states nothing, an outlet's name alone ties no version, and a decided match between two
stories still makes its fact."""

from __future__ import annotations

from datetime import date
from typing import Any

from factcheck.read import RawDocument
from factcheck.report import gather_report, render_report
from factcheck.report.facts import group_facts
from factcheck.report.gather import claim_figures
from factcheck.report.model import ClaimEntry
from factcheck.store import Store

# Our own invented reports: Osk Tribune and Brill Echo say the tannery was built in 1881;
# two days later Brill Echo reports 1869 from parish records (its update).
_TANNERY = (
    (
        "Osk Tribune",
        date(2026, 10, 1),
        "The Harlow tannery, which burned down on Tuesday, was built in 1881, the heritage "
        "office said. Crews from Ostby helped put out the fire.",
    ),
    (
        "Brill Echo",
        date(2026, 10, 1),
        "Petra Lund owned the site for a decade. The Harlow tannery, which burned down on "
        "Tuesday, was built in 1881, according to the heritage office.",
    ),
    (
        "Brill Echo",
        date(2026, 10, 3),
        "Parish records tell another story. The Harlow tannery, which burned down on "
        "Tuesday, was built in 1869, according to parish records.",
    ),
)


def test_an_outlets_update_is_its_account_and_disputes_the_fact(db_url: str) -> None:
    """Brill Echo's 1869 supersedes its own 1881: the fact is disputed by Brill Echo (as
    the claims' statuses say), its 1881 is its earlier report, and the fact is shown once
    even where the store put the update in a story of its own."""
    store = Store(db_url)
    try:
        for source, day, text in _TANNERY:
            store.ingest(RawDocument(text=text, source=source, published=day))
        statuses = {c["id"]: c["status"] for c in store.claims()}
        report = gather_report(store, with_text=False)
        [fact] = report.facts
        assert fact.status == "disputed"
        assert fact.stated_by == ("Osk Tribune",)
        assert fact.contradicted_by == ("Brill Echo",)
        [earlier] = [p for p in fact.positions if p.stance == "revision"]
        assert (earlier.outlets, earlier.revision) == (("Brill Echo",), "earlier")
        # what contradicts is disputed in `claims` too, and so is what it contradicts
        for p in fact.positions:
            if p.stance in ("states", "contradicts"):
                assert {statuses[i] for i in p.claim_ids} == {"disputed"}
        # every claim a fact names is in the report, whatever story it is in
        known = {c.id for c in report.claims}
        assert {i for p in fact.positions for i in p.claim_ids} <= known
        table = render_report(report, "table", width=100)
        assert table.count("DISPUTED") == 1 and "contradicted by" in table
    finally:
        store.engine.dispose()


def _claim(cid: int, doc: int, source: str, text: str) -> ClaimEntry:
    return ClaimEntry(
        id=cid, document_id=doc, source=source, text=text, quote=text, start=0,
        end=len(text), status="disputed", checkworthy=True, checkworthiness=0.9,
        hedged=False, unnamed_source=False, claim_type="quantity", pending_reviews=0,
        figures=claim_figures(text), published="2026-09-14",
    )  # fmt: skip


def _link(mid: int, a: int, b: int, relation: str, decision: str | None = None) -> dict[str, Any]:
    return {
        "match_id": mid, "claim_id": a, "other_claim_id": b, "relation": relation,
        "score": 0.9, "needs_review": False, "independent": True, "reasons": [],
        "decision": decision,
    }  # fmt: skip


def test_two_speakers_in_one_article_are_no_versions_of_one_report() -> None:
    """Fenwick Post's article quotes the union (agreeing with Kelso Wire's 3 percent) and
    the port authority (5 percent, not 3): a person decided the latter conflicts with the
    Wire. That is a dispute, never the Post's "other version" of what it states."""
    claims = {
        1: _claim(1, 1, "Kelso Wire", "The union rejected a pay offer of 3 percent."),
        2: _claim(2, 2, "Fenwick Post", "The union leader said workers rejected the pay offer."),
        3: _claim(3, 2, "Fenwick Post", "The port authority said the offer was 5 percent."),
    }
    pairs = [_link(1, 1, 2, "corroborates"), _link(2, 1, 3, "conflicts", "conflicts")]
    [fact] = group_facts(list(claims.values()), pairs, claims, set())
    stances = {c: p.stance for p in fact.positions for c in p.claim_ids}
    assert stances == {1: "states", 2: "states", 3: "contradicts"}
    assert fact.status == "disputed" and fact.contradicted_by == ("Fenwick Post",)
