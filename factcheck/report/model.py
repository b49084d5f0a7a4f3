"""The values a report is made of: plain frozen dataclasses, no database, no rendering.

A report answers the desk editor's questions about a set of articles: per story, which
facts are stated by which outlets and contradicted by which, what the figures are side by
side, where each stands (status and, once a person has ruled, the verdict), what is still
unverified though worth checking, how each outlet hedges or leans on unnamed sources, and
which documents copy which. Renderers (``factcheck.report.render``/``html``) only read
these values; ``to_dict`` gives the JSON form documented in the README.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from factcheck.match import syndication

__all__ = [
    "STANCES",
    "STATUSES",
    "ClaimEntry",
    "CopyLink",
    "DocumentEntry",
    "Fact",
    "MarkerSpan",
    "MatchLinkEntry",
    "OutletProfile",
    "Position",
    "Report",
    "ReportFilter",
    "Story",
    "Verdict",
    "Wording",
]

STATUSES: tuple[str, ...] = ("disputed", "corroborated", "unverified")
"""Claim statuses, most in need of attention first (the order reports list them in)."""

STANCES: tuple[str, ...] = ("states", "contradicts", "revision", "review", "related")
"""How a position of a fact relates to its main position: the outlets that state the fact,
those a decided match with an independent source says contradict it, another version of
the same reporting that differs from it (the outlet's own update, an edited reprint, a
sister paper: ``factcheck.match.independence``; an outlet's own claim is never listed as
contradicting what it also states), those linked only by a match waiting for review, and
those linked only through another position."""


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """What a report covers. ``None`` / empty means no restriction.

    ``source`` is an exact outlet name; ``since`` keeps documents published (or, without a
    publication date, ingested) on or after that day and the facts with a claim in them,
    each with all its sides (who states or disputes it, from any day); ``statuses``
    keeps facts and claims with one of these statuses; ``story`` is a story id (as
    ``factcheck stories`` lists it, like ``claims --story``); ``story_title`` a story's
    whole title, compared without regard to case or spacing. A title is never taken for
    part of another: "1" is a story id, not any story whose title holds a 1.
    """

    story: int | None = None
    source: str | None = None
    since: date | None = None
    statuses: tuple[str, ...] = ()
    story_title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # ``story`` stays text, as it always was in report JSON (and as ``stories[].key``
        # is); ``story_id`` is the same filter as a number.
        return {
            "story": None if self.story is None else str(self.story),
            "source": self.source,
            "since": self.since.isoformat() if self.since else None,
            "statuses": list(self.statuses),
            "story_title": self.story_title,
            "story_id": self.story,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """A person's ruling on a claim (recorded by ``factcheck verdict``)."""

    claim_id: int
    verdict: str
    note: str | None = None
    reviewer: str | None = None
    evidence: tuple[str, ...] = ()
    decided_at: str | None = None


@dataclass(frozen=True, slots=True)
class MarkerSpan:
    """A marker with offsets into its document's text."""

    kind: str
    text: str
    start: int
    end: int
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class MatchLinkEntry:
    """One match seen from a claim: the other claim, its outlet, relation and why."""

    match_id: int
    other_claim_id: int
    other_source: str
    relation: str
    score: float
    needs_review: bool
    independent: bool
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ClaimEntry:
    """A claim as a report shows it; ``start``/``end`` index its document's text."""

    id: int
    document_id: int
    source: str
    text: str
    quote: str
    start: int
    end: int
    status: str
    checkworthy: bool
    checkworthiness: float
    hedged: bool
    unnamed_source: bool
    claim_type: str
    pending_reviews: int
    markers: tuple[MarkerSpan, ...] = ()
    figures: tuple[str, ...] = ()
    matches: tuple[MatchLinkEntry, ...] = ()
    verdict: Verdict | None = None
    published: str | None = None
    """The day of its document (publication, else ingest; ``YYYY-MM-DD``)."""
    reprint_of: int | None = None
    """The claim this one reprints word for word (``syndication.reprinted_claims``): its
    document is a near-copy of that claim's, so the two are one source; else None."""


def same_words(text: str) -> tuple[str, ...]:
    """A claim's words, case and punctuation aside (``syndication.same_words``, the one
    key: a reprint repeats its original in the same words, ``syndication.reprinted_claims``,
    ClaimReview's ``firstAppearance``)."""
    return syndication.same_words(text)


def claim_words(claim: ClaimEntry) -> tuple[str, ...]:
    """The ``same_words`` key of a claim as its article wrote it: its quote, else its text
    (the text may be reworded, a pronoun resolved or one of two claims split from a
    sentence). The one key for "the same words" — a reprint (``syndication.reprinted_claims``)
    and ClaimReview's ``firstAppearance`` both read it, so the two never disagree."""
    return same_words(claim.quote or claim.text)


