"""Syndicated copies: shingles, MinHash bands and the lookup in document_bands."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, Engine, insert, select

from factcheck.match.syndication import (
    BANDS,
    add_document,
    document_bands,
    estimate_jaccard,
    find_copies,
    find_copy_of,
    is_short_copy,
    jaccard,
    minhash,
    original_key,
    remove_document,
    sentence_hashes,
    shingles,
)
from factcheck.models import DocumentBandRow, DocumentRow, DocumentSentenceRow, SourceRow
from factcheck.store import Store

NOW = datetime(2026, 1, 1, tzinfo=UTC)

# An invented agency story, its reprint by another outlet (new wording in places, one added
# sentence) and an independent report of the same invented event.
AGENCY = """\
OSTREL, June 4 (Baltic Line Agency) - A fire that started in a grain store on the Ostrel
waterfront spread to two warehouses overnight, forcing the closure of the harbour road.

Firefighters from four stations worked until dawn to stop the flames reaching a fuel depot
about 150 metres away, the regional fire service said. Nobody was hurt, but around 80
residents of the Quay Lane flats were moved to a school hall as a precaution.

The harbour master said ferry sailings to Greywater would resume on Thursday afternoon if
the smoke cleared. Investigators have not yet said how the fire began, although a
spokesperson for the grain company said an electrical fault was being examined.

Insurers estimate the damage at 3.5 million euros. The road is expected to reopen by the
weekend, the town council said.
"""

REPRINT = """\
A fire that started in a grain store on the Ostrel waterfront spread to two warehouses
overnight, forcing the closure of the harbour road.

Firefighters from four stations battled until dawn to stop the flames reaching a fuel depot
about 150 metres away, the regional fire service said. Nobody was injured, but around 80
residents of the Quay Lane flats were moved to a school hall as a precaution.

The harbour master said ferry sailings to Greywater would resume on Thursday afternoon if
the smoke cleared. Investigators have not yet said how the fire began, though a
spokesperson for the grain company said an electrical fault was being examined.

Insurers estimate the damage at 3.5 million euros. The road is expected to reopen by the
weekend, the town council said. Readers can send photos of the fire to our newsdesk.
"""

INDEPENDENT = """\
Crews spent the night fighting a blaze on Ostrel's quayside after flames jumped from a grain
shed into neighbouring warehouses. Eighty people living in flats on Quay Lane spent the night
in a school, and the harbour road stays shut. Fire officers told this paper the depot next
door had been their main worry. The grain company suspects faulty wiring; the council hopes
to reopen the road at the weekend, and ferries to Greywater should run again on Thursday.
"""

UNRELATED = """\
The Pennock transport committee approved a new night bus route on Tuesday. Councillors voted
seven to two for the plan, which adds hourly buses between the station and the hospital
from September. The operator said it would hire twelve more drivers.
"""


def _store_document(
    conn: Connection,
    document_id: int,
    body: str,
    published: date | None = None,
    *,
    sha256: str | None = None,
) -> None:
    """Insert a document row and its bands, as the store's ingest would."""
    conn.execute(
        insert(SourceRow.__table__).values(
            id=document_id, name=f"Outlet {document_id}", created_at=NOW
        )
    )
    conn.execute(
        insert(DocumentRow.__table__).values(
            id=document_id,
            source_id=document_id,
            published=published,
            retrieved_at=NOW,
            ingested_at=NOW,
            sha256=sha256 or f"{document_id:064d}",
            text=body,
        )
    )
    add_document(conn, document_id, body)


# --- pure parts -----------------------------------------------------------------------


def test_shingles_are_runs_of_five_lowercased_words() -> None:
    assert shingles("One two Three four five six.") == {
        "one two three four five",
        "two three four five six",
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [("", set()), ("Too short.", {"too short"}), ("— … —", set())],
)
def test_shingles_of_short_texts(body: str, expected: set[str]) -> None:
    assert shingles(body) == expected


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        (AGENCY, REPRINT, 0.6, 0.9),
        (AGENCY, INDEPENDENT, 0.0, 0.05),
        (AGENCY, UNRELATED, 0.0, 0.01),
        (REPRINT, INDEPENDENT, 0.0, 0.05),
    ],
)
def test_jaccard_separates_reprints_from_independent_reports(
    a: str, b: str, low: float, high: float
) -> None:
    assert low <= jaccard(shingles(a), shingles(b)) <= high


