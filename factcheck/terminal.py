"""Terminal safety: article text never drives the reader's terminal.

Text from articles, titles, outlet names, URLs and file names is untrusted. Printed raw,
an escape sequence in a headline can recolour or clear the screen, rewrite the window
title, hide the lines before it or, on some terminals, answer back into the shell; a
bidirectional override makes "12" read as "21". ``safe`` turns every such character into
a visible escape (``\\x1b``, ``\\u202e``) before anything reaches people; JSON output
needs nothing extra because ``json.dumps`` already escapes control characters.

``page`` sends a long view through the reader's pager with styles only when that pager
shows them (``less`` gets ``LESS=FRX`` when the reader set none, as git does).

``QuietPipe`` makes a closed pipe (``factcheck claims | head``) end the command quietly.
``STATUS_STYLE`` and ``RELATION_STYLE`` are the one home of the colours every terminal view
gives claim statuses and match relations (the word is always printed too, so a view reads
the same with ``NO_COLOR``).
"""

from __future__ import annotations

import errno
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TextIO

from rich.cells import cell_len
from rich.console import Console, RenderableType
from rich.pager import Pager
from rich.segment import Segment
from rich.text import Text

__all__ = [
    "RELATION_STYLE",
    "STATUS_STYLE",
    "UNSAFE_CHARACTERS",
    "PagerChoice",
    "QuietPipe",
    "TrimmedConsole",
    "choose_pager",
    "counted",
    "page",
    "safe",
    "safe_for_files",
]

#: Rich styles of claim statuses in every terminal view (listings, show, report, review).
STATUS_STYLE: dict[str, str] = {"corroborated": "green", "disputed": "red", "unverified": "yellow"}

