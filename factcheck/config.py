"""Configuration read once: where the database lives and the thresholds users tune.

``--db`` beats ``FACTCHECK_DB`` beats a SQLite file in the user data directory, so that
scripts can pin a database while interactive use needs no setup at all. Thresholds and
the marker lexicon come from a TOML file found the same way (``--config``,
``FACTCHECK_CONFIG``, ``config.toml`` in the user config directory).
"""

from __future__ import annotations

import math
import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import platformdirs

__all__ = [
    "CONFIG_ENV",
    "DB_ENV",
    "RANGES",
    "Key",
    "Settings",
    "check_fields",
    "config_path",
    "default_db_url",
    "load_settings",
    "resolve_db_url",
    "schema",
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


@dataclass(frozen=True)
class Key:
    """What one config key may hold: its ``kind`` and, for a number, its range.

    ``kind`` is ``"number"`` (an int or float), ``"whole"`` (an int), ``"bool"`` or
    ``"string"``. A number must be finite (TOML allows ``nan`` and ``inf``, which compare
    false with everything and so would switch checks off silently) and lie in
    ``[low, high]``; ``low_open``/``high_open`` make an end exclusive.
    """

    kind: str
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False

    def describe(self) -> str:
        """The rule in words, for messages and the README: ``a number from 0 to 1``."""
        noun = {
            "number": "a finite number",
            "whole": "a whole number",
            "bool": "true or false",
            "string": "a string",
        }[self.kind]
        if self.kind not in ("number", "whole") or (self.low is None and self.high is None):
            return noun
        low = _shown(self.low) if self.low is not None else None
        high = _shown(self.high) if self.high is not None else None
        if low is not None and high is not None and not (self.low_open or self.high_open):
            return f"{noun} from {low} to {high}"
        parts = []
        if low is not None:
            parts.append(f"above {low}" if self.low_open else f"{low} or more")
        if high is not None:
            parts.append(f"below {high}" if self.high_open else f"{high} or less")
        return f"{noun}, {' and '.join(parts)}"

    def problem(self, value: Any) -> str | None:
        """Why ``value`` is not allowed here, or None when it is."""
        if self.kind == "bool":
            return None if isinstance(value, bool) else "wrong type"
        if self.kind == "string":
            return None if isinstance(value, str) else "wrong type"
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "wrong type"
        if self.kind == "whole" and not isinstance(value, int):
            return "wrong type"
        # A TOML integer may be any size: math.isfinite would overflow converting it.
        if isinstance(value, float) and not math.isfinite(value):
            return "not finite"
        if self.low is not None and (value <= self.low if self.low_open else value < self.low):
            return "out of range"
        if self.high is not None and (value >= self.high if self.high_open else value > self.high):
            return "out of range"
        return None


def _shown(bound: float) -> str:
    """A range's end as people read it: ``0.5``, ``36,525``, ``1,000,000,000``."""
    return f"{int(bound):,}" if float(bound).is_integer() else f"{bound:g}"


# Every key has an upper end as well as a lower one (tester12b F2): TOML integers have no
# size limit, and a value accepted here but too large for what it feeds (a date window
# past the calendar, a count bound into SQL past 64 bits, weights whose sum overflows to
# inf) failed later, blamed on the article being ingested or shown as "nan".
#: The most any count may be: more words, names, rows or characters than any document or
#: store here holds (``max_document_chars`` is bounded by it too), and far inside the
#: 64-bit integers SQL binds, with room for the arithmetic done on a count (+1, sums).
COUNT_MAX = 1_000_000_000
#: The widest ``[stories] window_days``: a century. No event's coverage runs longer, and
#: a publication date plus or minus the window stays a calendar date (years 1 to 9999).
WINDOW_DAYS_MAX = 36_525
#: The largest relative weight: a thousand to one already leaves the smaller signal no
#: say, and weights are summed and normalised (two of 1e308 summed to inf and became nan).
WEIGHT_MAX = 1_000
#: The largest story score to reach (a name weighs 3): a million means "never", and stays
#: a finite sum of term weights.
SCORE_MAX = 1_000_000

_UNIT = Key("number", 0, 1)  # a threshold, a strength or a share of a score
_WEIGHT = Key("number", 0, WEIGHT_MAX)  # a relative weight, normalised where it is used
_BELOW_ONE = Key("number", 0, 1, high_open=True)  # a floor x rescaled as (v - x) / (1 - x)
_SCORE = Key("number", 0, SCORE_MAX, low_open=True)  # a story score to reach


def _count(low: int) -> Key:
    """A whole-number count from ``low`` to :data:`COUNT_MAX`."""
    return Key("whole", low, COUNT_MAX)


#: The range of every numeric key of every section, with why. The keys of ``[match]``,
#: ``[stories]`` and ``[limits]`` are the fields of MatchConfig, StoryConfig and Limits:
#: ``schema()`` refuses a field with no entry here, so a new field cannot go unchecked.
RANGES: dict[str, dict[str, Key]] = {
    "claims": {"checkworthy_threshold": _UNIT},
    "match": {
        # Thresholds on a score in [0, 1] (their order is checked by MatchConfig).
        **dict.fromkeys(
            ("candidate", "review", "auto", "conflict", "conflict_review", "conflict_auto"),
            _UNIT,
        ),
        # Similarity weights are normalised to sum to 1 over the signals in use.
        **dict.fromkeys(("w_words", "w_fuzzy", "w_embedding"), _WEIGHT),
        "fuzzy_floor": _BELOW_ONE,
        "core_floor": _BELOW_ONE,
        "use_embeddings": Key("bool"),
        # A relative tolerance between two figures ("about 40": 10 %).
        "about": _UNIT,
        # Strengths of a disagreement, compared with ``conflict``, and parts of the score.
        **dict.fromkeys(
            (
                "numbers_differ",
                "dates_differ",
                "polarity_differs",
                "antonym",
                "entity_swap",
                "numbers_unaligned",
                "substitution",
                "number_missing",
                "numbers_agree",
                "w_core",
                "frame_aligned",
                "hedged_denial",
                "hedged",
            ),
            _UNIT,
        ),
        # Word counts and the weights of a figure and a date counted as shared words.
        "core_min_words": _count(0),
        **dict.fromkeys(("core_min_shared", "core_figure", "core_date"), _WEIGHT),
    },
    "stories": {
        "window_days": Key("whole", 0, WINDOW_DAYS_MAX),
        "min_score": _SCORE,
        "min_anchors": _count(1),
        "brief_names": _count(0),
        "brief_min_score": _SCORE,
        "max_postings": _count(1),
        "common_stories": _count(1),
        "max_words": _count(0),
    },
    "limits": {"max_document_chars": _count(1), "max_sentence_chars": _count(1)},
}

#: The keys that are not numbers.
_OTHER_KEYS: dict[str, dict[str, Key]] = {
    "markers": {"lexicon": Key("string")},
    "review": {"reviewer": Key("string")},
    "claimreview": {"url_template": Key("string"), "publisher": Key("string")},
}


def schema() -> dict[str, dict[str, Key]]:
    """Every section and key the config file may hold, with what each key may hold.

    The keys of ``[match]``, ``[stories]`` and ``[limits]`` are read from the fields of
    their dataclasses; each must have its range in ``RANGES`` (a RuntimeError names a
    field without one, so the test suite fails before a new key goes unchecked).
    """
    from factcheck.match.relation import MatchConfig
    from factcheck.match.stories import StoryConfig
    from factcheck.validate import Limits

    result: dict[str, dict[str, Key]] = {"claims": dict(RANGES["claims"]), **_OTHER_KEYS}
    for section, cls in (("match", MatchConfig), ("stories", StoryConfig), ("limits", Limits)):
        keys: dict[str, Key] = {}
        for f in fields(cls):
            if f.name not in RANGES[section]:
                raise RuntimeError(f"[{section}] {f.name} has no range in factcheck.config.RANGES")
            keys[f.name] = RANGES[section][f.name]
        result[section] = keys
    return result


def check_fields(settings: Any, section: str) -> None:
    """Refuse a field of a settings dataclass (MatchConfig, StoryConfig, Limits) whose
    value is not what ``RANGES[section]`` allows: the one check of those ranges, for the
    config file (:func:`load_settings`) and for code that builds the dataclass itself.

    Raises InputError, one line: ``[stories] window_days must be a whole number from 0
    to 36,525, not 3000000``.
    """
    from factcheck.errors import InputError

    keys = RANGES[section]
    for f in fields(settings):
        value = getattr(settings, f.name)
        key = keys[f.name]
        if key.problem(value) is not None:
            raise InputError(f"[{section}] {f.name} must be {key.describe()}, not {value!r}")


def _check_sections(data: dict[str, Any], where: str) -> None:
    """Refuse an unknown section or key and a value of the wrong kind or out of range,
    with one line naming the file, the section and the key (InputError, exit 2)."""
    from factcheck.errors import InputError

    known = schema()
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
            if keys[key].problem(value) is not None:
                raise InputError(
                    f"[{section}] {key} must be {keys[key].describe()}, not {value!r}",
                    origin=where,
                )


def read_setting_file(path: Path, what: str) -> str:
    """The UTF-8 text of ``path``; InputError naming it and saying why it cannot be read
    (no such file, a folder, permission denied, or the system's reason) — one line, never
    a traceback. ``what`` names the file's use ("configuration file"). A file that is not
    UTF-8 raises UnicodeDecodeError for the caller to word."""
    from factcheck.errors import InputError

    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"no such {what}", origin=str(path)) from None
    except IsADirectoryError:
        raise InputError(f"is a folder, not a {what}", origin=str(path)) from None
    except PermissionError:
        raise InputError(f"cannot read the {what}: permission denied", origin=str(path)) from None
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise InputError(f"cannot read the {what}: {reason}", origin=str(path)) from None


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
        data = tomllib.loads(read_setting_file(found, "configuration file"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"not valid TOML ({exc})", origin=str(found)) from None
    except RecursionError:
        # tomllib parses nested arrays and inline tables recursively: a file nested
        # thousands deep exhausts Python's stack instead of failing to parse.
        raise InputError("TOML nested too deeply", origin=str(found)) from None
    where = str(found)
    _check_sections(data, where)
    try:
        match = MatchConfig(**data.get("match", {}))
    except (TypeError, ValueError) as exc:
        raise InputError(f"[match] {exc}", origin=where) from None
    try:
        stories = StoryConfig(**data.get("stories", {}))
    except InputError as exc:
        raise exc.at(where) from None
    threshold = data.get("claims", {}).get("checkworthy_threshold")
    lexicon = data.get("markers", {}).get("lexicon")
    from factcheck.review import check_publisher, check_reviewer

    reviewer = _checked_name(found, data, "review", "reviewer", check_reviewer)
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
        publisher=_checked_name(found, data, "claimreview", "publisher", check_publisher),
    )


def _checked_name(
    found: Path, sections: dict[str, Any], section: str, key: str, check: Callable[..., str]
) -> str | None:
    """``[section] key``, a name a person gives for the desk (``[review] reviewer``, recorded
    with every decision; ``[claimreview] publisher``, the reviews' author): checked by
    ``check`` as the matching command-line option is (``review.check_reviewer``,
    ``review.check_publisher``: an empty one is refused, not read as absent); None when
    the key is not there. Sections and types are already checked by ``_check_sections``.
    Raises InputError naming the key and ``found``."""
    from factcheck.errors import InputError

    name = sections.get(section, {}).get(key)
    if name is None:
        return None
    try:
        return check(name, where=f"[{section}] {key}")
    except InputError as exc:
        raise exc.at(str(found)) from None
