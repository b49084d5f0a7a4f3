"""Epistemic markers: the words that qualify how strongly a claim is asserted.

Placeholder until the markers issue lands: the types and signatures are the contract the
rest of the pipeline uses; ``find_markers`` finds nothing yet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["KINDS", "Marker", "assertiveness", "find_markers", "is_hedged"]

KINDS = ("hedge", "booster", "approximator", "attribution", "weasel")


@dataclass(frozen=True, slots=True)
class Marker:
    """One marker; ``text == document[start:end]``."""

    kind: str
    text: str
    start: int
    end: int
    speaker: str | None = None


def find_markers(text: str, start: int = 0, end: int | None = None) -> list[Marker]:
    """Markers inside ``text[start:end]``, with offsets into ``text``."""
    return []


def is_hedged(markers: Sequence[Marker]) -> bool:
    return any(m.kind in ("hedge", "weasel") for m in markers)


def assertiveness(markers: Sequence[Marker]) -> str:
    """One word for how a claim is put: asserted, hedged, boosted, attributed or weasel."""
    kinds = {m.kind for m in markers}
    for kind, level in (
        ("weasel", "weasel"),
        ("hedge", "hedged"),
        ("attribution", "attributed"),
        ("booster", "boosted"),
    ):
        if kind in kinds:
            return level
    return "asserted"
