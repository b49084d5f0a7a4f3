"""Command-line interface: options in, library call, rendering out.

Nothing here decides anything a test would want to reach; every command is a call into
``factcheck.store`` / ``factcheck.analyze`` / ``factcheck.match`` followed by a rich table
for people or JSON for pipes (``--json`` prints JSON and nothing else on stdout).
"""

from __future__ import annotations

import importlib
import json
import re
import shlex
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import Annotated, Any, get_args

import typer
from rich.console import Console
from rich.markup import escape as _markup_escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from factcheck import __version__
from factcheck.errors import FactcheckError, InputError, InputWarning
from factcheck.read import RawDocument, check_published, parse_date, stream_inputs
from factcheck.terminal import (
    RELATION_STYLE,
    STATUS_STYLE,
    QuietPipe,
    TrimmedConsole,
    counted,
    print_unbroken,
    safe,
)

__all__ = ["app", "main"]


def escape(text: Any) -> str:
    """Untrusted text ready for rich: terminal controls neutralised, markup escaped."""
    return _markup_escape(safe(text))


# Option values named in words, not Python types ("--limit N", not "--limit <int range>").
_METAVARS = {
    "limit": "N",
    "top": "N",
    "document": "ID",
    "source": "OUTLET",
    "url": "URL",
    "db": "URL",
    "title": "HEADLINE",
    "author": "NAME",
    "reviewer": "NAME",
    "published": "DATE",
    "since": "DATE",
    "language": "CODE",
    "lexicon": "FILE",
    "config": "FILE",
    "pairs": "FILE",
    "threshold": "SCORE",
    "note": "TEXT",
    "evidence": "URL",
    "owner_group": "GROUP",
    "domain": "DOMAIN",
}
#: Arguments read as words too; any other argument is its name in capitals (CLAIM_ID).
_ARG_METAVARS = {
    "inputs": "PATH",
    "input_path": "PATH",
    "name": "OUTLET",
    "keep": "KEEP_ID",
    "other": "OTHER_ID",
}
_HUGE = 2**31
#: Ids are 64-bit signed integers in both databases: none is below 1 or above this.
ID_MAX = 2**63 - 1
#: Integer parameters that name a stored row, by parameter name: what they name.
_ID_PARAMS = {
    "claim_id": "claim",
    "document_id": "document",
    "document": "document",
    "story_id": "story",
    "story": "story",
    "keep": "story",
    "other": "story",
    "match_id": "match",
    "match": "match",
}


def _readable_metavars(command: Any) -> None:
    """Give every option without a metavar a word, say numeric bounds in words ("0 to
    1"; a lone lower bound such as "at least 1" goes unsaid: a refusal names it), and
    check ids as ids (:func:`_check_id`). Attributes are read with ``getattr``: typer's
    parameter classes differ between versions."""
    for param in getattr(command, "params", ()):
        for holder in (param, getattr(param, "type", None)):
            if (getattr(holder, "max", None) or 0) >= _HUGE:
                holder.max = None  # type: ignore[union-attr]
        _check_id(param)
        _check_64_bits(param)
        _range_in_words(param)
        if getattr(param, "param_type_name", "") == "argument":
            _readable_argument(param)
            continue
        if getattr(param, "is_flag", False) or getattr(param, "param_type_name", "") != "option":
            continue
        # A choice already reads as its words: <unverified|corroborated|disputed>.
        if getattr(param, "metavar", None) is None and not _is_choice(param):
            param.metavar = _METAVARS.get(param.name or "", (param.name or "value").upper())
        elif _is_choice(param) and getattr(param, "multiple", False):
            # "<list[a|b]>" reads as Python; the words alone say it (the help says "repeat").
            shown = param.display_type_rich
            param.display_type_rich = lambda ctx, shown=shown: (shown(ctx) or "").replace(
                "list[", ""
            ).replace("]", "")
    for sub in getattr(command, "commands", {}).values():
        _readable_metavars(sub)


#: The flags that each choose how a command prints its result: a command takes one.
_OUTPUT_FLAGS = ("--json", "--csv", "--tsv", "--nl")


def _one_output_format(command: Any) -> None:
    """Refuse two output flags on one command line (``--csv --json``, ``--json --tsv``),
    on every command, with one message naming the command's own flags: "choose one of
    --json, --csv, --tsv, --nl". Each output flag of a command with more than one gets a
    click callback that counts the flags given; as click reads the parameters before the
    command runs, the refusal comes before anything is read or written. Commands nested
    in groups are walked too."""
    flags = [
        p
        for p in getattr(command, "params", ())
        if getattr(p, "is_flag", False) and any(o in _OUTPUT_FLAGS for o in p.opts)
    ]
    if len(flags) > 1:
        names = [next(o for o in p.opts if o in _OUTPUT_FLAGS) for p in flags]
        message = f"choose one of {', '.join(names)}"
        for param, name in zip(flags, names, strict=True):
            param.callback = partial(_count_output_flag, name, message, param.callback)
    for sub in getattr(command, "commands", {}).values():
        _one_output_format(sub)


def _count_output_flag(
    name: str, message: str, then: Callable[..., Any] | None, ctx: Any, param: Any, value: Any
) -> Any:
    """The click callback of ``_one_output_format``: note flag ``name`` when given, and
    raise InputError(``message``) when another output flag of the command was given."""
    if value:
        given = ctx.meta.setdefault(("output flags", id(ctx)), [])
        given.append(name)
        if len(given) > 1:
            raise InputError(message)
    return then(ctx, param, value) if then is not None else value


def _range_in_words(param: Any) -> None:
    """Help shows a bounded number's range as "0 to 1", not click's "[0<=x<=1]"; a lower
    bound alone is not shown (counts start at 1; a value below is refused in words)."""

    def words(low: Any, high: Any) -> str | None:
        return None if low is None or high is None else f"{low:g} to {high:g}"

    if hasattr(param, "_get_number_range_help_str"):  # typer's own options
        param._get_number_range_help_str = lambda: words(
            getattr(param, "min", None), getattr(param, "max", None)
        )
    kind = getattr(param, "type", None)
    if hasattr(kind, "_describe_range"):  # click's range types
        kind._describe_range = lambda: words(kind.min, kind.max) or ""  # type: ignore[union-attr]


def _takes_int(param: Any) -> bool:
    """Whether a parameter reads an integer: click's type name, or (typer 0.2x, whose
    parameters convert late) the annotation of the function argument."""
    if getattr(getattr(param, "type", None), "name", None) in ("integer", "integer range"):
        return True
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    return annotation is int or int in get_args(annotation)


def _check_id(param: Any) -> None:
    """An integer parameter that names a stored row (``_ID_PARAMS``) refuses a value no id
    can have (below 1, beyond 64 bits) with the words of an id that does not exist:
    ``no story with id 0 (see `factcheck stories`)``, exit 2 — never a bound a person
    cannot use ("between 1 and 9223372036854775807") nor a database overflow."""
    what = _ID_PARAMS.get(getattr(param, "name", None) or "")
    if what is None or not _takes_int(param):
        return
    for holder in (param, getattr(param, "type", None)):
        if hasattr(holder, "min"):
            holder.min = None  # type: ignore[union-attr]
    before = param.callback

    def check(ctx: Any, given: Any, value: Any) -> Any:
        if value is not None and not 1 <= value <= ID_MAX:
            from factcheck.lookup import not_found

            raise not_found(what, value)
        return before(ctx, given, value) if before is not None else value

    param.callback = check


def _check_64_bits(param: Any) -> None:
    """An integer parameter that is no id (``--limit``, ``--top``, ``--workers``…) refuses
    a value beyond what a 64-bit database integer holds (a count passed to SQL as LIMIT)
    naming the option, exit 2 — not the database's overflow, which names nothing."""
    if (getattr(param, "name", None) or "") in _ID_PARAMS or not _takes_int(param):
        return
    before = param.callback

    def check(ctx: Any, given: Any, value: Any) -> Any:
        if isinstance(value, int) and not -ID_MAX - 1 <= value <= ID_MAX:
            raise typer.BadParameter(f"{value} is beyond the largest whole number ({ID_MAX:,})")
        return before(ctx, given, value) if before is not None else value

    param.callback = check


def _readable_argument(param: Any) -> None:
    """Name an argument in words (CLAIM_ID, PATH...) and drop the type typer prints beside
    it ("<int>", "<list[str]>"); a choice keeps its listed words.

    The usage line follows the convention of man pages and click: ``CLAIM_ID`` when
    required, ``[NAME]`` when optional, ``...`` when repeated (recent typer prints
    ``{CLAIM_ID}``). A metavar the command gives itself ("[A B]") is its usage piece as
    written: it already says how the argument is given.
    """
    explicit = getattr(param, "metavar", None)
    if explicit is None:
        name = param.name or "value"
        param.metavar = _ARG_METAVARS.get(name, name.upper())
    usage = explicit or param.metavar
    if not explicit:
        usage += "..." if getattr(param, "nargs", 1) != 1 else ""
        usage = usage if getattr(param, "required", False) else f"[{usage}]"
    param.get_usage_pieces = lambda ctx, usage=usage: [usage]
    if not _is_choice(param):
        # typer >= 0.17 prints display_type_rich() beside the name; None prints nothing.
        param.display_type_rich = lambda ctx: None


def _is_choice(param: Any) -> bool:
    """Whether an option takes one of listed words (typer >= 0.17 describes its type in
    ``type_descriptor``, older versions through click's ``Choice``)."""
    if getattr(getattr(param, "type_descriptor", None), "is_choice", False):
        return True
    return hasattr(getattr(param, "type", None), "choices")


def _choice_words(param: Any) -> list[str] | None:
    """The words a choice parameter takes (``["true", "false", …]``), None for any other
    parameter. typer >= 0.17 lists them in ``type_descriptor.choices``, older versions in
    click's ``Choice``; enum members are given by their value."""
    if param is None or not _is_choice(param):
        return None
    choices = getattr(getattr(param, "type_descriptor", None), "choices", None)
    if not choices:
        choices = getattr(getattr(param, "type", None), "choices", None) or ()
    return [str(getattr(c, "value", c)) for c in choices] or None


# Both click ("'x' is not one of 'a', 'b'.") and typer's validator ("Value error, 'x' is
# not one of …") open the message with the refused value's repr.
_REFUSED_VALUE = re.compile(r"^(?:Value error, )?('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")")


def _param_name(param: Any) -> str:
    """An argument by its metavar (``RATING``), an option by its long flag (``--story``)."""
    if getattr(param, "param_type_name", "") == "argument":
        return str(getattr(param, "metavar", None) or (param.name or "value").upper())
    return str(max(getattr(param, "opts", None) or [f"--{param.name}"], key=len))


def _choice_error(exc: Any, choices: list[str]) -> str:
    """``RATING 'flase' is not one of: true, false, …`` for a refused choice."""
    found = _REFUSED_VALUE.match(str(getattr(exc, "message", "") or ""))
    given = f" {found.group(1)}" if found else ""
    return f"{_param_name(exc.param)}{given} is not one of: {', '.join(choices)}"


# What the validators say of a refused number, in plain words (typer >= 0.17 validates with
# pydantic, older versions with click).
_PLAIN_REASONS = (
    (re.compile(r"valid integer|is not a valid integer"), "must be a whole number"),
    (re.compile(r"valid number|is not a valid float"), "must be a number"),
)


_BOUND = re.compile(
    r"(?:should be|is not in the range)?.*?(?P<side>greater|less) than or equal to "
    r"(?P<value>-?[\d.]+)"
)


def _value_error(exc: Any) -> str:
    """``--story must be a whole number`` for any other refused value."""
    message = str(getattr(exc, "message", "") or exc).removeprefix("Value error, ")
    for pattern, plain in _PLAIN_REASONS:
        if pattern.search(message):
            return f"{_param_name(exc.param)} {plain}"
    bound = _BOUND.search(message)
    if bound:
        side = "least" if bound["side"] == "greater" else "most"
        return f"{_param_name(exc.param)} must be at {side} {bound['value']}"
    return f"{_param_name(exc.param)}: {message.rstrip('.')}"


# click's exceptions as typer raises them: typer >= 0.2x carries its own copy of click,
# older versions use click itself; either way they live beside typer.BadParameter.
_usage = importlib.import_module(typer.BadParameter.__module__)
# "factcheck" or "factcheck db" alone asks for help, which click prints in full (its
# NoArgsIsHelpError is a usage error from click 8.2 on).
_ASKS_FOR_HELP: tuple[type[BaseException], ...] = tuple(
    getattr(_usage, name) for name in ("NoArgsIsHelpError",) if hasattr(_usage, name)
)

# What click says of a misused command line, in the words of our other refusals; any
# other usage error falls through to its own message, first letter lowered, on one line.
_USAGE_REWORDS = (
    (re.compile(r"^No such command '(?P<name>.+)'\.(?: Did you mean (?P<hint>.+)\?)?$"),
     "no such command {name}"),
    (re.compile(r"^Option '(?P<name>.+)' requires an argument\.$"), "{name} needs a value"),
    (re.compile(r"^Option '(?P<name>.+)' requires (?P<n>\d+) arguments\.$"),
     "{name} needs {n} values"),
    (re.compile(r"^Option '(?P<name>.+)' does not take a value\.$"),
     "{name} takes no value"),
    (re.compile(r"^Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)$"),
     "unexpected extra argument {args}"),
)


def _did_you_mean(words: list[str] | None) -> str:
    """`` (did you mean --evidence?)`` for close spellings, empty when there are none."""
    return f" (did you mean {' or '.join(words)}?)" if words else ""


