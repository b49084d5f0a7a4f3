"""Check-worthiness and type of one claim, as named, weighted reasons.

A reviewer needs to see *why* a claim ranks high, so the score is a sum of named parts
(like beets' match distance) pushed through a logistic curve into 0..1. Each reason is a
short stable string other tools may filter on:

for checking
    ``number``        a figure, a percentage, an amount or a number word, or a proportion
                      or vague amount in words ("three-quarters of", "a handful of")
    ``date``          a year, month, weekday or relative date ("last week")
    ``named_entity``  a capitalised name or an acronym after the first word
    ``factual_verb``  a verb in the past tense, or one that states a measurable fact
    ``comparison``    "more than", "-er than", a superlative, "record", "twice"
    ``causal``        a cause-and-effect cue ("because", "led to")
    ``attribution``   someone else is said to have said it ("officials said")
    ``past_tense``    a verb that can only be a past tense ("rose", "voted"): it happened
    ``statistic``     a word for a measured quantity of public life ("jobs", "deficit")
    ``figure``        a number in digits, not a year ("1,100", "20-year"), or a cardinal
                      spelled out ("thirty-one", "seventeen"); not one that only dates
                      the claim ("10 years ago")
    ``percentage``    a share: "%", "percent"
    ``money``         an amount of money: a currency sign, name or code ("$5", "dollars",
                      "yuan", "PLN"; ``normalize.CURRENCY_WORDS``) or "billion"
    ``existential``   "there is / there were …": something exists or happened
    ``generalization`` a sweeping word ("never", "every", "the only"): one counter-example
                      settles it
    ``record``        an action that leaves a public record ("voted", "signed", "cut")
against checking
    ``question``                ends with a question mark
    ``imperative``              starts with a verb in the base form ("Look at …")
    ``first_person_opinion``    "I think", "we believe", "in my view"
    ``prediction``              about the future ("will", "is expected to")
    ``greeting_or_transition``  talk, not content ("Thank you", "Let me …")
    ``too_short``               fewer than three words
    ``evaluative``              judgement words ("great", "disgrace", "should")
    ``first_person``            the speaker talks about themselves ("we", "I", "my")
    ``second_person``           the speaker addresses someone ("you")
    ``modal``                   possibility or obligation ("would", "could", "need to")
    ``no_verb``                 a label or fragment with no verb ("Author: Ann Lee")
    ``hypothetical``            a condition or supposition ("if", "suppose", "unless")

The weights below were fitted (logistic regression on these features only) on a sample
of ClaimBuster's crowd labels that the benchmark does not evaluate on, by
benchmarks/fit_checkworthy.py; see docs/claims.md for the figures.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, reduce
from itertools import pairwise
from operator import or_

from wordfreq import zipf_frequency

from factcheck.claim_lexicon import (
    LEXICON,
    TOKEN_PATTERN,
    WORD_CACHE,
    has_phrase,
    verb_forms,
    verb_lemmas,
)
from factcheck.normalize import (
    AMOUNT_WORDS,
    CARDINAL_WORDS,
    CURRENCY_ABBREVIATIONS,
    CURRENCY_CODES,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    amounts_in_words,
    no_figure_spans,
    spoken_years,
)

__all__ = ["WEIGHTS", "Assessment", "assess", "claim_type", "reasons_of", "score_inputs"]

#: Weight of each reason in the logit; BIAS applies to every claim.
WEIGHTS: dict[str, float] = {
    "number": 1.28,
    "date": 0.94,
    "named_entity": 1.00,
    "factual_verb": 0.36,
    "comparison": 0.69,
    "causal": 0.06,  # kept for typing; the fit gives it next to no weight
    "attribution": 0.90,
    "past_tense": 1.33,
    "statistic": 0.67,
    # Set by hand (fitted -1.82): a question asserts nothing, whatever figures it holds.
    "question": -3.5,
    "imperative": -0.52,
    "first_person_opinion": -0.88,
    "prediction": -0.66,
    "greeting_or_transition": -0.84,
    # Set by hand: the fitting data has almost no fragments, so the fit left it at 0.
    "too_short": -1.0,
    "evaluative": -0.94,
    "first_person": -0.65,
    "second_person": -0.39,
    "modal": -1.04,
    # Set by hand: nearly every fitting sentence has a verb; a fragment asserts nothing.
    "no_verb": -1.5,
    "figure": 1.10,
    "percentage": 1.23,
    "money": 0.95,
    "existential": 0.58,
    "generalization": 0.23,
    "record": 0.78,
    "hypothetical": -0.56,
}
#: Shifted so that the default threshold 0.5 is where F1 peaked on the fitting sample.
BIAS = -2.17
#: Longer claims carry more checkable content; each word adds this much, up to 30 words.
PER_WORD = 0.020
#: Everyday words say little that can be checked ("that's what we're doing"); specific
#: ones ("tariffs", "Medicaid") name something. Each point of the content words' mean
#: Zipf frequency (wordfreq, English; ~7 for "the", ~3 for "tariff") above
#: :data:`TYPICAL_ZIPF` adds this much to the logit, so rarer wording ranks higher.
PER_ZIPF = -0.973
TYPICAL_ZIPF = 5.0

_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)s?$")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$")
_URL = re.compile(r"^(?:https?://|www\.)", re.IGNORECASE)
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# A cardinal written in words ("thirty-one", "seventeen", "two-hundred") is the same figure
# as its digits: "Thirty-one people were hurt." is as checkable as "31 people were hurt."
# Bare "one" is left out: it is far more often a pronoun or "one of" than a count.
_SMALL_CARDINALS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
    | {"eleven", "twelve"}
)

_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
_SCALE_WORDS |= {"lakh", "lakhs", "crore", "crores"}


def _spelled_cardinal(lower: str) -> bool:
    parts = lower.split("-")
    return lower != "one" and all(p in CARDINAL_WORDS for p in parts)


def _spelled_figure(text: str, lower: str) -> bool:
    """A spelled-out cardinal that is a figure: "thirty-one", "seventeen", "forty", and a
    capitalised small one ("Twelve flights were cancelled."): news style (AP, Reuters)
    spells out any figure that opens a sentence. Other small ones ("two", "twelve") keep
    only the number reason: in talk they count things ("two things", "three years ago")
    far more often than they report a figure (on CLEF 2019 debates, counting them as
    figures lowers MAP)."""
    if not _spelled_cardinal(lower) or lower in _SCALE_WORDS or lower == "zero":
        return False  # "million", "hundred" alone are amounts only with a number before them
    return lower not in _SMALL_CARDINALS or text[0].isupper()


_COMPARATIVE = re.compile(r"^\w{3,}er$")
_SUPERLATIVE = re.compile(r"^\w{3,}est$")
_SECOND_PERSON = frozenset({"you", "your", "you're", "you've", "you'll", "yourself"})
_NOT_NAMES = frozenset({"i", "i'm", "i've", "i'd", "i'll", "mr", "mrs", "ms", "dr"})
_IMPERATIVE_OPENERS = frozenset({"please", "let's", "let’s", "don't", "don’t", "let"})
_IMPERATIVE_OBJECTS = frozenset(
    {"me", "us", "them", "him", "her", "it", "yourself", "up", "out", "back", "at", "to"}
)


@dataclass(frozen=True, slots=True)
class Assessment:
    score: float
    type: str
    reasons: tuple[str, ...]


# What one word can contribute to the reasons, as bits of an int. Most reasons ask the
# same questions of every word of every claim ("a month?", "can it be a past tense?").
# Answering them once per spelling (:func:`_word_bits`) and OR-ing the answers lets a
# claim skip every reason none of its words can trigger; only the few reasons that look
# at a neighbouring word then walk the claim. Plain ints, not an IntFlag: enum
# arithmetic would cost more than the lookups it saves.
_NUMBER = 1 << 0  # a figure, a percentage, an amount or a number word
_DATE = 1 << 1  # a year, a numeric date or a one-word date ("Tuesday", "ago")
_MONTH = 1 << 2  # a capitalised month
_MAY = 1 << 3  # "may": a month only after the first word
_ACRONYM = 1 << 4  # NATO, FBI
_CAPITALISED = 1 << 5  # a capital that is neither a month nor a title like "Mr"
_PAST = 1 << 6  # can be a past tense, and is not capitalised
_FACTUAL_PRESENT = 1 << 7  # a present form of a measurable verb ("rises", "cost")
_BLOCKS_VERB = 1 << 8  # a determiner or "to": the next word is a noun or an infinitive
_DETERMINER = 1 << 9
_COMPARISON = 1 << 10  # a one-word comparison cue ("record", "twice")
_COMPARATIVE_FORM = 1 << 11  # "-er": a comparison when "than" follows
_SUPERLATIVE_FORM = 1 << 12  # "-est": a comparison after "the" or "its"
_THAN = 1 << 13
_THE_OR_ITS = 1 << 14
_CAUSAL = 1 << 15  # a one-word causal cue
_ATTRIBUTION = 1 << 16  # a one-word attribution cue ("citing")
_REPORTED = 1 << 17  # a past form of a reporting verb ("said", "warned")
_FIRST_PERSON = 1 << 18
_OPINION_VERB = 1 << 19
_OPINION = 1 << 20  # a one-word opinion cue ("personally")
_PREDICTION = 1 << 21  # a one-word prediction cue, or a word ending in "'ll"
_EVALUATIVE = 1 << 22
_SECOND = 1 << 23
_MODAL = 1 << 24
_ONLY_PAST = 1 << 25  # only a past tense or participle: "rose", not "cut"
_AUX_OR_MODAL = 1 << 26
_FINITE_LOOKING = 1 << 27  # a verb form other than the base form
_UPPER_INITIAL = 1 << 28
_GREETING = 1 << 29  # a greeting, or the start of a multi-word one
# bits 30 to 49 belong to the lists of multi-word cues (_PHRASE_KEYS below)
_STATISTIC = 1 << 50  # a statistic word ("jobs", "deficit")
_FIGURE = 1 << 51  # digits that are not a year, a numeric date or an ordinal
_PERCENT = 1 << 52  # "%" or a one-word share ("percent")
_MONEY = 1 << 53  # a currency sign or a one-word money cue
_EXISTS = 1 << 54  # "there's"
_SWEEPING = 1 << 55  # a one-word sweeping cue ("never")
_RECORD = 1 << 56  # a form of a verb of record ("voted")
_HYPOTHETICAL = 1 << 57  # a one-word condition cue ("if")
_AMOUNT_WORD = 1 << 58  # a word of a proportion or vague amount ("quarters", "handful")
_ALWAYS = 1 << 60  # set for every claim: gates the reasons every claim must be tested for

_PHRASE_REASONS = (
    "date_words",
    "comparison_cues",
    "causal_cues",
    "attribution_phrases",
    "opinion_phrases",
    "prediction_cues",
    "obligation_phrases",
    "percentage_words",
    "existential_phrases",
    "generalization_words",
    "hypothetical_cues",
)


def _key_word(phrase: str) -> str:
    """The word of a phrase least likely to occur elsewhere: the longest, the last of equals.

    A phrase can only match where all its words occur, so one of them is enough to decide
    whether the phrase list needs searching; "me" rules out "to me" more often than "to".
    """
    return max(reversed(phrase.split()), key=len)


# One more bit per list of multi-word cues, set by the key words of its phrases ("result"
# for "as a result"), so a list is searched only when one of them occurs.
_PHRASE_KEYS = {
    name: (1 << (30 + k), frozenset(_key_word(p) for p in LEXICON[name] if " " in p))
    for k, name in enumerate(_PHRASE_REASONS)
}
_GREETING_WORDS = frozenset(p.split()[0] for p in LEXICON["greeting_or_transition"])


def _multi_word(name: str) -> re.Pattern[str] | None:
    """One pattern for the multi-word cues of a list, matched on space-joined words.

    Equivalent to :func:`has_phrase` finding a multi-word phrase, without a Python loop
    over every phrase of the list for every claim.
    """
    phrases = sorted((p for p in LEXICON[name] if " " in p), key=lambda p: (-len(p), p))
    if not phrases:
        return None
    return re.compile(" (?:" + "|".join(re.escape(p) for p in phrases) + ") ")


_MULTI_WORD = {name: _multi_word(name) for name in _PHRASE_REASONS}


def _lemma_in(word: str, wanted: frozenset[str]) -> bool:
    return not verb_lemmas(word).isdisjoint(wanted)


@lru_cache(maxsize=1 << 16)
def _word_bits(text: str) -> int:
    """The bits (above) that one word's spelling sets; cached, words recur."""
    if _URL.match(text):
        return 0  # an address: its digits are no figure, its parts no name
    lower = text.lower()
    upper_initial = text[0].isupper()
    forms = verb_forms(lower)
    checks = (
        (_DIGIT.search(text) and not _YEAR.match(text))
        or lower in LEXICON["number_words"]
        or _spelled_cardinal(lower)
        or text.endswith("%")
        or text.startswith("$"),
        _YEAR.match(text) or _NUMERIC_DATE.match(text) or lower in LEXICON["date_words"],
        lower in LEXICON["months"] and upper_initial,
        lower == "may",
        lower not in _NOT_NAMES and len(text) > 1 and text.isupper() and text.isalpha(),
        lower not in _NOT_NAMES and upper_initial and lower not in LEXICON["months"],
        "VBD" in forms and not upper_initial,
        forms & {"VBZ", "VB"} and _lemma_in(lower, LEXICON["factual_verbs"]),
        lower in LEXICON["determiners"] or lower == "to",
        lower in LEXICON["determiners"],
        lower in LEXICON["comparison_cues"],
        _COMPARATIVE.match(lower),
        _SUPERLATIVE.match(lower),
        lower == "than",
        lower in ("the", "its"),
        lower in LEXICON["causal_cues"],
        lower in LEXICON["attribution_phrases"],
        "VBD" in forms and _lemma_in(lower, LEXICON["reporting_verbs"]),
        lower in LEXICON["first_person"],
        _lemma_in(lower, LEXICON["opinion_verbs"]) or lower in LEXICON["opinion_verbs"],
        lower in LEXICON["opinion_phrases"],
        lower.endswith(("'ll", "’ll")) or lower in LEXICON["prediction_cues"],
        lower in LEXICON["evaluative_words"],
        lower in _SECOND_PERSON,
        lower in LEXICON["modals"] and not (lower == "may" and upper_initial),
        "VBD" in forms and "VB" not in forms and "VBZ" not in forms,
        lower in LEXICON["auxiliaries"] or lower in LEXICON["modals"],
        bool(forms - {"VB"}),
        upper_initial,
        lower in _GREETING_WORDS,
    )
    bits = 0
    for bit, keys in _PHRASE_KEYS.values():
        if lower in keys:
            bits |= bit
    for position, check in enumerate(checks):
        if check:
            bits |= 1 << position
    if lower in LEXICON["statistic_words"]:
        bits |= _STATISTIC
    if lower in AMOUNT_WORDS or any(part in AMOUNT_WORDS for part in lower.split("-")):
        bits |= _AMOUNT_WORD
    if (
        _DIGIT.search(text)
        and not (_YEAR.match(text) or _NUMERIC_DATE.match(text) or _ORDINAL.match(text))
    ) or _spelled_figure(text, lower):
        bits |= _FIGURE
    if text.endswith("%") or lower in LEXICON["percentage_words"]:
        bits |= _PERCENT
    if text[0] in CURRENCY_SIGNS or lower in LEXICON["money_words"] or _currency(text, lower):
        bits |= _MONEY
    if lower in LEXICON["existential_phrases"]:
        bits |= _EXISTS
    if lower in LEXICON["generalization_words"]:
        bits |= _SWEEPING
    if forms and _lemma_in(lower, LEXICON["record_verbs"]):
        bits |= _RECORD
    if lower in LEXICON["hypothetical_cues"]:
        bits |= _HYPOTHETICAL
    return bits


