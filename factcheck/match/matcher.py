"""Matching stored claims: find candidates, decide relations, keep matches and statuses.

This is where the matching stages meet the database. For each new claim the candidate
index (``candidates``) proposes stored claims, ``relation.compare`` decides how each pair
relates, ``independence`` says whether the two sources count separately, and
``status.claim_status`` turns a claim's links into one word. Every function works inside
the caller's transaction (``Store`` opens it), so a document and its matches are written
all or nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any, Generic, NamedTuple, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factcheck.match import candidates, syndication
from factcheck.match.frames import Frame, frame, stored_frame
from factcheck.match.independence import DocumentOrigin, apart_from, independent, set_apart
from factcheck.match.relation import Comparison, MatchConfig, compare, frames_differ
from factcheck.match.status import MatchLink, claim_status
from factcheck.match.stories import stories_apart
from factcheck.models import (
    ClaimRow,
    ClaimTermRow,
    DocumentRow,
    MatchRow,
    RetiredMatchRow,
    ReviewRow,
    SourceRow,
    TermStatRow,
    upsert_insert,
)
from factcheck.sqlbounds import chunks, in_ids
from factcheck.stored import stored_column

__all__ = [
    "CANDIDATES_PER_CLAIM",
    "COMPARED_PER_CLAIM",
    "FAMILY_COLUMNS",
    "POOL_PER_CLAIM",
    "POSTINGS_PER_CLAIM",
    "REVERSE_PER_CLAIM",
    "REVERSE_SEARCH_LIMIT",
    "ClaimCache",
    "Progress",
    "Search",
    "StatusJournal",
    "claim_facts",
    "claim_frames",
    "claim_texts",
    "decide_matches",
    "decided_match_ids",
    "document_origins",
    "drop_matches",
    "forget_retired",
    "held_match",
    "match_claims",
    "origins",
    "record_copy",
    "refresh_status",
    "rejudge_independence",
    "rematch",
    "rematch_documents",
    "rematch_no_longer_apart",
    "set_stories_apart",
    "status_changes",
    "status_journal",
    "status_neighbours",
    "statuses",
    "store_decisions",
    "stories_apart",
    "superseded",
]

sources_t = SourceRow.__table__  # type: ignore[attr-defined]
documents_t = DocumentRow.__table__  # type: ignore[attr-defined]
claims_t = ClaimRow.__table__  # type: ignore[attr-defined]
matches_t = MatchRow.__table__  # type: ignore[attr-defined]
reviews_t = ReviewRow.__table__  # type: ignore[attr-defined]
retired_t = RetiredMatchRow.__table__  # type: ignore[attr-defined]
claim_terms_t = ClaimTermRow.__table__  # type: ignore[attr-defined]
term_stats_t = TermStatRow.__table__  # type: ignore[attr-defined]

# How many index candidates a new claim is reranked against, and how many of the best
# reranked ones are compared in full: enough to find paraphrases, few enough that ingest
# stays fast at a million stored claims.
CANDIDATES_PER_CLAIM = 40
COMPARED_PER_CLAIM = 12
# The candidate search's budget for one new claim: postings read (rarest terms first) and
# claims pooled before the common terms reorder them. Matching pays it for every claim
# of every document, so it is the corpus self-match's budget, not the default of a
# single lookup; on the newsroom benchmark the matches found are the same as with
# 10,000 and 500, at a tenth of the cost (docs/scale.md). ``rematch --all`` uses it too.
POSTINGS_PER_CLAIM = candidates.CORPUS_MAX_POSTINGS
POOL_PER_CLAIM = candidates.CORPUS_POOL
# The symmetric candidate rule: a stored claim that the new claim's index search found but
# that missed the new claim's shortlist is still compared when the new claim would be in
# *its* shortlist (the stored claim's own search, run now, with the new document's claims
# among its candidates). Without it, which pairs are compared depends on ingest order
# whenever more than COMPARED_PER_CLAIM stored claims look alike (docs/scale.md, "Order of
# ingest and the shortlist"). The stored claim's search reads this many candidates, so
# that claims of its own document (never its candidates) can be dropped and about
# CANDIDATES_PER_CLAIM still remain.
REVERSE_SEARCH_LIMIT = CANDIDATES_PER_CLAIM + COMPARED_PER_CLAIM
# How many of the stored claims ranked just below a new claim's shortlist are checked the
# other way round: each costs a candidate search, and one far down the new claim's list
# is rarely near the top of its own. Measured (docs/scale.md): 4 costs about 15 % of
# ingest with matching, 8 about 23 % for one status fewer of 170 differing by order.
REVERSE_PER_CLAIM = 4
# Frame checks of claim pairs kept from one document to the next: the symmetric rule
# checks a stored claim against its stored rivals again whenever a later document finds
# it (about a quarter of the checks on the newsroom benchmark). Each entry holds its two
# frames, so the bound is kept at the frame cache's size.
FRAME_PAIR_CACHE = 20_000
# Full comparisons kept the same way: a claim reported again word for word (a reprint, a
# wire story's shared sentences) meets the stored claims its earlier wording met.
COMPARISON_CACHE = 20_000
# How many of its story's claims a context-dependent claim is reranked against: a bound,
# so that a story running for months costs no more than the candidate index.
STORY_POOL = 400

_T = TypeVar("_T")

#: Called as ``progress(done, total)`` during long rewrites, so a caller can show a bar.
Progress = Callable[[int, int], None]
#: A candidate search: ``search(texts, exclude_claim_ids, limit)`` gives, for each text,
#: the ``(claim_id, index score)`` list ``candidates.find_candidates_many`` would.
Search = Callable[[Sequence[str], Collection[int], int], list[list[tuple[int, float]]]]


def _now() -> datetime:
    return datetime.now(UTC)


def _similarity(shingles: set[str], other_text: str) -> float:
    """Exact shingle Jaccard with a stored text, rounded as ``copy_similarity`` is stored."""
    return round(syndication.jaccard(shingles, syndication.shingles(other_text)), 4)


def record_copy(
    conn: Connection,
    document_id: int,
    text: str,
    published: date | None,
    language: str = "en",
    moved: list[int] | None = None,
) -> tuple[int | None, list[int]]:
    """Record near-copies, so that a reprint adds no independent weight to its original.

    A family of near-copies is every document linked to another by a near-copy
    (:func:`syndication.find_copies`), transitively: a reprint of a reprint belongs to
    the first version's family even when it no longer resembles it. ``copy_of_id``
    always names the family's original, never a copy, or two copies of one story would
    count as independent of each other. Which version is the original goes by
    :func:`syndication.original_key` (publication date, then whether a version credits
    another outlet, then the text's SHA-256), never by the order of ingest — so the
    document's credit must be recorded before this is called. ``language`` splits a
    short body into sentences (:func:`syndication.is_short_copy`).

    A new document that is a near-copy of versions of two families joins them into one
    (the families are what the links make them, whichever document came first: had it
    come first, the others would have joined its family one by one), and when it sorts
    before the family's original it becomes the original of the whole family. A copy
    depends on its original's outlet but not the other way round, so a change of
    original changes independence for third outlets: the matches of every document
    whose original changed are judged again and their statuses refreshed
    (:func:`promote_first`). Returns (the original this is a copy of, the documents now
    copies of this one); ``moved``, when given, receives the stored documents whose
    original changed (their reprinted claims' dates are read on their original's day:
    ``claim_dates``).
    """
    found = syndication.find_copies(
        conn, text, exclude_document_ids=[document_id], language=language
    )
    syndication.add_document(conn, document_id, text, language)
    if not found:
        return None, []
    linked = [hit.document_id for hit in found]
    roots = sorted(
        {
            row.copy_of_id if row.copy_of_id is not None else row.id
            for row in conn.execute(
                sa.select(documents_t.c.id, documents_t.c.copy_of_id).where(
                    in_ids(documents_t.c.id, linked)
                )
            )
        }
    )
    family = conn.execute(
        sa.select(*FAMILY_COLUMNS).where(
            sa.or_(
                in_ids(documents_t.c.id, [*roots, document_id]),
                in_ids(documents_t.c.copy_of_id, roots),
            )
        )
    ).all()
    first = min(family, key=_family_order)
    if len(roots) == 1 and first.id == roots[0]:
        # One family, whose original stays: only this document is written.
        similarity = (
            found[linked.index(first.id)].similarity
            if first.id in linked
            else _similarity(syndication.shingles(text), first.text)
        )
        conn.execute(
            sa.update(documents_t)
            .where(documents_t.c.id == document_id)
            .values(copy_of_id=first.id, copy_similarity=similarity)
        )
        return int(first.id), []
    if moved is not None:
        moved.extend(
            int(m.id)
            for m in family
            if m.id != document_id and m.copy_of_id != (None if m.id == first.id else first.id)
        )
    promote_first(conn, family)
    if first.id == document_id:
        return None, sorted(int(member.id) for member in family if member.id != document_id)
    return int(first.id), []


#: The ``documents`` columns :func:`promote_first` reads of a family's versions.
FAMILY_COLUMNS = (
    documents_t.c.id,
    documents_t.c.text,
    documents_t.c.copy_of_id,
    *syndication.ORIGINAL_KEY_COLUMNS,
)


def _family_order(row: Any) -> tuple[Any, int]:
    """A version's place in its family: :func:`syndication.original_key`, then the id
    (never needed: one outlet's second copy of a text is no new document)."""
    return (syndication.original_key_of(row), row.id)


def reorder_copies(conn: Connection, document_id: int) -> dict[int, list[str]]:
    """Decide again which version of a document's near-copy family is the original, after
    something :func:`syndication.original_key` reads changed (a person corrected a
    publication date): the first version by that key, the rule ingest uses, becomes the
    original and every other version a copy of it, so a copy is never dated before its
    original and no two versions copy each other. When the original changes, the
    family's matches are judged again (:func:`rejudge_documents`). Returns ``{claim_id:
    [before, after]}`` of the statuses that moved (empty when the original stays)."""
    row = conn.execute(
        sa.select(documents_t.c.copy_of_id).where(documents_t.c.id == document_id)
    ).first()
    if row is None:
        return {}
    root = row.copy_of_id if row.copy_of_id is not None else document_id
    family = conn.execute(
        sa.select(*FAMILY_COLUMNS).where(
            sa.or_(documents_t.c.id == root, documents_t.c.copy_of_id == root)
        )
    ).all()
    if len(family) < 2:
        return {}
    return promote_first(conn, family)[1]


def promote_first(
    conn: Connection, family: Sequence[Any]
) -> tuple[int | None, dict[int, list[str]]]:
    """Make the first version of a near-copy family by :func:`syndication.original_key`
    (then by id) its original and every other version a copy of it, with
    ``copy_similarity`` the rounded shingle Jaccard with the new original
    (:func:`_similarity`), then judge again the matches of the versions whose original
    changed (:func:`rejudge_documents`): a copy depends on its original's outlet.

    ``family`` holds rows with ``id``, ``text``, ``copy_of_id`` and
    :data:`syndication.ORIGINAL_KEY_COLUMNS` (:data:`FAMILY_COLUMNS`); versions
    already in place are not written. Returns (the new original's id, or None for an
    empty family; ``{claim_id: [before, after]}`` of the statuses that moved). The one
    home of this rule, for ingest (a new version first, or two families joined:
    :func:`record_copy`), the reordering after a date edit (:func:`reorder_copies`) and
    the copies of a deleted original (``corrections``)."""
    if not family:
        return None, {}
    first, *rest = sorted(family, key=_family_order)
    changed = [member for member in rest if member.copy_of_id != first.id]
    if first.copy_of_id is None and not changed:
        return int(first.id), {}
    conn.execute(
        sa.update(documents_t)
        .where(documents_t.c.id == first.id)
        .values(copy_of_id=None, copy_similarity=None)
    )
    shingled = syndication.shingles(first.text)
    for member in changed:
        conn.execute(
            sa.update(documents_t)
            .where(documents_t.c.id == member.id)
            .values(copy_of_id=first.id, copy_similarity=_similarity(shingled, member.text))
        )
    return int(first.id), rejudge_documents(
        conn, sorted({int(first.id), *(int(member.id) for member in changed)})
    )


def rejudge_documents(conn: Connection, document_ids: Sequence[int]) -> dict[int, list[str]]:
    """Recompute ``independent`` for every match of these documents' claims, and the
    statuses of both sides of each, inside ``conn``'s transaction.

    Called when a family of near-copies gets another original (a new version sorts
    first by :func:`syndication.original_key`, or the original is deleted): a copy
    depends on its original's outlet, so the family's matches are judged again.
    Returns ``{claim_id: [before, after]}`` for the claims whose status changed.
    """
    return _rejudge_claims(
        conn, sa.select(claims_t.c.id).where(in_ids(claims_t.c.document_id, document_ids))
    )


def claim_facts(
    conn: Connection, claim_ids: Sequence[int]
) -> dict[int, tuple[str, DocumentOrigin]]:
    """claim id → (claim text, where its document comes from), in one query per chunk."""
    return _facts_and_frames(conn, claim_ids, with_frames=False)[0]


class ClaimCache:
    """What matching reads of stored claims (text, document origin, frame), kept from one
    document to the next while none of it can change.

    ``rebuild.rematch_all`` keeps one per committed chunk: the chunk holds the ingest
    lock and only writes matches and statuses, so the claims' texts, frames and
    documents stay as read, and a claim that is a candidate of many documents (most are,
    in a rematch) is read once per chunk instead of once per document. Ingest keeps
    none: another writer may change a document's copy or story between two ingests.
    """

    def __init__(self) -> None:
        self.facts: dict[int, tuple[str, DocumentOrigin]] = {}
        self.frames: dict[int, Frame] = {}


def _facts_and_frames(
    conn: Connection,
    claim_ids: Sequence[int],
    *,
    with_frames: bool = True,
    cache: ClaimCache | None = None,
) -> tuple[dict[int, tuple[str, DocumentOrigin]], dict[int, Frame]]:
    """:func:`claim_facts` and :func:`claim_frames` of the same claims from one read of
    their rows: matching needs both for every candidate, and two passes over the same
    ids cost a tenth of a document's matching. With ``cache``, only the claims it does
    not hold yet are read (and added to it); ids not stored are left out either way."""
    if cache is not None and with_frames:
        missing = [cid for cid in claim_ids if cid not in cache.facts]
        if missing:
            read, read_frames = _facts_and_frames(conn, missing)
            cache.facts.update(read)
            cache.frames.update(read_frames)
        held = [cid for cid in claim_ids if cid in cache.facts]
        return (
            {cid: cache.facts[cid] for cid in held},
            {cid: cache.frames[cid] for cid in held},
        )
    texts: dict[int, tuple[str, int]] = {}
    frames: dict[int, Frame] = {}
    for claim_id, text, document_id, stored in _claim_rows(conn, claim_ids, with_frames):
        texts[claim_id] = (text, document_id)
        if with_frames:
            frames[claim_id] = _read_frame(stored, text, claim_id)
    found = document_origins(conn, {doc for _, doc in texts.values()})
    return {cid: (text, found[doc]) for cid, (text, doc) in texts.items()}, frames


def _claim_rows(
    conn: Connection, claim_ids: Iterable[int], with_frames: bool = False
) -> list[tuple[int, str, int, str | None]]:
    """(id, text, document id, stored frame or None) of each stored claim of ``claim_ids``.

    Read through the driver's own cursor (``candidates._driver_rows``): matching reads
    the rows of a thousand or more candidate claims a document, and SQLAlchemy spent
    more on coercing each id of the IN list and rendering its placeholders than the
    read itself took (about 5x on SQLite). Plain integer and text columns only, so no
    type conversion is skipped; the ids are bound values, never spliced into the SQL.
    """
    frame = "frame" if with_frames else "NULL"
    out: list[tuple[int, str, int, str | None]] = []
    for chunk in chunks(sorted(set(claim_ids))):
        sql = (
            f"SELECT id, text, document_id, {frame} FROM claims "
            f"WHERE id IN ({candidates._marks(len(chunk))})"
        )
        out.extend(
            (int(cid), text, int(doc), stored)
            for cid, text, doc, stored in candidates._driver_rows(conn, sql, chunk)
        )
    return out


def document_origins(conn: Connection, document_ids: Iterable[int]) -> dict[int, DocumentOrigin]:
    """document id → its origin, with dependence resolved through copies, credits and groups.

    A document depends on the outlet its credit names, on the original it copies, and on
    that original's outlet and credit; ``groups`` are the owner groups of all of them.
    """
    ids = sorted(set(document_ids))
    docs: dict[int, Any] = {}

    def load(wanted: Iterable[int]) -> None:
        missing = sorted(set(wanted) - set(docs))
        for chunk in chunks(missing):
            for row in conn.execute(
                sa.select(
                    documents_t.c.id,
                    documents_t.c.source_id,
                    documents_t.c.copy_of_id,
                    documents_t.c.depends_on_source_id,
                    documents_t.c.story_id,
                    documents_t.c.published,
                    # Only a person's move (the story the document left) and stories
                    # judged another event are read; other reasons (shared terms and
                    # weights) are not read at all.
                    sa.case(
                        (documents_t.c.story_set_by == "person", documents_t.c.story_reason),
                        (
                            documents_t.c.story_reason.like('%"apart_from"%'),
                            documents_t.c.story_reason,
                        ),
                        else_=None,
                    ).label("moved_reason"),
                ).where(documents_t.c.id.in_(chunk))
            ):
                docs[row.id] = row

    load(ids)
    load(row.copy_of_id for row in list(docs.values()) if row.copy_of_id is not None)
    outlets: dict[int, set[int]] = {}
    for doc_id in ids:
        row = docs[doc_id]
        chain = [row] + ([docs[row.copy_of_id]] if row.copy_of_id in docs else [])
        outlets[doc_id] = {
            source
            for member in chain
            for source in (member.source_id, member.depends_on_source_id)
            if source is not None
        }
    groups: dict[int, str | None] = {}
    every = sorted({s for found in outlets.values() for s in found})
    for chunk in chunks(every):
        for row in conn.execute(
            sa.select(sources_t.c.id, sources_t.c.owner_group).where(sources_t.c.id.in_(chunk))
        ):
            groups[row.id] = row.owner_group
    story_apart = stories_apart(conn, {row.story_id for row in docs.values()})
    out: dict[int, DocumentOrigin] = {}
    for doc_id in ids:
        row = docs[doc_id]
        out[doc_id] = DocumentOrigin(
            doc_id,
            row.source_id,
            groups.get(row.source_id),
            row.copy_of_id,
            depends_on=frozenset(outlets[doc_id] - {row.source_id}),
            groups=frozenset(g for s in outlets[doc_id] if (g := groups.get(s))),
            story_id=row.story_id,
            published=row.published,
            left_story=_left_story(row.moved_reason),
            apart_from=apart_from(row.moved_reason) | story_apart.get(row.story_id, frozenset()),
        )
    return out


def _reason(reason: str | None) -> dict[str, Any]:
    try:
        found = json.loads(reason) if reason else {}
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _left_story(reason: str | None) -> int | None:
    """The story a person moved a document out of, from its ``story_reason``
    (``{"moved_by": "person", "from_story": id}``, written by ``stories.move_document``)."""
    left = _reason(reason).get("from_story")
    return left if isinstance(left, int) else None


def claim_frames(conn: Connection, claim_ids: Sequence[int]) -> dict[int, Frame]:
    """claim id → its frame as stored at ingest (read with its document's context).

    Claims stored before frames were kept (``frame`` NULL) are read from their text
    alone, as ``compare`` would without frames.
    """
    return {
        claim_id: _read_frame(stored, text, claim_id)
        for claim_id, text, _, stored in _claim_rows(conn, claim_ids, with_frames=True)
    }


def _read_frame(stored: str | None, text: str, claim_id: int) -> Frame:
    """A claim's stored frame, or its text read alone for claims stored before frames.

    Raises StorageError naming the row when the stored frame cannot be read
    (:func:`frames.stored_frame`).
    """
    if not stored:
        return frame(text)
    return stored_frame(stored, text, claim_id)


def origins(conn: Connection, claim_ids: Sequence[int]) -> dict[int, DocumentOrigin]:
    return {cid: origin for cid, (_, origin) in claim_facts(conn, claim_ids).items()}


def sql_search(conn: Connection) -> Search:
    """Matching's candidate search in the SQL index (``claim_terms``), with its budget."""

    def search(
        texts: Sequence[str], exclude_claim_ids: Collection[int], limit: int
    ) -> list[list[tuple[int, float]]]:
        return candidates.find_candidates_many(
            conn,
            texts,
            limit=limit,
            exclude_claim_ids=exclude_claim_ids,
            max_postings=POSTINGS_PER_CLAIM,
            pool=POOL_PER_CLAIM,
        )

    return search


def match_claims(
    conn: Connection,
    items: Sequence[tuple[int, str]],
    config: MatchConfig,
    *,
    written: set[tuple[int, int]] | None = None,
    search: Search | None = None,
    cache: ClaimCache | None = None,
) -> set[int]:
    """Find, decide and store the matches of ``items`` among indexed claims.

    :func:`decide_matches` then :func:`store_decisions`. Returns every claim whose
    status was recomputed; the (low, high) claim-id pairs stored are added to
    ``written`` when it is given.
    """
    rows, touched = decide_matches(conn, items, config, search=search, cache=cache)
    store_decisions(conn, rows, touched, written=written)
    return touched


def store_decisions(
    conn: Connection,
    rows: list[dict[str, Any]],
    touched: Collection[int],
    *,
    written: set[tuple[int, int]] | None = None,
) -> None:
    """Write what :func:`decide_matches` decided: upsert the match rows (a pair keeps its
    id) and refresh the statuses of ``touched``; the pairs stored are added to
    ``written`` when it is given. The one writing half of matching: ``rematch --all``
    decides documents in worker processes and stores their decisions here, in order."""
    if rows:
        _upsert_matches(conn, rows)
        if written is not None:
            written.update((r["claim_id"], r["other_claim_id"]) for r in rows)
    refresh_status(conn, touched)


def decide_matches(
    conn: Connection,
    items: Sequence[tuple[int, str]],
    config: MatchConfig,
    *,
    search: Search | None = None,
    cache: ClaimCache | None = None,
) -> tuple[list[dict[str, Any]], set[int]]:
    """Find and decide the matches of ``items`` among indexed claims, writing nothing.

    Returns the match rows to upsert (``matches`` columns but ``id``) and the claims
    whose status is due (the items and every claim a row names). Reads only claims,
    documents, sources and stories, never ``matches``, so the decisions of a document
    do not depend on what was written for the documents before it: ``rematch --all``
    runs this in worker processes.

    The items themselves must not be in the index yet, so a document never matches
    itself. Candidate texts and origins are fetched once for the whole batch.
    ``search`` replaces the search in the SQL index (:func:`sql_search`), for a caller
    that keeps the index in memory (``rebuild.rematch_all``); ``cache`` keeps what is
    read of stored claims across calls (:class:`ClaimCache`).

    A pair is compared when either claim is in the other's shortlist (the
    ``COMPARED_PER_CLAIM`` best reranked of its ``CANDIDATES_PER_CLAIM`` index
    candidates): the new claim's own shortlist, and the stored claims it would enter
    (:func:`_reverse_pairs`). So which pairs are stored does not depend on which of two
    claims came first.
    """
    if not items:
        return [], set()
    cfg = config
    own_ids = {claim_id for claim_id, _ in items}
    if search is None:
        search = sql_search(conn)
    # One candidate search for the whole document, not one per claim.
    hits = search([text for _, text in items], own_ids, CANDIDATES_PER_CLAIM)
    found = {claim_id: found for (claim_id, _), found in zip(items, hits, strict=True)}
    # Frames are read once per claim at ingest and stored; pairs reuse them as they are.
    own_facts, frames = _facts_and_frames(conn, list(own_ids), cache=cache)
    dependent = {cid for cid in own_ids if not frames[cid].self_contained}
    dependent_stories = {own_facts[cid][1].story_id for cid in dependent if cid in own_facts}
    story_mates = _story_claims(
        conn, [sid for sid in dependent_stories if sid is not None], exclude_claim_ids=own_ids
    )
    others = list(
        {cid for listed in found.values() for cid, _ in listed}
        | {cid for mates in story_mates.values() for cid in mates}
    )
    facts, other_frames = _facts_and_frames(conn, others, cache=cache)
    facts.update(own_facts)
    frames.update(other_frames)
    rows: list[dict[str, Any]] = []
    touched: set[int] = set(own_ids)
    now = _now()
    texts = dict(items)

    differ = _FrameCheck(cfg, texts, facts, frames)
    families: dict[int, syndication.Reprints] = {}

    def decide(claim_id: int, other_id: int) -> None:
        if set_apart(facts[claim_id][1], facts[other_id][1]):
            return  # a person moved one document out of the other's story
        if _two_sentences_of_one_article(conn, claim_id, other_id, facts, families):
            return  # one voice: the family's only pairs are a sentence and its reprint
        # Only pairs the frame check let through come here (the shortlist is drawn
        # from them), so the full comparison is what is left to run.
        # Compared in stored order (lower claim id first), as ``rematch`` does, so a stored
        # "figures differ: x vs y" always gives ``claim_id``'s value first (``compare``
        # decides the same either way round; only its words follow the order).
        low, high = sorted((claim_id, other_id))
        text_of = {claim_id: texts[claim_id], other_id: facts[other_id][0]}
        result = _compare(
            text_of[low], text_of[high], differ.key(low), differ.key(high), differ.config_key
        )
        if result.relation == "unrelated":
            return
        apart = independent(facts[claim_id][1], facts[other_id][1])
        relation, held = stored_relation(
            result.relation, result.needs_review, result.later_count, apart
        )
        rows.append(
            {
                "claim_id": low,
                "other_claim_id": high,
                "relation": relation,
                "score": float(result.score),
                "reasons": json.dumps(result.reasons, ensure_ascii=False),
                "needs_review": held,
                "independent": apart,
                "created_at": now,
            }
        )
        touched.add(other_id)

    # Stored claim → {new claim: index score} for every new claim whose candidates hold
    # it, and the pairs left out of the new claim's shortlist, to check the other way.
    near: dict[int, dict[int, float]] = {}
    missed: list[tuple[int, int]] = []
    for claim_id, text in items:
        story = facts[claim_id][1].story_id if claim_id in facts else None
        listed = found[claim_id]
        if claim_id in dependent and story is not None:
            # Claims that only make sense in their article meet claims of their story
            # only; the story's claims join the pool even when the index ranked other
            # stories' identical wording above them.
            held = {cid for cid, _ in listed}
            listed = [hit for hit in listed if facts[hit[0]][1].story_id == story] + [
                (cid, 0.0) for cid in story_mates.get(story, []) if cid not in held
            ]
        for cid, score in found[claim_id]:
            near.setdefault(cid, {})[claim_id] = score
        pool = [
            (cid, facts[cid][0])
            for cid, _ in listed
            if cid in facts
            and _comparable(claim_id in dependent, story, facts[cid][1], frames[cid])
            # a report a person set apart from this story takes no place in the shortlist
            and not (claim_id in facts and set_apart(facts[claim_id][1], facts[cid][1]))
        ]
        if not pool:
            continue
        ranked = candidates.rerank(text, pool, index_scores=dict(listed))
        # The shortlist is the best-ranked candidates that are not two different things
        # by their frames: a look-alike of another event (another bridge, another town)
        # takes no place from a report of this one, so how many look-alikes are stored
        # by the time a claim arrives (the order of ingest) does not decide whether the
        # other report of its event is compared.
        for other_id, place in _shortlist(
            claim_id,
            [(cid, facts[cid][0]) for cid, _ in ranked],
            differ,
            COMPARED_PER_CLAIM + REVERSE_PER_CLAIM,
        ):
            if place < COMPARED_PER_CLAIM:
                decide(claim_id, other_id)
            else:
                missed.append((claim_id, other_id))
    for claim_id, other_id in _reverse_pairs(conn, missed, near, texts, facts, search, differ):
        decide(claim_id, other_id)
    return rows, touched


def stored_relation(
    relation: str, needs_review: bool, later_count: bool, independent_: bool
) -> tuple[str, bool]:
    """The automatic ``(relation, needs_review)`` a match stores for a comparison's
    ``relation`` and ``needs_review`` between documents ``independent_`` of each other.

    A running tally reported again as it grew (``later_count``, ``Comparison.later_count``:
    about 1,200 evacuated on Wednesday, about 3,000 now on Friday) is an update of an
    ongoing tally: between independent outlets no dispute and nothing for a person to
    settle, so ``("unrelated", False)``, stored with its ``later count`` reason and
    counting toward no status; between one outlet's reports (its wire, its owner group)
    a decided conflict, ``("conflicts", False)``: that outlet's revision, which
    supersedes its earlier figure (:func:`superseded`) and disputes nothing (the two are
    not independent). The pair is stored either way, and
    :func:`_rejudge_claims` moves it between the two when the documents' independence
    changes (a near-copy found, an owner group set), so what is stored never turns on
    the order of ingest (docs/matching.md)."""
    if later_count:
        return ("unrelated", False) if independent_ else ("conflicts", False)
    return relation, bool(needs_review)


def _later_count_row(match_id: int, reasons: str | None) -> bool:
    """Whether a stored match's ``reasons`` (JSON list of strings) give a later count."""
    listed = stored_column(reasons, table="matches", column="reasons", row_id=match_id)
    return any(str(r).startswith("later count: ") for r in listed)


def _two_sentences_of_one_article(
    conn: Connection,
    a: int,
    b: int,
    facts: dict[int, tuple[str, DocumentOrigin]],
    families: dict[int, syndication.Reprints],
) -> bool:
    """Whether claims ``a`` and ``b`` are two sentences of one article in two of its
    copies: one sentence of an original (or of a copy) against another sentence of a
    copy of it. A reprint and its original are one voice, and two claims of one article
    are never compared, so such a pair is only noise in the review queue ("do sentence 2
    and sentence 3 of this wire story agree?"). Within one family of copies the pairs
    kept are a sentence and its reprint, and a sentence and a copy's edit of it: the
    pair is two sentences when the two claims are not in the same words
    (``syndication.reprinted_claims``) and the document of either carries the other's
    sentence in its words (so the claim there is another sentence). ``families`` keeps
    each family's reprints (``syndication.stored_reprints``) for the caller's batch,
    read only for pairs within one family."""
    oa, ob = facts[a][1], facts[b][1]
    if oa.original != ob.original or oa.document_id == ob.document_id:
        return False
    reprints = families.get(oa.original)
    if reprints is None:
        reprints = families[oa.original] = syndication.stored_reprints(conn, [oa.document_id])
    if reprints.sentence(a) == reprints.sentence(b):
        return False  # a sentence and its reprint: the twin link
    return (
        ob.document_id in reprints.documents_saying(a)
        or oa.document_id in reprints.documents_saying(b)
    )


class _FrameCheck:
    """``check(a, b)``: whether two claims are two different things by their frames
    (:func:`relation.frames_differ`), once per pair and the same in either order.

    The matcher asks it while drawing shortlists, both its own and, for the symmetric
    rule, a stored claim's; a pair it flags is unrelated for sure and is never compared.
    Claims are looked up in the texts and frames given, and in those :meth:`add` adds.
    """

    def __init__(
        self,
        config: MatchConfig,
        texts: dict[int, str],
        facts: dict[int, tuple[str, DocumentOrigin]],
        frames: dict[int, Frame],
    ) -> None:
        self.config = config
        self.texts = {cid: text for cid, (text, _) in facts.items()} | texts
        self.frames = frames
        self.seen: dict[tuple[int, int], bool] = {}
        self.keys: dict[int, _Same[Frame]] = {}
        self.config_key = _Same(config)

    def add(self, claim_id: int, text: str, frame: Frame) -> None:
        self.texts.setdefault(claim_id, text)
        self.frames.setdefault(claim_id, frame)

    def key(self, claim_id: int) -> _Same[Frame]:
        """The cache key of a claim's frame, made once per claim (see :class:`_Same`)."""
        key = self.keys.get(claim_id)
        if key is None:
            key = self.keys[claim_id] = _Same(self.frames[claim_id])
        return key

    def __call__(self, a: int, b: int) -> bool:
        key = (a, b) if a < b else (b, a)
        found = self.seen.get(key)
        if found is None:
            # relation.frames_differ reads the two claims in a fixed order of their own,
            # so either order of the arguments gives the same answer.
            low, high = key
            keys = self.keys
            found = _frames_differ(
                self.texts[low],
                self.texts[high],
                keys[low] if low in keys else self.key(low),
                keys[high] if high in keys else self.key(high),
                self.config_key,
            )
            self.seen[key] = found
        return found


class _Same(int, Generic[_T]):
    """A cache key for an object by identity: equal only to a key of the same object.

    Frames and configurations are immutable, and a stored claim's frame is one object
    for as long as :func:`frames.stored_frame` keeps it; hashing a frame by value would cost
    a fifth of the check it spares. The key is the object's ``id`` as an ``int``, so
    the caches hash and compare it in C (a Python ``__hash__``/``__eq__`` pair was
    called about a million times in a ``rematch --all`` of 4,000 claims), and it holds
    the object: while a key is cached its object lives, so no other object can have
    that id, and two keys are equal only when they hold the same object.
    """

    obj: _T

    def __new__(cls, obj: _T) -> _Same[_T]:
        key = super().__new__(cls, id(obj))
        key.obj = obj
        return key

@lru_cache(maxsize=FRAME_PAIR_CACHE)
def _frames_differ(
    a: str, b: str, frame_a: _Same[Frame], frame_b: _Same[Frame], config: _Same[MatchConfig]
) -> bool:
    """:func:`relation.frames_differ` of two claims, kept across documents (the frames
    and configuration compared by identity, see :class:`_Same`)."""
    return frames_differ(a, b, config=config.obj, frames=(frame_a.obj, frame_b.obj))


@lru_cache(maxsize=COMPARISON_CACHE)
def _compare(
    a: str, b: str, frame_a: _Same[Frame], frame_b: _Same[Frame], config: _Same[MatchConfig]
) -> Comparison:
    """:func:`relation.compare` of two claims, kept across documents like
    :func:`_frames_differ` (a comparison is immutable and depends on nothing else)."""
    return compare(a, b, config=config.obj, frames=(frame_a.obj, frame_b.obj))


def _reverse_pairs(
    conn: Connection,
    missed: Sequence[tuple[int, int]],
    near: dict[int, dict[int, float]],
    texts: dict[int, str],
    facts: dict[int, tuple[str, DocumentOrigin]],
    search: Search,
    differ: _FrameCheck,
) -> list[tuple[int, int]]:
    """The ``(new claim, stored claim)`` pairs of ``missed`` where the new claim would be
    in the stored claim's shortlist: the symmetric half of the candidate rule.

    Each stored claim's candidates are searched now, as its own ingest did (claims of its
    document left out, ``CANDIDATES_PER_CLAIM`` kept), and the new document's claims
    whose searches found it join them with the index score they share: a pair's index
    score is the sum of the weights of the terms both claims hold, the same from either
    side. The whole list is reranked as the stored claim's own would be, rivals that are
    another thing by their frames (``differ``) take no place, as in the matcher's own
    shortlist, and the new claim must reach the first ``COMPARED_PER_CLAIM``. Bounded:
    one search per stored claim that some new claim found but did not shortlist (at most
    ``REVERSE_PER_CLAIM`` per new claim), and frame checks only of the rivals ranked
    above a new claim, never a scan. Stories are not applied to the stored claim's
    rivals, so the check can only be stricter than its real shortlist, never wider.
    """
    stored = sorted({other_id for _, other_id in missed})
    if not stored:
        return []
    own_ids = set(texts)
    lists = search([facts[s][0] for s in stored], own_ids, REVERSE_SEARCH_LIMIT)
    rivals = {cid for listed in lists for cid, _ in listed} - facts.keys()
    rows: dict[int, tuple[str, int]] = {}
    for cid, (text, document, rival_frame) in _texts_documents_frames(conn, rivals).items():
        rows[cid] = (text, document)
        differ.add(cid, text, rival_frame)
    # Only the claims the walk below looks up: the stored claims and their candidates
    # (``facts`` holds every candidate and story mate of the whole document).
    for cid in {cid for listed in lists for cid, _ in listed}.union(stored):
        if cid in facts:
            text, origin = facts[cid]
            rows[cid] = (text, origin.document_id)
    rows.update({cid: (text, -1) for cid, text in texts.items()})
    asked: dict[int, set[int]] = {}
    for new_id, stored_id in missed:
        asked.setdefault(stored_id, set()).add(new_id)
    reached: set[tuple[int, int]] = set()
    for stored_id, listed in zip(stored, lists, strict=True):
        document = rows[stored_id][1]
        # Its candidates as its own search would rank them with the new claims indexed:
        # best score first; on a tie a new claim, indexed after every stored one, last.
        ranked_ids = sorted(
            [
                (-score, 0, cid)
                for cid, score in listed
                if cid != stored_id and cid in rows and rows[cid][1] != document
            ]
            + [(-score, 1, new_id) for new_id, score in near.get(stored_id, {}).items()]
        )
        if len(ranked_ids) > CANDIDATES_PER_CLAIM:
            # Claims tied with the last kept all stay, as in the search (``candidates._top``).
            floor = ranked_ids[CANDIDATES_PER_CLAIM - 1][0]
            ranked_ids = [key for key in ranked_ids if key[0] <= floor]
        scores = {cid: -negated for negated, _, cid in ranked_ids}
        pool = [(cid, rows[cid][0]) for cid in scores]
        waiting = set(asked[stored_id])
        reranked = candidates.rerank(rows[stored_id][0], pool, index_scores=scores)
        for cid, _place in _shortlist(
            stored_id, [(cid, rows[cid][0]) for cid, _ in reranked], differ, COMPARED_PER_CLAIM
        ):
            if not waiting:
                break
            if cid in waiting:
                reached.add((cid, stored_id))
                waiting.discard(cid)
    return [pair for pair in missed if pair in reached]


@lru_cache(maxsize=COMPARISON_CACHE)
def _wording(text: str) -> str:
    """A claim's words as a twin shares them: case and spacing aside.

    Kept per text: every shortlist drawn walks its candidates' wordings, and a stored
    claim is a candidate of many claims (about 80 wordings a claim in ``rematch --all``).
    """
    return " ".join(text.casefold().split())


def _shortlist(
    claim_id: int, ranked: Sequence[tuple[int, str]], differ: _FrameCheck, places: int
) -> Iterator[tuple[int, int]]:
    """``(candidate, place)`` for the candidates of ``claim_id``'s shortlist of
    ``places`` places; ``ranked`` is its candidates (id, text), best-ranked first.

    A candidate that is another thing by its frame (``differ``) takes no place. Twins —
    candidates worded exactly alike (:func:`_wording`), such as a wire sentence every
    outlet prints or a desk's boilerplate — share the place of the first of them: all
    are in the shortlist or none. Otherwise a group of twins wider than the shortlist
    would fill it, and whether the next wording is compared would depend on how many
    twins happen to be stored when a claim arrives, that is on the order of ingest.
    Twins are ranked alike (the same terms, the same rerank score), so the cost is
    bounded by the candidates given; a pair of twins is still compared claim by claim,
    as each twin's frame carries its own document's context.
    """
    place_of: dict[str, int] = {}
    for cid, text in ranked:
        key = _wording(text)
        place = place_of.get(key)
        if place is None and len(place_of) >= places:
            continue  # the shortlist is full; only twins of its wordings still join
        if differ(claim_id, cid):
            continue
        if place is None:
            place = place_of[key] = len(place_of)
        yield cid, place


def _texts_documents_frames(
    conn: Connection, claim_ids: Collection[int]
) -> dict[int, tuple[str, int, Frame]]:
    """claim id → (text, document id, stored frame), in one query per chunk."""
    return {
        claim_id: (text, document_id, _read_frame(stored, text, claim_id))
        for claim_id, text, document_id, stored in _claim_rows(conn, claim_ids, True)
    }


def _comparable(dependent: bool, story: int | None, other: DocumentOrigin, frame: Frame) -> bool:
    """Whether two claims may be compared at all, given their stories.

    A claim whose frame is not self-contained ("No deaths have been reported.", "He has
    pleaded not guilty.") says nothing about another story's event, whichever side of the
    pair it is on; claims outside any story are compared with all.
    """
    if story is None or other.story_id is None or story == other.story_id:
        return True
    return not dependent and frame.self_contained


def _story_claims(
    conn: Connection, story_ids: Iterable[int], *, exclude_claim_ids: Collection[int] = ()
) -> dict[int, list[int]]:
    """story id → its most recent claims (at most ``STORY_POOL``), for dependent claims.

    Most recent by their documents' publication dates (undated last), then by their
    words, then (claims of one date worded alike) by their documents' content: the
    SHA-256 of the text, the outlet's name, the claim's place in it. Never by id, which
    follows the order of ingest, so which of a long story's claims a dependent claim
    meets does not turn on which were stored first."""
    out: dict[int, list[int]] = {}
    excluded = set(exclude_claim_ids)
    for story_id in sorted(set(story_ids)):
        ids = conn.execute(
            sa.select(claims_t.c.id)
            .join(documents_t, documents_t.c.id == claims_t.c.document_id)
            .join(sources_t, sources_t.c.id == documents_t.c.source_id)
            .where(documents_t.c.story_id == story_id)
            .order_by(
                documents_t.c.published.desc().nulls_last(),
                claims_t.c.text,
                documents_t.c.sha256,
                sources_t.c.name,
                claims_t.c.position,
            )
            .limit(STORY_POOL + len(excluded))
        ).scalars()
        out[story_id] = [cid for cid in ids if cid not in excluded][:STORY_POOL]
    return out


def claim_texts(conn: Connection, claim_ids: Sequence[int]) -> dict[int, str]:
    out = {claim_id: text for claim_id, text, _, _ in _claim_rows(conn, claim_ids)}
    return {cid: out[cid] for cid in claim_ids if cid in out}


def _upsert_matches(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Insert new pairs; a pair already stored is decided again in place.

    Updating in place keeps the match's id, which people cite (``factcheck decide``) and
    which a person's decision in ``reviews`` hangs on; a pair that was dropped before
    (:func:`drop_matches`) is inserted under its old id again. ``ON CONFLICT`` on the
    unique pair is one index probe per row on both engines, where deleting a tuple list of
    pairs first made SQLite scan the whole ``matches`` table.
    """
    unique = {(r["claim_id"], r["other_claim_id"]): r for r in rows}
    insert = upsert_insert(conn)(matches_t)
    statement = insert.on_conflict_do_update(
        index_elements=[matches_t.c.claim_id, matches_t.c.other_claim_id],
        set_={
            column: insert.excluded[column]
            for column in ("relation", "score", "reasons", "needs_review", "independent")
        },
    )
    # Sorted so that concurrent PostgreSQL writers lock pairs in the same order.
    ordered = [unique[key] for key in sorted(unique)]
    for chunk in chunks(ordered):
        returning = _retired_ids(conn, [(r["claim_id"], r["other_claim_id"]) for r in chunk])
        fresh = [r for r in chunk if (r["claim_id"], r["other_claim_id"]) not in returning]
        if fresh:
            conn.execute(statement, fresh)
        if returning:
            # An explicit id below the sequence is fine on both engines: it was handed
            # out to this pair before, and a sequence never hands it out again (0012).
            back = [
                {**r, "id": returning[(r["claim_id"], r["other_claim_id"])]}
                for r in chunk
                if (r["claim_id"], r["other_claim_id"]) in returning
            ]
            conn.execute(statement, back)
            conn.execute(
                sa.delete(retired_t).where(
                    retired_t.c.match_id.in_(sorted(returning.values()))
                )
            )


def _retired_ids(conn: Connection, pairs: Sequence[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """``{(claim_id, other_claim_id): match_id}`` for those of ``pairs`` matching dropped.

    Read by ``claim_id`` (the leading column of the table's primary key, one index range
    per claim) and filtered here, at most ``chunks``' size of pairs at a time.
    """
    wanted = set(pairs)
    if not wanted:
        return {}
    rows = conn.execute(
        sa.select(retired_t.c.claim_id, retired_t.c.other_claim_id, retired_t.c.match_id).where(
            retired_t.c.claim_id.in_(sorted({a for a, _ in wanted}))
        )
    )
    return {
        (row.claim_id, row.other_claim_id): int(row.match_id)
        for row in rows
        if (row.claim_id, row.other_claim_id) in wanted
    }


def drop_matches(conn: Connection, pairs: Sequence[Any]) -> None:
    """Delete these matches, keeping each pair's id for the day it is found again.

    ``pairs`` are rows with ``id``, ``claim_id`` and ``other_claim_id`` of matches whose
    two claims live on (matching no longer finds the pair: a document moved to another
    story, a rematch). Each id goes into ``retired_matches``; :func:`_upsert_matches` gives
    it back to the same pair and to no other, so ``decide 12`` or a note citing match 12
    names one pair for the life of its claims. Callers never pass a match a person has
    decided: such a match is kept (its decision still counts), so no decision is left
    behind on a dropped pair. Deleting the claims themselves is :func:`forget_retired`.
    """
    rows = sorted(
        (
            {
                "claim_id": int(p.claim_id),
                "other_claim_id": int(p.other_claim_id),
                "match_id": int(p.id),
            }
            for p in pairs
        ),
        key=lambda r: (r["claim_id"], r["other_claim_id"]),
    )
    if not rows:
        return
    insert = upsert_insert(conn)(retired_t)
    # A pair retired once, found again and dropped again holds the same id; the update
    # only matters for a store whose ids were already renumbered before this table existed.
    statement = insert.on_conflict_do_update(
        index_elements=[retired_t.c.claim_id, retired_t.c.other_claim_id],
        set_={"match_id": insert.excluded.match_id},
    )
    for chunk in chunks(rows):
        conn.execute(
            sa.delete(matches_t).where(matches_t.c.id.in_([r["match_id"] for r in chunk]))
        )
        conn.execute(statement, chunk)


def forget_retired(conn: Connection, claim_ids: Iterable[int]) -> int:
    """Delete the retired match ids of these claims (they are being deleted); returns how
    many. The ids themselves are never handed out again (the sequences never go back)."""
    ids = sorted(set(claim_ids))
    gone = 0
    for chunk in chunks(ids):
        gone += conn.execute(
            sa.delete(retired_t).where(
                sa.or_(retired_t.c.claim_id.in_(chunk), retired_t.c.other_claim_id.in_(chunk))
            )
        ).rowcount
    return gone


def original_document(documents: Any) -> Any:
    """SQL: the original a document of ``documents`` (the table or an alias) is a copy
    of, or the document itself: two reports with one original are one text."""
    return sa.func.coalesce(documents.c.copy_of_id, documents.c.id)


def held_match(
    claim_id: Any,
    *,
    relation: str | None = None,
    would_count: bool = False,
    answerable: bool = False,
) -> Any:
    """SQL EXISTS: a match of this claim (an id or a column) is held and undecided.

    Held means ``needs_review`` with no person's decision in ``reviews``; with
    ``relation``, only held matches of that automatic relation count. ``would_count``
    keeps only matches that would change the claim's status once decided: those with an
    independent source (``matches.independent``, the rule ``claim_status`` applies) — a
    held conflict with a copy or the same outlet's later report disputes nothing.
    ``answerable`` keeps the matches whose answer can change a status at all: those with
    an independent source, and those between two reports of one source that are not
    copies of one original (a decided conflict there is the source's update,
    :func:`superseded`); a held pair of an original and its own reprint is answered by
    nothing a person says, so the review queue does not ask it.
    """
    query = (
        sa.select(matches_t.c.id)
        .outerjoin(reviews_t, reviews_t.c.match_id == matches_t.c.id)
        .where(
            matches_t.c.needs_review,
            reviews_t.c.id.is_(None),
            sa.or_(matches_t.c.claim_id == claim_id, matches_t.c.other_claim_id == claim_id),
        )
    )
    if relation is not None:
        query = query.where(matches_t.c.relation == relation)
    if would_count:
        query = query.where(matches_t.c.independent)
    if answerable:
        one_c, two_c = claims_t.alias("held_one_c"), claims_t.alias("held_two_c")
        one_d, two_d = documents_t.alias("held_one_d"), documents_t.alias("held_two_d")
        query = (
            query.join(one_c, one_c.c.id == matches_t.c.claim_id)
            .join(two_c, two_c.c.id == matches_t.c.other_claim_id)
            .join(one_d, one_d.c.id == one_c.c.document_id)
            .join(two_d, two_d.c.id == two_c.c.document_id)
            .where(
                sa.or_(
                    matches_t.c.independent,
                    original_document(one_d) != original_document(two_d),
                )
            )
        )
    return query.exists()


def decided_match_ids(conn: Connection) -> set[int]:
    """Matches a person has decided: matching re-decides them but never drops them."""
    return set(conn.execute(sa.select(reviews_t.c.match_id)).scalars())


def _conflicting() -> Any:
    """SQL: a match that stands as a conflict — a person decided ``conflicts``, or no one
    decided and the automatic relation is ``conflicts`` (held or not)."""
    return sa.or_(
        reviews_t.c.decision == "conflicts",
        sa.and_(reviews_t.c.id.is_(None), matches_t.c.relation == "conflicts"),
    )


def superseded(conn: Connection, claim_ids: Iterable[int]) -> set[int]:
    """The claims among these that their own source has superseded.

    A claim is superseded when a conflict stands between it and a claim of a document it
    is not independent of (``matches.independent`` false: the same outlet, its wire, its
    owner group) that was published later — an update of the story, in the words of
    ``independence.revision``. A reprint's edit supersedes nothing (the two documents
    share an original), nor does a report of the same or an unknown date. Only a
    conflict that stands supersedes: decided automatically (an outlet's own higher count
    of a running tally a day later is stored decided, :func:`stored_relation`) or by a
    person. A conflict held for review changes no status until a person decides (README):
    it may be two measures ("demanding 9%" / "accepted 6%") or a look-alike of another
    event, and whether such a pair is compared at all can turn on how many look-alikes
    were stored before it (the order of ingest, docs/scale.md). A person's decision that
    the pair is a conflict counts; one that it is not ends it.
    """
    ids = sorted(set(claim_ids))
    found: set[int] = set()
    mine_c = claims_t.alias("mine_c")
    other_c = claims_t.alias("other_c")
    mine_d = documents_t.alias("mine_d")
    other_d = documents_t.alias("other_d")

    for chunk in chunks(ids):
        # Both sides of the pairs in one statement (a UNION of two indexed searches).
        sides = [
            sa.select(side.label("cid"))
            .select_from(matches_t)
            .outerjoin(reviews_t, reviews_t.c.match_id == matches_t.c.id)
            .join(mine_c, mine_c.c.id == side)
            .join(mine_d, mine_d.c.id == mine_c.c.document_id)
            .join(other_c, other_c.c.id == other)
            .join(other_d, other_d.c.id == other_c.c.document_id)
            .where(
                side.in_(chunk),
                sa.not_(matches_t.c.independent),
                _conflicting(),
                # a held conflict supersedes nothing: it changes no status until a
                # person decides (README)
                sa.or_(
                    reviews_t.c.decision.is_not(None),
                    sa.not_(matches_t.c.needs_review),
                ),
                other_d.c.published > mine_d.c.published,
                original_document(mine_d) != original_document(other_d),
            )
            for side, other in (
                (matches_t.c.claim_id, matches_t.c.other_claim_id),
                (matches_t.c.other_claim_id, matches_t.c.claim_id),
            )
        ]
        found.update(int(cid) for cid in conn.execute(sa.union(*sides)).scalars())
    return found


class _Link(NamedTuple):
    """One stored match as seen from one of its claims: the claim at the other end and
    what the status reads of the match (a person's decision overrides the relation)."""

    other: int
    relation: str
    independent: bool
    needs_review: bool
    decision: str | None


def _links(conn: Connection, claim_ids: Iterable[int]) -> dict[int, list[_Link]]:
    """claim id → its stored links, from either side of ``matches``, for each of these.

    One statement per chunk of claims: the two sides are read as one ``UNION ALL`` of
    two searches of the covering link indexes (``ix_matches_claim_links``,
    ``ix_matches_other_claim_links``), and everything the status refresh needs — the
    partners, which claims depend on a partner's document, the kinds of link — comes
    from these rows. Before, partners, dependence and links were each read apart, six
    statements a chunk for the same rows.
    """
    ids = sorted(set(claim_ids))
    out: dict[int, list[_Link]] = {cid: [] for cid in ids}
    for chunk in chunks(ids):
        sides = [
            sa.select(
                side.label("cid"),
                other.label("other"),
                matches_t.c.relation,
                matches_t.c.independent,
                matches_t.c.needs_review,
                reviews_t.c.decision,
            )
            .select_from(matches_t)
            .outerjoin(reviews_t, reviews_t.c.match_id == matches_t.c.id)
            .where(side.in_(chunk))
            for side, other in (
                (matches_t.c.claim_id, matches_t.c.other_claim_id),
                (matches_t.c.other_claim_id, matches_t.c.claim_id),
            )
        ]
        for cid, other_id, relation, independent_, needs_review, decision in conn.execute(
            sa.union_all(*sides)
        ):
            out[int(cid)].append(
                _Link(int(other_id), relation, bool(independent_), bool(needs_review), decision)
            )
    return out


def _neighbours(links: dict[int, list[_Link]]) -> set[int]:
    """The partners of the claims in ``links`` that have a match to a document they are
    not independent of: the only claims whose superseded state a change of their
    matches can move, so their partners' statuses move with it."""
    return {
        link.other
        for found in links.values()
        if any(not link.independent for link in found)
        for link in found
    }


def status_neighbours(conn: Connection, claim_ids: Iterable[int]) -> set[int]:
    """These claims plus the claims whose status may move with theirs.

    A claim's status reads its partners' superseded state (:func:`superseded`), which
    moves with the claim's matches to documents it depends on; so when such a claim's
    matches change, its partners' statuses are due too. Only those claims (rare: a
    same-outlet update, a reprint, a wire copy) bring their partners in.
    """
    ids = set(claim_ids)
    return ids | _neighbours(_links(conn, ids))


# Where the journals open on a connection live (``Connection.info``): a stack, as one
# correction may run inside another's transaction.
_JOURNALS = "factcheck.status_journals"


class StatusJournal:
    """Every status :func:`refresh_status` writes on one connection while the journal is
    open (:func:`status_journal`), as ``{claim_id: [before, after]}``.

    The only writer of ``claims.status`` records what it changes, so a correction's
    history rows name exactly the claims whose status moved — a claim reached through
    a superseded partner or a merged story's neighbour included — with the status each
    really had before, never one reconstructed from the links afterwards.
    """

    def __init__(self) -> None:
        self._moves: dict[int, list[str]] = {}

    def record(self, claim_id: int, before: str, after: str) -> None:
        """One write: the first ``before`` and the last ``after`` of a claim are kept."""
        moved = self._moves.setdefault(claim_id, [before, after])
        moved[1] = after

    def changes(self, *, dropped: Collection[int] = ()) -> dict[int, list[str]]:
        """``{claim_id: [before, after]}`` by id for each claim whose status differs at
        the end (a status moved and moved back is no change), leaving out ``dropped``
        (claims deleted meanwhile: their history goes with them)."""
        return {
            cid: list(moved)
            for cid, moved in sorted(self._moves.items())
            if moved[0] != moved[1] and cid not in dropped
        }


@contextmanager
def status_journal(conn: Connection) -> Iterator[StatusJournal]:
    """Open a :class:`StatusJournal` on ``conn`` for the ``with`` block: every status
    :func:`refresh_status` changes meanwhile is recorded in it (and in any journal
    opened around it)."""
    journal = StatusJournal()
    stack: list[StatusJournal] = conn.info.setdefault(_JOURNALS, [])
    stack.append(journal)
    try:
        yield journal
    finally:
        stack.remove(journal)


def refresh_status(conn: Connection, claim_ids: Iterable[int], *, also: Iterable[int] = ()) -> None:
    """Recompute the status of these claims — and of the partners of those among them
    whose superseded state may have moved (:func:`status_neighbours`, read as the
    matches are now) — and of the claims ``also`` names, from their stored matches.

    ``also`` is what a caller read before its change: ``status_neighbours`` of the
    claims whose matches it was about to change, so a partner that a dropped or
    re-judged match leaves behind is refreshed too. Only ``claim_ids`` are widened to
    their neighbours; ``also`` is taken as it is (widening it again would refresh the
    neighbours of neighbours, whose links did not change).

    A much-repeated claim can have hundreds of matches; they are read in chunks of
    claims and folded into a few kinds of link per claim, which ``claim_status``
    decides from. Every statement binds at most one chunk of ids, however many claims
    are superseded.
    """
    first = set(claim_ids)
    links = _links(conn, first)
    ids = first | _neighbours(links) | set(also)
    # The links of the neighbours and of ``also`` that were not read with the claims.
    links.update(_links(conn, ids - links.keys()))
    # Who is superseded among these claims and every claim they are matched with.
    gone = superseded(conn, ids | {link.other for cid in ids for link in links[cid]})
    # One set per claim: links alike (same kind, same superseded flag) count once, as
    # ``claim_status`` reads neither their number nor their order. The flag is read here,
    # not in SQL, so no statement carries the superseded claims as a parameter list (a
    # full ``rematch`` can hold more of them than SQLite binds in one statement).
    wanted: dict[int, str] = {}
    for cid in sorted(ids):
        kinds = {
            (
                link.relation,
                link.independent,
                link.needs_review,
                link.decision,
                cid in gone or link.other in gone,
            )
            for link in links[cid]
        }
        wanted[cid] = claim_status(MatchLink(*kind) for kind in kinds)
    # Only the claims whose status moves are written: one read of the current statuses,
    # then one statement for all of them (an executemany), not one per status.
    moved = [
        (cid, before, wanted[cid])
        for cid, before in statuses(conn, wanted).items()
        if before != wanted[cid]
    ]
    journals: list[StatusJournal] = conn.info.get(_JOURNALS) or []
    for cid, before, after in moved:
        for journal in journals:
            journal.record(cid, before, after)
    if moved:
        conn.execute(
            sa.update(claims_t)
            .where(claims_t.c.id == sa.bindparam("claim"))
            .values(status=sa.bindparam("new_status")),
            [{"claim": cid, "new_status": after} for cid, _, after in moved],
        )


def statuses(conn: Connection, claim_ids: Iterable[int]) -> dict[int, str]:
    """The stored status of each of these claims (unknown ids are left out)."""
    out: dict[int, str] = {}
    for chunk in chunks(sorted(set(claim_ids))):
        rows = conn.execute(
            sa.select(claims_t.c.id, claims_t.c.status).where(claims_t.c.id.in_(chunk))
        )
        out.update({row.id: row.status for row in rows})
    return out


def status_changes(before: dict[int, str], after: dict[int, str]) -> dict[int, list[str]]:
    """``{claim_id: [before, after]}`` for the claims whose status differs, by id.

    A claim missing from ``after`` (deleted meanwhile) is not a change of status.
    """
    return {
        cid: [before[cid], after[cid]]
        for cid in sorted(before)
        if cid in after and before[cid] != after[cid]
    }


def set_stories_apart(conn: Connection, document_id: int, story_id: int | None) -> set[int]:
    """Drop the automatic matches between ``story_id`` and the stories ``document_id``
    (just placed in it) judged another event than it and no other document of the story
    had: what :func:`stories_apart` now holds for the whole story holds for the pairs
    stored before the judgment too. Returns the claims whose status was refreshed.

    Without it, a pair of two look-alike events' reports compared before a later report
    judged the two stories apart stayed stored, and one compared after it did not, so
    the stored pairs turned on the order of ingest. A match a person has decided is kept
    (its decision stands). Reads the story's claims and their links (index ranges).
    """
    if story_id is None:
        return set()
    judged = apart_from(
        conn.execute(
            sa.select(documents_t.c.story_reason).where(documents_t.c.id == document_id)
        ).scalar()
    )
    new = judged - stories_apart(conn, [story_id], without_document=document_id).get(
        story_id, frozenset()
    ) - {story_id}
    if not new:
        return set()
    mine = [
        int(cid)
        for cid in conn.execute(
            sa.select(claims_t.c.id)
            .join(documents_t, documents_t.c.id == claims_t.c.document_id)
            .where(documents_t.c.story_id == story_id, documents_t.c.id != document_id)
        ).scalars()
    ]
    reviewed = sa.select(reviews_t.c.match_id)
    links: list[Any] = []
    for chunk in chunks(mine):
        for column in (matches_t.c.claim_id, matches_t.c.other_claim_id):
            links.extend(
                conn.execute(
                    sa.select(matches_t.c.id, matches_t.c.claim_id, matches_t.c.other_claim_id)
                    .where(column.in_(chunk), matches_t.c.id.not_in(reviewed))
                ).all()
            )
    ends = sorted({cid for row in links for cid in (row.claim_id, row.other_claim_id)})
    story_of = {cid: origin.story_id for cid, origin in origins(conn, ends).items()}
    gone = {
        row.id: row
        for row in links
        if {story_of.get(row.claim_id), story_of.get(row.other_claim_id)} & new
    }
    if not gone:
        return set()
    touched = {cid for row in gone.values() for cid in (row.claim_id, row.other_claim_id)}
    # Read before the pairs go: a claim that loses its match to its own outlet's report
    # is superseded no more, and its partners' statuses read that.
    neighbours = status_neighbours(conn, touched)
    drop_matches(conn, list(gone.values()))
    refresh_status(conn, touched, also=neighbours)
    return touched | neighbours


def rematch_no_longer_apart(
    conn: Connection,
    before: Mapping[int, frozenset[int]],
    config: MatchConfig,
    *,
    done: Collection[int] = (),
) -> set[int]:
    """Match again the claims of stories a judgment no longer holds apart; return the
    claims whose status was refreshed.

    ``before`` is :func:`stories_apart` of the stories a correction touches, read before
    it (the stories a moved or deleted document was in). A judgment that held two
    stories apart lives on the documents that made it (``apart_from``): when they move
    (``documents move``, ``stories merge``) or go (``documents delete``), the stories
    are apart no more, and the pairs :func:`set_stories_apart` dropped between them
    must come back, as a fresh ingest of the same documents would have them. Each
    story that held a lost judgment (and still exists) is matched again
    (:func:`rematch_documents`), except the documents in ``done`` (the caller matches
    those anyway). Reads the stories' documents (index ranges).
    """
    if not before:
        return set()
    others = {sid for apart in before.values() for sid in apart}
    after = stories_apart(conn, set(before) | others)
    lost = [
        story_id
        for story_id, apart in sorted(before.items())
        if any(
            other not in after.get(story_id, frozenset())
            and story_id not in after.get(other, frozenset())
            for other in apart
        )
    ]
    if not lost:
        return set()
    documents = [
        int(doc_id)
        for doc_id in conn.execute(
            sa.select(documents_t.c.id)
            .where(documents_t.c.story_id.in_(lost))
            .order_by(documents_t.c.id)
        ).scalars()
        if doc_id not in set(done)
    ]
    return rematch_documents(conn, documents, config) if documents else set()


def rejudge_independence(conn: Connection, source_id: int) -> dict[int, list[str]]:
    """Recompute ``independent`` for every match of this outlet's claims, and their statuses.

    Called after an outlet's owner group changes: agreement with a sister paper was never
    evidence, so its matches stop counting towards corroboration at once. Returns the
    claims whose status changed, ``{claim_id: [before, after]}`` (see ``status_changes``),
    so the caller can write each one into the history.
    """
    return _rejudge_claims(
        conn,
        sa.select(claims_t.c.id)
        .join(documents_t, documents_t.c.id == claims_t.c.document_id)
        .where(documents_t.c.source_id == source_id),
    )


def _rejudge_claims(conn: Connection, claim_ids: Any) -> dict[int, list[str]]:
    """Recompute ``independent`` for every match of the claims ``claim_ids`` selects (a
    SQL ``SELECT`` of claim ids), and the statuses of both sides of each.

    Returns ``{claim_id: [before, after]}`` for the claims whose status changed.
    """
    pairs = conn.execute(
        sa.select(
            matches_t.c.id,
            matches_t.c.claim_id,
            matches_t.c.other_claim_id,
            matches_t.c.independent,
            matches_t.c.reasons,
        ).where(
            sa.or_(
                matches_t.c.claim_id.in_(claim_ids),
                matches_t.c.other_claim_id.in_(claim_ids),
            )
        )
    ).all()
    found = origins(conn, sorted({p.claim_id for p in pairs} | {p.other_claim_id for p in pairs}))
    # Read before the flags change: a claim whose last match to its own outlet becomes
    # independent is superseded no more, and its partners' statuses read that.
    due = status_neighbours(conn, found)
    with status_journal(conn) as journal:
        for pair in pairs:
            now = independent(found[pair.claim_id], found[pair.other_claim_id])
            if bool(pair.independent) != now:
                values: dict[str, Any] = {"independent": now}
                if _later_count_row(pair.id, pair.reasons):
                    # an update of a tally: the outlet's revision, or no dispute at all
                    values["relation"], values["needs_review"] = stored_relation(
                        "conflicts", True, True, now
                    )
                conn.execute(sa.update(matches_t).where(matches_t.c.id == pair.id).values(**values))
        refresh_status(conn, found, also=due)
    return journal.changes()


def rematch(
    conn: Connection,
    config: MatchConfig,
    *,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Decide the stored pairs again with the current configuration, inside ``conn``'s
    transaction (after a threshold or lexicon change).

    A pair found again keeps its match id, and a match a person has decided is never
    dropped (its decision still counts). Matching every claim afresh is
    ``rebuild.rematch_all``, which commits in chunks.
    """
    before = {
        row.id: row.status for row in conn.execute(sa.select(claims_t.c.id, claims_t.c.status))
    }
    _redecide_pairs(conn, config, progress)
    refresh_status(conn, before)
    after = {
        row.id: row.status for row in conn.execute(sa.select(claims_t.c.id, claims_t.c.status))
    }
    pairs = conn.execute(sa.select(sa.func.count()).select_from(matches_t)).scalar_one()
    changed = sum(1 for cid, status in after.items() if before.get(cid) != status)
    return {"claims": len(after), "matches": int(pairs), "status_changed": changed}


def _redecide_pairs(
    conn: Connection, config: MatchConfig, progress: Progress | None = None
) -> None:
    pairs = conn.execute(
        sa.select(
            matches_t.c.id,
            matches_t.c.claim_id,
            matches_t.c.other_claim_id,
            matches_t.c.independent,
        )
    ).all()
    texts = claim_texts(
        conn, sorted({p.claim_id for p in pairs} | {p.other_claim_id for p in pairs})
    )
    frames = claim_frames(conn, list(texts))
    decided = decided_match_ids(conn)
    for done, pair in enumerate(pairs):
        if progress is not None and done % 100 == 0:
            progress(done, len(pairs))
        result = compare(
            texts[pair.claim_id],
            texts[pair.other_claim_id],
            config=config,
            frames=(frames[pair.claim_id], frames[pair.other_claim_id]),
        )
        if result.relation == "unrelated":
            if pair.id in decided:
                continue  # the person's decision stands on a pair matching no longer sees
            drop_matches(conn, [pair])
            continue
        relation, held = stored_relation(
            result.relation, result.needs_review, result.later_count, bool(pair.independent)
        )
        conn.execute(
            sa.update(matches_t)
            .where(matches_t.c.id == pair.id)
            .values(
                relation=relation,
                score=float(result.score),
                reasons=json.dumps(result.reasons, ensure_ascii=False),
                needs_review=held,
            )
        )
    if progress is not None:
        progress(len(pairs), len(pairs))


def rematch_documents(
    conn: Connection, document_ids: Iterable[int], config: MatchConfig
) -> set[int]:
    """Match these documents' claims afresh, after they moved to another story.

    The claims are matched against the store again, so a context-dependent claim meets
    its new story and leaves its old one. A pair found again keeps its match id (people
    cite it: ``factcheck decide MATCH_ID``); a stored pair not found again is dropped
    (:func:`drop_matches`: its id comes back if the pair is found again later), except one
    a person has reviewed, which keeps its decision. Every claim whose status
    may have changed is refreshed; returns them.
    """
    touched: set[int] = set()
    # Read before any pair goes (below), and refreshed as they are, not widened again.
    neighbours: set[int] = set()
    reviewed = sa.select(reviews_t.c.match_id)
    for document_id in sorted(set(document_ids)):
        items = [
            (row.id, row.text)
            for row in conn.execute(
                sa.select(claims_t.c.id, claims_t.c.text)
                .where(claims_t.c.document_id == document_id)
                .order_by(claims_t.c.position)
            )
        ]
        old: list[Any] = []
        for chunk in chunks([cid for cid, _ in items]):
            mine = sa.or_(matches_t.c.claim_id.in_(chunk), matches_t.c.other_claim_id.in_(chunk))
            old.extend(
                conn.execute(
                    sa.select(
                        matches_t.c.id, matches_t.c.claim_id, matches_t.c.other_claim_id
                    ).where(mine, matches_t.c.id.not_in(reviewed))
                ).all()
            )
        # Read before a pair goes: a claim that loses its last match to its own outlet's
        # report is superseded no more, and its partners' statuses read that.
        ends = {cid for pair in old for cid in (pair.claim_id, pair.other_claim_id)}
        touched |= ends
        neighbours |= status_neighbours(conn, ends)
        # Matched again before the stale pairs go: a pair found again is updated in place
        # (``_upsert_matches``), so its id stays.
        written: set[tuple[int, int]] = set()
        touched.update(match_claims(conn, items, config, written=written))
        drop_matches(conn, [p for p in old if (p.claim_id, p.other_claim_id) not in written])
    refresh_status(conn, touched, also=neighbours)
    return touched | neighbours
