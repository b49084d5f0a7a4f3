"""Report renderers for the terminal (rich), Markdown, CSV and JSON.

Each takes a ``Report`` and returns text (or prints to a rich console); none reads the
database. Article text is untrusted: Markdown escapes the characters that would turn it
into markup or HTML, the terminal renderer prints it as plain ``rich.text.Text`` (never
parsed as console markup).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator, Mapping

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.text import Text

from factcheck.report.export import write_rows
from factcheck.report.model import (
    STATUSES,
    ClaimEntry,
    Fact,
    Position,
    Report,
    Verdict,
    ruled_differently,
)
from factcheck.terminal import STATUS_STYLE, TrimmedConsole, counted, safe, safe_for_files

__all__ = [
    "FACT_LABEL",
    "REPORT_CSV_COLUMNS",
    "STANCE_WORDS",
    "STATUS_STYLE",
    "position_line",
    "position_lines",
    "render_report",
    "render_terminal",
    "ruling_lines",
    "side_verdict",
    "stance_words",
    "to_csv",
    "to_json",
    "to_markdown",
    "verdict_words",
]

STANCE_WORDS = {
    "states": "stated by",
    "contradicts": "contradicted by",
    "revision": "other version",
    "review": "to review",
    "related": "also",
}

# A ``revision`` position that is the outlet's own later or earlier report says so: short
# for the terminal's 15-column stance label, in full in files.
_REVISION_WORDS = {
    "later": ("later report", "later report from the same outlet"),
    "earlier": ("earlier report", "earlier report from the same outlet"),
}


def stance_words(p: Position, *, short: bool = False) -> str:
    """What a position is to its fact, in words: ``STANCE_WORDS`` of its stance, and for an
    outlet's own other report which one it is ("later report from the same outlet": its
    update; "earlier report …": what it said before). ``short`` fits 15 columns."""
    words = _REVISION_WORDS.get(p.revision or "") if p.stance == "revision" else None
    if words is None:
        return STANCE_WORDS[p.stance]
    return words[0] if short else words[1]


REPORT_CSV_COLUMNS: tuple[str, ...] = (
    "story",
    "story_title",
    "fact_id",
    "fact_status",
    "verdict",
    "pending_reviews",
    "stance",
    "outlets",
    "figures",
    "claim_ids",
    "text",
    "position_verdict",
    "position_verdicts",
    "revision",
    "fact_verdicts",
    "copies",
    "outlet_figures",
    "outlet_claim_ids",
)
"""One row per position of each fact (README, "Report CSV"): a consumer counting
positions counts rows. Order and names are stable, columns are only ever added at the end.
``outlet_figures`` says who gave which figure: one ``outlet: figure`` entry per outlet and
figure of the position, ``; `` between entries ("Skerry Times: 12 passengers; Brisk
Radio: at least 12 passengers"; an outlet whose claims give several figures has them
joined by `` / ``, one whose claims give none is named alone). ``outlet_claim_ids`` is
parallel to it, entry for entry: ``outlet: ids`` ("Skerry Times: 1; Brisk Radio: 3").
``verdict`` is the fact's (the verdict of the claims that state it); ``position_verdict``
the latest verdict of the position's own claims, ``position_verdicts`` every one of them
("claim 9: unproven; claim 10: misleading"); ``revision`` is ``later``/``earlier``/
``other`` on a ``revision`` row (``Position.revision``); ``fact_verdicts`` every verdict
on the claims that state the fact (``verdict`` is the latest of them); ``copies`` the
position's outlets (all of them, ``Position.copies``) that say it only in a reprint of
another outlet's report: an original and its reprints are one source."""


#: The stance-column label of a fact's own verdict and pending matches in the table view.
FACT_LABEL = "whole fact"


def verdict_words(v: Verdict | None) -> str:
    """ "false (Ana Ruiz, 2026-06-05)" or "no verdict"."""
    if v is None:
        return "no verdict"
    who = ", ".join(x for x in (v.reviewer, (v.decided_at or "")[:10]) if x)
    return f"{v.verdict} ({who})" if who else v.verdict


def side_verdict(p: Position) -> Verdict | None:
    """The verdict to show beside a position that does not state its fact: its own claims'
    ruling (the fact's verdict, ``Fact.verdict``, is the stated position's)."""
    return p.verdict if p.stance != "states" else None


