"""Normalisation shared by claim extraction and matching: numbers, units, dates, lemmas, cues.

Two sources rarely write a fact the same way: "1,100", "1100" and "1.1 thousand" are one
number, "6.2 m" and "6.2 metres" one height, "10 March 2026" and "March 10" one day. Matching
compares what was said, so every surface form is read into a plain value here, with the
``(start, end)`` span of the words it came from so a reviewer can be shown the source text.

Everything here is a pure function of its input text; the word lists live in
``factcheck/data/match_*.toml`` and are read once.
"""

from __future__ import annotations

import math
import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal

import simplemma

from factcheck.claim_lexicon import (
    DETERMINERS,
    is_noun_or_adjective,
    lemmas,
    negated_contraction,
    verb_forms,
    verb_lemmas,
)
from factcheck.claim_lexicon import LEXICON as _CLAIM_WORDS
from factcheck.errors import InputWarning
from factcheck.read import MONTH_ALTERNATION, MONTHS

__all__ = [
    "APPROX_KINDS",
    "CARDINAL_WORDS",
    "CLAUSAL_DENIAL_RE",
    "CLOCK",
    "CLOCK_ABOUT_MINUTES",
    "CURRENCIES",
    "CURRENCY_ABBREVIATIONS",
    "CURRENCY_CODES",
    "CURRENCY_SIGNS",
    "CURRENCY_WORDS",
    "HALF_DAY_MINUTES",
    "MAX_NUMERAL_CHARS",
    "WEEKDAY_AND_MONTH_NAMES",
    "WORD_RE",
    "AnchoredDate",
    "Approx",
    "Cue",
    "DateMention",
    "Lexicon",
    "Negation",
    "Quantity",
    "Tally",
    "TallyKind",
    "Token",
    "ago_spans",
    "anchor_dates",
    "canonical",
    "clausal_denial",
    "comparative_at",
    "denial_modal_spans",
    "emphatic_spans",
    "find_approximator",
    "find_dates",
    "find_negations",
    "find_quantities",
    "find_tallies",
    "lemma",
    "lexicon",
    "negation_scopes",
    "no_figure_spans",
    "normalize_text",
    "parse_number_words",
    "polarity",
    "rejects_complement",
    "restrictive_focus",
    "scheduled_date",
    "times_of_day",
    "tokenize",
    "unread_numeral_warnings",
    "unread_numerals",
]

DATA_DIR = Path(__file__).parent / "data"

Approx = Literal[
    "exact", "about", "nearly", "at_least", "more_than", "at_most", "less_than", "range"
]
APPROX_KINDS: tuple[str, ...] = (
    "exact",
    "about",
    "nearly",
    "at_least",
    "more_than",
    "at_most",
    "less_than",
    "range",
)

# --------------------------------------------------------------------------------------
# Lexicon (data files)
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists matching depends on, read from ``factcheck/data/match_*.toml``."""

    negation_cues: tuple[str, ...]
    negation_exceptions: tuple[str, ...]
    approximators: dict[str, str]
    attribution_verbs: frozenset[str]
    stopwords: frozenset[str]
    lemma_fixes: dict[str, str]
    abbreviations: dict[str, str]
    synonyms: dict[str, str]
    antonyms: frozenset[frozenset[str]]
    phrases: dict[str, str] = field(default_factory=dict)
    generic: frozenset[str] = frozenset()
    labels: frozenset[str] = frozenset()
    time_labels: frozenset[str] = frozenset()
    #: Verbs of crossing a figure ("exceeded", "topped"): bound words of ``approximators``
    #: that bound a figure only when it counts no noun after it (``[threshold_verbs]``).
    threshold_verbs: frozenset[str] = frozenset()
    rejecting_verbs: tuple[str, ...] = ()
    proposal_nouns: tuple[str, ...] = ()
    #: Pairs of ``antonyms`` that oppose two claims only as their main predicates
    #: (``predicates_only = true`` in match_antonyms.toml): words that are common nouns
    #: too ("demanded repairs" is no repair, "a quick fix" no fixing).
    predicate_antonyms: frozenset[frozenset[str]] = frozenset()
    #: Pairs of ``antonyms`` that are two states with nothing between (``complementary =
    #: true`` in match_antonyms.toml): the denial of one side is the other ("did not
    #: close" = "stayed open"), unlike "did not rise", which is no fall.
    complementary_antonyms: frozenset[frozenset[str]] = frozenset()
    #: Words that grade a comparative bound ("far", "well", "many" in "far more than",
    #: "well over", "many fewer than"), each as its words (``[comparatives]``).
    comparative_intensifiers: tuple[tuple[str, ...], ...] = ()
    #: The negative-leaning cues among ``negation_cues`` (``leaning`` of
    #: match_cues.toml: "hardly", "seldom", "unlikely to", "doubt that"): they deny, but
    #: less than a plain "not", so a conflict that rests on one waits for a person.
    leaning_cues: tuple[str, ...] = ()


@cache
def lexicon() -> Lexicon:
    """Load the matching word lists once; they are configuration, not state."""
    cues = _load_toml("match_cues.toml")
    syn = _load_toml("match_synonyms.toml")
    ant = _load_toml("match_antonyms.toml")
    phrasal = dict(_load_toml("match_predicates.toml").get("phrasal", {}))
    sides = _side_antonyms(ant.get("sides", []), phrasal)
    plain = frozenset(frozenset(p["words"]) for p in ant.get("pair", []))
    # A pair the plain table already opposes anywhere in a claim ("add" / "cut") keeps
    # that reach when a [[sides]] entry repeats it for its main verbs only.
    only_sides = (
        _side_antonyms([e for e in ant.get("sides", []) if e.get("predicates_only")], phrasal)
        - plain
    )
    approximators = {
        phrase: kind for kind, phrases in cues["approximators"].items() for phrase in phrases
    }
    threshold_verbs = {
        phrase: kind
        for kind, phrases in cues.get("threshold_verbs", {}).items()
        for phrase in phrases
    }
    approximators.update(threshold_verbs)
    synonyms: dict[str, str] = {}
    for group in syn.get("group", []):
        head = group["words"][0]
        for word in group["words"]:
            synonyms.setdefault(word, head)
    return Lexicon(
        # Negative-leaning words are negation cues too, listed apart in the data for
        # their own rationale ("unlikely to", "hardly").
        negation_cues=(*cues["negation"]["cues"], *cues["negation"].get("leaning", ())),
        negation_exceptions=tuple(cues["negation"]["exceptions"]),
        leaning_cues=tuple(cues["negation"].get("leaning", ())),
        approximators=approximators,
        attribution_verbs=frozenset(cues["attribution"]["verbs"]),
        stopwords=frozenset(cues["stopwords"]["words"]),
        lemma_fixes=dict(syn.get("lemmas", {})),
        abbreviations=dict(syn.get("abbreviations", {})),
        synonyms=synonyms,
        antonyms=plain
        | _group_antonyms(ant.get("group_pair", []), syn.get("group", []))
        | sides,
        phrases=dict(syn.get("phrases", {})),
        generic=frozenset(cues.get("generic", {}).get("words", [])),
        labels=frozenset(cues.get("labels", {}).get("words", [])),
        time_labels=frozenset(cues.get("labels", {}).get("time_words", [])),
        threshold_verbs=frozenset(threshold_verbs),
        rejecting_verbs=tuple(cues["negation"].get("rejecting_verbs", ())),
        proposal_nouns=tuple(cues["negation"].get("proposal_nouns", ())),
        complementary_antonyms=frozenset(
            frozenset(p["words"]) for p in ant.get("pair", []) if p.get("complementary")
        ),
        predicate_antonyms=_group_antonyms(
            [g for g in ant.get("group_pair", []) if g.get("predicates_only")],
            syn.get("group", []),
        )
        | only_sides,
        comparative_intensifiers=tuple(
            tuple(phrase.split())
            for phrase in cues.get("comparatives", {}).get("intensifiers", ())
        ),
    )


def _group_antonyms(
    group_pairs: Iterable[Mapping[str, Any]], groups: Iterable[Mapping[str, Any]]
) -> frozenset[frozenset[str]]:
    """Antonym pairs spelled out from ``[[group_pair]]`` entries of match_antonyms.toml:
    every member of the synonym group headed by one of ``heads`` opposes every member of
    the group headed by the other ("accepted" / "refused" as "approve" / "reject"),
    except the words listed in ``except`` (members with another common sense).

    Raises ``KeyError`` when a head names no synonym group, so a typo in the data file
    fails at load time instead of silently pairing nothing.
    """
    members = {g["words"][0]: list(g["words"]) for g in groups}
    pairs: set[frozenset[str]] = set()
    for entry in group_pairs:
        left, right = entry["heads"]
        skip = set(entry.get("except", ()))
        for x in members[left]:
            for y in members[right]:
                if x not in skip and y not in skip and x != y:
                    pairs.add(frozenset((x, y)))
    return frozenset(pairs)


def _side_antonyms(
    entries: Iterable[Mapping[str, Any]], phrasal: Mapping[str, str]
) -> frozenset[frozenset[str]]:
    """Antonym pairs spelled out from ``[[sides]]`` entries of match_antonyms.toml: two
    lists of opposite acts on one object ("created" / "shed", "cut", "axed" jobs), every
    word of one side against every word of the other.

    A member is a lemma ("shed") or a phrase ("scale back"); a phrase stands for the
    verb the ``[phrasal]`` table of match_predicates.toml reads it as (frames fold
    "scaled back" into that one verb before any table sees it), so the table is keyed on
    what the claims write. Raises ``KeyError`` for a phrase that table does not read, so
    a phrase that could never match fails at load time instead of pairing nothing.
    """
    pairs: set[frozenset[str]] = set()
    for entry in entries:
        left, right = (
            [phrasal[w] if " " in w else w for w in side] for side in entry["sides"]
        )
        pairs.update(frozenset((x, y)) for x in left for y in right if x != y)
    return frozenset(pairs)


def _load_toml(name: str) -> dict:
    with (DATA_DIR / name).open("rb") as fh:
        return tomllib.load(fh)


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """One alternation, longest phrase first so "no longer" wins over "no"."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    body = "|".join(re.escape(p) for p in ordered)
    return re.compile(rf"(?<![\w'])(?:{body})(?![\w])", re.IGNORECASE)


# --------------------------------------------------------------------------------------
# Tokens and lemmas
# --------------------------------------------------------------------------------------

_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|n['’]t", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Token:
    """One word; ``text == source[start:end]``, but for an expanded abbreviation (each
    word of the expansion keeps the abbreviation as written) and a negated contraction,
    read as two words: "didn't" is "did" and "not", "won't" "will" and "not" (each
    spanning its part of the word as written: "wo", "n't").

    ``lemma`` is the dictionary form (for antonyms), ``norm`` the synonym-group head (for
    topic overlap), ``capitalised`` marks a likely name when the word is not sentence-initial.
    """

    text: str
    lemma: str
    norm: str
    start: int
    end: int
    capitalised: bool


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """Dictionary form of a lower-cased word, with fixes for forms simplemma misses."""
    fixes = lexicon().lemma_fixes
    if word in fixes:
        return fixes[word]
    if word.isdigit():
        return word
    found = simplemma.lemmatize(word, lang="en").lower()
    if found != word and not lemmas(found):
        # "thanked" → "thanke", a word no dictionary knows: the verb's own lemma, when
        # lemminflect knows exactly one ("thank")
        verbs = verb_lemmas(word)
        if len(verbs) == 1:
            return next(iter(verbs))
    return found


def canonical(word_lemma: str) -> str:
    """Head of the lemma's synonym group, or the lemma itself."""
    return lexicon().synonyms.get(word_lemma, word_lemma)


def fold_word_pairs(
    tokens: Sequence[Token], head_of: Callable[[Token, Token], str | None]
) -> list[Token]:
    """``tokens`` with each pair that ``head_of(first, second)`` names a head lemma for
    folded into one token: the first token's text and start, the head as lemma and norm,
    the second token's end. Pairs are read left to right and do not overlap.

    One home for the two phrase tables matching reads ("stepped down" → resign in
    ``match_predicates.toml``; "receive spray" → vaccinate in the synonym table).
    """
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        head = head_of(t, tokens[k + 1]) if k + 1 < len(tokens) else None
        if head is not None:
            out.append(replace(t, lemma=head, norm=canonical(head), end=tokens[k + 1].end))
            k += 2
            continue
        out.append(t)
        k += 1
    return out


def tokenize(text: str) -> tuple[Token, ...]:
    """Words of ``text`` with lemmas and synonym heads; abbreviations are expanded."""
    lex = lexicon()
    out: list[Token] = []
    for match in _WORD_RE.finditer(text):
        raw = match.group().replace("’", "'")
        start, end = match.span()
        initial = _sentence_initial(text, start)
        capitalised = raw[:1].isupper() and not initial
        contraction = negated_contraction(raw)
        if contraction is not None:
            # Every reader sees the auxiliary and its negation ("don't think" as "do not
            # think"): the verb group, its modal and its polarity read alike either way.
            auxiliary, cut = contraction
            written = auxiliary.capitalize() if raw[:1].isupper() else auxiliary
            head = lemma(auxiliary)
            out.append(Token(written, head, canonical(head), start, start + cut, capitalised))
            out.append(Token("not", "not", canonical("not"), start + cut, end, False))
            continue
        expansion = lex.abbreviations.get(raw) or (
            lex.abbreviations.get(raw.lower()) if raw.islower() else None
        )
        words = expansion.split() if expansion else [raw.lower()]
        for word in words:
            if word.endswith("'s"):
                word = word[:-2]
            lem = lemma(word)
            out.append(Token(raw, lem, canonical(lem), start, end, capitalised))
    return tuple(out)


def _sentence_initial(text: str, start: int) -> bool:
    """Capitals at a sentence start say nothing about names."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n"


def normalize_text(text: str) -> str:
    """Lower-cased, accent-folded, punctuation-free text with numbers as plain digits.

    Used where a string is compared as a whole (fuzzy ratios, embeddings): "1,100" and
    "one thousand one hundred" become "1100"; dates become ISO-like tokens.
    """
    pieces: list[str] = []
    cursor = 0
    spans = sorted(
        [(d.span, d.iso()) for d in find_dates(text)]
        + [(q.span, q.normalized()) for q in find_quantities(text)]
    )
    for (start, end), value in spans:
        if start < cursor:
            continue
        pieces.append(text[cursor:start])
        pieces.append(f" {value} ")
        cursor = end
    pieces.append(text[cursor:])
    joined = "".join(pieces)
    folded = unicodedata.normalize("NFKD", joined)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = re.sub(r"[^\w%.$€£-]+", " ", folded)
    folded = re.sub(r"(?<!\d)[.-]|[.-](?!\d)", " ", folded)
    return " ".join(folded.split())


# --------------------------------------------------------------------------------------
# Cues: negation (hedges are markers: factcheck.mark.hedging_markers)
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue phrase found in a claim; ``text == source[start:end]``."""

    kind: Literal["negation", "hedge"]
    text: str
    start: int
    end: int

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@cache
def _negation_re() -> re.Pattern[str]:
    """The negation cues of match_cues.toml as one pattern: the fixed phrases ("not",
    "refused to") and the rejection of a complement ("voted down a plan to", "rejected
    calls to", and in the passive "the plan to … was rejected", whose cue is "plan to"),
    whose cue ends at its "to" so the verb after it is what it negates."""
    lex = lexicon()
    phrases = _phrase_pattern(lex.negation_cues).pattern
    if not (lex.rejecting_verbs and lex.proposal_nouns):
        return re.compile(phrases, re.IGNORECASE)
    verbs = "|".join(re.escape(v) for v in sorted(lex.rejecting_verbs, key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(lex.proposal_nouns, key=len, reverse=True))
    # Up to three words between verb and noun ("a fresh", "the mayor's latest"), none a
    # punctuation mark, so the cue never reaches across a clause.
    rejection = rf"(?<![\w'])(?:{verbs})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})\s+to(?![\w])"
    # The passive: "The plan to close the library was rejected", "A bid to sell the port
    # has been voted down": the cue is "plan to", confirmed by the rejecting verb after
    # an auxiliary later in the same clause (no punctuation between).
    passive = (
        rf"(?<![\w'])(?:{nouns})\s+to(?=\s[^,;:.!?]{{1,80}}?\b(?:was|were|is|are|has\s+been"
        rf"|have\s+been|had\s+been|been|got)\s+(?:\w+\s+)?(?:{verbs})(?![\w]))"
    )
    return re.compile(f"{rejection}|{passive}|{phrases}", re.IGNORECASE)


def rejects_complement(cue: Cue) -> bool:
    """Whether ``cue`` is a rejection of a proposal ("voted down a plan to", "rejected
    calls to"; ``rejecting_verbs`` × ``proposal_nouns`` in match_cues.toml) rather than a
    fixed negation phrase: its verb is asserted (the council did vote it down), and
    what it denies is the verb after its "to"."""
    low = cue.text.lower().replace("’", "'")
    return " " in low and low.endswith(" to") and low not in _fixed_cues()


@cache
def _fixed_cues() -> frozenset[str]:
    return frozenset(c.lower() for c in lexicon().negation_cues)


@cache
def _negation_exception_re() -> re.Pattern[str]:
    return _phrase_pattern(lexicon().negation_exceptions)


# "No" as an answer ("No, it did not", "Fact check: No — the bridge is open"): the word
# alone, set off by a comma, dash or "!" at the opening of a clause (the text's start, or
# after a colon, a sentence end or an opening quotation mark).
_ANSWER_NO_RE = re.compile(r"\s*[,!—–]")
_CLAUSE_OPENING_RE = re.compile(r"(?:^|[:.!?“\"‘—–]\s*)$")


@lru_cache(maxsize=16384)  # keyed by claim texts: bounded, a batch never repeats them all
def find_negations(text: str) -> tuple[Cue, ...]:
    """Negation cues, minus fixed phrases such as "not only" that do not negate.

    Curly apostrophes are matched as straight ones ("didn’t"); each cue's ``text`` is
    the source's own characters.
    """
    source = text
    text = text.replace("’", "'")
    blocked = [m.span() for m in _negation_exception_re().finditer(text)]
    cues = []
    for match in re.finditer(r"n't\b", text, re.IGNORECASE):
        cues.append(Cue("negation", source[match.start() : match.end()], *match.span()))
    for match in _negation_re().finditer(text):
        start, end = match.span()
        if match.group().lower() == "n't" or any(s <= start < e for s, e in blocked):
            continue
        # "not-too-subtle", "no-show", "No.2": compounds and numbering, not negation.
        if re.match(r"-\w|\.\s?\d", text[end : end + 3]):
            continue
        if (
            match.group().lower() == "no"
            and _ANSWER_NO_RE.match(text, end)
            and _CLAUSE_OPENING_RE.search(text, 0, start)
        ):
            # "No, there won't be six days of darkness": an answer word before the
            # statement that follows, not a negation of it (it must not cancel "won't").
            continue
        cues.append(Cue("negation", source[start:end], start, end))
    return tuple(sorted(cues, key=lambda c: c.start))


_CONTRAST_RE = re.compile(r"[,–—]\s*$")


def contrastive_negation(text: str, cue: Cue) -> bool:
    """Whether ``cue`` is the "not" of a contrast set off after a statement: "Inflation
    rose to 9%, not 6%", "The mayor resigned, not her deputy", "The bridge was closed, not
    reopened". Such a "not" denies only the alternative after it; the statement before
    the comma (or dash) stays asserted. The clause before it must have a tensed verb
    after its first word, so "However, not all staff agreed" (a negated subject) is no
    contrast. Our reading of English contrastive negation; one test for frames and
    relation features."""
    if cue.text.lower() != "not" or not _CONTRAST_RE.search(text, 0, cue.start):
        return False
    clause = re.split(r"[.;:!?]", text[: cue.start].rstrip()[:-1])[-1]
    words = WORD_RE.findall(clause)
    return any(
        _verb_tense(words[k], words[k - 1].lower()) is not None for k in range(1, len(words))
    )


def polarity(text: str | Sequence[Cue]) -> int:
    """+1 for an affirmed claim, -1 for a negated one, by the parity of its negation cues
    (two negations cancel).

    ``text`` is a claim (its cues are found with :func:`find_negations`) or cues already
    found, such as those of a claim's main statement. Parity is the fallback for cues
    whose scope cannot be read; frames read polarity from each cue's scope instead.
    """
    cues = find_negations(text) if isinstance(text, str) else text
    return -1 if len(cues) % 2 else 1


@dataclass(frozen=True, slots=True)
class Negation:
    """A negation cue and what it negates; every span is ``(start, end)`` into the text.

    ``scope`` runs from the cue to the end of its clause. ``members`` lists each member of
    a coordinated list the cue negates ("found no survivors or bodies": "survivors",
    "bodies"; "neither the mayor nor the council": both), empty when it negates one thing.
    ``emphatic`` marks a firm denial ("could not possibly", "not at all", "by no means");
    ``modal`` is the modal verb the cue follows ("may not", "might never"): the denial is
    hedged unless it is emphatic.
    """

    cue: Cue
    scope: tuple[int, int]
    members: tuple[tuple[int, int], ...] = ()
    emphatic: bool = False
    modal: str | None = None


_SCOPE_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
# Where a negation's clause ends ("did not say, but …", "no rain, which …").
_SCOPE_STOPS = frozenset(
    {".", ";", ":", "!", "?", "(", ")", "but", "although", "though", "because", "while"}
    | {"whereas", "which", "who", "whom", "when", "if", "unless"}
)
_MODALS = frozenset(["may", "might", "could", "would", "should", "can", "must", "shall", "will"])
_EMPHATIC_AFTER = frozenset({"possibly", "conceivably", "ever", "remotely"})
_EMPHATIC_BEFORE = frozenset({"absolutely", "certainly", "definitely", "simply", "categorically"})
# Cues that negate a noun phrase ("no survivors", "neither the mayor"); the others
# negate a verb ("did not sign").
_NOMINAL_CUES = frozenset({"no", "neither", "none", "nobody", "nothing"})
_NEW_PHRASE = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our"}
    | {"my", "your", "some", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
    | {"ten", "he", "she", "it", "they", "we", "i", "you"}
)


def _is_finite_verb(words: list[str], k: int) -> bool:
    """A verb that ends a subject ("nor the council approved"), not a modifier ("the
    approved plan")."""
    word = words[k]
    if word in _CLAIM_WORDS["auxiliaries"]:
        return True
    if k == 0 or words[k - 1] in _NEW_PHRASE or not verb_forms(word) & {"VBD", "VBZ"}:
        return False
    return words[k - 1] not in _CLAIM_WORDS["prepositions"]


def negation_scopes(text: str) -> tuple[Negation, ...]:
    """Each negation cue of ``text`` (see :func:`find_negations`) with what it negates.

    A negation distributes over a list joined by "or"/"nor" (and by "and" after "no":
    "no food and water"), so every member is negated; "no survivors and two bodies"
    negates only the first, because the second brings its own determiner. "not only X
    but Y" is no negation at all (``find_negations`` leaves it out). Pure function; the
    rules are our own reading of English coordination under negation.
    """
    tokens = list(_SCOPE_TOKEN.finditer(text))
    words = [m.group().lower().replace("’", "'") for m in tokens]
    found: list[Negation] = []
    for cue in find_negations(text):
        at = next((k for k, m in enumerate(tokens) if m.end() > cue.start), len(tokens))
        if at >= len(tokens):
            continue
        stop = next(
            (k for k in range(at + 1, len(tokens)) if _ends_scope(words, k, at)),
            len(tokens),
        )
        scope_end = tokens[stop - 1].end() if stop > at + 1 else cue.end
        found.append(
            Negation(
                cue,
                (cue.start, scope_end),
                _negated_members(tokens, words, at, stop),
                _emphatic(words, at, stop),
                _modal_of(words, at),
            )
        )
    return tuple(found)


def _ends_scope(words: list[str], k: int, at: int) -> bool:
    """Whether token ``k`` ends the clause of the cue at ``at``.

    "and" ends it unless it joins nouns after a nominal cue ("no food and water"): in "did
    not sign the treaty and left" or "no survivors and two bodies" what follows is
    affirmed.
    """
    word = words[k]
    nxt = words[k + 1] if k + 1 < len(words) else ""
    if word in _SCOPE_STOPS or (word == "," and nxt in _SCOPE_STOPS):
        return True
    if word == "and":
        return words[at] not in _NOMINAL_CUES or nxt in _NEW_PHRASE or nxt in _NOMINAL_CUES
    return False


def _negated_members(
    tokens: list[re.Match[str]], words: list[str], at: int, stop: int
) -> tuple[tuple[int, int], ...]:
    """Each member's head words: a noun phrase up to a preposition ("leaks" of "no
    faults or leaks in the pipe"), a verb up to its object ("deny" of "did not confirm
    or deny the report"); what follows the last member belongs to them all."""
    cue = words[at]
    nominal = cue in _NOMINAL_CUES
    joiners = {"or", "nor"} | ({"and"} if nominal else set())
    members: list[tuple[int, int]] = []
    first = at + 1
    k = first
    head_end: int | None = None  # where the current member's own words end

    def close(end: int) -> None:
        last = (head_end if head_end is not None else end) - 1
        if last >= first:
            members.append((tokens[first].start(), tokens[last].end()))

    while k < stop:
        word = words[k]
        if word in joiners or word == ",":
            nxt = k + 1
            if nxt < stop and words[nxt] in ("or", "nor", "and"):
                nxt += 1  # "A, or B"
            if (
                word == ","
                and not any(words[j] in joiners for j in range(nxt, min(stop, nxt + 6)))
                and words[nxt - 1] not in joiners
            ):
                break  # a comma that closes the phrase, not one of a list
            if word == "and" and nxt < stop and words[nxt] in _NEW_PHRASE | _NOMINAL_CUES:
                break  # "no survivors and two bodies": the second is affirmed
            close(k)
            first = k = nxt
            head_end = None
            continue
        if k > first and (nominal or cue == "neither") and _is_finite_verb(words, k):
            break  # "neither the mayor nor the council approved": the list ends
        ends_head = word in _CLAIM_WORDS["prepositions"] if nominal else word in _NEW_PHRASE
        if k > first and head_end is None and ends_head:
            head_end = k
        k += 1
    close(k)
    return tuple(members) if len(members) > 1 else ()


# "in no way", "by no means", "at no time", "on no account", "under no circumstances":
# the noun after "no" is no thing denied but the manner of a denial of the whole clause.
_ADVERBIAL_NO_NOUNS = frozenset({"way", "means", "time", "account", "circumstances", "sense"})
_ADVERBIAL_NO_PREPOSITIONS = ("in", "by", "at", "on", "under")
_ADVERBIAL_NO_RE = re.compile(
    r"\b(?:(?:" + "|".join(_ADVERBIAL_NO_PREPOSITIONS) + r")\s+no\s+(?:"
    + "|".join(sorted(_ADVERBIAL_NO_NOUNS))
    + r")"
    r"|there\s+(?:is|was|'s|’s)\s+no\s+way(?:\s+that)?|^\W*no\s+way(?:\s+that)?)\b",
    re.IGNORECASE,
)


# A frame that denies the clause after it outright: "There is no way (that) …", "No way
# …", "There is no chance that …", "It is impossible that …", "It is not true that …",
# "It is not the case that …". Unlike "It is not impossible that" (litotes, a hedge) or
# "There is no doubt that" (a booster of the clause), it says the clause is false; a
# modal inside the clause ("no way the dam could have held") belongs to that denial, not
# to doubt. Our reading of English clausal negation; the frame opens the sentence (after
# a "But" or "And") so that "a report that it is impossible that …" stays a report.
CLAUSAL_DENIAL_RE = re.compile(
    r"^\W*(?:(?:but|and|yet|so)\s+)?(?P<frame>"
    r"there\s+(?:is|was|'s|’s)\s+(?:absolutely\s+|simply\s+|just\s+)?no\s+"
    r"(?:way|chance|possibility)(?:\s+(?:whatsoever|at\s+all))?"
    r"|no\s+way(?!\s+(?:was|is|were|are|has|had|have|could|can|will|would)\b)"
    r"|it\s+(?:is|was|'s|’s)\s+(?:simply\s+|just\s+|absolutely\s+|completely\s+|utterly\s+"
    r"|quite\s+|entirely\s+)?(?:impossible|inconceivable|unthinkable|untrue|false"
    r"|not\s+(?:true|possible|the\s+case))"
    r")\s+(?:that\s+)?(?!(?:to|of|for|out|in|around|round|forward|back|through)\b)(?=\w)",
    re.IGNORECASE,
)
_CLAUSAL_DENIAL_MODAL = re.compile(r"\b(?:could|would|can|might|may|will)\b", re.IGNORECASE)


def clausal_denial(text: str) -> tuple[int, int] | None:
    """(start of the frame, start of the denied clause) when ``text`` opens with a frame
    that denies the clause after it (:data:`CLAUSAL_DENIAL_RE`: "There is no way the dam
    could have held", "It is impossible that the vote was rigged"), else None."""
    match = CLAUSAL_DENIAL_RE.match(text)
    if match is None:
        return None
    return match.start("frame"), match.end()


def denial_modal_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each modal inside the clause a denial frame opening ``text``
    denies ("There is no way the dam **could** have held"): the frame's, not a hedge;
    empty when there is no such frame. The clause ends at its first stop or semicolon."""
    found = clausal_denial(text)
    if found is None:
        return ()
    stop = re.search(r"[.;!?]", text[found[1] :])
    end = found[1] + stop.start() if stop else len(text)
    return tuple(m.span() for m in _CLAUSAL_DENIAL_MODAL.finditer(text, found[1], end))


# A restrictive "only" and the phrase it restricts: "hold only Orsk", "Only the mayor
# voted", "applies only to diesel cars". Not "not only" / "if only" (additive, a wish),
# not "the only" (an adjective), and not before a figure or a time or manner word
# ("only 12%", "only two of 30", "only after", "only recently", "only partly"): a figure
# is exact already, and the others limit when or how much, not who or what.
_ONLY_RE = re.compile(
    r"(?<![\w'’-])(?<!not )(?<!if )(?<!the )(?<!an )(?<!a )only\s+(?!(?:after|when|if"
    r"|because|once|until|since|recently|now|then|just|partly|partially|slightly|marginally"
    r"|briefly|later|later|to\s+(?:be|find|see|have)|a\s+(?:few|little|handful|fraction)"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|hundred|hundreds|thousands|half|some|about|around|nearly|almost)\b)(?![\d$€£])",
    re.IGNORECASE,
)
# Where the restricted phrase ends: punctuation, a conjunction or a relative pronoun.
_FOCUS_END_RE = re.compile(r"[,;:.!?()\"“”]|\s(?:and|or|but|who|which|that|after|before|as)\s")


@lru_cache(maxsize=1 << 14)  # read again each time a claim is compared
def restrictive_focus(text: str) -> tuple[str, ...]:
    """The content words of the phrase a restrictive "only" limits ("The rebels hold only
    Orsk" → ("orsk",), "Only the mayor voted against" → ("mayor", "voted", "against"),
    "applies only to diesel cars" → ("diesel", "cars")), lower-cased, stopwords left
    out; () when ``text`` has no restrictive "only" (see ``_ONLY_RE``: "not only",
    "the only", "only 12%", "only after" restrict nothing). "Only X" excludes every
    other member of X's kind: "The rebels hold Orsk and Kestrow" is no corroboration of
    it. The phrase runs to the next comma, conjunction, relative pronoun, auxiliary or
    past form ("Only the mayor voted"), up to six words."""
    found = _ONLY_RE.search(text)
    if found is None:
        return ()
    stop = _FOCUS_END_RE.search(text, found.end())
    phrase = text[found.end() : stop.start() if stop else len(text)]
    stopwords = lexicon().stopwords
    words: list[str] = []
    for w in re.findall(r"[A-Za-z][\w'’-]*", phrase)[:6]:
        low = w.lower()
        if words and (low in _CLAIM_WORDS["auxiliaries"] or "VBD" in verb_forms(low)):
            break  # "Only the mayor voted …": the verb ends the fronted phrase
        words.append(low)
    return tuple(w for w in words if w not in stopwords and len(w) > 1)


def adverbial_negation_end(text: str, cue: Cue) -> int | None:
    """Where the negative adverbial holding the cue "no" ends, or None: "The inquiry in
    no way blames …", "is by no means assured", "At no time did …", "Under no
    circumstances will …", "There is no way (that) the referee …". Such a "no" negates
    the clause's verb, not the noun after it (which the claim does not deny having:
    "in no way" says nothing of ways); the phrase is an emphatic denial (see
    :class:`Negation`). Our reading of English negative adverbials."""
    if cue.text.lower() != "no":
        return None
    for match in _ADVERBIAL_NO_RE.finditer(text, max(0, cue.start - 12), cue.end + 30):
        if match.start() <= cue.start < match.end():
            return match.end()
    return None


def _emphatic(words: list[str], at: int, stop: int) -> bool:
    """ "could not possibly", "not at all", "never ever", "absolutely not", "by no means"
    (the negative adverbials of :func:`adverbial_negation_end`)."""
    after = words[at + 1] if at + 1 < len(words) else ""
    before = words[at - 1] if at else ""
    if after in _EMPHATIC_AFTER or before in _EMPHATIC_BEFORE:
        return True
    if words[at] == "no" and after in _ADVERBIAL_NO_NOUNS and (
        before in _ADVERBIAL_NO_PREPOSITIONS or after == "way"
    ):
        return True
    return any(words[k : k + 2] == ["at", "all"] for k in range(at + 1, stop))


def _modal_of(words: list[str], at: int) -> str | None:
    word = words[at]
    contraction = negated_contraction(word)
    if contraction is not None and contraction[0] in _MODALS:
        return contraction[0]  # "can't", "won't", "cannot"
    k = at - 1
    while k >= 0 and words[k].endswith("ly"):
        k -= 1
    return words[k] if k >= 0 and words[k] in _MODALS else None


def emphatic_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) character spans of each emphatic negation with the modal it follows
    and the intensifier next to it: "could not possibly", "might never ever",
    "absolutely cannot". Empty when the text has no emphatic negation."""
    spans = []
    for neg in negation_scopes(text):
        if not neg.emphatic:
            continue
        start, end = neg.cue.start, neg.cue.end
        before = re.search(r"(\w+)\W+(?:\w+ly\W+)*$", text[: neg.cue.start])
        if before and (
            before.group(1).lower() in _MODALS or before.group(1).lower() in _EMPHATIC_BEFORE
        ):
            start = before.start()
        after = re.match(r"\W+(\w+)", text[neg.cue.end :])
        if after and after.group(1).lower() in _EMPHATIC_AFTER:
            end = neg.cue.end + after.end()
        spans.append((start, end))
    return tuple(spans)


# --------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------

_UNITS_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "dozen": 12,
}
_TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # South Asian English: a lakh is 100,000 and a crore 10,000,000 ("12 lakh", "3 crore").
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
# Indian English multiplies a crore by the scale word before it: "₹12 lakh crore",
# "40 thousand crore".
_CRORE_MULTIPLES = frozenset({"lakh", "lakhs", "thousand"})
_CRORE_AFTER_RE = re.compile(r"\s+crores?\b", re.IGNORECASE)
_SHORT_SCALES = {
    "k": 1_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
    # Wire-service abbreviations: "1.5 mln barrels", "3 bln euros", "2 mn people".
    "mln": 1_000_000,
    "mn": 1_000_000,
    "bln": 1_000_000_000,
}

