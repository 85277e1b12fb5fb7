"""Offline Reader beside its peers, in one run (run on demand, not part of the test run).

    python tests/benchmarks/bench_peers.py [--feeds 50] [--items 100] [--runs 3]
        [--peer-python /tmp/peers-venv/bin/python]

Serves ``--feeds`` RSS feeds of ``--items`` sample-like articles (the feeds of
``bench_refresh.py``) from a local server and, alternately in each run:

1. ours: ``offline-reader refresh --no-images`` into a new library holding the
   feeds (fetching, parsing, cleaning, sanitizing, indexing, compressing),
   then the first 50 hits of a search, in-process;
2. newsboat 2.x ``-x reload`` into a new cache (Debian's ``newsboat``; it stores
   the raw HTML), when installed;
3. lemon24/reader (``reader`` on PyPI), in its own virtual environment, never
   a dependency: ``update_feeds()`` into a new database, then its full-text
   search (``enable_search``, ``update_search``, ``search_entries``).

Then feedparser alone (its defaults, parse only) on the same bodies. Wall and
CPU time (child processes included) for each; writes
``resources/benchmarks/peers.md`` and ``peers.png`` (drawn with matplotlib
from the peer environment). Make that environment with
``python3 -m venv /tmp/peers-venv && /tmp/peers-venv/bin/pip install reader matplotlib``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_refresh import _serve, compile_checkout, make_feed, newsboat_run, refresh_run, timed_run

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "resources" / "benchmarks"

_OURS_SEARCH = r"""
import json, statistics, sys, time
from reader.core.library import Store
from reader.core.models import ArticleQuery
with Store.open(sys.argv[1]) as store:
    query = ArticleQuery(search=sys.argv[2])
    store.list_articles(query, limit=50)
    times = []
    for _ in range(9):
        t0 = time.perf_counter()
        rows = store.list_articles(query, limit=50)
        times.append((time.perf_counter() - t0) * 1000)
print(json.dumps({"ms": statistics.median(times), "rows": len(rows)}))
"""

_LEMON = r"""
import json, statistics, sys, time
from reader import make_reader
db, urls, word = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
reader = make_reader(db)
for url in urls:
    reader.add_feed(url)
t0, c0 = time.perf_counter(), time.process_time()
reader.update_feeds(workers=4)
update = time.perf_counter() - t0
entries = reader.get_entry_counts().total
t1 = time.perf_counter()
reader.enable_search()
reader.update_search()
indexing = time.perf_counter() - t1
cpu = time.process_time() - c0
list(reader.search_entries(word, limit=50))
times = []
for _ in range(9):
    t = time.perf_counter()
    hits = list(reader.search_entries(word, limit=50))
    times.append((time.perf_counter() - t) * 1000)
print(json.dumps({"update": update, "indexing": indexing, "work_cpu": cpu, "entries": entries,
                  "search_ms": statistics.median(times), "hits": len(hits)}))
"""

_FEEDPARSER = r"""
import io, json, sys, time, feedparser
bodies = [open(p, "rb").read() for p in sys.argv[1:]]
t0, c0 = time.perf_counter(), time.process_time()
entries = sum(len(feedparser.parse(io.BytesIO(b)).entries) for b in bodies)
print(json.dumps({"wall": time.perf_counter() - t0, "cpu": time.process_time() - c0,
                  "entries": entries}))
