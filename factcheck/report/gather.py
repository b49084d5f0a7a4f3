"""Gather a report from the store: stories, facts, counts, outlet profiles, copies.

Facts are found from the stored matches alone (no text is compared again here) by
``factcheck.report.facts.group_facts``: decided matches that are not ``unrelated`` join
claims into facts, a claim that says two things may belong to two, and a match still
waiting for review never joins two facts (see that module).

Stories: until documents carry a story of their own, the documents are grouped by the
matches and copies between them (connected components), which puts articles about one
event together. A ``story_id`` on the document dictionaries (``Store.documents``) takes
precedence when present; any grouping can also be passed in as ``stories=``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any, Protocol

from factcheck.errors import NotFoundError
from factcheck.lookup import close_source_names, unknown_source
from factcheck.match.relation import reasons_seen_from
from factcheck.match.syndication import reprinted_claims
from factcheck.report.facts import UnionFind, group_facts
from factcheck.report.model import (
    STATUSES,
    ClaimEntry,
    CopyLink,
    DocumentEntry,
    Fact,
    MarkerSpan,
    MatchLinkEntry,
    OutletProfile,
    Report,
    ReportFilter,
    Story,
    Verdict,
    same_words,
)

__all__ = [
    "StoryGrouping",
    "claim_figures",
    "close_source_names",
    "figure_wording",
    "gather_report",
    "group_by_links",
    "stored_verdicts",
]


class _ReportStore(Protocol):
    """The reading side of ``factcheck.store.Store`` a report needs."""

    def documents(self, *, limit: int | None = None) -> list[dict[str, Any]]: ...
    def document(self, document_id: int, *, with_text: bool = False) -> dict[str, Any]: ...
    def claims(self, **filters: Any) -> list[dict[str, Any]]: ...
    def match_pairs(self) -> list[dict[str, Any]]: ...
    def sources(self) -> list[dict[str, Any]]: ...


StoryGrouping = Callable[[Sequence[dict[str, Any]], Sequence[dict[str, Any]]], list[Story]]
"""``(document dicts, match pairs) -> stories`` with empty ``facts`` (filled in later)."""

VerdictLookup = Callable[[Sequence[int]], Mapping[int, Verdict]]


def stored_verdicts(store: Any) -> VerdictLookup | None:
    """The store's current verdict per claim (``Store.verdict_rows``, recorded by
    ``factcheck verdict``), or None for a store that keeps no verdicts."""
    reader = getattr(store, "verdict_rows", None)
    if reader is None:
        return None

    def lookup(claim_ids: Sequence[int]) -> Mapping[int, Verdict]:
        return {
            int(row["claim_id"]): Verdict(
                claim_id=int(row["claim_id"]),
                verdict=str(row["rating"]),
                note=row.get("note"),
                reviewer=row.get("reviewer"),
                evidence=(row["evidence_url"],) if row.get("evidence_url") else (),
                decided_at=row.get("decided_at"),
            )
            for row in reader(list(claim_ids))
        }

    return lookup


def claim_figures(text: str) -> tuple[str, ...]:
    """The numbers and dates a claim states, as written ("about 400 residents", "June 2").

    A plain count is shown with what it counts: the words right after it, up to two,
    before a function word, a verb or punctuation ("three emergency shelters", "12
    people", "12 killed", not "12 people died" or "2023 and"), so that figures set side by side say
    what was counted. A number that is no measured figure is left out: a list item's
    number, part of a code or name ("NV-214"), or an age that only says who is counted
    ("adults over 65", "Smith, 58,"; ``normalize.bound_kind``); the number of a relative
    date ("two years ago") is given as that date.
    """
    from factcheck.normalize import ago_spans, bound_kind, find_dates, find_quantities

    found: list[tuple[int, str]] = [(m.start(), m.group(0)) for m in _CLOCK.finditer(text)]
    times = [(m.start(), m.end()) for m in _CLOCK.finditer(text)]
    for q in find_quantities(text):
        start, end = q.span
        if any(s <= start < e or start <= s < end for s, e in times):
            continue
        kind = bound_kind(text, q)
        if kind in _NOT_FIGURES:
            continue
        phrase = text[start:end]
        if kind == "date":
            # "two years ago": a relative date, shown whole (its number counts nothing)
            phrase = next(text[s:e] for s, e in ago_spans(text) if s <= start < e)
        elif kind == "season":
            # "the 2023-24 winter" is one figure: the first year takes the second along,
            # which is no figure of its own.
            rest = _SEASON_END.match(text, end)
            if rest is None:
                continue
            phrase += rest.group(0)
        elif not q.unit and kind != "year" and not _is_year(q.value, phrase):
            phrase = " ".join([phrase, *_counted_words(text, end)])
        if phrase.casefold().startswith("one") and text[:start].rstrip().casefold().endswith("no"):
            continue  # "no one" is not a count
        found.append((start, phrase))
    for d in find_dates(text):
        if not any(s <= d.span[0] < s + len(p) for s, p in found):
            found.append((d.span[0], d.text))
    return tuple(p for _, p in sorted(found))


def figure_wording(figures: Sequence[str]) -> str:
    """A claim's figures as one phrase a reporter reads: the counts and measures joined by
    ", ", and the times they are dated by after them in brackets ("12 killed (3 March)",
    "12%, 40 million euro (Tuesday)"), so a date never reads as one more count ("12 killed,
    3 March"). Times alone are joined by ", " ("Tuesday, 4:15 a.m."). A time is a phrase
    ``normalize.find_dates`` reads whole, a clock time or a relative date ("two years ago").
    """
    times = [f for f in figures if _is_time(f)]
    measures = [f for f in figures if f not in times]
    if not measures or not times:
        return ", ".join(figures)
    return f"{', '.join(measures)} ({', '.join(times)})"


# Cached: a report words the same figures for every claim of every fact that holds them.
@lru_cache(maxsize=4096)
def _is_time(phrase: str) -> bool:
    from factcheck.normalize import ago_spans, find_dates

    whole = len(phrase.strip())
    return (
        any(d.span == (0, whole) for d in find_dates(phrase.strip()))
        or _CLOCK.fullmatch(phrase.strip()) is not None
        or any(e - s == whole for s, e in ago_spans(phrase.strip()))
    )


# Numbers ``normalize.bound_kind`` says are no figure of the claim's own.
_NOT_FIGURES = frozenset({"list", "code", "age"})

_SEASON_END = re.compile(r"[-–/]\d{2,4}\b")

_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][A-Za-z'’-]*)([^\sA-Za-z'’-]?)")


def _is_year(value: float, written: str) -> bool:
    return written.isdigit() and len(written) == 4 and 1800 <= value <= 2100


def _counted_words(text: str, end: int, most: int = 2) -> list[str]:
    """The words after a plain count that say what it counts ("shelters" in "three
    shelters were opened", "emergency shelters" in "three emergency shelters have …").

    Reading stops at a function word (the stopword list of ``normalize.lexicon``), at a
    word that can only be a past verb ("12 people died"; a headline's "12 killed" keeps
    its verb, the only word saying what the count is of), at punctuation, and after
    ``most`` words.
    """
    from factcheck.claim_lexicon import lemmas, verb_forms
    from factcheck.normalize import lexicon

    stopwords = lexicon().stopwords
    words: list[str] = []
    at = end
    while len(words) < most:
        m = _NEXT_WORD.match(text, at)
        if m is None:
            break
        word = m.group(1)
        low = word.lower()
        if low in stopwords:
            break
        if "VBD" in verb_forms(low) and "NOUN" not in lemmas(low):
            if not words:
                words.append(word)  # "12 killed": what happened to those counted
            break
        words.append(word)
        if m.group(2):
            break  # "12 people," — the clause ends here
        at = m.end(1)
    return words


# Clock times are one figure; the quantity reader sees two numbers in "9:40" (9 and 40)
# and a decimal in "9.40am". Written as: hours and minutes with a colon ("9:40", "21:05",
# "09:40:15"), or with "h" ("9h40"); a dot only before am/pm ("9.40am": "9.40" alone is a
# decimal, "$9.40"); an hour with am/pm ("6 p.m."); four digits before GMT/UTC ("0940
# GMT"). An approximator before it and a time zone after it ("09:40 GMT", "6pm EST") are
# part of the figure; a full stop after "pm" ends the sentence, the one of "p.m." is its own.
_CLOCK = re.compile(
    r"\b(?:(?:about|around|roughly|shortly after|shortly before|just after|just before|by) )?"
    r"(?:"
    r"(?:[01]?\d|2[0-3])(?::[0-5]\d(?::[0-5]\d)?|h[0-5]\d)(?:\s*[ap](?:\.m\.?|m\b))?"
    r"|(?:[01]?\d|2[0-3])\.[0-5]\d\s*[ap](?:\.m\.?|m\b)"
    r"|\d{1,2}\s*[ap](?:\.m\.?|m\b)"
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s?(?-i:GMT|UTC)\b)"
    r")"
    r"(?:\s?(?-i:GMT|UTC|[A-Z]{1,3}T)\b)?",
    re.I,
)


def _title_key(title: str) -> str:
    return " ".join(title.casefold().split())


def _require_story(store: Any, story_id: int) -> None:
    """Raise ``NotFoundError`` for a story id the store does not have (the store's own
    one-line message when it can check ids; a grouping without stored stories has no
    such story either)."""
    require = getattr(store, "require", None)
    if require is not None:
        require(story=story_id)
        return
    raise NotFoundError(f"no story with id {story_id} (see `factcheck stories`)")


def unknown_story_title(title: str, titles: Sequence[str]) -> NotFoundError:
    """No story has this whole title: say so, with the closest titles there are (a title
    is matched whole, so a part of one is a near miss worth naming)."""
    from rapidfuzz import fuzz, process

    close = [
        t
        for t, score, _ in process.extract(
            title, titles, scorer=fuzz.WRatio, processor=_title_key, limit=3
        )
        if score >= 60
    ]
    hint = f"; did you mean {', '.join(repr(t) for t in close)}?" if close else ""
    return NotFoundError(f"no story titled {title!r} (the whole title){hint}")


def group_by_links(docs: Sequence[dict[str, Any]], pairs: Sequence[dict[str, Any]]) -> list[Story]:
    """Stories as connected components of documents linked by a match or a copy.

    ``story_id`` on a document (when the store provides it) wins over the links. The key
    of a linked story is its lowest document id; its title is the story's label
    (``story_title``, see ``_label_stories``), else the earliest document's headline.
    """
    claim_doc: dict[int, int] = {}
    for d in docs:
        for cid in d.get("claim_ids", ()):
            claim_doc[cid] = d["id"]
    linked: UnionFind[int] = UnionFind(d["id"] for d in docs)
    explicit = {d["id"]: d["story_id"] for d in docs if d.get("story_id") is not None}
    for d in docs:
        if d["id"] not in explicit and d.get("copy_of") in linked.parent:
            linked.union(d["id"], d["copy_of"])
    for p in pairs:
        if p["relation"] == "unrelated":
            continue
        a, b = claim_doc.get(p["claim_id"]), claim_doc.get(p["other_claim_id"])
        if a is None or b is None or a in explicit or b in explicit:
            continue
        linked.union(a, b)
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in docs:
        key = str(explicit[d["id"]]) if d["id"] in explicit else str(linked.find(d["id"]))
        groups[key].append(d)
    stories = []
    for key, members in groups.items():
        first = min(members, key=lambda d: (d.get("published") or "9999", d["id"]))
        title = first.get("story_title") or first.get("title") or f"document {first['id']}"
        stories.append(
            Story(key=key, title=title, document_ids=tuple(d["id"] for d in members), facts=())
        )
    stories.sort(key=lambda s: min(s.document_ids))
    return stories


def gather_report(
    store: _ReportStore,
    report_filter: ReportFilter | None = None,
    *,
    stories: StoryGrouping | None = None,
    verdicts: VerdictLookup | None = None,
    with_text: bool = True,
    now: datetime | None = None,
) -> Report:
    """Build the report of ``store`` under ``report_filter``.

    ``verdicts`` defaults to the store's own (``stored_verdicts``); without any, every
    claim and fact has ``verdict=None`` and renderers say "no verdict". ``with_text``
    loads each document's verbatim text (the HTML report needs it). ``now`` fixes
    ``generated_at`` (tests, golden files).

    Raises ``NotFoundError`` for a ``--source`` no document has (naming the close outlet
    names), for a ``story`` id that does not exist (one that exists but whose documents
    the other filters leave out gives an empty report), and for a ``story_title`` no story
    has (naming the closest titles).
    """
    flt = report_filter or ReportFilter()
    if verdicts is None:
        verdicts = stored_verdicts(store)
    doc_dicts = store.documents()
    _label_stories(store, doc_dicts)
    if flt.source is not None:
        names = [s["name"] for s in store.sources()]
        if flt.source not in names:
            require = getattr(store, "require", None)
            if require is not None:
                require(source=flt.source)  # says where a merged or renamed name went
            raise unknown_source(flt.source, names)
    # ``--since`` chooses what is shown (documents, claims, and the facts with a claim in
    # the window), never what facts are made of: a fact is read from every document of its
    # story, so a claim of the window is shown with whoever disputes it, however old.
    window = (
        {d["id"] for d in doc_dicts}
        if flt.since is None
        else {d["id"] for d in doc_dicts if _doc_day(d) >= flt.since}
    )
    claim_rows = store.claims()
    in_docs = {d["id"] for d in doc_dicts}
    claim_rows = [c for c in claim_rows if c["document_id"] in in_docs]
    claim_ids_by_doc: dict[int, list[int]] = defaultdict(list)
    for c in claim_rows:
        claim_ids_by_doc[c["document_id"]].append(c["id"])
    for d in doc_dicts:
        d["claim_ids"] = claim_ids_by_doc.get(d["id"], [])
    known = {c["id"] for c in claim_rows}
    pairs = [
        p for p in store.match_pairs() if p["claim_id"] in known and p["other_claim_id"] in known
    ]
    verdict_map = dict(verdicts([c["id"] for c in claim_rows])) if verdicts else {}
    source_of = {c["id"]: c["source"] for c in claim_rows}
    links = _links_by_claim(pairs, source_of, {c["id"]: c["text"] for c in claim_rows})
    day_of = {d["id"]: _doc_day(d).isoformat() for d in doc_dicts}
    claims = {
        c["id"]: _claim_entry(
            c, links.get(c["id"], ()), verdict_map.get(c["id"]), day_of.get(c["document_id"])
        )
        for c in claim_rows
    }
    copy_of = {d["id"]: d["copy_of"] for d in doc_dicts if d.get("copy_of") is not None}
    copies = set(copy_of)
    reprints = reprinted_claims(
        ((c.id, c.document_id, c.quote or c.text) for c in claims.values()), copy_of
    )
    superseded = _superseded(store, list(claims))
    for cid, original in reprints.items():
        claims[cid] = replace(claims[cid], reprint_of=original)

    every_story = (stories or group_by_links)(doc_dicts, pairs)
    grouped = list(every_story)
    if flt.story is not None:
        grouped = [s for s in grouped if s.key == str(flt.story)]
        if not grouped:
            _require_story(store, flt.story)  # unknown: one line; else filtered out (empty)
    if flt.story_title is not None:
        wanted = _title_key(flt.story_title)
        grouped = [s for s in grouped if _title_key(s.title) == wanted]
        if not grouped:
            titles = sorted({s.title for s in every_story})
            raise unknown_story_title(flt.story_title, titles)
    if flt.since is not None:
        grouped = [s for s in grouped if window.intersection(s.document_ids)]
    story_docs = {d for s in grouped for d in s.document_ids}
    shown_story_docs = story_docs & window

    def wanted_claim(c: ClaimEntry) -> bool:
        return (
            c.document_id in shown_story_docs
            and (flt.source is None or c.source == flt.source)
            and (not flt.statuses or c.status in flt.statuses)
        )

    selected = [c for c in claims.values() if wanted_claim(c)]
    selected_ids = {c.id for c in selected}
    selected_docs = {c.document_id for c in selected}
    shown_docs = [
        d
        for d in doc_dicts
        if d["id"] in shown_story_docs
        and (flt.source is None or d["source"] == flt.source)
        and (not flt.statuses or d["id"] in selected_docs)
    ]
    shown_doc_ids = {d["id"] for d in shown_docs}
    docs_by_id = {d["id"]: d for d in doc_dicts}
    # Each story's links, in one pass: a story's facts are read from its own links only.
    facts_of = _facts_by_story(every_story, docs_by_id, pairs, claims, copies, reprints, superseded)
    out_stories = []
    kept_docs: set[int] = set()
    for s in grouped:
        facts = [
            f
            for f in facts_of(s.key)
            if (not flt.statuses or f.status in flt.statuses)
            and (flt.source is None or any(flt.source in p.outlets for p in f.positions))
            and any(claims[i].document_id in window for p in f.positions for i in p.claim_ids)
        ]
        if flt.source is not None and not any(
            docs_by_id[d]["source"] == flt.source for d in s.document_ids if d in window
        ):
            continue
        if not facts and not shown_doc_ids.intersection(s.document_ids):
            # Nothing of the story meets the filters (no fact, no document with a claim
            # of the wanted status or outlet): it is neither shown nor counted, in any
            # format, rather than a heading saying "no fact here has status …".
            continue
        kept_docs.update(s.document_ids)
        out_stories.append(
            Story(
                key=s.key,
                title=s.title,
                document_ids=tuple(d for d in s.document_ids if d in window),
                facts=tuple(facts),
            )
        )

    in_shown_facts = {i for st in out_stories for i in _fact_claims(st)}
    documents = tuple(_document_entry(store, d, with_text) for d in shown_docs)
    return Report(
        generated_at=_iso_now(now),
        filter=flt,
        stories=tuple(out_stories),
        documents=documents,
        # A fact may hold a claim of another story (a decided match across two stories):
        # every claim a shown fact names is in the report.
        claims=tuple(
            sorted(
                (
                    c
                    for c in claims.values()
                    if c.document_id in kept_docs or c.id in in_shown_facts
                ),
                key=lambda c: c.id,
            )
        ),
        status_counts=_status_counts(selected),
        source_counts=_source_counts(selected),
        unverified_checkworthy=_one_source_only(selected, selected_ids, superseded),
        outlets=_profiles(selected, shown_docs),
        copies=_copies(doc_dicts, kept_docs & window, flt.source),
        verdicts_available=verdicts is not None,
    )


def _one_source_only(
    selected: Sequence[ClaimEntry], selected_ids: set[int], superseded: AbstractSet[int]
) -> tuple[int, ...]:
    """The unverified check-worthy claims of the report, most check-worthy first, each
    source once: a reprint is no second source (its original, listed or shown, answers for
    it); an outlet that says the same thing in the same words in two reports is listed by
    the first of them (``model.same_words``); and a claim its own outlet has superseded by a
    later report (``matcher.superseded``) is not listed, as the later report is the
    outlet's account (the claim is its earlier report, unverified for that reason)."""
    said: set[tuple[str, tuple[str, ...]]] = set()
    out: list[int] = []
    for c in sorted(selected, key=lambda c: (-c.checkworthiness, c.id)):
        if c.status != "unverified" or not c.checkworthy or c.id in superseded:
            continue
        if c.reprint_of in selected_ids:
            continue
        key = (c.source, same_words(c.text))
        if key in said:
            continue
        said.add(key)
        out.append(c.id)
    return tuple(out)


def _facts_by_story(
    every_story: Sequence[Any],
    docs_by_id: Mapping[int, dict[str, Any]],
    pairs: Sequence[dict[str, Any]],
    claims: Mapping[int, ClaimEntry],
    copies: set[int],
    reprints: Mapping[int, int],
    superseded: set[int],
) -> Callable[[str], list[Fact]]:
    """The facts of each story (by key), read lazily, one group of stories at a time.

    Facts are read from the stored matches of a story's claims; a decided match between
    claims of two stories (a follow-up the store put in a story of its own) joins the two
    stories' claims for reading facts, so that match is never lost: the fact is shown
    once, in the story of the claim it states (the smallest claim id of its stated
    position). Held matches never join stories, as they never join facts.
    """
    story_of = {
        i: s.key for s in every_story for d in s.document_ids for i in docs_by_id[d]["claim_ids"]
    }
    joined: UnionFind[str] = UnionFind(s.key for s in every_story)
    find = joined.find
    for p in pairs:
        ka, kb = story_of.get(p["claim_id"]), story_of.get(p["other_claim_id"])
        if ka and kb and ka != kb and not p["needs_review"] and p["relation"] != "unrelated":
            joined.union(ka, kb)
    pairs_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in pairs:
        ka, kb = story_of.get(p["claim_id"]), story_of.get(p["other_claim_id"])
        if ka and kb and find(ka) == find(kb):
            pairs_of[find(ka)].append(p)
    members: dict[str, list[ClaimEntry]] = defaultdict(list)
    for s in every_story:
        members[find(s.key)].extend(
            claims[i] for d in s.document_ids for i in docs_by_id[d]["claim_ids"]
        )
    read: dict[str, dict[str, list[Fact]]] = {}

    def facts_of(key: str) -> list[Fact]:
        if key not in joined.parent:
            return []
        group = find(key)
        if group not in read:
            homes: dict[str, list[Fact]] = defaultdict(list)
            for f in group_facts(
                members[group], pairs_of[group], claims, copies, reprints, superseded
            ):
                stated = [i for p in f.positions if p.stance == "states" for i in p.claim_ids]
                homes[story_of[min(stated or [f.id])]].append(f)
            read[group] = homes
        return read[group].get(key, [])

    return facts_of


def _fact_claims(story: Story) -> set[int]:
    return {i for f in story.facts for p in f.positions for i in p.claim_ids}


def _superseded(store: Any, claim_ids: Sequence[int]) -> set[int]:
    """The claims among ``claim_ids`` their own outlet superseded by a later report
    (``factcheck.match.matcher.superseded``: the rule the claims' statuses follow), so a
    fact never counts an outlet as stating what it has since updated. A store that answers
    ``superseded_claims(claim_ids)`` itself is asked (report fixtures); other stores
    without a database connection supersede nothing."""
    own = getattr(store, "superseded_claims", None)
    if own is not None:
        return set(own(claim_ids))
    connect = getattr(store, "connect", None)
    if connect is None or not claim_ids:
        return set()
    from factcheck.match.matcher import superseded

    with connect() as conn:
        return superseded(conn, claim_ids)


def _label_stories(store: Any, docs: Sequence[dict[str, Any]]) -> None:
    """Give each document its story's label (``story_title``) as the store keeps it.

    A story's label is the store's to choose (the names and words its documents share, or
    one a person set with ``stories rename``); the report shows it rather than some
    document's headline. Stores without stories leave the documents as they are.
    """
    reader = getattr(store, "stories", None)
    if reader is None or not any(d.get("story_id") is not None for d in docs):
        return
    # ``label`` where the store has labels (its names and words, or a person's), else the
    # story's title.
    titles = {row["id"]: row.get("label") or row["title"] for row in reader()}
    for d in docs:
        title = titles.get(d.get("story_id"))
        if title:
            d["story_title"] = title


def _doc_day(d: dict[str, Any]) -> date:
    stamp = d.get("published") or d.get("ingested_at") or "0001-01-01"
    return date.fromisoformat(str(stamp)[:10])


def _iso_now(now: datetime | None) -> str:
    return (
        (now or datetime.now(UTC))
        .astimezone(UTC)
        .isoformat(timespec="seconds")
        .replace("+00:00", "Z")
    )


def _links_by_claim(
    pairs: Sequence[dict[str, Any]], source_of: Mapping[int, str], text_of: Mapping[int, str]
) -> dict[int, list[MatchLinkEntry]]:
    out: dict[int, list[MatchLinkEntry]] = defaultdict(list)
    for p in pairs:
        # Each claim sees "x vs y" with its own value first.
        for me, other in (
            (p["claim_id"], p["other_claim_id"]),
            (p["other_claim_id"], p["claim_id"]),
        ):
            reasons = reasons_seen_from(
                p["reasons"], text_of[me], text_of[other], stored_first=me == p["claim_id"]
            )
            out[me].append(
                MatchLinkEntry(
                    match_id=p["match_id"],
                    other_claim_id=other,
                    other_source=source_of[other],
                    relation=p["relation"],
                    score=p["score"],
                    needs_review=p["needs_review"],
                    independent=p["independent"],
                    reasons=tuple(reasons),
                )
            )
    for entries in out.values():
        entries.sort(key=lambda m: (m.relation != "conflicts", -m.score, m.other_claim_id))
    return out


def _claim_entry(
    c: dict[str, Any],
    links: Sequence[MatchLinkEntry],
    verdict: Verdict | None,
    published: str | None,
) -> ClaimEntry:
    markers = tuple(
        MarkerSpan(m["kind"], m["text"], m["start"], m["end"], m.get("speaker"))
        for m in c["markers"]
    )
    return ClaimEntry(
        id=c["id"],
        document_id=c["document_id"],
        source=c["source"],
        text=c["text"],
        quote=c["quote"],
        start=c["start"],
        end=c["end"],
        status=c["status"],
        checkworthy=c["checkworthy"],
        checkworthiness=round(float(c["checkworthiness"]), 4),
        hedged=c["hedged"],
        unnamed_source=any(m.kind == "weasel" for m in markers),
        claim_type=c["type"],
        pending_reviews=c.get("pending_reviews", 0),
        markers=markers,
        figures=claim_figures(c["text"]),
        matches=tuple(links),
        verdict=verdict,
        published=published,
    )


def _status_counts(claims: Sequence[ClaimEntry]) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)
    for c in claims:
        counts[c.status] = counts.get(c.status, 0) + 1
    return counts


def _source_counts(claims: Sequence[ClaimEntry]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for c in sorted(claims, key=lambda c: c.source):
        row = out.setdefault(c.source, dict.fromkeys(STATUSES, 0))
        row[c.status] = row.get(c.status, 0) + 1
    return out


def _profiles(
    claims: Sequence[ClaimEntry], docs: Sequence[dict[str, Any]]
) -> tuple[OutletProfile, ...]:
    by_source: dict[str, list[ClaimEntry]] = defaultdict(list)
    for c in claims:
        by_source[c.source].append(c)
    doc_counts: dict[str, int] = defaultdict(int)
    for d in docs:
        doc_counts[d["source"]] += 1
    out = []
    for source in sorted(set(by_source) | set(doc_counts)):
        cs = by_source.get(source, [])
        hedged = sum(1 for c in cs if c.hedged)
        unnamed = sum(1 for c in cs if c.unnamed_source)
        named = sum(1 for c in cs if any(m.kind == "attribution" for m in c.markers))
        out.append(
            OutletProfile(
                source=source,
                documents=doc_counts.get(source, 0),
                claims=len(cs),
                hedged=hedged,
                unnamed_source=unnamed,
                named_attribution=named,
                hedged_share=round(hedged / len(cs), 4) if cs else 0.0,
                unnamed_share=round(unnamed / len(cs), 4) if cs else 0.0,
            )
        )
    return tuple(out)


def _copies(
    docs: Sequence[dict[str, Any]], story_docs: set[int], source: str | None
) -> tuple[CopyLink, ...]:
    by_id = {d["id"]: d for d in docs}
    out = []
    for d in docs:
        original = by_id.get(d.get("copy_of") or -1)
        if original is None or d["id"] not in story_docs:
            continue
        if source is not None and source not in (d["source"], original["source"]):
            continue
        out.append(
            CopyLink(
                copy=d["id"],
                copy_source=d["source"],
                original=original["id"],
                original_source=original["source"],
                similarity=d.get("copy_similarity"),
            )
        )
    return tuple(out)


def _document_entry(store: _ReportStore, d: dict[str, Any], with_text: bool) -> DocumentEntry:
    text = store.document(d["id"], with_text=True)["text"] if with_text else ""
    return DocumentEntry(
        id=d["id"],
        source=d["source"],
        title=d.get("title"),
        url=d.get("url"),
        author=d.get("author"),
        published=d.get("published"),
        copy_of=d.get("copy_of"),
        claim_ids=tuple(d.get("claim_ids", ())),
        text=text,
    )
