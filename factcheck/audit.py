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
from factcheck.stored import stored_json
from factcheck.terminal import counted

__all__ = [
    "ACTIONS",
    "claim_history",
    "describe",
    "entry",
    "is_claim_deletion",
    "iso",
    "record",
    "record_deleted_claims",
    "record_status_changes",
]

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
    "story.rename",
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
        "old": stored_json(row.old_value, table="audit_log", column="old_value", row_id=row.id),
        "new": stored_json(row.new_value, table="audit_log", column="new_value", row_id=row.id),
        "reason": row.reason,
    }


def record_deleted_claims(
    conn: Connection,
    claims: Sequence[Any],
    *,
    reviewer: str,
    document_id: int,
    source_id: int,
    reason: str | None = None,
    at: datetime | None = None,
) -> None:
    """One ``document.delete`` entry per claim that goes with its document.

    ``claims`` are rows with ``id``, ``text`` and ``status``; each entry has that
    ``claim_id``, ``old`` = ``{"text", "status"}`` and ``new`` = None (the claim is gone),
    so ``claim_history`` of a deleted claim finds it, and through it the document and
    outlet it belonged to. Written in one statement, inside the caller's transaction.
    """
    record_many(
        conn,
        [
            {
                "claim_id": claim.id,
                "document_id": document_id,
                "source_id": source_id,
                "old": {"text": claim.text, "status": claim.status},
            }
            for claim in claims
        ],
        reviewer=reviewer,
        action="document.delete",
        reason=reason,
        at=at,
    )