def ruled_differently(verdicts: Sequence[Verdict]) -> bool:
    """Whether claims of one side (a position, or what a fact states) were ruled
    differently: then every ruling is shown with its claim, none hidden behind another."""
    return len({v.verdict for v in verdicts}) > 1


@dataclass(frozen=True, slots=True)
class Wording:
    """How some outlets put a position: its figures as written ("at least 15 killed"), or
    the claim itself when it states none, and the outlets that wrote it so; ``copies``
    names those of them that say it only in a reprint of another outlet's report."""

    what: str
    outlets: tuple[str, ...]
    copies: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Position:
    """Claims of one or more outlets that agree with each other on a fact.

    ``copies`` names the outlets here only through claims they reprint in another
    outlet's words (``ClaimEntry.reprint_of``: a reprint adds no independent support); a
    claim a near-copy rewords is its outlet's own and marks nothing. ``verdict`` is the
    latest verdict a person recorded on one of *these* claims: a ruling on what one side
    says is never shown as the ruling on the other's. ``verdicts`` holds every claim's
    own verdict (by claim id), so two claims of one position ruled differently both show.

    ``revision`` says, for a ``revision`` position, which version of the same reporting
    it is against what the fact states: ``"later"`` (the outlet's later report: its
    update), ``"earlier"`` (what it said before it updated) or ``"other"`` (an edited
    reprint, a version of the same day); None for any other stance.
    """

    stance: str
    claim_ids: tuple[int, ...]
    outlets: tuple[str, ...]
    figures: tuple[str, ...]
    quote: str
    wordings: tuple[Wording, ...] = ()
    copies: tuple[str, ...] = ()
    verdict: Verdict | None = None
    verdicts: tuple[Verdict, ...] = ()
    revision: str | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """A cluster of matched claims from different documents: one thing several outlets
    report, with who states it, who contradicts it and what waits for a person.

    ``verdict`` is the verdict of the claims that state the fact (the ``states``
    position), never one recorded on a claim that contradicts it; each position carries
    its own (``Position.verdict``). ``verdicts`` is every verdict on the claims that
    state it (``Position.verdicts`` of that position).
    """

    id: int
    text: str
    status: str
    positions: tuple[Position, ...]
    pending_reviews: int
    verdict: Verdict | None = None
    verdicts: tuple[Verdict, ...] = ()

    @property
    def stated_by(self) -> tuple[str, ...]:
        return _outlets(self.positions, "states")

    @property
    def contradicted_by(self) -> tuple[str, ...]:
        return _outlets(self.positions, "contradicts")


