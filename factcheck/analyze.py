"""The pure part of the pipeline: text → sentences → claims → markers.

No database here, so ``factcheck analyze`` and notebooks get exactly what ingest stores.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from factcheck.extract import Claim, extract_claims
from factcheck.mark import Marker, assertiveness, find_markers, is_hedged
from factcheck.match.frames import Frame, FrameContext, frame
from factcheck.segment import MAX_SENTENCE_CHARS, Sentence, segment

__all__ = ["Analysis", "AnalyzedClaim", "analyze", "markers_for_claims"]

DEFAULT_CHECKWORTHY_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class AnalyzedClaim:
    """A claim with the markers that qualify it and its frame (what it is about, read
    with the text before it in its document)."""

    claim: Claim
    markers: tuple[Marker, ...]
    frame: Frame | None = None

    @property
    def hedged(self) -> bool:
        return is_hedged(self.markers)

    @property
    def assertiveness(self) -> str:
        return assertiveness(self.markers)

    def to_dict(self) -> dict[str, Any]:
        c = self.claim
        return {
            "text": c.text,
            "quote": c.quote,
            "start": c.start,
            "end": c.end,
            "sentence_index": c.sentence_index,
            "checkworthy": c.checkworthy,
            "checkworthiness": round(c.checkworthiness, 4),
            "type": c.type,
            "reasons": list(c.reasons),
            "hedged": self.hedged,
            "assertiveness": self.assertiveness,
            "markers": [marker_dict(m) for m in self.markers],
            "frame": self.frame.to_dict() if self.frame is not None else None,
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    sentences: tuple[Sentence, ...]
    claims: tuple[AnalyzedClaim, ...]
    #: Where the analysed body starts in ``text`` (after a header block), 0 for all of it.
    body_start: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "body_start": self.body_start,
            "sentences": [
                {"index": s.index, "start": s.start, "end": s.end, "text": s.text}
                for s in self.sentences
            ],
            "claims": [c.to_dict() for c in self.claims],
        }


def marker_dict(m: Marker) -> dict[str, Any]:
    return {"kind": m.kind, "text": m.text, "start": m.start, "end": m.end, "speaker": m.speaker}


def _overlaps(m: Marker, c: Claim) -> bool:
    """Whether a marker touches the claim's own words.

    A split claim's quote can span a sibling's words ("killed 1,100 and injured more than
    3,000"), so its ``parts`` — the source ranges its words come from — decide.
    """
    ranges = getattr(c, "parts", None) or ((c.start, c.end),)
    return any(m.start < end and start < m.end for start, end in ranges)


def markers_for_claims(
    claims: Sequence[Claim], sentence_markers: Sequence[Marker]
) -> list[tuple[Marker, ...]]:
    """Share a sentence's markers out among the claims split from it.

    A marker inside a claim's words qualifies that claim only. A marker outside every
    claim's span ("Officials said", "It is believed that" in front of a list of claims)
    scopes over the whole sentence, so each of its claims carries it.
    """
    owned = [tuple(m for m in sentence_markers if _overlaps(m, c)) for c in claims]
    unowned = tuple(m for m in sentence_markers if not any(_overlaps(m, c) for c in claims))
    return [tuple(sorted(own + unowned, key=lambda m: (m.start, m.end, m.kind))) for own in owned]


def analyze(
    text: str,
    *,
    language: str = "en",
    lexicon: Any = None,
    threshold: float = DEFAULT_CHECKWORTHY_THRESHOLD,
    start: int = 0,
    published: date | None = None,
    max_sentence_chars: int = MAX_SENTENCE_CHARS,
) -> Analysis:
    """Sentences, claims, markers and claim frames of ``text``, all with offsets into
    ``text``.

    Sentences longer than ``max_sentence_chars`` are cut at clause breaks, which keeps
    the work per character bounded (see ``factcheck.segment.MAX_SENTENCE_CHARS``).

    ``start`` leaves ``text[:start]`` out (a header block read as metadata, which ingest
    does not store either) while every offset still counts from the start of ``text``.
    ``published`` anchors relative dates in the frames ("yesterday"); each frame is read
    with the text before its claim, so "he" and "the company" resolve to who was named.
    """
    if not 0 <= start <= len(text):
        raise ValueError(f"start {start} is outside the text (0..{len(text)})")
    if start:
        sentences = [
            Sentence(s.index, s.start + start, s.end + start, s.text)
            for s in segment(text[start:], language, max_chars=max_sentence_chars)
        ]
    else:
        sentences = segment(text, language, max_chars=max_sentence_chars)
    claims = extract_claims(text, sentences, threshold=threshold)
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence_index, []).append(claim)
    analyzed: list[AnalyzedClaim] = []
    for sentence in sentences:
        sentence_claims = by_sentence.get(sentence.index, [])
        if not sentence_claims:
            continue
        found = _find(text, sentence, lexicon)
        for claim, markers in zip(
            sentence_claims, markers_for_claims(sentence_claims, found), strict=True
        ):
            context = FrameContext(text[start : claim.start], published)
            analyzed.append(AnalyzedClaim(claim, markers, frame(claim.text, context)))
    return Analysis(text, tuple(sentences), tuple(analyzed), start)


def _find(text: str, sentence: Sentence, lexicon: Any) -> list[Marker]:
    if lexicon is None:
        return find_markers(text, sentence.start, sentence.end)
    return find_markers(text, sentence.start, sentence.end, lexicon=lexicon)
