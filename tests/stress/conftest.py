"""The stress suite: real processes, real faults, bigger inputs (``-m stress``).

Deselected from the quick run (``addopts`` in pyproject.toml); ``.ci/run`` runs it on
its own. The scenarios are the ones ``benchmarks/reliability.py`` times, at test size.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/stress" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.stress)