def _currency(text: str, lower: str) -> bool:
    """A currency's name in lower case or capitals ("yuan", "RUPEES"; "Rand" in title case
    is a person's name) or its ISO code in capitals ("PLN"): the one list of currencies
    (``normalize.CURRENCY_WORDS``) that amounts are read with, and "Rs"/"Rp" before one."""
    if lower in CURRENCY_WORDS:
        return text == lower or text.isupper()
    if lower in CURRENCY_ABBREVIATIONS:
        return text[0].isupper()  # "Rs 500"
    return lower in CURRENCY_CODES and text.isupper()


_FUNCTION_WORDS = (
    LEXICON["determiners"] | LEXICON["prepositions"] | LEXICON["pronouns"] | LEXICON["auxiliaries"]
)


def _content_zipf(text: str) -> float | None:
    """How common a content word is (Zipf scale); None for function words and non-words.

    Function words are left out because every sentence has them: only the words that
    carry the content should decide whether the wording is everyday or specific.
    """
    lower = text.lower()
    if not lower.isalpha() or lower in _FUNCTION_WORDS:
        return None
    return zipf_frequency(lower, "en")


# A plain dict, not lru_cache: this runs for every word of every claim, and a dict lookup
# is several times cheaper. Emptied when it reaches WORD_CACHE words: the vocabulary of
# an open stream of articles (names, figures) has no end, and refilling costs one
# frequency lookup per word.
_ZIPF_SEEN: dict[str, float | None] = {}


