"""Matching inside the store, on SQLite and PostgreSQL: statuses kept current at every
ingest, independence (same outlet, owner group, syndicated copies) and rematching."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from factcheck.match import DocumentOrigin, MatchLink, claim_status, independent, syndication
from factcheck.read import RawDocument
from factcheck.store import Store

KILLED_12 = "The Harl Bridge collapse killed 12 people on Monday."
KILLED_12_POLICE = "The Harl Bridge collapse killed 12 people on Monday, police said."
KILLED_15 = "The Harl Bridge collapse killed 15 people on Monday."
FERRY = "The Ostrel ferry service will close in June, the operator said."

WIRE = (
    "Engineers closed the Varrow Dam spillway on Thursday after cracks appeared in its "
    "eastern wall. The regional water board brought in 22 portable pumps from two nearby "
    "counties to lower the reservoir. About 900 households downstream were told to prepare "
    "for evacuation, and the board said the reservoir level had dropped by 40 centimetres "
    "overnight. Inspectors from the national dam authority are due on Saturday. The board "
    "said repairs could take until the end of the month and would cost about 3 million euros."
)
REPRINT = WIRE.replace("nearby", "neighbouring").replace("overnight", "during the night") + (
    " Local schools will stay open."
)


def ingest(store: Store, text: str, source: str) -> int:
    return store.ingest(RawDocument(text=text, source=source)).id


def statuses(store: Store, source: str) -> set[str]:
    return {c["status"] for c in store.claims(source=source)}


def test_agreement_between_outlets_corroborates(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    assert statuses(store, "Valley Post") == {"unverified"}
    ingest(store, KILLED_12_POLICE, "Harbour Times")
    assert statuses(store, "Valley Post") == {"corroborated"}
    assert statuses(store, "Harbour Times") == {"corroborated"}
    [claim] = store.claims(source="Valley Post")
    [match] = store.matches(claim["id"])
    assert match["relation"] == "corroborates"
    assert match["source"] == "Harbour Times"
    assert match["independent"] is True
    assert match["reasons"]


def test_conflict_disputes_every_side_incrementally(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    ingest(store, KILLED_12_POLICE, "Harbour Times")
    ingest(store, KILLED_15, "Coast Radio")
    for source in ("Valley Post", "Harbour Times", "Coast Radio"):
        assert statuses(store, source) == {"disputed"}
    [claim] = store.claims(source="Coast Radio")
    relations = {m["source"]: m["relation"] for m in store.matches(claim["id"])}
    assert relations == {"Valley Post": "conflicts", "Harbour Times": "conflicts"}
    assert any("12" in r and "15" in r for m in store.matches(claim["id"]) for r in m["reasons"])


def test_unrelated_claims_stay_unverified(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    ingest(store, FERRY, "Harbour Times")
    assert statuses(store, "Valley Post") == {"unverified"}
    assert statuses(store, "Harbour Times") == {"unverified"}


def test_same_outlet_does_not_corroborate_itself(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    ingest(store, KILLED_12_POLICE, "Valley Post")
    assert statuses(store, "Valley Post") == {"unverified"}
    [first, _] = store.claims(source="Valley Post")
    [match] = store.matches(first["id"])
    assert match["independent"] is False


def test_owner_group_removes_independence(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    ingest(store, KILLED_12_POLICE, "Valley Evening Post")
    assert statuses(store, "Valley Post") == {"corroborated"}
    store.update_source("Valley Post", owner_group="Valley Media")
    store.update_source("Valley Evening Post", owner_group="valley media")
    assert statuses(store, "Valley Post") == {"unverified"}
    assert statuses(store, "Valley Evening Post") == {"unverified"}
    store.update_source("Valley Evening Post", owner_group=None)
    assert statuses(store, "Valley Post") == {"corroborated"}


def test_syndicated_copy_is_detected_and_adds_no_support(store: Store) -> None:
    wire_id = ingest(store, WIRE, "Dam Wire")
    result = store.ingest(RawDocument(text=REPRINT, source="County Courier"))
    assert result.copy_of == wire_id
    doc = store.document(result.id)
    assert doc["copy_of"] == wire_id
    assert doc["copy_similarity"] >= 0.5
    # Claims found only in the wire story and its reprint stay unverified.
    assert statuses(store, "Dam Wire") == {"unverified"}
    assert statuses(store, "County Courier") == {"unverified"}
    pumps = [c for c in store.claims(source="County Courier") if "22 portable pumps" in c["text"]]
    assert pumps
    matches = store.matches(pumps[0]["id"])
    assert matches and all(not m["independent"] for m in matches)


def test_an_earlier_version_ingested_later_becomes_the_original(store: Store) -> None:
    reprint = store.ingest(
        RawDocument(text=REPRINT, source="County Courier", published=date(2026, 3, 11))
    )
    wire = store.ingest(RawDocument(text=WIRE, source="Dam Wire", published=date(2026, 3, 10)))
    assert wire.copy_of is None and wire.copies == (reprint.id,)
    assert wire.to_dict()["copies"] == [reprint.id]
    assert store.document(reprint.id)["copy_of"] == wire.id
    assert store.document(reprint.id)["copy_similarity"] >= 0.5
    assert store.document(wire.id)["copy_of"] is None
    # Still one story told twice: their shared claims stay unverified.
    assert statuses(store, "Dam Wire") == {"unverified"}
    assert statuses(store, "County Courier") == {"unverified"}


def test_a_dated_version_is_the_original_of_an_undated_one(store: Store) -> None:
    first = store.ingest(RawDocument(text=REPRINT, source="County Courier"))
    second = store.ingest(RawDocument(text=WIRE, source="Dam Wire", published=date(2026, 3, 1)))
    assert second.copy_of is None and second.copies == (first.id,)
    assert store.document(first.id)["copy_of"] == second.id


# The county paper's own report, in its own words, of one fact of the wire story.
PUMPS = "The water board has brought in 22 portable pumps to lower the Varrow reservoir."


def _copies_and_statuses(store: Store, order: list[tuple[str, str]]) -> tuple[Any, ...]:
    for text, source in order:
        store.ingest(RawDocument(text=text, source=source))
    docs = {d["id"]: d["source"] for d in store.documents()}
    copies = sorted(
        (source, docs[copy_of])
        for doc_id, source in docs.items()
        if (copy_of := store.document(doc_id)["copy_of"]) is not None
    )
    claims = sorted((docs[c["document_id"]], c["start"], c["status"]) for c in store.claims())
    return tuple(copies), tuple(claims)


def test_undated_copies_pick_the_same_original_in_either_order(
    store: Store, tmp_path: Path
) -> None:
    """Two undated versions of one story: nothing says which came first, yet the store
    must not decide by arrival. The copy depends on its original's outlet, so the
    county paper's own report corroborates the wire's claim or not depending on the
    direction, and that must be the same whichever version was stored first."""
    forward = [(WIRE, "Dam Wire"), (REPRINT, "County Courier"), (PUMPS, "County Courier")]
    backward = [(PUMPS, "County Courier"), (REPRINT, "County Courier"), (WIRE, "Dam Wire")]
    other = Store(f"sqlite:///{tmp_path / 'reverse.sqlite3'}")
    assert _copies_and_statuses(store, forward) == _copies_and_statuses(other, backward)
    other.engine.dispose()


def test_a_new_original_rejudges_its_family_matches(store: Store) -> None:
    """When a later version becomes the original, matches already stored between the
    family and a third report count by the new direction at once: the reprint now
    depends on the wire's outlet, so the wire's own follow-up no longer corroborates it."""
    ingest(store, REPRINT, "County Courier")
    ingest(store, PUMPS, "Dam Wire")
    [follow_up] = store.claims(source="Dam Wire")
    assert follow_up["status"] == "corroborated"  # by the reprint, an original so far
    wire = store.ingest(RawDocument(text=WIRE, source="Dam Wire", published=date(2026, 3, 1)))
    assert wire.copies  # the dated wire story is the original of the undated reprint
    [follow_up] = [c for c in store.claims(source="Dam Wire") if c["text"] == PUMPS]
    assert follow_up["status"] == "unverified"
    assert all(not m["independent"] for m in store.matches(follow_up["id"]))


def test_a_copy_of_a_copy_points_at_the_first_version(store: Store) -> None:
    wire = store.ingest(RawDocument(text=WIRE, source="Dam Wire", published=date(2026, 3, 1))).id
    store.ingest(RawDocument(text=REPRINT, source="County Courier", published=date(2026, 3, 2)))
    # Drifted so far that only the reprint is still close: the lookup finds the reprint.
    with store.transaction() as conn:
        syndication.remove_document(conn, wire)
    # A third outlet reprints the reprint a day later, with its own closing line.
    again = store.ingest(
        RawDocument(
            text=REPRINT + "\nMore local news on page 4.",
            source="Hill Gazette",
            published=date(2026, 3, 3),
        )
    )
    assert again.copy_of == wire
    pumps = [c for c in store.claims(source="Hill Gazette") if "22 portable pumps" in c["text"]]
    assert pumps and all(not m["independent"] for m in store.matches(pumps[0]["id"]))


def test_independent_outlet_corroborates_a_wire_claim(store: Store) -> None:
    ingest(store, WIRE, "Dam Wire")
    ingest(store, REPRINT, "County Courier")
    ingest(store, "The regional water board brought in 22 portable pumps.", "Lakeside FM")
    [own] = store.claims(source="Lakeside FM")
    assert own["status"] == "corroborated"
    pumps = [c for c in store.claims(source="Dam Wire") if "22 portable pumps" in c["text"]]
    assert pumps[0]["status"] == "corroborated"


def test_unrelated_text_is_not_a_copy(store: Store) -> None:
    ingest(store, WIRE, "Dam Wire")
    result = store.ingest(RawDocument(text=FERRY + " " + KILLED_12, source="Other"))
    assert result.copy_of is None


def test_rematch_reproduces_incremental_statuses(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    ingest(store, KILLED_12_POLICE, "Harbour Times")
    ingest(store, KILLED_15, "Coast Radio")
    ingest(store, FERRY, "Port News")
    before = {c["id"]: c["status"] for c in store.claims()}
    summary = store.rematch()
    assert summary["status_changed"] == 0
    assert {c["id"]: c["status"] for c in store.claims()} == before
    summary = store.rematch(everything=True)
    assert summary["status_changed"] == 0
    assert summary["matches"] == 3
    assert {c["id"]: c["status"] for c in store.claims()} == before


def test_review_band_does_not_decide_status(db_url: str) -> None:
    from factcheck.match.relation import MatchConfig

    # With the auto threshold out of reach every decision waits for review.
    store = Store(db_url, match_config=MatchConfig(auto=1.0))
    ingest(store, KILLED_12, "Valley Post")
    ingest(store, KILLED_15, "Coast Radio")
    assert statuses(store, "Valley Post") == {"unverified"}
    [claim] = store.claims(source="Valley Post")
    [match] = store.matches(claim["id"])
    assert match["needs_review"] is True


# -- the pure rules ---------------------------------------------------------------------


def origin(doc: int, source: int, group: str | None = None, copy_of: int | None = None):  # type: ignore[no-untyped-def]
    return DocumentOrigin(doc, source, group, copy_of)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (origin(1, 1), origin(2, 2), True),
        (origin(1, 1), origin(2, 1), False),
        (origin(1, 1, "G"), origin(2, 2, "g"), False),
        (origin(1, 1, "G"), origin(2, 2, "H"), True),
        (origin(1, 1, "G"), origin(2, 2), True),
        (origin(1, 1), origin(2, 2, copy_of=1), False),
        (origin(3, 3, copy_of=1), origin(2, 2, copy_of=1), False),
        (origin(3, 3, copy_of=1), origin(4, 4), True),
    ],
)
def test_independence(a: DocumentOrigin, b: DocumentOrigin, expected: bool) -> None:
    assert independent(a, b) is expected
    assert independent(b, a) is expected


@pytest.mark.parametrize(
    ("links", "expected"),
    [
        ([], "unverified"),
        ([MatchLink("corroborates", True)], "corroborated"),
        ([MatchLink("corroborates", False)], "unverified"),
        ([MatchLink("corroborates", True, needs_review=True)], "unverified"),
        ([MatchLink("corroborates", True), MatchLink("conflicts", True)], "disputed"),
        # A conflict with a source that is not independent (the same outlet's later
        # report, a reprint, a sister paper) revises one account: no dispute.
        ([MatchLink("conflicts", False)], "unverified"),
        ([MatchLink("conflicts", False), MatchLink("corroborates", True)], "corroborated"),
        ([MatchLink("conflicts", False, decision="conflicts")], "unverified"),
        ([MatchLink("conflicts", True, needs_review=True)], "unverified"),
    ],
)
def test_claim_status(links: list[MatchLink], expected: str) -> None:
    assert claim_status(links) == expected


def test_short_identical_statements_are_not_copies(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    result = store.ingest(RawDocument(text=KILLED_12_POLICE, source="Harbour Times"))
    assert result.copy_of is None


def test_bulk_load_without_matching_then_rematch_all(store: Store) -> None:
    for text, source in ((KILLED_12, "Valley Post"), (KILLED_15, "Coast Radio")):
        store.ingest(RawDocument(text=text, source=source), match=False)
    assert {c["status"] for c in store.claims()} == {"unverified"}
    summary = store.rematch(everything=True)
    assert summary["status_changed"] == 2
    assert {c["status"] for c in store.claims()} == {"disputed"}


def test_pending_reviews_are_counted_on_both_claims(db_url: str) -> None:
    from factcheck.match.relation import MatchConfig

    store = Store(db_url, match_config=MatchConfig(auto=1.0))
    ingest(store, KILLED_12, "Valley Post")
    ingest(store, KILLED_15, "Coast Radio")
    assert [c["pending_reviews"] for c in store.claims()] == [1, 1]


# -- conflicts between sources that are not independent ------------------------------------

ROUTE_MONDAY = "The Saltmere tunnel fire forced 340 drivers to abandon their cars on Monday."
ROUTE_TUESDAY = "The Saltmere tunnel fire forced 410 drivers to abandon their cars on Monday."


def _dated(text: str, source: str, day: int) -> RawDocument:
    return RawDocument(text=text, source=source, published=date(2026, 6, day))


def _only_claim(store: Store, document_id: int) -> dict:
    [claim] = store.claims(document=document_id)
    return claim


def test_an_outlet_changing_its_own_figure_updates_its_story_not_disputes_it(
    store: Store,
) -> None:
    first = store.ingest(_dated(ROUTE_MONDAY, "Saltmere Herald", 2)).id
    later = store.ingest(_dated(ROUTE_TUESDAY, "Saltmere Herald", 3)).id
    old, new = _only_claim(store, first), _only_claim(store, later)
    assert old["status"] == new["status"] == "unverified"
    [match] = store.matches(old["id"])
    assert match["relation"] == "conflicts" and match["independent"] is False
    assert match["dependence"] == "same outlet: Saltmere Herald"
    assert match["revision"].startswith("superseded by a later report from the same source")
    assert "2026-06-03" in match["revision"]
    [back] = store.matches(new["id"])
    assert back["revision"].startswith("updates an earlier report from the same source")
    # An independent outlet standing by the first figure disputes the update only; the
    # superseded figure is no longer the Herald's account, so it confirms nothing.
    other = store.ingest(_dated(ROUTE_MONDAY, "Harrowgate Radio", 3)).id
    assert store.claim(new["id"])["status"] == "disputed"
    assert store.claim(old["id"])["status"] == "unverified"
    assert _only_claim(store, other)["status"] == "disputed"
    agreeing = next(m for m in store.matches(old["id"]) if m["document_id"] == other)
    assert agreeing["relation"] == "corroborates" and agreeing["superseded"]
    independent_link = next(m for m in store.matches(new["id"]) if m["document_id"] == other)
    assert independent_link["dependence"] is None and independent_link["revision"] is None


def test_sister_papers_contradicting_each_other_are_not_a_dispute(store: Store) -> None:
    a = store.ingest(_dated(ROUTE_MONDAY, "Saltmere Herald", 2)).id
    b = store.ingest(_dated(ROUTE_TUESDAY, "Saltmere Evening Post", 2)).id
    assert {_only_claim(store, a)["status"], _only_claim(store, b)["status"]} == {"disputed"}
    store.update_source("Saltmere Evening Post", owner_group="Tidewater Media")
    store.update_source("Saltmere Herald", owner_group="Tidewater Media")
    assert {_only_claim(store, a)["status"], _only_claim(store, b)["status"]} == {"unverified"}
    [match] = store.matches(_only_claim(store, a)["id"])
    assert match["dependence"] == "same owner group: tidewater media"
    assert match["revision"] == (
        "the same source says otherwise elsewhere: not an independent dispute"
    )


def test_a_reprint_that_changes_a_figure_is_an_edit_not_a_dispute(store: Store) -> None:
    original = store.ingest(RawDocument(text=WIRE, source="Varrow Wire")).id
    edited = REPRINT.replace("22 portable pumps", "28 portable pumps")
    copy = store.ingest(RawDocument(text=edited, source="Downriver Gazette"))
    assert copy.copy_of == original
    pumps = next(c for c in store.claims(document=copy.id) if "28" in c["text"])
    assert pumps["status"] == "unverified"
    conflicts = [m for m in store.matches(pumps["id"]) if m["relation"] == "conflicts"]
    assert conflicts, "the changed figure is still shown as a conflict"
    assert conflicts[0]["dependence"] == f"this document reprints the other (document {original})"
    assert conflicts[0]["revision"].startswith("the reprint changed this")


# Reports of several bridges, outlets and figures: most pairs the candidate index proposes
# are about another bridge (which frames_differ flags), some agree and some conflict.
BRIDGE_REPORTS = [
    (
        "Valley Post",
        "The Harl Bridge collapse killed 12 people on Monday. The Harl council approved a "
        "$42 million repair budget on Tuesday. Divers searched the river until dusk.",
    ),
    (
        "Harbour Times",
        "The Orlan Bridge collapse killed 9 people on Monday. The Orlan council approved a "
        "$42 million repair budget on Tuesday. The mayor of Orlan visited the site.",
    ),
    (
        "Coast Radio",
        "The Harl Bridge collapse killed 15 people on Monday, police said. The Harl council "
        "approved a $42 million repair budget on Tuesday.",
    ),
    (
        "Inland Weekly",
        "Nerith Pharma said its trial enrolled 1,200 patients. The Harl Bridge collapse "
        "killed 12 people on Monday. Solace Biotech said its trial enrolled 900 patients.",
    ),
]


def _stored_matches(store: Store) -> list[tuple[object, ...]]:
    keys = ("claim_id", "other_claim_id", "relation", "score", "needs_review")
    return [(*(m[k] for k in keys), tuple(m["reasons"])) for m in store.match_pairs()]


def test_skipping_pairs_whose_frames_differ_stores_what_comparing_them_all_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The matcher's pre-filter (relation.frames_differ) only skips pairs compare would
    call unrelated: the same matches and statuses are stored with it and without it."""
    from factcheck.match import matcher

    def run(name: str) -> tuple[list[tuple[object, ...]], list[tuple[int, str]]]:
        store = Store(f"sqlite:///{tmp_path / name}")
        for source, text in BRIDGE_REPORTS:
            store.ingest(RawDocument(text=text, source=source))
        return _stored_matches(store), [(c["id"], c["status"]) for c in store.claims()]

    skipped: list[bool] = []
    real = matcher.frames_differ

    def counting(*args: object, **kwargs: object) -> bool:
        skipped.append(real(*args, **kwargs))  # type: ignore[arg-type]
        return skipped[-1]

    monkeypatch.setattr(matcher, "frames_differ", counting)
    with_filter = run("filtered.sqlite3")
    assert any(skipped), "the corpus must give the pre-filter pairs to skip"
    monkeypatch.setattr(matcher, "frames_differ", lambda *a, **k: False)
    assert run("all.sqlite3") == with_filter
    assert {s for _, s in with_filter[1]} >= {"disputed"}


