"""Read articles from files, folders, stdin, HTML and JSON Lines into plain documents.

Everything downstream works on ``RawDocument.text`` and keeps offsets into it, so this
module decides once what "the text" of an input is: the decoded file as written (line
endings included) for text, the article body trafilatura extracts for HTML, the body after
the header block for ``--source-from-header`` files.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import partial
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from factcheck.encoding import decode
from factcheck.errors import InputError, InputWarning

__all__ = [
    "MONTHS",
    "MONTH_ALTERNATION",
    "TEXT_SUFFIXES",
    "InputStream",
    "RawDocument",
    "check_published",
    "clean_author",
    "detect_format",
    "iter_jsonl",
    "iter_paths",
    "jsonl_lines",
    "one_line",
    "page_author",
    "parse_date",
    "read_batch",
    "read_bytes",
    "read_inputs",
    "stream_inputs",
]

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
# A folder of articles often carries its own notes; they are not articles.
FOLDER_NOTES = {"README", "LICENSE", "LICENCE", "CHANGELOG", "NOTES"}
HEADER_FIELDS = {
    "title": "title",
    "headline": "title",
    "outlet": "source",
    "source": "source",
    "author": "author",
    "byline": "author",
    "published": "published",
    "date": "published",
    "url": "url",
    "language": "language",
}
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z ]{0,20}):[ \t]*(.*?)[ \t]*$")
# Terminal control in article text is never content: an ECMA-48 control sequence (colour
# "ESC [ 31 m", cursor moves), an operating-system command ("ESC ] … BEL", e.g. a window
# title or a hyperlink), another escape, or a lone C0/C1 control character. Left in,
# its digits were read as figures ("31") and its letters stuck to words. Tab, newline,
# carriage return and form feed stay: they are layout.
_TERMINAL_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI … final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC … BEL or ST
    r"|\x1b[@-Z\\-_]?"  # other escapes (two bytes), or a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]"  # the one-byte CSI of C1
    # NUL is not here: it is no terminal's business but a sign of bytes that are not
    # text, so validation refuses it with its position instead of it vanishing silently.
    r"|[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f]"
)


def strip_terminal_control(text: str) -> str:
    """``text`` without terminal control sequences and control characters (see
    ``_TERMINAL_CONTROL``): what an article says, not how some terminal would paint it.
    Tab, newline, carriage return and form feed are kept, and so is NUL, which
    ``validate`` refuses (a document holding one is refused, not quietly altered).
    Returns ``text`` itself when there is nothing to strip."""
    return _TERMINAL_CONTROL.sub("", text) if _TERMINAL_CONTROL.search(text) else text


def one_line(value: str) -> str:
    """A name, title or byline as one line of plain words: terminal control removed
    (``strip_terminal_control``) and what it or a line break separated read as one space.
    Returns ``value`` itself when there is nothing to change."""
    plain = strip_terminal_control(value)
    if plain is not value or _LAYOUT.search(plain):
        # What the removed control separated ("Wire \x1b[2J One") is one space.
        plain = " ".join(plain.split())
    return plain


#: RawDocument fields read as one line of plain words (the URL is validated instead:
#: a URL holding control characters or spaces is refused, not altered).
_ONE_LINE_METADATA = ("source", "title", "author")
_LAYOUT = re.compile(r"[\t\n\r\f\v]")


@dataclass(frozen=True)
class RawDocument:
    """One article as read, before analysis: its text and what we know of where it came from.

    ``text`` never holds terminal control (``strip_terminal_control`` runs when a document
    is made, here and only here): whether it came from a file, a JSON string or Python,
    the store and analysis see the same text. ``source``, ``title`` and ``author`` are
    cleaned the same way, their tabs and line breaks read as one space.

    ``published`` is always a :class:`~datetime.date` or None once the document is made,
    and is annotated so, for code that reads it. The constructor also takes the date as
    written (a ``str`` such as "2026-03-10" or "10 March 2026", read by :func:`parse_date`,
    the rule of ``--published``; InputError naming the value when it is no date), for
    callers with a date from JSON or a form; typed code passing a ``str`` reads it with
    :func:`parse_date` first, or marks the call ``# type: ignore[arg-type]``. Any other
    type is an InputError.
    """

    text: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    #: A date; a str given here is read into one at once (see the class docstring).
    published: date | None = None
    retrieved_at: datetime | None = None
    language: str = "en"
    format: str = "text"
    origin: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    #: The 1-based line of a JSON Lines batch this document came from (``origin`` then
    #: reads ``name:line``); None for whole files.
    line: int | None = None
    #: What was not read as written when the input was decoded (a byte replaced by
    #: U+FFFD, an encoding only detected): the CLI prints each on stderr.
    warnings: tuple[InputWarning, ...] = ()

    def __post_init__(self) -> None:
        # ``published`` is read at once: a caller of the Python API who passes the date as
        # written ("2026-03-10", "10 March 2026") gets it read by the same rule as
        # ``--published`` (or an InputError naming the value), not a failure deep in analysis.
        if isinstance(self.published, str):
            object.__setattr__(self, "published", parse_date(self.published, what="published"))
        elif self.published is not None and not isinstance(self.published, date):
            raise InputError(
                f"published must be a date, not {type(self.published).__name__}"
            )
        check_published(self.published)
        clean = strip_terminal_control(self.text)
        if clean is not self.text:
            object.__setattr__(self, "text", clean)  # frozen: set once, as it is made
        # One-line metadata (from a header line, JSON or Python) is as untrusted as the
        # text: terminal control goes, and layout characters (tab, newline) become one
        # space, so an outlet name lines up in every table and names one outlet.
        for name in _ONE_LINE_METADATA:
            value = getattr(self, name)
            if isinstance(value, str):
                plain = one_line(value)
                if plain != value:
                    object.__setattr__(self, name, plain)

    @classmethod
    def from_text(cls, text: str, **metadata: Any) -> RawDocument:
        """A document from the text of an article file as ``ingest`` reads it: a header
        block (``Title:``, ``Outlet:``, ``Published:`` … lines, then a blank line) is
        metadata, never text (:func:`with_header`); ``metadata`` (the fields of
        :class:`RawDocument`) wins over the header. ``RawDocument(text=…)`` keeps the
        text as given. Raises InputError as :func:`with_header` does."""
        return with_header(text, cls(text="", **metadata))

    def place(self) -> tuple[str | None, int | None]:
        """(input name, line) for error messages: ``origin`` without its ``:line`` suffix."""
        if self.line is not None and self.origin and self.origin.endswith(f":{self.line}"):
            return self.origin[: -len(f":{self.line}")], self.line
        return self.origin, self.line

    def with_numeral_warnings(self, written: str | None) -> RawDocument:
        """This document with a warning for each numeral of its text too long to read as
        a quantity (:func:`factcheck.normalize.unread_numerals`), placed in the input.

        A line of a batch places it on that line; otherwise on the line of ``written``
        (the input as read: a file with its header block, a page's markup) where the
        numeral is written, found in text order (no line when the markup splits it).
        Read here, with the input at hand, so ``analyze`` and ``ingest`` say the same
        thing at the same place whatever the format."""
        # normalize reads month names from this module: imported here, not at the top.
        from factcheck.normalize import unread_numeral_warnings

        origin, line = self.place()
        found = unread_numeral_warnings(self.text, origin, line=line, written=written)
        if not found:
            return self
        return replace(self, warnings=(*self.warnings, *found))

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


#: Month names and their short forms, lower case, to the month's number: the one table
#: every date reader of the package uses (``read`` for publication dates and bylines,
#: ``normalize`` for dates in claims, ``provenance`` for datelines and time stamps).
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
#: :data:`MONTHS` as a regex alternation, longest name first ("september|sept|sep|…").
MONTH_ALTERNATION = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_WORD = r"(?P<month>[A-Za-z]{3,9})\.?"
_DAY_NUMBER = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_WEEKDAY_PREFIX = (
    r"(?:(?P<weekday>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME_SUFFIX = (
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?"
)
_WORDED_DATES = (
    # "March 10, 2026", "Tuesday, Mar. 10th 2026", "March 10, 2026, 08:00 GMT"
    re.compile(
        rf"{_WEEKDAY_PREFIX}{_MONTH_WORD}\s+{_DAY_NUMBER},?\s+(?P<year>\d{{4}}){_TIME_SUFFIX}",
        re.IGNORECASE,
    ),
    # "10 March 2026", "Tue, 10 Mar 2026", "10th of March, 2026"
    re.compile(
        rf"{_WEEKDAY_PREFIX}{_DAY_NUMBER}(?:\s+of)?\s+{_MONTH_WORD},?\s+(?P<year>\d{{4}}){_TIME_SUFFIX}",
        re.IGNORECASE,
    ),
    # "10-Mar-2026", "10-March-2026 08:00": the day and the month name joined by hyphens
    re.compile(
        rf"{_WEEKDAY_PREFIX}{_DAY_NUMBER}-{_MONTH_WORD}-(?P<year>\d{{4}}){_TIME_SUFFIX}",
        re.IGNORECASE,
    ),
)
# "03/11/2026", "3.11.26", "03-11-2026": a day and a month in either order, the same
# separator twice, then a year of four digits or two (the pages' short form; a value
# given by the user must write four). Not inside a longer run of digits ("2026/03/11",
# a version "1.2.10.4").
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})"
    r"(?![\d/-]|\.\d)"
)
_YMD_SLASHED = re.compile(r"(?P<year>\d{4})/(?P<month>\d{1,2})/(?P<day>\d{1,2})")
_DATE_FORMS = "YYYY-MM-DD, 'March 10, 2026' or '10 March 2026'"


#: The first and last publication date a document may carry. Days are counted from it
#: (a story's window of up to a century, "yesterday", "next year", a dateline's weekday),
#: and each must still be a calendar date (years 1 to 9999): a date at the calendar's
#: ends failed ingest with an overflow blamed on the article, or analysis with a
#: traceback. A thousand years' margin at each end leaves every count room, and no
#: article is dated outside it.
PUBLISHED_RANGE = (date(1000, 1, 1), date(8999, 12, 31))


def check_published(value: date | None, *, what: str = "published date") -> None:
    """Raise InputError (one line) unless ``value`` is None or in :data:`PUBLISHED_RANGE`:
    ``published date 0001-01-05 is outside 1000-01-01 to 8999-12-31``."""
    first, last = PUBLISHED_RANGE
    if value is not None and not first <= value <= last:
        raise InputError(
            f"{what} {value.isoformat()} is outside {first.isoformat()} to {last.isoformat()}"
        )


def parse_date(value: str | date | None, *, what: str = "date") -> date | None:
    """A calendar date from the forms people and publishers write unambiguously.

    Accepted: ISO dates and timestamps ("2026-03-10", "2026-03-10T08:00Z"; the date part
    of a timestamp is kept as written, not moved to another time zone), "2026/03/10",
    month names either way round ("March 10, 2026", "Mar. 10th 2026", "10 March 2026",
    "10-Mar-2026", "Tuesday, 10 March 2026", with an optional time after it) and e-mail/RSS dates
    ("Tue, 10 Mar 2026 08:00:00 +0000"). A numeric day and month ("25/12/2026") is read
    only when one of them cannot be a month; "03/04/2026" is 3 April in one country and
    March 4 in another, so it is refused rather than guessed; so is a weekday that is not
    the day's ("Monday, March 10, 2026": 10 March 2026 is a Tuesday).

    Raises :class:`InputError` with one line that names ``what``, the value and the
    accepted forms.
    """
    if value is None or isinstance(value, date):
        return value
    text = " ".join(str(value).split())
    if not text:
        return None
    found = _parse_date_text(text)
    if isinstance(found, date):
        return found
    reason = found or "not a date"
    raise InputError(f"invalid {what} {text!r}: {reason}; use {_DATE_FORMS}") from None


def _parse_date_text(text: str) -> date | str | None:
    """The date ``text`` names, or why it names none (a message, or None for "not a date")."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        if re.fullmatch(
            r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?", text
        ):
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        slashed = _YMD_SLASHED.fullmatch(text)
        if slashed:
            return date(int(slashed["year"]), int(slashed["month"]), int(slashed["day"]))
        for pattern in _WORDED_DATES:
            match = pattern.fullmatch(text)
            if match and match["month"].lower() in MONTHS:
                month = MONTHS[match["month"].lower()]
                day = date(int(match["year"]), month, int(match["day"]))
                named = match["weekday"]
                if named and _WEEKDAYS.index(named[:3].lower()) != day.weekday():
                    # "Monday, March 10, 2026" (a Tuesday): one of the two is wrong.
                    return (
                        f"the weekday and the date disagree ({day.isoformat()} is a "
                        f"{day.strftime('%A')})"
                    )
                return day
        numeric = _NUMERIC_DATE.fullmatch(text)
        if numeric and len(numeric["year"]) == 4:
            readings = numeric_date_readings(numeric)
            if len(readings) == 1:
                return readings[0]
            if len(readings) > 1:
                return (
                    "ambiguous: day and month could be either way round "
                    f"({' or '.join(d.isoformat() for d in sorted(readings))})"
                )
            # Neither way round a day ("31/02/2026", "13/13/2026").
            return "no such day (neither way round is a day and a month)"
    except ValueError as exc:
        return f"no such day ({exc})"
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return None


