"""Recognise syndicated copies: a wire story re-run by another outlet.

A reprint keeps almost every sentence of the original and changes a headline, a byline and
a few words, so it shares most of its runs of five words with the original, while two
independent reports of the same event share almost none (they agree on facts, not on
wording). The 5-word-shingle Jaccard therefore separates the two cases by a wide margin: a
re-run with a dozen swapped words still scores about 0.7, independent articles on the same
event about 0.02. A copy adds no independent support to the original's claims.

To find the original among many stored documents without comparing with each, every
document's shingle set is summarised by a MinHash signature cut into LSH bands, stored
in ``document_bands``. A new document looks up documents sharing a band, then the few
candidates are checked with the exact Jaccard on both texts, so the estimate never
decides alone.

A short brief cut from a long story shares too few shingles with it to share a band, so
each document's sentences are also kept as hashes of their words in
``document_sentences``: a short text looks up the stored documents that hold its
sentences, a long one the stored briefs whose sentences it holds, and the candidates are
confirmed by :func:`is_short_copy` (every sentence of the brief a sentence of the other).
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections.abc import Iterable, Mapping, Sequence, Set
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np
from sqlalchemy import Connection, Table, bindparam, func, select

from factcheck.models import (
    ClaimRow,
    DocumentBandRow,
    DocumentRow,
    DocumentSentenceRow,
    SourceRow,
    upsert_insert,
)
from factcheck.segment import segment
from factcheck.sqlbounds import chunks, in_ids

_DOCUMENT_BANDS: Table = DocumentBandRow.__table__  # type: ignore[attr-defined]
_DOCUMENT_SENTENCES: Table = DocumentSentenceRow.__table__  # type: ignore[attr-defined]
_DOCUMENTS: Table = DocumentRow.__table__  # type: ignore[attr-defined]
_CLAIMS: Table = ClaimRow.__table__  # type: ignore[attr-defined]
_SOURCES: Table = SourceRow.__table__  # type: ignore[attr-defined]

__all__ = [
    "BANDS",
    "COPY_THRESHOLD",
    "ORIGINAL_KEY_COLUMNS",
    "ROWS_PER_BAND",
    "SHINGLE_SIZE",
    "CopyMatch",
    "Reprints",
    "add_document",
    "document_bands",
    "estimate_jaccard",
    "find_copies",
    "find_copy_of",
    "is_short_copy",
    "jaccard",
    "lsh_bands",
    "minhash",
    "original_key",
    "original_key_of",
    "remove_document",
    "reprinted_claims",
    "same_words",
    "sentence_hashes",
    "shingles",
    "stored_reprints",
    "word_tokens",
]

SHINGLE_SIZE = 5
# Half the five-word runs shared is far above what independent reports reach (~0.02) and
# well below a re-run with edits (~0.7); the exact check makes the cut, not the estimate.
COPY_THRESHOLD = 0.5
# Below this many shingles (about 35 words) the Jaccard says little: two short briefs
# sharing one boilerplate sentence reach 0.5 while reporting different things. A pair
# where either body is this short is judged by its sentences instead
# (:func:`is_short_copy`).
MIN_SHINGLES = 30
# 42 bands of 3 rows: a pair at Jaccard 0.5 shares at least one band with probability
# 1 - (1 - 0.5**3)**42 > 0.99, a pair at 0.02 with probability ~3e-4.
BANDS = 42
ROWS_PER_BAND = 3
# Candidates sharing a band are checked exactly in order of shared bands, up to this many.
_MAX_CHECKED = 20

_WORD = re.compile(r"\w+")
# Universal hashing h -> (a*h + b) mod p over 32-bit shingle hashes with a prime just
# above 2**32: with a, b, h < 2**32 every intermediate fits in an unsigned 64-bit integer,
# so numpy computes all permutations of all shingles at once, exactly.
_PRIME = 4_294_967_311
_MASK = (1 << 64) - 1


def _permutations(count: int) -> tuple[np.ndarray, np.ndarray]:
    """Fixed hash coefficients, derived from their index so every run agrees on them.

    The bands are stored, so the permutations can never change between versions: a random
    seed would make every stored band useless.
    """
    a_values, b_values = [], []
    for i in range(count):
        digest = hashlib.blake2b(f"factcheck-minhash-{i}".encode(), digest_size=16).digest()
        a, b = struct.unpack("<QQ", digest)
        a_values.append(a % ((1 << 32) - 1) + 1)
        b_values.append(b % (1 << 32))
    return np.array(a_values, dtype=np.uint64), np.array(b_values, dtype=np.uint64)


_A, _B = _permutations(BANDS * ROWS_PER_BAND)
#: Shingles hashed under all permutations at once by :func:`minhash` (memory per block:
#: permutations × block × 8 bytes).
_MINHASH_BLOCK = 8192


def word_tokens(text: str) -> list[str]:
    """Lowercased words: quotes, dashes and line breaks differ between copies, words less."""
    return _WORD.findall(text.lower())


def same_words(text: str) -> tuple[str, ...]:
    """A claim's words, case and punctuation aside: two claims with the same key say it
    in the same words ("Production will resume." / "production will resume"), as a
    reprint repeats its original. The one key of "the same words" for a claim: which
    claims of a copy reprint its original's (their dates are read on the original's
    day, ``claim_dates``), and which the report and ClaimReview treat as one report."""
    return tuple(_WORD.findall(text.casefold()))


def reprinted_claims(
    claims: Iterable[tuple[int, int, str]], copy_of: Mapping[int, int]
) -> dict[int, int]:
    """Reprinted claim id → the id of the claim it reprints, traced to the first original:
    the one home of "a copy's claim in the same words".

    ``claims`` are ``(claim id, document id, words)`` with the claim's words as its
    article wrote them (its quote, else its text); ``copy_of`` maps a near-copy document
    to the document it copies (``documents.copy_of_id``). A claim of a copy reprints the
    claim of the copied document with the same words (:func:`same_words`: case, spacing
    and punctuation aside; the smallest id when the original says it twice). A claim a
    copy words otherwise (an edit, the copying outlet's own paragraph) reprints nothing:
    it is that outlet's own. A copy of a copy is traced back to the first original (a
    cycle of copies stops where it loops).
    """
    entries = sorted(claims)
    first: dict[tuple[int, tuple[str, ...]], int] = {}
    for cid, doc, words in entries:
        first.setdefault((doc, same_words(words)), cid)
    direct: dict[int, int] = {}
    for cid, doc, words in entries:
        original_doc = copy_of.get(doc)
        if original_doc is None or original_doc == doc:
            continue
        original = first.get((original_doc, same_words(words)))
        if original is not None and original != cid:
            direct[cid] = original
    out: dict[int, int] = {}
    for cid in direct:
        root, seen = direct[cid], {cid}
        while root in direct and root not in seen:
            seen.add(root)
            root = direct[root]
        out[cid] = root
    return out


class Reprints:
    """The reprints of stored copy families (:func:`stored_reprints`).

    ``of`` maps each reprinted claim id to the claim of the first original it repeats
    (:func:`reprinted_claims`), ``document_of`` every claim of the families to its
    document.
    """

    def __init__(self, of: dict[int, int], document_of: dict[int, int]) -> None:
        self.of = of
        self.document_of = document_of
        self._by_sentence: dict[int, set[int]] = {}
        for cid in document_of:
            self._by_sentence.setdefault(self.sentence(cid), set()).add(cid)

    def sentence(self, claim_id: int) -> int:
        """The claim that first wrote ``claim_id``'s words in its family: the original
        claim it reprints, else itself."""
        return self.of.get(claim_id, claim_id)

    def family_of(self, claim_id: int) -> set[int]:
        """The claims of ``claim_id``'s family in its words: its original and every
        reprint of it, itself included."""
        return self._by_sentence.get(self.sentence(claim_id), set()) | {claim_id}

    def documents_saying(self, claim_id: int) -> set[int]:
        """The documents of the family that carry ``claim_id``'s sentence in its words."""
        return {self.document_of[c] for c in self.family_of(claim_id) if c in self.document_of}


