"""Reprints in the report: a reprinted claim is its original's claim, never a second voice.

Our own invented articles: Brack Gazette reports a flood, Cole FM reprints the report word
for word (the syndication module finds the copy), and Dunmore Post reports the same event
on its own.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from factcheck.read import RawDocument
from factcheck.report import (
    ReportFilter,
    gather_report,
    render_report,
    to_csv,
    to_html,
    to_json,
    to_markdown,
)
from factcheck.report.facts import group_facts
from factcheck.report.model import ClaimEntry
from factcheck.store import Store
from tests.report_fixture import claim_entry, match_link, reprints_of

# Brack Gazette (doc 1) states it, Cole FM (doc 2) reprints doc 1, Dunmore Post (doc 3)
# reports on its own.
_ORIGINAL = "The river broke its banks at Tollby and flooded 60 homes on Monday."
_OWN = "Sixty homes in Tollby were flooded when the river broke its banks on Monday."


def _flood_claims() -> dict[int, ClaimEntry]:
    return {
        1: claim_entry(1, 1, "Brack Gazette", _ORIGINAL),
        2: claim_entry(2, 2, "Cole FM", _ORIGINAL, "2026-05-05"),
        3: claim_entry(3, 3, "Dunmore Post", _OWN),
    }


def test_reprinted_claims_are_found_by_their_words() -> None:
    claims = {
        **_flood_claims(),
        # Cole FM's own paragraph in its copy, and an edited figure: its own words
        4: claim_entry(4, 2, "Cole FM", "Cole FM listeners sent pictures of the flooded square."),
        5: claim_entry(
            5, 2, "Cole FM", "The river broke its banks at Tollby and flooded 70 homes."
        ),
        # a copy of the copy traces back to the first original
        6: claim_entry(6, 4, "Eske Weekly", _ORIGINAL.upper().replace(",", "")),
    }
    assert reprints_of(claims.values(), {2: 1, 4: 2}) == {2: 1, 6: 1}
    assert reprints_of(claims.values(), {}) == {}


@pytest.mark.parametrize(
    "copy_link",
    [
        # "on Monday" read from the reprint's later day: the matcher sees another date
        match_link(1, 1, 2, "conflicts", False),
        match_link(1, 1, 2, "conflicts", False, held=True),  # or asks a person
        match_link(1, 1, 2, "corroborates", False, held=True),
        None,  # or never compared the two
    ],
)
def test_a_reprint_stays_in_its_originals_unit(copy_link: dict[str, Any] | None) -> None:
    """Whatever the matcher made of a reprint and its original, the reprinted claim stands
    beside its original, marked as a copy; it is never the reprinting outlet's own version
    nor a line of its own to review."""
    claims = _flood_claims()
    pairs = [
        match_link(2, 1, 3, "corroborates", True),
        # the reprint's own held link to the independent report disagrees with the
        # original's: a question the original's standing link answers for both
        match_link(3, 2, 3, "conflicts", True, held=True),
    ]
    if copy_link is not None:
        pairs.append(copy_link)
    [fact] = group_facts(list(claims.values()), pairs, claims, {2}, {2: 1})
    [position] = fact.positions
    assert (position.stance, position.claim_ids) == ("states", (1, 2, 3))
    assert position.copies == ("Cole FM",)
    assert fact.status == "corroborated"
    assert fact.contradicted_by == ()
    held = copy_link is not None and copy_link["needs_review"]
    assert fact.pending_reviews == (2 if held else 1)  # the held matches still wait


@pytest.mark.parametrize("decision", [None, "conflicts"])
def test_a_reprints_conflict_that_counts_disputes_beside_its_original(
    decision: str | None,
) -> None:
    """A conflict of the reprint that counts toward the claims' statuses (a standing
    automatic one, or a person's decision on the reprint's own held match) makes the
    reprint and the independent report disputed in ``claims``, so the report shows it:
    the reprint still sits beside its original, and the independent report contradicts."""
    claims = _flood_claims()
    pairs = [
        match_link(1, 1, 2, "corroborates", False),
        match_link(2, 1, 3, "corroborates", True),
        match_link(3, 2, 3, "conflicts", True, held=decision is not None, decision=decision),
    ]
    [fact] = group_facts(list(claims.values()), pairs, claims, {2}, {2: 1})
    shown = {p.stance: p.claim_ids for p in fact.positions}
    assert shown == {"states": (1, 2), "contradicts": (3,)}
    assert fact.status == "disputed"
    assert fact.contradicted_by == ("Dunmore Post",)


def test_a_claim_a_copy_rewords_is_not_marked_as_a_copy() -> None:
    """A near-copy's sentence in other words than its original's is the reprinting
    outlet's own: it stands with the others who state the fact, without "(copy)"."""
    reworded = "Sixty homes at Tollby were flooded on Monday when the river broke its banks."
    claims = {
        **_flood_claims(),
        2: claim_entry(2, 2, "Cole FM", reworded, "2026-05-05"),
    }
    pairs = [
        match_link(1, 1, 2, "corroborates", False),
        match_link(2, 1, 3, "corroborates", True),
        match_link(3, 2, 3, "corroborates", True),
    ]
    reprints = reprints_of(claims.values(), {2: 1})
    assert reprints == {}
    [fact] = group_facts(list(claims.values()), pairs, claims, {2}, reprints)
    [position] = fact.positions
    assert position.claim_ids == (1, 2, 3)
    assert position.copies == ()
    assert all(w.copies == () for w in position.wordings)


