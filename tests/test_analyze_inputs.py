"""`factcheck analyze` reads HTML and JSON Lines as ingest does; HTML provenance is cleaned."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.read import RawDocument, clean_author, documents_from_text, page_author

runner = CliRunner()


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def page(
    *,
    meta_author: str = "Email the author",
    byline: str = '<p class="byline">By <span class="author">Ann Lee</span></p>',
    published: str = "2026-03-02T07:00:00Z",
    modified: str = "2026-03-09T18:30:00Z",
) -> str:
    return f"""<!doctype html>
<html><head>
<title>Harl Bridge reopens after repairs | Valley Post</title>
<meta name="author" content="{meta_author}">
<meta property="article:published_time" content="{published}">
<meta property="article:modified_time" content="{modified}">
<meta property="og:site_name" content="Valley Post">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harl Bridge reopens after repairs</h1>
{byline}
<p>The Harl Bridge reopened yesterday after three weeks of repairs, the county said.</p>
<p>About 12,000 vehicles cross the bridge every day, according to the county roads office.</p>
<p>Repairs cost $1.2 million, two-thirds of it paid by the state.</p>
</article>
<footer>Copyright Valley Post. <a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def test_analyze_html_extracts_the_article_like_ingest(tmp_path: Path) -> None:
    path = tmp_path / "bridge.html"
    path.write_text(page(), encoding="utf-8")
    code, out, err = run("analyze", str(path), "--json")
    assert code == 0, err
    data = json.loads(out)
    (doc,) = documents_from_text(page(), RawDocument(text="", origin=str(path)))
    assert data["text"] == doc.text
    claims = [c["text"] for c in data["claims"]]
    assert "The Harl Bridge reopened yesterday after three weeks of repairs, the county said." in (
        claims
    )
    assert not any("<" in c or "Privacy" in c or "Home" in c for c in claims)
    for claim in data["claims"]:
        assert data["text"][claim["start"] : claim["end"]] == claim["quote"]
    assert data["document"]["author"] == "Ann Lee"
    assert data["document"]["published"] == "2026-03-02"
    assert data["document"]["format"] == "html"
    # "yesterday" is anchored to the page's own publication date.
    reopened = next(c for c in data["claims"] if "yesterday" in c["text"])
    assert reopened["dates"][0]["from"] == "2026-03-01"


def test_analyze_html_from_stdin_needs_no_suffix() -> None:
    code, out, err = run("analyze", "-", "--json", input=page())
    assert code == 0, err
    assert json.loads(out)["document"]["format"] == "html"


def test_analyze_published_option_beats_the_page_and_anchors_dates(tmp_path: Path) -> None:
    path = tmp_path / "bridge.html"
    path.write_text(page(), encoding="utf-8")
    code, out, _ = run("analyze", str(path), "--json", "--published", "March 10, 2026")
    data = json.loads(out)
    assert code == 0 and data["published"] == "2026-03-10"
    reopened = next(c for c in data["claims"] if "yesterday" in c["text"])
    assert reopened["dates"][0]["from"] == "2026-03-09"


def test_analyze_jsonl_gives_one_analysis_per_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    rows = [
        {
            "text": "The bridge reopened yesterday.",
            "source": "Valley Post",
            "published": "2026-03-10",
        },
        {"text": "KESTROW (Wire) — Half of staff backed the deal.", "published": "10 March 2026"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out, err = run("analyze", str(path), "--json")
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 2
    assert [d["document"]["origin"] for d in lines] == [f"{path}:1", f"{path}:2"]
    assert lines[0]["document"]["source"] == "Valley Post"
    assert lines[0]["claims"][0]["dates"][0]["from"] == "2026-03-09"
    assert lines[1]["credits"][0]["outlet"] == "Wire"
    assert [c["text"] for c in lines[1]["claims"]] == ["Half of staff backed the deal."]
    for data in lines:
        for claim in data["claims"]:
            assert data["text"][claim["start"] : claim["end"]] == claim["quote"]
    code, out, _ = run("analyze", str(path))
    assert code == 0 and f"{path}:2" in out


def test_analyze_jsonl_bad_date_names_the_line() -> None:
    code, out, err = run(
        "analyze", "-", "--format", "jsonl", input='{"text": "x", "published": "03/04/2026"}\n'
    )
    assert code != 0 and out == ""
    assert "<stdin>:1: invalid published date '03/04/2026': ambiguous" in err


def test_analyze_text_keeps_offsets_into_the_input_and_reads_the_header_date() -> None:
    text = "Title: Bridge\nPublished: March 10, 2026\n\nThe bridge reopened yesterday.\n"
    code, out, _ = run("analyze", "-", "--json", input=text)
    data = json.loads(out)
    assert code == 0 and "text" not in data
    (claim,) = data["claims"]
    assert text[claim["start"] : claim["end"]] == claim["quote"]
    assert claim["dates"][0]["from"] == "2026-03-09"
    assert data["document"]["title"] == "Bridge"


def test_analyze_dates_a_text_given_no_date_by_its_dateline_as_ingest_does() -> None:
    text = "HARL, May 4, 2026 (Coastal Wire) — The sluice gate jammed open yesterday.\n"
    code, out, _ = run("analyze", "-", "--json", input=text)
    data = json.loads(out)
    assert code == 0
    assert data["published"] == data["document"]["published"] == "2026-05-04"
    (claim,) = data["claims"]
    assert claim["text"] == "The sluice gate jammed open yesterday."
    assert claim["dates"][0]["from"] == "2026-05-03"
    # a date given is kept
    code, out, _ = run("analyze", "-", "--json", "--published", "2026-05-06", input=text)
    assert json.loads(out)["published"] == "2026-05-06"


def test_analyze_text_takes_the_author_from_its_byline_as_ingest_does() -> None:
    text = "Sluice Gate Jams Open\n\nBy Pia Loft\n\nThe sluice gate jammed open at noon.\n"
    code, out, _ = run("analyze", "-", "--json", input=text)
    data = json.loads(out)
    assert code == 0
    assert data["document"]["author"] == "Pia Loft"
    assert data["document"]["title"] == "Sluice Gate Jams Open"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ann Lee", "Ann Lee"),
        ("By Ann Lee", "Ann Lee"),
        ("  by   Ann   Lee ", "Ann Lee"),
        ("Ann Lee; Tom Roe", "Ann Lee; Tom Roe"),
        ("Ann Lee; Staff", "Ann Lee"),
        ("Email the author", None),
        ("E-mail", None),
        ("Staff", None),
        ("Staff Writer", None),
        ("By Staff", None),
        ("Newsroom", None),
        ("admin", None),
        ("https://valleypost.example/authors/ann-lee", None),
        ("www.valleypost.example", None),
        ("ann.lee@valleypost.example", None),
        ("Follow Ann on social media", None),
        ("12345", None),
        ("", None),
        (None, None),
    ],
)
def test_clean_author(value: str | None, expected: str | None) -> None:
    assert clean_author(value) == expected


