"""Reports: facts and figures from stored matches, filters, every renderer, golden files."""

from __future__ import annotations

import csv
import dataclasses
import html
import io
import json
import os
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.demo import run_demo
from factcheck.errors import NotFoundError
from factcheck.read import RawDocument
from factcheck.report import (
    ReportFilter,
    gather_report,
    render_report,
    render_terminal,
    to_csv,
    to_html,
    to_json,
    to_markdown,
)
from factcheck.report.gather import claim_figures, close_source_names
from factcheck.report.html import safe_href
from factcheck.report.model import ClaimEntry
from factcheck.report.render import REPORT_CSV_COLUMNS, md_escape
from factcheck.store import Store
from tests.report_fixture import claim_entry, match_link, sample_report

GOLDEN = Path(__file__).parent / "golden"
runner = CliRunner()


@pytest.fixture
def demo_store(db_url: str):  # type: ignore[no-untyped-def]
    run_demo(db_url)
    store = Store(db_url)
    yield store
    store.engine.dispose()


def _fact_with(report, words: str):  # type: ignore[no-untyped-def]
    for fact in report.facts:
        if any(words in report.claim(i).text for p in fact.positions for i in p.claim_ids):
            return fact
    raise AssertionError(f"no fact with {words!r}")


def test_demo_report_states_and_contradicts(demo_store: Store) -> None:
    report = gather_report(demo_store)
    assert len(report.stories) == 1  # four articles about one fire
    evacuated = _fact_with(report, "More than 900 residents")
    assert evacuated.status == "disputed"
    assert "Northmarch Observer" in evacuated.contradicted_by
    assert {"Orlan Bay Ledger", "Harbour Wire"} <= set(evacuated.stated_by)
    contra = next(p for p in evacuated.positions if p.stance == "contradicts")
    assert any("900" in w.what for w in contra.wordings)
    killed = _fact_with(report, "was killed")
    assert killed.status == "corroborated"
    assert len(killed.stated_by) >= 3
    # the reprint is reported as a copy and never as an outlet of its own
    assert [(c.copy_source, c.original_source) for c in report.copies] == [
        ("Kestrel Valley Courier", "Harbour Wire")
    ]
    assert all(f.verdict is None for f in report.facts)
    assert report.unverified_checkworthy
    assert sum(report.status_counts.values()) == len(report.claims)


def test_a_story_and_its_reprint_alone_are_no_fact(demo_store: Store) -> None:
    report = gather_report(demo_store)
    for fact in report.facts:
        outlets = {o for p in fact.positions for o in p.outlets}
        assert outlets != {"Harbour Wire", "Kestrel Valley Courier"}


def test_filters(demo_store: Store) -> None:
    only = gather_report(demo_store, ReportFilter(statuses=("disputed",)))
    assert only.facts and all(f.status == "disputed" for f in only.facts)
    assert set(only.status_counts) >= {"disputed"} and only.status_counts["corroborated"] == 0
    observer = gather_report(demo_store, ReportFilter(source="Northmarch Observer"))
    assert {d.source for d in observer.documents} == {"Northmarch Observer"}
    assert all(any("Northmarch Observer" in p.outlets for p in f.positions) for f in observer.facts)
    late = gather_report(demo_store, ReportFilter(since=date(2026, 6, 5)))
    assert {d.source for d in late.documents} == {"Northmarch Observer"}
    [only_story] = demo_store.stories()
    story = gather_report(demo_store, ReportFilter(story=only_story["id"]))
    assert [s.key for s in story.stories] == [str(only_story["id"])]
    titled = gather_report(demo_store, ReportFilter(story_title=only_story["label"].upper()))
    assert [s.key for s in titled.stories] == [str(only_story["id"])]


def test_unknown_source_suggests_close_names(demo_store: Store) -> None:
    with pytest.raises(NotFoundError, match="Harbour Wire"):
        gather_report(demo_store, ReportFilter(source="harbour wire"))
    with pytest.raises(NotFoundError, match="no story with id 999"):
        gather_report(demo_store, ReportFilter(story=999))
    # a part of a title is not a title; the close one is named
    with pytest.raises(NotFoundError, match=r"no story titled 'orlan bay'.*did you mean 'Orlan"):
        gather_report(demo_store, ReportFilter(story_title="orlan bay"))


def test_close_source_names() -> None:
    names = ["Coastal Wire", "Harbour Wire", "Northern Herald"]
    assert close_source_names("coastal wire", names)[0] == "Coastal Wire"
    assert close_source_names("Herald", names) == ["Northern Herald"]
    assert len(set(close_source_names("wire", names))) == len(close_source_names("wire", names))


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The collapse killed 12 people.", ("12 people",)),
        ("At least 15 people died on Tuesday, June 2.", ("At least 15 people", "Tuesday, June 2")),
        ("The fire started at about 4:30 a.m.", ("about 4:30 a.m.",)),
        # a clock time is one figure however it is written, never hours and minutes apart
        ("The ferry sailed at 9:40 with 30 cars.", ("9:40", "30 cars")),
        ("The tremor struck at 21:05 local time.", ("21:05",)),
        ("Polls close at 9.40pm.", ("9.40pm",)),
        ("The blast was heard at 06:15 GMT on Friday.", ("06:15 GMT", "Friday")),
        ("Trading halted at 1130 UTC.", ("1130 UTC",)),
        ("The gates shut at 7h30.", ("7h30",)),
        ("Fares rose to $2.40 and 3.5% more riders came.", ("$2.40", "3.5%")),
        ("No one was killed.", ()),
        # what a count counts: up to two words, not the function word or verb after them
        ("Four relief camps were set up near the dam.", ("Four relief camps",)),
        ("Nine firefighters and two nurses were hurt.", ("Nine firefighters", "two nurses")),
        ("Nine dead after ferry capsizes", ("Nine dead",)),
        ("8 injured as tram derails", ("8 injured",)),
        ("The audit covered 2019 and 2020.", ("2019", "2020")),
        # numbers that are no figure of the claim: an age that says who, a list number
        ("The drug cut strokes among patients over 70 by 21%.", ("21%",)),
        ("Mayor Lund, 61, approved 40 electric buses.", ("40 electric buses",)),
        ("2. nine counts of bribery;", ("nine counts",)),
        ("Cases rose over the 2021-22 and 2022-23 winters.", ("2021-22", "2022-23")),
    ],
)
def test_claim_figures(text: str, figures: tuple[str, ...]) -> None:
    assert claim_figures(text) == figures


# -- renderers: golden files ---------------------------------------------------------------


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == text, (
        f"{name} changed; if on purpose, rerun with FACTCHECK_UPDATE_GOLDEN=1 and review the diff"
    )


@pytest.mark.parametrize("fmt", ["md", "csv", "json", "html", "table"])
def test_report_golden(fmt: str) -> None:
    text = render_report(sample_report(), fmt, width=80)
    _golden(f"report.{'txt' if fmt == 'table' else fmt}", text)


def test_json_report_fields() -> None:
    data = json.loads(to_json(sample_report()))
    fact = data["stories"][0]["facts"][0]
    assert fact["stated_by"] == ["Coastal Wire"]
    assert fact["contradicted_by"] == ["Northern Herald"]
    assert fact["verdict"]["verdict"] == "false"
    assert {"generated_at", "filter", "status_counts", "source_counts", "outlets", "copies"} <= set(
        data
    )


def test_csv_report_columns() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(sample_report()))))
    assert tuple(rows[0]) == REPORT_CSV_COLUMNS
    assert [r[6] for r in rows[1:]] == ["states", "contradicts"]


def test_markdown_escapes_article_text() -> None:
    md = to_markdown(sample_report())
    assert "<script>" not in md and "\\<falls\\>" in md


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("- the sports hall on Mill Lane;", "\\- the sports hall on Mill Lane;"),
        ("3. two counts of arson", "3\\. two counts of arson"),
        ("4) a fine of $900", "4\\) a fine of $900"),
        ("+ a second bridge", "\\+ a second bridge"),
        ("Water rose 2.5 metres - a record", "Water rose 2.5 metres - a record"),
    ],
)
def test_markdown_never_starts_a_list_from_article_text(text: str, escaped: str) -> None:
    """An article's own list item quoted as a claim stays text in the report's bullet."""
    from dataclasses import replace

    assert md_escape(text) == escaped
    report = sample_report()
    claim = replace(report.claims[1], text=text, status="unverified", checkworthy=True)
    report = replace(report, claims=(report.claims[0], claim), unverified_checkworthy=(2,))
    assert f"- {escaped} — Northern Herald, claim 2" in to_markdown(report)


