"""The command line, as a user and their scripts see it: JSON contracts, exit codes, errors."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from factcheck.cli import app

ARTICLES = Path(__file__).parent / "data" / "articles"
runner = CliRunner()

ARTICLE = (
    "The Harl Bridge reopened on Monday after three weeks of repairs. "
    "About 14,000 vehicles cross it every day, the council said.\n\n"
    "Engineers may inspect the deck again in May. Will tolls rise?\n"
)


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def ingest_json(*args: str, input: str | None = None) -> dict:
    code, out, err = run("ingest", *args, "--json", input=input)
    assert code == 0, err
    return json.loads(out)


def test_ingest_file_json_contract(article: Path) -> None:
    data = ingest_json(
        str(article),
        "--source", "Coastal Wire",
        "--url", "https://example.org/coastal-wire/bridge",
        "--title", "Bridge reopens",
        "--author", "Ada Quill",
        "--published", "2026-03-02",
    )  # fmt: skip
    [doc] = data["documents"]
    assert set(doc) >= {"id", "source", "title", "claims", "status"}
    assert doc["source"] == "Coastal Wire"
    assert doc["title"] == "Bridge reopens"
    assert doc["status"] == "ingested"
    assert doc["claims"] >= 3


def test_reingest_is_duplicate(article: Path) -> None:
    [first] = ingest_json(str(article), "--source", "Coastal Wire")["documents"]
    [doc] = ingest_json(str(article), "--source", "Coastal Wire")["documents"]
    assert doc["status"] == "duplicate"
    # A duplicate describes the stored document: its id and its story, never null.
    assert first["story_id"] is not None
    assert (doc["id"], doc["story_id"]) == (first["id"], first["story_id"])


def test_ingest_stdin() -> None:
    [doc] = ingest_json("-", "--source", "Wire", input=ARTICLE)["documents"]
    assert doc["status"] == "ingested"


def test_ingest_folder_with_headers() -> None:
    data = ingest_json(str(ARTICLES), "--source-from-header")
    assert len(data["documents"]) == 3
    assert all(d["status"] == "ingested" for d in data["documents"])
    assert data["errors"] == []


def test_ingest_jsonl_batch(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"text": "The ferry sailed at noon.", "source": "Port News"})
        + "\n"
        + json.dumps({"text": "The ferry sailed late.", "source": "Harbour Times"})
        + "\n"
    )
    data = ingest_json(str(batch))
    assert [d["source"] for d in data["documents"]] == ["Port News", "Harbour Times"]


def test_ingest_html(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ferry</title></head><body><article>"
        "<p>The night ferry to Ostrel was cancelled on Friday because of high winds.</p>"
        "<p>About 300 passengers were moved to the morning sailing, the operator said.</p>"
        "</article></body></html>"
    )
    [doc] = ingest_json(str(page), "--source", "Port News")["documents"]
    assert doc["claims"] >= 2


def test_claims_json_contract(article: Path) -> None:
    ingest_json(str(article), "--source", "Coastal Wire")
    code, out, _ = run("claims", "--json")
    assert code == 0
    claims = json.loads(out)
    assert isinstance(claims, list) and claims
    text = ARTICLE
    for claim in claims:
        assert set(claim) >= {
            "id", "text", "quote", "start", "end", "document_id", "source", "status",
            "markers", "checkworthy",
        }  # fmt: skip
        assert text[claim["start"] : claim["end"]] == claim["quote"]
        assert claim["status"] in {"unverified", "corroborated", "disputed"}
        for marker in claim["markers"]:
            assert set(marker) >= {"kind", "text", "start", "end"}
            assert text[marker["start"] : marker["end"]] == marker["text"]


@pytest.mark.parametrize(
    "args",
    [
        ["--status", "unverified"],
        ["--source", "Coastal Wire"],
        ["--document", "1"],
        ["--hedged"],
        ["--unhedged"],
        ["--checkworthy"],
        ["--limit", "1"],
    ],
)
def test_claims_filters(article: Path, args: list[str]) -> None:
    ingest_json(str(article), "--source", "Coastal Wire")
    code, out, err = run("claims", *args, "--json")
    assert code == 0, err
    claims = json.loads(out)
    if "--limit" in args:
        assert len(claims) == 1
    if "--hedged" in args:
        assert all(c["hedged"] for c in claims)
    if "--unhedged" in args:
        assert not any(c["hedged"] for c in claims)
    if "--checkworthy" in args:
        assert all(c["checkworthy"] for c in claims)


def test_show_json_contract(article: Path) -> None:
    ingest_json(str(article), "--source", "Coastal Wire", "--title", "Bridge reopens")
    code, out, _ = run("show", "1", "--json")
    assert code == 0
    claim = json.loads(out)
    assert claim["id"] == 1
    assert claim["document"]["title"] == "Bridge reopens"
    assert claim["document"]["source"] == "Coastal Wire"
    assert claim["matches"] == [] and claim["reviews"] == []


def test_show_human(article: Path) -> None:
    ingest_json(str(article), "--source", "Coastal Wire")
    code, out, _ = run("show", "1")
    assert code == 0
    assert "Coastal Wire" in out
    assert "Harl Bridge" in out


def test_show_gives_a_claims_relative_dates_as_days(tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text("The Orlan ferry resumed service yesterday after 14 weeks.\n", "utf-8")
    ingest_json(str(path), "--source", "Coastal Wire", "--published", "2026-03-07")
    code, out, _ = run("show", "1", "--json")
    assert code == 0
    assert [(d["text"], d["from"], d["to"]) for d in json.loads(out)["dates"]] == [
        ("yesterday", "2026-03-06", "2026-03-06")
    ]
    code, out, _ = run("claims", "--json")
    assert json.loads(out)[0]["dates"][0]["from"] == "2026-03-06"
    code, out, _ = run("show", "1")
    assert "dates: yesterday = 2026-03-06" in out


def test_show_unknown_claim() -> None:
    code, out, err = run("show", "999")
    assert code == 2
    assert out == ""
    assert err.strip() == "error: no claim with id 999 (see `factcheck claims`)"


def test_documents_listing(article: Path) -> None:
    ingest_json(str(article), "--source", "Coastal Wire", "--published", "2026-03-02")
    code, out, _ = run("documents", "--json")
    [doc] = json.loads(out)
    assert doc["published"] == "2026-03-02"
    assert doc["sha256"]
    code, out, _ = run("documents")
    assert code == 0 and "Coastal Wire" in out


def test_claims_and_markers_human(article: Path) -> None:
    ingest_json(str(article), "--source", "Coastal Wire")
    code, out, _ = run("claims")
    assert code == 0 and "Harl Bridge" in out
    code, out, _ = run("markers")
    assert code == 0 and "Coastal Wire" in out
    code, out, _ = run("markers", "--json")
    assert json.loads(out)[0]["source"] == "Coastal Wire"


def test_analyze_json(article: Path) -> None:
    code, out, _ = run("analyze", str(article), "--json")
    assert code == 0
    data = json.loads(out)
    for sentence in data["sentences"]:
        assert ARTICLE[sentence["start"] : sentence["end"]] == sentence["text"]
    for claim in data["claims"]:
        assert ARTICLE[claim["start"] : claim["end"]] == claim["quote"]
        assert set(claim) >= {
            "text", "quote", "start", "end", "sentence_index", "checkworthy",
            "checkworthiness", "type", "reasons", "markers",
        }  # fmt: skip


def test_analyze_stdin_human() -> None:
    code, out, _ = run("analyze", "-", input=ARTICLE)
    assert code == 0 and "claims" in out


def test_db_commands(tmp_path: Path) -> None:
    from factcheck.store import Store

    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    head = Store(url, upgrade=False).head_revision()
    code, out, _ = run("--db", url, "db", "upgrade")
    assert code == 0 and head in out
    code, out, _ = run("--db", url, "db", "upgrade")
    assert "up to date" in out
    code, out, _ = run("--db", url, "db", "path")
    assert out.strip() == str(tmp_path / "x.sqlite3")
    code, out, _ = run("--db", url, "db", "current")
    assert f"current: {head}" in out


def test_db_path_for_postgres_is_the_url() -> None:
    _code, out, _ = run("--db", "postgresql+psycopg://u@localhost/fc", "db", "path")
    assert out.strip() == "postgresql+psycopg://u@localhost/fc"


def test_demo_runs_on_its_own_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    code, out, err = run("--db", url, "demo", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["database"] == url
    assert len(data["documents"]) == 4
    assert data["claims"]


def test_demo_ignores_factcheck_db_and_keeps_to_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # FACTCHECK_DB (set by the autouse fixture) is the user's database: the demo's invented
    # articles must not land there; only an explicit --db moves the demo.
    import factcheck.demo

    own = tmp_path / "own" / "demo.sqlite3"
    monkeypatch.setattr(factcheck.demo, "demo_db_path", lambda: own)
    code, out, err = run("demo", "--json")
    assert code == 0, err
    assert json.loads(out)["database"] == f"sqlite:///{own}"
    assert own.exists()
    _code, out, _ = run("documents", "--json")
    assert json.loads(out) == []
    code, out, _ = run("demo")
    assert code == 0 and str(own) in out.replace("\n", "")


# -- bad input: one line on stderr, the right exit code, nothing written ----------------


def _assert_one_line_error(err: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ")
    assert "Traceback" not in err


def _assert_nothing_stored() -> None:
    code, out, _ = run("documents", "--json")
    assert code == 0 and json.loads(out) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
    ],
)
def test_bad_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, _out, err = run("ingest", str(path), "--source", "X")
    assert code == 2
    _assert_one_line_error(err)
    assert message in err
    _assert_nothing_stored()


def test_non_utf8_falls_back(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le maire de Zürich a inauguré le café mardi.".encode("latin-1"))
    code, _, err = run("ingest", str(path), "--source", "X")
    assert code == 0, err
    code, out, _ = run("claims", "--json")
    assert "Zürich" in json.loads(out)[0]["quote"]


def test_missing_path() -> None:
    code, _, err = run("ingest", "/no/such/file.txt", "--source", "X")
    assert code == 2
    _assert_one_line_error(err)
    assert "no such file" in err


def test_folder_without_readable_files(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(b"\x89PNG")
    code, _, err = run("ingest", str(tmp_path), "--source", "X")
    assert code == 2
    _assert_one_line_error(err)


def test_invalid_published_date(article: Path) -> None:
    code, _, err = run("ingest", str(article), "--source", "X", "--published", "2026-02-30")
    assert code == 2
    _assert_one_line_error(err)
    assert "YYYY-MM-DD" in err
    _assert_nothing_stored()


def test_missing_source(article: Path) -> None:
    code, _, err = run("ingest", str(article))
    assert code == 2
    _assert_one_line_error(err)
    assert "no source" in err


def test_partial_folder_ingests_good_files_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("The dam held overnight, officials said.")
    (tmp_path / "empty.txt").write_text("")
    code, out, err = run("ingest", str(tmp_path), "--source", "X", "--json")
    assert code == 1
    data = json.loads(out)
    assert len(data["documents"]) == 1
    assert data["errors"][0]["message"] == "has no text"
    assert data["errors"][0]["origin"].endswith("empty.txt")
    assert "skipped" in err


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("nosuchdriver://x", 2),
        ("postgresql+psycopg://nobody@127.0.0.1:1/nothing", 1),
        ("sqlite:////no/such/dir/x.sqlite3", 2),  # a path the user gave
    ],
)
def test_bad_database_url(url: str, code: int) -> None:
    result, _, err = run("--db", url, "claims")
    assert result == code
    _assert_one_line_error(err)


def test_newer_database_is_refused(tmp_path: Path) -> None:
    import sqlalchemy as sa

    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    assert run("--db", url, "db", "upgrade")[0] == 0
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0999'"))
    engine.dispose()
    code, _, err = run("--db", url, "claims")
    assert code == 1
    _assert_one_line_error(err)
    assert "newer" in err


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("factcheck ")


def test_python_dash_m(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.startswith("factcheck ")


def _readme_command_lines() -> list[list[str]]:
    """The words of every `factcheck …` line inside the README's code blocks."""
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    lines, in_code = [], False
    for line in readme.splitlines():
        if line.strip().startswith("```"):
            in_code = not in_code
            continue
        words = line.split("#")[0].split()
        if in_code and len(words) >= 2 and words[0] == "factcheck":
            lines.append(words)
    return lines


