"""Decode a file's bytes as written, or refuse saying which encoding it probably is.

Order of evidence, strongest first: an ``--encoding`` the user gave; a byte-order mark
(UTF-8, UTF-16, UTF-32); UTF-16 without a mark (a zero byte in every other position of
Latin text); strict UTF-8. UTF-8 with a few stray bytes (a Windows-1252 quote pasted into
a UTF-8 file) keeps every valid UTF-8 character and reads only the stray bytes as
Windows-1252. A file with no valid multi-byte UTF-8 at all is single-byte: Windows-1252
when it decodes and reads as Western text (few non-ASCII letters per word, which Cyrillic
or Greek read through Windows-1252 is not), else what charset-normalizer is sure of;
when nothing is sure, the file is refused with the likely encoding and ``--encoding``.
"""

from __future__ import annotations

import codecs

from factcheck.errors import InputError

__all__ = ["decode"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_STRAY = "factcheck-stray-cp1252"


def _stray_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error(_STRAY, _stray_as_cp1252)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 of mostly Latin text has a zero byte in every other position."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0 : pairs * 2 : 2].count(0)
    odd = sample[1 : pairs * 2 : 2].count(0)
    if odd >= 0.3 * pairs and even < 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.3 * pairs and odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def _utf8_counts(data: bytes) -> tuple[int, int]:
    """(valid non-ASCII UTF-8 characters, bytes that are not UTF-8)."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return good, bad


def _western(text: str) -> bool:
    """Reads as a Latin-script language: non-ASCII letters are a minority of letters."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    foreign = sum(1 for ch in letters if ord(ch) > 0x7F)
    return foreign <= 0.3 * len(letters)


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """The text of ``data``; InputError (naming ``name``) when it cannot be told."""
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}", origin=name) from None
        try:
            return data.decode(codec)
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid {encoding} at byte {exc.start}", origin=name) from None
    if not data.strip():
        raise InputError("file is empty", origin=name)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(
                    f"starts with a {codec.upper()} byte-order mark but is not valid "
                    f"{codec.upper()}; give --encoding",
                    origin=name,
                ) from None
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            raise InputError(
                f"looks like {utf16.upper()} without a byte-order mark but is not valid "
                f"{utf16.upper()}; give --encoding",
                origin=name,
            ) from None
    if b"\x00" in data[:8192]:
        raise InputError("looks like a binary file, not text", origin=name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    good, bad = _utf8_counts(data)
    if good and good >= bad:
        return data.decode("utf-8", errors=_STRAY)
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _western(text):
        return text
    return _detected(data, name)


def _detected(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.chaos <= 0.1 and best.coherence >= 0.2:
        return str(best)
    guess = best.encoding if best is not None else "cp1252"
    likely = f"; it looks like {guess}" if best is not None else ""
    raise InputError(
        f"not UTF-8 and its encoding cannot be told for sure{likely}: "
        f"give --encoding (e.g. --encoding {guess})",
        origin=name,
    )
