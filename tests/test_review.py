"""Review on SQLite and PostgreSQL: decisions override matching and survive rematch,
verdicts and notes, the audit trail, and the order of the review queue."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy as sa

from factcheck import review
from factcheck.errors import InputError, NotFoundError
from factcheck.match import MatchConfig, MatchLink, claim_status
from factcheck.read import RawDocument
from factcheck.store import Store
from factcheck.validate import check_web_url

KILLED_12 = "The Harl Bridge collapse killed 12 people on Monday."
KILLED_12_POLICE = "The Harl Bridge collapse killed 12 people on Monday, police said."
KILLED_15 = "The Harl Bridge collapse killed 15 people on Monday."
FERRY = "The Ostrel ferry service will close in June, the operator said."

# Every pair short of a perfect score is held for review, conflicts included.
HOLD_ALL = MatchConfig(auto=1.0, conflict_auto=1.0)


@pytest.fixture
def held(db_url: str) -> Iterator[Store]:
    s = Store(db_url, match_config=HOLD_ALL)
    yield s
    s.engine.dispose()


def ingest(store: Store, text: str, source: str) -> int:
    return store.ingest(RawDocument(text=text, source=source)).id


def only_claim(store: Store, source: str) -> dict:
    [claim] = store.claims(source=source)
    return claim


def test_decision_overrides_status_rule() -> None:
    held_conflict = MatchLink("conflicts", True, needs_review=True)
    assert claim_status([held_conflict]) == "unverified"
    assert claim_status([MatchLink("conflicts", True, True, "conflicts")]) == "disputed"
    assert claim_status([MatchLink("conflicts", True, False, "unrelated")]) == "unverified"
    assert claim_status([MatchLink("conflicts", True, False, "corroborates")]) == "corroborated"
    # a person cannot make an outlet corroborate itself
    assert claim_status([MatchLink("conflicts", False, False, "corroborates")]) == "unverified"


def test_held_conflict_decided_disputes_both_claims_at_once(held: Store) -> None:
    ingest(held, KILLED_12, "Valley Post")
    ingest(held, KILLED_15, "Coast Radio")
    a, b = only_claim(held, "Valley Post"), only_claim(held, "Coast Radio")
    assert (a["status"], b["status"]) == ("unverified", "unverified")
    assert a["pending_reviews"] == 1
    [match] = held.matches(a["id"])
    assert match["needs_review"] and match["review"] is None and match["match_id"] > 0
    out = review.decide(held, match["match_id"], "conflicts", reviewer="ana", note="15 wrong")
    assert out["previous_decision"] is None
    assert {c["id"]: c["status"] for c in out["claims"]} == {
        a["id"]: "disputed",
        b["id"]: "disputed",
    }
    a = only_claim(held, "Valley Post")
    assert a["status"] == "disputed" and a["pending_reviews"] == 0
    [match] = held.matches(a["id"])
    assert match["needs_review"] is False
    assert match["relation"] == "conflicts" and match["review"]["reviewer"] == "ana"
    shown = held.claim(a["id"])
    assert shown["reviews"][0]["decision"] == "conflicts"
    assert shown["reviews"][0]["note"] == "15 wrong"


def test_decision_on_automatic_match_overrides_it(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    ingest(store, KILLED_12_POLICE, "Harbour Times")
    a = only_claim(store, "Valley Post")
    assert a["status"] == "corroborated"
    [match] = store.matches(a["id"])
    review.decide(store, match["match_id"], "unrelated", reviewer="ana")
    assert only_claim(store, "Valley Post")["status"] == "unverified"
    assert only_claim(store, "Harbour Times")["status"] == "unverified"
    [match] = store.matches(a["id"])
    assert (match["relation"], match["automatic_relation"]) == ("unrelated", "corroborates")
    # a later decision replaces it, and both stay in the history
    review.decide(store, match["match_id"], "corroborates", reviewer="bo")
    assert only_claim(store, "Valley Post")["status"] == "corroborated"
    actions = [(h["action"], h["new"]["decision"]) for h in review.history(store, a["id"])]
    assert actions == [("decide", "unrelated"), ("decide", "corroborates")]


@pytest.mark.parametrize("everything", [False, True])
def test_decisions_and_match_ids_survive_rematch(held: Store, everything: bool) -> None:
    ingest(held, KILLED_12, "Valley Post")
    ingest(held, KILLED_15, "Coast Radio")
    ingest(held, KILLED_12_POLICE, "Harbour Times")
    a = only_claim(held, "Valley Post")
    ids_before = {m["claim_id"]: m["match_id"] for m in held.matches(a["id"])}
    conflict = next(m for m in held.matches(a["id"]) if m["source"] == "Coast Radio")
    review.decide(held, conflict["match_id"], "conflicts", reviewer="ana")
    assert only_claim(held, "Valley Post")["status"] == "disputed"
    held.rematch(everything=everything)
    after = held.matches(a["id"])
    assert {m["claim_id"]: m["match_id"] for m in after} == ids_before
    assert only_claim(held, "Valley Post")["status"] == "disputed"
    assert only_claim(held, "Coast Radio")["status"] == "disputed"


def test_decided_match_kept_when_matching_no_longer_sees_it(db_url: str) -> None:
    store = Store(db_url)
    ingest(store, KILLED_12, "Valley Post")
    ingest(store, KILLED_15, "Coast Radio")
    ingest(store, KILLED_12.replace("Monday", "Sunday"), "Harbour Times")
    a = only_claim(store, "Valley Post")
    decided, _ = sorted(store.matches(a["id"]), key=lambda m: m["source"] != "Coast Radio")
    review.decide(store, decided["match_id"], "conflicts", reviewer="ana")
    store.engine.dispose()
    # only perfect scores count now: matching drops the imperfect pairs it finds ...
    strict = Store(
        db_url,
        match_config=MatchConfig(review=1.0, auto=1.0, conflict_review=1.0, conflict_auto=1.0),
    )
    for everything in (False, True):
        strict.rematch(everything=everything)
        # ... but not the one a person decided
        [kept] = strict.matches(a["id"])
        assert kept["match_id"] == decided["match_id"] and kept["relation"] == "conflicts"
        assert only_claim(strict, "Valley Post")["status"] == "disputed"
    strict.engine.dispose()


def test_verdict_replaces_and_keeps_history(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    a = only_claim(store, "Valley Post")
    assert a["verdict"] is None
    first = review.give_verdict(
        store, a["id"], "unproven", reviewer="ana", note="waiting for police"
    )
    assert first["previous_rating"] is None
    second = review.give_verdict(
        store,
        a["id"],
        "true",
        reviewer="bo",
        note="coroner confirmed",
        evidence_url="https://example.org/coroner",
    )
    assert second["previous_rating"] == "unproven"
    shown = store.claim(a["id"])
    assert shown["verdict"]["rating"] == "true"
    assert shown["verdict"]["evidence_url"] == "https://example.org/coroner"
    assert only_claim(store, "Valley Post")["verdict"] == "true"
    history = review.history(store, a["id"])
    assert [(h["action"], h["reviewer"]) for h in history] == [
        ("verdict", "ana"),
        ("verdict", "bo"),
    ]
    assert history[1]["old"]["rating"] == "unproven" and history[1]["new"]["rating"] == "true"
    assert history[1]["reason"] == "coroner confirmed"
    assert shown["history"] == history
    # A replacing verdict that drops the evidence and the note says so in words.
    third = review.give_verdict(store, a["id"], "true", reviewer="bo")
    assert third["previous_rating"] == "true"
    words = review.audit.describe(review.history(store, a["id"])[2])
    assert words == (
        "verdict true (was true); evidence https://example.org/coroner removed; "
        "note 'coroner confirmed' removed"
    )
    assert review.audit.describe(history[1]) == (
        "verdict true (was unproven); evidence https://example.org/coroner; "
        "note replaced (was 'waiting for police')"
    )
    fourth = review.give_verdict(
        store, a["id"], "false", reviewer="bo", note="n2", evidence_url="https://example.org/b"
    )
    assert fourth["previous_rating"] == "true"
    assert review.audit.describe(review.history(store, a["id"])[3]) == (
        "verdict false (was true); evidence https://example.org/b"
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"rating": "mostly-true"}, "verdict must be one of"),
        ({"evidence_url": "javascript:alert(1)"}, r"http\(s\) URL"),
        ({"evidence_url": "example.org"}, r"http\(s\) URL"),
        ({"reviewer": "  "}, "cannot be empty"),
        ({"reviewer": "a\x1bb"}, "control characters"),
    ],
)
def test_bad_verdicts_are_refused_and_nothing_is_written(
    store: Store, kwargs: dict, message: str
) -> None:
    ingest(store, KILLED_12, "Valley Post")
    a = only_claim(store, "Valley Post")
    args = {"rating": "true", "reviewer": "ana"} | kwargs
    with pytest.raises(InputError, match=message):
        review.give_verdict(store, a["id"], args.pop("rating"), **args)
    assert store.claim(a["id"])["verdict"] is None
    assert review.history(store, a["id"]) == []


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://harbour news.example/report", "holds a space"),
        ("https://harbour.example/<script>alert(1)</script>", "holds the character '<'"),
        ('https://harbour.example/a"onmouseover="x', "holds the character '\"'"),
        ("https://harbour.example/\x1b[2Jcleared", "holds the character '\\x1b'"),
        ("https://harbour.example/\u202eevil", "holds the character '\\u202e'"),
        ("https://harbour.example/line\nbreak", "holds the character '\\n'"),
        ("https:///coroner/report", "names no host"),
        ("https://harbour_news.example/", "is not a host name"),
        ("https://harbour..example/", "is not a host name"),
        ("https://-harbour.example/", "is not a host name"),
        ("https://harbour.example:80800/", "Port out of range"),
        ("http://[fe80::1/", "Invalid IPv6"),
        ("ftp://harbour.example/report.pdf", "only http and https"),
        ("https://harbour.example/%s/report", "'%' that is not followed by two hex digits"),
        ("https://harbour.example/50%off", "'%' that is not followed by two hex digits"),
        ("https://harbour.example/report?q=a%2", "'%' that is not followed by two hex digits"),
    ],
)
def test_evidence_urls_are_checked_whole(url: str, why: str) -> None:
    """A link that would be kept in reports and ClaimReview markup must be one a browser
    opens as written: scheme, host, port, and no character a URL never holds."""
    with pytest.raises(InputError) as refused:
        check_web_url(url)
    message = str(refused.value)
    assert message.startswith("--evidence must be an http(s) URL") and why in message
    assert "\n" not in message and "\x1b" not in message and "\u202e" not in message


@pytest.mark.parametrize(
    "url",
    [
        "https://harbour.example/reports/2026/coroner%20statement.pdf?page=2#figures",
        "https://harbour.example/50%25-off?q=%E2%82%ac%2f",
        "http://192.0.2.10:8080/archive",
        "http://[2001:db8::7]/archive",
        "https://zürich-port.example/bericht",
        "HTTPS://Harbour.Example./x",
    ],
)
def test_good_evidence_urls_are_kept(url: str) -> None:
    assert check_web_url(f"  {url} ") == url


def test_unknown_ids(store: Store) -> None:
    with pytest.raises(NotFoundError, match="no match with id 99"):
        review.decide(store, 99, "conflicts", reviewer="ana")
    with pytest.raises(NotFoundError, match="no claim with id 99"):
        review.give_verdict(store, 99, "true", reviewer="ana")
    with pytest.raises(NotFoundError):
        review.history(store, 99)
    with pytest.raises(InputError, match="decision must be one of"):
        review.decide(store, 1, "agrees", reviewer="ana")


def test_notes_are_history_only(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    a = only_claim(store, "Valley Post")
    entry = review.add_note(store, a["id"], "call the coroner", reviewer="ana")
    assert entry["action"] == "note" and entry["reason"] == "call the coroner"
    assert store.claim(a["id"])["status"] == "unverified"
    with pytest.raises(InputError):
        review.add_note(store, a["id"], "   ", reviewer="ana")


def test_a_note_on_a_match_is_in_both_claims_histories(held: Store) -> None:
    ingest(held, KILLED_12, "Valley Post")
    ingest(held, KILLED_15, "Coast Radio")
    a, b = only_claim(held, "Valley Post"), only_claim(held, "Coast Radio")
    [match] = held.matches(a["id"])
    words = "the two counts come from different days"
    entry = review.add_note(held, b["id"], words, reviewer="ana", match_id=match["match_id"])
    assert (entry["claim_id"], entry["other_claim_id"]) == (b["id"], a["id"])
    for claim in (a, b):
        [seen] = review.history(held, claim["id"])
        assert seen["id"] == entry["id"] and seen["match_id"] == match["match_id"]
    with pytest.raises(NotFoundError, match="no match with id 999"):
        review.add_note(held, a["id"], "about nothing", reviewer="ana", match_id=999)
    c = ingest(held, HEDGED, "Ridge Courier")
    third = held.claims(document=c)[0]["id"]
    with pytest.raises(InputError, match="not of claim"):
        review.add_note(held, third, "wrong pair", reviewer="ana", match_id=match["match_id"])


def test_audit_log_is_plain_sql(store: Store) -> None:
    ingest(store, KILLED_12, "Valley Post")
    a = only_claim(store, "Valley Post")
    review.give_verdict(store, a["id"], "false", reviewer="ana", note="why")
    with store.connect() as conn:
        row = conn.execute(
            sa.text("SELECT reviewer, action, old_value, new_value, reason FROM audit_log")
        ).one()
    assert row.reviewer == "ana" and row.action == "verdict" and row.old_value is None
    assert json.loads(row.new_value)["rating"] == "false" and row.reason == "why"


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_log SET reviewer = 'mallory'",
        "UPDATE audit_log SET reason = NULL WHERE action = 'verdict'",
        "DELETE FROM audit_log",
    ],
)
def test_database_refuses_to_rewrite_history(store: Store, statement: str) -> None:
    """The trail holds against any client of the database, not only against our code."""
    ingest(store, KILLED_12, "Valley Post")
    a = only_claim(store, "Valley Post")
    review.give_verdict(store, a["id"], "false", reviewer="ana", note="why")
    with pytest.raises(sa.exc.DBAPIError, match="append-only"), store.engine.begin() as conn:
        conn.execute(sa.text(statement))
    # Refused without harm: the row is intact and new entries are still appended.
    review.add_note(store, a["id"], "second look", reviewer="ben")
    with store.connect() as conn:
        rows = conn.execute(sa.text("SELECT reviewer, reason FROM audit_log ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [("ana", "why"), ("ben", "second look")]


def test_database_refuses_to_truncate_history_on_postgresql(store: Store) -> None:
    if store.engine.dialect.name != "postgresql":
        pytest.skip("TRUNCATE is a PostgreSQL statement; SQLite's DELETE is refused above")
    ingest(store, KILLED_12, "Valley Post")
    review.add_note(store, only_claim(store, "Valley Post")["id"], "keep me", reviewer="ana")
    with pytest.raises(sa.exc.DBAPIError, match="append-only"), store.engine.begin() as conn:
        conn.execute(sa.text("TRUNCATE audit_log"))
    with store.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM audit_log")).scalar_one() == 1


def test_default_reviewer() -> None:
    assert review.default_reviewer("Desk Editor ") == "Desk Editor"
    assert review.default_reviewer(None)  # the OS user, or "unknown"


HEDGED = "The Morden tram depot may close in 2027, possibly with 80 jobs lost."
WEASEL = "Some say the Lyle stadium roof cost 40 million euros."
PLAIN = "The Quarry Lane library reopened on 3 March 2026 with 12,000 new books."


def test_queue_order_and_filters(held: Store) -> None:
    ingest(held, KILLED_12, "Valley Post")
    ingest(held, KILLED_15, "Coast Radio")  # held conflict with Valley Post
    ingest(held, KILLED_12_POLICE, "Harbour Times")  # agrees with one, held conflict with one
    ingest(held, HEDGED + "\n\n" + PLAIN, "Ridge Courier")
    ingest(held, WEASEL, "Ridge Courier")
    items = review.queue(held)
    reasons = [i.reason for i in items]
    assert reasons == sorted(reasons, key=list(review.QUEUE_REASONS).index)
    assert reasons[0] == "held-conflict"
    by_claim = {i.claim_id: i.reason for i in items}
    for source in ("Valley Post", "Coast Radio", "Harbour Times"):
        assert by_claim[only_claim(held, source)["id"]] == "held-conflict"
    ridge = {c["text"]: c for c in held.claims(source="Ridge Courier")}
    hedged_ids = {
        c["id"]
        for c in ridge.values()
        if c["hedged"] or any(m["kind"] == "weasel" for m in c["markers"])
    }
    assert hedged_ids & set(by_claim)
    for claim_id in hedged_ids & set(by_claim):
        assert by_claim[claim_id] == "hedged-or-unnamed"
    assert review.queue_size(held) == len(items)
    # filters
    assert {i.claim_id for i in review.queue(held, source="Coast Radio")} == {
        only_claim(held, "Coast Radio")["id"]
    }
    with pytest.raises(NotFoundError, match="no outlet named 'Nobody'"):
        review.queue(held, source="Nobody")
    with pytest.raises(NotFoundError, match="no story with id 999"):
        review.queue(held, story=999)
    assert all(i.reason != "held-conflict" for i in review.queue(held, source="Ridge Courier"))
    weasels = review.queue(held, marker="weasel")
    assert weasels and all(
        any(m["kind"] == "weasel" for m in held.claim(i.claim_id)["markers"]) for i in weasels
    )
    assert review.queue(held, status="disputed") == []
    # deciding every held match of a claim takes it out of the held tiers
    a = only_claim(held, "Valley Post")
    for m in held.matches(a["id"]):
        review.decide(held, m["match_id"], "conflicts", reviewer="ana")
    after = {i.claim_id: i.reason for i in review.queue(held)}
    assert after.get(a["id"]) not in ("held-conflict", "held-match")
    # a verdict takes an open claim out of the queue
    worthy = next(
        i for i in review.queue(held) if i.reason in ("hedged-or-unnamed", "check-worthy")
    )
    review.give_verdict(held, worthy.claim_id, "unproven", reviewer="ana")
    assert worthy.claim_id not in {i.claim_id for i in review.queue(held)}


def test_held_conflict_without_an_independent_source_is_no_would_dispute_item(
    held: Store,
) -> None:
    """The same outlet's later figure (an update) and a copy dispute nothing: they wait
    among the other held matches; a conflict with another outlet comes first."""
    ingest(held, KILLED_12, "Valley Post")
    ingest(held, KILLED_15, "Valley Post")  # the same outlet's later count
    first, later = held.claims(source="Valley Post")
    [match] = held.matches(first["id"])
    assert match["relation"] == "conflicts" and not match["independent"]
    reasons = {i.claim_id: i.reason for i in review.queue(held)}
    assert reasons[first["id"]] == reasons[later["id"]] == "held-match"
    ingest(held, KILLED_15, "Coast Radio")  # another outlet: would dispute the first
    items = review.queue(held)
    assert items[0].reason == "held-conflict"
    reasons = {i.claim_id: i.reason for i in items}
    assert reasons[first["id"]] == "held-conflict"
    assert reasons[only_claim(held, "Coast Radio")["id"]] == "held-conflict"
    assert reasons[later["id"]] == "held-match"  # agrees with Coast Radio, held


def test_next_item_shape(held: Store) -> None:
    assert review.next_item(held) is None
    ingest(
        held,
        "Intro line.\n\n" + KILLED_12 + " Rescue teams worked all night.\n\nEnd.",
        "Valley Post",
    )
    ingest(held, KILLED_15, "Coast Radio")
    item = review.next_item(held)
    assert item is not None
    assert item["reason"] == "held-conflict" and item["position"] == 1
    assert item["queue_size"] >= 2
    assert item["held_matches"] == [m["match_id"] for m in item["claim"]["matches"]]
    if item["claim"]["source"] == "Valley Post":
        assert item["paragraph"]["text"] == KILLED_12 + " Rescue teams worked all night."
    json.dumps(item)


def test_paragraph_span() -> None:
    text = "One.\r\n\r\nTwo three. Four.\r\n\r\nFive."
    start = text.index("Four")
    assert text[slice(*review.paragraph_span(text, start, start + 5))] == "Two three. Four."
    long = " ".join(["word"] * 2000)
    s, e = review.paragraph_span(long, 5000, 5004, limit=200)
    assert e - s <= 210 and s <= 5000 and e >= 5004


_EARLY = "The Vellmar ferry carried 120 passengers on Sunday, the harbour office said."
_LATE = "The Vellmar ferry carried 150 passengers on Sunday, the harbour office said."
_OTHER = (
    "The Vellmar ferry had 120 passengers on board on Sunday, the harbour office told Dock Times."
)


def test_decide_reports_and_records_every_status_it_moves_once(db_url: str) -> None:
    """What a decision moved is what the store's statuses say moved, however the claim was
    reached (the decided pair, or a claim whose outlet's update the decision ends or
    restores): each such claim is in ``decide``'s ``claims`` with its two statuses and
    has exactly one history row of the decision; no other claim is listed but the pair."""
    store = Store(db_url)
    try:
        for text, source, day in (
            (_EARLY, "Vellmar Radio", 1),
            (_LATE, "Vellmar Radio", 2),
            (_OTHER, "Dock Times", 1),
        ):
            store.ingest(RawDocument(text=text, source=source, published=date(2026, 3, day)))
        [update] = [
            p["match_id"]
            for p in store.match_pairs()
            if not p["independent"] and p["relation"] == "conflicts"
        ]
        for decision in ("unrelated", "conflicts", "corroborates", "unrelated"):
            before = {c["id"]: c["status"] for c in store.claims()}
            result = review.decide(store, update, decision, reviewer="desk")
            after = {c["id"]: c["status"] for c in store.claims()}
            moved = {c: (before[c], after[c]) for c in before if before[c] != after[c]}
            listed = {c["id"]: (c["status_before"], c["status"]) for c in result["claims"]}
            pair = {result["claim_id"], result["other_claim_id"]}
            assert {c: s for c, s in listed.items() if s[0] != s[1]} == moved
            assert set(listed) - pair <= set(moved)
            for cid in moved:
                rows = [
                    h
                    for h in review.history(store, cid)
                    if h["action"] == "decide"
                    and h["recorded_at"] == result["decided_at"]
                    and _names_status_of(h, cid)
                ]
                assert len(rows) == 1, (decision, cid, rows)
    finally:
        store.engine.dispose()


def _names_status_of(entry: dict, cid: int) -> bool:
    """Whether a ``decide`` history entry says claim ``cid``'s status: the pair's or a
    twin's entry (``{claim id: status}``), or a moved claim's own (its status)."""
    status = (entry.get("new") or {}).get("status")
    if isinstance(status, dict):
        return str(cid) in status
    return status is not None and entry["claim_id"] == cid


def test_the_same_answer_again_writes_nothing(held: Store) -> None:
    ingest(held, KILLED_12, "Valley Post")
    ingest(held, KILLED_15, "Coast Radio")
    a = only_claim(held, "Valley Post")
    [match] = held.matches(a["id"])
    first = review.decide(held, match["match_id"], "conflicts", reviewer="ana", note="15 wrong")
    assert first["unchanged"] is False
    again = review.decide(held, match["match_id"], "conflicts", reviewer="bo", note="15 wrong")
    # Nothing written: the stored decision keeps its reviewer and time.
    assert again["unchanged"] is True and again["also_decided"] == []
    assert (again["reviewer"], again["decided_at"]) == ("ana", first["decided_at"])
    assert [(c["status_before"], c["status"]) for c in again["claims"]] == [
        ("disputed", "disputed")
    ] * 2
    assert [h["action"] for h in review.history(held, a["id"])] == ["decide"]
    # Another note or another answer is a change, with its history row.
    noted = review.decide(held, match["match_id"], "conflicts", reviewer="bo", note="coroner")
    assert noted["unchanged"] is False and noted["previous_decision"] == "conflicts"
    assert len(review.history(held, a["id"])) == 2

    first_v = review.give_verdict(
        held, a["id"], "false", reviewer="ana", note="n", evidence_url="https://example.org/c"
    )
    same_v = review.give_verdict(
        held, a["id"], "false", reviewer="bo", note="n", evidence_url="https://example.org/c"
    )
    assert first_v["unchanged"] is False and same_v["unchanged"] is True
    assert same_v["reviewer"] == "ana" and same_v["decided_at"] == first_v["decided_at"]
    assert len(review.history(held, a["id"])) == 3
    # Dropping the evidence is a change.
    dropped = review.give_verdict(held, a["id"], "false", reviewer="bo", note="n")
    assert dropped["unchanged"] is False
    assert len(review.history(held, a["id"])) == 4
