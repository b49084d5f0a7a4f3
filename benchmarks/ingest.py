"""Ingest throughput on generated news articles, beside the ceiling measured in the same run.

Articles come from ``_articles.newsroom``: 300–600 words over twelve topics, about 30 %
covering an event another outlet covered (one figure in five reported differently) and
5 % reprints. Prints articles/s, claims/s and MB/s for: raw segmentation (the ceiling),
analysis alone (one process), ingest ``--no-match``, ingest with matching (one process,
as ``Store.ingest`` in a loop), batch ingest without and with matching (analysis in
worker processes, documents committed in groups, as ``factcheck ingest`` of a folder or
JSON Lines file), and the store's own cost with the analyses given (a commit per
document against grouped commits). ``--scale`` adds the
speed of the last ``--tail`` articles at growing store sizes, and at each size the CPU
p50/p95 of one claim's candidate search (``find_candidates``, the single lookup's
budget) for up to 400 of the claims just stored. Figures, not a test:
nothing asserts on time.

    python benchmarks/ingest.py                       # 300 articles
    python benchmarks/ingest.py --scale 1000,10000,50000   # long: opt-in
    python benchmarks/ingest.py --scale 1000,10000 --tail 50 --scale-fill bulk --scale-only
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
from _cpu import descendants_cpu

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
    """CPU time of this process and of its workers, in seconds: its finished children,
    and the fork server the workers are forked from with what it has reaped of them
    (``_cpu.descendants_cpu``; the server lives as long as this process).

    On a machine others share, wall time measures their load as much as ours; CPU time
    is what a stage costs, so the table prints both and the ratio in each.
    """
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime + descendants_cpu()


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
        "--scale-fill",
        choices=("match", "bulk"),
        default="match",
        help="how --scale fills the store before each timed tail: 'match' ingests every "
        "article with matching (hours at 50,000); 'bulk' stores them with --no-match, "
        "indexes their claims and adds the pairs the in-memory self-join finds as matches "
        "(a store of the same size and shape in a fraction of the time)",
    )
    parser.add_argument(
        "--scale-only", action="store_true", help="skip the stage table; run --scale only"
    )
    parser.add_argument(
        "--legacy", action="store_true", help="use the old one-sentence-template articles"
    )
    args = parser.parse_args()
    if args.scale_only:
        sizes = [int(x) for x in args.scale.split(",") if x]
        run_scale(sizes, args.tail, args.seed, args.workers, fill=args.scale_fill)
        return

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
        run_scale(
            [int(x) for x in args.scale.split(",") if x],
            args.tail,
            args.seed,
            args.workers,
            fill=args.scale_fill,
        )


def run_scale(
    sizes: list[int], tail: int, seed: int, workers: int | None, *, fill: str = "match"
) -> None:
    """Ingest speed of the last ``tail`` articles as the store grows to each size.

    One store is filled in order and the ``tail`` articles before each size are
    ingested with matching, one ``Store.ingest`` each, and timed (CPU of this process,
    and wall), so each figure is measured at that size, with the earlier articles'
    claims, index and matches in the store. ``fill`` is how the articles before each
    tail are stored: ``match`` ingests them with matching, as a desk would (batch
    ingest; hours at 50,000 articles); ``bulk`` stores them with ``--no-match``, adds
    their claims to the candidate index and stores as matches the pairs the in-memory
    self-join finds (as ``candidates.match_corpus``, rapidfuzz score 70 or more, at
    most 10 a claim): the tables have a real store's size and shape, the statuses of the
    filled claims are not decided.
    """
    from datetime import UTC, datetime

    from rapidfuzz import fuzz, process

    from factcheck.match.candidates import CORPUS_LIMIT, CandidateIndex, add_claims, index_tokens
    from factcheck.match.matcher import POOL_PER_CLAIM, POSTINGS_PER_CLAIM
    from factcheck.models import MatchRow

    biggest = max(sizes)
    articles = list(newsroom(biggest, seed))
    docs = _documents(articles)
    print(f"\ningest with matching, last {tail} articles before each store size (fill: {fill}):")
    print(
        f"{'store size':>12}{'CPU s':>8}{'ms CPU/article':>16}{'wall s':>9}{'articles/s':>12}"
        f"{'claims':>10}{'matches':>10}{'search p50/p95 ms':>19}"
    )
    first_cpu = None
    index = CandidateIndex(max_postings=POSTINGS_PER_CLAIM, pool=POOL_PER_CLAIM)
    per_claim: dict[int, int] = {}
    forms: dict[int, str] = {}

    def bulk(store: Store, batch: list[RawDocument]) -> None:
        if not batch:
            return
        with store.connect() as conn:
            last = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM claims").scalar() or 0
        _ingest_all(store, batch, match=False, workers=workers)
        with store.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT id, text, document_id FROM claims WHERE id > ? ORDER BY id", (last,)
            ).all()
        with store.engine.begin() as conn:
            add_claims(conn, [(r[0], r[1]) for r in rows])
        document_of = {r[0]: r[2] for r in rows}
        now = datetime.now(UTC)
        found = []
        pairs = []
        for claim_id, claim_text, _ in rows:
            # As match_corpus does, with the index and forms kept from one fill to the next.
            tokens = index_tokens(claim_text, index.language)
            form = " ".join(tokens)
            found_ids = [cid for cid, _ in index.query_terms(set(tokens), limit=CORPUS_LIMIT)]
            for _, score, other_id in process.extract(
                form,
                {cid: forms[cid] for cid in found_ids},
                scorer=fuzz.token_set_ratio,
                processor=None,
                limit=None,
                score_cutoff=70,
            ):
                pairs.append((other_id, claim_id, float(score)))
            index.add_terms(claim_id, set(tokens))
            forms[claim_id] = form
        for low, high, score in sorted(pairs, key=lambda pair: -pair[2]):
            if document_of.get(low, -1) == document_of[high]:
                continue
            if per_claim.get(low, 0) >= 10 or per_claim.get(high, 0) >= 10:
                continue
            per_claim[low] = per_claim.get(low, 0) + 1
            per_claim[high] = per_claim.get(high, 0) + 1
            found.append(
                {
                    "claim_id": low,
                    "other_claim_id": high,
                    "relation": "corroborates" if score >= 75 else "conflicts",
                    "score": score / 100,
                    "reasons": "[]",
                    "needs_review": score < 80,
                    "independent": True,
                    "created_at": now,
                }
            )
        with store.engine.begin() as conn:
            for start in range(0, len(found), 5_000):
                conn.execute(MatchRow.__table__.insert(), found[start : start + 5_000])

    with tempfile.TemporaryDirectory() as tmp:
        store = _store(tmp, "scale.sqlite3", None)
        done = 0
        for size in sorted(sizes):
            start = max(done, size - tail)
            if fill == "bulk":
                bulk(store, docs[done:start])
            else:
                _ingest_all(store, docs[done:start], match=True, workers=workers)
            with store.connect() as conn:
                last = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM claims").scalar() or 0
            c0 = cpu_seconds()
            seconds = _ingest_all(store, docs[start:size], match=True, workers=1)
            spent = cpu_seconds() - c0
            done = size
            with store.connect() as conn:
                n_claims = conn.exec_driver_sql("SELECT count(*) FROM claims").scalar()
                n_matches = conn.exec_driver_sql("SELECT count(*) FROM matches").scalar()
                if fill == "bulk":
                    # The timed articles join the in-memory index the next fill searches.
                    for claim_id, claim_text in conn.exec_driver_sql(
                        "SELECT id, text FROM claims WHERE id > ? ORDER BY id", (last,)
                    ):
                        tokens = index_tokens(claim_text, index.language)
                        index.add_terms(claim_id, set(tokens))
                        forms[claim_id] = " ".join(tokens)
            p50, p95 = _search_percentiles(store, last)
            count = size - start
            first_cpu = first_cpu or spent / count
            print(
                f"{size:>12,}{spent:>8.1f}{1000 * spent / count:>16.0f}{seconds:>9.1f}"
                f"{count / seconds:>12.2f}{n_claims:>10,}{n_matches:>10,}"
                f"{1000 * p50:>10.1f}/{1000 * p95:.1f}"
                f"   (CPU per article {spent / count / first_cpu:.2f}x the first size's)"
            )


def _search_percentiles(store: Store, after: int, sample: int = 400) -> tuple[float, float]:
    """(p50, p95) CPU seconds of one claim's candidate search at the store's present size:
    up to ``sample`` claims stored after id ``after`` (the tail just timed) are searched
    again one by one, as a new claim reported again would be (``find_candidates``, the
    single lookup's default budget, the claim itself left out), each timed in CPU
    (``time.process_time``). The search alone; the tail's figures above are matching's
    whole cost."""
    from factcheck.match.candidates import find_candidates

    spent: list[float] = []
    with store.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT id, text FROM claims WHERE id > ? ORDER BY id LIMIT ?", (after, sample)
        ).all()
        for claim_id, claim_text in rows:
            c0 = time.process_time()
            find_candidates(conn, claim_text, exclude_claim_ids=[claim_id])
            spent.append(time.process_time() - c0)
    if not spent:
        return 0.0, 0.0
    ordered = sorted(spent)
    return ordered[len(ordered) // 2], ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


if __name__ == "__main__":
    main()
