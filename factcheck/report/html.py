"""The report as one self-contained HTML file: inline CSS, no script, no network.

Each article is shown as its verbatim text with every claim highlighted by status and every
marker underlined by kind; a claim's number links to its entry (status, verdict, matches,
reasons), and each match links back to the other claim in its article. Everything that
comes from an article or its metadata is escaped; only ``http``/``https`` addresses become
links (a ``javascript:`` or ``data:`` URL is printed as text, never made clickable).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from html import escape
from urllib.parse import urlsplit

from factcheck.report.model import (
    STATUSES,
    ClaimEntry,
    DocumentEntry,
    Fact,
    Position,
    Report,
    Verdict,
    ruled_differently,
)
from factcheck.report.render import (
    no_fact_words,
    position_line,
    sentence,
    side_verdict,
    stance_words,
    verdict_words,
)
from factcheck.report.wording import for_reporters
from factcheck.terminal import UNSAFE_CHARACTERS, counted, safe_for_files

__all__ = ["safe_href", "to_html"]

_COLOURS = {"disputed": "#c62828", "corroborated": "#2e7d32", "unverified": "#b28704"}

_CSS = """
:root { color-scheme: light; }
body { font: 16px/1.5 Georgia, 'Times New Roman', serif; color: #1b1b1b; background: #fff;
  max-width: 58rem; margin: 2rem auto; padding: 0 1rem; overflow-wrap: anywhere; }
