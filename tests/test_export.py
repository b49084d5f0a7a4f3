"""Exports: ClaimReview JSON-LD shape, stable CSV/TSV/JSON Lines columns, golden files."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.report.export import (
    COLUMNS,
    claim_reviews,
    flatten,
    http_url,
    spreadsheet_cell,
    write_rows,
)
from tests.report_fixture import reprints_of, sample_report

GOLDEN = Path(__file__).parent / "golden"
runner = CliRunner()

# Store-shaped rows (what Store.claims / match_pairs / documents return), written by hand so
# the golden files change only when the export format does.
STORE_ROWS: dict[str, list[dict]] = {
    "claims": [
        {
            "id": 1,
            "text": "The collapse killed 12 people, officials said.",
            "quote": "The collapse killed 12 people, officials said.",
            "start": 0,
            "end": 46,
            "document_id": 1,
            "sentence_id": 1,
            "source": "Coastal Wire",
            "status": "disputed",
            "type": "quantity",
            "checkworthy": True,
            "checkworthiness": 0.91,
            "reasons": ["number"],
            "hedged": False,
            "assertiveness": "asserted",
            "markers": [
                {
                    "kind": "attribution",
                    "text": "officials said",
                    "start": 31,
                    "end": 45,
                    "speaker": "officials",
                }
            ],
            "pending_reviews": 0,
            "verdict": "false",
        },
        {
            "id": 2,
            "text": 'He said "stay\tinside",\nthen left last week.',
            "quote": 'He said "stay\tinside",\nthen left last week.',
            "start": 0,
            "end": 43,
            "document_id": 2,
            "sentence_id": 2,
            "source": "Northern, Herald",
            "status": "unverified",
            "type": "attribution",
            "checkworthy": False,
            "checkworthiness": 0.2,
            "reasons": [],
            "hedged": True,
            "assertiveness": "hedged",
            "markers": [],
            "pending_reviews": 1,
            "verdict": None,
            "dates": [
                {
                    "text": "last week",
                    "start": 33,
                    "end": 42,
                    "grain": "week",
                    "from": "2026-05-25",
                    "to": "2026-05-31",
                }
            ],
        },
    ],
    "matches": [
        {
            "match_id": 7,
            "claim_id": 1,
            "other_claim_id": 2,
            "relation": "conflicts",
            "automatic_relation": "corroborates",
            "score": 0.82,
            "reasons": ["numbers differ: 12 vs at least 15", "same event: score 0.82"],
            "needs_review": False,
            "independent": True,
            "decision": "conflicts",
            "reviewer": "Ana Ruiz",
            "decided_at": "2026-06-05T10:00:00Z",
            "created_at": "2026-06-04T09:00:00Z",
        }
    ],
    "documents": [
        {
            "id": 1,
            "source": "Coastal Wire",
            "title": "Bridge falls",
            "url": "https://example.org/a",
            "author": "A. Quill",
            "published": "2026-06-04",
            "retrieved_at": "2026-06-04T08:00:00Z",
            "ingested_at": "2026-06-04T08:00:00Z",
            "sha256": "ab" * 32,
            "language": "en",
            "format": "text",
            "origin": "a.txt",
            "copy_of": None,
            "copy_similarity": None,
            "chars": 120,
            "claims": 3,
        }
    ],
}


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, (
        f"{name} changed; if on purpose, rerun with FACTCHECK_UPDATE_GOLDEN=1 and review the diff"
    )


@pytest.mark.parametrize("table", sorted(COLUMNS))
@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl"])
def test_table_golden(table: str, fmt: str) -> None:
    records = [flatten(table, r) for r in STORE_ROWS[table]]
    _golden(f"export.{table}.{fmt}", write_rows(records, COLUMNS[table], fmt))


@pytest.mark.parametrize("table", sorted(COLUMNS))
def test_columns_are_the_records_keys_in_order(table: str) -> None:
    record = flatten(table, STORE_ROWS[table][0])
    assert tuple(record) == COLUMNS[table]
    text = write_rows([record], COLUMNS[table], "csv")
    assert tuple(next(csv.reader(io.StringIO(text)))) == COLUMNS[table]


def test_tsv_keeps_one_record_a_line() -> None:
    records = [flatten("claims", r) for r in STORE_ROWS["claims"]]
    lines = write_rows(records, COLUMNS["claims"], "tsv").splitlines()
    assert len(lines) == 3
    assert all(line.count("\t") == len(COLUMNS["claims"]) - 1 for line in lines)


def test_csv_round_trips_awkward_text() -> None:
    records = [flatten("claims", r) for r in STORE_ROWS["claims"]]
    rows = list(csv.DictReader(io.StringIO(write_rows(records, COLUMNS["claims"], "csv"))))
    assert rows[1]["text"] == STORE_ROWS["claims"][1]["text"]
    assert rows[1]["source"] == "Northern, Herald"
    assert rows[0]["checkworthy"] == "true" and rows[1]["verdict"] == ""


def test_jsonl_keeps_native_types() -> None:
    records = [flatten("claims", r) for r in STORE_ROWS["claims"]]
    first, second = (
        json.loads(line) for line in write_rows(records, COLUMNS["claims"], "jsonl").splitlines()
    )
    assert first["checkworthy"] is True and first["markers"][0]["kind"] == "attribution"
    assert first["dates"] == [] and second["dates"][0]["from"] == "2026-05-25"


def test_claims_table_gives_each_relative_date_and_the_days_it_names() -> None:
    records = [flatten("claims", r) for r in STORE_ROWS["claims"]]
    rows = list(csv.DictReader(io.StringIO(write_rows(records, COLUMNS["claims"], "csv"))))
    assert rows[0]["dates"] == ""
    assert rows[1]["dates"] == "last week: 2026-05-25..2026-05-31"
    day = {"text": "yesterday", "from": "2026-06-03", "to": "2026-06-03"}
    unanchored = {"text": "on Friday", "from": None, "to": None}
    cell = write_rows(
        [flatten("claims", {"dates": [day, unanchored]})], ["dates"], "csv"
    ).splitlines()[1]
    assert cell == "yesterday: 2026-06-03 | on Friday"


# -- ClaimReview ----------------------------------------------------------------------------


def _assert_claimreview_shape(review: dict) -> None:
    """The fields schema.org and Google's fact-check markup ask for, with their types."""
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert isinstance(review["claimReviewed"], str) and review["claimReviewed"]
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and isinstance(rating["alternateName"], str)
    assert "url" not in review or review["url"].startswith(("https://", "http://"))
    for cited in review.get("citation", ()):
        assert cited["@type"] == "CreativeWork" and cited["url"].startswith("http")
    assert review["author"]["@type"] in ("Organization", "Person") and review["author"]["name"]
    assert len(review["datePublished"]) == 10  # YYYY-MM-DD
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"]["@type"] == "Organization" and item["author"]["name"]
    assert len(item["datePublished"]) == 10
    assert item["appearance"] and all(a["@type"] == "CreativeWork" for a in item["appearance"])
    assert item["firstAppearance"]["@type"] == "CreativeWork"
    for work in (*item["appearance"], item["firstAppearance"]):
        assert "url" not in work or work["url"].startswith(("https://", "http://"))


