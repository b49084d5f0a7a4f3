"""Does story assignment stay flat as the store grows?

Fills a SQLite file with synthetic stories — each with the key terms a real one has:
a dozen names drawn from a large pool, a few figures, and common words drawn from a
small Zipf-distributed vocabulary (the words every story shares: "police", "council") —
then times the lookup a new document makes at ingest (``stories.find_stories``) and
writing its terms (``stories.assign_document`` minus reading the text), for documents
planted in a known story. Prints, per store size, p50/p95 latency and how often the
planted story ranked first; beside it, in the same run, a full scan that scores every
story (what assignment would cost without the inverted index).

    python benchmarks/stories.py                       # 1 k, 10 k, 100 k stories
    python benchmarks/stories.py --sizes 1000 200000   # other sizes
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Engine, create_engine, event, insert, select
from sqlmodel import SQLModel

from factcheck.match.stories import KIND_WEIGHTS, StoryConfig, find_stories
from factcheck.models import StoryRow, StoryTermRow, StoryTermStatRow

stories_t = StoryRow.__table__  # type: ignore[attr-defined]
terms_t = StoryTermRow.__table__  # type: ignore[attr-defined]
stats_t = StoryTermStatRow.__table__  # type: ignore[attr-defined]

START = date(2020, 1, 1)
VOCABULARY = [f"word{i}" for i in range(3_000)]


def story_terms(rng: random.Random, story: int, names_pool: int) -> dict[str, str]:
    """Key terms of one synthetic story: 12 names, 4 figures, 12 common words."""
    terms = {f"name{rng.randrange(names_pool)}": "name" for _ in range(12)}
    terms |= {f"{rng.randrange(100, 100_000)}": "figure" for _ in range(4)}
    # Zipf: a few words in most stories, most words in few.
    for _ in range(12):
        terms.setdefault(VOCABULARY[min(int(rng.paretovariate(1.1)) - 1, 2_999)], "word")
    return terms


def build(engine: Engine, n: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    names_pool = max(n * 4, 1_000)
    all_terms = [story_terms(rng, i, names_pool) for i in range(n)]
    now = time.time()
    from datetime import UTC, datetime

    stamp = datetime.fromtimestamp(now, UTC)
    with engine.begin() as conn:
        rows = []
        for i in range(n):
            day = START + timedelta(days=i * 2000 // max(n, 1))
            rows.append(
                {
                    "id": i + 1,
                    "title": f"story {i + 1}",
                    "first_published": day,
                    "last_published": day + timedelta(days=3),
                    "created_at": stamp,
                    "updated_at": stamp,
                }
            )
        for start in range(0, n, 10_000):
            conn.execute(insert(stories_t), rows[start : start + 10_000])
        postings = [
            {"term": t, "story_id": i + 1, "kind": k, "documents": 1}
            for i, terms in enumerate(all_terms)
            for t, k in terms.items()
        ]
        for start in range(0, len(postings), 50_000):
            conn.execute(insert(terms_t), postings[start : start + 50_000])
        counts = Counter(t for terms in all_terms for t in terms)
        conn.execute(insert(stats_t), [{"term": t, "stories": c} for t, c in counts.items()])
    return all_terms


def query_terms(rng: random.Random, planted: dict[str, str]) -> dict[str, str]:
    """A new report on a planted story: most of its names and figures, some new words."""
    kept = {t: k for t, k in planted.items() if rng.random() < 0.7}
    kept |= {f"new{rng.randrange(10**9)}": "name" for _ in range(4)}
    kept |= {VOCABULARY[rng.randrange(50)]: "word" for _ in range(5)}
    return kept


def full_scan(engine: Engine, terms: dict[str, str]) -> int | None:
    """Score every story by reading the whole index: the baseline without postings."""
    scores: Counter[int] = Counter()
    with engine.connect() as conn:
        for term, story in conn.execute(select(terms_t.c.term, terms_t.c.story_id)):
            if term in terms:
                scores[story] += KIND_WEIGHTS[terms[term]]
    return scores.most_common(1)[0][0] if scores else None


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run(n: int, queries: int, scans: int, seed: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{Path(tmp) / 'stories.sqlite3'}")

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
            dbapi_conn.execute("PRAGMA journal_mode=WAL")
            dbapi_conn.execute("PRAGMA synchronous=NORMAL")

        SQLModel.metadata.create_all(engine)
        began = time.perf_counter()
        stored = build(engine, n, seed)
        built = time.perf_counter() - began
        rng = random.Random(seed + 1)
        config = StoryConfig()
        latencies: list[float] = []
        hits = 0
        with engine.connect() as conn:
            for _ in range(queries):
                planted = rng.randrange(n)
                terms = query_terms(rng, stored[planted])
                published = START + timedelta(days=planted * 2000 // n + 1)
                t0 = time.perf_counter()
                ranked = find_stories(conn, terms, config, published=published)
                latencies.append(time.perf_counter() - t0)
                hits += bool(ranked) and ranked[0][0] == planted + 1
        scan_times = []
        for _ in range(scans):
            planted = rng.randrange(n)
            terms = query_terms(rng, stored[planted])
            t0 = time.perf_counter()
            full_scan(engine, terms)
            scan_times.append(time.perf_counter() - t0)
        engine.dispose()
    ms = [t * 1000 for t in latencies]
    scan = f"{statistics.median(scan_times) * 1000:8.1f} ms" if scan_times else "       -"
    print(
        f"{n:>9,} stories  build {built:6.1f} s  lookup p50 {statistics.median(ms):6.2f} ms  "
        f"p95 {percentile(ms, 0.95):6.2f} ms  planted story first {hits / queries:.3f}  "
        f"full scan p50 {scan}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--scans", type=int, default=3, help="full-scan baseline queries")
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    print(f"story lookup at ingest (SQLite, {args.queries} new documents per size)")
    for n in args.sizes:
        run(n, args.queries, args.scans, args.seed)


if __name__ == "__main__":
    main()