#: Words a cardinal number is spelled with ("thirty", "one", "million", "lakh"); "dozen"
#: and fractions are left out.
CARDINAL_WORDS = frozenset(w for w in (*_UNITS_WORDS, *_TENS_WORDS, *_SCALES) if w != "dozen")

_NUMBER_WORD = "|".join(sorted([*_UNITS_WORDS, *_TENS_WORDS, *_SCALES], key=len, reverse=True))
_WORD_NUMBER_RE = re.compile(
    rf"\b(?:a\s+|an\s+)?(?:{_NUMBER_WORD})(?:(?:\s+and\s+|\s*-\s*|\s+)(?:{_NUMBER_WORD}))*\b",
    re.IGNORECASE,
)
#: The longest numeral, in characters (digits, group separators, decimal point), read as
#: a quantity. A double holds 15-17 significant digits, and figures written in news and
#: reports are far shorter ("1,000,000,000,000" is 17 characters); a longer run of digits
#: is a code, a table flattened into one token or a hostile input, and reading it would
#: make up a figure nobody stated. Such a numeral stays in its sentence and claim as
#: written, and :func:`unread_numerals` lists it so callers can say it was not read.
MAX_NUMERAL_CHARS = 100

_DIGITS_RE = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?:\s*(?P<scale>(?:thousand|million|billion|trillion|lakhs?|crores?|bn|tn|mln|mn|bln|k)\b"
    r"|(?:mio|mrd|tsd)(?:\.|\b)))?",
    re.IGNORECASE,
)
# Continental European forms of a figure, as English copy quotes them from a statistics
# office or a foreign desk: a decimal comma ("2,4%", "0,3 percent") and dots grouping
# thousands ("1.500.000", "1.234,56"). Only the forms no English figure can take are read
# this way: a comma followed by one or two digits (or by four or more, or after a lone
# "0") cannot group thousands, and neither can two grouping dots or a dot group before a
# comma. South Asian copy groups lakhs by two digits ("1,50,000" is 150,000), a form no
# other reading takes. "1,500" and "1.500" stay English (1500 and 1.5): they are truly
# ambiguous, and English is this reader's language.
_CONTINENTAL_RE = re.compile(
    r"(?<![\w.,])(?P<num>"
    r"(?P<indian>\d{1,2}(?:,\d{2})+,\d{3})"
    r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?"
    r"|\d{1,3}(?:\.\d{3})+,\d+"
    r"|0,\d+"
    r"|\d{1,3},(?:\d{1,2}|\d{4,})"
    r")(?![\d]|[.,]\d)"
)
# Scale words written after a figure: the English ones of _DIGITS_RE and the German
# "Mio." (million), "Mrd." (milliard, a thousand million) and "Tsd." (thousand), which
# wire copy keeps in quoted statistics.
_CONTINENTAL_SCALES = {"mio": 1_000_000, "mrd": 1_000_000_000, "tsd": 1_000}
_SCALE_WORD_AFTER_RE = re.compile(
    r"\s*(?P<scale>(?:thousand|million|billion|trillion|bn|tn|mln|mn|bln|k)\b"
    r"|(?:mio|mrd|tsd)(?:\.|\b))",
    re.IGNORECASE,
)


def _scale_of(word: str) -> float:
    """The factor of a scale word read after a figure ("million", "bn", "Mrd."), 1 if none."""
    word = word.lower().rstrip(".")
    return float(_SCALES.get(word) or _SHORT_SCALES.get(word) or _CONTINENTAL_SCALES.get(word) or 1)


def _continental_numbers(text: str) -> Iterator[tuple[int, int, float, float]]:
    """Figures written the continental way (:data:`_CONTINENTAL_RE`) with any scale word
    after them, as (start, end, value, precision): "2,4" is 2.4 (precision 0.05),
    "1.500.000" 1,500,000, "1.234,56" 1234.56, "3,5 Mrd." 3.5e9 (precision 0.05e9)."""
    for match in _CONTINENTAL_RE.finditer(text):
        number = match["num"]
        if match["indian"]:
            english = number.replace(",", "")
        else:
            english = number.replace(".", "").replace(",", ".")
        end = match.end()
        scale = 1.0
        after = _SCALE_WORD_AFTER_RE.match(text, end)
        if after:
            scale = _scale_of(after["scale"])
            end = after.end()
        value = float(english) * scale
        precision = _decimal_precision(english, scale)
        yield match.start(), end, value, precision


# A run of digits glued by stops and commas ("2,4,5%", "1.2.3", "10.5,3"): a figure when
# one of the readers above takes it whole, else a figure in a form none knows.
_GLUED_RUN_RE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)+(?![\w])")
# "10.03.2026", "1.3.26": a date written with stops, no figure, read as before.
_DOTTED_DATE_RE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})")


@lru_cache(maxsize=4096)
def unreadable_figures(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) offsets in ``text`` of each run of digits glued by stops and
    commas that no reading of a figure takes whole ("2,4,5%", "12.345,6.7"): neither an
    English figure ("1,500.25"), nor a continental one ("2,4", "1.500.000"), nor a South
    Asian one ("1,50,000"). Reading its first digits alone would give a wrong figure that
    has lost its unit ("2" of "2,4,5%"), so :func:`find_quantities` reads no figure there
    and the matcher holds the claim apart from figures it cannot check. Dates and times
    ("10.03.2026", "9.30") are left to their own readers."""
    found: list[tuple[int, int]] = []
    for match in _GLUED_RUN_RE.finditer(text):
        start, end = match.span()
        english = _DIGITS_RE.match(text, start)
        continental = _CONTINENTAL_RE.match(text, start)
        if english and english.end("num") == end:
            continue
        if continental and continental.end("num") == end:
            continue
        if _DOTTED_DATE_RE.fullmatch(text, start, end):
            continue
        found.append((start, end))
    return tuple(found)


def unread_numerals(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets in ``text`` of each numeral written in digits that is not
    read as a quantity because it is longer than :data:`MAX_NUMERAL_CHARS` characters
    (every shorter one lies well inside a float's range), in text order. The text keeps
    them as written; this says which figures a reader of the analysis did not get."""
    return [
        match.span("num")
        for match in _DIGITS_RE.finditer(text)
        if match.end("num") - match.start("num") > MAX_NUMERAL_CHARS
    ]


def unread_numeral_warnings(
    text: str,
    origin: str | None = None,
    *,
    spans: Sequence[tuple[int, int]] | None = None,
    line: int | None = None,
    written: str | None = None,
) -> list[InputWarning]:
    """One :class:`~factcheck.errors.InputWarning` for each numeral of ``text`` too long
    to read as a quantity (``spans``, else :func:`unread_numerals` of ``text``), placed in
    ``origin``: on ``line`` when given (a line of a batch); else on the line of ``written``
    (the input as read — a file with its header block, a page's markup) where the numeral
    is written, found in text order (no line when the markup splits it); else on the line
    of ``text`` itself. The one home of this warning, for ``Analysis.warnings`` and the
    reader (``RawDocument.with_numeral_warnings``). Newlines are counted once over the
    input, not from its start per numeral, so a line of 10,000 long figures stays linear.
    """
    found: list[InputWarning] = []
    cursor = counted_to = 0
    lines = 1
    source = text if written is None else written
    for start, end in unread_numerals(text) if spans is None else spans:
        where = line
        if where is None:
            at = start if written is None else source.find(text[start:end], cursor)
            if at >= 0:
                lines += source.count("\n", counted_to, at)
                counted_to = cursor = at
                where = lines
        message = (
            f"a number of {end - start:,} characters is too long to read as a quantity "
            f"(more than {MAX_NUMERAL_CHARS}); it is kept in the text as written"
        )
        found.append(InputWarning(message, origin, where))
    return found


def parse_number_words(phrase: str) -> int | None:
    """Value of a number written in words ("two million", "twenty-five", "a dozen")."""
    words = re.findall(r"[a-z]+", phrase.lower())
    total = current = 0
    seen = False
    for word in words:
        if word in ("and", "a", "an"):
            continue
        if word == "dozen":  # "two dozen" is 24: a dozen multiplies, as "hundred" does
            current = max(current, 1) * 12
        elif word in _UNITS_WORDS:
            current += _UNITS_WORDS[word]
        elif word in _TENS_WORDS:
            # "nineteen ninety-eight", "twenty twenty": a tens word after a number of
            # 10-99 starts its last two digits (a year as said aloud), never adds to it.
            current = (
                current * 100 + _TENS_WORDS[word]
                if current % 100 >= 10
                else current + _TENS_WORDS[word]
            )
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


# --------------------------------------------------------------------------------------
# Units
# --------------------------------------------------------------------------------------

# unit word -> (canonical unit, factor to the canonical unit). Dimensions never mix: a
# count is not compared with a length, and dollars are not converted to euros.
_UNIT_TABLE: dict[str, tuple[str, float]] = {}


def _units(canonical_unit: str, factor: float, *words: str) -> None:
    for word in words:
        _UNIT_TABLE[word] = (canonical_unit, factor)


# "pc" is British wire shorthand for per cent ("rose 12pc").
_units("%", 1, "%", "percent", "per cent", "pct", "p.c.", "p.c", "pc")
_units("pp", 1, "percentage points", "percentage point", "pp")
# A basis point is a hundredth of a percentage point: "25bp" is 0.25 pp, never 25 %.
_units("pp", 0.01, "basis points", "basis point", "bp", "bps")
_units("m", 1, "m", "metre", "metres", "meter", "meters")
_units("m", 1000, "km", "kilometre", "kilometres", "kilometer", "kilometers")
_units("m", 0.01, "cm", "centimetre", "centimetres", "centimeter", "centimeters")
_units("m", 0.001, "mm", "millimetre", "millimetres", "millimeter", "millimeters")
_units("m", 1609.344, "mi", "mile", "miles")
_units("m", 0.3048, "ft", "foot", "feet")
_units("m", 0.0254, "inch", "inches")
_units("kg", 1, "kg", "kilogram", "kilograms", "kilo", "kilos")
_units("kg", 0.001, "g", "gram", "grams")
_units("kg", 1000, "t", "tonne", "tonnes", "metric tons")
_units("kg", 907.18474, "tons", "ton")
_units("kg", 0.45359237, "lb", "lbs")
_units("m/s", 1 / 3.6, "km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour")
_units("m/s", 0.44704, "mph", "miles per hour")
_units("m/s", 1, "m/s", "metres per second", "meters per second")
_units("m2", 1, "square metres", "square meters", "sq m", "m2", "m²")
_units("m2", 1_000_000, "square kilometres", "square kilometers", "sq km", "km2", "km²")
_units("m2", 10_000, "hectares", "hectare", "ha")
_units("m2", 4046.8564224, "acres", "acre")
_units("l", 1, "l", "litre", "litres", "liter", "liters")
_units("l", 1000, "cubic metres", "cubic meters", "m3", "m³")
_units("°C", 1, "°c", "degrees celsius", "degrees c", "c")
_units("°F", 1, "°f", "degrees fahrenheit", "degrees f", "f")
_units("s", 1, "seconds", "second", "secs", "sec", "s")
_units("s", 60, "minutes", "minute", "mins", "min")
_units("s", 3600, "hours", "hour", "hrs", "hr", "h")
_units("day", 1, "days", "day")
_units("day", 7, "weeks", "week")
_units("month", 1, "months", "month")
_units("month", 12, "years", "year", "yrs")
# Currencies: canonical unit -> the names an amount is written with, singular and plural
# (and the adjectival forms that pick one currency among several of the same name). ISO
# 4217 codes where the name says which currency; a shared name ("pesos", "crowns",
# "dinars") keeps a canonical unit of its own, so "5 pesos" is compared only with pesos.
# Amounts are never converted; ``CURRENCIES`` lets the matcher hold two different ones
# for review instead of comparing their figures.
_CURRENCY_NAMES: dict[str, tuple[str, ...]] = {
    "USD": ("dollars", "dollar", "usd", "us dollars", "u.s. dollars"),
    "EUR": ("euros", "euro", "eur"),
    "GBP": ("gbp", "pounds sterling", "sterling"),
    "JPY": ("yen", "jpy", "japanese yen"),
    "CHF": ("swiss francs", "swiss franc", "francs", "franc", "chf"),
    "INR": ("rupees", "rupee", "inr", "indian rupees", "indian rupee"),
    "PKR": ("pakistani rupees", "pakistani rupee", "pkr"),
    "LKR": ("sri lankan rupees", "sri lankan rupee", "lkr"),
    "NPR": ("nepalese rupees", "nepali rupees", "npr"),
    "CAD": ("canadian dollars", "canadian dollar", "cad"),
    "AUD": ("australian dollars", "australian dollar", "aud"),
    "NZD": ("new zealand dollars", "nzd"),
    "HKD": ("hong kong dollars", "hkd"),
    "SGD": ("singapore dollars", "sgd"),
    "CNY": ("yuan", "renminbi", "rmb", "cny", "chinese yuan"),
    "PLN": ("zloty", "zlotys", "zlotych", "złoty", "złotys", "złotych", "pln"),
    "CZK": ("koruna", "korunas", "koruny", "korun", "czk", "czech crowns", "czech koruna"),
    "SEK": ("krona", "kronor", "sek", "swedish crowns", "swedish krona", "swedish kronor"),
    "NOK": ("norwegian crowns", "norwegian krone", "norwegian kroner", "nok"),
    "DKK": ("danish crowns", "danish krone", "danish kroner", "dkk"),
    "ISK": ("icelandic krona", "icelandic kronur", "isk"),
    # "krone"/"kroner" alone is Danish or Norwegian; "crowns" alone any of the four.
    "krone": ("krone", "kroner"),
    "crown": ("crowns", "crown"),
    "HUF": ("forint", "forints", "huf"),
    "RON": ("lei", "leu", "ron", "romanian lei"),
    "BGN": ("leva", "levs", "lev", "bgn"),
    "RUB": ("roubles", "rouble", "rubles", "ruble", "rub"),
    "UAH": ("hryvnias", "hryvnia", "hryvnas", "hryvna", "uah"),
    "TRY": ("turkish lira", "turkish liras"),
    "lira": ("lira", "liras", "lire"),
    "ILS": ("shekels", "shekel", "new shekels", "ils", "nis"),
    "KRW": ("won", "krw", "south korean won"),
    "MYR": ("ringgit", "ringgits", "myr"),
    "THB": ("baht", "bahts", "thb"),
    "IDR": ("rupiah", "rupiahs", "idr"),
    "VND": ("dong", "vnd"),
    "BDT": ("taka", "takas", "bdt"),
    "PHP": ("philippine pesos", "philippine peso", "php"),
    "MXN": ("mexican pesos", "mexican peso", "mxn"),
    "ARS": ("argentine pesos", "argentinian pesos", "ars"),
    "peso": ("pesos", "peso"),
    "BRL": ("reais", "real", "reals", "brazilian reais", "brl"),
    "ZAR": ("rand", "rands", "zar", "south african rand"),
    "NGN": ("naira", "nairas", "ngn"),
    "GHS": ("cedis", "cedi", "ghs"),
    "KES": ("kenyan shillings", "kes"),
    "shilling": ("shillings", "shilling"),
    "ETB": ("birr", "birrs", "etb"),
    "AED": ("uae dirhams", "emirati dirhams", "aed"),
    "MAD": ("moroccan dirhams", "mad"),
    "dirham": ("dirhams", "dirham"),
    "SAR": ("saudi riyals", "sar"),
    "QAR": ("qatari riyals", "qar"),
    "riyal": ("riyals", "riyal"),
    "rial": ("rials", "rial"),
    "dinar": ("dinars", "dinar"),
    "EGP": ("egyptian pounds", "egp"),
}
for _code, _names in _CURRENCY_NAMES.items():
    _units(_code, 1, *_names)
