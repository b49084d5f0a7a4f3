"""A store of many articles made from a few hundred analysed ones, in minutes.

The store-size measures (``ingest.py --scale``) need stores of 10,000 and 50,000
articles. Ingesting every article costs its analysis and its matching (hours at 10,000
articles on two cores); here a few hundred articles, the *templates*, are ingested once
with matching into a store of their own, and a larger store is filled with *copies* of
that store's rows, written with ``executemany`` under the tables' own column lists:

* copy 0 is the templates' rows as stored; copy ``k`` the same rows with every invented
  name (a capitalised word made of ``_articles``' syllables, never written in lower
  case) replaced by another made-up name of the same length, the digits 1–9 of every
  figure permuted (0 and years kept, so "1,200" stays round and "since 1998" a year),
  the weekdays and months permuted among names of their length, each by one map per
  copy, and the outlets renamed into one of ``OUTLET_GROUPS`` groups;
* ids move ``k`` times the templates' largest id past the templates', so foreign keys
  keep pointing into their copy; the hashes near-copy detection keys on (bands,
  sentence keys) are salted with ``k`` and a document's ``sha256`` is its new text's;
* ``term_stats`` and ``story_term_stats`` are recounted from the postings after a fill.

Every replacement keeps the length of what it replaces, so every stored offset (a
sentence's and a claim's span in its document, a figure's span in its claim) still
points at its words, and the claims' frames and dates say what their text says (a
frame's figure is permuted with its text; a figure written in words keeps its value).
A copy's matches, statuses, copies and stories are the templates' decisions, each
copy's claims matched within the copy: a copy is another set of events told in the
same words, the look-alikes of other events a large store holds. The postings of a
name or a figure stay about one copy's, those of common words grow with the store, as
in a real one. What a copy lacks: claims that meet another copy's (no cross-copy
matches) and any publication date (the generated articles have none).

SQLite only: ids are written explicitly, which moves SQLite's ``AUTOINCREMENT`` counters
but not PostgreSQL's sequences.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from _articles import _SYLLABLES
from sqlmodel import SQLModel

import factcheck.models  # noqa: F401  (registers the tables on SQLModel.metadata)

#: Outlet name groups: copy ``k`` writes under group ``k % OUTLET_GROUPS`` (group 0 is
#: the templates' own names, so the measured articles meet their outlets' documents).
OUTLET_GROUPS = 8
#: Recounted after a fill, not copied: a count over the postings of every copy.
_RECOUNTED = {
    "term_stats": "INSERT INTO term_stats (term, claim_count) "
    "SELECT term, count(*) FROM claim_terms GROUP BY term",
    "story_term_stats": "INSERT INTO story_term_stats (term, stories) "
    "SELECT term, count(*) FROM story_terms GROUP BY term",
}
#: Near-copy keys (hex digests, some behind a band number): salted per copy, so a copy's
#: documents are near-copies of their copy's documents only.
_SALTED = {("document_bands", "band"), ("document_sentences", "sentence"),
           ("document_sentences", "document_key")}  # fmt: skip
#: What an id column without a foreign key (``retired_matches.match_id``, the audit
#: log's) points at, by its name.
_ID_COLUMNS = {
    "claim_id": "claims",
    "other_claim_id": "claims",
    "match_id": "matches",
    "document_id": "documents",
    "source_id": "sources",
    "story_id": "stories",
}
_SKIPPED = {"task_progress", *_RECOUNTED}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]  # fmt: skip
# A date kept whole (ISO), a year kept (four digits from 1900 to 2099 that are not part
# of a longer figure), the digits of any other figure, a word.
_TOKEN = re.compile(
    r"(?P<keep>\d{4}-\d\d-\d\d|(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d))"
    r"|(?P<digits>\d+)|(?P<word>[A-Za-z]+)"
)
_SENTINEL = re.compile(r'"\\u0000(\d+)\\u0000"')
_SYLLABLE_WORD = re.compile(
    "(?:" + "|".join(sorted(_SYLLABLES, key=len, reverse=True)) + "){2,}", re.IGNORECASE
)

# A compiled text: literal strings and slots, ("w", word) a name or a date word in its
# written case, ("d", digits) a figure's digits.
Parts = tuple[Any, ...]


class CopyMap:
    """The replacements of copy ``copy`` (0: none): names, digits, weekdays and months."""

    def __init__(self, copy: int, names: set[str], seed: int = 0) -> None:
        self.copy = copy
        rng = random.Random(f"{seed}:{copy}")
        digits = list("123456789")
        if copy:
            rng.shuffle(digits)
        self.digits = str.maketrans("123456789", "".join(digits))
        self.dates: dict[str, str] = {}
        for table in (_WEEKDAYS, _MONTHS):
            for length in sorted({len(w) for w in table}):
                group = [w for w in table if len(w) == length]
                moved = list(group)
                if copy:
                    rng.shuffle(moved)
                self.dates.update(zip(group, moved, strict=True))
        self.names = {name: name for name in names}
        if copy:
            taken: set[str] = set()
            for name in sorted(names):
                self.names[name] = _made_up(rng, len(name), taken)

    def word(self, written: str) -> str:
        lower = written.lower()
        new = self.dates.get(lower) or self.names[lower]
        if written.isupper() and len(written) > 1:
            return new.upper()
        return new.capitalize() if written[0].isupper() else new

    def render(self, parts: Parts) -> str:
        return "".join(
            p if type(p) is str else self.word(p[1]) if p[0] == "w" else p[1].translate(self.digits)
            for p in parts
        )


class Compiler:
    """Texts split once into what stays and what a copy replaces."""

    def __init__(self, names: set[str]) -> None:
        self.names = names
        self.known: dict[str, Parts] = {}  # most strings of a frame recur: "asserted", keys

    def text(self, text: str) -> Parts:
        found = self.known.get(text)
        if found is None:
            found = self.known[text] = self._text(text)
        return found

    def _text(self, text: str) -> Parts:
        parts: list[Any] = []
        literal = 0
        for m in _TOKEN.finditer(text):
            kind = m.lastgroup
            if kind == "word":
                word = m.group()
                lower = word.lower()
                dated = (lower in _WEEKDAYS or lower in _MONTHS) and (
                    lower != "may" or word[0].isupper()  # the month, not the verb
                )
                if not dated and lower not in self.names:
                    continue
                slot: tuple[str, str] = ("w", word)
            elif kind == "digits":
                slot = ("d", m.group())
            else:
                continue
            parts += [text[literal : m.start()], slot]
            literal = m.end()
        parts.append(text[literal:])
        return tuple(p for p in parts if p != "")

    def json(self, raw: str) -> Parts:
        """A JSON text whose strings are compiled as texts; a figure's ``value`` and
        ``high`` follow the digits of its ``text``, a ``weekday`` or ``month`` number
        the date word of its ``text``."""
        slots: list[tuple[str, Any]] = []

        def hold(kind: str, payload: Any) -> str:
            slots.append((kind, payload))
            return f"\x00{len(slots) - 1}\x00"

        def walk(node: Any) -> Any:
            if isinstance(node, str):
                parts = self.text(node)
                return node if parts in ((), (node,)) else hold("s", parts)
            if isinstance(node, list):
                return [walk(item) for item in node]
            if not isinstance(node, dict):
                return node
            out = {walk(key): walk(value) for key, value in node.items()}
            text = node.get("text")
            if isinstance(text, str):
                parts = self.text(text)
                for key in ("value", "high"):
                    value = node.get(key)
                    figure = any(type(p) is tuple and p[0] == "d" for p in parts)
                    if figure and type(value) in (int, float) and "e" not in repr(value):
                        out[key] = hold("n", repr(value))
                for key in ("weekday", "month"):
                    if type(node.get(key)) is int:
                        out[key] = hold(key, (parts, node[key]))
            return out

        pieces = _SENTINEL.split(json.dumps(walk(json.loads(raw))))
        parts: list[Any] = []
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                if piece:
                    parts.append(piece)
            else:
                parts.append(slots[int(piece)])
        return tuple(parts)

    def cell(self, value: Any) -> Any:
        """A text cell compiled (JSON when it parses as an object or a list)."""
        if type(value) is not str or not value:
            return value
        if value[0] in "[{":
            try:
                return ("json", self.json(value))
            except ValueError:
                pass
        parts = self.text(value)
        return value if parts == (value,) else ("text", parts)


def _render_json(parts: Parts, copy: CopyMap) -> str:
    out = []
    for p in parts:
        if type(p) is str:
            out.append(p)
            continue
        kind, payload = p
        if kind == "s":
            out.append(json.dumps(copy.render(payload)))
        elif kind == "n":
            out.append(payload.translate(copy.digits))
        else:  # weekday or month: the number of the date word the text now writes
            text_parts, number = payload
            table = _WEEKDAYS if kind == "weekday" else _MONTHS
            words = [w for w in re.findall("[a-z]+", copy.render(text_parts).lower()) if w in table]
            found = table.index(words[-1]) if words else None
            out.append(str(number if found is None else found + (kind == "month")))
    return "".join(out)


def _salt(value: str, copy: int) -> str:
    if not copy:
        return value
    head, _, digest = value.rpartition(":")
    salted = hashlib.sha256(f"{digest}:{copy}".encode()).hexdigest()[: len(digest)]
    return f"{head}:{salted}" if head else salted


@dataclass
class _Table:
    name: str
    columns: list[str]
    #: column -> table whose id offset it takes (its own for ``id``)
    offsets: dict[str, str]
    #: (the template document a row belongs to, its cells compiled)
    rows: list[tuple[int, list[Any]]]
    #: columns whose cells are compiled texts
    texts: set[str]


class Templates:
    """The rows of a store of analysed articles, compiled to be written again as copies.

    ``path``: a SQLite store the templates were ingested into (with matching). Its
    documents, in id order, are the templates; ``count`` of them.
    """

    def __init__(self, path: Path, seed: int = 0) -> None:
        self.seed = seed
        db = sqlite3.connect(path)
        texts = [
            t for (t,) in db.execute("SELECT text || ' ' || coalesce(title, '') FROM documents")
        ]
        self.names = _invented_names(texts)
        compiler = Compiler(self.names)
        self.tables: list[_Table] = []
        self.span: dict[str, int] = {}
        owner: dict[str, dict[int, int]] = {}
        story_first: dict[int, int] = {}
        doc_ids = [i for (i,) in db.execute("SELECT id FROM documents ORDER BY id")]
        self.count = len(doc_ids)
        place = {doc_id: n for n, doc_id in enumerate(doc_ids)}
        for doc_id, story_id in db.execute("SELECT id, story_id FROM documents"):
            if story_id is not None:
                story_first[story_id] = min(story_first.get(story_id, 10**9), place[doc_id])
        for table in SQLModel.metadata.sorted_tables:
            if table.name in _SKIPPED:
                continue
            columns = [c.name for c in table.columns]
            offsets = {
                c.name: next(iter(c.foreign_keys)).column.table.name
                for c in table.columns
                if c.foreign_keys
            }
            for c in table.columns:  # ids kept without a foreign key (their row may be gone)
                if c.name not in offsets and c.name in _ID_COLUMNS:
                    offsets[c.name] = _ID_COLUMNS[c.name]
            if "id" in columns:
                offsets["id"] = table.name
            # Words and figures are replaced in texts only (not in timestamps stored as text).
            texts = {
                c.name
                for c in table.columns
                if _holds_text(c.type)
                and c.name not in offsets
                and (table.name, c.name) not in _SALTED
            }
            self.span[table.name] = db.execute(
                f"SELECT coalesce(max(id), 0) FROM {table.name}" if "id" in columns else "SELECT 0"
            ).fetchone()[0]
            mine = owner[table.name] = {}
            rows = []
            for row in db.execute(f"SELECT {', '.join(columns)} FROM {table.name}"):
                values = dict(zip(columns, row, strict=True))
                if table.name == "documents":
                    at = place[values["id"]]
                elif table.name == "stories":
                    at = story_first.get(values["id"], 0)
                else:
                    refs = [
                        owner[target].get(values[col], 0)
                        for col, target in offsets.items()
                        if col != "id" and values[col] is not None and target in owner
                    ]
                    at = max(refs, default=0)
                if "id" in values:
                    mine[values["id"]] = at
                cells = [compiler.cell(values[c]) if c in texts else values[c] for c in columns]
                rows.append((at, cells))
            self.tables.append(_Table(table.name, columns, offsets, rows, texts))
        db.close()

    def fill(self, path: Path, start: int, stop: int) -> None:
        """Write articles ``start`` to ``stop`` (exclusive) of the replayed sequence into
        the SQLite store at ``path`` (migrated, holding the articles before ``start``
        only): article ``j`` is copy ``j // count`` of template ``j % count``. Then the
        term counts are recounted."""
        db = sqlite3.connect(path)
        db.execute("PRAGMA synchronous = OFF")
        for copy, low, high in _spans(start, stop, self.count):
            self._write_copy(db, CopyMap(copy, self.names, self.seed), low, high)
        for table, recount in _RECOUNTED.items():
            db.execute(f"DELETE FROM {table}")
            db.execute(recount)
        db.commit()
        db.close()

    def _write_copy(self, db: sqlite3.Connection, copy: CopyMap, low: int, high: int) -> None:
        k, group = copy.copy, copy.copy % OUTLET_GROUPS
        for table in self.tables:
            shift = {
                col: (group if target == "sources" else k) * self.span[target]
                for col, target in table.offsets.items()
            }
            if table.name == "sources":
                if low:
                    continue  # written with the copy's first article
                rows = [self._source(table, cells, group, shift) for _, cells in table.rows]
                verb = "INSERT OR IGNORE"
            else:
                rows = self._rows(table, copy, shift, low, high)
                verb = "INSERT"
            marks = ", ".join("?" for _ in table.columns)
            db.executemany(
                f"{verb} INTO {table.name} ({', '.join(table.columns)}) VALUES ({marks})", rows
            )

    @staticmethod
    def _rows(
        table: _Table, copy: CopyMap, shift: dict[str, int], low: int, high: int
    ) -> list[list[Any]]:
        """The rows of templates ``low`` to ``high`` as ``copy`` writes them."""
        moved = [(table.columns.index(c), by) for c, by in shift.items()]
        salted = [i for i, c in enumerate(table.columns) if (table.name, c) in _SALTED]
        texts = [i for i, c in enumerate(table.columns) if c in table.texts]
        rows = []
        for at, cells in table.rows:
            if not low <= at < high:
                continue
            out = list(cells)
            for i, by in moved:
                if out[i] is not None:
                    out[i] += by
            for i in salted:
                out[i] = _salt(out[i], copy.copy)
            for i in texts:
                cell = out[i]
                if type(cell) is tuple:
                    kind, parts = cell
                    out[i] = copy.render(parts) if kind == "text" else _render_json(parts, copy)
            rows.append(out)
        if table.name == "documents":
            text, sha = table.columns.index("text"), table.columns.index("sha256")
            for out in rows:
                out[sha] = hashlib.sha256(out[text].encode("utf-8")).hexdigest()
        return rows

    @staticmethod
    def _source(table: _Table, cells: list[Any], group: int, shift: dict[str, int]) -> list[Any]:
        values = dict(zip(table.columns, cells, strict=True))
        values["id"] += shift["id"]
        if group:
            values["name"] = f"{values['name']} {group}"
            values["name_key"] = f"{values['name_key']} {group}"
        return [values[c] for c in table.columns]


def _made_up(rng: random.Random, length: int, taken: set[str]) -> str:
    """A name of ``length`` letters no other name of the copy has: syllables of the
    generator while a free one is found, else any letters (the short lengths have few
    syllable names)."""
    for attempt in range(40):
        left, pieces = length, []
        while left:
            if attempt < 20:
                fits = [s for s in _SYLLABLES if len(s) <= left and left - len(s) != 1]
                pieces.append(rng.choice(fits))
            else:
                pieces.append(rng.choice("abcdefghijklmnopqrstuvwxyz"))
            left -= len(pieces[-1])
        name = "".join(pieces)
        if name not in taken:
            taken.add(name)
            return name
    raise ValueError(f"no free name of {length} letters")


def _holds_text(kind: sa.types.TypeEngine) -> bool:
    """Whether a column holds text (sqlmodel's ``AutoString`` is a decorator of
    ``String``; a date or a timestamp SQLite keeps as text is not text here)."""
    return isinstance(getattr(kind, "impl", kind), sa.String)


def _spans(start: int, stop: int, count: int) -> Iterator[tuple[int, int, int]]:
    """(copy, first template, end template) of articles ``start`` to ``stop``."""
    j = start
    while j < stop:
        copy, low = divmod(j, count)
        high = min(count, low + stop - j)
        yield copy, low, high
        j += high - low


def _invented_names(texts: list[str]) -> set[str]:
    """Lower-case forms of the capitalised words made only of the generator's syllables
    that the texts never write in lower case (a real word would be, somewhere)."""
    capitalised: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for word in re.findall("[A-Za-z]+", text):
            (capitalised if word[0].isupper() else lower).add(word.lower())
    return {w for w in capitalised - lower if len(w) >= 4 and _SYLLABLE_WORD.fullmatch(w)}
