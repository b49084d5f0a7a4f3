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

from factcheck.database import make_private_folder, sqlite_url
from factcheck.read import RawDocument, documents_from_text
from factcheck.report.model import Report
from factcheck.store import Store

__all__ = ["demo_articles", "demo_db_path", "demo_db_url", "next_commands", "run_demo"]


def demo_articles() -> list[Path]:
    folder = resources.files("factcheck") / "data" / "demo"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


def demo_db_path() -> Path:
    """Where ``factcheck demo`` keeps its own database (beside the default one)."""
    return Path(platformdirs.user_data_dir("factcheck", appauthor=False)) / "demo.sqlite3"


def demo_db_url(*, fresh: bool = True) -> str:
    path = demo_db_path()
    make_private_folder(path.parent)
    if fresh and path.exists():
        path.unlink()
    return sqlite_url(path)


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


def next_commands(db: str, report: Report, *, has_review: bool) -> list[tuple[str, str]]:
    """The three commands a newcomer should try after the demo, with why, for ``db``.

    ``db`` is put in as given (already quoted for the shell, or a ``"$DEMO"`` variable).
    """
    db_arg = f"factcheck --db {db}"
    disputed = next((f for f in report.facts if f.status == "disputed"), None)
    commands = []
    if disputed is not None:
        claim_id = next(
            (p.claim_ids[0] for p in disputed.positions if p.stance == "contradicts"),
            disputed.id,
        )
        commands.append((f"{db_arg} matches {claim_id}", "why it is disputed"))
    if has_review:
        commands.append((f"{db_arg} review", "decide the held matches"))
    else:
        commands.append((f"{db_arg} claims --status unverified", "one source only"))
    commands.append((f"{db_arg} report -f html -o report.html", "a file to share"))
    return commands[:3]
