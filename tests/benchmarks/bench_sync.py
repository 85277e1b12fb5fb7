"""Sync benchmark against a real FreshRSS (run on demand, not part of the test run).

    python tests/benchmarks/bench_sync.py [--feeds 50] [--items 200] [--runs 1]

Starts FreshRSS (``shared/tools/freshrss-server``) in a temporary folder,
serves ``--feeds`` RSS feeds of ``--items`` sample-like articles each
(bodies from ``shared/tools/make_corpus.py``, as ``bench_refresh.py``) from
a local HTTP server, subscribes the FreshRSS user to them through the API and
lets FreshRSS fetch them (setup, not timed). Then it times, as wall time of
the whole ``offline-reader sync --no-images`` command (process start
included; login, subscriptions, item ids, bodies, cleaning, sanitizing,
indexing and the state lists all counted; images are left out because
their sites are not reachable here):

1. the first sync of the account into a new library;
2. a second sync with nothing new.

Targets (issue 14): 10,000 items under 30 s; nothing new under 1 s.
FreshRSS keeps at most 200 items a feed by default (``keep_max``): hence
50 feeds of 200.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.benchmarks.bench_refresh import _serve, make_feed, timed_run  # noqa: E402
from tests.support.freshrss import TOOL, free_port  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()

    from reader.core.sync.greader import GReaderClient

    feeds = [make_feed(n, args.items) for n in range(args.feeds)]
    ports: multiprocessing.Queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(feeds, ports), daemon=True)
    server.start()
    feed_port = ports.get(timeout=30)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "freshrss"
        port = free_port()
        started = subprocess.run(
            [str(TOOL), "start", str(folder), str(port), "bench", "bench-api-password"],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        api_url, user, password = started.stdout.split()
        try:
            setup = time.perf_counter()
            with GReaderClient(api_url) as client:
                client.login(user, password)
                for subscription in client.subscriptions():  # FreshRSS's own releases feed
                    client.unsubscribe(subscription.stream_id)
                for n in range(args.feeds):
                    client.subscribe(f"http://127.0.0.1:{feed_port}/{n}.xml", folder=f"F{n % 5}")
                count = len(list(client.item_ids()))
            print(
                f"setup: FreshRSS holds {count:,} items of {args.feeds} feeds "
                f"({time.perf_counter() - setup:.0f} s)"
            )
            env = {
                **os.environ,
                "PYTHON_KEYRING_BACKEND": "tests.support.feedkit.FileKeyring",
                "OFFLINE_READER_TEST_KEYRING": str(Path(tmp) / "keyring.json"),
                "PYTHONPATH": str(REPO),
            }
            for run in range(args.runs):
                db = Path(tmp) / f"library{run}.sqlite3"
                subprocess.run(
                    [sys.executable, "-m", "reader", "account", "add", "greader", api_url,
                     "--username", user, "--password-stdin", "--db", str(db)],
                    input=password + "\n", capture_output=True, text=True, env=env,
                    cwd=REPO, check=True,
                )  # fmt: skip
                command = [sys.executable, "-m", "reader", "sync", "--no-images", "--db", str(db)]
                first, cpu, result = timed_run(command, cwd=REPO, env=env)
                if result.returncode != 0:
                    sys.exit(result.stdout + result.stderr)
                stored = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
                print(
                    f"first sync: {first:.2f} s wall, {cpu:.2f} s CPU, {stored:,} articles; "
                    f"{result.stdout.strip().splitlines()[-1]}"
                )
                again, cpu, result = timed_run(command, cwd=REPO, env=env)
                print(f"nothing new: {again:.2f} s wall (process start included), {cpu:.2f} s CPU")
                inner = subprocess.run(
                    [sys.executable, "-c", _IN_PROCESS, str(db)],
                    capture_output=True, text=True, env=env, cwd=REPO, check=True,
                )  # fmt: skip
                print(f"nothing new, the sync alone: {json.loads(inner.stdout)['seconds']:.3f} s")
        finally:
            subprocess.run([str(TOOL), "stop", str(folder)], check=False)
            server.terminate()


#: The sync of an account with nothing new, without the interpreter's start.
_IN_PROCESS = """
import json, sys, time
from reader.core.library import Store
from reader.core.sync.engine import sync_all
from reader.core.tasks import TaskOptions
with Store.open(sys.argv[1]) as store:
    started = time.perf_counter()
    results = sync_all(store, options=TaskOptions(images=False))
    assert all(r.ok and r.added == 0 for r in results), results
    print(json.dumps({"seconds": time.perf_counter() - started}))
"""


if __name__ == "__main__":
    main()