#: Canonical units of money: two amounts in different ones are never compared as numbers.
#: "pound" is left out: after a figure it is money in one story, weight in another.
CURRENCIES: frozenset[str] = frozenset(_CURRENCY_NAMES)
# Currency names that are also everyday English words after a figure ("12 won seats",
# "3 real problems", "a 2 dong ..."): read as money only where the name ends the phrase.
_CURRENCY_WORDS_IN_CONTEXT = frozenset(
    {"won", "real", "dong", "mad", "lev", "nis", "rub", "ron", "php", "sterling", "franc", "crown"}
)
_MONEY_PHRASE_END_RE = re.compile(
    r"(?:\s*(?:[.,;:!?)\]]|$)|\s+(?:in|of|for|a|an|per|to|from|and|or|on|each|apiece|at|by|"
    r"with|last|this|than|over|into|under|was|were|is|are|has|had|will|would|have|been)\b)",
)
#: One-word currency names that name money wherever they stand ("yuan", "rupees",
#: "zloty", "dollars"), for readers that only need to know money is named
#: (check-worthiness); everyday words among them ("won", "real", "crown") and the ISO
#: codes (:data:`CURRENCY_CODES`) are left out.
CURRENCY_WORDS: frozenset[str] = frozenset(
    name
    for code, names in _CURRENCY_NAMES.items()
    for name in names
    if " " not in name
    and not (code.isupper() and name == code.lower())
    and name not in _CURRENCY_WORDS_IN_CONTEXT
)
#: ISO 4217 codes of the currencies above ("USD", "PLN"), in lower case: a code names
#: money when written in capitals ("cad", "mad" are words).
CURRENCY_CODES: frozenset[str] = frozenset(
    code.lower() for code in _CURRENCY_NAMES if len(code) == 3 and code.isupper()
)
# "pounds" after a number is money in one story and weight in the next; such figures are
# compared only with each other.
_units("pound", 1, "pounds", "pound")
_units("cent", 1, "cents", "cent")
_units("pence", 1, "pence")
_units("points", 1, "points", "point", "pts")
_units("kWh", 1, "kwh", "kilowatt hours", "kilowatt-hours")
_units("W", 1_000_000, "mw", "megawatts", "megawatt")
_units("W", 1_000, "kw", "kilowatts", "kilowatt")

_CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
#: Currency names written after an amount ("euro", "dollar", "zloty"), in lower case:
#: the sentence cutter keeps "3,5 Mrd. Euro" whole (a scale abbreviation before a
#: capitalised currency does not end a sentence).
CURRENCY_NAMES: frozenset[str] = frozenset(n for names in _CURRENCY_NAMES.values() for n in names)
# The signs that open an amount of money, for the readers that only need to know one is
# there (sentence cutting, check-worthiness, name detection).
CURRENCY_SIGNS: frozenset[str] = frozenset(_CURRENCY_SYMBOLS)
_UNIT_AFTER_RE = re.compile(
    r"\s*(?:-\s*)?(?P<unit>"
    + "|".join(re.escape(u) for u in sorted(_UNIT_TABLE, key=len, reverse=True))
    + r")(?![\w/²³])",
    re.IGNORECASE,
)
# "C" and "F" alone are too often initials or grades to read as degrees; "°C" is safe, and
# so is a capital glued to the digits ("12C", "54F"): a grade or an initial is spaced.
_AMBIGUOUS_UNITS = {"c", "f"}


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as a claim states it.

    ``value`` is in the canonical ``unit`` ("" for plain counts, "%" for percent, "USD"
    for dollars, "m" for lengths...). ``approx`` records the approximator the writer put in
    front of it, and ``precision`` the half-width the written digits imply ("6.2" is
    6.15..6.25, "1.1 million" 1.05..1.15 million); ``bounds`` turns both into the interval
    of values the claim allows, which is what a comparison needs.
    """

    value: float
    unit: str
    approx: Approx
    span: tuple[int, int]
    text: str
    precision: float = 0.0
    high: float | None = None
    #: The value is known only up to a whole number of this (a time of day whose half of
    #: the day is unsaid, "at 10:30", is 630 or 630 + 720 minutes): see :meth:`readings`.
    modulo: float | None = None

    def readings(self) -> tuple[Quantity, ...]:
        """The figures this one may stand for: itself, or for a value known only up to
        ``modulo`` the value as read and the value one ``modulo`` later ("at 10:30" is
        10:30 or 22:30), each without a modulo. A clock has two halves of a day, so two
        readings cover every time a writer may have meant."""
        if not self.modulo:
            return (self,)
        step = self.modulo
        return tuple(
            replace(
                self,
                value=self.value + k * step,
                high=None if self.high is None else self.high + k * step,
                modulo=None,
            )
            for k in (0, 1)
        )

    @property
    def proportion(self) -> float | None:
        """The share as a 0..1 fraction ("half" and "50%" are 0.5), or None for non-shares."""
        return self.value / 100 if self.unit == "%" else None

    def bounds(self, about: float = 0.1, resolution: float | None = None) -> tuple[float, float]:
        """Interval of true values compatible with the claim.

        ``about`` is the relative slack "about"/"roughly" buy; "nearly" gets the same slack
        below the value only. A bound word ("more than", "just over", "under", "up to",
        "at least", "nearly") bounds the true value by the figure as written, read at the
        ``resolution`` of the figure it is compared with when that is finer than its own:
        "just over 6%" is not "more than 6.5%" because "6" is a whole number, so it admits
        6.1% (6.05-6.15) but not 6.0% or 6% (a whole-number figure is read to the half unit,
        which keeps "more than 30" apart from "30").
        """
        v, p = self.value, self.precision
        edge = p if resolution is None else min(p, resolution)
        # "about 9 p.m." is a writer rounding to the half hour, whatever the hour: a slack
        # relative to the minutes since midnight would grant 2 hours at 9 p.m., 18 minutes
        # at 3 a.m.
        slack = max(CLOCK_ABOUT_MINUTES if self.unit == CLOCK else abs(v) * about, p)
        match self.approx:
            case "about":
                return (v - slack, v + slack)
            case "nearly":
                return (v - slack, v + edge)
            case "at_least":
                return (v - edge, math.inf)
            case "more_than":
                return (v + edge, math.inf)
            case "at_most":
                return (-math.inf, v + edge)
            case "less_than":
                return (-math.inf, v - edge)
            case "range":
                return (v - p, (self.high if self.high is not None else v) + p)
            case _:
                return (v - p, v + p)

    def compatible(self, other: Quantity, about: float = 0.1) -> bool:
        """Whether both claims can be true of one value (their intervals meet).

        Each side's bound is read at the finer of the two written precisions (see
        :meth:`bounds`), so the relation is the same in both orders. Two figures stated
        plainly in digits agree when the finer lies strictly inside the coarser one's
        rounding: "2.34%" fits "2.3%", but "4.5%" and "5.5%" (on the edge) do not fit
        "5%", so a whole number is not read as +-0.5 of itself. Two estimates
        ("about", "nearly" on both sides) are compatible only when one figure lies in
        the other's interval: "about 500" and "around 600" are two different estimates
        (each ±10 %, yet 20 % apart), while "about 500" and "around 530" agree.
        """
        if self.unit != other.unit:
            return False
        if self.modulo or other.modulo:
            # "at 10:30" (half of the day unsaid) fits "10.30pm" and "10:30 am", not
            # "11:30": compatible when some reading of one fits some reading of the other.
            return any(
                a.compatible(b, about) for a in self.readings() for b in other.readings()
            )
        lo1, hi1 = self.bounds(about, other.precision)
        lo2, hi2 = other.bounds(about, self.precision)
        if self.approx == "exact" and other.approx == "exact" and (
            _digit_step(self.precision) and _digit_step(other.precision)
        ):
            # Two figures stated plainly, in written digits: the finer one agrees only
            # when it lies strictly inside the coarser one's rounding ("2.34%" rounds to
            # "2.3%", "1,134,000" to "1.1 million"). A figure on the very edge of that
            # rounding is a half step the writer chose to state, not to round: "4.5%" or
            # "5.5%" beside "5%", "4.5 million" beside "5 million" are other figures.
            # Overlapping intervals would let a whole number stand for +-0.5 of itself.
            coarse, fine = (self, other) if self.precision >= other.precision else (other, self)
            # a hair under the half step, so float error ("2.3" - 0.05) keeps "2.25" out
            half = coarse.precision * (1 - 1e-9)
            return coarse.value - half < fine.value < coarse.value + half
        if self.approx in _ESTIMATES and other.approx in _ESTIMATES:
            # Two estimates ("about 500" / "around 600"): each approximator allows its
            # own figure's rounding, not the gap between two sources' figures. Letting
            # both intervals meet would sum the slack (20 % apart called one figure),
            # so one figure must lie within the other's interval.
            return lo1 <= other.value <= hi1 or lo2 <= self.value <= hi2
        # Intervals must overlap by more than a point: "52" (51.5-52.5) and "51"
        # (50.5-51.5) touch but are different counts, and "more than 30" excludes 30.
        return lo1 < hi2 and lo2 < hi1

    def describe(self) -> str:
        """The figure as the article wrote it ("60 km/h", "about 40 km/h", "$212 million").

        The value compared is converted (``value``/``unit``: m/s, USD, metres), but a reader
        checks a reason against the article, so reasons show its own words. A quantity built
        without its text falls back to the converted form ("at least 15", "about 2,500%").
        """
        written = " ".join(self.text.split())
        first = written.split(" ", 1)[0]
        if first.isalpha() and first[:1].isupper() and first[1:].islower():
            # "About 300", "Nine": capitalised only because it starts the sentence
            written = written[:1].lower() + written[1:]
        if written:
            return written
        return self.converted()

    def converted(self) -> str:
        """The normalised value in short human form: "at least 15", "about 16.6667 m/s"."""
        prefix = {
            "exact": "",
            "about": "about ",
            "nearly": "nearly ",
            "at_least": "at least ",
            "more_than": "more than ",
            "at_most": "at most ",
            "less_than": "less than ",
            "range": "",
        }[self.approx]
        body = _format_number(self.value)
        if self.approx == "range" and self.high is not None:
            body += "-" + _format_number(self.high)
        unit = self.unit
        if not unit:
            return prefix + body
        if unit == "%":
            return f"{prefix}{body}%"
        return f"{prefix}{body} {unit}"

    def normalized(self) -> str:
        """Token for whole-string comparison: value and unit, approximator dropped; a
        time of day as its hour and minutes ("3 a.m." → "3h", "14:30" → "14h30")."""
        if self.unit == CLOCK:
            hours, minutes = divmod(int(self.value), 60)
            return f"{hours}h{minutes:02d}" if minutes else f"{hours}h"
        return _format_number(self.value).replace(",", "") + self.unit.lower()


#: Approximators that widen a figure on both sides or below it: an estimate of one value.
_ESTIMATES = frozenset({"about", "nearly"})


def _digit_step(precision: float) -> bool:
    """Whether ``precision`` is half a unit of a written digit (0.5 x a power of ten).

    Figures in digits ("4.5%", "5 million", "1,184") and number words ("nine") have
    such a precision; a share in words ("half", +-2.5 points), a count in halves ("two
    and a half million") or a figure converted from another unit ("60 mph" in km/h) do
    not, and keep their own width: they say a figure loosely by nature.
    """
    if precision <= 0:
        return False
    exponent = math.log10(precision / 0.5)
    return abs(exponent - round(exponent)) < 1e-9


def _format_number(value: float) -> str:
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.6g}" if abs(value) >= 1000 else f"{value:.6g}"


@cache
def _approximator_re() -> re.Pattern[str]:
    phrases = sorted(lexicon().approximators, key=len, reverse=True)
    body = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"(?:^|(?<=[\s(]))(?P<phrase>{body})\s*$", re.IGNORECASE)


def find_approximator(prefix: str) -> tuple[str, str] | None:
    """The approximator ending ``prefix`` (the text just before a number), and its kind."""
    match = _approximator_re().search(prefix[-40:])
    if not match:
        return None
    phrase = match.group("phrase")
    return phrase, lexicon().approximators[phrase.lower()]


def comparative_at(words: Sequence[str], at: int) -> int:
    """How many of ``words`` (lower case, one word each) from ``at`` on form a
    comparison of a figure with another: a bound of the ``more_than`` or ``less_than``
    kinds of ``[approximators]`` ("more than", "over", "fewer than", "below"), graded or
    not by an intensifier of ``[comparatives]`` ("far more than", "well over", "many
    fewer than", "a lot less than"); 0 when none starts there.

    Such a phrase bounds a figure or compares it with one given elsewhere ("burned 6,500
    hectares, far more than the service said"): it is never what a figure counts, a
    subject's head or a speaker (tester report, fault 5: "far" was read as what 6,500
    hectares measured, so the claim missed a conflict)."""
    lex = lexicon()
    start = at
    for phrase in sorted(lex.comparative_intensifiers, key=len, reverse=True):
        if tuple(words[at : at + len(phrase)]) == phrase:
            at += len(phrase)
            break
    for phrase, length in _comparative_bounds():
        if tuple(words[at : at + length]) == phrase:
            return at + length - start
    return 0


@cache
def _comparative_bounds() -> tuple[tuple[tuple[str, ...], int], ...]:
    """The bound phrases of ``comparative_at`` as words, longest first."""
    phrases = {
        tuple(phrase.split())
        for phrase, kind in lexicon().approximators.items()
        if kind in ("more_than", "less_than") and phrase not in lexicon().threshold_verbs
    }
    return tuple((p, len(p)) for p in sorted(phrases, key=len, reverse=True))


#: Scale words a figure written in full never keeps: style guides write a count in the
#: hundreds or thousands out in digits ("3,000", "3,500", "300,000") and keep only the
#: larger scales ("3 million", "2.5 million", "12 lakh"). "Three thousand" opening a
#: sentence is how "3,000" is spelled there (a sentence does not start with digits), so
#: it is a count as exact as "3,000", while "three million" counts in millions as
#: "3 million" does (AP Stylebook, "numerals"; Chicago Manual of Style 9.2-9.8).
SPELLED_OUT_SCALES = frozenset({"hundred", "thousand"})


def _decimals_needed(value: float, most: int = 3) -> int | None:
    """How many decimal places write ``value`` exactly (2.5 -> 1, 3 -> 0, 2.25 -> 2), or
    None when more than ``most`` would be needed (a third: 0.333...)."""
    for places in range(most + 1):
        scaled = value * 10**places
        if abs(scaled - round(scaled)) < 1e-9 * max(1.0, abs(scaled)):
            return places
    return None


def written_precision(units: float, scale: float, scale_word: str = "") -> float | None:
    """The precision a figure has when written in digits the way a style guide writes it.

    ``units`` is the figure in ``scale``'s units (2.5 for "two and a half million", 3 for
    "three thousand"), ``scale_word`` the word that scale was said with. The precision is
    half a unit in the last digit of that written form, the same whether the writer used
    digits or words: "two and a half million" is "2.5 million" (+-50,000), "three
    million" is "3 million" (+-500,000), and "three thousand" or "three and a half
    thousand" are "3,000" and "3,500", counts (+-0.5), since a scale word in
    :data:`SPELLED_OUT_SCALES` is written out in full. None when the figure has no short
    decimal form ("two and a third million"): the caller keeps the grain of the fraction.
    """
    if scale_word.lower() in SPELLED_OUT_SCALES or scale <= 1:
        places = _decimals_needed(units * scale)
        return None if places is None else 0.5 * 10.0**-places
    places = _decimals_needed(units)
    return None if places is None else 0.5 * 10.0**-places * scale


def _decimal_precision(number: str, scale: float) -> float:
    """Half a unit in the last written digit, so "6.2" allows 6.15-6.25.

    Whole numbers written without a scale word are taken as exact counts (precision 0.5):
    "1,184 participants" is a count, not a rounded figure.
    """
    if "." in number:
        decimals = len(number.split(".")[1])
        return 0.5 * 10.0**-decimals * scale
    return 0.5 * scale if scale > 1 else 0.5


#: The unit of a time of day read by :func:`times_of_day`: minutes after midnight.
CLOCK = "clock"
#: Minutes in half a day: a time whose half of the day is unsaid ("at 10:30", "3 o'clock",
#: "half past three") is a clock figure known up to this (:attr:`Quantity.modulo`).
HALF_DAY_MINUTES = 720
#: The slack "about"/"shortly after" gives a time of day, in minutes: writers round a
#: time to the half hour ("about 9 p.m." for 8.40 or 9.20), whatever the hour.
CLOCK_ABOUT_MINUTES = 30
_CLOCK_HOUR_WORDS = {
    w: n
    for n, w in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve"),
        start=1,
    )
}
_HOUR_WORD = "|".join(_CLOCK_HOUR_WORDS)
# "3 a.m.", "3am", "11.30pm", "2:15 p.m.", "12 noon" is below. The hour is one of twelve.
_TWELVE_HOUR_RE = re.compile(
    r"(?<![\w.,:])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*"
    r"(?P<half>[ap])(?:\.\s?m\b\.?|\s?m\b)",
    re.IGNORECASE,
)
# "14:30", "09:05", "0:40", "14:30:15": a clock of 24 hours written with a colon.
_COLON_TIME_RE = re.compile(
    r"(?<![\w.,:/])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::[0-5]\d)?(?![\d:]|[.,]\d)"
)
# "0300 GMT", "1430 local time", "at 0600 hours": a military or wire-service time.
_ZONED_TIME_RE = re.compile(
    r"(?<![\w.,])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*"
    r"(?:(?-i:GMT|UTC|BST|CET|CEST|EET|EST|EDT|CST|CDT|PST|PDT|Z)\b|local\s+time\b"
    r"|(?<=at\s\d{4}\s)(?:hrs|hours)\b)",
    re.IGNORECASE,
)
# "3 o'clock", "three o'clock in the afternoon"
_OCLOCK_RE = re.compile(
    rf"(?<![\w.,])(?P<h>1[0-2]|0?[1-9]|{_HOUR_WORD})\s+o['’]\s?clock"
    r"(?:\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<night>night)))?",
    re.IGNORECASE,
)
# "half past three", "a quarter to ten", "twenty past six": the hour is spelled and the
# half of the day unsaid.
_PAST_TO_RE = re.compile(
    rf"\b(?:(?:a\s+)?quarter|half|(?:\d{{1,2}}|[a-z]+(?:-[a-z]+)?)\s+minutes?|ten|five"
    rf"|twenty(?:-five)?)\s+(?:past|to|after)\s+(?:{_HOUR_WORD}|1[0-2]|[1-9])"
    # the hour ends the phrase: "cut by a quarter to 1,600" or "to ten staff" is no time
    r"(?=\s*(?:[,.;:!?)](?!\d)|$|(?:on|in|at|this|that|last|yesterday|today|tonight|when|and"
    r"|local|GMT|UTC)\b))",
    re.IGNORECASE,
)
# Words before a time that bound it: "by 3 p.m." is at that time or before.
_CLOCK_BOUNDS = (
    (re.compile(r"\b(?:shortly|just|soon)\s+(?:after|before)\s+$", re.IGNORECASE), "about"),
    (re.compile(r"\b(?:about|around|approximately|roughly|circa)\s+$", re.IGNORECASE), "about"),
    (re.compile(r"\b(?:by|until|till|no\s+later\s+than)\s+$", re.IGNORECASE), "at_most"),
    (re.compile(r"\bbefore\s+$", re.IGNORECASE), "less_than"),
    (re.compile(r"\b(?:after|later\s+than)\s+$", re.IGNORECASE), "more_than"),
    (re.compile(r"\b(?:since|from)\s+$", re.IGNORECASE), "at_least"),
)
# A colon time after one of these words is a time of day whatever follows ("at 10:30").
_COLON_CUE_BEFORE_RE = re.compile(
    r"\b(?:at|by|until|till|before|after|around|about|approximately|since|from|to)\s+$",
    re.IGNORECASE,
)
_COLON_CUE_AFTER_RE = re.compile(
    r"\s*(?:(?-i:GMT|UTC|BST|CET|CEST|EET|EST|EDT|CST|CDT|PST|PDT)\b|local\s+time\b|hrs\b)",
    re.IGNORECASE,
)
# Otherwise "N:MM" is a time of day unless its context makes it something else (issue #10):
# a duration ("finished in 2:05", "a time of 1:45", "clocked 3:52:10"), a score or a tally
# ("won 3:15", "beat Leeds 2:10", "a 3:15 win"), a ratio ("a ratio of 1:50", "odds of
# 2:15"), or a reference to a chapter and verse ("John 3:16", "chapter 3:16").
_NOT_CLOCK_BEFORE_RE = re.compile(
    r"(?:\b(?:in|within|of|for|clocked|clocking|timed|lasted|lasting|took|ran|runs"
    r"|finished|won|wins|win|lost|lose|loses|beat|beats|beaten|defeated|drew|draw|tied|led"
    r"|leads|trailed|scored|score|scoreline|chapter|chapters|verse|verses|section"
    r"|article|psalm|surah|sura)"
    # a team or a book named between the word and the figure ("beat Leeds 2:10")
    r"(?:\s+[A-Z][\w'’-]*){0,2}"
    r"|\b(?P<name>[A-Z][a-z]+\.?))\s+$",
)
_NOT_CLOCK_AFTER_RE = re.compile(
    r"\s*(?:-|–)?\s*(?:wins?|victory|defeat|loss|draw|lead|margin|majority|split|ratio"
    r"|odds|minutes?|mins?|hours?|seconds?|secs?)\b",
    re.IGNORECASE,
)
_NOT_CLOCK_CONTEXT_RE = re.compile(
    r"\b(?:ratios?|odds|scale|proportion)\b(?:(?![.;!?]).){0,40}$", re.IGNORECASE
)
# "half past three", "a quarter to ten", "twenty past six": minutes before/after the hour.
_PAST_TO_MINUTES = {
    "quarter": 15,
    "half": 30,
    "five": 5,
    "ten": 10,
    "twenty": 20,
    "twenty-five": 25,
}


def _colon_is_no_clock(text: str, match: re.Match[str]) -> bool:
    """Whether an uncued "N:MM" is a duration, a score, a ratio or a reference, not a time
    of day: its words before or after say so (:data:`_NOT_CLOCK_BEFORE_RE`), or it gives
    seconds with no word of time ("3:52:10" is a race time)."""
    start, end = match.span()
    if text[match.end("m") : end].startswith(":"):
        return True  # hours, minutes and seconds with no word of time: a duration
    before = _NOT_CLOCK_BEFORE_RE.search(text, max(0, start - 40), start)
    if before and not (
        before["name"] and before["name"].rstrip(".").lower() in WEEKDAY_AND_MONTH_NAMES
    ):
        return True
    return bool(
        _NOT_CLOCK_AFTER_RE.match(text, end)
        or _NOT_CLOCK_CONTEXT_RE.search(text, max(0, start - 60), start)
    )


def _past_to_minutes(phrase: str) -> int | None:
    """Minutes after midnight, in the first half of the day, of "half past three", "a
    quarter to ten", "20 minutes past six" (None for a phrase not read)."""
    words = phrase.lower().replace("minutes", "").replace("minute", "").split()
    if words and words[0] == "a":
        words = words[1:]
    if len(words) < 3 or words[-2] not in ("past", "to", "after"):
        return None
    hour_word = words[-1]
    hour = _CLOCK_HOUR_WORDS.get(hour_word) or (int(hour_word) if hour_word.isdigit() else 0)
    amount = " ".join(words[:-2])
    minutes = _PAST_TO_MINUTES.get(amount)
    if minutes is None:
        minutes = int(amount) if amount.isdigit() else parse_number_words(amount)
    if not hour or minutes is None or not 0 < minutes < 60:
        return None
    total = (hour % 12) * 60 + (minutes if words[-2] != "to" else -minutes)
    return total % (HALF_DAY_MINUTES * 2)


def times_of_day(text: str) -> tuple[Quantity, ...]:
    """The times of day ``text`` writes, in text order, as quantities of unit
    :data:`CLOCK` whose value is the minutes after midnight ("3 a.m." 180, "11.30pm"
    1410, "14:30" 870, "0300 GMT" 180, "three o'clock in the afternoon" 900); a word
    before the time bounds it ("by 3 p.m." at most, "after 9pm" more than, "about 3 a.m."
    about). A time whose half of the day is unsaid ("3 o'clock", "half past three", "at
    10:30") is a clock figure with two readings: its value is in the first half of the
    day and :attr:`Quantity.modulo` is :data:`HALF_DAY_MINUTES`, so "10:30" fits
    "10.30pm" and "10:30 am" but not "11:30" (reader F6).

    "N:MM" with no word of time before it is a time of day unless its context makes it a
    duration, a score, a ratio or a chapter and verse (:func:`_colon_is_no_clock`): those
    are listed with unit ``""``, read as no figure at all, neither a count nor a time.

    A time of day says when, never how many: "Three people died at 3 a.m." gives one
    count, 3 people, and one time, and "The ferry sank at 3 a.m." / "… at 5 a.m." differ
    only as times (issue #10)."""
    if not any(c.isdigit() for c in text) and "clock" not in text.lower() and not (
        re.search(r"\b(?:past|to|after)\b", text, re.IGNORECASE)
    ):
        return ()
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(span: tuple[int, int], minutes: int | None, modulo: float | None = None) -> None:
        if any(s < span[1] and span[0] < e for s, e in taken):
            return
        taken.append(span)
        if minutes is None:
            found.append(Quantity(0.0, "", "exact", span, text[span[0] : span[1]]))
            return
        approx: Approx = "exact"
        before = text[max(0, span[0] - 24) : span[0]]
        for pattern, kind in _CLOCK_BOUNDS:
            if pattern.search(before):
                approx = kind  # type: ignore[assignment]
                break
        found.append(
            Quantity(
                float(minutes), CLOCK, approx, span, text[span[0] : span[1]], 0.5,
                modulo=modulo,
            )
        )

    for match in _TWELVE_HOUR_RE.finditer(text):
        hour = int(match["h"]) % 12 + (12 if match["half"].lower() == "p" else 0)
        add(match.span(), hour * 60 + int(match["m"] or 0))
    for match in _ZONED_TIME_RE.finditer(text):
        add(match.span(), int(match["h"]) * 60 + int(match["m"]))
    for match in _OCLOCK_RE.finditer(text):
        word = match["h"].lower()
        hour = _CLOCK_HOUR_WORDS[word] if word in _CLOCK_HOUR_WORDS else int(word)
        if match["part"] or match["night"]:
            evening = match["part"] in ("afternoon", "evening") or (
                match["night"] and hour != 12 and hour >= 6
            )
            add(match.span(), (hour % 12 + (12 if evening else 0)) * 60)
        else:
            add(match.span(), (hour % 12) * 60, HALF_DAY_MINUTES)
    for match in _COLON_TIME_RE.finditer(text):
        hour, written = int(match["h"]), match["h"]
        cued = _COLON_CUE_BEFORE_RE.search(
            text, max(0, match.start() - 16), match.start()
        ) or _COLON_CUE_AFTER_RE.match(text, match.end())
        if not cued and _colon_is_no_clock(text, match):
            add(match.span(), None)  # a score, a ratio, a reference or a duration
        elif hour == 0 or hour >= 13 or (len(written) == 2 and written.startswith("0")):
            add(match.span(), hour * 60 + int(match["m"]))
        else:
            # "at 10:30", "at 12:15": morning or evening
            add(match.span(), (hour % 12) * 60 + int(match["m"]), HALF_DAY_MINUTES)
    for match in _PAST_TO_RE.finditer(text):
        minutes = _past_to_minutes(match[0])
        add(match.span(), None if minutes is None else minutes % HALF_DAY_MINUTES,
            None if minutes is None else HALF_DAY_MINUTES)
    found.sort(key=lambda q: q.span)
    return tuple(found)


def find_quantities(text: str) -> tuple[Quantity, ...]:
    """Numbers with their units and approximators, skipping those that belong to dates."""
    return _find_quantities(text)


@lru_cache(maxsize=8192)
def _find_quantities(text: str) -> tuple[Quantity, ...]:
    # Which characters a date or an earlier quantity already covers: one flag per
    # character, so each check is O(1) instead of a scan of every span taken so far.
    taken = bytearray(len(text) + 1)

    def take(span: tuple[int, int]) -> None:
        taken[span[0] : span[1]] = b"\x01" * (span[1] - span[0])

    for date_found in find_dates(text):
        take(date_found.span)
    found: list[Quantity] = []
    for clock in times_of_day(text):
        # "at 3 a.m.", "at 14:30": a time of day is no count; one whose hour is certain
        # is a figure of its own unit ("clock", minutes after midnight), compared only
        # with other times of day.
        if clock.unit:
            found.append(clock)
        take(clock.span)
    for span in _not_figures(text):
        take(span)
    # Whole phrases first: "two-thirds of", "one in five", "several dozen" must not be
    # read word by word ("two", "five", "dozen").
    for phrase in (*_proportions(text), *_vague_shares(text), *_vague_amounts(text)):
        if not any(taken[phrase.span[0] : phrase.span[1]]):
            found.append(phrase)
            take(phrase.span)
    for start, end, value, precision in _numbers(text):
        # The number's first or last character inside a taken span.
        if taken[start] or taken[end - 1]:
            continue
        if not math.isfinite(value):
            # A numeral too long to read or beyond a float's range (unread_numerals)
            # measures nothing a claim can be checked against; its digits are no figure
            # either.
            take((start, end))
            continue
        quantity = _read_quantity(text, start, end, value, precision)
        if quantity is not None and _finite(quantity):
            found.append(quantity)
            take(quantity.span)
    for quantity in _vague_quantities(text):
        if not any(taken[quantity.span[0] : quantity.span[1]]):
            found.append(quantity)
    found.sort(key=lambda q: q.span)
    return tuple(_merge_ranges(text, found))


# Digits that are part of something other than a figure. An address ("example.org/2024/
# report", "desk2024@example.org"): its digits are characters of a name.
_ADDRESS_RE = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*",
    re.IGNORECASE,
)
# A telephone number: two to five groups of digits joined by single spaces, hyphens or
# dots, seven digits or more in all (E.164 numbers have at most 15). It is a phone number
# when written as one (a "+" country code, a trunk "0" or an area code in brackets) or
# right after a word that asks for one ("call 555-0123"); "2010-2015" and "12 345 678
# euros" are neither.
_PHONE_RE = re.compile(
    r"(?<![\w+.,])(?P<plus>\+\d{1,3}[ .-]?)?(?P<area>\(\d{2,5}\)[ .-]?)?"
    r"\d{2,5}(?:[ .-]\d{2,5}){1,4}(?![\w%]|[.,]\d)"
)
_PHONE_CUE_RE = re.compile(
    r"\b(?:call|calls|called|calling|phone|phoned|telephone|tel|hotline|helpline|dial|dialled"
    r"|dialed|ring|text|fax|mobile|number|line|whatsapp)\b[\s:.]*(?:on\s+|at\s+)?$",
    re.IGNORECASE,
)
_PHONE_DIGITS = 7
# "24/7", "9/11", "50/50": two short numbers glued by a slash (a date's "3/10" is read as
# a date before this is looked at).
_SLASHED_RE = re.compile(r"(?<![\w/.,])\d{1,2}/\d{1,2}(?![\w/]|[.,]\d)")
def _is_fraction_at(text: str, match: re.Match[str]) -> bool:
    """Whether the slashed digits of ``match`` are a proper fraction in use: after a
    whole number ("1 1/2") or before "of" ("3/4 of"), never "24/7", "9/11", "50/50"."""
    num, den = (int(x) for x in match.group().split("/"))
    if not 0 < num < den <= 16:
        return False
    return bool(
        re.search(r"(?<![\d.,])\b\d{1,3}\s+$", text[max(0, match.start() - 5) : match.start()])
        or re.match(r"\s+of\b", text[match.end() : match.end() + 4])
    )


