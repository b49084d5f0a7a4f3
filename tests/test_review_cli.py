"""The review commands through the CLI, on SQLite and PostgreSQL: decide, verdict, note,
history, claims --needs-review, review --next --json and the interactive queue."""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import Rating, app
from factcheck.review import RATINGS

runner = CliRunner()

KILLED_12 = "The Harl Bridge collapse killed 12 people on Monday, police said."
KILLED_15 = "The Harl Bridge collapse killed 15 people on Monday."
HEDGED = "Some say the Lyle stadium roof may have cost 40 million euros."


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def desk(db_url: str, tmp_path: Path) -> list[str]:
    """Global options for a database where every imperfect match is held for review."""
    config = tmp_path / "config.toml"
    config.write_text(
        '[match]\nauto = 1.0\nconflict_auto = 1.0\n\n[review]\nreviewer = "Desk One"\n'
    )
    opts = ["--db", db_url, "--config", str(config)]
    for text, source in ((KILLED_12, "Valley Post"), (KILLED_15, "Coast Radio")):
        code, _, err = run(*opts, "ingest", "-", "--source", source, input=text)
        assert code == 0, err
    code, _, err = run(*opts, "ingest", "-", "--source", "Ridge Courier", input=HEDGED)
    assert code == 0, err
    return opts


