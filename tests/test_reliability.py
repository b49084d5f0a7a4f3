"""Hostile input, bad settings and the database's edges: one clear line, never a traceback.

Each case is a kind of failure a trusted storage tool must survive; the slow ones
(concurrent writers, kills, big inputs) are in tests/stress.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.database import check_url, redact, sqlite_path
from factcheck.errors import InputError, StorageError
from factcheck.terminal import safe

runner = CliRunner()

GOOD = "The Harl Bridge reopened on Monday, the council said."


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _line(**fields: object) -> str:
    return json.dumps({"text": GOOD, "source": "Wire", **fields})


# -- JSON Lines batches: one bad line costs only itself ----------------------------------------

HOSTILE_LINES = {
    "lone surrogate": ('{"text": "Bad \\ud800 text.", "source": "Wire"}', "lone surrogate"),
    "url that does not parse": (_line(url="http://[::1"), "url must be an http(s) URL"),
    # the one link check of documents edit --url and verdict --evidence
    "url with a space": (_line(url="https://harl.example/a b"), "it holds a space"),
    "url with markup": (_line(url="https://harl.example/<i>"), "the character '<'"),
    "url with a control character": (_line(url="https://harl.example/\u0007"), "the character"),
    "url of another scheme": (_line(url="javascript:alert(1)"), "only http and https"),
    "title that is a number": (_line(title=5), "title must be a string"),
    "NaN title": ('{"text": "x y z.", "source": "Wire", "title": NaN}', "title must be a string"),
    "5,000-digit number": ('{"text": "x", "n": ' + "9" * 5000 + "}", "a number of 5,000 digits"),
    "100,000-deep nesting": ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    "not JSON": ("{not json", "not valid JSON"),
    "not an object": ("[1, 2]", "must be a JSON object"),
    "NUL in text": ('{"text": "a\\u0000b c.", "source": "Wire"}', "NUL character"),
    "bad date": (_line(published="2026-13-45"), "published date"),
    "misspelt keys": (
        '{"text": "The quay flooded.", "source": "Wire", "pubished": "2026-01-01", "titel": "T"}',
        "unknown key(s) 'pubished', 'titel'",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_LINES))
def test_batch_stores_good_lines_and_reports_each_bad_one(tmp_path: Path, case: str) -> None:
    bad, message = HOSTILE_LINES[case]
    lines = [
        _line(title="one"),
        bad,
        json.dumps({"text": "The ferry sailed at noon, the port said.", "source": "Port"}),
    ]
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    code, out, err = run("ingest", str(batch), "--json")
    assert code == 1, err
    data = json.loads(out)
    assert [d["origin"] for d in data["documents"]] == [f"{batch}:1", f"{batch}:3"]
    [error] = data["errors"]
    assert error["origin"] == str(batch)
    assert error["line"] == 2
    assert message in error["message"]
    assert "sys." not in error["message"]  # no advice meant for programmers
    assert "Traceback" not in err
    assert "batch.jsonl:2: " in err


@pytest.mark.parametrize("sign", ["", "-"])
def test_a_number_too_long_to_read_is_named_in_our_words(sign: str) -> None:
    from factcheck.read import _json_line

    limit = sys.get_int_max_str_digits()
    row = _json_line('{"text": "x", "n": ' + sign + "7" * limit + "}", "desk.jsonl", 3)
    assert len(str(row["n"])) == limit + len(sign)  # the limit itself is still read
    with pytest.raises(InputError) as caught:
        _json_line('{"text": "x", "n": ' + sign + "7" * (limit + 1) + "}", "desk.jsonl", 3)
    assert str(caught.value) == (
        f"desk.jsonl:3: unreadable JSON value: a number of {limit + 1:,} digits "
        f"(at most {limit:,} are read)"
    )


def test_a_batch_of_only_bad_lines_reports_every_line(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(_line(title=1) + "\n" + _line(author=[]) + "\n", encoding="utf-8")
    code, out, _ = run("ingest", str(batch), "--json")
    assert code == 1
    assert [(e["line"], e["message"]) for e in json.loads(out)["errors"]] == [
        (1, "title must be a string"),
        (2, "author must be a string"),
    ]


def test_a_single_bad_input_is_refused_with_exit_2(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(_line(title=1) + "\n", encoding="utf-8")
    code, _, err = run("ingest", str(batch))
    assert code == 2
    assert err.strip().endswith("batch.jsonl:1: title must be a string")


@pytest.mark.parametrize("url", ["https://harl.example/a b", "https://harl.example/a>b"])
def test_a_document_url_an_edit_would_refuse_is_refused_at_ingest(
    tmp_path: Path, url: str
) -> None:
    from factcheck.validate import check_web_url

    with pytest.raises(InputError):
        check_web_url(url, "--url")  # what documents edit --url refuses …
    article = tmp_path / "harl.txt"
    article.write_text(GOOD + "\n", encoding="utf-8")
    db = str(tmp_path / "fc.sqlite3")
    code, _, err = run("--db", db, "ingest", str(article), "--source", "Wire", "--url", url)
    assert code == 2  # … ingest refuses too, in one line naming the file
    [line] = err.strip().splitlines()
    assert line.endswith("percent-encode it)") and "harl.txt: url must be an http(s) URL" in line
    code, out, _ = run("--db", db, "documents", "--json")
    assert (code, json.loads(out)) == (0, [])  # nothing stored


def test_an_error_while_storing_a_line_names_it_and_the_rest_are_tried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.store import Store

    real = Store._insert_document

    def failing(self, conn, source_id, doc, sha):  # type: ignore[no-untyped-def]
        if doc.line == 2:
            raise StorageError("disk I/O error")
        return real(self, conn, source_id, doc, sha)

    monkeypatch.setattr(Store, "_insert_document", failing)
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "\n".join(_line(text=f"The bridge {n} reopened on Monday.") for n in range(1, 5)) + "\n"
    )
    code, out, _ = run("ingest", str(batch), "--json")
    data = json.loads(out)
    assert code == 1
    assert [d["origin"].rsplit(":", 1)[1] for d in data["documents"]] == ["1", "3", "4"]
    assert data["errors"] == [{"origin": str(batch), "line": 2, "message": "disk I/O error"}]


# -- database URLs --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("sqlite://", "in-memory database"),
        ("sqlite:///:memory:", "in-memory database"),
        # tester12 F-b: refused by what SQLite opens, in any spelling of a URI filename.
        ("sqlite:///file::memory:?cache=shared&uri=true", "in-memory database"),
        ("sqlite:///file:%3Amemory%3A?uri=true", "in-memory database"),
        ("sqlite:///file:?uri=true", "in-memory database"),
        ("sqlite:///file:claims.db?mode=memory&uri=true", "in-memory database"),
        ("sqlite:///file:claims.db%3Fmode%3Dmemory?uri=true", "in-memory database"),
        ("postgres://ann:s3cret@db.example/claims", "postgresql+psycopg://"),
        ("postgresql+psycopg://ann:s3cret@db.example:5x4/claims", "bad port"),
        ("postgresql+psycopg://ann:s3cret@db.example:99999/claims", "between 1 and 65535"),
        ("mysql://ann:s3cret@db.example/claims", "unsupported database"),
        # tester12 fault 4: an unclosed IPv6 bracket is said so, not "bad port"; a query
        # option libpq does not know, or a word it does not take, is a malformed URL.
        ("postgresql+psycopg://ann:s3cret@[::1/claims", "'[' of an IPv6 host is not closed"),
        ("postgresql+psycopg://ann:s3cret@[fe80::2:5432", "'[' of an IPv6 host is not closed"),
        ("postgresql+psycopg://ann:s3cret@[::1]:54x/claims", "bad port"),
        ("postgresql+psycopg://ann:s3cret@db.example/claims?sslmode=sometimes", "sslmode must be"),
        (
            "postgresql+psycopg://ann@db.example/claims?colour=blue&password=s3cret",
            "unknown connection option 'colour'",
        ),
        (
            "postgresql+psycopg://ann:s3cret@db.example/claims?target_session_attrs=writable",
            "target_session_attrs must be one of",
        ),
    ],
)
def test_unusable_database_urls_are_refused_without_the_password(url: str, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        check_url(url)
    assert "s3cret" not in str(caught.value)
    code, _, err = run("--db", url, "claims")
    assert code == 2
    assert message in err
    assert "s3cret" not in err


@pytest.mark.parametrize(
    "query", ["sslmode=verify-full", "application_name=desk&connect_timeout=5", "gssencmode=prefer"]
)
def test_query_options_libpq_knows_are_kept(query: str) -> None:
    url = check_url(f"postgresql+psycopg://ann:s3cret@db.example/claims?{query}")
    assert dict(url.query) == dict(part.split("=") for part in query.split("&"))


def test_a_password_never_appears_in_a_connection_error() -> None:
    code, _, err = run("--db", "postgresql+psycopg://ann:s3cret@127.0.0.1:1/claims", "claims")
    assert code == 1
    assert "s3cret" not in err
    assert "***" in err


def test_redact_hides_passwords_even_in_unparsable_urls() -> None:
    assert "s3cret" not in redact("postgresql://ann:s3cret@host:port/db")


# Each URL shape: (URL, the pieces of its password, what the refusal says). "H" is the host
# part. A raw "@" in a password, wherever "/", "?" or "#" stand around it, must not let
# the rest of the password pass for a host or a database (and so show in a message).
H = "db.example:5432/log"
RAW_AT_URLS = [
    (f"postgresql+psycopg://ann:Gr@nite9@{H}", ["Gr", "nite9"], "%40"),
    (f"postgresql+psycopg://ann:one@two@three@{H}", ["one", "two", "three"], "%40"),
    (f"postgresql+psycopg://ann:Xq/9#k?z%Zw:v@Ekq7@{H}", ["Xq/9", "Ekq7"], "%40"),
    (f"postgresql+psycopg://ann:Ab9/Cd7@Efgh9@{H}", ["Ab9/Cd7", "Efgh9"], "%40"),
    # "/", "#" or "?" after the raw "@": the piece after it once passed for the host
    (f"postgresql+psycopg://ann:kite@reed/moss@{H}", ["kite", "reed", "moss"], "%40"),
    (f"postgresql+psycopg://ann:kite@reed#moss@{H}", ["kite", "reed", "moss"], "%40"),
    (f"postgresql+psycopg://ann:kite@reed?moss@{H}", ["kite", "reed", "moss"], "%40"),
    (f"postgresql+psycopg://ann:kite@reed/moss@{H}?sslmode=require", ["reed", "moss"], "%40"),
    (f"postgresql+psycopg://ann:kite@reed#moss@{H}?application_name=x@y", ["reed", "moss"], "%40"),
    (f"postgresql://ann:kite@reed#moss@{H}", ["reed", "moss"], "%40"),
    # a user name with "@" as well
    (f"postgresql+psycopg://ann@desk.example:Vole7@fen/tarn@{H}", ["Vole7", "fen", "tarn"], "%40"),
    (f"postgresql+psycopg://:Vole7@fen@{H}", ["Vole7", "fen"], "%40"),
    ("postgresql+psycopg://ann:Vole7@fen@[::1]:5432/log", ["Vole7", "fen"], "%40"),
    ("postgresql+psycopg://ann:Vole7@fen@localhost", ["Vole7", "fen"], "%40"),
    # other refusals show no piece of the password either
    ("mysql+pymysql://root:Wren4@heath/oak@db.example/log", ["Wren4", "heath", "oak"], "%40"),
    ("nosuchdialect://ann:Wren4@heath@db.example/log", ["Wren4", "heath"], "%40"),
    ("postgresql+psycopg://ann:Wren4@heath@db.example:nope/log", ["Wren4", "heath"], "bad port"),
    # no "@" is followed by host[:port][/database][?key=value]: nothing before the last shown
    (f"postgresql+psycopg://ann:Wren4@heath@{H}#frag", ["Wren4", "heath"], "follows the user"),
    (f"sqlite://ann:Wren4@heath/oak@{H}", ["Wren4", "heath", "oak"], "SQLite URL has no user"),
]


@pytest.mark.parametrize(("url", "pieces", "message"), RAW_AT_URLS)
def test_a_raw_at_sign_in_a_password_is_refused_and_never_shown(
    url: str, pieces: list[str], message: str
) -> None:
    for piece in pieces:
        assert piece not in redact(url)
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        check_url(url)
    for piece in pieces:
        assert piece not in str(caught.value)
    code, out, err = run("--db", url, "db", "path")
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    for piece in pieces:
        assert piece not in out + err


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        # "/", "#", "?" or ":" in a password without "@" are read as the password
        (f"postgresql+psycopg://ann:Lark/3@{H}", f"postgresql+psycopg://ann:***@{H}"),
        (f"postgresql+psycopg://ann:Lark#3@{H}", f"postgresql+psycopg://ann:***@{H}"),
        (f"postgresql+psycopg://ann:Lark?3@{H}", f"postgresql+psycopg://ann:***@{H}"),
        (f"postgresql+psycopg://ann:La:rk:3@{H}", f"postgresql+psycopg://ann:***@{H}"),
        (f"postgresql+psycopg://ann:La%40rk@{H}", f"postgresql+psycopg://ann:***@{H}"),
        (f"postgresql+psycopg://ann%40desk:Lark@{H}", f"postgresql+psycopg://ann%40desk:***@{H}"),
        # an "@" in a query value or in a SQLite path is no user info
        (f"postgresql+psycopg://ann:Lark@{H}?application_name=a@b", None),
        ("postgresql+psycopg://ann@/log?host=/run/postgresql", None),
        ("sqlite:///logs/desk@home/claims@2026.sqlite3", None),
        ("sqlite:///a@b@c.sqlite3", None),
    ],
)
def test_urls_without_a_raw_at_in_the_user_info_are_accepted(url: str, shown: str | None) -> None:
    parsed = check_url(url)
    assert "Lark" not in redact(url)
    if shown is not None:
        assert redact(url) == shown
        info = url[url.index("://") + 3 : url.index("@" + H)]
        assert parsed.password == unquote(info.split(":", 1)[1])
        assert parsed.host == "db.example"
        assert parsed.database == "log"


def test_a_password_in_the_query_is_hidden_too() -> None:
    assert redact(f"postgresql+psycopg://ann@{H}?password=Lark9") == (
        f"postgresql+psycopg://ann@{H}?password=***"
    )


# A secret in the query: (URL, its secret pieces, the URL as every message shows it, the
# refusal or None when the URL is accepted).
QUERY_SECRET_URLS = [
    # a value holding "@" is a value when the rest reads strictly
    (
        f"postgresql+psycopg://ann@{H}?password=Fir@3",
        ["Fir"],
        f"postgresql+psycopg://ann@{H}?password=***",
        None,
    ),
    (
        f"postgresql+psycopg://ann@{H}?sslmode=require&sslpassword=Fir@3&user=x",
        ["Fir"],
        f"postgresql+psycopg://ann@{H}?sslmode=require&sslpassword=***&user=x",
        None,
    ),
    # no "@" leaves a strict remainder: only the scheme shows
    (
        f"postgresql+psycopg://ann@{H}?password=Fir9@Ash/Elm#Oak",
        ["Fir9", "Ash", "Elm", "Oak"],
        "postgresql+psycopg://***",
        "follows the user",
    ),
    (
        f"postgresql+psycopg://ann@{H}?Fir9=@Ash/Elm#Oak",
        ["Fir9", "Ash", "Elm", "Oak"],
        "postgresql+psycopg://***",
        "follows the user",
    ),
    (
        f"postgresql+psycopg://ann@{H}?password=Fir9#Ash",
        ["Fir9", "Ash"],
        "postgresql+psycopg://***",
        "follows the user",
    ),
    # no user info at all: "#" and "@" in the value stay hidden up to the next "&", and
    # an "@" in a query value never makes the host, port and database a user info
    (
        f"postgresql+psycopg://{H}?password=Fir9@Ash",
        ["Fir9", "Ash"],
        f"postgresql+psycopg://{H}?password=***",
        None,
    ),
    (
        f"postgresql+psycopg://{H}?sslmode=require&sslpassword=Fir9@Ash/Elm",
        ["Fir9", "Ash", "Elm"],
        f"postgresql+psycopg://{H}?sslmode=require&sslpassword=***",
        None,
    ),
    (
        f"postgresql+psycopg://{H}?password=Fir9#Ash&sslmode=require",
        ["Fir9", "Ash"],
        f"postgresql+psycopg://{H}?password=***&sslmode=require",
        None,
    ),
]


@pytest.mark.parametrize(("url", "pieces", "shown", "message"), QUERY_SECRET_URLS)
def test_a_secret_in_the_query_never_shows(
    url: str, pieces: list[str], shown: str, message: str | None
) -> None:
    assert redact(url) == shown
    if message is None:
        parsed = check_url(url)
        # read as written: the host is the host, never a piece of a query value
        assert parsed.host == "db.example" and parsed.port == 5432
        return
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        check_url(url)
    assert shown in str(caught.value)
    code, out, err = run("--db", url, "db", "path")
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    for piece in pieces:
        assert piece not in out + err


# A --db value that lost the "//" after its scheme (known or unknown dialect).
SLASHLESS = [
    "postgresql+psycopg:/ann:Fir9@db.example/log",
    "postgresql+psycopg:ann:Fir9@db.example/log",
    "postgresql:ann:Fir9@db.example",
    "sqlite:Fir9.sqlite3",
    "no.such-dialect+x:/ann:Fir9@db.example",
]


@pytest.mark.parametrize("value", SLASHLESS)
@pytest.mark.parametrize("how", ["option", "environment"])
@pytest.mark.parametrize("command", [["db", "path"], ["claims"]])
def test_a_url_without_its_slashes_is_refused_showing_only_the_scheme(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, how: str, command: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    if how == "option":
        code, out, err = run("--db", value, *command)
    else:
        monkeypatch.setenv("FACTCHECK_DB", value)
        code, out, err = run(*command)
    assert code == 2
    assert err.strip().splitlines() == [err.strip()]
    scheme = value.split(":", 1)[0]
    assert f"'{scheme}:***'" in err
    assert "Fir9" not in out + err
    assert list(tmp_path.iterdir()) == []  # no file named after the URL


@pytest.mark.parametrize("name", ["a:b.sqlite3", "data/a:b.sqlite3", "./c:d.sqlite3", "e@f:g"])
def test_file_paths_with_a_colon_after_their_first_segment_are_still_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    from factcheck.config import resolve_db_url

    monkeypatch.chdir(tmp_path)
    if name == "a:b.sqlite3":  # a first segment with ":" is a scheme: refused
        with pytest.raises(InputError, match="lacks the '//'"):
            resolve_db_url(name)
        return
    (tmp_path / "data").mkdir()
    url = resolve_db_url(name)
    assert sqlite_path(url) == (tmp_path / name).resolve()
    code, out, _ = run("--db", name, "db", "path")
    assert code == 0
    assert out.strip() == str((tmp_path / name).resolve())


MISTYPED = [
    (" postgresql+psycopg://ann:Fir9@db.example/log", "whitespace around it"),
    ("postgresql+psycopg://ann:Fir9@db.example/log\n", "whitespace around it"),
    ("\tsqlite:///log.sqlite3", "whitespace around it"),
    ("log.sqlite3 ", "whitespace around it"),
    ("postgresql+psycopg//ann:Fir9@db.example/log", "postgresql+psycopg://user@host/database"),
    ("postgresql+psycopg/ann:Fir9@db.example/log", "without the ':'"),
    ("PostgreSQL//ann:Fir9@db.example/log", "postgresql+psycopg://user@host/database"),
    ("sqlite//log.sqlite3", "sqlite:///relative/path.sqlite3"),
    ("sqlite/log.sqlite3", "write ./sqlite/…"),
    ("sqlite:/log.sqlite3", "sqlite:///relative/path.sqlite3"),
    ("mysql//ann:Fir9@db.example/log", "without the ':'"),
]


@pytest.mark.parametrize(("value", "expected"), MISTYPED)
@pytest.mark.parametrize("how", ["option", "environment"])
def test_a_database_url_written_slightly_wrong_is_refused_not_made_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, expected: str, how: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(GOOD + "\n", encoding="utf-8")
    for command in (["db", "path"], ["ingest", "a.txt", "--source", "Wire"]):
        if how == "option":
            code, out, err = run("--db", value, *command)
        else:
            monkeypatch.setenv("FACTCHECK_DB", value)
            code, out, err = run(*command)
        assert code == 2, out + err
        assert err.strip().splitlines() == [err.strip()]  # one line, saying what to write
        assert expected in " ".join(err.split())
        assert "Fir9" not in out + err
        assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]  # no odd file


def test_a_scheme_is_read_whatever_its_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck.config import resolve_db_url

    monkeypatch.chdir(tmp_path)
    code, out, err = run("--db", "SQLite:///log.sqlite3", "db", "path")
    assert (code, out.strip()) == (0, "log.sqlite3"), err  # as sqlite:///log.sqlite3
    assert resolve_db_url("POSTGRESQL+PSYCOPG://ann@db.example/log") == (
        "postgresql+psycopg://ann@db.example/log"
    )
    # a folder named like a scheme is a path when written as one
    (tmp_path / "sqlite").mkdir()
    code, out, _ = run("--db", "./sqlite/log.sqlite3", "db", "path")
    assert (code, out.strip()) == (0, str(tmp_path / "sqlite" / "log.sqlite3"))
    code, out, _ = run("--db", "data/log.sqlite3", "db", "path")
    assert (code, out.strip()) == (0, str(tmp_path / "data" / "log.sqlite3"))


@pytest.mark.parametrize(
    ("url", "file"),
    [
        ("sqlite:///file:/var/claims.db?uri=true", "/var/claims.db"),
        ("sqlite:///file:/var/claims.db?mode=ro&uri=true", "/var/claims.db"),
        ("sqlite:///file:/var/cl%61ims.db?uri=true", "/var/claims.db"),
        ("sqlite:///file:///var/claims.db?uri=true", "/var/claims.db"),
    ],
)
def test_a_sqlite_uri_filename_on_disk_is_that_file(url: str, file: str) -> None:
    check_url(url)  # not refused as in-memory
    assert sqlite_path(url) == Path(file)


# Characters a URL reads otherwise ("?" a query, "#" a fragment, "%" an escape, "@" user
# info) and others a URL writer might escape (space, non-ASCII): a value without a scheme
# is a file path, each character taken as written.
LITERAL_PATHS = [
    "./x@y#z?.sqlite3",
    "per%41cent.sqlite3",
    "twice%2525.db",
    "sp ace.sqlite3",
    "Ünïcødé €.sqlite3",
    "q?mode=memory",
    "h#frag",
    "data/and&eq=.db",
]


@pytest.mark.parametrize("name", LITERAL_PATHS)
def test_a_database_given_as_a_path_is_that_file_whatever_it_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    article = tmp_path / "a.txt"
    article.write_text(GOOD + "\n", encoding="utf-8")
    code, _, err = run("--db", name, "ingest", str(article), "--source", "Wire")
    assert code == 0, err
    expected = (tmp_path / name).resolve()
    assert expected.is_file()
    made = {re.sub(r"-(?:wal|shm|journal)$", "", p.name) for p in expected.parent.iterdir()}
    assert made - {"a.txt", "data"} == {expected.name}  # no file of a name cut short
    code, out, _ = run("--db", name, "db", "path")
    assert (code, out.strip()) == (0, str(expected))
    code, out, _ = run("--db", name, "claims", "--json")
    assert code == 0 and json.loads(out)[0]["text"] == GOOD


def test_sqlite_url_round_trips_every_character() -> None:
    from factcheck.database import sqlite_url

    for name in LITERAL_PATHS:
        path = Path("/srv/logs") / name
        assert sqlite_path(sqlite_url(path)) == path


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (f"postgresql+psycopg://an?n:Fir9@{H}", "%3F"),
        (f"postgresql+psycopg://an#n:Fir9@{H}", "%23"),
        (f"postgresql+psycopg://an#n@{H}", "%23"),
        ("postgresql+psycopg://ann:Fir9@", "no host follows"),
        ("postgresql+psycopg://ann:Fir9@:5432/log", "no host follows"),
        ("postgresql+psycopg://ann@/log", "no host follows"),
    ],
)
def test_a_raw_query_or_fragment_sign_in_a_user_name_or_a_missing_host_is_refused(
    url: str, message: str
) -> None:
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        check_url(url)
    assert "Fir9" not in str(caught.value)


def test_a_socket_folder_stands_for_the_host() -> None:
    assert check_url("postgresql+psycopg://ann@/log?host=/run/postgresql").host is None
    assert check_url("postgresql+psycopg:///log").database == "log"


def test_a_user_name_sqlalchemy_would_read_otherwise_is_refused() -> None:
    # SQLAlchemy stops a user name at "/", so "ann/desk" would become host "ann".
    with pytest.raises(InputError, match="%2F") as caught:
        check_url(f"postgresql+psycopg://ann/desk:Lark@{H}")
    assert "Lark" not in str(caught.value)


def test_sqlite_urls_with_a_host_are_refused() -> None:
    with pytest.raises(InputError, match="three slashes"):
        check_url("sqlite://claims.sqlite3")


def test_plain_postgresql_url_means_psycopg() -> None:
    assert check_url("postgresql://ann@host/db").drivername == "postgresql+psycopg"


def test_ids_beyond_64_bits_are_refused() -> None:
    code, _, err = run("show", str(2**64))
    assert code == 2
    assert "Traceback" not in err
    from factcheck.store import Store

    with pytest.raises(InputError, match="64-bit"):
        Store().claims(ids=[2**70])


@pytest.mark.parametrize("command", ["claims", "stories", "documents"])
def test_a_count_beyond_64_bits_is_refused_naming_its_option(command: str) -> None:
    code, _, err = run(command, "--limit", str(2**70))
    assert code == 2
    assert err.startswith("error: --limit: ") and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


# -- configuration and lexicons --------------------------------------------------------------


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[claims]\ncheckworthy_treshold = 0.4\n", "unknown [claims] key(s) checkworthy_treshold"),
        ("[claims]\ncheckworthy_threshold = 'high'\n", "must be a finite number"),
        ("[markers]\nlexicon = 3\n", "lexicon must be a string"),
        ("[markers]\nlexicn = 'x.toml'\n", "unknown [markers] key(s)"),
        ("[match]\nreview = 'x'\n", "must be a finite number"),
        ("[match]\nreveiw = 0.4\n", "unknown [match] key(s)"),
        ("claims = 3\n", "must be a [claims] table"),
        ("[nope]\nx = 1\n", "unknown section(s) nope"),
    ],
)
def test_config_file_typos_and_wrong_types_are_errors(
    tmp_path: Path, toml: str, message: str
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(toml)
    code, _, err = run("--config", str(config), "claims")
    assert code == 2, err
    assert message in err
    assert str(config) in err


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('entry = "oops"\n', "entry must be [[entry]] tables"),
        ('[[entry]]\npattern = "maybe"\nkind = "hedge"\nunless_prev = 5\n', "list of strings"),
        ("disable = 3\n", "disable must be a list of strings"),
        ("[attribution]\nspeech_verbs = 4\n", "list of strings"),
        ('[[entry]]\npattern = "maybe"\nkind = "hedge"\nlowercase_only = "yes"\n', "true or false"),
        (
            '[hedge]\npattern = "maybe"\n[[entry]]\npattern = "perchance"\nkind = "hedge"\n',
            "unknown section(s) or key(s) hedge",
        ),
        ('disabled = ["seem"]\n', "unknown section(s) or key(s) disabled"),
    ],
)
def test_lexicon_with_a_wrong_type_is_refused(tmp_path: Path, toml: str, message: str) -> None:
    lexicon = tmp_path / "lex.toml"
    lexicon.write_text(toml)
    code, _, err = run("analyze", "-", "--lexicon", str(lexicon), input=GOOD)
    assert code == 2, err
    assert message in err


DEEP_TOML = [
    "x = " + "[" * 5000 + "]" * 5000 + "\n",
    "x = " + "{a = " * 3000 + "1" + "}" * 3000 + "\n",
]


@pytest.mark.parametrize("toml", DEEP_TOML)
def test_a_config_file_nested_too_deeply_is_one_line_naming_it(tmp_path: Path, toml: str) -> None:
    config = tmp_path / "deep.toml"
    config.write_text(toml)
    code, _, err = run("--config", str(config), "claims")
    assert code == 2, err
    assert "nested too deeply" in err and str(config) in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("toml", DEEP_TOML)
def test_a_lexicon_nested_too_deeply_is_one_line_naming_it(tmp_path: Path, toml: str) -> None:
    lexicon = tmp_path / "deep.toml"
    lexicon.write_text(toml)
    config = tmp_path / "config.toml"
    config.write_text(f"[markers]\nlexicon = {json.dumps(str(lexicon))}\n")
    for args in (
        ["analyze", "-", "--lexicon", str(lexicon)],
        ["--config", str(config), "analyze", "-"],
    ):
        code, _, err = run(*args, input=GOOD)
        assert code == 2, err
        assert "nested too deeply" in err and str(lexicon) in err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1


# -- terminal safety ------------------------------------------------------------------------

HOSTILE_TITLE = "Bridge\x1b[2J\x1b]0;owned\x07 \u202eopen\r"


def test_control_characters_are_neutralised_for_people_and_escaped_in_json(
    tmp_path: Path,
) -> None:
    code, _, err = run(
        "ingest", "-", "--source", "Wire\x1b[31m", "--title", HOSTILE_TITLE, input=GOOD
    )
    assert code == 0, err
    for command in (["documents"], ["claims"], ["sources"], ["show", "1"]):
        code, out, _ = run(*command)
        assert code == 0
        assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out, command
    code, out, _ = run("documents", "--json")
    # Terminal control is gone where the document was made; the bidi override, which is
    # text, stays and is escaped in JSON.
    assert json.loads(out)[0]["title"] == "Bridge \u202eopen"
    assert json.loads(out)[0]["source"] == "Wire"


def test_errors_neutralise_control_characters_in_file_names(tmp_path: Path) -> None:
    code, _, err = run("ingest", str(tmp_path / "no\x1b[31mfile.txt"), "--source", "X")
    assert code == 2
    assert "\x1b" not in err
    assert "\\x1b[31m" in err


def test_safe_keeps_text_and_shows_controls() -> None:
    assert safe("Zürich “quoted” — 12 €") == "Zürich “quoted” — 12 €"
    assert safe("a\x1bb\u202ec\nd") == "a\\x1bb\\u202ec\nd"
    assert safe("a\nb", newlines=False) == "a\\nb"


# -- closed pipes -------------------------------------------------------------------------


def test_a_closed_pipe_ends_quietly_with_the_usual_exit_code(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'pipe.sqlite3'}"
    text = "\n\n".join(f"The bridge {n} reopened on Monday, officials said." for n in range(400))
    env = {**os.environ, "FACTCHECK_DB": db}
    subprocess.run(
        [sys.executable, "-m", "factcheck", "ingest", "-", "--source", "Wire"],
        input=text.encode(),
        env=env,
        check=True,
        capture_output=True,
    )
    for args in (["claims"], ["claims", "--json"]):
        proc = subprocess.run(
            f"{sys.executable} -m factcheck {' '.join(args)} | head -n 2",
            shell=True,
            env={**env, "PYTHONUNBUFFERED": "1"},
            capture_output=True,
            executable="/bin/bash",
        )
        piped = subprocess.run(
            f"set -o pipefail; {sys.executable} -m factcheck {' '.join(args)} | head -n 1 "
            ">/dev/null",
            shell=True,
            env=env,
            capture_output=True,
            executable="/bin/bash",
        )
        assert proc.stderr == b"", proc.stderr.decode()
        assert piped.returncode == 0, piped.stderr.decode()
        assert piped.stderr == b""


# -- permissions --------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_file_and_folder_are_user_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck import config
    from factcheck.store import Store

    home = tmp_path / "data" / "factcheck"
    monkeypatch.setattr(
        config, "default_db_url", lambda: f"sqlite:///{home / 'factcheck.sqlite3'}"
    )
    monkeypatch.setattr("factcheck.store.default_db_url", config.default_db_url)
    monkeypatch.delenv("FACTCHECK_DB")
    monkeypatch.setattr(config, "resolve_db_url", lambda url=None: config.default_db_url())
    monkeypatch.setattr("factcheck.store.resolve_db_url", config.resolve_db_url)
    old = os.umask(0o022)
    try:
        Store().ingest(_raw(GOOD))
    finally:
        os.umask(old)
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    for name in ("factcheck.sqlite3", "factcheck.sqlite3-wal"):
        path = home / name
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, name


def test_a_database_path_in_a_missing_folder_is_unusable_input(tmp_path: Path) -> None:
    # The folder is part of the path the user typed, like an article path: exit 2, one
    # line naming the folder, and nothing created on the way.
    missing = tmp_path / "no-such-folder"
    code, _out, err = run("--db", str(missing / "log.sqlite3"), "claims")
    assert code == 2, err
    assert err.strip().endswith(f"{missing}: no such folder for the database file")
    assert "Traceback" not in err
    assert not missing.exists()


def _raw(text: str, **kw: object):  # type: ignore[no-untyped-def]
    from factcheck.read import RawDocument

    return RawDocument(text=text, source=str(kw.pop("source", "Wire")), **kw)  # type: ignore[arg-type]


# -- concurrency basics (the heavy runs are in tests/stress) ------------------------------


def test_sqlite_runs_in_wal_with_a_busy_timeout(sqlite_url: str) -> None:
    from factcheck.store import Store

    store = Store(sqlite_url)
    with store.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 10_000


def test_writers_creating_the_same_new_outlet_at_once_all_succeed(db_url: str) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from factcheck.store import Store

    Store(db_url).engine.dispose()

    def one(n: int) -> str:
        store = Store(db_url)
        try:
            return store.ingest(_raw(f"The dam {n} held overnight, engineers said.")).status
        finally:
            store.engine.dispose()

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(one, range(4))) == ["ingested"] * 4
    assert [s["documents"] for s in Store(db_url).sources()] == [4]


def test_transient_lock_errors_are_retried_then_reported() -> None:
    import sqlalchemy as sa

    from factcheck.database import is_transient, run_write

    class Locked(Exception):
        pass

    locked = sa.exc.OperationalError("INSERT", {}, Locked("database is locked"))
    assert is_transient(locked)
    attempts: list[int] = []
    engine = sa.create_engine("sqlite://")

    def work(conn: sa.Connection) -> str:
        attempts.append(1)
        if len(attempts) < 3:
            raise locked
        return "done"

    assert run_write(engine, work, describe=str, sleep=lambda s: None) == "done"
    assert len(attempts) == 3

    def always(conn: sa.Connection) -> None:
        raise locked

    with pytest.raises(StorageError, match="locked"):
        run_write(engine, always, describe=str, sleep=lambda s: None, retry_for=0.0)


# -- bounded work ---------------------------------------------------------------------------


def test_claims_split_from_a_long_sentence_store_linear_quotes() -> None:
    from factcheck.analyze import analyze

    def quoted(n: int) -> int:
        text = "The mayor said " + "the council closed 12 roads and " * n + "the port reopened."
        return sum(len(c.claim.quote) for c in analyze(text).claims) // len(text)

    # Quote characters per input character stay flat as the sentence grows.
    assert quoted(1000) <= max(2, 2 * quoted(250))


def test_no_sentence_is_longer_than_the_limit() -> None:
    from factcheck.segment import segment

    text = "Figures: " + "12,400 3.5% 1,200, " * 3000 + "end."
    sentences = segment(text, max_chars=500)
    assert max(len(s.text) for s in sentences) <= 500
    assert all(text[s.start : s.end] == s.text for s in sentences)
    # Nothing but the whitespace between pieces is lost.
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")


def _counted(n: int, first: int, step: int = 7) -> str:
    listed = ", ".join(f"{first + i * step} trawlers" for i in range(n))
    return f"The harbour office counted {listed} at the quay on Monday."


def test_compare_aligns_a_bounded_number_of_figures_and_says_so() -> None:
    from factcheck.match.relation import MAX_COMPARED_FIGURES, claim_features, compare

    many = _counted(3 * MAX_COMPARED_FIGURES, 5)
    feats = claim_features(many)
    assert len(feats.quantities) == MAX_COMPARED_FIGURES
    assert feats.figures_seen[0] == 3 * MAX_COMPARED_FIGURES
    result = compare(many, _counted(3 * MAX_COMPARED_FIGURES, 6))
    assert any(p.name == "too many figures" for p in result.parts)
    assert compare(many, _counted(3 * MAX_COMPARED_FIGURES, 6)).relation == result.relation
    # A claim within the bound is compared exactly as before, with no such note.
    few = compare(_counted(3, 5), _counted(3, 6))
    assert not any(p.name == "too many figures" for p in few.parts)
    assert few.relation == "conflicts"


def test_figures_past_the_bound_add_no_pairing_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pairs of figures examined stop growing once both claims pass the bound."""
    from factcheck.match import relation

    calls = 0
    original = relation._fits

    def counting(*args: Any) -> bool:
        nonlocal calls
        calls += 1
        return original(*args)

    def pairings(n: int) -> int:
        nonlocal calls
        calls = 0
        relation.compare(_counted(n, 3), _counted(n, 4))
        return calls

    monkeypatch.setattr(relation, "_fits", counting)
    at_bound = pairings(relation.MAX_COMPARED_FIGURES)
    assert at_bound > 0
    assert pairings(4 * relation.MAX_COMPARED_FIGURES) <= at_bound


