"""Ingest throughput on generated news articles, beside the ceiling measured in the same run.

Articles come from ``_articles.newsroom``: 300–600 words over twelve topics, about 30 %
covering an event another outlet covered (one figure in five reported differently) and
5 % reprints. Prints articles/s, claims/s and MB/s for: raw segmentation (the ceiling),
analysis alone (one process), ingest ``--no-match``, ingest with matching (one process,
as ``Store.ingest`` in a loop), batch ingest without and with matching (analysis in
worker processes, documents committed in groups, as ``factcheck ingest`` of a folder or
JSON Lines file), and the store's own cost with the analyses given (a commit per
document against grouped commits). ``--scale`` adds, at growing store sizes, the cost
of ingesting the same ``--tail`` articles with matching, and the CPU p50/p95 of one
claim's candidate search (``find_candidates``, the single lookup's budget) for up to
400 of the claims just stored; the stores are filled from a few hundred analysed
articles (``_replay``), and ``--baseline`` times a checkout's code beside this code's
on the same stores. Figures, not a test: nothing asserts on time.

    python benchmarks/ingest.py                       # 300 articles
    python benchmarks/ingest.py --scale 0,1000,10000,50000 --tail 50 --scale-only \\
        --baseline ../factcheck-base
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
        help="comma-separated store sizes (e.g. 0,1000,10000,50000): time ingest with "
        "matching of --tail articles into a store of that many articles (opt-in)",
    )
    parser.add_argument("--tail", type=int, default=500, help="articles timed per store size")
    parser.add_argument(
        "--templates",
        type=int,
        default=300,
        help="articles ingested with matching whose rows --scale copies to fill its stores",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        help="a checkout of the code to compare with: --scale times its ingest beside this "
        "code's on the same stores",
    )
    parser.add_argument(
        "--db-dir", type=Path, help="where --scale keeps its SQLite files (default: temp)"
    )
    parser.add_argument(
        "--scale-only", action="store_true", help="skip the stage table; run --scale only"
    )
    parser.add_argument(
        "--legacy", action="store_true", help="use the old one-sentence-template articles"
    )
    args = parser.parse_args()
    if args.scale_only:
        run_scale(args)
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
        run_scale(args)


_TAIL_CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[5])
from _articles import newsroom
from ingest import _documents, _search_percentiles, cpu_seconds
from factcheck.analyze import analyze
from factcheck.store import Store
path, seed, skip, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
docs = _documents(list(newsroom(skip + count, seed))[skip:])
store = Store(f"sqlite:///{path}")
analyze("The council met on Monday.")  # lexicons and models loaded: no article's cost
with store.connect() as conn:
    claims, matches = (
        conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
        for table in ("claims", "matches")
    )
    last = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM claims").scalar()
cpu, wall = cpu_seconds(), time.perf_counter()
for doc in docs:
    store.ingest(doc)
cpu, wall = cpu_seconds() - cpu, time.perf_counter() - wall
p50, p95 = _search_percentiles(store, last)
print(json.dumps({"cpu": cpu, "wall": wall, "claims": claims, "matches": matches,
                  "p50": p50, "p95": p95}))
"""


def run_scale(args: argparse.Namespace) -> None:
    """Ingest with matching of the same ``--tail`` articles into stores of each size.

    The first ``--templates`` newsroom articles are ingested with matching (batch
    ingest) into a store of their own; a store of each size is then filled with copies
    of its rows (``_replay``: other names, figures, weekdays, months and outlets in each
    copy; minutes at 50,000 articles where ingesting them takes hours), the sizes in
    turn, each fill adding to the last. At each size the ``--tail`` articles that follow
    the templates in the generator (about a third of them covering the templates'
    events) are ingested with matching, one ``Store.ingest`` each, analysis included,
    into a copy of the filled store, in a child process for each code (``--baseline``'s
    when given, then this code's, so both are measured on the same stores in one run);
    the child also times one claim's candidate search for the tail's claims
    (:func:`_search_percentiles`). CPU is what the figures compare: the machine is
    shared.
    """
    import shutil

    from _child import run_child
    from _replay import Templates

    sizes = sorted({int(x) for x in args.scale.split(",") if x})
    here = Path(__file__).resolve().parent
    codes = {"this code": here.parent}
    if args.baseline is not None:
        codes = {"baseline": args.baseline.resolve(), **codes}
    with tempfile.TemporaryDirectory(dir=args.db_dir) as tmp:
        made = Path(tmp) / "templates.sqlite3"
        store = Store(f"sqlite:///{made}")
        c0, t0 = cpu_seconds(), time.perf_counter()
        _ingest_all(
            store, _documents(list(newsroom(args.templates, args.seed))), match=True,
            workers=args.workers,
        )  # fmt: skip
        store.engine.dispose()
        print(
            f"\ntemplates: {args.templates} articles ingested with matching in"
            f" {time.perf_counter() - t0:.0f} s ({cpu_seconds() - c0:.0f} s of CPU)"
        )
        replay = Templates(made, args.seed)
        filled = Path(tmp) / "filled.sqlite3"
        Store(f"sqlite:///{filled}").engine.dispose()
        print(f"ingest with matching of the {args.tail} articles after them, by store size:")
        print(
            f"{'articles':>9}{'claims':>11}{'matches':>11}{'fill s':>8}  {'code':<10}"
            f"{'ms CPU/article':>15}{'wall s':>8}{'search p50/p95 ms':>19}{'x first':>9}"
        )
        done, first = 0, {}
        for size in sizes:
            t0 = time.perf_counter()
            replay.fill(filled, done, size)
            done, fill_s = size, time.perf_counter() - t0
            for label, root in codes.items():
                scratch = Path(tmp) / "measured.sqlite3"
                shutil.copyfile(filled, scratch)
                found = run_child(
                    _TAIL_CHILD, [scratch, args.seed, args.templates, args.tail, here], root
                )
                for leftover in (scratch, *scratch.parent.glob(f"{scratch.name}-*")):
                    leftover.unlink()
                per = 1000 * found["cpu"] / args.tail
                first.setdefault(label, per)
                print(
                    f"{size:>9,}{found['claims']:>11,}{found['matches']:>11,}{fill_s:>8.0f}"
                    f"  {label:<10}{per:>15.0f}{found['wall']:>8.0f}"
                    f"{1000 * found['p50']:>10.1f}/{1000 * found['p95']:.1f}"
                    f"{per / first[label]:>9.2f}"
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
