"""Concurrent writers, kills, full disks, read-only and locked databases, big inputs.

Assertions are on outcomes only (everything stored once, statuses equal a sequential
ingest, one clean error line); the time each takes is printed by the benchmark.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import reliability as scenario  # benchmarks/reliability.py


@pytest.fixture
def corpus_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    scenario.write_corpus(folder, scenario.corpus(events=4))
    return folder


def test_four_writers_all_succeed_and_statuses_equal_a_sequential_ingest(
    db_url: str, corpus_folder: Path, tmp_path: Path
) -> None:
    """Four processes on a fresh database: nobody races to create the schema, nobody is
    refused a lock, every document is stored once, and matching saw every claim."""
    result = scenario.concurrent_ingest(db_url, corpus_folder, writers=4)
    assert result["codes"] == [0, 0, 0, 0], result["errors"]
    assert scenario.count_rows(db_url, "documents") == result["documents"]
    assert scenario.count_rows(db_url, "sources") == len(scenario.OUTLETS)
    sequential = f"sqlite:///{tmp_path / 'sequential.sqlite3'}"
    done = scenario.factcheck(sequential, "ingest", str(corpus_folder), "--source-from-header")
    assert done.returncode == 0, done.stderr
    concurrent = scenario.statuses(db_url)
    assert concurrent == scenario.statuses(sequential)
    assert {"corroborated", "disputed"} <= set(concurrent.values())


def test_four_writers_of_look_alike_reports_give_the_statuses_of_a_sequential_ingest(
    db_url: str, tmp_path: Path
) -> None:
    """Eight events by six outlets in one house template, every outlet with its own small
    figure for each measure (``tests/order_corpus.py``): four writers at once give the
    statuses, decided matches and stories of one sequential ingest, by content."""
    from tests.order_corpus import snapshot, write_folder

    folder = tmp_path / "figures"
    write_folder(folder, events=8, outlets=6)
    result = scenario.concurrent_ingest(db_url, folder, writers=4)
    assert result["codes"] == [0, 0, 0, 0], result["errors"]
    sequential = f"sqlite:///{tmp_path / 'sequential.sqlite3'}"
    done = scenario.factcheck(sequential, "ingest", str(folder), "--source-from-header")
    assert done.returncode == 0, done.stderr
    concurrent, alone = snapshot(db_url), snapshot(sequential)
    assert len(concurrent["statuses"]) == len(alone["statuses"]) > 0
    assert concurrent["statuses"] == alone["statuses"]
    assert concurrent["decided"] == alone["decided"]
    assert concurrent["stories"] == alone["stories"]


def test_two_rematch_all_at_once_one_runs_the_other_is_refused_cleanly(
    db_url: str, corpus_folder: Path
) -> None:
    """Two ``rematch --all`` started together: each ends 0 (the first, or both when one
    finished before the other began) or 3 with the one line, never a lock-wait failure."""
    done = scenario.factcheck(db_url, "ingest", str(corpus_folder), "--source-from-header")
    assert done.returncode == 0, done.stderr
    import os

    env = {**os.environ, "FACTCHECK_DB": db_url}
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "factcheck", "rematch", "--all"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outcomes = [(run.wait(), run.stderr.read() if run.stderr else "") for run in runs]
    assert 0 in [code for code, _ in outcomes], outcomes
    for code, err in outcomes:
        assert code in (0, 3), outcomes
        if code == 3:
            assert len(err.strip().splitlines()) == 1
            assert "another rematch is running" in err


def test_the_order_of_ingest_changes_no_status_and_no_match(tmp_path: Path) -> None:
    """Ten events by four outlets, stored one document at a time forward and in reverse:
    every outlet words each fact the same way for every event, so each claim has look-
    alikes of other events that fill a shortlist, and still the two stores hold the same
    statuses and the same match rows (the issue: statuses after concurrent ingests equal
    those of a sequential ingest, whatever order the writers' documents arrive in)."""
    folder = tmp_path / "corpus"
    scenario.write_corpus(folder, scenario.corpus(events=10))
    found = scenario.order_report(tmp_path, folder)
    assert found["statuses differ"] == 0, found
    assert found["only forward"] == found["only reverse"] == 0, found
    assert found["relation differs"] == 0, found


def test_a_reader_is_never_refused_while_rematch_all_runs(
    db_url: str, corpus_folder: Path
) -> None:
    done = scenario.factcheck(db_url, "ingest", str(corpus_folder), "--source-from-header")
    assert done.returncode == 0, done.stderr
    import os

    env = {**os.environ, "FACTCHECK_DB": db_url}
    rematch = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "rematch", "--all"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    reads = 0
    while rematch.poll() is None or reads == 0:
        result = scenario.factcheck(db_url, "claims", "--json")
        assert result.returncode == 0, result.stderr
        reads += 1
    assert rematch.wait() == 0, rematch.stderr.read() if rematch.stderr else ""


def test_sigkill_mid_batch_then_rerun_stores_every_line_once(
    db_url: str, tmp_path: Path
) -> None:
    fault = scenario.fault_kill_mid_batch(db_url, tmp_path, lines=30)
    assert fault["survived"], fault


def test_disk_full_fails_cleanly_and_keeps_what_was_stored(tmp_path: Path) -> None:
    fault = scenario.fault_disk_full(tmp_path)
    assert fault["survived"], fault
    assert "full" in fault["error"]


def test_read_only_database_reads_and_refuses_writes_in_one_line(tmp_path: Path) -> None:
    fault = scenario.fault_read_only(tmp_path)
    assert fault["survived"], fault
    assert "readonly" in fault["message"] or "read-only" in fault["message"]


def test_a_locked_database_is_waited_for(tmp_path: Path) -> None:
    fault = scenario.fault_locked(tmp_path, hold=2.0)
    assert fault["survived"], fault


def test_a_lock_held_past_the_busy_timeout_loses_no_document(tmp_path: Path) -> None:
    """The write lock is held longer than a writer waits for it (as when four processes
    start on a fresh SQLite file and one creates the schema while others store groups
    under a loaded machine): the document the ingest had in hand when its group's
    transaction was refused is stored once the lock is free, not dropped with exit 0."""
    from factcheck.database import BUSY_TIMEOUT_MS

    fault = scenario.fault_locked(tmp_path, hold=BUSY_TIMEOUT_MS / 1000 + 5)
    assert fault["survived"], fault


def test_hostile_inputs_are_refused_without_tracebacks(tmp_path: Path) -> None:
    result = scenario.hostile_inputs(tmp_path)
    assert result["failed"] == [], result


def test_a_big_document_is_refused_by_the_limit_or_stored_in_linear_work(
    tmp_path: Path,
) -> None:
    big = scenario.big_document(tmp_path, 0.3)
    db = f"sqlite:///{tmp_path / 'big.sqlite3'}"
    config = tmp_path / "limits.toml"
    config.write_text("[limits]\nmax_document_chars = 100000\n")
    refused = scenario.peak_memory(db, "ingest", str(big), "--source", "Big", config=config)
    assert refused["code"] == 2 and "over the limit" in refused["message"]
    stored = scenario.peak_memory(db, "ingest", str(big), "--source", "Big", "--no-match")
    assert stored["code"] == 0, stored
    assert scenario.spans_ok(db)


def test_a_document_refused_mid_group_costs_only_itself(
    db_url: str, tmp_path: Path, refuse_claims: Any
) -> None:
    """A JSON Lines batch analysed by two workers and committed in groups: the database
    refuses one document part-way, in the middle of a group. That document leaves no
    row, every other one is stored whole, one line names its file and line, and running
    the batch again stores nothing twice."""
    from factcheck.store import Store

    store = Store(db_url)
    refuse_claims(store.engine, "impounded")
    store.engine.dispose()
    batch = tmp_path / "harbour.jsonl"
    lines = []
    for i in range(120):
        what = "was impounded by customs" if i == 60 else f"unloaded {i + 40} containers"
        lines.append(
            json.dumps(
                {
                    "text": f"The freighter Alda {i} {what} at Quay {i % 9}, the port said.",
                    "source": scenario.OUTLETS[i % len(scenario.OUTLETS)],
                }
            )
        )
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first = scenario.factcheck(db_url, "ingest", str(batch), "--workers", "2", "--nl")
    assert first.returncode == 1, first.stderr
    refused = [line for line in first.stderr.splitlines() if "refused" in line]
    assert len(refused) == 1 and "harbour.jsonl:61" in refused[0], first.stderr
    assert scenario.count_rows(db_url, "documents") == 119
    assert scenario.count_rows(db_url, "sentences") == 119
    assert scenario.count_rows(db_url, "claims") == 119
    records = [json.loads(line) for line in first.stdout.splitlines()]
    assert records[-1]["documents"] == 119 and records[-1]["errors"] == 1
    again = scenario.factcheck(db_url, "ingest", str(batch), "--workers", "2", "--nl")
    assert again.returncode == 1, again.stderr
    statuses = {json.loads(line).get("status") for line in again.stdout.splitlines()}
    assert statuses == {"duplicate", None}
    assert scenario.count_rows(db_url, "documents") == 119