def test_a_document_over_the_size_limit_is_refused_with_a_clear_message(
    tmp_path: Path,
) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[limits]\nmax_document_chars = 1000\n")
    big = tmp_path / "big.txt"
    big.write_text(GOOD + " " + "x " * 5000)
    code, _, err = run("--config", str(config), "ingest", str(big), "--source", "X")
    assert code == 2
    assert "over the limit of 1,000" in err
    assert "max_document_chars" in err
    code, _, err = run("--config", str(config), "ingest", "-", "--source", "X", input="y " * 800)
    assert code == 2 and "over the limit" in err
    code, _, err = run("--config", str(config), "analyze", "-", input="y " * 800)
    assert code == 2 and "over the limit" in err


def test_limits_must_be_positive_whole_numbers(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("[limits]\nmax_sentence_chars = 0\n")
    code, _, err = run("--config", str(config), "claims")
    assert code == 2
    assert "[limits] max_sentence_chars must be a whole number from 1 to 1,000,000,000, not 0" in (
        err
    )


# -- text as written ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"He said \x93the bridge\x94 cost \x80 5m.", "He said “the bridge” cost € 5m."),
        ("Zürich “q” ".encode() + b"caf\xe9 " + "— done.".encode(), "Zürich “q” café — done."),
        ("The bridge reopened in Zürich.".encode("utf-16"), "The bridge reopened in Zürich."),
        ("The bridge reopened in Zürich.".encode("utf-16-le"), "The bridge reopened in Zürich."),
        ("The bridge reopened in Zürich.".encode("utf-16-be"), "The bridge reopened in Zürich."),
        ("Le pont a rouvert à Zürich.".encode("latin-1"), "Le pont a rouvert à Zürich."),
        # UTF-8 with more stray bytes than valid characters keeps its UTF-8
        (
            "Smoke filled the café on the quay. ".encode() + b"The owner said \xff\xfe it \xe9.",
            "Smoke filled the café on the quay. The owner said ÿþ it é.",
        ),
        # 8-bit text whose bytes form a UTF-8 sequence by chance ("é", no-break space,
        # "»" is a CJK ideograph in UTF-8) stays 8-bit
        ("Il a dit « café\xa0» à Noël.".encode("cp1252"), "Il a dit « café\xa0» à Noël."),
        ("Sie sagte „Fuß” und ging.".encode("cp1252"), "Sie sagte „Fuß” und ging."),
    ],
)
def test_text_is_decoded_as_written(data: bytes, expected: str) -> None:
    from factcheck.encoding import decode

    assert decode(data, "a.txt") == expected