def test_terminal_report_fits_80_columns() -> None:
    console = Console(width=80, file=io.StringIO(), color_system=None)
    render_terminal(sample_report(), console)
    lines = console.file.getvalue().splitlines()  # type: ignore[attr-defined]
    assert lines and all(len(line) <= 80 for line in lines)
    assert any("contradicted by" in line and "Northern Herald" in line for line in lines)


_LONG_OUTLET = "Capital Daily Evening Standard and Island Gazette"


def _two_contradicting_sides() -> Any:
    """The fixture's fact with a second contradicting side from an outlet whose name is
    longer than the outlet table's column, and a ruling on the first one."""
    from factcheck.report.model import OutletProfile, Position, Wording

    report = sample_report()
    [fact] = report.facts
    stated, herald = fact.positions
    capital = Position(
        "contradicts",
        (3,),
        (_LONG_OUTLET,),
        ("14 people",),
        "Fourteen people were killed, the ministry said.",
        (Wording("14 people", (_LONG_OUTLET,)),),
    )
    third = Position(
        "contradicts",
        (4,),
        ("Ridge Radio",),
        ("16 people",),
        "Sixteen people died.",
        (Wording("16 people", ("Ridge Radio",)),),
        verdict=stated.verdict,
        verdicts=stated.verdicts,
    )
    fourth = dataclasses.replace(third, claim_ids=(5,), outlets=("Fen Weekly",), verdict=None,
                                 verdicts=(), wordings=(Wording("17 people", ("Fen Weekly",)),),
                                 figures=("17 people",))
    fact = dataclasses.replace(fact, positions=(stated, herald, capital, third, fourth))
    story = dataclasses.replace(report.stories[0], facts=(fact,))
    outlets = (*report.outlets, OutletProfile(_LONG_OUTLET, 1, 1, 0, 0, 1, 0.0, 0.0))
    return dataclasses.replace(report, stories=(story,), outlets=outlets)


def test_terminal_sides_of_one_stance_share_one_label() -> None:
    """Several contradicting sides read as one list under one "contradicted by", as the
    outlets of one side do; a side after another's ruling is labelled again."""
    console = Console(width=80, file=io.StringIO(), color_system=None)
    render_terminal(_two_contradicting_sides(), console)
    lines = console.file.getvalue().splitlines()  # type: ignore[attr-defined]
    assert all(len(line) <= 80 for line in lines)
    labelled = [line for line in lines if "contradicted by" in line]
    assert len(labelled) == 2, lines  # Herald (with Capital Daily), then Fen Weekly
    start = lines.index(labelled[0])
    assert "Northern Herald" in lines[start]
    capital = next(i for i, line in enumerate(lines) if "14 people" in line)
    ridge = next(i for i, line in enumerate(lines) if "16 people" in line)
    fen = next(i for i, line in enumerate(lines) if "17 people" in line)
    for i in (capital, ridge):
        assert lines[i].startswith(" " * 17) and lines[i][17] != " ", lines[i]
    assert "their verdict" in lines[ridge + 1]
    assert "contradicted by" in lines[fen]


def test_terminal_outlet_table_cuts_a_long_name_with_an_ellipsis() -> None:
    console = Console(width=80, file=io.StringIO(), color_system=None)
    render_terminal(_two_contradicting_sides(), console)
    text = console.file.getvalue()  # type: ignore[attr-defined]
    [row] = [line for line in text.splitlines() if "hedged ·" in line and "Capital" in line]
    name = row.strip().split("  ")[0]
    assert name.endswith("…") and _LONG_OUTLET.startswith(name[:-1]), row


# -- HTML safety --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.org/a?b=1&c=2", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("//example.org/x", False),
        ("vbscript:msgbox", False),
        ("", False),
        (None, False),
    ],
)
def test_safe_href(url: str | None, linked: bool) -> None:
    assert (safe_href(url) is not None) is linked


def test_html_escapes_and_never_links_javascript() -> None:
    html = to_html(sample_report())
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;falls&gt;" in html
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs and all(h.startswith(("#", "https://", "http://")) for h in hrefs)
    assert 'href="https://example.org/h?x=&quot;1&quot;"' in html
    # self-contained: no external stylesheet, script, font or image
    assert not re.search(r"<(script|link|img|iframe)\b", html)
    assert "@import" not in html and "url(" not in html
    # a word or URL longer than a phone's width breaks instead of widening the page
    body_css = re.search(r"\bbody \{([^}]*)\}", html)
    assert body_css is not None and "overflow-wrap: anywhere" in body_css.group(1)


def test_html_highlights_claims_and_markers() -> None:
    html = to_html(sample_report())
    assert '<span class="ca" id="claim-1"><span class="c disputed">' in html
    assert 'class="mk mk-weasel"' in html and 'class="mk mk-approximator"' in html
    assert 'class="s-disputed" href="#detail-1"' in html and 'id="detail-1"' in html
    assert "<svg" in html  # the status chart


# -- command line -------------------------------------------------------------------------


