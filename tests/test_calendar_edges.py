"""Dates counted past the calendar's ends (years 1 to 9999) are never a traceback nor an
error blamed on the wrong thing: a relative date the text counts too far ("3000 years
ago") is kept unanchored, and a publication date too near either end is refused where it
is given, naming it and the range (``read.PUBLISHED_RANGE``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.normalize import anchor_dates
from factcheck.read import PUBLISHED_RANGE

runner = CliRunner()

FAR = [
    "The harbour wall was built 3000 years ago, the museum said.",
    "The harbour wall will be rebuilt in 8000 years, the council said.",
    "The harbour will close in 900000 days, the council said.",
    "The first boats landed 12000 months ago, said Ivo Brand.",
]
NEAR = [
    "The harbour of Kessling closed yesterday, the council said.",
    "The ferry will sail tomorrow and return next week.",
    "Fares rose last year and will rise again next year.",
    "The harbour closed on Friday and reopened on Monday.",
    "Crowds gathered over the weekend, and a decade ago the pier burned.",
    "The pier reopens on 1 January, two weeks ago it was shut.",
]


@pytest.mark.parametrize("text", FAR)
def test_a_relative_date_counted_past_the_calendar_is_kept_unanchored(text: str) -> None:
    for found in anchor_dates(text, date(2026, 3, 2)):
        assert (found.start is None) == (found.end is None)
    result = runner.invoke(app, ["analyze", "-", "--published", "2026-03-02"], input=text)
    assert result.exit_code == 0, result.stderr


@given(
    reference=st.dates(),
    text=st.sampled_from(FAR + NEAR),
    n=st.integers(min_value=1, max_value=10**7),
)
@settings(max_examples=300, deadline=None)
def test_anchoring_never_fails_whatever_the_reference_and_count(
    reference: date, text: str, n: int
) -> None:
    counted = text.replace("3000", str(n)).replace("8000", str(n)).replace("900000", str(n))
    for found in anchor_dates(counted, reference):
        if found.start is not None and found.end is not None:
            assert found.start <= found.end


@pytest.mark.parametrize("day", ["0001-01-05", "0999-12-31", "9000-01-01", "9999-12-30"])
def test_a_publication_date_near_the_calendar_ends_is_refused_where_it_is_given(
    tmp_path: Path, day: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(NEAR[0])
    result = runner.invoke(app, ["ingest", str(article), "--source", "Wire", "--published", day])
    assert result.exit_code == 2
    first, last = PUBLISHED_RANGE
    assert result.stderr.strip() == (
        f"error: --published {day} is outside {first.isoformat()} to {last.isoformat()}"
    )
    batch = tmp_path / "b.jsonl"
    batch.write_text(
        f'{{"text": "{NEAR[0]}", "source": "Wire", "published": "{day}"}}\n'
        f'{{"text": "{NEAR[3]}", "source": "Wire", "published": "2026-03-02"}}\n'
    )
    result = runner.invoke(app, ["ingest", str(batch)])
    assert result.exit_code == 1  # the good line is stored, the bad one named
    assert f"b.jsonl:1: published date {day} is outside" in result.stderr
    assert runner.invoke(app, ["documents", "edit", "1", "--published", day]).exit_code == 2


def test_the_first_and_last_publication_dates_ingest_with_the_widest_story_window(
    db_url: str, tmp_path: Path
) -> None:
    """Before: the second ingest at 0001-01-05 or 9999-12-30 failed with "a number given
    is beyond the database's 64-bit range", blamed on the article."""
    config = tmp_path / "config.toml"
    config.write_text("[stories]\nwindow_days = 36525\n")
    for day in PUBLISHED_RANGE:
        for n, text in enumerate(NEAR):
            path = tmp_path / f"{day.year}-{n}.txt"
            path.write_text(text)
            args = ["--db", db_url, "--config", str(config), "ingest", str(path)]
            result = runner.invoke(
                app, [*args, "--source", f"Wire {n % 2}", "--published", day.isoformat()]
            )
            assert result.exit_code == 0, result.stderr
    assert runner.invoke(app, ["--db", db_url, "rematch", "--all"]).exit_code == 0
