"""Refresh benchmark (run on demand, not part of the test run).

    python tests/benchmarks/bench_refresh.py [--feeds 50] [--items 100] [--runs 3]
        [--before OTHER_CHECKOUT]

Serves ``--feeds`` RSS 2.0 feeds of ``--items`` sample-like articles each
(bodies from ``shared/tools/make_corpus.py``: share blocks, mirror footers,
nested spans, images) from a local HTTP server in its own process, then
measures, on the same feeds in the same run:

1. ours: ``offline-reader refresh`` into a new library holding the
   subscriptions (wall time of the whole command, process start included;
   fetching, parsing, cleaning, sanitizing and indexing all counted);
2. feedparser with its defaults (sanitizing and URL resolution on), parse
   only, one process, on the bodies already downloaded;
3. newsboat ``-x reload`` into a new cache (``apt-get install -y newsboat``;
   it stores the raw HTML without cleaning), when it is installed.

The programs run alternately (ours, newsboat, ours, newsboat, ...), so
all see the same load on a shared machine, and the ratio of each pair is
printed: issue 29's target is a paired median at or under 1.0x of newsboat
2.21. With ``--before``, the same refresh with another checkout's code (its
``reader`` package first on ``PYTHONPATH``) joins each round, for figures
paired against the code before a change.

Each checkout's bytecode is compiled first, as an installed program's is
(pip compiles on install): this sandbox sets ``PYTHONDONTWRITEBYTECODE``,
and without it every run compiled the sources again (0.05-0.1 s of CPU).

Target (issue 4): ours under 3 s for 50 feeds x 100 items on 2 cores.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import multiprocessing
import os
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("OFFLINE_READER_SHARED", REPO.parent / "shared"))


def _corpus_module():
    spec = importlib.util.spec_from_file_location(
        "make_corpus", SHARED / "tools" / "make_corpus.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_feed(number: int, items: int) -> bytes:
    """An RSS 2.0 feed like a full-text mirror's: the article HTML escaped in <description>."""
    corpus = _corpus_module()
    rng = random.Random(1000 + number)
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
        f"<title>Mirror feed {number}</title><link>https://www.rfi.fr/cn/</link>"
        "<description>bench</description>"
    ]
    for i in range(items):
        dump, url = corpus.article(rng, number * items + i)
        lines = dump.split("\n", 4)
        timestamp = int(lines[0][4:-3]) // 1000
        title = lines[1][1:].rsplit("](", 1)[0]
        date = time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(timestamp))
        parts.append(
            f"<item><title>{escape(title)}</title><link>{escape(url)}</link>"
            f"<guid>{escape(url)}</guid><pubDate>{date}</pubDate>"
            f"<description>{escape(lines[4])}</description></item>"
        )
    parts.append("</channel></rss>\n")
    return "".join(parts).encode("utf-8")


def _serve(feeds: list[bytes], port_queue: multiprocessing.Queue) -> None:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            try:
                body = feeds[int(self.path.strip("/").split(".")[0])]
            except (ValueError, IndexError):
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    port_queue.put(server.server_address[1])
    server.serve_forever()


def timed_run(
    command: list[str], **kwargs
) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Wall time and CPU time (user + system, worker processes included).

    The machine is shared: wall time moves with other people's load, CPU time
    much less, and CPU / 2 is what the run would take on two idle cores.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, result


_SUBSCRIBE = """
import sys
from reader.core.library import Store
with Store.open(sys.argv[1]) as store:
    for i, url in enumerate(sys.argv[2:]):
        store.add_feed(url, name=f"feed{i}")
"""


def compile_checkout(code: Path) -> None:
    """Bytecode for every module, as an installed copy has (see the module docstring)."""
    compileall.compile_dir(code / "reader", quiet=1)