def _command_path(words: list[str]) -> list[str]:
    rest = [w for w in words[1:]]
    while rest and rest[0].startswith("-"):  # global options such as --db URL
        rest = rest[2:]
    # Walk down command groups (db, sources, export, ...) as far as the words name them.
    import typer.main

    command = typer.main.get_command(app)
    path: list[str] = []
    for word in rest:
        if word not in getattr(command, "commands", {}):
            break
        path.append(word)
        command = command.commands[word]
    return path or rest[:1]


@pytest.mark.parametrize("words", _readme_command_lines(), ids=lambda w: " ".join(_command_path(w)))
def test_readme_commands_and_options_exist(words: list[str]) -> None:
    path = _command_path(words)
    code, help_text, err = run(*path, "--help")
    assert code == 0, err
    for word in words:
        option = word.strip("[]").split("=")[0]
        if option.startswith("--") and option != "--json":
            assert option.split("/")[0] in help_text, f"{option} missing from {path}"


# -- matching, sources, configuration, lexicons -------------------------------------------

BRIDGE_12 = "The Harl Bridge collapse killed 12 people on Monday."
BRIDGE_12_POLICE = "The Harl Bridge collapse killed 12 people on Monday, police said."
BRIDGE_15 = "The Harl Bridge collapse killed 15 people on Monday."


