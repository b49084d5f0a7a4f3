"""JSON kept in TEXT columns, read back through one guard.

Some columns hold JSON as text (``claims.reasons``, ``claims.frame``, ``claims.dates``,
``matches.reasons``, ``documents.story_reason``, ``audit_log.old_value`` and
``new_value``). The README says the store may be read and written with ``sqlite3`` or
Datasette, so a value there may be anything a person typed. A value that is not JSON
of the expected shape is a damaged row: reading it as empty would show a claim without
its reasons or a match without its evidence as if nothing were wrong, so it is a
StorageError (exit 1) naming the table, the row id and the column, which says where to
mend it (tester12 fault 3).
"""

from __future__ import annotations

import json
from typing import Any

from factcheck.errors import StorageError

__all__ = ["COLUMN_SHAPES", "damaged", "stored_column", "stored_json"]


#: The shape of each JSON column whose shape is fixed, and whether NULL or "" reads as an
#: empty value of that shape (else as None): the one place that says what a column holds.
#: ``audit_log`` values are left out: their shape depends on the action recorded.
COLUMN_SHAPES: dict[tuple[str, str], tuple[type, bool]] = {
    ("claims", "reasons"): (list, True),
    ("claims", "frame"): (dict, False),
    ("claims", "dates"): (list, True),
    ("matches", "reasons"): (list, True),
    ("documents", "story_reason"): (dict, True),
}


def damaged(table: str, row_id: object, column: str, why: str) -> StorageError:
    """The one-line error for a stored value that cannot be read (``why`` says how)."""
    return StorageError(
        f"stored value {why}: {table} row {row_id}, column {column}; mend or clear that value"
    )


def stored_json(
    value: str | None,
    *,
    table: str,
    column: str,
    row_id: object,
    expect: type | None = None,
    empty: Any = None,
) -> Any:
    """``value`` decoded from JSON; ``empty`` when it is NULL or "".

    ``expect`` (``list`` or ``dict``) is the shape callers rely on; another shape is as
    damaged as text that is no JSON. Raises StorageError, one line:
    ``stored value is not valid JSON (Expecting value …): claims row 7, column reasons``.
    """
    if value is None or value == "":
        return empty
    try:
        decoded = json.loads(value)
    except ValueError as exc:
        raise damaged(table, row_id, column, f"is not valid JSON ({exc})") from None
    except RecursionError:  # nesting thousands deep
        raise damaged(table, row_id, column, "is JSON nested too deeply") from None
    if expect is not None and not isinstance(decoded, expect):
        shape = "a JSON list" if expect is list else "a JSON object" if expect is dict else None
        shape = shape or f"JSON of type {expect.__name__}"
        raise damaged(table, row_id, column, f"is not {shape} ({type(decoded).__name__})")
    return decoded


def stored_column(value: str | None, *, table: str, column: str, row_id: object) -> Any:
    """:func:`stored_json` of a column listed in :data:`COLUMN_SHAPES`, with its shape and
    its empty value (a fresh ``[]``/``{}``, or None) from there. Raises StorageError as
    :func:`stored_json` does; KeyError for a column not listed (a programming error)."""
    shape, blank = COLUMN_SHAPES[(table, column)]
    return stored_json(
        value,
        table=table,
        column=column,
        row_id=row_id,
        expect=shape,
        empty=shape() if blank else None,
    )
