"""Find the few stored claims worth comparing with a new one.

Comparing a claim with every stored claim costs seconds at a million claims, so matching
runs in two steps: an inverted index of normalised terms proposes a short list, and
rapidfuzz reranks only that list. The index lives in two plain tables (``claim_terms``:
one row per term and claim; ``term_stats``: how many claims hold each term), so it works
the same on SQLite and PostgreSQL without FTS5 or pg_trgm, and a ``psql`` user can read it.

Scoring is a sum of squared IDF weights over shared terms. A query reads the postings of
its rarest terms only, up to a budget of rows: rare terms (names, places, figures) are what
two reports of the same fact share. Its common words are then only checked against the
claims the rare ones found, to reorder them. The budget is what keeps a query's latency
flat as the store grows; docs/scale.md has the reasoning and the measured figures.

``CandidateIndex`` applies the same selection and scoring in memory, for matching a whole
corpus against itself (``rematch --all``) where a query per claim through SQL would be slow.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import simplemma
from rapidfuzz import fuzz, process
from sqlalchemy import Connection, Table, bindparam, func, select

from factcheck.models import ClaimTermRow, TermStatRow, upsert_insert
from factcheck.normalize import lexicon
from factcheck.sqlbounds import chunks

_CLAIM_TERMS: Table = ClaimTermRow.__table__  # type: ignore[attr-defined]
_TERM_STATS: Table = TermStatRow.__table__  # type: ignore[attr-defined]

__all__ = [
    "CORPUS_LIMIT",
    "CORPUS_MAX_POSTINGS",
    "CORPUS_POOL",
    "DEFAULT_LIMIT",
    "DEFAULT_MAX_DF_RATIO",
    "DEFAULT_MAX_POSTINGS",
    "DEFAULT_POOL",
    "INDEX_WEIGHT",
    "TIES_KEPT",
    "CandidateIndex",
    "QueryPlan",
    "add_claims",
    "find_candidates",
    "find_candidates_many",
    "index_terms",
    "index_tokens",
    "match_corpus",
    "remove_claims",
    "rerank",
    "rerank_text",
    "select_terms",
]

DEFAULT_LIMIT = 50
# A query reads at most this many postings. Terms are taken rarest first, so the budget
# only ever cuts the common words, which tell two claims apart least.
DEFAULT_MAX_POSTINGS = 10_000
# Claims found through the rare terms that are then rescored with the common ones too.
DEFAULT_POOL = 500
# A term held by more than this share of the claims says almost nothing about a match.
# It only applies once the index is large (see _MIN_DF_CAP): in a small store every word
# is "frequent" by ratio, and reading it costs nothing.
DEFAULT_MAX_DF_RATIO = 0.1
_MIN_DF_CAP = 1_000
# A whole corpus pays the per-claim cost a hundred thousand times, so it reads fewer
# postings and keeps fewer candidates; the planted matches of the benchmark still rank
# in the top 5 of the index order (see docs/scale.md).
CORPUS_LIMIT = 20
CORPUS_MAX_POSTINGS = 1_000
CORPUS_POOL = 100
# Share of the index score in a blended rerank (see rerank).
INDEX_WEIGHT = 0.7
# How many claims tied with the last of a search's candidates are kept beyond its limit
# (``_top``). Measured (docs/scale.md, 1 Dec 2026): with 40 more, ingest with matching of
# the 60 newsroom articles cost about 12 % more CPU; with 10, about 3 %, and the wide
# twin set's statuses are as order-independent.
TIES_KEPT = 10
# Long tokens are URLs or pasted identifiers; capping keeps the primary key small.
_MAX_TERM_CHARS = 64
# Rows per executemany batch, and ids or terms per IN list (under SQLite's default
# 999 bound parameters).
_BATCH = 5_000
_IDS_PER_QUERY = 900

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")

# Function words and reporting verbs: every news claim has them, so as index terms they
# only add postings. Kept as one readable set. The relation decision (compare) still
# sees the full claim, negations included; only retrieval and the rerank skip these.
_STOPWORD_TEXT = """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves
say tell according said says told
s t ll re ve d m
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())

# Small numbers are written both ways ("nine counts", "9 counts"); one spelling per value
# lets the two versions share a term.
_NUMBER_WORD_TEXT = """
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty
"""
_NUMBER_WORDS = {word: str(value) for value, word in enumerate(_NUMBER_WORD_TEXT.split())} | {
    word: str(value)
    for word, value in [
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
    ]
}