def test_minhash_estimate_is_close_to_exact_jaccard() -> None:
    a, b = shingles(AGENCY), shingles(REPRINT)
    assert abs(estimate_jaccard(minhash(a), minhash(b)) - jaccard(a, b)) < 0.15


@pytest.mark.parametrize("block", [1, 7, 64, 100_000])
def test_minhash_in_blocks_gives_the_one_signature(
    block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The shingles are hashed a block at a time to keep memory flat on long texts; the
    # block size must never change a signature (stored bands depend on it).
    import factcheck.match.syndication as syndication

    whole = minhash(shingles(AGENCY))
    monkeypatch.setattr(syndication, "_MINHASH_BLOCK", block)
    assert minhash(shingles(AGENCY)) == whole
    assert minhash(shingles(REPRINT)) != whole


def test_bands_are_stable_and_shared_by_the_reprint() -> None:
    bands = document_bands(AGENCY)
    assert len(bands) == BANDS
    assert bands == document_bands(AGENCY), "stored bands must not depend on the run"
    assert set(bands) & set(document_bands(REPRINT))
    assert not set(bands) & set(document_bands(UNRELATED))


@settings(max_examples=30, deadline=None)
@given(
    st.lists(
        st.sampled_from(["river", "road", "fire", "ferry", "vote", "bus", "rain"]), max_size=40
    )
)
def test_identical_texts_always_share_every_band(words: list[str]) -> None:
    body = " ".join(words)
    assert document_bands(body) == document_bands(body.upper())


# --- the table ------------------------------------------------------------------------


def test_reprint_is_found_as_copy_of_the_original(engine: Engine) -> None:
    with engine.begin() as conn:
        _store_document(conn, 1, AGENCY, date(2026, 6, 4))
        _store_document(conn, 2, INDEPENDENT, date(2026, 6, 4))
        _store_document(conn, 3, UNRELATED, date(2026, 6, 2))
        found = find_copy_of(conn, REPRINT)
    assert found is not None
    document_id, similarity = found
    assert document_id == 1
    assert 0.6 <= similarity <= 0.9
    assert similarity == pytest.approx(jaccard(shingles(AGENCY), shingles(REPRINT)), abs=1e-4)


@pytest.mark.parametrize("body", [INDEPENDENT, UNRELATED])
def test_independent_reports_are_not_copies(engine: Engine, body: str) -> None:
    with engine.begin() as conn:
        _store_document(conn, 1, AGENCY, date(2026, 6, 4))
        assert find_copy_of(conn, body) is None


def test_empty_store_and_empty_text(engine: Engine) -> None:
    with engine.begin() as conn:
        assert find_copy_of(conn, AGENCY) is None
        _store_document(conn, 1, AGENCY)
        assert find_copy_of(conn, "") is None


def test_earliest_published_copy_wins(engine: Engine) -> None:
    """A wire story ingested after its reprint is still the one copies point at."""
    with engine.begin() as conn:
        _store_document(conn, 1, REPRINT, date(2026, 6, 5))
        _store_document(conn, 2, AGENCY, date(2026, 6, 4))
        found = find_copy_of(conn, REPRINT + " Updated at noon.")
    assert found is not None
    assert found.document_id == 2


def test_undated_documents_fall_back_to_ingest_order(engine: Engine) -> None:
    """Two stored versions with the same text: the first stored is the original."""
    with engine.begin() as conn:
        _store_document(conn, 1, AGENCY)
        _store_document(conn, 2, AGENCY)
        assert find_copy_of(conn, REPRINT).document_id == 1


def test_undated_versions_are_ordered_by_their_text_not_their_arrival(engine: Engine) -> None:
    """Undated versions with different texts: the lower SHA-256 is the original, so the
    answer is the same whichever of them was stored first."""
    later = AGENCY.replace("town council", "borough council")
    with engine.begin() as conn:
        _store_document(conn, 1, AGENCY, sha256="f" * 64)
        _store_document(conn, 2, later, sha256="0" * 64)
        assert find_copy_of(conn, REPRINT).document_id == 2
    assert original_key(None, "0" * 64) < original_key(None, "f" * 64)
    assert original_key(date(2026, 6, 5), "f" * 64) < original_key(None, "0" * 64)
    assert original_key(date(2026, 6, 4), "f" * 64) < original_key(date(2026, 6, 5), "0" * 64)


def test_threshold_and_exclusion(engine: Engine) -> None:
    with engine.begin() as conn:
        _store_document(conn, 1, AGENCY)
        assert find_copy_of(conn, REPRINT, threshold=0.95) is None
        assert find_copy_of(conn, REPRINT, exclude_document_ids=[1]) is None
        assert find_copy_of(conn, AGENCY).similarity == 1.0


def test_bands_stay_inside_the_transaction_and_can_be_removed(engine: Engine) -> None:
    bands = DocumentBandRow.__table__
    with engine.connect() as conn:
        transaction = conn.begin()
        _store_document(conn, 1, AGENCY)
        transaction.rollback()
    with engine.begin() as conn:
        assert conn.execute(select(bands.c.band)).first() is None
        _store_document(conn, 1, AGENCY)
        add_document(conn, 1, AGENCY)  # a repeated ingest adds nothing
        assert len(conn.execute(select(bands.c.band)).all()) == BANDS
        remove_document(conn, 1)
        assert find_copy_of(conn, REPRINT) is None


# Short briefs of our own: under MIN_SHINGLES, so judged by their sentences.
BRIEF = (
    "The Tolven council voted yesterday to shut the Ambry library for repairs.\n\n"
    "The library lent 300 books a week, the council said."
)
OTHER_BRIEF = (
    "The Tolven school board voted yesterday to merge two primary schools.\n\n"
    "No one was hurt, police said."
)
BOILERPLATE_BRIEF = (
    "A van hit a lamp post on the Tolven ring road on Monday.\n\n"
    "No one was hurt, police said."
)


def test_a_short_brief_reprinted_word_for_word_is_a_copy(engine: Engine) -> None:
    with engine.begin() as conn:
        _store_document(conn, 2, BRIEF, date(2026, 4, 6))
        assert find_copy_of(conn, BRIEF) == (2, 1.0)
        # Case, quotes and line breaks are what copies change; the words are the same.
        assert find_copy_of(conn, BRIEF.upper().replace("\n\n", " ")) == (2, 1.0)
        assert find_copy_of(conn, BRIEF, exclude_document_ids=[2]) is None


def test_a_one_sentence_text_is_no_copy(engine: Engine) -> None:
    """Two outlets printing the same one-line statement agree in wording: one sentence is
    not enough to call either a reprint of the other."""
    sentence = "The Harl Bridge collapse killed 12 people on Monday, police said."
    with engine.begin() as conn:
        _store_document(conn, 1, sentence)
        assert find_copy_of(conn, sentence) is None
        # The same text is a copy once the minimum no longer sends it to the sentences.
        assert find_copy_of(conn, sentence, min_shingles=1) == (1, 1.0)


def test_a_short_reprint_cut_from_a_longer_story_is_a_copy(engine: Engine) -> None:
    longer = BRIEF + " Repairs will cost 80,000 euros. The mayor said the work was overdue."
    with engine.begin() as conn:
        _store_document(conn, 1, longer, date(2026, 4, 6))
        found = find_copy_of(conn, BRIEF)
        assert found is not None and found.document_id == 1
        # The same pair the other way round: the rule does not turn on which came first.
        remove_document(conn, 1)
        _store_document(conn, 2, BRIEF, date(2026, 4, 7))
        found = find_copy_of(conn, longer)
        assert found is not None and found.document_id == 2


@pytest.mark.parametrize(
    ("stored", "new"),
    [
        # Two briefs sharing one boilerplate sentence report two different things.
        (OTHER_BRIEF, BOILERPLATE_BRIEF),
        (BOILERPLATE_BRIEF, OTHER_BRIEF),
        # One sentence of a longer brief printed alone is a shared statement, not a reprint.
        (BRIEF, "The library lent 300 books a week, the council said."),
        # The same template about another place and day.
        (BRIEF, BRIEF.replace("Ambry", "Corlen").replace("yesterday", "on Friday")),
    ],
)
def test_short_briefs_that_share_a_sentence_are_not_copies(
    engine: Engine, stored: str, new: str
) -> None:
    with engine.begin() as conn:
        _store_document(conn, 1, stored, date(2026, 4, 6))
        assert find_copy_of(conn, new) is None


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (BRIEF, BRIEF, True),
        (BRIEF, BRIEF.lower().replace(",", ""), True),
        (BRIEF, BRIEF + " Readers can write to the desk.", True),
        (OTHER_BRIEF, BOILERPLATE_BRIEF, False),
        (BRIEF, "", False),
        ("No one was hurt.", "No one was hurt.", False),
        ("No one was hurt.", "No one was hurt. A van hit a post.", False),
    ],
)
def test_is_short_copy_is_symmetric(a: str, b: str, expected: bool) -> None:
    assert is_short_copy(a, b) is expected
    assert is_short_copy(b, a) is expected


