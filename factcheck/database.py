"""Database URLs, engines and write transactions that survive other writers.

Several factcheck processes may write one database at once (a newsroom's ingest jobs, a
``rematch`` beside a reviewer's ``claims``). This module makes that safe:

- **SQLite** runs in WAL mode, so readers never wait for a writer and a writer never
  waits for readers; a busy timeout makes a second writer wait for the lock instead of
  failing, and write transactions begin with ``BEGIN IMMEDIATE``, taking the write lock
  up front, because a transaction that starts as a reader and later tries to write can
  be refused at once ("database is locked") when another writer got in between, whatever
  the timeout (https://sqlite.org/lang_transaction.html, "SQLITE_BUSY").
- **PostgreSQL** writers that must see each other's work (matching compares a new claim
  with every stored one) take a transaction-level advisory lock, so concurrent ingests
  give the statuses a sequential ingest would.
- ``run_write`` retries a write transaction that failed for a transient reason ("database
  is locked", serialization failure, deadlock) with exponential backoff and jitter.

URLs are checked before use, and a password in a URL never appears in a message.
"""

from __future__ import annotations

import os
import random
import re
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple, TypeVar
from urllib.parse import unquote

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from factcheck.errors import BusyError, InputError, StorageError

__all__ = [
    "BUSY_TIMEOUT_MS",
    "SQLITE_CACHE_KIB",
    "SQLITE_HEAP_KIB",
    "WRITE_OPTION",
    "check_url",
    "exclusive_task",
    "is_transient",
    "lock",
    "make_engine",
    "mistyped_url",
    "redact",
    "run_write",
    "sqlite_path",
    "sqlite_url",
    "url_scheme",
]

T = TypeVar("T")

#: How long a SQLite connection waits for another writer's lock before giving up (ms).
#: Long enough for a ``rematch --all`` of a mid-sized store; ``run_write`` retries after.
BUSY_TIMEOUT_MS = 30_000
#: SQLite page cache per connection, in KiB: the candidate index and the matches' link
#: indexes are read at random, and the default 2 MiB cache sends most of those reads
#: back to the operating system.
SQLITE_CACHE_KIB = 65_536
#: SQLite heap of the whole process, in KiB, whatever the number of pooled connections
#: (``PRAGMA soft_heap_limit``): each connection has its own page cache, so without it
#: the memory would grow with the pool (up to 15 connections × 64 MiB). One connection's
#: full cache fits under it with room for statements and schema; beyond it SQLite
#: recycles cached pages instead of allocating more pages
#: (https://sqlite.org/c3ref/hard_heap_limit64.html).
SQLITE_HEAP_KIB = 98_304
#: Total time ``run_write`` keeps retrying a transient failure, in seconds.
RETRY_FOR_S = 120.0
#: Execution option that marks a connection as a writer (BEGIN IMMEDIATE on SQLite).
WRITE_OPTION = "factcheck_write"
#: Keys of PostgreSQL advisory locks (any constant 64-bit numbers, fixed per purpose).
LOCKS = {"migrate": 0x66630001, "ingest": 0x66630002, "rebuild": 0x66630003}


#: What may follow the "@" that ends a server URL's user info, read strictly: a host
#: (a name without blanks or "/?#@:[]", or a bracketed IPv6 address), an optional
#: numeric port, an optional database name without "/" or "@", and optional
#: ``key=value`` pairs; no fragment. A raw "@", "/", "?" or "#" in a password makes the
#: text after an earlier "@" fail this, so that "@" cannot end the user info.
_AFTER_USERINFO = re.compile(
    r"(?:\[[0-9A-Za-z:.%]+\]|[^\s/?#@:\[\]]+)?"
    r"(?::[0-9]+)?"
    r"(?:/[^/?#@]*)?"
    r"(?:\?(?:[^=&#\s]+=[^&#]*(?:&[^=&#\s]+=[^&#]*)*)?)?"
)
#: A query parameter that carries a password (libpq reads ``?password=`` and
#: ``?sslpassword=``). The value runs to the next "&": SQLAlchemy reads "#" and "@" in a
#: query value as part of it.
_QUERY_PASSWORD = re.compile(r"([?&][^=&?]*password=)[^&]*", re.IGNORECASE)
#: A URL scheme (RFC 3986 §3.1): a letter, then letters, digits, "+", "-" or ".".
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def url_scheme(value: str) -> str | None:
    """The scheme a ``--db`` value starts with (``"postgresql+psycopg"``), or None.

    A value whose first "/" comes after a ``scheme:`` prefix is meant as a URL, even
    when its "//" was lost (``postgresql+psycopg:/ann:pw@host/db``); a file path is one
    whose first segment holds no ":" (``data/a:b.sqlite3``, ``./notes:v2.sqlite3``).
    """
    match = _SCHEME.match(value)
    return match.group()[:-1] if match else None


