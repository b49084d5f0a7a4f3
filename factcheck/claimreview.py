"""ClaimReview markup: the ratings fact-checkers publish inside their pages.

Fact-checking pages describe their verdict in schema.org ``ClaimReview`` markup — JSON-LD
in a ``<script type="application/ld+json">`` block, or microdata (``itemtype`` ending in
``/ClaimReview``) — with the claim reviewed (``claimReviewed``), the rating
(``reviewRating``: a word in ``alternateName``, or a number ``ratingValue`` between
``worstRating`` and ``bestRating``), who checked it (``author``) and the page's ``url``.
:func:`find_claim_reviews` reads them from raw HTML; the store then records each rating
as a verdict on the claim of the page that states what was reviewed, with the
fact-checker as the reviewer (``record_verdicts``).

Ratings are mapped to the desk's scale (``factcheck.review.RATINGS``) by the words
fact-checkers use ("False", "Pants on Fire", "Mostly false" → ``false``; "Half true",
"Missing context" → ``needs-context`` …); a numeric rating is placed on the scale by
its position between worst and best. A rating we cannot read is skipped, never guessed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from rapidfuzz import fuzz
from sqlalchemy.engine import Connection

if TYPE_CHECKING:
    from factcheck.match.frames import Frame

__all__ = [
    "RATED",
    "ClaimReviewMarkup",
    "find_claim_reviews",
    "keep_page_rating",
    "normalise_rating",
    "record_verdicts",
    "refute_rated_claims",
]

# Words fact-checkers publish as ``alternateName``, by the rating they mean. Checked in
# order, so "mostly false" is read as false before "true" could match in "not true".
_RATING_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "false",
        (
            "pants on fire",
            "mostly false",
            "false",
            "fake",
            "hoax",
            "incorrect",
            "not true",
            "untrue",
            "wrong",
            "fabricated",
            "debunked",
        ),
    ),
    (
        "misleading",
        ("misleading", "distorted", "exaggerated", "cherry-picked", "spin", "partly false"),
    ),
    (
        "needs-context",
        ("missing context", "needs context", "lacks context", "half true", "half-true", "mixed"),
    ),
    ("unproven", ("unproven", "unverified", "unsupported", "no evidence", "unsubstantiated")),
    ("true", ("mostly true", "true", "correct", "accurate", "confirmed")),
)


@dataclass(frozen=True, slots=True)
class ClaimReviewMarkup:
    """One ClaimReview as published: what was reviewed, the rating as written and ours."""

    claim_reviewed: str
    rating_text: str
    rating: str | None
    reviewer: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_reviewed": self.claim_reviewed,
            "rating_text": self.rating_text,
            "rating": self.rating,
            "reviewer": self.reviewer,
            "url": self.url,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClaimReviewMarkup:
        return cls(
            str(data.get("claim_reviewed") or ""),
            str(data.get("rating_text") or ""),
            data.get("rating"),
            data.get("reviewer"),
            data.get("url"),
        )


def normalise_rating(
    name: str | None,
    value: float | None = None,
    worst: float | None = None,
    best: float | None = None,
) -> str | None:
    """Our rating for a published one: the words first, else the number's position.

    A number is read on its own scale: the bottom fifth is ``false``, the top fifth
    ``true``, the middle ``needs-context``, the rest ``misleading`` (lower) or
    ``unproven`` (upper) — the ordering fact-checkers' five-step scales share.
    """
    if name:
        folded = " ".join(name.casefold().replace("_", " ").split())
        for rating, words in _RATING_WORDS:
            if any(re.search(rf"\b{re.escape(w)}\b", folded) for w in words):
                return rating
    if value is None or worst is None or best is None or best == worst:
        return None
    position = (value - worst) / (best - worst)
    if not 0.0 <= position <= 1.0:
        return None
    if position < 0.2:
        return "false"
    if position < 0.4:
        return "misleading"
    if position <= 0.6:
        return "needs-context"
    if position <= 0.8:
        return "unproven"
    return "true"


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return str(value).strip() if isinstance(value, str) and value.strip() else None


def _is_claim_review(node: dict[str, Any]) -> bool:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.rsplit("/", 1)[-1] == "ClaimReview" for k in kinds)


def _nodes(data: Any) -> Iterator[dict[str, Any]]:
    """Every JSON object in a JSON-LD document, ``@graph`` members included."""
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item)
    elif isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, list | dict):
                yield from _nodes(value)


def _from_json_ld(node: dict[str, Any]) -> ClaimReviewMarkup | None:
    claim = node.get("claimReviewed")
    rating = node.get("reviewRating")
    if not isinstance(claim, str) or not claim.strip() or not isinstance(rating, dict):
        return None
    text = _name(rating.get("alternateName")) or _name(rating.get("name")) or ""
    value = _number(rating.get("ratingValue"))
    ours = normalise_rating(
        text, value, _number(rating.get("worstRating", 1)), _number(rating.get("bestRating", 5))
    )
    if not text and value is not None:
        text = f"{rating.get('ratingValue')} of {rating.get('bestRating', 5)}"
    url = node.get("url")
    return ClaimReviewMarkup(
        " ".join(claim.split()),
        text,
        ours,
        _name(node.get("author")),
        url if isinstance(url, str) and url.startswith(("http://", "https://")) else None,
    )


def _microdata(root: Any) -> Iterator[ClaimReviewMarkup]:
    for item in root.xpath("//*[@itemscope][contains(@itemtype, 'ClaimReview')]"):

        def prop(scope: Any, name: str) -> Any:
            found = scope.xpath(f".//*[@itemprop='{name}']")
            return found[0] if found else None

        def value(element: Any) -> str | None:
            if element is None:
                return None
            for attribute in ("content", "href", "datetime"):
                if element.get(attribute):
                    return str(element.get(attribute)).strip()
            text = " ".join(element.text_content().split())
            return text or None

        claim = value(prop(item, "claimReviewed"))
        rating = prop(item, "reviewRating")
        if not claim or rating is None:
            continue
        text = value(prop(rating, "alternateName")) or ""
        number = _number(value(prop(rating, "ratingValue")))
        worst = _number(value(prop(rating, "worstRating")) or 1)
        best = _number(value(prop(rating, "bestRating")) or 5)
        author = prop(item, "author")
        reviewer = value(prop(author, "name")) if author is not None else None
        yield ClaimReviewMarkup(
            claim,
            text,
            normalise_rating(text, number, worst, best),
            reviewer or value(author),
            value(prop(item, "url")),
        )


def find_claim_reviews(html: str) -> list[ClaimReviewMarkup]:
    """Every ClaimReview in an HTML page (JSON-LD, then microdata), in page order.

    Broken JSON-LD blocks are skipped: a page's markup is often hand-made, and the
    article is worth reading without it.
    """
    import lxml.html  # type: ignore[import-untyped]
    from lxml.etree import ParserError  # type: ignore[import-untyped]

    try:
        root = lxml.html.fromstring(html)
    except (ParserError, ValueError):
        return []
    found: list[ClaimReviewMarkup] = []
    for script in root.xpath("//script[contains(@type, 'ld+json')]"):
        try:
            nodes = list(_nodes(json.loads(script.text or "")))
        except (ValueError, RecursionError):
            # Broken JSON-LD, or nested deeper than Python recurses (a hostile page
            # opening thousands of arrays): no markup, the article is still read.
            continue
        for node in nodes:
            if _is_claim_review(node):
                review = _from_json_ld(node)
                if review is not None:
                    found.append(review)
    found.extend(_microdata(root))
    unique: dict[tuple[str, str], ClaimReviewMarkup] = {}
    for review in found:
        unique.setdefault((review.claim_reviewed.casefold(), review.rating_text), review)
    return list(unique.values())


#: How close (rapidfuzz token_set_ratio, 0-100) a claim of the page must be to the
#: ``claimReviewed`` text to carry its verdict.
MATCH_CUTOFF = 80.0


def record_verdicts(
    conn: Connection,
    reviews: Sequence[ClaimReviewMarkup],
    claims: Sequence[tuple[int, str]],
    *,
    fallback_reviewer: str,
) -> list[dict[str, Any]]:
    """Store each readable review as a verdict on the page's claim it reviews.

    The claim is the one of ``claims`` (id, text) closest to ``claimReviewed`` when it
    reaches ``MATCH_CUTOFF``; a review whose claim the page does not state (the rumour
    is only in the markup) is returned with ``claim_id`` None and not stored. Runs in
    the caller's transaction, with an audit entry per verdict. Returns one dict per
    review: ``{"claim_reviewed", "rating", "rating_text", "reviewer", "url", "claim_id"}``.
    """
    from factcheck import audit
    from factcheck.models import VerdictRow

    verdicts_t = VerdictRow.__table__  # type: ignore[attr-defined]
    out: list[dict[str, Any]] = []
    now = datetime.now(UTC)
    taken: set[int] = set()
    for review in reviews:
        entry = review.to_dict() | {"claim_id": None}
        out.append(entry)
        if review.rating is None:
            continue
        best: tuple[float, int] | None = None
        for claim_id, text in claims:
            score = fuzz.token_set_ratio(review.claim_reviewed.casefold(), text.casefold())
            if (
                score >= MATCH_CUTOFF
                and claim_id not in taken
                and (best is None or score > best[0])
            ):
                best = (score, claim_id)
        if best is None:
            continue
        claim_id = best[1]
        taken.add(claim_id)
        reviewer = (review.reviewer or fallback_reviewer)[:200]
        note = f"ClaimReview markup: rated {review.rating_text!r}"
        conn.execute(
            sa.insert(verdicts_t).values(
                claim_id=claim_id,
                rating=review.rating,
                note=note,
                evidence_url=review.url,
                reviewer=reviewer,
                decided_at=now,
            )
        )
        audit.record(
            conn,
            reviewer=reviewer,
            action="verdict",
            claim_id=claim_id,
            old=None,
            new={"rating": review.rating, "evidence_url": review.url},
            reason=note,
            at=now,
        )
        entry["claim_id"] = claim_id
    return out


#: How a refutation that a page's own ClaimReview rating makes (:func:`refute_rated_claims`)
#: names itself in a frame's ``refuted_by``: "rated 'False' by Checkdesk".
RATED = "rated "


def _refuting(own: Frame, claim_reviewed: str, refuted_by: str) -> Frame:
    """``own`` (a claim's frame) turned into a refutation of ``claim_reviewed``, read on
    the same publication date as ``own``, naming ``refuted_by`` as what refutes it."""
    from factcheck.match.frames import Frame, FrameContext, frame

    rated = frame(claim_reviewed, FrameContext(published=own.published))
    return Frame.from_dict(
        own.to_dict()
        | {
            "refutes": rated.to_dict() | {"text": rated.text},
            "refuted_by": refuted_by,
            "carrier": None,
        },
        own.text,
    )


def keep_page_rating(read: Frame, stored: Frame | None) -> Frame:
    """A claim's frame ``read`` again from its text (its dates anchored anew: a corrected
    publication date, a copy's changed original), with the refutation its page's
    ClaimReview rating gave the ``stored`` frame kept.

    That refutation came from the page's markup (:func:`refute_rated_claims`), not from
    the claim's words, so a reading of the text alone loses it and the claim would
    corroborate what the page rates false (issue 9). The rated claim is read again on
    ``read``'s publication date, so its relative dates move with the claim's. A
    refutation the text itself states (``read.refutes``) wins; ``read`` is returned
    when ``stored`` held no page rating."""
    if (
        stored is None
        or read.refutes is not None
        or stored.refutes is None
        or not stored.refuted_by.startswith(RATED)
    ):
        return read
    return _refuting(read, stored.refutes.text, stored.refuted_by)


def refute_rated_claims(
    conn: Connection,
    reviews: Sequence[ClaimReviewMarkup],
    claims: Sequence[tuple[int, str]],
) -> list[int]:
    """Make each claim of the page that states a claim its own markup rates ``false`` a
    refutation of that claim, in its stored frame (``claims.frame``: ``refutes`` the
    ``claimReviewed`` text, ``refuted_by`` "rated '<rating>' by <reviewer>"), before the
    page's claims are matched.

    A fact-check page quotes the rumour it debunks ("A post claims that X."), often with
    the verdict only in the markup; read as written, that sentence corroborated X
    (issue 9 item 4). Every claim of ``claims`` (id, text) within ``MATCH_CUTOFF`` of the
    reviewed text is turned, not only the one carrying the verdict, so none of the
    page's claims corroborates what the page rates false; a claim whose frame already
    refutes something keeps it. Returns the ids changed.
    """
    from factcheck.match.frames import stored_frame
    from factcheck.models import ClaimRow

    claims_t = ClaimRow.__table__  # type: ignore[attr-defined]
    changed: list[int] = []
    for review in reviews:
        if review.rating != "false" or not review.claim_reviewed.strip():
            continue
        for claim_id, text in claims:
            score = fuzz.token_set_ratio(review.claim_reviewed.casefold(), text.casefold())
            if score < MATCH_CUTOFF or claim_id in changed:
                continue
            stored = conn.execute(
                sa.select(claims_t.c.frame).where(claims_t.c.id == claim_id)
            ).scalar_one_or_none()
            if stored is None:
                continue
            own = stored_frame(stored, text, claim_id)
            if own.refutes is not None:
                continue
            who = f" by {review.reviewer}" if review.reviewer else ""
            turned = _refuting(own, review.claim_reviewed, f"{RATED}{review.rating_text!r}{who}")
            conn.execute(
                sa.update(claims_t)
                .where(claims_t.c.id == claim_id)
                .values(frame=json.dumps(turned.to_dict()))
            )
            changed.append(claim_id)
    return changed
