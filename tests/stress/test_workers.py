"""Analysis workers of a batch ingest never outlive the writer that started them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

SCRIPT = """
import sys, time
from factcheck import batch
from factcheck.read import RawDocument

def documents():
    for i in range(40):
        yield RawDocument(text=f"The Harl bridge {i} reopened on Monday.", source="Wire")
    time.sleep(600)

for n, _ in enumerate(batch.analysed(documents(), workers=2)):  # no ``expected``: 2 workers
    if n == 0:
        print("started", flush=True)
"""


def _descendants(pid: int) -> set[int]:
    """Every process below ``pid``: the workers are children of the writer (``spawn``)
    or of the fork server the writer started (``batch.worker_context``)."""
    parent_of: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command may hold spaces and brackets; the fields after the last ')' do not.
        parent_of[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    below = {pid}
    while below:
        below = {child for child, parent in parent_of.items() if parent in below} - found
        found |= below
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_workers_exit_when_the_writer_is_killed(tmp_path: Path) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", SCRIPT], stdout=subprocess.PIPE, text=True, cwd=tmp_path
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "started"
        workers = _descendants(writer.pid)
        # the two workers at least (and the fork server and resource tracker, if any)
        assert len(workers) >= 2, "the batch started no worker processes"
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(Path(f"/proc/{w}").exists() for w in workers):
            time.sleep(0.2)
        alive = [w for w in workers if Path(f"/proc/{w}").exists()]
        assert not alive, f"workers outlived the killed writer: {alive}"
    finally:
        if writer.poll() is None:
            writer.kill()
