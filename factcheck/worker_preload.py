"""What the worker fork server loads once, before it forks any worker.

``batch.worker_context`` starts analysis and ``rematch --all`` workers from a fork
server (``multiprocessing``'s ``forkserver``, where the platform has it) that imports
this module first. Importing it imports what the workers run and loads the lexicons and
tables by reading one short text through analysis, ``compare`` and the candidate index,
so a worker forked from the server starts with all of it in memory (shared with the
server until written) instead of paying for it itself: about 1.1 s of CPU for the
imports and 0.7 s for the lexicons a worker with ``spawn`` (docs/scale.md, "Worker
start-up"). The server is started once per process and reads nothing of the store.

The text is ours and only warms the caches; no result depends on it (every cache it
fills is a pure function's memo). Importing it also freezes the importing process's
heap for the collector (``gc.freeze``, below): meant for the fork server only; a
process that imports it otherwise (a test walking every module) keeps working, its
objects of that moment are only never collected as cycles.
"""

from __future__ import annotations

import gc

from factcheck.analyze import analyze
from factcheck.match import rebuild as _rebuild  # noqa: F401  (rematch workers run it)
from factcheck.match.candidates import index_terms
from factcheck.match.relation import compare

_WARM = "The council in Harl approved 12 new homes on Monday, officials said."

analyze(_WARM)
compare(_WARM, "Harl's council approved twelve homes on Monday.")
index_terms(_WARM)

# Everything loaded so far lives as long as the server and every worker forked from it:
# moved out of the collector's generations, a worker's collections never walk it (nor
# write to its pages, which would copy them), however large the lexicons are.
gc.freeze()