def test_compare_json_contract_and_symmetry() -> None:
    code, out, _ = run("compare", BRIDGE_12, BRIDGE_15, "--json")
    assert code == 0
    result = json.loads(out)
    assert set(result) >= {"relation", "score", "reasons"}
    assert result["relation"] == "conflicts"
    assert 0.0 <= result["score"] <= 1.0
    assert any("12" in r and "15" in r for r in result["reasons"])
    _, out, _ = run("compare", BRIDGE_15, BRIDGE_12, "--json")
    assert json.loads(out)["relation"] == "conflicts"


def test_compare_explain_shows_each_reading_and_the_bands() -> None:
    plain = json.loads(run("compare", BRIDGE_12, BRIDGE_15, "--json")[1])
    code, out, _ = run("compare", "--explain", BRIDGE_12, BRIDGE_15, "--json")
    assert code == 0
    explained = json.loads(out)
    # The contract of compare --json is kept; --explain only adds keys.
    assert {k: explained[k] for k in plain} == plain
    assert explained["frames"]["a"]["text"] == BRIDGE_12
    assert explained["frames"]["b"]["text"] == BRIDGE_15
    assert explained["frames"]["a"]["measures"], "the killed count is a measure"
    assert explained["thresholds"]["auto"] >= explained["thresholds"]["review"]
    code, out, _ = run("compare", "--explain", BRIDGE_12, BRIDGE_15)
    assert code == 0
    assert "claim A read as" in out and "claim B read as" in out
    assert "score bands" in out


