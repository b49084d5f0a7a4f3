"""Credit lines, bylines, datelines, captions and headlines: who wrote and supplied a text,
and what it is called, not claims.

News copy carries its provenance inside the body: a dateline ("KESTROW, March 10 (Coastal
Wire) —"), a credit line ("(Reporting by Ann Lee; editing by Tom Roe)", "Additional
reporting by Coastal Wire"), a sign-off ("— Coastal Wire", "(Coastal Wire)" on a line of
its own), a copyright line ("© 2026 Coastal Wire"), a byline ("By Ann Lee") and photo
captions and photo credits ("Photo: …", "Credit: Lena Marsh/Wire Photos"); a headline
opens it. None of them states a checkable fact about the story (a headline gives the
story's gist to draw the reader, and the story states it again), and a
credited outlet says which source the text depends on (a rewrite of a wire story is not
independent of the wire). :func:`find_credits` finds them with their spans and the outlet
they credit; :func:`blank_credits` removes them from the text analysis reads while every
offset stays valid. The store records the first outlet credited by a line other than a
caption (a photo agency supplies a picture, not the reporting) as the document's
dependency (``factcheck.match.independence``).

A person is not an outlet: "(Reporting by Ann Lee; editing by Tom Roe)" credits nobody
the store can count. An outlet is recognised by a head word outlets use (Wire, News,
Press, Agency, Times, …), by being an agency initialism ("AP"), or by being one of
``known`` — the outlets already in the store ("Kallisto" has no outlet word).

Everything here is a pure function of the text. The layouts follow the wire-service
conventions described in the AP Stylebook ("datelines") and Reuters' credit lines.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from factcheck.read import MONTH_ALTERNATION, RawDocument
from factcheck.segment import list_item

__all__ = [
    "Credit",
    "CreditKind",
    "OutletNames",
    "blank_credits",
    "credited_author",
    "credited_date",
    "credited_document",
    "credited_title",
    "dateline_day",
    "find_credits",
    "looks_like_outlet",
    "outlet_key",
    "reference_date",
]

CreditKind = Literal[
    "dateline", "credit", "byline", "caption", "headline", "timestamp", "correction", "boilerplate"
]


@dataclass(frozen=True, slots=True)
class Credit:
    """One piece of provenance in a text; ``text == source[start:end]``.

    ``kind`` is ``dateline`` (place/date/wire that opens a story), ``credit`` (reporting
    and editing credits, sign-offs, "first published by"), ``byline`` ("By Ann Lee") or
    ``caption`` (a photo caption or photo credit) or ``headline`` (the first line, when it
    reads as the text's title: see :func:`find_credits`) or ``timestamp`` ("Updated 10
    March 2026") or ``correction`` (a note that the text was corrected or amended) or
    ``boilerplate`` (a line asking the reader to follow someone: "Follow Ann Lee on X:
    @annlee", or page furniture: "Read more: …", "Related: …", "Advertisement").
    ``outlet`` is the news organisation the
    piece credits, when it names one ("Coastal Wire" in "(Coastal Wire) —"), else ``None``.
    ``authors`` are the people a byline names, or a credit line as reporting or writing
    the story ("Reporting by Ann Lee and Ivo Kay" → Ann Lee, Ivo Kay; someone named for
    "additional reporting" or "with reporting from" helped and is a contributor only),
    or a photo credit as taking the picture ("Credit: Lena
    Marsh/Wire Photos" → Lena Marsh), names in capitals given in title case.
    ``contributors`` are the people a credit line names for any other part, or for help
    beside the main reporting: "Editing by Tom Roe", "With reporting from Ana Ruiz",
    "Additional reporting by Sam Ohio", "Research by …", "Graphics by …".
    """

    kind: CreditKind
    outlet: str | None
    start: int
    end: int
    text: str
    authors: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "outlet": self.outlet,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "authors": list(self.authors),
            "contributors": list(self.contributors),
        }


# Last words of a picture agency's name ("Wire Photos", "Harbour Images"): an outlet, but
# one that supplies pictures, so a credit naming it is a photo credit.
_PICTURE_WORDS = frozenset(
    ["photo", "photos", "photography", "pictures", "picture", "images", "image", "pix"]
)
# Last words that make a capitalised name a news organisation rather than a person.
_OUTLET_WORDS = frozenset(
    [
        "wire",
        "wires",
        "newswire",
        "news",
        "press",
        "agency",
        "times",
        "post",
        "herald",
        "gazette",
        "courier",
        "ledger",
        "observer",
        "tribune",
        "journal",
        "service",
        "services",
        "bureau",
        "radio",
        "tv",
        "television",
        "network",
        "networks",
        "media",
        "daily",
        "chronicle",
        "telegraph",
        "standard",
        "express",
        "mail",
        "guardian",
        "monitor",
        "review",
        "dispatch",
        "bulletin",
        "reporter",
        "record",
        "sun",
        "star",
        "mirror",
        "inquirer",
        "examiner",
        "register",
        "today",
        "weekly",
        "magazine",
        "online",
        "digest",
        "broadcasting",
        "corporation",
        "sentinel",
        "advertiser",
        "argus",
        "echo",
        "leader",
        "mercury",
        "packet",
        "pioneer",
        "planet",
        "quarterly",
        "report",
        "republic",
        "signal",
        "tribune",
        "voice",
        "world",
        "globe",
        "clarion",
        "feed",
        *_PICTURE_WORDS,
    ]
)
# Initialisms that are agencies, not people: two to five capitals ("AP", "AFP", "UPI").
_ACRONYM_RE = re.compile(r"^[A-Z]{2,5}$")
_NAME_RE = re.compile(r"^[A-Z0-9][\w&.'’-]*(?:\s+(?:of|the|and|&|[A-Z0-9][\w&.'’-]*))*$")


def outlet_key(name: str) -> str:
    """An outlet's name as it is compared: case-folded (``str.casefold``, so "Ärzte
    Wire" meets "ÄRZTE WIRE"), surrounding spaces trimmed. The store keeps it in
    ``sources.name_key``."""
    return name.casefold().strip()


class OutletNames(ABC, Collection[str]):
    """Known outlet names that are looked up one at a time instead of read in full.

    ``name in names`` compares by :func:`outlet_key`. The store passes one to
    :func:`find_credits` so that recognising a credited outlet costs an indexed lookup
    per candidate name, not a read of every outlet it holds. Iterating still gives
    every name.
    """

    @abstractmethod
    def holds(self, key: str) -> bool:
        """Whether an outlet whose :func:`outlet_key` is ``key`` is known."""

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.holds(outlet_key(name))


def looks_like_outlet(name: str, known: Collection[str] = ()) -> bool:
    """Whether ``name`` reads as a news organisation ("Coastal Wire", "AP", "The Daily
    Ledger") rather than a person ("Ann Lee"). ``known`` outlet names (the store's
    sources, compared case-insensitively by :func:`outlet_key`; an :class:`OutletNames`
    is asked about this name only) are outlets whatever their words; otherwise a
    heuristic on the last word decides."""
    name = name.strip(" .,;:")
    if not name:
        return False
    folded = outlet_key(name)
    if isinstance(known, OutletNames):
        if known.holds(folded):
            return True
    elif any(folded == outlet_key(k) for k in known):
        return True
    if not _NAME_RE.match(name):
        return False
    if _ACRONYM_RE.match(name):
        return True
    words = name.split()
    last = words[-1].lower().strip(".")
    if last in _PICTURE_WORDS and len(words) < 2:
        return False  # "(Photo)" marks a picture; "Wire Photos" names an agency
    return last in _OUTLET_WORDS


# A month as news copy capitalises it, from the package's one month table.
_MONTH = r"(?:" + "|".join(m.capitalize() for m in MONTH_ALTERNATION.split("|")) + r")\.?"
_DASH = r"(?:—|–|--|-)"
# "(Kallisto) — The bank …": a wire's dateline with no place, at a paragraph start.
_WIRE_DATELINE_RE = re.compile(
    r"^[ \t]*\((?P<outlet>[A-Z][^()\n]{0,60})\)\s*" + _DASH + r"[ \t]+(?=\S)", re.MULTILINE
)
# Labels set in capitals before a colon that name no place ("BREAKING: …", "UPDATE: …").
_LABELS = frozenset(
    {"BREAKING", "BREAKING NEWS", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "ANALYSIS"}
    | {"OPINION", "EDITORIAL", "CORRECTION", "NOTE", "WARNING", "LIVE", "VIDEO", "READ MORE"}
    | {"RELATED", "PHOTOS", "FACT CHECK", "EDITOR'S NOTE", "EDITOR’S NOTE", "Q", "A"}
)
# "KESTROW, March 10 (Coastal Wire) — ", "NEW YORK (AP) — ", "Kestrow, 10 March (Wire) -"
_DATELINE_RE = re.compile(
    # a place in capitals may name two ("KESTROW/ORSK (Coastal Wire) -")
    r"^[ \t]*(?P<place>(?P<caps>[A-Z][A-Z.'’ /-]{2,40}?)"
    r"|[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,3})"
    r"(?:,[ \t]*[A-Z][A-Za-z.]+(?:[ \t]+[A-Z][A-Za-z.]+)?)??"
    r"(?:,[ \t]*(?P<date>(?:" + _MONTH + r"[ \t]+\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?" + _MONTH + r")(?:,?[ \t]+\d{4})?))?"
    r"(?:[ \t]*\((?P<outlet>[^()\n]{1,60})\))?"
    # The dash before the story's first words on the same line, or ending a line of its
    # own with the story below it ("KESTROW, March 10 (Wire) —" above the lead); a line
    # that is the whole dateline may leave its dash out (``bare``, checked below). The
    # dash is on the dateline's own line: a heading in capitals over a list ("KEY
    # POINTS" above "- 12 people died") is no place (tester10c F8).
    r"(?:[ \t]*" + _DASH + r"(?:[ \t]+(?=\S)|[ \t]*(?=\r?\n\s*\S))"
    # "NEW DELHI: Twelve people …", the colon of South Asian and Gulf papers (read for a
    # place in capitals only, checked below)
    r"|(?P<colon>:)[ \t]+(?=[A-Z\"“‘])"
    r"|(?P<bare>[ \t]*(?=\r?\n\s*\S)))",
    re.MULTILINE,
)
# "Updated 10 March 2026", "Last updated: 14:02 GMT, Tuesday 10 March 2026", "First
# published on March 9, 2026 at 8 a.m.": a page's time stamp on a line of its own is
# provenance, not a claim. The rest of the line must be nothing but a date and time.
_STAMP_PART = (
    r"(?:\d[\d:./-]*(?:st|nd|rd|th)?|" + _MONTH + r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|[ap]\.?m\.?|at|on|[A-Z]{2,4}|[,|·•–—-])"
)
# Several stamps may share the line ("Published March 11, 2026, updated March 14",
# "Updated: 14 March 2026 | First published: 10 March 2026"), the later ones' words in
# either case.
_STAMP_LABEL = (
    r"(?:(?i:last|first|originally)[ \t]+)?(?i:updated|published|posted|modified)"
    r"(?:[ \t]+(?:on|at))?[ \t]*:?"
)
_TIMESTAMP_RE = re.compile(
    r"^[ \t]*(?:(?:Last|First|Originally)[ \t]+)?(?i:updated|published|posted|modified)"
    r"(?:[ \t]+(?:on|at))?[ \t]*:?"
    r"(?P<stamp>(?:[ \t]*" + _STAMP_PART + r")+)"
    r"(?:[ \t]*" + _STAMP_LABEL + r"(?:[ \t]*" + _STAMP_PART + r")+)*[ \t]*$",
    re.MULTILINE,
)
_CREDIT_VERBS = (
    r"(?:(?:with\s+)?(?:(?:additional|further|extra)\s+)?(?:reporting|research)"
    r"|writing|written|editing|edited|compiled|graphics?|production|produced)"
)
# "© 2026 Coastal Wire. All rights reserved." / "Copyright 2026 Coastal Wire" / "Copyright
# Coastal Wire 2026. Used under licence.": the holder (a name: capitalised words, see
# _copyright_holder) with its year before or after it, then on the same line the terms
# the text is used under, in short sentences ("All rights reserved.", "Used under
# licence.", "Reprinted with permission.").
_YEARS = r"\d{4}(?:\s*[-–]\s*\d{4})?"
_COPYRIGHT_RE = re.compile(
    r"^[ \t]*(?:©|\([Cc]\)|[Cc]opyright)\s*(?:©\s*)?(?:" + _YEARS + r",?\s+)?"
    r"(?P<who>[A-Z][^\n.]{0,60}?)(?:,?[ \t]+" + _YEARS + r")?"
    r"(?:[ \t]*\.(?P<terms>(?:[ \t]+[A-Z][^\n.!?]{0,60}[.!?]?){0,3})|[ \t]*\.?)[ \t]*$",
    re.MULTILINE,
)
# The most words one sentence of a copyright line's terms has ("Distributed by Tribune
# Content Agency for Coastal Wire.").
_COPYRIGHT_TERMS_WORDS = 8
# "(Coastal Wire)" alone on a line: the outlet signs the story off.
_PAREN_SIGNOFF_RE = re.compile(r"^[ \t]*\((?P<who>[A-Z][^()\n]{0,60})\)[ \t]*$", re.MULTILINE)
# "(Reporting by Ann Lee; editing by Tom Roe)" anywhere in the text.
_CREDIT_PARENS_RE = re.compile(
    r"[ \t]*\(\s*" + _CREDIT_VERBS + r"\s+(?:by|from)\s+[^()]{1,300}\)", re.IGNORECASE
)
# A whole line of credits: "Additional reporting by Coastal Wire." It names people or an
# outlet, so a capital follows ("the" aside): "Research by the council found…" is a claim.
# A dash may open it, as a sign-off does ("— Compiled by Tom Roe; additional reporting by
# Coastal Wire"): the line is the same credit either way.
_CREDIT_LINE_RE = re.compile(
    r"^[ \t]*(?:" + _DASH + r"[ \t]*)?" + _CREDIT_VERBS + r"\s+(?:by|from)\s+"
    r"(?P<who>(?-i:(?:[Tt]he\s+)?[A-Z])[^\n]{0,199}?)[ \t]*\.?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "… the dam held. Additional reporting by Ivo Kay.": a credit for additional reporting
# that closes a paragraph after its last sentence, on the same line. Only the words
# "additional/further/extra reporting by" (never "Research by the council found …"),
# and only names after them (see _INLINE_CREDIT_WORDS).
_INLINE_CREDIT_RE = re.compile(
    r"(?<=[.!?])[\"”’]?[ \t]+(?P<credit>(?:[Ww]ith\s+)?(?:[Aa]dditional|[Ff]urther|[Ee]xtra)\s+"
    r"reporting\s+(?:by|from)\s+(?P<who>[A-Z][^\n.!?]{0,150}?)\.?)[ \t]*$",
    re.MULTILINE,
)
# The lower-case words a credit's names may be joined by: "Ivo Kay in Harl and Mara Holt;
# editing by Tom Roe".
_INLINE_CREDIT_WORDS = frozenset(
    {"and", "in", "of", "at", "from", "for", "the", "with", "by", "editing", "writing"}
    | {"research", "graphics", "additional", "further", "reporting", "de", "van", "von"}
)
# "Coastal Wire contributed to this report." / "Ann Lee contributed reporting."
_CONTRIBUTED_RE = re.compile(
    r"^[ \t]*(?P<who>[A-Z][^\n]{0,120}?)\s+contributed(?:\s+(?:reporting|research))?"
    r"(?:\s+to\s+this\s+(?:report|article|story))?[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
# "This article was first published by Coastal Wire." / "This story originally appeared
# in the Daily Ledger."
_REPUBLISHED_RE = re.compile(
    r"^[ \t]*This\s+(?:article|story|report|piece)\s+(?:was\s+)?(?:first|originally)\s+"
    r"(?:published|appeared|ran)\s+(?:in|on|by)\s+(?P<who>[^\n]{1,80}?)[ \t]*\.?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A note on a line of its own that the text was changed after publication: "This article
# was amended on 12 March to correct …", "This story has been corrected to show …",
# "Correction: an earlier version …", "Clarification, 4 May: …". It is the document's
# history, not a claim the story makes.
_CORRECTION_RE = re.compile(
    r"^[ \t]*(?:(?:This|An\s+earlier)\s+(?:(?:earlier|original|online|previous)\s+)?"
    r"(?:article|story|piece|version|post|headline|caption)\s+"
    r"(?:was|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:amended|corrected|updated|changed|edited|revised|clarified)\b"
    r"|An\s+earlier\s+version\s+of\s+this\s+(?:article|story|piece|post)\b"
    r"|(?:Correction|Clarification|Editor['’]s\s+note)\b[^\n:]{0,40}:)[^\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "Follow Ann Lee on X: @annlee", "Follow us on Instagram @coastalwire": a line that asks
# the reader to follow someone, with a handle; never a claim.
_FOLLOW_RE = re.compile(
    r"^[ \t]*(?:You\s+can\s+)?(?i:follow)\s+[^\n]{1,80}?\s+on\s+[^\n]{1,40}?@[\w.]{2,40}"
    r"[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
# "— Coastal Wire" alone on a line: the outlet signs the story off.
_SIGNOFF_RE = re.compile(
    r"^[ \t]*" + _DASH + r"[ \t]*(?P<who>[A-Z][^\n]{0,60}?)[ \t]*$", re.MULTILINE
)
# Page furniture: a page sets labels before its captions, its links to other stories, its
# players and its adverts ("Image caption: …", "Read more: …", "Related: …", "Watch: …",
# "PHOTO Troops enter …", "Advertisement"). None of them is a sentence of the story. The
# words such labels are made of, by what they label: a picture, or another part of the page.
_PICTURE_LABEL_WORDS = frozenset(
    {"photo", "photos", "photograph", "photographs", "picture", "pictures", "pictured"}
    | {"image", "images", "caption", "video", "videos", "graphic", "graphics", "footage"}
    | {"illustration", "gallery", "slideshow", "audio", "chart", "map", "infographic"}
    | {"media", "credit", "credits"}
)
_PAGE_LABEL_WORDS = frozenset(
    {"read", "more", "related", "watch", "listen", "see", "also", "advertisement", "advert"}
    | {"sponsored", "promoted", "recommended", "podcast", "newsletter", "subscribe"}
    | {"trending", "live", "source", "sources", "via", "courtesy", "story", "stories"}
    | {"on", "this", "of", "the", "our", "top", "most", "popular", "latest", "now"}
)
# Where a picture sits, said in a caption's lead ("Pictured above:", "Top left:", "Main
# picture:"): a lead of only such words is a caption's too.
_PLACEMENT_WORDS = frozenset(
    {"above", "below", "top", "bottom", "left", "right", "centre", "center", "inset", "here"}
    | {"main"}
)
_PLACEMENT = r"(?:" + "|".join(sorted(_PLACEMENT_WORDS)) + r")"
# A label of one to three words before a colon, the rest of the line after it: "Image
# caption: A soldier at a checkpoint", "Read more: How the offensive unfolded".
_LABEL_LINE_RE = re.compile(
    r"^[ \t]*(?P<label>[A-Z][A-Za-z'’]*(?:[ \t]+[A-Za-z][A-Za-z'’]*){0,2})[ \t]*:"
    r"[ \t]*(?P<rest>[^\n]*?)[ \t]*$",
    re.MULTILINE,
)
# A label set in capitals with no colon before the caption or link text: "PHOTO Troops
# enter the square", "WATCH Firefighters battle the blaze".
_CAPS_LABEL_LINE_RE = re.compile(
    r"^[ \t]*(?P<label>[A-Z]{2,}(?:[ \t]+[A-Z]{2,})?)[ \t]+(?P<rest>[\"“‘(]?[A-Z][^\n]*?)[ \t]*$",
    re.MULTILINE,
)
# A line that is all one short paragraph: at most this many words with no verb and no
# figure is page furniture ("Advertisement", "Sponsored content"), no sentence.
_FURNITURE_WORDS = 4
# A label outside the furniture words ("Analysis: Why the offensive stalled") heads a
# link or a title only when what follows it is this short, has no stop and no figure.
_LABELLED_TITLE_WORDS = 15
# The most words a caption written before its photo credit has on its line ("Firefighters
# at the scene on Monday. Photo: Jon Pike"): captions are a sentence or two.
_CAPTION_WORDS = 30
# "Photo by Jon Pike / Coastal Wire", "… at the scene. Pictures by Ann Lee": a photo
# credit with "by", on a line of its own or closing a caption's line after its stop.
_PHOTO_BY_RE = re.compile(
    r"(?:^[ \t]*|(?<=[.!?])[ \t]+|(?<=[.!?][\"”’)])[ \t]+)(?P<credit>"
    r"(?:Photo(?:graph)?s?|Pictures?|Images?|Video|Footage)[ \t]+(?:by|from|courtesy[ \t]+of)"
    r"[ \t]+(?P<who>[A-Z][^\n]{0,120}?))[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
# The lower-case words a list of credited names may hold ("Ann Lee and Ivo Kay for the
# Coastal Wire").
_NAME_LIST_WORDS = frozenset({"and", "of", "the", "for", "at", "de", "van", "von", "via"})


def _names_only(words: str) -> bool:
    """Whether ``words`` are names and their joining words only ("Jon Pike / Coastal
    Wire", "Ann Lee and Ivo Kay"): no sentence ("Ann Lee found cracks")."""
    found = re.findall(r"[^\W\d_][\w'’.-]*", words)
    return bool(found) and all(w[0].isupper() or w in _NAME_LIST_WORDS for w in found)


def _line_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the line(s) holding ``text[start:end]``, line breaks excluded."""
    return text.rfind("\n", 0, start) + 1, (
        len(text) if (stop := text.find("\n", end)) < 0 else stop
    )


def _paragraph_alone(text: str, start: int, end: int, found: Sequence[Credit]) -> bool:
    """Whether the line(s) ``text[start:end]`` stand as a paragraph of their own: a blank
    line, the text's edge or a line of provenance already ``found`` on each side. A short
    line inside a paragraph wrapped at a fixed width ("Water levels in the") does not."""
    line_start, line_end = _line_of(text, start, end)

    def apart(pos: int, forward: bool) -> bool:
        if forward:
            if pos >= len(text):
                return True
            stop = text.find("\n", pos + 1)
            neighbour = (pos + 1, len(text) if stop < 0 else stop)
        else:
            if pos <= 0:
                return True
            neighbour = (text.rfind("\n", 0, pos - 1) + 1, pos - 1)
        line = text[neighbour[0] : neighbour[1]]
        if not line.strip():
            return True
        first = neighbour[0] + len(line) - len(line.lstrip())
        return any(c.start <= first < c.end for c in found)

    return apart(line_start, forward=False) and apart(line_end, forward=True)


def _verbless(words: Sequence[str]) -> bool:
    """Whether none of ``words`` reads as a finite verb (a past or third-person form, or
    an auxiliary), by lemminflect's word lists; the label words of page furniture aside
    ("Sponsored", "Related")."""
    from factcheck.claim_lexicon import AUXILIARIES, verb_forms

    # An auxiliary of the claims lexicon makes a line a clause ("It was not", "The ferry
    # can't sail"), its negated contractions too.
    return not any(
        w.lower() not in _PICTURE_LABEL_WORDS | _PAGE_LABEL_WORDS
        and verb_forms(w) & {"VBD", "VBZ"}
        for w in words
    ) and not any(w.lower().replace("’", "'") in AUXILIARIES for w in words)


def _has_figure(line: str) -> bool:
    """Whether ``line`` states a figure (a digit or a number in words: "Twelve dead")."""
    if re.search(r"\d", line):
        return True
    from factcheck.normalize import find_quantities

    return bool(find_quantities(line))


def _reads_as_sentence(rest: str) -> bool:
    """Whether what follows a page label is a sentence of the story, not a link or a
    title: three words or more, closed by a stop ("." or "!"), with a finite verb or an
    auxiliary. Links and titles print without a stop ("Read more: How the offensive
    unfolded"); "The latest: Police said 40 people were evacuated." is reporting under
    a running head, and "Source: Officials said the river peaked." a sourced sentence."""
    words = rest.split()
    return (
        len(words) >= 3
        and rest.rstrip("\"'”’)]»").endswith((".", "!"))
        and not _verbless(words)
    )


def _label_kind(label: str) -> Literal["caption", "page", "source"] | None:
    """What a label before a colon labels, from its words: ``caption`` when one of them
    names a picture ("Image caption", "Pictured above") or all say where it sits ("Top
    left"), ``source`` for "Source"/"Via"/"Courtesy of", ``page`` for another part of
    the page ("Read more", "Related", "Watch"); None when a word is none of these (a
    label of the story's own: "Analysis", "Lind")."""
    words = [w.lower() for w in label.split()]
    if not all(w in _PICTURE_LABEL_WORDS | _PAGE_LABEL_WORDS | _PLACEMENT_WORDS for w in words):
        return None
    if any(w in _PICTURE_LABEL_WORDS for w in words) or all(w in _PLACEMENT_WORDS for w in words):
        return "caption"
    if words[0] in ("source", "sources", "via", "courtesy"):
        return "source"
    if all(w in _PLACEMENT_WORDS | {"on", "this", "of", "the", "our", "now"} for w in words):
        return None  # "On this": small words only
    return "page"


# "Credit: Reuters", "Credits: Tidewater Press/Reuters": a line crediting whoever supplied
# the text, by the convention of such lines an organisation unless it reads as a person.
_CREDIT_LABEL_RE = re.compile(
    r"^[ \t]*Credits?\s*:[ \t]*(?P<who>[^\n]{1,120}?)[ \t]*\.?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# "… rates. PICTURE: The governor at the podium. Markets fell": a caption pasted inside a
# paragraph, after a sentence's stop; it runs to the end of its own sentence.
_CAPTION_LABEL = r"(?:PHOTO(?:GRAPH)?|PICTURED?|IMAGE|CAPTION|GRAPHIC|ILLUSTRATION|VIDEO"
_CAPTION_LABEL += r"|Photo(?:graph)?|Pictured?|Image|Caption|Graphic|Illustration|Video)"
_CAPTION_LABEL += r"(?i:\s+" + _PLACEMENT + r"){0,2}"
_MID_CAPTION_RE = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))[ \t]+(?P<caption>" + _CAPTION_LABEL + r"(?:\s+credit)?"
    r"\s*:[ \t]*[^\n]*?(?:[.!?](?=[ \t]+[A-Z\"“‘])|$))",
    re.MULTILINE,
)
_INLINE_PHOTO_RE = re.compile(
    r"[ \t]*\(\s*(?:Photo|Picture|Image)(?:\s+credit)?\s*:[^()\n]{1,120}\)", re.IGNORECASE
)
# "By Ann Lee", "By Ann Lee and Tom Roe, Coastal Wire", "By Ann Lee | Coastal Wire", "BY ANN
# LEE": one line (a job title on the next one is _ROLE_LINE_RE's).
_BYLINE_RE = re.compile(
    r"^[ \t]*(?:By|BY)[ \t]+(?P<who>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,3}"
    r"(?:[ \t]*(?:,|and|&)[ \t]*[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,3})*)"
    r"(?:[ \t]*(?:,|\||—|–|-|/)[ \t]*(?P<rest>[A-Z][^\n.]{0,50}))?[ \t]*$",
    re.MULTILINE,
)
# "Nadia Kerr 11 March 2026", "Ann Lee | March 11, 2026": a page's byline and its date
# on one line, with no "By" (a byline's name beside its <time> element). A name of two to
# four capitalised words, then nothing but a date that names its month and its year.
_NAME_DATE_LINE_RE = re.compile(
    r"^[ \t]*(?P<who>[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3})[ \t]*[,|·•–—-]?"
    r"(?P<stamp>(?:[ \t]*" + _STAMP_PART + r")+)[ \t]*$",
    re.MULTILINE,
)
# The last word of a newsroom job title: "Staff Writer", "Agriculture Correspondent",
# "Harbour Reporter", "Political Editor", "Washington Bureau Chief".
_ROLE = (
    r"(?i:writer|reporter|correspondent|editor|columnist|contributor|photographer|journalist"
    r"|critic|chief|staff|producer|presenter|analyst)"
)
# A line of job title under a byline: "STAFF WRITER", "Senior Correspondent". It belongs
# to the byline.
_ROLE_LINE_RE = re.compile(r"\n[ \t]*(?:[A-Z][\w.'’-]*[ \t]+){0,3}" + _ROLE + r"[ \t]*(?=\n|$)")
_JOB_TITLE_RE = re.compile(r"^(?:[A-Z][\w.'’-]*\s+){0,3}" + _ROLE + r"s?$")


def is_job_title(words: str) -> bool:
    """Whether ``words`` are a newsroom job title ("Agriculture Correspondent", "Staff
    Writer", "SENIOR EDITOR"): up to four capitalised words ending in a role word. A byline's
    "Hal Moray, Agriculture Correspondent" names one person and that person's title."""
    return bool(_JOB_TITLE_RE.match(words.strip(" .")))


# Reporting beside the main reporters': "Additional reporting by …", "With reporting from
# …" (the wire style that names a helper under someone else's byline).
_ADDITIONAL_RE = re.compile(r"^\s*(?:with\b|(?:additional|further|extra)\b)", re.IGNORECASE)
# Credits whose people wrote the story, as against those who edited it or helped.
_AUTHOR_CREDIT_RE = re.compile(
    r"^\s*(?:with\s+)?(?:(?:additional|further|extra)\s+)?(?:reporting|reported|writing|written)"
    r"\s+(?:by|from)\s+(?P<who>.+)$",
    re.IGNORECASE,
)
# Any one credit of a line: the part it names and the people who did it.
_ANY_CREDIT_RE = re.compile(
    r"^\s*(?:" + _DASH + r"\s*)?" + _CREDIT_VERBS + r"\s+(?:by|from)\s+(?P<who>.+)$",
    re.IGNORECASE,
)
# Where one credit of a line ends and the next begins: a semicolon, or a stop before the
# next credit's verb ("Written by Tom Hale. Editing by Ann Lee."); a stop elsewhere may be
# an initial ("Ann B. Lee").
_CREDIT_PARTS_RE = re.compile(
    r"\s*;\s*|(?<=\.)\s+(?=" + _CREDIT_VERBS + r"\s+(?:by|from)\s)", re.IGNORECASE
)
_TIME_WORDS = re.compile(
    r"^(?:" + _MONTH + r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Then|Now|Today|Noon|Midnight|Dawn|Night|Contrast|Comparison|Law|Far|Way)\b"
)


def _outlet_in(names: str, known: Collection[str] = ()) -> str | None:
    """The first outlet among credited names ("Ann Lee in Kestrow; Coastal Wire",
    "Ann Lee for Coastal Wire")."""
    for chunk in re.split(r"\s*(?:;|,|\band\b|&|/|\|)\s*", names):
        chunk = re.sub(
            r"^(?:" + _CREDIT_VERBS + r")\s+(?:by|from)\s+", "", chunk.strip(), flags=re.I
        )
        # "Ann Lee for Coastal Wire": the reporter works for the credited outlet, which
        # is an organisation whatever its name's words ("Ana Vik for Reuters").
        employer = re.match(r"^.*?\s(?:for|at)\s+(?=[A-Z])", chunk)
        chunk = chunk[employer.end() :] if employer else chunk
        chunk = re.sub(r"\s+in\s+[A-Z][\w .'’-]*$", "", chunk).strip(" .")
        chunk = re.sub(r"^(?:the\s+)?", "", chunk) if chunk.lower().startswith("the ") else chunk
        if looks_like_outlet(chunk, known) or (employer and _organisation(chunk)):
            return chunk
    return None


def _organisation(name: str) -> bool:
    """A name that can be an organisation's: capitalised words, at most four, no time word."""
    return bool(_NAME_RE.match(name)) and len(name.split()) <= 4 and not _TIME_WORDS.match(name)


def _supplier(names: str, known: Collection[str] = ()) -> str | None:
    """The organisation a "Credit:" line names: the last of "Tidewater Press/Reuters"
    (photographer or client first, supplying agency last, as photo credits are written)
    that is an outlet, or a name of one word ("Reuters", "Kallisto") that no person has."""
    for part in reversed(re.split(r"\s*(?:/|\||;|,)\s*", names.strip(" .()"))):
        part = part.strip(" .")
        if looks_like_outlet(part, known) or (
            _organisation(part) and " " not in part and not part.islower()
        ):
            return part
    return None


# "Lena Marsh/Wire Photos", "(Tomas Berg / Kallisto)" closing a credit or caption: by the
# convention of photo credits, the photographer, then the agency that supplies the picture.
_PHOTO_PAIR_RE = re.compile(
    r"(?:^|(?<=[\s(:]))(?P<person>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]*/[ \t]*"
    r"(?P<agency>[A-Z][^/()\n]{0,60}?)[ \t]*\)?[ \t]*\.?[ \t]*$"
)


def _photo_pair(text: str, known: Collection[str] = ()) -> tuple[str, str] | None:
    """(person, agency) when ``text`` ends with a photo credit's pair ("… Lena Marsh/Wire
    Photos"): the part before the slash reads as a person's name and not as an outlet, the
    part after it as an organisation's name, taken whatever its words as the convention
    has it ("Ivo Kay/Kallisto"). None otherwise ("Tidewater Press/Reuters" names two
    outlets: :func:`_supplier` reads it)."""
    found = _PHOTO_PAIR_RE.search(text)
    if found is None:
        return None
    person, agency = found["person"], found["agency"].strip(" .")
    if (
        looks_like_outlet(person, known)
        and _PERSON_RE.match(agency)
        and not looks_like_outlet(agency, known)
    ):
        # Written agency first ("Tidewater Wire/Jun Aske"), as many outlets do.
        person, agency = agency, person
    # "Monday Night/Wire" is no photographer; "Jun Aske" or "May Lee" is (a first name
    # that is also a month's three-letter abbreviation).
    timed = _TIME_WORDS.match(person) and len(person.split()[0]) > 3
    if looks_like_outlet(person, known) or timed:
        return None
    if not (looks_like_outlet(agency, known) or _organisation(agency)):
        return None
    return person.title() if person.isupper() else person, agency


def _supplies_pictures(outlet: str | None) -> bool:
    """An outlet named as a picture agency ("Wire Photos", "Harbour Images")."""
    return outlet is not None and outlet.split()[-1].lower().strip(".") in _PICTURE_WORDS


def _people(names: str, known: Collection[str] = ()) -> tuple[str, ...]:
    """The people among credited names ("Ann Lee and Ivo Kay in Harl", "JANE DOE", "Ann
    Lee for Coastal Wire"): outlets and places left out, capitals in title case."""
    people: list[str] = []
    for chunk in re.split(r"\s*(?:;|,|\band\b|&|/|\|)\s*", names):
        chunk = re.sub(r"\s+(?:for|at)\s+[A-Z].*$", "", chunk.strip())
        chunk = re.sub(r"\s+in\s+[A-Z][\w .'’-]*$", "", chunk).strip(" .")
        if not chunk or looks_like_outlet(chunk, known) or not _PERSON_RE.match(chunk):
            continue
        if is_job_title(chunk):
            continue  # "Hal Moray, Agriculture Correspondent": the title is no second person
        if chunk.split()[0].lower() in ("the", "a", "an", "this", "our", "staff"):
            continue  # "BY THE RIVER" in capitals is no person
        people.append(chunk.title() if chunk.isupper() else chunk)
    return tuple(people)


# A person's name: two to four capitalised words ("Ann Lee", "Mary-Jo O'Neil", "JANE DOE").
_PERSON_RE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}$")


def _credited_writers(credit: str, known: Collection[str] = ()) -> tuple[str, ...]:
    """The people a credit line names as reporting or writing the story: its main
    reporters and writers, never those of "additional reporting by" or "with reporting
    from", who helped beside them (:func:`_credited_contributors`). The README's
    ``analyze --json`` contract: authors are named "as reporting or writing the story",
    contributors "for editing, additional reporting or other help"."""
    people: list[str] = []
    for part in _credit_parts(credit):
        found = _AUTHOR_CREDIT_RE.match(part)
        if found and not _ADDITIONAL_RE.match(part):
            people += _people(found["who"], known)
    return tuple(people)


def _credit_parts(credit: str) -> list[str]:
    """The credits of one line, each with its verb ("Written by Tom Hale. Editing by Ann
    Lee." → "Written by Tom Hale.", "Editing by Ann Lee.")."""
    return [p for p in _CREDIT_PARTS_RE.split(credit.strip(" \t()")) if p.strip()]


def _credited_contributors(credit: str, known: Collection[str] = ()) -> tuple[str, ...]:
    """The people a credit line names for anything but the main reporting or writing:
    editing, additional reporting, research, graphics (:attr:`Credit.contributors`)."""
    people: list[str] = []
    for part in _credit_parts(credit):
        found = _ANY_CREDIT_RE.match(part)
        if found is None:
            continue
        main = _AUTHOR_CREDIT_RE.match(part) and not _ADDITIONAL_RE.match(part)
        if not main:
            people += [p for p in _people(found["who"], known) if p not in people]
    return tuple(people)


def credited_title(credits: Iterable[Credit]) -> str | None:
    """The title a text gives itself: its headline line (:func:`find_credits`), spaces
    squeezed; None when its first line is no headline. The store and ``analyze`` use it
    when a document is given without a title."""
    for credit in credits:
        if credit.kind == "headline":
            return " ".join(credit.text.split())
    return None


# A headline is short: the longest ones in the wires' style guides run to about 15 words;
# one in title case may be a little longer. Past that a first line is a paragraph that
# lost its stop, and stays a claim.
_SHORT_HEADLINE_WORDS = 14
_TITLE_CASE_WORDS = 20
# Small words a title-case headline leaves in lower case ("Pier Collapses Into the Sea").
_TITLE_SMALL_WORDS = frozenset(
    [
        *("a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at", "to"),
        *("by", "as", "from", "with", "into", "onto", "off", "up", "over", "per", "via", "vs"),
        *("vs.", "after", "before", "than"),
    ]
)


def _headline(text: str, found: Sequence[Credit]) -> tuple[int, int] | None:
    """The span of ``text``'s headline: its first line when that line has no final stop,
    is short or in title case, and the rest of its paragraph is provenance already
    ``found`` (a byline under it) or nothing, with more text after the blank line that
    ends the paragraph. A news story's first line of that shape is its title, which states
    the story's gist but is no claim of its own (it is written to draw the reader)."""
    start = len(text) - len(text.lstrip())
    line_end = text.find("\n", start)
    if line_end < 0:
        return None  # a text of one line is all body
    line = text[start:line_end].rstrip()
    if not line or line[0] in "-*•–—>#|" or re.match(r"\d+[.)]\s", line):
        return None  # a list item or a quoted block, not a title
    if line.rstrip("\"'”’)]»").endswith((".", ":", ";", ",", "…", "—", "–", "-")):
        return None  # a sentence, a lead-in, or a dateline's dash ("KESTROW (Wire) —")
    words = line.split()
    if not any(ch.isalpha() for ch in line) or len(words) > _TITLE_CASE_WORDS:
        return None
    if len(words) > _SHORT_HEADLINE_WORDS and not _title_case(words):
        return None
    # The rest of the paragraph: provenance (a byline under the headline) or a standfirst
    # (a summary line under it, which has no final stop either), then a blank line and
    # the body. A line ending in a stop is prose: the first line was part of it.
    pos = line_end + 1
    while True:
        next_end = text.find("\n", pos)
        next_end = len(text) if next_end < 0 else next_end
        body = text[pos:next_end]
        if not body.strip():
            break
        first = pos + len(body) - len(body.lstrip())
        last = pos + len(body.rstrip())
        if not any(c.start <= first and last <= c.end for c in found) and _ends_a_sentence(
            body
        ):
            return None  # the paragraph goes on with prose: the line is no title
        pos = next_end + 1
    if not text[pos:].strip():
        return None  # nothing after it: the line is the text, not its title
    return start, start + len(line)


def _ends_a_sentence(line: str) -> bool:
    """Whether a line ends as prose does: a stop, a colon or a comma before any closing
    quotes or brackets; a headline or a standfirst has none."""
    return line.rstrip().rstrip("\"'”’)]»").endswith((".", "!", "?", ":", ";", ",", "…"))


def _title_case(words: Sequence[str]) -> bool:
    """Most words capitalised, small words aside ("Old Pier Collapses Into the Harbour")."""
    content = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS and w[:1].isalpha()]
    capitalised = sum(1 for w in content if w[:1].isupper())
    return bool(content) and capitalised >= 0.8 * len(content)


def credited_author(credits: Iterable[Credit]) -> str | None:
    """The author a text names itself: the people of its first byline, else those a credit
    line says reported or wrote it ("(Reporting by Ann Lee and Ivo Kay; editing by Tom
    Roe)" → "Ann Lee, Ivo Kay"); None when it names nobody. Several names are joined with
    ", ". A reporter of "additional reporting by" is a contributor, never the author;
    a photographer of a photo credit ("Credit: Ivo Kay/Kallisto") is none either. The
    store uses it when an article is given without an author."""
    found = list(credits)
    for credit in found:
        if credit.kind == "byline" and credit.authors:
            return ", ".join(credit.authors)
    for credit in found:
        if credit.kind == "credit" and credit.authors:
            # read again from the words: a photo credit's authors took the picture
            writers = _credited_writers(credit.text)
            if writers:
                return ", ".join(writers)
    return None


def credited_document(doc: RawDocument, credits: Sequence[Credit] | None = None) -> RawDocument:
    """``doc`` with what its own text says of it where it was given nothing: the author
    of its byline or credit line (:func:`credited_author`), its headline line as title
    (:func:`credited_title`), the day its dateline writes with its year as publication
    date (:func:`credited_date`). Given values always win.

    ``credits`` are the credits of ``doc.text`` when they were found already
    (``Analysis.credits``); otherwise they are found here. ``doc`` itself is returned
    when nothing was missing or nothing was found. The store fills a document with it
    before storing, and ``analyze`` before printing, so both name the same metadata.
    """
    if doc.author and doc.title and doc.published is not None:
        return doc
    found = find_credits(doc.text) if credits is None else credits
    author = doc.author or credited_author(found)
    title = doc.title or credited_title(found)
    published = doc.published if doc.published is not None else credited_date(found)
    if (author, title, published) == (doc.author, doc.title, doc.published):
        return doc
    return replace(doc, author=author, title=title, published=published)


def credited_date(credits: Iterable[Credit]) -> date | None:
    """The day a text's dateline gives it, when the dateline writes the year: "KESTROW,
    March 3, 2026 (Coastal Wire) —" → 2026-03-03. A dateline without a year ("LONDON,
    March 3 —") gives no date on its own: which year it means is known only from a
    publication date (:func:`dateline_day`). The store and ``analyze`` use it as the
    publication date of a text given without one (``--published``, a ``Published:``
    header, JSON or page metadata)."""
    return dateline_day(credits)


def dateline_day(credits: Iterable[Credit], published: date | None = None) -> date | None:
    """The day a text's first dateline names, or None when it names none.

    A dateline that writes its year is that day ("KESTROW, March 3, 2026 —"). One without
    a year ("LONDON, March 3 —") takes it from ``published``: of the year before, the
    same year and the year after, the one that puts the day nearest the publication date
    (a "December 30" dateline on a text published on 2 January is the year before, as
    :func:`factcheck.normalize.anchor_dates` reads a written date without a year). A
    dateline that names only a weekday ("TARNSBY, Monday —") is that weekday of the week
    up to the publication date. Without ``published`` neither names a day. A day that
    does not exist ("February 30") is None.
    """
    from factcheck.normalize import find_dates

    for credit in credits:
        if credit.kind != "dateline":
            continue
        for mention in find_dates(credit.text):
            month, day = mention.month, mention.day
            if month is None and day is None and mention.weekday is not None:
                # "TARNSBY, Monday (Fjord Wire) —": the wires' style for a story of this
                # week. The day is that weekday on or before the publication date (at
                # most :data:`DATELINE_AFTER_PUBLISHED` after it).
                if published is None:
                    return None
                latest = published + timedelta(days=DATELINE_AFTER_PUBLISHED)
                return latest - timedelta(days=(latest.weekday() - mention.weekday) % 7)
            if month is None or day is None:
                continue
            if mention.year is not None:
                years = [mention.year]
            elif published is not None:
                years = [published.year - 1, published.year, published.year + 1]
            else:
                return None
            days = []
            for year in years:
                try:
                    days.append(date(year, month, day))
                except ValueError:  # "February 30", or 29 February outside a leap year
                    continue
            if not days:
                return None
            if published is None:
                return days[0]
            return min(days, key=lambda d: abs((d - published).days))
        return None
    return None


#: How many days after the publication date a dateline may name and still date its
#: text: a story filed late in the evening east of the server's time zone carries the
#: next day's dateline. A later day is a mistake in one of the two, and the
#: publication date is kept.
DATELINE_AFTER_PUBLISHED = 1


def reference_date(credits: Iterable[Credit], published: date | None) -> date | None:
    """The day a text's relative dates ("yesterday", "on Tuesday") count from.

    A dateline names the day the story was filed, which a reprint or a page stamped
    later does not change: "LONDON, March 3 — The bridge reopened yesterday." published
    on 5 March means 2 March. So the dateline's day (:func:`dateline_day`, its year from
    ``published`` when it writes none) is the reference, unless it falls more than
    :data:`DATELINE_AFTER_PUBLISHED` days after ``published``; otherwise, and without a
    dated dateline, ``published`` is. None when neither gives a day.
    """
    day = dateline_day(credits, published)
    if day is None:
        return published
    if published is not None and (day - published).days > DATELINE_AFTER_PUBLISHED:
        return published
    return day


def _line_starts_paragraph(text: str, start: int) -> bool:
    return start == 0 or text[:start].rstrip(" \t").endswith("\n")


def find_credits(text: str, known: Collection[str] = ()) -> tuple[Credit, ...]:
    """Datelines, credit lines, sign-offs, copyright lines, bylines and captions in ``text``.

    Returns :class:`Credit` records in text order, never overlapping. A dateline is only
    read at the start of a paragraph and needs an all-capitals place or a date or an
    outlet in brackets before its dash; a byline and a sign-off are whole short lines; a
    credit in brackets may close a paragraph. ``known`` outlet names (the store's
    sources) are credited even without an outlet word in their name.
    """
    found: list[Credit] = []

    def add(
        kind: CreditKind,
        outlet: str | None,
        start: int,
        end: int,
        authors: tuple[str, ...] = (),
        contributors: tuple[str, ...] = (),
    ) -> None:
        while start < end and text[start] in " \t":
            start += 1
        while end > start and text[end - 1] in " \t\r\n":
            end -= 1
        if start >= end or any(c.start < end and start < c.end for c in found):
            return
        found.append(Credit(kind, outlet, start, end, text[start:end], authors, contributors))

    def wire(name: str | None) -> str | None:
        """The outlet in a dateline's brackets: by the wire services' convention ("LONDON
        (Reuters) -") it is always the supplying outlet, whatever its name's words."""
        name = name.strip(" .,;:") if name else None
        if not name or not _NAME_RE.match(name) or len(name.split()) > 4:
            return None
        return name

    def outlet_named(name: str | None) -> str | None:
        name = name.strip(" .,;:") if name else None
        return name if name and looks_like_outlet(name, known) else None

    for match in _DATELINE_RE.finditer(text):
        caps, day, outlet = match["caps"], match["date"], match["outlet"]
        if not (caps and len(caps.replace(" ", "")) >= 3) and not (day or outlet):
            continue
        if caps and not (day or outlet) and len(caps.split()) > 3:
            continue  # a shouted headline, not a place
        if match["colon"] is not None and not (caps and caps.strip() not in _LABELS):
            continue  # "Kestrow: …", "BREAKING: …" are no datelines
        if match["bare"] is not None and not (day and (caps or outlet)):
            # A line with no dash is a dateline only when it reads as nothing else: a
            # date with an all-capitals place or a bracketed outlet ("KESTROW, March 10
            # (Wire)"); "Kestrow, March 10" or "FLOODS (Wire)" alone may be a title.
            continue
        add("dateline", wire(outlet), match.start(), match.end())
    for match in _WIRE_DATELINE_RE.finditer(text):
        if wire(match["outlet"]) and not _TIME_WORDS.match(match["outlet"]):
            add("dateline", wire(match["outlet"]), match.start(), match.end())
    for match in _CREDIT_PARENS_RE.finditer(text):
        inside = match.group().strip(" \t()")
        add(
            "credit",
            _outlet_in(inside, known),
            match.start(),
            match.end(),
            _credited_writers(inside, known),
            _credited_contributors(inside, known),
        )
    for pattern in (_CREDIT_LINE_RE, _CONTRIBUTED_RE, _REPUBLISHED_RE, _COPYRIGHT_RE):
        for match in pattern.finditer(text):
            if pattern is _COPYRIGHT_RE and not _copyright_line(match):
                continue
            writers: tuple[str, ...] = ()
            helpers: tuple[str, ...] = ()
            if pattern is _CREDIT_LINE_RE:
                writers = _credited_writers(match.group(), known)
                helpers = _credited_contributors(match.group(), known)
            elif pattern is _CONTRIBUTED_RE:
                helpers = _people(match["who"], known)  # "Ann Lee contributed reporting."
            outlet = _outlet_in(match["who"], known)
            add("credit", outlet, match.start(), match.end(), writers, helpers)
    for match in _INLINE_CREDIT_RE.finditer(text):
        words = re.findall(r"[^\W\d_][\w'’-]*", match["who"])
        if any(w[0].islower() and w not in _INLINE_CREDIT_WORDS for w in words):
            continue  # "… by Ivo Kay found that …": a sentence, not a credit
        inside = match["credit"]
        add(
            "credit",
            _outlet_in(inside, known),
            match.start("credit"),
            match.end("credit"),
            _credited_writers(inside, known),
            _credited_contributors(inside, known),
        )
    for match in _SIGNOFF_RE.finditer(text):
        who = match["who"]
        if len(who.split()) > 8 or re.search(r"[.!?]\s+\S", who):
            continue
        if list_item(text, match.start()) is not None:
            continue  # "The council said:" over "- Ann Lee will lead the review": a list
        add("credit", _outlet_in(who, known), match.start(), match.end())
    for match in _PAREN_SIGNOFF_RE.finditer(text):
        # Only an outlet: "(Updated at noon)" or "(Corrected)" on a line are no credit.
        outlet = outlet_named(match["who"])
        if outlet:
            add("credit", outlet, match.start(), match.end())
    for match in _CREDIT_LABEL_RE.finditer(text):
        # "Credit: Lena Marsh/Wire Photos" is a photo credit: the photographer and the
        # agency; a picture agency supplies a picture, not the reporting (a caption).
        if _reads_as_sentence(match.group().split(":", 1)[1].strip()):
            continue  # "Credit: The central bank said it would cover the losses."
        pair = _photo_pair(match["who"], known)
        supplier = pair[1] if pair else _supplier(match["who"], known)
        kind: CreditKind = "caption" if _supplies_pictures(supplier) else "credit"
        add(kind, supplier, match.start(), match.end(), pair[:1] if pair else ())
    for match in _PHOTO_BY_RE.finditer(text):
        # "Photo by Jon Pike / Coastal Wire" on its own line credits the picture as a
        # "Credit:" line does (the outlet it names, unless a picture agency, is the one
        # the text depends on); after a caption's stop it closes the caption.
        who = match["who"]
        if not _names_only(who):
            continue  # "Photos by Ann Lee show the damage": a sentence
        pair = _photo_pair(who, known)
        supplier = pair[1] if pair else _supplier(who, known)
        whole = text[match.start() : match.start("credit")].strip() == ""
        kind = "credit" if whole and supplier and not _supplies_pictures(supplier) else "caption"
        people = pair[:1] if pair else _people(who, known)
        add(kind, supplier, match.start("credit"), match.end(), people)
    for match in _LABEL_LINE_RE.finditer(text):
        label, rest = match["label"], match["rest"]
        labelled = _label_kind(label)
        if label.lower() in ("credit", "credits") and _reads_as_sentence(rest):
            continue  # "Credit: The central bank said …": a sentence, no photo credit
        if labelled == "caption":
            tail = re.search(r"(?:/|\()\s*([^/()]+?)\s*\)?\s*\.?$", match.group())
            pair = _photo_pair(match.group(), known)
            outlet = pair[1] if pair else outlet_named(tail.group(1) if tail else None)
            add("caption", outlet, match.start(), match.end(), pair[:1] if pair else ())
        elif labelled == "source" and _names_only(rest) and (supplier := _supplier(rest, known)):
            # "Source: Coastal Wire" closing a text names the outlet it came from.
            kind = "caption" if _supplies_pictures(supplier) else "credit"
            add(kind, supplier, match.start(), match.end())
        elif labelled is not None and (labelled == "caption" or not _reads_as_sentence(rest)):
            add("boilerplate", None, match.start(), match.end())
        elif labelled is not None:
            continue  # "The latest: Police said …": a sentence under a page label stays
        elif (
            rest
            and not rest.rstrip("\"'”’)]»").endswith((".", "!", "?"))
            and len(rest.split()) <= _LABELLED_TITLE_WORDS
            and _verbless(label.split())
            and not _has_figure(match.group())
            and _paragraph_alone(text, match.start(), match.end(), found)
        ):
            # "Analysis: Why the offensive stalled": a label and a title on a paragraph
            # of their own, a link or a heading rather than a sentence.
            add("boilerplate", None, match.start(), match.end())
    for match in _CAPS_LABEL_LINE_RE.finditer(text):
        labelled = _label_kind(match["label"])
        if (
            labelled in ("caption", "page")
            and re.search(r"[a-z]", match["rest"])
            and not (labelled == "page" and _reads_as_sentence(match["rest"]))
            and _paragraph_alone(text, match.start(), match.end(), found)
        ):
            add(
                "caption" if labelled == "caption" else "boilerplate",
                None,
                match.start(),
                match.end(),
            )
    for match in _MID_CAPTION_RE.finditer(text):
        tail = re.search(r"/\s*([^/()]+?)\s*\)?\s*\.?$", match["caption"])
        pair = _photo_pair(match["caption"], known)
        add(
            "caption",
            pair[1] if pair else outlet_named(tail.group(1) if tail else None),
            match.start("caption"),
            match.end("caption"),
            pair[:1] if pair else (),
        )
    for match in _INLINE_PHOTO_RE.finditer(text):
        tail = re.search(r"/\s*([^/()]+?)\s*\)$", match.group())
        pair = _photo_pair(match.group(), known)
        outlet = pair[1] if pair else outlet_named(tail.group(1) if tail else None)
        add("caption", outlet, match.start(), match.end(), pair[:1] if pair else ())
    for match in _BYLINE_RE.finditer(text):
        who = match["who"]
        if _TIME_WORDS.match(who.title() if who.isupper() else who) or len(match.group()) > 100:
            continue
        names = ", ".join(part for part in (match["who"], match["rest"]) if part)
        role = _ROLE_LINE_RE.match(text, match.end())
        end = role.end() if role else match.end()
        add("byline", _outlet_in(names, known), match.start(), end, _people(who, known))
    for match in _NAME_DATE_LINE_RE.finditer(text):
        stamp, who = match["stamp"], match["who"]
        if (
            re.search(r"\d{4}", stamp)
            and re.search(_MONTH, stamp)
            and not re.search(_MONTH, who)
            and not _TIME_WORDS.match(who)
            and not looks_like_outlet(who, known)
            and (people := _people(who, known))
        ):
            add("byline", None, match.start(), match.end(), people)
    for match in _TIMESTAMP_RE.finditer(text):
        if re.search(r"\d", match["stamp"]):
            add("timestamp", None, match.start(), match.end())
    for match in _CORRECTION_RE.finditer(text):
        add("correction", None, match.start(), match.end())
    for match in _FOLLOW_RE.finditer(text):
        add("boilerplate", None, match.start(), match.end())
    headline = _headline(text, found)
    if headline is not None:
        add("headline", None, *headline)
    first_line = re.search(r"\S", text)
    for match in re.finditer(r"^[ \t]*(?P<line>[A-Z][^\n]*?)[ \t]*$", text, re.MULTILINE):
        # "Advertisement", "Sponsored content": a short paragraph of its own with no verb
        # and no figure ("Twelve dead" is one) between the story's paragraphs.
        line = match["line"]
        words = line.split()
        if (
            len(words) <= _FURNITURE_WORDS
            and first_line is not None
            and match.start("line") > first_line.start()
            and not line.rstrip("\"'”’)]»").endswith((".", "!", "?", ":", ";", ","))
            and _verbless(words)
            and not _has_figure(line)
            and _paragraph_alone(text, match.start(), match.end(), found)
        ):
            # "Via Fjord Wire", "Courtesy of Fjord Wire": the line names where the text
            # came from, as "Source: Fjord Wire" does.
            via = re.match(r"(?:Via|Courtesy(?:\s+of)?|Source)\s+(?P<who>.+)$", line)
            supplier = _supplier(via["who"], known) if via and _names_only(via["who"]) else None
            if supplier and not _supplies_pictures(supplier):
                add("credit", supplier, match.start(), match.end())
            else:
                add("boilerplate", None, match.start(), match.end())
    _caption_lines(text, found)
    return tuple(sorted(found, key=lambda c: c.start))


# A photo credit's label and who it credits: "Photo: Jon Pike", "(Picture by Ann Lee)".
_CAPTION_CREDIT_RE = re.compile(
    r"^\(?\s*(?P<label>[A-Za-z]+(?:\s+[A-Za-z]+){0,2}?)\s*(?::|\s(?:by|from|courtesy\s+of)\s)"
    r"\s*(?P<who>[^()]*?)\s*\)?\s*\.?$"
)


def _caption_lines(text: str, found: list[Credit]) -> None:
    """Stretch each photo credit that closes a paragraph of its own over the caption
    written before it on its line ("Firefighters at the scene on Monday. Photo: Jon
    Pike"): a credit naming only who took the picture, after at most
    :data:`_CAPTION_WORDS` words, marks the whole line a caption. A credit after a
    description ("… reopened. Photo: Crowds at dawn.") is a caption of its own only."""
    for k, credit in enumerate(found):
        if credit.kind != "caption":
            continue
        line_start, line_end = _line_of(text, credit.start, credit.end)
        if credit.start <= line_start or text[credit.end : line_end].strip(" \t.") != "":
            continue
        labelled = _CAPTION_CREDIT_RE.match(credit.text.strip())
        if labelled is None or _label_kind(labelled["label"]) != "caption":
            continue
        before = text[line_start : credit.start]
        if (
            not _names_only(labelled["who"])
            or not re.search(r"[.!?][\"”’)]?\s*$", before)
            or len(before.split()) > _CAPTION_WORDS
            or any(c.start < credit.start and line_start < c.end for c in found if c is not credit)
            or not _paragraph_alone(text, line_start, line_end, found)
        ):
            continue
        start = line_start + len(before) - len(before.lstrip())
        found[k] = replace(credit, kind="caption", start=start, text=text[start : credit.end])


def _copyright_line(match: re.Match[str]) -> bool:
    """Whether a :data:`_COPYRIGHT_RE` match is a copyright line: its holder a name
    (capitalised words: "Copyright Office figures show …" is a sentence) and the terms
    after it short sentences ("Used under licence.")."""
    who = match["who"].strip(" ,")
    if not _NAME_RE.match(who):
        return False
    terms = match["terms"] or ""
    return all(
        len(part.split()) <= _COPYRIGHT_TERMS_WORDS for part in re.split(r"[.!?]", terms)
    )


def blank_credits(text: str, credits: Iterable[Credit]) -> str:
    """``text`` with each credit replaced by spaces (line breaks kept), so sentence and
    claim offsets into it are offsets into ``text``."""
    chars = list(text)
    for credit in credits:
        for i in range(credit.start, credit.end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)