@pytest.mark.parametrize(
    ("html_byline", "meta", "expected"),
    [
        ('<p class="byline">By Ann Lee</p>', "Email the author", "Ann Lee"),
        ('<a rel="author" href="/a/1">Tom Roe</a>', "https://valleypost.example/a/1", "Tom Roe"),
        ('<span itemprop="author">Ann Lee</span>', "Staff", "Ann Lee"),
        ('<p class="byline">Email the author</p>', "Ann Lee", "Ann Lee"),
        ("", "Ann Lee", "Ann Lee"),
        ("", "Staff", None),
    ],
)
def test_visible_byline_beats_junk_meta(html_byline: str, meta: str, expected: str | None) -> None:
    assert page_author(page(byline=html_byline, meta_author=meta), meta) == expected


@pytest.mark.parametrize(
    "html_byline",
    [
        '<p class="byline">By Ann Lee <time datetime="2026-03-03">March 3, 2026</time></p>',
        '<div class="byline">By <a href="/a/1">Ann Lee</a> | <time datetime="2026-03-03T10:00Z">'
        "Updated 3 March 2026, 10:00</time></div>",
        '<p class="byline">Ann Lee, <time>Tuesday 3 March 2026</time></p>',
        # a date written beside the name without a <time> element
        '<p class="byline">By Ann Lee, March 3, 2026</p>',
        '<p class="byline">Ann Lee · 3 March 2026 10:00 BST</p>',
        '<p class="byline">By Ann Lee - Updated 2 hours ago</p>',
    ],
)
def test_a_byline_holding_its_date_gives_the_author_without_it(html_byline: str) -> None:
    assert page_author(page(byline=html_byline, meta_author="Staff"), "Staff") == "Ann Lee"


def test_html_keeps_the_original_publication_date_over_a_modified_date() -> None:
    (doc,) = documents_from_text(
        page(published="2026-03-02T07:00:00Z", modified="2026-03-20T09:00:00Z"),
        RawDocument(text="", origin="a.html"),
    )
    assert doc.published == date(2026, 3, 2)
    assert doc.author == "Ann Lee"


_AMBIGUOUS_PAGE = """<html><head><title>Quay closes</title>
<meta property="article:published_time" content="05/06/2026">
</head><body><article><h1>Tarn quay closes for repairs</h1>
<p>The Tarn quay closed yesterday after cracks were found in its wall, the port said.</p>
<p>About 30 fishing boats will moor at Hollin until the work is done.</p>
</article></body></html>
"""


@pytest.mark.parametrize("command", ["analyze", "ingest"])
def test_an_ambiguous_meta_date_is_one_warning_naming_the_file(
    tmp_path: Path, command: str
) -> None:
    path = tmp_path / "quay.html"
    path.write_text(_AMBIGUOUS_PAGE, encoding="utf-8")
    extra = ["--db", str(tmp_path / "fc.sqlite3")] if command == "ingest" else []
    args = [*extra, command, str(path), "--json"]
    if command == "ingest":
        args += ["--source", "Tarn Post"]
    code, out, err = run(*args)
    assert code == 0, err
    warnings = json.loads(out)["warnings"]
    assert [(w["origin"], w["line"]) for w in warnings] == [(str(path), 2)]
    assert "'05/06/2026'" in warnings[0]["message"]
    assert "ambiguous" in warnings[0]["message"]
    lines = [line for line in err.splitlines() if "warning" in line]
    assert lines == [f"{path}:2: warning: {warnings[0]['message']}"]
    # given a date, the page's own is not read, and nothing is said
    code, out, err = run(*args, "--published", "2026-06-05")
    assert code == 0, err
    assert json.loads(out)["warnings"] == []
