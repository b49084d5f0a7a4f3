"""Counts a person reads agree with their noun: "1 claim", never "1 claims"."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.terminal import counted

runner = CliRunner()


@pytest.mark.parametrize(
    ("n", "noun", "shown"),
    [
        (1, "claim", "1 claim"),
        (0, "claim", "0 claims"),
        (2, "verdict", "2 verdicts"),
        (1, "story", "1 story"),
        (3, "story", "3 stories"),
        (2, "day", "2 days"),  # a vowel before the y
        (1, "match", "1 match"),
        (4, "match", "4 matches"),
        (2, "status", "2 statuses"),
        (5, "box", "5 boxes"),
        (2, "more fact", "2 more facts"),
        (2, "person", "2 people"),
    ],
)
def test_counted_agrees(n: int, noun: str, shown: str) -> None:
    plural = "people" if noun == "person" else None
    assert counted(n, noun, plural) == shown


def test_confirmation_lines_say_one_in_the_singular(tmp_path: Path) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text("The Tarn ferry was cancelled on Tuesday after a storm.\n", encoding="utf-8")
    db = str(tmp_path / "fc.sqlite3")
    result = runner.invoke(app, ["--db", db, "analyze", str(article)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "1 sentence, 1 claim"
    result = runner.invoke(app, ["--db", db, "ingest", str(article), "--source", "Tarn Post"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["--db", db, "documents", "delete", "1", "--reviewer", "Desk"])
    assert result.exit_code == 0, result.output
    assert "1 claim, 0 matches, 0 decisions, 0 verdicts" in result.stdout
    assert "1 claims" not in result.stdout
