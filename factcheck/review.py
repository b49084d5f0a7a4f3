"""Review: a person decides held matches, rates claims and leaves notes, with a trail.

Matching decides most pairs by itself and holds the borderline ones (``needs_review``).
Here a person settles them: ``decide`` overrides a match's automatic relation (held or
not) and the status of both claims follows at once; ``give_verdict`` records the desk's
rating of a claim (the ClaimReview ``reviewRating``); ``add_note`` leaves a remark. Every
one of them writes an ``audit_log`` row in the same transaction (see ``factcheck.audit``).

``queue`` orders the claims that most need a human: held matches that would dispute a
claim first (conflicts with an independent source: a conflict with a copy or with the
same outlet's later report is an update and waits among the other held matches), then
other held matches whose answer can change a status (an original held against its own
reprint is not asked: ``matcher.held_match(answerable=True)``), then check-worthy
unverified claims without a verdict that are hedged or lean on unnamed sources (weasel
attribution), then the other check-worthy unverified claims; within each tier by
check-worthiness, highest first.

A reprint repeats its original's words, so a question about the reprint's claim and one
about its original's claim against the same claim (or a claim in the same words of that
claim's copies) is one question: the queue asks it once, on the original (a reprinted
claim whose every held match has such a twin on its original is not queued), and
``decide`` answers the held twins that no one has decided with the same decision; a twin
decided so follows each later decision of that match until a person decides it alone.
"""

from __future__ import annotations

import getpass
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from factcheck import audit, lookup
from factcheck.database import lock
from factcheck.errors import InputError
from factcheck.match import matcher, syndication
from factcheck.models import (
    ClaimRow,
    DocumentRow,
    MarkerRow,
    MatchRow,
    ReviewRow,
    SourceRow,
    VerdictRow,
)
from factcheck.sqlbounds import chunks, in_ids
from factcheck.stored import stored_json
from factcheck.validate import check_web_url

if TYPE_CHECKING:
    from factcheck.store import Store

__all__ = [
    "DECISIONS",
    "QUEUE_REASONS",
    "RATINGS",
    "QueueItem",
    "add_note",
    "asked_on_original",
    "check_note",
    "check_reviewer",
    "decide",
    "default_reviewer",
    "give_verdict",
    "history",
    "next_item",
    "paragraph_span",
    "queue",
    "queue_size",
    "reprint_twins",
    "twins_following",
    "verdict_json",
]

claims_t = ClaimRow.__table__  # type: ignore[attr-defined]
documents_t = DocumentRow.__table__  # type: ignore[attr-defined]
sources_t = SourceRow.__table__  # type: ignore[attr-defined]
markers_t = MarkerRow.__table__  # type: ignore[attr-defined]
matches_t = MatchRow.__table__  # type: ignore[attr-defined]
reviews_t = ReviewRow.__table__  # type: ignore[attr-defined]
verdicts_t = VerdictRow.__table__  # type: ignore[attr-defined]

#: What a person may say of a match.
DECISIONS = ("corroborates", "conflicts", "unrelated")

#: Verdict ratings, the fact-checking scale most desks publish as ClaimReview
#: ``alternateName`` (true / false / misleading / unproven / needs context).
RATINGS = ("true", "false", "misleading", "unproven", "needs-context")

#: Why a claim is in the queue, most urgent first, with the words the terminal shows.
QUEUE_REASONS = {
    "held-conflict": "a match waiting for review would dispute it",
    "held-match": "a match waiting for review",
    "hedged-or-unnamed": "check-worthy, unverified, hedged or resting on unnamed sources",
    "check-worthy": "check-worthy and unverified",
}

_MAX_REVIEWER = 100
_MAX_NOTE = 10_000


def _now() -> datetime:
    return datetime.now(UTC)


# -- who ------------------------------------------------------------------------------------


def check_reviewer(name: str, *, where: str = "reviewer", what: str = "a reviewer name") -> str:
    """A name a person gives for the desk (a reviewer, a ClaimReview publisher) as stored:
    trimmed, 1–100 printable characters. An empty or blank name is refused, never read as
    "not given": falling back to another name would put a name nobody chose on the record.

    Raises InputError naming ``where`` (the option or config key) and ``what`` otherwise.
    """
    cleaned = name.strip()
    if not cleaned:
        raise InputError(f"{where}: {what} cannot be empty")
    if len(cleaned) > _MAX_REVIEWER:
        raise InputError(f"{where}: {what} has at most {_MAX_REVIEWER} characters")
    if any(unicodedata.category(ch).startswith("C") for ch in cleaned):
        raise InputError(f"{where}: {what} cannot hold control characters")
    return cleaned


def check_publisher(name: str, *, where: str = "--publisher") -> str:
    """A ClaimReview publisher (the reviews' ``author`` organisation) as exported: the
    rules of ``check_reviewer``. Raises InputError naming ``where``."""
    return check_reviewer(name, where=where, what="a publisher name")