def test_is_short_copy_is_symmetric_between_bodies_of_one_length() -> None:
    # A repeats its first sentence, B ends on another of the same length: neither body
    # is the shorter, and the answer must not turn on which is given first.
    first, second, third = "The ferry sank.", "Ten people were rescued.", "The crew swam."
    a, b = f"{first} {second} {first}", f"{first} {second} {third}"
    assert is_short_copy(a, b) == is_short_copy(b, a)


def test_identical_short_bodies_are_copies_whatever_the_segmenter_reads() -> None:
    # "fell ill. Mayor" may be read as one sentence (an abbreviation before a name):
    # the same words with two stops as written are still two sentences reprinted.
    body = "Nine workers at the Corlen plant fell ill. Mayor Ada Vane said it would close."
    assert is_short_copy(body, body)
    assert is_short_copy(body, body.replace(" Mayor", "\nMayor"))
    assert not is_short_copy("No one was hurt.", "No one was hurt.")


# A long story, one paragraph a line, and a brief of two of its sentences cut from its
# end: the brief shares too few shingles with the whole story (a Jaccard near 0.1) to
# share a band with it.
LONG_STORY = (
    "A landslide buried the coast road between Merrow and Tallis early on Sunday, cutting "
    "off about 400 homes on the headland, the county roads office said.\n\n"
    "Engineers said the slope had been moving for weeks after the wettest autumn on record, "
    "and that a second slip further north could not be ruled out.\n\n"
    "Residents were told to use the inland lane through Hollin, which adds about 40 minutes "
    "to the trip to the hospital in Merrow.\n\n"
    "The county council will meet on Tuesday to decide whether to build a temporary bridge "
    "over the gully or to reopen the old quarry track.\n\n"
    "Repairs to the road are expected to cost at least 2 million pounds. "
    "Work cannot start until the slope has been surveyed from the air, the roads office said."
)
CUT_BRIEF = (
    "Repairs to the road are expected to cost at least 2 million pounds.\n\n"
    "Work cannot start until the slope has been surveyed from the air, the roads office said."
)


