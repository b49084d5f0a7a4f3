"""The "another event" judgment of a story's documents is made again when the story
grows (issue #9): a story's final grouping is the same for any order of its articles.
All texts are invented for these tests."""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path

import sqlalchemy as sa
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.models import DocumentRow
from factcheck.read import RawDocument
from factcheck.store import Store
from tests.order_corpus import snapshot

MONDAY = date(2026, 3, 2)
A_WEEK_ON = date(2026, 3, 9)

# The harbour wall breached by a storm, in a report that names no storm; the same
# storm's report that does; and the next storm a week later, "a second storm in a
# week", naming the same harbour master.
WALL, SECOND, STORM = (
    RawDocument(
        text="PELLOW — Waves breached the Pellow harbour wall on Monday, harbour master "
        "Ines Vantongeren said.\nFishing boats were moved to the inner basin.",
        source="Coast Post",
        title="Pellow harbour wall breached",
        published=MONDAY,
        url="https://coast.example/wall",
    ),
    RawDocument(
        text="PELLOW — A second storm in a week hit Pellow on Monday, harbour master "
        "Ines Vantongeren said.\nThe inner basin was closed to boats.",
        source="Shore News",
        title="Second storm in a week hits Pellow",
        published=A_WEEK_ON,
        url="https://shore.example/second",
    ),
    RawDocument(
        text="PELLOW — A storm flooded the Pellow harbour on Monday, harbour master "
        "Ines Vantongeren said.\nBoats were moved to the inner basin.",
        source="Bay Radio",
        title="Storm floods Pellow harbour",
        published=MONDAY,
        url="https://bay.example/storm",
    ),
)


def _ingest(tmp_path: Path, name: str, docs: tuple[RawDocument, ...]) -> Store:
    store = Store(f"sqlite:///{tmp_path / f'{name}.sqlite3'}")
    for doc in docs:
        store.ingest(doc)
    return store


def test_a_story_holds_the_same_documents_for_any_order_of_its_articles(
    tmp_path: Path,
) -> None:
    """In every order the second storm's report is a story of its own, set apart from
    the first storm's. Before, when it came after the wall report and before the storm
    report, it joined the wall report (nothing there said "storm"), and the storm report
    joining later left it there: one story in two orders of six, two in the others."""
    seen = {}
    for n, order in enumerate(itertools.permutations((WALL, SECOND, STORM))):
        _ingest(tmp_path, f"order{n}", order).engine.dispose()
        seen[n] = snapshot(f"sqlite:///{tmp_path / f'order{n}.sqlite3'}")
    first = seen[0]
    groups = {g for g in first["stories"].values() if g is not None}
    assert groups == {
        frozenset({WALL.url, STORM.url}),
        frozenset({SECOND.url}),
    }
    assert first["apart"] == {frozenset(groups)}
    for n, other in seen.items():
        assert other["stories"] == first["stories"], n
        assert other["statuses"] == first["statuses"], n
        assert other["decided"] == first["decided"], n


def test_a_document_the_grown_story_makes_another_event_says_which_joining_did_it(
    tmp_path: Path,
) -> None:
    """The report that left its story records the document whose joining re-judged it
    and the judgment (another event of the same kind), as at ingest."""
    store = _ingest(tmp_path, "reason", (WALL, SECOND, STORM))
    try:
        docs = {d["url"]: d for d in store.documents()}
        table = DocumentRow.__table__  # type: ignore[attr-defined]
        with store.transaction() as conn:
            reason = json.loads(
                conn.execute(
                    sa.select(table.c.story_reason).where(table.c.id == docs[SECOND.url]["id"])
                ).scalar_one()
            )
        assert reason["rejudged_by"] == docs[STORM.url]["id"]
        assert reason["apart_from"] == [docs[STORM.url]["story_id"]]
        assert reason["other_event"]["differs"] == "again"
        assert reason["other_event"]["repeated_kinds"] == ["storm"]
        assert docs[SECOND.url]["story_id"] != docs[WALL.url]["story_id"]
    finally:
        store.engine.dispose()


def test_stories_show_says_which_joining_placed_a_document_again(tmp_path: Path) -> None:
    _ingest(tmp_path, "show", (WALL, SECOND, STORM)).engine.dispose()
    store = Store(f"sqlite:///{tmp_path / 'show.sqlite3'}")
    try:
        docs = {d["url"]: d for d in store.documents()}
    finally:
        store.engine.dispose()
    second, storm = docs[SECOND.url], docs[STORM.url]
    db = str(tmp_path / "show.sqlite3")
    result = CliRunner().invoke(app, ["--db", db, "stories", "show", str(second["story_id"])])
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert f"another event than story {storm['story_id']}: its lead reports another storm" in said
    assert f"placed again when document {storm['id']} joined its story" in said