def default_reviewer(configured: str | None = None) -> str:
    """The configured name (``[review] reviewer``), else the OS user, else ``unknown``."""
    if configured:
        return check_reviewer(configured)
    try:
        return check_reviewer(getpass.getuser())
    except (OSError, KeyError, ImportError, InputError):
        # No login name (a container without a passwd entry): still record *something*.
        return "unknown"


def check_note(note: str | None) -> str | None:
    """A note as stored: stripped, None when empty; raises InputError when longer than
    ``_MAX_NOTE`` characters."""
    if note is None:
        return None
    cleaned = note.strip()
    if len(cleaned) > _MAX_NOTE:
        raise InputError(f"note: at most {_MAX_NOTE} characters")
    return cleaned or None


# -- decisions --------------------------------------------------------------------------------


def _same_words_families(conn: sa.Connection, claim_ids: set[int]) -> dict[int, set[int]]:
    """Each of ``claim_ids`` → the claims of its copy family in its words: the claim of
    the first original it reprints, or itself, and every reprint of that claim
    (``syndication.stored_reprints``), itself included. A claim of a document no one
    copies and that copies no one is its own family."""
    if not claim_ids:
        return {}
    documents: set[int] = set()
    for chunk in chunks(sorted(claim_ids)):
        documents.update(
            conn.execute(
                sa.select(claims_t.c.document_id).where(in_ids(claims_t.c.id, chunk))
            ).scalars()
        )
    reprints = syndication.stored_reprints(conn, documents)
    return {cid: reprints.family_of(cid) for cid in claim_ids}


def _held_undecided(conn: sa.Connection, claim_ids: set[int]) -> list[Any]:
    """The matches held for review that no one has decided with one end in ``claim_ids``:
    ``(id, claim_id, other_claim_id)`` rows."""
    out: dict[int, Any] = {}
    for chunk in chunks(sorted(claim_ids)):
        for end in (matches_t.c.claim_id, matches_t.c.other_claim_id):
            for r in conn.execute(
                sa.select(matches_t.c.id, matches_t.c.claim_id, matches_t.c.other_claim_id)
                .outerjoin(reviews_t, reviews_t.c.match_id == matches_t.c.id)
                .where(matches_t.c.needs_review, reviews_t.c.id.is_(None), in_ids(end, chunk))
            ):
                out[r.id] = r
    return list(out.values())


def _same_question(conn: sa.Connection, match_id: int) -> list[Any]:
    """Every other match that asks what match ``match_id`` asks, whatever its state:
    between a claim in the same words as one of its claims in that claim's copy family (a
    reprint of it, or its original) and a claim in the same words as the other;
    ``(id, needs_review, decided)`` rows in id order."""
    match = conn.execute(
        sa.select(matches_t.c.claim_id, matches_t.c.other_claim_id).where(
            matches_t.c.id == match_id
        )
    ).one()
    fam = _same_words_families(conn, {match.claim_id, match.other_claim_id})
    left, right = fam[match.claim_id], fam[match.other_claim_id]
    if len(left) == 1 and len(right) == 1:
        return []
    out: dict[int, Any] = {}
    for chunk in chunks(sorted(left | right)):
        for r in conn.execute(
            sa.select(
                matches_t.c.id,
                matches_t.c.claim_id,
                matches_t.c.other_claim_id,
                matches_t.c.needs_review,
                reviews_t.c.id.is_not(None).label("decided"),
            )
            .outerjoin(reviews_t, reviews_t.c.match_id == matches_t.c.id)
            .where(in_ids(matches_t.c.claim_id, chunk))
        ):
            a, b = r.claim_id, r.other_claim_id
            if r.id != match_id and ((a in left and b in right) or (a in right and b in left)):
                out[r.id] = r
    return [out[k] for k in sorted(out)]


def reprint_twins(conn: sa.Connection, match_id: int) -> list[int]:
    """The matches held for review and undecided that ask what match ``match_id`` asks
    (``_same_question``), in id order. ``decide`` answers them with the same decision; the
    queue asks the question once. A twin that is not held is a standing automatic link,
    not a question, and is left alone, as the queue's side (``asked_on_original``) pairs
    held matches only."""
    return [r.id for r in _same_question(conn, match_id) if r.needs_review and not r.decided]