def test_a_brief_cut_from_a_long_story_is_found_by_its_sentences(engine: Engine) -> None:
    """The LSH bands miss it (docs/scale.md, "Short bodies"); the sentence index finds
    the story that holds every sentence of the brief, in either order of ingest."""
    assert not set(document_bands(CUT_BRIEF)) & set(document_bands(LONG_STORY))
    assert len(shingles(LONG_STORY)) >= 30 > len(shingles(CUT_BRIEF))
    with engine.begin() as conn:
        _store_document(conn, 1, LONG_STORY, date(2026, 6, 4))
        found = find_copy_of(conn, CUT_BRIEF)
        assert found is not None and found.document_id == 1
        remove_document(conn, 1)
        assert find_copy_of(conn, CUT_BRIEF) is None
        _store_document(conn, 2, CUT_BRIEF, date(2026, 6, 5))
        found = find_copy_of(conn, LONG_STORY)
        assert found is not None and found.document_id == 2


@pytest.mark.parametrize(
    "brief",
    [
        # one sentence of the story and one of another report
        "Repairs to the road are expected to cost at least 2 million pounds.\n\n"
        "The Pennock night bus will run hourly from September.",
        # one sentence of the story alone
        "Repairs to the road are expected to cost at least 2 million pounds.",
    ],
)
def test_a_brief_sharing_one_sentence_with_a_story_is_no_copy(
    engine: Engine, brief: str
) -> None:
    with engine.begin() as conn:
        _store_document(conn, 1, LONG_STORY, date(2026, 6, 4))
        assert find_copy_of(conn, brief) is None
        remove_document(conn, 1)
        _store_document(conn, 2, brief, date(2026, 6, 5))
        assert find_copy_of(conn, LONG_STORY) is None


