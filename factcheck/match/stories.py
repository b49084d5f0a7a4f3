"""Stories: documents grouped by the event or ongoing topic they report on.

A story is what lets the matcher tell "No deaths have been reported." in a flood report
from the same sentence in a wildfire report: claims whose meaning depends on their
article (a claim frame that is not ``self_contained``, see ``frames``) are only compared
within their story.

Documents join stories incrementally at ingest, from what they are about:

* **names** — capitalised words that are not just the start of a sentence (people,
  places, organisations: "Kestrow", "Anskov", "Pellowe"), weight 3;
* **figures** — numbers that identify an event (decimals, and counts of 100 or more
  that are not years: "6.2", "2500", with a rounded form "~1200" so approximate
  reports meet), with the unit or scale written next to them ("$2.1m", "2.1%":
  :func:`figure_terms`), weight 2;
* **key words** — content lemmas the document repeats, and those of its title
  ("levee", "vaccine"), weight 1.

Each weight is divided by ``1 + ln(1 + other stories holding the term)``, so a term shared
by many stories ("council", "police") tells them apart less than one only this story has;
the candidate and the stories the document could be a split of are not counted (see
:func:`_rarity`). A
document joins the best-scoring story whose dates lie within ``window_days`` of its
publication date when the score reaches ``min_score`` and at least ``min_anchors``
names or figures are shared, one of them a name (two reports on different events can
share a dozen words but rarely two proper names). Otherwise it starts a new story.
A near-copy joins its original's story unless each names someone or somewhere the other
does not (an outlet's look-alike report of another event, :func:`_other_names`). Names
and words shared are not enough when the leads (headline and first paragraph) say two
events: the document's lead dates its event two days or more from every day the story's
leads give, and names someone or something (not a place, not the reporting service)
that no lead of the story names, or shares nothing with them but places and generic
report words (``GENERIC_WORDS``) — the
same town's next fire, with the same fire chief and the first fire named in passing; a
bus crash near the town two days after its train derailment (see
:func:`_another_event`). The document is then set apart from that story: their claims
are never matched (``apart_from`` in its reason, read by ``independence.set_apart``).

The lookup is bounded like the claim index (``candidates``): key terms live in an
inverted index (``story_terms``: term, story, how many of the story's documents hold
it; ``story_term_stats``: how many stories hold each term) and a new document reads the
postings of its rarest terms only, up to ``max_postings`` rows, so assignment does not
grow with the number of stored documents. Why a document joined — the shared terms
with their weights and the score — is stored on the document and shown by
``factcheck stories show``; a person can move documents and merge stories, and
automatic assignment never undoes a person's choice.
"""

from __future__ import annotations

import heapq
import json
import math
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any

import simplemma
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factcheck.claim_lexicon import (
    ARTICLES,
    DEMONSTRATIVES,
    MODAL_AUXILIARIES,
    POSSESSIVE_DETERMINERS,
    lemmas,
    verb_forms,
)
from factcheck.config import check_fields
from factcheck.match.candidates import index_tokens, magnitude_terms
from factcheck.match.frames import SPOKE_ON_RE
from factcheck.match.independence import apart_from
from factcheck.models import (
    DocumentRow,
    SourceRow,
    StoryRow,
    StoryTermRow,
    StoryTermStatRow,
    upsert_insert,
)
from factcheck.normalize import anchor_dates
from factcheck.sqlbounds import chunks

__all__ = [
    "GENERIC_WORDS",
    "KIND_WEIGHTS",
    "StoryAssignment",
    "StoryConfig",
    "add_document_terms",
    "assign_document",
    "assign_stored_document",
    "delete_if_empty",
    "document_terms",
    "find_stories",
    "key_terms",
    "move_document",
    "refresh_label",
    "remove_document",
    "rename",
    "stories_apart",
    "story_label",
]

stories_t = StoryRow.__table__  # type: ignore[attr-defined]
story_terms_t = StoryTermRow.__table__  # type: ignore[attr-defined]
story_stats_t = StoryTermStatRow.__table__  # type: ignore[attr-defined]
documents_t = DocumentRow.__table__  # type: ignore[attr-defined]
sources_t = SourceRow.__table__  # type: ignore[attr-defined]

# How many of the best-scoring stories are checked for dates and common terms.
_POOL = 50

#: Weight of each kind of key term before rarity: a shared proper name says far more
#: about "same event" than a shared figure, and a figure more than a shared word.
KIND_WEIGHTS: Mapping[str, float] = {"name": 3.0, "figure": 2.0, "word": 1.0}


@dataclass(frozen=True, slots=True)
class StoryConfig:
    """Story assignment settings (the ``[stories]`` section of the config file).

    ``window_days``: a document joins only a story with a document published within this
    many days of its own (an event's coverage rarely runs longer; an ongoing topic keeps
    moving the window with each new document). ``min_score`` and ``min_anchors``: see
    the module docstring; the defaults were set on the shared samples plus the
    distractor articles in ``benchmarks/data/distractors`` (``benchmarks/samples.py``).
    ``max_postings``: the read budget of one lookup; ``common_stories``: a term held by
    more stories than this is not read, only counted for the stories the rarer terms
    found (it says little about which event, and its postings grow with the store).
    ``max_words``: how many key words one document contributes (repeated ones first).
    ``brief_names`` and ``brief_min_score``: a document naming at most ``brief_names``
    name words is a brief; it joins on one shared name plus key words reaching
    ``brief_min_score`` (a name alone weighs 3: at least one more shared term held by
    that story alone, more when the name or the words are common), set on the briefs of
    ``benchmarks/data/briefs``.
    """

    window_days: int = 21
    min_score: float = 9.0
    min_anchors: int = 2
    brief_names: int = 2
    brief_min_score: float = 4.0
    max_postings: int = 2_000
    common_stories: int = 100
    max_words: int = 12

    def __post_init__(self) -> None:
        # The ranges are the config schema's (``config.RANGES["stories"]``), one home.
        check_fields(self, "stories")


# --- key terms ---------------------------------------------------------------------------

_CAPITALISED = re.compile(r"\b([A-Z][A-Za-z'’-]*[A-Za-z]|[A-Z])\b")
_POSSESSIVE = re.compile(r"['’]s$")
# What comes just before a word that starts a sentence (or a quote, a list item, a line).
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘'(\[–—-]|\n)\s*$")
# A title's abbreviation before a name ends no sentence: "St. Aldric's", "Dr. Wren".
_TITLE_ABBREVIATION = re.compile(
    r"\b(?:St|Mt|Ft|Mr|Mrs|Ms|Dr|Prof|Rev|Gen|Col|Lt|Capt|Sgt|Gov|Sen|Rep|Jr|Sr)\.\s*$"
)

# Capitalised words that name no particular event: weekdays and months, titles and the
# generic heads of names ("River Dunmere", "Harwick County Superior Court"), compass
# points, and words capitalised only because a headline or a quote starts with them.
_CALENDAR_TEXT = """
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
"""
_CALENDAR = frozenset(_CALENDAR_TEXT.split())
_NOT_NAMES_TEXT = """
    mr mrs ms dr prof professor sir dame lord lady rev st saint mt
    former ex acting interim deputy late
    mayor judge president minister secretary chancellor governor senator councillor
    chief executive director officer chair chairman chairwoman spokesman spokeswoman
    spokesperson inspector sergeant detective captain general colonel lieutenant
    attorney assistant district prosecutor defense defence
    city town village county state province region regional national federal council
    court superior supreme high appeal appeals tribunal district police fire service
    department ministry government parliament assembly senate congress cabinet
    agency office authority board committee commission university college school hospital
    union
    company inc ltd llc llp plc corp co group holdings industrial
    river lake sea bay harbour harbor port street st road avenue bridge square park
    north south east west northern southern eastern western central upper lower new old
    the a an and or of in on at for to by with from this that these those it its he she
    they we i you his her their our there here but if when while after before as
    no not yes so yet also then
    u s uk us eu un
    """
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split()) | _CALENDAR


def _names_nothing(word: str) -> bool:
    """A lowercased word that is no name: listed above, or a weekday's or month's plural
    ("open on Saturdays")."""
    return word in _NOT_NAMES or (word.endswith("s") and word[:-1] in _CALENDAR)


# A run of capitalised words: the full form of a name ("Ostrava Ridge", "Leontyne Abara").
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")


def _plain(word: str) -> str:
    """A word as a key term: lowercased, without a possessive."""
    return _POSSESSIVE.sub("", word).lower().replace("’", "'").strip("'-")


def _name_words(text: str, language: str = "en") -> Counter[str]:
    """Lowercased proper-name words, counted.

    A capitalised word at the start of a sentence is a name when the document also
    capitalises it elsewhere mid-sentence ("Anskov ..." then "... said Anskov"), or when
    the language's dictionary (simplemma's) does not know it as a word: a brief may name
    its town once, first ("Calloway opened six more cooling centres"), while "Engineers
    began ..." starts with a word; or when a capitalised word follows it ("Ostrava
    Ridge council ..."). All-caps datelines ("KESTROW, March 10") count, their
    word being a place.
    """
    mid: Counter[str] = Counter()
    initial: Counter[str] = Counter()
    # A word that opens a run of capitalised words is the first word of a name:
    # "Ostrava Ridge council elected ...".
    in_runs = {
        _plain(run.split()[0])
        for run in _NAME_RUN.findall(text)
        if len(run.split()) > 1 and _plain(run.split()[1]) not in _NOT_NAMES
    }
    for match in _CAPITALISED.finditer(text):
        word = _POSSESSIVE.sub("", match.group(1)).lower().replace("’", "'")
        word = word.strip("'-")
        if len(word) < 2 or _names_nothing(word):
            continue
        shouting = len(word) >= 3 and match.group(1).isupper()
        start = match.start()
        if not shouting and (
            start == 0
            or (
                _SENTENCE_START.search(text, max(0, start - 3), start)
                and not _TITLE_ABBREVIATION.search(text, max(0, start - 8), start)
            )
        ):
            initial[word] += 1
        else:
            mid[word] += 1
    for word, n in initial.items():
        if word in mid or word in in_runs or not _known_word(word, language):
            mid[word] += n
    return mid


def _known_word(word: str, language: str) -> bool:
    """Whether the language's dictionary knows ``word`` (True when it has no dictionary,
    so that a sentence-initial word is then never taken for a name on this ground)."""
    try:
        return bool(simplemma.is_known(word, lang=language))
    except (ValueError, KeyError):
        return True


def _is_figure(token: str) -> bool:
    try:
        value = float(token)
    except ValueError:
        return False
    if "." in token:
        return True
    return value >= 100 and not (1800 <= value <= 2100)


# A figure with the unit or scale written next to it: a currency sign before, a percent
# or a scale word after ("$2.1 million", "2.1 percent", "€4.5bn", "3.5%"). A compact "m"
# counts as millions only after a currency sign ("$2.1m"; "6.2 m" is metres).
_FIGURE = re.compile(
    r"(?<![\w.,])(?P<cur>[$€£])?\s?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
    r"(?:\s?(?P<unit>%|per\s?cent\b|percent\b|million\b|mn\b|billion\b|bn\b|thousand\b"
    r"|m\b))?",
    re.IGNORECASE,
)
_UNIT_SUFFIX = {
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "million": "m",
    "mn": "m",
    "m": "m",
    "billion": "bn",
    "bn": "bn",
    "thousand": "k",
}
# An exact figure term: currency sign, number, unit suffix (see figure_terms).
_FIGURE_TERM = re.compile(r"(?P<cur>[$€£]?)(?P<num>\d+(?:\.\d+)?)(?P<unit>%|m|bn|k)?")


