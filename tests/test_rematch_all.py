"""``rematch --all`` in committed chunks, resumable; matches upserted one row per pair.
Run on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from factcheck.match import rebuild
from factcheck.match.matcher import _upsert_matches
from factcheck.models import MatchRow, TaskProgressRow
from factcheck.read import RawDocument
from factcheck.store import Store

matches_t = MatchRow.__table__  # type: ignore[attr-defined]
progress_t = TaskProgressRow.__table__  # type: ignore[attr-defined]

REPORTS = [
    ("Valley Post", "The Harl Bridge collapse killed 12 people on Monday. The mayor resigned."),
    ("Harbour Times", "The Harl Bridge collapse killed 12 people on Monday, police said."),
    ("Coast Radio", "The Harl Bridge collapse killed 15 people on Monday."),
    ("Port News", "The Ostrel ferry service will close in June, the operator said."),
    ("Metro Daily", "The Ostrel ferry service will close in June."),
    ("River Gazette", "Ostrel ferry service to close in July, the operator said."),
    ("Bay Observer", "Floods forced 2,400 Varnholt residents from their homes on Tuesday."),
    ("Plains Tribune", "About 2,400 people in Varnholt left their homes because of floods."),
]


def _fill(store: Store) -> None:
    for source, text in REPORTS:
        store.ingest(RawDocument(text=text, source=source))


def _state(store: Store) -> tuple[Any, ...]:
    with store.connect() as conn:
        pairs = conn.execute(
            sa.select(
                matches_t.c.claim_id,
                matches_t.c.other_claim_id,
                matches_t.c.relation,
                matches_t.c.needs_review,
            ).order_by(matches_t.c.claim_id, matches_t.c.other_claim_id)
        ).all()
        terms = conn.execute(sa.text("SELECT term, claim_id FROM claim_terms ORDER BY 1, 2")).all()
        stats = conn.execute(sa.text("SELECT term, claim_count FROM term_stats ORDER BY 1")).all()
    statuses = {c["id"]: c["status"] for c in store.claims()}
    return tuple(pairs), tuple(terms), tuple(stats), statuses


def test_rematch_all_reproduces_what_ingest_decided(store: Store) -> None:
    _fill(store)
    ingested = _state(store)
    assert ingested[0], "the reports must match each other"
    summary = store.rematch(everything=True)
    assert summary["complete"] and summary["resumed_after"] is None
    assert summary["status_changed"] == 0
    assert _state(store) == ingested


def test_interrupted_rematch_all_resumes_where_it_stopped(store: Store) -> None:
    _fill(store)
    expected = _state(store)
    # Drop the index and the matches, as a store loaded with --no-match would be.
    with store.transaction() as conn:
        conn.execute(sa.delete(matches_t))
        conn.execute(sa.text("DELETE FROM claim_terms"))
        conn.execute(sa.text("DELETE FROM term_stats"))
        conn.execute(sa.text("UPDATE claims SET status = 'unverified'"))
    first = rebuild.rematch_all(
        store.transaction, store.match_config, chunk_documents=3, stop_after_chunks=1
    )
    assert first["complete"] is False
    with store.connect() as conn:
        row = conn.execute(sa.select(progress_t)).one()
    assert row.task == rebuild.TASK
    assert row.position == 3 and row.total == len(REPORTS)
    calls: list[tuple[int, int]] = []
    summary = store.rematch(everything=True, progress=lambda d, t: calls.append((d, t)))
    assert summary["complete"] and summary["resumed_after"] == 3
    assert calls[0] == (3, len(REPORTS)) and calls[-1] == (len(REPORTS), len(REPORTS))
    assert _state(store) == expected
    with store.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(progress_t)).scalar() == 0


def test_upsert_keeps_one_row_per_pair_and_its_id(store: Store) -> None:
    _fill(store)
    with store.connect() as conn:
        first = conn.execute(sa.select(matches_t).order_by(matches_t.c.id)).first()
        count = conn.execute(sa.select(sa.func.count()).select_from(matches_t)).scalar()
    assert first is not None
    row = {
        "claim_id": first.claim_id,
        "other_claim_id": first.other_claim_id,
        "relation": "conflicts",
        "score": 0.5,
        "reasons": "[]",
        "needs_review": True,
        "independent": False,
        "created_at": datetime.now(UTC),
    }
    with store.transaction() as conn:
        _upsert_matches(conn, [row, dict(row, score=0.25)])
        _upsert_matches(conn, [row])
    with store.connect() as conn:
        again = conn.execute(
            sa.select(matches_t).where(
                matches_t.c.claim_id == first.claim_id,
                matches_t.c.other_claim_id == first.other_claim_id,
            )
        ).all()
        assert conn.execute(sa.select(sa.func.count()).select_from(matches_t)).scalar() == count
    assert len(again) == 1
    assert again[0].id == first.id
    assert (again[0].relation, again[0].score, again[0].needs_review) == ("conflicts", 0.5, True)


# Invented events, each reported by three outlets in their own words (one outlet gives
# another figure), so a rematch finds corroborations, conflicts and look-alikes across
# events: enough documents for several blocks and chunks.
TOWNS = ["Harl", "Ostrel", "Varnholt", "Kestrow", "Lumsby", "Dravik", "Pennoc", "Sorrow Bay"]
THINGS = ["bridge", "ferry terminal", "grain silo", "rail depot"]
WORDINGS = [
    "The {thing} in {town} was closed on {day} after {n} workers fell ill, officials said. "
    "Mayor {mayor} said repairs would cost ${cost} million.",
    "{n} workers fell ill at {town}'s {thing}, which closed on {day}. "
    "Repairs will cost ${cost} million, according to Mayor {mayor}.",
    "Officials closed the {town} {thing} on {day}; {n} workers were taken ill there. "
    "The mayor, {mayor}, put the cost of repairs at ${cost} million.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MAYORS = ["Lina Ostrand", "Pavel Grieg", "Anneke Doss", "Tomas Vell"]


def _event_reports() -> list[tuple[str, str]]:
    reports = []
    for number, town in enumerate(TOWNS):
        values = {
            "town": town,
            "thing": THINGS[number % len(THINGS)],
            "day": DAYS[number % len(DAYS)],
            "mayor": MAYORS[number % len(MAYORS)],
            "n": 12 + 3 * number,
            "cost": 4 + number,
        }
        for outlet, wording in enumerate(WORDINGS):
            given = dict(values)
            if outlet == 2 and number % 2:
                given["n"] = values["n"] + 5  # another figure for the same event
            reports.append((f"Outlet {outlet}", wording.format(**given)))
    return reports


def _full_state(store: Store) -> tuple[Any, ...]:
    """Every column matching writes, pairs in the order their ids were handed out, and
    the index and statuses."""
    with store.connect() as conn:
        pairs = conn.execute(
            sa.select(
                matches_t.c.claim_id,
                matches_t.c.other_claim_id,
                matches_t.c.relation,
                matches_t.c.score,
                matches_t.c.reasons,
                matches_t.c.needs_review,
                matches_t.c.independent,
            ).order_by(matches_t.c.id)
        ).all()
    return tuple(pairs), *_state(store)[1:]


def _forget_matching(store: Store) -> None:
    """Back to a store loaded with --no-match: no matches, no index, no statuses."""
    with store.transaction() as conn:
        conn.execute(sa.delete(matches_t))
        conn.execute(sa.text("DELETE FROM retired_matches"))
        conn.execute(sa.text("DELETE FROM claim_terms"))
        conn.execute(sa.text("DELETE FROM term_stats"))
        conn.execute(sa.text("UPDATE claims SET status = 'unverified'"))


def test_rematch_all_in_worker_processes_equals_one_process(store: Store) -> None:
    """Decisions made in two worker processes (blocks of 2 documents going round them)
    and written by this one give the same rows, in the same order, as one process; an
    interrupted parallel run resumes to the same result."""
    reports = _event_reports()
    for source, text in reports:
        store.ingest(RawDocument(text=text, source=source), match=False)
    single = store.rematch(everything=True, workers=1)
    expected = _full_state(store)
    assert single["complete"] and expected[0], "the reports must match each other"
    assert {row.relation for row in expected[0]} >= {"corroborates", "conflicts"}

    _forget_matching(store)
    calls: list[tuple[int, int]] = []
    summary = rebuild.rematch_all(
        store.transaction,
        store.match_config,
        url=store.url,
        workers=2,
        block_documents=2,
        chunk_documents=5,
        progress=lambda d, t: calls.append((d, t)),
    )
    assert summary["complete"] and summary["matches"] == single["matches"]
    assert calls == [(n, len(reports)) for n in range(len(reports) + 1)]
    assert _full_state(store) == expected

    _forget_matching(store)
    first = rebuild.rematch_all(
        store.transaction,
        store.match_config,
        url=store.url,
        workers=2,
        block_documents=2,
        chunk_documents=5,
        stop_after_chunks=2,
    )
    assert first["complete"] is False
    resumed = rebuild.rematch_all(
        store.transaction,
        store.match_config,
        url=store.url,
        workers=2,
        block_documents=3,
        chunk_documents=5,
    )
    assert resumed["complete"] and resumed["resumed_after"] == 10
    assert _full_state(store) == expected


def test_a_second_rematch_all_is_refused_in_one_line_while_one_runs(
    db_url: str, tmp_path: Any
) -> None:
    """While one ``rematch --all`` (or ``stories rebuild``) holds the database's rebuild
    lock, another is refused at once with exit code 3 and one line, having read and
    written nothing; once the first ends, the next runs. Before, the second shared the
    first's resume position and failed after a 30 s lock wait."""
    from typer.testing import CliRunner

    from factcheck.cli import app
    from factcheck.database import exclusive_task
    from factcheck.errors import BusyError

    store = Store(db_url)
    _fill(store)
    before = _state(store)
    runner = CliRunner()
    with exclusive_task(store.engine, "rebuild", "held by the test"):
        for args in (["rematch", "--all"], ["stories", "rebuild"]):
            result = runner.invoke(app, ["--db", db_url, *args])
            assert result.exit_code == 3, result.output
            [line] = result.stderr.strip().splitlines()
            assert "another rematch is running" in line
        try:
            store.rematch(everything=True)
        except BusyError as exc:
            assert exc.exit_code == 3
        else:
            raise AssertionError("a second rematch --all ran")
    assert _state(store) == before
    with store.connect() as conn:
        assert conn.execute(sa.select(progress_t)).first() is None
    assert store.rematch(everything=True)["complete"]
    result = runner.invoke(app, ["--db", db_url, "rematch", "--all"])
    assert result.exit_code == 0, result.output
    store.engine.dispose()


