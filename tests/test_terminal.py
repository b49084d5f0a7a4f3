"""Terminal views end their lines without blanks (``TrimmedConsole``)."""

from __future__ import annotations

import io
from pathlib import Path

from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from factcheck.terminal import TrimmedConsole, choose_pager, page


def _console(*, colour: bool) -> TrimmedConsole:
    return TrimmedConsole(
        width=60,
        file=io.StringIO(),
        force_terminal=colour,
        color_system="standard" if colour else None,
    )


def _written(console: TrimmedConsole) -> str:
    return console.file.getvalue()  # type: ignore[attr-defined]


def test_padded_table_rule_and_wrapped_text_end_without_blanks() -> None:
    for colour in (False, True):
        console = _console(colour=colour)
        table = Table("id", "outlet")
        table.add_row("7", Text("Ridge Courier", style="red"))
        console.print(table)
        console.print(Rule("matches"))
        console.print(Text("The ferry to Lysa Point ran late on Sunday. " * 3, style="bold"))
        lines = _written(console).splitlines()
        assert len(lines) >= 7
        assert all(not line.endswith((" ", "\t")) for line in lines), lines
        # the words are all still there, and a styled line still closes its style
        assert "Ridge Courier" in _written(console)
        if colour:
            assert "\x1b[0m" in _written(console)


def test_a_prompt_without_a_newline_keeps_its_space() -> None:
    console = _console(colour=False)
    console.print("note: ", end="")
    assert _written(console) == "note: "


def test_blanks_inside_a_line_are_kept() -> None:
    console = _console(colour=False)
    console.print("12 killed  ·  Coastal Wire")
    assert _written(console) == "12 killed  ·  Coastal Wire\n"


# --- paging -------------------------------------------------------------------------


def _fake_pager(tmp_path: Path, name: str) -> tuple[str, Path]:
    """A pager named ``name`` that saves what it is given and the LESS it ran with."""
    seen = tmp_path / "seen.txt"
    script = tmp_path / name
    script.write_text(f'#!/bin/sh\nprintf "LESS=%s\\n" "$LESS" > {seen}\ncat >> {seen}\n')
    script.chmod(0o755)
    return str(script), seen


def _styled_view(plain: bool) -> Text:
    return Text("<<quoted>>" if plain else "quoted", style="bold red")


def test_less_with_less_unset_gets_raw_control_chars_as_git_does() -> None:
    choice = choose_pager({"PAGER": "less", "TERM": "xterm"})
    assert choice is not None
    assert choice.env["LESS"] == "FRX" and choice.styles


def test_less_whose_options_lack_r_is_paged_plain() -> None:
    for less, styles in (("-S", False), ("FRX", True), ("-i -R", True), ("", False)):
        choice = choose_pager({"PAGER": "less", "LESS": less})
        assert choice is not None and choice.styles is styles, less
    choice = choose_pager({"PAGER": "/usr/bin/less -R", "LESS": "-S"})
    assert choice is not None and choice.styles
    assert choose_pager({"PAGER": "cat"}) is None
    assert choose_pager({"PAGER": ""}) is None
    more = choose_pager({"PAGER": "more", "TERM": "xterm"})
    assert more is not None and more.styles
    dumb = choose_pager({"PAGER": "more", "TERM": "dumb"})
    assert dumb is not None and not dumb.styles


def test_page_sends_colour_only_to_a_pager_that_shows_it(tmp_path: Path) -> None:
    less, seen = _fake_pager(tmp_path, "less")
    console = TrimmedConsole(
        width=40,
        height=10,
        file=io.StringIO(),
        force_terminal=True,
        color_system="standard",
        no_color=False,
    )

    page(console, _styled_view, environ={"PAGER": less, "TERM": "xterm"})
    text = seen.read_text()
    assert text.startswith("LESS=FRX\n") and "\x1b[" in text and "quoted" in text

    page(console, _styled_view, environ={"PAGER": less, "LESS": "-S", "TERM": "xterm"})
    text = seen.read_text()
    assert "\x1b" not in text and "<<quoted>>" in text  # plain text, marked by characters


def test_page_with_no_color_is_plain_and_short_views_are_not_paged(tmp_path: Path) -> None:
    less, seen = _fake_pager(tmp_path, "less")
    console = TrimmedConsole(
        width=40, height=10, file=io.StringIO(), force_terminal=True, no_color=True
    )
    page(console, _styled_view, environ={"PAGER": less, "TERM": "xterm"})
    assert "\x1b" not in seen.read_text() and "<<quoted>>" in seen.read_text()

    seen.unlink()
    page(console, _styled_view, rows=2, environ={"PAGER": less})
    assert not seen.exists() and "<<quoted>>" in _written(console)