# -- the symmetric candidate rule: ingest order does not choose the pairs compared ------------

# Two reports of one bridge's traffic in different words, and a third outlet's wording of
# another bridge that looks more like the second report than the first report does.
TRAFFIC_OWN_WORDS = "About 18,000 vehicles cross the Dunmore bridge every day, the council said."
TRAFFIC_TEMPLATE = "Council figures show some 18,000 vehicles a day on the Dunmore bridge."
TRAFFIC_ELSEWHERE = "Council figures show some 18,000 vehicles a day on the Tarrow bridge."


def _pairs(url: str, documents: list[tuple[str, str]]) -> set[frozenset[str]]:
    """Ingest ``(text, outlet)`` documents in this order; the matched pairs, by text."""
    store = Store(url)
    for text, outlet in documents:
        ingest(store, text, outlet)
    query = sa.text(
        "SELECT a.text, b.text FROM matches m JOIN claims a ON a.id = m.claim_id "
        "JOIN claims b ON b.id = m.other_claim_id"
    )
    with store.connect() as conn:
        pairs = {frozenset(row) for row in conn.execute(query).all()}
    store.engine.dispose()
    return pairs


def test_which_pairs_are_compared_does_not_depend_on_ingest_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shortlist of one claim (instead of twelve) makes one look-alike enough to crowd a
    real match out. The report arriving last then shortlists the look-alike, not the other
    report of its bridge; the stored report is checked the other way round (the new one
    would top its own shortlist), so the pair is compared in either order. The frame
    check is off here, so that the look-alike of another bridge takes a shortlist place
    (with it, it takes none: the next test)."""
    from factcheck.match import matcher

    monkeypatch.setattr(matcher, "frames_differ", lambda *a, **k: False)
    monkeypatch.setattr(matcher, "COMPARED_PER_CLAIM", 1)
    first = [
        (TRAFFIC_OWN_WORDS, "Valley Post"),
        (TRAFFIC_ELSEWHERE, "Coast Radio"),
        (TRAFFIC_TEMPLATE, "Harbour Times"),
    ]
    second = [first[2], first[1], first[0]]
    wanted = frozenset((TRAFFIC_OWN_WORDS, TRAFFIC_TEMPLATE))
    forward = _pairs(f"sqlite:///{tmp_path / 'forward.sqlite3'}", first)
    reverse = _pairs(f"sqlite:///{tmp_path / 'reverse.sqlite3'}", second)
    assert wanted in forward
    assert forward == reverse
    # The control: checking no stored claim the other way, the first order misses the pair.
    monkeypatch.setattr(matcher, "REVERSE_PER_CLAIM", 0)
    assert wanted not in _pairs(f"sqlite:///{tmp_path / 'control.sqlite3'}", first)
    assert wanted in _pairs(f"sqlite:///{tmp_path / 'control-reverse.sqlite3'}", second)


# Four towns' councils, each reported by two outlets in their own words; every wording
# (and the number of libraries closed) is shared across towns, so each report has three
# look-alikes about other towns.
COUNCIL_TOWNS = [("Pellow", 9, 31), ("Ardmore", 9, 47), ("Quenby", 9, 19), ("Rask", 9, 52)]


def _council_reports() -> list[tuple[str, str]]:
    """``(text, outlet)``: each town's report by the Lakeside Star, then the Fenwick
    Echo's report of the same meeting in other words, with another grant figure."""
    out = []
    for town, closed, grant in COUNCIL_TOWNS:
        out.append(
            (
                f"The {town} council closed {closed} libraries last year. "
                f"The {town} council gave its schools a grant of {grant} million pounds.",
                "Lakeside Star",
            )
        )
        out.append(
            (
                f"Last year the council in {town} closed {closed} of its libraries, "
                f"officials said. The council in {town} gave its schools a grant of "
                f"{grant + 3} million pounds.",
                "Fenwick Echo",
            )
        )
    return out


