"""Where the benchmarks find the shared evaluation data: ``--eval-dir`` beats
``FACTCHECK_EVAL_DIR`` beats ``../shared/eval`` beside the repository."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def default_eval_dir() -> Path:
    env = os.environ.get("FACTCHECK_EVAL_DIR")
    if env:
        return Path(env)
    return REPO.parent / "shared" / "eval"
