"""Claim frames: what a claim is about, read into named slots.

Two claims can only agree or disagree when they are about the same thing. Wording alone
cannot say so — "The Brenmoor council approved a $42 million budget on Tuesday" and "The
Lisdale council approved a $57 million budget on Tuesday" share almost every word and
are about two councils. A frame names the parts that decide sameness:

* ``subject`` — who or what the claim is about. A pronoun ("he", "they") or a definite
  description ("the company", "the council") is resolved to the one entity of that kind
  named earlier in the document, when there is exactly one;
* ``predicate`` — the main verb's lemma, its polarity (negated or not), its modality
  (asserted, hedged, planned, possible) and voice; with ``agent`` and ``patient`` when
  names fill those roles ("Arsenal beat Chelsea"; "Chelsea was beaten by Arsenal");
* ``measures`` — each figure with what it counts ("people killed", "inflation"), as a
  :class:`~factcheck.normalize.Quantity` with unit and bounds;
* ``time`` — absolute dates, and relative ones ("yesterday", "last year", "on Tuesday")
  anchored to the document's publication date when it is known;
* ``place`` — names after a locative preposition ("in Kestrow", "off the coast of Yemen");
* ``comparison`` — "heat kills more people than cold": which side is ahead;
* ``refutes`` — the frame of a claim that this claim reports in order to reject it
  ("Claims that the mayor resigned are false", "officials denied that 40 died");
* ``self_contained`` — whether the claim can be understood without its article: it names
  its subject or a place and has a predicate. "No deaths have been reported." and "He has
  pleaded not guilty." are not.

Frames are pure values built from text (no database, no model download) and serialise to
JSON (:meth:`Frame.to_dict` / :meth:`Frame.from_dict`), so they are computed once at
ingest, stored with the claim, and handed to ``relation.compare`` as they are.

No parser is used: the predicate is the first word lemminflect's lexicon knows as a verb
in a verbal position (after an auxiliary, or a past or present tense form after the first
word); names are capitalised runs. The limits are listed in docs/matching.md.
"""

from __future__ import annotations

import calendar
import itertools
import json
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from typing import Any, Literal

import lemminflect

from factcheck.claim_lexicon import (
    AMOUNT_WORDS,
    ARTICLES,
    BE_FORMS,
    DEMONSTRATIVES,
    DETERMINERS,
    DO_FORMS,
    HAVE_FORMS,
    LEXICON,
    MODAL_AUXILIARIES,
    POSSESSIVE_DETERMINERS,
    TIME_NOUNS,
    is_finite_only,
    is_noun_or_adjective,
    is_subject_head,
    lemmas,
    noun_over_rare_past,
    verb_forms,
    verb_lemma,
    verb_lemmas,
)
from factcheck.mark import hedging_markers, strip_certainty
from factcheck.normalize import (
    CARDINAL_WORDS,
    CLOCK,
    CURRENCIES,
    WEEKDAY_AND_MONTH_NAMES,
    DateMention,
    Negation,
    Quantity,
    Token,
    bound_kind,
    canonical,
    change_and_level,
    clausal_denial,
    comparative_at,
    contrastive_negation,
    find_dates,
    find_quantities,
    fold_word_pairs,
    lemma,
    lexicon,
    negation_scopes,
    parse_number_words,
    rejects_complement,
    scheduled_date,
    times_of_day,
    tokenize,
)
from factcheck.stored import COLUMN_SHAPES, damaged, shape_fault, stored_column

__all__ = [
    "PERIODS",
    "PLANNED_RE",
    "PRECEDING_CHARS",
    "Frame",
    "FrameContext",
    "Measure",
    "TimeSlot",
    "build_frame",
    "carried_claim",
    "context_before",
    "entity_chunks",
    "fold_phrasal_verbs",
    "frame",
    "frames_for_document",
    "is_name",
    "main_statement",
    "named_heads",
    "person_surnames",
    "resolve_speaker",
    "stored_frame",
    "strip_attribution",
    "strip_dateline",
    "verdict_after",
]

Modality = Literal["asserted", "hedged", "planned", "possible", "question"]
Voice = Literal["active", "passive"]

# The forms of "be": a passive's auxiliary, a level's copula.
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})

# --------------------------------------------------------------------------------------
# Attribution and datelines: who said it and where the wire filed are not the claim
# --------------------------------------------------------------------------------------

# After a comma the order "…, said X" reports; "…, told reporters the fund was empty"
# names the listener, so "told" is no inverted reporting verb.
_INVERTED_VERBS = (
    r"(?:said|says|stated|announced|reported|claimed|added|confirmed|warned|insisted|wrote)"
)
# The present tense of a plural speaker ("Residents claim …", "…, experts warn."):
# reporting verbs whose base form is hardly ever a noun before a clause; a plain object
# after them is an act, not speech (_reports_speech: "Workers claim compensation").
# "say" and "believe" report too: "Critics say the levy will cost 40 jobs" is about the
# levy, speaker Critics. (Kept in the claim, they made the subject "Critics say the
# levy"; set aside, MRPC accuracy without embeddings moved 0.707 → 0.705, three pairs
# of 1,725.)
# "report", "state" are nouns too ("a report the council wrote").
_PRESENT_VERBS = r"(?:claim|insist|warn|argue|allege|contend|say|believe)"
_ATTRIB_VERBS = (
    # "told reporters", "told the paper": the listener goes with the verb
    r"(?:(?:told|tells)\s+(?:(?i:the|a|an|its|his|her|their)\s+)?\w+"
    rf"|{_INVERTED_VERBS}|{_PRESENT_VERBS})"
)
# Verbs that report only before a "that"-clause or after the claim: present tenses that
# are also plural nouns ("Police reports show …", "Claims that …") and verbs of finding
# ("Inspectors found 40 cracks" is what they did). News writes "The new paper reports
# that …", "The review found that …" and "…, the survey found" of inanimate sources
# (a paper, a survey, an inquiry), which report as a speaker does.
_THAT_VERBS = (
    r"(?:reports?|states?|claims?|adds?|confirms?|warns?|insists?|writes?|announces?"
    r"|argued|argues?|found|finds?|showed|shows?|concluded|concludes?|suggested|suggests?"
    r"|estimated|estimates?|noted|notes?)"
)
# When something was said is not when it happened: "…, officials said Tuesday" must not
# clash with an event date in the other claim, so the day goes with the frame.
_WHEN_SAID = (
    r"(?i:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|yesterday|today|tonight|last\s+week|this\s+week))?"
)
# Where or how a trailing speaker said it: "…, the company said in a filing.", "…,
# officials said at a news conference on Thursday.", "…, she said in an interview with
# the Courier." One to three prepositional phrases of at most a determiner and three
# words each, read only at the end of a sentence (a trailing attribution), so the
# speaker's channel is set aside whole and never read as part of the statement; a
# leading "said in Tarrow the bridge closed" is left alone (what follows is content).
_SAID_ADJUNCT = (
    r"(?i:(?:\s+(?:in|on|at|during|via|through|with|to|after|before|late|early|earlier)"
    r"(?:\s+(?:a|an|the|its|his|her|their|this|last))?(?:\s+[\w'’.-]+){1,3}?){0,3})"
)
# A speaker set off by an apposition: a capitalised name ("Greta Lund", "Mayor Ines
# Roa", "Dr. Jo Kim") beside a description that opens with a determiner ("the owner",
# "a police spokesman", "the minister for water") or a relative clause. The name is the
# speaker, on either side of the description (the rule markers use, docs/markers.md).
_NAME = r"[A-Z][\w'’-]*(?:\.(?=\s))?(?:\s+[A-Z][\w'’-]*(?:\.(?=\s))?){0,3}"
_DESCRIPTION = (
    r"(?:(?i:the|a|an|its|his|her|their|our)\s+[^,;:\"“”]{1,60}?"
    r"|(?i:who|which)\s+[^,;:\"“”]{1,60}?)"
)
_SPEECH_AFTER_SPEAKER = (
    f"(?:{_ATTRIB_VERBS}|{_THAT_VERBS}(?=\\s+that\\b))"
    + _WHEN_SAID
    # "The minister said: “…”", "Roa said, “…”": a colon or comma opens a quotation; a
    # colon also opens what was said unquoted (an item of a list after "X said:")
    + r"(?P<that>\s+that)?(?:[:,](?=\s*[“\"‘'])|:)?\s+"
)
# An adverb opening a sentence that joins it to the story or places it in time (lexicon
# ``sentence_adverbs``: "Later", "Meanwhile"), and what may follow it as a subject: a
# determiner, a pronoun or a capital.
_SENTENCE_ADVERB = r"(?i:{})\b".format("|".join(sorted(LEXICON["sentence_adverbs"])))
_NOUN_PHRASE_START = (
    r"(?i:the|a|an|this|these|its|their|his|her|our|he|she|they|we|it)\s|(?-i:[A-Z])"
)
# A phrase fronted before a speaker and set off by a comma: a participle ("Asked about
# the mine, Brenner said: …", "Speaking to reporters, the mayor said …") or when it was
# said ("On Monday, the mayor said …", "Later, …"). It is how the speaker came to speak,
# not what was said, so it goes with the frame. A fronted place ("In Tarrow, the council
# said …") is left alone: it may be where the reported thing happened; so is a place
# named like a participle, one -ing word alone ("Reading, the council said …", kept as
# "In Reading, …" by _strip_speaker).
_FRONTED_BEFORE_SPEAKER = (
    r"(?:(?P<fronted>(?:[A-Z][a-z]+(?:ed|ing)\b[^,;:\"“”]{0,60}"
    r"|(?i:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))(?=,)"
    # a sentence adverb, with or without its comma: "Later the mayor said …"
    r"|" + _SENTENCE_ADVERB + r")(?:,\s+|\s+(?=" + _NOUN_PHRASE_START + r")))?"
)
# A fronted word that is a place named like a participle: see _strip_speaker.
_PLACE_LIKE_PARTICIPLE_RE = re.compile(r"[A-Z][a-z]+ing")
_ATTRIBUTION_PATTERNS = (
    # "The owner, Greta Lund, said …" / "Greta Lund, the owner, said: “…”": first, as a
    # later "…, said <a few words>" would take the reported clause for a speaker
    _LEADING_APPOSITION := re.compile(
        rf"^\s*{_DESCRIPTION},\s+(?P<who>{_NAME}),\s+" + _SPEECH_AFTER_SPEAKER
    ),
    _LEADING_NAME_APPOSITION := re.compile(
        rf"^\s*(?P<who>{_NAME}),\s+{_DESCRIPTION},\s+" + _SPEECH_AFTER_SPEAKER
    ),
    re.compile(r"^\s*according\s+to\s+(?P<who>[^,]{1,80}),\s*", re.IGNORECASE),
    re.compile(r",?\s+according\s+to\s+(?P<who>[^,.;]{1,80})[.!]?\s*$", re.IGNORECASE),
    re.compile(
        r",[”\"’']?\s+(?P<who>(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,4})\s+"
        # Lower case only: in a title-case headline "…, Blames Parents In Viral Suicide
        # Note" ends with a noun.
        + f"(?:{_ATTRIB_VERBS}|(?-i:{_THAT_VERBS}))"
        + _WHEN_SAID
        + _SAID_ADJUNCT
        + r"[.!]?\s*$",
        re.IGNORECASE,
    ),
    # '"…," a nurse at the hospital, who asked not to be named, told the Courier.': the
    # speaker is the phrase before the aside, as in _LEADING_ASIDE.
    re.compile(
        r",[”\"’']?\s+(?P<who>(?i:the|an?)\s+[\w'’-]+(?:\s+[\w.'’-]+){0,4}?)"
        r",\s+(?=[a-z])[^,;:\"“”—–]{1,80}?,\s+"  # lower case: "the owner, Nils Brandt," is
        + f"(?i:{_ATTRIB_VERBS})"  # an apposition whose name speaks (below)
        + _WHEN_SAID
        + r"[.!]?\s*$"
    ),
    # "…by 38%, a two-year trial led by the University of Almsworth has found, though
    # …": a source described after the claim (a trial, a survey, the report) is its
    # speaker however long the description, with its verb of finding in any tense and a
    # contrast clause after it. What the description holds ("two-year", "of 900 homes")
    # is no figure of the claim.
    re.compile(
        r",\s+(?P<who>(?i:the|a|an|its|their|his|her)\s+[^,;:\"“”]{1,80}?)\s+"
        r"(?:(?:has|have|had)\s+)?(?:found|shown|showed|concluded|suggested|estimated"
        r"|reported|said|confirmed|warned|noted)"
        r"(?:[.!]?\s*$|(?=,\s+(?i:though|although|but|while|whereas|even\s+though)\s))"
    ),
    _INVERTED_SPEAKER := re.compile(
        # "…, said Dr. Jane Smith": a short name; "…, said the storm had passed" is content.
        r",[”\"’']?\s+"
        + _INVERTED_VERBS
        + _WHEN_SAID
        + r"\s+(?P<who>[^,.;\s]+(?:\s+[^,.;\s]+){0,4})[.!]?\s*$",
        re.IGNORECASE,
    ),
    # "…, said Anja Holm, the harbourmaster." / "…, said the harbourmaster, Anja Holm."
    re.compile(
        r",[”\"’']?\s+(?i:" + _INVERTED_VERBS + ")" + _WHEN_SAID
        + rf"\s+(?P<who>{_NAME}),\s+{_DESCRIPTION}[.!]?\s*$"
    ),
    re.compile(
        r",[”\"’']?\s+(?i:" + _INVERTED_VERBS + ")" + _WHEN_SAID
        + rf"\s+{_DESCRIPTION},\s+(?P<who>{_NAME})[.!]?\s*$"
    ),
    # "…, Anja Holm, the harbourmaster, said." / "…, the minister for water, Ana Ruiz,
    # told parliament."
    re.compile(
        rf",[”\"’']?\s+(?P<who>{_NAME}),\s+{_DESCRIPTION},\s+(?i:{_ATTRIB_VERBS})"
        + _WHEN_SAID
        + r"[.!]?\s*$"
    ),
    re.compile(
        rf",[”\"’']?\s+{_DESCRIPTION},\s+(?P<who>{_NAME}),\s+(?i:{_ATTRIB_VERBS})"
        + _WHEN_SAID
        + r"[.!]?\s*$"
    ),
    # "As the minister put it: “…”", "…, as Lund wrote.": "as" and a speaker before
    # speech; "As the mayor said goodbye, …" has no comma or colon after the verb.
    re.compile(
        r"^\s*as\s+(?P<who>[^,:;“”\"]{1,60}?)\s+(?:put\s+it|" + _INVERTED_VERBS + r")\s*[:,]\s*",
        re.IGNORECASE,
    ),
    re.compile(
        r",[”\"’']?\s+as\s+(?P<who>[^,:;“”\"]{1,60}?)\s+(?:put\s+it|"
        + _INVERTED_VERBS
        + r")[.!]?\s*$",
        re.IGNORECASE,
    ),
    # "The minister's aide, who asked not to be named, said …", "An official — speaking
    # on condition of anonymity — said …", "An official who spoke on condition of
    # anonymity said …": the speaker is the phrase the aside or relative clause describes.
    _LEADING_ASIDE := re.compile(
        r"^\s*(?P<who>(?i:the|an?)\s+[\w'’-]+(?:\s+[\w.'’-]+){0,4}?)"
        r"(?:,\s+[^,;:\"“”—–]{1,80}?,|\s+[—–-]\s+[^,;:\"“”—–]{1,80}?\s+[—–-]"
        r"|\s+(?i:who)\s+[^,;:\"“”—–]{1,80}?)\s+" + _SPEECH_AFTER_SPEAKER
    ),
    _LEADING_ATTRIBUTION := re.compile(
        # "As the mayor said goodbye, …", "When Roa said …": a subordinate clause's
        # subject reports nothing of the main clause ("As X said, …" is read above)
        r"^\s*" + _FRONTED_BEFORE_SPEAKER
        + r"(?!(?i:as|when|while|if|because|after|before|since|although|though|once"
        r"|until|unless)\s)"
        # after a fronted phrase the speaker's article is lower case ("…, the mayor said")
        r"(?P<who>(?(fronted)(?:(?:the|an?)\s+)?[A-Za-z]|(?:the\s+)?[A-Z])"
        r"[\w.'’-]*(?:\s+[\w.'’-]+){0,4}?)\s+" + _SPEECH_AFTER_SPEAKER
    ),
    # A parenthetical attribution inside the sentence: "Production, the company said on
    # Monday, would not resume", "The plant would close, according to a union, in May",
    # "The plant would close (according to the union) in May". What is left around it
    # is the statement. A participle after the comma ("…, a spokesman said, adding
    # that …") starts another statement, and a relative pronoun ("The mayor, who said
    # …,") an aside about the subject, so neither is read here.
    _PARENTHETICAL_SPEAKER := re.compile(
        r"(?<=\w),\s+(?P<who>(?!(?i:who|which|that)\b)(?:the\s+)?[\w.'’-]+"
        r"(?:\s+[\w.'’-]+){0,4}?)\s+(?i:" + _INVERTED_VERBS + ")" + _WHEN_SAID
        + r",\s+(?=[a-z])(?![a-z]+ing\b)"
    ),
    re.compile(
        r"(?<=\w),\s+(?i:according\s+to)\s+(?P<who>[^,;:()“”\"]{1,80}),\s+(?![a-z]+ing\b)"
    ),
    re.compile(r"\s*\((?i:according\s+to)\s+(?P<who>[^()]{1,80})\)(?=[\s,.;:!?]|$)"),
)
_LEADING = (_LEADING_ATTRIBUTION, _LEADING_APPOSITION, _LEADING_NAME_APPOSITION, _LEADING_ASIDE)
# A claim that is one quotation from end to end once its speaker is gone: the marks go,
# and a comma the quotation closed on becomes no part of the statement.
_WHOLE_QUOTE_RE = re.compile(r"^\s*[“\"‘'](?P<body>[^“”\"]+?),?[”\"’']\s*$")
# "There have been no confirmed cases", "were not reported": the auxiliary may carry a
# negation or an adverb before the participle.
_PASSIVE_RE = re.compile(
    r"\b(?:was|were|is|are|been|being|be)(?:\s+(?:no|not|never|also|already|now))?$",
    re.IGNORECASE,
)

# "KESTROW, March 10 (Northfield Wire) - ": where and when the wire filed, not what
# happened; its date must not be read as the date of the event.
_DATELINE_RE = re.compile(
    r"^\s*[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([^)]{1,40}\))?\s*[-–—]{1,2}\s+"
)


def strip_dateline(text: str) -> str:
    """``text`` without a leading wire dateline ("KESTROW (Coastal Wire) — ")."""
    return _DATELINE_RE.sub("", text, count=1)


# A reporting verb that, before a plain figure, is the act of adding ("added 500 jobs").
_ADDS_RE = re.compile(r"\badded\s*$", re.IGNORECASE)


def _reports_speech(text: str, match: re.Match[str]) -> bool:
    """Whether what follows a leading "X confirmed …" is what X said, not what X did.

    A reporting verb takes either reported speech — a "that"-clause, a quotation, or a
    clause with its own verb ("confirmed the bridge had closed") — or a plain noun
    phrase, and then it is the act the claim is about ("The mayor confirmed the closure
    on Monday", "announced the merger"): stripping the speaker would leave a claim with
    no subject and no predicate. A noun phrase carrying a figure is the exception: the
    figure is the reported content ("reported a 4% fall in sales"). The clause test is
    the frames' own predicate finder, so a noun right after its determiner ("the
    charges", "the cuts") is no verb.
    """
    if match.group("that"):
        return True
    rest = text[match.end() :].lstrip()
    if rest[:1] in "\"“‘'":
        return True
    if _ADDS_RE.search(match.group(0)):
        # "Harlow Motors added 500 jobs", "The firm added a night shift": before a plain
        # object "added" is the act of adding; it reports only as "added that …", a
        # quotation (both read above) or a trailing "…, he added."
        return False
    if find_quantities(rest):
        # "reported a 4% fall in sales", "confirmed 40 deaths": a figure is what the
        # speaker reports (it reads as "sales fell 4%, the company said"), not an act.
        return True
    tokens = fold_phrasal_verbs(tokenize(rest))
    # "said", "says", "told" take no event for object: after them a noun phrase
    # ending in a present form is a clause ("said the bridge closes.")
    compounds = not _SAY_RE.search(match.group(0))
    skip: set[int] = set()
    while True:
        verb_at, _, _, group_at = _predicate(tokens, 0, skip)
        if verb_at is None:
            return False
        if group_at != verb_at or not _noun_reading(tokens, verb_at, compounds):
            return True
        skip.add(verb_at)  # "new bridge tolls", "record profits in March": a noun


def _acts_on_report(who: str) -> bool:
    """Whether a leading "X reports that …" is "Officials dismissed | reports that …":
    the words before the reporting word hold a finite verb ("dismissed", "denies"), so
    "reports" (or "claims", "notes") is the noun a refutation or a denial acts on, not
    X's verb. Capitalised words are names ("The United Nations said …"), never that
    verb."""
    return any(
        {"VBD", "VBZ"} & set(verb_forms(w))
        for w in re.findall(r"[A-Za-z]+", who)[1:]
        if w.islower()
    )


# "neither confirmed nor denied", "did not confirm or deny", "confirmed and welcomed":
# a reporting verb coordinated with another verb.
_NEGATED_COORDINATION_RE = re.compile(r"\b(?:neither|either|not|never)\s*$", re.IGNORECASE)
_NEXT_CONJUNCT_RE = re.compile(r"^\s*(?:nor|or)\s+[a-z]", re.IGNORECASE)


def _coordinated_verb(who: str, rest: str) -> bool:
    """Whether a leading "X confirmed" is one verb of a coordination ("The firm neither
    confirmed nor denied the report", "would not confirm or deny it"): the verbs are the
    claim's predicate, what X did, and X is its subject, never a speaker "The firm
    neither" whose reported content is "nor denied the report"."""
    return bool(_NEGATED_COORDINATION_RE.search(who) or _NEXT_CONJUNCT_RE.match(rest))


# Prepositions that follow a noun, hardly ever a bare present verb ("the talks with",
# "the cuts of 2025", "the talks between"): see _noun_reading.
_NOUN_COMPLEMENTS = frozenset({"of", "with", "between"})


_SAY_RE = re.compile(r"\b(?:said|says|say|told|tells)\b", re.IGNORECASE)


def _noun_reading(tokens: Sequence[Token], k: int, compounds: bool = True) -> bool:
    """Whether the bare present form at ``k`` reads better as a noun of a noun phrase.

    Many plural nouns are also present-tense verbs ("cuts", "profits", "tolls") and many
    nouns are base forms ("bridge"). Without a parser the cues are agreement and what
    follows: after "the <noun>" or a plural, a form that agrees is a verb ("the bridge
    closes", "prices rise"); a form taking "to", a determiner or a number is a verb
    ("plans to expand", "cuts the budget"); anything else is read as a noun. A form
    that agrees but ends its clause, or takes a noun's "of", "with" or "between", is the
    plural head of a compound ("confirmed the merger talks", "the budget cuts of
    2025", "the pay talks with the union"): a clause of a bare intransitive verb with
    nothing after it ("confirmed the plant closes.") is rare in news, which says when;
    ``compounds`` False leaves that reading out (after "said", which takes no noun).
    """
    low = tokens[k].text.lower()
    forms = verb_forms(low)
    if "VBD" in forms or not is_noun_or_adjective(low):
        return False
    prev = tokens[k - 1].text.lower() if k else ""
    before = tokens[k - 2].text.lower() if k > 1 else ""
    nxt = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
    if before in _DETERMINERS and "VBZ" in forms:
        # a gap wider than one space between two tokens is punctuation: the clause ends
        ends = k + 1 == len(tokens) or tokens[k + 1].start > tokens[k].end + 1
        return compounds and (ends or nxt in _NOUN_COMPLEMENTS)
    if "VB" in forms and "VBZ" not in forms and prev.endswith("s") and prev != "its":
        return False
    return not (nxt in _DETERMINERS or nxt == "to" or nxt[:1].isdigit())


@lru_cache(maxsize=16384)  # keyed by claim texts; features, frames and clauses each strip one
def strip_attribution(text: str) -> tuple[str, str | None]:
    """Split "X said Y" / "Y, according to X" into (Y, X).

    Corroboration is about content: "Smith said the dam failed" and "The dam failed,
    officials said" report the same event, and the speakers must not look like different
    subjects. Frames at the start or end of the claim, and a parenthetical one inside it
    ("Production, the company said, would not resume"), are removed, layer after layer
    ("X said Y, according to Z" → Y, with X, the speaker nearest the statement). A certainty
    frame that opens what is left ("There is no doubt that Y") goes too
    (:func:`factcheck.mark.strip_certainty`): it vouches for Y, it is not Y.
    """
    core, who = text, None
    for _ in range(_ATTRIBUTION_LAYERS):
        # A layer already set aside leaves the next one in lower case ("According to
        # police, the mayor said …" → "the mayor said …"); the speaker patterns read a
        # sentence's opening capital, so the next layer is looked for with one.
        probe = core[:1].upper() + core[1:]
        inner, speaker = _strip_speaker(probe)
        if speaker is None:
            break
        if probe != core:
            # the opening capital was only for reading: the statement or speaker that
            # starts where the text starts gets its own case back
            if probe.startswith(inner[:12]):
                inner = core[:1] + inner[1:]
            elif probe.startswith(speaker):
                speaker = core[:1] + speaker[1:]
        core, who = inner, speaker
    return strip_certainty(core), who


#: Attributions one claim may carry around its statement: "Brenvik Agri said production
#: would not resume, according to a spokesman" reports a speaker's report (two layers);
#: each layer is set aside in turn, so what is compared is the statement alone whatever
#: the number of speakers around it (more than three is a quotation chain, not news prose).
_ATTRIBUTION_LAYERS = 3
# The gap a bracketed attribution leaves before punctuation: "resume (according to
# X)." → "resume ." → "resume."
_GAP_BEFORE_PUNCTUATION_RE = re.compile(r"\s+(?=[.,;:!?])")


_NEGATED_SPEAKER_RE = re.compile(r"(?:n['’]t|\bnot|\bnever)\s*$", re.IGNORECASE)


def _short_quotation(rest: str) -> bool:
    """Whether what a speaker leaves is a quotation of two words or more ('"Taxes rose,"
    she said.' leaves '"Taxes rose'): a quoted statement however short, where shorter
    unquoted rests than 12 characters ("He said so.") are no statement."""
    rest = rest.strip()
    if rest[:1] not in "“\"‘'" or any(c in rest[1:].rstrip("”\"’'") for c in "“”\""):
        return False
    return len(re.findall(r"[^\W\d_]+", rest)) >= 2


def _no_participle(word: str) -> bool:
    """A word the dictionary knows with no verb form ("Nothing", "Something", "Morning"),
    unlike a participle ("Speaking") or an unknown place name ("Woking")."""
    low = word.lower()
    return bool(lemmas(low)) and not verb_forms(low)


def _strip_speaker(text: str) -> tuple[str, str | None]:
    """One layer of :func:`strip_attribution`: the first pattern of
    ``_ATTRIBUTION_PATTERNS`` that frames ``text``, set aside, as (statement, speaker);
    (``text``, None) when none does."""
    for pattern in _ATTRIBUTION_PATTERNS:
        match = pattern.search(text)
        # "Side effects were reported by 12%": a passive verb is the claim, not a frame.
        if match and _PASSIVE_RE.search(match.group("who")):
            continue
        if match and match["who"].strip().lower() in _DETERMINERS:
            # "The report that Morrow resigned is a hoax": "report" is the subject's
            # noun after its determiner, not the verb of a speaker "The".
            continue
        if match and pattern is _INVERTED_SPEAKER and _acts_on_report("x " + match["who"]):
            continue  # "…, said the vote was close": a clause with a verb is content
        if match and comparative_at(match["who"].lower().split(), 0):
            # "…, far more than officials said": what officials said is compared with
            # the figure, and they are not its speaker.
            continue
        if match and _NEGATED_SPEAKER_RE.search(match.group("who")):
            # "I don't believe the figure is right", "The mayor never said …": the
            # negation is the speaker's attitude; set aside with it, the claim would read
            # as asserted. The frame keeps the negated verb as its predicate.
            continue
        if match and (
            len(text) - (match.end() - match.start()) >= 12
            or _short_quotation(text[: match.start()] + text[match.end() :])
        ):
            if pattern in _LEADING and not _reports_speech(text, match):
                continue
            if pattern in _LEADING and _acts_on_report(match.group("who")):
                continue
            if pattern in _LEADING and _coordinated_verb(match.group("who"), text[match.end() :]):
                continue
            fronted = match.groupdict().get("fronted") or ""
            if _PLACE_LIKE_PARTICIPLE_RE.fullmatch(fronted) and _no_participle(fronted):
                # "Nothing, the mayor said on Monday, had changed": a noun or pronoun in
                # -ing the dictionary knows with no verb reading is the statement's
                # subject, interrupted by its speaker, neither a participle nor a place.
                continue
            joint = " "
            if match.group().rstrip().endswith(",") and comparative_at(
                text[match.end() :].lower().split(), 0
            ):
                # "burned 6,500 hectares, according to X, far more than …": the
                # comparison after the aside is a comment on the figure, set off by its
                # comma, not the clause going on ("Production, the company said, would
                # not resume").
                joint = ", "
            core = (text[: match.start()].rstrip() + joint + text[match.end() :]).strip()
            if _PLACE_LIKE_PARTICIPLE_RE.fullmatch(fronted):
                # "Reading, the council said 40 buses …": one capitalised word in -ing
                # alone before the speaker is a place named like a participle (Reading,
                # Ealing, Woking); a participle takes words of its own ("Speaking to
                # reporters, …"). The place stays with the statement.
                core = f"In {fronted}, {core}"
            if match.group().lstrip().startswith("("):
                core = _GAP_BEFORE_PUNCTUATION_RE.sub("", core)
            # '"Wages fell," the union said': the speaker's words are the claim
            quoted = _WHOLE_QUOTE_RE.match(core)
            if quoted:
                core = quoted.group("body").strip()
            elif core[:1] in "“\"‘'" and not any(c in core[1:] for c in "“”\""):
                core = core[1:].lstrip()  # the closing mark went with ', the minister said'
            return core, _SPEAKER_ADVERB_RE.sub("", match.group("who").strip())
    return text, None