@pytest.mark.parametrize("byte", [0x81, 0x8D, 0x8F, 0x90, 0x9D])
def test_a_byte_undefined_in_utf8_and_cp1252_is_never_replaced_silently(
    tmp_path: Path, byte: int
) -> None:
    from factcheck.encoding import decode
    from factcheck.errors import InputWarning

    data = (
        "The café on the quay reopened.\n".encode()
        + b"The owner said "
        + bytes([byte])
        + " the “rebuild” cost €40,000.\n".encode()
    )
    warnings: list[InputWarning] = []
    text = decode(data, "quay.txt", warnings=warnings)
    # the UTF-8 parts as written, the byte that is no character as U+FFFD …
    assert text == (
        "The café on the quay reopened.\nThe owner said \ufffd the “rebuild” cost €40,000.\n"
    )
    # … and said: file, line and byte
    assert [(w.origin, w.line) for w in warnings] == [("quay.txt", 2)]
    assert f"byte 0x{byte:02X} is no character in UTF-8 or Windows-1252" in warnings[0].message
    path = tmp_path / "quay.txt"
    path.write_bytes(data)
    code, out, err = run("analyze", str(path), "--json")
    assert code == 0, err
    assert json.loads(out)["warnings"][0]["line"] == 2
    assert f"{path}:2: warning: byte 0x{byte:02X}" in " ".join(err.split())
    code, _, err = run("--db", str(tmp_path / "q.sqlite3"), "ingest", str(path), "--source", "Q")
    assert code == 0
    assert f"{path}:2: warning: byte 0x{byte:02X}" in " ".join(err.split())


