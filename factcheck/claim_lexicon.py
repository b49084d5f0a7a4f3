"""Tokens, word lists and verb forms shared by claim splitting and check-worthiness.

Part of speech comes from lemminflect's lexicon, which ships inside the wheel: it knows
which forms a word can take ("rose" is a noun or the past of "rise"), enough to tell
"and injured 30" (a coordinated predicate) from "and Herzegovina" (a coordinated name)
without a tagger model that would have to be downloaded. simplemma would give lemmas but
no part of speech; wordfreq gives neither.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

import lemminflect

__all__ = [
    "AMOUNT_WORDS",
    "ARTICLES",
    "AUXILIARIES",
    "BE_FORMS",
    "CONTRACTED_STEMS",
    "DEMONSTRATIVES",
    "DETERMINERS",
    "DO_FORMS",
    "HAVE_FORMS",
    "LEXICON",
    "MODAL_AUXILIARIES",
    "NOUN_OVER_PAST_ZIPF",
    "POSSESSIVE_DETERMINERS",
    "QUANTIFIERS",
    "TIME_NOUNS",
    "TOKEN_PATTERN",
    "WORD_CACHE",
    "Token",
    "can_be_participle",
    "has_phrase",
    "is_finite_only",
    "is_noun_or_adjective",
    "is_subject_head",
    "lemmas",
    "negated_contraction",
    "noun_over_rare_past",
    "tokenize",
    "verb_forms",
    "verb_lemmas",
]

#: Distinct words each word cache keeps (least recently used go first). The caches are
#: keyed by words read from articles, an open vocabulary (names, figures, identifiers):
#: unbounded, a 100,000-line batch grew them by about 0.4 KB a line. 65,536 words hold
#: a newsroom's working vocabulary, so the hit rate stays where it was.
WORD_CACHE = 1 << 16


class Token(NamedTuple):
    """A word or punctuation mark; ``text == document[start:end]``.

    A named tuple rather than a frozen dataclass: a document has many tokens, and tuples
    are several times cheaper to build.
    """

    text: str
    start: int
    end: int
    lower: str  # kept, not computed: the rules compare lower-case forms many times


# Numbers keep their currency sign, separators and suffix ("$5", "€40", "1,100", "3.5",
# "4%", "3rd"), words their apostrophes and hyphens ("test-fired", "don't"),
# abbreviations their dots ("U.S.", "a.m."); a web address is one token.
TOKEN_PATTERN = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)\]'’”]"
    r"|[$£€¥₹]?\d+(?:[.,:/]\d+)*(?:%|(?:st|nd|rd|th)\b)?"
    r"|(?:[A-Za-z]\.){2,}"
    r"|\w+(?:[-'’]\w+)*"
    r"|[^\w\s]"
)


_new_tuple = tuple.__new__


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    # tuple.__new__ skips the named tuple's Python-level __new__: a third cheaper per token.
    return [
        _new_tuple(Token, (word, m.start(), m.end(), word.lower()))
        for m in TOKEN_PATTERN.finditer(text, start, stop)
        for word in (m.group(),)
    ]


def _load() -> dict[str, frozenset[str]]:
    raw = tomllib.loads(
        resources.files("factcheck").joinpath("data/claims_lexicon.toml").read_text("utf-8")
    )
    return {name: frozenset(words) for name, words in raw.items()}


LEXICON: dict[str, frozenset[str]] = _load()

# Determiners by class (claims_lexicon.toml), the one home of these lists: a module that
# reads fewer composes the classes it needs rather than keeping a list of its own.
ARTICLES = LEXICON["articles"]
DEMONSTRATIVES = LEXICON["demonstratives"]
POSSESSIVE_DETERMINERS = LEXICON["possessive_determiners"]
QUANTIFIERS = LEXICON["quantifiers"]
#: Words of amount that are no numeral: fractions, multiples, vague amounts ("half",
#: "twice", "a handful"); claims_lexicon.toml says who reads them.
AMOUNT_WORDS = LEXICON["amount_words"]
#: Nouns of time ("week", "morning", "dawn"): a noun phrase they head is an adverbial
#: of time, never a party or what is counted; claims_lexicon.toml says who reads them.
TIME_NOUNS = LEXICON["time_nouns"]
#: Every determiner: articles, demonstratives, possessives, quantifiers and
#: "what"/"which"/"whose".
DETERMINERS = (
    ARTICLES
    | DEMONSTRATIVES
    | POSSESSIVE_DETERMINERS
    | QUANTIFIERS
    | LEXICON["interrogative_determiners"]
)
LEXICON["determiners"] = DETERMINERS

# Auxiliaries by class (claims_lexicon.toml), composed the same way.
BE_FORMS = LEXICON["be_forms"]
HAVE_FORMS = LEXICON["have_forms"]
DO_FORMS = LEXICON["do_forms"]
MODAL_AUXILIARIES = LEXICON["modal_auxiliaries"]
#: Every auxiliary: forms of "be", "have", "do", the modal auxiliaries ("will", "can")
#: and the negated contractions ("isn't", "won't").
AUXILIARIES = (
    BE_FORMS | HAVE_FORMS | DO_FORMS | MODAL_AUXILIARIES | LEXICON["negated_auxiliaries"]
)
LEXICON["auxiliaries"] = AUXILIARIES

#: Stems of negated contractions written otherwise than their auxiliary: "won't" is
#: "will not", "can't" "can not", "shan't" "shall not". Every other stem is the
#: auxiliary as written ("didn't" is "did not", "isn't" "is not").
CONTRACTED_STEMS = {"wo": "will", "ca": "can", "sha": "shall"}
_NEGATED_CONTRACTION = re.compile(r"([a-z]+?)n['’]t", re.IGNORECASE)


def negated_contraction(word: str) -> tuple[str, int] | None:
    """``(auxiliary, stem length)`` of a negated contraction as written, else None.

    "didn't" → ("did", 3), "won't" → ("will", 2), "can't" → ("can", 2), "cannot" →
    ("can", 3): the auxiliary (lower case) and how many characters of ``word`` spell it,
    the rest spelling "not". The one reading of contractions for every reader that
    splits a word into the auxiliary and "not" (frames, negation, tense); a word whose
    stem is no auxiliary ("ain't", "Bryn't") is None.
    """
    low = word.lower()
    if low == "cannot":
        return "can", 3
    match = _NEGATED_CONTRACTION.fullmatch(low)
    if match is None:
        return None
    stem = match.group(1)
    auxiliary = CONTRACTED_STEMS.get(stem, stem)
    if auxiliary not in AUXILIARIES and auxiliary not in ("need", "dare", "ought"):
        return None
    return auxiliary, len(stem)


@lru_cache(maxsize=WORD_CACHE)
def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's lemmas by part of speech; cached because it deep-copies each answer."""
    return lemminflect.getAllLemmas(word)