def claims(opts: list[str], *extra: str) -> list[dict]:
    code, out, err = run(*opts, "claims", "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_rating_choices_match_the_library() -> None:
    assert tuple(r.value for r in Rating) == RATINGS


def test_decide_flow(desk: list[str]) -> None:
    held = claims(desk, "--needs-review")
    assert {c["source"] for c in held} == {"Valley Post", "Coast Radio"}
    assert all(c["pending_reviews"] == 1 and c["status"] == "unverified" for c in held)
    code, out, _ = run(*desk, "matches", str(held[0]["id"]), "--json")
    [match] = json.loads(out)
    assert match["needs_review"] is True and isinstance(match["match_id"], int)
    code, out, err = run(
        *desk, "decide", str(match["match_id"]), "conflicts", "--note", "police said 12"
    )
    assert code == 0, err
    assert f"match {match['match_id']}: conflicts" in out and "unverified → disputed" in out
    assert "Desk One" in out  # the configured reviewer
    assert claims(desk, "--needs-review") == []
    assert {c["status"] for c in claims(desk, "--status", "disputed")} == {"disputed"}
    assert len(claims(desk, "--status", "disputed")) == 2
    # the decision survives rematch, both kinds
    for extra in ([], ["--all"]):
        code, _, err = run(*desk, "rematch", *extra)
        assert code == 0, err
        assert len(claims(desk, "--status", "disputed")) == 2
    code, out, _ = run(*desk, "show", str(held[0]["id"]), "--json")
    shown = json.loads(out)
    assert shown["reviews"][0]["decision"] == "conflicts"
    assert shown["reviews"][0]["reviewer"] == "Desk One"
    assert shown["matches"][0]["match_id"] == match["match_id"]
    # the table shows the match id for `decide`
    code, out, _ = run(*desk, "matches", str(held[0]["id"]))
    assert code == 0 and str(match["match_id"]) in out


def test_decide_json_and_errors(desk: list[str]) -> None:
    [first, *_] = claims(desk, "--needs-review")
    code, out, _ = run(*desk, "matches", str(first["id"]), "--json")
    match_id = json.loads(out)[0]["match_id"]
    code, out, err = run(*desk, "decide", str(match_id), "unrelated", "--reviewer", "Ana", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["decision"] == "unrelated" and result["reviewer"] == "Ana"
    assert {c["status"] for c in result["claims"]} == {"unverified"}
    code, _, err = run(*desk, "decide", "9999", "conflicts")
    assert code == 2 and "no match with id 9999" in err
    code, _, err = run(*desk, "decide", str(match_id), "agrees")
    assert code == 2
    code, _, err = run(*desk, "decide", str(match_id), "conflicts", "--reviewer", " ")
    assert code == 2 and "reviewer" in err


def test_decide_or_verdict_given_again_says_nothing_changed(desk: list[str]) -> None:
    [first, *_] = claims(desk, "--needs-review")
    code, out, _ = run(*desk, "matches", str(first["id"]), "--json")
    match_id = str(json.loads(out)[0]["match_id"])
    cid = str(first["id"])
    for args in (["decide", match_id, "corroborates"], ["verdict", cid, "true", "--note", "ok"]):
        code, out, err = run(*desk, *args)
        assert code == 0 and "nothing changed" not in out, err
        code, out, err = run(*desk, *args)
        assert code == 0, err
        assert "already" in out and out.rstrip().endswith("nothing changed")
        assert "(was" not in out
        code, out, _ = run(*desk, *args, "--json")
        assert json.loads(out)["unchanged"] is True
    code, out, _ = run(*desk, "history", cid, "--json")
    assert [e["action"] for e in json.loads(out)] == ["decide", "verdict"]


def test_the_same_decision_without_a_note_keeps_its_note(desk: list[str]) -> None:
    """`decide M conflicts` after `decide M conflicts --note why` changes nothing: the
    note was dropped silently (tester11b F1). A changed decision starts without it."""
    [first, *_] = claims(desk, "--needs-review")
    code, out, _ = run(*desk, "matches", str(first["id"]), "--json")
    match_id = str(json.loads(out)[0]["match_id"])
    assert run(*desk, "decide", match_id, "conflicts", "--note", "toll: 12 vs 15")[0] == 0
    code, out, err = run(*desk, "decide", match_id, "conflicts", "--json")
    assert code == 0, err
    again = json.loads(out)
    assert again["unchanged"] is True and again["note"] == "toll: 12 vs 15"
    code, out, err = run(*desk, "decide", match_id, "unrelated", "--json")
    assert code == 0, err
    assert json.loads(out)["note"] is None


def test_verdict_note_history(desk: list[str]) -> None:
    [claim] = claims(desk, "--source", "Ridge Courier")
    cid = str(claim["id"])
    code, out, err = run(*desk, "verdict", cid, "unproven", "--note", "no documents")
    assert code == 0, err
    assert "unproven" in out
    code, out, err = run(
        *desk,
        "verdict",
        cid,
        "misleading",
        "--evidence",
        "https://example.org/audit",
        "--reviewer",
        "Bo",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["previous_rating"] == "unproven"
    code, _, err = run(*desk, "verdict", cid, "true", "--evidence", "javascript:alert(1)")
    assert code == 2 and "http(s)" in err
    code, _, err = run(*desk, "verdict", cid, "mostly")
    assert code == 2
    code, out, err = run(*desk, "note", cid, "asked the club for invoices")
    assert code == 0, err
    code, out, _ = run(*desk, "history", cid, "--json")
    entries = json.loads(out)
    assert [e["action"] for e in entries] == ["verdict", "verdict", "note"]
    assert [e["reviewer"] for e in entries] == ["Desk One", "Bo", "Desk One"]
    assert entries[1]["old"]["rating"] == "unproven"
    assert entries[1]["new"]["evidence_url"] == "https://example.org/audit"
    code, out, _ = run(*desk, "history", cid)
    flat = " ".join(out.split())
    assert "verdict misleading (was unproven)" in flat and "why no documents" in flat
    assert claims(desk, "--source", "Ridge Courier")[0]["verdict"] == "misleading"
    code, out, _ = run(*desk, "show", cid)
    assert "verdict: misleading by Bo" in out and "evidence https://example.org/audit" in out
    assert f"3 recorded changes: factcheck history {cid}" in out
    code, _, err = run(*desk, "history", "9999")
    assert code == 2 and "no claim" in err


def test_review_next_json(desk: list[str]) -> None:
    code, out, err = run(*desk, "review", "--next", "--json")
    assert code == 0, err
    item = json.loads(out)
    assert item["reason"] == "held-conflict"
    assert item["claim"]["source"] in ("Valley Post", "Coast Radio")
    assert len(item["held_matches"]) == 1
    code, out, _ = run(*desk, "review", "--next", "--json", "--source", "Ridge Courier")
    item = json.loads(out)
    assert item["reason"] == "hedged-or-unnamed"
    code, out, _ = run(*desk, "review", "--next", "--json", "--status", "corroborated")
    assert code == 0 and json.loads(out) is None
    code, _, err = run(*desk, "review", "--json")
    assert code == 2 and "--next" in err


def test_history_blocks_at_80_columns(desk: list[str]) -> None:
    [claim] = claims(desk, "--source", "Ridge Courier")
    cid = str(claim["id"])
    long_note = (
        "The club's published accounts list the roof at 25 million euros and the builder "
        "confirmed that figure to us on the telephone on Tuesday afternoon"
    )
    for rating, note in (("unproven", "no documents"), ("false", long_note)):
        code, _, err = run(*desk, "verdict", cid, rating, "--note", note)
        assert code == 0, err
    result = runner.invoke(app, [*desk, "history", cid], env={"COLUMNS": "80", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines and all(len(line) <= 80 for line in lines)
    assert all(line == line.rstrip() for line in lines), [ln for ln in lines if ln != ln.rstrip()]
    heads = [i for i, line in enumerate(lines) if line.startswith("#")]
    assert len(heads) == 2
    indent = len(lines[heads[0]]) - len(lines[heads[0]].split(" ", 1)[1])
    for line in lines:
        if not line.startswith("#"):
            # every line of a block is indented under its head, the "why" line too
            assert (line[:indent].strip() == "" and line[indent] != " ") or line.startswith(
                " " * (indent + 4)
            ), line
    why = [line for line in lines if line.strip().startswith("why ")]
    assert len(why) == 2 and all(line.startswith(" " * indent + "why ") for line in why)
    flat = " ".join(result.stdout.split())
    assert f"why {long_note}" in flat
    last = lines.index(why[1])
    assert lines[last + 1].startswith(" " * (indent + 4))  # the long reason wraps under itself


def test_history_times_carry_their_zone(
    desk: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """JSON gives UTC with its zone; the table the reader's local time with its offset."""
    import time
    from datetime import datetime

    [claim] = claims(desk, "--source", "Ridge Courier")
    cid = str(claim["id"])
    assert run(*desk, "verdict", cid, "unproven")[0] == 0
    code, out, _ = run(*desk, "history", cid, "--json")
    [entry] = json.loads(out)
    stamp = datetime.fromisoformat(entry["recorded_at"])
    assert stamp.utcoffset() is not None and stamp.utcoffset().total_seconds() == 0
    monkeypatch.setenv("TZ", "Asia/Kolkata")  # +05:30 all year: no summer time to meet
    time.tzset()
    try:
        code, out, _ = run(*desk, "history", cid)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert code == 0
    head = next(line for line in out.splitlines() if line.startswith("#"))
    shown = re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[+-]\d\d:\d\d", head)
    assert shown is not None, head
    local = datetime.fromisoformat(shown.group(0))
    assert shown.group(0).endswith("+05:30") and local == stamp.replace(microsecond=0)


def test_interactive_queue_keys(desk: list[str]) -> None:
    # conflicts on the held match; then the hedged claim: unknown key, verdict false with
    # a note and no evidence; then the queue is empty.
    keys = "x\n" + "?\n" + "v\n" + "f\n" + "budget shows 25 million\n" + "\n"
    code, out, err = run(*desk, "review", input=keys)
    assert code == 0, err
    assert "would dispute it" in out
    assert "unknown key" in out
    assert "claim" in out and "verdict false" in out
    assert "1 decision, 1 verdict, 0 notes, 0 skipped (reviewer: Desk One)" in out
    assert len(claims(desk, "--status", "disputed")) == 2
    [ridge] = claims(desk, "--source", "Ridge Courier")
    assert ridge["verdict"] == "false"


def test_interactive_bad_evidence_url_is_asked_again(desk: list[str]) -> None:
    # x decides the held match; then on the hedged claim: verdict false, a note, a refused
    # URL (asked again, in the prompt's words), then a good one; "q" ends the queue.
    keys = "x\nv\nf\nbudget shows 25 million\njavascript:alert(1)\nhttps://example.org/b\nq\n"
    code, out, err = run(*desk, "review", input=keys)
    assert code == 0, err
    assert "evidence URL must be an http(s) URL, not 'javascript:alert(1)'" in out
    assert "--evidence" not in out + err
    assert "unknown key" not in out
    assert "1 decision, 1 verdict, 0 notes" in out
    [ridge] = claims(desk, "--source", "Ridge Courier")
    assert ridge["verdict"] == "false"
    code, out, err = run(*desk, "history", str(ridge["id"]), "--json")
    assert code == 0, err
    assert "https://example.org/b" in out and "budget shows 25 million" in out


def test_after_a_decision_the_header_says_what_the_sitting_has_left(desk: list[str]) -> None:
    """A decision that settles its claims takes them out of the queue and the sitting
    alike, so both counts are equal: the header still says what is left in the sitting
    (README: once the sitting has skipped or acted on claims)."""
    code, out, err = run(*desk, "review", input="x\nq\n")
    assert code == 0, err
    flat = " ".join(out.split())
    headers = re.findall(r"(?:\d+ left in this sitting · )?\d+ in the queue", flat)
    assert headers[:2] == ["3 in the queue", "1 left in this sitting · 1 in the queue"], out


def test_an_empty_note_says_no_note(desk: list[str]) -> None:
    # n and Enter (or blanks) cancels and says so, as v and Enter says "no verdict".
    code, out, err = run(*desk, "review", input="n\n\nn\n   \nq\n")
    assert code == 0, err
    assert out.count("no note") == 2 and "note saved" not in out
    assert "0 decisions, 0 verdicts, 0 notes" in out


def test_interactive_skip_note_open_quit(desk: list[str]) -> None:
    keys = "n\n" + "check with police\n" + "o\n" + "s\n" + "q\n"
    code, out, err = run(*desk, "review", input=keys)
    assert code == 0, err
    assert "note saved" in out
    assert "0 decisions, 0 verdicts, 1 note, 1 skipped" in out
    assert claims(desk, "--needs-review")  # nothing decided
    # end of input quits cleanly too
    code, out, _ = run(*desk, "review", input="")
    assert code == 0 and "0 decisions" in out


def test_a_url_is_never_broken_across_lines(desk: list[str]) -> None:
    """At 80 columns a URL longer than the line is printed whole, on a line of its own,
    in `review` (the item and `o`), `show` and `history`: folded by rich it could be
    neither copied nor clicked. Every other line still fits."""
    page = "https://news.example.org/2026/03/02/regional/lyle-stadium-roof-costs-audit-" + (
        "published-by-the-city-council-finance-committee"
    )
    evidence = "https://records.example.org/audit/2026/lyle-stadium/" + "appendix-b-" * 5
    code, _, err = run(
        *desk, "ingest", "-", "--source", "Lake Herald", "--url", page,
        input="The Harl Bridge collapse killed 14 people on Monday.",  # held: in the queue
    )
    assert code == 0, err
    [claim] = claims(desk, "--source", "Lake Herald")
    cid = str(claim["id"])
    code, _, err = run(*desk, "verdict", cid, "false", "--evidence", evidence, "--note", evidence)
    assert code == 0, err
    env = {"COLUMNS": "80", "NO_COLOR": "1"}
    views = {
        "show": runner.invoke(app, [*desk, "show", cid], env=env).stdout,
        "history": runner.invoke(app, [*desk, "history", cid], env=env).stdout,
        "review": runner.invoke(
            app, [*desk, "review", "--source", "Lake Herald"], input="o\nq\n", env=env
        ).stdout,
    }
    for name, out in views.items():
        lines = out.splitlines()
        urls = [u for u in (page, evidence) if u in out]
        assert urls, (name, out)
        for url in urls:
            # whole, and alone but for a label or an indent
            assert any(line.strip().endswith(url) for line in lines), (name, out)
        assert all(len(line) <= 80 for line in lines if "https://" not in line), (name, out)
    assert views["review"].count(page) >= 2  # the item's provenance, and `o`


def test_interactive_at_80_columns_no_color(desk: list[str]) -> None:
    result = runner.invoke(
        app, [*desk, "review"], input="q\n", env={"COLUMNS": "80", "NO_COLOR": "1"}
    )
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "\x1b[" not in result.stdout
    assert "»" in result.stdout and "«" in result.stdout  # the claim, marked without colour
    assert "c corroborates" in result.stdout and "q quit" in result.stdout


def test_config_reviewer_is_validated(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[review]\nreviewer = ""\n')
    code, _, err = run("--config", str(config), "note", "1", "x")
    assert code == 2 and "reviewer" in err
    config.write_text('[review]\nname = "x"\n')
    code, _, err = run("--config", str(config), "note", "1", "x")
    assert code == 2 and "unknown [review] key" in err


def test_highlight_marks_claim_and_markers_without_colour() -> None:
    from factcheck.review_session import highlight

    text = "Intro. Officials said the toll may rise. End."
    start = text.index("Officials")
    end = text.index(" End")
    markers = [
        {"kind": "weasel", "start": start, "end": start + 14},
        {"kind": "hedge", "start": text.index("may"), "end": text.index("may") + 3},
    ]
    out = highlight(text, 0, (start, end), markers, plain=True)
    assert out.plain == "Intro. »[Officials said] the toll [may] rise.« End."
    styled = highlight(text[7:], 7, (start, end), markers, plain=False)
    assert styled.plain == text[7:]
    assert any("underline" in str(span.style) for span in styled.spans)


def test_article_text_cannot_drive_the_terminal() -> None:
    from factcheck.review_session import highlight

    text = "x\x1b]0;pwned\x07 y\r\nz"
    out = highlight(text, 0, (0, text.index(" y")), [], plain=True)
    assert "\x1b" not in out.plain and "\x07" not in out.plain
    assert out.plain == "»x\\x1b]0;pwned\\x07« y\nz"


def test_session_through_its_functions(db_url: str, tmp_path: Path) -> None:
    from rich.console import Console

    from factcheck.match import MatchConfig
    from factcheck.read import RawDocument
    from factcheck.review_session import Session
    from factcheck.store import Store

    store = Store(db_url, match_config=MatchConfig(auto=1.0, conflict_auto=1.0))
    store.ingest(RawDocument(text=KILLED_12, source="Valley Post"))
    store.ingest(RawDocument(text=KILLED_15, source="Coast Radio"))
    keys = iter("uq")
    console = Console(width=80, record=True, no_color=True, file=(tmp_path / "o").open("w"))
    session = Session(store, console, reviewer="Ana", read_key=lambda: next(keys))
    done = session.run()
    assert done["decisions"] == 1
    assert {c["status"] for c in store.claims()} == {"unverified"}
    assert store.claims(needs_review=True) == []
    # A refused evidence URL is said in the prompt's words and asked for again: the
    # verdict and its note are kept, and the next answer is read as a URL, not as keys.
    answers = iter(["false", "the mayor's office confirmed it", "javascript:alert(1)", "u", ""])
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return next(answers)

    keys = iter("vq")
    session = Session(store, console, reviewer="Ana", read_key=lambda: next(keys), ask=ask)
    done = session.run()
    text = console.export_text()
    assert "evidence URL must be an http(s) URL, not 'javascript:alert(1)'" in text
    assert "--evidence" not in text
    assert "type it again, or press Enter for none" in text
    assert prompts == ["rating", "note (why; empty for none)"] + [
        "evidence URL (empty for none)"
    ] * 3
    assert done["verdicts"] == 1
    claim_id = int(re.search(r"claim (\d+): verdict false", text).group(1))  # type: ignore[union-attr]
    verdict = store.claim(claim_id)["verdict"]
    assert verdict["rating"] == "false"
    assert verdict["note"] == "the mayor's office confirmed it"
    assert verdict["evidence_url"] is None
    # A good URL after a bad one is the one recorded.
    answers = iter(["t", "", "ftp://example.org/x", "https://example.org/minutes"])
    keys = iter("vq")
    Session(store, console, reviewer="Ana", read_key=lambda: next(keys), ask=ask).run()
    other = int(re.search(r"claim (\d+): verdict true", console.export_text()).group(1))  # type: ignore[union-attr]
    assert store.claim(other)["verdict"]["evidence_url"] == "https://example.org/minutes"
    store.engine.dispose()


def test_review_next_for_people(desk: list[str]) -> None:
    code, out, err = run(*desk, "review", "--next")
    assert code == 0, err
    assert "would dispute it" in out and "Match" in out and "different figures" in out
    code, out, _ = run(*desk, "review", "--next", "--status", "corroborated")
    assert code == 0 and "nothing waits for review with --status corroborated" in out
    code, out, _ = run(*desk, "review", "--status", "corroborated", "--marker", "weasel")
    assert code == 0
    assert "Nothing waits for review with --status corroborated, --marker weasel." in out


UNKNOWN_IDS: list[tuple[list[str], str]] = [
    (["claims", "--story", "999"], "no story with id 999"),
    (["claims", "--document", "999"], "no document with id 999"),
    (["claims", "--source", "Valley Postt"], "no outlet named 'Valley Postt'"),
    (["claims", "--needs-review", "--story", "999"], "no story with id 999"),
    (["show", "999"], "no claim with id 999"),
    (["matches", "999"], "no claim with id 999"),
    (["history", "999"], "no claim with id 999"),
    (["decide", "999", "conflicts"], "no match with id 999"),
    (["verdict", "999", "true"], "no claim with id 999"),
    (["note", "999", "called the mayor's office"], "no claim with id 999"),
    (["stories", "show", "999"], "no story with id 999"),
    (["documents", "edit", "999", "--title", "Bridge"], "no document with id 999"),
    (["documents", "delete", "999"], "no document with id 999"),
    (["sources", "rename", "Valley Postt", "Valley Mail"], "no outlet named"),
    (["report", "--source", "Valley Postt"], "no outlet named 'Valley Postt'"),
    (["review", "--next", "--json", "--story", "999"], "no story with id 999"),
    (["review", "--next", "--document", "999"], "no document with id 999"),
    (["review", "--source", "Valley Postt"], "no outlet named 'Valley Postt'"),
]


def test_unknown_ids_are_one_line_and_exit_2(desk: list[str]) -> None:
    """Whether the id is a command's subject or a listing's filter, an id (or outlet) that
    does not exist is refused the same way: one line on stderr, nothing on stdout, exit 2."""
    for args, what in UNKNOWN_IDS:
        code, out, err = run(*desk, *args)
        assert code == 2, (args, err)
        assert out == "", args
        assert len(err.strip().splitlines()) == 1 and what in err, (args, err)
        if "outlet" in what:
            assert "did you mean 'Valley Post'?" in err, err


def test_piped_keys_are_read_a_line_at_a_time(desk: list[str]) -> None:
    """A script pipes one key a line: the newline after a key is not a key of its own,
    blank lines are passed over, and the end of input quits."""
    code, out, err = run(*desk, "review", input="\n\nu\n\ns\nq\n")
    assert code == 0, err
    assert "unknown key" not in out
    assert "1 decision, 0 verdicts, 0 notes, 1 skipped" in out


def test_read_line_key() -> None:
    import io

    from factcheck.review_session import read_line_key

    stream = io.StringIO("\n  x  \r\n\nconflicts\n")
    assert [read_line_key(stream) for _ in range(3)] == ["x", "conflicts", ""]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["verdict", "1", "flase"], "RATING 'flase' is not one of: true, false, misleading"),
        (["decide", "1", "agrees"], "DECISION 'agrees' is not one of: corroborates, conflicts"),
        (["claims", "--status", "sure"], "--status 'sure' is not one of: unverified, corrob"),
        (["report", "--format", "pdf"], "--format 'pdf' is not one of: table, md, html"),
        (["show", "seven"], "CLAIM_ID must be a whole number"),
        (["claims", "--limit", "0"], "--limit must be at least 1"),
    ],
)
def test_a_refused_value_is_one_line(
    sqlite_url: str, args: list[str], expected: str
) -> None:
    code, out, err = run("--db", sqlite_url, *args)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], err
    assert "Value error" not in err and "Usage:" not in err


@pytest.mark.parametrize("value", ["0", str(2**63), "99999999999999999999"])
@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["show", "ID"], "no claim with id ID (see `factcheck claims`)"),
        (["history", "ID"], "no claim with id ID (see `factcheck claims`)"),
        (["decide", "ID", "conflicts"], "no match with id ID (see `factcheck matches"),
        (["note", "1", "seen", "--match", "ID"], "no match with id ID"),
        (["report", "--story", "ID"], "no story with id ID (see `factcheck stories`)"),
        (["review", "--next", "--story", "ID"], "no story with id ID"),
        (["claims", "--document", "ID"], "no document with id ID (see `factcheck documents`)"),
        (["documents", "delete", "ID"], "no document with id ID"),
        (["documents", "edit", "ID", "--title", "New"], "no document with id ID"),
        (["stories", "merge", "ID", "1"], "no story with id ID"),
    ],
)
def test_an_id_no_row_can_have_is_refused_as_an_unknown_id(
    sqlite_url: str, args: list[str], expected: str, value: str
) -> None:
    """0 or a number beyond 64 bits names no row: the same words as an id that is not
    stored, never a bound a person cannot use or a database overflow."""
    code, out, err = run("--db", sqlite_url, *[value if a == "ID" else a for a in args])
    assert code != 0 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and expected.replace("ID", value) in lines[0], err
    assert "9223372036854775807" not in err.replace(value, "")