def _canonical_number(token: str) -> str:
    """Write a figure one way, so "1,100" and "1100", "6.20" and "6.2" share a term."""
    # A comma that does not group thousands is a decimal comma ("6,2 m" in European copy).
    grouped = _THOUSANDS.fullmatch(token)
    token = token.replace(",", "") if grouped else token.replace(",", ".")
    whole, dot, fraction = token.partition(".")
    whole = whole.lstrip("0") or "0"
    fraction = fraction.replace(".", "").rstrip("0")
    return f"{whole}.{fraction}" if dot and fraction else whole


@lru_cache(maxsize=200_000)
def _lemma(word: str, language: str) -> str:
    """Lemmatise once per distinct word: news vocabulary is Zipfian, so the cache hits."""
    try:
        return simplemma.lemmatize(word, lang=language).lower()
    except ValueError:
        # A language simplemma does not know: the lowercased word is still a usable term.
        return word


def index_tokens(text: str, language: str = "en") -> list[str]:
    """The content words and figures of a claim, in order, as the index sees them.

    Lemmas let "peaked" meet "peak" and "homes" meet "home"; dropping function words keeps
    the postings short. The order is kept for reranking, which compares token sequences.
    """
    tokens: list[str] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0].isdigit():
            tokens.append(_canonical_number(token))
            continue
        word = token.lower().replace("’", "'")
        if word in _NUMBER_WORDS:
            tokens.append(_NUMBER_WORDS[word])
            continue
        if word in _STOPWORDS or len(word) < 2:
            continue
        lemma = _lemma(word, language)
        if lemma not in _STOPWORDS:
            tokens.append(lemma[:_MAX_TERM_CHARS])
    return tokens


def magnitude_terms(figure: str) -> list[str]:
    """Rounded forms of a figure of 100 or more, so approximate reports meet.

    "1,184 participants" and "nearly 1,200 participants" share no exact figure, and their
    other words often differ too ("trial"/"study", "volunteers"/"participants"); the figure
    rounded to two significant digits (``~1200``) gives the index one rare term in common.
    Small numbers and years are left alone: rounded, they would match almost everything.
    """
    try:
        value = float(figure)
    except ValueError:
        return []
    if not math.isfinite(value):
        # "nan", "inf", "infinity" parse as floats, and so does a run of 400+ digits
        # (as infinity): none is a figure with a magnitude.
        return []
    if value < 100 or (value.is_integer() and 1800 <= value <= 2100):
        # Years are exact by nature; rounded, every recent year would share one term.
        return []
    digits = len(str(int(value)))
    step = 10 ** (digits - 2)
    return [f"~{round(value / step) * step}"]


def index_terms(text: str, language: str = "en") -> set[str]:
    """The distinct terms under which a claim is indexed: its tokens plus the rounded
    magnitude of each large figure (a fresh set the caller may change)."""
    return set(_index_terms(text, language))


@lru_cache(maxsize=100_000)
def _index_terms(text: str, language: str) -> frozenset[str]:
    """:func:`index_terms`, once per distinct claim text: a document's claims are
    searched, then indexed, and a stored claim is searched again each time a later
    claim finds it without shortlisting it (``matcher._reverse_pairs``), so the same
    text was tokenised and lemmatised three times or more."""
    tokens = index_tokens(text, language)
    terms = set(tokens)
    synonyms = lexicon().synonyms
    for token in tokens:
        if token[0].isdigit():
            terms.update(magnitude_terms(token))
        else:
            head = synonyms.get(token)
            if head is not None and head != token:
                terms.add(head)
    return frozenset(terms)


@dataclass(frozen=True, slots=True)
class QueryPlan:
    """Which query terms to read postings for, and which only to score with.

    ``read`` terms are rare enough to fetch every claim holding them; ``check`` terms are
    too common for that, so they only add their weight to claims the ``read`` terms found.
    Weights are squared IDF: one shared name or figure must outweigh several shared
    common words, or a claim with the same wording about another town wins.
    """

    read: tuple[tuple[str, float], ...]
    check: tuple[tuple[str, float], ...]


