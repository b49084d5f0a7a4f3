"""What matching keeps per claim (words, attribution, features, frame checks) gives the
answers a cold read gives, whatever was asked before (issue #14: per-claim work is done
once per claim, never per pair, and never changes a decision)."""

from __future__ import annotations

import importlib
import itertools
import pkgutil
from typing import Any

import factcheck
from factcheck.match.frames import (
    claim_tokens,
    fold_phrasal_verbs,
    folded_tokens,
    frame,
    main_statement,
    strip_attribution,
)
from factcheck.match.relation import claim_features, compare, figure_clauses, frames_differ
from factcheck.normalize import tokenize

# Written for this test: two reports of one flood, a rival figure, another town, a
# denial, a quoted speaker, a coordinated pair of figures and an aside.
CLAIMS = [
    "Flood water reached 2.4 metres in Harnby on Sunday, the river authority said.",
    "The river authority said the water in Harnby peaked at 2.4 metres on Sunday.",
    "Flood water reached 3.1 metres in Harnby on Sunday.",
    "Flood water reached 2.4 metres in Colbeck on Sunday.",
    "Officials denied that the Harnby flood defences had failed.",
    "According to the mayor, 120 homes were flooded and 40 people were moved.",
    "The pumping station, which was built in 1978, stopped working on Saturday.",
    "The pumping station stopped working without any warning on Saturday.",
    # Two states of one bridge, and a speaker's conjunct (kept per claim since #14).
    "The Harnby footbridge was unsafe, the council said.",
    "The Harnby footbridge remained closed on Sunday.",
    "Police said the pumping station flooded and urged residents to stay away.",
]


def _every_cache() -> list[Any]:
    found = []
    for info in pkgutil.walk_packages(factcheck.__path__, "factcheck."):
        if info.name.startswith("factcheck.__main__"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and hasattr(value, "__wrapped__"):
                found.append(value)
    return found


def _answers(order: list[str]) -> dict[object, object]:
    frames = {text: frame(text) for text in CLAIMS}
    out: dict[object, object] = {}
    for text in order:
        out[("features", text)] = claim_features(text)
        out[("clauses", text)] = figure_clauses(text)
        out[("main", text)] = main_statement(text)
        out[("attribution", text)] = strip_attribution(text)
    for a, b in itertools.permutations(order, 2):
        fr = (frames[a], frames[b])
        out[("differ", a, b)] = frames_differ(a, b, frames=fr)
        result = compare(a, b, frames=fr)
        out[("compare", a, b)] = (result.relation, result.score, result.reasons)
    return out


def test_kept_words_are_the_words_read_afresh() -> None:
    for text in CLAIMS:
        assert claim_tokens(text) == tokenize(text)
        assert folded_tokens(text) == tuple(fold_phrasal_verbs(tokenize(text)))
        # Kept: the second read is the same object, not a new reading.
        assert folded_tokens(text) is folded_tokens(text)


def test_features_and_decisions_do_not_depend_on_what_was_kept_before() -> None:
    caches = _every_cache()
    for cache in caches:
        cache.cache_clear()
    cold = _answers(CLAIMS)
    # Warm caches, claims met in the other order: every answer is the same.
    warm = _answers(CLAIMS[::-1])
    assert warm == cold
    for cache in caches:
        cache.cache_clear()
    assert _answers(CLAIMS[::-1]) == cold
    related = [k for k, value in cold.items() if k[0] == "compare" and value[0] != "unrelated"]
    flagged = [k for k, value in cold.items() if k[0] == "differ" and value]
    # The claims exercise both sides: pairs judged related and pairs the frames set apart.
    assert related and flagged


def test_a_pair_never_tokenises_a_whole_claim_again(monkeypatch: Any) -> None:
    """Once a claim's words are read, checking and comparing it with another claim reads
    them from the claim's memo: tokenising a whole claim (or its core) again for every
    pair made the frame check three times slower once (a light-verb check, #14)."""
    from factcheck.match import relation

    _answers(CLAIMS)  # every claim read once
    wholes = set(CLAIMS) | {strip_attribution(text)[0] for text in CLAIMS}
    wholes |= {frame(text).text for text in CLAIMS}
    seen: list[str] = []
    real = relation.tokenize

    def counted(text: str) -> Any:
        seen.append(text)
        return real(text)

    monkeypatch.setattr(relation, "tokenize", counted)
    frames = {text: frame(text) for text in CLAIMS}
    for a, b in itertools.permutations(CLAIMS, 2):
        frames_differ(a, b, frames=(frames[a], frames[b]))
        compare(a, b, frames=(frames[a], frames[b]))
    assert [text for text in seen if text in wholes] == []