def test_terminal_views_end_lines_without_blanks(desk: list[str]) -> None:
    [held, *_] = claims(desk, "--needs-review")
    env = {"COLUMNS": "80", "NO_COLOR": "1"}
    views = [
        ["review"],
        ["show", str(held["id"])],
        ["matches", str(held["id"])],
        ["sources"],
        ["documents"],
        ["claims"],
        ["report"],
    ]
    for view in views:
        result = runner.invoke(app, [*desk, *view], input="s\nq\n", env=env)
        assert result.exit_code == 0, result.stderr
        padded = [line for line in result.stdout.splitlines() if line != line.rstrip()]
        assert padded == [], (view, padded)


@pytest.mark.parametrize(
    ("answer", "key"),
    [
        ("f", "f"),
        ("false", "f"),
        ("  False ", "f"),
        ("needs-context", "c"),
        ("needs context", "c"),
        ("unproven", "p"),
        ("fals", None),
        ("nope", None),
        ("", None),
    ],
)
def test_a_rating_is_its_key_or_its_whole_word(answer: str, key: str | None) -> None:
    from factcheck.review_session import RATING_KEYS, choose

    assert choose(answer, RATING_KEYS) == key


def test_typed_words_are_never_read_as_their_first_letter(desk: list[str]) -> None:
    # "conflicts" must not be "c" (corroborates); the rating "unproven" must not be "u".
    keys = "conflicts\nverdict\nunproven\nno source yet\n\n"
    code, out, err = run(*desk, "review", input=keys)
    assert code == 0, err
    assert "unknown key" not in out and "no verdict" not in out
    assert len(claims(desk, "--status", "disputed")) == 2
    [ridge] = claims(desk, "--source", "Ridge Courier")
    assert ridge["verdict"] == "unproven"


