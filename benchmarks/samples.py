"""End-to-end check on the project's shared sample articles: do key claims get the status
their README expects, and do articles on other events stay out of them?

Ingests every article of ``../shared/samples`` (header blocks, several outlets per event)
and then the distractor articles of ``benchmarks/data/distractors`` (our own text: 36
articles on 32 other invented events, in the same news phrasing — "No deaths have been
reported.", "He has pleaded not guilty.", councils approving budgets, figures that recur)
into a fresh SQLite database exactly as a user would. Then it prints

* each key claim (found by outlet and a few words it must contain) with its status
  against the one the samples' README expects;
* decided matches between claims of different events (goal 0), and the precision of
  ``disputed`` and ``corroborated`` (see :func:`print_cross_events`);
* whether stories group each sample cluster alone and keep distractors out;
* with ``--briefs``, whether brief reports (``benchmarks/data/briefs``: a few sentences
  naming one place or person, with figures of their own) join their event's story, and
  briefs on other events that share a name with a story stay out of it (opt-in, so the
  figures above stay comparable with earlier runs).

It never fails on a wrong status (it is a measurement, not a test).

    python benchmarks/samples.py [--samples-dir DIR] [--no-distractors] [--briefs [DIR]] [--cross]
                                 [--verbose] [--pairs]

``--templated N`` measures another corpus instead: the templated news of
``benchmarks/reliability.py`` (``corpus(N)``: N events × 4 outlets, every event the same
sentences about another named bridge, depot and council). Only the cross-event figures
apply there: claims of different events share every word but a place name, so any match
between them is a same-template false match.

 the first claim of each outlet of a key claim with the others
directly and shows what the store kept: a pair that ``compare`` decides but the store
never stored did not reach ``compare`` at ingest (a candidate-retrieval miss).
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.match.relation import compare
from factcheck.match.status import MatchLink, claim_status
from factcheck.read import RawDocument, read_inputs
from factcheck.store import Store

ROOT = Path(__file__).resolve().parents[1]

# key claim id → (expected status, [(outlet, words the claim text must contain)])
EXPECTED: dict[str, tuple[str, list[tuple[str, list[str]]]]] = {
    "F1 breach date": ("disputed", [
        ("Kestrow Evening Ledger", ["March 10"]),
        ("Northfield Wire", ["early hours of March 10"]),
        ("ValleyNine News", ["March 11"]),
    ]),
    "F2 evacuated": ("disputed", [
        ("Kestrow Evening Ledger", ["2,500", "evacuated"]),
        ("Northfield Wire", ["2,500"]),
        ("ValleyNine News", ["4,000"]),
    ]),
    "F3 river peak": ("corroborated", [
        ("Kestrow Evening Ledger", ["6.2"]),
        ("Northfield Wire", ["6.2"]),
        ("ValleyNine News", ["6.2"]),
    ]),
    "F4 homes flooded": ("corroborated", [
        ("Kestrow Evening Ledger", ["600 homes"]),
        ("Northfield Wire", ["600 homes"]),
    ]),
    "F5 no deaths": ("corroborated", [
        ("Kestrow Evening Ledger", ["No deaths"]),
        ("Northfield Wire", ["no reported deaths"]),
        ("ValleyNine News", ["No deaths"]),
    ]),
    "F6 pumps (wire only)": ("unverified", [
        ("Northfield Wire", ["14 high-volume pumps"]),
        ("The Midland Gazette", ["14 high-volume pumps"]),
    ]),
    "F7 last inspection": ("disputed", [
        ("Kestrow Evening Ledger", ["last inspected"]),
        ("ValleyNine News", ["not been inspected"]),
    ]),
    "F8 deferred maintenance": ("unverified", [
        ("Northfield Wire", ["largely attributed"]),
    ]),
    "T1 emails motion": ("disputed", [
        ("Harwick Business Journal", ["rejected", "motion"]),
        ("The Civic Record", ["rejected", "motion"]),
        ("Meridian Markets Daily", ["granted the motion"]),
    ]),
    "T2 Talbert testimony": ("disputed", [
        ("Harwick Business Journal", ["did not testify"]),
        ("Meridian Markets Daily", ["did not testify"]),
        ("The Civic Record", ["testified on Wednesday"]),
    ]),
    "T3 revenue overstated": ("corroborated", [
        ("Harwick Business Journal", ["$212 million"]),
        ("The Civic Record", ["$212 million"]),
        ("Meridian Markets Daily", ["$200 million"]),
    ]),
    "T4 nine counts / not guilty": ("corroborated", [
        ("Harwick Business Journal", ["pleaded not guilty"]),
        ("The Civic Record", ["pleaded not guilty"]),
        ("Meridian Markets Daily", ["pleaded not guilty"]),
    ]),
    "T5 share move": ("disputed", [
        ("Harwick Business Journal", ["rose 2.3%"]),
        ("Meridian Markets Daily", ["fell 2.3%"]),
    ]),
    "T6 auditor memo": ("unverified", [
        ("The Civic Record", ["Fenwick"]),
    ]),
    "V1 hospitalisations": ("disputed", [
        ("The Almsworth Standard", ["38%"]),
        ("The Northern Clarion", ["38%", "cut"]),
        ("HealthBeat Weekly", ["83%"]),
    ]),
    "V2 participants": ("corroborated", [
        ("The Almsworth Standard", ["1,184"]),
        ("The Northern Clarion", ["1,184"]),
        ("HealthBeat Weekly", ["1,200"]),
    ]),
    "V3 side effects": ("disputed", [
        ("The Almsworth Standard", ["12%"]),
        ("HealthBeat Weekly", ["12%"]),
        ("The Northern Clarion", ["21%", "side effects"]),
    ]),
    "V4 13 vs 21 admissions": ("corroborated", [
        ("The Almsworth Standard", ["13", "21"]),
        ("The Northern Clarion", ["13 hospitalisations"]),
    ]),
    "V5 6,000 trial": ("unverified", [
        ("The Northern Clarion", ["6,000"]),
    ]),
}  # fmt: skip


def default_samples_dir() -> Path:
    env = os.environ.get("FACTCHECK_SAMPLES_DIR")
    return Path(env) if env else ROOT.parent / "shared" / "samples"


DISTRACTORS = ROOT / "benchmarks" / "data" / "distractors"
BRIEFS = ROOT / "benchmarks" / "data" / "briefs"


def event_of(path: Path, samples_dir: Path) -> str:
    """The event a file reports on: a sample's cluster folder, or a distractor's name
    before ``__`` (``wildfire-ostrava__hill-country-post.txt`` → ``wildfire-ostrava``)."""
    if path.is_relative_to(samples_dir):
        return path.relative_to(samples_dir).parts[0]
    return path.stem.split("__")[0]


def ingest_all(store: Store, paths: list[Path], samples_dir: Path) -> dict[int, str]:
    """Ingest every file as a user would; return document id → event."""
    events: dict[int, str] = {}
    for path in paths:
        for _name, docs in read_inputs([str(path)], RawDocument(text=""), source_from_header=True):
            if isinstance(docs, Exception):
                print(f"skipped: {docs}")
                continue
            for doc in docs:
                events[store.ingest(doc).id] = event_of(path, samples_dir)
    return events


def article_files(
    samples_dir: Path, distractors: Path | None, briefs: Path | None = None
) -> list[Path]:
    """Samples in their folders' order, then the distractors, then the briefs, each set
    sorted by name."""
    files = sorted(samples_dir.rglob("*.txt"))
    if distractors is not None:
        files += sorted(distractors.glob("*.txt"))
    if briefs is not None:
        files += sorted(briefs.glob("*.txt"))
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples-dir", type=Path, default=default_samples_dir())
    parser.add_argument(
        "--distractors",
        type=Path,
        default=DISTRACTORS,
        help="folder of articles on other events, ingested after the samples",
    )
    parser.add_argument("--no-distractors", action="store_true", help="the samples alone")
    parser.add_argument(
        "--briefs",
        type=Path,
        nargs="?",
        const=BRIEFS,
        default=None,
        help="also ingest brief reports (a few sentences, one name) last; default folder "
        "benchmarks/data/briefs",
    )
    parser.add_argument(
        "--templated",
        type=int,
        metavar="N",
        default=None,
        help="measure benchmarks/reliability.py's corpus(N) (N events x 4 outlets) instead",
    )
    parser.add_argument("--verbose", action="store_true", help="show matches of each claim")
    parser.add_argument("--pairs", action="store_true", help="compare key-claim pairs directly")
    parser.add_argument(
        "--cross", action="store_true", help="list every match between different events"
    )
    args = parser.parse_args()
    if args.templated is not None:
        templated(args.templated, verbose=args.cross)
        return
    if not args.samples_dir.is_dir():
        sys.exit(f"samples not found at {args.samples_dir} (set --samples-dir)")
    distractors = None if args.no_distractors else args.distractors
    briefs = None if args.no_distractors else args.briefs

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'samples.sqlite3'}")
        files = article_files(args.samples_dir.resolve(), distractors, briefs)
        events = ingest_all(store, [f.resolve() for f in files], args.samples_dir.resolve())
        claims = store.claims()
        right = total = 0
        for key, (expected, anchors) in EXPECTED.items():
            for outlet, words in anchors:
                found = [
                    c
                    for c in claims
                    if c["source"] == outlet and all(w.lower() in c["text"].lower() for w in words)
                ]
                total += 1
                if not found:
                    print(f"  MISSING  {key:28} {outlet}: no claim with {words}")
                    continue
                statuses = {c["status"] for c in found}
                ok = expected in statuses
                right += ok
                mark = "ok      " if ok else "WRONG   "
                print(
                    f"  {mark} {key:28} {outlet[:24]:24} expected {expected:12} "
                    f"got {', '.join(sorted(statuses))}"
                )
                if args.verbose or not ok:
                    for c in found:
                        print(f"             [{c['id']}] {c['text'][:100]}")
                        for m in store.matches(c["id"]):
                            print(
                                f"               {m['relation']:12} {m['score']:.2f} "
                                f"{m['source'][:18]:18} {'; '.join(m['reasons'])[:90]}"
                            )
        if args.pairs:
            print_pairs(store, claims)
        docs = store.documents()
        copies = [(d["source"], d["copy_of"], d["copy_similarity"]) for d in docs if d["copy_of"]]
        print(f"\ndocuments: {len(docs)} ({len(set(events.values()))} events)")
        print(f"key claims with the expected status: {right}/{total}")
        print(f"near-copies found: {copies}")
        statuses = {
            s: sum(1 for c in claims if c["status"] == s)
            for s in ("corroborated", "disputed", "unverified")
        }
        print(f"all claims: {len(claims)}  {statuses}")
        print_cross_events(store, claims, events, verbose=args.cross)
        print_stories(store, docs, events)
        if briefs is not None:
            brief_ids = {
                d["id"] for d in docs if (d.get("origin") or "").startswith(str(briefs.resolve()))
            }
            print_briefs(docs, events, brief_ids)
        store.engine.dispose()


def templated(events: int, *, verbose: bool) -> None:
    """Ingest ``reliability.corpus(events)`` and print the cross-event figures.

    The file names carry the event (``e003_1.txt`` → ``e003``).
    """
    from reliability import corpus, write_corpus

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        paths = write_corpus(folder, corpus(events))
        store = Store(f"sqlite:///{Path(tmp) / 'templated.sqlite3'}")
        ids: dict[int, str] = {}
        for path in paths:
            for _name, docs in read_inputs(
                [str(path)], RawDocument(text=""), source_from_header=True
            ):
                if isinstance(docs, Exception):
                    print(f"skipped: {docs}")
                    continue
                for doc in docs:
                    ids[store.ingest(doc).id] = path.stem.split("_")[0]
        claims = store.claims()
        statuses = {
            s: sum(1 for c in claims if c["status"] == s)
            for s in ("corroborated", "disputed", "unverified")
        }
        print(f"templated corpus: {len(paths)} documents ({events} events), {len(claims)} claims")
        print(f"all claims: {statuses}")
        print_cross_events(store, claims, ids, verbose=verbose)
        store.engine.dispose()


def _links(store: Store, claims: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    return {c["id"]: store.matches(c["id"]) for c in claims}


def print_cross_events(
    store: Store, claims: list[dict[str, Any]], events: dict[int, str], *, verbose: bool
) -> None:
    """Matches between claims of different events, and status precision.

    A claim's status is counted right when the same status follows from its decided
    links to claims of its own event only (``status.claim_status``): a disputed or
    corroborated claim that owes its status to another event's claim is a false one.
    Relation errors within one event are what the key-claim table above measures.
    """
    links = _links(store, claims)
    event_of_claim = {c["id"]: events.get(c["document_id"], "?") for c in claims}
    decided = held = 0
    shown: set[tuple[int, int]] = set()
    for c in claims:
        for m in links[c["id"]]:
            pair = (min(c["id"], m["claim_id"]), max(c["id"], m["claim_id"]))
            if pair in shown or event_of_claim[c["id"]] == event_of_claim.get(m["claim_id"]):
                continue
            shown.add(pair)
            if m["needs_review"]:
                held += 1
            else:
                decided += 1
            if verbose:
                print(
                    f"  CROSS {m['relation']:12} {'(review) ' if m['needs_review'] else ''}"
                    f"[{event_of_claim[c['id']]}] {c['text'][:70]!r}\n"
                    f"        [{event_of_claim.get(m['claim_id'])}] {m['text'][:70]!r}"
                )
    print(f"matches between different events: {decided} decided (goal 0), {held} held for review")
    for status in ("disputed", "corroborated"):
        marked = [c for c in claims if c["status"] == status]
        right = sum(
            1
            for c in marked
            if claim_status(
                MatchLink(m["relation"], m["independent"], m["needs_review"])
                for m in links[c["id"]]
                if event_of_claim.get(m["claim_id"]) == event_of_claim[c["id"]]
            )
            == status
        )
        share = right / len(marked) if marked else float("nan")
        print(f"{status} precision (own-event links): {share:.2f} ({right}/{len(marked)})")


def print_stories(store: Store, docs: list[dict[str, Any]], events: dict[int, str]) -> None:
    """Whether stories group each event's documents, and only them."""
    if not docs or "story_id" not in docs[0]:
        print("stories: not in this version")
        return
    by_event: dict[str, set[Any]] = {}
    by_story: dict[Any, set[str]] = {}
    for d in docs:
        event = events.get(d["id"], "?")
        by_event.setdefault(event, set()).add(d["story_id"])
        by_story.setdefault(d["story_id"], set()).add(event)
    split = {e: sorted(map(str, s)) for e, s in by_event.items() if len(s) > 1}
    mixed = {s: sorted(e) for s, e in by_story.items() if len(e) > 1 and s is not None}
    unplaced = [d["id"] for d in docs if d["story_id"] is None]
    clusters = [e for e in ("flood", "trial", "vaccine", "single") if e in by_event]
    whole = [
        e for e in clusters if len(by_event[e]) == 1 and len(by_story[next(iter(by_event[e]))]) == 1
    ]
    print(f"stories: {len(by_story)} for {len(by_event)} events")
    print(f"sample clusters in one story of their own: {len(whole)}/{len(clusters)} {whole}")
    print(f"events split over several stories: {split or 'none'}")
    print(f"stories mixing events: {mixed or 'none'}")
    print(f"documents outside any story: {unplaced or 'none'}")