def test_claimreview_golden_and_shape() -> None:
    reviews = claim_reviews(sample_report(), publisher="Harbour Checks")
    assert len(reviews) == 1  # one claim has a verdict
    for review in reviews:
        _assert_claimreview_shape(review)
    review = reviews[0]
    assert review["reviewRating"]["alternateName"] == "False"
    assert review["itemReviewed"]["author"]["name"] == "Coastal Wire"
    # The review's url is the fact-check's own page: without a template there is none; the
    # evidence is cited, never given as the review's page (the javascript: one is dropped,
    # and so is the article's javascript: URL).
    assert "url" not in review
    assert review["citation"] == [
        {"@type": "CreativeWork", "url": "https://example.org/list?a=1&b=2"}
    ]
    assert all("url" not in a for a in review["itemReviewed"]["appearance"])
    _golden("export.claimreview.json", json.dumps(reviews, ensure_ascii=False, indent=2) + "\n")


def test_claimreview_review_url_template() -> None:
    reviews = claim_reviews(sample_report(), review_url="https://desk.example/checks/{claim_id}")
    assert reviews[0]["url"] == "https://desk.example/checks/1"
    assert reviews[0]["author"] == {"@type": "Person", "name": "Ana Ruiz"}
    assert reviews[0]["citation"][0]["url"] == "https://example.org/list?a=1&b=2"


