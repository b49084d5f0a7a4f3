"""A small hand-made report for golden files: fixed values, hostile text, no pipeline;
and the claim and match-link builders the report's fact-grouping tests share.

Golden files pin the renderers' output; building the report by hand keeps them from
changing whenever matching or extraction improves (the pipeline is tested elsewhere).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from factcheck.match.syndication import reprinted_claims
from factcheck.report.gather import claim_figures
from factcheck.report.model import (
    ClaimEntry,
    CopyLink,
    DocumentEntry,
    Fact,
    MarkerSpan,
    MatchLinkEntry,
    OutletProfile,
    Position,
    Report,
    ReportFilter,
    Story,
    Verdict,
    Wording,
)

TEXT_A = "The collapse killed 12 people, officials said. <script>alert(1)</script> it | *is* [x]."
TEXT_B = "At least 15 people died, according to some reports."


def sample_report() -> Report:
    a_start, a_end = 0, TEXT_A.index(".") + 1
    claim_a = ClaimEntry(
        id=1,
        document_id=1,
        source="Coastal Wire",
        text="The collapse killed 12 people, officials said.",
        quote=TEXT_A[a_start:a_end],
        start=a_start,
        end=a_end,
        status="disputed",
        checkworthy=True,
        checkworthiness=0.91,
        hedged=False,
        unnamed_source=False,
        claim_type="quantity",
        pending_reviews=0,
        markers=(MarkerSpan("attribution", "officials said", 31, 45, "officials"),),
        figures=("12 people",),
        matches=(
            MatchLinkEntry(
                match_id=7,
                other_claim_id=2,
                other_source="Northern Herald",
                relation="conflicts",
                score=0.82,
                needs_review=False,
                independent=True,
                reasons=("numbers differ: 12 vs at least 15",),
            ),
        ),
        verdict=Verdict(
            claim_id=1,
            verdict="false",
            note="Hospital lists 15 <b>dead</b>",
            reviewer="Ana Ruiz",
            evidence=("https://example.org/list?a=1&b=2", "javascript:alert(1)"),
            decided_at="2026-06-05T10:00:00Z",
        ),
    )
    b_end = TEXT_B.index(",")
    claim_b = ClaimEntry(
        id=2,
        document_id=2,
        source="Northern Herald",
        text="At least 15 people died, according to some reports.",
        quote=TEXT_B,
        start=0,
        end=len(TEXT_B),
        status="disputed",
        checkworthy=True,
        checkworthiness=0.8,
        hedged=True,
        unnamed_source=True,
        claim_type="quantity",
        pending_reviews=1,
        markers=(
            MarkerSpan("approximator", "At least", 0, 8),
            MarkerSpan("weasel", "according to some reports", b_end + 2, len(TEXT_B) - 1),
        ),
        figures=("At least 15 people",),
        matches=(
            MatchLinkEntry(
                7, 1, "Coastal Wire", "conflicts", 0.82, False, True, ("numbers differ",)
            ),
        ),
    )
    fact = Fact(
        id=1,
        text=claim_a.text,
        status="disputed",
        positions=(
            Position(
                "states",
                (1,),
                ("Coastal Wire",),
                ("12 people",),
                claim_a.text,
                (Wording("12 people", ("Coastal Wire",)),),
                verdict=claim_a.verdict,
                verdicts=(claim_a.verdict,) if claim_a.verdict else (),
            ),
            Position(
                "contradicts",
                (2,),
                ("Northern Herald",),
                ("At least 15 people",),
                claim_b.text,
                (Wording("At least 15 people", ("Northern Herald",)),),
            ),
        ),
        pending_reviews=1,
        verdict=claim_a.verdict,
        verdicts=(claim_a.verdict,) if claim_a.verdict else (),
    )
    docs = (
        DocumentEntry(
            1,
            "Coastal Wire",
            "Bridge <falls>",
            "javascript:alert('x')",
            "A. Quill",
            "2026-06-04",
            None,
            (1,),
            TEXT_A,
        ),
        DocumentEntry(
            2,
            "Northern Herald",
            "Toll rises",
            'https://example.org/h?x="1"',
            None,
            "2026-06-05",
            1,
            (2,),
            TEXT_B,
        ),
    )
    return Report(
        generated_at="2026-06-06T00:00:00Z",
        filter=ReportFilter(since=date(2026, 6, 1)),
        stories=(Story("1", "Bridge <falls>", (1, 2), (fact,)),),
        documents=docs,
        claims=(claim_a, claim_b),
        status_counts={"disputed": 2, "corroborated": 0, "unverified": 0},
        source_counts={
            "Coastal Wire": {"disputed": 1, "corroborated": 0, "unverified": 0},
            "Northern Herald": {"disputed": 1, "corroborated": 0, "unverified": 0},
        },
        unverified_checkworthy=(),
        outlets=(
            OutletProfile("Coastal Wire", 1, 1, 0, 0, 1, 0.0, 0.0),
            OutletProfile("Northern Herald", 1, 1, 1, 1, 0, 1.0, 1.0),
        ),
        copies=(CopyLink(2, "Northern Herald", 1, "Coastal Wire", 0.61),),
        verdicts_available=True,
    )


def claim_entry(cid: int, doc: int, source: str, text: str, day: str = "2026-05-04") -> ClaimEntry:
    """An unverified check-worthy claim of document ``doc``, its quote its whole text,
    its figures read from the text, published on ``day``."""
    return ClaimEntry(
        id=cid,
        document_id=doc,
        source=source,
        text=text,
        quote=text,
        start=0,
        end=len(text),
        status="unverified",
        checkworthy=True,
        checkworthiness=0.9,
        hedged=False,
        unnamed_source=False,
        claim_type="quantity",
        pending_reviews=0,
        figures=claim_figures(text),
        published=day,
    )


def match_link(
    mid: int,
    a: int,
    b: int,
    relation: str,
    independent: bool,
    held: bool = False,
    decision: str | None = None,
) -> dict[str, Any]:
    """A stored match between claims ``a`` and ``b`` as ``facts.group_facts`` reads it;
    ``held`` was held for review (a low score), ``decision`` a person's decision on it,
    which (as ``Store.match_pairs`` has it) replaces ``relation`` and ends the wait."""
    return {
        "match_id": mid,
        "claim_id": a,
        "other_claim_id": b,
        "relation": decision or relation,
        "automatic_relation": relation,
        "score": 0.9 if not held else 0.5,
        "needs_review": held and decision is None,
        "independent": independent,
        "reasons": [],
        "decision": decision,
    }


def reprints_of(claims: Iterable[ClaimEntry], copy_of: Mapping[int, int]) -> dict[int, int]:
    """``syndication.reprinted_claims`` of report claim entries, as ``gather_report``
    reads them: each claim's words as its article wrote them (quote, else text)."""
    return reprinted_claims(((c.id, c.document_id, c.quote or c.text) for c in claims), copy_of)