def test_a_reprint_link_stands_where_its_original_has_none() -> None:
    """Where only the reprint was compared with a third report, its link is the original's
    (the reprint joins them), and a conflict so found still disputes the fact."""
    claims = {
        **_flood_claims(),
        4: claim_entry(4, 4, "Fenwick News", "The river flooded 90 homes in Tollby on Monday."),
    }
    pairs = [
        match_link(1, 1, 2, "corroborates", False),
        match_link(2, 2, 3, "corroborates", True),
        match_link(3, 2, 4, "conflicts", True),
    ]
    [fact] = group_facts(list(claims.values()), pairs, claims, {2}, {2: 1})
    stances = {p.stance: p.claim_ids for p in fact.positions}
    assert stances == {"states": (1, 2, 3), "contradicts": (4,)}
    assert fact.stated_by == ("Brack Gazette", "Cole FM", "Dunmore Post")
    assert fact.contradicted_by == ("Fenwick News",)


def test_a_person_s_conflict_inside_a_family_of_reprints_keeps_the_two_apart() -> None:
    """Eske Weekly reprints Cole FM's reprint of Brack Gazette's report; the store judged
    Eske's copy independent of the Gazette and a person called the two conflicting. Both
    are disputed in ``claims``, so the report never puts them in one unit: the fact is
    disputed, the two on opposite sides."""
    claims = {
        **_flood_claims(),
        4: claim_entry(4, 4, "Eske Weekly", _ORIGINAL, "2026-05-06"),
    }
    pairs = [
        match_link(1, 1, 2, "corroborates", False, held=True),
        match_link(2, 2, 4, "corroborates", False, held=True),
        match_link(3, 1, 4, "corroborates", True, decision="conflicts"),
        match_link(4, 1, 3, "corroborates", True),
    ]
    [fact] = group_facts(list(claims.values()), pairs, claims, {2, 4}, {2: 1, 4: 1})
    side = {c: p.stance for p in fact.positions for c in p.claim_ids}
    assert {side[1], side[4]} == {"states", "contradicts"}
    assert fact.status == "disputed"


def test_a_reprint_never_corroborates_its_original() -> None:
    """An original and its reprint alone are one report, even where a stored match calls
    them independent: no fact, and nothing corroborated."""
    claims = {c: e for c, e in _flood_claims().items() if c != 3}
    pairs = [match_link(1, 1, 2, "corroborates", True)]
    assert group_facts(list(claims.values()), pairs, claims, {2}, {2: 1}) == []


_GAZETTE = (
    "The Tollby river broke its banks on Sunday night after a week of rain. "
    "Mayor Orla Penrith said 60 homes were flooded in the lower town. "
    "The county council will open an inquiry into the flood defences next week. "
    "Repairs to the Tollby embankment will cost 3 million euros, the council said."
)
_POST = (
    "Flooding hit the lower town of Tollby on Sunday night when the river rose. "
    "The county council will open an inquiry into the flood defences next week, "
    "its chair said. "
    "Mayor Orla Penrith said sixty homes were flooded. "
    "Farmers upstream had asked for new gates on the Tollby embankment last year."
)


