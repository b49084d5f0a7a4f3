"""Exports for other tools: ClaimReview JSON-LD, and flat CSV / TSV / JSON Lines tables.

ClaimReview follows schema.org (https://schema.org/ClaimReview) and Google's fact-check
markup guidance: each verdict becomes one ``ClaimReview`` whose ``itemReviewed`` is the
``Claim`` as the outlet made it (``author`` the outlet, ``datePublished``,
``appearance`` — every document that states it — and ``firstAppearance``, the earliest
appearance of the claim in its own words: its document or an earlier one that states it
word for word, a corroboration, never dated after the claim; a claim a copy reprints word
for word is its original outlet's, author and first appearance, whatever the dates).
Its ``url`` is the address of the fact-check's own page (a template the desk configures);
the evidence behind the verdict is cited (``citation``), never given as the review's page.

The flat tables have stable, documented columns (``COLUMNS``; README "Exports"): columns
are only ever added at the end, never renamed or dropped. Booleans are ``true``/``false``,
empty cells are missing values, lists are joined with `` | ``; JSON Lines keeps native
types (lists stay lists).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from factcheck.report.model import ClaimEntry, DocumentEntry, Report, claim_words
from factcheck.terminal import safe_for_files

__all__ = [
    "COLUMNS",
    "RATING_NAMES",
    "check_review_url_template",
    "claim_reviews",
    "export_table",
    "flatten",
    "http_url",
    "spreadsheet_cell",
    "table_records",
    "write_rows",
]

COLUMNS: dict[str, tuple[str, ...]] = {
    "claims": (
        "id",
        "document_id",
        "source",
        "status",
        "verdict",
        "type",
        "checkworthy",
        "checkworthiness",
        "hedged",
        "assertiveness",
        "pending_reviews",
        "start",
        "end",
        "quote",
        "text",
        "markers",
        "dates",
    ),
    "matches": (
        "match_id",
        "claim_id",
        "other_claim_id",
        "relation",
        "automatic_relation",
        "score",
        "needs_review",
        "independent",
        "decision",
        "reviewer",
        "decided_at",
        "reasons",
    ),
    "documents": (
        "id",
        "source",
        "title",
        "author",
        "published",
        "url",
        "retrieved_at",
        "ingested_at",
        "sha256",
        "language",
        "format",
        "origin",
        "copy_of",
        "copy_similarity",
        "chars",
        "claims",
    ),
}
"""Columns of each exported table, in order (README, "Exports")."""

RATING_NAMES = {
    "true": "True",
    "false": "False",
    "misleading": "Misleading",
    "unproven": "Unproven",
    "needs-context": "Needs context",
}
"""``reviewRating.alternateName`` for each verdict: the words a reader sees."""


def http_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) address, else None (never export a script URL)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return url.strip()
    return None


def check_review_url_template(template: str) -> str:
    """``template`` if it gives each review's own page: an http(s) address with
    ``{claim_id}`` in it (``https://desk.example/checks/{claim_id}``).

    Raises ``ValueError`` saying what is wrong (no ``{claim_id}``, another ``{...}`` field,
    or not an absolute http(s) address once filled in).
    """
    if "{claim_id}" not in template:
        raise ValueError(
            f"{template!r} needs {{claim_id}} in it, e.g. https://desk.example/{{claim_id}}"
        )
    try:
        filled = template.format(claim_id=1)
    except (KeyError, IndexError, ValueError):
        raise ValueError(
            f"{template!r} may hold only {{claim_id}} between braces (double a literal brace)"
        ) from None
    if http_url(filled) != filled.strip() or any(c.isspace() for c in filled.strip()):
        raise ValueError(f"{template!r} is not an http(s) address with a host")
    from factcheck.errors import InputError
    from factcheck.validate import check_web_url

    try:
        # The one link check of the project (validate.check_web_url), on the filled page.
        check_web_url(filled, "a review's url")
    except InputError as exc:
        raise ValueError(f"{template!r} gives no valid link: {exc.message}") from None
    return template


def _markers_cell(markers: Sequence[Mapping[str, Any]]) -> str:
    return " | ".join(f"{m['kind']}: {m['text']}" for m in markers)


def _dates_cell(dates: Sequence[Mapping[str, Any]]) -> str:
    """ "yesterday: 2026-03-06 | last week: 2026-02-23..2026-03-01": each relative date as
    written and the days it names (the phrase alone when the document has no date)."""
    cells = []
    for d in dates:
        low, high = d.get("from"), d.get("to")
        days = "" if not low else low if high in (None, low) else f"{low}..{high}"
        cells.append(f"{d['text']}: {days}" if days else str(d["text"]))
    return " | ".join(cells)


def flatten(table: str, row: Mapping[str, Any]) -> dict[str, Any]:
    """One store row (``Store.claims``/``match_pairs``/``documents`` dict) as the exported
    record of ``table``: exactly ``COLUMNS[table]``, in order."""
    if table not in COLUMNS:
        raise ValueError(f"unknown table {table!r}; one of {', '.join(COLUMNS)}")
    out = {col: row.get(col) for col in COLUMNS[table]}
    if table == "claims":
        out["markers"] = [
            {k: m.get(k) for k in ("kind", "text", "start", "end", "speaker")}
            for m in row.get("markers", ())
        ]
        verdict = row.get("verdict")
        out["verdict"] = verdict.get("rating") if isinstance(verdict, Mapping) else verdict
        out["dates"] = [
            {k: d.get(k) for k in ("text", "start", "end", "grain", "from", "to")}
            for d in row.get("dates") or ()
        ]
    return out


def _cell(value: Any, column: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if column == "markers":
        return _markers_cell(value)
    if column == "dates":
        return _dates_cell(value)
    if isinstance(value, list | tuple):
        return " | ".join(str(v) for v in value)
    return str(value)


# What a spreadsheet (Excel, LibreOffice Calc, Google Sheets) reads as the start of a
# formula or a command when it opens a CSV/TSV file: the OWASP "CSV injection" list.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A plain number ("-3", "+1.5", "-2e3") is data, not a formula: it stays as it is so the
# column still sums in a spreadsheet.
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_cell(text: str) -> str:
    """``text`` made safe to open in a spreadsheet: a cell that starts with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return gets a leading single quote (``'``), the usual
    guard against formula injection (OWASP, "CSV Injection"), unless the whole cell is a
    plain number such as ``-3`` or ``+1.5``. Every other cell is returned unchanged.

    >>> spreadsheet_cell('=HYPERLINK("http://x","y")')
    '\'=HYPERLINK("http://x","y")'
    >>> spreadsheet_cell("-3")
    '-3'
    """
    if text.startswith(_FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def write_rows(records: Iterable[Mapping[str, Any]], columns: Sequence[str], fmt: str) -> str:
    """Records as ``csv``, ``tsv`` or ``jsonl`` (``nl`` is the same: one JSON object a line).

    CSV and TSV start with a header row; TSV replaces tabs and newlines inside a cell with
    spaces so that every record stays one line. Every CSV/TSV cell goes through
    ``spreadsheet_cell``: article text and outlet names are untrusted, and a cell starting
    like a formula must not run when the file is opened in a spreadsheet.
    """
    if fmt in ("jsonl", "nl"):
        return "".join(
            json.dumps({c: r.get(c) for c in columns}, ensure_ascii=False) + "\n" for r in records
        )
    if fmt == "tsv":
        # The IANA text/tab-separated-values form: no quoting, so tabs and line breaks
        # inside a cell become spaces and every record stays one line.
        lines = ["\t".join(columns)]
        for r in records:
            cells = (spreadsheet_cell(_cell(r.get(c), c)) for c in columns)
            lines.append("\t".join(" ".join(x.replace("\t", " ").splitlines()) for x in cells))
        return safe_for_files("\n".join(lines) + "\n")
    if fmt != "csv":
        raise ValueError(f"unknown row format {fmt!r}")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for r in records:
        writer.writerow([spreadsheet_cell(_cell(r.get(c), c)) for c in columns])
    return safe_for_files(buf.getvalue())


# -- ClaimReview ----------------------------------------------------------------------------


def _organization(name: str) -> dict[str, Any]:
    return {"@type": "Organization", "name": name}


def _creative_work(doc: DocumentEntry) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    url = http_url(doc.url)
    if url:
        work["url"] = url
    if doc.title:
        work["headline"] = doc.title
    if doc.published:
        work["datePublished"] = doc.published
    work["author"] = _organization(doc.source)
    return work


def _stating_documents(report: Report, claim: ClaimEntry) -> list[DocumentEntry]:
    """The claim's own document and every document whose claim a decided (or confirmed)
    ``corroborates`` match says states the same, earliest first."""
    by_doc = {d.id: d for d in report.documents}
    ids = {claim.document_id}
    for m in claim.matches:
        if m.relation == "corroborates" and not m.needs_review:
            other = next((c for c in report.claims if c.id == m.other_claim_id), None)
            if other is not None:
                ids.add(other.document_id)
    docs = [by_doc[i] for i in ids if i in by_doc]
    return sorted(docs, key=lambda d: (d.published or "9999", d.id))


def _first_appearance(
    claim: ClaimEntry,
    by_doc: Mapping[int, DocumentEntry],
    said_so: Mapping[tuple[str, ...], Sequence[ClaimEntry]],
) -> DocumentEntry | None:
    """The earliest known appearance of ``claim`` as its ``Claim`` names it (schema.org
    ``firstAppearance``): its own document, or an earlier document that states it in the
    same words — the original it was copied from, or a decided ``corroborates`` match with
    the same wording (a wire story a paper repeats). Never a document dated after the
    claim's own (so never later than the ``Claim``'s ``datePublished``), never another
    outlet's claim that only agrees with it in other words. None when the claim's
    document is not in the report. ``by_doc`` is the report's documents by id,
    ``said_so`` its claims (of those documents) by their words (``claim_words``), both made
    once for every review rather than a scan of every claim per claim."""
    own = by_doc.get(claim.document_id)
    if own is None:
        return None
    linked = {
        m.other_claim_id
        for m in claim.matches
        if m.relation == "corroborates" and not m.needs_review
    }
    found = [own]
    for other in said_so.get(claim_words(claim), ()):
        if other.id == claim.id:
            continue
        copied_from = own.copy_of is not None and other.document_id == own.copy_of
        if copied_from or other.id in linked:
            doc = by_doc[other.document_id]
            # Undated documents are never taken for earlier than a dated one.
            if own.published is None or (
                doc.published is not None and doc.published[:10] <= own.published[:10]
            ):
                found.append(doc)
    return min(found, key=lambda d: ((d.published or "9999")[:10], d is not own, d.id))


def claim_reviews(
    report: Report,
    *,
    publisher: str | None = None,
    review_url: str | None = None,
) -> list[dict[str, Any]]:
    """One schema.org ``ClaimReview`` per claim with a verdict in ``report``.

    ``publisher`` is the fact-checking organisation (``author`` of the review; without it
    the reviewer, as a Person). ``review_url`` is the template of the review's own page
    (schema.org ``url``: "the page on which the review is published"), ``{claim_id}``
    filled in (see ``check_review_url_template``); without it the review has no ``url``
    — neither the evidence nor the article is the fact-check's page. The verdict's
    evidence goes in ``citation`` (CreativeWorks with their ``url``), the articles that
    state the claim in ``itemReviewed.appearance``. A claim that reprints another word for
    word (``ClaimEntry.reprint_of``: its document is a copy of the other's) is the
    original outlet's claim: ``itemReviewed.author``, ``datePublished`` and
    ``firstAppearance`` are the original's, whatever the dates, and the copy is among the
    ``appearance``. Only http(s) URLs are ever exported. Ratings map to ``alternateName``
    by ``RATING_NAMES``.
    """
    by_doc = {d.id: d for d in report.documents}
    by_claim = {c.id: c for c in report.claims}
    said_so: dict[tuple[str, ...], list[ClaimEntry]] = defaultdict(list)
    for c in report.claims:
        if c.document_id in by_doc:
            said_so[claim_words(c)].append(c)
    out = []
    for claim in report.claims:
        v = claim.verdict
        if v is None:
            continue
        # A reprint's words are its original's: the original outlet made the claim and
        # first published it, whatever dates the two documents carry (a same-day copy,
        # a copy stored with a wrong date). The reprint is one more appearance.
        origin = by_claim.get(claim.reprint_of) if claim.reprint_of is not None else None
        if origin is None or origin.document_id not in by_doc:
            origin = claim
        doc = by_doc.get(origin.document_id)
        appearances = _stating_documents(report, origin)
        if origin is not claim:
            appearances = sorted(
                {d.id: d for d in (*appearances, *_stating_documents(report, claim))}.values(),
                key=lambda d: (d.published or "9999", d.id),
            )
        item: dict[str, Any] = {"@type": "Claim", "author": _organization(origin.source)}
        if doc is not None and doc.published:
            item["datePublished"] = doc.published
        if appearances:
            item["appearance"] = [_creative_work(d) for d in appearances]
        first = doc if origin is not claim else _first_appearance(claim, by_doc, said_so)
        if first is not None:
            item["firstAppearance"] = _creative_work(first)
        url = http_url(review_url.format(claim_id=claim.id)) if review_url else None
        evidence = [u for u in dict.fromkeys(map(http_url, v.evidence)) if u]
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": claim.text,
            "reviewRating": {
                "@type": "Rating",
                "alternateName": RATING_NAMES.get(v.verdict, v.verdict),
            },
            "itemReviewed": item,
            "author": _organization(publisher)
            if publisher
            else {"@type": "Person", "name": v.reviewer or "unknown"},
        }
        if url:
            review["url"] = url
        if v.decided_at:
            review["datePublished"] = v.decided_at[:10]
        if v.note:
            review["reviewBody"] = v.note
        if evidence:
            review["citation"] = [{"@type": "CreativeWork", "url": u} for u in evidence]
        out.append(review)
    return out


def table_records(store: Any, table: str) -> list[dict[str, Any]]:
    """Every row of ``table`` (``claims``, ``matches``, ``documents``) as exported records."""
    fetch = {
        "claims": lambda: store.claims(),
        "matches": lambda: store.match_pairs(),
        "documents": lambda: store.documents(),
    }
    if table not in fetch:
        raise ValueError(f"unknown table {table!r}; one of {', '.join(COLUMNS)}")
    return [flatten(table, row) for row in fetch[table]()]


def export_table(store: Any, table: str, fmt: str) -> str:
    """``table`` as ``csv``, ``tsv`` or ``jsonl`` text with its ``COLUMNS``."""
    return write_rows(table_records(store, table), COLUMNS[table], fmt)