def _claims_and_matches(url: str, documents: list[tuple[str, str]]) -> tuple[object, object]:
    """Statuses by claim text and matched pairs by their texts, after ingesting in order."""
    store = Store(url)
    for text, outlet in documents:
        ingest(store, text, outlet)
    found = {c["text"]: c["status"] for c in store.claims()}
    query = sa.text(
        "SELECT a.text, b.text, m.relation FROM matches m JOIN claims a ON a.id = m.claim_id "
        "JOIN claims b ON b.id = m.other_claim_id"
    )
    with store.connect() as conn:
        pairs = {(frozenset((a, b)), relation) for a, b, relation in conn.execute(query)}
    store.engine.dispose()
    return found, pairs


def test_look_alikes_of_other_events_take_no_shortlist_place_in_either_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shortlist of one (instead of twelve) and no check the other way round: a
    look-alike about another town, in the same outlet's words and with the same figure,
    would fill it, and a report arriving after it would miss the other outlet's report of
    its own meeting, which the same two reports meet when they arrive first. Candidates
    that are other things by their frames (another town) take no place, so both orders
    store the same matches and statuses."""
    from factcheck.match import matcher

    monkeypatch.setattr(matcher, "COMPARED_PER_CLAIM", 1)
    monkeypatch.setattr(matcher, "REVERSE_PER_CLAIM", 0)
    documents = _council_reports()
    forward = _claims_and_matches(f"sqlite:///{tmp_path / 'forward.sqlite3'}", documents)
    reverse = _claims_and_matches(f"sqlite:///{tmp_path / 'reverse.sqlite3'}", documents[::-1])
    assert forward == reverse
    statuses_found, pairs = forward
    assert isinstance(statuses_found, dict) and isinstance(pairs, set)
    # Each town's two reports of its libraries agree and its grants disagree.
    for town, closed, _ in COUNCIL_TOWNS:
        assert statuses_found[f"The {town} council closed {closed} libraries last year."] == (
            "corroborated"
        )
    assert "disputed" in statuses_found.values()


# One sentence every desk printed word for word (twins), and one outlet's own wording of
# it; each report adds a sentence of its own, so no report is a copy of another.
INQUIRY_TWIN = "Councillors in Marrow called for an independent inquiry into the fire."
INQUIRY_OWN_WORDS = "Councillors in Marrow demanded an independent inquiry into the fire."
INQUIRY_REPORTS = [
    (f"{INQUIRY_TWIN} Schools in Marrow reopened on Tuesday.", "Lakeside Star"),
    (f"{INQUIRY_TWIN} Bus services to the coast were cut by a third.", "Fenwick Echo"),
    (f"{INQUIRY_TWIN} The weekly market will move to the square in May.", "Coast Radio"),
    (f"{INQUIRY_OWN_WORDS} A new footbridge over the canal opened in June.", "Valley Post"),
]


def _pairs_by_outlet(url: str, documents: list[tuple[str, str]]) -> set[Any]:
    """Ingest ``(text, outlet)`` documents in this order; each stored match as the two
    claims' (outlet, text), so that twins of several outlets are told apart."""
    store = Store(url)
    for text, outlet in documents:
        ingest(store, text, outlet)
    query = sa.text(
        "SELECT sa.name, a.text, sb.name, b.text, m.relation FROM matches m "
        "JOIN claims a ON a.id = m.claim_id JOIN documents da ON da.id = a.document_id "
        "JOIN sources sa ON sa.id = da.source_id "
        "JOIN claims b ON b.id = m.other_claim_id JOIN documents db ON db.id = b.document_id "
        "JOIN sources sb ON sb.id = db.source_id"
    )
    with store.connect() as conn:
        found = {
            (frozenset(((oa, ta), (ob, tb))), relation)
            for oa, ta, ob, tb, relation in conn.execute(query)
        }
    store.engine.dispose()
    return found


