"""The bundled demo: four invented articles about one invented warehouse fire.

They were written for this project to show every status at once: facts two independent
outlets agree on (corroborated), facts a third outlet reports differently (disputed),
and facts only a wire story and its reprint carry (unverified, because a reprint is not
an independent source).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import platformdirs

from factcheck.read import RawDocument, documents_from_text
from factcheck.store import Store

__all__ = ["demo_articles", "demo_db_url", "run_demo"]


def demo_articles() -> list[Path]:
    folder = resources.files("factcheck") / "data" / "demo"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


def demo_db_url(*, fresh: bool = True) -> str:
    path = Path(platformdirs.user_data_dir("factcheck", appauthor=False)) / "demo.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    if fresh and path.exists():
        path.unlink()
    return f"sqlite:///{path}"


def run_demo(url: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]], str]:
    """Ingest the demo articles into ``url``; return ingest results and check-worthy claims."""
    store = Store(url)
    results = []
    for path in demo_articles():
        base = RawDocument(text="", origin=path.name)
        for doc in documents_from_text(
            path.read_text(encoding="utf-8"), base, source_from_header=True
        ):
            results.append(store.ingest(doc).to_dict())
    rows = store.claims(checkworthy=True)
    return results, rows, store.url
