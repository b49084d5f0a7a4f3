"""Same input, same result: what an ingest stores does not turn on Python's string hash
seed (``PYTHONHASHSEED``), which changes the iteration order of sets and dicts keyed by
strings from one process to the next. Statuses, matches and their reasons, stories and
copies must come out byte for byte the same in any process."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from factcheck.claim_lexicon import verb_lemma

# Our own short reports of two events by five outlets: agreeing and conflicting figures,
# a hedge, named and agentless attribution, a reprint and a report of another event.
ARTICLES = {
    "a-harbour.txt": (
        "Outlet: Harbour Times\nPublished: 2026-04-07\n\n"
        "A fire on the Lenwick ferry forced 214 passengers to leave the ship on Monday, "
        "the coastguard said. Two crew members were treated for smoke inhalation. "
        "The operator said the vessel would stay in dock until Friday."
    ),
    "b-valley.txt": (
        "Outlet: Valley Post\nPublished: 2026-04-07\n\n"
        "About 240 passengers left the burning Lenwick ferry on Monday, officials said. "
        "Three crew members were treated for smoke inhalation. "
        "The ship may stay in dock until next week, according to the operator."
    ),
    "c-coast.txt": (
        "Outlet: Coast Radio\nPublished: 2026-04-08\n\n"
        "The coastguard said 214 passengers were taken off the Lenwick ferry on Monday "
        "after a fire broke out. Nobody was seriously hurt, it is understood. "
        "The vessel did not sail on Tuesday."
    ),
    "d-reprint.txt": (
        "Outlet: Northern Daily\nPublished: 2026-04-08\n\n"
        "A fire on the Lenwick ferry forced 214 passengers to leave the ship on Monday, "
        "the coastguard said. Two crew members were treated for smoke inhalation. "
        "The operator said the vessel would stay in dock until Friday."
    ),
    "e-other.txt": (
        "Outlet: Harbour Times\nPublished: 2026-04-09\n\n"
        "The council of Marsby approved a budget of 38 million euros on Wednesday. "
        "Spending on roads will rise by 12%, the mayor said. "
        "Critics say the plan cuts library hours."
    ),
}

# Columns that hold the moment of the run, not its result.
_CLOCK = {"recorded_at", "started_at", "updated_at", "created_at", "retrieved_at", "ingested_at"}


def _ingest(folder: Path, db: Path, seed: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "factcheck",
            "--db",
            f"sqlite:///{db}",
            "ingest",
            str(folder),
            "--source-from-header",
            "--workers",
            "1",
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr


def _rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every stored row of every table but Alembic's, without clock columns, in key order."""
    out: dict[str, list[tuple[object, ...]]] = {}
    with sqlite3.connect(db) as conn:
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if name not in {"alembic_version", "sqlite_sequence"}
        ]
        for table in sorted(tables):
            columns = [
                row[1]
                for row in conn.execute(f"PRAGMA table_info({table})")
                if row[1] not in _CLOCK
            ]
            listed = ", ".join(columns)
            out[table] = conn.execute(f"SELECT {listed} FROM {table} ORDER BY {listed}").fetchall()
    return out


def test_an_ingest_stores_the_same_rows_under_any_hash_seed(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    dumps = []
    for seed in ("0", "4021"):
        db = tmp_path / f"seed-{seed}.db"
        _ingest(folder, db, seed)
        dumps.append(_rows(db))
    first, second = dumps
    assert first["matches"], "the articles should make matches to compare"
    for table in first:
        assert first[table] == second[table], f"{table} differs between hash seeds"


def _under_seeds(code: str, seeds: tuple[str, ...]) -> set[str]:
    """What ``code`` prints in a fresh interpreter under each of these hash seeds."""
    return {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
            check=True,
        ).stdout
        for seed in seeds
    }


def test_the_seed_reaches_the_subprocess() -> None:
    """The checks here mean something only if a child really hashes with its seed."""
    assert len(_under_seeds("print(hash('factcheck'))", ("1", "2"))) == 2


def test_a_verb_with_two_lemmas_reads_one_of_them_under_any_seed() -> None:
    """lemminflect gives "axes" two verb lemmas; the one a claim's rewrite uses was the
    first of a set, so it changed with the seed (a cleft's verb, "It is … that axes")."""
    assert verb_lemma("axes") == "ax" and verb_lemma("qwzx") is None
    code = "from factcheck.claim_lexicon import verb_lemma; print(verb_lemma('axes'))"
    assert _under_seeds(code, ("0", "1", "2", "3", "5", "8")) == {"ax\n"}
