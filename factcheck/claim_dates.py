"""Relative dates of stored claims, anchored to their document's dateline or publication
date.

Ingest stores each claim's relative dates ("yesterday", "last week") as the days they
name (``claims.dates``, see ``factcheck.analyze.AnalyzedClaim.dates``), and the same days
inside the claim's frame (``claims.frame``, its ``time`` slots), which matching compares.
This module keeps both true afterwards: :func:`reanchor_document` anchors a document's
claims again when a person corrects its publication date, :func:`reanchor_documents`
when a document becomes a near-copy of another or its family gets another original, and
:func:`anchored` reads the dates of claims stored before the column existed (NULL) from
their sentence, the same way ingest would have.

A claim of a near-copy written in the same words as a claim of its original
(``syndication.same_words``) repeats text written on the original's day: its
"yesterday" is read on the original's anchor (:func:`claim_anchors`), or a reprint
published the next day would name another day than the story it repeats and dispute
every outlet that reported that day. A claim the copy words otherwise (an edit, a
paragraph of its own) is the reprinting outlet's: its dates are read on its own day.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factcheck.analyze import anchor_claim_dates, claim_frame, read_for_dates
from factcheck.claimreview import keep_page_rating
from factcheck.match.frames import stored_frame
from factcheck.match.syndication import reprinted_claims
from factcheck.models import ClaimRow, DocumentRow, SentenceRow
from factcheck.stored import stored_column

__all__ = ["ClaimAnchors", "anchored", "claim_anchors", "reanchor_document", "reanchor_documents"]

claims_t = ClaimRow.__table__  # type: ignore[attr-defined]
documents_t = DocumentRow.__table__  # type: ignore[attr-defined]
sentences_t = SentenceRow.__table__  # type: ignore[attr-defined]


def _rows(conn: Connection, where: Any) -> Sequence[Any]:
    return conn.execute(
        sa.select(
            claims_t.c.id,
            claims_t.c.char_start,
            claims_t.c.char_end,
            claims_t.c.dates,
            claims_t.c.text,
            claims_t.c.quote,
            claims_t.c.frame,
            claims_t.c.document_id,
            sentences_t.c.char_start.label("sentence_start"),
            sentences_t.c.text.label("sentence_text"),
            documents_t.c.published,
        )
        .join(sentences_t, sentences_t.c.id == claims_t.c.sentence_id)
        .join(documents_t, documents_t.c.id == claims_t.c.document_id)
        .where(where)
    ).all()


def _dates(row: Any, published: date | None, spans: list[tuple[int, int]] | None) -> list[dict]:
    return [
        d.to_dict()
        for d in anchor_claim_dates(
            row.sentence_text,
            row.sentence_start,
            published,
            spans,
            (row.char_start, row.char_end),
        )
    ]


def anchored(conn: Connection, claim_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """``{claim_id: [{"text", "start", "end", "grain", "from", "to"}]}`` for claims with
    no stored dates, read from their sentence and anchored as ingest anchors them: to the
    day their document's dateline names, else its publication date
    (:func:`factcheck.analyze.read_for_dates`), or for a claim a copy reprints, its
    original's (:func:`claim_anchors`)."""
    out: dict[int, list[dict[str, Any]]] = {}
    ids = list(claim_ids)
    anchors: dict[int, ClaimAnchors] = {}
    for start in range(0, len(ids), 500):
        for row in _rows(conn, claims_t.c.id.in_(ids[start : start + 500])):
            if row.document_id not in anchors:
                anchors[row.document_id] = claim_anchors(conn, row.document_id)
            out[row.id] = _dates(row, anchors[row.document_id].of(row), None)
    return out


class ClaimAnchors(NamedTuple):
    """The days a document's claims read their relative dates on.

    ``readable`` is the document's text with credits blanked (what frames are read
    from), ``own`` the day its dateline names, else its publication date;
    ``original`` the same day of the document it is a near-copy of (None when it is
    none, or that has neither), and ``reprinted`` the ids of the document's claims that
    reprint one of that original's in the same words (``syndication.reprinted_claims``):
    those are read on ``original``."""

    readable: str
    own: date | None
    original: date | None = None
    reprinted: frozenset[int] = frozenset()

    def of(self, row: Any) -> date | None:
        """The anchor of a stored claim row (its ``id``)."""
        if row.id in self.reprinted:
            return self.original
        return self.own