def _missing_error(exc: Any) -> str:
    """``missing DECISION (one of: corroborates, …)`` for a left-out argument or option."""
    if exc.param is None:
        return f"missing {exc.param_hint or 'value'}"
    choices = _choice_words(exc.param)
    listed = f" (one of: {', '.join(choices)})" if choices else ""
    return f"missing {_param_name(exc.param)}{listed}"


def _usage_error(exc: Any) -> str:
    """One line for any usage error click or typer raises while reading a command line:
    an unknown option or command with its close spellings, a missing argument with the
    words it takes, a refused value with what is allowed."""
    if isinstance(exc, _usage.MissingParameter):
        return _missing_error(exc)
    if isinstance(exc, _usage.BadParameter) and exc.param is not None:
        choices = _choice_words(exc.param)
        return _choice_error(exc, choices) if choices else _value_error(exc)
    if isinstance(exc, _usage.NoSuchOption):
        return f"no such option {exc.option_name}{_did_you_mean(exc.possibilities)}"
    message = " ".join(exc.format_message().split())
    for pattern, words in _USAGE_REWORDS:
        found = pattern.match(message)
        if found:
            hint = found.groupdict().get("hint")
            close = [w.strip("'") for w in hint.split(", ")] if hint else None
            return words.format(**found.groupdict()) + (
                _did_you_mean(close) or _subcommands(exc, found)
            )
    return (message[:1].lower() + message[1:]).rstrip(".")


def _subcommands(exc: Any, found: re.Match[str]) -> str:
    """`` (export takes: claimreview, csv, …)`` for an unknown word given to a command
    group below the top level ("export xml"): its few subcommands are the answer. Empty
    for any other error, and at the top level (``--help`` lists those)."""
    ctx = getattr(exc, "ctx", None)
    if "name" not in found.groupdict() or ctx is None or ctx.parent is None:
        return ""
    lister = getattr(ctx.command, "list_commands", None)
    names = [n for n in lister(ctx) if not ctx.command.get_command(ctx, n).hidden] if lister else []
    return f" ({ctx.info_name} takes: {', '.join(names)})" if names else ""


def _refuse(line: str, code: int) -> typer.Exit:
    """Print ``error: LINE`` on stderr (markup and terminal control escaped) and give the
    exit to raise."""
    said = escape(safe(line, newlines=False))
    _err().print(f"[bold red]error:[/] {said}", highlight=False)
    return typer.Exit(code)


class _Group(typer.core.TyperGroup):
    """Turn our own errors and every usage error into one line on stderr and their exit
    code, never a traceback or click's usage block (``--help`` still prints it)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _readable_metavars(self)
        _one_output_format(self)

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        # The top-level options ("factcheck --dbb x claims") are read here, before invoke.
        try:
            return super().make_context(*args, **kwargs)
        except _ASKS_FOR_HELP:
            raise
        except _usage.UsageError as exc:
            raise _refuse(_usage_error(exc), exc.exit_code) from None

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except FactcheckError as exc:
            raise _refuse(str(exc), exc.exit_code) from None
        except _ASKS_FOR_HELP:
            raise
        except _usage.UsageError as exc:
            # A misused command line ("verdict 4 flase", "--evidence-url x", a missing
            # DECISION) is a typo to correct, not a usage question: one line naming the
            # problem, exit 2, instead of the usage block.
            raise _refuse(_usage_error(exc), exc.exit_code) from None


app = typer.Typer(
    cls=_Group,
    help="Log claims from articles with provenance, mark hedges and attribution, "
    "and match claims across sources.\n\nExample: factcheck demo",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
db_app = typer.Typer(
    help="Database schema and location.\n\nExample: factcheck db path",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(db_app, name="db")


class InputFormat(StrEnum):
    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"


class ClaimStatus(StrEnum):
    unverified = "unverified"
    corroborated = "corroborated"
    disputed = "disputed"


# The values of factcheck.extract.CLAIM_TYPES (a test keeps the two equal); spelled out so
# that `--help` does not import the claim pipeline.
class ClaimType(StrEnum):
    quantity = "quantity"
    event = "event"
    attribution = "attribution"
    causal = "causal"
    prediction = "prediction"
    opinion = "opinion"
    other = "other"


class ClaimOrder(StrEnum):
    document = "document"
    checkworthiness = "checkworthiness"


JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON only, for scripts.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Print CSV with a header row.")]
TsvOpt = Annotated[bool, typer.Option("--tsv", help="Print tab-separated values.")]
NlOpt = Annotated[bool, typer.Option("--nl", help="Print one JSON object a line.")]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="FILE", help="Write here, not to stdout ('-': stdout)."),
]


def _rows_printed(
    rows: list[dict[str, Any]], table: str | None, csv: bool, tsv: bool, nl: bool
) -> bool:
    """Print ``rows`` as CSV/TSV/JSON Lines if one of those was asked for (then True)."""
    # Two of them never get here: the command line was refused (``_one_output_format``).
    chosen = [f for f, on in (("csv", csv), ("tsv", tsv), ("nl", nl)) if on]
    if not chosen:
        return False
    from factcheck.report.listing import format_rows

    sys.stdout.write(format_rows(rows, chosen[0], table=table))
    return True


def _print_listing(renderable: Any, rows: int) -> None:
    """Print a listing; one longer than the terminal goes through the pager (``page``)."""
    from factcheck.terminal import page

    page(_out(), lambda plain: renderable, rows=rows)


def _explain_empty(
    ctx: typer.Context, noun: str, *, command: str | None = None, **filters: Any
) -> None:
    """Say on stderr why a listing is empty (empty database, unknown outlet, filters)."""
    from factcheck.config import resolve_db_url
    from factcheck.database import sqlite_url
    from factcheck.demo import demo_db_path
    from factcheck.report.listing import why_empty

    url = resolve_db_url(ctx.find_root().ensure_object(dict).get("db"))
    source = filters.pop("source", None)
    demo = demo_db_path()
    message = why_empty(
        _store(ctx),
        noun,
        source=source,
        filters={f"--{k.replace('_', '-')}": v for k, v in filters.items()},
        demo_db=demo if sqlite_url(demo) != url else None,
        database=_demo_db_words(url),
        command=command,
    )
    _err().print(escape(message), soft_wrap=True)


def _out() -> Console:
    return TrimmedConsole(highlight=False, soft_wrap=False)


def _err() -> Console:
    return TrimmedConsole(stderr=True, highlight=False, soft_wrap=True)


def _print_skipped(failures: Sequence[FactcheckError]) -> None:
    """One stderr line per input a batch skipped ("skipped: batch.jsonl:4: …"), the
    article-given text neutralised, as ``ingest`` and ``analyze`` both report them."""
    err = _err()
    for failure in failures:
        line = escape(safe(str(failure), newlines=False))
        err.print(f"[yellow]skipped:[/] {line}", highlight=False)


def _print_warnings(warnings: Sequence[InputWarning]) -> None:
    """One stderr line per thing an input was not read as written ("a.txt:3: warning:
    …"), the article-given text neutralised; ``--json`` lists them under ``warnings``."""
    err = _err()
    for warning in warnings:
        line = escape(safe(str(warning), newlines=False))
        err.print(f"[yellow]{line}[/]", highlight=False)


def _say(text: str) -> None:
    """What a command did, in one sentence: article words in it (outlet names, titles,
    notes) made safe for the terminal; wrapped at words to a terminal's width, one line
    when piped (scripts read ``--json``)."""
    out = _out()
    out.print(safe(text), markup=False, highlight=False, soft_wrap=not out.is_terminal)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def _settings(ctx: typer.Context) -> Any:
    from factcheck.config import load_settings

    obj = ctx.find_root().ensure_object(dict)
    if "settings" not in obj:
        obj["settings"] = load_settings(obj.get("config"))
    return obj["settings"]


def _store(ctx: typer.Context, *, upgrade: bool = True) -> Any:
    from factcheck.store import Store

    obj = ctx.find_root().ensure_object(dict)
    if "store" not in obj:
        settings = _settings(ctx)
        obj["store"] = Store(
            obj.get("db"),
            upgrade=upgrade,
            match_config=settings.match,
            limits=settings.limits,
            story_config=settings.stories,
        )
    return obj["store"]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="FACTCHECK_DB",
            help="SQLAlchemy database URL or SQLite file path "
            "[default: factcheck.sqlite3 in the user data directory].",
            show_envvar=True,
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            envvar="FACTCHECK_CONFIG",
            help="TOML file with [match] thresholds, [claims] checkworthy_threshold and "
            "[markers] lexicon [default: config.toml in the user config directory].",
            show_envvar=True,
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    obj = ctx.ensure_object(dict)
    obj["db"] = db
    # The demo must never write into the database FACTCHECK_DB points at: only an explicit
    # --db on the command line moves it away from its own demo database.
    # By name: typer may bring its own copy of click's ParameterSource enum.
    source = ctx.get_parameter_source("db")
    obj["db_from_command_line"] = db is not None and getattr(source, "name", "") == "COMMANDLINE"
    obj["config"] = config


# -- ingest ---------------------------------------------------------------------------------


@app.command()
def ingest(
    ctx: typer.Context,
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files, folders (read recursively) or - for standard input."),
    ],
    source: Annotated[str | None, typer.Option(help="Outlet name, e.g. 'Coastal Wire'.")] = None,
    url: Annotated[str | None, typer.Option(help="Address the article was read from.")] = None,
    title: Annotated[str | None, typer.Option(help="Headline.")] = None,
    author: Annotated[str | None, typer.Option(help="Byline.")] = None,
    published: Annotated[
        str | None,
        typer.Option(help="Publication date: YYYY-MM-DD, 'March 10, 2026' or '10 March 2026'."),
    ] = None,
    language: Annotated[str, typer.Option(help="Language code of the text.")] = "en",
    source_from_header: Annotated[
        bool,
        typer.Option(
            "--source-from-header",
            help="Take the outlet (and other metadata) from a Title:/Outlet:/Author:/"
            "Published:/URL: header block at the top of each file.",
        ),
    ] = False,
    fmt: Annotated[
        InputFormat,
        typer.Option("--format", help="Input format (auto: by file suffix and content)."),
    ] = InputFormat.auto,
    lexicon: Annotated[
        Path | None, typer.Option(help="Extra marker lexicon (TOML) to use with the built-in one.")
    ] = None,
    match: Annotated[
        bool,
        typer.Option(
            "--match/--no-match",
            help="Match new claims against the store now (default), or leave that to a "
            "later `factcheck rematch --all` (faster bulk loads).",
        ),
    ] = True,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="Processes that analyse a batch while this one stores it in order "
            "(default: all cores; at most one per 40 documents of the batch, fewer "
            "are analysed here). The result is the same for any number.",
        ),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(help="Text encoding of the input files (e.g. cp1252) [default: detected]."),
    ] = None,
    as_json: JsonOpt = False,
    nl: Annotated[
        bool,
        typer.Option(
            "--nl",
            help="Print one JSON object a line as each document is stored or skipped, "
            "then a summary line: a run that dies leaves only complete lines.",
        ),
    ] = False,
) -> None:
    """Store articles with their provenance, sentences, claims and markers.

    Example: factcheck ingest article.txt --source "Coastal Wire" --published 2026-03-02
    """
    published_date = parse_date(published, what="--published date")
    check_published(published_date, what="--published")
    store = _store(ctx)
    settings = _settings(ctx)
    lex = _load_lexicon(lexicon or settings.lexicon)
    base = RawDocument(
        text="",
        source=source,
        url=url,
        title=title,
        author=author,
        published=published_date,
        language=language,
    )
    failures: list[FactcheckError] = []
    shown: list[dict[str, Any]] = []  # the first results, for the table people read
    documents = 0
    as_stream: _JsonDocuments | _JsonLinesDocuments | None = (
        _JsonLinesDocuments() if nl else _JsonDocuments() if as_json else None
    )
    read_once: dict[int, list[Any]] = {}

    def entries() -> Iterator[tuple[str, Any]]:
        """The inputs as (name, documents), walked afresh on each call: files are opened
        only as the batch reaches them, so nothing grows with the number of inputs.
        Standard input can be read only once; it is read whole and kept (as before)."""
        for position, item in enumerate(inputs):
            walk = partial(
                stream_inputs,
                [item],
                base,
                source_from_header=source_from_header,
                fmt=fmt.value,
                max_chars=settings.limits.max_document_chars,
                encoding=encoding,
            )
            if item != "-":
                yield from walk()
                continue
            if position not in read_once:
                read_once[position] = list(walk())
            yield from read_once[position]

    # One pass to count what the bar will show (a JSON Lines file's lines are counted in
    # one pass over its bytes), keeping nothing; a missing path is refused here, before
    # anything is stored.
    total_docs = sum(len(b) for _, b in entries() if not isinstance(b, Exception))
    err = _err()

    whole_file_errors: set[int] = set()  # a file-level error takes no place in the bar

    def items() -> Iterator[RawDocument | FactcheckError]:
        for _name, docs in entries():
            if isinstance(docs, FactcheckError):
                whole_file_errors.add(id(docs))
                yield docs
            else:
                yield from docs

    from factcheck.batch import analysed

    threshold = settings.checkworthy_threshold
    stored = 0
    warned: set[InputWarning] = set()
    said: list[InputWarning] = []  # in the order printed, for --json `warnings`
    with _progress_bar(disable=total_docs < 5) as progress:
        task = progress.add_task("ingesting", total=total_docs)
        # Analysis runs in worker processes; this process stores and matches in order.
        pipeline = analysed(
            items(),
            lexicon=lex,
            threshold=threshold,
            workers=workers,
            expected=total_docs,
            max_sentence_chars=store.limits.max_sentence_chars,
        )
        # Stored in groups that commit together (Store.ingest_batch): each outcome comes
        # once its group is committed, so what is printed is stored.
        outcomes = store.ingest_batch(pipeline, lexicon=lex, threshold=threshold, match=match)
        try:
            for doc, result in outcomes:
                if not (isinstance(doc, FactcheckError) and id(doc) in whole_file_errors):
                    progress.advance(task)
                if isinstance(doc, FactcheckError):
                    failures.append(doc)
                    if as_stream is not None:
                        as_stream.skip(doc.to_dict())
                    continue
                # Decoding warnings travel with each document of an input: said once.
                fresh = [w for w in doc.warnings if w not in warned]
                _print_warnings(fresh)
                warned.update(fresh)
                said.extend(fresh)
                if as_stream is not None:
                    for warning in fresh:
                        as_stream.warn(warning.to_dict())
                if result is None:  # nothing of a document (cannot happen for one)
                    continue
                if isinstance(result, FactcheckError):
                    # One document's failure costs only that document (the batch rule).
                    failures.append(result)
                    if as_stream is not None:
                        as_stream.skip(failures[-1].to_dict())
                else:
                    row = result.to_dict()
                    documents += 1
                    if as_stream is not None:
                        as_stream.add(row)
                    elif len(shown) < INGEST_TABLE_ROWS:
                        shown.append(row)
                    stored += result.status == "ingested"
        except KeyboardInterrupt:
            outcomes.close()
            pipeline.close()
            if as_stream is not None:
                # What was printed stays readable: the object is closed, the lines end
                # with a summary saying the run was cut short.
                as_stream.finish(
                    [f.to_dict() for f in failures],
                    [w.to_dict() for w in said],
                    interrupted=True,
                )
            err.print(
                f"interrupted: {stored} of {counted(total_docs, 'document')} stored "
                "(each stored document is complete, the one being written was rolled back; "
                "run the same command again to add the rest)",
                highlight=False,
            )
            raise
    if len(inputs) == 1 and not documents and len(failures) == 1:
        if isinstance(as_stream, _JsonLinesDocuments):
            as_stream.finish([failures[0].to_dict()], [w.to_dict() for w in said])
        raise failures[0]
    _print_skipped(failures)
    if as_stream is not None:
        as_stream.finish([f.to_dict() for f in failures], [w.to_dict() for w in said])
    else:
        _render_ingest(shown, more=documents - len(shown))
    if failures:
        # Partly stored: a runtime outcome, not a refusal of the whole request.
        raise typer.Exit(1)


