"""Batch ingest: analysis in worker processes, storing and matching in input order."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcheck.analyze import analyze
from factcheck.batch import analysed
from factcheck.cli import app
from factcheck.errors import InputError, StorageError
from factcheck.read import RawDocument
from factcheck.store import IngestResult, Store

runner = CliRunner()

# Several outlets report the same events, with one figure changed and one reprint, so the
# batch produces corroborations, conflicts and a near-copy: every kind of row whose
# content depends on the order documents are stored in.
EVENTS = [
    (
        "Floods in Varnholt forced {n} residents from their homes on Tuesday. "
        "The river peaked at 6.2 metres, the highest level since 1998, the mayor said. "
        "Repairs may cost 40 million euros, according to the regional governor."
    ),
    (
        "A fire at the Ostrel paper mill killed {k} workers on Friday. "
        "Firefighters needed nine hours to bring the blaze under control. "
        "The mill had failed a safety inspection in March, the fire chief said."
    ),
    (
        "Nurses in Pellam went on strike on Monday over pay. "
        "The union is demanding a raise of 7.5%, its leader Dana Quill said. "
        "Talks will resume in June, the health officer told reporters."
    ),
]


def _batch(folder: Path) -> Path:
    folder.mkdir()
    outlets = ["Coastal Wire", "Valley Times", "Metro Daily", "Capital Ledger"]
    number = 0
    for round_ in range(4):
        for event_no, event in enumerate(EVENTS):
            n = 2400 if round_ != 2 else 3100  # one outlet reports another figure
            text = event.format(n=f"{n:,}", k=4 + (round_ == 3))
            text += f"\n\nReporting by desk {round_} for story {event_no}.\n"
            outlet = outlets[(round_ + event_no) % len(outlets)]
            path = folder / f"{number:02d}.txt"
            path.write_text(f"Outlet: {outlet}\n\n{text}", encoding="utf-8")
            number += 1
    return folder


def _dump(path: Path) -> dict[str, list[Any]]:
    """Everything ingest decides, without the wall-clock timestamps."""
    queries = {
        "documents": "SELECT id, source_id, sha256, copy_of_id, copy_similarity FROM documents",
        "claims": "SELECT id, document_id, position, text, status, claim_type, checkworthiness,"
        " hedged FROM claims",
        "markers": "SELECT id, claim_id, kind, text, char_start FROM markers",
        "matches": "SELECT id, claim_id, other_claim_id, relation, score, reasons, needs_review,"
        " independent FROM matches",
        "claim_terms": "SELECT term, claim_id FROM claim_terms",
        "term_stats": "SELECT term, claim_count FROM term_stats",
    }
    with sqlite3.connect(path) as conn:
        return {name: conn.execute(f"{q} ORDER BY 1, 2").fetchall() for name, q in queries.items()}


def test_parallel_batch_stores_exactly_what_a_sequential_run_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.batch as batch

    # A batch this small is analysed in the writer by default; here two workers must do it.
    monkeypatch.setattr(batch, "DOCUMENTS_PER_WORKER", 1)
    folder = _batch(tmp_path / "batch")
    dumps = []
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.sqlite3"
        result = runner.invoke(
            app,
            [
                *("--db", f"sqlite:///{db}", "ingest", str(folder), "--source-from-header"),
                *("--workers", workers, "--json"),
            ],
        )
        assert result.exit_code == 0, result.stderr
        assert len(json.loads(result.stdout)["documents"]) == 12
        dumps.append(_dump(db))
    sequential, parallel = dumps
    assert sequential["matches"], "the batch must produce matches to compare"
    assert {row[3] for row in sequential["matches"]} >= {"corroborates", "conflicts"}
    assert parallel == sequential


def test_analysed_keeps_order_and_passes_errors_through() -> None:
    texts = [f"The council in Harl approved {n} new homes on Monday." for n in range(10, 22)]
    bad = InputError("broken line")
    items: list[RawDocument | InputError] = [RawDocument(text=t, source="X") for t in texts]
    items.insert(3, bad)
    out = list(analysed(items, workers=2))
    assert [item for item, _ in out] == items
    assert out[3][1] is None
    for item, analysis in out:
        if isinstance(item, RawDocument):
            assert analysis == analyze(item.text)


def test_workers_are_replaced_by_fresh_processes_during_a_long_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every RECYCLE_AFTER documents a worker the pool is replaced, results still in order
    and equal to an analysis in process, and no pool outlives the batch."""
    import factcheck.batch as batch

    pools: list[Any] = []
    shut: list[Any] = []

    class CountedPool(batch.ProcessPoolExecutor):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            pools.append(self)

        def shutdown(self, *args: Any, **kwargs: Any) -> None:
            shut.append(self)
            super().shutdown(*args, **kwargs)

    monkeypatch.setattr(batch, "ProcessPoolExecutor", CountedPool)
    monkeypatch.setattr(batch, "RECYCLE_AFTER", 2)
    texts = [f"The ferry to Ostrel carried {n} passengers on Sunday." for n in range(30, 41)]
    items = [RawDocument(text=t, source="Harbour Desk") for t in texts]
    out = list(analysed(items, workers=2))
    assert [item for item, _ in out] == items
    assert [analysis for _, analysis in out] == [analyze(t) for t in texts]
    # 11 documents, 2 workers, 2 documents each: a fresh pool every 4 documents.
    assert len(pools) == 3
    assert set(map(id, shut)) == set(map(id, pools))