h1, h2, h3 { font-family: Helvetica, Arial, sans-serif; line-height: 1.2; }
h1 { font-size: 1.7rem; } h2 { font-size: 1.3rem; border-bottom: 1px solid #ddd; }
h3 { font-size: 1.05rem; }
small, .meta { color: #555; font-family: Helvetica, Arial, sans-serif; font-size: .85rem; }
table { border-collapse: collapse; font-family: Helvetica, Arial, sans-serif; font-size: .9rem; }
th, td { border: 1px solid #ddd; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { overflow-wrap: normal; hyphens: none; }
td.n { text-align: right; white-space: nowrap; }
.scroll { overflow-x: auto; max-width: 100%; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: .3rem; color: #fff;
  font: bold .75rem Helvetica, Arial, sans-serif; text-transform: uppercase; }
.b-disputed { background: #c62828; } .b-corroborated { background: #2e7d32; }
.b-unverified { background: #b28704; }
.fact { margin: .8rem 0; padding: .4rem .8rem; border-left: 4px solid #ccc; }
.fact.disputed { border-color: #c62828; } .fact.corroborated { border-color: #2e7d32; }
.fact.unverified { border-color: #b28704; }
.fact ul { margin: .2rem 0; padding-left: 1.2rem; }
.stance { font-family: Helvetica, Arial, sans-serif; font-size: .85rem; color: #444; }
article { border: 1px solid #ddd; border-radius: .4rem; padding: .5rem 1rem; margin: 1rem 0; }
article .text { white-space: pre-wrap; }
.c { border-radius: .2rem; padding: 0 .05rem; }
.c.disputed { background: #ffcdd2; } .c.corroborated { background: #c8e6c9; }
.c.unverified { background: #fff3c4; }
sup a { font: bold .7rem Helvetica, Arial, sans-serif; text-decoration: none; color: #1a4f8b; }
.mk { text-decoration-line: underline; text-decoration-thickness: 2px;
  text-underline-offset: 3px; }
.mk-hedge { text-decoration-style: wavy; text-decoration-color: #6a1b9a; }
.mk-booster { text-decoration-style: double; text-decoration-color: #0d47a1; }
.mk-approximator { text-decoration-style: dotted; text-decoration-color: #e65100; }
.mk-attribution { text-decoration-style: solid; text-decoration-color: #00695c; }
.mk-weasel { text-decoration-style: dashed; text-decoration-color: #ad1457; }
.legend span { margin-right: 1rem; }
.claim { margin: .5rem 0; padding: .3rem .6rem; border: 1px solid #eee; }
.claim:target, .ca:target { outline: 3px solid #1a4f8b; }
sup a.s-disputed { color: #c62828; } sup a.s-corroborated { color: #2e7d32; }
sup a.s-unverified { color: #8a6a00; }
.reasons { color: #444; font-size: .85rem; }
.ctl { font: .7rem Helvetica, Arial, sans-serif; color: #8a1c1c; border: 1px solid #d9a0a0;
  border-radius: .2rem; padding: 0 .15rem; white-space: nowrap; }
"""

_HIGHLIGHTS = {"disputed": "#ffcdd2", "corroborated": "#c8e6c9", "unverified": "#fff3c4"}


def _shared_words_css() -> str:
    """One rule per mix of statuses (``.c.disputed.unverified``): words that several claims
    share are striped in each one's colour, so no claim's status is painted over."""
    rules = []
    for n in range(2, len(STATUSES) + 1):
        for mix in itertools.combinations(STATUSES, n):
            stripes = ", ".join(
                f"{_HIGHLIGHTS[s]} {i * 0.4:g}em {(i + 1) * 0.4:g}em" for i, s in enumerate(mix)
            )
            selector = ".c." + ".".join(mix)
            gradient = f"repeating-linear-gradient(135deg, {stripes})"
            rules.append(f"{selector} {{ background: {gradient}; }}")
    return "\n".join(rules) + "\n"


_CSS += _shared_words_css()


def _text(value: str | None) -> str:
    """``value`` escaped for an HTML text node, with every hidden control character of the
    article (a bidi override such as U+202E, which would make "12" read "21", a zero-width
    mark, an escape) shown in place as a small labelled box ("U+202E") instead of being
    applied or dropped: the reader sees that the article holds one and where. Tabs and
    newlines stay. Attribute values keep the plain escapes of ``safe_for_files``."""

    def mark(m: re.Match[str]) -> str:
        code = f"U+{ord(m.group()):04X}"
        return f'<span class="ctl" title="hidden character {code} in the article">{code}</span>'

    return UNSAFE_CHARACTERS.sub(mark, escape(value or ""))


def safe_href(url: str | None) -> str | None:
    """``url`` escaped for an ``href`` if it is an absolute http(s) address, else None.

    Browsers ignore leading spaces and control characters and tabs inside a scheme
    ("java\\tscript:"); ``urlsplit`` strips them the same way, so the scheme tested is the
    one a browser would run.
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return escape(url.strip(), quote=True)


def _link_or_text(url: str | None) -> str:
    href = safe_href(url)
    if href is None:
        return escape(url or "")
    return f'<a href="{href}" rel="noopener noreferrer nofollow">{href}</a>'


def to_html(report: Report, *, title: str = "Corroboration report") -> str:
    """The whole report as one HTML document (UTF-8, no external resources)."""
    return safe_for_files("\n".join(_page(report, title)) + "\n")


def _page(report: Report, title: str) -> Iterator[str]:
    yield "<!DOCTYPE html>"
    yield '<html lang="en"><head><meta charset="utf-8">'
    yield '<meta name="viewport" content="width=device-width, initial-scale=1">'
    # No network: block every fetch even if a future change slipped a URL into the page.
    yield (
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:\">"
    )
    yield f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
    yield f"<h1>{_text(title)}</h1>"
    yield f'<p class="meta">Generated {escape(report.generated_at)}. '
    yield (
        f"{counted(len(report.documents), 'document')}, "
        f"{counted(sum(report.status_counts.values()), 'claim')}.</p>"
    )
    yield from _chart(report)
    by_id = {c.id: c for c in report.claims}
    # Claims of the documents shown; a fact's side from outside them (``--since``) is
    # named by its number, not linked to an entry the page does not have.
    shown = {i for d in report.documents for i in d.claim_ids}
    for story in report.stories:
        yield f"<h2>{_text(story.title)} <small>story {_text(story.key)}</small></h2>"
        if not story.facts:
            yield f"<p>{_text(sentence(no_fact_words(report)))}</p>"
        for fact in story.facts:
            yield from _fact(fact, shown)
    yield "<h2>Unverified claims worth checking</h2>"
    if not report.unverified_checkworthy:
        yield "<p>None.</p>"
    else:
        yield "<ul>"
        for cid in report.unverified_checkworthy:
            c = by_id[cid]
            flags = [
                f for f, on in (("hedged", c.hedged), ("unnamed source", c.unnamed_source)) if on
            ]
            reprints = report.reprint_words(cid)
            flags += [reprints] if reprints else []
            note = f" <small>({_text(', '.join(flags))})</small>" if flags else ""
            yield (
                f'<li><a href="#claim-{c.id}">{_text(c.text)}</a> — {_text(c.source)}{note}</li>'
            )
        yield "</ul>"
    yield from _outlets(report)
    yield from _copies(report)
    yield "<h2>Articles</h2>"
    yield _legend()
    shown_docs = {d.id for d in report.documents}
    for doc in report.documents:
        yield from _article(doc, [by_id[i] for i in doc.claim_ids if i in by_id], shown_docs)
    yield "<h2>Claims</h2>"
    for c in report.claims:
        if c.id in shown:
            yield from _claim_entry(c, shown)
    yield "</body></html>"


def _chart(report: Report) -> Iterator[str]:
    total = sum(report.status_counts.values())
    width = 600
    yield '<figure aria-label="claims by status">'
    yield f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="34" role="img">'
    x = 0.0
    for status in STATUSES:
        n = report.status_counts.get(status, 0)
        w = width * n / total if total else 0
        if w:
            yield (
                f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="34" fill="{_COLOURS[status]}">'
                f"<title>{status}: {n}</title></rect>"
            )
        x += w
    if not total:
        yield f'<rect x="0" y="0" width="{width}" height="34" fill="#eee"/>'
    yield "</svg><figcaption>"
    yield " · ".join(
        f'<span class="badge b-{s}">{s}</span> {report.status_counts.get(s, 0)}' for s in STATUSES
    )
    yield "</figcaption></figure>"


def _verdict_html(ruled: Fact | ClaimEntry | Position) -> str:
    v = ruled.verdict
    if v is None:
        return "<small>no verdict</small>"
    # Claims of one side ruled differently: every ruling, each with its claim.
    several = () if isinstance(ruled, ClaimEntry) else ruled.verdicts
    if ruled_differently(several):
        return "<br>".join(_one_verdict_html(r, f" on claim {r.claim_id}") for r in several)
    return _one_verdict_html(v, "")


def _one_verdict_html(v: Verdict, on: str) -> str:
    parts = [f"<strong>verdict: {_text(verdict_words(v))}{_text(on)}</strong>"]
    if v.note:
        parts.append(_text(v.note))
    parts.extend(_link_or_text(u) for u in v.evidence)
    return " — ".join(parts)


def _fact(fact: Fact, shown: set[int]) -> Iterator[str]:
    yield f'<div class="fact {escape(fact.status)}" id="fact-{fact.id}">'
    yield f'<span class="badge b-{escape(fact.status)}">{escape(fact.status)}</span> '
    yield _text(fact.text)
    yield "<ul>"
    for p in fact.positions:
        links = " ".join(
            f'<a href="#claim-{i}">#{i}</a>' if i in shown else f"#{i}" for i in p.claim_ids
        )
        # A ruling on the other side's claims is theirs, shown on their line.
        own = f"<br>{_verdict_html(p)}" if side_verdict(p) is not None else ""
        yield (
            f'<li><span class="stance">{_text(stance_words(p))}:</span> '
            f"{_text(position_line(p))} <small>{links}</small>{own}</li>"
        )
    yield "</ul>"
    pending = f" · {fact.pending_reviews} waiting for review" if fact.pending_reviews else ""
    yield f"<div>{_verdict_html(fact)}<small>{pending}</small></div></div>"


def _outlets(report: Report) -> Iterator[str]:
    yield "<h2>Outlets: hedging and unnamed sources</h2>"
    # Headers and figures break only between words (the body's "anywhere" would cut
    # "corroborated" in two at 800 px); a table wider than the page scrolls on its own.
    yield (
        '<div class="scroll"><table><tr><th>outlet</th><th>claims</th>'
        + "".join(f"<th>{s}</th>" for s in STATUSES)
        + "<th>hedged</th><th>unnamed sources</th><th>named attribution</th></tr>"
    )
    for o in report.outlets:
        counts = report.source_counts.get(o.source, {})
        yield (
            f"<tr><td>{_text(o.source)}</td><td class=n>{o.claims}</td>"
            + "".join(f"<td class=n>{counts.get(s, 0)}</td>" for s in STATUSES)
            + f"<td class=n>{o.hedged} ({o.hedged_share:.0%})</td>"
            f"<td class=n>{o.unnamed_source} ({o.unnamed_share:.0%})</td>"
            f"<td class=n>{o.named_attribution}</td></tr>"
        )
    yield "</table></div>"


def _doc_link(doc_id: int, inner: str, shown: AbstractSet[int]) -> str:
    """``inner`` (HTML) as a link to document ``doc_id``'s article when the page shows it
    (``shown``: the ids of ``report.documents``), else as text: a report filtered by
    outlet, date or status leaves documents out, and ``#doc-N`` of one would lead
    nowhere."""
    return f'<a href="#doc-{doc_id}">{inner}</a>' if doc_id in shown else inner


def _copies(report: Report) -> Iterator[str]:
    if not report.copies:
        return
    shown = {d.id for d in report.documents}
    yield "<h2>Copies</h2><ul>"
    for c in report.copies:
        sim = f" (similarity {c.similarity:.2f})" if c.similarity is not None else ""
        copy = _doc_link(c.copy, f"{_text(c.copy_source)} (document {c.copy})", shown)
        original = _doc_link(
            c.original, f"{_text(c.original_source)} (document {c.original})", shown
        )
        yield f"<li>{copy} copies {original}{sim}: not an independent source.</li>"
    yield "</ul>"


def _legend() -> str:
    kinds = ("hedge", "booster", "approximator", "attribution", "weasel")
    marks = "".join(f'<span class="mk mk-{k}">{k}</span>' for k in kinds)
    claims = "".join(f'<span class="c {s}">{s}</span>' for s in STATUSES)
    shared = '<span class="c disputed unverified">words of several claims</span>'
    return f'<p class="legend meta">Claims: {claims}{shared} Markers: {marks}</p>'


def _article(
    doc: DocumentEntry, claims: Sequence[ClaimEntry], shown: AbstractSet[int]
) -> Iterator[str]:
    yield f'<article id="doc-{doc.id}">'
    yield f"<h3>{_text(doc.title or f'document {doc.id}')}</h3>"
    meta = [_text(doc.source)]
    if doc.author:
        meta.append(_text(doc.author))
    if doc.published:
        meta.append(_text(doc.published))
    if doc.url:
        meta.append(_link_or_text(doc.url))
    if doc.copy_of is not None:
        meta.append("copy of " + _doc_link(doc.copy_of, f"document {doc.copy_of}", shown))
    yield f'<p class="meta">{" · ".join(meta)}</p>'
    yield f'<div class="text">{_highlighted(doc.text, claims)}</div></article>'


def _highlighted(text: str, claims: Sequence[ClaimEntry]) -> str:
    """The text cut at every claim and marker boundary; each piece wrapped in the markers
    (underline) and the claims (status colour) it belongs to.

    Claims may share words: two claims split from one sentence ("built in 1974 and carried
    9,000 vehicles a day") have the same span, and spans may nest or overlap. A piece is
    coloured by the statuses of every claim covering it (one colour when they agree,
    stripes of each colour when they do not; its ``title`` names each claim and status),
    and every claim has its own anchor ``claim-N`` on its first piece, so each link to a
    claim lands on it; a claim with an empty or out-of-text span still gets an (empty)
    anchor where it would be. Each claim's number, in its status colour, follows its last
    character and links to its entry."""
    size = len(text)
    cuts = {0, size}
    for c in claims:
        cuts.update((c.start, c.end))
        for m in c.markers:
            cuts.update((m.start, m.end))
    bounds = sorted(x for x in cuts if 0 <= x <= size)
    ends: dict[int, list[ClaimEntry]] = {}
    for c in claims:
        ends.setdefault(min(max(c.end, 0), size), []).append(c)
    # Outermost first: the earliest start, then the longest span.
    ordered = sorted(claims, key=lambda c: (c.start, -c.end, c.id))
    markers = sorted({(m.start, m.end, m.kind) for c in claims for m in c.markers})
    out: list[str] = []
    started: set[int] = set()

    def empty_anchors(at: int | None) -> None:
        # Claims no piece can hold (an empty span, or offsets outside the text).
        for c in ordered:
            if c.id not in started and (at is None or (c.start >= c.end and c.start == at)):
                started.add(c.id)
                out.append(_anchor(c, ""))

    for start, end in itertools.pairwise(bounds):
        empty_anchors(start)
        piece = _text(text[start:end])
        kinds = sorted({k for s, e, k in markers if s <= start and end <= e})
        for kind in kinds:
            piece = f'<span class="mk mk-{escape(kind)}">{piece}</span>'
        covering = [c for c in ordered if c.start <= start and end <= c.end]
        if covering:
            statuses = " ".join(s for s in STATUSES if any(c.status == s for c in covering))
            title = ""
            if len(covering) > 1:
                each = "; ".join(f"claim {c.id}: {c.status}" for c in covering)
                title = f' title="{escape(each, quote=True)}"'
            piece = f'<span class="c {escape(statuses)}"{title}>{piece}</span>'
            for c in reversed(covering):
                if c.id not in started:
                    started.add(c.id)
                    piece = _anchor(c, piece)
        out.append(piece)
        for c in ends.get(end, ()):
            out.append(_claim_number(c))
    empty_anchors(size)
    empty_anchors(None)
    return "".join(out)


def _anchor(c: ClaimEntry, inner: str) -> str:
    """``inner`` in claim ``c``'s own anchor (the target of every ``#claim-N`` link)."""
    return f'<span class="ca" id="claim-{c.id}">{inner}</span>'


def _claim_number(c: ClaimEntry) -> str:
    """Claim ``c``'s number in its status colour, linking to its entry."""
    status = escape(c.status)
    return (
        f'<sup><a class="s-{status}" href="#detail-{c.id}" '
        f'title="claim {c.id}: {status}">{c.id}</a></sup>'
    )


def _claim_entry(c: ClaimEntry, shown: set[int]) -> Iterator[str]:
    yield f'<div class="claim" id="detail-{c.id}">'
    yield (
        f'<a href="#claim-{c.id}">#{c.id}</a> <span class="badge b-{escape(c.status)}">'
        f"{_text(c.status)}</span> {_text(c.text)} <small>— {_text(c.source)}</small>"
    )
    yield f"<div>{_verdict_html(c)}</div>"
    if c.matches:
        yield "<ul>"
        for m in c.matches:
            target = (
                f'<a href="#claim-{m.other_claim_id}">#{m.other_claim_id}</a>'
                if m.other_claim_id in shown
                else f"#{m.other_claim_id}"
            )
            held = ", waiting for review" if m.needs_review else ""
            indep = "" if m.independent else ", not independent"
            reasons = "; ".join(for_reporters(r) for r in m.reasons[:4])
            yield (
                f"<li>{_text(m.relation)} {target} ({_text(m.other_source)}, score "
                f"{m.score:.2f}{held}{indep})"
                f'<div class="reasons">{_text(reasons)}</div></li>'
            )
        yield "</ul>"
    yield "</div>"