def print_briefs(docs: list[dict[str, Any]], events: dict[int, str], briefs: set[int]) -> None:
    """Brief reports (a few sentences naming one place or person, with figures of their
    own): a follow-up must join the story of its event's other documents; a brief on a
    new event that shares a name with a story (same town, another event) must not."""
    story_of_event: dict[str, Any] = {}
    for d in docs:
        if d["id"] not in briefs and d["story_id"] is not None:
            story_of_event.setdefault(events.get(d["id"], "?"), d["story_id"])
    others = {
        d["story_id"]: events.get(d["id"], "?")
        for d in docs
        if d["id"] not in briefs and d["story_id"] is not None
    }
    joined, apart, wrong = [], [], []
    follow_ups = new_events = 0
    for d in docs:
        if d["id"] not in briefs:
            continue
        event = events.get(d["id"], "?")
        if event in story_of_event:
            follow_ups += 1
            if d["story_id"] == story_of_event[event]:
                joined.append(event)
            elif d["story_id"] in others:
                wrong.append(f"{event}→{others[d['story_id']]}")
        else:
            new_events += 1
            if d["story_id"] in others:
                wrong.append(f"{event}→{others[d['story_id']]}")
            else:
                apart.append(event)
    print(f"briefs joining their event's story: {len(joined)}/{follow_ups}")
    print(f"briefs on new events kept out of other stories: {len(apart)}/{new_events}")
    print(f"briefs in another event's story: {wrong or 'none'}")


def print_pairs(store: Store, claims: list[dict]) -> None:
    """Each key claim's outlets pairwise: compare's verdict now and the stored match."""
    print("\nkey-claim pairs: compare now / stored at ingest")
    for key, (_expected, anchors) in EXPECTED.items():
        found = []
        for outlet, words in anchors:
            found += [
                c
                for c in claims
                if c["source"] == outlet and all(w.lower() in c["text"].lower() for w in words)
            ][:1]
        for a, b in itertools.combinations(found, 2):
            now = compare(a["text"], b["text"])
            kept = [m for m in store.matches(a["id"]) if m["claim_id"] == b["id"]]
            stored = (
                f"{kept[0]['relation']}{' (review)' if kept[0]['needs_review'] else ''}"
                if kept
                else ("NOT COMPARED" if now.relation != "unrelated" else "-")
            )
            review = " (review)" if now.needs_review and now.relation != "unrelated" else ""
            print(
                f"  {key:28} [{a['id']}] vs [{b['id']}] {now.relation}{review} "
                f"{now.score:.2f} / {stored}"
            )


if __name__ == "__main__":
    main()