def numeric_date_readings(match: re.Match[str]) -> tuple[date, ...]:
    """The days a numeric date (a match of ``_NUMERIC_DATE``: "03/11/2026", "3.11.26")
    can be, earliest first: one when only one order of day and month names a day
    ("13/03/2026", "03/13/2026", "05/05/2026"), two when either order does ("03/11/2026":
    3 November or 11 March, written so in one country and the other), none when neither
    does ("31/02/2026"). A two-digit year is of this century ("26" is 2026), as the pages
    that write it mean. The one rule for such dates: :func:`parse_date` reads one reading
    and refuses two; a page's date (:func:`page_published`) is left undated by two."""
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    if len(match["year"]) == 2:
        year += 2000
    readings: set[date] = set()
    for day, month in ((a, b), (b, a)):
        try:
            readings.add(date(year, month, day))
        except ValueError:
            continue
    return tuple(sorted(readings))


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file or directory", origin=str(path)) from None
    except IsADirectoryError:
        raise InputError("is a directory", origin=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", origin=str(path)) from None


def iter_paths(path: Path) -> list[Path]:
    """The readable files under ``path`` (recursively), sorted for a stable ingest order.

    Hidden files and README/LICENSE/CHANGELOG/NOTES files are passed over in a folder;
    a file named on the command line is always read, and so is anything else named there
    that is no folder (a named pipe, a device such as /dev/stdin): it was refused as a
    folder with "no readable files … in this folder" (tester12 F7).
    """
    if not path.exists():
        raise InputError("no such file or directory", origin=str(path))
    if not path.is_dir():
        return [path]
    files = sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and p.suffix.lower() in TEXT_SUFFIXES
        and not p.name.startswith(".")
        and p.stem.upper() not in FOLDER_NOTES
    )
    if not files:
        suffixes = ", ".join(sorted(TEXT_SUFFIXES))
        raise InputError(f"no readable files ({suffixes}) in this folder", origin=str(path))
    return files