def _commonness(words: Sequence[str]) -> float:
    """Mean Zipf frequency of the content words minus :data:`TYPICAL_ZIPF`, to 0.1.

    Rounded so that scores stay cacheable per combination and do not jitter with the
    frequency list's last digit; a claim without content words counts as everyday talk.
    """
    total, count = 0.0, 0
    seen = _ZIPF_SEEN
    for word in words:
        if word in seen:
            zipf = seen[word]
        else:
            if len(seen) >= WORD_CACHE:
                seen.clear()
            zipf = seen[word] = _content_zipf(word)
        if zipf is not None:
            total += zipf
            count += 1
    mean = total / count if count else 7.0
    return round(mean - TYPICAL_ZIPF, 1)


class _Claim:
    """One claim's words, their bits, and what is derived from them only when asked."""

    __slots__ = ("any", "bits", "joined", "later", "words")

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.bits = list(map(_word_bits, words))
        if reduce(or_, self.bits, 0) & _AMOUNT_WORD:
            _scaled_figures(words, self.bits)
        self.later = reduce(or_, self.bits[1:], 0)  # bits of every word but the first
        self.any = reduce(or_, self.bits[:1], self.later) | _ALWAYS
        self.joined: str | None = None

    def has_multi_word(self, name: str) -> bool:
        """Whether a multi-word cue of the list ``name`` occurs in the claim."""
        pattern = _MULTI_WORD[name]
        if pattern is None or not self.any & _PHRASE_KEYS[name][0]:
            return False
        if self.joined is None:
            # lower-casing the joined words equals joining the lower-cased ones: a space
            # is neither cased nor case-ignorable, so no casing context crosses it.
            self.joined = " " + " ".join(self.words).lower() + " "
        return pattern.search(self.joined) is not None

    def after(self, wanted: int, excluded: int) -> bool:
        """Whether a word after the first has a ``wanted`` bit, its predecessor no ``excluded``."""
        # a loop rather than any(): no generator frame per call on the hottest path
        for previous, word in pairwise(self.bits):
            if word & wanted and not previous & excluded:
                return True
        return False