def test_parallel_rematch_never_stores_decisions_read_before_another_writer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An ingest between two of the writer's chunks changes what the workers read ahead
    (a new report of an event): their blocks are not used, the rest is decided in
    process, and the result is that of one process with the same ingest between the
    same chunks (SQLite; the parallel path on PostgreSQL is tested above)."""
    late = RawDocument(
        text="The Lumsby grain silo closed on Thursday; 27 workers fell ill there, "
        "officials said. Mayor Anneke Doss put repairs at $8 million.",
        source="Outlet 9",
    )

    def run(name: str, workers: int) -> tuple[Any, ...]:
        store = Store(f"sqlite:///{tmp_path / name}")
        try:
            for source, text in _event_reports():
                store.ingest(RawDocument(text=text, source=source), match=False)
            opened = 0

            def transaction() -> Any:
                nonlocal opened
                opened += 1
                if opened == 4:  # before the second chunk: after the workers read ahead
                    store.ingest(late)
                return store.transaction()

            summary = rebuild.rematch_all(
                transaction,
                store.match_config,
                url=store.url,
                workers=workers,
                block_documents=2,
                chunk_documents=5,
            )
            assert summary["complete"]
            return _full_state(store)
        finally:
            store.engine.dispose()

    expected = run("one.sqlite3", 1)
    local: list[int] = []
    made = rebuild._LocalDeciders.__init__

    def counted(self: Any, transaction: Any, config: Any, position: int) -> None:
        local.append(position)
        made(self, transaction, config, position)

    monkeypatch.setattr(rebuild._LocalDeciders, "__init__", counted)
    assert run("two.sqlite3", 2) == expected
    assert local == [5], "the second chunk and the rest were decided in process"


def test_a_lock_file_that_cannot_be_made_is_one_line_not_a_traceback(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rebuild lock beside a SQLite file cannot be created (a read-only folder, a file
    another user owns): ``rematch --all`` says so in one line, exit code 1, and writes
    nothing. (Simulated: tests run as a user the file system may not refuse.)"""
    from typer.testing import CliRunner

    import factcheck.database as database
    from factcheck.cli import app

    store = Store(sqlite_url)
    _fill(store)
    before = _state(store)
    real_open = database.os.open

    def refuse(path: str, *args: Any, **kwargs: Any) -> int:
        if str(path).endswith(".lock"):
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(database.os, "open", refuse)
    result = CliRunner().invoke(app, ["--db", sqlite_url, "rematch", "--all"])
    assert result.exit_code == 1, result.output
    [line] = result.stderr.strip().splitlines()
    assert "lock file" in line and "Permission denied" in line
    assert _state(store) == before
    store.engine.dispose()


