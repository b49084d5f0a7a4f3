"""Facts of a story: which matched claims say the same thing, and who says otherwise.

A fact is read from the stored matches of a story's claims; no claims are compared again
here. Its parts:

* **Links.** Only *decided* matches that are not ``unrelated`` make facts (automatic or a
  person's decision). A match still waiting for review never joins two facts: it only
  says a person has something to decide (``_attach_held``), the rule statuses follow
  (``factcheck.match.claim_status``).
* **One claim, several facts.** A claim may say two things ("Shares fell 4% after the
  court ruled against the firm"), and its matches may be about either. Its links are
  sorted into *topics* before facts are joined (``_topics``): two links of one claim are
  about the same thing when the claims at their other ends are matched to each other,
  when both are conflicts on the same ground (the same two figures, the same pair of
  opposite verbs), or when the words the claim shares with each overlap (at least half of
  the smaller share). Two links that are each about another figure of the claim (one
  agrees on its "$54 million" budget, the other differs on its "$8 million" for the
  wall) are two topics whatever words they share. Links that fail all three, with words
  shared on both sides, are two topics, and the claim belongs to two facts. Without that
  evidence (no words shared) the links stay one topic, as before facts could split.
* **Reprints.** A claim of a near-copy written in the same words as a claim of its
  original is that claim repeated (``syndication.reprinted_claims``): the two are one
  unit whatever the matcher made of them, and the reprint's links to a third claim that
  count for no status stand only where its original has none (``_as_reprints``).
* **Positions.** Inside a fact, claims joined by a ``corroborates`` link say the same
  thing; so do two claims that each conflict with a third on the same ground (both give
  the same figure, or the same verb, against it: the two sides of one conflict). Two
  claims in a decided conflict are never one position, whatever chain of corroborations
  runs between them; a person's ``corroborates`` is joined before the matcher's. The
  position with the most outlets is what the fact *states*. Who is disputed follows the
  links that *count* toward the claims' statuses (``counts``: the rule of
  ``factcheck.match.status``): every position with a claim in a conflict that counts is a
  side of the dispute (``_sides``), so what ``factcheck claims`` calls disputed is stated
  or contradicts, and a fact is disputed exactly where such a conflict lies; a conflict
  within one outlet's own reporting is a ``revision`` (``factcheck.match.independence``),
  and a claim its outlet superseded is its earlier report.
* **Figures.** A claim in two facts shows, in each, the figures that fact is about (those
  the other claims of the fact or its reasons also name); a claim in one fact shows all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Generic, TypeVar

from factcheck.match.status import MatchLink, counting_relation
from factcheck.report.model import (
    STANCES,
    STATUSES,
    ClaimEntry,
    Fact,
    Position,
    Verdict,
    Wording,
)

__all__ = ["UnionFind", "group_facts"]

_K = TypeVar("_K", bound=Hashable)

Pair = dict[str, Any]
Node = tuple[int, int]
"""A claim in one of its topics: (claim id, topic key); topic 0 for a claim of one topic."""


class UnionFind(Generic[_K]):
    """Disjoint sets of hashable, ordered items; the representative of a set is its
    smallest member. The one union-find of the report (facts, stories, story joins)."""

    def __init__(self, items: Iterable[_K] = ()) -> None:
        self.parent: dict[_K, _K] = {i: i for i in items}

    def add(self, x: _K) -> None:
        self.parent.setdefault(x, x)

    def find(self, x: _K) -> _K:
        self.add(x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: _K, b: _K) -> _K:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            low, high = sorted((ra, rb))  # type: ignore[type-var]
            self.parent[high] = low
            return low
        return ra

    def groups(self) -> dict[_K, list[_K]]:
        out: dict[_K, list[_K]] = defaultdict(list)
        for x in sorted(self.parent):  # type: ignore[type-var]
            out[self.find(x)].append(x)
        return out


def group_facts(
    story_claims: Sequence[ClaimEntry],
    pairs: Sequence[Pair],
    claims: Mapping[int, ClaimEntry],
    copies: set[int],
    reprints: Mapping[int, int] | None = None,
    superseded: AbstractSet[int] = frozenset(),
) -> list[Fact]:
    """The facts of one story, most in need of attention first (see the module docstring).

    ``pairs`` are ``Store.match_pairs`` rows (those outside ``story_claims`` are ignored),
    ``claims`` every claim entry by id, ``copies`` the ids of documents that are near-copies
    of another, ``reprints`` each reprinted claim's original
    (``syndication.reprinted_claims``): a reprinted claim stands in its original's unit
    whatever the matcher said of the two (``_as_reprints``). A fact needs two claims and
    an independent link among them (a story and its reprint alone are repetition, not
    two outlets reporting). Fact ids are
    claim ids, one per fact: the smallest member not already the id of another fact of
    the story.
    """
    ids = {c.id for c in story_claims}
    story_pairs = [
        {**p, "counts": counts(p, superseded)}
        for p in pairs
        if p["claim_id"] in ids and p["other_claim_id"] in ids
    ]
    story_pairs, asked_aside = _as_reprints(
        story_pairs, reprints or {}, ids, {c: claims[c].document_id for c in ids}
    )
    linked = [p for p in story_pairs if p["relation"] != "unrelated"]
    decided = [p for p in linked if not p["needs_review"]]
    held = [p for p in linked if p["needs_review"]]
    topic_of = _topics(decided, claims)
    node_of: dict[tuple[int, int], Node] = {}  # (claim id, match id) -> node
    for p in decided:
        for me in (p["claim_id"], p["other_claim_id"]):
            node_of[(me, p["match_id"])] = (me, topic_of[(me, p["match_id"])])
    clusters: UnionFind[Node] = UnionFind()
    with_links = {cid for cid, _ in node_of}
    for cid in sorted(ids - with_links):
        clusters.add((cid, 0))
    for p in decided:
        clusters.union(
            node_of[(p["claim_id"], p["match_id"])], node_of[(p["other_claim_id"], p["match_id"])]
        )
    senses: dict[int, list[Node]] = defaultdict(list)
    for node in sorted(clusters.parent):
        senses[node[0]].append(node)
    for p in held:
        for me in (p["claim_id"], p["other_claim_id"]):
            node_of[(me, p["match_id"])] = _best_sense(me, p, senses[me], decided, node_of, claims)
    made = _attach_held(clusters, decided, held, node_of, claims, copies, superseded)

    # Each link to the fact it lies in (both ends in it), and each held match to the facts
    # it touches, in one pass over the links rather than one per fact.
    inside_of: dict[Node, list[Pair]] = defaultdict(list)
    for p in linked:
        ends = [node_of.get((c, p["match_id"])) for c in (p["claim_id"], p["other_claim_id"])]
        if ends[0] is not None and ends[1] is not None:
            root = clusters.find(ends[0])
            if clusters.find(ends[1]) == root:
                inside_of[root].append(p)
    pending_of: dict[Node, int] = defaultdict(int)
    for p in held:
        # Held matches from a member to a claim outside still wait for a person.
        for root in {clusters.find(node_of[(c, p["match_id"])]) for c in _ends(p)}:
            pending_of[root] += 1

    facts: list[tuple[list[int], list[Pair], int, _Grouping | None]] = []
    for root, nodes in clusters.groups().items():
        in_fact = set(nodes)
        members = sorted({cid for cid, _ in nodes})
        if len(members) < 2:
            continue
        inside = inside_of[root]
        if not any(p["independent"] for p in inside):
            continue  # a story and its reprint: repetition, not two outlets reporting
        pending = pending_of[root]
        # A held match set aside for a reprint (its original's link answers for it) still
        # waits for a person: counted once, with the first fact holding either claim.
        mine = set(members)
        for p in [p for p in asked_aside if {p["claim_id"], p["other_claim_id"]} & mine]:
            asked_aside.remove(p)
            pending += 1
        facts.append((members, inside, pending, made.get(frozenset(in_fact))))
    in_facts: dict[int, int] = defaultdict(int)
    for members, _, _, _ in facts:
        for cid in members:
            in_facts[cid] += 1
    built = [
        _fact(m, inside, claims, copies, pending, in_facts, grouping, superseded, reprints or {})
        for m, inside, pending, grouping in facts
    ]
    built = _unique_ids(built, [m for m, _, _, _ in facts])
    order = {s: i for i, s in enumerate(STATUSES)}
    built.sort(key=lambda f: (order.get(f.status, 9), -len(f.stated_by), f.id))
    return built


def _ends(p: Pair) -> tuple[int, int]:
    return p["claim_id"], p["other_claim_id"]


def counts(p: Pair, superseded: AbstractSet[int]) -> str | None:
    """What the match row ``p`` (``Store.match_pairs``) counts as toward its claims'
    statuses: ``"conflicts"``, ``"corroborates"`` or None. The rule is
    ``factcheck.match.status.counting_relation``, the one the claims' statuses follow
    (``superseded``: the claims their own outlet superseded), so the report's disputes
    are the claims' disputes."""
    return counting_relation(
        MatchLink(
            p["relation"],
            bool(p["independent"]),
            bool(p["needs_review"]),
            p.get("decision"),
            p["claim_id"] in superseded or p["other_claim_id"] in superseded,
        )
    )


