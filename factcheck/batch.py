"""Batch ingest: analyse documents in worker processes, store them in order in this one.

Analysis (segmentation, claims, markers, check-worthiness) needs no database and is most
of the cost of ``ingest --no-match``, so a batch spreads it over the machine's cores.
Storing and matching stay in one writer, in input order: every document is matched
against exactly the documents before it, as in a sequential run, so the stored claims,
matches and statuses are the same whether one process or several did the analysis.

Only a bounded window of documents is in flight (``LOOKAHEAD`` per worker), so memory
does not grow with the batch, and a Ctrl-C stops the writer between documents: what was
stored stays stored (each document is its own transaction) and the workers are shut
down without finishing the window.

Workers are replaced by fresh processes every ``RECYCLE_AFTER`` documents each, so a
long batch's workers do not grow with it: whatever a worker accumulates per new text
(the pipeline's caches filling towards their caps, a library's own caches, interned
strings) is bounded by what ``RECYCLE_AFTER`` documents add, whatever the batch length.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Generator, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import date
from multiprocessing import context as mp_context
from typing import Any, TypeVar

from factcheck.analyze import Analysis, analyze
from factcheck.read import RawDocument
from factcheck.segment import MAX_SENTENCE_CHARS

__all__ = [
    "DOCUMENTS_PER_WORKER",
    "LOOKAHEAD",
    "PARENT_CHECK_SECONDS",
    "RECYCLE_AFTER",
    "analysed",
    "default_workers",
    "exit_with_parent",
    "worker_context",
]

T = TypeVar("T")

#: Documents handed to each worker ahead of the writer: enough to keep every core busy
#: while the writer matches, few enough that memory stays flat.
LOOKAHEAD = 8
#: Documents a batch must hold per analysis worker it starts: a worker pays back its
#: start-up (the fork server's imports and lexicons, about 1.9 s of CPU once a run; with
#: ``spawn`` that much per worker) only after about this many newsroom articles, whose
#: analysis costs about 44 ms of CPU each (docs/scale.md, "Worker start-up"). So a batch
#: of 79 documents or fewer is analysed in the writer, and four writers each storing a
#: small batch start no workers (before, each started two from 8 documents up).
DOCUMENTS_PER_WORKER = 40
#: Documents each worker analyses before the pool is replaced by fresh processes. A
#: worker's memory grows with every new text until its caches reach their caps (about
#: 1 KB a one-line document at 50,000 documents a worker, ``docs/scale.md``); a fresh
#: process costs about 2 CPU-seconds to start (imports and lexicons), under 2 % of what
#: 5,000 one-line documents cost to analyse.
RECYCLE_AFTER = 5_000

# Set once per worker process by _init_worker, so a custom lexicon is pickled once per
# worker instead of once per document.
_worker_options: dict[str, Any] = {}


def default_workers() -> int:
    """The cores this process may use (``os.sched_getaffinity`` where it exists)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


#: The module the worker fork server imports (and so its lexicons) before it forks workers.
WORKER_PRELOAD = "factcheck.worker_preload"


