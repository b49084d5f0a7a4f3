"""``column IN (ids)`` with one bound parameter, however many ids.

A plain ``IN (?, ?, …)`` binds one parameter per value, and every backend caps the
parameters of one statement: SQLite at 32,766 by default since 3.32 (999 before, and
some builds still ship that; https://sqlite.org/limits.html#max_variable_number),
PostgreSQL's protocol at 65,535. A list built from a collection that grows with the
store or with the input (the claims a review session skipped, the documents of a story,
a hub claim's partners) must not be bound value by value. Two ways keep it bounded:
chunks of at most a few hundred values, where the statement's results simply add up
(reads, deletes); or this construct, where they do not (``NOT IN``, a ``CASE``, a
filter inside a larger query). It sends the ids as one value — a JSON array read by
``json_each`` on SQLite, an array compared with ``= ANY`` on PostgreSQL — so the
statement is the same whatever the count, and both engines still probe the column's
index for each id (SQLite's plan: ``SEARCH … (id=?)`` over ``LIST SUBQUERY``).
``json_each`` is part of SQLite since 3.38 and of the JSON1 extension that Python's and
the distributions' builds carry before that.
"""

from __future__ import annotations

import json
import operator
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, SupportsIndex, TypeVar

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement

__all__ = ["CHUNK", "chunks", "in_ids"]

#: Values per IN list when a list is read in chunks: a statement with two lists of one
#: chunk (``a IN (…) OR b IN (…)``) and a few other parameters stays under SQLite's
#: old limit of 999.
CHUNK = 400

T = TypeVar("T")


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[list[T]]:
    """``items`` in consecutive lists of at most ``size`` (for IN lists whose results add
    up: reads, deletes, updates)."""
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


class _InIds(ColumnElement[bool]):
    """SQL: ``column`` is one of ``ids`` (integers), bound as one parameter."""

    type = sa.Boolean()
    # A comparison already: no "= 1" added where a backend lacks a boolean type.
    _is_implicitly_boolean = True
    # The ids are the statement's value, not its shape: nothing to cache by.
    inherit_cache = False

    def __init__(self, column: Any, ids: list[int]) -> None:
        self.column = column
        self.ids = ids

    @property
    def _from_objects(self) -> list[Any]:
        # The column's table is what the statement selects from.
        return list(self.column._from_objects)


#: The signed 64-bit range of an id column on both engines.
_ID_RANGE = (-(2**63), 2**63 - 1)


def _in_range(ids: list[int]) -> list[int]:
    """The ids, or OverflowError for one no id column can hold: what the drivers raise
    for such a value bound on its own (``Store`` turns it into a clear refusal), where
    JSON would carry it and silently match nothing. Checked as the statement is
    compiled, so inside the caller's connection."""
    low, high = _ID_RANGE
    for value in ids:
        if not low <= value <= high:
            raise OverflowError(f"id {value} is beyond the 64-bit range")
    return ids


@compiles(_InIds)
def _in_json_each(element: _InIds, compiler: Any, **kw: Any) -> str:
    # SQLite (and any other engine with json_each): the array expands to one row per id.
    column = compiler.process(element.column, **kw)
    values = json.dumps(_in_range(element.ids))
    ids = compiler.process(sa.bindparam(None, values, type_=sa.String()), **kw)
    return f"({column} IN (SELECT value FROM json_each({ids})))"


@compiles(_InIds, "postgresql")
def _in_any(element: _InIds, compiler: Any, **kw: Any) -> str:
    column = compiler.process(element.column, **kw)
    ids = compiler.process(
        sa.bindparam(None, _in_range(element.ids), type_=postgresql.ARRAY(sa.BigInteger())),
        **kw,
    )
    return f"({column} = ANY({ids}))"


def in_ids(column: Any, ids: Iterable[int]) -> ColumnElement[bool]:
    """SQL: ``column`` (an integer column) is one of ``ids``, bound as one parameter.

    False for no ids. Negate it with ``sa.not_`` for ``NOT IN``. Raises ValueError for a
    value that is not an integer (ids only: the JSON array must compare as integers):
    a float (3.7 is no id, and rounding it would select another row), a numeric string
    ("12") and a bool are refused, not converted. OverflowError when the statement runs
    for an id beyond the signed 64-bit range (as a driver does for such a value).
    """
    values = sorted({_as_id(i) for i in ids})
    return _InIds(column, values)


def _as_id(value: object) -> int:
    """``value`` as an int when it is one (an int, or an integer type such as NumPy's that
    implements ``__index__``); ValueError otherwise."""
    if isinstance(value, bool) or not isinstance(value, SupportsIndex):
        raise ValueError(f"an id must be an integer, not {type(value).__name__} {value!r}")
    return operator.index(value)