@pytest.mark.parametrize(
    "template",
    [
        "https://desk.example/checks/",  # no {claim_id}
        "https://desk.example/{claim_id}/{slug}",  # a field we cannot fill
        "javascript:alert({claim_id})",
        "desk.example/{claim_id}",  # no scheme
        "https://desk example/{claim_id}",
        "https://desk.example/%s/{claim_id}",  # a '%' that escapes nothing
    ],
)
def test_review_url_template_refused(template: str, tmp_path: Path) -> None:
    from factcheck.report.export import check_review_url_template

    with pytest.raises(ValueError):
        check_review_url_template(template)
    db = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    result = runner.invoke(app, ["--db", db, "export", "claimreview", "--url-template", template])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "--url-template" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    config = tmp_path / "config.toml"
    config.write_text(f'[claimreview]\nurl_template = "{template}"\n', encoding="utf-8")
    result = runner.invoke(app, ["--db", db, "--config", str(config), "export", "claimreview"])
    assert (
        result.exit_code == 2 and "url_template" in result.stderr and "config.toml" in result.stderr
    )


@pytest.mark.parametrize(
    ("url", "kept"),
    [("https://e.org/x", True), ("javascript:alert(1)", False), ("ftp://e.org", False)],
)
def test_http_url(url: str, kept: bool) -> None:
    assert (http_url(url) is not None) is kept