def _load_lexicon(path: Path | None) -> Any:
    """The built-in lexicon merged with the user's file; None keeps the cached built-in."""
    if path is None:
        return None
    from factcheck.mark import load_lexicon

    if path.is_dir():
        raise InputError("is a folder, not a lexicon file", origin=str(path))
    if not path.is_file():
        raise InputError("no such lexicon file", origin=str(path))
    return load_lexicon(path)


def _progress_bar(*, disable: bool = False) -> Progress:
    """A bar on stderr for long work; off when stderr is not a terminal (pipes, CI)."""
    err = _err()
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=disable or not err.is_terminal,
    )


@contextmanager
def _progress_callback(description: str) -> Iterator[Callable[[int, int], None]]:
    """A ``progress(done, total)`` callback for a store method, drawn as a bar."""
    with _progress_bar() as bar:
        task = bar.add_task(description, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def _checkworthy_threshold(ctx: typer.Context, given: float | None) -> float:
    """The option if given, else the config file's, else the pipeline's default."""
    if given is not None:
        return given
    configured = _settings(ctx).checkworthy_threshold
    if configured is not None:
        return float(configured)
    from factcheck.analyze import DEFAULT_CHECKWORTHY_THRESHOLD

    return DEFAULT_CHECKWORTHY_THRESHOLD


#: Rows of the ingest table; a longer batch ends with a count (every row is in --json).
INGEST_TABLE_ROWS = 200


class _JsonDocuments:
    """``ingest --json`` written one document at a time, as ``json.dumps(indent=2)``
    would write the whole ``{"documents": [...], "errors": [...]}`` object: a batch of
    100,000 lines prints the same text without holding 100,000 results."""

    def __init__(self) -> None:
        self.started = False

    def add(self, row: dict[str, Any]) -> None:
        """Write one stored (or duplicate) document's row."""
        text = json.dumps(row, ensure_ascii=False, indent=2, default=str)
        head = '{\n  "documents": [\n' if not self.started else ",\n"
        sys.stdout.write(head + _indent(text, 4))
        self.started = True

    def skip(self, error: dict[str, Any]) -> None:
        """A skipped input: listed under ``errors`` at the end, after the documents."""

    def warn(self, warning: dict[str, Any]) -> None:
        """A warning: listed under ``warnings`` at the end, after the errors."""

    def finish(
        self,
        errors: list[dict[str, Any]],
        warnings: list[dict[str, Any]],
        *,
        interrupted: bool = False,
    ) -> None:
        """Close the object with the ``errors`` and ``warnings`` lists (and
        ``"interrupted": true`` when a Ctrl-C cut the batch short)."""
        listed = json.dumps(errors, ensure_ascii=False, indent=2, default=str)
        warned = json.dumps(warnings, ensure_ascii=False, indent=2, default=str)
        head = "\n  ]" if self.started else '{\n  "documents": []'
        tail = ',\n  "interrupted": true' if interrupted else ""
        sys.stdout.write(
            f"{head},\n  \"errors\": {_indent(listed, 2).lstrip()},\n"
            f"  \"warnings\": {_indent(warned, 2).lstrip()}{tail}\n}}\n"
        )


class _JsonLinesDocuments:
    """``ingest --nl``: one JSON object a line, written and flushed as each input is
    stored or skipped, so a batch killed mid-way (SIGKILL, out of memory, a lost
    connection) leaves only whole lines, and each ``document`` line names a committed
    document.

    - ``{"type": "document", …}``: the row ``ingest --json`` lists under ``documents``;
    - ``{"type": "error", "origin", "line", "message"}``: a skipped file or line;
    - ``{"type": "warning", "origin", "line", "message"}``: something stored but not
      read as written (a stray byte, a numeral too long to read);
    - last, ``{"type": "summary", "documents", "errors", "warnings", "interrupted"}``. No summary
      line means the run died: run the same command again; documents already stored
      come back with ``"status": "duplicate"``.
    """

    def __init__(self) -> None:
        self.documents = 0

    def _line(self, record: dict[str, Any]) -> None:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        # A pipe is block-buffered: without a flush a kill could cut a line in two.
        sys.stdout.flush()

    def add(self, row: dict[str, Any]) -> None:
        """Write one stored (or duplicate) document's line."""
        self.documents += 1
        self._line({"type": "document", **row})

    def skip(self, error: dict[str, Any]) -> None:
        """Write one skipped input's line."""
        self._line({"type": "error", **error})

    def warn(self, warning: dict[str, Any]) -> None:
        """Write one warning's line (something stored but not read as written)."""
        self._line({"type": "warning", **warning})

    def finish(
        self,
        errors: list[dict[str, Any]],
        warnings: list[dict[str, Any]],
        *,
        interrupted: bool = False,
    ) -> None:
        """Write the summary line (the errors and warnings were written as they
        happened)."""
        self._line(
            {
                "type": "summary",
                "documents": self.documents,
                "errors": len(errors),
                "warnings": len(warnings),
                "interrupted": interrupted,
            }
        )


def _indent(text: str, width: int) -> str:
    return "\n".join(" " * width + line for line in text.split("\n"))


def _render_ingest(results: list[dict[str, Any]], *, more: int = 0) -> None:
    from factcheck.report.listing import Col, fitted_table

    # One row per line at any width, like every listing: long text ends in "…" (the
    # full text is in --json and `documents`).
    cols = [
        Col("id", width=max(2, max((len(str(r["id"])) for r in results), default=2)),
            justify="right"),
        Col("source", ratio=1, least=10),
        Col("title", ratio=2, least=12),
        Col("claims", priority=3, width=6, justify="right"),
        Col("status", ratio=2, least=9),
    ]
    rows: list[list[str]] = []
    for r in results:
        status = r["status"]
        if r.get("copy_of"):
            status += f" (copy of {r['copy_of']})"
        if r.get("copies"):
            status += f" (original of {', '.join(map(str, r['copies']))})"
        if r.get("metadata_changes"):
            status += " (other metadata: see below)"
        rows.append(
            [str(r["id"]), escape(r["source"]), escape(r["title"] or ""), str(r["claims"]), status]
        )
    _out().print(fitted_table(cols, rows, width=_out().width, title="Ingested"))
    if more:
        _out().print(f"… and {counted(more, 'more document')} (every one is listed by --json)")
    for r in results:
        if r.get("metadata_changes"):
            _say(_metadata_note(r["id"], r["metadata_changes"]))


def _metadata_note(document_id: int, changes: dict[str, dict[str, Any]]) -> str:
    """The sentence under the ingest table for a duplicate given other metadata: each
    field stored and given, and the ``documents edit`` command that applies the given
    values (shell-quoted). A line of its own, wrapped at words, so it reads at 80 columns.
    """
    import shlex

    def shown(value: Any) -> str:
        return "none" if value in (None, "") else repr(str(value))

    fields = "; ".join(
        f"{name} {shown(v['stored'])}, given {shown(v['given'])}" for name, v in changes.items()
    )
    options = " ".join(
        f"--{name} {shlex.quote(str(v['given']))}" for name, v in changes.items()
    )
    return (
        f"Document {document_id} was already stored with other metadata ({fields}); "
        f"nothing was changed. To apply it: factcheck documents edit {document_id} {options}"
    )


# -- listings -------------------------------------------------------------------------------


documents_app = typer.Typer(
    help="Stored documents: list them, correct their metadata, move them to another story, "
    "delete them.\n\nExample: factcheck documents --csv > documents.csv",
    rich_markup_mode=None,
    invoke_without_command=True,
)
app.add_typer(documents_app, name="documents")


@documents_app.callback()
def documents(
    ctx: typer.Context,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Show at most this many.")
    ] = None,
    as_json: JsonOpt = False,
    csv: CsvOpt = False,
    tsv: TsvOpt = False,
    nl: NlOpt = False,
) -> None:
    """List stored documents with their provenance and story.

    Example: factcheck documents --csv > documents.csv
    """
    if ctx.invoked_subcommand is not None:
        return
    docs = _store(ctx).documents(limit=limit)
    if as_json:
        _print_json(docs)
        return
    if _rows_printed(docs, "documents", csv, tsv, nl):
        return
    if not docs:
        _explain_empty(ctx, "documents")
        return
    from factcheck.report.listing import Col, fitted_table

    cols = [
        Col("id", width=max(2, len(str(docs[-1]["id"]))), justify="right"),
        # An outlet name is what tells two rows apart: room for the usual ones whole.
        Col("source", priority=2, ratio=1, least=16),
        Col("title", ratio=2, least=20),
        Col("published", width=10),
        Col("claims", priority=3, width=6, justify="right"),
        Col("story", priority=3, width=5, justify="right"),
        # Which document is a reprint of which is what tells a desk two sources are one:
        # kept at 80 columns before the claim and story counts.
        Col("copy of", priority=2, width=7, justify="right"),
        Col("author", priority=5, ratio=1),
        Col("sha256", priority=6, width=12),
    ]
    rows = [
        [
            str(d["id"]),
            escape(d["source"]),
            escape(d["title"] or ""),
            d["published"] or "",
            str(d["claims"]),
            str(d["story_id"] or ""),
            str(d["copy_of"] or ""),
            escape(d["author"] or ""),
            d["sha256"][:12],
        ]
        for d in docs
    ]
    width = _out().width
    table = fitted_table(cols, rows, width=width, title=counted(len(docs), "document"))
    _print_listing(table, len(rows))


