"""Decode a file's bytes as written, or refuse saying which encoding it probably is.

Order of evidence, strongest first: an ``--encoding`` the user gave; a byte-order mark
(UTF-8, UTF-16, UTF-32); UTF-16 without a mark (a zero byte in every other position of
Latin text); strict UTF-8. UTF-8 with stray bytes (a Windows-1252 quote pasted into
a UTF-8 file) keeps every valid UTF-8 character and reads only the stray bytes as
Windows-1252, when most non-ASCII characters are valid UTF-8 or when every valid one is a
Western letter or sign in text that reads as Western (one "é" beside three stray bytes);
a stray byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) becomes U+FFFD
with a warning naming the file, the line and the byte, never silently.
Other 8-bit text is single-byte: Windows-1252 when it decodes and reads as Western text
(few non-ASCII letters per word, which Cyrillic or Greek read through Windows-1252 is
not) and sensibly (no word that shows a wrong code page: a symbol between letters as in
"zosta³", letters of two alphabets or flipping case in one word, accented letters no one
language writes together; see :func:`_misread_word`), else what charset-normalizer is
sure of, when that reads sensibly too and no other common code page reads it better,
with a warning naming the encoding detected; otherwise the file is refused naming the
code page that reads it best and ``--encoding``.

Whatever decoded it, the text must read as text: a decode that is mostly control,
unassigned, private-use or surrogate characters is refused, and so is UTF-16 whose code
units are nearly all two printable ASCII bytes — an 8-bit file that happens to start with
the bytes ``FF FE`` or ``FE FF`` (see :func:`_readable`).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from factcheck.errors import InputError, InputWarning

__all__ = ["MAX_LINE_WARNINGS", "decode"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Lines with replaced bytes reported one by one; more are summed up in one warning, so a
#: file of many bad lines makes a bounded report.
MAX_LINE_WARNINGS = 20
_STRAY_RUN = re.compile("[\udc80-\udcff]+")


def _cp1252_byte(byte: int) -> str | None:
    """The Windows-1252 character of one byte, None for the five it leaves undefined
    (0x81, 0x8D, 0x8F, 0x90, 0x9D)."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return None


_CP1252 = tuple(_cp1252_byte(b) for b in range(256))


def _utf8_with_stray_bytes(data: bytes, name: str, warnings: list[InputWarning] | None) -> str:
    """``data`` as UTF-8, each byte that is not UTF-8 read as Windows-1252.

    A byte Windows-1252 leaves undefined is no character in either reading: it becomes
    U+FFFD, never silently — each line holding one is reported in ``warnings`` (file,
    line, the bytes), up to :data:`MAX_LINE_WARNINGS` lines and then one warning for
    the rest.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    replaced: dict[int, list[int]] = {}
    counted = [0, 1]  # (position counted up to, its line): lines are counted once

    def read(match: re.Match[str]) -> str:
        out = []
        for ch in match.group():
            byte = ord(ch) - 0xDC00
            char = _CP1252[byte]
            if char is None:
                counted[1] += text.count("\n", counted[0], match.start())
                counted[0] = match.start()
                replaced.setdefault(counted[1], []).append(byte)
                char = "\ufffd"
            out.append(char)
        return "".join(out)

    mixed = _STRAY_RUN.sub(read, text)
    if warnings is not None and replaced:
        lines = sorted(replaced)
        for line in lines[:MAX_LINE_WARNINGS]:
            shown = ", ".join(f"0x{b:02X}" for b in replaced[line])
            many = len(replaced[line]) > 1
            warnings.append(
                InputWarning(
                    f"{'bytes' if many else 'byte'} {shown} "
                    f"{'are no characters' if many else 'is no character'} in UTF-8 or "
                    "Windows-1252: read as U+FFFD (give --encoding if the file is in "
                    "another encoding)",
                    name,
                    line,
                )
            )
        if len(lines) > MAX_LINE_WARNINGS:
            rest = lines[MAX_LINE_WARNINGS:]
            warnings.append(
                InputWarning(
                    f"{sum(len(replaced[k]) for k in rest):,} more bytes on {len(rest):,} "
                    f"more lines (lines {rest[0]}–{rest[-1]}) read as U+FFFD",
                    name,
                )
            )
    return mixed


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


def _utf8_counts(data: bytes) -> tuple[int, int, int]:
    """(valid non-ASCII UTF-8 characters, how many of them are Western, bytes that are
    not UTF-8). Western: Latin letters and signs (U+00A0–U+024F), punctuation
    (U+2010–U+206F), "€" and "™" — what a UTF-8 writer of Western text puts in."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    # A lone two-byte character of another script between ASCII or stray bytes is what
    # an 8-bit letter before a quote makes ("ß" and "”" in Windows-1252 read as UTF-8
    # are NKo U+07D4): no evidence of UTF-8. Greek, Cyrillic or Hebrew words as written
    # have their letters side by side.
    lone = sum(
        1
        for k, ch in enumerate(text)
        if _other_script(ch)
        and not (k > 0 and _other_script(text[k - 1]))
        and not (k + 1 < len(text) and _other_script(text[k + 1]))
    )
    western = sum(1 for ch in text if _western_utf8(ord(ch)))
    return good - lone, western, bad