# An adverb between a speaker and the verb is no part of the speaker: "…, officials now
# say", "…, the union later said".
_SPEAKER_ADVERB_RE = re.compile(
    r"(?<=\w)\s+(?:now|also|still|later|earlier|again|previously|recently|[a-z]+ly)$"
)


# --------------------------------------------------------------------------------------
# Phrasal predicates
# --------------------------------------------------------------------------------------


@cache
def match_predicates() -> dict[str, Any]:
    """The tables of ``match_predicates.toml`` (``phrasal``, ``roles``, ``states``), read
    once: the one loader of that file. Callers only read the tables."""
    from factcheck.normalize import DATA_DIR

    with (DATA_DIR / "match_predicates.toml").open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=8)  # keyed by a list name of the data file: a fixed, small key set
def light_verbs(kind: str) -> frozenset[str]:
    """The light verbs (lemmas) of one list of ``[light_verbs]`` in match_predicates.toml,
    their one home: ``"heads"`` (verbs that say little by themselves, "went on strike"),
    ``"noun"`` (verbs that say only that their noun happened, "made an arrest") or
    ``"result"`` (verbs whose figure its complement counts, "left 300 homeless").
    Raises KeyError for another kind."""
    return frozenset(match_predicates()["light_verbs"][kind])


@cache
def _phrasal() -> dict[str, str]:
    """ "<verb lemma> <particle>" → the lemma the pair reads as (match_predicates.toml)."""
    return {k: str(v) for k, v in match_predicates().get("phrasal", {}).items()}


#: Claim-sized texts whose words are kept (:func:`claim_tokens`, :func:`folded_tokens`): a
#: document's candidates are read by features, main statement and frame checks in turn.
TOKEN_CACHE = 4096


@lru_cache(maxsize=TOKEN_CACHE)
def claim_tokens(text: str) -> tuple[Token, ...]:
    """``tokenize(text)`` of a claim or its core, once per text: features, the main
    statement and the pair checks of matching each read the same claim's words (a stored
    claim is a candidate of many). Keyed by claim-sized texts only, never documents."""
    return tokenize(text)


@lru_cache(maxsize=TOKEN_CACHE)
def folded_tokens(text: str) -> tuple[Token, ...]:
    """:func:`fold_phrasal_verbs` of :func:`claim_tokens`, once per claim-sized text."""
    return tuple(fold_phrasal_verbs(claim_tokens(text)))