@pytest.fixture
def reprint_store(db_url: str) -> Iterator[Store]:
    """Cole FM reprints Brack Gazette's article a day later; Dunmore Post reports on its
    own. Sunday 3 May and Monday 4 May 2026: "next week" read from the reprint's own day
    is another week."""
    store = Store(db_url)
    store.ingest(RawDocument(text=_GAZETTE, source="Brack Gazette", published=date(2026, 5, 3)))
    store.ingest(RawDocument(text=_GAZETTE, source="Cole FM", published=date(2026, 5, 4)))
    store.ingest(RawDocument(text=_POST, source="Dunmore Post", published=date(2026, 5, 3)))
    yield store
    store.engine.dispose()


def test_a_stored_reprint_sits_with_its_original(reprint_store: Store) -> None:
    """Every claim of the reprint sits with the claim it reprints, and no fact the Gazette
    and the Post state shows Cole FM on a line of its own."""
    store = reprint_store
    docs = {d["source"]: d for d in store.documents()}
    assert docs["Cole FM"]["copy_of"] == docs["Brack Gazette"]["id"]
    report = gather_report(store, with_text=False)
    claims = {c.id: c for c in report.claims}
    reprints = reprints_of(
        claims.values(), {docs["Cole FM"]["id"]: docs["Brack Gazette"]["id"]}
    )
    assert len(reprints) == sum(1 for c in claims.values() if c.source == "Cole FM")
    facts = [f for s in report.stories for f in s.facts]
    assert facts, "the Gazette and the Post agree on something"
    for fact in facts:
        where = {c: p for p in fact.positions for c in p.claim_ids}
        for copy, original in reprints.items():
            if original in where:
                assert where.get(copy) is where[original], (fact.id, copy, original)
                assert "Cole FM" in where[original].copies
        assert "Cole FM" not in fact.contradicted_by


def test_a_reprint_is_no_second_source_in_any_format(reprint_store: Store) -> None:
    """The "one source only" list names a reprinted claim once, by its original, which
    says who reprints it; its count, the JSON entries and the CSV rows agree."""
    report = gather_report(reprint_store, with_text=True)
    claims = {c.id: c for c in report.claims}
    listed = report.unverified_checkworthy
    assert listed, "the Gazette has claims nobody else reports"
    assert not [i for i in listed if claims[i].reprint_of is not None]
    originals = [i for i in listed if claims[i].source == "Brack Gazette"]
    assert originals and all(report.reprinted_by(i) == ("Cole FM",) for i in originals)

    table = render_report(report, "table", width=200)
    assert f"({len(listed)}; one source only)" in table
    section = table.split("one source only", 1)[1].split("Outlets", 1)[0]
    assert "Cole FM:" not in section  # never an entry of its own
    for i in originals:
        assert re.search(rf"\b{i} Brack Gazette \(reprinted by Cole FM\)", section)
    md = to_markdown(report).split("## Unverified check-worthy claims", 1)[1].split("##", 1)[0]
    assert md.count("\n- ") == len(listed) and "— Cole FM" not in md
    assert md.count("(reprinted by Cole FM)") == len(originals)
    page = to_html(report).split("Unverified claims worth checking", 1)[1].split("</ul>", 1)[0]
    assert page.count("<li>") == len(listed) and page.count("reprinted by Cole FM") == len(
        originals
    )
    entries = json.loads(to_json(report))["unverified_checkworthy"]
    assert [e["id"] for e in entries] == list(listed)
    assert {e["id"]: e["reprinted_by"] for e in entries if e["reprinted_by"]} == {
        i: ["Cole FM"] for i in originals
    }
    assert all(e["reprint_of"] is None for e in entries)
    # CSV: where Cole FM states a fact only in its reprint, the row says so
    for row in csv.DictReader(io.StringIO(to_csv(report))):
        if "Cole FM" in row["outlets"].split("; "):
            assert row["copies"] == "Cole FM", row

    # Shown alone (the Gazette filtered out), the reprint is listed, as a reprint.
    alone = gather_report(reprint_store, ReportFilter(source="Cole FM"), with_text=False)
    for i in alone.unverified_checkworthy:
        original = claims[i].reprint_of
        assert original is not None
        words = f"reprint of Brack Gazette's claim {original}"
        assert alone.reprint_words(i) == words
        assert words in render_report(alone, "table", width=200)