def _other_script(ch: str) -> bool:
    """A two-byte UTF-8 character beyond Latin (IPA, Greek, Cyrillic … NKo)."""
    return 0x250 <= ord(ch) <= 0x7FF


def _western_utf8(code: int) -> bool:
    return 0xA0 <= code <= 0x24F or 0x2010 <= code <= 0x206F or code in (0x20AC, 0x2122)


def _western(text: str) -> bool:
    """Reads as a Latin-script language: non-ASCII letters are a minority of letters."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    foreign = sum(1 for ch in letters if ord(ch) > 0x7F)
    return foreign <= 0.3 * len(letters)


# Categories no written text is made of: controls (whitespace aside), unassigned code
# points, private use and lone surrogates.
_UNREADABLE = frozenset({"Cc", "Cn", "Co", "Cs"})
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
# Share of unreadable characters above which a decode is refused. Real text has none but
# a stray control byte or two; a wrong decode is mostly made of them.
_MAX_UNREADABLE = 0.1
# Share of UTF-16 code units made of two printable ASCII bytes above which the file is
# 8-bit text, not UTF-16. Latin, Cyrillic or Hangul in UTF-16 have none (a zero or high
# byte in every unit); Chinese and Japanese about a fifth to a half (both bytes of a
# CJK ideograph fall in 0x20-0x7E for about 21 % of U+4E00-U+9FFF); text read two bytes at
# a time has all of them.
_MAX_ASCII_PAIRS = 0.8
_MIN_UNITS = 4  # fewer code units say nothing either way
_SAMPLE = 1 << 16  # characters (or bytes) looked at


def _ascii_pairs(data: bytes) -> float:
    """Share of the two-byte code units of ``data`` whose bytes are both printable ASCII
    or ASCII whitespace (byte order does not matter); 0.0 under ``_MIN_UNITS`` units."""
    units = min(len(data), _SAMPLE) // 2
    if units < _MIN_UNITS:
        return 0.0
    pairs = sum(
        1 for k in range(0, units * 2, 2) if _PRINTABLE[data[k]] and _PRINTABLE[data[k + 1]]
    )
    return pairs / units


_PRINTABLE = tuple(0x20 <= b <= 0x7E or b in (0x09, 0x0A, 0x0D) for b in range(256))


def _readable(text: str, codec: str, name: str, data: bytes = b"") -> str:
    """``text`` itself when it reads as text decoded with ``codec``; else InputError
    naming ``name``, the codec and why. ``data`` is the UTF-16 code units ``text`` was
    decoded from (byte-order mark left out) when ``codec`` is UTF-16."""
    # A wrong decode is wrong throughout: the start of a long text tells.
    chars = [ch for ch in text[:_SAMPLE] if not ch.isspace() or ch in _TEXT_CONTROLS]
    bad = sum(
        1 for ch in chars if ch not in _TEXT_CONTROLS and unicodedata.category(ch) in _UNREADABLE
    )
    if bad > _MAX_UNREADABLE * len(chars):
        raise InputError(
            f"decodes as {codec.upper()} to unreadable text ({bad} of {len(chars)} "
            "characters are control or unassigned); give --encoding",
            origin=name,
        )
    if data and _ascii_pairs(data) > _MAX_ASCII_PAIRS:
        raise InputError(
            f"reads as {codec.upper()} only by pairing up the bytes of 8-bit text "
            "(a stray byte-order mark?); give --encoding",
            origin=name,
        )
    return text


#: Python codecs that decode bytes to text but are no encoding a file is written in: they
#: read backslash escapes ("\\n", "\\x1b" in an article would become real control
#: characters), host names, or nothing at all (Python's "Python Specific Encodings").
_NOT_FILE_ENCODINGS = frozenset(
    {"unicode_escape", "raw_unicode_escape", "undefined", "idna", "punycode"}
)


def _file_encoding(encoding: str, name: str) -> str:
    """The codec name of ``encoding`` (an ``--encoding`` value); InputError naming
    ``name`` when it is unknown, or no text encoding a file is written in: a
    bytes-to-bytes or text-to-text codec (base64, hex, zlib, rot13) or one of
    :data:`_NOT_FILE_ENCODINGS`."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        raise InputError(f"unknown encoding {encoding!r}", origin=name) from None
    # CodecInfo marks the codecs str.decode may use; the others transform bytes or text.
    if not getattr(info, "_is_text_encoding", True) or (
        info.name.replace("-", "_") in _NOT_FILE_ENCODINGS
    ):
        raise InputError(
            f"--encoding {encoding!r} is no text encoding a file is written in; give one "
            "such as utf-8, cp1252, latin-1 or utf-16",
            origin=name,
        )
    return info.name


