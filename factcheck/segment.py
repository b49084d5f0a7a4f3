"""Split a document into sentences with exact character spans.

sentencex does the boundary detection (fast, maintained, many languages, knows the usual
abbreviations, decimals, initials and quotes). This module only post-processes its
segments, each fix a small function with its own tests:

* trim the whitespace sentencex leaves on each side, so ``text[s.start:s.end] == s.text``;
* break at line breaks that end a headline, a list item or a paragraph, but not at the
  line breaks of hard-wrapped prose (:func:`_line_break_is_boundary`);
* keep a list enumerator ("1.", "b.", "⁃9.") with its item instead of as a sentence of
  its own, and split runs of enumerated items that share one line (:func:`_enumerated`);
* give a leading spaced ellipsis (". . .") to the sentence it introduces;
* cut a quotation of several sentences that stands alone into its sentences, the marks
  kept on the first and the last (:func:`_quoted_sentences`);
* keep a day, month or time zone after a clock time's "a.m."/"p.m." with it
  (:func:`_clock_runs_on`);
* cut a run-on "sentence" longer than ``max_chars`` (a table flattened to one line, a
  list without stops) at clause breaks (:func:`_cap_length`), so that the work and
  storage spent per sentence stay bounded and a document costs linear time;
* keep an abbreviation that cannot end a sentence with what follows ("Ft. Worth",
  "approx. 40", "4 pct. in March", "$1.5 mn. in 2024"; :func:`_abbreviation_runs_on`);
* split where sentencex does not: at a stop with no space between a lower-case word and
  a capitalised one ("died.Police", "Orsk?Nobody"; :func:`_unspaced_after_word`); after
  an initialism when a new sentence plainly starts
  ("in the U.S. Officials said"), after a bracket closed behind a stop ("(… later.)
  Next"; not after an aside inside the subject, "The chair (who resigned on Friday.)
  Said …", :func:`_aside_in_subject`), at a stop with no space after a figure
  ("2%.Wages", "$3m.Costs"), and before a quotation that opens after a stop and is left open at the
  end of its paragraph (news style reopens a long quotation at each paragraph and
  closes it only at the last, and sentencex then reads on to the paragraph's end:
  ``Okafor said. “Nobody was hurt.``; :func:`_missed_boundaries`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

import sentencex

from factcheck.claim_lexicon import LEXICON, is_noun_or_adjective, verb_forms
from factcheck.normalize import CURRENCY_NAMES, CURRENCY_SIGNS, WORD_RE

__all__ = ["MAX_SENTENCE_CHARS", "ListItem", "Sentence", "list_item", "segment"]

#: Sentences longer than this (a token longer than this counting as one character) are
#: cut at clause breaks. Claims split from one sentence
#: each quote from their first to their last word, and matching compares every figure of
#: a claim with every figure of another, so both grow with the square of a sentence's
#: length. Edited prose rarely passes 400 characters; 1,000 leaves room for legal and
#: scientific writing while bounding the square.
MAX_SENTENCE_CHARS = 1_000
# Where to cut an over-long sentence, best first: after a semicolon or a colon, after a
# comma, at any space.
_CUT_AT = (re.compile(r"[;:]\s+"), re.compile(r",\s+"), re.compile(r"\s+"))
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text`` is always ``document[start:end]``."""

    index: int
    start: int
    end: int
    text: str


Span = tuple[int, int]

# A list item's marker opening a line: a bullet ("-", "*", "•", "–") or an enumerator
# ("1.", "b)", "(3)") followed by a space.
_ITEM_MARKER = re.compile(
    r"[ \t]*(?:[-–—*•·▪◦‣⁃]|\(?(?:\d{1,3}|[a-zA-Z])[.)])[ \t]+(?=\S)", re.MULTILINE
)


@dataclass(frozen=True, slots=True)
class ListItem:
    """A line of a bulleted or numbered list (see :func:`list_item`).

    ``start``: where the item's words begin, after its marker; ``colon``: the offset of
    the colon ending the line that introduces the list ("The council said:"), or None
    when no line introduces it; ``line``: where that introducing line starts (-1 when
    there is none).
    """

    start: int
    colon: int | None = None
    line: int = -1


def _line_start(text: str, at: int) -> int:
    return max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1


def list_item(text: str, at: int) -> ListItem | None:
    """The list item whose line holds offset ``at``, or None when that line is none.

    A line is a list item when it opens with a marker and stands in a list: the nearest
    line above it that opens with no marker (blank lines passed over) ends with a colon
    ("The council said:" over "- the bridge will close"), or another marked line is
    next to it. A line alone that opens with a dash ("— Coastal Wire" closing a story) is
    no list item: it signs the story off (``provenance``). The lines are read once per
    text (:func:`_list_items`), so asking for every sentence costs linear time.
    """
    if "\n" not in text and "\r" not in text:
        return None  # one line: no list
    return _list_items(text).get(_line_start(text, at))


_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")


@lru_cache(maxsize=8)
def _list_items(text: str) -> dict[int, ListItem]:
    """Every list item of ``text`` (see :func:`list_item`) by the offset of its line, in
    one pass over the lines: the introducing line ending in a colon and whether a marked
    line came since are carried down; the next marked line is looked at only for a
    marked line with neither."""
    lines: list[tuple[int, int, re.Match[str] | None]] = []  # the lines with words
    for found in _LINE_RE.finditer(text):
        start = found.start()
        if start == found.end():
            break
        end = start + len(found.group().rstrip("\r\n"))
        if text[start:end].strip():
            lines.append((start, end, _ITEM_MARKER.match(text, start)))
    items: dict[int, ListItem] = {}
    intro: tuple[int, int] | None = None  # (colon, line start) of the introducing line
    marked_above = False
    for k, (start, end, marker) in enumerate(lines):
        if marker is None:
            body = text[start:end].rstrip()
            intro = (start + len(body) - 1, start) if body.endswith(":") else None
            marked_above = False
            continue
        if intro is not None:
            items[start] = ListItem(marker.end(), intro[0], intro[1])
        elif marked_above or (k + 1 < len(lines) and lines[k + 1][2] is not None):
            items[start] = ListItem(marker.end())
        marked_above = True
    return items