def test_reprint_words_follow_the_reports_own_claims() -> None:
    """The original → reprinting outlets map is built once per report: a report made from
    another with other claims (``dataclasses.replace``) reads its own, not the first's."""
    from dataclasses import replace

    from tests.report_fixture import sample_report

    text = "The river rose 3 metres in Brack on Sunday."
    original = claim_entry(1, 1, "Brack Gazette", text)
    reprints = (
        replace(claim_entry(2, 2, "Cole FM", text), reprint_of=1),
        replace(claim_entry(3, 3, "Eskby Echo", text), reprint_of=1),
        replace(claim_entry(4, 4, "Cole FM", text), reprint_of=1),
    )
    first = replace(sample_report(), claims=(original, *reprints))
    assert first.reprinted_by(1) == ("Cole FM", "Eskby Echo")
    assert first.reprint_words(1) == "reprinted by Cole FM, Eskby Echo"
    assert first.reprint_words(3) == "reprint of Brack Gazette's claim 1"
    assert (
        first.reprinted_by(2) == ()
        and first.reprint_words(2) == "reprint of Brack Gazette's claim 1"
    )
    second = replace(first, claims=(original, reprints[1]))
    assert second.reprinted_by(1) == ("Eskby Echo",)
    assert first.reprinted_by(1) == ("Cole FM", "Eskby Echo")
    alone = replace(first, claims=(reprints[0],))
    assert alone.reprint_words(2) == "reprint of claim 1"


_TOLL = "The ferry Orla capsized off Hewn Point carrying 48 passengers."
_BLAME = "Harbour master Ida Brenn said the ferry was overloaded."


@pytest.mark.parametrize("updated", [False, True])
@pytest.mark.parametrize("held", [False, True])
def test_a_match_across_two_sentences_of_one_wire_story_joins_no_facts(
    updated: bool, held: bool
) -> None:
    """A match between one sentence of an original and another sentence of its reprint
    (a pair the store made before the matcher ruled such pairs out, then decided by a
    person, or still held) asks whether two sentences of one article agree: it links no
    facts. The second sentence, which an independent outlet corroborates, stays a fact of
    its own, stated by the original, its reprint and the independent outlet, whatever
    the first sentence's fact makes of its outlets' other reports (the wire's later
    update of its figure, which supersedes the first)."""
    claims = {
        1: claim_entry(1, 1, "Skerry Wire", _TOLL),
        2: claim_entry(2, 1, "Skerry Wire", _BLAME),
        3: claim_entry(3, 2, "Tarn Herald", _TOLL, "2026-05-05"),
        4: claim_entry(4, 2, "Tarn Herald", _BLAME, "2026-05-05"),
        5: claim_entry(
            5, 3, "Vale Post", "Ida Brenn, the harbour master, said the ferry was overloaded."
        ),
        6: claim_entry(6, 3, "Vale Post", "The Orla was carrying 48 passengers when it capsized."),
        7: claim_entry(7, 4, "Skerry Wire", "The Orla was carrying 52 passengers.", "2026-05-07"),
    }
    pairs = [
        match_link(1, 1, 6, "corroborates", True),
        match_link(2, 2, 5, "corroborates", True),
        # claim 1 of the wire story against its reprint's other sentence (claim 4)
        match_link(3, 1, 4, "conflicts", False, held=held, decision=None if held else "conflicts"),
        match_link(4, 1, 7, "conflicts", False),  # the wire's own update
    ]
    superseded = frozenset({1}) if updated else frozenset()
    facts = group_facts(list(claims.values()), pairs, claims, {2}, {3: 1, 4: 2}, superseded)
    [blame] = [f for f in facts if 2 in {c for p in f.positions for c in p.claim_ids}]
    assert blame.status == "corroborated"
    [position] = blame.positions
    assert (position.stance, position.claim_ids) == ("states", (2, 4, 5))
    assert not {1, 3, 6, 7} & {c for p in blame.positions for c in p.claim_ids}
    # a held question across the two sentences still waits for a person
    assert sum(f.pending_reviews for f in facts) == (1 if held else 0)
