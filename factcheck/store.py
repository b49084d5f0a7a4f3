"""The claim store: the only module that writes to the database.

Every document is written in one transaction (source, document, sentences, claims,
markers — and, once matching is on, the index rows, matches and status changes), so an
error anywhere leaves the database exactly as it was. Migrations run through Alembic from
the scripts shipped in the package, on first use and on ``factcheck db upgrade``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from factcheck import audit, claim_dates, claimreview, lookup
from factcheck.analyze import DEFAULT_CHECKWORTHY_THRESHOLD, Analysis, analyze
from factcheck.checkworthy import assess
from factcheck.config import default_db_url, resolve_db_url
from factcheck.database import (
    WRITE_OPTION,
    exclusive_task,
    is_transient,
    lock,
    make_engine,
    redact,
    run_write,
    sqlite_path,
)
from factcheck.errors import FactcheckError, InputError, StorageError
from factcheck.match import candidates, matcher, rebuild, stories
from factcheck.match.independence import dependence, revision
from factcheck.match.matcher import Progress
from factcheck.match.relation import MatchConfig, reasons_seen_from
from factcheck.match.status import superseded_words
from factcheck.match.stories import StoryConfig
from factcheck.models import (
    ClaimRow,
    ClaimTermRow,
    DocumentBandRow,
    DocumentRow,
    MarkerRow,
    MatchRow,
    ReviewRow,
    SentenceRow,
    SourceRow,
    StoryRow,
    TermStatRow,
    VerdictRow,
    upsert_insert,
)
from factcheck.provenance import (
    OutletNames,
    credited_document,
    find_credits,
    outlet_key,
)
from factcheck.read import RawDocument, one_line
from factcheck.sqlbounds import chunks, in_ids
from factcheck.stored import stored_column
from factcheck.terminal import counted
from factcheck.validate import DEFAULT_LIMITS, Limits, check_document, check_size

__all__ = ["GROUP_DOCUMENTS", "GROUP_SECONDS", "IngestResult", "Store"]

T = TypeVar("T")

#: Documents of a batch committed together (``Store.ingest_batch``). A commit costs a
#: disk flush on PostgreSQL and a WAL append on SQLite; grouping spreads it, while a
#: crash loses at most one open group and other writers wait at most one group.
GROUP_DOCUMENTS = 50
#: A group also commits once it has been open this long, in seconds, so a slow batch
#: (matching against a big store) commits at least about once a second.
GROUP_SECONDS = 1.0
#: The one line a second ``rematch --all`` or ``stories rebuild`` is refused with while
#: one runs (``database.exclusive_task``; exit code 3).
REBUILD_BUSY = (
    "another rematch is running on this database (rematch --all or stories rebuild): "
    "run this again when it has finished"
)

sources_t = SourceRow.__table__  # type: ignore[attr-defined]
documents_t = DocumentRow.__table__  # type: ignore[attr-defined]
sentences_t = SentenceRow.__table__  # type: ignore[attr-defined]
claims_t = ClaimRow.__table__  # type: ignore[attr-defined]
markers_t = MarkerRow.__table__  # type: ignore[attr-defined]
matches_t = MatchRow.__table__  # type: ignore[attr-defined]
reviews_t = ReviewRow.__table__  # type: ignore[attr-defined]
verdicts_t = VerdictRow.__table__  # type: ignore[attr-defined]
claim_terms_t = ClaimTermRow.__table__  # type: ignore[attr-defined]
term_stats_t = TermStatRow.__table__  # type: ignore[attr-defined]
document_bands_t = DocumentBandRow.__table__  # type: ignore[attr-defined]
stories_t = StoryRow.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class IngestResult:
    """What ingesting one document did; ``status`` is ``ingested`` or ``duplicate``."""

    id: int
    source: str
    title: str | None
    claims: int
    status: str
    origin: str | None = None
    copy_of: int | None = None
    #: Stored documents now recorded as copies of this one: it was published before the
    #: version they had been marked as copies of, so it is the original.
    copies: tuple[int, ...] = ()
    #: For a duplicate: metadata given now that differs from what is stored, as
    #: ``{field: {"stored": …, "given": …}}``; nothing is changed (``documents edit`` does).
    metadata_changes: dict[str, dict[str, Any]] | None = None
    #: The story the document joined (``factcheck stories show``).
    story_id: int | None = None
    #: The outlet a dateline or credit line names, when it is not the publisher.
    credit: str | None = None
    #: ClaimReview markup found in the page, each with the claim its verdict went to.
    claim_reviews: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "claims": self.claims,
            "status": self.status,
            "origin": self.origin,
            "copy_of": self.copy_of,
            "copies": list(self.copies),
            "metadata_changes": self.metadata_changes or {},
            "story_id": self.story_id,
            "credit": self.credit,
            "claim_reviews": list(self.claim_reviews),
        }


def _now() -> datetime:
    return datetime.now(UTC)


def _sqlite_path(url: str) -> Path | None:
    return sqlite_path(url)


def _migrations_dir() -> Path:
    """The shipped migrations: ``factcheck.migrations`` when installed, ``db/`` in a checkout."""
    try:
        return Path(str(resources.files("factcheck.migrations")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "db"


def _alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


#: The migration that added stories: documents stored before it have none.
STORIES_REVISION = "0007"
#: The migration that added story labels: stories stored before it are relabelled.
LABELS_REVISION = "0009"


def _before(script: Any, current: str, revision: str) -> bool:
    """Whether schema ``current`` is older than ``revision`` (a linear chain)."""
    return current != revision and any(
        step.revision == current for step in script.iterate_revisions(revision, "base")
    )


def _known_revision(script: Any, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


class _StoredOutletNames(OutletNames):
    """The store's outlets as :func:`find_credits` asks about them: one indexed lookup
    of ``sources.name_key`` per name it wonders about, inside the ingest's transaction,
    so recognising a credited outlet does not read every outlet's name. The id found
    is kept, so recording the credit (:meth:`Store._record_credit`) asks no second time."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._ids: dict[str, int | None] = {}

    def holds(self, key: str) -> bool:
        return self.id_of(key) is not None

    def id_of(self, key: str) -> int | None:
        """The id of the first-made outlet whose ``name_key`` is ``key``, or None."""
        if key not in self._ids:
            found = self._conn.execute(
                sa.select(sources_t.c.id)
                .where(sources_t.c.name_key == key)
                .order_by(sources_t.c.id)
                .limit(1)
            ).first()
            self._ids[key] = None if found is None else int(found.id)
        return self._ids[key]

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._conn.execute(sa.select(sources_t.c.name)).scalars()))

    def __len__(self) -> int:
        count = sa.select(sa.func.count()).select_from(sources_t)
        return int(self._conn.execute(count).scalar_one())


