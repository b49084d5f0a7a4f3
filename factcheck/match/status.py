"""Claim status: what a claim's decided matches add up to.

``relation.compare`` says how two claims relate and ``independence`` whether the two
sources count separately; this rule turns a claim's links into one word. It is a pure
function so that the pipeline can apply it incrementally and tests can state it plainly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["MatchLink", "claim_status"]


@dataclass(frozen=True, slots=True)
class MatchLink:
    """One decided match as status sees it."""

    relation: str
    independent: bool
    needs_review: bool = False


def claim_status(links: Iterable[MatchLink]) -> str:
    """``disputed`` beats ``corroborated`` beats ``unverified``.

    A conflict disputes a claim whoever states it: even an outlet contradicting its own
    earlier story is something a reader must see. Corroboration needs an independent
    source. Pairs still waiting for review count for neither, so a borderline match can
    never quietly make a claim look confirmed.
    """
    corroborated = False
    for link in links:
        if link.needs_review:
            continue
        if link.relation == "conflicts":
            return "disputed"
        if link.relation == "corroborates" and link.independent:
            corroborated = True
    return "corroborated" if corroborated else "unverified"
