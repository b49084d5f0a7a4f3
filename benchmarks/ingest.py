"""Ingest throughput on generated articles, beside the ceiling measured in the same run.

Prints documents/s, claims/s and MB/s for: raw segmentation (the ceiling the issue names),
the whole pure pipeline (segment + claims + markers), and ingest into a fresh SQLite file
(pipeline + storage, one transaction per document). Figures, not a test: nothing asserts
on time.

    python benchmarks/ingest.py            # N=1,000 articles
    python benchmarks/ingest.py --n 200 --db postgresql+psycopg://...
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.analyze import analyze
from factcheck.read import RawDocument
from factcheck.segment import segment
from factcheck.store import Store

SYLLABLES = [
    "ar",
    "bel",
    "cor",
    "dun",
    "el",
    "fen",
    "gar",
    "hol",
    "ist",
    "jor",
    "kel",
    "lom",
    "mar",
    "nor",
    "ost",
    "pel",
    "quin",
    "ros",
    "sal",
    "tor",
    "ul",
    "ven",
    "wes",
    "yar",
]
THINGS = [
    "bridge ferry terminal",
    "water plant",
    "rail depot",
    "clinic",
    "grain silo",
    "power station",
    "school",
    "harbour wall",
    "library",
    "stadium",
    "hospital wing",
    "bus garage",
    "tunnel",
    "reservoir",
    "market hall",
    "court building",
    "fire station",
    "airport runway",
    "steel mill",
    "paper factory",
    "museum",
    "dam",
    "sewage works",
    "town hall",
    "shopping centre",
    "wind farm",
    "ferry",
    "tram line",
    "motorway junction",
]
VERBS = [
    "reopened",
    "closed",
    "was evacuated",
    "was inspected",
    "was sold",
    "flooded",
    "was damaged",
    "was expanded",
    "was privatised",
    "lost power",
    "was renamed",
    "was fined",
    "was audited",
    "caught fire",
    "was rebuilt",
]
ROLES = [
    "mayor",
    "minister",
    "police chief",
    "health officer",
    "port director",
    "judge",
    "union leader",
]
OUTLETS = [f"Outlet {c}" for c in "ABCDEFGHIJ"]


def name(rng: random.Random, parts: int = 2) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def sentence(rng: random.Random) -> str:
    """One news-like sentence; names and numbers vary so claims rarely collide by chance."""
    place, thing, verb = name(rng), rng.choice(THINGS), rng.choice(VERBS)
    person = f"{rng.choice(ROLES)} {name(rng)} {name(rng, 3)}"
    n = rng.randint(2, 90_000)
    kind = rng.randrange(6)
    if kind == 0:
        return f"The {thing} in {place} {verb} on Tuesday, the {person} said."
    if kind == 1:
        return f"About {n:,} residents of {place} were affected, and {n // 7:,} were moved."
    if kind == 2:
        return f"Officials may review the {thing} again in March, according to {place} records."
    if kind == 3:
        return f"It is believed that the {thing} {verb} after cracks appeared in {place}."
    if kind == 4:
        return f"“We saw it coming,” said a resident of {place}. “Nobody listened.”"
    return f"The U.S. partner of the {place} {thing} reported {n / 10:.1f}% growth in {place}."


def article(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(5, 9)):
        paragraphs.append(" ".join(sentence(rng) for _ in range(rng.randint(2, 4))))
    return "\n\n".join(paragraphs) + "\n"


def rate(count: float, seconds: float) -> str:
    return f"{count / seconds:,.1f}" if seconds > 0 else "inf"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="articles to generate")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--db", help="URL of an empty database to write into (default: a fresh SQLite file)"
    )
    args = parser.parse_args()

    rng = random.Random(args.seed)
    texts = [article(rng) for _ in range(args.n)]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    t0 = time.perf_counter()
    sentences = sum(len(segment(t)) for t in texts)
    seg_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    analyses = [analyze(t) for t in texts]
    pipe_s = time.perf_counter() - t0
    claims = sum(len(a.claims) for a in analyses)

    timings: dict[str, float] = {}
    for label, match in (("storage", False), ("storage + matching", True)):
        with tempfile.TemporaryDirectory() as tmp:
            url = args.db or f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
            store = Store(url)
            t0 = time.perf_counter()
            for i, text in enumerate(texts):
                # Outlets are named per pass so that a shared --db sees no duplicates; the
                # first pass indexes nothing, so the second matches only its own documents.
                source = f"{OUTLETS[i % len(OUTLETS)]} ({label})"
                store.ingest(RawDocument(text=text, source=source), match=match)
            timings[label] = time.perf_counter() - t0
            backend = store.engine.dialect.name
            store.engine.dispose()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"articles: {args.n:,}  text: {megabytes:.2f} MB  sentences: {sentences:,}  "
        f"claims: {claims:,}  backend: {backend}"
    )
    print(f"{'stage':<34}{'seconds':>9}{'docs/s':>10}{'claims/s':>11}{'MB/s':>8}")
    ingest_s = timings["storage"]
    full_s = timings["storage + matching"]
    for name, seconds in (
        ("segmentation only (ceiling)", seg_s),
        ("analysis (segment+claims+markers)", pipe_s),
        ("ingest, no matching", ingest_s),
        ("ingest with matching (default)", full_s),
    ):
        print(
            f"{name:<34}{seconds:>9.2f}{rate(args.n, seconds):>10}"
            f"{rate(claims, seconds):>11}{rate(megabytes, seconds):>8}"
        )
    print(f"ingest without matching / segmentation speed: {seg_s / ingest_s:.1%}")
    print(f"ingest without matching / analysis speed (storage overhead): {pipe_s / ingest_s:.1%}")
    print(f"ingest with matching / segmentation speed: {seg_s / full_s:.1%}")
    print(f"peak memory: {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
