"""Database tables.

The schema is the public face of the tool for anyone with sqlite3, Datasette or psql, so
names are plain and every column means one thing. Offsets are stored as ``char_start`` /
``char_end`` (``end`` is a reserved word in SQL) and always index into
``documents.text``. The tables are created by the Alembic migrations in ``db/``, never by
``create_all``; a test checks that the migrations and these models agree.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, Connection, DateTime, Index, Text, UniqueConstraint
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Field, SQLModel

__all__ = [
    "AuditRow",
    "ClaimRow",
    "ClaimTermRow",
    "DocumentBandRow",
    "DocumentRow",
    "DocumentSentenceRow",
    "MarkerRow",
    "MatchRow",
    "ReviewRow",
    "SentenceRow",
    "SourceRow",
    "StoryRow",
    "StoryTermRow",
    "StoryTermStatRow",
    "TaskProgressRow",
    "TermStatRow",
    "VerdictRow",
    "upsert_insert",
]


def upsert_insert(conn: Connection) -> Any:
    """The INSERT construct of this connection's dialect, the one with ON CONFLICT.

    Index and band rows are written with ``on_conflict_do_*``, which SQLAlchemy offers per
    dialect; these are the two databases factcheck supports.
    """
    name = conn.dialect.name
    if name == "sqlite":
        return sqlite_insert
    if name == "postgresql":
        return postgresql_insert
    raise NotImplementedError(f"unsupported database dialect {name!r}")


def _timestamp() -> Column:
    """Timestamps are UTC with a time zone, declared here so every sqlmodel version agrees."""
    return Column(DateTime(timezone=True), nullable=False)


class SourceRow(SQLModel, table=True):
    """An outlet. ``owner_group`` ties outlets that are not independent of each other.

    Like every table whose ids people cite or ``audit_log`` refers to (documents, claims,
    matches, reviews, verdicts, stories), an id is never handed out again after its row
    is deleted: SQLite AUTOINCREMENT (migration 0012), a PostgreSQL sequence.
    """

    __tablename__ = "sources"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, index=False)
    # The name case-folded (provenance.outlet_key), indexed: credited outlets are found
    # case-insensitively by one lookup, never by reading every outlet (migration 0014).
    name_key: str | None = Field(default=None, index=True)
    domain: str | None = None
    owner_group: str | None = None
    reliability_note: str | None = None
    created_at: datetime = Field(sa_column=_timestamp())


class DocumentRow(SQLModel, table=True):
    """One ingested text with its provenance; ``text`` is kept verbatim for the spans."""

    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("source_id", "sha256", name="uq_documents_source_sha256"),
        # A story's earliest document (its label's written names) is one index probe,
        # not a sort of every document of the story at each ingest (migration 0015).
        Index("ix_documents_story_published", "story_id", "published", "id"),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="sources.id", index=True)
    url: str | None = None
    title: str | None = None
    author: str | None = None
    published: date | None = None
    retrieved_at: datetime = Field(sa_column=_timestamp())
    ingested_at: datetime = Field(sa_column=_timestamp())
    sha256: str = Field(index=True)
    language: str = "en"
    format: str = "text"
    origin: str | None = None
    text: str = Field(sa_column=Column(Text, nullable=False))
    # Set when the text is a near-copy (syndication, reprint) of an earlier document; the
    # copy then adds no independent support to the original's claims.
    copy_of_id: int | None = Field(default=None, foreign_key="documents.id", index=True)
    copy_similarity: float | None = None
    # The story (event or ongoing topic) the document reports on, and why it joined it:
    # a JSON object with the shared terms and the score, or the copy it follows, or the
    # person who moved it there (``story_set_by`` is then ``person`` and automatic
    # assignment leaves it alone).
    story_id: int | None = Field(default=None, foreign_key="stories.id", index=True)
    story_score: float | None = None
    story_reason: str | None = None
    story_set_by: str | None = None
    # The outlet this document's reporting comes from when a dateline or credit names
    # another one ("KESTROW (Coastal Wire) -", "Reporting by ... for Coastal Wire"): its
    # claims are then not independent of that outlet's, even when edited.
    depends_on_source_id: int | None = Field(default=None, foreign_key="sources.id", index=True)
    credit: str | None = None


class StoryRow(SQLModel, table=True):
    """One event or ongoing topic: the documents that report on it.

    ``first_published``/``last_published`` span its documents' dates, so a new document
    only joins a story whose dates are within the configured window of its own.
    ``title`` is its first document's headline; ``label`` names it by the names and key
    words its documents share most, kept up to date as documents join and leave, unless
    a person named it (``stories rename``; ``label_set_by`` is then ``person``).
    An id is never handed out again once its story is merged away or deleted (SQLite
    AUTOINCREMENT, migration 0011; a PostgreSQL sequence), so a cited id never comes to
    name another event.
    """

    __tablename__ = "stories"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(sa_column=Column(Text, nullable=False))
    label: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    label_set_by: str | None = None
    first_published: date | None = None
    last_published: date | None = None
    created_at: datetime = Field(sa_column=_timestamp())
    updated_at: datetime = Field(sa_column=_timestamp())


class StoryTermRow(SQLModel, table=True):
    """Inverted index of the key terms of each story's documents (names, figures, words).

    ``documents`` counts the story's documents holding the term, so a document leaving
    the story takes only its own share away.
    """

    __tablename__ = "story_terms"
    # The second index walks a story's most shared terms for its label without reading
    # every term the story ever held (migration 0015).
    __table_args__ = (
        Index("ix_story_terms_story_id", "story_id"),
        Index("ix_story_terms_story_documents", "story_id", "documents"),
    )

    term: str = Field(primary_key=True)
    story_id: int = Field(primary_key=True, foreign_key="stories.id")
    kind: str
    documents: int = 0


class StoryTermStatRow(SQLModel, table=True):
    """How many stories hold each key term: a term in many stories tells them apart least."""

    __tablename__ = "story_term_stats"

    term: str = Field(primary_key=True)
    stories: int = 0


class SentenceRow(SQLModel, table=True):
    __tablename__ = "sentences"

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True)
    position: int
    char_start: int
    char_end: int
    text: str = Field(sa_column=Column(Text, nullable=False))


class ClaimRow(SQLModel, table=True):
    """An atomic claim. ``quote == documents.text[char_start:char_end]``."""

    __tablename__ = "claims"
    __table_args__ = (Index("ix_claims_status", "status"), {"sqlite_autoincrement": True})

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True)
    sentence_id: int = Field(foreign_key="sentences.id", index=True)
    position: int
    char_start: int
    char_end: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    quote: str = Field(sa_column=Column(Text, nullable=False))
    status: str = "unverified"
    claim_type: str = "other"
    checkworthiness: float = 0.0
    checkworthy: bool = False
    reasons: str = "[]"
    hedged: bool = False
    assertiveness: str = "asserted"
    #: The claim's frame (factcheck.match.frames.Frame.to_dict) as JSON, read at ingest
    #: with the document's context; NULL for claims stored before revision 0004.
    frame: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    #: The claim's relative dates ("yesterday", "last week") anchored to the publication
    #: date at ingest, as a JSON list of ``AnchoredDate.to_dict()``; NULL for claims
    #: stored before revision 0010 (read then anchors them on the fly).
    dates: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class MarkerRow(SQLModel, table=True):
    __tablename__ = "markers"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claims.id", index=True)
    kind: str = Field(index=True)
    text: str
    char_start: int
    char_end: int
    speaker: str | None = None


class MatchRow(SQLModel, table=True):
    """A decided relation between two claims of different documents.

    One row per unordered pair, ``claim_id < other_claim_id``; ``independent`` says whether
    the two sources count as independent (different outlet, owner group, not a copy).
    """

    __tablename__ = "matches"
    __table_args__ = (
        UniqueConstraint("claim_id", "other_claim_id", name="uq_matches_pair"),
        # The status refresh groups a claim's matches by kind of link from one side or
        # the other, with the claim at the other end (its superseded flag is decided in
        # Python); these indexes hold every column it reads, so it never visits the
        # table (EXPLAIN QUERY PLAN: USING COVERING INDEX; migration 0016).
        Index(
            "ix_matches_claim_links",
            "claim_id",
            "relation",
            "independent",
            "needs_review",
            "other_claim_id",
        ),
        Index(
            "ix_matches_other_claim_links",
            "other_claim_id",
            "relation",
            "independent",
            "needs_review",
            "claim_id",
        ),
        {"sqlite_autoincrement": True},
    )

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claims.id")
    other_claim_id: int = Field(foreign_key="claims.id")
    relation: str
    score: float
    reasons: str = "[]"
    needs_review: bool = False
    independent: bool = True
    created_at: datetime = Field(sa_column=_timestamp())


class RetiredMatchRow(SQLModel, table=True):
    """The id of a pair of claims whose match was dropped while both claims live on.

    Matching drops an undecided pair it no longer finds (a document moved to another
    story, ``rematch``); when the pair is found again, the matcher gives it back this id
    and deletes the row, so a match id stands for one pair for the life of its two claims.
    One row per unordered pair, ``claim_id < other_claim_id`` as in ``matches``; the rows
    of a deleted claim are deleted with it. ``match_id`` has no foreign key: its row is gone.
    """

    __tablename__ = "retired_matches"
    __table_args__ = (
        UniqueConstraint("match_id", name="uq_retired_matches_match_id"),
        # Deleting a document's claims finds their rows from either side.
        Index("ix_retired_matches_other_claim_id", "other_claim_id"),
    )

    claim_id: int = Field(primary_key=True, foreign_key="claims.id")
    other_claim_id: int = Field(primary_key=True, foreign_key="claims.id")
    match_id: int


class ReviewRow(SQLModel, table=True):
    """A person's decision on one match; it overrides the automatic ``relation``.

    One row per match (the current decision); every change to it is also written to
    ``audit_log``. Matches keep their id when they are decided again (``rematch``) or
    dropped and found again (``RetiredMatchRow``), and a decided match is never dropped
    by matching, so the decision stays attached to its pair.
    """

    __tablename__ = "reviews"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    match_id: int = Field(foreign_key="matches.id", unique=True)
    decision: str
    note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    reviewer: str
    decided_at: datetime = Field(sa_column=_timestamp())


class VerdictRow(SQLModel, table=True):
    """A person's verdict on a claim (the fact-check rating); one current row per claim."""

    __tablename__ = "verdicts"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claims.id", unique=True)
    rating: str
    note: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    evidence_url: str | None = None
    reviewer: str
    decided_at: datetime = Field(sa_column=_timestamp())