@lru_cache(maxsize=WORD_CACHE)
def verb_lemmas(word: str) -> frozenset[str]:
    """Every lemma lemminflect gives ``word`` as a verb or auxiliary (lower-cased)."""
    found = lemmas(word.lower())
    return frozenset(found.get("VERB", ()) + found.get("AUX", ()))


def verb_lemma(word: str) -> str | None:
    """One lemma of ``word`` as a verb, or None: the first of :func:`verb_lemmas` in
    alphabetical order ("axes" → "ax", not "axe"), never a set's iteration order, which
    changes with the process's string hash seed (``PYTHONHASHSEED``)."""
    return min(verb_lemmas(word), default=None)


@lru_cache(maxsize=WORD_CACHE)
def verb_forms(word: str) -> frozenset[str]:
    """Penn tags the word can have as a verb, with VBN folded into VBD and VBP into VB.

    Regular past tenses and participles share a spelling, as do the base form and the
    non-third-person present, so coordination only needs these four groups.
    """
    lower = word.lower()
    if "-" in lower:
        lower = lower.rsplit("-", 1)[1]
    found = lemmas(lower)
    candidates = set(found.get("VERB", ())) | set(found.get("AUX", ()))
    forms: set[str] = set()
    for lemma in candidates:
        for tag, spellings in lemminflect.getAllInflections(lemma, upos="VERB").items():
            if lower in spellings:
                forms.add({"VBN": "VBD", "VBP": "VB"}.get(tag, tag))
    if not forms and lower.endswith("ed") and not found:
        forms.add("VBD")
    return frozenset(forms)


