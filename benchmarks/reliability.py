"""Reliability figures: concurrent writers, injected faults, hostile input, big inputs.

Runs the same scenarios as ``tests/stress`` at benchmark size and prints what happened:

- the order of ingest: the corpus stored forward and in reverse, one writer each, and
  how many statuses and match rows differ between the two stores (``--order`` alone
  adds a set of 60 storm articles whose identical sentences form groups wider than a
  claim's index candidates, with undated reprints: :func:`twin_corpus`);
- documents/s with 4 writer processes on SQLite (and PostgreSQL with ``--pg URL`` or
  ``FACTCHECK_TEST_POSTGRES_URL``), beside 1 writer measured in the same run, with the
  CPU seconds the writers used (a loaded machine stretches the wall clock, not these),
  and whether the statuses equal those of a sequential ingest;
- faults injected and survived: SIGKILL mid-batch then a rerun, disk full (SQLite
  ``max_page_count``), a read-only database, a database locked by another writer;
- hostile inputs tried and refused with one line each;
- peak memory (max RSS of the process) for a big document and a long JSON Lines batch;
- ``lost: 0`` when every committed document is still there after all of it.

    python benchmarks/reliability.py                     # quick sizes
    python benchmarks/reliability.py --big-mb 20 --batch-lines 100000

Figures, not a test: nothing asserts on time. The scenario functions are imported by
``tests/stress``, which asserts on outcomes only.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

OUTLETS = ["Harbour Wire", "Valley Post", "Coast Courier", "Northmarch Observer"]
# One event per template; each outlet words it its own way and some give other figures,
# so a corpus has corroborations (independent outlets agreeing) and disputes.
EVENTS = [
    (
        "The {place} bridge reopened on {day} after {n} weeks of repairs.",
        "Repairs to the {place} bridge took {n} weeks, and it reopened on {day}.",
        "After {n} weeks of repair work, traffic returned to the {place} bridge on {day}.",
    ),
    (
        "About {k},000 vehicles cross the {place} bridge every day, the council said.",
        "The council said {k},000 vehicles use the {place} bridge daily.",
        "Council figures show some {k},000 vehicles a day on the {place} bridge.",
    ),
    (
        "A fire at the {place} depot injured {m} workers on {day}.",
        "{m} workers were hurt when fire broke out at the {place} depot on {day}.",
        "Fire swept through the {place} depot on {day}, injuring {m} workers.",
    ),
    (
        "The {place} council approved a budget of {b} million pounds for flood defences.",
        "Flood defences in {place} will get {b} million pounds, the council decided.",
        "Councillors in {place} set aside {b} million pounds for flood defences.",
    ),
]
PLACES = ["Harl", "Orlan", "Kestrel", "Brack", "Tamsin", "Ovel", "Cray", "Lund", "Mire", "Sable"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def corpus(events: int = 10) -> list[tuple[str, str]]:
    """(file name, text with a header block) for ``events`` × 4 outlets articles.

    Deterministic: the same arguments give the same corpus. The first three outlets use
    two wordings between them (so some documents are near-copies of each other); the
    fourth writes in words of its own and gives different figures for the same event, so
    some claims end up disputed by an independent source (a copy that changed a figure
    is an edit, not a dispute); it agrees with the others on the number of injured
    workers, so that fact ends up corroborated.
    """
    out = []
    for e in range(events):
        place = PLACES[e % len(PLACES)] + (str(e // len(PLACES)) if e >= len(PLACES) else "")
        day = DAYS[e % len(DAYS)]
        for o, outlet in enumerate(OUTLETS):
            shift = 1 if o == 3 else 0
            values = {
                "place": place,
                "day": day,
                "n": 3 + e % 4 + shift,
                "k": 14 + e % 5 + shift,
                "m": 5 + e % 6,
                "b": 20 + e + shift,
            }
            body = " ".join(t[2 if o == 3 else o % 2].format(**values) for t in EVENTS)
            header = (
                f"Title: {place} report {e}\nOutlet: {outlet}\n"
                f"Published: 2026-03-{1 + e % 27:02d}\n\n"
            )
            out.append((f"e{e:03d}_{o}.txt", header + body + "\n"))
    return out


# The wide twin set (``--order``): storm coverage where every outlet's desk adds the same
# sentences word for word, so each is a group of identical claims (twins) as wide as the
# corpus, wider than a claim's 40 index candidates; and undated reprints, whose original
# nothing but a fixed rule can pick.
TWIN_EVENTS = [
    (
        "A storm brought down power lines across {place} on {day}, leaving {n:,} homes "
        "without electricity.",
        "{n:,} homes in {place} lost power on {day} when a storm brought down lines.",
    ),
    (
        "Crews from the {place} grid operator restored power to {k:,} homes by the evening.",
        "By the evening the {place} grid operator had reconnected {k:,} homes.",
    ),
    (
        "The {place} school board closed {s} schools for the rest of the week.",
        "{s} schools in {place} will stay shut until next week, the school board said.",
    ),
]
TWIN_PLACES = [
    "Harrowgate", "Pellin", "Ostmere", "Quarrow", "Tennick", "Wexley", "Brindle", "Culver",
    "Dunmarsh", "Ellery", "Fenwold", "Gorran", "Hatchley", "Ivesham", "Jessop",
]  # fmt: skip
TWIN_BOILERPLATE = [
    "Officials said more details would be released later.",
    "The regional council will review its emergency plan next month.",
    "Residents were urged to report fallen lines to the operator.",
]


def twin_corpus(events: int = 15) -> list[tuple[str, str]]:
    """(file name, text with a header block) for ``events`` × 4 outlets storm articles.

    Deterministic. Every article carries the three :data:`TWIN_BOILERPLATE` sentences
    (groups of ``4 × events`` identical claims); the first and third outlets share one
    wording of the facts (twins within an event), the second has its own; the fourth
    either reprints the first outlet's article with a few words changed (every third
    event, both undated: which is the original is for the store's rule to say) or reports
    another figure of its own (a dispute by an independent source).
    """
    out = []
    for e in range(events):
        # Whole names: a digit after a name would be a term of its own, the same place.
        place = TWIN_PLACES[e % len(TWIN_PLACES)] + " North" * (e // len(TWIN_PLACES))
        values: dict[str, Any] = {
            "place": place,
            "day": DAYS[e % len(DAYS)],
            "n": 1200 + 150 * e,
            "k": 800 + 100 * e,
            "s": 3 + e % 5,
        }
        dated = e % 3 != 0
        bodies = []
        for o in range(3):
            facts = [t[o % 2].format(**values) for t in TWIN_EVENTS]
            bodies.append(" ".join([*facts, *TWIN_BOILERPLATE]))
        if dated:
            other = {**values, "k": values["k"] + 50}
            facts = [t[1].format(**other) for t in TWIN_EVENTS]
            bodies.append(" ".join([*facts, *TWIN_BOILERPLATE]))
        else:
            reprint = bodies[0].replace("brought down", "toppled").replace("evening", "night")
            bodies.append(reprint + " Send your storm photos to our newsdesk.")
        for o, (outlet, body) in enumerate(zip(OUTLETS, bodies, strict=True)):
            published = f"Published: 2026-04-{1 + e % 27:02d}\n" if dated else ""
            header = f"Title: Storm in {place}\nOutlet: {outlet}\n{published}\n"
            out.append((f"s{e:03d}_{o}.txt", header + body + "\n"))
    return out


def newsroom_corpus(articles: int = 60, seed: int = 7) -> list[tuple[str, str]]:
    """(file name, text with a header block) for the first ``articles`` of
    ``_articles.newsroom``: follow-ups of earlier events by other outlets, reprints and
    new events over twelve topics, as a desk receives them (undated)."""
    from _articles import newsroom

    return [
        (f"n{i:03d}.txt", f"Title: {a.title}\nOutlet: {a.source}\n\n{a.text}")
        for i, a in enumerate(newsroom(articles, seed))
    ]


def write_corpus(folder: Path, files: list[tuple[str, str]]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in files:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def factcheck(db: str, *args: str, **kw: Any) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a fresh process, as a user would."""
    env = {**os.environ, "FACTCHECK_DB": db, "NO_COLOR": "1"}
    env.pop("FACTCHECK_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args],
        env=env,
        capture_output=True,
        text=True,
        **kw,
    )