def test_report_command_formats(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert runner.invoke(app, ["--db", db, "demo", "--json"]).exit_code == 0
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["--db", db, "report", "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert json.loads(out.read_text())["stories"]
    result = runner.invoke(app, ["--db", db, "report", "--status", "disputed", "-f", "md"])
    assert result.exit_code == 0 and "**disputed**" in result.stdout
    result = runner.invoke(app, ["--db", db, "report", "--source", "Harbour wire"])
    assert result.exit_code == 2
    assert "Harbour Wire" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    # a report the filters leave empty is still written, and people are told why
    result = runner.invoke(app, ["--db", db, "report", "--since", "2031-01-01", "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["stories"] == []
    assert result.stderr.strip() == "no facts or claims match --since 2031-01-01"
    empty = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    result = runner.invoke(app, ["--db", empty, "report"])
    assert result.exit_code == 0 and "is empty" in result.stderr


def test_verdicts_reach_the_report(demo_store: Store) -> None:
    import sqlalchemy as sa

    from factcheck.models import VerdictRow

    report = gather_report(demo_store)
    fact = _fact_with(report, "More than 900 residents")
    claim_id = next(p.claim_ids[0] for p in fact.positions if p.stance == "contradicts")
    with demo_store.transaction() as conn:
        conn.execute(
            sa.insert(VerdictRow.__table__).values(  # type: ignore[attr-defined]
                claim_id=claim_id,
                rating="false",
                note="shelter tallies double-count",
                evidence_url="https://example.org/council",
                reviewer="Ana Ruiz",
                decided_at=sa.func.now(),
            )
        )
    report = gather_report(demo_store)
    fact = _fact_with(report, "More than 900 residents")
    assert report.claim(claim_id).verdict is not None
    # The ruling is on the contradicting claim: it is shown on that side, never as the
    # verdict of what the fact states.
    assert fact.verdict is None
    side = next(p for p in fact.positions if p.stance == "contradicts")
    assert side.verdict is not None and side.verdict.verdict == "false"
    assert side.verdict.evidence == ("https://example.org/council",)
    markdown = to_markdown(report)
    assert "verdict: false (Ana Ruiz" in markdown
    fact_json = next(
        f for s in report.to_dict()["stories"] for f in s["facts"] if f["id"] == fact.id
    )
    assert fact_json["verdict"] is None
    assert [p["verdict"] and p["verdict"]["verdict"] for p in fact_json["positions"]][:2] == [
        None,
        "false",
    ]
    rows = list(csv.DictReader(io.StringIO(to_csv(report))))
    mine = [r for r in rows if r["fact_id"] == str(fact.id)]
    assert {r["verdict"] for r in mine} == {""}
    assert [r["position_verdict"] for r in mine if r["stance"] == "contradicts"] == ["false"]
    table = render_report(report, "table")
    assert "their verdict: false (Ana Ruiz" in table
    html = to_html(report)
    fact_html = html.split(f'id="fact-{fact.id}"', 1)[1].split("</div></div>", 1)[0]
    side_html = next(li for li in fact_html.split("<li>") if "contradicted by" in li)
    assert "verdict: false (Ana Ruiz" in side_html
    assert "no verdict" in fact_html.rsplit("</ul>", 1)[1]  # the fact's own: none yet

    # A verdict on a claim that states the fact is the fact's verdict.
    stated = next(p.claim_ids[0] for p in fact.positions if p.stance == "states")
    with demo_store.transaction() as conn:
        conn.execute(
            sa.insert(VerdictRow.__table__).values(  # type: ignore[attr-defined]
                claim_id=stated,
                rating="true",
                note="council tally",
                reviewer="Ben Osei",
                decided_at=sa.func.now(),
            )
        )
    report = gather_report(demo_store)
    fact = _fact_with(report, "More than 900 residents")
    assert fact.verdict is not None and fact.verdict.verdict == "true"
    assert fact.verdict.claim_id == stated
    # The table sets the fact's verdict apart from the last position's lines: a label of
    # its own in the stance column, never the blank indent a position's verdict has.
    table = render_report(report, "table", width=100)
    block = table.split("More than 900 residents", 1)[1].split("\n\n", 1)[0]
    [fact_line] = [line for line in block.splitlines() if "verdict: true (Ben Osei" in line]
    assert fact_line.strip().startswith("whole fact verdict: true (Ben Osei")
    assert "their verdict: false (Ana Ruiz" in block


def test_terminal_report_escapes_control_characters() -> None:
    from dataclasses import replace

    report = sample_report()
    story = replace(report.stories[0], title="Bridge \x1b[2J\u202efalls")
    report = replace(report, stories=(story,))
    text = render_report(report, "table", width=100)
    assert "\x1b" not in text and "\u202e" not in text
    assert "\\x1b[2J" in text


@pytest.mark.parametrize(
    ("reason", "words"),
    [
        ("fuzzy text: token sort ratio 0.57", "wording 57% alike"),
        (
            "numbers differ: more than 900 vs about 400",
            "different figures: more than 900 vs about 400",
        ),
        ("attributed: the fire service", "attributed to the fire service"),
        (
            "later count: 9 on 2026-05-02 vs 14 on 2026-05-03",
            "a higher count reported later, most likely the newer one: 9 on 2026-05-02 vs 14"
            " on 2026-05-03",
        ),
        ("different time: 2019", "about different times: 2019"),
        ("shared words: 2 of 12 content words", "2 of 12 key words in common"),
        ("a reason nobody knows: 1", "a reason nobody knows: 1"),
        ("same subject: ferry operator", "both about ferry operator"),
        ("same measure: passengers rescued", "both count passengers rescued"),
        (
            "frames aligned: same statement: harbour tax raise",
            "both say the same thing: harbour tax raise",
        ),
        (
            "frames aligned: one event dated twice: bridge reopen",
            "one event given two dates: bridge reopen",
        ),
        (
            "frames aligned: same figure: 1,184 participants enrolled of trial",
            "both give the same figure: 1,184 participants enrolled of trial",
        ),
        (
            "shared main statement: 3 of 4 weighted words of the shorter",
            "main statements share 3 of 4 key words",
        ),
        (
            "clause compared: ferry fares rose 4%",
            "compared through the part that says “ferry fares rose 4%”",
        ),
    ],
)
def test_reasons_for_reporters(reason: str, words: str) -> None:
    from factcheck.report.wording import for_reporters

    assert for_reporters(reason) == words


def test_every_reason_matching_gives_has_reporters_words() -> None:
    """A reason name written in the matcher (``Reason("name", …)``) is shown in words: a
    new reason without a phrase would reach reporters as the matcher's shorthand."""
    from factcheck.match.relation import CHOSEN_REASONS
    from factcheck.report.wording import _PHRASES

    match_dir = Path(__file__).resolve().parents[1] / "factcheck" / "match"
    names = {
        m.group(1)
        for path in match_dir.glob("*.py")
        for m in re.finditer(r'Reason\(\s*"([^"]+)"', path.read_text(encoding="utf-8"))
    }
    # chosen by a conditional expression, so not written as a literal in a Reason call
    names |= CHOSEN_REASONS
    assert len(names) > 20
    assert sorted(names - set(_PHRASES)) == []


@pytest.mark.parametrize(
    ("shown", "words"), [(2, "… and 1 more fact "), (1, "… and 2 more facts ")]
)
def test_terminal_report_counts_hidden_facts_in_words(shown: int, words: str) -> None:
    base = sample_report()
    story = dataclasses.replace(base.stories[0], facts=[base.stories[0].facts[0]] * 3)
    report = dataclasses.replace(base, stories=[story])
    console = Console(width=80, file=io.StringIO(), color_system=None)
    render_terminal(report, console, max_facts=shown)
    assert words in console.file.getvalue()  # type: ignore[attr-defined]


# -- facts are made of decided links; held matches only ask ---------------------------------


class _PlainStore:
    """Just enough of a store for ``gather_report``: fixed claims and matches, no pipeline."""

    def __init__(self, claims: dict[int, tuple[int, str, str]], pairs: list[tuple]) -> None:
        # claims: id -> (document id, outlet, text); pairs: (id, a, b, relation, held, score)
        self._claims = claims
        self._pairs = pairs

    def documents(self, *, limit: int | None = None) -> list[dict]:
        docs = {d: o for d, o, _ in self._claims.values()}
        return [
            {"id": d, "source": o, "title": f"doc {d}", "published": "2026-05-0" + str(d),
             "story_id": 1, "story_title": "Ferry strike", "copy_of": None}
            for d, o in sorted(docs.items())
        ][:limit]

    def document(self, document_id: int, *, with_text: bool = False) -> dict:
        return {"id": document_id, "text": ""}

    def claims(self, **filters: object) -> list[dict]:
        return [
            {"id": i, "document_id": d, "source": o, "text": t, "quote": t, "start": 0,
             "end": len(t), "status": "unverified", "checkworthy": True,
             "checkworthiness": 0.5, "hedged": False, "type": "event", "markers": [],
             "pending_reviews": 0}
            for i, (d, o, t) in sorted(self._claims.items())
        ]

    def match_pairs(self) -> list[dict]:
        return [
            {"match_id": m, "claim_id": min(a, b), "other_claim_id": max(a, b),
             "relation": rel, "score": score, "needs_review": held, "reasons": [],
             "independent": self._claims[a][1] != self._claims[b][1]}
            for m, a, b, rel, held, score in self._pairs
        ]

    def sources(self) -> list[dict]:
        return [{"name": o} for _, o, _ in self._claims.values()]


def test_facts_are_built_from_decided_links_and_held_matches_only_ask() -> None:
    claims = {
        1: (1, "Ferry Gazette", "The ferry strike began on Monday."),
        2: (1, "Ferry Gazette", "Crews walked out over pay."),
        3: (2, "Island Radio", "The ferry strike started on Monday."),
        4: (3, "Harbour Daily", "The ferry strike began on Tuesday."),
        5: (3, "Harbour Daily", "The strike closed the northern terminal on Tuesday."),
        6: (4, "Quay Post", "Ferries stopped running on Monday as the strike began."),
        7: (2, "Island Radio", "Crews walked out in a row over pay."),
        8: (4, "Quay Post", "Pay talks broke down last week."),
        9: (1, "Ferry Gazette", "The union has 800 members."),
        10: (2, "Island Radio", "The union counts 800 members."),
    }
    pairs = [
        (1, 1, 3, "corroborates", False, 0.9),
        (2, 3, 4, "conflicts", False, 0.8),
        (3, 4, 5, "corroborates", True, 0.6),  # held against what contradicts the fact
        (4, 1, 6, "corroborates", True, 0.5),  # held against what the fact states
        (5, 2, 7, "corroborates", True, 0.7),  # two claims of no fact held together
        (6, 7, 8, "corroborates", True, 0.45),  # a chain of held matches goes no further
        (7, 9, 10, "corroborates", False, 0.95),
        (8, 3, 10, "conflicts", True, 0.55),  # two facts stay two facts
    ]
    report = gather_report(_PlainStore(claims, pairs), with_text=False)  # type: ignore[arg-type]
    facts = {frozenset(i for p in f.positions for i in p.claim_ids): f for f in report.facts}
    assert set(facts) == {frozenset({1, 3, 4, 6}), frozenset({2, 7}), frozenset({9, 10})}
    strike = facts[frozenset({1, 3, 4, 6})]
    stances = {p.claim_ids: p.stance for p in strike.positions}
    assert stances == {(1, 3): "states", (4,): "contradicts", (6,): "review"}
    # every held match that touches the fact still waits for a person: 4-5, 1-6, 3-10
    assert strike.pending_reviews == 3
    assert [p.stance for p in facts[frozenset({2, 7})].positions] == ["states", "review"]


def test_a_second_speakers_held_denial_is_shown_to_review() -> None:
    """Ferry Gazette says twice that inspectors checked the ferry in January (its two
    reports, one outlet: no fact on their own). Island Radio quotes the mayor agreeing and
    the union denying it; both are held for review. The denial, a claim of no fact held
    against what the Gazette states, is shown "to review" beside the mayor's, never only
    counted among the pending reviews."""
    claims = {
        1: (1, "Ferry Gazette", "Inspectors checked the ferry in January, the council said."),
        2: (2, "Ferry Gazette", "Inspectors checked the ferry in January, officials said."),
        3: (3, "Island Radio", "The mayor said the ferry was checked in January."),
        4: (3, "Island Radio", "The union said the ferry had not been checked since 2019."),
        5: (4, "Quay Post", "Ferry crews were paid late in March."),
    }
    pairs = [
        (1, 1, 2, "corroborates", False, 0.95),
        (2, 1, 3, "corroborates", True, 0.7),
        (3, 1, 4, "conflicts", True, 0.55),
        (4, 3, 5, "corroborates", True, 0.5),  # held against the mayor only: no chain
    ]
    report = gather_report(_PlainStore(claims, pairs), with_text=False)  # type: ignore[arg-type]
    [fact] = report.facts
    stances = {p.claim_ids: p.stance for p in fact.positions}
    assert stances == {(1, 2): "states", (3,): "review", (4,): "review"}
    assert fact.pending_reviews == 3  # 1-3, 1-4 and the mayor's 3-5 still wait


def test_one_source_only_names_each_source_once_and_no_superseded_figure() -> None:
    """"One source only" lists an outlet's sentence once however many of its reports
    repeat it word for word, and leaves out a figure its outlet superseded by a later
    report (the later report is its account)."""

    class _Superseding(_PlainStore):
        def superseded_claims(self, claim_ids: object) -> set[int]:
            return {1}

    claims = {
        1: (1, "Ferry Gazette", "The ferry carried 300 people a day."),
        2: (2, "Ferry Gazette", "The ferry carried 400 people a day."),
        3: (1, "Ferry Gazette", "Crews were told to stop work at noon."),
        4: (2, "Ferry Gazette", "Crews were told to stop work at noon."),
    }
    pairs = [(1, 1, 2, "conflicts", False, 0.9)]
    report = gather_report(_Superseding(claims, pairs), with_text=False)  # type: ignore[arg-type]
    assert report.unverified_checkworthy == (2, 3)
    listed = [c["id"] for c in json.loads(to_json(report))["unverified_checkworthy"]]
    assert listed == [2, 3]


def test_report_names_stories_by_their_label(store: Store) -> None:
    from factcheck.read import RawDocument

    body = (
        "The Harl Bridge over the Ostrel river collapsed on Monday evening in Kestow. "
        "Mayor Ilsa Brandt said divers from Kestow and Varn searched the river overnight. "
        "The Ostrel ferry took commuters across on Tuesday while the Harl Bridge stays shut."
    )
    for figure, source, title in ((12, "Valley Post", "Grief"), (15, "Coast Radio", "Toll")):
        text = f"{body} The Harl Bridge collapse killed {figure} people, officials said."
        store.ingest(RawDocument(text=text, source=source, title=title))
    [story] = store.stories()
    # The store labels it from the names its documents share...
    report = gather_report(store, with_text=False)
    assert [s.title for s in report.stories] == [story["label"]]
    assert "Harl Bridge" in story["label"]
    # ... and a person may name it.
    store.rename_story(story["id"], "Harl Bridge collapse")
    report = gather_report(store, with_text=False)
    assert [s.title for s in report.stories] == ["Harl Bridge collapse"]
    assert report.stories[0].key == str(story["id"])
    found = gather_report(store, ReportFilter(story_title="harl  bridge COLLAPSE"), with_text=False)
    assert [s.title for s in found.stories] == ["Harl Bridge collapse"]


def test_conflict_within_one_outlets_reporting_is_another_version_not_a_contradiction() -> None:
    """An outlet's later report that changes its own figure, or a reprint that edits its
    original, is shown as another version of the fact; only an independent source
    contradicts it (the rule statuses follow)."""
    from factcheck.report.facts import group_facts

    def claim(cid: int, doc: int, source: str, text: str) -> ClaimEntry:
        # The fixture's claim, corroborated and undated as this case has always been.
        return dataclasses.replace(
            claim_entry(cid, doc, source, text), status="corroborated", published=None
        )

    claims = {
        1: claim(1, 1, "Dale Courier", "The storm cut power to 3,000 homes."),
        2: claim(2, 2, "Fen Radio", "The storm cut power to 3,000 homes on Monday."),
        3: claim(3, 3, "Dale Courier", "The storm cut power to 4,500 homes."),
        4: claim(4, 4, "Moor Gazette", "The storm cut power to 800 homes."),
    }

    def pair(mid: int, a: int, b: int, relation: str, independent: bool) -> dict:
        return {
            "match_id": mid,
            "claim_id": a,
            "other_claim_id": b,
            "relation": relation,
            "score": 0.8,
            "needs_review": False,
            "independent": independent,
            "reasons": [],
        }

    pairs = [
        pair(1, 1, 2, "corroborates", True),
        pair(2, 1, 3, "conflicts", False),  # the Courier's own later report
        pair(3, 2, 4, "conflicts", True),
        pair(4, 1, 4, "conflicts", True),
    ]
    [fact] = group_facts(list(claims.values()), pairs, claims, set())
    stances = {p.stance: p.outlets for p in fact.positions}
    assert stances["states"] == ("Dale Courier", "Fen Radio")
    assert stances["contradicts"] == ("Moor Gazette",)
    assert stances["revision"] == ("Dale Courier",)
    assert fact.contradicted_by == ("Moor Gazette",)
    report_words = "\n".join(render_report_lines(fact))
    assert "other version" in report_words and "4,500 homes — Dale Courier" in report_words


def render_report_lines(fact):  # type: ignore[no-untyped-def]
    from factcheck.report.render import _markdown_fact

    return list(_markdown_fact(fact))


# -- outlets are never cut ------------------------------------------------------------------

_LONG_WORDING = (
    "The harbour authority said its cranes had been idle since the storm on Friday "
    "morning, a delay that shippers along the coast called the longest in a decade"
)


def _report_with_figureless_positions() -> tuple[Any, list[str]]:
    from dataclasses import replace

    from factcheck.report.model import Position, Wording

    report = sample_report()
    story = report.stories[0]
    fact = story.facts[0]
    ids = fact.positions[0].claim_ids
    outlets = ["Coastal Wire", "Northern Herald", "Estuary Evening Gazette"]
    many = [*outlets, "Saltmarsh Weekly Chronicle", "Lantern Point Observer", "Quayside Daily"]
    positions = (
        Position("states", ids, tuple(outlets), (), _LONG_WORDING),
        Position(
            "contradicts",
            ids,
            tuple(many[3:]),
            (),
            _LONG_WORDING,
            wordings=(Wording(_LONG_WORDING, tuple(many[3:])),),
        ),
        Position("related", ids, tuple(many), (), _LONG_WORDING, copies=("Quayside Daily",)),
    )
    fact = replace(fact, positions=positions)
    report = replace(report, stories=(replace(story, facts=(fact, *story.facts[1:])),))
    return report, many


@pytest.mark.parametrize("width", [80, 60, 100])
def test_terminal_positions_shorten_the_wording_never_the_outlets(width: int) -> None:
    report, outlets = _report_with_figureless_positions()
    console = Console(width=width, file=io.StringIO(), color_system=None)
    render_terminal(report, console)
    text = console.file.getvalue()  # type: ignore[attr-defined]
    lines = text.splitlines()
    assert all(len(line) <= width for line in lines)
    for name in outlets:
        assert name in text, name
    assert "Quayside Daily (copy)" in text
    assert not any(line.rstrip().endswith("— …") for line in lines)
    # The wording is what gets cut, with an ellipsis.
    assert _LONG_WORDING not in text and "The harbour" in text


def test_report_cli_at_80_columns_keeps_every_outlet(demo_store: Store) -> None:
    report = gather_report(demo_store)
    result = CliRunner().invoke(
        app,
        ["--db", str(demo_store.engine.url), "report", "--format", "table"],
        env={"COLUMNS": "80", "NO_COLOR": "1"},
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    shown = [f for s in report.stories for f in s.facts[:6]]
    for fact in shown:
        for p in fact.positions:
            for outlet in p.outlets:
                assert outlet in result.stdout, outlet
    assert not any(line.rstrip().endswith("— …") for line in lines)


def test_markdown_and_html_keep_every_outlet_of_a_figureless_position() -> None:
    report, outlets = _report_with_figureless_positions()
    markdown = to_markdown(report)
    html = to_html(report)
    for name in outlets:
        assert name in markdown and name in html, name
    position = next(li for li in markdown.splitlines() if "stated by" in li)
    assert position.endswith("Coastal Wire, Northern Herald, Estuary Evening Gazette")


def test_report_story_is_an_id_never_a_part_of_a_title(tmp_path: Path) -> None:
    """`--story 1` is story 1, as in `claims --story`: not a story whose title holds a 1."""
    from factcheck.read import RawDocument

    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    store = Store(db)
    store.ingest(
        RawDocument(
            text="The Tarn Valley dam was closed on Monday after cracks were found.",
            source="Upland Times",
        )
    )
    store.ingest(
        RawDocument(
            text="Voters in Brisk approved the new harbour tax by 61 percent on Sunday.",
            source="Brisk Gazette",
        )
    )
    first, second = sorted(s["id"] for s in store.stories())
    store.rename_story(second, f"={first}+2")
    runner = CliRunner()
    shown = runner.invoke(app, ["--db", db, "report", "--story", str(first), "--format", "json"])
    assert shown.exit_code == 0, shown.stderr
    report = json.loads(shown.stdout)
    assert [s["key"] for s in report["stories"]] == [str(first)]
    assert report["filter"]["story"] == str(first)  # text, as stories[].key
    assert report["filter"]["story_id"] == first
    titled = runner.invoke(
        app, ["--db", db, "report", "--story-title", f"={first}+2", "--format", "json"]
    )
    assert titled.exit_code == 0, titled.stderr
    assert [s["key"] for s in json.loads(titled.stdout)["stories"]] == [str(second)]
    for bad in (["--story", "999"], ["--story", "dam"], ["--story-title", "Tarn"]):
        refused = runner.invoke(app, ["--db", db, "report", *bad])
        assert refused.exit_code == 2 and len(refused.stderr.strip().splitlines()) == 1, bad
    store.engine.dispose()


def test_markdown_and_html_give_the_whole_wording_of_a_position() -> None:
    """A report file is read in an editor or a browser that wraps lines itself: the
    "stated by" / "contradicted by" lines carry the claim's wording whole, never cut with
    an ellipsis (the terminal table still shortens it to fit)."""
    report, _ = _report_with_figureless_positions()
    markdown = to_markdown(report)
    lines = [li for li in markdown.splitlines() if "stated by" in li or "contradicted by" in li]
    assert len(lines) == 2, markdown
    for line in lines:
        assert md_escape(_LONG_WORDING) in line and "…" not in line, line
    assert html.escape(_LONG_WORDING) in to_html(report)
    table = render_report(report, "table", width=80)
    assert _LONG_WORDING not in table and "…" in table


# -- a claim that says two things belongs to two facts --------------------------------------

_TWO_FACTS = {
    "Harbour Post": (
        "Halvorsen Marine lost its subsidy case in Bergen on Tuesday. Shares in Halvorsen "
        "Marine fell 12% on Tuesday after the high court ruled that the shipyard must repay "
        "its 40 million euro subsidy."
    ),
    "Fjord Daily": (
        "Halvorsen Marine lost its subsidy case in Bergen on Tuesday. Shares in Halvorsen "
        "Marine fell 12% on Tuesday, traders said."
    ),
    "Coastline Times": (
        "Halvorsen Marine lost its subsidy case in Bergen on Tuesday. The high court ruled "
        "that the shipyard must repay its 40 million euro subsidy. Shares in Halvorsen Marine "
        "fell 7% on Tuesday."
    ),
}


def test_a_claim_that_says_two_things_joins_two_facts(store: Store) -> None:
    """Harbour Post's claim reports a share move and a ruling: the conflict about the shares
    (12% vs 7%) is a fact of its own, stated by the outlets that give 12% and contradicted
    by the one that gives 7%; the ruling, which Coastline Times states too, is another fact
    with no conflict, its figures its own. In every format."""
    from factcheck.read import RawDocument

    for source, text in _TWO_FACTS.items():
        store.ingest(RawDocument(text=text, source=source, published=date(2026, 3, 3)))
    report = gather_report(store, with_text=True)
    both = next(c for c in report.claims if "after the high court" in c.text)
    shares = _fact_with(report, "fell 7%")
    ruling = next(
        f
        for f in report.facts
        if any("ruled that" in report.claim(i).text for p in f.positions for i in p.claim_ids)
        and f is not shares
    )
    assert shares.stated_by == ("Harbour Post", "Fjord Daily")
    assert shares.contradicted_by == ("Coastline Times",)
    assert shares.status == "disputed"
    assert ruling.stated_by == ("Harbour Post", "Coastline Times")
    assert ruling.contradicted_by == ()
    assert ruling.status == "corroborated"  # the shares conflict is not the ruling's
    assert both.id in {i for p in shares.positions for i in p.claim_ids}
    assert both.id in {i for p in ruling.positions for i in p.claim_ids}
    assert shares.id != ruling.id
    # Each fact shows the claim's figures on its own ground.
    [stated] = [p for p in shares.positions if p.stance == "states"]
    assert "40 million euro" not in stated.figures and "12%" in stated.figures
    [ruled] = [p for p in ruling.positions if p.stance == "states"]
    assert "12%" not in ruled.figures

    data = json.loads(to_json(report))
    facts = data["stories"][0]["facts"]
    found = {(tuple(f["stated_by"]), tuple(f["contradicted_by"])) for f in facts}
    assert (("Harbour Post", "Fjord Daily"), ("Coastline Times",)) in found
    assert (("Harbour Post", "Coastline Times"), ()) in found
    assert len({f["id"] for f in facts}) == len(facts)

    rows = list(csv.DictReader(io.StringIO(to_csv(report))))
    by_fact: dict[str, dict[str, str]] = {}
    for row in rows:
        by_fact.setdefault(row["fact_id"], {})[row["stance"]] = row["outlets"]
    assert {"states": "Harbour Post; Fjord Daily", "contradicts": "Coastline Times"} in list(
        by_fact.values()
    )
    assert {"states": "Harbour Post; Coastline Times"} in list(by_fact.values())

    markdown = to_markdown(report)
    page = to_html(report)
    console = Console(width=80, record=True, color_system=None)
    render_terminal(report, console)
    table = console.export_text()
    for text in (markdown, html.unescape(page), table):
        assert "7%" in text and "Coastline Times" in text
    for fact in (shares, ruling):
        assert f'id="fact-{fact.id}"' in page
        assert f"(fact {fact.id})" in markdown
    # The two outlets that agree on the shares are one line: no ruling figure beside 12%.
    assert "12% (Tuesday) — Harbour Post, Fjord Daily" in table


_TWO_FIGURES = {
    "Saltby Courier": (
        "The Tallow council approved a $31 million budget on Monday after a long debate. "
        "The budget sets aside $4 million for the sea wall, officials said."
    ),
    "Ferrow Gazette": (
        "Tallow's $31 million budget, approved by the council on Monday, puts $7 million "
        "into the sea wall, the largest item in the plan."
    ),
}


def test_a_claim_of_two_figures_sharing_words_joins_two_facts(store: Store) -> None:
    """A claim that agrees with one outlet on one of its figures and disagrees with another
    claim on its other figure is in two facts, though all three claims share words
    ("budget", "million"): the budget both state is corroborated, and only the sea wall
    ($4 million vs $7 million) is disputed. The disputed fact is never headed by the
    corroborated budget (tester9f F8)."""
    from factcheck.read import RawDocument

    for source, text in _TWO_FIGURES.items():
        store.ingest(RawDocument(text=text, source=source, published=date(2026, 3, 3)))
    report = gather_report(store, with_text=True)
    both = next(c for c in report.claims if "puts $7 million" in c.text)
    wall = _fact_with(report, "sets aside $4 million")
    budget = next(
        f
        for f in report.facts
        if any("approved a $31" in report.claim(i).text for p in f.positions for i in p.claim_ids)
    )
    assert wall is not budget
    assert wall.status == "disputed" and budget.status == "corroborated"
    assert both.id in {i for p in wall.positions for i in p.claim_ids}
    assert both.id in {i for p in budget.positions for i in p.claim_ids}
    [stated] = [p for p in budget.positions if p.stance == "states"]
    assert "$7 million" not in stated.figures
    console = Console(width=80, record=True, color_system=None)
    render_terminal(report, console)
    table = console.export_text()
    for line in table.splitlines():
        if line.lstrip().startswith("DISPUTED"):
            assert "approved a $31 million budget" not in line


@pytest.mark.parametrize(
    ("figures", "words"),
    [
        (("9 injured", "4 May"), "9 injured (4 May)"),
        (("31%", "60 million pounds", "Friday"), "31%, 60 million pounds (Friday)"),
        (("Friday, June 5", "about 6:30 a.m."), "Friday, June 5, about 6:30 a.m."),
        (("three ambulances",), "three ambulances"),
        (("20 flats", "three years ago"), "20 flats (three years ago)"),
    ],
)
def test_a_date_beside_figures_never_reads_as_another_count(
    figures: tuple[str, ...], words: str
) -> None:
    from factcheck.report.gather import figure_wording

    assert figure_wording(figures) == words


# -- a window of days, an outlet's own update, two rulings on one side --------------------

_FERRY = (
    (
        "Lough Echo",
        date(2026, 4, 7),
        "The harbour ferry fare rose to 3.20 euros on Monday, the operator said.",
    ),
    (
        "Pier Bulletin",
        date(2026, 4, 7),
        "The harbour ferry fare rose to 3.20 euros on Monday, the operator said.",
    ),
    (
        "Strand Times",
        date(2026, 4, 8),
        "The harbour ferry fare rose to 4.10 euros on Monday, according to regular passengers.",
    ),
    (
        "Lough Echo",
        date(2026, 4, 9),
        "The harbour ferry fare rose to 3.60 euros on Monday, the operator said on Wednesday.",
    ),
    (
        "Quay Herald",
        date(2026, 4, 9),
        "The harbour ferry fare rose to 3.60 euros on Monday, the port authority said.",
    ),
)
"""A fare (not a count: a later count is held as a toll that may rise) given as 3.20 euros by
two outlets, 4.10 by a third, and 3.60 in Lough Echo's own later report and Quay Herald's."""


def _ferry_store(store: Store) -> dict[tuple[str, date], int]:
    """Store the ferry articles; their claim ids by (outlet, day)."""
    from factcheck.read import RawDocument

    for source, day, text in _FERRY:
        store.ingest(RawDocument(text=text, source=source, published=day))
    day_of = {d["id"]: date.fromisoformat(str(d["published"])[:10]) for d in store.documents()}
    return {(c["source"], day_of[c["document_id"]]): c["id"] for c in store.claims()}


def test_since_chooses_facts_and_keeps_every_side_of_them(store: Store) -> None:
    """A window of days picks the facts with a claim published in it; each is shown with
    everyone who states or disputes it, however old their article."""
    ids = _ferry_store(store)
    report = gather_report(store, ReportFilter(since=date(2026, 4, 9)), with_text=True)
    [fact] = report.facts
    assert fact.status == "disputed"
    assert fact.stated_by == ("Lough Echo", "Quay Herald")  # both of 9 April
    assert set(fact.contradicted_by) == {"Strand Times", "Pier Bulletin"}  # 8 and 7 April
    # What the window counts and lists is its own: the two articles of 9 April.
    assert {d.published[:10] for d in report.documents if d.published} == {"2026-04-09"}
    assert sum(report.status_counts.values()) == 2
    # The HTML page links only the claims it shows; older sides are named by number.
    page = to_html(report)
    old = ids[("Strand Times", date(2026, 4, 8))]
    assert f"#{old}" in page and f'href="#claim-{old}"' not in page
    # A window after every article has nothing to show.
    assert gather_report(store, ReportFilter(since=date(2026, 5, 1))).facts == ()


def test_an_outlet_never_contradicts_itself(store: Store) -> None:
    """Lough Echo's later 3.60 supersedes its own first 3.20 (README: once an outlet has
    updated a figure, its earlier claim is no longer its account): Lough Echo states 3.60
    with Quay Herald, its 3.20 is its earlier report, never a contradiction, and Pier
    Bulletin's 3.20 and Strand Times' 4.10 contradict, as the claims' statuses say. In
    every format."""
    ids = _ferry_store(store)
    report = gather_report(store, with_text=True)
    [fact] = report.facts
    assert fact.stated_by == ("Lough Echo", "Quay Herald")
    assert set(fact.contradicted_by) == {"Strand Times", "Pier Bulletin"}
    [earlier] = [p for p in fact.positions if p.stance == "revision"]
    assert earlier.outlets == ("Lough Echo",) and earlier.revision == "earlier"
    assert earlier.claim_ids == (ids[("Lough Echo", date(2026, 4, 7))],)
    statuses = {c["id"]: c["status"] for c in store.claims()}
    for p in fact.positions:
        if p.stance == "contradicts":
            assert {statuses[i] for i in p.claim_ids} == {"disputed"}

    markdown = to_markdown(report)
    assert "earlier report from the same outlet: 3.20 euros" in markdown
    assert not re.search(r"contradicted by: [^\n]*Lough Echo", markdown)
    table = render_report(report, "table", width=80)
    assert re.search(r"earlier report 3\.20 euros[^\n]*— Lough Echo", table)
    assert not re.search(r"contradicted by [^\n]*Lough Echo", table)
    page = html.unescape(to_html(report))
    assert "earlier report from the same outlet:</span> 3.20 euros" in page
    rows = list(csv.DictReader(io.StringIO(to_csv(report))))
    echo = [r for r in rows if r["outlets"] == "Lough Echo"]
    assert [(r["stance"], r["revision"]) for r in echo] == [("revision", "earlier")]
    data = json.loads(to_json(report))
    [fact_json] = data["stories"][0]["facts"]
    assert "Lough Echo" not in fact_json["contradicted_by"]
    assert [p["revision"] for p in fact_json["positions"] if p["stance"] == "revision"] == [
        "earlier"
    ]


def test_two_rulings_on_one_side_both_show(store: Store) -> None:
    """Two claims that state the fact, ruled differently, show each ruling with its claim
    in every format; a single ruling reads as before."""
    from factcheck.review import give_verdict

    ids = _ferry_store(store)
    # Lough Echo's later report and Quay Herald's both state 3.60 (see above).
    echo, pier = ids[("Lough Echo", date(2026, 4, 9))], ids[("Quay Herald", date(2026, 4, 9))]
    give_verdict(store, echo, "true", reviewer="Desk North")
    give_verdict(store, pier, "needs-context", reviewer="Desk South")
    report = gather_report(store, with_text=True)
    [fact] = report.facts
    assert [(v.claim_id, v.verdict) for v in fact.verdicts] == [
        (echo, "true"),
        (pier, "needs-context"),
    ]
    [stated] = [p for p in fact.positions if p.stance == "states"]
    assert [v.verdict for v in stated.verdicts] == ["true", "needs-context"]

    table = render_report(report, "table", width=80)
    assert "true (Desk North, " in table and f") on claim {echo}" in table
    assert "needs-context (Desk South, " in table and f") on claim {pier}" in table
    assert all(len(line) <= 80 for line in table.splitlines())
    markdown = to_markdown(report)
    words = rf"verdicts: true \(Desk North, [^)]*\) on claim {echo}; needs-context \(Desk South"
    assert re.search(words, markdown)
    page = to_html(report)
    assert f"on claim {echo}" in page and f"on claim {pier}" in page
    rows = list(csv.DictReader(io.StringIO(to_csv(report))))
    # One row for what the fact states, naming its outlets and both rulings.
    [stated_row] = [r for r in rows if r["stance"] == "states"]
    assert stated_row["outlets"] == "Lough Echo; Quay Herald"
    both = f"claim {echo}: true; claim {pier}: needs-context"
    assert stated_row["position_verdicts"] == both
    # Every row of the fact names both rulings on what it states, not only the latest.
    assert {r["fact_verdicts"] for r in rows} == {both}
    [fact_json] = json.loads(to_json(report))["stories"][0]["facts"]
    assert [v["verdict"] for v in fact_json["verdicts"]] == ["true", "needs-context"]


def test_html_marks_hidden_characters_of_an_article_in_place() -> None:
    """A bidi override in an article (which would make "12" read "21") is neither applied
    nor dropped in the HTML report: each is shown where it stands as a labelled mark."""
    from dataclasses import replace

    report = sample_report()
    doc = report.documents[0]
    hostile = "Toll at \u202e12\u202c dead; zero\u200bwidth and \x1b[2J escape."
    report = replace(report, documents=(replace(doc, text=doc.text + " " + hostile),))
    report = replace(report, stories=(replace(report.stories[0], title="Bridge \u202efalls"),))
    page = to_html(report)
    assert "\u202e" not in page and "\u200b" not in page and "\x1b" not in page
    for code in ("U+202E", "U+202C", "U+200B", "U+001B"):
        mark = f'<span class="ctl" title="hidden character {code} in the article">{code}</span>'
        assert mark in page
    assert 'Bridge <span class="ctl"' in page  # in a headline too
    assert "\\u202e" not in page.split("<body>", 1)[1]  # marked, not spelled as an escape


def test_an_outlets_update_is_dated_against_its_own_report_not_a_reprint() -> None:
    """The outlet's later figure is its "later" report even when a reprint of its first
    report by another outlet stands beside that report; the reprinting outlet's own figure
    is its own independent report, never an update of what it only reprinted."""
    from factcheck.report.facts import group_facts

    def claim(cid: int, source: str, day: str, text: str) -> ClaimEntry:
        # The fixture's claim, one document each, disputed as this case has always been.
        return dataclasses.replace(claim_entry(cid, cid, source, text, day), status="disputed")

    claims = {
        1: claim(1, "Tor Gazette", "2026-02-02", "Eleven people were hurt in the crash."),
        2: claim(2, "Weir Radio", "2026-02-03", "Eleven people were hurt in the crash."),
        3: claim(3, "Fell News", "2026-02-02", "Eleven people were hurt in the crash."),
        4: claim(4, "Tor Gazette", "2026-02-04", "Sixteen people were hurt in the crash."),
        5: claim(5, "Moor Echo", "2026-02-01", "Sixteen people were hurt in the crash."),
        6: claim(6, "Weir Radio", "2026-02-05", "Sixteen people were hurt in the crash."),
    }

    def pair(mid: int, a: int, b: int, relation: str, independent: bool) -> dict:
        reasons = ["figures differ: eleven vs sixteen"] if relation == "conflicts" else []
        return {
            "match_id": mid,
            "claim_id": a,
            "other_claim_id": b,
            "relation": relation,
            "score": 0.9,
            "needs_review": False,
            "independent": independent,
            "reasons": reasons,
        }

    pairs = [
        pair(1, 1, 2, "corroborates", False),  # Weir Radio reprints the Gazette
        pair(2, 1, 3, "corroborates", True),
        pair(3, 1, 4, "conflicts", False),  # the Gazette's own later figure
        pair(4, 2, 4, "conflicts", False),  # ... against the reprint of its first
        pair(5, 3, 4, "conflicts", True),
        pair(6, 3, 5, "conflicts", True),
        pair(7, 4, 5, "corroborates", True),
        # Weir Radio's own report: the reprint was the Gazette's, so this is no update of
        # it but an independent figure beside Moor Echo's.
        pair(8, 1, 6, "conflicts", True),
        pair(9, 2, 6, "conflicts", False),
        pair(10, 5, 6, "corroborates", True),
    ]
    # The Gazette's eleven is superseded by its own later sixteen, and so is the reprint
    # of it (``matcher.superseded``): their automatic links count toward no status.
    [fact] = group_facts(list(claims.values()), pairs, claims, {2}, {2: 1}, superseded={1, 2})
    versions = {p.claim_ids: (p.stance, p.revision) for p in fact.positions}
    # Sixteen is what three outlets report on their own (a reprint adds no outlet); the
    # Gazette's first eleven, with Weir Radio's reprint of it beside it, is the earlier
    # version of their reporting, and Fell News alone contradicts.
    assert versions[(4, 5, 6)] == ("states", None)
    assert versions[(1, 2)] == ("revision", "earlier")
    assert versions[(3,)] == ("contradicts", None)
    assert fact.contradicted_by == ("Fell News",)
    [earlier] = [p for p in fact.positions if p.claim_ids == (1, 2)]
    assert earlier.copies == ("Weir Radio",)


# -- a person's "corroborates" never merges the two sides of a standing conflict -------------


class _DecidedStore(_PlainStore):
    """A ``_PlainStore`` where a person decided some matches (match id -> decision)."""

    def __init__(self, claims: dict[int, tuple[int, str, str]], pairs: list[tuple],
                 decided: dict[int, str]) -> None:
        super().__init__(claims, pairs)
        self._decided = decided

    def claims(self, **filters: object) -> list[dict]:
        # what the matcher's statuses say: a figure in a standing conflict is disputed
        return [{**c, "status": "disputed" if "9" in c["text"] or c["id"] == 3
                 else "corroborated"} for c in super().claims(**filters)]

    def match_pairs(self) -> list[dict]:
        return [
            {**p, "decision": self._decided.get(p["match_id"]),
             "reasons": ["figures differ: 9 vs 14"] if p["relation"] == "conflicts" else []}
            for p in super().match_pairs()
        ]


def _flood_report():  # type: ignore[no-untyped-def]
    """Dale Courier and Fen Radio say 9 schools closed, Moor Gazette says 14 (a standing
    conflict); Fen Radio's later report also says 14, and a person called Fen Radio's two
    reports corroborating (match 4)."""
    claims = {
        1: (1, "Dale Courier", "The flood closed 9 schools on Tuesday."),
        2: (2, "Fen Radio", "The flood closed 9 schools on Tuesday."),
        3: (3, "Moor Gazette", "The flood closed 14 schools on Tuesday."),
        4: (4, "Fen Radio", "The flood closed 14 schools on Tuesday."),
    }
    pairs = [
        (1, 1, 2, "corroborates", False, 0.95),
        (2, 1, 3, "conflicts", False, 0.9),
        (3, 3, 4, "corroborates", False, 0.95),
        (4, 2, 4, "corroborates", False, 0.9),  # the matcher said conflicts; a person did not
    ]
    store = _DecidedStore(claims, pairs, {4: "corroborates"})
    return gather_report(store, with_text=False)  # type: ignore[arg-type]


def test_a_corroboration_chain_never_joins_two_claims_in_conflict() -> None:
    """Corroborations join claims into one position, but never across a standing conflict
    between two of them, and the pair a person called corroborating stays together. Moor
    Gazette's 14 agrees with Fen Radio's later 14 but conflicts with Dale Courier's 9 on
    the stating side: it is neither side, so it waits for a person, and the fact's status
    follows the claims' statuses: its standing conflict with the Courier counts (both are
    disputed in ``claims``), so it contradicts, in every format."""
    report = _flood_report()
    [fact] = report.facts
    stances = {p.stance: p.claim_ids for p in fact.positions}
    assert stances == {"states": (1, 2, 4), "contradicts": (3,)}
    assert fact.stated_by == ("Dale Courier", "Fen Radio")
    assert fact.contradicted_by == ("Moor Gazette",)
    assert fact.status == "disputed"

    table = render_report(report, "table", width=80)
    assert re.search(r"contradicted by [^\n]*Moor Gazette", table)
    rows = list(csv.DictReader(io.StringIO(to_csv(report))))
    assert [r["stance"] for r in rows if r["outlets"] == "Moor Gazette"] == ["contradicts"]
    [fact_json] = json.loads(to_json(report))["stories"][0]["facts"]
    assert fact_json["contradicted_by"] == ["Moor Gazette"]
    assert fact_json["status"] == "disputed"


def _assert_no_sideless_dispute(report) -> None:  # type: ignore[no-untyped-def]
    for fact in report.facts:
        if fact.status == "disputed":
            assert fact.contradicted_by or any(
                p.stance in ("contradicts", "revision") for p in fact.positions
            ), f"fact {fact.id} is disputed with nobody on the other side"


def test_no_disputed_fact_is_shown_without_a_contradicting_side(
    demo_store: Store, store: Store
) -> None:
    """Walk every fact of the demo, the ferry articles and the flood story: a disputed
    fact always lists who contradicts it (or the outlet's own other version)."""
    for report in (_flood_report(), gather_report(demo_store, with_text=False)):
        _assert_no_sideless_dispute(report)
        _assert_no_outlet_on_both_sides(report.facts)
    _ferry_store(store)
    _assert_no_sideless_dispute(gather_report(store, with_text=False))
    _assert_no_outlet_on_both_sides(gather_report(store, with_text=False).facts)


@pytest.mark.parametrize(
    ("statuses", "words"),
    [
        ((), "no fact here is reported by two documents"),
        (("corroborated",), "no fact here has status corroborated"),
        (("corroborated", "disputed"), "no fact here has status corroborated or disputed"),
    ],
)
def test_a_story_without_facts_says_why(statuses: tuple[str, ...], words: str) -> None:
    # With --status a story's facts may all have another status (a corroborated claim in
    # a disputed fact): "reported by two documents" would then be untrue.
    base = sample_report()
    story = dataclasses.replace(base.stories[0], facts=[])
    report = dataclasses.replace(
        base, stories=[story], filter=ReportFilter(statuses=statuses)
    )
    console = Console(width=80, file=io.StringIO(), color_system=None)
    render_terminal(report, console)
    assert words in console.file.getvalue()  # type: ignore[attr-defined]
    # Markdown and HTML give the same reason, as a sentence of their own.
    said = words[0].upper() + words[1:] + "."
    assert said in to_markdown(report)
    assert f"<p>{said}</p>" in to_html(report)
    assert "more than one document" not in to_markdown(report) + to_html(report)


def test_markdown_counts_a_storys_documents_as_the_report_shows_them() -> None:
    """A report narrowed to one outlet counts, per story, the documents it shows, as the
    terminal's header does, not every document of the story."""
    base = sample_report()
    [story] = base.stories[:1]
    shown = base.documents[:1]
    report = dataclasses.replace(base, stories=[story], documents=shown)
    n = sum(1 for d in story.document_ids if d in {x.id for x in shown})
    assert f"Story `{story.key}`, {n} document" in to_markdown(report)


def test_a_shortened_wording_keeps_where_it_differs_in_view() -> None:
    """At 80 columns a contradicting wording is cut before where it differs from what the
    fact states, never through it: its "not" stays visible."""
    from factcheck.report.model import Position
    from factcheck.report.render import position_lines

    opening = "The council inspector said the old bridge on Mill Lane had"
    stated = f"{opening} passed its load test in June."
    denied = f"{opening} not passed its load test in June."
    side = Position(stance="contradicts", claim_ids=(2,), outlets=("Vale Post",), figures=(),
                    quote=denied)
    for width in (48, 63):
        [line] = position_lines(side, width, against=stated)
        assert len(line) <= width and "not" in line.split(" — ")[0], line
        assert line.endswith("— Vale Post")
    # without the other side to compare, the head is kept as before
    [plain] = position_lines(side, 48)
    assert plain.startswith("The council inspector")


def _assert_no_outlet_on_both_sides(facts) -> None:  # type: ignore[no-untyped-def]
    """An outlet that states a fact in a report of its own never contradicts it."""
    for fact in facts:
        own = {
            o
            for p in fact.positions
            if p.stance == "states"
            for o in p.outlets
            if o not in p.copies
        }
        against = {o for p in fact.positions if p.stance == "contradicts" for o in p.outlets}
        assert not own & against, f"fact {fact.id}: {own & against} on both sides"
        assert (fact.status == "disputed") == bool(against), f"fact {fact.id}: {fact.status}"


_TOLL = {
    1: ("Dale Courier", "The fire at the mill killed five workers.", "2026-03-02"),
    2: ("Fen Radio", "The fire at the mill killed five workers.", "2026-03-02"),
    3: ("Moor Gazette", "The fire at the mill killed nine workers.", "2026-03-02"),
    4: ("Dale Courier", "The fire at the mill killed six workers.", "2026-03-04"),
    5: ("Quay Herald", "The fire at the mill killed seven workers.", "2026-03-03"),
}


@pytest.mark.parametrize(
    ("own_update", "stances", "against"),
    [
        # the matcher asks a person whether the Courier's two reports conflict: a held
        # match supersedes nothing until a person decides (``matcher.superseded``), so
        # each report stands for itself, as in the claims' statuses
        ("held", {1: "states", 2: "states", 4: "contradicts", 5: "contradicts"},
         ("Dale Courier", "Quay Herald")),
        # nothing ties the Courier's two reports (a person called them unrelated, or they
        # were never compared): each stands for itself, as in the claims' statuses
        ("unrelated", {1: "states", 2: "states", 4: "contradicts", 5: "contradicts"},
         ("Dale Courier", "Quay Herald")),
        ("gone", {1: "states", 2: "states", 4: "contradicts", 5: "contradicts"},
         ("Dale Courier", "Quay Herald")),
        # its later six supersedes its five: the six is its account, stated with Quay
        # Herald's seven (a person's word); the five is its earlier report
        ("superseded", {1: "revision", 2: "contradicts", 3: "related", 4: "states",
                        5: "states"}, ()),
    ],
)  # fmt: skip
def test_an_outlets_versions_are_tied_by_the_store_not_by_its_name(
    own_update: str, stances: dict[int, str], against: tuple[str, ...]
) -> None:
    """Dale Courier states five dead and later reports six; its six conflicts with Fen
    Radio's five (independent). The Courier's six is its own version of the fact only
    where a match that is not independent ties it to the five (held: it waits for a
    person); once that tie makes the five superseded (``matcher.superseded``: the rule
    the statuses follow), the six is the Courier's account and the five its earlier
    report. An outlet's name alone ties nothing: that hid real disputes (F1)."""
    from factcheck.report.facts import group_facts

    claims = {c: claim_entry(c, c, *rest) for c, rest in _TOLL.items()}
    pairs = [
        match_link(1, 1, 2, "corroborates", True),
        match_link(2, 1, 3, "conflicts", True),
        match_link(3, 2, 4, "conflicts", True),
        match_link(4, 2, 5, "conflicts", True),
        match_link(5, 4, 5, "corroborates", True),
    ]
    superseded: set[int] = set()
    if own_update == "held":
        pairs.append(match_link(6, 1, 4, "conflicts", False, held=True))
    elif own_update == "unrelated":
        pairs.append(match_link(6, 1, 4, "unrelated", False))
    elif own_update == "superseded":
        pairs.append(match_link(6, 1, 4, "conflicts", False))
        superseded = {1}
    [fact] = group_facts(list(claims.values()), pairs, claims, set(), None, superseded)
    shown = {c: p.stance for p in fact.positions for c in p.claim_ids}
    assert {c: shown[c] for c in stances} == stances
    assert fact.status == "disputed"
    if own_update == "superseded":
        assert fact.stated_by == ("Dale Courier", "Quay Herald")
        assert fact.contradicted_by == ("Fen Radio",)
        [earlier] = [p for p in fact.positions if p.stance == "revision"]
        assert (earlier.claim_ids, earlier.revision) == ((1,), "earlier")
    else:
        assert fact.contradicted_by == ("Moor Gazette", *against)


def test_an_outlets_own_update_is_its_account_and_its_first_figure_its_earlier_report() -> None:
    """Dale Courier says five (with Fen Radio), then six two days later (a decided match
    between its two reports: the six supersedes the five, ``matcher.superseded``). The
    six is the Courier's account and disputes Fen Radio's five, as ``claims`` has it (2
    and 4 disputed); the five is its earlier report, never a side of its own."""
    from factcheck.report.facts import group_facts

    claims = {c: claim_entry(c, c, *_TOLL[c]) for c in (1, 2, 4)}
    pairs = [
        match_link(1, 1, 2, "corroborates", True),
        match_link(2, 2, 4, "conflicts", True),
        match_link(3, 1, 4, "conflicts", False),
    ]
    [fact] = group_facts(list(claims.values()), pairs, claims, set(), None, {1})
    _assert_no_outlet_on_both_sides([fact])
    shown = {c: (p.stance, p.revision) for p in fact.positions for c in p.claim_ids}
    assert shown[1] == ("revision", "earlier")
    assert {shown[2][0], shown[4][0]} == {"states", "contradicts"}
    assert fact.status == "disputed"


def test_a_figure_worded_alike_on_two_sides_shows_the_wordings() -> None:
    """Two sides of a dispute that give the same figure ("six months") and differ on
    something the figures do not name (which day "yesterday" is) are told apart by their
    wordings, never by two identical figures."""
    from factcheck.report.facts import group_facts

    said_yesterday = "The council voted yesterday to shut the pier for six months."
    claims = {
        1: claim_entry(1, 1, "Quay Post", said_yesterday),
        2: claim_entry(
            2, 2, "Fen Radio", "Councillors voted on Sunday to shut the pier for six months."
        ),
        3: claim_entry(3, 3, "Moor Gazette", said_yesterday),
    }
    conflict = match_link(2, 2, 3, "conflicts", True)
    conflict["reasons"] = ["dates differ: on Sunday vs yesterday"]
    pairs = [match_link(1, 1, 2, "corroborates", True), conflict]
    [fact] = group_facts(list(claims.values()), pairs, claims, set())
    assert fact.status == "disputed"
    said = [w.what for p in fact.positions for w in p.wordings]
    assert "six months" not in said
    assert said_yesterday in said


def test_a_story_nothing_of_which_meets_the_filters_is_neither_shown_nor_counted(
    store: Store,
) -> None:
    """``--status`` with ``--source`` can leave a story with no fact and no claim that
    meets them: it is left out of every format, not headed "no fact here has status …"
    and counted as "1 story"."""
    store.ingest(
        RawDocument(
            text="The Selby tram depot fire destroyed 14 trams on Friday, the operator said.\n",
            source="Dale Post",
            published=date(2026, 2, 6),
        )
    )
    store.ingest(
        RawDocument(
            text="The Selby tram depot fire destroyed 14 trams on Friday, firefighters said.\n",
            source="Fell Times",
            published=date(2026, 2, 7),
        )
    )
    kept = gather_report(store, ReportFilter(source="Dale Post", statuses=("corroborated",)))
    assert len(kept.stories) == 1 and kept.status_counts["corroborated"] == 1
    report = gather_report(store, ReportFilter(source="Dale Post", statuses=("disputed",)))
    assert report.stories == () and report.documents == ()
    assert sum(report.status_counts.values()) == 0
    title = kept.stories[0].title
    table = render_report(report, "table", width=80)
    assert "0 stories" in table and "Story " not in table and "no fact here" not in table
    assert json.loads(render_report(report, "json"))["stories"] == []
    for fmt in ("md", "html"):
        text = render_report(report, fmt)
        assert html.escape(title) not in text and "No fact here" not in text, fmt
    assert len(render_report(report, "csv").splitlines()) == 1  # the header alone
    assert title not in render_report(report, "tsv")
    # Unfiltered, a story whose claims no other document reports is still shown.
    store.ingest(
        RawDocument(
            text="The Wendle lighthouse will reopen to visitors in May, the trust said.\n",
            source="Dale Post",
            published=date(2026, 3, 1),
        )
    )
    assert len(gather_report(store).stories) == 2
