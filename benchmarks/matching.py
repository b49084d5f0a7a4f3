"""How fast and how complete is candidate retrieval at scale?

Generates a synthetic corpus of news-like claims about invented people, places and firms,
plants matches (paraphrases, changed figures, approximators) of stored claims, and
measures, in one run:

* the SQL index (``factcheck.match.candidates`` on a SQLite file): build time, per-claim query
  latency p50/p95 with and without the rapidfuzz rerank, recall of planted matches;
* the in-memory ``CandidateIndex``: build time, latency, recall, memory;
* a brute-force rapidfuzz baseline over every stored claim (``process.cdist`` with all
  cores) on a few queries: latency, comparisons/s and recall, measured, not extrapolated;
* matching a corpus against itself with ``match_corpus`` (the ``rematch --all`` case).

It prints figures and never fails on them. Examples::

    python benchmarks/matching.py                    # 100 k claims, a quick run
    python benchmarks/matching.py --n 1000000        # the issue's 1 M target
    python benchmarks/matching.py --n 0 --self-join-n 100000   # only the self-join
    python benchmarks/matching.py --n 100000 --skip-sql --skip-memory --baseline-queries 0 \\
        --self-join-n 0 --postgres-url postgresql+psycopg://user@host/db   # PostgreSQL
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from _child import run_child
from _cpu import descendants_cpu
from rapidfuzz import fuzz, process
from sqlalchemy import Engine, bindparam, create_engine, event, insert, select, text
from sqlmodel import SQLModel

import factcheck.match.candidates as candidates_module
import factcheck.match.matcher as matcher_module
from factcheck.match.candidates import (
    CORPUS_LIMIT,
    CORPUS_MAX_POSTINGS,
    CORPUS_POOL,
    DEFAULT_LIMIT,
    DEFAULT_MAX_POSTINGS,
    CandidateIndex,
    add_claims,
    find_candidates,
    find_candidates_many,
    index_terms,
    match_corpus,
    rerank,
    rerank_text,
    select_terms,
)
from factcheck.match.frames import frame
from factcheck.match.matcher import (
    CANDIDATES_PER_CLAIM,
    POOL_PER_CLAIM,
    POSTINGS_PER_CLAIM,
    match_claims,
)
from factcheck.match.relation import MatchConfig
from factcheck.match.syndication import add_document, find_copy_of
from factcheck.models import ClaimRow, DocumentRow, MatchRow, SentenceRow, SourceRow, StoryRow

# --- a synthetic corpus ----------------------------------------------------------------

_ONSETS = [
    "b",
    "br",
    "c",
    "ch",
    "d",
    "dr",
    "f",
    "g",
    "gr",
    "h",
    "k",
    "kl",
    "l",
    "m",
    "n",
    "p",
    "pr",
    "r",
    "s",
    "st",
    "t",
    "tr",
    "v",
    "w",
    "z",
]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ea", "ou"]
_CODAS = ["n", "r", "l", "s", "th", "m", "nd", "rk", "ck", "st", "ll", "x"]
_PLACE_ENDINGS = ["ton", "ford", "by", "wick", "ham", "mouth", "stead", "vale", "more", "field"]
_FIRM_KINDS = [
    "Logistics",
    "Foods",
    "Energy",
    "Bank",
    "Telecom",
    "Motors",
    "Health",
    "Water",
    "Media",
    "Rail",
]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_CURRENCIES = ["euros", "pounds", "dollars", "crowns"]

# Each kind of fact has several phrasings. A stored claim uses one; its planted match uses
# another, so retrieval must survive different verbs, word order and added words.
_TEMPLATES: dict[str, list[str]] = {
    "evacuation": [
        "{n} residents of {place} were evacuated after the {river} flooded on {day}.",
        "Floods on the {river} forced {n} people in {place} to leave their homes on {day}.",
        "On {day}, {n} {place} residents left their homes as the {river} burst its banks.",
    ],
    "jobs": [
        "{firm} will cut {n} jobs at its {place} plant by {month}.",
        "{firm} plans to shed {n} positions at the {place} factory before {month}.",
        "By {month}, {n} workers at the {place} site of {firm} will lose their jobs.",
    ],
    "election": [
        "{person} won the {place} mayoral election with {p}% of the vote.",
        "{person} was elected mayor of {place}, taking {p}% of the ballots.",
        "With {p}% of votes cast, {person} became the new mayor of {place}.",
    ],
    "budget": [
        "The {place} council approved a budget of {m} million {cur} for {year}.",
        "Councillors in {place} passed a {m} million {cur} budget for {year}.",
        "{place} will spend {m} million {cur} in {year} under the budget the council adopted.",
    ],
    "prices": [
        "{firm} raised its prices in {place} by {p}% in {month}.",
        "Customers of {firm} in {place} have paid {p}% more since {month}.",
        "Since {month}, {firm} has charged {place} customers {p}% more.",
    ],
    "court": [
        "A court in {place} sentenced {person} to {small} years in prison on {day}.",
        "{person} was jailed for {small} years by a {place} court on {day}.",
        "On {day}, judges in {place} gave {person} a prison term of {small} years.",
    ],
    "crash": [
        "{small} people were injured when a bus overturned near {place} on {day}.",
        "A bus crash near {place} on {day} left {small} passengers hurt.",
        "On {day} a coach overturned outside {place}, injuring {small} people.",
    ],
    "resignation": [
        "{person} resigned as chief executive of {firm} on {day}.",
        "{firm} chief executive {person} stepped down on {day}.",
        "On {day}, {person} quit the top job at {firm}.",
    ],
    "survey": [
        "A survey by {firm} found that {p}% of adults in {place} sleep less than six hours.",
        "According to {firm}, {p}% of {place} adults get under six hours of sleep a night.",
        "{p}% of grown-ups in {place} sleep fewer than six hours, a {firm} survey says.",
    ],
    "hospital": [
        "A {n}-bed hospital will open in {place} in {year}, {person} said.",
        "{person} said {place} would get a new hospital with {n} beds by {year}.",
        "{place} is due to receive a {n}-bed hospital in {year}, according to {person}.",
    ],
    "heat": [
        "Temperatures in {place} reached {t} degrees on {day}, a record for {month}.",
        "{place} recorded {t} degrees on {day}, its hottest {month} day on record.",
        "A record {month} high of {t} degrees was measured in {place} on {day}.",
    ],
    "trains": [
        "{firm} will run {small} extra trains a day between {place} and {place2} from {month}.",
        "From {month}, {small} more daily trains will link {place} and {place2}, {firm} said.",
        "{firm} is adding {small} daily services on the {place} to {place2} line in {month}.",
    ],
}
_APPROXIMATORS = ["about", "nearly", "more than", "almost", "roughly"]


def _word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables)]
    return ("".join(parts) + rng.choice(_CODAS)).capitalize()


def _pool(rng: random.Random, size: int, make: Callable[[random.Random], str]) -> list[str]:
    seen: set[str] = set()
    while len(seen) < size:
        seen.add(make(rng))
    return sorted(seen)


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str
    slots: tuple[tuple[str, str], ...]


class Generator:
    """Invented entities and facts; the same seed always gives the same corpus."""

    def __init__(self, seed: int) -> None:
        rng = random.Random(seed)
        self.rng = rng
        self.places = _pool(rng, 6000, lambda r: _word(r, 1) + r.choice(_PLACE_ENDINGS))
        self.rivers = _pool(rng, 600, lambda r: "River " + _word(r, 2))
        firstnames = _pool(rng, 1500, lambda r: _word(r, 1))
        surnames = _pool(rng, 5000, lambda r: _word(r, 2))
        self.people = [f"{rng.choice(firstnames)} {rng.choice(surnames)}" for _ in range(40_000)]
        self.firms = _pool(rng, 5000, lambda r: f"{_word(r, 2)} {r.choice(_FIRM_KINDS)}")

    def fact(self) -> Fact:
        r = self.rng
        slots = {
            "n": f"{r.randint(30, 9000):,}",
            "small": str(r.randint(2, 40)),
            "p": str(r.randint(5, 95)),
            "m": f"{r.randint(5, 900)}.{r.randint(1, 9)}",
            "t": f"{r.randint(28, 46)}.{r.randint(0, 9)}",
            "year": str(r.randint(2024, 2031)),
            "place": r.choice(self.places),
            "place2": r.choice(self.places),
            "river": r.choice(self.rivers),
            "person": r.choice(self.people),
            "firm": r.choice(self.firms),
            "day": r.choice(_WEEKDAYS),
            "month": r.choice(_MONTHS),
            "cur": r.choice(_CURRENCIES),
        }
        return Fact(r.choice(sorted(_TEMPLATES)), tuple(sorted(slots.items())))

    def render(self, fact: Fact, variant: int) -> str:
        templates = _TEMPLATES[fact.kind]
        return templates[variant % len(templates)].format(**dict(fact.slots))

    def planted(self, fact: Fact, stored_variant: int) -> tuple[str, str]:
        """Another report of the same fact: other phrasing, maybe another figure.

        Returns the text and what was changed, so recall can be broken down.
        """
        r = self.rng
        slots = dict(fact.slots)
        change = r.choice(["paraphrase", "paraphrase", "number", "approximate"])
        figure = next(
            (k for k in ("n", "small", "p", "m", "t") if "{" + k + "}" in _TEMPLATES[fact.kind][0]),
            None,
        )
        if change == "number" and figure:
            # A conflicting report: a different figure in otherwise the same claim.
            value = slots[figure].replace(",", "")
            slots[figure] = str(round(float(value) * r.choice([0.5, 0.8, 1.3, 2.0]), 1))
        elif change == "approximate" and figure:
            slots[figure] = f"{r.choice(_APPROXIMATORS)} {slots[figure]}"
        variant = stored_variant + r.randint(1, len(_TEMPLATES[fact.kind]) - 1)
        return self.render(Fact(fact.kind, tuple(sorted(slots.items()))), variant), change


@dataclass
class Corpus:
    stored: list[str]  # claim id = position + 1
    queries: list[str]
    targets: list[int]  # the planted stored claim id for each query
    changes: list[str]


def make_corpus(n: int, queries: int, seed: int) -> Corpus:
    gen = Generator(seed)
    stored: list[str] = []
    facts: list[tuple[Fact, int]] = []
    for _ in range(n):
        fact, variant = gen.fact(), gen.rng.randrange(3)
        facts.append((fact, variant))
        stored.append(gen.render(fact, variant))
    texts, targets, changes = [], [], []
    for target in gen.rng.sample(range(n), min(queries, n)):
        fact, variant = facts[target]
        claim, change = gen.planted(fact, variant)
        texts.append(claim)
        targets.append(target + 1)
        changes.append(change)
    return Corpus(stored, texts, targets, changes)


def make_self_join_corpus(
    n: int, planted_share: float, seed: int
) -> tuple[list[str], set[tuple[int, int]]]:
    """``n`` claims, a share of them later reports of earlier ones; returns the id pairs."""
    gen = Generator(seed)
    claims: list[str] = []
    facts: list[tuple[Fact, int, int]] = []  # fact, phrasing, claim id
    pairs: set[tuple[int, int]] = set()
    for claim_id in range(1, n + 1):
        if facts and gen.rng.random() < planted_share:
            fact, variant, original_id = gen.rng.choice(facts)
            claims.append(gen.planted(fact, variant)[0])
            pairs.add((original_id, claim_id))
        else:
            fact, variant = gen.fact(), gen.rng.randrange(3)
            facts.append((fact, variant, claim_id))
            claims.append(gen.render(fact, variant))
    return claims, pairs


# --- measurement helpers -----------------------------------------------------------------


def rss_mb() -> float:
    """Current resident memory; peak RSS where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return peak_rss_mb()


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def index_size_mb(index: CandidateIndex) -> float:
    """Sizes of the index's own objects; RSS deltas mislead once earlier runs freed memory."""
    postings = index._postings
    size = sys.getsizeof(postings) + sys.getsizeof(index._terms)
    size += sum(sys.getsizeof(term) + sys.getsizeof(ids) for term, ids in postings.items())
    size += sum(sys.getsizeof(terms) for terms in index._terms.values())
    size += sys.getsizeof(2**40) * len(index)  # one int object per claim id, shared
    return size / 2**20


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def latency_line(name: str, seconds: Sequence[float]) -> str:
    ms = [s * 1000 for s in seconds]
    return (
        f"  {name:<34} p50 {percentile(ms, 0.5):7.2f} ms   p95 {percentile(ms, 0.95):7.2f} ms"
        f"   mean {statistics.fmean(ms):7.2f} ms"
    )