def test_interrupted_batch_says_how_many_documents_were_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _batch(tmp_path / "batch")
    real = Store._write_document
    calls = {"n": 0}

    def write(self: Store, *args: Any) -> Any:
        # Ctrl-C while the fourth document is being written, after its first rows.
        calls["n"] += 1
        result = real(self, *args)
        if calls["n"] == 4:
            raise KeyboardInterrupt
        return result

    monkeypatch.setattr(Store, "_write_document", write)
    db = tmp_path / "cut.sqlite3"
    result = runner.invoke(
        app, ["--db", f"sqlite:///{db}", "ingest", str(folder), "--source-from-header"]
    )
    assert result.exit_code != 0
    assert "interrupted: 3 of 12 documents stored" in result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (3,)
        # The fourth document was fully written when Ctrl-C came: its savepoint undid it.
        assert conn.execute("SELECT count(DISTINCT document_id) FROM sentences").fetchone() == (3,)


def test_json_lines_are_streamed_line_by_line(tmp_path: Path) -> None:
    from factcheck.read import InputStream, stream_inputs

    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"text": "The Harl council approved 40 new homes on Monday.", "source": "A"}),
        "",
        "{not json",
        json.dumps({"text": "The Ostrel ferry will close in June.", "source": "B"}),
    ]
    path.write_bytes(("\n".join(lines) + "\n").encode() + b'{"text": "caf\xe9", "source": "C"}\n')
    [(name, stream)] = list(stream_inputs([str(path)], RawDocument(text="")))
    assert name == str(path) and isinstance(stream, InputStream)
    assert len(stream) == 4, "non-blank lines, counted without parsing"
    items = list(stream)
    assert [type(i).__name__ for i in items] == [
        "RawDocument",
        "InputError",
        "RawDocument",
        "InputError",
    ]
    assert items[0].origin == f"{path}:1" and items[2].origin == f"{path}:4"
    assert "line 3" in str(items[1]) or ":3" in str(items[1])
    assert "UTF-8" in str(items[3])


def test_workers_anchor_relative_dates_to_each_documents_publication_date() -> None:
    items = [
        RawDocument(
            text=f"The Harl council approved {n} new homes yesterday.",
            source="X",
            published=date(2026, 3, day),
        )
        for n, day in zip(range(10, 16), range(2, 8), strict=True)
    ]
    for workers in (1, 2):
        for item, analysis in analysed(items, workers=workers):
            assert analysis is not None and analysis.published == item.published
            [claim] = analysis.claims
            [yesterday] = claim.dates
            assert item.published is not None
            assert yesterday.start == item.published - timedelta(days=1)


def test_an_analysis_read_against_another_date_is_not_stored(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'dates.sqlite3'}")
    doc = RawDocument(
        text="The Harl ferry resumed service yesterday.", source="X", published=date(2026, 3, 7)
    )
    stale = analyze(doc.text)  # no publication date: "yesterday" left unanchored
    result = store.ingest(doc, analysis=stale)
    [claim] = store.claims(document=result.id)
    assert [d["from"] for d in claim["dates"]] == ["2026-03-06"]
    store.engine.dispose()