def figure_terms(text: str) -> list[str]:
    """The figures that identify an event, each with the unit or scale the text writes
    next to it, and their rounded forms: ``["$2.1m", "2.1%", "1200", "~1200"]`` for
    "$2.1 million", "2.1 percent" and "1,200 residents".

    A figure is a decimal or a count of 100 or more that is no year (:func:`_is_figure`).
    The unit is part of the term: "$2.1 million" in one town's budget and "2.1 percent"
    in another's are two figures, not one "2.1" that joined the two towns' stories in
    one order of ingest (tester9c). A bare number stays bare ("1200"); its rounded form
    (``candidates.magnitude_terms``, "~1200") carries the same unit ("~$1200m").
    """
    out: dict[str, None] = {}
    for found in _FIGURE.finditer(text):
        number = found["num"].replace(",", "") + (found["dec"] or "")
        if not _is_figure(number):
            continue
        cur = found["cur"] or ""
        unit = re.sub(r"\s+", " ", (found["unit"] or "").lower())
        # A bare "m" is millions only after a currency sign ("$2.1m", not "6.2 m").
        suffix = "" if unit == "m" and not cur else _UNIT_SUFFIX.get(unit, "")
        out.setdefault(f"{cur}{number}{suffix}", None)
        for rounded in magnitude_terms(number):
            out.setdefault(f"~{cur}{rounded[1:]}{suffix}", None)
    return list(out)


def _rounded_forms(term: str) -> list[str]:
    """The rounded forms :func:`figure_terms` gives beside an exact figure term."""
    found = _FIGURE_TERM.fullmatch(term)
    if found is None:
        return []
    cur, unit = found["cur"], found["unit"] or ""
    return [f"~{cur}{r[1:]}{unit}" for r in magnitude_terms(found["num"])]


def key_terms(
    text: str,
    *,
    title: str | None = None,
    exclude: Collection[str] = (),
    max_words: int = 12,
    language: str = "en",
) -> dict[str, str]:
    """What a document is about: ``{term: kind}`` with kind ``name``, ``figure`` or ``word``.

    ``exclude`` holds outlet names to blank out first (the document's own outlet and the
    wire its credit names): a wire's name would link its stories on every event, while
    the town in "Kestrow Evening Ledger" still counts where the text names the town.
    Terms are lowercased lemmas, as in the claim index.
    """
    for name in sorted({n for n in exclude if n and n.strip()}, key=len, reverse=True):
        pattern = re.compile(re.escape(name.strip()), re.IGNORECASE)
        text = pattern.sub(" ", text)
        title = pattern.sub(" ", title) if title else title
    terms: dict[str, str] = {}
    names = _name_words(text, language)
    for word in names:
        terms[word] = "name"
    body_tokens = index_tokens(text, language)
    for figure in figure_terms(text):
        terms.setdefault(figure, "figure")
    words: Counter[str] = Counter(
        t for t in body_tokens if not t[0].isdigit() and t not in terms and t not in _CALENDAR
    )
    title_words = {
        t
        for t in index_tokens(title or "", language)
        if not t[0].isdigit() and t not in terms and t not in _CALENDAR
    }
    repeated = [w for w, n in sorted(words.items(), key=lambda kv: (-kv[1], kv[0])) if n >= 2]
    # A brief repeats almost nothing: its words said once fill the places left, in the
    # order the text says them, so a three-sentence report is not reduced to its title.
    once = [w for w in dict.fromkeys(body_tokens) if words.get(w) == 1]
    # Each word takes one place: a title word the body says again ("cooling centres" in
    # both) must not use up a place a word said once in the body would fill.
    chosen = list(dict.fromkeys([*sorted(title_words), *repeated, *once]))
    for word in chosen[: max(max_words, len(title_words))]:
        terms.setdefault(word, "word")
    return terms


# --- assignment --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoryAssignment:
    """Where a document went and why (``reason`` is stored as JSON on the document)."""

    story_id: int | None
    score: float | None
    created: bool
    reason: dict[str, Any] = field(default_factory=dict)
    #: Documents of other stories this one brought into ``story_id`` (:func:`_merge_joined`):
    #: the caller matches their claims again (``matcher.rematch_documents``).
    moved: tuple[int, ...] = ()
    #: Documents of ``story_id`` this one's joining made another event of it
    #: (:func:`_rejudge_repeats`), placed again: the caller drops their pairs with the
    #: story (``matcher.set_stories_apart``) and matches their claims again.
    left: tuple[int, ...] = ()


def _now() -> datetime:
    return datetime.now(UTC)


def _rarity(other_stories: int) -> float:
    """1 for a term no other story holds, fading as more share it:
    ``1 / (1 + ln(1 + other_stories))``.

    ``other_stories`` leaves out the candidate story and the stories the document could
    be a split of (:func:`_lookalikes`). Counted with them, the weights fell as an event
    split: once one report of an event started a second story, the event's own names
    were "held by two stories" and weighed 0.59 of a name, so the next report of the
    event scored lower still against either part and split again (a split made further
    splits), and a short report of an event in a town whose other event shares its
    names fell under ``min_score`` (tester9 fault 2).
    """
    return 1.0 / (1.0 + math.log(1 + max(other_stories, 0)))


def _story_frequencies(conn: Connection, terms: Iterable[str]) -> dict[str, int]:
    wanted = sorted(set(terms))
    out: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for term, n in conn.execute(_STORIES_HOLDING, {"terms": chunk}):
            out[term] = int(n)
    return out


def _lookalikes(
    shared: Mapping[int, list[dict[str, Any]]], config: StoryConfig
) -> frozenset[int]:
    """The stories a document could be a split of: those it shares more than
    ``config.min_anchors`` names or exact figures with, one a name, whatever their
    weights. Their holding a term says the document's event was split, not that the
    term is common, so they are not counted in its rarity against one of them, and
    count as one story against any other (:func:`_rarity`). One anchor more than a join
    asks: two stories naming one person ("Anneke Doss", two name words) can be two
    events of that person's, and a name they share must stay as common as it is.
    Judged on the terms alone (never on the weights they would change), so the set
    does not depend on the order the stories were formed in."""
    out = []
    for story_id, found in shared.items():
        anchors = [t for t in found if t["kind"] in ("name", "figure") and t["term"][0] != "~"]
        if len(anchors) > config.min_anchors and any(t["kind"] == "name" for t in anchors):
            out.append(story_id)
    return frozenset(out)


