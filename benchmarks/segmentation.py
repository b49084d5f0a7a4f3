"""Sentence segmentation: golden rules, UD English EWT boundary F1 and throughput.

Compares ``factcheck.segment`` with raw sentencex (trimmed, no post-processing) in the
same run:

* English golden rules: a case passes when the sentence texts match exactly.
* UD English EWT test: precision, recall and F1 of sentence end offsets, both over
  boundaries inside a document (the honest figure) and with each document's final
  boundary counted too (which every segmenter gets for free).
* Throughput in MB/s of UTF-8 input, best of several runs over the EWT text repeated;
  and of claims end to end (segment, extract, score) beside segmentation alone.

    python benchmarks/segmentation.py [--eval-dir DIR] [--repeat 20]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import sentencex

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _paths import default_eval_dir, read_jsonl, require

from factcheck.extract import extract_claims
from factcheck.segment import segment

Spans = list[tuple[int, int]]


def factcheck_spans(text: str) -> Spans:
    return [(s.start, s.end) for s in segment(text)]


def sentencex_spans(text: str) -> Spans:
    spans: Spans = []
    for boundary in sentencex.get_sentence_boundaries("en", text):
        start, end = boundary["start_index"], boundary["end_index"]
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


SYSTEMS: dict[str, Callable[[str], Spans]] = {
    "factcheck.segment": factcheck_spans,
    "sentencex (raw)": sentencex_spans,
}


def golden(rows: list[dict], system: Callable[[str], Spans]) -> tuple[int, list[int]]:
    failed = []
    for row in rows:
        got = [row["text"][a:b] for a, b in system(row["text"])]
        if got != row["sentences"]:
            failed.append(row["id"])
    return len(rows) - len(failed), failed


def boundary_f1(
    docs: list[dict], system: Callable[[str], Spans], include_final: bool
) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for doc in docs:
        text = doc["text"]
        last = len(text.rstrip())
        gold = {end for _, end in doc["sentence_spans"] if include_final or end < last}
        got = {end for _, end in system(text) if include_final or end < last}
        tp += len(gold & got)
        fp += len(got - gold)
        fn += len(gold - got)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return precision, recall, f1


def throughput(text: str, system: Callable[[str], Spans], runs: int = 5) -> float:
    size = len(text.encode("utf-8")) / 1e6
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        system(text)
        best = min(best, time.perf_counter() - started)
    return size / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--eval-dir", type=Path, default=default_eval_dir())
    parser.add_argument("--repeat", type=int, default=20, help="copies of EWT for MB/s")
    args = parser.parse_args()
    folder = args.eval_dir / "segmentation"
    needed = [folder / "golden_rules_en.jsonl", folder / "ud_ewt_test.jsonl"]
    require("segmentation", needed)
    rules, docs = read_jsonl(needed[0]), read_jsonl(needed[1])
    corpus = "\n\n".join(doc["text"] for doc in docs) * args.repeat
    print(
        f"golden rules: {len(rules)} cases; EWT: {len(docs)} documents; "
        f"throughput on {len(corpus.encode('utf-8')) / 1e6:.1f} MB"
    )
    print(f"{'system':20} {'golden':>7} {'EWT inside P/R/F1':>22} {'with ends F1':>13} MB/s")
    for name, system in SYSTEMS.items():
        passed, failed = golden(rules, system)
        p, r, f = boundary_f1(docs, system, include_final=False)
        _, _, f_all = boundary_f1(docs, system, include_final=True)
        speed = throughput(corpus, system)
        print(
            f"{name:20} {passed:>3}/{len(rules):<3} {p:7.3f}{r:7.3f}{f:7.3f} {f_all:13.3f} "
            f"{speed:7.2f}"
        )
        if failed:
            print(f"{'':20} golden cases failed: {failed}")
    one_copy = "\n\n".join(doc["text"] for doc in docs)
    extract_claims(one_copy, segment(one_copy))  # warm the lexicon caches first
    alone = throughput(one_copy, factcheck_spans, runs=3)
    speed = throughput(one_copy, claims_spans, runs=3)
    print(
        "claims end to end (segment + extract_claims + check-worthiness) on one copy of EWT: "
        f"{speed:.2f} MB/s, {speed / alone:.0%} of segmentation alone ({alone:.2f} MB/s)"
    )


def claims_spans(text: str) -> Spans:
    """Segment, split into claims and score them; the spans are the claims'."""
    return [(c.start, c.end) for c in extract_claims(text, segment(text))]


if __name__ == "__main__":
    main()
