"""Ranking verified claims for a new claim (factcheck.match.similarity.Ranker)."""

from __future__ import annotations

from factcheck.match.similarity import Ranker


def test_the_speaker_of_a_claim_makes_it_findable() -> None:
    # Two verified claims say the same words; only one names the speaker of the query.
    verified = [
        "Councillor Ansel Varga said the harbour fees will double next year.",
        "Mayor Ilse Brandt said the harbour fees will double next year.",
    ]
    ranker = Ranker(verified, use_embeddings=False)
    query = '"The harbour fees will double next year," Mayor Ilse Brandt said.'
    [(best, _score), *_rest] = ranker.rank(query)
    assert best == 1
