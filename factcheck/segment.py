"""Split a document into sentences with exact character spans.

sentencex does the boundary detection (fast, maintained, many languages); this module
only trims the whitespace it leaves on each side and breaks segments at line breaks that
end a headline or a list item, so that every span slices back to its words:
``text[s.start:s.end] == s.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sentencex

__all__ = ["Sentence", "segment"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text`` is always ``document[start:end]``."""

    index: int
    start: int
    end: int
    text: str


_TRAILING_PUNCT = re.compile(r"[.!?:;…\"'”’)\]]\s*$")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Break a segment after lines that carry no final punctuation.

    sentencex joins a headline or a bullet with the line after it because neither ends in
    a full stop; a line break after an unpunctuated line is a boundary in newswire.
    """
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for m in _LINE_BREAK.finditer(text, start, end):
        line = text[piece_start : m.start()]
        if line.strip() and not _TRAILING_PUNCT.search(line):
            pieces.append((piece_start, m.start()))
            piece_start = m.end()
        elif not line.strip():
            piece_start = m.end()
    pieces.append((piece_start, end))
    return pieces


def segment(text: str, language: str = "en") -> list[Sentence]:
    """Return the sentences of ``text`` in order, each with exact offsets."""
    sentences: list[Sentence] = []
    for boundary in sentencex.get_sentence_boundaries(language, text):
        if boundary.get("is_paragraph_break"):
            continue
        for piece_start, piece_end in _split_lines(
            text, boundary["start_index"], boundary["end_index"]
        ):
            start, end = _trim(text, piece_start, piece_end)
            if start < end:
                sentences.append(Sentence(len(sentences), start, end, text[start:end]))
    return sentences