def stored_reprints(conn: Connection, document_ids: Iterable[int]) -> Reprints:
    """:class:`Reprints` of the stored copy families of ``document_ids``: each document,
    the first original it is copied from (directly or through a copy) and every copy of
    that original, with all their claims. A document no one copies and that copies no
    one is a family of its own, whose claims reprint nothing."""
    copy_of: dict[int, int | None] = {}
    frontier = set(document_ids)
    while frontier:  # up to each first original
        found = conn.execute(
            select(_DOCUMENTS.c.id, _DOCUMENTS.c.copy_of_id).where(
                in_ids(_DOCUMENTS.c.id, frontier)
            )
        ).all()
        copy_of.update({d.id: d.copy_of_id for d in found})
        frontier = {d.copy_of_id for d in found if d.copy_of_id is not None} - set(copy_of)
    frontier = set(copy_of)
    while frontier:  # down to every copy of a copy
        found = conn.execute(
            select(_DOCUMENTS.c.id, _DOCUMENTS.c.copy_of_id).where(
                in_ids(_DOCUMENTS.c.copy_of_id, frontier)
            )
        ).all()
        new = {d.id: d.copy_of_id for d in found if d.id not in copy_of}
        copy_of.update(new)
        frontier = set(new)
    parents = {up for up in copy_of.values() if up is not None}
    family_docs = sorted(d for d in copy_of if copy_of[d] is not None or d in parents)
    rows: list[tuple[int, int, str]] = []
    for chunk in chunks(family_docs):
        rows.extend(
            (r.id, r.document_id, r.quote or r.text)
            for r in conn.execute(
                select(
                    _CLAIMS.c.id, _CLAIMS.c.document_id, _CLAIMS.c.quote, _CLAIMS.c.text
                ).where(in_ids(_CLAIMS.c.document_id, chunk))
            )
        )
    links = {d: up for d, up in copy_of.items() if up is not None}
    return Reprints(reprinted_claims(rows, links), {cid: doc for cid, doc, _ in rows})