def test_every_skip_of_a_held_match_is_counted(db_url: str, tmp_path: Path) -> None:
    from rich.console import Console

    from factcheck.match import MatchConfig
    from factcheck.read import RawDocument
    from factcheck.review_session import Session
    from factcheck.store import Store

    store = Store(db_url, match_config=MatchConfig(auto=1.0, conflict_auto=1.0))
    store.ingest(RawDocument(text=KILLED_12, source="Valley Post"))
    store.ingest(RawDocument(text=KILLED_15, source="Coast Radio"))
    store.ingest(RawDocument(text="The Harl Bridge collapse killed 14 people.", source="Fen Daily"))
    [first, *_] = [c for c in store.claims(needs_review=True)]
    held = first["pending_reviews"]
    assert held >= 2  # one claim with two held matches
    keys = iter("s" * held + "q")
    console = Console(width=80, file=(tmp_path / "o").open("w"), record=True, no_color=True)
    done = Session(store, console, reviewer="Ana", read_key=lambda: next(keys)).run()
    assert done["skipped"] == held
    assert f"{held} skipped" in console.export_text()
    store.engine.dispose()


def test_a_verdict_has_one_json_shape_in_show_verdict_and_report(desk: list[str]) -> None:
    [ridge] = claims(desk, "--source", "Ridge Courier")
    code, out, err = run(
        *desk, "verdict", str(ridge["id"]), "false", "--evidence", "https://example.org/b",
        "--note", "the budget says 25 million", "--json",
    )
    assert code == 0, err
    given = json.loads(out)
    _, shown, _ = run(*desk, "show", str(ridge["id"]), "--json")
    _, reported, _ = run(*desk, "report", "--format", "json")
    in_report = [
        c["verdict"] for c in json.loads(reported)["unverified_checkworthy"] if c["verdict"]
    ]
    shapes = [given, json.loads(shown)["verdict"], *in_report]
    assert len(shapes) == 3
    for verdict in shapes:
        assert verdict["rating"] == verdict["verdict"] == "false"
        assert verdict["evidence_url"] == "https://example.org/b"
        assert verdict["evidence"] == ["https://example.org/b"]
        assert verdict["claim_id"] == ridge["id"] and verdict["reviewer"] == "Desk One"