def fold_phrasal_verbs(tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with each phrasal predicate of ``match_predicates.toml`` read as one
    verb: "stepped down" becomes one token written "stepped" (so verb tags still
    apply) whose lemma is "resign", spanning both words, so frames and matching see the
    predicate the pair means ("was called off" → cancel, "went ahead" → proceed)."""
    table = _phrasal()

    def head_of(t: Token, nxt: Token) -> str | None:
        # Only adjacent words: "stepped, down" is no phrasal verb.
        return table.get(f"{t.lemma} {nxt.text.lower()}") if nxt.start <= t.end + 1 else None

    return _support_verbs(_change_words(fold_light_phrases(fold_word_pairs(tokens, head_of))))


@cache
def _light_phrases() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First word → (the words after it, reading) of each verb-and-noun phrase of the
    ``[light]`` table of ``match_predicates.toml`` ("lose life" → die, "go on strike" →
    strike), longest first so "go on strike" is tried before a shorter key."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key, reading in match_predicates().get("light", {}).items():
        first, *rest = key.split()
        out.setdefault(first, []).append((tuple(rest), str(reading)))
    return {k: tuple(sorted(v, key=lambda e: -len(e[0]))) for k, v in out.items()}


# Words a light verb's noun may stand behind: "made an arrest", "lost their lives".
_LIGHT_GAP = ARTICLES | POSSESSIVE_DETERMINERS
# Light verbs that say only that their noun happened (#9): "made an arrest" is an
# arrest, "staged a strike" a strike. Outside the table their predicate is the noun when
# the noun is also a verb (an act: arrest, strike, cut, vote), never the bare verb, so
# "made a cut" and "made a donation" are two predicates, not one "make" (the list:
# ``[light_verbs] noun`` of match_predicates.toml).
_NOUN_LIGHT_VERBS = light_verbs("noun")


def _word_is(t: Token, word: str) -> bool:
    """Whether ``t`` is ``word`` as written, as its lemma, or as a noun's lemma
    ("lives" lemmatises to the verb "live" but is the plural of "life")."""
    low = t.text.lower()
    return word in (low, t.lemma) or word in lemmas(low).get("NOUN", ())


def _skippable(t: Token, gap: frozenset[str], adjectives: bool) -> bool:
    """Whether ``t`` may stand between a light verb and its noun: a word of ``gap``, or
    with ``adjectives`` a lower-case word that is only an adjective or adverb ("serious
    injuries", "their own lives")."""
    low = t.text.lower()
    if low in gap:
        return True
    if not adjectives or not t.text.islower():
        return False
    forms = lemmas(low)
    return bool(forms) and set(forms) <= {"ADJ", "ADV"}


def _next_word(tokens: Sequence[Token], at: int, gap: frozenset[str]) -> int | None:
    """Index of the word after ``tokens[at]``, skipping up to two words of ``gap``; None
    when punctuation comes between (only words written next to each other join)."""
    k = at + 1
    while k < len(tokens) and tokens[k].start <= tokens[k - 1].end + 1:
        if tokens[k].text.lower() not in gap:
            return k
        if k - at > 2:
            return None
        k += 1
    return None


def _phrase_end(tokens: Sequence[Token], at: int, words: Sequence[str]) -> int | None:
    """Index of the last of ``words`` when they follow ``tokens[at]`` in order, each
    after at most two skippable words (:func:`_skippable`: "lost their lives", "suffered
    minor injuries"), all written next to each other; None otherwise."""
    k = at
    for word in words:
        skipped = 0
        while True:
            k += 1
            if k >= len(tokens) or tokens[k].start > tokens[k - 1].end + 1:
                return None
            if _word_is(tokens[k], word):
                break
            skipped += 1
            if skipped > 2 or not _skippable(tokens[k], _LIGHT_GAP, adjectives=True):
                return None
    return k


def _light_phrase_at(tokens: Sequence[Token], at: int) -> tuple[str, int] | None:
    """(reading, index of the last word) of the light-verb phrase that starts at
    ``tokens[at]``, or None. A phrase of the ``[light]`` table is read as its value; a
    verb of :data:`_NOUN_LIGHT_VERBS` with a determiner and a noun that is also a verb
    ("made an arrest", "staged a walkout") is read as that noun."""
    t = tokens[at]
    for rest, reading in _light_phrases().get(t.lemma, ()):
        last = _phrase_end(tokens, at, rest)
        if last is not None:
            return reading, last
    if t.lemma not in _NOUN_LIGHT_VERBS or "VB" not in " ".join(verb_forms(t.text.lower())):
        return None
    k = at + 1
    if k >= len(tokens) or tokens[k].text.lower() not in ARTICLES | POSSESSIVE_DETERMINERS:
        return None
    noun_at = _next_word(tokens, at, _LIGHT_GAP)
    if noun_at is None or noun_at == k:
        return None
    noun = tokens[noun_at]
    low = noun.text.lower()
    forms = lemmas(low)
    if noun.text[:1].isupper() or "VERB" not in forms or "NOUN" not in forms:
        return None
    return forms["NOUN"][0], noun_at


# Words of a figure a light verb's noun may stand behind: "made 12 arrests", "staged
# about 40 walkouts", "sustained two injuries".
_FIGURE_GAP = frozenset(
    {"about", "around", "nearly", "almost", "some", "over", "under", "roughly", "up", "to"}
    | {"more", "fewer", "less", "than", "at", "least", "most", "as", "many", "just"}
)


def light_reading(tokens: Sequence[Token], at: int) -> str:
    """What the light verb at ``tokens[at]`` means when a figure stands between it and its
    noun ("Police made 12 arrests" → arrest, "staged two walkouts" → strike), by the
    ``[light]`` table or, for :data:`_NOUN_LIGHT_VERBS`, a noun that is also a verb;
    ``""`` otherwise. Such phrases are not folded (the figure keeps its token, for what
    it counts), so the frame's predicate and the figure's verb read them here (#9)."""
    k = at + 1
    figure = False
    while (
        k < len(tokens)
        and k - at <= 5
        and (
            tokens[k].text[:1].isdigit()
            or tokens[k].text.lower() in CARDINAL_WORDS
            or tokens[k].text.lower() in _FIGURE_GAP
        )
        and tokens[k].start <= tokens[k - 1].end + 1
    ):
        figure = figure or tokens[k].text[:1].isdigit() or tokens[k].text.lower() in CARDINAL_WORDS
        k += 1
    # A bound may stand before the figure ("made up to 40 arrests", "at least 12").
    if not figure or k >= len(tokens) or not tokens[k - 1].text[:1].isalnum():
        return ""
    # The verb as if written next to the noun, so the phrase readers apply as they are.
    seq = [replace(tokens[at], end=tokens[k].start - 1), *tokens[k:]]
    for rest, reading in _light_phrases().get(seq[0].lemma, ()):
        if _phrase_end(seq, 0, rest) is not None:
            return reading
    if seq[0].lemma not in _NOUN_LIGHT_VERBS:
        return ""
    noun = seq[1]
    forms = lemmas(noun.text.lower())
    if noun.text[:1].isupper() or "VERB" not in forms or "NOUN" not in forms:
        return ""
    return forms["NOUN"][0]


def fold_light_phrases(tokens: Sequence[Token]) -> list[Token]:
    """``tokens`` with each light-verb phrase (:func:`_light_phrase_at`) read as one verb:
    one token written as the verb (so verb tags still apply) whose lemma is what the
    phrase means, spanning the phrase. "lost their lives" → die, "went on strike" →
    strike, "took part" → participate, "made an arrest" → arrest: the predicate of a
    light verb is its phrase, never the bare verb (#9)."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        found = _light_phrase_at(tokens, k)
        if found is None:
            out.append(t)
            k += 1
            continue
        reading, last = found
        out.append(replace(t, lemma=reading, norm=canonical(reading), end=tokens[last].end))
        k = last + 1
    return out


# "Incomes down 2%", "exports up by nearly 4%", "crime is down 12 per cent": news copy
# drops the verb of a change and keeps its direction; the adverb before the figure is
# read as the verb it stands for, so "down 2%" meets "rose 2%" as "fell" would.
_CHANGE_WORDS = {"up": "rise", "down": "fall"}
# Words allowed between the adverb and its figure: "by" and an approximator.
_CHANGE_GAP = frozenset(
    {"by", "about", "around", "nearly", "almost", "roughly", "some", "over", "under", "just"}
)


def _change_words(tokens: list[Token]) -> list[Token]:
    """``tokens`` with "up"/"down" right before a figure (up to two of "by" and
    approximators between) read as the verb of change they stand for: lemma "rise" or
    "fall", the text as written."""
    if not any(t.lemma in _CHANGE_WORDS for t in tokens):
        return tokens
    out = list(tokens)
    for k, t in enumerate(tokens):
        verb = _CHANGE_WORDS.get(t.text.lower())
        if verb is None:
            continue
        nxt = k + 1
        while nxt < len(tokens) and nxt - k <= 2 and tokens[nxt].text.lower() in _CHANGE_GAP:
            nxt += 1
        if (
            nxt < len(tokens)
            and tokens[nxt].text[:1] in _FIGURE_START
            and not _ORDINAL_RE.fullmatch(tokens[nxt].text)
        ):
            out[k] = replace(t, lemma=verb, norm=canonical(verb))
    return out


# "Prices saw a rise of 4%", "Sales posted a 6% increase": a verb that only says a change
# happened to its subject, before a noun of change and a figure, says what the verb of
# that change says ("Prices rose 4%"). Nouns of change spelled as their verb only.
# "face" is none of them: "Workers face a 5% cut" tells of a prospect (``PLANNED_RE``),
# not of a change that happened.
_SUPPORT_VERBS = frozenset(
    {"see", "record", "post", "register", "show", "experience", "suffer", "log"}
)
_CHANGE_NOUNS = frozenset(
    {"rise", "increase", "fall", "drop", "decline", "decrease", "jump", "surge", "gain"}
    | {"climb", "dip", "slump", "hike", "cut"}
)


def _support_verbs(tokens: list[Token]) -> list[Token]:
    """``tokens`` with a support verb (``_SUPPORT_VERBS``) read as the verb of the noun
    of change it takes ("saw a rise of 4%" → lemma "rise"), when "a"/"an" follows it and
    the noun and a figure come within the next five words: the text as written."""
    out = list(tokens)
    for k, t in enumerate(tokens[:-2]):
        if t.lemma not in _SUPPORT_VERBS or tokens[k + 1].text.lower() not in ("a", "an"):
            continue
        window = tokens[k + 2 : k + 7]
        noun = next((w for w in window[:3] if w.lemma in _CHANGE_NOUNS), None)
        if noun is not None and any(w.text[:1] in _FIGURE_START for w in window):
            out[k] = replace(t, lemma=noun.lemma, norm=canonical(noun.lemma))
    return out


# An ordinal names a place in a row, not an amount: "marched up 5th Avenue", "down to 3rd".
_ORDINAL_RE = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


_FIGURE_START = frozenset("0123456789$€£¥₹")


# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------

# Titles and calendar words are capitalised but do not name who or where.
_TITLES = frozenset(
    {
        *("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt"),
        *("sgt", "st", "jr", "sr", "inc", "ltd", "corp", "co"),
        # weekday and month names: the date reader's (one home)
        *WEEKDAY_AND_MONTH_NAMES,
        # Words of a title before a name, capitalised only at a sentence's start
        # ("Former city engineer Mara Keel", "Acting chief Ola Brin"): no name words.
        *("former", "ex", "acting", "interim", "deputy", "late"),
    }
)


def is_name(t: Token, stopwords: frozenset[str]) -> bool:
    """Capitalised mid-sentence, or sentence-initial and uninflected ("Smith won").

    A sentence-initial capital says nothing, but inflected words there ("Shares rose",
    "Officials said") are common nouns, while names do not inflect; nor is a number
    written in words ("Three shelters have been opened"), which names nothing, so such a
    claim is no more self-contained than "Shelters have been opened".
    """
    low = _bare(t.text)
    if "'" in low or "’" in low:
        return False  # contractions: "We're", "It's"
    if low in stopwords or low in _TITLES or len(low) < 2 or not t.text[:1].isupper():
        return False
    return t.capitalised or (
        len(low) > 2
        and t.lemma == low
        and low not in lexicon().synonyms
        and parse_number_words(low) is None
    )


def entity_chunks(
    tokens: Sequence[Token], stopwords: frozenset[str]
) -> tuple[tuple[str, str, str], ...]:
    """Runs of capitalised words ("Jane Smith", "Ohio River"), lower-cased, each with the
    word before and after it (its role: "_ won", "coast of _").

    Title-case headlines capitalise every word but short function words, so there
    capitals mark nothing. A sentence with many capitals but a lower-case word of
    content ("Dunmore Town beat Corran Athletic on Saturday", "The Fenwick council sued
    Halberd Motors") is a sentence with long names, and its capitals are names.
    """
    capitals = sum(1 for t in tokens if t.text[:1].isupper())
    if (
        len(tokens) >= 4
        and capitals / len(tokens) > 0.6
        and not any(
            t.text[:1].islower() and t.text.isalpha() and t.norm not in stopwords for t in tokens
        )
    ):
        return ()
    chunks: list[tuple[str, str, str]] = []
    start = None
    for k in range(len(tokens) + 1):
        t = tokens[k] if k < len(tokens) else None
        name = t is not None and is_name(t, stopwords)
        joined = t is not None and name and start is not None and t.start <= tokens[k - 1].end + 1
        if start is not None and not joined:
            words = [_bare(tokens[m].text) for m in range(start, k)]
            before = tokens[start - 1].lemma if start > 0 else ""
            after = tokens[k].lemma if k < len(tokens) else ""
            chunks.append((" ".join(words), before, after))
            start = None
        if name and start is None:
            start = k
    seen: dict[str, tuple[str, str, str]] = {}
    for chunk in chunks:
        seen.setdefault(chunk[0], chunk)
    return tuple(seen.values())


def title_nouns(text: str) -> frozenset[str]:
    """The title nouns (``_PERSON_TITLES``) ``text`` writes, lower-cased: "Judge Ola
    Brandt" → {"judge"}. A titled name is still the holder of its title, so "Judge Ola
    Brandt" meets "a judge" as a subject after :func:`untitled` has left the title out
    of the name."""
    return frozenset(w for w in re.findall(r"[a-z]+", text.lower()) if w in _PERSON_TITLES)


def untitled(name: str) -> str:
    """A name key without the title written in capitals before it ("coach sam yule",
    "president lin ober", "police chief ada roy", "prime minister ada roy" → "sam yule",
    "lin ober", "ada roy"): a title is no word of a person's name, so "Coach Sam Yule"
    and "Sam Yule" are one person and "Interim coach Paul Rhee" / "Coach Sam Yule" two
    (reader F10). The title is title modifiers (``_TITLE_MODIFIERS``) ending in title
    nouns (``_PERSON_TITLES``); at least two words must stay ("general motors", "king
    charles" keep theirs), and a name ending in a kind of place or organisation ("judge
    business school") is a name whole. The frame's names read it
    (:func:`build_frame`); the entity chunks of a claim's wording keep their words."""
    words = name.split()
    if not words or words[-1] in _NON_PERSON or words[-1] in _KIND_HEADS:
        return name
    k = 0
    while k < len(words) and words[k].strip(".") in _TITLE_MODIFIERS:
        k += 1
    if k < len(words) and words[k].strip(".") in _PERSON_TITLES:
        k += 1
        while k < len(words) and words[k].strip(".") in _PERSON_TITLES:
            k += 1  # "chief inspector", "prime minister"
        if len(words) - k >= 2:
            return " ".join(words[k:])
    return name


# Kinds of thing a capitalised name ends with ("Harbor Bridge", "Lisdale Council"): the
# last word is the head noun the name modifies, not part of what tells two of them apart.
_KIND_HEADS = frozenset(
    {
        *("bridge", "council", "school", "hospital", "depot", "plant", "factory", "mill"),
        *("station", "airport", "port", "harbour", "harbor", "stadium", "museum", "library"),
        *("prison", "court", "college", "university", "mine", "dam", "tunnel", "road"),
        *("street", "market", "park", "centre", "center", "office", "police", "club"),
        # Features of a landscape or a town (#9): "Cole Lake" and "Mere Lake" near one
        # town are two lakes, "Sorrel Lane" and "Mill Lane" two lanes.
        *("lake", "river", "canal", "beach", "bay", "forest", "valley", "hill", "lane"),
        *("reservoir", "square", "avenue", "estate", "quay", "pier", "island", "creek"),
    }
)
# Kinds of feature written before their name: "the River Aln", "Lake Orrin", "Mount Vell".
_KIND_FIRST = frozenset({"river", "lake", "mount", "loch", "lough"})


@lru_cache(maxsize=8192)
def named_heads(text: str) -> tuple[tuple[str, str], ...]:
    """(name, head noun) for each name that modifies a common noun in ``text``, in
    order, lower-cased, heads as lemmas: "the Harl bridge" → ``("harl", "bridge")``,
    "Harbor Bridge" → ``("harbor", "bridge")``, "The Brenmoor council" → ``("brenmoor",
    "council")``, "the Orlan workers" → ``("orlan", "worker")``, and a kind written
    before its name (``_KIND_FIRST``): "the River Aln" → ``("aln", "river")``.

    Two such phrases with one head and different names are two referents (the Harl
    bridge is not the Orlan bridge) wherever they stand in the sentence: subject, object
    or place. A bare name ("Smith won", "in Harl") has no head; a title-case headline
    marks no names (as :func:`entity_chunks`). Unless it ends in a kind of place
    (``_KIND_HEADS``), the name must follow a determiner (``_DETERMINERS``), so "Smith
    plants trees" is no "Smith plant"; a name opening the sentence ("Orlan workers") is
    not read either, since nothing there tells a noun after it from a verb.
    """
    core, _ = strip_attribution(strip_dateline(text))
    lex = lexicon()
    tokens = tokenize(core)
    if not entity_chunks(tokens, lex.stopwords):
        return ()
    out: list[tuple[str, str]] = []
    k = 0
    while k < len(tokens):
        if not is_name(tokens[k], lex.stopwords):
            k += 1
            continue
        j = k
        while (
            j + 1 < len(tokens)
            and is_name(tokens[j + 1], lex.stopwords)
            and tokens[j + 1].start <= tokens[j].end + 1
        ):
            j += 1
        words = [_bare(t.text) for t in tokens[k : j + 1]]
        before = tokens[k - 1].text.lower() if k > 0 else ""
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        if len(words) > 1 and words[-1] in _KIND_HEADS:
            out.append((" ".join(words[:-1]), words[-1]))
        elif len(words) > 1 and words[0] in _KIND_FIRST:
            out.append((" ".join(words[1:]), words[0]))  # "the River Aln" → aln river
        elif (
            after is not None
            and before in _DETERMINERS
            and after.text.isalpha()
            and after.text.islower()
            and after.text not in lex.stopwords
            and not after.text.endswith("ed")
            and "NOUN" in lemmas(after.text)
        ):
            out.append((" ".join(words), after.lemma))
        k = j + 1
    return tuple(out)


def owned_heads(text: str, f: Frame) -> tuple[tuple[str, str], ...]:
    """(owner, head noun) for each thing ``text`` makes a named owner's, lower-cased,
    heads as lemmas: "Nerith Pharma's trial" → ``("nerith pharma", "trial")``; a
    possessive pronoun ("its", "their", "his", "her") takes the owner it refers to —
    the named speaker when the pronoun is in the subject ("Nerith Pharma said its trial
    enrolled 1,200 patients" → ``("nerith pharma", "trial")``), the named subject ``f``
    read when it stands after the verb ("Solace Biotech expanded its trial").

    Two claims giving one head two different owners are about two things (Nerith's
    trial is not Solace's). A generic owner ("The company said its trial …") or an
    unresolved pronoun subject gives no entry, so such a claim stays comparable with a
    named one. ``f`` is the claim's frame (:func:`frame`), for its subject.
    """
    subject_owner = f.subject if f.subject_kind == "name" or f.resolved else ""
    return _owned_heads(text, f.predicate_text, subject_owner)


@lru_cache(maxsize=16384)
def _owned_heads(
    text: str, predicate_text: str, subject_owner: str
) -> tuple[tuple[str, str], ...]:
    """:func:`owned_heads` from the only parts of the frame it reads. Cached: a claim
    is compared with dozens of others in one ingest, and tokenising its text again for
    each pair was a fifth of the time of ``compare``."""
    core, speaker = strip_attribution(strip_dateline(text))
    lex = lexicon()
    tokens = tokenize(core)
    lower = core.lower()
    verb_at = lower.find(predicate_text.lower()) if predicate_text else -1
    speaker_owner = ""
    if speaker:
        chunks = entity_chunks(tokenize(speaker), lex.stopwords)
        speaker_owner = " ".join(_bare(w) for c in chunks for w in c[0].split())
    out: list[tuple[str, str]] = []
    for k, t in enumerate(tokens):
        head = _owned_noun(tokens, k + 1, lex.stopwords)
        if not head:
            continue
        word = t.text.lower()
        if word in _POSSESSIVE_PRONOUNS:
            in_subject = verb_at < 0 or t.start < verb_at
            owner = speaker_owner if in_subject else subject_owner
        elif word.endswith(("'s", "’s")) and is_name(t, lex.stopwords):
            j = k
            while (
                j > 0
                and is_name(tokens[j - 1], lex.stopwords)
                and tokens[j - 1].end + 1 >= tokens[j].start
            ):
                j -= 1
            owner = " ".join(_bare(x.text) for x in tokens[j : k + 1])
        else:
            continue
        if owner:
            out.append((owner, head))
    return tuple(out)


def _owned_noun(tokens: Sequence[Token], k: int, stopwords: frozenset[str]) -> str:
    """The lemma of the common noun at ``tokens[k]``, skipping up to two lower-case
    modifiers ("its phase three trial" → "trial"); empty when none follows."""
    for t in tokens[k : k + 3]:
        if not (t.text.isalpha() and t.text.islower()) or t.text in stopwords:
            return ""
        if "NOUN" in lemmas(t.text) and not t.text.endswith("ed"):
            return t.lemma
    return ""


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her"})


@cache
def _giving_verbs() -> frozenset[str]:
    """Lemmas of verbs that pass something to someone (``[roles] giving`` of
    match_predicates.toml): "offered nurses a rise", "paid staff a bonus"."""
    roles = match_predicates().get("roles", {})
    return frozenset(str(v) for v in roles.get("giving", ()))


# Words that open the thing given after a recipient ("offered nurses *a* rise", "paid
# staff *their* bonus") or end a recipient phrase.
_GIVEN_OPENERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
    | {"no", "any", "some", "every"}
)
_RECIPIENT_PREPOSITIONS = frozenset({"to", "for"})


def org_head(f: Frame) -> str:
    """The head noun of ``f``'s subject when it is a definite description of an
    organisation ("The council" → "council", "the health trust" → "trust"); empty for
    names, persons, pronouns and common nouns. Who did the act, read by its kind."""
    if f.subject_kind != "description" or not f.subject:
        return ""
    head = f.subject.split()[-1]
    return head if head in _ORG_HEADS else ""


def organisation_word(word: str) -> bool:
    """Whether ``word`` (a lemma) is a kind of organisation ("council", "trust",
    "hospital"): the heads :func:`_resolve` takes for a body named earlier."""
    return word in _ORG_HEADS


def recipient(f: Frame) -> tuple[str, ...]:
    """Who the main act of ``f`` passes something to, as synonym heads in reading order,
    empty when the predicate is no verb of giving (``_giving_verbs``) or no recipient is
    written: "The council offered care workers a 4.5% rise" → ``("care", "worker")``,
    "… offered a 4.5% rise to nurses" → ``("nurse",)``; the words of a name keep their
    capitals ("granted bail to Kai Lund" → ``("Kai", "Lund")``).

    Two claims of one act done for two recipients are about two things, however alike
    the rest ("offered care workers a 4.5% rise" / "offered nurses a 4.5% rise"); read
    from the words after the verb: the noun phrase between the verb and the thing given
    (which opens with a determiner or a figure), or the phrase after "to" or "for"
    that follows the thing given.
    """
    return _recipient(f.text, f.predicate, f.predicate_text)


@lru_cache(maxsize=16384)
def _recipient(text: str, predicate: str, predicate_text: str) -> tuple[str, ...]:
    """:func:`recipient` from the only parts of the frame it reads (cached per claim)."""
    if not predicate_text:
        return ()
    core, _ = strip_attribution(strip_dateline(text))
    tokens = tokenize(core)
    at = next((k for k, t in enumerate(tokens) if t.text.lower() == predicate_text.lower()), None)
    if at is None or not ({predicate, tokens[at].lemma} & _giving_verbs()):
        return ()
    lex = lexicon()
    stop = _CLAUSE_END.search(core, tokens[at].end)
    end = stop.start() if stop else len(core)
    after = [t for t in tokens[at + 1 :] if t.start < end]

    def phrase(words: Sequence[Token]) -> tuple[str, ...]:
        out: list[str] = []
        for t in words:
            low = t.text.lower()
            if not low.isalpha() or low in _RECIPIENT_PREPOSITIONS or low in _PREPOSITIONS:
                break
            if low in _GIVEN_OPENERS or low in lex.stopwords:
                if out:
                    break
                continue  # "to the nurses": the determiner before the recipient
            # A name keeps its capitals: a name and a role noun may be one person.
            out.append(t.text if t.text[:1].isupper() else t.norm)
        return tuple(out)

    # "offered care workers a 4.5% rise": lower-case words, then the thing given.
    k = 0
    while k < len(after) and after[k].text.isalpha() and after[k].text.islower():
        if after[k].text in _GIVEN_OPENERS or after[k].text in lex.stopwords:
            break
        k += 1
    if 0 < k < len(after) and (
        after[k].text.lower() in _GIVEN_OPENERS or after[k].text[:1].isdigit()
    ):
        return phrase(after[:k])
    # "offered a 4.5% rise to nurses"
    for j, t in enumerate(after):
        if t.text.lower() in _RECIPIENT_PREPOSITIONS and j > 0:
            return phrase(after[j + 1 :])
    return ()


def _bare(word: str) -> str:
    return word.lower().removesuffix("'s").removesuffix("’s")


# --------------------------------------------------------------------------------------
# The frame
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Measure:
    """One figure and what it counts.

    ``what`` is the counted thing as synonym heads ("person", "inflation"), ``text`` the
    phrase a reporter reads ("people killed"), ``predicate`` the lemma of the verb the
    figure goes with (``""`` for a copula or a verb of change such as "rose", whose figure
    measures the subject itself). ``period`` is the span a change or rate is measured
    over when the claim says it (:data:`PERIODS`: "m/m" for "rose 0.4% on the month",
    "y/y" for "3.1% year on year"); ``time`` is the date written next to this figure
    ("4% in January and 6% in February"). Both are empty when not written.
    """

    what: tuple[str, ...]
    text: str
    predicate: str
    quantity: Quantity
    period: str = ""
    time: TimeSlot | None = None
    #: The figure a change started from ("rose to 5.3%, from 5.1%": the 5.1%), an
    #: earlier period's value of the series (:func:`base_figures`), not a value the
    #: claim states now: comparison leaves it out.
    base: bool = False

    def to_dict(self) -> dict[str, Any]:
        q = self.quantity
        return {
            "what": list(self.what),
            "text": self.text,
            "predicate": self.predicate,
            "period": self.period or None,
            "time": self.time.to_dict() if self.time is not None else None,
            "base": self.base,
            "quantity": {
                "value": q.value,
                "unit": q.unit,
                "approx": q.approx,
                "high": q.high,
                "precision": q.precision,
                "modulo": q.modulo,
                "text": q.text,
                "start": q.span[0],
                "end": q.span[1],
                "shown": q.describe(),
            },
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Measure:
        q = data["quantity"]
        quantity = Quantity(
            value=float(q["value"]),
            unit=str(q["unit"]),
            approx=q["approx"],
            span=(int(q["start"]), int(q["end"])),
            text=str(q["text"]),
            precision=float(q.get("precision") or 0.0),
            high=None if q.get("high") is None else float(q["high"]),
            modulo=float(q["modulo"]) if q.get("modulo") else None,
        )
        when = data.get("time")
        return cls(
            tuple(data["what"]),
            str(data["text"]),
            str(data["predicate"]),
            quantity,
            period=str(data.get("period") or ""),
            time=TimeSlot.from_dict(when) if when else None,
            base=bool(data.get("base")),
        )


@dataclass(frozen=True, slots=True)
class TimeSlot:
    """When: a calendar date as precise as written (any of year, month, day, weekday),
    and for relative dates the days they name once anchored (``start``/``end``)."""

    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    start: date | None = None
    end: date | None = None
    #: A season or a part of the year ("spring", "autumn", "early", "late"), with the
    #: year when written ("spring 2027", "the end of 2027") or without ("by the spring");
    #: its months are :data:`PART_MONTHS`. With a month it is a third of that month
    #: ("early April", "late April", "the end of March": :data:`MONTH_THIRDS`).
    part: str | None = None
    #: The date opens a span that runs on to the time of writing ("since March", "ever
    #: since 2024", "starting in May"): a count or a state over the span, not at the date.
    since: bool = False

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

    def differs(self, other: TimeSlot) -> bool:
        """Whether no one day can be both: a field both state differently, or anchored
        ranges that do not meet, or an anchored range ("last year": 2025) and the days of
        a written date ("in 2024", "in March 2024") that do not meet."""
        if self.start and self.end and other.start and other.end:
            return self.end < other.start or other.end < self.start
        apart = self._range_against_written(other)
        if apart is not None:
            return apart
        mine, theirs = self._day_fields(), other._day_fields()
        shared = mine.keys() & theirs.keys()
        if bool(shared) and any(mine[k] != theirs[k] for k in shared):
            return True
        return self._parts_apart(other)

    def _range_against_written(self, other: TimeSlot) -> bool | None:
        """Whether an anchored range of days on one side ("last year", "this month") and
        a written calendar date with its year on the other ("in 2024") have no day in
        common; None when the two are not such a pair (other rules compare them)."""
        for ranged, written in ((self, other), (other, self)):
            if not (ranged.start and ranged.end) or ranged.start == ranged.end:
                continue
            days = written.written_days()
            if days is None:
                continue
            return ranged.end < days[0] or days[1] < ranged.start
        return None

    def written_days(self) -> tuple[date, date] | None:
        """(first, last) day of a written calendar date with its year ("2024" → the whole
        year, "March 2024" → March, "3 March 2024" → that day), or None for an anchored,
        yearless or seasonal slot (its days are not the calendar's alone)."""
        if self.start or self.year is None or self.part:
            return None
        year = self.year
        try:
            if self.month is None:
                return date(year, 1, 1), date(year, 12, 31)
            if self.day is None:
                last = calendar.monthrange(year, self.month)[1]
                return date(year, self.month, 1), date(year, self.month, last)
            day = date(year, self.month, self.day)
        except ValueError:  # a date the calendar lacks ("30 February") names no day
            return None
        return day, day

    @property
    def calendar_year(self) -> int | None:
        """The year when the slot is one whole calendar year, written ("in 2024") or
        anchored ("last year" in an article of 2026 is 1 January to 31 December 2025),
        else None."""
        if self.start and self.end:
            whole = (self.start.month, self.start.day, self.end.month, self.end.day)
            same = self.start.year == self.end.year
            return self.start.year if same and whole == (1, 1, 12, 31) else None
        return self.year if self.grain == "year" else None

    def _parts_apart(self, other: TimeSlot) -> bool:
        """Two parts of a year with no month in common ("spring" / "autumn", "early" /
        "late"), or a part and a month outside it ("spring" / "in October"), the years
        agreeing or unsaid (a year that differs is caught by the fields); or two thirds of
        one month ("early April" / "late April", :meth:`month_parts_apart`)."""
        if self.month is not None and other.month is not None:
            return self.month_parts_apart(other)
        # A month with a part is that month against a part of a year.
        mine = PART_MONTHS.get(self.part or "") if self.month is None else None
        theirs = PART_MONTHS.get(other.part or "") if other.month is None else None
        if mine and theirs:
            return not mine & theirs
        if mine and other.month is not None:
            return other.month not in mine
        if theirs and self.month is not None:
            return self.month not in theirs
        return False

    def month_parts_apart(self, other: TimeSlot) -> bool:
        """One month, the years agreeing or unsaid, in two thirds of it ("early April" /
        "late April"), or a third and a day outside it ("late April" / "April 3")."""
        if self.month is None or self.month != other.month:
            return False
        if self.year is not None and other.year is not None and self.year != other.year:
            return False
        mine = MONTH_THIRDS.get(self.part or "")
        theirs = MONTH_THIRDS.get(other.part or "")
        if mine and theirs:
            return mine != theirs
        if mine and other.day is not None:
            return not mine[0] <= other.day <= mine[1]
        if theirs and self.day is not None:
            return not theirs[0] <= self.day <= theirs[1]
        return False

    def _day_fields(self) -> dict[str, int]:
        """The stated fields, or for an anchored single day its calendar fields, so
        "yesterday" (March 9) can be held against "on March 7"."""
        if not self.fields() and self.start and self.start == self.end:
            day = self.start
            return {"year": day.year, "month": day.month, "day": day.day, "weekday": day.weekday()}
        return self.fields()

    def same(self, other: TimeSlot) -> bool:
        """Both state a field and agree on every field both state."""
        if self.start and self.end and other.start and other.end:
            return not self.differs(other)
        mine, theirs = self._day_fields(), other._day_fields()
        shared = mine.keys() & theirs.keys()
        return (
            bool(shared)
            and all(mine[k] == theirs[k] for k in shared)
            and not self.month_parts_apart(other)
        )

    @property
    def grain(self) -> str:
        """The finest field stated: "day", "month" or "year" ("" if none)."""
        if self.day is not None or self.weekday is not None:
            return "day"
        if self.start and self.end:
            return "day" if self.start == self.end else "range"
        if self.month is not None:
            return "month"
        if self.part:
            return "season"
        return "year" if self.year is not None else ""

    def describe(self) -> str:
        if self.start and self.end and not self.fields():
            shown = self.start.isoformat()
            if self.end != self.start:
                shown += f"/{self.end.isoformat()}"
            return f"{self.text} ({shown})"
        return self.text

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, **self.fields()}
        if self.part:
            out["part"] = self.part
        if self.since:
            out["since"] = True
        if self.start and self.end:
            out["from"] = self.start.isoformat()
            out["to"] = self.end.isoformat()
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimeSlot:
        return cls(
            text=str(data["text"]),
            year=data.get("year"),
            month=data.get("month"),
            day=data.get("day"),
            weekday=data.get("weekday"),
            start=date.fromisoformat(data["from"]) if data.get("from") else None,
            end=date.fromisoformat(data["to"]) if data.get("to") else None,
            part=data.get("part"),
            since=bool(data.get("since")),
        )

    @classmethod
    def from_mention(cls, mention: DateMention) -> TimeSlot:
        return cls(mention.text, mention.year, mention.month, mention.day, mention.weekday)


#: The months of each season (meteorological, northern: the convention of
#: normalize's relative seasons) and of each part of a year a deadline names ("early
#: 2027" is January to April, "the end of 2027" September to December).
PART_MONTHS: dict[str, frozenset[int]] = {
    "spring": frozenset({3, 4, 5}),
    "summer": frozenset({6, 7, 8}),
    "autumn": frozenset({9, 10, 11}),
    "winter": frozenset({12, 1, 2}),
    "early": frozenset({1, 2, 3, 4}),
    "mid": frozenset({5, 6, 7, 8}),
    "late": frozenset({9, 10, 11, 12}),
    # Quarters of a (calendar) year: "the first quarter", "Q3 2026".
    "first quarter": frozenset({1, 2, 3}),
    "second quarter": frozenset({4, 5, 6}),
    "third quarter": frozenset({7, 8, 9}),
    "fourth quarter": frozenset({10, 11, 12}),
}
#: The days of each third of a month a part names ("early April" is April 1-10, "the
#: end of March" March 21-31): our own convention, the usual reading of "early", "mid"
#: and "late" in news copy.
MONTH_THIRDS: dict[str, tuple[int, int]] = {
    "early": (1, 10),
    "mid": (11, 20),
    "late": (21, 31),
}
_PART_WORDS = {
    "fall": "autumn",
    "start": "early",
    "beginning": "early",
    "middle": "mid",
    "end": "late",
}


@dataclass(frozen=True, slots=True)
class Frame:
    """A claim read into slots; see the module docstring. Every slot may be empty.

    ``subject`` is lower-cased (a name, or the head words of a noun phrase);
    ``subject_text`` is how the claim wrote it ("He"), ``resolved`` true when it was
    taken from the document ("He" → "ada brook"). ``names`` are the names in the main
    statement (speaker excluded), ``kind`` of the subject is "name", "pronoun",
    "description" (a definite noun phrase such as "the company") or "noun" (a common
    noun phrase such as "sales", "no deaths").
    """

    text: str
    subject: str = ""
    subject_text: str = ""
    subject_kind: str = ""
    resolved: bool = False
    predicate: str = ""
    predicate_text: str = ""
    polarity: int = 1
    modality: Modality = "asserted"
    voice: Voice = "active"
    agent: str = ""
    patient: str = ""
    measures: tuple[Measure, ...] = ()
    time: tuple[TimeSlot, ...] = ()
    place: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    comparison: tuple[str, str, str] | None = None
    speaker: str = ""
    #: The unvetted carrier that reports the statement without anyone asserting it ("A
    #: viral post", "Social media users", "A rumour circulating online"): see
    #: :func:`carried_claim`. Such a claim never corroborates nor disputes what it reports.
    carrier: str = ""
    refutes: Frame | None = None
    refuted_by: str = ""
    self_contained: bool = False
    #: The publication date of the claim's article (``FrameContext.published``): the
    #: time of a claim that names none of its own, and the day relative dates count from.
    published: date | None = None
    #: (key, as written) for each name of the frame whose written form differs from its
    #: lower-cased key (``names``, ``place``, ``agent``, ``patient``, a named or resolved
    #: ``subject``): "brenmoor council" → "Brenmoor council", "ewan mclean" → "Ewan
    #: McLean". Keys stay what matching compares; reasons quote :meth:`as_written`.
    written: tuple[tuple[str, str], ...] = ()
    #: Two or more people of the subject's surname named in the claim's article ("ann
    #: morrow", "ben morrow"), lower-cased full names: a bare "Morrow" there may be
    #: either (:func:`namesakes`). Empty when the article names one such person or none.
    namesakes: tuple[str, ...] = ()

    def as_written(self, key: str) -> str:
        """``key`` (a lower-cased name of this frame) as the claim or its article wrote
        it; ``key`` itself when it was written so or is not a name of the frame."""
        for k, shown in self.written:
            if k == key:
                return shown
        return key

    def to_dict(self) -> dict[str, Any]:
        """JSON form (the ``frame`` field of ``show --json`` and ``analyze --json``)."""
        return {
            "subject": self.subject or None,
            "subject_text": self.subject_text or None,
            "subject_kind": self.subject_kind or None,
            "resolved": self.resolved,
            "predicate": self.predicate or None,
            "predicate_text": self.predicate_text or None,
            "polarity": self.polarity,
            "modality": self.modality,
            "voice": self.voice,
            "agent": self.agent or None,
            "patient": self.patient or None,
            "measures": [m.to_dict() for m in self.measures],
            "time": [t.to_dict() for t in self.time],
            "place": list(self.place),
            "names": list(self.names),
            "comparison": (
                {
                    "ahead": self.comparison[0],
                    "word": self.comparison[1],
                    "behind": self.comparison[2],
                }
                if self.comparison
                else None
            ),
            "speaker": self.speaker or None,
            "carrier": self.carrier or None,
            "refutes": self.refutes.to_dict() | {"text": self.refutes.text}
            if self.refutes
            else None,
            "refuted_by": self.refuted_by or None,
            "self_contained": self.self_contained,
            "published": self.published.isoformat() if self.published else None,
            "written": dict(self.written),
            "namesakes": list(self.namesakes),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], text: str = "") -> Frame:
        """Inverse of :meth:`to_dict`; ``text`` is the claim's text (not stored twice)."""
        comparison = data.get("comparison")
        refutes = data.get("refutes")
        return cls(
            text=text or str(data.get("text") or ""),
            subject=data.get("subject") or "",
            subject_text=data.get("subject_text") or "",
            subject_kind=data.get("subject_kind") or "",
            resolved=bool(data.get("resolved")),
            predicate=data.get("predicate") or "",
            predicate_text=data.get("predicate_text") or "",
            polarity=int(data.get("polarity", 1)),
            modality=data.get("modality") or "asserted",
            voice=data.get("voice") or "active",
            agent=data.get("agent") or "",
            patient=data.get("patient") or "",
            measures=tuple(Measure.from_dict(m) for m in data.get("measures") or ()),
            time=tuple(TimeSlot.from_dict(t) for t in data.get("time") or ()),
            place=tuple(data.get("place") or ()),
            names=tuple(data.get("names") or ()),
            comparison=(
                (comparison["ahead"], comparison["word"], comparison["behind"])
                if comparison
                else None
            ),
            speaker=data.get("speaker") or "",
            carrier=data.get("carrier") or "",
            refutes=cls.from_dict(refutes) if refutes else None,
            refuted_by=data.get("refuted_by") or "",
            self_contained=bool(data.get("self_contained")),
            published=date.fromisoformat(data["published"]) if data.get("published") else None,
            written=tuple(sorted((data.get("written") or {}).items())),
            namesakes=tuple(data.get("namesakes") or ()),
        )

    def describe(self) -> list[tuple[str, str]]:
        """(slot, value) rows for a terminal: only the slots that are filled."""
        rows: list[tuple[str, str]] = []
        if self.subject:
            shown = self.subject
            if self.resolved:
                shown += f' (from "{self.subject_text}")'
            rows.append(("subject", shown))
        if self.predicate:
            bits = [self.predicate if self.polarity > 0 else f"not {self.predicate}"]
            if self.modality != "asserted":
                bits.append(self.modality)
            if self.voice == "passive":
                bits.append("passive")
            rows.append(("predicate", ", ".join(bits)))
        if self.agent or self.patient:
            rows.append(("roles", f"{self.agent or '?'} → {self.patient or '?'}"))
        for m in self.measures:
            rows.append(("measure", f"{m.text or '?'}: {m.quantity.describe()}"))
        for t in self.time:
            rows.append(("time", t.describe()))
        for p in self.place:
            rows.append(("place", p))
        if self.comparison:
            ahead, word, behind = self.comparison
            rows.append(("comparison", f"{ahead} {word} than {behind}"))
        if self.speaker:
            rows.append(("speaker", self.speaker))
        if self.carrier:
            rows.append(("reported by", f"{self.carrier} (not asserted)"))
        if self.refutes:
            rows.append(("refutes", f'"{self.refutes.text}" ({self.refuted_by})'))
        rows.append(("self-contained", "yes" if self.self_contained else "no (needs its article)"))
        return rows


# Parsed stored frames kept in memory (a few KB each).
STORED_FRAME_CACHE = 20_000


def stored_frame(value: str, text: str, claim_id: object) -> Frame:
    """A claim's frame as stored in ``claims.frame`` (JSON of :meth:`Frame.to_dict`),
    ``text`` being the claim's text: the one reader of that column's frames (matching,
    re-anchoring dates, ClaimReview ratings).

    Raises StorageError, one line naming the row, when the value is not a frame: no JSON,
    or JSON not of the shape ``stored.COLUMN_SHAPES`` gives (a subject that is a number,
    a measure without its quantity), so a damaged row never surfaces as a traceback deep
    in matching (tester12b F1).
    """
    try:
        return _stored_frame(value, text)
    except (ValueError, RecursionError, TypeError, KeyError, AttributeError):
        # The shape check names the fault; what it lets through and from_dict still
        # refuses (a bad calendar day in a time slot) is named as a whole.
        stored_column(value, table="claims", column="frame", row_id=claim_id)
        raise damaged("claims", claim_id, "frame", "is not a frame") from None


@lru_cache(maxsize=STORED_FRAME_CACHE)
def _stored_frame(value: str, text: str) -> Frame:
    """A stored frame read back, once per distinct (frame, text): a stored claim is a
    candidate of many new ones, and parsing its JSON each time was a tenth of ingest.
    Frames are immutable, so sharing one object between callers is safe. Raises
    ValueError for a value of the wrong shape (named by :func:`stored_frame`)."""
    data = json.loads(value)
    if not isinstance(data, dict) or shape_fault(data, COLUMN_SHAPES[_FRAME_COLUMN][0]):
        raise ValueError("not a frame")
    return Frame.from_dict(data, text)


_FRAME_COLUMN = ("claims", "frame")


@dataclass(frozen=True, slots=True)
class FrameContext:
    """What a claim's article says before it: the text up to the claim (or the earlier
    claims joined) and the publication date, for pronouns and relative dates."""

    preceding: str = ""
    published: date | None = None
    #: The sentence right after the claim when it is a bare verdict on it ("This is
    #: false.", "There is no evidence for this."): :func:`verdict_after`.
    verdict: str = ""


# --------------------------------------------------------------------------------------
# Reading a claim into a frame
# --------------------------------------------------------------------------------------

_PRONOUNS = frozenset({"he", "she", "they", "it", "him", "her", "them", "we", "i", "you"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_AUX = frozenset(
    {
        *("be", "is", "are", "was", "were", "been", "being", "am"),
        *("has", "have", "had", "having"),
        *("do", "does", "did"),
        *("will", "would", "shall", "should", "can", "could", "may", "might", "must"),
        *("'ll", "'s", "'ve", "'re", "'d"),
    }
)
_MODAL_POSSIBLE = frozenset({"may", "might", "could", "can"})
# Words of a plan or forecast: the frame's "planned" modality, and the relation's test
# that one claim says what will happen and the other what did (relation._planned).
PLANNED_RE = re.compile(
    # A negated contraction plans as its auxiliary does ("won't sign" as "will not").
    r"\b(?:will|would|shall|'ll|won['’]t|wouldn['’]t|shan['’]t|intends?\s+to|plans?\s+to|planned\s+to|aims?\s+to"
    # A pledge or a target: "pledged to build", "a target of 40%", "its goal of 500".
    r"|(?:pledged|promised|vowed|proposes|proposed|aimed|intended)\s+to"
    r"|(?:a|an|the|its|their|his|her)\s+(?:target|goal)\s+(?:of|to)"
    r"|(?:is|are|was|were)\s+(?:expected|set|scheduled|going)\s+to"
    # A prospect: "Workers face a pay cut", "the firm is facing fines" say what may come,
    # not what happened ("faced" is left alone: it may tell of a past ordeal).
    r"|(?:faces?|facing)\s+(?:a|an|the|their|its|his|her|possible|further|more|new|\d)"
    # "is due to open" plans; "was due to a sales slump" gives a cause.
    r"|(?:is|are|was|were)\s+due\s+to(?!\s+(?:a|an|the|its|their|his|her|this|that|these"
    r"|those|poor|bad|low|high|heavy|strong|weak|rising|falling)\b)"
    # A forecast by someone: "expected inflation to fall", "forecast that rents will",
    # "predicts prices to ease", "projected a deficit of".
    r"|(?:expects?|expected|expecting|forecasts?|forecasted|predicts?|predicted|projects?"
    r"|projected|anticipates?|anticipated)\s+(?:(?!(?:that|and|but)\b)[\w'-]+\s+){1,4}to"
    r"|(?:forecasts?|forecasted|predicts?|predicted|projected|expects?|expected)\s+that)\b",
    re.IGNORECASE,
)
# Verbs whose figure measures the subject ("Inflation fell to 3.1%", "Turnout was 61%"):
# the verb says how the figure changed or stands, not what is counted.
_LEVEL_VERBS = frozenset(
    {
        *("be", "rise", "fall", "increase", "decrease", "grow", "shrink", "climb", "drop"),
        *("reach", "stand", "total", "hit", "remain", "stay", "jump", "slip", "surge"),
        *("plunge", "soar", "decline", "gain", "lose", "dip", "ease", "edge", "top"),
        *("double", "halve", "slide", "tumble", "rebound", "recover", "peak", "crest"),
    }
)
# Verbs that state a level only with "at" before the figure ("held steady at 7.4%",
# "sat at 4%", "settled at 3.2%"); otherwise their figure counts an object.
_AT_LEVEL_VERBS = frozenset({"hold", "sit", "settle", "steady", "stabilise", "stabilize"})
_AT_LEVEL_RE = re.compile(
    r"\b(?:held|holds|holding|hold|sat|sits|settled|settles|steadied|stabili[sz]ed)"
    r"(?:\s+(?:steady|firm|flat|unchanged|broadly|roughly|largely))*\s+at\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)
# Light verbs whose figure is counted by what its complement says happened: "left 300
# people homeless", "put 40 people in hospital", "sent 12 to hospital", "made 30 ill"
# (``[light_verbs] result`` of match_predicates.toml).
_LIGHT_VERBS = light_verbs("result")
_PREPOSITIONS = frozenset(
    {"for", "of", "in", "on", "at", "with", "from", "by", "about", "into", "over", "under"}
)
_LOCATIVE = frozenset({"in", "at", "near", "outside", "off", "across", "from", "inside"})
# Articles, demonstratives and possessives (claim_lexicon): a word after one heads or
# modifies a noun phrase.
_DETERMINERS = ARTICLES | DEMONSTRATIVES | POSSESSIVE_DETERMINERS
# Heads of definite descriptions that stand for an organisation named earlier.
_ORG_HEADS = frozenset(
    {
        *("company", "firm", "group", "council", "government", "ministry", "department"),
        *("agency", "authority", "bank", "airline", "club", "team", "union", "party"),
        *("court", "board", "committee", "university", "hospital", "school", "city"),
        *("county", "state", "regulator", "insurer", "carrier", "operator", "retailer"),
        *("manufacturer", "maker", "charity", "organisation", "organization", "network"),
        *("utility", "administration", "commission", "parliament", "assembly", "service"),
        "trust",
    }
)
# Words that make a capitalised run an organisation or a place rather than a person.
_NON_PERSON = _ORG_HEADS | frozenset(
    {
        *("inc", "corp", "ltd", "llc", "plc", "co", "holdings", "industries", "airlines"),
        *("bridge", "river", "street", "road", "lake", "mountain", "island", "valley"),
        *("north", "south", "east", "west", "province", "district", "region", "port"),
        *("police", "news", "times", "post", "wire", "press", "daily", "herald"),
    }
)
_PERSON_TITLES = frozenset(
    {
        *("mr", "mrs", "ms", "dr", "judge", "mayor", "minister", "president", "senator"),
        *("governor", "chancellor", "chief", "officer", "sergeant", "detective", "justice"),
        *("prime", "secretary", "councillor", "councilor", "rep", "sen", "gov", "prof"),
        # titles of office, rank, faith and sport written before a name (reader F10:
        # "Coach Sam Yule", "Captain Ivo Lind" are Sam Yule and Ivo Lind)
        *("coach", "manager", "captain", "skipper", "director", "chairman", "chairwoman"),
        *("professor", "inspector", "constable", "commissioner", "superintendent"),
        *("sheriff", "ambassador", "colonel", "lieutenant", "commander", "admiral"),
        *("bishop", "pastor", "reverend", "rabbi", "imam", "cardinal", "king", "queen"),
        *("prince", "princess", "sir", "dame", "striker", "goalkeeper", "midfielder"),
        *("defender", "winger", "referee", "spokesman", "spokeswoman", "headteacher"),
    }
)
# Words that open a title before its noun ("Police Chief", "Vice President", "Prime
# Minister", "Head Coach"), no part of a name when a title noun follows them.
_TITLE_MODIFIERS = frozenset(
    {"police", "vice", "prime", "head", "assistant", "senior", "team", "fire", "army"}
)
_CLAUSE_END = re.compile(
    # a colon between digits is a clock time's ("4:15 a.m."), no break of a clause
    r"[,;()]|:(?!\d)|(?<!\d):"
    r"|\s(?:and|but|while|whereas|or|versus|vs\.?|than|after|because|when|before)\s",
    re.IGNORECASE,
)
_OPENER_RE = re.compile(
    r"^\s*(?:(?:on|in|at|by|after|before|during|since|last|this|earlier|later|yesterday"
    r"|today|overnight|meanwhile|however|separately|shortly|moments|within|until"
    # "Late on Friday,", "Early this morning,": not "Early results, …" (a noun phrase)
    r"|(?:late|early)(?=\s+(?:on|in|at|this|last|that|yesterday|today|tonight|morning"
    r"|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))"
    r"\b[^,]{0,60},\s*"
    # a sentence adverb without its comma before the subject: "Later the mayor closed …"
    r"|" + _SENTENCE_ADVERB + r"\s+(?=" + _NOUN_PHRASE_START + r"))",
    re.IGNORECASE,
)
# A fronted clause of purpose or circumstance before the subject: "To verify the claims,
# the agency …", "Faced with rising costs, the council …", "Hoping to cut delays, …". A
# participle must lead a phrase, so "Speeding drivers, …" keeps its subject.
_FRONTED_CLAUSE_RE = re.compile(
    r"\s*(?:to\s+[a-z]+|[a-z]+(?:ing|ed)\s+(?:with|to|by|at|on|in|for|from|about|that|the"
    r"|a|an|its|their|his|her))\b[^,;:]{0,150},\s*",
    re.IGNORECASE,
)
_COMPARATIVE_RE = re.compile(
    r"\b(?P<word>more|fewer|less|[a-z]{3,}er)\b(?P<rest>[^.;]{0,60}?)\bthan\s+"
    r"(?P<behind>(?:the\s+|a\s+|an\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3})",
    re.IGNORECASE,
)
# Where the side after "than" ends: a time, a place phrase, a clause or an attribution
# ("than exports to Spain last year", "than cold in winter", "than Lind, officials said").
_BEHIND_END = frozenset(
    {
        "in", "on", "at", "last", "this", "next", "during", "since", "after", "before",
        "by", "for", "when", "while", "and", "but", "or", "said", "says", "according",
        "because", "as", "if", "with",
    }
)

# Refuting frames: the claim reports X in order to reject it. Each pattern names X as
# ``x``; the first that matches wins. Sources: the refutation phrasings the issue lists
# and the wording of denial headlines in news (deny/dismiss/reject/debunk + claims that).
_FALSE_WORDS = (
    r"(?:false|untrue|not\s+true|fake|baseless|unfounded|incorrect|inaccurate|wrong"
    r"|a\s+hoax|hoaxes|a\s+myth|myths|a\s+fabrication|fabricated|bogus|debunked"
    r"|(?:a\s+)?misinformation|disinformation|nonsense|groundless|erroneous|mistaken)"
)
_REPORT_NOUNS = (
    r"(?:claims?|reports?|rumou?rs?|allegations?|suggestions?|speculation|stories|story"
    r"|posts?|assertions?|accounts?|messages?|videos?)"
)
_REFUTING_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "fact-check",
        re.compile(
            r"^\s*(?:an?|the|one)\s+(?:viral\s+|online\s+|social\s+media\s+)?"
            r"(?:post|video|message|tweet|image|photo|meme|article|claim|story)\w*\s+"
            r"(?:that\s+\w+\s+)?(?:claims?|claimed|says|said|suggests?|suggested|shows?)\s+"
            r"(?:that\s+)?(?P<x>.+?)\s*(?:[.;,…:—–-]+|\.\.\.)\s*(?:but\s+)?"
            r"(?:this|that|it|the\s+claim|the\s+post|the\s+video)\s+(?:is|was)\s+(?:\w+\s+)?"
            + _FALSE_WORDS
            + r"\b",
            re.IGNORECASE,
        ),
    ),
    (
        "called false",
        re.compile(
            # "Rumours on social media that …": a phrase of up to six words without
            # "that" may stand between the noun and its clause (tester9c)
            r"^\s*(?:the\s+)?" + _REPORT_NOUNS
            + r"(?:(?:\s+(?!that\b)[\w'’-]+){1,6}?(?=\s+that\b))?"
            r"\s+(?:that\s+)?(?P<x>.+?)\s+"
            r"(?:are|is|were|was|have\s+been|has\s+been)\s+(?:\w+\s+)?" + _FALSE_WORDS + r"\b",
            re.IGNORECASE,
        ),
    ),
    (
        "no evidence",
        re.compile(
            r"\bthere\s+(?:is|was|has\s+been|have\s+been)\s+no\s+(?:\w+\s+)?evidence\s+"
            r"(?:that|to\s+suggest\s+that|to\s+suggest|to\s+support\s+(?:claims?\s+)?that)\s+"
            r"(?P<x>.+)",
            re.IGNORECASE,
        ),
    ),
    (
        "no truth",
        re.compile(
            r"\bthere\s+(?:is|was|has\s+been)\s+(?:no|not\s+a\s+shred\s+of)\s+truth\s+"
            r"(?:to|in|behind)\s+(?:the\s+)?" + _REPORT_NOUNS + r"\s+(?:that\s+)?(?P<x>.+)",
            re.IGNORECASE,
        ),
    ),
    (
        "denied",
        re.compile(
            r"\b(?:denied|denies|deny|denying|dismissed|dismisses|dismissing|rejected|rejects"
            r"|refuted|refutes|debunked|debunks|disputed|disputes|rubbished|rubbishes"
            # the plain form after "did not", "to", "they" ("didn't dispute that")
            r"|dispute|refute|reject|dismiss|debunk|rubbish"
            r"|shot\s+down|knocked\s+down|slammed|quashed|quashes)\s+"
            r"(?:(?:the\s+|as\s+)?(?:widespread\s+|online\s+|media\s+|news\s+)?"
            + _REPORT_NOUNS
            + r"\s+(?:that|of|about|(?=\w+\s+(?:is|was|were|are|had|has|will)\b))\s*|that\s+)"
            r"(?P<x>.+)",
            re.IGNORECASE,
        ),
    ),
    (
        "called false",
        re.compile(
            r"^\s*(?P<x>.+?)\s+(?:is|are|was|were)\s+" + _FALSE_WORDS + r"\s*[.!]?\s*$",
            re.IGNORECASE,
        ),
    ),
)


# A participle clause closing a denial ("…, calling them a hoax", "…, saying she had
# no plans to"): the denier's act, no part of the clause denied.
_DENIER_PARTICIPLE_RE = re.compile(r",\s+(?P<verb>[a-z]+ing)\b.*$", re.DOTALL)


def _without_denier_participle(x: str) -> str:
    """``x``, the clause a speaker denies, without a trailing participle clause that is
    the speaker's ("dismissed reports that she had resigned, calling them "a hoax"" denies
    "she had resigned"; the reason quoted "… had resigned, calling them "a hoax""). A
    participle that is a preposition ("including", "following") stays with the clause."""
    found = _DENIER_PARTICIPLE_RE.search(x)
    if found is None or found["verb"] in PREPOSITION_PARTICIPLES:
        return x
    if "VBG" not in verb_forms(found["verb"]):
        return x
    return x[: found.start()].rstrip(" ,")


# "… and said he would stay": a reporting verb in the past coordinated after a denied
# clause is the denier's next act, no part of the clause denied.
_DENIER_ACT_RE = re.compile(r",?\s+and\s+(?P<verb>[a-z]+)\b.*$", re.DOTALL)


def _without_denier_act(x: str) -> str:
    """``x``, the clause a speaker denies, without a coordinated predicate that is the
    speaker's: "Reyl denied that he had conceded defeat and said he would ask for a
    recount" denies "he had conceded defeat" (the reason quoted "… and said he would
    ask …", and the pair met nothing; tester9c). Only a past reporting verb after "and"
    counts ("said", "added", "vowed"); "had hit and kicked the man" keeps its verbs."""
    found = _DENIER_ACT_RE.search(x)
    if found is None or found.start() == 0:
        return x
    verb = found["verb"]
    if not ({"VBD"} & verb_forms(verb) and verb_lemmas(verb) & _REPORTING_LEMMAS):
        return x
    return x[: found.start()].rstrip(" ,")


_REPORTING_LEMMAS = LEXICON["reporting_verbs"] | {"vow", "promise", "call", "urge", "pledge"}


#: Words ending in -ing that are prepositions ("including", "following"): they open no
#: participle clause of their own.
PREPOSITION_PARTICIPLES = frozenset(
    {"including", "according", "following", "regarding", "concerning", "excluding", "during"}
)


def _first_person_speaker(subject: str, kind: str, speaker: str) -> str | None:
    """The subject key of a quotation's "I" when its speaker is named ('"I have not
    resigned," Barrow told reporters' is about Barrow, so it denies "Ilse Barrow
    resigned"), else None. Only a speaker written as a name (capitalised words, a title
    before it allowed) is a person who says "I"; "we" may be the speaker's group, and a
    vague speaker ("a source") names nobody, so both stay as they are."""
    if kind != "pronoun" or subject != "i" or not speaker:
        return None
    words = speaker.split()
    if not words or not all(w[:1].isupper() for w in words[-2:]):
        return None
    return _FIRST_PERSON_NAME_RE.sub("", speaker).strip().casefold() or None


# Words before a speaker's name that are no part of it ("the", "Mayor" stays: a title)
_FIRST_PERSON_NAME_RE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


# A negator or a "declined to" right before a refuting verb or false word ("did not
# deny that X", "has never disputed", "declined to deny", "neither confirmed nor denied",
# "is not untrue"): the speaker withholds the denial, so nothing is called false.
# Adverbs may stand between ("did not immediately deny", "never once disputed").
_NEGATED_REFUTER_RE = re.compile(
    r"(?:(?:\b(?:not|never|neither|nor|no\s+longer)|n['’]t)"
    r"|\b(?:declin|refus|fail|hesitat|stopp)\w*\s+(?:short\s+of|to))"
    r"\s+(?:(?:\w+ly|once|yet|even|ever|so\s+far)\s+)*$",
    re.IGNORECASE,
)
# The same inside "Claims that X are not false": a negator before the false word (the
# false word "not true" itself excepted).
_NEGATED_FALSE_WORD_RE = re.compile(r"(?:\bnot|n['’]t|\bnever)\s+(?!true\b)\w", re.IGNORECASE)


def _refuter_negated(before: str) -> bool:
    """True when the text ``before`` a refuting verb or false word ends in a negator or a
    "declined/refused to" that withholds the refutation (:data:`_NEGATED_REFUTER_RE`):
    "The ministry did not deny that X" is a non-denial, no claim that X is false."""
    return _NEGATED_REFUTER_RE.search(before) is not None


# "It is not untrue that X", "It was not false to say that X": a double negation over a
# clause asserts the clause (litotes).
_AFFIRMED_CLAUSE_RE = re.compile(
    r"^\W*(?:(?:but|and|yet|so)\s+)?it\s+(?:is|was|'s|’s)\s+(?:not|n['’]t)\s+"
    r"(?:untrue|false|incorrect|inaccurate|wrong|mistaken|unfounded|baseless)\s+"
    r"(?:to\s+say\s+)?(?:that\s+)?(?P<x>\w.+)",
    re.IGNORECASE,
)


def _withheld_denial(core: str) -> tuple[str, str] | None:
    """(who, X) when ``core`` withholds a denial of X ("The ministry did not deny that
    troops crossed the border", "… has never disputed reports that …", "… declined to
    deny that …", "… neither confirmed nor denied that …"), else None. Nobody asserts
    X there and nobody calls it false: the claim is read as X carried by ``who`` (the
    text before the negated verb, "The ministry"), so it neither disputes nor firmly
    corroborates what others say of X (see ``Frame.carrier``)."""
    for how, pattern in _REFUTING_PATTERNS:
        if how != "denied":
            continue
        match = pattern.search(core)
        if match is None:
            continue
        before = core[: match.start()]
        negator = _NEGATED_REFUTER_RE.search(before)
        if negator is None:
            return None
        x = match.group("x").strip(" ,.;:…\"'“”‘’")
        if len(x.split()) < 2:
            return None
        x = _with_denier(before, _without_denier_act(_without_denier_participle(x)))
        who = before[: negator.start()].strip(" ,")
        who = re.sub(r"\s+(?:did|does|do|has|have|had|was|is|were|are|would|will|could)$",
                     "", who, flags=re.IGNORECASE)
        return f"{who or 'a speaker'} (no denial)", x
    return None


def _affirmed_clause(core: str) -> str | None:
    """The clause that a double negation opening ``core`` asserts ("It is not untrue
    that the dam leaked" → "the dam leaked"; :data:`_AFFIRMED_CLAUSE_RE`), else None."""
    found = _AFFIRMED_CLAUSE_RE.match(core)
    if found is None or len(found["x"].split()) < 2:
        return None
    return found["x"]


def _refutation(core: str) -> tuple[str, str] | None:
    """(X, how) when ``core`` reports X to reject it, else None. A refuting verb or
    false word under negation or "declined to" ("did not deny that X", "never disputed
    X", "declined to deny X", "claims that X are not false") rejects nothing: None."""
    ruled_out = _ruled_out(core)
    if ruled_out is not None:
        return ruled_out, "ruled out"
    for how, pattern in _REFUTING_PATTERNS:
        match = pattern.search(core)
        if not match:
            continue
        if _refuter_negated(core[: match.start()]) or (
            how == "called false"
            and _NEGATED_FALSE_WORD_RE.search(core[match.end("x") : match.end()])
        ):
            return None
        x = match.group("x").strip(" ,.;:…\"'“”‘’")
        # "The report is false" rejects a thing, not a statement: nothing to compare. A
        # "that"-clause is a statement however short ("The report that Morrow resigned").
        clause = bool(re.search(r"\bthat\s+$", core[: match.start("x")], re.IGNORECASE))
        if len(x.split()) < (2 if clause else 3):
            continue
        if how == "denied":
            x = _without_denier_act(_without_denier_participle(x))
            x = _with_denier(core[: match.start()], x)
        return x, how
    # Headlines and posts reject a claim in fewer words ("Culkin death hoax spreads",
    # "Durex pumpkin spice condom a figment", "Rumour put to rest"): the claim is what
    # remains once the debunking words are taken out.
    cue = _DEBUNK_RE.search(core)
    if cue and not _refuter_negated(core[: cue.start()]):
        x = " ".join((core[: cue.start()] + " " + core[cue.end() :]).split()).strip(" ,.;:…?!")
        if len(x.split()) >= 3:
            return x, f"called '{cue.group().lower()}'"
    return None


# "could have held" in a clause ruled out: the modal perfect is the denial's own ("no way
# the dam could have held" says the dam did not hold).
_DENIED_PERFECT_RE = re.compile(
    r"\b(?:could|would|can|might|may)\s+(?:(?:possibly|ever|really)\s+)?have\s+(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)


def _ruled_out(core: str) -> str | None:
    """The clause that a frame opening ``core`` denies outright ("There is no way the dam
    could have held" → "the dam held", "It is impossible that the vote was rigged" →
    "the vote was rigged", "It is not true that the mayor resigned" → "the mayor
    resigned"; :data:`factcheck.normalize.CLAUSAL_DENIAL_RE`), else None.

    Such a claim refutes the clause as firmly as "Claims that X are false" do: the
    frame's "no"/"impossible" is no hedge, and the clause is compared without it (the
    old reading left "It that the vote was rigged"). A modal perfect inside the clause
    ("could have held") is the frame's: the clause states the past form ("held", via
    lemminflect). A clause of fewer than two words is no statement.
    """
    found = clausal_denial(core)
    if found is None:
        return _ruled_out_infinitive(core)
    x = core[found[1] :].strip(" ,.;:…\"'“”‘’")
    perfect = _DENIED_PERFECT_RE.search(x)
    if perfect is not None and (past := _simple_past(perfect["verb"])) is not None:
        x = x[: perfect.start()] + past + x[perfect.end() :]
    return x if len(x.split()) >= 2 else None


def _simple_past(verb: str) -> str | None:
    """The simple past of ``verb`` by lemminflect ("hold" / "held" → "held", "reach" →
    "reached"), the form a denied clause states; None for a word that is no verb."""
    word = verb.lower()
    past = lemminflect.getInflection(verb_lemma(word), "VBD") if verb_forms(word) else ()
    return past[0] if past else None


# "It was impossible for the crew to reach the wreck": the infinitive form of a frame
# that rules its clause out, the clause's subject after "for" (our reading of English).
# Past only: "It is impossible for the council to approve it" speaks of what is to come,
# which no past report confirms or refutes.
_IMPOSSIBLE_FOR_RE = re.compile(
    r"^\W*(?:(?:but|and|yet|so)\s+)?it\s+(?:was|had\s+been|proved)\s+"
    r"(?:simply\s+|just\s+|absolutely\s+|completely\s+|utterly\s+)?impossible\s+for\s+"
    r"(?P<who>[^,;:]{2,60}?)\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>[^;]*)$",
    re.IGNORECASE,
)


def _ruled_out_infinitive(core: str) -> str | None:
    """The clause "It was impossible for X to V …" rules out, "X V-ed …" ("It was
    impossible for the crew to reach the wreck" → "the crew reached the wreck"), else
    None: an impossibility is as firm a denial as "It is impossible that X V-ed"."""
    found = _IMPOSSIBLE_FOR_RE.match(core)
    if found is None:
        return None
    past = _simple_past(found["verb"])
    if past is None:
        return None
    rest = found["rest"].strip(" ,.;:…\"'“”‘’")
    x = f"{found['who'].strip()} {past}" + (f" {rest}" if rest else "")
    return x if len(x.split()) >= 2 else None


_DENIER_TAIL_RE = re.compile(
    r"(?:\s+(?:has|have|had|also|again|strongly|flatly|firmly|categorically|swiftly"
    r"|quickly|publicly|repeatedly|later|earlier|previously|on\s+[A-Z]?[a-z]+))+\s*$"
)
_PRONOUN_SUBJECT_RE = re.compile(r"^(?P<p>he|she|it|they)\s+(?=\w)", re.IGNORECASE)


def _with_denier(before: str, x: str) -> str:
    """``x``, the clause a speaker denies, with a pronoun subject replaced by the denier
    ("Ilsa Morrow denied that she had resigned" → "Ilsa Morrow had resigned"): the
    subject of a denied clause that is a pronoun is the denier's own, as the one it
    agrees with (he/she a person, it an organisation or thing, they a plural or an
    organisation); otherwise ``x`` as written. ``before`` is the text before the
    refuting verb; its last clause (after a comma) is the denier."""
    found = _PRONOUN_SUBJECT_RE.match(x)
    if found is None:
        return x
    denier = _DENIER_TAIL_RE.sub("", re.split(r"[,;:]\s*", before)[-1]).strip()
    words = denier.split()
    if not words or len(words) > 6 or words[-1].lower() in _PRONOUNS:
        return x
    head = words[-1].lower()
    pronoun = found["p"].lower()
    person = head not in _NON_PERSON and (words[-1][:1].isupper() or head in _PERSON_TITLES)
    agrees = {
        "he": person,
        "she": person,
        # a named denier may be an organisation ("Carrow Mills"), unless titled a person
        "it": head in _NON_PERSON
        or (
            not any(w.lower().rstrip(".") in _PERSON_TITLES for w in words)
            and (words[-1][:1].isupper() or not head.endswith("s"))
        ),
        "they": head in _ORG_HEADS or head.endswith("s"),
    }[pronoun]
    if not agrees:
        return x
    if words[0].lower() == "the" and before[:1].isupper() and before.lstrip() == denier:
        denier = "the" + denier[3:]
    return f"{denier} {x[found.end() :]}"


_DEBUNK_RE = re.compile(
    r"\b(?:(?:is|are|was|were|it'?s|a)\s+)?(?:hoax(?:es)?|untrue|not\s+true"
    r"|(?:(?:is|are|was|were|it'?s)\s+)fake\b|fake\s+(?:news|reports?|claims?|stor(?:y|ies)"
    r"|posts?|photos?|images?|videos?|death|website)"
    r"|debunk(?:s|ed|ing)?|refut(?:es|ed|ing)|rubbish|a\s+myth|baseless|unfounded|bogus"
    r"|(?:is|are)n'?t\s+real|not\s+real|put\s+to\s+rest|rebuff(?:s|ed)?|figment"
    r"|proven\s+false|(?:is|are|was|were)\s+false|false\s+(?:claims?|reports?|rumou?rs?)"
    r"|exaggerated|(?:dismiss(?:es|ed)|den(?:y|ies|ied))\s+(?:claims?|reports?|rumou?rs?)"
    r"|rumou?rs?|false\s+alarms?|nope)\b"
    r"|^\s*(?:no|sorry|nope)\s*[,:.!]",
    re.IGNORECASE,
)


# Carriers of a rumour that vouch for nothing (issue 9 item 4, tester's fault 0): a post,
# a video, a message, a rumour, social media users. "A viral post claims that the mayor
# resigned" reports the rumour; no one asserts it, so it corroborates nothing.
_CARRIER_NOUNS = (
    r"(?:posts?|videos?|clips?|messages?|tweets?|memes?|images?|photos?|pictures?"
    r"|screenshots?|rumou?rs?|chain\s+(?:letters?|e-?mails?)"
    r"|(?:social\s+media|online|internet|facebook|twitter|tiktok|whatsapp|telegram"
    r"|instagram|youtube)\s+(?:users|accounts|commenters|posters|influencers|posts?))"
)
_CARRIER_MODIFIERS = (
    r"(?:viral|online|anonymous|unverified|widely[- ]shared|doctored|social\s+media|facebook"
    r"|twitter|tiktok|whatsapp|telegram|instagram|youtube)"
)
# What a carrier does to a statement: reports it.
_CARRYING_VERBS = (
    r"(?:claims?|claimed|says?|said|suggests?|suggested|shows?|showed|alleges?|alleged"
    r"|states?|stated|insists?|insisted|reports?|reported|asserts?|asserted)"
)
# The adverbs that call what is reported false: "Critics falsely claimed …".
_FALSELY = r"(?:falsely|wrongly|baselessly|erroneously|mistakenly|misleadingly)"
_CARRIER_RE = re.compile(
    r"^\s*(?P<who>(?:(?:an?|the|one|some|many|several|numerous|multiple|these|those)\s+)?"
    rf"(?:{_CARRIER_MODIFIERS}\s+){{0,2}}{_CARRIER_NOUNS}\b[^,;:\"“”]{{0,80}}?)"
    rf"\s+(?:(?P<adv>{_FALSELY})\s+)?(?P<verb>{_CARRYING_VERBS})\s+(?:that\s+)?(?P<x>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# Any speaker with a falsity adverb on the reporting verb: "Critics falsely claimed that …".
_FALSELY_RE = re.compile(
    r"^\s*(?P<who>[^,;:\"“”]{1,80}?)\s+(?P<adv>" + _FALSELY + r")\s+"
    rf"(?P<verb>{_CARRYING_VERBS})\s+(?:that\s+)?(?P<x>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


_SENTENCE_BREAK_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def carried_claim(text: str) -> tuple[str, str, str] | None:
    """(carrier, X, falsity) when ``text`` reports X through an unvetted carrier ("A
    viral post claims that X", "Posts on social media say X", "A rumour circulating
    online says X") or through any speaker who is said to be wrong ("Critics falsely
    claimed X": falsity is "falsely claimed"); else None. The carrier reports X without
    asserting it: such a claim never corroborates X, and with a falsity adverb it
    refutes X. Only a carrier that opens the sentence counts ("Police said a video shows
    …" is the police's)."""
    for pattern in (_CARRIER_RE, _FALSELY_RE):
        match = pattern.match(text)
        if match is None:
            continue
        x = match["x"].strip()
        adv = match["adv"]
        falsity = f"{adv.lower()} {match['verb'].lower()}" if adv else ""
        x, *rest = _SENTENCE_BREAK_RE.split(x, maxsplit=1)
        after = rest[0] if rest else ""
        if after:
            # "A post claims X. This is false.": a second sentence is read only as a
            # verdict on X; anything else is more than one reported statement.
            if not _VERDICT_RE.match(after):
                return None
            falsity = "fact-check"
        if len(x.split()) < 2:
            continue
        if pattern is _FALSELY_RE and not falsity:
            continue
        return match["who"].strip(), x, falsity
    return None


# A sentence that is only a verdict on the one before: "This is false.", "That claim is
# untrue.", "There is no evidence for this.", "This is not true."
_VERDICT_RE = re.compile(
    r"^(?:(?:this|that|it|the\s+claim|this\s+claim|that\s+claim|the\s+post|the\s+video"
    r"|the\s+rumou?r|the\s+report)\s+(?:is|was)\s+(?:\w+\s+)?" + _FALSE_WORDS + r"\b"
    r"|there\s+(?:is|was)\s+no\s+(?:\w+\s+)?evidence\s+(?:for|of|to\s+support)\s+"
    r"(?:this|that|it|the\s+claim))[^.!?]{0,60}[.!]",
    re.IGNORECASE,
)
# How far after a claim its verdict sentence is looked for (characters).
_VERDICT_CHARS = 160


def verdict_after(text: str, end: int) -> str:
    """The sentence that starts right after offset ``end`` of ``text`` (a claim's end)
    when it is only a verdict on the claim ("This is false.", "There is no evidence for
    this."), else "". Fact-check articles write the rumour and its verdict as two
    sentences; the claim's frame takes the verdict into account (:class:`FrameContext`)."""
    rest = text[end : end + _VERDICT_CHARS].lstrip(" \t.!”\"’'")
    if rest.startswith(("\n\n", "\r\n\r\n")):
        return ""  # a new paragraph is no verdict on the last sentence
    rest = rest.lstrip()
    match = _VERDICT_RE.match(rest)
    return match.group(0) if match else ""


# How much of the text before a claim :func:`frame` reads (characters): enough for the
# claim's paragraph and the one before, where a pronoun or "the company" is resolved.
PRECEDING_CHARS = 1500


@lru_cache(maxsize=16384)
def _frame_cached(text: str, preceding: str, published: date | None, verdict: str) -> Frame:
    return build_frame(text, FrameContext(preceding, published, verdict))


def frame(text: str, context: FrameContext | None = None) -> Frame:
    """The frame of one claim; cached, because a claim is compared many times.

    ``context`` gives the document text before the claim (for pronouns and "the
    company") and its publication date (for "yesterday"). Without it the frame is built
    from the claim alone, and a pronoun subject stays unresolved.
    """
    ctx = context or FrameContext()
    # Only the last part of the preceding text can resolve a pronoun; a bounded key keeps
    # the cache small and the resolution local.
    return _frame_cached(text, ctx.preceding[-PRECEDING_CHARS:], ctx.published, ctx.verdict)


def context_before(text: str, end: int, start: int = 0) -> str:
    """The part of ``text[start:end]`` that :func:`frame` reads as a claim's context: its
    last :data:`PRECEDING_CHARS` characters. Slicing only these, not the whole text
    before each claim, keeps reading a document's claims linear in its length (issue
    #12, bounded work)."""
    return text[max(start, end - PRECEDING_CHARS) : end]


def build_frame(text: str, context: FrameContext | None = None) -> Frame:
    """Read ``text`` into a :class:`Frame` (uncached; see :func:`frame`)."""
    ctx = context or FrameContext()
    lex = lexicon()
    carried = carried_claim(strip_dateline(text))
    carrier = ""
    speaker: str | None
    if carried is not None:
        # "A viral post claims that X", "Critics falsely claimed X": X is reported by
        # whoever carries it, not asserted; read as X with its carrier as the speaker.
        speaker, core, falsely = carried
        carrier = "" if falsely else speaker
    else:
        core, speaker = strip_attribution(strip_dateline(text))
        falsely = ""
        affirmed = _affirmed_clause(core)
        withheld = None if affirmed is not None else _withheld_denial(core)
        if withheld is None and affirmed is None and speaker:
            # "The firm didn't dispute reports that X" is read as attributed to "The
            # firm didn't dispute"; the withheld denial is the whole sentence's
            withheld = _withheld_denial(strip_dateline(text))
            speaker = None if withheld is not None else speaker
        if affirmed is not None:
            core = affirmed
        elif withheld is not None:
            # "X did not deny that Y": Y reported, neither asserted nor denied
            carrier, core = withheld
    if speaker and ctx.preceding:
        speaker = resolve_speaker(speaker, ctx.preceding)
    refuted = _refutation(core)
    if carried is not None:
        # "A viral post claims X, but this is false": the fact-check reading of the
        # whole sentence, whose verdict is no part of X.
        whole = _refutation(strip_dateline(text))
        if whole is not None and whole[1] == "fact-check":
            refuted = whole
    if refuted is None and falsely:
        refuted = core, falsely
    elif refuted is None and ctx.verdict and (speaker or carrier):
        # A fact-check's "A post claims that X." followed by "This is false.": the
        # verdict of the next sentence is on what this one reports.
        refuted = core, f"fact-check: {ctx.verdict.strip()}"
    refutes: Frame | None = None
    how = ""
    if refuted is not None:
        x, how = refuted
        refutes = build_frame(x, replace(ctx, verdict=""))
        carrier = ""  # a refutation is judged as one (_compare_refuting)
    opener = _OPENER_RE.match(core) or _COUNT_STATE_RE.match(core)
    body_start = opener.end() if opener and len(core) - opener.end() >= 12 else 0
    fronted = _FRONTED_CLAUSE_RE.match(core, body_start)
    if fronted and len(core) - fronted.end() >= 12:
        body_start = fronted.end()
    tokens = folded_tokens(core)
    body_start, asides = _asides(core, tokens, body_start)
    # A capitalised first word is a name only if it is no common word ("Inflation fell",
    # "Heat kills"); entity_chunks keeps such words for matching, a frame does not.
    chunks = tuple(
        (untitled(c[0]), c[1], c[2])
        for c in entity_chunks(tokens, lex.stopwords)
        if c[1]
        or " " in c[0]
        or not (is_noun_or_adjective(c[0]) or _written_lower(c[0], core, ctx.preceding))
    )
    names = tuple(name for name, _, _ in chunks)
    compounds = _compound_modifiers(core, tokens)
    skip = {k for k, t in enumerate(tokens) if any(s <= t.start < e for s, e in asides)}
    skip |= compounds
    verb_at, voice, modality_aux, group_at = _predicate(tokens, body_start, skip)
    if verb_at is None:
        # No main verb outside the asides: a past form taking an object ("The trial of
        # 1,184 volunteers, published this week, compared the spray with a placebo") is
        # the main verb, not a reduced clause.
        kept = tuple(a for a in asides if not _takes_object(core, a))
        if len(kept) < len(asides):
            asides = kept
            skip = {k for k, t in enumerate(tokens) if any(s <= t.start < e for s, e in asides)}
            skip |= compounds
            verb_at, voice, modality_aux, group_at = _predicate(tokens, body_start, skip)
    relative = _relative_clause(tokens, body_start, skip, verb_at)
    if relative is not None and verb_at is not None:
        # "Workers who lost their jobs protested": the verb found belongs to the
        # relative clause; the main verb comes after it.
        outer_at, outer_voice, outer_modal, outer_group = _predicate(
            tokens, body_start, skip | set(range(relative, verb_at + 1))
        )
        if outer_at is not None and outer_at > verb_at:
            inner_end = tokens[verb_at].end
            verb_at, voice, modality_aux = outer_at, outer_voice, outer_modal
            group_at = outer_group if outer_group is not None else outer_at
            # The relative clause ends at the separator after its verb when one comes
            # before the main verb ("In Eastgate, where the yard closed, the jobless
            # rate was …": the subject stands between them).
            sep = _SEPARATOR_RE.search(core, inner_end, tokens[group_at].start)
            aside_end = sep.end() if sep else tokens[group_at].start
            asides = (*asides, (tokens[relative].start, aside_end))
    if group_at is not None:
        participle = next(
            (
                k
                for k in range(group_at)
                if tokens[k].start >= body_start and _reduced_relative(tokens, k)
            ),
            None,
        )
        if participle is not None:
            # "Nine people injured in the crash were treated": the participle phrase
            # describes the subject and is no part of its head (#9).
            asides = (*asides, (tokens[participle].start, tokens[group_at].start))
    predicate, predicate_text = _predicate_word(tokens, verb_at)
    if verb_at is not None and predicate_text == tokens[verb_at].text:
        # A folded phrase ("lost their lives", "went on strike") is shown as written.
        predicate_text = core[tokens[verb_at].start : tokens[verb_at].end]
        # A light verb before a figure and its noun ("made 12 arrests") means its noun.
        predicate = light_reading(tokens, verb_at) or predicate
    polarity = _polarity(core, tokens, verb_at, asides)
    modality: Modality = "asserted"
    if "?" in core:
        modality = "question"  # "Macaulay Culkin dead?" asks; it asserts nothing
    elif modality_aux in _MODAL_POSSIBLE and not any(
        n.emphatic and n.modal == modality_aux for n in negation_scopes(core)
    ):
        # "could not possibly have known" is a firm denial, not a possibility.
        modality = "possible"
    elif PLANNED_RE.search(core) or scheduled_date(core):
        # "Prices will rise on Wednesday", and as news English says it, "Prices rise on
        # Wednesday": a scheduled event is a plan either way
        modality = "planned"
    elif any(
        not any(s <= m.start < e for s, e in asides) for m in hedging_markers(core)
    ):  # a hedge inside an aside qualifies the aside, not the statement
        modality = "hedged"
    quantity_spans = [q.span for q in find_quantities(core)]
    # The subject ends where an aside or relative clause starts ("Residents, many of
    # whom fled, returned" → residents) and leaves out degree adverbs ("The blaze largely
    # destroyed" → blaze).
    subject_end = min(
        [tokens[group_at].start if group_at is not None else len(core)]
        + [s for s, _ in asides if s > body_start]
    )
    # "Next Monday the council will vote", "In 2024 the board met": a time phrase
    # fronted without a comma is when, not who (with a comma _OPENER_RE drops it).
    subject_start = _fronted_time_end(core, tokens, body_start, subject_end)
    subject_start = _fronted_place_end(core, tokens, subject_start, subject_end)
    # "Far more than 300 people", "Well over half the staff": the comparison bounds the
    # figure, and its intensifier is no word of the subject.
    lows = [t.text.lower() for t in tokens]
    compared = {
        k
        for at, t in enumerate(tokens)
        if subject_start <= t.start < subject_end
        for k in range(at, at + comparative_at(lows, at))
    }
    subj_tokens = [
        t
        for k, t in enumerate(tokens)
        if subject_start <= t.start < subject_end
        and not _adverb(t)
        and not any(s <= t.start < e for s, e in quantity_spans)
        and k not in compared
        # "The long-awaited report": a compound modifier is not the subject's head.
        and k not in compounds
        and k + 1 not in compounds
        # "In Eastgate, where the Tarvik shipyard closed, the jobless rate was …": the
        # names of an aside are not the subject's.
        and not any(s <= t.start < e for s, e in asides)
    ]
    subj_tokens = _without_place_modifier(core, subj_tokens, chunks, lex.stopwords)
    if [t.text.lower() for t in subj_tokens] == ["there"] and group_at is not None:
        # "There were no reported deaths": what exists (or does not) is the subject.
        subj_tokens = _existential_subject(core, tokens, group_at, quantity_spans)
    tally = _tally(subj_tokens)
    if tally is not None and not tally[1] and subj_tokens:
        # "The number of people who died in the floods has risen to four": the tally's
        # relative clause says what happened to the counted thing.
        who_clause = _RELATIVE_VERB_RE.match(core, subj_tokens[-1].end)
        if who_clause is not None and not who_clause["neg"]:
            tally = (tally[0], canonical(lemma(who_clause["verb"].lower())))
    level = verb_at is not None and tokens[verb_at].lemma in _LEVEL_VERBS
    if tally is None and level and polarity > 0:
        # "Deaths rose to 45": a level of an outcome noun counts people, as a toll does
        # ("No deaths have been reported" stays a zero).
        tally = _outcome_count(subj_tokens)
    subject, subject_text, kind = _subject(
        tally[0] if tally is not None else subj_tokens, chunks, lex.stopwords
    )
    if tally is not None:
        # "The number of people injured": the subject is the thing counted, written as
        # the tally it was ("tallied" reads a frame's subject as a tally again).
        subject_text = " ".join(t.text for t in subj_tokens)
    resolved = False
    first_person = _first_person_speaker(subject, kind, speaker or "")
    if first_person is not None:
        # '"I have not resigned," Barrow told reporters': the quotation's "I" is its speaker
        subject, kind, resolved = first_person, "name", True
    if not resolved and kind in ("pronoun", "description") and ctx.preceding:
        found = _resolve(subject_text, ctx.preceding)
        if found:
            subject, resolved = found, True
    if not resolved and kind in ("description", "noun") and ctx.preceding:
        # "The driver was arrested" after "The driver, Tom Vale, 34, …": the role is
        # the person the article put it beside.
        found = appositive_name(subject_text, ctx.preceding)
        if found:
            subject, resolved = found, True
    same_surname: tuple[str, ...] = ()
    # A capitalised word opening the sentence may be a surname that is also a common
    # word ("Strand resigned", "Marsh said"): the article's full names decide.
    capitalised = kind == "noun" and " " not in subject_text and subject_text[:1].isupper()
    if (kind == "name" or capitalised) and ctx.preceding:
        # "Morrow resigned" after "Ann Morrow, the chief executive, …": a surname alone
        # is the one person of that name the article wrote in full; with two of them
        # ("Ann Morrow and her brother Ben Morrow") it is neither for certain.
        same_surname = namesakes(
            subject_text.lower() if capitalised else subject, f"{ctx.preceding}\n{core}"
        )
        if same_surname and len(subject.split()) == 1 and len(same_surname) == 1:
            subject, resolved, kind = same_surname[0], True, "name"
        elif same_surname and capitalised:
            subject, kind = subject_text.lower(), "name"
    agent, patient = _roles(core, tokens, verb_at, voice, chunks, subject)
    measured = _measured_head(core, subj_tokens, chunks, lex.stopwords)
    measures = _measures(core, tokens, verb_at, measured or subject, voice)
    if tally is not None:
        # "The number of injured has risen to 31": the level of a tally is a count of
        # what it tallies, with the tallied verb ("31 people injured"), as "31 people
        # have been injured" is; its own verb ("risen", "stands at") says it is an update.
        # A death toll keeps its own name for what it counts ("die toll", as a bare
        # toll's figure reads): another toll ("the harbour toll") stays another measure.
        counted = ("die", "toll") if _death_toll(subj_tokens) else tuple(subject.split()[-2:])
        measures = tuple(
            replace(
                m,
                what=counted,
                text=f"{subject} {tally[1]}".strip(),
                predicate=tally[1],
            )
            if m.what and m.what[-1] == subject.split()[-1] and not m.predicate
            else m
            for m in measures
        )
    time = _times(core, ctx.published)
    document = f"{ctx.preceding}\n{core}"
    place = tuple(name for name, _, _ in chunks if _is_place(core, name, document))
    # The side ahead of a comparison is the whole subject as written, its place phrase
    # included ("Imports from Velm rose faster than imports from Harl").
    comparison = _comparison(core, subject, core[subject_start:subject_end])
    main_names = tuple(n for n in names if n not in place or n == subject)
    self_contained = bool(predicate) and (
        kind == "name" or (kind == "noun" and bool(main_names or place))
    )
    return Frame(
        text=text,
        subject=subject,
        subject_text=subject_text,
        subject_kind=kind,
        resolved=resolved,
        predicate=predicate,
        predicate_text=predicate_text,
        polarity=polarity,
        modality=modality,
        voice=voice,
        agent=agent,
        patient=patient,
        measures=measures,
        time=time,
        place=place,
        names=names,
        comparison=comparison,
        speaker=speaker or "",
        carrier=carrier,
        refutes=refutes,
        refuted_by=how,
        self_contained=self_contained,
        published=ctx.published,
        namesakes=same_surname if len(same_surname) > 1 else (),
        written=_written_names(
            (*names, *place, agent, patient, *((subject,) if kind == "name" or resolved else ())),
            core,
            ctx.preceding,
        ),
    )


def written_form(key: str, *texts: str) -> str:
    """``key`` (lower-cased words) as the first of ``texts`` that has its words in a row
    spells it ("ewan mclean" → "Ewan McLean", "O'Neill"), ignoring case; ``""`` when none
    has. The one reader of a name's written form: frames keep it (:attr:`Frame.written`)
    and matching writes resolved names with it."""
    words = key.split()
    if not words:
        return ""
    pattern = re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE
    )
    for text in texts:
        found = pattern.search(text)
        if found:
            return found.group(0)
    return ""


def _written_names(keys: Sequence[str], core: str, preceding: str) -> tuple[tuple[str, str], ...]:
    """(key, as written) of each key the claim (else the article before it) writes in
    another case than its key, sorted (the frame's ``written`` slot)."""
    out = set()
    for key in keys:
        if not key:
            continue
        shown = written_form(key, core, preceding)
        if shown and shown != key:
            out.add((key, shown))
    return tuple(sorted(out))


@lru_cache(maxsize=8192)
def main_statement(text: str) -> str:
    """The claim's main statement with its asides cut out ("The plant, which employs
    3,000 people, closed." → "The plant closed."), or "" when it has no aside. Used to
    judge whether two claims state the same thing when one adds a side remark; the
    asides are those of :func:`_asides`."""
    core, _ = strip_attribution(strip_dateline(text))
    start, asides = _asides(core, folded_tokens(core), 0)
    if not asides and not start:
        return ""
    kept, at = [], start
    for s, e in asides:
        kept.append(core[at:s])
        at = e
    kept.append(core[at:])
    main = re.sub(r"\s+", " ", " ".join(kept)).strip()
    main = re.sub(r"\s+([.,;:!?])", r"\1", main)
    return main[:1].upper() + main[1:]


def _written_lower(word: str, *texts: str) -> bool:
    """Whether the claim or its article writes ``word`` in lower case somewhere: then a
    capital on it at the start of the sentence is no name ("Cocoa exports fell 3%" in an
    article about cocoa prices), even when the word is missing from the lexicon."""
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])")
    return any(pattern.search(text) for text in texts if text)


def frames_for_document(
    text: str, claims: Sequence[tuple[int, str]], published: date | None = None
) -> list[Frame]:
    """Frames of a document's claims; ``claims`` are (start offset in ``text``, claim
    text) pairs. Each claim is read with the document text before it as context."""
    return [
        frame(
            claim,
            FrameContext(
                context_before(text, start), published, verdict_after(text, start + len(claim))
            ),
        )
        for start, claim in claims
    ]


_PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|at|near|outside|off|across|from|inside|into|through|around)\s+(?:the\s+)?"
    r"(?:(?!(?:the\s+)?(?:favou?r|support|charge|memory|honou?r|case|spite|defen[cs]e|search"
    r"|pursuit|place|view|respect|need|custody|behalf|request)\s)"
    r"(?:\w+\s+){0,2}of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def _is_place(core: str, name: str, document: str = "") -> bool:
    """A name after a locative preposition: "in Kestrow", "off the coast of Yemen" (not
    an idiom of "in … of" that locates nothing: "in favour of X", "in charge of X") —
    unless it names a person: a surname of the people ``document`` (the claim's article
    up to and with the claim) names (:func:`person_surnames`), or a name owning the noun
    after it ("ruled in Varga's favour", "taken from Varga's laptop": the place, if any,
    is the thing owned) that the document never puts after such a preposition on its
    own ("in London" makes "in London's docks" a place)."""
    at = core.lower().find(name)
    if at <= 0 or not _PLACE_BEFORE_RE.search(core[max(0, at - 40) : at]):
        return False
    if name.split()[-1] in person_surnames(document or core):
        return False
    owner = core[at + len(name) : at + len(name) + 2] in ("'s", "’s")
    return not owner or name in _places_named(document or core)


# Keyed by a document's text up to a claim: each claim has its own, so the caches only
# spare a claim read twice in a row, and stay small (the keys are whole articles).
@lru_cache(maxsize=64)
def _places_named(text: str) -> frozenset[str]:
    """Names ``text`` puts after a locative preposition with no possessive ("in
    Kestrow"), lower-cased."""
    return frozenset(
        m.group("name").lower()
        for m in _BARE_PLACE_RE.finditer(text)
        if not text.startswith(("'s", "’s"), m.end())
    )


_BARE_PLACE_RE = re.compile(
    r"\b(?i:in|at|near|outside|off|across|from|inside|into|through|around)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
)


@lru_cache(maxsize=64)
def person_surnames(text: str) -> frozenset[str]:
    """The surnames (lower case) of the people ``text`` names: the last word of a name
    after a person title ("Judge Marten Osei", "Mr Varga"), or of a name of two or more
    words whose last word the text also uses alone ("former harbour master Ilse Varga …
    Varga, 58, was convicted": news names a person in full once, then by surname). A
    name after a preposition of place ("in New York") names no person, nor does one
    ending in a kind of place or organisation ("Harbor Bridge"). Lines in title case
    (headlines) are skipped: their capitals mark nothing."""
    surnames: set[str] = set()
    alone: set[str] = set()
    full: set[str] = set()
    for line in text.splitlines():
        words = line.split()
        if len(words) >= 4 and sum(w[:1].isupper() for w in words) / len(words) > 0.6:
            continue
        for match in _NAME_RUN_RE.finditer(line):
            run = [_bare(w.strip(".")) for w in match.group().split()]
            before = line[max(0, match.start() - 40) : match.start()]
            if _PLACE_BEFORE_RE.search(before) or run[-1] in _NON_PERSON or run[-1] in _KIND_HEADS:
                continue
            title = before.rstrip().rsplit(" ", 1)[-1].strip(".").lower() if before.strip() else ""
            if run[0] in _PERSON_TITLES or title in _PERSON_TITLES:
                if len(run) > 1 or title in _PERSON_TITLES:
                    surnames.add(run[-1])
            elif len(run) > 1:
                full.add(run[-1])
            else:
                alone.add(run[0])
    return frozenset(surnames | (full & alone))


_SEPARATOR_RE = re.compile(r"(?<!\d),|,(?!\d)|\s[-–—]+\s|[—–()]|\s-{2}\s")
_RELATIVE_WORDS = frozenset({"which", "who", "whom", "whose", "where"})
_QUANTIFIER_OF_RE = re.compile(
    r"^(?:many|some|most|all|none|one|two|three|several|few|half|each|both|any|much)"
    r"\s+of\s+(?:whom|which|them|those)\b",
    re.IGNORECASE,
)


def _adverb(t: Token) -> bool:
    """A word that is only an adverb in the lexicon ("largely", "possibly", "also")."""
    return set(lemmas(t.text.lower())) == {"ADV"}


def _participle(word: str) -> bool:
    """A past or present participle that can open a reduced clause ("said", "published",
    "believed", "having", "citing")."""
    low = word.lower()
    forms = verb_forms(low)
    if not forms or not verb_lemmas(low):
        return False
    return "VBN" in forms or "VBG" in forms or "VBD" in forms


def _asides(
    core: str, tokens: Sequence[Token], start: int
) -> tuple[int, tuple[tuple[int, int], ...]]:
    """(new clause start, spans of asides): the stretches between two commas, dashes or
    brackets that cannot hold the main verb, as character spans into ``core``.

    An aside opens with a relative word ("which employs 3,000 people", "who took office
    in May"), a quantified relative ("many of whom fled"), a participle of a reduced
    clause ("said to employ", "believed to number", "published in March", "having
    shelled the town") or an indefinite appositive ("a former teacher"); anything in
    brackets is an aside. A participle clause before the subject ("Having shelled the
    town, the army withdrew") moves the clause start past it instead. The rules are our
    own reading of English clause structure.
    """
    seps = [m for m in _SEPARATOR_RE.finditer(core) if m.start() >= start]
    spans: list[tuple[int, int]] = []
    first_words = [t for t in tokens if t.start >= start]
    if seps and first_words and core[seps[0].start()] == "," and _participle(first_words[0].text):
        rest = [t for t in tokens if t.start >= seps[0].end()]
        if len(rest) >= 2:
            start = seps[0].end()
            seps = seps[1:]
    for left, right in itertools.pairwise(seps):
        inside = core[left.end() : right.start()]
        if "(" in left.group():
            spans.append((left.start(), right.end()))
            continue
        if ")" in left.group() or not core[right.end() :].strip(" .;:!?\"'”’"):
            continue
        words = inside.split()
        if not words:
            continue
        head = words[0].lower().strip("\"'“‘")
        if (
            head in _RELATIVE_WORDS
            or _QUANTIFIER_OF_RE.match(inside.strip())
            or head in ("a", "an")
            or _participle(head)
            or head == "having"
        ):
            spans.append((left.start(), right.end()))
    return start, tuple(spans)


_OBJECT_RE = re.compile(r"[\s,—–-]*\w+ed\s+(?:the|a|an|its|their|his|her)\s", re.IGNORECASE)


def _takes_object(core: str, aside: tuple[int, int]) -> bool:
    """An aside opening with a past form followed by an article or possessive: an
    active verb with its object ("compared the spray"), not a reduced passive."""
    return bool(_OBJECT_RE.match(core, aside[0], aside[1]))


def _relative_clause(
    tokens: Sequence[Token], start: int, skip: set[int], verb_at: int | None
) -> int | None:
    """Index of a relative word between the subject and the verb found ("Workers who
    lost their jobs", "the bridge that collapsed"), when that verb is the relative
    clause's own; None otherwise. "that" counts only after a noun-like word, not after
    a verb ("found that")."""
    if verb_at is None:
        return None
    for k in range(verb_at - 1, -1, -1):
        t = tokens[k]
        if t.start < start or k in skip:
            break
        low = t.text.lower()
        if k == 0 or not (low in _RELATIVE_WORDS or low == "that"):
            continue
        prev = tokens[k - 1].text.lower()
        if prev in _DETERMINERS or prev in _PREPOSITIONS or prev in _AUX:
            return None
        if verb_forms(prev) & {"VBD", "VBZ", "VBP"} and not lemmas(prev).get("NOUN"):
            return None  # "said that", "found that": a complement, not a relative
        return k
    return None


def _predicate(
    tokens: Sequence[Token], start: int, skip: set[int] | None = None
) -> tuple[int | None, Voice, str, int | None]:
    """Index of the main verb, the voice, the modal auxiliary before it ("" if none) and
    the index where the verb group starts (its first auxiliary). Token indices in
    ``skip`` (asides, relative clauses) are never the main verb. A participle right
    after a determiner or preposition modifies a noun ("the damaged bridge").

    First choice: a verb after an auxiliary ("has pleaded", "was beaten", "will
    reopen"); then a past tense; then a present tense, never the first word of the
    clause (which is its subject: "Heat kills", "Prices fall").
    """
    skip = skip or set()
    words = [(k, t) for k, t in enumerate(tokens) if t.start >= start and k not in skip]
    if not words:
        return None, "active", "", None
    modifier = {k for k, _ in words if _attributive(tokens, k)}
    first = words[0][0]
    modal = ""
    aux_seen: list[str] = []
    aux_at: int | None = None
    copula_at: int | None = None
    # A past tense before any auxiliary is the main verb: "Anskov inflated revenue …
    # from contracts that had not been signed" is about inflating, not signing.
    past_at = next(
        (
            k
            for k, t in words
            if k != first
            and k not in modifier
            and not (t.text[:1].isupper() and t.capitalised)
            and t.text.lower().replace("’", "'") not in _AUX
            and "VBD" in verb_forms(t.text.lower())
            and verb_lemmas(t.text.lower())
            and not _counted_noun(tokens, k)
            and not (
                k + 1 < len(tokens) and is_subject_head(t.text.lower(), tokens[k + 1].text.lower())
            )
        ),
        None,
    )
    if past_at is not None and _reduced_relative(tokens, past_at):
        # "Nine people injured in the crash were treated": the participle describes the
        # group; the finite verb after it is the main one (#9).
        past_at = None
    for k, t in words:
        low = t.text.lower().replace("’", "'")
        if past_at is not None and k >= past_at and not aux_seen:
            return past_at, "active", modal, past_at
        if k > first and (low in _AUX or (low in ("not", "n't", "never") and aux_seen)):
            if aux_at is None:
                aux_at = k
            if low in _MODAL_POSSIBLE or low in ("will", "would", "shall", "should", "must"):
                modal = low
            if low not in ("not", "n't", "never"):
                aux_seen.append(low)
            if low in ("is", "are", "was", "were", "be", "been", "am") and copula_at is None:
                copula_at = k
            continue
        if (
            aux_seen
            and aux_seen[-1] in ("has", "have", "had", "having")
            and (low in _DETERMINERS or low == "no" or low[:1].isdigit())
        ):
            # "the town had no room left", "has 300 staff": "have" before a noun phrase
            # is the main verb (possession), not an auxiliary
            at = max(j for j, _ in words if j < k and tokens[j].text.lower() == aux_seen[-1])
            return at, "active", modal, aux_at
        if aux_seen and k > first and (_adverb(t) or low == "still"):
            # "was largely contained", "could not possibly have known"; "still" after an
            # auxiliary is the adverb ("were still missing"), never the verb "to still"
            continue
        if aux_seen and k > first:
            forms = verb_forms(low)
            if forms and (
                low.endswith(("ed", "en")) or "VBD" in forms or "VBG" in forms or "VB" in forms
            ):
                passive = aux_seen[-1] in _BE_FORMS and (
                    "VBD" in forms and not low.endswith("ing")
                )
                return k, "passive" if passive else "active", modal, aux_at
            if copula_at is not None:
                return copula_at, "active", modal, aux_at  # "Turnout was 61%"
            aux_seen = []
            aux_at = None
    if past_at is not None:
        return past_at, "active", modal, past_at
    for k, t in words:
        if k == first:
            continue
        low = t.text.lower()
        if t.text[:1].isupper() and t.capitalised:
            continue
        forms = verb_forms(low)
        prev = tokens[k - 1].text.lower() if k else ""
        if (
            ("VBZ" in forms or "VB" in forms)
            and prev not in _DETERMINERS
            and prev not in _PREPOSITIONS
            and k - 1 not in modifier  # "the randomised trial": a noun after its modifier
            and not prev[:1].isdigit()  # "1,184 volunteers": a noun after its count
            and not _counted_noun(tokens, k)  # "six crew members"
            and not _head_before_verb(tokens, k)  # "The central bank meets"
            and verb_lemmas(low)
        ):
            return k, "active", modal, k
    if copula_at is not None:
        return copula_at, "active", modal, copula_at
    return None, "active", modal, None


def _head_before_verb(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is the head noun of a subject "determiner, adjective, noun"
    with a present verb right after it: "The central bank meets", "The big firms plan
    cuts", "The local police plan cuts"; or of a compound before a word that is only a
    verb: "The coast line carries". After a determiner and an adjective the noun
    phrase goes on to its head; the verb is the word after it, not the head read as a
    verb with the adjective for its subject."""
    if k < 1 or k + 1 >= len(tokens):
        return False
    low = tokens[k].text.lower()
    following = tokens[k + 1].text.lower()
    if (
        "NOUN" in lemmas(low)
        and is_finite_only(following)
        and (is_noun_or_adjective(tokens[k - 1].text) or tokens[k - 1].text[:1].isupper())
    ):
        # "The coast line carries", "The Tarn Valley line carries": a noun after a noun
        # or a name, before a word that can only be a verb, ends the subject.
        return True
    if k < 2:
        return False
    before, opener = tokens[k - 1].text.lower(), tokens[k - 2].text.lower()
    return (
        opener in _DETERMINERS
        and "ADJ" in lemmas(before)
        and "NOUN" in lemmas(low)
        and bool(verb_forms(following) & {"VB", "VBZ"})
        and bool(verb_lemmas(following))
    )


# Words that open the phrase of a participle after its noun: "injured in the crash",
# "rescued from the ferry", "arrested after the march", "hurt by falling glass".
_PARTICIPLE_PHRASE_OPENERS = _PREPOSITIONS | _LOCATIVE | {"after", "during", "when", "while"}
# At most this many words between such a participle and the finite verb after it.
_PARTICIPLE_PHRASE_WORDS = 8


def _reduced_relative(tokens: Sequence[Token], at: int) -> bool:
    """Whether the past form at ``at`` is a participle phrase after its noun (a reduced
    relative clause: "Nine people *injured in the crash* were treated", "passengers
    rescued from the ferry have been discharged"), not the main verb: a noun right
    before it, a preposition right after it, then within a few words, with no comma, no
    figure and no other verb between, an auxiliary of the clause's own verb. A verb of
    saying is never one ("Officials said on Monday …" reports)."""
    if at == 0 or at + 1 >= len(tokens):
        return False
    prev, verb, nxt = tokens[at - 1], tokens[at], tokens[at + 1]
    low = verb.text.lower()
    if "VBD" not in verb_forms(low) or not verb_lemmas(low):
        return False  # a past form only: "the death toll from the slide has risen"
    if canonical(verb.lemma) == "say" or verb_lemma(low) in ("say", "tell"):
        return False
    prev_low = prev.text.lower()
    if (
        prev_low in _AUX
        or prev_low in _PRONOUNS
        or prev_low in _DETERMINERS
        or prev_low in _RELATIVE_WORDS
        or prev_low in ("that", "and", "or", "not", "never")
        or ("NOUN" not in lemmas(prev_low) and not (prev.text[:1].isupper() and prev.capitalised))
    ):
        return False
    if nxt.text.lower() not in _PARTICIPLE_PHRASE_OPENERS:
        return False
    for k in range(at + 1, min(len(tokens), at + 2 + _PARTICIPLE_PHRASE_WORDS)):
        t = tokens[k]
        if t.start > tokens[k - 1].end + 1:
            return False  # punctuation between: "injured in the crash, police said"
        low = t.text.lower().replace("’", "'")
        if low[:1].isdigit():
            return False
        if low in _AUX and low not in ("be", "being"):
            nxt_aux = tokens[k + 1] if k + 1 < len(tokens) else None
            return nxt_aux is not None and nxt_aux.start <= t.end + 1
        if k > at + 1 and "VBD" in verb_forms(low) and "NOUN" not in lemmas(low):
            return False  # another past form: no relative clause of this shape
    return False


def _counted_noun(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` follows a count and can be a noun, so it names what is
    counted rather than being a verb: "Six crew members were hurt" ("crew" is also a
    past tense of "crow"), "1,184 volunteers"."""
    if k == 0:
        return False
    prev = tokens[k - 1].text.lower()
    if not (prev[:1].isdigit() or prev in CARDINAL_WORDS):
        return False
    return "NOUN" in lemmas(tokens[k].text.lower())


_STATE_VERBS = frozenset({"remain", "stay", "be", "become", "keep"})


# Bound prefixes: "re-elected", "co-ordinated", "pre-recorded" are verbs, not compounds.
_VERB_PREFIXES = frozenset(
    {"re", "co", "pre", "de", "un", "mis", "non", "ex", "counter", "cross", "over", "under"}
)


def _compound_modifiers(core: str, tokens: Sequence[Token]) -> set[int]:
    """Indices of participles glued by a hyphen into a modifier before a noun, which are
    never a clause's verb: "the technology-laced index", "13 flu-related admissions",
    "Colorado-based EchoStar", "Calif.-based BayStar". A compound after its subject stays
    a verb ("Kestrow test-fired a missile"), as does a prefixed verb ("was re-elected")."""
    out: set[int] = set()
    for k in range(1, len(tokens)):
        t, first = tokens[k], tokens[k - 1]
        # "Colorado-based", and after an abbreviation's stop "Calif.-based".
        if core[first.end : t.start] not in ("-", ".-"):
            continue
        if not verb_forms(t.text.lower()) or first.text.lower() in _VERB_PREFIXES:
            continue
        before = tokens[k - 2].text.lower() if k >= 2 else ""
        leads = k < 2 or core[tokens[k - 2].end : first.start].strip() in (",", "(", ":")
        if (
            leads
            or first.text[:1].isupper()
            or before in _DETERMINERS
            or before in _PHRASE_END
            or before[:1].isdigit()
            or before in CARDINAL_WORDS
            or before in _POSSESSIVE_PRONOUNS
        ):
            out.add(k)
    return out


def _attributive(tokens: Sequence[Token], k: int) -> bool:
    """A participle before its noun ("the damaged bridge", "a newly built road")."""
    if k == 0 or not tokens[k].text.lower().endswith(("ed", "en", "ing")):
        return False
    j = k - 1
    if _adverb(tokens[j]) and j > 0:
        j -= 1
    prev = tokens[j].text.lower()
    # "that" before a verb is more often a relative ("the bridge that collapsed").
    if prev == "that":
        return False
    if prev in _DETERMINERS or prev in _PREPOSITIONS:
        return True
    # After a quantifier, a count or a possessive the participle modifies the noun that
    # follows it ("All planned operations were cancelled", "Two closed roads were
    # reopened", "the council's proposed cuts"); a verb follows its subject instead
    # ("The council planned new homes").
    nxt = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
    quantified = (
        prev in DETERMINERS
        or prev[:1].isdigit()
        or prev in CARDINAL_WORDS
        or prev.endswith(("'s", "’s"))
    )
    return quantified and nxt not in _AUX and "NOUN" in lemmas(nxt)


@cache
def _opposed_adjectives() -> frozenset[str]:
    """Words of the antonym table that are adjectives and no verb form ("alive", "dead",
    "guilty"): after a copula they are the claim's predicate."""
    words = {w for pair in lexicon().antonyms for w in pair}
    return frozenset(w for w in words if "ADJ" in lemmas(w) and not verb_forms(w))


@cache
def state_adjectives() -> frozenset[str]:
    """Adjectives of a state people are counted in (``[states] adjectives`` of
    match_predicates.toml): "ill", "sick", "homeless"."""
    return frozenset(match_predicates().get("states", {}).get("adjectives", ()))


# Adverbs between a copula and its state: "are now ill", "were still missing".
_STATE_ADVERBS = frozenset({"now", "still", "also", "all", "seriously", "critically", "very"})


def state_places() -> frozenset[str]:
    """Nouns of a place people are counted in after "in" (``[states] places`` of
    match_predicates.toml): "are in hospital" counts those in care."""
    return frozenset(match_predicates().get("states", {}).get("places", ()))


def _state_after(tokens: Sequence[Token], verb_at: int, *, stays: bool = False) -> Token | None:
    """The state adjective (:func:`_states`) a copula at ``verb_at`` takes, adverbs such
    as "now" or "still" between ("are now ill"), or the place of a state after "in"
    (:func:`state_places`: "are still in hospital" → the token "hospital"); None when
    there is none. With ``stays``, "remain" and "stay" take a state adjective too
    ("Nine people remain missing" counts the missing), as a figure's verb does."""
    if tokens[verb_at].lemma not in ("be", "remain", "stay"):
        return None
    k = verb_at + 1
    while k < len(tokens) and tokens[k].text.lower() in _STATE_ADVERBS:
        k += 1
    if k + 1 < len(tokens) and tokens[k].text.lower() == "in":
        place = tokens[k + 1]
        return place if place.text.lower() in state_places() else None
    if tokens[verb_at].lemma != "be" and not stays:
        return None
    return tokens[k] if k < len(tokens) and tokens[k].text.lower() in state_adjectives() else None


def _predicate_word(tokens: Sequence[Token], verb_at: int | None) -> tuple[str, str]:
    """(lemma, as written) of the main predicate; a verb of state hands over to the
    participle or adjective it takes ("remained closed" → close, "stays open" → open)."""
    if verb_at is None:
        return "", ""
    verb = tokens[verb_at]
    nxt = tokens[verb_at + 1] if verb_at + 1 < len(tokens) else None
    if verb.lemma == "be" and nxt is not None and nxt.text.lower() in _opposed_adjectives():
        # "is alive", "was open": a property with an opposite is what the claim states
        # ("alive" / "dead"), so the frames can set it against its opposite.
        return nxt.lemma, f"{verb.text} {nxt.text}"
    state = _state_after(tokens, verb_at)
    if state is not None:
        # "Nine people are (now) ill": a state a count of people is in is what the claim
        # counts, as "nine people fell ill" does (``[states]`` of match_predicates.toml).
        return canonical(state.lemma), f"{verb.text} {state.text}"
    if verb.lemma in _STATE_VERBS and nxt is not None and nxt.text.lower() not in _DETERMINERS:
        lows = nxt.text.lower()
        forms = verb_forms(lows)
        if forms <= {"VBZ"} and "NOUN" in lemmas(lows):
            # "will keep rates on hold": a plural noun is the object kept, no state
            # ("rates" is also a verb form, "rates" as in "she rates it").
            forms = frozenset()
        if verb.lemma != "be" and (forms or "ADJ" in lemmas(lows)):
            lemma_ = (verb_lemma(lows) or nxt.lemma) if forms else nxt.lemma
            return lemma_, f"{verb.text} {nxt.text}"
    return verb.lemma, verb.text


def _polarity(
    core: str,
    tokens: Sequence[Token],
    verb_at: int | None,
    asides: Sequence[tuple[int, int]] = (),
) -> int:
    """-1 when a negation governs the main statement, +1 otherwise; read from the
    negation reader's scopes (:func:`factcheck.normalize.negation_scopes`), not by
    counting cues.

    Every cue before the end of the main verb's clause counts ("did not testify", "No
    deaths have been reported", "Neither the mayor nor the council approved", "denied
    paying"), so two negated parts of one clause ("Nobody was told, and no one was
    asked" reads only its first clause; "found no survivors and no bodies") stay a denial
    where parity would cancel them. A cue that negates the cue
    right after it ("did not deny", "never failed to") cancels with it. A negated noun
    list followed by something asserted in the same clause ("found no survivors and two
    bodies") leaves the verb asserted.
    """
    end = len(core)
    if verb_at is not None:
        stops = [
            found.start()
            for pattern in (_CLAUSE_END, _RELATIVE_CLAUSE)
            if (found := pattern.search(core, tokens[verb_at].end))
        ]
        end = min(stops, default=len(core))
    scopes = [
        n
        for n in negation_scopes(core)
        if n.cue.start < end and not any(s <= n.cue.start < e for s, e in asides)
    ]
    verb_end = tokens[verb_at].end if verb_at is not None else 0
    counted = 0
    k = 0
    while k < len(scopes):
        neg = scopes[k]
        nxt_neg = scopes[k + 1] if k + 1 < len(scopes) else None
        if nxt_neg is not None and _cancels(core, neg, nxt_neg):
            k += 2
            continue
        k += 1
        low = neg.cue.text.lower()
        if (
            verb_at is not None
            and neg.cue.start <= tokens[verb_at].start
            and rejects_complement(neg.cue)
        ):
            # "The judge rejected a motion to keep X", and in the passive "The plan to
            # keep X was rejected" (the cue "plan to" before the verb): the rejection is
            # the statement, asserted; the complement it denies is read from the cue's
            # scope.
            continue
        if neg.cue.start >= verb_end > 0 and contrastive_negation(core, neg.cue):
            # "rose to 9%, not 6%": a "not" set off after the main verb denies an
            # alternative, not the statement.
            continue
        if low in ("no", "none", "nothing", "nobody") and neg.cue.start >= verb_end > 0:
            # The object is negated; is anything else the verb's object too?
            rest = core[neg.scope[1] :]
            if re.match(r"\s*(?:and|but)\s+\w", rest) and not re.match(
                r"\s*(?:and|but)\s+(?:no|not|never|none|nothing|nobody)\b", rest, re.I
            ):
                continue
        counted += 1
    return -1 if counted else 1


# A relative clause after the main verb ("… a housing scheme that was never built",
# "hired staff who never returned"): its negation is its own, not the statement's. "that"
# opens one only before an auxiliary or a negation ("showed that no funds were lost" is a
# clause the verb reports).
_RELATIVE_CLAUSE = re.compile(
    r"\s(?:who|whom|whose|which|that(?=\s+(?:was|were|is|are|has|have|had|did|does|do|will"
    r"|would|could|can|never|not)\b))\s",
    re.IGNORECASE,
)


def _cancels(core: str, neg: Negation, nxt: Negation) -> bool:
    """ "did not deny", "never failed to": a cue whose next word or two is another cue."""
    between = core[neg.cue.end : nxt.cue.start]
    return len(between.split()) <= 1 and not re.search(r"[,;.]|\b(?:and|but|or)\b", between)


# Words that may lead a fronted time phrase before the date itself ("early on Sunday",
# "in 2024", "since March").
_TIME_LEADS = frozenset(
    {"on", "in", "at", "during", "by", "since", "until", "from", "early", "late", "earlier"}
    | {"later", "next", "last", "this", "that", "every"}
)
_DEICTIC_DAYS = frozenset({"yesterday", "today", "tomorrow", "tonight", "overnight"})
_SUBJECT_OPENERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their"}
    | {"our", "my", "your", "i", "he", "she", "it", "we", "they", "you", "no", "some"}
)
# Any fixed day: only the span of each relative date is used, never the day it names.
_SPAN_ANCHOR = date(2000, 1, 1)


def _fronted_time_end(core: str, tokens: Sequence[Token], start: int, stop: int) -> int:
    """Offset where the subject starts after a time phrase opening the clause at
    ``start`` ("Next Monday", "On 3 March", "In 2024", "Yesterday", "This week"), or
    ``start`` when there is none.

    The phrases are the dates :func:`~factcheck.normalize.find_dates` and
    :func:`~factcheck.normalize.anchor_dates` find, with a preposition or "early" /
    "late" before them. A bare day or month right before a capitalised word may be a
    name ("Monday Motors cut 200 jobs"), so it is kept; a phrase that would leave no
    subject before ``stop`` ("Last year was the warmest") is kept too.
    """
    from factcheck.normalize import anchor_dates

    spans = [d.span for d in find_dates(core[:stop])]
    spans += [m.span for m in anchor_dates(core[:stop], _SPAN_ANCHOR)]
    words = [t for t in tokens if start <= t.start < stop]
    pos = start
    led = False
    consumed = False
    k = 0
    while k < len(words):
        t = words[k]
        covering = [e for s, e in spans if s <= t.start < e]
        if covering:
            end = max(covering)
            rest = [w for w in words if w.start >= end]
            bare = not led and not consumed and " " not in core[t.start : end].strip()
            if not rest or (
                bare
                and t.text.lower() not in _DEICTIC_DAYS
                and rest[0].text.lower() not in _SUBJECT_OPENERS
            ):
                # "Monday Motors cut", "March sales fell": a bare day or month before
                # anything but a determiner or a pronoun may be a name or a modifier.
                return start
            pos, consumed = end, True
            while k < len(words) and words[k].start < end:
                k += 1
            continue
        if t.text.lower() in _TIME_LEADS and not consumed:
            led = True
            k += 1
            continue
        break
    return pos if consumed else start


def _fronted_place_end(core: str, tokens: Sequence[Token], start: int, stop: int) -> int:
    """Offset where the subject starts after a place phrase opening the clause without a
    comma ("In Leeds the council hired 40 nurses", "At the Harl depot a fire broke
    out", "In Orlin pensioners received …"), or ``start`` when there is none: a locative
    preposition, then words up to a determiner or pronoun that opens the subject, or a
    name up to the first word not capitalised. The subject must keep a word before
    ``stop``, so "At least 15 people died" keeps its words."""
    words = [t for t in tokens if start <= t.start < stop]
    if len(words) < 3 or words[0].text.lower() not in _LOCATIVE:
        return start
    k = 1
    if words[k].text.lower() in _DETERMINERS:
        k += 1  # "In the old town the council …"
    first = k
    while k < len(words) and words[k].text.lower() not in _SUBJECT_OPENERS:
        if "," in core[words[k - 1].end : words[k].start]:
            return start  # a comma ends the phrase: _OPENER_RE's work
        if (
            k > first == 1
            and not words[k].text[:1].isupper()
            and all(w.text[:1].isupper() for w in words[first:k])
            and words[k].text.lower() not in _PREPOSITIONS
        ):
            break  # "In Orlin pensioners received …": the name ends the place
        k += 1
    if k == first or k >= len(words):
        return start
    return words[k].start


# Nouns that tally a count ("the number of injured", "the total of evacuees", "the
# tally of arrests"): the subject they head is the thing counted.
_TALLY_NOUNS = frozenset({"number", "total", "tally", "count", "toll"})
_TALLY_ADVERBS = frozenset({"now", "already", "so", "far", "currently", "officially"})
# A participle or adjective standing for the people it describes ("the injured", "the
# dead", "the missing"): the counted thing is people, the word its predicate.
_PEOPLE_ADJECTIVES = {
    "dead": "die",
    "injured": "injure",
    "wounded": "wound",
    "missing": "miss",
    "hurt": "hurt",
    "evacuated": "evacuate",
    "displaced": "displace",
    "arrested": "arrest",
    "detained": "detain",
    "homeless": "homeless",
}


def _tally(tokens: Sequence[Token]) -> tuple[list[Token], str] | None:
    """(the counted subject's words, the lemma of what happened to it) when the subject
    is a tally: "the number of injured", "the number of people injured", "the total of
    evacuees" → ([people], "injure"), ([evacuees], ""); else None. A participle or
    adjective alone stands for people ("the injured")."""
    lows = [t.text.lower() for t in tokens]
    at = next(
        (k for k, w in enumerate(lows[:-1]) if w in _TALLY_NOUNS and lows[k + 1] == "of"), None
    )
    if at is None:
        return _death_toll(tokens)
    rest = [t for t in tokens[at + 2 :] if t.text.lower() not in _DETERMINERS and not _adverb(t)]
    while rest and rest[-1].text.lower() in _TALLY_ADVERBS:
        rest.pop()  # "the number of injured now stands at 31"
    if not rest:
        return None
    last = rest[-1].text.lower()
    if last in _PEOPLE_ADJECTIVES:
        people = Token("people", "people", "people", rest[-1].start, rest[-1].end, False)
        counted = rest[:-1] or [people]
        return list(counted), _PEOPLE_ADJECTIVES[last]
    if _participle(last) and len(rest) > 1:
        return list(rest[:-1]), rest[-1].lemma  # "the number of people injured"
    if _participle(rest[0].text.lower()) and len(rest) > 1:
        return list(rest[1:]), rest[0].lemma  # "the number of evacuated residents"
    return list(rest), ""


# A relative clause after a tally's counted noun: "people who (have) died", "homes that
# were flooded", "people who are missing"; its verb, after any auxiliaries, is what
# happened to the counted thing. A negation ("who have not been found", "who did not
# survive", "who never returned") is no verb: the group ``neg`` says the clause denies
# its verb, which then names no outcome of the counted thing.
# Every auxiliary but the negated contractions (claim_lexicon's classes), longest first.
_RELATIVE_AUX_WORDS = BE_FORMS | HAVE_FORMS | DO_FORMS | MODAL_AUXILIARIES
_RELATIVE_AUX = "(?:{})".format("|".join(sorted(_RELATIVE_AUX_WORDS, key=lambda w: (-len(w), w))))
_RELATIVE_VERB_RE = re.compile(
    rf"\s+(?:who|that|which)\s+(?:{_RELATIVE_AUX}\s+)*"
    rf"(?P<neg>(?:not|never)\s+|(?<=n)['’]t\s+|{_RELATIVE_AUX}n['’]t\s+)?"
    rf"(?:{_RELATIVE_AUX}\s+)*(?P<verb>[a-z]+)",
    re.IGNORECASE,
)


# Words before "toll" that make it a count of deaths ("the death toll"); any other
# modifier makes it that toll ("the bridge toll", "the road toll").
_DEATH_WORDS = frozenset({"death", "deaths", "fatality", "fatalities"})


def _death_toll_at(lows: Sequence[str]) -> int | None:
    """Where "toll" stands in these lower-cased subject words when they name a death
    toll — "the death toll", a bare "the toll", "the death toll from the landslide" —
    else None ("the bridge toll": another modifier makes it that toll)."""
    if "toll" not in lows:
        return None
    at = list(lows).index("toll")
    before = [w for w in lows[:at] if w not in _DETERMINERS]
    if before and not set(before) <= _DEATH_WORDS:
        return None
    if list(lows[at + 1 : at + 2]) not in ([], ["from"], ["in"], ["of"]):
        return None
    return at


# Plural nouns that name an outcome counted in people ("Deaths rose to 45"): the counted
# thing is people, the noun's verb what happened to them.
_OUTCOME_NOUNS = {"deaths": "die", "fatalities": "die", "injuries": "injure"}


def _outcome_count(tokens: Sequence[Token]) -> tuple[list[Token], str] | None:
    """([people], verb) when the subject is a plural outcome noun alone ("Deaths rose to
    45", "Injuries have risen to 31"): a count of the people it happened to, as a death
    toll is; asked only of an asserted level verb. Else None."""
    lows = [t.text.lower() for t in tokens if t.text.lower() not in _DETERMINERS]
    if len(lows) != 1 or lows[0] not in _OUTCOME_NOUNS:
        return None
    noun = next(t for t in tokens if t.text.lower() == lows[0])
    people = Token("people", "people", "people", noun.start, noun.end, False)
    return [people], _OUTCOME_NOUNS[lows[0]]


def _death_toll(tokens: Sequence[Token]) -> tuple[list[Token], str] | None:
    """([people], "die") when the subject is a death toll (:func:`_death_toll_at`): a
    count of the people who died, so "The death toll has risen to 14" and "Nine people
    died" count one thing (the toll's own verb says it is an update)."""
    at = _death_toll_at([t.text.lower() for t in tokens])
    if at is None:
        return None
    toll = tokens[at]
    return [Token("people", "people", "people", toll.start, toll.end, False)], "die"


def tallied(f: Frame) -> bool:
    """Whether the frame's subject is a tally of what it counts ("The number of people
    injured has risen to 31", "The death toll has risen to 14"): its figure is a count of
    a named measure, as a level is."""
    words = f.subject_text.lower().split()
    if any(w in _TALLY_NOUNS and words[k + 1 : k + 2] == ["of"] for k, w in enumerate(words)):
        return True
    return _death_toll_at(words) is not None


def _subject(
    tokens: Sequence[Token], chunks: Sequence[tuple[str, str, str]], stopwords: frozenset[str]
) -> tuple[str, str, str]:
    """(subject, as written, kind) from the words before the predicate."""
    if not tokens:
        return "", "", ""
    written = " ".join(t.text for t in tokens)
    lows = [t.text.lower() for t in tokens]
    if len(tokens) <= 2 and lows[-1] in _PRONOUNS:
        return lows[-1], tokens[-1].text, "pronoun"
    names = [name for name, _, _ in chunks]
    titled = _titled_name(tokens, names, stopwords)
    if titled:
        return titled, written, "name"
    in_subject = [n for n in names if any(_bare(t.text) == n.split()[0] for t in tokens)]
    if in_subject:
        # "The Brenmoor council": the name and the head noun after it.
        name = in_subject[0]
        head = _head(tokens, stopwords)
        subject = name if not head or head in name.split() else f"{name} {head}"
        return subject, written, "name"
    head_words = [
        t.norm
        for t in tokens
        if t.norm not in stopwords
        and t.lemma not in stopwords
        and t.text.lower() not in ("no", "not")
    ]
    if not head_words:
        return "", written, ""
    if lows[0] in ("the", "this", "that") and tokens[-1].lemma in _ORG_HEADS | {
        "man",
        "woman",
        "suspect",
        "victim",
        "official",
        "minister",
        "mayor",
        "chief",
        "driver",
        "pilot",
        "boy",
        "girl",
        "defendant",
        "accused",
        "player",
        "coach",
    }:
        return " ".join(head_words[-2:]), written, "description"
    return " ".join(head_words[-2:]), written, "noun"


def _titled_name(
    tokens: Sequence[Token], names: Sequence[str], stopwords: frozenset[str]
) -> str:
    """The name that ends a subject after a role noun ("Ashgrove mayor Ilse Barrow",
    "former city engineer Mara Keel", "Velm police chief Ada Roy"), else "".

    In such a phrase the name is the head and the words before it are its title: the
    person is Ilse Barrow whether a report writes "Ashgrove mayor", "the mayor" or
    nothing before her name. Read the other way (the first name and the last lower-case
    noun: "ashgrove mayor"), two reports of one person would have different subjects.
    The word right before the name must be a lower-case word of content (the role), so
    "The Brenmoor council" (no name at the end) and "Ruiz and Lind" are left alone."""
    k = len(tokens)
    while k > 0 and tokens[k - 1].text[:1].isupper() and _bare(tokens[k - 1].text):
        k -= 1
    if k == 0 or k == len(tokens) or k < 1:
        return ""
    name = " ".join(_bare(t.text) for t in tokens[k:])
    role = tokens[k - 1]
    if name not in names or role.text[:1].isupper() or role.norm in stopwords:
        return ""
    if not role.text.isalpha():
        return ""
    return name


# A word that opens a time phrase after a subject's head: a month, a weekday, a year.
_TIME_WORD_RE = re.compile(
    r"(?:January|February|March|April|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d)"
)


def _without_place_modifier(
    core: str,
    tokens: list[Token],
    chunks: Sequence[tuple[str, str, str]],
    stopwords: frozenset[str],
) -> list[Token]:
    """The subject's words without a place phrase that follows its head noun: "Fuel
    prices in Dalmark" → fuel prices, "Unemployment in the Eastgate district" →
    unemployment. The place is kept in the frame's ``place`` slot; it says where the
    thing is measured, not what is measured. Words after a locative preposition are cut
    only when a name or a determiner follows it ("Residents in the old town" →
    residents) and a content word that is no name precedes it, so "The Brenmoor council"
    and "Residents of Kestrow" keep their names."""
    names = {name.split()[0] for name, _, _ in chunks}
    for k in range(1, len(tokens)):
        gap = core[tokens[k - 1].end : tokens[k].start].lower().split()
        before = tokens[:k]
        if tokens[k].text.lower() in _LOCATIVE | {"on", "during"} and k + 1 < len(tokens):
            # The preposition kept as a word ("An explosion at the Orrin plant", "The
            # fire in March 2025"): the phrase after it is where or when (#9).
            gap, k = [tokens[k].text.lower()], k + 1
            while k < len(tokens) - 1 and tokens[k].text.lower() in _DETERMINERS:
                k += 1
        if not gap or gap[0] not in _LOCATIVE | {"on", "during"}:
            continue
        if _time_phrase_at(core, tokens, k) and any(w.norm not in stopwords for w in before):
            return list(before)  # "The fire in March 2025", "The strike on Monday"
        if gap[0] not in _LOCATIVE:
            continue
        after = [_bare(w.text) for w in tokens[k:]]
        # "Residents in the old town": a place without a name is no place slot, but
        # still not the subject's head; nor is an occasion a possessive determines
        # ("Turnout in Sunday's referendum", "Delays at the city's airport": turnout,
        # delays), while a bare noun says which kind ("Investment in schools").
        unnamed = len(gap) == 1 and _determined_phrase_at(tokens, k)
        if unnamed and before[-1].norm in _TALLY_NOUNS:
            continue  # "The death toll from Saturday's flood": the tally reads its phrase
        if (unnamed or any(w in names for w in after)) and any(
            w.norm not in stopwords and _bare(w.text) not in names
            for w in before
        ):
            return list(before)
    return tokens


# Prepositions whose phrase may modify the noun a subject measures ("The merger between
# Velm Rail and Osk Cargo", "The contract with the city"). "of" is left out: "the price
# of fuel" measures fuel's price, not a price.
_MODIFIER_PREPOSITIONS = LEXICON["prepositions"] - {"of", "than", "as", "like", "per"}


def _measured_head(
    core: str,
    tokens: Sequence[Token],
    chunks: Sequence[tuple[str, str, str]],
    stopwords: frozenset[str],
) -> str:
    """What a subject measures when a phrase after its head noun names one party,
    occasion or time: the (up to two) content words before the preposition ("The freight
    merger between Velm Rail and Osk Cargo is valued at $90m" → freight merger; "The
    deal with the city is worth $4m" → deal). "" when the subject has no such phrase;
    then the subject itself is what is measured. The subject keeps its names for who
    the claim is about; only the measure leaves them out (tester9e F5)."""
    names = {name.split()[0] for name, _, _ in chunks}
    for k in range(1, len(tokens)):
        # the preposition is a token of the subject, or was left out of it as an
        # adverb ("between") and stands in the gap before the next one
        gap = core[tokens[k - 1].end : tokens[k].start].lower().split()
        if tokens[k].text.lower() in _MODIFIER_PREPOSITIONS and k + 1 < len(tokens):
            after = k + 1
        elif gap and gap[-1] in _MODIFIER_PREPOSITIONS:
            after = k
        else:
            continue
        head = [
            t
            for t in tokens[:k]
            if t.norm not in stopwords and t.lemma not in stopwords and _bare(t.text) not in names
        ]
        if head and head[-1].norm in _TALLY_NOUNS:
            return ""  # "the death toll from the flood" is read as a tally (_tally)
        if head and (
            _determined_phrase_at(tokens, after)
            or _bare(tokens[after].text) in names
            or _time_phrase_at(core, tokens, after)
        ):
            return " ".join(t.norm for t in head[-2:])
        return ""
    return ""


def _existential_subject(
    core: str, tokens: Sequence[Token], group_at: int, quantities: Sequence[tuple[int, int]]
) -> list[Token]:
    """The noun phrase after "there is/were (no)": "There were no reported deaths" →
    "deaths", "There were 13 admissions in the vaccine group" → "admissions". It ends at
    a preposition, a separator or a relative word; auxiliaries, negation cues, figures
    and participles before the noun ("reported", "confirmed") are left out, so "There
    were no reported deaths" and "No deaths have been reported" share a subject."""
    stop = _SEPARATOR_RE.search(core, tokens[group_at].end)
    end = stop.start() if stop else len(core)
    words: list[Token] = []
    for t in tokens[group_at:]:
        low = t.text.lower()
        ends = low in _PREPOSITIONS or low in _RELATIVE_WORDS or low == "that"
        if t.start >= end or (words and ends):
            break
        if low in _AUX or low in ("no", "not", "never", "any") or _participle(low):
            continue
        if not any(s <= t.start < e for s, e in quantities):
            words.append(t)
    return words


def _head(tokens: Sequence[Token], stopwords: frozenset[str]) -> str:
    content = [t for t in tokens if t.norm not in stopwords and not t.text[:1].isupper()]
    return content[-1].norm if content else ""


# A word of a name: capitalised, with at most one capital inside ("McLean", "O'Neill").
# The inner capital is tried first, so "McLean" is read whole, never as "Mc".
_NAME_WORD = r"[A-Z](?:[a-z'’-]*[A-Z][a-z'’-]+|[a-z'’-]+)"
_NAME_RUN_RE = re.compile(
    rf"\b(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?{_NAME_WORD}(?:\s+(?:[A-Z]\.\s*)?{_NAME_WORD}){{0,3}}"
)


def _resolve(written: str, preceding: str) -> str:
    """The entity a pronoun or definite description stands for, if the preceding text
    names exactly one candidate of that kind (surnames fold into full names)."""
    low = written.lower()
    head = low.split()[-1]
    runs = []
    kinds: list[set[str]] = []  # each run's words as written, titles and suffixes kept
    subjects: list[list[str]] = []  # runs that open a sentence: "Harlow Motors is …"
    for match in _NAME_RUN_RE.finditer(preceding):
        run = match.group()
        initial = preceding[max(0, match.start() - 2) : match.start()].strip() in ".!?"
        # A sentence-initial single capitalised word is usually no name ("The", "Police").
        if initial and " " not in run:
            continue
        raw = [w.strip(".").lower() for w in run.split()]
        # "The Brenmoor council": a kind of organisation in lower case after the name
        # is the run's head (#9).
        after = _ORG_AFTER_RE.match(preceding, match.end())
        if after is not None:
            raw.append(after.group(1).lower())
        words = [w for w in raw if w not in _TITLES and w not in ("the", "a", "an")]
        if words:
            runs.append((words, run))
            kinds.append(set(raw))
            if initial and not _titled(run):
                subjects.append(words)
    if head in _PERSON_PRONOUNS:
        return _unique(_people(runs))
    if head in _ORG_HEADS:
        # "Inc", "Ltd" make a run a company even though a name reads them as titles.
        orgs = [
            w
            for (w, _), raw in zip(runs, kinds, strict=True)
            if head in raw or (raw & _NON_PERSON and head in ("company", "firm", "group"))
        ]
        return _unique(orgs)
    if head in ("it", "they", "them"):
        orgs = [w for (w, _), raw in zip(runs, kinds, strict=True) if raw & _NON_PERSON]
        # A name opening a sentence may be an organisation without a word saying so
        # ("Harlow Motors is based in Denby."): it is a candidate too, so two of them
        # leave "it" unresolved rather than wrongly resolved (#9).
        return _unique(orgs + [w for w in subjects if w not in orgs])
    return ""


# A kind of organisation written in lower case right after a name: "The Brenmoor council".
_ORG_AFTER_RE = re.compile(
    r"\s+(" + "|".join(sorted(_ORG_HEADS, key=lambda w: (-len(w), w))) + r")\b"
)


# Where the person a speaker's "he"/"she" stands for is looked for: the paragraph the
# claim is in and the one before it. A name further back is no longer the nearest.
_PARAGRAPH_BREAK_RE = re.compile(r"\n\s*\n")

_APPOSITION_NAME = (
    rf"((?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
)


def appositive_name(written: str, preceding: str) -> str:
    """The person ``preceding`` puts beside the role noun that heads ``written`` ("The
    driver"), lower-cased without titles, when exactly one is: "The driver, Tom Vale,
    was …", "The lorry driver, Tom Vale, 34, …", "Tom Vale, the driver, …", "Tom Vale,
    34, the driver of the lorry, …", "driver Tom Vale". "" otherwise (no such phrase, or
    two people named in one role).

    A definite role noun and the name an article sets in apposition to it are one
    subject within that article: "The driver was arrested" there states what "Tom Vale
    was arrested" states. Only a definite description ("the …", "this …") is read, and
    only a name of two to four capitalised words: a bare "the driver" in an article that
    names no driver stays unresolved.
    """
    words = written.lower().split()
    if len(words) < 2 or words[0] not in ("the", "this", "that"):
        return ""
    head = re.escape(words[-1])
    role = rf"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){{0,2}}{head}\b"
    patterns = (
        # "the driver, Tom Vale," / "The lorry driver, Tom Vale, 34,"
        rf"{role}(?:\s+of\s+[^,.;]+)?,\s+{_APPOSITION_NAME}\s*(?:,|\(|\s+\d)",
        # "Tom Vale, the driver," / "Tom Vale, 34, the driver of the lorry,"
        rf"{_APPOSITION_NAME},\s+(?:\d+,\s+)?{role}",
        # "driver Tom Vale" (a role as a title)
        rf"\b{head}\s+{_APPOSITION_NAME}",
    )
    found: list[list[str]] = []
    for pattern in patterns:
        for match in re.finditer(pattern, preceding):
            name = [w.strip(".").lower() for w in match.group(1).split()]
            name = [w for w in name if w not in _TITLES]
            if len(name) >= 2 and not set(name) & _NON_PERSON:
                found.append(name)
    return _unique(found)


def resolve_speaker(speaker: str, preceding: str) -> str:
    """``speaker`` as a name when it is "he" or "she" and the text before the claim names
    one person: '"The river has not peaked," he said.' after "Governor Nikola Stoev
    visited the villages." has the speaker "Governor Nikola Stoev".

    Only the claim's paragraph and the one before it are read (the nearest person), of
    ``preceding`` as callers give it: :func:`context_before`, the last
    :data:`PRECEDING_CHARS` characters, for a frame and an attribution marker alike (so
    they name the same speaker, and a paragraph of a thousand "he said" stays linear),
    with the rule that resolves a pronoun subject (:func:`_resolve`: persons only,
    "Stoev" and "Nikola Stoev" are one). Two persons there, or none, leave the pronoun
    as it is: a guess would give the words to someone who did not say them.
    """
    if speaker.strip().lower() not in ("he", "she"):
        return speaker
    paragraphs = _PARAGRAPH_BREAK_RE.split(preceding)
    nearby = paragraphs[-1]
    if not _people([(r.split(), r) for r in _NAME_RUN_RE.findall(nearby)]) and len(paragraphs) > 1:
        nearby = paragraphs[-2]  # nobody named in the claim's paragraph: the one before
    found = _resolve(speaker.strip(), nearby)
    if not found:
        return speaker
    last = found.split()[-1]
    written = [
        run
        for run in (m.group() for m in _NAME_RUN_RE.finditer(nearby))
        if run.split()[-1].strip(".").lower() == last
    ]
    if not written:
        return speaker
    best = max(written, key=lambda run: len(run.split()))
    return re.sub(r"^(?:The|A|An)\s+", "", best)


def namesakes(subject: str, text: str) -> tuple[str, ...]:
    """The people ``text`` names in full (a first and a last name, titles left out)
    whose last name is the last word of ``subject`` (a lower-cased name: "morrow",
    "ann morrow"), lower-cased and in order of first mention: "Ann Morrow, … her
    brother Ben Morrow" gives ("ann morrow", "ben morrow") for "morrow". Empty when
    ``subject`` is no person's name (an organisation or a place word in it).

    A surname alone in a news report refers to the person the report named in full
    (house style names a person fully once, then by surname); one such person resolves
    it, two leave it open."""
    words = person_words(subject)
    if not words:
        return ()
    last = words[-1]
    found: list[str] = []
    for match in _NAME_RUN_RE.finditer(text):
        run = [w.strip(".").lower() for w in match.group().split()]
        run = [w for w in run if w not in _TITLES]
        if len(run) < 2 or run[-1] != last or set(run) & _NON_PERSON:
            continue
        if run[0] in _OPENING_WORDS:
            run = run[1:]  # "The Ann Morrow …" / "When Ann Morrow …": not a given name
        full = " ".join(run)
        if len(run) >= 2 and full not in found:
            found.append(full)
    return tuple(found)


def person_words(name: str) -> list[str]:
    """The words of ``name`` (lower-cased) without titles ("Ms", "Dr", "Judge"), or []
    when a word of it says it names an organisation or a place ("Harl Bank", "Orlin
    Street"), not a person."""
    words = [w.strip(".") for w in name.lower().split()]
    if set(words) & _NON_PERSON:
        return []
    return [w for w in words if w not in _TITLES]


# Capitalised words that open a sentence before a name without being part of it.
_OPENING_WORDS = frozenset({"the", "a", "an", "when", "after", "before", "but", "and", "as", "if"})


def _people(runs: Sequence[tuple[list[str], str]]) -> list[list[str]]:
    """The runs of :func:`_resolve` that name a person: no organisation or place word,
    and a first and last name or a title ("Dr Ruiz")."""
    return [w for w, run in runs if not (set(w) & _NON_PERSON) and (len(w) >= 2 or _titled(run))]


def _titled(run: str) -> bool:
    return run.split()[0].strip(".").lower() in _PERSON_TITLES


def _unique(candidates: Sequence[list[str]]) -> str:
    """One entity, counting "Ada Brook" and "Brook" as the same; "" when several."""
    distinct: list[list[str]] = []
    for words in candidates:
        if any(
            words[-1] == d[-1] or set(words) <= set(d) or set(d) <= set(words) for d in distinct
        ):
            for d in distinct:
                if words[-1] == d[-1] and len(words) > len(d):
                    d[:] = words
            continue
        distinct.append(list(words))
    return " ".join(distinct[0]) if len(distinct) == 1 else ""


def _roles(
    core: str,
    tokens: Sequence[Token],
    verb_at: int | None,
    voice: Voice,
    chunks: Sequence[tuple[str, str, str]],
    subject: str,
) -> tuple[str, str]:
    """(agent, patient) names around the main verb: "Arsenal beat Chelsea" → (arsenal,
    chelsea); "Chelsea was beaten by Arsenal" → (arsenal, chelsea)."""
    if verb_at is None:
        return "", ""
    verb = tokens[verb_at]
    stop = _CLAUSE_END.search(core, verb.end)
    end = stop.start() if stop else len(core)
    after = [
        name for name, before, _ in chunks if verb.end <= core.lower().find(name, verb.end) < end
    ]
    if voice == "passive":
        # "evacuated by Monday morning", "cleared by the end of the week": a "by" of time
        # says when the act was done, never who did it.
        by = next(
            (
                found
                for found in re.finditer(r"\bby\s+(?:the\s+)?(\w[\w'’ -]*)", core[verb.end : end])
                if not _time_phrase_at(
                    core,
                    tokens,
                    next(
                        (k for k, t in enumerate(tokens) if t.start >= verb.end + found.start(1)),
                        len(tokens),
                    ),
                )
            ),
            None,
        )
        agent = ""
        if by:
            agent = next((n for n in after if by.group(1).lower().startswith(n)), "")
            if not agent:
                # "was beaten by the home side": the agent a common noun
                by_at = verb.end + by.start()
                at = next((k for k, t in enumerate(tokens) if t.start > by_at), None)
                agent = _object_key(tokens, at, end)
        return agent, subject if subject and agent else ""
    patient = after[0] if after else _object_key(tokens, verb_at + 1, end)
    return (subject, patient) if patient else ("", "")


# Nouns of a point of a span: "the end of the week", "the start of March" say when.
_TIME_POINTS = frozenset({"end", "start", "beginning", "middle", "close", "turn"})
# Words of time that are no noun: "by then", "until now".
_TIME_ADVERBS = frozenset({"then", "now", "today", "tonight", "yesterday", "tomorrow"})


def _possessive(t: Token) -> bool:
    return t.text.lower().endswith(("'s", "’s"))


def _determined_phrase_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether the noun phrase opening at token ``k`` is determined: an article, a
    demonstrative or a possessive opens it ("the old town", "its plant"), or a possessive
    comes before its head ("Sunday's referendum", "last year's election", "the city's
    airport"). Such a phrase names one place or occasion; a bare noun names a kind
    ("Investment in schools", "Deaths in custody")."""
    if k < len(tokens) and tokens[k].text.lower() in _DETERMINERS:
        return True
    return any(_possessive(t) for t in tokens[k : k + 3])


def _time_phrase_at(core: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether the noun phrase opening at token ``k`` says when: its head is a date or a
    clock time ("by 2030", "by 3 p.m."), a weekday or month ("by Monday morning"), a
    noun of time (``time_nouns`` of claims_lexicon.toml: "by dawn", "by the weekend",
    "by the time rescuers arrived"), a point of one ("by the end of the week") or a word
    of time ("by then"). Determiners and words that lead a time ("early", "last") are
    passed over; a possessive time is a determiner of the noun after it, so "by last
    year's winner" is no time (its head is "winner") while "in Sunday's referendum" ends
    on the referendum, an occasion (see :func:`_determined_phrase_at`)."""
    dated = [d.span for d in find_dates(core)] + [q.span for q in times_of_day(core)]
    while k < len(tokens):
        t = tokens[k]
        low = t.text.lower()
        if any(s <= t.start < e for s, e in dated):
            if not (_possessive(t) and k + 1 < len(tokens) and tokens[k + 1].text[:1].isalpha()):
                return True
        elif low in _TIME_ADVERBS or t.norm in WEEKDAY_AND_MONTH_NAMES:
            if not _possessive(t):
                return True
        elif TIME_NOUNS & {t.lemma, t.norm} and not _possessive(t):
            return True
        elif t.lemma in _TIME_POINTS:
            return k + 2 < len(tokens) and tokens[k + 1].text.lower() == "of" and (
                _time_phrase_at(core, tokens, k + 2)
            )
        elif not (low in _DETERMINERS or low in _TIME_LEADS or _possessive(t)):
            return False
        k += 1
    return False


def _object_key(tokens: Sequence[Token], at: int | None, end: int) -> str:
    """The key of a common-noun phrase opening at token ``at`` (before character
    ``end``): its words without determiners, up to three, ending before a preposition,
    a punctuation mark or a verb ("sued the council over …" → "council"; "was beaten by
    the home side" → "home side"). "" for a pronoun, a figure or a phrase whose last
    word has no noun reading: a figure's object is a measure (:func:`_measures`), not a
    party, and "sued" of "the firm was sued" has none."""
    if at is None:
        return ""
    stop = lexicon().stopwords
    words: list[str] = []
    last = ""
    k = at
    if k < len(tokens) and tokens[k].start < end and tokens[k].text.lower() in ("to", "against"):
        k += 1  # "lost to the champions", "voted against the council"
    while k < len(tokens) and tokens[k].start < end and len(words) < 3:
        t = tokens[k]
        low = t.text.lower()
        k += 1
        if low in _DETERMINERS and not words:
            continue
        if low in _PRONOUNS or low[:1].isdigit() or parse_number_words(low) is not None:
            return ""
        if not low[:1].isalpha() or low in _PREPOSITIONS:
            break
        if words and verb_forms(low) and "NOUN" not in lemmas(low):
            break
        if low not in stop:
            words.append(t.norm)
            last = low
    return " ".join(words) if words and "NOUN" in lemmas(last) else ""


def _measures(
    core: str,
    tokens: Sequence[Token],
    verb_at: int | None,
    subject: str,
    voice: Voice = "active",
) -> tuple[Measure, ...]:
    """Each figure with what it counts and the verb it goes with, read in its own clause.

    A sentence may give figures of several things: "The storm killed 12 people and
    injured 40 others", "Fuel rose 5% but wages 7%". A figure in a clause coordinated
    after the main verb takes that clause's verb and subject (see :func:`_clause_of`);
    a clause without a verb of its own ("but wages 7%") borrows the main verb, and
    "40 others" / "40 more" count what the figure before counted.

    What is counted: the content words after the figure in its clause ("9 people" →
    person), else the clause's subject when its verb is one of level or change
    ("Inflation fell to 3.1%" → inflation). The predicate joins the counted thing when
    it says what happened to it ("killed 9 people" vs "injured 31 people")."""
    lex = lexicon()
    quantities = [
        q
        for q in find_quantities(core)
        if not bound_kind(core, q) and not _ONE_OF_RE.match(core, q.span[0])
    ]
    # A date or a period ("0.9% quarter on quarter") after a figure says when or over
    # what span, not what is counted.
    dated = [d.span for d in find_dates(core)] + [(s, e) for s, e, _ in _period_mentions(core)]
    main_verb = tokens[verb_at] if verb_at is not None else None
    lows = [t.text.lower() for t in tokens]
    out: list[Measure] = []
    counted_text = ""  # what the figure before counted, as written ("people")
    for q in quantities:
        end = min([o.span[0] for o in quantities if o.span[0] >= q.span[1]] + [len(core)])
        stop = _CLAUSE_END.search(core, q.span[1], end)
        end = stop.start() if stop else end
        verb, clause_subject = _clause_of(core, tokens, main_verb, q, lex.stopwords)
        if verb is not main_verb and _second_counted_object(
            core, tokens, q, verb, out[-1] if out else None
        ):
            verb, clause_subject = main_verb, ""  # "carried 99 passengers and four crew"
        clause_subject = clause_subject or subject
        # "The deal is worth $52 million", "is valued at $40 million": the figure is the
        # subject's value, whatever the verb (a passive "valued" included).
        valued = q.unit in CURRENCIES and _VALUE_RE.search(core, 0, q.span[0]) is not None
        level = (
            valued
            or verb is None
            or verb.lemma in _LEVEL_VERBS
            # "held steady at 7.4%", "sat at 4%", "settled at 3.2%": a level; "held 40
            # hostages" counts what was held.
            or (
                verb.lemma in _AT_LEVEL_VERBS
                and _AT_LEVEL_RE.search(core, 0, q.span[0]) is not None
            )
        )
        # "9 people", "12% of voters": the counted thing follows the figure, up to the
        # first verb ("Nine passengers died", "30 were hurt").
        counted: list[Token] = []
        complement: Token | None = None  # "left 300 people homeless": what happened
        # A light verb takes its complement after the figure it counts ("left 40 dead");
        # one after the counted noun is the clause's verb, and a participle between
        # describes the group ("30 pupils evacuated from the school were sent home").
        light = (
            verb is not None
            and verb.lemma in _LIGHT_VERBS
            and verb.start < q.span[0]
            # "made 12 arrests in Harlow" says what was made: no complement follows
            and not (verb in tokens and light_reading(tokens, tokens.index(verb)))
        )
        others = False
        changed = _changed_by(core, tokens, q, lex.stopwords)
        if changed is not None:
            # "reduced hospitalisations among older adults by 38%": a change measured
            # "by" a figure counts what the verb changed, whatever follows the figure.
            verb, counted = changed
            level = False
        elided = False  # "… and 21 in the placebo group": the noun is left out
        for i, t in enumerate(tokens) if changed is None else ():
            if t.start < q.span[1]:
                continue
            if t.start >= end:
                break
            if any(s <= t.start < e for s, e in dated):
                if counted and not light:
                    break  # "arrested 12 protesters on Tuesday": the date ends the phrase
                continue
            low = t.text.lower()
            if not counted and low == "more" and _noun_follows(tokens, i, end, lex.stopwords):
                continue  # "saved 9 more people": "more" adds to a count of people
            if comparative_at(lows, i):
                # "6,500 hectares far more than the service said", "40 people, well over
                # last year's": a comparison ends what the figure counts.
                break
            if not counted and low in _OTHERS:
                others = True
                break
            if not counted and low in _AFTER_FIGURE:
                # "Home prices fell 2% in the capital": after a level verb the figure
                # measures the subject; a phrase led by a preposition says where, when
                # or among whom, not what was counted ("12% of voters" still counts).
                # A bare count may also have its noun left out ("13 admissions in the
                # vaccine group and 21 in the placebo group"): see below.
                elided = True
                break
            # "flu-related", "water-bombing": a word glued by a hyphen is part of a
            # compound modifier, neither the verb of a clause ("13 flu-related hospital
            # admissions") nor the end of the counted phrase ("Two water-bombing
            # aircraft" count aircraft).
            compound = core[t.start - 1 : t.start] == "-"
            if (
                counted
                and not light
                and not compound
                and _ends_counted_phrase(tokens, i, lex.stopwords)
            ):
                # The counted thing is the noun phrase the figure heads, up to its head
                # noun: "600 troops in the town" counts troops, not the town.
                break
            participle = (
                "VBD" in verb_forms(low)
                and "NOUN" not in lemmas(low)
                and not compound
                and not (not counted and not light and _modifies_noun(tokens, i))
            )
            if light and participle and low not in _AUX:
                complement = t  # "left 2,000 people injured", "left 40 dead"
                break
            if low in _AUX or participle:
                break
            if verb is not None and t.start == verb.start:
                break
            if t.norm in lex.stopwords or t.lemma in lex.stopwords or t.text[:1].isdigit():
                continue
            # the word after a hyphened modifier is the noun it modifies ("water-bombing
            # aircraft"), still the counted phrase
            glued = compound or (
                i > 0 and core[tokens[i - 1].start - 1 : tokens[i - 1].start] == "-"
            )
            if light and counted and not glued:
                complement = t  # "left 300 villagers homeless", "put 40 people in hospital"
                break
            counted.append(t)
            if len(counted) == _COUNTED_WORDS:
                break
        if counted and verb is not None and all(t.lemma == verb.lemma for t in counted):
            # "Sales posted a 6% increase": the noun is the change the support verb
            # stands for (``_support_verbs``), so the figure measures the subject, as in
            # "Sales rose 6%".
            counted, level = [], True
        previous = out[-1] if out else None
        if counted and clause_subject and all(_level_adjective(t) for t in counted):
            # "Diesel was 8.3% dearer", "Rents were 4% higher": a comparative after the
            # figure measures the subject's level; a price word ("dearer", "cheaper")
            # says the level is the subject's price ("Diesel prices rose 8.3%").
            words = clause_subject.split()
            if any(_level_adjective(t) == "price" for t in counted) and "price" not in words:
                words.append("price")
            what = tuple(words[-2:])
            shown = f"{clause_subject} {core[counted[0].start : counted[-1].end]}"
        elif counted:
            # The head noun ends the phrase; the word before it says which kind
            # ("120 Halvern Airlines flights" → airline flight, "hospital admissions").
            what = tuple(t.norm for t in counted[-2:])
            shown = core[counted[0].start : counted[-1].end]
        elif (
            elided
            and previous is not None
            and previous.what
            and not q.unit
            and not previous.quantity.unit
        ):
            # The left-out noun and its verb are those of the figure before.
            out.append(Measure(previous.what, previous.text, previous.predicate, q))
            continue
        elif (
            others
            or (verb is not main_verb and verb is not None and verb.start > q.span[1])
            or (
                verb is not main_verb
                and verb is not None
                and not level
                and _object_of(verb, q, tokens, lex.stopwords)
            )
        ) and (previous is not None and previous.what):
            # "killed 12 people and injured 40 others", "12 people died and 40 were
            # injured", "killed 12 people and injured 40": a figure that counts nothing
            # written in a clause of its own counts what the figure before counted (the
            # noun is elided). A level verb ("and wages rose 7%") measures its own
            # subject instead, below.
            what, shown = previous.what, counted_text
        elif not q.unit and (group := _collective_before(core, tokens, q, lex.stopwords)):
            # "A crowd of 38,000 watched the match": the figure is the size of the group
            # the noun before "of" names, and that noun is what it counts (a crowd, a
            # group of strikers), not the doer of the verb after it.
            what, shown = (group.norm,), group.text
        elif verb is not None and verb.start > q.span[1]:
            what, shown = (), ""
        elif others and verb is not None and not level and voice == "active":
            # "The coastguard saved 9 more.": the noun "more" adds to is left out; the
            # figure counts the verb's patient (those saved), never its doer.
            what, shown = (), ""
        else:
            doer = clause_subject
            if (
                doer in _PRONOUNS
                or (not level and q.unit)
                or (voice == "passive" and verb is main_verb and not level)
            ):
                # A pronoun says nothing of what is measured ("He raised $150 million");
                # nor does the doer of an amount in a unit ("paid $5m", "burned 8,000
                # hectares"): the figure measures the action, whoever did it. A passive
                # verb's subject is what it acted on, not its doer ("The company was
                # fined 3 times by the court" / "The court fined the company 3 times").
                doer = ""
            what = tuple(doer.split()[-2:]) if doer else ()
            shown = doer
        toll = not q.unit and bool(what) and (what[0] == "toll" or what == ("die", "toll"))
        if toll:
            # "The toll rose to 27", "the death toll from the landslide has risen to 22":
            # a bare toll (or one of deaths, or one "from"/"of" the event) counted without
            # a unit is the death toll, a count of people who died — one measure with
            # "Nine people died" (with a unit it is a fee: "the bridge toll rose to £5";
            # with another modifier before it, that toll: "the bridge toll rose to 5").
            what = ("die", "toll")
        counted_text = shown
        predicate = ""
        if valued or (q.unit in CURRENCIES and _attributive_figure(core, q, counted)):
            # "a $40m deal" gives the deal's value as "the deal is worth $40m" does: one
            # measure whoever signed, won or approved it (``value`` of match_synonyms.toml).
            predicate = canonical("value")
        elif complement is not None:
            # A light verb says little; its complement says what happened to the counted
            # thing ("left 300 villagers homeless" is a count of the homeless).
            predicate = canonical(complement.lemma)
            shown = f"{shown} {complement.text}".strip()
        elif verb is not None and not level:
            # "killed 9 people", "9 people were killed"; "made 12 arrests" → arrest
            meant = light_reading(tokens, tokens.index(verb)) if verb in tokens else ""
            predicate = canonical(meant or verb.lemma)
            shown = f"{shown} {core[verb.start : verb.end]}".strip()
        elif verb is not None and not q.unit and verb in tokens:
            state = _state_after(tokens, tokens.index(verb), stays=True)
            if state is not None:
                # "Nine people are now ill", "Nine people remain missing": a count of
                # the ill, of the missing, not a level of people.
                predicate = canonical(state.lemma)
                shown = f"{shown} {state.text}".strip()
        out.append(Measure(what, shown, predicate, q))
    bases = base_figures(core, [m.quantity for m in out])
    marked = [replace(m, base=True) if m.quantity.span in bases else m for m in out]
    return _with_periods_and_times(core, marked)


# Words right before a sum that make it the value of the clause's subject: "is worth
# $52 million", "was valued at $40m", "with a value of about €3m" (an approximator may
# stand between).
_VALUE_RE = re.compile(
    r"\b(?:worth|valued\s+at|(?:a|an|the|its|total)\s+value\s+of)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|at\s+least|more\s+than|over|up\s+to)\s+)?$",
    re.IGNORECASE,
)


def _attributive_figure(core: str, q: Quantity, counted: Sequence[Token]) -> bool:
    """Whether the figure at ``q`` stands before its counted noun as a modifier, with
    nothing between ("a $40m deal", "a £2bn rescue package"), not "$3m of revenue"."""
    return bool(counted) and not core[q.span[1] : counted[0].start].strip(" -")


# "<noun> of" right before a figure: "a crowd of 38,000", "a workforce of 1,200".
_NOUN_OF_RE = re.compile(r"([A-Za-z]+)\s+of\s+$")


def _collective_before(
    core: str, tokens: Sequence[Token], q: Quantity, stopwords: frozenset[str]
) -> Token | None:
    """The noun a bare figure gives the size of when the figure follows "<noun> of" and
    nothing after it is counted ("A crowd of 38,000 watched the match": crowd), else
    None. Words that say nothing of what is counted ("a total of", "a number of", the
    generic words of ``match_cues.toml``), units and function words are no such noun."""
    found = _NOUN_OF_RE.search(core, 0, q.span[0])
    if found is None:
        return None
    word = next((t for t in tokens if t.start == found.start(1)), None)
    if word is None or word.norm in stopwords or word.lemma in stopwords:
        return None
    if word.norm in lexicon().generic or "NOUN" not in lemmas(word.text.lower()):
        return None
    return word


def base_figures(core: str, quantities: Sequence[Quantity]) -> frozenset[tuple[int, int]]:
    """Spans of the figures a change started from: the 5.1% of "The jobless rate rose
    to 5.3% in October, from 5.1% a month earlier", the 3.7% of "fell to 3.5%, down from
    3.7%". Such a figure is the value of an earlier period, not what the claim states
    now, so it neither agrees with the other claim's value ("was unchanged at 5.1%") nor
    makes two claims one measure (its :class:`Measure` is marked ``base``, and comparison
    leaves it out). A base follows a figure of the same unit, "from", "up
    from" or "down from" ending the words between them (a clause at most)."""
    spans: set[tuple[int, int]] = set()
    for prev, q in itertools.pairwise(quantities):
        between = core[prev.span[1] : q.span[0]]
        if (
            prev.unit == q.unit
            and len(between) <= 60
            and ";" not in between
            and _BASE_FIGURE_RE.search(between)
        ):
            spans.add(q.span)
    state = _COUNT_STATE_RE.match(core)
    if state is not None:
        # "With 60 percent of ballots counted": how far the count has got, no figure of
        # the claim's (tester9c fault 8: it disputed "won with 51.3 percent")
        spans |= {q.span for q in quantities if q.span[1] <= state.end()}
    return frozenset(spans) | _levels_changed_from(core, quantities)


def _levels_changed_from(core: str, quantities: Sequence[Quantity]) -> frozenset[tuple[int, int]]:
    """Spans of the first level of a change written "from X to Y" ("The toll rose from 12
    to 40": the 12), the base the change started from, as "rose to 40, from 12" writes
    it (:func:`factcheck.normalize.change_and_level` reads the pair as two figures)."""
    return frozenset(
        prev.span
        for prev, q in itertools.pairwise(quantities)
        if re.fullmatch(r"\s*to\s*", core[prev.span[1] : q.span[0]])
        and _FROM_FIGURE_RE.search(core, max(0, prev.span[0] - 12), prev.span[0])
        and change_and_level(core, prev, q)
    )


# The span a change or rate is measured over, as news copy writes it (our own list of the
# usual wording of statistics releases: "rose 0.4% on the month", "3.1% year on year",
# "at an annualised rate", "so far this year"). A figure over one period and a figure
# over another are two measures, not two values of one (docs/matching.md). Alternatives
# are tried left to right at each place, so "at an annual rate" is read before "annual".
_MONTH_NAME = (  # in capitals only: "than may be" is no month
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?"
    r"|Dec\.?)"
)
_EARLIER = r"(?:from|than|compared\s+(?:with|to)|on|over|versus|vs\.?)\s+"
_SAME_PERIOD = r"(?:the\s+same\s+(?:month|quarter|week|period|time)\s+(?:of\s+)?|)"
PERIODS: tuple[tuple[str, str], ...] = (
    (
        "annualised",
        r"annuali[sz]ed|at\s+an?\s+(?:seasonally[\s-]+adjusted\s+)?annual\s+(?:rate|pace)",
    ),
    (
        "year to date",
        r"year[\s-]+to[\s-]+date|so\s+far\s+this\s+year|(?:in\s+)?the\s+year\s+so\s+far"
        r"|since\s+the\s+(?:start|beginning)\s+of\s+the\s+year",
    ),
    (
        "y/y",
        r"year[\s-]+(?:on|over)[\s-]+year|y/y|yoy|on\s+the\s+year|over\s+the\s+year"
        r"|on\s+an\s+annual\s+basis|annual|annually|yearly|over\s+(?:the\s+)?(?:past|last)"
        r"\s+(?:year|12\s+months)|in\s+the\s+(?:year|12\s+months)\s+to"
        rf"|{_EARLIER}(?:a\s+year\s+(?:earlier|ago|before)|{_SAME_PERIOD}(?:last|a|the"
        r"\s+previous)\s+year)",
    ),
    (
        "q/q",
        r"quarter[\s-]+(?:on|over)[\s-]+quarter|q/q|qoq|on\s+the\s+quarter|over\s+the"
        r"\s+quarter|in\s+the\s+quarter|quarterly|on\s+a\s+quarterly\s+basis"
        rf"|{_EARLIER}(?:a\s+quarter\s+(?:earlier|ago|before)|the\s+(?:previous|prior"
        r"|preceding|last)\s+quarter)",
    ),
    (
        "m/m",
        r"month[\s-]+(?:on|over)[\s-]+month|m/m|on\s+the\s+month|over\s+the\s+month"
        r"|in\s+the\s+month|monthly|on\s+a\s+monthly\s+basis"
        rf"|{_EARLIER}(?:a\s+month\s+(?:earlier|ago|before)|the\s+(?:previous|prior"
        r"|preceding|last)\s+month"
        # A change from a month named without a year ("rose 0.3% from September",
        # "compared with September") is measured against a recent month, not a year
        # earlier; "from September to December" is a span, not a base.
        rf"|(?:in\s+)?{_MONTH_NAME}(?!\s*(?:\d|last\s+year|a\s+year|to\b|until\b|through\b"
        r"|-|–)))",
    ),
    (
        "w/w",
        r"week[\s-]+(?:on|over)[\s-]+week|w/w|on\s+the\s+week|over\s+the\s+week|weekly"
        rf"|{_EARLIER}(?:a\s+week\s+(?:earlier|ago|before)|the\s+(?:previous|prior"
        r"|preceding|last)\s+week)",
    ),
)
_PERIOD_RE = re.compile(
    "|".join(rf"(?P<p{k}>\b(?:{pattern})\b)" for k, (_, pattern) in enumerate(PERIODS)),
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _period_mentions(core: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, period) of each period phrase of :data:`PERIODS` in ``core``."""
    return tuple(
        (found.start(), found.end(), PERIODS[int(str(found.lastgroup)[1:])][0])
        for found in _PERIOD_RE.finditer(core)
    )


def _bind(mentions: Sequence[tuple[int, int]], figures: Sequence[tuple[int, int]]) -> list[int]:
    """For each mention (a time or period phrase, by span) the index of the figure it
    belongs to, -1 for none. A phrase goes with the nearest figure before it that has no
    phrase yet ("4% in January and 6% in February"), else with the nearest one after it
    ("In January sales fell 4%, in February 6%"): each figure keeps at most one."""
    taken: set[int] = set()
    out: list[int] = []
    for start, end in mentions:
        before = [k for k, (_, e) in enumerate(figures) if e <= start and k not in taken]
        after = [k for k, (s, _) in enumerate(figures) if s >= end and k not in taken]
        k = before[-1] if before else after[0] if after else -1
        if k >= 0:
            taken.add(k)
        out.append(k)
    return out


_BASE_FIGURE_RE = re.compile(
    r"\b(?:(?:up|down)?\s*from|compared\s+(?:with|to))\s+$", re.IGNORECASE
)
# A time before the claim's own that a base figure is dated to ("up from 49% last year",
# "from 5.1% a month earlier", "compared with $3 million a year ago"); a written date
# ("in 2022", "in March") is read by find_dates.
_EARLIER_TIME_RE = re.compile(
    r"\b(?:last|previous|prior)\s+(?:year|month|week|quarter|season|spring|summer|autumn"
    r"|fall|winter)\b"
    r"|\ba\s+(?:year|month|week|quarter|decade)\s+(?:earlier|ago|before)\b"
    r"|\b(?:a|one|two|three|four|five|\d+)\s+(?:years?|months?|weeks?|quarters?)\s+"
    r"(?:earlier|ago|before)\b"
    r"|\bthe\s+(?:year|month|week|quarter)\s+before\b"
    r"|\bthe\s+same\s+(?:day|month|quarter|week|period|time)\s+(?:of\s+)?(?:last|a)\s+year"
    r"(?:\s+(?:earlier|ago|before))?\b",
    re.IGNORECASE,
)
# Where the phrase of a base figure ends: a clause mark, or a conjunction opening another.
_BASE_PHRASE_END_RE = re.compile(r"[,;:.!?](?!\d)|\s(?:and|but|while|whereas|as|when)\s")


def earlier_level(f: Frame) -> tuple[str, str] | None:
    """(the statement of a change's base level, dated to the earlier time the claim gives
    it; that time as written) for a claim whose figure changed from a level it dates to
    another time: the claim's subject as written, then the base as a level of that time.
    "Turnout in Orsk was 58%, up from 49% in 2022." → ("Turnout in Orsk was 49% in
    2022.", "in 2022"); "Unemployment fell to 5.1% from 5.6% last year." →
    ("Unemployment was 5.6% last year.", "last year"); "Traffic reached 310 ships,
    compared with 280 ships a year earlier." → ("Traffic was 280 ships a year earlier.",
    "a year earlier"). None when the claim has no base figure (:func:`base_figures`), no
    subject, gives the base no time of its own ("rose to 5.3%, from 5.1%"), or its level
    opens the sentence or a clause of its own.

    The base is a fact of the earlier time (reviewer item 3 of #10): compared with a
    claim of that time, it is what the claim says then, while the level now is a
    different time's figure, never a conflict with it."""
    if not f.subject_text or not f.measures:
        return None
    core = f.text
    quantities = [q for q in find_quantities(core) if q.unit != CLOCK]
    for prev, q in itertools.pairwise(quantities):
        between = core[prev.span[1] : q.span[0]]
        if not (
            prev.unit == q.unit
            and len(between) <= 60
            and ";" not in between
            and _BASE_FIGURE_RE.search(between)
        ):
            continue
        stop = _BASE_PHRASE_END_RE.search(core, q.span[1])
        tail = core[q.span[1] : stop.start() if stop else len(core)].rstrip()
        when = _EARLIER_TIME_RE.search(tail)
        dates = find_dates(tail)
        if when is None and not dates:
            continue
        said = when.group() if when is not None else dates[0].text
        start = tail.find(said)
        # "in 2022", "in March 2023": the preposition belongs to the time
        lead = re.search(r"\b(?:in|during|on|for|at)\s+(?:the\s+)?$", tail[:start])
        said = tail[lead.start() : start + len(said)] if lead else said
        # the base with what it counts ("280 ships"), up to the end of its time
        base = (core[q.span[0] : q.span[1]] + tail[: tail.find(said)]).rstrip()
        # The claim's own words up to its verb, the subject in its place ("Turnout in
        # Orsk"), then the base as a level of that time: "was 49% in 2022" (the verb of
        # change, "rose to", said the level now was reached from it).
        lead_in = core[: prev.span[0]]
        verb = (
            re.search(rf"\b{re.escape(f.predicate_text)}\b", lead_in)
            if f.predicate_text
            else None
        )
        if verb is None or not lead_in[: verb.start()].strip():
            continue  # the level is fronted or in a clause of its own: no statement to reuse
        if _BASE_PHRASE_END_RE.search(lead_in[verb.start() :]):
            continue
        subject = lead_in[: verb.start()].rstrip()
        head = f.subject_text.split()[-1].lower()
        plural = head.endswith("s") and not head.endswith(("ss", "us", "is"))
        return f"{subject} {'were' if plural else 'was'} {base} {said}.", said
    return None


# "With 60 percent of ballots counted, …", "With 80% of precincts reporting, …", "With
# all but three wards declared, …": an opener that says how far a count has got. Its
# figure is the state of the count, not what the claim states, and the claim's figures
# after it are interim ones.
_COUNT_STATE_RE = re.compile(
    r"^\s*with\s+[^,;:]{1,80}?\s+(?:counted|reporting|reported|tallied|declared|in"
    r"|returned|processed|verified)\s*,\s*",
    re.IGNORECASE,
)
_FROM_FIGURE_RE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
# A count state that is the whole count: nothing of it is under way.
_COUNT_COMPLETE_RE = re.compile(
    r"^\s*with\s+(?:all|every|each)\b(?!\s+but\b)|\b100\s*(?:%|per\s*cent|percent)"
    r"|\bthe\s+(?:last|final)\b",
    re.IGNORECASE,
)


def count_state(core: str) -> str:
    """The opener of ``core`` that says how far a count has got ("With 60 percent of
    ballots counted"), without its comma; "" when it has none. Its figures are no
    figures of the claim (:func:`base_figures`), and the claim's are interim."""
    state = _COUNT_STATE_RE.match(core)
    if state is None or _COUNT_COMPLETE_RE.search(state.group()):
        # "With all ballots counted", "with 100 percent reporting": the count is final,
        # its figures the final ones (reviewer F9)
        return ""
    return state.group().strip().rstrip(",").strip()


def _with_periods_and_times(core: str, measures: list[Measure]) -> tuple[Measure, ...]:
    """``measures`` with the period (:data:`PERIODS`) and the written date each figure
    goes with (:func:`_bind`). Dates a source spoke on or a comparison's base ("than
    last March") are not a figure's time (:func:`_aside_time`)."""
    if not measures:
        return ()
    figures = [m.quantity.span for m in measures]
    inside = [
        (s, e, name)
        for s, e, name in _period_mentions(core)
        if not any(fs < e and s < fe for fs, fe in figures)
    ]
    periods = [""] * len(measures)
    for k, (_, _, name) in zip(_bind([(s, e) for s, e, _ in inside], figures), inside, strict=True):
        if k >= 0:
            periods[k] = name
    # "rose 3.4% from a year earlier, up from 3.1% in September", "eased to 2.7% on the
    # year from 2.9%": the figure a change started from is a value of the same series,
    # so it takes the period of the figure before it.
    for k in range(1, len(measures)):
        before = core[figures[k - 1][1] : figures[k][0]]
        if not periods[k] and periods[k - 1] and _BASE_FIGURE_RE.search(before):
            periods[k] = periods[k - 1]
    # A figure's time: a written date, or a season or part of a year ("3.4% in spring",
    # "5.1% in spring 2026"), whose year is read with it.
    parts = [
        ((s, e), TimeSlot(core[s:e], year=year, part=part))
        for s, e, part, year in _year_parts(core, ())
        if not _aside_time(core, s)
    ]
    dated = [
        (d.span, _written_slot(core, d))
        for d in find_dates(core)
        if not _aside_time(core, d.span[0])
        and not any(s < d.span[1] and d.span[0] < e for s, e, _ in inside)
        and not any(s <= d.span[0] and d.span[1] <= e for (s, e), _ in parts)
    ]
    dated = sorted(dated + parts, key=lambda x: x[0])
    times: list[TimeSlot | None] = [None] * len(measures)
    for k, (_, slot) in zip(_bind([span for span, _ in dated], figures), dated, strict=True):
        if k >= 0:
            times[k] = slot
    return tuple(
        replace(m, period=p, time=t) for m, p, t in zip(measures, periods, times, strict=True)
    )


# Comparatives that say how much a level differs ("8% higher", "5% dearer"); the price
# words say the level is a price. Our own list of the usual news wording.
_LEVEL_ADJECTIVES = {
    **dict.fromkeys(("high", "higher", "low", "lower", "up", "down"), "level"),
    **dict.fromkeys(
        ("dear", "dearer", "cheap", "cheaper", "expensive", "costly", "costlier", "pricier"),
        "price",
    ),
}


def _level_adjective(t: Token) -> str:
    """ "level" or "price" for a comparative of level ("higher", "dearer"), else ""."""
    low = t.text.lower()
    if low in ("up", "down", "high", "low", "dear", "cheap", "expensive", "costly"):
        return ""  # only a comparative form says the figure is a difference
    return _LEVEL_ADJECTIVES.get(low, "") or (
        _LEVEL_ADJECTIVES.get(t.lemma, "") if low.endswith("er") else ""
    )


def _object_of(
    verb: Token, q: Quantity, tokens: Sequence[Token], stopwords: frozenset[str]
) -> bool:
    """The figure is the verb's object: only function words between them ("injured 40",
    "injured about 40"), so a bare figure there counts a thing the verb acted on."""
    return verb.start < q.span[0] and all(
        t.norm in stopwords or t.lemma in stopwords
        for t in tokens
        if verb.start < t.start < q.span[0]
    )


_BY_RE = re.compile(r"\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?$", re.I)


_BOUND_TAIL_RE = re.compile(r"(?:over|older|above|under|younger|below)\b", re.I)


def _changed_by(
    core: str, tokens: Sequence[Token], q: Quantity, stopwords: frozenset[str]
) -> tuple[Token, list[Token]] | None:
    """(verb, changed thing) for a figure after "by" that measures a change: the nearest
    verb before it in its clause and the first content word after that verb ("cut
    influenza hospitalisations … by 38%" → cut, [hospitalisations]). None otherwise;
    a level verb ("rose by 5%") measures its subject and is left to the caller."""
    if q.unit == CLOCK or not _BY_RE.search(core[max(0, q.span[0] - 16) : q.span[0]]):
        return None  # "by 3 p.m." says when, and changes nothing
    # "aged 65 and over" is an age bound, not two clauses.
    breaks = [
        b
        for b in _CLAUSE_END.finditer(core, 0, q.span[0])
        if not _BOUND_TAIL_RE.match(core, b.end())
    ]
    begin = breaks[-1].end() if breaks else 0
    clause = [t for t in tokens if begin <= t.start < q.span[0]]
    for k in range(len(clause) - 1, -1, -1):
        low = clause[k].text.lower()
        # "influenza-related" is a compound adjective, not a verb.
        if core[clause[k].start - 1 : clause[k].start] == "-" or low in _AUX:
            continue
        if "VBD" not in verb_forms(low) or not verb_lemmas(low):
            continue
        if clause[k].lemma in _LEVEL_VERBS and not _level_verb_object(clause[k + 1 :], stopwords):
            return None
        if _passive_agent(core, clause[:k], q, stopwords):
            return None
        thing = [
            t
            for t in clause[k + 1 :]
            if t.norm not in stopwords and t.lemma not in stopwords and not t.text[:1].isdigit()
        ]
        if thing:  # "aged 65 and over" changes nothing: look further back
            return clause[k], thing[-1:] if len(thing) == 1 else _head_noun(thing)
    return None


def _level_verb_object(after: Sequence[Token], stopwords: frozenset[str]) -> bool:
    """Whether a verb of level or change ("increased", "decreased", "rose") takes an
    object right after it, an article or a possessive between at most: "The council
    increased *the budget* by 5%" changes the budget (the figure measures it, as "cut
    the budget by 5%" does), while "Sales increased by 5%" and "Prices rose in March by
    5%" change their subject. ``after`` are the clause's tokens after the verb."""
    words = [t for t in after if t.text.lower() not in ARTICLES | POSSESSIVE_DETERMINERS]
    if not words:
        return False
    first = words[0]
    return (
        first.norm not in stopwords
        and first.lemma not in stopwords
        and not first.text[:1].isdigit()
        and not first.text[:1].isupper()
        # "grew sharply by 5%": an adverb says how, not what changed
        and bool(set(lemmas(first.text.lower())) - {"ADV"})
    )


def _modifies_noun(tokens: Sequence[Token], k: int) -> bool:
    """Whether the participle at ``k`` stands before a noun as its modifier ("14
    identified guerrilla cells", "14 suspected smuggling boats"), not as a verb after
    its subject ("40 injured in the crash", "30 arrested were freed")."""
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1].text.lower()
    if nxt in lexicon().stopwords or nxt in _AUX:
        return False
    found, forms = lemmas(nxt), verb_forms(nxt)
    # "smuggling" in "suspected smuggling boats" is a gerund modifier, itself before a noun.
    return ("NOUN" in found and "VBD" not in forms) or forms == {"VBG"}


def _passive_agent(
    core: str, before: Sequence[Token], q: Quantity, stopwords: frozenset[str]
) -> bool:
    """Whether "by" and a bare count name a passive verb's agent, not a change: "is
    being investigated by two federal agencies" (a form of "be" before the verb, a noun
    after the count), unlike "was cut by 38%" or "cut the backlog by 400 cases"."""
    words = [t for t in before if not _adverb(t)]
    if q.unit or not words or words[-1].text.lower() not in _BE_FORMS:
        return False
    after = tokenize(core[q.span[1] :])
    nouns = [t for t in after[:3] if t.norm not in stopwords and t.lemma not in stopwords]
    return bool(nouns) and "NOUN" in lemmas(nouns[0].text.lower())


def _head_noun(words: list[Token]) -> list[Token]:
    """The head of "influenza hospitalisations among people": the last word before the
    first preposition-led modifier, read here as the first plural or noun-only word."""
    for t in words:
        found = lemmas(t.text.lower())
        if "NOUN" in found and "ADJ" not in found and t.text.lower().endswith("s"):
            return [t]
    return words[:1]


# "one of the biggest", "one of several companies": a member picked out, no amount.
_ONE_OF_RE = re.compile(r"one\s+of\b", re.IGNORECASE)
# "40 others", "12 more": the figure counts what the figure before it counted.
_OTHERS = frozenset({"others", "other", "more"})
def _noun_follows(
    tokens: Sequence[Token], k: int, end: int, stopwords: frozenset[str]
) -> bool:
    """Whether the token after ``tokens[k]`` (before offset ``end``) is a lower-case noun
    that is no past form: "9 more people" (a count of people) against "9 more on Sunday"
    or "12 more were hurt" (the noun left out)."""
    if k + 1 >= len(tokens) or tokens[k + 1].start >= end:
        return False
    word = tokens[k + 1].text
    return (
        word.islower()
        and word not in stopwords
        and "NOUN" in lemmas(word)
        and "VBD" not in verb_forms(word)
    )


# Words read after a figure at most: a noun phrase's modifiers and its head ("120 Halvern
# Airlines flights", "13 flu-related hospital admissions"); longer runs are no phrase.
_COUNTED_WORDS = 4
# Words that end the noun phrase a figure heads once its first word is read: where, when,
# among whom, which ("600 troops in the town", "12 protesters outside the embassy").
_PHRASE_END = (
    _PREPOSITIONS
    | _LOCATIVE
    | {"among", "within", "during", "since", "until", "after", "before", "including"}
)

# Right after a figure these lead a phrase of place, time or group, not the counted thing
# ("65 million times since its launch", "21 in the placebo group"); "of" leads it.
_AFTER_FIGURE = _PHRASE_END - {"of"}


def _ends_counted_phrase(tokens: Sequence[Token], k: int, stopwords: frozenset[str]) -> bool:
    """Whether token ``k``, read after the first word of a figure's noun phrase, ends
    it: a function word or preposition, a number, or a verb that cannot be a noun or
    adjective ("1,216 residents remain listed"); a gerund before a noun stays in it
    ("14 suspected smuggling boats")."""
    t = tokens[k]
    low = t.text.lower()
    if low in _PHRASE_END or t.norm in stopwords or t.lemma in stopwords:
        return True
    if t.text[:1].isdigit():
        return True
    found, forms = lemmas(low), verb_forms(low)
    if forms == {"VBG"} and k + 1 < len(tokens):
        return "NOUN" not in lemmas(tokens[k + 1].text.lower())
    return bool(forms) and "NOUN" not in found and "ADJ" not in found


def _second_counted_object(
    core: str,
    tokens: Sequence[Token],
    q: Quantity,
    verb: Token | None,
    previous: Measure | None,
) -> bool:
    """Whether the "verb" read for figure ``q`` is the noun it counts, in a second object
    of the main verb: "The ferry carried 99 passengers and four crew" — "crew" is also the
    past of "crow", but right after a bare figure, ending its clause, after a figure
    that counted a noun of its own ("99 passengers"), it is the noun: four crew carried,
    never four passengers who "crew" (tester10 N4); the word must be far more often the
    noun (:func:`factcheck.claim_lexicon.noun_over_rare_past`). "Five arrived and three
    left", "hired 40 staff and nine left" keep "left" as a verb."""
    if verb is None or previous is None or not previous.what or previous.quantity.unit:
        return False
    if q.unit or not noun_over_rare_past(verb.text.lower()):
        return False  # "and nine left": "left" is mostly the past of "leave"
    after = [t for t in tokens if t.start >= q.span[1]]
    if not after or after[0].start != verb.start:
        return False
    if core[q.span[1] : verb.start].strip():
        return False
    nxt = after[1] if len(after) > 1 else None
    if nxt is None or not nxt.text[:1].isalnum() or nxt.text.lower() in _PHRASE_END:
        return True
    # a word after it that can be a verb or opens an object makes it a clause's verb
    # ("four crew drowned", "three left the hall"); an adverb ("crew aboard") does not
    low = nxt.text.lower()
    return not verb_forms(low) and low not in _DETERMINERS


def _clause_of(
    core: str,
    tokens: Sequence[Token],
    main_verb: Token | None,
    q: Quantity,
    stopwords: frozenset[str],
) -> tuple[Token | None, str]:
    """(verb, subject) of the clause a figure stands in.

    A figure before or in the main clause goes with the main verb and the frame's subject
    (returned as ""). After a clause break that follows the main verb ("… and injured
    40 others", "… but wages rose 7%", "…, while exports fell 3%") the clause's own verb
    counts: a past tense anywhere in it, an auxiliary with a participle, or a present
    tense after its first word; a clause with none ("but wages 7%") has the main verb
    gapped. Its subject is the content words before its verb (or before the figure when
    the verb is gapped); none when the clause starts with its verb ("and injured 40").
    """
    if main_verb is None or main_verb.end > q.span[0]:
        return main_verb, ""
    breaks = list(_CLAUSE_END.finditer(core, main_verb.end, q.span[0]))
    if not breaks:
        return main_verb, ""
    begin = breaks[-1].end()
    stop = _CLAUSE_END.search(core, q.span[1])
    finish = stop.start() if stop else len(core)
    clause = [t for t in tokens if begin <= t.start < finish]
    figure = range(q.span[0], q.span[1])
    verb: Token | None = None
    for k, t in enumerate(clause):
        low = t.text.lower().replace("’", "'")
        if t.start in figure or (t.text[:1].isupper() and t.capitalised):
            continue
        forms = verb_forms(low)
        if core[t.start - 1 : t.start] == "-" or not forms or not verb_lemmas(low) or low in _AUX:
            continue
        prev = clause[k - 1].text.lower() if k else ""
        after_aux = prev in _AUX or prev in ("not", "n't", "never")
        if prev in _DETERMINERS or prev in _PHRASE_END:
            continue
        if t.start > q.span[1] and not after_aux and "VBD" not in forms and "NOUN" in lemmas(low):
            # After the figure a present form that can be a noun names a thing ("and 21
            # in the placebo group"); the figure's own verb would be past or follow an
            # auxiliary ("and 40 were injured").
            continue
        if "VBD" in forms or after_aux or (k > 0 and ("VBZ" in forms or "VB" in forms)):
            # A verb after the figure only counts when the figure stands before it as
            # its subject ("and 40 were injured"), not as "rose 5% to reach".
            if t.start > q.span[1] and any(
                c.start < q.span[0]
                for c in clause
                if c is not t and verb_forms(c.text.lower()) & {"VBD"}
            ):
                break
            verb = t
            break
    if verb is None:
        # "…, five of whom are in hospital": a copula after the figure is the clause's
        # own verb (a state, :func:`_state_after`), not the main verb gapped (#9).
        verb = next(
            (
                t
                for t in clause
                if t.start > q.span[1] and t.text.lower() in _BE_FORMS | {"remain", "remains"}
            ),
            None,
        )
    if verb is None:
        verb = main_verb  # gapped: "Fuel rose 5% but wages 7%"
        before = [t for t in clause if t.start < q.span[0]]
    else:
        before = [t for t in clause if t.start < verb.start and t.start < q.span[0]]
    words = [
        t.norm
        for t in before
        if t.norm not in stopwords and t.lemma not in stopwords and not t.text[:1].isdigit()
    ]
    return verb, " ".join(words[-2:])


def _comparison(core: str, subject: str, subject_text: str = "") -> tuple[str, str, str] | None:
    """(ahead, comparative word, behind) for "X <verb> more … than Y": each side its
    content words ("Exports to Norway grew faster than exports to Spain" → ("export
    norway", "faster", "export spain"); "The Tarn Valley line carries more passengers
    than the coast line" → ("tarn valley line", "more passenger", "coast line")), the
    side after "than" up to four words, ending before a time, a place phrase, a clause
    or an attribution (``_BEHIND_END``). The side ahead is the subject as written, or
    the subject's key when its words are all stopwords.

    "more/fewer/less than" right before a figure or a number phrase ("more than 2,000",
    "more than a dozen", "fewer than half") is a bound, not a comparison of two things;
    before anything else ("cost the economy more than road closures") it compares."""
    # Each word that may be a comparative is tried in turn ("Alder", "Water", "Peter"
    # are none: a comparative is lower-case, with an adjective or adverb reading).
    match = next(
        (
            m
            for w in re.finditer(r"\b[A-Za-z]{3,}\b", core)
            if (
                w.group().lower() in ("more", "fewer", "less")
                or (
                    w.group().islower()
                    and w.group().endswith("er")
                    and {"ADJ", "ADV"} & set(lemmas(w.group()))
                )
            )
            and (m := _COMPARATIVE_RE.match(core, w.start())) is not None
        ),
        None,
    )
    if not match or not subject:
        return None
    word = match.group("word").lower()
    behind_text = match.group("behind")
    if behind_text[:1].isdigit() or (
        not match.group("rest").strip()
        and word in ("more", "fewer", "less")
        and (find_quantities(behind_text) or _bound_word(behind_text))
    ):
        return None  # "more than 2,000", "more than a dozen": a bound
    if word in ("other", "rather", "number", "under", "over", "after", "water", "never"):
        return None
    stop = lexicon().stopwords
    behind_tokens: list[str] = []
    for t in tokenize(behind_text):
        low = t.text.lower()
        if low in _BEHIND_END or _TIME_WORD_RE.fullmatch(t.text) or low[:1].isdigit():
            break
        if t.norm not in stop:
            behind_tokens.append(t.norm)
    if not behind_tokens:
        return None
    rest = [t.norm for t in tokenize(match.group("rest")) if t.norm not in stop]
    what = f"{word} {' '.join(rest)}".strip()
    ahead = " ".join(t.norm for t in tokenize(subject_text) if t.norm not in stop) or subject
    return ahead, what, " ".join(behind_tokens)


def _bound_word(text: str) -> bool:
    """Whether ``text`` opens with a word of amount ("half", "twice", "double", "a
    third", "a dozen"): after "more than" it makes a bound, not a second thing."""
    words = text.lower().split()
    first = words[1] if words and words[0] in ("a", "an") and len(words) > 1 else (words or [""])[0]
    return first in AMOUNT_WORDS or parse_number_words(first) is not None


def _times(core: str, published: date | None) -> tuple[TimeSlot, ...]:
    """Written dates (:func:`~factcheck.normalize.find_dates`), then relative ones anchored
    to ``published`` (:func:`~factcheck.normalize.anchor_dates`).

    A bare weekday ("on Friday") is read both ways: as a written weekday and as a
    relative date. Once the publication date anchors it to one day (the latest such
    weekday on or before publication, docs/matching.md), the weekday alone is dropped:
    in news copy "on Friday" names the Friday of the week around publication, so it must
    not agree with every Friday ("on Friday 13 March" a week later is another day).
    Without a publication date the weekday stays, as the only thing known.
    """
    from factcheck.normalize import anchor_dates

    anchored = (
        [m for m in anchor_dates(core, published) if m.start is not None and m.end is not None]
        if published is not None
        else []
    )
    # The day a source spoke ("the office said on Tuesday") is not when what it says
    # happened, and the base of a comparison ("rose 6% compared with February last
    # year") is not its period: neither is a time of the claim.
    anchored = [m for m in anchored if not _aside_time(core, m.span[0])]
    mentions = [
        d
        for d in find_dates(core)
        if not any(s <= d.span[0] and d.span[1] <= e for s, e in (m.span for m in anchored))
        and not _aside_time(core, d.span[0])
    ]
    parts = _year_parts(core, [m.span for m in anchored])
    written: list[TimeSlot] = []
    for d in mentions:
        part = next((p for p in parts if p[0] <= d.span[0] < p[1]), None)
        if part is not None and part[3] is not None and d.month is None and d.day is None:
            continue  # the year of "spring 2027": read with its part below
        written.append(_written_slot(core, d))
    # "spring 2027", "the end of 2027": the year and the part of it; "by the spring",
    # "in the autumn": a part of an unsaid year (the news cycle's)
    written += [TimeSlot(core[s:e], year=year, part=p) for s, e, p, year in parts]
    return tuple(written) + tuple(TimeSlot(m.text, start=m.start, end=m.end) for m in anchored)


# The edge of a month or year written before it: "early", "mid-", "the end of".
_EDGE_PART = r"(?P<edge>early|late|mid|(?:the\s+)?(?:end|start|beginning|middle)\s+of)[-\s]+"
# A part of a month right before its name: "early April", "mid-May", "the end of March".
_MONTH_PART_RE = re.compile(rf"\b{_EDGE_PART}$", re.IGNORECASE)
# The opening edge of a span that runs on to the time of writing: "since March", "ever
# since 2024", "starting in May" ("from" is left out: "from March to May" is a range).
_SINCE_RE = re.compile(r"\b(?:since|starting(?:\s+(?:in|on|from))?)\s+$", re.IGNORECASE)


def _written_slot(core: str, d: DateMention) -> TimeSlot:
    """The time a written date names, with the words before it: a third of its month
    ("early April", "the end of March") and whether it opens a span ("since March")."""
    slot = TimeSlot.from_mention(d)
    opens = d.span[0]
    third = (
        _MONTH_PART_RE.search(core, max(0, opens - 40), opens)
        if d.month is not None and d.day is None
        else None
    )
    if third is not None:
        word = third["edge"].lower().split()
        key = word[-2] if word[-1] == "of" else word[-1]
        opens = third.start()
        slot = replace(slot, text=core[opens : d.span[1]], part=_PART_WORDS.get(key, key))
    if _SINCE_RE.search(core, max(0, opens - 40), opens):
        slot = replace(slot, since=True)
    return slot


_YEAR_PART_RE = re.compile(
    rf"\b(?:{_EDGE_PART}"
    r"|(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)\s+(?:of\s+)?)"
    r"(?P<year>19\d\d|20\d\d)\b"
    r"|\b(?:in|by|during|until|till|before|over|through)\s+(?:the\s+)?"
    r"(?P<bare>spring|summer|autumn|winter|fall(?!\s+(?:of|in)\b))\b"
    r"(?!\s+(?:of\s+)?(?:19|20)\d\d)",  # "in winter 2029": the season of a year, above
    re.IGNORECASE,
)


_QUARTER_RE = re.compile(
    r"\b(?:(?:the\s+)?(?P<nth>first|second|third|fourth|final|last)\s+quarter|Q(?P<q>[1-4]))"
    r"(?:\s+(?:of\s+)?(?P<year>19\d\d|20\d\d)\b)?",
    re.IGNORECASE,
)
_QUARTER_NAMES = {"final": "fourth", "last": "fourth"}
_QUARTER_OF = {"1": "first", "2": "second", "3": "third", "4": "fourth"}


def _year_parts(
    core: str, taken: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str, int | None]]:
    """(start, end, part, year or None) of each season or part of a year ``core`` names
    (:data:`PART_MONTHS`): "spring 2027", "the autumn of 2026", "early 2027", "the end of
    2027", and without a year "by the spring", "in the autumn". Spans relative dates
    already read ("next spring", ``taken``) are left to them."""
    found: list[tuple[int, int, str, int | None]] = []
    for m in _YEAR_PART_RE.finditer(core):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        word = (m["edge"] or m["season"] or m["bare"]).lower().split()
        key = word[-2] if word[-1] == "of" else word[-1]
        part = _PART_WORDS.get(key, key)
        start = m.start("bare") if m["bare"] else m.start()
        found.append((start, m.end(), part, int(m["year"]) if m["year"] else None))
    for m in _QUARTER_RE.finditer(core):
        # "in the first quarter", "Q3 2026": three months of a year, as a season is (#9).
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        nth = (m["nth"] or "").lower()
        part = f"{_QUARTER_NAMES.get(nth, nth) or _QUARTER_OF[m['q']]} quarter"
        found.append((m.start(), m.end(), part, int(m["year"]) if m["year"] else None))
    return sorted(found)


# The words before a date that make it the day a source spoke, not the day of what it
# reports: "officials said on Monday", "told reporters late on Friday", "confirmed
# Thursday". The one home of that rule: report_day, a frame's times (_aside_time) and a
# story lead's event days (stories) read it.
SPOKE_ON = (
    r"\b(?:said|says|told\s+\w+(?:\s+\w+)?|added|stated|reported|confirmed|announced)"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?"
)
#: A date right after it is the day its source spoke (see SPOKE_ON).
SPOKE_ON_RE = re.compile(SPOKE_ON + "$", re.IGNORECASE)


def report_day(f: Frame) -> date | None:
    """The day a claim was reported: the day its source spoke ("three people died,
    officials said on Monday"; a relative day anchored to the article's publication
    date), else the publication date itself; None when the article has no date."""
    from factcheck.normalize import anchor_dates

    if f.published is None:
        return None
    text = f.text
    for m in anchor_dates(text, f.published):
        if (
            m.start is not None
            and m.start == m.end
            and SPOKE_ON_RE.search(text, max(0, m.span[0] - 40), m.span[0])
        ):
            return m.start
    return f.published


_ASIDE_TIME_RE = re.compile(
    rf"(?:{SPOKE_ON}|\b(?:compared\s+(?:with|to)|than)\s+(?:(?:the\s+)?\w+\s+)?)$",
    re.IGNORECASE,
)


def _aside_time(core: str, start: int) -> bool:
    """A date right after a speech verb ("said on Tuesday") or a comparison's base
    ("compared with February last year")."""
    return bool(_ASIDE_TIME_RE.search(core[max(0, start - 60) : start]))