def select_terms(
    dfs: Mapping[str, int],
    total: int,
    *,
    max_postings: int = DEFAULT_MAX_POSTINGS,
    max_df_ratio: float = DEFAULT_MAX_DF_RATIO,
) -> QueryPlan:
    """Split the query terms into those to read (rarest first) and those to check.

    ``dfs`` maps each query term to the number of indexed claims holding it and ``total``
    is the number of indexed claims. Terms nobody holds cannot match and are dropped; the
    walk moves a term to ``check`` once its postings would exceed ``max_postings`` or it
    is held by more than ``max_df_ratio`` of the claims, so the rows read per query stay
    bounded however large the store grows.
    """
    total = max(total, 1)
    df_cap = max(max_df_ratio * total, _MIN_DF_CAP)
    read: list[tuple[str, float]] = []
    check: list[tuple[str, float]] = []
    budget = max_postings
    for df, term in sorted((df, term) for term, df in dfs.items() if df > 0):
        weight = math.log(1.0 + total / df) ** 2
        if not check and df <= df_cap and df <= budget:
            read.append((term, weight))
            budget -= df
        else:
            check.append((term, weight))
    return QueryPlan(tuple(read), tuple(check))


def _ranked(scores: Mapping[int, float], limit: int) -> list[tuple[int, float]]:
    """The best ``limit`` scores, best first, equal scores by the lower (earlier) id.

    The same rule at the cut as inside it, and as SQL's ``ORDER BY score DESC,
    claim_id``, so the SQL index and ``CandidateIndex`` keep the same claims whatever
    order they scored them in.
    """
    if limit <= 0:
        return []
    if len(scores) > limit:
        # A pool is cut from thousands of scored claims for every claim of every
        # document. The ``limit``-th best score is found among bare floats (compared in
        # C, several times cheaper than tuples); only claims scoring at least that can
        # be kept, and all of them are, so ties at the cut are still settled by id below.
        floor = heapq.nlargest(limit, scores.values())[-1]
        keyed = [(-score, claim_id) for claim_id, score in scores.items() if score >= floor]
    else:
        keyed = [(-score, claim_id) for claim_id, score in scores.items()]
    keyed.sort()
    return [(claim_id, -negated) for negated, claim_id in keyed[:limit]]


def _pool(scores: Mapping[int, float], size: int) -> list[tuple[int, float]]:
    """The pool a search checks its common terms against: the best ``size`` scores, and
    every claim tied with the last of them (up to ``TIES_KEPT`` more), best first.

    A tie at the pool's cut is not settled by id, for the reason of :func:`_top`: ids
    follow the order of ingest, and a claim left out of the pool can no longer reach the
    candidates, however many common terms it holds."""
    ranked = _ranked(scores, size + TIES_KEPT)
    if len(ranked) > size:
        floor = ranked[size - 1][1]
        ranked = ranked[:size] + [hit for hit in ranked[size:] if hit[1] >= floor]
    return ranked


def _top(scores: Mapping[int, float], limit: int) -> list[tuple[int, float]]:
    """The candidates a search gives: the best ``limit``, and every claim tied with the
    last of them (up to ``TIES_KEPT`` more), best first.

    A tie at the cut is not settled by id: ids follow the order of ingest, so which of
    a group of claims scoring alike (twins a wire story's outlets all print, one
    outlet's wording of every event) made the list, and so which pairs were compared,
    turned on which arrived first (docs/scale.md, "Order of ingest"). Kept whole, the
    list is a function of the scores; the bound keeps a wider group from costing more.
    """
    ranked = _ranked(scores, limit + TIES_KEPT)
    if len(ranked) > limit:
        floor = ranked[limit - 1][1]
        ranked = ranked[:limit] + [hit for hit in ranked[limit:] if hit[1] >= floor]
    # Rounded so that SQL and Python sums, added in different orders, print the same.
    return [(claim_id, round(score, 6)) for claim_id, score in ranked]


# --- the index in the database -------------------------------------------------------


def _indexed_claim_ids(conn: Connection, claim_ids: Sequence[int]) -> set[int]:
    claim_id = _CLAIM_TERMS.c.claim_id
    query = select(claim_id).where(claim_id.in_(bindparam("ids", expanding=True))).distinct()
    found: set[int] = set()
    for chunk in chunks(claim_ids, _IDS_PER_QUERY):
        found.update(conn.execute(query, {"ids": list(chunk)}).scalars())
    return found