def worker_context() -> mp_context.ForkServerContext | mp_context.SpawnContext:
    """How worker processes (batch analysis, ``rematch --all``) are started.

    ``forkserver`` where the platform has it (Linux, macOS): a server process is started
    once per process, imports :data:`WORKER_PRELOAD` (the package and its lexicons), and
    forks each worker from itself, so a worker starts in milliseconds with everything
    loaded instead of importing and loading it all again (about 1.9 s of CPU a worker
    with ``spawn``; docs/scale.md, "Worker start-up"). The server is a fresh process, not
    a fork of the writer, so no worker inherits the writer's database connections or
    threads, as with ``spawn``. Workers watch the writer itself, not their parent the
    server (:func:`exit_with_parent`), and the server ends once the writer and its
    workers have. Elsewhere (Windows): ``spawn``.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # Read when the server starts, once per process; later calls change nothing.
        context.set_forkserver_preload([WORKER_PRELOAD])
        return context
    return multiprocessing.get_context("spawn")


#: How often a worker checks that the writer that started it is still alive, in seconds.
PARENT_CHECK_SECONDS = 1.0


def _init_worker(lexicon: Any, threshold: float | None, max_sentence_chars: int) -> None:
    # Ctrl-C reaches the whole process group: the writer handles it and stops the pool,
    # the workers must not die mid-task with a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_options["lexicon"] = lexicon
    _worker_options["threshold"] = threshold
    _worker_options["max_sentence_chars"] = max_sentence_chars
    threading.Thread(
        target=exit_with_parent, args=(os.getppid(),), name="parent-watch", daemon=True
    ).start()


def exit_with_parent(parent: int) -> None:
    """End this worker once the writer that started it is gone.

    A writer killed outright (SIGKILL, an out-of-memory kill) never shuts its pool down,
    and a worker waiting on the task queue never sees end-of-file there (it holds both
    ends of the queue's pipe itself), so without this it would live on as an orphan.

    A worker started by ``multiprocessing`` watches the writer through its parent
    sentinel (``multiprocessing.parent_process()``): a pipe only the writer holds open,
    which reads end-of-file when the writer ends, however it ends. That holds for
    ``spawn`` and for a worker forked from the fork server (:func:`worker_context`),
    whose parent process is the server: the server does not end with the writer while
    workers live (each worker holds the server's keep-alive pipe), so watching the
    parent pid ``parent`` would keep them both alive. The pid is watched only by a
    process that has no sentinel (one not started by ``multiprocessing``).
    """
    writer = multiprocessing.parent_process()
    if writer is not None and writer.sentinel is not None:
        writer.join()  # returns once the writer's end of the pipe is closed
        os._exit(1)
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)


def _analyze_in_worker(text: str, language: str, published: date | None) -> Analysis | None:
    """The analysis of one text, or None when it fails (the writer then analyses it again
    in process, so the failure is reported exactly as a sequential run reports it)."""
    return _analyze(
        text,
        language,
        _worker_options.get("lexicon"),
        _worker_options.get("threshold"),
        published,
        _worker_options.get("max_sentence_chars", MAX_SENTENCE_CHARS),
    )


def _analyze(
    text: str,
    language: str,
    lexicon: Any,
    threshold: float | None,
    published: date | None,
    max_sentence_chars: int,
) -> Analysis | None:
    # The publication date anchors relative dates ("yesterday") in claims and frames; the
    # run's sentence limit decides where long sentences are cut, as in Store.ingest.
    kwargs: dict[str, Any] = {
        "language": language,
        "lexicon": lexicon,
        "published": published,
        "max_sentence_chars": max_sentence_chars,
    }
    if threshold is not None:
        kwargs["threshold"] = threshold
    try:
        return analyze(text, **kwargs)
    except Exception:
        return None


def analysed(
    items: Iterable[T],
    *,
    lexicon: Any = None,
    threshold: float | None = None,
    workers: int | None = None,
    expected: int | None = None,
    max_sentence_chars: int = MAX_SENTENCE_CHARS,
) -> Generator[tuple[T, Analysis | None], None, None]:
    """Each item with the analysis of its text, in the order given.

    ``items`` are ``RawDocument``s or anything else (an error read in place of a
    document), which passes through with ``None``. A document whose analysis failed also
    comes with ``None``: ``Store.ingest`` then analyses it itself and raises the error.
    ``workers`` defaults to :func:`default_workers` and is an upper bound: with
    ``expected`` documents, at most one worker per ``DOCUMENTS_PER_WORKER`` of them is
    started, and with one worker or fewer everything runs in this process.
    ``max_sentence_chars`` is the run's sentence limit (``[limits]`` in the config): pass
    the store's, or ``Store.ingest`` finds the analysis made under another limit and
    analyses the document again in process. Workers are started from the fork server
    (:func:`worker_context`; ``spawn`` where there is none: no fork of a process holding
    database connections and a progress-bar thread) and stopped when the iterator is
    closed or interrupted.
    """
    count = default_workers() if workers is None else max(1, workers)
    if expected is not None:
        count = min(count, expected // DOCUMENTS_PER_WORKER)
    if count <= 1:
        for item in items:
            if isinstance(item, RawDocument) and item.text.strip():
                yield item, _analyze(
                    item.text,
                    item.language,
                    lexicon,
                    threshold,
                    item.published,
                    max_sentence_chars,
                )
            else:
                yield item, None
        return

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=count,
            mp_context=worker_context(),
            initializer=_init_worker,
            initargs=(lexicon, threshold, max_sentence_chars),
        )

    pool = new_pool()
    submitted = 0
    window: deque[tuple[T, Future[Analysis | None] | None]] = deque()
    limit = count * LOOKAHEAD
    try:
        for item in items:
            future = None
            if isinstance(item, RawDocument) and item.text.strip():
                if submitted >= count * RECYCLE_AFTER:
                    # Recycle the workers: the old pool's results first (input order),
                    # then it ends before the fresh one starts, so at most one
                    # generation of workers holds memory at a time. Not
                    # ``max_tasks_per_child``: it can deadlock on Python 3.11-3.13
                    # (CPython issue 115634).
                    while window:
                        yield _settled(window.popleft())
                    pool.shutdown(wait=True)
                    pool = new_pool()
                    submitted = 0
                future = pool.submit(_analyze_in_worker, item.text, item.language, item.published)
                submitted += 1
            window.append((item, future))
            while len(window) >= limit:
                yield _settled(window.popleft())
        while window:
            yield _settled(window.popleft())
    finally:
        for _, future in window:
            if future is not None:
                future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _settled(entry: tuple[T, Future[Analysis | None] | None]) -> tuple[T, Analysis | None]:
    item, future = entry
    if future is None:
        return item, None
    try:
        return item, future.result()
    except Exception:  # a worker died (killed, out of memory): analyse it in process
        return item, None
