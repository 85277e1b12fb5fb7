"""Import and search benchmark (run on demand, not part of the test run).

    python tests/benchmarks/bench_import.py [--count 10000] [--runs 5] [--search-count 100000]

1. Imports ``--count`` generated dumps into a new library with the real CLI
   (``python -m reader import``), ``--runs`` times, and prints articles/s,
   CPU time and peak memory of each run (the main process and the largest
   worker; with the two workers their sum bounds the total), then the
   median. The host's speed drifts by a third over minutes, so one run says
   little. The package's bytecode is compiled first, as an installed
   program's is (this sandbox sets PYTHONDONTWRITEBYTECODE, which would
   otherwise make every run compile the sources again: about 30 ms).
2. Builds (or reuses) a library of ``--search-count`` articles and prints the
   latency of searches in-process and through the CLI, minus the CLI's own
   start (``offline-reader list --limit 1``, no search).

Targets (issue 2): 10,000 dumps in under 3.5 s with peak memory under 300 MB;
a search over 100,000 articles in under 50 ms beyond the CLI's start.
"""

from __future__ import annotations

import argparse
import compileall
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpora import CACHE, REPO, corpus

_MEASURE = """
import resource, sys, time
from reader.cli import main
started = time.perf_counter()
code = main(sys.argv[1:])
elapsed = time.perf_counter() - started
me = resource.getrusage(resource.RUSAGE_SELF)
children = resource.getrusage(resource.RUSAGE_CHILDREN)
own, kids = me.ru_maxrss / 1024, children.ru_maxrss / 1024
cpu_writer = me.ru_utime + me.ru_stime
cpu_workers = children.ru_utime + children.ru_stime
print(f"@@ {elapsed:.3f} {own:.1f} {kids:.1f} {cpu_writer:.2f} {cpu_workers:.2f}", file=sys.stderr)
sys.exit(code)
"""


def cli(*args: str) -> tuple[float, subprocess.CompletedProcess[str]]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "reader", *args], cwd=REPO, capture_output=True, text=True
    )
    return time.perf_counter() - started, result


def bench_import(count: int, runs: int) -> None:
    source = corpus(count)
    compileall.compile_dir(REPO / "reader", quiet=1)
    walls = []
    for _ in range(runs):
        walls.append(_import_once(source, count))
    if runs > 1:
        print(
            f"import {count} dumps, {runs} runs: median {statistics.median(walls):.2f} s "
            f"(best {min(walls):.2f} s, worst {max(walls):.2f} s), "
            f"{count / statistics.median(walls):.0f} articles/s at the median"
        )


def _import_once(source: Path, count: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "library.sqlite3"
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", _MEASURE, "import", "--db", str(db), str(source)],
            cwd=REPO,
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - started
        if result.returncode != 0:
            sys.exit(result.stderr)
        line = next(ln for ln in result.stderr.splitlines() if ln.startswith("@@"))
        inner, own, kids, cpu_writer, cpu_workers = (float(x) for x in line.split()[1:])
        articles = int(result.stdout.split()[1].replace(",", ""))  # "Imported 10,000 articles"
        print(
            f"import {count} dumps: {wall:.2f} s wall (process start included), "
            f"{inner:.2f} s in import, {articles / wall:.0f} articles/s; "
            f"peak RSS main process {own:.0f} MB, largest worker {kids:.0f} MB, "
            f"sum of all processes <= {own + 2 * kids:.0f} MB"
        )
        print(
            f"  CPU: main process {cpu_writer:.2f} s, workers {cpu_workers:.2f} s "
            f"({(cpu_writer + cpu_workers) / count * 1000:.2f} ms of CPU per article)"
        )
        print("  " + result.stdout.strip())
        return wall


def bench_search(count: int) -> None:
    db = CACHE / f"library-{count}.sqlite3"
    if not db.exists():
        print(f"building a library of {count} articles (once) ...")
        elapsed, result = cli("import", "--db", str(db), str(corpus(count)))
        if result.returncode != 0:
            sys.exit(result.stderr)
        print(f"  {result.stdout.strip()} ({count / elapsed:.0f} articles/s)")
    sys.path.insert(0, str(REPO))
    from reader.core.library import Store
    from reader.core.models import ArticleQuery

    queries = ["李强", "气候合作", "negociations", "climate", "the", "journaliste libérée", "李"]
    with Store.open(db) as store:
        total = store.count()
        print(f"search over {total} articles (in-process, first 50 rows, median of 20):")
        for query in queries:
            times = []
            for _ in range(20):
                started = time.perf_counter()
                rows = store.list_articles(ArticleQuery(search=query), limit=50)
                times.append(time.perf_counter() - started)
            hits = store.count(ArticleQuery(search=query))
            print(
                f"  {query!r:24} {statistics.median(times) * 1000:6.1f} ms "
                f"({len(rows)} shown of {hits})"
            )
    base = []
    timed = []
    for _ in range(7):
        base.append(cli("list", "--db", str(db), "--limit", "1")[0])
        elapsed, result = cli(
            "list", "--db", str(db), "--search", "李强", "--limit", "50", "--json"
        )
        timed.append(elapsed)
        assert result.returncode == 0 and json.loads(result.stdout.splitlines()[0])
    extra = (statistics.median(timed) - statistics.median(base)) * 1000
    print(
        f"CLI: list --search 李强 --limit 50 {statistics.median(timed) * 1000:.0f} ms, "
        f"CLI start (list --limit 1) {statistics.median(base) * 1000:.0f} ms, "
        f"search beyond the CLI's start {extra:.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5, help="imports to time (default 5)")
    parser.add_argument("--search-count", type=int, default=100_000)
    parser.add_argument("--skip-search", action="store_true")
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    bench_import(args.count, args.runs)
    if not args.skip_search:
        bench_search(args.search_count)


if __name__ == "__main__":
    main()
