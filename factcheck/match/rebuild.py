"""Long rebuilds in chunks that commit, resumably: ``rematch --all`` and ``stories rebuild``.

**rematch --all** matches every stored claim afresh.

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
done, unless a person decided it (``reviews``); a pair found again keeps its id, a dropped
one gets it back when it returns (``matcher.drop_matches``). Documents that never had a
story assigned (stored before stories existed, migration 0007) get one first, so matching
meets them in their story.

**stories rebuild** (:func:`rebuild_stories`) forgets every automatic story assignment
and assigns the documents again with the current settings, by publication date (undated
last), then by the SHA-256 of their text, never in the order they were stored, so two
stores of one set of documents rebuild the same stories; a story a person shaped (moved
or merged a document into) is kept
whole. A story keeps its id (and a person's label) when its first document starts it
again, so a rebuild that moves nothing renumbers nothing; an id a rebuild or a merge
leaves unused is never handed out again. It then runs
``rematch --all`` so matches and statuses follow the new stories. Both phases commit
every ``CHUNK_DOCUMENTS`` documents with their position in ``task_progress`` (task
``stories-rebuild``), so running it again after an interruption resumes: the documents
still marked with the story they left, and those stored since the rebuild began, are
placed, in the same order.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import threading
import traceback
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, date, datetime
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factcheck.batch import default_workers, exit_with_parent, worker_context
from factcheck.database import lock, make_engine
from factcheck.match import candidates, stories
from factcheck.match.candidates import CandidateIndex
from factcheck.match.matcher import (
    POOL_PER_CLAIM,
    POSTINGS_PER_CLAIM,
    ClaimCache,
    Progress,
    decide_matches,
    decided_match_ids,
    drop_matches,
    refresh_status,
    status_neighbours,
    store_decisions,
)
from factcheck.match.relation import MatchConfig
from factcheck.match.stories import StoryConfig
from factcheck.models import (
    AuditRow,
    ClaimRow,
    ClaimTermRow,
    DocumentRow,
    MatchRow,
    SourceRow,
    StoryRow,
    StoryTermRow,
    StoryTermStatRow,
    TaskProgressRow,
    TermStatRow,
)
from factcheck.sqlbounds import in_ids

__all__ = [
    "BLOCK_DOCUMENTS",
    "CHUNK_DOCUMENTS",
    "PARALLEL_MIN_DOCUMENTS",
    "STORIES_TASK",
    "TASK",
    "assign_missing_stories",
    "rebuild_stories",
    "relabel_stories",
    "rematch_all",
]

audit_t = AuditRow.__table__  # type: ignore[attr-defined]
claims_t = ClaimRow.__table__  # type: ignore[attr-defined]
documents_t = DocumentRow.__table__  # type: ignore[attr-defined]
matches_t = MatchRow.__table__  # type: ignore[attr-defined]
claim_terms_t = ClaimTermRow.__table__  # type: ignore[attr-defined]
term_stats_t = TermStatRow.__table__  # type: ignore[attr-defined]
progress_t = TaskProgressRow.__table__  # type: ignore[attr-defined]
sources_t = SourceRow.__table__  # type: ignore[attr-defined]
stories_t = StoryRow.__table__  # type: ignore[attr-defined]
story_terms_t = StoryTermRow.__table__  # type: ignore[attr-defined]
story_stats_t = StoryTermStatRow.__table__  # type: ignore[attr-defined]

#: The ``task_progress`` key of ``rematch --all``.
TASK = "rematch-all"
#: The ``task_progress`` key of ``stories rebuild``.
STORIES_TASK = "stories-rebuild"
#: Documents per committed chunk: a few seconds of work, so an interruption loses little
#: and a commit's cost is spread over many documents.
CHUNK_DOCUMENTS = 100
#: Documents a worker decides in a row before the next worker takes over (the blocks go
#: round the workers): small enough that the workers stay busy together while the
#: writer stores them in order, large enough that a block's read of the claims the
#: other workers decide (each worker's index must hold every claim before its own
#: documents) is one query, not one per document.
BLOCK_DOCUMENTS = 10
#: With ``workers=None``, a rematch of fewer documents than this runs in one process: a
#: worker costs a few CPU-seconds to start (imports, lexicons, its own candidate index),
#: about what 100 newsroom documents' decisions cost.
PARALLEL_MIN_DOCUMENTS = 300
#: How often the writer, waiting for a block, checks that its worker is still alive.
WORKER_CHECK_SECONDS = 1.0

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
    story_config: StoryConfig | None = None,
    url: str | None = None,
    workers: int | None = 1,
    block_documents: int = BLOCK_DOCUMENTS,
) -> dict[str, Any]:
    """Match every claim afresh; returns ``claims``, ``matches``, ``status_changed``,
    ``resumed_after`` (the document id a resumed run started after, else None),
    ``stories_assigned`` (documents that had never been given a story and got one now,
    see :func:`assign_missing_stories`) and ``complete`` (False when
    ``stop_after_chunks`` stopped it early, as an interruption would).

    ``transaction()`` opens one write transaction (``Store.transaction``); one is used per
    chunk of ``chunk_documents`` documents. ``progress(done, total)`` counts documents.

    ``workers`` processes decide the documents' matches (:func:`matcher.decide_matches`:
    candidate search, rerank, frame checks, ``compare``), each with its own in-memory
    index and a read connection to ``url`` (the store's database), while this process
    writes the decisions in storing order (upsert, SQL index, stale pairs, statuses):
    the stored rows are the same as with one process, ids included, since a document's
    decisions read nothing that matching writes. ``workers=1`` (or no ``url``) decides
    in this process; ``None`` uses every core when there are at least
    ``PARALLEL_MIN_DOCUMENTS`` documents to do. ``block_documents`` documents go to one
    worker in a row (``BLOCK_DOCUMENTS``).
    """
    assigned = assign_missing_stories(
        transaction, story_config or StoryConfig(), chunk_documents=chunk_documents
    )
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
    todo = [(int(doc.id), str(doc.language)) for doc in docs if doc.id > position]
    done = len(docs) - len(todo)
    if progress is not None:
        progress(done, len(docs))
    if workers is None:
        workers = default_workers() if len(todo) >= PARALLEL_MIN_DOCUMENTS else 1
    deciders: _Deciders
    if workers > 1 and url is not None and todo:
        deciders = _WorkerDeciders(url, config, todo, position, workers, block_documents)
    else:
        deciders = _LocalDeciders(transaction, config, position)
    chunks = 0
    start = 0
    try:
        deciders.__enter__()
        while start < len(todo):
            if stop_after_chunks is not None and chunks >= stop_after_chunks:
                return _summary(transaction, before, resumed_after, complete=False) | {
                    "stories_assigned": assigned
                }
            chunk = todo[start : start + chunk_documents]
            try:
                with transaction() as conn:
                    lock(conn, "ingest")  # PostgreSQL: ingests wait, as they would for each other
                    decided = decided_match_ids(conn)
                    deciders.start_chunk(conn)
                    for number, (document_id, language) in enumerate(chunk, start=1):
                        found = deciders.decide(conn, document_id, language)
                        _store_document(conn, found, decided)
                        if progress is not None:
                            progress(done + number, len(docs))
                    conn.execute(
                        sa.update(progress_t)
                        .where(progress_t.c.task == TASK)
                        .values(position=chunk[-1][0], updated_at=_now())
                    )
            except _Stale:
                # Another writer changed the store after the workers read it: their
                # decisions may be stale. The chunk was rolled back; it and the rest are
                # decided here, inside each chunk's locked transaction.
                deciders.__exit__(None, None, None)
                committed = todo[start - 1][0] if start else position
                deciders = _LocalDeciders(transaction, config, committed)
                deciders.__enter__()
                continue
            done += len(chunk)
            start += len(chunk)
            chunks += 1
    finally:
        deciders.__exit__(None, None, None)
    with transaction() as conn:
        conn.execute(sa.delete(progress_t).where(progress_t.c.task == TASK))
    return _summary(transaction, before, resumed_after, complete=True) | {
        "stories_assigned": assigned
    }


def _claims_up_to(
    conn: Connection, document_id: int, *, after: int = 0
) -> Iterator[tuple[int, str, str]]:
    """(claim id, text, language) of the documents with ``after`` < id <= ``document_id``,
    in storing order (by document, then position): the order the index adds them in."""
    if document_id <= after:
        return
    rows = conn.execute(
        sa.select(claims_t.c.id, claims_t.c.text, documents_t.c.language)
        .join(documents_t, documents_t.c.id == claims_t.c.document_id)
        .where(claims_t.c.document_id <= document_id, claims_t.c.document_id > after)
        .order_by(claims_t.c.document_id, claims_t.c.position)
    )
    for row in rows:
        yield int(row.id), row.text, row.language


def _new_index() -> CandidateIndex:
    """The in-memory twin of the SQL index, with ingest's budget."""
    return CandidateIndex(max_postings=POSTINGS_PER_CLAIM, pool=POOL_PER_CLAIM)


class _Decided(NamedTuple):
    """One document's decisions, made by :func:`_decide_document` and written by
    :func:`_store_document`: its claims (id, text) in order, the match rows to upsert and
    the claims whose status is due."""

    document_id: int
    language: str
    items: list[tuple[int, str]]
    rows: list[dict[str, Any]]
    touched: set[int]


def _decide_document(
    conn: Connection,
    index: CandidateIndex,
    document_id: int,
    language: str,
    config: MatchConfig,
    cache: ClaimCache | None = None,
) -> _Decided:
    """Decide one document's matches against the documents before it, then add its
    claims to ``index``. Writes nothing (:func:`matcher.decide_matches`), so a worker
    process with a read connection can do it."""
    items = [
        (int(row.id), row.text)
        for row in conn.execute(
            sa.select(claims_t.c.id, claims_t.c.text)
            .where(claims_t.c.document_id == document_id)
            .order_by(claims_t.c.position)
        )
    ]
    if not items:
        return _Decided(document_id, language, [], [], set())
    index.language = language

    def search(
        texts: Sequence[str], exclude_claim_ids: Collection[int], limit: int
    ) -> list[list[tuple[int, float]]]:
        # The in-memory twin of the SQL index holds exactly the claims stored before.
        return [
            index.query(text, limit=limit, exclude_claim_ids=exclude_claim_ids) for text in texts
        ]

    rows, touched = decide_matches(conn, items, config, search=search, cache=cache)
    for claim_id, text in items:
        index.add(claim_id, text)
    return _Decided(document_id, language, items, rows, touched)


def _store_document(conn: Connection, found: _Decided, decided: set[int]) -> None:
    """Write one document's decisions: its matches and statuses, its claims in the SQL
    index, and the stale pairs ending in it dropped."""
    if not found.items:
        return
    own = {claim_id for claim_id, _ in found.items}
    written: set[tuple[int, int]] = set()
    store_decisions(conn, found.rows, found.touched, written=written)
    candidates.add_claims(conn, found.items, language=found.language)
    # A pair is decided when its later claim is matched, so the stored pairs ending in
    # this document that were not found again are stale (unless a person decided them).
    stored = conn.execute(
        sa.select(matches_t.c.id, matches_t.c.claim_id, matches_t.c.other_claim_id).where(
            in_ids(matches_t.c.other_claim_id, own),
            sa.not_(in_ids(matches_t.c.claim_id, own)),
        )
    ).all()
    stale = [
        row
        for row in stored
        if (row.claim_id, row.other_claim_id) not in written and row.id not in decided
    ]
    if stale:
        # Read before the pairs go (a claim losing its last match to its own outlet's
        # report is superseded no more, and its partners' statuses read that).
        ends = {row.claim_id for row in stale} | own
        due = status_neighbours(conn, ends)
        drop_matches(conn, stale)
        refresh_status(conn, ends, also=due)


class _Stale(Exception):
    """Decisions made by workers were read before another writer changed the store."""


def _stamp(conn: Connection) -> tuple[int, int]:
    """What moves whenever another writer changes what decisions read: the highest
    document id (every ingest that stores a document — the only writer that can turn a
    copy family's original, merge stories or re-anchor frames on its way) and the
    highest ``audit_log`` id (every person's change: edits, moves, merges, deletions,
    outlets' groups). ``rematch --all`` writes neither. Two index probes."""
    documents = conn.execute(sa.select(sa.func.max(documents_t.c.id))).scalar()
    audited = conn.execute(sa.select(sa.func.max(audit_t.c.id))).scalar()
    return int(documents or 0), int(audited or 0)


class _Deciders:
    """Where ``rematch_all`` gets each document's decisions, in storing order."""

    def __enter__(self) -> _Deciders:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def start_chunk(self, conn: Connection) -> None:
        """A chunk's transaction begins (and holds the ingest lock until it commits)."""

    def decide(self, conn: Connection, document_id: int, language: str) -> _Decided:
        raise NotImplementedError


class _LocalDeciders(_Deciders):
    """Decisions made in this process, in the writer's transaction."""

    def __init__(self, transaction: Transaction, config: MatchConfig, position: int) -> None:
        self.config = config
        self.index = _new_index()
        with transaction() as conn:
            for claim_id, text, language in _claims_up_to(conn, position):
                self.index.language = language
                self.index.add(claim_id, text)
        self.cache = ClaimCache()

    def start_chunk(self, conn: Connection) -> None:
        # Under the lock only matches and statuses change, so what is read of stored
        # claims holds for the whole chunk (a candidate meets many documents).
        self.cache = ClaimCache()

    def decide(self, conn: Connection, document_id: int, language: str) -> _Decided:
        return _decide_document(conn, self.index, document_id, language, self.config, self.cache)


class _WorkerDeciders(_Deciders):
    """Decisions made in ``workers`` processes (:func:`batch.worker_context`), blocks of
    ``BLOCK_DOCUMENTS`` documents going round them; each worker sends its blocks'
    decisions through its own bounded queue, and :meth:`decide` takes them in storing
    order. A worker that fails or dies makes :meth:`decide` raise, so the chunk being
    written rolls back and a later run resumes after the last committed one. A block
    whose stamp differs from the one read under the chunk's lock raises ``_Stale``:
    ``rematch_all`` rolls the chunk back and decides the rest in process."""

    def __init__(
        self,
        url: str,
        config: MatchConfig,
        todo: list[tuple[int, str]],
        position: int,
        workers: int,
        block_documents: int = BLOCK_DOCUMENTS,
    ) -> None:
        context = worker_context()
        self.todo = todo
        self.workers = workers
        # Two blocks ahead per worker: the workers keep going while the writer stores,
        # and what waits in memory stays a few blocks whatever the store's size.
        self.queues = [context.Queue(maxsize=2) for _ in range(workers)]
        self.processes = [
            context.Process(
                target=_decide_in_worker,
                args=(
                    url,
                    config,
                    todo,
                    position,
                    (number, workers, block_documents),
                    self.queues[number],
                ),
                name=f"rematch-worker-{number}",
                daemon=True,
            )
            for number in range(workers)
        ]
        self.ready: list[_Decided] = []
        self.ready_stamp: tuple[int, int] | None = None
        self.stamp: tuple[int, int] | None = None
        self.next_block = 0
        self.taken = 0

    def __enter__(self) -> _WorkerDeciders:
        for process in self.processes:
            process.start()
        return self

    def __exit__(self, *exc: object) -> None:
        for process in self.processes:
            if process.is_alive():
                process.terminate()
        for process in self.processes:
            process.join()
        for waiting in self.queues:
            waiting.close()
            waiting.cancel_join_thread()

    def start_chunk(self, conn: Connection) -> None:
        # Read under the ingest lock: nothing else changes the store until the commit.
        self.stamp = _stamp(conn)

    def decide(self, conn: Connection, document_id: int, language: str) -> _Decided:
        if not self.ready:
            stamp, block = self._block(self.next_block)
            self.ready, self.ready_stamp = list(reversed(block)), stamp
            self.next_block += 1
        if self.ready_stamp is None or self.ready_stamp != self.stamp:
            raise _Stale
        found = self.ready.pop()
        if found.document_id != document_id:  # the order is the contract; never guess
            raise RuntimeError(
                f"rematch worker sent document {found.document_id}, expected {document_id}"
            )
        self.taken += 1
        return found

    def _block(self, block: int) -> tuple[tuple[int, int] | None, list[_Decided]]:
        number = block % self.workers
        source, process = self.queues[number], self.processes[number]
        while True:
            try:
                sent, payload = source.get(timeout=WORKER_CHECK_SECONDS)
            except queue.Empty:
                if not process.is_alive():
                    raise RuntimeError(
                        f"rematch worker {number} ended (exit code {process.exitcode})"
                    ) from None
                continue
            if sent == "error":
                raise RuntimeError(f"rematch worker {number} failed:\n{payload}")
            if sent != block:
                raise RuntimeError(f"rematch worker {number} sent block {sent}, expected {block}")
            stamp, decided = payload
            return stamp, list(decided)


def _decide_in_worker(
    url: str,
    config: MatchConfig,
    todo: list[tuple[int, str]],
    position: int,
    share: tuple[int, int, int],
    out: Any,
) -> None:
    """A worker process of :class:`_WorkerDeciders`: keep an in-memory index of every
    claim stored before the next document, decide the documents of blocks ``number``,
    ``number + workers``, … of ``size`` documents (``share``) and send each block's
    decisions, in order, through ``out``.

    Each read is its own short transaction (a block at a time), so no snapshot is held
    for the whole run. Another writer may change what is read (an ingest between two of
    the writer's chunks turns a copy family's original or merges stories; a person moves
    a document): each block is sent with the store's stamp (:func:`_stamp`) read before
    and after its reads, and the writer uses it only while the stamp it reads under the
    ingest lock is the same; otherwise the rest is decided in the writer's process.
    """
    # Ctrl-C reaches the whole process group: the writer handles it and ends the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    number, workers, size = share
    parent = os.getppid()
    threading.Thread(target=exit_with_parent, args=(parent,), daemon=True).start()
    engine = make_engine(url)
    try:
        index = _new_index()
        with engine.connect() as conn:
            for claim_id, text, language in _claims_up_to(conn, position):
                index.language = language
                index.add(claim_id, text)
            conn.rollback()
            done = position
            cache: ClaimCache | None = None
            cached_at: tuple[int, int] | None = None
            cached_from = 0
            for block, start in enumerate(range(0, len(todo), size)):
                docs = todo[start : start + size]
                if block % workers == number:
                    # The store as read before and after the block's reads: when another
                    # writer committed in between, the block is sent unstamped (stale).
                    before = _stamp(conn)
                    spent = start - cached_from >= CHUNK_DOCUMENTS
                    if cache is None or before != cached_at or spent:
                        # What was read of stored claims holds while the stamp does (this
                        # run's writer changes only matches and statuses), so it is kept
                        # across blocks for a chunk's span of documents, as the writer
                        # keeps its own (memory stays a chunk's candidates).
                        cache, cached_from = ClaimCache(), start
                    decided = [
                        _decide_document(conn, index, document_id, language, config, cache)
                        for document_id, language in docs
                    ]
                    stamp = before if _stamp(conn) == before else None
                    cached_at = stamp
                    conn.rollback()
                    out.put((block, (stamp, decided)))
                else:
                    for claim_id, text, language in _claims_up_to(conn, docs[-1][0], after=done):
                        index.language = language
                        index.add(claim_id, text)
                    conn.rollback()
                done = docs[-1][0]
    except BaseException:
        out.put(("error", traceback.format_exc()))
    finally:
        engine.dispose()


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


# --- stories -----------------------------------------------------------------------------


def relabel_stories(transaction: Transaction, *, chunk_stories: int = 1_000) -> int:
    """Label every story not named by a person from its shared terms (``stories.refresh_label``),
    in committed chunks; returns how many stories were read."""
    with transaction() as conn:
        ids = list(conn.execute(sa.select(stories_t.c.id).order_by(stories_t.c.id)).scalars())
    for start in range(0, len(ids), chunk_stories):
        with transaction() as conn:
            for story_id in ids[start : start + chunk_stories]:
                stories.refresh_label(conn, int(story_id))
    return len(ids)


def assign_missing_stories(
    transaction: Transaction,
    config: StoryConfig,
    *,
    progress: Progress | None = None,
    chunk_documents: int = CHUNK_DOCUMENTS,
) -> int:
    """Give a story to every document that was never assigned one; returns how many.

    Such documents were stored before stories existed (migration 0007 adds the columns
    empty): ``story_reason`` is NULL, which ingest never leaves (a document that names
    no one gets a reason too). They are assigned in the order they were stored, in
    committed chunks, so an interrupted run leaves the rest for the next one. Matches
    are not touched: ``rematch --all`` (which calls this first) makes them follow.
    """
    missing_q = sa.select(documents_t.c.id).where(documents_t.c.story_reason.is_(None))
    with transaction() as conn:
        missing = list(conn.execute(missing_q.order_by(documents_t.c.id)).scalars())
    if not missing:
        return 0
    done = 0
    for start in range(0, len(missing), chunk_documents):
        with transaction() as conn:
            lock(conn, "ingest")
            for document_id in missing[start : start + chunk_documents]:
                # Read again under the lock: an ingest or another run may have done it.
                still = conn.execute(missing_q.where(documents_t.c.id == document_id)).first()
                if still is not None:
                    stories.assign_stored_document(conn, document_id, config)
                done += 1
                if progress is not None:
                    progress(done, len(missing))
    return done


def _forget_automatic_stories(conn: Connection, config: StoryConfig) -> set[int]:
    """Start of a rebuild: only the stories a person shaped are kept, whole.

    A story holding a document a person moved or merged into it was accepted by that
    person as one event, its other documents included: it keeps all its documents.
    Every other document leaves its story, remembering it in ``story_reason``
    (``{"rebuilding": story id}``, see :func:`_previous_story`); the term index is emptied
    and refilled from the kept documents. Stories left empty keep their rows until the
    reassignment is done, so a document that starts a story again takes its old story's
    id back (``stories.assign_document(reuse=…)``): ids stay stable. Returns the kept
    stories.
    """
    shaped = _shaped_stories(conn)
    kept_q = in_ids(documents_t.c.story_id, shaped)
    previous = sa.literal('{"rebuilding": ') + sa.cast(documents_t.c.story_id, sa.String) + "}"
    conn.execute(
        sa.update(documents_t)
        .where(sa.or_(documents_t.c.story_id.is_(None), ~kept_q))
        # SET reads the row as it was: story_reason records the story being left.
        .values(story_id=None, story_score=None, story_reason=previous, story_set_by=None)
    )
    conn.execute(sa.delete(story_terms_t))
    conn.execute(sa.delete(story_stats_t))
    placed = conn.execute(
        sa.select(documents_t.c.id, documents_t.c.story_id)
        .where(documents_t.c.story_id.is_not(None))
        .order_by(documents_t.c.id)
    ).all()
    for row in placed:
        stories.add_document_terms(
            conn, int(row.story_id), stories.document_terms(conn, int(row.id), config)
        )
    for story_id in sorted(shaped):
        stories.delete_if_empty(conn, story_id)  # refreshes the dates of a kept story
    return shaped


def _assignment_order(row: Any) -> tuple[bool, date, str, int]:
    """The order ``stories rebuild`` assigns documents in: by publication date (undated
    last), then by the SHA-256 of the text, then by id (two copies of one text of one
    day). Reports of an event are placed from its first; the stored order never
    decides, so two stores of one set of documents rebuild the same stories."""
    return (row.published is None, row.published or date.min, row.sha256, int(row.id))


def _waiting(reason: str | None) -> bool:
    """Whether a document's ``story_reason`` is a rebuild's mark, ``{"rebuilding": id}``
    (:func:`_forget_automatic_stories`): it has not been placed again yet."""
    return reason is not None and reason.startswith('{"rebuilding": ')


def _stored_since(ingested: datetime | None, started: datetime) -> bool:
    """Whether a document was stored after a rebuild began (assigned at ingest against
    half-rebuilt stories, so assigned again in order). SQLite gives naive timestamps."""
    if ingested is None:
        return False
    if ingested.tzinfo is None and started.tzinfo is not None:
        started = started.replace(tzinfo=None)
    elif ingested.tzinfo is not None and started.tzinfo is None:
        ingested = ingested.replace(tzinfo=None)
    return ingested > started


def _previous_story(conn: Connection, document_id: int) -> int | None:
    """The story a document was in when this rebuild began, if it left one."""
    reason = conn.execute(
        sa.select(documents_t.c.story_reason).where(documents_t.c.id == document_id)
    ).scalar()
    try:
        was = json.loads(reason).get("rebuilding") if reason else None
    except (ValueError, AttributeError):
        return None
    return int(was) if isinstance(was, int) else None


def _delete_empty_stories(conn: Connection) -> None:
    """End of the reassignment: stories no document took back are gone; their ids are
    never handed out again (SQLite AUTOINCREMENT, a PostgreSQL sequence)."""
    held = sa.select(documents_t.c.story_id).where(documents_t.c.story_id.is_not(None))
    for story_id in conn.execute(
        sa.select(stories_t.c.id).where(stories_t.c.id.not_in(held))
    ).scalars():
        stories.delete_if_empty(conn, int(story_id))


def rebuild_stories(
    transaction: Transaction,
    story_config: StoryConfig,
    match_config: MatchConfig,
    *,
    progress: Progress | None = None,
    match_progress: Progress | None = None,
    rematch: bool = True,
    chunk_documents: int = CHUNK_DOCUMENTS,
    stop_after_chunks: int | None = None,
    url: str | None = None,
) -> dict[str, Any]:
    """Assign every document to a story afresh, then re-match (see the module docstring).

    Returns ``documents`` (all stored), ``reassigned`` (documents assigned automatically
    by this call), ``kept_by_person`` (documents of stories a person shaped, kept
    whole), ``stories`` (stories now), ``stories_before``, ``moved`` (documents whose
    story-mates differ from before this call), ``renumbered`` (documents whose story id
    changed although their story-mates did not: 0 unless stories merged or split around
    them — a story keeps its id when its first document starts it again), ``unplaced``
    (documents that name no one and stay outside every story), ``resumed_after`` (the
    id of the last document the interrupted run placed, when resumed, else None),
    ``rematch`` (the summary of ``rematch --all``, or None with ``rematch=False``) and
    ``complete``.
    ``stop_after_chunks`` stops after that many committed chunks, as an interruption
    would. ``progress(done, total)`` counts documents assigned, ``match_progress`` the
    documents re-matched. With the store's ``url`` the re-match decides in worker
    processes when there are enough documents (:func:`rematch_all`, ``workers=None``).
    """
    with transaction() as conn:
        lock(conn, "ingest")
        state = conn.execute(sa.select(progress_t).where(progress_t.c.task == STORIES_TASK)).first()
        before = {
            int(row.id): row.story_id
            for row in conn.execute(sa.select(documents_t.c.id, documents_t.c.story_id))
        }
        stories_before = conn.execute(
            sa.select(sa.func.count()).select_from(stories_t)
        ).scalar_one()
        now = _now()
        if state is None:
            resumed_after = None
            _forget_automatic_stories(conn, story_config)
            conn.execute(
                sa.insert(progress_t).values(
                    task=STORIES_TASK,
                    position=0,
                    total=len(before),
                    started_at=now,
                    updated_at=now,
                )
            )
        else:
            resumed_after = int(state.position)
        shaped = _shaped_stories(conn)
        started = state.started_at if state is not None else now
        docs = conn.execute(
            sa.select(
                documents_t.c.id,
                documents_t.c.story_id,
                documents_t.c.story_reason,
                documents_t.c.ingested_at,
                documents_t.c.published,
                documents_t.c.sha256,
            )
        ).all()
    # Canonical order, never the stored one: the stories a rebuild makes are a function
    # of the documents, whatever order they were stored in. What is left to do is read
    # from the documents themselves (those still waiting with the story they left, and
    # those stored since the rebuild began, assigned at ingest against half-rebuilt
    # stories), so a resumed run goes on in the same order.
    todo = [
        int(doc.id)
        for doc in sorted(docs, key=_assignment_order)
        if doc.story_id not in shaped
        and (_waiting(doc.story_reason) or _stored_since(doc.ingested_at, started))
    ]
    done = len(docs) - len(todo)
    reassigned = 0
    if progress is not None:
        progress(done, len(docs))
    for chunks, start in enumerate(range(0, len(todo), chunk_documents)):
        if stop_after_chunks is not None and chunks >= stop_after_chunks:
            return _stories_summary(
                transaction, before, stories_before, reassigned, resumed_after, None, False
            )
        chunk = todo[start : start + chunk_documents]
        with transaction() as conn:
            lock(conn, "ingest")
            for number, document_id in enumerate(chunk, start=1):
                # A document stored while an interrupted rebuild waited was assigned at
                # ingest against half-rebuilt stories: it is assigned again, in order.
                if (
                    conn.execute(
                        sa.select(documents_t.c.story_id).where(documents_t.c.id == document_id)
                    ).scalar()
                    is not None
                ):
                    stories.remove_document(conn, document_id, story_config)
                stories.assign_stored_document(
                    conn, document_id, story_config, reuse=_previous_story(conn, document_id)
                )
                reassigned += 1
                if progress is not None:
                    progress(done + number, len(docs))
            conn.execute(
                sa.update(progress_t)
                .where(progress_t.c.task == STORIES_TASK)
                .values(position=chunk[-1], updated_at=_now())
            )
        done += len(chunk)
    with transaction() as conn:
        _delete_empty_stories(conn)
    matched: dict[str, Any] | None = None
    if rematch:
        matched = rematch_all(
            transaction,
            match_config,
            progress=match_progress,
            chunk_documents=chunk_documents,
            story_config=story_config,
            url=url,
            workers=None,
        )
        if not matched["complete"]:
            return _stories_summary(
                transaction, before, stories_before, reassigned, resumed_after, matched, False
            )
    with transaction() as conn:
        conn.execute(sa.delete(progress_t).where(progress_t.c.task == STORIES_TASK))
    return _stories_summary(
        transaction, before, stories_before, reassigned, resumed_after, matched, True
    )


def _stories_summary(
    transaction: Transaction,
    before: dict[int, int | None],
    stories_before: int,
    reassigned: int,
    resumed_after: int | None,
    matched: dict[str, Any] | None,
    complete: bool,
) -> dict[str, Any]:
    with transaction() as conn:
        after = conn.execute(
            sa.select(documents_t.c.id, documents_t.c.story_id, documents_t.c.story_set_by)
        ).all()
        count = conn.execute(sa.select(sa.func.count()).select_from(stories_t)).scalar_one()
        shaped = _shaped_stories(conn)
    now = {int(row.id): row.story_id for row in after}
    old_mates, new_mates = _mates(before), _mates(now)
    return {
        "documents": len(after),
        "reassigned": reassigned,
        "kept_by_person": sum(1 for row in after if row.story_id in shaped),
        "stories": int(count),
        "stories_before": int(stories_before),
        "moved": sum(1 for doc in now if old_mates.get(doc) != new_mates.get(doc)),
        "renumbered": sum(
            1
            for doc, story in now.items()
            if doc in before
            and story != before[doc]
            and old_mates.get(doc) == new_mates.get(doc)
        ),
        "unplaced": sum(1 for row in after if row.story_id is None),
        "resumed_after": resumed_after,
        "rematch": matched,
        "complete": complete,
    }


def _shaped_stories(conn: Connection) -> set[int]:
    """Stories holding a document a person moved or merged there."""
    return {
        int(sid)
        for sid in conn.execute(
            sa.select(documents_t.c.story_id)
            .where(documents_t.c.story_set_by == "person", documents_t.c.story_id.is_not(None))
            .distinct()
        ).scalars()
    }


def _mates(story_of: dict[int, int | None]) -> dict[int, frozenset[int]]:
    """document → the documents sharing its story (itself alone when it has none)."""
    groups: dict[int, set[int]] = {}
    for doc, story in story_of.items():
        if story is not None:
            groups.setdefault(story, set()).add(doc)
    return {
        doc: frozenset(groups[story]) if story is not None else frozenset({doc})
        for doc, story in story_of.items()
    }
