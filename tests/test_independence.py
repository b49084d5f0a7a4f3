"""Independence from where reporting came from: wire credits, copies and owner groups."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from factcheck.corrections import rename_source
from factcheck.match.independence import (
    DocumentOrigin,
    dependence,
    independent,
    revision,
    set_apart,
)
from factcheck.provenance import find_credits
from factcheck.read import RawDocument
from factcheck.store import Store


@pytest.mark.parametrize(
    ("text", "outlet", "kind"),
    [
        ("KESTROW (Coastal Wire) — The levee broke on Tuesday.", "Coastal Wire", "dateline"),
        (
            "LISDALE, June 3 (Harbour Press Agency) - Voters went.",
            "Harbour Press Agency",
            "dateline",
        ),
        ("The levee broke.\n\n— Coastal Wire\n", "Coastal Wire", "credit"),
        ("The levee broke.\n(Northfield Wire)\n", "Northfield Wire", "credit"),
        (
            "(Reporting by Ana Ruiz for Coastal Wire; editing by Bo Lind)",
            "Coastal Wire",
            "credit",
        ),
        ("Additional reporting by Harbour Press Agency.", "Harbour Press Agency", "credit"),
        ("© 2026 Coastal Wire. All rights reserved.", "Coastal Wire", "credit"),
    ],
)
def test_credit_lines_name_their_outlet(text: str, outlet: str, kind: str) -> None:
    found = find_credits(text)
    assert [(c.outlet, c.kind) for c in found] == [(outlet, kind)]
    assert text[found[0].start : found[0].end] == found[0].text
    assert outlet in found[0].text


@pytest.mark.parametrize(
    "text",
    [
        "(Reporting by Petra Lunde; editing by Jonas Ekwall)",
        "The mayor - who spoke first - said the levee held.",
        "Residents (about 2,500 of them) left.",
    ],
)
def test_people_and_asides_credit_no_outlet(text: str) -> None:
    assert [c.outlet for c in find_credits(text) if c.outlet] == []


def test_a_known_outlet_is_recognised_without_an_outlet_word() -> None:
    line = "The levee held.\n(Kallisto)\n"
    assert [c.outlet for c in find_credits(line)] == []
    assert [c.outlet for c in find_credits(line, ["Kallisto"])] == ["Kallisto"]
    assert [c.outlet for c in find_credits(line, ["KALLISTO"])] == ["Kallisto"]


@pytest.mark.parametrize(
    "line",
    ["BRENMOOR, May 2 (Kallisto) - Text.", "BRENMOOR (Kallisto) - Text.", "(Kallisto) - Text."],
)
def test_a_datelines_wire_is_its_outlet_whatever_its_name(line: str) -> None:
    # "LONDON (Reuters) -": by the wires' convention the brackets name the supplying outlet.
    assert [(c.kind, c.outlet) for c in find_credits(line)] == [("dateline", "Kallisto")]


def test_a_wire_dateline_makes_the_wire_a_dependency(store: Store) -> None:
    result = store.ingest(
        _doc("HARL (Nordpost) - The quay flooded on Tuesday.", "Quayside Courier")
    )
    assert result.credit == "Nordpost"
    assert "Nordpost" in {s["name"] for s in store.sources()}
    # The same text again is a duplicate that names the stored document's credit too.
    again = store.ingest(
        _doc("HARL (Nordpost) - The quay flooded on Tuesday.", "Quayside Courier")
    )
    assert (again.status, again.id, again.credit) == ("duplicate", result.id, "Nordpost")


def test_a_photo_agency_in_a_caption_is_no_dependency(store: Store) -> None:
    text = (
        "Photo: The flooded quay at dawn. Ann Lee/Harbour Picture Agency\n\n"
        "The quay flooded on Tuesday after 40 mm of rain, the harbour master said."
    )
    result = store.ingest(_doc(text, "Quayside Courier"))
    assert result.credit is None
    assert "Harbour Picture Agency" not in {s["name"] for s in store.sources()}


def test_independence_passes_through_credits_copies_and_groups() -> None:
    wire = DocumentOrigin(1, source_id=10)
    credited = DocumentOrigin(2, source_id=20, depends_on=frozenset({10}))
    other = DocumentOrigin(3, source_id=30)
    assert not independent(wire, credited)
    assert independent(credited, other)
    # A copy of a sister paper's story: the copy depends on the sister paper's outlet,
    # and so on its owner group.
    sister = DocumentOrigin(4, source_id=40, owner_group="Harbour Media")
    copy = DocumentOrigin(
        5, source_id=50, copy_of=6, depends_on=frozenset({60}), groups=frozenset({"Harbour Media"})
    )
    assert not independent(sister, copy)
    assert independent(copy, other)
    # Symmetric, whatever the order.
    for a, b in [(wire, credited), (sister, copy), (credited, other)]:
        assert independent(a, b) == independent(b, a)


WIRE = (
    "BRENMOOR, May 4 (Coastal Wire) - The Brenmoor council approved a $42 million budget "
    "for the Quayside tram extension on Tuesday, council leader Orla Venn said.\n\n"
    "Work on the Quayside line is due to start in September, Venn said."
)
EDITED = (
    "BRENMOOR (Coastal Wire) — Brenmoor's council approved a $42 million budget for the "
    "Quayside tram extension on Tuesday, according to council leader Orla Venn.\n\n"
    "Work on the Quayside line should start in September."
)
OWN = (
    "The Brenmoor council approved a $42 million budget for the Quayside tram extension "
    "on Tuesday, our reporter at the meeting saw.\n\n"
    "Orla Venn, the council leader, said work would start in September."
)


def _doc(text: str, source: str) -> RawDocument:
    return RawDocument(text=text, source=source, title="Tram budget", published=date(2026, 5, 4))


def _budget_claim(store: Store, document_id: int) -> dict:
    return next(c for c in store.claims(document=document_id) if "$42 million" in c["text"])


def test_a_wire_credit_makes_an_edited_document_dependent(store: Store) -> None:
    wire = store.ingest(_doc(WIRE, "Coastal Wire"))
    edited = store.ingest(_doc(EDITED, "Brenmoor Evening Star"))
    assert edited.credit == "Coastal Wire"
    assert edited.copy_of is None, "edited enough not to be a near-copy"
    doc = store.document(edited.id)
    assert doc["credit"] == "Coastal Wire"
    claim = _budget_claim(store, edited.id)
    links = [m for m in store.matches(claim["id"]) if m["document_id"] == wire.id]
    assert links and not any(m["independent"] for m in links)
    assert claim["status"] == "unverified"
    own = store.ingest(_doc(OWN, "Quayside Courier"))
    mine = _budget_claim(store, own.id)
    assert store.claim(mine["id"])["status"] == "corroborated"
    sources = {s["name"]: s for s in store.sources()}
    assert sources["Coastal Wire"]["documents"] == 1


def test_the_credited_wire_becomes_a_source_before_it_is_ingested(store: Store) -> None:
    edited = store.ingest(_doc(EDITED, "Brenmoor Evening Star"))
    assert "Coastal Wire" in {s["name"] for s in store.sources()}
    wire = store.ingest(_doc(WIRE, "Coastal Wire"))
    claim = _budget_claim(store, wire.id)
    assert store.claim(claim["id"])["status"] == "unverified"
    assert edited.credit == "Coastal Wire"


def _origin(doc: int, source: int, **kw: object) -> DocumentOrigin:
    return DocumentOrigin(doc, source, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        (_origin(1, 1), _origin(2, 2), None),
        (_origin(1, 1), _origin(2, 1), "same outlet: Tern Courier"),
        (_origin(2, 2, copy_of=1), _origin(1, 1), "this document reprints the other (document 1)"),
        (
            _origin(1, 1),
            _origin(2, 2, copy_of=1),
            "the other document reprints this one (document 2)",
        ),
        (_origin(2, 2, copy_of=1), _origin(3, 3, copy_of=1), "both reprint document 1"),
        (
            _origin(1, 1, depends_on=frozenset({9})),
            _origin(2, 2, depends_on=frozenset({9})),
            "both carry reporting from Gannet Wire",
        ),
        (
            _origin(1, 9),
            _origin(2, 2, depends_on=frozenset({9})),
            "the other document carries this outlet's reporting (Gannet Wire)",
        ),
        (
            _origin(1, 1, owner_group="Heron"),
            _origin(2, 2, groups=frozenset({"heron"})),
            "same owner group: heron",
        ),
    ],
)
def test_dependence_names_the_closest_tie(
    a: DocumentOrigin, b: DocumentOrigin, words: str | None
) -> None:
    names = {1: "Tern Courier", 2: "Skua Times", 3: "Ruff Daily", 9: "Gannet Wire"}
    assert dependence(a, b, names) == words
    assert (dependence(b, a, names) is None) is (words is None)


def test_a_conflict_between_dependent_reports_reads_as_an_update() -> None:
    earlier = _origin(1, 1, published=date(2026, 6, 2))
    later = _origin(2, 1, published=date(2026, 6, 5))
    assert revision(earlier, later) == (
        "superseded by a later report from the same source (2026-06-05): an update, not a dispute"
    )
    assert revision(later, earlier) == (
        "updates an earlier report from the same source (2026-06-02): an update, not a dispute"
    )
    assert revision(earlier, _origin(3, 3)) is None


def test_show_and_matches_say_an_update_is_not_a_dispute(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from factcheck.cli import app

    runner = CliRunner()
    for day, figure in ((2, "340"), (3, "410")):
        path = tmp_path / f"tunnel-{day}.txt"
        path.write_text(
            f"The Saltmere tunnel fire forced {figure} drivers to abandon their cars on Monday.",
            encoding="utf-8",
        )
        result = runner.invoke(
            app,
            ["ingest", str(path), "--source", "Saltmere Herald", "--published", f"2026-06-0{day}"],
        )
        assert result.exit_code == 0, result.stderr
    for command in ("show", "matches"):
        result = runner.invoke(app, [command, "1"], env={"COLUMNS": "80"})
        assert result.exit_code == 0, result.stderr
        text = " ".join(result.stdout.split())
        assert "unverified" in text and "disputed" not in text
        assert "same outlet: Saltmere Herald" in text
        assert "superseded by a later report from the same source (2026-06-03)" in text
        assert all(len(line) <= 80 for line in result.stdout.splitlines())


def test_a_credited_outlet_is_found_whatever_the_case_of_its_letters(store: Store) -> None:
    """An outlet written in capitals in a credit is the stored outlet, also when its name
    has capitals beyond ASCII (SQL's lower() folds only A-Z on SQLite): no second outlet
    is made, and the document depends on the one stored."""
    first = store.ingest(_doc("The ferry to Vell ran late on Monday.", "VellÅsen"))
    text = "The ferry to Vell ran late on Monday, the harbour office said.\n(VELLÅSEN)\n"
    result = store.ingest(_doc(text, "Quayside Courier"))
    assert result.credit == "VELLÅSEN"
    names = [s["name"] for s in store.sources()]
    assert sorted(names) == ["Quayside Courier", "VellÅsen"]
    with store.connect() as conn:
        depends = conn.execute(
            sa.text("SELECT depends_on_source_id FROM documents WHERE id = :id"),
            {"id": result.id},
        ).scalar_one()
        own = conn.execute(
            sa.text("SELECT source_id FROM documents WHERE id = :id"), {"id": first.id}
        ).scalar_one()
    assert depends == own


def test_renaming_an_outlet_keeps_it_recognised_by_its_new_name(store: Store) -> None:
    store.ingest(_doc("The ferry to Vell ran late on Monday.", "Kallisto"))
    rename_source(store, "Kallisto", "Vellbladet", reviewer="desk")
    text = "The ferry to Vell ran late on Monday, the harbour office said.\n(VELLBLADET)\n"
    assert store.ingest(_doc(text, "Quayside Courier")).credit == "VELLBLADET"
    assert sorted(s["name"] for s in store.sources()) == ["Quayside Courier", "Vellbladet"]


def test_a_document_judged_another_event_is_set_apart_from_that_story_only() -> None:
    # Story 7 holds the derailment; a report of a coach crash two days on was judged
    # another event than story 7 (and than nothing else) when it was stored.
    coach = DocumentOrigin(document_id=3, source_id=2, story_id=9, apart_from=frozenset({7}))
    derailment = DocumentOrigin(document_id=1, source_id=1, story_id=7)
    elsewhere = DocumentOrigin(document_id=5, source_id=3, story_id=8)
    assert set_apart(coach, derailment) and set_apart(derailment, coach)
    assert not set_apart(coach, elsewhere)
    # A person's move says the same of the story the document left.
    moved = DocumentOrigin(document_id=4, source_id=4, story_id=9, left_story=8)
    assert set_apart(moved, elsewhere) and not set_apart(moved, derailment)
    # Once a person merged the two stories, their documents are one event again.
    merged = DocumentOrigin(document_id=1, source_id=1, story_id=9)
    assert not set_apart(coach, merged)


# An outlet's own later report supersedes its earlier figure (status.claim_status).
_FIRST = (
    "A gas explosion wrecked a bakery in Dunmarsh on Friday morning.\n\n"
    "Two workers were injured in the explosion, the ambulance service said."
)
_OTHER = (
    "A bakery in Dunmarsh was wrecked by a gas explosion on Friday.\n\n"
    "Six workers were injured in the Dunmarsh explosion, the ambulance service said."
)
_UPDATE = (
    "The number of workers hurt in the Dunmarsh bakery explosion has risen to six.\n\n"
    "Six workers were injured in the explosion, the ambulance service said on Saturday."
)


def _ingest_bakery(store: Store, order: str) -> dict[str, int]:
    """The three reports in the given order; returns each one's injured-count claim id."""
    reports = {
        "first": RawDocument(
            text=_FIRST, source="Dunmarsh Radio", title="Blast", published=date(2026, 9, 4)
        ),
        "other": RawDocument(
            text=_OTHER, source="Fenland Post", title="Bakery blast", published=date(2026, 9, 4)
        ),
        "update": RawDocument(
            text=_UPDATE, source="Dunmarsh Radio", title="Blast", published=date(2026, 9, 5)
        ),
    }
    ids: dict[str, int] = {}
    for name in order.split():
        doc = store.ingest(reports[name])
        ids[name] = next(
            c["id"]
            for c in store.claims(document=doc.id)
            if "were injured" in c["text"]
        )
    return ids


@pytest.mark.parametrize(
    "order", ["first other update", "update other first", "other update first"]
)
def test_an_outlets_superseded_figure_neither_disputes_nor_counts(store: Store, order: str) -> None:
    ids = _ingest_bakery(store, order)
    status = {name: store.claim(cid)["status"] for name, cid in ids.items()}
    # Fenland Post's six agrees with the radio's own newer six; the radio's earlier two
    # is no longer its account, so it disputes nobody and nobody disputes it.
    assert status == {"first": "unverified", "other": "corroborated", "update": "corroborated"}
    link = next(m for m in store.matches(ids["first"]) if m["claim_id"] == ids["other"])
    assert link["relation"] == "conflicts" and link["independent"]
    assert link["superseded"] and "updated by the same outlet" in link["superseded"]
    seen_from_other = next(m for m in store.matches(ids["other"]) if m["claim_id"] == ids["first"])
    assert "its outlet has updated since" in seen_from_other["superseded"]


def test_without_the_update_the_earlier_figure_disputes_again(store: Store) -> None:
    from factcheck.corrections import delete_document

    ids = _ingest_bakery(store, "first other update")
    update_doc = store.claim(ids["update"])["document_id"]
    result = delete_document(store, update_doc, reviewer="desk")
    assert store.claim(ids["first"])["status"] == "disputed"
    assert store.claim(ids["other"])["status"] == "disputed"
    assert result["status_changed"][ids["other"]] == ["corroborated", "disputed"]
    assert not any(m["superseded"] for m in store.matches(ids["first"]))


def test_a_person_deciding_the_update_unrelated_restores_the_dispute(store: Store) -> None:
    from factcheck.review import decide

    ids = _ingest_bakery(store, "first other update")
    update_doc = store.claim(ids["update"])["document_id"]
    own = [m for m in store.matches(ids["first"]) if m["document_id"] == update_doc]
    assert own, "the update's tally and its count both meet the earlier figure"
    results = [decide(store, m["match_id"], "unrelated", reviewer="desk") for m in own]
    assert store.claim(ids["other"])["status"] == "disputed"
    # The decision moved a third claim's status (Fenland Post's six): the result and the
    # audit trail say so, not only the decided pair's two claims.
    moved = [
        c for r in results for c in r["claims"] if c["id"] == ids["other"]
    ]
    assert moved and moved[-1]["status"] == "disputed"
    assert moved[0]["status_before"] == "corroborated"
    from factcheck.audit import describe
    from factcheck.review import history

    trail = [e for e in history(store, ids["other"]) if e["action"] == "decide"]
    moving = [e for e in trail if e["new"] == {"status": "disputed"}]
    assert moving and moving[0]["old"] == {"status": "corroborated"}
    assert moving[0]["match_id"] in {r["match_id"] for r in results}
    assert describe(moving[0]).startswith("status corroborated → disputed because match")


def test_a_superseded_link_counts_only_when_a_person_decided_it() -> None:
    from factcheck.match.status import MatchLink, claim_status

    dispute = MatchLink("conflicts", independent=True)
    assert claim_status([dispute]) == "disputed"
    assert claim_status([MatchLink("conflicts", True, superseded=True)]) == "unverified"
    assert claim_status([MatchLink("corroborates", True, superseded=True)]) == "unverified"
    # A person's decision on the pair still counts.
    decided = MatchLink("conflicts", True, decision="conflicts", superseded=True)
    assert claim_status([decided]) == "disputed"


# Four outlets on two events; one outlet updates its fire count the next day. However the
# reports arrive, every status must be what a full recompute gives (issue #12).
_EVENTS = {
    "courier-fire": (
        "Harlow Courier",
        date(2026, 5, 11),
        "A fire destroyed a timber yard in Ossing on Monday night.\n\n"
        "Three firefighters were hurt in the Ossing fire, the brigade said.",
    ),
    "courier-flood": (
        "Harlow Courier",
        date(2026, 5, 11),
        "The river Lune flooded forty homes in Brackwell on Monday.\n\n"
        "Forty homes were flooded in Brackwell, the council said.",
    ),
    "courier-update": (
        "Harlow Courier",
        date(2026, 5, 12),
        "The number of firefighters hurt in the Ossing timber yard fire has risen to five.\n\n"
        "Five firefighters were hurt in the Ossing fire, the brigade said on Tuesday.",
    ),
    "gazette-fire": (
        "Pendle Gazette",
        date(2026, 5, 12),
        "A timber yard in Ossing burned down on Monday night.\n\n"
        "Five firefighters were hurt in the Ossing fire, the brigade said.",
    ),
    "gazette-flood": (
        "Pendle Gazette",
        date(2026, 5, 11),
        "Brackwell was hit by floods from the river Lune on Monday.\n\n"
        "Forty homes were flooded in Brackwell, the council said.",
    ),
    "mercury-fire": (
        "Wyre Mercury",
        date(2026, 5, 11),
        "A timber yard fire in Ossing on Monday night was put out by dawn.\n\n"
        "Three firefighters were hurt in the Ossing fire, the brigade said.",
    ),
    "mercury-flood": (
        "Wyre Mercury",
        date(2026, 5, 11),
        "The river Lune burst its banks in Brackwell on Monday.\n\n"
        "Sixty homes were flooded in Brackwell, the council said.",
    ),
    "echo-fire": (
        "Ribble Echo",
        date(2026, 5, 12),
        "Fire gutted a timber yard in Ossing on Monday night.\n\n"
        "Five firefighters were hurt in the Ossing fire, the brigade said.",
    ),
}


def _statuses_by_report(store: Store) -> dict[tuple[str, str], str]:
    """Each claim's status, keyed by (report, claim text) so orders can be compared."""
    names: dict[tuple[str, str], str] = {}
    for c in store.claims():
        doc = store.document(c["document_id"], with_text=True)
        key = next(k for k, (_, _, text) in _EVENTS.items() if text == doc["text"])
        names[key, c["text"]] = c["status"]
    return names


@pytest.mark.parametrize(
    "order",
    [
        "courier-fire courier-flood courier-update gazette-fire gazette-flood mercury-fire "
        "mercury-flood echo-fire",
        "courier-update echo-fire gazette-fire mercury-fire courier-fire mercury-flood "
        "gazette-flood courier-flood",
        "mercury-fire courier-fire echo-fire courier-update gazette-flood courier-flood "
        "gazette-fire mercury-flood",
        "gazette-fire courier-update mercury-flood mercury-fire echo-fire courier-flood "
        "courier-fire gazette-flood",
    ],
)
def test_statuses_after_ingest_in_any_order_equal_a_full_recompute(
    store: Store, order: str
) -> None:
    from factcheck.match import matcher

    for name in order.split():
        source, published, text = _EVENTS[name]
        store.ingest(RawDocument(text=text, source=source, title=name, published=published))
    ingested = _statuses_by_report(store)
    # The courier's own later five supersedes its three: that three disputes no one, and
    # the five stands with the two other outlets' five whichever report came first.
    fire = "firefighters were hurt in the Ossing fire, the brigade said"
    assert ingested["courier-fire", f"Three {fire}."] == "unverified"
    assert ingested["gazette-fire", f"Five {fire}."] == "corroborated"
    assert ingested["courier-update", f"Five {fire} on Tuesday."] == "corroborated"
    with store.transaction() as conn:
        ids = list(conn.execute(sa.select(matcher.claims_t.c.id)).scalars())
        matcher.refresh_status(conn, ids)
    assert _statuses_by_report(store) == ingested
    store.rematch(everything=True)
    assert _statuses_by_report(store) == ingested


def _assert_statuses_equal_a_full_recompute(store: Store) -> dict[tuple[str, str], str]:
    from factcheck.match import matcher

    stored = _statuses_by_report(store)
    with store.transaction() as conn:
        ids = list(conn.execute(sa.select(matcher.claims_t.c.id)).scalars())
        matcher.refresh_status(conn, ids)
    assert _statuses_by_report(store) == stored
    return stored


def test_a_corrected_date_that_turns_an_update_around_moves_every_status_it_reads(
    store: Store,
) -> None:
    from factcheck.corrections import edit_document

    docs = {}
    for name in ("courier-fire", "courier-update", "gazette-fire", "mercury-fire", "echo-fire"):
        source, published, text = _EVENTS[name]
        docs[name] = store.ingest(
            RawDocument(text=text, source=source, title=name, published=published)
        ).id
    _assert_statuses_equal_a_full_recompute(store)
    # The courier's three was in fact published after its five: the five is the figure
    # the courier has since replaced, and the three is its account now.
    edit_document(
        store, docs["courier-fire"], {"published": date(2026, 5, 13)}, reviewer="desk"
    )
    statuses = _assert_statuses_equal_a_full_recompute(store)
    fire = "firefighters were hurt in the Ossing fire, the brigade said"
    assert statuses["courier-fire", f"Three {fire}."] == "disputed"
    assert statuses["gazette-fire", f"Five {fire}."] == "disputed"


def test_a_claim_no_longer_superseded_moves_partners_its_updater_never_met(
    store: Store,
) -> None:
    from factcheck.match import matcher

    docs = {}
    for name in ("courier-fire", "gazette-fire", "mercury-fire", "echo-fire"):
        source, published, text = _EVENTS[name]
        docs[name] = store.ingest(
            RawDocument(text=text, source=source, title=name, published=published)
        ).id
    # One owner group: the gazette's five a day later is the courier's own update.
    store.update_source("Harlow Courier", owner_group="Lancaster Media")
    store.update_source("Pendle Gazette", owner_group="Lancaster Media")
    # In a large story a claim meets only its best-ranked candidates: here the gazette's
    # report never met the mercury's or the echo's, so they meet the update only through
    # the courier's superseded three.
    with store.transaction() as conn:
        own = sa.select(matcher.claims_t.c.id).where(
            matcher.claims_t.c.document_id == docs["gazette-fire"]
        )
        others = sa.select(matcher.claims_t.c.id).where(
            matcher.claims_t.c.document_id.in_([docs["mercury-fire"], docs["echo-fire"]])
        )
        m = matcher.matches_t
        conn.execute(
            sa.delete(m).where(
                sa.or_(
                    sa.and_(m.c.claim_id.in_(own), m.c.other_claim_id.in_(others)),
                    sa.and_(m.c.claim_id.in_(others), m.c.other_claim_id.in_(own)),
                )
            )
        )
        matcher.refresh_status(conn, list(conn.execute(sa.select(matcher.claims_t.c.id)).scalars()))
    fire = "firefighters were hurt in the Ossing fire, the brigade said"
    assert _statuses_by_report(store)["mercury-fire", f"Three {fire}."] == "unverified"
    # The gazette leaves the group: the courier's three is its own account again, so the
    # mercury's three is corroborated by it.
    store.update_source("Pendle Gazette", owner_group=None)
    statuses = _assert_statuses_equal_a_full_recompute(store)
    assert statuses["mercury-fire", f"Three {fire}."] == "corroborated"
