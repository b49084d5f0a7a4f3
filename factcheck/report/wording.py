"""Match reasons in a reporter's words.

Matching explains itself in short, exact terms ("fuzzy text: token sort ratio 0.57",
"aligned core: 4.5 of 5.5 weighted words of the shorter"); JSON keeps those unchanged (a
contract). People reading a table or a report get the same facts in plain words: "wording
57% alike", "core words line up: 4.5 of 5.5". A reason whose name this table does not know
is shown as it is, so new reasons are never hidden.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["for_reporters"]


def _percent(detail: str) -> str:
    match = re.search(r"(\d+(?:\.\d+)?)\s*$", detail)
    if not match:
        return detail
    value = float(match.group(1))
    return f"{value:.0%}" if value <= 1 else f"{value:.0f}%"


def _of(detail: str) -> str:
    match = re.match(r"([\d.]+) of ([\d.]+)", detail)
    return f"{match.group(1)} of {match.group(2)}" if match else detail


def _frames(detail: str) -> str:
    """ "frames aligned: same statement: flu vaccine reduce" → what the two frames share."""
    name, _, what = detail.partition(":")
    what = what.strip()
    said = {
        "same statement": f"both say the same thing: {what}",
        "one event dated twice": f"one event given two dates: {what}",
        "opposite predicates of one subject": f"opposite things said of {what}",
        "same figure": f"both give the same figure: {what}",
    }.get(name.strip())
    return said or f"they say the same thing ({detail})"


_PHRASES: dict[str, Callable[[str], str]] = {
    "same event": lambda d: f"looks like the same event ({d})",
    "same fact": lambda d: f"the same fact ({d})" if d else "the same fact",
    "numbers agree": lambda d: f"same figure: {d}",
    "figures differ": lambda d: f"different figures: {d}",
    "different currencies": lambda d: f"amounts in different currencies, not converted: {d}",
    "numbers differ": lambda d: f"different figures: {d}",
    "dates differ": lambda d: f"different dates: {d}",
    "opposite verbs": lambda d: f"say the opposite: {d}",
    "opposite ends": lambda d: f"rank it at opposite ends: {d}",
    "opposite predicates": lambda d: f"say the opposite: {d}",
    "negated opposite": lambda d: f"one denies what the other states: {d}",
    # relation: opposite verbs against a mere possibility ("may close" / "will stay
    # open") are held for a person, not called a conflict.
    "hedged opposite": lambda d: f"the opposite only as a possibility ({d}): a person decides",
    # relation: one claim says only that it may be so ("may", "could"), the other states it.
    "possibility only": lambda d: f"one says only that it may be so ({d}): a person decides",
    # relation: one claim hedged, the other firm: weaker evidence, for and against alike.
    "hedged on one side": lambda d: f"only one of them is hedged ({d}), weaker evidence",
    "read without its hedge": lambda d: f"wording compared without the hedge ({d})",
    # relation: a past year on one side, no date on the other may be another occasion.
    "year on one side only": lambda d: f"only one gives a year, perhaps another occasion: {d}",
    "asserted vs denied": lambda d: f"one states, the other denies: {d}",
    # relation: "only X" excludes the member the other claim adds ("hold only Orsk" /
    # "hold Orsk and Kestrow"): a conflict; held for a person when the other names
    # another member in X's place.
    "only one of them": lambda d: f"one says only one, the other more: {d}",
    "restricted by 'only'": lambda d: f"one says 'only', the other may not keep to it: {d}",
    # relation: "not X but Y" is compared through the reading it splits into.
    "contrast read": lambda d: f"read as: {d}",
    "attributed": lambda d: f"attributed to {d}",
    "hedged": lambda d: f"hedged ({d})",
    "shared words": lambda d: f"{_of(d)} key words in common",
    "fuzzy text": lambda d: f"wording {_percent(d)} alike",
    "aligned core": lambda d: f"core words line up: {_of(d)}",
    "aligned disagreement": lambda d: f"they disagree on {d}",
    "different words": lambda d: f"worded differently: {d}",
    "number in one claim only": lambda d: f"only one of them gives a figure ({d})",
    "numbers on different things": lambda d: f"the figures count different things ({d})",
    "vague figure": lambda d: f"a vague figure ({d})",
    # relation: two words that often say one thing, sometimes two ([[near]]).
    "near synonyms": lambda d: f"perhaps one thing in other words, a person decides: {d}",
    # relation: a count added to one told elsewhere ("dozens more were hurt").
    "added count": lambda d: f"a count added to another, not a total ({d})",
    "different subject": lambda d: f"about different subjects: {d}",
    "different place": lambda d: f"different places: {d}",
    "different named thing": lambda d: f"not the same one: {d}",
    "different owner": lambda d: f"not the same one, each has its own: {d}",
    # relation: one act done by two bodies named by their kind, or for two groups.
    "different agent": lambda d: f"done by different bodies: {d}",
    "different recipient": lambda d: f"for different groups: {d}",
    # relation: two different acts on one thing ("demanding 9%" / "rejected 9%").
    "different act": lambda d: f"different acts, not one fact told twice: {d}",
    # relation: two different states of one subject ("overloaded" / "insured").
    "different state": lambda d: f"two states of one subject, not one fact told twice: {d}",
    "recipients may overlap": lambda d: f"one group may include the other: {d}",
    # relation: a surname alone where an article names two people of that surname.
    "may be another person": lambda d: f"the surname may name someone else: {d}",
    # relation: one name titled for two places ("Ashgrove mayor" / "Pellow mayor").
    "titles of two places": lambda d: f"one name, titles of two places, perhaps two people: {d}",
    "another holder of the role": lambda d: f"names someone else in the role: {d}",
    "roles reversed": lambda d: f"who did what is reversed: {d}",
    # relation: one act told from each party's side ("beat" / "lost to", [[converse]]).
    "one act told from both sides": lambda d: f"the same act told from each side: {d}",
    "asked, not stated": lambda d: f"a question, not a statement ({d})" if d else "a question",
    "embedding": lambda d: f"meaning {_percent(d)} alike",
    "same subject": lambda d: f"both about {d}",
    "same measure": lambda d: f"both count {d}",
    "different measure": lambda d: f"they count different things: {d}",
    "different measures": lambda d: f"a share and a change in points, not comparable: {d}",
    "different periods": lambda d: f"figures over different periods: {d}",
    # relation: a count of those of a group something happened to and the size of the
    # group doing something else ("5 arrested" / "4,000 on strike").
    "part of a group": lambda d: f"a count of some of the group, not a rival count: {d}",
    # relation: two counts of groups of people, one a word for people of any kind that
    # may include the other ("900 nurses" / "1,400 staff").
    "part and whole": lambda d: f"one group may be part of the other, not a rival count: {d}",
    "groups may overlap": lambda d: f"the part outnumbers the whole, a person decides: {d}",
    # relation: a denial of the other claim softened ("may not") or stressed ("flatly").
    "hedged denial": lambda d: f"a hedged denial ({d})",
    "emphatic denial": lambda d: f"a firm denial ({d})",
    # relation: a denial that rests on "rarely", "unlikely to", "doubt that".
    "leaning denial": lambda d: f"a denial in a word that only leans against it ({d})",
    "plan vs finding": lambda d: f"one says what is planned, the other what was done: {d}",
    "none reported so far": lambda d: f"none reported so far, a later count may overtake it: {d}",
    "interim count": lambda d: f"one tells a count still under way, a person decides: {d}",
    "figure not read": lambda d: f"a figure in a form we cannot read, a person decides: {d}",
    "later count": lambda d: f"a higher count reported later, most likely the newer one: {d}",
    "different time": lambda d: f"about different times: {d}",
    "same place": lambda d: f"same place: {d}",
    # relation: the denial of one of two states is the other ("not close" = "open").
    "same state": lambda d: f"the same state in other words: {d}",
    # relation: a state going on, or a party joining, on a later day than the other
    # claim's beginning ("still on strike on Friday" / "went on strike on Thursday").
    "continues after it began": lambda d: f"one tells of a later day of what began: {d}",
    # relation: opposite verbs acting on different things ("fixed the roof" / "ignored
    # the leak") say nothing about each other.
    "different object": lambda d: f"the verbs act on different things: {d}",
    "frames aligned": _frames,
    "different statement": lambda d: f"they state different things: {d}",
    "shared main statement": lambda d: f"main statements share {_of(d)} key words",
    "refutes": lambda d: f"one calls the other false: {d}",
    "both refute": lambda d: f"both call it false ({d})",
    "only reported": lambda d: f"only reported, not asserted: {d}",
    "disagreement not decisive": lambda d: f"the difference decides nothing: {d}",
    # relation: a pair read only by its shared words, no frame reason said anything.
    "too little in common": lambda d: f"too little in common to be one fact: {d}",
    "much in common": lambda d: f"much in common: {d}",
    "both reject it": lambda d: f"both reject it: {d}" if d else "both reject it",
    "nothing to compare": lambda d: "nothing to compare",
    "refuted claim asserted": lambda d: d or "one calls false what the other states",
    "too many figures": lambda d: f"only part compared: {d}",
    # A claim joining clauses with a figure each is compared through the clause about the
    # other claim's subject (relation: "Fuel prices rose 5% while wages rose 7%").
    "clause compared": lambda d: f"compared through the part that says “{d}”"
    if d
    else "compared through one part of the sentence",
}


def for_reporters(reason: str) -> str:
    """``"fuzzy text: token sort ratio 0.57"`` → ``"wording 57% alike"``; unknown reasons
    come back unchanged."""
    name, sep, detail = reason.partition(":")
    phrase = _PHRASES.get(name.strip())
    if phrase is None:
        return reason
    return phrase(detail.strip() if sep else "")
