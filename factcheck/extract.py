"""Turn sentences into atomic, checkable claims.

Placeholder until the claims issue lands: one claim per sentence, with the same span.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from factcheck.segment import Sentence

__all__ = ["CLAIM_TYPES", "Claim", "extract_claims"]

CLAIM_TYPES = ("quantity", "event", "attribution", "causal", "prediction", "opinion", "other")


@dataclass(frozen=True, slots=True)
class Claim:
    """One atomic claim.

    ``text`` reads as a standalone statement; ``quote == document[start:end]`` is the
    smallest source span holding the claim's words.
    """

    text: str
    quote: str
    start: int
    end: int
    sentence_index: int
    checkworthiness: float = 0.0
    checkworthy: bool = False
    type: str = "other"
    reasons: tuple[str, ...] = field(default_factory=tuple)


def extract_claims(
    text: str, sentences: Sequence[Sentence], threshold: float = 0.5
) -> list[Claim]:
    """Claims of ``text``, in document order, given its sentences."""
    return [
        Claim(
            text=s.text,
            quote=s.text,
            start=s.start,
            end=s.end,
            sentence_index=s.index,
        )
        for s in sentences
    ]
