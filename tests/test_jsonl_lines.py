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
    # Both read the good lines and name each bad one: a partial outcome, exit 1.
    assert analyzed.exit_code == 1 and where in analyzed.stderr, analyzed.stderr
    assert ingested.exit_code == 1 and where in ingested.stderr, ingested.stderr
    [error] = json.loads(ingested.stdout)["errors"]
    shown = f"{Path(error['origin']).name}:{error['line']}: {error['message']}"
    assert shown.startswith(where), shown


def test_analyze_reads_the_good_lines_and_lists_each_bad_one(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        GOOD,
        '{"text": "The dock flooded", "source": ',
        '{"text": "The harbour master said 14 boats sank.", "source": "Quay News"}',
        '{"source": "Quay News"}',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--json"])
    assert result.exit_code == 1
    analysed = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["document"]["origin"] for d in analysed] == [f"{path}:1", f"{path}:3"]
    assert "mixed.jsonl:2: not valid JSON" in result.stderr
    assert 'mixed.jsonl:4: each line needs a "text" string' in result.stderr
    shown = runner.invoke(app, ["analyze", str(path)])
    assert shown.exit_code == 1 and "14 boats sank" in shown.stdout
    assert shown.stderr.count("skipped:") == 2


def test_analyze_of_a_batch_with_no_good_line_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_text('{"text": 3}\n{"source": "Quay News"}\n', encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path)])
    assert result.exit_code == 2 and result.stdout == ""
    assert "none.jsonl:1: text must be a string" in result.stderr
    assert 'none.jsonl:2: each line needs a "text" string' in result.stderr