@documents_app.command("move")
def documents_move(
    ctx: typer.Context,
    document_id: Annotated[int, typer.Argument(help="Document id (see `factcheck documents`).")],
    story: Annotated[
        int | None,
        typer.Option(help="Story id to move it to (see `factcheck stories`)."),
    ] = None,
    new_story: Annotated[
        bool, typer.Option("--new-story", help="Give the document a story of its own.")
    ] = False,
    note: NoteOpt = None,
    reviewer: ReviewerOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Move a document to another story; its claims are matched again.

    The move, and every status it changes, is kept in the history.

    Example: factcheck documents move 7 --story 3 --note "same fire, later report"
    """
    if (story is None) == (not new_story):
        raise InputError("give either --story ID or --new-story")
    result = _store(ctx).move_document(
        document_id,
        None if new_story else story,
        reviewer=_reviewer(ctx, reviewer),
        reason=note,
    )
    if as_json:
        _print_json(result)
        return
    if not result["moved"]:
        _say(
            f"document {document_id} is already in story {result['id']}: "
            f"{safe(result['label'], newlines=False)}; nothing changed"
        )
        return
    _say(
        f"document {document_id} is now in story {result['id']}: "
        f"{safe(result['label'], newlines=False)} "
        f"({counted(result['document_count'], 'document')}, "
        f"{counted(result['claim_count'], 'claim')})"
    )


@app.command()
def claims(
    ctx: typer.Context,
    status: Annotated[
        ClaimStatus | None, typer.Option(help="Only claims with this status.")
    ] = None,
    source: Annotated[str | None, typer.Option(help="Only this outlet.")] = None,
    document: Annotated[
        int | None, typer.Option(help="Only this document id.")
    ] = None,
    hedged: Annotated[
        bool | None,
        typer.Option("--hedged/--unhedged", help="Only hedged (or only unhedged) claims."),
    ] = None,
    checkworthy: Annotated[
        bool | None,
        typer.Option("--checkworthy/--not-checkworthy", help="Only claims worth checking."),
    ] = None,
    claim_type: Annotated[
        ClaimType | None, typer.Option("--type", help="Only claims of this type.")
    ] = None,
    story: Annotated[
        int | None, typer.Option(help="Only claims of this story (see `factcheck stories`).")
    ] = None,
    sort: Annotated[
        ClaimOrder,
        typer.Option(
            help="document: in reading order; checkworthiness: most worth checking first."
        ),
    ] = ClaimOrder.document,
    needs_review: Annotated[
        bool,
        typer.Option(
            "--needs-review", help="Only claims with matches held for a person to decide."
        ),
    ] = False,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Show at most this many.")
    ] = None,
    as_json: JsonOpt = False,
    csv: CsvOpt = False,
    tsv: TsvOpt = False,
    nl: NlOpt = False,
) -> None:
    """List claims with source, span, check-worthiness, status and markers.

    Example: factcheck claims --status disputed --checkworthy --limit 20
    """
    rows = _store(ctx).claims(
        needs_review=True if needs_review else None,
        status=status.value if status else None,
        source=source,
        document=document,
        hedged=hedged,
        checkworthy=checkworthy,
        claim_type=claim_type.value if claim_type else None,
        story=story,
        order=sort.value,
        limit=limit,
    )
    if as_json:
        _print_json(rows)
        return
    if _rows_printed(rows, "claims", csv, tsv, nl):
        return
    if not rows:
        # Every filter given, in the words typed (--unhedged, --not-checkworthy too), so
        # an empty listing says what it looked for, never "stored yet" over a full database.
        _explain_empty(
            ctx,
            "claims",
            source=source,
            needs_review=needs_review or None,
            story=story,
            status=status.value if status else None,
            document=document,
            hedged=hedged or None,
            unhedged=hedged is False or None,
            checkworthy=checkworthy or None,
            not_checkworthy=checkworthy is False or None,
            type=claim_type.value if claim_type else None,
        )
        return
    _print_listing(_claims_table(rows, title=counted(len(rows), "claim")), len(rows))


def _claims_table(rows: list[dict[str, Any]], *, title: str) -> Any:
    """One line per claim at any width: the claim text takes what the other columns leave
    and ends in "…" (``show ID`` has it whole); less important columns go first."""
    from factcheck.report.listing import Col, fitted_table

    cols = [
        Col("id", width=max(2, max(len(str(r["id"])) for r in rows)), justify="right"),
        Col("source", priority=2, ratio=1, least=10),
        Col("claim", ratio=4, least=34),
        Col("status", width=12),
        Col("worth", priority=3, width=6, justify="right"),
        # The claim is what a reader scans for: review counts, markers and spans join it
        # only where it still shows some 60 characters (at 120 columns markers and spans
        # had cut it to 33, fewer than at 80).
        Col("review", priority=4, width=6, justify="right", shown_from=100),
        Col("markers", priority=5, ratio=2, least=20, shown_from=170),
        Col("span", priority=6, width=9, justify="right", shown_from=170),
    ]
    table_rows = []
    for r in rows:
        style = STATUS_STYLE.get(r["status"], "")
        status = f"[{style}]{r['status']}[/]" if style else r["status"]
        markers = ", ".join(f"{m['kind']}: {m['text']}" for m in r["markers"])
        table_rows.append(
            [
                str(r["id"]),
                escape(r["source"]),
                escape(r["text"]),
                status,
                f"{r['checkworthiness']:.2f}{'✓' if r['checkworthy'] else ' '}",
                str(r["pending_reviews"] or ""),
                escape(markers),
                f"{r['start']}–{r['end']}",
            ]
        )
    return fitted_table(cols, table_rows, width=_out().width, title=title)


def _dates_line(dates: list[dict[str, Any]]) -> str:
    """ "yesterday = 2026-03-06; last week = 2026-02-23 to 2026-03-01" (a claim's relative
    dates and the days they name; "not anchored" without a publication date)."""
    parts = []
    for d in dates:
        if not d.get("from"):
            parts.append(f"{d['text']} (not anchored: no publication date)")
        elif d["from"] == d["to"]:
            parts.append(f"{d['text']} = {d['from']}")
        else:
            parts.append(f"{d['text']} = {d['from']} to {d['to']}")
    return "; ".join(parts)


@app.command()
def show(
    ctx: typer.Context,
    claim_id: Annotated[
        int, typer.Argument(help="Claim id (see `factcheck claims`).")
    ],
    as_json: JsonOpt = False,
    csv: CsvOpt = False,
    tsv: TsvOpt = False,
    nl: NlOpt = False,
) -> None:
    """One claim: its quote in context, provenance, markers, matches and reviews.

    Example: factcheck show 12
    """
    claim = _store(ctx).claim(claim_id)
    if as_json:
        _print_json(claim)
        return
    if _rows_printed([claim], "claims", csv, tsv, nl):
        return
    out = _out()
    ctx_ = claim["context"]
    style = STATUS_STYLE.get(claim["status"], "")
    doc = claim["document"]
    # What the outlet wrote comes first, word for word, with whose words they are; the
    # claim as rebuilt for matching comes after, marked as ours.
    out.print(f"[bold]Claim {claim['id']}[/]  [{style}]{claim['status']}[/]")
    out.print(f"“{escape(claim['quote'])}”")
    out.print(
        f"  — {escape(doc.get('source'))}"
        + (f", {escape(doc.get('author'))}" if doc.get("author") else "")
        + (f", {escape(doc.get('published'))}" if doc.get("published") else "")
    )
    if claim["text"] != claim["quote"]:
        out.print(f"[dim]As a checkable claim:[/] {escape(claim['text'])}")
    out.print(
        f"[dim]type {claim['type']}, check-worthiness {claim['checkworthiness']:.2f}, "
        f"{claim['assertiveness']}[/]"
    )
    if claim.get("dates"):
        out.print("[dim]dates:[/] " + escape(_dates_line(claim["dates"])))
    out.print()
    # An ellipsis only where the article goes on: a claim that opens it is not cut.
    out.print(
        ("…" if ctx_["start"] > 0 else "")
        + escape(ctx_["before"])
        + "[reverse]"
        + escape(ctx_["quote"])
        + "[/reverse]"
        + escape(ctx_["after"])
        + ("…" if ctx_["end"] < ctx_.get("length", ctx_["end"] + 1) else "")
    )
    prov = Table(show_header=False, box=None)
    prov.add_column(style="bold")
    prov.add_column(overflow="fold")
    for key in ("source", "title", "author", "published", "retrieved_at", "sha256"):
        prov.add_row(key, escape(str(doc.get(key) or "")))
    prov.add_row("span", f"document {doc['id']}, characters {claim['start']}–{claim['end']}")
    if doc.get("copy_of"):
        prov.add_row("copy of", f"document {doc['copy_of']} (similarity {doc['copy_similarity']})")
    if doc.get("credit"):
        prov.add_row("credit", escape(doc["credit"]))
    if claim.get("story_id") is not None:
        prov.add_row("story", str(claim["story_id"]))
    out.print(prov)
    if doc.get("url"):
        # Below the table, on a line of its own: a table cell folds a long URL across
        # lines, and then it can be neither copied nor clicked.
        print_unbroken(out, doc["url"], label=f" {'url':<12}  ")
    if claim["markers"]:
        out.print()
        mt = Table(title="markers")
        for col in ("kind", "text", "span", "speaker"):
            mt.add_column(col)
        for m in claim["markers"]:
            mt.add_row(
                m["kind"],
                escape(m["text"]),
                f"{m['start']}–{m['end']}",
                escape(m.get("speaker") or ""),
            )
        out.print(mt)
    if claim.get("frame"):
        from factcheck.match.frames import Frame

        out.print()
        ft = Table(title="frame (what the claim is about)", show_header=False)
        ft.add_column(style="bold")
        ft.add_column(overflow="fold")
        for slot, value in Frame.from_dict(claim["frame"], claim["text"]).describe():
            ft.add_row(slot, escape(value))
        out.print(ft)
    if claim["matches"]:
        from factcheck.report.listing import match_blocks

        out.print()
        out.print(match_blocks(claim["matches"]))
    _print_review_state(out, claim)


def _print_review_state(out: Console, claim: dict[str, Any]) -> None:
    """What people said: the verdict and how much history there is."""
    verdict = claim.get("verdict")
    if verdict:
        out.print()
        line = (
            f"[bold]verdict:[/] {escape(verdict['rating'])} by {escape(verdict['reviewer'])}, "
            f"{escape(verdict['decided_at'][:10])}"
        )
        out.print(line, soft_wrap=True)
        if verdict.get("evidence_url"):
            print_unbroken(out, verdict["evidence_url"], label="  evidence ")
        if verdict.get("note"):
            out.print("  " + escape(safe(verdict["note"])), soft_wrap=True)
    if claim.get("history"):
        out.print(
            f"{len(claim['history'])} recorded changes: factcheck history {claim['id']}",
            soft_wrap=True,
        )


@app.command()
def markers(
    ctx: typer.Context,
    top: Annotated[int, typer.Option(min=1, help="Phrases to show per source.")] = 5,
    as_json: JsonOpt = False,
    csv: CsvOpt = False,
    tsv: TsvOpt = False,
    nl: NlOpt = False,
) -> None:
    """Which outlet hedges most, and which leans on unnamed sources.

    Example: factcheck markers --top 3
    """
    stats = _store(ctx).marker_stats(top=top)
    if as_json:
        _print_json(stats)
        return
    if _rows_printed(stats, None, csv, tsv, nl):
        return
    if not stats:
        _explain_empty(ctx, "markers")
        return
    from factcheck.report.listing import Col, fitted_table

    kinds = ("hedge", "booster", "approximator", "attribution", "weasel")
    cols = [
        Col("source", ratio=1, least=12, whole=32),
        Col("claims", width=6, justify="right", priority=2),
        Col("hedged", width=6, justify="right"),
        Col("hedge", width=5, justify="right", priority=3),
        Col("booster", width=7, justify="right", priority=4),
        Col("approx.", width=7, justify="right", priority=5),
        Col("attrib.", width=7, justify="right", priority=4),
        Col("weasel", width=6, justify="right"),
        Col("most frequent", ratio=2, least=16, priority=6),
    ]
    rows = [
        [
            escape(st["source"]),
            str(st["claims"]),
            f"{st['hedged_share']:.0%}",
            *(str(st["by_kind"].get(kind, 0)) for kind in kinds),
            escape(", ".join(f"{t['text']} ({t['count']})" for t in st["top"])),
        ]
        for st in stats
    ]
    _print_listing(
        fitted_table(cols, rows, width=_out().width, title="Markers per source"), len(rows)
    )


# -- analysis without storage -------------------------------------------------------------


@app.command()
def analyze(
    ctx: typer.Context,
    input_path: Annotated[
        str, typer.Argument(help="A text, HTML or JSON Lines file, or - for standard input.")
    ],
    lexicon: Annotated[Path | None, typer.Option(help="Extra marker lexicon (TOML).")] = None,
    threshold: Annotated[
        float | None,
        typer.Option(min=0.0, max=1.0, help="Check-worthiness threshold [default: 0.5]."),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date, which anchors 'yesterday' or 'last week' (YYYY-MM-DD, "
            "'March 10, 2026', '10 March 2026'); beats a Published: header."
        ),
    ] = None,
    fmt: Annotated[
        InputFormat,
        typer.Option("--format", help="Input format (auto: by file suffix and content)."),
    ] = InputFormat.auto,
    encoding: Annotated[
        str | None,
        typer.Option(help="Text encoding of the input files (e.g. cp1252) [default: detected]."),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Sentences, claims and markers of one input, without storing anything.

    HTML is read as ingest reads it (the article trafilatura extracts, with its metadata);
    JSON Lines gives one analysis per line.

    Example: factcheck analyze article.txt --json
    """
    settings = _settings(ctx)
    threshold = _checkworthy_threshold(ctx, threshold)
    lexicon = lexicon or settings.lexicon
    from factcheck.analyze import analyze as run_analysis
    from factcheck.encoding import decode
    from factcheck.provenance import credited_document
    from factcheck.read import (
        detect_format,
        read_batch,
        read_bytes,
        strip_terminal_control,
    )
    from factcheck.validate import check_size

    published_date = parse_date(published, what="--published date")
    check_published(published_date, what="--published")
    decoded: list[InputWarning] = []  # what decoding did not read as written
    if input_path == "-":
        name = "<stdin>"
        text = decode(sys.stdin.buffer.read(), name, encoding, decoded)
    else:
        path = Path(input_path)
        if path.is_dir():
            raise InputError("is a directory; analyze takes one input", origin=str(path))
        name = str(path)
        text = decode(read_bytes(path), name, encoding, decoded)
    check_size(len(text), settings.limits, origin=name)
    kind = detect_format(name, text) if fmt is InputFormat.auto else fmt.value
    base = RawDocument(text="", origin=name, published=published_date)
    # As ingest: a bad JSON Lines line costs only itself. The good lines are analysed,
    # each bad one is listed with its file:line, and the exit code is 1 (2 when nothing
    # at all could be read, the one error raised as is).
    batch = read_batch(text, base, fmt=kind)
    docs = [item for item in batch if isinstance(item, RawDocument)]
    failures = [item for item in batch if isinstance(item, InputError)]
    if not docs and failures:
        _print_skipped(failures[:-1])
        raise failures[-1]
    lex = _load_lexicon(lexicon)
    results: list[dict[str, Any]] = []
    analyses = []
    all_warnings: list[InputWarning] = list(decoded)
    for doc in docs:
        # Offsets count from the input without its terminal control, the text ingest
        # stores (RawDocument); a header block (Title:, Outlet:, Published: …) opening it
        # is metadata, left out by the analysis itself (``analyze``), as ingest leaves it.
        analysed_text = strip_terminal_control(text) if kind == "text" else doc.text
        result = run_analysis(
            analysed_text,
            lexicon=lex,
            threshold=threshold,
            published=doc.published,
            max_sentence_chars=settings.limits.max_sentence_chars,
        )
        # Given no title, author or date, a document takes its headline line, its
        # byline's author and its dateline's day, as ingest stores them (analysis has
        # dated and anchored the text by its dateline already).
        doc = credited_document(doc, result.credits)
        data = result.to_dict()
        # What reading placed in the input beyond its decoding (a numeral too long to
        # read: RawDocument.with_numeral_warnings), the same lines `ingest` prints.
        warnings = [w for w in doc.warnings if w not in decoded]
        # A line of a batch lists the decoding warnings of its own line; a whole input
        # all of them.
        own = [w for w in decoded if doc.line is None or w.line == doc.line]
        data["warnings"] = [w.to_dict() for w in [*own, *warnings]]
        all_warnings.extend(warnings)
        data["document"] = _document_dict(doc)
        if kind != "text":
            data["text"] = doc.text  # offsets index the extracted text, not the markup
        results.append(data)
        analyses.append(result)
    if as_json:
        if kind == "jsonl":
            for data in results:
                sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")
        else:
            _print_json(results[0])
    else:
        out = _out()
        for doc, result in zip(docs, analyses, strict=True):
            if len(docs) > 1 or failures:
                out.print(f"[bold]{escape(doc.origin or name)}[/]")
            _render_analysis(result)
    _print_warnings(all_warnings)
    if failures:
        _print_skipped(failures)
        raise typer.Exit(1)


def _document_dict(doc: RawDocument) -> dict[str, Any]:
    return {
        "origin": doc.origin,
        "format": doc.format,
        "source": doc.source,
        "title": doc.title,
        "author": doc.author,
        "published": doc.published.isoformat() if doc.published else None,
        "url": doc.url,
    }


def _render_analysis(result: Any) -> None:
    out = _out()
    out.print(
        f"{counted(len(result.sentences), 'sentence')}, {counted(len(result.claims), 'claim')}"
    )
    table = Table()
    for col in ("#", "claim", "type", "score", "reasons", "markers"):
        table.add_column(col, overflow="fold")
    for i, c in enumerate(result.claims):
        r = c.to_dict()
        table.add_row(
            str(i),
            escape(r["text"]),
            r["type"],
            f"{r['checkworthiness']:.2f}" + (" ✓" if r["checkworthy"] else ""),
            escape(", ".join(r["reasons"])),
            escape(", ".join(f"{m['kind']}: {m['text']}" for m in r["markers"])),
        )
    out.print(table)
    if result.credits:
        credits = "; ".join(
            f"{c.kind}: {c.text}" + (f" ({c.outlet})" if c.outlet else "") for c in result.credits
        )
        out.print(f"provenance: {escape(credits)}")


@documents_app.command("delete")
def documents_delete(
    ctx: typer.Context,
    document_id: Annotated[int, typer.Argument(help="Document id (see `factcheck documents`).")],
    note: NoteOpt = None,
    reviewer: ReviewerOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Delete a document with its claims, matches, decisions and verdicts, in one go.

    Claims of other documents it supported or disputed get their status recomputed; the
    deletion is kept in the history.

    Example: factcheck documents delete 7 --note "ingested twice under two outlets"
    """
    from factcheck.corrections import delete_document

    result = delete_document(
        _store(ctx), document_id, reviewer=_reviewer(ctx, reviewer), reason=note
    )
    if as_json:
        _print_json(result)
        return
    changed = "; ".join(
        f"claim {cid} {before} → {after}"
        for cid, (before, after) in result["status_changed"].items()
    )
    _say(
        f"deleted document {document_id} ({result['source']}): "
        f"{counted(result['claims'], 'claim')}, {counted(result['matches'], 'match')}, "
        f"{counted(result['decisions'], 'decision')}, {counted(result['verdicts'], 'verdict')}"
        + (f"; {changed}" if changed else "")
    )


@documents_app.command("edit")
def documents_edit(
    ctx: typer.Context,
    document_id: Annotated[int, typer.Argument(help="Document id (see `factcheck documents`).")],
    title: Annotated[
        str | None, typer.Option(metavar="TITLE", help="Headline ('' clears).")
    ] = None,
    author: Annotated[str | None, typer.Option(metavar="NAME", help="Byline ('' clears).")] = None,
    published: Annotated[
        str | None, typer.Option(metavar="DATE", help="Publication date, YYYY-MM-DD ('' clears).")
    ] = None,
    url: Annotated[str | None, typer.Option(metavar="URL", help="Address ('' clears).")] = None,
    note: NoteOpt = None,
    reviewer: ReviewerOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Correct a document's title, author, publication date or URL (kept in the history).

    Example: factcheck documents edit 7 --published 2026-03-02 --note "date from the print edition"
    """
    from factcheck.corrections import edit_document

    changes: dict[str, Any] = {}
    for key, value in (("title", title), ("author", author), ("url", url)):
        if value is not None:
            changes[key] = value
    if published is not None:
        changes["published"] = parse_date(published, what="--published") if published else None
    result = edit_document(
        _store(ctx), document_id, changes, reviewer=_reviewer(ctx, reviewer), reason=note
    )
    if as_json:
        _print_json(result)
        return
    if not result["changed"]:
        _say(f"document {document_id}: nothing changed")
        return
    for key, (before, after) in result["changed"].items():
        _say(f"document {document_id}: {key} {before!r} → {after!r}")
    for cid, (before, after) in result["status_changed"].items():
        _say(f"claim {cid}: {before} → {after}")


# -- sources --------------------------------------------------------------------------------

sources_app = typer.Typer(
    help="Outlets: list them, group them by owner, note their reliability.\n\n"
    'Example: factcheck sources set "Midland Gazette" --owner-group "Northfield Media"',
    rich_markup_mode=None,
    invoke_without_command=True,
)
app.add_typer(sources_app, name="sources")


@sources_app.callback()
def sources_list(
    ctx: typer.Context,
    as_json: JsonOpt = False,
    csv: CsvOpt = False,
    tsv: TsvOpt = False,
    nl: NlOpt = False,
) -> None:
    """List outlets with their owner group and number of documents.

    Example: factcheck sources --csv
    """
    if ctx.invoked_subcommand is not None:
        return
    rows = _store(ctx).sources()
    if as_json:
        _print_json(rows)
        return
    if _rows_printed(rows, None, csv, tsv, nl):
        return
    if not rows:
        _explain_empty(ctx, "sources")
        return
    from factcheck.report.listing import Col, fitted_table

    cols = [
        Col("id", width=max(2, len(str(rows[-1]["id"]))), justify="right"),
        Col("name", ratio=2, least=14),
        Col("documents", width=9, justify="right"),
        Col("owner group", ratio=1, least=12, priority=2),
        Col("domain", ratio=1, least=12, priority=3),
        Col("note", ratio=2, least=12, priority=4),
    ]
    table_rows = [
        [
            str(r["id"]),
            escape(r["name"]),
            str(r["documents"]),
            escape(r["owner_group"] or ""),
            escape(r["domain"] or ""),
            escape(r["reliability_note"] or ""),
        ]
        for r in rows
    ]
    _print_listing(
        fitted_table(cols, table_rows, width=_out().width, title=counted(len(rows), "source")),
        len(rows),
    )


@sources_app.command("set")
def sources_set(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Outlet name as stored.")],
    owner_group: Annotated[
        str | None,
        typer.Option(
            help="Outlets sharing a group are not independent of each other ('' clears it)."
        ),
    ] = None,
    domain: Annotated[str | None, typer.Option(help="Web domain.")] = None,
    note: Annotated[
        str | None, typer.Option(metavar="NOTE", help="Reliability note ('' clears it).")
    ] = None,
    reviewer: ReviewerOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Set an outlet's owner group, domain or reliability note (kept in the history).

    Example: factcheck sources set "Harbour Wire" --owner-group "Coast Media"
    """
    changes: dict[str, Any] = {}
    if owner_group is not None:
        changes["owner_group"] = owner_group or None
    if domain is not None:
        changes["domain"] = domain or None
    if note is not None:
        changes["reliability_note"] = note or None
    if not changes:
        raise InputError("nothing to set: give --owner-group, --domain or --note")
    row = _store(ctx).update_source(name, **changes, reviewer=_reviewer(ctx, reviewer))
    if as_json:
        _print_json(row)
    else:
        _say(
            safe(
                f"{row['name']}: owner group {row['owner_group'] or '-'}, "
                f"domain {row['domain'] or '-'}, note {row['reliability_note'] or '-'}"
            )
        )


@sources_app.command("rename")
def sources_rename(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(metavar="OLD", help="Outlet name as stored.")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The name it should have.")],
    note: NoteOpt = None,
    reviewer: ReviewerOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Rename an outlet (to join two names of one outlet, use `sources merge`).

    Example: factcheck sources rename "Coastal wire" "Coastal Wire"
    """
    from factcheck.corrections import rename_source

    result = rename_source(_store(ctx), old, new, reviewer=_reviewer(ctx, reviewer), reason=note)
    if as_json:
        _print_json(result)
        return
    if result["unchanged"]:
        _say(f"source {result['new']!r} is already named so; nothing changed")
        return
    _say(f"renamed {result['old']!r} to {result['new']!r}")


@sources_app.command("merge")
def sources_merge(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(metavar="A", help="Outlet to merge away.")],
    into: Annotated[str, typer.Argument(metavar="B", help="Outlet that keeps the documents.")],
    note: NoteOpt = None,
    reviewer: ReviewerOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Move every document of outlet A to outlet B and drop A; independence is re-judged.

    Claims of A and B never corroborated each other, so statuses change where they did.

    Example: factcheck sources merge "Coastal Wire Online" "Coastal Wire"
    """
    from factcheck.corrections import merge_sources

    result = merge_sources(
        _store(ctx), source, into, reviewer=_reviewer(ctx, reviewer), reason=note
    )
    if as_json:
        _print_json(result)
        return
    changed = "; ".join(
        f"claim {cid} {before} → {after}"
        for cid, (before, after) in result["status_changed"].items()
    )
    _say(
        f"merged {result['source']!r} into {result['into']!r}: "
        f"{counted(len(result['documents']), 'document')} moved"
        + (f"; {changed}" if changed else "")
    )


# -- stories --------------------------------------------------------------------------------

stories_app = typer.Typer(
    help="Stories: documents grouped by the event they report on; show, merge, correct.\n\n"
    "Example: factcheck stories --limit 10",
    rich_markup_mode=None,
    invoke_without_command=True,
)
app.add_typer(stories_app, name="stories")


@stories_app.callback()
def stories_list(
    ctx: typer.Context,
    limit: Annotated[int | None, typer.Option(min=1, help="Show at most this many.")] = None,
    as_json: JsonOpt = False,
    csv: CsvOpt = False,
    tsv: TsvOpt = False,
    nl: NlOpt = False,
) -> None:
    """List stories, most recent first, with their outlets and claim counts.

    Example: factcheck stories --limit 10
    """
    if ctx.invoked_subcommand is not None:
        return
    rows = _store(ctx).stories(limit=limit)
    if as_json:
        _print_json(rows)
        return
    if _rows_printed(rows, None, csv, tsv, nl):
        return
    if not rows:
        _explain_empty(ctx, "stories")
        return
    from factcheck.report.listing import Col, fitted_table

    cols = [
        Col("id", width=max(2, max(len(str(r["id"])) for r in rows)), justify="right"),
        Col("story", ratio=3, least=24),
        Col("last", width=10),
        Col("claims", width=6, justify="right"),
        Col("disp.", priority=2, width=5, justify="right"),
        Col("corr.", priority=2, width=5, justify="right"),
        Col("outlets", priority=3, ratio=2, least=14),
        Col("first", priority=4, width=10),
    ]
    table_rows = [
        [
            str(r["id"]),
            escape(r["label"]),
            r["last_published"] or "",
            str(r["claim_count"]),
            f"[red]{r['statuses']['disputed']}[/]",
            f"[green]{r['statuses']['corroborated']}[/]",
            escape(f"{len(r['outlets'])}: " + ", ".join(r["outlets"])),
            r["first_published"] or "",
        ]
        for r in rows
    ]
    width = _out().width
    _print_listing(
        fitted_table(cols, table_rows, width=width, title=counted(len(rows), "story")), len(rows)
    )


def _why(why: dict[str, Any]) -> str:
    """Why a document is in its story, in words; a document placed again because a later
    one joined its story (``rejudged_by``, ``stories._rejudge_repeats``) says which."""
    said = _why_placed(why)
    if "rejudged_by" in why:
        said += f"; placed again when document {why['rejudged_by']} joined its story"
    return said


def _why_placed(why: dict[str, Any]) -> str:
    if "copy_of" in why:
        return f"near-copy of document {why['copy_of']}"
    if "merged_from" in why:
        return f"merged by a person from story {why['merged_from']}"
    if "moved_by" in why:
        return f"moved here by a {why['moved_by']}"
    if "rebuilding" in why:
        return f"waits for `stories rebuild` to finish (was in story {why['rebuilding']})"
    if why.get("new"):
        closest = why.get("closest")
        other = why.get("other_event")
        if other:
            differs = other.get("differs")
            if differs == "what happened":
                what = (
                    f"what happened differs ({', '.join(other.get('lead_kinds', []))} vs "
                    f"{', '.join(other.get('story_lead_kinds', []))})"
                )
            elif differs == "who" and other.get("shared_names"):
                what = (
                    "it names no one the story names, only the place "
                    f"{', '.join(other['shared_names'])}"
                )
            elif differs == "again":
                what = f"its lead reports another {', '.join(other.get('repeated_kinds', []))}"
            elif differs == "who":
                what = "its lead names other people or things"
            elif differs == "where":
                return (
                    f"started this story (another event than story {other['story_id']}: "
                    f"it happened elsewhere ({', '.join(other.get('lead_places', []))} vs "
                    f"{', '.join(other.get('story_lead_places', []))}))"
                )
            else:
                what = "its lead shares only places and generic words"
            return (
                f"started this story (another event than story {other['story_id']}: "
                f"{what}, {other.get('days_apart')} days apart)"
            )
        if closest:
            return (
                f"started this story (closest: story {closest['story_id']}, "
                f"score {closest['score']:.1f}, too few shared names or figures)"
            )
        return "started this story"
    shared = ", ".join(f"{t['term']} ({t['kind']})" for t in why.get("shared", [])[:8])
    return f"score {why.get('score', 0):.1f}; shares {shared}"


@stories_app.command("show")
def stories_show(
    ctx: typer.Context,
    story_id: Annotated[int, typer.Argument(help="Story id (see `factcheck stories`).")],
    as_json: JsonOpt = False,
    csv: CsvOpt = False,
    tsv: TsvOpt = False,
    nl: NlOpt = False,
) -> None:
    """One story: its documents, why each joined, and its claims with their status.

    --csv/--tsv/--nl print the story's claims (the columns of `export csv claims`).

    Example: factcheck stories show 3
    """
    story = _store(ctx).story(story_id)
    if as_json:
        _print_json(story)
        return
    if _rows_printed(story["claims"], "claims", csv, tsv, nl):
        return
    out = _out()
    out.print(f"[bold]Story {story['id']}[/]  {escape(story['label'])}")
    out.print(
        f"{counted(story['document_count'], 'document')} from "
        f"{counted(len(story['outlets']), 'outlet')}, {counted(story['claim_count'], 'claim')}"
    )
    from factcheck.report.listing import story_document_blocks

    documents = story["documents"]
    out.print()
    out.print(story_document_blocks(documents, [_why(d["why"]) for d in documents]))
    if story["claims"]:
        out.print()
        out.print(_claims_table(story["claims"], title=counted(story["claim_count"], "claim")))


@stories_app.command("merge")
def stories_merge(
    ctx: typer.Context,
    keep: Annotated[int, typer.Argument(help="Story to keep.")],
    other: Annotated[int, typer.Argument(help="Story whose documents move into it.")],
    note: NoteOpt = None,
    reviewer: ReviewerOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Merge story OTHER into KEEP; the moved documents' claims are matched again.

    Each moved document, and every status the merge changes, is kept in the history.

    Example: factcheck stories merge 3 5 --note "one fire, two names"
    """
    result = _store(ctx).merge_stories(
        keep, other, reviewer=_reviewer(ctx, reviewer), reason=note
    )
    if as_json:
        _print_json(result)
        return
    n_moved = len(result["moved_document_ids"])

    _say(
        f"story {other} merged into story {keep}: {counted(n_moved, 'document')} "
        f"({counted(result['moved_claim_count'], 'claim')}) moved; story {keep} now holds "
        f"{counted(result['document_count'], 'document')}, "
        f"{counted(result['claim_count'], 'claim')}"
    )


@stories_app.command("rename")
def stories_rename(
    ctx: typer.Context,
    story_id: Annotated[int, typer.Argument(help="Story id (see `factcheck stories`).")],
    label: Annotated[
        str | None,
        typer.Argument(help="The story's new label; kept until changed again."),
    ] = None,
    automatic: Annotated[
        bool,
        typer.Option(
            "--auto", help="Drop a person's label: label the story from its shared terms again."
        ),
    ] = False,
    note: NoteOpt = None,
    reviewer: ReviewerOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Name a story (shown by `stories`, `report`); or --auto to label it automatically.

    The rename is kept in the history of each of the story's claims.

    Example: factcheck stories rename 3 "Kestrow levee breach" --note "the usual name"
    """
    if (label is None) == (not automatic):
        raise InputError("give either a LABEL or --auto")
    story = _store(ctx).rename_story(
        story_id,
        None if automatic else label,
        reviewer=_reviewer(ctx, reviewer),
        reason=note,
    )
    if as_json:
        _print_json(story)
        return
    if story["unchanged"]:
        _say(
            f"story {story['id']} is already labelled: {safe(story['label'], newlines=False)}; "
            "nothing changed"
        )
        return
    _say(f"story {story['id']} is now labelled: {safe(story['label'], newlines=False)}")


@stories_app.command("rebuild")
def stories_rebuild(
    ctx: typer.Context,
    rematch: Annotated[
        bool,
        typer.Option(
            "--rematch/--no-rematch",
            help="Match every claim again afterwards so matches and statuses follow the new "
            "stories (default), or leave that to a later `factcheck rematch --all`.",
        ),
    ] = True,
    as_json: JsonOpt = False,
) -> None:
    """Assign every document to a story afresh with the current [stories] settings.

    Stories a person shaped (moved or merged a document into) are kept whole. Commits as
    it goes; after an interruption, run it again to resume.

    Example: factcheck stories rebuild --no-rematch
    """
    store = _store(ctx)
    # One live display with a line per phase (rich allows one live display at a time).
    with _progress_bar() as bar:
        assigning = bar.add_task("assigning stories", total=None)
        matching = bar.add_task("matching", total=None, visible=False)
        summary = store.rebuild_stories(
            rematch=rematch,
            progress=lambda done, total: bar.update(assigning, completed=done, total=total),
            match_progress=lambda done, total: bar.update(
                matching, completed=done, total=total, visible=True
            ),
        )
    if as_json:
        _print_json(summary)
        return
    resumed = (
        f" (resumed after document {summary['resumed_after']})"
        if summary["resumed_after"] is not None
        else ""
    )
    typer.echo(
        f"{counted(summary['documents'], 'document')} in {counted(summary['stories'], 'story')} "
        f"(were {summary['stories_before']}){resumed}: {summary['moved']} changed story, "
        f"{summary['renumbered']} kept their story under a new id, "
        f"{summary['kept_by_person']} kept where a person put them, "
        f"{summary['unplaced']} outside any story"
    )
    matched = summary["rematch"]
    if matched is not None:
        typer.echo(
            f"{counted(matched['claims'], 'claim')}, {counted(matched['matches'], 'match')}, "
            f"{counted(matched['status_changed'], 'status')} changed"
        )
    else:
        typer.echo("matches unchanged: run `factcheck rematch --all` to follow the new stories")


# -- matching -------------------------------------------------------------------------------


@app.command()
def compare(
    ctx: typer.Context,
    claims_: Annotated[
        list[str] | None,
        typer.Argument(metavar="[A B]", help="Two claims to compare."),
    ] = None,
    pairs: Annotated[
        Path | None,
        typer.Option(
            "--pairs",
            help='JSON Lines of {"a", "b"[, "label"]}: one result per line, in order '
            "(- reads standard input).",
        ),
    ] = None,
    evaluate: Annotated[
        bool,
        typer.Option(
            "--evaluate",
            help="With labelled --pairs: print accuracy, per-relation precision/recall and "
            "the confusion table instead of the results.",
        ),
    ] = False,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain",
            help="Also show how each claim was read (subject, measure, figures, time, "
            "place, polarity) and the score bands that decided (JSON: frames, "
            "thresholds).",
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Decide whether two claims corroborate, conflict or are unrelated, and why.

    Example: factcheck compare --explain "Twelve people died." "At least 15 people died."
    """
    from factcheck.match import relation as cmp

    config = _settings(ctx).match
    if pairs is None:
        if not claims_ or len(claims_) != 2:
            raise InputError("compare takes two claims (A B) or --pairs FILE")
        if evaluate:
            raise InputError("--evaluate needs --pairs with labels")
        a, b = claims_
        result = (
            cmp.explain(a, b, config=config)
            if explain
            else cmp.compare(a, b, config=config).to_dict()
        )
        if as_json:
            _print_json(result)
        else:
            _render_comparison(result)
        return
    if claims_:
        raise InputError("give either two claims or --pairs, not both")
    if evaluate and explain:
        raise InputError("--explain shows single results: leave it out with --evaluate")
    rows = list(_read_pairs(pairs))
    results = list(cmp.compare_pairs(rows, config=config, explained=explain))
    if evaluate:
        labels = [r.get("label") for r in rows]
        if any(label is None for label in labels):
            raise InputError('--evaluate needs a "label" on every line')
        try:
            report = cmp.evaluate(results, labels)
        except ValueError as exc:
            raise InputError(str(exc)) from None
        if as_json:
            _print_json(report)
        else:
            _render_evaluation(report)
        return
    for result in results:
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")


def _read_pairs(path: Path) -> Any:
    from factcheck.encoding import decode
    from factcheck.match.relation import normalize_label
    from factcheck.read import iter_jsonl, read_bytes

    name = "<stdin>" if str(path) == "-" else str(path)
    data = sys.stdin.buffer.read() if name == "<stdin>" else read_bytes(path)
    for number, row in iter_jsonl(decode(data, name), name):
        if not all(isinstance(row.get(k), str) for k in "ab"):
            raise InputError(f'{name}:{number}: each line needs "a" and "b" strings')
        if row.get("label") is not None:
            try:
                normalize_label(row["label"])
            except ValueError as exc:
                raise InputError(str(exc), origin=name, line=number) from None
        yield row


def _render_comparison(result: dict[str, Any]) -> None:
    out = _out()
    colour = RELATION_STYLE.get(result["relation"], "")
    review = "  (needs review)" if result.get("needs_review") else ""
    out.print(f"[bold {colour}]{result['relation']}[/]  score {result['score']:.2f}{review}")
    for part in result.get("parts", []):
        weight = f"{part['weight']:+.2f}" if part["weight"] else "     "
        detail = f": {part['detail']}" if part["detail"] else ""
        out.print(f"  {weight}  {escape(part['name'] + detail)}")
    if "frames" in result:
        _render_explanation(out, result)


def _render_explanation(out: Console, result: dict[str, Any]) -> None:
    """What ``compare --explain`` adds: each claim's frame, then the score bands."""
    from factcheck.match.frames import Frame

    for side in ("a", "b"):
        data = result["frames"][side]
        table = Table(title=f"claim {side.upper()} read as", show_header=False)
        table.add_column(style="bold")
        table.add_column(overflow="fold")
        rows = Frame.from_dict(data, data.get("text", "")).describe()
        for slot, value in rows or [("(nothing read)", "")]:
            table.add_row(slot, escape(value))
        out.print()
        out.print(table)
    bands = result["thresholds"]
    out.print()
    out.print(
        f"score bands: decided from {bands['review']:.2f}, without review from "
        f"{bands['auto']:.2f}; a disagreement counts from {bands['conflict']:.2f}; a "
        f"conflict the frames pin is decided from {bands['conflict_review']:.2f}, "
        f"without review from {bands['conflict_auto']:.2f}",
        soft_wrap=False,
    )


def _render_evaluation(report: dict[str, Any]) -> None:
    out = _out()
    out.print(f"pairs: {report['n']}  accuracy: {report['accuracy']:.3f}")
    table = Table(title="per relation")
    for col in ("relation", "precision", "recall", "f1", "support", "predicted"):
        table.add_column(col, justify="right" if col != "relation" else "left")

    def fmt(value: float | None) -> str:
        return "–" if value is None else f"{value:.3f}"

    for rel, m in report["per_relation"].items():
        table.add_row(
            rel,
            fmt(m["precision"]),
            fmt(m["recall"]),
            fmt(m["f1"]),
            str(m["support"]),
            str(m["predicted"]),
        )
    out.print(table)
    confusion = Table(title="confusion (rows: label, columns: predicted)")
    relations = list(report["confusion"])
    confusion.add_column("label")
    for rel in relations:
        confusion.add_column(rel, justify="right")
    for gold in relations:
        confusion.add_row(gold, *(str(report["confusion"][gold][p]) for p in relations))
    out.print(confusion)


@app.command()
def matches(
    ctx: typer.Context,
    claim_id: Annotated[
        int, typer.Argument(help="Claim id (see `factcheck claims`).")
    ],
    as_json: JsonOpt = False,
    csv: CsvOpt = False,
    tsv: TsvOpt = False,
    nl: NlOpt = False,
) -> None:
    """The claims a claim matches in other documents: relation, score and reasons.

    Example: factcheck matches 12 --tsv
    """
    store = _store(ctx)
    store.require(claim=claim_id)
    claim = store.claims(ids=[claim_id])
    found = store.matches(claim_id)
    from factcheck.review import match_notes

    # Notes left with `note --match` (the audit log keeps them) belong beside their match.
    notes = match_notes(store, [m["match_id"] for m in found])
    for m in found:
        m["notes"] = notes.get(m["match_id"], [])
    if as_json:
        _print_json(found)
        return
    if _rows_printed(found, None, csv, tsv, nl):
        return
    out = _out()
    style = STATUS_STYLE.get(claim[0]["status"], "")
    out.print(
        f"[bold]Claim {claim_id}[/] ({escape(claim[0]['source'])}) "
        f"[{style}]{claim[0]['status']}[/]: {escape(claim[0]['text'])}"
    )
    if not found:
        out.print("no matches in other documents")
        return
    from factcheck.report.listing import match_blocks

    out.print(match_blocks(found))


@app.command()
def rematch(
    ctx: typer.Context,
    everything: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Rebuild the candidate index and match every claim afresh, not only "
            "re-decide the stored pairs.",
        ),
    ] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            help="With --all only (refused without it): processes that decide matches while "
            "this one writes them in order (default: all cores for 300 documents or more). "
            "The result is the same for any number.",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Recompute matches and statuses after changing thresholds or lexicons.

    Example: factcheck rematch --all
    """
    if workers is not None and not everything:
        # Re-deciding stored pairs runs in one transaction of this process: a worker count
        # would be silently ignored, so it is refused as the mistake it is.
        raise InputError("--workers needs --all: only rematch --all decides in worker processes")
    store = _store(ctx)
    with _progress_callback("matching" if everything else "re-deciding pairs") as progress:
        summary = store.rematch(everything=everything, progress=progress, workers=workers)
    if as_json:
        _print_json(summary)
        return
    assigned = summary.get("stories_assigned")
    typer.echo(
        f"{counted(summary['claims'], 'claim')}, {counted(summary['matches'], 'match')}, "
        f"{counted(summary['status_changed'], 'status')} changed"
        + (
            f"; {counted(assigned, 'document')} stored before stories got one"
            if assigned
            else ""
        )
    )


@app.command()
def rescore(
    ctx: typer.Context,
    threshold: Annotated[
        float | None,
        typer.Option(
            min=0.0,
            max=1.0,
            help="Check-worthiness threshold [default: [claims] checkworthy_threshold "
            "of the config file, else 0.5].",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Score stored claims again after an upgrade or a threshold change.

    Example: factcheck rescore --threshold 0.6
    """
    threshold = _checkworthy_threshold(ctx, threshold)
    store = _store(ctx)
    with _progress_callback("scoring") as progress:
        summary = store.rescore(threshold=threshold, progress=progress)
    if as_json:
        _print_json(summary)
        return
    typer.echo(
        f"{counted(summary['claims'], 'claim')}, {summary['changed']} rescored, "
        f"{summary['checkworthy']} check-worthy"
    )


# -- report ---------------------------------------------------------------------------------


class ReportFormat(StrEnum):
    table = "table"
    md = "md"
    html = "html"
    csv = "csv"
    tsv = "tsv"
    json = "json"


@app.command()
def report(
    ctx: typer.Context,
    story: Annotated[
        int | None,
        typer.Option(metavar="STORY_ID", help="Only this story (see `factcheck stories`)."),
    ] = None,
    story_title: Annotated[
        str | None,
        typer.Option(
            metavar="TITLE",
            help="Only the story with this whole title (any case), as `stories` shows it.",
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option(metavar="OUTLET", help="Only facts this outlet reports (exact)."),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(
            metavar="DATE",
            help="Only documents published on or after DATE (YYYY-MM-DD), and the facts"
            " their claims are part of, with every side of them however old.",
        ),
    ] = None,
    status: Annotated[
        list[ClaimStatus] | None,
        typer.Option(help="Only facts and claims with this status (repeatable)."),
    ] = None,
    fmt: Annotated[
        ReportFormat,
        typer.Option(
            "--format", "-f", help="table for people; md, html, csv, tsv, json for files."
        ),
    ] = ReportFormat.table,
    output: OutputOpt = None,
) -> None:
    """Where each fact stands: who states it, who contradicts it, what waits for review.

    Example: factcheck report --status disputed --format html -o report.html
    """
    from factcheck.report import ReportFilter, gather_report, render_report

    flt = ReportFilter(
        story=story,
        story_title=story_title,
        source=source,
        since=parse_date(since, what="--since date"),
        statuses=tuple(s.value for s in status or ()),
    )
    result = gather_report(_store(ctx), flt, with_text=fmt is ReportFormat.html)
    text = render_report(result, fmt.value, width=_out().width if _to_stdout(output) else None)
    _write_output(text, output)
    if not any(result.status_counts.values()):
        # The (empty) report is still written, for scripts; people are told why.
        _explain_empty(
            ctx,
            "facts or claims",
            command="report",
            source=source,
            story=story,
            story_title=story_title,
            since=since,
            status=", ".join(flt.statuses) or None,
        )


export_app = typer.Typer(
    help="Files for other tools: ClaimReview JSON-LD, CSV/TSV/JSON Lines tables."
    "\n\nExample: factcheck export csv claims -o claims.csv",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(export_app, name="export")


class ExportTable(StrEnum):
    claims = "claims"
    matches = "matches"
    documents = "documents"


TableArg = Annotated[
    ExportTable, typer.Argument(metavar="TABLE", help="claims, matches or documents.")
]


@export_app.command("claimreview")
def export_claimreview(
    ctx: typer.Context,
    output: OutputOpt = None,
    publisher: Annotated[
        str | None,
        typer.Option(
            metavar="NAME",
            help="Your organisation, the reviews' author [default: [claimreview] publisher "
            "in the config, else the reviewer].",
        ),
    ] = None,
    review_url: Annotated[
        str | None,
        typer.Option(
            "--url-template",
            "--review-url",
            metavar="TEMPLATE",
            help="Address of each review's own page on your site, {claim_id} filled in, e.g. "
            "'https://desk.example/checks/{claim_id}' [default: [claimreview] url_template "
            "in the config; without one, reviews have no url].",
        ),
    ] = None,
) -> None:
    """schema.org ClaimReview JSON-LD (a list) for every claim with a verdict.

    Each review's url is your fact-check's page (--url-template); the verdict's evidence
    is cited in `citation`.

    Example: factcheck export claimreview --url-template 'https://desk.example/c/{claim_id}'
    """
    from factcheck.report import gather_report
    from factcheck.report.export import check_review_url_template, claim_reviews
    from factcheck.review import check_publisher

    settings = _settings(ctx)
    if review_url is not None:
        try:
            check_review_url_template(review_url)
        except ValueError as exc:
            raise InputError(f"--url-template {exc}") from None
    review_url = review_url or settings.review_url_template
    reviews = claim_reviews(
        gather_report(_store(ctx), with_text=False),
        publisher=check_publisher(publisher) if publisher is not None else settings.publisher,
        review_url=review_url,
    )
    if not reviews:
        _err().print("no verdicts yet: record one with `factcheck verdict CLAIM_ID RATING`")
    elif review_url is None:
        _err().print(
            escape(
                "note: the reviews have no url (the page of your fact-check); give "
                "--url-template 'https://…/{claim_id}' or set [claimreview] url_template"
            )
        )
    _write_output(json.dumps(reviews, ensure_ascii=False, indent=2) + "\n", output)


def _export_rows(ctx: typer.Context, table: ExportTable, fmt: str, output: Path | None) -> None:
    from factcheck.report.export import export_table

    _write_output(export_table(_store(ctx), table.value, fmt), output)


@export_app.command("csv")
def export_csv(ctx: typer.Context, table: TableArg, output: OutputOpt = None) -> None:
    """A table as CSV with a header row (columns in the README, "Exports").

    Example: factcheck export csv claims -o claims.csv
    """
    _export_rows(ctx, table, "csv", output)


@export_app.command("tsv")
def export_tsv(ctx: typer.Context, table: TableArg, output: OutputOpt = None) -> None:
    """A table as tab-separated values, one record a line.

    Example: factcheck export tsv matches | cut -f1,4
    """
    _export_rows(ctx, table, "tsv", output)


@export_app.command("jsonl")
def export_jsonl(ctx: typer.Context, table: TableArg, output: OutputOpt = None) -> None:
    """A table as JSON Lines: one JSON object a line, same keys as the CSV columns.

    Example: factcheck export jsonl documents -o documents.jsonl
    """
    _export_rows(ctx, table, "jsonl", output)


def _to_stdout(output: Path | None) -> bool:
    """Whether an ``-o``/``--output`` value means standard output: none given, or ``-``
    (as ``ingest -`` and ``analyze -`` read standard input), never a file named "-"."""
    return output is None or str(output) == "-"


def _write_output(text: str, output: Path | None) -> None:
    """Write to FILE (whole, or not at all) or stdout (no FILE, or ``-``)."""
    if output is None or _to_stdout(output):
        sys.stdout.write(text)
        return
    tmp = output.with_name(output.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{output}: cannot write ({exc.strerror})") from None
    _err().print(f"wrote {escape(str(output))}")


# -- review ---------------------------------------------------------------------------------


class Decision(StrEnum):
    corroborates = "corroborates"
    conflicts = "conflicts"
    unrelated = "unrelated"


# factcheck.review.RATINGS, spelled out so that `--help` stays light (a test keeps them equal).
class Rating(StrEnum):
    true = "true"
    false = "false"
    misleading = "misleading"
    unproven = "unproven"
    needs_context = "needs-context"


class MarkerKind(StrEnum):
    hedge = "hedge"
    booster = "booster"
    approximator = "approximator"
    attribution = "attribution"
    weasel = "weasel"


ReviewerOpt = Annotated[
    str | None,
    typer.Option(
        metavar="NAME",
        help="Who decides [default: [review] reviewer of the config file, else the OS user].",
    ),
]
NoteOpt = Annotated[str | None, typer.Option(metavar="NOTE", help="Why: kept in the history.")]


def _reviewer(ctx: typer.Context, given: str | None) -> str:
    from factcheck.review import check_reviewer, default_reviewer

    if given is not None:
        return check_reviewer(given, where="--reviewer")
    return default_reviewer(_settings(ctx).reviewer)


def _status_change(claims: list[dict[str, Any]]) -> str:
    parts = []
    for c in claims:
        if c["status_before"] == c["status"]:
            parts.append(f"claim {c['id']} stays {c['status']}")
        else:
            parts.append(f"claim {c['id']} {c['status_before']} → {c['status']}")
    return "; ".join(parts)


@app.command()
def decide(
    ctx: typer.Context,
    match_id: Annotated[
        int,
        typer.Argument(help="Match id (see `factcheck matches CLAIM_ID`)."),
    ],
    decision: Annotated[Decision, typer.Argument(help="What the two claims really do.")],
    note: NoteOpt = None,
    reviewer: ReviewerOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Decide a match: corroborates, conflicts or unrelated. Overrides matching.

    Both claims' statuses follow at once; the decision survives rematch and is kept in
    the history with who, when and why.

    Example: factcheck decide 17 conflicts --note "police figure is 12"
    """
    from factcheck.review import decide as decide_match

    result = decide_match(
        _store(ctx), match_id, decision.value, reviewer=_reviewer(ctx, reviewer), note=note
    )
    if as_json:
        _print_json(result)
        return
    if result["unchanged"]:
        _say(
            f"match {match_id} is already decided {result['decision']} "
            f"(by {result['reviewer']}); nothing changed"
        )
        return
    was = result["previous_decision"] or f"matching said {result['automatic_relation']}"
    also = result["also_decided"]
    _say(
        f"match {match_id}: {result['decision']} (was: {was}), by {result['reviewer']}; "
        + _status_change(result["claims"])
        + (
            f"; also decided match{'es' if len(also) > 1 else ''} "
            f"{', '.join(map(str, also))} (the same words in a reprint)"
            if also
            else ""
        )
    )


@app.command()
def verdict(
    ctx: typer.Context,
    claim_id: Annotated[
        int, typer.Argument(help="Claim id (see `factcheck claims`).")
    ],
    rating: Annotated[Rating, typer.Argument(help="The desk's rating of the claim.")],
    note: NoteOpt = None,
    evidence: Annotated[
        list[str] | None,
        typer.Option(
            metavar="URL", help="Link to what settles it (http or https); one per verdict."
        ),
    ] = None,
    reviewer: ReviewerOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Record a verdict on a claim: true, false, misleading, unproven or needs-context.

    A new verdict replaces the current one; earlier ones stay in the history.

    Example: factcheck verdict 42 false --note "coroner: 12 dead" --evidence https://…
    """
    from factcheck.review import give_verdict

    if evidence and len(evidence) > 1:
        # A verdict stores one evidence link (README: ``evidence`` = ``[evidence_url]``);
        # taking the last one silently would drop the others.
        raise InputError(
            f"give one --evidence URL, not {len(evidence)} (a verdict keeps one link; "
            "add the others with `factcheck note`)"
        )
    result = give_verdict(
        _store(ctx),
        claim_id,
        rating.value,
        reviewer=_reviewer(ctx, reviewer),
        note=note,
        evidence_url=evidence[0] if evidence else None,
    )
    if as_json:
        _print_json(result)
        return
    if result["unchanged"]:
        _say(
            f"claim {claim_id} already has the verdict {result['rating']} "
            f"(by {result['reviewer']}); nothing changed"
        )
        return
    was = f" (was {result['previous_rating']})" if result["previous_rating"] else ""
    _say(f"claim {claim_id}: {result['rating']}{was}, by {result['reviewer']}")


@app.command()
def note(
    ctx: typer.Context,
    claim_id: Annotated[
        int, typer.Argument(help="Claim id (see `factcheck claims`).")
    ],
    text: Annotated[str, typer.Argument(metavar="TEXT", help="The note.")],
    match: Annotated[
        int | None,
        typer.Option(
            "--match",
            metavar="MATCH_ID",
            help="The note is about this match of the claim (in both claims' histories).",
        ),
    ] = None,
    reviewer: ReviewerOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Add a note to a claim's history (it changes nothing else).

    Example: factcheck note 42 "asked the coroner's office, reply due Friday"
    """
    from factcheck.review import add_note

    entry = add_note(
        _store(ctx), claim_id, text, reviewer=_reviewer(ctx, reviewer), match_id=match
    )
    if as_json:
        _print_json(entry)
        return
    about = f" on match {match}" if match is not None else ""
    _say(f"claim {claim_id}: note{about} added by {entry['reviewer']}")


@app.command()
def history(
    ctx: typer.Context,
    claim_id: Annotated[
        int, typer.Argument(help="Claim id (see `factcheck claims`).")
    ],
    as_json: JsonOpt = False,
    csv: CsvOpt = False,
    tsv: TsvOpt = False,
    nl: NlOpt = False,
) -> None:
    """Every change to a claim: what, who, when and why, oldest first.

    Decisions on its matches, verdicts, notes, and corrections of its document and outlet.

    Example: factcheck history 42
    """
    from factcheck.review import history as claim_history

    entries = claim_history(_store(ctx), claim_id)
    if as_json:
        _print_json(entries)
        return
    # In CSV/TSV the before and after values are JSON, as in the audit_log table.
    flat = [
        {
            **e,
            "old": None if e["old"] is None else json.dumps(e["old"], ensure_ascii=False),
            "new": None if e["new"] is None else json.dumps(e["new"], ensure_ascii=False),
        }
        for e in entries
    ]
    if _rows_printed(entries if nl else flat, None, csv, tsv, nl):
        return
    out = _out()
    if not entries:
        out.print(f"claim {claim_id}: no decisions, verdicts, notes or corrections yet")
        return
    _print_listing(_history_blocks(claim_id, entries), 3 * len(entries))


def _history_blocks(claim_id: int, entries: list[dict[str, Any]]) -> Any:
    """The history as blocks that read at 80 columns, like ``matches``: a head line (id,
    when, who, what kind of change), then what happened in words and why, indented under
    the head and wrapped under their own column. A deleted claim's history says so first.
    Lines are wrapped here, to the width rich renders at, so none carries trailing spaces
    (a grid would pad every cell to its column)."""
    from rich.console import ConsoleOptions, Group, RenderResult
    from rich.text import Text

    from factcheck.audit import describe, is_claim_deletion

    indent = max(len(f"#{e['id']}") for e in entries) + 1

    class Block:
        def __init__(self, entry: dict[str, Any]) -> None:
            self.entry = entry

        def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
            e = self.entry
            width = max(options.max_width, indent + 20)
            pad = " " * indent
            when = _local_time(e["recorded_at"])
            ident = f"#{e['id']}".ljust(indent)
            rest = safe(f" · {e['action']} · {e['reviewer']}", newlines=False)
            if len(ident) + len(when) + len(rest) <= width:
                head = Text(ident, style="dim")
                head.append(when, style="bold")
                head.append(rest)
                yield head
            else:
                for line in _wrap(ident + when + rest, width, "", pad):
                    yield Text(line, no_wrap=True, overflow="ignore")
            for line in _wrap(safe(describe(e), newlines=False), width, pad, pad):
                yield Text(line, no_wrap=True, overflow="ignore")
            if e["reason"]:
                why = safe(e["reason"], newlines=False)
                lines = _wrap(why, width, pad + "why ", pad + "    ")
                first = Text(pad, no_wrap=True, overflow="ignore")
                first.append("why", style="dim")
                first.append(lines[0][indent + 3 :])
                yield first
                for line in lines[1:]:
                    yield Text(line, no_wrap=True, overflow="ignore")

    parts: list[Any] = []
    deleted = next((e for e in reversed(entries) if is_claim_deletion(e, claim_id)), None)
    if deleted is not None:
        parts.append(
            Text(
                safe(
                    f"claim {claim_id} was deleted with document {deleted['document_id']} on "
                    f"{deleted['recorded_at'][:10]} by {deleted['reviewer']}; its history:",
                    newlines=False,
                ),
                style="bold",
            )
        )
    parts += [Block(e) for e in entries]
    return Group(*parts)


def _local_time(stamp: str) -> str:
    """A stored UTC timestamp ("2026-03-02T14:05:09.123Z") as the reader's local time with
    its UTC offset, to the second ("2026-03-02 15:05:09+01:00"): ISO 8601 that says which
    zone it is in, so a desk in two time zones reads one instant."""
    from datetime import UTC, datetime

    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().isoformat(sep=" ", timespec="seconds")


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    """``text`` wrapped to ``width`` columns, the first line starting with ``first`` and
    the others with ``rest``; a word longer than a line (a URL) is never cut: it gets a
    line of its own, longer than ``width`` (print it with ``no_wrap``, as
    ``terminal.unbroken_line`` does), so it can be copied or clicked whole."""
    import textwrap

    return textwrap.wrap(
        text,
        width,
        initial_indent=first,
        subsequent_indent=rest,
        break_on_hyphens=False,
        break_long_words=False,
    ) or [first.rstrip()]


@app.command("review")
def review_command(
    ctx: typer.Context,
    next_only: Annotated[
        bool, typer.Option("--next", help="Print the most urgent item and stop.")
    ] = False,
    story: Annotated[
        int | None,
        typer.Option(help="Only claims of this story (see `factcheck stories`)."),
    ] = None,
    source: Annotated[str | None, typer.Option(help="Only claims of this outlet.")] = None,
    document: Annotated[
        int | None, typer.Option(help="Only this document id.")
    ] = None,
    status: Annotated[
        ClaimStatus | None, typer.Option(help="Only claims with this status.")
    ] = None,
    marker: Annotated[
        MarkerKind | None, typer.Option(help="Only claims carrying a marker of this kind.")
    ] = None,
    reviewer: ReviewerOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Work through the claims that most need a person, one key per action.

    Held matches that would dispute a claim come first, then other held matches, then
    check-worthy unverified claims that are hedged or rest on unnamed sources. Keys:
    c corroborates, x conflicts, u unrelated, v verdict, n note, o open the article,
    s skip, q quit.

    Example: factcheck review --source "Coast Radio";  factcheck review --next --json
    """
    from factcheck import review as rv

    filters: dict[str, Any] = {
        "story": story,
        "source": source,
        "document": document,
        "status": status.value if status else None,
        "marker": marker.value if marker else None,
    }
    store = _store(ctx)
    if next_only or as_json:
        if not next_only:
            raise InputError("--json needs --next: the interactive queue is for people")
        found = rv.next_item(store, **filters)
        if as_json:
            _print_json(found)
            return
        if found is None:
            from factcheck.review_session import filter_words

            _say(f"nothing waits for review{filter_words(filters)}")
            return
        from factcheck.review_session import render_item

        render_item(_out(), found)
        return
    from factcheck.review_session import Session

    Session(store, _out(), reviewer=_reviewer(ctx, reviewer), filters=filters).run()


# -- demo -----------------------------------------------------------------------------------


@app.command()
def demo(
    ctx: typer.Context,
    keep: Annotated[
        bool, typer.Option("--keep", help="Add to the demo database instead of starting afresh.")
    ] = False,
    html: Annotated[
        Path | None,
        typer.Option("--html", metavar="FILE", help="Also write the HTML report to FILE."),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Ingest the bundled articles (four outlets, one fire) and report what they say.

    Uses its own database (demo.sqlite3 beside the default one) unless --db is given, so
    trying the demo never mixes invented articles into real work.

    Example: factcheck demo --html demo-report.html
    """
    from factcheck.demo import demo_db_url, next_commands, run_demo
    from factcheck.report import gather_report, render_terminal, to_html

    if html is not None and _to_stdout(html):
        # Standard output carries the demo's own report (or its JSON).
        raise InputError("--html needs a file name: the demo prints its report on stdout")
    root = ctx.find_root().ensure_object(dict)
    explicit = root.get("db") if root.get("db_from_command_line") else None
    url = explicit or demo_db_url(fresh=not keep)
    results, rows, store_url = run_demo(url)
    store = _store_at(ctx, store_url)
    report_ = gather_report(store, with_text=html is not None)
    if html is not None:
        _write_output(to_html(report_, title="factcheck demo: the Orlan Bay fire"), html)
    if as_json:
        _print_json(
            {
                "database": store_url,
                "documents": results,
                "claims": rows,
                "report": report_.to_dict(),
            }
        )
        return
    out = _out()
    copies = sum(1 for r in results if r.get("copy_of"))
    out.print(
        f"Ingested {counted(len(results), 'article')} from "
        f"{counted(len({r['source'] for r in results}), 'outlet')}, "
        f"{counted(sum(r['claims'] for r in results), 'claim')}"
        + (f"; {copies} is a copy of another" if copies == 1 else "")
        + (f"; {copies} are copies" if copies > 1 else "")
        + ".\n",
        soft_wrap=True,
    )
    render_terminal(
        report_, out, max_facts=6, max_unverified=3, sections=("facts", "unverified", "copies")
    )
    held = sum(f.pending_reviews for f in report_.facts)
    out.print()
    if held:
        out.print(
            f"{counted(held, 'match')} {'waits' if held == 1 else 'wait'} "
            f"for a person to decide {'it' if held == 1 else 'them'}."
        )
    out.print("The demo has its own database; keep its path in a shell variable:")
    out.print(f"  DEMO={escape(shlex.quote(_demo_db_words(store_url)))}", soft_wrap=True)
    out.print("Next, try:")
    commands = next_commands('"$DEMO"', report_, has_review="review" in _command_names())
    width = max(len(c) for c, _ in commands)
    for command, why in commands:
        out.print(f"  {escape(command):<{width}}  [dim]{escape(why)}[/]", soft_wrap=True)


def _store_at(ctx: typer.Context, url: str) -> Any:
    from factcheck.store import Store

    return Store(url, match_config=_settings(ctx).match)


def _demo_db_words(url: str) -> str:
    """A SQLite URL as the plain path `--db` also takes (shorter to type)."""
    from factcheck.store import _sqlite_path

    path = _sqlite_path(url)
    return str(path) if path is not None else url


def _command_names() -> set[str]:
    import typer.main

    return set(getattr(typer.main.get_command(app), "commands", {}))


# -- database -------------------------------------------------------------------------------


@db_app.command("upgrade")
def db_upgrade(ctx: typer.Context) -> None:
    """Apply any pending schema migrations.

    Example: factcheck --db desk.sqlite3 db upgrade
    """
    from factcheck.store import Store

    store = Store(ctx.find_root().ensure_object(dict).get("db"), upgrade=False)
    before = store.current_revision()
    after = store.upgrade()
    if before == after:
        typer.echo(f"database is up to date (revision {after})")
    else:
        typer.echo(f"upgraded database from {before or 'empty'} to {after}")


@db_app.command("path")
def db_path(ctx: typer.Context) -> None:
    """Print the database URL in use (a SQLite file path for the default).

    Example: factcheck db path
    """
    from factcheck.config import resolve_db_url
    from factcheck.database import check_url, redact, sqlite_path

    url = resolve_db_url(ctx.find_root().ensure_object(dict).get("db"))
    check_url(url)
    path = sqlite_path(url)
    typer.echo(safe(str(path)) if path is not None else safe(redact(url)))


@db_app.command("copy")
def db_copy(
    ctx: typer.Context,
    to: Annotated[
        str,
        typer.Option(
            "--to",
            metavar="URL",
            help="Database to copy into: postgresql+psycopg://user@host/name or a SQLite "
            "file path. It must be empty unless --replace is given.",
        ),
    ],
    replace: Annotated[
        bool,
        typer.Option(
            "--replace", help="Drop the factcheck tables of the target first (its rows go)."
        ),
    ] = False,
    batch_size: Annotated[
        int, typer.Option("--batch-size", metavar="N", min=1, help="Rows written per batch.")
    ] = 500,
    as_json: JsonOpt = False,
) -> None:
    """Copy the whole store (--db) into another database, ids kept, counts and checksums
    compared before anything is committed.

    Example: factcheck db copy --to postgresql+psycopg://desk@localhost/factcheck
    """
    from factcheck.config import resolve_db_url
    from factcheck.transfer import copy_store

    source = resolve_db_url(ctx.find_root().ensure_object(dict).get("db"))
    target = resolve_db_url(to)
    with _progress_bar() as bar:
        tasks: dict[str, Any] = {}

        def progress(table: str, done: int, total: int) -> None:
            if table not in tasks:
                tasks[table] = bar.add_task(table, total=total)
            bar.update(tasks[table], completed=done)

        result = copy_store(
            source, target, replace=replace, batch_size=batch_size, progress=progress
        )
    if as_json:
        _print_json(result.to_dict())
        return
    # The target goes on a line of its own, printed whole: as a table title rich would
    # cut a long URL to the table's width (a title is never wider than its table).
    typer.echo(f"copied to: {safe(result.target, newlines=False)}")
    table = Table(title="rows copied")
    for col in ("table", "rows", "copied", "checksum", "same"):
        table.add_column(col, justify="right" if col in ("rows", "copied") else "left")
    for t in result.tables:
        table.add_row(
            t.name,
            str(t.rows),
            str(t.target_rows),
            t.checksum[:16],
            "yes" if t.equal else "NO",
        )
    _out().print(table)
    typer.echo(
        f"{counted(result.rows, 'row')} in {counted(len(result.tables), 'table')} copied in "
        f"{result.seconds:.1f} s; "
        "row counts and checksums equal on both sides"
    )


@db_app.command("current")
def db_current(ctx: typer.Context) -> None:
    """Print the schema revision of the database and the newest this version knows.

    Example: factcheck db current
    """
    from factcheck.store import Store

    store = Store(ctx.find_root().ensure_object(dict).get("db"), upgrade=False)
    typer.echo(f"current: {store.current_revision() or 'empty'}\nhead: {store.head_revision()}")


def main() -> None:
    """Console-script entry point.

    Standard output is wrapped so that a reader that stops early (``| head``) ends the
    command quietly: the rest of the output is dropped and the exit code is the one the
    command would have had anyway.
    """
    pipe = QuietPipe(sys.stdout)
    sys.stdout = pipe
    try:
        app(prog_name="factcheck")
    finally:
        pipe.close_quietly()
