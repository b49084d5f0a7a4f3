"""factcheck: log claims from articles with provenance, mark epistemic language, and match
claims across sources to see what is corroborated and what is disputed.

The library is the product; the ``factcheck`` command is a thin layer over these names.
"""

from __future__ import annotations

import sys
from importlib import import_module
from types import ModuleType
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


# Names that are both a function the package exports and one of its submodules. Importing
# the submodule (which the store does) makes Python bind it as an attribute of the package,
# so `from factcheck import analyze` would hand back the module and `analyze(text)` raise
# TypeError. The package keeps the function; the module stays importable by its full name
# (`from factcheck.analyze import analyze`, `import_module("factcheck.analyze")`).
_FUNCTIONS_OVER_MODULES = frozenset({"analyze"})


class _Package(ModuleType):
    def __setattr__(self, name: str, value: Any) -> None:
        if name in _FUNCTIONS_OVER_MODULES and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


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
