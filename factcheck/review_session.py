"""The interactive review queue in a terminal: one claim at a time, one key per action.

``factcheck.review`` decides what comes next and records what a person says; this module
only shows an item and reads keys. Each item is the claim in its paragraph (the claim in
bold, its markers underlined), its provenance, and each held match side by side with the
reasons. Everything fits an 80-column terminal; with ``NO_COLOR`` or when the output is not
a terminal, the claim is set between » and « and markers between [ and ], so the
highlighting survives without any styling. Article text is untrusted: it is rendered as
plain ``Text`` (never as markup) after ``terminal.safe`` has made control characters
visible; spans are cut from the original text first, so offsets stay right.

Keys: c corroborates, x conflicts, u unrelated (decide the match shown), v verdict,
n note, o open the whole article, s skip, q quit. Piped input gives one answer a line, the
key or its word ("conflicts"); the rating after ``v`` is asked as a line too, so a rating
typed out ("false", "needs-context") is that rating, never its first letter.
"""

from __future__ import annotations

import os
import select
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TextIO

import typer
from rich.console import Console
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from factcheck import review
from factcheck.errors import FactcheckError, InputError
from factcheck.terminal import STATUS_STYLE, counted, page, print_unbroken, safe
from factcheck.validate import check_web_url

if TYPE_CHECKING:
    from factcheck.store import Store

__all__ = [
    "KEYS",
    "RATING_KEYS",
    "Session",
    "choose",
    "filter_words",
    "highlight",
    "read_line_key",
    "render_item",
    "waiting_words",
]

#: One key per action, as the footer shows them.
KEYS = {
    "c": "corroborates",
    "x": "conflicts",
    "u": "unrelated",
    "v": "verdict",
    "n": "note",
    "o": "open",
    "s": "skip",
    "q": "quit",
}
#: Keys of the verdict ratings, asked for after ``v``.
RATING_KEYS = {
    "t": "true",
    "f": "false",
    "m": "misleading",
    "p": "unproven",
    "c": "needs-context",
}
_DECISION_KEYS = {"c": "corroborates", "x": "conflicts", "u": "unrelated"}

MARKER_STYLE = {
    "hedge": "underline yellow",
    "booster": "underline magenta",
    "approximator": "underline cyan",
    "attribution": "underline blue",
    "weasel": "underline red",
}


def _show(text: str) -> str:
    """Untrusted text made safe to print (``terminal.safe``), line endings kept as lines."""
    return safe(text.replace("\r\n", "\n").replace("\r", "\n"))


def _plain(console: Console) -> bool:
    """Whether styles may be lost: then markers are shown with characters too."""
    return console.no_color or not console.is_terminal


def highlight(
    text: str,
    offset: int,
    claim: tuple[int, int],
    markers: list[dict[str, Any]],
    *,
    plain: bool,
) -> Text:
    """``text`` (which starts at document offset ``offset``) with the claim and markers marked.

    Spans are document offsets; parts outside ``text`` are ignored. With ``plain`` the
    claim is wrapped in » « and each marker in [ ], besides the styles.
    """
    spans: list[tuple[int, int, str, str, str]] = []
    c_start, c_end = claim[0] - offset, claim[1] - offset
    spans.append((c_start, c_end, "bold", "»", "«"))
    for m in markers:
        spans.append(
            (
                m["start"] - offset,
                m["end"] - offset,
                MARKER_STYLE.get(m["kind"], "underline"),
                "[",
                "]",
            )
        )
    spans = [(max(0, s), min(len(text), e), st, o, c) for s, e, st, o, c in spans if e > 0]
    spans = [span for span in spans if span[0] < span[1] <= len(text)]
    bounds = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    out = Text()
    for i, pos in enumerate(bounds):
        if plain:
            out.append("".join(c for s, e, _, _, c in spans if e == pos and s != e))
            out.append("".join(o for s, _, _, o, _ in spans if s == pos))
        if i + 1 == len(bounds):
            break
        nxt = bounds[i + 1]
        style = " ".join(st for s, e, st, _, _ in spans if s <= pos and nxt <= e)
        out.append(_show(text[pos:nxt]), style=style or None)
    return out