def test_replaced_bytes_are_reported_per_line_and_bounded() -> None:
    from factcheck.encoding import MAX_LINE_WARNINGS, decode
    from factcheck.errors import InputWarning

    lines = [b"Gate " + bytes([0x90, 0x9D]) + " opened at the café.".encode() for _ in range(30)]
    warnings: list[InputWarning] = []
    decode(b"\n".join(lines), "gates.txt", warnings=warnings)
    assert [w.line for w in warnings[:-1]] == list(range(1, MAX_LINE_WARNINGS + 1))
    assert "bytes 0x90, 0x9D are no characters" in warnings[0].message
    assert warnings[-1].line is None and "20 more bytes on 10 more lines" in warnings[-1].message


def test_text_read_as_written_has_no_warnings() -> None:
    from factcheck.encoding import decode
    from factcheck.errors import InputWarning

    for data in (
        "The café reopened.".encode(),
        "The café reopened.".encode("cp1252"),
        "The café said ".encode() + b"\x93yes\x94.",  # stray cp1252 quotes: read as quotes
    ):
        warnings: list[InputWarning] = []
        decode(data, "a.txt", warnings=warnings)
        assert warnings == []


def test_an_encoding_only_detected_is_said() -> None:
    from factcheck.encoding import decode
    from factcheck.errors import InputWarning

    # ASCII with two bytes Windows-1252 leaves undefined: no UTF-8 to keep, so the
    # encoding is detected — and the guess is said, not made silently
    data = b"The dock was shut.\nThe toll rose \x81 by noon and \x8d more after.\n"
    warnings: list[InputWarning] = []
    decode(data, "dock.txt", warnings=warnings)
    assert len(warnings) == 1 and "(detected); give --encoding" in warnings[0].message