def test_compare_explain_pairs_and_not_with_evaluate(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(
        json.dumps({"a": BRIDGE_12, "b": BRIDGE_15, "label": "conflicts"}) + "\n",
        encoding="utf-8",
    )
    code, out, _ = run("compare", "--pairs", str(pairs), "--explain")
    assert code == 0
    row = json.loads(out)
    assert set(row["frames"]) == {"a", "b"} and row["label"] == "conflicts"
    code, _, err = run("compare", "--pairs", str(pairs), "--explain", "--evaluate")
    assert code == 2 and "--explain" in err


def test_compare_human() -> None:
    code, out, _ = run("compare", "Shares rose 2.3%.", "Shares fell 2.3%.")
    assert code == 0 and "conflicts" in out


def test_compare_pairs_in_order_and_evaluate(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.jsonl"
    rows = [
        {"a": BRIDGE_12, "b": BRIDGE_15, "label": "conflicts"},
        {"a": BRIDGE_12, "b": BRIDGE_12_POLICE, "label": "corroborates"},
        {"a": BRIDGE_12, "b": "The ferry to Ostrel sails at noon.", "label": "unrelated"},
    ]
    pairs.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    code, out, _ = run("compare", "--pairs", str(pairs))
    assert code == 0
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["relation"] for r in results] == ["conflicts", "corroborates", "unrelated"]
    code, out, _ = run("compare", "--pairs", str(pairs), "--evaluate", "--json")
    report = json.loads(out)
    assert report["accuracy"] == 1.0
    assert report["confusion"]["conflicts"]["conflicts"] == 1
    code, out, _ = run("compare", "--pairs", str(pairs), "--evaluate")
    assert code == 0 and "accuracy" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json}\n", "not valid JSON"),
        ('{"a": "x"}\n', '"a" and "b"'),
        ('{"a": "x", "b": "y", "label": "maybe"}\n', "unknown label"),
    ],
)
def test_compare_bad_pairs(tmp_path: Path, content: str, message: str) -> None:
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(content)
    code, _, err = run("compare", "--pairs", str(pairs))
    assert code == 2
    _assert_one_line_error(err)
    assert message in err