def ruling_lines(ruled: Position | Fact) -> list[str]:
    """The verdicts of a position (or of what a fact states) in words, one item each:
    ``["false (Ana Ruiz, 2026-06-05)"]`` for one ruling, or when its claims were ruled
    differently every claim's, ``["unproven (…) on claim 9", "misleading (…) on claim
    10"]``, so no ruling is hidden behind another; ``[]`` without a verdict."""
    if ruled_differently(ruled.verdicts):
        return [f"{verdict_words(v)} on claim {v.claim_id}" for v in ruled.verdicts]
    return [verdict_words(ruled.verdict)] if ruled.verdict is not None else []


def _position_wordings(p: Position) -> list[tuple[str, list[str]]]:
    """Each wording of ``p`` as (what it says, the outlets that say it, copies marked): an
    outlet is marked "(copy)" on the wording it says only in a reprint, so its reprinted
    figure and its own other figure are told apart."""
    if not p.wordings:
        copies = set(p.copies)
        return [
            (
                "; ".join(p.figures) or p.quote,
                [f"{o} (copy)" if o in copies else o for o in p.outlets],
            )
        ]
    return [
        (w.what, [f"{o} (copy)" if o in w.copies else o for o in w.outlets]) for w in p.wordings
    ]


def position_line(p: Position) -> str:
    """ "about 400 residents — Orlan Bay Ledger, Harbour Wire": the figures (or, without
    any, the claim's whole wording) then every outlet that says it, in full. For files
    (Markdown, HTML), which wrap text themselves: nothing is cut; the terminal's shortened
    lines are ``position_lines``."""
    return "; ".join(f"{what} — {', '.join(outlets)}" for what, outlets in _position_wordings(p))


# The shortest cut of a claim's wording still worth showing beside its outlets; below it
# the outlets go to lines of their own.
_MIN_WORDING = 16


def position_lines(p: Position, width: int, against: str | None = None) -> list[str]:
    """``p`` as lines of at most ``width`` characters for the terminal: one line per
    wording, "what — outlets". The outlets are never cut: the wording is shortened (with
    "…") to leave them room, and when even a short wording does not fit beside them, the
    wording gets its own line and the outlets follow, a whole outlet name at a time, on
    lines starting "— ". Only an outlet name longer than ``width`` itself can be cut.
    ``against`` is the other side's wording: a shortened wording keeps in view where it
    first differs from it ("had not passed"), cutting before it instead of through it."""
    lines: list[str] = []
    for what, outlets in _position_wordings(p):
        joined = ", ".join(outlets)
        room = width - len(" — ") - len(joined)
        if room >= _MIN_WORDING:
            lines.append(f"{_shorten(what, min(60, room), against)} — {joined}")
            continue
        lines.append(_shorten(what, min(60, width), against))
        line = "—"
        for i, name in enumerate(outlets):
            piece = name + ("," if i < len(outlets) - 1 else "")
            if line.strip("— ") and len(line) + 1 + len(piece) > width:
                lines.append(line)
                line = " "
            line = f"{line} {piece}"
        lines.append(line)
    return lines


class _PositionRows:
    """A position's lines in the terminal, fitted to the width rich renders at."""

    def __init__(self, label: str, p: Position, against: str | None = None) -> None:
        self.label, self.position, self.against = label, p, against

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        # 1 column of indent, then the 16-column stance label ("contradicted by ").
        width = max(options.max_width - 17, _MIN_WORDING + 8)
        for i, text in enumerate(position_lines(self.position, width, self.against)):
            label = f"{self.label:>15} " if i == 0 else " " * 16
            yield _line((label, "dim"), text, indent=1)