#: Rich styles of match relations (matches, show, compare, review).
RELATION_STYLE: dict[str, str] = {"corroborates": "green", "conflicts": "red", "unrelated": "dim"}


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` with ``noun`` in agreement: "1 claim", "2 claims", "0 stories", "1 match",
    "3 statuses". Every count a person reads goes through here, so no line says
    "1 verdicts".

    Regular English plurals: a consonant + "y" becomes "ies"; "s", "x", "z", "ch" and
    "sh" take "es"; anything else "s". Give ``plural`` for an irregular noun. Only the
    last word of a phrase changes ("1 more fact", "2 more facts").
    """
    if n == 1:
        return f"1 {noun}"
    if plural is None:
        if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
            plural = noun[:-1] + "ies"
        elif noun.endswith(("s", "x", "z", "ch", "sh")):
            plural = noun + "es"
        else:
            plural = noun + "s"
    return f"{n} {plural}"


# C0 controls but tab and newline, DEL, C1 controls, and the Unicode format characters
# that reorder or hide text (bidi embeddings/overrides/isolates, zero-width marks, BOM,
# line/paragraph separators that some terminals treat as newlines).
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]"
)
#: The characters ``safe`` shows as escapes (tab and newline kept): for renderers with a
#: visible form of their own (the HTML report marks each one in place).
UNSAFE_CHARACTERS = _UNSAFE
_UNSAFE_WITH_NEWLINES = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]"
)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code == 0x0A:
        return "\\n"
    if code == 0x09:
        return "\\t"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: Any, *, newlines: bool = True) -> str:
    """``text`` with control, escape and reordering characters shown as escapes.

    ``newlines=False`` also escapes newlines and tabs, for one-line messages.
    Lone surrogates (which no terminal encoding can write) become ``\\udXXX`` too.
    """
    value = "" if text is None else str(text)
    pattern = _UNSAFE if newlines else _UNSAFE_WITH_NEWLINES
    value = pattern.sub(_visible, value)
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        value = "".join(f"\\u{ord(ch):04x}" if "\ud800" <= ch <= "\udfff" else ch for ch in value)
    return value


def unbroken_line(text: str, *, label: str = "", style: str = "") -> Text:
    """``text`` (a URL, made safe to print) as one line that is never wrapped or cut:
    rich folds a word longer than the width across lines, and a URL broken so can be
    neither copied nor clicked. On a narrow terminal the line runs past the edge, which
    the terminal folds for the eye only (a copy or a click takes it whole). ``label``,
    in bold, goes before it ("url "). The caller gives the URL a line of its own; printed
    alone, it goes through ``print_unbroken`` (``Console.print`` would join it with
    other text, wrapping it again, and crop it at the width)."""
    line = Text(no_wrap=True, overflow="ignore", end="\n")
    if label:
        line.append(label, style="bold")
    line.append(safe(text, newlines=False), style=style)
    return line


def print_unbroken(console: Console, text: str, *, label: str = "", style: str = "") -> None:
    """Print ``unbroken_line(text, label=label, style=style)`` on a line of its own,
    neither wrapped nor cropped at the console's width.

    When the label and the URL together pass the width, the label gets a line of its
    own and the URL the next, starting at the margin: a URL that fits the terminal is
    then never run past its edge (at 80 columns " url  https://…" did), and only a URL
    longer than the whole width runs past it."""
    if label and cell_len(label) + cell_len(safe(text, newlines=False)) > console.width:
        console.print(Text(label.rstrip(), style="bold"), no_wrap=True, crop=False)
        label = ""
    console.print(
        unbroken_line(text, label=label, style=style), no_wrap=True, overflow="ignore", crop=False
    )


def safe_for_files(text: str) -> str:
    """A whole Markdown, HTML, CSV or TSV file with the same escapes as ``safe``.

    People open these files in terminals (``cat report.md``), pagers and spreadsheets, so
    an escape sequence or bidi override from an article must not survive into them; tabs
    and newlines stay (the formats need them). HTML is escaped first, then passed here:
    the ``\\x1b`` shown in its place contains nothing HTML treats specially.
    JSON needs nothing: ``json.dumps`` already escapes control characters.
    """
    return safe(text, newlines=True)


class QuietPipe:
    """A text stream that drops output once its reader has gone (EPIPE).

    The first failed write points the underlying file descriptor at /dev/null, so the
    interpreter's last flush cannot fail either; the command goes on and exits with the
    code it would have had.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.broken = False

    def write(self, data: str) -> int:
        if not self.broken:
            try:
                return self._stream.write(data)
            except (BrokenPipeError, ValueError, OSError) as exc:
                if isinstance(exc, OSError) and exc.errno not in (errno.EPIPE, errno.EINVAL):
                    raise
                self._silence()
        return len(data)

    def flush(self) -> None:
        if not self.broken:
            try:
                self._stream.flush()
            except (BrokenPipeError, OSError):
                self._silence()

    def _silence(self) -> None:
        self.broken = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, self._stream.fileno())
            os.close(devnull)
        except (OSError, ValueError):
            pass

    def close_quietly(self) -> None:
        """Flush at the end; after a broken pipe, nothing more is written."""
        self.flush()
        if sys.stdout is self:
            sys.stdout = self._stream

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


#: Blanks (and the colour codes between them) that end a line of rendered output.
_TRAILING_BLANKS = re.compile(r"(?:[ \t]|\x1b\[[0-9;]*m)+(?=\n)")
_SGR = re.compile(r"\x1b\[[0-9;]*m")


def _keep_codes(match: re.Match[str]) -> str:
    return "".join(_SGR.findall(match.group()))


class TrimmedConsole(Console):
    """A rich ``Console`` whose lines never end in blanks.

    Rich pads every table cell, rule and wrapped line to the full width, so a copied or
    piped view carries runs of trailing spaces (a diff, ``grep ' $'`` or a reporter's
    notes show them). Here every finished line loses its trailing spaces and tabs, while
    the colour codes among them are kept so styles still close. A line still being
    written (a prompt, no newline yet) is left alone. Every terminal view goes through
    it (listings, ``show``, ``matches``, ``sources``, the review queue, the table
    report), so no view needs its own trimming.
    """

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        # Rich turns its buffer into text here for the terminal, pagers and captures alike.
        return _TRAILING_BLANKS.sub(_keep_codes, super()._render_buffer(buffer))


#: ``LESS`` when the reader set none: quit if one screen (F), show colour codes as colour
#: (R), leave the screen as it was (X). The same default git gives ``less``.
DEFAULT_LESS = "FRX"


@dataclass(frozen=True)
class PagerChoice:
    """The pager a long view goes through: shell ``command``, the ``env`` it runs with,
    and whether it shows styles (``styles``; when False the view is paged as plain text)."""

    command: str
    env: dict[str, str] = field(repr=False)
    styles: bool


def _less_shows_styles(options: str) -> bool:
    """Whether ``less`` options (``LESS`` or its arguments) turn on -R or -r."""
    for token in options.split():
        if token.startswith("--"):
            if token.lower() == "--raw-control-chars":
                return True
        elif re.fullmatch(r"-?[A-Za-z#~+]*[rR][A-Za-z]*", token):
            return True
    return False


def choose_pager(environ: Mapping[str, str]) -> PagerChoice | None:
    """The pager for ``environ`` (``os.environ`` shape), or None to print in place.

    ``$PAGER`` if set (empty or ``cat`` means no pager), else ``less``, else ``more``.
    ``less`` shows colour codes as text unless run with -R, so when ``LESS`` is unset it
    gets ``LESS=FRX`` (and ``LV=-c`` for lv), as git does; a ``less`` whose ``LESS`` or
    arguments still lack -R/-r is given plain text. Other pagers (``more``, ``most``)
    pass codes through to the terminal. ``TERM=dumb`` pages plain text.
    """
    env = dict(environ)
    command = env.get("PAGER")
    if command is None:
        command = next((p for p in ("less", "more") if shutil.which(p)), "")
    command = command.strip()
    if not command or command == "cat":
        return None
    env.setdefault("LESS", DEFAULT_LESS)
    env.setdefault("LV", "-c")
    try:
        words = shlex.split(command)
    except ValueError:
        words = command.split()
    program = os.path.basename(words[0]) if words else ""
    styles = env.get("TERM") not in ("dumb", "emacs")
    if program == "less":
        styles = styles and (
            _less_shows_styles(env["LESS"]) or _less_shows_styles(" ".join(words[1:]))
        )
    return PagerChoice(command, env, styles)


class CommandPager(Pager):
    """A rich ``Pager`` that pipes the view into ``choice.command`` with ``choice.env``."""

    def __init__(self, choice: PagerChoice) -> None:
        self.choice = choice

    def show(self, content: str) -> None:
        """Feed ``content`` to the pager and wait for the reader to quit it."""
        proc = subprocess.Popen(
            self.choice.command,
            shell=True,  # $PAGER is a shell command line by convention (as git and pydoc run it)
            stdin=subprocess.PIPE,
            env=self.choice.env,
            text=True,
            errors="backslashreplace",
        )
        assert proc.stdin is not None
        try:
            with proc.stdin as pipe:
                pipe.write(content)
        except (OSError, KeyboardInterrupt):
            pass  # the reader quit the pager early, or pressed Ctrl-C while it ran
        while True:
            try:
                proc.wait()
                break
            except KeyboardInterrupt:
                continue  # the pager owns the terminal until it exits, as pydoc does


def page(
    console: Console,
    build: Callable[[bool], RenderableType],
    *,
    rows: int | None = None,
    environ: Mapping[str, str] | None = None,
) -> None:
    """Print ``build(plain)`` through the pager when it is longer than the terminal.

    ``plain`` tells ``build`` that styles will not be seen (``NO_COLOR``, a pipe, or a
    pager that cannot show them), so it marks things with characters too. ``rows``: the
    view's length in lines, when known; a view that fits (``rows + 6 <= height``) is
    printed in place. ``environ`` defaults to ``os.environ``. Styles reach the pager only
    when ``choose_pager`` says it shows them and the console has colour.
    """
    fits = rows is not None and rows + 6 <= console.height
    choice = None
    if console.is_terminal and not fits:
        choice = choose_pager(os.environ if environ is None else environ)
    no_color = console.no_color or console.color_system is None
    # Not cropped: views are laid out to the width already, and the one line that runs
    # past it is a URL kept whole on purpose (``unbroken_line``).
    if choice is None:
        console.print(build(no_color or not console.is_terminal), crop=False)
        return
    styles = choice.styles and not no_color
    renderable = build(not styles)
    with console.pager(CommandPager(choice), styles=styles):
        console.print(renderable, crop=False)