def record_many(
    conn: Connection,
    entries: Sequence[Mapping[str, Any]],
    *,
    reviewer: str,
    action: str,
    reason: str | None = None,
    at: datetime | None = None,
) -> None:
    """Append entries of one change in a single statement, inside the caller's transaction.

    Each of ``entries`` holds the keyword arguments of :func:`record` that differ between
    them (``claim_id``, ``other_claim_id``, ``match_id``, ``document_id``, ``source_id``,
    ``old``, ``new``); ``reviewer``, ``action``, ``reason`` and the time are shared. Rows
    go in the order given. Raises ValueError for an action not in ``ACTIONS``.
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    if not entries:
        return
    when = at or datetime.now(UTC)
    conn.execute(
        sa.insert(audit_t),
        [
            {
                "recorded_at": when,
                "reviewer": reviewer,
                "action": action,
                "claim_id": e.get("claim_id"),
                "other_claim_id": e.get("other_claim_id"),
                "match_id": e.get("match_id"),
                "document_id": e.get("document_id"),
                "source_id": e.get("source_id"),
                "old_value": _json(e.get("old")),
                "new_value": _json(e.get("new")),
                "reason": reason,
            }
            for e in entries
        ],
    )


def is_claim_deletion(item: Mapping[str, Any], claim_id: int) -> bool:
    """Whether an entry (``entry``'s dict) records that claim ``claim_id`` was deleted."""
    return (
        item["action"] == "document.delete"
        and item["claim_id"] == claim_id
        and item["new"] is None
    )


def claim_deletion(conn: Connection, claim_id: int) -> Any:
    """The newest entry recording that claim ``claim_id`` was deleted with its document
    (``record_deleted_claims``): a row with ``document_id``, ``source_id`` and
    ``recorded_at``; None for a claim that was never deleted."""
    return conn.execute(
        sa.select(audit_t.c.document_id, audit_t.c.source_id, audit_t.c.recorded_at)
        .where(
            audit_t.c.claim_id == claim_id,
            audit_t.c.action == "document.delete",
            audit_t.c.new_value.is_(None),
        )
        .order_by(audit_t.c.id.desc())
    ).first()


def claim_history(conn: Connection, claim_id: int) -> list[dict[str, Any]]:
    """Every entry about a claim, oldest first.

    That is its own verdicts and notes, the decisions on its matches (the claim on either
    side), and the corrections of its document and of that document's outlet. A deleted
    claim has them too: its deletion entry (``record_deleted_claims``) names the document
    and outlet it belonged to; the list then ends with that entry.

    Stores made before migration 0012 could hand a deleted row's id out again (SQLite
    reused the highest rowid), so the history of a stored claim starts when its document
    was stored: an entry recorded before that was about an earlier claim, document or
    outlet state with the same id.
    """
    found = conn.execute(
        sa.select(claims_t.c.document_id, documents_t.c.source_id, documents_t.c.ingested_at)
        .join(documents_t, documents_t.c.id == claims_t.c.document_id)
        .where(claims_t.c.id == claim_id)
    ).first()
    since: datetime | None = None
    if found is not None:
        document_id, source_id, since = found.document_id, found.source_id, found.ingested_at
    else:
        gone = claim_deletion(conn, claim_id)
        document_id, source_id = (gone.document_id, gone.source_id) if gone else (None, None)
    about = [audit_t.c.claim_id == claim_id, audit_t.c.other_claim_id == claim_id]
    if document_id is not None:
        about.append(sa.and_(audit_t.c.document_id == document_id, audit_t.c.claim_id.is_(None)))
    if source_id is not None and document_id is not None:
        outlet_wide = sa.and_(audit_t.c.document_id.is_(None), audit_t.c.claim_id.is_(None))
        for sid, until in _outlets_of(conn, document_id, source_id):
            when = sa.true() if until is None else audit_t.c.recorded_at <= until
            about.append(sa.and_(audit_t.c.source_id == sid, outlet_wide, when))
    rows = conn.execute(sa.select(audit_t).where(sa.or_(*about)).order_by(audit_t.c.id))
    start = None if since is None else _utc(since)
    return [entry(row) for row in rows if start is None or _utc(row.recorded_at) >= start]


def _outlets_of(
    conn: Connection, document_id: int, source_id: int
) -> list[tuple[int, datetime | None]]:
    """The outlets a document has belonged to: ``(source_id, until)``, the current one with
    ``until`` None, then each outlet merged away with it (``source.merge`` entries list
    the documents they moved) until the time of that merge, following chains of merges.

    An outlet's renames and settings before the merge are part of its claims' history;
    what a later outlet with a reused id does is not.
    """
    found: list[tuple[int, datetime | None]] = [(source_id, None)]
    frontier, seen = [source_id], {source_id}
    while frontier:
        merges = conn.execute(
            sa.select(audit_t.c.id, audit_t.c.old_value, audit_t.c.recorded_at).where(
                audit_t.c.action == "source.merge", audit_t.c.source_id == frontier.pop()
            )
        )
        for row in merges:
            old = stored_json(
                row.old_value,
                table="audit_log",
                column="old_value",
                row_id=row.id,
                expect=dict,
                empty={},
            )
            former = old.get("id")
            moved = document_id in old.get("documents", [])
            if moved and isinstance(former, int) and former not in seen:
                seen.add(former)
                frontier.append(former)
                found.append((former, row.recorded_at))
    return found


def _utc(value: datetime) -> datetime:
    # SQLite hands timestamps back without their zone; all are stored in UTC.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _value(value: Any) -> str:
    """A stored value as a reporter reads it: quoted text, "(none)" for nothing."""
    if value is None or value == "":
        return "(none)"
    return repr(value) if isinstance(value, str) else str(value)


def _changes(old: Mapping[str, Any], new: Mapping[str, Any], keys: Sequence[str]) -> str:
    return ", ".join(
        f"{key.replace('_', ' ')} {_value(old.get(key))} → {_value(new.get(key))}" for key in keys
    )


#: Why a correction elsewhere moved a claim's status, by the correction's action.
_CAUSES = {
    "document.delete": "document {document_id} was deleted",
    "document.edit": "document {document_id} was corrected",
    "source.merge": "two outlets were merged",
    "source.set": "an outlet's owner group changed",
    "document.move": "a document moved to another story",
    # a decision that ended or restored an outlet's update of its own figure
    "decide": "match {match_id} was decided",
}


def _describe_verdict(old: Mapping[str, Any], new: Mapping[str, Any]) -> str:
    """A verdict, and for one that replaced another every field it changed: "verdict
    false (was false); evidence https://… removed; note 'checked' removed". Entries
    written before notes were kept in ``old`` say nothing of the old note."""
    was = f" (was {old['rating']})" if old.get("rating") else ""
    parts = [f"verdict {new.get('rating')}{was}"]
    before, after = old.get("evidence_url"), new.get("evidence_url")
    if after and after != before:
        parts.append(f"evidence {after}" + (f" (was {before})" if before else ""))
    elif before and not after:
        parts.append(f"evidence {before} removed")
    if "note" in old and old["note"] != new.get("note"):
        if not new.get("note"):
            parts.append(f"note {_value(old['note'])} removed")
        elif old["note"]:
            parts.append(f"note replaced (was {_value(old['note'])})")
    return "; ".join(parts)


def describe(item: Mapping[str, Any]) -> str:
    """One entry (``entry``'s dict) in a reporter's words: what happened, not field names.

    ``history`` prints it; who, when and why (``reason``) are printed beside it.
    """
    old, new, action = item["old"] or {}, item["new"] or {}, item["action"]
    if item["claim_id"] is not None and set(old) == set(new) == {"status"}:
        # A correction elsewhere, or a decision on another pair, moved this claim's
        # status: say which one.
        cause = _CAUSES.get(action, action).format(
            document_id=item["document_id"], match_id=item["match_id"]
        )
        return f"status {old['status']} → {new['status']} because {cause}"
    if action == "decide":
        pair = f"match {item['match_id']} (claims {item['claim_id']}, {item['other_claim_id']})"
        was = old.get("decision") or f"matching said {old.get('relation')}"
        statuses = ", ".join(
            f"claim {cid} {old.get('status', {}).get(cid, '?')} → {status}"
            for cid, status in new.get("status", {}).items()
            if old.get("status", {}).get(cid) != status
        )
        return f"decided {pair}: {new.get('decision')} (was: {was})" + (
            f"; {statuses}" if statuses else ""
        )
    if action == "verdict":
        return _describe_verdict(old, new)
    if action == "note":
        return f"note on match {item['match_id']}" if item.get("match_id") else "note"
    if action == "document.delete" and "decision" in old:
        return (
            f"decision {old['decision']} on match {item['match_id']} (with claim "
            f"{old.get('with_claim')}) dropped: document {item['document_id']} was deleted"
        )
    if action == "document.delete" and item["claim_id"] is not None:
        return (
            f"claim deleted with document {item['document_id']} "
            f"(status was {old.get('status')}): “{old.get('text')}”"
        )
    if action == "document.delete":
        counts = ", ".join(
            counted(old.get(key, 0), noun)
            for key, noun in (
                ("claims", "claim"),
                ("matches", "match"),
                ("decisions", "decision"),
                ("verdicts", "verdict"),
            )
        )
        title = f" {_value(old.get('title'))}" if old.get("title") else ""
        return f"document {item['document_id']}{title} deleted with {counts}"
    if action == "document.edit":
        keys = sorted(set(old) | set(new))
        return f"document {item['document_id']} corrected: {_changes(old, new, keys)}"
    if action == "document.move":
        return (
            f"document {item['document_id']} moved from story {old.get('story_id')} "
            f"to story {new.get('story_id')}"
        )
    if action == "source.rename":
        return f"outlet renamed {_value(old.get('name'))} → {_value(new.get('name'))}"
    if action == "source.merge":
        moved = old.get("documents") or []
        docs = f"document{'s' if len(moved) != 1 else ''} {', '.join(map(str, moved))}"
        return (
            f"outlet {_value(old.get('name'))} merged into {_value(new.get('name'))} "
            f"(the same outlet): {docs + ' moved' if moved else 'no documents moved'}"
        )
    if action == "source.set":
        return f"outlet corrected: {_changes(old, new, sorted(set(old) | set(new)))}"
    if action == "story.rename":
        return (
            f"story {new.get('story_id', old.get('story_id'))} renamed "
            f"{_value(old.get('label'))} → {_value(new.get('label'))}"
        )
    changed = _changes(old, new, sorted(set(old) | set(new)))
    return f"{action} {changed}".strip()