def test_show_json_document_reads_as_the_documents_listing(desk: list[str]) -> None:
    [ridge] = claims(desk, "--source", "Ridge Courier")
    _, shown, _ = run(*desk, "show", str(ridge["id"]), "--json")
    _, listed, _ = run(*desk, "documents", "--json")
    document = json.loads(shown)["document"]
    [same] = [d for d in json.loads(listed) if d["id"] == document["id"]]
    assert document["claims"] == len(claims(desk, "--document", str(document["id"]))) >= 1
    assert {k: v for k, v in document.items() if k in same} == same


def test_claims_columns_never_squeeze_the_claim_on_a_wider_terminal(desk: list[str]) -> None:
    """A wider terminal never shows the claim narrower than 80 columns do: review counts,
    markers and spans join only where the claim keeps its room (at 120 columns they had cut
    it to fewer characters than at 80)."""
    claim_widths = []
    headers = {}
    for columns in (80, 100, 120, 140, 160, 200):
        result = runner.invoke(
            app, [*desk, "claims", "--needs-review"], env={"COLUMNS": str(columns)}
        )
        assert result.exit_code == 0, result.stderr
        header = result.stdout.splitlines()[1]
        headers[columns] = header.split()
        claim_widths.append(header.index("status") - header.index("claim"))
        assert max(len(line) for line in result.stdout.splitlines()) <= columns
    # never narrower than at 80 columns, and some 60 characters wherever details join it
    assert all(w >= claim_widths[0] for w in claim_widths), claim_widths
    assert claim_widths[:5] == sorted(claim_widths[:5]) and claim_widths[-1] >= 60
    assert "markers" not in headers[120] and "review" in headers[120]
    assert {"markers", "span"} <= set(headers[200])