def test_sentence_hashes_read_words_as_copies_do() -> None:
    hashes = sentence_hashes(CUT_BRIEF)
    assert len(hashes) == 2 and all(len(h) == 16 for h in hashes)
    assert sentence_hashes(CUT_BRIEF.upper().replace("\n\n", " ")) == hashes
    assert sentence_hashes("No one was hurt. No one was hurt.") == sentence_hashes(
        "No one was hurt."
    )


def test_sentence_hashes_go_with_their_document(engine: Engine) -> None:
    sentences = DocumentSentenceRow.__table__
    with engine.begin() as conn:
        _store_document(conn, 1, AGENCY)
        add_document(conn, 1, AGENCY)  # a repeated ingest adds nothing
        stored = conn.execute(select(sentences.c.sentence)).scalars().all()
        assert sorted(stored) == sorted(sentence_hashes(AGENCY))
        remove_document(conn, 1)
        assert conn.execute(select(sentences.c.sentence)).first() is None


def test_an_ingested_brief_cut_from_a_stored_story_is_its_copy(store: Store) -> None:
    """Through ingest, in both orders: the brief is a copy of the story (or the story,
    dated earlier, becomes the brief's original), so the brief's claims add no
    independent support to the story's."""
    from factcheck.read import RawDocument

    story = store.ingest(
        RawDocument(text=LONG_STORY, source="Merrow Courier", published="2026-06-04")
    )
    brief = store.ingest(
        RawDocument(text=CUT_BRIEF, source="Tallis Weekly", published="2026-06-05")
    )
    assert brief.copy_of == story.id
    assert store.document(brief.id)["copy_of"] == story.id


def test_a_stored_brief_becomes_a_copy_of_the_story_it_was_cut_from(store: Store) -> None:
    from factcheck.read import RawDocument

    brief = store.ingest(
        RawDocument(text=CUT_BRIEF, source="Tallis Weekly", published="2026-06-05")
    )
    story = store.ingest(
        RawDocument(text=LONG_STORY, source="Merrow Courier", published="2026-06-04")
    )
    assert story.copy_of is None
    assert brief.id in story.copies
    assert store.document(brief.id)["copy_of"] == story.id


# --- the brief index: order-free postings, ranked by the candidate's coverage (F11) ----

_SPILLWAY = (
    "The Pellow dam spillway opened on Tuesday after three days of heavy rain, the "
    "regional water board said. About 400 homes downstream were told to leave by "
    "nightfall. The board said the reservoir stood at 98% of capacity on Tuesday "
    "morning. Engineers checked the dam wall overnight and found no cracks, board "
    "spokeswoman Ilse Marrow said. Schools in the valley will stay closed on Wednesday. "
    "A shelter has opened in the Pellow sports hall. The last time the spillway opened "
    "was in 2011, when 150 homes were flooded. Rain is expected to ease on Thursday, "
    "forecasters said."
)
_SPILLWAY_BRIEF = (
    "The Pellow dam spillway opened on Tuesday after three days of heavy rain, the "
    "regional water board said. About 400 homes downstream were told to leave by "
    "nightfall."
)


@pytest.mark.parametrize("brief_first", [True, False])
def test_a_brief_is_found_by_a_story_reprinted_more_often_than_the_candidates_checked(
    engine: Engine, brief_first: bool
) -> None:
    """Ranked by the raw count of shared sentences, 21 full reprints (all of the story's
    sentences each) outranked a stored brief of two and took every one of the 20 places:
    the story's text never met its brief. Ranked by the share of the candidate's own
    sentences, then the shorter first, the brief (100 %, two sentences) comes first,
    whichever was stored first."""
    reprints = 21
    with engine.begin() as conn:
        brief_id = 1 if brief_first else reprints + 1
        first = 2 if brief_first else 1
        for n in range(reprints):
            # One reprint per outlet, word for word but for a sign-off of its own.
            body = f"{_SPILLWAY}\n\nReporting by desk number {n + 1}."
            _store_document(conn, first + n, body, date(2026, 6, 3), sha256=f"{n:064x}")
        _store_document(conn, brief_id, _SPILLWAY_BRIEF, date(2026, 6, 3), sha256="f" * 64)
        found = [hit.document_id for hit in find_copies(conn, _SPILLWAY)]
    assert brief_id in found