def _scaled_figures(words: Sequence[str], bits: list[int]) -> None:
    """Mark a scale word after a spelled-out cardinal as a figure, in place: "two
    thousand dockers" is a figure as "2,000 dockers" is, though neither "two" (a small
    cardinal: :func:`_spelled_figure`) nor "thousand" alone is one."""
    for k in range(1, len(words)):
        if words[k].lower() in _SCALE_WORDS and _spelled_cardinal(words[k - 1].lower()):
            bits[k] |= _FIGURE


_tokens = TOKEN_PATTERN.findall


def _words(tokens: Sequence[str]) -> list[str]:
    return [t for t in tokens if t[0].isalnum() or t[0] in "$£€¥₹'’"]


def _has_date(claim: _Claim, _: str) -> bool:
    if claim.any & _DATE or claim.later & _MONTH:
        return True
    if claim.bits[0] & _MONTH and not claim.bits[0] & _MAY:
        return True  # "May" opening a claim is more often the verb
    return claim.has_multi_word("date_words")


def _has_named_entity(claim: _Claim, _: str) -> bool:
    """An acronym anywhere, or a capital after the first word that is not a month."""
    return bool(claim.any & _ACRONYM or claim.later & _CAPITALISED)


def _has_factual_verb(claim: _Claim, _: str) -> bool:
    """A past tense, or a present form of a measurable verb after the first word.

    After a determiner or "to" the word is a noun or an infinitive, so it does not count.
    """
    bits = claim.bits
    if bits[0] & _PAST:
        return True
    return claim.after(_PAST | _FACTUAL_PRESENT, _BLOCKS_VERB)


