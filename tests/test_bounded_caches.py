"""Every memo of the analysis and matching code has a size cap.

A batch of 100,000 lines runs through long-lived analysis workers: a cache keyed by
words, claims or texts without a cap grows with every line and never gives memory back
(issue #12, "memory grows at most linearly", and #14, "memory does not grow with the
batch"). Caches that take no argument hold configuration read once and are exempt.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from typing import Any

import factcheck

# Running the package's entry point would start the CLI; every other module is imported,
# so the check sees every cache the package defines.
_SKIP_PREFIXES = ("factcheck.__main__",)


def _caches() -> dict[str, Any]:
    found: dict[str, Any] = {}
    for info in pkgutil.walk_packages(factcheck.__path__, "factcheck."):
        if info.name.startswith(_SKIP_PREFIXES):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            memo = callable(getattr(value, "cache_info", None)) and hasattr(value, "__wrapped__")
            if memo and getattr(value, "__module__", None) == info.name:
                found[f"{info.name}.{name}"] = value
    return found


def test_every_cache_keyed_by_input_has_a_cap() -> None:
    caches = _caches()
    assert len(caches) > 20, "the walk found the package's caches"
    unbounded = [
        name
        for name, cached in caches.items()
        if cached.cache_info().maxsize is None
        and inspect.signature(cached.__wrapped__).parameters
    ]
    assert unbounded == []


def test_a_cache_stops_at_its_cap_on_an_endless_vocabulary() -> None:
    """New words past the cap evict old ones: the cache's size stays at its cap."""
    from factcheck.claim_lexicon import WORD_CACHE, verb_forms

    verb_forms.cache_clear()
    for i in range(WORD_CACHE + 500):
        verb_forms(f"harbourword{i}")
    assert verb_forms.cache_info().currsize == WORD_CACHE
    verb_forms.cache_clear()