def _bump_term_stats(conn: Connection, counts: Counter[str], sign: int) -> None:
    table = _TERM_STATS
    insert = upsert_insert(conn)(table)
    upsert = insert.on_conflict_do_update(
        index_elements=[table.c.term],
        set_={"claim_count": table.c.claim_count + insert.excluded.claim_count},
    )
    # Sorted so that concurrent writers on PostgreSQL lock term rows in the same order.
    rows = [{"term": term, "claim_count": sign * n} for term, n in sorted(counts.items())]
    for chunk in chunks(rows, _BATCH):
        conn.execute(upsert, list(chunk))


def add_claims(conn: Connection, items: Iterable[tuple[int, str]], *, language: str = "en") -> None:
    """Index ``(claim_id, text)`` pairs inside the caller's transaction.

    Claims already in the index are skipped, so ingesting the same document twice leaves
    the counts right. Never commits: the postings must appear together with the claims.
    """
    pending = {claim_id: claim_text for claim_id, claim_text in items}
    if not pending:
        return
    for claim_id in _indexed_claim_ids(conn, list(pending)):
        del pending[claim_id]
    postings: list[dict[str, Any]] = []
    counts: Counter[str] = Counter()
    for claim_id, claim_text in pending.items():
        terms = _index_terms(claim_text, language)
        counts.update(terms)
        postings.extend({"term": term, "claim_id": claim_id} for term in sorted(terms))
    table = _CLAIM_TERMS
    insert = upsert_insert(conn)(table).on_conflict_do_nothing()
    for chunk in chunks(postings, _BATCH):
        conn.execute(insert, list(chunk))
    if counts:
        _bump_term_stats(conn, counts, +1)


def remove_claims(conn: Connection, claim_ids: Iterable[int]) -> None:
    """Take claims out of the index (before deleting or re-extracting them)."""
    ids = sorted(set(claim_ids))
    if not ids:
        return
    table = _CLAIM_TERMS
    counts: Counter[str] = Counter()
    for chunk in chunks(ids, _IDS_PER_QUERY):
        chosen = table.c.claim_id.in_(bindparam("ids", expanding=True))
        counts.update(conn.execute(select(table.c.term).where(chosen), {"ids": chunk}).scalars())
        conn.execute(table.delete().where(chosen), {"ids": chunk})
    if counts:
        _bump_term_stats(conn, counts, -1)
        # A term no claim holds any more would only be noise to a reader of the table.
        stats = _TERM_STATS
        for terms in chunks(sorted(counts), _IDS_PER_QUERY):
            conn.execute(
                stats.delete().where(
                    stats.c.term.in_(bindparam("terms", expanding=True)), stats.c.claim_count <= 0
                ),
                {"terms": terms},
            )


def _indexed_total(conn: Connection) -> int:
    """How many claims the index holds, cheaply.

    ``count(*)`` scans the table; the largest indexed claim id is one index probe and,
    with ids handed out in order, close enough for IDF weights and the frequency cap.
    """
    largest = conn.execute(select(func.max(_CLAIM_TERMS.c.claim_id))).scalar()
    return int(largest or 0)


def _document_frequencies(conn: Connection, terms: Collection[str]) -> dict[str, int]:
    table = _TERM_STATS
    query = select(table.c.term, table.c.claim_count).where(
        table.c.term.in_(bindparam("terms", expanding=True))
    )
    found: dict[str, int] = {}
    # A long document's claims hold more distinct terms than one statement may bind.
    for chunk in chunks(sorted(terms), _IDS_PER_QUERY):
        found.update((term, int(n)) for term, n in conn.execute(query, {"terms": list(chunk)}))
    return found


def find_candidates(
    conn: Connection,
    text: str,
    *,
    limit: int = DEFAULT_LIMIT,
    exclude_claim_ids: Collection[int] = (),
    max_df_ratio: float = DEFAULT_MAX_DF_RATIO,
    max_postings: int = DEFAULT_MAX_POSTINGS,
    pool: int = DEFAULT_POOL,
    language: str = "en",
) -> list[tuple[int, float]]:
    """Stored claims sharing the most informative terms with ``text``, best first.

    Returns ``(claim_id, score)``; the score (summed squared IDF of the shared terms) ranks
    candidates for reranking and is not a similarity. The rare terms find up to ``pool``
    claims, the common ones then reorder them. ``exclude_claim_ids`` drops claims the
    caller will not compare with (the new document's own claims).
    """
    return find_candidates_many(
        conn,
        [text],
        limit=limit,
        exclude_claim_ids=exclude_claim_ids,
        max_df_ratio=max_df_ratio,
        max_postings=max_postings,
        pool=pool,
        language=language,
    )[0]


