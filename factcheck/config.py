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
    from factcheck.database import sqlite_url

    data_dir = Path(platformdirs.user_data_dir("factcheck", appauthor=False))
    return sqlite_url(data_dir / "factcheck.sqlite3")


def resolve_db_url(url: str | None = None) -> str:
    """The database URL in force; a value without a URL scheme is the path of a SQLite
    file, taken literally whatever characters it holds ("@", "#", "?", "%", spaces:
    :func:`factcheck.database.sqlite_url`).

    Raises InputError for a value that looks like a URL written slightly wrong
    (:func:`factcheck.database.mistyped_url`: whitespace around it, a scheme without
    "//" or without ":"): read as a file path it would create a file of that odd name
    and show it, password and all. A scheme is read case-insensitively (RFC 3986
    §3.1): ``SQLITE:///x.db`` is ``sqlite:///x.db``.
    """
    from factcheck.database import mistyped_url, sqlite_url, url_scheme
    from factcheck.errors import InputError

    chosen = url or os.environ.get(DB_ENV) or default_db_url()
    why = mistyped_url(chosen)
    if why is not None:
        raise InputError(why)
    scheme = url_scheme(chosen)
    if scheme is None:
        return sqlite_url(Path(chosen).expanduser().resolve())
    return scheme.lower() + chosen[len(scheme) :]


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

    [review]
    reviewer = "A. Reporter"         # recorded with decisions and verdicts
    [limits]                # factcheck.validate.Limits
    max_document_chars = 10_000_000
    max_sentence_chars = 1_000

    [stories]               # factcheck.match.stories.StoryConfig
    window_days = 21
    min_score = 9.0

    [claimreview]           # factcheck export claimreview
    url_template = "https://desk.example/checks/{claim_id}"   # each review's own page
    publisher = "Harbour Checks"                              # the reviews' author
    ```
    """

    match: Any = None
    stories: Any = None
    checkworthy_threshold: float | None = None
    lexicon: Path | None = None
    path: Path | None = None
    reviewer: str | None = None
    limits: Any = None
    review_url_template: str | None = None
    publisher: str | None = None


def config_path(path: str | Path | None = None) -> Path | None:
    """``--config`` beats ``FACTCHECK_CONFIG`` beats config.toml in the user config dir."""
    if path:
        return Path(path)
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV])
    default = Path(platformdirs.user_config_dir("factcheck", appauthor=False)) / "config.toml"
    return default if default.is_file() else None


#: Every key the file may hold, with the type its value must have ([match] keys are the
#: fields of MatchConfig, all numbers). A typo is an error naming the key, never a
#: setting silently left at its default.
KNOWN_KEYS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "claims": {"checkworthy_threshold": (int, float)},
    "markers": {"lexicon": str},
    "review": {"reviewer": str},
    "limits": {"max_document_chars": int, "max_sentence_chars": int},
    "claimreview": {"url_template": str, "publisher": str},
}


def _check_sections(data: dict[str, Any], where: str) -> None:
    from factcheck.errors import InputError
    from factcheck.match.relation import MatchConfig
    from factcheck.match.stories import StoryConfig

    known: dict[str, dict[str, Any]] = {
        **KNOWN_KEYS,
        "match": {f.name: (int, float) for f in fields(MatchConfig)},
        "stories": {
            f.name: int if f.type in ("int", int) else (int, float) for f in fields(StoryConfig)
        },
    }
    unknown = set(data) - set(known)
    if unknown:
        raise InputError(f"unknown section(s) {', '.join(sorted(unknown))}", origin=where)
    for section, keys in known.items():
        values = data.get(section, {})
        if not isinstance(values, dict):
            raise InputError(f"{section} must be a [{section}] table", origin=where)
        bad = set(values) - set(keys)
        if bad:
            raise InputError(
                f"unknown [{section}] key(s) {', '.join(sorted(bad))} "
                f"(known: {', '.join(sorted(keys))})",
                origin=where,
            )
        for key, value in values.items():
            expected = keys[key]
            if isinstance(value, bool) or not isinstance(value, expected):
                kind = {str: "string", int: "whole number"}.get(expected, "number")
                raise InputError(
                    f"[{section}] {key} must be a {kind}, not {value!r}", origin=where
                )


def load_settings(path: str | Path | None = None) -> Settings:
    """Read and validate the configuration; unknown keys are errors, not silent no-ops."""
    from factcheck.errors import InputError
    from factcheck.match.relation import MatchConfig
    from factcheck.match.stories import StoryConfig
    from factcheck.validate import Limits

    found = config_path(path)
    if found is None:
        return Settings(match=MatchConfig(), limits=Limits(), stories=StoryConfig())
    try:
        data = tomllib.loads(found.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError("no such configuration file", origin=str(found)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"not valid TOML ({exc})", origin=str(found)) from None
    except RecursionError:
        # tomllib parses nested arrays and inline tables recursively: a file nested
        # thousands deep exhausts Python's stack instead of failing to parse.
        raise InputError("TOML nested too deeply", origin=str(found)) from None
    where = str(found)
    _check_sections(data, where)
    match_values = data.get("match", {})
    for key, value in match_values.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InputError(f"[match] {key} must be a number, not {value!r}", origin=where)
    try:
        match = MatchConfig(**match_values)
    except (TypeError, ValueError) as exc:
        raise InputError(f"[match] {exc}", origin=where) from None
    try:
        stories = StoryConfig(**data.get("stories", {}))
    except (TypeError, ValueError) as exc:
        raise InputError(f"[stories] {exc}", origin=where) from None
    threshold = data.get("claims", {}).get("checkworthy_threshold")
    if threshold is not None and not 0 <= threshold <= 1:
        raise InputError("[claims] checkworthy_threshold must be between 0 and 1", origin=where)
    lexicon = data.get("markers", {}).get("lexicon")
    reviewer = _reviewer(found, data.get("review", {}))
    try:
        limits = Limits(**data.get("limits", {}))
    except InputError as exc:
        raise exc.at(where) from None
    claimreview = data.get("claimreview", {})
    template = claimreview.get("url_template")
    if template is not None:
        from factcheck.report.export import check_review_url_template

        try:
            check_review_url_template(template)
        except ValueError as exc:
            raise InputError(f"[claimreview] url_template: {exc}", origin=where) from None
    return Settings(
        match=match,
        stories=stories,
        checkworthy_threshold=float(threshold) if threshold is not None else None,
        lexicon=(found.parent / lexicon) if lexicon else None,
        path=found,
        reviewer=reviewer,
        limits=limits,
        review_url_template=template,
        publisher=claimreview.get("publisher") or None,
    )


def _reviewer(found: Path, section: dict[str, Any]) -> str | None:
    """``[review] reviewer``: a name recorded with every decision (see factcheck.review).

    Sections and types are already checked by ``_check_sections``; this checks the name.
    """
    from factcheck.errors import InputError
    from factcheck.review import check_reviewer

    reviewer = section.get("reviewer")
    if reviewer is None:
        return None
    try:
        return check_reviewer(reviewer, where="[review] reviewer")
    except InputError as exc:
        raise exc.at(str(found)) from None