def detect_format(name: str, text: str) -> str:
    """ "html", "jsonl" or "text", by the suffix of ``name``, else by how ``text`` begins."""
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    return "text"


def split_header(text: str) -> tuple[dict[str, str], str, int]:
    """Split a ``Key: value`` header block from the body.

    Returns the fields, the body and the body's offset in ``text``; a text without a
    header block comes back whole with no fields.
    """
    fields: dict[str, str] = {}
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if not stripped:
            if fields:
                pos += len(line)
                break
            return {}, text, 0
        match = _HEADER_LINE.match(stripped)
        if not match or match.group(1).strip().lower() not in HEADER_FIELDS:
            return {}, text, 0
        fields[HEADER_FIELDS[match.group(1).strip().lower()]] = match.group(2)
        pos += len(line)
    else:
        return {}, text, 0
    while pos < len(text) and text[pos] in "\r\n":
        pos += 1
    return fields, text[pos:], pos


def header_line(text: str, name: str) -> int | None:
    """The 1-based line of the header field ``name`` ("published", as in
    ``HEADER_FIELDS``' values) in the header block of ``text``, so an error in its value
    can point at it (``story.txt:3: invalid Published: date …``); None when absent."""
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            return None
        match = _HEADER_LINE.match(stripped)
        if match and HEADER_FIELDS.get(match.group(1).strip().lower()) == name:
            return number
    return None


# A line break inside running text: one "<br>" after a lower-case word, a figure or a
# comma ("The port authority said<br>40 ships were waiting"). The extractor gives every
# "<br>" a line of its own, and a line there ends a block; after such a word the sentence
# goes on, so the break is a space. A break after a stop or a capitalised word ("By Nadia
# Kerr<br>Staff writer", an address) and a double "<br><br>" stay line breaks.
_BREAK_RE = re.compile(r"<br\s*/?>(?!\s*<br\b)", re.IGNORECASE)
_RUNNING_TEXT_END = re.compile(r"(?:\b[a-z0-9][\w'’-]*|[,;])[ \t]*$")


# Inline elements that hold items of their own, side by side with no space between them
# ("<span class="author">Nadia Kerr</span><time …>11 March 2026</time>"): the extractor
# joins their texts into one word ("Kerr11").
_ADJACENT_INLINE_RE = re.compile(
    r"(</(?:span|time|a|abbr|cite|address)>)(?=<(?:span|time|a|abbr|cite|address)\b)",
    re.IGNORECASE,
)


def _soft_breaks_as_spaces(html: str) -> str:
    """``html`` with each line break inside running text (``_BREAK_RE`` after
    ``_RUNNING_TEXT_END``) a space."""
    if "<br" not in html.lower():
        return html

    def soft(match: re.Match[str]) -> str:
        before = html[max(0, match.start() - 60) : match.start()]
        return " " if _RUNNING_TEXT_END.search(before) else match.group()

    return _BREAK_RE.sub(soft, html)


def _html_document(html: str, base: RawDocument) -> RawDocument:
    import trafilatura

    written = html
    html = _ADJACENT_INLINE_RE.sub(r"\1 ", _soft_breaks_as_spaces(html))
    extracted = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # The first publication date, not the last edit: a story updated a week later
        # still reported its facts on the day it was first published.
        date_extraction_params={"original_date": True, "extensive_search": True},
    )
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or not body.strip():
        raise InputError("no article text found in the HTML", origin=base.origin or "input")
    if only_navigation(body, html):
        raise InputError(
            "no article text found in the HTML (the page holds only links and menus)",
            origin=base.origin or "input",
        )
    from trafilatura.utils import load_html

    # One parse of the page serves the byline and the visible dates.
    tree = None if base.author and base.published else load_html(html)
    published, ambiguous = (
        (base.published, None)
        if base.published is not None
        else _page_published(tree, getattr(extracted, "date", None), written)
    )
    warnings = base.warnings
    if ambiguous is not None:
        origin, _ = base.place()
        warnings = (
            *warnings,
            InputWarning(
                f"publication date {ambiguous!r} on the page is ambiguous (day and month "
                "could be either way round): the page is left undated; give --published",
                origin=origin or "input",
                line=_line_holding(written, ambiguous),
            ),
        )
    return replace(
        base,
        text=_first_block_apart(_blocks_apart(body, html)),
        format="html",
        title=base.title or getattr(extracted, "title", None),
        author=base.author or _page_author(tree, getattr(extracted, "author", None)),
        url=base.url or getattr(extracted, "url", None),
        source=base.source or getattr(extracted, "sitename", None),
        published=published,
        extra=_with_claim_reviews(base.extra, html),
        warnings=warnings,
    )


def _line_holding(written: str, value: str) -> int | None:
    """The 1-based line of ``written`` where ``value`` first stands, None if nowhere."""
    at = written.find(value)
    return None if at < 0 else written.count("\n", 0, at) + 1


def _first_block_apart(body: str) -> str:
    """An extracted page's text with its first line set off by a blank line.

    trafilatura gives each block of a page (heading, paragraph, list item) one line, so
    a single line break there separates blocks as a blank line does in a plain-text
    article. The first block is most often the page's headline (its ``<h1>``); set off
    like a plain-text title it is read as one (``provenance`` kind ``headline``), not as
    a claim. Every other line stays as extracted."""
    first_end = body.find("\n")
    if first_end < 0 or body[first_end + 1 : first_end + 2] in ("\n", "\r", ""):
        return body
    return body[: first_end + 1] + "\n" + body[first_end + 1 :]


