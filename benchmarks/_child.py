"""A measure run by another checkout's code, in a child process of the benchmark."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def run_child(code: str, args: Sequence[object], root: Path) -> dict[str, Any]:
    """Run ``code`` (a Python program) with ``args`` in a fresh interpreter whose
    ``factcheck`` is the one under ``root`` (a checkout: this tree or a baseline), and
    give back the JSON object its last line of output prints.

    Hash seeds are fixed so two codes iterate sets alike. A child that fails ends the
    benchmark with its error output, not with a bare exit status.
    """
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONHASHSEED="0")
    done = subprocess.run(
        [sys.executable, "-c", code, *(str(a) for a in args)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        sys.exit(f"child process of {root} failed:\n{done.stderr[-3000:]}")
    found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return found
