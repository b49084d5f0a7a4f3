"""Copy a whole factcheck store to another database (SQLite <-> PostgreSQL).

A team outgrows one laptop: ``copy_store`` moves every row of a claim log into a fresh
database of either kind, keeping every id, so links, audit rows and anything outside
factcheck that cites a claim id stay true. The rules:

- **Schema by migrations.** The target gets its tables from the same Alembic migrations
  as every other store (never ``create_all``), so a copied store upgrades like any other.
- **All or nothing.** The whole target side (schema, rows, sequences, verification) is
  one write transaction: a failure, a refused check or a kill leaves the target as it
  was. The source is read in one snapshot (SQLite: one read transaction; PostgreSQL:
  ``REPEATABLE READ``), so a writer busy on the source meanwhile cannot tear the copy.
- **Bounded memory.** Rows stream from the source and are written in batches of
  ``batch_size``; only the ids of rows that point at later rows of their own table
  (``documents.copy_of_id``) are held until the table is done.
- **Ids and sequences.** Rows keep their primary keys; on PostgreSQL every ``id``
  sequence is moved past the largest copied id, so the next ingest does not collide.
  (SQLite takes the next rowid from the table itself: the tables have no AUTOINCREMENT.)
- **Refuse to mix.** A target that already holds rows is refused unless ``replace=True``,
  which runs the migrations down and up again there, inside the transaction.
- **Proof.** Per table: row counts and a checksum on each side, compared before commit.

The checksum of a table is the sum, modulo 2**256, of the SHA-256 of each row, so it does
not depend on row order (PostgreSQL sorts text by its collation, SQLite by bytes). A row
is hashed as JSON of its column values by column name, with timestamps in UTC, dates in
ISO 8601 and floats by ``repr``, so equal rows hash equal on both databases.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from factcheck.database import check_url, lock, redact, run_write, sqlite_path
from factcheck.errors import InputError, StorageError
from factcheck.terminal import counted

__all__ = ["CopyResult", "TableCopy", "copy_store", "table_checksums"]

#: Rows written per INSERT batch: large enough that round trips do not dominate on a
#: network database, small enough that a batch of 20 MB documents stays in memory.
DEFAULT_BATCH_SIZE = 500
_MODULUS = 2**256


@dataclass(frozen=True)
class TableCopy:
    """One table's figures: rows and checksum read on each side after the copy."""

    name: str
    rows: int
    target_rows: int
    checksum: str
    target_checksum: str

    @property
    def equal(self) -> bool:
        return self.rows == self.target_rows and self.checksum == self.target_checksum

    def to_dict(self) -> dict[str, Any]:
        return {
            "table": self.name,
            "rows": self.rows,
            "target_rows": self.target_rows,
            "checksum": self.checksum,
            "target_checksum": self.target_checksum,
            "equal": self.equal,
        }


@dataclass
class CopyResult:
    """What ``copy_store`` did: URLs (passwords hidden), per-table figures, time taken."""

    source: str
    target: str
    tables: list[TableCopy] = field(default_factory=list)
    revision: str | None = None
    seconds: float = 0.0
    replaced: bool = False

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)

    @property
    def equal(self) -> bool:
        return all(t.equal for t in self.tables)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "revision": self.revision,
            "rows": self.rows,
            "equal": self.equal,
            "replaced": self.replaced,
            "seconds": round(self.seconds, 3),
            "tables": [t.to_dict() for t in self.tables],
        }


#: Called with (table name, rows copied so far in it, rows the table has in the source).
Progress = Callable[[str, int, int], None]


def _tables() -> list[sa.Table]:
    """factcheck's tables, each after every table it points at (parents first)."""
    from sqlmodel import SQLModel

    import factcheck.models  # noqa: F401  (registers the tables on SQLModel.metadata)

    return list(SQLModel.metadata.sorted_tables)