def _decided_with(conn: sa.Connection, match_ids: list[int]) -> dict[int, int | None]:
    """Each of ``match_ids`` → the match its current decision was copied from (the
    ``decided_with`` of its latest ``decide`` entry of the pair, see ``decide``), None
    when a person decided it on its own. An entry written before ``decided_with`` existed
    names the match in its reason only (``_with_twin``: "… (decided with match 12: the
    same words in a reprint)"); it is read from there, so a twin decided then follows
    its match's later decisions too."""
    t = audit.audit_t
    out: dict[int, int | None] = {}
    for chunk in chunks(sorted(match_ids)):
        rows = conn.execute(
            sa.select(t.c.id, t.c.match_id, t.c.new_value, t.c.reason)
            .where(
                t.c.action == "decide",
                # The pair's own entry; the entries of claims a decision moved name no
                # other claim.
                t.c.other_claim_id.is_not(None),
                in_ids(t.c.match_id, chunk),
            )
            .order_by(t.c.id)
        )
        for row in rows:
            new = stored_json(
                row.new_value,
                table="audit_log",
                column="new_value",
                row_id=row.id,
                expect=dict,
                empty={},
            )
            if "decision" not in new:
                continue
            link = new.get("decided_with")
            if "decided_with" not in new and row.reason:
                # A twin decided before the field existed says so only in its reason
                # (``_with_twin``), which a person's own decision never ends with.
                said = _WITH_TWIN.search(row.reason)
                link = int(said.group(1)) if said else None
            out[int(row.match_id)] = link  # the latest wins
    return out


def twins_following(conn: sa.Connection, match_id: int) -> list[int]:
    """The decided matches that ask what match ``match_id`` asks and whose current
    decision was copied from it (``decide``'s ``also_decided``), in id order: they follow
    each later decision of ``match_id``. A twin a person decided on its own is not one."""
    decided = [r.id for r in _same_question(conn, match_id) if r.decided]
    links = _decided_with(conn, decided)
    return [m for m in decided if links.get(m) == match_id]


def asked_on_original(conn: sa.Connection, among: Any = None) -> set[int]:
    """Reprinted claims the queue need not ask about: a claim of a copy whose every held,
    undecided match has a twin (``reprint_twins``) held and undecided on the claim of its
    first original in the same words, which the queue asks instead.

    ``among`` (a SQL select of claim ids, the queue's filtered claims; None: every claim)
    bounds the work to those copies' claims with a held match, their partners and their
    originals, so its cost follows what the queue lists, not the store. The queue calls
    it on its own connection, in the read that lists or counts (one snapshot)."""
    copies = (
        sa.select(claims_t.c.id)
        .join(documents_t, documents_t.c.id == claims_t.c.document_id)
        .where(documents_t.c.copy_of_id.is_not(None), matcher.held_match(claims_t.c.id))
    )
    if among is not None:
        copies = copies.where(claims_t.c.id.in_(among))
    candidates = set(conn.execute(copies).scalars())
    if not candidates:
        return set()
    held = _held_undecided(conn, candidates)
    partners = {c for r in held for c in (r.claim_id, r.other_claim_id)}
    fam = _same_words_families(conn, partners)
    members = {m for f in fam.values() for m in f}
    docs: dict[int, int | None] = {}
    for chunk in chunks(sorted(members)):
        docs.update(
            conn.execute(
                sa.select(claims_t.c.id, documents_t.c.copy_of_id)
                .join(documents_t, documents_t.c.id == claims_t.c.document_id)
                .where(in_ids(claims_t.c.id, chunk))
            ).all()
        )
    originals_of = {
        cid: [o for o in fam[cid] if o != cid and docs.get(o, 0) is None] for cid in candidates
    }
    # The originals' own held questions, which the queue asks instead.
    on_originals = _held_undecided(conn, {o for os in originals_of.values() for o in os})
    pairs: set[tuple[int, int]] = set()
    for r in on_originals:
        pairs.update({(r.claim_id, r.other_claim_id), (r.other_claim_id, r.claim_id)})
    of_claim: dict[int, list[int]] = {}
    for r in held:
        of_claim.setdefault(r.claim_id, []).append(r.other_claim_id)
        of_claim.setdefault(r.other_claim_id, []).append(r.claim_id)
    out: set[int] = set()
    for cid in candidates:
        originals = originals_of[cid]
        if originals and all(
            any((o, y) in pairs for o in originals for y in fam.get(x, {x}))
            for x in of_claim.get(cid, [])
        ):
            out.add(cid)
    return out


def _one_snapshot(conn: sa.Connection) -> None:
    """Make the reads of this connection see one state of the store: on PostgreSQL a
    REPEATABLE READ transaction (READ COMMITTED takes a snapshot per statement); SQLite's
    read transaction (``BEGIN``, see ``database``) already holds one from its first read.
    Call before the connection's first statement."""
    if conn.dialect.name == "postgresql":
        conn.execution_options(isolation_level="REPEATABLE READ")