def test_twins_share_one_shortlist_place_so_the_order_of_ingest_does_not_matter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shortlist of two (instead of twelve) and no check the other way round. Three
    outlets print one sentence word for word; a fourth words it its own way. Arriving
    last, the fourth report's claim would meet two of the three twins only, and arriving
    first it meets all three: which pairs are stored would depend on the order. Twins
    share one shortlist place, so every twin is compared, in either order."""
    from factcheck.match import matcher

    monkeypatch.setattr(matcher, "COMPARED_PER_CLAIM", 2)
    monkeypatch.setattr(matcher, "REVERSE_PER_CLAIM", 0)
    forward = _pairs_by_outlet(f"sqlite:///{tmp_path / 'forward.sqlite3'}", INQUIRY_REPORTS)
    reverse = _pairs_by_outlet(
        f"sqlite:///{tmp_path / 'reverse.sqlite3'}", INQUIRY_REPORTS[::-1]
    )
    assert forward == reverse
    own = ("Valley Post", INQUIRY_OWN_WORDS)
    twins_met = {
        other
        for pair, relation in forward
        if own in pair and relation == "corroborates"
        for other in pair - {own}
    }
    assert twins_met == {(outlet, INQUIRY_TWIN) for _, outlet in INQUIRY_REPORTS[:3]}


def test_frame_checks_kept_across_documents_answer_as_computed() -> None:
    """The matcher keeps frame checks of claim pairs from one document to the next; a
    kept answer is the check's own, and frames are told apart by identity, so an equal
    frame made anew is checked again rather than matched by value."""
    from dataclasses import replace

    from factcheck.match import matcher
    from factcheck.match.frames import frame
    from factcheck.match.relation import MatchConfig, frames_differ

    a = "The Harl bridge carries 14,000 vehicles a day, the council said."
    b = "The Orlan bridge carries 9,000 vehicles a day, the council said."
    fa, fb, cfg = frame(a), frame(b), MatchConfig()
    same = matcher._Same
    matcher._frames_differ.cache_clear()
    first = matcher._frames_differ(a, b, same(fa), same(fb), same(cfg))
    assert first == frames_differ(a, b, config=cfg, frames=(fa, fb))
    assert matcher._frames_differ(a, b, same(fa), same(fb), same(cfg)) == first
    assert matcher._frames_differ.cache_info().hits == 1
    copy = replace(fa)
    assert copy == fa and same(copy) != same(fa)
    matcher._frames_differ(a, b, same(copy), same(fb), same(cfg))
    assert matcher._frames_differ.cache_info().misses == 2
    matcher._frames_differ.cache_clear()


def test_comparisons_kept_across_documents_answer_as_computed() -> None:
    """A claim reported again word for word meets the stored claims its first wording
    met: the kept comparison is the one ``compare`` gives, in the order asked."""
    from factcheck.match import matcher
    from factcheck.match.frames import frame
    from factcheck.match.relation import MatchConfig, compare

    a = "The Kestrow water plant reopened on Tuesday after 4,200 residents were moved."
    b = "Only 2,100 residents were moved before the Kestrow water plant reopened."
    fa, fb, cfg = frame(a), frame(b), MatchConfig()
    same = matcher._Same
    matcher._compare.cache_clear()
    kept = matcher._compare(a, b, same(fa), same(fb), same(cfg))
    assert kept == compare(a, b, config=cfg, frames=(fa, fb))
    assert kept.relation == "conflicts"
    assert matcher._compare(a, b, same(fa), same(fb), same(cfg)) is kept
    turned = matcher._compare(b, a, same(fb), same(fa), same(cfg))
    assert turned == compare(b, a, config=cfg, frames=(fb, fa))
    assert matcher._compare.cache_info().misses == 2
    matcher._compare.cache_clear()


@pytest.mark.parametrize("first", ["Dale Courier", "Fen Radio"])
def test_a_match_gives_each_claims_own_figure_first(store: Store, first: str) -> None:
    """The words "figures differ: x vs y" read the same way whichever document came first: from each
    claim its own figure first, in ``matches``, the report and the stored pair."""
    from factcheck.report import gather_report

    texts = {
        "Dale Courier": "The Harl Bridge collapse killed 12 people on Monday.",
        "Fen Radio": "The Harl Bridge collapse killed 15 people on Monday.",
    }
    for source in sorted(texts, key=lambda s: s != first):
        store.ingest(RawDocument(text=texts[source], source=source))
    ids = {c["source"]: c["id"] for c in store.claims()}

    def figures(claim_id: int) -> str:
        [match] = store.matches(claim_id)
        return next(r for r in match["reasons"] if r.startswith("figures differ"))

    assert figures(ids["Dale Courier"]).endswith("12 vs 15")
    assert figures(ids["Fen Radio"]).endswith("15 vs 12")
    [pair] = store.match_pairs()
    low = "12" if pair["claim_id"] == ids["Dale Courier"] else "15"
    assert next(r for r in pair["reasons"] if r.startswith("figures")).split(": ")[1].startswith(
        low
    )
    report = gather_report(store, with_text=False)
    for source, own in (("Dale Courier", "12"), ("Fen Radio", "15")):
        [link] = report.claim(ids[source]).matches
        assert next(r for r in link.reasons if r.startswith("figures")).split(": ")[1].startswith(
            own
        )


def test_reasons_stored_in_either_order_read_from_each_side(store: Store) -> None:
    """A row stored before the matcher compared in stored order may give the other claim's
    value first: which value is whose is read from the two claims' texts."""
    store.ingest(RawDocument(text="The Harl Bridge collapse killed 12 people.", source="Dale"))
    store.ingest(RawDocument(text="The Harl Bridge collapse killed 15 people.", source="Fen"))
    ids = {c["source"]: c["id"] for c in store.claims()}
    with store.transaction() as conn:
        old_order = '["figures differ: 15 vs 12"]'
        conn.execute(sa.text("UPDATE matches SET reasons = :r"), {"r": old_order})
    assert store.matches(ids["Dale"])[0]["reasons"] == ["figures differ: 12 vs 15"]
    assert store.matches(ids["Fen"])[0]["reasons"] == ["figures differ: 15 vs 12"]