def statuses(db: str) -> dict[tuple[str, str, int], str]:
    """(outlet, title, claim position in document) → status: comparable across runs."""
    from factcheck.store import Store

    store = Store(db)
    docs = {d["id"]: d for d in store.documents()}
    out = {}
    for claim in store.claims():
        doc = docs[claim["document_id"]]
        key = (doc["source"], doc["title"], claim["start"])
        out[key] = claim["status"]
    store.engine.dispose()
    return out


def concurrent_ingest(
    db: str, folder: Path, writers: int = 4, *, reverse: bool = False
) -> dict[str, Any]:
    """``writers`` processes ingest disjoint shares of ``folder`` at once (``reverse``:
    the files in reverse name order, for a sequential control in another order)."""
    files = sorted(folder.iterdir(), reverse=reverse)
    shares = [files[i::writers] for i in range(writers)]
    start = time.perf_counter()
    # CPU time of the writers (children's user + system), which the machine's load does
    # not inflate as it does the wall clock: what the writers' work costs.
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    env = {**os.environ, "FACTCHECK_DB": db, "NO_COLOR": "1"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "factcheck", "ingest", *map(str, share), "--source-from-header"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for share in shares
        if share
    ]
    errors = [p.communicate()[1] for p in procs]
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "seconds": elapsed,
        "cpu_seconds": cpu,
        "codes": [p.returncode for p in procs],
        "errors": [e.strip() for e in errors if e.strip()],
        "documents": len(files),
    }


def count_rows(db: str, table: str) -> int:
    from factcheck.store import Store

    store = Store(db)
    import sqlalchemy as sa

    with store.connect() as conn:
        n = int(conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())
    store.engine.dispose()
    return n


def match_rows(db: str) -> dict[tuple[Any, ...], str]:
    """Each stored match as (claim, other claim) → relation, the claims named by (outlet,
    title, start) so that two stores of one corpus ingested in different orders compare."""
    from factcheck.store import Store

    store = Store(db)
    import sqlalchemy as sa

    query = sa.text(
        "SELECT s.name, d.title, c.char_start FROM claims c "
        "JOIN documents d ON d.id = c.document_id JOIN sources s ON s.id = d.source_id "
        "WHERE c.id = :id"
    )
    out: dict[tuple[Any, ...], str] = {}
    with store.connect() as conn:
        keys: dict[int, tuple[Any, ...]] = {}
        rows = conn.execute(sa.text("SELECT claim_id, other_claim_id, relation FROM matches"))
        for a, b, relation in rows.all():
            for cid in (a, b):
                if cid not in keys:
                    keys[cid] = tuple(conn.execute(query, {"id": cid}).one())
            low, high = sorted((keys[a], keys[b]))
            out[(low, high)] = relation
    store.engine.dispose()
    return out


