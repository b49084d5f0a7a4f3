"""Ingest throughput on generated news articles, beside the ceiling measured in the same run.

Articles come from ``_articles.newsroom``: 300–600 words over twelve topics, about 30 %
covering an event another outlet covered (one figure in five reported differently) and
5 % reprints. Prints articles/s, claims/s and MB/s for: raw segmentation (the ceiling),
analysis alone (one process), ingest ``--no-match``, ingest with matching (one process,
as ``Store.ingest`` in a loop), batch ingest without and with matching (analysis in
worker processes, documents committed in groups, as ``factcheck ingest`` of a folder or
JSON Lines file), and the store's own cost with the analyses given (a commit per
document against grouped commits). ``--scale`` adds the
speed of the last ``--tail`` articles at growing store sizes. Figures, not a test:
nothing asserts on time.

    python benchmarks/ingest.py                       # 300 articles
    python benchmarks/ingest.py --scale 1000,10000,50000   # long: opt-in
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

from _articles import Article, newsroom

from factcheck.analyze import Analysis, analyze
from factcheck.batch import analysed, default_workers
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


def cold_caches() -> None:
    """Empty the package's bounded caches (``lru_cache``s keyed by sentences, claims and
    words), so that each stage starts as a fresh process would: otherwise the stages
    after "analysis alone" find the same texts analysed, and ``--no-match`` looks
    cheaper next to matching than it is. Unbounded ``cache``s are the lexicons and
    tables loaded once per process, whose start-up is not a rate: they stay."""
    for name, module in list(sys.modules.items()):
        if name == "factcheck" or name.startswith("factcheck."):
            for value in list(vars(module).values()):
                params = getattr(value, "cache_parameters", None)
                if (
                    callable(params)
                    and getattr(value, "__module__", None) == name
                    and params()["maxsize"] is not None
                ):
                    value.cache_clear()


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (batch workers), in seconds.

    On a machine others share, wall time measures their load as much as ours; CPU time
    is what a stage costs, so the table prints both and the ratio in each.
    """
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _ingest_all(
    store: Store, docs: list[RawDocument], *, match: bool, workers: int | None = 1
) -> float:
    """Seconds to store ``docs`` in order. ``workers`` == 1: ``Store.ingest`` in a loop
    (one transaction per document); otherwise as ``factcheck ingest`` of a folder does:
    analysis in worker processes, ``Store.ingest_batch`` committing in groups."""
    t0 = time.perf_counter()
    pipeline = analysed(docs, workers=workers, expected=len(docs))
    if workers == 1:
        for doc, analysis in pipeline:
            store.ingest(doc, analysis=analysis, match=match)
    else:
        for _doc, outcome in store.ingest_batch(pipeline, match=match):
            if isinstance(outcome, Exception):
                raise outcome
    return time.perf_counter() - t0


def _store_only(
    store: Store, docs: list[RawDocument], analyses: list[Analysis], *, grouped: bool
) -> float:
    """Seconds to store ``docs`` with their analyses given, without matching: the
    store's own cost, one transaction per document or in groups."""
    t0 = time.perf_counter()
    if grouped:
        for _doc, outcome in store.ingest_batch(zip(docs, analyses, strict=True), match=False):
            if isinstance(outcome, Exception):
                raise outcome
    else:
        for doc, analysis in zip(docs, analyses, strict=True):
            store.ingest(doc, analysis=analysis, match=False)
    return time.perf_counter() - t0


def _documents(articles: list[Article], tag: str = "") -> list[RawDocument]:
    return [RawDocument(text=a.text, source=a.source + tag, title=a.title) for a in articles]