@pytest.mark.parametrize(
    "codec", ["rot13", "base64", "hex", "zlib", "undefined", "unicode_escape", "raw_unicode_escape"]
)
@pytest.mark.parametrize("command", ["analyze", "ingest"])
def test_an_encoding_no_file_is_written_in_is_refused_in_one_line(
    tmp_path: Path, codec: str, command: str
) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text("The ferry left at dawn, the harbour office said.\n", encoding="utf-8")
    args = ["--db", str(tmp_path / "f.sqlite3"), command, str(path), "--encoding", codec]
    code, _, err = run(*args, *(["--source", "Harbour"] if command == "ingest" else []))
    assert code == 2
    assert err.strip().splitlines() == [err.strip()]
    assert f"{path}: --encoding '{codec}' is no text encoding" in " ".join(err.split())
    assert not (tmp_path / "f.sqlite3").exists() or "ferry" not in run(
        "--db", str(tmp_path / "f.sqlite3"), "claims", "--json"
    )[1]


def test_an_unsure_encoding_is_refused_naming_the_likely_one_and_the_option() -> None:
    from factcheck.encoding import decode

    data = "Мост открыт, сказал мэр.".encode("cp1251")
    with pytest.raises(InputError, match="--encoding"):
        decode(data, "ru.txt")
    assert decode(data, "ru.txt", "cp1251") == "Мост открыт, сказал мэр."
    # a chance UTF-8 sequence of a Latin letter ("Е»" is "Ż") does not make it UTF-8
    quoted = "Он сказал «НЕ» и ушёл. Мост открыт, сказал мэр.".encode("cp1251")
    assert "Ż" not in decode(quoted, "ru.txt", "cp1251")
    try:
        text = decode(quoted, "ru.txt")
    except InputError as exc:  # refused, naming the option: fine too
        assert "--encoding" in str(exc)
        return
    assert "Ż" not in text


