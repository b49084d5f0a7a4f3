"""The candidate index: terms, the SQL index on SQLite and PostgreSQL, its in-memory twin."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, Engine, insert, select

from factcheck.match.candidates import (
    CandidateIndex,
    _ranked,
    add_claims,
    find_candidates,
    find_candidates_many,
    index_terms,
    index_tokens,
    magnitude_terms,
    match_corpus,
    remove_claims,
    rerank,
    select_terms,
)
from factcheck.models import (
    ClaimRow,
    ClaimTermRow,
    DocumentRow,
    SentenceRow,
    SourceRow,
    TermStatRow,
)

NOW = datetime(2026, 1, 1, tzinfo=UTC)

# Invented claims about invented places; ids are their position + 1.
CLAIMS = [
    "Flood water reached 4.8 metres at the Harlow Bridge gauge on Monday.",
    "About 3,200 residents of Pennock were moved to emergency shelters.",
    "The Harlow Bridge gauge showed the river peaking at 4.8 metres.",
    "Councillor Amsel Torvik resigned from the Pennock transport committee.",
    "More than 5,000 Pennock residents were evacuated overnight.",
    "The Greywater ferry operator cut nine sailings a week to Ostrel.",
    "Bakeries in Ostrel raised bread prices by 7% in March.",
    "Torvik denied taking payments from the bus contractor Lindqvist Haulage.",
]


def _store_claims(conn: Connection, claims: list[str], *, first_id: int = 1) -> None:
    """Minimal parent rows, so the foreign keys hold on PostgreSQL."""
    sources = SourceRow.__table__
    if not conn.execute(select(sources.c.id).where(sources.c.id == 1)).first():
        conn.execute(insert(SourceRow.__table__).values(id=1, name="Test Outlet", created_at=NOW))
        conn.execute(
            insert(DocumentRow.__table__).values(
                id=1,
                source_id=1,
                retrieved_at=NOW,
                ingested_at=NOW,
                sha256="0" * 64,
                text=" ".join(claims),
            )
        )
        conn.execute(
            insert(SentenceRow.__table__).values(
                id=1, document_id=1, position=0, char_start=0, char_end=1, text="x"
            )
        )
    conn.execute(
        insert(ClaimRow.__table__),
        [
            {
                "id": first_id + i,
                "document_id": 1,
                "sentence_id": 1,
                "position": i,
                "char_start": 0,
                "char_end": 1,
                "text": claim,
                "quote": claim,
            }
            for i, claim in enumerate(claims)
        ],
    )


@pytest.fixture
def indexed(engine: Engine) -> Engine:
    with engine.begin() as conn:
        _store_claims(conn, CLAIMS)
        add_claims(conn, enumerate(CLAIMS, start=1))
    return engine


def _term_counts(conn: Connection) -> dict[str, int]:
    table = TermStatRow.__table__
    return dict(conn.execute(select(table.c.term, table.c.claim_count)).all())


def _postings(conn: Connection) -> set[tuple[str, int]]:
    table = ClaimTermRow.__table__
    return {
        (term, claim_id) for term, claim_id in conn.execute(select(table.c.term, table.c.claim_id))
    }


# --- terms -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "present", "absent"),
    [
        ("Some 1,100 homes were flooded.", {"1100", "home", "flood"}, {"some", "were"}),
        ("The level rose to 6.20 metres.", {"6.2", "metre", "level"}, {"the", "to"}),
        ("Nine people were rescued.", {"9", "people", "rescue"}, {"nine"}),
        ("Prices rose 7% in 2025.", {"7", "2025", "price"}, {"in"}),
        ("The river peaked on Friday.", {"peak", "river", "friday"}, {"peaked", "Friday"}),
        ("Officials said the bridge was closed.", {"official", "bridge", "close"}, {"say"}),
        ("A 6,5 m wave hit Vellmar.", {"6.5", "wave", "vellmar"}, {"m"}),
        # a word of a synonym group is also indexed under the group's first word
        ("The river crested overnight.", {"crest", "peak", "river"}, set()),
        ("The quake killed villagers.", {"quake", "earthquake", "kill", "die"}, set()),
    ],
)
def test_index_terms(claim: str, present: set[str], absent: set[str]) -> None:
    terms = index_terms(claim)
    assert present <= terms
    assert not absent & terms


def test_index_tokens_keep_order_for_reranking() -> None:
    assert index_tokens("Ferries to Ostrel resumed on 3 May.") == [
        "ferry",
        "ostrel",
        "resume",
        "3",
        "may",
    ]


def test_unknown_language_falls_back_to_lowercase_words() -> None:
    assert "brücke" in index_terms("Die Brücke", language="xx")


def test_select_terms_prefers_rare_terms_within_the_budget() -> None:
    dfs = {"common": 900, "rare": 2, "mid": 50, "missing": 0}
    plan = select_terms(dfs, 10_000, max_postings=100, max_df_ratio=0.05)
    assert [term for term, _ in plan.read] == ["rare", "mid"]
    assert [term for term, _ in plan.check] == ["common"]
    weights = dict(plan.read)
    assert weights["rare"] > weights["mid"]


def test_select_terms_caps_very_common_terms_in_a_large_index() -> None:
    plan = select_terms({"the_town": 300_000, "harlow": 40}, 1_000_000, max_postings=10**7)
    assert [term for term, _ in plan.read] == ["harlow"]
    assert [term for term, _ in plan.check] == ["the_town"]


def test_one_rare_term_outweighs_several_common_ones() -> None:
    """Same wording about another town must not beat the same town in other words."""
    plan = select_terms({"harlow": 3, "bus": 900, "crash": 900, "near": 900}, 100_000)
    weights = dict(plan.read)
    assert weights["harlow"] > weights["bus"] + weights["crash"] + weights["near"]


# --- the SQL index ---------------------------------------------------------------------


def test_paraphrase_is_the_top_candidate(indexed: Engine) -> None:
    with indexed.connect() as conn:
        found = find_candidates(conn, "The river peaked at 4.8 metres at Harlow Bridge.")
    assert {claim_id for claim_id, _ in found[:2]} == {1, 3}


def test_changed_number_still_finds_the_claim(indexed: Engine) -> None:
    """A conflicting figure is exactly what must reach the comparison, not be filtered out."""
    with indexed.connect() as conn:
        found = find_candidates(conn, "Around 4,000 Pennock residents were evacuated.")
    assert found[0][0] == 5
    assert 2 in [claim_id for claim_id, _ in found]


def test_synonyms_meet_without_a_shared_word(engine: Engine) -> None:
    """ "crested" and "peaked" share no lemma; the synonym group's term connects them."""
    stored = ["The Dunmere crested overnight near Kestrow."]
    with engine.begin() as conn:
        _store_claims(conn, stored)
        add_claims(conn, enumerate(stored, start=1))
    with engine.connect() as conn:
        found = find_candidates(conn, "Water in the channel peaked before dawn.")
    assert [claim_id for claim_id, _ in found] == [1]