# A number that names one of something: a word, one space, a whole number of at most four
# digits that no unit, percent sign or scale word follows.
_NAME_NUMBER_RE = re.compile(
    r"(?<![\w'’.@/-])(?P<word>No\.|[A-Za-z][A-Za-z'’&]*)[ \u00a0](?P<num>\d{1,4}[A-Z]?)"
    r"(?![\w%]|[.,]\d)"
)
# More numbers after a plural label: "Gates 4 and 5", "Piers 3 to 5", "rooms 4, 6 or 9".
_MORE_NAMES_RE = re.compile(r"(?:\s*(?:,|and|or|to|-|–|&)\s*\d{1,4}[A-Z]?(?![\w%]|[.,]\d))+")
_NEXT_WORD_RE = re.compile(r"\s*([A-Za-z]+)")


# "thirty-somethings", "a 20-something": a person of that decade of age, a noun; the
# number word names the decade, no quantity ("Eleven thirty-somethings" are 11 people).
_SOMETHING_RE = re.compile(
    r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|[1-9]0)[-–]?somethings?\b",
    re.IGNORECASE,
)


def _not_figures(text: str) -> Iterator[tuple[int, int]]:
    """Spans of digits that are part of a name, an address, a phone number or a code, so
    no quantity is read in them (see :func:`_name_numbers` for names), and of a decade of
    age used as a noun ("thirty-somethings")."""
    if "omething" in text:
        for match in _SOMETHING_RE.finditer(text):
            yield match.span()
    if not any(c.isdigit() for c in text):
        return
    if "/" in text or "@" in text or "www." in text:
        for match in _ADDRESS_RE.finditer(text):
            yield match.span()
        for match in _SLASHED_RE.finditer(text):
            if _is_fraction_at(text, match):
                continue  # "3/4 of the seats", "2 1/2 percent": a fraction, a figure
            yield match.span()
    for match in _PHONE_RE.finditer(text):
        digits = sum(c.isdigit() for c in match.group())
        if digits < _PHONE_DIGITS or digits > 15:
            continue
        written = match["plus"] or match["area"] or match.group().startswith("0")
        if written or _PHONE_CUE_RE.search(text, max(0, match.start() - 24), match.start()):
            yield match.span()
    yield from _name_numbers(text)


