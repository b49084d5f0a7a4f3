"""Does the corroboration report say the right thing about the shared samples, and how
long does it take?

Ingests ``../shared/samples`` (or ``--samples-dir``, or ``--db`` an existing store) as a
user would, then prints, for the whole report and for ``--since`` each publication day
after the first:

* **self-contradicting facts** (goal 0): a fact contradicted, in a report of its own, by
  an outlet that also states it in a report of its own — an outlet's own update is its
  revision, never a contradiction (a reprint carries another outlet's report, so an
  outlet that only reprinted one side is on neither in its own name). Two reports of one
  outlet that no dependent match ties (the store judged them independent, or never
  compared them) each stand for themselves, as in ``claims``, and are counted here;
* **window claims left out** (goal 0): claims published in a ``--since`` window that the
  full report shows in a fact, but the window's report shows in none (a window chooses
  facts, it never cuts their sides);
* **disputed facts with no other side** (goal 0): a disputed fact shown with nobody
  contradicting it and no revision either;
* **positions hiding a verdict**: positions whose claims carry different verdicts (each
  is shown; the figure is how many such positions the report has, for reference);
* the CPU time ``gather_report`` takes (``time.process_time``, warm: a first run loads the
  lexicons; the best of three runs), beside the CPU time of reading the claims it is
  built from (``Store.claims``), measured in the same run as its baseline. CPU time, not
  wall clock: a loaded machine stretches the second, not the first.

It never fails on a figure (a measurement, not a test).

    python benchmarks/report.py [--samples-dir DIR | --db URL]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.samples import article_files, default_samples_dir, ingest_all
from factcheck.report import Fact, Report, ReportFilter, gather_report
from factcheck.report.model import ruled_differently
from factcheck.store import Store

_T = TypeVar("_T")


def _fact_claims(report: Report) -> set[int]:
    return {i for f in report.facts for p in f.positions for i in p.claim_ids}


def _own_outlets(fact: Fact, stance: str = "states") -> set[str]:
    """The outlets that take ``stance`` on ``fact`` in a report of their own (not only in a
    reprint, which carries another outlet's report)."""
    return {o for p in fact.positions if p.stance == stance for o in p.outlets} - {
        o for p in fact.positions if p.stance == stance for o in p.copies
    }


def _cpu(work: Callable[[], _T]) -> tuple[_T, float]:
    """``work()`` and the CPU seconds it took (``time.process_time``)."""
    start = time.process_time()
    out = work()
    return out, time.process_time() - start


def measure(store: Store) -> None:
    """Print the figures of the module docstring for ``store``."""
    gather_report(store, with_text=False)  # loads the lexicons once: time warm runs only
    read = min(_cpu(store.claims)[1] for _ in range(3))
    runs = [_cpu(lambda: gather_report(store, with_text=False)) for _ in range(3)]
    full, took = runs[0][0], min(t for _, t in runs)
    in_facts = _fact_claims(full)
    reports = [("all", full)]
    days = sorted({d.published[:10] for d in full.documents if d.published})
    for day in days[1:]:
        flt = ReportFilter(since=date.fromisoformat(day))
        reports.append((f"since {day}", gather_report(store, flt, with_text=False)))
    print(f"{'report':<17} {'facts':>5} {'self-contra':>11} {'left out':>8} {'no side':>7}")
    totals = [0, 0, 0]
    for name, report in reports:
        shown_docs = {d.id for d in report.documents}
        window = {c.id for c in report.claims if c.document_id in shown_docs}
        figures = (
            sum(1 for f in report.facts if _own_outlets(f) & _own_outlets(f, "contradicts")),
            len((window & in_facts) - _fact_claims(report)),
            sum(
                1
                for f in report.facts
                if f.status == "disputed"
                and not f.contradicted_by
                and not any(p.stance == "revision" for p in f.positions)
            ),
        )
        totals = [t + n for t, n in zip(totals, figures, strict=True)]
        print(f"{name:<17} {len(report.facts):>5} {figures[0]:>11} {figures[1]:>8} {figures[2]:>7}")
    print(f"{'total (goal 0)':<17} {'':>5} {totals[0]:>11} {totals[1]:>8} {totals[2]:>7}")
    positions = [p for f in full.facts for p in f.positions]
    split = sum(1 for p in positions if ruled_differently(p.verdicts))
    print(f"positions whose claims were ruled differently (each ruling shown): {split}")
    print(
        f"gather_report {took:.2f} s CPU; baseline Store.claims {read:.2f} s CPU "
        f"({took / read:.1f}×)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples-dir", type=Path, default=default_samples_dir())
    parser.add_argument("--db", help="measure this store instead of ingesting the samples")
    args = parser.parse_args()
    if args.db:
        measure(Store(args.db))
        return
    if not args.samples_dir.is_dir():
        sys.exit(f"samples not found at {args.samples_dir} (set --samples-dir)")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'samples.sqlite3'}")
        samples = args.samples_dir.resolve()
        ingest_all(store, [f.resolve() for f in article_files(samples, None)], samples)
        measure(store)
        store.engine.dispose()


if __name__ == "__main__":
    main()
