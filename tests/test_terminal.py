"""Terminal views end their lines without blanks (``TrimmedConsole``)."""

from __future__ import annotations

import io

from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from factcheck.terminal import TrimmedConsole


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
