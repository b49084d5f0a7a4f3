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
        "Title: Harl Bridge reopens\nPublished: 2026-03-03\n\n"
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


def test_the_python_api_reads_a_header_block_as_ingest_does(tmp_path: Path) -> None:
    """A text file with a header block: the library reads it as the CLI does — the
    header is metadata, never claims (``RawDocument.from_text``, ``analyze``)."""
    from factcheck import RawDocument, Store, analyze

    text = (
        "Title: Harl Bridge reopens\nOutlet: Harl Courier\nAuthor: Ines Rook\n"
        "Published: 2026-03-03\nURL: https://example.org/harl\n\n"
        "The Harl Bridge reopened on Monday. About 14,000 vehicles cross it every day, "
        "the council said.\n"
    )
    doc = RawDocument.from_text(text, source="Coastal Wire")
    assert (doc.title, doc.author, doc.source, doc.url) == (
        "Harl Bridge reopens",
        "Ines Rook",
        "Coastal Wire",  # what the caller says wins over the header
        "https://example.org/harl",
    )
    assert str(doc.published) == "2026-03-03" and doc.text.startswith("The Harl Bridge")
    store = Store(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    store.ingest(doc)
    assert next(c["text"] for c in store.claims()).startswith("The Harl Bridge reopened")
    assert not any(c["text"].startswith(("Outlet:", "Author:", "URL:")) for c in store.claims())
    store.engine.dispose()
    analysis = analyze(text)
    assert analysis.claims and analysis.claims[0].claim.text.startswith("The Harl Bridge")
    assert analysis.claims[0].claim.start > text.index("\n\n")
    assert str(analysis.anchored_to) == "2026-03-03"  # "on Monday" counts from the header's day


def test_a_pages_header_like_ambiguous_date_leaves_it_undated(tmp_path: Path) -> None:
    """A page's visible "Published: 03/11/2026" is read by the page rule (a warning, the
    page undated), never refused by the text-header rule (reviewer F8)."""
    from factcheck import analyze

    analysis = analyze(
        "Published: 03/11/2026\n\nA fire destroyed a warehouse in Pellow on Monday, "
        "the fire service said."
    )
    assert analysis.claims and analysis.anchored_to is None