def test_a_sentences_postings_are_the_same_documents_in_any_order_of_storing(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sentence held by more documents than a lookup reads gives the first of them by
    the SHA-256 of their bodies, not the earliest stored: the same documents whichever
    order they came in (3 read here of 6 holding the brief's sentences)."""
    from factcheck.match import syndication

    monkeypatch.setattr(
        syndication, "_SENTENCE_POSTINGS_QUERY", syndication._SENTENCE_POSTINGS_QUERY.limit(3)
    )
    bodies = [
        f"{_SPILLWAY_BRIEF} Report number {n} of the day said the board would meet again."
        for n in range(6)
    ]
    seen = []
    for order in (bodies, bodies[::-1]):
        with engine.begin() as conn:
            conn.execute(DocumentSentenceRow.__table__.delete())  # type: ignore[attr-defined]
            conn.execute(DocumentBandRow.__table__.delete())  # type: ignore[attr-defined]
            conn.execute(DocumentRow.__table__.delete())  # type: ignore[attr-defined]
            conn.execute(SourceRow.__table__.delete())  # type: ignore[attr-defined]
            for n, body in enumerate(order, start=1):
                _store_document(
                    conn, n, body, sha256=hashlib.sha256(body.encode("utf-8")).hexdigest()
                )
            found = syndication._sentence_candidates(conn, _SPILLWAY_BRIEF, "en", True, set())
            table = DocumentRow.__table__  # type: ignore[attr-defined]
            text_of = {row.id: row.text for row in conn.execute(select(table.c.id, table.c.text))}
            seen.append(sorted(text_of[doc_id] for doc_id in found))
    assert len(seen[0]) == 3
    assert seen[0] == seen[1]


def test_sentence_hashes_are_pinned() -> None:
    """``document_sentences`` holds these hashes for every stored document (filled by
    migration 0017 with the package's hashing, and by every ingest since): a change to
    how sentences are split or their words read changes them, and stored documents would
    no longer be found by their sentences. Such a change must come with a migration that
    fills the table again (as 0017 does) and a new pin here (docs/scale.md, "Sentence
    index")."""
    text = (
        "The Amsel ring road closed on Friday, the county said.\n\n"
        'About 300 homes lost power. "We had no warning," said Ola Brandt.'
    )
    assert sentence_hashes(text) == ["fcc3ac1368fc835c", "76df0830d94edeca", "e53436724b42b40d"]


def test_which_of_many_equal_versions_are_checked_does_not_turn_on_the_order_of_storing(
    engine: Engine,
) -> None:
    """25 versions of one brief, each signed by its desk, tie for a new copy of the brief
    (all hold both its sentences, and close shares of its bands); 20 are checked. Ties
    went by id, so which 20 were found (and so which original a copy took) turned on
    the order they were stored in; they go by the SHA-256 of the bodies now."""
    from factcheck.match import syndication

    bodies = [f"{_SPILLWAY_BRIEF} Filed by desk number {n + 1}." for n in range(25)]
    seen = []
    for order in (bodies, bodies[::-1]):
        with engine.begin() as conn:
            for table in (DocumentSentenceRow, DocumentBandRow, DocumentRow, SourceRow):
                conn.execute(table.__table__.delete())  # type: ignore[attr-defined]
            for n, body in enumerate(order, start=1):
                _store_document(
                    conn, n, body, sha256=hashlib.sha256(body.encode("utf-8")).hexdigest()
                )
            table = DocumentRow.__table__  # type: ignore[attr-defined]
            text_of = {row.id: row.text for row in conn.execute(select(table.c.id, table.c.text))}
            _, bands = syndication._shingles_and_bands(_SPILLWAY_BRIEF)
            by_bands = syndication._band_candidates(conn, list(bands), set())
            by_sentences = syndication._sentence_candidates(
                conn, _SPILLWAY_BRIEF, "en", True, set()
            )
        seen.append(
            [sorted(text_of[doc_id] for doc_id in found) for found in (by_bands, by_sentences)]
        )
    assert [len(found) for found in seen[0]] == [20, 20]
    assert seen[0] == seen[1]
