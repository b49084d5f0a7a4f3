"""The store fill of ``benchmarks/ingest.py --scale`` (``benchmarks/_replay.py``).

Copies of analysed articles stand in for thousands of ingested ones, so the store-size
figures are only as good as the copies: copy 0 must be the stored rows themselves, and
a later copy the same rows with other names, figures and dates whose stored offsets,
frames, index terms and matches still agree with its text.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from _replay import Templates

from factcheck.read import RawDocument
from factcheck.store import Store

# Invented names built of the generator's syllables (Corven, Marost, Tamlin, Kelbra).
ARTICLES = [
    (
        "Harbour News",
        "Floods in Corven forced 1,240 residents from their homes on Tuesday.\n\n"
        "The river at Corven peaked at 6.4 metres, the highest level since 1998.\n\n"
        "Mayor Tamlin Kelbra said repairs could cost 38 million euros.\n",
    ),
    (
        "Valley Desk",
        "About 1,240 people in Corven had to leave their homes because of flooding on "
        "Tuesday.\n\nRepairs may cost 38 million euros, according to Mayor Tamlin Kelbra.\n",
    ),
    (
        "Harbour News",
        "A fire at the paper mill in Marost killed 4 workers on Friday.\n\n"
        "The mill had failed a safety inspection in March, police said.\n",
    ),
]
TABLES = ["documents", "sentences", "claims", "markers", "matches", "claim_terms",
          "term_stats", "stories", "story_terms", "document_bands", "sources"]  # fmt: skip


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The articles ingested with matching: the templates' store."""
    path = tmp_path_factory.mktemp("replay") / "templates.sqlite3"
    store = Store(f"sqlite:///{path}")
    for source, text in ARTICLES:
        store.ingest(RawDocument(text=text, source=source))
    store.engine.dispose()
    return path


@pytest.fixture(scope="module")
def templates(made: Path) -> Templates:
    return Templates(made)


def _filled(tmp_path: Path, templates: Templates, *spans: tuple[int, int]) -> sqlite3.Connection:
    path = tmp_path / "filled.sqlite3"
    Store(f"sqlite:///{path}").engine.dispose()
    for start, stop in spans:
        templates.fill(path, start, stop)
    return sqlite3.connect(path)


def _rows(db: sqlite3.Connection, table: str, where: str = "") -> list[tuple]:
    return db.execute(f"SELECT * FROM {table} {where} ORDER BY 1, 2").fetchall()


def test_copy_zero_is_the_stored_rows(tmp_path: Path, made: Path, templates: Templates) -> None:
    stored = sqlite3.connect(made)
    filled = _filled(tmp_path, templates, (0, 3))
    for table in TABLES:
        assert _rows(filled, table) == _rows(stored, table), table


def test_a_copy_tells_other_names_and_figures_at_the_same_offsets(
    tmp_path: Path, templates: Templates
) -> None:
    db = _filled(tmp_path, templates, (0, 6))
    span = templates.span["claims"]
    texts = dict(db.execute("SELECT id, text FROM claims"))
    first, copied = texts[1], texts[1 + span]
    assert len(first) == len(copied) and first != copied
    assert "Corven" in first and "Corven" not in copied
    assert copied.count(",") == first.count(",")  # a figure keeps its shape
    # Every span of a copy still slices its own words out of its document.
    for start, end, text, doc in db.execute(
        "SELECT c.char_start, c.char_end, c.text, d.text FROM claims c"
        " JOIN documents d ON d.id = c.document_id"
    ):
        assert doc[start:end] == text
    # A figure of a frame is the figure its claim now writes.
    for text, frame in db.execute("SELECT text, frame FROM claims WHERE frame LIKE '%value%'"):
        for measure in json.loads(frame)["measures"]:
            quantity = measure["quantity"]
            if quantity and any(ch.isdigit() for ch in quantity["text"]):
                assert quantity["text"] in text
    # The index holds the copy's names, not the template's; its counts are recounted.
    terms = {t for (t,) in db.execute("SELECT term FROM claim_terms WHERE claim_id > ?", (span,))}
    assert "corven" not in terms and "tamlin" not in terms
    assert db.execute(
        "SELECT count(*) FROM term_stats s WHERE claim_count !="
        " (SELECT count(*) FROM claim_terms c WHERE c.term = s.term)"
    ).fetchone() == (0,)


def test_a_copy_keeps_its_matches_and_outlets_to_itself(
    tmp_path: Path, templates: Templates
) -> None:
    db = _filled(tmp_path, templates, (0, 4), (4, 6))  # one copy written in two fills
    claims, documents = templates.span["claims"], templates.span["documents"]
    pairs = _rows(db, "matches")
    assert pairs and len(pairs) == 2 * len(_rows(db, "matches", f"WHERE claim_id <= {claims}"))
    for _, low, high, *_ in pairs:
        assert (low - 1) // claims == (high - 1) // claims  # both claims of one copy
    outlets = dict(db.execute("SELECT d.id, s.name FROM documents d JOIN sources s"
                              " ON s.id = d.source_id"))  # fmt: skip
    assert outlets[1 + documents] == f"{outlets[1]} 1"
    # Near-copy keys are the copy's own: no band of a copy is a template's.
    bands = [
        {b for (b,) in db.execute("SELECT band FROM document_bands WHERE document_id = ?", (d,))}
        for d in (1, 1 + documents)
    ]
    assert bands[0] and not bands[0] & bands[1]