def decide(
    store: Store, match_id: int, decision: str, *, reviewer: str, note: str | None = None
) -> dict[str, Any]:
    """Record a person's decision on a match; both claims' statuses follow at once.

    ``decision`` is one of ``DECISIONS``. A later decision on the same match replaces the
    earlier one (which stays in the audit log). Returns ``{"match_id", "claim_id",
    "other_claim_id", "decision", "previous_decision", "automatic_relation", "note",
    "reviewer", "decided_at", "claims": [{"id", "status_before", "status"}]}``; ``claims``
    holds the pair's two claims first, then any other claim whose status the decision moved
    (its twins' claims; the partners of a figure its own outlet updated, when the decision
    ends or restores that update), as ``matcher.status_journal`` recorded the writes; a
    moved claim no row of the pair or a twin names gets its own audit entry
    (``old``/``new`` = ``{"status"}`` with the decided ``match_id``), so its history
    says which decision moved it.
    ``also_decided`` lists the other matches given the same decision: the held, undecided
    matches that ask the same question between reprints of the two claims
    (``reprint_twins``; a twin not held for review is a standing automatic link and is
    left alone), and the twins an earlier decision of this match was copied to
    (``twins_following``), so a changed answer reaches them too. Each gets its own review
    row and its own audit entry (reason: the note, and which match it was decided with;
    ``new["decided_with"]``: that match's id), so a question is asked once for an original
    and its reprints. A twin a person decides on its own stops following.
    The same decision again with no ``note`` keeps the stored note. The same decision
    and note again, with every twin already following it, writes nothing: the result
    then has ``"unchanged": true`` and the stored row's note, reviewer and time
    (``unchanged`` is false otherwise).
    Raises InputError for an unknown decision, NotFoundError for an unknown match.
    """
    if decision not in DECISIONS:
        raise InputError(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
    reviewer = check_reviewer(reviewer)
    note = check_note(note)
    now = _now()
    with store.transaction() as conn:
        # Statuses are recomputed from all of a claim's matches: take turns with ingest.
        lock(conn, "ingest")
        lookup.require(conn, match=match_id)
        match = conn.execute(sa.select(matches_t).where(matches_t.c.id == match_id)).one()
        pair = [match.claim_id, match.other_claim_id]
        # The undecided held twins, and the twins decided with this match before: those
        # follow each later decision of it (a changed answer reaches every copy of it).
        twin_ids = sorted(set(reprint_twins(conn, match_id)) | set(twins_following(conn, match_id)))
        twins = [
            conn.execute(sa.select(matches_t).where(matches_t.c.id == t)).one() for t in twin_ids
        ]
        twin_before = {
            r.match_id: r.decision
            for r in conn.execute(
                sa.select(reviews_t.c.match_id, reviews_t.c.decision).where(
                    in_ids(reviews_t.c.match_id, twin_ids)
                )
            )
        }
        twin_claims = {c for t in twins for c in (t.claim_id, t.other_claim_id)} - set(pair)
        # A decision can end or restore an outlet's update of its own figure, which moves
        # the statuses of that figure's other partners too (matcher.status_neighbours,
        # read before the change, so a partner the decision leaves behind is refreshed).
        neighbours = matcher.status_neighbours(conn, set(pair) | twin_claims)
        previous = conn.execute(
            sa.select(reviews_t).where(reviews_t.c.match_id == match_id)
        ).first()
        if note is None and previous is not None and previous.decision == decision:
            # The same decision without a note keeps the note that says why: it was
            # dropped silently, with a history row "conflicts (was: conflicts)"
            # (tester11b F1). A changed decision starts without the old one's note.
            note = previous.note
        if previous is not None and _repeats(previous, decision=decision, note=note) and all(
            twin_before.get(t.id) == decision for t in twins
        ):
            # The same answer again (and every twin already follows it): nothing to
            # write, so the history holds no "corroborates (was: corroborates)" row.
            statuses = matcher.statuses(conn, pair)
            return {
                "match_id": match_id,
                "claim_id": match.claim_id,
                "other_claim_id": match.other_claim_id,
                "decision": decision,
                "previous_decision": previous.decision,
                "automatic_relation": match.relation,
                "note": previous.note,
                "reviewer": previous.reviewer,
                "decided_at": audit.iso(previous.decided_at),
                "claims": [
                    {"id": cid, "status_before": statuses.get(cid), "status": statuses.get(cid)}
                    for cid in pair
                ],
                "also_decided": [],
                "unchanged": True,
            }
        values = {"decision": decision, "note": note, "reviewer": reviewer, "decided_at": now}
        # Every status the decision moves is journalled as it is written (the one way a
        # correction finds what it moved: matcher.status_journal).
        with matcher.status_journal(conn) as journal:
            if previous is None:
                conn.execute(sa.insert(reviews_t).values(match_id=match_id, **values))
            else:
                conn.execute(
                    sa.update(reviews_t).where(reviews_t.c.id == previous.id).values(**values)
                )
            for twin in twins:
                if twin.id in twin_before:
                    conn.execute(
                        sa.update(reviews_t).where(reviews_t.c.match_id == twin.id).values(**values)
                    )
                else:
                    conn.execute(sa.insert(reviews_t).values(match_id=twin.id, **values))
            matcher.refresh_status(conn, pair + sorted(twin_claims), also=neighbours)
        moves = journal.changes()
        after = matcher.statuses(conn, pair + sorted(twin_claims))
        before = {cid: moves[cid][0] if cid in moves else status for cid, status in after.items()}
        for cid, (was, now_is) in moves.items():
            before[cid], after[cid] = was, now_is
        audit.record(
            conn,
            reviewer=reviewer,
            action="decide",
            claim_id=match.claim_id,
            other_claim_id=match.other_claim_id,
            match_id=match_id,
            old={
                "decision": previous.decision if previous is not None else None,
                "relation": match.relation,
                "needs_review": bool(match.needs_review),
                "status": {str(k): before[k] for k in pair if k in before},
            },
            new={"decision": decision, "status": {str(k): after[k] for k in pair if k in after}},
            reason=note,
            at=now,
        )
        # One history row for each claim whose status moved: the decided pair's row says
        # its two, each twin's row the ends no earlier row named, then one row for each
        # other claim the decision moved (README: one row per such claim).
        said = set(pair)
        for twin in twins:
            ends = [c for c in (twin.claim_id, twin.other_claim_id) if c not in said]
            said.update(ends)
            audit.record(
                conn,
                reviewer=reviewer,
                action="decide",
                claim_id=twin.claim_id,
                other_claim_id=twin.other_claim_id,
                match_id=twin.id,
                old={
                    "decision": twin_before.get(twin.id),
                    "relation": twin.relation,
                    "needs_review": bool(twin.needs_review),
                    "status": {str(k): before[k] for k in ends if k in before},
                },
                new={
                    "decision": decision,
                    "status": {str(k): after[k] for k in ends if k in after},
                    # The link ``twins_following`` reads: this twin follows that match.
                    "decided_with": match_id,
                },
                reason=_with_twin(note, match_id),
                at=now,
            )
        for cid in moves:
            if cid not in said:
                # Its own row, so the moved claim's history says which decision moved it.
                audit.record(
                    conn,
                    reviewer=reviewer,
                    action="decide",
                    claim_id=cid,
                    match_id=match_id,
                    old={"status": before[cid]},
                    new={"status": after[cid]},
                    reason=note,
                    at=now,
                )
    return {
        "match_id": match_id,
        "claim_id": match.claim_id,
        "other_claim_id": match.other_claim_id,
        "decision": decision,
        "previous_decision": previous.decision if previous is not None else None,
        "automatic_relation": match.relation,
        "note": note,
        "reviewer": reviewer,
        "decided_at": audit.iso(now),
        "claims": [
            {"id": cid, "status_before": before.get(cid), "status": after.get(cid)}
            for cid in pair + sorted(set(moves) - set(pair))
        ],
        "also_decided": [t.id for t in twins],
        "unchanged": False,
    }


def _repeats(stored: Any, **answer: Any) -> bool:
    """Whether a stored decision or verdict row already holds ``answer`` (column name to
    value) word for word: giving it again changes nothing, so the audit commands write
    nothing and say so. Who gave it and when are not part of the answer: the row keeps
    its first reviewer and time."""
    return all(getattr(stored, k) == v for k, v in answer.items())


def _with_twin(note: str | None, match_id: int) -> str:
    said = f"decided with match {match_id}: the same words in a reprint"
    return f"{note} ({said})" if note else said


#: The end of a twin's reason as ``_with_twin`` writes it (and wrote it before the audit
#: entry carried ``decided_with``): which match the twin's decision was copied from.
_WITH_TWIN = re.compile(r"(?:^|\()decided with match (\d+): the same words in a reprint\)?\Z")


def verdict_json(
    claim_id: int,
    rating: str,
    *,
    note: str | None,
    evidence_url: str | None,
    reviewer: str | None,
    decided_at: str | None,
) -> dict[str, Any]:
    """The one JSON shape of a verdict, wherever it is printed (``show --json``,
    ``verdict --json``, every report's ``verdict``):
    ``{"claim_id", "rating", "verdict", "note", "evidence_url", "evidence", "reviewer",
    "decided_at"}``.

    ``verdict`` repeats ``rating`` and ``evidence`` is ``evidence_url`` as a list (empty
    without one): reports had the first pair, ``show`` the second, and JSON contracts
    only grow, so each side now carries both.
    """
    return {
        "claim_id": claim_id,
        "rating": rating,
        "verdict": rating,
        "note": note,
        "evidence_url": evidence_url,
        "evidence": [evidence_url] if evidence_url else [],
        "reviewer": reviewer,
        "decided_at": decided_at,
    }


def give_verdict(
    store: Store,
    claim_id: int,
    rating: str,
    *,
    reviewer: str,
    note: str | None = None,
    evidence_url: str | None = None,
) -> dict[str, Any]:
    """Record the desk's verdict on a claim, replacing any earlier one (kept in the log).

    ``rating`` is one of ``RATINGS``; ``evidence_url`` an http(s) link to what settles it.
    Returns the verdict (``verdict_json``) with ``previous_rating`` and ``unchanged``:
    the same rating, note and evidence again writes nothing (``unchanged`` true, the
    stored verdict's reviewer and time). Raises InputError / NotFoundError.
    """
    if rating not in RATINGS:
        raise InputError(f"verdict must be one of {', '.join(RATINGS)}, not {rating!r}")
    reviewer = check_reviewer(reviewer)
    note = check_note(note)
    evidence_url = check_web_url(evidence_url)
    now = _now()
    with store.transaction() as conn:
        lookup.require(conn, claim=claim_id)
        previous = conn.execute(
            sa.select(verdicts_t).where(verdicts_t.c.claim_id == claim_id)
        ).first()
        if previous is not None and _repeats(
            previous, rating=rating, note=note, evidence_url=evidence_url
        ):
            # The same verdict again: nothing to write (see ``_repeats``).
            return {
                **verdict_json(
                    claim_id,
                    rating,
                    note=previous.note,
                    evidence_url=previous.evidence_url,
                    reviewer=previous.reviewer,
                    decided_at=audit.iso(previous.decided_at),
                ),
                "previous_rating": previous.rating,
                "unchanged": True,
            }
        values = {
            "rating": rating,
            "note": note,
            "evidence_url": evidence_url,
            "reviewer": reviewer,
            "decided_at": now,
        }
        if previous is None:
            conn.execute(sa.insert(verdicts_t).values(claim_id=claim_id, **values))
        else:
            conn.execute(
                sa.update(verdicts_t).where(verdicts_t.c.id == previous.id).values(**values)
            )
        audit.record(
            conn,
            reviewer=reviewer,
            action="verdict",
            claim_id=claim_id,
            old=(
                {
                    "rating": previous.rating,
                    "evidence_url": previous.evidence_url,
                    "reviewer": previous.reviewer,
                    "note": previous.note,
                }
                if previous is not None
                else None
            ),
            # The note is the row's reason too; in ``new`` and ``old`` it lets the history
            # say what a replacing verdict dropped.
            new={"rating": rating, "evidence_url": evidence_url, "note": note},
            reason=note,
            at=now,
        )
    return {
        **verdict_json(
            claim_id,
            rating,
            note=note,
            evidence_url=evidence_url,
            reviewer=reviewer,
            decided_at=audit.iso(now),
        ),
        "previous_rating": previous.rating if previous is not None else None,
        "unchanged": False,
    }


def add_note(
    store: Store, claim_id: int, note: str, *, reviewer: str, match_id: int | None = None
) -> dict[str, Any]:
    """Leave a note on a claim (about one of its matches when ``match_id`` is given).

    Notes live only in the audit log: they change nothing else. A note on a match is in
    the history of both its claims (``other_claim_id`` is the match's other side).
    Returns the audit entry. Raises NotFoundError for an unknown claim or match,
    InputError for an empty note or a match that is not one of the claim's.
    """
    reviewer = check_reviewer(reviewer)
    cleaned = check_note(note)
    if cleaned is None:
        raise InputError("a note cannot be empty")
    with store.transaction() as conn:
        lookup.require(conn, claim=claim_id, match=match_id)
        other: int | None = None
        if match_id is not None:
            pair = conn.execute(
                sa.select(matches_t.c.claim_id, matches_t.c.other_claim_id).where(
                    matches_t.c.id == match_id
                )
            ).one()
            if claim_id not in pair:
                raise InputError(
                    f"match {match_id} is between claims {pair[0]} and {pair[1]}, "
                    f"not of claim {claim_id} (see `factcheck matches {claim_id}`)"
                )
            other = pair[1] if pair[0] == claim_id else pair[0]
        entry_id = audit.record(
            conn,
            reviewer=reviewer,
            action="note",
            claim_id=claim_id,
            other_claim_id=other,
            match_id=match_id,
            new={"note": cleaned},
            reason=cleaned,
        )
        row = conn.execute(sa.select(audit.audit_t).where(audit.audit_t.c.id == entry_id)).one()
    return audit.entry(row)


def match_notes(store: Store, match_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """The notes people left on these matches (``note CLAIM --match ID``), oldest first,
    by match id: each ``{"note", "reviewer", "recorded_at"}`` (ISO 8601, UTC). Notes live
    only in the audit log (``add_note``); a match without any is left out."""
    out: dict[int, list[dict[str, Any]]] = {}
    if not match_ids:
        return out
    t = audit.audit_t
    with store.connect() as conn:
        rows = conn.execute(
            sa.select(t.c.match_id, t.c.reason, t.c.reviewer, t.c.recorded_at)
            .where(t.c.action == "note", in_ids(t.c.match_id, match_ids))
            .order_by(t.c.id)
        )
        for row in rows:
            out.setdefault(int(row.match_id), []).append(
                {
                    "note": row.reason,
                    "reviewer": row.reviewer,
                    "recorded_at": audit.iso(row.recorded_at),
                }
            )
    return out


def history(store: Store, claim_id: int) -> list[dict[str, Any]]:
    """Every recorded change to a claim, oldest first (see ``audit.claim_history``).

    Raises NotFoundError for an unknown claim with no history either (a deleted claim's
    history is still returned).
    """
    with store.connect() as conn:
        entries = audit.claim_history(conn, claim_id)
        if not entries:
            lookup.require(conn, claim=claim_id)
    return entries


# -- the queue --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QueueItem:
    """One claim waiting for a person, and why (a key of ``QUEUE_REASONS``)."""

    claim_id: int
    reason: str
    checkworthiness: float


def _queue_query(
    *,
    story: int | None = None,
    source: str | None,
    document: int | None,
    status: str | None,
    marker: str | None,
) -> tuple[Any, Any]:
    """The queue's claims with their tier (None: not waiting), and the SQL condition of
    waiting, before ``_not_asked``."""
    c = claims_t.c
    weasel = sa.select(markers_t.c.id).where(
        markers_t.c.claim_id == c.id, markers_t.c.kind == "weasel"
    )
    open_claim = sa.and_(
        c.checkworthy,
        c.status == "unverified",
        ~sa.select(verdicts_t.c.id).where(verdicts_t.c.claim_id == c.id).exists(),
    )
    tier = sa.case(
        # Only a conflict with an independent source can dispute (``claim_status``).
        (matcher.held_match(c.id, relation="conflicts", would_count=True), 0),
        # A held pair of an original and its own reprint: no answer changes a status.
        (matcher.held_match(c.id, answerable=True), 1),
        (sa.and_(open_claim, sa.or_(c.hedged, weasel.exists())), 2),
        (open_claim, 3),
        else_=None,
    ).label("tier")
    inner = sa.select(c.id, c.checkworthiness, tier).join(
        documents_t, documents_t.c.id == c.document_id
    )
    if source is not None:
        inner = inner.join(sources_t, sources_t.c.id == documents_t.c.source_id).where(
            sources_t.c.name == source
        )
    if story is not None:
        inner = inner.where(documents_t.c.story_id == story)
    if document is not None:
        inner = inner.where(c.document_id == document)
    if status is not None:
        inner = inner.where(c.status == status)
    if marker is not None:
        inner = inner.where(
            sa.select(markers_t.c.id)
            .where(markers_t.c.claim_id == c.id, markers_t.c.kind == marker)
            .exists()
        )
    sub = inner.subquery()
    return sub, sub.c.tier.is_not(None)


def _not_asked(conn: sa.Connection, sub: Any, waiting: Any) -> Any:
    """``waiting`` without the claims whose questions are asked on their original instead
    (``asked_on_original``, among the held claims of ``sub``: the queue's filters), read on
    the connection that then lists or counts, so the page and the count agree."""
    asked = asked_on_original(conn, sa.select(sub.c.id).where(sub.c.tier.in_((0, 1))))
    return sa.and_(waiting, sa.not_(in_ids(sub.c.id, asked))) if asked else waiting


_TIER_REASON = ("held-conflict", "held-match", "hedged-or-unnamed", "check-worthy")


def queue(
    store: Store,
    *,
    story: int | None = None,
    source: str | None = None,
    document: int | None = None,
    status: str | None = None,
    marker: str | None = None,
    exclude: set[int] | frozenset[int] = frozenset(),
    limit: int | None = None,
) -> list[QueueItem]:
    """The claims that most need a person, most urgent first (see the module docstring).

    Filters: ``story`` id, ``source`` (exact outlet name), ``document`` id, claim ``status`` and
    ``marker`` kind (the claim carries at least one marker of that kind). ``exclude``
    leaves out claims already skipped in a session. Raises ``NotFoundError`` for a story,
    document or outlet that does not exist (an empty queue would hide the typo).
    """
    sub, waiting = _queue_query(
        story=story,
        source=source,
        document=document,
        status=status,
        marker=marker,
    )
    with store.connect() as conn:
        _one_snapshot(conn)
        lookup.require(conn, story=story, document=document, source=source)
        query = (
            sa.select(sub.c.id, sub.c.checkworthiness, sub.c.tier)
            .where(_not_asked(conn, sub, waiting))
            .order_by(sub.c.tier, sub.c.checkworthiness.desc(), sub.c.id)
        )
        if exclude:
            query = query.where(sa.not_(in_ids(sub.c.id, exclude)))
        if limit is not None:
            query = query.limit(limit)
        rows = conn.execute(query).all()
    return [QueueItem(row.id, _TIER_REASON[row.tier], float(row.checkworthiness)) for row in rows]


def queue_size(
    store: Store,
    *,
    story: int | None = None,
    source: str | None = None,
    document: int | None = None,
    status: str | None = None,
    marker: str | None = None,
    exclude: set[int] | frozenset[int] = frozenset(),
) -> int:
    """How many claims ``queue`` would return with these filters (``exclude`` too), counted
    afresh on each call: a decision or verdict that settles claims shrinks it at once."""
    sub, waiting = _queue_query(
        story=story,
        source=source,
        document=document,
        status=status,
        marker=marker,
    )
    with store.connect() as conn:
        _one_snapshot(conn)
        query = sa.select(sa.func.count()).select_from(sub).where(_not_asked(conn, sub, waiting))
        if exclude:
            query = query.where(sa.not_(in_ids(sub.c.id, exclude)))
        return int(conn.execute(query).scalar_one())


_BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")


def paragraph_span(text: str, start: int, end: int, *, limit: int = 1200) -> tuple[int, int]:
    """The paragraph around ``text[start:end]``: between the nearest blank lines.

    A text without paragraph breaks (one long line) gets a window of about ``limit``
    characters around the span instead, cut at spaces, so the terminal never floods.
    """
    para_start, para_end = 0, len(text)
    for gap in _BLANK_LINE.finditer(text):
        if gap.end() <= start:
            para_start = gap.end()
        elif gap.start() >= end:
            para_end = gap.start()
            break
    if para_end - para_start > limit + (end - start):
        half = max(0, (limit - (end - start)) // 2)
        low, high = max(para_start, start - half), min(para_end, end + half)
        if low > para_start:
            space = text.find(" ", low, start)
            low = space + 1 if space != -1 else low
        if high < para_end:
            space = text.rfind(" ", end, high)
            high = space if space != -1 else high
        para_start, para_end = low, high
    return para_start, para_end


def item(
    store: Store,
    entry: QueueItem,
    *,
    position: int = 1,
    total: int = 1,
    left: int | None = None,
) -> dict[str, Any]:
    """Everything a reviewer needs about one queued claim, as a JSON-ready dict.

    ``{"position", "queue_size", "left", "reason", "why", "claim": <show --json>,
    "held_matches": [match ids], "paragraph": {"start", "end", "text"}}``: ``queue_size``
    is the whole queue (with the filters given), ``left`` what the caller still has to go
    through, the claims it excluded left out (``total`` when not given).
    """
    claim = store.claim(entry.claim_id)
    document = store.document(claim["document_id"], with_text=True)
    text = document["text"]
    p_start, p_end = paragraph_span(text, claim["start"], claim["end"])
    return {
        "position": position,
        "queue_size": total,
        "left": total if left is None else left,
        "reason": entry.reason,
        "why": QUEUE_REASONS[entry.reason],
        "claim": claim,
        "held_matches": [m["match_id"] for m in claim["matches"] if m["needs_review"]],
        "paragraph": {"start": p_start, "end": p_end, "text": text[p_start:p_end]},
    }


def next_item(store: Store, **filters: Any) -> dict[str, Any] | None:
    """The most urgent queued claim as ``item`` describes it, or None when none waits."""
    exclude = filters.pop("exclude", frozenset())
    # One read gives the item and two counts, so a sitting's header and `review --next
    # --json` never disagree on one number: the whole queue (``total``), and what the
    # caller has left (``left``: the queue without the claims it excluded, a session's
    # skipped and acted-on ones). Excluded claims sort last, so the first row is the
    # item unless every claim waiting is excluded.
    wanted = {k: filters.pop(k, None) for k in ("story", "source", "document", "status", "marker")}
    if filters:
        raise TypeError(f"next_item() got unexpected filters {sorted(filters)}")
    sub, waiting = _queue_query(**wanted)
    skipped = sa.case((in_ids(sub.c.id, exclude), 1), else_=0) if exclude else sa.literal(0)
    with store.connect() as conn:
        _one_snapshot(conn)
        lookup.require(
            conn, story=wanted["story"], document=wanted["document"], source=wanted["source"]
        )
        query = (
            sa.select(
                sub.c.id,
                sub.c.checkworthiness,
                sub.c.tier,
                skipped.label("skipped"),
                sa.func.count().over().label("total"),
                sa.func.sum(1 - skipped).over().label("left"),
            )
            .where(_not_asked(conn, sub, waiting))
            .order_by(skipped, sub.c.tier, sub.c.checkworthiness.desc(), sub.c.id)
            .limit(1)
        )
        row = conn.execute(query).first()
    if row is None or row.skipped:
        return None
    first = QueueItem(row.id, _TIER_REASON[row.tier], float(row.checkworthiness))
    return item(store, first, total=int(row.total), left=int(row.left))
