"""The pure part of the pipeline: text → sentences → claims → markers.

No database here, so ``factcheck analyze`` and notebooks get exactly what ingest stores.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from factcheck.errors import InputError, InputWarning
from factcheck.extract import Claim, extract_claims
from factcheck.mark import Marker, assertiveness, find_markers, is_hedged
from factcheck.match.frames import (
    Frame,
    FrameContext,
    context_before,
    frame,
    resolve_speaker,
    verdict_after,
)
from factcheck.normalize import (
    AnchoredDate,
    anchor_dates,
    unread_numeral_warnings,
    unread_numerals,
)
from factcheck.provenance import (
    Credit,
    blank_credits,
    credited_date,
    find_credits,
    reference_date,
)
from factcheck.read import parse_date, split_header
from factcheck.segment import MAX_SENTENCE_CHARS, Sentence, segment

__all__ = [
    "Analysis",
    "AnalyzedClaim",
    "analyze",
    "anchor_claim_dates",
    "claim_frame",
    "markers_for_claims",
    "read_for_dates",
    "readable_text",
]

DEFAULT_CHECKWORTHY_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class AnalyzedClaim:
    """A claim with the markers that qualify it and its frame (what it is about, read
    with the text before it in its document)."""

    claim: Claim
    markers: tuple[Marker, ...]
    frame: Frame | None = None
    #: Relative dates in the claim ("yesterday", "last week") as the days they name,
    #: counted from the publication date; offsets into the analysed text.
    dates: tuple[AnchoredDate, ...] = ()

    @property
    def hedged(self) -> bool:
        return is_hedged(self.markers)

    @property
    def assertiveness(self) -> str:
        return assertiveness(self.markers, self.claim.text)

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
            "dates": [d.to_dict() for d in self.dates],
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    text: str
    sentences: tuple[Sentence, ...]
    claims: tuple[AnalyzedClaim, ...]
    #: Where the analysed body starts in ``text`` (after a header block), 0 for all of it.
    body_start: int = 0
    #: Datelines, credit lines, bylines and captions: provenance, left out of the claims.
    #: A credit's ``outlet`` names the source the text depends on (a wire it rewrites).
    credits: tuple[Credit, ...] = ()
    #: The publication date: the one given, else the day a dateline writes with its year
    #: (:func:`factcheck.provenance.credited_date`).
    published: date | None = None
    #: The sentence length limit the text was cut with (``analyze``'s
    #: ``max_sentence_chars``): an analysis made under another limit is another analysis.
    max_sentence_chars: int = MAX_SENTENCE_CHARS
    #: The day relative dates were anchored to: the dateline's day, its year taken from
    #: the publication date when it writes none, else the publication date
    #: (:func:`factcheck.provenance.reference_date`).
    anchored_to: date | None = None
    #: Numerals in the analysed text too long to read as a quantity
    #: (:func:`factcheck.normalize.unread_numerals`), as (start, end) offsets into
    #: ``text``: kept in their sentences and claims as written, read as no figure.
    unread_numerals: tuple[tuple[int, int], ...] = ()

    def warnings(self, origin: str | None = None) -> list[InputWarning]:
        """What the analysis did not read, one :class:`InputWarning` each, placed in
        ``origin`` at the 1-based line of ``text`` it stands on
        (:func:`factcheck.normalize.unread_numeral_warnings`, the rule ``analyze`` and
        ``ingest`` place them by in their inputs)."""
        return unread_numeral_warnings(self.text, origin, spans=self.unread_numerals)

    def to_dict(self) -> dict[str, Any]:
        return {
            "body_start": self.body_start,
            "published": self.published.isoformat() if self.published else None,
            "anchored_to": self.anchored_to.isoformat() if self.anchored_to else None,
            "credits": [c.to_dict() for c in self.credits],
            "sentences": [
                {"index": s.index, "start": s.start, "end": s.end, "text": s.text}
                for s in self.sentences
            ],
            "claims": [c.to_dict() for c in self.claims],
            "warnings": [w.to_dict() for w in self.warnings()],
        }


def marker_dict(m: Marker) -> dict[str, Any]:
    return {"kind": m.kind, "text": m.text, "start": m.start, "end": m.end, "speaker": m.speaker}


def _overlaps(m: Marker, c: Claim) -> bool:
    """Whether a marker qualifies the claim's own words: the claim's words include the
    marker's last word.

    A split claim's quote can span a sibling's words ("killed 1,100 and injured more than
    3,000"), so its ``parts`` — the source ranges its words come from — decide. The last
    word, not any word: "The agency confirmed X but declined to comment" gives "The agency
    declined to comment", which shares the subject of "The agency confirmed" but not its
    reporting verb, so the attribution stays with "The agency confirmed X".
    """
    ranges = getattr(c, "parts", None) or ((c.start, c.end),)
    return any(start < m.end <= end for start, end in ranges)


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
    does not store either) while every offset still counts from the start of ``text``;
    with ``start`` 0 a header block that opens ``text`` (:func:`factcheck.read.split_header`)
    is left out so, its ``Published:`` date the text's when ``published`` is None (a
    date that does not read leaves the text undated).
    ``published`` is the publication date; a text given none is dated by a dateline that
    writes its year (``Analysis.published``). Relative dates in the frames and in each
    claim's ``dates`` ("yesterday") count from the day the dateline names, its year
    taken from ``published`` when it writes none ("LONDON, March 3 —"), else from
    ``published`` (``Analysis.anchored_to``, :func:`factcheck.provenance.reference_date`);
    without either they are found but left unanchored. Each frame is read with
    the text before its claim, so "he" and "the company" resolve to who was named.
    Datelines, credit lines, bylines and photo captions (:mod:`factcheck.provenance`) are
    returned as ``credits`` and kept out of sentences, claims and frames.
    """
    if not 0 <= start <= len(text):
        raise ValueError(f"start {start} is outside the text (0..{len(text)})")
    if start == 0:
        # A header block (Title:, Outlet:, Published: … lines) is metadata, as ingest
        # reads a text file: left out, and its date dates the text when none is given.
        fields, _, body_start = split_header(text)
        if fields:
            start = body_start
            if published is None and fields.get("published"):
                # Read when it reads; a date that does not (an ambiguous "03/11/2026" on a
                # page) leaves the text undated: refusing it is the reader's job, which
                # placed it in its file (``read.with_header``) or warned of it on a page.
                try:
                    published = parse_date(fields["published"], what="Published: date")
                except InputError:
                    published = None
    credits = tuple(
        replace(c, start=c.start + start, end=c.end + start)
        for c in find_credits(text[start:])
    )
    published = published if published is not None else credited_date(credits)
    anchor = reference_date(credits, published)
    # Blanking keeps every offset; the analysed words are the text's own words.
    readable = blank_credits(text, credits) if credits else text
    if start:
        sentences = [
            Sentence(s.index, s.start + start, s.end + start, s.text)
            for s in segment(readable[start:], language, max_chars=max_sentence_chars)
        ]
    else:
        sentences = segment(readable, language, max_chars=max_sentence_chars)
    claims = extract_claims(readable, sentences, threshold=threshold)
    by_sentence: dict[int, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence_index, []).append(claim)
    analyzed: list[AnalyzedClaim] = []
    found_in: dict[int, list[Marker]] = {}

    def markers_of(s: Sentence) -> list[Marker]:
        if s.index not in found_in:
            # A marker's "he" reads what a claim's frame reads before it (context_before:
            # a bounded window, so one long paragraph of "he said" stays linear), and
            # resolves by the same rule: marker and frame name the same speaker.
            found_in[s.index] = [
                _pronoun_speaker(m, context_before(readable, m.start, start))
                for m in _find(readable, s, lexicon)
            ]
        return found_in[s.index]

    for sentence in sentences:
        sentence_claims = by_sentence.get(sentence.index, [])
        if not sentence_claims:
            continue
        found = markers_of(sentence)
        # A quoted sentence whose speaker is named in another sentence ("…," Okafor
        # said. "Nobody was hurt.") reaches there: that sentence's markers on those
        # words (the attribution) go with it too.
        for other in _sentences_reached(sentences, sentence, sentence_claims):
            found = found + [
                m
                for m in markers_of(other)
                if any(
                    _overlaps(m, c) and not sentence.start <= m.start < sentence.end
                    for c in sentence_claims
                )
            ]
        dates = _anchored(readable, sentence, anchor)
        for claim, markers in zip(
            sentence_claims, markers_for_claims(sentence_claims, found), strict=True
        ):
            context = FrameContext(
                context_before(readable, claim.start, start),
                anchor,
                verdict_after(readable, claim.end),
            )
            ranges = getattr(claim, "parts", None) or ((claim.start, claim.end),)
            own = tuple(
                d for d in dates if any(s <= d.span[0] and d.span[1] <= e for s, e in ranges)
            )
            analyzed.append(AnalyzedClaim(claim, markers, frame(claim.text, context), own))
    return Analysis(
        text,
        tuple(sentences),
        tuple(analyzed),
        start,
        credits,
        published,
        max_sentence_chars,
        anchor,
        tuple((a + start, b + start) for a, b in unread_numerals(readable[start:])),
    )


def _sentences_reached(
    sentences: Sequence[Sentence], sentence: Sentence, claims: Sequence[Claim]
) -> list[Sentence]:
    """The other sentences the claims' ``parts`` take words from (a quoted sentence's
    speaker named in the sentence before or after it)."""
    outside = [
        (a, b)
        for c in claims
        for a, b in (getattr(c, "parts", None) or ())
        if a < sentence.start or b > sentence.end
    ]
    if not outside:
        return []
    return [
        s
        for s in sentences
        if s.index != sentence.index and any(a < s.end and s.start < b for a, b in outside)
    ]


def readable_text(document_text: str) -> str:
    """``document_text`` with its credit lines, datelines and captions blanked (offsets
    kept): the text :func:`analyze` reads claims and frames from."""
    return read_for_dates(document_text, None)[0]


def read_for_dates(document_text: str, published: date | None) -> tuple[str, date | None]:
    """(:func:`readable_text`, the day :func:`analyze` anchors the text's relative dates
    to when it is published on ``published``: ``Analysis.anchored_to``). The credits are
    found once for both."""
    credits = find_credits(document_text)
    readable = blank_credits(document_text, credits) if credits else document_text
    published = published if published is not None else credited_date(credits)
    return readable, reference_date(credits, published)


def claim_frame(
    readable: str,
    claim_text: str,
    claim_start: int,
    published: date | None,
    claim_end: int | None = None,
) -> Frame:
    """A stored claim's frame read again as :func:`analyze` read it at ingest: with the
    text before ``claim_start`` in ``readable`` (:func:`readable_text` of its document),
    the publication date ``published`` for its relative dates and the verdict sentence
    after ``claim_end`` (default: ``claim_start`` plus the claim's length), if any."""
    end = claim_end if claim_end is not None else claim_start + len(claim_text)
    context = FrameContext(
        context_before(readable, claim_start), published, verdict_after(readable, end)
    )
    return frame(claim_text, context)


def anchor_claim_dates(
    sentence_text: str,
    sentence_start: int,
    published: date | None,
    spans: Sequence[tuple[int, int]] | None,
    claim_range: tuple[int, int],
) -> list[AnchoredDate]:
    """A stored claim's relative dates anchored (again) to ``published``.

    The sentence is read whole, as at ingest, so "will meet on Tuesday" looks ahead.
    ``spans`` (document offsets of the dates stored with the claim) keep exactly those;
    without them (a claim stored before dates were) the dates inside ``claim_range``
    are the claim's. Returns ``AnchoredDate`` records with document offsets.
    """
    sentence = Sentence(0, sentence_start, sentence_start + len(sentence_text), sentence_text)
    found = _anchored_in(sentence_text, sentence, published)
    if spans is not None:
        wanted = set(spans)
        return [d for d in found if d.span in wanted]
    low, high = claim_range
    return [d for d in found if low <= d.span[0] and d.span[1] <= high]


def _anchored_in(
    sentence_text: str, sentence: Sentence, published: date | None
) -> tuple[AnchoredDate, ...]:
    found = anchor_dates(sentence_text, published)
    return tuple(
        AnchoredDate(
            (d.span[0] + sentence.start, d.span[1] + sentence.start),
            d.text,
            d.grain,
            d.start,
            d.end,
        )
        for d in found
    )


def _anchored(text: str, sentence: Sentence, published: date | None) -> tuple[AnchoredDate, ...]:
    """The sentence's relative dates, with offsets into ``text``; the whole sentence is
    read so that "will meet on Tuesday" looks ahead even when the claim is split."""
    return _anchored_in(text[sentence.start : sentence.end], sentence, published)


def _pronoun_speaker(marker: Marker, preceding: str) -> Marker:
    """``marker`` with a "he"/"she" speaker named: an attribution marker ("He said") is a
    named source only when the pronoun resolves to the one person the text names just
    before it (its paragraph, or the one before when that names nobody, within the
    ``PRECEDING_CHARS`` a claim's frame reads, ``preceding`` from ``context_before``:
    :func:`factcheck.match.frames.resolve_speaker`, the rule the frame's ``speaker``
    follows), and its ``speaker`` is then that name. A "he" or "she" that resolves to
    nobody, or to two persons, names no source the reader can check: the marker is a
    ``weasel`` with the pronoun as its speaker. Other markers are returned as they are."""
    if marker.kind != "attribution" or (marker.speaker or "").strip().lower() not in (
        "he",
        "she",
    ):
        return marker
    named = resolve_speaker(marker.speaker or "", preceding)
    if named == marker.speaker:
        return replace(marker, kind="weasel")
    return replace(marker, speaker=named)


def _find(text: str, sentence: Sentence, lexicon: Any) -> list[Marker]:
    if lexicon is None:
        return find_markers(text, sentence.start, sentence.end)
    return find_markers(text, sentence.start, sentence.end, lexicon=lexicon)
