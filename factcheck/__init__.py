"""factcheck: log claims from articles with provenance, mark epistemic language, and match
claims across sources to see what is corroborated and what is disputed.

The library is the product; the ``factcheck`` command is a thin layer over these names.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from factcheck.analyze import Analysis, AnalyzedClaim, analyze
    from factcheck.errors import FactcheckError, InputError, NotFoundError, StorageError
    from factcheck.read import RawDocument
    from factcheck.store import IngestResult, Store

# Loaded on first use (PEP 562): the store pulls in SQLAlchemy, pydantic and numpy, which
# `factcheck --version`, `--help` and `analyze` never need; importing them eagerly cost
# about a second of start-up for every command.
_EXPORTS = {
    "Analysis": "factcheck.analyze",
    "AnalyzedClaim": "factcheck.analyze",
    "analyze": "factcheck.analyze",
    "FactcheckError": "factcheck.errors",
    "InputError": "factcheck.errors",
    "NotFoundError": "factcheck.errors",
    "StorageError": "factcheck.errors",
    "RawDocument": "factcheck.read",
    "IngestResult": "factcheck.store",
    "Store": "factcheck.store",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


__all__ = [
    "Analysis",
    "AnalyzedClaim",
    "FactcheckError",
    "IngestResult",
    "InputError",
    "NotFoundError",
    "RawDocument",
    "StorageError",
    "Store",
    "__version__",
    "analyze",
]