def _shorten(text: str, width: int, against: str | None = None) -> str:
    """``text`` in at most ``width`` characters, cut with "…". When ``against`` is given
    and the first word where ``text`` differs from it would fall in the cut part, the cut
    goes before it instead: a head, "…", then the text from a word before that
    difference, so "had not passed" never loses its "not"."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    head_cut = text[: width - 1].rstrip() + "…"
    at = _first_difference(text, against) if against else None
    if at is None or at + 8 <= width - 1:
        return head_cut
    head = text[: max(width // 3, 1)].rstrip() + "… "
    start = text.rfind(" ", len(head), max(at - 12, len(head)))
    start = at if start < 0 else start + 1
    rest = text[start:]
    room = width - len(head)
    if room < 8:
        return head_cut
    return head + (rest if len(rest) <= room else rest[: room - 1].rstrip() + "…")


def _first_difference(text: str, against: str | None) -> int | None:
    """The offset in ``text`` of its first word that ``against`` does not have in the
    same place (compared without case), or None when ``text`` adds nothing of its own."""
    if not against:
        return None
    import difflib

    words = [(m.start(), m.group().casefold()) for m in re.finditer(r"\S+", text)]
    other = [w.casefold() for w in against.split()]
    blocks = difflib.SequenceMatcher(a=[w for _, w in words], b=other, autojunk=False)
    for tag, i1, _i2, _j1, _j2 in blocks.get_opcodes():
        if tag in ("replace", "insert", "delete") and i1 < len(words):
            return words[i1][0]
    return None


# -- JSON ---------------------------------------------------------------------------------


def to_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


# -- CSV ----------------------------------------------------------------------------------


def to_csv(report: Report, *, fmt: str = "csv") -> str:
    """Facts flattened to one row per position of each fact as ``csv`` (or ``tsv``);
    columns ``REPORT_CSV_COLUMNS``. Written by ``export.write_rows``, the one CSV/TSV
    writer, so the report's cells get the same spreadsheet-formula guard as every
    export."""
    by_id = {c.id: c for c in report.claims}
    records = []
    for story in report.stories:
        for fact in story.facts:
            for p in fact.positions:
                pairs = _outlet_figures(by_id, p)
                records.append(
                    dict(
                        zip(
                            REPORT_CSV_COLUMNS,
                            (
                                story.key,
                                story.title,
                                fact.id,
                                fact.status,
                                fact.verdict.verdict if fact.verdict else "",
                                fact.pending_reviews,
                                p.stance,
                                "; ".join(p.outlets),
                                "; ".join(p.figures),
                                " ".join(map(str, p.claim_ids)),
                                p.quote,
                                p.verdict.verdict if p.verdict else "",
                                "; ".join(f"claim {v.claim_id}: {v.verdict}" for v in p.verdicts),
                                p.revision or "",
                                "; ".join(
                                    f"claim {v.claim_id}: {v.verdict}" for v in fact.verdicts
                                ),
                                "; ".join(p.copies),
                                "; ".join(
                                    f"{outlet}: {figure}" if figure else outlet
                                    for outlet, figure in pairs
                                ),
                                "; ".join(
                                    f"{outlet}: {' '.join(map(str, cids))}".rstrip()
                                    for (outlet, _), cids in pairs.items()
                                ),
                            ),
                            strict=True,
                        )
                    )
                )
    return write_rows(records, REPORT_CSV_COLUMNS, fmt)


def _outlet_figures(
    by_id: Mapping[int, ClaimEntry], p: Position
) -> dict[tuple[str, str], list[int]]:
    """(outlet, figure) → claim ids of position ``p``, outlets in the position's order: the
    figure is what the outlet's claim gives of the position's figures (``p.figures``; a
    claim in two facts shows only this fact's), `` / `` between several, "" for none. An
    outlet none of whose claims is in ``by_id`` (filtered out of the report) is one
    entry with no figure and no ids, so every outlet of the position is named."""
    rows: dict[tuple[str, str], list[int]] = {}
    for outlet in p.outlets:
        found = False
        for cid in p.claim_ids:
            claim = by_id.get(cid)
            if claim is not None and claim.source == outlet:
                figure = " / ".join(f for f in claim.figures if f in p.figures)
                rows.setdefault((outlet, figure), []).append(cid)
                found = True
        if not found:
            rows.setdefault((outlet, ""), [])
    return rows


# -- Markdown -----------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!~])")
# What opens a block when it starts a line or follows a list item's marker: a list item
# ("- ", "+ ", "1. ", "2) "), a setext underline ("=", "-"), a block quote (">" is escaped
# above anyway). An article's own bullet list ("- the sports hall") is text here.
_MD_BLOCK_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)|^([-+=])")


def md_escape(text: str | None) -> str:
    """Backslash-escape what Markdown (CommonMark/GFM) would read as markup or raw HTML,
    inline and at the start of the text (a list marker there would nest a list)."""
    flat = _MD_SPECIAL.sub(r"\\\1", " ".join((text or "").split()))
    return _MD_BLOCK_START.sub(
        lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", flat
    )


def to_markdown(report: Report) -> str:
    return safe_for_files("\n".join(_markdown_lines(report)).rstrip() + "\n")


def _markdown_lines(report: Report) -> Iterator[str]:
    yield "# Corroboration report"
    yield ""
    yield f"Generated {report.generated_at}{_filter_words(report)}."
    yield ""
    yield "| status | claims |"
    yield "|---|---:|"
    for status in STATUSES:
        yield f"| {status} | {report.status_counts.get(status, 0)} |"
    yield ""
    # A story's documents as the report shows them (--source, --status narrow them), so
    # the count agrees with the terminal's and the HTML's.
    shown = {d.id for d in report.documents}
    for story in report.stories:
        yield f"## {md_escape(story.title)}"
        yield ""
        n_docs = sum(1 for d in story.document_ids if d in shown)
        yield f"Story `{story.key}`, {counted(n_docs, 'document')}."
        yield ""
        if not story.facts:
            yield sentence(no_fact_words(report))
            yield ""
        for fact in story.facts:
            yield from _markdown_fact(fact)
    by_id = {c.id: c for c in report.claims}
    yield "## Unverified check-worthy claims"
    yield ""
    if not report.unverified_checkworthy:
        yield "None."
    for cid in report.unverified_checkworthy:
        yield _markdown_claim(by_id[cid], report.reprint_words(cid))
    yield ""
    yield "## Claims per source"
    yield ""
    yield "| source | " + " | ".join(STATUSES) + " |"
    yield "|---|" + "---:|" * len(STATUSES)
    for source, counts in report.source_counts.items():
        yield (
            f"| {md_escape(source)} | " + " | ".join(str(counts.get(s, 0)) for s in STATUSES) + " |"
        )
    yield ""
    yield "## Hedging and unnamed sources per outlet"
    yield ""
    yield "| outlet | claims | hedged | unnamed sources | named attribution |"
    yield "|---|---:|---:|---:|---:|"
    for o in report.outlets:
        yield (
            f"| {md_escape(o.source)} | {o.claims} | {o.hedged} ({o.hedged_share:.0%}) | "
            f"{o.unnamed_source} ({o.unnamed_share:.0%}) | {o.named_attribution} |"
        )
    yield ""
    yield "## Copies"
    yield ""
    if not report.copies:
        yield "No document is a near-copy of another."
    for c in report.copies:
        sim = f" (similarity {c.similarity:.2f})" if c.similarity is not None else ""
        yield (
            f"- document {c.copy} ({md_escape(c.copy_source)}) copies document "
            f"{c.original} ({md_escape(c.original_source)}){sim}"
        )
    yield ""


def _markdown_fact(fact: Fact) -> Iterator[str]:
    yield f"- **{fact.status}** — {md_escape(fact.text)} (fact {fact.id})"
    for p in fact.positions:
        ruling = ""
        if side_verdict(p) is not None:
            ruling = f" — {_verdicts_words(ruling_lines(p))}"
        yield f"  - {stance_words(p)}: {md_escape(position_line(p))}{ruling}"
    extra = [_verdicts_words(ruling_lines(fact)) if fact.verdict else "no verdict"]
    if fact.pending_reviews:
        extra.append(f"{counted(fact.pending_reviews, 'match')} waiting for review")
    yield f"  - {'; '.join(extra)}"
    yield ""


def _verdicts_words(lines: list[str]) -> str:
    """``ruling_lines`` for Markdown: "verdict: …", or "verdicts: …; …" for several."""
    label = "verdicts" if len(lines) > 1 else "verdict"
    return f"{label}: {md_escape('; '.join(lines))}"


def _markdown_claim(c: ClaimEntry, reprints: str = "") -> str:
    flags = [f for f, on in (("hedged", c.hedged), ("unnamed source", c.unnamed_source)) if on]
    flags += [md_escape(reprints)] if reprints else []
    note = f" ({', '.join(flags)})" if flags else ""
    return f"- {md_escape(c.text)} — {md_escape(c.source)}, claim {c.id}{note}"


def _filter_words(report: Report) -> str:
    f = report.filter
    parts = []
    if f.story is not None:
        parts.append(f"story {f.story}")
    if f.story_title:
        parts.append(f"story titled {f.story_title}")
    if f.source:
        parts.append(f"source {f.source}")
    if f.since:
        parts.append(f"since {f.since.isoformat()}")
    if f.statuses:
        parts.append("status " + "/".join(f.statuses))
    return (" (" + ", ".join(parts) + ")") if parts else ""


def no_fact_words(report: Report) -> str:
    """Why a story shows no fact, in lower case without a full stop (every format words it
    from here): with ``--status`` its facts may all have another status (a corroborated
    claim can sit in a disputed fact), which is not the same as no fact."""
    statuses = report.filter.statuses
    if statuses:
        return f"no fact here has status {' or '.join(statuses)}"
    return "no fact here is reported by two documents"


def sentence(words: str) -> str:
    """``words`` as a sentence of its own: first letter capitalised, a full stop."""
    return words[:1].upper() + words[1:] + "."


# -- terminal -----------------------------------------------------------------------------


def render_terminal(
    report: Report,
    console: Console,
    *,
    max_facts: int | None = None,
    max_unverified: int = 5,
    sections: tuple[str, ...] = ("facts", "unverified", "outlets", "copies"),
) -> None:
    """Print the report for a person at the terminal's width, one line per item.

    Long text is cut with an ellipsis rather than wrapped, so the report keeps its shape
    at 80 columns; ``max_facts`` caps the facts per story (the demo fits one screen).
    """
    console.print(_terminal(report, max_facts, max_unverified, sections))


def _line(*parts: tuple[str, str] | str, indent: int = 0) -> Text:
    # Article text never drives the terminal: control and bidi characters become visible
    # escapes (factcheck.terminal.safe), and Text is never parsed as console markup.
    text = Text(" " * indent, no_wrap=True, overflow="ellipsis", end="\n")
    for part in parts:
        if isinstance(part, tuple):
            text.append(safe(part[0], newlines=False), style=part[1])
        else:
            text.append(safe(part, newlines=False))
    return text


def _status_bar(report: Report) -> Text:
    parts: list[tuple[str, str] | str] = []
    for status in STATUSES:
        n = report.status_counts.get(status, 0)
        parts += [(f"{status} {n}", f"bold {STATUS_STYLE[status]}"), "  "]
    total = sum(report.status_counts.values()) or 1
    bar = Text(no_wrap=True, overflow="crop")
    for status in STATUSES:
        width = round(30 * report.status_counts.get(status, 0) / total)
        # Letters, not only colour, so the bar reads with NO_COLOR too.
        bar.append(status[0].upper() * width, style=f"{STATUS_STYLE[status]} reverse")
    line = _line(*parts)
    line.append(bar)
    return line


def _terminal(
    report: Report, max_facts: int | None, max_unverified: int, sections: tuple[str, ...]
) -> RenderableType:
    out: list[RenderableType] = []
    n_docs = len(report.documents)
    out.append(
        _line(
            ("Corroboration report", "bold"),
            f" — {counted(len(report.stories), 'story')}, {counted(n_docs, 'document')}, "
            f"{counted(sum(report.status_counts.values()), 'claim')}",
        )
    )
    # The filter on a line of its own: cut at the end of the title line at 80 columns,
    # the filters given last (--status) were the ones lost.
    shown_filter = _filter_words(report).strip(" ()")
    if shown_filter:
        out.append(_line(("filter: ", "dim"), shown_filter))
    out.append(_status_bar(report))
    if "facts" in sections:
        for story in report.stories:
            out.append(Text(""))
            out.append(_line(("Story ", "bold"), (story.title, "bold"), f"  ({story.key})"))
            facts = story.facts if max_facts is None else story.facts[:max_facts]
            if not story.facts:
                out.append(_line(no_fact_words(report), indent=2))
            for fact in facts:
                out.extend(_terminal_fact(fact))
            hidden = len(story.facts) - len(facts)
            if hidden > 0:
                out.append(
                    _line(f"… and {counted(hidden, 'more fact')} (factcheck report)", indent=2)
                )
    by_id = {c.id: c for c in report.claims}
    if "unverified" in sections and report.unverified_checkworthy:
        out.append(Text(""))
        out.append(
            _line(
                ("Unverified, worth checking", "bold"),
                f" ({len(report.unverified_checkworthy)}; one source only)",
            )
        )
        for cid in report.unverified_checkworthy[:max_unverified]:
            c = by_id[cid]
            flags = "".join(
                f" [{f}]" for f, on in (("hedged", c.hedged), ("unnamed", c.unnamed_source)) if on
            )
            reprints = report.reprint_words(cid)
            flags += f" ({reprints})" if reprints else ""
            out.append(_line(f"{c.id:>4} ", (c.source, "dim"), f"{flags}: {c.text}", indent=1))
        rest = len(report.unverified_checkworthy) - max_unverified
        if rest > 0:
            out.append(_line(f"… and {rest} more", indent=6))
    if "outlets" in sections and report.outlets:
        out.append(Text(""))
        out.append(_line(("Outlets", "bold"), "  hedged · unnamed sources · named attribution"))
        for o in report.outlets:
            out.append(
                _line(
                    f"{_shorten(o.source, 28):<28} {o.hedged_share:>4.0%} hedged · "
                    f"{o.unnamed_source} unnamed · {o.named_attribution} named "
                    f"({counted(o.claims, 'claim')})",
                    indent=1,
                )
            )
    if "copies" in sections and report.copies:
        out.append(Text(""))
        for link in report.copies:
            sim = f", {link.similarity:.0%} alike" if link.similarity is not None else ""
            out.append(
                _line(
                    ("Copy: ", "bold"),
                    f"{link.copy_source} (doc {link.copy}) reprints {link.original_source} "
                    f"(doc {link.original}{sim})",
                )
            )
    return Group(*out)


def _terminal_fact(fact: Fact) -> list[RenderableType]:
    style = STATUS_STYLE.get(fact.status, "")
    lines: list[RenderableType] = [
        _line((f"{fact.status.upper():<13}", f"bold {style}"), fact.text, indent=1)
    ]
    others = [p.quote for p in fact.positions if p.stance != "states"]
    previous = ""
    for p in fact.positions:
        # Each side is shortened so that where it differs from the other stays in view.
        against = fact.text if p.stance != "states" else (others[0] if others else None)
        label = stance_words(p, short=True)
        # Positions of one stance in a row read as one list under one label, as the
        # wordings of one position do ("contradicted by" once, its sides below it).
        lines.append(_PositionRows("" if label == previous else label, p, against))
        previous = label
        if side_verdict(p) is not None:
            # One line per ruling: two claims of one side ruled differently both show.
            for words in ruling_lines(p):
                lines.append(_line(" " * 16, f"their verdict: {words}", indent=1))
            previous = ""  # after a ruling line the next side is labelled again
    # The fact's own verdict and waiting matches get a label of their own in the stance
    # column, so they never read as the last position's ("their verdict" goes there).
    rulings = ruling_lines(fact)
    tail = [f"verdict: {words}" for words in rulings]
    if fact.pending_reviews:
        tail.append(f"{counted(fact.pending_reviews, 'match')} to review")
    if len(rulings) > 1:
        for i, words in enumerate(tail):
            label = f"{FACT_LABEL:>15} " if i == 0 else " " * 16
            lines.append(_line((label, "dim"), words, indent=1))
    elif tail:
        lines.append(_line((f"{FACT_LABEL:>15} ", "dim"), " · ".join(tail), indent=1))
    return lines


def render_report(report: Report, fmt: str, *, width: int | None = None) -> str:
    """The report as text in ``fmt`` (``table``, ``md``, ``html``, ``csv``, ``tsv`` — the
    CSV's columns tab-separated —, ``json``).

    ``table`` is the terminal view drawn at ``width`` columns (80 when None) without
    colour, for files and pipes; a terminal gets colour from ``render_terminal``.
    """
    if fmt == "md":
        return to_markdown(report)
    if fmt in ("csv", "tsv"):
        return to_csv(report, fmt=fmt)
    if fmt == "json":
        return to_json(report)
    if fmt == "html":
        from factcheck.report.html import to_html

        return to_html(report)
    if fmt == "table":
        console = TrimmedConsole(
            width=width or 80, file=io.StringIO(), color_system=None, force_terminal=False
        )
        render_terminal(report, console)
        return console.file.getvalue()  # type: ignore[attr-defined]
    raise ValueError(f"unknown report format {fmt!r}")
