"""Listings at 80 columns and in pipes: one line per row, whole headers, row formats,
and an empty listing that says why."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.report.listing import Col, fit_columns, format_rows

runner = CliRunner()


@pytest.fixture
def demo_db(tmp_path: Path) -> str:
    db = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert runner.invoke(app, ["--db", db, "demo", "--json"]).exit_code == 0
    return db


def run80(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env={"COLUMNS": "80", "NO_COLOR": "1"})
    return result.exit_code, result.stdout, result.stderr


def test_claims_take_one_line_each_at_80_columns(demo_db: str) -> None:
    code, out, err = run80("--db", demo_db, "claims", "--limit", "8")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) <= 8 + 3  # title, header, rule, then one line per claim
    assert all(len(line) <= 80 for line in lines)
    assert "…" in out  # long claims are cut, not wrapped
    assert "status" in lines[1] and "claim" in lines[1]


def test_marker_headers_and_document_dates_stay_whole(demo_db: str) -> None:
    _, out, _ = run80("--db", demo_db, "markers")
    header = out.splitlines()[1]
    for word in ("source", "hedged", "weasel"):
        assert word in header
    assert all(len(line) <= 80 for line in out.splitlines())
    _, out, _ = run80("--db", demo_db, "documents")
    assert "2026-06-03" in out and "published" in out


def test_fit_columns_drops_least_important_first() -> None:
    cols = [
        Col("id", width=3),
        Col("claim", least=30),
        Col("status", width=12),
        Col("span", width=9, priority=5),
        Col("markers", priority=3, least=20),
    ]
    assert fit_columns(cols, 200) == [0, 1, 2, 3, 4]
    assert fit_columns(cols, 60) == [0, 1, 2]
    assert fit_columns(cols, 10) == [1] or len(fit_columns(cols, 10)) == 1


def test_columns_empty_in_every_row_give_their_room_to_text() -> None:
    from rich.console import Console

    from factcheck.report.listing import fitted_table

    cols = [Col("id", width=2), Col("name", least=10), Col("group", least=12), Col("note")]
    rows = [
        ["1", "Kestrel Valley Courier and Evening Gazette", "", ""],
        ["2", "Quay Post", "", " "],
    ]
    console = Console(width=60, record=True, no_color=True)
    console.print(fitted_table(cols, rows, width=60))
    lines = console.export_text().splitlines()
    assert "group" not in lines[0] and "note" not in lines[0]
    assert "Kestrel Valley Courier and Evening Gazette" in lines[2]  # the room went to it
    one_filled = [["1", "Quay Post", "Quay Media", ""]]
    console = Console(width=60, record=True, no_color=True)
    console.print(fitted_table(cols, one_filled, width=60))
    assert "group" in console.export_text().splitlines()[0]


def test_a_text_column_takes_no_more_than_its_longest_value() -> None:
    """Short outlet names are shown whole beside long headlines: a text column neither
    reserves nor takes more room than its longest value, and what it leaves goes to the
    text that is still cut."""
    from rich.console import Console

    from factcheck.report.listing import fitted_table

    cols = [Col("id", width=2), Col("outlet", least=16), Col("headline", ratio=3, least=20)]
    rows = [
        ["1", "Tarn Gazette", "Council votes to close the swimming baths on Harbour Road"],
        ["2", "Quay Post", "Swimming baths to shut in spring after years of repair bills"],
    ]
    console = Console(width=60, record=True, no_color=True)
    console.print(fitted_table(cols, rows, width=60))
    lines = console.export_text().splitlines()
    assert all(len(line) <= 60 for line in lines)
    assert "Tarn Gazette   Council votes to close the swimming" in lines[2]
    # Long outlet names share the room with the headline instead of being cut to a stub.
    rows[0][1] = "The Tarn and Upper Dale Evening Gazette"
    console = Console(width=80, record=True, no_color=True)
    console.print(fitted_table(cols, rows, width=80))
    first = console.export_text().splitlines()[2]
    assert "The Tarn and Upper" in first and "Council votes to close" in first


def test_documents_give_outlet_names_room_at_80_columns(tmp_path: Path) -> None:
    from factcheck.read import RawDocument
    from factcheck.store import Store

    db = f"sqlite:///{tmp_path / 'outlets.sqlite3'}"
    store = Store(db)
    headline = "Harbour baths close after the council vote on repair bills"
    for source in ("Northern Herald", "Lakeside Bugle"):
        store.ingest(
            RawDocument(
                text="The council voted to close the Harbour Road baths on Monday.",
                source=source,
                title=headline,
            )
        )
    store.engine.dispose()
    _, out, _ = run80("--db", db, "documents")
    assert "Northern Herald " in out and "Lakeside Bugle " in out
    assert all(len(line) <= 80 for line in out.splitlines())


def test_documents_show_which_is_a_copy_at_80_columns(tmp_path: Path) -> None:
    """A reprint's "copy of" column stays at 80 columns beside long outlet names,
    headlines and dates (the claim and story counts give way first)."""
    from datetime import date

    from factcheck.read import RawDocument
    from factcheck.store import Store

    db = f"sqlite:///{tmp_path / 'copies.sqlite3'}"
    store = Store(db)
    text = (
        "The Tessel ferry ran aground off Brenholm on Wednesday morning, the coastguard "
        "said.\n\nAll 140 passengers were taken ashore by lifeboat, a coastguard spokesman "
        "said.\n\nThe ferry company said the vessel had passed an inspection in June.\n"
    )
    # The reprint a day later, so the wire is the original by date (on one day the very
    # same text has no order and the outlet whose name sorts first is the original).
    for day, source in ((10, "Skerry Coast Wire Service"), (11, "Holm Gazette and Evening Post")):
        store.ingest(
            RawDocument(
                text=text,
                source=source,
                title="Ferry runs aground off Brenholm, all safe",
                published=date(2026, 6, day),
            )
        )
    docs = {d["source"]: d for d in store.documents()}
    store.engine.dispose()
    copy = docs["Holm Gazette and Evening Post"]
    assert copy["copy_of"] == docs["Skerry Coast Wire Service"]["id"]
    code, out, err = run80("--db", db, "documents")
    assert code == 0, err
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    header = next(line for line in lines if line.startswith("id "))
    assert "copy of" in header
    at = header.index("copy of") + len("copy of")
    row = next(line for line in lines if line.lstrip().startswith(f"{copy['id']}   "))
    assert row[:at].rstrip().endswith(f" {copy['copy_of']}")


@pytest.mark.parametrize(
    "command",
    [
        ["documents"],
        ["claims"],
        ["show", "1"],
        ["matches", "3"],
        ["markers"],
        ["sources"],
        ["stories"],
        ["stories", "show", "1"],
    ],
)
def test_every_listing_has_csv_tsv_and_nl(demo_db: str, command: list[str]) -> None:
    code, out, err = run80("--db", demo_db, *command, "--csv")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert len(rows) >= 2 and all(len(r) == len(rows[0]) for r in rows)
    code, out, _ = run80("--db", demo_db, *command, "--tsv")
    lines = out.splitlines()
    assert code == 0 and len({line.count("\t") for line in lines}) == 1
    code, out, _ = run80("--db", demo_db, *command, "--nl")
    assert code == 0 and all(isinstance(json.loads(line), dict) for line in out.splitlines())
    code, _, err = run80("--db", demo_db, *command, "--csv", "--nl")
    assert code == 2 and "one of" in err


def test_format_rows_flattens_nested_values() -> None:
    rows = [{"source": "A", "by_kind": {"hedge": 2}, "top": [{"text": "may", "count": 2}]}]
    text = format_rows(rows, "csv")
    assert "hedge=2" in text and "text=may; count=2" in text


def test_empty_database_says_where_the_demo_is(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import factcheck.demo

    demo = tmp_path / "demo.sqlite3"
    demo.write_bytes(b"")
    monkeypatch.setattr(factcheck.demo, "demo_db_path", lambda: demo)
    code, out, err = run80("claims")
    assert code == 0 and out == ""
    assert "empty" in err and str(demo) in err


def test_unknown_source_suggests_close_names(demo_db: str) -> None:
    code, out, err = run80("--db", demo_db, "claims", "--source", "harbour wire")
    # an outlet that does not exist is a refused request (exit 2), not an empty listing
    assert code == 2 and out == ""
    assert "'Harbour Wire'" in err and "exact" in err and len(err.strip().splitlines()) == 1


def test_filters_that_match_nothing_are_named(demo_db: str) -> None:
    code, out, err = run80(
        "--db", demo_db, "claims", "--source", "Harbour Wire", "--type", "opinion", "--hedged"
    )
    assert code == 0 and out == ""
    assert "--source Harbour Wire" in err and "--type opinion" in err and "--hedged" in err


def test_show_leads_with_the_verbatim_quote_and_its_source(demo_db: str) -> None:
    _, listing, _ = run80("--db", demo_db, "claims", "--source", "Harbour Wire", "--json")
    claim = json.loads(listing)[0]
    code, out, _ = run80("--db", demo_db, "show", str(claim["id"]))
    assert code == 0
    lines = out.splitlines()
    assert lines[1].startswith("“" + claim["quote"][:20])
    assert any(line.strip().startswith("— Harbour Wire") for line in lines[:6])


def _words(text: str) -> str:
    return " ".join(text.split())


def test_matches_and_show_read_at_80_columns(demo_db: str) -> None:
    """Each match is a block: head line, the other claim whole, reasons one a line."""
    _, listing, _ = run80("--db", demo_db, "claims", "--status", "disputed", "--json")
    claim = json.loads(listing)[0]
    _, found, _ = run80("--db", demo_db, "matches", str(claim["id"]), "--json")
    matches = json.loads(found)
    assert matches
    for command in ("matches", "show"):
        code, out, err = run80("--db", demo_db, command, str(claim["id"]))
        assert code == 0, err
        lines = out.splitlines()
        assert all(len(line) <= 80 for line in lines), command
        flat = _words(out)
        for m in matches:
            # the other claim's text is there whole, in order, not cut or one word a line
            assert _words(m["text"]) in flat, (command, m["match_id"])
            head = next(line for line in lines if line.strip().startswith(f"#{m['match_id']} "))
            assert m["relation"] in head and f"{m['score']:.2f}" in head
            assert ("waits for review" in head) == m["needs_review"]
        # reasons are in a reporter's words, the deciding one first: never the
        # matcher's shorthand ("fuzzy text: token sort ratio 0.57")
        assert "why " in flat and "token sort ratio" not in flat and "same subject:" not in flat
        assert "why different figures" in flat or "why say the opposite" in flat, command
    _, out, _ = run80("--db", demo_db, "matches", str(claim["id"]))
    # a block is a few lines: head, outlet, the text (wrapped), up to four reasons and more
    assert len(out.splitlines()) <= 6 + 11 * len(matches)
    # a person's decision shows who decided it and why
    first = matches[0]["match_id"]
    code, _, err = run80(
        "--db", demo_db, "decide", str(first), "unrelated", "--note", "two different streets",
        "--reviewer", "Ana",
    )
    assert code == 0, err
    _, out, _ = run80("--db", demo_db, "matches", str(claim["id"]))
    block = out.split(f"#{first} ", 1)[1].split("\n\n", 1)[0]
    assert block.startswith("unrelated") and "decided by Ana" in block
    assert "note two different streets" in _words(block)


def test_stories_take_one_line_each_and_history_pipes(demo_db: str) -> None:
    code, out, err = run80("--db", demo_db, "stories")
    assert code == 0, err
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert "story" in lines[1] and "claims" in lines[1]
    assert len(lines) == 3 + len(json.loads(run80("--db", demo_db, "stories", "--json")[1]))
    code, _, err = run80(
        "--db", demo_db, "verdict", "3", "unproven", "--note", "no count yet", "--reviewer", "Ana"
    )
    assert code == 0, err
    code, out, _ = run80("--db", demo_db, "history", "3", "--csv")
    [header, row] = list(csv.reader(io.StringIO(out)))
    entry = dict(zip(header, row, strict=True))
    assert entry["action"] == "verdict" and entry["reviewer"] == "Ana"
    assert json.loads(entry["new"])["rating"] == "unproven"  # before/after stay JSON
    code, out, _ = run80("--db", demo_db, "history", "3", "--nl")
    assert json.loads(out)["new"]["rating"] == "unproven"


def test_stories_show_reads_at_80_columns(demo_db: str) -> None:
    """Each document of a story is a block: head line, headline, why it is in the story
    wrapped under its own column; the claims stay one line each."""
    [story] = json.loads(run80("--db", demo_db, "stories", "--json")[1])
    code, out, err = run80("--db", demo_db, "stories", "show", str(story["id"]))
    assert code == 0, err
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    shown = json.loads(run80("--db", demo_db, "stories", "show", str(story["id"]), "--json")[1])
    for d in shown["documents"]:
        head = next(line for line in lines if line.strip().startswith(f"#{d['id']} "))
        assert d["source"] in head and (d["published"] or "") in head
        assert _words(d["title"]) in _words(out)
    # the reasons read as whole words: no shared term is split over two lines
    whys = [line for line in lines if line.strip().startswith("why ")]
    assert len(whys) == len(shown["documents"])
    assert all(line.rstrip()[-1] != "(" for line in lines if line.strip())
    title = next(
        i for i, line in enumerate(lines) if line.startswith(f"{len(shown['claims'])} claims")
    )
    claim_rows = lines[title + 3 :]  # title, header, rule, then one line per claim
    assert len(claim_rows) == len(shown["claims"])
    assert all(row.strip()[:1].isdigit() for row in claim_rows)


def test_story_document_blocks_escape_article_text() -> None:
    from rich.console import Console

    from factcheck.report.listing import story_document_blocks

    console = Console(width=80, file=io.StringIO(), color_system=None)
    doc = {"id": 4, "source": "Wire\x1b[2J", "published": None, "title": "[bold]x[/] \u202eok"}
    console.print(story_document_blocks([doc], ["started this story"]))
    out = console.file.getvalue()  # type: ignore[attr-defined]
    assert "\x1b" not in out and "\\x1b[2J" in out and "[bold]x[/]" in out
    assert "\u202e" not in out


def test_demo_fits_one_screen(tmp_path: Path) -> None:
    code, out, err = run80("--db", f"sqlite:///{tmp_path / 'd.sqlite3'}", "demo")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) <= 50 and all(len(line) <= 80 for line in lines)
    assert "DISPUTED" in out and "CORROBORATED" in out
    assert "contradicted by" in out and "Northmarch Observer" in out
    assert "wait for a person" in out
    assert out.count('factcheck --db "$DEMO"') == 3


def test_demo_writes_the_html_report(tmp_path: Path) -> None:
    html = tmp_path / "demo.html"
    code, _, err = run80("--db", f"sqlite:///{tmp_path / 'd.sqlite3'}", "demo", "--html", str(html))
    assert code == 0, err
    text = html.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "Northmarch Observer" in text


@pytest.mark.parametrize(
    "path",
    [
        ["ingest"],
        ["documents"],
        ["claims"],
        ["show"],
        ["matches"],
        ["markers"],
        ["report"],
        ["demo"],
        ["export", "csv"],
        ["export", "claimreview"],
        ["sources"],
        ["sources", "set"],
        ["stories"],
        ["stories", "show"],
        ["stories", "rename"],
        ["stories", "rebuild"],
        ["compare"],
        ["rematch"],
        ["rescore"],
        ["analyze"],
        ["db", "upgrade"],
        ["db", "path"],
        ["db", "copy"],
        ["db", "current"],
    ],
)
def test_help_has_an_example(path: list[str]) -> None:
    result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0
    assert "Example: factcheck" in result.stdout
    # metavars are words (N, OUTLET, DATE, FILE), not Python types, in any typer version
    for python_type in ("INTEGER", "TEXT", "<int", "<str", "<path", "9223372036854775807"):
        options = result.stdout.split("Options:")[-1]
        assert python_type not in options, python_type
    # a bound reads as words ("0 to 1"), never click's "x>=1" or "0<=x<=1"
    assert "x>=" not in result.stdout and "<=x" not in result.stdout


def test_match_block_shows_the_deciding_reason_first() -> None:
    from rich.console import Console

    from factcheck.report.listing import match_blocks

    match = {
        "match_id": 5,
        "relation": "conflicts",
        "score": 0.7,
        "needs_review": False,
        "independent": True,
        "claim_id": 9,
        "source": "Valley Post",
        "text": "The depot flooded on Friday.",
        "reasons": [
            "same subject: depot",
            "attributed: the police",
            "dates differ: Thursday vs Friday",
        ],
    }
    console = Console(width=80, file=io.StringIO(), color_system=None)
    console.print(match_blocks([match]))
    lines = [line.strip() for line in console.file.getvalue().splitlines()]  # type: ignore[attr-defined]
    why = lines.index("why different dates: Thursday vs Friday")
    assert lines[why + 1 : why + 3] == ["both about depot", "attributed to the police"]


def test_every_help_page_has_an_example() -> None:
    """Every command and command group, found by walking the app (a new one is checked
    without being listed here)."""
    import typer.main

    # Typer builds the command tree on its own copy of Click in recent versions, so the
    # tree is walked by its ``commands`` mapping, not by importing Click's classes.
    def walk(command: Any, path: list[str]) -> list[list[str]]:
        found = [path]
        for name, sub in (getattr(command, "commands", None) or {}).items():
            found += walk(sub, [*path, name])
        return found

    missing = []
    for path in walk(typer.main.get_command(app), []):
        result = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "100"})
        assert result.exit_code == 0, path
        if "Example: factcheck" not in result.stdout:
            missing.append(" ".join(path))
    assert missing == []


def test_the_ingest_table_keeps_one_row_per_line_at_80_columns(tmp_path: Path) -> None:
    headline = "Title: " + "A long headline on the Quarry Lane depot repairs and their cost " * 2
    paths = []
    for n in range(3):
        path = tmp_path / f"depot{n}.txt"
        path.write_text(f"{headline}\n\nThe Quarry Lane depot reopened after {n + 2} weeks.\n")
        paths.append(str(path))
    db = str(tmp_path / "d.sqlite3")
    args = ["--db", db, "ingest", *paths, "--source", "Northern Valley Evening Herald Online"]
    result = runner.invoke(app, args, env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    rows = [line for line in lines if "Northern" in line]
    assert len(rows) == 3 and all("…" in row for row in rows)
    result = runner.invoke(app, [*args[:2], "documents", "--json"])
    docs = json.loads(result.stdout)
    assert {d["source"] for d in docs} == {"Northern Valley Evening Herald Online"}


def test_a_fitted_table_uses_the_whole_width() -> None:
    """A table has no outer edge: n columns take their widths and 3 cells between each
    two, so an outlet name that fits the terminal exactly is shown whole, not cut."""
    from rich.console import Console

    from factcheck.report.listing import fitted_table

    cols = [Col("source", ratio=1, least=8), Col("claims", width=6), Col("weasel", width=6)]
    name = "Upper Teign Valley Chronicle"  # 28 cells: 28 + 3 + 6 + 3 + 6 = 46
    console = Console(width=46, file=io.StringIO(), color_system=None)
    console.print(fitted_table(cols, [[name, "12", "1"]], width=46))
    lines = console.file.getvalue().splitlines()  # type: ignore[attr-defined]
    assert any(line.startswith(name) for line in lines), lines
    assert max(len(line.rstrip()) for line in lines) <= 46


def test_markers_at_80_columns_keep_a_long_outlet_name_whole(tmp_path: Path) -> None:
    """`markers` at 80 columns with a 16-character outlet: the outlet is shown whole (a
    less important count column gives way; "Northern Heral…" would read as another
    outlet), headers never break mid-word, one row per source, no line over 80."""
    from datetime import date

    from factcheck.read import RawDocument
    from factcheck.store import Store

    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    store = Store(url)
    long_name = "Ostrava Heralds"  # 15 characters: the name and the one below differ
    longer = "Ostrava Heraldss"  # 16 characters
    for source, text in (
        (longer, "Officials said about 40 homes were reportedly flooded. Sources say the "
                 "dam may have cracked. The mayor clearly said repairs will cost 3 million."),
        (long_name, "The dam burst on Sunday, the council said. Some reports claim at least "
                    "12 people died."),
    ):  # fmt: skip
        store.ingest(RawDocument(text=text, source=source, published=date(2026, 3, 1)))
    store.engine.dispose()
    result = CliRunner().invoke(app, ["--db", url, "markers"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert all(len(line) <= 80 for line in lines)
    [header] = [line for line in lines if line.startswith("source")]
    words = header.split()
    assert {"claims", "hedged", "hedge", "weasel"} <= set(words)  # whole words only
    assert all(w in {"source", "claims", "hedged", "hedge", "booster", "approx.", "attrib.",
                     "weasel", "most", "frequent"} for w in words)  # fmt: skip
    rows = [line for line in lines if line.startswith("Ostrava")]
    assert sorted(r.split("  ")[0] for r in rows) == sorted([long_name, longer])