def test_export_commands(tmp_path: Path) -> None:
    from factcheck import review
    from factcheck.store import Store

    db = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert runner.invoke(app, ["--db", db, "demo", "--json"]).exit_code == 0
    result = runner.invoke(app, ["--db", db, "export", "claimreview"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert "no verdicts yet" in result.stderr
    store = Store(db)
    claim_id = store.claims(source="Northmarch Observer", status="disputed")[0]["id"]
    review.give_verdict(
        store, claim_id, "false", reviewer="Ana Ruiz", evidence_url="https://example.org/e"
    )
    out = tmp_path / "reviews.jsonld"
    result = runner.invoke(app, ["--db", db, "export", "claimreview", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "no url" in result.stderr and "--url-template" in result.stderr
    assert "[claimreview] url_template" in result.stderr
    reviews = json.loads(out.read_text())
    assert len(reviews) == 1
    _assert_claimreview_shape(reviews[0])
    assert reviews[0]["citation"] == [{"@type": "CreativeWork", "url": "https://example.org/e"}]
    # The desk's own page and name come from the configuration when not given.
    config = tmp_path / "config.toml"
    config.write_text(
        '[claimreview]\nurl_template = "https://checks.example/r/{claim_id}"\n'
        'publisher = "Harbour Checks"\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["--db", db, "--config", str(config), "export", "claimreview"])
    assert result.exit_code == 0 and "no url" not in result.stderr
    (configured,) = json.loads(result.stdout)
    assert configured["url"] == f"https://checks.example/r/{claim_id}"
    assert configured["author"] == {"@type": "Organization", "name": "Harbour Checks"}
    result = runner.invoke(
        app,
        [
            "--db",
            db,
            "--config",
            str(config),
            "export",
            "claimreview",
            "--review-url",
            "https://other.example/{claim_id}",
        ],
    )
    assert json.loads(result.stdout)[0]["url"] == f"https://other.example/{claim_id}"
    for table in COLUMNS:
        result = runner.invoke(app, ["--db", db, "export", "csv", table])
        assert result.exit_code == 0
        header = next(csv.reader(io.StringIO(result.stdout)))
        assert tuple(header) == COLUMNS[table]
        result = runner.invoke(app, ["--db", db, "export", "jsonl", table])
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        assert rows and all(tuple(r) == COLUMNS[table] for r in rows)
    verdicts = [
        json.loads(line)["verdict"]
        for line in runner.invoke(
            app, ["--db", db, "export", "jsonl", "claims"]
        ).stdout.splitlines()
    ]
    assert verdicts.count("false") == 1


def test_claims_csv_and_export_carry_the_anchored_dates(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'fc.sqlite3'}"
    text = "The Orley lock gates were replaced yesterday after 11 weeks of work.\n"
    result = runner.invoke(
        app,
        ["--db", db, "ingest", "-", "--source", "Canal Post", "--published", "2026-08-12"],
        input=text,
    )
    assert result.exit_code == 0, result.stderr
    for args in (["claims", "--csv"], ["export", "csv", "claims"]):
        result = runner.invoke(app, ["--db", db, *args])
        assert result.exit_code == 0, result.stderr
        [row] = csv.DictReader(io.StringIO(result.stdout))
        assert row["dates"] == "yesterday: 2026-08-11"


def test_control_characters_from_articles_never_reach_files(tmp_path: Path) -> None:
    # Escape sequences, BEL, C1 controls and bidi overrides in article text or outlet
    # names must not reach Markdown, HTML, CSV or TSV files (people cat them in
    # terminals): what is left after reading is shown as visible escapes.
    runner = CliRunner()
    db = f"sqlite:///{tmp_path / 'fc.sqlite3'}"
    text = (
        "Officials said 40 homes burned in \x1b[31mRedvale\x1b[0m on Monday.\n"
        "The mayor \x1b]0;PWNED\x07 said 12 people were hurt\u202e in the fire\x9b.\n"
    )
    for name, source in (("a.txt", "Wire \x1b[2J One"), ("b.txt", "Herald")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        result = runner.invoke(app, ["--db", db, "ingest", str(path), "--source", source])
        assert result.exit_code == 0, result.output
    unsafe = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
    outputs = []
    for fmt in ("md", "html", "csv"):
        out = tmp_path / f"report.{fmt}"
        result = runner.invoke(app, ["--db", db, "report", "-f", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_text(encoding="utf-8"))
    for fmt in ("csv", "tsv"):
        for table in ("documents", "claims"):
            result = runner.invoke(app, ["--db", db, "export", fmt, table])
            assert result.exit_code == 0, result.output
            outputs.append(result.stdout)
    for output in outputs:
        assert not unsafe.search(output), repr(unsafe.search(output))
    # Article text and an outlet name given on the command line are read without terminal
    # control (read.strip_terminal_control), so neither the colour, the screen clearing
    # nor the window title they carried is anywhere.
    assert any("Wire One" in o for o in outputs)
    assert not any("[2J" in o for o in outputs)
    assert not any("PWNED" in o or "[31m" in o for o in outputs)
    result = runner.invoke(app, ["--db", db, "export", "jsonl", "claims"])
    texts = "".join(json.loads(line)["text"] for line in result.stdout.splitlines())
    assert "Redvale" in texts and "\x1b" not in texts


@pytest.mark.parametrize(
    ("cell", "guarded"),
    [
        ('=HYPERLINK("http://x","y")', True),
        ("+44 said the council", True),
        ("-cmd|' /C calc'!A0", True),
        ("@SUM(A1:A9)", True),
        ("\tTab first", True),
        ("\rReturn first", True),
        ("-3", False),
        ("+1.5", False),
        ("-2e3", False),
        ("Coastal Wire", False),
        ("", False),
        ("12 killed", False),
    ],
)
def test_spreadsheet_cell_guards_formula_starts(cell: str, guarded: bool) -> None:
    assert spreadsheet_cell(cell) == ("'" + cell if guarded else cell)


def _spreadsheet_cells(output: str, fmt: str) -> list[str]:
    if fmt == "tsv":
        return [c for line in output.splitlines() for c in line.split("\t")]
    return [c for row in csv.reader(io.StringIO(output)) for c in row]


def test_no_csv_or_tsv_output_carries_a_formula(tmp_path: Path) -> None:
    # Outlet names and article text are untrusted: whatever starts like a spreadsheet
    # formula gets a leading quote in every CSV/TSV output (report, exports, listings),
    # while plain numbers stay numbers.
    db = f"sqlite:///{tmp_path / 'fc.sqlite3'}"
    text = (
        "@SUM(A1:A3) said 40 homes burned in Redvale on Monday.\n"
        "+Officials said 12 people were hurt in the fire on Monday.\n"
    )
    hostile = ('=HYPERLINK("http://x","y")', "-Wire One", "+Herald", "@Observer")
    for n, source in enumerate(hostile):
        path = tmp_path / f"{n}.txt"
        path.write_text(text.replace("40", str(40 + n)), encoding="utf-8")
        result = runner.invoke(app, ["--db", db, "ingest", str(path), "--source", source])
        assert result.exit_code == 0, result.output
    outputs: list[tuple[str, str]] = []
    out = tmp_path / "report.csv"
    result = runner.invoke(app, ["--db", db, "report", "-f", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    outputs.append((out.read_text(encoding="utf-8"), "csv"))
    out = tmp_path / "report.tsv"
    result = runner.invoke(app, ["--db", db, "report", "-f", "tsv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    tsv = out.read_text(encoding="utf-8")
    assert len(tsv.splitlines()) == len(list(csv.reader(io.StringIO(outputs[0][0]))))
    outputs.append((tsv, "tsv"))
    result = runner.invoke(app, ["--db", db, "report", "--csv"])
    if result.exit_code == 0:
        outputs.append((result.stdout, "csv"))
    for fmt in ("csv", "tsv"):
        for table in ("documents", "claims", "matches"):
            result = runner.invoke(app, ["--db", db, "export", fmt, table])
            assert result.exit_code == 0, result.output
            outputs.append((result.stdout, fmt))
        for listing in ("claims", "documents", "sources"):
            result = runner.invoke(app, ["--db", db, listing, f"--{fmt}"])
            assert result.exit_code == 0, result.output
            outputs.append((result.stdout, fmt))
    cells = [c for output, fmt in outputs for c in _spreadsheet_cells(output, fmt)]
    risky = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert all(re.fullmatch(r"[+-]?\d+(\.\d+)?", c) for c in risky), risky
    assert "'=HYPERLINK(\"http://x\",\"y\")" in cells
    assert any(c.startswith("'@SUM(A1:A3)") for c in cells)
    assert any(c.startswith("'-Wire One") for c in cells)


def test_first_appearance_is_the_claims_own_words_never_later_than_it() -> None:
    """``firstAppearance``: the claim's own document, or an earlier one stating it word for
    word (a corroboration or the original of a copy); never a document dated after the
    claim, never another outlet's claim that agrees in other words."""
    from dataclasses import replace

    from factcheck.report.model import DocumentEntry, MatchLinkEntry, Verdict

    report = sample_report()
    base = report.claims[0]

    def doc(i: int, source: str, day: str) -> DocumentEntry:
        return DocumentEntry(i, source, f"Report {i}", f"https://news.example/{i}", None, day,
                             None, (i,))

    def link(i: int, source: str) -> MatchLinkEntry:
        return MatchLinkEntry(i, i, source, "corroborates", 0.9, False, True)

    same = "The hall roof fell in on Sunday night, the caretaker said."
    reworded = "According to the caretaker, the roof of the hall fell in on Sunday night."
    ruled = replace(
        base,
        id=10,
        document_id=10,
        source="Valley Post",
        text=same,
        quote=same,
        matches=(link(11, "Ridge Radio"), link(12, "Fen Weekly"), link(13, "Moss Times")),
        verdict=Verdict(10, "true", reviewer="Desk C", decided_at="2026-05-09T08:00:00Z"),
    )
    reworded_earlier = replace(base, id=11, document_id=11, source="Ridge Radio",
                               text=reworded, quote=reworded, matches=(), verdict=None)
    same_later = replace(base, id=12, document_id=12, source="Fen Weekly",
                         text=same.upper(), quote=same.upper(), matches=(), verdict=None)
    same_earlier = replace(base, id=13, document_id=13, source="Moss Times",
                           text=same.replace(",", " —"), quote=same.replace(",", " —"),
                           matches=(), verdict=None)
    docs = (doc(10, "Valley Post", "2026-05-08"), doc(11, "Ridge Radio", "2026-05-06"),
            doc(12, "Fen Weekly", "2026-05-09"), doc(13, "Moss Times", "2026-05-07"))
    report = replace(report, documents=docs,
                     claims=(ruled, reworded_earlier, same_later, same_earlier))
    [review] = claim_reviews(report)
    _assert_claimreview_shape(review)
    item = review["itemReviewed"]
    assert item["datePublished"] == "2026-05-08"
    # Moss Times stated it in the same words the day before: the first known appearance.
    assert item["firstAppearance"]["author"]["name"] == "Moss Times"
    assert item["firstAppearance"]["datePublished"] <= item["datePublished"]
    # Every document that states it is an appearance, Ridge Radio's rewording included.
    assert {a["author"]["name"] for a in item["appearance"]} >= {"Ridge Radio", "Valley Post"}

    # Without the earlier same-worded article, the claim's own document is its first.
    alone = replace(report, claims=(replace(ruled, matches=ruled.matches[:2]),
                                    reworded_earlier, same_later))
    [review] = claim_reviews(alone)
    assert review["itemReviewed"]["firstAppearance"]["author"]["name"] == "Valley Post"


def test_same_words_are_the_articles_words_in_report_and_claimreview() -> None:
    """A claim's text can be reworded from what its article wrote (a pronoun resolved
    differently in a copy); "the same words" is read on the words as written (the quote)
    alike by the report's reprints and ClaimReview's ``firstAppearance``, so the two
    agree that the copy's claim is the original's."""
    from dataclasses import replace

    from factcheck.report.model import DocumentEntry, Verdict

    report = sample_report()
    quote = "It ran aground off Brenholm on Wednesday, the coastguard said."
    original = replace(report.claims[0], id=30, document_id=30, source="Skerry Wire",
                       text="The Tessel ferry ran aground off Brenholm on Wednesday.",
                       quote=quote, matches=(), verdict=None)
    copy = replace(original, id=31, document_id=31, source="Holm Gazette",
                   text="The ferry ran aground off Brenholm on Wednesday.",
                   verdict=Verdict(31, "true", reviewer="Desk R",
                                   decided_at="2026-06-12T09:00:00Z"))
    docs = (
        DocumentEntry(30, "Skerry Wire", "Aground", "https://wire.example/a", None,
                      "2026-06-08", None, (30,)),
        DocumentEntry(31, "Holm Gazette", "Aground", "https://holm.example/b", None,
                      "2026-06-09", 30, (31,)),
    )
    assert copy.text != original.text and copy.quote == original.quote
    assert reprints_of((original, copy), {31: 30}) == {31: 30}
    [review] = claim_reviews(replace(report, documents=docs, claims=(original, copy)))
    assert review["itemReviewed"]["firstAppearance"]["url"] == "https://wire.example/a"
    # Worded otherwise in the article too, the copy's claim is its outlet's own in both.
    own = replace(copy, quote="The ferry ran aground off Brenholm on Wednesday.")
    assert reprints_of((original, own), {31: 30}) == {}
    [review] = claim_reviews(replace(report, documents=docs, claims=(original, own)))
    assert review["itemReviewed"]["firstAppearance"]["url"] == "https://holm.example/b"


_WIRE = (
    "The Tessel ferry ran aground off Brenholm on Wednesday morning, the coastguard said.\n\n"
    "All 140 passengers were taken ashore by lifeboat, a coastguard spokesman said.\n\n"
    "The ferry company said the vessel had passed an inspection in June.\n"
)


@pytest.mark.parametrize(
    ("original_day", "copy_day"),
    [("2026-06-10", "2026-06-10"), ("2026-06-10", "2026-06-11")],
)
def test_a_reprints_claim_is_its_originals_whatever_the_day(
    store: Any, original_day: str, copy_day: str
) -> None:
    """A word-for-word reprint (stored as a copy) of a wire story, the same day or later:
    the ClaimReview of a claim in the reprint names the original's outlet as the Claim's
    author and its article as firstAppearance (the reprint is an appearance), as the
    ClaimReview of the same words in the original's own article does. A day later, the
    wire is the original; the same day, the very same text (one SHA-256, no credit) has
    no evidence of order, and the outlet whose name sorts first is the original
    (``syndication.original_key``), whichever was stored first."""
    from datetime import date

    from factcheck.read import RawDocument
    from factcheck.report import gather_report
    from factcheck.review import give_verdict

    store.ingest(RawDocument(text=_WIRE, source="Skerry Wire", url="https://wire.example/a",
                             published=date.fromisoformat(original_day)))
    store.ingest(RawDocument(text=_WIRE, source="Holm Gazette", url="https://holm.example/b",
                             published=date.fromisoformat(copy_day)))
    urls = {"Skerry Wire": "https://wire.example/a", "Holm Gazette": "https://holm.example/b"}
    first, later = ("Skerry Wire", "Holm Gazette") if copy_day > original_day else sorted(urls)
    docs = {d["source"]: d for d in store.documents()}
    assert docs[later]["copy_of"] == docs[first]["id"]
    assert docs[first]["copy_of"] is None
    claims = store.claims()
    [wire_claim] = [c for c in claims if c["source"] == first and "140" in c["text"]]
    [copy_claim] = [c for c in claims if c["source"] == later and "140" in c["text"]]
    for claim in (wire_claim, copy_claim):
        give_verdict(store, claim["id"], "true", reviewer="Desk R")
    reviews = claim_reviews(gather_report(store, with_text=False))
    assert len(reviews) == 2
    for review in reviews:
        _assert_claimreview_shape(review)
        item = review["itemReviewed"]
        assert item["author"] == {"@type": "Organization", "name": first}
        assert item["firstAppearance"]["author"]["name"] == first
        assert item["firstAppearance"]["url"] == urls[first]
        assert item["datePublished"] == original_day
        assert sorted(a["url"] for a in item["appearance"]) == sorted(urls.values())


def test_a_reprint_dated_before_its_original_still_names_the_original() -> None:
    """The copy relation decides, not the dates: a reprint stored with an earlier date
    than its original (a wrong date at ingest) still has the original as its Claim's
    author and first appearance."""
    from dataclasses import replace

    from factcheck.report.model import DocumentEntry, Verdict

    report = sample_report()
    base = report.claims[0]
    words = "The ferry had passed an inspection in June, the company said."
    original = replace(base, id=20, document_id=20, source="Skerry Wire", text=words,
                       quote=words, matches=(), verdict=None)
    reprint = replace(base, id=21, document_id=21, source="Holm Gazette", text=words,
                      quote=words, matches=(), reprint_of=20,
                      verdict=Verdict(21, "unproven", reviewer="Desk R",
                                      decided_at="2026-06-12T09:00:00Z"))
    docs = (
        DocumentEntry(20, "Skerry Wire", "Ferry aground", "https://wire.example/a", None,
                      "2026-06-10", None, (20,)),
        DocumentEntry(21, "Holm Gazette", "Ferry aground", "https://holm.example/b", None,
                      "2026-06-09", 20, (21,)),
    )
    report = replace(report, documents=docs, claims=(original, reprint))
    [review] = claim_reviews(report)
    _assert_claimreview_shape(review)
    item = review["itemReviewed"]
    assert review["claimReviewed"] == words
    assert item["author"]["name"] == "Skerry Wire"
    assert item["firstAppearance"]["url"] == "https://wire.example/a"
    assert item["datePublished"] == "2026-06-10"
    assert {a["author"]["name"] for a in item["appearance"]} == {"Skerry Wire", "Holm Gazette"}


@pytest.mark.parametrize("given", ["", "   ", "Harbour\x1b[2J Checks"])
def test_a_publisher_nobody_named_is_refused_not_replaced(tmp_path: Path, given: str) -> None:
    # An empty publisher used to fall back to the reviewer as a Person author: a name the
    # desk did not give. Option and config key are refused the same way, in one line.
    db = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    result = runner.invoke(app, ["--db", db, "export", "claimreview", "--publisher", given])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "--publisher: a publisher name" in result.stderr
    config = tmp_path / "config.toml"
    config.write_text(f"[claimreview]\npublisher = {json.dumps(given)}\n", encoding="utf-8")
    result = runner.invoke(app, ["--db", db, "--config", str(config), "export", "claimreview"])
    assert result.exit_code == 2 and result.stdout == ""
    assert "config.toml" in result.stderr and "[claimreview] publisher" in result.stderr


def test_a_publisher_is_trimmed() -> None:
    from factcheck.review import check_publisher

    assert check_publisher("  Harbour Checks ") == "Harbour Checks"


def _output_commands(command: object, path: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    found = set()
    if any("--output" in getattr(p, "opts", ()) for p in getattr(command, "params", ())):
        found.add(path)
    for name, sub in getattr(command, "commands", {}).items():
        found |= _output_commands(sub, (*path, name))
    return found


def test_dash_output_is_standard_output_for_every_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-o -`` prints what no ``-o`` prints (as ``ingest -`` reads standard input),
    on every command that takes ``-o``; no file named "-" is written."""
    db = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert runner.invoke(app, ["--db", db, "demo", "--json"]).exit_code == 0
    monkeypatch.chdir(tmp_path)
    calls = {
        ("report",): ["report", "-f", "csv"],
        ("export", "claimreview"): ["export", "claimreview"],
        ("export", "csv"): ["export", "csv", "claims"],
        ("export", "tsv"): ["export", "tsv", "documents"],
        ("export", "jsonl"): ["export", "jsonl", "matches"],
    }
    assert _output_commands(typer.main.get_command(app)) == set(calls)
    for args in calls.values():
        plain = runner.invoke(app, ["--db", db, *args])
        dash = runner.invoke(app, ["--db", db, *args, "-o", "-"])
        assert dash.exit_code == 0, dash.stderr
        assert dash.stdout == plain.stdout and dash.stdout.strip(), args
        assert "wrote" not in dash.stderr
        assert not (tmp_path / "-").exists(), args
    # a file named "-" is still there to be had, by its whole path
    result = runner.invoke(app, ["--db", db, "export", "csv", "claims", "-o", str(tmp_path / "-")])
    assert result.exit_code == 0 and (tmp_path / "-").read_text().startswith("id,")
    refused = runner.invoke(app, ["--db", db, "demo", "--html", "-"])
    assert refused.exit_code == 2 and "--html needs a file name" in refused.stderr
