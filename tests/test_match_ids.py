"""A match id names one pair of claims for the life of the two claims.

Matching drops an undecided pair it no longer finds (a document moved to another story,
a rematch) and the pair comes back when it is found again: under the id it had, never a
new one, and no id ever names another pair.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import sqlalchemy as sa
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.store import Store

RUNNER = CliRunner()

DAM = (
    "Engineers opened four spillway gates at the Fennick Lake dam on Sunday after heavy "
    "rain, the Brannoch water authority said.\n\n"
    "About 1,200 residents of Low Mardale were told to leave their homes. No injuries "
    "have been reported. Authority spokeswoman Ilse Varga said the reservoir stood "
    "2 metres above its normal level."
)

DAM_2 = (
    "The Brannoch water authority opened four spillway gates at the Fennick Lake dam on "
    "Sunday following days of heavy rain.\n\n"
    "Some 1,200 residents of Low Mardale were ordered out of their homes. No injuries "
    "have been reported. Ilse Varga, a spokeswoman for the authority, said the reservoir "
    "was 3 metres above its normal level."
)


def _cli(db: str, *args: str) -> str:
    result = RUNNER.invoke(app, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.output


def _ingest(db: str, folder: Path) -> tuple[int, int, int]:
    """Two outlets on one event; returns (first document, second document, their story)."""
    files = []
    for name, outlet, published, title, body in [
        ("dam1.txt", "Upland Courier", "2026-03-02", "Dam gates opened", DAM),
        ("dam2.txt", "Valley Ledger", "2026-03-03", "Low Mardale evacuated", DAM_2),
    ]:
        path = folder / name
        path.write_text(
            f"Title: {title}\nOutlet: {outlet}\nPublished: {published}\n\n{body}",
            encoding="utf-8",
        )
        files.append(str(path))
    _cli(db, "ingest", "--source-from-header", *files)
    docs = sorted(json.loads(_cli(db, "documents", "--json")), key=lambda d: d["id"])
    assert docs[0]["story_id"] == docs[1]["story_id"]
    return docs[0]["id"], docs[1]["id"], docs[0]["story_id"]


def _matches(db: str) -> dict[tuple[int, int], dict]:
    """Every stored match by its pair, as ``export jsonl matches`` gives it."""
    lines = _cli(db, "export", "jsonl", "matches").splitlines()
    return {(m["claim_id"], m["other_claim_id"]): m for m in map(json.loads, lines)}


def _ids(db: str) -> dict[tuple[int, int], int]:
    return {pair: m["match_id"] for pair, m in _matches(db).items()}


def _retired(db: str) -> int:
    engine = sa.create_engine(db)
    with engine.connect() as conn:
        count = conn.execute(sa.text("SELECT count(*) FROM retired_matches")).scalar_one()
    engine.dispose()
    return int(count)


def test_a_pair_dropped_and_found_again_keeps_its_id(db_url: str, tmp_path: Path) -> None:
    _, second, story = _ingest(db_url, tmp_path)
    before = _ids(db_url)
    assert before

    # Moved out of the story, the second report meets none of the first report's claims
    # (a person said it is another event): its undecided pairs go.
    _cli(db_url, "documents", "move", str(second), "--new-story")
    away = _ids(db_url)
    dropped = before.keys() - away.keys()
    assert dropped, "moving the report away ends some of its pairs"
    assert {pair: away[pair] for pair in away.keys() & before.keys()} == {
        pair: before[pair] for pair in away.keys() & before.keys()
    }
    assert _retired(db_url) == len(dropped)
    # A dropped pair's id names nothing for now: deciding it is refused, not misattached.
    result = RUNNER.invoke(
        app, ["--db", db_url, "decide", str(before[min(dropped)]), "conflicts", "--reviewer", "ana"]
    )
    assert result.exit_code != 0
    lo, hi = min(dropped)
    assert " ".join(result.output.split()) == (
        f"error: match {before[(lo, hi)]} is not stored now: claims {lo} and {hi} no longer "
        f"match (a document moved, or a rematch); it comes back as match {before[(lo, hi)]} "
        "if they match again"
    )

    # Moved back, every pair returns under the id it had, and nothing is left retired.
    _cli(db_url, "documents", "move", str(second), "--story", str(story))
    assert _ids(db_url) == before
    assert _retired(db_url) == 0

    # A pair found for the first time later gets an id no pair ever had.
    _cli(db_url, "documents", "move", str(second), "--new-story")
    _cli(db_url, "documents", "move", str(second), "--story", str(story))
    assert _ids(db_url) == before


def test_a_decision_stays_on_its_pair_through_a_move_away_and_back(
    db_url: str, tmp_path: Path
) -> None:
    _, second, story = _ingest(db_url, tmp_path)
    before = _ids(db_url)
    _cli(db_url, "documents", "move", str(second), "--new-story")
    dropped = sorted(before.keys() - _ids(db_url).keys())
    _cli(db_url, "documents", "move", str(second), "--story", str(story))
    assert len(dropped) >= 2, "two pairs that a move ends, to decide one of them"
    decided, undecided = dropped[0], dropped[1]
    shown = _cli(
        db_url, "decide", str(before[decided]), "unrelated", "--reviewer", "ana", "--note", "t"
    )
    assert str(before[decided]) in shown

    # Away: the decided pair is kept with its decision (it still counts), the other goes.
    _cli(db_url, "documents", "move", str(second), "--new-story")
    away = _matches(db_url)
    assert away[decided]["match_id"] == before[decided]
    assert away[decided]["decision"] == "unrelated" and away[decided]["relation"] == "unrelated"
    assert undecided not in away

    # Back: both under their old ids; the decision is on the pair it was made on and no
    # other pair carries one.
    _cli(db_url, "documents", "move", str(second), "--story", str(story))
    back = _matches(db_url)
    assert {pair: m["match_id"] for pair, m in back.items()} == before
    assert {pair for pair, m in back.items() if m["decision"]} == {decided}
    assert back[decided]["reviewer"] == "ana"
    claim = json.loads(_cli(db_url, "show", str(decided[0]), "--json"))
    [link] = [m for m in claim["matches"] if m["match_id"] == before[decided]]
    assert link["claim_id"] == decided[1] and link["relation"] == "unrelated"
    assert link["review"]["decision"] == "unrelated"


def test_rematch_all_keeps_every_id(db_url: str, tmp_path: Path) -> None:
    _, second, story = _ingest(db_url, tmp_path)
    before = _ids(db_url)
    _cli(db_url, "rematch", "--all")
    assert _ids(db_url) == before
    # With pairs retired by a move, a full rematch neither revives nor renumbers them ...
    _cli(db_url, "documents", "move", str(second), "--new-story")
    away = _ids(db_url)
    retired = _retired(db_url)
    _cli(db_url, "rematch", "--all")
    assert _ids(db_url) == away and _retired(db_url) == retired
    # ... and they return under their ids when the document moves back.
    _cli(db_url, "documents", "move", str(second), "--story", str(story))
    assert _ids(db_url) == before


def test_deleting_a_document_removes_its_retired_pairs(db_url: str, tmp_path: Path) -> None:
    first, second, _ = _ingest(db_url, tmp_path)
    _cli(db_url, "documents", "move", str(second), "--new-story")
    assert _retired(db_url) > 0
    _cli(db_url, "documents", "delete", str(second), "--note", "wrong event")
    assert _retired(db_url) == 0
    assert _ids(db_url) == {}
    # The first report's claims live on, matched by nothing.
    assert json.loads(_cli(db_url, "claims", "--document", str(first), "--json"))


def test_a_pair_a_stricter_rematch_drops_returns_under_its_id(
    db_url: str, tmp_path: Path
) -> None:
    _ingest(db_url, tmp_path)
    before = _ids(db_url)
    store = Store(db_url)
    normal = store.match_config
    # A threshold no pair reaches: ``rematch`` re-decides the stored pairs and drops them.
    store.match_config = replace(normal, candidate=0.9999, review=0.9999, auto=0.99995)
    store.rematch()
    kept = _ids(db_url)
    assert len(kept) < len(before) and _retired(db_url) == len(before) - len(kept)
    # Back to the usual thresholds, matching everything afresh finds them again.
    store.match_config = normal
    store.rematch(everything=True)
    assert _ids(db_url) == before and _retired(db_url) == 0
    store.engine.dispose()


GANTRY = {
    "Harbour Courier": (
        "2026-05-04",
        "Gantry collapse at Velmora port injures dock workers",
        "A container gantry collapsed at Velmora port at 9:40 a.m. on Sunday, injuring 14 "
        "dock workers, the port authority said.\n\nNo deaths have been reported. The "
        "Velmora port authority said the terminal would stay closed until Wednesday.",
    ),
    "Lantern Daily": (
        "2026-05-04",
        "Fourteen hurt as crane falls at Velmora docks",
        "A container gantry collapsed at Velmora port at 9:40 a.m. on Sunday, injuring 14 "
        "dock workers, the port authority said.\n\nNo deaths have been reported. The "
        "terminal will stay closed until Wednesday, the Velmora port authority said.",
    ),
    "Bayline News": (
        "2026-05-05",
        "Velmora crane collapse: 19 injured, union says",
        "A container gantry collapsed at Velmora port on Sunday, injuring 19 dock workers, "
        "the dockers' union said.\n\nThe Velmora port authority said the terminal would "
        "reopen on Friday. No deaths have been reported.",
    ),
}


def _ingest_outlets(db: str, folder: Path, outlets: dict[str, tuple[str, str, str]]) -> None:
    files = []
    for n, (outlet, (published, title, body)) in enumerate(outlets.items()):
        path = folder / f"gantry{n}-{outlet.split()[0].lower()}.txt"
        path.write_text(
            f"Title: {title}\nOutlet: {outlet}\nPublished: {published}\n\n{body}",
            encoding="utf-8",
        )
        files.append(str(path))
    _cli(db, "ingest", "--source-from-header", *files)


def _claims_of(db: str, document: int) -> set[int]:
    return {c["id"] for c in json.loads(_cli(db, "claims", "--document", str(document), "--json"))}


def test_a_move_sets_the_document_apart_from_the_story_it_left_for_every_relation(
    db_url: str, tmp_path: Path
) -> None:
    """A person who moves a report out of its story says it is about another event: none
    of its claims corroborates, disputes or waits for review against that story's any
    more — the same for every relation, self-contained claim or not — and rematching or a
    later report of that story does not bring such a pair back. A person's decision on a
    pair stands. Moved back, every pair returns under its id."""
    _ingest_outlets(db_url, tmp_path, GANTRY)
    docs = sorted(json.loads(_cli(db_url, "documents", "--json")), key=lambda d: d["id"])
    assert len({d["story_id"] for d in docs}) == 1
    story, moved = docs[0]["story_id"], docs[1]["id"]
    mine = _claims_of(db_url, moved)
    before = _matches(db_url)
    crossing = {pair: m for pair, m in before.items() if set(pair) & mine}
    kinds = {(m["relation"], bool(m["needs_review"])) for m in crossing.values()}
    held = [pair for pair, m in crossing.items() if m["needs_review"]]
    assert {("corroborates", False), ("conflicts", False)} <= kinds and held, kinds
    decided = next(pair for pair, m in crossing.items() if m["relation"] == "corroborates")
    _cli(db_url, "decide", str(before[decided]["match_id"]), "corroborates", "--reviewer", "ana")

    _cli(db_url, "documents", "move", str(moved), "--new-story")
    away = _matches(db_url)
    assert {pair for pair in away if set(pair) & mine} == {decided}
    assert away[decided]["decision"] == "corroborates"
    _cli(db_url, "rematch", "--all")
    assert {pair for pair in _matches(db_url) if set(pair) & mine} == {decided}
    # a later report of the story it left does not meet it either
    _ingest_outlets(
        db_url,
        tmp_path,
        {
            "Quayside Herald": (
                "2026-05-05",
                "Velmora gantry collapse injures 14",
                "A container gantry collapsed at Velmora port at 9:40 a.m. on Sunday, "
                "injuring 14 dock workers, the port authority said. No deaths have been "
                "reported.",
            )
        },
    )
    [latest] = sorted(json.loads(_cli(db_url, "documents", "--json")), key=lambda d: d["id"])[-1:]
    assert latest["story_id"] == story
    newcomer = _claims_of(db_url, latest["id"])
    assert not [p for p in _matches(db_url) if set(p) & mine and set(p) & newcomer]

    # Moved back: every pair it had returns under its id, and it meets the newcomer.
    _cli(db_url, "documents", "move", str(moved), "--story", str(story))
    back = _matches(db_url)
    assert {pair: before[pair]["match_id"] for pair in crossing} == {
        pair: back[pair]["match_id"] for pair in crossing
    }
    assert [p for p in back if set(p) & mine and set(p) & newcomer]