class _BlockTexts(HTMLParser):
    """The text of each block of a page (heading, paragraph, list item …), innermost
    block first, in document order, with its white space squashed; the head's title and
    scripts are no block."""

    SKIPPED = frozenset({"head", "title", "script", "style", "template", "noscript"})

    BLOCKS = frozenset(
        {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre"}
        | {"dt", "dd", "td", "th", "div", "section", "article", "header", "footer", "address"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._open: list[list[str]] = [[]]
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.SKIPPED:
            self._skip += 1
        elif tag in self.BLOCKS:
            self._flush()
            self._open.append([])
        elif tag == "br":
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in self.BLOCKS and len(self._open) > 1:
            self._flush()
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._open[-1].append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._open[-1]).split())
        if text:
            self.blocks.append(text)
        self._open[-1].clear()


def _blocks_apart(body: str, html: str) -> str:
    """``body`` with a line break between the page's blocks when the extractor gave them
    all on one line.

    trafilatura falls back to a simpler reading for a short article, and that reading
    joins an ``<article>``'s paragraphs with spaces: the headline, the byline and the
    first paragraph become one "sentence" (one claim nobody wrote). When the texts of the
    page's blocks, in order, make up the whole body (blocks outside it, such as menus,
    skipped), the body is given one line per block; otherwise it is left as it is.
    """
    if "\n" in body.strip():
        return body
    parser = _BlockTexts()
    parser.feed(html)
    parser.close()
    flat = " ".join(body.split())
    blocks = parser.blocks
    # Try each block the body starts with as the first ("Crane" in a menu before the
    # headline "Crane Topples …" would otherwise take the body's first word).
    for first, opening in enumerate(blocks):
        if flat.startswith(opening):
            lines = _tiling(flat, blocks[first:])
            if lines is not None:
                return "\n".join(lines)
    return body


def _tiling(flat: str, blocks: list[str]) -> list[str] | None:
    """The blocks that, in order and separated by single spaces, make up ``flat`` (the
    others skipped), or None when they do not make up all of it or only one does."""
    lines: list[str] = []
    pos = 0
    for block in blocks:
        end = pos + len(block)
        if flat.startswith(block, pos) and (end == len(flat) or flat[end] == " "):
            lines.append(block)
            pos = end + 1
    return lines if pos >= len(flat) and len(lines) > 1 else None


class _LinkLabels(HTMLParser):
    """The texts people click rather than read: links, buttons, menu options."""

    CLICKED = frozenset({"a", "button", "option", "summary"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.labels: set[str] = set()
        self._open: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.CLICKED:
            self._open.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in self.CLICKED and self._open:
            label = _squash("".join(self._open.pop()))
            if label:
                self.labels.add(label)

    def handle_data(self, data: str) -> None:
        for parts in self._open:
            parts.append(data)


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


#: Words a line needs to be read as prose whatever it is; a menu entry is shorter.
_PROSE_WORDS = 6


def only_navigation(body: str, html: str) -> bool:
    """True when the extracted ``body`` of a page is navigation, not an article.

    Given a page with no article, the extractor falls back to whatever text it finds,
    typically the menu ("Home / News / Sport / Log in"). Such a body is made only of the
    page's link, button and menu labels, or of lines too short to state anything; an
    article has at least one line of prose that is not a link label.
    """
    parser = _LinkLabels()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser copes with nearly anything; never fail a read here
        return False
    for line in body.splitlines():
        text = _squash(line)
        if not text or text in parser.labels:
            continue
        if len(text.split()) >= _PROSE_WORDS or text[-1] in ".!?:;\"'”’":
            return False
    return True


def _with_claim_reviews(extra: dict[str, Any], html: str) -> dict[str, Any]:
    """Keep a fact-checker's ClaimReview markup (the store turns it into verdicts)."""
    from factcheck.claimreview import find_claim_reviews

    reviews = find_claim_reviews(html)
    if not reviews:
        return extra
    return {**extra, "claim_reviews": [r.to_dict() for r in reviews]}


# What pages put in author fields that names nobody: link labels, desk names, addresses.
_NOT_AN_AUTHOR = re.compile(
    r"^(?:by\s*)?(?:e-?mail(?:\s+the)?(?:\s+author)?|contact(?:\s+the)?(?:\s+author)?"
    r"|follow(?:\s+.*)?|more\s+(?:from|by|articles).*|view\s+(?:all|profile).*|read\s+more.*"
    r"|staff(?:\s+(?:writer|reporter))?|the\s+staff|admin(?:istrator)?|editor(?:ial)?s?"
    r"|news\s*desk|web\s*desk|desk|newsroom|reporter|author|anonymous|unknown|guest"
    r"|editorial\s+(?:board|team|staff)|press\s+release|sponsored(?:\s+content)?)$",
    re.IGNORECASE,
)
_BYLINE_XPATH = (
    "//body//*[@itemprop='author' or @rel='author'"
    " or contains(concat(' ', normalize-space(@class), ' '), ' byline ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' author ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' author-name ')]"
)


def clean_author(value: str | None) -> str | None:
    """A person's name from an author field, or ``None`` when it names nobody.

    Pages fill author meta tags and bylines with link labels ("Email the author"),
    desk names ("Staff", "Newsroom"), addresses and profile URLs; those are refused.
    "By Ann Lee" becomes "Ann Lee"; several authors stay as written ("Ann Lee; Tom Roe").
    """
    if not value:
        return None
    text = " ".join(value.split()).strip(" |,;:-–—")
    text = re.sub(r"^by\s+", "", text, flags=re.IGNORECASE).strip()
    if (
        not text
        or len(text) > 100
        or not re.search(r"[^\W\d_]", text)
        or re.search(r"@|https?:|www\.|\.com\b|/", text, re.IGNORECASE)
        or _NOT_AN_AUTHOR.match(text)
    ):
        return None
    from factcheck.provenance import is_job_title

    parts = [_without_job_title(p.strip(), is_job_title) for p in re.split(r"\s*;\s*", text)]
    kept = [p for p in parts if p and not _NOT_AN_AUTHOR.match(p)]
    return "; ".join(kept) or None


# A piece of a byline that dates the piece rather than naming anyone: "March 3, 2026",
# "3 March 2026", "10:00 BST", "Updated 4 May", "2026-03-03", "2 hours ago".
_DATE_PIECE_RE = re.compile(
    r"^(?:(?:updated|published|posted|modified|last\s+updated|first\s+published)\b.*"
    r"|.*\b(?:" + MONTH_ALTERNATION + r")\.?\s+\d{1,2}\b.*"
    r"|.*\b\d{1,2}\s+(?:" + MONTH_ALTERNATION + r")\b.*"
    r"|\d{4}(?:\s*-\s*\d{1,2}){0,2}(?:[t\s].*)?|\d{1,2}[:.]\d{2}.*|\d{1,2}/\d{1,2}/\d{2,4}.*"
    r"|.*\bago|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b.*\d.*)$",
    re.IGNORECASE,
)


def _without_job_title(part: str, is_job_title: Callable[[str], bool]) -> str:
    """ "Rosa Tindell, Harbour Reporter" -> "Rosa Tindell": a title after a comma, bar or
    dash names the job, not a second author; "Ann Lee, Tom Roe" keeps both names. A date
    or time beside the name ("Ann Lee | March 3, 2026, 10:00") dates the byline: it is
    dropped too."""
    pieces = re.split(r"\s*(?:,|\||\s[-–—]\s|\s[•·]\s)\s*", part)
    pieces = [p for p in pieces if p and not _DATE_PIECE_RE.match(p)]
    part = ", ".join(pieces)
    if len(pieces) < 2:
        return "" if is_job_title(part) else part  # "Senior Correspondent" names nobody
    names = [p for p in pieces if p and not is_job_title(p)]
    if len(names) == len(pieces):
        return part
    return ", ".join(names)


def page_author(html: str, meta_author: str | None) -> str | None:
    """The author of an HTML page: the byline a reader sees, else the metadata's author.

    The visible byline (an element marked ``byline``/``author``, ``itemprop="author"`` or
    ``rel="author"``) is what the outlet puts its name to; author meta tags often hold
    junk. Both go through :func:`clean_author`.
    """
    from trafilatura.utils import load_html

    return _page_author(load_html(html), meta_author)


def _page_author(tree: Any, meta_author: str | None) -> str | None:
    """:func:`page_author` of a parsed page (``tree``, None when it did not parse)."""
    if tree is not None:
        for element in tree.xpath(_BYLINE_XPATH):
            name = clean_author(_text_without_times(element))
            if name and len(name.split()) <= 12:
                return name
    return clean_author(meta_author)


def _text_without_times(element: Any) -> str:
    """The text of a byline element without its ``<time>`` elements: "By Ann Lee
    <time>March 3, 2026</time>" names Ann Lee; the date it shows is the page's date
    (:func:`page_published`), not part of her name."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if not isinstance(node.tag, str) or node.tag.lower() != "time":
            if isinstance(node.tag, str) and node.text:
                parts.append(node.text)
            for child in node:
                walk(child)
                if child.tail:
                    parts.append(child.tail)
        else:
            parts.append(" ")

    walk(element)
    return "".join(parts)


# Metadata that dates the last edit of a page, not its publication.
_MODIFIED_XPATH = (
    "//meta[@property='article:modified_time' or @property='og:updated_time'"
    " or @itemprop='dateModified' or @name='last-modified'"
    " or @http-equiv='last-modified']/@content"
)
# Dates shown to the reader: a byline's <time datetime="…">.
_VISIBLE_TIME_XPATH = "//body//time[@datetime]/@datetime"
# A date the page's text labels as the publication or the last edit ("Published March 11,
# 2026", "First published: 10 March 2026", "Updated: 14 March 2026").
_SHOWN_DATE = (
    r"[ \t]*(?:on[ \t]+)?:?[ \t]*(?P<date>\d{1,2}[ \t]+[A-Za-z]+\.?[ \t]+\d{4}"
    r"|[A-Za-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)(?:\d{4}|\d{2})(?![\d/-]|\.\d))"
)
# Where a page states its own date in JSON-LD: "datePublished", "dateCreated",
# "dateModified", "uploadDate" … with a string value.
_JSON_LD_DATE_RE = re.compile(r'"(?:date\w*|uploadDate)"\s*:\s*"(?P<value>[^"\\]{1,60})"')
_SHOWN_PUBLISHED_RE = re.compile(r"(?i)\b(?:published|posted)\b" + _SHOWN_DATE)
_SHOWN_UPDATED_RE = re.compile(r"(?i)\b(?:updated|modified|edited)\b" + _SHOWN_DATE)


def page_published(html: str, extracted: str | None) -> date | None:
    """The publication date of an HTML page, given the date the extractor read
    (``extracted``, ISO text or None).

    The extractor is asked for the original date, but on a page with no publication
    metadata it may fall back to the last-modified one (``article:modified_time``,
    ``og:updated_time``, ``dateModified``). When the date it read is the page's modified
    date, the first earlier date a reader sees on the page (a ``<time datetime>``
    element, as by the byline) is the publication date: a story updated later still
    reported its facts on the day it first appeared (issue #10). A date the extractor
    could only have read from a numeric date written either way round ("03/11/2026",
    wherever it stands: a meta tag, JSON-LD, a visible "Published …" line) is no date
    (:func:`numeric_date_readings`). Returns None when no date is readable.
    """
    if _lenient_date(extracted) is None:
        return None
    from trafilatura.utils import load_html

    return _page_published(load_html(html), extracted, html)[0]


def _page_published(
    tree: Any, extracted: str | None, written: str
) -> tuple[date | None, str | None]:
    """:func:`page_published` of a parsed page (``tree``, None when it did not parse;
    ``written`` its markup), and the numeric date written either way round that left the
    page undated ("03/11/2026", as written; None when there is none), for the reader to be
    told."""
    found = _lenient_date(extracted)
    if tree is None:
        return found, None
    places = _page_date_texts(tree)
    stated = {_lenient_date(text) for text in places} - {None}
    if found is None or found not in stated:
        # The extractor reads any numeric date on the page day first, "03/11/2026" as 3
        # November, though it is 11 March where the month comes first. Refused as
        # --published and a Published: header refuse it: the page stays undated rather
        # than dated by a guess, and says which value it could not read. A date the page
        # also states in a form with one reading ("2026-11-03" in a meta tag) stands.
        doubts = (
            _doubtful_dates(places)
            if found is None
            else [text for text, days in _doubtful_date_readings(written) if found in days]
        )
        if doubts:
            return None, doubts[0]
        if found is None:
            return None, None
        # The extractor misreads some forms with one reading ("03/13/2026" in JSON-LD is
        # 1 January to it); the day the page's publication fields state, when they agree
        # on one, is the page's.
        named = {_lenient_date(text) for text in _publication_fields(tree)} - {None}
        if len(named) == 1:
            return named.pop(), None
    modified = {_lenient_date(str(value)) for value in tree.xpath(_MODIFIED_XPATH)}
    shown = _visible_text(tree)
    stamped = {
        kind: {_lenient_date(m["date"]) for m in pattern.finditer(shown)} - {None}
        for kind, pattern in (("published", _SHOWN_PUBLISHED_RE), ("updated", _SHOWN_UPDATED_RE))
    }
    if found not in modified and found not in stamped["updated"]:
        return found, None
    # The date read is the last edit's: a publication date the page shows ("Published
    # March 11, 2026, updated March 14", a byline's <time datetime>) before it is the day
    # the story first appeared.
    earlier = [d for d in stamped["published"] if d is not None and d < found]
    if earlier:
        return min(earlier), None
    for value in tree.xpath(_VISIBLE_TIME_XPATH):
        day = _lenient_date(str(value))
        if day is not None and day < found:
            return day, None
    return found, None


def _visible_text(tree: Any) -> str:
    return " ".join(str(t) for t in tree.xpath("//body//text()"))


def _page_date_texts(tree: Any) -> list[str]:
    """Every text where a page states a date of its own, in page order of kind: meta tag
    values, JSON-LD date fields ("datePublished": "…"), ``<time>`` elements (their
    ``datetime`` and their text) and the dates of visible "Published …"/"Updated …"
    stamps. Each is read by :func:`parse_date`'s rules."""
    texts = [str(value) for value in tree.xpath("//meta/@content")]
    for script in tree.xpath("//script[contains(@type, 'ld+json')]/text()"):
        texts.extend(m["value"] for m in _JSON_LD_DATE_RE.finditer(str(script)))
    texts.extend(str(value) for value in tree.xpath("//time/@datetime"))
    texts.extend(str(value) for value in tree.xpath("//time//text()"))
    shown = _visible_text(tree)
    for pattern in (_SHOWN_PUBLISHED_RE, _SHOWN_UPDATED_RE):
        texts.extend(m["date"] for m in pattern.finditer(shown))
    return [" ".join(text.split()) for text in texts if text.strip()]


# Meta tags that name a page's publication date (not its last edit): "article:published_time",
# "datePublished", "pubdate", "og:published_time", "dc.date.created" …
_PUBLISHED_META_XPATH = (
    "//meta[contains(translate(concat(@property, @name, @itemprop), 'PUBLISHEDCRAT', "
    "'publishedcrat'), 'publish') or contains(translate(concat(@property, @name, @itemprop), "
    "'PUBLISHEDCRAT', 'publishedcrat'), 'created') or contains(translate(concat(@property, "
    "@name, @itemprop), 'PUBDATE', 'pubdate'), 'pubdate')]/@content"
)
_JSON_LD_PUBLISHED_RE = re.compile(
    r'"(?:datePublished|dateCreated)"\s*:\s*"(?P<value>[^"\\]{1,60})"'
)


def _publication_fields(tree: Any) -> list[str]:
    """The values of a page's publication-date fields: meta tags named for the
    publication (``_PUBLISHED_META_XPATH``) and JSON-LD "datePublished"/"dateCreated"."""
    texts = [str(value) for value in tree.xpath(_PUBLISHED_META_XPATH)]
    for script in tree.xpath("//script[contains(@type, 'ld+json')]/text()"):
        texts.extend(m["value"] for m in _JSON_LD_PUBLISHED_RE.finditer(str(script)))
    return [" ".join(text.split()) for text in texts if text.strip()]


def _doubtful_date_readings(text: str) -> list[tuple[str, tuple[date, ...]]]:
    """Each numeric date in ``text`` whose day and month could be either way round, as
    written, with both its readings (:func:`numeric_date_readings`)."""
    out = []
    for match in _NUMERIC_DATE.finditer(text):
        days = numeric_date_readings(match)
        if len(days) > 1:
            out.append((match.group(), days))
    return out


def _doubtful_dates(texts: list[str]) -> list[str]:
    """The numeric dates written either way round in ``texts``, as written."""
    return [found for text in texts for found, _ in _doubtful_date_readings(text)]


def _lenient_date(value: str | None) -> date | None:
    try:
        return parse_date(value)
    except InputError:
        return None


class _LongNumber(ValueError):
    """A JSON integer longer than Python converts (see ``_json_int``)."""

    def __init__(self, digits: int) -> None:
        super().__init__(digits)
        self.digits = digits


def _json_int(text: str) -> int:
    """A JSON integer as ``int``, or ``_LongNumber`` beyond Python's conversion limit.

    Python refuses to convert a string of more than ``sys.get_int_max_str_digits()``
    digits (4,300 by default; the limit guards against quadratic conversion,
    CVE-2020-10735) with advice meant for programmers; the digits are counted here so
    the message can speak to the person who wrote the file.
    """
    digits = len(text) - text.startswith("-")
    limit = sys.get_int_max_str_digits()
    if limit and digits > limit:
        raise _LongNumber(digits)
    return int(text)


def _json_line(line: str, name: str, number: int) -> dict[str, Any]:
    """One JSON Lines line as an object, or an InputError naming the line.

    Hostile lines fail here with a sentence, not a traceback: a number of more digits
    than Python converts (``_json_int``), and arrays nested thousands deep, for which
    ``json`` raises RecursionError.
    """
    try:
        row = json.loads(line, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        # json's messages name no position of their own ("Invalid control character at");
        # the column is what lets a person find the fault in a long line.
        raise InputError(
            f"not valid JSON at column {exc.colno} ({exc.msg.removesuffix(' at')})",
            origin=name,
            line=number,
        ) from None
    except RecursionError:
        raise InputError("JSON nested too deeply", origin=name, line=number) from None
    except _LongNumber as exc:
        raise InputError(
            f"unreadable JSON value: a number of {exc.digits:,} digits (at most "
            f"{sys.get_int_max_str_digits():,} are read)",
            origin=name,
            line=number,
        ) from None
    except ValueError as exc:
        # Any other value json cannot convert: its first clause, without advice for
        # programmers after a ";".
        reason = str(exc).split(";", 1)[0]
        raise InputError(f"unreadable JSON value ({reason})", origin=name, line=number) from None
    if not isinstance(row, dict):
        raise InputError("each line must be a JSON object", origin=name, line=number)
    return row


def jsonl_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, line) of JSON Lines text, split the one way every reader splits it.

    Only "\n" ends a line (a "\r" before it goes too), as the JSON Lines format and the
    streaming reader of ``ingest`` have it: ``str.splitlines`` would also break at U+2028,
    U+0085 or a form feed, which JSON allows raw inside a string, and then ``analyze``
    and ``ingest`` would number the lines of one file differently. The line never keeps
    its ending, so a JSON error's column is a column of that line.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        yield number, line.removesuffix("\r")


def iter_jsonl(text: str, name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) for each non-blank line; a line that is not a JSON object is
    an error naming its line, so a batch is never half-understood."""
    for number, line in jsonl_lines(text):
        if line.strip():
            yield number, _json_line(line, name, number)


#: The fields a JSON Lines document may carry; each must be a string (or null) when given,
#: and any other key is an error naming it (a typo such as "titel" would otherwise drop
#: its value unseen), as unknown keys in the config file are.
JSONL_FIELDS = (
    "text",
    "source",
    "outlet",
    "url",
    "title",
    "author",
    "published",
    "date",
    "language",
)


def _jsonl_document(line: str, name: str, number: int, base: RawDocument) -> RawDocument:
    row = _json_line(line, name, number)
    unknown = [key for key in row if key not in JSONL_FIELDS]
    if unknown:
        listed = ", ".join(repr(key) for key in unknown)
        raise InputError(
            f"unknown key(s) {listed} (known: {', '.join(JSONL_FIELDS)})",
            origin=name,
            line=number,
        )
    for key in JSONL_FIELDS:
        value = row.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"{key} must be a string", origin=name, line=number)
    if not isinstance(row.get("text"), str):
        raise InputError('each line needs a "text" string', origin=name, line=number)
    if not row["text"].strip():
        raise InputError('"text" is empty', origin=name, line=number)
    source = row.get("source") or row.get("outlet") or base.source
    try:
        published = parse_date(row.get("published") or row.get("date"), what="published date")
        check_published(published)
    except InputError as exc:
        raise exc.at(name, number) from None
    return replace(
        base,
        text=_markup_as_blocks(row["text"]),
        source=source,
        url=row.get("url") or None,
        title=row.get("title") or None,
        author=row.get("author") or None,
        published=published or base.published,
        language=row.get("language") or base.language,
        format="jsonl",
        origin=f"{name}:{number}",
        line=number,
    ).with_numeral_warnings(None)


# Block markup in a text given as plain text (a JSON Lines "text" copied from a page):
# paragraphs, headings, list items, line breaks.
_BLOCK_MARKUP_RE = re.compile(
    r"<(?:p|div|br|h[1-6]|li|ul|ol|article|section|blockquote|table|tr|td|figcaption)\b[^<>]*>",
    re.IGNORECASE,
)


def _markup_as_blocks(text: str) -> str:
    """``text`` read as a page when it holds block markup (``_BLOCK_MARKUP_RE``): one
    line per block ("<p>A.</p><p>B.</p>" → "A.\nB."), inline tags and scripts left out,
    entities decoded, as an .html file's blocks are; other text as it is."""
    if "<" not in text or not _BLOCK_MARKUP_RE.search(text):
        return text
    parser = _BlockTexts()
    parser.feed(_soft_breaks_as_spaces(text))
    parser.close()
    parser._flush()
    return "\n".join(parser.blocks) or text


def _jsonl_documents(text: str, base: RawDocument) -> Iterator[RawDocument | InputError]:
    """Each non-blank line as a document, or as the error that makes that line unusable.

    Errors are yielded in line order beside the good documents, so one bad line costs
    only itself (the batch rule in the README).
    """
    name = base.origin or "input"
    for number, line in jsonl_lines(text):
        if not line.strip():
            continue
        try:
            yield _jsonl_document(line, name, number, base)
        except InputError as exc:
            yield exc


def documents_from_text(
    text: str, base: RawDocument, *, source_from_header: bool = False, fmt: str = "auto"
) -> list[RawDocument]:
    """Turn one decoded input into documents (several for JSON Lines); any bad line fails.

    ``read_batch`` is the forgiving form that returns the bad lines' errors beside the
    good documents.
    """
    out: list[RawDocument] = []
    for item in read_batch(text, base, source_from_header=source_from_header, fmt=fmt):
        if isinstance(item, InputError):
            raise item
        out.append(item)
    return out


def read_batch(
    text: str, base: RawDocument, *, source_from_header: bool = False, fmt: str = "auto"
) -> list[RawDocument | InputError]:
    """One decoded input as documents, with an InputError in place of each unusable line.

    Only JSON Lines can be partly good; any other input is one document or raises.
    Each document's text is without terminal control (``RawDocument`` strips it), whatever
    format carried it (a raw escape, or a JSON ``\\u001b``); a text of nothing else is refused.
    """
    out: list[RawDocument | InputError] = []
    for item in _read_batch(text, base, source_from_header=source_from_header, fmt=fmt):
        if isinstance(item, RawDocument) and not item.text.strip():
            item = InputError(
                "no text left once terminal control characters are removed",
                origin=item.origin or base.origin or "input",
            )
        out.append(item)
    return out


def _read_batch(
    text: str, base: RawDocument, *, source_from_header: bool, fmt: str
) -> list[RawDocument | InputError]:
    if not text.strip():
        raise InputError("has no text", origin=base.origin or "input")
    kind = detect_format(base.origin or "", text) if fmt == "auto" else fmt
    if kind == "jsonl":
        return list(_jsonl_documents(text, base))
    if kind == "html":
        return [_html_document(text, base).with_numeral_warnings(text)]
    return [with_header(text, base, source_from_header=source_from_header)]


def with_header(text: str, base: RawDocument, *, source_from_header: bool = False) -> RawDocument:
    """``base`` with ``text`` as its text, a header block (``Title:``, ``Outlet:``,
    ``Author:``, ``Published:``, ``URL:``, ``Language:`` lines, then a blank line; see
    :func:`split_header`) read as metadata and left out of the text, as ``ingest`` reads
    a text file. What ``base`` says wins over the header, except the outlet with
    ``source_from_header``. Raises InputError (placed at the ``Published:`` line) for a
    header date that is no date, a header with no body, and with ``source_from_header``
    a text without an ``Outlet:`` line."""
    doc = replace(base, text=text, format="text")
    fields, body, _ = split_header(text)
    if source_from_header and not fields.get("source"):
        raise InputError("no header block with an Outlet: line", origin=base.origin or "input")
    if fields:
        # A header block is metadata, never claims: the body alone is stored. Options given
        # on the command line win over the header, except the outlet with
        # --source-from-header, which is what that flag asks for.
        if not body.strip():
            raise InputError("header block but no body text", origin=base.origin or "input")
        source = fields.get("source") if source_from_header else base.source
        try:
            published = base.published or parse_date(
                fields.get("published"), what="Published: date"
            )
        except InputError as exc:
            raise exc.at(base.origin or "input", header_line(text, "published")) from None
        doc = replace(
            doc,
            text=body,
            source=source or base.source or fields.get("source"),
            title=base.title or fields.get("title"),
            author=base.author or fields.get("author"),
            url=base.url or fields.get("url"),
            language=fields.get("language") or base.language,
            published=published,
        )
    return doc.with_numeral_warnings(text)


def read_inputs(
    inputs: list[str],
    base: RawDocument,
    *,
    source_from_header: bool = False,
    fmt: str = "auto",
    stdin: Any = None,
    max_chars: int | None = None,
    encoding: str | None = None,
) -> Iterator[tuple[str, list[RawDocument | InputError] | InputError]]:
    """Yield each input name with its documents, or with the error that makes it unusable.

    Errors are yielded, not raised, so that one bad file in a folder is reported while the
    others are still ingested, and one bad line of a JSON Lines batch is reported (as an
    InputError in the list, in line order) while the good lines are ingested.

    ``max_chars`` refuses, without reading it, a single-document file so big (over four
    bytes per allowed character) that its text must be over that limit.
    """
    # One walk over the inputs (stdin, folders, the size limit) for both readers: this one
    # reads each file whole where the streaming reader hands it out unread.
    for name, found in stream_inputs(
        inputs,
        base,
        source_from_header=source_from_header,
        fmt=fmt,
        stdin=stdin,
        max_chars=max_chars,
        encoding=encoding,
    ):
        if isinstance(found, InputStream):
            yield _read_one(
                name, partial(read_bytes, found.path), base, source_from_header, fmt, encoding
            )
        else:
            yield name, found


def _too_big_error(path: Path, max_chars: int) -> InputError:
    return InputError(
        f"file is {path.stat().st_size:,} bytes, over the limit of "
        f"{max_chars:,} characters (raise [limits] max_document_chars in the "
        "config file to store it)",
        origin=str(path),
    )


def within_limit(item: RawDocument | InputError, max_chars: int | None) -> RawDocument | InputError:
    """The document, or the error refusing it when its text is over ``max_chars``.

    Checked as soon as a document is decoded, before any analysis: a file under the
    byte-size pre-check (four bytes a character) can still decode to more characters
    than the limit, and analysing it first would cost minutes and gigabytes only to be
    refused by the store."""
    if max_chars is None or not isinstance(item, RawDocument) or len(item.text) <= max_chars:
        return item
    origin, line = item.place()
    return InputError(
        f"document is {len(item.text):,} characters, over the limit of {max_chars:,} "
        "(raise [limits] max_document_chars in the config file to store it)",
        origin=origin,
        line=line,
    )


def _too_big(path: Path, max_chars: int, fmt: str) -> bool:
    """A one-document file that cannot hold fewer than ``max_chars`` characters."""
    if fmt == "jsonl" or (fmt == "auto" and path.suffix.lower() in JSONL_SUFFIXES):
        return False  # a batch: each line is checked as a document
    try:
        return path.stat().st_size > 4 * max_chars
    except OSError:
        return False


def _stdin_bytes(stdin: Any) -> bytes:
    stream = stdin if stdin is not None else sys.stdin.buffer
    data = stream.read()
    return data.encode("utf-8") if isinstance(data, str) else bytes(data)


def _read_one(
    name: str,
    load: Callable[[], bytes],
    base: RawDocument,
    source_from_header: bool,
    fmt: str,
    encoding: str | None = None,
) -> tuple[str, list[RawDocument | InputError] | InputError]:
    warnings: list[InputWarning] = []
    try:
        text = decode(load(), name, encoding, warnings)
        docs = read_batch(
            text,
            replace(base, origin=name, warnings=tuple(warnings)),
            source_from_header=source_from_header,
            fmt=fmt,
        )
    except InputError as exc:
        return name, exc.at(name)
    return name, docs


class InputStream:
    """The documents of one input, read only when iterated, so a batch streams.

    ``len()`` is how many documents (or bad lines) it holds, counted without keeping
    them: one for an article file, the non-blank lines of a JSON Lines file (one pass
    over its bytes). Iterating yields each ``RawDocument``, or in its place the
    ``InputError`` that makes it unusable (a bad line, or the whole file).
    """

    def __init__(
        self,
        name: str,
        path: Path,
        base: RawDocument,
        source_from_header: bool,
        fmt: str,
        encoding: str | None = None,
        max_chars: int | None = None,
    ) -> None:
        self.name = name
        self.encoding = encoding
        self.max_chars = max_chars
        self.path = path
        self.base = replace(base, origin=name)
        self.source_from_header = source_from_header
        self.fmt = fmt
        kind = detect_format(name, "") if fmt == "auto" else fmt
        self.jsonl = kind == "jsonl"
        self._count: int | None = None

    def __len__(self) -> int:
        if self._count is None:
            self._count = self._count_lines() if self.jsonl else 1
        return self._count

    def _count_lines(self) -> int:
        try:
            with self.path.open("rb") as handle:
                count = sum(1 for raw in handle if raw.strip())
        except OSError:
            return 1  # reading it will fail with the reason, once
        return max(count, 1)

    def __iter__(self) -> Iterator[RawDocument | InputError]:
        for item in self._documents():
            yield within_limit(item, self.max_chars)

    def _documents(self) -> Iterator[RawDocument | InputError]:
        if not self.jsonl:
            _name, docs = _read_one(
                self.name,
                partial(read_bytes, self.path),
                self.base,
                self.source_from_header,
                self.fmt,
                self.encoding,
            )
            if isinstance(docs, InputError):
                yield docs
            else:
                yield from docs
            return
        yield from self._jsonl_lines()

    def _jsonl_lines(self) -> Iterator[RawDocument | InputError]:
        """Line by line from the file: JSON Lines is UTF-8 by definition (RFC 8259), so
        each line is decoded on its own and memory holds one line at a time."""
        name = self.name
        try:
            handle = self.path.open("rb")
        except OSError as exc:
            yield InputError(f"cannot read ({exc.strerror})", origin=name)
            return
        seen = False
        with handle:
            for number, raw in enumerate(handle, start=1):
                if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                if not raw.strip():
                    continue
                seen = True
                try:
                    # Without its ending, as ``jsonl_lines`` gives a line: a JSON error's
                    # column is then counted on this line, not on a second one.
                    line = raw.decode("utf-8").removesuffix("\n").removesuffix("\r")
                except UnicodeDecodeError:
                    yield InputError("not UTF-8 (JSON Lines is UTF-8)", origin=name, line=number)
                    continue
                try:
                    yield _jsonl_document(line, name, number, self.base)
                except InputError as exc:
                    yield exc
        if not seen:
            yield InputError("has no text", origin=name)


def stream_inputs(
    inputs: list[str],
    base: RawDocument,
    *,
    source_from_header: bool = False,
    fmt: str = "auto",
    stdin: Any = None,
    max_chars: int | None = None,
    encoding: str | None = None,
) -> Iterator[tuple[str, list[RawDocument | InputError] | InputError | InputStream]]:
    """:func:`read_inputs` for batches: files are read one at a time as they are
    iterated (``InputStream``), so memory does not grow with a folder or a JSON Lines
    file. Standard input can only be read once, so it is read whole, as before."""
    for item in inputs:
        if item == "-":
            name, docs = _read_one(
                "<stdin>", lambda: _stdin_bytes(stdin), base, source_from_header, fmt, encoding
            )
            if not isinstance(docs, InputError):
                docs = [within_limit(doc, max_chars) for doc in docs]
            yield name, docs
            continue
        for path in iter_paths(Path(item)):
            if max_chars is not None and _too_big(path, max_chars, fmt):
                yield str(path), _too_big_error(path, max_chars)
                continue
            yield (
                str(path),
                InputStream(str(path), path, base, source_from_header, fmt, encoding, max_chars),
            )