def _same_database(a: sa.URL, b: sa.URL) -> bool:
    path_a, path_b = sqlite_path(a), sqlite_path(b)
    if path_a is not None or path_b is not None:
        if path_a is None or path_b is None:
            return False
        try:
            return path_a.resolve() == path_b.resolve()
        except OSError:
            return False
    return (a.host or "localhost", a.port or 5432, a.database) == (
        b.host or "localhost",
        b.port or 5432,
        b.database,
    )


def copy_store(
    source_url: str,
    target_url: str,
    *,
    replace: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress | None = None,
) -> CopyResult:
    """Copy every factcheck row of ``source_url`` into ``target_url``; verify; commit.

    The source is brought to the newest schema first (as every command does) and the
    target is migrated to the same revision. Returns per-table rows and checksums of
    both sides (equal, or nothing was committed).

    Raises InputError for a bad URL, the same database on both sides, a batch size
    below 1, or a target holding rows without ``replace``; StorageError when either
    database cannot be read or written, or when counts or checksums differ after the
    copy (the target is then left unchanged).
    """
    from factcheck.store import Store

    if batch_size < 1:
        raise InputError(f"batch size must be at least 1, not {batch_size}")
    source_parsed, target_parsed = check_url(source_url), check_url(target_url)
    if _same_database(source_parsed, target_parsed):
        raise InputError(
            f"source and target are the same database ({redact(target_url)}); copy to another one"
        )
    started = time.monotonic()
    source = Store(source_url)
    target = Store(target_url, upgrade=False)
    result = CopyResult(source=redact(source.url), target=redact(target.url), replaced=replace)
    head = source.head_revision()
    try:
        with _snapshot(source.engine) as reader:
            counts = {t.name: _count(reader, t) for t in _tables()}
            checksums = table_checksums(reader)
            used = _highest_ids_used(reader)

            def write(conn: Connection) -> list[TableCopy]:
                _prepare_target(conn, target, replace=replace)
                for table in _tables():
                    _copy_table(reader, conn, table, batch_size, counts[table.name], progress)
                _move_sequences(conn, used)
                _check_foreign_keys(conn)
                target_sums = table_checksums(conn)
                figures = [
                    TableCopy(
                        name=t.name,
                        rows=counts[t.name],
                        target_rows=_count(conn, t),
                        checksum=checksums[t.name],
                        target_checksum=target_sums[t.name],
                    )
                    for t in _tables()
                ]
                unequal = [f.name for f in figures if not f.equal]
                if unequal:
                    raise StorageError(
                        "copy not committed: rows or checksum differ in "
                        + ", ".join(unequal)
                        + "; the target is unchanged"
                    )
                return figures

            result.tables = run_write(
                target.engine, write, describe=target._describe, foreign_keys=False
            )
    except (sa.exc.DBAPIError, sa.exc.SQLAlchemyError) as exc:
        raise StorageError(source._describe(exc)) from None
    finally:
        source.engine.dispose()
        target.engine.dispose()
    result.revision = head
    result.seconds = time.monotonic() - started
    return result


class _snapshot:
    """A read transaction on ``engine`` that sees one state of the whole database."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self.conn: Connection | None = None

    def __enter__(self) -> Connection:
        engine = self.engine
        if engine.dialect.name == "postgresql":
            engine = engine.execution_options(isolation_level="REPEATABLE READ")
        self.conn = engine.connect()
        self.conn.begin()
        return self.conn

    def __exit__(self, *exc: object) -> None:
        assert self.conn is not None
        self.conn.rollback()  # read only: nothing to keep
        self.conn.close()


def _count(conn: Connection, table: sa.Table) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def _prepare_target(conn: Connection, target: Any, *, replace: bool) -> None:
    """Bring the target's schema to head inside the copy's transaction; refuse rows.

    With ``replace``, the migrations are run down to an empty schema and up again, so
    factcheck's tables start empty; other tables in that database are left alone.
    """
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    from factcheck.store import _alembic_config

    lock(conn, "migrate")
    current = MigrationContext.configure(conn).get_current_revision()
    target._refuse_newer(current)
    if replace and current is not None:
        # The migrations' own downgrades know everything they created (tables, indexes,
        # PostgreSQL trigger functions), so they take it all away again.
        command.downgrade(_alembic_config(conn), "base")
        current = None
    if current != target.head_revision():
        command.upgrade(_alembic_config(conn), "head")
    filled = {t.name: n for t in _tables() if (n := _count(conn, t))}
    if filled:
        listed = ", ".join(f"{name} {n}" for name, n in filled.items())
        raise InputError(
            f"the target database already holds rows ({listed}); copy into an empty "
            "database, or pass --replace to drop its factcheck tables first"
        )


def _self_references(table: sa.Table) -> list[str]:
    """Columns of ``table`` that point at ``table`` itself (a row may cite a later row)."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table.name == table.name]