def _name_numbers(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the numbers in names: "Pier 4", "Gate 12", "Room 101", "Boeing 737",
    "the Kestrow 5". A count never follows such a word directly.

    The word is either a noun that names one of a series (the ``[labels]`` list of
    match_cues.toml: pier, gate, route, article, type…; a word of time or sequence such as
    "Day 3" or "Round 2" only when capitalised) or a capitalised word no dictionary knows
    (a name: "Boeing", "Covid", "FTSE"). Not a currency code before an amount ("USD 5
    million"), an approximator ("Approx 60"), a month, or a single letter. When the word
    is lower case or only a name, a noun right after the number shows it counts that noun
    ("In Leeds 40 nurses were hired", "the gate 12 guards" stay counts), unless:

    - the word is a capitalised noun of the dictionary (no adverb: "Yesterday 40 …" counts)
      with a noun after the number: "Windows 10 users", "Platform 3 staff" (a noun then a
      number then a noun is a name before a noun; nothing counts a noun that way);
    - the noun after a number other than one is singular: "the NHS 111 line", "a Boeing
      737 jet" (a count of several takes a plural, or a noun the same in both, "40 staff").
    """
    words = lexicon()
    for match in _NAME_NUMBER_RE.finditer(text):
        word = match["word"]
        lower = word.lower()
        num_end = match.end("num")
        unit = _UNIT_AFTER_RE.match(text, num_end)
        if unit and unit.group("unit").lower() not in _AMBIGUOUS_UNITS:
            continue  # "Leeds 40 km": a measure
        if _SCALE_AFTER_RE.match(text, num_end):
            continue
        if lower in DETERMINERS:
            # "All 12 miners", "Both 2 pilots", "Another 12 homes", "The 12 remaining
            # miners": a determiner goes with the count, it names nothing (#9)
            continue
        capitalised = word[0].isupper()
        plural = lower.endswith("s") and lower[:-1] in words.labels
        known = lemmas(lower)
        # "Windows 10 users", "Platform 3 staff": a capitalised noun of the dictionary right
        # before the number (never a word of time, nor one that may be an adverb).
        noun_name = (
            capitalised
            and len(word) > 1
            and "NOUN" in known
            and "ADV" not in known
            and lower not in MONTHS
            and lower not in words.time_labels
            and lower.rstrip(".") not in words.approximators
        )
        label = lower in words.labels or plural or (capitalised and lower in words.time_labels)
        if label:
            name = capitalised and not _sentence_initial(text, match.start())
        elif noun_name or (
            capitalised
            and len(word) > 1
            and not known
            and lower not in CURRENCY_CODES
            and lower not in MONTHS
            and lower.rstrip(".") not in words.approximators
        ):
            name = False
        else:
            continue
        if _TALLY_AFTER_RE.match(text, num_end) and any(
            t.span[0] == match.start("num") for t in find_tallies(text)
        ):
            continue  # "beat Velm 3-1": a score after the other side's name
        more = _MORE_NAMES_RE.match(text, num_end) if plural else None
        after = more.end() if more else num_end
        if not name and _counts_next_word(text, after):
            if not (noun_name or _singular_after_several(text, match["num"], after)):
                continue
        elif not name and noun_name and not label:
            continue  # "Rovers 2-0", "Storm Kills 40": only a noun after it makes a name
        yield match.start("num"), after


# Nouns that count several in the singular form ("40 staff", "300 sheep"): a singular noun
# after a number is no sign the number names something when the noun is one of them.
_SAME_IN_PLURAL = frozenset(
    {"staff", "people", "police", "personnel", "cattle", "livestock", "poultry", "sheep"}
    | {"deer", "fish", "salmon", "trout", "cod", "aircraft", "crew", "clergy", "faculty"}
    | {"offspring", "swine", "bison", "moose", "troops", "folk", "head", "workforce"}
)


def _singular_after_several(text: str, number: str, end: int) -> bool:
    """Whether the noun after ``number`` (ending at ``end``) is singular while the number
    is more than one: "the NHS 111 line" names a line, "40 nurses" counts them."""
    if number.lstrip("0") in ("1", ""):
        return False
    following = _NEXT_WORD_RE.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    nouns = lemmas(word).get("NOUN", ())
    return word in nouns and not word.endswith("s") and word not in _SAME_IN_PLURAL


def _counts_next_word(text: str, end: int) -> bool:
    """Whether the word after a number at ``end`` is a noun it counts ("40 nurses"): a
    lower-case word that can be a noun and is no past tense ("737 carried", "42 hit"
    and "5 were" name)."""
    following = _NEXT_WORD_RE.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    return word.islower() and "NOUN" in lemmas(word) and "VBD" not in verb_forms(word)


_SCORE_AFTER_RE = re.compile(r"\s*[-\u2013]\s*\d")
_TALLY_AFTER_RE = re.compile(r"\s*[-\u2013:]\s*\d")


def _counts_plural_next_word(text: str, end: int) -> bool:
    """Whether the word after a number at ``end`` is a plural noun it counts ("12 bills",
    "3 rivals"), not a singular noun opening what follows ("3,000 last year")."""
    if not _counts_next_word(text, end):
        return False
    following = _NEXT_WORD_RE.match(text, end)
    word = following.group(1) if following else ""
    return word not in lemmas(word).get("NOUN", (word,))


_SCALE_AFTER_RE = re.compile(
    r"\s*(?:thousand|million|billion|trillion|lakhs?|crores?|bn|tn|mln|mn|bln|k|m)\b",
    re.IGNORECASE,
)


# "dozens of people" is at least two dozen and fewer than a hundred; "tens of thousands"
# at least twenty thousand. Reading them as ranges lets "dozens" fit "about 40" but not
# "more than 200".
_VAGUE = {
    "dozens": (24, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
    "tens of millions": (20_000_000, 99_999_999),
    "hundreds of millions": (200_000_000, 999_999_999),
    "billions": (2_000_000_000, 9_999_999_999),
}
_VAGUE_RE = re.compile(
    r"\b(?P<phrase>" + "|".join(sorted(map(re.escape, _VAGUE), key=len, reverse=True)) + r")\b"
    r"(?=\s+(?:of\b|more\b|\w+ed\b|were\b|are\b|have\b|had\b))",
    re.IGNORECASE,
)


def _vague_quantities(text: str) -> Iterator[Quantity]:
    for match in _VAGUE_RE.finditer(text):
        low, high = _VAGUE[match.group("phrase").lower()]
        yield Quantity(
            value=float(low),
            unit="",
            approx="range",
            span=match.span("phrase"),
            text=match.group("phrase"),
            precision=0.0,
            high=float(high),
        )


# Context patterns around a number, matched in place (``pattern.match(text, pos)``,
# ``pattern.search(text, start, end)``) instead of on slices: a slice of the text before
# or after every number copies the whole text each time, quadratic on a long line of
# figures. Patterns ending in ``$`` look back at most _LOOKBACK characters.
_LOOKBACK = 120
_SHORT_SCALE_RE = re.compile(r"\s?(m|bn|b)\b", re.IGNORECASE)
_PERCENT_RE = re.compile(r"\s*%")
# "15+", "15 or more", "sixty-plus", "thirty-odd" (thirty and some more): at least.
# A verb of change whose "up" is its particle: "pushing the rate up to 3.4%", "shares went
# up to $12", "revised its forecast up to 2%", "inflation picked up to 3.4%". There "up
# to" gives the level reached, not a ceiling ("up to 200 homes", "faces up to five
# years"). The verb is the last one before "up to" in its clause: at most five words
# between, and no comma or clause word.
_CHANGE_VERB = (
    r"(?:push|drive|drove|send|sent|bring|brought|lift|raise|jump|go|goes|went|gone|"
    r"climb|shoot|shot|ramp|rise|rose|risen|tick|edge|inch|creep|crept|revise|mark|step|"
    r"bump|ratchet|hike|nudge|soar|surge|spike|pick|speed|sped)"
    r"(?:s|es|ed|d|ing|en)?"
)
_LEVEL_UP_TO_RE = re.compile(
    rf"\b{_CHANGE_VERB}\b(?:\s+(?!(?:and|or|but|while|which|who|that)\b)[\w'%.$€£-]+){{0,5}}"
    r"\s+up\s+to\s*$",
    re.IGNORECASE,
)


def level_reached(prefix: str, phrase: str) -> bool:
    """Whether "up to" ending ``prefix`` is a verb's particle, so the figure after it is a
    level reached ("pushed the rate up to 3.4%") rather than a ceiling ("up to 200").

    ``prefix`` is the text before the figure, ending with ``phrase`` (the bound words
    found there); only ``phrase == "up to"`` can be a particle. Shared by the number
    reader and the markers (:mod:`factcheck.mark`), so both read one phrase one way.
    """
    if phrase.lower() != "up to":
        return False
    clause = re.split(r"[,;:()]", prefix)[-1][-80:]
    match = _LEVEL_UP_TO_RE.search(clause)
    # "can go up to 5,000 euros", "could rise up to 3%": a modal makes it a ceiling again.
    return match is not None and not _MODAL_END_RE.search(clause, 0, match.start())


_MODAL_END_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(_MODALS))})(?:\s+(?:not|be|have))*\s+$", re.IGNORECASE
)


# A multiplier before "as many as"/"as much as": "twice as many as", "three times as much
# as", "half as many as".
_MULTIPLIER_END_RE = re.compile(r"\b(?:twice|thrice|half|times)\s*$", re.IGNORECASE)
_PLUS_RE = re.compile(r"\+|\s+or\s+more\b|-plus\b|\s+plus\b|-odd\b")
# Approximators written after the figure, perhaps after what it counts: "a dozen or so",
# "40 people or thereabouts", "200 people, give or take".
_ABOUT_AFTER_RE = re.compile(
    r"(?P<noun>(?:\s+[a-z]+){0,2}?)"
    r"(?:\s+or\s+so\b|\s+or\s+thereabouts\b|,?\s+give\s+or\s+take\b)"
)
_BETWEEN_RE = re.compile(r"between\s+$", re.IGNORECASE)
# "mid-June" is written with a hyphen.
_MAY_MONTH_RE = re.compile(r"\b(?:(?:in|of|since|until|by|early|late)\s+|mid[-\s]+)$")
_CLOCK_BEFORE_RE = re.compile(r"\d[:.]$")
_CLOCK_AFTER_RE = re.compile(r"[:.]\d\d\b")
_YEAR_RANGE_RE = re.compile(r"[-–/]\d\d\b")
_LIST_MARK_RE = re.compile(r"\s*[.)]\s")
_NON_SPACE_RE = re.compile(r"\S")
_CODE_BEFORE_RE = re.compile(r"[A-Za-z][-–]$")
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:an?|the)\s+$", re.IGNORECASE)
# A sign in front of a figure: "minus 12 degrees", "negative 3%", "-12C", "−2.1 billion".
# The word counts unless it is arithmetic or a tolerance ("20 minus 5", "plus or minus 3");
# the sign character only where it starts the figure (after a space, a bracket or the
# start), never inside a range, a score or a code ("10-15", "3-2", "A-4").
_SIGN_WORD_BEFORE_RE = re.compile(r"(?<!\bor\s)(?P<sign>\b(?:minus|negative)\s+)$", re.IGNORECASE)
_NUMBER_BEFORE_RE = re.compile(rf"(?:\d|\b(?:{_NUMBER_WORD}))\s*$", re.IGNORECASE)
_SIGN_CHAR_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(\[:;=~]))(?P<sign>[-\u2212])$")

# "1.5m people", "2.3m voters": a lower-case "m" glued to the number, then a plural noun
# (perhaps after one adjective) that is not something measured in metres.
_METRE_WORDS = (
    "high|tall|deep|wide|long|thick|away|above|below|across|apart|across|waves|swells"
    "|tides|steps|metres|meters|lengths|drops|falls|walls|floods|seas"
)
_MILLIONS_OF_THINGS_RE = re.compile(
    rf"m\s+(?!(?:{_METRE_WORDS})\b)(?:[a-z]+\s+)?(?!(?:{_METRE_WORDS})\b)"
    r"(?:[a-z]+s|people|children|men|women|staff|cattle|livestock|personnel)\b"
)

_FRACTION_WORDS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
_CARDINAL = "|".join(
    sorted((w for w in [*_UNITS_WORDS, *_TENS_WORDS] if w != "dozen"), key=len, reverse=True)
)
_SCALE_WORD = "|".join(sorted(_SCALES, key=len, reverse=True))
_WHOLE = rf"(?:\d+|(?:{_CARDINAL})(?:[\s-]+(?:{_CARDINAL}))?)"
# "two and a half million", "3 and a quarter", "half a million", "a quarter of a billion",
# "a million and a half": amounts built from a whole number and a fraction.
# "half a dozen", "a dozen and a half", "two and a half dozen": a dozen counts in twelves.
_COMPOUND_SCALE = _SCALE_WORD + "|dozen"
_COMPOUND_RES = (
    re.compile(
        # hyphens may join the words: "two-and-a-half million"
        rf"\b(?P<whole>{_WHOLE})[\s-]+and[\s-]+(?:a|one)[\s-]+(?P<frac>half|quarter|third)"
        rf"(?:[\s-]+(?P<scale>{_COMPOUND_SCALE}))?\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<frac>half|(?:a|one)[\s-]+(?:quarter|third)|(?:two|three)[\s-]+quarters"
        rf"|two[\s-]+thirds)\s+(?:of\s+)?an?\s+(?P<scale>{_COMPOUND_SCALE})\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<whole>a|one)[\s-]+(?P<scale>{_COMPOUND_SCALE})[\s-]+and[\s-]+a[\s-]+"
        rf"(?P<frac>half|quarter)\b",
        re.IGNORECASE,
    ),
)


# Decimals said in words, as broadcasters and transcripts give them: "one point five
# million", "three point two percent", "zero point seven five". Only digit words follow
# "point" (one word per decimal place), so "lost by one point on Sunday" stays a score.
_DIGIT_WORD = "|".join(w for w, v in _UNITS_WORDS.items() if v < 10)
_SPOKEN_DECIMAL_RE = re.compile(
    rf"\b(?P<whole>(?:{_CARDINAL})(?:[\s-]+(?:{_CARDINAL}))?)\s+point\s+"
    rf"(?P<decimals>(?:{_DIGIT_WORD})(?:\s+(?:{_DIGIT_WORD}))*)\b"
    rf"(?:\s+(?P<scale>{_SCALE_WORD})\b)?",
    re.IGNORECASE,
)


# A whole number and a fraction in digits: "1 1/2 million litres", "2 1/2 percent".
_MIXED_NUMBER_RE = re.compile(
    rf"\b(?P<whole>\d{{1,3}})\s+(?P<num>\d)/(?P<den>[2-9]|1[0-6])\b(?!/)"
    rf"(?:\s+(?P<scale>{_SCALE_WORD})\b)?",
    re.IGNORECASE,
)


def _mixed_numbers(text: str) -> Iterator[tuple[int, int, float, float]]:
    """ "1 1/2 million" as (start, end, 1500000.0, precision): the whole number and the
    proper fraction after it, times the scale. Its precision is that of the decimal
    written for it (:func:`written_precision`), or the fraction's grain when it has none."""
    if "/" not in text:
        return
    for match in _MIXED_NUMBER_RE.finditer(text):
        num, den = int(match["num"]), int(match["den"])
        if not 0 < num < den:
            continue
        scale_word = (match["scale"] or "").lower()
        scale = float(_SCALES.get(scale_word, 1))
        units = int(match["whole"]) + num / den
        # "1 1/2 million" is "1.5 million" and as precise; "2 1/3" keeps its thirds
        grain = written_precision(units, scale, scale_word) or 0.5 * scale / den
        yield (*match.span(), units * scale, grain)


def _spoken_decimals(text: str) -> Iterator[tuple[int, int, float, float]]:
    """ "one point five million" as (start, end, 1500000.0, precision): the precision is
    half a unit in the last decimal said, times the scale (as for "1.5 million")."""
    for match in _SPOKEN_DECIMAL_RE.finditer(text):
        whole = parse_number_words(match["whole"])
        if whole is None:
            continue
        digits = "".join(str(_UNITS_WORDS[w.lower()]) for w in match["decimals"].split())
        scale = float(_SCALES.get((match["scale"] or "").lower(), 1))
        value = float(f"{whole}.{digits}") * scale
        yield (*match.span(), value, 0.5 * 10.0 ** -len(digits) * scale)


def _compound_numbers(text: str) -> Iterator[tuple[int, int, float, float]]:
    """Amounts made of a whole number and a fraction, as (start, end, value, precision),
    and decimals said in words (:func:`_spoken_decimals`).

    The precision is that of the same figure in digits (:func:`written_precision`):
    "two and a half million" is "2.5 million" (2.45 to 2.55 million), "three and a half
    thousand" is "3,500", a count. A figure with no short decimal ("two and a third
    million") or counted in dozens keeps half the step the writer counts in.
    """
    seen: list[tuple[int, int]] = []
    for found in (*_spoken_decimals(text), *_mixed_numbers(text)):
        seen.append((found[0], found[1]))
        yield found
    for pattern in _COMPOUND_RES:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in seen):
                continue
            groups = match.groupdict()
            # "three quarters of a million": the numerator times the unit fraction, and
            # the writer counts in that unit fraction.
            *count, frac_word = re.split(r"[\s-]+", groups["frac"].lower())
            step = _FRACTION_WORDS[frac_word.removesuffix("s")]
            fraction = step * _NUMERATORS.get(count[0], 1) if count else step
            whole_text = (groups.get("whole") or "").lower()
            if whole_text in ("", "a"):
                whole = 0.0 if not groups.get("whole") else 1.0
            elif whole_text.isdigit():
                whole = float(whole_text)
            else:
                parsed = parse_number_words(whole_text)
                if parsed is None:
                    continue
                whole = float(parsed)
            scale_word = (groups.get("scale") or "").lower()
            scale = 12.0 if scale_word == "dozen" else float(_SCALES.get(scale_word, 1))
            seen.append(match.span())
            # "two and a half million" is "2.5 million" in digits and as precise; a dozen
            # (no digit form) and a third (no short decimal) keep the fraction's grain.
            grain = None if scale_word == "dozen" else written_precision(
                whole + fraction, scale, scale_word
            )
            yield (*match.span(), (whole + fraction) * scale, grain or step / 2 * scale)


# Proportions written as words: "half of the voters", "two-thirds", "one in five". They are
# read as percentages (unit "%") so they compare with "80%"; ``Quantity.proportion`` gives
# the 0..1 form. A fraction of a single thing ("half an hour", "a third of a mile") is no
# proportion of a group and is left alone.
_DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
_NUMERATORS = {
    "a": 1,
    "an": 1,
    "one": 1,
    **{
        w: _UNITS_WORDS[w]
        for w in ("two", "three", "four", "five", "six", "seven", "eight", "nine")
    },
}
_OF_A_GROUP = (
    r"(?=\s+(?:of\s+(?!an?\b)|the\b|their\b|its\b|his\b|her\b|our\b|my\b|your\b"
    r"|all\b|these\b|those\b))"
)
_FRACTION_RE = re.compile(
    r"\b(?:(?P<num>" + "|".join(_NUMERATORS) + r")(?P<joint>\s*-\s*|\s+))?"
    r"(?P<den>" + "|".join(sorted(_DENOMINATORS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
# "… two and a half", "… a million-and-a-half": a fraction after a whole number and "and"
# is part of a compound amount (_COMPOUND_RES), not a share of its own.
# "3/4 of the seats": a fraction in digits before "of" (not after a whole number, which
# makes a mixed number, _MIXED_NUMBER_RE).
_DIGIT_FRACTION_RE = re.compile(r"(?<![\d/]\s)(?<![\d/])\b(?P<num>\d)/(?P<den>[2-9]|1[0-6])\s+of\b")
_AND_BEFORE_RE = re.compile(r"\b(?:\d+|[a-z]+)[\s-]+and[\s-]+$", re.IGNORECASE)
_FRACTION_ENDS = (
    r"\s*(?:[.,;:)!?]|$|\s+(?:in|on|at|since|from|over|across|among|compared|last|this"
    r"|after|before|during|between|and|or|but|as|to|for|a|per|year|month|week|overall)\b)"
)
_RATIO_NUMBER = rf"(?:\d{{1,3}}(?:,\d{{3}})*|{_CARDINAL}|a\s+hundred|a\s+thousand)"
_RATIO_RE = re.compile(
    rf"\b(?P<a>{_RATIO_NUMBER})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<b>{_RATIO_NUMBER})\b"
    r"(?![.,]\d)",
    re.IGNORECASE,
)
#: Half-width, in percentage points, of a proportion written in words: "half" is not
#: "exactly 50.0%", and "one in five" is a rounded share. 2.5 points keeps "half" apart
#: from "45%" and "55%" while letting it fit "48%" and "52%".
PROPORTION_PRECISION = 2.5


def _ratio_number(word: str) -> float | None:
    word = word.lower().replace(",", "")
    if word.isdigit():
        return float(word)
    parsed = parse_number_words(word)
    return float(parsed) if parsed is not None else None


_OF_A_GROUP_RE = re.compile(_OF_A_GROUP)
_FRACTION_ENDS_RE = re.compile(_FRACTION_ENDS)
_OF_ONE_THING_RE = re.compile(r"\s+of\s+an?\b")
_BY_BEFORE_RE = re.compile(r"\b(?:by|than)\s+$", re.IGNORECASE)
_BY_OR_IN_BEFORE_RE = re.compile(r"\b(?:by|than|in)\s+$", re.IGNORECASE)


def _is_whole_word(word: str) -> bool:
    """Whether ``word`` is a whole number in digits or words, or a scale ("million")."""
    low = word.lower().rsplit(None, 1)[-1] if word.strip() else ""
    return low.isdigit() or low in _UNITS_WORDS or low in _TENS_WORDS or low in _SCALES or (
        low == "dozen"
    )


def _proportions(text: str) -> Iterator[Quantity]:
    """Fractions and "N in M" ratios as percentage quantities, with their approximators."""
    for match in _FRACTION_RE.finditer(text):
        num_word, den_word = match.group("num"), match.group("den").lower()
        hyphenated = bool(match.group("joint") and "-" in match.group("joint"))
        if num_word is None and den_word not in ("half",):
            continue  # "the third quarter": an ordinal, not a fraction
        before = _AND_BEFORE_RE.search(text, max(0, match.start() - 30), match.start())
        if before and _is_whole_word(before.group().split("and")[0].strip(" -")):
            continue  # "two-and-a-half million": the fraction of a compound amount
        numerator = _NUMERATORS[num_word.lower()] if num_word else 1
        plural = den_word.endswith("s") and den_word != "halves"
        if (numerator == 1) == plural and den_word != "halves":
            continue  # "one thirds", "two third": not a fraction
        # Context is matched in place, not on slices of the text (linear on long lines).
        start, end = match.span()
        of_group = _OF_A_GROUP_RE.match(text, end)
        # "fell by half", "cut in half", "more than a third": a share of something named
        # earlier; "by half an hour" is a length of time, and "by a third party" no share:
        # the fraction must end its phrase.
        by_re = _BY_BEFORE_RE if num_word else _BY_OR_IN_BEFORE_RE
        by = by_re.search(text, max(0, start - 12), start) and _FRACTION_ENDS_RE.match(text, end)
        of_one_thing = _OF_ONE_THING_RE.match(text, end)
        if not (of_group or by or (hyphenated and not of_one_thing)):
            continue
        value = 100.0 * numerator / _DENOMINATORS[den_word]
        yield _with_approximator(text, match.start(), match.end(), value)
    for match in _DIGIT_FRACTION_RE.finditer(text):
        num, den = int(match["num"]), int(match["den"])
        if 0 < num < den:
            # "Only 3/4 of the seats": a proper fraction of a group, a share
            yield _with_approximator(text, match.start(), match.end("den"), 100.0 * num / den)
    for match in _RATIO_RE.finditer(text):
        a, b = _ratio_number(match.group("a")), _ratio_number(match.group("b"))
        if (
            a is None
            or b is None
            or not 0 < a < b
            or (1800 <= b < 2200 and "," not in match.group("b"))
        ):
            continue
        yield _with_approximator(text, match.start(), match.end(), 100.0 * a / b)


def _with_approximator(text: str, start: int, end: int, value: float) -> Quantity:
    approx: Approx = "exact"
    prefix = text[max(0, start - _LOOKBACK) : start]
    found = find_approximator(prefix)
    if found:
        phrase, kind = found
        approx = kind  # type: ignore[assignment]
        start -= len(prefix) - len(prefix.rstrip()) + len(phrase)
    return Quantity(
        value=value,
        unit="%",
        approx=approx,
        span=(start, end),
        text=text[start:end],
        precision=PROPORTION_PRECISION,
    )


# Vague amounts that name their own range: "several dozen" is three to nine dozen.
_VAGUE_AMOUNTS: dict[str, tuple[float, float]] = {
    "several dozen": (36, 108),
    "a few dozen": (24, 60),
    "a couple of dozen": (24, 36),
    "a couple dozen": (24, 36),
    "several hundred": (300, 999),
    "a few hundred": (200, 500),
    "a couple of hundred": (200, 300),
    "a couple hundred": (200, 300),
    "several thousand": (3_000, 9_999),
    "a few thousand": (2_000, 5_000),
    "a couple of thousand": (2_000, 3_000),
    "a couple thousand": (2_000, 3_000),
    "several million": (3_000_000, 9_999_999),
    "a few million": (2_000_000, 5_000_000),
    "a couple of million": (2_000_000, 3_000_000),
    "a couple million": (2_000_000, 3_000_000),
    "a couple of": (2, 3),
    "a handful of": (2, 6),
    # "a few ministers": a small count, in the span "a few hundred" gives its hundreds
    # (2..5); "quite a few" (many) and "a few more" (a comparison) are no count.
    "a few": (2, 5),
    "scores of": (40, 199),
    "a score of": (18, 22),
}
_VAGUE_AMOUNT_RE = re.compile(
    r"\b(?P<phrase>"
    + "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_VAGUE_AMOUNTS, key=len, reverse=True)
    )
    + r")(?!\w)",
    re.IGNORECASE,
)


_WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)['’]?s?\W*$")
_FIGURE_AFTER_RE = re.compile(r"\s*\d")
_OWNERS = frozenset({"the", "their", "his", "her", "its", "our", "my", "your", "these", "those"})


def _scores_of_things(text: str, start: int, end: int) -> bool:
    """Whether "scores of" at ``text[start:end]`` counts things ("killed scores of
    cattle") rather than naming scores ("Test scores of pupils", "the scores of the
    teams", "scores of 90 or more"): no determiner, possessive or noun before it (a past
    verb is fine), and no figure after it."""
    if _FIGURE_AFTER_RE.match(text, end):
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    if before is None:
        return True
    word = before.group(1).lower()
    if word in _OWNERS:
        return False
    return not (is_noun_or_adjective(word) and "VBD" not in verb_forms(word))


_QUITE_BEFORE_RE = re.compile(r"\b(?:quite|not|only\s+quite)\s+$", re.IGNORECASE)
_COMPARISON_AFTER_RE = re.compile(r"\s+(?:more|fewer|less|too)\b", re.IGNORECASE)
# "a few days ago", "in a few weeks", "for a few hours": a span of time said loosely, a
# date or a duration, not a count of things (a vague amount takes no unit).
_TIME_AFTER_RE = re.compile(
    r"\s+(?:seconds|minutes|hours|days|nights|weeks|weekends|months|years|decades"
    r"|centuries|moments|times)\b",
    re.IGNORECASE,
)


def _a_few_counts(text: str, start: int, end: int) -> bool:
    """Whether "a few" at ``text[start:end]`` counts a small number of things ("A few
    ministers objected", "a few of the staff"): not "quite a few" or "not a few" (many),
    nor "a few more"/"a few too many" (a comparison, not a count), nor "a few days ago",
    "for a few hours" (a span of time, no count of things)."""
    if _QUITE_BEFORE_RE.search(text, max(0, start - 16), start):
        return False
    return _COMPARISON_AFTER_RE.match(text, end) is None and not _TIME_AFTER_RE.match(text, end)


def _vague_amounts(text: str) -> Iterator[Quantity]:
    """ "several dozen", "a handful of", "scores of" as ranges (a trailing "of" is left out
    of the span: it belongs to the noun phrase)."""
    for match in _VAGUE_AMOUNT_RE.finditer(text):
        phrase = " ".join(match.group("phrase").lower().split())
        low, high = _VAGUE_AMOUNTS[phrase]
        start, end = match.span()
        if phrase == "scores of" and not _scores_of_things(text, start, end):
            continue
        if phrase == "a few" and not _a_few_counts(text, start, end):
            continue
        if phrase.endswith(" of"):
            end = start + len(match.group().rstrip()[:-2].rstrip())
        yield Quantity(
            value=float(low),
            unit="",
            approx="range",
            span=(start, end),
            text=text[start:end],
            precision=0.0,
            high=float(high),
        )


#: Words a proportion or a vague amount in words is built with ("quarters" in
#: "three-quarters of", "handful", "scores"): a claim holding none of them has no
#: :func:`amounts_in_words`, so callers can skip looking.
AMOUNT_WORDS = frozenset(
    [
        *_DENOMINATORS,
        *(w for p in _VAGUE_AMOUNTS for w in p.split() if w not in ("a", "of")),
    ]
)


def amounts_in_words(text: str) -> tuple[Quantity, ...]:
    """Proportions and vague amounts written in words, as :func:`find_quantities` reads
    them: "three-quarters of" (75 %), "one in five" (20 %), "a handful of" (2..6),
    "scores of" (40..199). Figures in digits are not included: they are numbers plainly.
    """
    return tuple(
        q
        for q in (*_proportions(text), *_vague_amounts(text))
        if not any(c.isdigit() for c in q.text)
    )


# Quantifiers that name a share of a group without a figure: "a majority of the voters",
# "most of the staff", "most residents", "a minority of members". They are ranges of
# percentages (unit "%", approx "range"), so "a majority" conflicts with "40%" and fits
# "70%". A majority is more than half by definition; the bands of the qualified forms are
# our reading of common usage ("vast" or "overwhelming" for at least two thirds, "slim",
# "narrow" or "bare" for at most 60%), wide on purpose: they decide conflicts only
# against figures far outside them.
_MAJORITY_BANDS: dict[str, tuple[float, float]] = {
    "": (50.0, 100.0),
    "clear": (50.0, 100.0),
    "large": (60.0, 100.0),
    "big": (60.0, 100.0),
    "vast": (66.7, 100.0),
    "overwhelming": (66.7, 100.0),
    "great": (66.7, 100.0),
    "slim": (50.0, 60.0),
    "narrow": (50.0, 60.0),
    "bare": (50.0, 60.0),
    "small": (50.0, 60.0),
    "simple": (50.0, 100.0),
}
_MAJORITY_RE = re.compile(
    r"\b(?:an?|the)\s+(?:(?P<size>" + "|".join(k for k in _MAJORITY_BANDS if k) + r")\s+)?"
    r"(?P<kind>majority|minority)\s+of\b(?!\s+(?:an?\b|\d))",
    re.IGNORECASE,
)
# Words that say what share of a group did something without a figure, as ranges of
# percentages (tester10c F6): "most of the staff", "Most residents", "few of the 40
# passengers", "very few residents", "many of them", "almost all residents". "Most" is more
# than half by definition; the other bands are our reading of common usage, wide on
# purpose as the majority bands are: "few" is at most a quarter, "very few" a tenth,
# "many" a quarter or more, "almost all" 85% or more. "few" and "most" do not meet, and
# neither do "few" and "many" (the bands touch at 25%, and touching is no overlap).
_QUANTIFIER_BANDS: dict[str, tuple[float, float]] = {
    "most": (50.0, 100.0),
    "few": (0.0, 25.0),
    "very few": (0.0, 10.0),
    "many": (25.0, 100.0),
    "almost all": (85.0, 100.0),
    "nearly all": (85.0, 100.0),
    "virtually all": (85.0, 100.0),
}
# "most of the staff" / "most of them"; "Most residents" (a plural noun right after):
# not "the most", "at most" (an approximator), "most likely", "most serious" (a
# superlative of an adjective or adverb); not "a few", "quite a few" (a small count,
# _vague_amounts), "the few". "many" is a share only of a group named after "of": "many
# people", "as many as", "many times" are counts or bounds.
_MOST_OF_RE = re.compile(
    r"\b(?P<most>most|very\s+few|few|many|(?:almost|nearly|virtually)\s+all)\s+of\s+"
    r"(?:the|their|its|his|her|our|my|your|these|those|them|us|whom|which|all)\b",
    re.IGNORECASE,
)
_MOST_NOUN_RE = re.compile(
    r"\b(?P<most>most|very\s+few|few|(?:almost|nearly|virtually)\s+all)\s+"
    # a place or a name before the noun: "most Harl bakeries", "few Orsk tenants"
    r"(?:(?-i:[A-Z][\w'’-]*)\s+){0,2}"
    r"(?P<noun>people|children|men|women|staff|police|[a-z]+[^s\W]s)\b",
    re.IGNORECASE,
)
_NOT_QUANTIFIER_BEFORE_RE = re.compile(
    r"\b(?:the|at|a|an|is|was|are|were|be|been|being|what|which|who|whose|its|their"
    r"|his|her|our|my|your|as|so|too|how|'s|’s)\s+$",
    re.IGNORECASE,
)
_ADJECTIVE_ENDS = ("ous", "ss", "ics", "less")


def _vague_shares(text: str) -> Iterator[Quantity]:
    """The shares of a group ``text`` says in words, as ranges of percentages: "a
    majority of", "the vast majority of", "a minority of" (``_MAJORITY_BANDS``), "most of
    the", "most residents", "few of the 40 passengers", "very few residents", "many of
    them", "almost all residents" (``_QUANTIFIER_BANDS``); a trailing "of" is left out of
    the span. Shares in figures or fractions ("half", "a quarter", "one in five", "40%")
    are :func:`_proportions`' and the numbers'; all are compared as one kind, a share in
    percent."""
    for match in _MAJORITY_RE.finditer(text):
        if match.group("kind").lower() == "minority":
            low, high = 0.0, 50.0
        else:
            low, high = _MAJORITY_BANDS[(match.group("size") or "").lower()]
        yield _share_range(text, match.start(), match.end("kind"), low, high)
    for match in (*_MOST_OF_RE.finditer(text), *_MOST_NOUN_RE.finditer(text)):
        start, end = match.span("most")
        if _NOT_QUANTIFIER_BEFORE_RE.search(text, max(0, start - 12), start):
            continue
        noun = match.groupdict().get("noun")
        if noun and noun.lower().endswith(_ADJECTIVE_ENDS):
            continue
        low, high = _QUANTIFIER_BANDS[" ".join(match["most"].lower().split())]
        yield _share_range(text, start, end, low, high)


def _share_range(text: str, start: int, end: int, low: float, high: float) -> Quantity:
    """A share between ``low`` and ``high`` percent, exclusive of ``low`` when it is 50:
    "a majority" is more than half (bounds meet "51%" but not "50%" exactly)."""
    return Quantity(
        value=low,
        unit="%",
        approx="range",
        span=(start, end),
        text=text[start:end],
        precision=0.0,
        high=high,
    )


# "no one", "not one", "not a single one" before a number word "one": the phrase denies
# that any were (a polarity the negation reader sees), it does not state the figure 1.
_NO_ONE_RE = re.compile(r"\b(?:no|not|not\s+a\s+single)[\s-]+$", re.IGNORECASE)


def _numbers(text: str) -> Iterator[tuple[int, int, float, float]]:
    """Every number in ``text`` as (start, end, value, precision), in text order."""
    # Few of either: checking each digit run against them is cheap.
    compound = [*_compound_numbers(text), *_continental_numbers(text)]
    # A glued run no reader takes whole is no figure (its value is unknown, not its
    # first digits): find_quantities passes over a value that is not finite.
    compound += [(start, end, math.inf, 0.0) for start, end in unreadable_figures(text)]
    spans: list[tuple[int, int, float, float]] = list(compound)
    for match in _DIGITS_RE.finditer(text):
        if any(s <= match.start() < e for s, e, _, _ in compound):
            continue
        number = match.group("num")
        scale_word = (match.group("scale") or "").lower().rstrip(".")
        scale = _scale_of(scale_word)
        end = match.end() if scale_word else match.end("num")
        crore = _CRORE_AFTER_RE.match(text, end) if scale_word in _CRORE_MULTIPLES else None
        if crore:
            # "₹12 lakh crore" is 12 × 10^5 × 10^7 (12 trillion); "5 thousand crore".
            scale *= _SCALES["crore"]
            end = crore.end()
        # A lone "m"/"b" after a digit is million/billion only with a currency sign:
        # "$3m" is money, "6.2m" is a height.
        cur = text[max(0, match.start() - 1) : match.start()]
        short = _SHORT_SCALE_RE.match(text, end)
        if (
            scale == 1
            and short
            and (cur in _CURRENCY_SYMBOLS or _currency_code_before(text, match.start()))
        ):
            scale = 1_000_000 if short.group(1).lower() == "m" else 1_000_000_000
            end = short.end()
        elif (
            scale == 1
            and _MILLIONS_OF_THINGS_RE.match(text, end)
            and not _ARTICLE_BEFORE_RE.search(text, max(0, match.start() - 8), match.start())
        ):
            # "1.5m people": a count of things. "a 6.2m wall", "6.2m high" stay lengths.
            scale = 1_000_000
            end += 1
        if len(number) > MAX_NUMERAL_CHARS:
            # Too long to read (see MAX_NUMERAL_CHARS): no figure, and none of its
            # digits either; find_quantities passes over a value that is not finite.
            spans.append((match.start(), end, math.inf, 0.0))
            continue
        value = float(number.replace(",", "")) * scale
        precision = _decimal_precision(number, scale)
        if scale_word in SPELLED_OUT_SCALES and not crore:
            # "3 thousand" is "3,000" written with a word, a count like "three thousand"
            precision = written_precision(value, 1.0) or precision
        spans.append((match.start(), end, value, precision))
    for start, end in _word_number_spans(text):
        if any(s < end and start < e for s, e, _, _ in spans):
            continue
        phrase = text[start:end]
        article = re.match(r"an?\s+", phrase, re.IGNORECASE)
        if article and text[end : end + 1] in ("-", "\u2011"):
            # "a seven-year sentence", "a ten-year ban": the article belongs to the
            # compound noun, and the number word before the hyphen is read as the
            # digits of "a 7-year sentence" are.
            start += article.end()
            phrase = text[start:end]
        if phrase.lower() in ("a", "an") or (
            phrase.lower().startswith(("a ", "an "))
            and not any(w in phrase.lower() for w in (*_SCALES, "dozen"))
        ):
            continue
        if _NO_ONE_RE.search(text, max(0, start - 16), start) and phrase.lower() == "one":
            # "No one was killed", "not one worker": a denial that any were, no figure.
            continue
        words_value = parse_number_words(phrase)
        if words_value is None:
            continue
        value = float(words_value)
        # Words are read as the digits a style guide would print for them: "three
        # thousand" is "3,000" (a count), "three million" is "3 million".
        last = re.split(r"[\s-]+", phrase.lower())[-1]
        word_scale = float(_SCALES.get(last, 1))
        precision = written_precision(value / word_scale, word_scale, last) or 0.5
        spans.append((start, end, value, precision))
    yield from sorted(spans)


def _word_number_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of numbers in words; "and" joins only after a scale word.

    "one hundred and twenty" is one number, "aged three and four" two. A number word
    hyphened to the word after it heads a compound modifier ("twelve-year-olds",
    "five-storey"): the words before it, set apart by a space, count the compound's
    noun on their own, so "Twenty twelve-year-olds" is 20 and 12, never 32 (a number
    written as one, 25, is hyphened whole: "twenty-five-year-olds"). A scale word before
    the hyphen still multiplies what precedes it ("two hundred-year-old oaks").
    """
    for match in _WORD_NUMBER_RE.finditer(text):
        start = match.start()
        for joint in re.finditer(r"\s+and\s+", match.group()):
            before = match.group()[: joint.start()].split()[-1].lower()
            if before not in _SCALES:
                yield start, match.start() + joint.start()
                start = match.start() + joint.end()
        head = _COMPOUND_HEAD_RE.search(text, start, match.end())
        if (
            head is not None
            and _COMPOUND_AFTER_RE.match(text, match.end())
            and head["before"].lower() not in _SCALES
            and head["last"].split("-")[-1].lower() not in _SCALES
        ):
            yield start, head.start("gap")
            start = head.start("last")
        yield start, match.end()


# The last number word of a run and the word before it, set apart by a space ("Twenty
# twelve", "Thirty twenty-two"); searched up to the run's end.
_COMPOUND_HEAD_RE = re.compile(
    r"(?P<before>[A-Za-z]+)(?P<gap>\s+)(?P<last>[A-Za-z]+(?:-[A-Za-z]+)*)\Z", re.IGNORECASE
)
# A hyphen joining a number to the word after it: "-year-olds", "‑storey".
_COMPOUND_AFTER_RE = re.compile(r"[-\u2011][A-Za-z]")


def _read_quantity(
    text: str, start: int, end: int, value: float, precision: float
) -> Quantity | None:
    """Attach currency, unit and approximator to the number at ``text[start:end]``."""
    unit = ""
    factor = 1.0
    q_start, q_end = start, end
    symbol = text[start - 1] if start > 0 else ""
    code = _currency_code_before(text, start)
    if symbol in _CURRENCY_SYMBOLS:
        unit = _CURRENCY_SYMBOLS[symbol]
        q_start -= 1
        if text[max(0, q_start - 2) : q_start].upper() == "US":
            q_start -= 2
    elif code:
        unit, q_start = code
    else:
        after = _UNIT_AFTER_RE.match(text, end)
        if after:
            word = after.group("unit").lower()
            # "12C", "-4F": a capital glued to the digits is the scale of a temperature.
            glued_degree = after.group() in ("C", "F")
            ambiguous = (word in _AMBIGUOUS_UNITS and not glued_degree) or (
                word in _CURRENCY_WORDS_IN_CONTEXT
                and not _MONEY_PHRASE_END_RE.match(text, after.end())
            )
            if not ambiguous:
                unit, factor = _UNIT_TABLE[word]
                q_end = after.end()
    percent = _PERCENT_RE.match(text, q_end)
    if percent and not unit:
        unit = "%"
        q_end = percent.end()
    sign = _SIGN_CHAR_BEFORE_RE.search(text, max(0, q_start - 2), q_start) or (
        _SIGN_WORD_BEFORE_RE.search(text, max(0, q_start - 16), q_start)
    )
    if (
        sign
        and sign.group("sign")[0] not in "-\u2212"
        and _NUMBER_BEFORE_RE.search(text, max(0, sign.start() - 12), sign.start())
    ):
        sign = None  # arithmetic: "20 minus 5", "thirty minus 8"
    if sign:
        # A value below zero: "minus 12 degrees" and "12 degrees" are different figures.
        value = -value
        q_start = sign.start("sign")
    approx: Approx = "exact"
    # Only the words just before the number matter; slicing the whole prefix for every
    # number made a long line of figures quadratic.
    prefix = text[max(0, q_start - _LOOKBACK) : q_start]
    found = find_approximator(prefix)
    if (
        found
        and found[0].lower() in lexicon().threshold_verbs
        and (_counts_plural_next_word(text, q_end) or _SCORE_AFTER_RE.match(text, q_end))
    ):
        # "cases passed 900" is more than 900; "Parliament passed 12 bills" counts its
        # object and "the bill passed 52-48" gives a vote: exact figures.
        found = None
    if (
        found
        and found[0].lower().startswith("as m")
        and _MULTIPLIER_END_RE.search(prefix.rstrip()[: -len(found[0])])
    ):
        # "twice as many as 40", "three times as much as $2m": a multiple of the figure,
        # no ceiling; the comparison is read elsewhere, the figure stays as written.
        found = None
    if found and not level_reached(prefix, found[0]):
        phrase, kind = found
        approx = kind  # type: ignore[assignment]
        q_start -= len(prefix) - len(prefix.rstrip()) + len(phrase)
    plus = _PLUS_RE.match(text, q_end)
    if plus and approx == "exact":
        approx = "at_least"
        q_end = plus.end()
    about = _ABOUT_AFTER_RE.match(text, q_end) if approx == "exact" else None
    if about:
        approx = "about"
        if not about.group("noun"):
            q_end = about.end()
    return Quantity(
        value=value * factor,
        unit=unit,
        approx=approx,
        span=(q_start, q_end),
        text=text[q_start:q_end],
        precision=precision * factor,
    )


# A currency written before the amount as its ISO code in capitals ("EUR 40 million",
# "USD5m" is one token and no figure) or the rupee's "Rs"/"Rs." and the rupiah's "Rp".
_CURRENCY_CODE_BEFORE_RE = re.compile(r"(?<![\w.])(?P<code>[A-Z]{3}|Rs\.?|Rp\.?)[ \u00a0]?$")
#: Currency abbreviations written before an amount, by their ISO code ("Rs 500").
CURRENCY_ABBREVIATIONS: Mapping[str, str] = {"rs": "INR", "rp": "IDR"}


def _currency_code_before(text: str, start: int) -> tuple[str, int] | None:
    """The currency named just before the number at ``start`` ("EUR 40", "Rs 500") as
    (unit, where the code starts), or None."""
    match = _CURRENCY_CODE_BEFORE_RE.search(text, max(0, start - 5), start)
    if match is None:
        return None
    code = match["code"].rstrip(".").lower()
    if code in CURRENCY_ABBREVIATIONS:
        return CURRENCY_ABBREVIATIONS[code], match.start()
    if code in CURRENCY_CODES:
        return code.upper(), match.start()
    return None


def _finite(q: Quantity) -> bool:
    """Whether ``q``'s value (and a range's high end) are finite floats: a scale word can
    push a huge written number past a float's range ("1e300 trillion" is infinity)."""
    return math.isfinite(q.value) and (q.high is None or math.isfinite(q.high))


# A tally: two whole numbers written as one ordered pair, in any of the forms news copy
# uses (reader F7): "7-2", "7–2", "3:1", "7 to 2", "7 votes to 2", "seven votes to two".
_TALLY_NUMBER = rf"\d{{1,4}}|(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?"
_PAIR_RE = re.compile(
    r"\b(?P<a>\d{1,4})\s*(?P<sep>[-–:])\s*(?P<b>\d{1,4})\b(?![-–.,:]?\d|%)"
    rf"|\b(?P<wa>{_TALLY_NUMBER})\s+(?P<votes>votes?\s+)?to\s+(?P<wb>{_TALLY_NUMBER})\b"
    r"(?![-–.,:]?\d|%|\s*(?:per\s*cent|percent)\b)",
    re.IGNORECASE,
)
# A verb of voting, ruling or scoring right before the pair ("voted 7-2", "won 3-2",
# "voted by 7 to 2"), perhaps with the other side named between ("beat Velm 3-1",
# "defeated Harl Rovers 2-0").
_TALLY_VERB_BEFORE_RE = re.compile(
    r"\b([a-z]+)\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’-]*\s+){0,3})"
    r"(?:by\s+|narrowly\s+|unanimously\s+)?$"
    # or the verb's object after a determiner: "approved the budget 7-2", "passed the
    # new bill 52-48" (reader F3: read as a range, so 7-2 / 2-7 corroborated)
    r"|\b([a-z]+)\s+(?:the|a|an|its|their|his|her)\s+(?:[a-z][\w'’-]*\s+){1,3}"
    r"(?:by\s+|narrowly\s+|unanimously\s+)?$",
    re.IGNORECASE,
)
_TALLY_NOUN_AFTER_RE = re.compile(
    r"\s+(?:vote|decision|verdict|ruling|majority|margin|win|victory|defeat|loss|draw"
    r"|split|ratio)s?\b",
    re.IGNORECASE,
)
_TALLY_VERBS = _CLAIM_WORDS["tally_verbs"]
# The same nouns as the subject a tally is said of: "The vote was 7-2", "the vote on the
# depot was 6-3", "the final tally stood at 5-4", "The score: 3-1", "a margin of 7-2",
# "the ratio of nurses to patients was 1:8".
_TALLY_NOUN_BEFORE_RE = re.compile(
    r"\b(?P<noun>vote|tally|score|scoreline|result|verdict|ruling|split|ballot|margin"
    r"|majority|ratio|odds)s?\b"
    r"(?:(?:[^.;:\d]{0,30}?\s)?(?:was|were|is|ended|finished|stood\s+at|came\s+out\s+at)"
    r"\s+|\s*:\s*|\s+of\s+)$",
    re.IGNORECASE,
)
# What kind of pair the words around it make: a vote's split (for, then against), a
# game's score (one side's, then the other's) or a ratio (one part to the other).
_SCORE_WORDS = frozenset(
    {"score", "scoreline", "win", "victory", "defeat", "loss", "draw", "lead", "beat", "lose",
     "trail", "won", "lost", "led", "trailed", "drew", "beaten", "defeated"}
)
_RATIO_WORDS = frozenset({"ratio", "odds"})
# Words of a vote: "voted 7-2", "a 7-2 ruling", "the ballot ended 7-2" (and the lexicon's
# tally verbs that are no verbs of scoring: pass, approve, reject, back...).
_VOTE_WORDS = frozenset(
    {"vote", "votes", "voted", "voting", "ballot", "verdict", "ruling", "ruled", "decision",
     "majority"}
)


TallyKind = Literal["vote", "score", "ratio", "pair"]


@dataclass(frozen=True, slots=True)
class Tally:
    """Two counts written as one ordered pair ("voted 7-2": 7 for, 2 against; "lost
    2-3"; "a ratio of 1:8"): ``first`` and ``second`` as written, ``span`` the characters
    of the pair, ``kind`` what the words around it make it: "vote" (votes for, then
    against), "score" (one side's, then the other's), "ratio" (one part to the other) or
    "pair" when they say only that it is ordered ("The result was 3-1", "a margin of 7-2").
    """

    first: int
    second: int
    span: tuple[int, int]
    kind: TallyKind = "vote"

    def shown(self) -> str:
        """The pair as a reader checks it: "7-2", "1:8" for a ratio."""
        return f"{self.first}:{self.second}" if self.kind == "ratio" else (
            f"{self.first}-{self.second}"
        )


def _tally_kind(words: str) -> TallyKind:
    """The kind of tally the words around a pair name (see :class:`Tally`): a ratio noun,
    a word of scoring, a word of voting (or a tally verb of deciding: "approved the plan
    7-2"), else a plain ordered pair."""
    found = {w.lower() for w in re.findall(r"[A-Za-z]+", words)}
    if found & _RATIO_WORDS:
        return "ratio"
    if found & _SCORE_WORDS:
        return "score"
    lemmas_found = {lemma(w) for w in found}
    if lemmas_found & {"win", "lose", "beat", "draw", "defeat", "lead", "trail"}:
        return "score"
    if found & _VOTE_WORDS or lemmas_found & _TALLY_VERBS:
        return "vote"
    return "pair"


@lru_cache(maxsize=4096)
def find_tallies(text: str) -> tuple[Tally, ...]:
    """The tallies of ``text`` in text order, whatever form they are written in (reader
    F7): "voted 7-2", "voted 7 to 2", "by 7 votes to 2", "by seven votes to two", "ruled
    4-5 against", "a 7-2 vote", "won 3-2", "beat Velm 3-1", "won 3:1" (verbs: lexicon
    ``tally_verbs``), "The vote was 7 to 2", "by a margin of 7-2", "a ratio of 1:8" (a
    tally noun as what the tally is said of). A tally is two counts in order, for and
    against or one side's and the other's, never a range: "voted 2-7" is 2 votes for and
    7 against, not "2 to 7 votes". Figures with a unit or decimals ("5-7%", "1.5-2") are
    no tally, nor is a pair with no word of voting, scoring or a ratio around it ("from
    9 to 5", "10-12 people")."""
    if not any(c.isdigit() for c in text) and " to " not in text:
        return ()
    found: list[Tally] = []
    for match in _PAIR_RE.finditer(text):
        start, end = match.span()
        if match["sep"] == ":" and _COLON_TIME_RE.fullmatch(match.group()) and any(
            q.unit for q in times_of_day(text) if q.span[0] <= start < q.span[1]
        ):
            continue  # "at 10:30": a time of day
        if match["wa"] is not None:
            first = _tally_number(match["wa"])
            second = _tally_number(match["wb"])
            if first is None or second is None:
                continue
        else:
            first, second = int(match["a"]), int(match["b"])
        window = text[max(0, start - 40) : start]
        before = _TALLY_VERB_BEFORE_RE.search(text, max(0, start - 40), start)
        noun_before = _TALLY_NOUN_BEFORE_RE.search(text, max(0, start - 40), start)
        noun_after = _TALLY_NOUN_AFTER_RE.match(text, end)
        verb = bool(
            before
            and verb_lemmas((before.group(1) or before.group(2)).lower()) & _TALLY_VERBS
            and not _counts_plural_next_word(text, end)  # "voted 30-40 times": a range
        )
        if not (match["votes"] or noun_before or noun_after or verb):
            continue
        if match["wa"] is not None and not (match["votes"] or noun_before or verb):
            continue  # "a 7 to 2 win" is no way to write one; "rose 2 to 7 votes" a range
        if match["sep"] == ":" and not (noun_before or noun_after or verb):
            continue
        words = window + (noun_after.group() if noun_after else "")
        kind = "vote" if match["votes"] else _tally_kind(words)
        found.append(Tally(first, second, (start, end), kind))
    return tuple(found)


def _tally_number(written: str) -> int | None:
    """A count of a tally as written, in digits or words ("7", "seven", "twenty-one")."""
    if written.isdigit():
        return int(written)
    return parse_number_words(written.lower())


# A verb of change, rising or falling, for "from X to Y" read as a change (see
# change_and_level): "rose from 12 to 40", "was cut from $3 to $2", "up from 5% to 7%".
_ANY_CHANGE_VERB_RE = re.compile(
    r"\b(?:ris(?:e|es|ing|en)|rose|f[ae]ll(?:s|ing|en)?|increas|decreas|climb|jump|soar"
    r"|surg|spik|grow|grew|grown|swell|swollen|doubl|tripl|halv|drop|dropp|slip|slipp"
    r"|slid|slide|slump|plung|plummet|tumbl|declin|shrink|shrank|shrunk|cut|cuts"
    r"|reduc|rais|lift|lower|boost|expand|widen|narrow|eas|edg|inch|tick|revis|went|go"
    r"|goes|gone|mov|chang|shift|up|down|push|pushed|driv|drove|slash|trim|hik)"
    r"(?:e|es|ed|d|s|ing|ting|ped|ping|ged)?\b",
    re.IGNORECASE,
)
# "by" just before a figure: the size of a change ("rose by 5%", "cut by a third").
_BY_BEFORE_RE = re.compile(r"\bby\s+$", re.IGNORECASE)
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


def change_and_level(text: str, first: Quantity, second: Quantity) -> bool:
    """Whether "``first`` to ``second``" states a change and the level it led to, two
    figures rather than one range.

    "Sales rose by 5% to 2 million units", "cut its workforce by a third to 4,000",
    "Shares rose by $5 to $40": after "by" the first figure is the size of the change and
    the second the new level, unless the first has no unit and borrows the second's, the
    way a range writes its unit once ("rose by 10 to 15%"). "The toll rose from 12 to
    40", "fares were cut from $3 to $2": after "from" and a verb of change in the same
    clause the first figure is the level before and the second the level after (the
    first is the change's base, :func:`factcheck.match.frames.base_figures`); without a
    verb of change "from X to Y" stays a range ("ranged from 12 to 40", "aged from 18 to
    25", "temperatures from 12 to 40 degrees").
    """
    before = text[max(0, first.span[0] - _LOOKBACK) : first.span[0]]
    if _BY_BEFORE_RE.search(before):
        return bool(first.unit) or not second.unit
    if _FROM_BEFORE_RE.search(before):
        clause = re.split(r"[,;:()]", before)[-1]
        if re.search(r"\brang(?:e|es|ed|ing)\b", clause, re.IGNORECASE):
            return False
        return _ANY_CHANGE_VERB_RE.search(clause) is not None
    return False


# Words that may stand between a preposition and its figure ("by about 5%", "to
# nearly 60").
_HEDGE_BEFORE_FIGURE = (
    r"(?:(?:about|around|roughly|some|nearly|almost|over|under|just|more|less|than)\s+)*"
)
_SIZE_BEFORE_RE = re.compile(r"\bby\s+" + _HEDGE_BEFORE_FIGURE + r"$", re.IGNORECASE)
_LEVEL_BEFORE_RE = re.compile(r"\b(?:to|at)\s+" + _HEDGE_BEFORE_FIGURE + r"$", re.IGNORECASE)
_RIGHT_AFTER_RE = re.compile(r"^\s*" + _HEDGE_BEFORE_FIGURE + r"$", re.IGNORECASE)

ChangeRole = Literal["change", "level"]


def change_role(text: str, quantity: Quantity) -> ChangeRole | None:
    """What a figure of ``text`` (``quantity.span`` indexes it) is to a verb of change
    in its clause: ``"change"``, the size of the change ("rose by 20", "rose 5%", "cut
    200 jobs"), or ``"level"``, where it led ("rose to 64", "closed at $40"); None for a
    figure of no change ("64 people died", "was 5%"). A change and a level are two
    measures of one series: "The toll rose by 20 to 64" and "The toll rose to 20"
    neither agree on 20 nor differ on 64 against 20 (tester10b F-N6a)."""
    before = text[max(0, quantity.span[0] - _LOOKBACK) : quantity.span[0]]
    clause = re.split(r"[,;:()]", before)[-1]
    verbs = list(_ANY_CHANGE_VERB_RE.finditer(clause))
    if not verbs:
        return None
    if _SIZE_BEFORE_RE.search(clause):
        return "change"
    if _LEVEL_BEFORE_RE.search(clause):
        return "level"
    if _RIGHT_AFTER_RE.match(clause[verbs[-1].end() :]):
        return "change"
    return None


def _merge_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Join "10-15", "10 to 15 km" and "between 10 and 15" into one range quantity; a
    tally ("voted 2-7", :func:`find_tallies`) stays two counts, and so do a change and
    the level it led to ("rose by 5% to 2 million", "rose from 12 to 40",
    :func:`change_and_level`)."""
    merged: list[Quantity] = []
    skip = False
    tallies = find_tallies(text)
    for i, q in enumerate(quantities):
        if skip:
            skip = False
            continue
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        if nxt is not None and any(
            t.span[0] <= q.span[0] and nxt.span[1] <= t.span[1] for t in tallies
        ):
            nxt = None  # "voted 2-7": 2 for and 7 against, no range
        if nxt is not None and q.approx != "exact" and nxt.approx == "exact":
            bounded = _bounded_range(text, q, nxt)
            if bounded is not None:
                merged.append(bounded)
                skip = True
                continue
        if nxt is not None and q.approx == "exact" and nxt.approx == "exact":
            gap = text[q.span[1] : nxt.span[0]]
            between = _BETWEEN_RE.search(text, max(0, q.span[0] - _LOOKBACK), q.span[0])
            joiner = re.fullmatch(r"\s*(?:-|–|to)\s*", gap) or (
                between and re.fullmatch(r"\s+and\s+", gap)
            )
            if joiner and "to" in gap and change_and_level(text, q, nxt):
                joiner = None
                if not q.unit and nxt.unit:
                    # "rose from 12 to 40 percent", "fell from 90 to 70 tonnes": the unit
                    # written once after the second level is the first's too
                    factor = _unit_factor(nxt)
                    q = replace(
                        q, unit=nxt.unit, value=q.value * factor, precision=q.precision * factor
                    )
            units_agree = not q.unit or not nxt.unit or q.unit == nxt.unit
            if joiner:
                q = _shared_scale(q, nxt)
            # Below zero a range may run from the near end: "minus 5 to minus 10".
            downward = nxt.value < q.value < 0
            if joiner and units_agree and (nxt.value > q.value * _factor_guess(q, nxt) or downward):
                unit = nxt.unit or q.unit
                low = q.value if q.unit else q.value * _unit_factor(nxt)
                high = nxt.value
                if downward:
                    low, high = high, low
                start = between.start() if between else q.span[0]
                merged.append(
                    Quantity(
                        value=low,
                        unit=unit,
                        approx="range",
                        span=(start, nxt.span[1]),
                        text=text[start : nxt.span[1]],
                        precision=max(q.precision, nxt.precision),
                        high=high,
                    )
                )
                skip = True
                continue
        merged.append(q)
    return merged


_RANGE_DASH_RE = re.compile(r"\s*[-–]\s*|\s+to\s+")
_SCALE_IN_FIGURE_RE = re.compile(r"\d" + _SCALE_WORD_AFTER_RE.pattern, re.IGNORECASE)


def _shared_scale(q: Quantity, nxt: Quantity) -> Quantity:
    """``q`` with the scale word written once after the second figure of a range: "2-3
    million" and "between 2 and 3 million" run from 2 million, not from 2. A first figure
    that carries its own scale, or that the scale would carry past the second ("between
    500 and 3 million"), is kept as written."""
    if _SCALE_IN_FIGURE_RE.search(q.text):
        return q
    scale_word = _SCALE_IN_FIGURE_RE.search(nxt.text)
    if scale_word is None:
        return q
    scale = _scale_of(scale_word["scale"])
    if scale <= 1 or not 0 < q.value * scale < nxt.value:
        return q
    return replace(q, value=q.value * scale, precision=q.precision * scale)


def _bounded_range(text: str, q: Quantity, nxt: Quantity) -> Quantity | None:
    """ "Some 40-50", "About 40,000-50,000", "Nearly 40 to 50", "Up to 40-50": a range
    with an approximator or a bound before it, read whole, or None when ``q`` and ``nxt``
    are no such range. The approximator read with the first figure covers the range:
    "about"/"some"/"nearly" leave the range as written (its ends already say how loose
    it is), a ceiling ("up to", "fewer than") bounds it by its high end and a floor
    ("at least", "more than") by its low end. A change and the level it led to ("rose
    by about 5 to 10%", :func:`change_and_level`) and a tally stay two figures."""
    gap = text[q.span[1] : nxt.span[0]]
    if not _RANGE_DASH_RE.fullmatch(gap):
        return None
    if "to" in gap and change_and_level(text, q, nxt):
        return None
    if q.unit and nxt.unit and q.unit != nxt.unit:
        return None
    q = _shared_scale(q, nxt)
    # A bare first figure borrows the unit written after the second ("40-50 km").
    factor = 1.0 if q.unit or not nxt.unit else _unit_factor(nxt)
    low, high = q.value * factor, nxt.value
    if not high > low >= 0:
        return None
    span = (q.span[0], nxt.span[1])
    whole = Quantity(
        value=low,
        unit=nxt.unit or q.unit,
        approx="range",
        span=span,
        text=text[span[0] : span[1]],
        precision=max(q.precision * factor, nxt.precision),
        high=high,
    )
    if q.approx in ("at_most", "less_than"):
        return replace(whole, value=high, approx=q.approx, high=None)
    if q.approx in ("at_least", "more_than"):
        return replace(whole, approx=q.approx, high=None)
    if q.approx in ("about", "nearly"):
        return whole
    return None


def _factor_guess(first: Quantity, second: Quantity) -> float:
    return _unit_factor(second) if not first.unit else 1.0


def _unit_factor(q: Quantity) -> float:
    """Factor a bare number borrows from the unit written after the second number."""
    if not q.unit or q.precision == 0:
        return 1.0
    unit_word = _UNIT_AFTER_RE.search(q.text)
    if unit_word:
        return _UNIT_TABLE.get(unit_word.group("unit").lower(), ("", 1.0))[1]
    return 1.0


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------

_WEEKDAYS = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}
_MONTH = r"(?P<month>" + MONTH_ALTERNATION + r")\.?"
_MONTH2 = _MONTH.replace("month", "month2")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = _DAY.replace("day", "day2")
_YEAR = r"(?P<year>1[89]\d\d|20\d\d|21\d\d)"
_YEAR2 = _YEAR.replace("year", "year2")
_WEEKDAY_NAMES = "|".join(sorted((w for w in _WEEKDAYS if len(w) > 3), key=len, reverse=True))
_DATE_PATTERNS = [
    re.compile(r"\b(?P<iso>" + _YEAR + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d))\b"),
    re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.]" + _YEAR + r"\b"),
    re.compile(
        r"\b" + _MONTH + r"\s+" + _DAY + r"(?:,?\s+" + _YEAR + r")?\b(?!\s*(?:%|,\d))",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b" + _DAY2 + r"(?:\s+of)?\s+" + _MONTH2 + r"(?:,?\s+" + _YEAR2 + r")?\b",
        re.IGNORECASE,
    ),
    re.compile(r"\b" + _MONTH + r",?\s+" + _YEAR + r"\b", re.IGNORECASE),
    re.compile(r"\b" + _MONTH + r"\b", re.IGNORECASE),
    re.compile(r"\b(?P<weekday>" + _WEEKDAY_NAMES + r")s?\b", re.IGNORECASE),
    re.compile(
        r"(?P<pre>\b(?:in|since|by|until|till|from|to|of|during|early|late|mid|before|after)"
        r"\s+(?:(?:early|late|mid)-?\s*)?|^|\()" + _YEAR + r"\b(?![.,]\d|\s*(?:%|per\b))",
        re.IGNORECASE,
    ),
    re.compile(r"(?<![$€£\d.,])\b" + _YEAR + r"(?=\s*(?:[.,;:)!?]|$))"),
    # A year before the noun it dates: "the 2015 fire", "its 2024 budget", "the 2007
    # flood's toll" (bound_kind reads the same as a year, never a count of 2,015).
    re.compile(
        r"(?P<pre>\b(?:the|its|their|this|that|his|her|our)\s+)(?P<year>19\d\d|20\d\d)"
        r"(?=(?:['’]s)?\s+[a-z])",
        re.IGNORECASE,
    ),
]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as precise as the claim states it: any of year, month, day, weekday.

    Fields a claim leaves out are ``None`` and never conflict: "March 10" fits
    "Tuesday, March 10, 2026", but not "March 11".
    """

    span: tuple[int, int]
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None

    def fields(self) -> dict[str, int]:
        return {
            k: v
            for k, v in (
                ("year", self.year),
                ("month", self.month),
                ("day", self.day),
                ("weekday", self.weekday),
            )
            if v is not None
        }

    def comparable(self, other: DateMention) -> bool:
        """Whether the two mentions state at least one field in common."""
        return bool(self.fields().keys() & other.fields().keys())

    def compatible(self, other: DateMention) -> bool:
        """Whether one day can satisfy both mentions."""
        mine, theirs = self.fields(), other.fields()
        return all(mine[k] == theirs[k] for k in mine.keys() & theirs.keys())

    def iso(self) -> str:
        """Partial ISO form for display and whole-string comparison: "2026-03-10", "2024"."""
        parts = []
        if self.year is not None:
            parts.append(f"{self.year:04d}")
        if self.month is not None:
            parts.append(f"{self.month:02d}" if parts else f"--{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        text = "-".join(parts)
        if self.weekday is not None:
            name = next(w for w, n in _WEEKDAYS.items() if n == self.weekday and len(w) > 3)
            text = f"{text} {name}".strip()
        return text

    def describe(self) -> str:
        return self.text


def find_dates(text: str) -> tuple[DateMention, ...]:
    """Dates in ``text``; a weekday next to a date is folded into it."""
    return _find_dates(text)


@lru_cache(maxsize=8192)
def _find_dates(text: str) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            mention = _date_from_match(text, match)
            if mention is None or any(
                d.span[0] < mention.span[1] and mention.span[0] < d.span[1] for d in found
            ):
                continue
            found.append(mention)
    for mention in _spoken_years(text):
        if not any(d.span[0] < mention.span[1] and mention.span[0] < d.span[1] for d in found):
            found.append(mention)
    found.sort(key=lambda d: d.span)
    return tuple(_fold_weekdays(text, found))


def _date_from_match(text: str, match: re.Match[str]) -> DateMention | None:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    span = match.span()
    if "pre" in match.groupdict():
        span = match.span("year")
        groups.pop("pre", None)
    surface = text[span[0] : span[1]]
    surface = text[span[0] : span[1]]
    if "iso" in groups:
        return DateMention(span, surface, int(groups["year"]), int(groups["m"]), int(groups["d"]))
    if "a" in groups:
        a, b = int(groups["a"]), int(groups["b"])
        year = int(groups["year"])
        if a > 12 and b <= 12:
            return DateMention(span, surface, year, b, a)
        if b > 12 and a <= 12:
            return DateMention(span, surface, year, a, b)
        # 03/04/2026 is March 4 in one country and April 3 in another: keep only the year.
        return DateMention(span, surface, year)
    if "weekday" in groups:
        word = groups["weekday"]
        if not word[0].isupper():
            return None
        return DateMention(span, surface, weekday=_WEEKDAYS[word.lower()])
    month_word = groups.get("month") or groups.get("month2")
    month = MONTHS.get(month_word.lower()) if month_word else None
    if month_word is not None:
        if not month_word[0].isupper():
            return None
        # "May" alone is usually the modal verb; only "in May" names the month.
        if (
            month_word == "May"
            and set(groups) <= {"month", "month2"}
            and not _MAY_MONTH_RE.search(text, max(0, span[0] - _LOOKBACK), span[0])
        ):
            return None
        if (
            month_word.lower() != "may"
            and len(month_word) <= 4
            and set(groups) <= {"month", "month2"}
            # "June" and "Jan" alone are as often names; "in June", "since Jan" are
            # months, read as "in May" is (a figure's time: "rose 3% in June").
            and not _MAY_MONTH_RE.search(text, max(0, span[0] - _LOOKBACK), span[0])
        ):
            return None
    day_text = groups.get("day") or groups.get("day2")
    day = int(day_text) if day_text else None
    if day is not None and not 1 <= day <= 31:
        return None
    year_text = groups.get("year") or groups.get("year2")
    return DateMention(span, surface, int(year_text) if year_text else None, month, day)


# A year said aloud, as a speaker or a transcript gives it. Its century and its last two
# digits: "nineteen ninety-eight", "twenty twenty-four", "nineteen oh five", "nineteen
# hundred". No count is said this way (a count of 1,998 is "one thousand nine hundred and
# ninety-eight"), so the form is a year wherever it stands; a hyphen after it makes a
# compound ("twenty twelve-year-olds" are twenty children).
_SPOKEN_CENTURY_YEAR_RE = re.compile(
    r"\b(?P<century>seventeen|eighteen|nineteen|twenty)\s+"
    r"(?P<rest>oh[\s-]+[a-z]+|hundred|[a-z]+(?:-[a-z]+|\s+(?:one|two|three|four|five|six"
    r"|seven|eight|nine)\b)?)\b(?![-‐])",
    re.IGNORECASE,
)
# "two thousand and eight", "two thousand twenty-four": the same words count things, so they
# are a year only after a word that introduces one ("in", "since", "by" …) and with no noun
# after them for them to count ("in two thousand and eight homes" counts homes).
_SPOKEN_THOUSAND_YEAR_RE = re.compile(
    r"\b(?:in|since|by|until|till|from|during|before|after|of|early|late|mid)\s+"
    r"(?P<year>two\s+thousand(?:\s+and)?(?:\s+[a-z]+(?:-[a-z]+)?)?)"
    r"(?!\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b)"
    r"(?=\s*(?:[.,;:)!?]|$|\s+(?:when|and|to|as|after|before|because|while|with|the|a|an"
    r"|at|in|on|for|until|but|or)\b))",
    re.IGNORECASE,
)
_SPOKEN_YEARS = (1700, 2199)


def spoken_years(text: str) -> tuple[DateMention, ...]:
    """The years of ``text`` said aloud ("in twenty twenty-four" → 2024), each a
    :class:`DateMention` with its year, in text order; :func:`find_dates` finds them
    with the other dates. Check-worthiness reads such a claim as it reads one with the
    year in digits."""
    return tuple(sorted(_spoken_years(text), key=lambda d: d.span))


def _spoken_years(text: str) -> Iterator[DateMention]:
    """Years said aloud in ``text`` as date mentions with their year: "in twenty
    twenty-four" is 2024, "nineteen ninety-eight" 1998, "since two thousand and eight"
    2008. The words are a date, not a figure (:func:`find_quantities` leaves date spans
    out)."""
    if not any(w in text.lower() for w in ("teen ", "twenty ", "thousand")):
        return
    for match in _SPOKEN_CENTURY_YEAR_RE.finditer(text):
        century = parse_number_words(match["century"])
        rest = match["rest"].lower()
        if rest == "hundred":
            last = 0 if century != 20 else None
        elif rest.startswith("oh"):
            last = parse_number_words(rest[2:])
            last = last if last is not None and 1 <= last <= 9 else None
        else:
            last = parse_number_words(rest)
            last = last if last is not None and 10 <= last <= 99 else None
        if century is None or last is None:
            continue
        year = century * 100 + last
        if _SPOKEN_YEARS[0] <= year <= _SPOKEN_YEARS[1]:
            yield DateMention(match.span(), match.group(), year)
    for match in _SPOKEN_THOUSAND_YEAR_RE.finditer(text):
        value = parse_number_words(match["year"])
        if value is not None and 2000 <= value <= 2099:
            yield DateMention(match.span("year"), match["year"], value)


def _fold_weekdays(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "Tuesday, March 10" is one date: attach a weekday that directly precedes a date."""
    out: list[DateMention] = []
    for mention in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.weekday is not None
            and set(prev.fields()) == {"weekday"}
            and mention.weekday is None
            and re.fullmatch(r"[\s,]*(?:the\s+)?", text[prev.span[1] : mention.span[0]])
        ):
            out[-1] = DateMention(
                (prev.span[0], mention.span[1]),
                text[prev.span[0] : mention.span[1]],
                mention.year,
                mention.month,
                mention.day,
                prev.weekday,
            )
            continue
        out.append(mention)
    return out