@pytest.mark.parametrize("keys", ["u\ns\ns\nq\n", "c\ns\nq\n", "s\ns\ns\nq\n"])
def test_the_waiting_count_goes_down_with_each_action(desk: list[str], keys: str) -> None:
    """The header's "N waiting" is counted afresh after every action: a decision (even
    "unrelated", which leaves the claim open) or a skip takes the claim out of what this
    sitting still has to do, and claims a decision settles leave with it."""
    code, out, err = run(*desk, "review", input=keys)
    assert code == 0, err
    flat = " ".join(out.split())
    counts = [
        int(left or whole)
        for left, whole in re.findall(r"(?:(\d+) left in this sitting · )?(\d+) in the queue", flat)
    ]
    assert counts[0] == 3 and len(counts) >= 2, out
    assert counts == sorted(set(counts), reverse=True), counts
    # the queue's own size is the number `review --next --json` gives, after the sitting too
    queue = [int(n) for n in re.findall(r"(\d+) in the queue", flat)]
    code, out, err = run(*desk, "review", "--next", "--json")
    assert code == 0, err
    after = json.loads(out)
    assert after is None or after["queue_size"] == after["left"] <= queue[0]
    if after is not None and keys.count("s") == len(keys.split()) - 1:  # only skipped
        assert after["queue_size"] == queue[-1] == 3


def test_show_marks_a_cut_only_where_the_article_goes_on(
    sqlite_url: str, tmp_path: Path
) -> None:
    """The paragraph around a claim starts with "…" only when text comes before it, and
    ends with one only when text follows."""
    article = tmp_path / "pier.txt"
    article.write_text(
        "The Ostry pier reopened on Monday after repairs costing $3 million. "
        "Workers replaced 40 rotten timber piles and rebuilt the landing stage that storms "
        "had torn away in the winter, the contractor said in a statement on Sunday. "
        "Ferries to the island will resume on Thursday, the harbour board said.",
        encoding="utf-8",
    )
    code, _, err = run("--db", sqlite_url, "ingest", "--source", "Pier Post", str(article))
    assert code == 0, err
    found = json.loads(run("--db", sqlite_url, "claims", "--json")[1])
    first, last = found[0], found[-1]
    assert first["start"] == 0 and len(found) >= 2
    shown = {}
    for claim in (first, last):
        result = runner.invoke(
            app, ["--db", sqlite_url, "show", str(claim["id"])], env={"COLUMNS": "200"}
        )
        assert result.exit_code == 0, result.stderr
        # the paragraph: the lines after the first blank one, up to the provenance table
        lines = result.stdout.splitlines()
        start = lines.index("") + 1
        end = next(i for i in range(start, len(lines)) if lines[i].startswith(" source"))
        shown[claim["id"]] = " ".join(line for line in lines[start:end] if line)
    assert shown[first["id"]].startswith("The Ostry pier reopened")
    assert shown[first["id"]].endswith("…")
    assert shown[last["id"]].startswith("…") and shown[last["id"]].endswith("board said.")


def test_a_skipped_match_does_not_come_back_from_its_other_side(
    db_url: str, tmp_path: Path
) -> None:
    from rich.console import Console

    from factcheck.match import MatchConfig
    from factcheck.read import RawDocument
    from factcheck.review import queue_size
    from factcheck.review_session import Session
    from factcheck.store import Store

    store = Store(db_url, match_config=MatchConfig(auto=1.0, conflict_auto=1.0))
    for text, source in (
        ("The Orrin ferry fire injured 9 passengers on Sunday.", "Bay Gazette"),
        ("The Orrin ferry fire injured 11 passengers on Sunday.", "Harbour FM"),
        ("The Orrin ferry fire injured 10 passengers on Sunday.", "Cape Daily"),
    ):
        store.ingest(RawDocument(text=text, source=source))
    held = {
        m["match_id"]
        for c in store.claims(needs_review=True)
        for m in store.claim(c["id"])["matches"]
        if m["needs_review"]
    }
    assert len(held) >= 2  # every held match has two sides that both wait in the queue
    keys = iter("s" * 3 * len(held))
    console = Console(width=80, file=(tmp_path / "o").open("w"), record=True, no_color=True)
    done = Session(store, console, reviewer="Ana", read_key=lambda: next(keys, "q")).run()
    text = console.export_text()
    shown = [int(n) for n in re.findall(r"^Match (\d+) \(", text, flags=re.MULTILINE)]
    assert sorted(shown) == sorted(held)  # each held match asked about once, one side only
    assert done["skipped"] == len(held)
    # Skipped is not done: the end says they still wait, as `review --next` would.
    assert "Nothing more waits" not in text
    waiting = queue_size(store)
    assert waiting and f"Nothing more in this sitting; {waiting} claims still in the queue." in text
    # A new sitting starts afresh: the skipped matches are all still held.
    assert {c["id"] for c in store.claims(needs_review=True)}
    store.engine.dispose()