def _store(tmp: str, name: str, url: str | None) -> Store:
    return Store(url or f"sqlite:///{Path(tmp) / name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="articles for the stage figures")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--db", help="URL of an empty database to write into (default: fresh SQLite files)"
    )
    parser.add_argument(
        "--workers", type=int, default=None, help="batch ingest processes (default: all cores)"
    )
    parser.add_argument(
        "--scale",
        default="",
        help="comma-separated store sizes (e.g. 1000,10000,50000): time ingest with matching "
        "of the last --tail articles into a store of that many articles (long: opt-in)",
    )
    parser.add_argument("--tail", type=int, default=500, help="articles timed per store size")
    parser.add_argument(
        "--legacy", action="store_true", help="use the old one-sentence-template articles"
    )
    args = parser.parse_args()

    if args.legacy:
        rng = random.Random(args.seed)
        articles = [Article(article(rng), OUTLETS[i % 10], f"T{i}", "new") for i in range(args.n)]
    else:
        articles = list(newsroom(args.n, args.seed))
    texts = [a.text for a in articles]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    words = sum(len(t.split()) for t in texts) / max(1, len(texts))

    c0, t0 = cpu_seconds(), time.perf_counter()
    sentences = sum(len(segment(t)) for t in texts)
    seg_s = time.perf_counter() - t0
    cpu: dict[str, float] = {"segmentation only (ceiling)": cpu_seconds() - c0}

    analyze(texts[0])  # load the lexicons and models first: their start-up is not a rate
    cold_caches()
    c0, t0 = cpu_seconds(), time.perf_counter()
    analyses = [analyze(t) for t in texts]
    claims = sum(len(a.claims) for a in analyses)
    pipe_s = time.perf_counter() - t0
    cpu["analysis alone (1 process)"] = cpu_seconds() - c0

    timings: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, match, workers in (
            ("ingest --no-match", False, 1),
            ("ingest with matching", True, 1),
            ("batch ingest --no-match", False, args.workers),
            ("batch ingest with matching", True, args.workers),
        ):
            store = _store(tmp, f"{len(timings)}.sqlite3", args.db)
            # Outlets are tagged per pass so that a shared --db sees no duplicates.
            docs = _documents(articles, f" ({label})" if args.db else "")
            cold_caches()
            c0 = cpu_seconds()
            timings[label] = _ingest_all(store, docs, match=match, workers=workers)
            cpu[label] = cpu_seconds() - c0
            backend = store.engine.dialect.name
            store.engine.dispose()
        # The store's own cost: the analyses above given, nothing matched.
        for label, grouped in (
            ("store only, a commit per document", False),
            ("store only, grouped commits", True),
        ):
            store = _store(tmp, f"{len(timings)}.sqlite3", args.db)
            docs = _documents(articles, f" ({label})" if args.db else "")
            c0 = cpu_seconds()
            timings[label] = _store_only(store, docs, analyses, grouped=grouped)
            cpu[label] = cpu_seconds() - c0
            store.engine.dispose()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kinds = {k: sum(1 for a in articles if a.kind == k) for k in ("new", "follow-up", "reprint")}
    print(
        f"articles: {args.n:,} ({kinds['new']} new events, {kinds['follow-up']} follow-ups "
        f"by other outlets, {kinds['reprint']} reprints), {words:.0f} words each on average"
    )
    print(
        f"text: {megabytes:.2f} MB  sentences: {sentences:,}  claims: {claims:,}  "
        f"backend: {backend}  cores: {default_workers()}"
    )
    print(f"{'stage':<34}{'seconds':>9}{'docs/s':>10}{'claims/s':>11}{'MB/s':>8}{'CPU s':>8}")
    for name, seconds in (
        ("segmentation only (ceiling)", seg_s),
        ("analysis alone (1 process)", pipe_s),
        *timings.items(),
    ):
        print(
            f"{name:<34}{seconds:>9.2f}{rate(args.n, seconds):>10}"
            f"{rate(claims, seconds):>11}{megabytes / seconds:>8.3f}{cpu[name]:>8.2f}"
        )
    no_match = timings["ingest --no-match"]
    print(
        f"ingest with matching / --no-match time: {timings['ingest with matching'] / no_match:.2f}x"
        f"  (batch: {timings['batch ingest with matching'] / no_match:.2f}x; goal <= 2x)"
    )
    print(
        "in CPU time (all processes): "
        f"{cpu['ingest with matching'] / cpu['ingest --no-match']:.2f}x"
        f"  (batch: {cpu['batch ingest with matching'] / cpu['batch ingest --no-match']:.2f}x"
        " of batch --no-match)"
    )
    print(f"peak memory: {peak_mb:,.0f} MB")
    if args.scale:
        run_scale([int(x) for x in args.scale.split(",") if x], args.tail, args.seed, args.workers)


def run_scale(sizes: list[int], tail: int, seed: int, workers: int | None) -> None:
    """Ingest speed of the last ``tail`` articles as the store grows to each size.

    One store is filled in order (batch ingest with matching, as a desk would), and the
    ``tail`` articles before each size are timed, so each figure is measured at that
    size, with every match the earlier articles produced in the store.
    """
    biggest = max(sizes)
    articles = list(newsroom(biggest, seed))
    docs = _documents(articles)
    print(f"\ningest with matching, last {tail} articles before each store size:")
    print(f"{'store size':>12}{'seconds':>10}{'articles/s':>12}{'claims':>10}{'matches':>10}")
    first_rate = None
    with tempfile.TemporaryDirectory() as tmp:
        store = _store(tmp, "scale.sqlite3", None)
        done = 0
        for size in sorted(sizes):
            start = max(done, size - tail)
            _ingest_all(store, docs[done:start], match=True, workers=workers)
            seconds = _ingest_all(store, docs[start:size], match=True, workers=workers)
            done = size
            with store.connect() as conn:
                n_claims = conn.exec_driver_sql("SELECT count(*) FROM claims").scalar()
                n_matches = conn.exec_driver_sql("SELECT count(*) FROM matches").scalar()
            speed = (size - start) / seconds
            first_rate = first_rate or speed
            print(
                f"{size:>12,}{seconds:>10.1f}{speed:>12.2f}{n_claims:>10,}{n_matches:>10,}"
                f"   ({first_rate / speed:.2f}x slower than the first size)"
            )


if __name__ == "__main__":
    main()