_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
# Closing quotes and brackets may follow the final stop: “… he said.” / (see above.)
_STOPS = ".!?…‽"
_CLOSING = "\"'”’»)]"
# A clause that goes on: a hard-wrapped line never ends a sentence after these.
_CONTINUES = re.compile(r"[,(\[{\-–—/&+=]$")
# Lower-case abbreviations that end a line without ending a sentence ("at 9 a.m.\nand").
# Hard wrapping happens at 60-80 columns; headlines and salutations are shorter.
_WRAPPED_LINE_LENGTH = 40
_RUNS_ON = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev|Hon|No|Nos|Vol|"
    r"Fig|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|\b[A-Z]\.|\w\.\w+\.)$"
)
_LOWER_ABBREVIATION = re.compile(r"(?:\b[a-z]\.[a-z]\.|\b(?:etc|vs|cf|approx|incl|ca)\.)$")
# "1." "12)" "b." "iv." "⁃9." — a list enumerator, optionally after a bullet character.
_ENUMERATOR = re.compile(r"(?:[^\w\s] ?)?(?:\d{1,3}|[a-zA-Z]|[ivxlcdm]{1,5})(?:\.\)|[.)])")
# The longest enumerator: a bullet, a space, five roman digits and ".)". A span whose
# first characters hold no stop or bracket starts with none (a cheap test before the regex).
_ENUMERATOR_CHARS = 9
_ENUMERATOR_PARTS = re.compile(r"(\W*?)(\d{1,3}|[a-zA-Z])(\W+)")
_ENUMERATOR_ONLY = re.compile(_ENUMERATOR.pattern)
_TRAILING_ENUMERATOR = re.compile(rf"\s({_ENUMERATOR.pattern})$")
_LEADING_ENUMERATOR = re.compile(rf"({_ENUMERATOR.pattern})\s")
# A detached end is an emoticon (its eyes, a nose, a mouth) or closing quotes and brackets;
# _DETACHED_FIRST, the characters one can start with, is built from the same two sets.
_EMOTICON_EYES = ":;=8"
_CLOSERS = "\"'”’»)]"
_DETACHED_END = re.compile(
    rf"(?:[{_EMOTICON_EYES}][-'^]?[()DPpOo3\[\]/\\|*]+|[{re.escape(_CLOSERS)}]+)(?=\s|$)"
)
_DETACHED_FIRST = frozenset(_EMOTICON_EYES + _CLOSERS)
_HAS_WORD = re.compile(r"\w")
# "at 9:30 a.m. Thursday": a clock time's "a.m." is no full stop when a day, a month or
# a time zone follows and the rest is only a few words ("Thursday.", "GMT on Friday.").
_CLOCK_END = re.compile(r"\d\s?[ap]\.m\.$", re.IGNORECASE)
_DAY_MONTH_OR_ZONE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July"
    r"|August|September|October|November|December|local time"
    r"|(?:GMT|UTC|BST|CET|CEST|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)(?!\w))"
)
_RUN_ON_WORDS = 6
_SPACED_ELLIPSIS_TAIL = re.compile(r"\w\.(\s\.){3}$")