@lru_cache(maxsize=WORD_CACHE)
def can_be_participle(word: str) -> bool:
    """Whether ``word`` can be a past participle ("aged", "laid", "set"; not "rose", "fell").

    :func:`verb_forms` folds participles into past tenses; this tells them apart where a
    rule needs to ("pupils aged 16" describes, "prices rose" predicates).
    """
    if "VBD" not in verb_forms(word):
        return False
    found = verb_lemmas(word)
    if not found:
        return word.endswith("ed")  # an unknown "-ed" word: as verb_forms reads it
    return any(word in lemminflect.getInflection(lemma, "VBN") for lemma in found)


@lru_cache(maxsize=WORD_CACHE)
def is_noun_or_adjective(word: str) -> bool:
    found = lemmas(word.lower())
    return "NOUN" in found or "ADJ" in found or "PROPN" in found


@lru_cache(maxsize=WORD_CACHE)
def is_finite_only(word: str) -> bool:
    """Whether ``word`` (lower case) is a past or third-person verb form that is never a
    noun or an adjective ("fled", "saved", "denies"; not "report", "rose", "injured"):
    wherever it stands, it is a finite verb or its participle."""
    return bool(verb_forms(word) & {"VBD", "VBZ"}) and not is_noun_or_adjective(word)


# Finite auxiliaries: after a noun they open its predicate ("the crew was praised").
_FINITE_AUXILIARIES = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}
    | {"may", "might", "must", "shall", "should", "does", "did"}
)


def is_subject_head(word: str, following: str) -> bool:
    """Whether ``word`` (lower case), a noun that also reads as a past tense ("crew", the
    past of "crow"; "saw", "rose"), is the head of a subject because a verb follows it
    at once: "The lifeboat crew saved 9 sailors", "the crew has left", "the crew left
    at dawn" ("left" is the past of "leave", a verb whatever else it may be). Two finite
    verbs never stand side by side in a clause, so the noun reading is the one left."""
    if not is_noun_or_adjective(word) or "NOUN" not in lemmas(word):
        return False
    if following in _FINITE_AUXILIARIES or is_finite_only(following):
        return True
    return "VBD" in verb_forms(following) and any(
        lemma != following for lemma in verb_lemmas(following)
    )


#: How much more often (in Zipf units, a factor of ten per unit) a noun must be written
#: than the verb it is also the past of for the noun reading to win: "crew" (4.7) over
#: "crow" (3.8); "left" (5.6) is read as "leave" (5.3), "rose" as "rise".
NOUN_OVER_PAST_ZIPF = 0.5


@lru_cache(maxsize=WORD_CACHE)
def noun_over_rare_past(word: str) -> bool:
    """Whether ``word`` (lower case), a noun that is also the past of another verb, is far
    more often the noun: "crew" (the past of "crow"), "ground" ("grind"); not "left",
    "rose", "saw", "fell", whose verbs are common. Frequencies are wordfreq's English Zipf
    figures (Speer 2022), the verb's lemma against the written word: a word used mostly
    as a noun is written far more often than the rare verb whose past it also is. Used
    where the position does not tell noun from verb ("carried 99 passengers and four
    crew")."""
    from wordfreq import zipf_frequency  # imported here: only a few callers need it

    if "NOUN" not in lemmas(word):
        return False
    others = [lemma for lemma in verb_lemmas(word) if lemma != word]
    if not others:
        return False
    written = zipf_frequency(word, "en")
    return all(zipf_frequency(lemma, "en") < written - NOUN_OVER_PAST_ZIPF for lemma in others)


# Keyed by a word list of the lexicon (configuration, a handful), capped all the same: a
# caller passing sets built per text must not grow it without end.
@lru_cache(maxsize=64)
def _phrase_index(phrases: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    singles = frozenset(p for p in phrases if " " not in p)
    multi = tuple(sorted((p for p in phrases if " " in p), key=lambda p: (-len(p), p)))
    return singles, multi


def has_phrase(lowers: list[str], phrases: frozenset[str]) -> str | None:
    """The phrase of ``phrases`` found in the token sequence, if any.

    The longest multi-word phrase wins ("thank you" over "thank"), then the first single
    word in text order, so the answer never depends on set iteration order.
    """
    singles, multi = _phrase_index(phrases)
    if multi:
        joined = " " + " ".join(lowers) + " "
        for phrase in multi:
            if f" {phrase} " in joined:
                return phrase
    for word in lowers:
        if word in singles:
            return word
    return None
