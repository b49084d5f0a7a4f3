"""Checks every document passes before it is stored: text is untrusted input.

A value that would break the database or a reader's terminal later is refused here, with
the field named, instead of failing deep inside a driver with a traceback: strings that
are not strings, lone surrogates (valid in JSON's ``\\ud800``, not encodable as UTF-8, so
no database can store them), NUL characters (PostgreSQL text cannot hold them), and web
addresses Python's own parser rejects (``http://[::1``).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from factcheck.errors import InputError

__all__ = ["check_document", "check_text"]

_SURROGATE = re.compile("[\ud800-\udfff]")
TEXT_FIELDS = ("text", "source", "url", "title", "author", "language")


def check_text(
    value: Any, what: str, *, origin: str | None = None, line: int | None = None
) -> None:
    """Raise InputError unless ``value`` is None or a string any database can store."""
    if value is None:
        return
    if not isinstance(value, str):
        raise InputError(f"{what} must be a string", origin=origin, line=line)
    bad = _SURROGATE.search(value)
    if bad is not None:
        raise InputError(
            f"{what} contains a lone surrogate (U+{ord(bad.group()):04X}) at character "
            f"{bad.start()}; it is not text any encoding can store",
            origin=origin,
            line=line,
        )
    if "\x00" in value:
        raise InputError(
            f"{what} contains a NUL character at character {value.index(chr(0))}",
            origin=origin,
            line=line,
        )


def check_document(doc: Any) -> None:
    """Refuse a RawDocument with a field no database or reader can take; name the field."""
    origin, line = doc.place()
    for name in TEXT_FIELDS:
        check_text(getattr(doc, name), name, origin=origin, line=line)
    if doc.url:
        try:
            urlsplit(doc.url).hostname  # noqa: B018 - parsing is the check
        except ValueError as exc:
            raise InputError(
                f"url {doc.url!r} is not a web address ({exc})", origin=origin, line=line
            ) from None
