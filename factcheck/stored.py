"""JSON kept in TEXT columns, read back through one guard.

Some columns hold JSON as text (``claims.reasons``, ``claims.frame``, ``claims.dates``,
``matches.reasons``, ``documents.story_reason``, ``audit_log.old_value`` and
``new_value``). The README says the store may be read and written with ``sqlite3`` or
Datasette, so a value there may be anything a person typed. A value that is not JSON
of the expected shape is a damaged row: reading it as empty would show a claim without
its reasons or a match without its evidence as if nothing were wrong, so it is a
StorageError (exit 1) naming the table, the row id and the column, which says where to
mend it (tester12 fault 3).

The expected shape goes down to the leaves (tester12b F1): a frame whose subject is a
number, a match reason that is null or a story reason whose shared terms are no list
parse as JSON of the right outer type but broke the code that read them, far from the
row. Each fixed-shape column's shape is said once, in :data:`COLUMN_SHAPES`, in the small
declarative language below (:class:`Leaf`, :class:`ListOf`, :class:`Obj`,
:class:`Maybe`); :func:`stored_column` checks it, so every reader gets the same one line.
A hand-written checker rather than a schema library: the shapes are a few dozen lines,
the check runs on every read (frames are read per match candidate), and the message must
be one line naming table, row and column, which a library's error would be translated to
anyway.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from factcheck.errors import StorageError

__all__ = [
    "ANY",
    "BOOL",
    "COLUMN_SHAPES",
    "DATE",
    "INT",
    "NUM",
    "STR",
    "Leaf",
    "ListOf",
    "Maybe",
    "Obj",
    "Shape",
    "damaged",
    "shape_fault",
    "stored_column",
    "stored_json",
]


# --------------------------------------------------------------------------------------
# Shapes
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Leaf:
    """A JSON scalar: ``test`` says whether a decoded value is one; ``name`` is how the
    error names what belongs there ("a string")."""

    name: str
    test: Callable[[Any], bool]


@dataclass(frozen=True, slots=True)
class ListOf:
    """A JSON list whose every element has the shape ``item``."""

    item: Shape


@dataclass(frozen=True, slots=True)
class Obj:
    """A JSON object. ``fields`` gives the shape of each key it may hold (checked when
    present; keys not listed are not read, so a newer version's extra keys pass);
    ``required`` are the keys readers index without a default; ``values``, when given,
    is the shape of every key not in ``fields`` (a map such as ``{"ewan": "Ewan"}``)."""

    fields: Mapping[str, Shape] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    values: Shape | None = None


@dataclass(frozen=True, slots=True)
class Maybe:
    """``shape`` or JSON null."""

    shape: Shape


Shape = Leaf | ListOf | Obj | Maybe


def _is_iso_date(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


STR = Leaf("a string", lambda v: isinstance(v, str))
# bool is an int in Python but true/false in JSON: never a count or an id.
INT = Leaf("a whole number", lambda v: isinstance(v, int) and not isinstance(v, bool))
NUM = Leaf(
    "a finite number",
    lambda v: isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v),
)
BOOL = Leaf("true or false", lambda v: isinstance(v, bool))
DATE = Leaf("an ISO date (YYYY-MM-DD)", _is_iso_date)
ANY = Leaf("any value", lambda v: True)


def _expected(shape: Shape) -> str:
    if isinstance(shape, Leaf):
        return shape.name
    if isinstance(shape, ListOf):
        return "a JSON list"
    if isinstance(shape, Obj):
        return "a JSON object"
    return f"{_expected(shape.shape)} or null"


def _fault(value: Any, shape: Shape) -> tuple[list[str], str] | None:
    """(path from the leaf up, what is wrong there), or None when ``value`` fits."""
    if isinstance(shape, Maybe):
        return None if value is None else _fault(value, shape.shape)
    if isinstance(shape, Leaf):
        return None if shape.test(value) else ([], _wrong(value, shape))
    if isinstance(shape, ListOf):
        if not isinstance(value, list):
            return [], _wrong(value, shape)
        for i, item in enumerate(value):
            found = _fault(item, shape.item)
            if found is not None:
                found[0].append(f"[{i}]")
                return found
        return None
    if not isinstance(value, dict):
        return [], _wrong(value, shape)
    for key in sorted(shape.required - value.keys()):
        return [], f"lacks the key {json.dumps(key)}"
    for key, item in value.items():
        inner = shape.fields.get(key, shape.values)
        if inner is None:
            continue
        found = _fault(item, inner)
        if found is not None:
            found[0].append(f".{key}")
            return found
    return None


def _wrong(value: Any, shape: Shape) -> str:
    shown = json.dumps(value, ensure_ascii=True, default=str)  # ASCII: safe on a terminal
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return f"holds {shown} where {_expected(shape)} belongs"


def shape_fault(value: Any, shape: Shape) -> str | None:
    """What in decoded JSON ``value`` does not fit ``shape``, in words, or None:
    ``holds "x" where a finite number belongs (at measures[0].quantity.value)``,
    ``lacks the key "text" (at [2])``; no path for the value as a whole."""
    found = _fault(value, shape)
    if found is None:
        return None
    path, what = found
    where = "".join(reversed(path)).lstrip(".")
    return f"{what} (at {where})" if where else what


# --------------------------------------------------------------------------------------
# The fixed-shape columns
# --------------------------------------------------------------------------------------

#: A shared key term of a story reason (``stories.find_stories``).
_TERM = Obj({"term": STR, "kind": STR, "weight": NUM}, frozenset({"term", "kind"}))
_WORDS = ListOf(STR)

#: A time slot of a frame (``frames.TimeSlot.to_dict``).
_TIME = Obj(
    {
        "text": STR,
        **dict.fromkeys(("year", "month", "day", "weekday"), Maybe(INT)),
        "from": Maybe(DATE),
        "to": Maybe(DATE),
        "part": Maybe(STR),
        "since": Maybe(BOOL),
    },
    frozenset({"text"}),
)

#: A measure of a frame (``frames.Measure.to_dict``).
_MEASURE = Obj(
    {
        "what": _WORDS,
        "text": STR,
        "predicate": STR,
        "period": Maybe(STR),
        "time": Maybe(_TIME),
        "base": Maybe(BOOL),
        "quantity": Obj(
            {
                "value": NUM,
                "unit": STR,
                "approx": STR,
                "high": Maybe(NUM),
                "precision": Maybe(NUM),
                "modulo": Maybe(NUM),
                "text": STR,
                "start": INT,
                "end": INT,
                "shown": Maybe(STR),
            },
            frozenset({"value", "unit", "approx", "text", "start", "end"}),
        ),
    },
    frozenset({"what", "text", "predicate", "quantity"}),
)

_FRAME_FIELDS: dict[str, Shape] = {
    **dict.fromkeys(
        (
            "text",
            "subject",
            "subject_text",
            "subject_kind",
            "predicate",
            "predicate_text",
            "modality",
            "voice",
            "agent",
            "patient",
            "speaker",
            "carrier",
            "refuted_by",
        ),
        Maybe(STR),
    ),
    "resolved": Maybe(BOOL),
    "self_contained": Maybe(BOOL),
    "polarity": Maybe(INT),
    "measures": Maybe(ListOf(_MEASURE)),
    "time": Maybe(ListOf(_TIME)),
    "place": Maybe(_WORDS),
    "names": Maybe(_WORDS),
    "namesakes": Maybe(_WORDS),
    "comparison": Maybe(
        Obj(dict.fromkeys(("ahead", "word", "behind"), STR), frozenset({"ahead", "word", "behind"}))
    ),
    "published": Maybe(DATE),
    "written": Maybe(Obj(values=STR)),
}
#: A claim's frame (``frames.Frame.to_dict``). ``refutes`` is a frame itself, so its
#: shape refers back to this one (set below, once the object exists).
_FRAME = Obj(_FRAME_FIELDS)
_FRAME_FIELDS["refutes"] = Maybe(_FRAME)

#: Why a document is in its story (``stories.assign_document``, ``move_document``,
#: ``rebuild``; read in words by the CLI's ``stories show``).
_STORY_REASON = Obj(
    {
        "unplaced": STR,
        "copy_of": INT,
        "score": NUM,
        "shared": ListOf(_TERM),
        "new": BOOL,
        "closest": Obj(
            {"story_id": INT, "score": NUM, "shared": ListOf(_TERM)},
            frozenset({"story_id", "score"}),
        ),
        "other_event": Obj(
            {
                "story_id": INT,
                "differs": STR,
                "days_apart": Maybe(INT),
                **dict.fromkeys(
                    (
                        "lead_names",
                        "story_lead_names",
                        "lead_words",
                        "story_lead_words",
                        "shared_names",
                        "lead_kinds",
                        "story_lead_kinds",
                        "lead_places",
                        "story_lead_places",
                    ),
                    _WORDS,
                ),
            },
            frozenset({"story_id"}),
        ),
        "worded_like": Obj({"document_id": INT}, values=_WORDS),
        "merged": ListOf(INT),
        "apart_from": ListOf(INT),
        "merged_from": INT,
        "joined_by": INT,
        "rejudged_by": INT,
        "moved_by": STR,
        "from_story": Maybe(INT),
        "rebuilding": INT,
    }
)

#: A relative date of a claim (``normalize.AnchoredDate.to_dict``).
_DATE_MENTION = Obj(
    {
        "text": STR,
        "start": INT,
        "end": INT,
        "grain": Maybe(STR),
        "from": Maybe(DATE),
        "to": Maybe(DATE),
    },
    frozenset({"text", "start", "end"}),
)

#: The shape of each JSON column whose shape is fixed, and whether NULL or "" reads as an
#: empty value of that shape (else as None): the one place that says what a column holds.
#: ``audit_log`` values are left out: their shape depends on the action recorded.
COLUMN_SHAPES: dict[tuple[str, str], tuple[Shape, bool]] = {
    ("claims", "reasons"): (ListOf(STR), True),
    ("claims", "frame"): (_FRAME, False),
    ("claims", "dates"): (ListOf(_DATE_MENTION), True),
    ("matches", "reasons"): (ListOf(STR), True),
    ("documents", "story_reason"): (_STORY_REASON, True),
}


# --------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------


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
        raise damaged(table, row_id, column, _not_a(expect, decoded))
    return decoded


def _not_a(expect: type, decoded: Any) -> str:
    shape = "a JSON list" if expect is list else "a JSON object" if expect is dict else None
    shape = shape or f"JSON of type {expect.__name__}"
    return f"is not {shape} ({type(decoded).__name__})"


def stored_column(value: str | None, *, table: str, column: str, row_id: object) -> Any:
    """:func:`stored_json` of a column listed in :data:`COLUMN_SHAPES`, checked against
    its shape down to the leaves, with its empty value (a fresh ``[]``/``{}``, or None)
    from there. Raises StorageError as :func:`stored_json` does, and for a value of the
    wrong inner shape: ``stored value holds null where a string belongs (at [0]): matches
    row 1, column reasons; mend or clear that value``. KeyError for a column not listed
    (a programming error)."""
    shape, blank = COLUMN_SHAPES[(table, column)]
    outer = list if isinstance(shape, ListOf) else dict
    decoded = stored_json(
        value,
        table=table,
        column=column,
        row_id=row_id,
        expect=outer,
        empty=outer() if blank else None,
    )
    fault = shape_fault(decoded, shape) if decoded else None
    if fault is not None:
        raise damaged(table, row_id, column, fault)
    return decoded