def story_mates(db: str) -> dict[tuple[str, str], frozenset[tuple[str, str]]]:
    """(outlet, title) of each document → those of the other documents of its story:
    comparable across two stores of one corpus, whatever the story ids."""
    from factcheck.store import Store

    store = Store(db)
    listed = store.documents()
    store.engine.dispose()
    docs = [((d["source"], d["title"]), d["id"]) for d in listed]
    story = {d["id"]: d["story_id"] for d in listed}
    members: dict[Any, set[tuple[str, str]]] = {}
    for key, doc_id in docs:
        if story[doc_id] is not None:
            members.setdefault(story[doc_id], set()).add(key)
    return {
        key: frozenset(members.get(story[doc_id], {key}) - {key}) for key, doc_id in docs
    }


def order_report(tmp: Path, folder: Path) -> dict[str, int]:
    """Ingest ``folder`` one document at a time forward and in reverse name order, each
    into a fresh SQLite store, and count what differs: statuses, and match rows held by
    only one of the two stores (or held by both with another relation)."""
    stores = {}
    for tag, reverse in (("forward", False), ("reverse", True)):
        stores[tag] = f"sqlite:///{tmp / f'order-{folder.name}-{tag}.sqlite3'}"
        # One writer stores a batch strictly in its input order (docs/scale.md).
        concurrent_ingest(stores[tag], folder, writers=1, reverse=reverse)
    forward, reverse = (match_rows(stores[t]) for t in ("forward", "reverse"))
    # A claim that only makes sense in its article meets its story's claims only, so a
    # document that joins another story in the other order changes what it can match.
    mates = [story_mates(stores[t]) for t in ("forward", "reverse")]
    return {
        "documents": len(mates[0]),
        "stories differ": _differences(*mates),
        "claims": len(statuses(stores["forward"])),
        "statuses differ": _differences(statuses(stores["forward"]), statuses(stores["reverse"])),
        "matches forward": len(forward),
        "matches reverse": len(reverse),
        "only forward": len(forward.keys() - reverse.keys()),
        "only reverse": len(reverse.keys() - forward.keys()),
        "relation differs": sum(
            1 for key in forward.keys() & reverse.keys() if forward[key] != reverse[key]
        ),
    }


def print_order(found: dict[str, int], label: str = "") -> None:
    print(
        f"order of ingest{f' ({label})' if label else ''} (forward vs reverse, "
        f"{found['claims']} claims): statuses differ "
        f"{found['statuses differ']}; match rows {found['matches forward']} / "
        f"{found['matches reverse']}, only forward {found['only forward']}, only reverse "
        f"{found['only reverse']}, same pair with another relation {found['relation differs']}; "
        f"documents whose story holds other documents {found['stories differ']} of "
        f"{found['documents']}"
    )


# -- faults -------------------------------------------------------------------------------


def fault_kill_mid_batch(db: str, tmp: Path, lines: int = 60) -> dict[str, Any]:
    """SIGKILL an ingest of a JSON Lines batch mid-way, run it again: each line once.

    The killed run streams ``--nl`` into a file: every line it left must be whole JSON,
    and every ``document`` line must name a document that is stored.
    """
    batch = tmp / "kill.jsonl"
    with batch.open("w", encoding="utf-8") as handle:
        for i in range(lines):
            text = f"The {PLACES[i % 10]} ferry {i} sailed at noon on Monday, the port said."
            handle.write(json.dumps({"text": text, "source": OUTLETS[i % 4]}) + "\n")
    env = {**os.environ, "FACTCHECK_DB": db}
    streamed = tmp / "kill-stream.jsonl"
    with streamed.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "factcheck", "ingest", str(batch), "--nl"],
            env=env,
            stdout=out,
            stderr=subprocess.DEVNULL,
        )
        before = _wait_for_documents(db, minimum=3, timeout=120)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    stored_at_kill = _documents_count(db)
    records = []
    whole = True
    for raw in streamed.read_bytes().splitlines(keepends=True):
        try:
            records.append(json.loads(raw))
        except ValueError:
            whole = False
        whole = whole and raw.endswith(b"\n")
    streamed_ids = [r["id"] for r in records if r.get("type") == "document"]
    committed = set(streamed_ids) <= _document_ids(db)
    rerun = factcheck(db, "ingest", str(batch), "--json")
    data = json.loads(rerun.stdout) if rerun.stdout.strip() else {"documents": []}
    duplicates = sum(1 for d in data["documents"] if d["status"] == "duplicate")
    total = _documents_count(db)
    return {
        "killed_after": max(before, stored_at_kill),
        "rerun_code": rerun.returncode,
        "duplicates_skipped": duplicates,
        "stored": total,
        "expected": lines,
        "streamed_lines": len(records),
        "streamed_lines_whole": whole,
        "streamed_documents_committed": committed,
        "survived": rerun.returncode == 0
        and total == lines
        and _integrity_ok(db)
        and whole
        and committed,
    }


def _document_ids(db: str) -> set[int]:
    from factcheck.store import Store

    store = Store(db)
    import sqlalchemy as sa

    with store.connect() as conn:
        ids = {int(i) for i in conn.execute(sa.text("SELECT id FROM documents")).scalars()}
    store.engine.dispose()
    return ids


def _documents_count(db: str) -> int:
    try:
        return count_rows(db, "documents")
    except Exception:
        return 0