def _copy_table(
    reader: Connection,
    writer: Connection,
    table: sa.Table,
    batch_size: int,
    total: int,
    progress: Progress | None,
) -> None:
    """Stream ``table`` from ``reader`` into ``writer`` in batches, ids kept.

    Columns pointing at the same table are written as NULL and set afterwards, because
    PostgreSQL checks a foreign key at each statement and a row may cite a later one.
    """
    deferred = _self_references(table)
    pending: list[dict[str, Any]] = []
    done = 0
    if progress is not None:
        progress(table.name, 0, total)
    for batch in _batches(reader, table, batch_size):
        rows = [_for_insert(row, table) for row in batch]
        if deferred:
            for row in rows:
                later = {c: row[c] for c in deferred if row[c] is not None}
                if later:
                    pending.append({"_id": row["id"], **later})
                    row.update(dict.fromkeys(later))
        writer.execute(table.insert(), rows)
        done += len(rows)
        if progress is not None:
            progress(table.name, done, total)
    for column in deferred:
        values = [{"_id": p["_id"], "_value": p[column]} for p in pending if column in p]
        if values:
            statement = (
                table.update()
                .where(table.c.id == sa.bindparam("_id"))
                .values({column: sa.bindparam("_value")})
            )
            writer.execute(statement, values)


def _batches(conn: Connection, table: sa.Table, size: int) -> Iterator[list[sa.Row[Any]]]:
    """The rows of ``table`` in primary-key order, ``size`` at a time, streamed."""
    query = sa.select(table).order_by(*table.primary_key.columns)
    result = conn.execution_options(stream_results=True, yield_per=size).execute(query)
    for partition in result.partitions(size):
        yield list(partition)


def _for_insert(row: sa.Row[Any], table: sa.Table) -> dict[str, Any]:
    """A row ready for the target: naive timestamps (how SQLite returns them) made UTC.

    factcheck writes every timestamp in UTC; SQLite stores it without the zone, and a
    naive value sent to PostgreSQL's ``timestamptz`` would be read in the server's zone.
    """
    values = dict(row._mapping)
    for column in table.columns:
        value = values.get(column.name)
        if isinstance(value, datetime) and value.tzinfo is None:
            values[column.name] = value.replace(tzinfo=UTC)
    return values


def _id_tables() -> list[sa.Table]:
    """factcheck's tables whose ``id`` the database hands out (a sequence or AUTOINCREMENT)."""
    return [t for t in _tables() if "id" in t.c and t.c.id.primary_key]


def _highest_ids_used(conn: Connection) -> dict[str, int]:
    """``{table: highest id ever handed out}`` on the source, deleted rows included.

    The rows copied only show the highest id kept; a row deleted while it was the newest
    left its id in the sequence (PostgreSQL) or ``sqlite_sequence`` (AUTOINCREMENT), and
    the history in ``audit_log`` still cites it, so the target must not hand it out again.
    """
    used: dict[str, int] = {}
    if conn.dialect.name == "sqlite":
        if conn.execute(
            sa.text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'")
        ).first():
            for name, seq in conn.execute(sa.text("SELECT name, seq FROM sqlite_sequence")):
                used[str(name)] = int(seq)
        return used
    if conn.dialect.name != "postgresql":
        return used
    for table in _id_tables():
        sequence = conn.execute(
            sa.text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table.name}
        ).scalar_one()
        if sequence is None:
            continue
        # last_value is the last one handed out only once is_called; a fresh sequence
        # has handed out nothing yet. The name comes from PostgreSQL, not from input.
        last, called = conn.execute(
            sa.text(f"SELECT last_value, is_called FROM {sequence}")
        ).one()
        if called:
            used[table.name] = int(last)
    return used