def find_candidates_many(
    conn: Connection,
    texts: Sequence[str],
    *,
    limit: int = DEFAULT_LIMIT,
    exclude_claim_ids: Collection[int] = (),
    max_df_ratio: float = DEFAULT_MAX_DF_RATIO,
    max_postings: int = DEFAULT_MAX_POSTINGS,
    pool: int = DEFAULT_POOL,
    language: str = "en",
) -> list[list[tuple[int, float]]]:
    """:func:`find_candidates` for all the claims of a document at once, in their order.

    Each claim gets its own plan (:func:`select_terms`), pool and limit, scored exactly
    as :class:`CandidateIndex` scores in memory (same sums in the same order, same tie
    rule), so the two searches return equal lists. The database is asked three cheap
    things: the ``term_stats`` row of every term, the postings of each distinct *read*
    term once for the whole document (claims of one article share their names and
    places, so this reads about half the rows of a search per claim), and which pooled
    claims hold which *check* terms, through the ``claim_id`` index. Plain indexed
    lookups on both engines: no temporary B-tree grouping tens of thousands of rows in
    SQLite, no hash join over a sequential scan of ``claim_terms`` in PostgreSQL. The
    rows read stay bounded by each claim's ``max_postings`` budget.
    """
    out: list[list[tuple[int, float]]] = [[] for _ in texts]
    if limit <= 0 or not texts:
        return out
    term_sets = [_index_terms(text, language) for text in texts]
    everything = set().union(*term_sets)
    if not everything:
        return out
    dfs = _document_frequencies(conn, everything)
    total = _indexed_total(conn)
    excluded = set(exclude_claim_ids)
    plans: list[tuple[int, QueryPlan]] = []
    for position, terms in enumerate(term_sets):
        plan = select_terms(
            {term: dfs[term] for term in terms if term in dfs},
            total,
            max_postings=max_postings,
            max_df_ratio=max_df_ratio,
        )
        if plan.read:
            plans.append((position, plan))
    postings = _postings(conn, {term for _, plan in plans for term, _ in plan.read})
    checks = {position: plan.check for position, plan in plans if plan.check}
    pooled: dict[int, list[tuple[int, float]]] = {}
    for position, plan in plans:
        scores: defaultdict[int, float] = defaultdict(float)
        for term, weight in plan.read:
            for claim_id in postings.get(term, ()):
                scores[claim_id] += weight
        for claim_id in excluded:
            scores.pop(claim_id, None)
        if not plan.check:
            out[position] = _top(scores, limit)
        else:
            pooled[position] = _pool(scores, max(pool, limit))
    held = _held_terms(
        conn,
        {claim_id for found in pooled.values() for claim_id, _ in found},
        {term for check in checks.values() for term, _ in check},
    )
    nothing: set[str] = set()
    for position, found in pooled.items():
        check = checks[position]
        totals: dict[int, float] = {}
        for claim_id, score in found:
            holds = held.get(claim_id, nothing)
            totals[claim_id] = score + sum(weight for term, weight in check if term in holds)
        out[position] = _top(totals, limit)
    return out


def _driver_rows(conn: Connection, sql: str, args: Sequence[Any]) -> list[Any]:
    """Rows of ``sql`` (written with ``?`` placeholders) from the driver's own cursor,
    inside ``conn``'s transaction.

    The candidate search reads tens of thousands of short rows per document; building a
    SQLAlchemy ``Row`` for each cost more than the read itself (about 3× on SQLite). The
    SQL is fixed text with bound values only, so nothing of a claim is spliced into it.
    """
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql.replace("?", mark), tuple(args))
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _postings(conn: Connection, terms: Collection[str]) -> dict[str, list[int]]:
    """term → the ids of the claims holding it, ascending (as ``CandidateIndex`` keeps them).

    One primary-key range per term; the caller's plans bound how many rows that is.
    """
    found: defaultdict[str, list[int]] = defaultdict(list)
    for chunk in chunks(sorted(terms), _IDS_PER_QUERY):
        sql = f"SELECT term, claim_id FROM claim_terms WHERE term IN ({_marks(len(chunk))})"
        for term, claim_id in _driver_rows(conn, sql, chunk):
            found[term].append(claim_id)
    for ids in found.values():
        ids.sort()
    return found


