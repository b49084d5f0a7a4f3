"""Where the benchmarks find the shared evaluation data, and how they read it.

``--eval-dir`` beats ``FACTCHECK_EVAL_DIR`` beats ``../shared/eval`` beside the
repository. The data stays there; benchmarks read it in place.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def default_eval_dir() -> Path:
    env = os.environ.get("FACTCHECK_EVAL_DIR")
    if env:
        return Path(env)
    return REPO.parent / "shared" / "eval"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """The records of a JSON Lines file; blank lines are skipped."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def require(benchmark: str, paths: list[Path]) -> None:
    """Exit with one line naming what is missing, rather than a traceback."""
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        sys.exit(
            f"{benchmark} benchmark: dataset not found: {', '.join(missing)} "
            "(set --eval-dir or FACTCHECK_EVAL_DIR)"
        )
