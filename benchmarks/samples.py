"""End-to-end check on the project's shared sample articles: do key claims get the status
their README expects?

Ingests every article of ``../shared/samples`` (header blocks, several outlets per event)
into a fresh SQLite database exactly as a user would, then looks up each key claim by
outlet and a few words it must contain, and compares its status with the expected one.
Prints one row per claim and the score; it never fails on a wrong status (it is a
measurement, not a test).

    python benchmarks/samples.py [--samples-dir DIR] [--verbose] [--pairs]

``--pairs`` also compares the first claim of each outlet of a key claim with the others
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

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from factcheck.match.relation import compare
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples-dir", type=Path, default=default_samples_dir())
    parser.add_argument("--verbose", action="store_true", help="show matches of each claim")
    parser.add_argument("--pairs", action="store_true", help="compare key-claim pairs directly")
    args = parser.parse_args()
    if not args.samples_dir.is_dir():
        sys.exit(f"samples not found at {args.samples_dir} (set --samples-dir)")

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'samples.sqlite3'}")
        for _name, docs in read_inputs(
            [str(args.samples_dir)], RawDocument(text=""), source_from_header=True
        ):
            if isinstance(docs, Exception):
                print(f"skipped: {docs}")
                continue
            for doc in docs:
                store.ingest(doc)
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
        print(f"\nkey claims with the expected status: {right}/{total}")
        print(f"near-copies found: {copies}")
        statuses = {
            s: sum(1 for c in claims if c["status"] == s)
            for s in ("corroborated", "disputed", "unverified")
        }
        print(f"all claims: {len(claims)}  {statuses}")
        store.engine.dispose()


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