def _wait_for_documents(db: str, *, minimum: int, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = _documents_count(db)
        if n >= minimum:
            return n
        time.sleep(0.1)
    return _documents_count(db)


def _integrity_ok(db: str) -> bool:
    """SQLite: integrity_check and foreign_key_check; PostgreSQL: constraints hold by
    construction, so every claim's quote slices its document's text."""
    from factcheck.database import sqlite_path

    path = sqlite_path(db)
    if path is not None:
        con = sqlite3.connect(path)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            return ok and not con.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            con.close()
    return spans_ok(db)


def spans_ok(db: str) -> bool:
    from factcheck.store import Store

    store = Store(db)
    texts = {d["id"]: store.document(d["id"], with_text=True)["text"] for d in store.documents()}
    good = all(texts[c["document_id"]][c["start"] : c["end"]] == c["quote"] for c in store.claims())
    store.engine.dispose()
    return good


def fault_disk_full(tmp: Path) -> dict[str, Any]:
    """SQLite refuses to grow past ``max_page_count``: the ingest that hits it fails with
    one clean error, nothing of it is stored, earlier documents are intact, and ingest
    works again once there is room."""
    import sqlalchemy as sa

    from factcheck.errors import StorageError
    from factcheck.read import RawDocument
    from factcheck.store import Store

    db = f"sqlite:///{tmp / 'full.sqlite3'}"
    store = Store(db)
    with store.connect() as conn:
        pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar_one())
    limit = {"pages": pages + 40}

    @sa.event.listens_for(store.engine, "connect")
    def _cap(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={limit['pages']}")

    store.engine.dispose()
    stored, error = 0, ""
    for i in range(2000):
        text = f"Report {i}. " + " ".join(
            f"The {PLACES[j % 10]} council closed {i + j} roads on Monday." for j in range(40)
        )
        try:
            store.ingest(RawDocument(text=text, source=OUTLETS[i % 4]))
            stored += 1
        except StorageError as exc:
            error = str(exc)
            break
    intact = _documents_count(db) == stored and _integrity_ok(db)
    limit["pages"] = 1_000_000
    store.engine.dispose()
    resumed = store.ingest(RawDocument(text="The dam held overnight.", source="After")).status
    store.engine.dispose()
    return {
        "stored_before_full": stored,
        "error": error,
        "survived": bool(error) and intact and resumed == "ingested",
    }


def fault_read_only(tmp: Path) -> dict[str, Any]:
    """A database opened read-only: reads work, an ingest fails with one line, exit 1."""
    path = tmp / "ro.sqlite3"
    rw = f"sqlite:///{path}"
    factcheck(rw, "ingest", "-", "--source", "Wire", input="The dam held overnight.")
    ro = f"sqlite:///file:{path}?mode=ro&uri=true"
    read = factcheck(ro, "claims", "--json")
    write = factcheck(ro, "ingest", "-", "--source", "Wire", input="The port reopened today.")
    one_line = len(write.stderr.strip().splitlines()) == 1 and "Traceback" not in write.stderr
    return {
        "read_code": read.returncode,
        "write_code": write.returncode,
        "message": write.stderr.strip(),
        "survived": read.returncode == 0 and write.returncode == 1 and one_line,
    }


def fault_locked(tmp: Path, hold: float = 3.0) -> dict[str, Any]:
    """Another process holds the write lock for ``hold`` seconds: ingest waits, succeeds.

    ``waited_s`` is the whole CLI command, start-up and analysis included, beside
    ``unlocked_s``, the same command on an unlocked database: on a loaded machine start-up
    alone takes seconds, so a 3 s lock may be over before the command writes (tester12 read
    8.9 s for a 3 s lock as the backoff overshooting). ``lock_wait_s`` is what the lock
    itself costs: one ``Store.ingest`` in this process started under the same lock; SQLite's
    busy handler (``PRAGMA busy_timeout``) retries within milliseconds of the lock's end,
    so it is ``hold`` plus the ingest's own time.
    """
    from factcheck.read import RawDocument
    from factcheck.store import Store

    def held(path: Path, seconds: float) -> threading.Thread:
        ready = threading.Event()

        def holder() -> None:
            con = sqlite3.connect(path, isolation_level=None)
            con.execute("BEGIN EXCLUSIVE")
            ready.set()
            time.sleep(seconds)
            con.execute("COMMIT")
            con.close()

        thread = threading.Thread(target=holder)
        thread.start()
        ready.wait()
        return thread

    def timed_cli(db: str) -> tuple[subprocess.CompletedProcess[str], float]:
        start = time.perf_counter()
        result = factcheck(db, "ingest", "-", "--source", "Wire", input="The dam held overnight.")
        return result, time.perf_counter() - start

    unlocked = f"sqlite:///{tmp / 'unlocked.sqlite3'}"
    factcheck(unlocked, "db", "upgrade")
    _, unlocked_s = timed_cli(unlocked)

    path = tmp / "locked.sqlite3"
    db = f"sqlite:///{path}"
    factcheck(db, "db", "upgrade")
    thread = held(path, hold)
    result, waited = timed_cli(db)
    thread.join()

    in_process = tmp / "in-process.sqlite3"
    store = Store(f"sqlite:///{in_process}")
    store.ingest(RawDocument(text="The weir held overnight.", source="Wire"))
    thread = held(in_process, hold)
    start = time.perf_counter()
    store.ingest(RawDocument(text="The dam held overnight.", source="Wire"))
    lock_wait = time.perf_counter() - start
    thread.join()
    store.engine.dispose()
    return {
        "code": result.returncode,
        "waited_s": round(waited, 1),
        "unlocked_s": round(unlocked_s, 1),
        "lock_wait_s": round(lock_wait, 2),
        "survived": result.returncode == 0 and _documents_count(db) == 1,
    }


# -- hostile inputs -------------------------------------------------------------------------

HOSTILE = {
    "lone surrogate": '{"text": "Bad \\ud800 text.", "source": "Wire"}',
    "url http://[::1": '{"text": "The dam held.", "source": "Wire", "url": "http://[::1"}',
    "non-string title": '{"text": "The dam held.", "source": "Wire", "title": 5}',
    "NaN field": '{"text": "The dam held.", "source": "Wire", "author": NaN}',
    "5,000-digit number": '{"text": "The dam held.", "n": ' + "9" * 5000 + "}",
    "100,000-deep nesting": "[" * 100_000 + "]" * 100_000,
    "NUL in text": '{"text": "a\\u0000b", "source": "Wire"}',
    "bad date": '{"text": "The dam held.", "source": "Wire", "published": "2026-01-01garbage"}',
    "not an object": "[1, 2, 3]",
    "control characters": '{"text": "The dam held.", "source": "W\\u001b[2Jire\\u0007"}',
    "date at the calendar's end": (
        '{"text": "The dam held yesterday.", "source": "Wire", "published": "9999-12-31"}'
    ),
    "relative date past the calendar": (
        '{"text": "The dam was built 3000 years ago.", "source": "Wire", '
        '"published": "2026-03-02"}'
    ),
}
HOSTILE_ARGS = {
    "--db sqlite://": ["--db", "sqlite://", "claims"],
    "--db postgres://": ["--db", "postgres://u:secret@h/db", "claims"],
    "--db bad port": ["--db", "postgresql+psycopg://u:secret@h:5x/db", "claims"],
    "id beyond 2^63": ["show", str(2**64)],
    "--published garbage": ["ingest", "-", "--source", "W", "--published", "2026-01-01garbage"],
    "--published year 1": ["ingest", "-", "--source", "W", "--published", "0001-01-01"],
}


def hostile_inputs(tmp: Path) -> dict[str, Any]:
    """Every hostile line and argument: refused with one line, never a traceback."""
    db = f"sqlite:///{tmp / 'hostile.sqlite3'}"
    clean = []
    failed = []
    for name, line in HOSTILE.items():
        batch = tmp / "hostile.jsonl"
        batch.write_text(
            '{"text": "The port reopened on Monday.", "source": "Wire"}\n' + line + "\n",
            encoding="utf-8",
        )
        result = factcheck(db, "ingest", str(batch))
        ok = result.returncode in (0, 1, 2) and "Traceback" not in result.stderr
        ok = ok and "\x1b" not in result.stdout + result.stderr
        (clean if ok else failed).append(name)
    for name, args in HOSTILE_ARGS.items():
        result = factcheck(db, *args, input="The dam held.")
        ok = result.returncode in (1, 2) and "Traceback" not in result.stderr
        ok = ok and "secret" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
        (clean if ok else failed).append(name)
    return {"tried": len(clean) + len(failed), "clean": len(clean), "failed": failed}


# -- memory -----------------------------------------------------------------------------------

_MEASURE = """
import resource, runpy, sys
sys.argv = ["factcheck", *sys.argv[1:]]
code = 0
try:
    runpy.run_module("factcheck", run_name="__main__")
except SystemExit as exc:
    code = exc.code or 0
print("maxrss_kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
# The largest analysis worker (batch ingest runs them as child processes).
print("maxrss_children_kb", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""


def peak_memory(db: str, *args: str, config: Path | None = None) -> dict[str, Any]:
    """Max RSS (MB) and wall time of one CLI run in a fresh process."""
    env = {**os.environ, "FACTCHECK_DB": db, "NO_COLOR": "1"}
    if config is not None:
        env["FACTCHECK_CONFIG"] = str(config)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _MEASURE, *args], env=env, capture_output=True, text=True
    )
    elapsed = time.perf_counter() - start
    lines = result.stderr.splitlines()
    rss = [int(line.split()[1]) for line in lines if line.startswith("maxrss_kb")]
    workers = [int(line.split()[1]) for line in lines if line.startswith("maxrss_children_kb")]
    message = [line for line in lines if not line.startswith("maxrss_")]
    return {
        "code": result.returncode,
        "peak_mb": round(rss[0] / 1024, 1) if rss else None,
        "worker_peak_mb": round(workers[0] / 1024, 1) if workers else None,
        "seconds": round(elapsed, 1),
        "message": " ".join(message).strip(),
    }


def big_document(tmp: Path, megabytes: float) -> Path:
    """Plain prose of ``megabytes`` MB: paragraphs of ordinary sentences with figures."""
    path = tmp / "big.txt"
    sentences = [
        f"The {PLACES[i % 10]} council said {i} roads were closed on {DAYS[i % 5]} after the "
        f"storm, and about {i % 90 + 10} homes lost power."
        for i in range(200)
    ]
    paragraph = " ".join(sentences) + "\n\n"
    target = int(megabytes * 1_000_000)
    with path.open("w", encoding="utf-8") as handle:
        written = 0
        while written < target:
            handle.write(paragraph)
            written += len(paragraph)
    return path


def figures_line(tmp: Path, megabytes: float) -> Path:
    """One line of ``megabytes`` MB that is nothing but figures ("7919.1% of 31 units, …"):
    no sentence end, so the sentence length limit cuts it, and a figure every few
    characters, so every per-figure cost shows."""
    path = tmp / "figures.txt"
    target = int(megabytes * 1_000_000)
    with path.open("w", encoding="utf-8") as handle:
        written, i = 0, 0
        while written < target:
            piece = f"{(i * 7919) % 99991}.{i % 10}% of {(i * 31) % 997} units, "
            handle.write(piece)
            written += len(piece)
            i += 1
        handle.write("the end.\n")
    return path


def speech_prose(kilobytes: float, *, breaks: bool = True) -> str:
    """Prose of about ``kilobytes`` KB whose every paragraph quotes a person by a pronoun
    ('"…," she said.', 'He said …'): each marker and claim asks for the text before it,
    so a cost per marker that grows with that text shows as time growing faster than
    the text (issue #12). Without ``breaks`` it is all one paragraph (a page flattened
    into one line), where a window cut at paragraphs would grow with the text."""
    names = ("Dr Ana Vell", "Mayor Ivo Kay", "Judge Mira Holt")
    paragraphs = []
    i = 0
    while sum(len(p) for p in paragraphs) < kilobytes * 1000:
        name = names[i % len(names)]
        paragraphs.append(
            f'{name} toured the ward on Monday. "Beds ran out at {i % 90 + 3} sites," she '
            f"said. He said {i % 40 + 2} nurses were off sick.\n\n"
        )
        i += 1
    return "".join(paragraphs) if breaks else " ".join(p.strip() for p in paragraphs)


def list_prose(kilobytes: float) -> str:
    """A lead-in ("The council said:") over one bulleted list of about ``kilobytes`` KB:
    every item asks which list it stands in, so a cost per item that grows with the
    list shows as time growing faster than the text (reader item 10)."""
    items = ["The council said:\n"]
    i = 0
    while sum(len(p) for p in items) < kilobytes * 1000:
        items.append(f"- Item {i} will close in May.\n")
        i += 1
    return "".join(items)


def analyze_growth(sizes: list[float]) -> list[dict[str, Any]]:
    """CPU seconds (``time.process_time``) of :func:`factcheck.analyze.analyze` on
    :func:`speech_prose` (many paragraphs, one) and :func:`list_prose` of each size (KB),
    in this process: seconds per KB that stay flat between sizes mean the work is linear
    in the text."""
    from factcheck.analyze import analyze

    rows = []
    for size in sizes:
        for breaks in (True, False, "list"):
            text = list_prose(size) if breaks == "list" else speech_prose(size, breaks=bool(breaks))
            began = time.process_time()
            analysis = analyze(text)
            seconds = time.process_time() - began
            rows.append(
                {
                    "kb": size,
                    "paragraphs": "list" if breaks == "list" else "many" if breaks else "one",
                    "seconds": round(seconds, 2),
                    "claims": len(analysis.claims),
                }
            )
    return rows


def document_growth(
    tmp: Path,
    sizes: list[float],
    *,
    make: Callable[[Path, float], Path] | None = None,
    match: bool = False,
) -> list[dict[str, Any]]:
    """Wall time and peak RSS of ``ingest`` (``--no-match`` unless ``match``) of one big
    document at each size (MB), made by ``make`` (default: prose, :func:`big_document`),
    the document limit raised above it, each in a fresh store. Time and memory per MB
    between sizes show whether the cost is linear, so a size too slow for a shared
    machine can be projected."""
    rows = []
    for size in sizes:
        big = (make or big_document)(tmp, size)
        config = tmp / "limits.toml"
        config.write_text(f"[limits]\nmax_document_chars = {int(size * 2_000_000)}\n")
        db = f"sqlite:///{tmp / f'big-{size:g}.sqlite3'}"
        flags = [] if match else ["--no-match"]
        run = peak_memory(db, "ingest", str(big), "--source", "Big", *flags, config=config)
        rows.append({"mb": size, **run, "claims": count_rows(db, "claims")})
    return rows


def batch_growth(
    tmp: Path, sizes: list[int], *, with_matching: bool = False
) -> list[dict[str, Any]]:
    """Peak RSS of the writer for batches of ``sizes`` lines, each in a fresh store.

    The growth per line between two sizes is what a bigger batch adds; bounded caches
    and SQLite's capped page cache make it fall towards zero as they fill, so the slope
    of the last step, not the first, projects a long batch.
    """
    rows = []
    for size in sizes:
        batch = big_batch(tmp, size, name=f"growth-{size}.jsonl")
        db = f"sqlite:///{tmp / f'growth-{size}.sqlite3'}"
        flags = [] if with_matching else ["--no-match"]
        run = peak_memory(db, "ingest", str(batch), *flags)
        rows.append({"lines": size, **run})
    return rows


_WORKER = """
import resource, sys, time
from factcheck import batch
from factcheck.segment import MAX_SENTENCE_CHARS
places = sys.argv[2].split(",")
start = time.perf_counter()
for i in range(int(sys.argv[1])):
    text = f"The {places[i % len(places)]} ferry {i} sailed at noon, the port said."
    batch._analyze(text, "en", None, None, None, MAX_SENTENCE_CHARS)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, time.perf_counter() - start)