def _matches_side_by_side(claim: dict[str, Any], match: dict[str, Any]) -> Table:
    table = Table(show_header=True, expand=True, show_lines=False, pad_edge=False)
    table.add_column(
        Text(_show(f"claim {claim['id']} · {claim['source']}")), ratio=1, overflow="fold"
    )
    table.add_column(
        Text(_show(f"claim {match['claim_id']} · {match['source']}")),
        ratio=1,
        overflow="fold",
    )
    table.add_row(Text(_show(claim["text"])), Text(_show(match["text"])))
    other = Text(match["status"], style=STATUS_STYLE.get(match["status"], ""))
    if match["hedged"]:
        other.append(" · hedged")
    table.add_row(Text(claim["status"], style=STATUS_STYLE.get(claim["status"], "")), other)
    return table


def waiting_words(item: dict[str, Any]) -> str:
    """The header's count: ``5 in the queue`` (``queue_size``, the number `review --next
    --json` gives), and once the sitting has passed over or settled some of them, what it
    has left too: ``3 left in this sitting · 5 in the queue``. The sitting marks its items
    ``"in_sitting": true`` from its first skip or decision on: a decision that settles
    its claim takes it out of both counts, which are then equal, and the header still
    says what is left in the sitting (README)."""
    total = int(item["queue_size"])
    left = int(item.get("left", total))
    whole = f"{total} in the queue"
    if left == total and not item.get("in_sitting"):
        return whole
    return f"{left} left in this sitting · {whole}"


def render_item(
    console: Console, item: dict[str, Any], *, match_index: int = 0
) -> dict[str, Any] | None:
    """Print one queue item; returns the held match shown (None when it has none)."""
    claim = item["claim"]
    doc = claim["document"]
    plain = _plain(console)
    console.print(Rule(Text(f"{waiting_words(item)} · {item['why']}"), style="dim"))
    head = Text(f"Claim {claim['id']} ", style="bold")
    head.append(claim["status"], style=STATUS_STYLE.get(claim["status"]))
    head.append(f" · {claim['type']} · check-worthiness {claim['checkworthiness']:.2f}")
    if claim.get("verdict"):
        head.append(f" · verdict {claim['verdict']['rating']}")
    console.print(head)
    prov = [doc["source"]]
    for key in ("title", "author", "published"):
        if doc.get(key):
            prov.append(str(doc[key]))
    console.print(Text(_show(" · ".join(prov)), style="dim"))
    where = f"document {doc['id']}, characters {claim['start']}–{claim['end']}"
    if doc.get("copy_of"):
        where += f"; copy of document {doc['copy_of']}"
    console.print(Text(_show(where), style="dim"))
    if doc.get("url"):
        # A line of its own, never broken: it is copied or clicked whole.
        print_unbroken(console, doc["url"], style="dim")
    console.print()
    para = item["paragraph"]
    console.print(
        highlight(
            para["text"],
            para["start"],
            (claim["start"], claim["end"]),
            claim["markers"],
            plain=plain,
        )
    )
    if claim["markers"]:
        line = Text("markers: ")
        for i, m in enumerate(claim["markers"]):
            if i:
                line.append("; ")
            line.append(m["kind"], style=MARKER_STYLE.get(m["kind"]))
            line.append(_show(f" “{m['text']}”"))
            if m.get("speaker"):
                line.append(_show(f" ({m['speaker']})"))
        console.print(line)
    held = [m for m in claim["matches"] if m["match_id"] in item["held_matches"]]
    # Decided matches only: a held match skipped earlier in the sitting is neither shown
    # nor counted as decided.
    others = sum(1 for m in claim["matches"] if not m["needs_review"])
    console.print()
    if not held:
        console.print(
            Text(
                f"No match waits for review ({others} other match"
                f"{'es' if others != 1 else ''}). Give a verdict (v), a note (n) or skip (s)."
            )
        )
        return None
    match = held[min(match_index, len(held) - 1)]
    title = Text(f"Match {match['match_id']} ({match_index + 1} of {len(held)} held)", "bold")
    title.append(f" · matching says {match['automatic_relation']}, {match['score']:.2f}")
    title.append(" · independent" if match["independent"] else " · same outlet, group or copy")
    console.print(title)
    console.print(_matches_side_by_side(claim, match))
    # The reasons in a reporter's words, as `matches` and reports print them.
    from factcheck.report.wording import for_reporters

    # A reason that wraps goes on under its own first word (a hanging indent), never at
    # column 0 where it would read as a line of its own.
    reasons = Table.grid()
    reasons.add_column(width=4, no_wrap=True)
    reasons.add_column(overflow="fold")
    for reason in match["reasons"][:6]:
        reasons.add_row("  • ", Text(_show(for_reporters(reason))))
    if reasons.row_count:
        console.print(reasons)
    if others:
        console.print(Text(f"  ({others} other decided match{'es' if others != 1 else ''})"))
    return match