@pytest.mark.parametrize(
    ("data", "why"),
    [
        # Our own sentence with a byte-order mark in front: pairs of ASCII bytes would read
        # as ideographs.
        (b"\xff\xfeThe ferry left at dawn today.\n", "8-bit text"),
        (b"\xfe\xffThe ferry left at dawn today.\n", "8-bit text"),
        (b"\xff\xfe" + bytes([1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 0x41, 0]), "unreadable"),
    ],
)
def test_a_byte_order_mark_before_8_bit_bytes_is_refused(data: bytes, why: str) -> None:
    from factcheck.encoding import decode

    with pytest.raises(InputError, match=f"^a.txt: .*{why}.*--encoding"):
        decode(data, "a.txt")


@pytest.mark.parametrize(
    "text",
    [
        "市议会周二表示，渡轮将于四月恢复运营。\n",
        "市議会は火曜日、フェリーが四月に運航を再開すると述べた。\n",
        "시의회는 화요일 여객선 운항이 4월에 재개된다고 밝혔다.\n",
    ],
)
def test_utf16_of_east_asian_text_is_still_read(text: str) -> None:
    from factcheck.encoding import decode

    assert decode(text.encode("utf-16"), "a.txt") == text


def test_a_file_that_decodes_to_nonsense_exits_2_storing_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfeThe ferry left at dawn today.\n")
    code, _, err = run("ingest", str(bad), "--source", "Harbour News")
    assert code == 2
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "bad.txt" in lines[0], err
    code, out, _ = run("claims", "--json")
    assert code == 0 and json.loads(out) == []