class AuditRow(SQLModel, table=True):
    """Append-only history of every person's change: who, when, what before and after, why.

    No foreign keys on purpose: the history of a deleted document must outlive it. Rows are
    only ever inserted.
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_claim_id", "claim_id"),
        Index("ix_audit_log_other_claim_id", "other_claim_id"),
        Index("ix_audit_log_document_id", "document_id"),
        Index("ix_audit_log_source_id", "source_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    recorded_at: datetime = Field(sa_column=_timestamp())
    reviewer: str
    action: str
    claim_id: int | None = None
    other_claim_id: int | None = None
    match_id: int | None = None
    document_id: int | None = None
    source_id: int | None = None
    old_value: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    new_value: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    reason: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class ClaimTermRow(SQLModel, table=True):
    """Inverted index of normalised claim terms: finds candidate matches without a scan."""

    __tablename__ = "claim_terms"
    __table_args__ = (Index("ix_claim_terms_claim_id", "claim_id"),)

    term: str = Field(primary_key=True)
    claim_id: int = Field(primary_key=True, foreign_key="claims.id")


class TermStatRow(SQLModel, table=True):
    """Document frequency of each indexed term, so that queries use the rare ones."""

    __tablename__ = "term_stats"

    term: str = Field(primary_key=True)
    claim_count: int = 0


class DocumentBandRow(SQLModel, table=True):
    """MinHash LSH bands of each document's shingles, to find near-copies quickly."""

    __tablename__ = "document_bands"
    __table_args__ = (Index("ix_document_bands_document_id", "document_id"),)

    band: str = Field(primary_key=True)
    document_id: int = Field(primary_key=True, foreign_key="documents.id")