def claim_anchors(conn: Connection, document_id: int) -> ClaimAnchors:
    """:class:`ClaimAnchors` of a stored document, from its stored text, publication
    date and ``copy_of_id`` (and its original's)."""
    doc = conn.execute(
        sa.select(documents_t.c.text, documents_t.c.published, documents_t.c.copy_of_id).where(
            documents_t.c.id == document_id
        )
    ).one()
    readable, own = read_for_dates(doc.text, doc.published)
    if doc.copy_of_id is None:
        return ClaimAnchors(readable, own)
    original = conn.execute(
        sa.select(documents_t.c.text, documents_t.c.published).where(
            documents_t.c.id == doc.copy_of_id
        )
    ).one()
    rows = [
        (r.id, r.document_id, r.quote or r.text)
        for r in conn.execute(
            sa.select(
                claims_t.c.id, claims_t.c.document_id, claims_t.c.quote, claims_t.c.text
            ).where(claims_t.c.document_id.in_((document_id, doc.copy_of_id)))
        )
    ]
    reprinted = frozenset(reprinted_claims(rows, {document_id: doc.copy_of_id}))
    return ClaimAnchors(
        readable, own, read_for_dates(original.text, original.published)[1], reprinted
    )


def reanchor_document(conn: Connection, document_id: int) -> set[int]:
    """Anchor the relative dates of a document's claims again to its stored publication
    date (after a correction of it), in ``claims.dates`` and in the stored frames;
    returns the ids of the claims whose dates or frame changed.

    The dates a claim holds stay the same phrases (the spans stored at ingest); only the
    days they name move. The frame is read again as ingest read it (the claim with the
    document's text before it, credit lines blanked) so "yesterday" in its time slot
    names the new day; a refutation the page's ClaimReview rating gave a claim is kept
    (``claimreview.keep_page_rating``). A claim the document reprints from its original
    in the same words keeps the original's day (:func:`claim_anchors`). Claims stored
    before dates or frames were get theirs now. The caller matches the claims again: their statuses
    may move with their days.
    """
    # Anchored as ingest anchors them: to the day the dateline names (its year taken
    # from the publication date when it writes none), else to the publication date.
    anchors = claim_anchors(conn, document_id)
    changed: set[int] = set()
    for row in _rows(conn, claims_t.c.document_id == document_id):
        anchor = anchors.of(row)
        spans = (
            [
                (d["start"], d["end"])
                for d in stored_column(row.dates, table="claims", column="dates", row_id=row.id)
            ]
            if row.dates
            else None
        )
        values: dict[str, str] = {}
        dates = json.dumps(_dates(row, anchor, spans))
        if dates != row.dates:
            values["dates"] = dates
        read = claim_frame(anchors.readable, row.text, row.char_start, anchor, row.char_end)
        if row.frame:
            # A refutation the page's ClaimReview rating gave the claim is in no word of
            # its text: kept, not lost to the reading.
            read = keep_page_rating(read, stored_frame(row.frame, row.text, row.id))
        if not row.frame or json.loads(row.frame) != read.to_dict():
            values["frame"] = json.dumps(read.to_dict())
        if values:
            conn.execute(sa.update(claims_t).where(claims_t.c.id == row.id).values(**values))
            changed.add(row.id)
    return changed


def reanchor_documents(conn: Connection, document_ids: Iterable[int]) -> list[int]:
    """Anchor the claims of these stored documents again (:func:`reanchor_document`)
    after the document they copy changed: a new near-copy at ingest, a family whose
    original changed (an earlier version arrived, a date was corrected, the original
    was deleted). Returns the ids of the documents whose claims' dates or frames
    changed, for the caller to match again."""
    return [d for d in sorted(set(document_ids)) if reanchor_document(conn, d)]
