"""The HTML report's article view: every claim has its own anchor and shows its status,
also where claims share words (two claims split from one sentence, nested or overlapping
spans), and no internal link of the page points at an anchor it does not have."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from html.parser import HTMLParser

from factcheck.read import RawDocument
from factcheck.report import ReportFilter, gather_report, to_html
from factcheck.report.model import ClaimEntry, Report
from factcheck.store import Store
from tests.report_fixture import sample_report


class _Links(HTMLParser):
    """Every ``id`` of the page and every internal ``href="#…"`` target."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)
            if name == "href" and value and value.startswith("#"):
                self.targets.append(value[1:])


def _links(page: str) -> _Links:
    parser = _Links()
    parser.feed(page)
    return parser


def _anchored_statuses(page: str, claim_id: int) -> set[str]:
    """The status classes of the highlight inside claim ``claim_id``'s anchor (anchors of
    claims starting on the same word are nested around one highlight)."""
    found = re.search(
        rf'<span class="ca" id="claim-{claim_id}">(?:<span class="ca" id="claim-\d+">)*'
        r'<span class="c ([^"]*)"',
        page,
    )
    assert found is not None, f"claim {claim_id} has no highlighted anchor"
    return set(found.group(1).split())


def _assert_every_claim_anchored_with_its_status(report: Report, page: str) -> None:
    links = _links(page)
    assert len(links.ids) == len(set(links.ids)), "an id is used twice"
    dead = sorted(set(links.targets) - set(links.ids))
    assert dead == [], f"internal links to missing anchors: {dead}"
    shown = {i for d in report.documents for i in d.claim_ids}
    for claim in report.claims:
        if claim.id not in shown:
            continue
        assert f"claim-{claim.id}" in links.ids
        # its number after its last word, in its status colour, linking to its entry
        assert (
            f'<a class="s-{claim.status}" href="#detail-{claim.id}" '
            f'title="claim {claim.id}: {claim.status}">{claim.id}</a>'
        ) in page


def test_two_claims_of_one_sentence_each_have_their_anchor_and_status(store: Store) -> None:
    """One sentence gives two claims with one span (a year and a daily count); the year is
    contradicted by another outlet, the count is not. Both claims are anchored in the
    article, the shared words show both statuses, and no link of the page is dead."""
    store.ingest(
        RawDocument(
            text=(
                "The Kessel ferry terminal was opened in 1988 and handled about 2,500 "
                "passengers a day, according to the port office.\n"
            ),
            source="Fjord Daily",
            published=date(2026, 4, 2),
        )
    )
    store.ingest(
        RawDocument(
            text="The Kessel ferry terminal was opened in 1991, the harbour master said.\n",
            source="Lakeside Echo",
            published=date(2026, 4, 3),
        )
    )
    report = gather_report(store, with_text=True)
    fjord = [c for c in report.claims if c.source == "Fjord Daily"]
    assert len(fjord) == 2, [c.text for c in fjord]
    first, second = fjord
    assert (first.start, first.end) == (second.start, second.end)
    assert first.status != second.status  # the year is disputed, the count is not

    page = to_html(report)
    _assert_every_claim_anchored_with_its_status(report, page)
    for claim in fjord:
        assert _anchored_statuses(page, claim.id) == {first.status, second.status}
    # the shared words name each claim and its status
    assert f"claim {first.id}: {first.status}; claim {second.id}: {second.status}" in page


def _claim(base: ClaimEntry, cid: int, start: int, end: int, status: str) -> ClaimEntry:
    return dataclasses.replace(
        base, id=cid, start=start, end=end, status=status, markers=(), matches=(), verdict=None
    )


def test_nested_overlapping_and_empty_spans_keep_every_anchor() -> None:
    """Claims nested in another, overlapping it, and one whose span is empty or lies past
    the end of the text (stored offsets from an older reading) are all anchored, once."""
    report = sample_report()
    doc = report.documents[0]
    base = report.claim(doc.claim_ids[0])
    size = len(doc.text)
    extra = (
        _claim(base, 11, 4, 12, "corroborated"),  # nested in claim 1
        _claim(base, 12, 8, 30, "unverified"),  # overlaps claim 1's inside and claim 11
        _claim(base, 13, 20, 20, "unverified"),  # empty span
        _claim(base, 14, size + 5, size + 9, "corroborated"),  # past the text
    )
    documents = (
        dataclasses.replace(doc, claim_ids=(*doc.claim_ids, *(c.id for c in extra))),
        *report.documents[1:],
    )
    report = dataclasses.replace(report, claims=(*report.claims, *extra), documents=documents)
    page = to_html(report)
    _assert_every_claim_anchored_with_its_status(report, page)
    assert _anchored_statuses(page, 11) == {"disputed", "corroborated"}
    assert _anchored_statuses(page, 12) == {"disputed", "corroborated", "unverified"}
    # striped highlight for words of several claims has a rule of its own
    assert ".c.disputed.corroborated.unverified {" in page


def test_the_report_fixture_has_no_dead_internal_link() -> None:
    report = sample_report()
    _assert_every_claim_anchored_with_its_status(report, to_html(report))


def _reprinted_story(store: Store) -> None:
    """An article, its word-for-word reprint by a second outlet, and a third outlet that
    disputes one figure: every report of one outlet leaves some document out."""
    text = (
        "The Orrin Dam spillway failed on Sunday and flooded 40 homes, the county said. "
        "Engineers had flagged corrosion in the spillway gates since March.\n"
    )
    for source, day in (("Upland Ledger", 6), ("Tarn Courier", 7)):
        store.ingest(RawDocument(text=text, source=source, published=date(2026, 5, day)))
    store.ingest(
        RawDocument(
            text="The Orrin Dam spillway failed on Sunday and flooded 65 homes.\n",
            source="Brook Radio",
            published=date(2026, 5, 8),
        )
    )


def test_an_outlet_filtered_page_links_only_to_documents_it_shows(store: Store) -> None:
    """The Copies section and an article's "copy of" name a document the filter left
    out as text, never as a link to an anchor the page does not have."""
    _reprinted_story(store)
    assert any(d["copy_of"] for d in store.documents())
    for outlet in ("Upland Ledger", "Tarn Courier", "Brook Radio"):
        report = gather_report(store, ReportFilter(source=outlet), with_text=True)
        page = to_html(report)
        links = _links(page)
        shown = {f"doc-{d.id}" for d in report.documents}
        assert {t for t in links.targets if t.startswith("doc-")} <= shown, outlet
        assert sorted(set(links.targets) - set(links.ids)) == [], outlet
        for copy in report.copies:
            # both documents are named, whether linked or not
            assert f"(document {copy.copy})" in page and f"(document {copy.original})" in page
    whole = to_html(gather_report(store, with_text=True))
    assert re.search(r'<a href="#doc-\d+">[^<]*\(document \d+\)</a> copies <a href', whole)