def test_a_same_day_reprint_that_credits_the_wire_is_the_copy_in_either_order(
    store: Store, tmp_path: Path
) -> None:
    """Two versions of one date: the one whose dateline credits another outlet is the
    reprint, whatever the SHA-256 tie rule would say and whichever is stored first."""
    day = date(2026, 3, 1)
    reprint_text = "KESTLE (Dam Wire) - " + WIRE
    # The premise: the fixed tie rule alone would make the reprint the original.
    assert RawDocument(text=reprint_text, source="x").sha256 < RawDocument(
        text=WIRE, source="x"
    ).sha256
    other = Store(f"sqlite:///{tmp_path / 'reverse.sqlite3'}")
    for target, order in ((store, ["wire", "reprint"]), (other, ["reprint", "wire"])):
        ids = {}
        for which in order:
            text, source = (WIRE, "Dam Wire") if which == "wire" else (reprint_text, "Kestle Post")
            ids[which] = target.ingest(RawDocument(text=text, source=source, published=day)).id
        assert target.document(ids["wire"])["copy_of"] is None
        assert target.document(ids["reprint"])["copy_of"] == ids["wire"]
    other.engine.dispose()


def test_claims_kept_for_a_rematch_chunk_read_as_without_a_cache(store: Store) -> None:
    """A rematch chunk keeps what it read of stored claims (``matcher.ClaimCache``):
    what comes back is what a fresh read gives, ids not stored are left out either way,
    and a claim already held is not read again."""
    from factcheck.match import matcher

    ingest(
        store,
        "The Tallow ferry carried 310 passengers on Sunday, the harbour master said.",
        "Quay News",
    )
    ingest(store, "Only 290 passengers were aboard the Tallow ferry on Sunday.", "Sound Radio")
    with store.connect() as conn:
        ids = sorted(conn.execute(sa.text("SELECT id FROM claims")).scalars())
        wanted = [*ids, max(ids) + 100]  # the last one is not stored
        fresh_facts, fresh_frames = matcher._facts_and_frames(conn, wanted)
        cache = matcher.ClaimCache()
        facts, frames = matcher._facts_and_frames(conn, wanted[:1], cache=cache)
        assert list(cache.facts) == wanted[:1]
        facts, frames = matcher._facts_and_frames(conn, wanted, cache=cache)
    assert facts == fresh_facts and frames == fresh_frames
    assert set(facts) == set(ids)
    read: list[Any] = []
    with store.connect() as conn:
        sa.event.listen(conn, "before_cursor_execute", lambda *args: read.append(args))
        again, _ = matcher._facts_and_frames(conn, ids, cache=cache)
    assert again == fresh_facts and read == []
