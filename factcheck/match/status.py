"""Claim status: what a claim's decided matches add up to.

``relation.compare`` says how two claims relate and ``independence`` whether the two
sources count separately; this rule turns a claim's links into one word. It is a pure
function so that the pipeline can apply it incrementally and tests can state it plainly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["MatchLink", "claim_status", "counting_relation", "superseded_words"]


@dataclass(frozen=True, slots=True)
class MatchLink:
    """One decided match as status sees it.

    ``decision`` is a person's decision on the match (``corroborates``, ``conflicts`` or
    ``unrelated``), or None while only the automatic ``relation`` is known.
    """

    relation: str
    independent: bool
    needs_review: bool = False
    decision: str | None = None
    #: One of the two claims is superseded: its own source later reported otherwise
    #: (``matcher.superseded``), so it is no longer that source's account.
    superseded: bool = False


def claim_status(links: Iterable[MatchLink]) -> str:
    """``disputed`` beats ``corroborated`` beats ``unverified``.

    Both words need an independent source. A claim is disputed when an independent
    source states a conflicting version (the rule of the samples' README: "at least one
    independent outlet states a conflicting version"); a conflict with a reprint, with the
    same outlet's other report, with a sister paper or with the wire both carry is a
    revision of one source's account — an update or an edit, shown in words by
    ``independence.revision`` — and disputes nothing. Likewise corroboration needs an
    independent source. Pairs still waiting for review count for neither, so a borderline
    match can never quietly make a claim look confirmed. A person's decision replaces the
    automatic relation and ends the wait: ``unrelated`` removes the link, the other two
    count as if the machine had been sure (independence still applies to both).

    A claim its own source has superseded — the same outlet (or its wire, its owner
    group) later reported another figure or version, ``matcher.superseded`` — is no
    longer that source's account: its automatic links to other sources count for
    neither side, so an outlet's earlier count neither disputes nor corroborates what
    others report (the match is still stored and shown). A person's decision on such a
    link still counts: they judged that pair.
    """
    corroborated = False
    for link in links:
        relation = counting_relation(link)
        if relation == "conflicts":
            return "disputed"
        if relation == "corroborates":
            corroborated = True
    return "corroborated" if corroborated else "unverified"


def counting_relation(link: MatchLink) -> str | None:
    """What ``link`` counts as toward the statuses of its two claims: ``"conflicts"``,
    ``"corroborates"``, or None when it counts for neither.

    The one home of "which links count" (the rule of :func:`claim_status`, which the
    report's facts read too, so a fact is disputed exactly where its claims are): a
    person's decision counts as decided; otherwise a link counts only when it stands (not
    held for review) and neither claim is superseded; and only a link between independent
    sources counts at all. ``unrelated`` counts for neither.
    """
    if not link.independent:
        return None
    if link.decision is not None:
        relation = link.decision
    elif link.needs_review or link.superseded:
        return None
    else:
        relation = link.relation
    return relation if relation in ("conflicts", "corroborates") else None


def superseded_words(this: bool, other: bool) -> str | None:
    """Why a match with an independent source counts toward no status, in a reporter's
    words, when this claim (``this``) or the other (``other``) was superseded by its own
    source's later report (the rule of :func:`claim_status`); None when neither was."""
    if this:
        return (
            "earlier figure, updated by the same outlet since: this match counts toward "
            "no status"
        )
    if other:
        return (
            "the other claim is an earlier figure its outlet has updated since: this match "
            "counts toward no status"
        )
    return None
