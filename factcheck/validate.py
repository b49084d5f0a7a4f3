"""Checks every document passes before it is stored: text is untrusted input.

A value that would break the database or a reader's terminal later is refused here, with
the field named, instead of failing deep inside a driver with a traceback: strings that
are not strings, lone surrogates (valid in JSON's ``\\ud800``, not encodable as UTF-8, so
no database can store them), NUL characters (PostgreSQL text cannot hold them), and web
addresses that are no absolute http(s) URL (:func:`check_web_url`).
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from factcheck.config import check_fields
from factcheck.errors import InputError
from factcheck.segment import MAX_SENTENCE_CHARS
from factcheck.terminal import safe

__all__ = [
    "DEFAULT_LIMITS",
    "Limits",
    "check_document",
    "check_size",
    "check_text",
    "check_web_url",
]


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
        # The ranges are the config schema's (``config.RANGES["limits"]``), one home.
        check_fields(self, "limits")


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
    # The same check as ``documents edit --url``: a link stored here ends up in reports
    # and ClaimReview markup, so what an edit refuses an ingest must refuse too.
    check_web_url(doc.url, "url", origin=origin, line=line)


#: Characters never valid in a URL as typed (RFC 3986 leaves them out; a browser
#: percent-encodes them): whitespace, and the ones that would open markup in a report.
_NOT_IN_URL = re.compile(r'[\s<>"`{}|\\^]')
#: A percent sign that does not start an escape (``%`` and two hex digits, RFC 3986 2.1):
#: a browser or crawler reads the address differently from what was written.
_BARE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
#: A host name label: letters (any script, for international names), digits, hyphens.
_HOST_LABEL = re.compile(r"^(?!-)[^\W_](?:[\w-]{0,61}[^\W_])?(?<!-)$")


def _valid_host(host: str) -> bool:
    """A DNS name of labels (``_HOST_LABEL``, at most 253 characters) or an IP address."""
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    name = host.rstrip(".")
    if not name or len(name) > 253:
        return False
    return all(_HOST_LABEL.match(label) and "_" not in label for label in name.split("."))


def check_web_url(
    url: str | None,
    option: str = "--evidence",
    *,
    origin: str | None = None,
    line: int | None = None,
) -> str | None:
    """The one check of a document or evidence link (``ingest``'s ``url`` field,
    ``documents edit --url``, ``verdict --evidence``): an absolute http(s) URL, or
    InputError naming ``option`` (and ``origin``/``line`` for a batch). Returns the
    stripped URL, or None for an empty one.

    Refused: another scheme (``javascript:``, a bare word), no host or a host that is not
    a DNS name or IP address, a bad port, and any whitespace, control character or
    character a URL never holds unencoded (``<``, ``>``, ``"``, backquote, braces, ``|``,
    backslash, ``^``), and a ``%`` that starts no escape of two hex digits (RFC 3986,
    2.1): such a link would end up in reports and ClaimReview markup.
    """
    if url is None or not url.strip():
        return None
    url = url.strip()

    def refuse(why: str) -> InputError:
        shown = safe(url, newlines=False)
        return InputError(
            f"{option} must be an http(s) URL, not '{shown}': {why}", origin=origin, line=line
        )

    bad = _NOT_IN_URL.search(url) or next(
        (ch for ch in url if unicodedata.category(ch).startswith("C")), None
    )
    if bad is not None:
        char = bad.group() if isinstance(bad, re.Match) else bad
        what = "a space" if char == " " else f"the character '{safe(char, newlines=False)}'"
        raise refuse(f"it holds {what} (percent-encode it)")
    if _BARE_PERCENT.search(url):
        raise refuse("it holds a '%' that is not followed by two hex digits (write '%25')")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - parsing is the check
    except ValueError as exc:  # an unclosed IPv6 bracket, a bad port
        raise refuse(str(exc)) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise refuse("only http and https links are kept")
    if not host:
        raise refuse("it names no host")
    if not _valid_host(host):
        raise refuse(f"{host!r} is not a host name")
    return url