def test_compare_needs_two_claims() -> None:
    code, _, err = run("compare", "only one")
    assert code == 2
    _assert_one_line_error(err)


def test_evaluate_needs_labels(tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_text(json.dumps({"a": BRIDGE_12, "b": BRIDGE_15}) + "\n")
    code, _, err = run("compare", "--pairs", str(pairs), "--evaluate")
    assert code == 2 and "label" in err


def test_statuses_matches_and_rematch_through_the_cli() -> None:
    for text, source in ((BRIDGE_12, "Valley Post"), (BRIDGE_12_POLICE, "Harbour Times")):
        ingest_json("-", "--source", source, input=text)
    code, out, _ = run("claims", "--status", "corroborated", "--json")
    assert {c["source"] for c in json.loads(out)} == {"Valley Post", "Harbour Times"}
    ingest_json("-", "--source", "Coast Radio", input=BRIDGE_15)
    code, out, _ = run("claims", "--status", "disputed", "--json")
    assert len(json.loads(out)) == 3
    code, out, _ = run("matches", "1", "--json")
    found = json.loads(out)
    assert {m["relation"] for m in found} == {"corroborates", "conflicts"}
    assert set(found[0]) >= {"claim_id", "source", "relation", "score", "reasons", "independent"}
    code, out, _ = run("matches", "1")
    assert code == 0 and "Coast Radio" in out
    code, out, _ = run("show", "1", "--json")
    assert len(json.loads(out)["matches"]) == 2
    code, out, _ = run("rematch", "--json")
    assert json.loads(out)["status_changed"] == 0
    code, out, _ = run("rematch", "--all")
    assert code == 0 and "0 statuses changed" in out
    # A worker count without --all would be ignored: refused as input.
    code, _, err = run("rematch", "--workers", "2")
    assert code == 2 and "--workers needs --all" in err
    # Decided in two worker processes, written here: the same matches.
    code, out, _ = run("rematch", "--all", "--workers", "2", "--json")
    assert code == 0 and json.loads(out)["status_changed"] == 0
    code, out, _ = run("matches", "1", "--json")
    assert json.loads(out) == found


def test_rescore_through_the_cli() -> None:
    ingest_json("-", "--source", "Valley Post", input=BRIDGE_12)
    code, out, _ = run("rescore", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["changed"] == 0 and summary["claims"] >= 1
    code, out, _ = run("rescore", "--threshold", "0", "--json")
    assert json.loads(out)["checkworthy"] == summary["claims"]
    code, out, _ = run("claims", "--checkworthy", "--json")
    assert len(json.loads(out)) == summary["claims"]
    code, out, _ = run("rescore")
    assert code == 0 and "rescored" in out
    code, _, _ = run("rescore", "--threshold", "2")
    assert code == 2


def test_claims_sort_and_type_through_the_cli() -> None:
    ingest_json("-", "--source", "Valley Post", input=BRIDGE_12 + " Thank you for reading.")
    code, out, _ = run("claims", "--sort", "checkworthiness", "--json")
    scores = [c["checkworthiness"] for c in json.loads(out)]
    assert code == 0 and scores == sorted(scores, reverse=True) and len(scores) >= 2
    code, out, _ = run("claims", "--sort", "checkworthiness")
    assert code == 0 and "worth" in out
    code, _, err = run("claims", "--type", "rumour")
    assert code == 2 and "rumour" in err


def test_cli_claim_types_are_the_pipelines() -> None:
    from factcheck.cli import ClaimType
    from factcheck.extract import CLAIM_TYPES

    assert tuple(t.value for t in ClaimType) == CLAIM_TYPES


def test_analyze_skips_a_header_block_like_ingest() -> None:
    text = (
        "Title: Bridge reopens\nOutlet: Valley Post\nPublished: 2026-03-02\n\n"
        "The Harl Bridge reopened on Monday after three weeks of repairs.\n"
    )
    code, out, _ = run("analyze", "-", "--json", input=text)
    result = json.loads(out)
    assert code == 0 and result["body_start"] == text.index("The Harl")
    assert [s["text"] for s in result["sentences"]] == [
        "The Harl Bridge reopened on Monday after three weeks of repairs."
    ]
    assert all(text[c["start"] : c["end"]] == c["quote"] for c in result["claims"])


def test_matches_unknown_claim() -> None:
    code, _, err = run("matches", "42")
    assert code == 2
    _assert_one_line_error(err)


def test_sources_owner_group_changes_status() -> None:
    ingest_json("-", "--source", "Valley Post", input=BRIDGE_12)
    ingest_json("-", "--source", "Valley Evening Post", input=BRIDGE_12_POLICE)
    for name in ("Valley Post", "Valley Evening Post"):
        code, out, err = run("sources", "set", name, "--owner-group", "Valley Media", "--json")
        assert code == 0, err
        assert json.loads(out)["owner_group"] == "Valley Media"
    code, out, _ = run("claims", "--json")
    assert {c["status"] for c in json.loads(out)} == {"unverified"}
    code, out, _ = run("sources", "--json")
    assert {s["owner_group"] for s in json.loads(out)} == {"Valley Media"}
    code, out, _ = run("sources")
    assert code == 0 and "Valley Media" in out


def test_sources_set_errors() -> None:
    code, _, err = run("sources", "set", "Nobody")
    assert code == 2
    _assert_one_line_error(err)
    code, _, err = run("sources", "set", "Nobody", "--note", "x")
    assert code == 2
    _assert_one_line_error(err)


@pytest.mark.parametrize("configured", ["0.0", "1.0"])
def test_config_checkworthy_threshold_reaches_analyze_and_rescore(
    tmp_path: Path, configured: str
) -> None:
    """0.0 is a threshold like any other, not "unset"."""
    config = tmp_path / "factcheck.toml"
    config.write_text(f"[claims]\ncheckworthy_threshold = {configured}\n")
    text = "Thank you all. The Harl Bridge reopened on Monday after three weeks of repairs."
    code, out, _ = run("--config", str(config), "analyze", "-", "--json", input=text)
    flags = {c["checkworthy"] for c in json.loads(out)["claims"]}
    assert code == 0 and flags == {configured == "0.0"}
    ingest_json("-", "--source", "Valley Post", input=text)
    code, out, _ = run("--config", str(config), "rescore", "--json")
    summary = json.loads(out)
    assert summary["checkworthy"] == (summary["claims"] if configured == "0.0" else 0)


def test_config_file_thresholds(tmp_path: Path) -> None:
    config = tmp_path / "factcheck.toml"
    config.write_text("[match]\nauto = 1.0\n")
    ingest_json("-", "--source", "Valley Post", input=BRIDGE_12)
    code, _, err = run("--config", str(config), "ingest", "-", "--source", "Coast", input=BRIDGE_15)
    assert code == 0, err
    code, out, _ = run("--config", str(config), "matches", "1", "--json")
    [match] = json.loads(out)
    assert match["needs_review"] is True
    code, out, _ = run("claims", "--status", "disputed", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[match\n", "not valid TOML"),
        ("[nonsense]\nx = 1\n", "unknown section"),
        ("[match]\nbogus = 1\n", "unknown [match] key"),
        ("[match]\nreview = 0.9\nauto = 0.2\n", "thresholds"),
        ("[claims]\ncheckworthy_threshold = 3\n", "must be a finite number from 0 to 1"),
    ],
)
def test_bad_config(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / "factcheck.toml"
    config.write_text(content)
    code, _, err = run("--config", str(config), "compare", "a b", "c d")
    assert code == 2
    _assert_one_line_error(err)
    assert message in err


def test_user_lexicon_adds_markers(tmp_path: Path) -> None:
    lexicon = tmp_path / "newsroom.toml"
    lexicon.write_text(
        '[[entry]]\npattern = "word on the street"\nkind = "weasel"\n'
        'rationale = "Rumour without a source."\n'
    )
    text = "Word on the street is that the mill will close in May."
    code, out, _ = run("analyze", "-", "--json", input=text)
    before = {m["text"].lower() for c in json.loads(out)["claims"] for m in c["markers"]}
    assert "word on the street" not in before
    code, out, err = run("analyze", "-", "--json", "--lexicon", str(lexicon), input=text)
    assert code == 0, err
    markers = [m for c in json.loads(out)["claims"] for m in c["markers"]]
    assert any(m["kind"] == "weasel" and m["text"].lower() == "word on the street" for m in markers)
    ingest_json("-", "--source", "Mill News", "--lexicon", str(lexicon), input=text)
    code, out, _ = run("claims", "--json")
    assert any(m["kind"] == "weasel" for c in json.loads(out) for m in c["markers"])


def test_bad_lexicon(tmp_path: Path) -> None:
    lexicon = tmp_path / "bad.toml"
    lexicon.write_text('[[entry]]\npattern = "x"\nkind = "nonsense"\n')
    code, _, err = run("analyze", "-", "--lexicon", str(lexicon), input="Some text here.")
    assert code == 2
    _assert_one_line_error(err)


def test_demo_human_output(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    code, out, err = run("--db", url, "demo")
    assert code == 0, err
    assert "disputed" in out and "corroborated" in out
    assert "copy of" in out  # the bundled reprint is recognised as one


def test_missing_lexicon_file() -> None:
    code, _, err = run("analyze", "-", "--lexicon", "/no/such/lexicon.toml", input="Text.")
    assert code == 2
    _assert_one_line_error(err)


def _all_command_paths() -> list[list[str]]:
    import typer

    def walk(command: object, path: list[str]) -> Iterator[list[str]]:
        yield path
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, [*path, name])

    return list(walk(typer.main.get_command(app), []))


@pytest.mark.parametrize("path", _all_command_paths(), ids=lambda p: " ".join(p) or "factcheck")
def test_help_names_arguments_and_options_in_words(path: list[str]) -> None:
    """No Python or click type name in any --help: arguments read CLAIM_ID, PATH..."""
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    for leak in ("<int", "<str", "<float", "int range", "list[", "str]", "INTEGER", "<path"):
        assert leak not in result.output, (path, leak, result.output)
    # The usage line reads as a man page's: CLAIM_ID, [NAME], PATH..., no {CLAIM_ID}.
    usage = next(line for line in result.output.splitlines() if line.startswith("Usage:"))
    assert "{" not in usage and "[[" not in usage and "]]" not in usage, usage


@pytest.mark.parametrize("match_id", ["0", str(2**63), str(2**70)])
def test_out_of_range_match_id_is_one_line(match_id: str) -> None:
    code, _, err = run("decide", match_id, "corroborates")
    assert code == 2
    _assert_one_line_error(err)
    assert f"no match with id {match_id}" in err


@pytest.mark.parametrize(
    ("path", "usage"),
    [
        (["show"], "factcheck show [OPTIONS] CLAIM_ID"),
        (["ingest"], "factcheck ingest [OPTIONS] PATH..."),
        (["decide"], "factcheck decide [OPTIONS] MATCH_ID DECISION"),
        (["compare"], "factcheck compare [OPTIONS] [A B]"),
        (["stories", "merge"], "factcheck stories merge [OPTIONS] KEEP_ID OTHER_ID"),
    ],
)
def test_usage_lines_read_as_words(path: list[str], usage: str) -> None:
    result = CliRunner().invoke(
        app, [*path, "--help"], env={"COLUMNS": "100"}, prog_name="factcheck"
    )
    assert f"Usage: {usage}\n" in result.output


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["verdict", "5", "false", "--evidence-url", "x"],
         "error: no such option --evidence-url (did you mean --evidence"),
        (["--dbb", "x", "claims"], "error: no such option --dbb (did you mean --db?)"),
        (["claimz"], "error: no such command claimz (did you mean claims?)"),
        (["db", "upgradez"], "error: no such command upgradez (did you mean upgrade?)"),
        (["export", "xml", "claims"],
         "error: no such command xml (export takes: claimreview, csv, tsv, jsonl)"),
        (["decide", "11"], "error: missing DECISION (one of: corroborates, conflicts, unrelated)"),
        (["verdict", "5"], "error: missing RATING (one of: true, false, misleading"),
        (["show"], "error: missing CLAIM_ID"),
        (["verdict", "5", "false", "--note"], "error: --note needs a value"),
        (["claims", "--needs-review=yes"], "error: --needs-review takes no value"),
        (["decide", "1", "corroborates", "spare"], "error: unexpected extra argument spare"),
    ],
)
def test_every_usage_error_is_one_line(args: list[str], expected: str) -> None:
    """A misused command line — unknown option or command, missing argument, option
    without its value, extra words — is one line naming the problem, exit 2, never
    click's usage block."""
    code, out, err = run(*args)
    assert code == 2 and out == ""
    _assert_one_line_error(err)
    assert err.strip().startswith(expected), err
    assert "Usage:" not in err and "Try '" not in err