# -- reprints: a copy's claim is its original's -------------------------------------------


def _as_reprints(
    pairs: Sequence[Pair],
    reprints: Mapping[int, int],
    ids: set[int],
    document_of: Mapping[int, int] | None = None,
) -> tuple[list[Pair], list[Pair]]:
    """The story's links as the report reads them once reprints are known, and the held
    matches set aside.

    A link that counts toward the claims' statuses (``counts``: a person's decision, or
    a standing independent link of claims still their outlets' account) always stands as
    it is: the report never sets aside what makes a claim disputed or corroborated in
    ``factcheck claims``. Otherwise a reprinted claim is its original's claim repeated,
    so whatever the matcher made of the two (a conflict because "next week" was read
    from the reprint's later day, a match held for review, or no match at all), they are
    one report: the link between
    them reads as a standing dependent ``corroborates`` marked ``reprint`` (one is added,
    with a negative match id, where none was stored). The links of a reprinted claim to
    a third claim stand only where its original has none with that claim: the original's
    link answers for both (a reprint never adds a second, independent voice, and never
    a conflict its original does not have). Held matches set aside so still wait for a
    person (counted as pending reviews by ``group_facts``).

    A link that counts for nothing between two claims that are, once reprints are read as
    their originals, two sentences of one document (``document_of``: claim id → document
    id) links nothing: the store never compares two claims of one article, so a match
    between one sentence of an original and another sentence of its reprint (stored
    before the matcher ruled such pairs out, or decided by a person) is no version of
    either; it would pull a unit corroborated on its own into another fact. Held, it
    still waits for a person.
    """
    if not reprints:
        return list(pairs), []

    def root(c: int) -> int:
        o = reprints.get(c, c)
        return o if o in ids else c

    def rank(p: Pair) -> int:  # how many of its ends stand in for another claim
        return sum(root(c) != c for c in (p["claim_id"], p["other_claim_id"]))

    best: dict[frozenset[int], int] = {}
    for p in pairs:
        key = frozenset((root(p["claim_id"]), root(p["other_claim_id"])))
        if len(key) == 2:
            best[key] = min(best.get(key, 2), rank(p))
    out: list[Pair] = []
    aside: list[Pair] = []
    joined: set[int] = set()
    for p in pairs:
        a, b = p["claim_id"], p["other_claim_id"]
        key = frozenset((root(a), root(b)))
        if (
            len(key) == 2
            and document_of is not None
            and not p.get("counts")
            and (root(a) != a or root(b) != b)
            and document_of.get(root(a)) == document_of.get(root(b))
        ):
            if p["needs_review"]:
                aside.append(p)
        elif len(key) == 1 and p.get("counts") == "conflicts":
            # The store judged the reprint independent of its original and their conflict
            # counts: the two dispute each other in their statuses, so they stand apart.
            joined.update(c for c in (a, b) if root(c) != c)
            out.append(p)
        elif len(key) == 1:
            joined.update(c for c in (a, b) if root(c) != c)
            if p["needs_review"]:
                aside.append(p)
            out.append(
                {
                    **p,
                    "relation": "corroborates",
                    "needs_review": False,
                    "independent": False,
                    "decision": None,
                    "reprint": True,
                }
            )
        elif rank(p) > best[key] and not p.get("counts"):
            if p["needs_review"]:
                aside.append(p)
        else:
            out.append(p)
    for copy in sorted(c for c in ids if root(c) != c and c not in joined):
        a, b = sorted((copy, root(copy)))
        out.append(
            {
                "match_id": -copy,
                "claim_id": a,
                "other_claim_id": b,
                "relation": "corroborates",
                "score": 1.0,
                "needs_review": False,
                "independent": False,
                "reasons": [],
                "decision": None,
                "reprint": True,
                "counts": None,
            }
        )
    return out, aside


