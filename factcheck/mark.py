"""Epistemic markers: the words that qualify how strongly a claim is asserted.

A reader weighing a claim needs to see *how* it was put ("may", "it is evident that") and
*on whose authority* ("the ministry said", "critics argue"). This stage finds those phrases
with exact character spans so that reports can highlight them and matching can treat a
hedged claim differently from a flat assertion.

The phrases live in a versioned TOML lexicon (``factcheck/data/markers.toml``); each entry
carries its kind, a rationale and the context rules that keep ambiguous words ("May" the
month, "about" the topic, "around" the place) out. Reported speech cannot be listed phrase
by phrase, so the attribution rules (reporting verbs, "according to", vague sources) are
code driven by word lists from the same file. See ``docs/markers.md`` for the decisions.

Matching runs on tokens: one regular-expression pass splits the text, pattern words that
are lemmas match every inflection (``suggest`` matches "suggested"), other words match
their surface form only (``thought`` does not match "think").
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import simplemma

from factcheck.claim_lexicon import (
    ARTICLES,
    CONTRACTED_STEMS,
    DEMONSTRATIVES,
    DO_FORMS,
    POSSESSIVE_DETERMINERS,
    can_be_participle,
    has_phrase,
    is_finite_only,
    is_noun_or_adjective,
    lemmas,
    verb_forms,
)
from factcheck.errors import InputError
from factcheck.extract import is_question
from factcheck.normalize import CURRENCY_SIGNS, denial_modal_spans, level_reached

__all__ = [
    "DEFAULT_GROUPS",
    "KINDS",
    "Lexicon",
    "LexiconEntry",
    "LexiconError",
    "Marker",
    "SourceMarkers",
    "assertiveness",
    "find_markers",
    "hedging_markers",
    "is_hedged",
    "load_lexicon",
    "marker_table",
    "strip_certainty",
]

KINDS = ("hedge", "booster", "approximator", "attribution", "weasel")

#: Entry groups switched on unless the caller asks otherwise. ``vague`` (many, often…),
#: ``peacock`` (renowned, iconic…), ``speculation`` (would, must, think…) and
#: ``conditional`` (if, or, can) are noisy in news text and exist for corpora that
#: annotate them; see docs/markers.md.
DEFAULT_GROUPS: frozenset[str] = frozenset({"core"})


class LexiconError(InputError, ValueError):
    """A lexicon file that cannot be used; the message names the file and the entry.

    An ``InputError`` so the CLI prints it as one line with exit code 2.
    """


@dataclass(frozen=True, slots=True)
class Marker:
    """One marker; ``text == document[start:end]``.

    ``speaker`` is the source of an attribution or weasel marker ("the ministry",
    "critics"); ``pattern`` names the lexicon entry or rule that produced the marker so a
    reviewer can see why it fired.
    """

    kind: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    pattern: str = ""


# --------------------------------------------------------------------------- tokens

_TOKEN = re.compile(
    r"""
      (?=\w+n['’]t\b)\w+?(?=n['’]t\b)   # "could" of "couldn't": negation is its own token
    | n['’]t\b
    | ['’](?:s|re|ve|ll|d|m)\b      # clitics: "it's" -> "it" + "'s"
    | \d+(?:[.,]\d+)*\w*            # 3,000  2.5m  1990s
    | \w+(?:-\w+)*                  # words and hyphenated compounds
    | \S
    """,
    re.VERBOSE,
)

# Contracted stems and clitics spelled the way patterns spell them.
_NORMAL = {
    **CONTRACTED_STEMS,
    "n't": "not",
    "n’t": "not",
    "’s": "'s",
    "’re": "'re",
    "’ve": "'ve",
    "’ll": "'ll",
    "’d": "'d",
    "’m": "'m",
}
_STEMS = frozenset(CONTRACTED_STEMS)
_NEGATIONS = frozenset({"n't", "n’t"})
_CLITIC_LEMMA = {"'s": "be", "'re": "be", "'m": "be", "'ve": "have", "'ll": "will", "'d": "would"}
# Stems left over from "can't", "won't" that the lemmatiser would read as "can", "will"
# (and "Ca", calcium, in lab prose).
_OWN_LEMMA = {stem: stem for stem in CONTRACTED_STEMS}


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_NUMBER_WORDS = _wordset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions billion billions "
    "trillion dozen dozens half third thirds quarter quarters fifth tenth twice"
)
# Tokens after which a capital letter does not signal a name.
_SENTENCE_OPENERS = frozenset([*list(".!?:;\"“”'‘’([—–-…"), "''", "``"])


@lru_cache(maxsize=65536)
def _lemma(word: str) -> str:
    """Cached because the same few thousand words make up most of any text."""
    if word in _CLITIC_LEMMA:
        return _CLITIC_LEMMA[word]
    if word in _OWN_LEMMA:
        return _OWN_LEMMA[word]
    if not word[:1].isalpha():
        return word
    return simplemma.lemmatize(word, lang="en")


def _is_shouting(words: Sequence[str]) -> bool:
    """Whether the text is set in capitals: at least three words of two letters or more,
    and four in five of them all upper case (an initialism or two leave normal text alone).
    """
    long = [w for w in words if len(w) > 1 and w.isalpha()]
    upper = sum(w.isupper() for w in long)
    return len(long) >= 3 and upper * 5 >= len(long) * 4


@dataclass(slots=True)
class _Tokens:
    """The token view of one ``find_markers`` call: built once, read by every rule."""

    text: str
    starts: list[int]
    ends: list[int]
    lows: list[str]
    caps: list[bool]
    lemmas: list[str]
    #: Text set in capitals throughout ("THE TANKER WAS EMPTY, SAID MR BROWN."), where a
    #: capital letter tells nothing: no word reads as a name, and a speaker after the
    #: verb is recognised by its position alone.
    shouting: bool = False

    @classmethod
    def of(cls, text: str, start: int, end: int) -> _Tokens:
        matches = list(_TOKEN.finditer(text, start, end))
        words = [m.group() for m in matches]
        lows = [w.lower() for w in words]
        shouting = _is_shouting(words)
        for i, low in enumerate(lows):
            if low in _NORMAL:
                # "ca"/"wo" are stems only before "n't"; elsewhere keep them as written.
                stem = low in _STEMS and (i + 1 == len(lows) or lows[i + 1] not in _NEGATIONS)
                lows[i] = low if stem else _NORMAL[low]
        return cls(
            text,
            [m.start() for m in matches],
            [m.end() for m in matches],
            lows,
            [w[:1].isupper() and not shouting for w in words],
            [_lemma(low) for low in lows],
            shouting,
        )

    def __len__(self) -> int:
        return len(self.lows)

    def lemma(self, i: int) -> str:
        return self.lemmas[i]

    def is_initial(self, i: int) -> bool:
        """True where a capital letter is expected anyway (sentence or quote start, or
        after a stop closed inside brackets: "(who resigned on Friday.) Said")."""
        if i == 0 or self.lows[i - 1] in _SENTENCE_OPENERS:
            return True
        return i >= 2 and self.lows[i - 1] in (")", "]") and self.lows[i - 2] in (".", "!", "?")

    def is_name(self, i: int) -> bool:
        return self.caps[i] and not self.is_initial(i)

    def is_word(self, i: int) -> bool:
        return self.lows[i][:1].isalnum() or self.lows[i] in _CLITIC_LEMMA

    def is_number(self, i: int) -> bool:
        """Numbers in figures or words, "a dozen", "$5": what approximators blur."""
        if i >= len(self.lows):
            return False
        low = self.lows[i]
        if low[:1].isdigit() or low in _NUMBER_WORDS:
            return True
        if low in CURRENCY_SIGNS or low in ("a", "an"):
            return self.is_number(i + 1) and self.lows[i + 1] not in ("a", "an")
        return False

    def is_verb(self, i: int) -> bool:
        """A base-form verb opening an infinitive's predicate: "(said to) employ 3,000".

        A word that is also a noun ("number", "police") counts only when an object, a
        figure or an adverb follows it, so "reported to police on Monday" is where the
        report went, while "believed to number about 500" and "expected to rise again"
        are verbs.
        """
        if i >= len(self.lows):
            return False
        low = self.lows[i]
        if low in ("be", "have"):
            return True
        if not low.isalpha() or "VB" not in verb_forms(low):
            return False
        if not is_noun_or_adjective(low):
            return True
        nxt = self.lows[i + 1] if i + 1 < len(self.lows) else ""
        if nxt in _OBJECT_OPENERS or nxt in _SKIPPABLE or _is_adverb(nxt):
            return True
        if self.is_number(i + 1) or self.is_number(i + 2):
            return True
        # "said to police." may name a listener; a word after it makes it the verb.
        return self._after_infinitive_only(i) and (
            nxt[:1].isalnum() or self.lemmas[i - 2] != "say"
        )

    def _after_infinitive_only(self, i: int) -> bool:
        """Whether token ``i`` follows "<participle> to" of a verb whose "to" is never a place.

        "said to", "believed to", "thought to" only ever open an infinitive, so a word that
        is also a noun or an adjective right after them is the verb whenever a word follows
        ("a drug said to cut deaths", "a bridge expected to open in May", "Expected to
        rise, prices fell"; after "said" only before a word: "said to police." may name a
        listener); "reported to police" names where the report went, so "report" is not
        one of them.
        """
        if i < 2 or self.lows[i - 1] != "to":
            return False
        k = i - 2
        return self.lemmas[k] in _INFINITIVE_ONLY and self.lows[k] != self.lemmas[k]

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Character span of tokens ``i`` to ``j`` inclusive."""
        return self.starts[i], self.ends[j]


# Words that open the object of a verb: what tells "to number about 500" from "to police".
_OBJECT_OPENERS = _wordset(
    "the a an this that these those its his her their our my your some many several "
    "him them us me it all every each more no"
)


# Verbs whose participle + "to" only ever opens an infinitive ("said to employ", "believed
# to number"): never a destination, unlike "reported to police" or "sent to prison".
_INFINITIVE_ONLY = _wordset(
    "say believe think reckon repute rumour rumor allege understand estimate presume suppose "
    "expect"
)


# --------------------------------------------------------------------------- lexicon

#: Word classes a pattern or a context list may name: ``NUM`` a number, ``VERB`` a
#: base-form verb (see :meth:`_Tokens.is_verb`).
_CLASSES = frozenset({"NUM", "VERB"})


@dataclass(frozen=True, slots=True)
class _Slot:
    """One pattern position: surface words, lemmas (match any inflection) or a class."""

    words: frozenset[str]
    lemmas: frozenset[str]
    classes: frozenset[str]

    def matches(self, toks: _Tokens, i: int) -> bool:
        if toks.lows[i] in self.words:
            return True
        if self.lemmas and toks.lemmas[i] in self.lemmas:
            return True
        if "NUM" in self.classes and toks.is_number(i):
            return True
        return "VERB" in self.classes and toks.is_verb(i)


def _inflections(lemma: str) -> set[str]:
    """Regular inflections of a pattern lemma, so "remain" matches "remains".

    The lemmatiser reads an isolated "remains" or "claims" as a plural noun; spelling out
    the regular forms avoids guessing the part of speech. Over-generated non-words
    ("suggestes") never occur in text and cost nothing.
    """
    if not lemma.isalpha() or len(lemma) < 3:
        return set()
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma + "s", lemma + "es", stem + "ed", stem + "ing"}
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms


def _compile_word(word: str) -> tuple[set[str], set[str], set[str]]:
    words: set[str] = set()
    lemmas: set[str] = set()
    classes: set[str] = set()
    for alt in word.split("|"):
        if alt in _CLASSES:
            classes.add(alt)
        elif alt.startswith("="):
            words.add(alt[1:].lower())
        else:
            alt = alt.lower()
            words.add(alt)
            if _lemma(alt) == alt:
                lemmas.add(alt)
                words |= _inflections(alt)
    return words, lemmas, classes


def _expand(pattern: str) -> list[tuple[_Slot, ...]]:
    """Every concrete slot sequence of a pattern; ``word?`` makes a slot optional."""
    sequences: list[list[_Slot]] = [[]]
    for raw in pattern.split():
        optional = raw.endswith("?") and len(raw) > 1
        words, lemmas, classes = _compile_word(raw[:-1] if optional else raw)
        slot = _Slot(frozenset(words), frozenset(lemmas), frozenset(classes))
        grown = [[*seq, slot] for seq in sequences]
        sequences = grown + sequences if optional else grown
    return [tuple(seq) for seq in sequences if seq]


def _words(values: Iterable[str]) -> frozenset[str]:
    return frozenset(v if v in _CLASSES else v.lower() for v in values)


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One lexicon phrase with the context that must (not) surround it.

    Context lists hold lower-case words or the classes ``NUM`` and ``VERB``;
    ``unless_capitalised`` drops a match whose first word is capitalised inside a
    sentence (a name); ``lowercase_only`` drops every capitalised one ("May", even at a
    sentence start).

    ``unless_negated`` drops a match whose clause a negative subject opens ("No
    survivors could be found" reports inability, not doubt).

    ``reduced`` marks a passive whose pattern opens with "be": the same words without
    "be" also match as a reduced clause after a comma, a dash, a bracket or a noun
    ("The decline, largely attributed to drought,", "a man believed to be the owner"),
    where ``reduced_next`` must then hold for the word after the match.
    """

    pattern: str
    kinds: tuple[str, ...]
    rationale: str
    group: str = "core"
    unless_prev: frozenset[str] = frozenset()
    unless_next: frozenset[str] = frozenset()
    require_prev: frozenset[str] = frozenset()
    require_next: frozenset[str] = frozenset()
    unless_capitalised: bool = False
    lowercase_only: bool = False
    reduced: bool = False
    reduced_next: frozenset[str] = frozenset()
    unless_negated: bool = False

    @property
    def id(self) -> str:
        return self.pattern

    def context_allows(self, toks: _Tokens, i: int, j: int) -> bool:
        """Whether tokens ``i``..``j`` inclusive keep their reading in this context."""
        if self.unless_capitalised and toks.is_name(i):
            return False
        if self.lowercase_only and toks.caps[i]:
            return False
        prev_ok = _test(toks, i - 1, self.require_prev, self.unless_prev)
        if not (prev_ok and _test(toks, j + 1, self.require_next, self.unless_next)):
            return False
        return not (self.unless_negated and _negated_subject(toks, i))


# Negative pronouns that are a whole subject ("Nobody could say"), and negative
# determiners that open one ("No trace could be found", "none of the cells").
_NEGATIVE_PRONOUNS = frozenset({"nobody", "nothing", "nor"})
_NEGATIVE_DETERMINERS = frozenset({"no", "none", "neither"})
_OBJECT_PRONOUNS = _wordset("him her them us me i you he she they we it one")


def _negated_subject(toks: _Tokens, i: int) -> bool:
    """Whether the subject right before token ``i`` is negative ("No trace could").

    Only a subject that runs up to the modal counts: in "no way you could be
    disappointed" or "none of them could imagine" another subject (a pronoun) intervenes
    and the modal keeps its doubt; "the" in "no way the issues could" opens a new phrase.
    """
    if i == 0:
        return False
    if toks.lows[i - 1] in _NEGATIVE_PRONOUNS or toks.lows[i - 2 : i] == ["no", "one"]:
        return True
    for k in range(i - 1, max(-1, i - 7), -1):
        low = toks.lows[k]
        if low in _NEGATIVE_DETERMINERS:
            return k < i - 1
        if low in _DETERMINERS and k and toks.lows[k - 1] == "of":
            continue  # "no transcription of the gene could be detected"
        if low in _OBJECT_PRONOUNS or low in _DETERMINERS or not toks.is_word(k):
            return False
        if low in _NP_BREAK and low not in ("of", "or", "and"):
            return False
    return False
    return False


def _in(toks: _Tokens, i: int, words: frozenset[str]) -> bool:
    if i < 0 or i >= len(toks):
        return False
    if toks.lows[i] in words or ("NUM" in words and toks.is_number(i)):
        return True
    return "VERB" in words and toks.is_verb(i)


def _test(toks: _Tokens, i: int, require: frozenset[str], unless: frozenset[str]) -> bool:
    if require and not _in(toks, i, require):
        return False
    return not (unless and _in(toks, i, unless))


@dataclass(frozen=True, slots=True)
class AttributionRules:
    """Word lists for reported speech; the logic is in ``_attributions``."""

    speech_verbs: frozenset[str] = frozenset()
    open_verbs: frozenset[str] = frozenset()
    cognition_verbs: frozenset[str] = frozenset()
    introducers: tuple[tuple[str, ...], ...] = ()
    vague_heads: frozenset[str] = frozenset()
    vague_determiners: frozenset[str] = frozenset()
    self_pronouns: frozenset[str] = frozenset({"i", "we"})


#: An entry, one concrete slot sequence of its pattern, and whether that sequence is the
#: reduced form (the pattern without its opening "be").
_Compiled = tuple[LexiconEntry, tuple[_Slot, ...], bool]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A compiled lexicon: entries indexed by the words that can start them."""

    version: str
    entries: tuple[LexiconEntry, ...]
    attribution: AttributionRules
    groups: frozenset[str]
    _index: Mapping[str, tuple[_Compiled, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def build(
        cls,
        version: str,
        entries: Sequence[LexiconEntry],
        attribution: AttributionRules,
        groups: frozenset[str],
    ) -> Lexicon:
        index: dict[str, list[_Compiled]] = {}
        active = tuple(e for e in entries if e.group in groups)
        for entry in active:
            forms = [(seq, False) for seq in _expand(entry.pattern)]
            if entry.reduced:
                forms += [(seq, True) for seq in _expand(entry.pattern.split(" ", 1)[1])]
            for seq, reduced in forms:
                first = seq[0]
                for key in first.words | first.lemmas | {f"<{c}>" for c in first.classes}:
                    index.setdefault(key, []).append((entry, seq, reduced))
        frozen = {k: tuple(v) for k, v in index.items()}
        return cls(version, active, attribution, groups, frozen)

    def rationale(self, pattern: str) -> str:
        """Why a marker's ``pattern`` qualifies a claim, for reviewers asking "why this?"."""
        for entry in self.entries:
            if entry.id == pattern:
                return entry.rationale
        if pattern.startswith("self:not "):
            return (
                "The writer's own belief verb, negated ('I don't believe'): a doubt of the "
                "claim, which is not asserted; the negation is the attitude's, not the claim's."
            )
        if pattern.startswith("self:"):
            return "The writer's own belief verb ('I think'): a hedge, not a source."
        if pattern.startswith("reporting:not "):
            return (
                "A belief verb negated ('officials do not believe'): the source doubts the "
                "claim; the negation is the attitude's, not the claim's."
            )
        introducers = {" ".join(phrase) for phrase in self.attribution.introducers}
        if pattern.startswith("reporting:") or pattern in introducers:
            return "Reported speech names who vouches for the claim; an unnamed source is a weasel."
        return ""

    def candidates(self, toks: _Tokens, i: int) -> tuple[_Compiled, ...]:
        low = toks.lows[i]
        found = self._index.get(low, ())
        lemma = toks.lemmas[i]
        if lemma != low and lemma in self._index:
            found = found + self._index[lemma]
        if "<NUM>" in self._index and toks.is_number(i):
            found = found + self._index["<NUM>"]
        return found


_ENTRY_KEYS = {
    "pattern",
    "patterns",
    "kind",
    "kinds",
    "rationale",
    "group",
    "unless_prev",
    "unless_next",
    "require_prev",
    "require_next",
    "unless_capitalised",
    "lowercase_only",
    "reduced",
    "reduced_next",
    "unless_negated",
}
_ATTRIBUTION_KEYS = {
    "speech_verbs",
    "open_verbs",
    "cognition_verbs",
    "introducers",
    "vague_heads",
    "vague_determiners",
    "rationale",
}


def _parse_entry(raw: Mapping[str, Any], where: str) -> list[LexiconEntry]:
    """One ``[[entry]]`` table; ``patterns = [...]`` shares kind and rationale."""
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    patterns = raw.get("patterns", [raw["pattern"]] if "pattern" in raw else [])
    if isinstance(patterns, str):
        patterns = [patterns]
    if not patterns or not all(isinstance(p, str) and p.split() for p in patterns):
        raise LexiconError(f"{where}: 'pattern' must be a non-empty string")
    for pattern in patterns:
        _check_pattern(pattern, where)
    kinds = raw.get("kinds", [raw["kind"]] if "kind" in raw else [])
    if isinstance(kinds, str):
        kinds = [kinds]
    bad = [k for k in kinds if k not in KINDS]
    if not kinds or bad:
        raise LexiconError(f"{where} ({patterns[0]!r}): kind must be one of {', '.join(KINDS)}")
    if "attribution" in kinds:
        raise LexiconError(
            f"{where} ({patterns[0]!r}): attribution needs a speaker; extend [attribution]"
        )
    reduced = bool(raw.get("reduced", False))
    for pattern in patterns if reduced else ():
        words = pattern.split()
        if len(words) < 2 or not all(_lemma(w.lower()) == "be" for w in words[0].split("|")):
            raise LexiconError(
                f"{where} ({pattern!r}): 'reduced' needs a pattern that opens with 'be'"
            )
    return [
        LexiconEntry(
            pattern=" ".join(pattern.split()),
            kinds=tuple(kinds),
            rationale=str(raw.get("rationale", "")),
            group=str(raw.get("group", "core")),
            unless_prev=_words(raw.get("unless_prev", ())),
            unless_next=_words(raw.get("unless_next", ())),
            require_prev=_words(raw.get("require_prev", ())),
            require_next=_words(raw.get("require_next", ())),
            unless_capitalised=bool(raw.get("unless_capitalised", False)),
            lowercase_only=bool(raw.get("lowercase_only", False)),
            reduced=reduced,
            reduced_next=_words(raw.get("reduced_next", ())),
            unless_negated=bool(raw.get("unless_negated", False)),
        )
        for pattern in patterns
    ]


def _check_pattern(pattern: str, where: str) -> None:
    """Refuse a pattern that can match the empty string, so matches nothing useful.

    An empty alternative ("a|", "|a", "a||b") or a pattern whose every word is optional
    ("very? much?") is almost always a typo, and silently matching nothing hides it.
    """
    words = pattern.split()
    for raw in words:
        word = raw[:-1] if raw.endswith("?") and len(raw) > 1 else raw
        if any(alt in ("", "=") for alt in word.split("|")):
            raise LexiconError(
                f"{where}: pattern {pattern!r}: {raw!r} has an empty alternative "
                "(it would match the empty string)"
            )
    if all(raw.endswith("?") and len(raw) > 1 for raw in words):
        raise LexiconError(
            f"{where}: pattern {pattern!r}: every word is optional "
            "(it would match the empty string)"
        )


def _parse_attribution(raw: Mapping[str, Any], where: str) -> dict[str, set[str]]:
    unknown = set(raw) - _ATTRIBUTION_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown [attribution] key(s) {', '.join(sorted(unknown))}")
    return {k: {str(v).lower() for v in raw.get(k, ())} for k in _ATTRIBUTION_KEYS - {"rationale"}}


_STRING_KEYS = {"pattern", "kind", "rationale", "group"}


def _entry_key_type(key: str) -> str:
    """"string", "list" (context word lists end in _prev/_next) or "bool" (the flags)."""
    if key in _STRING_KEYS:
        return "string"
    if key in {"patterns", "kinds"} or key.endswith(("_prev", "_next")):
        return "list"
    return "bool"


#: The top-level keys and sections of a lexicon file (docs/markers.md, "Your own
#: lexicon"); any other is refused, naming it, as a misspelt section would otherwise be
#: ignored and its phrases never marked.
_DOCUMENT_KEYS = {"version", "groups", "disable", "entry", "attribution"}


def _check_types(document: Mapping[str, Any], where: str) -> None:
    """Refuse unknown sections and values of the wrong TOML type, naming them, before
    anything iterates them."""
    unknown = set(document) - _DOCUMENT_KEYS
    if unknown:
        raise LexiconError(
            f"{where}: unknown section(s) or key(s) {', '.join(sorted(unknown))} "
            f"(known: {', '.join(sorted(_DOCUMENT_KEYS))})"
        )

    def strings(value: Any, what: str, *, one_ok: bool = False) -> None:
        if one_ok and isinstance(value, str):
            return
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise LexiconError(f"{where}: {what} must be a list of strings, not {value!r}")

    entries = document.get("entry", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise LexiconError(f"{where}: entry must be [[entry]] tables")
    for n, entry in enumerate(entries, 1):
        for key, value in entry.items():
            if key not in _ENTRY_KEYS:
                continue  # _parse_entry names unknown keys
            kind = _entry_key_type(key)
            if kind == "list":
                strings(value, f"entry {n}: {key}", one_ok=key in {"patterns", "kinds"})
            elif kind == "bool" and not isinstance(value, bool):
                raise LexiconError(f"{where}: entry {n}: {key} must be true or false")
            elif kind == "string" and not isinstance(value, str):
                raise LexiconError(f"{where}: entry {n}: {key} must be a string, not {value!r}")
    for key in ("disable", "groups"):
        if key in document:
            strings(document[key], key)
    attribution = document.get("attribution", {})
    if not isinstance(attribution, dict):
        raise LexiconError(f"{where}: attribution must be an [attribution] table")
    for key, value in attribution.items():
        if key != "rationale":
            strings(value, f"[attribution] {key}")


def _read_toml(source: Path | str, data: bytes | None = None) -> dict[str, Any]:
    try:
        raw = data if data is not None else Path(source).read_bytes()
        return tomllib.loads(raw.decode("utf-8"))
    except OSError as err:
        raise LexiconError(f"{source}: cannot read lexicon ({err.strerror})") from err
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise LexiconError(f"{source}: not a valid TOML lexicon ({err})") from err
    except RecursionError:
        # tomllib parses nested arrays and inline tables recursively (see config.py).
        raise LexiconError(f"{source}: TOML nested too deeply") from None


@cache
def _builtin_document() -> dict[str, Any]:
    data = resources.files("factcheck").joinpath("data/markers.toml").read_bytes()
    return _read_toml("factcheck/data/markers.toml", data)


def load_lexicon(
    path: str | Path | Sequence[str | Path] | None = None,
    extra: Iterable[Mapping[str, Any]] | None = None,
    groups: Iterable[str] | None = None,
) -> Lexicon:
    """The built-in lexicon merged with user lexicon files and in-memory entries.

    User files use the built-in format (see docs/markers.md): ``[[entry]]`` tables add
    phrases, ``disable = [patterns]`` removes built-in ones, ``groups = [...]`` switches on
    optional groups, and ``[attribution]`` lists extend the reporting-verb rules.
    ``extra`` takes entry tables as dicts, for callers that build them in code.
    """
    doc = _builtin_document()
    documents: list[tuple[str, dict[str, Any]]] = [("factcheck/data/markers.toml", doc)]
    paths = [path] if isinstance(path, (str, Path)) else list(path or [])
    documents += [(str(p), _read_toml(p)) for p in paths]
    for where, document in documents[1:]:
        _check_types(document, where)
    if extra:
        documents.append(("extra", {"entry": list(extra)}))

    entries: dict[str, LexiconEntry] = {}
    attribution: dict[str, set[str]] = {k: set() for k in _ATTRIBUTION_KEYS - {"rationale"}}
    active = set(DEFAULT_GROUPS if groups is None else groups)
    known_groups = set(DEFAULT_GROUPS)
    parsed: list[list[LexiconEntry]] = []
    for where, document in documents:
        found = [
            entry
            for n, raw in enumerate(document.get("entry", []), 1)
            for entry in _parse_entry(raw, f"{where}: entry {n}")
        ]
        parsed.append(found)
        known_groups |= {entry.group for entry in found}
    for (where, document), found in zip(documents, parsed, strict=True):
        for entry in found:
            entries[entry.id] = entry
        for pattern in document.get("disable", []):
            # A typo in a disabled pattern would silently keep the entry switched on.
            if entries.pop(" ".join(str(pattern).split()), None) is None:
                raise LexiconError(
                    f"{where}: disable: no entry has the pattern {pattern!r} "
                    "(spell it exactly as the entry's pattern)"
                )
        for group in document.get("groups", []):
            if str(group) not in known_groups:
                raise LexiconError(
                    f"{where}: groups: unknown group {group!r} "
                    f"(known: {', '.join(sorted(known_groups))})"
                )
        if groups is None:
            active.update(str(g) for g in document.get("groups", []))
        for key, values in _parse_attribution(document.get("attribution", {}), where).items():
            attribution[key] |= values
    rules = AttributionRules(
        speech_verbs=frozenset(attribution["speech_verbs"]),
        open_verbs=frozenset(attribution["open_verbs"]),
        cognition_verbs=frozenset(attribution["cognition_verbs"]),
        introducers=tuple(tuple(p.split()) for p in sorted(attribution["introducers"])),
        vague_heads=frozenset(attribution["vague_heads"]),
        vague_determiners=frozenset(attribution["vague_determiners"]),
    )
    return Lexicon.build(
        str(doc.get("version", "0")), list(entries.values()), rules, frozenset(active)
    )


@cache
def _default_lexicon() -> Lexicon:
    return load_lexicon()


# --------------------------------------------------------------------------- phrases


@dataclass(frozen=True, slots=True)
class _Hit:
    kind: str
    first: int
    last: int
    pattern: str
    speaker: tuple[int, int] | None = None
    #: From a group outside the defaults ("speculation"), switched on by a caller who
    #: asks for every cue a corpus annotates, verbs included.
    opted_in: bool = False


def _phrase_hits(toks: _Tokens, lexicon: Lexicon) -> list[_Hit]:
    hits: list[_Hit] = []
    n = len(toks)
    for i in range(n):
        for entry, seq, reduced in lexicon.candidates(toks, i):
            j = i + len(seq) - 1
            if j >= n:
                continue
            if j > i and not all(seq[k].matches(toks, i + k) for k in range(1, len(seq))):
                continue
            if not entry.context_allows(toks, i, j):
                continue
            if reduced and not _reduced_clause(toks, i, j, entry):
                continue
            opted_in = entry.group not in DEFAULT_GROUPS
            kinds = [k for k in entry.kinds if k != "approximator" or not _particle_up(toks, i, j)]
            hits.extend(_Hit(kind, i, j, entry.id, opted_in=opted_in) for kind in kinds)
    return hits


def _particle_up(toks: _Tokens, i: int, j: int) -> bool:
    """Whether tokens ``i``..``j`` are "up to" after a verb of change ("pushing prices up
    to 3.4%"): the figure is the level reached, no bound, so no approximator. The rule is
    the number reader's (:func:`factcheck.normalize.level_reached`), so a marker and the
    figure it qualifies never disagree."""
    if j != i + 1 or toks.lows[i] != "up" or toks.lows[j] != "to":
        return False
    return level_reached(toks.text[toks.starts[0] : toks.ends[j]], "up to")


# Openers of an aside that a reduced clause may start: "The plant, said to employ".
_ASIDE_OPENERS = frozenset(",—–(-")
# Verbs whose active past takes an infinitive ("The man claimed to be a doctor", "The
# firm expected to lose money"): after a bare noun their "-ed to" is the finite verb, so
# only after a comma, a dash or a bracket do they open a reduced passive.
_ACTIVE_INFINITIVE = _wordset("claim expect promise hope want agree offer tell ask plan")
# Verbs whose active past takes its object or complement directly ("The board considered
# the plan", "The court deemed it lawful"): likewise a reduced passive only as an aside,
# unless "as" follows ("a man regarded as the heir" is never active).
_ACTIVE_OBJECT = _wordset("consider deem regard")


def _is_adverb(low: str) -> bool:
    if low in _SKIPPABLE or low in ("best", "better", "well", "most", "more"):
        return True
    return low.endswith("ly") and len(low) > 4 and low not in _LY_NOUNS


def _reduced_clause(toks: _Tokens, i: int, j: int, entry: LexiconEntry) -> bool:
    """Whether tokens ``i``..``j`` (a passive without its "be") are a reduced clause.

    A participle of an attribution verb modifies what comes before it: set off as an
    aside ("The decline, largely attributed to drought,") or right after a noun ("a man
    believed to be the owner", "shortages widely blamed on"). After a form of "be" or
    "have" the full clause is the lexicon's own entry, after a pronoun or a name the
    past form is the finite verb ("He said to wait"), so neither is a reduced clause.
    """
    if entry.reduced_next and not _in(toks, j + 1, entry.reduced_next):
        return False
    if toks.lemma(j) in _ACTIVE_OBJECT and j + 1 < len(toks) and _is_adverb(toks.lows[j + 1]):
        return False  # "the module, considered separately": weighed, not judged
    if _fronted(toks, i):
        # "Believed to be the oldest in the city, the church…": a participle opening the
        # sentence has no subject of its own, so it is a clause fronted before one.
        return _comma_after(toks, j)
    prev = toks.lows[i - 1]
    if prev in _ASIDE_OPENERS:
        return True
    if _is_adverb(prev):
        # "The painting, once attributed to": adverbs the pattern does not list may open
        # the aside ("Once thought to be extinct, the bird…" fronts it); "was originally
        # described as" is a full clause the entry leaves out.
        k = i - 1
        while k > 0 and _is_adverb(toks.lows[k]):
            k -= 1
        if k == 0 and _is_adverb(toks.lows[0]) and toks.caps[0]:
            return _comma_after(toks, j)
        if toks.lows[k] in _BE and _is_adverb(toks.lows[i]):
            # "is now commonly attributed to": the full clause with one more adverb; the
            # entry's own adverb ("commonly") opens the match, so its list still decides.
            return True
        return toks.lows[k] in _ASIDE_OPENERS and k < i - 1
    if not toks.is_word(i - 1) or toks.is_name(i - 1):
        return False
    if prev in _NP_BREAK or prev in _DETERMINERS or prev in _PRONOUNS or prev in _BE:
        return False
    verbs = {toks.lemma(k) for k in range(i, j + 1)}
    if verbs & _ACTIVE_INFINITIVE or (verbs & _ACTIVE_OBJECT and "as" not in verbs):
        return False
    if "say" in verbs:
        # "Police said to avoid the area" gives an order; "a man said to be the owner",
        # "ruins said to have stood here" describe the noun, and so does a noun phrase
        # that is not the subject: "Doctors prescribed a drug said to cut deaths".
        # A subject that opens the sentence is described, not reporting, when the main
        # clause's own verb comes after the infinitive: "A drug said to cut deaths was
        # approved" (but "The spokesman said to expect delays" has no other verb).
        if j + 2 < len(toks) and toks.lows[j + 1] in ("be", "have"):
            return True
        if (
            i >= 3
            and toks.lows[i - 2] in _DETERMINERS
            and toks.is_word(i - 3)
            and toks.lows[i - 3] not in _NP_BREAK
        ):
            return True
        return _main_verb_after(toks, j + 2)
    return True


def _fronted(toks: _Tokens, i: int) -> bool:
    """Whether token ``i`` opens the sentence (or a quotation), not an aside inside it."""
    return toks.is_initial(i) and (i == 0 or toks.lows[i - 1] not in _ASIDE_OPENERS)


def _comma_after(toks: _Tokens, j: int) -> bool:
    """A fronted clause ends at a comma before the main clause's subject."""
    return "," in toks.lows[j + 1 :]


# Finite auxiliaries: a main clause's verb whatever noun precedes it.
_FINITE_AUX = _wordset(
    "is are was were has have had will would can could may might must shall should does did"
)
# Words that open another clause: a verb after them is not the main clause's.
_CLAUSE_OPENERS = frozenset(
    [*_wordset("that which who whom whose because if when while and but or where as"), *",;:()—–"]
)


def _main_verb_after(toks: _Tokens, k: int) -> bool:
    """Whether a finite verb follows from token ``k`` on before another clause opens.

    Auxiliaries count, and past or third-person forms that cannot be nouns ("reached",
    not "delays"), so an infinitive's object is read past and the subject's own verb found.
    """
    for m in range(k, min(len(toks), k + 12)):
        low = toks.lows[m]
        if low in _CLAUSE_OPENERS or not toks.is_word(m):
            return False
        if low in _FINITE_AUX:
            return True
        if low.isalpha() and is_finite_only(low):
            return True
    return False


# --------------------------------------------------------------------------- speech

# "that" is left out: before a reporting verb it is nearly always the conjunction
# ("argued that Shakespeare wrote").
# Determiners that open a noun phrase; not "that", which opens a clause as often.
_DETERMINERS = ARTICLES | (DEMONSTRATIVES - {"that"}) | POSSESSIVE_DETERMINERS | {"whose"}
_PRONOUNS = _wordset("he she they it we i you")
_BE = _wordset("be is are was were been being am 's 're 'm")
# Words that cannot sit inside a speaker's noun phrase: where the subject starts.
_NP_BREAK = _wordset(
    "is are was were be been being am has have had do does did will would can could may "
    "might shall should must that which who whom whose and or but nor because as if when "
    "while after before since until than then to in on at for with by from into about "
    "over under not no also so it he she they we i you there here what where why how said "
    "says say told tells according whether yet though although thus nevertheless however "
    "therefore hence moreover meanwhile instead whereby having being"
)
# Between a subject and its reporting verb: "the ministry has also said".
_SKIPPABLE = _wordset(
    "has have had 've also again later earlier previously recently once then repeatedly "
    "publicly privately separately further firmly flatly yesterday today tonight "
    "reportedly would will long already still just now often always never ever first "
    "initially originally jointly"
)
_DAYS = _wordset("monday tuesday wednesday thursday friday saturday sunday weekend week month")
_QUOTE_OR_PUNCT = frozenset([*",;:\"“”'‘’—–-()[].!?…", "''", "``"])
# What ends a walk back through an aside or a relative clause: punctuation other than a
# stop (in "Dr."/"St.") or an apostrophe (in "Olave's").
_ASIDE_BREAKS = _QUOTE_OR_PUNCT - {".", "'", "’"}
_CLOSING_QUOTES = frozenset(['"', "”", "’", "'", "''"])
# Abbreviations whose full stop stays inside a name: "Dr. Quist said".
_ABBREVIATIONS = _wordset(
    "dr mr mrs ms prof st gov sen rep gen lt col capt sgt jr sr inc ltd co corp mt rev hon"
)
# Nouns ending in -ly, which the adverb skip must not swallow: "the family said".
_LY_NOUNS = _wordset("family assembly ally supply rally bully monopoly anomaly")
# Plural subjects that do not end in -s: "police say", "people think".
_PLURALS = _wordset("people police staff children men women media data they we i you")
# Participles that open a reduced relative clause after a source: "figures given to".
_PARTICIPLES = _wordset(
    "given seen filed released published obtained provided compiled issued cited shown "
    "sent presented submitted prepared quoted"
)
_NP_MAX = 8
_PARTICIPLE_ONLY = _wordset("written spoken shown known given sworn")
# Verbs whose participle + "to" is a reduced passive: "a man thought to be the owner".
_RAISING = _wordset("believe think thought say report allege claim fear suspect understand")
# "according to plan", "according to their size": "in accordance with", not a source.
_NOT_SOURCES = _wordset(
    "plan schedule rule law tradition custom size type kind need means principle order "
    "pattern script design ability age rank taste preference composition instruction "
    "standard procedure protocol formula scale season category"
)
# Prepositions inside a source phrase: "the head of the agency", "researchers at the
# university"; "at"/"from" give an affiliation, which names the source.
# "for" joins a role to whom it serves: "a spokesman for the ministry", "a lawyer for the
# driver" (the speaker is the role; the organisation is where it speaks from).
_NP_PREPOSITIONS = _wordset("of at from for")
_AFFILIATIONS = _wordset("at from")
_DEFINITE = _wordset("the this its his her their our")
_APPOSITIVE_MAX = 14


def _skip_back(toks: _Tokens, j: int, lo: int) -> int:
    """Step back over auxiliaries, adverbs and dates between a subject and its verb."""
    while j >= lo:
        low = toks.lows[j]
        if low in _SKIPPABLE:
            j -= 1
        elif _is_adverb(low) and not toks.caps[j]:
            j -= 1  # "Anskov allegedly told", "is widely believed"
        elif low in _DAYS and j - 1 >= lo and toks.lows[j - 1] in ("on", "last", "this"):
            j -= 2
        else:
            break
    return j


def _inside_np(toks: _Tokens, k: int, lo: int) -> bool:
    """Punctuation that belongs to a name: "Dr." and "U.S.", the "'" of "the unions' ..."."""
    low = toks.lows[k]
    prev = toks.lows[k - 1] if k - 1 >= lo else ""
    if low == ".":
        return prev in _ABBREVIATIONS or (len(prev) == 1 and prev.isalpha())
    if low in ("'", "’"):
        return prev.endswith("s") and prev[:1].isalpha()
    return low in ("&", "-")


def _np_before(toks: _Tokens, j: int, lo: int) -> int | None:
    """First token of the noun phrase ending at ``j``, or None when there is none."""
    if toks.lows[j] in _PRONOUNS:
        return j
    start: int | None = None
    k, size = j, 0
    while k >= lo and size < _NP_MAX:
        low = toks.lows[k]
        if low in _DETERMINERS:
            if start is None:
                return None  # "the said report": "said" is an adjective
            start = k
            if k - 1 > lo and toks.lows[k - 1] in _NP_PREPOSITIONS:
                k, size = k - 1, size + 1  # "the head of the agency said"
                continue
            break
        if low in _NP_PREPOSITIONS:
            before = toks.lows[k - 1] if k - 1 >= lo else ""
            after = k + 1
            if low != "of" and not (toks.lows[after] in _DETERMINERS or toks.caps[after]):
                break  # "at least three" is no affiliation
            if start is None or before in _NP_BREAK or not before[:1].isalnum():
                break
            k, size = k - 1, size + 1
            continue
        if _inside_np(toks, k, lo) and start is not None:
            k -= 1  # "Dr.", "St.", "Olave's": punctuation is no word of the phrase
            continue
        if low in _NP_BREAK or not toks.is_word(k):
            break
        start, k, size = k, k - 1, size + 1
    if start is not None and all(toks.is_number(x) for x in range(start, j + 1)):
        return None  # "plants in three states": a count, not a source
    return start


def _is_proper_name(toks: _Tokens, first: int, last: int) -> bool:
    words = [k for k in range(first, last + 1) if toks.is_word(k)]
    return bool(words) and all(
        toks.caps[k] or toks.lows[k] in ("of", "de", "van", "von") for k in words
    )


def _appositive_subject(toks: _Tokens, comma: int, lo: int) -> tuple[int, int] | None:
    """The subject of "X, a hydrologist at Y, said" or "an accountant, Dr. Z, told".

    A name between the commas is the speaker; otherwise the phrase before the first comma,
    if it is a name or opens the sentence ("The report, which…, says").
    """
    for c in range(comma - 1, max(lo, comma - _APPOSITIVE_MAX) - 1, -1):
        if toks.lows[c] in _QUOTE_OR_PUNCT - {",", "."} or toks.lows[c] in ("that", "and"):
            return None
        if toks.lows[c] != ",":
            continue
        inner = _np_before(toks, comma - 1, c + 1)
        if inner == c + 1 and _is_proper_name(toks, c + 1, comma - 1):
            return c + 1, comma - 1
        outer = _np_before(toks, c - 1, lo) if c - 1 >= lo else None
        if outer is None:
            return None
        if _is_proper_name(toks, outer, c - 1) or toks.is_initial(outer):
            return outer, c - 1
        return None
    return None


def _np_after(toks: _Tokens, i: int, hi: int) -> int | None:
    """Last token of the noun phrase starting at ``i`` (post-posed speaker, "according to")."""
    if i >= hi:
        return None
    if toks.lows[i] in _PRONOUNS:
        return i
    end: int | None = None
    k, content = i, 0
    while k < hi and k - i < _NP_MAX + 1:
        low = toks.lows[k]
        prev = toks.lows[k - 1] if k > i else ""
        if low in _DETERMINERS:
            if content and prev not in ("of", "by", "from", "at", "for", "in", "to", "with"):
                break  # a second determiner after a head starts a new phrase
        elif low in ("of", "by", "from", "at", "for", "in", "on", "&"):
            if not content:
                return None
        elif (low, prev) in (("to", "close"), ("with", "familiar")):
            pass  # "sources close to the talks", "people familiar with the plans"
        elif _inside_np(toks, k, i):
            pass
        elif low in _NP_BREAK or not toks.is_word(k):
            break
        else:
            content += 1
        end = k
        k += 1
    if (
        end is not None
        and end - 1 > i
        and toks.lows[end] in _DAYS
        and toks.lows[end - 1] in ("on", "last", "this")
    ):
        end -= 2  # "said Mr Brown on Tuesday": when, not who
    while (
        end is not None
        and end > i
        and (
            toks.lows[end] in _NP_BREAK | _DETERMINERS | _PARTICIPLES
            or toks.lows[end] in ("'", "’", "&", "-")
            or toks.lows[end] in ("of", "by", "from", "at", "for", "in", "on")
        )
    ):
        end -= 1
    return end if end is not None and end >= i and content else None


def _is_vague(toks: _Tokens, first: int, last: int, rules: AttributionRules) -> bool:
    """An unnamed source: "critics", "some experts", "sources familiar with the matter".

    A definite determiner or a capitalised word inside the phrase points at a source the
    reader can identify ("the ministry's experts", "Ministry officials"), so it is not.
    """
    if toks.lows[first] in rules.vague_determiners:
        return True
    names = any(toks.is_name(k) for k in range(first + 1, last + 1))
    if toks.lows[first] in ("a", "an") and not names:
        # "a senior police source", "an official": one of many, named by no one; "a
        # spokesman for the ministry" has a head that is no vague one. The head is the
        # word before the first preposition ("a source for the ministry" is a source).
        head = next(
            (k - 1 for k in range(first + 1, last + 1) if toks.lows[k] in _NP_PREPOSITIONS),
            last,
        )
        return toks.lemma(head) in rules.vague_heads
    if toks.lows[first] in _DETERMINERS or toks.lows[first] in _PRONOUNS:
        return False
    names = any(toks.is_name(k) for k in range(first, last + 1))
    head_vague = any(toks.lemma(k) in rules.vague_heads for k in range(first, last + 1))
    affiliated = any(
        toks.lows[k] in _AFFILIATIONS and toks.lows[k + 1] in _DEFINITE for k in range(first, last)
    )  # "researchers at the university": a place the reader can identify
    return head_vague and not names and not affiliated


def _verb_followed_ok(toks: _Tokens, v: int, hi: int, rules: AttributionRules) -> bool:
    """Verbs like "added" or "reported" report speech only before "that" or punctuation.

    "The company added 300 jobs" and "the agency reported a loss" are not attributions.
    """
    lemma = toks.lemma(v)
    if lemma in rules.open_verbs or lemma in rules.cognition_verbs:
        return True
    nxt = v + 1
    return nxt >= hi or toks.lows[nxt] in _QUOTE_OR_PUNCT or toks.lows[nxt] in ("that", "of")


# Reporting verbs that also name an act done to a plain object: "declared victory",
# "denied the charges", "claimed responsibility". They report a claim only with a
# clause, a quotation or a complement after them ("declared the bridge unsafe").
_ACT_VERBS = _wordset("declare deny claim")
# Words after an object that end its clause: the object was all the verb took.
_AFTER_OBJECT = frozenset([*",.;:!?—–)", "''", *_wordset("and but on in at after before for as")])


def _names_an_act(toks: _Tokens, v: int, hi: int) -> bool:
    """Whether verb ``v`` takes a plain noun object that closes its clause ("the rebels
    declared victory.", "denied the charges on Monday"): an act, not reported words.

    A clause ("declared the vote was void", "claimed the fire started in the kitchen":
    a finite verb after the phrase, which is then the clause's subject), a quotation,
    "that", or an object with an adjective or participle complement ("declared the park
    closed") reports a claim.
    """
    first = v + 1
    if first >= hi or toks.lows[first] in _QUOTE_OR_PUNCT or toks.lows[first] == "that":
        return False
    if toks.lows[first] in _PRONOUNS:
        return False
    if _clause_after_object(toks, first, hi):
        return False
    last = _np_after(toks, first, hi)
    if last is None or (last + 1 < hi and toks.lows[last + 1] not in _AFTER_OBJECT):
        return False
    # Only a known noun that cannot be a complement ("unsafe", "closed") is an object;
    # a word the lexicon does not know ("unplayable") is left a report.
    head = toks.lows[last]
    found = lemmas(head) if head.isalpha() else {}
    return "NOUN" in found and "ADJ" not in found and not can_be_participle(head)


def _clause_after_object(toks: _Tokens, first: int, hi: int) -> bool:
    """Whether the phrase from ``first`` is the subject of a finite verb of its own
    within a few words: "claimed the fire started …", "denied the council knows …".

    The verb is a past or third-person form that cannot be a noun or an adjective (as in
    :func:`_main_verb_after`), after at least one word of the phrase and before any
    clause opener. A participle that opens a reduced relative ("denied the charges filed
    against him", :data:`_PARTICIPLES`) or one followed by its agent ("the claims made by
    rivals") is part of the object, not a verb of its own.
    """
    for k in range(first + 1, min(hi, first + _NP_MAX)):
        low = toks.lows[k]
        if low in _CLAUSE_OPENERS or not toks.is_word(k):
            return False
        if low in _FINITE_AUX:
            return True
        if not (low.isalpha() and is_finite_only(low)):
            continue
        if low in _PARTICIPLES or (k + 1 < hi and toks.lows[k + 1] == "by"):
            return False
        return toks.lows[k - 1] not in _DETERMINERS
    return False


def _non_reporting(toks: _Tokens, v: int, lo: int, hi: int) -> bool:
    """Uses of a reporting verb that report nobody's words.

    A capitalised "Said" inside a sentence is a name ("Port Said"); "that said," and
    "having said that" are discourse connectives; a form of "be" before the verb makes it
    passive ("it is said"), which the lexicon handles as a weasel phrase.
    """
    if toks.is_name(v):
        return True
    prev = toks.lows[v - 1] if v - 1 >= lo else ""
    nxt = toks.lows[v + 1] if v + 1 < hi else ""
    if prev in ("that", "this", "having") and nxt in (",", "that", ""):
        return True
    if prev == "all" and toks.lows[v] == "told":
        return True  # "all told": in total
    return prev in _BE or (nxt == "and" and v + 2 < hi and toks.lows[v + 2] == "done")


def _noun_reading(toks: _Tokens, v: int, first: int, last: int) -> bool:
    """ "its annual report that": an uninflected verb after a singular phrase is a noun.

    English puts "-s" on a present-tense verb after a singular subject, so a bare "report"
    or "claim" there is the noun, and the phrase before it is its determiner.
    """
    if toks.lows[v] != toks.lemma(v) or toks.lows[v] in ("said", "told", "thought"):
        return False
    heads = {last}  # "a majority of voters think": either noun may agree
    heads |= {k - 1 for k in range(first + 1, last) if toks.lows[k] in _NP_PREPOSITIONS}
    return not any(toks.lows[h] in _PLURALS or _plural_noun(toks, h) for h in heads)


def _plural_noun(toks: _Tokens, k: int) -> bool:
    """Whether token ``k`` is a plural noun by its form: "-s" but not "-ss" ("residents",
    not "press"), or an irregular "-men"/"-ren" plural ("fishermen", "children"), in
    either case with a singular lemma of its own; or "people"."""
    low = toks.lows[k]
    if low == "people":
        return True
    regular = low.endswith("s") and not low.endswith("ss")
    return (regular or low.endswith(("men", "ren"))) and toks.lemma(k) != low


def _participle_object(toks: _Tokens, v: int, first: int, lo: int) -> bool:
    """ "…, denying earlier reports", "…, citing official claims": after a comma, an
    -ing participle that is no noun or adjective opens a clause of its own, and a
    following word that can be a noun ("reports", "claims") is that participle's object,
    not a reporting verb with the participle for its speaker. A verb that cannot be a
    noun keeps its subject ("…, leading economists said")."""
    opener = toks.lows[first]
    if first - 1 < lo or toks.lows[first - 1] != "," or not opener.endswith("ing"):
        return False
    if "VBG" not in verb_forms(opener) or is_noun_or_adjective(opener):
        return False
    return is_noun_or_adjective(toks.lows[v])


def _close_source(toks: _Tokens, first: int, lo: int, rules: AttributionRules) -> int | None:
    """ "sources close to the ministry said": the speaker is the sources, not the ministry."""
    if first - 1 < lo or toks.lows[first - 1] not in ("to", "with", "inside", "within"):
        return None
    for k in range(first - 2, max(lo, first - 5) - 1, -1):
        if toks.lemma(k) in rules.vague_heads:
            start = k
            while start - 1 >= lo and toks.lows[start - 1] in rules.vague_determiners | {"a"}:
                start -= 1
            return start
    return None


def _speech_hits(toks: _Tokens, lexicon: Lexicon) -> list[_Hit]:
    rules = lexicon.attribution
    verbs = rules.speech_verbs | rules.cognition_verbs
    openers = {phrase[0] for phrase in rules.introducers}
    hits: list[_Hit] = []
    n = len(toks)
    for v in range(n):
        if toks.lemmas[v] in verbs and toks.is_word(v):
            hit = _reporting_clause(toks, v, 0, n, rules)
            if hit:
                hits.append(hit)
        if toks.lemmas[v] in verbs | _CHARACTERISING and v + 1 < n and toks.lows[v + 1] == "by":
            hit = _by_agent(toks, v, n, rules)
            if hit:
                hits.append(hit)
        if toks.lows[v] == "put" and v + 1 < n and toks.lows[v + 1] == "it":
            hit = _as_put_it(toks, v, rules)
            if hit:
                hits.append(hit)
        if toks.lows[v] not in openers:
            continue
        for phrase in rules.introducers:
            if tuple(toks.lows[v : v + len(phrase)]) == phrase:
                hit = _introduced(toks, v, v + len(phrase), n, rules)
                if hit:
                    hits.append(hit)
    return hits


def _as_put_it(toks: _Tokens, v: int, rules: AttributionRules) -> _Hit | None:
    """ "As the minister put it: …", "…, as Lund put it.": "put it" after "as" and a
    source phrase words what that source said (the verb alone, "put the case to", says
    nothing). The span runs from "as" to "it"; the speaker is the phrase between."""
    subject = _subject(toks, v, 0)
    if subject is None:
        return None
    first, last = subject
    if first == 0 or toks.lows[first - 1] != "as":
        return None
    if first == last and toks.lows[first] in rules.self_pronouns | {"you", "it"}:
        return None  # "as we put it": the writer's own wording, no source
    kind = "weasel" if _is_vague(toks, first, last, rules) else "attribution"
    return _Hit(kind, first - 1, v + 1, "reporting:put it", (first, last))


# Verbs whose passive characterises on someone's authority ("described by forecasters
# as", "regarded by colleagues as") besides the reporting and belief verbs.
_CHARACTERISING = _wordset("describe regard consider see view call rate judge deem hail brand")
# What follows the agent of a passive that reports a claim: "said by organisers to
# number", "described by forecasters as", "it was said by witnesses that".
_AFTER_AGENT = _wordset("to as that")
# Means of a message, not its source: "told by phone".
_MEANS = _wordset("phone telephone email e-mail letter mail post text radio video fax")


def _by_agent(toks: _Tokens, v: int, hi: int, rules: AttributionRules) -> _Hit | None:
    """A passive of reporting or judgement with its agent: "said by organisers to number".

    The phrase after "by" is the source. A named or definite one ("by the coroner",
    "by Ms Adeyemi") is an attribution; a vague one ("by some experts") or a bare plural
    that names no one ("by organisers", "by forecasters": which ones?) is a weasel. Only
    a passive that goes on to the claim ("to", "as", "that") counts: "a plan backed by
    unions" or "was told by phone" report nobody's words.
    """
    participle = toks.lows[v] != toks.lemma(v) or toks.lows[v] == "thought"
    if not participle or toks.is_name(v) or v + 2 >= hi:
        return None
    last = _np_after(toks, v + 2, hi)
    if last is None or last + 1 >= hi or toks.lows[last + 1] not in _AFTER_AGENT:
        return None
    if toks.lows[v + 2] in _PRONOUNS or _not_a_source(toks, v + 2, last):
        return None
    if toks.lows[last] in _MEANS or (toks.lemma(v) == "tell" and toks.lows[last + 1] != "that"):
        return None  # "told by phone", "told by the guard to leave": an order, not a claim
    kind = (
        "weasel"
        if _is_vague(toks, v + 2, last, rules) or _bare_plural(toks, v + 2, last)
        else "attribution"
    )
    return _Hit(kind, v, last, f"reporting:{toks.lemma(v)}", (v + 2, last))


def _bare_plural(toks: _Tokens, first: int, last: int) -> bool:
    """ "organisers", "Local shopkeepers", "Residents": a plural without determiner or
    name, no one in particular; "police", "the organisers" or "The residents'
    association" point at a body the reader can identify. A capital that only opens the
    sentence (or a quotation) is no name (:meth:`_Tokens.is_name`)."""
    if any(toks.is_name(k) or toks.lows[k] in _DETERMINERS for k in range(first, last + 1)):
        return False
    if any(toks.lows[k] in _NP_PREPOSITIONS for k in range(first, last + 1)):
        return False
    return _plural_noun(toks, last)


# Verbs that put a claim on its speaker's word alone: after a group nobody names
# ("Residents claim …", "Shopkeepers alleged …") they are a weasel attribution.
_CLAIM_VERBS = _wordset("claim allege")


def _subject(toks: _Tokens, v: int, lo: int) -> tuple[int, int] | None:
    """(first, last) token of the phrase that does the reporting, before the verb."""
    j = _skip_back(toks, v - 1, lo)
    stop = j - 1 >= lo and toks.lows[j] == "." and toks.lows[j - 1] in _ABBREVIATIONS
    if stop:
        # "a spokesperson for Acme Ltd. said": the stop is the abbreviation's, and the
        # company (with its stop) stays in the speaker
        j -= 1
    if j < lo or toks.lows[j] in _BE:
        return None  # passive: "it is (widely) said"
    if _is_dash(toks, j):
        # "The aide — who asked not to be named — said": an aside between dashes stands
        # between the speaker and the verb as one between commas does.
        return _dashed_aside_subject(toks, j, lo)
    if toks.lows[j] == ",":
        return _appositive_subject(toks, j, lo)
    relative = _relative_before(toks, j, lo)
    if relative is not None:
        # "An official who spoke on condition of anonymity said": the speaker is the
        # phrase the relative clause describes, not the end of the clause.
        first = _np_before(toks, relative - 1, lo) if relative - 1 >= lo else None
        return None if first is None else (first, relative - 1)
    if toks.lows[j] in (")", "]"):
        # "Ana Ruiz (who resigned on Friday) said": an aside in brackets between the
        # speaker and the verb, as between commas.
        return _bracketed_aside_subject(toks, j, lo)
    first = _np_before(toks, j, lo)
    return None if first is None else (first, j + 1 if stop else j)


_DASHES = frozenset("—–-")
_RELATIVE_MAX = 10


def _is_dash(toks: _Tokens, k: int) -> bool:
    """A dash that sets off an aside: an em or en dash, or a hyphen with a space before it
    ("official - speaking …"), never the hyphen inside a word."""
    low = toks.lows[k]
    if low not in _DASHES:
        return False
    return low != "-" or (k > 0 and toks.starts[k] > toks.ends[k - 1])


def _dashed_aside_subject(toks: _Tokens, close: int, lo: int) -> tuple[int, int] | None:
    """The subject before an aside between dashes that ends at ``close``."""
    for k in range(close - 1, max(lo, close - _APPOSITIVE_MAX) - 1, -1):
        if _is_dash(toks, k):
            if k - 1 < lo:
                return None
            first = _np_before(toks, k - 1, lo)
            return None if first is None else (first, k - 1)
        if toks.lows[k] in _ASIDE_BREAKS:
            return None
    return None


def _relative_before(toks: _Tokens, j: int, lo: int) -> int | None:
    """Index of the "who" that opens a relative clause ending at ``j`` ("an official who
    spoke on condition of anonymity"), when a noun phrase stands before it; else None."""
    for k in range(j, max(lo, j - _RELATIVE_MAX) - 1, -1):
        low = toks.lows[k]
        if low == "who":
            return k if k > lo and toks.is_word(k - 1) and k < j else None
        if low in _ASIDE_BREAKS:
            return None
    return None


# What says that a source's name is withheld: "on condition of anonymity", "who asked
# not to be named", "speaking anonymously", "not authorised to speak publicly".
_WITHHELD = frozenset(
    {
        "anonymity",
        "anonymously",
        "unnamed",
        "unidentified",
        "not to be named",
        "not to be identified",
        "to remain anonymous",
        "not authorised to",
        "not authorized to",
    }
)


def _withheld(toks: _Tokens, first: int, v: int) -> bool:
    """Whether the words from a source's first token to its verb withhold its name."""
    return has_phrase(toks.lows[first:v], _WITHHELD) is not None


def _bracketed_aside_subject(toks: _Tokens, close: int, lo: int) -> tuple[int, int] | None:
    """The subject before a bracketed aside that ends at ``close``: the phrase before its
    opening bracket ("The chair (who resigned on Friday) said"), or None when the
    bracket opens nowhere inside the clause or no noun phrase stands before it."""
    opener = "(" if toks.lows[close] == ")" else "["
    for k in range(close - 1, lo - 1, -1):
        if toks.lows[k] == opener:
            if k - 1 < lo:
                return None
            first = _np_before(toks, k - 1, lo)
            return None if first is None else (first, k - 1)
        if toks.lows[k] in (")", "]"):
            return None  # nested or a second aside: leave it
    return None


def _reporting_clause(
    toks: _Tokens, v: int, lo: int, hi: int, rules: AttributionRules
) -> _Hit | None:
    if _non_reporting(toks, v, lo, hi):
        return None
    followed_ok = _verb_followed_ok(toks, v, hi, rules)
    lemma = toks.lemma(v)
    if (
        v - 2 >= lo
        and toks.lows[v - 1] == "not"
        and toks.lows[v - 2] in _DO_FORMS
        and lemma in rules.cognition_verbs
    ):
        return _negated_attitude(toks, v, lo, rules, followed_ok)
    nxt = toks.lows[v + 1] if v + 1 < hi else "."
    if toks.lows[v] == "thought" and nxt in _QUOTE_OR_PUNCT:
        return None  # the noun: "advocacy of Marxist thought."
    if toks.lows[v] in _PARTICIPLE_ONLY:
        return None  # "written complaints", "the spoken word": never a finite verb
    participle = toks.lows[v] != lemma or toks.lows[v] == "thought"
    if nxt == "to" and participle and lemma in _RAISING and toks.is_verb(v + 2):
        return None  # "a woman believed to be": a reduced passive, the lexicon's business
    subject = _subject(toks, v, lo)
    if subject is not None and _acted_on(toks, v, subject[1]):
        return None
    if subject is not None:
        first, last = subject
        if _negative_source(toks, first, lo):
            return None  # "Nobody said whether…", "No official said": no source at all
        if _noun_reading(toks, v, first, last) or _participle_object(toks, v, first, lo):
            return None
        close = _close_source(toks, first, lo, rules)
        if close is not None:
            return _Hit("weasel", close, v, f"reporting:{lemma}", (close, last))
        if toks.lows[first] == "you" and lemma in rules.cognition_verbs:
            return None  # "you think you know": generic, nobody's view
        if toks.lows[first] in rules.self_pronouns and first == last:
            # "I think", "we believe": the writer's own hedge, not a source.
            if lemma in rules.cognition_verbs:
                return _Hit("hedge", first, v, f"self:{lemma}")
            return None
        if lemma in _ACT_VERBS and _names_an_act(toks, v, hi):
            return None  # "the rebels declared victory": an act (after the verb, a
            # phrase is the speaker only in the inverted order below)
        vague = (
            _is_vague(toks, first, last, rules)
            or _withheld(toks, first, v)
            or (lemma in _CLAIM_VERBS and _bare_plural(toks, first, last))
        )
        if not (vague or followed_ok):
            return None
        kind = "weasel" if vague else "attribution"
        return _Hit(kind, first, v, f"reporting:{lemma}", _person(toks, first, last))
    return _inverted(toks, v, lo, hi, rules, open_verb=followed_ok)


_DO_FORMS = DO_FORMS


def _negated_attitude(
    toks: _Tokens, v: int, lo: int, rules: AttributionRules, followed_ok: bool
) -> _Hit | None:
    """ "I don't believe the figure is right", "Officials do not think the dam will hold":
    a belief verb negated by "do not" is a negated attitude. The claim under it is
    doubted, not denied: the negation is the believer's, so the marker spans the
    believer and the verb ("I do not believe"; the tokens read "don't" as "do not"), as
    for the verb without it. The writer's own ("I", "we") is a ``hedge`` (pattern
    ``self:not <verb>``); another's a ``weasel`` or an ``attribution`` by the same test
    as "Officials believe" (pattern ``reporting:not <verb>``), a named one only before
    what it reports (``followed_ok``: "did not believe the count" is an act). "Nobody
    believes" and a generic "you" give none."""
    subject = _subject(toks, v - 2, lo)
    if subject is None:
        return None
    first, last = subject
    lemma = toks.lemma(v)
    if _negative_source(toks, first, lo) or toks.lows[first] == "you":
        return None
    if toks.lows[first] in rules.self_pronouns and first == last:
        return _Hit("hedge", first, v, f"self:not {lemma}")
    vague = _is_vague(toks, first, last, rules) or _withheld(toks, first, v)
    if not (vague or followed_ok):
        return None
    kind = "weasel" if vague else "attribution"
    return _Hit(kind, first, v, f"reporting:not {lemma}", _person(toks, first, last))


def _acted_on(toks: _Tokens, v: int, last: int) -> bool:
    """ "The council rejected claims that …", "Officials dismissed reports that …": the
    reporting word is a plural noun a finite verb before it acts on (a refutation or a
    denial), so the phrase before it is no speaker."""
    word = toks.lows[v]
    if not (word.endswith("s") and is_noun_or_adjective(word)):
        return False
    before = toks.lows[last]
    return (
        last == v - 1
        and before.isalpha()
        and not toks.caps[last]
        and "VBD" in verb_forms(before)
    )


def _person(toks: _Tokens, first: int, last: int) -> tuple[int, int]:
    """The speaker of "Dr. Mara Velk of St. Olave's Hospital said": the person's name,
    without the title before it and the affiliation after it ("of …", "at …", "from
    …"), which say where the person works, not who speaks. Any other phrase is kept."""
    for k in range(first + 1, last):
        if toks.lows[k] in _NP_PREPOSITIONS:
            start = first
            if toks.lows[start] in _ABBREVIATIONS and toks.lows[start + 1] == ".":
                start += 2  # "Dr.", "Prof."
            elif toks.lows[start] in _ABBREVIATIONS:
                start += 1
            names = [i for i in range(start, k) if toks.is_word(i)]
            if len(names) >= 2 and _is_proper_name(toks, start, k - 1):
                return start, k - 1
            return first, last
    return first, last


def _negative_source(toks: _Tokens, first: int, lo: int) -> bool:
    """A subject that names no one: "nobody", "no one", "none of them", "no official",
    "neither minister", "(neither the mayor) nor the council"."""
    if toks.lows[first] in _NEGATIVE_SUBJECTS:
        return True
    return first - 1 >= lo and toks.lows[first - 1] in _NEGATIVE_SUBJECTS


_NEGATIVE_SUBJECTS = _wordset("nobody noone none nothing neither nor no")


def _inverted(
    toks: _Tokens, v: int, lo: int, hi: int, rules: AttributionRules, *, open_verb: bool = True
) -> _Hit | None:
    """Speaker after the verb: right after a quotation ('"...," said the ministry.') or
    in a reporting clause set off by commas or dashes ("The tanker, said Mr Brown, was").

    Elsewhere a phrase after "said" is what was said ("said the spray may help").
    ``open_verb`` is false for verbs that also take plain objects ("added", "noted"):
    without quotation marks their speaker must be a name or a definite phrase.
    """
    prev = toks.lows[v - 1] if v - 1 >= lo else ""
    before = toks.lows[v - 2] if v - 2 >= lo else ""
    quoted = prev in _CLOSING_QUOTES or (prev == "," and before in _CLOSING_QUOTES)
    if not (quoted or prev in (",", "—", "–")) or toks.lemma(v) not in rules.speech_verbs:
        return None
    last = _np_after(toks, v + 1, hi)
    if last is None or toks.lows[v + 1] in _PRONOUNS:
        return None
    if not quoted and not _parenthetical_speaker(toks, v + 1, last, hi, rules):
        return None
    named = toks.is_name(v + 1) or _titled_name(toks, v + 1, last) or toks.shouting
    if not (quoted or open_verb or named or toks.lows[v + 1] == "the"):
        # "…, added Mr Brown." and "…, noted the report." name a source; "cut costs,
        # added a night shift." adds a thing: verbs that also take plain objects need a
        # name or a definite phrase after them.
        return None
    kind = "weasel" if _is_vague(toks, v + 1, last, rules) else "attribution"
    return _Hit(kind, v, last, f"reporting:{toks.lemma(v)}", (v + 1, last))


# What may close a parenthetical reporting clause: "The tanker, said Mr Brown, was empty."
_CLAUSE_END = frozenset([*",.;:!?—–)", "''"])


# Lower-case words a title before a name may hold ("fire chief", "deputy health minister").
_TITLE_MAX = 4


def _titled_name(toks: _Tokens, first: int, last: int) -> bool:
    """Whether ``first``..``last`` is a name after a lower-case title: "fire chief Ana Ruiz".

    News style sets a job title in lower case before the name it qualifies; the phrase
    names its speaker as surely as "Mr Brown" does. The name must close the phrase and
    the title be plain words (no figure, no function word: "said six Ana" is no title).
    """
    if not toks.is_name(last):
        return False
    k = last
    while k > first and (toks.is_name(k - 1) or _inside_np(toks, k - 1, first)):
        k -= 1
    title = range(first, k)
    return 0 < len(title) <= _TITLE_MAX and all(
        toks.lows[t].isalpha()
        and not toks.caps[t]
        and toks.lows[t] not in _NP_BREAK
        and not toks.is_number(t)
        for t in title
    )


def _parenthetical_speaker(
    toks: _Tokens, first: int, last: int, hi: int, rules: AttributionRules
) -> bool:
    """Whether ``first``..``last`` after ", said" is a speaker set off like a quotation's.

    Without quotation marks, a phrase after "said" is usually what was said ("said the
    spray may help"), so the inverted order is taken only when the clause is an aside:
    the phrase is a name, a definite or vague source, and the clause ends right after it
    (or after "on Tuesday", or an appositive: "said Mr Brown, a port official,").
    "He turned, said the words, and left" coordinates verbs: no speaker there.
    """
    lead = toks.lows[first]
    if not (
        toks.is_name(first)
        or toks.shouting
        or _titled_name(toks, first, last)
        or lead in _DETERMINERS
        or lead in rules.vague_determiners
        or toks.lemma(first) in rules.vague_heads
    ):
        return False
    k = last + 1
    if k + 1 < hi and toks.lows[k] in ("on", "last", "this") and toks.lows[k + 1] in _DAYS:
        k += 2
    if k >= hi:
        return True
    if toks.lows[k] not in _CLAUSE_END:
        return False
    return not (toks.lows[k] == "," and k + 1 < hi and toks.lows[k + 1] in ("and", "but", "then"))


def _not_a_source(toks: _Tokens, first: int, last: int) -> bool:
    """ "according to plan": the head, before any preposition, is a norm, not a source."""
    for k in range(first, last + 1):
        if toks.lows[k] in _NP_PREPOSITIONS or toks.lows[k] in ("by", "in", "on", "with", "to"):
            return False
        if toks.lemmas[k] in _NOT_SOURCES:
            return True
    return False


def _introduced(toks: _Tokens, i: int, after: int, hi: int, rules: AttributionRules) -> _Hit | None:
    last = _np_after(toks, after, hi)
    if last is None or _not_a_source(toks, after, last):
        return None
    pattern = " ".join(toks.lows[i:after])
    kind = "weasel" if _is_vague(toks, after, last, rules) else "attribution"
    return _Hit(kind, i, last, pattern, (after, last))


# --------------------------------------------------------------------------- public


def _select(hits: list[_Hit], toks: _Tokens) -> list[_Hit]:
    """Leftmost-longest per kind: "it is not clear that" wins over a shorter hedge inside.

    Different kinds may overlap ("largely" approximator inside "is largely attributed to"
    weasel): both readings are real and the issue asks for both. The one exception is a
    participle that the lexicon lists as a hedging adjective ("the alleged attacker",
    "a suspected leak") inside an agentless passive built on that same participle
    ("alleged to have smuggled", "is believed to"): one word, one reading, and the
    passive (weasel) is the fuller one. A hedge of its own inside a weasel ("It may be
    said that": "may") stays, and so does a hedge from a group the caller switched on
    ("speculation" lists "believed" for corpora such as BioScope that annotate the verb).
    """
    hits.sort(key=lambda h: (h.first, -h.last, h.speaker is None))
    kept: list[_Hit] = []
    reach: dict[str, int] = {}
    for hit in hits:
        if hit.first > reach.get(hit.kind, -1):
            kept.append(hit)
            reach[hit.kind] = hit.last
    passives = [
        h
        for h in kept
        if h.kind == "weasel" and h.speaker is None and toks.lows[h.last] in ("to", "as")
    ]
    return [
        h
        for h in kept
        if h.opted_in or not (h.kind == "hedge" and _participle_inside(h, passives, toks))
    ]


def _participle_inside(hit: _Hit, passives: Sequence[_Hit], toks: _Tokens) -> bool:
    """Whether ``hit`` is only participles ("alleged") inside one of ``passives``.

    Only passives whose complement describes their subject count ("alleged to",
    "suspected to", "regarded as"), where the participle could be read as the adjective;
    in "it is suggested that" the verb is BioScope's hedge cue and stays one.
    """
    participles = all(
        toks.lows[k] != toks.lemmas[k] or toks.lows[k] in _PARTICIPLE_FORMS
        for k in range(hit.first, hit.last + 1)
    )
    return participles and any(p.first <= hit.first and hit.last <= p.last for p in passives)


# Participles the lemmatiser may leave as written (read as adjectives).
_PARTICIPLE_FORMS = _wordset(
    "alleged suspected purported presumed supposed reputed rumoured rumored"
)


# A spreadsheet formula or a function call: "=HYPERLINK(", "@SUM(", "IMPORTXML(". A name
# in prose is never glued to a bracket ("Smith (the mayor) said" has a space).
_FORMULA_RE = re.compile(r"^\s*[=@+]|[A-Za-z_]\(")


def _formula_like(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a speaker and the character before it) reads as a
    formula or code rather than as a name or a description of someone."""
    return _FORMULA_RE.search(text[start:end]) is not None


def find_markers(
    text: str, start: int = 0, end: int | None = None, lexicon: Lexicon | None = None
) -> list[Marker]:
    """Markers inside ``text[start:end]``, with offsets into ``text``, sorted by start.

    Only the slice is read, so a phrase is never matched across the slice boundary;
    callers pass one sentence or claim at a time. A modal inside a clause that a frame
    opening the slice denies ("There is no way the dam could have held", "It is
    impossible that …": :func:`factcheck.normalize.denial_modal_spans`) is part of that
    firm denial and no hedge.
    """
    lexicon = lexicon or _default_lexicon()
    end = len(text) if end is None else end
    toks = _Tokens.of(text, start, end)
    if not toks.lows:
        return []
    hits = _select(_phrase_hits(toks, lexicon) + _speech_hits(toks, lexicon), toks)
    # "There is no way the dam could have held": the modal is the denial's, no doubt.
    denied = [(start + a, start + b) for a, b in denial_modal_spans(text[start:end])]
    markers = []
    for hit in hits:
        s, e = toks.span(hit.first, hit.last)
        if hit.kind == "hedge" and any(a <= s and e <= b for a, b in denied):
            continue
        speaker = None
        if hit.speaker is not None:
            ss, se = toks.span(*hit.speaker)
            speaker = text[ss:se]
            if _formula_like(text, max(start, ss - 1), se):
                continue  # '=HYPERLINK("…") said': a spreadsheet formula speaks for no one
        markers.append(Marker(hit.kind, text[s:e], s, e, speaker, hit.pattern))
    markers.sort(key=lambda m: (m.start, m.end, KINDS.index(m.kind)))
    return markers


# A certainty frame opens the claim within these many characters ("It is widely known
# that" is 23): reading only the head keeps the test cheap on long claims.
_FRAME_HEAD = 80
_LEADING_JUNK = " \t\"'“‘«"


@lru_cache(maxsize=16384)  # frames and features strip the same claims again and again
def strip_certainty(text: str) -> str:
    """The claim without a booster that opens it and frames the rest: "There is no doubt
    (that) the dam failed", "It is clear that …", "Undoubtedly, …", "Without doubt …"
    → "The dam failed" (first letter capitalised), otherwise ``text`` unchanged.

    A booster is modality, not content: it vouches for the clause it frames, so that
    clause is what two claims are compared on — "There is no doubt the dam failed"
    corroborates "The dam failed" and conflicts with "The dam did not fail". The
    boosters are the lexicon's (``data/markers.toml``); only one that starts the claim
    and is followed by its own clause (at least two words) counts, so "no doubt" inside
    a sentence or "It was clear." alone leave the text as it is.
    """
    start = len(text) - len(text.lstrip(_LEADING_JUNK))
    head = find_markers(text, start, min(len(text), start + _FRAME_HEAD))
    frame = next((m for m in head if m.kind == "booster" and m.start == start), None)
    if frame is None:
        return text
    rest = text[frame.end :].lstrip(" ,:;—–-")
    if len(rest.split()) < 2:
        return text
    return text[:start] + rest[:1].upper() + rest[1:]


def is_hedged(markers: Sequence[Marker]) -> bool:
    """Hedges and weasels both leave the claim's truth open; boosters do not."""
    return any(m.kind in _HEDGING for m in markers)


_HEDGING = ("hedge", "weasel")


@lru_cache(maxsize=16384)
def hedging_markers(text: str) -> tuple[Marker, ...]:
    """The markers of ``text`` that leave its truth open (hedges and weasels, as
    :func:`is_hedged` counts them), read with the default lexicon: the one home of
    hedge words, which matching reads too ("may", "reportedly", "is believed to"; not
    "could not possibly", an emphatic denial, nor "May" the month). Cached: a claim's
    text is read again each time it is compared."""
    from factcheck.normalize import emphatic_spans  # negation scopes live there

    found = tuple(m for m in find_markers(text) if m.kind in _HEDGING)
    firm = emphatic_spans(text) if found else ()
    # "might never ever have known" is a firm denial: its modal is no hedge.
    return tuple(m for m in found if not any(s <= m.start and m.end <= e for s, e in firm))


def assertiveness(markers: Sequence[Marker], text: str | None = None) -> str:
    """One word for how a claim is put: asked, asserted, hedged, boosted, attributed or
    weasel.

    ``text`` is the sentence or claim the markers came from: a direct question
    (:func:`factcheck.extract.is_question`, "Did the minister resign?") asserts nothing
    whatever its markers, so it is ``asked``. Otherwise the weakest commitment wins: an
    unnamed source undermines a claim more than a hedge, a hedge more than a named
    source, and a booster adds no evidence at all.
    """
    if text is not None and is_question(text):
        return "asked"
    kinds = {m.kind for m in markers}
    for kind, level in (
        ("weasel", "weasel"),
        ("hedge", "hedged"),
        ("attribution", "attributed"),
        ("booster", "boosted"),
    ):
        if kind in kinds:
            return level
    return "asserted"


# --------------------------------------------------------------------------- per source


@dataclass(frozen=True, slots=True)
class SourceMarkers:
    """How one source qualifies its claims: the figures behind ``factcheck markers``.

    ``counts`` holds every kind (zero included) so tables line up; ``top`` lists the most
    frequent phrases as (kind, phrase, count), attributions keyed by their speaker so
    that "the ministry said" and "the ministry added" count as one source.
    """

    source: str
    claims: int
    counts: Mapping[str, int]
    top: tuple[tuple[str, str, int], ...]

    def per_claim(self, kind: str) -> float:
        """Markers of ``kind`` per claim: comparable across sources of different sizes."""
        return self.counts.get(kind, 0) / self.claims if self.claims else 0.0


def _phrase(marker: Marker) -> str:
    if marker.kind == "attribution" and marker.speaker:
        return " ".join(marker.speaker.lower().split())
    return " ".join(marker.text.lower().split())


def marker_table(
    markers_by_source: Mapping[str, Iterable[Marker]],
    claims_by_source: Mapping[str, int] | None = None,
    top: int = 5,
) -> list[SourceMarkers]:
    """Per-source marker counts and most frequent phrases, sorted by source name.

    Answers "which outlet hedges most, which relies on unnamed sources" without touching
    the database: the store passes the markers it has, the CLI renders the rows.
    """
    rows: list[SourceMarkers] = []
    for source in sorted(markers_by_source):
        markers = list(markers_by_source[source])
        counts = dict.fromkeys(KINDS, 0)
        phrases: dict[tuple[str, str], int] = {}
        for m in markers:
            counts[m.kind] = counts.get(m.kind, 0) + 1
            key = (m.kind, _phrase(m))
            phrases[key] = phrases.get(key, 0) + 1
        ranked = sorted(phrases.items(), key=lambda item: (-item[1], item[0]))[:top]
        claims = (claims_by_source or {}).get(source, 0)
        rows.append(SourceMarkers(source, claims, counts, tuple((k, p, n) for (k, p), n in ranked)))
    return rows