class Store:
    """A factcheck database: open it with a URL (or none for the default SQLite file)."""

    def __init__(
        self,
        url: str | None = None,
        *,
        upgrade: bool = True,
        match_config: MatchConfig | None = None,
        limits: Limits | None = None,
        story_config: StoryConfig | None = None,
    ) -> None:
        self.url = resolve_db_url(url)
        self.match_config = match_config or MatchConfig()
        self.limits = limits or DEFAULT_LIMITS
        self.story_config = story_config or StoryConfig()
        # The default place is ours to create; a folder the user named must already exist.
        self.engine = make_engine(self.url, create_folder=self.url == default_db_url())
        if upgrade:
            self.upgrade()

    # -- schema -----------------------------------------------------------------------

    def _script(self) -> Any:
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(_alembic_config())

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def head_revision(self) -> str:
        return str(self._script().get_current_head())

    def upgrade(self) -> str:
        """Bring the schema to the newest revision this version knows; refuse newer ones.

        Safe with several processes starting at once on a fresh database: the migration
        runs under a database-wide lock (an advisory lock on PostgreSQL, the write lock on
        SQLite) and the revision is read again once the lock is held, so one process
        migrates and the others find the work done.
        """
        head = self.head_revision()
        current = self.current_revision()
        self._refuse_newer(current)
        if current == head:
            return head

        def migrate(conn: Connection) -> None:
            from alembic import command
            from alembic.runtime.migration import MigrationContext

            lock(conn, "migrate")
            now = MigrationContext.configure(conn).get_current_revision()
            self._refuse_newer(now)
            if now == head:
                return
            sqlite = conn.dialect.name == "sqlite"
            command.upgrade(_alembic_config(conn), "head")
            if sqlite:
                dangling = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if dangling:
                    raise StorageError(
                        f"upgrade stopped: {counted(len(dangling), 'row')} would point at "
                        "missing rows "
                        f"(first in table {dangling[0][0]}); the database is unchanged"
                    )

        # SQLite changes a table by copying it, dropping the original and renaming the
        # copy; rows of other tables point at the original meanwhile, so enforcement is
        # off during the migration and foreign_key_check proves nothing was left dangling.
        run_write(self.engine, migrate, describe=self._describe, foreign_keys=False)
        if current is not None and _before(self._script(), current, STORIES_REVISION):
            # Documents stored before stories existed get one now, so none is left
            # outside every story by the upgrade (matches follow with rematch --all).
            rebuild.assign_missing_stories(self.transaction, self.story_config)
        if current is not None and _before(self._script(), current, LABELS_REVISION):
            # Stories stored before labels existed get one (their titles stay as they are).
            rebuild.relabel_stories(self.transaction)
        return head

    def _refuse_newer(self, current: str | None) -> None:
        if current is not None and not _known_revision(self._script(), current):
            raise StorageError(
                f"database schema {current!r} is newer than this factcheck "
                f"(knows up to {self.head_revision()!r}); upgrade factcheck"
            ) from None

    # -- connections ------------------------------------------------------------------

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                yield conn
        except OverflowError:
            # A number the caller passed (an id) that no 64-bit column can hold.
            raise InputError("a number given is beyond the database's 64-bit range") from None
        except (DBAPIError, SQLAlchemyError) as exc:
            raise StorageError(self._describe(exc)) from None

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction (on SQLite it takes the write lock at once, waiting for
        another writer up to the busy timeout)."""
        try:
            with self.engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:
                yield conn
        except OverflowError:
            # As in connect(): an id no 64-bit column can hold; nothing was written.
            raise InputError("a number given is beyond the database's 64-bit range") from None
        except (DBAPIError, SQLAlchemyError) as exc:
            raise StorageError(self._describe(exc)) from None

    def _describe(self, exc: BaseException) -> str:
        orig = getattr(exc, "orig", None) or exc
        first = str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__
        return f"database error ({redact(self.url)}): {first.replace(self.url, redact(self.url))}"

    # -- writing ----------------------------------------------------------------------

    def ingest(
        self,
        doc: RawDocument,
        *,
        analysis: Analysis | None = None,
        lexicon: Any = None,
        threshold: float | None = None,
        match: bool = True,
    ) -> IngestResult:
        """Store one document with its sentences, claims and markers, all or nothing.

        With ``match`` (the default) its claims are matched against the store and statuses
        updated in the same transaction. ``match=False`` is for bulk loads: the claims are
        stored unindexed and unmatched until ``rematch(everything=True)``. Raises
        InputError for a document that cannot be stored (no outlet, no text, over a
        limit) and StorageError when the database refuses it; nothing is written then.
        A batch of documents goes faster through :meth:`ingest_batch`.
        """
        origin, line = doc.place()
        doc, source_name = self._prepared(doc, analysis)
        # Analysis is the slow part and needs no database: it runs before the write
        # transaction, so concurrent writers hold the lock only for the writes.
        with self.connect() as conn:
            stored = self._stored_copy(conn, source_name, doc)
        if stored is not None:
            return stored
        analysis = self._analysis_for(doc, analysis, lexicon, threshold)
        try:
            return run_write(
                self.engine,
                lambda conn: self._write_document(conn, doc, source_name, analysis, match),
                describe=self._describe,
            )
        except StorageError as exc:
            raise exc.at(origin, line) from None

    def ingest_batch(
        self,
        items: Iterable[tuple[T, Analysis | None]],
        *,
        lexicon: Any = None,
        threshold: float | None = None,
        match: bool = True,
        group_documents: int = GROUP_DOCUMENTS,
        group_seconds: float = GROUP_SECONDS,
    ) -> Iterator[tuple[T, IngestResult | FactcheckError | None]]:
        """Store a batch of documents in order, committing them in groups.

        ``items`` are ``(item, analysis)`` pairs as :func:`factcheck.batch.analysed`
        gives them; an item that is not a ``RawDocument`` (an error read in place of a
        document) passes through with ``None``. Each document comes back with its
        ``IngestResult``, or with the ``FactcheckError`` (placed in its file and line)
        that kept it out: one document's failure costs only that document.

        The documents are written in groups of one transaction each, closed after
        ``group_documents`` documents or once ``group_seconds`` have passed, with a
        savepoint per document, so a document that fails is rolled back alone and never
        left half-written. What ``ingest`` would store one by one is stored, in the same
        order, with the same results. Outcomes are given only once their group has
        committed: everything given back is stored.

        Durability (docs/scale.md): a Ctrl-C (KeyboardInterrupt) or any other exception
        that stops the batch rolls back the document being written, commits the group's
        finished documents, gives them back and then raises; a process killed outright
        loses at most its open group. A group that meets a failure that is not one
        document's (a lock not granted in time, a commit refused, a transaction the
        database ended) is stored again document by document as :meth:`ingest` stores
        them, with its retries.
        """
        source = iter(items)
        options = (lexicon, threshold, match)
        for first in source:
            # The group opens with a document in hand: no transaction waits for one. It is
            # in ``group`` before the transaction opens, so a failure to open it (a lock
            # not granted, a connection refused) stores it alone like the rest of the
            # group instead of dropping it unseen.
            group: list[tuple[T, Analysis | None]] = [first]
            try:
                outcomes, stop, done = self._write_group(
                    source, group, options, group_documents, group_seconds
                )
            except (DBAPIError, SQLAlchemyError, _GroupLost):
                outcomes = [(item, self._ingest_alone(item, a, options)) for item, a in group]
                stop, done = None, False
            yield from outcomes
            if stop is not None:
                raise stop
            if done:
                return

    def _write_group(
        self,
        source: Iterator[tuple[T, Analysis | None]],
        group: list[tuple[T, Analysis | None]],
        options: tuple[Any, float | None, bool],
        group_documents: int,
        group_seconds: float,
    ) -> tuple[list[tuple[T, IngestResult | FactcheckError | None]], BaseException | None, bool]:
        """Write one group in one transaction: its outcomes, what stopped the batch (or
        None) and whether ``source`` is exhausted. ``group`` holds the item in hand (taken
        from ``source`` by the caller) and receives the items taken here, so a caller can
        store them all again if the group as a whole fails (``_GroupLost`` or a database
        error out of this method: then nothing of the group was committed)."""
        outcomes: list[tuple[T, IngestResult | FactcheckError | None]] = []
        stop: BaseException | None = None
        done = False
        writer = self.engine.execution_options(**{WRITE_OPTION: True})
        with writer.connect() as conn, conn.begin():
            # Taken once for the group: other writers wait for its commit, not for
            # every document (see _write_document).
            lock(conn, "ingest")
            started = time.monotonic()
            while True:
                if len(outcomes) == len(group):  # the items in hand are written
                    if len(group) >= max(1, group_documents) or (
                        time.monotonic() - started >= group_seconds
                    ):
                        break
                    try:
                        group.append(next(source))
                    except StopIteration:
                        done = True
                        break
                    except BaseException as exc:  # Ctrl-C while the next one was analysed
                        stop = exc
                        break
                item, analysis = group[len(outcomes)]
                try:
                    outcome = self._write_in_group(conn, item, analysis, options)
                except (_GroupLost, DBAPIError, SQLAlchemyError):
                    raise
                except BaseException as exc:
                    # Ctrl-C or a fault that is no document's own: this document's
                    # savepoint is rolled back, the finished ones commit below.
                    group.pop()
                    stop = exc
                    break
                outcomes.append((item, outcome))
        return outcomes, stop, done

    def _write_in_group(
        self,
        conn: Connection,
        item: Any,
        analysis: Analysis | None,
        options: tuple[Any, float | None, bool],
    ) -> IngestResult | FactcheckError | None:
        """One document of a group under its own savepoint: its result or its error."""
        if not isinstance(item, RawDocument):
            return None
        lexicon, threshold, match = options
        origin, line = item.place()
        try:
            doc, source_name = self._prepared(item, analysis)
            analysis = self._analysis_for(doc, analysis, lexicon, threshold)
            with conn.begin_nested():
                return self._write_document(conn, doc, source_name, analysis, match)
        except FactcheckError as exc:
            return exc.at(origin, line)
        except OverflowError:
            return InputError("a number given is beyond the database's 64-bit range").at(
                origin, line
            )
        except (DBAPIError, SQLAlchemyError) as exc:
            if is_transient(exc) or not _in_transaction(conn):
                # Another attempt may succeed, or the database ended the whole
                # transaction: the group is stored again one document at a time.
                raise _GroupLost from None
            return StorageError(self._describe(exc)).at(origin, line)

    def _ingest_alone(
        self, item: Any, analysis: Analysis | None, options: tuple[Any, float | None, bool]
    ) -> IngestResult | FactcheckError | None:
        """One document in its own transaction (:meth:`ingest`): result or error."""
        if not isinstance(item, RawDocument):
            return None
        lexicon, threshold, match = options
        try:
            return self.ingest(
                item, analysis=analysis, lexicon=lexicon, threshold=threshold, match=match
            )
        except FactcheckError as exc:
            return exc.at(*item.place())

    def _prepared(
        self, doc: RawDocument, analysis: Analysis | None
    ) -> tuple[RawDocument, str]:
        """The document checked for storing, with the author, title and date its credits
        give when none was given (``analysis``' credits when it has them), and its
        outlet's name. Raises InputError (placed in the document's file and line) for a
        document that cannot be stored."""
        origin, line = doc.place()
        check_size(len(doc.text), self.limits, origin=origin, line=line)
        check_document(doc)
        source_name = (doc.source or "").strip()
        if not source_name:
            raise InputError(
                "no source given (use --source or --source-from-header)", origin=origin, line=line
            )
        if not doc.text.strip():
            raise InputError(
                "has no text" if origin else "the document has no text", origin=origin, line=line
            )
        # An article given without an author, a title or a date names its own: a byline,
        # else the reporters of its credit line; its headline line; the day its dateline
        # writes in full (provenance).
        doc = credited_document(doc, analysis.credits if analysis is not None else None)
        return doc, source_name

    def _analysis_for(
        self,
        doc: RawDocument,
        analysis: Analysis | None,
        lexicon: Any,
        threshold: float | None,
    ) -> Analysis:
        """``analysis`` when it was made for this document as stored, else a fresh one."""
        if analysis is not None and (
            analysis.published != doc.published
            or analysis.max_sentence_chars != self.limits.max_sentence_chars
        ):
            # Read against another date ("yesterday" would name another day) or cut with
            # another sentence limit (other sentences, other claims): not this analysis.
            analysis = None
        if analysis is not None:
            return analysis
        kwargs: dict[str, Any] = {
            "language": doc.language,
            "lexicon": lexicon,
            "published": doc.published,
            "max_sentence_chars": self.limits.max_sentence_chars,
        }
        if threshold is not None:
            kwargs["threshold"] = threshold
        return analyze(doc.text, **kwargs)

    def _write_document(
        self,
        conn: Connection,
        doc: RawDocument,
        source_name: str,
        analysis: Analysis,
        match: bool,
    ) -> IngestResult:
        """Write one prepared document inside the caller's transaction (or savepoint)."""
        # Matching compares the new claims with every stored one: two writers matching
        # at once would each miss the other's claims, so they take turns.
        lock(conn, "ingest")
        source_id = self._source_id(conn, source_name, doc.url)
        again = self._stored_copy(conn, source_name, doc)
        if again is not None:
            return again
        document_id = self._insert_document(conn, source_id, doc, doc.sha256)
        new_claims = self._insert_analysis(conn, document_id, analysis)
        markup = [
            claimreview.ClaimReviewMarkup.from_dict(r) for r in doc.extra.get("claim_reviews", [])
        ]
        reviews = claimreview.record_verdicts(
            conn, markup, new_claims, fallback_reviewer=source_name
        )
        # Before matching: a claim that states what the page rates false refutes it.
        claimreview.refute_rated_claims(conn, markup, new_claims)
        # The credit first: a version that credits another outlet is the reprint when
        # near-copies share a date (syndication.original_key).
        credit = self._record_credit(conn, document_id, source_id, source_name, doc.text)
        moved: list[int] = []
        copy_of, copies = matcher.record_copy(
            conn, document_id, doc.text, doc.published, doc.language, moved
        )
        redated = self._anchor_reprints(conn, document_id, copy_of, moved)
        story = stories.assign_document(
            conn,
            document_id,
            text=doc.text,
            title=doc.title,
            published=doc.published,
            exclude=[source_name, *([credit] if credit else [])],
            copy_of=copy_of,
            config=self.story_config,
            language=doc.language,
        )
        if not story.created:
            # Judged another event than a story no report of its own story was: the
            # pairs stored between the two before are set apart too.
            matcher.set_stories_apart(conn, document_id, story.story_id)
        for left in story.left:
            # A document its story now holds to be the next event of its kind
            # (stories._rejudge_repeats): its pairs with the story go as well.
            placed = conn.execute(
                sa.select(documents_t.c.story_id).where(documents_t.c.id == left)
            ).scalar()
            matcher.set_stories_apart(conn, left, placed)
        if match:
            matcher.match_claims(conn, new_claims, self.match_config)
            candidates.add_claims(conn, new_claims, language=doc.language)
            # Stories this document joined were merged: the moved documents' claims now
            # meet their new story's (stories._merge_joined). Stored copies of this
            # document read their reprinted dates on its day now: theirs are compared
            # again.
            rematched = set(story.moved) | set(story.left) | (set(redated) - {document_id})
            if rematched:
                matcher.rematch_documents(conn, sorted(rematched), self.match_config)
        return IngestResult(
            document_id,
            source_name,
            doc.title,
            len(new_claims),
            "ingested",
            doc.origin,
            copy_of,
            tuple(copies),
            story_id=story.story_id,
            credit=credit,
            claim_reviews=tuple(reviews),
        )

    @staticmethod
    def _anchor_reprints(
        conn: Connection, document_id: int, copy_of: int | None, moved: Sequence[int]
    ) -> list[int]:
        """Read the dates of reprinted claims on their original's day
        (``claim_dates.claim_anchors``): this document's, when it is a copy whose original
        was written on another day than its own, and those of the stored documents whose
        original changed (copies of it now, or of a family it joined to theirs). Returns
        the documents whose claims' dates or frames moved."""
        redate = list(moved)
        if copy_of is not None:
            anchors = claim_dates.claim_anchors(conn, document_id)
            if anchors.original != anchors.own:
                redate.append(document_id)
        return claim_dates.reanchor_documents(conn, redate)

    def _stored_copy(
        self, conn: Connection, source_name: str, doc: RawDocument
    ) -> IngestResult | None:
        """The duplicate result when this outlet already has a document with this text.

        It describes the stored document: its id, story, credited outlet and the document
        it copies (the JSON contract's fields keep their meaning for a duplicate). Metadata
        given now that differs from the stored document's is reported in
        ``metadata_changes``, not applied (``documents edit`` does that, with history).
        """
        existing = conn.execute(
            sa.select(
                documents_t.c.id,
                documents_t.c.title,
                documents_t.c.url,
                documents_t.c.author,
                documents_t.c.published,
                documents_t.c.story_id,
                documents_t.c.copy_of_id,
                documents_t.c.credit,
            )
            .join(sources_t, sources_t.c.id == documents_t.c.source_id)
            .where(sources_t.c.name == source_name, documents_t.c.sha256 == doc.sha256)
        ).first()
        if existing is None:
            return None
        count = conn.execute(
            sa.select(sa.func.count()).where(claims_t.c.document_id == existing.id)
        ).scalar_one()
        return IngestResult(
            int(existing.id),
            source_name,
            existing.title,
            int(count),
            "duplicate",
            doc.origin,
            copy_of=existing.copy_of_id,
            metadata_changes=_metadata_changes(existing, doc),
            story_id=existing.story_id,
            credit=existing.credit,
        )

    def _record_credit(
        self, conn: Connection, document_id: int, source_id: int, source_name: str, text: str
    ) -> str | None:
        """Record the outlet a dateline or credit line names, when it is not the publisher.

        The credited outlet becomes a source of its own (found by name, case-insensitively)
        so that its documents and this one count as one line of reporting.
        """
        own = source_name.casefold()
        known = _StoredOutletNames(conn)
        for found in find_credits(text, known=known):
            # A photo agency supplies a picture, not the reporting.
            if found.kind == "caption" or found.outlet is None:
                continue
            if found.outlet.casefold() == own:
                continue
            existing = known.id_of(outlet_key(found.outlet))
            credited = (
                existing if existing is not None else self._source_id(conn, found.outlet, None)
            )
            if credited == source_id:
                continue
            conn.execute(
                sa.update(documents_t)
                .where(documents_t.c.id == document_id)
                .values(depends_on_source_id=credited, credit=found.outlet)
            )
            return found.outlet
        return None

    def _source_id(self, conn: Connection, name: str, url: str | None) -> int:
        """The outlet's id, creating the outlet if new.

        INSERT … ON CONFLICT DO NOTHING then SELECT: when several writers meet the same
        new outlet at once, one row is made and nobody fails on the unique name.
        """
        found = conn.execute(sa.select(sources_t.c.id).where(sources_t.c.name == name)).first()
        if found is not None:
            return int(found.id)
        domain = _hostname(url)
        conn.execute(
            upsert_insert(conn)(sources_t)
            .values(name=name, name_key=outlet_key(name), domain=domain, created_at=_now())
            .on_conflict_do_nothing(index_elements=["name"])
        )
        return int(
            conn.execute(sa.select(sources_t.c.id).where(sources_t.c.name == name)).scalar_one()
        )

    def _insert_document(self, conn: Connection, source_id: int, doc: RawDocument, sha: str) -> int:
        now = _now()
        return int(
            conn.execute(
                sa.insert(documents_t)
                .values(
                    source_id=source_id,
                    url=doc.url,
                    title=doc.title,
                    author=doc.author,
                    published=doc.published,
                    retrieved_at=doc.retrieved_at or now,
                    ingested_at=now,
                    sha256=sha,
                    language=doc.language,
                    format=doc.format,
                    origin=doc.origin,
                    text=doc.text,
                )
                .returning(documents_t.c.id)
            ).scalar_one()
        )

    def _insert_analysis(
        self, conn: Connection, document_id: int, analysis: Analysis
    ) -> list[tuple[int, str]]:
        """Write sentences, claims and markers; return the new claims as (id, text)."""
        if not analysis.sentences:
            return []
        sentence_ids = _insert_returning_ids(
            conn,
            sentences_t,
            [
                {
                    "document_id": document_id,
                    "position": s.index,
                    "char_start": s.start,
                    "char_end": s.end,
                    "text": s.text,
                }
                for s in analysis.sentences
            ],
        )
        if not analysis.claims:
            return []
        claim_ids = _insert_returning_ids(
            conn,
            claims_t,
            [
                {
                    "document_id": document_id,
                    "sentence_id": sentence_ids[ac.claim.sentence_index],
                    "position": position,
                    "char_start": ac.claim.start,
                    "char_end": ac.claim.end,
                    "text": ac.claim.text,
                    "quote": ac.claim.quote,
                    "status": "unverified",
                    "claim_type": ac.claim.type,
                    "checkworthiness": float(ac.claim.checkworthiness),
                    "checkworthy": bool(ac.claim.checkworthy),
                    "reasons": json.dumps(list(ac.claim.reasons)),
                    "hedged": ac.hedged,
                    "assertiveness": ac.assertiveness,
                    "frame": json.dumps(ac.frame.to_dict()) if ac.frame is not None else None,
                    "dates": json.dumps([d.to_dict() for d in ac.dates]),
                }
                for position, ac in enumerate(analysis.claims)
            ],
        )
        marker_rows = [
            {
                "claim_id": claim_id,
                "kind": m.kind,
                "text": m.text,
                "char_start": m.start,
                "char_end": m.end,
                "speaker": m.speaker,
            }
            for claim_id, ac in zip(claim_ids, analysis.claims, strict=True)
            for m in ac.markers
        ]
        if marker_rows:
            conn.execute(sa.insert(markers_t), marker_rows)
        return [(int(i), ac.claim.text) for i, ac in zip(claim_ids, analysis.claims, strict=True)]

    def sources(self) -> list[dict[str, Any]]:
        """Outlets with their group, note and how much of the store they account for."""
        docs = (
            sa.select(documents_t.c.source_id, sa.func.count().label("n"))
            .group_by(documents_t.c.source_id)
            .subquery()
        )
        with self.connect() as conn:
            rows = conn.execute(
                sa.select(sources_t, sa.func.coalesce(docs.c.n, 0).label("documents"))
                .outerjoin(docs, docs.c.source_id == sources_t.c.id)
                .order_by(sources_t.c.name)
            ).all()
        return [
            {
                "id": r.id,
                "name": r.name,
                "domain": r.domain,
                "owner_group": r.owner_group,
                "reliability_note": r.reliability_note,
                "documents": int(r.documents),
                "created_at": _iso(r.created_at),
            }
            for r in rows
        ]

    _UNSET: Any = object()

    def update_source(
        self,
        name: str,
        *,
        owner_group: Any = _UNSET,
        domain: Any = _UNSET,
        reliability_note: Any = _UNSET,
        reviewer: str | None = None,
    ) -> dict[str, Any]:
        """Change what we know of an outlet; a new owner group re-judges independence.

        Putting two outlets in one group means their agreement was never evidence, so the
        ``independent`` flag of their matches and the status of the claims involved are
        recomputed in the same transaction. Each change is written to the audit log as
        ``source.set`` by ``reviewer`` (default: ``review.default_reviewer()``), and so is
        each claim whose status the new group changes (``audit.record_status_changes``).
        """
        from factcheck.review import default_reviewer

        values = {
            # A name or note is one line of plain words, as at ingest (``read.one_line``).
            key: one_line(value) if isinstance(value, str) else value
            for key, value in (
                ("owner_group", owner_group),
                ("domain", domain),
                ("reliability_note", reliability_note),
            )
            if value is not self._UNSET
        }
        with self.transaction() as conn:
            found = lookup.require_source(conn, name)
            changed = {k: v for k, v in values.items() if getattr(found, k) != v}
            who, now = reviewer or default_reviewer(), datetime.now(UTC)
            if changed:
                conn.execute(
                    sa.update(sources_t).where(sources_t.c.id == found.id).values(**changed)
                )
                audit.record(
                    conn,
                    reviewer=who,
                    action="source.set",
                    source_id=found.id,
                    old={k: getattr(found, k) for k in changed},
                    new=changed,
                    at=now,
                )
            if "owner_group" in values:
                # Each claim whose status the new group moved says so in its own history.
                audit.record_status_changes(
                    conn,
                    matcher.rejudge_independence(conn, found.id),
                    reviewer=who,
                    action="source.set",
                    source_id=found.id,
                    at=now,
                )
        return next(s for s in self.sources() if s["name"] == name)

    def rematch(
        self,
        *,
        everything: bool = False,
        progress: Progress | None = None,
        workers: int | None = None,
    ) -> dict[str, int]:
        """Decide matches again with the current configuration.

        By default the stored pairs are re-decided (after a threshold or lexicon change),
        in one transaction. With ``everything`` the candidate index is rebuilt and every
        claim is matched afresh against all earlier ones, in chunks that commit; an
        interrupted run resumes where it stopped (``rebuild.rematch_all``), and
        ``workers`` processes decide the matches while this one writes them in order
        (default: every core for a large store; the result is the same for any number).
        Returns counts: ``claims``, ``matches``, ``status_changed`` (and, with
        ``everything``, ``resumed_after`` and ``complete``).
        """
        if everything:
            with exclusive_task(self.engine, "rebuild", REBUILD_BUSY):
                return rebuild.rematch_all(
                    self.transaction,
                    self.match_config,
                    progress=progress,
                    story_config=self.story_config,
                    url=self.url,
                    workers=workers,
                )
        with self.transaction() as conn:
            return matcher.rematch(conn, self.match_config, progress=progress)

    def rescore(
        self,
        *,
        threshold: float = DEFAULT_CHECKWORTHY_THRESHOLD,
        progress: Progress | None = None,
    ) -> dict[str, int]:
        """Score every stored claim again with this version's check-worthiness, in one transaction.

        Scores are computed at ingest and stored, so a newer scorer (reasons, weights) or
        another threshold would otherwise leave old and new claims ranked on different
        scales. Only the score, ``checkworthy``, type and reasons change; spans, markers,
        matches and statuses are untouched, and rows whose values are already right are
        not written.
        """
        if not 0.0 <= threshold <= 1.0:
            raise InputError(f"threshold must be between 0 and 1, not {threshold}")
        changed = total = worthy = 0
        with self.transaction() as conn:
            rows = conn.execute(
                sa.select(
                    claims_t.c.id,
                    claims_t.c.text,
                    claims_t.c.claim_type,
                    claims_t.c.checkworthiness,
                    claims_t.c.checkworthy,
                    claims_t.c.reasons,
                )
            ).all()
            for row in rows:
                if progress is not None and total % 500 == 0:
                    progress(total, len(rows))
                assessment = assess(row.text)
                checkworthy = assessment.score >= threshold
                total += 1
                worthy += checkworthy
                if (
                    row.claim_type == assessment.type
                    and abs(row.checkworthiness - assessment.score) < 1e-9
                    and bool(row.checkworthy) == checkworthy
                    and _stored_reasons(row.reasons, row.id) == list(assessment.reasons)
                ):
                    continue
                values = {
                    "claim_type": assessment.type,
                    "checkworthiness": float(assessment.score),
                    "checkworthy": checkworthy,
                    "reasons": json.dumps(list(assessment.reasons)),
                }
                conn.execute(sa.update(claims_t).where(claims_t.c.id == row.id).values(**values))
                changed += 1
            if progress is not None:
                progress(total, total)
        return {"claims": total, "changed": changed, "checkworthy": worthy}

    # -- stories ----------------------------------------------------------------------

    def rebuild_stories(
        self,
        *,
        rematch: bool = True,
        progress: Progress | None = None,
        match_progress: Progress | None = None,
    ) -> dict[str, Any]:
        """Assign every document to a story afresh with the current settings, then re-match.

        A story a person shaped (moved or merged a document into) is kept whole. Commits
        in chunks and resumes after an interruption (``rebuild.rebuild_stories``, which
        documents the summary); ``rematch=False`` leaves matches as they are (run
        ``rematch --all`` later). The re-match decides in worker processes on a large
        store, as ``rematch(everything=True)`` does.
        """
        with exclusive_task(self.engine, "rebuild", REBUILD_BUSY):
            return rebuild.rebuild_stories(
                self.transaction,
                self.story_config,
                self.match_config,
                rematch=rematch,
                progress=progress,
                match_progress=match_progress,
                url=self.url,
            )

    def move_document(
        self,
        document_id: int,
        story_id: int | None,
        *,
        reviewer: str | None = None,
        reason: str | None = None,
    ) -> dict[str, Any]:
        """Move a document to another story (a new one of its own when ``story_id`` is None).

        A person's choice: automatic assignment never moves the document back. Its claims
        are matched again in the same transaction, so matches and statuses follow. The
        move is written to the audit log as ``document.move`` by ``reviewer`` (default:
        ``review.default_reviewer()``), with ``reason``, and so is each claim whose status
        it changes. Returns the story the document is now in (as :meth:`story`) with
        ``moved``: False when the document was already in ``story_id`` — then nothing is
        matched again and no history row is written (a move that moves nothing is not a
        change to record).
        """
        from factcheck.review import check_reviewer, default_reviewer

        who = check_reviewer(reviewer or default_reviewer())
        moved = True

        def write(conn: Connection) -> int:
            nonlocal moved
            # Re-matching reads every candidate claim: it takes turns with ingest.
            lock(conn, "ingest")
            self._require_document(conn, document_id)
            if story_id is not None:
                self._require_story(conn, story_id)
                current = conn.execute(
                    sa.select(documents_t.c.story_id).where(documents_t.c.id == document_id)
                ).scalar_one()
                if current == story_id:
                    moved = False
                    return story_id

            def move() -> int:
                return stories.move_document(
                    conn, document_id, story_id, by="person", config=self.story_config
                )

            return _audited_moves(conn, [document_id], move, self.match_config, who, reason)

        moved_to = run_write(self.engine, write, describe=self._describe)
        return {**self.story(moved_to), "moved": moved}

    def merge_stories(
        self, keep: int, other: int, *, reviewer: str | None = None, reason: str | None = None
    ) -> dict[str, Any]:
        """Merge story ``other`` into ``keep``: its documents move, it is deleted.

        The moved documents' claims are matched again, so context-dependent claims of the
        two stories now meet. Each moved document is written to the audit log as
        ``document.move`` (and each claim whose status changes), as in
        :meth:`move_document`. Returns the merged story (as :meth:`story`: its totals are
        what it now holds) plus what moved: ``moved_document_ids`` (ascending) and
        ``moved_claim_count``.
        """
        from factcheck.review import check_reviewer, default_reviewer

        if keep == other:
            raise InputError(f"cannot merge story {keep} into itself")
        who = check_reviewer(reviewer or default_reviewer())
        moved: list[int] = []
        moved_claims = 0

        def write(conn: Connection) -> None:
            nonlocal moved, moved_claims
            lock(conn, "ingest")
            self._require_story(conn, keep)
            self._require_story(conn, other)
            moved = list(
                conn.execute(
                    sa.select(documents_t.c.id)
                    .where(documents_t.c.story_id == other)
                    .order_by(documents_t.c.id)
                ).scalars()
            )
            moved_claims = conn.execute(
                sa.select(sa.func.count()).where(in_ids(claims_t.c.document_id, moved))
            ).scalar_one()

            def move() -> int:
                for document_id in moved:
                    stories.move_document(
                        conn,
                        document_id,
                        keep,
                        by="person",
                        config=self.story_config,
                        reason={"moved_by": "person", "merged_from": other},
                    )
                stories.delete_if_empty(conn, other)
                return keep

            _audited_moves(conn, moved, move, self.match_config, who, reason)

        run_write(self.engine, write, describe=self._describe)
        return {**self.story(keep), "moved_document_ids": moved, "moved_claim_count": moved_claims}

    def rename_story(
        self,
        story_id: int,
        label: str | None,
        *,
        reviewer: str | None = None,
        reason: str | None = None,
    ) -> dict[str, Any]:
        """Give a story a person's label, kept from then on (``None``: automatic again).

        The rename is written to the audit log as ``story.rename`` by ``reviewer``
        (default: ``review.default_reviewer()``), with ``reason``: one entry per document
        of the story (``old``/``new`` = ``{"story_id", "label", "label_set_by"}``), so the
        history of each of its claims says how the story it belongs to was renamed.
        Nothing is written when the label does not change. Returns the story (as
        :meth:`story`) with ``unchanged``: true when nothing was written. Raises
        ``InputError`` for an empty label and ``NotFoundError`` for an unknown story.
        """
        from factcheck.review import check_reviewer, default_reviewer

        who = check_reviewer(reviewer or default_reviewer())
        renamed = [False]

        def write(conn: Connection) -> None:
            renamed[0] = False  # run_write may run this again after a conflict
            self._require_story(conn, story_id)
            before = conn.execute(
                sa.select(stories_t.c.label, stories_t.c.title, stories_t.c.label_set_by).where(
                    stories_t.c.id == story_id
                )
            ).one()
            try:
                stories.rename(conn, story_id, label)
            except ValueError as exc:
                raise InputError(str(exc)) from None
            after = conn.execute(
                sa.select(stories_t.c.label, stories_t.c.title, stories_t.c.label_set_by).where(
                    stories_t.c.id == story_id
                )
            ).one()
            old = {
                "story_id": story_id,
                "label": before.label or before.title,
                "label_set_by": before.label_set_by or "auto",
            }
            new = {
                "story_id": story_id,
                "label": after.label or after.title,
                "label_set_by": after.label_set_by or "auto",
            }
            if old == new:
                return
            renamed[0] = True
            documents = conn.execute(
                sa.select(documents_t.c.id, documents_t.c.source_id)
                .where(documents_t.c.story_id == story_id)
                .order_by(documents_t.c.id)
            ).all()
            now = datetime.now(UTC)
            places: list[tuple[int | None, int | None]] = [
                (doc.id, doc.source_id) for doc in documents
            ] or [(None, None)]
            for document_id, source_id in places:
                audit.record(
                    conn,
                    reviewer=who,
                    action="story.rename",
                    document_id=document_id,
                    source_id=source_id,
                    old=old,
                    new=new,
                    reason=reason,
                    at=now,
                )

        run_write(self.engine, write, describe=self._describe)
        return {**self.story(story_id), "unchanged": not renamed[0]}

    def require(
        self,
        *,
        claim: int | None = None,
        document: int | None = None,
        story: int | None = None,
        match: int | None = None,
        source: str | None = None,
    ) -> None:
        """Raise ``NotFoundError`` (exit code 2) unless each id / outlet name given exists
        (``lookup.require``); None is not checked."""
        with self.connect() as conn:
            lookup.require(
                conn, claim=claim, document=document, story=story, match=match, source=source
            )

    def _require_document(self, conn: Connection, document_id: int) -> None:
        lookup.require(conn, document=document_id)

    def _require_story(self, conn: Connection, story_id: int) -> None:
        lookup.require(conn, story=story_id)

    def stories(self, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Stories, most recent first, with their outlets and claim counts by status."""
        query = sa.select(stories_t).order_by(
            sa.func.coalesce(
                stories_t.c.last_published, sa.cast(stories_t.c.created_at, sa.Date)
            ).desc(),
            stories_t.c.id.desc(),
        )
        if limit is not None:
            query = query.limit(limit)
        with self.connect() as conn:
            rows = conn.execute(query).all()
            return self._story_summaries(conn, rows)

    def _story_summaries(self, conn: Connection, rows: Sequence[Any]) -> list[dict[str, Any]]:
        ids = [r.id for r in rows]
        outlets: dict[int, set[str]] = {}
        documents: dict[int, int] = {}
        counts: dict[int, dict[str, int]] = {}
        for chunk in chunks(ids):
            for story_id, name, n in conn.execute(
                sa.select(documents_t.c.story_id, sources_t.c.name, sa.func.count())
                .join(sources_t, sources_t.c.id == documents_t.c.source_id)
                .where(documents_t.c.story_id.in_(chunk))
                .group_by(documents_t.c.story_id, sources_t.c.name)
            ):
                outlets.setdefault(story_id, set()).add(name)
                documents[story_id] = documents.get(story_id, 0) + int(n)
            for story_id, status, n in conn.execute(
                sa.select(documents_t.c.story_id, claims_t.c.status, sa.func.count())
                .join(documents_t, documents_t.c.id == claims_t.c.document_id)
                .where(documents_t.c.story_id.in_(chunk))
                .group_by(documents_t.c.story_id, claims_t.c.status)
            ):
                counts.setdefault(story_id, {})[status] = int(n)
        return [
            {
                "id": r.id,
                "title": r.title,
                "label": r.label or r.title,
                "label_set_by": r.label_set_by or "auto",
                "first_published": _iso(r.first_published),
                "last_published": _iso(r.last_published),
                "document_count": documents.get(r.id, 0),
                "outlets": sorted(outlets.get(r.id, set())),
                "claim_count": sum(counts.get(r.id, {}).values()),
                "statuses": {
                    status: counts.get(r.id, {}).get(status, 0)
                    for status in ("corroborated", "disputed", "unverified")
                },
                "created_at": _iso(r.created_at),
                "updated_at": _iso(r.updated_at),
            }
            for r in rows
        ]

    def story(self, story_id: int) -> dict[str, Any]:
        """One story: its summary, its documents with why each joined, and its claims."""
        with self.connect() as conn:
            lookup.require(conn, story=story_id)
            row = conn.execute(sa.select(stories_t).where(stories_t.c.id == story_id)).one()
            out = self._story_summaries(conn, [row])[0]
            docs = conn.execute(
                sa.select(
                    documents_t.c.id,
                    documents_t.c.title,
                    documents_t.c.published,
                    documents_t.c.copy_of_id,
                    documents_t.c.story_score,
                    documents_t.c.story_reason,
                    documents_t.c.story_set_by,
                    documents_t.c.credit,
                    sources_t.c.name.label("source"),
                )
                .join(sources_t, sources_t.c.id == documents_t.c.source_id)
                .where(documents_t.c.story_id == story_id)
                .order_by(documents_t.c.published, documents_t.c.id)
            ).all()
        out["documents"] = [
            {
                "id": d.id,
                "source": d.source,
                "title": d.title,
                "published": _iso(d.published),
                "copy_of": d.copy_of_id,
                "credit": d.credit,
                "score": d.story_score,
                "set_by": d.story_set_by,
                "why": stored_column(
                    d.story_reason,
                    table="documents",
                    column="story_reason",
                    row_id=d.id,
                ),
            }
            for d in docs
        ]
        out["claims"] = self.claims(story=story_id)
        return out

    # -- reading ----------------------------------------------------------------------

    def documents(self, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Every document's provenance with its story and claim count, in id order."""
        query = _documents_query().order_by(documents_t.c.id)
        if limit is not None:
            query = query.limit(limit)
        with self.connect() as conn:
            return [_document_dict(row) for row in conn.execute(query)]

    def document(self, document_id: int, *, with_text: bool = False) -> dict[str, Any]:
        """One document as :meth:`documents` gives it (its story's label and its claim
        count included), plus its outlet's ``owner_group`` and, with ``with_text``, its
        ``text``. Raises ``NotFoundError``."""
        query = _documents_query(sources_t.c.owner_group).where(documents_t.c.id == document_id)
        if with_text:
            query = query.add_columns(documents_t.c.text)
        with self.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            raise lookup.not_found("document", document_id)
        out = _document_dict(row)
        out["owner_group"] = row.owner_group
        if with_text:
            out["text"] = row.text
        return out

    def claims(
        self,
        *,
        status: str | None = None,
        source: str | None = None,
        document: int | None = None,
        hedged: bool | None = None,
        checkworthy: bool | None = None,
        claim_type: str | None = None,
        story: int | None = None,
        limit: int | None = None,
        ids: Sequence[int] | None = None,
        order: str = "document",
        needs_review: bool | None = None,
    ) -> list[dict[str, Any]]:
        """Claims with their source, markers, pending reviews and verdict rating.

        ``order`` is ``"document"`` (reading order, the default) or ``"checkworthiness"``
        (highest score first, ties in reading order), so a reviewer with little time can
        take the top of the list. ``needs_review=True`` keeps the claims with at least one
        held match nobody has decided yet (``pending_reviews > 0``), False the others.

        Raises ``NotFoundError`` (``lookup.require``) when the ``story``, ``document`` or
        ``source`` filter names one that does not exist: "no such story" is not "no claims".
        """
        reading = (claims_t.c.document_id, claims_t.c.position)
        ordering: tuple[Any, ...]
        if order == "document":
            ordering = reading
        elif order == "checkworthiness":
            ordering = (claims_t.c.checkworthiness.desc(), *reading)
        else:
            raise InputError(f"order must be 'document' or 'checkworthiness', not {order!r}")
        query = (
            sa.select(claims_t, sources_t.c.name.label("source"), documents_t.c.story_id)
            .join(documents_t, documents_t.c.id == claims_t.c.document_id)
            .join(sources_t, sources_t.c.id == documents_t.c.source_id)
            .order_by(*ordering)
        )
        if status is not None:
            query = query.where(claims_t.c.status == status)
        if source is not None:
            query = query.where(sources_t.c.name == source)
        if document is not None:
            query = query.where(claims_t.c.document_id == document)
        if hedged is not None:
            query = query.where(claims_t.c.hedged == hedged)
        if checkworthy is not None:
            query = query.where(claims_t.c.checkworthy == checkworthy)
        if claim_type is not None:
            query = query.where(claims_t.c.claim_type == claim_type)
        if story is not None:
            query = query.where(documents_t.c.story_id == story)
        if ids is not None:
            query = query.where(in_ids(claims_t.c.id, ids))
        if needs_review is not None:
            held = matcher.held_match(claims_t.c.id)
            query = query.where(held if needs_review else ~held)
        if limit is not None:
            query = query.limit(limit)
        with self.connect() as conn:
            lookup.require(conn, story=story, document=document, source=source)
            rows = conn.execute(query).all()
            markers = self._markers(conn, [r.id for r in rows])
            pending = self._pending_reviews(conn, [r.id for r in rows])
            verdicts = self._verdict_ratings(conn, [r.id for r in rows])
            unstored = claim_dates.anchored(conn, [r.id for r in rows if r.dates is None])
        out = []
        for row in rows:
            claim = _claim_dict(row, markers.get(row.id, []), pending.get(row.id, 0))
            claim["verdict"] = verdicts.get(row.id)
            if row.dates is None:
                claim["dates"] = unstored.get(row.id, [])
            out.append(claim)
        return out

    def _verdict_ratings(self, conn: Connection, claim_ids: list[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for chunk in chunks(claim_ids):
            rows = conn.execute(
                sa.select(verdicts_t.c.claim_id, verdicts_t.c.rating).where(
                    verdicts_t.c.claim_id.in_(chunk)
                )
            )
            out.update({row.claim_id: row.rating for row in rows})
        return out

    def _pending_reviews(self, conn: Connection, claim_ids: list[int]) -> dict[int, int]:
        """How many matches of each claim wait for a person: they change no status, so a
        reader must be told they exist. A match a person has decided no longer waits."""
        out: dict[int, int] = {}
        for chunk in chunks(claim_ids):
            for side in (matches_t.c.claim_id, matches_t.c.other_claim_id):
                rows = conn.execute(
                    sa.select(side, sa.func.count())
                    .outerjoin(reviews_t, reviews_t.c.match_id == matches_t.c.id)
                    .where(side.in_(chunk), matches_t.c.needs_review, reviews_t.c.id.is_(None))
                    .group_by(side)
                )
                for claim_id, count in rows:
                    out[claim_id] = out.get(claim_id, 0) + int(count)
        return out

    def _markers(self, conn: Connection, claim_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
        out: dict[int, list[dict[str, Any]]] = {}
        for chunk_start in range(0, len(claim_ids), 500):
            chunk = claim_ids[chunk_start : chunk_start + 500]
            for m in conn.execute(
                sa.select(markers_t)
                .where(markers_t.c.claim_id.in_(chunk))
                .order_by(markers_t.c.claim_id, markers_t.c.char_start, markers_t.c.id)
            ):
                out.setdefault(m.claim_id, []).append(
                    {
                        "kind": m.kind,
                        "text": m.text,
                        "start": m.char_start,
                        "end": m.char_end,
                        "speaker": m.speaker,
                    }
                )
        return out

    def claim(self, claim_id: int) -> dict[str, Any]:
        """One claim with its document's provenance, context, matches and reviews.

        ``reviews`` lists people's decisions on its matches (``{"match_id",
        "other_claim_id", "decision", "note", "reviewer", "decided_at"}``), ``verdict`` is
        its current verdict (``review.verdict_json``) or None, and ``history`` every
        recorded change (``audit``).
        """
        found = self.claims(ids=[claim_id])
        if not found:
            with self.connect() as conn:
                raise lookup.missing(conn, "claim", claim_id)
        out = found[0]
        document = self.document(out["document_id"], with_text=True)
        text = document.pop("text")
        with self.connect() as conn:
            sentence = conn.execute(
                sa.select(sentences_t).where(sentences_t.c.id == out["sentence_id"])
            ).first()
        out["document"] = document
        out["context"] = _context(text, out["start"], out["end"])
        out["sentence"] = (
            {"start": sentence.char_start, "end": sentence.char_end, "text": sentence.text}
            if sentence is not None
            else None
        )
        out["matches"] = self.matches(claim_id)
        out["reviews"] = [
            {"match_id": m["match_id"], "other_claim_id": m["claim_id"], **m["review"]}
            for m in out["matches"]
            if m["review"] is not None
        ]
        with self.connect() as conn:
            verdict = conn.execute(
                sa.select(verdicts_t).where(verdicts_t.c.claim_id == claim_id)
            ).first()
            out["history"] = audit.claim_history(conn, claim_id)
        from factcheck.review import verdict_json

        out["verdict"] = (
            verdict_json(
                claim_id,
                verdict.rating,
                note=verdict.note,
                evidence_url=verdict.evidence_url,
                reviewer=verdict.reviewer,
                decided_at=_iso(verdict.decided_at),
            )
            if verdict is not None
            else None
        )
        return out

    def matches(self, claim_id: int) -> list[dict[str, Any]]:
        """The matches of a claim, conflicts first then strongest, seen from that claim.

        ``match_id`` is the match's stable id (``factcheck decide`` takes it). ``relation``
        is what the tool now holds: a person's decision when there is one, else the
        automatic relation (also in ``automatic_relation``); ``needs_review`` is true only
        while the match is held and undecided; ``review`` is the person's decision
        (``{"decision", "note", "reviewer", "decided_at"}``) or None. ``dependence`` says
        in words why the other document is not independent of this one (a reprint, the
        same outlet, a wire both carry, an owner group; None when it is independent) and
        ``revision``, for a conflict between such documents, what it is instead of a
        dispute ("superseded by a later report from the same source …"; see
        ``independence.revision``). ``superseded`` says, for an undecided match with an
        independent source, that it counts toward no status because one of the two
        claims was updated by its own outlet's later report (``status.superseded_words``),
        else None.
        """
        other = sa.case(
            (matches_t.c.claim_id == claim_id, matches_t.c.other_claim_id),
            else_=matches_t.c.claim_id,
        ).label("other_id")
        with self.connect() as conn:
            rows = conn.execute(
                sa.select(
                    matches_t,
                    other,
                    reviews_t.c.decision,
                    reviews_t.c.note.label("review_note"),
                    reviews_t.c.reviewer,
                    reviews_t.c.decided_at,
                )
                .outerjoin(reviews_t, reviews_t.c.match_id == matches_t.c.id)
                .where(
                    sa.or_(matches_t.c.claim_id == claim_id, matches_t.c.other_claim_id == claim_id)
                )
            ).all()
            others = {
                row.id: row
                for row in conn.execute(
                    sa.select(
                        claims_t.c.id,
                        claims_t.c.text,
                        claims_t.c.quote,
                        claims_t.c.document_id,
                        claims_t.c.status,
                        claims_t.c.hedged,
                        sources_t.c.name.label("source"),
                    )
                    .join(documents_t, documents_t.c.id == claims_t.c.document_id)
                    .join(sources_t, sources_t.c.id == documents_t.c.source_id)
                    .where(in_ids(claims_t.c.id, [r.other_id for r in rows]))
                )
            }
            own_text = conn.execute(
                sa.select(claims_t.c.text).where(claims_t.c.id == claim_id)
            ).scalar_one_or_none() or ""
            found = matcher.origins(conn, [claim_id, *others])
            updated = matcher.superseded(conn, [claim_id, *others])
            names = {
                row.id: row.name
                for row in conn.execute(
                    sa.select(sources_t.c.id, sources_t.c.name).where(
                        in_ids(sources_t.c.id, {s for o in found.values() for s in o.outlets})
                    )
                )
            }
        out = []
        for row in rows:
            o = others[row.other_id]
            mine, theirs = found[claim_id], found[row.other_id]
            relation = row.decision or row.relation
            out.append(
                {
                    "match_id": row.id,
                    "claim_id": o.id,
                    "document_id": o.document_id,
                    "source": o.source,
                    "text": o.text,
                    "quote": o.quote,
                    "status": o.status,
                    "hedged": bool(o.hedged),
                    "relation": relation,
                    "automatic_relation": row.relation,
                    "score": round(float(row.score), 4),
                    "reasons": reasons_seen_from(
                        stored_column(
                            row.reasons,
                            table="matches",
                            column="reasons",
                            row_id=row.id,
                        ),
                        own_text,
                        o.text,
                        stored_first=row.claim_id == claim_id,
                    ),
                    "independent": bool(row.independent),
                    "dependence": dependence(mine, theirs, names),
                    "revision": revision(mine, theirs) if relation == "conflicts" else None,
                    "superseded": (
                        superseded_words(claim_id in updated, row.other_id in updated)
                        if row.independent and row.decision is None
                        else None
                    ),
                    "needs_review": bool(row.needs_review) and row.decision is None,
                    "review": (
                        {
                            "decision": row.decision,
                            "note": row.review_note,
                            "reviewer": row.reviewer,
                            "decided_at": _iso(row.decided_at),
                        }
                        if row.decision is not None
                        else None
                    ),
                }
            )
        out.sort(key=lambda m: (m["relation"] != "conflicts", -m["score"], m["claim_id"]))
        return out

    def match_pairs(self) -> list[dict[str, Any]]:
        """Every stored match once, as ``{"match_id", "claim_id", "other_claim_id",
        "relation", "automatic_relation", "score", "reasons", "needs_review", "independent",
        "decision", "reviewer", "decided_at", "created_at"}`` (``claim_id <
        other_claim_id``; a reason's "x vs y" gives ``claim_id``'s value first), in id
        order: what reports and exports read. As in ``matches``,
        ``relation`` is a person's decision when there is one and ``needs_review`` is true
        only while the match is held and undecided."""
        with self.connect() as conn:
            rows = conn.execute(
                sa.select(
                    matches_t, reviews_t.c.decision, reviews_t.c.reviewer, reviews_t.c.decided_at
                )
                .outerjoin(reviews_t, reviews_t.c.match_id == matches_t.c.id)
                .order_by(matches_t.c.id)
            ).all()
        return [
            {
                "match_id": row.id,
                "claim_id": row.claim_id,
                "other_claim_id": row.other_claim_id,
                "relation": row.decision or row.relation,
                "automatic_relation": row.relation,
                "score": round(float(row.score), 4),
                "reasons": stored_column(
                    row.reasons,
                    table="matches",
                    column="reasons",
                    row_id=row.id,
                ),
                "needs_review": bool(row.needs_review) and row.decision is None,
                "independent": bool(row.independent),
                "decision": row.decision,
                "reviewer": row.reviewer,
                "decided_at": _iso(row.decided_at),
                "created_at": _iso(row.created_at),
            }
            for row in rows
        ]

    def verdict_rows(self, claim_ids: Sequence[int] | None = None) -> list[dict[str, Any]]:
        """The current verdict of each claim (all claims, or those of ``claim_ids``) as
        ``{"claim_id", "rating", "note", "evidence_url", "reviewer", "decided_at"}``, in
        claim order: what reports and the ClaimReview export read."""
        verdicts = verdicts_t
        query = sa.select(verdicts).order_by(verdicts.c.claim_id)
        out: list[dict[str, Any]] = []
        with self.connect() as conn:
            parts = [None] if claim_ids is None else list(chunks(list(claim_ids)))
            for chunk in parts:
                q = query if chunk is None else query.where(verdicts.c.claim_id.in_(chunk))
                out.extend(
                    {
                        "claim_id": row.claim_id,
                        "rating": row.rating,
                        "note": row.note,
                        "evidence_url": row.evidence_url,
                        "reviewer": row.reviewer,
                        "decided_at": _iso(row.decided_at),
                    }
                    for row in conn.execute(q)
                )
        return out

    def marker_stats(self, *, top: int = 5) -> list[dict[str, Any]]:
        """Per source: claims, share hedged/weasel, and the most frequent marker phrases."""
        with self.connect() as conn:
            totals = conn.execute(
                sa.select(
                    sources_t.c.name,
                    sa.func.count(claims_t.c.id),
                    sa.func.sum(sa.case((claims_t.c.hedged, 1), else_=0)),
                )
                .join(documents_t, documents_t.c.source_id == sources_t.c.id)
                .join(claims_t, claims_t.c.document_id == documents_t.c.id)
                .group_by(sources_t.c.name)
                .order_by(sources_t.c.name)
            ).all()
            phrase = sa.func.lower(markers_t.c.text)
            counts = conn.execute(
                sa.select(sources_t.c.name, markers_t.c.kind, phrase, sa.func.count())
                .join(documents_t, documents_t.c.source_id == sources_t.c.id)
                .join(claims_t, claims_t.c.document_id == documents_t.c.id)
                .join(markers_t, markers_t.c.claim_id == claims_t.c.id)
                .group_by(sources_t.c.name, markers_t.c.kind, phrase)
            ).all()
        by_source: dict[str, dict[str, Any]] = {}
        for name, n_claims, n_hedged in totals:
            by_source[name] = {
                "source": name,
                "claims": int(n_claims),
                "hedged_claims": int(n_hedged or 0),
                "by_kind": {},
                "top": [],
            }
        phrases: dict[str, list[tuple[int, str, str]]] = {}
        for name, kind, text, n in counts:
            entry = by_source[name]
            entry["by_kind"][kind] = entry["by_kind"].get(kind, 0) + int(n)
            phrases.setdefault(name, []).append((int(n), kind, text))
        for name, entry in by_source.items():
            ranked = sorted(phrases.get(name, []), key=lambda t: (-t[0], t[1], t[2]))[:top]
            entry["top"] = [{"kind": k, "text": t, "count": n} for n, k, t in ranked]
            entry["hedged_share"] = (
                round(entry["hedged_claims"] / entry["claims"], 4) if entry["claims"] else 0.0
            )
        return list(by_source.values())


class _GroupLost(Exception):
    """A group of ``Store.ingest_batch`` failed as a whole: store it one by one."""


def _in_transaction(conn: Connection) -> bool:
    """Whether the database still holds ``conn``'s transaction after an error.

    SQLite ends the whole transaction itself on some errors (a full disk, an I/O error):
    a savepoint can no longer undo one document then, and what the group wrote is gone.
    PostgreSQL keeps it, usable once the savepoint is rolled back.
    """
    raw: Any = conn.connection.driver_connection
    if conn.dialect.name == "sqlite":
        return bool(raw.in_transaction)
    status = getattr(getattr(raw, "info", None), "transaction_status", None)
    # psycopg: 2 is INTRANS (idle in a usable transaction); 3 INERROR, 0 IDLE.
    return status is None or int(status) == 2


def _hostname(url: str | None) -> str | None:
    try:
        return urlsplit(url).hostname if url else None
    except ValueError:
        return None


def _metadata_changes(stored: Any, doc: RawDocument) -> dict[str, dict[str, Any]]:
    """Metadata given with a re-ingested text that differs from the stored document's.

    Only fields given now count: leaving out ``--author`` is no claim that there is none.
    """
    out: dict[str, dict[str, Any]] = {}
    for key in ("title", "url", "author", "published"):
        given, old = getattr(doc, key), getattr(stored, key)
        if given is not None and given != old:
            out[key] = {
                "stored": old.isoformat() if isinstance(old, date) else old,
                "given": given.isoformat() if isinstance(given, date) else given,
            }
    return out


def _insert_returning_ids(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert a document's rows in a few multi-row statements; their new ids in row order.

    Each row's ``position`` is unique within the document, so the ids come back with it
    and are put in order here. Asking the database for ordered ``RETURNING``
    (``sort_by_parameter_order``) made SQLAlchemy send one statement per row on SQLite,
    which has no way to promise that order.
    """
    statement = sa.insert(table).returning(table.c.id, table.c.position)
    found = {int(position): int(i) for i, position in conn.execute(statement, rows)}
    return [found[int(row["position"])] for row in rows]


def _iso(value: Any) -> str | None:
    """ISO 8601; SQLite hands timestamps back without their zone, and they are all UTC."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
    return str(value.isoformat())


def _document_dict(row: Any) -> dict[str, Any]:
    m = row._mapping
    return {
        "id": m["id"],
        "source": m["source"],
        "title": m["title"],
        "url": m["url"],
        "author": m["author"],
        "published": _iso(m["published"]),
        "retrieved_at": _iso(m["retrieved_at"]),
        "ingested_at": _iso(m["ingested_at"]),
        "sha256": m["sha256"],
        "language": m["language"],
        "format": m["format"],
        "origin": m["origin"],
        "copy_of": m["copy_of_id"],
        "copy_similarity": m["copy_similarity"],
        "story_id": m["story_id"],
        "story_label": m.get("story_label"),
        "credit": m["credit"],
        "chars": m["chars"] if "chars" in m else len(m["text"]),
        "claims": m.get("claims"),
    }


def _documents_query(*extra: Any) -> Any:
    """The select behind ``Store.documents`` and ``Store.document``: one query, so a
    document reads the same in a listing and on its own (story label, claim count). The
    count is correlated (through the claims' document index), so reading one document
    never counts every document's claims."""
    claim_count = (
        sa.select(sa.func.count())
        .where(claims_t.c.document_id == documents_t.c.id)
        .correlate(documents_t)
        .scalar_subquery()
    )
    return (
        sa.select(
            documents_t.c.id,
            sources_t.c.name.label("source"),
            documents_t.c.title,
            documents_t.c.url,
            documents_t.c.author,
            documents_t.c.published,
            documents_t.c.retrieved_at,
            documents_t.c.ingested_at,
            documents_t.c.sha256,
            documents_t.c.language,
            documents_t.c.format,
            documents_t.c.origin,
            documents_t.c.copy_of_id,
            documents_t.c.copy_similarity,
            documents_t.c.story_id,
            sa.func.coalesce(stories_t.c.label, stories_t.c.title).label("story_label"),
            documents_t.c.credit,
            sa.func.length(documents_t.c.text).label("chars"),
            claim_count.label("claims"),
            *extra,
        )
        .join(sources_t, sources_t.c.id == documents_t.c.source_id)
        .outerjoin(stories_t, stories_t.c.id == documents_t.c.story_id)
    )


def _audited_moves(
    conn: Connection,
    document_ids: list[int],
    move: Callable[[], int],
    config: MatchConfig,
    reviewer: str,
    reason: str | None,
) -> int:
    """Run ``move`` (which puts these documents in another story and returns it), match
    their claims again, and write the history: one ``document.move`` row per document
    (story before and after) and one row per claim whose status changed — each as
    :func:`matcher.status_journal` recorded it when it was written, so a claim reached
    only through a superseded partner or a neighbour of the merged story is named too,
    with the status it really had.
    """
    stories_before = {
        row.id: row.story_id
        for row in conn.execute(
            sa.select(documents_t.c.id, documents_t.c.story_id).where(
                in_ids(documents_t.c.id, document_ids)
            )
        )
    }
    # What the stories the documents leave were judged apart from: a judgment that goes
    # with them releases the pairs it held apart (matcher.rematch_no_longer_apart).
    apart_before = stories.stories_apart(conn, set(stories_before.values()))
    with matcher.status_journal(conn) as journal:
        moved_to = move()
        matcher.rematch_documents(conn, document_ids, config)
        matcher.rematch_no_longer_apart(conn, apart_before, config, done=document_ids)
    changed = journal.changes()
    now = datetime.now(UTC)
    for document_id in document_ids:
        audit.record(
            conn,
            reviewer=reviewer,
            action="document.move",
            document_id=document_id,
            old={"story_id": stories_before.get(document_id)},
            new={"story_id": moved_to},
            reason=reason,
            at=now,
        )
    audit.record_status_changes(
        conn,
        changed,
        reviewer=reviewer,
        action="document.move",
        reason=reason,
        document_id=document_ids[0] if len(document_ids) == 1 else None,
        at=now,
    )
    return moved_to


def _stored_reasons(text: str | None, claim_id: int) -> list[Any] | None:
    """A claim's stored reasons, or None when the stored value is damaged: rescore then
    writes the reasons afresh, which mends the row."""
    try:
        return stored_column(text, table="claims", column="reasons", row_id=claim_id)
    except StorageError:
        return None


def _claim_dict(row: Any, markers: list[dict[str, Any]], pending: int = 0) -> dict[str, Any]:
    return {
        "id": row.id,
        "text": row.text,
        "quote": row.quote,
        "start": row.char_start,
        "end": row.char_end,
        "document_id": row.document_id,
        "story_id": row.story_id,
        "sentence_id": row.sentence_id,
        "source": row.source,
        "status": row.status,
        "type": row.claim_type,
        "checkworthy": bool(row.checkworthy),
        "checkworthiness": row.checkworthiness,
        "reasons": stored_column(row.reasons, table="claims", column="reasons", row_id=row.id),
        "hedged": bool(row.hedged),
        "assertiveness": row.assertiveness,
        "markers": markers,
        "pending_reviews": pending,
        "frame": stored_column(
            getattr(row, "frame", None),
            table="claims",
            column="frame",
            row_id=row.id,
        ),
        "dates": stored_column(
            getattr(row, "dates", None),
            table="claims",
            column="dates",
            row_id=row.id,
        ),
    }


def _context(text: str, start: int, end: int, width: int = 160) -> dict[str, Any]:
    """Up to ``width`` characters either side of the span; ``start``/``end`` bound the
    window, ``length`` is the whole text's (so a reader knows whether text was cut)."""
    before_start = max(0, start - width)
    after_end = min(len(text), end + width)
    return {
        "before": text[before_start:start],
        "quote": text[start:end],
        "after": text[end:after_end],
        "start": before_start,
        "end": after_end,
        "length": len(text),
    }