def _has_comparison(claim: _Claim, _: str) -> bool:
    if claim.any & _COMPARISON:
        return True
    bits = claim.bits
    if claim.any & _COMPARATIVE_FORM and claim.later & _THAN:
        for word, following in pairwise(bits):
            if word & _COMPARATIVE_FORM and following & _THAN:
                return True
    if claim.later & _SUPERLATIVE_FORM and claim.any & _THE_OR_ITS:
        for previous, word in pairwise(bits):
            if word & _SUPERLATIVE_FORM and previous & _THE_OR_ITS:
                return True
    return claim.has_multi_word("comparison_cues")


def _has_causal_cue(claim: _Claim, _: str) -> bool:
    return bool(claim.any & _CAUSAL) or claim.has_multi_word("causal_cues")


def _has_past_tense(claim: _Claim, _: str) -> bool:
    """A form that is only a past tense or participle ("rose", "voted"), not a base form.

    "cut" or "put" could be present or imperative, so they do not count on their own.
    """
    return bool(claim.bits[0] & _ONLY_PAST) or claim.after(_ONLY_PAST, _DETERMINER)


def _is_question(_: _Claim, text: str) -> bool:
    return text.rstrip().rstrip("\"'”’)").endswith("?")


def _lacks_verb(claim: _Claim, _: str) -> bool:
    """No auxiliary or modal, and no verb form that is not capitalised or a noun.

    A capitalised word after the first is a name ("Will Smith"); after a determiner a
    verb-looking word is a noun ("the kills").
    """
    if claim.any & _AUX_OR_MODAL:
        return False
    if not claim.any & _FINITE_LOOKING:
        return True
    bits = claim.bits
    if bits[0] & _FINITE_LOOKING:
        return False
    for previous, word in pairwise(bits):
        if word & _FINITE_LOOKING and not (word & _UPPER_INITIAL or previous & _DETERMINER):
            return False
    return True