def _getchar() -> str:
    """One key from the terminal, without Enter; one line from standard input when it is
    not a terminal (see ``read_line_key``)."""
    if not _stdin_is_terminal():
        return read_line_key(sys.stdin)
    try:
        return terminal_key(sys.stdin.fileno())
    except OSError:
        return read_line_key(sys.stdin)


def terminal_key(fd: int) -> str:
    """One key from the terminal ``fd`` in raw mode, keys typed ahead kept: a fast
    reviewer types the next answer while the screen is drawn, and a switch to raw mode
    that flushes pending input (``tty.setraw``'s default, click's ``getchar``) would
    drop it. An escape sequence (an arrow key) or a UTF-8 character is one key; Ctrl-C
    arrives as "\\x03" (raw mode sends no signal). Where ``termios`` does not exist
    (Windows) click's ``getchar`` reads the key. Raises OSError when ``fd`` is no
    terminal."""
    try:
        import termios
        import tty
    except ImportError:  # pragma: no cover - Windows
        return typer.getchar(echo=False)
    old = termios.tcgetattr(fd)
    try:
        tty.setraw(fd, termios.TCSANOW)  # TCSANOW: what was typed ahead stays queued
        data = os.read(fd, 1)
        if data == b"\x1b" and select.select([fd], [], [], 0.02)[0]:
            # An arrow key: ESC, "[" or "O", parameters, one final byte (ECMA-48); a
            # lone Escape has nothing after it.
            data += os.read(fd, 1)
            while data[-1:] in (b"[", b"O") or (
                len(data) > 2 and not 0x40 <= data[-1] <= 0x7E and len(data) < 16
            ):
                data += os.read(fd, 1)
        elif data and data[0] >= 0xC0:
            need = 1 if data[0] < 0xE0 else 2 if data[0] < 0xF0 else 3
            data += os.read(fd, need)
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, old)
    return data.decode("utf-8", "replace")


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):  # a closed or replaced stream
        return False


def read_line_key(stream: TextIO) -> str:
    """The next key from piped input, read a whole line at a time.

    Piped keys come as lines (``printf 'x\\nq\\n' | factcheck review``); read one
    character at a time, the newline after each key would be taken for a key of its own.
    So each line is one answer: its first non-blank character is the key, blank lines are
    passed over, and the end of input gives ``""`` (quit). The notes and URLs asked for
    after ``n`` and ``v`` are the lines that follow.
    """
    while True:
        line = stream.readline()
        if not line:
            return ""
        if line.strip():
            return line.strip()


def ask_piped(prompt: str, stream: TextIO, console: Console) -> str | None:
    """Ask ``prompt`` of piped input: the next line of ``stream`` is the answer (None at
    the end of input). A pipe does not echo what it gives, so the answer is written after
    the prompt and the line ended: a transcript reads "rating: f", "note (…): checked",
    one prompt a line, never run together."""
    # The space before the answer is written with it: an empty answer leaves no blank at
    # the end of the line (``TrimmedConsole`` trims only lines written whole).
    console.print(f"{prompt}:", end="", markup=False, highlight=False)
    line = stream.readline()
    if not line:
        console.print()
        return None
    answer = line.rstrip("\r\n")
    shown = f" {safe(answer, newlines=False)}" if answer else ""
    # Echoed as typed, never folded: an answer may be a URL (the evidence), which a
    # wrapped echo broke mid-word at the console's width (tester11b F2).
    console.print(
        shown, markup=False, highlight=False, no_wrap=True, overflow="ignore", crop=False
    )
    return answer


