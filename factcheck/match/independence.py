"""Independence: whether agreement between two documents is evidence or repetition.

Whether a match makes a claim *corroborated* depends on who said the other claim. A
reprint of a wire story, a sister paper in the same owner group, or an outlet whose
dateline or credit line names the wire it got the story from ("KESTROW (Coastal Wire) -")
repeats the original — it does not confirm it.

Dependence passes through all of these at once: a document depends on its own outlet,
on the outlet its credit names, on the original it is a near-copy of, on that
original's outlet and credit, and on every owner group of those outlets. Two documents
are independent only when none of this is shared, so a copy of a sister paper's story,
or of a story credited to a wire, is not independent of the wire either.

A conflict between two such documents is no dispute either: an outlet that changes a
figure from one report to the next has updated its story, and a reprint that changes
its original was edited, not contradicted by someone who checked. :func:`dependence`
says in words which link ties two documents, and :func:`revision` what a conflict
between them is to a reporter; ``status.claim_status`` lets only an independent conflict
make a claim *disputed*.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

__all__ = [
    "DocumentOrigin",
    "apart_from",
    "dependence",
    "independent",
    "revision",
    "set_apart",
]


def apart_from(story_reason: str | None) -> frozenset[int]:
    """The stories automatic assignment judged another event than a document's, read
    from its ``documents.story_reason`` (``{"apart_from": [id, ...]}``, written by
    ``stories.assign_document``); empty when it holds none or is no JSON object.

    The one reader of that field: the matcher (:attr:`DocumentOrigin.apart_from`) and
    story assignment (a story's documents pass it on to newcomers) read it alike.
    """
    if not story_reason or '"apart_from"' not in story_reason:
        return frozenset()
    try:
        reason = json.loads(story_reason)
    except ValueError:
        return frozenset()
    found = reason.get("apart_from") if isinstance(reason, dict) else None
    if not isinstance(found, list):
        return frozenset()
    return frozenset(i for i in found if isinstance(i, int) and not isinstance(i, bool))


@dataclass(frozen=True, slots=True)
class DocumentOrigin:
    """What independence needs to know about a document.

    ``depends_on`` holds the other outlets (source ids) its reporting comes from — the
    outlet a credit names, the outlet of the original it copies and that original's
    credit — and ``groups`` the owner groups of all of them; ``matcher.claim_facts``
    resolves both from the database.
    """

    document_id: int
    source_id: int
    owner_group: str | None = None
    copy_of: int | None = None
    depends_on: frozenset[int] = frozenset()
    groups: frozenset[str] = frozenset()
    #: The document's story: context-dependent claims are only compared within it.
    story_id: int | None = None
    #: The document's publication date: which of two dependent reports is the later one.
    published: date | None = None
    #: The story a person moved the document out of (``documents move``): they judged it
    #: a report of another event, so its claims and that story's are never matched.
    left_story: int | None = None
    #: Stories automatic assignment judged another event than this document's
    #: (``stories._another_event``: other day, and another subject or happening in the
    #: lead); its claims and theirs are never matched either.
    apart_from: frozenset[int] = frozenset()

    @property
    def original(self) -> int:
        """The document this text really comes from (itself unless it is a copy)."""
        return self.copy_of if self.copy_of is not None else self.document_id

    @property
    def outlets(self) -> frozenset[int]:
        """Every outlet this document's reporting comes from, its own included."""
        return self.depends_on | {self.source_id}

    @property
    def owner_groups(self) -> frozenset[str]:
        """Every owner group of those outlets, case-folded."""
        own = {self.owner_group} if self.owner_group else set()
        return frozenset(g.casefold() for g in self.groups | own)


def set_apart(a: DocumentOrigin, b: DocumentOrigin) -> bool:
    """Whether one of the two documents reports another event than the other's story.

    Said by a person (``documents move``: the story it left) or by story assignment (the
    stories whose leads date and tell another event, ``apart_from``). No claim of it
    then corroborates or disputes a claim of that story, whatever the relation and
    whether or not the claim names its event (a self-contained claim would otherwise
    still match across stories: "three killed" on Tuesday's train against "one killed"
    on Thursday's bus). Never within one story (after a person merged the two).
    """
    if a.story_id is not None and a.story_id == b.story_id:
        return False

    def left(x: DocumentOrigin, y: DocumentOrigin) -> bool:
        return y.story_id is not None and (y.story_id == x.left_story or y.story_id in x.apart_from)

    return left(a, b) or left(b, a)


def independent(a: DocumentOrigin, b: DocumentOrigin) -> bool:
    """Whether agreement between two documents is evidence, not repetition."""
    if a.outlets & b.outlets:
        return False
    if a.owner_groups & b.owner_groups:
        return False
    return a.original != b.original


def dependence(
    a: DocumentOrigin, b: DocumentOrigin, names: Mapping[int, str] | None = None
) -> str | None:
    """Why ``b``'s document is not independent of ``a``'s, in a reporter's words, or None.

    Seen from ``a`` ("this document"). The first link that holds is named, from the
    closest tie to the loosest: a reprint (``copy_of``), the same outlet, an outlet both
    carry reporting from (a credit or a copied original's outlet), an owner group.
    ``names`` maps source ids to outlet names (an id is shown when a name is missing).
    Returns None exactly when :func:`independent` is true.
    """
    if independent(a, b):
        return None

    def name(source_id: int) -> str:
        return (names or {}).get(source_id) or f"source {source_id}"

    if a.original == b.original:
        if a.copy_of == b.document_id:
            return f"this document reprints the other (document {b.document_id})"
        if b.copy_of == a.document_id:
            return f"the other document reprints this one (document {b.document_id})"
        return f"both reprint document {a.original}"
    if a.source_id == b.source_id:
        return f"same outlet: {name(a.source_id)}"
    shared = sorted(a.outlets & b.outlets, key=name)
    if shared:
        outlet = shared[0]
        if outlet == a.source_id:
            return f"the other document carries this outlet's reporting ({name(outlet)})"
        if outlet == b.source_id:
            return f"this document carries the other outlet's reporting ({name(outlet)})"
        return f"both carry reporting from {name(outlet)}"
    groups = sorted(a.owner_groups & b.owner_groups)
    return f"same owner group: {groups[0]}" if groups else "not independent"


def revision(a: DocumentOrigin, b: DocumentOrigin) -> str | None:
    """What a conflict between ``a``'s and ``b``'s documents is when they are not
    independent, seen from ``a``; None when they are independent (then it is a dispute).

    An outlet (or its copy, its wire, its owner group) that says otherwise in a later
    report has *updated* the story: the earlier claim is superseded, the later one is the
    update. A reprint that changes its original was edited. Neither is a second source
    contradicting the first, so neither makes a claim disputed (``status.claim_status``).
    """
    if independent(a, b):
        return None
    if a.original == b.original and (a.copy_of is not None or b.copy_of is not None):
        return "the reprint changed this: an edit of one report, not a dispute"
    if a.published is not None and b.published is not None and a.published != b.published:
        if b.published > a.published:
            return (
                f"superseded by a later report from the same source ({b.published.isoformat()})"
                ": an update, not a dispute"
            )
        return (
            f"updates an earlier report from the same source ({b.published.isoformat()})"
            ": an update, not a dispute"
        )
    return "the same source says otherwise elsewhere: not an independent dispute"
