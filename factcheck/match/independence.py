"""Independence: whether agreement between two documents is evidence or repetition.

Whether a match makes a claim *corroborated* depends on who said the other claim. A
reprint of a wire story, or a sister paper in the same owner group, repeats the original
— it does not confirm it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DocumentOrigin", "independent"]


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