def test_exclude_and_limit(indexed: Engine) -> None:
    with indexed.connect() as conn:
        found = find_candidates(conn, "Torvik of Pennock", limit=1, exclude_claim_ids={4})
    assert len(found) == 1
    assert found[0][0] != 4


def test_query_without_known_terms_finds_nothing(indexed: Engine) -> None:
    with indexed.connect() as conn:
        assert find_candidates(conn, "Zebras waltz quietly.") == []
        assert find_candidates(conn, "It was.") == []


def test_term_stats_count_claims(indexed: Engine) -> None:
    with indexed.connect() as conn:
        counts = _term_counts(conn)
    assert counts["pennock"] == 3
    assert counts["4.8"] == 2
    assert counts["torvik"] == 2


def test_adding_twice_changes_nothing(indexed: Engine) -> None:
    with indexed.begin() as conn:
        before = (_term_counts(conn), _postings(conn))
        add_claims(conn, enumerate(CLAIMS, start=1))
        assert (_term_counts(conn), _postings(conn)) == before


def test_remove_claims_undoes_add(indexed: Engine) -> None:
    with indexed.begin() as conn:
        remove_claims(conn, [4, 8])
        assert "torvik" not in _term_counts(conn)
        assert all(claim_id not in (4, 8) for _, claim_id in _postings(conn))
        assert find_candidates(conn, "Councillor Torvik resigned") == []
        remaining = conn.execute(select(TermStatRow.__table__.c.claim_count)).scalars()
        assert all(count > 0 for count in remaining), "emptied terms are dropped"