def choose(answer: str, keys: dict[str, str]) -> str | None:
    """The key ``answer`` names in ``keys`` (key → word): the key itself or its whole word,
    in any case ("f", "F", "false", "False" → "f"; "needs context" and "needs_context"
    name "needs-context"); None for anything else.

    A typed word must never be read as its first letter: piped or typed at a prompt,
    "conflicts" would otherwise be "c" (corroborates), "unproven" "u" and "needs-context"
    "n" — the opposite decision, or no verdict at all.
    """
    said = " ".join(answer.strip().casefold().replace("_", " ").replace("-", " ").split())
    if said in keys:
        return said
    for key, word in keys.items():
        if said == word.casefold().replace("-", " "):
            return key
    return None


def _rating_key(answer: str) -> str | None:
    """The key of the rating ``answer`` names (see ``choose``); None for an empty answer
    (no verdict). Raises InputError for a word that names no rating."""
    if not answer.strip():
        return None
    key = choose(answer, RATING_KEYS)
    if key is None:
        raise InputError(
            f"rating must be one of {', '.join(RATING_KEYS.values())}, not {answer.strip()!r}"
        )
    return key


def _footer(console: Console, *, with_match: bool) -> None:
    """The keys, in two short lines so that they fit 80 columns."""
    keys = KEYS if with_match else {k: v for k, v in KEYS.items() if k not in _DECISION_KEYS}
    decide = [k for k in keys if k in _DECISION_KEYS]
    for group in (decide, [k for k in keys if k not in _DECISION_KEYS]):
        if not group:
            continue
        line = Text()
        for key in group:
            line.append(key, style="bold reverse")
            line.append(f" {keys[key]}  ")
        console.print(line)


def filter_words(filters: dict[str, Any]) -> str:
    """The filters given in words (``' with --status corroborated, --marker weasel'``;
    ``''`` for none), so an empty queue says which filters emptied it."""
    given = [f"--{key} {value}" for key, value in filters.items() if value is not None]
    return f" with {', '.join(safe(g, newlines=False) for g in given)}" if given else ""