def find_stories(
    conn: Connection,
    terms: Mapping[str, str],
    config: StoryConfig,
    *,
    published: date | None,
    exclude_story_ids: Collection[int] = (),
) -> list[tuple[int, float, list[dict[str, Any]]]]:
    """Stories a document with these key terms could join: ``[(story_id, score, shared)]``,
    best first, ``shared`` being ``[{"term", "kind", "weight"}]``.

    Reads the postings of the rarest terms first, up to ``config.max_postings`` rows, and
    keeps only stories whose dates lie within ``config.window_days`` of ``published``.
    A term's weight for a story is its kind's weight (``KIND_WEIGHTS``) times its rarity
    among the *other* stories holding it, the candidate and the stories the document
    could be a split of left out (:func:`_rarity`, :func:`_lookalikes`).
    Whether the best one is close enough is :func:`assign_document`'s decision.
    """
    dfs = _story_frequencies(conn, terms)
    budget = config.max_postings
    read: list[str] = []
    check: list[str] = []
    for df, term in sorted((n, t) for t, n in dfs.items() if n > 0):
        if df <= config.common_stories and df <= budget:
            read.append(term)
            budget -= df
        else:
            check.append(term)
    if not read:
        return []

    shared: dict[int, list[dict[str, Any]]] = {}
    for start in range(0, len(read), 500):
        chunk = read[start : start + 500]
        for term, story_id in conn.execute(_POSTINGS, {"terms": chunk}):
            shared.setdefault(int(story_id), []).append({"term": term, "kind": terms[term]})
    for story_id in exclude_story_ids:
        shared.pop(story_id, None)
    lookalikes = _lookalikes(shared, config)
    # Which look-alikes hold each term (read terms only: a common term's postings are
    # never read, and one or two stories more or less barely move its rarity).
    held_by_lookalikes: Counter[str] = Counter(
        t["term"] for sid in lookalikes for t in shared[sid]
    )

    def weighed(story_id: int, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out = []
        for t in found:
            term = t["term"]
            # Stories holding the term besides the candidate and the look-alikes (a
            # look-alike candidate is counted among them already) ...
            others = dfs[term] - held_by_lookalikes[term] - (story_id not in lookalikes)
            if story_id not in lookalikes and held_by_lookalikes[term]:
                # ... and, against a story that is no look-alike, the document's own
                # event once, however many stories it was split into.
                others += 1
            out.append({**t, "weight": round(KIND_WEIGHTS[t["kind"]] * _rarity(others), 3)})
        return out

    # Only the best few go on: their dates are checked and their common terms counted.
    # Rounded as the scores returned are, so that two stories sharing terms of the same
    # weights tie whatever order their postings were read in.
    totals = {
        sid: round(sum(t["weight"] for t in weighed(sid, found)), 3)
        for sid, found in shared.items()
    }
    pool = _best_stories(conn, totals, _POOL)
    if not pool:
        return []
    spans = {
        int(row.id): (row.first_published, row.last_published)
        for row in conn.execute(_STORY_SPANS, {"stories": pool})
    }
    window = timedelta(days=config.window_days)
    kept = []
    for story_id in pool:
        first, last = spans.get(story_id, (None, None))
        dated = published is not None and first is not None and last is not None
        if dated and (published < first - window or published > last + window):
            continue
        kept.append(story_id)
    if check and kept:
        # A common term is one primary-key probe per pooled story, never a long read.
        for term, story_id in conn.execute(
            _POSTINGS_IN_STORIES, {"terms": check[:500], "stories": kept}
        ):
            shared[int(story_id)].append({"term": term, "kind": terms[term]})
    scored = []
    for story_id in kept:
        found = sorted(
            _one_per_figure(weighed(story_id, shared[story_id])),
            key=lambda t: (-t["weight"], t["term"]),
        )
        scored.append((story_id, round(sum(t["weight"] for t in found), 3), found))
    final = {story_id: score for story_id, score, _ in scored}
    order = {sid: n for n, sid in enumerate(_best_stories(conn, final, len(final)))}
    scored.sort(key=lambda s: order[s[0]])
    return scored


def _best_stories(conn: Connection, scores: Mapping[int, float], n: int) -> list[int]:
    """The ``n`` best-scoring story ids, best first; stories of one score in the order of
    their earliest documents' content (:func:`_story_keys`), never by id: a story's id
    follows the order of ingest, so which of two tied stories a document joins, or which
    is kept at the cut, turned on which was formed first. Only the tied stories that
    reach the cut are read (one bounded probe each)."""
    if n <= 0 or not scores:
        return []
    floor = heapq.nlargest(n, scores.values())[-1]
    top = [sid for sid, score in scores.items() if score >= floor]
    counts = Counter(scores[sid] for sid in top)
    keys = _story_keys(conn, [sid for sid in top if counts[scores[sid]] > 1])
    top.sort(key=lambda sid: (-scores[sid], keys.get(sid, _NO_KEY), sid))
    return top[:n]


_StoryKey = tuple[bool, date, str, str]
#: The content key of a story that ties with none (never compared with another's).
_NO_KEY: _StoryKey = (False, date.min, "", "")


def _story_keys(conn: Connection, story_ids: Iterable[int]) -> dict[int, _StoryKey]:
    """story id → the content key of its earliest document (:func:`_earliest`): undated
    last, publication date, SHA-256 of the text, outlet name. Stories hold different
    documents, and no two documents share both hash and outlet, so two stories never
    share a key. Read through ``ix_documents_story_published``, one row per story."""
    out: dict[int, _StoryKey] = {}
    for story_id in sorted(set(story_ids)):
        row = conn.execute(_EARLIEST_KEY, {"story_id": story_id, "n": 1}).first()
        if row is not None:
            out[story_id] = (
                row.published is None,
                row.published or date.min,
                str(row.sha256),
                str(row.name),
            )
    return out


def _one_per_figure(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Shared terms with each figure counted once: "4000" shared exactly makes its
    rounded form "~4000" no further evidence (the rounded form is there for reports
    that give the figure approximately, "about 4,000" against "3,950")."""
    exact = {
        rounded
        for t in found
        if t["kind"] == "figure" and t["term"][0] != "~"
        for rounded in _rounded_forms(t["term"])
    }
    return [t for t in found if t["term"] not in exact]


def _names_held(
    conn: Connection, story_ids: Sequence[int], config: StoryConfig
) -> dict[int, int]:
    """story id → how many name terms its documents hold, counted up to one more than
    ``config.brief_names`` (all :func:`_qualifies` needs to know: whether the story is
    made of briefs), so a long story costs no more than a short one: one bounded
    probe of its ``story_terms`` per story."""
    out: dict[int, int] = {}
    for story_id in story_ids:
        # The bounded rows themselves, counted here: a COUNT over a LIMITed subquery
        # would scan the subquery's result in SQL, where every read is an index search.
        held = conn.execute(
            sa.select(story_terms_t.c.term)
            .where(story_terms_t.c.story_id == story_id, story_terms_t.c.kind == "name")
            .limit(config.brief_names + 1)
        ).all()
        out[story_id] = len(held)
    return out


def _qualifies(
    found: list[dict[str, Any]], score: float, config: StoryConfig, *, names_offered: int
) -> bool:
    """Whether a document sharing ``found`` (score ``score``) with a story may join it.

    The evidence asked for is what the pair can offer: ``names_offered`` is the lesser
    of the name words the document names and those the story's documents hold, so the
    answer for a document and a story of one document is the same either way round. A
    full report names several people and places: it must share ``min_anchors`` names or
    figures, one a name, and reach ``min_score``. A brief (at most ``brief_names`` name
    words, e.g. "Kestrow" or "Gullwing Star", and figures of its own — the update that
    reports new numbers), or a story of briefs, can share no second anchor: it joins on
    a shared name and at least one other shared term, worth ``brief_min_score``
    together, rarity-weighted as always, so a common name ("a town with many stories")
    needs more shared words than a rare one.
    """
    anchors = [t for t in found if t["kind"] in ("name", "figure") and t["term"][0] != "~"]
    names = [t for t in anchors if t["kind"] == "name"]
    if not names:
        return False
    if score >= config.min_score and len(anchors) >= config.min_anchors:
        return True
    # A shared name alone is a place or a person, not an event: the same town has its
    # flood and its marathon in one week. Something else must be shared too.
    besides = any(t["kind"] != "name" for t in found)
    return names_offered <= config.brief_names and besides and score >= config.brief_min_score


# How many of the best-scoring stories a document may try when the best is another event.
_LEAD_TRIES = 3
# How many of a story's documents (earliest first) give its leads.
_LEAD_DOCUMENTS = 30
# How much of a document's start is read for its lead (title, dateline, first paragraph).
_LEAD_CHARS = 1_500
# Lead dates this many days apart or more are two events' dates, not one event's
# reports a day apart ("late on Tuesday" written up as "on Wednesday").
_LEAD_DAYS_APART = 2
# Words every report of its kind uses whatever the event: who was hurt and how ("killed",
# "injured", "dead", "passengers"), who says so ("police", "officials"), when and where
# in general ("morning", "near", "town"), the steps of councils and courts ("approved",
# "vote", "ruling", "conviction") and units. Two reports sharing only these share a kind
# of news, not an event: they never say what a lead's event is (see
# :func:`_another_event`).
# Lemmas, as ``index_tokens`` gives them.
_GENERIC_TEXT = """
    people person man woman child resident family dead death die kill injure injury hurt
    wound victim casualty survivor survive toll hospital passenger crash accident incident
    police officer official spokesman spokeswoman spokesperson authority statement report
    reporter source confirm announce say tell add accord according
    morning afternoon evening night day week month year today yesterday hour minute time
    early late near nearby outside area local town city village region regional national
    new former first last other more
    million billion thousand percent euro dollar pound crown number total
    council councillor committee meeting vote approve pass reject adopt plan proposal
    decision decide court judge ruling rule case appeal trial conviction convict sentence
    lawyer prosecutor
"""
GENERIC_WORDS: frozenset[str] = frozenset(_GENERIC_TEXT.split())

# Lead days this many days apart or more, with another kind of event (below), are two
# events whatever town, people and consequences ("died", "evacuated") their leads share.
_KIND_DAYS_APART = 7
# What happened, by kind: a lead's lemma that names the event itself. A fire and a flood
# in one town share its mayor, its shelter and "N people died and about M were evacuated";
# they do not share what happened. Consequences (died, injured, evacuated) are no kind.
_EVENT_KINDS_TEXT = """
    fire: fire blaze wildfire bushfire inferno arson
    flood: flood flooding inundate deluge
    explosion: explosion blast explode
    strike: strike walkout
    crash: crash collision collide overturn
    derailment: derail derailment
    earthquake: earthquake quake tremor
    storm: storm hurricane typhoon cyclone tornado gale
    landslide: landslide mudslide avalanche
    collapse: collapse
    shooting: shooting gunman gunfire
    stabbing: stab stabbing
    sinking: sink capsize shipwreck
    spill: spill leak
    outbreak: outbreak epidemic
"""
EVENT_KINDS: dict[str, str] = {
    word: kind.rstrip(":")
    for kind, *words in (line.split() for line in _EVENT_KINDS_TEXT.strip().splitlines())
    for word in words
}
# A kind's word before one of these is who responds, not what happened ("the fire service").
_KIND_NOT_BEFORE_TEXT = """
    service brigade crew crews station chief department fighter firefighter officer
    engine warning alert defence defense barrier
"""
_KIND_NOT_BEFORE = frozenset(_KIND_NOT_BEFORE_TEXT.split())

# Before a kind's word, words that make it a verb ("to fire", "could flood", "they strike").
_VERB_BEFORE_TEXT = """
    to will would could can may might must should shall did does do not never
    they we he she it i you who which that
"""
_VERB_BEFORE = frozenset(_VERB_BEFORE_TEXT.split())
# After a kind's "of", a determiner (or "one", "two") keeps the event: "the collapse of
# the bridge".
_DETERMINER_AFTER_OF = ARTICLES | DEMONSTRATIVES | POSSESSIVE_DETERMINERS | {"one", "two"}
_KIND_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# "that" is a determiner before a kind's noun when a verb follows ("That fire was …").
_DETERMINER_BEFORE_VERB = frozenset({"that", "this"})
# Words before an event noun that make it the next occurrence of its kind ("a second
# storm", "another fire"); "first" and "latest" are left out: the first is the story's
# own and "the latest fire" is as often a follow-up's name for the same one.
_REPEAT_WORDS = frozenset(
    {"second", "third", "fourth", "fifth", "another", "new", "fresh", "renewed", "repeat"}
)
# Words after such a noun that make it an expected event, not one reported: a report of
# the first storm warns of the second ("a second storm is expected on Friday", "could
# hit"): the modal auxiliaries of the claims lexicon, and words of expecting.
_NOT_YET = MODAL_AUXILIARIES | frozenset({"expected", "forecast", "feared", "looms"})
# Words before it that do the same ("forecasters warn of a second storm", "braces for
# another strike").
_AWAITED = frozenset(
    {
        "warn", "warns", "warned", "warning", "fear", "fears", "feared", "brace",
        "braces", "bracing", "expect", "expects", "expected", "forecast", "forecasts",
        "threat", "threatens", "threatened", "risk", "prepare", "prepares", "preparing",
        "ahead", "avert", "averted", "prevent", "plan", "plans", "planned",
    }
)
# Subjects that take a verb's -s ("it floods", "which floods"), unlike a plural noun's.
_SINGULAR_SUBJECTS = frozenset({"it", "he", "she", "who", "which", "that"})
# What an event has rather than is a measure of, after "of": "a fire of unknown origin",
# "an explosion of unknown cause", "a storm of great force" name the event itself.
_EVENT_PROPERTIES = frozenset(
    {"origin", "origins", "cause", "causes", "magnitude", "size", "scale", "intensity"}
    | {"strength", "force", "proportions"}
)


def _verb_form(word: str) -> bool:
    """A tensed verb or an auxiliary ("was", "destroyed", "spread"), read by lemminflect."""
    return bool(verb_forms(word.lower()) & {"VBD", "VBZ", "VBP"}) and "NOUN" not in lemmas(
        word.lower()
    )


def _measure_after_of(rest: list[re.Match[str]]) -> bool:
    """Whether the words after a kind's "of" make it a measure of something else ("a
    storm of criticism", "a flood of angry complaints"): a bare noun after any
    adjectives, unless that noun is a property of the event (``_EVENT_PROPERTIES``:
    "a fire of unknown origin"). A determiner or a name after "of" ("the collapse of the
    bridge", "the flood of 1953") keeps the event."""
    first = rest[0].group()
    if not first[:1].islower() or first.lower() in _DETERMINER_AFTER_OF:
        return False
    words = [found.group().lower() for found in rest[:4]]
    for i, word in enumerate(words):
        if "ADJ" in lemmas(word) and i + 1 < len(words) and "NOUN" in lemmas(words[i + 1]):
            continue  # "unknown origin", "angry complaints": an adjective before its noun
        if "NOUN" in lemmas(word):
            return word not in _EVENT_PROPERTIES
    return True


def event_kinds(lead: str, language: str = "en") -> frozenset[str]:
    """The kinds of event (:data:`EVENT_KINDS`) a lead names with a noun of the event.

    Only the noun counts: a kind's lemma written as a verb is what someone did, not what
    happened ("fired its chief executive", "struck a deal", "the roof collapsed"), so a
    written form with no noun reading (a past tense) or a base form after "to", a modal,
    a negation or a pronoun gives no kind; a gerund names its event ("the sinking of
    the ferry"). A noun followed by "of" and a bare noun is a measure, not the event
    ("a storm of criticism", "a flood of complaints"; "the collapse of the bridge" stays
    one), and one before a responder's word is who responds ("the fire service").
    Word classes are lemminflect's readings (:func:`factcheck.claim_lexicon.lemmas`).
    """
    return frozenset(kind for _, kind in _kind_nouns(lead, language))


def repeated_kinds(lead: str, language: str = "en") -> frozenset[str]:
    """The kinds of event a lead says are a new occurrence: an event noun of
    :func:`event_kinds` right after a word of repetition (:data:`_REPEAT_WORDS`), with at
    most one adjective between ("Second storm in a week hits Pellow", "another deadly
    fire", "a fresh strike").

    Such a lead reports the next event of its kind, not the last one again; its town,
    officials and consequences are the same, so shared names cannot tell the two apart
    (see :func:`_another_event`). "The second day of the strike" repeats a day, not the
    strike: only the event noun itself counts.
    """
    words = list(_KIND_WORD.finditer(lead))
    found: set[str] = set()
    for k, kind in _kind_nouns(lead, language):
        before = [w.group().lower() for w in words[max(0, k - 2) : k]]
        if {w.group().lower() for w in words[k + 1 : k + 4]} & _NOT_YET or {
            w.group().lower() for w in words[max(0, k - 4) : k]
        } & _AWAITED:
            continue  # "a second storm could hit", "warn of a second storm": not reported
        if before and before[-1] in _REPEAT_WORDS:
            found.add(kind)
        elif (
            len(before) == 2
            and before[0] in _REPEAT_WORDS
            and "ADJ" in lemmas(before[1])
            and "NOUN" not in lemmas(before[1])
        ):
            found.add(kind)  # "another deadly fire"
    return frozenset(found)


def _kind_nouns(lead: str, language: str) -> Iterator[tuple[int, str]]:
    """``(index in _KIND_WORD's matches, kind)`` of each event noun of a lead, the one
    reading behind :func:`event_kinds` and :func:`repeated_kinds`."""
    words = list(_KIND_WORD.finditer(lead))
    for k, found in enumerate(words):
        low = found.group().lower()
        lemma = next(iter(index_tokens(low, language)), "")
        kind = EVENT_KINDS.get(lemma)
        if kind is None:
            continue
        if "NOUN" not in lemmas(low) and not low.endswith("ing"):
            continue  # "fired", "struck", "collapsed": a verb
        before = words[k - 1].group().lower() if k else ""
        after = words[k + 1].group() if k + 1 < len(words) else ""
        if before in _DETERMINER_BEFORE_VERB and _verb_form(after):
            pass  # "That fire was the third", "that blaze destroyed two barns"
        elif before in _VERB_BEFORE and not low.endswith("s"):
            continue  # "to fire", "could flood", "they strike"
        elif before in _SINGULAR_SUBJECTS and low.endswith("s"):
            continue  # "when it floods", "a river which floods": a verb's -s
        if after.lower() in _KIND_NOT_BEFORE:
            continue
        if after.lower() == "of" and k + 2 < len(words) and _measure_after_of(words[k + 2 :]):
            continue  # "a storm of criticism": a measure of something else
        yield k, kind


# A name straight after one of these words is where something happened ("in Varnholt",
# "near Anskov"), not who did it: a town shares its name with every event it has.
_PLACE_BEFORE = re.compile(
    r"\b(?:in|near|outside|around|across|above|below|off)\s+$", re.IGNORECASE
)
# A name ending in one of these heads is a place too ("Tallin County fire service").
_PLACE_HEADS = frozenset(
    [
        "county",
        "city",
        "town",
        "village",
        "province",
        "region",
        "district",
        "state",
        "valley",
        "island",
    ]
)
# Who reports it, at a sentence's end (", the Brisk Channel coastguard said."): the
# source, not the event; the same service reports every event of its area.
# A name just before one of these words is the place of a council, court or police
# ("Harwick council", "the Tarnhollow Court of Appeal", "Oskarvik police"), whoever the
# report is about.
_INSTITUTION_HEADS = frozenset(
    [
        "council",
        "court",
        "police",
        "hospital",
        "university",
        "college",
        "school",
        "airport",
        "station",
        "harbour",
        "port",
        "fire",
        "municipality",
    ]
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_ATTRIBUTION = re.compile(
    r",\s*[^,.;]{0,80}?\s(?:said|says|reported|announced|confirmed)\b", re.IGNORECASE
)
# Who a lead quotes is where its figures come from, not whom its event is about:
# "…, according to the conservation group Green Ostrin, …" names a source (up to the
# next comma or stop), as ", the fire service said" does (_ATTRIBUTION). Left in, the
# source's name would be the lead's "who", which later reports of the same event do
# not share (see _another_event).
_ACCORDING_TO = re.compile(r",?\s*\baccording to\b[^,.;]{0,80}", re.IGNORECASE)
# The same source named first, as the subject of its saying: "Green Ostrin, a
# conservation group, said on Wednesday that the fire …" (a sentence's opening name run,
# an optional apposition, then a verb of saying). Cut like ", the service said": which
# report of an event came first must not make a quoted group the story's "who".
_SPEAKER_FIRST = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*(?:,[^,.;]{1,60},)?\s+"
    r"(?=(?:said|says|told|warned|estimated|estimates|claimed|claims)\b)"
)
# A day after "since" is when an ongoing event began ("has burned … since Sunday"): the
# event runs from it to the report's publication, so every day between is the event's.
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:last|early|late)\s+)?(?:on\s+)?$", re.IGNORECASE)
# The longest run of days a "since" date gives (a longer one is no single event's days).
_SINCE_DAYS = 31
_DATELINE = re.compile(r"^\s*([A-Z][A-Z'’ -]{2,})\b")




@dataclass(frozen=True, slots=True)
class _Lead:
    """What a document's lead (headline and first paragraph) says its event is: the
    names of who or what it is about (``actors``, places set apart in ``places``), the
    words that say what happened (``words``: content lemmas that are no name and no
    generic report word, e.g. "bus", "derail", "pool", "uphold") and the days it dates
    the event on."""

    actors: frozenset[str]
    places: frozenset[str]
    dates: tuple[date, ...]
    words: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    published: date | None = None
    #: Where the lead says its event happened: its dateline's place, and names right after
    #: "in", "near", "off" … that end their phrase ("a fire in Ashby on Tuesday"; not
    #: "in Pellowe fraud trial", where the name modifies a noun). See _another_place.
    sites: frozenset[str] = frozenset()
    #: Kinds the lead says are a new occurrence ("Second storm in a week", :func:`repeated_kinds`).
    repeats: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls,
        text: str,
        title: str | None,
        published: date | None,
        *,
        exclude: Collection[str] = (),
        language: str = "en",
    ) -> _Lead:
        head = text[:_LEAD_CHARS].lstrip()
        first = re.split(r"\n\s*\n", head, maxsplit=1)[0]
        for name in sorted({n for n in exclude if n and n.strip()}, key=len, reverse=True):
            pattern = re.compile(re.escape(name.strip()), re.IGNORECASE)
            first = pattern.sub(" ", first)
            title = pattern.sub(" ", title) if title else title
        # The dates are read on the whole paragraph ("…, the service said on Thursday").
        dated = first
        first = _ACCORDING_TO.sub("", _ATTRIBUTION.sub("", _SPEAKER_FIRST.sub("", first)))
        lead = f"{title.strip()}.\n{first}" if title and title.strip() else first
        names = set(_name_words(lead, language))
        places: set[str] = set()
        sites: set[str] = set()
        for run in _NAME_RUN.finditer(lead):
            words = [_plain(w) for w in run.group(0).split()]
            after = _NEXT_WORD.match(lead, run.end())
            located = _PLACE_BEFORE.search(lead, max(0, run.start() - 12), run.start())
            if (
                words[-1] in _PLACE_HEADS
                or (len(words) > 1 and words[-1] in _INSTITUTION_HEADS)
                or (after is not None and _plain(after.group(1)) in _INSTITUTION_HEADS)
                or located
            ):
                places.update(words)
            if located and not _modifies_next(lead, run.end()):
                sites.update(words)
        dateline = _DATELINE.match(first)
        if dateline:
            places.update(_plain(w) for w in dateline.group(1).split())
            sites.update(_plain(w) for w in dateline.group(1).split())
        days: list[tuple[date, bool]] = []
        for d in anchor_dates(dated, published):
            if d.grain != "day" or d.start is None:
                continue
            said = bool(SPOKE_ON_RE.search(dated, max(0, d.span[0] - 40), d.span[0]))
            days.append((d.start, said))
            if published is not None and _SINCE_BEFORE.search(
                dated, max(0, d.span[0] - 20), d.span[0]
            ):
                # "since Sunday" in a report of Wednesday: Sunday to Wednesday.
                last = min(published, d.start + timedelta(days=_SINCE_DAYS))
                days.extend(
                    (d.start + timedelta(days=n), False)
                    for n in range(1, (last - d.start).days + 1)
                )
        # The day something was said stands for the event's only when the lead dates
        # nothing else ("…, investigators said on Friday").
        event_days = {day for day, said in days if not said} or {day for day, _ in days}
        # A day after the report's own is what it expects ("a second storm could hit
        # next week"), not when its event happened: a forecast in a follow-up would
        # otherwise date the follow-up on the next event's day.
        if published is not None:
            event_days = {day for day in event_days if day <= published}
        tokens = index_tokens(lead, language)
        kinds = event_kinds(lead, language)
        what = {
            t
            for t in tokens
            if not t[0].isdigit()
            and t not in names
            and t not in _CALENDAR
            and not _names_nothing(t)
            and t not in GENERIC_WORDS
        }
        return cls(
            frozenset(names - places),
            frozenset(places & names),
            tuple(sorted(event_days)),
            frozenset(what),
            frozenset(kinds),
            published,
            frozenset(sites & names),
            repeats=repeated_kinds(lead, language),
        )