@pytest.mark.parametrize("path", [[], ["db"]], ids=["factcheck", "db"])
def test_a_bare_group_still_prints_its_help(path: list[str]) -> None:
    """No command at all asks for help: the usage block is the answer there."""
    result = CliRunner().invoke(app, path, prog_name="factcheck")
    assert "Usage: factcheck" in result.output and "Commands" in result.output


def _commands(
    command: object, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], object]]:
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


def test_two_output_flags_are_refused_alike_on_every_command() -> None:
    """``--csv --json`` printed JSON while ``--csv --nl`` was refused: every command that
    takes more than one of --json, --csv, --tsv, --nl refuses any two of them, in either
    order, with one message naming its own flags, before it reads anything."""
    root = typer.main.get_command(app)
    checked = []
    for path, command in _commands(root):
        flags = [
            o
            for p in getattr(command, "params", ())
            if getattr(p, "is_flag", False)
            for o in p.opts
            if o in ("--json", "--csv", "--tsv", "--nl")
        ]
        if len(flags) < 2:
            continue
        checked.append(" ".join(path))
        for pair in itertools.permutations(flags, 2):
            code, out, err = run(*path, *pair)
            assert code == 2 and out == "", (path, pair, err)
            assert err.strip() == f"error: choose one of {', '.join(flags)}", (path, pair)
    # the listings and the commands that print JSON or a stream of lines
    assert {"claims", "history", "documents", "ingest", "sources"} <= set(checked)
    code, _, err = run("claims", "--csv", "--csv")  # one flag given twice is one flag
    assert code == 0, err