# -- topics: which links of a claim are about the same thing ------------------------------


def _topics(
    decided: Sequence[Pair], claims: Mapping[int, ClaimEntry]
) -> dict[tuple[int, int], int]:
    """(claim id, match id) → the topic of that link at that claim (a match id; 0 when the
    claim has one topic).

    Two links of a claim are one topic when the claims at their other ends are linked to
    each other, when both are conflicts on one ground (``_grounds``), or when the words the
    claim shares with each overlap (``_same_words``); see the module docstring.
    """
    by_claim: dict[int, list[tuple[int, Pair]]] = defaultdict(list)
    for p in decided:
        by_claim[p["claim_id"]].append((p["other_claim_id"], p))
        by_claim[p["other_claim_id"]].append((p["claim_id"], p))
    joined = {frozenset((p["claim_id"], p["other_claim_id"])) for p in decided}
    out: dict[tuple[int, int], int] = {}
    for me, links in by_claim.items():
        topics: UnionFind[int] = UnionFind(p["match_id"] for _, p in links)
        for i, (x, px) in enumerate(links):
            for y, py in links[i + 1 :]:
                if topics.find(px["match_id"]) == topics.find(py["match_id"]):
                    continue
                if frozenset((x, y)) in joined or _grounds(px) & _grounds(py):
                    topics.union(px["match_id"], py["match_id"])
                    continue
                on_x, on_y = _figures_at(me, px, claims), _figures_at(me, py, claims)
                if on_x and on_y and not on_x & on_y:
                    # Each link is about another figure of the claim ("$54 million budget
                    # … puts $8 million into the wall": agreed on the budget with one
                    # outlet, disputed on the wall with another): two facts, however
                    # many words ("budget", "million") the two share (tester9f F8).
                    continue
                if _same_words(claims[me], claims[x], claims[y]):
                    topics.union(px["match_id"], py["match_id"])
        roots = {topics.find(p["match_id"]) for _, p in links}
        for _, p in links:
            out[(me, p["match_id"])] = 0 if len(roots) == 1 else topics.find(p["match_id"])
    return out


def _figures_at(me: int, p: Pair, claims: Mapping[int, ClaimEntry]) -> frozenset[tuple[str, ...]]:
    """The figures of claim ``me`` that the decided link ``p`` is about, as value keys
    (``_value_key``): those its "numbers agree: …" reason names, or ``me``'s side of a
    "figures differ: x vs y" (the stored reason gives ``claim_id``'s value first). Only
    figures ``me`` itself writes that way count (its entry's ``figures``), so a figure the
    other claim writes otherwise ("54,000,000" for "$54 million") gives no key. Empty when
    the link names no figure of ``me``."""
    found: set[tuple[str, ...]] = set()
    for reason in p.get("reasons") or ():
        name, _, detail = str(reason).partition(":")
        name = name.strip().casefold()
        if name == "numbers agree":
            # Figures are joined by ", "; a figure's own comma ("1,200") has no space.
            found |= {_value_key(v) for v in detail.split(", ") if v.strip()}
        elif name == "figures differ":
            m = _VALUES.match(str(reason))
            if m is not None:
                found.add(_value_key(m.group("a" if p["claim_id"] == me else "b")))
    own = {_value_key(f) for f in claims[me].figures}
    return frozenset(k for k in found & own if k and k[0][:1].isdigit())


def _same_words(me: ClaimEntry, x: ClaimEntry, y: ClaimEntry) -> bool:
    """Whether what ``me`` shares with ``x`` and with ``y`` is about one thing: at least half
    of the smaller shared set is in both; true when either shares nothing (no evidence of
    two topics, so the links are not split)."""
    mine = _content(me.text)
    with_x, with_y = mine & _content(x.text), mine & _content(y.text)
    if not with_x or not with_y:
        return True
    return 2 * len(with_x & with_y) >= min(len(with_x), len(with_y))


def _best_sense(
    me: int,
    held: Pair,
    senses: Sequence[Node],
    decided: Sequence[Pair],
    node_of: Mapping[tuple[int, int], Node],
    claims: Mapping[int, ClaimEntry],
) -> Node:
    """The topic of ``me`` a held match is about: the one whose decided links share most
    words with what the held match's two claims share (the first topic on a tie)."""
    if len(senses) == 1:
        return senses[0]
    other = held["other_claim_id"] if held["claim_id"] == me else held["claim_id"]
    shared = _content(claims[me].text) & _content(claims[other].text)

    def fit(node: Node) -> int:
        words: set[str] = set()
        for p in decided:
            if node_of.get((me, p["match_id"])) == node:
                far = p["other_claim_id"] if p["claim_id"] == me else p["claim_id"]
                words |= _content(claims[far].text)
        return len(shared & words)

    return max(senses, key=lambda n: (fit(n), -n[1]))


_TOKEN = re.compile(r"[^\W_]+(?:[.,]\d+)*%?")
_CONTEXT_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
        "morning",
        "afternoon",
        "evening",
        "night",
        "week",
        "month",
        "year",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "said",
        "says",
        "told",
        "according",
    ]
)


@lru_cache(maxsize=4096)
def _content(text: str) -> frozenset[str]:
    """The content words and figures of a claim, lemmatised ("fell" → "fall", "shares" →
    "share"). Function words are left out, and so are days, months and reporting verbs:
    every claim of one event shares them, so they say nothing about which fact it is on."""
    from factcheck.claim_lexicon import lemmas
    from factcheck.normalize import lexicon

    stop = lexicon().stopwords
    out: set[str] = set()
    for word in _TOKEN.findall(text.casefold()):
        if word in stop or word in _CONTEXT_WORDS or (len(word) < 2 and not word.isdigit()):
            continue
        found = lemmas(word) if word.isalpha() else {}
        lemma = next(iter(found.get("NOUN", ()) or found.get("VERB", ()) or ()), word)
        if lemma not in _CONTEXT_WORDS:
            out.add(lemma)
    return frozenset(out)