def shingles(text: str, k: int = SHINGLE_SIZE) -> set[str]:
    """The set of runs of ``k`` consecutive words; a text shorter than ``k`` is one run."""
    words = word_tokens(text)
    if not words:
        return set()
    if len(words) <= k:
        return {" ".join(words)}
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def sentence_hashes(text: str, language: str = "en") -> list[str]:
    """The distinct sentences of ``text`` as ``document_sentences`` keys: a 64-bit
    blake2b hash (16 hex digits) of each sentence's lowercased words
    (:func:`word_tokens`), in text order. Two sentences with the same words, whatever
    their case, quotes and line breaks, have one key, as :func:`is_short_copy` compares
    them."""
    return list(_sentence_hashes(text, language))


@lru_cache(maxsize=8)
def _sentence_hashes(text: str, language: str) -> tuple[str, ...]:
    """Computed once per text: an ingest looks a body up, then stores its sentences."""
    out: dict[str, None] = {}
    for key in _sentence_keys(text, language):
        digest = hashlib.blake2b(" ".join(key).encode(), digest_size=8).hexdigest()
        out.setdefault(digest, None)
    return tuple(out)


def _sentence_keys(text: str, language: str) -> list[tuple[str, ...]]:
    """Each sentence of ``text`` as its lowercased words (:func:`word_tokens`), so that
    quotes, dashes, case and line breaks that differ between copies do not count."""
    return [key for s in segment(text, language) if (key := tuple(word_tokens(s.text)))]


