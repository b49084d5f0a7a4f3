"""Configuration read once: where the database lives and the thresholds users tune.

``--db`` beats ``FACTCHECK_DB`` beats a SQLite file in the user data directory, so that
scripts can pin a database while interactive use needs no setup at all. Thresholds and
the marker lexicon come from a TOML file found the same way (``--config``,
``FACTCHECK_CONFIG``, ``config.toml`` in the user config directory).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import platformdirs

__all__ = [
    "CONFIG_ENV",
    "DB_ENV",
    "Settings",
    "config_path",
    "default_db_url",
    "load_settings",
    "resolve_db_url",
]

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


CONFIG_ENV = "FACTCHECK_CONFIG"


@dataclass(frozen=True)
class Settings:
    """Everything a user may tune without touching code, read from one TOML file.

    ```toml
    [match]                 # thresholds and weights of factcheck.match.MatchConfig
    candidate = 0.3
    review = 0.5
    auto = 0.7

    [claims]
    checkworthy_threshold = 0.5

    [markers]
    lexicon = "extra-markers.toml"   # relative to this file
    ```
    """

    match: Any = None
    checkworthy_threshold: float | None = None
    lexicon: Path | None = None
    path: Path | None = None


def config_path(path: str | Path | None = None) -> Path | None:
    """``--config`` beats ``FACTCHECK_CONFIG`` beats config.toml in the user config dir."""
    if path:
        return Path(path)
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    default = Path(platformdirs.user_config_dir("factcheck", appauthor=False)) / "config.toml"
    return default if default.is_file() else None


def load_settings(path: str | Path | None = None) -> Settings:
    """Read and validate the configuration; unknown keys are errors, not silent no-ops."""
    from factcheck.errors import InputError
    from factcheck.match.relation import MatchConfig

    found = config_path(path)
    if found is None:
        return Settings(match=MatchConfig())
    try:
        data = tomllib.loads(found.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{found}: no such configuration file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{found}: not valid TOML ({exc})") from None
    unknown = set(data) - {"match", "claims", "markers"}
    if unknown:
        raise InputError(f"{found}: unknown section(s) {', '.join(sorted(unknown))}")
    match_values = data.get("match", {})
    allowed = {f.name for f in fields(MatchConfig)}
    bad = set(match_values) - allowed
    if bad:
        raise InputError(f"{found}: unknown [match] key(s) {', '.join(sorted(bad))}")
    try:
        match = MatchConfig(**match_values)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{found}: [match] {exc}") from None
    claims = data.get("claims", {})
    threshold = claims.get("checkworthy_threshold")
    if threshold is not None and not (isinstance(threshold, int | float) and 0 <= threshold <= 1):
        raise InputError(f"{found}: [claims] checkworthy_threshold must be between 0 and 1")
    lexicon = data.get("markers", {}).get("lexicon")
    return Settings(
        match=match,
        checkworthy_threshold=float(threshold) if threshold is not None else None,
        lexicon=(found.parent / lexicon) if lexicon else None,
        path=found,
    )