# One long sentence of clauses (about 600 characters): whole under the default limit,
# cut into several sentences under a limit of 120.
_LONG_SENTENCE = "; ".join(
    f"the Harl depot stored {n} tonnes of grain in week {n % 9 + 1}" for n in range(40, 52)
)


def test_workers_cut_sentences_at_the_runs_limit() -> None:
    items = [
        RawDocument(text=f"On day {n}, {_LONG_SENTENCE}.", source="X") for n in range(1, 9)
    ]
    for workers in (1, 2):
        for item, analysis in analysed(items, workers=workers, max_sentence_chars=120):
            assert analysis is not None
            assert analysis.max_sentence_chars == 120
            assert max(len(s.text) for s in analysis.sentences) <= 120
            assert analysis == analyze(item.text, max_sentence_chars=120)


def test_a_batch_ingest_keeps_the_configured_sentence_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck.batch as batch

    monkeypatch.setattr(batch, "DOCUMENTS_PER_WORKER", 1)  # so workers do the analysis
    folder = tmp_path / "long"
    folder.mkdir()
    for n in range(8):
        (folder / f"{n}.txt").write_text(f"On day {n}, {_LONG_SENTENCE}.\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text("[limits]\nmax_sentence_chars = 120\n", encoding="utf-8")
    dumps = []
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.sqlite3"
        result = runner.invoke(
            app,
            [
                *("--config", str(config), "--db", f"sqlite:///{db}", "ingest", str(folder)),
                *("--source", "Harl Gazette", "--workers", workers, "--no-match"),
            ],
        )
        assert result.exit_code == 0, result.stderr
        with sqlite3.connect(db) as conn:
            [(longest,)] = conn.execute("SELECT max(char_end - char_start) FROM sentences")
        assert longest <= 120
        dumps.append(_dump(db))
    assert dumps[0] == dumps[1]


def test_an_analysis_cut_at_another_sentence_limit_is_not_stored(tmp_path: Path) -> None:
    from factcheck.validate import Limits

    store = Store(f"sqlite:///{tmp_path / 'cut.sqlite3'}", limits=Limits(max_sentence_chars=120))
    doc = RawDocument(text=f"On Monday, {_LONG_SENTENCE}.", source="X")
    stale = analyze(doc.text)  # the default limit: one sentence
    assert len(stale.sentences) == 1
    result = store.ingest(doc, analysis=stale)
    expected = analyze(doc.text, max_sentence_chars=120)
    assert len(store.claims(document=result.id)) == len(expected.claims)
    store.engine.dispose()


def _jsonl_batch(path: Path) -> Path:
    lines = [
        json.dumps({"text": "The Harl council approved 40 new homes on Monday.", "source": "A"}),
        json.dumps({"text": "The Ostrel ferry will close in June.", "source": "B"}),
        json.dumps({"text": 12, "source": "C"}),  # a bad line: text is not a string
        json.dumps({"text": "Nurses in Pellam went on strike on Friday.", "source": "A"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_nl_streams_one_whole_object_a_line_ending_with_a_summary(tmp_path: Path) -> None:
    batch = _jsonl_batch(tmp_path / "batch.jsonl")
    db = f"sqlite:///{tmp_path / 'nl.sqlite3'}"
    result = runner.invoke(app, ["--db", db, "ingest", str(batch), "--nl"])
    assert result.exit_code == 1, "a partial result"
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["type"] for r in records] == ["document", "document", "error", "document", "summary"]
    assert records[2]["origin"] == str(batch) and records[2]["line"] == 3
    assert records[-1] == {
        "type": "summary", "documents": 3, "errors": 1,
        "warnings": 0, "interrupted": False,
    }
    again = runner.invoke(app, ["--db", db, "ingest", str(batch), "--nl"])
    statuses = [json.loads(line).get("status") for line in again.stdout.splitlines()]
    assert statuses == ["duplicate", "duplicate", None, "duplicate", None]
    both = runner.invoke(app, ["--db", db, "ingest", str(batch), "--nl", "--json"])
    assert both.exit_code == 2 and "choose one of --json, --nl" in both.stderr


@pytest.mark.parametrize("option", ["--nl", "--json"])
def test_an_interrupted_batch_leaves_readable_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option: str
) -> None:
    folder = _batch(tmp_path / "batch")
    real = Store._write_document
    calls = {"n": 0}

    def write(self: Store, *args: Any) -> Any:
        # Ctrl-C while the fourth document is being written, after its first rows.
        calls["n"] += 1
        result = real(self, *args)
        if calls["n"] == 4:
            raise KeyboardInterrupt
        return result

    monkeypatch.setattr(Store, "_write_document", write)
    db = tmp_path / "cut.sqlite3"
    result = runner.invoke(
        app, ["--db", f"sqlite:///{db}", "ingest", str(folder), "--source-from-header", option]
    )
    assert result.exit_code != 0
    with sqlite3.connect(db) as conn:
        stored = {i for (i,) in conn.execute("SELECT id FROM documents")}
    if option == "--nl":
        records = [json.loads(line) for line in result.stdout.splitlines()]
        documents = [r for r in records if r["type"] == "document"]
        assert records[-1]["type"] == "summary" and records[-1]["interrupted"] is True
    else:
        data = json.loads(result.stdout)
        documents = data["documents"]
        assert data["interrupted"] is True
    assert len(documents) == 3 and {d["id"] for d in documents} == stored


# -- grouped commits (Store.ingest_batch) ------------------------------------------------

GROUP_TEXTS = [
    "The Tarrow ferry carried 412 passengers on Sunday, the harbour office said.",
    "Snow closed the Brackley pass for six hours on Monday, police said.",
    "The Tarrow ferry was quarantined after a crew member fell ill, the port said.",
    "The Olden library will open on Saturdays from May, the council said.",
    "Nine stalls at the Wexby market were damaged by wind on Tuesday, traders said.",
    "The Tarrow ferry carried 412 passengers on Sunday, according to the operator.",
]


def _group_docs() -> list[tuple[RawDocument, None]]:
    outlets = ["Coastal Wire", "Valley Times", "Metro Daily"]
    return [
        (RawDocument(text=t, source=outlets[i % 3], origin=f"doc{i}.txt"), None)
        for i, t in enumerate(GROUP_TEXTS)
    ]


def _counts(store: Store) -> dict[str, int]:
    with store.connect() as conn:
        return {
            table: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
            for table in ("documents", "sentences", "claims")
        }


def _commits(store: Store) -> list[int]:
    from sqlalchemy import event

    seen: list[int] = []
    event.listen(store.engine, "commit", lambda _conn: seen.append(1))
    return seen


def test_a_batch_commits_in_groups_of_documents(db_url: str) -> None:
    store = Store(db_url)
    commits = _commits(store)
    outcomes = list(store.ingest_batch(_group_docs(), group_documents=4, group_seconds=60))
    assert [o.status for _, o in outcomes if not isinstance(o, Exception) and o] == [
        "ingested"
    ] * 6
    assert len(commits) == 2  # 4 documents, then the last 2
    commits.clear()
    again = list(store.ingest_batch(_group_docs(), group_documents=50, group_seconds=0))
    assert {o.status for _, o in again if o and not isinstance(o, Exception)} == {"duplicate"}
    assert len(commits) == 6  # a group closes once it has been open group_seconds
    store.engine.dispose()


def test_a_document_refused_mid_group_rolls_back_alone(db_url: str, refuse_claims: Any) -> None:
    store = Store(db_url)
    refuse_claims(store.engine, "quarantined")
    docs = _group_docs()
    outcomes = list(store.ingest_batch(docs, group_documents=50))
    failed = [(d.origin, o) for d, o in outcomes if isinstance(o, StorageError)]
    assert [origin for origin, _ in failed] == ["doc2.txt"]
    assert "refused by the test trigger" in str(failed[0][1])
    stored = [o for _, o in outcomes if o is not None and not isinstance(o, Exception)]
    assert len(stored) == 5 and {o.status for o in stored} == {"ingested"}
    # Nothing of the refused document (its document and sentence rows were written
    # before its claim was refused); every other one whole, with its claims.
    assert _counts(store) == {"documents": 5, "sentences": 5, "claims": 5}
    with store.connect() as conn:
        texts = [t for (t,) in conn.exec_driver_sql("SELECT text FROM documents")]
    assert not any("quarantined" in t for t in texts)
    # The two reports of the Tarrow ferry's passengers were matched across the group.
    statuses = {c["text"]: c["status"] for c in store.claims()}
    assert statuses[GROUP_TEXTS[0]] == "corroborated"
    store.engine.dispose()


def test_a_group_the_database_ended_is_stored_one_document_at_a_time(
    db_url: str, monkeypatch: pytest.MonkeyPatch, refuse_claims: Any
) -> None:
    import factcheck.store as store_module

    store = Store(db_url)
    refuse_claims(store.engine, "quarantined")
    # As SQLite does on a full disk: the error ends the whole transaction, so the
    # savepoint cannot undo the one document, and the group's other documents are gone.
    monkeypatch.setattr(store_module, "_in_transaction", lambda conn: False)
    outcomes = list(store.ingest_batch(_group_docs(), group_documents=50))
    assert [d.origin for d, o in outcomes if isinstance(o, StorageError)] == ["doc2.txt"]
    assert _counts(store) == {"documents": 5, "sentences": 5, "claims": 5}
    store.engine.dispose()


@pytest.mark.parametrize("failing_group", [0, 1])
def test_a_group_whose_transaction_cannot_open_loses_no_document(
    db_url: str, failing_group: int
) -> None:
    """A group's transaction refused before its first document is written (a lock not
    granted in time, as when another process is still creating the schema of a fresh
    SQLite file): the document already taken for the group is stored alone with the
    rest, never dropped unseen."""
    import sqlalchemy as sa
    from sqlalchemy import event

    from factcheck.database import WRITE_OPTION

    store = Store(db_url)
    begun = []

    def refuse_once(conn: Any) -> None:
        if not conn.get_execution_options().get(WRITE_OPTION):
            return
        begun.append(1)
        if len(begun) == failing_group + 1:
            raise sa.exc.OperationalError("BEGIN", {}, Exception("database is locked"))

    event.listen(store.engine, "begin", refuse_once)
    outcomes = list(store.ingest_batch(_group_docs(), group_documents=2))
    assert [d.origin for d, _ in outcomes] == [f"doc{i}.txt" for i in range(6)]
    assert {o.status for _, o in outcomes if isinstance(o, IngestResult)} == {"ingested"}
    assert _counts(store)["documents"] == 6
    store.engine.dispose()


def test_an_interrupted_batch_commits_the_documents_finished_before_it(db_url: str) -> None:
    store = Store(db_url)

    def cut_after_three() -> Any:
        for number, item in enumerate(_group_docs()):
            if number == 3:
                raise KeyboardInterrupt
            yield item

    given = []
    with pytest.raises(KeyboardInterrupt):
        for doc, _outcome in store.ingest_batch(cut_after_three(), group_documents=50):
            given.append(doc.origin)
    assert given == ["doc0.txt", "doc1.txt", "doc2.txt"]
    assert _counts(store)["documents"] == 3
    store.engine.dispose()


def test_a_small_batch_starts_no_worker_a_large_one_one_per_share(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Workers are started only when the batch holds ``DOCUMENTS_PER_WORKER`` documents
    for each: a handful of documents is analysed in the writer whatever ``workers``
    allows (several writers storing small batches at once do not each start a pool),
    and a batch of two shares starts two. The analyses are the same either way."""
    import factcheck.batch as batch

    started: list[int] = []

    class CountedPool(batch.ProcessPoolExecutor):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            started.append(kwargs["max_workers"])

    monkeypatch.setattr(batch, "ProcessPoolExecutor", CountedPool)
    monkeypatch.setattr(batch, "DOCUMENTS_PER_WORKER", 3)
    texts = [f"The Orsk depot shipped {n} tonnes of grain on Friday." for n in range(5, 11)]
    items = [RawDocument(text=t, source="Grain Desk") for t in texts]
    small = list(analysed(items[:5], workers=2, expected=5))
    assert started == []
    large = list(analysed(items, workers=2, expected=6))
    assert started == [2]
    assert [a for _, a in small] == [analyze(t) for t in texts[:5]]
    assert [a for _, a in large] == [analyze(t) for t in texts]
