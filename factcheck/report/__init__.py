"""Reports and exports: where each claim stands, for people and for other tools.

``gather_report(store, ReportFilter(...))`` collects a ``Report`` (plain dataclasses);
``render_terminal``, ``to_markdown``, ``to_csv``, ``to_json`` and ``to_html`` turn it into
text; ``factcheck.report.export`` writes ClaimReview JSON-LD and flat CSV/JSON Lines
tables of claims, matches and documents.
"""

from __future__ import annotations

from factcheck.report.gather import close_source_names, gather_report, group_by_links
from factcheck.report.html import to_html
from factcheck.report.model import (
    ClaimEntry,
    CopyLink,
    DocumentEntry,
    Fact,
    OutletProfile,
    Position,
    Report,
    ReportFilter,
    Story,
    Verdict,
)
from factcheck.report.render import (
    render_report,
    render_terminal,
    to_csv,
    to_json,
    to_markdown,
)

__all__ = [
    "ClaimEntry",
    "CopyLink",
    "DocumentEntry",
    "Fact",
    "OutletProfile",
    "Position",
    "Report",
    "ReportFilter",
    "Story",
    "Verdict",
    "close_source_names",
    "gather_report",
    "group_by_links",
    "render_report",
    "render_terminal",
    "to_csv",
    "to_html",
    "to_json",
    "to_markdown",
]
