"""The claim store on SQLite and PostgreSQL: provenance, spans, duplicates, atomicity."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from factcheck.errors import InputError, NotFoundError, StorageError
from factcheck.read import RawDocument, documents_from_text
from factcheck.store import Store

ARTICLES = Path(__file__).parent / "data" / "articles"

TEXT = (
    "The Harl Bridge reopened on Monday after three weeks of repairs. "
    "About 14,000 vehicles cross it every day, the council said.\n\n"
    "Engineers may inspect the deck again in May."
)


def _doc(text: str = TEXT, source: str = "Valley Post", **kw: object) -> RawDocument:
    return RawDocument(text=text, source=source, **kw)  # type: ignore[arg-type]


def _counts(store: Store) -> dict[str, int]:
    with store.connect() as conn:
        return {
            table: conn.execute(sa.text(f"SELECT COUNT(*) FROM {table}")).scalar_one()
            for table in ("sources", "documents", "sentences", "claims", "markers")
        }


def test_ingest_stores_provenance(store: Store) -> None:
    result = store.ingest(
        _doc(
            url="https://example.org/valley-post/bridge",
            title="Bridge reopens",
            author="Ada Quill",
            published=date(2026, 3, 2),
        )
    )
    assert result.status == "ingested"
    assert result.claims >= 3
    [doc] = store.documents()
    assert doc["source"] == "Valley Post"
    assert doc["title"] == "Bridge reopens"
    assert doc["author"] == "Ada Quill"
    assert doc["published"] == "2026-03-02"
    assert doc["url"] == "https://example.org/valley-post/bridge"
    assert doc["retrieved_at"].endswith("Z")
    assert len(doc["sha256"]) == 64
    assert doc["claims"] == result.claims
    with store.connect() as conn:
        domain = conn.execute(sa.text("SELECT domain FROM sources")).scalar_one()
    assert domain == "example.org"


def test_every_claim_span_slices_back_to_its_quote(store: Store) -> None:
    for path in sorted(ARTICLES.glob("*.txt")):
        text = path.read_bytes().decode("utf-8")
        [raw] = documents_from_text(
            text, RawDocument(text="", origin=path.name), source_from_header=True
        )
        store.ingest(raw)
    docs = {d["id"]: store.document(d["id"], with_text=True)["text"] for d in store.documents()}
    claims = store.claims()
    assert len(claims) > 10
    for claim in claims:
        assert docs[claim["document_id"]][claim["start"] : claim["end"]] == claim["quote"]
        for marker in claim["markers"]:
            assert docs[claim["document_id"]][marker["start"] : marker["end"]] == marker["text"]


def test_crlf_text_is_stored_verbatim(store: Store) -> None:
    raw_bytes = (ARTICLES / "crlf_line_endings.txt").read_bytes()
    assert b"\r\n" in raw_bytes
    [raw] = documents_from_text(
        raw_bytes.decode("utf-8"), RawDocument(text=""), source_from_header=True
    )
    result = store.ingest(raw)
    stored = store.document(result.id, with_text=True)["text"]
    assert "\r\n" in stored
    assert stored == raw.text


def test_same_text_same_source_is_a_duplicate(store: Store) -> None:
    first = store.ingest(_doc())
    again = store.ingest(_doc())
    assert again.status == "duplicate"
    assert again.id == first.id
    assert again.claims == first.claims
    assert again.story_id == first.story_id and again.story_id is not None
    assert again.copy_of == first.copy_of
    assert len(store.documents()) == 1


def test_same_text_other_source_is_a_new_document(store: Store) -> None:
    first = store.ingest(_doc())
    other = store.ingest(_doc(source="Harbour Times"))
    assert other.status == "ingested"
    assert other.id != first.id
    assert len(store.documents()) == 2


def test_failure_mid_ingest_leaves_database_unchanged(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.ingest(_doc())
    before = _counts(store)

    def explode(*args: object, **kwargs: object) -> int:
        raise sa.exc.OperationalError("INSERT", {}, Exception("disk on fire"))

    original = Store._insert_analysis

    def half_then_explode(self: Store, conn: sa.Connection, document_id: int, analysis):  # type: ignore[no-untyped-def]
        original(self, conn, document_id, analysis)  # sentences, claims, markers written...
        explode()  # ...then the transaction fails

    monkeypatch.setattr(Store, "_insert_analysis", half_then_explode)
    with pytest.raises(StorageError, match="disk on fire"):
        store.ingest(_doc(text="A new text about the ferry. It sailed late.", source="New Outlet"))
    assert _counts(store) == before


def test_missing_source_is_refused(store: Store) -> None:
    with pytest.raises(InputError, match="no source"):
        store.ingest(RawDocument(text="Some text."))
    assert _counts(store)["documents"] == 0


def test_claim_filters(store: Store) -> None:
    store.ingest(_doc())
    store.ingest(_doc(text="The ferry sailed at noon with 40 passengers.", source="Port News"))
    assert {c["source"] for c in store.claims(source="Port News")} == {"Port News"}
    doc_id = store.documents()[0]["id"]
    assert {c["document_id"] for c in store.claims(document=doc_id)} == {doc_id}
    assert len(store.claims(limit=2)) == 2
    assert all(c["status"] == "unverified" for c in store.claims(status="unverified"))
    assert store.claims(status="disputed") == []
    hedged = store.claims(hedged=True)
    assert all(c["hedged"] for c in hedged)
    assert all(not c["hedged"] for c in store.claims(hedged=False))


def test_claims_by_checkworthiness(store: Store) -> None:
    store.ingest(_doc())
    reading = store.claims()
    ranked = store.claims(order="checkworthiness")
    assert sorted(c["id"] for c in ranked) == sorted(c["id"] for c in reading)
    scores = [c["checkworthiness"] for c in ranked]
    assert scores == sorted(scores, reverse=True)
    assert store.claims(order="checkworthiness", limit=1)[0]["id"] == ranked[0]["id"]
    with pytest.raises(InputError):
        store.claims(order="random")


def test_claim_detail(store: Store) -> None:
    store.ingest(_doc(title="Bridge reopens"))
    first = store.claims()[0]
    detail = store.claim(first["id"])
    assert detail["document"]["title"] == "Bridge reopens"
    assert detail["context"]["quote"] == first["quote"]
    assert detail["matches"] == []
    assert detail["reviews"] == []
    assert detail["sentence"]["text"]


def test_rescore_restores_current_scores_and_applies_a_threshold(store: Store) -> None:
    store.ingest(_doc())
    fresh = {c["id"]: c for c in store.claims()}
    assert store.rescore() == {
        "claims": len(fresh),
        "changed": 0,
        "checkworthy": sum(c["checkworthy"] for c in fresh.values()),
    }
    # a claim scored by an older version: wrong score, flag, type and reasons
    stale = next(iter(fresh))
    with store.transaction() as conn:
        conn.execute(
            sa.text(
                "UPDATE claims SET checkworthiness = 0.01, checkworthy = :no, "
                "claim_type = 'other', reasons = '[]' WHERE id = :id"
            ),
            {"id": stale, "no": False},
        )
    assert store.rescore()["changed"] == 1
    assert {c["id"]: c for c in store.claims()} == fresh
    everything = store.rescore(threshold=0.0)
    assert everything["checkworthy"] == len(fresh)
    assert all(c["checkworthy"] for c in store.claims())
    assert store.rescore(threshold=1.0)["checkworthy"] == 0


def test_long_rewrites_report_progress(store: Store) -> None:
    store.ingest(_doc())
    store.ingest(_doc(text="The ferry sailed at noon with 40 passengers.", source="Port News"))
    calls: list[tuple[int, int]] = []
    store.rescore(progress=lambda done, total: calls.append((done, total)))
    claims = len(store.claims())
    assert calls[0] == (0, claims) and calls[-1] == (claims, claims)
    calls.clear()
    store.rematch(everything=True, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(0, 2), (1, 2), (2, 2)]


def test_rescore_refuses_a_bad_threshold(store: Store) -> None:
    with pytest.raises(InputError):
        store.rescore(threshold=1.5)


def test_unknown_claim(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.claim(12345)


def test_marker_stats_per_source(store: Store) -> None:
    store.ingest(_doc())
    [stats] = store.marker_stats()
    assert stats["source"] == "Valley Post"
    assert stats["claims"] >= 3
    assert 0.0 <= stats["hedged_share"] <= 1.0


def test_reopening_needs_no_migration(db_url: str) -> None:
    Store(db_url).ingest(_doc())
    again = Store(db_url)
    assert again.current_revision() == again.head_revision()
    assert len(again.documents()) == 1


def test_newer_schema_is_refused(db_url: str) -> None:
    store = Store(db_url)
    with store.transaction() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StorageError, match="newer than this factcheck"):
        Store(db_url)


@pytest.mark.parametrize(
    ("url", "error"),
    [
        ("nosuchdriver://x", InputError),
        ("postgresql+psycopg://", StorageError),
        ("sqlite:////definitely/not/a/dir/x.sqlite3", InputError),  # a path the user gave
    ],
)
def test_bad_database_urls(url: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        Store(url)


def test_an_article_without_an_author_takes_its_byline_or_its_reporters(store: Store) -> None:
    byline = store.ingest(_doc("By Ann Lee\n\nThe levee held on Monday after 30 hours."))
    credit = store.ingest(
        _doc("The pier shut for 12 days.\n(Reporting by Ivo Kay and Ema Sol; editing by Tom Roe)")
    )
    given = store.ingest(_doc("By Ann Lee\n\nThe dam held for 4 days.", author="Rui Pax"))
    nobody = store.ingest(_doc("The quay flooded twice in May."))
    assert store.document(byline.id)["author"] == "Ann Lee"
    assert store.document(credit.id)["author"] == "Ivo Kay, Ema Sol"
    assert store.document(given.id)["author"] == "Rui Pax"  # what the caller gave wins
    assert store.document(nobody.id)["author"] is None


def test_terminal_control_is_stripped_from_python_documents_too(store: Store) -> None:
    result = store.ingest(_doc("The levee \x1b[31mheld\x1b[0m for 30 hours.\x07"))
    stored = store.document(result.id, with_text=True)
    assert stored["text"] == "The levee held for 30 hours."
    assert [c["text"] for c in store.claims()] == ["The levee held for 30 hours."]
    with pytest.raises(InputError, match="has no text"):
        store.ingest(_doc("\x1b[31m\x1b[0m  \n"))
