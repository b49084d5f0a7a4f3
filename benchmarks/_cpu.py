"""CPU time of worker processes a benchmark cannot wait for itself."""

from __future__ import annotations

import os
from pathlib import Path


def descendants_cpu() -> float:
    """CPU seconds of this process's live descendants, with what each has reaped of its
    own children (``/proc``: utime, stime, cutime, cstime; 0 where there is no ``/proc``).

    ``RUSAGE_CHILDREN`` counts only children this process has waited for; workers forked
    from a fork server (``batch.worker_context``) are the server's children, and the
    server lives as long as this process, so their CPU is read here."""
    proc = Path("/proc")
    if not (proc / "self" / "stat").exists():
        return 0.0
    stats: dict[int, tuple[int, int]] = {}
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        stats[int(entry.name)] = (int(fields[1]), sum(int(f) for f in fields[11:15]))
    mine = {os.getpid()}
    ticks = 0
    grew = True
    while grew:
        grew = False
        for pid, (parent, cpu) in stats.items():
            if parent in mine and pid not in mine:
                mine.add(pid)
                ticks += cpu
                grew = True
    return ticks / os.sysconf("SC_CLK_TCK")
