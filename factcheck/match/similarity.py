"""Similarity scores for ranking candidate claims: lexical, fuzzy, rarity and embedding.

``compare`` decides a relation for one pair; before that, an index has to rank thousands
of stored claims for a new one. No single signal ranks well enough (fuzzy ratios miss
paraphrase, embeddings miss the rare shared name), so ``Ranker`` adds a BM25-style rarity
score, a fuzzy token ratio and, optionally, a static embedding cosine.

The embedding model is wordllama's, which ships inside its wheel: it is found next to the
installed package and never downloaded. It is optional and loaded once, on first use.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

__all__ = [
    "RankWeights",
    "Ranker",
    "embed",
    "embedding_available",
    "embedding_similarity",
    "fuzzy_similarity",
]


class EmbeddingUnavailable(RuntimeError):
    """wordllama is not installed; the embedding signal cannot be used."""


@cache
def _model() -> Any:
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise EmbeddingUnavailable(
            "the embedding signal needs wordllama (pip install wordllama)"
        ) from exc
    return WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def embedding_available() -> bool:
    """Whether the optional wordllama model can be loaded."""
    try:
        _model()
    except (EmbeddingUnavailable, OSError, ValueError):
        return False
    return True


def embed(texts: Sequence[str]) -> Any:
    """Unit-length embeddings (numpy array, one row per text)."""
    return _model().embed(list(texts), norm=True)


@lru_cache(maxsize=4096)  # keyed by claim texts: bounded, an ingest never ends
def _embed_one(text: str) -> Any:
    return embed([text])[0]


def embedding_similarity(a: str, b: str) -> float:
    """Cosine of the two texts' static embeddings, clipped to 0..1."""
    va, vb = _embed_one(a), _embed_one(b)
    return float(max(0.0, min(1.0, float(va @ vb))))


def fuzzy_similarity(a: str, b: str) -> float:
    """rapidfuzz token-set ratio on normalised text, 0..1."""
    from factcheck.normalize import normalize_text

    return fuzz.token_set_ratio(normalize_text(a), normalize_text(b)) / 100.0


@dataclass(frozen=True, slots=True)
class RankWeights:
    """Mix of the ranking signals; each signal is scaled to 0..1 before mixing.

    Defaults were chosen on the CLEF 2020 task 2 dev queries (docs/matching.md): rarity
    (BM25) carries most of the ranking, the embedding adds paraphrase; the fuzzy ratio adds
    nothing once both are in. Without embeddings, ``RankWeights(bm25=0.5, fuzzy=0.1,
    embedding=0)`` did best.
    """

    bm25: float = 0.5
    fuzzy: float = 0.0
    embedding: float = 0.3
    k1: float = 1.2
    b: float = 0.75


def _terms(text: str) -> list[str]:
    """Content lemmas plus normalised numbers: the words that make a claim findable."""
    from factcheck.match.relation import claim_features

    feats = claim_features(text)
    terms = list(feats.content)
    # Who said it makes a claim findable too ("X said …" against a verified claim naming X),
    # although the relation sets the speaker aside to compare what was said. Measured on
    # CLEF 2020 task 2 (benchmarks/relations.py): BM25 MAP@5 0.896 without, 0.904 with.
    if feats.speaker:
        terms += claim_features(feats.speaker).content
    terms += [q.normalized() for q in feats.quantities]
    terms += [d.iso() for d in feats.dates]
    return terms


class Ranker:
    """Rank a fixed set of documents (e.g. verified claims) for free-text queries.

    Each document may have several fields (claim text, article title); a query scores
    against their concatenation for BM25 and against the best field for fuzzy and
    embedding similarity.
    """

    def __init__(
        self,
        documents: Sequence[Sequence[str] | str],
        *,
        weights: RankWeights | None = None,
        use_embeddings: bool | None = None,
    ) -> None:
        """``use_embeddings=None`` uses wordllama when it is installed and skips it otherwise."""
        self.weights = weights or RankWeights()
        if use_embeddings is None:
            use_embeddings = self.weights.embedding > 0 and embedding_available()
        self.fields: list[tuple[str, ...]] = [
            (d,) if isinstance(d, str) else tuple(f for f in d if f) for d in documents
        ]
        self.use_embeddings = use_embeddings and self.weights.embedding > 0
        self._postings: dict[str, list[tuple[int, int]]] = {}
        self._lengths: list[int] = []
        for i, fields in enumerate(self.fields):
            counts = Counter(t for f in fields for t in _terms(f))
            self._lengths.append(sum(counts.values()))
            for term, tf in counts.items():
                self._postings.setdefault(term, []).append((i, tf))
        n = len(self.fields)
        self._avg_len = (sum(self._lengths) / n) if n else 0.0
        self._idf = {
            t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self._postings.items()
        }
        from factcheck.normalize import normalize_text

        self._normalized = [tuple(normalize_text(f) for f in fields) for fields in self.fields]
        self._vectors: Any = None
        self._owner: Any = None
        if self.use_embeddings:
            import numpy as np

            flat = [f for fields in self.fields for f in fields]
            self._owner = np.repeat(np.arange(len(self.fields)), [len(f) for f in self.fields])
            self._vectors = embed(flat)

    def bm25(self, query: str) -> list[float]:
        """BM25 score of every document, scaled so the best possible match is about 1."""
        w = self.weights
        scores = [0.0] * len(self.fields)
        terms = set(_terms(query))
        for term in terms:
            idf = self._idf.get(term)
            if idf is None:
                continue
            for i, tf in self._postings[term]:
                norm = 1 - w.b + w.b * self._lengths[i] / (self._avg_len or 1)
                scores[i] += idf * tf * (w.k1 + 1) / (tf + w.k1 * norm)
        ceiling = sum(self._idf.get(t, 0.0) for t in terms) * (w.k1 + 1) / (1 + w.k1) or 1.0
        return [min(1.0, s / ceiling) for s in scores]

    def scores(self, query: str, *, shortlist: int = 200) -> list[tuple[int, float]]:
        """(document index, combined score) for the best ``shortlist`` documents by BM25
        and embedding, best first; fuzzy matching runs on that shortlist only."""
        from factcheck.normalize import normalize_text

        w = self.weights
        lexical = self.bm25(query)
        candidates = set(sorted(range(len(lexical)), key=lexical.__getitem__)[-shortlist:])
        semantic: Any = None
        if self._vectors is not None:
            import numpy as np

            field_sims = self._vectors @ embed([query])[0]
            semantic = np.full(len(self.fields), -1.0)
            np.maximum.at(semantic, self._owner, field_sims)
            candidates |= {int(i) for i in np.argsort(semantic)[-shortlist:]}
        nq = normalize_text(query)
        total = w.bm25 + w.fuzzy + (w.embedding if self._vectors is not None else 0.0)
        out = []
        for i in candidates:
            s = w.bm25 * lexical[i]
            if w.fuzzy:
                s += w.fuzzy * max(fuzz.token_set_ratio(nq, f) for f in self._normalized[i]) / 100.0
            if semantic is not None:
                s += w.embedding * max(0.0, float(semantic[i]))
            out.append((i, s / total))
        out.sort(key=lambda x: -x[1])
        return out

    def rank(self, query: str, k: int = 5) -> list[tuple[int, float]]:
        """The ``k`` best documents for ``query`` as (index, score)."""
        return self.scores(query)[:k]