def _outlets(positions: tuple[Position, ...], stance: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for p in positions:
        if p.stance == stance:
            seen.update(dict.fromkeys(p.outlets))
    return tuple(seen)


@dataclass(frozen=True, slots=True)
class DocumentEntry:
    """A document with its provenance; ``text`` is the verbatim text (HTML report only)."""

    id: int
    source: str
    title: str | None
    url: str | None
    author: str | None
    published: str | None
    copy_of: int | None
    claim_ids: tuple[int, ...]
    text: str = field(default="", repr=False)


@dataclass(frozen=True, slots=True)
class CopyLink:
    """``copy`` is a near-copy (reprint, syndication) of ``original``."""

    copy: int
    copy_source: str
    original: int
    original_source: str
    similarity: float | None


@dataclass(frozen=True, slots=True)
class OutletProfile:
    """How an outlet qualifies its claims: shares are of its claims in the report."""

    source: str
    documents: int
    claims: int
    hedged: int
    unnamed_source: int
    named_attribution: int
    hedged_share: float
    unnamed_share: float


@dataclass(frozen=True, slots=True)
class Story:
    """A group of documents about one event, with the facts their claims share."""

    key: str
    title: str
    document_ids: tuple[int, ...]
    facts: tuple[Fact, ...]


@dataclass(frozen=True, slots=True)
class _ClaimIndex:
    """A report's claims by id, and each original's reprinting outlets (in the order of
    ``Report.claims``, an outlet once)."""

    by_id: dict[int, ClaimEntry]
    reprinted_by: dict[int, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a report shows; see the module docstring."""

    generated_at: str
    filter: ReportFilter
    stories: tuple[Story, ...]
    documents: tuple[DocumentEntry, ...]
    claims: tuple[ClaimEntry, ...]
    status_counts: dict[str, int]
    source_counts: dict[str, dict[str, int]]
    unverified_checkworthy: tuple[int, ...]
    outlets: tuple[OutletProfile, ...]
    copies: tuple[CopyLink, ...]
    verdicts_available: bool = False
    # The claim index and the original → reprinting outlets map, built on first use and
    # kept: renderers ask once per listed claim, and rebuilding them on every call made a
    # report quadratic in its claims. A Report is frozen, so they never go stale.
    _index: _ClaimIndex | None = field(default=None, init=False, repr=False, compare=False)

    def claim(self, claim_id: int) -> ClaimEntry:
        return self._claims_by_id()[claim_id]

    def _claim_index(self) -> _ClaimIndex:
        if self._index is None:
            reprinters: dict[int, dict[str, None]] = {}
            for c in self.claims:
                if c.reprint_of is not None:
                    reprinters.setdefault(c.reprint_of, {})[c.source] = None
            index = _ClaimIndex(
                {c.id: c for c in self.claims},
                {cid: tuple(outlets) for cid, outlets in reprinters.items()},
            )
            object.__setattr__(self, "_index", index)
            return index
        return self._index

    def _claims_by_id(self) -> dict[int, ClaimEntry]:
        return self._claim_index().by_id

    def reprinted_by(self, claim_id: int) -> tuple[str, ...]:
        """The outlets that reprint claim ``claim_id`` word for word, in claim id order."""
        return self._claim_index().reprinted_by.get(claim_id, ())

    def reprint_words(self, claim_id: int) -> str:
        """How a listed claim stands to its reprints, in words ("" when it has none):
        "reprinted by Ridge Radio", or for a reprint whose original is not listed,
        "reprint of Holm Gazette's claim 4" (no brackets: the listings put these words
        in brackets of their own). A claim and its reprints are one source."""
        c = self.claim(claim_id)
        if c.reprint_of is not None:
            original = self._claims_by_id().get(c.reprint_of)
            whose = f"{original.source}'s " if original is not None else ""
            return f"reprint of {whose}claim {c.reprint_of}"
        outlets = self.reprinted_by(claim_id)
        return f"reprinted by {', '.join(outlets)}" if outlets else ""

    def document(self, document_id: int) -> DocumentEntry:
        return next(d for d in self.documents if d.id == document_id)

    @property
    def facts(self) -> tuple[Fact, ...]:
        return tuple(f for s in self.stories for f in s.facts)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (README, "Report JSON"): fields are only ever added."""
        by_id = self._claims_by_id()
        return {
            "generated_at": self.generated_at,
            "filter": self.filter.to_dict(),
            "status_counts": dict(self.status_counts),
            "source_counts": {k: dict(v) for k, v in self.source_counts.items()},
            "stories": [
                {
                    "key": s.key,
                    "title": s.title,
                    "document_ids": list(s.document_ids),
                    "facts": [_fact_dict(f) for f in s.facts],
                }
                for s in self.stories
            ],
            "unverified_checkworthy": [
                _claim_dict(by_id[i])
                | {"reprint_of": by_id[i].reprint_of, "reprinted_by": list(self.reprinted_by(i))}
                for i in self.unverified_checkworthy
                if i in by_id
            ],
            "outlets": [asdict(o) for o in self.outlets],
            "copies": [asdict(c) for c in self.copies],
            "documents": [
                {k: v for k, v in asdict(d).items() if k not in ("text", "claim_ids")}
                | {"claims": len(d.claim_ids)}
                for d in self.documents
            ],
        }


def _verdict_dict(v: Verdict | None) -> dict[str, Any] | None:
    """The verdict in its one JSON shape (``review.verdict_json``: ``rating`` and
    ``evidence_url`` beside ``verdict`` and ``evidence``)."""
    if v is None:
        return None
    from factcheck.review import verdict_json

    return verdict_json(
        v.claim_id,
        v.verdict,
        note=v.note,
        evidence_url=v.evidence[0] if v.evidence else None,
        reviewer=v.reviewer,
        decided_at=v.decided_at,
    ) | {"evidence": list(v.evidence)}


def _fact_dict(f: Fact) -> dict[str, Any]:
    return {
        "id": f.id,
        "text": f.text,
        "status": f.status,
        "stated_by": list(f.stated_by),
        "contradicted_by": list(f.contradicted_by),
        "pending_reviews": f.pending_reviews,
        "verdict": _verdict_dict(f.verdict),
        "verdicts": [_verdict_dict(v) for v in f.verdicts],
        "positions": [
            {
                "stance": p.stance,
                "outlets": list(p.outlets),
                "figures": list(p.figures),
                "wordings": [
                    {"what": w.what, "outlets": list(w.outlets), "copies": list(w.copies)}
                    for w in p.wordings
                ],
                "copies": list(p.copies),
                "quote": p.quote,
                "claim_ids": list(p.claim_ids),
                "verdict": _verdict_dict(p.verdict),
                "verdicts": [_verdict_dict(v) for v in p.verdicts],
                "revision": p.revision,
            }
            for p in f.positions
        ],
    }


def _claim_dict(c: ClaimEntry) -> dict[str, Any]:
    return {
        "id": c.id,
        "document_id": c.document_id,
        "source": c.source,
        "text": c.text,
        "status": c.status,
        "checkworthiness": c.checkworthiness,
        "hedged": c.hedged,
        "unnamed_source": c.unnamed_source,
        "pending_reviews": c.pending_reviews,
        "verdict": _verdict_dict(c.verdict),
    }
