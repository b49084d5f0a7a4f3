"""Independence from where reporting came from: wire credits, copies and owner groups."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.match.independence import DocumentOrigin, independent
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
    line = "BRENMOOR, May 2 (Kallisto) - Text."
    assert [c.outlet for c in find_credits(line)] == [None]
    assert [c.outlet for c in find_credits(line, ["Kallisto"])] == ["Kallisto"]
    assert [c.outlet for c in find_credits(line, ["KALLISTO"])] == ["Kallisto"]


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
