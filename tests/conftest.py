"""Shared fixtures: every test gets its own empty database.

Storage tests take the ``db_url`` fixture, which runs them once on SQLite and once on
PostgreSQL when ``FACTCHECK_TEST_POSTGRES_URL`` points at a server (``.ci/run`` starts
one); without it the PostgreSQL variants skip and say why.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

PG_ENV = "FACTCHECK_TEST_POSTGRES_URL"
DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the user's real database."""
    monkeypatch.setenv("FACTCHECK_DB", f"sqlite:///{tmp_path / 'factcheck.sqlite3'}")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.sqlite3'}"


def _postgres_database(base_url: str) -> Iterator[str]:
    import sqlalchemy as sa

    name = f"fc_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.engine.make_url(base_url).set(database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, sqlite_url: str) -> Iterator[str]:
    """A fresh, empty database URL on each backend."""
    if request.param == "sqlite":
        yield sqlite_url
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (a SQLAlchemy URL); .ci/run sets it")
    yield from _postgres_database(base)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database (for tests that need one beside ``db_url``)."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (a SQLAlchemy URL); .ci/run sets it")
    yield from _postgres_database(base)


@pytest.fixture
def store(db_url: str):  # type: ignore[no-untyped-def]
    from factcheck.store import Store

    s = Store(db_url)
    yield s
    s.engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    """An engine on an empty schema made from the models, for modules below the store.

    PostgreSQL gets a private schema per test, so suites can share one database.
    """
    import sqlalchemy as sa
    from sqlmodel import SQLModel

    if request.param == "sqlite":
        eng = sa.create_engine(f"sqlite:///{tmp_path / 'models.sqlite3'}")
        SQLModel.metadata.create_all(eng)
        yield eng
        eng.dispose()
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL tests need {PG_ENV} (a SQLAlchemy URL); .ci/run sets it")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    eng = sa.create_engine(base, connect_args={"options": f"-csearch_path={schema}"})
    SQLModel.metadata.create_all(eng)
    try:
        yield eng
    finally:
        eng.dispose()
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


def _refuse_claims_with(engine: Any, word: str) -> None:
    """Make the database refuse any claim holding ``word``: a failure in the middle of a
    document (its document and sentence rows are written when a claim is refused)."""
    with engine.begin() as conn:
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(
                "CREATE TRIGGER refuse BEFORE INSERT ON claims "
                f"WHEN instr(NEW.text, '{word}') > 0 "
                "BEGIN SELECT RAISE(ABORT, 'claim refused by the test trigger'); END"
            )
        else:
            conn.exec_driver_sql(
                "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                f"IF strpos(NEW.text, '{word}') > 0 THEN "
                "RAISE EXCEPTION 'claim refused by the test trigger'; END IF; "
                "RETURN NEW; END $$ LANGUAGE plpgsql"
            )
            conn.exec_driver_sql(
                "CREATE TRIGGER refuse BEFORE INSERT ON claims "
                "FOR EACH ROW EXECUTE FUNCTION refuse()"
            )


@pytest.fixture
def refuse_claims() -> Any:
    """``refuse_claims(engine, word)``: the database refuses claims holding ``word``."""
    return _refuse_claims_with