# Disagreements with two sides only (``factcheck.match.relation``): a claim asserts what
# the other denies.
_TWO_SIDED = frozenset({"asserted vs denied"})
_VALUES = re.compile(r"^(?P<name>[^:]+):\s*(?P<a>.+?)\s+vs\s+(?P<b>.+?)$")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _grounds(p: Pair) -> frozenset[tuple[str, frozenset[tuple[str, ...]]]]:
    """What a decided conflict disagrees on: each reason of the form "name: x vs y" ("figures
    differ: 4,500 vs 3,000", "opposite verbs: grant vs reject") as its name and the two
    values, unordered, and an "asserted vs denied" reason as its name and what is denied.
    A value is the numbers it holds ("about 2,500" and "roughly 2,500" are one value) or
    else its words. Empty for any other link."""
    if p["relation"] != "conflicts":
        return frozenset()
    out: set[tuple[str, frozenset[tuple[str, ...]]]] = set()
    for reason in p.get("reasons") or ():
        name, _, detail = str(reason).partition(":")
        if name.strip().casefold() in _TWO_SIDED:
            # One proposition, asserted on one side and denied on the other: whoever
            # conflicts with the same claim on it takes the same side.
            out.add((name.strip().casefold(), frozenset({(detail.strip().casefold(),)})))
            continue
        m = _VALUES.match(str(reason))
        if m is None:
            continue
        values = frozenset(_value_key(m.group(v)) for v in ("a", "b"))
        if len(values) == 2:
            out.add((m.group("name").strip().casefold(), values))
    return frozenset(out)


def _value_key(value: str) -> tuple[str, ...]:
    numbers = tuple(n.replace(",", "") for n in _NUMBER.findall(value))
    return numbers or tuple(value.casefold().split())


# -- held matches -------------------------------------------------------------------------


def _attach_held(
    clusters: UnionFind[Node],
    decided: Sequence[Pair],
    held: Sequence[Pair],
    node_of: Mapping[tuple[int, int], Node],
    claims: Mapping[int, ClaimEntry],
    copies: set[int],
    superseded: AbstractSet[int] = frozenset(),
) -> dict[frozenset[Node], _Grouping]:
    """Put what only held matches link beside the fact it may belong to, and no further;
    return the grouping (``_group``) of each fact it may attach to, by the fact's nodes
    before any attachment (a fact that took nothing is grouped once, here).

    Facts are made of decided links (automatic or a person's): a held match is a question,
    not an answer. So it never joins two facts, and a chain of them never pulls in a claim
    that was never compared with what a fact states. Held matches are taken best first
    (score, then match id). A claim that is part of no fact (alone, or only with its own
    reprints) joins a fact through a held match with the position the fact states, shown
    "to review"; held against a claim that contradicts the fact, it is that claim's
    question, counted as pending but not shown. Two claims that are part of no fact and
    held against each other make a fact of their own that waits for a person; it takes a
    further claim of no fact only where that claim is held against the part of the two it
    states (the one with more outlets reporting on their own, then more outlets, more
    claims, the smaller id): a second speaker's denial of what an outlet states. Never a
    chain.
    """
    groups = clusters.groups()
    main: dict[Node, set[int]] = {}
    made: dict[frozenset[Node], _Grouping] = {}
    # A decided link joins its two ends: it lies in the one cluster of both.
    inside_of: dict[Node, list[Pair]] = defaultdict(list)
    for p in decided:
        inside_of[clusters.find(node_of[(p["claim_id"], p["match_id"])])].append(p)
    for p in decided:
        if not p["independent"]:
            continue
        root = clusters.find(node_of[(p["claim_id"], p["match_id"])])
        if root not in main:
            members = sorted({cid for cid, _ in groups[root]})
            nodes = frozenset(groups[root])
            grouping = _group(members, inside_of[root], claims, copies, superseded)
            made[nodes] = grouping
            main[root] = set(grouping.groups[grouping.main])
    # A fact only held matches make: the claims of the part of the two that made it which
    # it states, which a further claim of no fact may be held against (never a chain).
    held_facts: dict[Node, set[int]] = {}
    merged: dict[Node, set[int]] = {}  # claims of clusters joined here, by their root

    def claims_of(root: Node) -> set[int]:
        return merged.get(root) or {cid for cid, _ in groups.get(root, ())}

    def stating(part: set[int]) -> tuple[int, int, int, int]:
        # As ``_group`` weighs positions: outlets reporting on their own first.
        own = {
            claims[c].source
            for c in part
            if claims[c].document_id not in copies and c not in superseded
        }
        return (len(own), len({claims[c].source for c in part}), len(part), -min(part))

    for p in sorted(held, key=lambda p: (-p["score"], p["match_id"])):
        ends = [node_of[(c, p["match_id"])] for c in (p["claim_id"], p["other_claim_id"])]
        ra, rb = (clusters.find(n) for n in ends)
        if ra == rb:
            continue
        anchored = [
            (root, node)
            for root, node in zip((ra, rb), ends, strict=True)
            if root in main or root in held_facts
        ]
        if len(anchored) == 1:
            root, node = anchored[0]
            if root in held_facts:
                if node[0] not in held_facts[root]:
                    continue
                anchor = held_facts.pop(root)
                held_facts[clusters.union(ra, rb)] = anchor
                continue
            if node[0] not in main[root]:
                continue
            stated = main.pop(root)
            main[clusters.union(ra, rb)] = stated
        elif not anchored:
            parts = (claims_of(ra), claims_of(rb))
            joined = clusters.union(ra, rb)
            merged[joined] = parts[0] | parts[1]
            if p["independent"]:
                held_facts[joined] = max(parts, key=stating)
    return made


