"""factcheck: log claims from articles with provenance, mark epistemic language, and match
claims across sources to see what is corroborated and what is disputed.

The library is the product; the ``factcheck`` command is a thin layer over these names.
"""

from __future__ import annotations

__version__ = "0.1.0"

from factcheck.analyze import Analysis, AnalyzedClaim, analyze
from factcheck.errors import FactcheckError, InputError, NotFoundError, StorageError
from factcheck.read import RawDocument
from factcheck.store import IngestResult, Store

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
