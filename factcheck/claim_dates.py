"""Relative dates of stored claims, anchored to their document's dateline or publication
date.

Ingest stores each claim's relative dates ("yesterday", "last week") as the days they
name (``claims.dates``, see ``factcheck.analyze.AnalyzedClaim.dates``), and the same days
inside the claim's frame (``claims.frame``, its ``time`` slots), which matching compares.
This module keeps both true afterwards: :func:`reanchor_document` anchors a document's
claims again when a person corrects its publication date, and :func:`anchored` reads the
dates of claims stored before the column existed (NULL) from their sentence, the same
way ingest would have.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factcheck.analyze import anchor_claim_dates, claim_frame, read_for_dates
from factcheck.models import ClaimRow, DocumentRow, SentenceRow

__all__ = ["anchored", "reanchor_document"]

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
    (:func:`factcheck.analyze.read_for_dates`)."""
    out: dict[int, list[dict[str, Any]]] = {}
    ids = list(claim_ids)
    anchors: dict[int, date | None] = {}
    for start in range(0, len(ids), 500):
        for row in _rows(conn, claims_t.c.id.in_(ids[start : start + 500])):
            if row.document_id not in anchors:
                text = conn.execute(
                    sa.select(documents_t.c.text).where(documents_t.c.id == row.document_id)
                ).scalar_one()
                anchors[row.document_id] = read_for_dates(text, row.published)[1]
            out[row.id] = _dates(row, anchors[row.document_id], None)
    return out


def reanchor_document(conn: Connection, document_id: int, published: date | None) -> set[int]:
    """Anchor the relative dates of a document's claims to ``published`` again (after a
    correction of the publication date), in ``claims.dates`` and in the stored frames;
    returns the ids of the claims whose dates or frame changed.

    The dates a claim holds stay the same phrases (the spans stored at ingest); only the
    days they name move. The frame is read again as ingest read it (the claim with the
    document's text before it, credit lines blanked) so "yesterday" in its time slot
    names the new day. Claims stored before dates or frames were get theirs now. The
    caller matches the claims again: their statuses may move with their days.
    """
    # Anchored as ingest anchors them: to the day the dateline names (its year taken
    # from ``published`` when it writes none), else to ``published``.
    readable, anchor = read_for_dates(
        conn.execute(
            sa.select(documents_t.c.text).where(documents_t.c.id == document_id)
        ).scalar_one(),
        published,
    )
    changed: set[int] = set()
    for row in _rows(conn, claims_t.c.document_id == document_id):
        spans = (
            [(d["start"], d["end"]) for d in json.loads(row.dates)]
            if row.dates is not None
            else None
        )
        values: dict[str, str] = {}
        dates = json.dumps(_dates(row, anchor, spans))
        if dates != row.dates:
            values["dates"] = dates
        read = claim_frame(readable, row.text, row.char_start, anchor)
        if row.frame is None or json.loads(row.frame) != read.to_dict():
            values["frame"] = json.dumps(read.to_dict())
        if values:
            conn.execute(sa.update(claims_t).where(claims_t.c.id == row.id).values(**values))
            changed.add(row.id)
    return changed