# -- positions inside a fact ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Layout:
    """How a fact's claims stand: ``groups`` maps a position key to its claim ids (sorted),
    ``main`` is the key of the position the fact states, ``stances`` the stance of every
    other claim (``STANCES``) and ``status`` the fact's status, read from the stances."""

    groups: dict[int, list[int]]
    main: int
    stances: dict[int, str]
    status: str
    earlier: frozenset[int] = frozenset()
    """Claims of the stated position shown as their outlet's earlier report (superseded)."""


def _arrange(
    members: Sequence[int],
    edges: Sequence[Pair],
    claims: Mapping[int, ClaimEntry],
    copies: set[int],
    grouping: _Grouping | None = None,
    superseded: AbstractSet[int] = frozenset(),
) -> _Layout:
    """Positions, stances and status of one fact, all read from one grouping.

    ``grouping`` is ``_group`` of the same members and standing links when the caller has
    it already (``_attach_held`` groups every fact it may attach to): the held links
    only change the stances, never the positions, so the grouping is made once a fact.

    1. *Links that stand*: decided matches (a held match is a question, not an answer).
    2. *Copies join their original*: a claim of a near-copy document and the claim it
       reprints (a link marked ``reprint`` by ``_as_reprints``, or a dependent
       ``corroborates`` between two outlets) are one unit, so a reprint always sits
       beside its original.
    3. *Positions*: units joined by a standing ``corroborates`` (a person's decision
       first, then the matcher's, so when a chain would join two units in conflict the
       person's link stays) or by each conflicting with a third unit on the same ground;
       two units with a standing conflict between any of their claims are never joined
       (a person's decision replaces the matcher's on that match only: a reprint's own
       automatic conflict still stands).
    4. *The stated position* has the most outlets reporting on their own (a reprint adds
       none), among positions with a standing link to another.
    5. *Stances*: every position with a claim in a conflict that counts toward the
       claims' statuses is a side (``_sides``): ``contradicts`` when the conflict is with
       the stated position, or when no link that counts agrees with the stating side;
       else ``states``. In a contradicting position, a claim of an outlet that states the
       fact, tied to its stated claim by a dependent match, is that outlet's version
       (``revision``, or ``review`` while the only tie is held) unless a conflict of its
       own counts. A position whose conflicts with the stated one count for nothing is a
       version of the same outlet's reporting, or ``review`` / ``related`` (a conflict
       with an outlet's superseded figure); one the stated one both agrees and conflicts
       with by such links, or only a held match ties to it, waits for ``review``; any
       other is ``related``. A claim its outlet superseded is ``revision`` (its earlier
       report), and a claim in a conflict that counts is always on its side.
    6. *Status*: ``disputed`` exactly when a conflict that counts lies in the fact; else
       ``corroborated`` when a link that counts agrees on the stating side; else
       ``unverified``.
    """
    standing = [p for p in edges if not p["needs_review"]]
    g = grouping or _group(members, standing, claims, copies, superseded)
    units, positions, groups, main = g.units, g.positions, g.groups, g.main
    main_units, kinds, own_units = g.main_units, g.kinds, g.own_units
    held_with_main = {
        positions.find(units.find(x))
        for p in edges
        if p["needs_review"]
        for x, y in (
            (p["claim_id"], p["other_claim_id"]),
            (p["other_claim_id"], p["claim_id"]),
        )
        if units.find(y) in main_units
    }
    # Who states the fact in a report of their own that is still their account (a reprint
    # carries another's report; a superseded claim is no longer its outlet's account), and
    # the claims elsewhere that are that same reporting: tied to such a stated claim by a
    # match that is not independent (the same outlet's other report, its wire, its owner
    # group), standing or held. Such a claim is never a contradicting side: it is a version
    # of what its outlet states (``revision``), or waits for a person while the only tie is
    # held (``review``). An outlet's name alone ties nothing: two claims of one article
    # (two speakers it quotes), or of two reports the store judged independent, each
    # stand for themselves, as in the claims' statuses.
    stated_own = [
        c for c in groups[main] if claims[c].document_id not in copies and c not in superseded
    ]
    tied: set[int] = set()
    tied_held: set[int] = set()
    for p in edges:
        if p["independent"]:
            continue
        for x, y in ((p["claim_id"], p["other_claim_id"]), (p["other_claim_id"], p["claim_id"])):
            if y in stated_own and x not in groups[main]:
                (tied_held if p["needs_review"] else tied).add(x)

    def own(c: int) -> bool:
        return units.find(c) in own_units or c in tied or c in tied_held

    def version(c: int) -> str:
        standing_tie = units.find(c) in own_units or c in tied
        return "review" if c in tied_held and not standing_tie else "revision"

    # A stated claim its own outlet superseded is that outlet's earlier report, unless a
    # person's decision on its own match counts (then it is corroborated or disputed in
    # ``claims``, and stands on its side).
    voiced = g.counted | g.agreeing
    stances: dict[int, str] = {
        c: "revision" if c in superseded and c not in voiced else "states" for c in groups[main]
    }
    sides = g.sides
    for pkey, cids in groups.items():
        if pkey == main:
            continue
        seen = kinds[pkey]
        side = sides.get(pkey)
        if side == "states":
            stance = "states"
        elif side == "contradicts":
            # A position contradicts for its independent outlets' sake only: the claims
            # in it of outlets that state the fact are their own versions of it (unless
            # a conflict of their own counts: then they contradict, below).
            for c in cids:
                stances[c] = version(c) if own(c) and c not in voiced else "contradicts"
            continue
        elif seen & {"conflicts", "conflicts-aside"} and "corroborates" in seen:
            stance = "review"  # agrees with part of what is stated, conflicts with part
        elif seen & {"conflicts", "conflicts-aside"}:
            # A conflict that counts toward no status: with the same outlet's (or its
            # wire's, its group's) other report, whose claims are versions of it, or with
            # an outlet's superseded figure. No dispute: another outlet's claim beside
            # them waits for a person when a held match ties it to what is stated, else
            # it is only related.
            for c in cids:
                stances[c] = (
                    version(c) if own(c) else ("review" if pkey in held_with_main else "related")
                )
            continue
        elif pkey in held_with_main:
            stance = "review"
        else:
            stance = "related"
        for c in cids:
            stances[c] = stance
    # An outlet's superseded claim (and the reprints of it) is its earlier report, wherever
    # it sits, unless a link of its own counts (a person judged that pair).
    earlier = frozenset(c for c in members if units.find(c) in g.earlier_units and c not in voiced)
    for c in earlier:
        stances[c] = "revision"
    # Every claim in a link that counts is on a side: what ``claims`` calls disputed or
    # corroborated is never shown as a version, a question or a related claim.
    for c in voiced:
        side = (
            "states"
            if positions.find(units.find(c)) == main
            else sides.get(positions.find(units.find(c)), "contradicts")
        )
        stances[c] = side
    if g.counted:
        status = "disputed"
    elif g.agreed:
        status = "corroborated"
    else:
        status = "unverified"
    return _Layout(groups=dict(groups), main=main, stances=stances, status=status, earlier=earlier)


