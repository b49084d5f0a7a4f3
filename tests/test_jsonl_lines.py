"""`analyze` and `ingest` name the same line and column for a bad JSON Lines line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.read import jsonl_lines

runner = CliRunner()

GOOD = '{"text": "The ferry to Lysa Point sailed at noon on Sunday.", "source": "Isle Post"}'


def test_only_a_newline_ends_a_line() -> None:
    text = 'one\r\n{"text": "a\u2028b\x85c\x0cd"}\nthree'
    lines = list(jsonl_lines(text))
    assert lines == [(1, "one"), (2, '{"text": "a\u2028b\x85c\x0cd"}'), (3, "three")]


@pytest.mark.parametrize(
    ("body", "where"),
    [
        # a value missing at the end of the line: column 24 of line 2, not column 1 of line 3
        (GOOD + '\n{"text": "x", "source": \n', "bad.jsonl:2: not valid JSON at column 25"),
        # a raw line separator inside a string is no line break (JSON allows it)
        (
            '{"text": "The ferry\u2028 sailed at noon.", "source": "Isle Post"}\n{"text": 5}\r\n',
            "bad.jsonl:2: text must be a string",
        ),
        ("\n\n" + GOOD + "\n  [1, 2]\n", "bad.jsonl:4: each line must be a JSON object"),
    ],
)
def test_analyze_and_ingest_name_the_same_place(tmp_path: Path, body: str, where: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(body.encode("utf-8"))
    db = f"sqlite:///{tmp_path / 'j.sqlite3'}"
    analyzed = runner.invoke(app, ["--db", db, "analyze", str(path)])
    ingested = runner.invoke(app, ["--db", db, "ingest", str(path), "--json"])
    assert analyzed.exit_code == 2 and where in analyzed.stderr, analyzed.stderr
    assert ingested.exit_code == 1 and where in ingested.stderr, ingested.stderr
    [error] = json.loads(ingested.stdout)["errors"]
    shown = f"{Path(error['origin']).name}:{error['line']}: {error['message']}"
    assert shown.startswith(where), shown
