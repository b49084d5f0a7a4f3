"""Datelines, credit lines, bylines and captions are provenance, never claims."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from factcheck.analyze import analyze
from factcheck.provenance import (
    Credit,
    OutletNames,
    blank_credits,
    credited_author,
    credited_date,
    credited_title,
    dateline_day,
    find_credits,
    looks_like_outlet,
    outlet_key,
    reference_date,
)
from factcheck.store import Store

# (text, [(kind, outlet, quoted text)])
CREDITS = [
    (
        "KESTROW, March 10 (Wire) — The bridge reopened.",
        [("dateline", "Wire", "KESTROW, March 10 (Wire) —")],
    ),
    (
        "KESTROW, March 10 (Coastal Wire) — The bridge reopened.",
        [("dateline", "Coastal Wire", "KESTROW, March 10 (Coastal Wire) —")],
    ),
    ("NEW YORK (AP) — Stocks fell.", [("dateline", "AP", "NEW YORK (AP) —")]),
    ("ORLAN BAY — The ferry ran late.", [("dateline", None, "ORLAN BAY —")]),
    (
        "Kestrow, 10 March (Harbour Times) - The ferry ran late.",
        [("dateline", "Harbour Times", "Kestrow, 10 March (Harbour Times) -")],
    ),
    (
        "The bridge reopened.\n(Reporting by Ann Lee; editing by Tom Roe)",
        [("credit", None, "(Reporting by Ann Lee; editing by Tom Roe)")],
    ),
    (
        "The bridge reopened. "
        "(Reporting by Ann Lee in Kestrow and Coastal Wire; Editing by Tom Roe)",
        [
            (
                "credit",
                "Coastal Wire",
                "(Reporting by Ann Lee in Kestrow and Coastal Wire; Editing by Tom Roe)",
            )
        ],
    ),
    (
        "The bridge reopened.\nAdditional reporting by Coastal Wire",
        [("credit", "Coastal Wire", "Additional reporting by Coastal Wire")],
    ),
    (
        "The bridge reopened.\nAdditional reporting by Ann Lee.",
        [("credit", None, "Additional reporting by Ann Lee.")],
    ),
    # "with", "extra" and "research" take the same places in a credit line
    (
        "The ferry ran late.\nWith additional reporting from Ivo Kay in Harl.",
        [("credit", None, "With additional reporting from Ivo Kay in Harl.")],
    ),
    (
        "The ferry ran late.\nWith extra reporting by Coastal Wire.",
        [("credit", "Coastal Wire", "With extra reporting by Coastal Wire.")],
    ),
    (
        "The ferry ran late.\nFurther research by Ivo Kay.",
        [("credit", None, "Further research by Ivo Kay.")],
    ),
    (
        "The bridge reopened.\nCoastal Wire contributed to this report.",
        [("credit", "Coastal Wire", "Coastal Wire contributed to this report.")],
    ),
    (
        "The bridge reopened.\nThis story was first published by the Daily Ledger.",
        [("credit", "Daily Ledger", "This story was first published by the Daily Ledger.")],
    ),
    ("The bridge reopened.\n— Coastal Wire", [("credit", "Coastal Wire", "— Coastal Wire")]),
    (
        "Photo: The reopened bridge at dusk.\nThe bridge reopened.",
        [("caption", None, "Photo: The reopened bridge at dusk.")],
    ),
    (
        "Caption: Crowds on the bridge. Ann Lee/Coastal Wire\nThe bridge reopened.",
        [("caption", "Coastal Wire", "Caption: Crowds on the bridge. Ann Lee/Coastal Wire")],
    ),
    (
        "The bridge reopened. (Photo: Ann Lee/Coastal Wire) Crowds came.",
        [("caption", "Coastal Wire", "(Photo: Ann Lee/Coastal Wire)")],
    ),
    ("By Ann Lee\nThe bridge reopened.", [("byline", None, "By Ann Lee")]),
    (
        "By Ann Lee and Tom Roe, Coastal Wire\n\nThe bridge reopened.",
        [("byline", "Coastal Wire", "By Ann Lee and Tom Roe, Coastal Wire")],
    ),
    # the wire in a dateline's brackets is its outlet, whatever its name's words; a wire
    # alone before the dash is a dateline too
    (
        "HARL (Nordpost) - The bridge reopened.",
        [("dateline", "Nordpost", "HARL (Nordpost) -")],
    ),
    (
        "KESTROW, March 10 (Kallisto) — The bridge reopened.",
        [("dateline", "Kallisto", "KESTROW, March 10 (Kallisto) —")],
    ),
    ("(Nordpost) — The bridge reopened.", [("dateline", "Nordpost", "(Nordpost) —")]),
    # a byline in capitals, with a job title on the line under it
    (
        "BY ANN LEE\nSTAFF WRITER\n\nThe bridge reopened.",
        [("byline", None, "BY ANN LEE\nSTAFF WRITER")],
    ),
    (
        "By Ann Lee\nPolitical Editor\nThe bridge reopened.",
        [("byline", None, "By Ann Lee\nPolitical Editor")],
    ),
    # a caption pasted inside a paragraph runs to the end of its sentence
    (
        "The bridge reopened. PICTURE: Crowds on the deck at dawn. Tolls were dropped.",
        [("caption", None, "PICTURE: Crowds on the deck at dawn.")],
    ),
    (
        "The bridge reopened. Photo: Crowds at dawn. Tolls were dropped.",
        [("caption", None, "Photo: Crowds at dawn.")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CREDITS)
def test_find_credits(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    found = find_credits(text)
    assert [(c.kind, c.outlet, c.text) for c in found] == expected
    for credit in found:
        assert text[credit.start : credit.end] == credit.text


@pytest.mark.parametrize(
    "text",
    [
        "The bridge reopened on Friday.",
        "By March, prices had doubled.",
        "By Tuesday the water had gone.",
        "The mayor said it was safe - for now.",
        "Officials said the toll rose - and warned it could climb.",
        "Reporting rules were changed by the council last year to cover 30 outlets.",
        "The photo showed 300 people on the bridge.",
        "Research by the council found 30 leaks in the main.",
        "Officials showed the picture: a cracked pier on the coast.",
        "(Updated on Friday) - the council met again.",
        "BY MARCH, PRICES HAD DOUBLED.",
    ],
)
def test_ordinary_sentences_are_no_credits(text: str) -> None:
    assert find_credits(text) == ()


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("Coastal Wire", True),
        ("AP", True),
        ("The Daily Ledger", True),
        ("Harbour Times", True),
        ("Ann Lee", False),
        ("staff", False),
        ("", False),
    ],
)
def test_looks_like_outlet(name: str, outlet: bool) -> None:
    assert looks_like_outlet(name) is outlet


def test_blank_credits_keeps_offsets_and_line_breaks() -> None:
    text = "KESTROW (Wire) — The bridge reopened.\n(Reporting by Ann Lee)\n"
    blanked = blank_credits(text, find_credits(text))
    assert len(blanked) == len(text)
    assert blanked.strip() == "The bridge reopened."
    assert blanked.count("\n") == 2


ARTICLE = (
    "KESTROW, March 10 (Coastal Wire) — The bridge reopened yesterday after 14 months.\n\n"
    "Photo: Crowds crossed the bridge on Friday.\n\n"
    "Officials said 300 people crossed it on the first day.\n"
    "(Reporting by Ann Lee; editing by Tom Roe)\n"
)


def test_analysis_leaves_provenance_out_of_claims() -> None:
    result = analyze(ARTICLE)
    texts = [c.claim.text for c in result.claims]
    assert texts == [
        "The bridge reopened yesterday after 14 months.",
        "Officials said 300 people crossed it on the first day.",
    ]
    assert [s.text for s in result.sentences] == texts
    assert [(c.kind, c.outlet) for c in result.credits] == [
        ("dateline", "Coastal Wire"),
        ("caption", None),
        ("credit", None),
    ]
    for claim in result.claims:
        assert ARTICLE[claim.claim.start : claim.claim.end] == claim.claim.text
    assert result.to_dict()["credits"][0] == {
        "kind": "dateline",
        "outlet": "Coastal Wire",
        "start": 0,
        "end": 34,
        "text": "KESTROW, March 10 (Coastal Wire) —",
        "authors": [],
        "contributors": [],
    }


def test_analysis_after_a_header_keeps_offsets_into_the_whole_text() -> None:
    header = "Title: Bridge\n\n"
    text = header + "KESTROW (Wire) — The bridge reopened after 14 months.\n"
    result = analyze(text, start=len(header))
    assert result.credits == (Credit("dateline", "Wire", 15, 31, "KESTROW (Wire) —"),)
    (claim,) = result.claims
    assert text[claim.claim.start : claim.claim.end] == "The bridge reopened after 14 months."


def test_analysis_anchors_relative_dates_to_the_publication_date() -> None:
    result = analyze(ARTICLE, published=date(2026, 3, 10))
    first = result.claims[0]
    (yesterday,) = first.dates
    assert (yesterday.text, yesterday.start, yesterday.end) == (
        "yesterday",
        date(2026, 3, 9),
        date(2026, 3, 9),
    )
    assert ARTICLE[yesterday.span[0] : yesterday.span[1]] == "yesterday"
    assert first.to_dict()["dates"][0]["from"] == "2026-03-09"
    assert result.to_dict()["published"] == "2026-03-10"
    assert analyze(ARTICLE).claims[0].dates[0].start is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry ran late.\n© 2026 Coastal Wire. All rights reserved.",
            [("credit", "Coastal Wire", "© 2026 Coastal Wire. All rights reserved.")],
        ),
        (
            "The ferry ran late.\n(Northfield Wire)\n",
            [("credit", "Northfield Wire", "(Northfield Wire)")],
        ),
        ("The ferry ran late.\n(Updated at noon)\n", []),
        (
            "(Reporting by Ann Lee for Coastal Wire; editing by Tom Roe)",
            [
                (
                    "credit",
                    "Coastal Wire",
                    "(Reporting by Ann Lee for Coastal Wire; editing by Tom Roe)",
                )
            ],
        ),
    ],
)
def test_copyright_signoff_and_reporter_for_an_outlet(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert [(c.kind, c.outlet, c.text) for c in find_credits(text)] == expected


def test_known_outlets_are_credited_without_an_outlet_word() -> None:
    # A sign-off in brackets on a line of its own may be anything ("(Updated at noon)"):
    # only a name that reads as an outlet, or one the store knows, is credited.
    line = "The ferry ran late.\n(Kallisto)\n"
    assert [c.outlet for c in find_credits(line)] == []
    assert [c.outlet for c in find_credits(line, known=["kallisto"])] == ["Kallisto"]
    # In a dateline the brackets hold the supplying outlet by convention, whatever its name.
    assert [c.outlet for c in find_credits("ORLAN BAY, May 2 (Kallisto) — It ran late.")] == [
        "Kallisto"
    ]
    assert looks_like_outlet("Kallisto", known=["Kallisto"])
    assert not looks_like_outlet("Kallisto")


def test_copyright_lines_stay_out_of_claims() -> None:
    text = "The ferry ran 40 minutes late on Friday.\n\n© 2026 Coastal Wire. All rights reserved."
    assert [c.claim.text for c in analyze(text).claims] == [
        "The ferry ran 40 minutes late on Friday."
    ]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("By Ann Lee\n\nThe levee held.", "Ann Lee"),
        ("BY JANE DOE\nSTAFF WRITER\n\nThe levee held.", "Jane Doe"),
        ("By Ann Lee and Ivo Kay, Coastal Wire\n\nThe levee held.", "Ann Lee, Ivo Kay"),
        (
            "The levee held.\n(Reporting by Ann Lee and Ivo Kay; editing by Tom Roe)",
            "Ann Lee, Ivo Kay",
        ),
        ("The levee held.\n(Reporting by Ann Lee in Harl; writing by Ivo Kay)", "Ann Lee, Ivo Kay"),
        ("The levee held.\nReporting by Ann Lee for Coastal Wire", "Ann Lee"),
        ("The levee held.\n(Editing by Tom Roe)", None),
        ("The levee held.\nAdditional reporting by Ivo Kay", None),
        ("The levee held.\nReporting by Coastal Wire", None),
        ("The levee held on Monday.", None),
        ("BY THE RIVER\n\nThe levee held.", None),
        ("By The Associated Press\n\nThe levee held.", None),
        # a byline wins over a credit line
        ("By Ann Lee\n\nThe levee held.\n(Reporting by Ivo Kay)", "Ann Lee"),
    ],
)
def test_credited_author(text: str, author: str | None) -> None:
    assert credited_author(find_credits(text)) == author


def test_credits_to_json_list_their_authors() -> None:
    (credit,) = find_credits("The levee held.\n(Reporting by Ann Lee; editing by Tom Roe)")
    assert credit.to_dict()["authors"] == ["Ann Lee"]


def test_analysis_leaves_two_line_bylines_and_inline_captions_out_of_claims() -> None:
    text = (
        "BY ANN LEE\nSTAFF WRITER\n\n"
        "The levee held on Monday. PHOTO: Sandbags at the gate. Water fell 2 metres."
    )
    claims = [c.claim.text for c in analyze(text).claims]
    assert claims == ["The levee held on Monday.", "Water fell 2 metres."]


@pytest.mark.parametrize(
    "lead",
    ["Pictured above", "Pictured left", "Above", "Top", "Top left", "Below", "Main picture"],
)
def test_a_caption_lead_that_says_where_the_picture_is_is_a_caption(lead: str) -> None:
    text = f"{lead}: volunteers fill sandbags by the quay.\nThe quay flooded overnight."
    found = find_credits(text)
    assert [(c.kind, c.text) for c in found] == [
        ("caption", f"{lead}: volunteers fill sandbags by the quay.")
    ]
    claims = [c.claim.text for c in analyze(text).claims]
    assert claims == ["The quay flooded overnight."]


def test_a_caption_lead_with_a_place_word_inside_a_paragraph_is_a_caption() -> None:
    text = "The quay flooded. PICTURED ABOVE: Sandbags by the quay. Crews worked all night."
    assert [c.text for c in find_credits(text)] == ["PICTURED ABOVE: Sandbags by the quay."]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Credit: Reuters", "Reuters"),
        ("Credit: Kallisto", "Kallisto"),
        ("Credit: Tidewater Press/Reuters", "Reuters"),
        ("Credits: Harbour News Agency", "Harbour News Agency"),
        ("Credit: Ann Lee", None),
    ],
)
def test_a_credit_line_names_the_supplying_outlet(line: str, outlet: str | None) -> None:
    found = find_credits(f"The quay flooded.\n{line}")
    assert [(c.kind, c.outlet) for c in found] == [("credit", outlet)]


def test_a_reporter_working_for_an_outlet_credits_that_outlet_whatever_its_name() -> None:
    found = find_credits(
        "The quay flooded.\n(Reporting by Ana Vik for Reuters; editing by Tom Roe)"
    )
    assert [(c.kind, c.outlet, c.authors) for c in found] == [("credit", "Reuters", ("Ana Vik",))]


@pytest.mark.parametrize(
    "line",
    [
        "Additional reporting by Sam Ohio",
        "(Additional reporting by Sam Ohio)",
        "With additional reporting by Sam Ohio",
    ],
)
def test_an_additional_reporter_is_a_contributor_never_an_author(line: str) -> None:
    # README, analyze --json: authors are named "as reporting or writing the story",
    # contributors "for editing, additional reporting or other help".
    found = find_credits(f"The quay flooded.\n{line}")
    assert [(c.authors, c.contributors) for c in found] == [((), ("Sam Ohio",))]
    assert credited_author(found) is None
    both = find_credits(
        "The quay flooded.\n(Reporting by Ann Lee; additional reporting by Sam Ohio in Harl;"
        " editing by Tom Roe)"
    )
    assert both[0].authors == ("Ann Lee",)
    assert both[0].contributors == ("Sam Ohio", "Tom Roe")
    assert credited_author(both) == "Ann Lee"
    # the writer after an additional reporter is the author
    later = find_credits(
        "The quay flooded.\n"
        "Additional reporting by Sam Ohio; Writing by Ivo Kay; Editing by Tom Roe"
    )
    assert [(c.authors, c.contributors) for c in later] == [
        (("Ivo Kay",), ("Sam Ohio", "Tom Roe"))
    ]
    assert credited_author(later) == "Ivo Kay"


@pytest.mark.parametrize(
    ("line", "authors", "contributors", "author"),
    [
        # a stop between two credits of one line parts them as a semicolon does
        ("Written by Tom Hale. Editing by Ann Lee.", ("Tom Hale",), ("Ann Lee",), "Tom Hale"),
        ("Reporting by Ivo Kay; edited by Ann Lee", ("Ivo Kay",), ("Ann Lee",), "Ivo Kay"),
        # an initial's stop is no boundary
        (
            "Reporting by Ann B. Lee. Editing by Tom Roe.",
            ("Ann B. Lee",),
            ("Tom Roe",),
            "Ann B. Lee",
        ),
        # "with reporting from" names a helper beside whoever wrote the piece
        ("With reporting from Anna Berg in Oslo.", (), ("Anna Berg",), None),
        ("Additional reporting by Sam Ohio", (), ("Sam Ohio",), None),
        ("Ann Lee contributed reporting.", (), ("Ann Lee",), None),
    ],
)
def test_a_credit_line_names_its_authors_and_contributors(
    line: str, authors: tuple[str, ...], contributors: tuple[str, ...], author: str | None
) -> None:
    found = find_credits(f"The quay flooded on Monday.\n{line}")
    assert [(c.kind, c.authors, c.contributors) for c in found] == [
        ("credit", authors, contributors)
    ]
    assert credited_author(found) == author
    assert found[0].to_dict()["contributors"] == list(contributors)
    assert [c.claim.text for c in analyze(f"The quay flooded on Monday.\n{line}").claims] == [
        "The quay flooded on Monday."
    ]


class _Asked(OutletNames):
    """Known outlets answered one name at a time, recording what was asked."""

    def __init__(self, names: list[str]) -> None:
        self.keys = {outlet_key(n) for n in names}
        self.asked: list[str] = []

    def holds(self, key: str) -> bool:
        self.asked.append(key)
        return key in self.keys

    def __iter__(self) -> Iterator[str]:
        raise AssertionError("a lookup reads no list of every outlet")

    def __len__(self) -> int:
        raise AssertionError("a lookup reads no list of every outlet")


def test_known_outlets_can_be_asked_about_one_name_at_a_time() -> None:
    known = _Asked(["Kallisto", "Ørnsby Ålandsblad"])
    assert looks_like_outlet("KALLISTO", known)
    assert looks_like_outlet("ørnsby ålandsblad.", known)
    assert not looks_like_outlet("Ann Lee", known)
    assert known.asked == ["kallisto", "ørnsby ålandsblad", "ann lee"]
    line = "The ferry ran late.\n(Kallisto)\n"
    assert [c.outlet for c in find_credits(line, known=known)] == ["Kallisto"]
    assert "KALLISTO" in known and "Vell" not in known


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The pier collapsed.\nCredit: Lena Marsh/Wire Photos",
            [("caption", "Wire Photos", ("Lena Marsh",))],
        ),
        ("The pier collapsed.\nCredit: Harbour Images", [("caption", "Harbour Images", ())]),
        ("The pier collapsed.\nCredit: IVO KAY/KALLISTO", [("credit", "KALLISTO", ("Ivo Kay",))]),
        ("The pier collapsed.\nCredit: Ivo Kay/Kallisto", [("credit", "Kallisto", ("Ivo Kay",))]),
        (
            "Photo: Divers at the pier. Tomas Berg/Nordic Pictures\nThe pier collapsed.",
            [("caption", "Nordic Pictures", ("Tomas Berg",))],
        ),
        (
            "The pier collapsed. (Photo: Tomas Berg/Kallisto) Divers searched the harbour.",
            [("caption", "Kallisto", ("Tomas Berg",))],
        ),
        # two organisations: the client, then the supplying agency
        ("The pier collapsed.\nCredit: Tidewater Press/Reuters", [("credit", "Reuters", ())]),
        # a time word before the slash is no photographer
        ("The pier collapsed.\nCredit: March Rains/Reuters", [("credit", "Reuters", ())]),
    ],
)
def test_a_photo_credit_names_the_photographer_and_the_agency(
    text: str, expected: list[tuple[str, str | None, tuple[str, ...]]]
) -> None:
    assert [(c.kind, c.outlet, c.authors) for c in find_credits(text)] == expected


@pytest.mark.parametrize(
    ("name", "outlet"), [("Photo", False), ("Images", False), ("Wire Photos", True)]
)
def test_a_picture_word_alone_names_no_agency(name: str, outlet: bool) -> None:
    assert looks_like_outlet(name) is outlet
    found = find_credits(f"The pier collapsed.\n({name})\n")
    assert [c.outlet for c in found] == ([name] if outlet else [])


def test_a_picture_agency_is_no_dependency_and_a_photographer_no_author(store: Store) -> None:
    from factcheck.read import RawDocument

    text = "The pier collapsed on Sunday.\nCredit: Lena Marsh/Wire Photos"
    result = store.ingest(RawDocument(text=text, source="Harbour Times"))
    assert result.credit is None
    assert store.document(result.id)["author"] is None
    assert [c["text"] for c in store.claims(document=result.id)] == [
        "The pier collapsed on Sunday."
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("KESTROW, March 3, 2026 (Coastal Wire) — The quay flooded yesterday.", date(2026, 3, 3)),
        ("KESTROW, 3 March 2026 — The quay flooded yesterday.", date(2026, 3, 3)),
        ("KESTROW, Norway, March 3, 2026 - The quay flooded yesterday.", date(2026, 3, 3)),
        # without its year a dateline gives no date
        ("KESTROW, March 3 (Coastal Wire) — The quay flooded yesterday.", None),
        ("KESTROW (Coastal Wire) — The quay flooded yesterday.", None),
    ],
)
def test_a_dateline_with_its_year_dates_the_text(text: str, day: date | None) -> None:
    found = find_credits(text)
    assert [c.kind for c in found] == ["dateline"]
    assert credited_date(found) == day
    # the dateline, year and all, is provenance: the claim starts after it
    assert [c.claim.text for c in analyze(text).claims] == ["The quay flooded yesterday."]


def test_a_text_given_no_date_is_dated_by_its_dateline(store: Store) -> None:
    from factcheck.read import RawDocument

    dated = store.ingest(
        RawDocument(text="KESTROW, March 3, 2026 — The quay flooded yesterday.", source="Wire")
    )
    assert store.document(dated.id)["published"] == "2026-03-03"
    (claim,) = store.claims(document=dated.id)
    assert [(d["from"], d["to"]) for d in claim["dates"]] == [("2026-03-02", "2026-03-02")]
    # a date given beats the dateline's; a dateline without a year gives none
    given = store.ingest(
        RawDocument(
            text="KESTROW, March 3, 2026 — The quay flooded again.",
            source="Post",
            published=date(2026, 3, 4),
        )
    )
    assert store.document(given.id)["published"] == "2026-03-04"
    bare = store.ingest(RawDocument(text="KESTROW, March 3 — The dam held.", source="Times"))
    assert store.document(bare.id)["published"] is None


HEADLINE = "Old Pier Collapses Into Harbour"
BODY = "The old pier collapsed on Sunday night. Divers searched the harbour."


@pytest.mark.parametrize(
    "text",
    [
        f"{HEADLINE}\n\n{BODY}",
        f"\n  {HEADLINE}  \n\n{BODY}",
        f"{HEADLINE}\nBy Ann Lee\n\n{BODY}",
        f"{HEADLINE}?\n\n{BODY}",
        f"Pier collapse closes the marina for the summer season\n\n{BODY}",
        f"‘It just went’: pier collapse stuns harbour town\n\n{BODY}",
    ],
)
def test_a_first_line_that_reads_as_a_title_is_the_headline_not_a_claim(text: str) -> None:
    analysis = analyze(text)
    headlines = [c for c in analysis.credits if c.kind == "headline"]
    assert len(headlines) == 1
    assert "\n" not in headlines[0].text
    assert credited_title(analysis.credits) == headlines[0].text.strip()
    assert [c.claim.text for c in analysis.claims] == [
        "The old pier collapsed on Sunday night.",
        "Divers searched the harbour.",
    ]


def test_a_standfirst_under_the_headline_stays_text() -> None:
    text = f"{HEADLINE}\nHarbour town counts the cost of the storms\nBy Ann Lee\n\n{BODY}"
    analysis = analyze(text)
    assert [(c.kind, c.text) for c in analysis.credits] == [
        ("headline", HEADLINE),
        ("byline", "By Ann Lee"),
    ]
    assert analysis.sentences[0].text == "Harbour town counts the cost of the storms"


@pytest.mark.parametrize(
    "text",
    [
        BODY,  # one paragraph
        "Old Pier Collapses Into Harbour",  # nothing after it: the line is the text
        f"The old pier collapsed on Sunday night.\n\n{BODY}",  # a final stop
        f"Divers said:\n\n{BODY}",  # a colon leads on
        f"{HEADLINE}\nDivers searched the harbour on Monday.\n\n{BODY}",  # a paragraph
        f"- pier collapsed\n\n{BODY}",  # a list item
        f"KESTROW, March 10 (Coastal Wire) —\n\n{BODY}",  # a dateline's lead-in
        # a long first line in sentence case is a paragraph that lost its stop
        "The old pier that had stood at the mouth of the harbour since the 1890s collapsed "
        f"into the water on Sunday night after two days of storms\n\n{BODY}",
    ],
)
def test_a_first_line_that_is_no_title_stays_text(text: str) -> None:
    credits = find_credits(text)
    assert not [c for c in credits if c.kind == "headline"]
    assert credited_title(credits) is None


@pytest.mark.parametrize(
    ("name", "content", "given", "title"),
    [
        ("pier.txt", f"{HEADLINE}\n\n{BODY}\n", None, HEADLINE),
        ("pier.txt", f"{HEADLINE}\n\n{BODY}\n", "Pier gone", "Pier gone"),
        ("pier.jsonl", json.dumps({"text": f"{HEADLINE}\n\n{BODY}"}) + "\n", None, HEADLINE),
        (
            "pier.jsonl",
            json.dumps({"text": f"{HEADLINE}\n\n{BODY}", "title": "Pier gone"}) + "\n",
            None,
            "Pier gone",
        ),
        ("pier.txt", f"Title: Pier gone\n\n{HEADLINE}\n\n{BODY}\n", None, "Pier gone"),
    ],
)
def test_the_store_titles_a_document_by_its_headline_when_given_none(
    store: Store, name: str, content: str, given: str | None, title: str
) -> None:
    from factcheck.read import RawDocument, documents_from_text

    base = RawDocument(text="", origin=name, source="Harbour Times", title=given)
    (doc,) = documents_from_text(content, base)
    result = store.ingest(doc)
    assert store.document(result.id)["title"] == title
    claims = [c["text"] for c in store.claims(document=result.id)]
    assert claims == ["The old pier collapsed on Sunday night.", "Divers searched the harbour."]


def test_a_pages_headline_extracted_as_its_first_line_is_no_claim(store: Store) -> None:
    from factcheck.read import RawDocument, documents_from_text

    page = (
        "<html><head><title>Pier | Harbour Times</title></head><body><article>"
        f"<h1>{HEADLINE}</h1><p>The old pier collapsed on Sunday night.</p>"
        "<p>Divers searched the harbour.</p></article></body></html>"
    )
    (doc,) = documents_from_text(page, RawDocument(text="", origin="pier.html", source="HT"))
    # each block of a page is a line of the extracted text; the first stands apart
    assert doc.text.startswith(f"{HEADLINE}\n\nThe old pier")
    result = store.ingest(doc)
    claims = [c["text"] for c in store.claims(document=result.id)]
    assert claims == ["The old pier collapsed on Sunday night.", "Divers searched the harbour."]
    assert store.document(result.id)["title"] == HEADLINE


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("By Ines Varga, Transport Correspondent\n\nThe tram line opened.", ("Ines Varga",)),
        ("By Ines Varga | Staff Writer\n\nThe tram line opened.", ("Ines Varga",)),
        ("By Ines Varga, Olaf Brun\n\nThe tram line opened.", ("Ines Varga", "Olaf Brun")),
    ],
)
def test_a_job_title_in_a_byline_is_no_author(text: str, people: tuple[str, ...]) -> None:
    (byline,) = [c for c in find_credits(text) if c.kind == "byline"]
    assert byline.authors == people


@pytest.mark.parametrize(
    ("value", "author"),
    [
        ("Olaf Brun, Courts Reporter", "Olaf Brun"),
        ("Olaf Brun - Political Editor", "Olaf Brun"),
        ("Olaf Brun, Ines Varga", "Olaf Brun, Ines Varga"),
        ("Senior Correspondent", None),
    ],
)
def test_an_author_field_drops_the_job_title(value: str, author: str | None) -> None:
    from factcheck.read import clean_author

    assert clean_author(value) == author


@pytest.mark.parametrize(
    "line",
    [
        "Updated 4 May 2026",
        "Last updated: 09:15 BST, Monday 4 May 2026",
        "Published on May 4, 2026 at 8 a.m.",
    ],
)
def test_a_time_stamp_line_is_provenance_not_a_claim(line: str) -> None:
    from factcheck.analyze import analyze

    text = f"{line}\n\nThe tram line opened on Monday."
    assert [c.kind for c in find_credits(text)] == ["timestamp"]
    assert [c.claim.text for c in analyze(text).claims] == ["The tram line opened on Monday."]


def test_a_sentence_that_starts_with_updated_stays_a_claim() -> None:
    assert find_credits("Updated figures show the line carried 9,000 riders.\n") == ()


@pytest.mark.parametrize(
    "caption",
    [
        "(Photo: Riders board at dawn. Harbour Wire/Ola Stav)",
        "(Photo: Riders board at dawn. Ola Stav/Harbour Wire)",
    ],
)
def test_a_photo_credit_names_agency_and_photographer_in_either_order(caption: str) -> None:
    (found,) = find_credits(f"The tram line opened.\n{caption}")
    assert (found.kind, found.outlet, found.authors) == ("caption", "Harbour Wire", ("Ola Stav",))


@pytest.mark.parametrize("dash", ["—", "–", "-", "--"])
def test_a_credit_line_opened_by_a_dash_is_the_same_credit(dash: str) -> None:
    line = "Compiled by Nora Quist; additional reporting by Harbour Post"
    plain = find_credits(f"The ferry ran late.\n{line}")
    dashed = find_credits(f"The ferry ran late.\n{dash} {line}")
    assert [(c.kind, c.outlet, c.authors) for c in dashed] == [
        (c.kind, c.outlet, c.authors) for c in plain
    ]
    assert [(c.kind, c.outlet) for c in dashed] == [("credit", "Harbour Post")]


def test_a_dashed_credit_line_records_the_dependency(store: Store) -> None:
    from factcheck.read import RawDocument

    text = (
        "The ferry to Skarn ran three hours late on Friday.\n\n"
        "— Compiled by Nora Quist; additional reporting by Harbour Post"
    )
    result = store.ingest(RawDocument(text=text, source="Skarn Gazette"))
    assert result.credit == "Harbour Post"
    assert [c["text"] for c in store.claims(document=result.id)] == [
        "The ferry to Skarn ran three hours late on Friday."
    ]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("This article was amended on 3 June to correct the name of the ferry.", "correction"),
        ("This story has been corrected to show the ferry left on Friday.", "correction"),
        ("This piece was updated to reflect a statement from the operator.", "correction"),
        ("An earlier version of this story gave the wrong port.", "correction"),
        ("Correction: an earlier version misnamed the operator.", "correction"),
        ("Clarification, 4 June: the delay was three hours, not four.", "correction"),
        ("Follow Nora Quist on Bluesky: @noraquist", "boilerplate"),
        ("Follow us on Instagram @skarngazette", "boilerplate"),
    ],
)
def test_correction_notes_and_follow_lines_are_provenance_not_claims(line: str, kind: str) -> None:
    text = f"The ferry ran three hours late on Friday.\n\n{line}"
    assert [c.kind for c in find_credits(text)] == [kind]
    assert [c.claim.text for c in analyze(text).claims] == [
        "The ferry ran three hours late on Friday."
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The audit was corrected by the ministry after errors were found.",
        "This year the timetable was amended twice.",
        "Follow-up inspections found 12 faults on the ferry.",
    ],
)
def test_a_claim_about_corrections_stays_a_claim(sentence: str) -> None:
    assert find_credits(f"The ferry ran late.\n\n{sentence}") == ()


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a dateline that writes its year names that day, published or not
        ("TARNSBY, June 9, 2026 — The pier was shut.", None, date(2026, 6, 9)),
        ("TARNSBY, June 9, 2026 — The pier was shut.", date(2026, 6, 10), date(2026, 6, 9)),
        # without a year it takes the publication date's, or none without one
        ("TARNSBY, June 9 — The pier was shut.", date(2026, 6, 10), date(2026, 6, 9)),
        ("TARNSBY, 9 June (Fjord Wire) — The pier was shut.", date(2026, 6, 9), date(2026, 6, 9)),
        ("TARNSBY, June 9 — The pier was shut.", None, None),
        # the year that puts the day nearest the publication date
        ("TARNSBY, Dec. 30 — The pier was shut.", date(2027, 1, 2), date(2026, 12, 30)),
        ("TARNSBY, Jan. 1 — The pier was shut.", date(2026, 12, 31), date(2027, 1, 1)),
        # a weekday alone is that weekday of the week up to publication (Thu 11 June)
        ("TARNSBY, Monday (Fjord Wire) — The pier was shut.", date(2026, 6, 11), date(2026, 6, 8)),
        ("TARNSBY, Thursday — The pier was shut.", date(2026, 6, 11), date(2026, 6, 11)),
        ("TARNSBY, Friday — The pier was shut.", date(2026, 6, 11), date(2026, 6, 12)),
        ("TARNSBY, Saturday — The pier was shut.", date(2026, 6, 11), date(2026, 6, 6)),
        ("TARNSBY, Monday — The pier was shut.", None, None),
        # no such day in that year, and no dateline at all
        ("TARNSBY, February 29 — The pier was shut.", date(2026, 3, 2), None),
        ("The pier was shut on June 9.", date(2026, 6, 10), None),
    ],
)
def test_a_dateline_without_a_year_takes_it_from_the_publication_date(
    text: str, published: date | None, day: date | None
) -> None:
    assert dateline_day(find_credits(text), published) == day


@pytest.mark.parametrize(
    ("text", "published", "anchor"),
    [
        # a dateline's day is where "yesterday" counts from, even on a later page date
        ("TARNSBY, June 9 — The pier shut yesterday.", date(2026, 6, 11), date(2026, 6, 9)),
        ("TARNSBY, June 10 — The pier shut yesterday.", date(2026, 6, 9), date(2026, 6, 10)),
        # a dateline days after the publication date is a mistake: the date given stands
        ("TARNSBY, June 20 — The pier shut yesterday.", date(2026, 6, 9), date(2026, 6, 9)),
        ("The pier shut yesterday.", date(2026, 6, 9), date(2026, 6, 9)),
        ("TARNSBY, June 9 — The pier shut yesterday.", None, None),
    ],
)
def test_relative_dates_count_from_the_datelines_day(
    text: str, published: date | None, anchor: date | None
) -> None:
    assert reference_date(find_credits(text), published) == anchor
    analysis = analyze(text, published=published)
    assert analysis.anchored_to == anchor
    assert analysis.published == published
    (claim,) = analysis.claims
    (yesterday,) = claim.dates
    expected = anchor - timedelta(days=1) if anchor else None
    assert (yesterday.start, yesterday.end) == (expected, expected)
    assert analysis.to_dict()["anchored_to"] == (anchor.isoformat() if anchor else None)


def test_an_ingested_dateline_without_a_year_dates_its_claims_by_the_publication_year(
    store: Store,
) -> None:
    from factcheck import corrections
    from factcheck.read import RawDocument

    text = "TARNSBY, Dec. 30 (Fjord Wire) — The pier shut yesterday after a storm."
    reprint = store.ingest(RawDocument(text=text, source="Valley Post", published=date(2027, 1, 2)))
    assert store.document(reprint.id)["published"] == "2027-01-02"
    (claim,) = store.claims(document=reprint.id)
    assert claim["text"] == "The pier shut yesterday after a storm."
    assert [(d["text"], d["from"]) for d in claim["dates"]] == [("yesterday", "2026-12-29")]
    assert claim["frame"]["time"][0]["from"] == "2026-12-29"
    # without a publication date the dateline names no year, so no day
    bare = store.ingest(
        RawDocument(text=text.replace("storm.", "gale."), source="Harbour Times")
    )
    assert store.document(bare.id)["published"] is None
    (undated,) = store.claims(document=bare.id)
    assert [(d["text"], d["from"]) for d in undated["dates"]] == [("yesterday", None)]
    # a publication date given later dates it by its dateline, as ingest would have
    corrections.edit_document(store, bare.id, {"published": date(2027, 1, 3)}, reviewer="ana")
    (dated,) = store.claims(document=bare.id)
    assert [(d["text"], d["from"]) for d in dated["dates"]] == [("yesterday", "2026-12-29")]


@pytest.mark.parametrize(
    ("text", "kinds", "author"),
    [
        # a byline on the line above a dateline is a byline of its own, never its place
        (
            "By ANA LIND\nTARNSBY, June 9 (Fjord Wire) - The pier shut yesterday.",
            ["byline", "dateline"],
            "Ana Lind",
        ),
        ("By Ana Lind\nTarnsby, June 9 — The pier shut yesterday.", ["byline", "dateline"], None),
        # a day written with its ordinal suffix, or "the 9th of June"
        ("Tarnsby, June 9th — The pier shut yesterday.", ["dateline"], None),
        ("TARNSBY, 9th of June — The pier shut yesterday.", ["dateline"], None),
    ],
)
def test_a_dateline_stays_on_its_line_and_reads_ordinal_days(
    text: str, kinds: list[str], author: str | None
) -> None:
    found = find_credits(text)
    assert [c.kind for c in found] == kinds
    assert all("\n" not in c.text for c in found)
    if author is not None:
        assert credited_author(found) == author
    assert dateline_day(found, date(2026, 6, 11)) == date(2026, 6, 9)
    assert [c.claim.text for c in analyze(text).claims] == ["The pier shut yesterday."]


@pytest.mark.parametrize(
    "text",
    [
        # the dash ends the dateline's own line; the lead is on the next line
        "VARLOW, June 9 (Fjord Wire) -\nThe ferry docked late yesterday.",
        "VARLOW, June 9 —\r\n\r\nThe ferry docked late yesterday.",
        "Varlow, 9 June (Fjord Wire) --  \nThe ferry docked late yesterday.",
        # a whole line of date with a capitals place or a wire needs no dash
        "VARLOW, June 9 (Fjord Wire)\nThe ferry docked late yesterday.",
        "VARLOW, 9 June\nThe ferry docked late yesterday.",
    ],
)
def test_a_dateline_on_a_line_of_its_own_is_provenance(text: str) -> None:
    analysis = analyze(text, published=date(2026, 6, 11))
    assert [c.kind for c in analysis.credits] == ["dateline"]
    assert analysis.credits[0].text == text.splitlines()[0].strip()
    assert [c.claim.text for c in analysis.claims] == ["The ferry docked late yesterday."]
    # the dateline's day anchors the relative dates as it does before the lead
    assert analysis.anchored_to == date(2026, 6, 9)
    assert [d.start for c in analysis.claims for d in c.dates] == [date(2026, 6, 8)]


@pytest.mark.parametrize(
    "text",
    [
        # a place in title case with a date and no dash may be a title: left as text
        "Varlow, June 9\nThe ferry docked late.",
        # a line of prose that ends in a dash goes on below it
        "The ferry docked in June -\nlate, as ever.",
        # capitals and a wire without a date and without a dash: a shouted title
        "FERRY DOCKS (Fjord Wire)\nThe ferry docked late.",
    ],
)
def test_a_line_that_only_ends_like_a_dateline_is_no_dateline(text: str) -> None:
    assert [c.kind for c in find_credits(text) if c.kind == "dateline"] == []


@pytest.mark.parametrize(
    ("text", "contributors"),
    [
        # a credit for additional reporting closing the last paragraph, on its line
        ("The weir gave way on Monday. Additional reporting by Ivo Kay.", ["Ivo Kay"]),
        (
            'The weir gave way. "It broke," he said. With additional reporting by Ivo Kay '
            "in Harl; editing by Tom Roe",
            ["Ivo Kay", "Tom Roe"],
        ),
    ],
)
def test_an_inline_credit_for_additional_reporting_is_provenance(
    text: str, contributors: list[str]
) -> None:
    analysis = analyze(text)
    credit = analysis.credits[-1]
    assert credit.kind == "credit" and list(credit.contributors) == contributors
    assert not any("reporting" in c.claim.text for c in analysis.claims)
    # a contributor is credited, never the article's author
    assert credited_author(analysis.credits) is None


@pytest.mark.parametrize(
    "text",
    [
        "The weir gave way. Further reporting by the council found cracks.",
        "The weir gave way. Additional reporting by Ivo Kay showed cracks.",
    ],
)
def test_a_sentence_that_opens_like_a_credit_stays_a_claim(text: str) -> None:
    assert [c.kind for c in find_credits(text)] == []


@pytest.mark.parametrize(
    "document",
    [
        "The council said:\n- Ann Lee will lead the review\n- Tom Roe will report in May\n",
        "The bridge reopened.\n\n- Ann Lee\n- Tom Roe\n",
        "Two engineers were named:\n\n— Ann Lee\n",
    ],
)
def test_a_dash_line_of_a_list_is_no_sign_off(document: str) -> None:
    assert find_credits(document) == ()


def test_a_dash_line_alone_still_signs_the_story_off() -> None:
    document = "The bridge reopened.\n\n— Coastal Wire\n"
    assert [(c.kind, c.outlet) for c in find_credits(document)] == [("credit", "Coastal Wire")]


@pytest.mark.parametrize(
    "line",
    [
        "Published March 11, 2026, updated March 14",
        "Updated: 14 March 2026 | First published: 10 March 2026",
        "Last updated: 14:02 GMT, Tuesday 10 March 2026",
    ],
)
def test_a_line_of_several_time_stamps_is_provenance(line: str) -> None:
    document = f"The bridge reopened.\n{line}\nIt had been shut for a month."
    assert [(c.kind, document[c.start : c.end]) for c in find_credits(document)] == [
        ("timestamp", line)
    ]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Nadia Kerr 11 March 2026", ("Nadia Kerr",)),
        ("Ann Lee | March 11, 2026", ("Ann Lee",)),
    ],
)
def test_a_name_and_a_date_alone_on_a_line_are_a_byline(
    line: str, authors: tuple[str, ...]
) -> None:
    document = f"The bridge reopened.\n{line}\nIt had been shut for a month."
    [credit] = find_credits(document)
    assert (credit.kind, credit.authors) == ("byline", authors)


def test_a_name_and_a_date_with_a_verb_are_text() -> None:
    assert find_credits("The bridge reopened.\nAnn Lee left on 11 March 2026.\n") == ()


@pytest.mark.parametrize(
    ("document", "dateline", "outlet"),
    [
        (
            "KESTROW/ORSK (Coastal Wire) - Nine people died when a barge sank.",
            "KESTROW/ORSK (Coastal Wire) -",
            "Coastal Wire",
        ),
        ("NEW TARNBY: Nine people died when a barge sank.", "NEW TARNBY:", None),
    ],
)
def test_a_dateline_of_two_places_or_with_a_colon(
    document: str, dateline: str, outlet: str | None
) -> None:
    [credit] = find_credits(document)
    assert (credit.kind, document[credit.start : credit.end], credit.outlet) == (
        "dateline",
        dateline,
        outlet,
    )


@pytest.mark.parametrize(
    "document",
    ["BREAKING: Nine people died when a barge sank.", "Tarnby: Nine people died."],
)
def test_a_label_or_a_place_in_lower_case_before_a_colon_is_no_dateline(document: str) -> None:
    assert find_credits(document) == ()


# Page furniture between the story's paragraphs: a label of a picture or of another part
# of the page before a colon (or in capitals before the text), a short line with no verb
# and no figure, a caption with its photo credit after it.
_FURNITURE_BODY = (
    "The coastguard said on Tuesday that the tanker had run aground off Varnholm.\n\n"
    "{line}\n\n"
    "Crews pumped 300 tonnes of fuel from its hull overnight."
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Image caption: Tugs circle the stranded tanker at dawn", "caption"),
        ("Media caption: Tugs circle the stranded tanker.", "caption"),
        ("Video: The tanker listing in heavy seas", "caption"),
        ("PHOTO Tugs circle the stranded tanker", "caption"),
        ("VIDEO The tanker listing in heavy seas", "caption"),
        ("Read more: Why tankers keep running aground", "boilerplate"),
        ("Related: Varnholm harbour to close for repairs", "boilerplate"),
        ("See also: Fishing fleet stays in port", "boilerplate"),
        ("Watch: Tugs reach the stricken tanker", "boilerplate"),
        ("Listen: The coastguard chief on the rescue", "boilerplate"),
        ("Advertisement", "boilerplate"),
        ("Sponsored content", "boilerplate"),
        ("Analysis: Why the salvage may take weeks", "boilerplate"),
        ("Tugs near the stranded tanker at dawn. Photo: Ola Brekk", "caption"),
        ("Tugs near the stranded tanker at dawn. (Picture: Ola Brekk)", "caption"),
    ],
)
def test_page_furniture_between_paragraphs_is_provenance_not_a_claim(line: str, kind: str) -> None:
    text = _FURNITURE_BODY.format(line=line)
    found = [c for c in find_credits(text) if c.text == line]
    assert [c.kind for c in found] == [kind]
    assert [c.claim.text for c in analyze(text).claims] == [
        "The coastguard said on Tuesday that the tanker had run aground off Varnholm.",
        "Crews pumped 300 tonnes of fuel from its hull overnight.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        # body sentences that open with a furniture word
        "Related talks with the owners broke down on Monday.",
        "Watch officials said the slick could reach the beaches by Friday.",
        "Advertisement revenue at the port fell 12% last year.",
        "Pictures taken by divers show a gash in the hull.",
        # a short paragraph with a figure or a verb is the story's
        "Twelve crew rescued",
        "Nobody was hurt",
        # an auxiliary of the claims lexicon, its negated contractions too (reader F9)
        "The tanker can't sail",
        "Salvage isn’t possible yet",
        "The crew won't leave",
        # a label before a figure (a fact box) or before a sentence
        "Death toll: 40",
        "Note: the figures exclude the crew of the tug.",
        # a description after a sentence, not a photo credit: the sentence stays
        "The tanker was refloated on Friday. Photo: Tugs at dawn.",
        # a sentence under a running head or a page word's label: reporting, no link
        "The latest: Divers said 40 metres of the hull were torn.",
        "More: The harbour master said the port will stay shut until Friday.",
        "Source: Officials said the slick had reached the outer islands.",
        "LATEST Divers said the hull was torn along 40 metres.",
        "Also: The owners have hired a salvage firm from Bergen.",
        "Credit: The central bank said it would cover the owners' losses.",
        "Related: the insurer has opened an inquiry into the grounding.",
    ],
)
def test_a_sentence_that_opens_like_page_furniture_stays_a_claim(line: str) -> None:
    text = _FURNITURE_BODY.format(line=line)
    claims = [c.claim.text for c in analyze(text).claims]
    first = line.split(". Photo:")[0].rstrip(".")
    assert any(claim.startswith(first.split(":")[0]) for claim in claims), claims


def test_a_short_line_inside_a_wrapped_paragraph_is_no_furniture() -> None:
    text = (
        "The coastguard said on Tuesday that the tanker had run aground.\n"
        "Water levels in the\n"
        "harbour rose by a metre overnight, the port said.\n"
    )
    assert [c for c in find_credits(text) if c.kind == "boilerplate"] == []


@pytest.mark.parametrize(
    ("line", "kind", "outlet", "authors"),
    [
        ("Photo by Ola Brekk / Fjord Wire", "credit", "Fjord Wire", ("Ola Brekk",)),
        ("Photograph by Ola Brekk/Fjord Wire", "credit", "Fjord Wire", ("Ola Brekk",)),
        # a picture agency supplies the picture, not the reporting
        ("Photo by Ola Brekk / Nordic Pictures", "caption", "Nordic Pictures", ("Ola Brekk",)),
        ("Copyright Fjord Wire 2026. Used under licence.", "credit", "Fjord Wire", ()),
        ("© Fjord Wire 2026. Reprinted with permission.", "credit", "Fjord Wire", ()),
        ("Source: Fjord Wire", "credit", "Fjord Wire", ()),
        ("Via Fjord Wire", "credit", "Fjord Wire", ()),
        ("Courtesy of Fjord Wire", "credit", "Fjord Wire", ()),
    ],
)
def test_photo_copyright_and_source_lines_credit_their_outlet(
    line: str, kind: str, outlet: str, authors: tuple[str, ...]
) -> None:
    text = f"The tanker ran aground off Varnholm on Tuesday.\n\n{line}"
    found = find_credits(text)
    assert [(c.kind, c.outlet, c.authors, c.text) for c in found] == [
        (kind, outlet, authors, line)
    ]
    assert [c.claim.text for c in analyze(text).claims] == [
        "The tanker ran aground off Varnholm on Tuesday."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Copyright lawsuits rose 40% last year.",
        "Copyright Office figures show 40 cases were filed.",
        "Photos by Ola Brekk show the gash in the hull.",
    ],
)
def test_a_sentence_that_opens_like_a_copyright_or_photo_line_stays_a_claim(text: str) -> None:
    assert find_credits(f"The tanker ran aground.\n\n{text}") == ()


@pytest.mark.parametrize(
    "ending",
    [
        "Photo by Ola Brekk / Fjord Wire\nCopyright Fjord Wire 2026. Used under licence.",
        "Source: Fjord Wire",
    ],
)
def test_a_credited_outlet_at_the_end_is_the_documents_dependency(
    store: Store, ending: str
) -> None:
    from factcheck.read import RawDocument

    text = f"The tanker ran aground off Varnholm on Tuesday.\n\n{ending}\n"
    result = store.ingest(RawDocument(text=text, source="Varnholm Post"))
    assert result.credit == "Fjord Wire"
    assert [c["text"] for c in store.claims(document=result.id)] == [
        "The tanker ran aground off Varnholm on Tuesday."
    ]


@pytest.mark.parametrize(
    "heading",
    ["KEY POINTS", "WHAT WE KNOW", "AT A GLANCE"],
)
def test_a_heading_in_capitals_over_a_list_is_no_dateline(heading: str) -> None:
    """tester10c F8: the dash of the list's first item, a blank line below the heading,
    made "KEY POINTS\\n\\n-" a dateline; a dateline's dash is on its own line."""
    text = (
        "TARNSBY, Kestria, May 4 (Coastal Wire) - The ferry sank on Friday, the coastguard "
        f"said.\n\n{heading}\n\n- 14 people were rescued\n* The captain is missing\n"
        "• Ferries will resume on Monday\n1. The port reopened\n"
    )
    datelines = [c.text for c in find_credits(text) if c.kind == "dateline"]
    assert datelines == ["TARNSBY, Kestria, May 4 (Coastal Wire) -"]
    claims = [a.claim for a in analyze(text).claims]
    items = [c for c in claims if c.start > text.index(heading) + len(heading)]
    assert [c.text for c in items] == [
        "14 people were rescued",
        "The captain is missing",
        "Ferries will resume on Monday",
        "The port reopened",
    ]
    # the marker is out of the claim; the span still points at the words as written
    assert all(text[c.start : c.end] == c.text for c in items)


def test_a_dateline_dash_may_end_its_own_line() -> None:
    text = "TARNSBY, May 4 (Coastal Wire) -\nThe ferry sank on Friday, the coastguard said."
    assert [c.text for c in find_credits(text) if c.kind == "dateline"] == [
        "TARNSBY, May 4 (Coastal Wire) -"
    ]