"""


def worker_memory(documents: int) -> dict[str, Any]:
    """Peak RSS (MB) of a fresh process that analyses ``documents`` one-line documents
    of :func:`big_batch` one after another, as a batch's analysis worker does (the same
    function, no database): what one worker holds after that many documents."""
    result = subprocess.run(
        [sys.executable, "-c", _WORKER, str(documents), ",".join(PLACES)],
        capture_output=True,
        text=True,
        check=True,
    )
    rss_kb, seconds = result.stdout.split()
    return {
        "documents": documents,
        "peak_mb": round(int(rss_kb) / 1024, 1),
        "seconds": float(seconds),
    }


def big_batch(tmp: Path, lines: int, *, name: str = "batch.jsonl") -> Path:
    path = tmp / name
    with path.open("w", encoding="utf-8") as handle:
        for i in range(lines):
            text = f"The {PLACES[i % 10]} ferry {i} sailed at noon, the port said."
            handle.write(json.dumps({"text": text, "source": OUTLETS[i % 4]}) + "\n")
    return path


# -- the run --------------------------------------------------------------------------------


def _pg_database(base: str, name: str) -> str:
    import sqlalchemy as sa

    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return sa.engine.make_url(base).set(database=name).render_as_string(hide_password=False)


def _drop_pg(base: str, url: str) -> None:
    import sqlalchemy as sa

    name = sa.engine.make_url(url).database
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def _differences(a: dict[Any, Any], b: dict[Any, Any]) -> int:
    """Keys (claims, documents) whose value differs between two stores of one corpus."""
    return sum(1 for key in a.keys() | b.keys() if a.get(key) != b.get(key))


def writers_report(name: str, make_db: Any, folder: Path, writers: int) -> int:
    """Print documents/s with 1 and ``writers`` writers; return documents lost."""
    one = make_db("one")
    single = concurrent_ingest(one, folder, writers=1)
    many = make_db("many")
    result = concurrent_ingest(many, folder, writers=writers)
    stored = count_rows(many, "documents")
    sequential = statuses(one)
    differ = _differences(sequential, statuses(many))
    # Matching at ingest depends on the order documents arrive in (each new claim is
    # compared with a shortlist of what is stored by then), and concurrent writers
    # interleave in their own order: a sequential ingest in reverse order is the control
    # that says how much of a difference is order, not concurrency.
    control = make_db("reverse")
    concurrent_ingest(control, folder, writers=1, reverse=True)
    by_order = _differences(sequential, statuses(control))
    n = result["documents"]
    print(
        f"{name}: {writers} writers {n / result['seconds']:.1f} documents/s "
        f"(1 writer {n / single['seconds']:.1f}); CPU {result['cpu_seconds']:.1f} s "
        f"(1 writer {single['cpu_seconds']:.1f} s); exit codes {result['codes']}; "
        f"stored {stored}/{n}; statuses equal a sequential ingest: "
        f"{'yes' if not differ else f'NO ({differ} of {len(sequential)} claims)'}; "
        f"a sequential ingest in reverse order differs in {by_order}"
    )
    for error in result["errors"][:3]:
        print(f"  {error.splitlines()[-1]}")
    return n - stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10, help="events × 4 outlets documents")
    parser.add_argument(
        "--twin-events",
        type=int,
        default=15,
        help="with --order: events × 4 outlets documents of the wide twin set",
    )
    parser.add_argument(
        "--newsroom",
        type=int,
        default=60,
        help="with --order: articles of the generated newsroom set (0: none)",
    )
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--big-mb", type=float, default=2.0, help="size of the big document")
    parser.add_argument("--batch-lines", type=int, default=2000)
    parser.add_argument("--pg", default=os.environ.get("FACTCHECK_TEST_POSTGRES_URL"))
    parser.add_argument(
        "--growth",
        default="",
        help="comma-separated batch sizes (e.g. 2000,4000,8000): the writer's peak memory "
        "at each and the growth per line between them, then exit",
    )
    parser.add_argument(
        "--analyze-growth",
        default="",
        help="comma-separated sizes in KB (e.g. 200,800): CPU time of analyze on prose "
        "quoting people as 'she said' at each, in this process, then exit",
    )
    parser.add_argument(
        "--order",
        action="store_true",
        help="only ingest the corpus forward and in reverse (one writer each) and print "
        "what differs: statuses and match rows",
    )
    parser.add_argument(
        "--with-matching",
        action="store_true",
        help="with --growth: ingest with matching (the default is --no-match)",
    )
    parser.add_argument(
        "--worker-memory",
        default="",
        help="comma-separated document counts (e.g. 1000,5000,20000): peak memory of one "
        "analysis worker after that many one-line documents, then exit (a batch replaces "
        "its workers every batch.RECYCLE_AFTER documents each)",
    )
    parser.add_argument(
        "--document-growth",
        default="",
        help="comma-separated sizes in MB (e.g. 1,2,4): time and peak memory of one big "
        "document at each, per MB between them, then exit",
    )
    parser.add_argument(
        "--figures",
        action="store_true",
        help="with --document-growth: one line of nothing but figures instead of prose",
    )
    parser.add_argument(
        "--match",
        action="store_true",
        help="with --document-growth: ingest with matching (the default is --no-match)",
    )
    parser.add_argument(
        "--refusal",
        type=float,
        default=0.0,
        metavar="MB",
        help="only ingest one document of MB megabytes under the default limits and print "
        "the exit code, the message, the time and the peak memory of the refusal, then exit",
    )
    args = parser.parse_args()
    if args.refusal:
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            big = big_document(tmp, args.refusal)
            db = f"sqlite:///{tmp / 'refusal.sqlite3'}"
            run = peak_memory(db, "ingest", str(big), "--source", "Big")
            print(
                f"document of {args.refusal:g} MB, default limits: exit {run['code']} in "
                f"{run['seconds']} s, peak {run['peak_mb']} MB, documents stored "
                f"{_documents_count(db)}; {run['message']}"
            )
        return
    if args.worker_memory:
        from factcheck.batch import RECYCLE_AFTER

        print(f"a worker is replaced after {RECYCLE_AFTER:,} documents (batch.RECYCLE_AFTER)")
        for n in (int(x) for x in args.worker_memory.split(",")):
            row = worker_memory(n)
            print(
                f"worker after {n:,} one-line documents: peak {row['peak_mb']} MB, "
                f"{row['seconds']:.0f} s ({n / max(row['seconds'], 0.1):.1f} documents/s)"
            )
        return
    if args.analyze_growth:
        for row in analyze_growth([float(n) for n in args.analyze_growth.split(",")]):
            print(
                f"analyze of {row['kb']:g} KB of quoted speech in {row['paragraphs']} "
                f"paragraph(s): {row['seconds']} s CPU "
                f"({1000 * row['seconds'] / row['kb']:.1f} ms a KB), {row['claims']:,} claims"
            )
        return
    if args.document_growth:
        with tempfile.TemporaryDirectory() as tmp_name:
            sizes = [float(n) for n in args.document_growth.split(",")]
            make = figures_line if args.figures else None
            for row in document_growth(Path(tmp_name), sizes, make=make, match=args.match):
                print(
                    f"document of {row['mb']:g} MB: exit {row['code']}, {row['seconds']} s "
                    f"({row['seconds'] / row['mb']:.1f} s a MB), {row['claims']:,} claims, "
                    f"peak {row['peak_mb']} MB (largest worker {row['worker_peak_mb']} MB)"
                )
        return
    if args.order:
        with tempfile.TemporaryDirectory() as tmp_name:
            tmp = Path(tmp_name)
            write_corpus(tmp / "corpus", corpus(args.events))
            print_order(order_report(tmp, tmp / "corpus"))
            write_corpus(tmp / "twins", twin_corpus(args.twin_events))
            print_order(order_report(tmp, tmp / "twins"), "wide twin groups")
            if args.newsroom:
                write_corpus(tmp / "newsroom", newsroom_corpus(args.newsroom))
                print_order(order_report(tmp, tmp / "newsroom"), "newsroom articles")
        return
    if args.growth:
        with tempfile.TemporaryDirectory() as tmp_name:
            rows = batch_growth(
                Path(tmp_name),
                [int(n) for n in args.growth.split(",")],
                with_matching=args.with_matching,
            )
        previous = None
        for row in rows:
            step = ""
            if previous is not None and row["peak_mb"] and previous["peak_mb"]:
                added = (row["peak_mb"] - previous["peak_mb"]) * 1024
                step = f"; +{added / (row['lines'] - previous['lines']):.2f} KB a line since"
                step += f" {previous['lines']:,}"
            print(
                f"batch of {row['lines']:,} lines: exit {row['code']}, {row['seconds']} s "
                f"({row['lines'] / max(row['seconds'], 0.1):.1f} lines/s), writer peak "
                f"{row['peak_mb']} MB{step}; largest analysis worker "
                f"{row['worker_peak_mb']} MB"
            )
            previous = row
        return
    lost = 0
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        folder = tmp / "corpus"
        write_corpus(folder, corpus(args.events))
        lost += writers_report(
            "sqlite", lambda tag: f"sqlite:///{tmp / (tag + '.sqlite3')}", folder, args.writers
        )
        print_order(order_report(tmp, folder))
        if args.pg:
            made: list[str] = []

            def pg(tag: str) -> str:
                made.append(_pg_database(args.pg, f"fc_bench_{tag}_{os.getpid()}"))
                return made[-1]

            lost += writers_report("postgresql", pg, folder, args.writers)
            for url in made:
                _drop_pg(args.pg, url)
        else:
            print("postgresql: skipped (give --pg URL or FACTCHECK_TEST_POSTGRES_URL)")

        faults = {
            "kill -9 mid-batch, rerun": fault_kill_mid_batch(
                f"sqlite:///{tmp / 'kill.sqlite3'}", tmp
            ),
            "disk full (max_page_count)": fault_disk_full(tmp),
            "read-only database": fault_read_only(tmp),
            "locked by another writer 3 s": fault_locked(tmp),
        }
        survived = sum(1 for f in faults.values() if f["survived"])
        print(f"faults: {survived}/{len(faults)} injected and survived")
        for name, fault in faults.items():
            detail = {k: v for k, v in fault.items() if k != "survived"}
            print(f"  {'ok  ' if fault['survived'] else 'FAIL'} {name}: {detail}")
        kill = faults["kill -9 mid-batch, rerun"]
        lost += kill["expected"] - kill["stored"]

        hostile = hostile_inputs(tmp)
        failed = "; failed: " + ", ".join(hostile["failed"]) if hostile["failed"] else ""
        print(
            f"hostile inputs: {hostile['tried']} tried, {hostile['clean']} refused or stored "
            f"cleanly (one line, no traceback){failed}"
        )

        big = big_document(tmp, args.big_mb)
        config = tmp / "limits.toml"
        config.write_text(f"[limits]\nmax_document_chars = {int(args.big_mb * 2_000_000)}\n")
        db = f"sqlite:///{tmp / 'big.sqlite3'}"
        refused = peak_memory(db, "ingest", str(big), "--source", "Big")
        stored = peak_memory(
            db, "ingest", str(big), "--source", "Big", "--no-match", config=config
        )
        print(
            f"big document {args.big_mb:g} MB: default limit → exit {refused['code']} in "
            f"{refused['seconds']} s, peak {refused['peak_mb']} MB ({refused['message'][:90]}); "
            f"limit raised → exit {stored['code']}, {stored['seconds']} s, peak "
            f"{stored['peak_mb']} MB (largest worker {stored['worker_peak_mb']} MB)"
        )
        batch = big_batch(tmp, args.batch_lines)
        db = f"sqlite:///{tmp / 'batch.sqlite3'}"
        run = peak_memory(db, "ingest", str(batch), "--no-match")
        stored_lines = count_rows(db, "documents")
        lost += args.batch_lines - stored_lines
        print(
            f"batch of {args.batch_lines:,} lines: exit {run['code']}, {run['seconds']} s "
            f"({stored_lines / max(run['seconds'], 0.1):.1f} lines/s), peak {run['peak_mb']} MB "
            f"(largest worker {run['worker_peak_mb']} MB), "
            f"stored {stored_lines:,}"
        )
    print(f"lost: {lost}")


if __name__ == "__main__":
    main()