# --------------------------------------------------------------------------------------
# Relative dates, anchored to the publication date
# --------------------------------------------------------------------------------------

DateGrain = Literal["day", "week", "weekend", "month", "season", "year"]


@dataclass(frozen=True, slots=True)
class AnchoredDate:
    """A relative date ("yesterday", "last week", "next spring") and the days it names.

    ``start`` and ``end`` are the first and last day (inclusive) the phrase can mean,
    counted from the reference date (the article's publication date); both are ``None``
    when no reference is known. ``grain`` says how precise the phrase is.
    """

    span: tuple[int, int]
    text: str
    grain: DateGrain
    start: date | None
    end: date | None

    def iso(self) -> str:
        """ "2026-03-06" for one day, "2026-03-02/2026-03-08" (ISO 8601 interval) for a
        range, "" when unanchored."""
        if self.start is None or self.end is None:
            return ""
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "start": self.span[0],
            "end": self.span[1],
            "grain": self.grain,
            "from": self.start.isoformat() if self.start else None,
            "to": self.end.isoformat() if self.end else None,
        }


# Meteorological seasons of the northern hemisphere (month of start, months long), the
# convention of national weather services (e.g. the UK Met Office, NOAA).
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_RELATIVE_DAYS = {
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "yesterday": -1,
    "last night": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "earlier today": 0,
    "later today": 0,
    "tomorrow": 1,
}
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_WEEKDAY_FULL = "|".join(w for w in _WEEKDAYS if len(w) > 3)
#: The names of the weekdays and months as the date reader knows them, in full and lower
#: case ("monday", "march", "sept", "tues"): words that say when, not what. One home
#: with the patterns above, so no caller reads them from the locale (``calendar``).
WEEKDAY_AND_MONTH_NAMES: frozenset[str] = frozenset(
    w for w in (*_WEEKDAYS, *MONTHS) if len(w) > 3 or w == "may"
)
_MONTH_FULL = "|".join(w for w in MONTHS if len(w) > 3 or w == "may")
_NUMBER_OF = (
    rf"(?:\d+|an?|{'|'.join(sorted([*_UNITS_WORDS, *_TENS_WORDS], key=len, reverse=True))})"
)
# "three years ago": a day counted back from the publication date (see ``_ago``).
_AGO = (
    r"(?P<n>" + _NUMBER_OF + r")\s+(?P<unit>days?|weeks?|fortnights?|months?|years?"
    r"|decades?)\s+ago\b"
)
_AGO_RE = re.compile(r"\b" + _AGO, re.IGNORECASE)


