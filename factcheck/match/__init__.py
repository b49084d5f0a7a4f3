"""Matching claims across sources: one home for every step that decides a status.

A document's claims travel through these modules in order:

* ``candidates`` — the inverted term index that proposes stored claims for a new one;
* ``similarity`` — reranks those candidates (rapidfuzz, optional word vectors);
* ``relation`` — ``compare(a, b)``: corroborates, conflicts or unrelated, with reasons;
* ``syndication`` — near-copies (MinHash), so a reprint is not a second source;
* ``independence`` — whether two documents count as separate sources;
* ``status`` — what a claim's decided matches add up to;
* ``matcher`` — where these meet the database, inside the store's transaction.
"""

from __future__ import annotations

from factcheck.match.independence import DocumentOrigin, independent
from factcheck.match.relation import Comparison, MatchConfig, compare
from factcheck.match.status import MatchLink, claim_status

__all__ = [
    "Comparison",
    "DocumentOrigin",
    "MatchConfig",
    "MatchLink",
    "claim_status",
    "compare",
    "independent",
]