def refresh_run(
    urls: list[str], db: Path, code: Path = REPO
) -> tuple[float, float, int, subprocess.CompletedProcess[str]]:
    """Subscribe a new library at ``db`` to ``urls`` and refresh it with
    ``code``'s package: wall and CPU seconds, articles stored, the result."""
    env = {**os.environ, "PYTHONPATH": str(code)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiled once, as installed
    # Subscribed by the same code (an older checkout has an older schema).
    subprocess.run([sys.executable, "-c", _SUBSCRIBE, str(db), *urls], env=env, check=True)
    elapsed, cpu, result = timed_run(
        [sys.executable, "-m", "reader", "refresh", "--no-images", "--db", str(db)],
        cwd=code,
        env=env,
    )
    if result.returncode != 0:
        sys.exit(result.stdout + result.stderr)
    count = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
    return elapsed, cpu, count, result


def ours_once(urls: list[str], code: Path = REPO, label: str = "ours") -> float:
    """One refresh of ``urls`` with ``code``'s package, in a new library."""
    with tempfile.TemporaryDirectory() as tmp:
        elapsed, cpu, count, result = refresh_run(urls, Path(tmp) / "library.sqlite3", code)
        print(
            f"  {label}: {elapsed:.2f} s wall, {cpu:.2f} s CPU, {count} articles stored; "
            f"{result.stdout.strip()}"
        )
    return elapsed


def bench_feedparser_defaults(feeds: list[bytes]) -> float:
    import io

    import feedparser

    started = time.perf_counter()
    cpu_started = time.process_time()
    entries = 0
    for body in feeds:
        entries += len(feedparser.parse(io.BytesIO(body)).entries)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    print(
        f"  feedparser defaults, parse only: {elapsed:.2f} s wall, {cpu:.2f} s CPU "
        f"({entries} entries)"
    )
    return elapsed


def newsboat_run(urls: list[str]) -> tuple[float, float] | None:
    """Wall and CPU seconds of one ``newsboat -x reload`` into a new cache; None if absent."""
    newsboat = shutil.which("newsboat")
    if newsboat is None:
        print("  newsboat: not installed (apt-get install -y newsboat); skipped")
        return None
    for _ in range(1):
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(tmp)
            (home / "urls").write_text("\n".join(urls) + "\n")
            (home / "config").write_text("reload-threads 4\n")
            env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
            env["XDG_DATA_HOME"] = str(home / ".local")
            elapsed, cpu, result = timed_run(
                [
                    newsboat,
                    "-x",
                    "reload",
                    "-u",
                    str(home / "urls"),
                    "-c",
                    str(home / "cache.db"),
                    "-C",
                    str(home / "config"),
                ],
                env=env,
            )
            if result.returncode != 0:
                print(f"  newsboat failed: {result.stderr.strip()[:300]}")
                return None
            count = (
                sqlite3.connect(home / "cache.db")
                .execute("SELECT count(*) FROM rss_item")
                .fetchone()[0]
            )
            print(
                f"  newsboat -x reload: {elapsed:.2f} s wall, {cpu:.2f} s CPU, {count} items stored"
            )
            return elapsed, cpu
    return None


def newsboat_once(urls: list[str]) -> float | None:
    run = newsboat_run(urls)
    return None if run is None else run[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--items", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--before", type=Path, help="another checkout, refreshed in each round too (its code)"
    )
    args = parser.parse_args()
    compile_checkout(REPO)
    if args.before is not None:
        compile_checkout(args.before)

    feeds = [make_feed(n, args.items) for n in range(args.feeds)]
    size = sum(map(len, feeds))
    print(
        f"{args.feeds} feeds x {args.items} items, {size / 1e6:.1f} MB of RSS, "
        f"{os.cpu_count()} cores"
    )
    context = multiprocessing.get_context("spawn")
    ports: multiprocessing.Queue = context.Queue()
    server = context.Process(target=_serve, args=(feeds, ports), daemon=True)
    server.start()
    try:
        port = ports.get(timeout=30)
        urls = [f"http://127.0.0.1:{port}/{n}.xml" for n in range(args.feeds)]
        ours: list[float] = []
        boat: list[float] = []
        before: list[float] = []
        for _ in range(args.runs):  # alternately, so all see the same load
            ours.append(ours_once(urls))
            theirs = newsboat_once(urls)
            if theirs is not None:
                boat.append(theirs)
            if args.before is not None:
                before.append(ours_once(urls, args.before, "before"))
        parse = bench_feedparser_defaults(feeds)
    finally:
        server.terminate()
        server.join()
    print("median of the runs:")
    print(f"  ours (refresh, everything included): {statistics.median(ours):.2f} s")
    print(f"  feedparser with defaults (parse only): {parse:.2f} s")
    if boat:
        print(f"  newsboat -x reload (raw HTML stored): {statistics.median(boat):.2f} s")
        ratios = sorted(a / b for a, b in zip(ours, boat, strict=False))
        print(
            f"  ours / newsboat, paired: median {statistics.median(ratios):.2f}x "
            f"({', '.join(f'{r:.2f}' for r in ratios)}); target <= 1.0x"
        )
        if before:
            then = sorted(a / b for a, b in zip(before, boat, strict=False))
            print(
                f"  before / newsboat, paired: median {statistics.median(then):.2f}x "
                f"({', '.join(f'{r:.2f}' for r in then)})"
            )
    if before:
        print(f"  before (--before's code): {statistics.median(before):.2f} s")
        gains = sorted(b / a for a, b in zip(ours, before, strict=True))
        print(f"  before / ours, paired: median {statistics.median(gains):.2f}x")


if __name__ == "__main__":
    main()