def recall_line(name: str, hits: Sequence[bool], changes: Sequence[str]) -> str:
    total = sum(hits) / max(len(hits), 1)
    parts = []
    for change in sorted(set(changes)):
        chosen = [h for h, c in zip(hits, changes, strict=True) if c == change]
        parts.append(f"{change} {sum(chosen) / len(chosen):.3f}")
    return f"  {name:<34} {total:.4f}  ({', '.join(parts)})"


@dataclass
class Timer:
    """Wall-clock seconds, and the CPU seconds of this process over the same span (on a
    shared machine the wall clock also counts the time other jobs held the CPUs)."""

    start: float = 0.0
    seconds: float = 0.0
    cpu_start: float = 0.0
    cpu_seconds: float = 0.0

    def __enter__(self) -> Timer:
        self.start = time.perf_counter()
        self.cpu_start = time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.start
        self.cpu_seconds = time.process_time() - self.cpu_start


def batches(items: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- the runs ------------------------------------------------------------------------------


def sqlite_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:
        # A 1 GB page cache; durability settings stay at SQLite's defaults.
        dbapi_conn.execute("PRAGMA cache_size = -1000000")

    return engine


@contextmanager
def postgres_engine(url: str) -> Iterator[Engine]:
    """A throwaway schema in the given database, dropped afterwards."""
    schema = f"bench_matching_{os.getpid()}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine = create_engine(url, connect_args={"options": f"-csearch_path={schema}"})
    try:
        yield engine
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@dataclass(frozen=True, slots=True)
class Layout:
    """How stored claims sit in documents and documents in stories, as in a real store:
    claim ``i`` (1-based) is in document ``(i - 1) // claims_per_document + 1``, document
    ``d`` in story ``(d - 1) // documents_per_story + 1``. A new claim arrives in a new
    document of its planted target's story, so a claim that needs its article is
    compared with that story's claims (``matcher``'s story pool) as at ingest."""

    claims_per_document: int = 40
    documents_per_story: int = 4

    def document_of(self, claim_id: int) -> int:
        return (claim_id - 1) // self.claims_per_document + 1

    def story_of(self, document_id: int) -> int:
        return (document_id - 1) // self.documents_per_story + 1


def build_index(engine: Engine, stored: list[str], layout: Layout) -> tuple[float, float]:
    """Stories, documents and claims rows, then the index through add_claims; returns
    the time of the rows and of the index."""
    SQLModel.metadata.create_all(engine)
    now = datetime.now(UTC)
    documents = layout.document_of(len(stored)) if stored else 0
    with Timer() as claims_timer, engine.begin() as conn:
        conn.execute(insert(SourceRow.__table__).values(id=1, name="Synthetic", created_at=now))
        story_rows = [
            {"id": s, "title": f"story {s}", "created_at": now, "updated_at": now}
            for s in range(1, layout.story_of(max(documents, 1)) + 1)
        ]
        for chunk in batches(story_rows, 20_000):
            conn.execute(insert(StoryRow.__table__), list(chunk))
        doc_rows = [
            {
                "id": d,
                "source_id": 1,
                "retrieved_at": now,
                "ingested_at": now,
                "sha256": f"{d:064d}",
                "text": "-",
                "story_id": layout.story_of(d),
                "story_set_by": "auto",
            }
            for d in range(1, max(documents, 1) + 1)
        ]
        for chunk in batches(doc_rows, 20_000):
            conn.execute(insert(DocumentRow.__table__), list(chunk))
        conn.execute(
            insert(SentenceRow.__table__).values(
                id=1, document_id=1, position=0, char_start=0, char_end=1, text="-"
            )
        )
        rows = [
            {
                "id": i,
                "document_id": layout.document_of(i),
                "sentence_id": 1,
                "position": i,
                "char_start": 0,
                "char_end": len(t),
                "text": t,
                "quote": t,
            }
            for i, t in enumerate(stored, start=1)
        ]
        for chunk in batches(rows, 20_000):
            conn.execute(insert(ClaimRow.__table__), list(chunk))
    with Timer() as index_timer, engine.begin() as conn:
        for chunk in batches(list(enumerate(stored, start=1)), 20_000):
            add_claims(conn, chunk)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    return claims_timer.seconds, index_timer.seconds


def add_matches(engine: Engine, n: int, per_claim: int, seed: int) -> None:
    """``per_claim`` stored matches per claim (random earlier/later pairs, mostly
    corroborations, some conflicts and held ones), so lookups and the status refresh
    run against a ``matches`` table of a real store's size, not an empty one."""
    if per_claim <= 0 or n < 2:
        return
    rng = random.Random(seed)
    now = datetime.now(UTC)
    seen: set[tuple[int, int]] = set()
    rows = []
    for claim_id in range(1, n + 1):
        for _ in range(per_claim // 2 + per_claim % 2):
            other = rng.randint(1, n)
            pair = (min(claim_id, other), max(claim_id, other))
            if other == claim_id or pair in seen:
                continue
            seen.add(pair)
            roll = rng.random()
            rows.append(
                {
                    "claim_id": pair[0],
                    "other_claim_id": pair[1],
                    "relation": "conflicts" if roll < 0.2 else "corroborates",
                    "score": 0.5 + roll / 2,
                    "reasons": "[]",
                    "needs_review": roll < 0.3,
                    "independent": roll > 0.1,
                    "created_at": now,
                }
            )
    del seen
    with Timer() as timer, engine.begin() as conn:
        for chunk in batches(rows, 20_000):
            conn.execute(insert(MatchRow.__table__), list(chunk))
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    print(
        f"  stored matches                     {len(rows):8,}   "
        f"({2 * len(rows) / n:.1f} per claim, inserted in {timer.seconds:.1f} s)"
    )


def _story_claim_ids(layout: Layout, story_id: int, stored: int) -> range:
    """The ids of the stored claims of one story (documents and claims are consecutive)."""
    first_document = (story_id - 1) * layout.documents_per_story + 1
    last_document = story_id * layout.documents_per_story
    first = (first_document - 1) * layout.claims_per_document + 1
    last = min(last_document * layout.claims_per_document, stored)
    return range(first, last + 1)


def _frame_json(text_: str) -> str:
    return json.dumps(frame(text_).to_dict())


def store_frames(
    engine: Engine, corpus: Corpus, pairs: Sequence[tuple[str, int]], layout: Layout
) -> tuple[int, float]:
    """Store the frame of every stored claim the measured new claims can read.

    Ingest stores each claim's frame (``claims.frame``) and matching reads it back; a
    claim without one is read from its text at every comparison, which made the store
    path of this benchmark measure frame reading instead of matching (about 60 % of its
    time at 100 k claims). Reading frames for a million generated claims takes an hour,
    so only the rows the measured claims reach get one: their candidates (the search
    matching runs) and their story's claims (the story pool). Those are the only rows
    whose frame a measured claim reads, so its work is that of a store with every
    frame kept. Returns (frames stored, seconds).
    """
    claims = ClaimRow.__table__
    wanted: set[int] = set()
    with Timer() as timer:
        with engine.connect() as conn:
            hits = find_candidates_many(
                conn,
                [query for query, _ in pairs],
                limit=CANDIDATES_PER_CLAIM,
                max_postings=POSTINGS_PER_CLAIM,
                pool=POOL_PER_CLAIM,
            )
        for found in hits:
            wanted.update(claim_id for claim_id, _ in found)
        for _, target in pairs:
            story = layout.story_of(layout.document_of(target))
            wanted.update(_story_claim_ids(layout, story, len(corpus.stored)))
        rows = [
            {"claim_id": claim_id, "frame": _frame_json(corpus.stored[claim_id - 1])}
            for claim_id in sorted(wanted)
        ]
        update = (
            claims.update()
            .where(claims.c.id == bindparam("claim_id"))
            .values(frame=bindparam("frame"))
        )
        with engine.begin() as conn:
            for chunk in batches(rows, 5_000):
                conn.execute(update, list(chunk))
    return len(rows), timer.seconds


class StageClock:
    """CPU seconds spent in each stage of ``matcher.match_claims``, summed over the run
    (CPU, not wall-clock: on a shared machine the wall clock mostly measures the others).

    The stages are the module-level functions ``match_claims`` calls, wrapped for the
    run and put back afterwards: where a new claim's time goes, beside its total.
    """

    STAGES = (
        ("candidate search", candidates_module, "find_candidates_many"),
        ("texts, origins, frames", matcher_module, "_facts_and_frames"),
        ("story pool ids", matcher_module, "_story_claims"),
        ("rerank", candidates_module, "rerank"),
        # The shortlist's pre-check (relation.frames_differ), once per pair not kept
        # from an earlier document; it runs for more pairs than compare does.
        ("frame check", matcher_module, "frames_differ"),
        ("compare", matcher_module, "compare"),
        ("match upsert", matcher_module, "_upsert_matches"),
        ("status refresh", matcher_module, "refresh_status"),
    )

    def __init__(self, stages: Sequence[tuple[str, Any, str]] = STAGES) -> None:
        self.stages = tuple(stages)
        self.seconds: dict[str, float] = {name: 0.0 for name, _, _ in self.stages}
        self.calls: dict[str, int] = {name: 0 for name, _, _ in self.stages}
        self._saved: list[tuple[Any, str, Any]] = []

    def __enter__(self) -> StageClock:
        for name, module, attribute in self.stages:
            original = getattr(module, attribute, None)
            if original is None:
                continue  # a stage this version of the code does not have
            self._saved.append((module, attribute, original))
            setattr(module, attribute, self._timed(name, original))
        return self

    def __exit__(self, *exc: object) -> None:
        for module, attribute, original in reversed(self._saved):
            setattr(module, attribute, original)
        self._saved.clear()

    def _timed(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[name] += time.process_time() - t0
                self.calls[name] += 1

        return timed

    def print(self, claims: int, what: str = "a new claim's") -> None:
        print(f"  where {what} CPU time goes (mean per claim over {claims:,}):")
        for name, seconds in self.seconds.items():
            print(
                f"    {name:<31}{1000 * seconds / max(claims, 1):8.2f} ms"
                f"   ({self.calls[name] / max(claims, 1):.2f} calls)"
            )


def run_new_claims(engine: Engine, corpus: Corpus, count: int, layout: Layout) -> None:
    """A new claim matched as ingest does it (``matcher.match_claims``: candidate search,
    texts, frames, the story pool of a claim that needs its article, compare, match
    upsert, status refresh), in a new document of its target's story, each in a
    transaction rolled back afterwards so every query meets the same store.

    As at ingest, the new claim arrives with its frame (analysis reads it before
    matching) and the stored claims it meets have theirs (:func:`store_frames`).
    """
    if count <= 0:
        return
    config = MatchConfig()
    claims = ClaimRow.__table__
    matches = MatchRow.__table__
    seconds: list[float] = []
    cpu_seconds: list[float] = []
    stored: list[bool] = []
    new_id = len(corpus.stored) + 1
    new_document = layout.document_of(len(corpus.stored)) + 1
    now = datetime.now(UTC)
    pairs = list(zip(corpus.queries, corpus.targets, strict=True))[: count + 20]
    framed, framing_s = store_frames(engine, corpus, pairs, layout)
    print(f"  frames stored for the rows the new claims read {framed:,}   ({framing_s:.1f} s)")
    clock = StageClock()
    with engine.connect() as conn:
        for number, (query, target) in enumerate(pairs):
            trans = conn.begin()
            conn.execute(
                insert(DocumentRow.__table__).values(
                    id=new_document,
                    source_id=1,
                    retrieved_at=now,
                    ingested_at=now,
                    sha256="f" * 64,
                    text="-",
                    story_id=layout.story_of(layout.document_of(target)),
                    story_set_by="auto",
                )
            )
            conn.execute(
                insert(claims).values(
                    id=new_id,
                    document_id=new_document,
                    sentence_id=1,
                    position=new_id,
                    char_start=0,
                    char_end=len(query),
                    text=query,
                    quote=query,
                    frame=_frame_json(query),
                )
            )
            warm = number < 20  # the first ones warm the caches
            t0, cpu0 = time.perf_counter(), time.process_time()
            if warm:
                match_claims(conn, [(new_id, query)], config)
            else:
                with clock:
                    match_claims(conn, [(new_id, query)], config)
            elapsed = time.perf_counter() - t0
            cpu = time.process_time() - cpu0
            found = conn.execute(
                select(matches.c.id).where(
                    matches.c.claim_id == target, matches.c.other_claim_id == new_id
                )
            ).first()
            trans.rollback()
            if not warm:
                seconds.append(elapsed)
                cpu_seconds.append(cpu)
                stored.append(found is not None)
    print(latency_line("new claim, end to end (store path)", seconds))
    print(latency_line("  the same, CPU time of the process", cpu_seconds))
    if stored:
        print(f"  planted match stored (end to end)  {sum(stored) / len(stored):8.4f}")
        clock.print(len(seconds))


def print_plan(engine: Engine, corpus: Corpus, claims: int = 40) -> None:
    """The query plans of a document's candidate search (``find_candidates_many`` with
    matching's budget), as the engine runs them: ``EXPLAIN ANALYZE`` on PostgreSQL
    (actual rows and times per node), ``EXPLAIN QUERY PLAN`` on SQLite. What to look for:
    postings read through the ``claim_terms`` primary key (an index scan on ``term``) and
    checked terms through ``ix_claim_terms_claim_id``, never a sequential scan."""
    texts = corpus.queries[:claims]
    captured: dict[str, tuple[str, Any]] = {}
    read = candidates_module._driver_rows

    def keep(conn: Any, sql: str, args: Any) -> list[Any]:
        # The first statement of each kind the search sends to the driver.
        captured.setdefault(sql.split(" IN ")[0], (sql, args))
        return read(conn, sql, args)

    candidates_module._driver_rows = keep  # type: ignore[assignment]
    try:
        with engine.connect() as conn:
            find_candidates_many(
                conn,
                texts,
                limit=CANDIDATES_PER_CLAIM,
                max_postings=POSTINGS_PER_CLAIM,
                pool=POOL_PER_CLAIM,
            )
    finally:
        candidates_module._driver_rows = read  # type: ignore[assignment]
    if not captured:
        print("  (no postings read: no query term is indexed)")
        return
    postgres = engine.dialect.name == "postgresql"
    prefix = "EXPLAIN (ANALYZE, BUFFERS) " if postgres else "EXPLAIN QUERY PLAN "
    print(f"  plans of one document's candidate search ({len(texts)} claims):")
    for sql, args in captured.values():
        with engine.connect() as conn:
            rows = read(conn, prefix + sql, args)
        print(f"    {sql.split(' WHERE ')[0][:70]} …")
        for row in rows:
            line = row[0] if postgres else "  " * (0 if row[1] == 0 else 1) + str(row[3])
            print(f"      {line}")


def print_build(claims_s: float, index_s: float, n: int) -> None:
    print(f"  insert claims rows                 {claims_s:8.1f} s")
    print(f"  add_claims (index build)           {index_s:8.1f} s   ({n / index_s:,.0f} claims/s)")


def run_sql(engine: Engine, corpus: Corpus, limit: int, max_postings: int) -> None:
    claims = ClaimRow.__table__
    fetch = select(claims.c.id, claims.c.text).where(
        claims.c.id.in_(bindparam("ids", expanding=True))
    )
    retrieve, total, hits, top1, top8, candidates_seen = [], [], [], [], [], 0
    index_top1: list[bool] = []
    index_top8: list[bool] = []
    fuzzy_top1: list[bool] = []
    fuzzy_top8: list[bool] = []
    with engine.connect() as conn:
        # Warm the page cache as a long-running store would be; the first queries of a
        # cold file measure the disk, not the index.
        for query in corpus.queries[:50]:
            find_candidates(conn, query, limit=limit, max_postings=max_postings)
        for query, target in zip(corpus.queries, corpus.targets, strict=True):
            t0 = time.perf_counter()
            found = find_candidates(conn, query, limit=limit, max_postings=max_postings)
            t1 = time.perf_counter()
            texts = conn.execute(fetch, {"ids": [c for c, _ in found]}).all()
            pairs = [(int(i), t) for i, t in texts]
            ranked = rerank(query, pairs, index_scores=dict(found))
            t2 = time.perf_counter()
            fuzzy_only = rerank(query, pairs)
            fuzzy_top1.append(bool(fuzzy_only) and fuzzy_only[0][0] == target)
            fuzzy_top8.append(target in [c for c, _ in fuzzy_only[:8]])
            retrieve.append(t1 - t0)
            total.append(t2 - t0)
            candidates_seen += len(found)
            ids = [c for c, _ in found]
            hits.append(target in ids)
            top1.append(bool(ranked) and ranked[0][0] == target)
            top8.append(target in [c for c, _ in ranked[:8]])
            index_top1.append(bool(ids) and ids[0] == target)
            index_top8.append(target in ids[:8])
    print(latency_line("find_candidates", retrieve))
    print(latency_line("find_candidates + fetch + rerank", total))
    print(recall_line(f"recall@{limit} (candidates)", hits, corpus.changes))
    print(recall_line("recall@8 index order", index_top8, corpus.changes))
    print(recall_line("recall@1 index order", index_top1, corpus.changes))
    print(recall_line("recall@8 blended rerank", top8, corpus.changes))
    print(recall_line("recall@1 blended rerank", top1, corpus.changes))
    print(recall_line("recall@8 rapidfuzz alone", fuzzy_top8, corpus.changes))
    print(recall_line("recall@1 rapidfuzz alone", fuzzy_top1, corpus.changes))
    print(f"  candidate pairs reranked/s (end to end)  {candidates_seen / sum(total):,.0f}")


def run_memory(corpus: Corpus, limit: int, max_postings: int) -> None:
    index = CandidateIndex(max_postings=max_postings)
    with Timer() as build:
        for claim_id, claim in enumerate(corpus.stored, start=1):
            index.add(claim_id, claim)
    grown = index_size_mb(index)
    retrieve, hits = [], []
    for query, target in zip(corpus.queries, corpus.targets, strict=True):
        t0 = time.perf_counter()
        found = index.query(query, limit=limit)
        retrieve.append(time.perf_counter() - t0)
        hits.append(target in [c for c, _ in found])
    print(
        f"  build                              {build.seconds:8.1f} s"
        f"   ({len(corpus.stored) / build.seconds:,.0f} claims/s)"
    )
    print(f"  memory held by the index          ~{grown:8.0f} MB (sizes of its objects)")
    print(latency_line("CandidateIndex.query", retrieve))
    print(recall_line(f"recall@{limit} (candidates)", hits, corpus.changes))


def run_baseline(corpus: Corpus, count: int, limit: int) -> None:
    """Every stored claim against a few queries, on all cores, as a tool without an index."""
    with Timer() as prep:
        forms = [rerank_text(t) for t in corpus.stored]
    queries = corpus.queries[:count]
    targets = corpus.targets[:count]
    hits = []
    with Timer() as timer:
        for query, target in zip(queries, targets, strict=True):
            scores = process.cdist(
                [rerank_text(query)],
                forms,
                scorer=fuzz.token_set_ratio,
                processor=None,
                workers=-1,
            )[0]
            best = scores.argsort()[::-1][:limit] + 1
            hits.append(target in set(best.tolist()))
    per_query = timer.seconds / max(len(queries), 1)
    comparisons = len(forms) * len(queries)
    print(f"  normalising {len(forms):,} stored claims   {prep.seconds:8.1f} s (once)")
    print(
        f"  per-claim latency (measured)       {per_query * 1000:8.1f} ms"
        f"   over {len(forms):,} claims, {len(queries)} queries"
    )
    print(f"  comparisons/s                     {comparisons / timer.seconds:12,.0f}")
    print(recall_line(f"recall@{limit} (top scores)", hits, corpus.changes[:count]))


def make_documents(n: int, reprints: int, seed: int) -> tuple[list[str], dict[int, int]]:
    """Stories of 20-30 generated sentences (300-450 words), and reprints of some of them.

    A reprint keeps the body, replaces the first sentence (a new lede), swaps eight words
    and adds a closing line, as an outlet re-running a wire story does. Returns the
    texts (document id = position + 1) and reprint id → original id.
    """
    gen = Generator(seed)
    rng = gen.rng
    documents = [
        " ".join(gen.render(gen.fact(), rng.randrange(3)) for _ in range(rng.randint(20, 30)))
        for _ in range(n)
    ]
    originals: dict[int, int] = {}
    for original in rng.sample(range(n), min(reprints, n)):
        sentences = documents[original].split(". ")
        sentences[0] = gen.render(gen.fact(), 0).rstrip(".")
        words = ". ".join(sentences).split()
        for at in rng.sample(range(len(words)), 8):
            words[at] = rng.choice(["new", "local", "further", "nearby", "extra", "said"])
        documents.append(" ".join(words) + " Readers can send us their photos.")
        originals[len(documents)] = original + 1
    return documents, originals


def run_syndication(n: int, reprints: int, seed: int, db_dir: Path | None) -> None:
    documents, originals = make_documents(n, reprints, seed)
    with tempfile.TemporaryDirectory(dir=db_dir) as tmp:
        engine = sqlite_engine(Path(tmp) / "documents.db")
        SQLModel.metadata.create_all(engine)
        now = datetime.now(UTC)
        latencies, found, false_copies, similarities = [], 0, 0, []
        with Timer() as timer, engine.begin() as conn:
            conn.execute(insert(SourceRow.__table__).values(id=1, name="Synthetic", created_at=now))
            for document_id, body in enumerate(documents, start=1):
                t0 = time.perf_counter()
                match = find_copy_of(conn, body)
                latencies.append(time.perf_counter() - t0)
                expected = originals.get(document_id)
                if match is not None and match.document_id == expected:
                    found += 1
                    similarities.append(match.similarity)
                elif match is not None:
                    false_copies += 1
                conn.execute(
                    insert(DocumentRow.__table__).values(
                        id=document_id,
                        source_id=1,
                        retrieved_at=now,
                        ingested_at=now,
                        sha256=f"{document_id:064d}",
                        text=body,
                    )
                )
                add_document(conn, document_id, body)
        engine.dispose()
    print(f"  documents / reprints               {len(documents):8,} / {len(originals):,}")
    print(f"  find_copy_of + add_document        {timer.seconds:8.1f} s in all")
    print(latency_line("find_copy_of", latencies))
    print(
        f"  reprints found                     {found / max(len(originals), 1):8.4f}"
        f"   (Jaccard {min(similarities, default=0):.2f}-{max(similarities, default=0):.2f})"
    )
    print(f"  documents wrongly called copies    {false_copies:8,}")


def run_self_join(n: int, limit: int, max_postings: int, pool: int, seed: int) -> None:
    claims, planted = make_self_join_corpus(n, 0.2, seed)
    index = CandidateIndex(max_postings=max_postings, pool=pool)
    with Timer() as timer:
        pairs = match_corpus(enumerate(claims, start=1), limit=limit, score_cutoff=50, index=index)
    found = {(a, b) for a, b, _ in pairs}
    recall = len(planted & found) / max(len(planted), 1)
    print(f"  claims                             {n:8,}   planted pairs {len(planted):,}")
    print(
        f"  match_corpus time                  {timer.seconds:8.1f} s"
        f"   ({n / timer.seconds:,.0f} claims/s)"
    )
    print(f"  pairs with rapidfuzz score >= 50   {len(pairs):8,}")
    print(f"  recall of planted pairs            {recall:8.4f}")
    print(f"  memory held by the index          ~{index_size_mb(index):8.0f} MB")
    brute = n * (n - 1) / 2
    print(f"  all-pairs brute force would be     {brute:,.0f} comparisons")


def load_unmatched_store(path: Path, articles: int, seed: int) -> int:
    """Store ``articles`` newsroom articles (``_articles.newsroom(articles, seed)``) with
    ``--no-match`` in a new SQLite file at ``path``, so a ``rematch --all`` of it finds
    everything to do; returns the number of claims stored.

    The write-ahead log is folded into the file before returning, so a copy of the file
    alone is the store (each rematch run works on its own copy). The one loader of
    :func:`run_rematch` and :func:`run_rematch_against`.
    """
    import contextlib
    import sqlite3

    from _articles import newsroom

    from factcheck.read import RawDocument
    from factcheck.store import Store

    store = Store(f"sqlite:///{path}")
    for article in newsroom(articles, seed):
        raw = RawDocument(text=article.text, source=article.source, title=article.title)
        store.ingest(raw, match=False)
    with store.connect() as conn:
        claims = int(conn.execute(text("SELECT count(*) FROM claims")).scalar_one())
    store.engine.dispose()
    with contextlib.closing(sqlite3.connect(path)) as raw_db:
        raw_db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return claims


def run_rematch(
    sizes: Sequence[int], seed: int, db_dir: Path | None, workers: Sequence[int] = (1,)
) -> None:
    """``rematch --all`` (``rebuild.rematch_all``) of stores of newsroom articles.

    For each size in ``sizes`` the articles (``_articles.newsroom``: shared events,
    reprints, follow-ups) are stored with ``--no-match`` first, so the rematch finds
    everything to do; each count of ``workers`` (the processes that decide while this
    one writes) rematches a copy of that store, timed as a whole. CPU time counts this
    process and its finished workers, and the stored match rows of every count must
    equal the first one's. With one worker the time is also given by stage (the stages
    of worker processes are not timed).

    A run pays a fixed start-up besides its per-claim work: loading the lexicons (and,
    for each worker, starting Python and importing the package). Projected to the
    issue's 100,000 claims from one size, that start-up is counted as if it grew with
    the claims; with two sizes or more the projection also takes the *marginal* cost
    between the smallest and the largest run (the start-up cancels), the figure that
    decides a 100,000-claim run. Wall time on an idle machine is projected as the CPU
    shared by ``min(workers + 1, cores)`` cores, no shorter than the busiest process
    (the writer, or a worker's even share). Projections, not measurements; the work per
    claim is bounded by the candidate budget and the story pool.
    """
    import shutil

    from factcheck.batch import default_workers
    from factcheck.match import rebuild as rebuild_module
    from factcheck.store import Store

    stages = (
        ("in-memory candidate search", CandidateIndex, "query"),
        ("SQL index rebuilt", candidates_module, "add_claims"),
        *[stage for stage in StageClock.STAGES if stage[0] != "candidate search"],
    )
    cores = min(2, default_workers())
    # (articles, worker count) -> (claims, CPU in all, the writer's CPU)
    measured: dict[tuple[int, int], tuple[int, float, float]] = {}

    def idle_wall(count: int, total: float, writer: float) -> float:
        if count == 1:
            return total
        return max(total / min(count + 1, cores), writer, (total - writer) / count)

    for articles in sizes:
        with tempfile.TemporaryDirectory(dir=db_dir) as tmp:
            loaded = Path(tmp) / "loaded.sqlite3"
            with Timer() as load:
                claims = load_unmatched_store(loaded, articles, seed)
            print(
                f"  stored with --no-match             {articles:8,} articles, {claims:,} claims"
                f"   ({load.seconds:.1f} s)"
            )
            first_rows: list[Any] | None = None
            for count in workers:
                path = Path(tmp) / f"rematch-{count}.sqlite3"
                shutil.copyfile(loaded, path)
                store = Store(f"sqlite:///{path}")
                clock = StageClock(stages if count == 1 else ())
                children = resource.getrusage(resource.RUSAGE_CHILDREN)
                forked = descendants_cpu()
                with Timer() as timer, clock:
                    summary = rebuild_module.rematch_all(
                        store.transaction, store.match_config, url=store.url, workers=count
                    )
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu = (
                    timer.cpu_seconds
                    + (after.ru_utime - children.ru_utime)
                    + (after.ru_stime - children.ru_stime)
                    + (descendants_cpu() - forked)
                )
                measured[(articles, count)] = (claims, cpu, timer.cpu_seconds)
                with store.connect() as conn:
                    rows = conn.exec_driver_sql(
                        "SELECT claim_id, other_claim_id, relation, score, reasons, needs_review,"
                        " independent FROM matches ORDER BY id"
                    ).all()
                store.engine.dispose()
                if first_rows is None:
                    first_rows = rows
                same = "same rows as the first run" if rows == first_rows else "ROWS DIFFER"
                print(
                    f"  rematch --all, {count} worker(s)        {timer.seconds:8.1f} s wall   "
                    f"({claims / timer.seconds:,.0f} claims/s; {cpu:.1f} s of CPU, the writer's"
                    f" {timer.cpu_seconds:.1f} s; {summary['matches']:,} matches; {same})"
                )
                per = 100_000 / claims
                idle = idle_wall(count, cpu, timer.cpu_seconds)
                print(
                    f"  projected to 100,000 claims        {per * timer.seconds:8.0f} s wall"
                    f"   ({per * cpu:.0f} s of CPU, {per * idle:.0f} s on {cores} idle cores,"
                    " start-up included; goal < 120 s)"
                )
                if count > 1:
                    # ru_maxrss of the children: the largest finished worker's peak (KiB on Linux).
                    print(f"  largest worker's peak RSS          {after.ru_maxrss / 1024:8.0f} MB")
                if count == 1:
                    clock.print(claims, "a rematched claim's")
    if len(set(sizes)) < 2:
        return
    small, large = min(sizes), max(sizes)
    print(
        f"  marginal cost between {small:,} and {large:,} articles (start-up cancels),"
        " projected to 100,000 claims:"
    )
    for count in workers:
        claims_s, cpu_s, writer_s = measured[(small, count)]
        claims_l, cpu_l, writer_l = measured[(large, count)]
        added = max(claims_l - claims_s, 1)
        total, writer = (cpu_l - cpu_s) / added, (writer_l - writer_s) / added
        start_up = cpu_s - total * claims_s
        idle = idle_wall(count, total, writer)
        print(
            f"    {count} worker(s): {1000 * total:.2f} ms of CPU a claim (the writer's"
            f" {1000 * writer:.2f} ms), start-up {start_up:.1f} s of CPU;"
            f" {100_000 * total:.0f} s of CPU, {100_000 * idle:.0f} s on {cores} idle cores"
            " (goal < 120 s)"
        )


_REMATCH_CHILD = """
import hashlib, json, resource, sys, time
from factcheck.match import rebuild
from factcheck.store import Store
sys.path.insert(0, sys.argv[3])
from _cpu import descendants_cpu
path, workers = sys.argv[1], int(sys.argv[2])
store = Store(f"sqlite:///{path}")
began = time.process_time()
rebuild.rematch_all(store.transaction, store.match_config, url=store.url, workers=workers)
writer = time.process_time() - began
children = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = time.process_time() + children.ru_utime + children.ru_stime + descendants_cpu()
with store.connect() as conn:
    rows = conn.exec_driver_sql(
        "SELECT claim_id, other_claim_id, relation, score, reasons, needs_review,"
        " independent FROM matches ORDER BY id"
    ).all()
    status = conn.exec_driver_sql("SELECT id, status FROM claims ORDER BY id").all()
store.engine.dispose()
digest = hashlib.sha256(repr(([tuple(r) for r in rows], [tuple(r) for r in status])).encode())
print(json.dumps(
    {"writer": writer, "cpu": cpu, "digest": digest.hexdigest(), "matches": len(rows)}
))
"""


def run_rematch_against(
    sizes: Sequence[int],
    seed: int,
    db_dir: Path | None,
    workers: Sequence[int],
    baseline: Path,
    rounds: int = 1,
) -> None:
    """``rematch --all`` of this code and of ``baseline`` (a checkout of the code to
    compare with) side by side, in one run, on copies of the same stores.

    Each rematch runs in a child process (``_REMATCH_CHILD``) with the code's directory
    first on ``sys.path``, the two codes alternated ``rounds`` times, so both see the same
    load of the shared machine; the CPU of a run is the child's and its workers'
    (``RUSAGE_CHILDREN``: start-up, imports and lexicons included, which the marginal
    cost between the smallest and largest size cancels). The stored rows and statuses of
    each run are compared by digest with the baseline's first run of that size and worker
    count. The marginal cost a claim is projected to 100,000 claims as in
    :func:`run_rematch` (on an idle 2-core machine, as the CPU shared by the cores and no
    shorter than the writer's share).
    """
    import shutil

    from factcheck.batch import default_workers

    codes = {"baseline": baseline.resolve(), "this code": Path(__file__).resolve().parents[1]}
    cores = min(2, default_workers())
    # (code, articles, workers) -> [(claims, CPU in all, the writer's CPU)]
    measured: dict[tuple[str, int, int], list[tuple[int, float, float]]] = {}
    for articles in sizes:
        with tempfile.TemporaryDirectory(dir=db_dir) as tmp:
            loaded = Path(tmp) / "loaded.sqlite3"
            claims = load_unmatched_store(loaded, articles, seed)
            print(f"  stored with --no-match             {articles:8,} articles, {claims:,} claims")
            for count in workers:
                first: str | None = None
                for _ in range(rounds):
                    for label, root in codes.items():
                        path = Path(tmp) / f"{label.replace(' ', '-')}-{count}.sqlite3"
                        shutil.copyfile(loaded, path)
                        here = Path(__file__).resolve().parent
                        found = run_child(_REMATCH_CHILD, [path, count, here], root)
                        # The child's own count: start-up, imports and every worker.
                        cpu = float(found["cpu"])
                        first = first or found["digest"]
                        same = "same rows" if found["digest"] == first else "ROWS DIFFER"
                        measured.setdefault((label, articles, count), []).append(
                            (claims, cpu, float(found["writer"]))
                        )
                        print(
                            f"    {label:<10} {count} worker(s): {cpu:6.1f} s of CPU (the writer's"
                            f" {found['writer']:.1f} s), {found['matches']:,} matches, {same}"
                        )
                        path.unlink()
    if len(set(sizes)) < 2:
        return
    small, large = min(sizes), max(sizes)
    print(f"  marginal cost a claim between {small:,} and {large:,} articles (best of the rounds):")
    for count in workers:
        for label in codes:
            claims_s, cpu_s, writer_s = min(measured[(label, small, count)], key=lambda m: m[1])
            claims_l, cpu_l, writer_l = min(measured[(label, large, count)], key=lambda m: m[1])
            added = max(claims_l - claims_s, 1)
            total, writer = (cpu_l - cpu_s) / added, (writer_l - writer_s) / added
            idle = total if count == 1 else max(total / min(count + 1, cores), writer)
            start_up = cpu_s - total * claims_s
            print(
                f"    {label:<10} {count} worker(s): {1000 * total:.2f} ms of CPU a claim (the"
                f" writer's {1000 * writer:.2f} ms), start-up {start_up:.1f} s;"
                f" 100,000 claims: {100_000 * total:.0f} s of CPU,"
                f" {100_000 * idle:.0f} s on {cores} idle cores (goal < 120 s)"
            )


_FRAME_CHECK_CHILD = """
import json, sqlite3, sys, time
from factcheck.match.candidates import CandidateIndex
from factcheck.match.frames import stored_frame
from factcheck.match.relation import frames_differ
from factcheck.match.matcher import COMPARED_PER_CLAIM, POOL_PER_CLAIM, POSTINGS_PER_CLAIM
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT id, text, frame FROM claims ORDER BY id").fetchall()
texts = {cid: text for cid, text, _ in rows}
frames = {cid: stored_frame(stored, text, cid) for cid, text, stored in rows}
index = CandidateIndex(max_postings=POSTINGS_PER_CLAIM, pool=POOL_PER_CLAIM)
pairs = []
for cid, text, _ in rows:
    pairs += [(other, cid) for other, _ in index.query(text, limit=COMPARED_PER_CLAIM)]
    index.add(cid, text)
rounds = []
for _ in range(3):
    began = time.process_time()
    for a, b in pairs:
        frames_differ(texts[a], texts[b], frames=(frames[a], frames[b]))
    rounds.append(time.process_time() - began)
print(json.dumps({"pairs": len(pairs), "first": rounds[0], "kept": min(rounds[1:])}))
"""


def run_frame_check_against(
    articles: int, seed: int, db_dir: Path | None, baseline: Path, rounds: int = 2
) -> None:
    """CPU of ``relation.frames_differ`` a pair, this code beside ``baseline`` (a checkout
    of the code to compare with), alternated ``rounds`` times in child processes.

    The pairs are every claim of ``articles`` newsroom articles (stored with
    ``--no-match``, frames as ingest stores them) against its ``COMPARED_PER_CLAIM`` best
    candidates among the claims before it (the in-memory index with matching's budget).
    Each child checks every pair three times: the first pass meets each claim for the
    first time (its own readings made then), the best of the other two gives the cost of
    a pair once its claims' readings are kept, as most pairs of a rematch are (a claim
    meets about eleven). The frame check alone: a rematch checks each pair once.
    """
    codes = {"baseline": baseline.resolve(), "this code": Path(__file__).resolve().parents[1]}
    with tempfile.TemporaryDirectory(dir=db_dir) as tmp:
        loaded = Path(tmp) / "loaded.sqlite3"
        claims = load_unmatched_store(loaded, articles, seed)
        print(f"  stored with --no-match             {articles:8,} articles, {claims:,} claims")
        for _ in range(rounds):
            for label, root in codes.items():
                found = run_child(_FRAME_CHECK_CHILD, [loaded], root)
                pairs = int(found["pairs"])
                print(
                    f"    {label:<10} {pairs:,} pairs: {1e6 * found['first'] / pairs:6.1f} µs a"
                    f" pair met first, {1e6 * found['kept'] / pairs:6.1f} µs with its claims'"
                    " readings kept (CPU)"
                )


def run_budget_limit(articles: int, seed: int) -> None:
    """How many new claims the fixed candidate budget leaves without any candidate.

    A query reads the postings of its rarest terms only while they fit the budget
    (``select_terms``); a claim whose every term is held by more stored claims than
    that (or by more than the frequency cap) has nothing to read and gets no candidates
    at all, however many stored claims say the same (claims that share no term with the
    store are not counted: nothing could be found for them). Sentences of the newsroom articles
    (``_articles.newsroom``) stand in for claims; before each checkpoint the next 50
    articles' sentences are planned against the index of all earlier ones, with
    matching's budget (``POSTINGS_PER_CLAIM``) and a single lookup's default.
    """
    from _articles import newsroom

    from factcheck.segment import segment

    docs = [[piece.text for piece in segment(a.text)] for a in newsroom(articles, seed)]
    index = CandidateIndex(max_postings=POSTINGS_PER_CLAIM, pool=POOL_PER_CLAIM)
    checkpoints = sorted({max(1, articles * k // 5) for k in range(1, 5)} | {articles - 50})
    print(f"{'stored claims':>15}{'new claims':>12}{'none @1,000':>13}{'none @10,000':>14}")
    claim_id = 0
    example = ""
    done = 0
    for stop in [c for c in checkpoints if c > 0]:
        for doc in docs[done:stop]:
            for sentence in doc:
                claim_id += 1
                index.add(claim_id, sentence)
        done = stop
        queries = [q for doc in docs[stop : stop + 50] for q in doc]
        postings = index._postings
        empty = {1_000: 0, 10_000: 0}
        for query in queries:
            dfs = {t: len(postings[t]) for t in index_terms(query) if t in postings}
            if not dfs:
                continue  # no stored claim shares a term: nothing to miss
            for budget in empty:
                if not select_terms(dfs, claim_id, max_postings=budget).read:
                    empty[budget] += 1
                    example = example or query
        n = max(1, len(queries))
        print(
            f"{claim_id:>15,}{len(queries):>12,}{empty[1_000] / n:>13.3f}"
            f"{empty[10_000] / n:>14.3f}"
        )
    if example:
        print(f"  e.g. no candidates: {example}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="stored claims (1000000 = goal)")
    parser.add_argument("--queries", type=int, default=1000, help="planted query claims")
    parser.add_argument("--baseline-queries", type=int, default=10)
    parser.add_argument("--self-join-n", type=int, default=100_000, help="0 to skip")
    parser.add_argument("--documents", type=int, default=5_000, help="syndication run; 0 skips")
    parser.add_argument(
        "--budget-articles",
        type=int,
        default=2_000,
        help="newsroom articles for the candidate budget's recall limit; 0 skips",
    )
    parser.add_argument("--reprints", type=int, default=250)
    parser.add_argument(
        "--rematch-articles",
        default="0",
        help="time rematch --all of this many newsroom articles (0 skips; 100 gives ~4,000"
        " claims); comma-separated sizes (50,100) also give the marginal cost a claim",
    )
    parser.add_argument(
        "--rematch-workers",
        default="1,2",
        help="comma-separated worker counts for the rematch run (each on a copy of the store)",
    )
    parser.add_argument(
        "--rematch-baseline",
        type=Path,
        default=None,
        help="a checkout of the code to compare with: the rematch runs of both codes"
        " alternate in child processes on copies of the same stores (made with, e.g.,"
        " git worktree add)",
    )
    parser.add_argument(
        "--rematch-rounds", type=int, default=1, help="alternations of the two codes"
    )
    parser.add_argument(
        "--frame-check-articles",
        type=int,
        default=0,
        help="time relation.frames_differ over the candidate pairs of this many newsroom"
        " articles, this code beside --rematch-baseline's (0 skips; needs the baseline)",
    )
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT)
    parser.add_argument("--self-join-limit", type=int, default=CORPUS_LIMIT)
    parser.add_argument("--self-join-max-postings", type=int, default=CORPUS_MAX_POSTINGS)
    parser.add_argument("--self-join-pool", type=int, default=CORPUS_POOL)
    parser.add_argument("--max-postings", type=int, default=DEFAULT_MAX_POSTINGS)
    parser.add_argument("--memory-max-postings", type=int, default=DEFAULT_MAX_POSTINGS)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--db-dir", type=Path, default=None, help="where the SQLite file goes")
    parser.add_argument("--skip-sql", action="store_true", help="skip the SQLite run")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("FACTCHECK_BENCH_POSTGRES_URL"),
        help="also measure on PostgreSQL (a SQLAlchemy URL; a throwaway schema is used)",
    )
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument(
        "--matches-per-claim",
        type=int,
        default=5,
        help="matches stored per claim before the lookups are measured (0: an empty table)",
    )
    parser.add_argument(
        "--ingest-queries",
        type=int,
        default=200,
        help="new claims matched end to end (store path: candidates, compare, upsert, status)",
    )
    parser.add_argument(
        "--claims-per-document",
        type=int,
        default=40,
        help="stored claims per document (a 400-word article gives about 40)",
    )
    parser.add_argument(
        "--documents-per-story", type=int, default=4, help="stored documents per story"
    )
    args = parser.parse_args(argv)
    layout = Layout(args.claims_per_document, args.documents_per_story)

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, seed {args.seed}")
    if args.n:
        with Timer() as gen_timer:
            corpus = make_corpus(args.n, args.queries, args.seed)
        print(
            f"\ncorpus: {args.n:,} stored claims, {len(corpus.queries):,} planted queries"
            f" (generated in {gen_timer.seconds:.1f} s)"
        )
        sample = corpus.queries[0], corpus.stored[corpus.targets[0] - 1]
        print(f"  e.g. stored:  {sample[1]}\n       planted: {sample[0]}")
        terms = sum(len(index_terms(t)) for t in corpus.stored[:10_000]) / min(args.n, 10_000)
        print(f"  mean index terms per claim         {terms:8.1f}")

        if not args.skip_sql:
            print(f"\nSQL index on SQLite (limit {args.limit}, max_postings {args.max_postings})")
            with tempfile.TemporaryDirectory(dir=args.db_dir) as tmp:
                path = Path(tmp) / "matching.db"
                engine = sqlite_engine(path)
                claims_s, index_s = build_index(engine, corpus.stored, layout)
                print_build(claims_s, index_s, args.n)
                add_matches(engine, args.n, args.matches_per_claim, args.seed)
                print(f"  database file                      {path.stat().st_size / 2**20:8.0f} MB")
                run_sql(engine, corpus, args.limit, args.max_postings)
                run_new_claims(engine, corpus, args.ingest_queries, layout)
                print_plan(engine, corpus)
                engine.dispose()

        if args.postgres_url:
            print(
                f"\nSQL index on PostgreSQL (limit {args.limit}, max_postings {args.max_postings})"
            )
            with postgres_engine(args.postgres_url) as engine:
                claims_s, index_s = build_index(engine, corpus.stored, layout)
                print_build(claims_s, index_s, args.n)
                add_matches(engine, args.n, args.matches_per_claim, args.seed)
                run_sql(engine, corpus, args.limit, args.max_postings)
                run_new_claims(engine, corpus, args.ingest_queries, layout)
                print_plan(engine, corpus)

        if not args.skip_memory:
            print(f"\nin-memory CandidateIndex (max_postings {args.memory_max_postings})")
            run_memory(corpus, args.limit, args.memory_max_postings)

        if args.baseline_queries:
            print("\nbrute-force baseline: rapidfuzz cdist, token_set_ratio, workers=-1")
            run_baseline(corpus, args.baseline_queries, args.limit)
        del corpus

    if args.self_join_n:
        print(
            f"\nself-join with match_corpus (limit {args.self_join_limit}, max_postings"
            f" {args.self_join_max_postings}, pool {args.self_join_pool})"
        )
        run_self_join(
            args.self_join_n,
            args.self_join_limit,
            args.self_join_max_postings,
            args.self_join_pool,
            args.seed,
        )

    rematch_sizes = [int(x) for x in args.rematch_articles.split(",") if x and int(x) > 0]
    if rematch_sizes:
        rematch_workers = [int(x) for x in args.rematch_workers.split(",") if x]
        if args.rematch_baseline is not None:
            print(f"\nrematch --all, this code against {args.rematch_baseline} (SQLite)")
            run_rematch_against(
                rematch_sizes,
                args.seed,
                args.db_dir,
                rematch_workers,
                args.rematch_baseline,
                args.rematch_rounds,
            )
        else:
            print("\nrematch --all of a store of newsroom articles (SQLite)")
            run_rematch(rematch_sizes, args.seed, args.db_dir, rematch_workers)

    if args.frame_check_articles:
        if args.rematch_baseline is None:
            parser.error("--frame-check-articles needs --rematch-baseline")
        print(f"\nthe frame check a pair, this code against {args.rematch_baseline}")
        run_frame_check_against(
            args.frame_check_articles,
            args.seed,
            args.db_dir,
            args.rematch_baseline,
            max(2, args.rematch_rounds),
        )

    if args.budget_articles:
        print("\nclaims the candidate budget leaves without candidates (share of new claims)")
        run_budget_limit(args.budget_articles, args.seed)

    if args.documents:
        print("\nsyndicated copies: find_copy_of then add_document per document (SQLite)")
        run_syndication(args.documents, args.reprints, args.seed, args.db_dir)

    print(f"\npeak RSS of this process            {peak_rss_mb():8.0f} MB")


if __name__ == "__main__":
    main()