def is_short_copy(a: str, b: str, language: str = "en") -> bool:
    """Whether two bodies, one of them under :data:`MIN_SHINGLES`, are one text reprinted.

    The shorter body has two sentences or more, and every one of them is a sentence of
    the other, case, punctuation and spacing aside: a wire brief of two sentences
    reprinted word for word (the same words), or a reprint cut to its first paragraphs.
    One shared sentence is never enough, whether it is all of a body or one of its
    sentences: two outlets printing the same one-line statement agree in wording, and
    two different briefs that both end on a desk's boilerplate ("No one was hurt.")
    each report something else in their other sentences. The rule is symmetric, so
    which of the two was stored first does not decide it.
    """
    words_a, words_b = word_tokens(a), word_tokens(b)
    if not words_a or not words_b:
        return False
    keys_a, keys_b = _sentence_keys(a, language), _sentence_keys(b, language)
    if words_a == words_b:
        # The same words: two sentences or more by the segmenter, or by their stops
        # (the segmenter may read "fell ill. Mayor" as an abbreviation), whatever the
        # line breaks.
        return max(len(keys_a), len(keys_b), len(_STOPS.findall(a.strip()))) >= 2

    def within(x: list[tuple[str, ...]], y: list[tuple[str, ...]], shorter: bool) -> bool:
        return shorter and len(x) >= 2 and set(x) <= set(y)

    # Both ways, the shorter (or, of two of one length, either) in the other: symmetric.
    return within(keys_a, keys_b, len(words_a) <= len(words_b)) or within(
        keys_b, keys_a, len(words_b) <= len(words_a)
    )


# A sentence's end as written: a stop after two small letters or figures (not "U.S." or
# "Dr."), with closing quotes or brackets, before a space and a capital or a figure, or
# at the end of the text.
_STOPS = re.compile(
    r"(?<=[a-z0-9]{2})[.!?][\"'\u201d\u2019)]*(?:\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])|$)"
)


def jaccard(a: Set[str], b: Set[str]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def _hash32(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=4).digest(), "little")


def minhash(shingle_set: Iterable[str]) -> tuple[int, ...]:
    """A MinHash signature: the share of equal positions estimates the Jaccard.

    The shingles are hashed under all permutations a block of ``_MINHASH_BLOCK`` at a
    time, keeping the running minimum: the whole matrix at once would take 126 × 8 bytes
    per shingle for each of its temporaries (about 0.5 GB per MB of text), the block
    takes a fixed ~8 MiB whatever the text's length. The signature is the same.
    """
    hashes = np.fromiter((_hash32(s) for s in shingle_set), dtype=np.uint64)
    if not hashes.size:
        return ()
    lowest = np.full(_A.shape, np.iinfo(np.uint64).max, dtype=np.uint64)
    for begin in range(0, hashes.size, _MINHASH_BLOCK):
        block = _A[:, None] * hashes[None, begin : begin + _MINHASH_BLOCK]
        block += _B[:, None]
        block %= np.uint64(_PRIME)
        np.minimum(lowest, block.min(axis=1), out=lowest)
    return tuple(int(v) for v in lowest)