def test_a_word_that_is_no_rating_is_asked_again(desk: list[str]) -> None:
    [ridge] = claims(desk, "--source", "Ridge Courier")
    # v and Enter cancels; v, a misspelt rating, the right one, a note and no URL; quit.
    code, out, err = run(
        *desk, "review", "--source", "Ridge Courier",
        input="v\n\nv\nfalsy\nunproven\nno budget figure published\n\nq\n",
    )
    assert code == 0, err
    assert out.count("no verdict") == 1  # the empty answer only
    assert "rating must be one of true, false, misleading, unproven, needs-context" in out
    assert "not 'falsy'" in out and "unknown key" not in out
    [ridge] = claims(desk, "--source", "Ridge Courier")
    assert ridge["verdict"] == "unproven"


def test_an_empty_filtered_listing_says_what_it_looked_for(desk: list[str]) -> None:
    # The hedged stadium claim waits on no match; the database is not empty.
    code, out, err = run(*desk, "claims", "--needs-review", "--source", "Ridge Courier")
    assert code == 0 and out == ""
    assert "stored yet" not in err
    assert "no claims match --source Ridge Courier, --needs-review" in " ".join(err.split())
    code, out, err = run(*desk, "claims", "--unhedged", "--not-checkworthy", "--story", "999")
    assert "stored yet" not in err
    code, out, err = run(*desk, "claims", "--source", "Ridge Courier", "--unhedged")
    assert code == 0
    assert "no claims match --source Ridge Courier, --unhedged" in " ".join(err.split())


def test_piped_prompts_each_end_their_line() -> None:
    """Piped answers are not echoed by a pipe: each prompt gets its answer and a line end,
    so a transcript after `v` reads one prompt a line; the end of input gives None."""
    from factcheck.review_session import ask_piped
    from factcheck.terminal import TrimmedConsole

    console = TrimmedConsole(file=io.StringIO(), width=80, no_color=True)
    stream = io.StringIO("f\nchecked the \x1b[2J register\n\n")
    assert ask_piped("rating", stream, console) == "f"
    assert ask_piped("note (why; empty for none)", stream, console) == (
        "checked the \x1b[2J register"
    )
    assert ask_piped("evidence URL (empty for none)", stream, console) == ""
    assert ask_piped("rating", stream, console) is None
    written = console.file.getvalue()  # type: ignore[attr-defined]
    assert written.splitlines() == [
        "rating: f",
        "note (why; empty for none): checked the \\x1b[2J register",
        "evidence URL (empty for none):",
        "rating:",
    ]


def test_a_piped_answer_is_echoed_whole_at_any_width() -> None:
    """An evidence URL longer than the line is echoed as typed, never folded mid-word
    (tester11b F2: a wrapped echo broke it at the console's width)."""
    from factcheck.review_session import ask_piped
    from factcheck.terminal import TrimmedConsole

    url = "https://records.example.org/harl/" + "budget-" * 12 + "minutes.pdf"
    console = TrimmedConsole(file=io.StringIO(), width=80, no_color=True)
    assert ask_piped("evidence URL (empty for none)", io.StringIO(url + "\n"), console) == url
    written = console.file.getvalue()  # type: ignore[attr-defined]
    assert written.splitlines() == [f"evidence URL (empty for none): {url}"]


def test_a_note_on_a_match_shows_under_that_match(desk: list[str]) -> None:
    """`note CLAIM --match ID` is shown in `matches` beside the match it is about (with who
    and when), from either claim, and in its JSON as `notes`; other matches have none."""
    held = claims(desk, "--needs-review")
    mine = held[0]["id"]
    code, out, _ = run(*desk, "matches", str(mine), "--json")
    [match] = json.loads(out)
    assert match["notes"] == []
    note = "Ask the coroner which count includes the driver."
    code, _, err = run(*desk, "note", str(mine), note, "--match", str(match["match_id"]))
    assert code == 0, err
    other = match["claim_id"]  # the other side of the match sees the note too
    for claim_id in (mine, other):
        code, out, err = run(*desk, "matches", str(claim_id))
        assert code == 0, err
        flat = " ".join(out.split())
        assert f"note {note} — Desk One, " in flat
        code, out, _ = run(*desk, "matches", str(claim_id), "--json")
        [seen] = json.loads(out)
        assert [(n["note"], n["reviewer"]) for n in seen["notes"]] == [(note, "Desk One")]


def test_deciding_one_held_match_brings_the_claims_next_one(db_url: str, tmp_path: Path) -> None:
    """A claim held against two others: after one decision its other held match is shown
    next in the same sitting (as after a skip), never silently left behind."""
    from rich.console import Console

    from factcheck.match import MatchConfig
    from factcheck.read import RawDocument
    from factcheck.review_session import Session
    from factcheck.store import Store

    store = Store(db_url, match_config=MatchConfig(auto=1.0, conflict_auto=1.0))
    store.ingest(RawDocument(text=KILLED_12, source="Valley Post"))
    store.ingest(RawDocument(text=KILLED_15, source="Coast Radio"))
    store.ingest(RawDocument(text="The Harl Bridge collapse killed 14 people.", source="Fen Daily"))
    [first, *_] = [c for c in store.claims(needs_review=True)]
    assert first["pending_reviews"] >= 2
    keys = iter("xq")  # x: conflicts on the first held match; then quit on the next one
    console = Console(width=80, file=(tmp_path / "o").open("w"), record=True, no_color=True)
    Session(store, console, reviewer="Ana", read_key=lambda: next(keys)).run()
    shown = console.export_text()
    held = first["pending_reviews"]
    assert f"(1 of {held} held)" in shown
    assert f"(1 of {held - 1} held)" in shown  # the same claim, its next held match
    assert shown.count(f"Claim {first['id']} ") >= 2
    store.engine.dispose()


