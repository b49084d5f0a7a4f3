"""The README's Python examples run as written, in a fresh interpreter."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).parents[1] / "README.md"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


@pytest.mark.parametrize("code", _python_blocks())
def test_readme_python_example_runs(code: str, tmp_path: Path) -> None:
    # The examples read an article from a.txt in the working directory.
    (tmp_path / "a.txt").write_text(
        "The Harl Bridge reopened on Monday. About 14,000 vehicles cross it every day, "
        "the council said.\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_there_are_python_examples() -> None:
    assert _python_blocks()


def test_analyze_is_the_function_after_the_store_is_imported() -> None:
    code = (
        "from factcheck import Store, RawDocument, analyze\n"
        "import factcheck\n"
        "assert callable(analyze) and analyze.__module__ == 'factcheck.analyze'\n"
        "assert factcheck.analyze is analyze\n"
        "from factcheck.analyze import Analysis\n"
        "assert isinstance(analyze('Officials said about 40 people were hurt.'), Analysis)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