def ago_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the "N units ago" phrases in ``text`` ("two years ago",
    "10 days ago"): relative dates, which :func:`anchor_dates` reads. The number in such a
    phrase says when, it measures nothing, so :func:`bound_kind` calls it "date" and
    check-worthiness does not count it as a figure."""
    if "ago" not in text.lower():
        return ()
    return tuple(m.span() for m in _AGO_RE.finditer(text))


_RELATIVE_RE = re.compile(
    r"\b(?:"
    r"(?P<day>"
    + "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_RELATIVE_DAYS, key=len, reverse=True)
    )
    + r")(?:"
    + _PART_OF_DAY
    + r")"
    r"|(?P<ago>" + _AGO + r")"
    r"|(?P<period>(?P<which>last|this|next|past|previous|coming|earlier\s+this|later\s+this)"
    r"\s+(?P<what>week|weekend|fortnight|month|year|decade|spring|summer|autumn|fall|winter|"
    + _MONTH_FULL
    + r"))"
    r"|(?P<wd>(?:(?P<wdwhich>last|this|next|on|coming|past)\s+)?(?P<weekday>"
    + _WEEKDAY_FULL
    + r")"
    + _PART_OF_DAY
    + r")"
    r"|(?P<weekend>(?:over|at|on)\s+the\s+weekend)"
    r")\b",
    re.IGNORECASE,
)
# Words that put a bare weekday ahead of the reference date: "will meet on Tuesday". A
# modal of possibility before a bare verb speaks of what may come ("Snow may fall over the
# weekend", "Storms could hit on Friday"); "could not" (and "could never", "could no
# longer") is left out, as it mostly tells a past inability ("Residents could not leave on
# Monday": :func:`_negated_past`), and so is "may have".
_FUTURE_RE = re.compile(
    r"\b(?:will|shall|'ll|is\s+due|are\s+due|is\s+set|are\s+set|to\s+be|is\s+scheduled"
    r"|are\s+scheduled|plans?\s+to|planned|expected\s+to|is\s+to|are\s+to|going\s+to|until"
    r"|(?-i:may|might)(?:\s+not)?\s+(?!have\b|been\b)[a-z]+"  # lower case: not "in May the"
    r"|could\s+(?!not\b|never\b|no\s+longer\b|have\b|been\b)[a-z]+)\b",
    re.IGNORECASE,
)


def _month_range(year: int, month: int, months: int = 1) -> tuple[date, date]:
    """First and last day of ``months`` calendar months starting at ``year``-``month``."""
    first = date(year, month, 1)
    end_month = month - 1 + months
    after = date(year + end_month // 12, end_month % 12 + 1, 1)
    return first, after - timedelta(days=1)


def _season_range(
    which: str, season: str, ref: date, time: str | None = None
) -> tuple[date, date]:
    first_month = _SEASONS[season]
    # The season whose start year makes it contain or follow the reference soonest.
    year = ref.year if first_month != 12 or ref.month == 12 else ref.year - 1
    start, end = _month_range(year, first_month, 3)
    if which == "this" and time == "past":
        # "The pool reopened this spring" (published in July): the latest one begun by
        # the reference, never one still to come.
        while start > ref:
            year -= 1
            start, end = _month_range(year, first_month, 3)
        return start, end
    if end < ref and which in ("this", "coming", "next"):
        start, end = _month_range(year + 1, first_month, 3)
    if which in ("last", "past", "previous"):
        while end >= ref:
            year -= 1
            start, end = _month_range(year, first_month, 3)
    elif which == "next" and start <= ref:
        start, end = _month_range(year + 1, first_month, 3)
    return start, end


# Periods that recur within a year or a week, so "this" before one may name the one just
# gone or the one to come (see _period); "this week", "this month" hold the reference.
_RECURRING = frozenset({*_SEASONS, *MONTHS, "weekend"})


def _week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())  # ISO 8601: weeks start on Monday


def _years_back(day: date, years: int) -> date:
    """``day`` ``years`` calendar years earlier (29 February becomes the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _months_back(day: date, months: int) -> date:
    """``day`` ``months`` calendar months earlier (or later, when negative), the day of
    the month kept where that month has it, else its last day."""
    index = day.year * 12 + day.month - 1 - months
    year, month = index // 12, index % 12 + 1
    last = _month_range(year, month)[1].day
    return date(year, month, min(day.day, last))


def _period(
    which: str, what: str, ref: date, time: str | None = None
) -> tuple[DateGrain, date, date]:
    """(grain, first day, last day) of "<which> <what>" ("last week", "this spring",
    "next March") counted from ``ref``. ``time`` is when the sentence speaks of
    (:func:`_time_of`): "this" before a season, a month or "weekend", which recur, is
    the latest one begun by ``ref`` in the past ("reopened this spring", published in
    July, is the spring just gone) and the current or the coming one in the future ("will
    reopen this spring": the next); a week, a month or a year said with "this" holds
    ``ref`` whatever the tense."""
    which = " ".join(which.lower().split())
    what = what.lower()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(which, 0)
    if what == "fortnight":  # two weeks back from the reference, or ahead of it
        if step > 0 or which == "this":
            return ("week", ref, ref + timedelta(days=14))
        return ("week", ref - timedelta(days=14), ref)
    if what == "decade":
        if which == "this":  # the calendar decade: 2020-2029
            first = ref.year - ref.year % 10
            return ("year", date(first, 1, 1), date(first + 9, 12, 31))
        if step > 0:
            return ("year", ref, _years_back(ref, -10))
        return ("year", _years_back(ref, 10), ref)  # "the past/last decade": ten years
    if what in _SEASONS:
        return ("season", *_season_range(which, what, ref, time))
    if what in MONTHS:
        month = MONTHS[what]
        year = ref.year
        if (step < 0 and month >= ref.month) or (
            which == "this" and time == "past" and month > ref.month
        ):
            year -= 1
        elif (step > 0 and month <= ref.month) or (
            which == "this" and time == "future" and month < ref.month
        ):
            year += 1
        return ("month", *_month_range(year, month))
    if what == "week":
        if which == "past":
            return ("week", ref - timedelta(days=7), ref)
        monday = _week_start(ref) + timedelta(weeks=step)
        start, end = monday, monday + timedelta(days=6)
    elif what == "weekend":
        saturday = _week_start(ref) + timedelta(days=5)
        if step < 0 or (step == 0 and (which != "this" or time == "past") and saturday > ref):
            saturday -= timedelta(weeks=1)
        elif step > 0:
            saturday += timedelta(weeks=1)
        return ("weekend", saturday, saturday + timedelta(days=1))
    elif what == "month":
        if which == "past":
            return ("month", ref - timedelta(days=30), ref)
        index = ref.year * 12 + ref.month - 1 + step
        start, end = _month_range(index // 12, index % 12 + 1)
    else:  # year
        if which == "past":
            return ("year", ref - timedelta(days=365), ref)
        start, end = date(ref.year + step, 1, 1), date(ref.year + step, 12, 31)
    if which == "earlier this":
        end = ref
    elif which == "later this":
        start = ref
    return ("week" if what == "week" else "month" if what == "month" else "year", start, end)


# Words before a verb that make it a noun or an infinitive ("the vote on Monday", "to
# resume on Monday"), not the verb whose tense dates a weekday.
_NOT_BEFORE_A_TENSED_VERB = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
    | {"my", "your", "of", "for", "to", "in", "on", "at", "by", "with", "from", "after"}
    # Prepositions that are never conjunctions: "left homes without power on Friday".
    | {"without", "within", "among", "amid", "between", "across", "through", "into"}
    | {"against", "during", "per", "under", "near", "about"}
)
_PRESENT_BE = frozenset({"is", "are", "am", "'s", "’s"})
#: Verbs that report speech ("say", "declare", "insist"): a date phrase of one dates the saying.
_REPORTING_LEMMAS = _CLAIM_WORDS["reporting_verbs"]
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "did", "has", "have"})
#: A word as the tense and clause readers take it: letters with an optional clitic ("don't").
WORD_RE = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


def _verb_tense(word: str, before: str | None, before_name: bool = False) -> str | None:
    """ "present", "past" or None (not a tensed verb here) for ``word`` after ``before``
    (lower case; ``before_name``: it was written as a name inside the sentence)."""
    low = word.lower()
    forms = verb_forms(low)
    if not forms:
        return None
    if low in _PAST_AUXILIARIES:
        return "past"
    if low in _PRESENT_BE:
        return "present"
    if before in _NOT_BEFORE_A_TENSED_VERB:
        return None
    if before in CARDINAL_WORDS or before in ("dozen", "dozens"):
        # A word a number is spelled with counts the noun after it ("3.2 lakh people",
        # "two million homes"), which is then no verb: "people" is not "to people".
        return None
    if low.endswith("ing") and "VBG" in forms:
        # "are clearing the road on Monday" speaks of the future, "were clearing" not.
        return "present" if before in _PRESENT_BE else "past" if before else None
    if "VBD" in forms:
        # "is closed on Monday" (present passive) against "closed on Monday".
        return "present" if before in _PRESENT_BE else "past"
    if before and "VBD" in verb_forms(before) and before not in _PRESENT_BE:
        # Right after a past form a base form is its object, not a second verb: "was
        # granted bail on Wednesday", "filed suit on Monday" (no tensed verb "bail").
        return None
    if (
        "VBZ" not in forms
        and before
        and not before.endswith("s")
        and is_noun_or_adjective(low)
        and (before_name or is_noun_or_adjective(before))
    ):
        # A base form after a singular noun or a name cannot be its verb ("the granite
        # quarry on Friday", "the Orlan timber yard": a present verb there would be
        # "quarries"), while "talks resume" can.
        return None
    return "present" if forms & {"VB", "VBZ"} else None


def _nearest_verb(before: str, after: str) -> tuple[str, str] | None:
    """(tense, word) of the verb a date phrase between ``before`` and ``after`` belongs
    to: a past form right after it ("The vote on Monday was close") dates the clause in
    the past whatever came before; else the nearest tensed verb before it (never the
    clause's first word, its subject). None when there is no tensed verb."""
    words = WORD_RE.findall(before)
    following = WORD_RE.findall(after)[:3]
    for k, word in enumerate(following):
        if word.lower() in ("morning", "afternoon", "evening", "night"):
            continue
        if _verb_tense(word, following[k - 1].lower() if k else None) == "past":
            return ("past", word.lower())
        break
    for k in range(len(words) - 1, 0, -1):
        prev = words[k - 1]
        if _after_forward_modal(words, k):
            return ("future", words[k].lower())
        tense = _verb_tense(words[k], prev.lower(), k > 1 and prev[:1].isupper())
        if tense == "present" and _negated_past(words, k):
            tense = "past"
        if tense == "present" and _in_phrase_after_past(words, k):
            continue  # "died at the Orrin Chemicals plant on Wednesday": "plant" is a noun
        if tense is not None:
            return (tense, words[k].lower())
    return None


