"""Listings for pipes and for people: row formats and why a listing came back empty.

Every listing command can print its rows as CSV, TSV or JSON Lines (``--csv``, ``--tsv``,
``--nl``, as sqlite-utils does) — the same flat records and columns as ``factcheck
export`` where the listing is one of its tables (claims, matches, documents), the
listing's own keys otherwise. An empty listing is never left unexplained: ``why_empty``
says whether the database is empty (and where the demo's is), whether an outlet name is
unknown (with the close names), or which filters matched nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from factcheck.errors import NotFoundError
from factcheck.lookup import unknown_source
from factcheck.report.export import COLUMNS, flatten, write_rows

__all__ = [
    "ROW_FORMATS",
    "Col",
    "fit_columns",
    "fitted_table",
    "format_rows",
    "match_blocks",
    "story_document_blocks",
    "why_empty",
]

ROW_FORMATS = ("csv", "tsv", "nl")


def _plain(value: Any) -> Any:
    """Nested values (dicts, lists of dicts) as compact text for one CSV cell."""
    if isinstance(value, Mapping):
        return "; ".join(f"{k}={v}" for k, v in value.items() if v is not None)
    if isinstance(value, list | tuple) and value and isinstance(value[0], Mapping):
        return " | ".join(_plain(v) for v in value)
    return value


def format_rows(rows: Sequence[Mapping[str, Any]], fmt: str, *, table: str | None = None) -> str:
    """``rows`` (dicts from a ``Store`` listing) as ``csv``, ``tsv`` or ``nl`` text.

    With ``table`` (``claims``, ``matches``, ``documents``) the rows are flattened to that
    export table's documented columns; otherwise the columns are the rows' keys in first-seen
    order. ``nl`` keeps the listing's own objects, one per line.
    """
    if fmt not in ROW_FORMATS:
        raise ValueError(f"unknown row format {fmt!r}")
    if table is not None and table in COLUMNS:
        return write_rows([flatten(table, r) for r in rows], COLUMNS[table], fmt)
    columns: dict[str, None] = {}
    for r in rows:
        columns.update(dict.fromkeys(r))
    if fmt == "nl":
        return write_rows(rows, list(columns), fmt)
    return write_rows([{k: _plain(v) for k, v in r.items()} for r in rows], list(columns), fmt)


def why_empty(
    store: Any,
    noun: str,
    *,
    source: str | None = None,
    filters: Mapping[str, Any] | None = None,
    demo_db: Path | None = None,
    database: str | None = None,
    command: str | None = None,
) -> str:
    """One or two sentences saying why a listing of ``noun`` found nothing.

    ``filters`` maps option names to the values given (None for unset ones);
    ``demo_db`` is the demo's own database, mentioned when this one is empty so that a
    newcomer who just ran ``factcheck demo`` learns where its articles are, with
    ``command`` (default: ``noun``) as the command to run there.
    """
    if not store.documents(limit=1):
        where = f" ({database})" if database else ""
        text = (
            f"no {noun}: the database{where} is empty; "
            "`factcheck ingest FILE --source OUTLET` adds articles"
        )
        if demo_db is not None and demo_db.exists():
            text += (
                f". The demo keeps its own database: factcheck --db {demo_db} {command or noun}"
            )
        return text
    if source is not None:
        names = [s["name"] for s in store.sources()]
        if source not in names:
            try:
                store.require(source=source)  # says where a merged or renamed name went
            except NotFoundError as gone:
                return str(gone)
            return str(unknown_source(source, names))
    given = {k: v for k, v in (filters or {}).items() if v not in (None, False, (), [])}
    if source is not None:
        given = {"--source": source, **given}
    if given:
        words = ", ".join(f"{k} {v}" if v is not True else k for k, v in given.items())
        return f"no {noun} match {words}"
    return f"no {noun} stored yet"


# -- tables that fit the terminal -----------------------------------------------------------


class Col:
    """A listing column: ``priority`` 1 is kept longest when the width runs short;
    ``width`` is the fixed width of short values (ids, dates, statuses), None for text that
    takes the remaining room (``ratio``) and is cut with an ellipsis. ``least`` is the
    narrowest a text column may be; ``shown_from`` the narrowest table (in characters)
    that shows the column at all: a detail that would only squeeze the text before it
    (markers and spans beside a claim) waits for a terminal wide enough for both.
    ``whole`` (cells) makes a name column (an outlet) as wide as its longest value up to
    that many cells before any less important column is kept: "Northern Herald" and
    "Northern Heralds" cut to "Northern Heral…" would read as one outlet."""

    __slots__ = (
        "header",
        "justify",
        "least",
        "priority",
        "ratio",
        "shown_from",
        "whole",
        "width",
    )

    def __init__(
        self,
        header: str,
        *,
        priority: int = 1,
        width: int | None = None,
        ratio: int = 1,
        justify: str = "left",
        least: int | None = None,
        shown_from: int | None = None,
        whole: int | None = None,
    ) -> None:
        self.header = header
        self.least = least
        self.shown_from = shown_from
        self.whole = whole
        self.priority = priority
        self.width = width
        self.ratio = ratio
        self.justify = justify

    @property
    def min_width(self) -> int:
        if self.width is not None:
            return max(self.width, len(self.header))
        return max(len(self.header), self.least or 12)


_GAP = 3
"""Cells between two columns of a ``fitted_table``: a space of padding each side of the
rule; the table has no outer edge or padding, so n columns take their widths + 3·(n−1)."""


def fit_columns(columns: Sequence[Col], width: int) -> list[int]:
    """Indexes of the columns that fit in ``width`` characters, dropping the least
    important (highest ``priority``, rightmost first) until they do; one column always
    stays. Each column costs its minimum width, and each gap between two columns three
    characters (padding and rule): ``fitted_table`` draws no outer edge or padding."""
    keep = list(range(len(columns)))
    order = sorted(keep, key=lambda i: (columns[i].priority, -i), reverse=True)

    def need(idx: list[int]) -> int:
        return sum(columns[i].min_width for i in idx) + _GAP * (len(idx) - 1)

    for i in order:
        if need(keep) <= width or len(keep) == 1:
            break
        keep.remove(i)
    return keep


def _column_widths(
    columns: Sequence[Col],
    keep: list[int],
    width: int,
    needs: Mapping[int, int] | None = None,
) -> dict[int, int]:
    """The width of each kept column at ``width`` characters.

    Rich shrinks columns its own way when a table is too wide (fixed ones included), so
    every width is set here: fixed columns get theirs; each text column first gets its
    least width, then the room left is shared by ratio (shared from nothing, a column
    added at a wider terminal took room from text kept at any width). A text column never
    takes more than its longest value needs (``needs``: column index → cells): what it
    would leave blank goes to the text columns that still cut their values, so short
    outlet names are shown whole beside long headlines rather than both cut. Rounding
    leftovers go to the first text columns.
    """
    room = width - _GAP * (len(keep) - 1)
    flex = [i for i in keep if columns[i].width is None]
    fixed = sum(columns[i].min_width for i in keep if columns[i].width is not None)
    left = max(0, room - fixed - sum(columns[i].min_width for i in flex))
    widths = {i: columns[i].min_width for i in keep}
    limits = needs or {}
    cap = {i: max(columns[i].min_width, limits.get(i, room)) for i in flex}
    active = [i for i in flex if widths[i] < cap[i]]
    while left > 0 and active:
        ratios = sum(columns[i].ratio for i in active) or 1
        shares = {i: min(cap[i] - widths[i], left * columns[i].ratio // ratios) for i in active}
        if not any(shares.values()):
            # Rounding leftovers: one cell each, to the most important columns first.
            order = sorted(active, key=lambda i: (columns[i].priority, i))
            shares = {i: 1 if n < left else 0 for n, i in enumerate(order)}
        for i, extra in shares.items():
            widths[i] += extra
        left -= sum(shares.values())
        active = [i for i in active if widths[i] < cap[i]]
    return widths


def _no_wider_than(col: Col, need: int | None) -> Col:
    """``col`` with its least width no more than its longest value (``need``) needs, and,
    for a ``whole`` column, no less (up to ``whole`` cells)."""
    if need is None or col.width is not None:
        return col
    least = col.least or 12
    if col.whole is not None:
        least = max(least, min(col.whole, need))
    least = min(least, need)
    if least == (col.least or 12):
        return col
    return Col(
        col.header,
        priority=col.priority,
        ratio=col.ratio,
        justify=col.justify,
        least=least,
        shown_from=col.shown_from,
        whole=col.whole,
    )


def fitted_table(
    columns: Sequence[Col], rows: Sequence[Sequence[str]], *, width: int, title: str | None = None
) -> Any:
    """A rich ``Table`` of the columns that fit ``width``, one line per row: no cell wraps,
    long text ends in "…" (``show`` has the full text), headers never break mid-word.

    A column empty in every row (no owner groups set, no copies stored) is left out before
    any width is shared, so its room goes to text that is there.
    """
    from rich import box
    from rich.cells import cell_len
    from rich.table import Table

    present = [
        i for i in range(len(columns)) if not rows or any(str(row[i]).strip() for row in rows)
    ] or [0]
    present = [i for i in present if (columns[i].shown_from or 0) <= width] or present[:1]
    # What each text column's longest value needs: it never reserves or takes more.
    needs = {
        i: max([cell_len(columns[i].header), *(cell_len(str(row[i])) for row in rows)])
        for i in present
        if columns[i].width is None
    }
    columns = [_no_wider_than(col, needs.get(i)) for i, col in enumerate(columns)]
    keep = [present[j] for j in fit_columns([columns[i] for i in present], width)]
    widths = _column_widths(columns, keep, width, needs)
    table = Table(
        title=title,
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        expand=False,
        title_justify="left",
    )
    for i in keep:
        col = columns[i]
        table.add_column(
            col.header,
            justify=col.justify,  # type: ignore[arg-type]
            no_wrap=True,
            overflow="ellipsis",
            width=widths[i],
        )
    for row in rows:
        table.add_row(*(row[i] for i in keep))
    return table


def story_document_blocks(
    documents: Sequence[Mapping[str, Any]], reasons: Sequence[str], *, title: str = "documents"
) -> Any:
    """A story's documents as blocks that read at 80 columns (``factcheck stories show``).

    A four-column table leaves "why it is here" a third of the width, one shared term a
    line. Each document is a block instead: a head line (id, outlet, publication day),
    its headline, then why it is in the story (``reasons``, one per document, in words),
    which wraps under its own column, never under the labels.
    ``documents`` are the dicts of ``Store.story(...)["documents"]``. Article words go in
    as ``Text`` with control characters made visible, never parsed as markup.
    """
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from factcheck.terminal import safe

    parts: list[Any] = [Text(f"{title} ({len(documents)})", style="bold")]
    for d, why in zip(documents, reasons, strict=True):
        grid = Table.grid(padding=(0, 1))
        grid.add_column(justify="right", no_wrap=True, min_width=5)
        grid.add_column(ratio=1, overflow="fold")
        head = Text(safe(d.get("source"), newlines=False), style="bold")
        if d.get("published"):
            head.append(f" · {d['published']}")
        grid.add_row(Text(f"#{d['id']}", style="bold"), head)
        if d.get("title"):
            grid.add_row("", Text(safe(d["title"], newlines=False), style="dim"))
        grid.add_row(Text("why", style="dim"), Text(safe(why, newlines=False)))
        parts += [Text(""), grid]
    return Group(*parts)


#: How many of a match's reasons the terminal shows; ``--json`` has them all.
SHOWN_REASONS = 4


#: Reasons that only describe what the two claims are about (the frames' notes, who said
#: it, a hedge): shown after the reasons that decided the relation.
_CONTEXT_REASONS = frozenset({"same subject", "same measure", "same place", "attributed", "hedged"})


def _telling_first(reasons: Sequence[str]) -> list[str]:
    """``reasons`` with those that decided the relation (a figure that differs, wording
    alike, one statement) before those that only say what both are about; otherwise in
    the matcher's order. Only the terminal reorders; JSON keeps the matcher's order."""
    return sorted(reasons, key=lambda r: r.partition(":")[0].strip() in _CONTEXT_REASONS)


def match_blocks(matches: Sequence[Mapping[str, Any]], *, title: str = "matches") -> Any:
    """The matches of a claim as blocks that read at any width, 80 columns included.

    A table of seven columns leaves the text and the reasons a dozen characters each at 80
    columns, one word a line. Each match is a block instead: a head line (match id,
    relation and score, whether it waits for review or who decided it, independence, the
    other claim and its outlet), then the other claim's text, why the other source is not
    independent and what a conflict with it is then (an update, not a dispute), then the
    reasons in a reporter's words, one a line, and the reviewer's note; text wraps under its own
    column, never under the labels.
    ``matches`` are dicts of ``Store.matches``. Returns a rich renderable; article words
    go in as ``Text``, never parsed as markup.
    """
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    from factcheck.report.wording import for_reporters
    from factcheck.terminal import RELATION_STYLE, safe

    parts: list[Any] = [Text(f"{title} ({len(matches)})", style="bold")]
    for m in matches:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(justify="right", no_wrap=True, min_width=5)
        grid.add_column(ratio=1, overflow="fold")
        head = Text()
        head.append(str(m["relation"]), style=RELATION_STYLE.get(str(m["relation"]), ""))
        head.append(f" {float(m['score']):.2f}")
        review = m.get("review")
        if review:
            head.append(f" · decided by {safe(review['reviewer'], newlines=False)}")
            if review.get("decision") != m.get("automatic_relation"):
                head.append(f" (matching said {m.get('automatic_relation')})")
        elif m.get("needs_review"):
            head.append(" · waits for review", style="bold")
        head.append(" · independent" if m["independent"] else " · not independent")
        grid.add_row(Text(f"#{m['match_id']}", style="bold"), head)
        source = safe(m["source"], newlines=False)
        grid.add_row("", Text(f"claim {m['claim_id']} · {source}", style="dim"))
        grid.add_row("", Text(safe(m["text"], newlines=False)))
        # Why the other source does not count separately, and what a conflict with it is
        # (an update or an edit of one source's account, not a dispute).
        if m.get("dependence"):
            grid.add_row(Text("tie", style="dim"), Text(safe(m["dependence"], newlines=False)))
        if m.get("revision"):
            grid.add_row(
                Text("so", style="dim"),
                Text(safe(m["revision"], newlines=False), style="bold"),
            )
        if m.get("superseded"):
            grid.add_row(Text("so", style="dim"), Text(safe(m["superseded"], newlines=False)))
        reasons = [safe(for_reporters(r), newlines=False) for r in _telling_first(m["reasons"])]
        shown = reasons[:SHOWN_REASONS]
        if len(reasons) > len(shown):
            shown.append(f"… {len(reasons) - len(shown)} more (--json)")
        for i, reason in enumerate(shown):
            grid.add_row(Text("why", style="dim") if i == 0 else "", Text(reason))
        if review and review.get("note"):
            grid.add_row(Text("note", style="dim"), Text(safe(review["note"], newlines=False)))
        # Notes left on the match (`note CLAIM --match ID`), each with who and when.
        for note in m.get("notes") or ():
            words = f"{note['note']} — {note['reviewer']}, {str(note['recorded_at'])[:10]}"
            grid.add_row(Text("note", style="dim"), Text(safe(words, newlines=False)))
        parts += [Text(""), grid]
    return Group(*parts)