def _held_terms(
    conn: Connection, claim_ids: Collection[int], terms: Collection[str]
) -> dict[int, set[str]]:
    """claim id → which of ``terms`` it holds, for these claims only.

    Read through the ``claim_id`` index: a claim holds about a dozen terms. SQLite would
    otherwise probe the primary key once per (term, claim) combination, which grows with
    the number of common terms a large store has; ``INDEXED BY`` names the index there.
    """
    if not claim_ids or not terms:
        return {}
    indexed = " INDEXED BY ix_claim_terms_claim_id" if conn.dialect.name == "sqlite" else ""
    held: defaultdict[int, set[str]] = defaultdict(set)
    # Ids and terms share one statement's parameters: both chunks stay far under the
    # engines' limits (SQLite 32,766).
    for term_chunk in chunks(sorted(terms), 2_000):
        for id_chunk in chunks(sorted(claim_ids), _IDS_PER_QUERY):
            sql = (
                f"SELECT claim_id, term FROM claim_terms{indexed} "
                f"WHERE claim_id IN ({_marks(len(id_chunk))}) "
                f"AND term IN ({_marks(len(term_chunk))})"
            )
            for claim_id, term in _driver_rows(conn, sql, [*id_chunk, *term_chunk]):
                held[claim_id].add(term)
    return held


# --- reranking -----------------------------------------------------------------------


@lru_cache(maxsize=100_000)
def rerank_text(text: str, language: str = "en") -> str:
    """The form of a claim that rapidfuzz compares: its index tokens, in order.

    Lemmas and canonical figures make "2,500 homes were flooded" and "2500 homes flooded"
    the same string, so the fuzzy score measures wording that differs, not inflection.
    Cached: a stored claim is a candidate for many new ones.
    """
    return " ".join(index_tokens(text, language))


def rerank(
    query_text: str,
    candidates: Sequence[tuple[int, str]],
    *,
    index_scores: Mapping[int, float] | None = None,
    index_weight: float = INDEX_WEIGHT,
    scorer: Callable[..., float] = fuzz.token_set_ratio,
    limit: int | None = None,
    score_cutoff: float = 0.0,
    language: str = "en",
) -> list[tuple[int, float]]:
    """Score ``(claim_id, text)`` candidates against the query, best first, 0-100.

    The fuzzy part is ``scorer`` on :func:`rerank_text` forms. Pass ``index_scores`` (the
    ``find_candidates`` result as a dict) to blend in the index score, scaled so the best
    candidate has 100: formulaic news wording ("N people were injured when...") makes
    unrelated claims look alike to rapidfuzz, while shared names and figures, which the
    index weighs, are what two reports of one fact have in common. On the benchmark the
    blend keeps the planted match in the top 8 far more often than rapidfuzz alone.
    ``score_cutoff`` applies to the final score.
    """
    if not candidates:
        return []
    choices = {claim_id: rerank_text(candidate, language) for claim_id, candidate in candidates}
    fuzzy = {
        key: float(score)
        for _, score, key in process.extract(
            rerank_text(query_text, language),
            choices,
            scorer=scorer,
            processor=None,
            limit=None,
        )
    }
    if index_scores:
        best = max((index_scores.get(key, 0.0) for key in choices), default=0.0) or 1.0
        blended = {
            key: index_weight * 100.0 * index_scores.get(key, 0.0) / best
            + (1.0 - index_weight) * score
            for key, score in fuzzy.items()
        }
    else:
        blended = fuzzy
    # Equal scores go by the compared form of the text, then the id (twins alike): ids
    # follow the order of ingest, and the place a candidate takes decides whether it is
    # compared (the shortlist), so a tie settled by id made that turn on the order.
    ranked = sorted(
        ((key, round(score, 4)) for key, score in blended.items() if score >= score_cutoff),
        key=lambda item: (-item[1], choices[item[0]], item[0]),
    )
    return ranked[:limit] if limit is not None else ranked


# --- the same index in memory ---------------------------------------------------------