@dataclass
class Session:
    """One sitting at the queue. ``read_key`` returns one key (default: the terminal's),
    ``ask`` one line of text (default ``typer.prompt``); tests may pass their own."""

    store: Store
    console: Console
    reviewer: str
    filters: dict[str, Any] = field(default_factory=dict)
    read_key: Callable[[], str] | None = None
    ask: Callable[[str], str] | None = None
    skipped: set[int] = field(default_factory=set)
    # Held matches skipped in this sitting. A match has two claims and either may come up
    # in the queue: without this, skipping it on one side would bring it back at once on
    # the other (sides swapped), and the person would be asked the same question again.
    skipped_matches: set[int] = field(default_factory=set)
    # Claims decided or given a verdict in this sitting: not brought back (a decision
    # "unrelated" leaves a claim open, which would return it at once), and no longer
    # counted among those waiting, so the header's count goes down with each action.
    settled: set[int] = field(default_factory=set)
    done: dict[str, int] = field(
        default_factory=lambda: {"decisions": 0, "verdicts": 0, "notes": 0, "skipped": 0}
    )

    def _key(self) -> str:
        """The action asked for: one of ``KEYS``, or the answer as typed when it is none."""
        try:
            key = (self.read_key or _getchar)()
        except (EOFError, KeyboardInterrupt, typer.Abort):
            return "q"
        if key in ("", "\x03", "\x04"):  # end of input, ^C, ^D
            return "q"
        return choose(key, KEYS) or key.strip() or " "

    def _ask(self, text: str) -> str | None:
        try:
            if self.ask is not None:
                return self.ask(text)
            if not _stdin_is_terminal():
                return ask_piped(text, sys.stdin, self.console)
            answer: str = typer.prompt(text, default="", show_default=False)
            return answer
        except (EOFError, KeyboardInterrupt, typer.Abort):
            return None

    def run(self) -> dict[str, int]:
        """Go through the queue until it is empty or the person quits; returns the counts."""
        filters = {k: v for k, v in self.filters.items() if v is not None}
        while True:
            item = review.next_item(
                self.store, exclude=self.skipped | self.settled, **filters
            )
            if item is None:
                self._say_what_waits(filters, by_quit=False)
                break
            held = item["held_matches"]
            item["held_matches"] = [m for m in held if m not in self.skipped_matches]
            # Skipped or settled claims of this sitting: the header says what it has left.
            item["in_sitting"] = bool(self.skipped or self.settled or self.skipped_matches)
            if held and not item["held_matches"]:
                # Queued only for matches already skipped on their other side: passed over
                # without a new question (and not counted twice among the skips).
                self.skipped.add(item["claim"]["id"])
                continue
            if self.handle(item) == "quit":
                self._say_what_waits(filters, by_quit=True)
                break
        d = self.done
        self.console.print(
            f"{counted(d['decisions'], 'decision')}, {counted(d['verdicts'], 'verdict')}, "
            f"{counted(d['notes'], 'note')}, "
            f"{d['skipped']} skipped (reviewer: {self.reviewer})",
            highlight=False,
            markup=False,
        )
        return dict(d)

    def _say_what_waits(self, filters: dict[str, Any], *, by_quit: bool) -> None:
        """How the sitting ends, whether the queue ran out or the person quit (``q``, end of
        input): "Nothing waits" only when `review --next` agrees; otherwise how many claims
        are still in the queue (skipped, left open by an answer, or not reached)."""
        waiting = review.queue_size(self.store, **filters)
        where = filter_words(filters)
        if waiting:
            ended = "Sitting ended" if by_quit else "Nothing more in this sitting"
            self.console.print(
                f"{ended}{where}; {counted(waiting, 'claim')} still in the queue.",
                markup=False,
            )
            return
        more = " more" if sum(self.done.values()) else ""
        self.console.print(f"Nothing{more} waits for review{where}.", markup=False)

    def handle(self, item: dict[str, Any]) -> str:
        """Show an item and act on keys until it is settled: ``next`` or ``quit``."""
        claim_id = item["claim"]["id"]
        index = 0
        show = True
        match: dict[str, Any] | None = None
        while True:
            if show:
                match = render_item(self.console, item, match_index=index)
                _footer(self.console, with_match=match is not None)
                show = False
            key = self._key()
            try:
                if key in _DECISION_KEYS:
                    if match is None:
                        self.console.print("No match to decide here: v, n, o, s or q.")
                        continue
                    result = review.decide(
                        self.store, match["match_id"], _DECISION_KEYS[key], reviewer=self.reviewer
                    )
                    if result["unchanged"]:
                        # Nothing written: the match stays shown, and no decision counted.
                        self.console.print(
                            f"match {match['match_id']} is already decided "
                            f"{result['decision']}; nothing changed",
                            markup=False,
                        )
                        continue
                    self.done["decisions"] += 1
                    self.settled.add(claim_id)
                    also = result["also_decided"]
                    self.console.print(
                        f"match {match['match_id']}: {result['decision']} — "
                        + "; ".join(f"claim {c['id']} {c['status']}" for c in result["claims"])
                        + (f"; also match {', '.join(map(str, also))} (reprint)" if also else ""),
                        markup=False,
                    )
                    # The claim's other held matches come next in this sitting, as after
                    # a skip: deciding one never leaves the rest silently behind.
                    claim = self.store.claim(claim_id)
                    rest = [
                        m["match_id"]
                        for m in claim["matches"]
                        if m["needs_review"] and m["match_id"] not in self.skipped_matches
                    ]
                    if rest:
                        # Counted afresh, the claim shown among what is left, as when an
                        # item is first shown (``review.next_item``).
                        filters = {k: v for k, v in self.filters.items() if v is not None}
                        passed = (self.skipped | self.settled) - {claim_id}
                        item = {
                            **item,
                            "claim": claim,
                            "held_matches": rest,
                            "queue_size": review.queue_size(self.store, **filters),
                            "left": review.queue_size(self.store, exclude=passed, **filters),
                            "in_sitting": True,
                        }
                        index, show = 0, True
                        continue
                    return "next"
                if key == "v":
                    if self._verdict(claim_id):
                        self.settled.add(claim_id)
                        return "next"
                    continue
                if key == "n":
                    text = self._ask("note")
                    if text and text.strip():
                        review.add_note(
                            self.store,
                            claim_id,
                            text,
                            reviewer=self.reviewer,
                            match_id=match["match_id"] if match else None,
                        )
                        self.done["notes"] += 1
                        self.console.print("note saved")
                    else:
                        # An empty answer (or end of input) cancels, and says so, as
                        # "no verdict" does after `v`.
                        self.console.print("no note")
                    continue
                if key == "o":
                    self._open(item)
                    show = True
                    continue
                if key == "s":
                    # Each skip counts, a held match passed over as much as a claim: the
                    # summary says how much was left undecided.
                    self.done["skipped"] += 1
                    if match is not None:
                        self.skipped_matches.add(match["match_id"])
                    if match is not None and index + 1 < len(item["held_matches"]):
                        index += 1
                        show = True
                        continue
                    self.skipped.add(claim_id)
                    return "next"
                if key == "q":
                    return "quit"
                self.console.print(
                    f"unknown key {key!r}: " + ", ".join(f"{k} {a}" for k, a in KEYS.items()),
                    markup=False,
                )
            except FactcheckError as exc:
                # A refused value (bad URL, too long a note) is said and the item stays.
                self.console.print(f"error: {exc}", markup=False)

    def _verdict(self, claim_id: int) -> bool:
        self.console.print(
            "verdict: "
            + "  ".join(f"{k} {r}" for k, r in RATING_KEYS.items())
            + "  (the key or the word; Enter: cancel)",
            markup=False,
        )
        # A whole line, not one key: a rating typed out ("false", "needs-context") is read
        # as that rating, and none of its letters spill into the note asked next. A word
        # that is no rating is asked again, as a refused URL is: read as keys of the
        # queue, the lines typed next (note, URL) would each be "unknown key".
        key = self._ask_until_valid("rating", _rating_key)
        rating = RATING_KEYS.get(key) if key else None
        if rating is None:
            self.console.print("no verdict")
            return False
        note = self._ask_until_valid("note (why; empty for none)", review.check_note)
        if note is None:
            self.console.print("no verdict")
            return False
        evidence = self._ask_until_valid(
            "evidence URL (empty for none)",
            lambda url: check_web_url(url, option="evidence URL"),
        )
        if evidence is None:
            self.console.print("no verdict")
            return False
        result = review.give_verdict(
            self.store,
            claim_id,
            rating,
            reviewer=self.reviewer,
            note=note or None,
            evidence_url=evidence or None,
        )
        if result["unchanged"]:
            self.console.print(
                f"claim {claim_id} already has the verdict {result['rating']}; nothing changed",
                markup=False,
            )
            return True
        self.done["verdicts"] += 1
        self.console.print(f"claim {claim_id}: verdict {result['rating']}", markup=False)
        return True

    def _ask_until_valid(self, prompt: str, check: Callable[[str], str | None]) -> str | None:
        """Ask ``prompt`` until ``check`` accepts the answer (it raises InputError naming
        what was asked for, in the prompt's words, otherwise); returns the accepted answer
        ("" for an empty one), or None when the person gave up (end of input, Ctrl-C).
        A refused answer never loses what was already chosen, and the next typed line is
        an answer to the same prompt, not a key of the queue."""
        while True:
            answer = self._ask(prompt)
            if answer is None:
                return None
            try:
                return check(answer) or ""
            except InputError as exc:
                self.console.print(f"{exc}; type it again, or press Enter for none", markup=False)

    def _open(self, item: dict[str, Any]) -> None:
        claim = item["claim"]
        doc = self.store.document(claim["document_id"], with_text=True)
        page(
            self.console,
            lambda plain: highlight(
                doc["text"], 0, (claim["start"], claim["end"]), claim["markers"], plain=plain
            ),
        )
        if doc.get("url"):
            # The URL on a line of its own (README), whole, under its label.
            self.console.print("URL:", style="bold")
            print_unbroken(self.console, doc["url"])