@dataclass(frozen=True, slots=True)
class _Grouping:
    """What the standing links of a fact make of its claims (steps 1-4 of ``_arrange``):
    ``units`` (a claim and its reprints), ``positions`` over units, ``groups`` (position key
    → claim ids, sorted), the stated position ``main`` and its ``main_units``, ``kinds``
    (position key → the relations linking it to the stated one), ``own_units`` (units
    with a standing link to the same outlet's stated claim, or a dependent one) and
    ``agreed`` (two independent claims of the stated position agree through a standing
    link)."""

    units: _Positions
    positions: _Positions
    groups: dict[int, list[int]]
    main: int
    main_units: set[int]
    kinds: dict[int, set[str]]
    own_units: set[int]
    agreed: bool
    sides: dict[int, str]
    """Position key → ``states`` or ``contradicts`` for every position (the stated one
    included) with a claim in a conflict that counts (``counts``): the sides of the
    fact's disputes, as the claims' statuses have them; and ``states`` for a position a
    link that counts ties in agreement to the stating side (``_sides``)."""
    counted: frozenset[int]
    """Claims with a conflict that counts inside the fact: disputed in ``claims``."""
    agreeing: frozenset[int]
    """Claims with an agreement that counts inside the fact: corroborated in ``claims``
    unless disputed too."""
    earlier_units: frozenset[int]
    """Units whose outlet superseded them (a claim of its own report, or a reprint's
    claim when the reprint alone is superseded): shown as the outlet's earlier report."""


def _group(
    members: Sequence[int],
    standing: Sequence[Pair],
    claims: Mapping[int, ClaimEntry],
    copies: set[int],
    superseded: AbstractSet[int] = frozenset(),
) -> _Grouping:
    """Steps 1-4 of ``_arrange``, from the standing links alone (see its docstring)."""
    # A claim and its reprints are one unit, except two claims whose conflict counts
    # toward their statuses (a person's decision, or a store that judged them
    # independent): they dispute each other in ``claims``, so they are never one unit.
    units = _Positions(members)
    for p in standing:
        if p.get("counts") == "conflicts":
            units.keep_apart(p["claim_id"], p["other_claim_id"])
    for p in standing:
        a, b = p["claim_id"], p["other_claim_id"]
        if p.get("reprint") or (
            p["relation"] == "corroborates"
            and not p["independent"]
            and claims[a].source != claims[b].source
            and (claims[a].document_id in copies or claims[b].document_id in copies)
        ):
            units.join(a, b)
    positions = _Positions(units.find(c) for c in members)
    for p in standing:
        ua, ub = units.find(p["claim_id"]), units.find(p["other_claim_id"])
        if ua != ub and p["relation"] == "conflicts":
            positions.keep_apart(ua, ub)
    # People's agreements first: when a chain would join two units in conflict, the link
    # a person decided stays and the matcher's breaks.
    agreements = sorted(
        (p for p in standing if p["relation"] == "corroborates"),
        key=lambda p: (not p.get("decision"), p["match_id"]),
    )
    for p in agreements:
        positions.join(units.find(p["claim_id"]), units.find(p["other_claim_id"]))
    # The two sides of one conflict: units that conflict with a third on the same ground.
    against: dict[tuple[int, Any], list[int]] = defaultdict(list)
    for p in standing:
        if p["relation"] == "conflicts" and p["independent"]:
            ua, ub = units.find(p["claim_id"]), units.find(p["other_claim_id"])
            for ground in _grounds(p):
                against[(ua, ground)].append(ub)
                against[(ub, ground)].append(ua)
    for sides in against.values():
        for other in sides[1:]:
            positions.join(sides[0], other)

    groups: dict[int, list[int]] = defaultdict(list)
    for cid in sorted(members):
        groups[positions.find(units.find(cid))].append(cid)
    linked_positions = {
        positions.find(units.find(c))
        for p in standing
        if units.find(p["claim_id"]) != units.find(p["other_claim_id"])
        for c in (p["claim_id"], p["other_claim_id"])
    }

    def weight(key: int) -> tuple[int, int, int, int]:
        cids = groups[key]
        # An outlet counts where it reports on its own and the claim is still its account:
        # not a reprint of another's report, not superseded by its own later report. A
        # position of superseded claims and reprints alone states nothing while another
        # position holds an outlet's current account (its outlets break ties only).
        own = {
            claims[c].source
            for c in cids
            if claims[c].document_id not in copies and c not in superseded
        }
        return (len(own), len({claims[c].source for c in cids}), len(cids), -key)

    main = max([k for k in groups if k in linked_positions] or list(groups), key=weight)
    main_units = {units.find(c) for c in groups[main]}
    # What links each other position to the stated one.
    kinds: dict[int, set[str]] = defaultdict(set)
    own_units: set[int] = set()
    for p in standing:
        a, b = p["claim_id"], p["other_claim_id"]
        ua, ub = units.find(a), units.find(b)
        for mine, far, y in ((ua, ub, b), (ub, ua, a)):
            # A version of what an outlet states is tied to its stated claim by a match
            # that is not independent (the store's own judgement, as statuses use it), and
            # only to the outlet's own report that is still its account: not a reprint it
            # carries of another's, not a claim its own later report superseded.
            if (
                far in main_units
                and mine not in main_units
                and claims[y].document_id not in copies
                and y not in superseded
                and not p["independent"]
            ):
                own_units.add(mine)
    for p in standing:
        ua, ub = units.find(p["claim_id"]), units.find(p["other_claim_id"])
        for mine, far in ((ua, ub), (ub, ua)):
            if far in main_units and mine not in main_units:
                # A conflict is the same outlet's other version (not independent), or
                # one between independent outlets that counts toward no status (an end
                # is its outlet's superseded figure): "conflicts-aside".
                kinds[positions.find(mine)].add(
                    "conflicts-aside"
                    if p["relation"] == "conflicts" and p["independent"]
                    else p["relation"]
                )
    dispute_sides, counted = _sides(standing, units, positions, main)
    stating = {k for k, side in dispute_sides.items() if side == "states"} | {main}
    agreed = any(
        p.get("counts") == "corroborates"
        and {positions.find(units.find(c)) for c in _ends(p)} <= stating
        for p in standing
    )
    earlier_units: set[int] = set()
    for c in members:
        if c in superseded and (
            claims[c].document_id not in copies
            or _all_superseded(units.find(c), members, units, superseded)
        ):
            earlier_units.add(units.find(c))
    return _Grouping(
        units,
        positions,
        dict(groups),
        main,
        main_units,
        kinds,
        own_units,
        agreed,
        dispute_sides,
        counted,
        frozenset(c for p in standing if p.get("counts") == "corroborates" for c in _ends(p)),
        frozenset(earlier_units),
    )