def test_a_sitting_ends_as_review_next_sees_it(db_url: str, tmp_path: Path) -> None:
    """Decisions show each claim's held matches in turn, and the end says nothing more
    waits only when `review --next` finds nothing."""
    from rich.console import Console

    from factcheck.match import MatchConfig
    from factcheck.read import RawDocument
    from factcheck.review import next_item
    from factcheck.review_session import Session
    from factcheck.store import Store

    store = Store(db_url, match_config=MatchConfig(auto=1.0, conflict_auto=1.0))
    for text, source in (
        ("The Tarn mill fire injured 6 workers on Friday.", "Moor Herald"),
        ("The Tarn mill fire injured 8 workers on Friday.", "Dale FM"),
        ("The Tarn mill fire injured 7 workers on Friday.", "Fell Times"),
    ):
        store.ingest(RawDocument(text=text, source=source))
    # One decision, then quit: the same claim's other held match is shown next.
    keys = iter("uq")
    console = Console(width=80, file=(tmp_path / "o").open("w"), record=True, no_color=True)
    Session(store, console, reviewer="Ana", read_key=lambda: next(keys, "q")).run()
    text = console.export_text()
    claims_shown = re.findall(r"^Claim (\d+) ", text, flags=re.MULTILINE)
    matches_shown = re.findall(r"^Match (\d+) \((\d) of (\d) held\)", text, flags=re.MULTILINE)
    assert len(claims_shown) == 2 and claims_shown[0] == claims_shown[1]
    assert matches_shown[0][1:] == ("1", "2")
    assert matches_shown[1][1:] == ("1", "1") and matches_shown[1][0] != matches_shown[0][0]
    # Decided all through ("corroborates" leaves no claim open): every held match is asked
    # about, and the end says nothing more waits only when `review --next` agrees.
    keys = iter("c" * 6)
    console = Console(width=80, file=(tmp_path / "p").open("w"), record=True, no_color=True)
    done = Session(store, console, reviewer="Ana", read_key=lambda: next(keys, "q")).run()
    text = console.export_text()
    assert done["decisions"] == 2 and done["skipped"] == 0
    assert store.claims(needs_review=True) == []
    assert "Nothing more waits for review." in text
    assert next_item(store) is None
    store.engine.dispose()


@pytest.mark.parametrize(
    ("keys", "summary"),
    [
        ("q\n", "0 decisions, 0 verdicts, 0 notes, 0 skipped"),
        ("s\n", "0 decisions, 0 verdicts, 0 notes, 1 skipped"),  # then end of input
        ("", "0 decisions, 0 verdicts, 0 notes, 0 skipped"),  # end of input at once
    ],
)
def test_a_sitting_ended_early_says_how_many_claims_still_wait(
    desk: list[str], keys: str, summary: str
) -> None:
    """Quitting (``q``, end of piped input) says how many claims are still in the queue,
    as running out of it does, with the count `review --next --json` gives."""
    code, out, err = run(*desk, "review", "--next", "--json")
    assert code == 0, err
    waiting = json.loads(out)["queue_size"]
    assert waiting >= 2
    code, out, err = run(*desk, "review", input=keys)
    assert code == 0, err
    assert f"Sitting ended; {waiting} claims still in the queue." in out
    assert summary in out
    assert "Nothing more waits" not in out and "Nothing waits" not in out


def test_a_filtered_sitting_ended_early_names_its_filter(desk: list[str]) -> None:
    code, out, err = run(*desk, "review", "--source", "Ridge Courier", "--next", "--json")
    assert code == 0, err
    only = json.loads(out)["queue_size"]
    assert only == 1
    code, out, err = run(*desk, "review", "--source", "Ridge Courier", input="q\n")
    assert code == 0, err
    assert "Sitting ended with --source Ridge Courier; 1 claim still in the queue." in out


def test_a_wrapped_reason_goes_on_under_its_first_word(db_url: str, tmp_path: Path) -> None:
    """In a narrow terminal each reason that wraps continues under its own first word
    (a hanging indent), so no piece of a reason starts at column 0."""
    from rich.console import Console

    from factcheck.match import MatchConfig
    from factcheck.read import RawDocument
    from factcheck.report.wording import for_reporters
    from factcheck.review_session import Session
    from factcheck.store import Store

    store = Store(db_url, match_config=MatchConfig(auto=1.0, conflict_auto=1.0))
    store.ingest(RawDocument(text=KILLED_12, source="Valley Post"))
    store.ingest(RawDocument(text=KILLED_15, source="Coast Radio"))
    [match] = [m for c in store.claims() for m in store.claim(c["id"])["matches"]][:1]
    words = " ".join(for_reporters(r) for r in match["reasons"][:6]).split()
    assert len(" ".join(words)) > 40  # long enough to wrap at 36 columns
    console = Console(width=36, record=True, no_color=True, file=(tmp_path / "o").open("w"))
    Session(store, console, reviewer="Ana", read_key=lambda: "q").run()
    lines = console.export_text().splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("  • "))
    block = [lines[first]]
    for line in lines[first + 1 :]:
        if not (line.startswith("  • ") or line.startswith("    ")):
            break
        block.append(line)
    assert len(block) > len(match["reasons"][:6])  # at least one reason wrapped
    assert " ".join(block).replace("•", " ").split() == words
    store.engine.dispose()


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a POSIX terminal")
def test_keys_typed_ahead_on_a_terminal_are_kept() -> None:
    """A fast reviewer types the next answer while the screen is drawn: each key read
    from the terminal leaves the keys typed after it queued (raw mode without a flush),
    and an arrow key or a UTF-8 character is one key."""
    from factcheck.review_session import terminal_key

    main, tty = os.openpty()
    try:
        os.write(main, "cq\x1b[Aé\x1b[1;5Cu".encode())
        assert [terminal_key(tty) for _ in range(6)] == ["c", "q", "\x1b[A", "é", "\x1b[1;5C", "u"]
    finally:
        os.close(main)
        os.close(tty)


def test_a_second_evidence_url_is_refused_not_dropped(desk: list[str]) -> None:
    # A verdict keeps one evidence link; taking only the last of several would lose the
    # others without a word, so the command line is refused and nothing is stored.
    claim = claims(desk)[0]["id"]
    code, out, err = run(
        *desk, "verdict", str(claim), "false",
        "--evidence", "https://example.org/first", "--evidence", "https://example.org/second",
    )
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "one --evidence URL" in err and "2" in err
    code, out, _ = run(*desk, "show", str(claim), "--json")
    assert json.loads(out)["verdict"] is None
    code, out, err = run(
        *desk, "verdict", str(claim), "false", "--evidence", "https://example.org/first",
        "--json",
    )
    assert code == 0, err
    assert json.loads(out)["evidence"] == ["https://example.org/first"]