def _ends_with_stop(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in a stop, perhaps inside quotes or brackets.

    Checked from the end, not with a regex search, which would scan the whole sentence.
    """
    while end > start and text[end - 1] in _CLOSING:
        end -= 1
    return end > start and text[end - 1] in _STOPS


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_break_is_boundary(line: str, next_line: str) -> bool:
    """Whether a line break inside one sentencex segment ends a sentence.

    sentencex ignores single line breaks. A headline, a byline, a salutation or a list
    item has no final stop but ends at its line break. Hard-wrapped prose breaks long
    lines mid-sentence and goes on in lower case or after a comma, so only a long line
    that continues that way is joined to the next. A stop before a lower-case line is
    still a boundary (sentencex declines to split there only because of the case),
    unless the line ends in a lower-case abbreviation.
    """
    line = line.rstrip()
    next_char = next_line.lstrip()[:1]
    if not line or not next_char:
        return True
    if _ends_with_stop(line, 0, len(line)):
        if next_char.islower():
            return not _LOWER_ABBREVIATION.search(line)
        # sentencex keeps "Inc.\nHi" together as if "Inc." went on; only a title, an
        # initial or a dotted abbreviation really runs on to the next line ("Dr.\nSmith").
        return not _RUNS_ON.search(line)
    wrapped = len(line) >= _WRAPPED_LINE_LENGTH
    return not (wrapped and (next_char.islower() or _CONTINUES.search(line)))


def _split_lines(text: str, start: int, end: int) -> list[Span]:
    if _LINE_BREAK.search(text, start, end) is None:
        return [(start, end)]
    pieces: list[Span] = []
    piece_start = start
    line_start = start
    breaks = list(_LINE_BREAK.finditer(text, start, end))
    for i, m in enumerate(breaks):
        line = text[line_start : m.start()]
        next_end = breaks[i + 1].start() if i + 1 < len(breaks) else end
        next_line = text[m.end() : next_end]
        if not line.strip() or _line_break_is_boundary(line, next_line):
            pieces.append((piece_start, m.start()))
            piece_start = m.end()
        line_start = m.end()
    pieces.append((piece_start, end))
    return pieces


def _joins_previous(text: str, previous: Span, current: Span) -> bool:
    """Whether sentencex cut a sentence that should stay whole.

    It cuts inside a token ("asp?id=4", "Inc.One") where no space follows the stop, before
    an inline enumerator ("for (a) cars, (b) vans") where nothing ends, and before a
    trailing emoticon (":)"). None of these happens across a line break.
    """
    gap = text[previous[1] : current[0]]
    if "\n" in gap or "\r" in gap:
        return False
    if not gap:
        return True
    if not _ends_with_stop(text, previous[0], previous[1]):
        return not _continues_list(text, previous, current)
    if _clock_runs_on(text, previous, current) or _abbreviation_runs_on(text, previous, current):
        return True
    return _HAS_WORD.search(text, current[0], current[1]) is None


# Titles and place words that stand before a name: a sentence never ends on them.
_BEFORE_NAME = re.compile(
    r"\b(?:Ft|Mt|Pt|St|Ste|Dr|Mr|Mrs|Ms|Mx|Prof|Gen|Gov|Sen|Rep|Lt|Col|Capt|Cpl|Sgt|Pvt|Adm"
    r"|Cmdr|Det|Insp|Supt|Rev|Hon|Fr|Sr|Jr)\.$"
)
# Abbreviations that sit inside a sentence before a figure or lower-case words; before a
# capital they may end it ("rose 4 pct. Wages fell").
_INSIDE = re.compile(r"(?:\b(?:approx|pct|est|incl|excl|ca|cf|vs|viz|no|nos|vol|pp|fig)\.)$", re.I)
# A figure with an abbreviated unit or scale word and its stop ("$1.5 mn.", "2 bln.",
# "40 km."): like the abbreviations above, it goes on before a figure or lower-case words.
_UNIT_AFTER_FIGURE = re.compile(r"\d\s?[A-Za-z]{1,3}\.$")
# A figure with a German scale abbreviation ("3,5 Mrd.", "2 Mio.") goes on before
# the name of a currency even when that is capitalised, as German-style copy writes it
# ("3,5 Mrd. Euro"): the currency is the figure's unit, never a sentence of its own.
_SCALE_AFTER_FIGURE = re.compile(r"\d\s?(?:Mio|Mrd|Tsd)\.$")
_FIRST_WORD = re.compile(r"[A-Za-z]+(?:\s+[A-Za-z]+)?")




def _abbreviation_runs_on(text: str, previous: Span, current: Span) -> bool:
    """ "Ft. | Worth", "approx. | 40 people", "approx. | £40m", "4 pct. | in March": one
    sentence."""
    if text[previous[1] - 1] != ".":
        return False  # every abbreviation below ends in its stop
    tail = text[max(previous[0], previous[1] - 8) : previous[1]]
    if _BEFORE_NAME.search(tail):
        return text[current[0]].isupper()
    first = text[current[0]]
    if _SCALE_AFTER_FIGURE.search(tail) and _names_currency(text, current):
        return True
    # A currency sign opens a figure as a digit does ("approx. £40m").
    if not (first.islower() or first.isdigit() or first in CURRENCY_SIGNS):
        return False  # before a capital these may end the sentence ("rose 4 pct. Wages")
    return bool(_INSIDE.search(tail) or _UNIT_AFTER_FIGURE.search(tail))


def _names_currency(text: str, current: Span) -> bool:
    """Whether the text of ``current`` opens with a currency name ("Euro", "US dollars")."""
    words = _FIRST_WORD.match(text, current[0], current[1])
    if words is None:
        return False
    phrase = words.group().lower()
    return phrase in CURRENCY_NAMES or phrase.split()[0] in CURRENCY_NAMES


def _clock_runs_on(text: str, previous: Span, current: Span) -> bool:
    """ "The trial resumes at 9:30 a.m. | Thursday.": the day belongs to the time."""
    if "m." not in text[max(previous[0], previous[1] - 3) : previous[1]].lower():
        return False  # no "a.m."/"p.m." at the end: spares the search below
    if not _CLOCK_END.search(text, max(previous[0], previous[1] - 8), previous[1]):
        return False
    if not _DAY_MONTH_OR_ZONE.match(text, current[0], current[1]):
        return False
    return len(text[current[0] : current[1]].split()) <= _RUN_ON_WORDS


def _continues_list(text: str, previous: Span, current: Span) -> bool:
    first = _LEADING_ENUMERATOR.match(text, previous[0], previous[1])
    if not first:
        return False
    expected = _successor(first.group(1))
    return expected is not None and text.startswith(expected, current[0])


def _join_fragments(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        # A detached end opens with an emoticon's eyes or a closing quote or bracket.
        detached = (
            _DETACHED_END.match(text, span[0], span[1])
            if text[span[0]] in _DETACHED_FIRST
            else None
        )
        if out and detached and "\n" not in text[out[-1][1] : span[0]]:
            # sentencex starts the next sentence with the previous one's closing quote
            # ("today." | "” It read") or emoticon (":)"): give it back.
            out[-1] = (out[-1][0], detached.end())
            span = _trim(text, detached.end(), span[1])
            if span[0] < span[1]:
                out.append(span)
            continue
        if out and _joins_previous(text, out[-1], span):
            out[-1] = (out[-1][0], span[1])
            continue
        out.append(span)
    return out


def _successor(enumerator: str) -> str | None:
    """The enumerator expected next in a list: "1." → "2.", "b)" → "c)", "• 9." → "• 10."."""
    parts = _ENUMERATOR_PARTS.fullmatch(enumerator)
    if not parts:
        return None
    bullet, body, close = parts.groups()
    if body.isdigit():
        return f"{bullet}{int(body) + 1}{close}"
    if body in "zZ":
        return None
    return f"{bullet}{chr(ord(body) + 1)}{close}"


# "three parts: 1. a levy; 2. a cap": an enumerator after a colon or a semicolon
# numbers an item inside the sentence, so its stop ends nothing.
_INLINE_ENUMERATOR = re.compile(r"[:;]\s+(\d{1,2}\.)$")


def _inline_items(text: str, spans: list[Span]) -> list[Span]:
    """Join a span that ends on an inline enumerator ("…: 1.", "…; 2.") with the next
    one when that starts in lower case: the list runs on inside one sentence.

    When the item starts with a capital and the span after it opens with the next
    enumerator ("Steps: 1. Open the valve. 2. Wait."), the items are sentences of their
    own: the enumerator moves to its item ("Steps:" / "1. Open the valve." / "2. Wait."),
    as a numbered list on its own lines reads. Without that successor ("The score was
    3: 2. Then") nothing moves.
    """
    out: list[Span] = []
    for n, (start, end) in enumerate(spans):
        # the pattern ends in a digit and a stop: most spans end otherwise
        inline = (
            _INLINE_ENUMERATOR.search(text, out[-1][0], out[-1][1])
            if out and text[out[-1][1] - 2 : out[-1][1]][:1].isdigit()
            else None
        )
        if inline and text[start : start + 1].islower():
            out[-1] = (out[-1][0], end)
            continue
        if inline and n + 1 < len(spans):
            after = spans[n + 1]
            expected = _successor(inline.group(1))
            if expected is not None and text.startswith(f"{expected} ", after[0]):
                out[-1] = _trim(text, out[-1][0], inline.start(1))
                start = inline.start(1)
        out.append((start, end))
    return out


def _enumerated(text: str, spans: list[Span]) -> list[Span]:
    """Keep enumerators with their items and split items that share one line.

    sentencex reads "1." as a one-word sentence and misses "a. first b. second" because
    the items carry no stop. A run of items is recognised only when the next enumerator
    is the successor of the current one, so "He had 2. Then" is never split.
    """
    joined: list[Span] = []
    for start, end in spans:
        if (
            joined
            and joined[-1][1] - joined[-1][0] <= _ENUMERATOR_CHARS
            and _ENUMERATOR_ONLY.fullmatch(text, *joined[-1])
        ):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    out: list[Span] = []
    pending: Span | None = None
    for start, end in joined:
        if pending is not None:
            # a previous item ended on the next enumerator ("first item 2."): prepend it.
            start = pending[0]
            pending = None
        head = text[start : start + _ENUMERATOR_CHARS + 1]
        first = (
            _LEADING_ENUMERATOR.match(text, start, end) if "." in head or ")" in head else None
        )
        if not first:
            out.append((start, end))
            continue
        out.extend(_split_items(text, start, end))
        last_start, last_end = out[-1]
        first = _LEADING_ENUMERATOR.match(text, last_start, last_end)
        tail = _TRAILING_ENUMERATOR.search(text, last_start, last_end)
        if tail and first and tail.group(1) == _successor(first.group(1)):
            out[-1] = _trim(text, last_start, tail.start())
            pending = (tail.start(1), last_end)
    if pending is not None:
        out.append(pending)
    return out


def _split_items(text: str, start: int, end: int) -> list[Span]:
    pieces: list[Span] = []
    segment_text = text[start:end]
    first = _LEADING_ENUMERATOR.match(segment_text)
    offset = 0
    while first:
        expected = _successor(first.group(1))
        if expected is None:
            break
        pos = segment_text.find(f" {expected} ", offset + len(first.group(1)))
        if pos < 0:
            break
        pieces.append(_trim(text, start + offset, start + pos))
        offset = pos + 1
        first = _LEADING_ENUMERATOR.match(segment_text, offset)
    pieces.append((start + offset, end))
    return pieces


def _move_ellipses(text: str, spans: list[Span]) -> list[Span]:
    """Give the last three dots of "word. . . ." to the next sentence.

    In the four-dot style a full stop is followed by an ellipsis that marks words left
    out at the start of the next sentence, so the ellipsis belongs with what follows.
    """
    out = list(spans)
    for i in range(len(out) - 1):
        start, end = out[i]
        if text.endswith(". . . .", start, end) and _SPACED_ELLIPSIS_TAIL.search(
            text, max(start, end - 8), end
        ):
            cut = end - 6
            out[i] = (start, cut)
            out[i + 1] = (cut + 1, out[i + 1][1])
    return out


def _cap_length(text: str, spans: list[Span], max_chars: int) -> list[Span]:
    """Cut every span longer than ``max_chars`` into pieces of at most that length, a
    token longer than ``max_chars`` counting as one character.

    Each cut falls at the last clause break in the second half of the window (semicolon
    or colon, then comma, then space), else at the last space of the window: a cut never
    falls inside a word or a number, where it would make up a figure the text does not
    state ("99999 people were hurt" from the tail of a 5,000-digit number).

    A token longer than ``max_chars`` (a 3,000-digit number, a flattened table cell) is
    kept whole with the words around it, as written: "1.555…5 million people were hurt"
    stays one sentence, its number read by nobody as a quantity
    (:data:`factcheck.normalize.MAX_NUMERAL_CHARS`) but never lost. Counting such a token
    as one character still bounds the words of a sentence — what claim splitting and
    matching grow with the square of — and each token lies in one sentence only, so the
    text kept stays linear in the input.
    """
    out: list[Span] = []
    for start, end in spans:
        if 0 < end - start <= max_chars and not (
            text[start].isspace() or text[end - 1].isspace()
        ):
            out.append((start, end))  # the common case: short enough and trimmed already
            continue
        out.extend(_cut_span(text, start, end, max_chars))
    return out


def _cut_span(text: str, start: int, end: int, max_chars: int) -> list[Span]:
    """``text[start:end]`` cut as :func:`_cap_length` says, trimmed, empty pieces dropped."""
    out: list[Span] = []
    # The span as the cut sees it: each over-long token shown as one character, and
    # ``shift[k]`` the characters hidden before the ``k``-th of them (``marks[k]``
    # is where it stands in ``shown``).
    span_text = text[start:end]
    parts: list[str] = []
    marks: list[int] = []
    shift = [0]
    at = shown_length = 0
    for token in _long_token(max_chars).finditer(span_text):
        parts += (span_text[at : token.start()], "x")
        shown_length += token.start() - at
        marks.append(shown_length)
        shown_length += 1
        shift.append(shift[-1] + token.end() - token.start() - 1)
        at = token.end()
    shown = "".join([*parts, span_text[at:]]) if marks else span_text

    def original(position: int) -> int:
        """A position in ``shown`` as an offset into ``text``."""
        return start + position + shift[bisect_left(marks, position)]

    at = 0
    while len(shown) - at > max_chars:
        limit = at + max_chars
        cut = None
        for pattern in _CUT_AT:
            breaks = list(pattern.finditer(shown, at + max_chars // 2, limit))
            if breaks:
                cut = breaks[-1].end()
                break
        if cut is None:
            # up to the character after the window: a token of exactly max_chars
            spaces = list(_SPACE.finditer(shown, at, limit + 1))
            # No token of ``shown`` is longer than max_chars and every piece starts
            # a token, so a space is always found; were none, the piece would run
            # on to the next one rather than lose a word.
            space = spaces[-1] if spaces else _SPACE.search(shown, limit)
            cut = space.end() if space else len(shown)
        piece = _trim(text, original(at), original(cut))
        if piece[0] < piece[1]:
            out.append(piece)
        at = cut
    piece = _trim(text, original(at), end)
    if piece[0] < piece[1]:
        out.append(piece)
    return out


@lru_cache(maxsize=8)
def _long_token(max_chars: int) -> re.Pattern[str]:
    """A token longer than ``max_chars``, matched from its first character only (the
    look-behind keeps the scan linear: no retry inside a long run)."""
    return re.compile(rf"(?<!\S)\S{{{max_chars + 1},}}")


def _pieces(text: str, start: int, end: int, cuts: list[int]) -> list[Span]:
    """``text[start:end]`` cut at each offset of ``cuts`` (ascending, inside the span):
    the pieces trimmed of whitespace, empty ones dropped."""
    out: list[Span] = []
    for piece_end in [*cuts, end]:
        piece = _trim(text, start, piece_end)
        if piece[0] < piece[1]:
            out.append(piece)
        start = piece_end
    return out


# "in the U.S. Officials said": an initialism, then a capitalised word.
_INITIALISM_THEN_CAPITAL = re.compile(r"\b(?:[A-Z]\.){2,}(\s+)(?=([A-Z][a-z]+),?\s+(\S+))")
# "a stake in Tarn Foods Inc. Analysts were surprised", "went to Ivo Kay Jr. Judges
# said": a company's or a person's name suffix, then a capitalised word (sentencex reads
# the suffix as an abbreviation that goes on).
_COMPANY_THEN_CAPITAL = re.compile(
    r"\b(?:Inc|Corp|Co|Ltd|Bros|Plc|PLC|LLC|Llc|Jr|Sr)\.(\s+)(?=([A-Z][a-z]+),?\s+(\S+))"
)
# "carried 400 t. Ports were busy": a unit sentencex reads as an abbreviation that goes
# on, after a figure, then a capitalised word.
_FIGURE_UNIT_THEN_CAPITAL = re.compile(
    r"\d\s?(?:t|m|g|hrs?|mins?|secs?)\.(\s+)(?=([A-Z][a-z]+),?\s+(\S+))"
)
# "in May. Prices rose": sentencex lists "May" (a month that is its own abbreviation) and
# the short months ("Dec.") as abbreviations, so it goes on after them unless a pronoun or
# a determiner follows. A full month name is no abbreviation: its stop ends the sentence
# before any capital, as after any other word. A short month goes on before a name
# ("Jan. Kowalski") and ends the sentence where an initialism would ("Dec. Prices rose").
_MONTH_THEN_CAPITAL = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\.(\s+)(?=[A-Z])"
)
_SHORT_MONTH_THEN_CAPITAL = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.(\s+)(?=([A-Z][a-z]+)\s+(\S+))"
)
# "pens, paper, etc. Sales fell": "etc." closes a list, and a capital after it opens the
# next sentence (sentencex goes on unless a pronoun or a determiner follows).
_ETC_THEN_CAPITAL = re.compile(r"etc\.(?<!\wetc\.)(\s+)(?=[A-Z])")
# "fell 2 p.c. Wages rose": a dotted unit after a figure, then a capital. Not a clock
# time's "a.m." / "p.m.", which sentencex decides ("At 5 a.m. Mr. Smith went …" goes on).
_FIGURE_INITIALISM_THEN_CAPITAL = re.compile(
    r"\d\s?(?![aApP]\.[mM]\.)(?:[a-z]\.){2,}(\s+)(?=[A-Z])"
)
# "(… later.) Next": a stop inside a bracket, the bracket closed, a capital after it.
_BRACKET_AFTER_STOP = re.compile(r"[.!?][)\]](\s+)(?=[A-Z])")
# "2%.Wages", "3.5%.The", "$3m.Costs", "40kg.Trucks": a stop after a figure, perhaps with
# a unit or scale suffix of up to three letters, and no space before the next sentence.
# The stop comes first in the pattern so that the regex engine scans for it rather than
# trying the look-behinds at every character (a third of segmentation time otherwise).
_UNSPACED_AFTER_FIGURE = re.compile(
    r"[.!?](?:(?<=[%\d].)|(?<=\d[A-Za-z].)|(?<=\d[A-Za-z]{2}.)|(?<=\d[A-Za-z]{3}.))"
    r"(?=[A-Z][a-z]+\b)"
)
# A stop (or three) right after a word of three or more lower-case letters and right
# before a capitalised word, with no space: "Four people died.Police blamed the driver",
# "Troops left Orsk?Nobody knows", "The strike ended...Workers returned". A web address
# or an e-mail ("site.com", "a.b@c.org") is no sentence end: see _unspaced_after_word.
_UNSPACED_AFTER_WORD = re.compile(r"(?<=[a-z]{3})(?:\.\.\.|…|[.!?])(?=[A-Z][a-z]+\b(?![.@/]\w))")
# A stop after a word or figure (and perhaps a closing quote), then an opening quote and
# a capital: "Okafor said. “Nobody …".
_QUOTE_AFTER_STOP = re.compile(r"(?<=[a-z0-9%][.!?])[”\"’']?\s+(?P<open>[“\"'])(?=[A-Z])")
# What every split of :func:`_missed_boundaries` needs inside its span: a stop, perhaps a
# closing quote or bracket, perhaps space, perhaps an opening quote, then a capital. Most
# spans are one sentence whose only stop ends it, so this one cheap scan (it opens with a
# character class, which the regex engine searches for) spares them the eight patterns.
_MAYBE_MISSED = re.compile(r"[.!?][)\]\"'”’]?\s*[“\"']?[A-Z]")
_OPENERS = frozenset(
    {"The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We"}
    | {"I", "There", "Its", "His", "Her", "Their", "Our", "But", "And", "Yet", "So"}
    | {"However", "Meanwhile"}
)


def _new_sentence_after_initialism(
    text: str, start: int, m: re.Match[str], *, modifier: bool = True
) -> bool:
    """Whether "U.S. <following> <after>" starts a new sentence at ``following``.

    ``m`` is a match of :data:`_INITIALISM_THEN_CAPITAL` (or of a short month, which
    never modifies the word after it: ``modifier=False``) inside the span that starts at
    ``start``. A determiner or a pronoun opens a sentence ("U.S. The"). Otherwise the
    words on both sides decide:

    * after a verb or a preposition ("said U.S. Marines landed", "of U.S. Army
      officials") an initialism modifies the noun after it: no new sentence;
    * after a preposition and "the", with a finite verb before them ("The accord was
      signed in the U.S."), the sentence before is complete, and a clause with a plural
      subject after it opens the next ("Officials say …", "Oil prices fell", "Officials
      in Kestrow said …", "Ministers will meet", :func:`_clause_starts`); after a verb
      and "the" it may still be the subject of a reported clause ("They said the U.S.
      Marines landed"), so this needs the preposition;
    * anywhere else a bare plural whose next word is a verb that is nothing else opens one
      ("Washington, D.C. Officials said"). A singular noun needs a determiner to open one,
      so "U.S. Navy sent", "U.S. President Biden", "U.S. House on Monday" and "U.S. Army
      officials" go on.
    """
    following, after = m.group(2), m.group(3)
    if following in _OPENERS:
        return True
    before = WORD_RE.findall(text, start, m.start())
    if modifier and before and before[-1].islower() and before[-1] != "the":
        return False
    if (
        len(before) >= 3
        and before[-1] == "the"
        and before[-2] in _PREPOSITIONS
        and any(_may_be_finite_verb(before, k) for k in range(len(before) - 1))
        and _clause_starts(WORD_RE.findall(text, m.end(1), min(len(text), m.end(1) + 120)))
    ):
        return True
    if not following.endswith("s") or following.endswith("ss"):
        return False
    word = after.strip(",.;:!?\"'”’").lower()
    if not word.isalpha() or after[:1].isupper():
        return False
    return bool(verb_forms(word) & {"VBD", "VBZ"}) and not is_noun_or_adjective(word)


def _new_sentence_after_company(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether "Tarn Foods Inc. <following> …" (or "Ivo Kay Jr. <following> …") starts a
    new sentence at ``following``:
    a determiner or a pronoun opens one ("Inc. The shares fell"); a clause of a plural
    subject does ("Inc. Analysts were surprised", :func:`_clause_starts`) when the
    sentence before has a finite verb, so the company closes it ("The fund sold its
    stake in Tarn Foods Inc."). Without one the company is the subject's start ("Tarn
    Foods Inc. Shareholders will vote") or a name goes on ("Ovik Bros. Bakers")."""
    if m.group(2) in _OPENERS:
        return True
    before = WORD_RE.findall(text, start, m.start())
    return any(_may_be_finite_verb(before, k) for k in range(len(before))) and _clause_starts(
        WORD_RE.findall(text, m.end(1), min(len(text), m.end(1) + 120))
    )


# Words that may stand between a plural subject and its verb: "Officials also said",
# "Critics, however, doubt", "Officials there said".
_BETWEEN_SUBJECT_AND_VERB = frozenset(
    {"also", "now", "still", "however", "then", "later", "too", "there", "here", "often"}
    | {"already", "never", "meanwhile", "instead", "themselves", "all", "both"}
)
_PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "across", "for", "of", "on"})
_PREPOSITIONS = _PLACE_PREPOSITIONS | {
    "to", "into", "throughout", "with", "by", "outside", "within", "against", "over"
}


def _name_clause_starts(words: list[str]) -> bool:
    """Whether ``words`` open with a clause whose subject is a name: one to three
    capitalised words, then a word that may be a past or third-person verb ("Lena
    ran", "Ivo Kay said", "Mara has", "Ola Brandt cut"). After a figure and its unit's
    stop ("He ran 400 m. Lena ran …") a unit never runs on into a name and its verb, so
    a new sentence starts there."""
    k = 0
    while k < min(3, len(words)) and words[k][:1].isupper() and words[k][1:].islower():
        k += 1
    if k == 0 or k >= len(words):
        return False
    word = words[k]
    if not word.isalpha() or not word.islower():
        return False
    # a name takes no noun after it, so a word that may be a past or a third-person verb
    # is its verb there ("Ola Brandt cut it"), even when it may be a noun too
    return word in _AUXILIARIES or bool(verb_forms(word) & {"VBD", "VBZ"})


def _clause_starts(words: list[str]) -> bool:
    """Whether ``words`` open with a clause of a plural subject: one to three words
    headed by a plural ("Officials", "Oil prices", "Local health officials"), perhaps an
    adverb or a place ("in Kestrow") after it, then a finite verb that agrees with a
    plural ("say", "said", "will", "were"; :data:`_AUXILIARIES`)."""
    if not words or not words[0][:1].isupper():
        return False
    head = next(
        (
            j
            for j in range(min(3, len(words)))
            if len(words[j]) > 3
            and words[j].endswith("s")
            and not words[j].endswith("ss")
            # a capitalised plural after capitalised words goes on with the initialism's
            # name ("U.S. Virgin Islands"); "Oil prices" is a subject
            and (j == 0 or words[j].islower())
        ),
        None,
    )
    if head is None or any(w.lower() in _DETERMINERS for w in words[1 : head + 1]):
        return False
    k = head + 1
    while k < len(words):
        word = words[k]
        if word in _BETWEEN_SUBJECT_AND_VERB or (word.endswith("ly") and word.islower()):
            k += 1
        elif word in _PLACE_PREPOSITIONS and k + 1 < len(words) and words[k + 1][:1].isupper():
            k += 2
            while k < len(words) and words[k][:1].isupper() and k <= head + 5:
                k += 1
        else:
            break
    if k >= len(words) or k > head + 5 or not words[k].islower():
        return False
    word = words[k]
    if word in _AUXILIARIES:
        return word not in {"is", "was", "has", "does", "am"}
    return bool(verb_forms(word) & {"VB", "VBD"})


def _opened(text: str, start: int, end: int) -> bool:
    """Whether a bracket is open at ``end`` (counting from ``start``)."""
    depth = 0
    for char in text[start:end]:
        depth += char in "(["
        depth -= char in ")]" and depth > 0
    return depth > 0


def _opening_bracket(text: str, start: int, end: int) -> int:
    """Offset of the innermost bracket still open at ``end`` (counting from ``start``);
    ``start`` when none is."""
    opened: list[int] = []
    for k in range(start, end):
        if text[k] in "([":
            opened.append(k)
        elif text[k] in ")]" and opened:
            opened.pop()
    return opened[-1] if opened else start


_DETERMINERS = LEXICON["determiners"]
_AUXILIARIES = LEXICON["auxiliaries"]


def _may_be_finite_verb(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` may be a sentence's finite verb: a lower-case auxiliary or a
    past or third-person form not right after a determiner ("the reports" is a noun)."""
    word = words[k]
    if not word.islower():
        return False
    if k > 0 and words[k - 1].lower() in _DETERMINERS:
        return False
    return word in _AUXILIARIES or bool(verb_forms(word) & {"VBD", "VBZ"})


def _aside_in_subject(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether a bracket closed behind a stop ("… Friday.) Said") sits inside the
    sentence's subject, so the sentence goes on after it.

    The stop inside the bracket ends the sentence only when a clause came before the
    bracket ("The vote was delayed (the count ends later.) Next, …"). When no word
    before the bracket can be a finite verb ("The chair (who resigned on Friday.)") and
    the capitalised word after it can only be one ("Said the board would meet"), the
    bracket is an aside inside the subject, and the verb after it is the sentence's.
    """
    bracket = _opening_bracket(text, start, m.start())
    words = WORD_RE.findall(text, start, bracket)
    if not words or any(_may_be_finite_verb(words, k) for k in range(len(words))):
        return False
    after = WORD_RE.match(text, m.end())
    if after is None:
        return False
    following = after.group().lower()
    return bool(verb_forms(following) & {"VBD", "VBZ"}) and not is_noun_or_adjective(following)


def _quotes_balanced(text: str, start: int, end: int) -> bool:
    """Whether every quotation opened in ``text[start:end]`` is closed there (straight
    quotes pair up), so a quotation mark at ``end`` opens a new one."""
    piece = text[start:end]
    return piece.count("“") == piece.count("”") and piece.count('"') % 2 == 0


def _unspaced_after_word(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether the stop of ``m`` (:data:`_UNSPACED_AFTER_WORD`) ends a sentence: the word
    before it is no abbreviation, and the run of characters it stands in holds no
    other stop, slash or "@" (a web address, a file name, an e-mail)."""
    word_start = m.start()
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    run_end = m.end()
    while run_end < len(text) and not text[run_end].isspace():
        run_end += 1
    run = text[word_start:run_end]
    before = text[word_start : m.start()]
    if any(c in run for c in "/@:") or "." in before:
        return False
    return before.lower() not in _WORD_ABBREVIATIONS


# Abbreviations of three letters or more written in lower case before a stop ("etc.",
# "approx.", "incl."): a capital right after one may be a name ("approx.Tarn").
_WORD_ABBREVIATIONS = frozenset(
    {"etc", "approx", "incl", "excl", "dept", "govt", "corp", "inc", "ltd", "sept", "est"}
    | {"vol", "fig", "nos", "min", "max", "avg", "misc", "ref", "tel", "ext", "mrs", "hon"}
)


def _missed_boundaries(text: str, spans: list[Span]) -> list[Span]:
    """Split inside spans where sentencex saw no boundary (see the module docstring)."""
    out: list[Span] = []
    for start, end in spans:
        # From one character back: a quotation's look-behind may see the stop before it.
        if _MAYBE_MISSED.search(text, max(start - 1, 0), end) is None:
            if start < end and not (text[start].isspace() or text[end - 1].isspace()):
                out.append((start, end))  # trimmed already, as _pieces would leave it
            else:
                out.extend(_pieces(text, start, end, []))
            continue
        cuts: list[int] = []
        for m in _INITIALISM_THEN_CAPITAL.finditer(text, start, end):
            if _new_sentence_after_initialism(text, start, m):
                cuts.append(m.start(1))
        cuts += [
            m.start(1)
            for m in _COMPANY_THEN_CAPITAL.finditer(text, start, end)
            if _new_sentence_after_company(text, start, m)
        ]
        cuts += [
            m.start(1)
            for m in _FIGURE_UNIT_THEN_CAPITAL.finditer(text, start, end)
            if m.group(2) in _OPENERS
            or _clause_starts(WORD_RE.findall(text, m.end(1), min(len(text), m.end(1) + 120)))
            or _name_clause_starts(WORD_RE.findall(text, m.end(1), min(len(text), m.end(1) + 80)))
        ]
        cuts += [m.start(1) for m in _MONTH_THEN_CAPITAL.finditer(text, start, end)]
        for m in _SHORT_MONTH_THEN_CAPITAL.finditer(text, start, end):
            if _new_sentence_after_initialism(text, start, m, modifier=False):
                cuts.append(m.start(1))
        cuts += [
            m.start(1)
            for m in _BRACKET_AFTER_STOP.finditer(text, start, end)
            # "1.) The first item" is an enumerator
            if _opened(text, start, m.start()) and not _aside_in_subject(text, start, m)
        ]
        cuts += [m.start(1) for m in _ETC_THEN_CAPITAL.finditer(text, start, end)]
        cuts += [
            m.start(1)
            for m in _FIGURE_INITIALISM_THEN_CAPITAL.finditer(text, start, end)
        ]
        cuts += [m.end() for m in _UNSPACED_AFTER_FIGURE.finditer(text, start, end)]
        cuts += [
            m.end()
            for m in _UNSPACED_AFTER_WORD.finditer(text, start, end)
            if _unspaced_after_word(text, start, m)
        ]
        cuts += [
            m.start("open")
            for m in _QUOTE_AFTER_STOP.finditer(text, start, end)
            # after a stop and a space, a straight single quote before a capital opens
            # a quotation (an apostrophe stands inside or after a word)
            if m["open"] == "'" or _quotes_balanced(text, start, m.start("open"))
        ]
        out.extend(_pieces(text, start, end, sorted(set(cuts))))
    return out


# A span that is one double-quoted quotation and nothing else: its opening mark, its
# words (no other double quotation mark among them) and the closing mark that ends it.
_WHOLE_QUOTATION = re.compile(r"(?:“[^“”\"]+”|\"[^“”\"]+\")")


def _quoted_sentences(text: str, spans: list[Span]) -> list[Span]:
    """Split a run of spans that is one quotation of several sentences and nothing else
    (a paragraph ``"We saw the ferry list. Then the lights went out."`` with no speech
    tag) into the sentences inside it (tester10c F7).

    sentencex does not end a sentence inside quotation marks (and inside curly ones only
    now and then), so such a quotation stayed one sentence, or a sentence and a pair,
    read as one claim from its first sentence. The run of spans from one that opens with
    a double quotation mark to the first that closes it (no other double mark between)
    is segmented as any text is; its first piece keeps the opening mark and its last the
    closing one, so every span still points at the original characters. A quotation
    with its speaker in the same span (``"A. B," Lang said.``) is no run of this kind: its
    claims are split where its speaker is read (``extract._quoted_claims``).
    """
    out: list[Span] = []
    i = 0
    while i < len(spans):
        start, end = spans[i]
        last = _quotation_end(text, spans, i) if text[start] in "“\"" else None
        if last is None:
            out.append((start, end))
            i += 1
            continue
        end = spans[last][1]
        inner = segment(text[start + 1 : end - 1])
        if len(inner) < 2:
            out.extend(spans[i : last + 1])
        else:
            base = start + 1
            pieces = [(base + s.start, base + s.end) for s in inner]
            pieces[0] = (start, pieces[0][1])
            pieces[-1] = (pieces[-1][0], end)
            out.extend(pieces)
        i = last + 1
    return out


def _quotation_end(text: str, spans: list[Span], first: int) -> int | None:
    """Index of the span whose end closes the quotation that opens span ``first``, when
    the spans from ``first`` to it are that quotation and nothing else
    (:data:`_WHOLE_QUOTATION`); None otherwise. At most a paragraph's worth of spans is
    looked at, so the search stays linear in a document."""
    start = spans[first][0]
    for k in range(first, min(first + _QUOTED_SPANS, len(spans))):
        if "\n\n" in text[start : spans[k][1]]:
            return None
        if _WHOLE_QUOTATION.fullmatch(text, start, spans[k][1]) is not None:
            return k
        if _QUOTE_MARK.search(text, start + 1, spans[k][1]) is not None:
            return None  # another mark inside: not one quotation alone
    return None


# How many sentences one quotation paragraph may hold before it is left as segmented.
_QUOTED_SPANS = 40
_QUOTE_MARK = re.compile("[“”\"]")


def segment(
    text: str, language: str = "en", *, max_chars: int = MAX_SENTENCE_CHARS
) -> list[Sentence]:
    """Return the sentences of ``text`` in order, each with exact offsets.

    No sentence is longer than ``max_chars`` characters (see :data:`MAX_SENTENCE_CHARS`),
    a token longer than that counting as one: it is kept whole with its words
    (:func:`_cap_length`).
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, not {max_chars}")
    spans: list[Span] = []
    append = spans.append
    for boundary in sentencex.get_sentence_boundaries(language, text):
        if boundary.get("is_paragraph_break"):
            continue
        first, last = boundary["start_index"], boundary["end_index"]
        piece = text[first:last]
        if "\n" in piece or "\r" in piece or "\u2028" in piece or "\u2029" in piece:
            for piece_start, piece_end in _split_lines(text, first, last):
                start, end = _trim(text, piece_start, piece_end)
                if start < end:
                    append((start, end))
            continue
        # the common case, one line: str.strip is the same trim, done in C.
        stripped = piece.strip()
        if stripped:
            start = first + len(piece) - len(piece.lstrip())
            append((start, start + len(stripped)))
    spans = _move_ellipses(
        text, _enumerated(text, _inline_items(text, _join_fragments(text, spans)))
    )
    spans = _missed_boundaries(text, spans)
    spans = _quoted_sentences(text, spans)
    spans = _cap_length(text, spans, max_chars)
    return [Sentence(i, start, end, text[start:end]) for i, (start, end) in enumerate(spans)]
