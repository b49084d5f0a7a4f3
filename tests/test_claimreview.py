"""ClaimReview markup in fact-checkers' pages becomes verdicts with the checker as source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.claimreview import find_claim_reviews, normalise_rating
from factcheck.read import RawDocument, read_inputs
from factcheck.store import Store

BODY = (
    "<article><h1>No, the Harlow reservoir was not poisoned</h1>"
    "<p>A post shared thousands of times claims that the Harlow reservoir was poisoned "
    "in June. This is false.</p>"
    "<p>The Harlow water board said tests on 14 June found no contamination.</p>"
    "<p>Engineers at the Harlow plant checked 212 samples over three days, and every one "
    "of them met the national drinking water standard, the board said.</p></article>"
)


def page(head: str = "", body: str = BODY) -> str:
    return f"<html><head><title>Fact check</title>{head}</head><body>{body}</body></html>"


JSON_LD = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebPage", "name": "Fact check"},
        {
            "@type": "ClaimReview",
            "url": "https://example.org/checkdesk/harlow-reservoir",
            "claimReviewed": "The Harlow reservoir was poisoned in June.",
            "author": {"@type": "Organization", "name": "Checkdesk"},
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": 1,
                "worstRating": 1,
                "bestRating": 5,
                "alternateName": "False",
            },
        },
    ],
}


def _script(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("False", None, "false"),
        ("Pants on Fire!", None, "false"),
        ("Mostly False", None, "false"),
        ("Misleading", None, "misleading"),
        ("Missing context", None, "needs-context"),
        ("Half True", None, "needs-context"),
        ("Unproven", None, "unproven"),
        ("Mostly true", None, "true"),
        ("True", None, "true"),
        (None, 1.0, "false"),
        (None, 5.0, "true"),
        (None, 3.0, "needs-context"),
        ("Satire?", None, None),
    ],
)
def test_ratings_are_read_on_the_desk_scale(
    name: str | None, value: float | None, expected: str | None
) -> None:
    assert normalise_rating(name, value, 1, 5) == expected


def test_json_ld_claim_review_is_found() -> None:
    [review] = find_claim_reviews(page(_script(JSON_LD)))
    assert review.claim_reviewed == "The Harlow reservoir was poisoned in June."
    assert (review.rating_text, review.rating) == ("False", "false")
    assert review.reviewer == "Checkdesk"
    assert review.url == "https://example.org/checkdesk/harlow-reservoir"


def test_microdata_claim_review_is_found() -> None:
    markup = (
        '<div itemscope itemtype="https://schema.org/ClaimReview">'
        '<span itemprop="claimReviewed">The Harlow reservoir was poisoned in June.</span>'
        '<div itemprop="author" itemscope itemtype="https://schema.org/Organization">'
        '<span itemprop="name">Checkdesk</span></div>'
        '<div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">'
        '<meta itemprop="ratingValue" content="2"><meta itemprop="bestRating" content="5">'
        '<span itemprop="alternateName">Misleading</span></div></div>'
    )
    [review] = find_claim_reviews(page(body=BODY + markup))
    assert review.rating == "misleading"
    assert review.reviewer == "Checkdesk"


def test_broken_or_foreign_markup_is_skipped() -> None:
    head = '<script type="application/ld+json">{not json</script>' + _script(
        {"@type": "NewsArticle", "headline": "x"}
    )
    assert find_claim_reviews(page(head)) == []


def test_ingesting_a_fact_check_page_stores_its_verdict(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "check.html"
    path.write_text(page(_script(JSON_LD)), encoding="utf-8")
    [(_, docs)] = list(read_inputs([str(path)], RawDocument(text="", source="Checkdesk")))
    assert not isinstance(docs, Exception)
    result = store.ingest(docs[0])
    [entry] = result.claim_reviews
    assert entry["rating"] == "false" and entry["claim_id"] is not None
    [verdict] = store.verdict_rows()
    assert verdict["claim_id"] == entry["claim_id"]
    assert verdict["rating"] == "false"
    assert verdict["reviewer"] == "Checkdesk"
    assert verdict["evidence_url"] == "https://example.org/checkdesk/harlow-reservoir"
    claim = store.claim(entry["claim_id"])
    assert "reservoir" in claim["text"]


@pytest.mark.parametrize("depth", [900, 100_000])
def test_json_ld_nested_deeper_than_python_recurses_is_skipped(depth: int) -> None:
    # A hostile page: thousands of nested arrays, one of them enough to exhaust the
    # recursion of the parser or of the walk over its objects; the markup is ignored.
    deep = '<script type="application/ld+json">' + "[" * depth + "]" * depth + "</script>"
    assert find_claim_reviews(page(deep)) == []


# A page that quotes the rumour with the verdict only in its markup: no sentence of the
# page says "This is false", so the verdict must come from the markup.
QUOTING_BODY = (
    "<article><h1>Checking the Harlow reservoir post</h1>"
    "<p>The Harlow reservoir was poisoned in June, according to a widely shared post.</p>"
    "<p>The Harlow water board said tests on 14 June found no contamination.</p></article>"
)


def test_a_page_rating_its_claim_false_never_corroborates_it(store: Store, tmp_path: Path) -> None:
    """A fact-check page's claims that state what its own ClaimReview rates False are
    refutations of it: against an outlet asserting the rumour they conflict, never
    corroborate (they corroborated, and the rumour became corroborated)."""
    rumour = RawDocument(
        text="The Harlow reservoir was poisoned in June, residents said.",
        source="Harlow Echo",
        title="Reservoir fears",
    )
    store.ingest(rumour)
    path = tmp_path / "check.html"
    path.write_text(page(_script(JSON_LD), QUOTING_BODY), encoding="utf-8")
    [(_, docs)] = list(read_inputs([str(path)], RawDocument(text="", source="Checkdesk")))
    assert not isinstance(docs, Exception)
    result = store.ingest(docs[0])
    [entry] = result.claim_reviews
    claim = store.claim(entry["claim_id"])
    assert claim["frame"]["refutes"]["text"] == "The Harlow reservoir was poisoned in June."
    assert "rated 'False'" in claim["frame"]["refuted_by"]
    relations = [m["relation"] for m in store.matches(entry["claim_id"])]
    assert relations and "corroborates" not in relations
    assert "conflicts" in relations


# A fact-check page whose rumour has a relative date: "last week" names another week
# when the page's date is corrected, and the rating must survive the new reading.
DATED_BODY = (
    "<article><h1>Checking the Tarnby pier post</h1>"
    "<p>The Tarnby pier collapsed last week, according to a post shared online.</p>"
    "<p>Harbour engineers inspected the pier on Monday and found it sound.</p></article>"
)
DATED_REVIEW = {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    "claimReviewed": "The Tarnby pier collapsed last week.",
    "author": {"@type": "Organization", "name": "Pierwatch"},
    "reviewRating": {"@type": "Rating", "alternateName": "False"},
}


def test_a_page_rating_survives_a_corrected_publication_date(
    db_url: str, tmp_path: Path
) -> None:
    """``documents edit --published`` reads the claims' frames again from their text to
    anchor their dates anew; the refutation the page's own ClaimReview rating gave them
    is in no word of the text, and is kept (it was lost: the page's claim corroborated
    the rumour it rates false)."""
    from typer.testing import CliRunner

    from factcheck.cli import app

    store = Store(db_url)
    try:
        store.ingest(
            RawDocument(
                text="The Tarnby pier collapsed last week, residents said.",
                source="Tarnby Echo",
                published="2026-05-13",
            )
        )
        path = tmp_path / "pier.html"
        path.write_text(page(_script(DATED_REVIEW), DATED_BODY), encoding="utf-8")
        base = RawDocument(text="", source="Pierwatch", published="2026-05-14")
        [(_, docs)] = list(read_inputs([str(path)], base))
        assert not isinstance(docs, Exception)
        result = store.ingest(docs[0])
        [entry] = result.claim_reviews
        claim_id = entry["claim_id"]
        before = store.claim(claim_id)["frame"]
        assert before["refutes"]["text"] == "The Tarnby pier collapsed last week."
        assert [m["relation"] for m in store.matches(claim_id)] == ["conflicts"]
    finally:
        store.engine.dispose()

    out = CliRunner().invoke(
        app,
        ["--db", db_url, "documents", "edit", str(result.id), "--published", "2026-05-15",
         "--reviewer", "desk", "--json"],
    )
    assert out.exit_code == 0, out.output
    store = Store(db_url)
    try:
        after = store.claim(claim_id)["frame"]
        assert after["refutes"]["text"] == "The Tarnby pier collapsed last week."
        assert after["refuted_by"] == before["refuted_by"]
        # the rated claim's own relative date is read on the new day too
        assert after["published"] == "2026-05-15"
        assert after["refutes"]["published"] == "2026-05-15"
        relations = [m["relation"] for m in store.matches(claim_id)]
        assert relations and "corroborates" not in relations
        assert store.claim(claim_id)["status"] == "disputed"
    finally:
        store.engine.dispose()
