"""Check-worthiness and type of one claim, as named, weighted reasons.

A reviewer needs to see *why* a claim ranks high, so the score is a sum of named parts
(like beets' match distance) pushed through a logistic curve into 0..1. Each reason is a
short stable string other tools may filter on:

for checking
    ``number``        a figure, a percentage, an amount or a number word
    ``date``          a year, month, weekday or relative date ("last week")
    ``named_entity``  a capitalised name or an acronym after the first word
    ``factual_verb``  a verb in the past tense, or one that states a measurable fact
    ``comparison``    "more than", "-er than", a superlative, "record", "twice"
    ``causal``        a cause-and-effect cue ("because", "led to")
    ``attribution``   someone else is said to have said it ("officials said")
    ``past_tense``    a verb that can only be a past tense ("rose", "voted"): it happened
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

The weights below were fitted (logistic regression on these features only) on a sample
of ClaimBuster's crowd labels that the benchmark does not evaluate on; see
docs/claims.md for the figures.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from factcheck.claim_lexicon import LEXICON, Token, has_phrase, tokenize, verb_forms, verb_lemmas

__all__ = ["WEIGHTS", "Assessment", "assess", "claim_type", "reasons_of"]

#: Weight of each reason in the logit; BIAS applies to every claim.
WEIGHTS: dict[str, float] = {
    "number": 1.85,
    "date": 0.65,
    "named_entity": 0.84,
    "factual_verb": 0.59,
    "comparison": 0.59,
    "causal": -0.08,
    "attribution": 0.64,
    "past_tense": 1.06,
    # Set by hand (fitted -0.88): a question asserts nothing, whatever figures it holds.
    "question": -3.5,
    "imperative": -0.29,
    "first_person_opinion": -0.84,
    "prediction": -0.68,
    "greeting_or_transition": -0.44,
    # Set by hand: the fitting data has almost no fragments, so the fit left it at 0.
    "too_short": -1.0,
    "evaluative": -0.78,
    "first_person": -0.66,
    "second_person": -0.36,
    "modal": -0.87,
    # Set by hand: nearly every fitting sentence has a verb; a fragment asserts nothing.
    "no_verb": -1.5,
}
#: Shifted so that the default threshold 0.5 is where F1 peaked on the fitting sample.
BIAS = -1.99
#: Longer claims carry more checkable content; each word adds this much, up to 30 words.
PER_WORD = 0.035

_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)s?$")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$")
_DIGIT = re.compile(r"\d")
_COMPARATIVE = re.compile(r"^\w{3,}er$")
_SUPERLATIVE = re.compile(r"^\w{3,}est$")
_SECOND_PERSON = frozenset({"you", "your", "you're", "you've", "you'll", "yourself"})
_NOT_NAMES = frozenset({"i", "i'm", "i've", "i'd", "i'll", "mr", "mrs", "ms", "dr"})


@dataclass(frozen=True, slots=True)
class Assessment:
    score: float
    type: str
    reasons: tuple[str, ...]


def _words(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.text[0].isalnum() or t.text[0] in "$'’"]


def _has_number(words: list[Token]) -> bool:
    return any(
        (_DIGIT.search(w.text) and not _YEAR.match(w.text)) or w.lower in LEXICON["number_words"]
        for w in words
    ) or any(w.text.endswith("%") or w.text.startswith("$") for w in words)


def _has_date(words: list[Token], lowers: list[str]) -> bool:
    for k, w in enumerate(words):
        if _YEAR.match(w.text) or _NUMERIC_DATE.match(w.text):
            return True
        if w.lower in LEXICON["months"] and w.text[0].isupper() and (k > 0 or w.lower != "may"):
            return True
        if w.lower in LEXICON["date_words"]:
            return True
    return has_phrase(lowers, LEXICON["date_words"]) is not None


def _has_named_entity(words: list[Token]) -> bool:
    for k, w in enumerate(words):
        if w.lower in _NOT_NAMES:
            continue
        if len(w.text) > 1 and w.text.isupper() and w.text.isalpha():
            return True  # an acronym: NATO, FBI
        if k > 0 and w.text[0].isupper() and w.lower not in LEXICON["months"]:
            return True
    return False


def _has_factual_verb(words: list[Token]) -> bool:
    for k, w in enumerate(words):
        previous = words[k - 1].lower if k else ""
        if previous in LEXICON["determiners"] or previous == "to":
            continue
        forms = verb_forms(w.lower)
        if "VBD" in forms and not w.text[0].isupper():
            return True
        if forms & {"VBZ", "VB"} and _lemma_in(w.lower, LEXICON["factual_verbs"]) and k > 0:
            return True
    return False


def _has_past_tense(lowers: list[str]) -> bool:
    """A form that is only a past tense or participle ("rose", "voted"), not a base form.

    "cut" or "put" could be present or imperative, so they do not count on their own.
    """
    for k, word in enumerate(lowers):
        if k and lowers[k - 1] in LEXICON["determiners"]:
            continue
        forms = verb_forms(word)
        if "VBD" in forms and "VB" not in forms and "VBZ" not in forms:
            return True
    return False


def _has_verb(words: list[Token]) -> bool:
    for k, w in enumerate(words):
        if w.lower in LEXICON["auxiliaries"] or w.lower in LEXICON["modals"]:
            return True
        if k and (w.text[0].isupper() or words[k - 1].lower in LEXICON["determiners"]):
            continue
        if verb_forms(w.lower) - {"VB"}:
            return True
    return False


def _is_modal(lowers: list[str]) -> bool:
    return any(w in LEXICON["modals"] for w in lowers) or (
        has_phrase(lowers, LEXICON["obligation_phrases"]) is not None
    )


def _lemma_in(word: str, wanted: frozenset[str]) -> bool:
    return not verb_lemmas(word).isdisjoint(wanted)


def _has_comparison(words: list[Token], lowers: list[str]) -> bool:
    for k, w in enumerate(words):
        if w.lower in LEXICON["comparison_cues"]:
            return True
        nxt = words[k + 1].lower if k + 1 < len(words) else ""
        if _COMPARATIVE.match(w.lower) and nxt == "than":
            return True
        if _SUPERLATIVE.match(w.lower) and k > 0 and words[k - 1].lower in ("the", "its"):
            return True
    return has_phrase(lowers, LEXICON["comparison_cues"]) is not None


def _is_imperative(words: list[Token]) -> bool:
    if not words:
        return False
    first = words[0].lower
    if first in ("please", "let's", "let’s", "don't", "don’t") or first == "let":
        return True
    if len(words) < 2 or "VB" not in verb_forms(first) or first in LEXICON["auxiliaries"]:
        return False
    second = words[1].lower
    objects = {"me", "us", "them", "him", "her", "it", "yourself", "up", "out", "back"}
    return second in objects or second in LEXICON["determiners"] or second in ("at", "to")


def _is_first_person_opinion(lowers: list[str]) -> bool:
    if has_phrase(lowers, LEXICON["opinion_phrases"]):
        return True
    for k, word in enumerate(lowers):
        if word in LEXICON["first_person"]:
            for nxt in lowers[k + 1 : k + 4]:
                if _lemma_in(nxt, LEXICON["opinion_verbs"]) or nxt in LEXICON["opinion_verbs"]:
                    return True
    return False


def _is_prediction(lowers: list[str]) -> bool:
    if any(w.endswith(("'ll", "’ll")) for w in lowers):
        return True
    return has_phrase(lowers, LEXICON["prediction_cues"]) is not None


def _is_greeting(lowers: list[str]) -> bool:
    """A claim that opens with talk ("Thank you", "Well, let me …") and says little else."""
    opener = has_phrase(lowers[:3], LEXICON["greeting_or_transition"])
    if opener is None:
        return False
    rest = len(lowers) - len(opener.split())
    return rest < 8 or lowers[0] in ("thank", "thanks", "hello", "welcome")


def _is_attribution(lowers: list[str]) -> bool:
    if has_phrase(lowers, LEXICON["attribution_phrases"]):
        return True
    for k, word in enumerate(lowers):
        if k == 0 or lowers[k - 1] in LEXICON["first_person"]:
            continue
        if (
            _lemma_in(word, LEXICON["reporting_verbs"])
            and "VBD" in verb_forms(word) | {"VBZ"} & verb_forms(word)
            and lowers[k - 1] not in LEXICON["determiners"]
        ):
            return True
    return False


def reasons_of(text: str) -> tuple[str, ...]:
    """The named reasons that apply to a claim, in the order of :data:`WEIGHTS`."""
    return _reasons(text, _words(tokenize(text)))


def _reasons(text: str, words: list[Token]) -> tuple[str, ...]:
    lowers = [w.lower for w in words]
    found = {
        "number": _has_number(words),
        "date": _has_date(words, lowers),
        "named_entity": _has_named_entity(words),
        "factual_verb": _has_factual_verb(words),
        "comparison": _has_comparison(words, lowers),
        "causal": has_phrase(lowers, LEXICON["causal_cues"]) is not None,
        "attribution": _is_attribution(lowers),
        "question": text.rstrip().rstrip("\"'”’)").endswith("?"),
        "imperative": _is_imperative(words),
        "first_person_opinion": _is_first_person_opinion(lowers),
        "prediction": _is_prediction(lowers),
        "greeting_or_transition": _is_greeting(lowers),
        "too_short": len(words) < 3,
        "evaluative": any(w in LEXICON["evaluative_words"] for w in lowers),
        "first_person": any(w in LEXICON["first_person"] for w in lowers),
        "second_person": any(w in _SECOND_PERSON for w in lowers),
        "modal": _is_modal(lowers),
        "past_tense": _has_past_tense(lowers),
        "no_verb": not _has_verb(words),
    }
    return tuple(name for name in WEIGHTS if found[name])


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


def assess(text: str) -> Assessment:
    """Score, type and reasons of one claim's text."""
    words = _words(tokenize(text))
    reasons = _reasons(text, words)
    logit = BIAS + sum(WEIGHTS[r] for r in reasons) + PER_WORD * min(len(words), 30)
    score = round(1.0 / (1.0 + math.exp(-logit)), 4)
    return Assessment(score=score, type=claim_type(reasons), reasons=reasons)