def _all_superseded(
    unit: int, members: Sequence[int], units: _Positions, superseded: AbstractSet[int]
) -> bool:
    return all(c in superseded for c in members if units.find(c) == unit)


def _sides(
    standing: Sequence[Pair], units: _Positions, positions: _Positions, main: int
) -> tuple[dict[int, str], frozenset[int]]:
    """The sides of the fact's disputes: every position with a claim in a conflict that
    counts toward the claims' statuses (``counts``) is on the stating side (``states``)
    or the contradicting one (``contradicts``), so every claim ``factcheck claims`` calls
    disputed is on one of them; and the claims in such conflicts. A position in no such
    conflict with a claim whose agreement counts states too (``claims`` calls that claim
    corroborated), whatever links that count for nothing tie it to the stated position.

    The stated position states. Another position states when a link that counts agrees
    with the stated position and none that counts conflicts with the stated position or
    with a position already on the stating side (positions taken by key); any other
    contradicts. So each conflict that counts has a contradicting end, and a fact with one
    is disputed and names who contradicts it.
    """
    conflicts: dict[int, set[int]] = defaultdict(set)
    agrees: dict[int, set[int]] = defaultdict(set)
    counted: set[int] = set()
    agreed_within: set[int] = set()
    for p in standing:
        kind = p.get("counts")
        if kind is None:
            continue
        a, b = (positions.find(units.find(c)) for c in _ends(p))
        if a == b:
            if kind == "corroborates":
                agreed_within.add(a)
            continue
        if kind == "conflicts":
            counted.update(_ends(p))
            conflicts[a].add(b)
            conflicts[b].add(a)
        else:
            agrees[a].add(b)
            agrees[b].add(a)
    sides = {main: "states"} if main in conflicts else {}
    for key in sorted(conflicts):
        if key == main:
            continue
        stating = {k for k, side in sides.items() if side == "states"} | {main}
        agree = bool(agrees[key] & stating)
        sides[key] = "states" if agree and not conflicts[key] & stating else "contradicts"
    # The corroborated direction: a position in no conflict that counts with a claim
    # whose agreement counts (with the stating side, within the position, or with another
    # position only links that count for nothing tie to it: an outlet's other version)
    # states: its claims are corroborated in ``claims``, so they are never only a version
    # or a question.
    for key in (agreed_within | set(agrees)) - set(sides):
        sides[key] = "states"
    return sides, frozenset(counted)


class _Positions:
    """Disjoint sets of units that keep apart units in conflict: ``join`` refuses to merge
    two sets when a unit of one is kept apart from a unit of the other. Each set keeps its
    members and the sets it is apart from, so a join costs the smaller set's conflicts,
    not a scan of every member."""

    def __init__(self, items: Iterable[int]) -> None:
        self._sets: UnionFind[int] = UnionFind(items)
        self._members: dict[int, set[int]] = {x: {x} for x in self._sets.parent}
        self._apart: dict[int, set[int]] = defaultdict(set)

    def find(self, x: int) -> int:
        return self._sets.find(x)

    def keep_apart(self, a: int, b: int) -> None:
        self._apart[a].add(b)
        self._apart[b].add(a)

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        small, big = sorted((ra, rb), key=lambda r: len(self._members[r]))
        if any(self.find(e) == big for u in self._members[small] for e in self._apart[u]):
            return
        root = self._sets.union(ra, rb)
        self._members[root] = self._members.pop(small) | self._members.pop(big)


