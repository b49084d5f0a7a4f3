"""Looking up what a person names: every unknown id or outlet is refused the same way.

A claim, document, story or match id, or an outlet name, given on the command line or to
the Python API either exists or the request is impossible: ``require`` raises
``NotFoundError`` (exit code 2, one line) naming what was not found and the command that
lists the ones that exist, whether the id is the subject of a command (``show 999``) or a
filter of a listing (``claims --story 999``). A filter with an unknown id would otherwise
print an empty listing and exit 0, which a script cannot tell from "nothing matched".
Outlet names are exact; the refusal suggests the stored names closest to the one given.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factcheck.audit import audit_t, claim_deletion, iso
from factcheck.errors import NotFoundError
from factcheck.models import (
    ClaimRow,
    DocumentRow,
    MatchRow,
    RetiredMatchRow,
    SourceRow,
    StoryRow,
)

__all__ = [
    "close_source_names",
    "former_source",
    "missing",
    "not_found",
    "require",
    "require_source",
    "unknown_source",
]

_TABLES: dict[str, tuple[Any, str]] = {
    # what: (table, the command that lists the ids that exist)
    "claim": (ClaimRow.__table__, "factcheck claims"),  # type: ignore[attr-defined]
    "document": (DocumentRow.__table__, "factcheck documents"),  # type: ignore[attr-defined]
    "story": (StoryRow.__table__, "factcheck stories"),  # type: ignore[attr-defined]
    "match": (MatchRow.__table__, "factcheck matches CLAIM_ID"),  # type: ignore[attr-defined]
}
sources_t = SourceRow.__table__  # type: ignore[attr-defined]
retired_t = RetiredMatchRow.__table__  # type: ignore[attr-defined]

#: Ids are 64-bit signed integers in both databases; a larger one exists nowhere (and
#: SQLite's driver would refuse to bind it).
_ID_MAX = 2**63 - 1


def require(
    conn: Connection,
    *,
    claim: int | None = None,
    document: int | None = None,
    story: int | None = None,
    match: int | None = None,
    source: str | None = None,
) -> None:
    """Raise ``NotFoundError`` unless every id (and outlet name) given exists.

    Arguments left at None are not checked, so a listing passes its filters as they came.
    The message is ``no claim with id 999 (see `factcheck claims`)``; for an outlet,
    ``no outlet named 'X' (names are exact); did you mean 'Y'?``.
    """
    ids = {"claim": claim, "document": document, "story": story, "match": match}
    for what, value in ids.items():
        if value is None:
            continue
        table = _TABLES[what][0]
        found = (
            1 <= value <= _ID_MAX
            and conn.execute(sa.select(table.c.id).where(table.c.id == value)).first() is not None
        )
        if not found:
            raise missing(conn, what, value)
    if source is not None:
        require_source(conn, source)


def not_found(what: str, value: int) -> NotFoundError:
    """The error for a ``what`` (claim, document, story, match) id that does not exist,
    for callers that looked the row up themselves."""
    return NotFoundError(f"no {what} with id {value} (see `{_TABLES[what][1]}`)")


def missing(conn: Connection, what: str, value: int) -> NotFoundError:
    """The error for a ``what`` id that does not exist; for a claim that was deleted with
    its document, it says so and where its history is (``factcheck history ID``); for a
    match whose pair matching dropped (``retired_matches``), it names the two claims and
    says the id comes back with the pair."""
    if what == "claim" and 1 <= value <= _ID_MAX:
        gone = claim_deletion(conn, value)
        if gone is not None:
            return NotFoundError(
                f"claim {value} was deleted with document {gone.document_id} on "
                f"{iso(gone.recorded_at)[:10]}; its history: factcheck history {value}"
            )
    if what == "match" and 1 <= value <= _ID_MAX:
        pair = conn.execute(
            sa.select(retired_t.c.claim_id, retired_t.c.other_claim_id).where(
                retired_t.c.match_id == value
            )
        ).first()
        if pair is not None:
            return NotFoundError(
                f"match {value} is not stored now: claims {pair.claim_id} and "
                f"{pair.other_claim_id} no longer match (a document moved, or a rematch); "
                f"it comes back as match {value} if they match again"
            )
    return not_found(what, value)


def require_source(conn: Connection, name: str) -> Any:
    """The ``sources`` row of outlet ``name`` (exact); ``NotFoundError`` when there is none,
    saying where the name went when a person merged or renamed it (``former_source``)."""
    row = conn.execute(sa.select(sources_t).where(sources_t.c.name == name)).first()
    if row is None:
        row = _stored_unclean(conn, name)
    if row is None:
        moved = former_source(conn, name)
        if moved is not None:
            raise NotFoundError(f"no outlet named {name!r} now: {moved}")
        names = conn.execute(sa.select(sources_t.c.name)).scalars()
        raise unknown_source(name, names)
    return row


def _stored_unclean(conn: Connection, name: str) -> Any:
    """The source stored, before outlet names were cleaned, under a name holding terminal
    control that reads as ``name`` once cleaned (``read.one_line``), as every listing
    shows it; None when there is none, or more than one (the stored name is then needed)."""
    from factcheck.read import one_line

    found = [
        row
        for row in conn.execute(sa.select(sources_t)).all()
        if row.name != one_line(row.name) and one_line(row.name) == name
    ]
    return found[0] if len(found) == 1 else None


def former_source(conn: Connection, name: str) -> str | None:
    """Where an outlet name that no source has any longer went, in words ("it was merged
    into 'Harbour Post' on 2026-03-04; use that name"), read from the audit log's
    ``source.merge`` and ``source.rename`` rows (the latest that gave the name up), and
    followed through later merges to the outlet's name today. None when no person merged
    or renamed an outlet of that name."""
    rows = conn.execute(
        sa.select(
            audit_t.c.action, audit_t.c.source_id, audit_t.c.old_value, audit_t.c.recorded_at
        )
        .where(audit_t.c.action.in_(("source.merge", "source.rename")))
        .order_by(audit_t.c.id.desc())
    ).all()
    entries = [(row, _old(row)) for row in rows]  # each row's JSON decoded once
    gave_up = next((r for r, old in entries if old.get("name") == name), None)
    if gave_up is None:
        return None
    source_id = gave_up.source_id
    for _ in range(len(rows) + 1):  # a later merge of the outlet it went to, and so on
        now = conn.execute(sa.select(sources_t.c.name).where(sources_t.c.id == source_id)).first()
        if now is not None:
            how = "merged into" if gave_up.action == "source.merge" else "renamed"
            return f"it was {how} {now.name!r} on {iso(gave_up.recorded_at)[:10]}; use that name"
        later = next(
            (r for r, old in entries if r.action == "source.merge" and old.get("id") == source_id),
            None,
        )
        if later is None:
            break
        source_id = later.source_id
    return None


def _old(row: Any) -> dict[str, Any]:
    try:
        value = json.loads(row.old_value or "null")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def unknown_source(name: str, names: Iterable[str]) -> NotFoundError:
    """The error for an outlet name no source has, with the closest stored names."""
    close = close_source_names(name, names)
    hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
    return NotFoundError(
        f"no outlet named {name!r} (names are exact; see `factcheck sources`){hint}"
    )


def close_source_names(name: str, names: Iterable[str], n: int = 3) -> list[str]:
    """Stored outlet names closest to a mistyped one (case and spelling; difflib's ratio,
    cut-off 0.5), then names that contain it; at most ``n``."""
    names = list(names)
    folded = {x.casefold(): x for x in names}
    hits = [
        folded[h] for h in difflib.get_close_matches(name.casefold(), list(folded), n=n, cutoff=0.5)
    ]
    contains = [x for x in names if name.casefold() in x.casefold() and x not in hits]
    return (hits + contains)[:n]
