"""Corrections: fix what was stored wrongly, each in one transaction with a history row.

A document ingested by mistake is deleted with everything that hangs on it (its
sentences, claims, markers, index rows, matches, decisions and verdicts), and the statuses
of other outlets' claims it supported or disputed are recomputed. Wrong metadata is
edited. An outlet stored under two names is renamed or merged, and since two names of one
outlet were never independent of each other, independence and statuses are judged again.
Every change writes an ``audit_log`` row (``factcheck.audit``): who, when, before, after,
why; and every claim whose status it changes gets a row of its own, so that claim's
history says why its status moved. A person's decision on a match that goes with a
deleted document is in the history of the claim on the other side too.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factcheck import audit, claim_dates, lookup
from factcheck.database import lock
from factcheck.errors import InputError
from factcheck.match import candidates, matcher, stories, syndication
from factcheck.models import (
    ClaimRow,
    DocumentRow,
    MarkerRow,
    MatchRow,
    ReviewRow,
    SentenceRow,
    SourceRow,
    StoryRow,
    VerdictRow,
)
from factcheck.provenance import outlet_key
from factcheck.read import check_published, one_line
from factcheck.review import check_reviewer
from factcheck.sqlbounds import chunks
from factcheck.validate import check_web_url

if TYPE_CHECKING:
    from factcheck.store import Store

__all__ = [
    "EDITABLE",
    "delete_document",
    "edit_document",
    "merge_sources",
    "rename_source",
]

claims_t = ClaimRow.__table__  # type: ignore[attr-defined]
documents_t = DocumentRow.__table__  # type: ignore[attr-defined]
markers_t = MarkerRow.__table__  # type: ignore[attr-defined]
matches_t = MatchRow.__table__  # type: ignore[attr-defined]
reviews_t = ReviewRow.__table__  # type: ignore[attr-defined]
sentences_t = SentenceRow.__table__  # type: ignore[attr-defined]
sources_t = SourceRow.__table__  # type: ignore[attr-defined]
stories_t = StoryRow.__table__  # type: ignore[attr-defined]
verdicts_t = VerdictRow.__table__  # type: ignore[attr-defined]

#: Document fields a person may correct.
EDITABLE = ("title", "author", "published", "url")


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def delete_document(
    store: Store, document_id: int, *, reviewer: str, reason: str | None = None
) -> dict[str, Any]:
    """Delete a document and everything derived from it, all or nothing.

    Other claims that matched its claims lose those matches and get their status
    recomputed; near-copies of it get the earliest remaining copy as their original.
    Returns ``{"document_id", "source", "title", "claims", "matches", "decisions",
    "verdicts", "status_changed": {claim_id: [before, after]}, "new_original"}``.
    Raises NotFoundError for an unknown id.
    """
    reviewer = check_reviewer(reviewer)
    with store.transaction() as conn:
        lock(conn, "ingest")  # matches and statuses change: writers take turns
        doc = conn.execute(
            sa.select(documents_t, sources_t.c.name.label("source"))
            .join(sources_t, sources_t.c.id == documents_t.c.source_id)
            .where(documents_t.c.id == document_id)
        ).first()
        if doc is None:
            raise lookup.not_found("document", document_id)
        now = datetime.now(UTC)
        gone = conn.execute(
            sa.select(claims_t.c.id, claims_t.c.text, claims_t.c.status)
            .where(claims_t.c.document_id == document_id)
            .order_by(claims_t.c.id)
        ).all()
        claim_ids = [claim.id for claim in gone]
        own = set(claim_ids)
        pairs: list[Any] = []
        for chunk in chunks(claim_ids):
            pairs += conn.execute(
                sa.select(matches_t.c.id, matches_t.c.claim_id, matches_t.c.other_claim_id).where(
                    sa.or_(matches_t.c.claim_id.in_(chunk), matches_t.c.other_claim_id.in_(chunk))
                )
            ).all()
        match_ids = sorted({p.id for p in pairs})
        partners = sorted({c for p in pairs for c in (p.claim_id, p.other_claim_id)} - own)
        # Read before the pairs go: a claim this document's update superseded counts
        # again once the update is gone, so its partners' statuses are due too.
        others = sorted(matcher.status_neighbours(conn, partners) - own)
        # Its copies' reprinted claims read their dates on its day (claim_dates): with
        # another original they read them on that one's, and are matched again.
        copy_ids = conn.execute(
            sa.select(documents_t.c.id).where(documents_t.c.copy_of_id == document_id)
        ).scalars().all()
        # Every status the deletion moves is journalled as it is written (the claims of
        # the copies it re-judges, the partners its update no longer supersedes, …).
        with matcher.status_journal(conn) as journal:
            decided = _decisions_on(conn, {p.id: p for p in pairs}, own)
            decisions = verdicts = 0
            for chunk in chunks(match_ids):
                decisions += conn.execute(
                    sa.delete(reviews_t).where(reviews_t.c.match_id.in_(chunk))
                ).rowcount
                conn.execute(sa.delete(matches_t).where(matches_t.c.id.in_(chunk)))
            # The claims go, so the ids their dropped pairs kept for a return go too.
            matcher.forget_retired(conn, claim_ids)
            candidates.remove_claims(conn, claim_ids)
            for chunk in chunks(claim_ids):
                verdicts += conn.execute(
                    sa.delete(verdicts_t).where(verdicts_t.c.claim_id.in_(chunk))
                ).rowcount
                conn.execute(sa.delete(markers_t).where(markers_t.c.claim_id.in_(chunk)))
            conn.execute(sa.delete(claims_t).where(claims_t.c.document_id == document_id))
            conn.execute(sa.delete(sentences_t).where(sentences_t.c.document_id == document_id))
            syndication.remove_document(conn, document_id)
            # A judgment this document made goes with it: the pairs it held apart return.
            apart_before = stories.stories_apart(conn, [doc.story_id])
            stories.remove_document(conn, document_id, store.story_config)
            new_original, _ = _promote_copy(conn, document_id)
            conn.execute(sa.delete(documents_t).where(documents_t.c.id == document_id))
            matcher.refresh_status(conn, partners, also=others)
            matcher.rematch_no_longer_apart(conn, apart_before, store.match_config)
            if new_original is not None and copy_ids:
                redated = claim_dates.reanchor_documents(conn, _family(conn, new_original))
                if redated:
                    matcher.rematch_documents(conn, redated, store.match_config)
        changed = journal.changes(dropped=own)
        summary = {
            "document_id": document_id,
            "source": doc.source,
            "title": doc.title,
            "claims": len(claim_ids),
            "matches": len(match_ids),
            "decisions": decisions,
            "verdicts": verdicts,
            "status_changed": changed,
            "new_original": new_original,
        }
        audit.record(
            conn,
            reviewer=reviewer,
            action="document.delete",
            document_id=document_id,
            source_id=doc.source_id,
            old={
                "title": doc.title,
                "url": doc.url,
                "author": doc.author,
                "published": _plain(doc.published),
                "sha256": doc.sha256,
                "origin": doc.origin,
                "claims": len(claim_ids),
                "matches": len(match_ids),
                "decisions": decisions,
                "verdicts": verdicts,
            },
            new={"status_changed": {str(k): v for k, v in changed.items()}} if changed else None,
            reason=reason,
            at=now,
        )
        # Each claim that goes says so in its own history, which outlives it.
        audit.record_deleted_claims(
            conn,
            gone,
            reviewer=reviewer,
            document_id=document_id,
            source_id=doc.source_id,
            reason=reason,
            at=now,
        )
        # A decision names two claims: the one that stays says in its own history that
        # the decision went with the other claim's document.
        audit.record_many(
            conn,
            [
                {
                    "claim_id": kept,
                    "match_id": match_id,
                    "document_id": document_id,
                    "source_id": doc.source_id,
                    "old": {"decision": decision, "with_claim": gone_claim},
                    "new": {"decision": None},
                }
                for match_id, decision, kept, gone_claim in decided
            ],
            reviewer=reviewer,
            action="document.delete",
            reason=reason,
            at=now,
        )
        audit.record_status_changes(
            conn,
            changed,
            reviewer=reviewer,
            action="document.delete",
            reason=reason,
            document_id=document_id,
            source_id=doc.source_id,
            at=now,
        )
    return summary


def _decisions_on(
    conn: Connection, pairs: Mapping[int, Any], own: set[int]
) -> list[tuple[int, str, int, int]]:
    """The person's decisions on the matches ``pairs`` (match id → row with ``claim_id``
    and ``other_claim_id``, as already read) as ``(match id, decision, the claim that
    stays, the claim of ``own`` that goes)``, in match-id order: only ``reviews`` is read
    (the pairs are known, so ``matches`` is not joined again)."""
    found: list[tuple[int, str, int, int]] = []
    for chunk in chunks(sorted(pairs)):
        for match_id, decision in conn.execute(
            sa.select(reviews_t.c.match_id, reviews_t.c.decision).where(
                reviews_t.c.match_id.in_(chunk)
            )
        ).all():
            pair = pairs[match_id]
            if pair.other_claim_id in own:
                found.append((match_id, decision, pair.claim_id, pair.other_claim_id))
            else:
                found.append((match_id, decision, pair.other_claim_id, pair.claim_id))
    return sorted(found)


def _promote_copy(conn: Connection, document_id: int) -> tuple[int | None, dict[int, list[str]]]:
    """The copies of a deleted original get a new original: the first of them by
    :func:`syndication.original_key` (publication date, undated last, then a version
    crediting another outlet after one that does not, then the text's SHA-256), the
    rule ingest uses, so the family ends as if the deleted document had never been
    stored, whatever the order the copies came in.

    A copy depends on its original's outlet, so the new original's outlet now counts
    against the other copies' matches: the family's matches are judged again
    (:func:`matcher.rejudge_documents`). Returns (the new original or None when the
    document had no copies, ``{claim_id: [before, after]}`` of the statuses that moved).
    """
    copies = conn.execute(
        sa.select(*matcher.FAMILY_COLUMNS).where(documents_t.c.copy_of_id == document_id)
    ).all()
    return matcher.promote_first(conn, copies)


def _redate(store: Store, conn: Connection, document_id: int) -> dict[int, list[str]]:
    """After a document's publication date was corrected (and written): its claims'
    relative dates and frames follow, and so do their matches (two reports of
    "yesterday" may now name different days, or the same one). The date decides which
    near-copy is the original, so a version now dated before its original becomes the
    family's original (``matcher.reorder_copies``); the copies' reprinted claims read
    their dates on their original's day (``claim_dates.claim_anchors``), so the whole
    family is anchored again and its moved documents matched again. Returns
    ``{claim_id: [before, after]}`` of the statuses that moved."""
    family = _family(conn, document_id)
    with matcher.status_journal(conn) as journal:
        matcher.reorder_copies(conn, document_id)
        moved = claim_dates.reanchor_documents(conn, family)
        if moved:
            matcher.rematch_documents(conn, moved, store.match_config)
    return journal.changes()


def _family(conn: Connection, document_id: int) -> list[int]:
    """The document and every version of its near-copy family (its original, the
    original's copies), by id."""
    root = conn.execute(
        sa.select(matcher.original_document(documents_t)).where(
            documents_t.c.id == document_id
        )
    ).scalar_one()
    return sorted(
        conn.execute(
            sa.select(documents_t.c.id).where(
                sa.or_(documents_t.c.id == root, documents_t.c.copy_of_id == root)
            )
        ).scalars()
    )


def edit_document(
    store: Store,
    document_id: int,
    changes: dict[str, Any],
    *,
    reviewer: str,
    reason: str | None = None,
) -> dict[str, Any]:
    """Correct a document's metadata: ``changes`` maps fields of ``EDITABLE`` to values.

    ``published`` is a ``date`` (or None to clear); the others strings (None or "" to
    clear); ``url`` must be an http(s) URL. Only fields whose value really changes are
    written and logged. A story whose title is the document's old title (a story is
    titled from its first document's headline) takes the new one; a cleared title
    leaves the story's as it is. A new publication date anchors the claims' relative dates again
    (``claims.dates`` and their frames) and matches the claims again, so statuses follow;
    each claim whose status moves gets a history row. Returns ``{"document_id",
    "changed": {field: [before, after]}, "status_changed": {claim_id: [before, after]}}``.
    Raises InputError for an unknown field, a non-http(s) URL or nothing to change,
    NotFoundError for an unknown id.
    """
    reviewer = check_reviewer(reviewer)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InputError(f"cannot edit {', '.join(sorted(unknown))}: only {', '.join(EDITABLE)}")
    if not changes:
        raise InputError("nothing to edit: give --title, --author, --published or --url")
    # A corrected title or byline is as untrusted as one read at ingest: terminal
    # control goes and a line break is a space (``read.one_line``), so the value is the
    # same in every output (a ClaimReview's author name is embedded by other sites).
    values = {
        k: (one_line(v).strip() or None) if isinstance(v, str) and k != "url" else v
        for k, v in changes.items()
    }
    url = values.get("url")
    if isinstance(url, str):
        values["url"] = url.strip() or None
    if "url" in values:
        # The same rule as an evidence link: a corrected URL becomes a link in reports.
        values["url"] = check_web_url(values["url"], "--url")
    published = values.get("published")
    if isinstance(published, date):
        check_published(published, what="--published")  # the rule of ingest
    status_changed: dict[int, list[str]] = {}
    with store.transaction() as conn:
        doc = conn.execute(sa.select(documents_t).where(documents_t.c.id == document_id)).first()
        if doc is None:
            raise lookup.not_found("document", document_id)
        changed = {
            key: [_plain(getattr(doc, key)), _plain(value)]
            for key, value in values.items()
            if getattr(doc, key) != value
        }
        if changed:
            conn.execute(
                sa.update(documents_t)
                .where(documents_t.c.id == document_id)
                .values(**{key: values[key] for key in changed})
            )
            if "title" in changed and values["title"] and doc.story_id is not None:
                # A story titled from this document's headline (its title is the old
                # headline, word for word) follows the correction; a story titled from
                # another document, or left without its headline, keeps its title.
                conn.execute(
                    sa.update(stories_t)
                    .where(
                        stories_t.c.id == doc.story_id,
                        stories_t.c.title == (doc.title or "").strip(),
                    )
                    .values(title=values["title"], updated_at=datetime.now(UTC))
                )
            if "published" in changed:
                # "yesterday" names another day now: the claims' dates and frames follow,
                # and so do their matches (two reports of "yesterday" may now name
                # different days, or the same one).
                lock(conn, "ingest")
                status_changed = _redate(store, conn, document_id)
            now = datetime.now(UTC)
            audit.record(
                conn,
                reviewer=reviewer,
                action="document.edit",
                document_id=document_id,
                source_id=doc.source_id,
                old={key: old for key, (old, _) in changed.items()},
                new={key: new for key, (_, new) in changed.items()},
                reason=reason,
                at=now,
            )
            audit.record_status_changes(
                conn,
                status_changed,
                reviewer=reviewer,
                action="document.edit",
                reason=reason,
                document_id=document_id,
                at=now,
            )
    return {"document_id": document_id, "changed": changed, "status_changed": status_changed}


def _source(conn: Connection, name: str) -> Any:
    return lookup.require_source(conn, name)


def rename_source(
    store: Store, old: str, new: str, *, reviewer: str, reason: str | None = None
) -> dict[str, Any]:
    """Give an outlet another name; refuses a name already taken (merge those instead).

    Returns ``{"source_id", "old", "new", "unchanged"}``; the name it already has
    writes nothing (``unchanged`` true), as every audit command given what is stored.
    """
    reviewer = check_reviewer(reviewer)
    new = one_line(new).strip()  # as an outlet name read at ingest (``read.one_line``)
    if not new:
        raise InputError("the new source name cannot be empty")
    with store.transaction() as conn:
        row = _source(conn, old)
        if new == row.name:
            return {"source_id": row.id, "old": row.name, "new": new, "unchanged": True}
        taken = conn.execute(sa.select(sources_t.c.id).where(sources_t.c.name == new)).first()
        if taken is not None:
            raise InputError(
                f"a source named {new!r} exists; to make them one: "
                f"factcheck sources merge {old!r} {new!r}"
            )
        conn.execute(
            sa.update(sources_t)
            .where(sources_t.c.id == row.id)
            .values(name=new, name_key=outlet_key(new))
        )
        audit.record(
            conn,
            reviewer=reviewer,
            action="source.rename",
            source_id=row.id,
            old={"name": row.name},
            new={"name": new},
            reason=reason,
        )
    return {"source_id": row.id, "old": row.name, "new": new, "unchanged": False}


def merge_sources(
    store: Store, source: str, into: str, *, reviewer: str, reason: str | None = None
) -> dict[str, Any]:
    """Move every document of outlet ``source`` to outlet ``into`` and drop ``source``.

    The two were one outlet all along, so their claims never corroborated each other:
    independence of every match of ``into``'s claims is judged again and statuses follow.
    ``into`` keeps its own owner group and note, and takes ``source``'s domain if it has
    none. Refuses when both hold the same text (delete one document first). Returns
    ``{"source", "into", "documents": [ids moved], "status_changed": {claim_id: [before,
    after]}}``.
    """
    reviewer = check_reviewer(reviewer)
    with store.transaction() as conn:
        lock(conn, "ingest")  # independence and statuses change: writers take turns
        src, dst = _source(conn, source), _source(conn, into)
        if src.id == dst.id:
            raise InputError("cannot merge a source into itself")
        same = conn.execute(
            sa.select(documents_t.c.id, documents_t.c.sha256).where(
                documents_t.c.source_id == src.id,
                documents_t.c.sha256.in_(
                    sa.select(documents_t.c.sha256).where(documents_t.c.source_id == dst.id)
                ),
            )
        ).first()
        if same is not None:
            twin = conn.execute(
                sa.select(documents_t.c.id).where(
                    documents_t.c.source_id == dst.id, documents_t.c.sha256 == same.sha256
                )
            ).scalar_one()
            raise InputError(
                f"documents {same.id} and {twin} hold the same text; "
                f"delete one first (factcheck documents delete {same.id})"
            )
        moved = list(
            conn.execute(
                sa.select(documents_t.c.id)
                .where(documents_t.c.source_id == src.id)
                .order_by(documents_t.c.id)
            ).scalars()
        )
        with matcher.status_journal(conn) as journal:
            conn.execute(
                sa.update(documents_t)
                .where(documents_t.c.source_id == src.id)
                .values(source_id=dst.id)
            )
            # Documents credited to the merged-away name now credit the outlet it joined; an
            # outlet's own documents do not depend on itself.
            conn.execute(
                sa.update(documents_t)
                .where(documents_t.c.depends_on_source_id == src.id)
                .values(depends_on_source_id=dst.id)
            )
            conn.execute(
                sa.update(documents_t)
                .where(
                    documents_t.c.source_id == dst.id,
                    documents_t.c.depends_on_source_id == dst.id,
                )
                .values(depends_on_source_id=None)
            )
            if dst.domain is None and src.domain is not None:
                conn.execute(
                    sa.update(sources_t).where(sources_t.c.id == dst.id).values(domain=src.domain)
                )
            conn.execute(sa.delete(sources_t).where(sources_t.c.id == src.id))
            matcher.rejudge_independence(conn, dst.id)
        changed = journal.changes()
        now = datetime.now(UTC)
        audit.record(
            conn,
            reviewer=reviewer,
            action="source.merge",
            source_id=dst.id,
            old={"name": src.name, "id": src.id, "documents": moved},
            new={"name": dst.name, "status_changed": {str(k): v for k, v in changed.items()}},
            reason=reason,
            at=now,
        )
        audit.record_status_changes(
            conn,
            changed,
            reviewer=reviewer,
            action="source.merge",
            reason=reason,
            source_id=dst.id,
            at=now,
        )
    return {
        "source": src.name,
        "into": dst.name,
        "documents": moved,
        "status_changed": changed,
    }