def test_encoding_option(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Мост открыт, сказал мэр.".encode("cp1251"))
    code, _, err = run("analyze", str(path), "--encoding", "cp1251", "--json")
    assert code == 0, err
    code, _, err = run("ingest", str(path), "--source", "X", "--encoding", "nope")
    assert code == 2 and "unknown encoding" in err


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders and POSIX permissions")
def test_folders_factcheck_creates_are_user_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The demo's and the default database's folders, and every folder above them that
    factcheck had to make, are 0700; a folder the user already had keeps its mode."""
    mine = tmp_path / "x"
    mine.mkdir(mode=0o755)
    os.chmod(mine, 0o755)
    monkeypatch.delenv("FACTCHECK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(mine / "data"))
    old = os.umask(0o022)
    try:
        code, _, err = run("demo", "--json")
        assert code == 0, err
        code, _, err = run("claims", "--json")
        assert code == 0, err
    finally:
        os.umask(old)
    for folder in (mine / "data", mine / "data" / "factcheck"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(mine.stat().st_mode) == 0o755
    assert (mine / "data" / "factcheck" / "demo.sqlite3").exists()


# -- pages without an article -------------------------------------------------------------

NAV_ONLY = (
    "<html><head><title>Riverside Echo - Home</title></head><body>"
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/local'>Local news</a></li>"
    "<li><a href='/clubs'>Clubs and fixtures</a></li><li><a href='/tides'>Tide tables</a></li>"
    "</ul></nav><header><button>Menu</button> <a href='/join'>Become a member</a></header>"
    "<footer><a href='/team'>Meet the newsroom</a></footer></body></html>"
)
HEADLINE_INDEX = (
    "<html><body><main><ul>"
    "<li><a href='/a'>Ferry timetable changes again as the winter schedule begins early</a></li>"
    "<li><a href='/b'>Council delays the vote on the new harbour wall until spring</a></li>"
    "<li><a href='/c'>Volunteers clear six tonnes of litter from the northern dunes</a></li>"
    "</ul></main></body></html>"
)


@pytest.mark.parametrize("page", [NAV_ONLY, HEADLINE_INDEX], ids=["menus", "headline-links"])
def test_a_page_of_only_navigation_is_no_article_text(tmp_path: Path, page: str) -> None:
    path = tmp_path / "front.html"
    path.write_text(page, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(path), "--source", "Riverside Echo"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "no article text" in lines[0] and "front.html" in lines[0]
    listed = CliRunner().invoke(app, ["documents", "--json"])
    assert json.loads(listed.stdout) == []


def test_a_short_article_beside_menus_is_kept() -> None:
    from factcheck.read import RawDocument, documents_from_text

    page = NAV_ONLY.replace(
        "<footer>",
        "<article><p>The lifeboat crew rescued two kayakers off the point on Sunday.</p>"
        "</article><footer>",
    )
    [doc] = documents_from_text(page, RawDocument(text="", source="Riverside Echo"), fmt="html")
    assert "rescued two kayakers" in doc.text


# -- streamed batches ---------------------------------------------------------------------


@pytest.mark.parametrize("documents", [0, 1, 3])
@pytest.mark.parametrize("errors", [0, 2])
def test_streamed_ingest_json_is_the_same_text_as_one_dump(
    capsys: pytest.CaptureFixture[str], documents: int, errors: int
) -> None:
    from factcheck.cli import _JsonDocuments

    rows = [
        {"id": i, "source": "Quay Times", "title": f"Tide {i}", "copies": [], "extra": {"a": i}}
        for i in range(documents)
    ]
    bad = [
        {"origin": "batch.jsonl", "line": i + 2, "message": "text is empty"} for i in range(errors)
    ]
    writer = _JsonDocuments()
    for row in rows:
        writer.add(row)
    warned = [
        {"origin": "batch.jsonl", "line": i + 1, "message": "a number … too long"}
        for i in range(errors)
    ]
    writer.finish(bad, warned)
    expected = json.dumps(
        {"documents": rows, "errors": bad, "warnings": warned}, ensure_ascii=False, indent=2
    )
    assert capsys.readouterr().out == expected + "\n"


def test_a_long_batch_table_ends_with_a_count_and_json_lists_every_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.cli

    monkeypatch.setattr(factcheck.cli, "INGEST_TABLE_ROWS", 2)
    batch = tmp_path / "quay.jsonl"
    lines = [
        {"text": f"The {n} ferry left the quay at dawn on Friday.", "source": "Quay Times"}
        for n in ("red", "blue", "green", "white")
    ]
    batch.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    shown = CliRunner().invoke(app, ["ingest", str(batch), "--no-match"])
    assert shown.exit_code == 0, shown.output
    assert "… and 2 more documents" in shown.output
    again = CliRunner().invoke(app, ["ingest", str(batch), "--no-match", "--json"])
    assert again.exit_code == 0
    listed = json.loads(again.stdout)
    assert [d["status"] for d in listed["documents"]] == ["duplicate"] * 4
    assert listed["errors"] == []


def test_standard_input_among_files_is_read_once_and_counted(tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text("The lock gates on the canal were replaced in June.\n", encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["ingest", str(first), "-", "--source", "Canal News", "--json"],
        input="The towpath reopened to cyclists on Saturday morning.\n",
    )
    assert result.exit_code == 0, result.output
    origins = [d["origin"] for d in json.loads(result.stdout)["documents"]]
    assert origins == [str(first), "<stdin>"]


def test_a_missing_path_among_inputs_stores_nothing(tmp_path: Path) -> None:
    first = tmp_path / "first.txt"
    first.write_text("The lock gates on the canal were replaced in June.\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["ingest", str(first), str(tmp_path / "gone.txt"), "--source", "Canal News"]
    )
    assert result.exit_code == 2
    assert "gone.txt" in result.output
    assert json.loads(CliRunner().invoke(app, ["documents", "--json"]).stdout) == []


def test_a_document_over_the_limit_is_refused_when_read_before_any_analysis(
    tmp_path: Path,
) -> None:
    """A file small enough in bytes to pass the size pre-check but longer in characters
    than the limit is refused as it is read, not after minutes of analysis."""
    from factcheck.read import RawDocument, stream_inputs

    sentence = "The pier lights were repaired by the harbour crew before the storm. "
    article = tmp_path / "pier.txt"
    article.write_text(sentence * 30, encoding="utf-8")  # about 2,000 characters
    batch = tmp_path / "pier.jsonl"
    batch.write_text(
        json.dumps({"text": "A short line about the pier.", "source": "Pier Post"})
        + "\n"
        + json.dumps({"text": sentence * 30, "source": "Pier Post"})
        + "\n",
        encoding="utf-8",
    )
    base = RawDocument(text="", source="Pier Post")
    inputs = [str(article), str(batch)]
    read = [doc for _, docs in stream_inputs(inputs, base, max_chars=1000) for doc in docs]
    assert [type(d).__name__ for d in read] == ["InputError", "RawDocument", "InputError"]
    assert "over the limit of 1,000" in str(read[0]) and str(read[2]).endswith(
        "config file to store it)"
    )
    assert read[2].line == 2  # type: ignore[union-attr]

    config = tmp_path / "small.toml"
    config.write_text("[limits]\nmax_document_chars = 1000\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["--config", str(config), "ingest", str(article)])
    assert result.exit_code == 2
    assert "pier.txt: document is 2,040 characters, over the limit of 1,000" in result.output


def test_sqlite_page_cache_is_bounded_by_memory_on_every_connection(tmp_path: Path) -> None:
    """A batch writer's memory grows with the store until SQLite's page cache is full
    (about 6.7 KB a line in a JSON Lines batch): the cache must be a size in KiB (a
    negative ``cache_size``), not a count of pages, on every pooled connection."""
    from factcheck.database import SQLITE_CACHE_KIB, make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'cache.sqlite3'}")
    try:
        with engine.connect() as first, engine.connect() as second:
            for conn in (first, second):
                size = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
                assert size == -SQLITE_CACHE_KIB
    finally:
        engine.dispose()
    assert 0 < SQLITE_CACHE_KIB <= 256 * 1024


_POOL_MEMORY = """
import sys
from pathlib import Path

import factcheck.database as database

# A small cache and heap so the test reads little; the bound works the same at any size.
database.SQLITE_CACHE_KIB = 8_192
database.SQLITE_HEAP_KIB = 12_288
path, connections = Path(sys.argv[1]), int(sys.argv[2])
engine = database.make_engine(f"sqlite:///{path}")


def resident_mib() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * 4096 / 2**20


held = [engine.connect() for _ in range(connections)]
start = resident_mib()
for conn in held:
    # Every page of the table passes through this connection's cache.
    conn.exec_driver_sql("SELECT sum(length(body)) FROM pages").scalar_one()
print(resident_mib() - start)
"""


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads Linux /proc")
def test_sqlite_page_caches_together_do_not_grow_with_the_pool(tmp_path: Path) -> None:
    """Each pooled SQLite connection has its own page cache; the process-wide soft heap
    limit keeps all of them under one bound, so four connections that each read a whole
    40 MB table use about the memory one does, not four caches' worth."""
    import sqlite3

    path = tmp_path / "pages.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE pages (id INTEGER PRIMARY KEY, body TEXT)")
        raw.executemany(
            "INSERT INTO pages (body) VALUES (?)", ((f"{i:08d}" * 50,) for i in range(100_000))
        )

    def growth(connections: int) -> float:
        out = subprocess.run(
            [sys.executable, "-c", _POOL_MEMORY, str(path), str(connections)],
            capture_output=True,
            text=True,
            check=True,
        )
        return float(out.stdout)

    one, four = growth(1), growth(4)
    # Without the bound four connections hold four full 8 MiB caches (about 32 MiB).
    assert four < one + 8, (one, four)
    assert four < 20, (one, four)