# Prepositions that open a phrase of place or time after a clause's verb ("at", "outside",
# "after"): the claims lexicon's, and a few of place it leaves out.
_PHRASE_PREPOSITIONS = _CLAIM_WORDS["prepositions"] | {
    "outside", "inside", "beside", "behind", "beyond", "throughout", "towards", "toward",
}


def _in_phrase_after_past(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]``, read as a present tense, is the last word of a noun phrase
    inside a phrase opened by a preposition after a past verb of the clause: "Two
    workers died at the Orrin Chemicals plant", "Police arrested two men at the Dunmore
    Docks", "resigned after violent protests". A word after a plural noun may be a
    present verb ("Talks resume"), but not inside such a phrase: the clause already has
    its verb. The phrase's words are nouns, adjectives, names, figures and determiners."""
    j = k - 1
    while j >= 0:
        low = words[j].lower()
        if low in _PHRASE_PREPOSITIONS:
            return any(
                _verb_tense(words[i], words[i - 1].lower() if i else None) == "past"
                for i in range(1, j)
            )
        if (
            j > 0
            and _verb_tense(words[j], words[j - 1].lower()) == "past"
            and not verb_lemmas(low) & _REPORTING_LEMMAS
        ):
            # The phrase is the object of the clause's past verb: "approved the plan",
            # "approved lowering the voting age". A reporting verb opens a clause of its
            # own instead ("said talks resume on Monday"), whose verb may be present.
            return True
        if not (
            low in _NOT_BEFORE_A_TENSED_VERB
            or words[j][:1].isupper()
            or words[j][:1].isdigit()
            or is_noun_or_adjective(low)
            or (low.endswith("ing") and "VBG" in verb_forms(low))
        ):
            return False
        j -= 1
    return False


# "could" in a denial tells a past inability ("Residents could not leave their homes on
# Monday"); the plain modal speaks of what may come ("Storms could hit on Friday"). A
# negated past auxiliary before a bare verb keeps the past tense it carries: "did not
# fail an inspection in March" is last March, "didn't meet on Tuesday" last Tuesday.
_NEGATED_PASTS = frozenset(
    {"couldn't", "couldn’t", "could not", "could never"}
    | {"didn't", "didn’t", "did not", "did never", "hadn't", "hadn’t", "had not", "had never"}
)


# "would" and "should" before a bare verb put its event after the time spoken of: in
# reported speech ("said talks would resume on Friday") that is after the saying, so a
# weekday of the clause is the coming one. "would have resumed" is a past (its verb is
# the participle, read as past), and "would" alone is not taken for a past form of "will".
_FORWARD_MODALS = frozenset({"would", "should", "wouldn't", "wouldn’t", "shouldn't", "shouldn’t"})
# Words allowed between the modal and its verb: "would not resume", "would also meet".
_MODAL_ADVERBS = frozenset({"not", "never", "also", "still", "then", "only", "again", "now"})


def _after_forward_modal(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]`` is the verb of "would"/"should": a bare verb ("would resume",
    "should not reopen", with "not", "also"... or an -ly adverb between) or a participle
    after "be" ("would be reopened")."""
    forms = verb_forms(words[k].lower())
    j = k - 1
    if j > 0 and words[j].lower() == "be" and forms & {"VBN", "VBD"}:
        j -= 1
    elif "VB" not in forms:
        return False
    if j > 0 and (words[j].lower() in _MODAL_ADVERBS or words[j].lower().endswith("ly")):
        j -= 1
    return j >= 0 and words[j].lower() in _FORWARD_MODALS


def _negated_past(words: Sequence[str], k: int) -> bool:
    """Whether the base form ``words[k]`` follows a negated past auxiliary or "could"
    (:data:`_NEGATED_PASTS`: "could not leave", "couldn't reach", "could never enter",
    "could no longer cross", "did not fail", "didn't meet", "had not met"): a past
    inability or a denied past act, so a date phrase of its clause is in the past."""
    lows = [w.lower() for w in words[max(0, k - 3) : k]]
    if lows and lows[-1] == "longer" and len(lows) == 3 and lows[-2] == "no":
        lows = lows[:-2]
    return bool(lows) and (lows[-1] in _NEGATED_PASTS or " ".join(lows[-2:]) in _NEGATED_PASTS)


def _weekday(
    which: str | None, weekday: int, ref: date, future: bool, time: str | None = None
) -> date:
    """The day a weekday names: "last Tuesday" is the latest one before the reference,
    "next Tuesday" the first after it, "this Tuesday" the one in the reference's week,
    but the latest one on or before the reference in the past ("met this Friday") and the
    first on or after it in the future ("will meet this Monday"), ``time`` being
    :func:`_time_of`. A bare "Tuesday" in news copy is the latest one on or before the
    publication date, unless its sentence speaks of the future (``future``,
    :func:`_speaks_of_future`): "will meet on Tuesday", "Talks resume on Tuesday"."""
    which = (which or "").lower()
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if which in ("last", "past"):
        return ref - timedelta(days=back or 7)
    if which in ("next", "coming"):
        return ref + timedelta(days=ahead or 7)
    if which == "this":
        if time == "past":
            return ref - timedelta(days=back)
        if time == "future":
            return ref + timedelta(days=ahead)
        return _week_start(ref) + timedelta(days=weekday)
    if future:
        return ref + timedelta(days=ahead)
    return ref - timedelta(days=back)


def _ago(n_text: str, unit: str, ref: date) -> tuple[DateGrain, date, date]:
    """The days "N units ago" names, counted back from ``ref``.

    Days, weeks and fortnights ago are that day. Longer spans are said loosely: "a year
    ago" is about the same date a year back, not the whole calendar year. They are the day
    that long back give or take what such a phrase is rounded to (our reading of news
    usage): a week for months ago, a month for years ago, a year for decades ago. The
    ``grain`` says that precision ("week", "month", "year").
    """
    n_text = n_text.lower()
    n = (
        int(n_text)
        if n_text.isdigit()
        else 1
        if n_text in ("a", "an")
        else parse_number_words(n_text) or 0
    )
    unit = unit.lower().rstrip("s")
    if unit == "day":
        day = ref - timedelta(days=n)
        return ("day", day, day)
    if unit in ("week", "fortnight"):  # "a week ago" is that day, as "three days ago" is
        day = ref - timedelta(weeks=n * (2 if unit == "fortnight" else 1))
        return ("day", day, day)
    if unit == "month":
        day = _months_back(ref, n)
        return ("week", day - timedelta(days=7), day + timedelta(days=7))
    if unit == "decade":
        day = _years_back(ref, 10 * n)
        return ("year", _years_back(day, 1), _years_back(day, -1))
    day = _years_back(ref, n)
    return ("month", _months_back(day, 1), _months_back(day, -1))


_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last stop followed by a
    capital ("a.m. on" or "U.S. officials" inside a sentence do not end it), looking back
    at most 600 characters."""
    low = max(0, pos - 600)
    start = low
    for match in _SENTENCE_END_RE.finditer(text, low, pos):
        start = match.end()
    return start


def _time_of(text: str, start: int, end: int) -> str | None:
    """``"future"``, ``"past"`` or ``None``: the time the sentence holding the date phrase
    ``text[start:end]`` speaks of, read once for every test below (the clause around the
    phrase and its nearest verb, :func:`_nearest_verb`, are found once).

    Future: a future form before the phrase ("will meet on Tuesday", "is due to …") or a
    verb in the present tense — news English puts a scheduled event in the present ("Talks
    resume on Monday", "Crews are clearing the road on Monday"), so the date is the coming
    one. Past: otherwise, a verb in the past ("Exports fell in June", "who retired in
    October", "have risen since May"). Reported speech has two times: a phrase of a past
    reporting verb ("'Taxes will not rise,' the chancellor said on Monday") dates the
    saying, not the quote, so it is past whatever the quote says."""
    before, after = _clause_around(text, start, end)
    verb = _nearest_verb(before, after)
    if verb is not None and verb[0] == "past" and verb_lemmas(verb[1]) & _REPORTING_LEMMAS:
        return "past"
    if _FUTURE_RE.search(before) or (verb is not None and verb[0] in ("present", "future")):
        return "future"
    return "past" if verb is not None and verb[0] == "past" else None


# Verbs of a state, whose present tense tells how things are, not an event to come:
# "Inflation stands at 3% this month", "The museum has a new wing this year".
_STATE_LEMMAS = frozenset({"be", "have", "stand", "remain", "stay", "seem", "appear", "lie"})


def scheduled_date(text: str) -> str:
    """The date phrase of an event ``text`` tells as scheduled in the present tense, news
    English's form for what is to come ("Prices rise on Wednesday", "Talks resume
    tomorrow", "The ban takes effect next week"), or "". The phrase names a coming day or
    span (a weekday, "tomorrow", "tonight", "next week", "this Friday"); its clause's
    verb is a present tense of an event, not of a state ("Inflation stands at 3% this
    month"), and no future form stands before it (a "will" or "is set to" is a plan of
    its own, :data:`factcheck.match.frames.PLANNED_RE`). The date it names is the coming
    one (:func:`_time_of`), and the claim is a plan, like "Prices will rise on
    Wednesday" (docs/matching.md)."""
    for match in _RELATIVE_RE.finditer(text):
        day = match["day"]
        if day is not None and _RELATIVE_DAYS.get(" ".join(day.lower().split()), -1) < 0:
            continue  # "yesterday", "last night": told of the past
        if (
            day is not None
            and _RELATIVE_DAYS.get(" ".join(day.lower().split()), 0) == 0
            and not day.lower().startswith("tonight")
        ):
            continue  # "today": now, not to come
        if match["ago"] is not None:
            continue
        if match["period"] is not None and match["which"].lower() not in ("next", "coming"):
            continue
        if match["wd"] is not None and (match["wdwhich"] or "").lower() in ("last", "past"):
            continue
        if match["weekend"] is not None:
            continue
        before, after = _clause_around(text, match.start(), match.end())
        if _FUTURE_RE.search(before):
            return ""
        if _told_in_the_past(before):
            continue  # "Police arrested 12 protesters near the embassy on Friday"
        verb = _nearest_verb(before, after)
        if verb is None or verb[0] != "present":
            continue
        if verb_lemmas(verb[1]) & _STATE_LEMMAS or verb[1] in ("is", "are", "am", "has", "have"):
            continue
        return " ".join(match.group().split())
    return ""


def _told_in_the_past(before: str) -> bool:
    """Whether the clause before a date phrase has a verb that can only be a past tense
    ("arrested", "rejected", "fell"; a word with a noun or adjective reading such as
    "injured" or "closed" does not count), after its reporting verb if it has one: such
    a clause tells what happened, so a later word read as a present ("near", "motion",
    "bank") is no present tense of a scheduled event."""
    words = WORD_RE.findall(before)
    # A reporting verb ("Officials said prices rise on Wednesday") tells when it was
    # said: only the reported clause after it says whether its event is to come.
    said = [k for k, w in enumerate(words) if verb_lemmas(w.lower()) & _REPORTING_LEMMAS]
    start = said[-1] + 1 if said else 1
    return any(
        "VBD" in verb_forms(word.lower())
        and "VB" not in verb_forms(word.lower())
        and not is_noun_or_adjective(word.lower())
        for word in words[start:]
        if word.lower() != "that"
    )


def _speaks_of_future(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding the date phrase ``text[start:end]`` speaks of the
    future (:func:`_time_of`). One test for every date the future moves (weekdays, "in
    three weeks", dates without a year); the sentence runs from :func:`_sentence_start`
    to the next stop after the phrase."""
    return _time_of(text, start, end) == "future"


def _clause_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The sentence's text before ``text[start:end]`` (from :func:`_sentence_start`) and
    after it (to the next full stop)."""
    before = text[_sentence_start(text, start) : start]
    stop = text.find(".", end)
    return before, text[end : stop if stop >= 0 else len(text)]


def anchor_dates(text: str, reference: date | None) -> tuple[AnchoredDate, ...]:
    """Relative dates in ``text`` ("yesterday", "on Tuesday", "last week", "this month",
    "next spring", "three days ago") as the days they name, counted from ``reference``.

    ``reference`` is the publication date of the article (``None`` when unknown: the
    mentions are still found, with ``start``/``end`` left ``None``). Weeks run Monday to
    Sunday (ISO 8601); seasons are meteorological and northern (spring is March to May).
    A weekday that belongs to a written date ("Tuesday, March 10") is left to
    :func:`find_dates`. Returns the mentions in text order, never overlapping.
    """
    # "March 10", "May 2025" are dates in their own right; a bare "March" is not, and
    # "last March" reads it relative to the reference.
    absolute = [d.span for d in find_dates(text) if d.day is not None or d.year is not None]
    found: list[AnchoredDate] = []
    # The day the last weekday of the current sentence was read as (start of sentence,
    # day): events told in sequence ("closed on Friday and reopened on Monday") are not
    # dated backwards, see below.
    last_weekday: tuple[int, date] | None = None
    for match in _RELATIVE_RE.finditer(text):
        span = match.span()
        surface = match.group()
        if match["wd"]:
            if not match["weekday"][0].isupper():
                continue
            if any(s <= match.start("weekday") < e for s, e in absolute):
                continue
        elif (
            match["period"] and match["what"].lower() in MONTHS and not match["what"][0].isupper()
        ):
            continue
        if any(s < span[1] and span[0] < e for s, e in absolute):
            continue
        grain: DateGrain
        start: date | None = None
        end: date | None = None
        try:
            if match["day"]:
                grain = "day"
                if reference is not None:
                    key = " ".join(match["day"].lower().split())
                    start = end = reference + timedelta(days=_RELATIVE_DAYS[key])
            elif match["ago"]:
                unit = match["unit"].lower().rstrip("s")
                # Unanchored, the phrase is as precise as its unit (see _ago once anchored).
                grain = {"fortnight": "week", "decade": "year"}.get(unit, unit)  # type: ignore[assignment]
                if reference is not None:
                    grain, start, end = _ago(match["n"], match["unit"], reference)
            elif match["period"]:
                what = match["what"].lower()
                grain = (
                    "season"
                    if what in _SEASONS
                    else "month"
                    if what in MONTHS or what == "month"
                    else {"fortnight": "week", "decade": "year"}.get(what, what)  # type: ignore[assignment]
                )
                if reference is not None:
                    # only a period that recurs within the year or the week reads the tense
                    time = _time_of(text, *span) if what in _RECURRING else None
                    grain, start, end = _period(match["which"], what, reference, time)
            elif match["wd"]:
                grain = "day"
                which = match["wdwhich"]
                if which and which.lower() == "on":
                    which = None
                if reference is not None:
                    time = _time_of(text, *span)
                    weekday = _WEEKDAYS[match["weekday"].lower()]
                    start = end = _weekday(which, weekday, reference, time == "future", time)
                    opened = _sentence_start(text, span[0])
                    if (
                        not which
                        and last_weekday is not None
                        and last_weekday[0] == opened
                        and start < last_weekday[1]
                    ):
                        # A second bare weekday in one sentence tells a later event (English
                        # tells events in order: "closed on Friday and reopened on Monday",
                        # "sailed on Tuesday and docked on Wednesday"): it is the first such
                        # day on or after the earlier one, even past the publication date,
                        # never the one before it. The first weekday keeps its own reading.
                        start = end = start + timedelta(weeks=1)
                    last_weekday = (opened, start)
            else:  # "over the weekend": the latest weekend on or before the reference,
                # or, in a sentence about the future (as a bare weekday), the coming one.
                grain = "weekend"
                if reference is not None:
                    saturday = _week_start(reference) + timedelta(days=5)
                    if saturday > reference and not _speaks_of_future(text, *span):
                        saturday -= timedelta(weeks=1)
                    start, end = saturday, saturday + timedelta(days=1)
        except (OverflowError, ValueError):
            # The days counted from the reference fall outside the calendar (years 1 to
            # 9999): "3000 years ago" in 2026, "in 900000 days". The phrase is kept,
            # unanchored, as without a reference, instead of failing the whole text.
            start = end = None
        found.append(AnchoredDate(span, surface, grain, start, end))
    if reference is not None:
        found += _ahead_dates(text, reference, found)
        found += _yearless_dates(text, reference, found)
        found.sort(key=lambda d: d.span)
    return tuple(found)


# "in three weeks", "in 10 days' time", "in a month": a day counted forward, read only in
# a sentence about the future (a past "was built in three weeks" is a duration).
_AHEAD_RE = re.compile(
    r"\bin\s+(?P<n>" + _NUMBER_OF + r")\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)"
    r"(?:['’]?\s+time)?\b",
    re.IGNORECASE,
)


def _ahead_matches(text: str) -> Iterator[re.Match[str]]:
    """The "in three weeks" phrases of ``text`` that count forward: those in a sentence
    about the future (a past "was built in three weeks" is a duration)."""
    if "in " not in text.lower():
        return
    for match in _AHEAD_RE.finditer(text):
        if _speaks_of_future(text, *match.span()):
            yield match


def no_figure_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of ``text`` whose numbers measure nothing, in text order: relative dates
    ("two years ago", "will reopen in three weeks": when, as a year says), and the digits
    of names, addresses and phone numbers ("Pier 4", "example.org/2024", "0161 496 0000";
    :func:`find_quantities` reads no quantity there). Check-worthiness gives a claim whose
    only numbers stand in these spans no figure reason."""
    ahead = (m.span() for m in _ahead_matches(text))
    found = sorted({*ago_spans(text), *ahead, *_not_figures(text)})
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:  # overlapping or touching: one span
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _ahead_dates(text: str, reference: date, taken: Sequence[AnchoredDate]) -> list[AnchoredDate]:
    out: list[AnchoredDate] = []
    for match in _ahead_matches(text):
        if any(d.span[0] < match.end() and match.start() < d.span[1] for d in taken):
            continue
        # _ago counts back; the same rounding counted forward (a mirror around reference).
        try:
            grain, low, high = _ago(match["n"], match["unit"], reference)
            forward: tuple[date | None, date | None] = (
                reference + (reference - high),
                reference + (reference - low),
            )
        except (OverflowError, ValueError):
            # Past the calendar's ends ("in 8000 years"): kept unanchored, as in
            # anchor_dates, at the precision of its unit.
            unit = match["unit"].lower().rstrip("s")
            grain = {"fortnight": "week"}.get(unit, unit)  # type: ignore[assignment]
            forward = (None, None)
        out.append(AnchoredDate(match.span(), match.group(), grain, *forward))
    return out


def _yearless_dates(
    text: str, reference: date, taken: Sequence[AnchoredDate]
) -> list[AnchoredDate]:
    """Written dates without a year ("on 1 January", "Jan. 5", "in mid-February",
    "Saturday, March 7") in the year the publication date makes plausible: the nearest
    such day to it (a year before, the same year or the next); in a sentence about the
    future the first on or after it, in one about the past (:func:`_time_of`) one
    begun by then; with a weekday, a year in which the day falls on that
    weekday when one of the three does. A month alone names the whole month."""
    out: list[AnchoredDate] = []
    for mention in find_dates(text):
        if mention.year is not None or mention.month is None:
            continue
        if any(d.span[0] < mention.span[1] and mention.span[0] < d.span[1] for d in taken):
            continue
        when = _time_of(text, *mention.span)
        options: list[tuple[date, date]] = []
        for year in (reference.year - 1, reference.year, reference.year + 1):
            try:
                if mention.day is not None:
                    day = date(year, mention.month, mention.day)
                    options.append((day, day))
                else:
                    options.append(_month_range(year, mention.month))
            except ValueError:  # 29 February outside a leap year
                continue
        if mention.weekday is not None and mention.day is not None:
            options = [o for o in options if o[0].weekday() == mention.weekday] or options
        if when == "future":
            options = [o for o in options if o[1] >= reference] or options
        elif when == "past":
            # A past event's month or day has begun by the publication date: "Exports
            # fell in June" published in March is last June, however near the next one.
            options = [o for o in options if o[0] <= reference] or options
        if not options:
            continue
        low, high = min(
            options, key=lambda o: min(abs((o[0] - reference).days), abs((o[1] - reference).days))
        )
        grain: DateGrain = "day" if mention.day is not None else "month"
        out.append(AnchoredDate(mention.span, mention.text, grain, low, high))
    return out


# --------------------------------------------------------------------------------------
# Bounds: numbers that qualify a claim rather than state what it measures
# --------------------------------------------------------------------------------------

_PEOPLE_BEFORE = (
    r"(?:people|persons|adults|patients|participants|volunteers|residents|men|women"
    r"|children|those|anyone|everyone|voters|workers|drivers|users)"
)
_AGE_BEFORE_RE = re.compile(
    r"(?:\bag(?:ed|es?)\s+|\bage\s+of\s+|\b"
    + _PEOPLE_BEFORE
    + r"\s+(?:over|under|above|below)\s+)$",
    re.IGNORECASE,
)
_AGE_AFTER_RE = re.compile(
    r"^(?:\s*(?:and|or)\s+(?:over|older|above|up|under|younger|below)\b"
    r"|\s*-?\s*years?[- ]old\b|\s*\+)",
    re.IGNORECASE,
)
# ", 58," right after a name is the person's age in newswire style.
_APPOSED_AGE_RE = re.compile(r"[A-Z][\w'’.-]*,\s*$")
_DURATION_BEFORE_RE = re.compile(
    r"\b(?:over|for|through|throughout|across|during|within|spanning|lasting"
    r"|in\s+the\s+(?:past|last|next|first))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DURATION_AFTER_RE = re.compile(
    r"^\s+(?:[a-z-]+\s+)?(?:years?|months?|weeks?|days?|hours?|decades?|winters?"
    r"|summers?|seasons?|quarters?|terms?)\b",
    re.IGNORECASE,
)


def bound_kind(text: str, q: Quantity) -> str:
    """Why ``q`` only bounds who or when a claim is about ("age", "duration", "time",
    "season", "year", "date" for "N units ago") or is no quantity at all ("list", "code"),
    or "" for a measured quantity.

    In "cut admissions among people aged 65 and over by 38%" the measured quantity is
    the 38%; the 65 only says which people. Comparing it with another claim's figure
    would invent a conflict ("38% vs 65") or hide the real one. The same holds for an
    age in apposition ("Smith, 58, said") and for a span of time that frames a figure
    ("$200 million over three fiscal years", "followed 1,200 people through two winters").
    """
    start, end = q.span
    if any(s <= start and end <= e for s, e in ago_spans(text)):
        return "date"  # "reopened two years ago": when, not how long (a relative date)
    if (
        _CLOCK_BEFORE_RE.search(text, max(0, start - 2), start)
        or _CLOCK_AFTER_RE.match(text, end)
    ) and not any(t.span[0] <= start < t.span[1] for t in find_tallies(text)):
        return "time"  # "at 4:15 a.m.": a time of day, which dates compare, not numbers
    if q.unit and q.unit != "s":
        return ""
    # The approximator is part of the quantity's span ("over 65"), but here it is the
    # preposition that makes the number a bound.
    digits = re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", q.text)
    lead = q.text[: digits.start()] if digits else ""
    before, after = text[max(0, start - 40) : start] + lead, text[end : end + 40]
    if 1900 <= q.value < 2100 and q.value == int(q.value) and _YEAR_RANGE_RE.match(text, end):
        return "season"  # "the 2023-24 winter"
    if (
        1950 <= q.value < 2050
        and q.text.isdigit()
        and re.search(r"\b(?:the|of|fiscal|years?|since|until|from|through|to|and)\s+$", before)
    ):
        return "year"  # "the 2022 emails", "fiscal 2021": a year, not a count of 2,022
    if _LIST_MARK_RE.match(text, end) and _NON_SPACE_RE.search(text, 0, start) is None:
        return "list"  # "1. six counts of fraud": the number of a list item
    if _CODE_BEFORE_RE.search(text, max(0, start - 2), start) and not q.text[:1].isalpha():
        return "code"  # "NV-214", "Covid-19": part of a name
    if re.search(r"\b(?:19|20)\d\d[-–/]$", before):
        return "season"  # "the 2023-24 winter": the 24 belongs to the year before it
    if _AGE_BEFORE_RE.search(before) or _AGE_AFTER_RE.match(after):
        return "age"
    if (
        q.value == int(q.value)
        and 0 < q.value < 120
        and _APPOSED_AGE_RE.search(before)
        and after.lstrip().startswith(",")
    ):
        return "age"
    if _DURATION_BEFORE_RE.search(before) and _DURATION_AFTER_RE.match(after):
        return "duration"
    return ""