def decode(
    data: bytes,
    name: str,
    encoding: str | None = None,
    warnings: list[InputWarning] | None = None,
) -> str:
    """The text of ``data``; InputError (naming ``name``) when it cannot be told or the
    decode does not read as text (see :func:`_readable`).

    Nothing is substituted silently: what was not read as written (a byte that is no
    character, replaced by U+FFFD; an encoding only detected) is appended to
    ``warnings`` as :class:`InputWarning` naming ``name`` (and the line).
    """
    if encoding:
        codec = _file_encoding(encoding, name)
        try:
            return _readable(data.decode(codec), codec, name)
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid {encoding} at byte {exc.start}", origin=name) from None
    if not data.strip():
        raise InputError("has no text", origin=name)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(
                    f"starts with a {codec.upper()} byte-order mark but is not valid "
                    f"{codec.upper()}; give --encoding",
                    origin=name,
                ) from None
            units = data[len(bom) :] if codec == "utf-16" else b""
            return _readable(text, codec, name, units)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return _readable(data.decode(utf16), utf16, name)
        except UnicodeDecodeError:
            raise InputError(
                f"looks like {utf16.upper()} without a byte-order mark but is not valid "
                f"{utf16.upper()}; give --encoding",
                origin=name,
            ) from None
    if b"\x00" in data[:8192]:
        raise InputError("looks like a binary file, not text", origin=name)
    try:
        return _readable(data.decode("utf-8"), "utf-8", name)
    except UnicodeDecodeError:
        pass
    good, western_good, bad = _utf8_counts(data)
    if good:
        # UTF-8 with stray bytes (read as Windows-1252) and Windows-1252 read whole differ
        # only at the valid multi-byte sequences. Most of them, or a few that are all
        # Western characters in a text that reads as Western, are UTF-8 as written ("café"
        # and then three stray bytes); 8-bit text forms such a sequence only by chance
        # ("é", no-break space, "»" is a CJK ideograph in UTF-8), rarely a Western one.
        found: list[InputWarning] = []
        mixed = _utf8_with_stray_bytes(data, name, found)
        if good >= bad or (western_good == good and _western(mixed)):
            text = _readable(mixed, "utf-8", name)
            if warnings is not None:
                warnings.extend(found)
            return text
    try:
        western: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _western(western) and not _misread_words(western):
        return _readable(western, "cp1252", name)
    return _detected(data, name, warnings)


def _detected(data: bytes, name: str, warnings: list[InputWarning] | None) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    ranked = _ranked(data, best.encoding if best is not None else None)
    if (
        best is not None
        and best.chaos <= 0.1
        and best.coherence >= 0.2
        and ranked
        and ranked[0][0] == 0
        # The detector's guess, only when no other code page reads the start better.
        and ranked[0][3] == 0
    ):
        text = _readable(str(best), best.encoding, name)
        if warnings is not None:
            # A guess from the bytes, however sure: say which, so a wrong one is caught.
            warnings.append(
                InputWarning(
                    f"not UTF-8 or Windows-1252: read as {best.encoding} (detected); "
                    f"give --encoding if that is wrong",
                    name,
                )
            )
        return text
    guess = (
        codecs.lookup(ranked[0][4]).name if ranked else best.encoding if best is not None else None
    )
    likely = f"; it looks like {guess}" if guess is not None else ""
    guess = guess or "cp1252"
    raise InputError(
        f"not UTF-8 and its encoding cannot be told for sure{likely}: "
        f"give --encoding (e.g. --encoding {guess})",
        origin=name,
    )


