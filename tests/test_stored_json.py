"""JSON kept in TEXT columns that a person damaged with sqlite3 is one line naming the
table, row and column, exit 1, never a traceback (tester12 fault 3)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.errors import StorageError
from factcheck.stored import stored_json

runner = CliRunner()

FIRST = "A fire at the grain store hurt 31 dockers on Friday, the port said."
SECOND = "Fire at the grain store injured 27 dockers on Friday, officials said."


def _store(tmp_path: Path) -> Path:
    for name, text, source in (("a.txt", FIRST, "North Wire"), ("b.txt", SECOND, "South Post")):
        path = tmp_path / name
        path.write_text(text)
        result = runner.invoke(app, ["ingest", str(path), "--source", source])
        assert result.exit_code == 0, result.stderr
    return Path(os.environ["FACTCHECK_DB"].removeprefix("sqlite:///"))


@pytest.mark.parametrize(
    ("table", "column", "value", "command", "why"),
    [
        ("claims", "reasons", "numbers", ["claims"], "is not valid JSON"),
        ("claims", "reasons", '{"number": 1}', ["show", "1", "--json"], "is not a JSON list"),
        ("claims", "dates", "[{", ["show", "1", "--json"], "is not valid JSON"),
        ("claims", "dates", "7", ["show", "1"], "is not a JSON list"),
        ("claims", "frame", "[[", ["rematch", "--all"], "is not valid JSON"),
        ("matches", "reasons", "figures differ", ["matches", "1"], "is not valid JSON"),
        ("matches", "reasons", '"figures"', ["report", "--format", "json"], "JSON list"),
    ],
)
def test_a_damaged_json_value_is_one_line_naming_table_row_and_column(
    tmp_path: Path, table: str, column: str, value: str, command: list[str], why: str
) -> None:
    db = _store(tmp_path)
    with sqlite3.connect(db) as conn:
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = 1", (value,))
    result = runner.invoke(app, command)
    assert result.exit_code == 1, result.stdout
    assert not isinstance(result.exception, ValueError)  # no traceback
    line = result.stderr.strip()
    assert "\n" not in line
    assert why in line and f"{table} row 1, column {column}" in line


def test_rescore_writes_damaged_claim_reasons_afresh(tmp_path: Path) -> None:
    db = _store(tmp_path)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE claims SET reasons = 'numbers' WHERE id = 1")
    assert runner.invoke(app, ["rescore"]).exit_code == 0
    listed = runner.invoke(app, ["claims"])
    assert listed.exit_code == 0, listed.stderr


def test_stored_json_reads_null_as_the_empty_value_and_refuses_another_shape() -> None:
    assert stored_json(None, table="t", column="c", row_id=1, empty=[]) == []
    assert stored_json('["a"]', table="t", column="c", row_id=1, expect=list) == ["a"]
    with pytest.raises(StorageError, match=r"t row 4, column c"):
        stored_json("[" * 100_000, table="t", column="c", row_id=4, expect=list)


def test_each_fixed_shape_column_reads_blank_as_a_fresh_empty_value() -> None:
    from factcheck.stored import COLUMN_SHAPES, stored_column

    for (table, column), (shape, blank) in COLUMN_SHAPES.items():
        first = stored_column(None, table=table, column=column, row_id=1)
        if blank:
            assert first == shape() and first is not stored_column(
                "", table=table, column=column, row_id=1
            )
        else:
            assert first is None
