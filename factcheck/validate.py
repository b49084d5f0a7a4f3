"""Checks every document passes before it is stored: text is untrusted input.

A value that would break the database or a reader's terminal later is refused here, with
the field named, instead of failing deep inside a driver with a traceback: strings that
are not strings, lone surrogates (valid in JSON's ``\\ud800``, not encodable as UTF-8, so
no database can store them), NUL characters (PostgreSQL text cannot hold them), and web
addresses Python's own parser rejects (``http://[::1``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from factcheck.errors import InputError
from factcheck.segment import MAX_SENTENCE_CHARS

__all__ = ["DEFAULT_LIMITS", "Limits", "check_document", "check_size", "check_text"]


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one document may ask of the machine; ``[limits]`` in the config file.

    ``max_document_chars``: longer documents are refused with a message saying so (ten
    million characters is a long book; an article is some thousands). Work and storage
    per document are linear in its length, so the limit is about what a user meant to
    store, not about protecting the pipeline. ``max_sentence_chars``: longer sentences
    are cut at clause breaks (see ``factcheck.segment.MAX_SENTENCE_CHARS``).
    """

    max_document_chars: int = 10_000_000
    max_sentence_chars: int = MAX_SENTENCE_CHARS

    def __post_init__(self) -> None:
        for name in ("max_document_chars", "max_sentence_chars"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InputError(f"[limits] {name} must be a positive whole number")


DEFAULT_LIMITS = Limits()


def check_size(
    chars: int, limits: Limits, *, origin: str | None = None, line: int | None = None
) -> None:
    """Refuse a document of ``chars`` characters when it is over the configured limit."""
    if chars > limits.max_document_chars:
        raise InputError(
            f"document is {chars:,} characters, over the limit of "
            f"{limits.max_document_chars:,} (raise [limits] max_document_chars in the "
            "config file to store it)",
            origin=origin,
            line=line,
        )

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