def test_add_claims_stays_inside_the_callers_transaction(engine: Engine) -> None:
    conn = engine.connect()
    try:
        transaction = conn.begin()
        _store_claims(conn, CLAIMS)
        add_claims(conn, enumerate(CLAIMS, start=1))
        transaction.rollback()
    finally:
        conn.close()
    with engine.connect() as conn:
        assert _postings(conn) == set()
        assert _term_counts(conn) == {}


def test_incremental_batches_equal_one_batch(engine: Engine) -> None:
    with engine.begin() as conn:
        _store_claims(conn, CLAIMS)
        add_claims(conn, list(enumerate(CLAIMS, start=1))[:3])
        add_claims(conn, list(enumerate(CLAIMS, start=1))[3:])
        incremental = (_term_counts(conn), _postings(conn))
    memory = CandidateIndex()
    for claim_id, claim in enumerate(CLAIMS, start=1):
        memory.add(claim_id, claim)
    assert incremental[1] == {
        (term, claim_id)
        for claim_id, claim in enumerate(CLAIMS, start=1)
        for term in index_terms(claim)
    }
    assert len(memory) == len(CLAIMS)


def test_sql_and_memory_agree(indexed: Engine) -> None:
    memory = CandidateIndex()
    for claim_id, claim in enumerate(CLAIMS, start=1):
        memory.add(claim_id, claim)
    queries = ["Pennock residents evacuated", "Ostrel ferry sailings", "4.8 metres Harlow"]
    with indexed.connect() as conn:
        for query in queries:
            assert find_candidates(conn, query) == memory.query(query)


def test_sql_and_memory_agree_with_gaps_wordless_claims_and_ties(engine: Engine) -> None:
    """Ingest (SQL) and ``rematch --all`` (memory) weigh terms and cut pools alike: the
    claim count is the largest indexed id in both, a claim without terms is not counted,
    and claims tied at the pool's cut are kept whole in both (up to ``TIES_KEPT``)."""
    tied = [f"The Marlow depot closed on day {n}." for n in range(1, 13)]
    claims = [*CLAIMS, *tied, "It was so."]
    # Ids with a gap (a deleted claim) and a wordless claim last.
    ids = [*range(1, len(CLAIMS) + 1), *range(20, 20 + len(tied)), 40]
    with engine.begin() as conn:
        _store_claims(conn, CLAIMS)
        _store_claims(conn, tied, first_id=20)
        _store_claims(conn, ["It was so."], first_id=40)
        add_claims(conn, list(zip(ids, claims, strict=True)))
    memory = CandidateIndex(max_postings=20, pool=3)
    for claim_id, claim in zip(ids, claims, strict=True):
        memory.add(claim_id, claim)
    queries = ["The Marlow depot closed on Friday", "Pennock residents evacuated", "It was."]
    with engine.connect() as conn:
        for query in queries:
            for limit in (2, 5):
                assert find_candidates(
                    conn, query, limit=limit, max_postings=20, pool=3
                ) == memory.query(query, limit=limit)
        found = find_candidates(conn, tied[0], limit=3, max_postings=20, pool=3)
    # Equal scores: every claim tied at the cut, none left out by its id, in id order.
    assert [claim_id for claim_id, _ in found][1:] == list(range(21, 20 + len(tied)))


