"""Our own labelled claim pairs (tests/data/claim_pairs.jsonl), scored per kind.

Each line is ``{"kind", "a", "b", "label"[, "context_a", "context_b", "needs_story"]}``;
a context is ``{"preceding": text before the claim in its article, "published":
"YYYY-MM-DD"}``, from which the claim's frame is built (pronouns, "the company",
"yesterday"). Pairs marked ``needs_story`` are the same context-dependent sentence in two
different articles ("No deaths have been reported."): the pairwise decision cannot tell
them apart, and the story rule (such claims are compared only within their story) does.
They are scored as that rule decides: not compared, hence unrelated, when the two
claims' articles differ and neither claim is self-contained.

Prints, per kind and overall, precision and recall of ``corroborates`` and
``conflicts``, with the plain rapidfuzz baseline (token_set_ratio >= 74 read as
corroborates) beside it, and lists the pairs decided wrongly with ``--errors``.

    python benchmarks/pairs.py [--errors] [--file PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rapidfuzz import fuzz

from factcheck.match.frames import Frame, FrameContext, frame
from factcheck.match.relation import Relation, compare

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "data" / "claim_pairs.jsonl"


def read_pairs(path: Path = DEFAULT) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def context_frame(text: str, context: Mapping[str, Any] | None) -> Frame:
    if not context:
        return frame(text)
    published = context.get("published")
    return frame(
        text,
        FrameContext(
            str(context.get("preceding", "")),
            date.fromisoformat(published) if published else None,
        ),
    )


def decide(row: Mapping[str, Any]) -> Relation:
    """The relation the tool gives a pair, frames built with each claim's context."""
    fa = context_frame(row["a"], row.get("context_a"))
    fb = context_frame(row["b"], row.get("context_b"))
    across = row.get("context_a") != row.get("context_b")
    if row.get("needs_story") and not (fa.self_contained or fb.self_contained) and across:
        return "unrelated"  # the story rule: not compared across articles
    return compare(row["a"], row["b"], frames=(fa, fb)).relation


def scores(gold: Sequence[str], predicted: Sequence[str], relation: str) -> tuple[str, str]:
    tp = sum(g == p == relation for g, p in zip(gold, predicted, strict=True))
    n_pred = sum(p == relation for p in predicted)
    n_gold = sum(g == relation for g in gold)
    precision = f"{tp / n_pred:.2f}" if n_pred else "  - "
    recall = f"{tp / n_gold:.2f}" if n_gold else "  - "
    return precision, recall


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", type=Path, default=DEFAULT)
    parser.add_argument("--errors", action="store_true", help="list the pairs decided wrongly")
    args = parser.parse_args(argv)
    rows = read_pairs(args.file)
    start = time.perf_counter()
    predicted = [decide(r) for r in rows]
    seconds = time.perf_counter() - start
    baseline = [
        "corroborates" if fuzz.token_set_ratio(r["a"], r["b"]) >= 74 else "unrelated" for r in rows
    ]
    kinds = sorted({r["kind"] for r in rows}, key=lambda k: [r["kind"] for r in rows].index(k))
    print(f"Own claim pairs ({len(rows)} pairs, {args.file.name}); P/R per relation")
    header = f"  {'kind':<34} {'n':>3}  {'acc':>4}  {'P(cor)':>6} {'R(cor)':>6}  "
    header += f"{'P(con)':>6} {'R(con)':>6}  {'fuzzy P(cor)':>12}"
    print(header)
    for kind in [*kinds, "all"]:
        idx = [i for i, r in enumerate(rows) if kind in ("all", r["kind"])]
        gold = [rows[i]["label"] for i in idx]
        pred = [predicted[i] for i in idx]
        acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(idx)
        pc, rc = scores(gold, pred, "corroborates")
        px, rx = scores(gold, pred, "conflicts")
        fuzzy_p, _ = scores(gold, [baseline[i] for i in idx], "corroborates")
        print(
            f"  {kind:<34} {len(idx):>3}  {acc:.2f}  {pc:>6} {rc:>6}  {px:>6} {rx:>6}  "
            f"{fuzzy_p:>12}"
        )
    print(f"  {seconds / len(rows) * 1000:.2f} ms per pair (frames and features built once)")
    if args.errors:
        for r, p in zip(rows, predicted, strict=True):
            if r["label"] != p:
                print(f"- [{r['kind']}] expected {r['label']}, got {p}: {r['a']!r} / {r['b']!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