def _is_imperative(claim: _Claim, _: str) -> bool:
    words = claim.words
    if not words:
        return False
    first = words[0].lower()
    if first in _IMPERATIVE_OPENERS:
        return True
    if len(words) < 2 or "VB" not in verb_forms(first) or first in LEXICON["auxiliaries"]:
        return False
    second = words[1].lower()
    return second in _IMPERATIVE_OBJECTS or second in LEXICON["determiners"]


def _is_first_person_opinion(claim: _Claim, _: str) -> bool:
    if claim.any & _OPINION or claim.has_multi_word("opinion_phrases"):
        return True
    if not (claim.any & _FIRST_PERSON and claim.later & _OPINION_VERB):
        return False
    bits = claim.bits
    for k, word in enumerate(bits):
        if word & _FIRST_PERSON:
            for following in bits[k + 1 : k + 4]:
                if following & _OPINION_VERB:
                    return True
    return False


def _is_prediction(claim: _Claim, _: str) -> bool:
    return bool(claim.any & _PREDICTION) or claim.has_multi_word("prediction_cues")


_GREETING_WITH_COMMA = LEXICON["greeting_with_comma"]


def _set_off_opener(text: str, opener: str) -> bool:
    """Whether ``text`` opens with ``opener`` set off by a comma, a dash, "!" or "…"
    ("No, the plan failed", "Well — we cut taxes"): an interjection, not a word of the
    sentence ("No deaths were reported", "Now 40 staff remain")."""
    head = text.lstrip(" \t\"'“‘(")
    if head[: len(opener)].lower() != opener:
        return False
    # a hyphen is no set-off: "No-one was hurt" is one word
    return head[len(opener) :].lstrip(" ")[:1] in (",", "!", "—", "–", "…", ".")


def _is_greeting(claim: _Claim, text: str) -> bool:
    """A claim that opens with talk ("Thank you", "Well, let me …") and says little else.

    A word that is talk only as an interjection ("no", "well", "yes":
    ``greeting_with_comma``) counts only first and set off ("No, …"), never inside the
    sentence ("found no survivors", "well over 200")."""
    if not reduce(or_, claim.bits[:3], 0) & _GREETING:
        return False
    opening = [w.lower() for w in claim.words[:3]]
    opener = has_phrase(opening, LEXICON["greeting_or_transition"])
    if opener is None:
        return False
    if opener in _GREETING_WITH_COMMA and not _set_off_opener(text, opener):
        # "Rescuers found no survivors", "well over 200 bodies": the word says what it
        # says in the sentence, no talk before it
        return False
    rest = len(claim.words) - len(opener.split())
    return rest < 8 or opening[0] in ("thank", "thanks", "hello", "welcome")


def _is_attribution(claim: _Claim, _: str) -> bool:
    """ "according to", or a reported past after someone who is not "I" or "we"."""
    if claim.any & _ATTRIBUTION or claim.has_multi_word("attribution_phrases"):
        return True
    return bool(claim.later & _REPORTED) and claim.after(_REPORTED, _FIRST_PERSON | _DETERMINER)


def _is_too_short(claim: _Claim, _: str) -> bool:
    return len(claim.words) < 3


def _is_modal(claim: _Claim, _: str) -> bool:
    """A modal; a capitalised "May" is the month, except as the first word ("May I …")."""
    if claim.any & _MODAL or claim.has_multi_word("obligation_phrases"):
        return True
    return bool(claim.bits[0] & _MAY)


def _has_percentage(claim: _Claim, text: str) -> bool:
    """A percentage, in digits or words ("25%", "fifty per cent"), or a proportion in
    words ("one in four", "two-thirds of"), which normalize reads as the same share."""
    if claim.any & _PERCENT or claim.has_multi_word("percentage_words"):
        return True
    return bool(claim.any & (_AMOUNT_WORD | _NUMBER)) and _proportion_in_words(text)


def _proportion_in_words(text: str) -> bool:
    """Whether ``text`` states a share in words ("one in four", "a third of"): a figure
    as exact as "25%" (:func:`normalize.amounts_in_words`, unit "%"; a vague amount such
    as "a handful of" is no share)."""
    return any(q.unit == "%" for q in amounts_in_words(text))


def _is_existential(claim: _Claim, _: str) -> bool:
    return bool(claim.any & _EXISTS) or claim.has_multi_word("existential_phrases")


def _is_generalization(claim: _Claim, _: str) -> bool:
    return bool(claim.any & _SWEEPING) or claim.has_multi_word("generalization_words")


def _has_record_verb(claim: _Claim, _: str) -> bool:
    """A verb of record, unless a determiner makes it a noun ("the vote", "a raise")."""
    return bool(claim.bits[0] & _RECORD) or claim.after(_RECORD, _DETERMINER)