#: The first path segment of a value meant as a URL whose ":" went missing
#: (``postgresql+psycopg//host/db``, ``sqlite/x.db``): a scheme-like word before "//",
#: or before one "/" a database scheme's name or a word with a ``+driver``.
_SCHEMELESS = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)(//?)")
#: Names a database URL starts with (SQLAlchemy's dialects and the web's schemes people
#: paste by mistake), lower case.
_URL_NAMES = frozenset(
    {"sqlite", "postgresql", "postgres", "mysql", "mariadb", "oracle", "mssql"}
    | {"file", "http", "https"}
)


def mistyped_url(value: str) -> str | None:
    """Why ``value`` (a ``--db`` or ``FACTCHECK_DB`` value) looks like a database URL
    written slightly wrong, or None when it reads as a URL or a file path.

    Refused, each with what was expected and no password shown: whitespace around the
    value (a leading space, a trailing newline pasted in); a scheme and ":" without the
    "//" (``postgresql+psycopg:/ann:pw@host/db``, ``sqlite:/x.db``); a scheme without
    its ":" before "//" (``postgresql+psycopg//host/db``) or, for a database scheme's
    name or a ``name+driver``, before "/" (``sqlite/x.db``). Read as file paths they
    would create files of those odd names. A file in such a folder is written
    ``./sqlite/x.db``.
    """
    if value != value.strip():
        return (
            f"database {_hidden(value.strip())!r} has whitespace around it (a leading "
            "space, a trailing newline); give the URL or path without it"
        )
    if "://" not in value and (scheme := url_scheme(value)) is not None:
        return (
            f"database URL '{scheme}:***' lacks the '//' after '{scheme}:'; write "
            f"{_expected(scheme)} (for a file whose name holds a ':', write ./name)"
        )
    match = _SCHEMELESS.match(value)
    if match is not None and (
        match.group(2) == "//"
        or "+" in match.group(1)
        or match.group(1).lower() in _URL_NAMES
    ):
        word = match.group(1)
        return (
            f"database '{word + match.group(2)}***' looks like a URL without the ':' after "
            f"'{word}'; write {_expected(word)} (for a file in a folder named '{word}', "
            f"write ./{word}/…)"
        )
    return None


def _expected(scheme: str) -> str:
    """How a database URL meant with ``scheme`` is written."""
    base = scheme.split("+", 1)[0].lower()
    sqlite = "sqlite:///relative/path.sqlite3 or sqlite:////absolute/path.sqlite3"
    if base == "sqlite":
        return sqlite
    if base in ("postgresql", "postgres"):
        return "postgresql+psycopg://user@host/database"
    return f"{sqlite} or postgresql+psycopg://user@host/database"


def _hidden(value: str) -> str:
    """``value`` safe to show: a URL through :func:`redact`; anything else with an "@"
    (a password may stand before it) as ``***``."""
    if url_scheme(value) is not None:
        return redact(value)
    return "***" if "@" in value else value


class _Authority(NamedTuple):
    """A URL cut at the end of its user info (see ``_authority``)."""

    head: str  #: ``scheme://``
    info: str | None  #: the user info, or None when the URL has none
    rest: str  #: what follows the user info's "@" (all after ``://`` without user info)
    clear: bool  #: False when no "@" can end the user info: it is not known what is secret


def _authority(url: str) -> _Authority:
    """Cut a URL at the end of its user info, the way a reader of the URL must.

    A server URL's user info ends at the first "@" whose remainder reads strictly as
    ``host[:port][/database][?key=value&...]`` (``_AFTER_USERINFO``): a raw "@" in a
    password followed by "/", "?" or "#" gives no such remainder, so that "@" stays in
    the password instead of the rest being taken for host and database (RFC 3986 §3.2.1
    forbids a raw "@" in user info; people still write one). When no "@" qualifies,
    ``clear`` is False and everything before the last "@" counts as user info. SQLite
    URLs (``sqlite:///path``) have an empty authority: an "@" in the path names a file.
    A server URL that reads strictly as ``host[:port][/database][?key=value…]`` as a
    whole has no user info: its "@"s are in query values (``?password=a@b``).
    """
    scheme, sep, rest = url.partition("://")
    head = scheme + sep
    if not sep or "@" not in rest:
        return _Authority(head, None, rest, True)
    if scheme.split("+", 1)[0].lower() == "sqlite":
        authority = rest.split("/", 1)[0]
        if "@" not in authority:
            return _Authority(head, None, rest, True)
        # No user info belongs in a SQLite URL; hide all of it (check_url refuses it).
        info, _, after = rest.rpartition("@")
        return _Authority(head, info, after, False)
    if _AFTER_USERINFO.fullmatch(rest):
        # Every "@" sits in a query value ("host:5432/db?password=a@b"): no user info.
        return _Authority(head, None, rest, True)
    at = rest.find("@")
    while at >= 0:
        if _AFTER_USERINFO.fullmatch(rest, at + 1):
            return _Authority(head, rest[:at], rest[at + 1 :], True)
        at = rest.find("@", at + 1)
    info, _, after = rest.rpartition("@")
    return _Authority(head, info, after, False)


def redact(url: str) -> str:
    """The URL with its password shown as ``***``, whatever its shape.

    The user name stays when the user info is unambiguous (no raw "@", and an "@" ends it
    as ``_authority`` reads it); with a raw "@" in it the whole user info is ``***``.
    When no "@" can end the user info (``clear`` is False) it is unknown where a
    password — in the user info or in a ``password=`` value holding "@" — stops, so
    only the scheme shows: ``postgresql+psycopg://***``. A ``password=`` (or
    ``sslpassword=``) query value is ``***`` up to the next "&". A value that lost the
    "//" after its scheme shows as ``scheme:***``.
    """
    cut = _authority(url)
    if "://" not in url and (scheme := url_scheme(url)) is not None:
        return f"{scheme}:***"
    if cut.info is None:
        shown = url
    elif not cut.clear:
        return f"{cut.head}***"
    elif "@" in cut.info:
        shown = f"{cut.head}***@{cut.rest}"
    else:
        user, colon, _ = cut.info.partition(":")
        shown = f"{cut.head}{user}:***@{cut.rest}" if colon else f"{cut.head}{user}@{cut.rest}"
    return _QUERY_PASSWORD.sub(r"\1***", shown)


def check_url(url: str) -> sa.URL:
    """Parse and vet a database URL; raise InputError saying what to write instead.

    Refused: ``postgres://`` (SQLAlchemy knows only ``postgresql``), an in-memory SQLite
    database (``sqlite://``, ``:memory:``), which would silently drop everything written
    once the command ends, a SQLite URL with a user or host, a user info holding a raw
    "@" or that no "@" can end (``_authority``), one SQLAlchemy would read otherwise
    than ``_authority`` (a raw "/" in a user name), a port that is not a number in
    1–65535, a raw "/", "?" or "#" in a user name, a server URL with user info but no
    host (neither after the "@" nor as ``?host=``), and unknown backends. Every message
    shows the URL through ``redact``.
    ``postgresql://`` without a driver means psycopg 3, the driver factcheck ships with.
    """
    shown = redact(url)
    scheme = url.split("://", 1)[0].lower() if "://" in url else ""
    if scheme.split("+", 1)[0] == "postgres":
        raise InputError(
            f"database URL {shown!r}: write postgresql+psycopg:// instead of postgres://"
        )
    cut = _authority(url)
    if scheme.split("+", 1)[0] == "sqlite" and (
        cut.info is not None or cut.rest.split("/", 1)[0]
    ):
        raise InputError(
            f"database URL {shown!r}: a SQLite URL has no user, password or host; name "
            "the file after three slashes: sqlite:///relative/path or sqlite:////abs/path"
        )
    if cut.info is not None and not cut.clear:
        detail = _host_problem(cut.rest) or (
            "no host[:port][/database][?key=value] follows the user name and password; "
            "write a raw '@', '/', '?' or '#' in them as %40, %2F, %3F or %23"
        )
        raise InputError(f"database URL {shown!r}: {detail}")
    if cut.info is not None and "@" in cut.info:
        # SQLAlchemy splits at the first "@", so the rest of the password would be
        # taken for the host name (and shown in the driver's error).
        raise InputError(
            f"database URL {shown!r}: a user name or password holds a raw '@'; "
            "write it as %40"
        )
    readable = url
    if "?" in cut.rest:
        # SQLAlchemy's user name runs over an "@" up to a ":", so "ann@host:5432/db?k=a@b"
        # would read as user "ann@host" (and "host:5432/db?password=a@b" as user "host"
        # with host "b"); a query value's "@" as %40 means the same to it.
        where, _, query = cut.rest.partition("?")
        userinfo = "" if cut.info is None else f"{cut.info}@"
        readable = f"{cut.head}{userinfo}{where}?{query.replace('@', '%40')}"
    try:
        parsed = sa.engine.make_url(readable)
    except (ArgumentError, ValueError) as exc:
        detail = _host_problem(cut.rest) or (
            "bad port" if "port" in str(exc).lower() else "malformed"
        )
        raise InputError(f"database URL {shown!r}: {detail}") from None
    if cut.info is not None:
        user, colon, password = cut.info.partition(":")
        read = (parsed.username or "", parsed.password or "")
        if any(c in user for c in "/?#") or read != (
            unquote(user),
            unquote(password) if colon else "",
        ):
            # SQLAlchemy would take part of the user info for the host or database, or
            # (a raw "?" or "#", RFC 3986 §3.2) another reader of the URL would.
            raise InputError(
                f"database URL {shown!r}: write a '/', ':', '?' or '#' in the user name as "
                "%2F, %3A, %3F or %23"
            )
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise InputError(
            f"database URL {shown!r}: unsupported database {backend!r} (use sqlite:/// or "
            "postgresql+psycopg://)"
        )
    no_host = not parsed.host and "host" not in parsed.query
    if backend != "sqlite" and cut.info is not None and no_host:
        # "ann:pw@" or "ann:pw@:5432/db" is a URL whose host went missing (an empty
        # variable in "$USER:$PW@$HOST"); connecting to the local default instead would
        # hide that. A socket folder is named with ?host=.
        raise InputError(
            f"database URL {shown!r}: no host follows the '@'; name the host "
            "(user@host/database) or a socket folder (user@/database?host=/run/postgresql)"
        )
    if parsed.port is not None and not 1 <= parsed.port <= 65535:
        raise InputError(f"database URL {shown!r}: port must be between 1 and 65535")
    if backend == "postgresql":
        problem = _option_problem(parsed.query)
        if problem is not None:
            raise InputError(f"database URL {shown!r}: {problem}")
    if backend == "sqlite" and _sqlite_file(parsed) is None:
        raise InputError(
            f"database URL {shown!r} is an in-memory database that would lose everything "
            "when the command ends; give a file: sqlite:///path/to/factcheck.sqlite3"
        )
    if backend == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _host_problem(after_userinfo: str) -> str | None:
    """What is wrong with the host and port (what follows the user info), or None.

    An IPv6 host is written in brackets (RFC 3986 §3.2.2); a "[" with no "]" before the
    path, query or fragment is an unclosed bracket, not a port (its colons would read as
    one). A port must be digits.
    """
    host = re.match(r"[^/?#]*", after_userinfo)
    authority = host.group(0) if host is not None else ""
    if authority.startswith("[") and "]" not in authority:
        return "the '[' of an IPv6 host is not closed by ']' (write [::1]:5432)"
    match = re.match(r"(?:\[[^\]]*\]|[^/?#:\[]*):([^/?#]*)", after_userinfo)
    if match is not None and not match.group(1).isdigit():
        return "bad port"
    return None


#: The values libpq accepts for its connection options that take one of a few words
#: (PostgreSQL documentation, libpq "Parameter Key Words"; checked by libpq only when it
#: connects, where a bad one would be reported as a failed connection).
_OPTION_VALUES: dict[str, frozenset[str]] = {
    "sslmode": frozenset({"disable", "allow", "prefer", "require", "verify-ca", "verify-full"}),
    "gssencmode": frozenset({"disable", "prefer", "require"}),
    "channel_binding": frozenset({"disable", "prefer", "require"}),
    "sslcertmode": frozenset({"disable", "allow", "require"}),
    "sslnegotiation": frozenset({"postgres", "direct"}),
    "load_balance_hosts": frozenset({"disable", "random"}),
    "target_session_attrs": frozenset(
        {"any", "read-write", "read-only", "primary", "standby", "prefer-standby"}
    ),
}


def _option_problem(query: Mapping[str, str | tuple[str, ...]]) -> str | None:
    """What is wrong with a PostgreSQL URL's ``?key=value`` options, or None.

    A key must be one of the connection options of the libpq psycopg runs on
    (``psycopg.pq.Conninfo.get_defaults``), and a value of ``_OPTION_VALUES``' keys one
    of its words: otherwise the URL is malformed (exit 2), not a database that failed.
    Values are not shown: a misplaced password could be among them.
    """
    from psycopg import pq

    known = {o.keyword.decode() for o in pq.Conninfo.get_defaults()}
    for key, value in query.items():
        if key not in known:
            return f"unknown connection option {key!r} (see libpq's parameter key words)"
        words = _OPTION_VALUES.get(key)
        values = (value,) if isinstance(value, str) else value
        if words is not None and any(v not in words for v in values):
            return f"{key} must be one of: {', '.join(sorted(words))}"
    return None


def sqlite_url(path: Path | str) -> str:
    """The SQLite URL of the file ``path``, taken literally.

    A file path is no URL: "@", "#", "?", "%", spaces and any other character name
    the file as written. So every character a URL reads otherwise is percent-encoded
    (``x@y#z?.sqlite3`` → ``sqlite:///x%40y%23z%3F.sqlite3``), which SQLAlchemy decodes
    back to the same path (:func:`sqlite_path`); written raw, "?" would start a query
    string and "#" a fragment, cutting the name short.
    """
    return sa.URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def sqlite_path(url: str | sa.URL) -> Path | None:
    """The file of a SQLite URL, or None for other databases."""
    try:
        parsed = sa.engine.make_url(url)
    except (ArgumentError, ValueError):
        return None
    if parsed.get_backend_name() != "sqlite":
        return None
    database = _sqlite_file(parsed)
    return None if database is None else Path(database)


def _sqlite_file(parsed: sa.URL) -> str | None:
    """The file name SQLite opens for the SQLite URL ``parsed``; None when it opens no
    file that outlives the connection: an in-memory or a temporary database.

    Decided as SQLite decides (https://www.sqlite.org/inmemorydb.html and
    https://www.sqlite.org/uri.html), not by a list of spellings: an empty name is a
    temporary database and ":memory:" an in-memory one; a URI filename (``file:…`` with
    ``uri=true``) has its path percent-decoded after any ``//authority``, and is in memory
    when that path is empty or ":memory:" or when ``mode=memory`` is given (in the URL's
    query or the filename's own).
    """
    database = parsed.database or ""
    if parsed.query.get("uri") == "true" and database.startswith("file:"):
        rest, _, own_query = database[len("file:") :].partition("?")
        path = rest.split("#", 1)[0]
        if path.startswith("//"):
            # file://host/path: the authority (empty or "localhost") is not the path.
            slash = path.find("/", 2)
            path = path[slash:] if slash >= 0 else ""
        path = unquote(path)
        modes = [value for key, value in _query_pairs(own_query) if key == "mode"]
        given = parsed.query.get("mode")
        modes += [given] if isinstance(given, str) else list(given or ())
        if not path or path == ":memory:" or "memory" in modes:
            return None
        return path
    if not database or database == ":memory:":
        return None
    return database


def _query_pairs(query: str) -> list[tuple[str, str]]:
    """The percent-decoded key/value pairs of a URI query string."""
    pairs = []
    for item in query.split("&"):
        key, _, value = item.partition("=")
        pairs.append((unquote(key), unquote(value)))
    return pairs


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` and every missing folder above it user-only (0700).

    ``Path.mkdir(mode=..., parents=True)`` gives the folders above the last one the default
    mode (0755 under the usual umask), so each folder we make is created on its own and set
    to 0700 explicitly (whatever the umask). Folders that already exist keep the mode their
    owner gave them. Raises StorageError when a folder cannot be made.
    """
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=0o700)
        except FileExistsError:
            continue  # made meanwhile by someone else: theirs, not ours to change
        except OSError as exc:
            raise StorageError(f"{created}: cannot create the folder ({exc.strerror})") from None
        os.chmod(created, 0o700)


def _create_private(path: Path, *, make_parent: bool) -> None:
    """Create the SQLite file user-only (0600), and its folder (0700) when we make it.

    A claim log holds unpublished research; other accounts on a shared machine have no
    business reading it. Existing files and folders keep the mode their owner gave them.
    """
    parent = path.parent
    if not parent.exists():
        if not make_parent:
            # The folder is part of the path the user typed (--db, the config): a missing
            # one is unusable input like a missing article file (exit 2), not a failure of
            # a database that exists.
            raise InputError(f"{parent}: no such folder for the database file")
        make_private_folder(parent)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise StorageError(f"{path}: cannot create the database file ({exc.strerror})") from None
    os.close(fd)


def make_engine(url: str, *, create_folder: bool = False) -> Engine:
    """An engine for a vetted URL; a SQLite file is created user-only when missing.

    ``create_folder`` allows creating the file's folder (for the default location, which
    is ours); a path the user gave must be in an existing folder.
    """
    parsed = check_url(url)
    path = sqlite_path(parsed)
    if path is not None and parsed.query.get("mode") != "ro":
        _create_private(path, make_parent=create_folder)
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        kwargs["connect_args"] = {"connect_timeout": 10}
    try:
        engine = sa.create_engine(parsed, **kwargs)
    except NoSuchModuleError:
        raise InputError(f"unsupported database URL {redact(url)!r}") from None
    except ArgumentError:
        raise InputError(f"malformed database URL {redact(url)!r}") from None
    except ModuleNotFoundError as exc:
        raise StorageError(
            f"the driver for {parsed.drivername} is not installed ({exc.name}); "
            "for PostgreSQL: pip install 'factcheck[postgres]'"
        ) from None
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    """WAL, a busy timeout, foreign keys, and transactions begun by SQLAlchemy.

    The sqlite3 module commits DDL and starts transactions lazily on its own, which would
    let a failed migration or ingest leave half its work behind; so autocommit mode is
    set on the driver and BEGIN is sent here, IMMEDIATE for writers.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        try:
            # Persistent in the file once set; a read-only file keeps its own mode.
            if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
        except Exception:  # read-only media: the rollback journal still works
            pass
        # The durability promise (docs/scale.md, "Durability"): with WAL, NORMAL keeps
        # every committed document through a crash of the process; a power cut may lose
        # the last commits since a checkpoint, never half a document. FULL would flush
        # the disk at every commit.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
        # Process-wide (the pragma sets it for every connection of the process), so the
        # caches of all pooled connections together stay under one bound.
        cursor.execute(f"PRAGMA soft_heap_limit={SQLITE_HEAP_KIB * 1024}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        writer = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writer else "BEGIN")


#: SQLite result codes and PostgreSQL SQLSTATEs worth another try: the lock holder will
#: finish, the serialization conflict will not recur the same way.
_TRANSIENT_SQLSTATES = {"40001", "40P01", "55P03"}
_TRANSIENT_SQLITE = ("database is locked", "database table is locked", "database is busy")


def is_transient(exc: BaseException) -> bool:
    """True for a failure another attempt may not meet: a lock, a serialization conflict."""
    orig = getattr(exc, "orig", exc)
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if sqlstate in _TRANSIENT_SQLSTATES:
        return True
    text = str(orig).lower()
    return any(marker in text for marker in _TRANSIENT_SQLITE)


def run_write(
    engine: Engine,
    work: Callable[[Connection], T],
    *,
    describe: Callable[[BaseException], str],
    retry_for: float = RETRY_FOR_S,
    sleep: Callable[[float], None] = time.sleep,
    foreign_keys: bool = True,
) -> T:
    """Run ``work(conn)`` in one write transaction, retried while it fails transiently.

    Backoff doubles from 50 ms up to 2 s with full jitter, so four writers that collided
    do not collide again in step; after ``retry_for`` seconds the last error is raised as
    a StorageError (``describe`` renders it without secrets). ``work`` must be safe to
    run again: everything it wrote is rolled back before a retry.

    ``foreign_keys=False`` switches SQLite's foreign-key enforcement off for this
    transaction (it can only be switched outside one): a migration that rebuilds a table
    must be able to drop the original while other tables point at it; the caller then
    proves integrity with ``PRAGMA foreign_key_check`` before committing.
    """
    deadline = time.monotonic() + retry_for
    delay = 0.05
    writer = engine.execution_options(**{WRITE_OPTION: True})
    while True:
        try:
            with writer.connect() as conn:
                raw: Any = conn.connection.driver_connection
                toggle = conn.dialect.name == "sqlite" and not foreign_keys
                if toggle:
                    raw.execute("PRAGMA foreign_keys=OFF")
                try:
                    with conn.begin():
                        return work(conn)
                finally:
                    if toggle:
                        raw.execute("PRAGMA foreign_keys=ON")
        except DBAPIError as exc:
            if not is_transient(exc) or time.monotonic() >= deadline:
                raise StorageError(describe(exc)) from None
        sleep(random.uniform(0, delay))
        delay = min(delay * 2, 2.0)


def lock(conn: Connection, purpose: str) -> None:
    """Hold a database-wide lock for ``purpose`` until this transaction ends.

    PostgreSQL: ``pg_advisory_xact_lock``. SQLite needs nothing more: a write transaction
    (``BEGIN IMMEDIATE``) already excludes every other writer.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCKS[purpose]})


@contextmanager
def wrapped(describe: Callable[[BaseException], str]) -> Iterator[None]:
    """Turn a driver error into a StorageError with a readable, secret-free line."""
    try:
        yield
    except (DBAPIError, sa.exc.SQLAlchemyError) as exc:
        raise StorageError(describe(exc)) from None


@contextmanager
def exclusive_task(engine: Engine, task: str, busy: str) -> Iterator[None]:
    """Run a long task that commits in many transactions (``rematch --all``, ``stories
    rebuild``) as the only one of its kind on this database, for its whole run.

    Two such runs at once would share one resume position (``task_progress``) and each
    chunk of one would wait for a chunk of the other until a lock wait ran out
    ("database is locked" after ``BUSY_TIMEOUT_MS``). So the second is refused at once
    with :class:`BusyError` (``busy`` is its message; exit code 3), before it reads or
    writes anything. The lock dies with its process, so an interrupted run never leaves
    it held: PostgreSQL holds a session advisory lock (``pg_try_advisory_lock``) on a
    connection of its own; SQLite an exclusive ``flock`` on a file beside the database
    (``<database>-<task>.lock``, user-only, left in place: removing it could let a third
    run lock another file of the same name). Other writers (ingest) are not held off:
    the task takes the ingest lock chunk by chunk as before. Where ``flock`` does not
    exist (Windows) SQLite runs are not guarded.
    """
    if engine.dialect.name == "postgresql":
        key = LOCKS[task]
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            held = conn.execute(sa.text("SELECT pg_try_advisory_lock(:key)"), {"key": key})
            if not held.scalar():
                raise BusyError(busy)
            try:
                yield
            finally:
                conn.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": key})
        return
    path = sqlite_path(engine.url)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        fcntl = None  # type: ignore[assignment]
    if path is None or fcntl is None:
        yield
        return
    lock_path = f"{path}-{task}.lock"
    try:
        fd = os.open(lock_path, os.O_CREAT | os.O_RDWR, 0o600)
    except OSError as exc:  # a read-only folder, a lock file another user owns
        raise StorageError(
            f"cannot open the lock file {lock_path}: {exc.strerror or exc}"
        ) from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BusyError(busy) from None
        yield
    finally:
        os.close(fd)  # closing the file releases the lock