"""

_PLOT = r"""
import json, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
data = json.load(open(sys.argv[1]))
names = [row["name"] for row in data]
wall = [row["wall"] for row in data]
cpu = [row["cpu"] for row in data]
fig, ax = plt.subplots(figsize=(8, 3.6), dpi=100)
y = range(len(names))
ax.barh([i + 0.2 for i in y], wall, height=0.4, label="wall (s)")
ax.barh([i - 0.2 for i in y], cpu, height=0.4, label="CPU (s)")
ax.set_yticks(list(y), names)
ax.invert_yaxis()
ax.set_xlabel("seconds, median of the runs (less is better)")
ax.set_title(sys.argv[3])
ax.legend()
fig.tight_layout()
fig.savefig(sys.argv[2])
"""


def _ours(urls: list[str], word: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "library.sqlite3"
        wall, cpu, count, _ = refresh_run(urls, db)
        found = subprocess.run(
            [sys.executable, "-c", _OURS_SEARCH, str(db), word],
            cwd=REPO,
            env=dict(os.environ, PYTHONPATH=str(REPO)),
            capture_output=True,
            text=True,
            check=True,
        )
        search = json.loads(found.stdout)
    print(f"  ours: {wall:.2f} s wall, {cpu:.2f} s CPU, {count} articles; search {search}")
    return {"wall": wall, "cpu": cpu, "count": count, "search_ms": search["ms"]}


def _lemon(python: str, urls: list[str], word: str) -> dict[str, float] | None:
    if not Path(python).exists():
        print(f"  lemon24/reader: no {python}; skipped (see the docstring)")
        return None
    with tempfile.TemporaryDirectory() as tmp:
        wall, cpu, result = timed_run(
            [python, "-c", _LEMON, str(Path(tmp) / "db.sqlite"), json.dumps(urls), word],
            cwd=tmp,
        )
    if result.returncode != 0:
        print(f"  lemon24/reader failed: {result.stderr.strip()[-300:]}")
        return None
    data = json.loads(result.stdout.strip().splitlines()[-1])
    print(f"  lemon24/reader: {wall:.2f} s wall, {cpu:.2f} s CPU, {data}")
    return {"wall": wall, "cpu": cpu, **data}


def _cpu(row: dict[str, object]) -> str:
    cpu = row["cpu"]
    return "" if not isinstance(cpu, float) or cpu != cpu else f"{cpu:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--word", default="climate")
    parser.add_argument("--peer-python", default="/tmp/peers-venv/bin/python")
    args = parser.parse_args()
    compile_checkout(REPO)
    feeds = [make_feed(n, args.items) for n in range(args.feeds)]
    print(f"{args.feeds} feeds x {args.items} items, {sum(map(len, feeds)) / 1e6:.1f} MB")
    context = multiprocessing.get_context("spawn")
    ports: multiprocessing.Queue = context.Queue()
    server = context.Process(target=_serve, args=(feeds, ports), daemon=True)
    server.start()
    ours: list[dict[str, float]] = []
    boat: list[float] = []
    boat_cpu: list[float] = []
    lemon: list[dict[str, float]] = []
    try:
        port = ports.get(timeout=30)
        urls = [f"http://127.0.0.1:{port}/{n}.xml" for n in range(args.feeds)]
        for _ in range(args.runs):  # alternately: the same load on each
            ours.append(_ours(urls, args.word))
            theirs = newsboat_run(urls)
            if theirs is not None:
                boat.append(theirs[0])
                boat_cpu.append(theirs[1])
            peer = _lemon(args.peer_python, urls, args.word)
            if peer is not None:
                lemon.append(peer)
    finally:
        server.terminate()
        server.join()
    parse = None
    if Path(args.peer_python).exists():
        with tempfile.TemporaryDirectory() as tmp:
            paths = []
            for n, body in enumerate(feeds):
                path = Path(tmp) / f"{n}.xml"
                path.write_bytes(body)
                paths.append(str(path))
            done = subprocess.run(
                [args.peer_python, "-c", _FEEDPARSER, *paths],
                capture_output=True,
                text=True,
                check=True,
            )
            parse = json.loads(done.stdout)

    def med(rows: list[dict[str, float]], key: str) -> float:
        return statistics.median(row[key] for row in rows)

    rows = [
        {
            "name": "Offline Reader refresh",
            "wall": med(ours, "wall"),
            "cpu": med(ours, "cpu"),
            "note": f"{int(med(ours, 'count'))} articles cleaned, sanitized, indexed; "
            f"search '{args.word}' first 50: {med(ours, 'search_ms'):.1f} ms",
        }
    ]
    if boat:
        ratios = sorted(o["wall"] / b for o, b in zip(ours, boat, strict=False))
        rows.append(
            {
                "name": "newsboat -x reload",
                "wall": statistics.median(boat),
                "cpu": statistics.median(boat_cpu),
                "note": "raw HTML stored, no search index; ours/newsboat paired "
                + ", ".join(f"{r:.2f}" for r in ratios),
            }
        )
    if lemon:
        rows.append(
            {
                "name": "lemon24/reader update + search index",
                "wall": med(lemon, "wall"),
                "cpu": med(lemon, "cpu"),
                "note": f"{int(med(lemon, 'entries'))} entries; update_feeds "
                f"{med(lemon, 'update'):.2f} s, update_search {med(lemon, 'indexing'):.2f} s; "
                f"search '{args.word}' first 50: {med(lemon, 'search_ms'):.1f} ms",
            }
        )
    if parse is not None:
        rows.append(
            {
                "name": "feedparser alone (parse only)",
                "wall": parse["wall"],
                "cpu": parse["cpu"],
                "note": f"{parse['entries']} entries, already downloaded",
            }
        )
    title = f"{args.feeds} feeds x {args.items} items from a local server, {args.runs} runs"
    lines = [
        "# Offline Reader beside its peers",
        "",
        f"{title}, alternately, on a 2-core machine shared with other work",
        "(`python tests/benchmarks/bench_peers.py`); wall and CPU seconds, medians.",
        "Bytecode is compiled first, as an installed program's is.",
        "",
        "| program | wall (s) | CPU (s) | notes |",
        "|---|---|---|---|",
        *(f"| {row['name']} | {row['wall']:.2f} | {_cpu(row)} | {row['note']} |" for row in rows),
        "",
        "![peers](peers.png)",
        "",
    ]
    (OUT / "peers.md").write_text("\n".join(lines))
    print("\n".join(lines))
    if Path(args.peer_python).exists():
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as data:
            json.dump(
                [{**row, "cpu": 0.0 if row["cpu"] != row["cpu"] else row["cpu"]} for row in rows],
                data,
            )
        subprocess.run(
            [args.peer_python, "-c", _PLOT, data.name, str(OUT / "peers.png"), title], check=True
        )
        os.unlink(data.name)
    if shutil.which("newsboat") is None:
        print("newsboat is not installed (apt-get install -y newsboat)")


if __name__ == "__main__":
    main()