def estimate_jaccard(a: Sequence[int], b: Sequence[int]) -> float:
    if not a or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def lsh_bands(signature: Sequence[int]) -> list[str]:
    """Band keys as short strings, e.g. ``"07:3f9c0a1b2d4e5f60"``.

    The band number is part of the key so equal values in different bands do not collide.
    """
    keys = []
    for band in range(len(signature) // ROWS_PER_BAND):
        rows = signature[band * ROWS_PER_BAND : (band + 1) * ROWS_PER_BAND]
        packed = struct.pack(f"<{len(rows)}Q", *(r & _MASK for r in rows))
        keys.append(f"{band:02d}:{hashlib.blake2b(packed, digest_size=8).hexdigest()}")
    return keys


def document_bands(text: str) -> list[str]:
    return list(_shingles_and_bands(text)[1])


@lru_cache(maxsize=8)
def _shingles_and_bands(text: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Computed once per text: an ingest looks a body up, then stores its bands."""
    own = frozenset(shingles(text))
    return own, tuple(lsh_bands(minhash(own)))


def original_key(
    published: date | None, sha256: str, credits_another: bool = False, outlet: str = ""
) -> tuple[bool, date, bool, str, str]:
    """Sort key of near-copies: the lowest is the original the others copy.

    The earliest publication date first, undated documents after dated ones (a date is
    better evidence of order than none). Between copies of the same date, or undated, a
    version that credits another outlet for its reporting (``credits_another``: a
    dateline or credit line such as "(Coastal Wire)", stored as
    ``documents.depends_on_source_id``) is the reprint, the one that does not the
    original: a reprint names the wire it copies, the wire names no one. Only when
    that says nothing either does a fixed rule decide: the lower SHA-256 of the text
    (``documents.sha256``). Arbitrary, but the same whichever version is stored first,
    so which outlet a copy depends on (and so which matches count as independent) does
    not turn on the order of ingest. Two outlets printing the very same text (one
    SHA-256) are told apart by the outlet's name, case-folded (``outlet``): before, the
    one stored first was the original, and which outlet the other depended on, and so
    the statuses of its claims, turned on the order of ingest.
    """
    return (published is None, published or date.min, credits_another, sha256, outlet.casefold())


#: The ``documents`` columns :func:`original_key_of` reads, with the outlet's name.
ORIGINAL_KEY_COLUMNS = (
    _DOCUMENTS.c.published,
    _DOCUMENTS.c.sha256,
    _DOCUMENTS.c.depends_on_source_id,
    select(_SOURCES.c.name)
    .where(_SOURCES.c.id == _DOCUMENTS.c.source_id)
    .scalar_subquery()
    .label("outlet"),
)


def original_key_of(row: Any) -> tuple[bool, date, bool, str, str]:
    """:func:`original_key` of a ``documents`` row holding :data:`ORIGINAL_KEY_COLUMNS`."""
    return original_key(
        row.published, row.sha256, row.depends_on_source_id is not None, row.outlet or ""
    )


class CopyMatch(NamedTuple):
    """The document a text copies, and the exact shingle Jaccard that says so.

    A named tuple, so ``doc_id, similarity = find_copy_of(...)`` works as well.
    """

    document_id: int
    similarity: float


# --- the tables ------------------------------------------------------------------------


def add_document(conn: Connection, document_id: int, text: str, language: str = "en") -> None:
    """Store the LSH bands and the sentence hashes (:func:`sentence_hashes`, split by
    ``language``) of a document body, inside the caller's transaction."""
    bands = document_bands(text)
    if bands:
        insert = upsert_insert(conn)(_DOCUMENT_BANDS).on_conflict_do_nothing()
        conn.execute(insert, [{"band": band, "document_id": document_id} for band in bands])
    hashes = sentence_hashes(text, language)
    if hashes:
        # The body's SHA-256, as documents.sha256: the order a sentence's documents are
        # read in (_SENTENCE_POSTINGS_QUERY).
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()
        insert = upsert_insert(conn)(_DOCUMENT_SENTENCES).on_conflict_do_nothing()
        conn.execute(
            insert,
            [{"sentence": h, "document_id": document_id, "document_key": key} for h in hashes],
        )


def remove_document(conn: Connection, document_id: int) -> None:
    """Forget a document's bands and sentence hashes (it is deleted)."""
    for table in (_DOCUMENT_BANDS, _DOCUMENT_SENTENCES):
        conn.execute(table.delete().where(table.c.document_id == document_id))


#: The most documents read for one sentence hash: a sentence held by more (a desk's
#: boilerplate, a story reprinted everywhere) gives the first of them by the SHA-256 of
#: their bodies (``document_key``, migration 0018), so each lookup is an index search of
#: bounded length whatever the store's size, and which documents it gives does not turn
#: on the order they were stored in (by id, it gave the earliest stored: reviewer F11).
_SENTENCE_POSTINGS = 64
#: The most sentences of one text looked up, its first ones (a brief is cut from a
#: story's first paragraphs, most often).
_MAX_SENTENCES = 400
# How many sentences each of some documents holds (``ix_document_sentences_document_id``).
_SENTENCE_COUNTS = (
    select(_DOCUMENT_SENTENCES.c.document_id, func.count())
    .where(_DOCUMENT_SENTENCES.c.document_id.in_(bindparam("documents", expanding=True)))
    .group_by(_DOCUMENT_SENTENCES.c.document_id)
)
# One sentence's documents by the SHA-256 of their bodies: an index search of
# ix_document_sentences_sentence_key (sentence, document_key, document_id), bounded by
# its LIMIT (one statement per sentence: a LIMIT inside a UNION needs subqueries that
# SQLite materialises and scans).
_SENTENCE_POSTINGS_QUERY = (
    select(_DOCUMENT_SENTENCES.c.document_id, _DOCUMENT_SENTENCES.c.document_key)
    .where(_DOCUMENT_SENTENCES.c.sentence == bindparam("sentence"))
    .order_by(_DOCUMENT_SENTENCES.c.document_key, _DOCUMENT_SENTENCES.c.document_id)
    .limit(_SENTENCE_POSTINGS)
)


def _sentence_candidates(
    conn: Connection, text: str, language: str, short: bool, exclude: set[int]
) -> list[int]:
    """Stored documents that may be a brief's other version, by shared sentences.

    ``short``: ``text`` is the brief (under :data:`MIN_SHINGLES`), and a candidate holds
    as many of its sentences as any (all of them, for a copy), most shared first;
    otherwise ``text`` is a longer body and a candidate is a stored document holding two
    of its sentences or more, ranked by how much of the *candidate's own* sentences
    ``text`` holds (a stored brief all of whose sentences ``text`` holds comes first,
    at 100 %), then by how many. Ranked by the raw count, a stored brief of two or three
    sentences was outranked by twenty full reprints of the story it was cut from (each
    sharing dozens) and never checked, so a brief was found when it came after the
    story and not before it (reviewer F11). At most :data:`_MAX_CHECKED`, ties by id;
    :func:`is_short_copy` decides. Each sentence is an index search of at most
    :data:`_SENTENCE_POSTINGS` rows (ties in either ranking go by the body's SHA-256,
    never by the order of storing), and the candidates' sentences are counted through
    ``ix_document_sentences_document_id`` (an index range per candidate)."""
    hashes = sentence_hashes(text, language)[:_MAX_SENTENCES]
    if len(hashes) < 2:
        return []  # one shared sentence is never a copy (is_short_copy)
    shared: dict[int, int] = {}
    # Ties go by the body's SHA-256, never by id (the order of storing).
    keys: dict[int, str] = {}
    for sentence in hashes:
        for doc_id, key in conn.execute(_SENTENCE_POSTINGS_QUERY, {"sentence": sentence}):
            if doc_id not in exclude:
                shared[doc_id] = shared.get(doc_id, 0) + 1
                keys[doc_id] = key
    if short:
        least = max(shared.values(), default=0)
        ranked = sorted(
            (doc_id for doc_id, count in shared.items() if count >= max(least, 2)),
            key=lambda doc_id: (-shared[doc_id], keys[doc_id], doc_id),
        )
        return ranked[:_MAX_CHECKED]
    held = [doc_id for doc_id, count in shared.items() if count >= 2]
    sizes: dict[int, int] = {}
    for chunk in chunks(sorted(held)):
        for doc_id, n in conn.execute(_SENTENCE_COUNTS, {"documents": chunk}):
            sizes[int(doc_id)] = int(n)

    def rank(doc_id: int) -> tuple[float, int, str, int]:
        size = max(sizes.get(doc_id, 1), 1)
        return (-shared[doc_id] / size, size, keys[doc_id], doc_id)

    return sorted(held, key=rank)[:_MAX_CHECKED]


def _band_candidates(conn: Connection, bands: list[str], exclude: set[int]) -> list[int]:
    """Stored documents sharing the most of these LSH bands (at most
    :data:`_MAX_CHECKED`), ties by the SHA-256 of their bodies, then id: which of many
    equally close reprints are checked does not turn on the order they were stored in
    (by id alone, the earliest stored took the places)."""
    table = _DOCUMENT_BANDS
    documents = _DOCUMENTS
    shared = func.count().label("shared")
    query = (
        select(table.c.document_id, shared)
        .join(documents, documents.c.id == table.c.document_id)
        .where(table.c.band.in_(bindparam("bands", expanding=True)))
        .group_by(table.c.document_id, documents.c.sha256)
        .order_by(shared.desc(), documents.c.sha256, table.c.document_id)
        .limit(_MAX_CHECKED + len(exclude))
    )
    rows = conn.execute(query, {"bands": bands})
    return [doc_id for doc_id, _ in rows if doc_id not in exclude][:_MAX_CHECKED]


def find_copy_of(
    conn: Connection,
    text: str,
    *,
    threshold: float = COPY_THRESHOLD,
    exclude_document_ids: Iterable[int] = (),
    min_shingles: int = MIN_SHINGLES,
    language: str = "en",
) -> CopyMatch | None:
    """The earliest stored document that ``text`` is a near-copy of, or ``None``: the
    first of :func:`find_copies` by :func:`original_key` (publication date, then the
    text's SHA-256, never the order of ingest), so a chain of reprints points at the
    first version the store knows."""
    found = find_copies(
        conn,
        text,
        threshold=threshold,
        exclude_document_ids=exclude_document_ids,
        min_shingles=min_shingles,
        language=language,
    )
    return found[0] if found else None


def find_copies(
    conn: Connection,
    text: str,
    *,
    threshold: float = COPY_THRESHOLD,
    exclude_document_ids: Iterable[int] = (),
    min_shingles: int = MIN_SHINGLES,
    language: str = "en",
) -> list[CopyMatch]:
    """Every stored document that ``text`` is a near-copy of, earliest first by
    :func:`original_key` (then by id).

    Pass the document body: headlines and bylines are what a reprint changes. Candidates
    come from shared LSH bands (at most ``_MAX_CHECKED``); each is confirmed against
    ``documents.text``: with the exact shingle Jaccard (at least ``threshold``) when both
    bodies have ``min_shingles`` shingles or more, else by their sentences
    (:func:`is_short_copy`: two sentences or more, each a sentence of the other;
    ``language`` splits them). The similarity returned is the exact Jaccard either way.
    """
    own, bands = _shingles_and_bands(text)
    if not bands:
        return []
    exclude = set(exclude_document_ids)
    candidates = _band_candidates(conn, list(bands), exclude)
    # A brief cut from a longer story shares too few shingles to share a band with it:
    # the documents holding its sentences (or, for a longer text, the stored briefs
    # whose sentences it holds) are candidates too, those the bands found left out.
    candidates += _sentence_candidates(
        conn, text, language, len(own) < min_shingles, exclude | set(candidates)
    )
    if not candidates:
        return []
    documents = _DOCUMENTS
    query = select(documents.c.id, documents.c.text, *ORIGINAL_KEY_COLUMNS).where(
        documents.c.id.in_(bindparam("ids", expanding=True))
    )
    confirmed: list[tuple[Any, int, float]] = []
    for row in conn.execute(query, {"ids": candidates}):
        theirs = shingles(row.text)
        similarity = jaccard(own, theirs)
        if (
            is_short_copy(text, row.text, language)
            if min(len(own), len(theirs)) < min_shingles
            else similarity >= threshold
        ):
            confirmed.append((original_key_of(row), row.id, similarity))
    confirmed.sort(key=lambda c: (c[0], c[1]))
    return [CopyMatch(int(doc_id), round(similarity, 4)) for _, doc_id, similarity in confirmed]