# --- Does a decode read sensibly? -------------------------------------------------------
# A single-byte file read through the wrong code page decodes without an error: every byte
# is some character. What gives it away is inside words: a symbol between letters
# ("zosta³", "£ukasz", "tý¾dne" are Polish and Slovak through Windows-1252), letters of two
# scripts in one word, case flipping inside a word (KOI8-R through Windows-1251 or 1250:
# "нПУФ"), or accented letters that no one language writes together in a word ("Jiøí").

#: Accented Latin letters (lower case) each language writes, after the alphabets of the
#: languages written in the 8-bit Latin code pages (ISO-8859-1/2/3/4/9/13/15/16,
#: Windows-1250/1252/1254/1257; alphabets as given in each language's orthography). A
#: word's non-ASCII letters must all belong to one of them.
_LATIN_ALPHABETS = tuple(
    frozenset(letters)
    for letters in (
        "àâæçéèêëîïôœùûüÿ",  # French
        "äöüß",  # German
        "áéíñóúü",  # Spanish, Galician
        "áàâãçéêíóôõúü",  # Portuguese
        "àèéìíîòóùú",  # Italian
        "àçèéíïòóúü",  # Catalan
        "áàâäéèêëíïóôöúûü",  # Dutch
        "æøåéóü",  # Danish, Norwegian
        "åäöéü",  # Swedish, Finnish
        "áðéíóúýþæö",  # Icelandic
        "áðíóúýæø",  # Faroese
        "äöõüšž",  # Estonian
        "çë",  # Albanian
        "áéíóú",  # Irish
        "ąćęłńóśźż",  # Polish
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "áéíóöőúüű",  # Hungarian
        "čćđšž",  # Croatian, Bosnian, Serbian, Slovene
        "ăâîșşțţ",  # Romanian
        "çğıöşüâîû",  # Turkish
        "ąčęėįšųūž",  # Lithuanian
        "āčēģīķļņšūž",  # Latvian
        "ĉĝĥĵŝŭ",  # Esperanto
        "ċġħżàèìòù",  # Maltese
    )
)
#: Letters a Western (Windows-1252) text writes only in Icelandic or Faroese; the same
#: bytes are Turkish "ş ğ Ş Ğ" in ISO-8859-9 / Windows-1254 (and "ý" is "ı"). A text
#: using them must read as Icelandic or Faroese throughout.
_NORDIC_ONLY = frozenset("ðþ")
_NORDIC = _LATIN_ALPHABETS[9] | _LATIN_ALPHABETS[10]
#: Symbols a word may carry on its edge: trade and registered marks after a name
#: ("Acme™"), a degree sign before a scale ("20°C"), a superscript after a unit ("m²").
_MARKS_AFTER = frozenset("™®")
_UNIT_POWERS = frozenset("¹²³")
#: Signs writers put between letters in any Latin code page: a degree sign ("20°C") and
#: an acute accent typed for an apostrophe ("I´m"; the same byte in Windows-1250 and
#: ISO-8859-2).
_WORD_SIGNS = frozenset("°´")
_WORD = re.compile(r"\S+")


_SCRIPTS = frozenset({"LATIN", "GREEK", "CYRILLIC", "ARMENIAN", "HEBREW", "ARABIC"})


def _script(ch: str) -> str:
    """First word of the letter's Unicode name when it names an alphabet (LATIN, GREEK,
    CYRILLIC …); "" for letters of no alphabet of their own ("º", "ª")."""
    first = unicodedata.name(ch, "").split(" ", 1)[0]
    return first if first in _SCRIPTS else ""


def _letter_beside(word: str, k: int, step: int) -> bool:
    """Whether the nearest character from ``word[k]`` towards ``step`` (-1, 1), past
    non-ASCII signs, is a letter ("½-hour": the hyphen stops the look)."""
    k += step
    while 0 <= k < len(word):
        if word[k].isalnum() or word[k].isascii():
            return word[k].isalpha()
        k += step
    return False


def _odd_signs(text: str) -> int:
    """Non-ASCII signs (neither letter nor digit) right beside a letter in ``text``: a
    tie-breaker between two decodes that both read sensibly ("»ван" against "Иван")."""
    return sum(
        1
        for k, ch in enumerate(text)
        if not ch.isascii()
        and not ch.isalnum()
        and not ch.isspace()
        and ((k > 0 and text[k - 1].isalpha()) or (k + 1 < len(text) and text[k + 1].isalpha()))
    )


