"""Credit lines: where a document says its reporting came from.

Wire copy keeps telling its origin after an outlet has edited it: a dateline naming the
wire ("KESTROW, March 10 (Coastal Wire) -"), a closing credit ("(Reporting by Ana Ruiz
for Coastal Wire)", "Additional reporting by Coastal Wire"), a sign-off line
("— Coastal Wire", "(Northfield Wire)") or a copyright line ("© 2026 Coastal Wire").
:func:`find_credits` finds these lines with the outlet they name; the store records the
first outlet other than the publisher as the document's dependency, so its claims do
not count as independent of that outlet's (``factcheck.match.independence``).

A person is not an outlet: "(Reporting by Petra Lunde; editing by Jonas Ekwall)" names
no outlet and yields nothing. An outlet is recognised by a head word outlets use
(Wire, News, Press, Agency, Service, Herald, …) or by being one of ``known`` — the
outlets already in the store.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

__all__ = ["OUTLET_WORDS", "Credit", "find_credits", "looks_like_outlet"]

#: Last words of outlet names ("Coastal Wire", "Harbour Press Agency", "The Daily Ledger").
_OUTLET_WORDS_TEXT = """
    wire news press agency service services dispatch herald times post journal gazette
    ledger record standard daily weekly tribune chronicle observer courier bulletin
    network media radio tv television broadcasting telegraph express mail monitor
    sentinel examiner inquirer reporter review star sun globe mercury register
    clarion newswire feed bureau
    """
OUTLET_WORDS = frozenset(_OUTLET_WORDS_TEXT.split())

_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:of|the|and|&|[A-Z][\w&.'’-]*))*"


@dataclass(frozen=True, slots=True)
class Credit:
    """One credit found in a text: the outlet named, what kind of line, and its span."""

    outlet: str
    kind: str  # "dateline", "reporting", "signoff" or "copyright"
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        return {"outlet": self.outlet, "kind": self.kind, "start": self.start, "end": self.end}


_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # KESTROW, March 10 (Northfield Wire) -   /   KESTROW (Coastal Wire) —
    (
        "dateline",
        re.compile(
            rf"^[ \t]*[A-Z][A-Z .'’-]{{1,40}}(?:,[^\n()]{{0,40}})?\s*\((?P<outlet>{_NAME})\)"
            r"\s*[-–—:]",
            re.MULTILINE,
        ),
    ),
    # Reporting by Ana Ruiz for Coastal Wire / Additional reporting by Coastal Wire
    (
        "reporting",
        re.compile(
            r"(?:[Aa]dditional\s+)?[Rr]eporting\s+by\s+"
            rf"(?:[^\n;()]*?\s(?:for|of|at)\s+)?(?P<outlet>{_NAME})"
        ),
    ),
    # — Coastal Wire   (a line of its own, usually the last)
    (
        "signoff",
        re.compile(rf"^[ \t]*[-–—]+[ \t]*(?P<outlet>{_NAME})[ \t]*$", re.MULTILINE),
    ),
    # (Northfield Wire)   (a line of its own)
    ("signoff", re.compile(rf"^[ \t]*\((?P<outlet>{_NAME})\)[ \t]*$", re.MULTILINE)),
    # © 2026 Coastal Wire / Copyright 2026 Coastal Wire
    (
        "copyright",
        re.compile(rf"(?:©|\([Cc]\)|[Cc]opyright)\s*(?:\d{{4}}\s+)?(?P<outlet>{_NAME})"),
    ),
)


def looks_like_outlet(name: str, known: Collection[str] = ()) -> bool:
    """Whether ``name`` names an outlet: a known one, or one ending in an outlet word."""
    folded = name.casefold().strip()
    if any(folded == k.casefold().strip() for k in known):
        return True
    words = re.findall(r"[\w]+", folded)
    return bool(words) and words[-1] in OUTLET_WORDS


def find_credits(text: str, known: Collection[str] = ()) -> list[Credit]:
    """Credit lines naming an outlet, in text order: ``[Credit(outlet, kind, start, end)]``.

    ``start``/``end`` are character offsets of the outlet name in ``text``. ``known``
    outlet names are recognised even without an outlet word ("Reuters"-like names).
    """
    found: dict[tuple[int, int], Credit] = {}
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            outlet = _trim(match.group("outlet"))
            if not outlet or not looks_like_outlet(outlet, known):
                continue
            start = match.start("outlet")
            key = (start, start + len(outlet))
            found.setdefault(key, Credit(outlet, kind, key[0], key[1]))
    return [found[key] for key in sorted(found)]


def _trim(name: str) -> str:
    """Drop a trailing full stop and words after the outlet ("Coastal Wire and Ana")."""
    name = name.strip().rstrip(".,;:")
    words = name.split()
    # Cut at the last outlet word, so "Coastal Wire and staff" credits "Coastal Wire".
    for i in range(len(words) - 1, -1, -1):
        if words[i].casefold().strip(".,'’") in OUTLET_WORDS:
            return " ".join(words[: i + 1]).rstrip(".,;:")
    return name