class DocumentSentenceRow(SQLModel, table=True):
    """A hash of each sentence of each document's body (its lowercased words), to find a
    short brief cut from a longer story: a brief all of whose sentences are sentences of
    one stored document is its copy (``syndication.find_copies``)."""

    __tablename__ = "document_sentences"
    __table_args__ = (
        Index("ix_document_sentences_document_id", "document_id"),
        Index("ix_document_sentences_sentence_key", "sentence", "document_key", "document_id"),
    )

    sentence: str = Field(primary_key=True)
    document_id: int = Field(primary_key=True, foreign_key="documents.id")
    #: The document's ``sha256``: a sentence's documents are read in this order, one of
    #: content, not of ingest (migration 0018).
    document_key: str = Field(default="", sa_column_kwargs={"server_default": ""})


class TaskProgressRow(SQLModel, table=True):
    """Where an interrupted long task stopped, so running it again resumes there.

    ``rematch --all`` commits in chunks of documents; ``position`` is the last document
    id whose claims are matched and indexed. The row is deleted when the task completes.
    """

    __tablename__ = "task_progress"

    task: str = Field(primary_key=True)
    position: int = 0
    total: int = 0
    started_at: datetime = Field(sa_column=_timestamp())
    updated_at: datetime = Field(sa_column=_timestamp())