def _move_sequences(conn: Connection, used: dict[str, int]) -> None:
    """Set each table's id sequence past the largest id copied and any the source used.

    ``used`` is ``{table: highest id the source ever handed out}`` (see
    ``_highest_ids_used``). On PostgreSQL the copied ids bypassed the sequence; on SQLite
    inserting explicit ids already moved ``sqlite_sequence`` to the highest copied, and
    here it is raised to what the source had used, so no id comes back after a copy.
    """
    for table in _id_tables():
        highest = conn.execute(sa.select(sa.func.max(table.c.id))).scalar_one() or 0
        floor = max(highest, used.get(table.name, 0))
        if conn.dialect.name == "postgresql":
            sequence = conn.execute(
                sa.text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table.name}
            ).scalar_one()
            if sequence is None:
                continue
            # setval(seq, n, false) makes n the next value; an empty table starts at 1.
            conn.execute(
                sa.text("SELECT setval(:sequence, :next, false)"),
                {"sequence": sequence, "next": floor + 1},
            )
        elif conn.dialect.name == "sqlite" and floor > highest:
            _raise_sqlite_sequence(conn, table.name, floor)


def _raise_sqlite_sequence(conn: Connection, table: str, floor: int) -> None:
    """Make ``table``'s next AUTOINCREMENT id at least ``floor + 1``.

    Tables without AUTOINCREMENT have no ``sqlite_sequence`` row to raise; SQLite then
    reuses a deleted newest id whatever we do, so they are left alone.
    """
    sql = conn.execute(
        sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :t"), {"t": table}
    ).scalar()
    if sql is None or "AUTOINCREMENT" not in str(sql).upper():
        return
    updated = conn.execute(
        sa.text("UPDATE sqlite_sequence SET seq = :seq WHERE name = :t AND seq < :seq"),
        {"t": table, "seq": floor},
    ).rowcount
    exists = conn.execute(
        sa.text("SELECT 1 FROM sqlite_sequence WHERE name = :t"), {"t": table}
    ).first()
    if not updated and exists is None:
        conn.execute(
            sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :seq)"),
            {"t": table, "seq": floor},
        )


def _check_foreign_keys(conn: Connection) -> None:
    """SQLite wrote with enforcement off (see ``run_write``): prove no row dangles."""
    if conn.dialect.name != "sqlite":
        return
    dangling = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if dangling:
        raise StorageError(
            f"copy not committed: {counted(len(dangling), 'row')} would point at missing rows "
            f"(first in table {dangling[0][0]}); the target is unchanged"
        )


def table_checksums(conn: Connection, tables: Iterable[sa.Table] | None = None) -> dict[str, str]:
    """``{table: checksum}`` over factcheck's tables, independent of row order.

    The checksum is 64 hex digits: the sum modulo 2**256 of each row's SHA-256 (see the
    module docstring for how a row is written before hashing). Rows are streamed.
    """
    sums: dict[str, str] = {}
    for table in tables if tables is not None else _tables():
        total = 0
        for batch in _batches(conn, table, DEFAULT_BATCH_SIZE):
            for row in batch:
                digest = hashlib.sha256(_canonical(row._mapping).encode("utf-8")).digest()
                total = (total + int.from_bytes(digest, "big")) % _MODULUS
        sums[table.name] = f"{total:064x}"
    return sums


def _canonical(mapping: Any) -> str:
    return json.dumps(
        {key: _plain(value) for key, value in mapping.items()},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _plain(value: Any) -> Any:
    """A value written the same way whichever database returned it."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, bool | int | str) or value is None:
        return value
    return str(value)