class CandidateIndex:
    """An in-memory twin of the SQL index, for matching a whole corpus at once.

    Same terms, plan and scores as :func:`find_candidates`, without a round trip per
    claim. Each claim's terms are kept as a set beside the postings, so checking a
    common term against a pooled claim is one lookup, not a search of a long postings
    list. The number of claims in term weights is the largest indexed id, as in SQL.
    """

    def __init__(
        self,
        *,
        max_postings: int = DEFAULT_MAX_POSTINGS,
        max_df_ratio: float = DEFAULT_MAX_DF_RATIO,
        pool: int = DEFAULT_POOL,
        language: str = "en",
    ) -> None:
        self.max_postings = max_postings
        self.max_df_ratio = max_df_ratio
        self.pool = pool
        self.language = language
        self._postings: defaultdict[str, list[int]] = defaultdict(list)
        self._terms: dict[int, frozenset[str]] = {}
        self._largest = 0

    def __len__(self) -> int:
        return len(self._terms)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._terms

    def add(self, claim_id: int, text: str) -> None:
        self.add_terms(claim_id, _index_terms(text, self.language))

    def add_terms(self, claim_id: int, terms: Iterable[str]) -> None:
        """Index precomputed terms; a claim already indexed is left alone, as in SQL, and a
        claim without terms is not indexed (SQL holds no postings for it)."""
        if claim_id in self._terms:
            return
        kept = frozenset(terms)
        if not kept:
            return  # nothing to find it by, as in SQL (no postings)
        self._terms[claim_id] = kept
        # Term weights count the claims as the SQL index does (its largest claim id).
        self._largest = max(self._largest, claim_id)
        for term in kept:
            self._postings[term].append(claim_id)

    def query(
        self,
        text: str,
        *,
        limit: int = DEFAULT_LIMIT,
        exclude_claim_ids: Collection[int] = (),
    ) -> list[tuple[int, float]]:
        return self.query_terms(
            _index_terms(text, self.language), limit=limit, exclude_claim_ids=exclude_claim_ids
        )

    def query_terms(
        self,
        terms: Iterable[str],
        *,
        limit: int = DEFAULT_LIMIT,
        exclude_claim_ids: Collection[int] = (),
    ) -> list[tuple[int, float]]:
        postings = self._postings
        plan = select_terms(
            {term: len(postings[term]) for term in terms if term in postings},
            self._largest,
            max_postings=self.max_postings,
            max_df_ratio=self.max_df_ratio,
        )
        scores: defaultdict[int, float] = defaultdict(float)
        for term, weight in plan.read:
            for claim_id in postings[term]:
                scores[claim_id] += weight
        excluded = set(exclude_claim_ids)
        for claim_id in excluded:
            scores.pop(claim_id, None)
        if not plan.check:
            return _top(scores, limit)
        pooled = _pool(scores, max(self.pool, limit))
        return _top({c: s + self._checked(c, plan) for c, s in pooled}, limit)

    def _checked(self, claim_id: int, plan: QueryPlan) -> float:
        """The weight of the common query terms this claim holds."""
        held = self._terms[claim_id]
        return sum(weight for term, weight in plan.check if term in held)


def match_corpus(
    items: Iterable[tuple[int, str]],
    *,
    limit: int = CORPUS_LIMIT,
    score_cutoff: float = 60.0,
    scorer: Callable[..., float] = fuzz.token_set_ratio,
    index: CandidateIndex | None = None,
) -> list[tuple[int, int, float]]:
    """Every pair of claims worth a relation decision, as ``(earlier_id, later_id, score)``.

    Claims are taken in the given order and each is compared only with those before it,
    as an ingest would, so each pair appears once. The rapidfuzz score is on the
    :func:`rerank_text` forms; ``score_cutoff`` drops pairs not worth deciding.
    """
    if index is None:
        index = CandidateIndex(max_postings=CORPUS_MAX_POSTINGS, pool=CORPUS_POOL)
    forms: dict[int, str] = {}
    pairs: list[tuple[int, int, float]] = []
    for claim_id, claim_text in items:
        tokens = index_tokens(claim_text, index.language)
        form = " ".join(tokens)
        terms = set(tokens)
        found = index.query_terms(terms, limit=limit)
        if found:
            # One rapidfuzz call per claim: the loop over candidates runs in C.
            choices = {other_id: forms[other_id] for other_id, _ in found}
            for _, score, other_id in process.extract(
                form,
                choices,
                scorer=scorer,
                processor=None,
                limit=None,
                score_cutoff=score_cutoff,
            ):
                if score > 0:
                    pairs.append((other_id, claim_id, float(score)))
        index.add_terms(claim_id, terms)
        forms[claim_id] = form
    pairs.sort()
    return pairs
