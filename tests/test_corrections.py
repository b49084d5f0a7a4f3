"""Corrections on SQLite and PostgreSQL: deleting and editing documents, renaming and
merging outlets — each all or nothing, statuses following, with a history row."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from factcheck import audit, corrections, review
from factcheck.cli import app
from factcheck.errors import InputError, NotFoundError
from factcheck.match import independence, matcher
from factcheck.read import RawDocument
from factcheck.store import Store

KILLED_12 = "The Harl Bridge collapse killed 12 people on Monday."
KILLED_12_POLICE = "The Harl Bridge collapse killed 12 people on Monday, police said."
KILLED_15 = "The Harl Bridge collapse killed 15 people on Monday."

WIRE = (
    "Engineers closed the Varrow Dam spillway on Thursday after cracks appeared in its "
    "eastern wall. The regional water board brought in 22 portable pumps from two nearby "
    "counties to lower the reservoir. About 900 households downstream were told to prepare "
    "for evacuation, and the board said the reservoir level had dropped by 40 centimetres "
    "overnight. Inspectors from the national dam authority are due on Saturday."
)


def ingest(store: Store, text: str, source: str, **meta: object) -> int:
    return store.ingest(RawDocument(text=text, source=source, **meta)).id  # type: ignore[arg-type]


def status(store: Store, source: str) -> str:
    [claim] = store.claims(source=source)
    return str(claim["status"])


def count(store: Store, table: str) -> int:
    with store.connect() as conn:
        return int(conn.execute(sa.text(f"SELECT COUNT(*) FROM {table}")).scalar_one())


def test_delete_document_takes_everything_and_statuses_follow(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    doc = ingest(store, KILLED_15, "Coast Radio")
    assert status(store, "Valley Post") == "disputed"
    [theirs] = store.claims(source="Coast Radio")
    [match] = store.matches(theirs["id"])
    review.decide(store, match["match_id"], "conflicts", reviewer="ana")
    review.give_verdict(store, theirs["id"], "false", reviewer="ana")
    result = corrections.delete_document(store, doc, reviewer="ana", reason="wrong outlet")
    assert result["claims"] == 1 and result["matches"] == 1
    assert result["decisions"] == 1 and result["verdicts"] == 1
    [mine] = store.claims(source="Valley Post")
    assert result["status_changed"] == {mine["id"]: ["disputed", "unverified"]}
    assert mine["status"] == "unverified"
    assert [d["id"] for d in store.documents()] == [doc - 1]
    for table, n in (("matches", 0), ("reviews", 0), ("verdicts", 0), ("claims", 1)):
        assert count(store, table) == n, table
    with store.connect() as conn:
        terms = conn.execute(
            sa.text("SELECT COUNT(*) FROM claim_terms WHERE claim_id = :c"), {"c": theirs["id"]}
        ).scalar_one()
    assert terms == 0
    with pytest.raises(NotFoundError):
        corrections.delete_document(store, doc, reviewer="ana")
    # the history of the deleted claim outlives it, with the deletion recorded
    with store.connect() as conn:
        row = conn.execute(
            sa.text(
                "SELECT action, reason, old_value FROM audit_log "
                "WHERE document_id = :d AND claim_id IS NULL"
            ),
            {"d": doc},
        ).one()
    assert row.action == "document.delete" and row.reason == "wrong outlet"
    assert json.loads(row.old_value)["claims"] == 1
    # its own decisions and verdict, its document's deletion, and its own deletion row
    gone = review.history(store, theirs["id"])
    assert [(h["action"], h["claim_id"]) for h in gone[1:]] == [
        ("verdict", theirs["id"]),
        ("document.delete", None),
        ("document.delete", theirs["id"]),
    ]
    assert gone[0]["action"] == "decide" and theirs["id"] in (
        gone[0]["claim_id"],
        gone[0]["other_claim_id"],
    )
    # the claim whose status the deletion moved has that in its own history, and why
    *_, moved = review.history(store, mine["id"])
    assert moved["action"] == "document.delete" and moved["claim_id"] == mine["id"]
    assert (moved["old"], moved["new"]) == ({"status": "disputed"}, {"status": "unverified"})
    assert moved["document_id"] == doc and moved["reason"] == "wrong outlet"
    assert moved["reviewer"] == "ana"
    # the decision on its match went with the other document: its own history says so
    [dropped] = [
        h
        for h in review.history(store, mine["id"])
        if h["action"] == "document.delete" and "decision" in (h["old"] or {})
    ]
    assert dropped["action"] == "document.delete" and dropped["claim_id"] == mine["id"]
    assert dropped["match_id"] == match["match_id"] and dropped["document_id"] == doc
    assert (dropped["old"], dropped["new"]) == (
        {"decision": "conflicts", "with_claim": theirs["id"]},
        {"decision": None},
    )
    assert (dropped["reviewer"], dropped["reason"]) == ("ana", "wrong outlet")
    assert audit.describe(dropped) == (
        f"decision conflicts on match {match['match_id']} (with claim {theirs['id']}) "
        f"dropped: document {doc} was deleted"
    )
    # the same text can be ingested again afterwards
    again = store.ingest(RawDocument(text=KILLED_15, source="Coast Radio"))
    assert again.status == "ingested"


def test_a_deleted_decision_is_in_the_other_claims_history_when_no_status_moves(
    db_url: str,
) -> None:
    """Deciding 'unrelated' left both claims unverified, so deleting one side moves no
    status; the claim that stays must still show that the decision on it went."""
    opts = ["--db", db_url]
    store = Store(db_url)
    ingest(store, KILLED_12, "Valley Post")
    doc = ingest(store, KILLED_15, "Coast Radio")
    [mine] = store.claims(source="Valley Post")
    [match] = store.matches(mine["id"])
    review.decide(store, match["match_id"], "unrelated", reviewer="ben")
    result = corrections.delete_document(store, doc, reviewer="ben", reason="a duplicate")
    assert result["decisions"] == 1 and result["status_changed"] == {}
    out = CliRunner().invoke(app, [*opts, "history", str(mine["id"])], env={"COLUMNS": "80"})
    assert out.exit_code == 0, out.stderr
    assert f"decision unrelated on match {match['match_id']}" in " ".join(out.stdout.split())
    [last] = review.history(store, mine["id"])[-1:]
    assert last["action"] == "document.delete" and last["old"]["decision"] == "unrelated"


def test_delete_original_promotes_a_copy(store: Store) -> None:
    original = ingest(store, WIRE, "Wire", published=date(2026, 3, 1))
    copy1 = ingest(store, WIRE + " Schools stay open.", "Paper A", published=date(2026, 3, 2))
    copy2 = ingest(store, WIRE + " Roads are shut.", "Paper B", published=date(2026, 3, 3))
    assert store.document(copy1)["copy_of"] == original
    result = corrections.delete_document(store, original, reviewer="ana")
    assert result["new_original"] == copy1
    assert store.document(copy1)["copy_of"] is None
    assert store.document(copy2)["copy_of"] == copy1


def test_a_corrected_date_decides_again_which_copy_is_the_original(store: Store) -> None:
    original = ingest(store, WIRE, "Wire", published=date(2026, 3, 2))
    copy1 = ingest(store, WIRE + " Schools stay open.", "Paper A", published=date(2026, 3, 2))
    copy2 = ingest(store, WIRE + " Roads are shut.", "Paper B", published=date(2026, 3, 3))
    family = (original, copy1, copy2)
    # One day: the fixed rule of ingest decides, whichever version came first.
    first = next(d for d in family if store.document(d)["copy_of"] is None)
    assert {store.document(d)["copy_of"] for d in family if d != first} == {first}
    # A person dates a copy a day earlier: it becomes the original of the family, and
    # no version is a copy of a version dated after it, nor of one that copies it.
    corrections.edit_document(store, copy2, {"published": date(2026, 3, 1)}, reviewer="ana")
    assert store.document(copy2)["copy_of"] is None
    assert store.document(original)["copy_of"] == copy2
    assert store.document(copy1)["copy_of"] == copy2
    # Dated back, the family is as ingest left it.
    corrections.edit_document(store, copy2, {"published": date(2026, 3, 3)}, reviewer="ana")
    assert store.document(first)["copy_of"] is None
    assert {store.document(d)["copy_of"] for d in family if d != first} == {first}


def test_edit_document(store: Store) -> None:
    doc = ingest(store, KILLED_12, "Valley Post", title="Old", author="A. B.")
    result = corrections.edit_document(
        store,
        doc,
        {"title": "Bridge collapse", "published": date(2026, 3, 2), "author": "A. B."},
        reviewer="ana",
        reason="print edition",
    )
    assert result["changed"] == {
        "title": ["Old", "Bridge collapse"],
        "published": [None, "2026-03-02"],
    }
    stored = store.document(doc)
    assert stored["title"] == "Bridge collapse" and stored["published"] == "2026-03-02"
    [claim] = store.claims()
    [entry] = review.history(store, claim["id"])
    assert entry["action"] == "document.edit" and entry["old"] == {
        "title": "Old",
        "published": None,
    }
    assert (
        corrections.edit_document(store, doc, {"title": "Bridge collapse"}, reviewer="a")["changed"]
        == {}
    )
    with pytest.raises(InputError):
        corrections.edit_document(store, doc, {"text": "x"}, reviewer="ana")
    with pytest.raises(InputError):
        corrections.edit_document(store, doc, {}, reviewer="ana")


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,x", "example.org/a", "http://[::1", "https://"]
)
def test_edit_document_refuses_urls_that_are_no_web_links(store: Store, url: str) -> None:
    doc = ingest(store, KILLED_12, "Valley Post")
    with pytest.raises(InputError, match="--url must be an http"):
        corrections.edit_document(store, doc, {"url": url}, reviewer="ana")
    assert store.document(doc)["url"] is None
    assert corrections.edit_document(
        store, doc, {"url": " https://example.org/a "}, reviewer="ana"
    )["changed"] == {"url": [None, "https://example.org/a"]}


def test_rename_source(store: Store) -> None:
    ingest(store, KILLED_12, "Valley post")
    ingest(store, KILLED_15, "Coast Radio")
    corrections.rename_source(store, "Valley post", "Valley Post", reviewer="ana")
    assert {s["name"] for s in store.sources()} == {"Valley Post", "Coast Radio"}
    with pytest.raises(InputError, match="sources merge"):
        corrections.rename_source(store, "Valley Post", "Coast Radio", reviewer="ana")
    with pytest.raises(NotFoundError):
        corrections.rename_source(store, "Nobody", "X", reviewer="ana")
    # The name it already has: nothing written, and said so (not refused).
    same = corrections.rename_source(store, "Valley Post", "Valley Post ", reviewer="bo")
    assert same["unchanged"] is True and same["old"] == same["new"] == "Valley Post"
    [claim] = store.claims(source="Valley Post")
    assert [h["action"] for h in review.history(store, claim["id"])] == ["source.rename"]


def test_corrected_names_and_titles_are_plain_lines_as_at_ingest(store: Store) -> None:
    """A title, byline, outlet name or owner group given in a correction is as
    untrusted as one read at ingest: terminal control goes and a line break is a space,
    so every output (tables, CSV, a ClaimReview's author name) shows the same value."""
    doc = ingest(store, KILLED_12, "Valley Post")
    corrections.edit_document(
        store,
        doc,
        {"title": "Evil \x1b[31mred\x1b[0m title", "author": "A\x1b]0;pwned\x07B\nC"},
        reviewer="ana",
    )
    stored = store.document(doc)
    assert stored["title"] == "Evil red title"
    assert stored["author"] == "AB C"
    corrections.rename_source(store, "Valley Post", "Coast\x1b[2J Radio", reviewer="ana")
    assert {s["name"] for s in store.sources()} == {"Coast Radio"}
    store.update_source("Coast Radio", owner_group="Harl\x07 Media\n", reviewer="ana")
    [source] = store.sources()
    assert source["owner_group"] == "Harl Media"
    with pytest.raises(InputError, match="cannot be empty"):
        corrections.rename_source(store, "Coast Radio", "\x1b[2J", reviewer="ana")


def test_merge_sources_rejudges_independence(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    ingest(store, KILLED_12_POLICE, "Valley Post Online")
    assert status(store, "Valley Post") == "corroborated"
    result = corrections.merge_sources(store, "Valley Post Online", "Valley Post", reviewer="ana")
    assert len(result["documents"]) == 1
    assert {s["name"] for s in store.sources()} == {"Valley Post"}
    assert {c["status"] for c in store.claims()} == {"unverified"}
    [first, _] = store.claims()
    assert store.matches(first["id"])[0]["independent"] is False
    assert len(result["status_changed"]) == 2
    for claim in store.claims():
        merged, moved = review.history(store, claim["id"])
        assert merged["action"] == moved["action"] == "source.merge"
        assert merged["claim_id"] is None and moved["claim_id"] == claim["id"]
        assert moved["new"] == {"status": "unverified"}
        assert moved["old"] == {"status": "corroborated"}
    with pytest.raises(InputError):
        corrections.merge_sources(store, "Valley Post", "Valley Post", reviewer="ana")


def test_merge_refuses_the_same_text_twice(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    ingest(store, KILLED_12, "Valley Post Online")
    with pytest.raises(InputError, match="same text"):
        corrections.merge_sources(store, "Valley Post Online", "Valley Post", reviewer="ana")
    assert len(store.sources()) == 2


def test_reingest_with_new_metadata_says_so(store: Store) -> None:
    doc = ingest(store, KILLED_12, "Valley Post", title="Old title")
    again = store.ingest(
        RawDocument(text=KILLED_12, source="Valley Post", title="New title", author="C. D.")
    )
    assert again.status == "duplicate" and again.id == doc
    assert again.metadata_changes == {
        "title": {"stored": "Old title", "given": "New title"},
        "author": {"stored": None, "given": "C. D."},
    }
    assert store.document(doc)["title"] == "Old title"  # nothing changed silently
    same = store.ingest(RawDocument(text=KILLED_12, source="Valley Post"))
    assert same.to_dict()["metadata_changes"] == {}


runner = CliRunner()


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_correction_commands(db_url: str) -> None:
    db = ["--db", db_url]
    for text, source in ((KILLED_12, "Valley Post"), (KILLED_15, "Coast radio")):
        code, _, err = run(*db, "ingest", "-", "--source", source, "--title", "T", input=text)
        assert code == 0, err
    code, out, _ = run(
        *db, "ingest", "-", "--source", "Valley Post", "--title", "U", input=KILLED_12
    )
    assert "Document 1 was already stored with other metadata (title 'T', given 'U')" in out
    assert "To apply it: factcheck documents edit 1 --title U" in out
    code, out, err = run(
        *db, "documents", "edit", "1", "--title", "Bridge", "--published", "2026-03-02"
    )
    assert code == 0, err
    assert "title 'T' → 'Bridge'" in out
    code, _, err = run(*db, "documents", "edit", "1", "--published", "yesterday")
    assert code == 2 and "--published" in err
    code, out, _ = run(*db, "documents", "--json")
    assert json.loads(out)[0]["title"] == "Bridge"
    code, out, err = run(*db, "sources", "rename", "Coast radio", "Coast Radio", "--reviewer", "Bo")
    assert code == 0 and "renamed" in out, err
    code, out, err = run(*db, "sources", "merge", "Coast Radio", "Valley Post", "--json")
    assert code == 0, err
    assert json.loads(out)["documents"] == [2]
    code, out, err = run(*db, "documents", "delete", "2", "--note", "test")
    assert code == 0 and "deleted document 2" in out, err
    code, _, err = run(*db, "documents", "delete", "2")
    assert code == 2 and "no document with id 2" in err
    code, out, _ = run(*db, "history", "1", "--json")
    actions = [e["action"] for e in json.loads(out)]
    # only an independent source disputes: once the two outlets are one, the conflict is
    # that outlet revising its own account, so the merge (not the deletion) ended it: the
    # merge's own row, then the status it changed
    assert actions == ["document.edit", "source.merge", "source.merge"]
    code, out, _ = run(*db, "history", "1")
    flat = " ".join(out.split())
    assert "status disputed → unverified because two outlets were merged" in flat
    # an independent outlet disputes it again, until its document is deleted
    code, out, err = run(
        *db, "ingest", "-", "--source", "Harbour Times", "--json", input=KILLED_15
    )
    assert code == 0, err
    third = json.loads(out)["documents"][0]["id"]
    code, out, err = run(*db, "documents", "delete", str(third), "--note", "wrong event")
    assert code == 0, err
    code, out, _ = run(*db, "history", "1")
    flat = " ".join(out.split())
    assert "status unverified → disputed" not in flat  # an ingest is no correction
    assert f"status disputed → unverified because document {third} was deleted" in flat
    assert "why wrong event" in flat


def test_sources_set_is_in_the_history(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    store.update_source("Valley Post", owner_group="Harl Media", reviewer="ana")
    store.update_source("Valley Post", owner_group="Harl Media", reviewer="ana")  # no change
    [claim] = store.claims()
    [entry] = review.history(store, claim["id"])
    assert entry["action"] == "source.set" and entry["reviewer"] == "ana"
    assert entry["old"] == {"owner_group": None} and entry["new"] == {"owner_group": "Harl Media"}


def test_each_status_an_owner_group_changes_is_in_that_claims_history(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    ingest(store, KILLED_12_POLICE, "Valley Weekly")
    assert status(store, "Valley Weekly") == "corroborated"
    store.update_source("Valley Post", owner_group="Harl Media", reviewer="ana")
    store.update_source("Valley Weekly", owner_group="Harl Media", reviewer="ben")
    post, weekly = store.claims(source="Valley Post")[0], store.claims(source="Valley Weekly")[0]
    assert post["status"] == weekly["status"] == "unverified"
    # Valley Post's claim: its outlet's group set by ana, then its status moved by ben's
    # change to the other outlet, which it would not see by outlet alone.
    history = review.history(store, post["id"])
    assert [(h["action"], h["reviewer"], h["claim_id"]) for h in history] == [
        ("source.set", "ana", None),
        ("source.set", "ben", post["id"]),
    ]
    *_, moved = review.history(store, weekly["id"])
    assert (moved["old"], moved["new"]) == ({"status": "corroborated"}, {"status": "unverified"})


CREDITED = (
    "BRENMOOR, May 4 (Coastal Wire Online) - The Brenmoor council approved a $42 million "
    "budget on Tuesday."
)


def test_delete_and_merge_keep_stories_consistent(store: Store) -> None:
    wire = ingest(store, WIRE, "Wire")
    assert count(store, "stories") >= 1
    corrections.delete_document(store, wire, reviewer="ana")
    assert count(store, "stories") == 0 and count(store, "story_terms") == 0
    ingest(store, KILLED_12, "Coastal Wire Online")
    credited = ingest(store, CREDITED, "Harbour Times")
    with store.connect() as conn:
        before = conn.execute(
            sa.text("SELECT depends_on_source_id FROM documents WHERE id = :d"), {"d": credited}
        ).scalar_one()
    ingest(store, KILLED_15, "Coastal Wire")
    corrections.merge_sources(store, "Coastal Wire Online", "Coastal Wire", reviewer="ana")
    with store.connect() as conn:
        after = conn.execute(
            sa.text("SELECT depends_on_source_id FROM documents WHERE id = :d"), {"d": credited}
        ).scalar_one()
    names = {s["id"]: s["name"] for s in store.sources()}
    if before is not None:
        assert names[after] == "Coastal Wire"


def test_review_queue_by_story(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    doc = ingest(store, WIRE, "Wire")
    story = store.document(doc)["story_id"]
    items = review.queue(store, story=story)
    assert items and all(store.claim(i.claim_id)["document_id"] == doc for i in items)


def test_moving_a_document_is_in_the_history_with_every_status_it_changes(
    store: Store,
) -> None:
    from tests.test_stories import _claim, _ingest_three

    a, b, c = _ingest_three(store)
    fire_story, ferry_story = store.document(b)["story_id"], store.document(c)["story_id"]
    stays = _claim(store, a, "No deaths have been reported")
    gains = _claim(store, c, "No deaths have been reported")
    assert (stays["status"], gains["status"]) == ("corroborated", "unverified")
    store.move_document(b, ferry_story, reviewer="ana", reason="the ferry report")
    moved = _claim(store, b, "No deaths have been reported")
    # the moved document's claims see the move; the claims it left and met see their status
    assert any(
        h["action"] == "document.move" and h["claim_id"] is None
        and (h["old"], h["new"]) == ({"story_id": fire_story}, {"story_id": ferry_story})
        and h["reviewer"] == "ana" and h["reason"] == "the ferry report"
        for h in review.history(store, moved["id"])
    )
    *_, left = review.history(store, stays["id"])
    assert (left["action"], left["old"], left["new"]) == (
        "document.move", {"status": "corroborated"}, {"status": "unverified"}
    )
    *_, met = review.history(store, gains["id"])
    assert (met["old"], met["new"]) == ({"status": "unverified"}, {"status": "corroborated"})
    code, out, err = run("--db", store.url, "history", str(stays["id"]))
    assert code == 0, err
    assert "because a document moved to another story" in out


def test_merging_stories_is_in_the_history(store: Store) -> None:
    from tests.test_stories import _ingest_three

    _, b, c = _ingest_three(store)
    keep, other = store.document(b)["story_id"], store.document(c)["story_id"]
    store.merge_stories(keep, other, reviewer="ben", reason="one coast, one week")
    [claim, *_] = store.claims(document=c)
    entry = next(h for h in review.history(store, claim["id"]) if h["action"] == "document.move")
    assert entry["new"] == {"story_id": keep} and entry["reviewer"] == "ben"
def test_relative_dates_are_stored_with_each_claim_and_follow_a_corrected_date(
    store: Store,
) -> None:
    text = (
        "The Harl ferry resumed service yesterday after 14 weeks. "
        "Repairs will finish next spring, the operator said."
    )
    result = store.ingest(
        RawDocument(text=text, source="Valley Post", title="Ferry", published=date(2026, 3, 7))
    )
    by_text = {c["text"]: c for c in store.claims(document=result.id)}
    resumed = by_text["The Harl ferry resumed service yesterday after 14 weeks."]
    [yesterday] = resumed["dates"]
    assert (yesterday["text"], yesterday["from"], yesterday["to"]) == (
        "yesterday",
        "2026-03-06",
        "2026-03-06",
    )
    assert text[yesterday["start"] : yesterday["end"]] == "yesterday"
    repairs = by_text["Repairs will finish next spring, the operator said."]
    assert [(d["text"], d["from"], d["to"]) for d in repairs["dates"]] == [
        ("next spring", "2027-03-01", "2027-05-31")
    ]
    assert store.claim(resumed["id"])["dates"] == resumed["dates"]
    # A corrected publication date moves the days the phrases name.
    corrections.edit_document(store, result.id, {"published": date(2026, 4, 1)}, reviewer="ana")
    again = {c["id"]: c for c in store.claims(document=result.id)}
    assert [(d["text"], d["from"]) for d in again[resumed["id"]]["dates"]] == [
        ("yesterday", "2026-03-31")
    ]
    # Claims stored before dates were (NULL) are anchored when read.
    with store.transaction() as conn:
        conn.execute(sa.text("UPDATE claims SET dates = NULL"))
    unstored = {c["id"]: c for c in store.claims(document=result.id)}
    assert unstored[resumed["id"]]["dates"] == again[resumed["id"]]["dates"]
    assert [c["dates"] for c in store.claims(document=result.id) if "Repairs" in c["text"]] == [
        again[repairs["id"]]["dates"]
    ]


def test_a_corrected_publication_date_moves_frames_and_statuses_with_history(
    store: Store,
) -> None:
    """"yesterday" names another day once the date is corrected: in the claim's dates, in
    its stored frame (what matching compares) and so in its statuses, each recorded."""
    kiosk = "The Brenna Street kiosk reopened on Tuesday after the flood, the council said."
    radio = "The Brenna Street kiosk reopened yesterday after the flood, the council said."
    first = ingest(store, kiosk, "Town Gazette", published=date(2026, 5, 14))
    second = ingest(store, radio, "Hill Radio", published=date(2026, 5, 13))  # a Wednesday
    assert status(store, "Town Gazette") == status(store, "Hill Radio") == "corroborated"
    [claim] = store.claims(document=second)

    result = corrections.edit_document(
        store, second, {"published": date(2026, 5, 16)}, reviewer="ana", reason="print date"
    )
    assert result["changed"] == {"published": ["2026-05-13", "2026-05-16"]}
    assert status(store, "Town Gazette") == status(store, "Hill Radio") == "disputed"
    assert sorted(result["status_changed"]) == sorted(
        [claim["id"], store.claims(document=first)[0]["id"]]
    )
    stored = store.claim(claim["id"])
    [day] = stored["dates"]
    assert (day["text"], day["from"]) == ("yesterday", "2026-05-15")
    [slot] = stored["frame"]["time"]
    assert (slot["text"], slot["from"]) == ("yesterday", "2026-05-15")
    edits = [h for h in review.history(store, claim["id"]) if h["action"] == "document.edit"]
    assert [(h["old"], h["new"]) for h in edits] == [
        ({"published": "2026-05-13"}, {"published": "2026-05-16"}),
        ({"status": "corroborated"}, {"status": "disputed"}),
    ]
    moved = edits[1:]
    assert moved[0]["reviewer"] == "ana" and moved[0]["reason"] == "print date"
    assert audit.describe(moved[0]) == (
        f"status corroborated → disputed because document {second} was corrected"
    )

    # Back to the first date: the match is found again.
    corrections.edit_document(store, second, {"published": date(2026, 5, 13)}, reviewer="ana")
    assert status(store, "Town Gazette") == status(store, "Hill Radio") == "corroborated"
    # A title edit re-reads nothing and moves no status.
    again = corrections.edit_document(store, second, {"title": "Kiosk"}, reviewer="ana")
    assert again["status_changed"] == {}


def test_a_deleted_claims_history_is_read_marked_deleted(store: Store) -> None:
    """A deleted claim keeps its history: the corrections of its document and outlet before
    the deletion, then the deletion itself, with the claim's words and last status."""
    doc = ingest(store, KILLED_15, "Coast Radio", title="First report")
    [claim] = store.claims()
    corrections.edit_document(store, doc, {"title": "Bridge toll"}, reviewer="ana")
    corrections.delete_document(store, doc, reviewer="ben", reason="ingested by mistake")
    history = review.history(store, claim["id"])
    assert [(h["action"], h["claim_id"]) for h in history] == [
        ("document.edit", None),
        ("document.delete", None),
        ("document.delete", claim["id"]),
    ]
    gone = history[-1]
    assert audit.is_claim_deletion(gone, claim["id"])
    assert gone["old"] == {"text": claim["text"], "status": "unverified"}
    assert gone["reviewer"] == "ben" and gone["reason"] == "ingested by mistake"
    assert audit.describe(gone).startswith(f"claim deleted with document {doc}")
    # ids may be handed out again: a new claim with the same id does not inherit it
    ingest(store, KILLED_12, "Valley Post")
    [new] = store.claims()
    if new["id"] == claim["id"]:
        assert review.history(store, new["id"]) == []


def test_history_says_what_each_correction_did(db_url: str) -> None:
    """Renames and merges of outlets and stories read as what they did, never as a
    deletion or as bare field names, and the history fits 80 columns without colour."""
    db = ["--db", db_url]
    for text, source in ((KILLED_12, "Valley Post"), (KILLED_12_POLICE, "Valley Post Online")):
        code, _, err = run(*db, "ingest", "-", "--source", source, "--title", "T", input=text)
        assert code == 0, err
    code, _, err = run(*db, "sources", "rename", "Valley Post Online", "Valley Post Web")
    assert code == 0, err
    code, _, err = run(
        *db, "sources", "merge", "Valley Post Web", "Valley Post", "--note", "one newsroom"
    )
    assert code == 0, err
    story = json.loads(run(*db, "claims", "--json")[1])[0]["story_id"]
    code, _, err = run(
        *db,
        "stories",
        "rename",
        str(story),
        "Harl Bridge collapse",
        "--note",
        "the name every outlet uses for the collapse of the bridge over the Harl river",
        "--reviewer",
        "Desk One",
    )
    assert code == 0, err
    code, out, _ = run(*db, "history", "2", "--json")
    entries = json.loads(out)
    # the merge row, then this claim's own row: one outlet does not corroborate itself
    assert [e["action"] for e in entries] == [
        "source.rename",
        "source.merge",
        "source.merge",
        "story.rename",
    ]
    assert entries[2]["claim_id"] == 2 and entries[2]["new"] == {"status": "unverified"}
    assert entries[-1]["old"]["label_set_by"] == "auto"
    assert entries[-1]["new"] == {
        "story_id": story,
        "label": "Harl Bridge collapse",
        "label_set_by": "person",
    }
    result = runner.invoke(app, [*db, "history", "2"], env={"COLUMNS": "80", "NO_COLOR": "1"})
    out = result.stdout
    assert result.exit_code == 0 and "\x1b[" not in out
    assert max(len(line) for line in out.splitlines()) <= 80
    flat = " ".join(out.split())
    assert "outlet renamed 'Valley Post Online' → 'Valley Post Web'" in flat
    assert "outlet 'Valley Post Web' merged into 'Valley Post' (the same outlet)" in flat
    assert "deleted" not in flat
    assert "status corroborated → unverified because two outlets were merged" in flat
    assert f"story {story} renamed" in flat and "→ 'Harl Bridge collapse'" in flat
    assert "why the name every outlet uses" in flat
    # the same label again changes nothing and writes nothing
    code, _, err = run(*db, "stories", "rename", str(story), "Harl Bridge collapse")
    assert code == 0, err
    assert len(json.loads(run(*db, "history", "2", "--json")[1])) == 4


def test_history_of_a_deleted_claim_through_the_cli(db_url: str) -> None:
    db = ["--db", db_url]
    code, _, err = run(*db, "ingest", "-", "--source", "Coast Radio", input=KILLED_15)
    assert code == 0, err
    code, _, err = run(*db, "documents", "delete", "1", "--note", "wrong outlet")
    assert code == 0, err
    result = runner.invoke(app, [*db, "history", "1"], env={"COLUMNS": "80", "NO_COLOR": "1"})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("claim 1 was deleted with document 1 on ")
    assert max(len(line) for line in lines) <= 80
    flat = " ".join(result.stdout.split())
    assert "claim deleted with document 1 (status was unverified)" in flat
    assert "why wrong outlet" in flat
    # commands about the claim say it was deleted, and where its history is
    for command in (["show", "1"], ["verdict", "1", "false"], ["matches", "1"]):
        code, out, err = run(*db, *command)
        assert code == 2 and out == "", command
        assert "claim 1 was deleted with document 1 on " in err
        assert err.strip().endswith("its history: factcheck history 1")


def test_confirmations_cannot_drive_the_terminal(db_url: str) -> None:
    """An outlet name is article-side text: the line saying what a command did shows its
    escape characters as visible escapes."""
    db = ["--db", db_url]
    evil = "Harbour\x1b[2J\x1b]0;owned\x07 News"
    code, _, err = run(*db, "ingest", "-", "--source", evil, input=KILLED_15)
    assert code == 0, err
    # Stored without its terminal control, as a document's text is.
    code, out, err = run(*db, "sources", "rename", "Harbour News", "Harbour\u202eNews")
    assert code == 0, err
    assert "\x1b" not in out and "\u202e" not in out and "\\u202e" in out
    code, out, err = run(*db, "documents", "delete", "1")
    assert code == 0, err
    assert "\u202e" not in out and "Harbour\\u202eNews" in out


def test_a_story_titled_from_a_document_follows_its_corrected_title(store: Store) -> None:
    first = ingest(store, KILLED_12, "Valley Post", title="Bridge colapse in Harl")
    second = ingest(store, KILLED_15, "Coast Radio", title="Harl toll rises")
    story_id = store.document(first)["story_id"]
    assert store.document(second)["story_id"] == story_id
    assert store.story(story_id)["title"] == "Bridge colapse in Harl"
    # The story is titled from the first document's headline: correcting the second
    # one's leaves it alone.
    corrections.edit_document(store, second, {"title": "Harl toll climbs"}, reviewer="ana")
    assert store.story(story_id)["title"] == "Bridge colapse in Harl"
    corrections.edit_document(store, first, {"title": "Bridge collapse in Harl"}, reviewer="ana")
    assert store.story(story_id)["title"] == "Bridge collapse in Harl"
    assert [s["title"] for s in store.stories()] == ["Bridge collapse in Harl"]
    # A cleared headline leaves the story its last title.
    corrections.edit_document(store, first, {"title": ""}, reviewer="ana")
    assert store.story(story_id)["title"] == "Bridge collapse in Harl"


def test_a_merged_or_renamed_outlet_name_says_where_it_went(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post Online")
    ingest(store, KILLED_15, "Valley Post")
    ingest(store, KILLED_12_POLICE, "Coast Radio")
    corrections.merge_sources(store, "Valley Post Online", "Valley Post", reviewer="ana")
    corrections.rename_source(store, "Valley Post", "The Valley Post", reviewer="ana")
    # Followed through the later rename to the name the outlet has today.
    with pytest.raises(NotFoundError, match=r"merged into 'The Valley Post' on .*use that name"):
        store.require(source="Valley Post Online")
    with pytest.raises(NotFoundError, match="renamed 'The Valley Post'"):
        store.require(source="Valley Post")
    for args in (
        ["claims", "--source", "Valley Post Online"],
        ["review", "--source", "Valley Post Online", "--next", "--json"],
        ["report", "--source", "Valley Post Online"],
    ):
        result = CliRunner().invoke(app, ["--db", store.url, *args])
        assert result.exit_code == 2, args
        assert "merged into 'The Valley Post'" in result.output, args
    with pytest.raises(NotFoundError, match="names are exact"):
        store.require(source="Valey Post")  # never named so: the close names instead


def test_an_outlet_stored_with_terminal_control_is_found_by_its_clean_name(
    store: Store,
) -> None:
    """Outlet names stored before they were cleaned may hold escape codes; every listing
    shows them cleaned, so rename and merge take the name as shown."""
    ingest(store, KILLED_12, "Valley Post")
    ingest(store, KILLED_15, "Coast Radio")
    with store.transaction() as conn:
        conn.execute(
            sa.text("UPDATE sources SET name = :n WHERE name = 'Coast Radio'"),
            {"n": "Coast \x1b[31mRadio\x1b[0m"},
        )
    corrections.rename_source(store, "Coast Radio", "Coast Radio FM", reviewer="ana")
    assert {s["name"] for s in store.sources()} == {"Valley Post", "Coast Radio FM"}
    with store.transaction() as conn:
        conn.execute(
            sa.text("UPDATE sources SET name = :n WHERE name = 'Valley Post'"),
            {"n": "Valley\x1b[2J Post"},
        )
    corrections.merge_sources(store, "Valley Post", "Coast Radio FM", reviewer="ana")
    assert {s["name"] for s in store.sources()} == {"Coast Radio FM"}


PUMPS = "The regional water board brought in 22 portable pumps to lower the Varrow reservoir."


@pytest.mark.parametrize("reverse", [False, True])
def test_a_deleted_originals_copies_take_the_original_of_the_ingest_rule(
    store: Store, reverse: bool
) -> None:
    """Same-day copies of a deleted original: the new original is the lower SHA-256 of the
    text (syndication.original_key, as at ingest), whichever copy was stored first, and
    the family's matches are judged again, since a copy now depends on another outlet."""
    original = ingest(store, WIRE, "Wire", published=date(2026, 3, 1))
    versions = [(WIRE + " Schools stay open.", "Paper A"), (WIRE + " Roads are shut.", "Paper B")]
    ids = {
        source: ingest(store, text, source, published=date(2026, 3, 2))
        for text, source in versions[:: -1 if reverse else 1]
    }
    first = min(ids.values(), key=lambda i: store.document(i)["sha256"])
    [other] = set(ids.values()) - {first}
    # A report by the new original's outlet: the other copy's match with it stops
    # counting as independent once that copy depends on the new original's outlet.
    ingest(store, PUMPS, store.document(first)["source"])
    assert {store.document(i)["copy_of"] for i in ids.values()} == {original}
    result = corrections.delete_document(store, original, reviewer="ana")
    assert result["new_original"] == first
    assert store.document(first)["copy_of"] is None
    assert store.document(other)["copy_of"] == first
    with store.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT claim_id, other_claim_id, independent FROM matches")
        ).all()
        found = matcher.origins(conn, sorted({c for r in rows for c in r[:2]}))
    assert rows
    assert [bool(r.independent) for r in rows] == [
        independence.independent(found[r.claim_id], found[r.other_claim_id]) for r in rows
    ]


def test_reingest_with_new_metadata_reads_at_80_columns(db_url: str) -> None:
    """The differing fields and the `documents edit` hint are a line of their own under
    the table, never a cell cut at the terminal's width."""
    db = ["--db", db_url]
    args = ["ingest", "-", "--source", "Valley Post", "--title", "Harl bridge"]
    code, _, err = run(*db, *args, "--author", "A. Byline", input=KILLED_12)
    assert code == 0, err
    result = runner.invoke(
        app,
        [*db, *args, "--author", "Another Byline", "--published", "2026-03-02"],
        input=KILLED_12,
        env={"COLUMNS": "80"},
    )
    assert result.exit_code == 0, result.stderr
    assert "other metadata" in result.stdout
    assert (
        "Document 1 was already stored with other metadata (author 'A. Byline', given "
        "'Another Byline'; published none, given '2026-03-02'); nothing was changed. "
        "To apply it: factcheck documents edit 1 --author 'Another Byline' "
        "--published 2026-03-02"
    ) in result.stdout
    table = result.stdout.split("Document 1 was")[0]
    assert all(len(line) <= 80 for line in table.splitlines())


# -- every status a correction moves is in the history, exactly ---------------------------

_BRIDGE = [
    ("Harbour Post", "2026-03-02",
     "The Harl Bridge in Kestrow collapsed on Monday, killing 12 people, police said. "
     "Rescue crews searched the river overnight."),
    ("Valley Radio", "2026-03-02",
     "The Harl Bridge in Kestrow collapsed on Monday and 12 people were killed, police "
     "said. Rescue crews searched the river overnight."),
    ("Coast Daily", "2026-03-03",
     "The Harl Bridge collapse in Kestrow killed 12 people on Monday."),
    ("Harbour Post", "2026-03-04",
     "The collapse of the Harl Bridge in Kestrow on Monday killed 15 people, police said "
     "on Wednesday. Rescue crews searched the river overnight."),
    ("Coast Daily", "2026-03-05",
     "Ferry crews in Dunmere went on strike on Thursday over pay. Rescue crews searched "
     "the river overnight. The union said 300 crew members walked out."),
    ("Valley Radio", "2026-03-05",
     "Ferry crews in Dunmere went on strike on Thursday. The union said 250 crew members "
     "walked out."),
]


def _corrections(store: Store, docs: list[int]) -> dict[str, Any]:
    def held_match() -> int:
        for claim in store.claims():
            for match in store.matches(claim["id"]):
                if match.get("needs_review"):
                    return int(match["match_id"])
        return int(store.matches(store.claims()[0]["id"])[0]["match_id"])

    stories = {store.document(d)["story_id"] for d in docs}
    first, last = store.document(docs[0])["story_id"], store.document(docs[-1])["story_id"]
    return {
        "stories merge": lambda: store.merge_stories(first, last, reviewer="ana")
        if first != last and len(stories) > 1
        else store.move_document(docs[-1], first, reviewer="ana"),
        "documents move": lambda: store.move_document(docs[1], None, reviewer="ana"),
        "documents delete (an update)": lambda: corrections.delete_document(
            store, docs[3], reviewer="ana"
        ),
        "documents edit --published": lambda: corrections.edit_document(
            store, docs[3], {"published": date(2026, 3, 1)}, reviewer="ana"
        ),
        "sources merge": lambda: corrections.merge_sources(
            store, "Coast Daily", "Valley Radio", reviewer="ana"
        ),
        "sources set --owner-group": lambda: [
            store.update_source(name, owner_group="Tide Media", reviewer="ana")
            for name in ("Harbour Post", "Valley Radio")
        ],
        "decide": lambda: review.decide(store, held_match(), "conflicts", reviewer="ana"),
    }


def _status_moves(
    claim_id: int, old: dict[str, Any], new: dict[str, Any]
) -> list[tuple[int, str | None, str | None]]:
    """(claim, before, after) of one history row: a status row holds one claim's
    status, a decision's row the statuses of the pair it decided."""
    was, now = old.get("status"), new.get("status")
    if isinstance(was, dict) or isinstance(now, dict):
        was, now = was or {}, now or {}
        return [(int(c), was.get(c), now.get(c)) for c in sorted(set(was) | set(now))]
    return [(claim_id, was, now)]


@pytest.mark.parametrize("correction", [
    "stories merge", "documents move", "documents delete (an update)",
    "documents edit --published", "sources merge", "sources set --owner-group", "decide",
])
def test_every_status_a_correction_moves_is_in_that_claims_history(
    store: Store, correction: str
) -> None:
    # The history rows of the correction name exactly the claims whose status it moved,
    # each with the status it had before and has after — also a claim reached only
    # through a superseded partner or a neighbour in a merged story.
    docs = [
        ingest(store, text, source, published=day) for source, day, text in _BRIDGE
    ]
    before = {c["id"]: c["status"] for c in store.claims()}
    with store.connect() as conn:
        last = conn.execute(sa.text("SELECT COALESCE(MAX(id), 0) FROM audit_log")).scalar_one()
    _corrections(store, docs)[correction]()
    after = {c["id"]: c["status"] for c in store.claims()}
    moved = {cid: [before[cid], after[cid]] for cid in after if before.get(cid) != after[cid]}
    with store.connect() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT claim_id, old_value, new_value FROM audit_log "
                "WHERE id > :last AND claim_id IS NOT NULL ORDER BY id"
            ),
            {"last": last},
        ).all()
    written: dict[int, list[str]] = {}
    for row in rows:
        old, new = json.loads(row.old_value or "{}"), json.loads(row.new_value or "{}")
        for cid, was, now in _status_moves(row.claim_id, old, new):
            if was != now:
                written.setdefault(cid, [was, now])[1] = now
    assert {c: m for c, m in written.items() if m[0] != m[1] and c in after} == moved


_TRIALS = [
    ("Court News", "2026-09-07",
     "Dorian Vell, 54, went on trial at Marlow Crown Court on Monday accused of defrauding "
     "investors of 3.2 million pounds. He has pleaded not guilty. The trial is expected to "
     "last six weeks, Judge Mary Carrow said."),
    ("Marlow Echo", "2026-09-07",
     "Businessman Dorian Vell went on trial at Marlow Crown Court on Monday, accused of "
     "fraud. He has pleaded not guilty. The trial is expected to last six weeks, Judge Mary "
     "Carrow said."),
    ("Court News", "2026-09-08",
     "Tomas Reil went on trial at Dunport Crown Court on Tuesday accused of setting fire to "
     "a warehouse. He has pleaded not guilty. The trial is expected to last two weeks, Judge "
     "Ann Pike said."),
    ("Dunport Daily", "2026-09-08",
     "Tomas Reil went on trial at Dunport Crown Court on Tuesday charged with arson. He has "
     "pleaded not guilty, his lawyer said."),
]


def test_a_merge_names_a_claim_its_outlets_later_report_now_supersedes(store: Store) -> None:
    # Two trials wrongly merged: Court News's "two weeks" of the other trial now reads as
    # its update of "six weeks", which stops counting for Marlow Echo's agreement. That
    # claim's only changed link is a new one with a moved claim, and its history must
    # still say corroborated → unverified (once it had no row, and a neighbour's row had
    # a wrong "before").
    docs = [ingest(store, text, source, published=day) for source, day, text in _TRIALS]
    keep, other = store.document(docs[0])["story_id"], store.document(docs[2])["story_id"]
    assert keep != other
    before = {c["id"]: c["status"] for c in store.claims()}
    store.merge_stories(keep, other, reviewer="ana")
    after = {c["id"]: c["status"] for c in store.claims()}
    moved = {cid: [before[cid], after[cid]] for cid in after if before[cid] != after[cid]}
    six = next(
        c["id"] for c in store.claims(document=docs[0]) if "six weeks" in c["text"]
    )
    assert moved.get(six) == ["corroborated", "unverified"]
    written = {}
    for cid in moved:
        *_, last = review.history(store, cid)
        written[cid] = [last["old"]["status"], last["new"]["status"]]
    assert written == moved


def test_a_deletion_says_each_count_in_agreement_with_its_noun(store: Store) -> None:
    """History reads "deleted with 1 claim, 0 matches, 0 decisions, 1 verdict", as the
    command's own summary does (terminal.counted), never "1 claims" or "1 verdicts"."""
    doc = ingest(store, KILLED_15, "Coast Radio", title="Toll")
    [claim] = store.claims()
    review.give_verdict(store, claim["id"], "false", reviewer="ana")
    corrections.delete_document(store, doc, reviewer="ben")
    summary = next(
        h for h in review.history(store, claim["id"])
        if h["action"] == "document.delete" and h["claim_id"] is None
    )
    assert audit.describe(summary).endswith(
        "deleted with 1 claim, 0 matches, 0 decisions, 1 verdict"
    )
