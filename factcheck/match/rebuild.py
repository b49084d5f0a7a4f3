"""``rematch --all``: match every stored claim afresh, in chunks that commit, resumably.

Claims are taken in the order they were stored (document by document) and each document
is matched against the documents before it, as ingest did, through the same bounded
candidate search as a batch self-match: an in-memory :class:`CandidateIndex` (same terms,
plan and scores as the SQL index, without a round trip per document), then the same
rerank, ``compare`` and match upsert as ingest. The SQL index (``claim_terms``,
``term_stats``) is rebuilt on the way.

Every ``CHUNK_DOCUMENTS`` documents the work is committed with the position reached in
``task_progress``; an interrupted run (Ctrl-C, a crash, a lost connection) is resumed by
running ``rematch --all`` again: the in-memory index is refilled from the claims already
done (terms only, no matching) and matching continues after the last committed document.
A stored match that is not found again is dropped when its later claim's document is
done, unless a person decided it (``reviews``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factcheck.database import lock
from factcheck.match import candidates
from factcheck.match.candidates import CandidateIndex
from factcheck.match.matcher import (
    CANDIDATES_PER_CLAIM,
    Progress,
    decided_match_ids,
    match_claims,
    refresh_status,
)
from factcheck.match.relation import MatchConfig
from factcheck.models import (
    ClaimRow,
    ClaimTermRow,
    DocumentRow,
    MatchRow,
    TaskProgressRow,
    TermStatRow,
)

__all__ = ["CHUNK_DOCUMENTS", "TASK", "rematch_all"]

claims_t = ClaimRow.__table__  # type: ignore[attr-defined]
documents_t = DocumentRow.__table__  # type: ignore[attr-defined]
matches_t = MatchRow.__table__  # type: ignore[attr-defined]
claim_terms_t = ClaimTermRow.__table__  # type: ignore[attr-defined]
term_stats_t = TermStatRow.__table__  # type: ignore[attr-defined]
progress_t = TaskProgressRow.__table__  # type: ignore[attr-defined]

#: The ``task_progress`` key of ``rematch --all``.
TASK = "rematch-all"
#: Documents per committed chunk: a few seconds of work, so an interruption loses little
#: and a commit's cost is spread over many documents.
CHUNK_DOCUMENTS = 100

Transaction = Callable[[], AbstractContextManager[Connection]]


def _now() -> datetime:
    return datetime.now(UTC)


def rematch_all(
    transaction: Transaction,
    config: MatchConfig,
    *,
    progress: Progress | None = None,
    chunk_documents: int = CHUNK_DOCUMENTS,
    stop_after_chunks: int | None = None,
) -> dict[str, Any]:
    """Match every claim afresh; returns ``claims``, ``matches``, ``status_changed``,
    ``resumed_after`` (the document id a resumed run started after, else None) and
    ``complete`` (False when ``stop_after_chunks`` stopped it early, as an interruption
    would).

    ``transaction()`` opens one write transaction (``Store.transaction``); one is used per
    chunk of ``chunk_documents`` documents. ``progress(done, total)`` counts documents.
    """
    with transaction() as conn:
        state = conn.execute(sa.select(progress_t).where(progress_t.c.task == TASK)).first()
        before: dict[int, str] = {
            int(row.id): row.status
            for row in conn.execute(sa.select(claims_t.c.id, claims_t.c.status))
        }
        docs = conn.execute(
            sa.select(documents_t.c.id, documents_t.c.language).order_by(documents_t.c.id)
        ).all()
        now = _now()
        if state is None:
            resumed_after = None
            position = 0
            conn.execute(sa.delete(claim_terms_t))
            conn.execute(sa.delete(term_stats_t))
            conn.execute(
                sa.insert(progress_t).values(
                    task=TASK, position=0, total=len(docs), started_at=now, updated_at=now
                )
            )
        else:
            resumed_after = position = int(state.position)
    index = CandidateIndex()
    with transaction() as conn:
        for claim_id, text, language in _claims_up_to(conn, position):
            index.language = language
            index.add(claim_id, text)
    todo = [doc for doc in docs if doc.id > position]
    done = len(docs) - len(todo)
    if progress is not None:
        progress(done, len(docs))
    for chunks, start in enumerate(range(0, len(todo), chunk_documents)):
        if stop_after_chunks is not None and chunks >= stop_after_chunks:
            return _summary(transaction, before, resumed_after, complete=False)
        chunk = todo[start : start + chunk_documents]
        with transaction() as conn:
            lock(conn, "ingest")  # PostgreSQL: ingests wait, as they would for each other
            decided = decided_match_ids(conn)
            for number, doc in enumerate(chunk, start=1):
                _rematch_document(conn, index, doc.id, doc.language, config, decided)
                if progress is not None:
                    progress(done + number, len(docs))
            conn.execute(
                sa.update(progress_t)
                .where(progress_t.c.task == TASK)
                .values(position=chunk[-1].id, updated_at=_now())
            )
        done += len(chunk)
    with transaction() as conn:
        conn.execute(sa.delete(progress_t).where(progress_t.c.task == TASK))
    return _summary(transaction, before, resumed_after, complete=True)


def _claims_up_to(conn: Connection, document_id: int) -> Iterator[tuple[int, str, str]]:
    """(claim id, text, language) of the documents already done, in storing order."""
    if document_id <= 0:
        return
    rows = conn.execute(
        sa.select(claims_t.c.id, claims_t.c.text, documents_t.c.language)
        .join(documents_t, documents_t.c.id == claims_t.c.document_id)
        .where(claims_t.c.document_id <= document_id)
        .order_by(claims_t.c.document_id, claims_t.c.position)
    )
    for row in rows:
        yield int(row.id), row.text, row.language


def _rematch_document(
    conn: Connection,
    index: CandidateIndex,
    document_id: int,
    language: str,
    config: MatchConfig,
    decided: set[int],
) -> None:
    items = [
        (int(row.id), row.text)
        for row in conn.execute(
            sa.select(claims_t.c.id, claims_t.c.text)
            .where(claims_t.c.document_id == document_id)
            .order_by(claims_t.c.position)
        )
    ]
    if not items:
        return
    own = {claim_id for claim_id, _ in items}
    index.language = language
    hits = [
        index.query(text, limit=CANDIDATES_PER_CLAIM, exclude_claim_ids=own) for _, text in items
    ]
    written: set[tuple[int, int]] = set()
    match_claims(conn, items, config, written=written, hits=hits)
    candidates.add_claims(conn, items, language=language)
    for claim_id, text in items:
        index.add(claim_id, text)
    # A pair is decided when its later claim is matched, so the stored pairs ending in
    # this document that were not found again are stale (unless a person decided them).
    stored = conn.execute(
        sa.select(matches_t.c.id, matches_t.c.claim_id, matches_t.c.other_claim_id).where(
            matches_t.c.other_claim_id.in_(sorted(own)),
            matches_t.c.claim_id.notin_(sorted(own)),
        )
    ).all()
    stale = [
        row
        for row in stored
        if (row.claim_id, row.other_claim_id) not in written and row.id not in decided
    ]
    if stale:
        conn.execute(sa.delete(matches_t).where(matches_t.c.id.in_([row.id for row in stale])))
        refresh_status(conn, {row.claim_id for row in stale} | own)


def _summary(
    transaction: Transaction,
    before: dict[int, str],
    resumed_after: int | None,
    *,
    complete: bool,
) -> dict[str, Any]:
    with transaction() as conn:
        after: dict[int, str] = {
            int(row.id): row.status
            for row in conn.execute(sa.select(claims_t.c.id, claims_t.c.status))
        }
        pairs = conn.execute(sa.select(sa.func.count()).select_from(matches_t)).scalar_one()
    changed = sum(1 for cid, status in after.items() if before.get(cid) != status)
    return {
        "claims": len(after),
        "matches": int(pairs),
        "status_changed": changed,
        "resumed_after": resumed_after,
        "complete": complete,
    }
