"""A sync against a server that pages for ever: how many pages, how long, how much memory.

``python tests/benchmarks/bench_hostile_sync.py [SECONDS] [endless|constant]``: a hostile Google
Reader API server on 127.0.0.1 (tests/support/hostile_greader.py) answers every
``stream/items/ids`` page with 1,000 new ids and a new continuation token, or
(second run) the same 1,000 ids with a constant token; ``offline-reader sync``
runs in a child process, killed after SECONDS (default 300) if it has not
ended. Prints pages asked, items stored, the time and the child's peak RSS.
Before the bounds, the first case ran for ever (2,763 pages, 238 MB after
150 s, nothing stored).
"""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.support.hostile_greader import HostileGReader, Request, stream_item  # noqa: E402


def endless(request: Request) -> dict[str, object]:
    page = int(request.arg("c") or 0)
    first = page * 1000 + 1
    refs = [{"id": str(n)} for n in range(first, first + 1000)]
    return {"itemRefs": refs, "continuation": str(page + 1)}


def constant(request: Request) -> dict[str, object]:
    return {"itemRefs": [{"id": str(n)} for n in range(1, 1001)], "continuation": "again"}


def run(name: str, route, limit: float) -> None:
    server = HostileGReader()
    server.routes["stream/items/ids"] = route
    server.routes["stream/items/contents"] = server.contents_of(stream_item)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "lib.sqlite"
        env = {
            **os.environ,
            "PYTHON_KEYRING_BACKEND": "tests.support.feedkit.FileKeyring",
            "OFFLINE_READER_TEST_KEYRING": str(Path(folder) / "keyring.json"),
            "PYTHONPATH": str(REPO),
        }
        base = [sys.executable, "-m", "reader", "--db", str(db)]
        subprocess.run(
            [*base, "account", "add", "greader", server.api_url, "--username", "a",
             "--password-stdin", "--name", "Hostile"],
            input="pw\n", text=True, env=env, cwd=REPO, check=True, capture_output=True,
        )  # fmt: skip
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.perf_counter()
        child = subprocess.Popen(
            [*base, "sync", "--no-images"], env=env, cwd=REPO, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            out, err = child.communicate(timeout=limit)
            ended = "ended"
        except subprocess.TimeoutExpired:
            child.kill()
            out, err = child.communicate()
            ended = f"killed after {limit:.0f} s"
        elapsed = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        with sqlite3.connect(db) as connection:
            stored = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    server.close()
    print(f"{name}: {ended} in {elapsed:.1f} s, exit {child.returncode}")
    print(f"  pages of ids asked: {server.hits['stream/items/ids']:,}")
    print(f"  contents requests: {server.hits['stream/items/contents']:,}; stored {stored:,}")
    print(f"  peak RSS of the sync: {max(peak, before) / 1024:.0f} MB")
    print("  said: " + (out.strip().splitlines() or [""])[0][:300])
    if err.strip():
        print("  stderr: " + err.strip()[:300])


if __name__ == "__main__":
    # One case a process: the peak RSS of children is the process's highest.
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 300.0
    case = sys.argv[2] if len(sys.argv) > 2 else "endless"
    if case == "endless":
        run("new ids on every page", endless, seconds)
    else:
        run("the same page, constant continuation", constant, seconds)