@pytest.mark.parametrize("max_postings", [1, 3, 10_000])
def test_one_search_per_document_equals_one_per_claim(indexed: Engine, max_postings: int) -> None:
    """A document's claims searched together get what each would get on its own, with
    the same read/check plans, own pools, exclusions and limits."""
    queries = [
        "Pennock residents evacuated",
        "Ostrel ferry sailings",
        "no known words here",
        "4.8 metres Harlow",
        "Torvik resigned from the transport committee",
    ]
    with indexed.connect() as conn:
        for limit, exclude in ((50, ()), (2, (5,)), (1, (1, 2))):
            one_by_one = [
                find_candidates(
                    conn, q, limit=limit, exclude_claim_ids=exclude, max_postings=max_postings
                )
                for q in queries
            ]
            together = find_candidates_many(
                conn, queries, limit=limit, exclude_claim_ids=exclude, max_postings=max_postings
            )
            assert together == one_by_one
        assert find_candidates_many(conn, []) == []


# --- reranking and the corpus join -----------------------------------------------------


def test_rerank_puts_the_paraphrase_first() -> None:
    ranked = rerank(
        "The river peaked at 4.8 metres at Harlow Bridge.",
        [(i, claim) for i, claim in enumerate(CLAIMS, start=1)],
    )
    assert {ranked[0][0], ranked[1][0]} == {1, 3}
    assert ranked[0][1] >= ranked[-1][1]
    assert all(0 <= score <= 100 for _, score in ranked)


def test_index_scores_outweigh_shared_wording() -> None:
    """Two claims worded alike about different towns lose to the same town reworded."""
    query = "Bus crash near Vellmar injured 12 people on Monday."
    candidates = [
        (1, "Bus crash near Ostrel injured 30 people on Friday."),
        (2, "A coach overturned outside Vellmar on Monday, hurting twelve passengers."),
    ]
    fuzzy_only = rerank(query, candidates)
    blended = rerank(query, candidates, index_scores={1: 4.0, 2: 40.0})
    assert fuzzy_only[0][0] == 1
    assert blended[0][0] == 2
    assert blended[0][1] > blended[1][1]
    cutoff = (blended[0][1] + blended[1][1]) / 2
    kept = rerank(query, candidates, index_scores={1: 4.0, 2: 40.0}, score_cutoff=cutoff)
    assert kept == [blended[0]]


def test_rerank_limit() -> None:
    ranked = rerank("Ostrel ferry sailings", [(i, c) for i, c in enumerate(CLAIMS, 1)], limit=2)
    assert len(ranked) == 2
    assert ranked[0][0] == 6


def test_rerank_of_nothing() -> None:
    assert rerank("anything", []) == []


def test_match_corpus_pairs_each_related_claim_once() -> None:
    pairs = match_corpus(enumerate(CLAIMS, start=1), score_cutoff=50)
    found = {(a, b) for a, b, _ in pairs}
    assert (1, 3) in found
    assert all(a < b for a, b in found)
    assert len(found) == len(pairs)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(["harlow", "pennock", "ferry", "12", "rose", "the", "vote"]), max_size=6
        ),
        min_size=1,
        max_size=12,
    )
)
def test_memory_index_scores_are_symmetric_in_insertion_order(word_lists: list[list[str]]) -> None:
    """The candidates of a query do not depend on the order claims were indexed."""
    claims = [(i, " ".join(words)) for i, words in enumerate(word_lists, start=1)]
    forward, backward = CandidateIndex(), CandidateIndex()
    for claim_id, claim in claims:
        forward.add(claim_id, claim)
    for claim_id, claim in reversed(claims):
        backward.add(claim_id, claim)
    for _, claim in claims:
        assert forward.query(claim) == backward.query(claim)


