"""Cross-source decisions that need more than two texts: independence and claim status.

``compare`` says how two claims relate; whether that makes a claim *corroborated* depends
on who said the other one. A reprint of a wire story, or a sister paper in the same group,
repeats the original — it does not confirm it. These rules are pure functions so that the
store can apply them incrementally and tests can state them plainly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["DocumentOrigin", "MatchLink", "claim_status", "independent"]


@dataclass(frozen=True, slots=True)
class DocumentOrigin:
    """What independence needs to know about a document."""

    document_id: int
    source_id: int
    owner_group: str | None = None
    copy_of: int | None = None

    @property
    def original(self) -> int:
        """The document this text really comes from (itself unless it is a copy)."""
        return self.copy_of if self.copy_of is not None else self.document_id


def independent(a: DocumentOrigin, b: DocumentOrigin) -> bool:
    """Whether agreement between two documents is evidence, not repetition."""
    if a.source_id == b.source_id:
        return False
    if a.owner_group and b.owner_group and a.owner_group.casefold() == b.owner_group.casefold():
        return False
    return a.original != b.original


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