def _modifies_next(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` modifies the word after it ("Pellowe fraud
    trial", "Ashby town centre"): the next word is lower-case with a noun reading, not a
    word that ends the phrase ("on", "and", "after")."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return word[:1].islower() and "NOUN" in lemmas(word) and word.lower() not in _PHRASE_ENDS


# Words after a place name that end its phrase though a dictionary also reads them as
# nouns ("in Ashby late on Tuesday", "in Ashby last night").
_PHRASE_ENDS = frozenset({"late", "early", "last", "this", "overnight", "yesterday", "today"})


def _documents_read(text: Any) -> Any:
    """What story assignment reads of stored documents, the one home of that read:
    ``text`` (the whole text or its head), title, publication date, language, credit,
    copy, story reason and outlet name (``name``). Each use below adds its own key."""
    return sa.select(
        text.label("text"),
        documents_t.c.title,
        documents_t.c.published,
        documents_t.c.language,
        documents_t.c.credit,
        documents_t.c.copy_of_id,
        documents_t.c.story_reason,
        sources_t.c.name,
    ).join(sources_t, sources_t.c.id == documents_t.c.source_id)


#: Documents of one date in content order: the SHA-256 of their text, then their outlet's
#: (unique) name, two outlets printing one text. Never the id, which follows the order of
#: ingest: which of a long story's same-day documents are its leads, or its earliest
#: (:func:`_story_keys`), must not turn on which was stored first.
_SAME_DATE_ORDER = (documents_t.c.sha256, sources_t.c.name)


def _earliest(text: Any) -> Any:
    """A story's documents in date order, ties by content (:data:`_SAME_DATE_ORDER`),
    up to ``:n``: ``ix_documents_story_published`` gives the dates in order and only
    documents of one date are sorted (a partial sort, stopped at ``:n``)."""
    return (
        _documents_read(text)
        .where(documents_t.c.story_id == sa.bindparam("story_id"))
        .order_by(documents_t.c.published, *_SAME_DATE_ORDER)
        .limit(sa.bindparam("n"))
    )


# The statements story assignment sends at every ingest, built once: a statement built
# per call costs its construction and cache key each time (more than the read itself
# for the short ones), and an IN list is bound as one expanding parameter.
_STORED_DOCUMENT = _documents_read(documents_t.c.text).where(
    documents_t.c.id == sa.bindparam("document_id")
)
#: The heads of a story's earliest documents, its leads (a bounded read: the first
#: ``_LEAD_CHARS`` characters of ``_LEAD_DOCUMENTS``).
_EARLIEST_HEADS = _earliest(sa.func.substr(documents_t.c.text, 1, _LEAD_CHARS))
#: The whole text of a story's earliest documents (its label's written forms).
_EARLIEST_TEXTS = _earliest(documents_t.c.text)
#: A story's earliest documents with what re-judging them reads (:func:`_rejudge_repeats`).
_EARLIEST_MEMBERS = _earliest(sa.func.substr(documents_t.c.text, 1, _LEAD_CHARS)).add_columns(
    documents_t.c.id, documents_t.c.story_set_by
)
#: A story's earliest document's content key (:func:`_story_keys`), its text left out.
_EARLIEST_KEY = _earliest(sa.literal("")).add_columns(documents_t.c.sha256)
_STORIES_HOLDING = sa.select(story_stats_t.c.term, story_stats_t.c.stories).where(
    story_stats_t.c.term.in_(sa.bindparam("terms", expanding=True))
)
_POSTINGS = sa.select(story_terms_t.c.term, story_terms_t.c.story_id).where(
    story_terms_t.c.term.in_(sa.bindparam("terms", expanding=True))
)
_POSTINGS_IN_STORIES = _POSTINGS.where(
    story_terms_t.c.story_id.in_(sa.bindparam("stories", expanding=True))
)
_STORY_SPANS = sa.select(
    stories_t.c.id, stories_t.c.first_published, stories_t.c.last_published
).where(stories_t.c.id.in_(sa.bindparam("stories", expanding=True)))
_HELD_TERMS = sa.select(story_terms_t.c.term, story_terms_t.c.documents).where(
    story_terms_t.c.story_id == sa.bindparam("story_id"),
    story_terms_t.c.term.in_(sa.bindparam("terms", expanding=True)),
)
_ONE_MORE_DOCUMENT = (
    sa.update(story_terms_t)
    .where(
        story_terms_t.c.story_id == sa.bindparam("held_story"),
        story_terms_t.c.term == sa.bindparam("held_term"),
    )
    .values(documents=story_terms_t.c.documents + 1)
)
_SET_STORY = (
    sa.update(documents_t)
    .where(documents_t.c.id == sa.bindparam("document_id"))
    .values(
        story_id=sa.bindparam("story"),
        story_score=sa.bindparam("score"),
        story_reason=sa.bindparam("reason"),
        story_set_by="auto",
    )
)
_LABEL_SET_BY = sa.select(stories_t.c.label_set_by).where(
    stories_t.c.id == sa.bindparam("story_id")
)
_LABEL_TERMS = (
    sa.select(story_terms_t.c.term, story_terms_t.c.kind, story_terms_t.c.documents)
    .where(story_terms_t.c.story_id == sa.bindparam("story_id"), story_terms_t.c.kind != "figure")
    .order_by(story_terms_t.c.documents.desc(), story_terms_t.c.term)
    .limit(sa.bindparam("n"))
)
_SET_LABEL = (
    sa.update(stories_t)
    .where(stories_t.c.id == sa.bindparam("story_id"))
    .values(label=sa.bindparam("label"))
)


def _earliest_heads(conn: Connection, story_id: int) -> list[Any]:
    """The rows of a story's ``_LEAD_DOCUMENTS`` earliest documents, ``text`` cut to
    ``_LEAD_CHARS``: what its leads (:func:`_story_leads`) are read from."""
    return list(conn.execute(_EARLIEST_HEADS, {"story_id": story_id, "n": _LEAD_DOCUMENTS}))


def _story_leads(conn: Connection, story_id: int) -> list[_Lead]:
    """The leads of a story's earliest documents (a bounded read: ``_LEAD_DOCUMENTS``
    documents, the first ``_LEAD_CHARS`` characters of each)."""
    return [
        _stored_lead(
            row.text or "", row.title, row.published, tuple(_own_names(row)), row.language or "en"
        )
        for row in _earliest_heads(conn, story_id)
    ]


# Parsed leads of stored documents kept in memory (names and days: well under a KB each).
LEAD_CACHE = 4_096


@lru_cache(maxsize=LEAD_CACHE)
def _stored_lead(
    head: str, title: str | None, published: date | None, exclude: tuple[str, ...], language: str
) -> _Lead:
    """A stored document's lead, parsed once (:meth:`_Lead.of`): a document trying a story
    reads the leads of its ``_LEAD_DOCUMENTS`` earliest documents, for up to
    ``_LEAD_TRIES`` stories, and the same early documents are read again at every ingest
    into their story. A lead is a pure function of these inputs, so a kept one is what
    parsing it again would give."""
    return _Lead.of(head, title, published, exclude=exclude, language=language)


def _another_event(
    conn: Connection, story_id: int, lead: _Lead, shared: Iterable[Mapping[str, Any]] = ()
) -> dict[str, Any] | None:
    """Why a document that shares enough with a story is nonetheless about another event,
    or None when nothing says so.

    Shared names and words say "same town, same kind of news"; a town's fire chief,
    mayor and last big event reappear in its next, unrelated report ("a week after the
    fire at the plant"), and every crash has its injured and its police. What a report
    is about is in its lead. A document is another event when the days its lead dates
    the event on are all at least ``_LEAD_DAYS_APART`` days from every day the story's
    leads give, and its lead

    * names someone or something (not a place) that no lead of the story names, and
      names none the story's leads name (``"differs": "who"``: another ship, another
      defendant); or
    * shares nothing with the story's leads but places and generic report words: no
      name, and no word of what happened (``"differs": "what"``: a bus that left the
      road against a train that derailed, a pool plan against a budget, both "approved"
      by the same council); or
    * dates its event ``_KIND_DAYS_APART`` days or more from the story's, is
      published six days or more from every one of the story's leads (a date read
      a week off in a brief of two days later is no second event), and the
      names the whole document shares with the story (``shared``, the terms that
      scored it: ``[{"term", "kind", ...}]``) are all places of the leads
      (``"differs": "who"``, ``"shared_names"``): the same town's care-home strike a
      week before its hospital strike shares the town, the kind of event, the words
      of every strike ("walked out", "pay", "union") and a round pay offer, but not
      one person or organisation. A follow-up of the same event a week on names its
      people again.
    * says its event is the next of a kind the story's leads report, or a story's lead
      says so of the document's kind (``"differs": "again"``, ``"repeated_kinds"``:
      :func:`repeated_kinds`): "Second storm in a week hits Pellow" names the same
      coast, harbour master and damage as the first storm's reports, and dates its
      storm a week later.

    Both the days and the lead are needed: a feature whose lead is a resident on the
    day of the flood is the flood's story; a follow-up that names the plant or the
    derailment in its lead is the plant's or the derailment's story whatever its date.
    The test is symmetric, so the grouping does not depend on which report came first.
    """
    leads = _story_leads(conn, story_id)
    where = _another_place(lead, leads)
    if where is not None:
        return {"story_id": story_id, "differs": "where", **where}
    if not lead.dates or not (lead.actors or lead.words or lead.kinds):
        return None
    apart = _days_apart(lead, leads)
    if apart is None or apart < _LEAD_DAYS_APART:
        return None
    places = set(lead.places).union(*(other.places for other in leads))
    mine = lead.actors - places
    theirs = set().union(*(other.actors for other in leads)) - places
    my_event = mine | (lead.words - places)
    their_event = theirs | (set().union(*(other.words for other in leads)) - places)
    their_kinds = set().union(*(other.kinds for other in leads))
    shared_names = _names_of(shared)
    again = _repeated(lead, leads)
    if (
        apart >= _KIND_DAYS_APART
        and lead.kinds
        and their_kinds
        and not lead.kinds & their_kinds
    ):
        differs = "what happened"
    elif again:
        differs = "again"
    elif mine and theirs and not mine & theirs:
        differs = "who"
    elif my_event and their_event and not my_event & their_event:
        differs = "what"
    elif (
        apart >= _KIND_DAYS_APART
        and shared_names
        and shared_names <= places
        and _reports_apart(lead, leads) >= _KIND_DAYS_APART - 1
    ):
        differs = "who"
    else:
        return None
    return {
        "story_id": story_id,
        "differs": differs,
        "lead_names": sorted(mine)[:6],
        "story_lead_names": sorted(theirs)[:6],
        "lead_words": sorted(lead.words - places)[:6],
        "story_lead_words": sorted(their_event - theirs)[:6],
        "days_apart": apart,
        **(
            {"shared_names": sorted(shared_names)[:6]}
            if differs == "who" and shared_names <= places
            else {}
        ),
        **(
            {"lead_kinds": sorted(lead.kinds), "story_lead_kinds": sorted(their_kinds)}
            if differs == "what happened"
            else {}
        ),
        **({"repeated_kinds": sorted(again)} if differs == "again" else {}),
    }


def _days_apart(lead: _Lead, leads: Iterable[_Lead]) -> int | None:
    """The fewest days between a day ``lead`` dates its event on and one ``leads`` give
    (None when either side dates nothing)."""
    their_days = {d for other in leads for d in other.dates}
    if not lead.dates or not their_days:
        return None
    return min(abs((a - b).days) for a in lead.dates for b in their_days)


def _repeated(lead: _Lead, leads: Iterable[_Lead]) -> frozenset[str]:
    """The kinds of event ``lead`` says its event is the next of and ``leads`` report, or
    that one of ``leads`` says so of ``lead``'s kind (:func:`repeated_kinds`: "Second
    storm in a week" against a storm): the ``"differs": "again"`` of
    :func:`_another_event` when their days are apart too."""
    leads = list(leads)
    their_kinds = frozenset().union(*(other.kinds for other in leads))
    their_repeats = frozenset().union(*(other.repeats for other in leads))
    return (lead.repeats & their_kinds) | (their_repeats & lead.kinds)


def _another_place(lead: _Lead, leads: Iterable[_Lead]) -> dict[str, Any] | None:
    """``{"lead_places", "story_lead_places"}`` when a lead says its event happened
    somewhere no lead of the story names, on any day; None otherwise.

    Where an event happened is part of what it is: six outlets' bulletins of six
    warehouse fires, worded from one template on one day with one regional service and
    its spokeswoman, are six fires because each lead puts its fire in another town. A
    lead's sites are its dateline's place and the names it gives as where, after "in",
    "near", "off" … and ending their phrase (``_Lead.sites``; "in Pellowe fraud trial"
    names a company, and a court or council names where a report comes from, not where
    its event was); both sides must name one, and neither lead may name the other's
    anywhere, so a report that puts the story's fire "in Tallin County" while naming
    "the Ostrava Ridge wildfire" stays with the one "near Ostrava Ridge"."""
    leads = list(leads)
    theirs = {place for other in leads for place in other.sites}
    mine = set(lead.sites)
    if not mine or not theirs:
        return None
    # Neither names the other's place at all: "the Ostrava Ridge wildfire" in a lead
    # that puts it "in Tallin County" is the fire "near Ostrava Ridge".
    their_names = set().union(*(other.actors | other.places for other in leads))
    if mine & (their_names | theirs) or theirs & (lead.actors | lead.places | mine):
        return None
    return {"lead_places": sorted(mine)[:6], "story_lead_places": sorted(theirs)[:6]}


def _reports_apart(lead: _Lead, leads: Iterable[_Lead]) -> int:
    """The fewest days between a lead's publication and any of ``leads``' (0 when a
    date is missing: nothing says the reports are apart)."""
    days = [
        abs((lead.published - other.published).days)
        for other in leads
        if lead.published is not None and other.published is not None
    ]
    return min(days, default=0)


def _names_of(shared: Iterable[Mapping[str, Any]]) -> set[str]:
    """The name terms among a document's shared terms (:func:`find_stories`)."""
    return {str(t["term"]) for t in shared if t["kind"] == "name"}


def stories_apart(
    conn: Connection, story_ids: Iterable[int | None], *, without_document: int | None = None
) -> dict[int, frozenset[int]]:
    """story id → the stories any of its documents was judged another event than
    (``apart_from`` in their ``story_reason``, written by :func:`assign_document`).

    The one home of "the stories a story is another event than", read alike by story
    assignment (a newcomer to the story inherits them; joined stories are merged only
    when neither is apart from the other) and by matching (no claim of either story is
    compared with the other's): both read every document of the story, so assignment
    and matching never disagree on which stories are apart (before, assignment read only
    the story's earliest documents). Judged by one document, held by its whole story:
    the judgment says the story's event is another than that story's, whichever of its
    reports the judgment was made for. Read per document, which
    reports carried it turned on the order of ingest (the report that arrives after a
    look-alike of another event is the one judged), so the claims compared across two
    look-alike events did too (docs/scale.md, "Order of ingest"). Reads the documents of
    these stories through ``ix_documents_story_published`` (an index range per story);
    ``without_document`` leaves one document's own judgments out.
    """
    wanted = sorted({sid for sid in story_ids if sid is not None})
    found: dict[int, set[int]] = {}
    for chunk in chunks(wanted):
        query = sa.select(documents_t.c.story_id, documents_t.c.story_reason).where(
            documents_t.c.story_id.in_(chunk),
            documents_t.c.story_reason.like('%"apart_from"%'),
        )
        if without_document is not None:
            query = query.where(documents_t.c.id != without_document)
        for story_id, reason in conn.execute(query):
            found.setdefault(int(story_id), set()).update(apart_from(reason))
    return {sid: frozenset(apart - {sid}) for sid, apart in found.items()}


def _new_story(conn: Connection, title: str, published: date | None) -> int:
    now = _now()
    return int(
        conn.execute(
            sa.insert(stories_t)
            .values(
                title=title,
                first_published=published,
                last_published=published,
                created_at=now,
                updated_at=now,
            )
            .returning(stories_t.c.id)
        ).scalar_one()
    )


def _reclaim(conn: Connection, story_id: int, title: str, published: date | None) -> bool:
    """Take back an emptied story's id for a new story (``stories rebuild``): True when
    the row exists and no document is in it. Its label stays when a person set it."""
    if conn.execute(sa.select(stories_t.c.id).where(stories_t.c.id == story_id)).first() is None:
        return False
    if conn.execute(
        sa.select(documents_t.c.id).where(documents_t.c.story_id == story_id).limit(1)
    ).first():
        return False
    conn.execute(
        sa.update(stories_t)
        .where(stories_t.c.id == story_id)
        .values(
            title=title, first_published=published, last_published=published, updated_at=_now()
        )
    )
    return True


def _bump_stats(conn: Connection, counts: Mapping[str, int]) -> None:
    if not counts:
        return
    insert = upsert_insert(conn)(story_stats_t)
    upsert = insert.on_conflict_do_update(
        index_elements=[story_stats_t.c.term],
        set_={"stories": story_stats_t.c.stories + insert.excluded.stories},
    )
    rows = [{"term": t, "stories": n} for t, n in sorted(counts.items())]
    for start in range(0, len(rows), 500):
        conn.execute(upsert, rows[start : start + 500])
    gone = [t for t, n in counts.items() if n < 0]
    for start in range(0, len(gone), 500):
        conn.execute(
            sa.delete(story_stats_t).where(
                story_stats_t.c.term.in_(gone[start : start + 500]), story_stats_t.c.stories <= 0
            )
        )


def _existing_terms(conn: Connection, story_id: int, terms: Iterable[str]) -> dict[str, int]:
    wanted = sorted(set(terms))
    out: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        for term, n in conn.execute(
            _HELD_TERMS, {"story_id": story_id, "terms": wanted[start : start + 500]}
        ):
            out[term] = int(n)
    return out


def add_document_terms(conn: Connection, story_id: int, terms: Mapping[str, str]) -> None:
    """Count one more document holding each term in the story."""
    held = _existing_terms(conn, story_id, terms)
    fresh = [t for t in sorted(terms) if t not in held]
    if fresh:
        conn.execute(
            sa.insert(story_terms_t),
            [{"term": t, "story_id": story_id, "kind": terms[t], "documents": 1} for t in fresh],
        )
        _bump_stats(conn, dict.fromkeys(fresh, 1))
    if held:
        # One statement run for every held term (executemany), not one built per term:
        # building and compiling it was most of a short document's storing time.
        conn.execute(
            _ONE_MORE_DOCUMENT,
            [{"held_story": story_id, "held_term": term} for term in sorted(held)],
        )


def _remove_terms(conn: Connection, story_id: int, terms: Iterable[str]) -> None:
    """Count one document fewer holding each term; drop terms no document holds."""
    held = _existing_terms(conn, story_id, terms)
    emptied = [t for t, n in held.items() if n <= 1]
    for term, n in sorted(held.items()):
        if n > 1:
            conn.execute(
                sa.update(story_terms_t)
                .where(story_terms_t.c.story_id == story_id, story_terms_t.c.term == term)
                .values(documents=n - 1)
            )
    for start in range(0, len(emptied), 500):
        conn.execute(
            sa.delete(story_terms_t).where(
                story_terms_t.c.story_id == story_id,
                story_terms_t.c.term.in_(emptied[start : start + 500]),
            )
        )
    _bump_stats(conn, dict.fromkeys(emptied, -1))


def _widen_dates(conn: Connection, story_id: int, published: date | None) -> None:
    values: dict[str, Any] = {"updated_at": _now()}
    if published is not None:
        values["first_published"] = sa.case(
            (stories_t.c.first_published.is_(None), published),
            (stories_t.c.first_published > published, published),
            else_=stories_t.c.first_published,
        )
        values["last_published"] = sa.case(
            (stories_t.c.last_published.is_(None), published),
            (stories_t.c.last_published < published, published),
            else_=stories_t.c.last_published,
        )
    conn.execute(sa.update(stories_t).where(stories_t.c.id == story_id).values(**values))


def _recompute_dates(conn: Connection, story_id: int) -> None:
    first, last = conn.execute(
        sa.select(sa.func.min(documents_t.c.published), sa.func.max(documents_t.c.published)).where(
            documents_t.c.story_id == story_id
        )
    ).one()
    conn.execute(
        sa.update(stories_t)
        .where(stories_t.c.id == story_id)
        .values(first_published=first, last_published=last, updated_at=_now())
    )


def _stored_document(conn: Connection, document_id: int) -> Any:
    """What story assignment reads of a stored document: its text, title, publication
    date, language, credit, copy and outlet name (``name``)."""
    return conn.execute(_STORED_DOCUMENT, {"document_id": document_id}).one()


def _own_names(row: Any) -> list[str]:
    """The outlet and its credit: names a document says of itself, never a story term."""
    return [row.name, *([row.credit] if row.credit else [])]


def document_terms(conn: Connection, document_id: int, config: StoryConfig) -> dict[str, str]:
    """Recompute a stored document's key terms (cheap, and always what ingest computed)."""
    row = _stored_document(conn, document_id)
    return key_terms(
        row.text,
        title=row.title,
        exclude=_own_names(row),
        max_words=config.max_words,
        language=row.language,
    )


def assign_stored_document(
    conn: Connection, document_id: int, config: StoryConfig, *, reuse: int | None = None
) -> int | None:
    """Assign one stored document to a story as ingest would; returns the story id.

    ``reuse``: see :func:`assign_document`.
    """
    row = _stored_document(conn, document_id)
    return assign_document(
        conn,
        document_id,
        text=row.text,
        title=row.title,
        published=row.published,
        exclude=_own_names(row),
        copy_of=row.copy_of_id,
        config=config,
        language=row.language,
        reuse=reuse,
    ).story_id


def assign_document(
    conn: Connection,
    document_id: int,
    *,
    text: str,
    title: str | None,
    published: date | None,
    exclude: Collection[str] = (),
    copy_of: int | None = None,
    config: StoryConfig | None = None,
    language: str = "en",
    reuse: int | None = None,
    rejudge: bool = True,
) -> StoryAssignment:
    """Put a new document in the best story, or a new one; record why, in ``conn``'s transaction.

    ``exclude`` are outlet names to keep out of the key terms (see :func:`key_terms`). A near-copy
    (``copy_of``) joins its original's story whatever its terms say, unless each names
    someone or somewhere the other does not (:func:`_other_names`: the same words about
    another event are placed by their own terms). ``reuse`` is the story
    the document was in before ``stories rebuild`` emptied it: when the document starts a
    story, that story takes the id back (with a person's label) if no document holds it
    yet, so a rebuild that moves nothing keeps every id. A document that joins a
    story makes the story's documents judged again (``rejudge``, :func:`_rejudge_repeats`):
    those now the next event of a kind the story reports leave it (``left``).
    """
    cfg = config or StoryConfig()
    terms = key_terms(
        text, title=title, exclude=exclude, max_words=cfg.max_words, language=language
    )
    chosen: int | None = None
    score: float | None = None
    moved: list[int] = []
    reason: dict[str, Any]
    if copy_of is None and not any(kind == "name" for kind in terms.values()):
        # A snippet that names no one and nowhere cannot be placed in an event; left
        # outside every story, its claims are compared with all others as before.
        reason = {"unplaced": "names no person, place or organisation"}
        conn.execute(
            sa.update(documents_t)
            .where(documents_t.c.id == document_id)
            .values(story_reason=json.dumps(reason), story_set_by="auto")
        )
        return StoryAssignment(None, None, False, reason)
    copy_names: dict[str, list[str]] | None = None
    if copy_of is not None:
        copy_names = _other_names(terms, document_terms(conn, copy_of, cfg))
        if copy_names is None:
            chosen = conn.execute(
                sa.select(documents_t.c.story_id).where(documents_t.c.id == copy_of)
            ).scalar()
            reason = {"copy_of": copy_of}
    if chosen is None:
        ranked = find_stories(conn, terms, cfg, published=published)
        best = ranked[0] if ranked else None
        names_offered = sum(1 for kind in terms.values() if kind == "name")
        lead = _Lead.of(text, title, published, exclude=exclude, language=language)
        other_event: dict[str, Any] | None = None
        # Stories judged another event, close or not: their claims and this document's
        # are never matched (``independence.set_apart``). A story too far to join is
        # judged too when it shares a name, so the outcome does not depend on which
        # report came first (the later one is the one that is judged).
        apart: list[int] = []
        joinable: list[int] = []
        # What the pair can offer is the lesser of what each side offers: a story of
        # briefs cannot offer a second anchor either, so a full report joins it on the
        # brief rule, as that brief would have joined the report's story had the
        # report come first (otherwise the grouping turned on the order of ingest).
        story_names = _names_held(conn, [sid for sid, _, _ in ranked[:_LEAD_TRIES]], cfg)
        for rank, (story_id, story_score, shared) in enumerate(ranked):
            # Only the best few may be joined (or merged with the one chosen, below),
            # but every story found that shares a name is judged: whether a look-alike
            # report of another event is set apart from a story must not turn on how
            # many other look-alikes outranked it when it arrived, that is on the order
            # of ingest (``find_stories`` bounds the list to ``_POOL``).
            joins = rank < _LEAD_TRIES and _qualifies(
                shared,
                story_score,
                cfg,
                names_offered=min(names_offered, story_names[story_id]),
            )
            if not joins and not any(t["kind"] == "name" for t in shared):
                continue
            found = _another_event(conn, story_id, lead, shared)
            if found is not None:
                apart.append(story_id)
                other_event = other_event or found
                continue
            if not joins:
                continue
            joinable.append(story_id)
            if chosen is None:
                chosen, score = story_id, story_score
                reason = {"score": score, "shared": shared[:15]}
        if chosen is None:
            reason = {"new": True}
            if best is not None:
                reason["closest"] = {"story_id": best[0], "score": best[1], "shared": best[2][:8]}
            if other_event is not None:
                reason["other_event"] = other_event
        if copy_names is not None:
            # Worded like another document but about another event: placed by its own
            # terms; the reason says which document it shares its wording with.
            reason["worded_like"] = {"document_id": copy_of, **copy_names}
        if chosen is not None and len(joinable) > 1:
            chosen, moved, merged = _merge_joined(conn, joinable, document_id, cfg)
            if merged:
                reason["merged"] = merged
        if chosen is not None:
            # What the story's documents were judged apart from holds for a newcomer to
            # it too: the pool plan set apart from the budget story is apart from the
            # budget report that joins that story after it.
            apart.extend(stories_apart(conn, [chosen]).get(chosen, ()))
        apart = sorted(set(apart) - {chosen} if chosen is not None else set(apart))
        if apart:
            reason["apart_from"] = apart
    created = chosen is None
    if chosen is None:
        heading = _story_title(title, terms)
        if reuse is not None and _reclaim(conn, reuse, heading, published):
            chosen = reuse
        else:
            chosen = _new_story(conn, heading, published)
    else:
        _widen_dates(conn, chosen, published)
    add_document_terms(conn, chosen, terms)
    conn.execute(
        _SET_STORY,
        {
            "document_id": document_id,
            "story": chosen,
            "score": score,
            "reason": json.dumps(reason, ensure_ascii=False),
        },
    )
    left: list[int] = []
    if not created and rejudge:
        for document, placed in _rejudge_repeats(conn, chosen, document_id, cfg):
            left.append(document)
            moved.extend(placed.moved)
    refresh_label(conn, chosen)
    return StoryAssignment(chosen, score, created, reason, tuple(moved), tuple(left))


def _rejudge_repeats(
    conn: Connection, story_id: int, joined_by: int, config: StoryConfig
) -> list[tuple[int, StoryAssignment]]:
    """Judge a story's documents again after ``joined_by`` joined it: each that is now
    the next event of a kind the rest of the story reports (``"differs": "again"``,
    :func:`_repeated`, its days ``_LEAD_DAYS_APART`` or more from theirs) leaves it and
    is placed again as at ingest, where that judgment keeps it out (its reason says
    ``{"rejudged_by": joined_by}`` besides what placing it found). Returns
    ``[(document, its assignment)]``.

    The judgment is made when a document joins, against the story as it is then. "A
    second storm in a week hits Pellow" joins a story of one report of the harbour wall
    breached a week before that names no storm; the first storm's own report, joining
    after it, makes the story say "storm", and the second storm's report is then
    another event of it. Had the storm report come before it, it would never have
    joined: so that the grouping is the same for any order, growth is judged again.
    Only growth can make a document the next event of its story (a story that loses
    a document reports fewer kinds), so joining (merges at ingest included) is when
    it is judged again; the story's pairs of documents were judged when they met, so
    only stories of three documents or more, one of them saying "second" or
    "another", are read. A story a person shaped (moved or merged a document into it,
    or named it) is left as the person made it, as :func:`_merge_joined` does; a
    person's move or merge re-judges nothing. Bounded: the story's
    ``_LEAD_DOCUMENTS`` earliest documents are judged (the leads every judgment
    reads), and a document placed again does not re-judge the story it joins.
    """
    rows = list(conn.execute(_EARLIEST_MEMBERS, {"story_id": story_id, "n": _LEAD_DOCUMENTS}))
    if len(rows) < 3:
        return []
    leads = {
        int(row.id): _stored_lead(
            row.text or "", row.title, row.published, tuple(_own_names(row)), row.language or "en"
        )
        for row in rows
    }
    if not any(lead.repeats for lead in leads.values()):
        return []
    if _shaped_by_person(conn, [story_id]):
        return []
    leaving = []
    for row in rows:
        if row.story_set_by != "auto" or row.copy_of_id is not None or row.id == joined_by:
            # A copy goes with its original, a person placed what they moved, and the
            # newcomer was judged against the story as it joined.
            continue
        mine = leads[int(row.id)]
        rest = [lead for other, lead in leads.items() if other != row.id]
        apart = _days_apart(mine, rest)
        if apart is not None and apart >= _LEAD_DAYS_APART and _repeated(mine, rest):
            leaving.append(int(row.id))
    out = []
    for document_id in leaving:
        _remove_terms(conn, story_id, document_terms(conn, document_id, config))
        conn.execute(
            sa.update(documents_t)
            .where(documents_t.c.id == document_id)
            .values(story_id=None, story_score=None)
        )
        row = _stored_document(conn, document_id)
        placed = assign_document(
            conn,
            document_id,
            text=row.text,
            title=row.title,
            published=row.published,
            exclude=_own_names(row),
            config=config,
            language=row.language,
            rejudge=False,
        )
        reason = {**placed.reason, "rejudged_by": joined_by}
        conn.execute(
            sa.update(documents_t)
            .where(documents_t.c.id == document_id)
            .values(story_reason=json.dumps(reason, ensure_ascii=False))
        )
        out.append((document_id, placed))
    if out:
        _recompute_dates(conn, story_id)
    return out


def _shaped_by_person(conn: Connection, story_ids: Sequence[int]) -> set[int]:
    """The stories among ``story_ids`` a person shaped: moved or merged a document into,
    or named. Automatic regrouping leaves them as the person made them."""
    return set(
        conn.execute(
            sa.select(documents_t.c.story_id)
            .where(documents_t.c.story_id.in_(story_ids), documents_t.c.story_set_by == "person")
            .distinct()
        ).scalars()
    ) | set(
        conn.execute(
            sa.select(stories_t.c.id).where(
                stories_t.c.id.in_(story_ids), stories_t.c.label_set_by == "person"
            )
        ).scalars()
    )


#: The most documents an automatic merge moves (:func:`_merge_joined`): a larger story
#: is merged by a person (``stories merge``), so one ingest never re-matches without bound.
MERGE_MAX_DOCUMENTS = 50


def _merge_joined(
    conn: Connection, joinable: list[int], document_id: int, config: StoryConfig
) -> tuple[int, list[int], list[int]]:
    """Merge the stories a new document may join (best first): ``(story it joins,
    documents moved, stories merged into it)``.

    Two reports of one event that share too little to join each other (the fire chief's
    account and the owner's) start two stories; a third naming both qualifies for each.
    Joining only the best would leave the event split when the third came last and
    whole when it came between them: the grouping would follow the order of ingest.
    So the stories it qualifies for (:func:`_qualifies`, none judged another event by
    its lead) become one: the story with the most documents (then the lowest id) keeps
    its id, the others' documents move into it remembering where they came from
    (``{"merged_from": id, "joined_by": document}``, ``apart_from`` kept) and their
    claims are matched again by the caller. A story is left as it is when a person
    shaped it (moved or merged a document, or named it), when it holds more than
    :data:`MERGE_MAX_DOCUMENTS` documents, or when its documents and the kept story's
    were judged another event of each other (``apart_from``).
    """
    sizes: dict[int, int] = {
        int(story_id): int(n)
        for story_id, n in conn.execute(
            sa.select(documents_t.c.story_id, sa.func.count())
            .where(documents_t.c.story_id.in_(joinable))
            .group_by(documents_t.c.story_id)
        )
    }
    shaped = _shaped_by_person(conn, joinable)
    best = joinable[0]
    held = stories_apart(conn, joinable)
    apart = {sid: held.get(sid, frozenset()) for sid in joinable}

    def together(a: int, b: int) -> bool:
        return a not in apart[b] and b not in apart[a]

    group = [best]
    if best not in shaped:
        group += [
            sid
            for sid in joinable[1:]
            if sid not in shaped
            and sizes.get(sid, 0) <= MERGE_MAX_DOCUMENTS
            and together(best, sid)
        ]
    # The largest keeps its id (and so does the best when it is too large to move).
    keep = min(group, key=lambda sid: (-sizes.get(sid, 0), sid))
    moved: list[int] = []
    merged: list[int] = []
    for other in sorted(set(group) - {keep}):
        if not together(keep, other):
            continue
        documents = conn.execute(
            sa.select(documents_t.c.id, documents_t.c.story_reason)
            .where(documents_t.c.story_id == other)
            .order_by(documents_t.c.id)
        ).all()
        for row in documents:
            why: dict[str, Any] = {"merged_from": other, "joined_by": document_id}
            earlier = apart_from(row.story_reason)
            if earlier:
                why["apart_from"] = sorted(earlier)
            move_document(conn, row.id, keep, by="auto", config=config, reason=why)
            moved.append(int(row.id))
        merged.append(other)
    return keep, moved, merged


def _other_names(
    mine: Mapping[str, str], original: Mapping[str, str]
) -> dict[str, list[str]] | None:
    """The names that tell a near-copy from its original when each names someone or
    somewhere the other does not (``{"names": [...], "original_names": [...]}``), or None
    when one's names hold the other's.

    A reprint changes a headline, a byline and a few words; it does not swap who and
    where. An outlet that words every town's storm or every council's budget alike
    writes texts that share most of their five-word runs (``syndication``) and yet report
    other events: such a document is placed by its own terms, not put in the story of
    whichever look-alike was stored first — which made the grouping depend on the order
    of ingest (the look-alikes chain, each joining the first one's story). A reprint
    that adds a local name or cuts a paragraph naming one keeps its original's story.
    """
    names = {t for t, kind in mine.items() if kind == "name"}
    theirs = {t for t, kind in original.items() if kind == "name"}
    if not names - theirs or not theirs - names:
        return None
    return {"names": sorted(names - theirs)[:6], "original_names": sorted(theirs - names)[:6]}


def _story_title(title: str | None, terms: Mapping[str, str]) -> str:
    """A new story's title: its first document's headline (or its names without one)."""
    if title and title.strip():
        return title.strip()
    names = [t for t, k in terms.items() if k == "name"][:4]
    return ", ".join(n.title() for n in names) or "untitled story"


#: How many name phrases and key words a story's label shows.
LABEL_NAMES = 3
LABEL_WORDS = 2
#: The longest name or word a label shows. Longer runs of letters are noise or mischief
#: in an article (a 120-letter nonsense word), not what a desk calls a story; the
#: longest place names in use (Wales's 58-letter village) fit.
LABEL_TERM_MAX = 60
_NOT_NAME_TAILS_TEXT = """
    the a an and or of in on at for to by with from this that it its he she they we i you
    his her their our there here but if when while after before as no not yes so yet also
    then mr mrs ms dr
"""
_NOT_NAME_TAILS = _CALENDAR | frozenset(_NOT_NAME_TAILS_TEXT.split())


#: A word holding a digit ("NV-214", "A320", "G7") is a code: it ends a name's run and is
#: never part of a label's names ("NV-214" gave the name "Nv").
_CODE_WORD = re.compile(r"\d")


def _name_keys(word: str, language: str = "en") -> set[str]:
    """The key terms a written name word stands for: itself (``_plain``) and its index
    tokens, so a held "jean" finds "Jean-Luc Picard" and "o'neill" finds "O'Neill"."""
    return {_plain(word), *index_tokens(word, language)} - {""}


def _name_runs(text: str) -> Iterator[list[str]]:
    """The capitalised runs of ``text`` as word lists, cut at every code word."""
    for run in _NAME_RUN.findall(text):
        words: list[str] = []
        for word in run.split():
            if _CODE_WORD.search(word):
                if words:
                    yield words
                words = []
            else:
                words.append(word)
        if words:
            yield words


def _written(words: list[str]) -> tuple[str, bool]:
    """A run's words as a label writes them, and whether they were all capitals.

    A dateline shouts the place ("BRENNIC QUAY, March 3"): a run of several words all in
    capitals is title-cased whole ("Brennic Quay", not "Brennic QUAY"); a lone capitals
    word longer than four letters is a name too ("KESTROW"), a shorter one an acronym
    that stays ("NHS")."""
    shouting = all(w.isupper() for w in words)
    if shouting and len(words) > 1:
        return " ".join(w.title() for w in words), True
    return " ".join(w.title() if w.isupper() and len(w) > 4 else w for w in words), shouting


def _name_phrases(text: str) -> dict[str, tuple[str, int]]:
    """name word → (the longest capitalised run holding it in ``text``, mentions).

    Leading and trailing words that name nothing ("The", "Mayor", "Tuesday") are cut,
    so "The Ostrava Ridge" gives "Ostrava Ridge" and "Mayor Ines Varga" gives "Ines
    Varga"; a generic head at the end stays ("Tallin County"). A code ("NV-214") is no
    part of a name (``_name_runs``). Of two runs as long, the one written in the
    article's own casing wins over a dateline's capitals ("Brennic Quay" over
    "BRENNIC QUAY"). A word stands for each of its keys (``_name_keys``).
    """
    out: dict[str, tuple[str, bool]] = {}
    counts: Counter[str] = Counter()
    for words in _name_runs(text):
        while words and _names_nothing(_plain(words[0])):
            words.pop(0)
        # The generic head stays at the end ("Tallin County", "Dunmere River"); a
        # weekday or a function word does not ("Kestrow on Tuesday" is two runs anyway).
        while words and (
            _plain(words[-1]) in _NOT_NAME_TAILS
            or (_plain(words[-1]).endswith("s") and _plain(words[-1])[:-1] in _CALENDAR)
        ):
            words.pop()
        if not words:
            continue
        phrase, shouting = _written([_POSSESSIVE.sub("", w) for w in words])
        for key in {k for word in words for k in _name_keys(word)}:
            counts[key] += 1
            kept, kept_shouting = out.get(key, ("", True))
            if len(phrase) > len(kept) or (
                len(phrase) == len(kept) and kept_shouting and not shouting
            ):
                out[key] = (phrase, shouting)
    return {key: (phrase, counts[key]) for key, (phrase, _) in out.items()}


def story_label(
    held: Mapping[str, tuple[str, int]],
    *,
    text: str = "",
    story_counts: Mapping[str, int] | None = None,
    language: str = "en",
) -> str:
    """A story's label from the key terms its documents share most.

    ``held`` is ``{term: (kind, documents of the story holding it)}``; ``text`` (one of
    the story's documents) gives names their written form and says which are mentioned
    most; ``story_counts`` (how many stories hold each term) puts the more specific of
    equally shared terms first. Up to ``LABEL_NAMES`` names, each whole and as written in
    the text ("Ostrava Ridge"; a dateline's capitals title-cased), then up to
    ``LABEL_WORDS`` key words: "Ostrava Ridge, Leontyne Abara: wildfire, firefighters". A
    name term ``text`` does not write as (part of) a name is left out: never half a name,
    a code's fragment or a casing of our own. Figures are left out (a label names, it does
    not report), and so are words longer than ``LABEL_TERM_MAX`` letters. ``"untitled
    story"`` when nothing is held.
    """
    phrases = _name_phrases(text)
    rarity = story_counts or {}
    used = Counter(index_tokens(text, language))

    def rank(term: str) -> tuple[int, int, int, str]:
        mentions = phrases[term][1] if term in phrases else used.get(term, 0)
        return (-held[term][1], -mentions, rarity.get(term, 1), term)

    names: list[str] = []
    for term in sorted((t for t, (k, _) in held.items() if k == "name"), key=rank):
        if term not in phrases:
            # No whole written form in the text: a key term alone would be half a name
            # ("Aldo" of "Aldo Ferri"), a code's fragment ("Nv" of "NV-214") or a
            # guessed casing; only names as the article writes them are shown.
            continue
        phrase = phrases[term][0]
        if any(term in {k for w in shown.split() for k in _name_keys(w)} for shown in names):
            continue
        if max(len(w) for w in phrase.split()) > LABEL_TERM_MAX:
            continue
        names.append(phrase)
        if len(names) == LABEL_NAMES:
            break
    shown_names = " ".join(names)
    taken = {_plain(w) for w in shown_names.split()} | set(index_tokens(shown_names, language))
    words = [
        t
        for t in sorted((t for t, (k, _) in held.items() if k == "word"), key=rank)
        if t not in taken and len(t) <= LABEL_TERM_MAX
    ][:LABEL_WORDS]
    label = ", ".join(names)
    if words:
        label = f"{label}: {', '.join(words)}" if label else ", ".join(words)
    return label or "untitled story"


def refresh_label(conn: Connection, story_id: int, *, text: str | None = None) -> str | None:
    """Set an automatic story label from the terms its documents share most.

    Written to ``stories.label``; the story's ``title`` (its first headline) is left as
    it is. A label a person gave (``stories rename``: ``label_set_by`` = ``person``) is
    kept.
    The story's earliest document gives names their written form and breaks ties (see
    :func:`story_label`), so the label does not depend on the order documents came in;
    ``text`` replaces it for a caller that holds it already. Reads the story's
    ``4 * (LABEL_NAMES + LABEL_WORDS)`` most shared names and words only. Returns the
    label, or None when a person's is kept or nothing is held (the title then names it).
    """
    row = conn.execute(_LABEL_SET_BY, {"story_id": story_id}).first()
    if row is None or row.label_set_by == "person":
        return None
    held = {
        term: (kind, int(n))
        for term, kind, n in conn.execute(
            _LABEL_TERMS, {"story_id": story_id, "n": 4 * (LABEL_NAMES + LABEL_WORDS)}
        )
    }
    if text is None:
        earliest = conn.execute(_EARLIEST_TEXTS, {"story_id": story_id, "n": 1}).first()
        text = (earliest.text if earliest is not None else None) or ""
    # A story whose documents hold no key term (text without names or words) keeps its
    # title as its name.
    label = (
        story_label(held, text=text, story_counts=_story_frequencies(conn, held)) if held else None
    )
    conn.execute(_SET_LABEL, {"story_id": story_id, "label": label})
    return label


def rename(conn: Connection, story_id: int, label: str | None) -> str:
    """A person's label for a story (kept from then on); None gives it back to automatic
    labelling. Returns the label now shown. Raises ``ValueError`` for an empty label and
    ``LookupError`` for an unknown story."""
    if conn.execute(sa.select(stories_t.c.id).where(stories_t.c.id == story_id)).first() is None:
        raise LookupError(f"no story with id {story_id}")
    if label is None:
        conn.execute(
            sa.update(stories_t).where(stories_t.c.id == story_id).values(label_set_by=None)
        )
        return refresh_label(conn, story_id) or ""
    label = " ".join(label.split())
    if not label:
        raise ValueError("a story label cannot be empty")
    conn.execute(
        sa.update(stories_t)
        .where(stories_t.c.id == story_id)
        .values(label=label, label_set_by="person", updated_at=_now())
    )
    return label


def move_document(
    conn: Connection,
    document_id: int,
    story_id: int | None,
    *,
    by: str = "person",
    config: StoryConfig | None = None,
    reason: Mapping[str, Any] | None = None,
) -> int:
    """Move a document to ``story_id`` (a new story of its own when None); return the story.

    The old story loses the document's key terms and is deleted when it is left empty.
    Without ``reason`` the document remembers the story it left (``story_reason`` =
    ``{"moved_by": by, "from_story": old}``): a person judged it another event, so its
    claims are never matched with that story's (``independence.set_apart``). The caller
    re-matches the document's claims (``matcher.rematch_documents``): a
    context-dependent claim now meets other claims.
    """
    cfg = config or StoryConfig()
    row = conn.execute(
        sa.select(documents_t.c.story_id, documents_t.c.published, documents_t.c.title).where(
            documents_t.c.id == document_id
        )
    ).first()
    if row is None:
        raise LookupError(f"no document with id {document_id}")
    terms = document_terms(conn, document_id, cfg)
    old = row.story_id
    if story_id is not None and old == story_id:
        return story_id
    if old is not None:
        _remove_terms(conn, old, terms)
    if story_id is None:
        story_id = _new_story(conn, _story_title(row.title, terms), row.published)
    else:
        _widen_dates(conn, story_id, row.published)
    add_document_terms(conn, story_id, terms)
    conn.execute(
        sa.update(documents_t)
        .where(documents_t.c.id == document_id)
        .values(
            story_id=story_id,
            story_score=None,
            story_reason=json.dumps(
                dict(reason or {"moved_by": by, "from_story": old}), ensure_ascii=False
            ),
            story_set_by=by,
        )
    )
    refresh_label(conn, story_id)
    if old is not None:
        delete_if_empty(conn, old)
    return story_id


def remove_document(conn: Connection, document_id: int, config: StoryConfig | None = None) -> None:
    """Take a document out of its story (before deleting it)."""
    cfg = config or StoryConfig()
    old = conn.execute(
        sa.select(documents_t.c.story_id).where(documents_t.c.id == document_id)
    ).scalar()
    if old is None:
        return
    _remove_terms(conn, old, document_terms(conn, document_id, cfg))
    conn.execute(
        sa.update(documents_t)
        .where(documents_t.c.id == document_id)
        .values(story_id=None, story_score=None, story_reason=None, story_set_by=None)
    )
    delete_if_empty(conn, old)


def delete_if_empty(conn: Connection, story_id: int) -> bool:
    """Delete a story no document belongs to any more; otherwise refresh its dates."""
    left = conn.execute(
        sa.select(sa.func.count()).where(documents_t.c.story_id == story_id)
    ).scalar_one()
    if left:
        _recompute_dates(conn, story_id)
        refresh_label(conn, story_id)
        return False
    terms = list(
        conn.execute(
            sa.select(story_terms_t.c.term).where(story_terms_t.c.story_id == story_id)
        ).scalars()
    )
    conn.execute(sa.delete(story_terms_t).where(story_terms_t.c.story_id == story_id))
    _bump_stats(conn, dict.fromkeys(terms, -1))
    conn.execute(sa.delete(stories_t).where(stories_t.c.id == story_id))
    return True
