"""Turn sentences into atomic, checkable claims.

A fact-checker checks claims, not sentences: "The quake killed 1,100 people and injured
more than 3,000" makes two. This module splits coordinated predicates and clauses with
rules over tokens (see docs/claims.md), re-attaches what the conjuncts share (subject,
fronted time or place, attribution) so each claim reads alone, and keeps for each the
smallest source span that holds its words. Scoring and typing live in
:mod:`factcheck.checkworthy`.

Splitting is deliberately conservative: a wrong split invents a claim nobody made, a
missed split only leaves two claims in one. So a conjunction splits only when the words
after it start a verb phrase of the same form as the main verb ("killed … and injured")
or with a finite auxiliary ("covers … and was approved"), or a clause with its own
subject and finite verb ("… and the airport closed"); never inside names, fixed pairs,
"between X and Y", quotes, brackets or relative clauses.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import itemgetter

import lemminflect

from factcheck.checkworthy import assess
from factcheck.claim_lexicon import (
    AMOUNT_WORDS,
    BE_FORMS,
    DEMONSTRATIVES,
    LEXICON,
    QUANTIFIERS,
    TIME_NOUNS,
    TOKEN_PATTERN,
    Token,
    can_be_participle,
    is_finite_only,
    is_noun_or_adjective,
    is_subject_head,
    lemmas,
    negated_contraction,
    noun_over_rare_past,
    tokenize,
    verb_forms,
    verb_lemma,
    verb_lemmas,
)
from factcheck.normalize import find_approximator, parse_number_words
from factcheck.segment import Sentence, list_item, segment

__all__ = [
    "CLAIM_TYPES",
    "Claim",
    "contrast_readings",
    "extract_claims",
    "gapped_readings",
    "is_question",
    "participle_clause",
    "speaker_readings",
    "split_sentence",
    "without_markup",
]

CLAIM_TYPES = ("quantity", "event", "attribution", "causal", "prediction", "opinion", "other")


@dataclass(frozen=True, slots=True)
class Claim:
    """One atomic claim.

    ``text`` reads as a standalone statement; ``quote == document[start:end]`` is the
    smallest source span holding the claim's words.
    """

    text: str
    quote: str
    start: int
    end: int
    sentence_index: int
    checkworthiness: float = 0.0
    checkworthy: bool = False
    type: str = "other"
    reasons: tuple[str, ...] = field(default_factory=tuple)
    #: The source ranges the claim's words come from, in order: one range for an unsplit
    #: claim; for a split one, e.g. the shared subject and its own predicate. Lets a
    #: caller tell which words inside ``quote`` belong to a sibling claim.
    parts: tuple[tuple[int, int], ...] = field(default_factory=tuple)


Piece = tuple[int, int]  # a half-open range of token indices

_FINITE = frozenset({"VBD", "VBZ", "VB"})
_AUX = frozenset({"AUX"})
_NO_FORMS: frozenset[str] = frozenset()
_CONJUNCTIONS = frozenset({"and", "but"})
_OPENERS = frozenset('(["“‘')
_CLOSERS = frozenset(')]"”’')
_NESTING = _OPENERS | _CLOSERS
_TEXT = itemgetter(0)  # Token.text, read in C
_LOWER = itemgetter(3)  # Token.lower
_FINAL = frozenset(".!?…")
_AND_PAIRS = frozenset(p for p in LEXICON["fixed_pairs"] if " and " in p)
# One search over the words around "and" instead of one per fixed pair.
_AND_PAIR_PATTERN = re.compile(
    " (?:" + "|".join(re.escape(p) for p in sorted(_AND_PAIRS, key=lambda p: (-len(p), p))) + ") "
)
# The word lists the rules consult for nearly every token, bound once (see
# factcheck/data/claims_lexicon.toml for why each exists).
_ADVERBS = LEXICON["adverbs"]
_AUXILIARIES = LEXICON["auxiliaries"]
_DETERMINERS = LEXICON["determiners"]
_NUMBER_WORDS = LEXICON["number_words"]
_PREPOSITIONS = LEXICON["prepositions"]
_PRONOUNS = LEXICON["pronouns"]
_RELATIVE_PRONOUNS = LEXICON["relative_pronouns"]
_REPORTING_VERBS = LEXICON["reporting_verbs"]
_ADDRESSING_VERBS = LEXICON["addressing_verbs"]
_TIME_ADVERBS = LEXICON["time_adverbs"]
_INTRANSITIVE = LEXICON["intransitive_verbs"]
_RELATIVE = frozenset({"who", "which", "whom", "whose"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
# Auxiliaries that carry tense themselves, so they can open a predicate of their own
# ("covers pupils … and was approved in May"); "be", "been", "being" need one before them.
_FINITE_AUXILIARIES = _AUXILIARIES - {"be", "been", "being"}
# Finite auxiliaries that cannot follow a subject a third-person singular verb agreed with
# ("The rule covers …" cannot go on "and were approved").
_NOT_THIRD_SINGULAR = frozenset(
    {"are", "were", "have", "do", "am", "aren't", "weren't", "haven't", "don't"}
)
# Verbs whose object may be a clause without "that" ("shows prices rose"), besides the
# reporting verbs: see clause_taking_verbs in the lexicon.
_CLAUSE_TAKING = LEXICON["clause_taking_verbs"]
# Verbs that need a speaker or a thinker for subject: after a reported clause, a conjunct
# of one of them may be the speaker's ("said the toll rose and expected it to fall").
_SPEAKERS_VERBS = _REPORTING_VERBS | _CLAUSE_TAKING | LEXICON["opinion_verbs"]
_WH_WORDS = frozenset({"how", "what", "why", "where", "when", "whether", "who", "which"})
# "aged 65 and over", "children 12 and under": a bound, not a second claim.
_BOUNDS = frozenset({"over", "above", "older", "under", "below", "younger", "up", "more"})
_UNITS_OF_AGE = frozenset({"year", "years", "month", "months", "week", "weeks", "day", "days"})
# Words that are neither one of two coordinated modifiers nor the noun they modify
# ("the injured and displaced them", "disappeared and the bird" are no noun phrases).
_NOT_HEADS = (
    _DETERMINERS
    | _PREPOSITIONS
    | _PRONOUNS
    | _ADVERBS
    | _AUXILIARIES
    | _CONJUNCTIONS
    | {"him", "her", "them", "us", "me"}
)


def _depths(tokens: Sequence[Token]) -> list[int]:
    """Nesting depth of each token in brackets and quotation marks.

    A conjunction inside a quotation or a bracket belongs to someone else's sentence or
    an aside, so splitting there would misattribute or mangle it.
    """
    if _NESTING.isdisjoint(map(_TEXT, tokens)):
        return [0] * len(tokens)  # most sentences: no quotation mark or bracket at all
    depths: list[int] = []
    depth = 0
    straight_open = False
    for token in tokens:
        t = token.text
        if t == '"':
            if straight_open:
                depth -= 1
                depths.append(depth)
            else:
                depths.append(depth)
                depth += 1
            straight_open = not straight_open
            continue
        if t in _OPENERS and t != "’":
            depths.append(depth)
            depth += 1
            continue
        if t in _CLOSERS and t != '"' and depth > 0:
            depth -= 1
        depths.append(depth)
    return depths


def _finite_verb_at(tokens: Sequence[Token], i: int) -> frozenset[str]:
    """Verb forms of token ``i`` if it can be a finite verb here, else an empty set.

    A verb-looking word right after a determiner, a possessive or a preposition is a
    noun ("the quake", "its exports", "of cuts"); after "to" it is an infinitive.
    """
    token = tokens[i]
    word = token.lower
    first = token.text[0]
    # "in May", "by Will": a capitalised auxiliary after a preposition is a month or a name
    if word in _AUXILIARIES and not (
        first.isupper() and i > 0 and _makes_noun(tokens[i - 1].lower)
    ):
        return _AUX
    if not first.isalpha() or (i > 0 and (first.isupper() or _makes_noun(tokens[i - 1].lower))):
        return _NO_FORMS
    return _finite_forms(word)


@lru_cache(maxsize=1 << 16)
def _makes_noun(previous: str) -> bool:
    """Whether a verb-looking word after ``previous`` is a noun ("the quake", "600 homes").

    After a slash it is one of two alternatives or part of a path ("../shared/eval").
    """
    return (
        previous == "/"
        or previous in _DETERMINERS
        or previous in _PREPOSITIONS
        or previous.endswith(("'s", "’s"))
        or previous[0].isdigit()
        or previous in _COUNTING_WORDS
    )


# Number words that count the noun after them ("three homes", "hundreds of"); the
# lexicon's number words also hold nouns that take a verb ("the rate fell", "the
# majority voted", "half voted against").
_COUNTING_WORDS = _NUMBER_WORDS - {
    "rate", "number", "average", "majority", "minority", "half", "third", "quarter", "twice",
}


@lru_cache(maxsize=1 << 16)
def _finite_forms(word: str) -> frozenset[str]:
    return verb_forms(word) & _FINITE


def _is_strong_verb(tokens: Sequence[Token], i: int) -> bool:
    """A finite verb that is hardly ever anything else: an auxiliary or a past form.

    "costs", "charges" or "cut" may be nouns; "are", "fell" and "injured" here are verbs.
    """
    forms = _finite_verb_at(tokens, i)
    if forms == {"AUX"}:
        return True
    if "VBD" not in forms:
        return False
    word = tokens[i].lower
    if is_finite_only(word):
        return True
    if i + 1 < len(tokens) and is_subject_head(word, tokens[i + 1].lower):
        return False  # "The lifeboat crew saved …": the noun before its verb
    # "fell" and "rose" are also nouns, but as the past of another verb they are verbs.
    return any(lemma != word for lemma in verb_lemmas(word))


def _main_verb(tokens: Sequence[Token], start: int, end: int) -> int | None:
    """Index of the main finite verb of the clause starting at ``start``.

    Skips what has its own verb: a relative clause up to its closing comma ("The
    minister, who took office in 2019, denied"; with no closing comma the clause cannot
    be delimited and there is no answer), and a participle set off by commas ("The
    trial, published on Tuesday, enrolled"). A verb that can only be a verb ("are",
    "rose") wins over an earlier word that may be a noun ("rising fuel costs … are"),
    but not when it opens a coordinated predicate ("covers pupils and was approved") or
    a participle describing the earlier verb's object ("covers pupils aged 16").
    """
    candidates: list[int] = []
    i = start - 1
    while i + 1 < end:
        i += 1
        if candidates and _ends_clause(tokens, i, end):
            break  # the strong verb beyond ", but" belongs to the next clause
        if tokens[i].lower in _RELATIVE and i > start:
            closing = _next_comma(tokens, i, end)
            if closing is None:
                break
            i = closing
            continue
        if tokens[i].lower in _NON_FINITE_AUXILIARIES:
            # "The army, having shelled the town and cut its water, withdrew": a
            # perfect or passive participle clause is never the main verb; set off by
            # commas it is skipped whole, so a verb coordinated inside it stays there.
            closing = _next_comma(tokens, i, end)
            opens = i == start or tokens[i - 1].lower == ","
            if opens and closing is not None and not candidates:
                i = closing
            continue
        forms = _finite_verb_at(tokens, i)
        if not forms or (i == start and forms != {"AUX"}):
            # a finite verb needs its subject first: "Marks and Spencer opened" starts
            # with a name that only looks like a verb.
            continue
        previous = tokens[i - 1].lower if i > start else ""
        if previous == "," and forms != {"AUX"} and not candidates:
            closing = _next_comma(tokens, i, end)
            if closing is not None:
                i = closing
                continue
        # a base form agrees only with "I/we/you/they" or a plural ("prices rise");
        # after a singular noun it is a noun itself ("the flood plain").
        if (
            forms == {"VB"}
            and previous
            and previous not in _PRONOUNS
            and not previous.endswith("s")
        ):
            continue
        if _is_strong_verb(tokens, i):
            if candidates and (
                _after_conjunction(tokens, start, i)
                or _is_reduced_relative(tokens, candidates[0], i)
                # "The firm cut 200 jobs, closed two plants and sold …": a verb of the
                # same form after a comma is the next member of a series of predicates
                or (previous == "," and _same_form(tokens, i, candidates[0]))
            ):
                # "covers pupils and was approved": a verb right after "and" coordinates
                # with the earlier one; "covers pupils aged 16": the participle describes
                # the earlier verb's object. Either way the earlier verb is the main one.
                return candidates[0]
            return i
        candidates.append(i)
    return candidates[0] if candidates else None


# Auxiliaries that head a participle clause, not a finite predicate.
_NON_FINITE_AUXILIARIES = frozenset({"having", "being"})


def _after_conjunction(tokens: Sequence[Token], start: int, i: int) -> bool:
    """Whether token ``i`` follows "and" / "but", perhaps with adverbs between."""
    k = i - 1
    while k > start and tokens[k].lower in _ADVERBS:
        k -= 1
    return k > start and tokens[k].lower in _CONJUNCTIONS


def _is_reduced_relative(tokens: Sequence[Token], verb: int, i: int) -> bool:
    """Whether the past form at ``i`` is a participle describing the object of ``verb``.

    "The rule covers pupils aged 16", "The fund pays workers laid off in 2020": a word
    that can be a past participle, right after a noun that follows an earlier finite
    verb, starts a reduced relative clause ("pupils who are aged 16"), so it is not the
    main verb, however clearly it is a verb. Not so when the earlier word may be a noun
    heading the subject ("Fuel costs in the north increased"), when it may take a clause
    as its object ("The data shows prices increased"), or when the form cannot be a
    participle ("… prices rose", where "risen" would be), or when it stands before a
    noun it modifies ("plus normalised numbers").
    """
    if i - 1 <= verb or tokens[i].lower in _AUXILIARIES:
        return False
    noun = tokens[i - 1]
    if not (
        noun.text[0].isalpha()
        and noun.lower not in _NOT_HEADS
        and (noun.text[0].isupper() or is_noun_or_adjective(noun.lower))
    ):
        return False
    if not can_be_participle(tokens[i].lower):
        return False
    if i + 1 < len(tokens) and _prenominal(tokens[i + 1]):
        return False  # "plus normalised numbers": it modifies the noun after it
    word = tokens[verb].lower
    if word in _AUXILIARIES or verb_lemmas(word) & (_REPORTING_VERBS | _CLAUSE_TAKING):
        return False
    # a verb that is also a noun must have its object right after it ("covers pupils"),
    # not a preposition that would rather attach to a noun ("costs in the north").
    return not is_noun_or_adjective(word) or tokens[verb + 1].lower not in _PREPOSITIONS


def _prenominal(following: Token) -> bool:
    """Whether a participle before ``following`` modifies it ("normalised numbers").

    Only a word that can be a noun but neither an adjective nor an adverb counts:
    "laid off", "aged 16", "rated good", "based in Leeds" and "elected last year" go on
    with the participle's own words.
    """
    word = following.lower
    if not following.text[0].isalpha() or word in _PREPOSITIONS:
        return False
    found = lemmas(word)
    return "NOUN" in found and "ADJ" not in found and "ADV" not in found


def _ends_clause(tokens: Sequence[Token], i: int, end: int) -> bool:
    word = tokens[i].lower
    if word in (";", "but", "that") or word in _CONTRASTIVE:
        return True
    return word == "," and i + 1 < end and tokens[i + 1].lower in _CONJUNCTIONS


def _next_comma(tokens: Sequence[Token], i: int, end: int) -> int | None:
    for j in range(i + 1, end):
        if tokens[j].text == ",":
            return j
    return None


def _skip_adverbs(tokens: Sequence[Token], i: int, end: int) -> int:
    while i < end and (tokens[i].lower in _ADVERBS or tokens[i].text == ","):
        i += 1
    return i


def _predicate_verb_forms(tokens: Sequence[Token], verb: int, end: int) -> frozenset[str]:
    """Forms a coordinated predicate must share with the main verb.

    After an auxiliary the shared form is the complement of any auxiliary of the chain
    ("has enshrined … and launched", "will raise … and cut", "is being repaired and
    painted", "will close and be rebuilt"), so every word the chain governs counts.
    """
    if tokens[verb].lower in _AUXILIARIES:
        # "does not merely delay the plan but abandons it": after a "do" that carries a
        # "not only" frame, the second predicate takes the tense of the "do" itself.
        framed = (
            {_DO[tokens[verb].lower]}
            if tokens[verb].lower in _DO and _not_only_at(tokens) == verb + 1
            else set()
        )
        chain = _auxiliary_chain(tokens, verb, end)
        governed = [*chain[1:], _skip_adverbs(tokens, chain[-1] + 1, end)]
        forms: set[str] = set()
        for j in governed:
            if j < end:
                forms |= verb_forms(tokens[j].lower) - {"VBZ"}
        if forms:
            return frozenset(forms | framed)
        return frozenset({"VB", "VBD", "VBG"} | framed)
    return verb_forms(tokens[verb].lower) & _FINITE


# Auxiliaries that take no tense of their own: they follow another auxiliary in a chain
# ("has been", "will be", "is being", "could have").
_NON_FINITE = frozenset({"be", "been", "being"})


def _auxiliary_chain(tokens: Sequence[Token], verb: int, end: int) -> list[int]:
    """Indices of the auxiliaries from the main verb on: "has been" in "has (not) been
    fined", "will be" in "will be rebuilt"; adverbs between them are passed over."""
    chain = [verb]
    j = _skip_adverbs(tokens, verb + 1, end)
    while j < end and (tokens[j].lower in _NON_FINITE or tokens[j].lower == "have"):
        if not _licenses(tokens, chain[-1], j):
            break
        chain.append(j)
        j = _skip_adverbs(tokens, j + 1, end)
    return chain


def _has_clause(tokens: Sequence[Token], i: int, end: int) -> bool:
    """Whether tokens from ``i`` start a clause: a short subject, then a finite verb."""
    return _clause_verb(tokens, i, end) is not None


def _clause_verb(tokens: Sequence[Token], i: int, end: int) -> int | None:
    """The index of the verb of a clause starting at ``i`` (see :func:`_has_clause`).

    The subject is a short noun phrase, or two joined by "and"/"or" ("the A2 motorway
    and two regional roads were closed"): a conjunction before another noun phrase is
    still the subject's, so the clause's verb comes after both. The caller passes over
    that inner "and", which would otherwise split the subject into two claims.
    """
    if i >= end:
        return None
    first = tokens[i]
    if not (
        first.lower in _PRONOUNS
        or first.lower in _DETERMINERS
        or first.text[0].isupper()
        or first.text[0].isdigit()
        or first.lower in _FIGURE_WORDS
        or is_noun_or_adjective(first.lower)
    ):
        return None
    if first.lower in _WH_WORDS:
        return None  # "and how long it lasts" is an embedded question, not a clause
    # After a subject pronoun ("but it also takes longer") the next word that is not an
    # adverb is its verb: a pronoun takes no noun after it, so "takes" and "cut" are
    # verbs there even though they can be nouns.
    verb_next = _skip_adverbs(tokens, i + 1, end) if first.lower in _SUBJECT_PRONOUNS else -1
    limit = min(end, i + 7)
    j = i + 1
    joined = 0
    while j < limit:
        if (
            (tokens[j].lower in ("and", "or") or (tokens[j].text == "," and _series(tokens, j)))
            and joined < 6
            and _starts_subject(tokens, j + 1)
        ):
            # "the A2 motorway and two regional roads were closed", "schools, shops and
            # offices were shut": one subject of several noun phrases; each gets a
            # window of its own.
            joined += 1
            limit = min(end, j + 8)
            j += 2
            continue
        if tokens[j].text in (",", ";", ":") or tokens[j].lower in _CONJUNCTIONS:
            return None
        if tokens[j].lower in _AUXILIARIES:
            return None if (j + 1 < end and tokens[j + 1].text == ",") else j
        # a clause's verb must be one that is not also a noun: "and temporary flood
        # barriers" has none, "and the town flooded" has one.
        if _finite_verb_at(tokens, j) and (
            j == verb_next
            or _is_strong_verb(tokens, j)
            or not is_noun_or_adjective(tokens[j].lower)
        ):
            return j
        if _counted_subject_verb(tokens, j):
            return j
        if _finite_verb_at(tokens, j) and _object_opens(tokens, j + 1, end):
            # "but the judge set aside the ban", "but the panel cut the fee": a noun phrase
            # is never followed by a determiner or by a particle and its object, so a word
            # that may be a noun ("set", "cut", "hit") is the clause's verb there
            return j
        j += 1
    return None


# Particles of phrasal verbs: before their object ("set aside the ban", "put off the
# vote") or after it ("pushing inflation up to 4.1%"), they go with the verb.
_PARTICLES = frozenset({"aside", "back", "off", "out", "up", "down", "away"})


def _object_opens(tokens: Sequence[Token], k: int, end: int) -> bool:
    """Whether an object opens at ``k``: a determiner ("the", "its"; not "that", which
    may open a clause), or a particle with a determiner after it ("aside the")."""
    if k < end and tokens[k].lower in _PARTICLES:
        k += 1
    return k < end and tokens[k].lower in _DETERMINERS and tokens[k].lower != "that"


def _series(tokens: Sequence[Token], comma: int) -> bool:
    """Whether the comma at ``comma`` parts members of a series that "and"/"or" closes
    before the next verb-free stretch ends: "the A2, the A3 and two bridges"."""
    for k in range(comma + 1, min(len(tokens), comma + 8)):
        word = tokens[k].lower
        if word in ("and", "or"):
            return True
        if word in (";", ":") or word in _AUXILIARIES:
            return False
        if _finite_verb_at(tokens, k) and not is_noun_or_adjective(word):
            return False  # a verb that is nothing else ends the stretch ("shops" may go on)
    return False


def _starts_subject(tokens: Sequence[Token], i: int) -> bool:
    """Whether token ``i`` opens a noun phrase that can be a second subject after "and":
    a determiner or possessive, a figure, a capitalised name or a noun (not a pronoun,
    whose "and" joins clauses: "and it was closed")."""
    if i >= len(tokens):
        return False
    token = tokens[i]
    return (
        token.lower in _DETERMINERS
        or token.lower in _OBJECT_OPENERS
        or token.text[0].isdigit()
        or token.lower in _COUNTING_WORDS
        or (token.text[0].isupper() and token.lower not in _PRONOUNS)
        # "schools, shops and offices": a bare noun, unless it can only be a verb
        or (token.text[0].isalpha() and is_noun_or_adjective(token.lower))
    )


def _counted_subject_verb(tokens: Sequence[Token], j: int) -> bool:
    """Whether token ``j`` is the past-tense verb of a subject that is a bare figure.

    A word after a number is read as the noun it counts ("nine homes", "600 cuts"), but
    a past form that is no noun, or the past of another verb, is the verb of the figure
    standing for its subject: "but only nine held licences", "14 died", "half voted".
    """
    if j == 0:
        return False
    previous, token = tokens[j - 1], tokens[j]
    if not (previous.text[0].isdigit() or previous.lower in _FIGURE_WORDS):
        return False
    if not token.text[0].islower() or "VBD" not in _finite_forms(token.lower):
        return False
    word = token.lower
    return not is_noun_or_adjective(word) or any(lemma != word for lemma in verb_lemmas(word))


_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
# Subject pronouns that stand for a noun phrase named before them (see split_sentence).
_ANAPHORS = frozenset({"he", "she", "it", "they"})


def _guarded(tokens: Sequence[Token], conj: int, clause_start: int) -> bool:
    """Whether "and" at ``conj`` joins things that must stay together."""
    before = tokens[conj - 1] if conj > 0 else None
    after = tokens[conj + 1] if conj + 1 < len(tokens) else None
    if before is None or after is None:
        return True
    window = " " + " ".join(map(_LOWER, tokens[max(0, conj - 4) : conj + 5])) + " "
    if _AND_PAIR_PATTERN.search(window):
        return True
    if after.lower in _BOUNDS and _ends_in_quantity(tokens, conj - 1):
        return True
    if _modifies_one_noun(tokens, conj):
        return True
    # "between 2 and 5 percent", "both X and Y": the conjuncts are compared, not claimed.
    for k in range(conj - 1, max(clause_start, conj - 8) - 1, -1):
        if tokens[k].lower in ("between", "both"):
            return True
        if _finite_verb_at(tokens, k):
            break
    # a name of two capitalised parts ("Marks and Spencer"), unless a clause follows.
    if (
        before.text[0].isupper()
        and after.text[0].isupper()
        and after.lower not in (_PRONOUNS | _DETERMINERS)
    ):
        return not _has_clause(tokens, conj + 1, len(tokens))
    return False


def _ends_in_quantity(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` ends a quantity: "65", "sixty-five", "65 years", "six months".

    Before "and over" / "and under" such a quantity is a bound ("aged 65 years and over
    by 38%"), and what follows "and" is no claim of its own.
    """
    word = tokens[k].lower
    if word in _UNITS_OF_AGE and k > 0:
        k -= 1
        word = tokens[k].lower
    return word[0].isdigit() or all(part in _NUMBER_WORDS for part in word.split("-"))


def _modifies_one_noun(tokens: Sequence[Token], conj: int) -> bool:
    """Whether "and" joins two modifiers of one noun after a determiner or preposition.

    "the 2023-24 and 2024-25 winter seasons", "the red and blue lines", "in first and
    second quarters", "the injured and displaced residents" each name one set of things.
    A second participle would otherwise read as a coordinated predicate ("evacuated the
    injured" + "displaced residents"), so when the word after "and" can be a past form the
    word before it must be one too: "sold the house and bought homes" still splits.
    """
    if conj < 2 or conj + 2 >= len(tokens):
        return False
    opener, first, second, noun = (
        tokens[conj - 2],
        tokens[conj - 1],
        tokens[conj + 1],
        tokens[conj + 2],
    )
    if opener.lower not in _DETERMINERS and opener.lower not in _PREPOSITIONS:
        return False
    if not (_is_modifier(first) and _is_modifier(second) and _is_noun_head(noun)):
        return False
    return "VBD" not in verb_forms(second.lower) or "VBD" in verb_forms(first.lower)


def _is_modifier(token: Token) -> bool:
    """A number, an adjective or a participle; a word the lexicon lacks ("northern") too."""
    word = token.lower
    if word[0].isdigit() or word in _NUMBER_WORDS:
        return True
    if not token.text[0].isalpha() or token.text[0].isupper() or word in _NOT_HEADS:
        return False
    found = lemmas(word)
    return not found or "ADJ" in found or "VBD" in verb_forms(word)


def _is_noun_head(token: Token) -> bool:
    word = token.lower
    if not token.text[0].isalpha() or word in _NOT_HEADS:
        return False
    return token.text[0].isupper() or is_noun_or_adjective(word)


@dataclass(frozen=True, slots=True)
class _Split:
    at: int  # index of the first token of the conjunct (verb or subject)
    cut: int  # index where the previous conjunct ends (before comma/conjunction)
    clause: bool  # the conjunct has its own subject
    series: bool = False  # marked by a bare comma, so only valid if a conjunction follows
    complement: bool = False  # a copula's second complement ("is not only late but …")


# the only tokens _find_splits acts on: the rest are passed over
_SPLIT_WATCH = _CONJUNCTIONS | _RELATIVE_PRONOUNS | {",", ";"}


def _find_splits(tokens: Sequence[Token], verb: int, end: int) -> list[_Split]:
    depths = _depths(tokens)
    forms = _predicate_verb_forms(tokens, verb, end)
    # "does not merely treat patients but trains nurses": a "not only" frame on the main
    # predicate makes the word of its form after "but" the second predicate, even when it
    # could start a noun phrase ("trains", "carries").
    focus = _not_only_at(tokens)
    framed = focus is not None and (focus == verb + 1 or focus + 2 == verb)
    denied = _denied_do(tokens, verb)
    splits: list[_Split] = []
    i = verb + 1
    while i < end:
        token = tokens[i]
        if token.lower not in _SPLIT_WATCH or depths[i] > 0:
            i += 1
            continue
        joint = i + 1 if token.text == "," and i + 1 < end else i
        if denied is not None and tokens[joint].lower in _ADVERSATIVE:
            # "Prices did not fall but rose 3%": after a denied "do", a verb in the do's
            # tense is the predicate set against the denied one, whatever else it may
            # be ("rose" is a noun too); it shares the subject only (split_sentence).
            at = _skip_adverbs(tokens, joint + 1, end)
            if at < end and tokens[at].text.islower() and denied in verb_forms(tokens[at].lower):
                splits.append(_Split(at, i, clause=False))
                i = at
                continue
        if token.lower in _CONTRASTIVE:
            at = _skip_adverbs(tokens, i + 1, end)
            if _contrast_splits(tokens, verb, i, at, end):
                splits.append(_Split(at, i, clause=True))
                i = at
                continue
        if token.lower in _RELATIVE_PRONOUNS:
            break  # coordination inside a relative clause shares its subject, not ours
        is_conj = token.lower in _CONJUNCTIONS
        is_comma = token.text == ","
        is_semicolon = token.text == ";"
        if not (is_conj or is_comma or is_semicolon):
            i += 1
            continue
        nxt = i + 1
        if is_comma and nxt < end and tokens[nxt].lower in _CONJUNCTIONS:
            is_conj = True
            nxt += 1
        conj_index = nxt - 1
        at = _skip_adverbs(tokens, nxt, end)
        if at >= end:
            break
        if is_conj and _guarded(tokens, conj_index, verb):
            i = nxt
            continue
        bare_comma = is_comma and not is_conj
        same_predicate = (
            bool(forms & verb_forms(tokens[at].lower))
            and tokens[at].text[0].islower()
            and not (bare_comma and _is_participle_phrase(tokens, at, end))
        )
        second = framed and token.lower == "but"
        if (
            second
            and focus == verb + 1
            and _is_copula(tokens, verb)
            and _complement_word(tokens[at].lower)
            and not _has_clause(tokens, at, end)
        ):
            # "The budget is not only late but also incomplete": the copula's two
            # complements, each a claim ("The budget is late.", "The budget is incomplete.")
            splits.append(_Split(at, i, clause=False, complement=True))
        elif (same_predicate and (second or not _starts_noun_phrase(tokens, at, end))) or (
            is_conj and _opens_predicate(tokens, verb, at)
        ):
            if verb_forms(tokens[at].lower) & _embedded_forms(tokens, verb + 1, i):
                # "signify the determination to assert X and pursue Y": "pursue" may go
                # with "to assert" as well as with the main verb, so it is not split off.
                i = nxt
                continue
            splits.append(_Split(at, i, clause=False, series=bare_comma))
        elif (
            is_conj
            and (clause_verb := _clause_verb(tokens, at, end)) is not None
            and not _counted_object(tokens, verb, conj_index, at, clause_verb, end)
        ) or (
            # after a semicolon a clause is what is expected, so its subject may carry
            # an aside ("; incomes, by contrast, grew 3 per cent")
            is_semicolon and _opens_clause(tokens, at, end)
        ):
            splits.append(_Split(_with_focus(tokens, at), i, clause=True))
            if is_conj and clause_verb is not None:
                # past the clause's subject: an "and" inside it joins its noun phrases
                nxt = max(nxt, clause_verb)
        elif (
            bare_comma
            and tokens[at].lower not in _CONTRASTIVE | _RELATIVE_PRONOUNS
            and _starts_subject(tokens, at)
            and (clause_verb := _clause_verb(tokens, at, end)) is not None
            and not verb_lemmas(tokens[clause_verb].lower) & _REPORTING_VERBS
        ):
            # "The mayor resigned, the council collapsed and elections were called": a
            # clause in a series that a conjunction and another clause close (", a
            # spokeswoman said, but …" is an attribution set off inside the sentence)
            splits.append(_Split(at, i, clause=True, series=True))
            nxt = max(nxt, clause_verb)
        i = nxt
    return _complete_series(splits)


def _counted_object(
    tokens: Sequence[Token], verb: int, conj: int, at: int, clause_verb: int, end: int
) -> bool:
    """Whether the "clause" at ``at`` (a bare figure, then the word ``clause_verb`` read
    as its verb) is a counted noun phrase joined to the main verb's object instead.

    "The ferry carried ninety-nine passengers and four crew": "crew" is also the past of
    "crow", so "four crew" reads as a figure and its verb ("14 died"); but the word is
    far more often the noun (:func:`noun_over_rare_past`), the conjunct before the "and"
    at ``conj`` is a counted noun after the main verb ("ninety-nine passengers"), and
    nothing follows the word, so it is the noun the figure counts, a second object of
    "carried". Split off, it gave the verbless claim "Four crew." (and
    its four matched "four passengers"); the sentence stays whole instead (tester10 N4).
    "Five arrived and three left" and "hired 40 staff and nine left" keep their reading:
    no counted object before the "and", and "left" is mostly a verb.
    """
    if clause_verb != at + 1 or not _figure_token(tokens[at]):
        return False
    if not noun_over_rare_past(tokens[clause_verb].lower):
        return False  # "and nine left": "left" is mostly the past of "leave"
    after = clause_verb + 1
    if after < end and tokens[after].text not in (",", ";", ":") and (
        # a verb or an object after the word makes it the verb ("four crew drowned",
        # "three left the hall"); a preposition or an adverb ("crew aboard") does not
        tokens[after].lower not in _PREPOSITIONS
        and (verb_forms(tokens[after].lower) or tokens[after].lower in _DETERMINERS)
    ):
        return False
    # the object before the "and": a noun counted by a figure at most two words before
    # it ("99 passengers", "ninety-nine injured passengers"), after the main verb
    noun = conj - 1
    low = tokens[noun].lower
    if noun <= verb or "NOUN" not in lemmas(low) or "VBD" in verb_forms(low):
        return False  # "but seven resigned and twelve left": a verb before the "and"
    figures = [k for k in range(max(verb + 1, noun - 3), noun) if _figure_token(tokens[k])]
    # the counted object is the main verb's own: no clause break between them
    return bool(figures) and not any(
        tokens[k].text in (",", ";", ":") or tokens[k].lower in _CONJUNCTIONS
        for k in range(verb + 1, figures[0])
    )


def _figure_token(token: Token) -> bool:
    """A figure in digits or a number word ("99", "ninety-nine", "four")."""
    if token.text[:1].isdigit() or token.lower in _FIGURE_WORDS:
        return True
    # "twenty-one": "one" alone is no figure word (it is also a pronoun), in a compound it is
    return "-" in token.lower and parse_number_words(token.lower) is not None


def _complement_word(word: str) -> bool:
    """Whether ``word`` can open a copula's complement rather than a finite predicate of
    its own: no auxiliary, and no verb form but a past participle ("late", "a",
    "overcrowded"; not "flew", "needs", "would")."""
    if word in _AUXILIARIES:
        return False
    forms = verb_forms(word)
    return not forms or (forms == {"VBD"} and can_be_participle(word))


def _with_focus(tokens: Sequence[Token], at: int) -> int:
    """``at``, or the focus word right before it: "but just eleven attended" keeps
    "just", which restricts the figure of the clause's subject ("Just eleven attended")."""
    if at > 0 and tokens[at - 1].lower in _FOCUS_WORDS:
        return at - 1
    return at


# Subordinators that set one clause against another, both asserted: "Rents climbed 12
# per cent while incomes grew 3 per cent", "Exports fell, whereas imports rose".
_CONTRASTIVE = frozenset({"while", "whereas"})
# Number words that state a figure ("rate", "number", "average" name one without it).
_FIGURE_WORDS = _NUMBER_WORDS - {"rate", "number", "average", "majority", "minority"}


def _has_figure(tokens: Sequence[Token], start: int, stop: int) -> bool:
    """Whether ``tokens[start:stop]`` state a figure: digits ("12", "£2m") or a number
    word ("twelve", "half")."""
    return any(
        t.lower in _FIGURE_WORDS or any(c.isdigit() for c in t.text) for t in tokens[start:stop]
    )


def _contrast_splits(tokens: Sequence[Token], verb: int, i: int, at: int, end: int) -> bool:
    """Whether "while" / "whereas" at ``i`` joins two clauses that are claims each.

    "Whereas" always contrasts two facts, so a clause with its own subject and verb after
    it is a claim of its own. "While" also means "during": "He read the report while the
    council voted" is one event in time, so it splits only where it contrasts, that is
    after a comma ("Prices rose, while wages fell") or between two clauses that each
    state a figure ("Rents climbed 12 per cent while incomes grew 3 per cent": each
    figure must meet its own counterpart when claims are matched).
    """
    if not _opens_clause(tokens, at, end):
        return False
    if tokens[i].lower == "whereas":
        return True
    if i > 0 and tokens[i - 1].text == ",":
        # ", while he was mayor": a pronoun for the main clause's own person with no
        # figure of its own is the time of that clause ("during"), not a second fact
        # (contrasts set another subject against it: ", while wages fell").
        return tokens[at].lower not in _SUBJECT_PRONOUNS or _has_figure(tokens, at, end)
    return _has_figure(tokens, verb, i) and _has_figure(tokens, at, end)


def _opens_clause(tokens: Sequence[Token], at: int, end: int) -> bool:
    """Whether a clause with its own subject and finite verb starts at ``at`` after a
    subordinator. Looser than :func:`_has_clause`: a subordinator is followed by a
    clause or by a participle ("while crossing"), never by a noun phrase alone, so a
    verb that may be a noun ("the tunnel takes 12") or a gerund for a subject ("farming
    fell") is read as the clause's."""
    if at >= end:
        return False
    if _has_clause(tokens, at, end) or _complementizer(tokens, at - 1, end):
        return True
    if tokens[at].lower in _PREPOSITIONS:
        return _fronted_phrase_clause(tokens, at, end)
    # "farming fell", "waiting times grew": a gerund, or a participle before the noun
    # it describes, opens the subject
    return (
        tokens[at].lower.endswith("ing")
        and at + 1 < end
        and (_is_strong_verb(tokens, at + 1) or _has_clause(tokens, at + 1, end))
    )


def _fronted_phrase_clause(tokens: Sequence[Token], at: int, end: int) -> bool:
    """Whether a place or time phrase at ``at`` opens a clause whose subject follows it:
    "while in the suburbs it was 48%", "whereas across the north, sales fell 2%". The
    phrase is a preposition and at most four words more, with no verb of its own; a
    comma may close it."""
    for k in range(at + 2, min(end, at + 6)):
        if tokens[k].text == ",":
            return _has_clause(tokens, k + 1, end)
        if tokens[k].text in (";", ":") or _finite_verb_at(tokens, k - 1):
            return False
        if _has_clause(tokens, k, end):
            return True
    return False


def _fronted_contrast(tokens: Sequence[Token], end: int) -> int | None:
    """Index of the comma closing an opening "While X, Y" / "Whereas X, Y" when X and Y
    are both claims (as :func:`_contrast_splits` reads them), else None."""
    if not tokens or tokens[0].lower not in _CONTRASTIVE:
        return None
    depths = _depths(tokens)
    comma = next(
        (k for k in range(2, end) if tokens[k].text == "," and depths[k] == 0), None
    )
    if comma is None or not _opens_clause(tokens, 1, comma):
        return None
    if _main_verb(tokens, comma + 1, end) is None or not _opens_clause(tokens, comma + 1, end):
        return None
    if tokens[0].lower == "while" and not (
        _has_figure(tokens, 1, comma) and _has_figure(tokens, comma + 1, end)
    ):
        return None
    return comma


def _embedded_forms(tokens: Sequence[Token], start: int, stop: int) -> frozenset[str]:
    """Verb forms of the verbs between ``start`` and ``stop`` that head a clause of their own.

    An infinitive ("to assert"), a gerund ("considering selling") or the verb of a "that"
    relative clause ("the firm that built") can take a conjunct of its own: a later verb
    of the same form ("… and pursue", "… and cutting", "… and ran") may belong to it
    rather than to the main verb, and the words do not say which.
    """
    found: set[str] = set()
    for k in range(start, stop):
        word = tokens[k].lower
        previous = tokens[k - 1].lower if k > 0 else ""
        if not tokens[k].text[0].isalpha() or word in _AUXILIARIES:
            continue
        if previous == "to":
            found |= verb_forms(word) & {"VB"}
        elif word.endswith("ing") and (previous in ("of", "by") or not _makes_noun(previous)):
            found |= verb_forms(word) & {"VBG"}
        elif previous == "that" and k - 2 >= start and tokens[k - 2].text[0].isalpha():
            found |= verb_forms(word) & _FINITE
    return frozenset(found)


# A "do" with its negation fused ("didn't") and the tense a verb after it has.
_FUSED_DO = {
    "didn't": "VBD", "didn’t": "VBD", "doesn't": "VBZ", "doesn’t": "VBZ", "don't": "VB",
    "don’t": "VB",
}


def _denied_do(tokens: Sequence[Token], verb: int) -> str | None:
    """The tense (a Penn tag) of a main verb ``verb`` that is a "do" supporting a
    negation ("did not", "didn't", "does not"), else None. Only the denial needs the
    "do": a predicate set against it with "but" carries the tense itself ("did not fall
    but rose"), so it shares no more than the subject."""
    word = tokens[verb].lower
    if word in _FUSED_DO:
        return _FUSED_DO[word]
    if word in _DO and verb + 1 < len(tokens) and tokens[verb + 1].lower in _NEGATORS:
        return _DO[word]
    return None


def _opens_predicate(tokens: Sequence[Token], verb: int, at: int) -> bool:
    """Whether a finite auxiliary after a conjunction opens a predicate of its own.

    "The rule covers pupils … and was approved in May": an auxiliary cannot modify a
    noun, so after a lexical main verb it starts a second predicate whatever its tense,
    unless it disagrees with the subject ("covers … and were"). After an auxiliary main
    verb it does too when it agrees in number with it ("The suspect was arrested and
    has been charged"; not "was … and were"); a modal agrees with any.
    """
    word = tokens[at].lower
    main = tokens[verb].lower
    if word not in _FINITE_AUXILIARIES:
        return False
    if main in _AUXILIARIES:
        if word == "have" and main not in _BE and main not in _HAVE:
            return False  # "could … and have been": the modal's, see _shared_end
        if main in _THIRD_SINGULAR:
            return word not in _NOT_THIRD_SINGULAR
        if main in _NOT_THIRD_SINGULAR:
            return word not in _THIRD_SINGULAR
        return True
    return not (verb_forms(main) == {"VBZ"} and word in _NOT_THIRD_SINGULAR)


# Finite auxiliaries that agree only with a third-person singular subject.
_THIRD_SINGULAR = frozenset(
    {"is", "was", "has", "does", "isn't", "wasn't", "hasn't", "doesn't"}
)


def _is_participle_phrase(tokens: Sequence[Token], at: int, end: int) -> bool:
    """ ", known as X," / ", published on Tuesday," describe a noun; they predicate nothing.

    A participle after a bare comma that a preposition follows, or a word that is also a
    noun or adjective and not a clear past form, is read as such a modifier.
    """
    word = tokens[at].lower
    if at + 1 < end and tokens[at + 1].lower in _PREPOSITIONS:
        return True
    return is_noun_or_adjective(word) and "VBD" not in verb_forms(word)


def _complete_series(splits: list[_Split]) -> list[_Split]:
    """Keep bare-comma splits only in a series that a conjunction closes.

    "enshrined X, launched Y, and test-fired Z" is a series; in "experienced side effects,
    compared with 9%" the comma only sets off a modifier.
    """
    kept: list[_Split] = []
    for k, split in enumerate(splits):
        # a clause in a series needs a clause to close it ("…, the council collapsed and
        # elections were called"); a predicate after it may be either clause's
        closing = [later for later in splits[k + 1 :] if not later.series]
        if split.series and not any(later.clause or not split.clause for later in closing):
            continue
        kept.append(split)
    return kept


def _starts_noun_phrase(tokens: Sequence[Token], at: int, end: int) -> bool:
    """A verb-looking word that is followed by a finite verb is a subject ("prices rose").

    An auxiliary never is: "and be rebuilt" opens a predicate.
    """
    if at + 1 >= end or tokens[at].lower in _AUXILIARIES:
        return False
    following = tokens[at + 1]
    return (
        bool(_finite_verb_at(tokens, at + 1))
        and following.lower not in _PREPOSITIONS
        and "VBD" not in verb_forms(tokens[at].lower)
    )


def _trailing_attribution(tokens: Sequence[Token], end: int) -> int | None:
    """Start of a closing ", officials said" / ", according to police", if any."""
    for i in range(end - 1, max(0, end - 16), -1):
        if tokens[i].text != ",":
            continue
        tail = [t.lower for t in tokens[i + 1 : end]]
        if not tail:
            return None
        if tail[0] in _RELATIVE:
            continue  # ", which said it was not consulted" is about the source, look further
        if tail[0] in _CONJUNCTIONS or "that" in tail:
            return None  # ", but an engineer warned that …" is a clause of its own
        joined = " ".join(tail)
        if any(joined.startswith(p) for p in LEXICON["attribution_phrases"]):
            return i
        # ", officials said", ", said Dr. Lee, a hydrologist": the verb comes early and
        # reports nothing after it (", said the vote was rigged" is the main clause). A
        # role for an organisation takes up to eight words before it (", a spokeswoman
        # for the regional water board said").
        for k, word in enumerate(tail[:9]):
            if verb_lemmas(word) & _REPORTING_VERBS:
                return None if _has_clause(tokens, i + 2 + k, end) else i
        return None
    return None


def _reports_speech(tokens: Sequence[Token], start: int, end: int) -> bool:
    verb = _main_verb(tokens, start, end)
    return verb is not None and bool(verb_lemmas(tokens[verb].lower) & _REPORTING_VERBS)


def _leading_attribution(tokens: Sequence[Token], verb: int, end: int) -> int | None:
    """End (exclusive) of "Officials said (that)" when the main verb reports speech.

    Any verb with a "that" clause works the same way: in "It is understood that X" or
    "Researchers found that X" the claims are in X, and each keeps the frame.
    """
    if not (verb_lemmas(tokens[verb].lower) & _REPORTING_VERBS):
        for j in range(verb + 1, min(end, verb + 4)):
            if tokens[j].lower == "that":
                return j + 1 if _complementizer(tokens, j, end) else None
            if not tokens[j].text[0].isalpha():
                return None
        return None
    that = _that_after_adjuncts(tokens, verb, end)
    if that is not None:
        return that + 1
    j = verb + 1
    # "told reporters", "said on Tuesday" may sit between the verb and its content, but
    # not a conjunction: in "denied the charges and said …" the object is all there is.
    while j < end and j < verb + 6 and not _has_clause(tokens, j, end):
        if tokens[j].lower == "that":
            return j + 1
        if tokens[j].lower in _CONJUNCTIONS or tokens[j].text in ",;":
            return None
        j += 1
    if j < end and _has_clause(tokens, j, end):
        if tokens[j].lower == "that" and j + 1 < end:
            return j + 1
        return j
    return None


# Reporting verbs whose hearer comes before the "that" clause ("told reporters that").
_HEARER_VERBS = frozenset({"tell", "inform", "assure", "remind", "warn", "notify", "brief"})
# How far after the verb the "that" of a reported clause may be, past its adjuncts ("said
# in a statement on Friday that", "told reporters in Orsk on Monday that").
_ADJUNCT_REACH = 10


def _that_after_adjuncts(tokens: Sequence[Token], verb: int, end: int) -> int | None:
    """The "that" opening the reported clause of the reporting verb at ``verb`` when
    adjuncts stand between them: a phrase opened by a preposition or a time adverb ("said
    in a statement on Friday that", "said late on Saturday that") or the hearer of a verb
    of telling ("told reporters in Orsk that"). The whole stretch belongs to the
    attribution, so every claim split from the clause keeps it with its date. None when
    no such "that" follows before a conjunction or a comma (a "that" after an object of
    "said" may be a relative pronoun: "said the man that …")."""
    first = verb + 1
    if first >= end:
        return None
    opener = tokens[first].lower
    hearer = bool(verb_lemmas(tokens[verb].lower) & _HEARER_VERBS)
    # an adverb before a preposition is a time of the saying too ("late on Saturday")
    graded = first + 1 < end and tokens[first + 1].lower in _PREPOSITIONS and not verb_forms(opener)
    if not (
        opener in _PREPOSITIONS or opener in _TIME_ADVERBS or opener in _ADVERBS or hearer or graded
    ):
        return None
    for j in range(first, min(end, verb + _ADJUNCT_REACH)):
        word = tokens[j].lower
        if word == "that":
            return j if j > first and _complementizer(tokens, j, end) else None
        # a verb of its own ends the adjuncts ("said the man that they arrested"); a noun
        # that may be a verb too ("in a letter") does not
        if word in _CONJUNCTIONS or tokens[j].text in ",;:" or _is_strong_verb(tokens, j):
            return None
    return None


def _complementizer(tokens: Sequence[Token], that: int, end: int) -> bool:
    """Whether "that" opens a clause ("found that the vessel, …, is old").

    Looser than :func:`_has_clause` because the subject may carry an apposition; the
    content must still have a main verb of its own, or no claim is split from it.
    """
    if that + 1 >= end:
        return False
    nxt = tokens[that + 1]
    starts_subject = (
        nxt.lower in _DETERMINERS
        or nxt.lower in _PRONOUNS
        or nxt.text[0].isupper()
        or nxt.text[0].isdigit()
        or is_noun_or_adjective(nxt.lower)
    )
    return starts_subject and _main_verb(tokens, that + 1, end) is not None


def _fronted_adverbial(tokens: Sequence[Token], start: int, verb: int) -> int:
    """End of an opening "During this assembly," that every clause of the sentence shares;
    without its comma, an opening sentence adverb ("Later", "Meanwhile": lexicon
    ``sentence_adverbs``) or time phrase ("On Monday", "In May", "Last week") before the
    subject, which the words after it open (a determiner, a name, a pronoun)."""
    for i in range(start, verb):
        if tokens[i].text == ",":
            if tokens[start].lower in _PREPOSITIONS or tokens[start].lower in (
                _DATE_WORDS | {"last", "earlier", "later"}
            ):
                return i + 1
            return start
    end = start
    if tokens[start].lower in _SENTENCE_ADVERBS:
        end = start + 1
    elif tokens[start].lower in _TIME_OPENERS:
        end = start + 1
        while end < verb and (
            tokens[end].lower in _DATE_WORDS
            or tokens[end].lower in _TIME_OPENERS
            or set(lemmas(tokens[end].lower).get("NOUN", ())) & TIME_NOUNS
            or (tokens[end].text.isdigit() and len(tokens[end].text) == 4)
        ):
            end += 1
        if end == start + 1:
            return start  # "On the pier …": a place, not a time
    if end == start or end >= verb:
        return start
    following = tokens[end]
    opens_subject = (
        following.lower in _DETERMINERS
        or following.lower in _SUBJECT_PRONOUNS
        or following.text[:1].isupper()
    )
    return end if opens_subject else start


# Words that open a time phrase fronted without a comma ("On Monday the council …", "Last
# week the firm …", "Earlier this year …").
_TIME_OPENERS = frozenset({"on", "in", "during", "since", "last", "this", "earlier", "next"})
_SENTENCE_ADVERBS = LEXICON["sentence_adverbs"]


def split_sentence(tokens: Sequence[Token]) -> list[list[Piece]]:
    """The claims of one sentence, each as the token ranges its text is made of.

    Every split needs an "and", a "but" or a ";" (a bare comma splits only in a series
    that one of them closes), so a sentence without any is one claim: extraction skips
    these rules for it.
    """
    end = len(tokens)
    while end > 0 and (tokens[end - 1].text in _FINAL or tokens[end - 1].text in _CLOSERS):
        end -= 1
    # quotation marks closed after the final stop ("… in the coming weeks.”) stay with
    # the claim that ends there, so its text keeps balanced quotes.
    closers = end
    while closers < len(tokens) and tokens[closers].text in _FINAL:
        closers += 1
    closing = [(closers, len(tokens))] if closers < len(tokens) else []
    whole = [[(0, len(tokens))]]
    if end == 0:
        return whole
    semicolon = _clause_semicolon(tokens, end)
    if semicolon is not None:
        # "Sales fell by a third, the company said; losses reached 4.2 million euros":
        # each side of a semicolon that joins two clauses is split as a sentence of its
        # own, so an attribution inside one side (", the company said", "Police said")
        # never reaches across to the other: the writer put a stop between them.
        after = semicolon + 1
        rest = split_sentence(tokens[after:])
        return [
            *split_sentence(tokens[:semicolon]),
            *[[(a + after, b + after) for a, b in g] for g in rest],
        ]
    fronted = _fronted_contrast(tokens, end)
    if fronted is not None:
        # "While incomes grew 3 per cent, rents climbed 12 per cent": the subordinate
        # clause is a claim, and the main clause is split as a sentence of its own.
        after = fronted + 1
        rest = split_sentence(tokens[after:])
        return [[(1, fronted)], *[[(a + after, b + after) for a, b in g] for g in rest]]
    suffix_start = _trailing_attribution(tokens, end)
    body_end = suffix_start if suffix_start is not None else end
    verb = _main_verb(tokens, 0, body_end)
    if verb is None:
        return whole
    head: list[Piece] = []
    content_start = 0
    speaker_verb = verb
    attribution_end = _leading_attribution(tokens, verb, body_end)
    if attribution_end is not None:
        head = [(0, attribution_end)]
        content_start = attribution_end
        inner = _main_verb(tokens, content_start, body_end)
        if inner is None:
            return whole
        verb = inner
    subject = _subject_contrast(tokens, content_start, verb)
    if subject is None and not head and verb_lemmas(tokens[verb].lower) & _REPORTING_VERBS:
        # "Officials said not 12 but 15 people died": no "that" marks the reported
        # clause, whose subject opens with the contrast
        at = verb + 1
        negated = at < body_end and tokens[at].lower == "not"
        inner = _main_verb(tokens, at, body_end) if negated else None
        subject = _subject_contrast(tokens, at, inner) if inner is not None else None
        if subject is not None and inner is not None:
            head, verb = [(0, at)], inner
    ending: list[Piece] = [(body_end, end), *closing] if body_end < end else closing
    corrected = _adverbial_correction(tokens, content_start, verb) if subject is None else None
    if corrected is not None:
        # "Not in May but in June the bridge reopened": "not in May" denies the date
        # only, which Y replaces. With Y's end known (a time phrase), the two claims of
        # a contrast after the verb: "The bridge reopened not in May." and "The bridge
        # reopened in June."; else Y's claim alone ("Twice the river flooded the town.").
        neg, x_end, y_start = corrected
        y_end = _fronted_adverbial(tokens, y_start, verb)
        if y_end <= y_start:
            return [[*head, (y_start, body_end), *ending]]
        y_stop = y_end - 1 if tokens[y_end - 1].text == "," else y_end
        return [
            [*head, (y_end, body_end), (neg, x_end), *ending],
            [*head, (y_end, body_end), (y_start, y_stop), *ending],
        ]
    if subject is not None:
        # "Not 12 but 15 people died": the first claim denies X with the predicate
        # (and Y's noun when X is a bare figure), the second asserts Y with it. X and
        # "Not" are two pieces so that a comma after X ("Not 12, but 15 …") is dropped
        # as the one after a fronted phrase would not be (:func:`_render`).
        neg, x_end, y_start, shared = subject
        asserted = [*head, (y_start, body_end), *ending]
        if x_end - neg == 2 and tokens[neg + 1].lower in ("one", "a", "an"):
            # "Not one but two bridges collapsed" stresses Y; it denies nothing
            return [asserted]
        noun = [(shared, verb)] if shared is not None else []
        denied = [*head, (neg, neg + 1), (neg + 1, x_end), *noun, (verb, body_end), *ending]
        return [denied, asserted]
    contrast = _contrast(tokens, verb, body_end)
    if contrast is not None:
        # "The toll is not 12 but 15": the first claim denies X, the second asserts Y.
        # What follows Y before a closing attribution (", up from 48%") is said of Y.
        neg, x_end, y_start = contrast
        opened = any(t.text in _OPENERS or t.text == '"' for t in tokens[y_start:body_end])
        # a bracket or quote closed at the end was opened in Y: the denial leaves it out
        denied = [(0, x_end), *(ending if not opened else [(body_end, end)])]
        return [[p for p in denied if p[0] < p[1]], [(0, neg), (y_start, body_end), *ending]]
    gapping = _gapping(tokens, content_start, verb, body_end)
    if gapping is not None:
        # "Ruiz won 52%, Lind 41% and Berg 7%": each gapped conjunct is a claim with the
        # shared verb.
        return [[*head, *member, *ending] for member in gapping]
    splits = _find_splits(tokens, verb, body_end)
    if not head and verb_lemmas(tokens[verb].lower) & _REPORTING_VERBS:
        # "Police said the fire spread and destroyed two homes": a reported clause that
        # is not recognised as one ("spread" also names a thing) looks like an object,
        # and "police destroyed two homes" would be a claim nobody made. A word in the
        # reporting verb's own finite form before the conjunct may be the reported
        # clause's verb, so the conjunct is not split off then.
        splits = [
            sp
            for sp in splits
            if sp.clause
            or not any(_same_form(tokens, k, verb) for k in range(verb + 2, sp.cut))
        ]
    if head and _is_passive(tokens, verb):
        # "Smith said the vote was rigged and called for a recount" / "Police said the
        # man was arrested and charged": the verb may go with the speaker or with the
        # passive, and the words do not tell which, so do not split there.
        splits = [sp for sp in splits if sp.clause or not _same_form(tokens, sp.at, speaker_verb)]
    if head and not _is_copula(tokens, verb):
        # "Officials said the toll rose and warned it could climb", "Police said the
        # suspect fled and urged witnesses to come forward": a verb phrase in the
        # speaker's form after the reported verb has no subject of its own, and it may be
        # the speaker's ("police urged") as well as the reported subject's. "The suspect
        # urged …" would be a claim nobody made, so the sentence stays whole there.
        splits = [
            sp for sp in splits if sp.clause or not _speaker_conjunct(tokens, sp.at, speaker_verb)
        ]
    splits = [sp for sp in splits if sp.clause or _shared_end(tokens, verb, sp.at) is not None]
    if _not_only_at(tokens) is None:
        # "The court upheld the fine, but it set aside the ban", "The council cut the
        # library's budget, but it stayed open": a clause whose subject is a third-person
        # pronoun may mean any noun phrase before it (the court, the fine, the library)
        # or nothing ("but it was too late"), and the words do not tell which; split off,
        # it would be a claim about nobody or, resolved by guess, about the wrong one. So
        # the sentence stays whole there. ("Not only did the mill lose money, but it also
        # cut 200 jobs": the construction says twice what one subject did, see
        # _not_only_at.)
        splits = [sp for sp in splits if not (sp.clause and tokens[sp.at].lower in _ANAPHORS)]
    # "The mayor resigned, the council collapsed and called elections": after a clause
    # of another subject the predicate may be either subject's, so it is not split off
    splits = [sp for sp in splits if sp.clause or not _clause_between(tokens, verb, sp.cut)]
    splits = _without_shared_objects(tokens, verb, splits)
    if not splits:
        return whole
    suffix = [(suffix_start, end)] if suffix_start is not None else []
    adverbial_end = _fronted_adverbial(tokens, content_start, verb)
    claims: list[list[Piece]] = []
    starts = [content_start, *[s.at for s in splits]]
    cuts = [s.cut for s in splits] + [body_end]
    kinds = [False, *[s.clause for s in splits]]
    complements = {s.at for s in splits if s.complement}
    joints = {s.at: s.cut for s in splits}
    for at, cut, clause in zip(starts, cuts, kinds, strict=True):
        own_head = False
        elided = _elided_predicate(tokens, verb, at, cut, cuts[0]) if clause else None
        if at == content_start:
            pieces = [(content_start, cut)]
        elif elided is not None:
            if not elided:
                continue  # "…, but some did not": no claim with nothing but "did not"
            pieces = [(at, cut), *elided]
        elif clause:
            pieces = [(content_start, adverbial_end), (at, cut)]
            gapped = _gapped_passive(tokens, verb, at, cut)
            if gapped is not None:
                # "Ferries were cancelled and flights grounded": the clause borrows the
                # first clause's auxiliaries ("Flights were grounded"); the piece that
                # goes back in the sentence is rendered to agree with the new subject.
                participle, aux_start, aux_end = gapped
                pieces = [
                    (content_start, adverbial_end),
                    (at, participle),
                    (aux_start, aux_end),
                    (participle, cut),
                ]
            # "X said A, but he cautioned B" / "X said A, but engineers disagreed": a
            # clause with its own reporting verb, or set against A, is not X's.
            own_head = _reports_speech(tokens, at, cut) or _opposes(tokens, at)
        elif head and _is_copula(tokens, verb) and _same_form(tokens, at, speaker_verb):
            # "The company confirmed that the route was under review but declined to
            # comment": a copula does not coordinate with "declined"; the speaker does.
            pieces = [(0, speaker_verb), (at, cut)]
            own_head = True
        else:
            # the subject and as much of the auxiliary chain as the conjunct can follow:
            # "… is 31 years old and would need a refit" shares only the subject, "has
            # resigned and been replaced" keeps "has" (see _shared_end).
            shared = _shared_end(tokens, verb, at)
            if at in complements:
                shared = verb + 1  # a complement of the copula keeps it ("is incomplete")
            elif _denied_do(tokens, verb) is not None and _adversative(tokens, joints[at], at):
                shared = verb  # "did not fall but rose": the "do" is the denial's only
            prefix = _shared_prefix(
                tokens, content_start, verb, verb if shared is None else shared, joints[at], at
            )
            if prefix is None:
                return whole
            pieces = [*prefix, (_own_negation(tokens, joints[at], at), cut)]
        tail = closing if cut == body_end and not suffix else []
        frame = [] if own_head else head
        if frame and tokens[at].lower == "that" and tokens[frame[0][1] - 1].lower == "that":
            frame = [(frame[0][0], frame[0][1] - 1)]  # "found that" + "that coal use …"
        chosen = frame + pieces + suffix + tail
        claims.append([p for p in chosen if p[0] < p[1]])
    return claims


# Words that deny the predicate they stand in: they belong to their own conjunct only.
_NEGATORS = frozenset({"not", "never", "n't"})
# The longest phrase on either side of a contrastive "not X but Y" read as one (tokens):
# longer stretches are clauses in all but name, and the sentence stays whole.
_CONTRAST_SPAN = 8


def _contrast(tokens: Sequence[Token], verb: int, end: int) -> tuple[int, int, int] | None:
    """A contrastive correction "not X but Y" after the main verb ``verb`` (before
    ``end``), as (index of "not", end of X, start of Y), else None.

    "The toll is not 12 but 15", "The fire was not an accident but arson", "The rebels
    attacked not Orsk but Kestrow", "The strike began not on Monday but (rather) on
    Tuesday": the negation covers X only and the sentence asserts Y in X's place, so it
    is two claims, "The toll is not 12." and "The toll is 15." (a denial of the whole
    would dispute a report that the toll is 15). X and Y are phrases without a finite
    verb of their own (a predicate "not closed but sold" is the conjunct split's,
    :func:`_shared_prefix`; "but officials expect more" is a clause and no Y) up to the
    first comma, semicolon or bracket; what follows Y's comma is said of Y ("not 40% but
    52%, up from 48%"), and the caller gives a closing attribution to both claims.
    "Not only / just X but (also) Y" asserts both and is left to :func:`_not_only_at`;
    after a "do" ("did not attack Orsk but Kestrow") the verb is X's too, so what Y
    replaces is unclear and there is no contrast.
    """
    depths = _depths(tokens)
    for neg in range(verb + 1, min(end - 2, verb + 4)):
        if tokens[neg].lower == "not" and depths[neg] == 0:
            break
    else:
        return None
    if tokens[neg + 1].lower in _FOCUS_WORDS or tokens[neg - 1].lower in _DO:
        return None
    but = next(
        (k for k in range(neg + 2, end) if tokens[k].lower == "but" and depths[k] == 0), None
    )
    if but is None:
        return None
    x_end = but - 1 if tokens[but - 1].text == "," else but
    y_start = but + 1 + (but + 1 < end and tokens[but + 1].lower == "rather")
    y_end = next(
        (k for k in range(y_start, end) if tokens[k].text in ",;(" and depths[k] == 0), end
    )
    for a, b in ((neg + 1, x_end), (y_start, y_end)):
        if not _contrast_side(tokens, a, b, clause_verb=True):
            return None
    return neg, x_end, y_start


# Words that only size or count what a noun names ("about 15 people", "at least 12"):
# a contrast's X made of nothing else shares Y's noun ("not 12 but 15 people").
_SIZING_WORDS = frozenset(
    {"about", "around", "some", "nearly", "almost", "over", "under", "roughly", "only"}
    | {"approximately", "at", "least", "most", "more", "fewer", "less", "than", "up", "to"}
    | {"one"}
    | QUANTIFIERS
    | AMOUNT_WORDS
)


# Words that open an adverbial, not a noun phrase: how often, how, when.
_ADVERBIAL_OPENERS = frozenset(
    {"once", "twice", "thrice", "again", "always", "often", "because", "since", "until"}
)


def _adverbial_opener(token: Token) -> bool:
    """Whether ``token`` opens an adverbial phrase: a preposition ("in May", "because
    of the rain"), an adverb in -ly ("surprisingly") or a word of how often or why
    (``_ADVERBIAL_OPENERS``)."""
    low = token.lower
    # "about 45", "over 40", "at least 12", "up to 30": a figure's sizing, not a phrase
    preposition = low in _PREPOSITIONS and low not in _SIZING_WORDS
    return preposition or low in _ADVERBIAL_OPENERS or (
        low.endswith("ly") and token.text[:1].islower() and not is_noun_or_adjective(low)
    )


def _fronted_not_but(tokens: Sequence[Token], start: int, verb: int) -> tuple[int, int] | None:
    """(end of X, start of Y) of a "Not X but Y" that opens the clause at ``start``
    before its main verb ``verb`` (the "but" outside brackets and quotes; "Not only X
    but Y" excluded: :data:`_FOCUS_WORDS`), else None. The one search for both readings
    of it: :func:`_adverbial_correction` (X and Y say when or how often) and
    :func:`_subject_contrast` (X and Y are the subject)."""
    if start + 3 >= verb or tokens[start].lower != "not":
        return None
    if tokens[start + 1].lower in _FOCUS_WORDS:
        return None
    depths = _depths(tokens)
    but = next(
        (k for k in range(start + 2, verb) if tokens[k].lower == "but" and depths[k] == 0),
        None,
    )
    if but is None:
        return None
    x_end = but - 1 if tokens[but - 1].text == "," else but
    return x_end, but + 1 + (tokens[but + 1].lower == "rather")


def _adverbial_correction(
    tokens: Sequence[Token], start: int, verb: int
) -> tuple[int, int, int] | None:
    """(index of "Not", end of X, start of Y) of a fronted correction "Not X but Y" whose
    X and Y say when, why or how often (:func:`_adverbial_opener`) before the clause at
    ``start`` (main verb ``verb``): "Not in May but in June the bridge reopened", "Not
    once but twice the river flooded the town". The negation denies X only, which Y
    replaces, so the clause is asserted with Y; read whole, the sentence was a denial of
    the reopening (reader, older fault). None for any other sentence; a subject
    contrast ("Not 12 but 15 people died") is :func:`_subject_contrast`'s."""
    sides = _fronted_not_but(tokens, start, verb)
    if sides is None:
        return None
    x_end, y_start = sides
    for a, b in ((start + 1, x_end), (y_start, verb)):
        if not 0 < b - a <= _CONTRAST_SPAN or not _adverbial_opener(tokens[a]):
            return None
        if any(
            tokens[k].text in ";:"
            or tokens[k].lower in _NEGATORS
            or _finite_in_phrase(tokens, a, k)
            for k in range(a, b)
        ):
            return None
    return start, x_end, y_start


def _subject_contrast(
    tokens: Sequence[Token], start: int, verb: int
) -> tuple[int, int, int, int | None] | None:
    """A contrastive correction "Not X but Y" that opens the subject of the clause at
    ``start`` (whose main verb is ``verb``), as (index of "Not", end of X, start of Y,
    start of the noun X shares or None), else None.

    "Not 12 but 15 people died in the crash", "Not the mayor but her deputy signed the
    order": as after the verb (:func:`_contrast`), the negation covers X only and the
    sentence asserts Y in X's place, so it is two claims, "Not 12 people died in the
    crash." and "15 people died in the crash." (a denial of the whole would dispute a
    report that 15 died). An X that only sizes (a figure, "about", "at least") shares
    Y's noun. X and Y are phrases of at most ``_CONTRAST_SPAN`` tokens with no comma,
    negation, focus word, "and"/"also" or verb of their own; "Not only X but (also) Y"
    asserts both (:func:`_not_only_at`), and a "but" after the verb ("Not all were
    rescued, but most were") joins clauses, not phrases.
    """
    sides = _fronted_not_but(tokens, start, verb)
    if sides is None:
        return None
    x_end, y_start = sides
    for a, b in ((start + 1, x_end), (y_start, verb)):
        # The subject's X and Y stand before the main verb, which the caller gives: no
        # verb of a clause of their own is looked for (:func:`_contrast` looks).
        if not _contrast_side(tokens, a, b, clause_verb=False):
            return None
        if _adverbial_opener(tokens[a]):
            # "Not in May but in June the bridge reopened", "Not once but twice the
            # river flooded": X and Y say when, why or how often, not who; the sentence
            # is no subject contrast (reviewer F3)
            return None

    def sizing(k: int) -> bool:
        word = tokens[k].lower
        return word[:1].isdigit() or word in _NUMBER_WORDS or word in _SIZING_WORDS

    shared = None
    if all(sizing(k) for k in range(start + 1, x_end)):
        shared = next((k for k in range(y_start, verb) if not sizing(k)), None)
    return start, x_end, y_start, shared


def _contrast_side(tokens: Sequence[Token], a: int, b: int, *, clause_verb: bool) -> bool:
    """Whether ``tokens[a:b]`` may be one side, X or Y, of a contrastive "not X but Y"
    (:func:`_contrast` after the verb, :func:`_subject_contrast` in the subject): a
    phrase of 1 to ``_CONTRAST_SPAN`` tokens with no comma, semicolon or colon, no
    negation, no focus word, no "also", "and" or "but", and no verb of its own
    (:func:`_finite_in_phrase`; with ``clause_verb``, none that opens a clause either,
    :func:`_verb_of_clause`). The one test of a contrast's phrase, for both places."""
    if not 0 < b - a <= _CONTRAST_SPAN:
        return False
    return not any(
        tokens[k].text in ",;:"
        or tokens[k].lower in _NEGATORS
        or tokens[k].lower in _FOCUS_WORDS
        or tokens[k].lower in ("also", "and", "but")
        or (clause_verb and _verb_of_clause(tokens, a, k))
        or _finite_in_phrase(tokens, a, k)
        for k in range(a, b)
    )


def _finite_in_phrase(tokens: Sequence[Token], start: int, k: int) -> bool:
    """Whether ``tokens[k]``, a word of a contrast's X or Y (which opens at ``start``),
    reads as the verb of a clause of its own: a lower-case past or present form that is
    no noun or adjective ("sent" in "was not at the meeting but sent a deputy"), or a
    base form after a word of the phrase that may be its subject ("police expect" in
    "but police expect an arrest"; not after "to"). Then "but" joins a clause, not a
    phrase standing in X's place, and splicing it after X's verb would write a claim the
    text never made ("The minister was sent a deputy")."""
    token = tokens[k]
    if (
        not token.text.islower()
        or "-" in token.text  # "a hit-and-run": a compound names a thing
        or is_noun_or_adjective(token.lower)
        or (k > start and tokens[k - 1].lower in _DETERMINERS)  # "a cut", "the run"
    ):
        return False
    forms = verb_forms(token.lower)
    if forms & {"VBD", "VBN", "VBP", "VBZ"}:
        return True
    return (
        "VB" in forms
        and k > start
        and tokens[k - 1].text[:1].isalpha()
        and tokens[k - 1].lower not in ("to", "not")
    )


# A phrase of a gapped conjunct: a noun phrase, a prepositional phrase or a figure with
# its unit or counted noun, as (kind, start, end) of tokens.
_Chunk = tuple[str, int, int]


def _chunks(tokens: Sequence[Token], start: int, end: int) -> list[_Chunk] | None:
    """``tokens[start:end]`` as a row of verbless phrases ("Kestrow | on Monday", "Lind |
    41%", "1,200 votes"), or None when a word there may be a finite verb, a conjunction
    or punctuation: then it is no remnant of a gapped clause. A noun phrase ends before
    a preposition, a figure or a determiner after its own words ("Lind | the south")."""
    for k in range(start, end):
        t = tokens[k]
        if (
            not (t.text[0].isalnum() or t.text[0] in "$€£%")
            or t.lower in _CONJUNCTIONS
            or t.lower in _NEGATORS
            or t.lower in _RELATIVE_PRONOUNS
            or t.lower in _PRONOUNS
            or _verb_of_clause(tokens, start, k)
            or _verbal_word(t)
            # "to seize the airport": an infinitive, no phrase of a gapped clause
            or (t.lower == "to" and k + 1 < end and "VB" in verb_forms(tokens[k + 1].lower))
        ):
            return None
    out: list[_Chunk] = []
    k = start
    while k < end:
        t = tokens[k]
        j = k + 1
        if t.lower in _PREPOSITIONS:
            kind = "PP"
            while j < end and tokens[j].lower not in _PREPOSITIONS:
                j += 1
        elif _figure_token(t) or t.text[0] in "$€£":
            kind = "FIG"
            while j < end and (tokens[j].text in "%" or _counted_word(tokens[j])):
                j += 1
        else:
            kind = "NP"
            while (
                j < end
                and tokens[j].text[0].isalpha()
                and tokens[j].lower not in _PREPOSITIONS
                and not _figure_token(tokens[j])
                and not (
                    tokens[j].lower in _DETERMINERS and tokens[j - 1].lower not in _DETERMINERS
                )
                # "the rebels | Kestrow": a name after a common noun opens another phrase
                and not (tokens[j].text[0].isupper() and tokens[j - 1].text.islower())
            ):
                j += 1
        if out and kind == "PP" and t.lower == "of":
            # "the north of England": a phrase with "of" belongs to the noun before it
            out[-1] = (out[-1][0], out[-1][1], j)
        else:
            out.append((kind, k, j))
        k = j
    return out


def _verbal_word(token: Token) -> bool:
    """Whether a lower-case word reads as a verb in a phrase: an "-ing" form ("selling
    the port", "cutting jobs") or a verb form that is no noun ("carries")."""
    if not token.text.islower():
        return False
    forms = verb_forms(token.lower)
    return "VBG" in forms or (
        bool(forms - {"VB", "VBP"}) and not is_noun_or_adjective(token.lower)
    )


def _counted_word(token: Token) -> bool:
    """Whether ``token`` may be the unit or counted noun after a figure ("votes", "per
    cent", "m"): a lower-case word that is no preposition, conjunction or determiner."""
    low = token.lower
    return (
        token.text.isalpha()
        and token.text.islower()
        and low not in _PREPOSITIONS
        and low not in _CONJUNCTIONS
        and low not in _DETERMINERS
    )


def _gapping(
    tokens: Sequence[Token], start: int, verb: int, end: int
) -> list[list[Piece]] | None:
    """The claims of a clause whose later conjuncts leave out the shared verb (gapping),
    one per conjunct as pieces, else None.

    "Ruiz won 52% and Lind 41%" → "Ruiz won 52%." / "Lind won 41%." (the conjunct
    names its own subject: one phrase more than what follows the first verb, of the same
    kinds, "Lind | 41%" against "52%"); "The storm hit Kestrow on Monday and Orsk on
    Tuesday" → "… hit Kestrow on Monday." / "The storm hit Orsk on Tuesday." (subject
    and verb shared: the same kinds of phrases, two or more, "Orsk | on Tuesday" against
    "Kestrow | on Monday"). A comma series of remnants, the usual form of a result, is
    read member by member: "Ruiz won 52%, Lind 41%(,) and Berg 7%" → three claims; the
    series is cut at its top-level commas and its final "and", every remnant is checked
    against the first conjunct's phrases as above, and when one does not qualify nothing
    is split (a comma there is then no series of remnants: "hit Varn, a port, on
    Monday"). A figure left bare in the conjunct takes the counted noun of
    the first ("Vik got 1,200 votes, and Berg 900" → "Berg got 900 votes."). Each figure
    and date thus stays with its own subject or object. A list of one kind of phrase
    ("arrested Ruiz and Lind", "arrested Ruiz, Lind and Berg", "met on Monday and
    Tuesday") gaps nothing; nor does a conjunct after a negation (whether it carries the
    "not" is unclear), nor "There were 13 in one group and 21 in the other" (the
    conjunct's phrases lean on the first: "the other"). Only "and" joins a series here:
    members joined by "or" are alternatives, and each alone would be a claim nobody made.
    A figure with
    its noun stands for a noun phrase when both conjuncts have as many phrases ("found
    two guns in the car and a knife in the boot"). A conjunct's own subject is a noun
    phrase before as many phrases as the first has ("Lind the south", "the rebels
    Kestrow in June").
    """
    depths = _depths(tokens)
    joint = next(
        (k for k in range(verb + 1, end) if tokens[k].lower == "and" and not depths[k]), None
    )
    if (
        joint is None
        or tokens[start].lower == "there"
        or any(t.lower in _NEGATORS for t in tokens[start:joint])
    ):
        return None
    group_end = verb + 1
    if tokens[verb].lower in _AUXILIARIES:
        j = _skip_adverbs(tokens, verb + 1, end)
        while j < joint and tokens[j].lower in _AUXILIARIES:
            j = _skip_adverbs(tokens, j + 1, end)
        if j < joint and verb_forms(tokens[j].lower) and not _figure_token(tokens[j]):
            group_end = j + 1
    cut = joint - 1 if tokens[joint - 1].text == "," else joint
    # the members of the series: cut at the commas before the final "and" (an Oxford
    # comma is the one just before it, left out by ``cut``)
    commas = [k for k in range(group_end, cut) if tokens[k].text == "," and not depths[k]]
    bounds = [group_end - 1, *commas, cut]
    segments = [(a + 1, b) for a, b in itertools.pairwise(bounds)]
    segments.append((joint + 1, end))
    first = _chunks(tokens, *segments[0])
    if not first:
        return None
    verb_start = _verb_start_of_group(tokens, start, verb)
    claims: list[list[Piece]] = [[(start, segments[0][1])]]
    for a, b in segments[1:]:
        claim = _remnant_claim(tokens, first, a, b, (start, verb_start, group_end))
        if claim is None:
            return None  # every member qualifies, or the sentence is no gapped series
        claims.append(claim)
    return claims


def _remnant_claim(
    tokens: Sequence[Token],
    first: list[_Chunk],
    a: int,
    b: int,
    clause: tuple[int, int, int],
) -> list[Piece] | None:
    """The claim of one gapped remnant ``tokens[a:b]`` of a clause whose first conjunct
    has the phrases ``first`` (see :func:`_gapping`), as pieces, else None.
    ``clause`` is (start of the clause, start of its verb group, end of its verb group).
    The remnant has the first conjunct's kinds of phrases (two or more), or one noun
    phrase more before them: its own subject."""
    start, verb_start, group_end = clause
    second = _chunks(tokens, a, b)
    if not second:
        return None
    # a figure with its noun fills an object's place as a noun phrase does
    kinds = [c[0] for c in first]
    other = [c[0] for c in second]
    if len(other) == len(kinds):
        # ... only a figure of things ("two guns"), not a measure of the verb ("rose 4%
        # in May and imports in June": "imports" is a subject, not what rose)
        # (a bare figure in the conjunct counts what its counterpart counts: "12 people
        # in Orsk and 30 in Kestrow")
        things = [
            (c[0] == "FIG" and _counts_things(tokens, c))
            or (c[0] == f[0] == "FIG" and _counts_things(tokens, f))
            for c, f in zip(first, second, strict=True)
        ]
        kinds = ["NP" if k == "FIG" and t else k for k, t in zip(kinds, things, strict=True)]
        other = ["NP" if k == "FIG" and t else k for k, t in zip(other, things, strict=True)]
    subject: _Chunk | None = None
    if other == kinds and len(kinds) >= 2:
        rest = second
    elif (
        other[1:] == kinds
        and other[0] == "NP"
        # "… and milk 7%": before a figure or a place any noun phrase is the subject;
        # before a noun phrase ("… and Lind the south") only one that reads as one
        and (kinds[0] != "NP" or _subject_like(tokens, second[0]))
        # "… and injured 3,000", "… and closed in 1999": a past form opens a predicate
        and not (tokens[second[0][1]].text.islower() and _past_form(tokens[second[0][1]]))
    ):
        subject, rest = second[0], second[1:]
    else:
        return None
    pieces: list[Piece] = []
    for (_, ra, rb), (_, fa, fb) in zip(rest, first, strict=True):
        pieces.append((ra, rb))
        counted = _counted_tail(tokens, fa, fb)
        if counted is not None and _bare_figure(tokens[rb - 1]):
            pieces.append(counted)  # "900" takes "votes", "to eight" takes "years"
    if subject is None:
        return [(start, group_end), *pieces]
    return [(subject[1], subject[2]), (verb_start, group_end), *pieces]


# Words after a figure that measure rather than count things: a share, a unit of money
# or scale ("4%", "3 per cent", "$5 million", "2 points").
_MEASURE_WORDS = (
    frozenset(LEXICON["percentage_words"])
    | frozenset(LEXICON["money_words"])
    | frozenset(LEXICON["number_words"])
    | {"per", "cent", "point", "points", "pp", "m", "bn", "k"}
)


def _counts_things(tokens: Sequence[Token], chunk: _Chunk) -> bool:
    """Whether a figure chunk counts things a verb may take as its object ("two guns",
    "1,200 votes"): a noun after the figure that is no unit of measure ("4%", "3 per
    cent", "$5 million" measure how much, and a verb's measure is no noun phrase)."""
    _, a, b = chunk
    return any(
        tokens[k].text[:1].isalpha()
        and tokens[k].lower not in _MEASURE_WORDS
        and is_noun_or_adjective(tokens[k].lower)
        for k in range(a, b)
        if not _figure_token(tokens[k])
    )


def _bare_figure(token: Token) -> bool:
    """Whether ``token`` is a figure written without its unit ("900", "eight"; not
    "41%", "$5m"), so it counts what the figure it stands beside counts."""
    return token.lower in _NUMBER_WORDS or re.fullmatch(r"\d[\d,.]*", token.text) is not None


def _counted_tail(tokens: Sequence[Token], start: int, end: int) -> Piece | None:
    """The words after the figure of a chunk that say what it counts ("1,200 votes",
    "to 12 years", "52% of the vote" → "of the vote" only after a bare figure's
    counterpart), as a piece, else None: what a bare figure in a gapped conjunct takes
    ("Berg 900" → "900 votes", "Lind to eight" → "to eight years")."""
    at = next((k for k in range(start, end) if _figure_token(tokens[k])), None)
    if at is None or at + 1 >= end or not _bare_figure(tokens[at]):
        return None
    if not tokens[at + 1].text[:1].isalpha() or not _counted_word(tokens[at + 1]):
        return None
    return (at + 1, end)


def _past_form(token: Token) -> bool:
    """Whether ``token`` may be a past tense or participle ("injured", "closed")."""
    return bool(verb_forms(token.lower) & {"VBD", "VBN"})


def _subject_like(tokens: Sequence[Token], chunk: _Chunk) -> bool:
    """Whether a noun phrase may be a subject: a name, or a noun phrase that a
    determiner opens or a plural ends ("Lind", "the Greens", "imports")."""
    _, a, b = chunk
    return (
        tokens[a].text[0].isupper()
        or tokens[a].lower in _DETERMINERS
        or tokens[b - 1].lower.endswith("s")
    )


def _verb_start_of_group(tokens: Sequence[Token], start: int, verb: int) -> int:
    """Where the verb group of ``verb`` begins: its auxiliaries and adverbs before it
    ("has won", "had already won") belong to the group, up to ``start``."""
    k = verb
    while k > start and (tokens[k - 1].lower in _AUXILIARIES or tokens[k - 1].lower in _ADVERBS):
        k -= 1
    return k


def _verb_of_clause(tokens: Sequence[Token], start: int, k: int) -> bool:
    """Whether token ``k`` of a phrase starting at ``start`` is a finite verb with a
    subject before it: an auxiliary or a past form ("officials said"), a present form
    after a pronoun or a plural ("they expect", "officials expect"), an "-s" form after a
    word ("the levy costs"). A present form after a singular noun is its compound's head
    ("a gas leak", "a bus crash"), and a first word has no subject in the phrase."""
    forms = _finite_verb_at(tokens, k)
    if not forms or (k == start and forms != _AUX):
        return False
    if _is_strong_verb(tokens, k):
        return True
    previous = tokens[k - 1].lower
    if "VBZ" in forms or previous in _PRONOUNS:
        return True
    # "officials expect", not "a gas leak" (a singular determiner before the "-s" word)
    return (
        previous.endswith("s")
        and not previous.endswith("ss")
        and tokens[k - 2].lower not in _SINGULAR_DETERMINERS
    )


_SINGULAR_DETERMINERS = frozenset({"a", "an", "one", "this", "that", "each", "every"})
# Conjunctions that set a conjunct against the one before it ("not closed but sold").
_ADVERSATIVE = frozenset({"but", "yet"})


def _without_shared_objects(
    tokens: Sequence[Token], verb: int, splits: list[_Split]
) -> list[_Split]:
    """``splits`` without a predicate split whose conjunct before it is a bare verb that
    takes an object: "Police arrested and charged three men" shares "three men" between
    both verbs (right-node raising), so "Police arrested." would be a claim with its
    object cut off ("The regulator fined.", "The ministry confirmed."). Such a sentence
    is not split there. A verb that stands without an object (``intransitive_verbs``,
    ``alternating_verbs``: "The mayor resigned and left the city") still splits."""
    if _is_passive(tokens, verb):
        return splits  # "was arrested and charged with murder": a passive needs no object
    starts = [verb, *[sp.at for sp in splits]]
    kept: list[_Split] = []
    for start, sp in zip(starts, splits, strict=False):
        if not sp.clause:
            words = [k for k in range(start, sp.cut) if tokens[k].lower not in _ADVERBS]
            passive = False
            while words and tokens[words[0]].lower in _AUXILIARIES:
                passive = passive or tokens[words[0]].lower in _BE
                words = words[1:]
            if len(words) == 1 and not passive:
                lemmas = verb_lemmas(tokens[words[0]].lower)
                if lemmas and not lemmas & (_INTRANSITIVE | _ALTERNATING):
                    continue
        kept.append(sp)
    return kept


def _shared_prefix(
    tokens: Sequence[Token], start: int, verb: int, end: int, joint: int, at: int
) -> list[Piece] | None:
    """The pieces of ``tokens[start:end]`` (subject and auxiliaries) that the predicate
    conjunct at ``at`` takes from the main clause, joined to it at ``joint``.

    A negation of the first predicate is no part of what an adversative conjunct shares:
    "The plant was not closed but sold" asserts "The plant was sold" (the "but" sets the
    second predicate against the denied first one), so "not" / "never" between the main
    verb and ``end`` is left out after "but" / "yet". After "and" it is shared, as the
    negation covers the coordinated list ("was not arrested and charged"). A negation
    fused into a shared auxiliary ("wasn't") cannot be left out of a token range, so
    None: the sentence is not split there; nor is it when the conjunct would share the
    subject only across such a fused main verb ("wasn't closed and sold" is not "The
    plant sold").
    """
    adversative = _adversative(tokens, joint, at)
    if (
        _fused_negation(tokens[verb].lower)
        and tokens[at].lower not in _AUXILIARIES
        # "didn't fall but rose" shares the subject only, as "did not" would
        and not (adversative and end == verb and tokens[verb].lower in _FUSED_DO)
    ):
        return None
    if not adversative:
        return [(start, end)]
    pieces: list[Piece] = []
    a = start
    for k in range(max(start, verb), end):
        word = tokens[k].lower
        if _fused_negation(word):
            return None
        if word in _NEGATORS:
            pieces.append((a, k))
            a = k + 1
    pieces.append((a, end))
    return [p for p in pieces if p[0] < p[1]]


# Words that may close a clause whose predicate is elided ("but most were", "but the
# road was too", "and so has the mayor" is not read).
_ELLIPSIS_TAIL = frozenset({"too", "also", "either", "so"})


def _elided_predicate(
    tokens: Sequence[Token], verb: int, at: int, cut: int, first_cut: int
) -> list[Piece] | None:
    """The pieces that complete a clause ``tokens[at:cut]`` whose predicate is elided
    after its auxiliary ("Not all of the 40 passengers were rescued, but most were"),
    taken from the first clause (its main verb ``verb``, its end ``first_cut``); an
    empty list when the clause is elliptical but cannot be completed from token ranges;
    None when it is no such clause.

    The clause is a subject, then only auxiliaries, negations and "too"/"also"/"either".
    When the first clause's main verb is an auxiliary and the elided one is no "do", the
    words after the first clause's auxiliary chain, without its negation, complete it:
    "but most were" gives "Most were rescued.", "but the road was not" gives "The road
    was not damaged." after "The bridge was damaged". A "do" stands for the first
    clause's verb in another form ("Most staff stayed, but some did not": "Some did not
    stay."), which :func:`_elided_verb_phrase` finds and :func:`_elided_do` renders
    (tester10c F9); when it cannot be found the caller drops the clause, as "Some did
    not." would be a claim with no content.
    """
    aux = next((k for k in range(at + 1, cut) if tokens[k].lower in _AUXILIARIES), None)
    if aux is None or any(tokens[k].text in ",;" for k in range(at, aux)):
        return None
    for k in range(aux, cut):
        word = tokens[k].lower
        if not (word in _AUXILIARIES or word in _NEGATORS or word in _ELLIPSIS_TAIL):
            return None
    if tokens[aux].lower in _DO or tokens[aux].lower in _FUSED_DO:
        return _elided_verb_phrase(tokens, verb, first_cut)
    if tokens[verb].lower not in _AUXILIARIES:
        return []
    if tokens[verb].lower in _DO | _FUSED_DO.keys():
        return []
    chain = _auxiliary_chain(tokens, verb, first_cut)
    pieces: list[Piece] = []
    a = chain[-1] + 1
    for k in range(a, first_cut):
        if tokens[k].lower in _NEGATORS:
            pieces.append((a, k))
            a = k + 1
    pieces.append((a, first_cut))
    pieces = [p for p in pieces if p[0] < p[1]]
    if not pieces or _fused_negation(tokens[chain[-1]].lower):
        return []
    return pieces


def _elided_verb_phrase(tokens: Sequence[Token], verb: int, first_cut: int) -> list[Piece]:
    """The verb phrase a "do" stands for in an elliptical clause ("The dam held but the
    levee did not", "Anna did not win, but Tom did", "The school reopened and the
    library did too"): the first clause's lexical verb (its main verb ``verb``, or the
    verb after its "did not") and what follows it up to ``first_cut``, as one piece that
    :func:`_elided_do` renders in the form the "do" asks for ("did not hold", "won").
    Empty when the first clause's verb is another auxiliary ("was closed … but the road
    did not"), which a "do" cannot stand for, or no verb follows its "do"."""
    word = tokens[verb].lower
    lexical = verb
    if word in _DO or word in _FUSED_DO:
        lexical = _skip_adverbs(tokens, verb + 1, first_cut)
        while lexical < first_cut and tokens[lexical].lower in _NEGATORS:
            lexical = _skip_adverbs(tokens, lexical + 1, first_cut)
        if lexical >= first_cut or "VB" not in verb_forms(tokens[lexical].lower):
            return []
    elif word in _AUXILIARIES or not verb_forms(word) & {"VBD", "VBZ", "VBP"}:
        return []
    return [(lexical, first_cut)] if lexical < first_cut else []


def _elided_do(
    text: str, tokens: Sequence[Token], pieces: list[Piece], final: str
) -> str | None:
    """The claim of an elliptical "do" clause completed by :func:`_elided_verb_phrase`:
    its pieces are the clause (a subject, the "do", perhaps "not" and "too") and the
    first clause's verb phrase, which starts before it. A denied "do" keeps "did not"
    and takes the verb's base form ("The levee did not hold."); an affirmed one is
    dropped and the verb takes its tense ("Tom won.", "The library reopened."), via
    lemminflect. "too", "also", "either" and "so" after the "do" go. None for any other
    pieces."""
    if len(pieces) < 2 or pieces[-1][0] >= pieces[-2][0]:
        return None
    # a speaker's words before the clause ("The mayor said the tunnel did not") open it
    lead, (a, b), (v, end) = pieces[:-2], pieces[-2], pieces[-1]
    do = next(
        (k for k in range(a + 1, b) if tokens[k].lower in _DO or tokens[k].lower in _FUSED_DO),
        None,
    )
    if do is None:
        return None
    after = [tokens[k].lower for k in range(do + 1, b)]
    if any(w not in _NEGATORS and w not in _ELLIPSIS_TAIL for w in after):
        return None
    word = tokens[do].lower
    lemmas = lemminflect.getLemma(tokens[v].lower, upos="VERB")
    if not lemmas:
        return None
    denied = word in _FUSED_DO or any(w in _NEGATORS for w in after)
    if denied:
        verb_text = lemmas[0]
        negation = [k for k in range(do + 1, b) if tokens[k].lower in _NEGATORS]
        head = _render(text, tokens, [*lead, (a, do + 1), *[(k, k + 1) for k in negation]], "")
    else:
        inflected = lemminflect.getInflection(lemmas[0], "VBP" if word == "do" else _DO[word])
        if not inflected:
            return None
        verb_text = inflected[0]
        head = _render(text, tokens, [*lead, (a, do)], "")
    rest = text[tokens[v + 1].start : tokens[end - 1].end] if v + 1 < end else ""
    rendered = f"{head} {verb_text} {rest}".rstrip() if rest else f"{head} {verb_text}"
    return rendered if not final or rendered.endswith(final) else rendered + final


def _adversative(tokens: Sequence[Token], joint: int, at: int) -> bool:
    """Whether "but" or "yet" joins the conjunct at ``at`` (from ``joint``)."""
    return any(t.lower in _ADVERSATIVE for t in tokens[joint:at])


def _fused_negation(word: str) -> bool:
    """Whether ``word`` is an auxiliary with "n't" fused to it ("wasn't", "didn’t")."""
    return word.endswith(("n't", "n’t")) and word not in _NEGATORS


def _own_negation(tokens: Sequence[Token], joint: int, at: int) -> int:
    """Where the conjunct at ``at`` starts, taking back a negation that the search for
    its verb passed over: "closed but not sold" → "not sold", "resigned but never left"
    → "never left" (the conjunct is denied, and only it)."""
    for k in range(joint, at):
        if tokens[k].lower in _NEGATORS:
            return k
    return at


# Verbs used with and without an object alike ("Police closed the road" / "The road
# closed"): after a passive clause, "and schools shut" reads as active and true as it
# stands, so no auxiliary is borrowed for them (lemmas; the intransitive verbs too).
_ALTERNATING = LEXICON["alternating_verbs"]
_NAMING = LEXICON["naming_verbs"]
_OBJECT_KEEPING = _NAMING | LEXICON["double_object_verbs"]
# Words after a participle that are no object of it: "sent home", "flown abroad".
_NO_OBJECT = frozenset({"home", "abroad", "overseas", "indoors", "nationwide", "overnight"})
# Pronouns that are the object of the verb before them ("and sent them home").
_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "us", "me", "you", "this", "that"})


def _gapped_passive(
    tokens: Sequence[Token], verb: int, at: int, cut: int
) -> tuple[int, int, int] | None:
    """(participle, first auxiliary, end of the auxiliaries) when the clause ``at:cut``
    is a passive whose auxiliary is gapped from the passive main clause at ``verb``:
    "Two people were killed and 12 injured" (→ "12 were injured"), "The school has been
    closed and its pupils sent home" (→ "its pupils have been sent home").

    The clause is a subject and a verb that can be a past participle, with no object
    after it and no auxiliary of its own; a verb that takes no object or alternates
    ("and the tunnel flooded", "and flights resumed") is active as written, and a past
    form that is no participle ("and the crew flew home") is never passive. None when
    the main clause is no passive, its auxiliaries are not adjacent (a "not" between
    them would carry a negation the clause may not share), or the clause does not fit.
    """
    if tokens[verb].lower not in _AUXILIARIES:
        return None
    chain = _auxiliary_chain(tokens, verb, len(tokens))
    lexical = chain[-1] + 1
    if (
        chain[-1] - chain[0] != len(chain) - 1
        or tokens[chain[-1]].lower not in _BE
        or lexical >= at
        or not can_be_participle(tokens[lexical].lower)
    ):
        return None
    participle = _clause_verb(tokens, at, cut)
    if participle is None or participle == at:
        return None
    word = tokens[participle].lower
    if any(t.lower in _AUXILIARIES for t in tokens[at : participle + 1]):
        return None
    if not can_be_participle(word) or verb_lemmas(word) & (_INTRANSITIVE | _ALTERNATING):
        return None
    if _object_follows(tokens, participle + 1, cut):
        return None  # "and police searched homes": an object, so active
    return participle, chain[0], chain[-1] + 1


def _clause_between(tokens: Sequence[Token], verb: int, cut: int) -> bool:
    """Whether a clause with a subject of its own opens after a bare comma between the
    main verb and ``cut`` (", the council collapsed")."""
    main_forms = verb_forms(tokens[verb].lower) & _FINITE
    for k in range(verb + 1, cut - 1):
        if tokens[k].text != "," or tokens[k + 1].lower in _CONJUNCTIONS | _RELATIVE_PRONOUNS:
            continue
        if verb_forms(tokens[k + 1].lower) & main_forms or not _starts_subject(tokens, k + 1):
            continue  # ", closed two plants": a predicate of the series, not a subject
        found = _clause_verb(tokens, k + 1, cut)
        if found is not None and not verb_lemmas(tokens[found].lower) & _REPORTING_VERBS:
            return True  # (", officials said," is an attribution set off, no clause)
    return False


def _noun_aside_end(tokens: Sequence[Token], comma: int) -> int | None:
    """Index of the comma that closes an aside of the noun before ``comma``, if any.

    An age or a short description set off by commas ("a man, 34, had been arrested",
    "a woman, aged 60, died", "the driver, a 41-year-old nurse, was hurt") belongs to the
    noun before it: its commas are neither a clause boundary nor a series. The aside must
    follow a noun (a word, not a figure or a preposition) and be followed by the verb of
    the noun's clause, which is what makes it an aside rather than a list item.
    """
    if comma == 0:
        return None
    before = tokens[comma - 1]
    if not before.text[0].isalpha() or before.lower in _PREPOSITIONS or before.lower in _PRONOUNS:
        return None
    if _finite_verb_at(tokens, comma - 1) and not is_noun_or_adjective(before.lower):
        return None
    end = len(tokens)
    k = comma + 1
    if k < end and tokens[k].lower == "aged":
        k += 1
    if k < end and tokens[k].text.isdigit() and len(tokens[k].text) <= 3:
        k += 1
        if k + 1 < end and tokens[k].lower in _UNITS_OF_AGE and tokens[k + 1].lower == "old":
            k += 2
    elif k == comma + 1 and k < end and tokens[k].lower in {"a", "an"}:
        # a short description: "a 41-year-old nurse", "a father of two"; no verb in it
        stop = min(end, k + 7)
        k += 1
        while k < stop and tokens[k].text not in ",;:." and tokens[k].text not in _NESTING:
            if tokens[k].lower in _CONJUNCTIONS or (
                _finite_verb_at(tokens, k) and not is_noun_or_adjective(tokens[k].lower)
            ):
                return None
            k += 1
    else:
        return None
    if k + 1 >= end or tokens[k].text != ",":
        return None
    verb = tokens[k + 1]
    if not (verb.lower in _AUXILIARIES or _is_strong_verb(tokens, k + 1)):
        return None
    return k


def _split_around_asides(tokens: Sequence[Token]) -> list[list[Piece]]:
    """:func:`split_sentence` read without the asides of nouns (see
    :func:`_noun_aside_end`); the pieces it returns index ``tokens`` and keep an aside
    wherever a piece spans it ("Police said a man, 34, had been arrested")."""
    kept: list[int] = []
    i = 0
    n = len(tokens)
    while i < n:
        if tokens[i].text == ",":
            close = _noun_aside_end(tokens, i)
            if close is not None:
                i = close + 1  # the aside and both its commas
                continue
        kept.append(i)
        i += 1
    if len(kept) == n:
        return split_sentence(tokens)
    groups = split_sentence([tokens[k] for k in kept])
    # a piece that ends where an aside was taken out is a subject the next words' verb
    # shares ("The mayor, a former teacher, … cut the ribbon"): it keeps its aside.
    ends = [kept[b] if b < len(kept) else n for b in range(1, len(kept) + 1)]
    return [[(kept[a], ends[b - 1]) for a, b in group if a < b] for group in groups]


def _clause_semicolon(tokens: Sequence[Token], end: int) -> int | None:
    """Index of the first semicolon outside quotes and brackets that closes a clause and
    opens another ("Exports fell 4%; imports rose 6%"), else None: a semicolon in a list
    of places or names joins no clauses."""
    if not any(t.text == ";" for t in tokens[:end]):
        return None
    depths = _depths(tokens)
    for k in range(1, end - 1):
        if tokens[k].text != ";" or depths[k] > 0:
            continue
        if _main_verb(tokens, 0, k) is None:
            continue
        if _opens_clause(tokens, _skip_adverbs(tokens, k + 1, end), end):
            return k
    return None


def _speaker_conjunct(tokens: Sequence[Token], at: int, speaker_verb: int) -> bool:
    """Whether the predicate conjunct at ``at`` may be the speaker's as well.

    Any verb in the speaker verb's finite form may continue the speaker's sentence
    ("said … and urged", "… and promised", "… and blamed"), not only verbs of saying. The
    one reading that stays the reported subject's is a bare quantity for an object, the
    elided noun of the reported verb's own object ("killed 10 people and injured 30"):
    it continues the reported clause, not the speaker's.

    A conjunct opened by auxiliaries is read by the verb after them: a verb of saying or
    thinking ("… and did not expect it to fall", "… and had warned", "… and didn't
    think") may be the speaker's in any tense; a passive ("… and was found") is not.
    """
    word = tokens[at].lower
    if word in _AUXILIARIES:
        last, j = at, _skip_adverbs(tokens, at + 1, len(tokens))
        while j < len(tokens) and tokens[j].lower in _AUXILIARIES:
            last, j = j, _skip_adverbs(tokens, j + 1, len(tokens))
        contraction = negated_contraction(tokens[last].lower)
        auxiliary = contraction[0] if contraction else tokens[last].lower
        if j >= len(tokens) or (auxiliary in _BE and not tokens[j].lower.endswith("ing")):
            return False
        return bool(verb_lemmas(tokens[j].lower) & _SPEAKERS_VERBS)
    if not _same_form(tokens, at, speaker_verb):
        return False
    if verb_lemmas(word) & _SPEAKERS_VERBS:
        return True
    nxt = at + 1
    return not (nxt < len(tokens) and _bare_quantity(tokens, nxt))


@lru_cache(maxsize=16384)
def speaker_readings(text: str) -> tuple[str, str] | None:
    """The two readings of a reported clause whose "and" conjunct may be the speaker's:
    "Police said the driver fled and urged witnesses to come forward." → ("Police said
    the driver fled.", "Police urged witnesses to come forward."), else None.

    The rule is the splitter's (:func:`_speaker_conjunct`, which keeps such a sentence
    whole): a verb phrase after "and" in the speaker verb's finite form has no subject of
    its own, and it is read as the speaker's, never as the reported subject's ("the
    driver urged …" is a claim nobody made). Matching reads the claim this way
    (:func:`factcheck.match.relation.compare`), so the conjunct's words never lend the
    reported subject a verb. Only a leading attribution ("X said (that) …") has such a
    conjunct; "killed 10 people and injured 30" (a bare quantity for an object) stays the
    reported subject's. Both readings are built for comparison only: stored claims keep
    their source's words.
    """
    words = TOKEN_PATTERN.findall(text)
    lowers = [w.lower() for w in words]
    if "and" not in lowers:
        return None
    tokens = _with_offsets(text, 0, _offsetless_tokens(words, lowers))
    end = len(tokens)
    while end > 0 and (tokens[end - 1].text in _FINAL or tokens[end - 1].text in _CLOSERS):
        end -= 1
    verb = _main_verb(tokens, 0, end)
    if verb is None:
        return None
    attribution_end = _leading_attribution(tokens, verb, end)
    if attribution_end is None:
        return None
    inner = _main_verb(tokens, attribution_end, end)
    if inner is None:
        return None
    depths = _depths(tokens)
    for i in range(inner + 1, end):
        if tokens[i].lower in _RELATIVE_PRONOUNS and depths[i] == 0:
            return None  # "… who fled and urged": the relative clause's own subject
        if tokens[i].lower != "and" or depths[i] > 0 or _guarded(tokens, i, inner):
            continue
        at = _skip_adverbs(tokens, i + 1, end)
        if at >= end or not _speaker_conjunct(tokens, at, verb):
            continue
        cut = i - 1 if tokens[i - 1].text == "," else i
        reported = _render(text, tokens, [(0, cut)], ".")
        speaker = _render(text, tokens, [(0, verb), (at, end)], ".")
        return reported, speaker
    return None


@lru_cache(maxsize=1 << 12)
def gapped_readings(text: str) -> tuple[str, ...] | None:
    """The claims (two or more) of a one-sentence claim whose later conjuncts leave out
    the shared verb (see :func:`_gapping`): "Ruiz won 52% and Lind 41%." → ("Ruiz won
    52%.", "Lind won 41%."), "Ruiz won 52%, Lind 41% and Berg 7%." → three claims,
    "The storm hit Kestrow on Monday and Orsk on Tuesday." → ("The storm hit
    Kestrow on Monday.", "The storm hit Orsk on Tuesday."); else None. For comparison
    of a claim kept whole: stored claims are already split this way."""
    words = TOKEN_PATTERN.findall(text)
    if "and" not in (w.lower() for w in words):
        return None
    tokens = _with_offsets(text, 0, _offsetless_tokens(words, [w.lower() for w in words]))
    end = len(tokens)
    while end > 0 and (tokens[end - 1].text in _FINAL or tokens[end - 1].text in _CLOSERS):
        end -= 1
    suffix = _trailing_attribution(tokens, end)
    body_end = suffix if suffix is not None else end
    verb = _main_verb(tokens, 0, body_end)
    if verb is None:
        return None
    start = 0
    attribution_end = _leading_attribution(tokens, verb, body_end)
    if attribution_end is not None:
        inner = _main_verb(tokens, attribution_end, body_end)
        if inner is None:
            return None
        start, verb = attribution_end, inner
    found = _gapping(tokens, start, verb, body_end)
    if found is None:
        return None
    head = [(0, start)] if start else []
    ending = [(body_end, end)] if body_end < end else []
    return tuple(_render(text, tokens, [*head, *p, *ending], ".") for p in found)


_NEGATION_HINT = re.compile(r"\bnot\b|\bnever\b|n['’]t\b", re.IGNORECASE)
_BUT_HINT = re.compile(r"\bbut\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 12)
def contrast_readings(text: str) -> tuple[str, str] | None:
    """The denied and the asserted reading of a one-sentence claim that sets a negated
    phrase or predicate against another with "but": "The toll is not 12 but 15." →
    ("The toll is not 12.", "The toll is 15."), "The plant was not closed but sold." →
    ("The plant was not closed.", "The plant was sold."), "… closed but not sold" →
    ("The plant was not sold.", "The plant was closed."); else None.

    The readings are the two claims extraction splits the sentence into (see
    :func:`_contrast` and :func:`_shared_prefix`), when exactly one of them is negated:
    so a claim compared as written (``factcheck compare``, a claim kept whole) is read
    as the article's two statements, never as a denial of both. For comparison only:
    stored claims are already split this way.
    """
    if not (_BUT_HINT.search(text) and _NEGATION_HINT.search(text)):
        return None
    found = _claim_pieces(Sentence(0, 0, len(text), text), text)
    if len(found) != 2:
        return None
    negated = [bool(_NEGATION_HINT.search(f[0])) for f in found]
    if negated[0] == negated[1] or any(_BUT_HINT.search(f[0]) for f in found):
        return None
    denied, asserted = (found[0][0], found[1][0]) if negated[0] else (found[1][0], found[0][0])
    return denied, asserted


# "Subject, which/who <clause>, <rest>": a relative clause set off by commas right after
# a sentence's subject. No quotes, brackets, colons or semicolons in any part.
# A comma between digits ("20,000") is part of a figure, not a boundary.
_RELATIVE_ASIDE_RE = re.compile(
    r"^(?P<subject>(?:[^,;:\"“”()]|(?<=\d),(?=\d{3})){2,80}?),\s+(?:which|who)\s+"
    r"(?P<clause>(?:[^,;:\"“”()]|(?<=\d),(?=\d{3})){3,160}?),\s+(?P<rest>[^;:]+?)\s*$"
)
# Words between a relative pronoun, or a subject, and its verb ("which once housed",
# "who also chairs").
_BEFORE_VERB = frozenset({"also", "once", "still", "now", "later", "first", "then", "already"})


def _opens_with_verb(words: Sequence[str]) -> bool:
    """Whether ``words`` open with a finite verb or an auxiliary, after adverbs ("once
    housed", "also said", "has", "will"): what makes the words before them its subject."""
    k = 0
    while k < len(words) - 1 and (words[k] in _BEFORE_VERB or words[k].endswith("ly")):
        k += 1
    word = words[k] if words else ""
    return word in _AUXILIARIES or bool(verb_forms(word) & {"VBD", "VBZ"})


def relative_readings(text: str) -> tuple[str, str] | None:
    """The main and the relative reading of a claim whose subject carries a relative
    clause set off by commas: "The plant, which opened in 1978, is the company's
    oldest." → ("The plant is the company's oldest.", "The plant opened in 1978."); else
    None.

    A non-restrictive relative clause states a second fact about the subject, with its
    own verb and often its own date; read whole, the claim's time would be the clause's
    ("in 1978" is not when the plant is the oldest). The pronoun must be the clause's
    subject ("which opened", "who was", "which has"; not "which the council approved")
    and the main clause must go on with a verb, so the words before the first comma are
    the sentence's subject and hold no verb of their own. For comparison only
    (:func:`factcheck.match.relation.compare`): stored claims keep their words.
    """
    found = _RELATIVE_ASIDE_RE.match(text.strip())
    if found is None:
        return None
    subject, clause, rest = found.group("subject"), found.group("clause"), found.group("rest")
    subject_words = subject.lower().split()
    if not subject[:1].isupper() or len(subject_words) > 10:
        return None
    if any(w in _AUXILIARIES or is_finite_only(w) or w in _REPORTING_VERBS for w in subject_words):
        return None
    if not (_opens_with_verb(clause.lower().split()) and _opens_with_verb(rest.lower().split())):
        return None
    stop = rest[-1] if rest[-1] in ".!?" else "."
    main = f"{subject} {rest if rest[-1] in '.!?' else rest + '.'}"
    return main, f"{subject} {clause}{stop}"


def _bare_quantity(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is a number with no noun after it ("injured 30.", "30 more")."""
    if not (tokens[k].text[0].isdigit() or tokens[k].lower in _NUMBER_WORDS):
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is None or not after.text[0].isalpha() or after.lower in _PREPOSITIONS


_HAVE = frozenset({"has", "have", "had", "having"})
_OBJECT_OPENERS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "these"}
    | {"those", "some", "all", "two", "three", "four", "five", "ten", "hundreds"}
)


def _shared_end(tokens: Sequence[Token], verb: int, at: int) -> int | None:
    """Where the words a predicate conjunct at ``at`` shares with the main clause end.

    The conjunct takes the subject and as much of the main verb's auxiliary chain as
    grammar lets it follow: "has resigned and been replaced" → "has been replaced",
    "will close and be rebuilt" → "will be rebuilt", "has been fined and ordered to pay"
    → "has been ordered to pay", "have been rising and hit records" → "have hit records".
    A conjunct that cannot follow any auxiliary of the chain but is finite on its own
    shares only the subject ("were grounded and flew", not "were flew"), as does one
    that brings its own tensed auxiliary ("… and would need") or follows a main verb
    without auxiliary. None when no grammatical claim can be rebuilt, so the sentence is
    not split there.
    """
    word = tokens[at].lower
    main = tokens[verb].lower
    if main not in _AUXILIARIES:
        return verb
    # "have" after a modal is the modal's ("could have sunk and have…" is rare);
    # after anything else it is tensed ("was arrested and have…" cannot agree anyway)
    non_finite = word in _NON_FINITE or (word == "have" and main not in _BE | _HAVE)
    if word in _AUXILIARIES and not non_finite:
        return verb
    end = len(tokens)
    chain = _auxiliary_chain(tokens, verb, end)
    lexical = _skip_adverbs(tokens, chain[-1] + 1, end)
    if lexical >= end or not verb_forms(tokens[lexical].lower):
        # a copula ("is 31 years old and would need"): nothing but a tensed verb follows
        return None if non_finite else verb
    for k in range(len(chain), 0, -1):
        governed = chain[k] if k < len(chain) else lexical
        if _licenses(tokens, chain[k - 1], at) and _same_aspect(tokens, governed, at):
            return governed
    if word in _AUXILIARIES:
        return None
    if tokens[chain[-1]].lower in _BE and _keeps_object(word):
        # "was built in 1975 and named the Kestrow Bridge", "was elected mayor and named
        # Lund her deputy": with an object after it such a verb may be passive or active,
        # and the words do not tell which; rebuilt either way it may be a claim nobody
        # made ("The bridge named the Kestrow Bridge"), so the sentence is not split.
        return None
    return verb if _finite_alone(word) else None


def _finite_alone(word: str) -> bool:
    """Whether ``word`` can be a tensed verb with no auxiliary: a simple past ("carried",
    "flew") or a third-person present ("carries"), never a participle only ("given",
    "taken", "been"), which would leave "The man given a fine." (lemminflect's forms)."""
    forms = verb_forms(word)
    if "VBZ" in forms:
        return True
    if "VBD" not in forms:
        return False
    found = verb_lemmas(word)
    if not found:
        return word.endswith("ed")  # an unknown "-ed" word: as verb_forms reads it
    return any(word in lemminflect.getInflection(lemma, "VBD") for lemma in found)


_DATE_WORDS = LEXICON["months"] | LEXICON["date_words"]


def _object_follows(tokens: Sequence[Token], k: int, end: int | None = None) -> bool:
    """Whether a direct object opens at token ``k`` (before ``end``), right after a verb:
    a determiner ("the", "its", "some"), a figure ("9,000 vehicles", "two ferries"), a
    figure behind an approximator ("about 9,000", "more than 300": the approximators of
    ``factcheck/data/match_cues.toml``), the figure counting a noun after it, a pronoun
    ("them"), a name ("Lund") or a bare noun ("taxes would rise", "homes"). A noun
    phrase of time ("this week", "two days later", "each May", "Monday"), a preposition,
    an adverb ("again", "later") or a word of place with no object ("home", "abroad") is
    none. The one object test of the splitter: it reads voice off a form that is past
    tense and participle alike, "was built and carried about 9,000 vehicles" is active
    ("carried" has an object), "was built and opened in 1975" passive, and so is a
    gapped passive's clause: "and police searched homes" is active.
    """
    end = len(tokens) if end is None else end
    if k >= end:
        return False
    head = k
    first = tokens[k]
    low = first.lower
    if not (_figure_token(first) or low in _DETERMINERS):
        # an approximator of up to three words before a figure ("at least 30")
        figure = next((j for j in range(k + 1, min(k + 4, end)) if _figure_token(tokens[j])), k)
        phrase = " ".join(t.text for t in tokens[k:figure])
        found = find_approximator(phrase) if phrase else None
        if found is not None and found[0].lower() == phrase.lower():
            head = figure
        elif low in _NO_OBJECT | _PREPOSITIONS | _ADVERBS | _DATE_WORDS:
            return False
        elif low in _OBJECT_PRONOUNS:
            return True  # "and sent them home"
        elif not (first.text[:1].isupper() or is_noun_or_adjective(low)):
            return False
        elif set(lemmas(low).get("NOUN", (low,))) & TIME_NOUNS:
            return False  # "and reopened weeks later"
    if head + 1 < end and _figure_token(tokens[head + 1]):
        head += 1  # "4 million", "the two"
    after = [t.lower for t in tokens[head + 1 : min(head + 3, end)]]
    if _figure_token(tokens[head]) and not (
        after and after[0] not in _PREPOSITIONS | _DETERMINERS and is_noun_or_adjective(after[0])
    ):
        return False  # a figure counts a noun after it: "about twice a year" is no object
    for word in after:
        if word in _DATE_WORDS or set(lemmas(word).get("NOUN", (word,))) & TIME_NOUNS:
            return False
    return True


def _same_aspect(tokens: Sequence[Token], governed: int, at: int) -> bool:
    """Whether a conjunct after a "be" keeps the voice of the verb "be" governs in the
    main clause: "have been rising and hit records" is progressive, so "hit" is not
    read as a passive ("have been hit"); it falls back to "have hit". True for any
    auxiliary other than "be"."""
    k = governed - 1
    while k > 0 and tokens[k].lower in _ADVERBS:
        k -= 1
    helper = tokens[k].lower
    if helper not in _BE:
        return True
    return tokens[governed].lower.endswith("ing") == tokens[at].lower.endswith("ing")


def _licenses(tokens: Sequence[Token], aux: int, at: int) -> bool:
    """Whether the auxiliary at ``aux`` can govern the verb at ``at``: a modal or "do" a
    base form ("will … be", "could … expand"), "have" a past participle ("has …
    been", "has … fired"), "be" a present participle or a passive one ("is … being",
    "was … repaired"; a verb that takes no object has no passive, and one with a direct
    object after it is active: "was sold and moved its offices")."""
    helper = tokens[aux].lower
    word = tokens[at].lower
    forms = verb_forms(word)
    if helper in _BE:
        if word in _AUXILIARIES:
            return word == "being" and helper != "being"
        passive = can_be_participle(word) and not verb_lemmas(word) & _INTRANSITIVE
        kept = _keeps_object(word) and (not _finite_alone(word) or _role_follows(tokens, at))
        if passive and kept:
            # "was beaten and given a grant" (a participle only), "was born in Tamsey and
            # elected mayor" (a naming verb before a bare role noun): passive
            return True
        return "VBG" in forms or (passive and not _object_follows(tokens, at + 1))
    if helper in _HAVE:
        if word in _AUXILIARIES:
            return word == "been"
        return can_be_participle(word)
    if word in _AUXILIARIES:
        return word in ("be", "have")
    return "VB" in forms


def _keeps_object(word: str) -> bool:
    """Whether ``word`` is a form of a verb that keeps an object in the passive ("was
    named the Kestrow Bridge", "was given a grant": lexicon ``object_keeping_verbs``)."""
    return bool(verb_lemmas(word) & _OBJECT_KEEPING) and can_be_participle(word)


def _role_follows(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the naming verb at ``verb`` ("elected", "appointed": lexicon
    ``naming_verbs``) has a bare role noun after it ("elected mayor", "appointed coach of
    Ostby"), the complement of its passive: no determiner, figure, pronoun or name."""
    k = verb + 1
    if k >= len(tokens) or not verb_lemmas(tokens[verb].lower) & _NAMING:
        return False
    word = tokens[k]
    return (
        word.text[:1].islower()
        and word.lower not in _DETERMINERS | _PREPOSITIONS | _OBJECT_PRONOUNS | _ADVERBS
        and not _figure_token(word)
        and is_noun_or_adjective(word.lower)
        and _object_follows(tokens, k)
    )


def _opposes(tokens: Sequence[Token], at: int) -> bool:
    """Whether the clause at ``at`` follows "but" or ";" (and is not "but that …")."""
    if tokens[at].lower == "that":
        return False
    k = at - 1
    while k > 0 and tokens[k].lower in _ADVERBS:
        k -= 1
    return tokens[k].lower == "but" or tokens[k].text == ";"


def _same_form(tokens: Sequence[Token], at: int, verb: int) -> bool:
    if tokens[at].lower in _AUXILIARIES:
        return False
    return bool(verb_forms(tokens[at].lower) & verb_forms(tokens[verb].lower) & _FINITE)


def _is_passive(tokens: Sequence[Token], verb: int) -> bool:
    return tokens[verb].lower in _BE and _verb_start(tokens, verb) != verb


def _is_copula(tokens: Sequence[Token], verb: int) -> bool:
    return tokens[verb].lower in _AUXILIARIES and _verb_start(tokens, verb) == verb


def _verb_start(tokens: Sequence[Token], verb: int) -> int:
    """Shared prefix ends before the main verb, keeping auxiliaries ("has", "will")."""
    if tokens[verb].lower in _AUXILIARIES:
        j = _skip_adverbs(tokens, verb + 1, len(tokens))
        if j < len(tokens) and verb_forms(tokens[j].lower):
            return j
    return verb


def _trimmed(tokens: Sequence[Token], pieces: list[Piece]) -> list[Piece]:
    """Pieces without the commas and semicolons that joined them to their neighbours."""
    out: list[Piece] = []
    for a, b in pieces:
        while b > a and tokens[b - 1].text in ",;:":
            b -= 1
        if a < b:
            out.append((a, b))
    return out


# Words a capital marks only as a sentence's first: negations, prepositions, determiners.
_CLOSED_CLASS = _NEGATORS | _PREPOSITIONS | _DETERMINERS


def _render(text: str, tokens: Sequence[Token], pieces: list[Piece], final: str) -> str:
    """Join the pieces into a sentence that reads alone."""
    parts: list[str] = []
    for k, (a, b) in enumerate(pieces):
        chunk = text[tokens[a].start : tokens[b - 1].end]
        if k and a == 0 and tokens[0].lower in _CLOSED_CLASS:
            # the sentence's first word moved inside the claim ("The bridge reopened
            # Not in May"): its capital was the sentence's, not the word's
            chunk = chunk[:1].lower() + chunk[1:]
        if parts and chunk[0] in ",;" and parts[-1] == ",":
            # A kept comma meets the next piece's own ("over the year" + ", the office
            # said"): one is enough.
            parts.pop()
        if parts and chunk[0] not in ",;" and chunk[0] not in _CLOSERS:
            parts.append(" ")
        parts.append(chunk)
        if (
            k < len(pieces) - 1
            and b < len(tokens)
            and tokens[b].text == ","
            and (
                sum(tokens[i].text == "," for i in range(a, b)) % 2
                # "In 2024, incomes grew": the comma after a fronted adverbial
                or (a == 0 and not any(tokens[i].text == "," for i in range(a, b)))
            )
        ):
            # "the vessel, the Kittiwake Star, … would need": the comma that closes an
            # apposition opened inside this piece is kept, or the subject reads as a list.
            parts.append(",")
    rendered = _without_lone_quote("".join(parts))
    if rendered and rendered[0].islower():
        rendered = rendered[0].upper() + rendered[1:]
    if final and not rendered.endswith(final):
        rendered += final
    return rendered


# A straight double quote standing alone between words, or before the final stop.
_LONE_QUOTE = re.compile(r'(?<=\s)"\s+(?=\S)|(?<=\s)"(?=[.!?]?$)')


def _without_lone_quote(rendered: str) -> str:
    """``rendered`` without the quotation mark a split left behind: pieces of 'said his
    client "did not move a single euro" and would be cleared' keep the closing mark
    before "and would be cleared", whose opening mark is in the other claim. Only an
    odd count of straight quotes is repaired, and only a mark with space on its left
    and a word (or the stop) on its right, which no balanced quotation has."""
    if rendered.count('"') % 2 == 0:
        return rendered
    return _LONE_QUOTE.sub("", rendered, count=1)


# a claim's text, start, end, parts, and its token texts when it is the whole sentence
_Found = tuple[str, int, int, tuple[tuple[int, int], ...], list[str] | None]


_new_tuple = tuple.__new__


def _offsetless_tokens(words: list[str], lowers: list[str]) -> list[Token]:
    """Tokens without offsets (-1) for the splitting rules, which read only the words.

    Offsets from the tokenizer cost a match object per token; :func:`_with_offsets` adds
    them only for the sentences that split.
    """
    return [
        _new_tuple(Token, (word, -1, -1, lower)) for word, lower in zip(words, lowers, strict=True)
    ]


def _with_offsets(text: str, start: int, tokens: list[Token]) -> list[Token]:
    """The same tokens with their offsets into ``text``, found by search from ``start``.

    Every character the tokenizer skips is whitespace, so the next occurrence of a
    token's text after the previous token is where the token is.
    """
    out: list[Token] = []
    position = start
    find = text.find
    for word, _, _, lower in tokens:
        position = find(word, position)
        out.append(_new_tuple(Token, (word, position, position + len(word), lower)))
        position += len(word)
    return out


# '"A. B," the minister said.' — a quotation, then its speaker; in double quotes, then in
# single ones ("‘A. B,’ she said."), where an apostrophe before a letter ("it’s",
# "the minister's") is part of a word, not a closing mark.
_QUOTES_THEN_SPEAKER = (
    re.compile(
        r'(?P<open>["“])(?P<body>[^"“”]+?)(?P<stop>[,.!?]?)(?P<close>["”])\s*,?\s+'
        r"(?P<tail>[^\"“”]+?)\s*[.!?]?\s*$"
    ),
    re.compile(
        r"(?P<open>[‘'])(?P<body>(?:[^‘’'\"“”]|['’](?=\w))+?)(?P<stop>[,.!?]?)(?P<close>[’'])"
        r"\s*,?\s+(?P<tail>(?:[^‘’'\"“”]|['’](?=\w))+?)\s*[.!?]?\s*$"
    ),
)
# 'The minister said: "A. B."' — a speaker, then the quotation (double or single quotes).
_SPEAKERS_THEN_QUOTE = (
    re.compile(
        r'^(?P<head>[^"“”]+?)\s*[:,]?\s*(?P<open>["“])(?P<body>[^"“”]+?)(?P<close>["”])\s*$'
    ),
    re.compile(
        r"^(?P<head>(?:[^‘’'\"“”]|['’](?=\w))+?)\s*[:,]?\s*(?P<open>[‘'])"
        r"(?P<body>(?:[^‘’'\"“”]|['’](?=\w))+?)(?P<close>[’'])\s*$"
    ),
)


def _fullmatch(patterns: tuple[re.Pattern[str], ...], line: str) -> re.Match[str] | None:
    """The first of ``patterns`` that matches the whole of ``line``."""
    for pattern in patterns:
        found = pattern.fullmatch(line)
        if found is not None:
            return found
    return None


def _without_asides(words: list[str]) -> list[str]:
    """``words`` without the asides set off by a pair of commas (both commas too)."""
    out: list[str] = []
    k = 0
    while k < len(words):
        if words[k] == ",":
            close = next((j for j in range(k + 1, len(words)) if words[j] == ","), None)
            if close is not None:
                k = close + 1
                continue
        out.append(words[k])
        k += 1
    return out


def _speaker_phrase(words: list[str], *, leading: bool) -> bool:
    """Whether ``words`` name a speaker: a reporting verb among the first words of a
    tail (", the minister said", ", the minister for water, Ana Ruiz, told parliament on
    Tuesday"), among the last words of a head ("The minister said:", "Ana Ruiz, the
    minister, told parliament on Tuesday:"). Up to 20 tokens: a speaker with a title, an
    apposition and a time, not a clause of its own. An attribution phrase that opens
    them names a speaker too ("according to the minister")."""
    if len(words) > 20:
        return False
    # "According to the minister, “…”" / "“…,” according to the minister": the phrase
    # names the source without a verb.
    opening = " ".join(words[:3]).lower()
    if any(opening.startswith(p) for p in LEXICON["attribution_phrases"]):
        return True
    # "…," a nurse at the hospital, who asked not to be named, told the paper: an aside
    # between commas describes the speaker and does not count towards the window.
    window = words[-6:] if leading else _without_asides(words)[:10]
    if any(verb_lemmas(w.lower()) & _REPORTING_VERBS for w in window):
        return True
    # "As the minister put it: “…”", '"…," as Lund put it.': "put it" after "as" and a
    # speaker words what the speaker said.
    lowered = [w.lower() for w in words]
    return lowered[:1] == ["as"] and any(
        a == "put" and b == "it" for a, b in itertools.pairwise(lowered)
    )


def _quoted_claims(sentence: Sentence, text: str) -> list[_Found]:
    """One claim per sentence of a quotation of several, each with the quote's speaker.

    '"Prices rose. Wages fell," the minister said.' gives '"Prices rose," the minister
    said.' and '"Wages fell," the minister said.'; 'The minister said: "A. B."' gives
    'The minister said: "A."' and 'The minister said: "B."'. Each claim's parts are the
    quoted sentence and the speaker phrase, so the speaker's marker goes with each.
    """
    # first: in single quotes a head or tail pattern would take the opening mark of
    # "'The quay,' she said, 'will close.'" for an apostrophe
    interrupted = _interrupted_quotation(sentence, text)
    if interrupted:
        return interrupted
    line = sentence.text
    base = sentence.start
    trailing = _fullmatch(_QUOTES_THEN_SPEAKER, line)
    leading = None if trailing else _fullmatch(_SPEAKERS_THEN_QUOTE, line)
    match = trailing or leading
    if match is None:
        return []
    if trailing and not _speaker_phrase(TOKEN_PATTERN.findall(match["tail"]), leading=False):
        return []
    if leading and not _speaker_phrase(TOKEN_PATTERN.findall(match["head"]), leading=True):
        return []
    body_start = base + match.start("body")
    quoted = segment(text[body_start : base + match.end("body")])
    if len(quoted) < 2:
        return []
    out: list[_Found] = []
    for inner in quoted:
        q_start, q_end = body_start + inner.start, body_start + inner.end
        said = text[q_start:q_end]
        if trailing:
            core = said.rstrip(".,")
            mark = "" if core.endswith(("?", "!")) else ","
            tail_start = base + match.start("tail")
            tail = text[tail_start : base + match.end("tail")]
            rendered = f"{match['open']}{core}{mark}{match['close']} {tail}."
            parts = ((q_start, q_start + len(core)), (tail_start, tail_start + len(tail)))
        else:
            head_end = base + match.end("head")
            head = text[sentence.start : head_end]
            colon = text[head_end : base + match.start("open")].strip()
            final = said if said.endswith((".", "?", "!")) else said + "."
            rendered = f"{head}{colon} {match['open']}{final}{match['close']}"
            parts = ((sentence.start, head_end), (q_start, q_end))
        start, end = _quote_span(text, parts, (q_start, q_end))
        out.append((rendered, start, end, parts, None))
    return out


_WORD_CHAR = re.compile(r"\w")


def _quote_span(
    text: str, parts: tuple[tuple[int, int], ...], said: tuple[int, int]
) -> tuple[int, int]:
    """Source span of a quoted sentence ``said`` and its speaker, the two ``parts``:
    both when only quotation marks and punctuation stand between them ('"Forty homes
    are gone," said X'), else the sentence alone, so the stored quote of the first
    sentence of '"A. B. C," said X' is A, not A to the end of the quotation."""
    (a, b), (c, d) = parts
    if any(ch.isalnum() for ch in text[b:c]):
        return said
    return a, d


# '"A," the minister said, "and B."' — a quotation interrupted by its speaker. The
# second part may stay open: the quotation then goes on in the next sentences
# ('"The quay," she said, "will close in March. Ferries will stop."').
# In single quotes, an apostrophe before a letter is part of a word, as in
# _QUOTES_THEN_SPEAKER.
_QUOTE_SPEAKER_QUOTE = (
    re.compile(
        r'(?P<open>["“])(?P<body>[^"“”]+?)(?P<stop>[,.!?]?)(?P<close>["”])\s*,?\s+'
        r'(?P<tail>[^"“”]+?),\s*(?P<open2>["“])(?P<body2>[^"“”]+?)(?P<close2>["”])?\s*$'
    ),
    re.compile(
        r"(?P<open>[‘'])(?P<body>(?:[^‘’'\"“”]|['’](?=\w))+?)(?P<stop>[,.!?]?)(?P<close>[’'])"
        r"\s*,?\s+(?P<tail>(?:[^‘’'\"“”]|['’](?=\w))+?),\s*(?P<open2>[‘'])"
        r"(?P<body2>(?:[^‘’'\"“”]|['’](?=\w))+?)(?P<close2>[’'])?\s*$"
    ),
)
# A conjunction that opens the quotation's second part joins it to the first.
_JOINING = re.compile(r"(?:and|but|or|so)\s+", re.IGNORECASE)


def _interruption(sentence: Sentence) -> re.Match[str] | None:
    """The match of :data:`_QUOTE_SPEAKER_QUOTE` when ``sentence`` is a quotation
    interrupted by words that name its speaker, else None."""
    match = _fullmatch(_QUOTE_SPEAKER_QUOTE, sentence.text)
    if match is None or not _speaker_phrase(TOKEN_PATTERN.findall(match["tail"]), leading=False):
        return None
    return match


def _interrupting_speaker(sentence: Sentence) -> _Speaker | None:
    """The speaker between the two parts of an interrupted quotation, as a trailing
    speaker of the quoted sentences around it."""
    match = _interruption(sentence)
    if match is None:
        return None
    base = sentence.start
    return _Speaker(base + match.start("tail"), base + match.end("tail"), True, match["open"])


def _interrupted_quotation(sentence: Sentence, text: str) -> list[_Found]:
    """One claim per quoted sentence of a quotation interrupted by its speaker, each
    with the speaker phrase.

    The interruption falls between two sentences ('"Prices rose in March," the
    minister said, "and wages fell by 2%."' gives '"Prices rose in March," the minister
    said.' and '"Wages fell by 2%," the minister said.'; a conjunction opening the
    second part goes) or inside one: a second part that opens in lower case without
    such a conjunction goes on with the sentence the first part left off ('"The quay,"
    the harbourmaster said, "will close in March."' is '"The quay will close in March,"
    the harbourmaster said.'; the comma before the interruption is the quotation's
    punctuation and goes). Each claim's ``parts`` are its quoted words and the speaker
    phrase, in source order. [] when the sentence is no such quotation."""
    match = _interruption(sentence)
    if match is None:
        return []
    base = sentence.start
    tail_start, tail_end = base + match.start("tail"), base + match.end("tail")
    tail = text[tail_start:tail_end]
    first = base + match.start("body")
    spans: list[list[tuple[int, int]]] = [
        [(first + s.start, first + s.end)] for s in segment(match["body"])
    ]
    second = base + match.start("body2")
    body2 = match["body2"]
    joined = _JOINING.match(body2)
    continues = (
        joined is None and body2[:1].islower() and match["stop"] in ("", ",") and bool(spans)
    )
    if joined is not None:
        second += joined.end()
    rest = segment(text[second : base + match.end("body2")])
    later = [[(second + s.start, second + s.end)] for s in rest]
    if continues and later:
        spans[-1] = spans[-1] + later.pop(0)
    spans += later
    out: list[_Found] = []
    for quoted in spans:
        # each part without the stop or comma it ended on: "The quay," + "will close."
        parts = [(a, a + len(text[a:b].rstrip(".,"))) for a, b in quoted]
        core = " ".join(text[a:b] for a, b in parts if b > a)
        if not core:
            continue
        mark = "" if core.endswith(("?", "!")) else ","
        said = core[0].upper() + core[1:]
        rendered = f"{match['open']}{said}{mark}{match['close']} {tail}."
        # in source order: the speaker comes before the quotation's second part
        words_at = [p for p in parts if p[1] > p[0]]
        ordered = tuple(sorted([*words_at, (tail_start, tail_end)]))
        # the span holds the quoted words, and the speaker only between them or next to
        # them across marks alone: never the speaker and another sentence before them
        low, high = words_at[0][0], words_at[-1][1]
        if low < tail_start < high:
            pass
        elif tail_end <= low and not _WORD_CHAR.search(text, tail_end, low):
            low = tail_start
        elif high <= tail_start and not _WORD_CHAR.search(text, high, tail_start):
            high = tail_end
        out.append((rendered, low, high, ordered, None))
    return out


def _claim_pieces(sentence: Sentence, text: str) -> list[_Found]:
    words = TOKEN_PATTERN.findall(text, sentence.start, sentence.end)
    if not words:
        return []
    if any(mark in sentence.text for mark in _OPENING_QUOTES):
        quoted = _quoted_claims(sentence, text)
        if quoted:
            return quoted
    whole = (sentence.text, sentence.start, sentence.end, ((sentence.start, sentence.end),), words)
    cleft = _cleft_claims(sentence, text)
    if cleft:
        return cleft
    # lower-casing the joined words equals lower-casing each one: a space is neither
    # cased nor case-ignorable, so no casing context crosses it.
    lowered = " " + " ".join(words).lower() + " "
    if (
        " and " not in lowered
        and " but " not in lowered
        and " ; " not in lowered
        and " while " not in lowered
        and " whereas " not in lowered
    ):
        return [whole]  # every split needs one of them (see split_sentence)
    tokens = _offsetless_tokens(words, lowered[1:-1].split(" "))
    groups = _split_around_asides(tokens)
    if groups == [[(0, len(tokens))]]:
        return [whole]
    tokens = _with_offsets(text, sentence.start, tokens)
    last = len(tokens) - 1
    while last > 0 and tokens[last].text in _CLOSERS:
        last -= 1
    final = tokens[last].text if tokens[last].text in _FINAL else ""
    focus = _not_only_at(tokens)
    out: list[_Found] = []
    for group in groups:
        pieces = _trimmed(tokens, group)
        if not pieces:
            continue
        plain = _without(pieces, focus, focus + 2) if focus is not None else pieces
        inverted = _uninverted(text, tokens, plain, final, focus)
        if inverted is not None:
            rendered, pieces = inverted
        else:
            fronted = (
                focus is not None
                and any(a == focus for a, _ in pieces)
                and tokens[focus + 2].lower in _FINITE_AUXILIARIES
            )
            if not fronted:
                # "Not only is the bridge a hazard" keeps its words when its clause
                # cannot be put back in order; "X not only flooded Y" loses "not only"
                pieces = plain
            undone = _without_do(text, tokens, pieces, final, focus) if not fronted else None
            borrowed = _borrowed(tokens, pieces)
            redone = _elided_do(text, tokens, pieces, final)
            if undone is not None:
                rendered, pieces = undone
            elif redone is not None:
                rendered = redone
            elif borrowed is not None:
                rendered = _with_borrowed(text, tokens, pieces, borrowed, final)
                around = pieces[borrowed - 1 : borrowed + 2 : 2]
                if around[0][1] == around[1][0]:  # the clause's own words, one range
                    around = [(around[0][0], around[1][1])]
                pieces = pieces[: borrowed - 1] + around + pieces[borrowed + 2 :]
            else:
                rendered = _render(text, tokens, pieces, final)
        parts = tuple((tokens[a].start, tokens[b - 1].end) for a, b in pieces)
        start, end = min(p[0] for p in parts), max(p[1] for p in parts)
        out.append((rendered, start, end, parts, None))
    return out or [whole]


def _borrowed(tokens: Sequence[Token], pieces: list[Piece]) -> int | None:
    """The index of a piece of auxiliaries taken from earlier in the sentence (see
    :func:`_gapped_passive`): the one piece that starts before its predecessor ends."""
    for n in range(1, len(pieces)):
        a, b = pieces[n]
        if a < pieces[n - 1][1] and all(t.lower in _AUXILIARIES for t in tokens[a:b]):
            return n
    return None


def _with_borrowed(
    text: str, tokens: Sequence[Token], pieces: list[Piece], n: int, final: str
) -> str:
    """The claim of ``pieces`` with the borrowed auxiliaries ``pieces[n]`` agreeing with
    the subject just before them: "Flights were grounded", "Her deputy was charged"."""
    head = _render(text, tokens, pieces[:n], "")
    subject = _render(text, tokens, pieces[n - 1 : n], "")
    words = [t.text for t in tokens[pieces[n][0] : pieces[n][1]]]
    words[0] = _agreeing(words[0].lower(), _plural(subject) or subject.isdigit())
    rest = _render(text, tokens, pieces[n + 1 :], final)
    if tokens[pieces[n + 1][0]].text[0].islower():
        rest = rest[:1].lower() + rest[1:]  # _render opened it as a sentence
    return f"{head} {' '.join(words)} {rest}"


_QUESTION_END = re.compile(r"\?[\"'”’)\]]*\s*$")


# A clause opened by a present participle after the main clause's comma, to the end of
# the claim: "The river burst its banks, flooding about 300 homes."
_TRAILING_PARTICIPLE_RE = re.compile(
    r",\s+(?P<verb>[a-z]+ing)\s+(?P<object>(?:[^,;:()\"“”]|(?<=\d),(?=\d))+?)\s*[.!]?$"
)
# "-ing" words that head no verb phrase of the sentence's event: prepositions
# ("including 40 children", "following 3 days of rain", "according to …") and
# participles that only frame or count ("bringing the total to 40", "leaving 12 dead"
# has "dead" as a complement, not an object that was left).
_NOT_EVENT_PARTICIPLES = frozenset(
    {
        "including", "according", "following", "regarding", "concerning", "excluding", "starting",
        "beginning", "ending", "totalling", "totaling", "making", "bringing", "leaving", "taking",
        "giving", "saying", "adding", "citing", "noting", "warning", "claiming", "arguing",
        "meaning", "suggesting", "showing",
    }
)


def participle_clause(text: str) -> tuple[str, str] | None:
    """A claim's main clause and its trailing participle clause read as a clause of its
    own: "The river burst its banks, flooding about 300 homes." → ("The river burst its
    banks", "about 300 homes were flooded"), else None.

    A participle clause after the main clause states a second fact whose object is what
    was acted on; read in the passive it needs no subject, so none is guessed (the
    river, the bursting, the storm?). The passive is built for comparison only
    (:func:`factcheck.match.relation.figure_clauses`): stored claims keep the words of
    their source. "were" or "was" follows the object's head (a plural noun or a figure
    other than one before it). Participles that are prepositions or frames ("including",
    "bringing the total to", "saying") give None.
    """
    found = _TRAILING_PARTICIPLE_RE.search(text)
    if found is None:
        return None
    verb, obj = found.group("verb"), found.group("object").strip()
    if verb in _NOT_EVENT_PARTICIPLES or "VBG" not in verb_forms(verb) or len(obj.split()) > 12:
        return None
    lemma = verb_lemma(verb)
    participle = lemminflect.getInflection(lemma, "VBN") if lemma else ()
    main = text[: found.start()].strip()
    if not participle or len(main.split()) < 2:
        return None
    # The object's noun phrase ends before its first preposition other than "of" ("20
    # tonnes of grain"): what follows is where or how ("forcing 2,500 people from their
    # homes" → "2,500 people were forced from their homes"), so it follows the verb.
    words = obj.split()
    cut = next(
        (
            k
            for k, w in enumerate(words)
            if k and (w.lower() in _PREPOSITIONS or w.lower() in _PARTICLES) and w.lower() != "of"
        ),
        len(words),
    )
    phrase = [w.lower() for w in words[:cut]]
    single = any(w in ("a", "an", "one", "1") for w in phrase[:2])
    plural = not single and (
        (phrase[-1].endswith("s") and not phrase[-1].endswith("ss"))
        or any(w[:1].isdigit() for w in phrase[:-1])
    )
    passive = [*words[:cut], "were" if plural else "was", participle[0], *words[cut:]]
    return main, " ".join(passive)


# A participle clause after the main clause ("…, beating Dunfield United 2-1", "… after
# defeating Colm Rees", "… by buying the lender from Orvin Group") or fronted before it
# ("Beating Dunfield United 2-1, Harrow Rovers won …"); the clause runs to the next comma.
_ACT_AFTER_RE = re.compile(
    r"^(?P<main>[^;:\"“”()]{3,200}?)(?:,\s+|\s+(?=(?:after|by)\s))"
    r"(?:(?:after|by|before|while)\s+)?(?P<verb>[a-z]+ing)\s+"
    r"(?P<rest>(?:[^,;:\"“”()]|(?<=\d),(?=\d{3})){2,160}?)\s*(?:,[^;:]*)?(?P<stop>[.!?]?)\s*$"
)
_ACT_BEFORE_RE = re.compile(
    r"^(?:(?:After|By)\s+)?(?P<verb>[A-Z][a-z]+ing)\s+"
    r"(?P<rest>(?:[^,;:\"“”()]|(?<=\d),(?=\d{3})){2,160}?),\s+(?P<main>[^;:]{3,200}?)"
    r"\s*(?P<stop>[.!?]?)\s*$"
)
# Participles that state no act of the subject with a party: those of no event
# (``_NOT_EVENT_PARTICIPLES``), a state ("being") or a time ("during", "pending").
_NOT_ACTS = _NOT_EVENT_PARTICIPLES | {"being", "during", "pending"}


def _main_subject(main: str) -> str:
    """The words of ``main`` before its finite verb ("Harrow Rovers won the Shield" →
    "Harrow Rovers"), or "" when no verb follows a subject. A capitalised word inside
    the sentence is part of a name, never its verb ("Dunfield United beat …")."""
    words = main.split()
    for k in range(1, min(len(words), 12)):
        if words[k][:1].isupper() or words[k].lower() in _RELATIVE:
            continue
        if _opens_with_verb([w.lower() for w in words[k:]]):
            subject = " ".join(words[:k])
            lows = subject.lower().split()
            if any(w in _AUXILIARIES or w in _REPORTING_VERBS for w in lows):
                return ""
            return subject
    return ""


def _participle_past(verb: str, rest: str) -> tuple[str, str] | None:
    """The past tense of participle ``verb`` and the words it governs: "beating" →
    "beat"; "having" with a past participle after it → that verb's past tense
    ("having sued the council" → "sued", "the council"). None for a participle that
    names no act of the subject (``_NOT_ACTS``, a reporting verb) or no verb at all."""
    low = verb.lower()
    if low in _NOT_ACTS:
        return None
    if low == "having":
        head, _, tail = rest.partition(" ")
        if not tail or "VBD" not in verb_forms(head.lower()):
            return None
        verb, rest, low = head, tail, head.lower()
        lemma = lemminflect.getLemma(low, upos="VERB")
    elif low.endswith("ing") and "VBG" in verb_forms(low):
        lemma = lemminflect.getLemma(low, upos="VERB")
    else:
        return None
    if not lemma or lemma[0] in _REPORTING_VERBS:
        return None
    past = lemminflect.getInflection(lemma[0], "VBD")
    return (past[0], rest) if past else None


def participle_readings(text: str) -> tuple[str, str] | None:
    """The main and the participle reading of a claim whose main clause carries a
    participle clause of its subject's act: "Harrow Rovers won the Shield, beating
    Dunfield United 2-1." → ("Harrow Rovers won the Shield.", "Harrow Rovers beat
    Dunfield United 2-1."); also after "after"/"by" ("… after defeating Colm Rees"),
    with "having" ("…, having sued the council") and fronted ("Beating Dunfield United
    2-1, Harrow Rovers won the Shield."); else None.

    The participle's agent is the main clause's subject, and its object its patient:
    read whole, the sentence's roles are the main verb's only, and the object of
    "beating" is just a name in it. The participle reading is told in the past tense
    (lemminflect), as the act reported beside a past main clause. For comparison only
    (:func:`factcheck.match.relation.compare`): stored claims keep their words.
    """
    stripped = text.strip()
    found = _ACT_AFTER_RE.match(stripped)
    if found is None:
        found = _ACT_BEFORE_RE.match(stripped)
        if found is None:
            return None
    # A fronted participle leaves the main clause opening in lower case ("…, the Orsk
    # Falcons reached"): it now opens the sentence.
    main = found.group("main").strip()
    main = main[:1].upper() + main[1:]
    subject = _main_subject(main)
    act = _participle_past(found.group("verb"), found.group("rest").strip())
    if not subject or act is None:
        return None
    stop = found.group("stop") or "."
    past, rest = act
    return f"{main}{stop}", f"{subject} {past} {rest}{stop}"


def is_question(text: str) -> bool:
    """A direct question: the text ends with a question mark (closing quotes or brackets
    aside). It asserts nothing, so it is no claim: a question that repeats a figure
    ("Would a 38% reduction be worth it?") must never corroborate or dispute it. The
    sentence stays in the document's sentences."""
    return bool(_QUESTION_END.search(text))


# "Not only did prices rise but wages fell", "The storm not only flooded the town but
# also cut power": "not only X but Y" asserts X and Y (issue #10), so once the sentence is
# split each claim states its clause plainly.
_FOCUS_WORDS = frozenset({"only", "just", "merely", "simply"})
_DO = {"did": "VBD", "does": "VBZ", "do": "VB"}


# "It was not only the rain but (also) the wind that damaged the pier": a cleft whose
# focus is a "not only X but Y" pair says of X and of Y what its relative clause says.
_CLEFT_RE = re.compile(
    r"(?P<it>[Ii]t)\s+(?:was|is|were|has\s+been|had\s+been)\s+not\s+"
    r"(?:only|just|merely|simply|solely)\s+(?P<a>[^,;:()\"“”]{2,60}?),?\s+but\s+"
    r"(?:also\s+)?(?P<b>[^,;:()\"“”]{2,60}?)\s+(?:that|who|which)\s+"
    r"(?P<rest>[^\"“”]+?)\s*(?P<final>[.!]?)[\"”’)\]]*\s*$"
)
_AGREE = {
    ("was", True): "were",
    ("were", False): "was",
    ("is", True): "are",
    ("are", False): "is",
    ("has", True): "have",
    ("have", False): "has",
}


def _cleft_claims(sentence: Sentence, text: str) -> list[_Found]:
    """ "It was not only the rain but the wind that damaged the pier" as "The rain
    damaged the pier." and "The wind damaged the pier.": each focus with the relative
    clause, its verb agreeing with it ("the mayor … who were" → "The mayor was"). The
    cleft must open the sentence; [] when it does not or its clause has no verb first."""
    match = _CLEFT_RE.match(sentence.text)
    if match is None:
        return []
    rest = match["rest"]
    first = rest.split(maxsplit=1)[0].lower()
    if not (verb_forms(first) & _FINITE or first in _AUXILIARIES):
        return []
    base = sentence.start
    final = match["final"] or "."
    out: list[_Found] = []
    for group in ("a", "b"):
        focus = match[group]
        verb = _agreeing(first, _plural(focus))
        words = rest if verb == first else verb + rest[len(first) :]
        shown = focus[0].upper() + focus[1:]
        parts = (
            (base + match.start(group), base + match.end(group)),
            (base + match.start("rest"), base + match.end("rest")),
        )
        out.append((f"{shown} {words}{final}", parts[0][0], parts[1][1], parts, None))
    return out


def _plural(phrase: str) -> bool:
    """A noun phrase that counts more than one: coordinated ("the mayor and the clerk"),
    a number above one before its head, or a plural head noun ("councillors")."""
    words = phrase.lower().split()
    if "and" in words:
        return True
    head = words[-1]
    if len(words) == 2 and words[0] == "the" and _people_adjective(head):
        return True  # "the dead", "the injured": the people who are, a plural
    if any((w.isdigit() and w != "1") or w in _PLURAL_COUNTS for w in words[:-1]):
        return True
    nouns = lemmas(head).get("NOUN", ())
    return bool(nouns) and head not in nouns and head.endswith("s")


def _people_adjective(word: str) -> bool:
    """Whether ``word`` after "the" names the people it describes ("the dead", "the
    injured", "the wounded", "the missing", "the elderly"): an adjective or a past
    participle that is no noun (lemminflect), so "the dead were taken" agrees in the
    plural. A noun ("the mayor", "the cargo") is left to its own number."""
    found = lemmas(word)
    if found.get("NOUN"):
        return False
    return bool(found.get("ADJ")) or (bool(found.get("VERB")) and word.endswith(("ed", "en")))


# Words before a head noun that make it count more than one (for verb agreement in
# ``_plural``). Its own name: the lexicon's ``_NUMBER_WORDS`` above also holds "half",
# "rate", "majority"…, which say nothing about plurality.
_PLURAL_COUNTS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozens",
        "hundreds",
        "thousands",
        "several",
        "many",
        "both",
        "few",
    ]
)


def _agreeing(verb: str, plural: bool) -> str:
    """``verb`` (the first word of a cleft's clause) in the number of its new subject:
    was/were, is/are, has/have, and a present verb ("worries"/"worry"; via lemminflect)."""
    if (verb, plural) in _AGREE:
        return _AGREE[verb, plural]
    forms = verb_forms(verb)
    if plural and "VBZ" in forms and "VBD" not in forms:
        return verb_lemma(verb) or verb
    if not plural and forms & {"VB", "VBP"} and not forms & {"VBD", "VBZ"}:
        inflected = lemminflect.getInflection(verb, "VBZ")
        return inflected[0] if inflected else verb
    return verb


def _not_only_at(tokens: Sequence[Token]) -> int | None:
    """Index of "not" in a "not only … but" frame outside quotes and brackets, or None."""
    depths = _depths(tokens)
    for i in range(len(tokens) - 2):
        if (
            tokens[i].lower == "not"
            and tokens[i + 1].lower in _FOCUS_WORDS
            and depths[i] == 0
            and any(t.lower == "but" for t in tokens[i + 2 :])
        ):
            return i
    return None


def _without(pieces: list[Piece], start: int, stop: int) -> list[Piece]:
    """``pieces`` with the tokens ``start:stop`` left out."""
    out: list[Piece] = []
    for a, b in pieces:
        if b <= start or a >= stop:
            out.append((a, b))
            continue
        if a < start:
            out.append((a, start))
        if stop < b:
            out.append((stop, b))
    return out


def _without_do(
    text: str, tokens: Sequence[Token], pieces: list[Piece], final: str, focus: int | None
) -> tuple[str, list[Piece]] | None:
    """ "The firm did not just cut jobs" as "The firm cut jobs": once "not just" is gone
    the "do" that carried the negation is emphatic, which the claim never was, so it is
    dropped and the verb after it takes its tense (via lemminflect). None when the
    conjunct has no such "do" + base verb."""
    if focus is None or focus == 0 or focus + 2 >= len(tokens):
        return None
    do = focus - 1
    word = tokens[do].lower
    if word not in _DO or not any(a <= do < b for a, b in pieces):
        return None
    kept = _without(pieces, do, do + 1)
    # the verb is the first word kept after the "do": right after "not just" in the
    # first conjunct, the conjunct's own verb in the second ("did … cut three routes").
    verb = min((max(a, do + 1) for a, b in kept if b > do + 1), default=len(tokens))
    if verb >= len(tokens) or "VB" not in verb_forms(tokens[verb].lower):
        return None
    inflected = lemminflect.getInflection(tokens[verb].lower, _DO[word])
    if not inflected:
        return None
    head = [(a, min(b, verb)) for a, b in kept if a < verb]
    rest = [(max(a, verb), b) for a, b in kept if b > verb]
    tail = _render(text, tokens, rest, final)
    tail = inflected[0] + tail[len(tokens[verb].text) :]
    return f"{_render(text, tokens, head, '')} {tail}", kept


def _uninverted(
    text: str, tokens: Sequence[Token], pieces: list[Piece], final: str, focus: int | None
) -> tuple[str, list[Piece]] | None:
    """ "Not only did prices rise" as "Prices rose", "Not only has the river flooded" as
    "The river has flooded": the auxiliary that "not only" fronted goes back after the
    subject (a "do" is dropped and the verb takes its tense, via lemminflect).

    Applies to the conjunct that opens with the frame (a piece starts right after
    ``focus`` + 2, perhaps after a speaker's "The mayor said"); returns the claim's text
    and pieces, or None when the subject's end cannot be told (the claim then keeps its
    words as they stand).
    """
    if focus is None:
        return None
    at = next((n for n, (a, _) in enumerate(pieces) if a == focus + 2), None)
    if at is None:
        return None
    lead, (aux, first_end), later = pieces[:at], pieces[at], pieces[at + 1 :]
    word = tokens[aux].lower
    if word not in _FINITE_AUXILIARIES or word.endswith("n't"):
        return None
    subject = aux + 1
    verb = None
    for k in range(subject + 1, first_end):
        lower = tokens[k].lower
        if (
            word in _BE
            and lower in ("a", "an", "the")
            and k > subject + 1
            and tokens[k - 1].lower not in _DETERMINERS
        ):
            # "Not only is the bridge a hazard": a second noun phrase is the complement
            verb = k
            break
        if not tokens[k].text[0].isalpha() or lower in _DETERMINERS:
            continue
        if tokens[k - 1].lower in _DETERMINERS:
            continue  # "the plant close": the word after a determiner is the subject's
        forms = verb_forms(lower)
        if word in _DO:
            found = "VB" in forms
        elif word in _BE:
            found = (
                bool(forms & {"VBD", "VBG"})
                or lower in _PREPOSITIONS
                or ("ADJ" in lemmas(lower) and "NOUN" not in lemmas(lower))
            )
        elif word in _HAVE:
            found = can_be_participle(lower)
        else:  # a modal: the base form follows
            found = "VB" in forms
        if found:
            verb = k
            break
    if verb is None:
        return None
    rest = [(verb, first_end), *later]
    if word in _DO:
        inflected = lemminflect.getInflection(tokens[verb].lower, _DO[word])
        if not inflected:
            return None
        head = _render(text, tokens, [*lead, (subject, verb)], "")
        tail = _render(text, tokens, rest, final)
        # the rendered tail starts with the verb, capitalised: put the tensed form there
        tail = inflected[0] + tail[len(tokens[verb].text) :]
        return f"{head} {tail}", [*lead, (subject, verb), *rest]
    reordered = [*lead, (subject, verb), (aux, aux + 1), *rest]
    return _render(text, tokens, reordered, final), reordered


_OPENING_QUOTES = "“\"‘'"
_CLOSING_QUOTES = "”\"’'"
_PAIRED_CLOSE = {"“": "”", '"': '"', "‘": "’", "'": "'"}
_SINGLE = "‘'"
_QUOTE_CHARS = re.compile("[“”\"‘’']")
# before a straight quote that opens: the start, a space, a bracket, a dash or a colon
_BEFORE_OPENING = "([{—–-:"


@dataclass(frozen=True, slots=True)
class _Speaker:
    """Who a quotation is attributed to: the phrase after it (``'…," the minister
    said.'``) or before it (``'The minister said: "…'``), with its span in the text."""

    start: int
    end: int
    trailing: bool
    opener: str  # the quotation's opening mark, to render its claims
    #: A reporting verb the rendered claim puts after a speaker its text names without
    #: one (:func:`_subject_speaker`: "Diaz gave few details. "…"" → 'Diaz said: "…"').
    verb: str = ""


def _quote_marks(
    text: str, start: int, end: int, *, single_open: bool = False
) -> list[tuple[int, bool]]:
    """Quotation marks in ``text[start:end]`` as (offset, opens).

    A straight double quote opens when a space, a bracket or the start precedes it, else
    it closes. Single quotes double as apostrophes and as scare quotes ("the so-called
    'green' levy"), so they count only where a quotation of its own is likely: "‘" or a
    straight "'" before a word opens one at the start of ``text[start:end]`` or after a
    speaker's colon or comma ("The minister said: 'A."); "’" or "'" then closes it
    (``single_open`` says one was opened before ``start``), but never inside a word
    ("it’s") nor as a plural possessive before a lower-case word ("the workers’ pay").
    """
    marks: list[tuple[int, bool]] = []
    for found in _QUOTE_CHARS.finditer(text, start, end):
        i = found.start()
        char = text[i]
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if char == "“":
            marks.append((i, True))
        elif char == "”":
            marks.append((i, False))
        elif char == '"':
            marks.append((i, before.isspace() or before in _BEFORE_OPENING))
        elif (
            char in _SINGLE
            # a quotation reopened at a new paragraph opens again while still open
            and (not single_open or not text[start:i].strip())
            and (char == "‘" or after.isalnum() or after in "“\"")
            and _opens_quotation(text, start, i)
        ):
            marks.append((i, True))
            single_open = True
        elif char in "’'" and single_open and not after.isalnum():
            possessive = before in "sz" and after == " " and text[i + 2 : i + 3].islower()
            if not possessive:
                marks.append((i, False))
                single_open = False
    return marks


def _opens_quotation(text: str, start: int, i: int) -> bool:
    """Whether a single quote at ``i`` may open a quotation: first in the sentence
    starting at ``start``, or after a colon, a comma, a dash or a bracket."""
    head = text[start:i].rstrip()
    return not head or head[-1] in ":,—–(["


def _trailing_speaker(text: str, close: int, end: int) -> tuple[int, int] | None:
    """Span of a speaker phrase after a closing quote (``," Ana Ruiz told parliament.``)."""
    tail_start = close + 1
    while tail_start < end and text[tail_start] in " ,\t":
        tail_start += 1
    tail_end = end
    while tail_end > tail_start and text[tail_end - 1] in ".!? \t\n":
        tail_end -= 1
    if tail_start >= tail_end or any(c in text[tail_start:tail_end] for c in "“”\""):
        return None
    words = TOKEN_PATTERN.findall(text[tail_start:tail_end])
    return (tail_start, tail_end) if _speaker_phrase(words, leading=False) else None


def _leading_speaker(text: str, start: int, opening: int) -> tuple[int, int] | None:
    """Span of a speaker phrase before an opening quote (``The minister said: "``)."""
    head_end = opening
    while head_end > start and text[head_end - 1] in " \t":
        head_end -= 1
    if head_end == start or text[head_end - 1] not in ":,":
        return None
    words = TOKEN_PATTERN.findall(text[start : head_end - 1])
    if not words or any(c in text[start:head_end] for c in "“”\""):
        return None
    return (start, head_end - 1) if _speaker_phrase(words, leading=True) else None


def _attributed(text: str, q_start: int, q_end: int, speaker: _Speaker) -> _Found:
    """One quoted sentence rendered with its speaker, as :func:`_quoted_claims` does."""
    said = text[q_start:q_end]
    close = _PAIRED_CLOSE[speaker.opener]
    if speaker.trailing:
        core = said.rstrip(".,")
        mark = "" if core.endswith(("?", "!")) else ","
        tail = text[speaker.start : speaker.end]
        rendered = f"{speaker.opener}{core}{mark}{close} {tail}."
        parts = ((q_start, q_start + len(core)), (speaker.start, speaker.end))
    else:
        head = text[speaker.start : speaker.end]
        # a speaker named inside another sentence ("… the words of the mayor.") opens
        # the claim
        head = head[:1].upper() + head[1:]
        final = said if said.endswith((".", "?", "!")) else said + "."
        colon = text[speaker.end] if text[speaker.end] in ":," else ":"
        if speaker.verb:
            head, colon = f"{head} {speaker.verb}", ":"
        rendered = f"{head}{colon} {speaker.opener}{final}{close}"
        parts = ((speaker.start, speaker.end), (q_start, q_end))
    start, end = _quote_span(text, parts, (q_start, q_end))
    return (rendered, start, end, parts, None)


def _quotation_runs(text: str, sentences: Sequence[Sentence]) -> dict[int, list[_Found]]:
    """Claims of quoted sentences whose speaker is named in another sentence.

    A quotation the segmenter cut into several sentences (across paragraphs, where news
    style reopens the quotation at each paragraph and closes it only at the last) is
    attributed as a whole: every sentence gets the speaker named after its last sentence
    (``…," Okafor said.``) or before its first (``Okafor said: "…``). A sentence that is
    all quotation right after an attributed quotation of the same paragraph continues
    the same speaker (``"The dam held," Ruiz said. "Power is back."``). A paragraph that
    is one quotation and nothing else takes the speaker the paragraph before named last
    (``…, the mayor said.`` then a paragraph ``"We will rebuild."``): news style gives a
    follow-up quotation its own paragraph without naming its speaker again
    (:func:`_paragraph_speaker`). Returns the replacement claims by sentence index;
    sentences not listed keep their own.
    """
    out: dict[int, list[_Found]] = {}
    run: list[int] = []  # sentences inside an open quotation
    opened: tuple[int, str] | None = None  # offset and mark of the open quotation
    last: _Speaker | None = None  # the speaker of the quotation just before
    before_run: _Speaker | None = None  # ``last`` when the open quotation began
    interrupted = False  # the open quotation began as one interrupted by its speaker
    reported: Sentence | None = None  # a sentence without quotes just before
    previous_end = 0
    for index, sentence in enumerate(sentences):
        gap = text[previous_end : sentence.start]
        previous_end = sentence.end
        new_paragraph = _breaks_paragraph(gap)
        if new_paragraph or index == 0:
            carried = None
            if not run and _reopens(text, sentence):
                # A lead-in ("The mayor told the crowd:") speaks the quotation that
                # opens the next paragraph, whatever else that paragraph holds.
                lead = _lead_in(text, reported) if reported is not None else None
                carried = lead or _paragraph_speaker(text, sentences, index, last, reported)
            last, reported = carried, None
            if run and not _reopens(text, sentence):
                run, opened = [], None  # a quotation left open: nobody can be named
        single_open = bool(run) and opened is not None and opened[1] in _SINGLE
        marks = _quote_marks(text, sentence.start, sentence.end, single_open=single_open)
        if not marks and not run:
            # "Marsh said the suspect had fled. “We believe he left on Saturday.”": a
            # sentence that reports a named speaker's words speaks the quotation after it
            last = None
            reported = sentence  # read only if a quotation follows (_reported_speaker)
            continue
        prior, reported = reported, None
        if run:
            # inside a quotation: the first mark of a new paragraph reopens it
            if marks and marks[0][1] and new_paragraph:
                marks = marks[1:]
            closing = next((m for m in marks if not m[1]), None)
            run.append(index)
            if closing is None:
                continue
            speaker = None
            assert opened is not None
            span = _trailing_speaker(text, closing[0], sentence.end)
            split = None if span or interrupted else _interrupted_run(text, sentences, run, opened)
            if split is not None:
                # '"A. B," the officer said, "and C."' cut at "A.": each quoted
                # sentence is the speaker's, the speaker phrase in none but its own
                claimed, speaker, reopened = split
                out.update(claimed)
                last = speaker
                run, opened = ([index], reopened) if reopened else ([], None)
                before_run, interrupted = speaker, reopened is not None
                continue
            if span is not None:
                speaker = _Speaker(span[0], span[1], True, opened[1])
            elif not interrupted:
                # (an interrupted first sentence is no head: its speaker is between
                # the parts, in ``before_run``)
                first = sentences[run[0]]
                head = _leading_speaker(text, first.start, opened[0])
                if head is not None:
                    speaker = _Speaker(head[0], head[1], False, opened[1])
            # no speaker around it: the one the sentence after names, else the one of
            # the quotation just before, if nothing after names another person
            speaker = speaker or _speaker_after(text, sentences, index + 1, before_run)
            if speaker is not None:
                # an interrupted first sentence has its own claims (_interrupted_quotation)
                for k in run[1:] if interrupted else run:
                    inside = opened[0] < sentences[k].start
                    out[k] = _quoted_run_claims(text, sentences[k], speaker, inside=inside)
            elif not interrupted:
                # nobody named: each sentence is still a quotation of its own
                for k in run:
                    inside = opened[0] < sentences[k].start
                    out[k] = _unattributed_run_claims(
                        text, sentences[k], opened[1], inside=inside
                    )
            last = speaker
            run, opened = [], None
            continue
        opens = [m for m in marks if m[1]]
        closes = [m for m in marks if not m[1]]
        if opens and (not closes or closes[-1][0] < opens[-1][0]) and len(opens) > len(closes):
            run, opened = [index], (opens[-1][0], text[opens[-1][0]])
            if prior is not None:
                last = _nearest_speaker(text, prior)
            before_run = last if text[sentence.start] in _OPENING_QUOTES else None
            # '"The quay," she said, "will close in March. …': the speaker between the
            # parts speaks the rest of the quotation too
            middle = _interrupting_speaker(sentence)
            interrupted = middle is not None
            before_run = middle or before_run
            continue
        middle = _interrupting_speaker(sentence)
        if middle is not None:
            last = middle  # '"A," she said, "b." "C."': the next quoted sentence is hers
            continue
        whole = _fullmatch(_QUOTES_THEN_SPEAKER, sentence.text) or _fullmatch(
            _SPEAKERS_THEN_QUOTE, sentence.text
        )
        if whole is not None and len(opens) == 1 and len(closes) == 1:
            head_or_tail = whole.groupdict().get("tail") or whole.groupdict().get("head") or ""
            words = TOKEN_PATTERN.findall(head_or_tail)
            if _speaker_phrase(words, leading="head" in whole.groupdict()):
                base = sentence.start
                if "tail" in whole.groupdict():
                    tail_start = base + whole.start("tail")
                    last = _Speaker(tail_start, base + whole.end("tail"), True, whole["open"])
                else:
                    last = _Speaker(base, base + whole.end("head"), False, whole["open"])
                continue
        if (
            prior is not None
            and len(opens) == 1
            and len(closes) == 1
            and sentence.text.lstrip()[:1] in _OPENING_QUOTES
        ):
            last = _nearest_speaker(text, prior)
        if (
            len(opens) == 1
            and len(closes) == 1
            and sentence.text.lstrip()[:1] in _OPENING_QUOTES
            and sentence.text.rstrip()[-1:] in _CLOSING_QUOTES
        ):
            # the sentence after may name the speaker, or another person
            last = _speaker_after(text, sentences, index + 1, last)
            if last is not None:
                opener = sentence.text.lstrip()[0]
                out[index] = _quoted_run_claims(text, sentence, replace(last, opener=opener))
                continue
        last = None
    return out


def _interrupted_run(
    text: str, sentences: Sequence[Sentence], run: Sequence[int], opened: tuple[int, str]
) -> tuple[dict[int, list[_Found]], _Speaker, tuple[int, str] | None] | None:
    """Claims of a quotation the segmenter cut into the sentences ``run`` (opened at
    ``opened``, its offset and mark) whose last sentence is interrupted by its speaker:
    '"Rents rose in May. Deposits doubled," the officer said, "and three tenants left."'
    is cut after "May." and read as one interrupted quotation (:func:`_interrupted_quotation`),
    each claim given to the sentence that holds its first quoted words, its span kept
    inside that sentence.

    Returns (claims by sentence index, the speaker, the offset and mark of a second
    part left open for the sentences after it, or None when it closes), or None when
    the run is no such quotation.
    """
    first, final = sentences[run[0]], sentences[run[-1]]
    whole = Sentence(first.index, opened[0], final.end, text[opened[0] : final.end])
    match = _interruption(whole)
    if match is None:
        return None
    tail = (whole.start + match.start("tail"), whole.start + match.end("tail"))
    claimed: dict[int, list[_Found]] = {k: [] for k in run}
    for rendered, start, end, parts, words in _interrupted_quotation(whole, text):
        said = [p for p in parts if p != tail]
        if not said:
            continue
        home = next(
            (k for k in run if sentences[k].start <= said[0][0] < sentences[k].end), run[-1]
        )
        sentence = sentences[home]
        start, end = max(start, sentence.start), min(end, sentence.end)
        claimed[home].append((rendered, start, end, parts, words))
    speaker = _Speaker(tail[0], tail[1], True, match["open"])
    reopened = None
    if match["close2"] is None:
        reopened = (whole.start + match.start("open2"), match["open2"])
    return claimed, speaker, reopened


def _breaks_paragraph(gap: str) -> bool:
    """Whether the text between two sentences ends a paragraph: a blank line, or a line
    break with text around it that is not a sentence (a line of its own)."""
    return "\n\n" in gap.replace("\r", "") or "\n" in gap.strip(" \t")


def _paragraph_speaker(
    text: str,
    sentences: Sequence[Sentence],
    index: int,
    last: _Speaker | None,
    reported: Sentence | None,
) -> _Speaker | None:
    """The speaker a paragraph that opens at sentence ``index`` takes from the paragraph
    before, or None.

    Only a paragraph that is one quotation and nothing else (its text opens with a
    quotation mark and ends with the one closing mark, no speaker of its own) takes one:
    the speaker of the previous paragraph's last sentence, ``last`` when that sentence
    was an attributed quotation, else the speaker that the unquoted sentence
    ``reported`` names before its reporting verb ("The mayor said the bridge …",
    :func:`_reported_speaker`) or after its last comma (", the mayor said.",
    :func:`_closing_speaker`). A paragraph with a speaker of its own, or with other
    sentences, keeps what it names itself.
    """
    stop = index
    while stop + 1 < len(sentences) and not _breaks_paragraph(
        text[sentences[stop].end : sentences[stop + 1].start]
    ):
        stop += 1
    start, end = sentences[index].start, sentences[stop].end
    marks = _quote_marks(text, start, end)
    if len(marks) != 2 or not marks[0][1] or marks[1][1]:
        return None
    if text[start:end].strip()[-1:] not in _CLOSING_QUOTES:
        return None  # '"We will rebuild," he said.': the paragraph names its own speaker
    before = last
    if before is None and reported is not None:
        before = _introducing_speaker(text, reported) or _closing_speaker(text, reported)
    return _speaker_after(text, sentences, stop + 1, before)


def _speaker_after(
    text: str, sentences: Sequence[Sentence], after: int, before: _Speaker | None
) -> _Speaker | None:
    """The speaker of a free-standing quotation (no speech tag of its own) that the
    sentence ``after`` follows, given ``before``, the speaker the text named before it.

    The sentence right after decides first (the rule is ours, from news style): one
    that points back at the quotation and names who said it ("That was the account of
    Mira Hol, a passenger.", "Those were the words of the mayor.", "So said the
    mayor.") gives that speaker; one that points back and names nobody definite ("That
    was how one survivor described the scene.") leaves the quotation unattributed.
    Else ``before`` continues ("the same speaker goes on"), unless the sentence after
    opens with another person as its subject ("The mayor visited the site later."
    after a quotation following "Police said …"): two people are then in reach and
    nothing says which spoke, and words put in the wrong mouth are worse than words
    left unattributed. ``after`` past the last sentence leaves ``before``.
    """
    if after >= len(sentences):
        return before
    sentence = sentences[after]
    pointed = _back_reference(text, sentence)
    if pointed is not None:
        return pointed[0]
    if before is None:
        return None
    subject = _person_subject(text, sentence)
    if subject is None:
        return before
    named = {m.group().lower() for m in subject[:-1]} - _DETERMINERS - _PRONOUNS
    said = {w.lower() for w in TOKEN_PATTERN.findall(text, before.start, before.end)}
    return before if not named or named & said else None


_BACK_POINTERS = DEMONSTRATIVES | {"so", "thus", "such"}
_SPEECH_NOUNS = LEXICON["speech_nouns"]
_RECOUNTING_VERBS = LEXICON["recounting_verbs"]
# Words opening a speaker phrase that name nobody in particular ("one survivor", "a
# passenger", "many residents"): a quotation is not put in such a mouth.
_INDEFINITE = frozenset({"a", "an", "one", "someone", "somebody"}) | QUANTIFIERS


def _back_reference(text: str, sentence: Sentence) -> tuple[_Speaker | None] | None:
    """Whether ``sentence`` points back at the quotation before it and says who spoke
    it: a one-tuple of that speaker, or of None when it names nobody definite; None when
    the sentence is no such pointer.

    Three forms (ours): a demonstrative, a form of "be", a speech noun and "of" the
    speaker ("That was the account of Mira Hol, a passenger", ``speech_nouns``); a
    demonstrative, "be", "how" or "what", the speaker and a verb of telling ("That was
    how one survivor described the scene", reporting, speech-event and
    ``recounting_verbs``); "So"/"Thus" and a reporting verb before the speaker ("So
    said the mayor"). The speaker runs to the first comma (an apposition stays out) and
    is definite: a name, or "the"/a possessive and a noun; "one survivor" or "a
    passenger" names nobody the quotation could be filed under.
    """
    tokens = tokenize(text, sentence.start, sentence.end)
    while tokens and tokens[-1].text in _FINAL:
        tokens.pop()
    if len(tokens) < 3 or tokens[0].lower not in _BACK_POINTERS:
        return None
    lowers = [t.lower for t in tokens]
    speaker: list[Token] = []
    if verb_lemmas(lowers[1]) & _REPORTING_VERBS and verb_forms(lowers[1]) & {"VBD", "VBZ"}:
        speaker = tokens[2:]  # "So said the mayor."
    elif lowers[1] not in BE_FORMS:
        return None
    elif lowers[2] in {"how", "what"}:
        telling = _REPORTING_VERBS | _SPEECH_EVENT_VERBS | _RECOUNTING_VERBS
        verb = next(
            (
                k
                for k in range(3, len(tokens))
                if verb_forms(lowers[k]) & {"VBD", "VBZ"} and not tokens[k].text[:1].isupper()
            ),
            None,
        )
        if verb is None or not verb_lemmas(lowers[verb]) & telling:
            return None
        speaker = tokens[3:verb]
    else:
        of = next((k for k in range(2, min(len(tokens), 6)) if lowers[k] == "of"), None)
        if of is None or lowers[of - 1] not in _SPEECH_NOUNS:
            return None
        speaker = tokens[of + 1 :]
    comma = next((k for k, t in enumerate(speaker) if t.text in ",;:"), len(speaker))
    speaker = speaker[:comma]
    if not speaker or not speaker[-1].text[:1].isalpha():
        return (None,)
    first = speaker[0]
    definite = first.lower in _DETERMINERS - _INDEFINITE or (
        first.text[:1].isupper() and first.lower not in _DETERMINERS | _PRONOUNS
    )
    if not definite or (len(speaker) == 1 and first.lower in _DETERMINERS):
        return (None,)
    return (_Speaker(first.start, speaker[-1].end, False, '"', verb="said"),)


def _closing_speaker(text: str, sentence: Sentence) -> _Speaker | None:
    """The speaker after the last comma of an unquoted sentence ("The bridge will be
    rebuilt, the mayor said." → "the mayor said", :func:`_trailing_attribution`), as the
    speaker of a quotation that follows it; None without one."""
    tokens = tokenize(text, sentence.start, sentence.end)
    end = len(tokens)
    while end and tokens[end - 1].text in _FINAL:
        end -= 1
    comma = _trailing_attribution(tokens, end) if end else None
    if comma is None or comma + 1 >= end:
        return None
    words = [t.text for t in tokens[comma + 1 : end]]
    if not _speaker_phrase(words, leading=False):
        return None
    return _Speaker(tokens[comma + 1].start, tokens[end - 1].end, True, '"')


def _introducing_speaker(text: str, sentence: Sentence) -> _Speaker | None:
    """The speaker an unquoted sentence gives the quotation after it: a lead-in's whole
    span (:func:`_lead_in`); a sentence that ends with a colon after its object up to
    the colon ("The council announced two cuts:" introduces what was announced, so the
    object stays); else who :func:`_reported_speaker` finds before the verb."""
    lead = _lead_in(text, sentence)
    if lead is not None:
        return lead
    said = _reported_speaker(text, sentence)
    body = text[sentence.start : sentence.end].rstrip()
    if said is not None and body.endswith(":"):
        return replace(said, end=sentence.start + len(body) - 1)
    return said


def _nearest_speaker(text: str, sentence: Sentence) -> _Speaker | None:
    """The speaker of a quotation that stands alone right after ``sentence`` (no speech
    tag of its own): the one ``sentence`` introduces (:func:`_introducing_speaker`),
    else the person ``sentence`` is about (:func:`_subject_speaker`)."""
    return _introducing_speaker(text, sentence) or _subject_speaker(text, sentence)


_SPEAKER_ROLES = LEXICON["speaker_roles"]
_SPEECH_EVENT_VERBS = frozenset(LEXICON["speech_event_verbs"])
# "The mayor was blunt.", "The coroner was brief.": a manner of speaking is a copula and
# at most this many words after it, no figure.
_MANNER_WORDS = 2


def _subject_speaker(text: str, sentence: Sentence) -> _Speaker | None:
    """The person a sentence is about, as the speaker of a free-standing quotation after
    it in the same paragraph ("Police chief Omar Diaz spoke to reporters on Monday.
    "Three officers were hurt. Two are in hospital."", "Diaz gave few details. "…"",
    "The mayor was blunt. "…""): news style names a speaker, then quotes them. The rule
    (ours): the sentence's subject, the words before its first verb (at most six, no
    comma, opening with a capital), is the speaker when it reads as a person: a name (a
    capitalised word after the first, or one capitalised word: see :func:`_surname`) or
    a determiner and a role (``speaker_roles`` in claims_lexicon.toml). "The storm hit
    Orsk." names nobody, and the quotation after it keeps no speaker. Each quoted
    sentence is rendered 'Diaz said: "…"' (the verb is the rule's, the speaker's words
    the source's), so matching reads the speaker as any other.
    """
    found = _person_subject(text, sentence)
    if found is None or not _speaks_there(text, sentence, found[-1]):
        return None
    return _Speaker(found[0].start(), found[-2].end(), False, '"', verb="said")


def _person_subject(text: str, sentence: Sentence) -> list[re.Match[str]] | None:
    """The words of ``sentence``'s subject and its first verb, when the subject reads as
    a person (the test :func:`_subject_speaker` states), else None."""
    if not text[sentence.start : sentence.start + 1].isupper():
        return None
    found = list(itertools.islice(TOKEN_PATTERN.finditer(text, sentence.start, sentence.end), 8))
    for k in range(1, min(len(found), 7)):
        word = found[k].group()
        lower = word.lower()
        if not word[:1].isalpha():
            return None
        if word[:1].isupper() or not (
            lower in _AUXILIARIES or verb_forms(lower) & {"VBD", "VBZ"}
        ):
            continue
        words = [m.group() for m in found[:k]]
        person = (
            any(w[:1].isupper() for w in words[1:])
            or (len(words) == 1 and _surname(text, sentence.start, words[0]))
            or (
                len(words) >= 2
                and words[0].lower() in _DETERMINERS
                and words[-1].lower() in _SPEAKER_ROLES
            )
        )
        return found[: k + 1] if person else None
    return None


def _speaks_there(text: str, sentence: Sentence, verb: re.Match[str]) -> bool:
    """Whether ``sentence``, whose first verb is ``verb``, tells of its subject speaking,
    so that a quotation after it is theirs: a reporting verb or a verb of a speech event
    ("spoke to reporters", "gave no names", ``speech_event_verbs``), or a copula with a
    short manner and no figure ("was blunt", "was brief"). Any other act ("flooded 300
    homes", "died at the scene") says nothing of who speaks next, and inventing a
    speaker is worse than leaving the quotation unattributed."""
    lemmas = verb_lemmas(verb.group().lower())
    if lemmas & (_REPORTING_VERBS | _SPEECH_EVENT_VERBS):
        return True
    if verb.group().lower() not in _AUXILIARIES or not lemmas & {"be"}:
        return False
    rest = TOKEN_PATTERN.findall(text, verb.end(), sentence.end)
    words = [w for w in rest if w[:1].isalpha()]
    return 0 < len(words) <= _MANNER_WORDS and not any(w[:1].isdigit() for w in rest)


def _surname(text: str, before: int, word: str) -> bool:
    """Whether a capitalised ``word`` opening a sentence is a person's name: no common
    word ("Diaz"), or the last word of a name the text gives before ``before`` ("Lena
    Moss … Moss gave no names"; "Police" or "Storms" alone name nobody)."""
    if not is_noun_or_adjective(word.lower()):
        return True
    return re.search(rf"\b[A-Z][\w'’-]+ {re.escape(word)}\b", text[:before]) is not None


def _reported_speaker(text: str, sentence: Sentence) -> _Speaker | None:
    """The speaker of a sentence that opens with who spoke and a reporting verb ("Inspector
    Helen Marsh said the suspect had fled", "Police confirmed …"), as the speaker of a
    quotation that follows it; None for any other sentence.

    The speaker is at most six words before the verb, with no comma, quotation mark or
    verb of its own among them, opening with a capital (a name, "The …", "Police"):
    "The man who fled said …" or "After the vote, she said …" name nobody this way.
    """
    if not text[sentence.start : sentence.start + 1].isupper():
        return None
    found = list(itertools.islice(TOKEN_PATTERN.finditer(text, sentence.start, sentence.end), 8))
    if len(found) < 3:
        return None
    for k in range(1, min(len(found) - 1, 7)):
        word = found[k].group()
        lower = word.lower()
        if not word[:1].isalpha():
            return None
        if verb_lemmas(lower) & _REPORTING_VERBS and verb_forms(lower) & {"VBD", "VBZ"}:
            if k == 1 and found[0].group().lower() in _DETERMINERS:
                return None  # "The report said": a determiner alone is no speaker
            return _Speaker(found[0].start(), found[k].end(), False, '"')
        if lower in _AUXILIARIES or lower in _RELATIVE or is_finite_only(lower):
            return None
    return None


def _lead_in(text: str, sentence: Sentence) -> _Speaker | None:
    """The speaker a lead-in names, or None when ``sentence`` is no lead-in.

    A lead-in ends with a colon and says nothing but who speaks, a reporting verb and
    when, where or to whom: "The harbour master said:", "Later the mayor told the
    crowd:", "Asked about the cost, Ana Ruiz wrote on social media on Monday:". What
    follows it (the quotation in the next paragraph, a list) is what the speaker said,
    so the lead-in claims nothing of its own and its whole span, up to the colon, is the
    speaker: the audience stays with the verb that needs it ("told the crowd").

    After the verb only a time or manner word ("yesterday", "simply", an "-ly" word),
    a phrase opened by a preposition ("in a statement", "to reporters") or, after a
    verb of addressing ("told", "warned": lexicon ``addressing_verbs``), the person
    addressed may follow; a clause ("said that", "said the levee …") or an object
    ("announced two cuts:", "approved three projects:") makes the sentence a claim.
    Before the verb stand the speaker and at most a fronted phrase closed by a comma
    that opens with its participle, a preposition or a time word ("Asked about the
    cost,", "In a statement,"); a clause there ("The levee broke, the mayor said:") is a
    claim of its own.
    """
    body = text[sentence.start : sentence.end].rstrip()
    if not body.endswith(":") or _quote_marks(text, sentence.start, sentence.end):
        return None
    colon = sentence.start + len(body) - 1
    tokens = tokenize(text, sentence.start, colon)
    if not 2 <= len(tokens) <= 20:
        return None
    lowers = [t.lower for t in tokens]
    for k in range(1, len(tokens)):
        found = verb_lemmas(lowers[k]) & _REPORTING_VERBS
        if not found or not verb_forms(lowers[k]) & {"VBD", "VBZ", "VB"}:
            continue
        if _lead_in_tail(lowers[k + 1 :], addressing=bool(found & _ADDRESSING_VERBS)):
            if _lead_in_head(tokens[:k]):
                return _Speaker(sentence.start, colon, False, '"')
            return None
    return None


def _lead_in_head(tokens: Sequence[Token]) -> bool:
    """Whether the words before a lead-in's verb are a speaker (see :func:`_lead_in`)."""
    comma = max((k for k, t in enumerate(tokens) if t.text == ","), default=-1)
    # auxiliaries right before the verb belong to it ("has said:", "had told them:")
    end = len(tokens)
    while end > comma + 1 and tokens[end - 1].lower in _AUXILIARIES:
        end -= 1
    speaker = tokens[comma + 1 : end]
    if not speaker or any(
        t.lower in _AUXILIARIES or t.lower in _CONJUNCTIONS or is_finite_only(t.lower)
        for t in speaker
    ):
        return False
    if comma < 0:
        return True
    # A fronted phrase opens with its participle, a preposition or a time word ("Asked
    # about the cost,", "In a statement,", "Later,"); one opening otherwise ("The levee
    # broke,") is a clause of its own.
    first = tokens[0].lower
    if not (
        first in _PREPOSITIONS
        or first in _TIME_ADVERBS
        or first.endswith("ly")
        or (verb_forms(first) & {"VBD", "VBG"} and first not in _AUXILIARIES)
    ):
        return False
    return not any(t.lower in _AUXILIARIES or is_finite_only(t.lower) for t in tokens[1:comma])


def _lead_in_tail(lowers: Sequence[str], *, addressing: bool) -> bool:
    """Whether the words after a lead-in's verb only say when, where or to whom it was
    said (see :func:`_lead_in`)."""
    if not lowers:
        return True
    first = lowers[0]
    if not (
        addressing
        or first in _PREPOSITIONS
        or first in _TIME_ADVERBS
        or first.endswith("ly")
        or first == ","
    ):
        return False
    return not any(
        w in _AUXILIARIES or w in _WH_WORDS or w in {"that", "if"} or is_finite_only(w)
        for w in lowers
    )


def _reopens(text: str, sentence: Sentence) -> bool:
    return text[sentence.start : sentence.end].lstrip()[:1] in _OPENING_QUOTES


def _quoted_words(
    text: str, sentence: Sentence, opener: str, *, inside: bool = False
) -> tuple[int, int] | None:
    """Span of the quoted words of one sentence of a quotation opened with ``opener``:
    after its opening mark (a first sentence, or a reopened paragraph) and before its
    closing mark (the last sentence), without the spaces and comma at either end; None
    when no word is left. ``inside``: the quotation was opened in an earlier sentence."""
    q_start, q_end = sentence.start, sentence.end
    # inside a single-quoted quotation opened in an earlier sentence, a closing mark
    # counts from the start (see _quote_marks)
    single_open = inside and opener in _SINGLE
    marks = _quote_marks(text, q_start, q_end, single_open=single_open)
    if marks and marks[0][1]:
        q_start = marks[0][0] + 1
    closing = next((offset for offset, opens in marks if not opens), None)
    if closing is not None:
        q_end = closing
    while q_end > q_start and text[q_end - 1] in " ,\t\n":
        q_end -= 1
    while q_start < q_end and text[q_start].isspace():
        q_start += 1
    return (q_start, q_end) if q_start < q_end else None


def _unattributed_run_claims(
    text: str, sentence: Sentence, opener: str, *, inside: bool = False
) -> list[_Found]:
    """The claims of one sentence of a quotation nobody is named for (tester10c F7: a
    paragraph ``"The fire is out. Three people died."`` with no speech tag, which
    :func:`segment._quoted_sentences` cuts into its sentences): its quoted words, each
    sentence of them one claim rendered as a quotation of its own (``"The fire is
    out."``), its span on the words inside the marks."""
    quoted = _quoted_words(text, sentence, opener, inside=inside)
    if quoted is None:
        return []
    q_start, q_end = quoted
    close = _PAIRED_CLOSE[opener]
    out: list[_Found] = []
    for s in segment(text[q_start:q_end]) or [Sentence(0, 0, q_end - q_start, "")]:
        start, end = q_start + s.start, q_start + s.end
        said = text[start:end]
        final = said if said.endswith((".", "?", "!")) else said + "."
        out.append((f"{opener}{final}{close}", start, end, ((start, end),), None))
    return out


def _quoted_run_claims(
    text: str, sentence: Sentence, speaker: _Speaker, *, inside: bool = False
) -> list[_Found]:
    """The quoted words of one sentence of a quotation (:func:`_quoted_words`), one
    claim per sentence they hold, each rendered with ``speaker``. ``inside``: the
    quotation was opened in an earlier sentence."""
    quoted = _quoted_words(text, sentence, speaker.opener, inside=inside)
    if quoted is None:
        return []
    q_start, q_end = quoted
    inner = segment(text[q_start:q_end])
    found = [
        _attributed(text, q_start + s.start, q_start + s.end, speaker) for s in inner
    ] or [_attributed(text, q_start, q_end, speaker)]
    # The quote stays inside its own sentence; ``parts`` reach the speaker's words.
    out: list[_Found] = []
    for rendered, start, end, parts, words in found:
        own = [p for p in parts if sentence.start <= p[0] and p[1] <= sentence.end]
        if len(own) < len(parts):
            start, end = min(p[0] for p in own), max(p[1] for p in own)
        out.append((rendered, start, end, parts, words))
    return out


def _list_item_claims(
    text: str, sentence: Sentence, sentences: Sequence[Sentence]
) -> list[_Found] | None:
    """The claims of a sentence on a line of a bulleted or numbered list
    (:func:`segment.list_item`), or None for a sentence on no such line.

    The marker ("- ", "1. ") is no part of a claim. A list introduced by a line ending
    in a colon ("The council said:", "The plan has three parts:") says what that line
    introduces, so each item is rendered after it, as a quotation is after its lead-in:
    "The council said:" over "- the bridge will close in May" gives "The council said:
    the bridge will close in May." with the council its speaker; the item's span stays
    on its own line, ``parts`` reach the introducing words.
    """
    item = list_item(text, sentence.start)
    if item is None:
        return None
    start = max(sentence.start, item.start)
    own = replace(sentence, start=start, text=text[start : sentence.end])
    if item.colon is None:
        return _claim_pieces(own, text) if own.text else []
    head_start = next((s.start for s in sentences if s.start <= item.colon < s.end), item.line)
    head = text[head_start : item.colon].strip()
    said = own.text.rstrip()
    if not said:
        return []
    final = said if said.endswith((".", "?", "!")) else said + "."
    end = start + len(said)
    return [(f"{head}: {final}", start, end, ((head_start, item.colon), (start, end)), None)]


# Markup pasted into plain text: an HTML or XML tag, a comment, or a script or style
# element with its code. Only tags proper are matched (a "<" opening a name), so "3 < 4"
# and "<- back" stay text.
_MARKUP_RE = re.compile(
    r"<(script|style)\b[^>]*>.*?</\1\s*>|<!--.*?-->|</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>",
    re.IGNORECASE | re.DOTALL,
)
_HAS_WORD = re.compile(r"[^\W\d_]")


def without_markup(text: str) -> str:
    """``text`` with its tags, comments and script or style elements taken out and the
    spaces they leave closed up ("The vote was <b>7 to 2</b>." → "The vote was 7 to 2.").

    A claim is what an article says; markup copied along with it (an ``<img>`` line, a
    ``<br/>``) says nothing, so :func:`extract_claims` keeps no claim that is markup alone
    and gives a claim's text without its tags (its ``quote`` stays the source span).
    """
    if "<" not in text:
        return text
    bare = _MARKUP_RE.sub(" ", text)
    return re.sub(r"\s+([,.;:!?])", r"\1", " ".join(bare.split()))


def extract_claims(text: str, sentences: Sequence[Sentence], threshold: float = 0.5) -> list[Claim]:
    """Claims of ``text``, in document order, given its sentences; direct questions
    (:func:`is_question`) are no claims.

    ``threshold`` is where ``checkworthiness`` makes a claim ``checkworthy``; the score
    and its reasons are always kept so a caller can re-rank with another threshold. A
    quoted sentence whose speaker is named in another sentence carries that speaker
    (:func:`_quotation_runs`); its ``parts`` then reach into that sentence.
    """
    claims: list[Claim] = []
    quoted = (
        _quotation_runs(text, sentences)
        if any(c in text for c in _OPENING_QUOTES)
        else {}
    )
    for n, sentence in enumerate(sentences):
        found = quoted.get(n)
        if found is None and _lead_in(text, sentence) is not None:
            continue  # "The mayor said:": what follows is the claim, not the lead-in
        if found is None:
            found = _list_item_claims(text, sentence, sentences)
        for claim_text, start, end, parts, words in (
            found if found is not None else _claim_pieces(sentence, text)
        ):
            if is_question(claim_text):
                continue  # "Would a 38% reduction be worth it?" asks; it claims nothing
            if "<" in claim_text:
                bare = without_markup(claim_text)
                if not _HAS_WORD.search(bare):
                    continue  # '<img src="…">' pasted into plain text: markup, no claim
                if bare != claim_text:
                    claim_text, words = bare, None
            assessment = assess(claim_text, words)
            claims.append(
                Claim(
                    text=claim_text,
                    quote=text[start:end],
                    start=start,
                    end=end,
                    sentence_index=sentence.index,
                    checkworthiness=assessment.score,
                    checkworthy=assessment.score >= threshold,
                    type=assessment.type,
                    reasons=assessment.reasons,
                    parts=parts,
                )
            )
    return claims
