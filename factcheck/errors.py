"""One exception family, caught once by the CLI and printed as a single line.

``exit_code`` follows shell convention: 2 when the user asked for something impossible
(bad path, bad date, unreadable input), 1 when a well-formed request failed at run time
(database unreachable, schema too new).
"""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class: an error the user can act on, never a bug."""

    exit_code = 1


class InputError(FactcheckError):
    """The input (file, option value, text) cannot be used."""

    exit_code = 2


class StorageError(FactcheckError):
    """The database cannot be opened, upgraded or written."""

    exit_code = 1


class NotFoundError(FactcheckError):
    """A claim or document id that is not in the database."""

    exit_code = 1