def test_a_worker_keeps_what_it_read_of_stored_claims_while_the_store_is_unchanged(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker reads a stored claim's text, document and frame once for a chunk's span
    of its blocks, not once a block; when another writer has changed the store (its
    stamp moved) it reads them afresh. The decisions are the same either way."""
    from factcheck.match import matcher

    for source, text in _event_reports():
        store.ingest(RawDocument(text=text, source=source), match=False)
    with store.connect() as conn:
        todo = [
            (int(row.id), str(row.language))
            for row in conn.execute(sa.text("SELECT id, language FROM documents ORDER BY id"))
        ]
    assert 2 < len(todo) < rebuild.CHUNK_DOCUMENTS
    # Run the worker's loop in this process: no parent watch, Ctrl-C left alone.
    monkeypatch.setattr(rebuild, "exit_with_parent", lambda parent: None)
    monkeypatch.setattr(rebuild.signal, "signal", lambda *args: None)
    made: list[object] = []

    class Counted(matcher.ClaimCache):
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    monkeypatch.setattr(rebuild, "ClaimCache", Counted)

    class Sent:
        def __init__(self) -> None:
            self.items: list[Any] = []

        def put(self, item: Any) -> None:
            self.items.append(item)

    def run() -> list[Any]:
        made.clear()
        out = Sent()
        rebuild._decide_in_worker(store.url, store.match_config, todo, 0, (0, 1, 1), out)
        assert all(sent != "error" for sent, _ in out.items), out.items
        return [
            [
                (
                    found.document_id,
                    # when a row was decided is no part of the decision
                    [{k: v for k, v in row.items() if k != "created_at"} for row in found.rows],
                    sorted(found.touched),
                )
                for found in decided
            ]
            for _, (_, decided) in out.items
        ]

    steady = run()
    assert len(made) == 1  # one document a block, every block within one chunk's span
    rows = [row for block in steady for _, decided, _ in block for row in decided]
    assert rows, "the reports must match each other"

    stamps = iter(range(1_000_000))
    monkeypatch.setattr(rebuild, "_stamp", lambda conn: (next(stamps), 0))
    moving = run()
    assert len(made) == len(todo)  # the store moved before every block: read afresh
    assert moving == steady
