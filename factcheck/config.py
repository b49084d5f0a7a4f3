"""Configuration read once: where the database lives.

``--db`` beats ``FACTCHECK_DB`` beats a SQLite file in the user data directory, so that
scripts can pin a database while interactive use needs no setup at all.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

__all__ = ["DB_ENV", "default_db_url", "resolve_db_url"]

DB_ENV = "FACTCHECK_DB"


def default_db_url() -> str:
    data_dir = Path(platformdirs.user_data_dir("factcheck", appauthor=False))
    return f"sqlite:///{data_dir / 'factcheck.sqlite3'}"


def resolve_db_url(url: str | None = None) -> str:
    """The database URL in force; a bare file path is taken as a SQLite file."""
    chosen = url or os.environ.get(DB_ENV) or default_db_url()
    if "://" not in chosen:
        chosen = f"sqlite:///{Path(chosen).expanduser().resolve()}"
    return chosen
