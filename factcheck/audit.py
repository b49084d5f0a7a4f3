"""The audit log: an append-only record of every change a person makes.

Fact-checking desks must be able to say who decided what, when, on what grounds, and what
the record said before (the IFCN Code of Principles asks signatories for an open
corrections policy; a trail is how one is kept). Every decision on a match, verdict, note
and correction writes one row here inside the same transaction as the change itself, so
the history can never disagree with the data. Rows are only ever inserted; database
triggers (migration 0008) refuse UPDATE and DELETE from any client.

An entry is a dict ``{"id", "recorded_at", "reviewer", "action", "claim_id",
"other_claim_id", "match_id", "document_id", "source_id", "old", "new", "reason"}``;
``old``/``new`` are JSON objects (or None) of the fields that changed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factcheck.models import AuditRow, ClaimRow, DocumentRow

__all__ = ["ACTIONS", "claim_history", "entry", "iso", "record", "record_status_changes"]

audit_t = AuditRow.__table__  # type: ignore[attr-defined]
claims_t = ClaimRow.__table__  # type: ignore[attr-defined]
documents_t = DocumentRow.__table__  # type: ignore[attr-defined]

#: Every ``action`` the log holds; documented in db/README.md.
ACTIONS = (
    "decide",
    "verdict",
    "note",
    "document.edit",
    "document.delete",
    "document.move",
    "source.set",
    "source.rename",
    "source.merge",
)


def _json(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def record(
    conn: Connection,
    *,
    reviewer: str,
    action: str,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
    reason: str | None = None,
    claim_id: int | None = None,
    other_claim_id: int | None = None,
    match_id: int | None = None,
    document_id: int | None = None,
    source_id: int | None = None,
    at: datetime | None = None,
) -> int:
    """Append one entry inside the caller's transaction; returns its id.

    Raises ValueError for an action not in ``ACTIONS`` (a programming error, not input).
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    return int(
        conn.execute(
            sa.insert(audit_t)
            .values(
                recorded_at=at or datetime.now(UTC),
                reviewer=reviewer,
                action=action,
                claim_id=claim_id,
                other_claim_id=other_claim_id,
                match_id=match_id,
                document_id=document_id,
                source_id=source_id,
                old_value=_json(old),
                new_value=_json(new),
                reason=reason,
            )
            .returning(audit_t.c.id)
        ).scalar_one()
    )


def record_status_changes(
    conn: Connection,
    changed: Mapping[int, Sequence[str]],
    *,
    reviewer: str,
    action: str,
    reason: str | None = None,
    document_id: int | None = None,
    source_id: int | None = None,
    at: datetime | None = None,
) -> list[int]:
    """One entry per claim whose status a person's change moved; returns their ids.

    ``changed`` is ``{claim_id: [before, after]}``. A correction (deleting a document,
    merging outlets, a new owner group) changes the status of claims it never named; each
    of them gets its own row, with the correction's ``action``, ``reviewer``, ``reason``
    and cause (``document_id``/``source_id``), ``old``/``new`` = ``{"status": …}``, so the
    claim's own history says why its status moved. Rows go in claim-id order.
    """
    when = at or datetime.now(UTC)
    return [
        record(
            conn,
            reviewer=reviewer,
            action=action,
            old={"status": before},
            new={"status": after},
            reason=reason,
            claim_id=claim_id,
            document_id=document_id,
            source_id=source_id,
            at=when,
        )
        for claim_id, (before, after) in sorted(changed.items())
    ]


def iso(value: datetime) -> str:
    """ISO 8601 in UTC with a Z, as every JSON output prints timestamps."""
    if value.tzinfo is None:  # SQLite hands timestamps back without their zone; all are UTC
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def entry(row: Any) -> dict[str, Any]:
    """One audit row as the dict described in the module docstring."""
    return {
        "id": row.id,
        "recorded_at": iso(row.recorded_at),
        "reviewer": row.reviewer,
        "action": row.action,
        "claim_id": row.claim_id,
        "other_claim_id": row.other_claim_id,
        "match_id": row.match_id,
        "document_id": row.document_id,
        "source_id": row.source_id,
        "old": json.loads(row.old_value) if row.old_value else None,
        "new": json.loads(row.new_value) if row.new_value else None,
        "reason": row.reason,
    }


def claim_history(conn: Connection, claim_id: int) -> list[dict[str, Any]]:
    """Every entry about a claim, oldest first.

    That is its own verdicts and notes, the decisions on its matches (the claim on either
    side), and the corrections of its document and of that document's outlet.
    """
    found = conn.execute(sa.select(claims_t.c.document_id).where(claims_t.c.id == claim_id)).first()
    about = [audit_t.c.claim_id == claim_id, audit_t.c.other_claim_id == claim_id]
    if found is not None:
        source_id = conn.execute(
            sa.select(documents_t.c.source_id).where(documents_t.c.id == found.document_id)
        ).scalar_one()
        about.append(
            sa.and_(audit_t.c.document_id == found.document_id, audit_t.c.claim_id.is_(None))
        )
        about.append(
            sa.and_(
                audit_t.c.source_id == source_id,
                audit_t.c.document_id.is_(None),
                audit_t.c.claim_id.is_(None),
            )
        )
    rows = conn.execute(sa.select(audit_t).where(sa.or_(*about)).order_by(audit_t.c.id))
    return [entry(row) for row in rows]