def test_no_cache_keyed_by_article_words_grows_without_bound() -> None:
    """Caches keyed by what articles contain (words, figures, claim texts) are an open
    vocabulary: every one of them needs a size bound, or a long batch grows with every
    new name and number. Unbounded caches may only take no argument (a loaded lexicon)
    or a fixed key listed here."""
    import importlib
    import inspect
    import pkgutil

    import factcheck

    fixed_keys = {  # keyed by the lexicon's own names, never by article words
        "factcheck.claim_lexicon._phrase_index",  # the lexicon's own phrase sets
        "factcheck.match.relation._group_words",  # a word list of match_cues.toml by kind
    }
    unbounded = []
    for info in pkgutil.walk_packages(factcheck.__path__, "factcheck."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, obj in vars(module).items():
            if getattr(obj, "__module__", None) != module.__name__:
                continue
            if not callable(getattr(obj, "cache_parameters", None)):
                continue
            takes = inspect.signature(obj.__wrapped__).parameters
            if obj.cache_parameters()["maxsize"] is None and takes:
                unbounded.append(f"{module.__name__}.{name}")
    assert sorted(set(unbounded) - fixed_keys) == []


def test_the_word_frequency_memo_is_emptied_at_its_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import checkworthy

    words = [f"harlquay{n}" for n in range(300)] + ["council", "ferry", "harbour"]
    checkworthy._ZIPF_SEEN.clear()
    unbounded = checkworthy._commonness(words)
    monkeypatch.setattr(checkworthy, "WORD_CACHE", 40)
    checkworthy._ZIPF_SEEN.clear()
    assert checkworthy._commonness(words) == unbounded
    assert len(checkworthy._ZIPF_SEEN) <= 40


@pytest.mark.parametrize(
    "number",
    ["9" * 1000, "7" * 5000, "3" * 300 + " trillion"],
    ids=["1,000 digits", "5,000 digits", "scaled past float range"],
)
def test_a_number_beyond_float_range_in_article_text_is_no_figure(
    tmp_path: Path, number: str
) -> None:
    from factcheck.normalize import find_quantities

    text = f"The harbour trust said the reserve holds {number} shells. Six boats sailed."
    assert [q.text for q in find_quantities(text)] == ["Six"]
    path = tmp_path / "digits.txt"
    path.write_text(text, encoding="utf-8")
    analyzed = CliRunner().invoke(app, ["analyze", str(path), "--json"])
    assert analyzed.exit_code == 0, analyzed.output
    ingested = CliRunner().invoke(app, ["ingest", str(path), "--source", "Harbour Log"])
    assert ingested.exit_code == 0, ingested.output
    assert "Traceback" not in ingested.output


@pytest.mark.parametrize("token", ["nan", "inf", "infinity", "9" * 400])
def test_tokens_that_parse_as_no_finite_number_have_no_magnitude(token: str) -> None:
    from factcheck.match.candidates import magnitude_terms

    assert magnitude_terms(token) == []


@pytest.mark.parametrize("run_length", [400, 999, 1_000, 1_001, 5_000])
def test_a_sentence_cut_never_splits_a_number_nor_loses_one(run_length: int) -> None:
    from factcheck.normalize import find_quantities
    from factcheck.segment import segment

    digits = "8" * run_length
    text = (
        f"The lighthouse keeper wrote that {digits} gulls nested on the rock. "
        f"Twelve chicks hatched. The log lists {digits}, then stops."
    )
    sentences = segment(text, max_chars=1_000)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    for s in sentences:  # a token longer than the limit counts as one character
        assert len(re.sub(r"\S{1001,}", "x", s.text)) <= 1_000
    for s in sentences:  # every cut falls between tokens
        assert s.start == 0 or not (text[s.start - 1].isalnum() and text[s.start].isalnum())
        assert s.end == len(text) or not (text[s.end - 1].isalnum() and text[s.end].isalnum())
    # every run of digits is kept whole, as written, however long
    assert [run for s in sentences for run in re.findall(r"8+", s.text)] == [digits, digits]
    # a number too long to read is no figure: only "Twelve" is counted
    found = [q.text for s in sentences for q in find_quantities(s.text)]
    assert found == ["Twelve"]


def test_a_token_longer_than_a_sentence_stays_with_its_words() -> None:
    from factcheck.segment import segment

    blob = "q" * 2_500
    words = " ".join(f"w{k}" for k in range(600))  # 3,489 characters of short words
    text = f"The archive holds {blob} in one cell. {words} {blob} {words}."
    sentences = segment(text, max_chars=1_000)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert sentences[0].text == f"The archive holds {blob} in one cell."
    # the words around the second blob are still cut to the limit, the blob kept whole
    assert "".join(s.text.replace(" ", "") for s in sentences) == text.replace(" ", "")
    assert all(len(s.text.replace(blob, "x")) <= 1_000 for s in sentences)
    assert sum(s.text.count(blob) for s in sentences) == 2


def test_a_number_too_long_to_read_stays_in_its_claim_and_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "digits.txt"
    number = "1." + "4" * 3_000
    path.write_text(
        f"The tide table was printed.\nThe ferry desk said {number} million cars crossed.\n",
        encoding="utf-8",
    )
    code, out, err = run("analyze", str(path), "--json")
    assert code == 0, err
    data = json.loads(out)
    texts = [claim["text"] for claim in data["claims"]]
    assert f"The ferry desk said {number} million cars crossed." in texts
    (claim,) = [c for c in data["claims"] if number in c["text"]]
    assert claim["frame"]["measures"] == []  # kept as written, read as no quantity
    (warning,) = data["warnings"]
    assert warning["origin"] == str(path) and warning["line"] == 2
    assert "3,002 characters is too long to read as a quantity" in warning["message"]
    assert f"{path}:2: warning: a number of 3,002 characters" in " ".join(err.split())
    # a number of ordinary length is read, and nothing is reported
    path.write_text("The ferry desk said 1.5 million cars crossed.\n", encoding="utf-8")
    code, out, err = run("analyze", str(path), "--json")
    data = json.loads(out)
    assert data["warnings"] == [] and "warning" not in err
    assert data["claims"][0]["frame"]["measures"][0]["quantity"]["value"] == 1_500_000


def test_ingest_reports_an_unread_number_at_its_line_in_every_format(tmp_path: Path) -> None:
    # What analyze says, ingest says, at the same place: the line of the input the number
    # is written on (below a header block, in a page's markup, on a batch's line), on
    # stderr and in --json `warnings` (a list added to the contract), and --nl lines.
    number = "7" * 140
    header = tmp_path / "header.txt"
    header.write_text(
        f"Title: Tolls\nOutlet: Quay Post\n\nThe toll rose on Monday.\n"
        f"The desk said {number} cars crossed.\n",
        encoding="utf-8",
    )
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Tolls</title></head><body>\n<article>\n"
        "<p>The toll rose on Monday, the operator said in a statement.</p>\n"
        f"<p>The desk said {number} cars crossed the bridge that week.</p>\n"
        "</article></body></html>\n",
        encoding="utf-8",
    )
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"text": "The toll rose on Monday.", "source": "Quay Post"}) + "\n"
        + json.dumps({"text": f"The desk said {number} cars crossed.", "source": "Quay Post"})
        + "\n",
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / 'log.sqlite3'}"
    expected = [(str(header), 5), (str(page), 4), (str(batch), 2)]
    for path, line in expected:
        code, out, err = run("analyze", str(path), "--json")
        assert code == 0, err
        rows = json.loads(out) if path != str(batch) else [
            json.loads(row) for row in out.splitlines()
        ]
        listed = rows["warnings"] if isinstance(rows, dict) else rows[1]["warnings"]
        assert [(w["origin"], w["line"]) for w in listed] == [(path, line)]
    code, out, err = run(
        "--db", db, "ingest", str(header), str(page), str(batch), "--source", "Quay Post",
        "--json",
    )
    assert code == 0, err
    data = json.loads(out)
    assert [(w["origin"], w["line"]) for w in data["warnings"]] == expected
    assert all("140 characters is too long" in w["message"] for w in data["warnings"])
    for path, line in expected:
        assert f"{path}:{line}: warning: a number of 140 characters" in " ".join(err.split())
    code, out, err = run(
        "--db", f"sqlite:///{tmp_path / 'nl.sqlite3'}", "ingest", str(batch), "--nl"
    )
    assert code == 0, err
    records = [json.loads(row) for row in out.splitlines()]
    assert [r["type"] for r in records] == ["document", "warning", "document", "summary"]
    assert records[1]["line"] == 2 and records[-1]["warnings"] == 1
    # an input read as written has an empty list, not a missing key
    header.write_text("The toll rose on Monday, the operator said.\n", encoding="utf-8")
    code, out, err = run(
        "--db", f"sqlite:///{tmp_path / 'clean2.sqlite3'}", "ingest", str(header),
        "--source", "Quay Post", "--json",
    )
    assert code == 0 and json.loads(out)["warnings"] == [] and "warning" not in err


def test_a_numeral_is_read_up_to_the_limit_and_not_past_it() -> None:
    from factcheck.normalize import MAX_NUMERAL_CHARS, find_quantities, unread_numerals

    fits = "3." + "1" * (MAX_NUMERAL_CHARS - 2)
    over = fits + "1"
    text = f"Crews moved {fits} tonnes and {over} tonnes."
    assert [(q.text, q.unit) for q in find_quantities(text)] == [(f"{fits} tonnes", "kg")]
    start = text.index(over)
    assert unread_numerals(text) == [(start, start + len(over))]
