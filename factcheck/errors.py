"""One exception family, caught once by the CLI and printed as a single line.

``exit_code`` follows shell convention: 2 when the user asked for something impossible
(bad path, bad date, unreadable input, an id or outlet that does not exist), 1 when a
well-formed request failed at run time (database unreachable, schema too new, a batch
that was only partly stored), 3 when another process is running a task that runs once at
a time (``BusyError``).

An error about one place in an input carries that place: ``origin`` (a file name,
``<stdin>``) and ``line`` (1-based, for JSON Lines), so a batch can report every bad line
as ``batch.jsonl:4: title must be a string`` and scripts get the same three parts as JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Self

__all__ = [
    "BusyError",
    "FactcheckError",
    "InputError",
    "InputWarning",
    "NotFoundError",
    "StorageError",
]


class FactcheckError(Exception):
    """Base class: an error the user can act on, never a bug.

    ``str(error)`` is the one line shown to people: ``origin:line: message`` when the
    place is known, else the message alone.
    """

    exit_code = 1

    def __init__(self, message: str, *, origin: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.origin = origin
        self.line = line

    def __str__(self) -> str:
        if self.origin is None:
            return self.message
        if self.line is None:
            return f"{self.origin}: {self.message}"
        return f"{self.origin}:{self.line}: {self.message}"

    def at(self, origin: str | None, line: int | None = None) -> Self:
        """The same error placed in ``origin`` (and ``line``) unless it already has a place."""
        if self.origin is None and origin is not None:
            self.origin, self.line = origin, line
        return self

    def to_dict(self) -> dict[str, Any]:
        """``{"origin", "line", "message"}`` for ``--json`` error lists."""
        return {"origin": self.origin, "line": self.line, "message": self.message}


class InputError(FactcheckError):
    """The input (file, option value, text) cannot be used."""

    exit_code = 2


class StorageError(FactcheckError):
    """The database cannot be opened, upgraded or written."""

    exit_code = 1


class BusyError(FactcheckError):
    """Another process is running a task that may run only once at a time on a database
    (``rematch --all``, ``stories rebuild``): nothing was done, and running the command
    again once that one has ended will work. Exit code 3, so a script can tell "wait and
    retry" from a failure (1) and from bad input (2)."""

    exit_code = 3


class NotFoundError(FactcheckError):
    """A claim, document, story or match id, or an outlet name, that is not in the
    database (``factcheck.lookup``): the request names something that does not exist, so
    it is refused like other unusable input, exit code 2."""

    exit_code = 2


@dataclass(frozen=True, slots=True)
class InputWarning:
    """Something read from an input that was not read as written, though the input was
    used: a stray byte decoded in place, a number too long to read as a quantity. Never
    silent: the CLI prints ``origin:line: warning: message`` on stderr and lists it under
    ``warnings`` in ``--json`` (same keys as an error)."""

    message: str
    origin: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        if self.origin is None:
            return f"warning: {self.message}"
        if self.line is None:
            return f"{self.origin}: warning: {self.message}"
        return f"{self.origin}:{self.line}: warning: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        """``{"origin", "line", "message"}`` for ``--json`` warning lists."""
        return {"origin": self.origin, "line": self.line, "message": self.message}