def _fact(
    members: list[int],
    edges: list[Pair],
    claims: Mapping[int, ClaimEntry],
    copies: set[int],
    pending: int,
    in_facts: Mapping[int, int],
    grouping: _Grouping | None = None,
    superseded: AbstractSet[int] = frozenset(),
    reprints: Mapping[int, int] | None = None,
) -> Fact:
    """One fact of ``members`` from its links ``edges``; positions, stances and status come
    from one grouping (``_arrange``; ``grouping`` when already made of these members).
    ``reprints`` (``syndication.reprinted_claims``) says which claims are marked "(copy)"."""
    reprints = reprints or {}
    layout = _arrange(members, edges, claims, copies, grouping, superseded)
    groups = layout.groups

    def outlets(cids: list[int]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(claims[c].source for c in cids))

    from factcheck.report.gather import figure_wording  # gather imports this module

    figures_of = _fact_figures(members, edges, claims, in_facts)
    # Figures say what differs only when the positions state different ones ("about 400"
    # vs "more than 900"); "refused in March" vs "granted in March" needs the words.
    figure_sets = {frozenset(f for c in cids for f in figures_of[c]) for cids in groups.values()}
    by_figures = len(figure_sets) == len(groups) and frozenset() not in figure_sets
    if by_figures:
        # A figure worded alike on two sides ("six months" stated, "six months"
        # contradicting: they differ on a day the figures do not name) tells the reader
        # nothing: the wordings show what differs.
        seen: dict[str, int] = {}
        for key, cids in groups.items():
            for c in cids:
                if seen.setdefault(figure_wording(figures_of[c]), key) != key:
                    by_figures = False
    # The fact as outlets state it in reports of their own: a reprint carries another
    # outlet's report, so the reprinting outlet's own later figure is no update of it.
    main_claims = groups[layout.main]
    stated = [
        c for c in main_claims if claims[c].document_id not in copies and c not in superseded
    ] or main_claims
    parts: list[tuple[str, list[int]]] = []
    for cids in groups.values():
        by_stance: dict[str, list[int]] = defaultdict(list)
        for c in cids:
            by_stance[layout.stances[c]].append(c)
        parts.extend(by_stance.items())
    built = []
    for stance, cids in parts:
        # The quote: a claim about this fact alone before one that also says another.
        lead = min(cids, key=lambda c: (in_facts.get(c, 1), -claims[c].checkworthiness, c))
        cids = sorted(cids)
        figures = tuple(dict.fromkeys(f for c in cids for f in figures_of[c]))
        # Per wording, the outlets that say it and whether each says it only in a reprint,
        # so an outlet's reprinted figure is marked "(copy)" beside its own other figure.
        # A reprint is a claim in its original's words (``reprints``): a sentence the
        # copying desk reworded is its own, whatever document it stands in.
        wordings: dict[str, dict[str, bool]] = {}
        for c in cids:
            what = figure_wording(figures_of[c]) if by_figures else ""
            said = wordings.setdefault(what or claims[c].text, {})
            reprint = c in reprints
            said[claims[c].source] = said.get(claims[c].source, True) and reprint
        rulings = [v for v in (claims[c].verdict for c in cids) if v is not None]
        built.append(
            Position(
                stance=stance,
                claim_ids=tuple(cids),
                outlets=outlets(cids),
                figures=figures,
                quote=claims[lead].text,
                wordings=tuple(
                    Wording(w, tuple(o), tuple(x for x, copy in o.items() if copy))
                    for w, o in wordings.items()
                ),
                copies=tuple(
                    dict.fromkeys(o for w in wordings.values() for o, copy in w.items() if copy)
                ),
                verdict=_latest(rulings),
                verdicts=tuple(sorted(rulings, key=lambda v: v.claim_id)),
                revision=(
                    "earlier"
                    if stance == "revision" and set(cids) <= layout.earlier
                    else _version(cids, stated, claims)
                    if stance == "revision"
                    else None
                ),
            )
        )
    stance_order = {s: i for i, s in enumerate(STANCES)}
    built.sort(key=lambda p: (stance_order[p.stance], p.claim_ids[0]))
    main_lead = built[0]
    return Fact(
        id=min(members),
        text=main_lead.quote,
        status=layout.status,
        positions=tuple(built),
        pending_reviews=pending,
        # The fact is what its main position states: a verdict on a claim that
        # contradicts it rules on the other side's figure, not on this one.
        verdict=main_lead.verdict,
        verdicts=main_lead.verdicts,
    )


def _version(
    cids: Sequence[int],
    stated: Sequence[int],
    claims: Mapping[int, ClaimEntry],
) -> str:
    """Which version of the same outlet's reporting ``cids`` are against the claims that
    state the fact: ``"later"`` when every one is dated after the same outlet's stated
    claims (its update), ``"earlier"`` when every one is dated before them (what it said
    before it updated), else ``"other"`` (a reprint's edit, a sister paper, the same day).
    Only the same outlet's claims date a version: a reprint of it by another outlet among
    the stated claims says nothing about which of the outlet's own reports came first.
    Dates are the documents' days
    (``ClaimEntry.published``)."""
    seen: set[str] = set()
    for c in cids:
        mine = claims[c]
        for m in stated:
            theirs = claims[m]
            if theirs.source != mine.source:
                continue
            if mine.published and theirs.published and mine.published != theirs.published:
                seen.add("later" if mine.published > theirs.published else "earlier")
            else:
                seen.add("other")
    return seen.pop() if len(seen) == 1 else "other"


def _fact_figures(
    members: Sequence[int],
    edges: Sequence[Pair],
    claims: Mapping[int, ClaimEntry],
    in_facts: Mapping[int, int],
) -> dict[int, tuple[str, ...]]:
    """Each member's figures as this fact shows them. A claim in two facts keeps the figures
    this fact is about: those whose numbers (or, without numbers, words) the other members
    or the fact's reasons also give ("40 million euro" of a claim on shares and a ruling is
    left to the ruling's fact); if none is, all of them."""
    out: dict[int, tuple[str, ...]] = {}
    reasons = " ".join(str(r) for p in edges for r in p.get("reasons") or ()).casefold()
    for cid in members:
        figures = claims[cid].figures
        if in_facts.get(cid, 1) > 1:
            rest = " ".join([reasons, *(claims[o].text.casefold() for o in members if o != cid)])
            kept = tuple(f for f in figures if _named_in(f, rest))
            figures = kept or figures
        out[cid] = figures
    return out


def _named_in(figure: str, text: str) -> bool:
    numbers = _NUMBER.findall(figure)
    keys = numbers or [w for w in re.findall(r"[^\W\d_]+", figure.casefold()) if len(w) > 2]
    return bool(keys) and all(
        re.search(rf"(?<![\w.,]){re.escape(k)}(?![\w]|[.,]\d)", text) for k in keys
    )


def _unique_ids(facts: list[Fact], members: list[list[int]]) -> list[Fact]:
    """Give each fact its smallest member id not already another fact's (a claim in two
    facts would otherwise give both its id)."""
    from dataclasses import replace

    taken: set[int] = set()
    out = []
    for fact, cids in sorted(zip(facts, members, strict=True), key=lambda fm: fm[0].id):
        fid = next((c for c in sorted(cids) if c not in taken), fact.id)
        taken.add(fid)
        out.append(replace(fact, id=fid))
    return out


def _latest(verdicts: Sequence[Verdict]) -> Verdict | None:
    """The most recently recorded of ``verdicts`` (ties: the higher claim id), or None."""
    if not verdicts:
        return None
    return max(verdicts, key=lambda v: (v.decided_at or "", v.claim_id))
