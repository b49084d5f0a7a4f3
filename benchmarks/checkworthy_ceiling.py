"""How far supervised models trained on ClaimBuster itself get: a reference ceiling.

The shipped scorer (factcheck/checkworthy.py) is a readable sum of named reasons. To see
how much a reviewer gives up for that readability, this script trains classifiers that
read the words themselves, on the same fitting sample (``data_small_every3rd``, CFS
against NFS), and scores them exactly like benchmarks/checkworthy.py does:

* ``reasons``: logistic regression over the scorer's reasons (what is shipped, refitted);
* ``n-grams``: logistic regression over hashed word 1-2-grams (digits folded to 0);
* ``reasons + n-grams``;
* ``embeddings`` and ``reasons + embeddings``: wordllama sentence vectors, when the
  optional ``embeddings`` extra is installed (its model ships inside the wheel).

Nothing here is shipped or saved; it needs scikit-learn (``pip install -e '.[bench]'``).

    python benchmarks/checkworthy_ceiling.py [--eval-dir DIR]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _paths import default_eval_dir, read_jsonl
from checkworthy import average_precision, f1
from fit_checkworthy import features

try:
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import HashingVectorizer
    from sklearn.linear_model import LogisticRegression
except ImportError:  # pragma: no cover - a benchmark's own dependency
    sys.exit("checkworthy_ceiling.py needs scikit-learn: pip install -e '.[bench]'")

from factcheck.match.similarity import embed, embedding_available


def _fold_digits(text: str) -> str:
    return re.sub(r"\d", "0", text.lower())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=default_eval_dir())
    args = parser.parse_args()
    folder = args.eval_dir / "checkworthy"
    claimbuster = read_jsonl(folder / "claimbuster.jsonl")
    clef = read_jsonl(folder / "clef2019_t1_test.jsonl")
    train = [r for r in claimbuster if r["subset"] == "data_small_every3rd" and r["label"] != "UFS"]
    test = [r for r in claimbuster if r["subset"] == "disjoint_2000" and r["label"] != "UFS"]
    y = np.array([r["label"] == "CFS" for r in train])
    gold = [r["label"] == "CFS" for r in test]

    ngrams = HashingVectorizer(
        n_features=2**18, ngram_range=(1, 2), preprocessor=_fold_digits, alternate_sign=False
    )
    use_embeddings = embedding_available()
    cache: dict[tuple[str, int], object] = {}

    def block(kind: str, rows: list[dict]) -> object:
        key = (kind, id(rows))
        if key not in cache:
            texts = [r["text"] for r in rows]
            if kind == "r":
                matrix = np.array([features(t) for t in texts])
                matrix[:, -2] /= 30.0  # words on the same 0..1 scale as the indicators
                cache[key] = csr_matrix(matrix)
            elif kind == "n":
                cache[key] = ngrams.transform(texts)
            else:
                cache[key] = csr_matrix(np.asarray(embed(texts)))
        return cache[key]

    systems = {"reasons": "r", "n-grams": "n", "reasons + n-grams": "rn"}
    if use_embeddings:
        systems |= {"embeddings": "w", "reasons + embeddings": "rw"}
    else:
        print("(wordllama not installed: embedding rows skipped)")

    debates: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(clef):
        debates[row["debate"]].append(i)

    print(f"trained on {len(train)} ClaimBuster sentences; tested on {len(test)} (disjoint_2000)")
    print(f"  {'system':24} {'CFS-vs-NFS P/R/F1 at 0.5':>26} {'best F1':>8} {'CLEF MAP':>9}")
    for name, kinds in systems.items():
        x_train = hstack([block(k, train) for k in kinds]).tocsr()
        x_test = hstack([block(k, test) for k in kinds]).tocsr()
        x_clef = hstack([block(k, clef) for k in kinds]).tocsr()
        fitted = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced")
        fitted.fit(x_train, y)
        p = fitted.predict_proba(x_test)[:, 1]
        precision, recall, at_half = f1(gold, list(p >= 0.5))
        best = max(f1(gold, list(p >= t))[2] for t in np.arange(0.05, 0.96, 0.05))
        scores = fitted.predict_proba(x_clef)[:, 1]
        mean_ap = np.mean(
            [
                average_precision([scores[i] for i in rows], [clef[i]["label"] for i in rows])
                for rows in debates.values()
            ]
        )
        print(
            f"  {name:24} {precision:8.3f} {recall:7.3f} {at_half:7.3f} {best:8.3f} {mean_ap:9.4f}"
        )
    print("  ('best F1' picks the threshold on the test set itself: an upper bound, not a result)")

    # Trained inside the test set (5-fold): is disjoint_2000 harder, or the sample different?
    from sklearn.model_selection import StratifiedKFold

    x_all = hstack([block(k, test) for k in "rn"]).tocsr()
    y_test = np.array(gold)
    p = np.zeros(len(test))
    for fit_rows, held in StratifiedKFold(5, shuffle=True, random_state=0).split(x_all, y_test):
        fitted = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced")
        p[held] = fitted.fit(x_all[fit_rows], y_test[fit_rows]).predict_proba(x_all[held])[:, 1]
    best = max(f1(gold, list(p >= t))[2] for t in np.arange(0.05, 0.96, 0.05))
    print(f"  reasons + n-grams trained inside disjoint_2000 (5-fold), best F1: {best:.3f}")


if __name__ == "__main__":
    main()