def _misread_word(word: str) -> bool:
    """True when ``word`` (one run of non-space characters) shows a wrong code page."""
    letters = [ch for ch in word if ch.isalpha()]
    if not letters or all(ch.isascii() for ch in word):
        return False
    for k, ch in enumerate(word):
        if ch.isascii() or ch.isalpha() or ch in _WORD_SIGNS:
            continue
        # A letter next to it, past other signs ("©»astný" is "Šťastný").
        before = _letter_beside(word, k, -1)
        after = _letter_beside(word, k, 1)
        if not (before or after):
            continue
        kind = unicodedata.category(ch)
        if ch in "¿¡":
            # Spanish opens a question or exclamation: never after a letter.
            if before:
                return True
        elif ch in "«»‹›":
            if before and after:
                return True
        elif kind[0] == "S" or kind == "No":
            end = k + 1 == len(word) or not word[k + 1 :].strip(".,;:!?)'\"”’").isalnum()
            if ch in _MARKS_AFTER and before and end:
                continue
            if ch in _UNIT_POWERS and before and end:
                run = len(word[:k]) - len(word[:k].rstrip("".join(letters)))
                if run <= 3:
                    continue
            return True
    scripts = {_script(ch) for ch in letters} - {""}
    if len(scripts) > 1:
        return True
    # Case flipping inside a word: after its first lower-case letter, more capitals than
    # small letters ("нПУФ"); "iPhone", "McDonald" have one.
    first = next((k for k, ch in enumerate(letters) if ch.islower()), None)
    if first is not None:
        rest = letters[first + 1 :]
        upper = sum(1 for ch in rest if ch.isupper())
        if upper >= 2 and upper > len(rest) - upper:
            return True
    if scripts == {"LATIN"}:
        # "İ".lower() is "i" and a combining dot: two characters, left out.
        accented = {
            low
            for ch in letters
            if not ch.isascii() and _script(ch) == "LATIN"
            for low in (ch.lower(),)
            if len(low) == 1
        }
        if accented and not any(accented <= alphabet for alphabet in _LATIN_ALPHABETS):
            return True
    return False


def _misread_words(text: str) -> int:
    """How many words of the start of ``text`` show it was read through the wrong code
    page (see :func:`_misread_word`); a text using letters Windows-1252 writes only in
    Icelandic or Faroese counts each word holding a letter foreign to those two."""
    words = _WORD.findall(text[:_SAMPLE])
    count = sum(1 for word in words if _misread_word(word))
    accented = {ch.lower() for ch in text[:_SAMPLE] if ch.isalpha() and not ch.isascii()}
    if accented & _NORDIC_ONLY and not accented <= _NORDIC:
        foreign = {ch for ch in accented if ch not in _NORDIC}
        count += sum(1 for word in words if foreign & set(word.lower()))
    return count


#: Single-byte code pages tried when naming a likely encoding, most used first.
_CANDIDATES = (
    "cp1250",
    "iso8859_2",
    "cp1254",
    "iso8859_9",
    "iso8859_7",
    "cp1253",
    "cp1251",
    "koi8_r",
    "koi8_u",
    "iso8859_5",
    "cp1257",
    "iso8859_13",
    "iso8859_16",
    "iso8859_15",
    "cp1252",
)


def _decoded(sample: bytes, codec: str) -> str | None:
    """``sample`` decoded with ``codec``; None when it does not decode or decodes to
    control characters."""
    try:
        text = sample.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    if any(unicodedata.category(ch) in _UNREADABLE and ch not in _TEXT_CONTROLS for ch in text):
        return None
    return text


def _main_script(text: str) -> str:
    """The alphabet most non-ASCII letters of ``text`` are in ("" for none)."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch.isalpha() and not ch.isascii():
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda script: counts[script]) if counts else ""


def _ranked(data: bytes, detected: str | None) -> list[tuple[int, int, int, int, str]]:
    """The detector's guess and :data:`_CANDIDATES` that decode the start of ``data``,
    best reading first: (misread words, odd signs, 1 when its letters are of another
    alphabet than the detector's reading (it knows the language), order tried, codec)."""
    sample = data[:_SAMPLE]
    guessed = _decoded(sample, detected) if detected else None
    script = _main_script(guessed) if guessed is not None else ""
    ranked = []
    for order, codec in enumerate(((detected,) if detected else ()) + _CANDIDATES):
        text = guessed if order == 0 and detected else _decoded(sample, codec)
        if text is not None:
            other = int(bool(script) and _main_script(text) != script)
            ranked.append((_misread_words(text), _odd_signs(text), other, order, codec))
    return sorted(ranked)