def _is_hypothetical(claim: _Claim, _: str) -> bool:
    return bool(claim.any & _HYPOTHETICAL) or claim.has_multi_word("hypothetical_cues")


# "Published: 2026-02-24", "Author: Ann Lee", "URL: https://…": a field label names what
# follows; its word ("Published") is not a verb of the claim, so only the value is scored.
_LABEL = re.compile(r"([A-Z][\w'’-]*(?: [\w'’-]+){0,2}):\s")


def _content_tokens(text: str, tokens: Sequence[str] | None = None) -> Sequence[str]:
    """The tokens of ``text`` (or the given ones) without a leading field label."""
    found = _tokens(text) if tokens is None else tokens
    label = _LABEL.match(text)
    if label is None:
        return found
    skip = len(_tokens(label.group(1))) + 1  # the label's tokens and its colon
    return found[skip:] if len(found) > skip and found[skip - 1] == ":" else found


def reasons_of(text: str) -> tuple[str, ...]:
    """The named reasons that apply to a claim, in the order of :data:`WEIGHTS`."""
    text = _years_in_digits(text)
    return _reasons(text, _Claim(_words(_content_tokens(text))))


def _reasons(text: str, claim: _Claim) -> tuple[str, ...]:
    return tuple(name for name, test in _candidates(claim.any) if test is None or test(claim, text))


def _has_number(claim: _Claim, text: str) -> bool:
    """A figure or number word, or a proportion or vague amount in words ("three-quarters
    of", "a handful of"): normalize reads those as quantities, so they are numbers here
    too (#10)."""
    return bool(claim.any & _NUMBER) or bool(amounts_in_words(text))


# Cached per text: the figure reason and the claim type each ask it of the same claim.
@lru_cache(maxsize=1 << 14)
def _outside_non_figures(text: str) -> tuple[str, int] | None:
    """``text`` without the phrases whose numbers measure nothing ("N units ago", "will
    open in three weeks", "Pier 4", a phone number; ``normalize.no_figure_spans``) and
    the lexicon bits of what is left, or None when it has no such phrase."""
    spans = no_figure_spans(text)
    if not spans:
        return None
    starts = (0, *(e for _, e in spans))
    ends = (*(s for s, _ in spans), len(text))
    rest = " ".join(text[a:b] for a, b in zip(starts, ends, strict=True))
    return rest, (_Claim(_words(_content_tokens(rest))).any if rest.strip() else 0)


def _only_relative_date_numbers(text: str) -> bool:
    """Every number of ``text`` is in a phrase that measures nothing ("reopened two years
    ago" says when, as a year does; "Pier 4" names), so it makes no quantity claim. The
    "number" reason still scores (the weights are fitted with it: on CLEF 2019 debates
    dropping it there lowers MAP), but the claim's type is then read as if it had no
    number."""
    outside = _outside_non_figures(text)
    if outside is None:
        return False
    rest, bits = outside
    return not bits & _NUMBER and not amounts_in_words(rest)


def _has_figure(claim: _Claim, text: str) -> bool:
    """A figure that measures something: the digits of "10 years ago" only date the claim,
    as a year does, and those of "Pier 4" name it, so a claim whose only figures stand in
    such phrases has none."""
    if not claim.any & _FIGURE:
        return _proportion_in_words(text)  # "one in four adults": a share is a figure
    outside = _outside_non_figures(text)
    return outside is None or bool(outside[1] & _FIGURE)


def _key(name: str) -> int:
    return _PHRASE_KEYS[name][0]


