"""The report CSV: one row per position, who gave which figure in columns of its own."""

from __future__ import annotations

import csv
import io

from factcheck.report import render_report, to_csv
from factcheck.report.gather import claim_figures
from factcheck.report.model import (
    ClaimEntry,
    Fact,
    Position,
    Report,
    ReportFilter,
    Story,
    Wording,
)
from factcheck.report.render import REPORT_CSV_COLUMNS

# The columns of the last release: a contract, never renamed or dropped.
_FIRST_COLUMNS = (
    "story", "story_title", "fact_id", "fact_status", "verdict", "pending_reviews", "stance",
    "outlets", "figures", "claim_ids", "text", "position_verdict", "position_verdicts",
    "revision", "fact_verdicts", "copies",
)  # fmt: skip


def _claim(cid: int, source: str, text: str, doc: int | None = None) -> ClaimEntry:
    return ClaimEntry(
        id=cid, document_id=doc or cid, source=source, text=text, quote=text, start=0,
        end=len(text), status="disputed", checkworthy=True, checkworthiness=0.9,
        hedged=False, unnamed_source=False, claim_type="quantity", pending_reviews=0,
        figures=claim_figures(text),
    )  # fmt: skip


def _report() -> Report:
    """The Kell ferry fire: Skerry Times says 12 killed, Brisk Radio "at least 12" and its
    reprint by Lomond FM the same; Fenner Post says 15."""
    claims = (
        _claim(1, "Skerry Times", "The ferry fire killed 12 passengers."),
        _claim(2, "Fenner Post", "The ferry fire killed 15 passengers."),
        _claim(3, "Brisk Radio", "The ferry fire killed at least 12 passengers."),
        _claim(4, "Lomond FM", "The ferry fire killed at least 12 passengers."),
    )
    figures = {c.id: c.figures for c in claims}
    states = Position(
        "states",
        (1, 3, 4),
        ("Skerry Times", "Brisk Radio", "Lomond FM"),
        (*figures[1], *figures[3]),
        claims[0].text,
        (
            Wording(figures[1][0], ("Skerry Times",)),
            Wording(figures[3][0], ("Brisk Radio", "Lomond FM"), ("Lomond FM",)),
        ),
        copies=("Lomond FM",),
    )
    against = Position(
        "contradicts", (2,), ("Fenner Post",), figures[2], claims[1].text,
        (Wording(figures[2][0], ("Fenner Post",)),),
    )  # fmt: skip
    fact = Fact(1, claims[0].text, "disputed", (states, against), pending_reviews=0)
    return Report(
        generated_at="2026-07-01T00:00:00Z", filter=ReportFilter(),
        stories=(Story("1", "Kell ferry fire", (1, 2, 3, 4), (fact,)),), documents=(),
        claims=claims, status_counts={}, source_counts={}, unverified_checkworthy=(),
        outlets=(), copies=(),
    )  # fmt: skip


def test_one_row_per_position_naming_who_gave_which_figure() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(_report()))))
    got = [(r["stance"], r["outlet_figures"], r["outlet_claim_ids"]) for r in rows]
    assert got == [
        (
            "states",
            "Skerry Times: 12 passengers; Brisk Radio: at least 12 passengers; "
            "Lomond FM: at least 12 passengers",
            "Skerry Times: 1; Brisk Radio: 3; Lomond FM: 4",
        ),
        ("contradicts", "Fenner Post: 15 passengers", "Fenner Post: 2"),
    ]
    assert [(r["outlets"], r["claim_ids"], r["copies"]) for r in rows] == [
        ("Skerry Times; Brisk Radio; Lomond FM", "1 3 4", "Lomond FM"),
        ("Fenner Post", "2", ""),
    ]


def test_every_position_has_a_row_even_without_its_claims() -> None:
    """A position whose claims are not in the report's claims (filtered out) still has its
    row; its outlets are named with no figure and no ids."""
    full = _report()
    report = Report(
        generated_at=full.generated_at, filter=full.filter, stories=full.stories,
        documents=(), claims=full.claims[:1], status_counts={}, source_counts={},
        unverified_checkworthy=(), outlets=(), copies=(),
    )  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(to_csv(report))))
    assert [r["stance"] for r in rows] == ["states", "contradicts"]
    assert rows[0]["outlet_figures"] == "Skerry Times: 12 passengers; Brisk Radio; Lomond FM"
    assert rows[0]["outlet_claim_ids"] == "Skerry Times: 1; Brisk Radio:; Lomond FM:"
    assert (rows[1]["outlet_figures"], rows[1]["outlet_claim_ids"]) == (
        "Fenner Post",
        "Fenner Post:",
    )


def test_report_csv_columns_are_only_ever_added() -> None:
    assert REPORT_CSV_COLUMNS[: len(_FIRST_COLUMNS)] == _FIRST_COLUMNS
    assert REPORT_CSV_COLUMNS[len(_FIRST_COLUMNS) :] == ("outlet_figures", "outlet_claim_ids")
    for fmt, sep in (("csv", ","), ("tsv", "\t")):
        header = to_csv(_report(), fmt=fmt).splitlines()[0]
        assert tuple(header.split(sep)) == REPORT_CSV_COLUMNS


def test_report_tsv_is_the_csv_tab_separated() -> None:
    report = _report()
    rows = list(csv.reader(io.StringIO(render_report(report, "csv"))))
    tsv = render_report(report, "tsv")
    assert [line.split("\t") for line in tsv.splitlines()] == rows