def test_common_terms_only_add_weight_to_claims_the_rare_ones_found(indexed: Engine) -> None:
    """With a budget of one posting, "evacuate" (1 claim) is read; "resident" (2 claims)
    and "pennock" (3) are only checked against what was read, so claim 2 never appears."""
    query = "Pennock residents evacuated"
    memory = CandidateIndex(max_postings=1)
    for claim_id, claim in enumerate(CLAIMS, start=1):
        memory.add(claim_id, claim)
    with indexed.connect() as conn:
        found = find_candidates(conn, query, max_postings=1)
        everything = find_candidates(conn, query)
    assert found == memory.query(query)
    assert [claim_id for claim_id, _ in found] == [5]
    assert found[0] == everything[0], "checked terms score as if they had been read"
    assert {claim_id for claim_id, _ in everything} == {2, 4, 5}


def test_memory_index_accepts_claims_out_of_order() -> None:
    memory = CandidateIndex(max_postings=1)
    for claim_id, claim in reversed(list(enumerate(CLAIMS, start=1))):
        memory.add(claim_id, claim)
    assert memory.query("Shelters in Pennock")[0][0] == 2


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ("1184", ["~1200"]),
        ("1200", ["~1200"]),
        ("212", ["~210"]),
        ("45000", ["~45000"]),
        ("6.2", []),
        ("40", []),
        ("2024", []),
    ],
)
def test_magnitude_terms(figure: str, expected: list[str]) -> None:
    assert magnitude_terms(figure) == expected


def test_approximate_figures_share_a_term() -> None:
    shared = index_terms("The trial of 1,184 volunteers") & index_terms(
        "The study followed nearly 1,200 participants"
    )
    assert "~1200" in shared


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.integers(min_value=1, max_value=5_000),
        st.sampled_from([0.5, 1.25, 2.0, 3.75]) | st.floats(min_value=0.01, max_value=50.0),
        max_size=300,
    ),
    st.integers(min_value=0, max_value=320),
)
def test_ranked_cut_equals_a_full_sort(scores: dict[int, float], limit: int) -> None:
    """The cut keeps the best scores, and on a tie at the cut the lower (earlier) id,
    exactly as sorting every scored claim by (score descending, id) would."""
    expected = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:limit]
    assert _ranked(scores, limit) == expected


def test_index_terms_are_a_fresh_set_each_call() -> None:
    """Terms are worked out once per text, but a caller that changes its set does not
    change what the next caller gets."""
    first = index_terms("Ferries to Ostrel resumed on 3 May.")
    first.add("changed")
    assert "changed" not in index_terms("Ferries to Ostrel resumed on 3 May.")


def test_a_tie_at_the_pool_cut_is_kept_whole_not_settled_by_id() -> None:
    """Claims scoring alike at the pool's cut all stay (up to ``TIES_KEPT`` more), so
    which of them can still reach the candidates does not turn on their ids, which
    follow the order of ingest."""
    from factcheck.match.candidates import TIES_KEPT, _pool

    scores = {9: 3.0, 4: 2.0, 7: 1.0, 2: 1.0, 5: 1.0}
    assert _pool(scores, 3) == [(9, 3.0), (4, 2.0), (2, 1.0), (5, 1.0), (7, 1.0)]
    # the same scores under other ids (another order of ingest) keep the same claims
    renamed = {1: 3.0, 8: 2.0, 3: 1.0, 6: 1.0, 10: 1.0}
    assert {s for _, s in _pool(renamed, 3)} == {s for _, s in _pool(scores, 3)}
    assert len(_pool(renamed, 3)) == len(_pool(scores, 3))
    many = {i: 1.0 for i in range(50)}
    assert len(_pool(many, 3)) == 3 + TIES_KEPT  # bounded
