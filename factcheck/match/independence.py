"""Independence: whether agreement between two documents is evidence or repetition.

Whether a match makes a claim *corroborated* depends on who said the other claim. A
reprint of a wire story, a sister paper in the same owner group, or an outlet whose
dateline or credit line names the wire it got the story from ("KESTROW (Coastal Wire) -")
repeats the original — it does not confirm it.

Dependence passes through all of these at once: a document depends on its own outlet,
on the outlet its credit names, on the original it is a near-copy of, on that
original's outlet and credit, and on every owner group of those outlets. Two documents
are independent only when none of this is shared, so a copy of a sister paper's story,
or of a story credited to a wire, is not independent of the wire either.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DocumentOrigin", "independent"]


@dataclass(frozen=True, slots=True)
class DocumentOrigin:
    """What independence needs to know about a document.

    ``depends_on`` holds the other outlets (source ids) its reporting comes from — the
    outlet a credit names, the outlet of the original it copies and that original's
    credit — and ``groups`` the owner groups of all of them; ``matcher.claim_facts``
    resolves both from the database.
    """

    document_id: int
    source_id: int
    owner_group: str | None = None
    copy_of: int | None = None
    depends_on: frozenset[int] = frozenset()
    groups: frozenset[str] = frozenset()
    #: The document's story: context-dependent claims are only compared within it.
    story_id: int | None = None

    @property
    def original(self) -> int:
        """The document this text really comes from (itself unless it is a copy)."""
        return self.copy_of if self.copy_of is not None else self.document_id

    @property
    def outlets(self) -> frozenset[int]:
        """Every outlet this document's reporting comes from, its own included."""
        return self.depends_on | {self.source_id}

    @property
    def owner_groups(self) -> frozenset[str]:
        """Every owner group of those outlets, case-folded."""
        own = {self.owner_group} if self.owner_group else set()
        return frozenset(g.casefold() for g in self.groups | own)


def independent(a: DocumentOrigin, b: DocumentOrigin) -> bool:
    """Whether agreement between two documents is evidence, not repetition."""
    if a.outlets & b.outlets:
        return False
    if a.owner_groups & b.owner_groups:
        return False
    return a.original != b.original