# Each reason, in the order of WEIGHTS, with the bits a claim needs for the reason to be
# possible at all (so most claims never call most tests) and the test that decides it;
# no test means the bits decide alone.
_TESTS: tuple[tuple[str, int, Callable[[_Claim, str], bool] | None], ...] = (
    ("number", _NUMBER | _AMOUNT_WORD, _has_number),
    ("date", _DATE | _MONTH | _key("date_words"), _has_date),
    ("named_entity", _ACRONYM | _CAPITALISED, _has_named_entity),
    ("factual_verb", _PAST | _FACTUAL_PRESENT, _has_factual_verb),
    (
        "comparison",
        _COMPARISON | _COMPARATIVE_FORM | _SUPERLATIVE_FORM | _key("comparison_cues"),
        _has_comparison,
    ),
    ("causal", _CAUSAL | _key("causal_cues"), _has_causal_cue),
    ("attribution", _ATTRIBUTION | _REPORTED | _key("attribution_phrases"), _is_attribution),
    ("past_tense", _ONLY_PAST, _has_past_tense),
    ("statistic", _STATISTIC, None),
    ("question", _ALWAYS, _is_question),
    ("imperative", _ALWAYS, _is_imperative),
    (
        "first_person_opinion",
        _OPINION | _FIRST_PERSON | _key("opinion_phrases"),
        _is_first_person_opinion,
    ),
    ("prediction", _PREDICTION | _key("prediction_cues"), _is_prediction),
    ("greeting_or_transition", _GREETING, _is_greeting),
    ("too_short", _ALWAYS, _is_too_short),
    ("evaluative", _EVALUATIVE, None),
    ("first_person", _FIRST_PERSON, None),
    ("second_person", _SECOND, None),
    ("modal", _MODAL | _MAY | _key("obligation_phrases"), _is_modal),
    ("no_verb", _ALWAYS, _lacks_verb),
    ("figure", _FIGURE | _AMOUNT_WORD | _NUMBER, _has_figure),
    ("percentage", _PERCENT | _AMOUNT_WORD | _NUMBER | _key("percentage_words"), _has_percentage),
    ("money", _MONEY, None),
    ("existential", _EXISTS | _key("existential_phrases"), _is_existential),
    ("generalization", _SWEEPING | _key("generalization_words"), _is_generalization),
    ("record", _RECORD, _has_record_verb),
    ("hypothetical", _HYPOTHETICAL | _key("hypothetical_cues"), _is_hypothetical),
)
assert tuple(name for name, _, _ in _TESTS) == tuple(WEIGHTS), "reasons out of WEIGHTS order"


@lru_cache(maxsize=1 << 14)
def _candidates(bits: int) -> tuple[tuple[str, Callable[[_Claim, str], bool] | None], ...]:
    """The reasons a claim with these bits may have, with their tests; cached per bits.

    A typical claim passes about half the gates, so the loop in :func:`_reasons` is over
    those alone.
    """
    return tuple((name, test) for name, gate, test in _TESTS if bits & gate)


def claim_type(reasons: tuple[str, ...]) -> str:
    """One type per claim so a reviewer can filter; the most specific reading wins.

    Attribution first because who said it decides how to check it; a first-person
    opinion is an opinion even when it contains a number.
    """
    has = set(reasons)
    if "question" in has or "greeting_or_transition" in has:
        return "other"
    if "first_person_opinion" in has:
        return "opinion"
    if "attribution" in has:
        return "attribution"
    if "causal" in has:
        return "causal"
    if "prediction" in has:
        return "prediction"
    if "number" in has:
        return "quantity"
    if "evaluative" in has and "past_tense" not in has:
        return "opinion"  # "the plan is a disgrace" judges; "the plan failed" happened
    if "factual_verb" in has and "imperative" not in has:
        return "event"
    return "other"


def assess(text: str, tokens: Sequence[str] | None = None) -> Assessment:
    """Score, type and reasons of one claim's text.

    ``tokens``, the token texts of ``text`` as :func:`factcheck.claim_lexicon.tokenize`
    finds them, saves tokenising again when the caller has them already (a claim that is
    its whole sentence).
    """
    reasons, words, commonness = score_inputs(text, tokens)
    score, kind = _score_and_type(reasons, words, commonness)
    if kind == "quantity" and _only_relative_date_numbers(text):
        kind = claim_type(tuple(r for r in reasons if r != "number"))
    return Assessment(score=score, type=kind, reasons=reasons)


def score_inputs(
    text: str, tokens: Sequence[str] | None = None
) -> tuple[tuple[str, ...], int, float]:
    """What the score is computed from: the reasons, the word count (up to 30) and the
    wording's commonness. benchmarks/fit_checkworthy.py fits the weights on exactly these.
    """
    digits = _years_in_digits(text)
    if digits != text:
        text, tokens = digits, None
    claim = _Claim(_words(_content_tokens(text, tokens)))
    return _reasons(text, claim), min(len(claim.words), 30), _commonness(claim.words)


def _years_in_digits(text: str) -> str:
    """``text`` with each year said aloud written in digits ("opened in twenty
    twenty-four" → "opened in 2024"): a year is a date, whatever its spelling, never a
    figure (``normalize.spoken_years``)."""
    found = spoken_years(text)
    for mention in reversed(found):
        start, end = mention.span
        text = f"{text[:start]}{mention.year}{text[end:]}"
    return text


@lru_cache(maxsize=1 << 14)
def _score_and_type(reasons: tuple[str, ...], words: int, commonness: float) -> tuple[float, str]:
    """Cached: claims share a few thousand combinations of reasons, lengths and wording."""
    logit = BIAS + sum(WEIGHTS[r] for r in reasons) + PER_WORD * words + PER_ZIPF * commonness
    return round(1.0 / (1.0 + math.exp(-logit)), 4), claim_type(reasons)
