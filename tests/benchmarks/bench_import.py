"""Import and search benchmark (run on demand, not part of the test run).

    python tests/benchmarks/bench_import.py [--count 10000] [--runs 5] [--search-count 100000]
    python tests/benchmarks/bench_import.py --count 20000 --runs 3 --skip-search --python OTHER

1. Imports ``--count`` generated dumps into a new library with the real CLI
   (``python -m reader import``), ``--runs`` times, and prints articles/s,
   CPU time and peak memory of each run (the main process and the largest
   worker; with the two workers their sum bounds the total), then the
   median. Peak memory of the program as a whole is sampled too (every
   50 ms on Linux, from ``/proc``): the largest sum over the main process
   and its workers of their resident memory (RSS, which counts the pages a
   forked worker shares with its parent twice) and of their proportional
   set size (PSS, which counts them once). ``--python`` runs the import
   with another checkout's interpreter (its venv), for before/after pairs:
   run them alternately, since the host's speed drifts by a third over
   minutes and one run says little. The library's size on disk per
   article is printed too (what a change of the stored form costs). The
   package's bytecode is compiled first, as an installed program's is (this
   sandbox sets PYTHONDONTWRITEBYTECODE, which would otherwise make every
   run compile the sources again: about 30 ms).
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
import os
import statistics
import subprocess
import sys
import tempfile
import threading
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


def _tree(pid: int) -> list[int]:
    """The process and its descendants (Linux ``/proc``)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as file:
                    todo.extend(int(child) for child in file.read().split())
        except OSError:
            pass
    return found


def _memory(pid: int) -> tuple[int, int]:
    """RSS and PSS of one process in KiB; zeros once it is gone."""
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as file:
            for line in file:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1])
    except OSError:
        pass
    return rss, pss


class _TreeMemory:
    """The peak, over a run, of the summed RSS and PSS of a process and its workers."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.rss = self.pss = 0
        self._process = process
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while self._process.poll() is None:
            sizes = [_memory(pid) for pid in _tree(self._process.pid)]
            self.rss = max(self.rss, sum(rss for rss, _ in sizes))
            self.pss = max(self.pss, sum(pss for _, pss in sizes))
            time.sleep(0.05)

    def join(self) -> None:
        self._thread.join()


def bench_import(count: int, runs: int, python: str = sys.executable, per_file: int = 1) -> None:
    source = corpus(count, per_file)
    checkout = Path(python).absolute().parents[2] if python != sys.executable else REPO
    compileall.compile_dir(checkout / "reader", quiet=1)
    walls = []
    for _ in range(runs):
        walls.append(_import_once(source, count, python, checkout))
    if runs > 1:
        print(
            f"import {count} dumps, {runs} runs: median {statistics.median(walls):.2f} s "
            f"(best {min(walls):.2f} s, worst {max(walls):.2f} s), "
            f"{count / statistics.median(walls):.0f} articles/s at the median"
        )


def _import_once(source: Path, count: int, python: str, checkout: Path) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "library.sqlite3"
        started = time.perf_counter()
        process = subprocess.Popen(
            [python, "-c", _MEASURE, "import", "--db", str(db), str(source)],
            cwd=checkout,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        memory = _TreeMemory(process)
        stdout, stderr = process.communicate()
        wall = time.perf_counter() - started
        memory.join()
        stored = sum(f.stat().st_size for f in Path(tmp).iterdir() if f.name.startswith(db.name))
        result = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
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
        if memory.rss:
            print(
                f"  peak memory of all processes together: RSS {memory.rss / 1024:.0f} MB, "
                f"PSS {memory.pss / 1024:.0f} MB (shared pages counted once)"
            )
        print(f"  library on disk: {stored / articles:,.0f} bytes per article (log included)")
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
    parser.add_argument(
        "--per-file", type=int, default=1, help="articles to a dump (25 for the 250,000 scale)"
    )
    parser.add_argument("--search-count", type=int, default=100_000)
    parser.add_argument("--skip-search", action="store_true")
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="the interpreter of another checkout's venv (CHECKOUT/.venv/bin/python), to compare",
    )
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    bench_import(args.count, args.runs, args.python, args.per_file)
    if not args.skip_search:
        bench_search(args.search_count)


if __name__ == "__main__":
    main()
