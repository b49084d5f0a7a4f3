"""Invariants of the whole pipeline on arbitrary text, through the store."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.read import RawDocument
from factcheck.store import Store

WORDS = st.sampled_from(
    [
        "The", "mayor", "said", "about", "1,200", "people", "may", "have", "left", "Zürich",
        "on", "Monday", "“quoted”", "Dr.", "U.S.", "and", "fell", "3.5%", "—", "it", "is",
        "clear", "that", "reportedly", "\r\n", "\n\n", ".", ",", "?", "not",
    ]
)  # fmt: skip
TEXTS = st.lists(WORDS, min_size=1, max_size=60).map(" ".join).filter(lambda t: t.strip())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_spans_slice_back_and_ingest_is_idempotent(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'p.sqlite3'}")
        first = store.ingest(RawDocument(text=text, source="Prop"))
        stored = store.document(first.id, with_text=True)["text"]
        assert stored == text
        claims = store.claims()
        for claim in claims:
            assert stored[claim["start"] : claim["end"]] == claim["quote"]
            for marker in claim["markers"]:
                assert stored[marker["start"] : marker["end"]] == marker["text"]
        again = store.ingest(RawDocument(text=text, source="Prop"))
        assert again.status == "duplicate" and again.id == first.id
        assert store.claims() == claims
        store.engine.dispose()
