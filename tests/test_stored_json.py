"""JSON kept in TEXT columns that a person damaged with sqlite3 is one line naming the
table, row and column, exit 1, never a traceback (tester12 fault 3)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.errors import StorageError
from factcheck.stored import (
    COLUMN_SHAPES,
    INT,
    STR,
    ListOf,
    Obj,
    shape_fault,
    stored_column,
    stored_json,
)

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
    for (table, column), (_, blank) in COLUMN_SHAPES.items():
        first = stored_column(None, table=table, column=column, row_id=1)
        if blank:
            assert first in ([], {}) and first is not stored_column(
                "", table=table, column=column, row_id=1
            )
        else:
            assert first is None


# -- wrong shapes inside the JSON (tester12b F1) ------------------------------------------

LEAD = (
    "A fire at the Kessling grain store hurt 31 dockers on Friday, the port said. "
    "The mayor of Kessling visited the store yesterday."
)
FOLLOW = "Fire at the Kessling grain store injured 27 dockers on Friday, officials said."


def _story(url: str, tmp_path: Path) -> None:
    """Two reports of one fire in one story: claims 1-3, match 1, document 2 joined
    story 1 on a score (its reason lists shared terms)."""
    for name, text, source in (("a.txt", LEAD, "North Wire"), ("b.txt", FOLLOW, "South Post")):
        path = tmp_path / name
        path.write_text(text)
        done = runner.invoke(
            app, ["--db", url, "ingest", str(path), "--source", source, "--published", "2026-03-02"]
        )
        assert done.exit_code == 0, done.stderr


def _damage(url: str, table: str, column: str, row_id: int, value: str) -> None:
    engine = sa.create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(
                sa.text(f"UPDATE {table} SET {column} = :v WHERE id = :i"),
                {"v": value, "i": row_id},
            )
    finally:
        engine.dispose()


def _one_line_naming(result: Any, table: str, row_id: int, column: str) -> str:
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    line = result.stderr.strip()
    assert "\n" not in line and "Traceback" not in line
    assert f"{table} row {row_id}, column {column}" in line
    return line


# (table, column, row, value, command, words the line holds): each command a reader of
# the column; the values parse as JSON of the right outer type but are wrong inside.
INNER = [
    ("claims", "frame", 1, '{"subject": 5}', ["rematch", "--all"], "at subject"),
    ("claims", "frame", 1, '{"names": ["kessling", 7]}', ["rematch", "--all"], "names[1]"),
    ("claims", "frame", 3, '{"measures": [{"what": "x"}]}', ["rematch", "--all"], "lacks"),
    (
        "claims",
        "frame",
        1,
        '{"measures": [{"what": ["dockers"], "text": "31", "predicate": "hurt", '
        '"quantity": {"value": "many", "unit": "", "approx": "exact", "text": "31", '
        '"start": 0, "end": 2}}]}',
        ["rematch", "--all"],
        "measures[0].quantity.value",
    ),
    ("claims", "frame", 1, '{"time": [{"text": "x", "from": "soon"}]}', ["rematch"], "ISO"),
    ("claims", "frame", 1, '{"refutes": {"subject": []}}', ["show", "1", "--json"], "refutes"),
    ("claims", "frame", 1, '{"written": {"kessling": 1}}', ["report"], "written.kessling"),
    ("claims", "reasons", 1, "[1, 2]", ["claims"], "at [0]"),
    ("claims", "reasons", 2, "[null]", ["show", "2"], "null where a string"),
    ("claims", "reasons", 1, '[["number"]]', ["report", "--format", "json"], "a string"),
    ("claims", "dates", 1, "[5]", ["show", "1"], "a JSON object"),
    ("claims", "dates", 1, '[{"start": 1}]', ["show", "1"], 'lacks the key "end"'),
    ("claims", "dates", 2, '[{"text": "x", "start": "a", "end": 2}]', ["report"], "[0].start"),
    ("matches", "reasons", 1, "[null]", ["matches", "1"], "null"),
    ("matches", "reasons", 1, "[5]", ["show", "1"], "at [0]"),
    ("matches", "reasons", 1, '[{"figures": 1}]', ["report"], "a string"),
    ("documents", "story_reason", 2, '{"score": "x"}', ["stories", "show", "1"], "at score"),
    ("documents", "story_reason", 2, '{"score": 1, "shared": 5}', ["stories", "show", "1"], ""),
    (
        "documents",
        "story_reason",
        2,
        '{"score": 1, "shared": [{"term": 4, "kind": "name"}]}',
        ["stories", "show", "1", "--json"],
        "shared[0].term",
    ),
    (
        "documents",
        "story_reason",
        1,
        '{"new": true, "closest": {"score": 1}}',
        ["stories", "show", "1"],
        '"story_id"',
    ),
    (
        "documents",
        "story_reason",
        1,
        '{"new": true, "other_event": {"story_id": 3, "lead_kinds": [3]}}',
        ["stories", "show", "1"],
        "other_event.lead_kinds[0]",
    ),
]


@pytest.mark.parametrize(("table", "column", "row_id", "value", "command", "words"), INNER)
def test_a_wrong_shape_inside_stored_json_is_one_line_naming_the_row(
    tmp_path: Path,
    table: str,
    column: str,
    row_id: int,
    value: str,
    command: list[str],
    words: str,
) -> None:
    url = f"sqlite:///{tmp_path / 'shapes.sqlite3'}"
    _story(url, tmp_path)
    _damage(url, table, column, row_id, value)
    line = _one_line_naming(runner.invoke(app, ["--db", url, *command]), table, row_id, column)
    assert words in line and "mend or clear that value" in line


def test_a_wrong_shape_inside_stored_json_on_each_database(db_url: str, tmp_path: Path) -> None:
    _story(db_url, tmp_path)
    _damage(db_url, "matches", "reasons", 1, "[null]")
    _one_line_naming(runner.invoke(app, ["--db", db_url, "report"]), "matches", 1, "reasons")
    _damage(db_url, "claims", "frame", 1, '{"subject": {"a": 1}}')
    _one_line_naming(runner.invoke(app, ["--db", db_url, "rematch", "--all"]), "claims", 1, "frame")
    _damage(db_url, "documents", "story_reason", 2, '{"shared": [null]}')
    shown = runner.invoke(app, ["--db", db_url, "stories", "show", "1"])
    _one_line_naming(shown, "documents", 2, "story_reason")


def test_what_factcheck_writes_fits_each_column_shape(tmp_path: Path) -> None:
    """Every value ingest, matching and stories write reads back: the shapes are no
    stricter than the writers."""
    url = f"sqlite:///{tmp_path / 'fits.sqlite3'}"
    _story(url, tmp_path)
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        for table, column in COLUMN_SHAPES:
            rows = conn.execute(sa.text(f"SELECT id, {column} FROM {table}")).all()
            assert rows
            for row_id, value in rows:
                stored_column(value, table=table, column=column, row_id=row_id)
    engine.dispose()


@pytest.mark.parametrize(
    "text",
    [
        "The council said on Monday that bus fares rose 4% in January and 6% in March.",
        "Ewan McLean denied that the Brenmoor plant had closed, calling the report false.",
        "Sales in Orsk were higher than in Tarn last spring, about 1.2 million units.",
        "A viral post claims the mayor never visited the flooded street.",
    ],
)
def test_a_frame_written_by_factcheck_fits_the_frame_shape(text: str) -> None:
    from factcheck.match.frames import frame

    made = frame(text)
    assert shape_fault(made.to_dict(), COLUMN_SHAPES[("claims", "frame")][0]) is None
    refuting = made.to_dict() | {"refutes": made.to_dict() | {"text": text}}
    assert shape_fault(refuting, COLUMN_SHAPES[("claims", "frame")][0]) is None


def test_shape_fault_names_the_path_to_the_first_wrong_value() -> None:
    shape = ListOf(Obj({"n": INT, "tags": ListOf(STR)}, frozenset({"n"})))
    assert shape_fault([{"n": 1, "tags": ["a"]}], shape) is None
    assert shape_fault([{"n": 1}, {"n": True}], shape) == (
        "holds true where a whole number belongs (at [1].n)"
    )
    assert shape_fault([{"tags": []}], shape) == 'lacks the key "n" (at [0])'
    assert shape_fault({"n": 1}, shape) == 'holds {"n": 1} where a JSON list belongs'
    long = shape_fault([{"n": 1, "tags": ["x" * 100, 5]}], shape) or ""
    assert long.startswith("holds 5 ")
    wide = shape_fault([{"n": "\x1b[31m" + "y" * 100}], shape) or ""
    assert "\x1b" not in wide and len(wide) < 120
